"""THE loader for every data file under ``resources/`` and for user extension files.

No other module opens a data file. Data comes in three shapes:

- ``*.tsv``  — a header row, then one row a line; ``#`` starts a comment line.
  ``Lexicon.tsv(name)`` gives the rows as dicts; user files with the same name are appended.
- ``*.yaml`` — ``Lexicon.yaml(name)``; user files are merged over the bundled one: mappings
  key by key (a user scalar replaces the bundled one), lists extended.
- ``*.txt``  — ``Lexicon.lines(name)``: one entry a line, blanks and ``#`` comments skipped.

A user extends the lexicons with a folder holding files of the same names::

    lex = pn.Lexicon.load(extra=["my_lexicons/"])
    pn.set_lexicon(lex)            # or: pressnlp analyze --lexicon my_lexicons/ …

Every file is documented in ``resources/README.md``; its shape is in ``resources/schema.yaml``.
``Lexicon.load`` and ``set_lexicon`` check every file against it (:meth:`Lexicon.validate`), so a
bad row fails up front with a :class:`LexiconError` naming ``file:line``.

What a component compiles from the data (patterns, indexes) is a frozen *grammar* built once per
lexicon: ``lexicon.grammar(PlacesGrammar)`` calls ``PlacesGrammar.from_lexicon(lexicon)`` on first
use and keeps the result with the lexicon (see ``pressnlp.grammars``).

A newcomer's rule: a new label, title, org, place, slogan, theme cue or date form is a row in
``resources/``; only a new resolution rule is code.
"""

from __future__ import annotations

import csv
import functools
import hashlib
import io
import os
import re
from pathlib import Path
from typing import Any, Iterable, Sequence, TypeVar

import yaml

from .usercache import cache_dir

G = TypeVar("G")  # a grammar type: a class with a ``from_lexicon(lexicon)`` class method
RESOURCES = Path(__file__).parent / "resources"
SCHEMA = RESOURCES / "schema.yaml"
ENV_VAR = "PRESSNLP_LEXICON"  # os.pathsep-separated user folders, read by default_lexicon()
DATA_SUFFIXES = (".tsv", ".yaml", ".yml")  # files of these kinds in a lexicon folder need a schema


class LexiconError(ValueError):
    """A data file is missing or malformed. ``problems`` holds one ``file:line: what`` line a
    problem; the message is the first of them."""

    def __init__(self, message: str, problems: Sequence[str] = ()) -> None:
        self.problems: tuple[str, ...] = tuple(problems) or (message,)
        super().__init__(message)

    @classmethod
    def of(cls, problems: Sequence[str]) -> "LexiconError":
        n = len(problems) - 1
        more = f" (and {n} more problem{'s' * (n > 1)})" if n else ""
        return cls(problems[0] + more, problems)


