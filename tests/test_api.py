"""The one-document API and in-memory corpora (issue 15 item 7)."""

import pandas as pd
import pytest

import pressnlp as pn

EN = ("Vice Mayor Wang Lihua Meets Delegation from Niigata\n\n"
      "On the morning of May 8, Vice Mayor Wang Lihua met with a delegation led by Sato Kenta, "
      "Deputy Mayor of Niigata, at the municipal government building. The two sides exchanged "
      "views on youth exchanges and winter tourism.")
ZH = ("王丽华副市长会见新潟市代表团\n\n"
      "5月8日上午，副市长王丽华在市政府会见了新潟市副市长佐藤健太率领的代表团。双方就青少年交流、"
      "冬季旅游等领域合作交换了意见。")


@pytest.mark.parametrize("path", ["no/such/file.txt", "./missing.html", "/tmp/none/x.htm",
                                  "report 2024.TXT"])
def test_missing_path_like_string_raises(path):
    with pytest.raises(FileNotFoundError, match="no such file"):
        pn.parse(path)
    with pytest.raises(FileNotFoundError):
        pn.analyze(path)


def test_existing_path_and_plain_text_still_parse(tmp_path):
    page = tmp_path / "visit.txt"
    page.write_text(EN, encoding="utf-8")
    assert pn.parse(str(page)).title.startswith("Vice Mayor Wang Lihua")
    assert pn.parse(EN).title.startswith("Vice Mayor Wang Lihua")
    for text in ("Mayor meets delegation.", "/", "~", "Visit to Sapporo. More at gov.cn."):
        assert not pn.pipeline.looks_like_path(text)
    assert pn.parse(tmp_path / "gone.txt").kind == "error"  # a Path: an error record


def test_analyze_takes_an_iterable():
    out = pn.analyze([EN, ZH])
    assert isinstance(out, list) and len(out) == 2
    assert [a.release.language for a in out] == ["en", "zh"]
    assert all(isinstance(a, pn.Analysis) for a in out)
    assert len(pn.analyze(t for t in (EN,))) == 1
    assert isinstance(pn.analyze(EN), pn.Analysis)
    with pytest.raises(TypeError):
        pn.analyze([EN], url="http://example.org/a.html")


def test_corpus_from_dataframe():
    df = pd.DataFrame({"html": [EN, ZH, None], "id": ["a", "a", "c"],
                       "url": ["http://wb.shenyang.gov.cn/2024/05/a.html", None, None]})
    res = pn.Corpus.from_dataframe(df).analyze(progress=False)
    assert res.n_inputs == 3 and len(res.releases) == 2 and len(res.errors) == 1
    assert list(res.releases["release_id"]) == ["a#1", "a#2"]  # repeated ids qualified
    assert res.releases["host"].iloc[0] == "wb.shenyang.gov.cn"
    assert res.errors["release_id"].iloc[0] == "c"
    with pytest.raises(ValueError, match="no text column"):
        pn.Corpus.from_dataframe(pd.DataFrame({"title": ["x"]}))


def test_corpus_from_records_with_named_fields():
    records = [{"doc": EN, "key": "en-1"}, {"doc": ZH, "key": "zh-1"}]
    res = pn.Corpus.from_records(records, text="doc", id="key").analyze(progress=False)
    assert list(res.releases["release_id"]) == ["en-1", "zh-1"]
    default_ids = pn.Corpus.from_records([{"text": EN}]).analyze(progress=False)
    assert list(default_ids.releases["release_id"]) == ["record-1"]
