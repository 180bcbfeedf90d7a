"""Organisation linking: org mentions (officials' posts and ORG entities) → one ``org_id`` each,
through ``orgs.tsv`` rows and the templates derived from them (an :class:`OrgIndex`, compiled
once per lexicon)."""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from typing import Any

import pandas as pd

from ..lexicon import Lexicon, default_grammar
from ..script import to_simplified
from .context import (HAN, CorpusIndex, empty_frame, norm_en, pinyin_key, place_index, posts_of,
                      ranked_distinct, text_or_none, fold, host_place_keys, place_keys, stable_ids)
from .orgtext import ACRONYM, acronym_definitions, org_parts


def norm_org(text: str) -> str:
    """Comparable form of an organisation name (case, ``the``, hyphens, script folded)."""
    if HAN.search(text):
        return re.sub(r"[\s()（）]", "", to_simplified(text))
    t = norm_en(text.replace("&", " and ").replace("’", "'"))
    return re.sub(r"[^a-z0-9' ]", "", t).strip()


@dataclass(frozen=True, eq=False)  # hashed by identity: it keys the memo of org_key
class OrgIndex:
    """``orgs.tsv`` of one lexicon: normalised form → canonical id, the templates derived from
    rows naming a place (``[(template regex, template id)]``), canonical id → display name."""

    forms: dict[str, str]
    templates: list[tuple[re.Pattern[str], str]]
    display: dict[str, str]

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> OrgIndex:
        return cls(*_org_index(lexicon))


def _org_index(lexicon: Lexicon
               ) -> tuple[dict[str, str], list[tuple[re.Pattern[str], str]], dict[str, str]]:
    en_idx, zh_idx = lexicon.grammar(CorpusIndex).places
    forms: dict[str, set[str]] = {}
    display: dict[str, str] = {}
    templates: dict[str, str] = {}
    places_longest_first = sorted(zh_idx, key=len, reverse=True)
    for row in lexicon.tsv("orgs.tsv"):
        en, zh = row.get("en", ""), to_simplified(row.get("zh", ""))
        variants = [v for v in [en, zh, *re.split(r"[|;]", row.get("abbr", ""))] if v.strip()]
        place = next((z for z in places_longest_first if zh and z in zh), None)
        tid = "tpl:" + norm_org(zh).replace(place, "{X}", 1) if place else ""
        canon = f"{tid}@{place}" if place else "lex:" + (norm_org(zh) if zh else norm_org(en))
        display.setdefault(canon, en or zh)
        for v in variants:
            forms.setdefault(norm_org(v), set()).add(canon)
        if not place:
            continue
        place_en = next((e for e, z in en_idx.items() if z == place), None)
        for v in variants:
            nv = norm_org(v)
            if HAN.search(v) and place in nv:
                pat = re.escape(nv).replace(re.escape(place), r"(?P<x>[\u4e00-\u9fff]{2,4}?)", 1)
            elif place_en and re.search(rf"\b{re.escape(place_en)}\b", nv):
                pat = re.sub(rf"\b{re.escape(re.escape(place_en))}\b",
                             lambda _m: r"(?P<x>[a-z][a-z']{2,20}(?: [a-z][a-z']{2,20})?)",
                             re.escape(nv), count=1)
            else:
                continue
            templates.setdefault(pat, tid)
    unique = {k: next(iter(v)) for k, v in forms.items() if len(v) == 1}
    compiled = [(re.compile(p), t) for p, t in templates.items()]
    return unique, compiled, display


def org_key(text: str, host_place: str = "") -> str:
    """A canonical key of an organisation name: the lexicon entry, a template filled with a
    place, or the normalised text (qualified by the host's place when it names no place)."""
    return _org_key(default_grammar(OrgIndex), text, host_place)


@functools.lru_cache(maxsize=50000)
def _org_key(index: OrgIndex, text: str, host_place: str) -> str:
    norm = norm_org(text)
    if not norm:
        return ""
    if norm in index.forms:
        return index.forms[norm]
    en_idx, zh_idx = place_index()
    for pat, tid in index.templates:
        m = pat.fullmatch(norm)
        if m:
            x = m.group("x")
            if HAN.search(x):
                place = zh_idx.get(x) or "y:" + pinyin_key(x)
            else:
                place = en_idx.get(x) or "y:" + fold(x)
            return f"{tid}@{place}"
    lang = "zh" if HAN.search(text) else "en"
    if not place_keys(text) and host_place:
        return f"txt:{lang}:{norm}@{host_place}"
    return f"txt:{lang}:{norm}"


ORG_COLUMNS = ["org_id", "name", "names_en", "names_zh", "n_releases", "first_seen", "last_seen"]


