"""Compiled regular expressions kept between processes.

pressnlp's grammars are regular expressions built from its lexicons: an English organisation
pattern of ~26,000 characters, ~400 slogan patterns, the date forms… Python compiles each one
anew in every process, and on a short run (one release, a few hundred) compiling costs as much
as the analysis. ``compile`` keeps what Python's compiler makes of a pattern — the engine's code,
its groups and flags — in an SQLite file in the user's cache folder, and builds the pattern from
it in later processes, skipping the parser and the compiler. A process looks up the patterns it
compiles one by one (nothing is loaded whole) and adds the ones it had to compile.

The file is keyed by the interpreter and its regex engine (``sys.implementation.cache_tag``,
``_sre.MAGIC``, ``_sre.CODESIZE``) and a row by the pattern's text and flags, so a pattern is only
ever built from the code its own text compiled to; the engine checks the code again when it
builds the pattern. An unreadable, damaged or unwritable cache costs time, never a result. On an
interpreter without these internals (before 3.11) ``compile`` is ``re.compile``.
"""

from __future__ import annotations

import hashlib
import marshal
import os
import re
import sqlite3
import sys
import threading
from pathlib import Path
from typing import Any

from .usercache import cache_dir

try:
    import _sre
    from re import _compiler, _parser

    _KEY: str | None = f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{_sre.CODESIZE}"
except ImportError:  # an interpreter whose regex engine is laid out otherwise
    _KEY = None

MAX_ENTRIES = 5000  # the oldest rows beyond this are dropped when a process first adds one
_SCHEMA = ("CREATE TABLE IF NOT EXISTS patterns (key BLOB UNIQUE NOT NULL, pattern TEXT NOT NULL,"
           " flags INTEGER NOT NULL, engine BLOB NOT NULL)")

_lock = threading.Lock()  # one connection a process, used by one thread at a time
_db: tuple[int, sqlite3.Connection | None] | None = None  # (the process's pid, its connection)
_pruned = False


def cache_file() -> Path:
    """The file of this interpreter's compiled patterns."""
    return cache_dir() / f"regex-{_KEY}.sqlite"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:  # noqa: A001 - re's name
    """``re.compile(pattern, flags)``, built from the cached code when the cache has it."""
    if _KEY is None or flags & re.DEBUG:
        return re.compile(pattern, flags)
    flags = int(flags)
    key = hashlib.blake2b(f"{flags}:{pattern}".encode("utf-8", "surrogatepass"),
                          digest_size=16).digest()
    kept = _lookup(key, pattern, flags)
    if kept is not None:
        try:
            return _sre.compile(pattern, *marshal.loads(kept))
        except (EOFError, RuntimeError, TypeError, ValueError):  # not this engine's code
            pass
    args = _compiled(pattern, flags)
    _add(key, pattern, flags, marshal.dumps(args))
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


def _lookup(key: bytes, pattern: str, flags: int) -> bytes | None:
    with _lock:
        db = _connection()
        if db is None:
            return None
        try:
            row = db.execute("SELECT pattern, flags, engine FROM patterns WHERE key = ?",
                             (key,)).fetchone()
        except sqlite3.Error:
            return None
    return row[2] if row and row[0] == pattern and row[1] == flags else None


def _add(key: bytes, pattern: str, flags: int, engine: bytes) -> None:
    global _pruned
    with _lock:
        db = _connection()
        if db is None:
            return
        try:
            if not _pruned:
                db.execute("DELETE FROM patterns WHERE rowid <= "
                           "(SELECT MAX(rowid) FROM patterns) - ?", (MAX_ENTRIES - 1,))
                _pruned = True
            db.execute("INSERT OR REPLACE INTO patterns VALUES (?, ?, ?, ?)",
                       (key, pattern, flags, engine))
        except sqlite3.Error:  # busy past the timeout, full disk…: compiled again next time
            pass


def _connection() -> sqlite3.Connection | None:
    """This process's connection (a forked child opens its own); None without a usable cache."""
    global _db
    if _db is None or _db[0] != os.getpid():
        _db = (os.getpid(), _open(cache_file()))
    return _db[1]


def _open(path: Path) -> sqlite3.Connection | None:
    """The cache at ``path``, created when missing and made anew when it is no SQLite file."""
    for attempt in (1, 2):
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=2, isolation_level=None, check_same_thread=False)
        except (OSError, sqlite3.Error):
            return None
        try:
            db.execute("PRAGMA synchronous = OFF")  # a cache: a lost write costs time only
            db.execute(_SCHEMA)
            return db
        except sqlite3.OperationalError:  # locked past the timeout, read-only…
            db.close()
            return None
        except sqlite3.DatabaseError:
            db.close()
            if attempt == 2:
                return None
            try:
                path.unlink()  # damaged, or another program's file: start afresh
            except OSError:
                return None
    return None


__all__ = ["cache_file", "compile"]
