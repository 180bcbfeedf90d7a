"""Where chunk results go, in input order: memory, JSONL, CSV folder or Parquet dataset.

Every sink takes :class:`~pressnlp.corpus.tasks.ChunkOut` objects one at a time, so a run to a
file or folder holds one chunk (plus the de-duplication index), never the whole corpus. The
table sinks (memory, CSV, Parquet) import pandas and pyarrow when they write; a JSONL run
imports neither.
"""

from __future__ import annotations

import json
import os
import sys
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd
    import pyarrow as pa

from .dedup import Deduper
from .rows import TABLES
from .tasks import ChunkOut

FORMATS = ("jsonl", "csv", "parquet")
PARQUET_FLUSH_DOCS = 2000
MAX_UNREACHED_LISTED = 10_000  # paths of unreached inputs listed in _run.json  # documents whose rows go into one Parquet file a table


@dataclass
class RunStats:
    """Counts of a run, updated chunk by chunk, and what ``_run.json`` records about it."""

    engine: str = "serial"
    stage: str = "analyze"
    n_jobs: int = 1
    n_inputs: int = 0  # inputs analysed (their rows are written once the run has ended)
    rows: Counter = field(default_factory=Counter)
    reasons: Counter = field(default_factory=Counter)
    stages: Counter = field(default_factory=Counter)
    components: Counter = field(default_factory=Counter)  # problems by failed component
    n_duplicates: int = 0
    skipped: Counter = field(default_factory=Counter)  # inputs passed over, by reason
    seconds: float = 0.0
    status: str = "running"  # complete | interrupted | failed once the run has ended
    error: str | None = None  # why a failed or interrupted run stopped
    version: str = ""
    inputs: list[str] = field(default_factory=list)
    lexicons: list[str] = field(default_factory=list)  # user lexicon folders
    format: str | None = None
    output: str | None = None
    n_total: int | None = None  # inputs the run was given (None while unknown)
    unreached: list[str] = field(default_factory=list)  # paths of inputs not analysed
    n_resumed: int = 0  # inputs taken over from the interrupted run this one continued
    checkpoint: dict[str, Any] = field(default_factory=dict)  # the sink's state at n_inputs

    def add(self, out: ChunkOut) -> None:
        self.n_inputs += out.n_inputs
        self.rows.update(out.counts)
        self.reasons.update(reason_code(e["reason"]) for e in out.errors)
        self.stages.update(str(e["stage"]) for e in out.errors)
        self.components.update(str(p["component"]) for p in out.problems)

    def to_dict(self) -> dict[str, Any]:
        return {"status": self.status, "error": self.error, "version": self.version,
                "engine": self.engine, "stage": self.stage, "n_jobs": self.n_jobs,
                "inputs": self.inputs, "lexicons": self.lexicons, "format": self.format,
                "output": self.output, "n_total": self.n_total,
                "n_inputs": self.n_inputs, "n_resumed": self.n_resumed,
                "n_unreached": (self.n_total - self.n_inputs) if self.n_total is not None
                else None, "unreached": self.unreached[:MAX_UNREACHED_LISTED],
                "rows": {t: self.rows[t] for t in TABLES},
                "errors_by_reason": dict(self.reasons.most_common()),
                "errors_by_stage": dict(self.stages.most_common()),
                "problems_by_component": dict(self.components.most_common()),
                "n_duplicates": self.n_duplicates, "skipped": dict(self.skipped),
                "seconds": round(self.seconds, 3), "checkpoint": self.checkpoint}

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> "RunStats":
        return cls(engine=d.get("engine", "?"), stage=d.get("stage", "analyze"),
                   n_jobs=d.get("n_jobs", 1), n_inputs=d.get("n_inputs", 0),
                   rows=Counter(d.get("rows", {})), reasons=Counter(d.get("errors_by_reason", {})),
                   stages=Counter(d.get("errors_by_stage", {})),
                   components=Counter(d.get("problems_by_component", {})),
                   n_duplicates=d.get("n_duplicates", 0),
                   skipped=Counter(d.get("skipped", {})), seconds=d.get("seconds", 0.0),
                   status=d.get("status", "complete"), error=d.get("error"),
                   version=d.get("version", ""), inputs=list(d.get("inputs", [])),
                   lexicons=list(d.get("lexicons", [])), format=d.get("format"),
                   output=d.get("output"), n_total=d.get("n_total"),
                   unreached=list(d.get("unreached", [])), n_resumed=d.get("n_resumed", 0),
                   checkpoint=dict(d.get("checkpoint", {})))


