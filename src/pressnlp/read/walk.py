"""Input paths → the files to read, in order: folders walked (sorted), globs expanded.

Hidden files, ``__MACOSX`` and notes or manifests (``README.md``, ``*.json`` …) are passed
over in a walk (name such a file explicitly to read it). Each real folder is entered once:
a folder reached again through a symbolic link (a link loop, or a link to a folder already
read) is skipped and counted. An unreadable folder, a broken link or a file that is not a
regular file (FIFO, socket, device) is yielded all the same, for the reader to turn into an
error source (see :func:`not_regular`) — never read, so never a hang.
"""

from __future__ import annotations

import glob
import os
import stat
from collections import Counter
from pathlib import Path
from typing import Iterable, Iterator

# Files a folder walk passes over: an archive's notes and manifests, not documents.
NOT_DOCUMENT_SUFFIXES = (".md", ".rst", ".json", ".yaml", ".yml", ".py", ".ipynb", ".log")


def _skipped(path: Path) -> bool:
    return path.name.startswith(".") or "__MACOSX" in path.parts or \
        path.name.lower().endswith(NOT_DOCUMENT_SUFFIXES)


def expand(paths: Iterable[str | os.PathLike[str]], notes: Counter | None = None
           ) -> Iterator[Path]:
    """Input files in order: a folder recursively (sorted), a glob's matches (sorted), a file.

    A folder reached a second time through a symbolic link (a link loop, or a link to a
    folder already read) is skipped and counted in ``notes``; an unreadable folder, a
    broken link or a non-regular file (FIFO, socket, device) is yielded so that
    :func:`~pressnlp.read.archives.read_file` turns it into an error
    source."""
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            yield from _walk(p, notes if notes is not None else Counter())
        elif p.exists() or p.is_symlink():
            yield p
        else:
            matches = sorted(glob.glob(str(raw), recursive=True))
            if not matches:
                yield p  # read_file turns it into an error source
            for m in matches:
                if Path(m).is_dir():
                    yield from expand([m], notes)
                elif not _skipped(Path(m)):
                    yield Path(m)


LINKED_FOLDER_SKIPPED = "symlink to a folder already read (loop or repeat)"


def _walk(folder: Path, notes: Counter) -> Iterator[Path]:
    """Files under ``folder`` in sorted path order (sub-folders in place, by name); each real
    folder is entered once."""
    seen = {_folder_key(folder)}
    try:
        stack = [iter(_entries(folder))]
    except OSError:
        yield folder
        return
    while stack:
        e = next(stack[-1], None)
        if e is None:
            stack.pop()
            continue
        if e.name.startswith(".") or e.name == "__MACOSX":
            continue
        if e.is_dir():
            key = _folder_key(Path(e.path))
            if key in seen:
                notes[LINKED_FOLDER_SKIPPED] += 1
                continue
            seen.add(key)
            try:
                stack.append(iter(_entries(Path(e.path))))
            except OSError:
                yield Path(e.path)  # an unreadable folder: an error source
        elif not _skipped(Path(e.path)):
            yield Path(e.path)  # files, and links or FIFOs that read_file refuses


def _entries(folder: Path) -> list[os.DirEntry]:
    with os.scandir(folder) as it:
        return sorted(it, key=lambda e: e.name)


def _folder_key(folder: Path) -> tuple[int, int]:
    st = folder.stat()
    return st.st_dev, st.st_ino


def not_regular(path: Path) -> str | None:
    """Why ``path`` cannot be read as a document file (None for a regular file)."""
    try:
        st = path.stat()
    except FileNotFoundError:
        return "unreadable: broken symbolic link" if path.is_symlink() else \
            "missing: no such file"
    except OSError as exc:
        return f"unreadable: {exc.strerror or exc}"
    if stat.S_ISREG(st.st_mode):
        return None
    if stat.S_ISDIR(st.st_mode):
        try:
            os.listdir(path)
        except OSError as exc:
            return f"unreadable folder: {exc.strerror or exc}"
        return "unreadable folder: it could not be listed"
    kind = "FIFO" if stat.S_ISFIFO(st.st_mode) else "socket" if stat.S_ISSOCK(st.st_mode) \
        else "device" if stat.S_ISCHR(st.st_mode) or stat.S_ISBLK(st.st_mode) else "special file"
    return f"not a regular file: {kind}"


def exists(path: str | os.PathLike[str]) -> bool:
    return Path(path).exists() or bool(glob.glob(str(path), recursive=True))


__all__ = ["expand", "exists", "not_regular", "LINKED_FOLDER_SKIPPED", "NOT_DOCUMENT_SUFFIXES"]
