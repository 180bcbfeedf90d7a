"""Where chunk results go, in input order: memory, JSONL, CSV folder or Parquet dataset.

Every sink takes :class:`~pressnlp.corpus.tasks.ChunkOut` objects one at a time, so a run to a
file or folder holds one chunk (plus the de-duplication index), never the whole corpus.
"""

from __future__ import annotations

import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

import pyarrow as pa

if TYPE_CHECKING:
    import pandas as pd

from .dedup import Deduper
from .parquet import write_empty_tables, write_frames, write_run
from .tables import TABLES, concat_arrow, to_pandas, typed
from .tasks import ChunkOut

FORMATS = ("jsonl", "csv", "parquet")
PARQUET_FLUSH_DOCS = 2000  # documents whose rows go into one Parquet file a table


@dataclass
class RunStats:
    """Counts of a run, updated chunk by chunk."""

    engine: str = "serial"
    stage: str = "analyze"
    n_jobs: int = 1
    n_inputs: int = 0
    rows: Counter = field(default_factory=Counter)
    reasons: Counter = field(default_factory=Counter)
    stages: Counter = field(default_factory=Counter)
    n_duplicates: int = 0
    skipped: Counter = field(default_factory=Counter)  # inputs passed over, by reason
    seconds: float = 0.0
    status: str = "running"  # complete | interrupted | failed once the run has ended
    error: str | None = None  # why a failed run stopped

    def add(self, out: ChunkOut) -> None:
        self.n_inputs += out.n_inputs
        counts = out.counts or {t: len(df) for t, df in out.frames.items()}
        self.rows.update(counts)
        errs = out.frames["errors"]
        if len(errs):
            self.reasons.update(reason_code(r) for r in errs.column("reason").to_pylist())
            self.stages.update(str(s) for s in errs.column("stage").to_pylist())

    def to_dict(self) -> dict[str, Any]:
        return {"engine": self.engine, "stage": self.stage, "n_jobs": self.n_jobs,
                "n_inputs": self.n_inputs, "rows": {t: self.rows[t] for t in TABLES},
                "errors_by_reason": dict(self.reasons.most_common()),
                "errors_by_stage": dict(self.stages.most_common()),
                "n_duplicates": self.n_duplicates, "skipped": dict(self.skipped),
                "seconds": round(self.seconds, 3),
                "status": self.status, "error": self.error}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "RunStats":
        return cls(engine=d.get("engine", "?"), stage=d.get("stage", "analyze"),
                   n_jobs=d.get("n_jobs", 1), n_inputs=d.get("n_inputs", 0),
                   rows=Counter(d.get("rows", {})), reasons=Counter(d.get("errors_by_reason", {})),
                   stages=Counter(d.get("errors_by_stage", {})),
                   n_duplicates=d.get("n_duplicates", 0),
                   skipped=Counter(d.get("skipped", {})), seconds=d.get("seconds", 0.0),
                   status=d.get("status", "complete"), error=d.get("error"))


def reason_code(reason: str | None) -> str:
    """The kind of an error message: the text before its first colon, short."""
    text = (reason or "unknown").split(":", 1)[0].strip()
    return text[:60] or "unknown"


def mark_duplicates(out: ChunkOut, deduper: Deduper) -> dict[str, str]:
    """Fill ``duplicate_of`` in the chunk's releases; return its path → first-copy id map."""
    firsts = [deduper.check(fp) for fp in out.fingerprints]
    if any(f is not None for f in firsts) and "releases" in out.frames:
        rel = out.frames["releases"]  # one fingerprint per release row, in order
        col = rel.schema.get_field_index("duplicate_of")
        out.frames["releases"] = rel.set_column(col, "duplicate_of",
                                                pa.array(firsts, type=pa.string()))
    return {fp.path: f for fp, f in zip(out.fingerprints, firsts) if f is not None}


class Sink:
    def add(self, out: ChunkOut) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def close(self, stats: RunStats) -> None:
        pass


class MemorySink(Sink):
    """Keeps every chunk: the tables and the records (small and medium runs)."""

    def __init__(self) -> None:
        self.frames: dict[str, list[pa.Table]] = {t: [] for t in TABLES}
        self.records: list = []

    def add(self, out: ChunkOut) -> None:
        for t, df in out.frames.items():
            if len(df):
                self.frames[t].append(df)
        if out.records is not None:
            self.records.extend(out.records)

    def tables(self) -> dict[str, pd.DataFrame]:
        return {t: to_pandas(t, concat_arrow(t, fs)) for t, fs in self.frames.items()}


class ParquetSink(Sink):
    """Parquet files per table, in input order, each holding about ``flush_docs`` documents' rows,
    written under a temporary name and renamed into place when complete."""

    def __init__(self, root: str | os.PathLike[str], prefix: str = "part-",
                 flush_docs: int | None = None) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.prefix, self.flush_docs = prefix, flush_docs or PARQUET_FLUSH_DOCS
        self.files: list[str] = []
        self._buf: list[ChunkOut] = []

    def add(self, out: ChunkOut) -> None:
        self._buf.append(out)
        if sum(o.n_inputs for o in self._buf) >= self.flush_docs:
            self.flush()

    def flush(self) -> None:
        if not self._buf:
            return
        frames = {t: concat_arrow(t, [o.frames[t] for o in self._buf]) for t in TABLES}
        self.files += write_frames(self.root, frames, f"{self.prefix}{self._buf[0].index:06d}")
        self._buf = []

    def close(self, stats: RunStats) -> None:
        self.flush()
        write_empty_tables(self.root)
        write_run(self.root, stats.to_dict())


class JsonlSink(Sink):
    """One record a line, in input order; stdout when ``path`` is None."""

    def __init__(self, path: str | os.PathLike[str] | None) -> None:
        self.path = path
        if path is None:
            self.fh: IO[str] = sys.stdout
        else:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            self.fh = open(path, "w", encoding="utf-8")

    def add(self, out: ChunkOut) -> None:
        for line in out.lines or ():
            self.fh.write(line + "\n")

    def close(self, stats: RunStats) -> None:
        if self.path is None:
            self.fh.flush()
        else:
            self.fh.close()


class CsvSink(Sink):
    """A folder with one CSV a table, appended chunk by chunk."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.started: set[str] = set()
        for t in TABLES:  # every table gets a file, with its header, even when empty
            typed(t, []).to_csv(self.root / f"{t}.csv", index=False)

    def add(self, out: ChunkOut) -> None:
        for t, tbl in out.frames.items():
            if len(tbl):
                to_pandas(t, tbl).to_csv(self.root / f"{t}.csv", mode="a", header=False,
                                         index=False)

    def close(self, stats: RunStats) -> None:
        write_run(self.root, stats.to_dict())


def make_sink(output: str | os.PathLike[str] | None, fmt: str | None) -> Sink:
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    if fmt == "jsonl":
        return JsonlSink(output)
    if output is None:
        raise ValueError(f"format {fmt!r} needs an output folder")
    return ParquetSink(output) if fmt == "parquet" else CsvSink(output)


__all__ = ["RunStats", "Sink", "MemorySink", "ParquetSink", "JsonlSink", "CsvSink", "make_sink",
           "mark_duplicates", "reason_code", "FORMATS"]
