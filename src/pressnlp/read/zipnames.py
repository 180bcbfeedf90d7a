"""Open a zip whose central directory holds a member name flagged UTF-8 but not UTF-8.

``zipfile`` decodes a flagged name strictly, so one such member makes the whole archive fail
to open (``UnicodeDecodeError``). :func:`open_zip` then opens it again through a file wrapper
that clears the flag of the bad names while ``zipfile`` reads the central directory: those
names decode as cp437 (never fails), and their offsets are returned so that the reader turns
exactly those members into error sources while every other member is read as usual.
"""

from __future__ import annotations

import os
import struct
import zipfile
from typing import IO

_CENTRAL = b"PK\x01\x02"
_CENTRAL_SIZE = 46
_UTF8_FLAG = 0x800


def _unflag_bad_names(cd: bytes) -> tuple[bytes, set[int]]:
    """The central directory with the UTF-8 flag cleared on names that are not UTF-8, and the
    local header offsets of those members."""
    out = bytearray(cd)
    bad: set[int] = set()
    i = 0
    while i + _CENTRAL_SIZE <= len(cd) and cd[i:i + 4] == _CENTRAL:
        flags, = struct.unpack_from("<H", cd, i + 8)
        n_name, n_extra, n_comment = struct.unpack_from("<HHH", cd, i + 28)
        offset, = struct.unpack_from("<I", cd, i + 42)
        name = cd[i + _CENTRAL_SIZE:i + _CENTRAL_SIZE + n_name]
        if flags & _UTF8_FLAG:
            try:
                name.decode("utf-8")
            except UnicodeDecodeError:
                struct.pack_into("<H", out, i + 8, flags & ~_UTF8_FLAG)
                bad.add(offset)
        i += _CENTRAL_SIZE + n_name + n_extra + n_comment
    return bytes(out), bad


class _Unflagging:
    """A binary file whose reads of the central directory come back with bad names unflagged
    (only until the ``ZipFile`` is constructed: member data is never touched)."""

    def __init__(self, fh: IO[bytes]) -> None:
        self.fh = fh
        self.patching = True
        self.bad: set[int] = set()

    def read(self, n: int = -1) -> bytes:
        data = self.fh.read(n)
        if self.patching and data.startswith(_CENTRAL) and len(data) >= _CENTRAL_SIZE:
            data, bad = _unflag_bad_names(data)
            self.bad |= bad
        return data

    def seek(self, offset: int, whence: int = os.SEEK_SET) -> int:
        return self.fh.seek(offset, whence)

    def tell(self) -> int:
        return self.fh.tell()

    def seekable(self) -> bool:
        return True

    def close(self) -> None:
        self.fh.close()


class _OwningZipFile(zipfile.ZipFile):
    """A ZipFile over a wrapper it was handed, closing that wrapper when it closes."""

    def __init__(self, fh: _Unflagging) -> None:
        self.owned = fh
        super().__init__(fh)  # type: ignore[arg-type]

    def close(self) -> None:
        try:
            super().close()
        finally:
            self.owned.close()


def open_zip(path: str | os.PathLike[str]) -> tuple[zipfile.ZipFile, set[int]]:
    """A ``ZipFile`` and the header offsets of members whose flagged name is not UTF-8.
    Raises ``zipfile.BadZipFile`` / ``OSError`` for an archive that cannot be read at all."""
    try:
        return zipfile.ZipFile(path), set()
    except UnicodeDecodeError:
        pass
    fh = _Unflagging(open(path, "rb"))
    try:
        zf = _OwningZipFile(fh)
    except BaseException:
        fh.close()
        raise
    fh.patching = False
    return zf, fh.bad


__all__ = ["open_zip"]
