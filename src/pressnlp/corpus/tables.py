"""Analyses → typed pandas DataFrames: one table per record kind, joined by ``release_id``.

Columns (dtype) of each table — the contract that other modules and users rely on:

``releases`` (one row per release that could be parsed)
    release_id, path, url (string); kind, language, script (category); title (string);
    date (datetime64, publication day); year (Int64); author, source, editor, host, organizer,
    icp, gongan, site_code (string); n_paragraphs, n_chars (Int64); body, encoding (string);
    duplicate_of (string: release_id of the first seen copy, exact or near duplicate).
``officials`` (one row per official)
    release_id, name, name_norm, title, org (string); posts (string, JSON list of
    {"title", "org"}); lang (category); start, end, n_mentions (Int64); date (datetime64) and
    host (string) of the release; year (Int64).
``entities``  release_id, text (string); label, lang (category); norm (string); start, end, year.
``dates``     release_id, text, iso (string); grain (category); start, end (Int64);
              first_day, last_day (datetime64: the span ``iso`` covers); year.
``quantities`` release_id, text (string); value (Float64); modifier, unit (string);
              start, end, container (Int64); year.
``themes``    release_id; label (category); score (Float64); rank (Int64, 1 = best); year.
``slogans``   release_id, text, canonical (string); category, cue (category);
              numbered, novel (boolean); start, end (Int64); year.
``errors``    (one row per input that yielded no release) release_id, path, url (string);
              stage (category: read | parse | analyze | timeout | worker); reason (string).
``problems``  (one row per component that failed on a release that was kept: its other
              results are in the tables above) release_id, path, url (string); stage
              (category: extract | classify); component (category: ``extract.officials``,
              ``classify.themes`` …); error (string: the exception type); message (string).
              Every input is a ``releases`` or an ``errors`` row (``n_inputs == releases +
              errors``); ``problems`` rows do not count there.

``year`` is the release's publication year (null when it has no date).
"""

from __future__ import annotations

import calendar
import json
from datetime import date, datetime
from typing import Any, Iterable

import pandas as pd
import pyarrow as pa

from ..records import Analysis, Release

S, C, T, I, F, B = "string", "category", "datetime64[ms]", "Int64", "Float64", "boolean"

SCHEMAS: dict[str, dict[str, str]] = {
    "releases": {"release_id": S, "path": S, "url": S, "kind": C, "language": C, "script": C,
                 "title": S, "date": T, "year": I, "author": S, "source": S, "editor": S,
                 "host": S, "organizer": S, "icp": S, "gongan": S, "site_code": S,
                 "n_paragraphs": I, "n_chars": I, "body": S, "encoding": S, "duplicate_of": S},
    "officials": {"release_id": S, "name": S, "name_norm": S, "title": S, "org": S, "posts": S,
                  "lang": C, "start": I, "end": I, "n_mentions": I, "date": T, "host": S,
                  "year": I},
    "entities": {"release_id": S, "text": S, "label": C, "norm": S, "lang": C, "start": I,
                 "end": I, "year": I},
    "dates": {"release_id": S, "text": S, "iso": S, "grain": C, "start": I, "end": I,
              "first_day": T, "last_day": T, "year": I},
    "quantities": {"release_id": S, "text": S, "value": F, "modifier": S, "unit": S, "start": I,
                   "end": I, "container": I, "year": I},
    "themes": {"release_id": S, "label": C, "score": F, "rank": I, "year": I},
    "slogans": {"release_id": S, "text": S, "canonical": S, "category": C, "numbered": B,
                "novel": B, "cue": C, "start": I, "end": I, "year": I},
    "errors": {"release_id": S, "path": S, "url": S, "stage": C, "reason": S},
    "problems": {"release_id": S, "path": S, "url": S, "stage": C, "component": C, "error": S,
                 "message": S},
}
TABLES = tuple(SCHEMAS)
MENTION_TABLES = ("officials", "entities", "dates", "quantities", "themes", "slogans")
_ARROW = {S: pa.string(), C: pa.string(), T: pa.timestamp("ms"), I: pa.int64(),
          F: pa.float64(), B: pa.bool_()}


def arrow_schema(table: str, *, with_year: bool = True) -> pa.Schema:
    """The Parquet schema of ``table`` (categories stored as strings)."""
    return pa.schema([(c, _ARROW[d]) for c, d in SCHEMAS[table].items()
                      if with_year or c != "year"])


def empty(table: str) -> pd.DataFrame:
    return typed(table, [])


def typed(table: str, rows: list[dict[str, Any]] | pd.DataFrame) -> pd.DataFrame:
    """A DataFrame of ``rows`` with exactly the columns and dtypes of ``table``."""
    schema = SCHEMAS[table]
    df = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows, columns=list(schema))
    df = df.reindex(columns=list(schema))
    out = {}
    for col, dtype in schema.items():
        s = df[col]
        if dtype == T:
            s = pd.to_datetime(s, errors="coerce")
            s = s.dt.tz_localize(None) if getattr(s.dt, "tz", None) else s
            s = s.astype(T)
        elif dtype == F:
            s = pd.to_numeric(s, errors="coerce").astype(F)
        elif dtype == I:
            s = pd.to_numeric(s, errors="coerce").astype(I)
        elif dtype == C:
            s = s.astype(S).astype(C)
        else:
            s = s.astype(dtype)
        out[col] = s
    return pd.DataFrame(out, index=pd.RangeIndex(len(df)))


def concat(table: str, frames: Iterable[pd.DataFrame]) -> pd.DataFrame:
    """Concatenate chunks of one table, restoring dtypes (categories are unioned)."""
    frames = [f for f in frames if len(f)]
    if not frames:
        return empty(table)
    return typed(table, pd.concat(frames, ignore_index=True))


