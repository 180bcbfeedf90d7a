"""An HTML corpus report: one self-contained page (tables, plots inline as PNG) that a reader
opens in a browser.

    html = html_report(res)              # a CorpusResult (in memory or read from Parquet)
    res.to_html("report.html")
    python -m pressnlp.corpus.html_report out/ report.html    # from a Parquet dataset

Sections: corpus summary; releases over time by language and by site; top people (linked EN and
ZH names, one row a ``person_id``) and organisations; theme and slogan timelines; who meets
whom; errors. Nothing is fetched from elsewhere: styles, script and images are in the page.
"""

from __future__ import annotations

import base64
import html
import io
from typing import Any

import pandas as pd

from .report import most_mentioned

_STYLE = """
body { font-family: system-ui, -apple-system, "Segoe UI", "Noto Sans", "Noto Sans CJK SC",
       "Microsoft YaHei", sans-serif; margin: 2em auto; max-width: 1100px; color: #222;
       padding: 0 1em; line-height: 1.45; }
h1 { margin-bottom: 0.2em; } h2 { margin-top: 2em; border-bottom: 1px solid #ddd; }
dl.summary { display: grid; grid-template-columns: max-content auto; gap: 0.2em 1.5em; }
dl.summary dt { font-weight: 600; } dl.summary dd { margin: 0; }
table { border-collapse: collapse; font-size: 0.9em; margin: 0.5em 0; }
th, td { border-bottom: 1px solid #e5e5e5; padding: 0.25em 0.6em; text-align: left;
         vertical-align: top; }
th { background: #f5f5f5; cursor: pointer; user-select: none; }
td.num, th.num { text-align: right; }
img { max-width: 100%; height: auto; } .note { color: #666; font-size: 0.9em; }
"""

_SCRIPT = """
document.querySelectorAll("table.sortable").forEach(function (table) {
  table.querySelectorAll("th").forEach(function (th, col) {
    th.addEventListener("click", function () {
      var body = table.tBodies[0];
      var rows = Array.prototype.slice.call(body.rows);
      var down = th.dataset.order !== "desc";
      th.dataset.order = down ? "desc" : "asc";
      rows.sort(function (a, b) {
        var x = a.cells[col].dataset.value || a.cells[col].textContent;
        var y = b.cells[col].dataset.value || b.cells[col].textContent;
        var nx = parseFloat(x), ny = parseFloat(y);
        var cmp = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
        return down ? -cmp : cmp;
      });
      rows.forEach(function (row) { body.appendChild(row); });
    });
  });
});
document.body.dataset.ready = "yes";
"""


def html_report(result: Any, *, top: int = 15, title: str = "pressnlp corpus report") -> str:
    """The report page of a CorpusResult as one HTML string."""
    sections = [_summary(result), _releases(result), _people(result, top), _orgs(result, top),
                _themes(result), _slogans(result, top), _network(result), _errors(result)]
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
            f"<title>{html.escape(title)}</title><style>{_STYLE}</style></head><body>"
            f"<h1>{html.escape(title)}</h1>" + "".join(sections)
            + f"<script>{_SCRIPT}</script></body></html>\n")


# -- sections ---------------------------------------------------------------------------------


def _summary(result: Any) -> str:
    rel, err = result.releases, result.errors
    dates = pd.to_datetime(rel["date"], errors="coerce").dropna()
    span = f"{dates.min():%Y-%m-%d} – {dates.max():%Y-%m-%d}" if len(dates) else "no dates"
    copies = int(rel["duplicate_of"].notna().sum()) if "duplicate_of" in rel else 0
    items = [("inputs", "n-inputs", len(rel) + len(err)), ("releases", "n-releases", len(rel)),
             ("errors", "n-errors", len(err)), ("copies (syndicated)", "n-copies", copies),
             ("sites", "n-sites", rel["host"].nunique()),
             ("people", "n-people", len(result.people)),
             ("organisations", "n-orgs", len(result.orgs)),
             ("dated releases", "n-dated", len(dates)), ("period", "period", span),
             ("languages", "languages", _counts(rel["language"])),
             ("kinds", "kinds", _counts(rel["kind"]))]
    rows = "".join(f"<dt>{html.escape(k)}</dt><dd id=\"{i}\">{html.escape(str(v))}</dd>"
                   for k, i, v in items)
    return f"<section id=\"summary\"><h2>Corpus</h2><dl class=\"summary\">{rows}</dl></section>"


