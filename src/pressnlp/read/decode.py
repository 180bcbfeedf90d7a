"""bytes → text: BOMs, a declared or ``<meta charset>`` encoding, UTF-8, then charset-normalizer.

Chinese pages declare ``gb2312`` or ``gbk`` while holding GB18030 characters, and ``big5``
while holding HKSCS / CP950 extensions, so declared names are widened to their supersets.
Decoding never raises: undecodable bytes become U+FFFD, and ``Decoded.replaced`` counts them.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

from charset_normalizer import from_bytes

# declared name → the superset codec actually used
_WIDEN = {
    "gb2312": "gb18030", "gbk": "gb18030", "gb18030": "gb18030", "x-gbk": "gb18030",
    "euc-cn": "gb18030", "cp936": "gb18030", "hz-gb-2312": "gb18030",
    "big5": "cp950", "big5-hkscs": "big5hkscs", "x-x-big5": "cp950", "cp950": "cp950",
    "utf8": "utf-8", "utf-8": "utf-8", "unicode": "utf-8",
    "ascii": "utf-8", "us-ascii": "utf-8",
    "iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252",
}
_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32-le"), (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_\-:.]{2,30})""", re.I)
_SNIFF = 4096  # bytes searched for <meta charset>
_DETECT = 65536  # bytes handed to charset-normalizer (large files are sampled)


@dataclass(frozen=True)
class Decoded:
    """Decoded text, the codec used, and how many characters had to be replaced."""

    text: str
    encoding: str
    replaced: int = 0


def normalize_encoding(name: str | None) -> str | None:
    """A codec name Python knows, widened to the superset (gb2312 → gb18030, big5 → cp950)."""
    if not name:
        return None
    key = name.strip().strip("\"'").lower().replace("_", "-")
    key = _WIDEN.get(key, key)
    try:
        return codecs.lookup(key).name if key not in _WIDEN.values() else key
    except LookupError:
        return None


def sniff_html_charset(data: bytes) -> str | None:
    """The charset declared in a ``<meta>`` tag near the start of ``data``."""
    m = _META_CHARSET.search(data[:_SNIFF])
    return normalize_encoding(m.group(1).decode("ascii", "ignore")) if m else None


def _bom(data: bytes) -> tuple[str, int] | None:
    for bom, enc in _BOMS:
        if data.startswith(bom):
            return enc, len(bom)
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    """UTF-16 text without a BOM shows NUL in every other byte of ASCII-heavy text."""
    sample = data[:2000]
    if len(sample) < 4 or b"\x00" not in sample:
        return None  # (either way below needs NUL bytes in 30 % of the pairs)
    evens, odds = sample[0::2], sample[1::2]
    even, odd = evens.count(0), odds.count(0)
    half = len(sample) / 2

    def texty(side: bytes) -> bool:  # the other byte of each pair: letters, not control bytes
        return sum(1 for b in side if b < 32 and b not in (9, 10, 13)) < 0.05 * len(side)

    if odd > 0.3 * half and even < 0.05 * half and texty(evens):
        return "utf-16-le"
    if even > 0.3 * half and odd < 0.05 * half and texty(odds):
        return "utf-16-be"
    return None


def _decode(data: bytes, encoding: str) -> Decoded:
    text = data.decode(encoding, errors="replace")
    return Decoded(text, encoding, text.count("\ufffd"))


def _strict(data: bytes, encoding: str) -> Decoded | None:
    try:
        return Decoded(data.decode(encoding), encoding, 0)
    except (UnicodeDecodeError, LookupError):
        return None


def detect_encoding(data: bytes) -> str | None:
    """charset-normalizer's best guess for (a sample of) ``data``; None when it has none."""
    sample = data[:_DETECT]
    if len(data) > _DETECT:  # do not cut a multi-byte character in half
        cut = sample.rfind(b"\n")
        sample = sample[:cut] if cut > _DETECT // 2 else sample
    try:
        best = from_bytes(sample, cp_isolation=None).best()
    except Exception:  # noqa: BLE001 - a detector failure must not stop reading
        return None
    return normalize_encoding(best.encoding) if best is not None else None


