"""bytes → text: encodings (``decode``), HTML → text blocks (``html``); archives live in
``read.archives``.

    from pressnlp.read import decode_bytes, html_to_blocks, read_page
    page = read_page(raw_bytes)            # → Page(text, encoding, html)
"""

from __future__ import annotations

from dataclasses import dataclass

from .decode import Decoded, decode_bytes, detect_encoding, looks_binary, normalize_encoding
from .html import HtmlPage, html_to_blocks, looks_like_html, strip_tags


@dataclass(frozen=True)
class Page:
    """A page as text: one block a line; ``html`` holds the title/meta evidence of HTML input."""

    text: str
    encoding: str | None = None
    html: HtmlPage | None = None


def read_page(source: bytes | str, *, encoding: str | None = None) -> Page:
    """Decode ``source`` (bytes or text) and flatten HTML into block lines. Never raises."""
    if isinstance(source, bytes):
        decoded = decode_bytes(source, encoding)
        text, enc = decoded.text, decoded.encoding
    else:
        text, enc = source, encoding
    if text.startswith("\ufeff"):
        text = text[1:]
    if looks_like_html(text):
        html = html_to_blocks(text)
        return Page("\n".join(html.blocks), enc, html)
    if "<" in text or "&" in text:  # stray tags and entities of a text scrape
        text = "\n".join(strip_tags(ln) for ln in text.split("\n"))
    return Page(text, enc)


__all__ = ["Decoded", "HtmlPage", "Page", "decode_bytes", "detect_encoding", "html_to_blocks",
           "looks_binary", "looks_like_html", "normalize_encoding", "read_page", "strip_tags"]
