"""pressnlp.plot helpers return Agg figures that render, for real and for empty studies."""

import pandas as pd
import pytest
from matplotlib.figure import Figure

import pressnlp.plot as pp
from study_tables import StudyResult, official_row as off


@pytest.fixture(scope="module")
def result():
    officials = pd.DataFrame([
        off("r1", "吕志成", "zh", "市长", None), off("r1", "毕满天", "zh", "总领事", "德国驻沈阳总领事馆"),
        off("r2", "Lyu Zhicheng", "en", "Mayor", "Shenyang"),
        off("r2", "Chen Shuangwei", "en", "Director", "Shenyang Foreign Affairs Office"),
        off("r3", "陈双伟", "zh", "主任", "沈阳市外办"), off("r3", "吕志成", "zh", "市长", None)])
    releases = pd.DataFrame({"release_id": ["r1", "r2", "r3"], "kind": "release",
                             "date": pd.to_datetime(["2023-01-10", "2023-02-05", "2023-03-01"]),
                             "host": "wb.shenyang.gov.cn"})
    themes = pd.DataFrame({"release_id": ["r1", "r2", "r3", "r3"],
                           "label": ["CONSULAR", "VISIT", "SISTER", "VISIT"],
                           "score": 0.8, "rank": [1, 1, 1, 2]})
    slogans = pd.DataFrame({"release_id": ["r1", "r3"], "text": ["高质量发展", "一带一路"],
                            "canonical": ["高质量发展", "一带一路"],
                            "category": ["DEVELOPMENT", "DIPLOMACY"]})
    return StudyResult(officials, releases=releases, themes=themes, slogans=slogans)


def rendered(fig, tmp_path, name):
    assert isinstance(fig, Figure)
    path = tmp_path / f"{name}.png"
    fig.savefig(path)
    return path.stat().st_size > 1000


def test_themes_over_time(result, tmp_path):
    fig = pp.themes_over_time(result)
    assert rendered(fig, tmp_path, "themes")
    labels = {line.get_label() for line in fig.axes[0].get_lines()}
    assert {"CONSULAR", "VISIT", "SISTER"} <= labels
    per_site = pp.themes_over_time(result.theme_timeline(by="host"))
    assert len(per_site.axes[0].get_lines()) == 3


def test_top_officials(result, tmp_path):
    fig = pp.top_officials(result, n=5)
    assert rendered(fig, tmp_path, "officials")
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert ticks[-1].startswith("Lyu Zhicheng")  # most releases on top


def test_slogan_timeline(result, tmp_path):
    fig = pp.slogan_timeline(result)
    assert rendered(fig, tmp_path, "slogans")
    assert len(fig.axes[0].get_yticklabels()) == 2


def test_meeting_network(result, tmp_path):
    fig = pp.meeting_network(result)
    assert rendered(fig, tmp_path, "network")


def test_empty_inputs_give_a_figure(tmp_path):
    empty = StudyResult(pd.DataFrame(columns=["release_id", "name", "lang"]),
                        releases=pd.DataFrame(columns=["release_id", "date", "host"]),
                        themes=pd.DataFrame(columns=["release_id", "label"]),
                        slogans=pd.DataFrame(columns=["release_id", "text", "canonical"]))
    for fig in (pp.themes_over_time(empty), pp.top_officials(empty), pp.slogan_timeline(empty),
                pp.meeting_network(empty)):
        assert rendered(fig, tmp_path, "empty")


# -- issue 15 item 10: shares with enough releases, gaps, readable networks, CJK fonts


def timeline_result():
    dates = (["2024-01-05", "2024-01-12", "2024-01-20", "2024-01-28"]  # 4 releases
             + ["2024-03-03"]                                          # 1 release: too few
             + ["2024-04-02", "2024-04-09", "2024-04-16"])             # 3 releases
    ids = [f"r{i}" for i in range(len(dates))]
    releases = pd.DataFrame({"release_id": ids, "kind": "release", "date": pd.to_datetime(dates),
                             "host": ["wb.shenyang.gov.cn", "fao.wenzhou.gov.cn"] * 4})
    themes = pd.DataFrame({
        "release_id": ["r0", "r1", "r2", "r2", "r3", "r3", "r4", "r5", "r6", "r7"],
        "label": ["VISIT", "VISIT", "VISIT", "SISTER", "VISIT", "SISTER", "SISTER", "TRADE",
                  "TRADE", "VISIT"],
        "score": 0.8, "rank": 1})
    return StudyResult(pd.DataFrame(columns=["release_id", "name", "lang"]), releases=releases,
                       themes=themes)


