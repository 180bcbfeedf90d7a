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

Every file is documented in ``resources/README.md``.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path
from typing import Any, Iterable, Sequence

import yaml

RESOURCES = Path(__file__).parent / "resources"
ENV_VAR = "PRESSNLP_LEXICON"  # os.pathsep-separated user folders, read by default_lexicon()


class LexiconError(ValueError):
    """A data file is missing or malformed."""


class Lexicon:
    """Data files from the bundled ``resources/`` folder plus user folders, loaded once."""

    def __init__(self, dirs: Sequence[str | os.PathLike[str]] = ()) -> None:
        self.dirs: tuple[Path, ...] = (RESOURCES, *(Path(d) for d in dirs))
        for d in self.dirs[1:]:
            if not d.is_dir():
                raise LexiconError(f"lexicon folder not found: {d}")
        self._cache: dict[tuple[str, str], Any] = {}

    @classmethod
    def load(cls, extra: Iterable[str | os.PathLike[str]] = ()) -> "Lexicon":
        """The bundled lexicons, extended by the files in the ``extra`` folders."""
        return cls(tuple(extra))

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
        return yaml.safe_load(path.read_text(encoding="utf-8-sig"))
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


def set_lexicon(lexicon: Lexicon) -> None:
    """Make ``lexicon`` the process-wide default and drop caches built from the old one."""
    global _default
    _default = lexicon
    for hook in _RESET_HOOKS:
        hook()


_RESET_HOOKS: list[Any] = []


def on_lexicon_change(func: Any) -> Any:
    """Register a cache-clearing function (e.g. an ``lru_cache``'s ``cache_clear``)."""
    _RESET_HOOKS.append(func)
    return func

