"""The parse stage on the held-out portal pages of ``parse_heldout.py`` (one case a field)."""

import re
from pathlib import Path

import pytest

import pressnlp as pn
from parse_heldout import EXPECTED, PAGES

FIELDS = ("kind", "title", "date", "source", "author", "language", "script")
_WS = re.compile(r"\s+")


def _flat(text: str | None) -> str:
    return _WS.sub(" ", text or "").strip()


_CACHE: dict[str, pn.Release] = {}


def _parse(name: str) -> pn.Release:
    if name not in _CACHE:
        _CACHE[name] = pn.parse(PAGES[name])
    return _CACHE[name]


@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize("field", FIELDS)
def test_header_fields(name, field):
    assert getattr(_parse(name), field) == EXPECTED[name][field]


@pytest.mark.parametrize("name", sorted(PAGES))
def test_body_bounds_and_no_furniture(name):
    r, exp = _parse(name), EXPECTED[name]
    body = _flat(r.body)
    if exp["first"] is None:
        assert body == ""
    else:
        assert body.startswith(_flat(exp["first"])), body[:120]
        assert body.endswith(_flat(exp["last"])), body[-120:]
    for bit in exp["furniture"]:
        assert bit not in (r.body or ""), bit
    if r.title and exp["kind"] == "release":
        assert r.title not in r.paragraphs


@pytest.mark.parametrize("name", sorted(PAGES))
def test_site_facts(name):
    r, exp = _parse(name), EXPECTED[name]
    if exp["site"] is None:
        assert r.site is None or (r.site.icp, r.site.gongan, r.site.site_code) == (None,) * 3
        return
    assert r.site is not None
    for key, value in exp["site"].items():
        assert getattr(r.site, key) == value, key


SEED = Path("/work/shared/seeds/000_6a8e4bf1a7f45f86.txt")  # a real release (not copied here)


@pytest.mark.skipif(not SEED.exists(), reason="the shared seed release is not present")
def test_real_seed_release_parses_fully():
    r = pn.parse(SEED)
    assert r.kind == "release" and r.language == "en" and r.script == "latin"
    assert r.title.startswith("Foreign Affairs Office of the CPC Shenyang Municipal Committee")
    assert r.title.endswith('Capacity Enhancement"')
    assert (r.date, r.author, r.source) == ("2024-09-20", None, "Shenyang Foreign Affairs Office")
    assert len(r.paragraphs) == 3
    assert r.paragraphs[0].startswith("To further improve their political competence")
    assert r.paragraphs[-1].endswith("social and economic development of Shenyang.")
    assert "About Shenyang" not in r.body and "辽ICP备" not in r.body
    assert (r.site.icp, r.site.gongan, r.site.site_code) == (
        "辽ICP备10001850号-2", "辽公网安备 21011202000250号", "2101000008")
