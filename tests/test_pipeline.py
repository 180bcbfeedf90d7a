"""spaCy pipelines, components in a user's pipeline, pretrained-model signal, release extraction."""

from __future__ import annotations

import spacy

import pressnlp.extract.components  # noqa: F401 - registers the pressnlp_* factories
from pressnlp.extract import extract, nlp
from pressnlp.records import Release


def test_pipelines_are_built_once_and_carry_the_components() -> None:
    assert nlp("en") is nlp("en")
    assert nlp("zh") is nlp("zh-Hans")
    for name in ("pressnlp_orgs", "pressnlp_places", "pressnlp_officials", "pressnlp_dates",
                 "pressnlp_quantities"):
        assert name in nlp("en").pipe_names


def test_jieba_user_dictionary_keeps_domain_terms_whole() -> None:
    doc = nlp("zh")("市委副书记、市长王刚会见了德国驻沈阳总领事馆总领事一行。")
    tokens = [t.text for t in doc]
    assert "市委副书记" in tokens and "总领事馆" in tokens
    assert [o.name for o in doc._.officials] == ["王刚"]
    assert ("王刚", "PERSON") in [(e.text, e.label_) for e in doc.ents]


def test_components_in_a_users_own_pipeline() -> None:
    user = spacy.blank("en")
    user.add_pipe("pressnlp_orgs")
    user.add_pipe("pressnlp_officials")
    doc = user("Li Ping, Director of Wuhan Foreign Affairs Office, met the guests.")
    assert [(o.name, o.title, o.org) for o in doc._.officials] == [
        ("Li Ping", "Director", "Wuhan Foreign Affairs Office")]
    labels = {(e.text, e.label_) for e in doc.ents}
    assert ("Li Ping", "PERSON") in labels
    assert ("Wuhan Foreign Affairs Office", "ORG") in labels
    assert {s.label_ for s in doc.spans["pressnlp"]} == {"ORG", "PERSON"}


def test_dates_component_reads_pub_date() -> None:
    doc = nlp("en").make_doc("On December 20th the consuls met.")
    doc._.pub_date = "2024-01-03"
    doc = nlp("en")(doc)
    assert isinstance(doc._.dates, list)


def test_pretrained_ner_proposes_names_next_to_titles(tmp_path, monkeypatch) -> None:
    model = spacy.blank("en")
    ruler = model.add_pipe("entity_ruler")
    ruler.add_patterns([{"label": "PERSON", "pattern": "Bo"}])  # a mononym the rules skip
    model.to_disk(tmp_path / "tiny_en")
    pipe = nlp("en", model=str(tmp_path / "tiny_en"))
    assert pipe.pipe_names[0] == "entity_ruler"
    doc = pipe("The guests were welcomed by Consul General Bo at the hall.")
    assert [(o.name, o.title) for o in doc._.officials] == [("Bo", "Consul General")]
    monkeypatch.setenv("PRESSNLP_SPACY_MODEL_EN", str(tmp_path / "tiny_en"))
    assert nlp("en") is pipe


def test_mixed_release_maps_offsets_to_body_and_merges_per_language() -> None:
    rel = Release(date="2021-11-19", language="mixed", paragraph_langs=("zh", "en", "zh", "en"),
                  paragraphs=("深圳市外办主任曹赛先会见了马来西亚驻广州总领事黄俊豪。",
                              "Director General Cao Saixian of Shenzhen Foreign Affairs Office met "
                              "Malaysian Consul General in Guangzhou Wong Chun Hao.",
                              "曹赛先表示欢迎。",
                              "Cao said Shenzhen welcomes Malaysian enterprises."))
    ex = extract(rel)
    names = [(o.name, o.lang) for o in ex.officials]
    assert names == [("曹赛先", "zh"), ("黄俊豪", "zh"), ("Cao Saixian", "en"), ("Wong Chun Hao", "en")]
    body = rel.body
    for o in ex.officials:
        assert body[o.start:o.end] == o.name
    cao = ex.officials[0]
    assert [body[a:b] for a, b in cao.mentions] == ["曹赛先"]
    assert [body[a:b] for a, b in ex.officials[2].mentions] == ["Cao"]
    assert all(body[e.start:e.end] == e.text for e in ex.entities)


def test_traditional_release_reports_original_text() -> None:
    rel = Release(language="zh", paragraphs=("廈門市外辦主任張文斌會見菲律賓駐廈門總領事。",),
                  paragraph_langs=("zh",))
    o = extract(rel).officials[0]
    assert (o.name, o.title, o.org) == ("張文斌", "主任", "廈門市外辦")


def test_bad_input_never_raises() -> None:
    bodies = ["", "No punctuation at all Director Wang Ming Mayor " * 200,
              "China¡¯s Mayor Lyu Zhicheng Ã©Ã¨ â€œ met guests",
              "Mayor 吕志成 met 德国驻沈阳总领事 Bi Mantian, 主任 Chen Shuangwei。" * 20,
              "市长" * 5000, "·" * 3000 + "阿" * 3000, "\x00\ufffd" * 100]
    for body in bodies:
        for lang in ("en", "zh", None, "mixed"):
            ex = extract(Release(paragraphs=(body,), language=lang))
            assert isinstance(ex.officials, tuple)


def test_spacy_components_and_direct_path_agree() -> None:
    """``extract`` runs the component functions on paragraph text when there is no pretrained
    model; through ``nlp(lang)`` the same Docs must carry the same officials and entities."""
    from pressnlp.extract.annotate import annotate_text

    texts = {
        "en": "Lyu Zhicheng, Deputy Secretary of the CPC Shenyang Municipal Committee and Mayor, "
              "met Consul General of France in Shenyang Mr. Olivier Marchand at the Shenyang "
              "Municipal People's Government. Mayor Lyu welcomed the guests from Lyon.",
        "zh": "10月25日，市委副书记、市长吕志成会见德国驻沈阳总领事馆总领事毕满天一行。"
              "市外办主任陈双伟参加会见。吕志成表示，沈阳愿与德国各城市深化合作。",
    }
    for lang, text in texts.items():
        doc = nlp(lang)(text)
        officials, orgs, places = annotate_text(text, lang)
        assert officials and doc._.officials == officials
        assert [(m.start, m.end, m.label) for m in orgs] == \
            [(m.start, m.end, m.label) for m in doc._.orgs]
        assert [(m.start, m.end, m.label) for m in places] == \
            [(m.start, m.end, m.label) for m in doc._.places]
