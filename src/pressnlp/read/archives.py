"""Archives → a lazy stream of sources: folders, globs, zip, tar(.gz), JSONL and CSV.

Every input document becomes exactly one :class:`Source` — its raw bytes (or text, for
JSONL/CSV cells), or the reason it could not be read. Nothing is extracted to disk:

- folders are walked recursively (:mod:`pressnlp.read.walk`; sorted; hidden files,
  ``__MACOSX`` and notes or manifests such as ``README.md`` / ``*.json`` skipped — name such
  a file explicitly to read it);
- zip and tar members are read in memory; a member is refused (an error source) when it would
  expand past ``max_bytes`` (zip bombs), when its name is absolute or climbs out with ``..``,
  when it is a link or device, or when it is corrupt (bad CRC, truncated stream);
- JSONL: one object a line with a ``text`` / ``html`` / ``body`` / ``content`` field and
  optional ``id`` / ``url``; a line that is not JSON is an error source;
- CSV: the same columns (header names, case-insensitive).

Ids: the file name with its last extension stripped (``d45_A_en.gb18030.html`` →
``d45_A_en.gb18030``); archive members keep ``path`` as ``archive.zip::member``; JSONL/CSV rows
use their ``id`` column, else ``<file stem>-<line or row number>``. :func:`iter_sources`
makes ids unique within the run: ids shared by several sources are qualified by the shortest
distinguishing path part (``a/index``, ``b/index``; see :mod:`pressnlp.read.ids`). Names
that are not UTF-8 (GBK file names, tar and zip members) are read as UTF-8 or GB18030 for the
id, and ``path`` keeps their original bytes as ``\\xNN``; lone surrogates in JSONL become
U+FFFD. A folder reached again through a symbolic link is skipped (and counted); a FIFO,
device, broken link or unreadable folder is an error source, never a hang.

For distributed runs :func:`plan` cuts the inputs into :class:`Part` specs (groups of files,
ranges of zip members, whole tar/JSONL/CSV files) that any worker re-reads with
:func:`read_part` from a shared file system.
"""

from __future__ import annotations

import contextlib
import csv
import json
import os
import sys
import tarfile
import zipfile
from collections import Counter, OrderedDict
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable, Iterator

from .decode import name_bytes, readable_name, recorded_name, valid_text
from .ids import unique_ids
from .walk import exists, expand, not_regular
from .zipmembers import ZipMembers, let_go_of_infos
from .zipnames import open_zip

MAX_BYTES = 8 * 2**20  # per-document cap (an oversize file or member becomes an error)
TEXT_FIELDS = ("text", "html", "body", "content")
ID_FIELDS = ("id", "release_id", "doc_id")
URL_FIELDS = ("url", "link", "source_url")
ZIP_SUFFIXES = (".zip",)
TAR_SUFFIXES = (".tar", ".tar.gz", ".tgz", ".tar.bz2", ".tbz2", ".tar.xz", ".txz")
JSONL_SUFFIXES = (".jsonl", ".ndjson")
CSV_SUFFIXES = (".csv",)
_BINARY_MAGIC = (b"\x89PNG", b"\xff\xd8\xff", b"GIF8", b"%PDF", b"PK\x03\x04", b"\x1f\x8b",
                 b"\x7fELF", b"MZ", b"BM", b"RIFF", b"\xd0\xcf\x11\xe0", b"7z\xbc\xaf")
