"""Person linking: official mentions across releases and languages → one ``person_id`` each
(the rules are described in ``corpus.identity``)."""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from typing import Any

import pandas as pd

from .context import (HAN, empty_frame, posts_of, ranked_distinct, text_or_none, has_title_data, host_place_keys,
                      normalise_title, place_keys, stable_ids, title_concepts, title_rank)
from .names import NameInfo, analyse_name, paired_latin
from .orgs import org_key


@dataclass
class _Profile:
    """Mentions of one written name with one (title, org, host) context."""

    idx: int
    lang: str
    name: NameInfo
    titles: frozenset[str]
    org_places: frozenset[str]
    host_places: frozenset[str]
    hosts: set[str] = field(default_factory=set)
    releases: set[str] = field(default_factory=set)
    rows: list[int] = field(default_factory=list)
    extra_keys: set[str] = field(default_factory=set)
    org_keys: frozenset[str] = frozenset()

    @property
    def keys(self) -> frozenset[str]:
        return self.name.keys | self.extra_keys


def _place_relation(a: _Profile, b: _Profile) -> str:
    """Same organisation or place (org places first, the host's place as a fallback)."""
    if a.org_keys & b.org_keys:
        return "agree"
    if a.org_places and b.org_places:
        return "agree" if a.org_places & b.org_places else "conflict"
    pa, pb = a.org_places or a.host_places, b.org_places or b.host_places
    if pa and pb and pa & pb:
        return "agree"
    return "unknown"


def _title_relation(a: _Profile, b: _Profile) -> str:
    """Equivalent titles: a shared concept, or one ending with the other at the same rank
    (市委书记 / 书记, 党组书记、主任 / 主任; not 副主任 / 主任)."""
    if not a.titles or not b.titles:
        return "unknown"
    if a.titles & b.titles:
        return "agree"
    for x in a.titles:
        for y in b.titles:
            short, long_ = sorted((x, y), key=len)
            if not short.startswith("raw") and long_.endswith(short) and \
                    title_rank([short]) == title_rank([long_]) is not None:
                return "agree"
    raw_a = all(t.startswith("raw") for t in a.titles)
    raw_b = all(t.startswith("raw") for t in b.titles)
    if (raw_a or raw_b) and a.lang != b.lang:
        return "unknown"
    return "conflict"


def _decide(a: _Profile, b: _Profile, strong: bool, ambiguous: bool) -> bool:
    """Whether two profiles sharing a name key are one person (see the module doc)."""
    same_lang = a.lang == b.lang
    exact = same_lang and bool(a.name.keys & b.name.keys)
    common = a.name.common or b.name.common or ambiguous or not strong
    titles, place = _title_relation(a, b), _place_relation(a, b)
    if (a.extra_keys & b.keys) or (b.extra_keys & a.keys):  # 鲁彦(Jan Rudolph) ↔ Jan Rudolph
        return not (place == "conflict" and titles == "conflict")
    if a.releases & b.releases:
        return not (common and titles == "conflict")
    if not common:
        if exact:
            return True
        return (place == "agree" or titles == "agree" or bool(a.hosts & b.hosts)) and not (
            place == "conflict" and titles == "conflict")
    if same_lang or has_title_data():
        return titles == "agree" and place == "agree"
    return bool(a.hosts & b.hosts) and place != "conflict"


class _UnionFind:
    def __init__(self, n: int) -> None:
        self.parent = list(range(n))

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def union(self, i: int, j: int) -> None:
        ri, rj = self.find(i), self.find(j)
        if ri != rj:
            self.parent[max(ri, rj)] = min(ri, rj)


@dataclass
class PeopleLinks:
    """Result of person linking: ``person_id`` per officials row and the alias table."""

    person_ids: pd.Series
    people: pd.DataFrame


PEOPLE_COLUMNS = ["person_id", "name", "names_en", "names_zh", "titles", "n_releases",
                  "first_seen", "last_seen"]


