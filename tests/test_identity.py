"""EN↔ZH linking of officials and organisations, measured on tests/data/linking_pairs.tsv."""

import csv
import io
import itertools
from pathlib import Path

import pandas as pd
import pytest

from pressnlp.corpus.identity import (analyse_name, link_people, org_key, paired_latin,
                                      title_concepts)

PAIRS = Path(__file__).parent / "data" / "linking_pairs.tsv"


def load_pairs():
    lines = [ln for ln in PAIRS.read_text(encoding="utf-8").splitlines()
             if ln.strip() and not ln.startswith("#")]
    gold = pd.DataFrame(list(csv.DictReader(io.StringIO("\n".join(lines)), delimiter="\t",
                                            quoting=csv.QUOTE_NONE)))
    bodies, spans = {}, {}
    for rid, sub in gold.groupby("release_id", sort=False):
        body = ""
        for row in sub.to_dict("records"):
            text = row["context"] or row["name"]
            body += ("\n\n" if body else "")
            start = len(body) + max(text.find(row["name"]), 0)
            body += text
            spans[row["mention_id"]] = (start, start + len(row["name"]))
        bodies[rid] = body
    officials = pd.DataFrame({
        "release_id": gold["release_id"], "name": gold["name"], "name_norm": gold["name"],
        "title": gold["title"].replace("", None), "org": gold["org"].replace("", None),
        "posts": "[]", "lang": gold["lang"],
        "start": [spans[m][0] for m in gold["mention_id"]],
        "end": [spans[m][1] for m in gold["mention_id"]],
        "date": pd.to_datetime(gold["date"]), "host": gold["host"]})
    releases = pd.DataFrame({"release_id": list(bodies), "body": list(bodies.values())})
    return gold, officials, releases


def pairwise(gold, pred):
    tp = fp = fn = 0
    for i, j in itertools.combinations(range(len(gold)), 2):
        same_gold, same_pred = gold[i] == gold[j], pred[i] == pred[j]
        tp += same_gold and same_pred
        fp += same_pred and not same_gold
        fn += same_gold and not same_pred
    return tp / max(tp + fp, 1), tp / max(tp + fn, 1)


@pytest.fixture(scope="module")
def linked():
    gold, officials, releases = load_pairs()
    return gold, link_people(officials, releases)


def test_linking_set_is_large_enough():
    gold, _, _ = load_pairs()
    assert gold["person"].nunique() >= 30
    assert set(gold["lang"]) == {"en", "zh"}


def test_linking_precision_and_recall(linked):
    gold, links = linked
    precision, recall = pairwise(list(gold["person"]), list(links.person_ids))
    assert precision >= 0.95, precision
    assert recall >= 0.85, recall


@pytest.mark.parametrize("person", ["wang_wei_sy", "wang_wei_dl", "wang_wei_cc", "wang_wei_dip",
                                    "li_ming_sy", "li_ming_hrb", "zhang_wei_cd", "zhang_wei_wh",
                                    "zhang_jun_hb", "zhang_jun_mfa", "wang_xiaoming_sy",
                                    "wang_xiaoming_gz"])
def test_common_names_are_not_merged(linked, person):
    gold, links = linked
    ids = set(links.person_ids[gold["person"] == person])
    others = set(links.person_ids[gold["person"] != person])
    assert len(ids) == 1 and not ids & others


@pytest.mark.parametrize("person", ["lyu_zhicheng", "xiao_shengfeng", "jin_chengtao",
                                    "zhang_xiaomei", "mansoor_alhajri", "jan_rudolph",
                                    "mansurov", "murai", "lien_chan", "cao_saixian"])
def test_hazard_spellings_are_linked(linked, person):
    gold, links = linked
    assert links.person_ids[gold["person"] == person].nunique() == 1


