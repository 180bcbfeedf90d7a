"""Compiled regular expressions kept between processes.

pressnlp's grammars are regular expressions built from its lexicons: an English organisation
pattern of ~26,000 characters, ~400 slogan patterns, the date forms… Python compiles each one
anew in every process, and on a short run (one release, a few hundred) compiling costs as much
as the analysis. ``compile`` keeps what Python's compiler makes of a pattern — the engine's code,
its groups and flags — in the user's cache folder, and builds the pattern from it in later
processes, skipping the parser and the compiler.

The cache file is keyed by the interpreter and its regex engine (``sys.implementation.cache_tag``,
``_sre.MAGIC``, ``_sre.CODESIZE``) and its entries by pattern and flags, so a pattern is only ever
built from the code its own text compiled to; the engine checks the code again when it builds
the pattern. An unreadable, missing or unwritable cache costs time, never a result. On an
interpreter without these internals (before 3.11) ``compile`` is ``re.compile``.
"""

from __future__ import annotations

import atexit
import marshal
import os
import re
import sys
import tempfile
from pathlib import Path
from typing import Any

from .usercache import cache_dir

try:
    import _sre
    from re import _compiler, _parser

    _KEY: str | None = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
except ImportError:  # an interpreter whose regex engine is laid out otherwise
    _KEY = None

MAX_ENTRIES = 5000  # beyond this, a rewrite keeps only the entries this process used

# pattern and flags → the marshalled arguments of ``_sre.compile`` after the pattern (kept as
# bytes: one object an entry, unpacked when the pattern is built)
_stored: dict[tuple[str, int], bytes] | None = None  # the cache file, read on first use
_new: dict[tuple[str, int], bytes] = {}  # compiled in this process
_used: set[tuple[str, int]] = set()
_at_exit = False
_finalizing_pid: int | None = None


def cache_file() -> Path:
    """The file of this interpreter's compiled patterns."""
    return cache_dir() / f"regex-{_KEY}.marshal"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re's name
    """``re.compile(pattern, flags)``, built from the cached code when the cache has it."""
    if _KEY is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    key = (pattern, int(flags))
    _used.add(key)
    kept = _cache().get(key)
    if kept is not None:
        try:
            return _sre.compile(pattern, *marshal.loads(kept))
        except (EOFError, RuntimeError, TypeError, ValueError):  # not this engine's code
            pass
    args = _compiled(pattern, int(flags))
    _remember(key, marshal.dumps(args))
    return _sre.compile(pattern, *args)


def _compiled(pattern: str, flags: int) -> tuple[Any, ...]:
    """The arguments ``re._compiler.compile`` hands the engine after the pattern (its steps)."""
    parsed = _parser.parse(pattern, flags)
    code = list(map(int, _compiler._code(parsed, flags)))  # (some are named int constants)
    groupindex = dict(parsed.state.groupdict)
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, i in groupindex.items():
        indexgroup[i] = name
    return (int(flags | parsed.state.flags), code, parsed.state.groups - 1, groupindex,
            tuple(indexgroup))


def _cache() -> dict[tuple[str, int], bytes]:
    global _stored
    if _stored is None:
        _stored = _read(cache_file())
    return _stored


def _read(path: Path) -> dict[tuple[str, int], bytes]:
    """The entries of a cache file; none when it is missing or not a cache this code wrote."""
    try:
        data = marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return {}
    return data if isinstance(data, dict) else {}


def _remember(key: tuple[str, int], entry: bytes) -> None:
    global _at_exit
    _cache()[key] = _new[key] = entry
    if not _at_exit:
        atexit.register(save)
        _at_exit = True


def save_at_worker_exit() -> None:
    """Have this worker process save its patterns when it ends: pool workers end without
    running ``atexit`` handlers, but with ``multiprocessing``'s finalizers."""
    global _finalizing_pid
    if _finalizing_pid != os.getpid():
        from multiprocessing.util import Finalize

        Finalize(None, save, exitpriority=0)
        _finalizing_pid = os.getpid()


def save() -> None:
    """Add the patterns compiled in this process to the cache file (read again: other
    processes may have added theirs meanwhile); called at exit when there are any."""
    if not _new:
        return
    path = cache_file()
    merged = {**_read(path), **_new}
    if len(merged) > MAX_ENTRIES:
        merged = {k: v for k, v in merged.items() if k in _used}
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    except OSError:  # no writable cache folder: the next process compiles again
        return
    try:
        with os.fdopen(fd, "wb") as out:
            marshal.dump(merged, out)
        os.replace(tmp, path)  # whole or not at all, whoever writes at the same time
    except OSError:
        Path(tmp).unlink(missing_ok=True)
        return
    _new.clear()


__all__ = ["cache_file", "compile", "save", "save_at_worker_exit"]
