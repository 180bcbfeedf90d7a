"""text/bytes/path → Release: the parse stage's entry point (never raises on any input)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..read import Page, looks_binary, read_page
from ..read.decode import decode_bytes
from ..records import Release
from .body import Segments, segment
from .dates import find_date, parse_date, url_date
from .furniture import LineInfo, classify_line, crumb_title, mark_sections, reporter_cue, split_line
from .grammar import ParseGrammar, parse_grammar
from .header import Label, dateline_date, dateline_facts, find_labels, outlet_after_date
from .kind import page_kind
from .language import page_language, page_script, paragraph_lang
from .site import extract_site

MAX_BYTES = 16 * 1024 * 1024  # larger inputs are no single page
MAX_CHARS = 2_000_000  # text beyond this is not parsed
_SPACE_CHARS = "\xa0\u200b\u200c\u200d\ufeff\u2028\u2029"  # read as spaces
_SPACES = re.compile(f"[{_SPACE_CHARS}]")
_EN_REPORTER = re.compile(
    r"(?:Correspondent|Reporter|Reported by|Written by|By)\s*:?\s+"
    r"(?P<n>[A-Z][\w'.\-]*(?:\s+[A-Z][\w'.\-]*){0,3})")
_DATELINE_REPORTER = re.compile(r"[（(][^（）()]{0,16}?(?:记者|記者)\s*"
                                r"(?P<n>[\u4e00-\u9fff]\s[\u4e00-\u9fff](?=[\s)）])|[\u4e00-\u9fff·]{2,4})")
_CLOSING_BRACKETS = re.compile(r"[（(](?P<b>[^（）()]{2,40})(?:[)）])?\s*$")
_STAFF_BYLINE = re.compile(r"(?:Staff|Special|Our)\s+(?:Correspondent|Reporter)s?")
_HTML_DATE_KEYS = ("pubdate", "publishdate", "article:published_time", "date", "dc.date",
                   "firstpublishedtime", "publish_date")
_HTML_SOURCE_KEYS = ("contentsource", "source", "copysource")
_HTML_TITLE_KEYS = ("articletitle", "og:title", "title")


def _lines(text: str, pg: ParseGrammar) -> list[str]:
    text = text[:MAX_CHARS]
    if any(ch in text for ch in _SPACE_CHARS):  # (a str scan each: quicker than the regex's)
        text = _SPACES.sub(" ", text)
    return [part for ln in text.splitlines() if ln.strip() for part in split_line(ln.strip(), pg)]


def _first(labels: list[Label], field: str) -> Label | None:
    return next((lb for lb in labels if lb.field == field), None)


def _person(value: str, pg: ParseGrammar) -> str | None:
    """A name from a byline value: ``ZHAO MINGYU in Harbin`` → ``ZHAO MINGYU``."""
    value = re.sub(r"\s+in\s+[A-Z][\w'-]*.*$", "", value.split("|")[0]).strip(" ,;()（）")
    name = _reporter(value, pg)
    return (name or None) if name is not None else (value or None)


def _reporter(text: str, pg: ParseGrammar) -> str | None:
    """The name after a reporter word (``记者 王明``, ``Reporter Wang Chen``), without a word
    glued after it (``王明报道``); None without a reporter word."""
    labels = pg.labels
    for rx in (labels.reporter_in_value, _EN_REPORTER):
        m = rx.search(text)
        if m:
            return labels.name_tail.sub("", m.group("n"))
    return None


def _split_date(value: str, pg: ParseGrammar) -> tuple[str, str | None]:
    """A value with a date glued after it → (value before the date, ISO date)."""
    found = find_date(value, pg.dates)
    if not found or found[1] == 0:
        return value, None
    return value[: found[1]].strip(" ,，|•·\u3000"), found[0]


def _byline_author(text: str, pg: ParseGrammar) -> str | None:
    """``（贵阳日报融媒体记者 周雪）`` → 周雪; ``(Correspondent Wang Chen)`` → Wang Chen."""
    if not reporter_cue(text, pg):
        return None
    name = _reporter(text, pg)
    if name is not None:
        return name or None
    m = pg.labels.writer_slash.search(text)
    if m:
        return m.group("n")  # 文/王明
    bare = text.strip(" •·()（）")
    return bare if _STAFF_BYLINE.fullmatch(bare) else None  # "Staff Correspondent"


def _title_and_date(title: str | None, pg: ParseGrammar) -> tuple[str | None, str | None]:
    """A headline row with its date at the end (``<headline> 2016.06.07``) → (headline, ISO)."""
    found = find_date(title, pg.dates) if title else None
    if not title or not found or found[2] < len(title.rstrip()) or found[1] < 8:
        return title, None
    return title[: found[1]].strip(" |•·-–—"), found[0]


def _date_under_title(infos: list[LineInfo], seg: Segments) -> str | None:
    """When the title sits under the first dated line (a masthead's date of the day), the dated
    line between the title and the body is the story's date."""
    if not seg.header or seg.title is None or seg.title < seg.header[0]:
        return None
    first_body = seg.body[0] if seg.body else len(infos)
    return next((infos[i].date for i in range(seg.title + 1, first_body)
                 if infos[i].cls == "meta" and infos[i].date), None)


def _closing_byline(paragraph: str, pg: ParseGrammar) -> str | None:
    """The reporter in brackets closing the last paragraph: ``…平臺。（台灣網通訊員 劉一帆）``,
    ``… in Xining. (author: Xiao Lin`` (cut off by the end of the page)."""
    m = _CLOSING_BRACKETS.search(paragraph[-60:])
    if not m:
        return None
    inner = m.group("b")
    label = next((lb for lb in find_labels(inner, pg) if lb.field == "author" and lb.value), None)
    return _person(label.value, pg) if label else _byline_author(inner, pg)


def _header_facts(infos: list[LineInfo], pg: ParseGrammar, seg: Segments) -> dict[str, object]:
    """date, source, author, editor and document fields from the header block."""
    labels: list[Label] = []
    line_dates: list[str] = []
    source: str | None = None
    source_seen = False
    for k, i in enumerate(seg.header):
        x = infos[i]
        labels += x.labels
        if x.date:
            line_dates.append(x.date)
        if x.agency and not source:
            source = x.agency
        if x.cls == "meta" and x.labels and x.labels[0].label == x.text and k + 1 < len(seg.header):
            source = source or infos[seg.header[k + 1]].text  # News provided by ⏎ <org>
            source_seen = True
    facts: dict[str, object] = {"labels": labels}
    dates = [parse_date(lb.value, pg.dates) for lb in labels if lb.field == "date_issued"]
    dates += [parse_date(lb.value, pg.dates) for lb in labels if lb.field == "date"]
    dates += line_dates
    dates += [parse_date(lb.value, pg.dates) for lb in labels if lb.field == "date_uploaded"]

    src = [lb for lb in labels if lb.field == "source"]
    if src:
        source_seen = True
        for lb in src:  # "Source: Nanchang Daily      September 11, 2018"
            value, when = _split_date(lb.value, pg)
            if when:
                dates.append(when)
            if value and not source:
                source = value
    # a date glued after another value: "稿源：天津日报　编辑：张瑜　2014-09-12"
    dates += [_split_date(lb.value, pg)[1] for lb in labels
              if lb.field in ("editor", "author", "views", "widget", "other")]
    facts["date"] = next((d for d in dates if d), None)
    if not source:  # "Updated: May 24, 2018 chinadaily.com.cn": the outlet after the date
        source = next((tag for lb in labels if lb.field == "date"
                       for tag in [outlet_after_date(lb.value, pg)] if tag), None)
    author_label = _first(labels, "author")
    if author_label and author_label.value:
        facts["author"] = _person(_split_date(author_label.value, pg)[0], pg)
        parts = [p.strip(" ()（）") for p in author_label.value.split("|")[1:] if p.strip(" ()（）")]
        if parts and not source:
            source = parts[0]
    if source:  # "来源:X报业集团全媒体记者 NAME": the reporter is the author, not the source
        m = pg.labels.reporter_in_value.search(source)
        if m and m.start() > 0:
            facts["author"] = facts.get("author") or m.group("n")
            source = source[: m.start()].strip()
    facts["source"], facts["source_seen"] = source, source_seen
    ed = _first(labels, "editor")
    facts["editor"] = _split_date(ed.value, pg)[0] or None if ed and ed.value else None
    title = _first(labels, "doc_title")
    facts["doc_title"] = title.value if title and title.value else None
    original = _first(labels, "original_title")
    facts["original_title"] = original.value if original and original.value else None
    return facts


def _tail_facts(infos: list[LineInfo], pg: ParseGrammar, idx: list[int]) -> dict[str, str | None]:
    """source, editor, author and a date from the lines after the body."""
    out: dict[str, str | None] = {"source": None, "editor": None, "author": None, "date": None}
    in_related = False  # a date among related links is another story's
    for i in sorted(idx):
        x = infos[i]
        in_related = in_related or x.cls == "related"
        for lb in x.labels:
            if lb.field in ("source", "editor") and lb.value and not out[lb.field]:
                out[lb.field] = lb.value
            if lb.field == "author" and lb.value and not out["author"]:
                out["author"] = _person(lb.value, pg)
        if x.cls == "meta" and x.agency and not out["source"]:
            out["source"] = x.agency
        if x.cls in ("byline", "meta", "text") and not out["author"]:
            out["author"] = _byline_author(x.text, pg)
        if x.cls == "meta" and x.date and not out["date"] and not in_related:
            out["date"] = x.date
    return out


def _bylines_above(infos: list[LineInfo], seg: Segments) -> list[int]:
    """Byline lines above the first paragraph (``记者 X 通讯员 Y``, ``• Staff Correspondent``)."""
    first_body = seg.body[0] if seg.body else len(infos)
    return [i for i in range(first_body) if infos[i].cls == "byline"]


def _find_url(infos: list[LineInfo], before: int) -> str | None:
    return next((x.text for x in infos[:before] if x.cls == "url"), None)


def parse_page(page: Page, *, url: str | None = None, id: str | None = None,
               path: str | None = None, grammar: ParseGrammar | None = None) -> Release:
    """Parse a decoded page (see ``pressnlp.read.read_page``) into a Release; ``grammar``: the
    parse grammar to read it with (default: the process-wide lexicon's)."""
    pg = grammar or parse_grammar()
    lines = _lines(page.text, pg)
    if not lines:
        return Release.error_record("empty document", id=id, path=path, url=url, stage="parse")
    infos = mark_sections([classify_line(ln, pg) for ln in lines])
    meta = page.html.meta if page.html else {}
    html_title = next((meta[k] for k in _HTML_TITLE_KEYS if meta.get(k)), None) or (
        page.html.title if page.html else None)
    seg = segment(infos, pg, html_title or crumb_title(infos))
    head = _header_facts(infos, pg, seg)
    first_body = seg.body[0] if seg.body else len(infos)
    tail = _tail_facts(infos, pg, seg.tail + [i for i in seg.dropped if i > first_body])
    page_url = _find_url(infos, first_body)
    url = url or page_url
    paragraphs = [infos[i].text for i in seg.body]
    title = head["doc_title"] or (infos[seg.title].text if seg.title is not None else
                                  head["original_title"])
    title, title_date = _title_and_date(title, pg)
    kind = page_kind(infos, pg, seg, head["labels"], title, paragraphs)  # type: ignore[arg-type]
    langs = [paragraph_lang(p) for p in paragraphs]
    if kind == "list":  # a list has no body of its own: teasers stay in the furniture
        teasers = ([infos[seg.title].text] if seg.title is not None else []) + paragraphs
        langs = [paragraph_lang(p) for p in teasers]
        paragraphs, title = [], None
    if kind == "list":
        title_date = None  # a list row's date, not the page's
    html_date = next((parse_date(meta[k], pg.dates) for k in _HTML_DATE_KEYS if meta.get(k)), None)
    date = _date_under_title(infos, seg) or head["date"] or title_date or html_date or (
        tail["date"] if kind != "list" else None)
    if not date and kind == "document":  # the date under the issuing office's signature
        date = next((infos[i].date for i in seg.body if infos[i].cls == "meta"
                     and infos[i].date and not infos[i].labels), None)
    if not date and kind != "list" and paragraphs:
        # SHENYANG, China, Feb. 20, 2025 (GLOBE NEWSWIRE) --
        date = dateline_date(paragraphs[0], pg)
    if not date and kind != "list":
        date = next((x.date for x in infos if x.cls == "crawler"), None)
    u_date = url_date(url, pg.dates)
    date = date or (u_date if kind != "list" else None)
    outlet, reporters = dateline_facts(paragraphs[0], pg) if paragraphs else (None, None)
    source = head["source"]
    if not source and not head["source_seen"]:
        source = next((meta[k] for k in _HTML_SOURCE_KEYS if meta.get(k)), None) or tail[
            "source"] or outlet
    author = head.get("author") or _tail_facts(infos, pg, _bylines_above(infos, seg))["author"]
    if not author and paragraphs:
        m = _DATELINE_REPORTER.search(paragraphs[0][:80])
        author = pg.labels.name_tail.sub("", m.group("n")) if m else reporters
    author = author or tail["author"] or (
        _closing_byline(paragraphs[-1], pg) if paragraphs else None)
    language = page_language(langs) or (page_language([paragraph_lang(title)]) if title else None)
    zh_text = "".join(p for p, lang in zip(paragraphs, langs) if lang == "zh") or (title or "")
    if kind == "list":
        zh_text = "".join(infos[i].text for i in seg.body)
    in_body = set() if kind == "list" else set(seg.body) | (
        {seg.title} if seg.title is not None else set())
    furniture = tuple(infos[i].text for i in range(len(infos)) if i not in in_body)
    site = extract_site(list(furniture), url, pg.site)
    return Release(
        id=id, path=path, url=url, kind=kind, language=language,
        script=page_script(language, zh_text), title=title, date=date, author=author,
        source=source, editor=head["editor"] or tail["editor"],  # type: ignore[arg-type]
        paragraphs=tuple(paragraphs), paragraph_langs=tuple(langs) if paragraphs else (),
        site=None if site.is_empty() else site, furniture=furniture, url_date=u_date,
        encoding=page.encoding,
    )


def _read_source(source: str | bytes | os.PathLike[str], path: str | None, id: str | None
                 ) -> tuple[str | bytes, str | None, str | None]:
    """Turn a path into bytes (setting path and id); pass bytes and text through."""
    is_path = isinstance(source, os.PathLike) or (
        isinstance(source, str) and 0 < len(source) < 1024 and "\n" not in source
        and _exists(source))
    if not is_path:
        return source, path, id  # type: ignore[return-value]
    p = Path(source)  # type: ignore[arg-type]
    path = path or str(source)
    id = id or p.stem
    size = p.stat().st_size
    if size > MAX_BYTES:
        raise _TooLarge(size)
    return p.read_bytes(), path, id


class _TooLarge(Exception):
    def __init__(self, size: int) -> None:
        super().__init__(f"file too large for one page: {size} bytes (limit {MAX_BYTES})")


def _exists(s: str) -> bool:
    try:
        return Path(s).is_file()
    except (OSError, ValueError):
        return False


def parse(source: str | bytes | os.PathLike[str], *, url: str | None = None,
          encoding: str | None = None, id: str | None = None, path: str | None = None,
          grammar: ParseGrammar | None = None) -> Release:
    """Parse one page — a path (str or PathLike), raw bytes or decoded text — into a Release
    (``grammar``: the :class:`~pressnlp.parse.grammar.ParseGrammar` to read it with; default:
    the process-wide lexicon's).

    Never raises: unreadable, empty, binary or oversized input gives an error record
    (``kind == "error"``) with the reason; missing facts are None.
    """
    if isinstance(source, os.PathLike):
        path, id = path or str(source), id or Path(source).stem
    try:
        data, path, id = _read_source(source, path, id)
    except (OSError, _TooLarge) as exc:
        return Release.error_record(str(exc), id=id, path=path or str(source)[:300], url=url,
                                    stage="read")
    try:
        if isinstance(data, bytes):
            if len(data) > MAX_BYTES:
                return Release.error_record(str(_TooLarge(len(data))), id=id, path=path, url=url)
            if looks_binary(data):
                return Release.error_record("binary data, not a text page", id=id, path=path,
                                            url=url)
            decoded = decode_bytes(data, encoding)
            if decoded.replaced > max(50, 0.2 * len(decoded.text)):
                return Release.error_record(
                    f"undecodable bytes ({decoded.replaced} characters lost as "
                    f"{decoded.encoding})", id=id, path=path, url=url)
            page = read_page(decoded.text, encoding=decoded.encoding)
        else:
            page = read_page(str(data), encoding=encoding)
        return parse_page(page, url=url, id=id, path=path, grammar=grammar)
    except Exception as exc:  # noqa: BLE001 - no input may stop a batch
        return Release.error_record(f"{type(exc).__name__}: {exc}", id=id, path=path, url=url,
                                    stage="parse")


__all__ = ["parse", "parse_page", "MAX_BYTES", "MAX_CHARS"]
