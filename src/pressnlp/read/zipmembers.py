"""The members of a zip kept compactly, for a process that reads ranges of them for a long time.

``zipfile`` holds a ``ZipInfo`` of ~600 bytes for each member of an open archive: 60 MB in every
worker process for an archive of 100,000 releases. Reading a member needs a few of its fields
only; :class:`ZipMembers` keeps those (~120 bytes a member) and makes the ``ZipInfo`` of a member
again when it is read, so the archive's own lists can be let go.
"""

from __future__ import annotations

import zipfile
from array import array
from typing import overload

# the fields ``ZipFile.open`` and the reader use, besides the names
_NUMBERS = ("header_offset", "compress_size", "file_size", "CRC", "compress_type", "flag_bits")


class ZipMembers:
    """A sequence of ``ZipInfo`` (those given, remade from the fields reading needs)."""

    def __init__(self, infos: list[zipfile.ZipInfo]) -> None:
        self._names = [i.filename for i in infos]
        # the name as recorded, where zipfile's clean-up changed it (a NUL, Windows separators)
        self._recorded = {k: i.orig_filename for k, i in enumerate(infos)
                          if i.orig_filename != i.filename}
        self._numbers = array("q", [getattr(i, f) for i in infos for f in _NUMBERS])

    def __len__(self) -> int:
        return len(self._names)

    @overload
    def __getitem__(self, k: int) -> zipfile.ZipInfo: ...

    @overload
    def __getitem__(self, k: slice) -> list[zipfile.ZipInfo]: ...

    def __getitem__(self, k: int | slice) -> zipfile.ZipInfo | list[zipfile.ZipInfo]:
        if isinstance(k, slice):
            return [self._info(i) for i in range(*k.indices(len(self)))]
        if not -len(self) <= k < len(self):
            raise IndexError(k)
        return self._info(k % len(self))

    def _info(self, k: int) -> zipfile.ZipInfo:
        info = zipfile.ZipInfo(self._recorded.get(k, self._names[k]))
        info.filename = self._names[k]
        n = len(_NUMBERS)
        for field, value in zip(_NUMBERS, self._numbers[k * n:(k + 1) * n]):
            setattr(info, field, value)
        return info


def let_go_of_infos(zf: zipfile.ZipFile) -> None:
    """Drop an archive's ``ZipInfo`` lists once its members are kept as :class:`ZipMembers`
    (reading a member by its ``ZipInfo`` does not use them)."""
    zf.filelist = []
    zf.NameToInfo = {}


__all__ = ["ZipMembers", "let_go_of_infos"]
