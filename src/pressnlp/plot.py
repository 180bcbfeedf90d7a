"""Matplotlib helpers for corpus studies. Each returns a ``matplotlib.figure.Figure`` drawn on the
Agg canvas (no pyplot state, nothing shown): save it with ``fig.savefig("out.png")`` or let a
notebook display it.

    import pressnlp.plot as pp
    pp.themes_over_time(res)          # monthly theme shares
    pp.top_officials(res)             # people by number of releases, EN / ZH names
    pp.slogan_timeline(res)           # which slogans appear when
    pp.meeting_network(res)           # who meets whom
    pp.releases_over_time(res, by="host")   # releases per month by site (or language)

Each helper takes a CorpusResult (anything with the study methods) or the matching DataFrame.
Chinese text is drawn with a CJK font found by matplotlib's font manager (``cjk_font()``);
without one, Chinese names are drawn in pinyin and a ``MissingCJKFontWarning`` says so once.
"""

from __future__ import annotations

import functools
import re
import textwrap
import warnings
from typing import Any

import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

_CJK_FONTS = ["Noto Sans CJK SC", "Noto Sans SC", "Source Han Sans SC", "WenQuanYi Zen Hei",
              "WenQuanYi Micro Hei", "Droid Sans Fallback", "AR PL UMing CN", "SimHei",
              "Microsoft YaHei", "PingFang SC", "Heiti SC", "Noto Serif CJK SC"]
_HAN = re.compile(r"[\u3400-\u9fff]")


class MissingCJKFontWarning(UserWarning):
    """No installed font draws Chinese: Chinese names are drawn romanised (pinyin)."""


def _figure(width: float, height: float) -> Figure:
    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


@functools.lru_cache(maxsize=1)
def cjk_font() -> str | None:
    """The family of an installed font that draws Chinese, found through matplotlib's font
    manager: a known CJK family first, else any font with distinct glyphs for 中 and 文 (not a
    last-resort font drawing one box a block); None when there is none."""
    from matplotlib import font_manager, ft2font

    fonts = font_manager.fontManager.ttflist
    names = {f.name for f in fonts}
    known = next((name for name in _CJK_FONTS if name in names), None)
    if known:
        return known
    for font in fonts:
        try:
            face = ft2font.FT2Font(font.fname)
        except (OSError, RuntimeError, ValueError):
            continue
        zhong, wen = face.get_char_index(ord("中")), face.get_char_index(ord("文"))
        if zhong and wen and zhong != wen:
            return font.name
    return None


_warned: list[bool] = []


def _font_kw() -> dict[str, Any]:
    """The font family list that draws Chinese names when a CJK font is installed."""
    font = cjk_font()
    return {"fontfamily": [font, "DejaVu Sans"]} if font else {}


def _latin(text: str) -> str:
    """Text safe to draw: unchanged with a CJK font; else Chinese runs romanised (毕满天 →
    Bi Mantian), saying so once (``MissingCJKFontWarning``) rather than drawing empty boxes."""
    if not _HAN.search(text) or cjk_font():
        return text
    if not _warned:
        _warned.append(True)
        warnings.warn("no installed font draws Chinese (matplotlib font manager found none of "
                      f"{', '.join(_CJK_FONTS[:4])} …): Chinese names are drawn in pinyin; "
                      "install one (e.g. fonts-noto-cjk) to draw them as written",
                      MissingCJKFontWarning, stacklevel=3)
    from pypinyin import lazy_pinyin

    def roman(m: re.Match[str]) -> str:
        syl = lazy_pinyin(m.group(0), v_to_u=True)
        if len(syl) <= 3 and "·" not in m.group(0):  # a personal name: Surname Givenname
            return syl[0].capitalize() + (" " + "".join(syl[1:]).capitalize() if syl[1:] else "")
        return " ".join(syl)

    return re.sub(r"[\u3400-\u9fff]+", roman, text)


def _empty(fig: Figure, ax: Any, message: str) -> Figure:
    ax.text(0.5, 0.5, message, ha="center", va="center", transform=ax.transAxes, color="grey")
    ax.set_axis_off()
    return fig


def themes_over_time(source: Any, freq: str = "M", value: str = "share", top: int = 8,
                     min_releases: int = 3, title: str | None = "Themes over time") -> Figure:
    """Lines of each theme's share of the period's dated releases (or ``value="n_releases"``),
    all sites pooled. A share is drawn only for periods with at least ``min_releases``
    releases; periods with fewer (or none) are left as gaps, not drawn as 0 or 1."""
    table = source.theme_timeline(freq=freq, by=None) if hasattr(source, "theme_timeline") \
        else source
    fig = _figure(9, 4.5)
    ax = fig.add_subplot()
    if table is None or len(table) == 0:
        return _empty(fig, ax, "no dated themes")
    counts, totals = _pooled(table, freq)
    if value == "share":
        wide = counts.div(totals, axis=0).where(totals >= max(1, min_releases), axis=0)
    else:
        wide = counts.where(totals > 0, axis=0)
    keep = counts.sum().sort_values(ascending=False).index[:top]
    for label in keep:
        ax.plot(wide.index, wide[label], marker="o", markersize=3, label=str(label))
    ylabel = (f"share of releases (periods with ≥ {min_releases})" if value == "share"
              else value.replace("_", " "))
    ax.set_ylabel(ylabel)
    if value == "share":
        ax.set_ylim(-0.02, 1.02)
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small", frameon=False)
    ax.grid(alpha=0.3)
    if title:
        ax.set_title(title)
    fig.autofmt_xdate()
    return fig


