"""Page kind: release, list (layout M), static (N) or document (L) — GENRE.md §1.1."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..script import cjk_share
from .body import Segments, dated_rows, teaser_count
from .furniture import LineInfo, is_paragraph
from .header import Label, is_document_header

if TYPE_CHECKING:
    from .grammar import ParseGrammar

_LIST_SCAN = 400  # lines: the rows of a news list start near the top of the page
_NUMBERED = re.compile(r"^\s*(?:\d{1,2}\s*[.、．)]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}\s*、|"
                       r"[（(][一二三四五六七八九十]{1,3}[)）])\s*\S")


def page_kind(infos: list[LineInfo], pg: ParseGrammar, seg: Segments, header_labels: list[Label],
              title: str | None, paragraphs: list[str]) -> str:
    """``document`` for 信息公开 pages, ``list`` for teaser lists, ``static`` for duty lists
    and disclaimers under a release-like header, else ``release``."""
    if is_document_header(header_labels, pg):
        return "document"
    if teaser_count(infos, pg) >= 3:
        return "list"
    if not seg.header or any(x.cls == "pagination" for x in infos):
        bare_dates = sum(1 for x in infos if x.cls == "meta" and x.date and not x.labels)
        if bare_dates >= 3 or dated_rows(infos, pg) >= 3:  # (a date search per line: last)
            return "list"
    if not seg.header and _headline_teaser_pairs(infos) >= 4:
        return "list"  # headline ⏎ lead, headline ⏎ lead … with no meta line of its own
    mk = pg.markers
    if title and mk.document_titles.search(title.strip()):
        return "document"  # 关于…的通知
    if title and title.strip().strip(":：").lower() in mk.static_titles:
        return "static"
    numbered = sum(1 for p in paragraphs if _NUMBERED.match(p))
    if numbered >= 3 and numbered >= 0.5 * len(paragraphs):
        return "static"
    duties = sum(1 for p in paragraphs if p.startswith(mk.duty_openers))
    if not seg.header and duties >= 3 and duties >= 0.6 * len(paragraphs):
        return "static"
    return "release"


def _headline_teaser_pairs(infos: list[LineInfo]) -> int:
    """Headline-shaped lines each followed by a paragraph: the rows of a news list."""
    top = infos[:_LIST_SCAN]
    return sum(1 for a, b in zip(top, top[1:])
               if a.cls == "text" and b.cls == "text" and is_paragraph(b.text)
               and not is_paragraph(a.text) and _headline_shaped(a.text))


def _headline_shaped(text: str) -> bool:
    """A headline of some length, not a numbered sub-head (一、基本原则)."""
    if _NUMBERED.match(text):
        return False
    return len(text.split()) >= 4 if cjk_share(text) <= 0.5 else len(text) >= 8


__all__ = ["page_kind"]
