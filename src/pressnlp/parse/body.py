"""Page lines → header block, title, body paragraphs and the furniture around them.

The layouts of GENRE.md §1.1 share one shape: furniture, a title next to a meta line (before
it on most sites, after it on wire releases), the body, then tail furniture (bylines, editor
lines, related links, footer). Footers may come first (layout C). The body keeps datelines and
sub-heads and drops captions, image names, widgets, and on bilingual pages caption pairs and the
second-language title (layouts C, D).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from .dates import find_date
from .furniture import STOP_CLASSES, LineInfo, is_paragraph, is_teaser
from .header import HEADER_FIELDS
from .language import paragraph_lang

if TYPE_CHECKING:
    from .grammar import ParseGrammar

_HEADER_EXTRA = frozenset({"meta", "widget", "tool", "crawler", "today"})
_DROP = frozenset({"nav", "breadcrumb", "widget", "caption", "url", "crawler", "today"})
_TAIL_FIELDS = frozenset({"source", "editor", "author"})
MAX_TITLE = 250  # characters; long official titles run to about 200
_TITLE_SCAN = 80  # lines: with no meta line the headline is near the top of the page


@dataclass
class Segments:
    """Indices into the page lines: header block, title, body and everything else."""

    header: list[int] = field(default_factory=list)
    title: int | None = None
    body: list[int] = field(default_factory=list)
    tail: list[int] = field(default_factory=list)  # lines after the body (bylines, footer …)
    dropped: list[int] = field(default_factory=list)  # furniture removed inside the body
    alt_titles: list[int] = field(default_factory=list)


def _is_header_meta(info: LineInfo) -> bool:
    if info.cls != "meta":
        return False
    if info.agency or info.date:
        return True
    return any(lb.field in HEADER_FIELDS for lb in info.labels)


def _title_like(info: LineInfo) -> bool:
    return info.cls == "text" and not is_paragraph(info.text) and len(info.text) <= MAX_TITLE


_FUNCTION_WORD = re.compile(r"\s(?:of|in|to|for|and|with|on|at|from|by|as)\s")
_MENU_SEPARATOR = re.compile(r"[|│｜/•·>»›]|\s{2,}|\u3000")


def _title_shaped(text: str) -> bool:
    """A line the menu classifier took that reads like a headline: one phrase, no separators,
    English with a function word (``Consulates General Visit Sister Cities in Spring``) or
    Chinese of headline length."""
    if _MENU_SEPARATOR.search(text) or len(text) > MAX_TITLE:
        return False
    if paragraph_lang(text) == "zh":
        return len(text.replace(" ", "")) >= 10
    return len(text.split()) >= 4 and bool(_FUNCTION_WORD.search(f" {text} "))


_DECK_DASH = re.compile(r"^\s*(?:——|—|--|－－)")
_MINOR_WORD = frozenset("a an and as at by for from in of on or the to with vs via".split())


def _title_case(text: str) -> bool:
    words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", text) if w.lower() not in _MINOR_WORD]
    return len(words) >= 3 and sum(w[0].isupper() for w in words) >= 0.8 * len(words)


def _is_deck(headline: LineInfo, line: LineInfo) -> bool:
    """``line`` is the deck (副题) printed under ``headline``: it opens with a dash
    (``——X与Y举办…``), or a longer sentence-case line under a Title Case English headline."""
    if not (_title_like(headline) and _title_like(line)):
        return False
    if _DECK_DASH.match(line.text):
        return not _DECK_DASH.match(headline.text)
    return paragraph_lang(line.text) == paragraph_lang(headline.text) == "en" and _title_case(
        headline.text) and not _title_case(line.text) and len(line.text) > len(headline.text)


def _headline_of(infos: list[LineInfo], i: int) -> int:
    """The headline of title line ``i``: the line above when ``i`` is its deck."""
    return i - 1 if i > 0 and _is_deck(infos[i - 1], infos[i]) else i


def find_header(infos: list[LineInfo]) -> list[int]:
    """The main meta line and the meta/widget lines around it, before the first paragraph."""
    first_para = next((i for i, x in enumerate(infos)
                       if x.cls == "text" and is_paragraph(x.text)), len(infos))
    main = next((i for i, x in enumerate(infos[:first_para]) if _is_header_meta(x)), None)
    if main is None:
        return []
    block = [main]
    i = main + 1
    while i < len(infos):
        x = infos[i]
        prev = infos[i - 1]
        if x.cls in _HEADER_EXTRA:
            block.append(i)
        elif prev.cls == "meta" and prev.labels and prev.labels[0].label == prev.text \
                and x.cls not in ("footer", "related") and not is_paragraph(x.text):
            block.append(i)  # "News provided by" ⏎ <organisation>
        else:
            break
        i += 1
    return block


def find_title(infos: list[LineInfo], header: list[int]) -> int | None:
    """The title line: next to the header (before it, else after it), else the first title-like
    line of the page."""
    if header:
        for i in range(header[0] - 1, max(header[0] - 4, -1), -1):
            x = infos[i]
            if x.cls == "text":
                return _headline_of(infos, i) if len(x.text) <= MAX_TITLE else None
            if i == header[0] - 1 and x.cls == "nav" and _title_shaped(x.text):
                return i  # a headline made of menu words, right on top of its meta line
            if x.cls not in ("widget", "tool", "crawler", "today", "caption", "meta", "spam",
                             "debris", "byline", "section"):
                break
        after = header[-1] + 1
        for i in range(after, min(after + 3, len(infos))):
            if _title_like(infos[i]) or (i == after and infos[i].cls == "nav"
                                         and _title_shaped(infos[i].text)):
                return i
            if infos[i].cls == "text":
                return None
        return None
    # no meta line: the last title-like line before the first paragraph (banners, widget
    # lines and a section name come before the headline)
    title = None
    for i, x in enumerate(infos[:_TITLE_SCAN]):
        if x.cls == "text":
            if not _title_like(x):
                break
            title = i
        elif x.cls in STOP_CLASSES - {"tool"}:
            break
    return None if title is None else _headline_of(infos, title)


def _caption_pairs(infos: list[LineInfo], idx: list[int]) -> set[int]:
    """Short unpunctuated lines in two languages side by side: a bilingual photo caption."""
    out: set[int] = set()
    for a, b in zip(idx, idx[1:]):
        xa, xb = infos[a], infos[b]
        if b == a + 1 and _title_like(xa) and _title_like(xb) and \
                paragraph_lang(xa.text) != paragraph_lang(xb.text):
            out.update((a, b))
    return out


def _alt_titles(infos: list[LineInfo], idx: list[int], skip: set[int]) -> set[int]:
    """A title-like line where the body switches language: the translation's own title (D)."""
    out: set[int] = set()
    kept = [i for i in idx if i not in skip]
    for k in range(1, len(kept) - 1):
        x = infos[kept[k]]
        if not _title_like(x):
            continue
        before, after = infos[kept[k - 1]], infos[kept[k + 1]]
        lang = paragraph_lang(x.text)
        if is_paragraph(before.text) and is_paragraph(after.text) and \
                paragraph_lang(before.text) != lang == paragraph_lang(after.text):
            out.add(kept[k])
    return out


