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
import sys
import time
from typing import Any, Iterator

from ..read.archives import MAX_BYTES, Source, exists, iter_sources
from .engines import ENGINES, chunks, dask_run, process_outs, serial_outs
from .dedup import Deduper
from .result import CorpusResult, read_parquet
from .sinks import FORMATS, MemorySink, RunStats, make_sink, mark_duplicates
from .tables import SCHEMAS, TABLES
from .tasks import STAGES, DocTask


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
                dask: str | None = None) -> CorpusResult:
        """Run every document through ``stage`` ("analyze" or "parse").

        ``engine``: "serial", "processes" (``n_jobs`` workers, default the CPU count) or
        "dask" (``client``: a ``distributed.Client``, an address ``tcp://…``, ``local:N``, or
        None for a local cluster of ``n_jobs`` workers). ``dask="tcp://…"`` implies the Dask
        engine. With ``output`` (and ``format`` jsonl | csv | parquet; parquet when the path has
        no ``.jsonl`` suffix) results stream to disk chunk by chunk and memory stays flat; a
        Parquet run returns a result that reads its tables back lazily. Without ``output``
        the tables and records are kept in memory. ``dedup`` fills ``releases.duplicate_of``.
        """
        if dask:
            engine, client = "dask", client or dask
        if engine not in ENGINES:
            raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
        if stage not in STAGES:
            raise ValueError(f"stage must be one of {STAGES}, not {stage!r}")
        task = task or DocTask(stage)
        n_jobs = max(1, n_jobs or (os.cpu_count() or 1)) if engine != "serial" else 1
        if output is not None and format is None:
            format = "jsonl" if str(output).endswith((".jsonl", ".json")) else "parquet"
        sink = MemorySink() if format is None else make_sink(output, format)
        kw = {"lines": format == "jsonl", "records": format is None, "dedup": dedup}
        stats = RunStats(engine=engine, stage=stage, n_jobs=n_jobs)
        from ..lexicon import default_lexicon

        user_dirs = default_lexicon().user_dirs
        bar = _progress(progress)
        t0 = time.perf_counter()
        try:
            if engine == "dask":
                dask_run(self.paths, task=task, client=client, n_jobs=n_jobs,
                         chunksize=chunksize, max_bytes=self.max_bytes, kw=kw, sink=sink,
                         stats=stats, dedup=dedup, user_dirs=user_dirs, progress=bar)
            else:
                sources = iter_sources(*self.paths, max_bytes=self.max_bytes,
                                       notes=stats.skipped)
                chunked = chunks(sources, chunksize)
                outs = serial_outs(chunked, task, kw) if engine == "serial" else \
                    process_outs(chunked, task, n_jobs, kw, user_dirs)
                deduper = Deduper() if dedup else None
                for out in outs:
                    if deduper is not None:
                        stats.n_duplicates += len(mark_duplicates(out, deduper))
                    stats.add(out)
                    sink.add(out)
                    if bar is not None:
                        bar.update(out.n_inputs)
            stats.status = "complete"
        except KeyboardInterrupt:
            stats.status = "interrupted"
            raise
        except BaseException as exc:
            stats.status, stats.error = "failed", f"{type(exc).__name__}: {exc}"
            raise
        finally:
            stats.seconds = time.perf_counter() - t0
            if bar is not None:
                bar.close()
            sink.close(stats)
        if isinstance(sink, MemorySink):
            return CorpusResult(sink.tables(), records=sink.records, stats=stats)
        out_path = None if output is None else str(output)
        return CorpusResult(path=output if format == "parquet" else None, stats=stats,
                            output=out_path or "<stdout>", fmt=format)


def _progress(enabled: bool) -> Any:
    """A tqdm bar on stderr when enabled and stderr is a terminal, else None."""
    if not enabled or not sys.stderr.isatty():
        return None
    from tqdm.auto import tqdm

    return tqdm(unit=" docs", desc="pressnlp", file=sys.stderr, mininterval=0.5)


__all__ = ["Corpus", "CorpusResult", "read_parquet", "Source", "DocTask", "SCHEMAS", "TABLES",
           "FORMATS", "ENGINES"]
