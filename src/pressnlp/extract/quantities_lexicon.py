"""Compiled quantity data from ``resources/quantities.yaml``: the grammar of the quantity
rules, a :class:`QuantityData` compiled from a lexicon (once per lexicon)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from .. import regexcache
from ..lexicon import Lexicon, default_grammar
from ..parse.date_grammar import DateGrammar
from ..textutil import word_trie
from ..textutil import alternation_group as alt
from .numbers import NumberData
from .spans import SpanSet


@dataclass(frozen=True)
class QuantityData:
    raw: dict[str, Any]
    numbers: NumberData
    dates: DateGrammar  # the date spans a quantity may not overlap
    en_mod: dict[str, str]
    en_mod_re: re.Pattern[str]  # modifier at the end of the text before a number
    en_frame_re: re.Pattern[str]  # "over the past" at the end of the text before a number
    en_mod_reach: int  # the length of the longest modifier
    en_frame_reach: int  # the length of the longest frame
    en_number_re: re.Pattern[str]
    # where a match of en_number_re can start (quick scans): a digit after no word character,
    # a currency prefix, a number word (in the folded copy of the text, titles.fold)
    en_number_starts: tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]
    en_cur_prefix: dict[str, str]
    en_cur_suffix: dict[str, str]
    en_cur_suffix_re: re.Pattern[str]
    en_percent_re: re.Pattern[str]
    en_hyphen_re: re.Pattern[str]
    en_policy_re: re.Pattern[str]
    en_labels: frozenset[str]
    en_definite: frozenset[str]
    en_formula_re: re.Pattern[str]
    irregular: frozenset[str]
    people_nouns: frozenset[str]
    not_plural: frozenset[str]
    post_heads: frozenset[str]
    stop_words: frozenset[str]
    fillers: frozenset[str]
    measure_prefixes: frozenset[str]
    max_words: int
    hyphen_plurals: dict[str, str]
    zh_number_re: re.Pattern[str]
    zh_number_starts: re.Pattern[str]  # where a match of zh_number_re can start: a numeral run
    zh_mod_before: dict[str, str]
    zh_mod_before_re: re.Pattern[str]
    zh_mod_after: dict[str, str]
    zh_after_unit: dict[str, str]
    zh_after_unit_re: re.Pattern[str]
    zh_currency: dict[str, str]
    zh_currency_re: re.Pattern[str]
    zh_percent_re: re.Pattern[str]
    zh_classifier_re: re.Pattern[str]
    zh_noun_classifiers: frozenset[str]
    zh_bare_noun_re: re.Pattern[str]
    zh_postposed_re: re.Pattern[str]
    zh_noun_stops: frozenset[str]
    zh_noun_joiners: frozenset[str]
    zh_noun_stop_words: re.Pattern[str]
    zh_max_noun: int
    zh_before_re: re.Pattern[str]
    zh_after_re: re.Pattern[str]
    zh_formula_re: re.Pattern[str]
    en_fraction_re: re.Pattern[str]
    en_fraction_needs: re.Pattern[str]  # what every fraction holds, in the folded text
    zh_fraction_needs: re.Pattern[str]
    zh_fraction_re: re.Pattern[str]
    zh_session_classifiers: frozenset[str]
    zh_session_re: re.Pattern[str]
    zh_numeral_bare_re: re.Pattern[str]
    en_duration_units: frozenset[str]
    zh_duration_classifiers: frozenset[str]
    zh_duration_nouns_re: re.Pattern[str]
    en_list_nouns: frozenset[str]
    zh_list_nouns_re: re.Pattern[str]

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> QuantityData:
        return _compile(lexicon.yaml("quantities.yaml"), lexicon.grammar(NumberData),
                        lexicon.grammar(DateGrammar))


def quantity_data(data: QuantityData | None = None) -> QuantityData:
    """``data``, or the quantity data of the process-wide lexicon."""
    return data if data is not None else default_grammar(QuantityData)


def _compile(y: dict[str, Any], numbers: NumberData, dates: DateGrammar) -> QuantityData:
    nums = y["numbers"]
    mods = y["modifiers"]
    cur = y["currencies"]
    en_u = y["en_units"]
    zh_u = y["zh_units"]
    ex = y["exclusions"]

    en_mod = {str(k).lower(): str(v) for k, v in mods["en_before"].items()}
    words = [w for w in nums["en_words"] if w not in ("zero",)]
    tens = [w for w, v in nums["en_words"].items() if 20 <= int(v) <= 90]
    units = [w for w, v in nums["en_words"].items() if 1 <= int(v) <= 9]
    word_num = rf"(?:{alt(tens)}[- ]{alt(units)}|{alt(words)})"
    scales = alt(nums["en_scales"])
    cur_prefix = {str(k): str(v) for k, v in cur["en_prefix"].items()}
    en_number = regexcache.compile(
        rf"(?:(?<![\w$€])(?P<cur>{alt(cur_prefix)})\s*|(?<![\w$€.,/+#-]))"
        rf"(?P<num>\d{{1,3}}(?:,\d{{3}})+(?:\.\d+)?|\d+(?:\.\d+)?|(?i:{word_num})(?![\w]))"
        rf"(?:\s*(?P<scale>(?i:{scales}))\b)?(?![\w])")
    en_cur_suffix = {str(k): str(v) for k, v in cur["en_suffix"].items()}
    hyphen_units = alt(en_u["hyphen_units"])

    zh_digits = "".join(map(str, nums["zh_digits"]))
    zh_units_chars = "".join(map(str, nums["zh_units"]))
    zh_scales = "".join(map(str, nums["zh_scales"]))
    zh_num_chars = zh_digits + zh_units_chars
    zh_number = regexcache.compile(
        rf"(?<![\d.{zh_num_chars}{zh_scales}])(?<![\d][,，])"
        rf"(?P<num>\d+(?:[.,]\d+)*|[{zh_num_chars}]+)"
        rf"(?P<scale1>[{zh_scales}]*)(?P<approx>{alt(mods['zh_after'])})?(?P<scale2>[{zh_scales}]*)")
    zh_before = {str(k): str(v) for k, v in mods["zh_before"].items()}
    zh_after = {str(k): str(v) for k, v in mods["zh_after"].items()}
    zh_after_unit = {str(k): str(v) for k, v in mods["zh_after_unit"].items()}
    zh_cur = {str(k): str(v) for k, v in cur["zh"].items()}

    return QuantityData(
        raw=y,
        numbers=numbers,
        dates=dates,
        en_mod=en_mod,
        en_mod_re=regexcache.compile(rf"(?i)(?<![\w])(?P<mod>{alt(en_mod)})\s+$"),
        en_frame_re=regexcache.compile(rf"(?i)(?<![\w])(?P<frame>{alt(mods['en_temporal_frames'])})\s+$"),
        en_mod_reach=max(map(len, en_mod)),
        en_frame_reach=max(len(str(w)) for w in mods["en_temporal_frames"]),
        en_number_re=en_number,
        en_number_starts=(regexcache.compile(r"\d(?<!\w\d)"), regexcache.compile(alt(cur_prefix)),
                          regexcache.compile(rf"{word_trie(str(w).lower() for w in nums['en_words'])}(?![\w])")),
        en_cur_prefix=cur_prefix,
        en_cur_suffix={k.lower(): v for k, v in en_cur_suffix.items()},
        en_cur_suffix_re=regexcache.compile(rf"\s*(?P<cur>(?i:{alt(en_cur_suffix)}))(?![\w])"),
        en_percent_re=regexcache.compile(rf"\s*(?P<pct>{alt(y['percent']['en'])})(?![\w])"),
        en_hyphen_re=regexcache.compile(rf"-(?P<hu>(?i:{hyphen_units}))s?(?![\w])"),
        en_policy_re=regexcache.compile(rf"(?i)\s*{alt(ex['en_policy_words'])}(?![\w])"),
        en_labels=frozenset(ex["en_labels"]),
        en_definite=frozenset(w.lower() for w in ex["en_definite"]),
        en_formula_re=regexcache.compile(rf"(?i)(?<![\w]){alt(ex['en_formula_phrases'])}(?![\w])"),
        irregular=frozenset(w.lower() for w in en_u["irregular_plurals"]),
        people_nouns=frozenset(w.lower() for w in en_u["people_nouns"]),
        not_plural=frozenset(w.lower() for w in en_u["not_plural"]),
        post_heads=frozenset(w.lower() for w in en_u["post_heads"]),
        stop_words=frozenset(w.lower() for w in en_u["stop_words"]),
        fillers=frozenset(w.lower() for w in en_u["fillers"]),
        measure_prefixes=frozenset(w.lower() for w in en_u["measure_prefixes"]),
        max_words=int(en_u["max_words"]),
        hyphen_plurals={str(k): str(v) for k, v in en_u["hyphen_plurals"].items()},
        zh_number_re=zh_number,
        zh_number_starts=regexcache.compile(rf"[\d{zh_num_chars}](?<![\d.{zh_num_chars}{zh_scales}].)"),
        zh_mod_before=zh_before,
        zh_mod_before_re=regexcache.compile(rf"(?P<mod>{alt(zh_before)})$"),
        zh_mod_after=zh_after,
        zh_after_unit=zh_after_unit,
        zh_after_unit_re=regexcache.compile(rf"(?P<au>{alt(zh_after_unit)})"),
        zh_currency=zh_cur,
        zh_currency_re=regexcache.compile(rf"(?P<cur>{alt(zh_cur)})"),
        zh_percent_re=regexcache.compile(rf"(?P<pct>{alt(y['percent']['zh'])})"),
        zh_classifier_re=regexcache.compile(rf"(?P<cl>{alt(zh_u['classifiers'])})"),
        zh_noun_classifiers=frozenset(zh_u["noun_classifiers"]),
        zh_bare_noun_re=regexcache.compile(rf"(?P<bn>{alt(zh_u['bare_nouns'])})"),
        zh_postposed_re=regexcache.compile(rf"(?P<pn>{alt(zh_u['postposed_nouns'])})$"),
        zh_noun_stops=frozenset(str(zh_u["noun_stops"])),
        zh_noun_joiners=frozenset(str(zh_u.get("noun_joiners", ""))),
        zh_noun_stop_words=regexcache.compile(alt(zh_u["noun_stop_words"])),
        zh_max_noun=int(zh_u["max_noun_chars"]),
        zh_before_re=regexcache.compile(rf"{alt(ex['zh_before'])}$"),
        zh_after_re=regexcache.compile(alt(ex["zh_after"])),
        zh_formula_re=regexcache.compile(alt(ex["zh_formula_words"])),
        en_fraction_re=regexcache.compile(y["fractions"]["en_pattern"]),
        en_fraction_needs=regexcache.compile(y["fractions"]["en_needs"]),
        zh_fraction_needs=regexcache.compile(y["fractions"]["zh_needs"]),
        zh_fraction_re=regexcache.compile(y["fractions"]["zh_pattern"]),
        zh_session_classifiers=frozenset(ex["zh_session_classifiers"]),
        zh_session_re=regexcache.compile(alt(ex["zh_session_words"])),
        zh_numeral_bare_re=regexcache.compile(rf"(?P<bn>{alt(ex['zh_numeral_bare_nouns'])})"),
        en_duration_units=frozenset(w.lower() for w in ex["en_duration_units"]),
        zh_duration_classifiers=frozenset(ex["zh_duration_classifiers"]),
        zh_duration_nouns_re=regexcache.compile(alt(ex["zh_duration_nouns"])),
        en_list_nouns=frozenset(w.lower() for w in ex["en_list_nouns"]),
        zh_list_nouns_re=regexcache.compile(alt(ex["zh_list_nouns"])),
    )


def excluded_set(spans: list[tuple[int, int]]) -> SpanSet:
    """The spans no quantity starts in (dates, fractions), merged in one pass so that the
    EN and ZH grammars ask "is this number inside one?" in logarithmic time."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        else:
            merged.append((start, end))
    return SpanSet(merged)
