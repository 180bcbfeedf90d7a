"""Grammars are compiled once per lexicon and passed explicitly: a component matches with the
grammar it is given, a new lexicon brings its own grammars, nothing is cleared or rebuilt."""

from __future__ import annotations

import pressnlp as pn
from pressnlp.classify import classify
from pressnlp.extract import extract
from pressnlp.extract.officials import OfficialsGrammar, find_officials
from pressnlp.extract.orgs import OrgsGrammar
from pressnlp.extract.places import PlacesGrammar, find_places
from pressnlp.extract.quantities import find_quantities
from pressnlp.grammars import Grammars, current
from lexicons import lexicon_folder, lexicon_installed

HARBOUR = "On May 12, Mayor Wang Xinwei met with Harbour Director Peter Lund of Aarhus."


def user_lexicon(tmp_path) -> pn.Lexicon:
    folder = lexicon_folder(tmp_path, {
        "titles.tsv": "en\tzh\tlevel\trank\nHarbour Director\t港务局局长\tgovernment\t1\n",
        "places.tsv": "en\tzh\tsuffix\tkind\nGlimmerdal\t格林默\t市\tcity\n",
    })
    return pn.Lexicon.load([folder])


def test_grammars_are_compiled_once_per_lexicon(tmp_path):
    bundled, user = pn.Lexicon.load(), user_lexicon(tmp_path)
    assert Grammars.of(bundled) is Grammars.of(bundled)
    assert Grammars.of(user) is not Grammars.of(bundled)
    assert Grammars.of(user).officials is user.grammar(OfficialsGrammar)
    assert Grammars.of(user).orgs is user.grammar(OrgsGrammar)  # shared by officials and orgs
    assert Grammars.of(user).officials.en.orgs is Grammars.of(user).orgs


def test_a_component_matches_with_the_grammar_it_is_given(tmp_path):
    user = user_lexicon(tmp_path)
    mine = find_officials(HARBOUR, "en", grammar=user.grammar(OfficialsGrammar))
    assert ("Peter Lund", "Harbour Director") in [(o.name, o.title) for o in mine]
    bundled = find_officials(HARBOUR, "en")  # the process-wide lexicon lacks the title
    assert ("Peter Lund", "Director") in [(o.name, o.title) for o in bundled]
    text = "The delegation from Glimmerdal arrived in Shenyang."
    assert [m.norm for m in find_places(text, "en", user.grammar(PlacesGrammar))] == ["格林默市", "沈阳市"]
    assert [m.norm for m in find_places(text, "en")] == ["沈阳市"]


def test_extract_takes_the_entities_grammar_explicitly(tmp_path):
    release = pn.parse("Harbour Delegation Visits Shenyang\n\n" + HARBOUR + "\n")
    user = Grammars.of(user_lexicon(tmp_path))
    titles = [o.title for o in extract(release, grammar=user.entities).officials]
    assert "Harbour Director" in titles
    assert "Harbour Director" not in [o.title for o in extract(release).officials]


def test_set_lexicon_brings_the_grammars_of_the_new_lexicon(tmp_path):
    old = pn.default_lexicon()
    user = user_lexicon(tmp_path)
    try:
        pn.set_lexicon(user)
        assert current() is Grammars.of(user) and current().lexicon is user
        release = pn.parse("Harbour Delegation Visits Shenyang\n\n" + HARBOUR + "\n")
        assert "Harbour Director" in [o.title for o in pn.analyze(release).officials]
        assert [m.norm for m in find_places("Glimmerdal", "en")] == ["格林默市"]
    finally:
        pn.set_lexicon(old)
    assert current() is Grammars.of(old)


def test_quantities_read_the_currencies_of_their_grammar(tmp_path):
    folder = lexicon_folder(tmp_path, {
        "quantities.yaml": "currencies:\n  en_prefix:\n    NZ$: New Zealand dollars\n",
    })
    user = Grammars.of(pn.Lexicon.load([folder]))
    text = "The partners signed deals worth NZ$ 12 million at the fair."
    (mine,) = find_quantities(text, "en", user.quantities)
    assert (mine.value, mine.unit) == (12_000_000, "New Zealand dollars")
    assert [q.unit for q in find_quantities(text, "en")] != ["New Zealand dollars"]


def test_classify_reads_the_slogans_of_its_grammar(tmp_path):
    folder = lexicon_folder(tmp_path, {
        "slogans.tsv": ("canonical\ten\tzh\tcategory\tnumbered\n"
                        "港城共建\tHarbour Cities Build Together\t港城共建\tDIPLOMACY\tno\n"),
    })
    user = Grammars.of(pn.Lexicon.load([folder]))
    release = pn.parse("Harbour Forum Opens\n\nDelegates from ten ports backed the "
                       "Harbour Cities Build Together initiative at the forum.\n")
    _, mine = classify(release, grammar=user.classify)
    assert [(s.canonical, s.category, s.novel) for s in mine] == [("港城共建", "DIPLOMACY", False)]
    _, bundled = classify(release)
    assert "港城共建" not in [s.canonical for s in bundled]