def test_people_alias_table(linked):
    gold, links = linked
    people = links.people
    assert list(people.columns) == ["person_id", "name", "names_en", "names_zh", "titles",
                                    "n_releases", "first_seen", "last_seen"]
    lyu = people[people["names_zh"].apply(lambda n: "吕志成" in n)].iloc[0]
    assert {"Lyu Zhicheng", "Lü Zhicheng", "Lv Zhicheng"} <= set(lyu["names_en"])
    assert lyu["n_releases"] == 4
    assert lyu["first_seen"] == pd.Timestamp("2023-03-02")
    assert lyu["last_seen"] == pd.Timestamp("2023-09-20")


def test_name_keys():
    assert analyse_name("Lyu Zhicheng").keys & analyse_name("吕志成").keys
    assert analyse_name("XIAO Shengfeng").keys & analyse_name("肖盛峰").keys
    assert analyse_name("Chengtao Jin").keys & analyse_name("金成涛").keys
    assert analyse_name("Zhang Xiao-mei").keys & analyse_name("张晓梅").keys
    assert analyse_name("Zeng Wei").keys & analyse_name("曾维").keys  # surname reading of 曾
    assert analyse_name("王伟").common and analyse_name("Wang Wei").common
    assert not analyse_name("Chen Shuangwei").common
    assert analyse_name("Mr. Xie Yuan").display == "Xie Yuan"
    assert analyse_name("曼苏尔·哈吉里").foreign_han


def test_paired_latin_name():
    body = "卡塔尔驻广州总领事曼苏尔·哈吉里（Mansoor Alhajri）拜会市外办。"
    end = body.index("（")
    assert paired_latin(body, end) == "Mansoor Alhajri"
    assert paired_latin("市长吕志成会见客人。", 5) is None


def test_title_equivalence():
    assert title_concepts("Vice Mayor") & title_concepts("副市长")
    assert title_concepts("Deputy Director-General") & title_concepts("副主任")
    assert not title_concepts("Deputy Director") & title_concepts("主任")


def test_org_keys_link_languages_and_templates():
    assert org_key("Shenyang FAO") == org_key("沈阳市人民政府外事办公室")
    # a city the lexicon lacks still links through the template learnt from its rows
    assert org_key("Foreign Affairs Office of Jiamusi Municipal Government") == \
        org_key("佳木斯市人民政府外事办公室")
    assert org_key("Foreign Affairs Office of Dalian Municipal Government") != \
        org_key("Foreign Affairs Office of Harbin Municipal Government")
    # a bare 市外办 is qualified by the host's place
    assert org_key("市外办", "y:shenyang") != org_key("市外办", "y:dalian")


def test_bad_input_does_not_raise():
    assert len(link_people(pd.DataFrame()).people) == 0
    odd = pd.DataFrame({"release_id": ["x", "y"], "name": ["", None], "lang": ["en", None],
                        "title": [None, None], "org": [None, None], "date": [None, None],
                        "host": [None, None]})
    assert len(link_people(odd).person_ids) == 2


def test_without_title_data_linking_stays_precise(monkeypatch):
    """No titles.tsv: common names need the same host instead of an equivalent title."""
    import dataclasses

    import pressnlp.corpus.context as context

    without_titles = dataclasses.replace(context.corpus_index(), titles=None)
    monkeypatch.setattr(context, "corpus_index", lambda: without_titles)
    assert not context.has_title_data() and context.title_concepts("Mayor") == {"rawen:mayor"}
    gold, officials, releases = load_pairs()
    precision, recall = pairwise(list(gold["person"]),
                                 list(link_people(officials, releases).person_ids))
    assert precision >= 0.95 and recall >= 0.8


# -- issue 15 item 5: titles compared in normal form, Japanese names, ids from the person's key

from study_tables import official_row  # noqa: E402

SY, SY_EN = "wb.shenyang.gov.cn", "english.shenyang.gov.cn"


def officials_frame(rows):
    return pd.DataFrame([official_row(rid, name, lang, title, org, date=pd.Timestamp(day),
                                      host=host)
                         for rid, name, lang, title, org, host, day in rows])


