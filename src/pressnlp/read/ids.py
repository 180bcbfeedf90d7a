"""Release ids that are unique within a run and stable across runs of the same inputs.

A source's own id is its file stem (or its JSONL/CSV ``id`` column). Ids shared by several
sources are qualified by the shortest run of enclosing path parts (folders, archive names)
that tells them apart: ``a/index.txt`` and ``b/index.txt`` become ``a/index`` and
``b/index``; the folder ``news/`` read beside ``news.zip`` gives ``data/news/index`` and
``news.zip/news/index``. Sources no path part separates (the same file named twice, one id on
two rows of a JSONL file) get ``#<row>`` (rows) or ``#<n>`` (the n-th copy) after that.
Unique ids are kept exactly as they are.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from typing import Iterable

_ROW = re.compile(r"::(\d+)$")


def containers(path: str) -> list[str]:
    """The path parts that enclose a document: folders, archives, folders inside archives."""
    outer, _, inner = path.rpartition("::") if "::" in path else ("", "", path)
    if outer and _ROW.search(path):  # a JSONL/CSV row: the file is the innermost container
        return _parts(outer)
    return _parts(outer + "/" + inner)[:-1]


def _parts(path: str) -> list[str]:
    return [p for p in path.replace("::", "/").split("/") if p not in ("", ".", "..")]


def _tie_break(path: str, copy: int) -> str:
    row = _ROW.search(path)
    return f"#{row.group(1)}" if row else (f"#{copy}" if copy > 1 else "")


def _qualified(rid: str, paths: list[str]) -> list[str]:
    """Ids for the sources in ``paths`` that share ``rid``: the shortest distinguishing suffix
    of their containers, then a row number or copy number where no container separates them."""
    parts = [containers(p) for p in paths]
    longest = max((len(c) for c in parts), default=0)

    def ids(k: int) -> list[str]:
        return ["/".join(c[len(c) - min(k, len(c)):] + [rid]) for c in parts]

    best = len(set(ids(longest)))
    k = next(k for k in range(longest + 1) if len(set(ids(k))) == best)
    qualified = ids(k)
    shared = Counter(qualified)
    out, copies = [], Counter()
    for qid, path in zip(qualified, paths):
        copies[qid] += 1
        out.append(qid + _tie_break(path, copies[qid]) if shared[qid] > 1 else qid)
    return out


def unique_ids(keys: Iterable[tuple[str, str]]) -> dict[int, str]:
    """For ``(id, path)`` pairs in input order: the index → new id of every source whose id
    must change so that all ids are unique (empty when they already are)."""
    groups: dict[str, list[int]] = defaultdict(list)
    paths: list[str] = []
    ids: list[str] = []
    for i, (rid, path) in enumerate(keys):
        groups[rid].append(i)
        ids.append(rid)
        paths.append(path)
    changed: dict[int, str] = {}
    for rid, members in groups.items():
        if len(members) > 1:
            changed.update(zip(members, _qualified(rid, [paths[i] for i in members])))
    if changed:  # a qualified id may equal another source's own id: number the later one
        taken: set[str] = set()
        for i, rid in enumerate(ids):
            new = changed.get(i, rid)
            base, n = new, 1
            while new in taken:
                n += 1
                new = f"{base}#{n}"
            taken.add(new)
            if new != rid:
                changed[i] = new
    return changed


__all__ = ["unique_ids", "containers"]