class Lexicon:
    """Data files from the bundled ``resources/`` folder plus user folders, loaded once."""

    def __init__(self, dirs: Sequence[str | os.PathLike[str]] = ()) -> None:
        self.dirs: tuple[Path, ...] = (RESOURCES, *(Path(d) for d in dirs))
        for d in self.dirs[1:]:
            if not d.is_dir():
                raise LexiconError(f"lexicon folder not found: {d}")
        self._cache: dict[tuple[str, str], Any] = {}
        self._grammars: dict[type, Any] = {}
        self._valid = False

    @classmethod
    def load(cls, extra: Iterable[str | os.PathLike[str]] = ()) -> "Lexicon":
        """The bundled lexicons, extended by the files in the ``extra`` folders, validated."""
        lexicon = cls(tuple(extra))
        lexicon.validate()
        return lexicon

    def validate(self) -> None:
        """Check every data file of every folder against ``resources/schema.yaml``; raise a
        :class:`LexiconError` listing each problem as ``file:line: what is wrong``."""
        if self._valid:
            return
        problems = list(_bundled_problems())
        for folder in self.dirs[1:]:
            problems += _folder_problems(folder, bundled=False)
        if problems:
            raise LexiconError.of(problems)
        self._valid = True

    def grammar(self, kind: type[G]) -> G:
        """``kind.from_lexicon(self)`` — a component's grammar (``PlacesGrammar``, …) compiled
        from this lexicon — built on first use and kept: a lexicon never changes, so nothing
        compiled from it goes stale (``set_lexicon`` installs another lexicon, with its own)."""
        if kind not in self._grammars:
            self._grammars[kind] = kind.from_lexicon(self)
        return self._grammars[kind]

    @property
    def user_dirs(self) -> tuple[str, ...]:
        return tuple(str(d) for d in self.dirs[1:])

    def _files(self, name: str) -> list[Path]:
        found = [d / name for d in self.dirs if (d / name).is_file()]
        if not found:
            raise LexiconError(f"no data file {name!r} in {', '.join(map(str, self.dirs))}")
        return found

    def _cached(self, kind: str, name: str, build: Any) -> Any:
        key = (kind, name)
        if key not in self._cache:
            self._cache[key] = build(name)
        return self._cache[key]

    def tsv(self, name: str) -> list[dict[str, str]]:
        """Rows of ``name`` (e.g. ``"titles.tsv"``) as dicts keyed by the header row."""
        return self._cached("tsv", name, self._read_tsv)

    def yaml(self, name: str) -> Any:
        return self._cached("yaml", name, self._read_yaml)

    def lines(self, name: str) -> list[str]:
        return self._cached("lines", name, self._read_lines)

    def _read_tsv(self, name: str) -> list[dict[str, str]]:
        rows: list[dict[str, str]] = []
        for path in self._files(name):
            text = path.read_text(encoding="utf-8-sig")
            data = [ln for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")]
            if not data:
                continue
            reader = csv.DictReader(io.StringIO("\n".join(data)), delimiter="\t",
                                    quoting=csv.QUOTE_NONE)
            for lineno, row in enumerate(reader, 2):
                if None in row:
                    raise LexiconError(f"{path}: row {lineno} has more cells than the header")
                rows.append({k: (v or "").strip() for k, v in row.items()})
        return rows

    def _read_yaml(self, name: str) -> Any:
        merged: Any = None
        for path in self._files(name):
            data = read_yaml_file(path)
            merged = data if merged is None else _merge(merged, data)
        return merged

    def _read_lines(self, name: str) -> list[str]:
        out: list[str] = []
        for path in self._files(name):
            for ln in path.read_text(encoding="utf-8-sig").splitlines():
                ln = ln.strip()
                if ln and not ln.startswith("#"):
                    out.append(ln)
        return out


def read_yaml_file(path: str | os.PathLike[str]) -> Any:
    """One YAML data file given by path (e.g. a user's own taxonomy replacing the bundled one)."""
    path = Path(path)
    try:
        return yaml.load(path.read_text(encoding="utf-8-sig"), Loader=_FAST_LOADER)
    except OSError as exc:
        raise LexiconError(f"cannot read {path}: {exc}") from exc
    except yaml.YAMLError as exc:
        raise LexiconError(f"{path}: {exc}") from exc


def _merge(base: Any, over: Any) -> Any:
    """Merge user YAML over bundled YAML: dicts key by key, lists extended, scalars replaced."""
    if isinstance(base, dict) and isinstance(over, dict):
        out = dict(base)
        for k, v in over.items():
            out[k] = _merge(base[k], v) if k in base else v
        return out
    if isinstance(base, list) and isinstance(over, list):
        return base + over
    return over


_default: Lexicon | None = None


def default_lexicon() -> Lexicon:
    """The process-wide lexicon: bundled data plus folders named in ``$PRESSNLP_LEXICON``."""
    global _default
    if _default is None:
        extra = [p for p in os.environ.get(ENV_VAR, "").split(os.pathsep) if p]
        _default = Lexicon.load(extra)
    return _default


def default_grammar(kind: type[G]) -> G:
    """The grammar of type ``kind`` compiled from the process-wide lexicon (once per lexicon):
    what a component uses when its caller passes no grammar of its own."""
    return default_lexicon().grammar(kind)


def set_lexicon(lexicon: Lexicon) -> None:
    """Validate ``lexicon`` and make it the process-wide default (its grammars are compiled
    from it; the old lexicon's stay with it). A :class:`LexiconError` leaves the old lexicon in
    place. The hooks of :func:`on_lexicon_change` run here (one today: jieba's user dictionary,
    jieba's own process-global state, is reloaded)."""
    global _default
    lexicon.validate()
    _default = lexicon
    for hook in _RESET_HOOKS:
        hook()


_RESET_HOOKS: list[Any] = []


def on_lexicon_change(func: Any) -> Any:
    """Register a function run when the process-wide lexicon is replaced — for state outside
    pressnlp that a lexicon fills (jieba's user dictionary); pressnlp's own components compile
    a grammar instead (:meth:`Lexicon.grammar`)."""
    _RESET_HOOKS.append(func)
    return func


# ---------------------------------------------------------------------------------------------
# validation against resources/schema.yaml (value and cell types are described there)

_FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when installed
_STR, _INT, _FLOAT = "tag:yaml.org,2002:str", "tag:yaml.org,2002:int", "tag:yaml.org,2002:float"
_BOOL = "tag:yaml.org,2002:bool"


@functools.lru_cache(maxsize=1)
def _schema() -> dict[str, Any]:
    return yaml.load(SCHEMA.read_text(encoding="utf-8"), Loader=_FAST_LOADER)


@functools.lru_cache(maxsize=1)
def _bundled_problems() -> tuple[str, ...]:
    """Problems of the bundled files: checked once a process, and not at all while their
    contents are those of a check that found none (its stamp is in the user's cache folder)."""
    stamp = cache_dir() / f"bundled-ok-{bundled_key(RESOURCES)}"
    if stamp.is_file():
        return ()
    problems = tuple(_folder_problems(RESOURCES, bundled=True))
    if not problems:
        try:
            stamp.parent.mkdir(parents=True, exist_ok=True)
            stamp.touch()
        except OSError:  # no writable cache folder: the next process checks again
            pass
    return problems


def bundled_key(folder: Path) -> str:
    """A key of the contents of the data files of ``folder``, of this checker and of
    pressnlp's version: it changes when any of them does (~1 ms for the bundled files)."""
    from .version import __version__

    digest = hashlib.sha1(__version__.encode("utf-8"))
    for path in [Path(__file__)] + sorted(p for p in folder.iterdir() if p.is_file()):
        digest.update(path.name.encode("utf-8") + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()[:16]


def _folder_problems(folder: Path, *, bundled: bool) -> list[str]:
    schema = _schema()
    problems: list[str] = []
    for name, spec in schema.items():
        path = folder / name
        if path.is_file():
            problems += _file_problems(path, spec, bundled=bundled)
        elif bundled:
            problems.append(f"{path}: missing bundled data file")
    if bundled:  # a bundled file without a schema entry is left to tests/test_lexicon.py
        return problems
    for path in sorted(folder.iterdir()):
        if path.suffix in DATA_SUFFIXES and path.name not in schema:
            problems.append(f"{path}: not a pressnlp data file (known: {', '.join(schema)})")
    return problems


def _file_problems(path: Path, spec: dict[str, Any], *, bundled: bool) -> list[str]:
    try:
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        return [f"{path}: cannot read: {exc}"]
    if path.suffix == ".tsv":
        return _tsv_problems(path, text, spec)
    if path.suffix == ".txt":
        line_re = re.compile(spec["line"])
        return [f"{path}:{n}: line {line.strip()!r} does not match {spec['line']}"
                for n, line in enumerate(text.splitlines(), 1)
                if line.strip() and not line.lstrip().startswith("#")
                and not line_re.match(line.strip())]
    known = _BUNDLED if bundled else yaml.load((RESOURCES / path.name).read_text("utf-8"), Loader=_FAST_LOADER)
    try:
        root = yaml.compose(text, Loader=_FAST_LOADER)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f"{path}:{mark.line + 1}" if mark else str(path)
        return [f"{where}: not valid YAML: {getattr(exc, 'problem', exc)}"]
    problems: list[str] = []
    if root is not None:
        _check_node(spec, root, known, _Where(path, problems))
    return problems


class _Where:
    """Where problems of one file are reported."""

    def __init__(self, path: Path, problems: list[str]) -> None:
        self.path, self.problems = path, problems

    def fail(self, node: yaml.Node, what: str) -> None:
        self.problems.append(f"{self.path}:{node.start_mark.line + 1}: {what}")


def _check_node(spec: Any, node: yaml.Node, known: Any, at: _Where) -> None:
    """Check one YAML node against its schema entry (a type name or a mapping of keys)."""
    if isinstance(spec, dict):
        _check_keys(spec, node, known, at)
    elif isinstance(spec, list):  # [mapping]: a list of such mappings
        if not isinstance(node, yaml.SequenceNode):
            return at.fail(node, "expected a list of mappings")
        for item in node.value:
            _check_node(spec[0], item, _BUNDLED if known is _BUNDLED else None, at)
    elif spec.startswith("one of: "):
        allowed = [word.strip() for word in spec[len("one of: "):].split(",")]
        if not isinstance(node, yaml.ScalarNode) or node.value not in allowed:
            return at.fail(node, f"expected one of {', '.join(allowed)}, got "
                                 f"{getattr(node, 'value', node)!r}")
    elif spec.startswith("one or more "):
        one = spec[len("one or more "):]
        _check_node(f"list of {one}" if isinstance(node, yaml.SequenceNode) else one, node, known, at)
    elif spec.startswith("list of "):
        if not isinstance(node, yaml.SequenceNode):
            return at.fail(node, f"expected a list ({spec})")
        for item in node.value:
            _check_node(spec[len("list of "):], item, _BUNDLED if known is _BUNDLED else None, at)
    elif spec.startswith("map of "):
        _check_keys({"*": spec[len("map of "):]}, node, known, at)
    elif spec == "cues":
        _check_keys({"*": "number"}, node, known, at)
        for key, _ in node.value if isinstance(node, yaml.MappingNode) else ():
            if key.value.startswith("re:"):
                _check_regex(key.value[3:], key, at)
    elif spec == "fold rule":
        if not (isinstance(node, yaml.SequenceNode) and len(node.value) == 2):
            return at.fail(node, "expected a pair [regex, replacement]")
        _check_node("regex", node.value[0], None, at)
        _check_node("text", node.value[1], None, at)
    else:
        _check_scalar(spec, node, at)


def _check_keys(spec: dict[str, Any], node: yaml.Node, known: Any, at: _Where) -> None:
    if not isinstance(node, yaml.MappingNode):
        return at.fail(node, f"expected a mapping with keys {', '.join(spec)}")
    for key, value in node.value:
        if not (isinstance(key, yaml.ScalarNode) and key.tag in (_STR, _INT) and key.value):
            at.fail(key, f"key {key.value!r} must be a word or a number (quote it)")
            continue
        inner = spec.get(key.value, spec.get("*"))
        if inner is not None:
            _check_node(inner, value, _inside(known, key), at)
        elif not (known is _BUNDLED or isinstance(known, dict) and _plain(key) in known):
            at.fail(key, f"unknown key {key.value!r} (expected one of: {', '.join(spec)})")


_BUNDLED = object()  # ``known`` of a bundled file: keys the schema lacks are left to the tests


def _inside(known: Any, key: yaml.ScalarNode) -> Any:
    """The bundled data under ``key``, whose keys a user file may also use."""
    if known is _BUNDLED:
        return _BUNDLED
    return known.get(_plain(key)) if isinstance(known, dict) else None


def _plain(key: yaml.ScalarNode) -> Any:
    return int(key.value) if key.tag == _INT else key.value


class _Slots(dict):
    def __missing__(self, key: str) -> str:
        return "x"


def _check_scalar(kind: str, node: yaml.Node, at: _Where) -> None:
    if not isinstance(node, yaml.ScalarNode):
        shape = "list" if isinstance(node, yaml.SequenceNode) else "mapping"
        return at.fail(node, f"expected {kind}, got a {shape}")
    value, tag = node.value, node.tag
    if kind == "text or null":
        if tag == "tag:yaml.org,2002:null":
            return None
        kind = "text"
    if kind == "int" and tag != _INT or kind == "number" and tag not in (_INT, _FLOAT):
        wanted = "an integer" if kind == "int" else "a number"
        return at.fail(node, f"expected {wanted}, got {value!r}")
    if kind in ("int", "number"):
        return None
    if kind == "flag":
        return None if tag == _BOOL else at.fail(node, f"expected true or false, got {value!r}")
    if tag != _STR:
        return at.fail(node, f"expected text, got {value!r} read as {tag.rsplit(':', 1)[-1]} "
                             "(quote it)")
    if kind == "string":
        return None
    if not value.strip():
        return at.fail(node, "empty text (an empty entry matches everywhere)")
    if kind in ("slot regex", "regex fragment"):
        value = re.sub(r"\{\{[^{}]*\}\}|\{[A-Za-z_]+\}", "x", value)
    elif kind == "format regex":
        try:
            value = value.format_map(_Slots())
        except (ValueError, IndexError) as exc:
            return at.fail(node, f"bad {{slot}} in pattern: {exc} (write {{{{ and }}}} for braces)")
    if kind == "regex fragment":
        problem = _regex_problem(value, empty_ok=True)
        return at.fail(node, problem) if problem else None
    if kind.endswith("regex"):
        _check_regex(value, node, at)


def _check_regex(pattern: str, node: yaml.Node, at: _Where) -> None:
    problem = _regex_problem(pattern)
    if problem:
        at.fail(node, problem)


def _regex_problem(pattern: str, *, empty_ok: bool = False) -> str | None:
    """Why ``pattern`` cannot serve as a data pattern (it does not compile, or it matches the
    empty string and so everywhere), else None."""
    try:
        compiled = re.compile(pattern)
    except re.error as exc:
        return f"regex {pattern!r} does not compile: {exc}"
    if not empty_ok and compiled.search("") is not None:
        return f"regex {pattern!r} matches the empty string (an empty alternative?)"
    return None


def _tsv_problems(path: Path, text: str, spec: dict[str, Any]) -> list[str]:
    columns: dict[str, str] = spec["columns"]
    problems: list[str] = []
    header: list[str] | None = None
    for n, line in enumerate(text.splitlines(), 1):
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        cells = [c.strip() for c in line.split("\t")]
        if header is None:
            header = cells
            unknown = [c for c in header if c not in columns]
            if unknown:
                return [f"{path}:{n}: unknown column(s) {', '.join(unknown)} "
                        f"(expected {', '.join(columns)}, tab-separated)"]
            continue
        if len(cells) > len(header):
            problems.append(f"{path}:{n}: {len(cells)} cells, the header has {len(header)} "
                            "(a tab too many?)")
            continue
        row = dict(zip(header, cells))
        problems += [f"{path}:{n}: {p}" for p in _row_problems(row, spec)]
    return problems


def _row_problems(row: dict[str, str], spec: dict[str, Any]) -> list[str]:
    problems = [f"column {c!r} is empty" for c in spec.get("required", []) if not row.get(c)]
    either = spec.get("one of required", [])
    if either and not any(row.get(c) for c in either):
        problems.append(f"one of the columns {', '.join(either)} must be filled")
    for column, value in row.items():
        if value:
            kind = spec["columns"][column]
            problems += [f"column {column!r}: {p}" for p in _cell_problems(kind, value)]
    return problems


def _cell_problems(kind: str, value: str) -> list[str]:
    if kind.startswith("one of:"):
        allowed = [v.strip() for v in kind[len("one of:"):].split(",")]
        return [] if value in allowed else [f"{value!r} is not one of {', '.join(allowed)}"]
    if kind == "texts":
        return ["an empty variant between '|' (it would match everywhere)"] if (
            "" in [v.strip() for v in value.split("|")]) else []
    if kind == "variants":
        variants = split_variants(value)
        if "" in variants:
            return ["an empty variant between '|' (it would match everywhere)"]
        return [p for v in variants if v.startswith("re:") for p in [_regex_problem(v[3:])] if p]
    return []


def split_variants(cell: str) -> list[str]:
    """The ``|``-separated variants of a TSV cell, a ``|`` inside parentheses kept
    (``re:a(b|c)``); empty variants are kept so that validation can report them."""
    out, depth, cur = [], 0, []
    for ch in cell:
        if ch == "|" and depth == 0:
            out.append("".join(cur).strip())
            cur = []
            continue
        depth += (ch == "(") - (ch == ")")
        cur.append(ch)
    out.append("".join(cur).strip())
    return out
