"""One corpus run end to end: the output checked and locked, a fresh, overwriting or resumed
run, an engine, the rows in input order into a sink, and ``_run.json`` kept true throughout.

- The output format follows ``format``, else the ``-o`` suffix (``.jsonl``/``.ndjson`` →
  jsonl, ``.csv`` → csv, ``.parquet`` → parquet), else a folder → parquet; a contradiction
  (``--format jsonl`` into a folder) is refused before anything runs.
- The output is checked before any analysis (its parent folder exists and is writable, a
  folder output is no file) and locked for the run (a sibling ``.<name>.lock``): a second
  run into the same output is refused. An output folder that already holds results is
  refused unless ``overwrite`` (the new run is written beside it and swapped in when it
  ends) or ``resume``; a JSONL file is always written beside and swapped in (unless
  ``resume``).
- ``_run.json`` (a folder's, or ``<file>.run.json`` beside a JSONL file) says
  ``status: running | complete | interrupted | failed``; it is rewritten at checkpoints —
  when every analysed input's rows are safely written — with the sink's state there, so
  ``resume`` continues after the last checkpoint without losing or doubling a row. An
  interrupted or failed run lists the inputs it did not reach. SIGTERM is handled like
  Ctrl-C.
"""

from __future__ import annotations

import contextlib
import fcntl
import json
import os
import shutil
import signal
import sys
import threading
import time
from collections import Counter
from pathlib import Path
from typing import Any, Iterable, Iterator

from ..version import __version__
from ..read.archives import Listing, Source, iter_sources, list_sources, plan, with_unique_ids
from .dedup import Deduper, fingerprint
from .engines import (WORKER_PART_DOCS, UnitRunner, batches, chunks, dask_outs, fix_duplicates,
                      process_outs, serial_outs, units)
from .runfile import RUN_FILE, read_run, write_run
from .sinks import FORMATS, MemorySink, RunStats, Sink, make_sink, mark_duplicates
from .tasks import DocTask

SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".json": "jsonl", ".csv": "csv",
                  ".parquet": "parquet", ".pq": "parquet"}
CHECKPOINT_SECONDS = 1.0  # at most one _run.json rewrite a second (and one at the end)


class OutputError(ValueError):
    """The output cannot be used as asked (checked before any analysis)."""


class RunInterrupted(KeyboardInterrupt):
    """SIGTERM (or SIGINT) stopped the run."""


def resolve_format(output: str | os.PathLike[str] | None, fmt: str | None) -> str | None:
    """The output format: ``fmt``, else inferred from ``output`` (None: keep in memory)."""
    if fmt is not None and fmt not in FORMATS:
        raise OutputError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    if output is None:
        if fmt in ("csv", "parquet"):
            raise OutputError(f"--format {fmt} needs -o OUT (a folder)")
        return fmt
    text = str(output)
    is_folder = text.endswith(("/", os.sep)) or Path(text).is_dir()
    by_suffix = SUFFIX_FORMATS.get(Path(text.rstrip("/" + os.sep)).suffix.lower())
    if fmt is None:
        return by_suffix or "parquet"
    if fmt == "jsonl" and is_folder:
        raise OutputError(f"--format jsonl writes one file, but -o {text} is a folder; "
                          "give a file name such as out.jsonl")
    if by_suffix is not None and by_suffix != fmt:
        raise OutputError(f"-o {text} names a {by_suffix} output but --format is {fmt}; "
                          "drop --format or change the suffix")
    return fmt


def run_file(output: Path, fmt: str) -> Path:
    """Where a run's record lives: ``_run.json`` in a folder, ``<file>.run.json`` beside."""
    return output.with_name(output.name + ".run.json") if fmt == "jsonl" else output / RUN_FILE


def check_output(output: Path, fmt: str, *, overwrite: bool, resume: bool) -> None:
    """Refuse, before any analysis, an output that cannot be written or would mix runs."""
    if overwrite and resume:
        raise OutputError("--overwrite and --resume exclude each other")
    parent = output.absolute().parent
    if not parent.is_dir():
        raise OutputError(f"-o {output}: the folder {parent} does not exist")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise OutputError(f"-o {output}: the folder {parent} is not writable")
    if fmt == "jsonl":
        if output.is_dir():
            raise OutputError(f"-o {output} is a folder; JSONL output is one file")
        used = False  # one file, written whole: replaced when the run ends, as by ">"
    else:
        if output.exists() and not output.is_dir():
            raise OutputError(f"-o {output} is a file; {fmt} output is a folder")
        if output.is_dir() and not os.access(output, os.W_OK | os.X_OK):
            raise OutputError(f"-o {output}: the folder is not writable")
        used = output.is_dir() and any(output.iterdir())
    if used and not (overwrite or resume):
        raise OutputError(f"-o {output} already holds results; add --overwrite to replace "
                          "them or --resume to continue an interrupted run")