def test_titles_compared_in_normal_form():
    from pressnlp.corpus.identity import normalise_title

    assert normalise_title("副 市長") == normalise_title("副市长")
    assert normalise_title("Vice-Mayor,") == normalise_title("VICE MAYOR")
    assert title_concepts("副 市长") == title_concepts("副市长")
    assert title_concepts("Honorary Consul.") == title_concepts("honorary consul")
    off = officials_frame([
        ("r1", "王伟", "zh", "副市长", "沈阳市", SY, "2024-01-05"),
        ("r2", "王伟", "zh", "副 市長", "沈阳市", SY, "2024-02-05"),
        ("r3", "Wang Wei", "en", "Vice-Mayor,", "Shenyang", SY_EN, "2024-03-05"),
        ("r4", "Wang Wei", "en", "VICE MAYOR", "Shenyang", SY_EN, "2024-04-05")])
    links = link_people(off)
    assert links.person_ids.nunique() == 1
    assert len(links.people.iloc[0]["titles"]) == 2  # one EN and one ZH written form


def test_japanese_name_and_its_kanji_form():
    body = "日本驻沈阳总领事山田太郎会见市外办主任。"
    off = officials_frame([
        # one bilingual release: the kanji and the romanised name with the same title
        ("r1", "中村健一", "zh", "副市长", "所泽市", "www.czfao.gov.cn", "2015-01-21"),
        ("r1", "Nakamura Kenichi", "en", "Deputy Mayor", "Tokorozawa", "www.czfao.gov.cn",
         "2015-01-21"),
        # two releases: the consul general of Japan in Shenyang, family name first or last
        ("r2", "山田太郎", "zh", "总领事", "日本驻沈阳总领事馆", SY, "2023-05-10"),
        ("r3", "Taro Yamada", "en", "Consul General", "Consulate General of Japan in Shenyang",
         SY_EN, "2023-06-02"),
        # another Yamada, in English only, in another city: not him
        ("r4", "Yamada Hanako", "en", "Mayor", "Sendai", "www.dl.gov.cn", "2023-06-09"),
        # a Chinese 高桥 is not a Takahashi
        ("r5", "高桥", "zh", "副主任", "沈阳市外办", SY, "2023-07-01"),
        ("r5", "Takahashi Ken", "en", "Director", "JETRO Dalian", SY, "2023-07-01")])
    ids = list(link_people(off, pd.DataFrame({"release_id": ["r2"], "body": [body]})).person_ids)
    assert ids[0] == ids[1]
    assert ids[2] == ids[3]
    assert ids[4] != ids[3]
    assert ids[5] != ids[6]
    assert analyse_name("中村健一").japanese == analyse_name("Kenichi Nakamura").japanese
    assert analyse_name("Satoh Yuki").japanese == analyse_name("佐藤由纪").japanese
    assert not analyse_name("王伟").japanese


def test_two_romanised_namesakes_are_not_linked_on_the_family_name():
    off = officials_frame([
        ("r1", "Suzuki Ichiro", "en", "Consul General", "Consulate General of Japan in Shenyang",
         SY_EN, "2019-01-01"),
        ("r2", "Suzuki Kenji", "en", "Consul General", "Consulate General of Japan in Shenyang",
         SY_EN, "2023-01-01")])
    assert link_people(off).person_ids.nunique() == 2


def test_person_ids_follow_the_person_not_the_corpus():
    gold, officials, releases = load_pairs()
    full = link_people(officials, releases).person_ids
    dropped = officials["release_id"] == officials["release_id"].iloc[0]
    part = link_people(officials[~dropped], releases).person_ids
    assert list(part) == list(full[~dropped.to_numpy()])
    shuffled = officials.sample(frac=1.0, random_state=3)
    again = link_people(shuffled, releases).person_ids
    assert list(again) == list(full.loc[shuffled.index])
    assert full.str.fullmatch(r"P[0-9a-f]{12}").all()
