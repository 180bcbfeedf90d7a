"""Corpus runs at scale: archives in, typed DataFrames and Parquet out.

    corpus = pn.Corpus.from_path("archive/", "more/*.zip", "dump.jsonl")
    res = corpus.analyze(engine="processes", n_jobs=2)           # tables in memory
    res.releases, res.officials, res.errors                        # typed DataFrames
    res = corpus.analyze(output="out/", format="parquet")          # streamed to disk
    res = pn.read_parquet("out/")                                  # read back, lazily

Every input yields exactly one row in ``releases`` or ``errors``:
``res.n_inputs == len(res.releases) + len(res.errors)``.
"""

from __future__ import annotations

import os
from typing import Any, Iterator

from ..read.archives import MAX_BYTES, Source, exists, iter_sources
from .engines import ENGINES
from .result import CorpusResult, read_parquet
from .run import OutputError, Runner
from .sinks import FORMATS, MemorySink
from .tables import SCHEMAS, TABLES
from .tasks import DEFAULT_TIMEOUT, STAGES, DocTask


class Corpus:
    """Input paths (files, folders, globs, zip/tar archives, JSONL, CSV), read lazily."""

    def __init__(self, paths: tuple[str, ...], *, max_bytes: int = MAX_BYTES) -> None:
        self.paths = paths
        self.max_bytes = max_bytes

    @classmethod
    def from_path(cls, *paths: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> "Corpus":
        """A corpus over ``paths``; raises FileNotFoundError for a path that matches nothing."""
        missing = [str(p) for p in paths if not exists(p)]
        if missing:
            raise FileNotFoundError(f"no such file, folder or glob match: {', '.join(missing)}")
        return cls(tuple(str(p) for p in paths), max_bytes=max_bytes)

    def __iter__(self) -> Iterator[Source]:
        """The sources (id, path, url, bytes or error), one per input document, lazily."""
        return iter_sources(*self.paths, max_bytes=self.max_bytes)

    def parse(self, **kw: Any) -> CorpusResult:
        return self.analyze(stage="parse", **kw)

    def analyze(self, *, engine: str = "serial", n_jobs: int | None = None,
                progress: bool = True, client: Any = None, stage: str = "analyze",
                chunksize: int = 32, output: str | os.PathLike[str] | None = None,
                format: str | None = None, dedup: bool = True, task: DocTask | None = None,
                dask: str | None = None, overwrite: bool = False, resume: bool = False,
                timeout: float | None = DEFAULT_TIMEOUT) -> CorpusResult:
        """Run every document through ``stage`` ("analyze" or "parse").

        ``engine``: "serial", "processes" (``n_jobs`` workers, default the CPU count) or
        "dask" (``client``: a ``distributed.Client``, an address ``tcp://…``, ``local:N``, or
        None for a local cluster of ``n_jobs`` workers). ``dask="tcp://…"`` implies the Dask
        engine. With ``output`` results stream to disk chunk by chunk and memory stays flat;
        ``format`` (jsonl | csv | parquet) is inferred from the suffix of ``output`` when not
        given (a folder: parquet). An output that already holds results is refused unless
        ``overwrite`` (replaced when the run ends) or ``resume`` (an interrupted run is
        continued). A Parquet run returns a result that reads its tables back lazily.
        Without ``output`` the tables and records are kept in memory. ``dedup`` fills
        ``releases.duplicate_of``. ``timeout``: seconds one document may take (None: no
        limit); an overrun becomes an error row with stage ``timeout``. See
        :mod:`pressnlp.corpus.run` for ``_run.json``.
        """
        if dask:
            engine, client = "dask", client or dask
        if engine not in ENGINES:
            raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
        if stage not in STAGES:
            raise ValueError(f"stage must be one of {STAGES}, not {stage!r}")
        task = task or DocTask(stage, timeout=timeout)
        n_jobs = max(1, n_jobs or (os.cpu_count() or 1)) if engine != "serial" else 1
        runner = Runner(self.paths, max_bytes=self.max_bytes, task=task, engine=engine,
                        n_jobs=n_jobs, client=client, chunksize=chunksize, output=output,
                        fmt=format, dedup=dedup, progress=progress, overwrite=overwrite,
                        resume=resume)
        stats, sink = runner.run()
        if isinstance(sink, MemorySink):
            return CorpusResult(sink.tables(), records=sink.records, stats=stats)
        fmt = runner.fmt
        return CorpusResult(path=output if fmt == "parquet" else None, stats=stats,
                            output="<stdout>" if output is None else str(output), fmt=fmt)


__all__ = ["Corpus", "CorpusResult", "read_parquet", "Source", "DocTask", "SCHEMAS", "TABLES",
           "FORMATS", "ENGINES", "OutputError"]