def _releases(result: Any) -> str:
    from .. import plot

    freq, unit = _frequency(result.releases)
    parts = ["<section id=\"releases\"><h2>Releases over time</h2>"]
    for by, caption in (("language", "by language"), ("host", "by site")):
        fig = plot.releases_over_time(result, by=by, freq=freq)
        parts.append(f"<figure>{_png(fig)}<figcaption>Releases per {unit} {caption}"
                     "</figcaption></figure>")
    sites = result.releases.assign(host=result.releases["host"].fillna("(unknown)"))
    table = (sites.groupby("host", dropna=False)
             .agg(releases=("release_id", "size"), first=("date", "min"), last=("date", "max"))
             .sort_values("releases", ascending=False).reset_index())
    parts.append(_table(table, "sites", numeric=("releases",)))
    return "".join(parts) + "</section>"


def _people(result: Any, top: int) -> str:
    people = result.people
    if len(people) == 0:
        return _section("people", "Top people", "<p>No officials found.</p>")
    best = most_mentioned(people, "person_id", top)
    table = pd.DataFrame({
        "person_id": best["person_id"], "English name(s)": best["names_en"].map(_joined),
        "Chinese name(s)": best["names_zh"].map(_joined), "titles": best["titles"].map(
            lambda t: _joined(list(t)[:3])), "releases": best["n_releases"],
        "first seen": best["first_seen"], "last seen": best["last_seen"]})
    note = ("<p class=\"note\">One row a person: English and Chinese mentions linked "
            "(<code>res.people</code>); copies of a release count once.</p>")
    return _section("people", "Top people", note + _table(table, "people", numeric=("releases",)))


def _orgs(result: Any, top: int) -> str:
    orgs = result.orgs
    if len(orgs) == 0:
        return _section("orgs", "Top organisations", "<p>No organisations found.</p>")
    best = most_mentioned(orgs, "org_id", top)
    table = pd.DataFrame({"org_id": best["org_id"], "name": best["name"],
                          "English name(s)": best["names_en"].map(_joined),
                          "Chinese name(s)": best["names_zh"].map(_joined),
                          "releases": best["n_releases"]})
    return _section("orgs", "Top organisations", _table(table, "orgs", numeric=("releases",)))


def _themes(result: Any) -> str:
    from .. import plot

    counts = result.themes["label"].astype(str).value_counts().rename_axis("theme") \
        .rename("releases").reset_index()
    body = (f"<figure>{_png(plot.themes_over_time(result, freq='Q'))}<figcaption>Share of "
            "each quarter's releases carrying a theme (quarters with enough releases)"
            "</figcaption></figure>" + _table(counts, "themes", numeric=("releases",)))
    return _section("themes", "Themes", body)


def _slogans(result: Any, top: int) -> str:
    from .. import plot

    sl = result.slogans
    key = sl["canonical"].fillna(sl["text"]) if len(sl) else pd.Series(dtype="string")
    table = (sl.assign(slogan=key).groupby("slogan").agg(
        mentions=("release_id", "size"), releases=("release_id", "nunique"))
        .sort_values(["releases", "mentions"], ascending=False).head(top).reset_index()) \
        if len(sl) else pd.DataFrame(columns=["slogan", "mentions", "releases"])
    body = (f"<figure>{_png(plot.slogan_timeline(result, freq='Q'))}<figcaption>Slogans per "
            "quarter (dot size: releases)</figcaption></figure>"
            + _table(table, "slogans", numeric=("mentions", "releases")))
    return _section("slogans", "Slogans", body)


