"""Date mentions of EN and ZH releases, resolved to ISO against the publication date.

A compact grammar of the genre's date forms (GENRE.md §1.3): month-day with or without
year, ordinals, day-first, machine-translation oddities (``March, 5th of last year``), day
ranges (same month, cross-month, ``至``), month-only (``in February``, ``今年4月``,
``1月下旬``), ZH day-only (``13日``), weekdays, ``yesterday`` / ``昨日（11月1日）`` and
datelines. This is the body mode of the one date grammar (header and URL dates use the same
forms, :mod:`pressnlp.parse.date_grammar`): the forms (regular expressions with named groups
and ``{{slots}}``), word lists and dateline patterns are data (``resources/dates.yaml``); this
module holds the resolution rule of each form ``kind``.

Resolution (``resolve_*``): explicit years are kept; a bare month-day takes the
publication year, or the previous year when it would fall well after publication (an event
reported late), or — after a future cue (``will``, ``将``) — the publication year or the
next one when its month has passed. Weekdays and ``yesterday`` count from the dateline
date when the body has one, else from the publication date. A wire dateline without a year
(``BEIJING, Oct. 31 (Xinhua) --``), a header stamp left in the body and a photo credit's date
anchor but are not reported. An undated page is dated by such a stamp, a dateline with its
year or a title date; failing those, its year comes from an anniversary clause or the latest
year at the top (mentions marked ``inferred``). Without any reference the ISO value is None.

Entry points: :func:`find_dates` (offsets into a text) and :func:`find_dates_in_release`
(offsets into ``release.body``, per paragraph language).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from typing import Any, Callable

from ..parse.dates import date_grammar, find_date
from ..parse.date_grammar import DateGrammar
from ..records import DateMention, Release
from ..script import to_simplified
from .numbers import FULLWIDTH, ascii_digits, parse_zh
from .titles import fold

Date = dt.date


# ---------------------------------------------------------------------------------------
# resolution
# ---------------------------------------------------------------------------------------

def _safe_date(y: int, m: int, d: int) -> Date | None:
    try:
        return Date(y, m, d)
    except ValueError:
        return None


def resolve_month_day(month: int, day: int, ref: Date | None, *, future: bool = False,
                      window: int = 45, past: bool = False) -> Date | None:
    """Year of a month-day written without one, against the publication date ``ref``.

    ``future`` (an announced event): the publication year, or the next one when the month
    has passed. Otherwise the publication year unless the day falls more than ``window``
    days after ``ref`` (then the previous year: an event reported late); a day just after a
    turn of the year (``January 3`` in a December release) takes the next year unless the
    sentence is in the past tense (``past``)."""
    if ref is None:
        return None
    if future:
        year = ref.year + 1 if month < ref.month else ref.year
        return _safe_date(year, month, day)
    cand = _safe_date(ref.year, month, day)
    if cand is None:
        return _safe_date(ref.year - 1, month, day)  # 29 February of a leap year
    if (cand - ref).days > window:
        return _safe_date(ref.year - 1, month, day)
    nxt = _safe_date(ref.year + 1, month, day)
    if not past and (ref - cand).days > 300 and nxt is not None and (nxt - ref).days <= window:
        return nxt  # "January 3" in a release of December 28
    return cand


def resolve_month(month: int, ref: Date | None, *, future: bool = False,
                  ongoing: bool = False) -> str | None:
    """``YYYY-MM`` of a month written without a year (``ongoing``: a later month stays in
    the publication year)."""
    if ref is None:
        return None
    if future:
        year = ref.year + 1 if month < ref.month else ref.year
    else:
        year = ref.year - 1 if month > ref.month and not ongoing else ref.year
    return f"{year:04d}-{month:02d}"


def resolve_weekday(weekday: int, ref: Date | None, *, future: bool = False) -> Date | None:
    """The latest such weekday on or before ``ref``; after a future cue the next one."""
    if ref is None:
        return None
    if future:
        return ref + dt.timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)


def resolve_day(day: int, ref: Date | None, *, future: bool = False) -> Date | None:
    """A ZH day-only date (``13日``): the month of ``ref``, or the previous (future: next)
    month when the day does not fit."""
    if ref is None:
        return None
    if future and day < ref.day:
        y, m = (ref.year + 1, 1) if ref.month == 12 else (ref.year, ref.month + 1)
    elif not future and day > ref.day:
        y, m = (ref.year - 1, 12) if ref.month == 1 else (ref.year, ref.month - 1)
    else:
        y, m = ref.year, ref.month
    return _safe_date(y, m, day)


# ---------------------------------------------------------------------------------------
# matching
# ---------------------------------------------------------------------------------------

@dataclass
class _Cand:
    kind: str
    start: int
    end: int
    groups: dict[str, Any]
    text_start: int
    text_end: int


def _num(s: str | None) -> int | None:
    if s is None:
        return None
    s = s.translate(FULLWIDTH)
    if s.isdigit():
        return int(s)
    v = parse_zh(s)
    return int(v) if isinstance(v, (int, float)) else None


_SENT_END = re.compile(r"[.!?。！？；;\n](?=\s|$|[^\d])")
_ABBREV_END = re.compile(r"(?:\b[A-Z][a-z]{0,3}|\b[A-Z])$")  # "Oct." "Mr." "U.S."


def _sentence_before(text: str, pos: int) -> str:
    """Text from the start of the sentence holding ``pos`` up to ``pos`` (at most the 300
    characters before ``pos``: a window, so that a long run without a sentence end is not
    read again for every date in it)."""
    start = max(0, pos - 300)
    for m in _SENT_END.finditer(text, start, pos):
        start = m.end()
    return text[start:pos]


def _sentence_after(text: str, pos: int) -> str:
    """Text from ``pos`` to the end of its sentence (abbreviation dots do not end it)."""
    for m in _SENT_END.finditer(text, pos, min(len(text), pos + 300)):
        if m.group() == "." and _ABBREV_END.search(text, max(0, m.start() - 5), m.start()):
            continue
        return text[pos:m.start()]
    return text[pos:pos + 300]


@dataclass(frozen=True)
class _Tense:
    future: bool  # a future cue before the date
    ongoing: bool  # a later future cue, or an open-ended one ("runs until")
    past: bool


def _tense(text: str, c: _Cand, lang: str, g: DateGrammar) -> _Tense:
    """The tense of the sentence around candidate ``c`` (cues are data, dates.yaml)."""
    before = _sentence_before(text, c.start)
    after = _sentence_after(text, c.end)
    if lang == "zh":
        fut, ong, past = g.future_zh, g.ongoing_zh, g.past_zh
    else:  # EN: the cue patterns without (?i), on the folded text (the same matches)
        folded = _folded(text)
        if not _cue_between(g, folded, c.start - len(before), c.start) \
                and not _cue_between(g, folded, c.end, c.end + len(after)):
            return _Tense(False, False, False)  # no cue word around: the patterns need not run
        fut, ong, past = g.folded_cues_en
        before = folded[c.start - len(before):c.start]
        after = folded[c.end:c.end + len(after)]
    if fut.search(before):
        return _Tense(True, True, False)
    sentence = before + " " + after
    return _Tense(False, bool(fut.search(after) or ong.search(sentence)),
                  bool(past.search(sentence)))


# a text is folded once (the sentences of its dates overlap): lower case, of the same length,
# each character the Latin letter it matches case-insensitively
_folded = functools.lru_cache(maxsize=4)(fold)


def _cue_between(g: DateGrammar, folded: str, lo: int, hi: int) -> bool:
    """A word that can start an EN tense cue starts in ``folded[lo:hi]`` (the scan stops
    ``cue_hint_reach`` characters after ``hi``: enough to read a word starting before it)."""
    hit = g.cue_hint_en.search(folded, lo, hi + g.cue_hint_reach)
    return hit is not None and hit.start() < hi


def _candidates(text: str, lang: str, g: DateGrammar) -> list[_Cand]:
    found: list[_Cand] = []
    for form in (*(g.zh if lang == "zh" else g.en), *g.common):
        rx = form.pattern
        for m in form.finditer(text):
            if form.kind == "month" and not g.month_prep.search(text, max(0, m.start() - 20),
                                                                m.start()):
                continue  # a bare month needs "in", "since", "until" … before it
            ts, te = m.span("t") if "t" in rx.groupindex and m.group("t") else m.span()
            found.append(_Cand(form.kind, m.start(), m.end(), m.groupdict(), ts, te))
    # longest first at each start; no overlaps
    found.sort(key=lambda c: (c.start, -(c.end - c.start)))
    out: list[_Cand] = []
    last_end = -1
    for c in found:
        if c.start >= last_end:
            out.append(c)
            last_end = c.end
    return out


def _trim_en(text: str, c: _Cand) -> None:
    """Drop a leading ``the`` and trailing spaces/commas from the mention text."""
    s = text[c.text_start:c.text_end]
    if s.lower().startswith("the "):
        c.text_start += 4
    while c.text_end > c.text_start and text[c.text_end - 1] in " ,":
        c.text_end -= 1


def _once(find: Callable[[], Date | None]) -> Callable[[], Date | None]:
    """``find``, called on first use only (later calls return its first result)."""
    found: list[Date | None] = []

    def first() -> Date | None:
        if not found:
            found.append(find())
        return found[0]
    return first


class _Refs:
    """What mentions are resolved against: ``pub`` the publication date, ``anchor`` the
    dateline date, else the publication date (looked for on first use: most texts hold no
    weekday or day-only date that reads it), ``year`` the year of an undated page from an
    anniversary clause."""

    def __init__(self, pub: Date | None, find_anchor: Callable[[], Date | None],
                 year: int | None = None) -> None:
        self.pub = pub
        self.year = year
        self._find_anchor = find_anchor

    @functools.cached_property
    def anchor(self) -> Date | None:
        return self._find_anchor()


_MONTH_WORD = re.compile(r"\b([A-Z][a-z]{2,8})\b")


def _context_month(text: str, pos: int, g: DateGrammar) -> int | None:
    """The last month named before ``pos`` in the same paragraph (EN)."""
    found = None
    for m in _MONTH_WORD.finditer(text, max(0, pos - 300), pos):
        w = m.group(1).lower()
        if w in g.month_of:
            found = g.month_of[w]
    return found


def _resolve(c: _Cand, text: str, lang: str, refs: _Refs, g: DateGrammar
             ) -> tuple[str | None, str | None] | None:
    """(iso, grain) of a candidate; None when it is no date after all."""
    gr = c.groups
    ref = refs.pub
    if c.kind in ("numeric", "numeric_mon"):
        d = g.full_date(gr)
        return (d.isoformat(), "day") if d else None
    tense = _tense(text, c, lang, g)
    future = tense.future
    if tense.past:
        window = g.past_tolerance
    elif tense.ongoing:
        window = 300
    else:
        window = g.window["zh" if lang == "zh" else "en"]

    def month(key: str) -> int | None:
        v = gr.get(key)
        if v is None:
            return None
        return g.month_of.get(v.rstrip(".").lower()) if lang != "zh" else _num(v)

    def explicit_year(key: str = "y") -> int | None:
        v = gr.get(key)
        if v:
            return _num(v)
        rv = gr.get("ry")
        if rv and key == "y":
            if ref is None:
                return -1  # a relative year with no reference: unresolvable
            return ref.year + g.rel_years[rv.lower() if lang != "zh" else rv]
        return None

    def day_date(m: int, d: int, yr: int | None) -> Date | None | bool:
        if yr == -1:
            return None
        if yr is not None:
            return _safe_date(yr, m, d) or False
        if _safe_date(2000, m, d) is None:
            return False
        if ref is None and refs.year is not None:
            return _safe_date(refs.year, m, d) or False  # year from an anniversary clause
        return resolve_month_day(m, d, ref, future=future, window=window, past=tense.past)

    kind = c.kind
    if kind in ("md", "dm", "zh_md"):
        m, d = month("m1"), _num(gr["d1"])
        if not m or not d:
            return None
        res = day_date(m, d, explicit_year())
        if res is False:
            return None
        return (res.isoformat(), "day") if res else (None, None)
    if kind in ("range_md", "range_dm", "range_cross", "zh_range", "zh_range_d", "range_d"):
        d1, d2 = _num(gr["d1"]), _num(gr["d2"])
        if kind == "range_d":  # "between the 11th and the 13th": the month of the context
            m1 = m2 = _context_month(text, c.start, g)
            if m1 is None:
                kind = "zh_range_d"
        if kind == "zh_range_d":
            m1 = m2 = None
        elif kind != "range_d":
            m1 = month("m1")
            m2 = month("m2") or m1
            if not m1 or not m2:
                return None
        if not d1 or not d2:
            return None
        if m1 == m2 and d2 <= d1:
            return None
        y_end = explicit_year("y") if kind not in ("zh_range", "zh_range_d") else None
        y_start = explicit_year("y1") if kind == "range_cross" else None
        if kind in ("zh_range",):
            y_start = explicit_year("y")
            y_end = _num(gr.get("y2")) if gr.get("y2") else None
        if kind == "zh_range_d":
            start = resolve_day(d1, refs.anchor, future=future)
            if start is None:
                return (None, None)
            end = _safe_date(start.year, start.month, d2)
        else:
            assert m1 is not None and m2 is not None
            yr = y_start if y_start is not None else y_end
            if yr is not None and y_start is None and m2 < m1:
                yr -= 1  # "December 28 to January 3, 2024"
            start = day_date(m1, d1, yr)
            if start is False:
                return None
            if start is None:
                return (None, None)
            ey = y_end if y_end is not None else start.year + (1 if (m2, d2) < (m1, d1) else 0)
            end = _safe_date(ey, m2, d2)
        if end is None or end <= start:
            return None
        return f"{start.isoformat()}/{end.isoformat()}", "range"
    if kind in ("month", "month_year", "zh_month"):
        m = month("m1")
        if not m or m > 12:
            return None
        yr = explicit_year()
        if yr == -1:
            return (None, None)
        if yr is not None:
            return f"{yr:04d}-{m:02d}", "month"
        if ref is None and refs.year is not None:
            return f"{refs.year:04d}-{m:02d}", "month"
        iso = resolve_month(m, ref, future=future, ongoing=tense.ongoing and not tense.past)
        return (iso, "month") if iso else (None, None)
    if kind in ("weekday", "zh_weekday"):
        wd = g.weekday_en[gr["w"]] if kind == "weekday" else g.weekday_zh[gr["w"]]
        res = resolve_weekday(wd, refs.anchor, future=future)
        return (res.isoformat(), "day") if res else (None, None)
    if kind == "relative":
        off = g.rel_days[gr["r"].lower()]
        return ((refs.anchor + dt.timedelta(days=off)).isoformat(), "day") if refs.anchor else (None, None)
    if kind == "zh_named_day":  # 七一: a day named by its date
        m, d = g.named_days[gr["nd"]]
        res = day_date(m, d, None)
        return (res.isoformat(), "day") if res else (None, None)
    if kind == "zh_relative_explicit":
        m, d = _num(gr["m1"]), _num(gr["d1"])
        if not m or not d:
            return None
        res = day_date(m, d, explicit_year())
        if res is False:
            return None
        return (res.isoformat(), "day") if res else (None, None)
    if kind == "zh_relative":
        off = g.rel_days[gr["r"]]
        if off == 0 and g.generic_today_zh.match(text, c.end):
            return None  # 今天的中国
        return ((refs.anchor + dt.timedelta(days=off)).isoformat(), "day") if refs.anchor else (None, None)
    if kind == "zh_day":
        d = _num(gr["d1"])
        if not d or d > 31:
            return None
        res = resolve_day(d, refs.anchor, future=future)
        return (res.isoformat(), "day") if res else (None, None)
    return None


def _is_name(text: str, c: _Cand, lang: str, g: DateGrammar) -> bool:
    """A date followed by a name word (``December 9th Movement``, ``五四运动``)."""
    rest = text[c.end:c.end + 12]
    if lang == "zh":
        return bool(g.name_after_zh.match(rest))
    return bool(g.name_after_en.match(rest))


@functools.lru_cache(maxsize=64)
def _scan(g: DateGrammar, text: str, lang: str) -> tuple[str, tuple[_Cand, ...]]:
    """The matching copy of ``text`` (simplified, ASCII digits) and its date candidates under
    grammar ``g`` (cached: the quantity finder asks for the same paragraph's date spans)."""
    lang = "zh" if lang == "zh" else "en"
    norm = ascii_digits(to_simplified(text) if lang == "zh" else text)
    cands = [c for c in _candidates(norm, lang, g) if not _is_name(norm, c, lang, g)]
    if lang == "en":
        for c in cands:
            _trim_en(norm, c)
    return norm, tuple(cands)


def date_spans(text: str, lang: str, grammar: DateGrammar | None = None) -> list[tuple[int, int]]:
    """Character spans of the date expressions in ``text`` (no resolution; cached)."""
    return scanned(text, lang, grammar)[1]


def scanned(text: str, lang: str, grammar: DateGrammar | None = None
            ) -> tuple[str, list[tuple[int, int]]]:
    """The matching copy of ``text`` (ZH: simplified; full-width digits made ASCII; same
    length) and the spans of its date expressions (cached: the quantity finder reads the
    paragraph the date finder has read)."""
    norm, cands = _scan(grammar or date_grammar(), text, "zh" if lang == "zh" else "en")
    return norm, [(c.start, c.end) for c in cands]


_YEAR_KEYS = ("y", "y1", "y2", "ry")


def _has_year(c: _Cand) -> bool:
    """The mention writes its year (``June 26, 2023``, ``2024-01-03``, ``去年5月``)."""
    return any(c.groups.get(k) for k in _YEAR_KEYS)


def _head_role(norm: str, c: _Cand, lang: str, g: DateGrammar) -> str | None:
    """The role of a date at the top of a text: ``"stamp"`` (a header date left in the body:
    ``date 2024-01-03``), ``"wire"`` (a wire dateline: ``BEIJING, Oct. 31 (Xinhua) --``,
    ``新华社北京11月4日电``), ``"lead"`` (a ZH lead date: ``本报讯 7月9日，``), else None."""
    if c.start > g.dl_max_start or c.kind not in ("md", "zh_md", "zh_day", "numeric", "numeric_mon"):
        return None
    pre, post = norm[:c.start], norm[c.end:]
    if _has_year(c) and g.stamp_prefix.match(pre):
        return "stamp"
    if lang == "zh":
        if c.kind != "zh_day" and g.dl_zh_suffix.match(post):
            return "wire"
        return "lead" if g.dl_zh_prefix.search(pre) else None
    return "wire" if g.dl_en_prefix.match(pre) or g.dl_en_suffix.match(post) else None


def _not_a_mention(norm: str, c: _Cand, lang: str, g: DateGrammar) -> bool:
    """A header stamp, a wire dateline without a year (the filing day; it still anchors the
    body's weekdays and day-only dates) or the date of a photo credit is no body date."""
    role = _head_role(norm, c, lang, g)
    if role == "stamp" or (role == "wire" and not _has_year(c)):
        return True
    return lang != "zh" and bool(g.caption_suffix.match(norm[c.end:c.end + 60]))


def find_dateline(text: str, lang: str, ref: Date | None, *, year: int | None = None,
                  grammar: DateGrammar | None = None) -> Date | None:
    """The date of a dateline at the start of ``text`` (``BEIJING, Oct. 31 (Xinhua) --``,
    ``新华社北京11月4日电``, ``本报讯 7月9日``), resolved against ``ref`` (or the ``year`` of an
    undated page); else None."""
    if not text:
        return None
    g = grammar or date_grammar()
    lang = "zh" if lang == "zh" else "en"
    head = text[:g.dl_max_start + 40]
    norm, cands = _scan(g, head, lang)
    refs = _Refs(ref, lambda: ref, year)
    for c in cands:
        if c.start > g.dl_max_start:
            break
        if _head_role(norm, c, lang, g) not in ("wire", "lead"):
            continue
        res = _resolve(c, norm, lang, refs, g)
        if res and res[0] and res[1] == "day":
            return Date.fromisoformat(res[0])
    return None


def head_stamp(text: str, lang: str, grammar: DateGrammar | None = None) -> Date | None:
    """A full date at the top of ``text`` that dates the page: a header stamp left in the
    body (``date 2024-01-03``) or a dateline with its year (``SHENYANG, China, June 26, 2023
    /PRNewswire/ --``); else None."""
    if not text:
        return None
    g = grammar or date_grammar()
    lang = "zh" if lang == "zh" else "en"
    norm, cands = _scan(g, text[:g.dl_max_start + 40], lang)
    for c in cands:
        if c.start > g.dl_max_start:
            break
        if _has_year(c) and _head_role(norm, c, lang, g) is not None:
            res = _resolve(c, norm, lang, _Refs(None, lambda: None), g)
            if res and res[0] and res[1] == "day":
                return Date.fromisoformat(res[0])
    return None


_WEEKDAY_GAP_MAX = 25  # characters between a weekday and the date it repeats


def _near_day_date(i: int, resolved: list[tuple[_Cand, str | None, str | None]],
                   text: str, g: DateGrammar) -> bool:
    """A weekday (``resolved[i]``) written next to an explicit date of the same sentence
    (``Friday afternoon on November 12, 2021``, ``June 23rd (Tuesday)``, ``5月10日(星期五)``)
    repeats that date. ``resolved`` is in text order without overlaps, so only the neighbours
    within ``_WEEKDAY_GAP_MAX`` characters are looked at."""
    c = resolved[i][0]
    for step in (-1, 1):
        j = i + step
        while 0 <= j < len(resolved):
            o, _, grain = resolved[j]
            lo, hi = (o.end, c.start) if step < 0 else (c.end, o.start)
            if hi - lo > _WEEKDAY_GAP_MAX:
                break
            if grain in ("day", "range") and o.kind not in ("weekday", "zh_weekday") \
                    and g.weekday_gap.fullmatch(text, lo, hi):
                return True
            j += step
    return False


def _continue_month(c: _Cand, res: tuple[str | None, str | None],
                    prev: tuple[_Cand, str | None, str | None], text: str
                    ) -> tuple[str | None, str | None]:
    """A ZH day-only date after a later day than the date before it in the same sentence
    continues that month (``于3日至6日访问维也纳，随后转往布拉格，至9日返回``)."""
    p, p_iso, p_grain = prev
    if not p_iso or p_grain not in ("day", "range") or _SENT_END.search(text, p.end, c.start):
        return res
    last = Date.fromisoformat(p_iso.split("/")[-1])
    day = _num(c.groups["d1"]) or 0
    cont = _safe_date(last.year, last.month, day) if day > last.day else None
    return (cont.isoformat(), "day") if cont else res


def find_dates(text: str, lang: str, ref: Date | None, *, dateline: Date | None = None,
               grammar: DateGrammar | None = None) -> list[DateMention]:
    """Date mentions of ``text`` (``lang`` ``"en"`` or ``"zh"``), offsets into ``text``.

    ``ref`` is the publication date; ``dateline`` the date of the body's dateline (weekdays,
    ``yesterday`` and ZH day-only dates count from it). When ``dateline`` is not given it is
    looked for at the start of ``text``. ``grammar``: the date grammar (default: the
    process-wide lexicon's).
    """
    return _find_dates(text, lang, ref, grammar or date_grammar(),
                       dateline=None if dateline is None else lambda: dateline)


def _find_dates(text: str, lang: str, ref: Date | None, g: DateGrammar, *,
                dateline: Callable[[], Date | None] | None = None, year: int | None = None,
                offset: int = 0) -> list[DateMention]:
    """:func:`find_dates`, with the ``year`` of an undated page (anniversary clause, a year
    named at the top): mentions resolved from it are marked ``inferred``. ``dateline`` gives
    the dateline date on demand (None: that of ``text``, else ``ref``); offsets are moved by
    ``offset`` (the text's place in a body)."""
    if not text:
        return []
    lang = "zh" if lang == "zh" else "en"
    ref = ref or head_stamp(text, lang, g)

    def anchor() -> Date | None:
        return ((dateline() if dateline else None)
                or find_dateline(text, lang, ref, year=year, grammar=g) or ref)

    refs = _Refs(ref, anchor, year)
    norm, cands = _scan(g, text, lang)
    resolved: list[tuple[_Cand, str | None, str | None]] = []
    reported: list[bool] = []  # per resolved candidate: not a stamp, wire dateline or credit
    last_mention = None
    for c in cands:
        res = _resolve(c, norm, lang, refs, g)
        if res is not None and c.kind == "zh_day" and last_mention:
            res = _continue_month(c, res, last_mention, norm)
        if res is not None:
            resolved.append((c, res[0], res[1]))
            reported.append(not _not_a_mention(norm, c, lang, g))
            if reported[-1]:
                last_mention = resolved[-1]
    out = []
    for i, (c, iso, grain) in enumerate(resolved):
        if c.kind in ("weekday", "zh_weekday") and _near_day_date(i, resolved, norm, g):
            continue
        if not reported[i]:
            continue
        inferred = bool(iso) and ref is None and year is not None and not _has_year(c)
        out.append(DateMention(text=text[c.text_start:c.text_end], iso=iso,
                               start=c.text_start + offset, end=c.text_end + offset,
                               grain=grain if iso else None, inferred=inferred))
    return out


def _parse_iso(value: str | None) -> Date | None:
    if not value:
        return None
    try:
        return Date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def release_reference(release: Release, grammar: DateGrammar | None = None) -> Date | None:
    """The date month-days of ``release`` are resolved against: the publication date, else a
    full date at the top of the body (a header stamp, a dateline with its year) or in the
    title (``… 2016.06.07``)."""
    g = grammar or date_grammar()
    ref = _parse_iso(release.date)
    spans = release.paragraph_spans()
    if ref is None and spans:
        ref = head_stamp(release.paragraphs[0], spans[0][2], g)
    return ref or _title_date(release.title, g)


def _title_date(title: str | None, g: DateGrammar) -> Date | None:
    """The first full date of ``title`` (header mode of the date grammar)."""
    found = find_date(title, g) if title else None
    return Date.fromisoformat(found[0]) if found else None


def release_dateline(release: Release, grammar: DateGrammar | None = None) -> Date | None:
    """The dateline date of ``release`` (first body paragraph), or None."""
    g = grammar or date_grammar()
    ref = release_reference(release, g)
    return _release_dateline(release, g, ref, page_year(release, g) if ref is None else None)


def _release_dateline(release: Release, g: DateGrammar, ref: Date | None, year: int | None
                      ) -> Date | None:
    """:func:`release_dateline` with the reference date and page year already found."""
    spans = release.paragraph_spans()
    if not spans:
        return None
    return find_dateline(release.paragraphs[0], spans[0][2], ref, year=year, grammar=g)


def anniversary_year(text: str, grammar: DateGrammar | None = None) -> int | None:
    """The year fixed by an anniversary clause (``this year marks the 40th anniversary of
    reform and opening up`` → 2018, ``今年是中日邦交正常化50周年`` → 2022, ``the 70 years since
    the founding of the PRC`` → 2019), else None."""
    g = grammar or date_grammar()
    simple = to_simplified(text).replace("\u2019", "'")
    for rx in g.anniversary_patterns:
        for m in rx.finditer(simple):
            n = _num(m.group("n"))
            for base, words in g.anniversaries:
                if n and words.search(m.group("what")):
                    return base + n
    return None


def page_year(release: Release, grammar: DateGrammar | None = None) -> int | None:
    """The year of an undated page: an anniversary clause, else the year of a year-month
    folder of its URL (``/202109/``), else the latest year named in the title or the first
    paragraph (``the Chengdu 2016 New Year Reception``, ``2020年…论坛``)."""
    g = grammar or date_grammar()
    year = anniversary_year(release.body, g)
    if year is not None:
        return year
    url_year = g.url_year.search(release.url or "")
    if url_year:
        return int(url_year.group("y"))
    first = release.paragraphs[0] if release.paragraph_spans() else ""
    head = (release.title or "") + " " + first
    years = [int(y) for y in g.page_year.findall(ascii_digits(head))]
    return max(years) if years else None


def find_dates_in_release(release: Release, grammar: DateGrammar | None = None
                          ) -> list[DateMention]:
    """Date mentions of ``release.body`` with body offsets, resolved against the
    publication date (:func:`release_reference`) and the body's dateline; an undated page
    takes the year of :func:`page_year` for its month-days, marked ``inferred``."""
    g = grammar or date_grammar()
    ref = release_reference(release, g)
    year = page_year(release, g) if ref is None else None

    dateline = _once(lambda: _release_dateline(release, g, ref, year) or ref)
    out: list[DateMention] = []
    for (start, _, lang), paragraph in zip(release.paragraph_spans(), release.paragraphs):
        out += _find_dates(paragraph, lang, ref, g, dateline=dateline, year=year, offset=start)
    return out


__all__ = ["find_dates", "find_dates_in_release", "find_dateline", "anniversary_year", "date_spans",
           "release_dateline", "release_reference", "head_stamp", "page_year",
           "resolve_month_day", "resolve_month", "resolve_weekday", "resolve_day"]