def link_people(officials: pd.DataFrame, releases: pd.DataFrame | None = None) -> PeopleLinks:
    """Link official mentions across releases and languages into people."""
    if officials is None or len(officials) == 0 or "name" not in officials:
        return PeopleLinks(pd.Series([], dtype="string"), empty_frame(PEOPLE_COLUMNS))
    off = officials.reset_index(drop=True)
    bodies = _bodies(releases)
    profiles = _profiles(off, bodies)
    n = len(profiles)
    uf = _UnionFind(n)
    block: dict[str, list[int]] = {}
    for p in profiles:
        for k in p.keys | p.name.loose | p.name.japanese:
            block.setdefault(k, []).append(p.idx)
    han_by_key: dict[str, set[str]] = {}
    for p in profiles:
        if p.name.han and p.name.chinese:
            for k in p.name.keys:
                if k.startswith("r:"):
                    han_by_key.setdefault(k, set()).add(p.name.han)
    checked: set[tuple[int, int]] = set()
    for key, members in sorted(block.items(), key=lambda kv: (kv[0][0] != "h", kv[0])):
        if len(members) < 2 or len(members) > 400:
            continue
        strong = not key.startswith(("l:", "j:"))
        for i, j in itertools.combinations(members, 2):
            if (i, j) in checked:
                continue
            a, b = profiles[i], profiles[j]
            if key.startswith("j:") and (a.name.han is None) == (b.name.han is None):
                continue  # a family name alone links a kanji form to a romanised one only
            shared = (a.keys & b.keys) - {key} if not strong else set()
            if not strong and shared:
                continue  # a strong key links them (checked under that key)
            checked.add((i, j))
            ambiguous = any(len(han_by_key.get(k, ())) > 1 for k in (a.keys & b.keys)
                            if k.startswith("r:"))
            if _decide(a, b, strong, ambiguous):
                uf.union(i, j)
    _pair_in_release(profiles, uf)
    return _assemble(off, profiles, uf)


def _bodies(releases: pd.DataFrame | None) -> dict[str, str]:
    if releases is None or len(releases) == 0 or "body" not in releases:
        return {}
    return {str(r): b for r, b in zip(releases["release_id"], releases["body"])
            if text_or_none(r) and isinstance(b, str)}


def _profiles(off: pd.DataFrame, bodies: dict[str, str]) -> list[_Profile]:
    by_key: dict[tuple, _Profile] = {}
    out: list[_Profile] = []
    for i, row in enumerate(off.to_dict("records")):
        name = text_or_none(row.get("name")) or text_or_none(row.get("name_norm")) or ""
        info = analyse_name(name)
        if not info.keys:
            continue  # no name, no person
        lang = text_or_none(row.get("lang")) or ("zh" if HAN.search(name) else "en")
        posts = posts_of(row)
        titles = frozenset().union(*(title_concepts(t) for t, _ in posts)) if posts else frozenset()
        places = frozenset().union(*(place_keys(o) for _, o in posts)) if posts else frozenset()
        places |= frozenset().union(*(place_keys(t) for t, _ in posts)) if posts else frozenset()
        host = text_or_none(row.get("host"))
        rid = text_or_none(row.get("release_id")) or f"row{i}"
        extra: set[str] = set()
        latin = paired_latin(bodies.get(rid), _int(row.get("end")))
        rid = text_or_none(row.get("story_id")) or rid  # a syndicated copy counts as its first copy
        if info.han and latin:
            extra |= analyse_name(latin).keys
        key = (lang, info.display, titles, places, host, frozenset(extra))
        prof = by_key.get(key)
        if prof is None:
            hosts = host_place_keys(host)
            hp = min(hosts) if hosts else ""
            orgs = frozenset(k for _, o in posts if o for k in [org_key(o, hp)]
                             if k and not k.startswith("txt:"))
            prof = _Profile(len(out), lang, info, titles, places, hosts, org_keys=orgs)
            prof.extra_keys = extra
            by_key[key] = prof
            out.append(prof)
        prof.rows.append(i)
        prof.releases.add(rid)
        if host:
            prof.hosts.add(host)
    return out


def _int(value: Any) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        return -1


def _pair_in_release(profiles: list[_Profile], uf: _UnionFind) -> None:
    """In one bilingual release, pair a lone foreign ``·`` name with the English name that has
    the same title, when each is the only one with that title (needs ``titles.tsv``)."""
    if not has_title_data():
        return
    by_release: dict[str, list[_Profile]] = {}
    for p in profiles:
        for r in p.releases:
            by_release.setdefault(r, []).append(p)
    for members in by_release.values():
        zh = [p for p in members if p.name.foreign_han and not p.extra_keys]
        en = [p for p in members if p.lang == "en" and not p.name.han and not p.name.chinese]
        for z in zh:
            known = {t for t in z.titles if not t.startswith("raw")}
            if not known:
                continue
            match = [e for e in en if e.titles & known]
            rivals = [o for o in zh if o.titles & known]
            if len(match) == 1 and len(rivals) == 1 and not any(
                    uf.find(match[0].idx) == uf.find(o.idx) for o in profiles
                    if o.name.foreign_han and o is not z and o.releases & z.releases):
                uf.union(z.idx, match[0].idx)