def reason_code(reason: str | None) -> str:
    """The kind of an error message: the text before its first colon, short."""
    text = (reason or "unknown").split(":", 1)[0].strip()
    return text[:60] or "unknown"


def mark_duplicates(out: ChunkOut, deduper: Deduper) -> dict[str, str]:
    """Fill ``duplicate_of`` in the chunk's releases (the table, and the JSONL record of a
    copy); return its path → first-copy id map."""
    firsts = [deduper.check(fp) for fp in out.fingerprints]
    if any(f is not None for f in firsts) and out.frames and "releases" in out.frames:
        import pyarrow as pa

        rel = out.frames["releases"]  # one fingerprint per release row, in order
        col = rel.schema.get_field_index("duplicate_of")
        out.frames["releases"] = rel.set_column(col, "duplicate_of",
                                                pa.array(firsts, type=pa.string()))
    if out.lines is not None:
        for line, first in zip(out.release_lines, firsts):
            if first is not None:
                out.lines[line] = with_duplicate_of(out.lines[line], first)
    return {fp.path: f for fp, f in zip(out.fingerprints, firsts) if f is not None}


def with_duplicate_of(line: str, first: str) -> str:
    """The JSONL record ``line`` (a JSON object without ``duplicate_of``, as ``json.dumps``
    writes it) with ``"duplicate_of": first`` as its last field: what adding the field to the
    record and dumping it again gives, without parsing the line."""
    return f'{line[:-1]}, "duplicate_of": {json.dumps(first, ensure_ascii=False)}}}'


class Sink:
    """Takes chunk results in input order. ``durable`` counts the documents of this session
    whose rows are safely written; ``state()`` is what a resumed run needs to continue
    exactly after them (see :mod:`pressnlp.corpus.run`)."""

    durable = 0

    def add(self, out: ChunkOut) -> None:  # pragma: no cover - interface
        raise NotImplementedError

    def state(self) -> dict[str, Any]:
        return {}

    def close(self) -> None:
        pass


def _tables_of(out: ChunkOut) -> dict[str, pa.Table]:
    """The chunk's tables; a table output given a chunk made without them is a wiring bug
    that would lose rows silently, so it raises."""
    if out.frames is None:
        raise ValueError(f"chunk {out.index} carries no tables for a table output")
    return out.frames


class MemorySink(Sink):
    """Keeps every chunk: the tables and the records (small and medium runs)."""

    def __init__(self) -> None:
        self.frames: dict[str, list[pa.Table]] = {t: [] for t in TABLES}
        self.records: list = []

    def add(self, out: ChunkOut) -> None:
        for t, df in _tables_of(out).items():
            if len(df):
                self.frames[t].append(df)
        if out.records is not None:
            self.records.extend(out.records)
        self.durable += out.n_inputs

    def tables(self) -> dict[str, pd.DataFrame]:
        from .tables import concat_arrow, to_pandas

        return {t: to_pandas(t, concat_arrow(t, fs)) for t, fs in self.frames.items()}