_BOMS = (b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")


@dataclass(frozen=True)
class Source:
    """One input document: raw ``data`` to parse, or the ``error`` that stopped its reading."""

    id: str
    path: str
    url: str | None = None
    data: bytes | str | None = None
    error: str | None = None

    def __post_init__(self) -> None:  # whatever a reader missed: no lone surrogate gets out
        for name in ("id", "path", "url", "error"):
            value = getattr(self, name)
            if value is not None:
                object.__setattr__(self, name, valid_text(value))

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass(frozen=True)
class Part:
    """A unit of distributed work: ``(kind, path, start, stop)`` items read by :func:`read_part`.

    ``kind`` is ``file`` (one document), ``zip`` (members ``start:stop``), ``tar``, ``jsonl``,
    ``csv`` (the whole file) or ``missing`` (an input that is no readable regular file: one
    error source)."""

    index: int
    items: tuple[tuple[str, str, int, int], ...] = field(default=())
    ids: tuple[tuple[int, str], ...] = ()  # (position in the part, run-unique id) to apply
    first: int = 0  # input position of the part's first source in the run
    start_at: int = 0  # sources of the part already analysed (a resumed run skips them)


@dataclass(frozen=True)
class Listing:
    """Every source of a run as ``(own id, path)`` in input order, and the index → id of
    those whose id had to be qualified to be unique."""

    keys: list[tuple[str, str]]
    renamed: dict[int, str]

    def __len__(self) -> int:
        return len(self.keys)

    def paths(self, start: int = 0) -> list[str]:
        return [path for _, path in self.keys[start:]]


def list_sources(paths: Iterable[str | os.PathLike[str]], max_bytes: int = MAX_BYTES
                 ) -> Listing:
    """A first pass over the inputs: their ids, paths and number, from names where the
    format allows — plain files and zip members (the archive's central directory) are not
    read. JSONL and CSV rows are parsed for their ids and tar members walked (a truncated
    stream changes what a tar yields); their documents are dropped. No analysis."""
    keys = [(s.id, s.path) for path in expand(paths)
            for s in read_file(path, max_bytes=max_bytes, names_only=True)]
    return Listing(keys, unique_ids(keys))


def name_parts(name: str) -> list[str]:
    """The parts of a ``/`` or ``\\`` separated name, as ``PurePosixPath(name).parts`` gives
    them without its root: empty and ``.`` parts dropped."""
    return [p for p in name.replace("\\", "/").split("/") if p and p != "."]


def doc_id(name: str) -> str:
    """The file name with its last extension stripped."""
    parts = name_parts(name)
    base = parts[-1] if parts else ""
    stem, dot, ext = base.rpartition(".")
    return stem if dot and stem else base


def path_text(path: str | os.PathLike[str]) -> str:
    """A file system path as recorded in ``Source.path``: valid text, with the bytes of a
    name that is not UTF-8 (a GBK file name) kept as ``\\xNN``."""
    s = str(path)
    raw = name_bytes(s)
    return recorded_name(raw) if raw is not None else valid_text(s)


def name_id(name: str) -> str:
    """The id of a file or member name decoded with ``surrogateescape``: its bytes read as
    UTF-8 or GB18030 (see :func:`~pressnlp.read.decode.readable_name`), extension stripped."""
    raw = name_bytes(name)
    return doc_id(readable_name(raw) if raw is not None else valid_text(name))


def _has_suffix(path: str | Path, suffixes: tuple[str, ...]) -> bool:
    return str(path).lower().endswith(suffixes)


def kind_of(path: str | Path) -> str:
    if _has_suffix(path, ZIP_SUFFIXES):
        return "zip"
    if _has_suffix(path, TAR_SUFFIXES):
        return "tar"
    if _has_suffix(path, JSONL_SUFFIXES):
        return "jsonl"
    if _has_suffix(path, CSV_SUFFIXES):
        return "csv"
    return "file"


def iter_sources(*paths: str | os.PathLike[str], max_bytes: int = MAX_BYTES,
                 notes: Counter | None = None, listing: Listing | None = None,
                 skip: int = 0) -> Iterator[Source]:
    """A stream of sources over files, folders, globs and archives, with run-unique ids
    (see :mod:`pressnlp.read.ids`; ``listing`` is the first pass, :func:`list_sources`, made
    here when not given), from input number ``skip`` on; inputs skipped on purpose (symbolic
    link loops) are counted in ``notes``. The documents are read here, once."""
    renamed = (listing or list_sources(paths, max_bytes)).renamed
    for i, src in enumerate(_raw_sources(paths, max_bytes, notes)):
        if i >= skip:
            yield replace(src, id=renamed[i]) if i in renamed else src


def _raw_sources(paths: Iterable[str | os.PathLike[str]], max_bytes: int,
                 notes: Counter | None = None) -> Iterator[Source]:
    for path in expand(paths, notes):
        yield from read_file(path, max_bytes=max_bytes)


def read_file(path: Path, *, max_bytes: int = MAX_BYTES, start: int = 0,
              stop: int | None = None, names_only: bool = False) -> Iterator[Source]:
    """The sources inside one input file (one for a plain file, many for an archive).
    ``names_only``: a plain file or zip member's source carries its id and path only (the
    file is not read, the member not decompressed) — the ids and paths are the same."""
    kind = kind_of(path)
    refused = not_regular(path)
    if refused:
        yield Source(id=name_id(path.name), path=path_text(path), error=refused)
        return
    if kind == "zip":
        yield from _read_zip(path, max_bytes, start, stop, names_only)
    elif kind == "tar":
        yield from _read_tar(path, max_bytes)
    elif kind == "jsonl":
        yield from _read_jsonl(path, max_bytes)
    elif kind == "csv":
        yield from _read_csv(path, max_bytes)
    elif names_only:
        yield Source(id=name_id(path.name), path=path_text(path))
    else:
        yield _read_plain(path, max_bytes)


def _checked(src: Source, max_bytes: int) -> Source:
    """Turn empty, oversize and binary payloads into error sources."""
    data = src.data
    if data is None:
        return src
    size = len(data)
    if size > max_bytes:
        return replace(src, data=None, error=f"oversize: {size} bytes (cap {max_bytes})")
    if not (data.strip() if isinstance(data, (bytes, str)) else data):
        return replace(src, data=None, error="empty: no content")
    if isinstance(data, bytes) and looks_binary(data):
        return replace(src, data=None, error="binary: not a text or HTML document")
    return src


def looks_binary(data: bytes) -> bool:
    """Images, archives, executables and other non-text payloads (UTF-16 text is text)."""
    head = data[:4096]
    if head.startswith(_BINARY_MAGIC):
        return True
    if head.startswith(_BOMS) or b"\x00" not in head:
        return False
    # UTF-16 without a BOM: NULs sit on one parity of mostly-ASCII text
    even = head[0::2].count(0)
    odd = head[1::2].count(0)
    if max(even, odd) > 0.3 * len(head) / 2 and min(even, odd) < 0.05 * len(head) / 2:
        return False
    return True


def _read_plain(path: Path, max_bytes: int) -> Source:
    src = Source(id=name_id(path.name), path=path_text(path))
    try:
        size = path.stat().st_size
        if size > max_bytes:
            return replace(src, error=f"oversize: {size} bytes (cap {max_bytes})")
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        return replace(src, error=f"unreadable: {exc.strerror or exc}")
    return _checked(replace(src, data=data), max_bytes)


def _unsafe_name(name: str) -> str | None:
    if name.startswith(("/", "\\")) or (len(name) > 1 and name[1] == ":"):
        return "unsafe path: absolute member name"
    if ".." in name_parts(name):
        return "unsafe path: member climbs out with '..'"
    return None


def _member_skipped(name: str) -> bool:
    parts = name_parts(name)
    return bool(parts) and ("__MACOSX" in parts or parts[-1].startswith("."))


def zip_count(path: Path) -> int:
    """Number of document members in a zip (for planning); 1 for an unreadable archive."""
    if not_regular(path):
        return 1
    try:
        zf, _ = open_zip(path)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return 1
    with zf:
        return len(_zip_members(zf))


def _zip_members(zf: zipfile.ZipFile) -> list[zipfile.ZipInfo]:
    return [i for i in zf.infolist() if not i.is_dir() and not _member_skipped(i.filename)]


def _zip_name_bytes(info: zipfile.ZipInfo) -> bytes:
    """A zip member name's original bytes (zipfile decodes unflagged names as cp437)."""
    if info.filename.isascii() or info.flag_bits & 0x800:
        return info.filename.encode("utf-8", "surrogatepass")
    return info.filename.encode("cp437")


def _member_source(archive: str, raw_name: bytes) -> Source:
    """The source of a member of the archive whose recorded path is ``archive``: id from its
    readable name, path recording its bytes."""
    return Source(id=doc_id(readable_name(raw_name)),
                  path=f"{archive}::{recorded_name(raw_name)}")


# Zip archives a process keeps open to read ranges of their members (the parts of a pool or
# Dask run): the central directory is read once a process, not once a part, and its members
# kept compactly.
ZIPS_KEPT_OPEN = 2
_open_zips: OrderedDict[tuple, tuple[zipfile.ZipFile, set[int], ZipMembers]] = OrderedDict()


def _kept_open(path: Path) -> tuple[zipfile.ZipFile, set[int], ZipMembers]:
    """This process's open ``ZipFile`` of ``path`` (reopened when the file has changed), its
    bad names and members."""
    st = path.stat()
    key = (str(path), st.st_mtime_ns, st.st_size, os.getpid())
    if key in _open_zips:
        _open_zips.move_to_end(key)
        return _open_zips[key]
    zf, bad_names = open_zip(path)
    members = ZipMembers(_zip_members(zf))
    let_go_of_infos(zf)
    _open_zips[key] = (zf, bad_names, members)
    while len(_open_zips) > ZIPS_KEPT_OPEN:
        _open_zips.popitem(last=False)[1][0].close()
    return _open_zips[key]


def _read_zip(path: Path, max_bytes: int, start: int = 0, stop: int | None = None,
              names_only: bool = False) -> Iterator[Source]:
    """The sources of members ``start:stop`` of a zip. A range (``stop`` given) is read from
    the archive this process keeps open; a whole archive is opened and closed."""
    keep = stop is not None and not names_only
    try:
        if keep:
            zf, bad_names, members = _kept_open(path)
        else:
            zf, bad_names = open_zip(path)
            members = _zip_members(zf)
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        if start == 0:
            yield Source(id=name_id(path.name), path=path_text(path),
                         error=f"corrupt archive: {exc}")
        return
    archive = path_text(path)
    with contextlib.nullcontext() if keep else zf:
        for info in members[start:stop]:
            src = _member_source(archive, _zip_name_bytes(info))
            if names_only:
                yield src
                continue
            if info.header_offset in bad_names:
                yield replace(src, error="bad member name: flagged UTF-8 but holds other bytes")
                continue
            unsafe = _unsafe_name(info.filename)
            if unsafe:
                yield replace(src, error=unsafe)
                continue
            if info.file_size > max_bytes:
                yield replace(src, error=f"oversize: member expands to {info.file_size} bytes "
                                         f"(cap {max_bytes})")
                continue
            try:
                with zf.open(info) as fh:
                    data = fh.read(max_bytes + 1)
            except Exception as exc:  # noqa: BLE001 - bad CRC, zlib error, encryption …
                yield replace(src, error=f"corrupt member: {type(exc).__name__}: {exc}")
                continue
            if len(data) > max_bytes:  # the header lied about the size
                yield replace(src, error=f"oversize: member expands past {max_bytes} bytes")
                continue
            yield _checked(replace(src, data=data), max_bytes)


def _read_tar(path: Path, max_bytes: int) -> Iterator[Source]:
    last = None
    try:
        tf = tarfile.open(path, "r:*")
    except (tarfile.TarError, OSError, EOFError) as exc:
        yield Source(id=name_id(path.name), path=path_text(path),
                     error=f"corrupt archive: {exc}")
        return
    archive = path_text(path)
    try:
        with tf:
            for info in tf:
                last = info.name
                if info.isdir() or _member_skipped(info.name):
                    continue
                src = _member_source(archive, name_bytes(info.name) or
                                     valid_text(info.name).encode("utf-8"))
                unsafe = _unsafe_name(info.name)
                if unsafe:
                    yield replace(src, error=unsafe)
                    continue
                if not info.isfile():
                    yield replace(src, error="unsafe member: link or device, not a regular file")
                    continue
                if info.size > max_bytes:
                    yield replace(src, error=f"oversize: member expands to {info.size} bytes "
                                             f"(cap {max_bytes})")
                    continue
                try:
                    fh = tf.extractfile(info)
                    data = fh.read(max_bytes + 1) if fh else b""
                except Exception as exc:  # noqa: BLE001 - truncated stream
                    yield replace(src, error=f"corrupt member: {type(exc).__name__}: {exc}")
                    return
                yield _checked(replace(src, data=data), max_bytes)
    except (tarfile.TarError, OSError, EOFError, Exception) as exc:  # noqa: BLE001
        where = f" after member {valid_text(last)!r}" if last else ""
        yield Source(id=name_id(path.name), path=f"{path_text(path)}::<rest>",
                     error=f"truncated archive{where}: {type(exc).__name__}: {exc}")


def _pick(row: dict, names: tuple[str, ...]) -> object:
    lower = {str(k).lower(): v for k, v in row.items() if k is not None}
    for n in names:
        if lower.get(n) not in (None, ""):
            return lower[n]
    return None


def _from_row(row: dict, path: Path, n: int, max_bytes: int) -> Source:
    rid = _pick(row, ID_FIELDS)
    url = _pick(row, URL_FIELDS)
    text = _pick(row, TEXT_FIELDS)
    src = Source(id=valid_text(str(rid)) if rid is not None else f"{name_id(path.name)}-{n}",
                 path=f"{path_text(path)}::{n}",
                 url=valid_text(str(url)) if url is not None else None)
    if text is None:
        return replace(src, error="empty: no text/html/body/content field")
    if not isinstance(text, str):
        return replace(src, error=f"bad record: text field is {type(text).__name__}")
    return _checked(replace(src, data=valid_text(text)), max_bytes)


def _read_jsonl(path: Path, max_bytes: int) -> Iterator[Source]:
    try:
        fh = path.open("rb")
    except OSError as exc:
        yield Source(id=name_id(path.name), path=path_text(path), error=f"unreadable: {exc}")
        return
    with fh:
        for n, raw in enumerate(fh, 1):
            if not raw.strip():
                continue
            try:
                obj = json.loads(raw)
            except ValueError as exc:
                yield Source(id=f"{name_id(path.name)}-{n}", path=f"{path_text(path)}::{n}",
                             error=f"bad JSON line: {valid_text(str(exc))}")
                continue
            except RecursionError:
                yield Source(id=f"{name_id(path.name)}-{n}", path=f"{path_text(path)}::{n}",
                             error="bad JSON line: nested too deeply")
                continue
            if not isinstance(obj, dict):
                yield Source(id=f"{name_id(path.name)}-{n}", path=f"{path_text(path)}::{n}",
                             error="bad JSON line: not an object")
                continue
            yield _from_row(obj, path, n, max_bytes)


CSV_DELIMITERS = ",;\t|"


def _csv_encoding(path: Path) -> str:
    """UTF-16 for a file that starts with a UTF-16 BOM (spreadsheet "Unicode text"), else
    UTF-8 with or without its BOM."""
    with path.open("rb") as fh:
        head = fh.read(2)
    return "utf-16" if head in (b"\xff\xfe", b"\xfe\xff") else "utf-8-sig"


def _csv_delimiter(header_line: str) -> str:
    """The delimiter of a CSV file: the candidate (``,`` ``;`` tab ``|``) its header line
    uses most (a comma when it has none)."""
    counts = {d: header_line.count(d) for d in CSV_DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def _read_csv(path: Path, max_bytes: int) -> Iterator[Source]:
    csv.field_size_limit(min(sys.maxsize, 2**31 - 1))
    try:
        fh = path.open(encoding=_csv_encoding(path), errors="replace", newline="")
    except OSError as exc:
        yield Source(id=name_id(path.name), path=path_text(path), error=f"unreadable: {exc}")
        return
    with fh:
        delimiter = _csv_delimiter(fh.readline())
        fh.seek(0)
        reader = csv.DictReader(fh, delimiter=delimiter)
        reader.fieldnames = [str(h).strip().lstrip("\ufeff") for h in reader.fieldnames or []]
        header = [h.lower() for h in reader.fieldnames]
        if not any(f in header for f in TEXT_FIELDS):
            shown = ", ".join(reader.fieldnames[:8]) or "none"
            yield Source(id=name_id(path.name), path=path_text(path),
                         error=f"bad CSV: no text, html, body or content column "
                               f"(columns: {shown})")
            return
        try:
            for n, row in enumerate(reader, 1):
                yield _from_row(row, path, n, max_bytes)
        except csv.Error as exc:
            yield Source(id=f"{name_id(path.name)}-rest", path=f"{path_text(path)}::<rest>",
                         error=f"bad CSV: {exc}")


def plan(paths: Iterable[str | os.PathLike[str]], docs_per_part: int = 64,
         notes: Counter | None = None) -> list[Part]:
    """Cut the inputs into parts of about ``docs_per_part`` documents for distributed runs."""
    parts: list[Part] = []
    files: list[tuple[str, str, int, int]] = []

    def flush() -> None:
        if files:
            parts.append(Part(len(parts), tuple(files)))
            files.clear()

    for path in expand(paths, notes):
        kind = "missing" if not_regular(path) else kind_of(path)
        if kind == "file" or kind == "missing":
            files.append((kind, str(path), 0, 1))
            if len(files) >= docs_per_part:
                flush()
            continue
        flush()
        if kind == "zip":
            n = zip_count(path)
            for s in range(0, max(n, 1), docs_per_part):
                parts.append(Part(len(parts), (("zip", str(path), s, s + docs_per_part),)))
        else:
            parts.append(Part(len(parts), ((kind, str(path), 0, -1),)))
    flush()
    return parts


def with_unique_ids(parts: list[Part], *, max_bytes: int = MAX_BYTES, skip: int = 0
                    ) -> tuple[list[Part], Listing]:
    """The parts, each carrying its input position and the run-unique ids of its sources
    that differ from their own (a first pass over the inputs' names, as
    :func:`list_sources` makes), without the sources before input number ``skip``; and the listing."""
    offsets: list[int] = []
    keys: list[tuple[str, str]] = []
    zip_names: dict[str, list[tuple[str, str]]] = {}  # the current zip's, listed once
    for part in parts:
        offsets.append(len(keys))
        for kind, path, start, stop in part.items:
            if kind == "zip":
                if path not in zip_names:
                    zip_names = {path: [(s.id, s.path) for s in
                                        _read_zip(Path(path), max_bytes, names_only=True)]}
                keys += zip_names[path][start:stop]
            else:
                keys += [(s.id, s.path) for s in
                         read_file(Path(path), max_bytes=max_bytes, names_only=True)]
    renamed = unique_ids(keys)
    bounds = offsets + [len(keys)]
    out = []
    for n, p in enumerate(parts):
        if bounds[n + 1] <= skip:
            continue  # analysed by the run this one resumes
        out.append(replace(p, first=bounds[n], start_at=max(0, skip - bounds[n]),
                           ids=tuple((i - bounds[n], renamed[i])
                                     for i in range(bounds[n], bounds[n + 1]) if i in renamed)))
    return out, Listing(keys, renamed)


def read_part(part: Part, *, max_bytes: int = MAX_BYTES) -> Iterator[Source]:
    """The sources of one part, in order (with the run-unique ids the part carries)."""
    renamed = dict(part.ids)
    for i, src in enumerate(_read_part_raw(part, max_bytes)):
        if i >= part.start_at:
            yield replace(src, id=renamed[i]) if i in renamed else src


def _read_part_raw(part: Part, max_bytes: int, names_only: bool = False) -> Iterator[Source]:
    for kind, path, start, stop in part.items:
        if kind == "zip":
            yield from _read_zip(Path(path), max_bytes, start, stop, names_only)
        else:
            yield from read_file(Path(path), max_bytes=max_bytes, names_only=names_only)


__all__ = ["Source", "Part", "MAX_BYTES", "doc_id", "expand", "exists", "iter_sources",
           "read_file", "looks_binary", "plan", "read_part", "with_unique_ids",
           "Listing", "list_sources"]
