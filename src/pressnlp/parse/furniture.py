"""A line-level furniture classifier (GENRE.md §1.2, §1.4); markers are data (``furniture.yaml``).

``classify_line`` names what a line of a page is: ``meta`` (header labels), ``nav``,
``breadcrumb``, ``widget``, ``tool``, ``today``, ``crawler``, ``url``, ``related``, ``end``,
``caption``, ``byline``, ``reprint``, ``footer``, ``pagination`` — or ``text`` (a title, body
paragraph or sub-head candidate); ``spam`` and ``debris`` are mirror noise (SEO spam, script
and markup leftovers, mojibake, empty table pipes). Line shape counts as much as keywords: short menu tokens
separated by spaces or ``|``, label-value lines, parenthesised short lines.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterator

from .. import regexcache
from ..lexicon import Lexicon
from ..script import cjk_share
from ..textutil import AnyOf, alternation, word_trie
from .dates import crawler_date, crawler_prefix_end, find_date
from .header import (HEADER_FIELDS, Label, agency_line, date_only, dateline_facts, find_labels,
                     find_zh_dateline, issue_line_source, next_line_field,
                     published_line, source_date_line)

if TYPE_CHECKING:
    from .grammar import ParseGrammar

STOP_CLASSES = frozenset({"related", "end", "footer", "reprint", "pagination", "byline", "tool"})
_CJK = re.compile(r"[\u3400-\u9fff]")
_ASCII_LETTER = re.compile(r"[a-z]")
# a sentence ends in . ! ? … ; : (any script), maybe inside closing quotes or brackets; a line
# that merely ends in a quote or bracket ("… Themed \"Foundation Consolidation\"") is a title
_SENTENCE_END = re.compile(r"[。！？!?；;.…：:][\"”’'」』）)\]】]*(?:\s*■)?$")  # ■ ends a story
# (three letters before the stop are enough: ``{3,}`` would rescan long letter runs)
_INNER_SENTENCE = re.compile(r"[a-z]{3}[.!?][\"”’)]?\s+[A-Z\"“]|[。！？](?=.)")
_SENTENCE_PUNCT = re.compile(r"[。！？，、；,;!?]|\.\s|\.$")
_URL_LINE = re.compile(
    r"^(?:https?://)?(?:[A-Za-z0-9-]+\.)+[A-Za-z]{2,}(?::\d+)?/[^\s]*$|^https?://\S+$")
_PARENS = re.compile(r"^[（(\[【][^（）()\[\]【】]{1,80}[）)\]】]$")
_NUMBERED = re.compile(r"^[（(]?(?:\d{1,2}|[一二三四五六七八九十]{1,3})[)）]?$")
_SCAN = 300  # characters of a line checked for spam and mojibake
# a word of a tool or end-marker line: a run between brackets, bars, bullets, colons and spaces
_WORD = re.compile(r"[^【】〖〗\[\]（）()<>《》「」\s\u3000|｜│•·:：]+")
_PIPE = re.compile(r"[|│｜]")
_BREADCRUMB_CHAIN = re.compile(r"[>»›/]|首页|首頁|Home", re.I)
_ZH_TOKEN_SEP = re.compile(r"[\s\u3000]+")
_ZH_MENU_PUNCT = re.compile(r"[，。、：；！？\d]")
_BYLINE_STOP = re.compile(r"[。!?！？]|\.(?:\s|[)）]$)")
_TAG_BAR = re.compile(r"[|｜│]\s*$")
_CACHED_LINE = 300  # lines up to this length are memoised (menus, footers repeat across pages)


@dataclass(frozen=True, eq=False)  # compared and hashed by identity: one per lexicon
class Markers:
    nav_words: frozenset[str]
    nav_patterns: AnyOf  # whole-line forms
    nav_seps: re.Pattern[str]
    breadcrumb_cues: tuple[str, ...]
    breadcrumb: AnyOf
    long_breadcrumb: AnyOf
    today: tuple[str, ...]
    widgets: re.Pattern[str]
    tools: frozenset[str]
    counters: tuple[str, ...]
    related: frozenset[str]
    end_markers: frozenset[str]
    longest_end_marker: int
    caption_cues: re.Pattern[str]
    caption_prefixes: tuple[str, ...]
    caption: AnyOf
    reprint: AnyOf  # reprint words and reprint patterns
    footer: re.Pattern[str]
    footer_label: re.Pattern[str]
    pagination: AnyOf
    teaser_ends: tuple[str, ...]
    static_titles: frozenset[str]
    document_titles: AnyOf
    duty_openers: tuple[str, ...]
    reporter_cues: re.Pattern[str]
    byline: AnyOf
    spam: re.Pattern[str]
    debris: AnyOf
    mojibake: re.Pattern[str]

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> Markers:
        return _markers(lexicon)


def _any(items: list[str], flags: int = 0) -> re.Pattern[str]:
    """One pattern finding any of ``items`` as a substring."""
    return regexcache.compile(alternation(items), flags)


def _low(items: list[str]) -> frozenset[str]:
    return frozenset(str(x).strip().lower() for x in items)


def _gated(d: dict, key: str) -> list[tuple[list[str], list[str]]]:
    """The (gate strings, patterns) pairs of a ``*_gated_patterns`` list."""
    return [([str(g) for g in row["gate"]], row["patterns"]) for row in d.get(key, [])]


def _markers(lexicon: Lexicon) -> Markers:
    d = lexicon.yaml("furniture.yaml")
    seps = "".join(re.escape(s) for s in d["nav_separators"])
    labels = alternation(d["footer_labels"])
    return Markers(
        nav_words=_low(d["nav_words"]),
        nav_patterns=AnyOf(d.get("nav_patterns", [])),
        nav_seps=regexcache.compile(rf"\s*[{seps}]\s*|\s+"),
        breadcrumb_cues=tuple(d["breadcrumb_cues"]),
        breadcrumb=AnyOf(d["breadcrumb_patterns"]),
        long_breadcrumb=AnyOf(d.get("long_breadcrumb_patterns", [])),
        today=tuple(d["today"]),
        widgets=_any(d["widgets"]),
        tools=_low(d["tool_lines"]),
        counters=tuple(d["counters"]),
        related=_low(d["related"]),
        end_markers=_low(d["end_markers"]),
        longest_end_marker=max(map(len, _low(d["end_markers"])), default=0),
        caption_cues=_any(d["caption_cues"]),
        caption_prefixes=tuple(d.get("caption_prefixes", [])),
        caption=AnyOf(d["caption_patterns"], re.I, _gated(d, "caption_gated_patterns")),
        reprint=AnyOf([alternation(d["reprint"]), *d.get("reprint_patterns", [])]),
        footer=_any(d["footer"]),
        footer_label=regexcache.compile(rf"^(?:{labels})\s*[:：]", re.I),
        pagination=AnyOf(d["pagination_patterns"]),
        teaser_ends=tuple(d["teaser_ends"]),
        static_titles=_low(d["static_titles"]),
        document_titles=AnyOf(d.get("document_title_patterns", [])),
        duty_openers=tuple(d.get("duty_openers", [])),
        reporter_cues=_any(d["reporter_cues"]),
        byline=AnyOf(d.get("byline_patterns", [])),
        spam=regexcache.compile(word_trie(str(w).lower() for w in d.get("spam_words", [])) or "\x00"),
        debris=AnyOf(d.get("debris_patterns", []), gated=_gated(d, "debris_gated_patterns")),
        mojibake=regexcache.compile("[" + re.escape(d.get("mojibake_chars", "")) + "]"
                                    if d.get("mojibake_chars") else "(?!)"),
    )



@dataclass(frozen=True)
class LineInfo:
    """A page line with its class and, for label lines, the labels found in it."""

    text: str
    cls: str
    labels: tuple[Label, ...] = ()
    date: str | None = None  # ISO date of a bare-date or agency line
    agency: str | None = None


@functools.lru_cache(maxsize=8192)
def is_paragraph(text: str) -> bool:
    """A sentence-like line: ends like a sentence, or is long."""
    cjk = cjk_share(text) > 0.5
    if len(text) >= (70 if cjk else 250):
        return True
    if _SENTENCE_END.search(text):
        return len(text) >= (8 if cjk else 25)
    # no final stop (a scrape cut it off): a sentence break inside, or many commas
    if len(text) >= (20 if cjk else 80) and _INNER_SENTENCE.search(text):
        return True
    return cjk and len(text) >= 30 and text.count("，") + text.count(",") >= 3


def is_nav(text: str, pg: ParseGrammar) -> bool:
    """A menu line: short tokens split by |, │ or spaces, mostly menu words, no sentences."""
    mk = pg.markers
    low = text.strip().lower().rstrip(":：")
    if low in mk.nav_words or mk.nav_patterns.match(text):
        return True
    piped = "|" in text or "│" in text or "｜" in text  # (quicker than a search with _PIPE)
    if not piped and _SENTENCE_PUNCT.search(text):
        return False
    if piped:
        parts = [p.strip() for p in _PIPE.split(text) if p.strip()]
        if parts and max(len(p) for p in parts) <= 30 and len(_PIPE.findall(text)) >= 2:
            return True
    if _CJK.search(text):
        if _ZH_MENU_PUNCT.search(text):
            return False
        toks = [t for t in _ZH_TOKEN_SEP.split(text) if t]
        return len(toks) >= 3 and max(len(t) for t in toks) <= 14
    # Latin: greedy cover of the words by menu phrases
    words = [w.strip(":：") for w in text.split() if w.strip(":：|│｜/•·")]
    if len(words) < 2 or len(words) > 40:
        return False
    covered, i = 0, 0
    while i < len(words):
        for n in range(min(4, len(words) - i), 0, -1):
            if " ".join(words[i:i + n]).lower() in mk.nav_words:
                covered += n
                i += n
                break
        else:
            i += 1
    return covered >= 2 and covered >= 0.6 * len(words)


def is_breadcrumb(text: str, pg: ParseGrammar) -> bool:
    """A "you are here" chain."""
    mk = pg.markers
    if len(text) > 120:
        return len(text) <= 400 and bool(mk.long_breadcrumb.match(text)) and not \
            _SENTENCE_END.search(text)
    stripped = text.lstrip()
    if stripped.startswith(mk.breadcrumb_cues) and _BREADCRUMB_CHAIN.search(text):
        return True
    return mk.breadcrumb.search(text) and not _SENTENCE_PUNCT.search(text)


def is_caption(text: str, pg: ParseGrammar) -> bool:
    """A photo caption or image name."""
    mk = pg.markers
    if text.startswith(mk.caption_prefixes):
        return True
    if mk.caption.search(text):
        return True
    if len(text) > 140 or text.endswith(("。", ".")) or not mk.caption_cues.search(text):
        return False
    return len(text) <= (60 if cjk_share(text) > 0.5 else 140)


def is_teaser(text: str, pg: ParseGrammar) -> bool:
    """A truncated lead of a list page (cut mid-word, ending in … or ...)."""
    return text.rstrip().endswith(pg.markers.teaser_ends) and len(text) >= 20


def is_related_marker(text: str, pg: ParseGrammar) -> bool:
    return text.strip().strip(":：[]【】 ").lower() in pg.markers.related


def is_tool(text: str, pg: ParseGrammar) -> bool:
    mk = pg.markers
    if text.strip().lower() in mk.tools:
        return True
    seen = False
    for word in _words(text):  # every word a tool word: stop at the first that is not
        if word.lower() not in mk.tools:
            return False
        seen = True
    return seen


def is_end_marker(text: str, pg: ParseGrammar) -> bool:
    """An end-of-story marker once brackets and spaces are dropped (``（完）``, ``【END】``)."""
    mk = pg.markers
    core = ""
    for word in _words(text):
        core += word
        if len(core) > mk.longest_end_marker:
            return False  # too long for any marker (lower-casing never shortens a text)
    return core.lower() in mk.end_markers


def _words(text: str) -> Iterator[str]:
    """The words of a line between brackets, bars, bullets, colons and spaces, found lazily:
    the callers stop at the first word that settles the answer."""
    return (m.group() for m in _WORD.finditer(text))


def is_footer(text: str, pg: ParseGrammar) -> bool:
    mk = pg.markers
    return bool(mk.footer.search(text) or mk.footer_label.match(text.strip()))


def _whole_word(text: str, m: re.Match[str]) -> bool:
    """A Latin spam word stands alone (``cialis`` is not in ``specialist``)."""
    return not (_ASCII_LETTER.match(text, m.start() - 1) if m.start() else False) and not \
        _ASCII_LETTER.match(text, m.end())


def is_spam(text: str, pg: ParseGrammar) -> bool:
    """SEO spam of a mirror: spam words in a non-sentence line, or several in any line."""
    head = text[:_SCAN].lower()
    hits = {m.group() for m in pg.markers.spam.finditer(head) if _whole_word(head, m)}
    return bool(hits) and (len(hits) >= 2 or not is_paragraph(text))


def is_debris(text: str, pg: ParseGrammar) -> bool:
    """Script or markup left over by a scrape, empty table pipes, or a mojibake line."""
    mk = pg.markers
    head = text[:_SCAN]
    if mk.debris.search(head):
        return True
    if not mk.mojibake.search(head):
        return False
    visible = len(head) - head.count(" ")
    return visible >= 4 and len(mk.mojibake.findall(head)) >= 0.3 * visible


def reporter_cue(text: str, pg: ParseGrammar) -> bool:
    return bool(pg.markers.reporter_cues.search(text))


_CRUMB_SEP = re.compile(r"\s*(?:>>|>|»|›|→|/)\s*")


def crumb_title(infos: list[LineInfo]) -> str | None:
    """The last crumb of the page's first breadcrumb when it reads like a headline (``Home »
    <headline>``): it names the title line."""
    crumbs = next((_CRUMB_SEP.split(x.text) for x in infos if x.cls == "breadcrumb"), [])
    last = crumbs[-1].strip() if crumbs else ""
    return last if len(last.split()) >= 4 or (cjk_share(last) > 0.5 and len(last) >= 8) else None


def mark_sections(infos: list[LineInfo]) -> list[LineInfo]:
    """Lines that repeat a section of the page's breadcrumb (``首页>庆祝建党99周年>文章页`` ⏎
    ``庆祝建党99周年``) are section names (class ``section``), not headlines; the last crumb
    may be the headline itself and is left alone."""
    sections: set[str] = set()
    for x in infos:
        if x.cls == "breadcrumb":
            crumbs = [c.strip() for c in _CRUMB_SEP.split(x.text.split(":")[-1].split("：")[-1])]
            sections.update(c for c in crumbs[:-1] if len(c) >= 2)
    if not sections:
        return infos
    return [LineInfo(x.text, "section") if x.cls == "text" and x.text in sections else x
            for x in infos]


_SPACE_RUN = re.compile(r"[ \t\u3000]+")
_GLUE_GAP = re.compile(r"[\s|｜│]$")
_GLUE_EDGE = " \t\u3000|｜│"


def _headline_before_dateline(text: str, pg: ParseGrammar) -> str | None:
    """``<headline> 国际新闻网北京9月12日电 9月9日，…``: the headline glued before a wire
    dateline that opens the first paragraph, or None."""
    if not pg.labels.dateline_cue.search(text, 0, 140):
        return None
    for gap in _SPACE_RUN.finditer(text, 0, 120):
        head = text[: gap.start()]
        rest = text[gap.end():]
        if len(head) >= 8 and not re.search(r"[。！？]", head) and find_zh_dateline(rest, pg) \
                and dateline_facts(rest, pg)[0]:
            return head
    return None


def split_line(text: str, pg: ParseGrammar) -> list[str]:
    """A page line that holds two lines glued by the scrape, as two lines: a crawler date
    before the headline (``date 2024-08-23 <headline>``), or a headline before its meta labels
    (``<headline> 发布日期:2023/10/6 来源:…``, ``<headline> | Updated: 2024-05-01``). Short
    lines are memoised per grammar, as in :func:`classify_line`."""
    return list(_split_short(text, pg)) if len(text) <= _CACHED_LINE else _split(text, pg)


@functools.lru_cache(maxsize=8192)
def _split_short(text: str, pg: ParseGrammar) -> tuple[str, ...]:
    return tuple(_split(text, pg))


def _split(text: str, pg: ParseGrammar) -> list[str]:
    end = crawler_prefix_end(text, pg.dates)
    if end:
        return [text[:end].strip(), *split_line(text[end:].strip(), pg)]
    lead = _headline_before_dateline(text, pg)
    if lead:
        return [lead, text[len(lead):].strip()]
    labels = find_labels(text, pg) if 15 <= len(text) <= 250 else []  # headline + label + date
    if not labels or labels[0].start == 0 or labels[0].field not in HEADER_FIELDS:
        return [text]
    head, tail = text[: labels[0].start], text[labels[0].start:]
    if not _GLUE_GAP.search(head) or not find_date(tail, pg.dates):
        return [text]  # a label inside a word (会议时间：…) or no date in the meta part
    if _source_tag(head, pg):
        return [text]  # "|ChinaNews|Published:…": an outlet tag, read with the labels
    head = head.strip(_GLUE_EDGE)
    if len(head) < 6 or is_paragraph(head) or _SENTENCE_END.search(head) \
            or find_date(head, pg.dates):
        return [text]
    return [head, tail]


def classify_line(text: str, pg: ParseGrammar) -> LineInfo:
    """Name the kind of one stripped, non-empty page line (short lines are memoised, per
    grammar: menus, footers and labels repeat within a page and across the pages of a site)."""
    return _classify_short(text, pg) if len(text) <= _CACHED_LINE else _classify(text, pg)


def _classify(text: str, pg: ParseGrammar) -> LineInfo:
    mk = pg.markers
    if _URL_LINE.match(text):
        return LineInfo(text, "url")
    crawled = crawler_date(text, pg.dates)
    if crawled:
        return LineInfo(text, "crawler", date=crawled)
    if is_debris(text, pg):
        return LineInfo(text, "debris")
    if is_spam(text, pg):
        return LineInfo(text, "spam")
    if text.startswith(mk.today):
        return LineInfo(text, "today")
    if is_related_marker(text, pg):
        return LineInfo(text, "related")
    if is_end_marker(text, pg):
        return LineInfo(text, "end")
    if len(text) < 120 and mk.pagination.search(text):
        return LineInfo(text, "pagination")
    if len(text) < 400 and is_footer(text, pg):
        return LineInfo(text, "footer")
    if len(text) < 200 and mk.reprint.search(text):
        return LineInfo(text, "reprint")
    field = next_line_field(text, pg)
    if field:
        return LineInfo(text, "meta", (Label(field, text, "", 0, len(text)),))
    published = published_line(text, pg)
    if published:
        src, iso = published
        labels = (Label("source", "published", src, 0, 0),) if src else ()
        return LineInfo(text, "meta", labels, date=iso)
    agency = agency_line(text, pg)
    if agency:
        return LineInfo(text, "meta", date=agency[1], agency=agency[0])
    if len(text) <= 250:
        labels = tuple(find_labels(text, pg))
        if labels and _label_line(text, pg, labels):
            fields = {lb.field for lb in labels}
            head = text[: labels[0].start]
            found = find_date(head, pg.dates) if head.strip() and len(head) <= 40 else None
            cls = "meta" if fields & HEADER_FIELDS or found else "widget"
            tag = _source_tag(head, pg) if cls == "meta" and "source" not in fields else None
            if tag:  # "|ChinaNews|Published:2022-08-24 10:38:37"
                labels = (Label("source", "tag", tag, 0, len(head)), *labels)
            return LineInfo(text, cls, labels, date=found[0] if found else None)
        iso = date_only(text, pg)
        if iso:
            return LineInfo(text, "meta", date=iso)
        issue_of = issue_line_source(text, pg)
        if issue_of:  # "重庆与世界 2021年4期"
            return LineInfo(text, "meta", (Label("source", "issue", issue_of, 0, 0),))
        tagged = source_date_line(text, pg)
        if tagged:
            return LineInfo(text, "meta", (Label("source", "tag", tagged[0], 0, 0),),
                            date=tagged[1])
        if text.startswith("SOURCE ") and len(text) < 150:
            return LineInfo(text, "meta", (Label("source", "SOURCE", text[7:].strip(), 0, 6),))
    if len(text) <= 40 and mk.byline.match(text) and not re.search(r"[。！？，]", text):
        return LineInfo(text, "byline")
    if is_caption(text, pg):
        return LineInfo(text, "caption")
    if _PARENS.match(text) and not _NUMBERED.match(text) and not _BYLINE_STOP.search(text):
        return LineInfo(text, "byline")
    if is_tool(text, pg):
        return LineInfo(text, "tool")
    if mk.widgets.search(text) or text.startswith(mk.counters):
        return LineInfo(text, "widget")
    if is_breadcrumb(text, pg):
        return LineInfo(text, "breadcrumb")
    if is_nav(text, pg):
        return LineInfo(text, "nav")
    return LineInfo(text, "text")


@functools.lru_cache(maxsize=8192)
def _classify_short(text: str, pg: ParseGrammar) -> LineInfo:
    """:func:`_classify` memoised; the grammar in use is in the key."""
    return _classify(text, pg)


def _source_tag(head: str, pg: ParseGrammar) -> str | None:
    """The outlet tag before a header label, set off by bars: ``|ChinaNews|`` → ChinaNews."""
    if not _TAG_BAR.search(head) or find_date(head, pg.dates):
        return None
    parts = [p.strip() for p in _PIPE.split(head) if p.strip()]
    tag = parts[-1] if parts else ""
    return tag if 2 <= len(tag) <= 30 and not _SENTENCE_PUNCT.search(tag) else None


def _label_line(text: str, pg: ParseGrammar, labels: tuple[Label, ...]) -> bool:
    """Labels found in a line make it a label line when they lead it or fill it."""
    first = labels[0]
    head = text[: first.start].strip(" \t\u3000•·|[]【】〖〗(（")
    if len(labels) >= 2 and len(head) <= 30:
        return True
    if not head:
        return len(text) <= 160 or first.field in ("source", "date", "editor")
    if date_only(head, pg) is not None or is_tool(head, pg):
        return True
    if len(head) <= 30 and find_date(head, pg.dates) is not None:
        return True
    # "|ChinaNews|Published:2022-08-24 10:38:37": a short tag before one date label
    return len(head) <= 30 and first.field == "date" \
        and find_date(first.value, pg.dates) is not None \
        and not _SENTENCE_PUNCT.search(head)


__all__ = ["LineInfo", "STOP_CLASSES", "classify_line", "split_line", "mark_sections",
           "crumb_title", "is_paragraph", "is_nav",
           "is_breadcrumb", "is_caption", "is_teaser", "is_tool", "is_end_marker", "is_footer",
           "reporter_cue", "is_spam", "is_debris"]
