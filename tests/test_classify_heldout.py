"""Themes and slogans on held-out releases written for the tests (tests/classify_heldout.py),
scored like the devset: slogans matched by canonical form (else similar text), one a canonical
and script; themes as label sets. Plus targeted checks of the hard negatives."""

from __future__ import annotations

import difflib
import re

import pytest

from pressnlp.classify import classify
from pressnlp.classify.slogans import find_slogans, norm_key
from pressnlp.records import Release

from classify_heldout import HELDOUT

_CJK = re.compile(r"[\u3400-\u9fff]")


def _release(item: dict) -> Release:
    return Release(id=item["id"], title=item["title"], language=item["language"],
                   paragraphs=tuple(item["paragraphs"]))


def _distinct(pairs: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """(text, canonical) pairs, one per (canonical, script)."""
    out, seen = [], set()
    for text, canon in pairs:
        key = (norm_key(canon or text), bool(_CJK.search(text)))
        if key not in seen:
            seen.add(key)
            out.append((norm_key(text), norm_key(canon or text)))
    return out


def _match(gold: list[tuple[str, str]], pred: list[tuple[str, str]]) -> int:
    used, tp = set(), 0
    for gt, gc in gold:
        for j, (pt, pc) in enumerate(pred):
            if j in used:
                continue
            if gc == pc or difflib.SequenceMatcher(None, gt, pt).ratio() >= 0.85:
                used.add(j)
                tp += 1
                break
    return tp


@pytest.fixture(scope="module")
def results():
    return [(item, *classify(_release(item))) for item in HELDOUT]


def test_heldout_is_large_and_varied():
    assert len(HELDOUT) >= 30
    labels = {lab for item in HELDOUT for lab in item["themes"]}
    assert len(labels) == 16
    assert {item["language"] for item in HELDOUT} == {"en", "zh"}


def test_heldout_slogans_and_themes(results):
    s_tp = s_fp = s_fn = t_tp = t_fp = t_fn = 0
    misses = []
    for item, themes, slogans in results:
        gold = _distinct([(t, c) for t, c, _cat, _num in item["slogans"]])
        pred = _distinct([(s.text, s.canonical) for s in slogans])
        tp = _match(gold, pred)
        s_tp, s_fp, s_fn = s_tp + tp, s_fp + len(pred) - tp, s_fn + len(gold) - tp
        g_lab, p_lab = set(item["themes"]), {t.label for t in themes}
        t_tp += len(g_lab & p_lab)
        t_fp += len(p_lab - g_lab)
        t_fn += len(g_lab - p_lab)
        if tp != len(gold) or tp != len(pred) or g_lab != p_lab:
            misses.append(f"{item['id']}: themes gold {sorted(g_lab)} pred {sorted(p_lab)}; "
                          f"slogans gold {[t for t, *_ in item['slogans']]} "
                          f"pred {[s.text for s in slogans]}")
    s_p = s_tp / max(1, s_tp + s_fp)
    s_r = s_tp / max(1, s_tp + s_fn)
    t_f1 = 2 * t_tp / max(1, 2 * t_tp + t_fp + t_fn)
    print(f"\nslogans P {s_p:.3f} R {s_r:.3f} ({s_tp}/{s_fp}/{s_fn}); themes micro-F1 {t_f1:.3f} "
          f"({t_tp}/{t_fp}/{t_fn})")
    print("\n".join(misses))
    assert s_p >= 0.9 and s_r >= 0.8 and t_f1 >= 0.8


def test_heldout_slogan_categories(results):
    total = right = 0
    for item, _themes, slogans in results:
        cats = {norm_key(s.canonical): s.category for s in slogans}
        for _t, canon, cat, _num in item["slogans"]:
            if norm_key(canon) in cats:
                total += 1
                right += cats[norm_key(canon)] == cat
    assert total and right / total >= 0.85


def _texts(text: str) -> set[str]:
    return {s.text for s in find_slogans(text)}


def test_quoted_program_exhibition_and_gala_names_are_not_slogans():
    assert _texts("记者团参加了“外国记者看深圳”采访活动，并参观了“丝路华彩”中外摄影作品展。") == set()
    assert _texts('Guests attended the "Silk Road Night" gala and the photo exhibition '
                  '"Colors of the Silk Road", then joined the "Foreign Journalists See Shenzhen" '
                  'interview tour.') == set()


def test_quoted_speech_is_not_a_slogan():
    assert _texts('"Cooperation Brings Us Together," said the consul general. He added: '
                  '"We Look Forward to More Exchanges."') == set()
    assert _texts("他说：“我们期待与贵市在更多领域开展合作。”") == set()


def test_ordinals_counts_and_two_sides_are_not_numbered_formulas():
    text = ("会议从三个方面总结工作，两国、两市和双方均表示满意。我市组派两个代表团出访，"
            "新建两个中心城市服务站。The two sides agreed on three areas of cooperation and the "
            'city opened a "one-stop" service window.')
    assert _texts(text) == set()


def test_industry_lists_are_not_parallel_formulas():
    assert _texts("新区大力发展新能源、新材料、新医药，并引进智能制造、智能网联、智能家居项目。") == set()
    assert _texts("重点发展高端装备、高新技术、高效农业，产业集聚效应日益显现。") == set()


def test_generic_cooperation_wording_is_not_a_slogan():
    text = ("双方同意深化务实合作，加强民间交流，欢迎企业来我市投资兴业，共同优化营商环境，"
            "促进民心相通，用好RCEP机遇，推进中国—中东欧国家合作。")
    assert _texts(text) == set()


def test_real_formulas_still_found_among_negatives():
    found = {s.canonical for s in find_slogans(
        "会议要求增强四个意识，坚定四个自信，坚持“两个确立”，推动高质量发展。")}
    assert {"四个意识", "四个自信", "两个确立", "高质量发展"} <= found
