"""THE date grammar: every date form of the genre (GENRE.md §1.3), compiled once from
``resources/dates.yaml`` into one immutable :class:`DateGrammar`.

One set of forms serves three readers:

- **header mode** (``DateGrammar.header_date``, used by ``pressnlp.parse``): the forms flagged
  ``header: true`` (numeric, ``年月日``, ``22-Jun-2024``, ``November 1, 2023`` …), a match counting
  only when it writes a full date (year, month, day) — the release's own date on a meta line;
- **body mode** (``pressnlp.extract.dates``): all forms, resolved against the publication date
  (month-days, ranges, weekdays, relative days …), with the tense cues, dateline and
  anniversary data of the same file;
- **URL mode** (``DateGrammar.url_date``): the ``url`` forms (``/202303/t20230317_…``).

The grammar is built by :func:`compile_date_grammar` from a :class:`~pressnlp.lexicon.Lexicon`
and holds no global state; ``lexicon.grammar(DateGrammar)`` builds it once per lexicon
(``pressnlp.parse.dates.date_grammar()``: the process-wide lexicon's).
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any, Callable, Iterable, Mapping

from .. import regexcache
from ..lexicon import Lexicon, LexiconError
from ..textutil import alternation_group as _alt
from ..textutil import word_trie

Date = dt.date

# the resolution rules of ``pressnlp.extract.dates``, one per ``kind`` of a form in dates.yaml
FORM_KINDS = frozenset({
    "range_cross", "range_md", "range_dm", "md", "dm", "month_year", "month", "range_d",
    "weekday", "relative", "zh_relative_explicit", "zh_range", "zh_range_d", "zh_md",
    "zh_named_day", "zh_month", "zh_day", "zh_weekday", "zh_relative", "numeric", "numeric_mon"})

# the sections of ``forms``: per paragraph language, both languages, URLs
FORM_SECTIONS = ("en", "zh", "common", "url")


@dataclass(frozen=True, eq=False)
class QuickScan:
    """A quick-scan pattern of the date forms (``starts``, ``needs``): one object per distinct
    pattern, shared by the forms that use it, so that a text is scanned for it once."""
    pattern: re.Pattern[str]

    def positions(self, text: str) -> tuple[int, ...]:
        """Every position where the pattern matches in ``text``, overlapping ones too."""
        return _positions(self, text)


@functools.lru_cache(maxsize=16)
def _positions(scan: QuickScan, text: str) -> tuple[int, ...]:
    found = []
    pos = 0
    while (hit := scan.pattern.search(text, pos)) is not None:
        found.append(hit.start())
        pos = hit.start() + 1
    return tuple(found)


@dataclass(frozen=True)
class DateForm:
    """One date form of dates.yaml: its resolution rule (``kind``), compiled pattern, the
    string a text must hold for the form to run (``gate``), whether it serves header mode, and
    quick scans: each of ``needs`` finds what every match holds (no hit: the form does not run;
    they are tried in order, a scan other forms share first), ``starts`` finds where every
    match starts (the form is tried only there)."""
    kind: str
    pattern: re.Pattern[str]
    gate: str = ""
    header: bool = False
    starts: QuickScan | None = None
    needs: tuple[QuickScan, ...] = ()

    def finditer(self, text: str) -> Iterable[re.Match[str]]:
        """The matches of ``pattern.finditer(text)``, found faster: nothing runs on a text
        without ``gate`` or one of ``needs``, and with ``starts`` the pattern is tried only
        where ``starts`` matches instead of at every position."""
        if self.gate not in text:
            return ()
        for need in self.needs:
            if not need.positions(text):
                return ()
        if self.starts is None:
            return self.pattern.finditer(text)
        starts = self.starts.positions(text)
        return matches_at(self.pattern, starts, text) if starts else ()


def matches_at(pattern: re.Pattern[str], starts: Iterable[int], text: str
               ) -> list[re.Match[str]]:
    """The matches of ``pattern.finditer(text)`` when every one of them starts at one of
    ``starts`` (ascending positions): the pattern is tried only there."""
    found = []
    pos = 0
    for start in starts:
        if start >= pos:
            m = pattern.match(text, start)
            if m:
                found.append(m)
                pos = max(m.end(), start + 1)
    return found


@dataclass(frozen=True, eq=False)
class DateGrammar:
    """Every date form and the data its resolution rules read (immutable, hashable by
    identity; see the module doc)."""
    month_of: Mapping[str, int]
    weekday_en: Mapping[str, int]
    weekday_zh: Mapping[str, int]
    rel_days: Mapping[str, int]
    rel_years: Mapping[str, int]
    named_days: Mapping[str, tuple[int, int]]
    en: tuple[DateForm, ...]
    zh: tuple[DateForm, ...]
    common: tuple[DateForm, ...]
    url: tuple[DateForm, ...]
    header: tuple[DateForm, ...]  # the forms of en, zh and common flagged ``header``
    crawler: tuple[re.Pattern[str], ...]
    crawler_prefix: tuple[re.Pattern[str], ...]
    header_time: re.Pattern[str]  # a time of day beside a header date
    header_noise: re.Pattern[str]  # time zones, weekdays, separators beside a header date
    header_date_words: re.Pattern[str]  # words labelling a date (Updated, 发布时间)
    weekday_gap: re.Pattern[str]  # between a weekday and the date it repeats
    generic_today_zh: re.Pattern[str]  # after 今天: the present in general, no date
    month_prep: re.Pattern[str]  # a preposition ending the text before a bare month
    future_en: re.Pattern[str]
    future_zh: re.Pattern[str]
    ongoing_en: re.Pattern[str]
    ongoing_zh: re.Pattern[str]
    past_en: re.Pattern[str]
    past_zh: re.Pattern[str]
    folded_cues_en: tuple[re.Pattern[str], ...]  # future, ongoing, past EN without (?i): for
    # folded text (pressnlp.extract.titles.fold: the same matches, scanned faster)
    cue_hint_en: re.Pattern[str]  # where a word that can start an EN tense cue starts
    cue_hint_reach: int  # the length of the longest such word
    name_after_en: re.Pattern[str]
    name_after_zh: re.Pattern[str]
    dl_en_prefix: re.Pattern[str]
    dl_en_suffix: re.Pattern[str]
    dl_zh_prefix: re.Pattern[str]
    dl_zh_suffix: re.Pattern[str]
    dl_max_start: int
    stamp_prefix: re.Pattern[str]
    caption_suffix: re.Pattern[str]
    window: Mapping[str, int]  # tense-less tolerance after the publication date, per language
    past_tolerance: int
    ambiguous_months: frozenset[str]
    anniversaries: tuple[tuple[int, re.Pattern[str]], ...]
    anniversary_patterns: tuple[re.Pattern[str], ...]
    page_year: re.Pattern[str]
    url_year: re.Pattern[str]

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> DateGrammar:
        """Compile ``lexicon``'s ``dates.yaml`` (:func:`compile_date_grammar`); what
        ``lexicon.grammar(DateGrammar)`` builds once per lexicon."""
        return compile_date_grammar(lexicon)

    def full_date(self, groups: Mapping[str, Any]) -> Date | None:
        """The day a match writes in full (groups ``y``, ``m1`` a month number or EN month
        word, ``d1``), or None (a part missing, or no such day)."""
        year, month, day = groups.get("y"), groups.get("m1"), groups.get("d1")
        if not (year and month and day):
            return None
        number = int(month) if month.isdigit() else self.month_of.get(month.rstrip(".").lower())
        try:
            return Date(int(year), number or 0, int(day))
        except ValueError:
            return None

    def header_date(self, text: str) -> tuple[str, int, int] | None:
        """Header mode: the first full date of a ``header`` form in ``text`` as (ISO day,
        start, end), or None. At one start the longest match wins."""
        best: tuple[str, int, int] | None = None
        for form in self.header:
            for m in form.finditer(text):
                if best is not None and (m.start(), -m.end()) >= (best[1], -best[2]):
                    break
                day = self.full_date(m.groupdict())
                if day:
                    best = (day.isoformat(), m.start(), m.end())
                    break
        return best

    def url_date(self, url: str) -> str | None:
        """URL mode: the ISO day of the first ``url`` form (in file order) that holds a valid
        date, or None."""
        for form in self.url:
            for m in form.pattern.finditer(url):
                day = self.full_date(m.groupdict())
                if day:
                    return day.isoformat()
        return None

    def crawler_date(self, line: str) -> str | None:
        """The date of a crawler-injected line (`` date 2023-11-01``), or None."""
        for pattern in self.crawler:
            m = pattern.match(line)
            if m:
                day = self.full_date(m.groupdict())
                return day.isoformat() if day else None
        return None

    def crawler_prefix_end(self, line: str) -> int:
        """Where a crawler date glued before a page line ends (``date 2024-08-23 <headline>``),
        or 0."""
        for pattern in self.crawler_prefix:
            m = pattern.match(line)
            if m:
                return m.end()
        return 0


def compile_date_grammar(lexicon: Lexicon) -> DateGrammar:
    """The date grammar of ``lexicon``'s ``dates.yaml`` (a form of unknown kind is a
    :class:`LexiconError`)."""
    y = lexicon.yaml("dates.yaml")
    month_of = {f.lower(): int(num) for num, fs in y["months"].items() for f in fs}
    slots = _slots(y)
    scans: dict[str, QuickScan] = {}  # one per distinct quick-scan pattern
    sections = {part: _forms(y["forms"].get(part, []), part, slots, scans)
                for part in FORM_SECTIONS}
    weekday_en = {str(k): int(v) for k, v in y["weekdays"]["en"].items()}
    weekday_zh = {str(k): int(v) for k, v in y["weekdays"]["zh_days"].items()}
    rel_years_en = {k.lower(): int(v) for k, v in y["relative_years"]["en"].items()}
    rel_years_zh = {str(k): int(v) for k, v in y["relative_years"]["zh"].items()}
    rel_days_en = {k.lower(): int(v) for k, v in y["relative_days"]["en"].items()}
    rel_days_zh = {str(k): int(v) for k, v in y["relative_days"]["zh"].items()}
    named_zh = {str(k): (int(str(v).split("-")[0]), int(str(v).split("-")[1]))
                for k, v in y["named_days"]["zh"].items()}
    dl = y["dateline"]
    win = y["tense_less_window_days"]
    cue_words = [*y["future_cues"]["en"], *y["ongoing_cues"]["en"], *y["past_cues"]["en"], "ed"]
    return DateGrammar(
        month_of=MappingProxyType(month_of),
        weekday_en=MappingProxyType(weekday_en), weekday_zh=MappingProxyType(weekday_zh),
        rel_days=MappingProxyType({**rel_days_en, **rel_days_zh}),
        rel_years=MappingProxyType({**rel_years_en, **rel_years_zh}),
        named_days=MappingProxyType(named_zh),
        en=sections["en"], zh=sections["zh"], common=sections["common"], url=sections["url"],
        header=tuple(f for part in ("en", "zh", "common") for f in sections[part] if f.header),
        crawler=tuple(regexcache.compile(p) for p in y.get("crawler_patterns", [])),
        crawler_prefix=tuple(regexcache.compile(p) for p in y.get("crawler_prefix_patterns", [])),
        header_time=regexcache.compile(y["header_line"]["time"]),
        header_noise=regexcache.compile(y["header_line"]["noise"]),
        header_date_words=regexcache.compile(y["header_line"]["date_words"]),
        weekday_gap=regexcache.compile(y["weekday_gap"]),
        generic_today_zh=regexcache.compile(_alt(y["generic_after_today"]["zh"])),
        month_prep=regexcache.compile(rf"(?i)\b{_alt(y['en_month_prepositions'])}\s+$"),
        future_en=_cue_re(y["future_cues"]["en"], True),
        future_zh=_cue_re(y["future_cues"]["zh"], False),
        ongoing_en=_cue_re(y["ongoing_cues"]["en"], True),
        ongoing_zh=_cue_re(y["ongoing_cues"]["zh"], False),
        past_en=regexcache.compile(_past_en(y)),
        past_zh=_cue_re(y["past_cues"]["zh"], False),
        folded_cues_en=tuple(_unfolded(p) for p in (
            _cue_re(y["future_cues"]["en"], True), _cue_re(y["ongoing_cues"]["en"], True),
            regexcache.compile(_past_en(y)))),
        cue_hint_en=_hint_re(cue_words), cue_hint_reach=max(map(len, _first_words(cue_words))),
        name_after_en=regexcache.compile(r"\s+" + _alt(y["name_words"]["en"]) + r"\b"),
        name_after_zh=regexcache.compile(_alt(y["name_words"]["zh"])),
        dl_en_prefix=regexcache.compile(dl["en_prefix"]), dl_en_suffix=regexcache.compile(dl["en_suffix"]),
        dl_zh_prefix=regexcache.compile(dl["zh_prefix"]), dl_zh_suffix=regexcache.compile(dl["zh_suffix"]),
        dl_max_start=int(dl["max_start"]),
        stamp_prefix=regexcache.compile(dl["stamp_prefix"]), caption_suffix=regexcache.compile(dl["caption_suffix"]),
        window=MappingProxyType({"en": int(win["en"]), "zh": int(win["zh"])}),
        past_tolerance=int(y["past_tolerance_days"]),
        ambiguous_months=frozenset(y["ambiguous_months"]),
        anniversaries=tuple((int(base), regexcache.compile(r"(?i)" + _alt([str(w) for w in words])))
                            for base, words in y["anniversaries"].items()),
        anniversary_patterns=tuple(regexcache.compile(p) for ps in y["anniversary_patterns"].values()
                                   for p in ps),
        page_year=regexcache.compile(y["page_year_pattern"]), url_year=regexcache.compile(y["url_year_pattern"]),
    )


def _forms(rows: list[dict[str, Any]], part: str, slots: dict[str, Any],
           scans: dict[str, QuickScan]) -> tuple[DateForm, ...]:
    unknown = {row["kind"] for row in rows} - FORM_KINDS
    if unknown:
        raise LexiconError(f"dates.yaml forms.{part}: no resolution rule for {sorted(unknown)}")

    def scan(template: str | None) -> QuickScan | None:
        if not template:
            return None
        pattern = _fill_slots(template, slots)
        return scans.setdefault(pattern, QuickScan(regexcache.compile(pattern)))

    def scan_list(templates: str | list[str] | None) -> tuple[QuickScan, ...]:
        listed = [templates] if isinstance(templates, str) else templates or []
        return tuple(found for found in map(scan, listed) if found is not None)

    return tuple(DateForm(row["kind"], regexcache.compile(_fill_slots(row["pattern"], slots)),
                          str(row.get("gate", "")), bool(row.get("header", False)),
                          scan(row.get("starts")), scan_list(row.get("needs")))
                 for row in rows)


def _slots(y: dict[str, Any]) -> dict[str, Callable[[str], str] | str]:
    """The ``{{slot}}`` values of the forms: regex pieces built from the word lists of
    dates.yaml and its ``form_slots``."""
    forms = [f for fs in y["months"].values() for f in fs]
    forms = forms + [f.upper() for f in forms]
    full = [f for f in forms if len(f) > 4 or f.lower() in ("june", "july")]
    abbr = [f for f in forms if f not in full]
    lead = "".join(sorted({f[0] for f in forms}))

    def month(name: str) -> str:  # full names, or abbreviations with an optional dot
        # the look-ahead on the first letter keeps the scan cheap
        return rf"(?=[{lead}])\b(?P<{name}>{_alt(full)}\b|{_alt(abbr)}\b\.?)"

    def day(name: str) -> str:  # not a number going on (5%, 3,500, 5 percent, 5km)
        return (rf"(?P<{name}>3[01]|[12]\d|0?[1-9])(?P<{name}s>st|nd|rd|th)?"
                r"(?![\d%])(?!,\d{3}(?!\d))(?!\s*(?:percent|per cent)\b)(?![A-Za-z])")

    def year(name: str) -> str:
        return rf"(?P<{name}>1[89]\d\d|20\d\d)(?!\d)"

    rel_en = _alt([k.lower() for k in y["relative_years"]["en"]])
    rel_days_en = [k.lower() for k in y["relative_days"]["en"]]
    return {
        **{str(k): str(v) for k, v in y["form_slots"].items()},
        "month": month, "day": day, "year": year,
        "md_year": rf"(?:(?:\s*,\s*|\s+){year('y')}|\s*,?\s*(?:of\s+)?(?P<ry>{rel_en}))?",
        "rel_year_en": rel_en,
        "rel_year_zh": _alt([str(k) for k in y["relative_years"]["zh"]]),
        "month_parts_en": _alt(y["en_month_parts"]),
        "part_lead": "".join(sorted({w[0] for w in y["en_month_parts"]} | set(lead))),
        "months_any": _alt(forms),
        "months_and_parts_en": word_trie([*forms, *y["en_month_parts"]]),
        "weekdays_en": _alt([str(k) for k in y["weekdays"]["en"]]),
        "relative_days_en": _alt([w for k in rel_days_en for w in (k, k.capitalize())]),
        "tod_zh": _alt(y["time_of_day"]["zh"]), "month_parts_zh": _alt(y["zh_month_parts"]),
        "weekday_prefixes_zh": _alt(y["weekdays"]["zh_prefixes"]),
        "weekday_days_zh": "".join(str(k) for k in y["weekdays"]["zh_days"]),
        "relative_days_zh": _alt([str(k) for k in y["relative_days"]["zh"]]),
        "named_days_zh": _alt([str(k) for k in y["named_days"]["zh"]]),
    }


def _cue_re(words: list[str], en: bool) -> re.Pattern[str]:
    """A tense-cue pattern (only whether it matches is read: a trie of the words scans faster
    than their flat alternation)."""
    if en:
        return regexcache.compile(r"(?i)(?<![\w'])(?:" + word_trie(w.lower() for w in words) + r")(?!\w)")
    return regexcache.compile("(?:" + word_trie(words) + ")")


def _past_en(y: dict[str, Any]) -> str:
    """The EN past cues and the regular past forms (case-insensitive: the cue pattern leads
    with ``(?i)``)."""
    return _cue_re(y["past_cues"]["en"], True).pattern + "|" + y["en_past_pattern"]


def _unfolded(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """A ``(?i)`` cue pattern without the flag, for folded text (lower case, each character the
    Latin letter it matches case-insensitively): its words are in lower case, so it matches
    there exactly where the ``(?i)`` one matches the text."""
    source = pattern.pattern
    plain = re.sub(r"\\.", "", source)  # escapes (\b, \w) dropped
    if not source.startswith("(?i)") or "(?-i" in plain or any(c.isupper() for c in plain):
        raise LexiconError(f"dates.yaml: a cue pattern not in lower case: {source[:60]}")
    return regexcache.compile(source[len("(?i)"):])


def _hint_re(cues: list[str]) -> re.Pattern[str]:
    """Zero-width matches where the first word of one of ``cues`` (lower case) starts; every
    match of a cue pattern holds one (``ed`` stands for the regular past forms)."""
    return regexcache.compile(f"(?={_alt(_first_words(cues))})")


def _first_words(cues: list[str]) -> list[str]:
    return sorted({c.split()[0].lower() for c in cues})


_SLOT = re.compile(r"\{\{(\w+)(?::(\w+))?\}\}")


def _fill_slots(template: str, slots: dict[str, Callable[[str], str] | str]) -> str:
    """A date form of dates.yaml with its ``{{slot}}`` / ``{{slot:group}}`` parts filled."""
    def fill(m: re.Match[str]) -> str:
        value = slots[m.group(1)]
        return value(m.group(2)) if callable(value) else _fill_slots(value, slots)
    return _SLOT.sub(fill, template)


__all__ = ["DateForm", "DateGrammar", "QuickScan", "matches_at", "FORM_KINDS", "compile_date_grammar"]
