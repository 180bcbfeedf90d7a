"""Start-up (issue 16): a grammar compiles a language's patterns on first use only, and the
English acronym scan runs only on texts that put an acronym in parentheses."""

from __future__ import annotations

from pressnlp.extract.orgs import OrgsGrammar, find_orgs
from pressnlp.extract.places import PlacesGrammar, find_places
from pressnlp.lexicon import default_lexicon

ZH = "3月5日，大连市人民政府外事办公室与韩国驻沈阳总领事馆在大连举行座谈。"
EN = ("On May 6, the Dalian Municipal Bureau of Commerce (DMBC) met the Busan Chamber of Commerce; "
      "DMBC staff will visit Busan in June.")


def test_a_text_compiles_no_pattern_of_the_other_language() -> None:
    orgs = OrgsGrammar.from_lexicon(default_lexicon())
    places = PlacesGrammar.from_lexicon(default_lexicon())
    assert [m.text for m in find_orgs(ZH, "zh", orgs)] == ["大连市人民政府外事办公室", "韩国驻沈阳总领事馆"]
    assert [m.norm for m in find_places(ZH, "zh", places)][:1] == ["大连市"]
    compiled = set(vars(orgs)) | set(vars(places))
    assert not {"en_any", "en_known", "en_acronym_def", "en"} & compiled
    english = OrgsGrammar.from_lexicon(default_lexicon())
    find_orgs(EN, "en", english)
    assert "zh" not in vars(english)


def test_the_acronym_scan_runs_only_where_an_acronym_is_defined() -> None:
    orgs = OrgsGrammar.from_lexicon(default_lexicon())
    plain = find_orgs("The Busan Chamber of Commerce met the Dalian Bureau of Commerce.", "en", orgs)
    assert [m.text for m in plain] == ["Busan Chamber of Commerce", "Dalian Bureau of Commerce"]
    assert "en_acronym_def" not in vars(orgs)
    mentions = find_orgs(EN, "en", orgs)
    dmbc = [m for m in mentions if m.text == "DMBC"]
    assert len(dmbc) == 1 and dmbc[0].norm == "Dalian Municipal Bureau of Commerce"
