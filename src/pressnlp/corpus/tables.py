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

from typing import Any, Iterable

import pandas as pd
import pyarrow as pa

from .rows import (B, C, F, I, MENTION_TABLES, S, SCHEMAS, TABLES, T, date_span, error_row,
                   rows_of)

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








def arrow_tables(rows: dict[str, list[dict[str, Any]]]) -> dict[str, pa.Table]:
    """Arrow tables (typed by their schema) of every table's rows."""
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


__all__ = ["SCHEMAS", "TABLES", "MENTION_TABLES", "arrow_schema", "typed", "empty",
           "arrow_tables", "to_pandas", "to_arrow", "concat_arrow", "rows_of", "date_span",
           "error_row"]