def _day(text: str | None) -> date | None:
    try:
        return date.fromisoformat(text[:10]) if text else None
    except ValueError:
        return None


def date_span(iso: str | None) -> tuple[date | None, date | None]:
    """First and last day covered by an ISO value: a day, a month ``YYYY-MM`` or ``a/b``."""
    if not iso:
        return None, None
    if "/" in iso:
        a, _, b = iso.partition("/")
        return date_span(a)[0], date_span(b)[1]
    if len(iso) == 7:
        try:
            y, m = int(iso[:4]), int(iso[5:7])
            return date(y, m, 1), date(y, m, calendar.monthrange(y, m)[1])
        except ValueError:
            return None, None
    if len(iso) == 4 and iso.isdigit():
        return date(int(iso), 1, 1), date(int(iso), 12, 31)
    d = _day(iso)
    return d, d


def error_row(release: Release) -> dict[str, Any]:
    reason = release.error or "unknown error"
    return {"release_id": release.id, "path": release.path, "url": release.url,
            "stage": release.error_stage or "parse", "reason": reason}


def rows_of(a: Analysis, tables: dict[str, list[dict[str, Any]]]) -> None:
    """Append the rows of one analysis to ``tables`` (name → list of row dicts)."""
    r = a.release
    if r.kind == "error":
        tables["errors"].append(error_row(r))
        return
    rid = r.id
    day = _day(r.date)
    year = day.year if day else None
    day = datetime(day.year, day.month, day.day) if day else None
    site = r.site
    host = site.host if site else None
    body = r.body
    tables["releases"].append({
        "release_id": rid, "path": r.path, "url": r.url, "kind": r.kind, "language": r.language,
        "script": r.script, "title": r.title, "date": day, "year": year, "author": r.author,
        "source": r.source, "editor": r.editor, "host": host,
        "organizer": site.organizer if site else None, "icp": site.icp if site else None,
        "gongan": site.gongan if site else None, "site_code": site.site_code if site else None,
        "n_paragraphs": len(r.paragraphs), "n_chars": len(body), "body": body,
        "encoding": r.encoding, "duplicate_of": None})
    for o in a.officials:
        tables["officials"].append({
            "release_id": rid, "name": o.name, "name_norm": o.name_norm, "title": o.title,
            "org": o.org, "posts": json.dumps([p.to_dict() for p in o.posts], ensure_ascii=False),
            "lang": o.lang, "start": o.start, "end": o.end, "n_mentions": 1 + len(o.mentions),
            "date": day, "host": host, "year": year})
    for e in a.entities:
        tables["entities"].append({"release_id": rid, "text": e.text, "label": e.label,
                                   "norm": e.norm, "lang": e.lang, "start": e.start,
                                   "end": e.end, "year": year})
    for d in a.dates:
        first, last = (datetime(x.year, x.month, x.day) if x else None for x in date_span(d.iso))
        tables["dates"].append({"release_id": rid, "text": d.text, "iso": d.iso,
                                "grain": d.grain, "start": d.start, "end": d.end,
                                "first_day": first, "last_day": last, "year": year})
    for q in a.quantities:
        tables["quantities"].append({"release_id": rid, "text": q.text, "value": q.value,
                                     "modifier": q.modifier, "unit": q.unit, "start": q.start,
                                     "end": q.end, "container": q.container, "year": year})
    for rank, t in enumerate(sorted(a.themes, key=lambda t: -t.score), 1):
        tables["themes"].append({"release_id": rid, "label": t.label, "score": t.score,
                                 "rank": rank, "year": year})
    for s in a.slogans:
        tables["slogans"].append({"release_id": rid, "text": s.text, "canonical": s.canonical,
                                  "category": s.category, "numbered": s.numbered,
                                  "novel": s.novel, "cue": s.cue, "start": s.start,
                                  "end": s.end, "year": year})
    for p in a.problems:
        tables["problems"].append({"release_id": rid, "path": r.path, "url": r.url,
                                   "stage": p.stage, "component": p.component,
                                   "error": p.error, "message": p.message})


def frames_of(analyses: Iterable[Analysis]) -> dict[str, pd.DataFrame]:
    """Typed DataFrames (every table, possibly empty) of a batch of analyses."""
    return {t: to_pandas(t, tbl) for t, tbl in arrow_of(analyses).items()}


def arrow_of(analyses: Iterable[Analysis]) -> dict[str, pa.Table]:
    """Arrow tables (every table, possibly empty) of a batch of analyses — the cheap form
    that workers ship and writers write; ``to_pandas`` gives the typed DataFrame."""
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for a in analyses:
        rows_of(a, rows)
    return {t: pa.Table.from_pylist(rows[t], schema=arrow_schema(t)) for t in TABLES}


def to_pandas(table: str, tbl: pa.Table | pd.DataFrame) -> pd.DataFrame:
    return typed(table, tbl if isinstance(tbl, pd.DataFrame) else tbl.to_pandas())


def to_arrow(table: str, df: pa.Table | pd.DataFrame) -> pa.Table:
    if isinstance(df, pa.Table):
        return df
    return pa.Table.from_pandas(df, schema=arrow_schema(table), preserve_index=False)


def concat_arrow(table: str, tables: Iterable[pa.Table]) -> pa.Table:
    tables = [t for t in tables if t.num_rows]
    return pa.concat_tables(tables) if tables else arrow_schema(table).empty_table()


__all__ = ["SCHEMAS", "TABLES", "MENTION_TABLES", "arrow_schema", "typed", "empty", "concat",
           "frames_of", "arrow_of", "to_pandas", "to_arrow", "concat_arrow", "rows_of",
           "date_span"]
