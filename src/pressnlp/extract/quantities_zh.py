"""Chinese quantity phrases: modifier + number (+ 万/亿) (+ 余/多) + classifier + noun.

``100余人``, ``近70万温州人``, ``约80万元``, ``3.2亿元``, ``15个国家``, ``签约项目12个``,
``为期5天`` (→ ``5天``); not durations (``40年来``, ``20多年``, ``99岁``), parts of a list
(``五个方面``), ordinals (``第十届``), years (``2024年``), dates,
hotlines (``12308``), the article-like ``一个`` or numbered formulas (``两个确立``).
Matching runs on a simplified copy of the text of the same length.
"""

from __future__ import annotations

from ..parse.date_grammar import matches_at
from ..records import Quantity
from .numbers import parse_zh
from .quantities_lexicon import QuantityData, excluded_set, quantity_data


def _noun_after(text: str, pos: int, d: QuantityData) -> int:
    """End of the counted noun starting at ``pos`` (``pos`` when there is none)."""
    end = pos
    while end < len(text) and end - pos < d.zh_max_noun:
        ch = text[end]
        if ch in d.zh_noun_stops or not ("\u3400" <= ch <= "\u9fff") \
                or (end > pos and d.zh_noun_stop_words.match(text, end)):
            break
        end += 1
    # a coordination of nouns: 国家和地区, 日资企业和本地企业
    if end < len(text) and text[end] in d.zh_noun_joiners and end - pos <= 4:
        nxt = end + 1
        j = nxt
        while j < len(text) and j - nxt < 4 and "\u3400" <= text[j] <= "\u9fff" \
                and text[j] not in d.zh_noun_stops:
            j += 1
        if j - nxt >= 2:
            end = j
    return end


_NUMERALS = "0123456789零〇一二两三四五六七八九十百千"


def _in_short_quote(text: str, pos: int, limit: int = 8) -> bool:
    """True when ``pos`` sits inside a short quoted phrase (“三个代表”: a numbered formula)."""
    i = text.rfind("“", max(0, pos - limit), pos)
    if i < 0 or "”" in text[i:pos]:
        return False
    j = text.find("”", pos, pos + limit)
    return j >= 0


def _fractions(text: str, d: QuantityData) -> list[Quantity]:
    """``三分之一`` (1/3), ``百分之十五`` (15 percent), with a modifier before them."""
    out: list[Quantity] = []
    if not d.zh_fraction_needs.search(text):
        return out
    for m in d.zh_fraction_re.finditer(text):
        num, den = parse_zh(m.group("num"), d.numbers), parse_zh(m.group("den"), d.numbers)
        if not num or not den:
            continue
        value, unit = (num, "percent") if den == 100 else (num / den, None)
        before = text[max(0, m.start() - 6):m.start()]
        mod = d.zh_mod_before_re.search(before)
        start = m.start() - len(mod.group("mod")) if mod else m.start()
        out.append(Quantity(text=text[start:m.end()], value=value,
                            modifier=d.zh_mod_before[mod.group("mod")] if mod else None,
                            unit=unit, start=start, end=m.end()))
    return out


def find_quantities_zh(text: str, *, excluded: list[tuple[int, int]] = (),
                       data: QuantityData | None = None) -> list[Quantity]:
    """Quantities of a Chinese text (already simplified and with ASCII digits); ``excluded``
    spans (dates) hold none. Offsets are into ``text``."""
    d = quantity_data(data)
    out: list[Quantity] = _fractions(text, d)
    skip = excluded_set([*excluded, *((q.start, q.end) for q in out)])
    starts = (hit.start() for hit in d.zh_number_starts.finditer(text))
    for m in matches_at(d.zh_number_re, starts, text):
        s = m.start("num")
        if skip.covers(s):
            continue
        num = m.group("num").replace(",", "")
        chinese = not num[0].isdigit()
        scale = m.group("scale1") + m.group("scale2")
        value = parse_zh(num + scale, d.numbers)
        if value is None or value == 0:
            continue
        before = text[max(0, s - 6):s]
        mod_m = d.zh_mod_before_re.search(before)
        if d.zh_before_re.search(before) and not mod_m:
            continue  # 第十届, 每3天, 这两
        if chinese and _in_short_quote(text, s):
            continue  # “三个代表”, “两个维护”: numbered formulas
        pos = m.end()
        rest = text[pos:pos + 12]
        if d.zh_after_re.match(rest) or rest[:1] in "-－—" and rest[1:2].isdigit():
            continue  # 12308热线, 24中, 40周年, 028-96111
        approx = m.group("approx")
        modifier = d.zh_mod_before[mod_m.group("mod")] if mod_m else None
        if approx:
            modifier = d.zh_mod_after[approx]
        unit: str | None = None
        end = pos
        start = s - len(mod_m.group("mod")) if mod_m else s
        if cur := d.zh_currency_re.match(text, pos):
            unit, end = d.zh_currency[cur.group("cur")], cur.end()
        elif pct := d.zh_percent_re.match(text, pos):
            unit, end = "percent", pct.end()
        elif cl := d.zh_classifier_re.match(text, pos):
            classifier = cl.group("cl")
            end = cl.end()
            if classifier in d.zh_session_classifiers:
                j = end
                while j < len(text) and text[j] in _NUMERALS:
                    j += 1
                if d.zh_session_re.match(text, j):
                    continue  # 二十届三中全会, 十四届全国人大二次会议: sessions are ordinals
            if classifier in d.zh_duration_classifiers:
                continue  # 20多年, 40年来, 99岁, 30分钟, 80年代: periods, not counts
            unit = classifier
            if classifier in d.zh_noun_classifiers:
                if chinese and value == 1:
                    continue  # article-like 一个 / 一家
                if d.zh_duration_nouns_re.match(text, end) or d.zh_list_nouns_re.match(text, end):
                    continue  # 三个月 (a period), 五个方面 (the parts of a list)
                noun_end = _noun_after(text, end, d)
                if noun_end > end:
                    if chinese and d.zh_formula_re.match(text, end):
                        continue  # 两个确立, 四个意识, 五个示范
                    unit, end = text[end:noun_end], noun_end
                else:
                    post = d.zh_postposed_re.search(text[max(0, s - 6):s])
                    if post:  # 签约项目12个: the counted noun comes first
                        unit = post.group("pn")
                        start = s - len(unit)
        elif chinese and value >= 3 and (bn := d.zh_numeral_bare_re.match(text, pos)):
            unit, end = bn.group("bn"), bn.end()  # 五省市
        elif not chinese and (bn := d.zh_bare_noun_re.match(text, pos)):
            unit, end = bn.group("bn"), bn.end()
        elif scale and (not chinese or modifier):
            noun_end = _noun_after(text, pos, d)  # 近70万温州人; 人口850万
            if noun_end > pos:
                unit, end = text[pos:noun_end], noun_end
        else:
            continue
        if chinese and value == 1:
            continue
        if chinese and len(num) == 1 and num in "百千万亿" and not modifier:
            continue  # 千家万户, 百花: idioms, not counts
        after_unit = d.zh_after_unit_re.match(text, end)
        if after_unit:
            modifier = modifier or d.zh_after_unit[after_unit.group("au")]
        out.append(Quantity(text=text[start:end], value=value, modifier=modifier, unit=unit,
                            start=start, end=end))
    out.sort(key=lambda q: q.start)
    return out
