"""Parquet datasets: one folder per table, files written chunk by chunk, in input order.

Layout::

    out/releases/part-000000000.parquet  part-000002000.parquet …  (rows in input order;
                                        files of 2,000 documents from a serial run, of
                                        256 from the workers of a pool or Dask run)
    out/officials/part-000000000.parquet … entities, dates, quantities, themes, slogans
    out/errors/part-000000000.parquet
    out/_run.json                       (run statistics and status)

Every table folder holds at least one file (an empty table gets a zero-row file with the
table's schema), and ``year`` is an ordinary column (null for a release without a date), so
each folder reads as it comes: ``pandas.read_parquet("out/releases")``,
``pyarrow.parquet.read_table("out/releases")`` and DuckDB
``read_parquet('out/releases/*.parquet')``. File names sort in input order. Each file is
written under a hidden temporary name and renamed into place, so an interrupted run leaves
only complete files, and readers skip the hidden temporaries.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Iterable

import pandas as pd
import pyarrow as pa
import pyarrow.dataset as ds
import pyarrow.parquet as pq

from .runfile import RUN_FILE, read_run, write_run
from .tables import TABLES, arrow_schema, empty, to_arrow, typed

EMPTY_FILE = "part-empty.parquet"  # the zero-row file of a table that got no rows


def _atomic_write(table: pa.Table, path: Path) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.tmp")
    pq.write_table(table, tmp, compression="zstd")
    os.replace(tmp, path)


def write_frames(root: str | os.PathLike[str], frames: dict[str, pa.Table | pd.DataFrame],
                 name: str) -> list[str]:
    """Write each non-empty table as ``<table>/<name>.parquet``; return the paths written."""
    root = Path(root)
    written: list[str] = []
    for table, data in frames.items():
        tbl = to_arrow(table, data)
        if tbl.num_rows:
            path = root / table / f"{name}.parquet"
            _atomic_write(tbl, path)
            written.append(str(path))
    return written


def part_name(first: int) -> str:
    """The file name stem of rows whose first document is input number ``first``."""
    return f"part-{first:09d}"


def remove_parts_from(root: str | os.PathLike[str], first: int) -> None:
    """Remove the files of documents from input number ``first`` on (and the zero-row
    files): what an interrupted run wrote after its last checkpoint."""
    for table in TABLES:
        for path in (Path(root) / table).glob("part-*.parquet"):
            number = path.stem.removeprefix("part-")
            if not number.isdigit() or int(number) >= first:
                path.unlink()


def write_empty_tables(root: str | os.PathLike[str]) -> None:
    """Give every table folder without a Parquet file a zero-row file with its schema."""
    for table in TABLES:
        folder = Path(root) / table
        if not any(folder.glob("*.parquet")):
            _atomic_write(arrow_schema(table).empty_table(), folder / EMPTY_FILE)


def table_files(root: str | os.PathLike[str], table: str) -> list[Path]:
    """The Parquet files of a table, in input order."""
    return sorted(p for p in (Path(root) / table).glob("*.parquet") if p.name != EMPTY_FILE)


def read_table(root: str | os.PathLike[str], table: str) -> pd.DataFrame:
    """One table of a dataset written by :func:`write_frames`, in input order, with its
    dtypes."""
    files = table_files(root, table)
    if not files:
        return empty(table)
    dataset = ds.dataset([str(f) for f in files], format="parquet", schema=arrow_schema(table))
    return typed(table, dataset.to_table().to_pandas())


def set_duplicates(paths: Iterable[str], mapping: dict[str, str]) -> None:
    """Rewrite ``releases`` files so that ``duplicate_of`` follows ``mapping`` (document path →
    release_id of the first copy), atomically."""
    schema = arrow_schema("releases")
    for p in paths:
        # one small file: read as one file (a dataset read costs ~0.2 s of set-up in a process)
        # and without pyarrow's thread pool, which would cost more CPU than it saves
        tbl = pq.ParquetFile(p).read(use_threads=False)
        if not tbl.schema.equals(schema):
            raise ValueError(f"{p}: not a releases table of this version (schema differs)")
        ids = tbl.column("path").to_pylist()
        if not any(i in mapping for i in ids):
            continue
        old = tbl.column("duplicate_of").to_pylist()
        new = pa.array([mapping.get(i, o) for i, o in zip(ids, old)], type=pa.string())
        tbl = tbl.set_column(tbl.schema.get_field_index("duplicate_of"), "duplicate_of", new)
        _atomic_write(tbl, Path(p))


__all__ = ["write_frames", "write_empty_tables", "part_name", "remove_parts_from", "read_table", "table_files", "write_run",
           "read_run", "set_duplicates", "TABLES"]
