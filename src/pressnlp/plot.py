"""Matplotlib helpers for corpus studies. Each returns a ``matplotlib.figure.Figure`` drawn on the
Agg canvas (no pyplot state, nothing shown): save it with ``fig.savefig("out.png")`` or let a
notebook display it.

    import pressnlp.plot as pp
    pp.themes_over_time(res)          # monthly theme shares
    pp.top_officials(res)             # people by number of releases, EN / ZH names
    pp.slogan_timeline(res)           # which slogans appear when
    pp.meeting_network(res)           # who meets whom

Each helper takes a CorpusResult (anything with the study methods) or the matching DataFrame.
"""

from __future__ import annotations

import re
from typing import Any

import pandas as pd
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

_CJK_FONTS = ["Noto Sans CJK SC", "Noto Sans SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei",
              "SimHei", "Microsoft YaHei", "PingFang SC", "Source Han Sans SC", "DejaVu Sans"]


def _figure(width: float, height: float) -> Figure:
    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _font_kw() -> dict[str, Any]:
    """A font family that can draw Chinese names when one is installed (else the default)."""
    from matplotlib import font_manager

    names = {f.name for f in font_manager.fontManager.ttflist}
    family = [f for f in _CJK_FONTS if f in names]
    return {"fontfamily": family} if family and family[0] != "DejaVu Sans" else {}


def _has_cjk_font() -> bool:
    return bool(_font_kw())


def _latin(text: str) -> str:
    """Text safe to draw without a CJK font: Chinese runs romanised (毕满天 → Bi Mantian)."""
    if _has_cjk_font() or not re.search(r"[\u3400-\u9fff]", text):
        return text
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
                     title: str | None = "Themes over time") -> Figure:
    """Lines of each theme's share (or ``value="n_releases"``) per period, all sites pooled."""
    table = source.theme_timeline(freq=freq, by=None) if hasattr(source, "theme_timeline") \
        else source
    fig = _figure(9, 4.5)
    ax = fig.add_subplot()
    if table is None or len(table) == 0:
        return _empty(fig, ax, "no dated themes")
    if "host" in table.columns:  # a per-site table: pool the sites
        table = table.groupby(["period", "label"], as_index=False)[["n_releases"]].sum()
        totals = table.groupby("period")["n_releases"].transform("sum")
        table["share"] = table["n_releases"] / totals
    wide = table.pivot_table(index="period", columns="label", values=value, aggfunc="sum",
                             fill_value=0).sort_index()
    keep = wide.sum().sort_values(ascending=False).index[:top]
    for label in keep:
        ax.plot(wide.index, wide[label], marker="o", markersize=3, label=str(label))
    ax.set_ylabel("share of releases" if value == "share" else value.replace("_", " "))
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), fontsize="small", frameon=False)
    ax.grid(alpha=0.3)
    if title:
        ax.set_title(title)
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
    if zh and (_has_cjk_font() or not en):
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
    if _has_cjk_font() or not isinstance(slogans, pd.DataFrame) or "canonical" not in slogans:
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
                    seed: int = 7, title: str | None = "Who meets whom") -> Figure:
    """The co-mention network of the ``top`` best-connected nodes (spring layout): people in
    blue, organisations in orange, edge width by weight."""
    import networkx as nx

    if hasattr(source, "to_networkx"):
        graph = source.to_networkx(kinds=kinds)
    else:
        graph = source
    fig = _figure(8, 7)
    ax = fig.add_subplot()
    if graph is None or graph.number_of_edges() == 0:
        return _empty(fig, ax, "no co-mentions")
    strength = dict(graph.degree(weight="weight"))
    nodes = sorted(strength, key=lambda n: -strength[n])[:top]
    sub = graph.subgraph(nodes)
    pos = nx.spring_layout(sub, seed=seed, weight="weight")
    colors = ["#4C72B0" if sub.nodes[n].get("kind") == "person" else "#DD8452" for n in sub]
    sizes = [80 + 120 * strength[n] for n in sub]
    widths = [0.5 + 1.5 * d.get("weight", 1.0) for _, _, d in sub.edges(data=True)]
    nx.draw_networkx_edges(sub, pos, ax=ax, width=widths, alpha=0.4)
    nx.draw_networkx_nodes(sub, pos, ax=ax, node_color=colors, node_size=sizes, alpha=0.9)
    labels = {n: _short(_latin(sub.nodes[n].get("name") or n), 24) for n in sub}
    nx.draw_networkx_labels(sub, pos, labels=labels, ax=ax, font_size=8,
                            font_family=_font_kw().get("fontfamily", ["sans-serif"]))
    ax.set_axis_off()
    if title:
        ax.set_title(title)
    return fig


__all__ = ["themes_over_time", "top_officials", "slogan_timeline", "meeting_network"]