def _pooled(table: pd.DataFrame, freq: str) -> tuple[pd.DataFrame, pd.Series]:
    """Theme release counts (period × label) and dated releases per period, sites pooled, over
    every period from the first to the last (periods without releases have total 0)."""
    groups = [c for c in table.columns
              if c not in ("period", "label", "n_releases", "n_total", "share")]
    totals = (table.drop_duplicates(["period", *groups]).groupby("period")["n_total"]
              .sum().astype(float))
    counts = table.pivot_table(index="period", columns="label", values="n_releases",
                               aggfunc="sum", fill_value=0, observed=True).astype(float)
    periods = pd.period_range(counts.index.min(), counts.index.max(), freq=freq).start_time
    return counts.reindex(periods, fill_value=0.0), totals.reindex(periods, fill_value=0.0)


def releases_over_time(source: Any, by: str = "language", freq: str = "M", top: int = 8,
                       title: str | None = None) -> Figure:
    """Stacked bars: dated releases per period, split by ``by`` (``language``, ``host`` …;
    the ``top`` commonest groups, the rest as ``other``; missing values as ``(unknown)``)."""
    releases = source.releases if hasattr(source, "releases") else source
    fig = _figure(9, 3.8)
    ax = fig.add_subplot()
    dates = pd.to_datetime(releases["date"], errors="coerce") if len(releases) else None
    if dates is None or dates.notna().sum() == 0 or by not in releases:
        return _empty(fig, ax, "no dated releases")
    groups = releases[by].astype("string").fillna("(unknown)")
    common = groups.value_counts().index[:top]
    groups = groups.where(groups.isin(common), "other")
    periods = dates.dt.to_period(freq)
    table = pd.crosstab(periods, groups).sort_index()
    table = table.reindex(pd.period_range(table.index.min(), table.index.max(), freq=freq),
                          fill_value=0)
    x = table.index.start_time
    width = {"M": 25, "Q": 80, "Y": 300}.get(freq[:1], 25)
    bottom = pd.Series(0, index=table.index)
    for group in table.columns:
        ax.bar(x, table[group], width=width, bottom=bottom, label=_latin(str(group)))
        bottom = bottom + table[group]
    ax.set_ylabel("releases")
    ax.yaxis.set_major_locator(MaxNLocator(integer=True))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small", frameon=False)
    ax.grid(axis="y", alpha=0.3)
    ax.set_title(title or f"Releases by {by}")
    fig.autofmt_xdate()
    return fig


def top_officials(source: Any, n: int = 15, title: str | None = "Most mentioned officials"
                  ) -> Figure:
    """Horizontal bars: people by number of releases, labelled with their EN and ZH names."""
    people = source.people if hasattr(source, "people") else source
    fig = _figure(8, max(2.5, 0.35 * min(n, len(people) if people is not None else 0) + 1))
    ax = fig.add_subplot()
    if people is None or len(people) == 0:
        return _empty(fig, ax, "no officials")
    top = people.sort_values(["n_releases", "name"], ascending=[False, True]).head(n)[::-1]
    labels = [_person_label(r) for r in top.to_dict("records")]
    ax.barh(range(len(top)), top["n_releases"].astype(int), color="#4C72B0")
    ax.set_yticks(range(len(top)), labels, **_font_kw())
    ax.set_xlabel("releases")
    ax.xaxis.set_major_locator(MaxNLocator(integer=True))
    ax.grid(axis="x", alpha=0.3)
    if title:
        ax.set_title(title)
    return fig


def _person_label(row: dict[str, Any]) -> str:
    en = list(row.get("names_en") or [])
    zh = list(row.get("names_zh") or [])
    parts = [en[0]] if en else []
    if zh and (bool(cjk_font()) or not en):
        parts.append(_latin(zh[0]))
    return " / ".join(parts) or str(row.get("name") or row.get("person_id"))


