"""``CorpusResult``: the tables of a run (in memory or backed by a Parquet dataset).

A run kept in memory holds the typed DataFrames and the records; a run written to Parquet
(``corpus.analyze(output="out/", format="parquet")`` or ``pn.read_parquet("out/")``) loads a
table only when it is first used.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING, Iterator

from ..records import Analysis
from .rows import TABLES
from .runfile import read_run, write_run
from .sinks import FORMATS, CsvSink, RunStats
from .study import StudyMixin

if TYPE_CHECKING:  # pandas and pyarrow are imported when a table is first used
    import pandas as pd


class CorpusResult(StudyMixin):
    """Tables of a corpus run: ``releases``, ``officials``, ``entities``, ``dates``,
    ``quantities``, ``themes``, ``slogans``, ``errors`` and ``problems`` (see
    ``pressnlp.corpus.tables``)."""

    def __init__(self, tables: dict[str, pd.DataFrame] | None = None, *,
                 records: list[Analysis] | None = None, path: str | os.PathLike[str] | None = None,
                 stats: RunStats | None = None, output: str | None = None,
                 fmt: str | None = None) -> None:
        self._tables: dict[str, pd.DataFrame] = dict(tables or {})
        self.records = records
        self.path = Path(path) if path is not None else None
        self.stats = stats or RunStats()
        self.output, self.format = output, fmt

    # -- tables --------------------------------------------------------------------------------
    def table(self, name: str) -> pd.DataFrame:
        if name not in TABLES:
            raise KeyError(f"no table {name!r}; tables are {', '.join(TABLES)}")
        if name not in self._tables:
            from .parquet import read_table
            from .tables import empty

            if self.path is not None:
                self._tables[name] = read_table(self.path, name)
            elif self.records is None and self.output is not None:
                raise ValueError(f"the run wrote its results to {self.output} ({self.format}); "
                                 "use format='parquet' (or no output) to get tables back")
            else:
                self._tables[name] = empty(name)
        return self._tables[name]

    releases = property(lambda self: self.table("releases"), doc="one row per release")
    officials = property(lambda self: self.table("officials"), doc="one row per official")
    entities = property(lambda self: self.table("entities"), doc="one row per entity mention")
    dates = property(lambda self: self.table("dates"), doc="one row per date mention")
    quantities = property(lambda self: self.table("quantities"), doc="one row per quantity")
    themes = property(lambda self: self.table("themes"), doc="one row per theme of a release")
    slogans = property(lambda self: self.table("slogans"), doc="one row per slogan mention")
    errors = property(lambda self: self.table("errors"), doc="one row per input without release")
    problems = property(lambda self: self.table("problems"),
                        doc="one row per component that failed on a kept release")

    @property
    def tables(self) -> dict[str, pd.DataFrame]:
        return {t: self.table(t) for t in TABLES}

    @property
    def n_inputs(self) -> int:
        return self.stats.n_inputs

    def __len__(self) -> int:
        return self.n_inputs

    def __iter__(self) -> Iterator[Analysis]:
        """The records of an in-memory run, in input order."""
        if self.records is None:
            raise ValueError("records are kept only for runs held in memory")
        return iter(self.records)

    def __repr__(self) -> str:
        s = self.stats
        return (f"<CorpusResult {s.n_inputs} inputs: {s.rows['releases']} releases, "
                f"{s.rows['errors']} errors>")

    # -- output --------------------------------------------------------------------------------
    def to_parquet(self, root: str | os.PathLike[str]) -> Path:
        """Write one dataset (folder) per table; pandas, pyarrow, DuckDB and
        ``pn.read_parquet`` read it."""
        from .parquet import part_name, write_empty_tables, write_frames

        root = Path(root)
        write_frames(root, self.tables, part_name(0))
        write_empty_tables(root)
        write_run(root, self.stats.to_dict())
        return root

    def to_csv(self, root: str | os.PathLike[str]) -> Path:
        sink = CsvSink(root)
        for t, df in self.tables.items():
            if len(df):
                df.to_csv(sink.root / f"{t}.csv", mode="a", header=False, index=False)
        write_run(sink.root, self.stats.to_dict())
        return sink.root

    def to_jsonl(self, path: str | os.PathLike[str] | None) -> None:
        """One record a line (SCHEMA.md shape), in input order; stdout when ``path`` is None."""
        from .tasks import DocTask

        task = DocTask(self.stats.stage if self.stats.stage in ("parse", "analyze") else "analyze")
        lines = (json.dumps(task.record(a), ensure_ascii=False) + "\n" for a in self)
        if path is None:
            import sys

            sys.stdout.writelines(lines)
            return
        Path(path).parent.mkdir(parents=True, exist_ok=True)
        with open(path, "w", encoding="utf-8") as fh:
            fh.writelines(lines)

    def write(self, out: str | os.PathLike[str] | None, fmt: str = "jsonl") -> None:
        """Write as ``jsonl`` (file or stdout), ``csv`` (a folder) or ``parquet`` (a folder)."""
        if fmt not in FORMATS:
            raise ValueError(f"format must be one of {FORMATS}, not {fmt!r}")
        if fmt == "jsonl":
            self.to_jsonl(out)
        elif out is None:
            raise ValueError(f"format {fmt!r} needs an output folder")
        elif fmt == "csv":
            self.to_csv(out)
        else:
            self.to_parquet(out)

    def to_html(self, path: str | os.PathLike[str] | None = None, *, top: int = 15) -> str:
        """The HTML corpus report (``corpus.html_report``), written to ``path`` when given."""
        from .html_report import html_report

        page = html_report(self, top=top)
        if path is not None:
            Path(path).parent.mkdir(parents=True, exist_ok=True)
            Path(path).write_text(page, encoding="utf-8")
        return page

    def summary(self) -> str:
        """A one-screen text summary: inputs, rows per table, errors by reason, speed."""
        s = self.stats
        secs = max(s.seconds, 1e-9)
        lines = [f"pressnlp {s.stage}: {s.n_inputs} inputs in {s.seconds:.1f} s "
                 f"({s.n_inputs / secs:.1f} docs/s; engine {s.engine}, {s.n_jobs} job(s))"]
        lines.append("  " + "  ".join(f"{t} {s.rows[t]}" for t in TABLES))
        if s.status != "complete":
            lines.append(f"  RUN {s.status.upper()}" + (f": {s.error}" if s.error else ""))
            if s.n_total is not None:
                lines.append(f"  {s.n_total - s.n_inputs} of {s.n_total} inputs not reached "
                             "(listed in the run record; --resume continues)")
        for reason, n in s.skipped.items():
            lines.append(f"  skipped (warning): {n} × {reason}")
        if s.n_duplicates:
            lines.append(f"  duplicates (exact or near copies): {s.n_duplicates}")
        if s.rows["releases"] + s.rows["errors"] != s.n_inputs:
            lines.append("  WARNING: releases + errors != inputs")
        if s.components:
            lines.append("  problems (a component failed; the release is kept) by component:")
            for component, n in s.components.most_common():
                lines.append(f"    {n:>6}  {component}")
        if s.reasons:
            lines.append("  errors by reason:")
            for reason, n in s.reasons.most_common(8):
                lines.append(f"    {n:>6}  {reason}")
            if len(s.reasons) > 8:
                lines.append(f"    …and {len(s.reasons) - 8} more reasons")
        if self.output:
            lines.append(f"  written to {self.output} ({self.format})")
        return "\n".join(lines)


def read_parquet(root: str | os.PathLike[str]) -> CorpusResult:
    """A result backed by a Parquet dataset written by ``to_parquet`` or a Parquet run."""
    root = Path(root)
    if not root.is_dir():
        raise FileNotFoundError(f"no Parquet dataset at {root}")
    stats = RunStats.from_dict(read_run(root)) if read_run(root) else None
    res = CorpusResult(path=root, stats=stats, output=str(root), fmt="parquet")
    if stats is None:
        res.stats = RunStats(n_inputs=len(res.releases) + len(res.errors))
        res.stats.rows.update({t: len(res.table(t)) for t in TABLES})
    return res


__all__ = ["CorpusResult", "read_parquet"]
