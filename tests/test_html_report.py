"""The HTML corpus report: one self-contained page, checked as text and in a headless browser."""

import re
import shutil
import subprocess
import warnings

import pytest

from pressnlp.corpus import CorpusResult
from pressnlp.corpus.html_report import html_report
from pressnlp.corpus.tables import typed
from study_tables import official_row

SY, WZ = "wb.shenyang.gov.cn", "fao.wenzhou.gov.cn"


@pytest.fixture(scope="module")
def result():
    rel = [{"release_id": f"r{i}", "kind": "release", "language": lang, "title": title,
            "date": day, "host": host}
           for i, (lang, title, day, host) in enumerate([
               ("zh", "周宏亮会见韩国驻沈阳总领事", "2024-01-10", SY),
               ("en", "Zhou Hongliang meets Korean consul general", "2024-01-11", SY),
               ("zh", "周宏亮出席友城论坛", "2024-02-20", SY),
               ("en", "Wenzhou hosts overseas Chinese youth camp", "2024-03-05", WZ),
               ("zh", "温州市外办举办涉外安全培训", "2024-04-18", None)], 1)]
    off = [official_row("r1", "周宏亮", "zh", "主任", "沈阳市外办", date="2024-01-10", host=SY),
           official_row("r2", "Zhou Hongliang", "en", "Director",
                        "Shenyang Foreign Affairs Office", date="2024-01-11", host=SY),
           official_row("r3", "周宏亮", "zh", "主任", "沈阳市外办", date="2024-02-20", host=SY),
           official_row("r4", "Xue Zhihao", "en", "Vice President",
                        "Wenzhou People's Association for Friendship with Foreign Countries",
                        date="2024-03-05", host=WZ)]
    themes = [{"release_id": r, "label": label, "score": 0.8, "rank": 1}
              for r, label in [("r1", "CONSULAR"), ("r2", "CONSULAR"), ("r3", "SISTER"),
                               ("r4", "EXPAT"), ("r5", "TRAINING")]]
    slogans = [{"release_id": "r3", "text": "一带一路", "canonical": "一带一路",
                "category": "DIPLOMACY"},
               {"release_id": "r4", "text": "Belt and Road", "canonical": "一带一路",
                "category": "DIPLOMACY"}]
    errors = [{"release_id": "broken", "path": "archive.zip::broken.html", "stage": "read",
               "reason": "binary: not a text or HTML document"}]
    return CorpusResult({"releases": typed("releases", rel), "officials": typed("officials", off),
                         "themes": typed("themes", themes), "slogans": typed("slogans", slogans),
                         "errors": typed("errors", errors)})


@pytest.fixture(scope="module")
def page(result):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # no CJK font on the test machine: pinyin in plots
        return html_report(result)


def field(page, ident):
    return re.search(rf'id="{ident}">([^<]*)<', page).group(1)


def test_summary_counts(page):
    assert field(page, "n-inputs") == "6"
    assert field(page, "n-releases") == "5" and field(page, "n-errors") == "1"
    assert field(page, "n-sites") == "2" and field(page, "n-people") == "2"
    assert field(page, "period") == "2024-01-10 – 2024-04-18"


def test_people_one_row_with_both_names(page):
    people = re.search(r'<table id="people".*?</table>', page).group(0)
    assert 'data-rows="2"' in people
    row = next(r for r in re.findall(r"<tr>.*?</tr>", people) if "Zhou Hongliang" in r)
    assert "周宏亮" in row and 'data-value="3"' in row


def test_self_contained_with_plots_and_errors(page):
    assert page.count('src="data:image/png;base64,') >= 5
    assert not re.search(r'(?:src|href)="(?:https?:)?//', page)  # nothing fetched from elsewhere
    assert "binary: not a text or HTML document" in page
    for section in ("summary", "releases", "people", "orgs", "themes", "slogans", "network",
                    "errors"):
        assert f'<section id="{section}">' in page


def test_written_by_the_result(result, tmp_path):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        result.to_html(tmp_path / "out" / "report.html")
    assert (tmp_path / "out" / "report.html").read_text(encoding="utf-8").startswith("<!DOCTYPE")


def _chromium():
    return next((shutil.which(n) for n in ("chromium", "chromium-browser", "google-chrome",
                                           "chrome") if shutil.which(n)), None)


def test_report_loads_in_a_headless_browser(page, tmp_path):
    browser = _chromium()
    if browser is None:
        pytest.skip("no Chromium on this machine (apt-get install chromium to run this test)")
    path = tmp_path / "report.html"
    path.write_text(page, encoding="utf-8")
    run = subprocess.run([browser, "--headless=new", "--no-sandbox", "--disable-gpu",
                          "--enable-logging=stderr", "--v=0", "--dump-dom", path.as_uri()],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr[-2000:]
    console = [line for line in run.stderr.splitlines() if ":CONSOLE" in line]
    assert not console, console
    dom = run.stdout
    assert 'data-ready="yes"' in dom  # the page's script ran to its end
    assert re.search(r'id="n-releases">5<', dom) and re.search(r'id="n-errors">1<', dom)
    assert re.search(r'<table id="people"[^>]*data-rows="2"', dom)


def test_report_of_a_parquet_dataset(result, tmp_path, capsys):
    from pressnlp.corpus.html_report import main

    result.to_parquet(tmp_path / "out")
    assert main([str(tmp_path / "out"), str(tmp_path / "report.html")]) == 0
    page = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert field(page, "n-releases") == "5" and field(page, "n-people") == "2"
    assert main([str(tmp_path / "missing"), str(tmp_path / "x.html")]) == 2
    assert "missing" in capsys.readouterr().err
