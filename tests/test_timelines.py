"""Themes and slogans over time, by site."""

import pandas as pd
import pytest

from pressnlp.corpus.timelines import slogan_timeline, theme_timeline


@pytest.fixture(scope="module")
def tables():
    releases = pd.DataFrame({
        "release_id": ["a", "b", "c", "d", "e", "f"],
        "kind": ["release", "release", "release", "release", "list", "release"],
        "date": pd.to_datetime(["2024-01-05", "2024-01-20", "2024-01-28", "2024-02-03",
                                "2024-02-04", None]),
        "host": ["wb.shenyang.gov.cn", "wb.shenyang.gov.cn", "fao.wenzhou.gov.cn",
                 "wb.shenyang.gov.cn", "wb.shenyang.gov.cn", "fao.wenzhou.gov.cn"]})
    themes = pd.DataFrame({
        "release_id": ["a", "a", "b", "c", "d", "e", "f"],
        "label": ["SISTER", "VISIT", "SISTER", "PARTY", "CONSULAR", "SISTER", "SISTER"],
        "score": [0.9, 0.6, 0.8, 0.95, 0.7, 0.5, 0.9], "rank": [1, 2, 1, 1, 1, 1, 1]})
    slogans = pd.DataFrame({
        "release_id": ["a", "a", "c", "d"],
        "text": ["high-quality development", "High-Quality Development", "两个确立", "Belt and Road"],
        "canonical": ["高质量发展", "高质量发展", "两个确立", None],
        "category": ["DEVELOPMENT", "DEVELOPMENT", "IDEOLOGY", None]})
    return releases, themes, slogans


def test_monthly_theme_counts_and_shares_by_site(tables):
    releases, themes, _ = tables
    t = theme_timeline(releases, themes)
    jan_sy = t[(t["period"] == pd.Timestamp("2024-01-01")) & (t["host"] == "wb.shenyang.gov.cn")]
    sister = jan_sy[jan_sy["label"] == "SISTER"].iloc[0]
    assert sister["n_releases"] == 2 and sister["n_total"] == 2 and sister["share"] == 1.0
    assert jan_sy[jan_sy["label"] == "VISIT"].iloc[0]["share"] == 0.5
    # the list page (e) and the undated release (f) are not counted
    feb = t[t["period"] == pd.Timestamp("2024-02-01")]
    assert list(feb["label"]) == ["CONSULAR"]


def test_theme_timeline_overall_and_top_only(tables):
    releases, themes, _ = tables
    t = theme_timeline(releases, themes, by=None, top_only=True)
    assert "host" not in t.columns
    jan = t[t["period"] == pd.Timestamp("2024-01-01")].set_index("label")
    assert "VISIT" not in jan.index
    assert jan.loc["SISTER", "share"] == pytest.approx(2 / 3)
    q = theme_timeline(releases, themes, freq="Q", by=None)
    assert set(q["period"]) == {pd.Timestamp("2024-01-01")}


def test_slogan_timeline(tables):
    releases, _, slogans = tables
    s = slogan_timeline(releases, slogans, by=None)
    jan = s[s["period"] == pd.Timestamp("2024-01-01")].set_index("slogan")
    assert jan.loc["高质量发展", "n_mentions"] == 2 and jan.loc["高质量发展", "n_releases"] == 1
    assert jan.loc["高质量发展", "category"] == "DEVELOPMENT"
    assert jan.loc["两个确立", "share"] == pytest.approx(1 / 3)
    feb = s[s["period"] == pd.Timestamp("2024-02-01")]
    assert list(feb["slogan"]) == ["Belt and Road"]  # no canonical form: the text
    assert len(slogan_timeline(releases, slogans, min_releases=2)) == 0


def test_empty_inputs():
    empty = pd.DataFrame(columns=["release_id", "date", "host"])
    assert len(theme_timeline(empty, pd.DataFrame(columns=["release_id", "label"]))) == 0
    assert len(slogan_timeline(empty, None)) == 0