def segment(infos: list[LineInfo], pg: ParseGrammar, title_text: str | None = None) -> Segments:
    """Split classified lines into header, title, body and furniture."""
    seg = Segments()
    seg.header = find_header(infos)
    seg.title = find_title(infos, seg.header)
    if title_text and seg.title is None:  # an HTML <title>/ArticleTitle names the title line
        seg.title = _line_matching(infos, title_text)
    start = max([*seg.header, seg.title if seg.title is not None else -1]) + 1
    title = infos[seg.title].text if seg.title is not None else None
    # skip repeated titles, decks and furniture until the first paragraph
    i = start
    while i < len(infos):
        x = infos[i]
        if x.cls == "text" and is_paragraph(x.text) and x.text != title:
            break
        if x.cls in STOP_CLASSES - {"tool"} and i > start:
            break
        seg.dropped.append(i)
        i += 1
    body: list[int] = []
    seen_para = False
    for j in range(i, len(infos)):
        x = infos[j]
        cls = x.cls
        if cls == "meta" and not x.agency and not any(lb.field in _TAIL_FIELDS for lb in x.labels):
            cls = "text"  # a date-only line inside the body (a notice's date under its signature)
        if cls == "related" or (cls in STOP_CLASSES or cls == "meta") and seen_para:
            seg.tail = list(range(j, len(infos)))
            break
        if cls == "text":
            body.append(j)
            seen_para = seen_para or is_paragraph(x.text)
        else:
            seg.dropped.append(j)
    # trailing short unpunctuated lines are menus, not body (a closing date line stays) —
    # unless the page is cut off in the middle of the body
    cut_off = not seg.tail and _cut_off_paragraph(infos, body)
    while body and not cut_off and not is_paragraph(infos[body[-1]].text) \
            and not _is_date_line(infos[body[-1]].text, pg):
        seg.dropped.append(body.pop())
    pairs = _caption_pairs(infos, body)
    alts = _alt_titles(infos, body, pairs)
    seg.alt_titles = sorted(alts)
    seg.dropped += sorted(pairs | alts)
    seg.body = [j for j in body if j not in pairs and j not in alts]
    return seg


def _is_date_line(text: str, pg: ParseGrammar) -> bool:
    """A line that is one full date and nothing else (``2023年5月31日`` under a signature)."""
    text = text.strip()
    found = find_date(text, pg.dates)
    return found is not None and found[1] == 0 and found[2] == len(text)


def _cut_off_paragraph(infos: list[LineInfo], body: list[int]) -> bool:
    """The page ends one or two lines right after a paragraph (the paragraph cut by an excerpt
    limit, maybe under its sub-head), with no furniture in between."""
    if not body or body[-1] != len(infos) - 1:
        return False
    for back in (2, 3):
        if len(body) >= back and body[-back] == body[-1] - back + 1 and is_paragraph(
                infos[body[-back]].text):
            return True
    return False


def _line_matching(infos: list[LineInfo], title: str) -> int | None:
    t = re.sub(r"\s+", " ", title).strip()
    for i, x in enumerate(infos):
        if x.cls == "text" and (x.text == t or (len(x.text) >= 8 and t.startswith(x.text))):
            return i
    return None


def teaser_count(infos: list[LineInfo], pg: ParseGrammar) -> int:
    """Truncated leads (list pages) and title + date rows of a list."""
    n = 0
    for x in infos:
        if x.cls == "text" and is_teaser(x.text, pg):
            n += 1
    return n


def dated_rows(infos: list[LineInfo], pg: ParseGrammar) -> int:
    """Lines ending in a date after a headline (``标题 2025-01-24``) or bare dates in a run."""
    n = 0
    for x in infos:
        if x.cls == "text":
            found = find_date(x.text, pg.dates)
            if found and found[2] >= len(x.text) - 1 and found[1] > 5:
                n += 1
    return n


__all__ = ["Segments", "segment", "find_header", "find_title", "teaser_count", "dated_rows"]
