"""The shape of the code: imports run one way through the layers, modules keep their private
names to themselves, and Chinese words live in ``resources/``, not in Python strings.

Each rule lists today's exceptions explicitly (to be removed as issue 11 lands): the tests pass
now and fail on a new exception. When you fix one, delete it from its list, so it cannot return.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "src" / "pressnlp"

# read → parse → extract / classify → pipeline → corpus → the command line and the package API.
# The base modules (records, lexicon, script, textutil) import none of the layers.
LAYERS = {
    "records": 0, "lexicon": 0, "script": 0, "textutil": 0, "version": 0, "problems": 0, "usercache": 0,
    "regexcache": 0,  # compiled grammar patterns kept in the user cache
    "read": 1, "parse": 2, "extract": 3, "classify": 3, "grammars": 4, "pipeline": 4, "corpus": 5,
    "plot": 5, "cli": 6, "": 6,  # "" is the package itself (pressnlp/__init__.py)
}

# (importer, imported) pairs that break a rule today
KNOWN_UPWARD_IMPORTS: set[tuple[str, str]] = set()
# inside extract/: officials may use orgs, orgs never imports officials (the cycle of issue 11)
KNOWN_ORGS_TO_OFFICIALS: set[tuple[str, str]] = set()
KNOWN_PRIVATE_IMPORTS: set[tuple[str, str, str]] = set()
# string literals (outside docstrings) that hold Han characters, per file: may only shrink
KNOWN_HAN_STRINGS = {
    "corpus/discovery.py": 1,
    "classify/slogans.py": 10,  # numerals of party-meeting names (十, 一二三…), a conversion rule
    "corpus/careers.py": 3,
    "corpus/context.py": 1,  # moved with the split of identity.py
    "plot.py": 2,  # the two glyphs a CJK font must draw distinctly (a font check, not vocabulary)
    "corpus/tasks.py": 1,
    "extract/officials_zh.py": 8,  # title prefixes, guard and facility characters, name boundaries, org unit ends now data
    "extract/quantities.py": 1,
    "extract/quantities_zh.py": 2,
    "parse/furniture.py": 2,
    "parse/header.py": 2,  # the ZH dateline pattern (月…日 around labels.yaml words)
    "parse/kind.py": 2,
    "parse/release.py": 1,
}
HAN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


def modules() -> dict[str, Path]:
    """Dotted module name → file, for every module of the package."""
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        out[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return out


def imports(name: str, path: Path) -> list[tuple[str, str]]:
    """(imported module, imported name) pairs of one module, function-level imports included;
    ``from . import x`` of a submodule counts as importing that submodule."""
    known = modules()
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    out = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out += [(a.name, "") for a in node.names if a.name.startswith("pressnlp")]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                target = ".".join([*base, *([node.module] if node.module else [])])
            else:
                target = node.module or ""
            if target.startswith("pressnlp"):
                for a in node.names:
                    sub = f"{target}.{a.name}"
                    out.append((sub, "") if sub in known else (target, a.name))
    return out


def layer(module: str) -> int:
    return LAYERS[_package(module)]


def test_every_module_has_a_layer():
    assert all(layer(m) >= 0 for m in modules())


def against_layers(name: str, path: Path) -> set[tuple[str, str]]:
    """(module, imported module) pairs of ``name`` that go up the layers or sideways."""
    return {(name, target) for target, _ in imports(name, path)
            if layer(target) > layer(name) or _siblings(name, target)}


def test_imports_run_one_way_through_the_layers():
    found = set().union(*(against_layers(name, path) for name, path in modules().items()))
    assert found - KNOWN_UPWARD_IMPORTS == set(), "imports against the layer order"


def _siblings(a: str, b: str) -> bool:
    """extract and classify stand side by side: neither imports the other."""
    return {_package(a), _package(b)} == {"extract", "classify"}


def _package(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else ""


def test_orgs_never_imports_officials():
    found = {(name, target) for name, path in modules().items() if name == "pressnlp.extract.orgs"
             for target, _ in imports(name, path) if target.startswith("pressnlp.extract.officials")}
    assert found - KNOWN_ORGS_TO_OFFICIALS == set(), "orgs must not import officials"


def test_no_module_imports_another_modules_private_names():
    found = {(name, target, attr) for name, path in modules().items()
             for target, attr in imports(name, path)
             if attr.startswith("_") and not attr.startswith("__") and target != name}
    assert found - KNOWN_PRIVATE_IMPORTS == set(), "import a public name (or make it public)"


def test_the_checks_see_relative_function_level_and_private_imports(tmp_path):
    path = tmp_path / "probe.py"
    path.write_text("from ..records import Release\n\n\ndef f():\n"
                    "    from ..corpus import Corpus\n    from ..classify.slogans import romanisation_rules\n",
                    encoding="utf-8")
    assert imports("pressnlp.extract.probe", path) == [
        ("pressnlp.records", "Release"), ("pressnlp.corpus", "Corpus"),
        ("pressnlp.classify.slogans", "romanisation_rules")]
    assert against_layers("pressnlp.extract.probe", path) == {
        ("pressnlp.extract.probe", "pressnlp.corpus"),
        ("pressnlp.extract.probe", "pressnlp.classify.slogans")}


def han_strings(path: Path) -> int:
    """String literals holding Han characters, docstrings and comments aside."""
    source = path.read_text(encoding="utf-8")
    docstrings = {
        node.body[0].lineno for node in ast.walk(ast.parse(source))
        if isinstance(node, (ast.Module, ast.ClassDef, ast.FunctionDef, ast.AsyncFunctionDef))
        and node.body and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant) and isinstance(node.body[0].value.value, str)}
    return sum(1 for tok in tokenize.generate_tokens(io.StringIO(source).readline)
               if tok.type == tokenize.STRING and tok.start[0] not in docstrings
               and HAN.search(tok.string))


def test_han_strings_in_code_do_not_grow():
    """Chinese words belong in resources/ (a row, not code); regex character classes of
    numerals and today's lists are the known exceptions."""
    counts = {str(p.relative_to(PACKAGE)): han_strings(p) for p in PACKAGE.rglob("*.py")}
    grown = {f: n for f, n in counts.items() if n > KNOWN_HAN_STRINGS.get(f, 0)}
    assert grown == {}, f"Han characters in Python strings (move them to resources/): {grown}"


def test_han_string_counter_skips_docstrings_and_comments(tmp_path):
    path = tmp_path / "m.py"
    path.write_text('"""模块 docstring."""\n\n\ndef f():\n    """函数说明."""\n'
                    '    # 注释\n    return "市长" + f"{1}局"\n', encoding="utf-8")
    assert han_strings(path) == 2