def line(fig, label):
    [found] = [ln for ln in fig.axes[0].get_lines() if ln.get_label() == label]
    return pd.Series(found.get_ydata(), index=pd.to_datetime(found.get_xdata()))


@pytest.mark.parametrize("by", [None, "host"])
def test_theme_shares_need_enough_releases_and_leave_gaps(tmp_path, by):
    res = timeline_result()
    fig = pp.themes_over_time(res if by is None else res.theme_timeline(by=by))
    assert rendered(fig, tmp_path, f"shares-{by}")
    visit, sister = line(fig, "VISIT"), line(fig, "SISTER")
    assert visit[pd.Timestamp("2024-01-01")] == 1.0  # 4 of 4 releases, not 4 of 6 labels
    assert sister[pd.Timestamp("2024-01-01")] == 0.5
    assert pd.isna(visit[pd.Timestamp("2024-02-01")])  # no release: a gap, not 0
    assert pd.isna(sister[pd.Timestamp("2024-03-01")])  # one release: too few for a share
    assert visit[pd.Timestamp("2024-04-01")] == pytest.approx(1 / 3)
    counts = pp.themes_over_time(res, value="n_releases")
    assert line(counts, "SISTER")[pd.Timestamp("2024-03-01")] == 1


def crowded_network():
    import networkx as nx

    g = nx.Graph()
    for i in range(20):
        g.add_node(f"P{i:02d}", kind="person", name=f"Official Number {i} of the Long-Named "
                   "Municipal Foreign Affairs Office", n_releases=1)
    for i in range(1, 20):
        g.add_edge("P00", f"P{i:02d}", weight=1.0 / i, n_releases=max(1, 5 - i), kind="person-person")
    return g


def test_network_labels_top_nodes_only_with_whole_names(tmp_path):
    fig = pp.meeting_network(crowded_network(), labels=5)
    assert rendered(fig, tmp_path, "crowded")
    names = [t.get_text() for t in fig.axes[0].texts if "Official" in t.get_text()]
    assert len(names) == 5
    assert all("…" not in n and n.replace("\n", " ").endswith("Affairs Office") for n in names)
    weights = [t.get_text() for t in fig.axes[0].texts if t.get_text().endswith("×")]
    assert weights and "4×" in weights


def test_without_cjk_font_say_so_once_and_romanise(monkeypatch, tmp_path):
    import warnings

    monkeypatch.setattr(pp, "cjk_font", lambda: None)
    monkeypatch.setattr(pp, "_warned", [])
    people = pd.DataFrame({"person_id": ["P1", "P2"], "name": ["陈双伟", "毕满天"],
                           "names_en": [[], []], "names_zh": [["陈双伟"], ["毕满天"]],
                           "n_releases": [3, 2]})
    with pytest.warns(pp.MissingCJKFontWarning, match="no installed font draws Chinese"):
        fig = pp.top_officials(people)
    ticks = [t.get_text() for t in fig.axes[0].get_yticklabels()]
    assert ticks == ["Bi Mantian", "Chen Shuangwei"]
    with warnings.catch_warnings():
        warnings.simplefilter("error", pp.MissingCJKFontWarning)
        assert rendered(pp.top_officials(people), tmp_path, "again")  # said once only


def test_with_cjk_font_names_are_drawn_as_written(monkeypatch):
    monkeypatch.setattr(pp, "cjk_font", lambda: "Test CJK Sans")
    people = pd.DataFrame({"person_id": ["P1"], "name": ["Chen Shuangwei"],
                           "names_en": [["Chen Shuangwei"]], "names_zh": [["陈双伟"]],
                           "n_releases": [3]})
    fig = pp.top_officials(people)
    [tick] = fig.axes[0].get_yticklabels()
    assert tick.get_text() == "Chen Shuangwei / 陈双伟"
    assert tick.get_fontfamily()[0] == "Test CJK Sans"


def test_cjk_font_is_found_through_the_font_manager():
    from matplotlib import font_manager, ft2font

    font = pp.cjk_font()
    fonts = font_manager.fontManager.ttflist
    if font is None:
        assert not any(f.name in pp._CJK_FONTS for f in fonts)
    elif font not in pp._CJK_FONTS:
        face = ft2font.FT2Font(next(f.fname for f in fonts if f.name == font))
        assert face.get_char_index(ord("中")) != face.get_char_index(ord("文"))