@contextlib.contextmanager
def output_lock(output: Path) -> Iterator[None]:
    """Hold ``.<name>.lock`` beside the output for the run; refuse when another run does."""
    lock = output.absolute().parent / f".{output.name}.lock"
    fh = open(lock, "a+")
    try:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise OutputError(f"-o {output} is in use by another pressnlp run "
                              f"(lock {lock})") from None
        yield
    finally:
        fh.close()


@contextlib.contextmanager
def sigterm_interrupts() -> Iterator[None]:
    """Turn SIGTERM into :class:`RunInterrupted` while the run goes (main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def stop(signum: int, frame: Any) -> None:
        raise RunInterrupted(f"stopped by signal {signal.Signals(signum).name}")

    previous = signal.signal(signal.SIGTERM, stop)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _resumable(output: Path, fmt: str, stats: RunStats) -> RunStats | None:
    """The record of the interrupted run to continue, checked against this one."""
    path = run_file(output, fmt)
    if not path.is_file():
        if output.exists() and (fmt == "jsonl" or any(output.iterdir())):
            raise OutputError(f"-o {output} holds no run record ({path.name}) to resume")
        return None
    old = RunStats.from_dict(read_run(path.parent) if fmt != "jsonl" else
                             _read_json(path))
    if old.status == "complete":
        raise OutputError(f"-o {output} holds a complete run; nothing to resume "
                          "(use --overwrite to run again)")
    for name in ("inputs", "stage", "format"):
        if getattr(old, name) != getattr(stats, name):
            raise OutputError(f"cannot resume -o {output}: it was run with {name} "
                              f"{getattr(old, name)!r}, not {getattr(stats, name)!r}")
    return old


def _read_json(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


def written_releases(output: Path, fmt: str | None) -> Iterator[tuple[str, str | None, str]]:
    """``(release_id, path, body)`` of the releases an output holds, in input order."""
    if fmt == "jsonl":
        with open(output, encoding="utf-8") as fh:
            for line in fh:
                rec = json.loads(line)
                if rec.get("kind") != "error":
                    yield rec["id"], rec.get("path"), rec.get("body") or ""
        return
    import pandas as pd
    import pyarrow.parquet as pq

    from .parquet import table_files

    if fmt == "csv":
        frames: Iterable[pd.DataFrame] = pd.read_csv(
            output / "releases.csv", usecols=["release_id", "path", "body"], dtype=str,
            keep_default_na=False, chunksize=2000)
    else:
        frames = (pq.read_table(f, columns=["release_id", "path", "body"]).to_pandas()
                  for f in table_files(output, "releases"))
    for frame in frames:
        for rid, path, body in frame.itertuples(index=False, name=None):
            yield rid, path, body if isinstance(body, str) else ""


def _write_record(output: Path | None, fmt: str | None, stats: RunStats) -> None:
    if output is None or fmt is None:
        return
    path = run_file(output, fmt)
    write_run(path.parent, stats.to_dict(), name=path.name)


class Runner:
    """One run of ``task`` over ``paths`` (see the module docstring)."""

    def __init__(self, paths: tuple[str, ...], *, max_bytes: int, task: DocTask, engine: str,
                 n_jobs: int, client: Any, chunksize: int, output: str | os.PathLike[str] | None,
                 fmt: str | None, dedup: bool, progress: bool, overwrite: bool = False,
                 resume: bool = False, sources: tuple[Source, ...] | None = None) -> None:
        from ..lexicon import default_lexicon

        self.paths, self.max_bytes, self.task = paths, max_bytes, task
        self.sources = sources  # in-memory records (Corpus.from_records), ids already unique
        self.engine, self.n_jobs, self.client, self.chunksize = engine, n_jobs, client, chunksize
        self.fmt = resolve_format(output, fmt)
        self.output = Path(output) if output is not None else None
        self.dedup, self.progress = dedup, progress
        # a JSONL file is always replaced at the end (no half-new, half-old file)
        self.overwrite = overwrite or (self.fmt == "jsonl" and not resume)
        self.resume = resume
        self.user_dirs = default_lexicon().user_dirs
        self.stats = RunStats(engine=engine, stage=task.stage, n_jobs=n_jobs,
                              version=__version__, inputs=list(paths),
                              lexicons=list(self.user_dirs), format=self.fmt,
                              output=None if output is None else str(output))
        if self.output is not None and self.fmt is not None:
            check_output(self.output, self.fmt, overwrite=overwrite, resume=resume)
        self.listing: Listing | None = None
        self.skip = 0
        self.sink: Sink | None = None
        self.target: Path | None = self.output
        self._last_checkpoint = 0.0

    # -- the run -------------------------------------------------------------------------------
    def run(self) -> tuple[RunStats, Sink]:
        lock = output_lock(self.output) if self.output is not None and self.fmt else \
            contextlib.nullcontext()
        with lock, sigterm_interrupts():
            skip, previous = self._prepare()
            bar = _progress(self.progress)
            t0 = time.perf_counter()
            stats = self.stats
            try:
                self._feed(skip, bar)
                stats.status = "complete"
            except KeyboardInterrupt as exc:
                stats.status, stats.error = "interrupted", str(exc) or "interrupted (SIGINT)"
                raise
            except BaseException as exc:
                stats.status, stats.error = "failed", f"{type(exc).__name__}: {exc}"
                raise
            finally:
                stats.seconds = time.perf_counter() - t0 + (previous.seconds if previous else 0)
                if bar is not None:
                    bar.close()
                self._finish()
        return self.stats, self.sink  # type: ignore[return-value]

    def _prepare(self) -> tuple[int, RunStats | None]:
        """The inputs to skip (a resumed run) and the run it continues; the sink."""
        previous = None
        if self.resume and self.output is not None and self.fmt is not None:
            previous = _resumable(self.output, self.fmt, self.stats)
        done = previous.checkpoint if previous else {}
        skip = int(done.get("n_done", 0))
        if skip:
            s = self.stats
            s.n_inputs, s.n_resumed, s.n_duplicates = skip, skip, done.get("n_duplicates", 0)
            s.rows, s.reasons, s.stages, s.components = (Counter(done.get("rows", {})),
                                                         Counter(done.get("reasons", {})),
                                                         Counter(done.get("stages", {})),
                                                         Counter(done.get("components", {})))
        if self.overwrite and self.output is not None and self.output.exists():
            self.target = self.output.with_name(f".{self.output.name}.new-{os.getpid()}")
            _remove(self.target)
        if self.fmt is None:
            self.sink = MemorySink()
        else:
            self.sink = make_sink(self.target, self.fmt,
                                  resume=done if previous is not None else None)
        self.skip = skip
        return skip, previous

    def _feed(self, skip: int, bar: Any) -> None:
        stats, sink = self.stats, self.sink
        assert sink is not None
        kw = {"lines": self.fmt == "jsonl", "records": self.fmt is None, "dedup": self.dedup,
              "tables": self.fmt != "jsonl"}
        deduper = Deduper() if self.dedup else None
        if deduper is not None and skip and self.target is not None:
            for rid, path, body in written_releases(self.target, self.fmt):
                deduper.check(fingerprint(rid, body, path))  # copies of the earlier inputs
        first = skip
        for out in self._outs(skip, kw, bar):
            out.first = first
            first += out.n_inputs
            if deduper is not None:
                found = mark_duplicates(out, deduper)
                stats.n_duplicates += len(found)
                if found and out.files:
                    fix_duplicates(out.files, found)  # before the rows count as written
            stats.add(out)
            if out.files is not None:  # written by a worker
                sink.durable += out.n_inputs
            else:
                sink.add(out)
            if bar is not None and self.engine != "dask":
                bar.update(out.n_inputs)
            self._checkpoint()

    def _outs(self, skip: int, kw: dict[str, Any], bar: Any) -> Iterator[Any]:
        # Workers write the Parquet files of parts of WORKER_PART_DOCS documents; Dask tasks
        # are that large in any case (the per-task overhead).
        root = str(self.target) if self.fmt == "parquet" else None
        size = self.chunksize if root is None and self.engine == "processes" else \
            max(self.chunksize, WORKER_PART_DOCS)
        runner = UnitRunner(self.task, tuple(self.user_dirs), self.chunksize, self.max_bytes,
                            kw, root)
        if self.sources is not None:  # in-memory records (never on Dask): read here
            self._listed(Listing([(s.id, s.path) for s in self.sources], {}), bar)
            if self.engine == "serial":
                return serial_outs(chunks(self.sources[skip:], self.chunksize), self.task, kw)
            return process_outs(batches(self.sources[skip:], size, skip), runner, self.n_jobs)
        if self.engine == "serial":
            self._listed(list_sources(self.paths, self.max_bytes), bar)
            sources = iter_sources(*self.paths, max_bytes=self.max_bytes,
                                   notes=self.stats.skipped, listing=self.listing, skip=skip)
            return serial_outs(chunks(sources, self.chunksize), self.task, kw)
        parts, listing = with_unique_ids(plan(self.paths, size, notes=self.stats.skipped),
                                         max_bytes=self.max_bytes, skip=skip)
        self._listed(listing, bar)
        if self.engine == "dask":
            return dask_outs(parts, runner, client=self.client, n_jobs=self.n_jobs,
                             progress=bar)
        return process_outs(units(parts, size, self.max_bytes), runner, self.n_jobs)

    def _listed(self, listing: Listing, bar: Any) -> None:
        self.listing = listing
        self.stats.n_total = len(listing)
        if bar is not None:
            bar.reset(total=len(listing) - self.skip)
        self._checkpoint(force=True)  # the record says "running" from the start

    # -- checkpoints and the end -------------------------------------------------------------
    def _consistent(self) -> bool:
        """Every analysed input's rows are written: the record may say so."""
        return self.sink is not None and self.stats.n_inputs == self.skip + self.sink.durable

    def _checkpoint(self, force: bool = False) -> None:
        if self.fmt is None or self.target is None or not self._consistent():
            return
        now = time.monotonic()
        if force or now - self._last_checkpoint >= CHECKPOINT_SECONDS:
            self.stats.checkpoint = self._snapshot()
            _write_record(self.target, self.fmt, self.stats)
            self._last_checkpoint = now

    def _snapshot(self) -> dict[str, Any]:
        """What a resumed run takes over: the inputs done, their counts, the sink's state."""
        s = self.stats
        return {"n_done": s.n_inputs, "rows": dict(s.rows), "reasons": dict(s.reasons),
                "stages": dict(s.stages), "components": dict(s.components),
                "n_duplicates": s.n_duplicates,
                **self.sink.state()}  # type: ignore[union-attr]

    def _finish(self) -> None:
        stats, sink = self.stats, self.sink
        if sink is None:
            return
        try:
            sink.close()
        finally:
            if stats.status != "complete" and self.listing is not None:
                stats.unreached = self.listing.paths(stats.n_inputs)
            if self._consistent():
                stats.checkpoint = self._snapshot()
            _write_record(self.target, self.fmt, stats)
            if self.target != self.output and self.output is not None and \
                    self.target is not None:
                _swap(self.target, self.output, self.fmt)


def _remove(path: Path) -> None:
    if path.is_dir():
        shutil.rmtree(path)
    elif path.exists():
        path.unlink()


def _swap(new: Path, output: Path, fmt: str | None) -> None:
    """Put the new run in place of the old output (each rename is atomic)."""
    old = output.with_name(f".{output.name}.old-{os.getpid()}")
    os.replace(output, old)
    os.replace(new, output)
    if fmt == "jsonl":
        os.replace(run_file(new, fmt), run_file(output, fmt))
        _remove(run_file(old, fmt))
    _remove(old)


def _progress(enabled: bool) -> Any:
    """A tqdm bar (``tqdm.auto``: a widget in Jupyter) on a terminal or in a notebook."""
    if not enabled or not (sys.stderr.isatty() or "ipykernel" in sys.modules):
        return None
    from tqdm.auto import tqdm

    return tqdm(unit=" docs", desc="pressnlp", file=sys.stderr, mininterval=0.5)


__all__ = ["Runner", "OutputError", "RunInterrupted", "resolve_format", "check_output",
           "output_lock", "run_file"]