def test_parse_reads_the_labels_of_the_lexicon_in_use(tmp_path):
    """The parse stage's markers and labels are compiled per lexicon (its line memo is kept
    per lexicon too): a label form of a user lexicon counts only while it is set."""
    folder = lexicon_folder(tmp_path, {
        "labels.yaml": "fields:\n  source: [Issuing Desk]\n",
    })
    page = ("Harbour Forum Opens in Dalian\n\nIssuing Desk: Dalian Port Office\n\n"
            "Delegates from ten ports met in Dalian on Monday to discuss shipping links.\n")
    before = pn.parse(page).source
    with lexicon_installed(pn.Lexicon.load([folder])):
        assert pn.parse(page).source == "Dalian Port Office"
    assert pn.parse(page).source == before != "Dalian Port Office"


def test_chinese_name_boundaries_are_data(tmp_path):
    """The words that end a Chinese name are rows of honorifics.yaml: the bundled ones end it
    before 偕/携/暨 (“accompanied by”, “and”); a user lexicon adding 伴同 keeps 周强伴 from being
    read as a name."""
    def names(text, grammar=None):
        return [o.name for o in find_officials(text, "zh", grammar=grammar)]

    assert names("副市长周强偕夫人出席招待会。") == ["周强"]
    assert names("市长李明暨全体市民向来宾致意。") == ["李明"]
    assert names("总领事李携宁出席招待会。") == ["李携宁"]  # inside a name it stays
    folder = lexicon_folder(tmp_path, {
        "honorifics.yaml": "zh_after_name: [伴同]\n",
    })
    user = pn.Lexicon.load([folder]).grammar(OfficialsGrammar)
    assert names("副市长周强伴同来宾参观。", user) == ["周强"]


def test_site_facts_end_at_the_value_stops_of_their_grammar(tmp_path):
    from pressnlp.parse.site import SitePatterns, extract_site

    folder = lexicon_folder(tmp_path, {
        "site.yaml": "value_stops: [访问统计]\n",
    })
    user = pn.Lexicon.load([folder]).grammar(SitePatterns)
    lines = ["地址：辽宁省沈阳市和平区市府大路1号 访问统计：120034"]
    assert extract_site(lines, grammar=user).address == "辽宁省沈阳市和平区市府大路1号"
    assert extract_site(lines).address != "辽宁省沈阳市和平区市府大路1号"


def test_reporter_name_tails_are_data(tmp_path):
    """A word glued after a byline's name is cut off by the rows of labels.yaml
    ``reporter_name_tails`` (王明报道 → 王明); a user lexicon may add one (撰 “wrote”)."""
    page = ("沈阳市外办举行友城工作座谈会\n\n发布时间：2024-05-10\n\n"
            "（记者 李晓撰）5月9日，市外办召开友城工作座谈会，总结去年以来的友城交往工作。\n")
    folder = lexicon_folder(tmp_path, {
        "labels.yaml": "reporter_name_tails: [撰]\n",
    })
    assert pn.parse(page.replace("李晓撰", "李晓报道")).author == "李晓"
    with lexicon_installed(pn.Lexicon.load([folder])):
        assert pn.parse(page).author == "李晓"


def test_caption_prefixes_are_data(tmp_path):
    from pressnlp.parse.furniture import classify_line
    from pressnlp.parse.grammar import ParseGrammar, parse_grammar

    line = "题图：市外办主任与来访的代表团成员合影留念。"
    bundled = parse_grammar()
    assert classify_line("图注：市外办主任与来访的代表团成员合影留念。", bundled).cls == "caption"
    folder = lexicon_folder(tmp_path, {
        "furniture.yaml": "caption_prefixes: [题图]\n",
    })
    user = ParseGrammar.from_lexicon(pn.Lexicon.load([folder]))
    assert classify_line(line, user).cls == "caption"  # passed explicitly, nothing installed
    page = line + "\n\n" + "市外办主任会见来访的代表团。" * 3
    assert pn.parse(page, grammar=user).furniture == (line,)
    assert pn.parse(page).furniture != (line,)
    assert classify_line(line, bundled).cls != "caption"
    with lexicon_installed(pn.Lexicon.load([folder])):
        assert classify_line(line, parse_grammar()).cls == "caption"
        assert pn.parse(line + "\n\n" + "市外办主任会见来访的代表团。" * 3).furniture == (line,)
    assert classify_line(line, parse_grammar()).cls != "caption"
