"""Issue 16 fast paths of the record and the fingerprint give what the plain ways give:
``to_dict`` copies scalar fields without converting them, and an ASCII body is normalised
without the regex."""

from __future__ import annotations

from dataclasses import fields

from pressnlp.corpus.dedup import _DROP, normalise
from pressnlp.records import (Analysis, DateMention, EntityMention, Official, Post, Quantity,
                              Release, Site, Slogan, Theme, _layout)


def _reference(value):
    """The plain form of a value by the generic recursive rule."""
    if hasattr(value, "__dataclass_fields__"):
        return {f.name: _reference(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [_reference(v) for v in value]
    return value


def _analysis() -> Analysis:
    release = Release(id="hz-0412", title="Mayor Meets Consul General of Japan",
                      paragraphs=("On 12 April, Mayor Wang Hua met the Consul General.",
                                  "Both sides agreed to deepen exchanges in trade."),
                      paragraph_langs=("en", "en"), site=Site(host="fao.example.gov.cn",
                                                              phones=("0571-8888 0000",)),
                      furniture=("Home | News",))
    return Analysis(
        release=release,
        officials=(Official(name="Wang Hua", title="Mayor", posts=(Post("Mayor", "Hangzhou"),),
                            start=20, end=28, mentions=((60, 64), (90, 94))),),
        entities=(EntityMention("Wang Hua", "PERSON", 20, 28, lang="en"),),
        dates=(DateMention("12 April", "2024-04-12", 3, 11, "day"),),
        quantities=(Quantity("3 agreements", 3, unit="agreement", start=0, end=12),),
        themes=(Theme("CONSULAR", 0.81),),
        slogans=(Slogan("Belt and Road", "一带一路", "DIPLOMACY", start=5, end=18),))


def test_to_dict_is_the_recursive_plain_form_of_every_record():
    a = _analysis()
    d = a.to_dict()
    release = _reference(a.release)
    release["body"] = a.release.body
    for name in ("release", "officials", "entities", "dates", "quantities", "themes", "slogans"):
        if name != "release":
            assert d[name] == _reference(getattr(a, name))
    assert {k: v for k, v in d.items() if k in release} == release
    assert d["officials"][0]["mentions"] == [[60, 64], [90, 94]]
    assert d["site"]["phones"] == ["0571-8888 0000"]


def test_only_fields_of_a_non_scalar_type_are_converted():
    assert _layout(EntityMention)[2] == ()
    assert _layout(Official)[2] == ("posts", "mentions")
    assert _layout(Release)[2] == ("paragraphs", "paragraph_langs", "site", "furniture")


def test_an_ascii_body_is_normalised_as_the_regex_normalises_it():
    body = ("Vice-Mayor Liu_Jian (Foreign Affairs Office) met the delegation on 10/04/2024!\n\n"
            "\tTotal: US$ 1.5 billion; 3 agreements -- \"Win-Win\" [sic] ~ #tags @office")
    assert normalise(body) == _DROP.sub("", body.casefold())
    assert normalise(body).startswith("vicemayorliujianforeignaffairsoffice")
    assert normalise("Zoë met 長春 officials") == "zoëmet长春officials"
