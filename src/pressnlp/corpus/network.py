"""Who meets whom: co-mention edges between officials (``person_id``) and organisations
(``org_id``) in the same release, and their export to networkx.

``weight`` follows Newman's collaboration weighting: a release naming k participants adds
1/(k-1) to each of its pairs, so a crowded banquet counts less than a one-to-one meeting;
``n_releases`` is the plain count of releases, ``release_ids`` the releases themselves; a
syndicated copy (``story_id``, from ``releases.duplicate_of``) is the release it copies.
A person-org edge has ``affiliation`` True when the organisation is one of the person's own
posts (filter them out to keep only meetings with other bodies).
"""

from __future__ import annotations

import itertools
from collections import defaultdict
from typing import Any

import pandas as pd

EDGE_COLUMNS = ["source", "target", "kind", "weight", "n_releases", "release_ids",
                "affiliation", "source_name", "target_name"]


def edges(officials: pd.DataFrame, org_mentions: pd.DataFrame | None = None,
          people: pd.DataFrame | None = None, orgs: pd.DataFrame | None = None,
          kinds: tuple[str, ...] = ("person-person", "person-org")) -> pd.DataFrame:
    """Co-mention edges. ``officials`` needs ``person_id``; ``org_mentions`` ``org_id``."""
    persons: dict[str, set[str]] = defaultdict(set)
    if officials is not None and len(officials) and "person_id" in officials:
        for rid, pid in zip(_stories(officials), officials["person_id"]):
            if _known(rid) and isinstance(pid, str) and pid:
                persons[str(rid)].add(pid)
    organs: dict[str, set[str]] = defaultdict(set)
    own: set[tuple[str, str]] = set()  # (person, org) of an official's own post
    if org_mentions is not None and len(org_mentions) and "org_id" in org_mentions:
        pids = org_mentions["person_id"] if "person_id" in org_mentions else [None] * len(
            org_mentions)
        for rid, oid, pid in zip(_stories(org_mentions), org_mentions["org_id"], pids):
            if _known(rid) and isinstance(oid, str) and oid:
                organs[str(rid)].add(oid)
                if isinstance(pid, str) and pid:
                    own.add((pid, oid))
    acc: dict[tuple[str, str, str], dict[str, Any]] = {}

    def add(a: str, b: str, kind: str, rid: str, w: float) -> None:
        e = acc.setdefault((a, b, kind), {"weight": 0.0, "release_ids": []})
        e["weight"] += w
        e["release_ids"].append(rid)

    for rid in sorted(set(persons) | set(organs)):
        ps, os_ = sorted(persons.get(rid, ())), sorted(organs.get(rid, ()))
        k = len(ps) + (len(os_) if "person-org" in kinds else 0)
        if k < 2:
            continue
        w = 1.0 / (k - 1)
        if "person-person" in kinds:
            for a, b in itertools.combinations(ps, 2):
                add(a, b, "person-person", rid, w)
        if "person-org" in kinds:
            for a in ps:
                for o in os_:
                    add(a, o, "person-org", rid, w)
    names = {**_names(people, "person_id"), **_names(orgs, "org_id")}
    rows = [{"source": a, "target": b, "kind": kind, "weight": round(e["weight"], 6),
             "n_releases": len(e["release_ids"]), "release_ids": e["release_ids"],
             "affiliation": (a, b) in own,
             "source_name": names.get(a, ""), "target_name": names.get(b, "")}
            for (a, b, kind), e in acc.items()]
    table = pd.DataFrame(rows, columns=EDGE_COLUMNS)
    table["n_releases"] = table["n_releases"].astype("Int64")
    table["weight"] = table["weight"].astype("float64")
    return table.sort_values(["weight", "source", "target"], ascending=[False, True, True],
                             kind="stable").reset_index(drop=True)


def _stories(table: pd.DataFrame) -> pd.Series:
    """The story of each mention: ``story_id`` where known, else ``release_id``."""
    if "story_id" not in table:
        return table["release_id"]
    return table["story_id"].where(table["story_id"].notna(), table["release_id"])


def _known(release_id: Any) -> bool:
    """A mention without its release cannot be co-mentioned with anything."""
    return release_id is not None and not (pd.api.types.is_scalar(release_id)
                                           and pd.isna(release_id))


def _names(table: pd.DataFrame | None, key: str) -> dict[str, str]:
    if table is None or len(table) == 0 or key not in table:
        return {}
    return {str(k): str(v) for k, v in zip(table[key], table["name"])}


def to_networkx(edge_table: pd.DataFrame, people: pd.DataFrame | None = None,
                orgs: pd.DataFrame | None = None) -> Any:
    """A ``networkx.Graph``: nodes ``P…`` (kind person) and ``O…`` (kind org) with name and
    n_releases; edges with kind, weight, n_releases, release_ids and affiliation. Pass
    ``orgs=None`` for a people-only graph (every person is a node, isolated ones included)."""
    import networkx as nx

    g = nx.Graph()
    for table, key, kind in ((people, "person_id", "person"), (orgs, "org_id", "org")):
        if table is None or len(table) == 0:
            continue
        for row in table.to_dict("records"):
            g.add_node(str(row[key]), kind=kind, name=str(row.get("name") or ""),
                       n_releases=int(row.get("n_releases") or 0))
    for row in edge_table.to_dict("records"):
        for node in (row["source"], row["target"]):
            if node not in g:
                g.add_node(node, kind="person" if node.startswith("P") else "org",
                           name=row["source_name"] if node == row["source"] else row["target_name"],
                           n_releases=0)
        g.add_edge(row["source"], row["target"], kind=row["kind"], weight=float(row["weight"]),
                   n_releases=int(row["n_releases"]), release_ids=list(row["release_ids"]),
                   affiliation=bool(row["affiliation"]))
    return g


__all__ = ["edges", "to_networkx", "EDGE_COLUMNS"]