def _assemble(off: pd.DataFrame, profiles: list[_Profile], uf: _UnionFind) -> PeopleLinks:
    groups: dict[int, list[_Profile]] = {}
    for p in profiles:
        groups.setdefault(uf.find(p.idx), []).append(p)
    dates = pd.to_datetime(off["date"], errors="coerce") if "date" in off else pd.Series(
        pd.NaT, index=off.index)
    records = []
    for members in groups.values():
        rows = sorted(r for p in members for r in p.rows)
        sub = off.loc[rows]
        d = dates.loc[rows].dropna()
        names_en = ranked_distinct([p.name.display for p in members for _ in p.rows if p.lang != "zh"])
        names_zh = ranked_distinct([p.name.display for p in members for _ in p.rows if p.lang == "zh"])
        titles = _distinct_titles([t for _, r in sub.iterrows() for t, _o in posts_of(r) if t])
        rel = {x for p in members for x in p.releases}
        records.append({
            "rows": rows, "name": (names_en or names_zh or [""])[0],
            "names_en": names_en, "names_zh": names_zh, "titles": titles,
            "n_releases": len(rel),
            "first_seen": d.min() if len(d) else pd.NaT, "last_seen": d.max() if len(d) else pd.NaT,
        })
    ids = stable_ids("P", _person_keys(list(groups.values())))
    for rec, person_id in zip(records, ids):
        rec["person_id"] = person_id
    records.sort(key=lambda r: (pd.Timestamp.max if pd.isna(r["first_seen"]) else r["first_seen"],
                                r["name"], r["person_id"]))
    pid = pd.Series(pd.NA, index=off.index, dtype="string")
    for rec in records:
        pid.loc[rec.pop("rows")] = rec["person_id"]
    people = pd.DataFrame(records, columns=PEOPLE_COLUMNS)
    people["person_id"] = people["person_id"].astype("string")
    people["name"] = people["name"].astype("string")
    people["n_releases"] = people["n_releases"].astype("Int64")
    for col in ("first_seen", "last_seen"):
        people[col] = pd.to_datetime(people[col])
    return PeopleLinks(pid, people)


def _distinct_titles(titles: list[str]) -> list[str]:
    """Titles most frequent first, one written form per normalised form (``Vice Mayor`` for
    ``vice-mayor`` too)."""
    seen: set[str] = set()
    out = []
    for t in ranked_distinct(titles):
        if normalise_title(t) not in seen:
            seen.add(normalise_title(t))
            out.append(t)
    return out


def _person_keys(groups: list[list[_Profile]]) -> list[str]:
    """The key each person's id derives from, independent of the corpus order and of the other
    people: the main key (standard pinyin of a Han name = the Latin name as written) most of the
    person's mentions have; a common name adds the commonest title and place (王伟 the vice
    mayor of Shenyang is not 王伟 the director in Dalian); two people still sharing a key add
    their first release."""
    keys = []
    for members in groups:
        key = _commonest(members, lambda p: {p.name.primary})
        if all(p.name.common for p in members):
            key += "|" + (_commonest(members, lambda p: set(p.titles)) or "") + "|" + (
                _commonest(members, lambda p: set(p.org_places or p.host_places)) or "")
        keys.append(key)
    counts = {k: keys.count(k) for k in keys}
    return [k if counts[k] == 1 else k + "|" + min(r for p in members for r in p.releases)
            for k, members in zip(keys, groups)]


def _commonest(members: list[_Profile], values: Any) -> str | None:
    """The value held by most mentions of the group (the smallest on ties)."""
    weight: dict[str, int] = {}
    for p in members:
        for v in values(p):
            weight[v] = weight.get(v, 0) + len(p.rows)
    return min(weight, key=lambda v: (-weight[v], v)) if weight else None


__all__ = ["link_people", "PeopleLinks", "PEOPLE_COLUMNS"]
