"""Header labels: find ``label: value`` pairs in a line, glued or spaced (GENRE.md §1.2).

Label forms are data (``labels.yaml``). A line such as
``Time:2017-03-05Editor:Wang LeiResource:Department of Japanese AffairsPrintingSize:Large``
gives ``date``, ``editor``, ``source`` and ``widget`` fields; letter-spaced labels
(``发 布 机 构``), full-width colons and empty values (``撰稿人: 供稿部门:``) are handled.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from .. import regexcache
from ..lexicon import Lexicon
from ..textutil import alternation
from .dates import find_date, parse_date

if TYPE_CHECKING:
    from .grammar import ParseGrammar

HEADER_FIELDS = frozenset({"date", "date_issued", "date_uploaded", "source", "author", "editor",
                           "doc", "doc_title", "doc_org", "original_title"})
_CJK = re.compile(r"[\u3400-\u9fff]")
_COLON = r"\s*[:：︰]\s*"
_EDGE = " \t\u3000\xa0•·|｜│[]【】〖〗()（）<>《》「」,，;；"
_SITE_URL = re.compile(r"(?:https?://|www\.)\S+")  # "https://www.x.gov.cn/ (2020-07-14 10:48)"


@dataclass(frozen=True)
class Label:
    """One ``label: value`` found in a line (``field`` is the canonical name)."""

    field: str
    label: str
    value: str
    start: int
    end: int


@dataclass(frozen=True)
class LabelSet:
    colon: re.Pattern[str]
    longest_label: int  # characters of the longest colon label, spaces aside (at most)
    bare: re.Pattern[str]
    bare_hint: re.Pattern[str]
    field_of: dict[str, str]
    next_line: dict[str, str]
    longest_next_line: int  # characters of the longest next-line label, spaces aside
    trailers: tuple[str, ...]
    agencies: re.Pattern[str]
    agency_names: tuple[str, ...]
    document_markers: frozenset[str]
    published_tails: tuple[str, ...]
    published_drop: tuple[str, ...]
    inline_widgets: re.Pattern[str]
    issue_lines: tuple[re.Pattern[str], ...]
    zh_dateline: re.Pattern[str]
    dateline_cue: re.Pattern[str]
    dateline_leads: tuple[str, ...]
    reporter_words: re.Pattern[str]  # desk? + reporter word, or a trailer word
    reporter_in_value: re.Pattern[str]  # desk? + reporter word + name (group n)
    name_tail: re.Pattern[str]  # a word glued after a reporter's name (报道, 摄)
    writer_slash: re.Pattern[str]  # 文/NAME (group n)
    outlet_suffixes: tuple[str, ...]

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> LabelSet:
        data = lexicon.yaml("labels.yaml")
        field_of: dict[str, str] = {}
        for field, forms in data["fields"].items():
            for form in forms:
                field_of.setdefault(_key(form), field)
        forms = sorted(field_of, key=len, reverse=True)
        originals = {}
        for field, fs in data["fields"].items():
            for f in fs:
                originals.setdefault(_key(f), f)
        alt = "|".join(_form_regex(originals[k]) for k in forms)
        colon = regexcache.compile(rf"(?P<label>{alt}){_COLON}", re.I)
        bare_forms = {(_key(f)): field for field, fs in data.get("bare", {}).items() for f in fs}
        for k, v in bare_forms.items():
            field_of.setdefault(k, v)
        bare_alt = alternation(f for fs in data.get("bare", {}).values() for f in fs)
        bare = regexcache.compile(rf"(?:^|(?<=[\s|•·\u3000]))(?P<label>{bare_alt})(?![:：])\s+(?=\S)")
        next_line = {_key(f): field for field, fs in data.get("next_line", {}).items() for f in fs}
        agencies = alternation(data.get("agencies", []))
        return cls(
            colon=colon, longest_label=max(map(len, forms), default=0), bare=bare,
            bare_hint=regexcache.compile(bare_alt), field_of=field_of, next_line=next_line,
            longest_next_line=max(map(len, next_line), default=0),
            trailers=tuple(sorted(data.get("value_trailers", []), key=len, reverse=True)),
            agencies=regexcache.compile(rf"^[(（]?\s*(?P<agency>{agencies})\s*[)）]\s*(?P<rest>.*)$"),
            agency_names=tuple(sorted(data.get("agencies", []), key=len, reverse=True)),
            document_markers=frozenset(_key(f) for f in data.get("document_markers", [])),
            published_tails=tuple(sorted(data.get("published_tails", []), key=len, reverse=True)),
            published_drop=tuple(data.get("published_prefix_drop", [])),
            inline_widgets=regexcache.compile(rf"\d*\s*(?:{alternation(data.get('inline_widgets', []))})"
                                              if data.get("inline_widgets") else "(?!)"),
            issue_lines=tuple(regexcache.compile(p) for p in data.get("issue_line_patterns", [])),
            **_byline_patterns(data),
            outlet_suffixes=tuple(sorted(data.get("dateline_outlet_suffixes", []), key=len,
                                         reverse=True)),
        )


def _form_regex(form: str) -> str:
    if _CJK.search(form):  # letter-spaced Chinese labels: 发 布 机 构
        return r"\s*".join(re.escape(ch) for ch in form if not ch.isspace())
    return r"\s+".join(re.escape(w) for w in form.split())


def _key(text: str) -> str:
    return "".join(text.split()).lower()  # str.split() drops what \s matches


def _byline_patterns(data: dict) -> dict[str, object]:
    """Dateline and reporter patterns built from the word lists of ``labels.yaml``."""
    leads, verbs = alternation(data["dateline_leads"]), alternation(data["dateline_verbs"])
    desk = alternation(data["reporter_desks"])
    word = f"(?:{desk})?(?:{alternation(data['reporter_words'])})"
    return {
        "zh_dateline": regexcache.compile(
            rf"(?:{leads})?\s*(?P<head>[\u4e00-\u9fff·]{{2,16}}?)\d{{1,2}}月\d{{1,2}}日"
            rf"(?:[\u4e00-\u9fff]{{2,4}}?)?(?:{verbs})\s*(?:[（(](?P<who>[^（）()]{{2,30}})[)）])?"),
        "dateline_cue": regexcache.compile(rf"日[\u4e00-\u9fff]{{0,4}}(?:{verbs})"),
        "dateline_leads": tuple(data["dateline_leads"]),
        "reporter_words": regexcache.compile(f"{word}|{alternation(data['reporter_trailers'])}"),
        "reporter_in_value": regexcache.compile(rf"{word}\s*(?P<n>[\u4e00-\u9fff·]{{2,4}})"),
        "name_tail": regexcache.compile(rf"(?:{alternation(data['reporter_name_tails'])})$"),
        "writer_slash": regexcache.compile(rf"^\W*(?:{alternation(data['writer_marks'])})\s*[/／]\s*"
                                           r"(?P<n>[\u4e00-\u9fff·]{2,4})(?:\s|$)"),
    }



def clean_value(value: str, pg: ParseGrammar) -> str:
    """A label value without edge brackets, bullets, separators and glued widget words."""
    ls = pg.labels
    value = value.strip(_EDGE)
    changed = True
    while changed and value:
        changed = False
        for t in ls.trailers:
            if value.endswith(t) and len(value) > len(t):
                value = value[: -len(t)].strip(_EDGE)
                changed = True
    return value.strip(_EDGE)


def _is_bare_ok(label: str, pg: ParseGrammar, value: str) -> bool:
    """A colon-less ``By …`` / ``记者 …`` label needs a short, name-like value."""
    value = value.split("|")[0].strip()
    if pg.labels.field_of.get(_key(label)) == "date":
        found = find_date(value, pg.dates)
        return found is not None and found[1] == 0
    if label.lower() == "by":
        words = re.sub(r"\s+in\s+[A-Z][\w'-]*.*$", "", value).split()
        return 0 < len(words) <= 5 and all(w[:1].isupper() for w in words)
    return 0 < len(value) <= 12


def find_labels(line: str, pg: ParseGrammar) -> list[Label]:
    """Every ``label: value`` in ``line``, each value running to the next label."""
    ls = pg.labels
    hits: list[tuple[int, int, str, str]] = []
    has_colon = ":" in line or "：" in line or "︰" in line
    has_bare = ls.bare_hint.search(line) is not None
    if not has_colon and not has_bare:
        return []
    for m in _colon_labels(line, ls) if has_colon else ():
        hits.append((m.start(), m.end(), ls.field_of.get(_key(m.group("label")), "other"),
                     m.group("label")))
    taken = [(s, e) for s, e, _, _ in hits]
    for m in ls.bare.finditer(line) if has_bare else ():
        if any(s <= m.start() < e for s, e in taken):
            continue
        hits.append((m.start(), m.end(), ls.field_of.get(_key(m.group("label")), "other"),
                     m.group("label")))
    hits.sort()
    out: list[Label] = []
    for i, (s, e, field, label) in enumerate(hits):
        stop = hits[i + 1][0] if i + 1 < len(hits) else len(line)
        raw = line[e:stop]
        if field == "date" and len(raw.strip()) > 30 and not find_date(raw, pg.dates):
            continue  # "Update: Xi sends letter to …": a headline, not a date label
        if not line[s:e].rstrip().endswith((":", "：", "︰")) and not _is_bare_ok(label, pg, raw):
            continue
        out.append(Label(field, label, clean_value(raw, pg), s, e))
    return out


_COLON_CHAR = re.compile("[:：︰]")


def _colon_labels(line: str, ls: LabelSet) -> list[re.Match[str]]:
    """The matches of ``ls.colon`` in ``line`` (as ``finditer`` gives them), searched only
    before each colon: a label ends at a colon and holds at most ``ls.longest_label``
    characters besides spaces, so a match can start no further back."""
    out: list[re.Match[str]] = []
    pos = 0
    for colon in _COLON_CHAR.finditer(line):
        end = colon.start()
        start = max(pos, _back_over(line, end, ls.longest_label))
        found = ls.colon.search(line, start, end + 1)  # the label up to this colon …
        if found:
            m = ls.colon.match(line, found.start())  # … and the spaces after it
            out.append(m)  # type: ignore[arg-type]
            pos = m.end()  # type: ignore[union-attr]
    return out


def _back_over(line: str, end: int, chars: int) -> int:
    """The position ``chars`` non-space characters before ``end`` (0 when there are fewer)."""
    start = end
    while chars and start:
        start -= 1
        if not line[start].isspace():
            chars -= 1
    return start


def agency_line(line: str, pg: ParseGrammar) -> tuple[str, str | None] | None:
    """``(Xinhua) 10:31, November 01, 2023`` or ``(Xinhua News Agency November 7, 2003)`` →
    (agency, ISO date); None for other lines."""
    line = line.strip()
    if line in pg.labels.agency_names:
        return line, None  # an agency's name on a line of its own: "China Daily"
    inner = line[1:-1] if line[:1] in "(（" and line[-1:] in ")）" else None
    m = pg.labels.agencies.match(line)
    if m:
        rest = m.group("rest")
    elif inner is not None:
        agency = next((a for a in pg.labels.agency_names if inner.startswith(a)), None)
        if agency is None:
            return None
        rest = inner[len(agency):]
        found = find_date(rest, pg.dates)
        return (agency, found[0]) if found else None
    else:
        return None
    found = find_date(rest, pg.dates)
    if not found and rest.strip(" )）"):
        return None
    return m.group("agency"), found[0] if found else None


def date_only(line: str, pg: ParseGrammar) -> str | None:
    """ISO date when ``line`` is a bare date (with time, zone, weekday), e.g. ``Aug 29, 2023,
    09:00 ET`` or ``• 2019-11-02 •``; else None."""
    if len(line) > 64:
        return None
    found = find_date(line, pg.dates)
    if not found:
        return None
    iso, s, e = found
    g = pg.dates
    rest = g.header_time.sub("", _SITE_URL.sub("", line[:s]) + " " + line[e:])
    rest = g.header_noise.sub("", g.header_date_words.sub("", rest))
    if len(rest) <= 2:
        return iso
    # a lead date with a short place or site tag: "2021-04-07 | Shenyang", "• 2021-09-25"
    tail = line[e:].strip()
    if s <= 3 and len(line) <= 48 and tail[:1] in ("|", "│", "•", "/") and not re.search(
            r"[。.!?！？，,]", tail):
        return iso
    return None


_OUTLET_CHARS = re.compile(r"[A-Za-z]{3}|[\u4e00-\u9fff]{2}")
_ANY_SEP = re.compile(r"[,，|｜│]")
_SOURCE_SEP = re.compile(r"[,，|｜│]\s*$")
_NAME_CHARS = re.compile(r"[A-Za-z]{2,}|[\u4e00-\u9fff]{2,}")


def source_date_line(line: str, pg: ParseGrammar) -> tuple[str, str] | None:
    """``Xinhua, July 22, 2019`` or ``China Daily | 2024-04-27`` (maybe after widget words such
    as ``0 Comment(s)Print E-mail``) → (source, ISO date); None for other lines."""
    if len(line) > 120 or not _ANY_SEP.search(line):
        return None
    found = find_date(line, pg.dates)
    g = pg.dates
    if not found or g.header_time.sub("", line[found[2]:]).strip(" .") \
            or not _SOURCE_SEP.search(line[: found[1]]):
        return None
    head = pg.labels.inline_widgets.sub(" ", line[: found[1]]).strip(_EDGE + "-—")
    if not head or len(head) > 40 or len(head.split()) > 5 or re.search(r"[。.!?！？，,:：]", head):
        return None
    if not _NAME_CHARS.search(g.header_noise.sub("", head)):
        return None  # "Tuesday, 29 November, 2022": a weekday, no source
    return head, found[0]


_EN_DATELINE = re.compile(r"^[A-Z][A-Za-z .'-]+,[^()]{0,40}\((?P<src>[A-Za-z][\w .'&-]{1,30})\)"
                          r"\s*(?:--|—|–)")
_NAMES = re.compile(r"[\u4e00-\u9fff·]{2,4}(?:[\s、，,]+[\u4e00-\u9fff·]{2,4})*|"
                    r"[\u4e00-\u9fff](?:\s[\u4e00-\u9fff]){1,2}")  # 王 浩: a letter-spaced name


def find_zh_dateline(text: str, pg: ParseGrammar, start: int = 0) -> re.Match[str] | None:
    """A Chinese wire/newspaper dateline at ``start`` of ``text`` (``新华社北京9月17日电（记者
    X）``, ``中国台湾网8月30日讯``)."""
    return pg.labels.zh_dateline.match(text, start)


_EN_DATELINE_HEAD = re.compile(r"^[A-Z][A-Z .'-]{2,30},[^\n]{0,60}?(?=\s*(?:--|—|–))")


def dateline_date(paragraph: str, pg: ParseGrammar) -> str | None:
    """The dated wire dateline opening ``paragraph`` (``SHENYANG, China, Feb. 20, 2025 (GLOBE
    NEWSWIRE) --``) → ISO date; datelines without a year give None."""
    m = _EN_DATELINE_HEAD.match(paragraph)
    return parse_date(m.group(0), pg.dates) if m else None


def dateline_facts(paragraph: str, pg: ParseGrammar) -> tuple[str | None, str | None]:
    """(outlet, reporters) from the dateline that opens ``paragraph``: the outlet is the head up
    to its last outlet ending (``新华社北京`` → 新华社), reporters are the names in brackets
    after it (``（时文枝 韩帅南）``); ``BEIJING, May 3 (Xinhua) --`` gives Xinhua."""
    m = _EN_DATELINE.match(paragraph)
    if m:
        return m.group("src").strip(), None
    m = find_zh_dateline(paragraph, pg)
    if not m:
        return None, None
    head = m.group("head")
    suffixes = pg.labels.outlet_suffixes
    outlet = next((head[:k] for k in range(len(head), 1, -1)
                   if head[:k].endswith(suffixes)), None)
    if outlet and any(outlet.startswith(lead) for lead in pg.labels.dateline_leads):
        outlet = None  # 本报讯: the paper itself, no outlet named
    who = pg.labels.reporter_words.sub(" ", m.group("who") or "").strip()
    return outlet, who if who and _NAMES.fullmatch(who) else None


def issue_line_source(line: str, pg: ParseGrammar) -> str | None:
    """The publication named on a ``<magazine> 2021年4期`` line, or None."""
    for pat in pg.labels.issue_lines:
        m = pat.match(line.strip())
        if m:
            return m.group("source")
    return None


def outlet_after_date(value: str, pg: ParseGrammar) -> str | None:
    """The outlet named after the date in a date label's value (``May 24, 2018
    chinadaily.com.cn``), or None (a time, weekday or widget letters are no outlet)."""
    found = find_date(value, pg.dates)
    if not found:
        return None
    g = pg.dates
    rest = g.header_time.sub(" ", value[found[2]:]).strip(_EDGE + "-–—")
    if not rest or len(rest) > 40 or re.search(r"[。！？，,;；]", rest):
        return None
    return rest if _OUTLET_CHARS.search(g.header_noise.sub(" ", rest)) else None


def published_line(line: str, pg: ParseGrammar) -> tuple[str | None, str] | None:
    """``<dept> 2023-05-31 19:52 Published onYunnan`` / ``原创 X 云南外事 2023-06-02 18:30
    发表于云南`` → (source or None, ISO date); None for other lines."""
    if len(line) > 120:
        return None
    found = find_date(line, pg.dates)
    if not found:
        return None
    iso, s, e = found
    ls = pg.labels
    rest = pg.dates.header_time.sub("", line[e:]).strip()
    low = rest.lower()
    tail = next((t for t in ls.published_tails if low.startswith(t.lower())), None)
    place = rest[len(tail):].strip() if tail else ""
    if tail is None or len(place) > 16 or re.search(r"[。.!?！？，,]", place):
        return None
    prefix = line[:s].strip(_EDGE)
    if len(prefix) > 50 or re.search(r"[。.!?！？，,]", prefix):
        return None
    for word in ls.published_drop:
        if prefix.startswith(word):
            prefix = prefix[len(word):].strip(_EDGE)
    if _CJK.search(prefix) and prefix.split():
        prefix = prefix.split()[-1]  # <author> <account>: the account is the source
    return prefix or None, iso


def next_line_field(line: str, pg: ParseGrammar) -> str | None:
    """The field of a label whose value is on the next line (``News provided by``)."""
    text = line.strip(_EDGE + ":：")
    longest = pg.labels.longest_next_line
    if len(_key(text[: 2 * longest + 1])) > longest:
        return None  # its start alone is longer than any such label (a paragraph, a menu)
    return pg.labels.next_line.get(_key(text))


def is_document_header(labels: list[Label], pg: ParseGrammar) -> bool:
    """Two or more 信息公开 labels (索引号, 发文日期, 文号 …) mark a government document page."""
    marks = pg.labels.document_markers
    return len({_key(lb.label) for lb in labels if _key(lb.label) in marks}) >= 2


__all__ = ["Label", "HEADER_FIELDS", "find_labels", "clean_value", "agency_line", "date_only",
           "source_date_line", "outlet_after_date",
           "issue_line_source", "find_zh_dateline", "dateline_facts",
           "published_line",
           "next_line_field", "is_document_header"]
