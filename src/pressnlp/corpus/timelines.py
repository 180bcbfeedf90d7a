"""Themes and slogans over time, by site: counts and shares per period (``freq`` is a pandas
period alias: ``"M"`` month, ``"Q"`` quarter, ``"Y"`` year)."""

from __future__ import annotations

import pandas as pd


def _periods(releases: pd.DataFrame, freq: str, by: str | None) -> pd.DataFrame:
    """release_id → period start (and the ``by`` column) for dated releases."""
    cols = ["release_id", "date"] + ([by] if by else [])
    if releases is None or len(releases) == 0 or any(c not in releases for c in cols):
        return pd.DataFrame(columns=["release_id", "period"] + ([by] if by else []))
    rel = releases[cols].copy()
    if "kind" in releases:
        rel = rel[releases["kind"].fillna("release").astype(str) == "release"]
    rel["date"] = pd.to_datetime(rel["date"], errors="coerce")
    rel = rel.dropna(subset=["date"])
    rel["period"] = rel["date"].dt.to_period(freq).dt.start_time
    if by:
        rel[by] = rel[by].astype("string").fillna("(unknown)")
    rel["release_id"] = rel["release_id"].astype(str)
    return rel.drop(columns=["date"])


def _shares(counts: pd.DataFrame, rel: pd.DataFrame, keys: list[str]) -> pd.DataFrame:
    totals = rel.groupby(keys, observed=True).size().rename("n_total").reset_index()
    out = counts.merge(totals, on=keys, how="left")
    out["share"] = (out["n_releases"] / out["n_total"]).astype("float64")
    return out


def theme_timeline(releases: pd.DataFrame, themes: pd.DataFrame, freq: str = "M",
                   by: str | None = "host", top_only: bool = False) -> pd.DataFrame:
    """Per period (and ``by`` group): releases labelled with each theme, and their share of the
    group's dated releases. ``top_only`` counts only each release's main theme (rank 1)."""
    columns = ["period"] + ([by] if by else []) + ["label", "n_releases", "n_total", "share"]
    rel = _periods(releases, freq, by)
    if themes is None or len(themes) == 0 or len(rel) == 0:
        return pd.DataFrame(columns=columns)
    th = themes.copy()
    th["release_id"] = th["release_id"].astype(str)
    if top_only and "rank" in th:
        th = th[pd.to_numeric(th["rank"], errors="coerce") == 1]
    keys = ["period"] + ([by] if by else [])
    joined = th.merge(rel, on="release_id")
    counts = (joined.groupby(keys + ["label"], observed=True)["release_id"].nunique()
              .rename("n_releases").reset_index())
    out = _shares(counts, rel, keys)
    out["n_releases"] = out["n_releases"].astype("Int64")
    out["n_total"] = out["n_total"].astype("Int64")
    return out.sort_values(keys + ["n_releases"], ascending=[True] * len(keys) + [False],
                           kind="stable").reset_index(drop=True)[columns]


def slogan_timeline(releases: pd.DataFrame, slogans: pd.DataFrame, freq: str = "M",
                    by: str | None = "host", key: str = "canonical",
                    min_releases: int = 1) -> pd.DataFrame:
    """Per period (and ``by`` group): each slogan's mentions, releases using it and their share
    of the group's dated releases. Slogans are keyed by ``key`` (falling back to ``text``);
    slogans used in fewer than ``min_releases`` releases overall are left out."""
    columns = ["period"] + ([by] if by else []) + ["slogan", "category", "n_mentions",
                                                   "n_releases", "n_total", "share"]
    rel = _periods(releases, freq, by)
    if slogans is None or len(slogans) == 0 or len(rel) == 0:
        return pd.DataFrame(columns=columns)
    sl = slogans.copy()
    sl["release_id"] = sl["release_id"].astype(str)
    text = sl["text"].astype("string") if "text" in sl else pd.Series(pd.NA, index=sl.index)
    sl["slogan"] = sl[key].astype("string").fillna(text) if key in sl else text
    sl = sl.dropna(subset=["slogan"])
    if "category" not in sl:
        sl["category"] = pd.NA
    used = sl.groupby("slogan")["release_id"].nunique()
    sl = sl[sl["slogan"].isin(used[used >= min_releases].index)]
    keys = ["period"] + ([by] if by else [])
    joined = sl.merge(rel, on="release_id")
    grouped = joined.groupby(keys + ["slogan"], observed=True)
    counts = pd.DataFrame({
        "category": grouped["category"].agg(lambda s: s.dropna().iloc[0] if s.notna().any()
                                            else pd.NA),
        "n_mentions": grouped.size(),
        "n_releases": grouped["release_id"].nunique(),
    }).reset_index()
    out = _shares(counts, rel, keys)
    for col in ("n_mentions", "n_releases", "n_total"):
        out[col] = out[col].astype("Int64")
    return out.sort_values(keys + ["n_releases"], ascending=[True] * len(keys) + [False],
                           kind="stable").reset_index(drop=True)[columns]


__all__ = ["theme_timeline", "slogan_timeline"]
