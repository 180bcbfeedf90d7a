"""A readable text report of an analysed corpus: one line a release, then the top findings."""

from __future__ import annotations

from typing import Any

import pandas as pd


def _clip(text: Any, width: int) -> str:
    s = "" if text is None or pd.isna(text) else str(text)
    return s if len(s) <= width else s[: width - 1] + "…"


def _counts(frame: pd.DataFrame, column: str, n: int) -> str:
    if frame.empty:
        return "(none)"
    top = frame[column].dropna().astype(str).value_counts().head(n)
    return ", ".join(f"{k} {v}" for k, v in top.items()) or "(none)"


def report(result: Any, *, max_releases: int = 40, top: int = 8) -> str:
    """Text report of a CorpusResult: releases (date, language, kind, title, counts, themes),
    then the most mentioned officials, themes and slogans, and errors."""
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
    off = result.officials
    named = (off["name"].astype(str) + " (" + off["title"].fillna("").astype(str) + ")") \
        if not off.empty else off.get("name", pd.Series(dtype="string"))
    lines += ["", "officials most mentioned: " + _counts(pd.DataFrame({"who": named}), "who", top),
              "themes: " + _counts(themes, "label", 16),
              "slogans: " + _counts(result.slogans.assign(
                  key=result.slogans["canonical"].fillna(result.slogans["text"])), "key", top)]
    if len(result.errors):
        lines.append("errors: " + _counts(result.errors, "reason", top))
    return "\n".join(lines)
