"""jieba's dictionary served on demand from an index gives exactly what the loaded
dictionary gives: segmentation, frequencies, prefixes and user words."""

from __future__ import annotations

import pickle

import pytest

jieba = pytest.importorskip("jieba")

from pressnlp.extract.jieba_dict import LazyFreq, serve_from_index  # noqa: E402

TEXTS = [
    "3月18日，副市长王林在沈阳会见韩国驻沈阳总领事金敏洙，双方就经贸、旅游和友城交流交换了意见。",
    "市人民政府外事办公室主任李红率代表团赴日本仙台市访问，出席两市缔结友好城市四十周年纪念活动。",
    "会议强调，要坚持以人民为中心的发展思想，推动高水平对外开放，全面振兴东北老工业基地。",
    "省委常委、常务副省长张建国主持召开专题会议，研究部署跨境电商综合试验区建设工作。",
    "据悉，本届博览会共吸引来自32个国家和地区的1200余家企业参展，现场签约项目56个。",
]


@pytest.fixture(scope="module")
def tokenizers(tmp_path_factory):
    """(loaded, lazy): jieba's own initialisation and the index built in a fresh cache."""
    cache = tmp_path_factory.mktemp("cache")
    mp = pytest.MonkeyPatch()
    mp.setenv("XDG_CACHE_HOME", str(cache))
    loaded, lazy = jieba.Tokenizer(), jieba.Tokenizer()
    loaded.initialize()
    assert serve_from_index(lazy)
    assert list((cache / "pressnlp").glob("jieba-dict-*.sqlite"))
    yield loaded, lazy
    mp.undo()


@pytest.mark.parametrize("hmm", [True, False])
def test_segmentation_is_the_loaded_dictionarys(tokenizers, hmm):
    loaded, lazy = tokenizers
    for text in TEXTS:
        assert list(lazy.cut(text, HMM=hmm)) == list(loaded.cut(text, HMM=hmm))
    assert isinstance(lazy.FREQ, LazyFreq) and len(lazy.FREQ) < 5000  # looked-up entries only


def test_frequencies_prefixes_and_absent_words_match(tokenizers):
    loaded, lazy = tokenizers
    assert lazy.total == loaded.total
    for word in ["会见", "总领事", "友好城市", "友好城", "副市长", "沈阳", "沈", "zzq", "领事馆区"]:
        assert (word in lazy.FREQ) == (word in loaded.FREQ)
        assert lazy.FREQ.get(word) == loaded.FREQ.get(word)
    assert lazy.FREQ["友好城"] == 0 and "友好城" in lazy.FREQ  # a bare prefix of a word
    with pytest.raises(KeyError):
        lazy.FREQ["领事馆区"]


def test_user_words_change_both_alike(tokenizers):
    loaded, lazy = tokenizers
    text = "沈抚改革创新示范区管委会主任赵明出席签约仪式。"
    for tok in (loaded, lazy):
        tok.add_word("沈抚改革创新示范区", freq=20000)
    assert list(lazy.cut(text)) == list(loaded.cut(text))
    assert lazy.total == loaded.total and lazy.FREQ["沈抚改革创"] == 0
    copy = pickle.loads(pickle.dumps(lazy.FREQ))
    assert copy.get("沈抚改革创新示范区") == 20000 and copy.get("会见") == loaded.FREQ["会见"]


def test_no_writable_cache_leaves_jieba_to_load_itself(tmp_path, monkeypatch):
    blocked = tmp_path / "file"
    blocked.write_text("not a folder", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))
    tok = jieba.Tokenizer()
    assert not serve_from_index(tok) and not tok.initialized


def test_an_index_deleted_under_a_running_process_falls_back_to_the_whole_dictionary(
        tmp_path, monkeypatch):
    """A cache cleaner may remove the folder mid-run: lookups then come from jieba's whole
    dictionary (a forked worker cannot reopen the index), with the same answers."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path))
    loaded, lazy = jieba.Tokenizer(), jieba.Tokenizer()
    loaded.initialize()
    assert serve_from_index(lazy)
    lazy.add_word("沈抚改革创新示范区", freq=20000)
    loaded.add_word("沈抚改革创新示范区", freq=20000)
    for index in (tmp_path / "pressnlp").glob("jieba-dict-*.sqlite"):
        index.unlink()
    lazy.FREQ._db = None  # as in a process forked after the deletion: it must reconnect
    for text in TEXTS:
        assert list(lazy.cut(text)) == list(loaded.cut(text))
    assert lazy.FREQ._whole  # the fallback ran
    assert lazy.FREQ.get("沈抚改革创新示范区") == 20000 and "zzq" not in lazy.FREQ


def test_jieba_is_imported_without_pkg_resources_and_still_reads_its_models():
    """A fresh process: load_jieba leaves pkg_resources unimported (~0.1 s of start-up), and
    jieba's HMM and part-of-speech models, which it opens itself, still load."""
    import subprocess
    import sys

    code = ("import sys\n"
            "from pressnlp.extract.jieba_dict import load_jieba\n"
            "jieba = load_jieba()\n"
            "import jieba.posseg\n"
            "words = jieba.lcut('副市长王林会见韩国驻沈阳总领事', HMM=True)\n"
            "tags = jieba.posseg.lcut('市长会见总领事')\n"
            "print('pkg_resources' in sys.modules, '王林' in words, len(tags) > 1)\n")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout.split()
    assert out == ["False", "True", "True"]