class ParquetSink(Sink):
    """Parquet files per table, each holding about ``flush_docs`` documents' rows, named by
    the input position of their first document (``part-000002000.parquet``), written under a
    temporary name and renamed into place when complete. Resuming at input ``resume_at``
    removes the files of the documents from there on (written after the last checkpoint)."""

    def __init__(self, root: str | os.PathLike[str], flush_docs: int | None = None, *,
                 resume_at: int | None = None) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        self.flush_docs = flush_docs or PARQUET_FLUSH_DOCS
        self.files: list[str] = []
        self._buf: list[ChunkOut] = []
        if resume_at is not None:
            from .parquet import remove_parts_from

            remove_parts_from(self.root, resume_at)

    def add(self, out: ChunkOut) -> None:
        self._buf.append(out)
        if sum(o.n_inputs for o in self._buf) >= self.flush_docs:
            self.flush()

    def flush(self) -> None:
        if not self._buf:
            return
        from .parquet import part_name, write_frames
        from .tables import concat_arrow

        frames = {t: concat_arrow(t, [_tables_of(o)[t] for o in self._buf]) for t in TABLES}
        self.files += write_frames(self.root, frames, part_name(self._buf[0].first))
        self.durable += sum(o.n_inputs for o in self._buf)
        self._buf = []

    def close(self) -> None:
        from .parquet import write_empty_tables

        self.flush()
        write_empty_tables(self.root)


class JsonlSink(Sink):
    """One record a line, in input order; stdout when ``path`` is None. ``state`` is the file
    size after the last whole chunk; a resumed run cuts the file there and appends."""

    def __init__(self, path: str | os.PathLike[str] | None, *,
                 state: dict[str, Any] | None = None) -> None:
        self.path = path
        if path is None:
            self.fh: IO[str] = sys.stdout
            return
        if state is not None:
            with open(path, "r+b") as fh:
                fh.truncate(int(state.get("bytes", 0)))
        self.fh = open(path, "a" if state is not None else "w", encoding="utf-8")
        self.size = self.fh.tell()

    def add(self, out: ChunkOut) -> None:
        if out.lines is None:
            raise ValueError(f"chunk {out.index} carries no JSONL lines for a JSONL output")
        self.fh.writelines(line + "\n" for line in out.lines)
        self.fh.flush()
        if self.path is not None:
            self.size = self.fh.tell()
        self.durable += out.n_inputs

    def state(self) -> dict[str, Any]:
        return {} if self.path is None else {"bytes": self.size}

    def close(self) -> None:
        if self.path is None:
            self.fh.flush()
        else:
            self.fh.close()


class CsvSink(Sink):
    """A folder with one CSV a table, appended chunk by chunk. ``state`` holds each file's
    size after the last whole chunk; a resumed run cuts the files there and appends."""

    def __init__(self, root: str | os.PathLike[str], *,
                 state: dict[str, Any] | None = None) -> None:
        from .tables import typed

        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)
        if state is not None:
            for t, size in state.get("sizes", {}).items():
                with open(self.root / f"{t}.csv", "r+b") as fh:
                    fh.truncate(int(size))
            return
        for t in TABLES:  # every table gets a file, with its header, even when empty
            typed(t, []).to_csv(self.root / f"{t}.csv", index=False)

    def add(self, out: ChunkOut) -> None:
        from .tables import to_pandas

        for t, tbl in _tables_of(out).items():
            if len(tbl):
                to_pandas(t, tbl).to_csv(self.root / f"{t}.csv", mode="a", header=False,
                                         index=False)
        self.durable += out.n_inputs

    def state(self) -> dict[str, Any]:
        return {"sizes": {t: (self.root / f"{t}.csv").stat().st_size for t in TABLES}}


def make_sink(output: str | os.PathLike[str] | None, fmt: str | None, *,
              resume: dict[str, Any] | None = None) -> Sink:
    """The sink of a format; ``resume`` (the checkpoint of an interrupted run: its
    ``n_done`` and the sink's state) continues that run."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
    if fmt == "jsonl":
        return JsonlSink(output, state=resume)
    if output is None:
        raise ValueError(f"format {fmt!r} needs an output folder")
    if fmt == "parquet":
        return ParquetSink(output, resume_at=None if resume is None else
                           int(resume.get("n_done", 0)))
    return CsvSink(output, state=resume)


__all__ = ["RunStats", "Sink", "MemorySink", "ParquetSink", "JsonlSink", "CsvSink", "make_sink",
           "mark_duplicates", "with_duplicate_of", "reason_code", "FORMATS"]
