"""Parquet datasets: one folder per table, hive-partitioned by ``year``, written chunk by chunk.

Layout::

    out/releases/year=2023/part-000000.parquet
    out/releases/year=__HIVE_DEFAULT_PARTITION__/part-000003.parquet   (no publication date)
    out/officials/year=2023/part-000000.parquet  … entities, dates, quantities, themes, slogans
    out/errors/part-000000.parquet
    out/_run.json                                 (run statistics)

Each file is written under a hidden temporary name and renamed into place, so an interrupted
run leaves only complete files; readers (pyarrow, pandas, DuckDB ``read_parquet('out/releases/
**/*.parquet', hive_partitioning=true)``) skip the hidden temporaries.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterable

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from .tables import SCHEMAS, TABLES, arrow_schema, empty, to_arrow, typed

NULL_YEAR = "__HIVE_DEFAULT_PARTITION__"
RUN_FILE = "_run.json"


def _atomic_write(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


def write_frames(root: str | os.PathLike[str], frames: dict[str, pa.Table | pd.DataFrame],
                 name: str) -> list[str]:
    """Write each table as ``<table>/year=Y/<name>.parquet``; return the paths written."""
    root = Path(root)
    written: list[str] = []
    for table, data in frames.items():
        tbl = to_arrow(table, data)
        if not tbl.num_rows:
            continue
        if "year" not in SCHEMAS[table]:
            path = root / table / f"{name}.parquet"
            _atomic_write(tbl, path)
            written.append(str(path))
            continue
        years = tbl.column("year")
        rest = tbl.drop_columns(["year"])
        for year in pc.unique(years).to_pylist():
            mask = pc.is_null(years) if year is None else pc.equal(years, year)
            folder = f"year={NULL_YEAR if year is None else int(year)}"
            path = root / table / folder / f"{name}.parquet"
            _atomic_write(rest.filter(mask), path)
            written.append(str(path))
    return written


def read_table(root: str | os.PathLike[str], table: str) -> pd.DataFrame:
    """One table of a dataset written by :func:`write_frames`, with its dtypes."""
    folder = Path(root) / table
    if not folder.is_dir():
        return empty(table)
    part = ds.partitioning(pa.schema([("year", pa.int64())]), flavor="hive") \
        if "year" in SCHEMAS[table] else None
    dataset = ds.dataset(folder, format="parquet", partitioning=part,
                         schema=arrow_schema(table) if part else arrow_schema(table))
    return typed(table, dataset.to_table().to_pandas())


def write_run(root: str | os.PathLike[str], stats: dict) -> None:
    path = Path(root) / RUN_FILE
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{RUN_FILE}.tmp")
    tmp.write_text(json.dumps(stats, indent=1, default=str), encoding="utf-8")
    os.replace(tmp, path)


def read_run(root: str | os.PathLike[str]) -> dict:
    path = Path(root) / RUN_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def set_duplicates(paths: Iterable[str], mapping: dict[str, str]) -> None:
    """Rewrite ``releases`` files so that ``duplicate_of`` follows ``mapping`` (document path →
    release_id of the first copy), atomically."""
    for p in paths:
        tbl = pq.read_table(p, schema=arrow_schema("releases", with_year=False))
        ids = tbl.column("path").to_pylist()
        if not any(i in mapping for i in ids):
            continue
        old = tbl.column("duplicate_of").to_pylist()
        new = pa.array([mapping.get(i, o) for i, o in zip(ids, old)], type=pa.string())
        tbl = tbl.set_column(tbl.schema.get_field_index("duplicate_of"), "duplicate_of", new)
        _atomic_write(tbl, Path(p))


__all__ = ["write_frames", "read_table", "write_run", "read_run", "set_duplicates", "TABLES"]
