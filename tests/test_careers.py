"""Careers: promotions and transfers of linked officials across EN and ZH releases."""

import pandas as pd
import pytest

from study_tables import StudyResult, official_row


def official(rid, name, lang, title, org, host, date, posts=()):
    return official_row(rid, name, lang, title, org, posts, date=pd.Timestamp(date), host=host)


SY, SY_EN = "wb.shenyang.gov.cn", "wb.shenyang.gov.cn"


@pytest.fixture(scope="module")
def result():
    rows = [
        # Liu Donghai: Deputy Director (2022, EN and ZH) → Director (2024)
        official("a1", "刘东海", "zh", "副主任", "沈阳市外办", SY, "2022-03-01"),
        official("a2", "Liu Donghai", "en", "Deputy Director", "Shenyang Foreign Affairs Office",
                 SY_EN, "2022-03-02"),
        official("a3", "Liu Donghai", "en", "Deputy Director", "Shenyang FAO", SY_EN, "2023-06-10"),
        official("a4", "刘东海", "zh", "主任", "沈阳市外办", SY, "2024-08-27"),
        official("a5", "Liu Donghai", "en", "Director", "Shenyang Foreign Affairs Office", SY_EN,
                 "2024-09-20"),
        # Duan Jiyang: 副市长 → 市长, written without an organisation
        official("b1", "段继扬", "zh", "副市长", None, SY, "2021-05-05"),
        official("b2", "Duan Jiyang", "en", "Vice Mayor", "Shenyang", SY_EN, "2021-05-06"),
        official("b3", "段继扬", "zh", "市委副书记", None, SY, "2024-02-02",
                 posts=[("市委副书记", None), ("市长", None)]),
        # Chen Shuangwei: same title, another organisation (transfer)
        official("c1", "陈双伟", "zh", "主任", "沈阳市人民政府外事办公室", SY, "2022-05-10"),
        official("c2", "Chen Shuangwei", "en", "Director", "Shenyang Foreign Affairs Office", SY_EN,
                 "2022-06-01"),
        official("c3", "陈双伟", "zh", "主任", "辽宁省人民政府外事办公室", "www.ln.gov.cn",
                 "2024-10-09"),
        # two distinct Wang Wei: must stay two people with one post each
        official("d1", "王伟", "zh", "副市长", None, SY, "2022-02-14"),
        official("d2", "Wang Wei", "en", "Vice Mayor", "Shenyang", SY_EN, "2022-02-16"),
        official("d3", "Wang Wei", "en", "Director", "Dalian Foreign Affairs Office", "en.dl.gov.cn",
                 "2022-02-20"),
    ]
    return StudyResult(pd.DataFrame(rows))


def person_rows(result, name):
    people = result.people
    pid = people.loc[people["names_en"].apply(lambda n: name in n), "person_id"]
    assert len(pid) >= 1, f"{name} not linked"
    return [result.careers()[result.careers()["person_id"] == p] for p in pid]


def test_promotion_deputy_director_to_director(result):
    [rows] = person_rows(result, "Liu Donghai")
    assert list(rows["change"]) == ["first", "promotion"]
    first, second = rows.iloc[0], rows.iloc[1]
    assert first["first_seen"] == pd.Timestamp("2022-03-01")
    assert first["last_seen"] == pd.Timestamp("2023-06-10")
    assert first["n_releases"] == 3
    assert set(first["titles"]) == {"副主任", "Deputy Director"}
    assert second["first_seen"] == pd.Timestamp("2024-08-27") and second["n_releases"] == 2
    assert first["sources"] == [SY]


def test_vice_mayor_to_mayor_with_concurrent_party_post(result):
    [rows] = person_rows(result, "Duan Jiyang")
    assert rows.iloc[0]["n_releases"] == 2  # 副市长 + Vice Mayor are one post
    assert rows.iloc[0]["change"] == "first"
    later = rows.iloc[1:]
    assert set(later["change"]) <= {"promotion", "concurrent", "new post"}
    mayor = later[later["titles"].apply(lambda t: "市长" in t)]
    assert len(mayor) == 1
    assert "promotion" in set(later["change"]) or mayor.iloc[0]["change"] == "concurrent"


def test_transfer_same_title_other_office(result):
    [rows] = person_rows(result, "Chen Shuangwei")
    assert list(rows["change"]) == ["first", "transfer"]
    assert rows.iloc[1]["org"] == "辽宁省人民政府外事办公室"
    assert rows.iloc[1]["sources"] == ["www.ln.gov.cn"]


def test_common_name_people_kept_apart(result):
    groups = person_rows(result, "Wang Wei")
    assert len(groups) == 2
    assert all(len(g) == 1 for g in groups)


def test_careers_are_ordered_by_time(result):
    table = result.careers()
    for _, rows in table.groupby("person_id"):
        assert list(rows["first_seen"]) == sorted(rows["first_seen"])
    assert list(table.columns[:4]) == ["person_id", "name", "title", "org"]


def test_officials_table_gets_person_id(result):
    assert "person_id" in result.officials
    assert result.officials["person_id"].notna().all()
    assert result.officials["person_id"].nunique() == len(result.people) == 5