def slogan_timeline(source: Any, freq: str = "M", top: int = 12,
                    title: str | None = "Slogans over time") -> Figure:
    """A dot timeline: one row a slogan, a dot a period, its size the number of releases."""
    table = source.slogan_timeline(freq=freq, by=None) if hasattr(source, "slogan_timeline") \
        else source
    fig = _figure(9, 4.5)
    ax = fig.add_subplot()
    if table is None or len(table) == 0:
        return _empty(fig, ax, "no dated slogans")
    if "host" in table.columns:
        table = table.groupby(["period", "slogan"], as_index=False)[["n_releases"]].sum()
    totals = table.groupby("slogan")["n_releases"].sum().sort_values(ascending=False)
    keep = list(totals.index[:top])[::-1]
    names = _slogan_names(source)
    rows = table[table["slogan"].isin(keep)]
    y = rows["slogan"].map({s: i for i, s in enumerate(keep)})
    size = 30 + 60 * rows["n_releases"].astype(float)
    ax.scatter(rows["period"], y, s=size, alpha=0.7, color="#C44E52")
    ax.set_yticks(range(len(keep)), [_short(names.get(s) or _latin(str(s))) for s in keep],
                  **_font_kw())
    ax.grid(alpha=0.3)
    if title:
        ax.set_title(title)
    fig.autofmt_xdate()
    return fig


def _slogan_names(source: Any) -> dict[str, str]:
    """canonical → its commonest English form, for drawing without a CJK font."""
    slogans = getattr(source, "slogans", None)
    if bool(cjk_font()) or not isinstance(slogans, pd.DataFrame) or "canonical" not in slogans:
        return {}
    out: dict[str, str] = {}
    latin = slogans[~slogans["text"].astype(str).str.contains(r"[\u3400-\u9fff]", regex=True)]
    for canon, sub in latin.dropna(subset=["canonical"]).groupby("canonical"):
        out[str(canon)] = str(sub["text"].str.lower().value_counts().index[0])
    return out


def _short(text: Any, width: int = 40) -> str:
    s = str(text)
    return s if len(s) <= width else s[: width - 1] + "…"


def meeting_network(source: Any, top: int = 30, kinds: tuple[str, ...] = ("person-person",),
                    seed: int = 7, labels: int = 12, title: str | None = "Who meets whom"
                    ) -> Figure:
    """The co-mention network of the ``top`` best-connected nodes (spring layout): people in
    blue, organisations in orange, node size by strength, edge width and shade by weight.
    Only the ``labels`` strongest nodes are named (whole names, wrapped, beside the node); the
    strongest edges seen in two releases or more carry their number of releases."""
    import networkx as nx

    graph = source.to_networkx(kinds=kinds) if hasattr(source, "to_networkx") else source
    fig = _figure(9, 8)
    ax = fig.add_subplot()
    if graph is None or graph.number_of_edges() == 0:
        return _empty(fig, ax, "no co-mentions")
    strength = dict(graph.degree(weight="weight"))
    nodes = sorted(strength, key=lambda n: (-strength[n], str(n)))[:top]
    sub = graph.subgraph(nodes)
    pos = nx.spring_layout(sub, seed=seed, weight="weight", k=1.5 / max(1, len(sub)) ** 0.5)
    top_strength = max(strength[n] for n in sub) or 1.0
    colors = ["#4C72B0" if sub.nodes[n].get("kind") == "person" else "#DD8452" for n in sub]
    sizes = [60 + 540 * strength[n] / top_strength for n in sub]
    edges = list(sub.edges(data=True))
    heaviest = max((d.get("weight", 1.0) for _, _, d in edges), default=1.0) or 1.0
    widths = [1.0 + 5.0 * d.get("weight", 1.0) / heaviest for _, _, d in edges]
    shades = [str(round(0.75 - 0.55 * d.get("weight", 1.0) / heaviest, 2)) for _, _, d in edges]
    nx.draw_networkx_edges(sub, pos, ax=ax, width=widths, edge_color=shades, alpha=0.9)
    nx.draw_networkx_nodes(sub, pos, ax=ax, node_color=colors, node_size=sizes, alpha=0.9,
                           edgecolors="white")
    named = sorted(sub, key=lambda n: (-strength[n], str(n)))[:labels]
    text = {n: "\n".join(textwrap.wrap(_latin(sub.nodes[n].get("name") or str(n)), 22))
            for n in named}
    span = max((max(abs(y) for _, y in pos.values()) or 1.0), 1e-9)
    above = {n: (x, y + 0.06 * span) for n, (x, y) in pos.items()}  # beside the node, not on it
    nx.draw_networkx_labels(sub, above, labels=text, ax=ax, font_size=8,
                            font_family=_font_kw().get("fontfamily", ["sans-serif"]),
                            bbox={"boxstyle": "round,pad=0.2", "fc": "white", "ec": "none",
                                  "alpha": 0.75})
    repeated = [e for e in edges if e[2].get("n_releases", 1) >= 2]
    strongest = sorted(repeated, key=lambda e: -e[2].get("weight", 1.0))[:min(8, labels)]
    nx.draw_networkx_edge_labels(
        sub, pos, ax=ax, font_size=7,
        edge_labels={(a, b): f"{d.get('n_releases', 1)}×" for a, b, d in strongest})
    ax.set_axis_off()
    if title:
        ax.set_title(f"{title} (edge labels: releases together)" if strongest else title)
    return fig


__all__ = ["themes_over_time", "releases_over_time", "top_officials", "slogan_timeline", "meeting_network", "cjk_font",
           "MissingCJKFontWarning"]