def _network(result: Any) -> str:
    from .. import plot

    fig = plot.meeting_network(result, kinds=("person-person", "person-org"))
    return _section("network", "Who meets whom", f"<figure>{_png(fig)}</figure>")


def _errors(result: Any) -> str:
    err = result.errors
    if len(err) == 0:
        return _section("errors", "Errors", "<p id=\"no-errors\">No input failed.</p>")
    reasons = err["reason"].astype(str).value_counts().rename_axis("reason") \
        .rename("inputs").reset_index()
    rows = err[["release_id", "path", "stage", "reason"]].head(100)
    return _section("errors", "Errors", _table(reasons, "error-reasons", numeric=("inputs",))
                    + _table(rows, "errors"))


# -- helpers ----------------------------------------------------------------------------------


def _frequency(releases: pd.DataFrame) -> tuple[str, str]:
    """Months for up to two years of releases, quarters up to eight, else years."""
    dates = pd.to_datetime(releases["date"], errors="coerce").dropna()
    days = (dates.max() - dates.min()).days if len(dates) else 0
    return ("M", "month") if days <= 731 else ("Q", "quarter") if days <= 2922 else ("Y", "year")


def _section(ident: str, heading: str, body: str) -> str:
    return f"<section id=\"{ident}\"><h2>{html.escape(heading)}</h2>{body}</section>"


def _counts(values: pd.Series) -> str:
    counts = values.dropna().astype(str).value_counts()
    return ", ".join(f"{k} {v}" for k, v in counts.items()) or "none"


def _joined(values: Any) -> str:
    if values is None or isinstance(values, float):
        return ""
    return " / ".join(str(v) for v in values)


def _cell(value: Any) -> str:
    if value is None or (not isinstance(value, (list, tuple)) and pd.isna(value)):
        return ""
    if isinstance(value, pd.Timestamp):
        return f"{value:%Y-%m-%d}"
    return str(value)


def _table(frame: pd.DataFrame, ident: str, numeric: tuple[str, ...] = ()) -> str:
    """An escaped, sortable HTML table (``data-rows`` holds its row count)."""
    head = "".join(f"<th{' class=num' if c in numeric else ''}>{html.escape(str(c))}</th>"
                   for c in frame.columns)
    body = []
    for row in frame.itertuples(index=False):
        cells = "".join(
            f"<td class=num data-value=\"{html.escape(_cell(v))}\">{html.escape(_cell(v))}</td>"
            if c in numeric else f"<td>{html.escape(_cell(v))}</td>"
            for c, v in zip(frame.columns, row))
        body.append(f"<tr>{cells}</tr>")
    return (f"<table id=\"{ident}\" class=\"sortable\" data-rows=\"{len(frame)}\"><thead><tr>"
            f"{head}</tr></thead><tbody>{''.join(body)}</tbody></table>")


def _png(fig: Any) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=90)
    data = base64.b64encode(buffer.getvalue()).decode("ascii")
    return f"<img alt=\"\" src=\"data:image/png;base64,{data}\">"


def main(argv: list[str] | None = None) -> int:
    """``python -m pressnlp.corpus.html_report DATASET REPORT.html``: the report of a Parquet
    dataset written by ``pressnlp analyze -o DATASET``."""
    import sys
    import warnings

    from .result import read_parquet

    args = sys.argv[1:] if argv is None else argv
    if len(args) != 2:
        print("usage: python -m pressnlp.corpus.html_report DATASET REPORT.html", file=sys.stderr)
        return 2
    try:
        result = read_parquet(args[0])
    except (FileNotFoundError, OSError) as exc:
        print(f"pressnlp: {exc}", file=sys.stderr)
        return 2
    with warnings.catch_warnings():
        warnings.simplefilter("once")
        result.to_html(args[1])
    print(f"wrote {args[1]}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())


__all__ = ["html_report", "main"]