def org_mentions(officials: pd.DataFrame | None, entities: pd.DataFrame | None,
                 releases: pd.DataFrame | None) -> pd.DataFrame:
    """Every organisation mention: from officials' posts (with the official's ``person_id``
    when linked) and from ORG entities, with its ``org_key`` and ``story_id`` (the release, or
    the first copy of a syndicated one: ``releases.duplicate_of``). ``text`` is the organisation
    (``org_parts`` of the text ``written``: one mention may name two, or none)."""
    rel_info: dict[str, tuple[Any, str | None, str]] = {}
    if releases is not None and len(releases) and "release_id" in releases:
        dates = pd.to_datetime(releases.get("date"), errors="coerce") if "date" in releases else None
        hosts = releases["host"] if "host" in releases else [None] * len(releases)
        firsts = releases["duplicate_of"] if "duplicate_of" in releases else [None] * len(releases)
        for k, (rid, host, first) in enumerate(zip(releases["release_id"], hosts, firsts)):
            if text_or_none(rid):
                rel_info[str(rid)] = (dates.iloc[k] if dates is not None else pd.NaT, text_or_none(host),
                                      text_or_none(first) or str(rid))
    en_places, zh_places = place_index()
    rows: list[dict[str, Any]] = []

    def add(rid: Any, text: Any, date: Any, host: Any, source: str,
            norm: Any = None, person_id: Any = None) -> None:
        text = text_or_none(text)
        if not text or to_simplified(text) in zh_places or text.lower() in en_places:
            return  # nothing, or a place or country: not an organisation
        rid = text_or_none(rid)
        rdate, rhost, story = rel_info.get(rid, (pd.NaT, None, rid)) if rid else (
            pd.NaT, None, None)
        host = text_or_none(host) or rhost
        hp = sorted(host_place_keys(host))
        # a bare 市外办 is one city's office: without the host's place, the release's
        qualifier = hp[0] if hp else "release:" + (story or f"?{len(rows)}")
        for part in org_parts(text):
            rows.append({"release_id": rid, "story_id": story, "text": part,
                         "lang": "zh" if HAN.search(part) else "en",
                         "date": date if date is not None else rdate, "host": host,
                         "source": source, "person_id": text_or_none(person_id),
                         "_norm": text_or_none(norm) if part == text else None, "_q": qualifier,
                         "written": text})

    if officials is not None and len(officials):
        for row in officials.to_dict("records"):
            for _t, org in posts_of(row):
                add(row.get("release_id"), org, row.get("date"), row.get("host"), "official",
                    person_id=row.get("person_id"))
    if entities is not None and len(entities) and "label" in entities:
        ents = entities[entities["label"] == "ORG"]
        for row in ents.to_dict("records"):
            add(row.get("release_id"), row.get("text"), None, None, "entity", row.get("norm"))
    defined = _definitions(rows, releases)
    for row in rows:
        row["org_key"] = _mention_key(row, defined)
    out = pd.DataFrame(rows, columns=["release_id", "story_id", "text", "lang", "date", "host",
                                      "source", "org_key", "person_id", "written"])
    out["date"] = pd.to_datetime(out["date"], errors="coerce")
    return out


def _definitions(rows: list[dict[str, Any]],
                 releases: pd.DataFrame | None) -> dict[str, dict[str, str]]:
    """Acronyms the corpus defines (``Long Form (ACR)``) in release bodies and org mentions."""
    texts = [(str(r["story_id"]), r["written"]) for r in rows if "(" in r["written"]]
    if releases is not None and len(releases) and "body" in releases:
        stories = releases["duplicate_of"].where(releases["duplicate_of"].notna(),
                                                 releases["release_id"]) \
            if "duplicate_of" in releases else releases["release_id"]
        texts += [(str(s), b) for s, b in zip(stories, releases["body"]) if isinstance(b, str)]
    return acronym_definitions(texts)


def _mention_key(row: dict[str, Any], defined: dict[str, dict[str, str]]) -> str:
    """The org key of a mention: its text, else its extractor's ``norm``, else — for a bare
    acronym the lexicon does not know — the long form the same release (or, when all agree,
    the corpus) defines for it."""
    text, qualifier = row["text"], row["_q"]
    key = org_key(text, qualifier)
    if not key.startswith("txt:"):
        return key
    norm = row["_norm"]
    if norm and norm != text:
        alt = org_key(norm, qualifier)
        if not alt.startswith("txt:"):
            return alt
    forms = defined.get(text, {}) if ACRONYM.fullmatch(text) else {}
    long_form = forms.get(str(row["story_id"]))
    if long_form is None and len({norm_org(f) for f in forms.values()}) == 1:
        long_form = next(iter(forms.values()))
    return org_key(long_form, qualifier) if long_form else key


def link_orgs(mentions: pd.DataFrame) -> tuple[pd.Series, pd.DataFrame]:
    """``org_id`` per org mention and the alias table ``orgs``."""
    if mentions is None or len(mentions) == 0:
        return pd.Series([], dtype="string"), empty_frame(ORG_COLUMNS)
    display = default_grammar(OrgIndex).display
    records = []
    for key, sub in mentions.groupby("org_key", sort=False):
        en = ranked_distinct([t for t, lang in zip(sub["text"], sub["lang"]) if lang != "zh"])
        zh = ranked_distinct([t for t, lang in zip(sub["text"], sub["lang"]) if lang == "zh"])
        d = sub["date"].dropna()
        records.append({"org_key": key, "name": display.get(key) or (en or zh or [""])[0],
                        "names_en": en, "names_zh": zh, "n_releases": sub["story_id"].nunique(),
                        "first_seen": d.min() if len(d) else pd.NaT,
                        "last_seen": d.max() if len(d) else pd.NaT})
    records.sort(key=lambda r: (-r["n_releases"], r["name"], r["org_key"]))
    keys = [rec.pop("org_key") for rec in records]
    ids = dict(zip(keys, stable_ids("O", keys)))  # an org's id derives from its key alone
    for key, rec in zip(keys, records):
        rec["org_id"] = ids[key]
    orgs = pd.DataFrame(records, columns=ORG_COLUMNS)
    orgs["org_id"] = orgs["org_id"].astype("string")
    orgs["n_releases"] = orgs["n_releases"].astype("Int64")
    for col in ("first_seen", "last_seen"):
        orgs[col] = pd.to_datetime(orgs[col])
    return mentions["org_key"].map(ids).astype("string"), orgs


__all__ = ["norm_org", "org_key", "org_mentions", "link_orgs", "ORG_COLUMNS"]