def decode_bytes(data: bytes, declared: str | None = None) -> Decoded:
    """Decode page bytes: BOM → declared/meta charset → UTF-8 → charset-normalizer.

    A declared encoding (the caller's, or a ``<meta charset>``) is used when the bytes decode
    cleanly with it (widened to its superset); otherwise detection decides. Never raises.
    """
    if not data:
        return Decoded("", normalize_encoding(declared) or "utf-8")
    bom = _bom(data)
    if bom:
        return _decode(data[bom[1]:], bom[0])
    utf16 = _utf16_without_bom(data)
    if utf16:
        return _decode(data, utf16)
    # UTF-8 first after the caller's choice: it rarely validates by accident, while GB18030
    # decodes almost any bytes into mojibake.
    candidates = [normalize_encoding(declared), "utf-8", sniff_html_charset(data)]
    for enc in dict.fromkeys(c for c in candidates if c):
        ok = _strict(data, enc)
        if ok is not None:
            return ok
    guess = detect_encoding(data)
    if guess:
        ok = _strict(data, guess)
        if ok is not None:
            return ok
    # mixed or broken bytes: take the decoding that loses the fewest characters
    tries = [_decode(data, enc) for enc in dict.fromkeys(
        c for c in (*candidates, guess, "gb18030", "cp950") if c)]
    return min(tries, key=lambda d: d.replaced)


_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_text(text: str) -> str:
    """``text`` with every lone surrogate (``\\ud800`` from JSON, an undecodable byte kept by
    ``surrogateescape``) replaced by U+FFFD, so that any UTF-8 writer accepts it."""
    return _SURROGATE.sub("\ufffd", text) if _SURROGATE.search(text) else text


def name_bytes(name: str) -> bytes | None:
    """The original bytes of a name decoded with ``surrogateescape`` (file system and tar
    names), or None when it holds surrogates that no byte produced."""
    try:
        return name.encode("utf-8", "surrogateescape")
    except UnicodeEncodeError:
        return None


def readable_name(raw: bytes) -> str:
    """A file or member name's bytes as text: UTF-8, else GB18030 (names in Chinese archives
    are often GBK), else UTF-8 with U+FFFD for the bytes that do not decode."""
    for enc in ("utf-8", "gb18030"):
        try:
            return raw.decode(enc)
        except UnicodeDecodeError:
            continue
    return raw.decode("utf-8", "replace")


def recorded_name(raw: bytes) -> str:
    """A name's bytes for the record: each ``/``-separated part that is UTF-8 as is, each other
    part with its non-ASCII bytes as ``\\xNN`` (so the original bytes of a GBK or Latin-1
    name can be recovered from the ``path`` column)."""
    return "/".join(_recorded_part(part) for part in raw.split(b"/"))


def _recorded_part(raw: bytes) -> str:
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return "".join(chr(b) if b < 0x80 else f"\\x{b:02x}" for b in raw)


def looks_binary(data: bytes) -> bool:
    """True for bytes that are no text page: NUL bytes or many control bytes (UTF-16 aside)."""
    sample = data[:8192]
    if not sample or _bom(sample) or _utf16_without_bom(sample):
        return False
    if b"\x00" in sample:
        return True
    control = len(sample.translate(None, _NOT_CONTROL))  # the control bytes left
    return control > 0.05 * len(sample)


# every byte but the control bytes of binary data (tab, newlines, form feed and ESC are text)
_NOT_CONTROL = bytes(b for b in range(256) if not (b < 32 and b not in (9, 10, 12, 13, 27)))


__all__ = ["Decoded", "decode_bytes", "detect_encoding", "looks_binary", "name_bytes",
           "normalize_encoding", "readable_name", "recorded_name", "sniff_html_charset",
           "valid_text"]
