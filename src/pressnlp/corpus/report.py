"""A readable text report of an analysed corpus: one line a release, then the top findings."""

from __future__ import annotations

from typing import Any

import pandas as pd

from ..script import HAN


def _clip(text: Any, width: int) -> str:
    s = "" if text is None or pd.isna(text) else str(text)
    return s if len(s) <= width else s[: width - 1] + "…"


def _counts(frame: pd.DataFrame, column: str, n: int) -> str:
    if frame.empty:
        return "(none)"
    top = frame[column].dropna().astype(str).value_counts().head(n)
    return ", ".join(f"{k} {v}" for k, v in top.items()) or "(none)"


def _person_label(row: dict[str, Any]) -> str:
    """``Chen Shuangwei / 陈双伟 (Director / 主任)``: the person's commonest EN and ZH names and
    titles."""
    names = [ns[0] for ns in (row.get("names_en"), row.get("names_zh")) if _listed(ns)]
    label = " / ".join(names) or str(row.get("name") or row.get("person_id"))
    titles = list(row.get("titles")) if _listed(row.get("titles")) else []
    en = [t for t in titles if not HAN.search(t)][:1]
    zh = [t for t in titles if HAN.search(t)][:1]
    return f"{label} ({' / '.join(en + zh)})" if titles else label


def _listed(values: Any) -> bool:
    return values is not None and not isinstance(values, str) and len(values) > 0


def most_mentioned(table: pd.DataFrame, key: str, n: int) -> pd.DataFrame:
    """The ``n`` rows of a people or orgs table named in the most releases (ties by ``key``)."""
    return table.sort_values(["n_releases", key], ascending=[False, True]).head(n)


def _top_people(result: Any, n: int) -> str:
    """People ranked by the releases naming them: one entry a ``person_id``, both names shown."""
    top = most_mentioned(result.people, "person_id", n)
    if top.empty:
        return "(none)"
    return ", ".join(f"{_person_label(r)} {r['n_releases']}" for r in top.to_dict("records"))


def _top_orgs(result: Any, n: int) -> str:
    top = most_mentioned(result.orgs, "org_id", n)
    if top.empty:
        return "(none)"
    return ", ".join(f"{_clip(r['name'], 60)} {r['n_releases']}" for r in top.to_dict("records"))


def report(result: Any, *, max_releases: int = 40, top: int = 8) -> str:
    """Text report of a CorpusResult: releases (date, language, kind, title, counts, themes),
    then the people (linked across EN and ZH, by ``person_id``) and organisations named in the
    most releases, themes, slogans, errors and problems."""
    rel = result.releases.sort_values(["date", "release_id"], na_position="last")
    themes = result.themes.sort_values(["release_id", "rank"])
    labels = themes.groupby("release_id")["label"].agg(lambda s: "+".join(map(str, s)))
    n_off = result.officials.groupby("release_id").size()
    n_slo = result.slogans.groupby("release_id").size()
    lines = [f"{len(rel)} releases, {len(result.errors)} errors", "",
             f"{'date':<10}  {'lang':<5} {'kind':<8} {'off':>3} {'slo':>3}  {'themes':<22} title"]
    for row in rel.head(max_releases).itertuples():
        date = "" if pd.isna(row.date) else row.date.strftime("%Y-%m-%d")
        lines.append(f"{date:<10}  {_clip(row.language, 5):<5} {_clip(row.kind, 8):<8} "
                     f"{n_off.get(row.release_id, 0):>3} {n_slo.get(row.release_id, 0):>3}  "
                     f"{_clip(labels.get(row.release_id, ''), 22):<22} {_clip(row.title, 60)}")
    if len(rel) > max_releases:
        lines.append(f"… and {len(rel) - max_releases} more releases")
    lines += ["", "people most mentioned (releases): " + _top_people(result, top),
              "organisations most mentioned (releases): " + _top_orgs(result, top),
              "themes: " + _counts(themes, "label", 16),
              "slogans: " + _counts(result.slogans.assign(
                  key=result.slogans["canonical"].fillna(result.slogans["text"])), "key", top)]
    if len(result.errors):
        lines.append("errors: " + _counts(result.errors, "reason", top))
    if len(result.problems):
        lines.append("problems (failed components, releases kept): "
                     + _counts(result.problems, "component", top))
    return "\n".join(lines)
