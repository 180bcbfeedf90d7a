"""jieba with its dictionary looked up on demand instead of loaded whole.

jieba's default tokenizer holds a prefix dictionary ``FREQ`` (every word of its 349,000-line
``dict.txt`` and every prefix of one → frequency, 0 for a bare prefix; ~500,000 entries,
~0.7 s and ~60 MiB to load) and the sum of the frequencies ``total``. pressnlp consults it
for a few hundred words a corpus (word boundaries around candidate names, word frequencies),
so :func:`load_jieba` answers ``FREQ`` from an SQLite index of exactly that dictionary, built
once from jieba's own ``gen_pfdict`` into the user's cache folder
(``$XDG_CACHE_HOME/pressnlp`` or ``~/.cache/pressnlp``), and keeps the entries it has
looked up. Every lookup gives what the loaded dictionary gives, so segmentation, frequencies
and user words (``jieba.add_word``) behave exactly as with jieba's own initialisation; when
the index cannot be built (no writable cache folder) jieba loads its dictionary as usual.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import sys
import tempfile
import threading
from pathlib import Path
from typing import Any

from ..usercache import cache_dir

_SCHEMA = ("CREATE TABLE freq (word TEXT PRIMARY KEY, freq INTEGER NOT NULL) WITHOUT ROWID",
           "CREATE TABLE meta (key TEXT PRIMARY KEY, value INTEGER NOT NULL)")


class LazyFreq(dict):
    """jieba's ``FREQ`` mapping, filled from the index as words are looked up (a word that is
    not there is remembered as absent). Only the operations jieba uses are provided:
    ``in``, ``[]``, ``get`` and assignment."""

    def __init__(self, index: Path) -> None:
        super().__init__()
        self.index = index
        self._absent: set[str] = set()
        self._lock = threading.Lock()
        self._db: sqlite3.Connection | None = None
        self._pid = 0
        self._whole = False  # every entry loaded (the index could not be read)

    def _fetch(self, word: str) -> bool:
        """Look ``word`` up in the index (once); is it an entry?"""
        if self._whole or word in self._absent:
            return False
        try:
            with self._lock:
                if self._db is None or self._pid != os.getpid():  # no connection across a fork
                    self._db = sqlite3.connect(self.index.as_uri() + "?mode=ro", uri=True,
                                               check_same_thread=False)
                    self._pid = os.getpid()
                row = self._db.execute("SELECT freq FROM freq WHERE word = ?", (word,)).fetchone()
        except sqlite3.Error:  # the index is gone (a cleaned cache folder): load it all instead
            self._load_whole()
            return dict.__contains__(self, word)
        if row is None:
            self._absent.add(word)
            return False
        dict.__setitem__(self, word, row[0])
        return True

    def _load_whole(self) -> None:
        """Every entry of jieba's dictionary, as ``Tokenizer.initialize`` loads it (the words
        added meanwhile keep their frequencies); no more lookups after."""
        import jieba

        tokenizer = jieba.Tokenizer()
        freq, _ = tokenizer.gen_pfdict(tokenizer.get_dict_file())
        for word, f in freq.items():
            if not dict.__contains__(self, word):
                dict.__setitem__(self, word, f)
        self._whole = True

    def __contains__(self, word: object) -> bool:
        return dict.__contains__(self, word) or (isinstance(word, str) and self._fetch(word))

    def __getitem__(self, word: str) -> int:
        if word in self:
            return dict.__getitem__(self, word)
        raise KeyError(word)

    def get(self, word: str, default: Any = None) -> Any:
        return dict.__getitem__(self, word) if word in self else default

    def __setitem__(self, word: str, freq: int) -> None:
        self._absent.discard(word)
        dict.__setitem__(self, word, freq)

    def __reduce__(self) -> Any:  # a copy (pickle, deepcopy) reads the same index
        return (LazyFreq, (self.index,), None, None, iter(self.items()))


def load_jieba() -> Any:
    """The ``jieba`` module with its default tokenizer ready (None without jieba): the
    dictionary served from the index when jieba is still uninitialised and uses its bundled
    dictionary, else as jieba set it up."""
    jieba = _import_jieba()
    if jieba is None:
        return None
    dt = jieba.dt
    with dt.lock:
        if not dt.initialized and dt.dictionary is None:
            serve_from_index(dt)
    if not dt.initialized:
        jieba.setLogLevel(60)
        dt.initialize()
    return jieba


def _import_jieba() -> Any:
    """``import jieba`` (None without it), without importing ``pkg_resources`` on the way:
    jieba uses it only to open its own model files and opens them with ``open`` when it is
    missing (setuptools ≥ 81 has no ``pkg_resources``); importing it costs ~0.1 s of start-up."""
    blocked = "jieba" not in sys.modules and "pkg_resources" not in sys.modules
    if blocked:
        sys.modules["pkg_resources"] = None  # type: ignore[assignment]  # import → ImportError
    try:
        import jieba
    except ImportError:
        return None
    finally:
        if blocked:
            del sys.modules["pkg_resources"]
    return jieba


def serve_from_index(tokenizer: Any) -> bool:
    """Initialise a ``jieba.Tokenizer`` of the bundled dictionary with a :class:`LazyFreq`
    over the index; False (the tokenizer untouched) when the index cannot be had."""
    import jieba

    index = _index(jieba)
    try:
        total = _total(index) if index is not None else None
    except sqlite3.Error:  # a damaged index: the caller lets jieba initialise itself
        total = None
    if index is None or total is None:
        return False
    tokenizer.FREQ, tokenizer.total, tokenizer.initialized = LazyFreq(index), total, True
    return True


def _index(jieba: Any) -> Path | None:
    """The index of jieba's bundled dictionary (built when missing); None when it cannot be
    written."""
    source = Path(jieba.__file__).parent / "dict.txt"
    stat = source.stat()
    key = hashlib.sha1(f"{jieba.__version__}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    path = cache_dir() / f"jieba-dict-{key.hexdigest()[:16]}.sqlite"
    if path.is_file():
        return path
    try:
        _build(jieba, path)
    except (OSError, sqlite3.Error):
        return None
    return path


def _build(jieba: Any, path: Path) -> None:
    """Write jieba's prefix dictionary (as ``Tokenizer.initialize`` makes it) to ``path``,
    atomically: built under a temporary name and renamed into place."""
    tokenizer = jieba.Tokenizer()
    freq, total = tokenizer.gen_pfdict(tokenizer.get_dict_file())
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    os.close(fd)
    try:
        with sqlite3.connect(tmp) as db:
            for statement in _SCHEMA:
                db.execute(statement)
            db.executemany("INSERT INTO freq VALUES (?, ?)", freq.items())
            db.execute("INSERT INTO meta VALUES ('total', ?)", (total,))
        db.close()
        os.replace(tmp, path)
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def _total(index: Path) -> int:
    with sqlite3.connect(index.as_uri() + "?mode=ro", uri=True) as db:
        (total,) = db.execute("SELECT value FROM meta WHERE key = 'total'").fetchone()
    db.close()
    return total


__all__ = ["load_jieba", "serve_from_index", "LazyFreq"]
