"""The text report ranks people by person_id (EN and ZH names of one person are one entry)."""

import re

import pandas as pd

from pressnlp.corpus import CorpusResult
from pressnlp.corpus.report import report
from pressnlp.corpus.tables import typed
from study_tables import official_row

SY = "wb.shenyang.gov.cn"


def result():
    rel = [{"release_id": f"r{i}", "kind": "release", "language": lang, "title": title,
            "date": f"2024-0{i}-10", "host": SY}
           for i, (lang, title) in enumerate([("zh", "陈双伟会见韩国驻沈阳总领事"),
                                              ("en", "Chen Shuangwei meets Korean consul general"),
                                              ("zh", "陈双伟出席友城论坛"),
                                              ("en", "Vice Mayor Wang Lihua visits Busan")], 1)]
    off = [official_row("r1", "陈双伟", "zh", "主任", "沈阳市外办", date="2024-01-10", host=SY),
           official_row("r2", "Chen Shuangwei", "en", "Director",
                        "Shenyang Foreign Affairs Office", date="2024-02-10", host=SY),
           official_row("r3", "陈双伟", "zh", "主任", "沈阳市外办", date="2024-03-10", host=SY),
           official_row("r4", "Wang Lihua", "en", "Vice Mayor", "Shenyang", date="2024-04-10",
                        host=SY)]
    return CorpusResult({"releases": typed("releases", rel), "officials": typed("officials", off)})


def people_line(text):
    return next(line for line in text.splitlines() if line.startswith("people most mentioned"))


def test_one_person_one_entry_with_both_names():
    line = people_line(report(result()))
    assert line.count("陈双伟") == 1 and line.count("Chen Shuangwei") == 1
    assert "Chen Shuangwei / 陈双伟 (Director / 主任) 3" in line


def test_people_ranked_by_releases():
    line = people_line(report(result()))
    counts = [int(n) for n in re.findall(r" (\d+)(?:,|$)", line)]
    assert counts == sorted(counts, reverse=True) and counts[0] == 3
    assert line.index("Chen Shuangwei") < line.index("Wang Lihua")


def test_report_without_officials():
    empty = CorpusResult({"releases": typed("releases", [{"release_id": "r1", "title": "x"}])})
    text = report(empty)
    assert people_line(text).endswith("(none)")
    assert pd.notna(text)
