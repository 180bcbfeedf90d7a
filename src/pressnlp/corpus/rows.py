"""The rows of each table as plain Python dicts, and the tables' columns and dtypes — what a
run needs without pandas or pyarrow (JSONL output counts rows but builds no table).
:mod:`pressnlp.corpus.tables` documents the tables and turns these rows into typed
DataFrames and Arrow tables.
"""

from __future__ import annotations

import calendar
import json
from datetime import date, datetime
from typing import Any, Iterable

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
_JSON = json.JSONEncoder(ensure_ascii=False)  # json.dumps(..., ensure_ascii=False), made once
MENTION_TABLES = ("officials", "entities", "dates", "quantities", "themes", "slogans")


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
            "org": o.org, "posts": _JSON.encode([p.to_dict() for p in o.posts]),
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
    tables["problems"] += problem_rows(a)


def problem_rows(a: Analysis) -> list[dict[str, Any]]:
    """The rows of the problems of a release that was kept."""
    r = a.release
    return [{"release_id": r.id, "path": r.path, "url": r.url, "stage": p.stage,
             "component": p.component, "error": p.error, "message": p.message}
            for p in a.problems]


def rows_by_table(analyses: Iterable[Analysis]) -> dict[str, list[dict[str, Any]]]:
    """Every table's rows (possibly none) of a batch of analyses."""
    rows: dict[str, list[dict[str, Any]]] = {t: [] for t in TABLES}
    for a in analyses:
        rows_of(a, rows)
    return rows


def row_counts(analyses: Iterable[Analysis]) -> dict[str, int]:
    """The number of rows each table gets from ``analyses`` — what :func:`rows_by_table`
    counts, without building the rows (an output that writes no table needs only these)."""
    counts = dict.fromkeys(TABLES, 0)
    for a in analyses:
        if a.release.kind == "error":
            counts["errors"] += 1
            continue
        counts["releases"] += 1
        for table, items in (("officials", a.officials), ("entities", a.entities),
                             ("dates", a.dates), ("quantities", a.quantities),
                             ("themes", a.themes), ("slogans", a.slogans),
                             ("problems", a.problems)):
            counts[table] += len(items)
    return counts


__all__ = ["SCHEMAS", "TABLES", "MENTION_TABLES", "rows_of", "rows_by_table", "row_counts",
           "problem_rows", "date_span", "error_row", "S", "C", "T", "I", "F", "B"]
