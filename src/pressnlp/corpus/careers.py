"""Careers: one row per (person, title, organisation), ordered by time, showing promotions and
transfers. Titles are compared through their ``titles.tsv`` concepts (Vice Mayor = 副市长), so a
post mentioned in English and Chinese is one row; organisations through their ``org_key``."""

from __future__ import annotations

from typing import Any

import pandas as pd

from .context import posts_of, text_or_none, host_place_keys, title_concepts, title_level, title_rank
from .orgs import org_key

CAREER_COLUMNS = ["person_id", "name", "title", "org", "titles", "orgs", "first_seen",
                  "last_seen", "n_releases", "sources", "change"]


def careers(officials: pd.DataFrame, people: pd.DataFrame | None = None,
            org_mentions: pd.DataFrame | None = None) -> pd.DataFrame:
    """Posts held by each linked person (``officials`` needs a ``person_id`` column).

    ``org_mentions`` (``identity.org_mentions``) gives each post's organisation its corpus key,
    so that ``Jiamusi Foreign Affairs Office (JMSFAO)`` and ``JMSFAO`` are one organisation;
    without it the organisation is keyed on its own.

    ``change`` tells how a post relates to the one before it: ``first``, ``promotion`` (a deputy
    post followed by the head post, or a higher rank at the same level: 副市长 → 市长),
    ``transfer`` (the same title in another organisation), ``concurrent`` (seen first on the
    same day as the previous post) or ``new post``.
    """
    if officials is None or len(officials) == 0 or "person_id" not in officials:
        return pd.DataFrame({c: pd.Series([], dtype="object") for c in CAREER_COLUMNS})
    known = _org_lookup(org_mentions)
    rows = []
    for row in officials.to_dict("records"):
        pid = text_or_none(row.get("person_id"))
        if not pid:
            continue
        hp = sorted(host_place_keys(text_or_none(row.get("host"))))
        for title, written in posts_of(row):
            concepts = title_concepts(title) if title else frozenset()
            org, okey = known.get((text_or_none(row.get("release_id")), written), (written, None))
            rows.append({
                "person_id": pid, "title": title, "org": org,
                "title_key": "|".join(sorted(concepts)) if concepts else "",
                "org_key": okey or (org_key(org, hp[0] if hp else "") if org else ""),
                "date": pd.to_datetime(row.get("date"), errors="coerce"),
                "release_id": text_or_none(row.get("story_id")) or text_or_none(row.get("release_id")),
                "host": text_or_none(row.get("host")),
            })
    if not rows:
        return pd.DataFrame({c: pd.Series([], dtype="object") for c in CAREER_COLUMNS})
    posts = pd.DataFrame(rows)
    posts = posts[(posts["title_key"] != "") | (posts["org_key"] != "")]
    posts = _fill_missing_orgs(posts)
    names = {} if people is None or len(people) == 0 else dict(zip(people["person_id"],
                                                                   people["name"]))
    out = []
    for (pid, tkey, okey), sub in posts.groupby(["person_id", "title_key", "org_key"],
                                                 sort=False):
        d = sub["date"].dropna()
        out.append({
            "person_id": pid, "name": names.get(pid, ""),
            "title": _most_common(sub["title"]), "org": _most_common(sub["org"]),
            "titles": sorted({t for t in sub["title"] if t}),
            "orgs": sorted({o for o in sub["org"] if o}),
            "first_seen": d.min() if len(d) else pd.NaT, "last_seen": d.max() if len(d) else pd.NaT,
            "n_releases": sub["release_id"].nunique(),
            "sources": sorted({h for h in map(text_or_none, sub["host"]) if h}),
            "_tkey": tkey, "_okey": okey,
        })
    table = pd.DataFrame(out)
    table = table.sort_values(["person_id", "first_seen", "last_seen"], na_position="last",
                              kind="stable").reset_index(drop=True)
    table["change"] = _changes(table)
    table = table.drop(columns=["_tkey", "_okey"])
    table["n_releases"] = table["n_releases"].astype("Int64")
    return table[CAREER_COLUMNS]


def _org_lookup(mentions: pd.DataFrame | None) -> dict[tuple[Any, Any], tuple[str, str]]:
    """(release_id, organisation as written in a post) → (organisation, its corpus key)."""
    if mentions is None or len(mentions) == 0 or "written" not in mentions:
        return {}
    posts = mentions[mentions["source"] == "official"]
    return {(r, w): (t, k) for r, w, t, k in zip(posts["release_id"], posts["written"],
                                                 posts["text"], posts["org_key"])}


def _fill_missing_orgs(posts: pd.DataFrame) -> pd.DataFrame:
    """A post written without its organisation (``Mayor Lyu``) takes the organisation of the
    same person's same title when there is exactly one."""
    posts = posts.copy()
    for (pid, tkey), sub in posts.groupby(["person_id", "title_key"]):
        keys = {k for k in sub["org_key"] if k}
        if tkey and len(keys) == 1:
            key = next(iter(keys))
            org = _most_common(sub.loc[sub["org_key"] == key, "org"])
            missing = sub.index[sub["org_key"] == ""]
            posts.loc[missing, "org_key"] = key
            posts.loc[missing, "org"] = org
    return posts


def _most_common(values: Any) -> str | None:
    vals = [v for v in values if isinstance(v, str) and v]
    return max(set(vals), key=lambda v: (vals.count(v), -vals.index(v))) if vals else None


def _changes(table: pd.DataFrame) -> list[str]:
    changes: list[str] = []
    prev: dict[str, Any] | None = None
    for row in table.to_dict("records"):
        if prev is None or prev["person_id"] != row["person_id"]:
            changes.append("first")
        else:
            changes.append(_change(prev, row))
        prev = row
    return changes


def _change(prev: dict[str, Any], cur: dict[str, Any]) -> str:
    if pd.notna(prev["first_seen"]) and prev["first_seen"] == cur["first_seen"]:
        return "concurrent"
    p = set(filter(None, prev["_tkey"].split("|")))
    c = set(filter(None, cur["_tkey"].split("|")))
    if p and c and p == c and prev["_okey"] != cur["_okey"]:
        return "transfer"
    if p and c and _is_promotion(p, c):
        return "promotion"
    return "new post"


def _is_promotion(prev: set[str], cur: set[str]) -> bool:
    for a in prev:
        for b in cur:
            if "副" in a and a.replace("常务副", "").replace("副", "") == b:
                return True
    rp, rc = title_rank(prev), title_rank(cur)
    same_level = title_level(prev) is not None and title_level(prev) == title_level(cur)
    return same_level and rp is not None and rc is not None and rc < rp


__all__ = ["careers", "CAREER_COLUMNS"]
