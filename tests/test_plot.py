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
