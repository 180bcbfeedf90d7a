"""Engines: the same per-chunk work run serially, in a process pool, or on Dask.

- ``serial``: in this process, chunk after chunk; the pipelines load as the documents need
  them (an English-only run never loads the Chinese ones), warmed up front only when the time
  budget of a document is short (:data:`~pressnlp.corpus.tasks.WARM_UP_BELOW`).
- ``processes``: a ``ProcessPoolExecutor`` whose workers load the user's lexicons and warm the
  pipelines once (initializer; with the ``fork`` start method the main process warms them
  before the workers are forked, so they start warm and share those pages). The work goes
  out as :class:`~pressnlp.read.archives.Part` specs (files, ranges of zip members) that the
  workers read themselves; only stream inputs (JSONL, CSV, tar) and in-memory records are
  read by the main process and sent as :class:`Batch` es. For Parquet output each worker
  writes the files of its part. At most ``2 × n_jobs`` units are in flight and results
  are taken in input order, so memory stays flat. When a worker dies
  (``BrokenProcessPool``) the units in flight are re-run in a fresh pool, and a unit that
  kills it again is re-run one document at a time: the document that kills a worker gets an
  error row (stage ``worker``).
- ``dask``: ``dask.bag`` over the same parts; each task reads its files itself, runs the
  chunks and — for Parquet output — writes its files from the worker.

The main process of a pool or Dask run lists the inputs, de-duplicates (fingerprints come
from the workers) and writes JSONL or CSV; it neither reads documents of files and zips nor
encodes Parquet. Every engine yields :class:`~pressnlp.corpus.tasks.ChunkOut` objects in
input order to the :class:`~pressnlp.corpus.run.Runner`, which marks duplicates, counts and
feeds a sink.
"""

from __future__ import annotations

import functools
import gc
import itertools
import multiprocessing
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence, Union

from ..read.archives import Part, Source, read_part
from .tasks import (WARM_UP_BELOW, ChunkOut, DocTask, died, ensure_worker, init_worker,
                    process_chunk)

ENGINES = ("serial", "processes", "dask")
WORKER_DIED = "worker died: the process analysing this document exited (BrokenProcessPool)"
# Documents of a unit whose Parquet files a worker writes (run in chunks of ``chunksize``):
# large enough that the per-unit overhead (scheduling, one set of files a unit) stays small
# against the analysis, small enough to share a few thousand documents among the workers.
WORKER_PART_DOCS = 256
# The file kinds a worker reads itself; a stream (JSONL, CSV, tar) is read in one pass by the
# main process, which cuts it into batches.
WORKER_READS = frozenset({"file", "zip", "missing"})


@dataclass(frozen=True)
class Batch:
    """Sources the main process has read, from input number ``first`` on."""

    first: int
    sources: tuple[Source, ...]


Unit = Union[Part, Batch]


def chunks(sources: Iterable[Source], size: int) -> Iterator[tuple[int, list[Source]]]:
    it = iter(sources)
    for index in itertools.count():
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield index, chunk


def batches(sources: Iterable[Source], size: int, first: int = 0) -> Iterator[Batch]:
    """``sources`` in batches of ``size``, the first one starting at input number ``first``."""
    for _, chunk in chunks(sources, size):
        yield Batch(first, tuple(chunk))
        first += len(chunk)


def units(parts: Iterable[Part], size: int, max_bytes: int) -> Iterator[Unit]:
    """The units of work of ``parts``: a part of files or zip members as it is (its worker
    reads it), a stream part read here, in batches of ``size``."""
    for part in parts:
        if all(kind in WORKER_READS for kind, *_ in part.items):
            yield part
        else:
            yield from batches(read_part(part, max_bytes=max_bytes), size,
                               part.first + part.start_at)


def serial_outs(chunked: Iterable[tuple[int, list[Source]]], task: DocTask, kw: dict[str, bool]
                ) -> Iterator[ChunkOut]:
    budget = getattr(task, "timeout", None)
    if budget and budget < WARM_UP_BELOW:
        task.warm_up()  # the first documents' budget must not pay for loading the pipelines
    for index, chunk in chunked:
        yield process_chunk(chunk, index, task, **kw)


@dataclass(frozen=True)
class UnitRunner:
    """Runs one unit in a worker: reads a part's sources (a batch comes with them), runs them
    chunk by chunk, and writes the Parquet files of the unit when ``root`` is set (the
    result then carries their paths in ``files`` instead of the tables)."""

    task: DocTask
    user_dirs: tuple[str, ...]
    chunksize: int
    max_bytes: int
    kw: dict[str, Any]
    root: str | None = None

    def __call__(self, unit: Unit, index: int) -> ChunkOut | None:
        ensure_worker(self.user_dirs, self.task)
        outs = [process_chunk(chunk, index, self.task, **self.kw)
                for _, chunk in chunks(self.sources(unit), self.chunksize)]
        if not outs:
            return None  # an empty archive
        return self.finish(outs[0] if len(outs) == 1 else merge(outs, index), first_of(unit))

    def sources(self, unit: Unit) -> Iterable[Source]:
        return unit.sources if isinstance(unit, Batch) else \
            read_part(unit, max_bytes=self.max_bytes)

    def finish(self, out: ChunkOut, first: int) -> ChunkOut:
        out.first = first
        if self.root is not None:
            from .parquet import part_name, write_frames

            out.files = write_frames(self.root, out.frames or {}, part_name(first))
            out.frames = None
        return out


def first_of(unit: Unit) -> int:
    """The input position of a unit's first document."""
    return unit.first if isinstance(unit, Batch) else unit.first + unit.start_at


class _Pool:
    """A process pool that can be replaced when one of its workers dies."""

    def __init__(self, n_jobs: int, runner: UnitRunner) -> None:
        self.n_jobs, self.runner = n_jobs, runner
        self.ex = self._new()

    def _new(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=self.n_jobs, initializer=init_worker,
                                   initargs=(self.runner.user_dirs, self.runner.task))

    def renew(self) -> None:
        self.ex.shutdown(wait=False, cancel_futures=True)
        self.ex = self._new()

    def submit(self, unit: Unit, index: int) -> Any:
        return self.ex.submit(self.runner, unit, index)

    def isolated(self, unit: Unit, index: int) -> ChunkOut | None:
        """Re-run a unit after a crash: whole, else one document at a time (read here)."""
        try:
            return self.submit(unit, index).result()
        except BrokenProcessPool:
            self.renew()
        one_by_one = replace(self.runner, root=None)  # the unit's files are written once, below
        outs = []
        for i, src in enumerate(self.runner.sources(unit)):
            try:
                out = self.ex.submit(one_by_one, Batch(first_of(unit) + i, (src,)), index
                                     ).result()
            except BrokenProcessPool:
                self.renew()
                out = died([src], index, self.runner.task, WORKER_DIED, **self.runner.kw)
            outs.append(out)
        return self.runner.finish(merge(outs, index), first_of(unit)) if outs else None


def merge(outs: list[ChunkOut], index: int) -> ChunkOut:
    first = outs[0]
    frames = None
    if first.frames is not None:
        from .tables import concat_arrow

        frames = {t: concat_arrow(t, [o.frames[t] for o in outs if o.frames])
                  for t in first.frames}
    return ChunkOut(
        index=index, n_inputs=sum(o.n_inputs for o in outs),
        counts={t: sum(o.counts.get(t, 0) for o in outs) for t in first.counts},
        errors=[e for o in outs for e in o.errors],
        problems=[p for o in outs for p in o.problems], frames=frames,
        fingerprints=[fp for o in outs for fp in o.fingerprints],
        lines=None if first.lines is None else [ln for o in outs for ln in o.lines or ()],
        release_lines=[start + i for o, start in zip(outs, _starts(outs))
                       for i in o.release_lines],
        records=None if first.records is None else [r for o in outs for r in o.records or ()],
        seconds=sum(o.seconds for o in outs))


def _starts(outs: list[ChunkOut]) -> list[int]:
    """The position of each ChunkOut's first input in the merged one."""
    return list(itertools.accumulate((o.n_inputs for o in outs[:-1]), initial=0))


def process_outs(work: Iterable[Unit], runner: UnitRunner, n_jobs: int) -> Iterator[ChunkOut]:
    """Run the units on ``n_jobs`` worker processes; yield their results in input order."""
    frozen = multiprocessing.get_start_method() == "fork" and not gc.get_freeze_count()
    if frozen:
        # Warm the pipelines here, once, and freeze the heap: the forked workers start warm
        # and share these pages (jieba's dictionary, lexicons, regexes, scikit-learn) instead
        # of each building its own copy (the garbage collector would otherwise touch, and so
        # copy, every page of them).
        ensure_worker(runner.user_dirs, runner.task)
        gc.freeze()
    pool = _Pool(n_jobs, runner)
    window: deque[tuple[int, Unit, Any]] = deque()
    it = enumerate(work)
    try:
        while True:
            for index, unit in itertools.islice(it, max(0, 2 * n_jobs - len(window))):
                try:
                    fut = pool.submit(unit, index)
                except BrokenProcessPool:
                    fut = None
                window.append((index, unit, fut))
            if not window:
                return
            index, unit, fut = window.popleft()
            try:
                if fut is None:
                    raise BrokenProcessPool("pool broken before submission")
                out = fut.result()
            except BrokenProcessPool:
                pending = [(index, unit)] + [(i, u) for i, u, _ in window]
                window.clear()
                pool.renew()
                for i, u in pending:
                    out = pool.isolated(u, i)
                    if out is not None:
                        yield out
                continue
            if out is not None:
                yield out
    finally:
        pool.ex.shutdown(wait=True, cancel_futures=True)
        if frozen:
            gc.unfreeze()


# -- Dask -------------------------------------------------------------------------------------

DASK_CONNECT_TIMEOUT = "5s"


def get_client(client: Any, n_workers: int) -> tuple[Any, Any]:
    """A ``distributed.Client`` (and the LocalCluster we started, to close): from a Client,
    an address ``tcp://…``, ``local:N``, or None (a local cluster of ``n_workers``).
    An address that cannot be reached raises ``ConnectionError`` within a few seconds."""
    from distributed import Client, LocalCluster

    if client is not None and not isinstance(client, str):
        return client, None
    if client is None or client.startswith("local"):
        n = int(client.partition(":")[2] or n_workers) if client else n_workers
        cluster = LocalCluster(n_workers=max(1, n), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        return Client(cluster), cluster
    try:
        return Client(client, timeout=DASK_CONNECT_TIMEOUT), None
    except (OSError, TimeoutError, ValueError) as exc:
        raise ConnectionError(f"cannot reach the Dask scheduler at {client} "
                              f"({type(exc).__name__}: {exc})".replace("\n", " ")) from None


def _dask_task(part: Part, runner: UnitRunner) -> tuple[int, ChunkOut | None]:
    return part.index, runner(part, part.index)


def dask_outs(parts: Sequence[Part], runner: UnitRunner, *, client: Any, n_jobs: int,
              progress: Any) -> Iterator[ChunkOut]:
    """Run the parts on Dask and yield their results in input order. With ``runner.root``
    the workers write the Parquet files and the results carry only counts, errors and
    fingerprints (``out.frames`` None) and the paths of their files (``out.files``)."""
    import dask.bag as db
    from distributed import as_completed

    if not parts:
        return
    client, cluster = get_client(client, n_jobs)
    try:
        bag = db.from_sequence(parts, npartitions=len(parts)).map(
            functools.partial(_dask_task, runner=runner))
        futures = client.compute(bag.to_delayed())
        done: dict[int, ChunkOut | None] = {}
        order = [p.index for p in parts]
        nxt = 0
        for fut in as_completed(futures):
            for index, out in fut.result():
                done[index] = out
                if out is not None and progress is not None:
                    progress.update(out.n_inputs)
            while nxt < len(order) and order[nxt] in done:  # in input order
                out = done.pop(order[nxt])
                nxt += 1
                if out is not None:
                    yield out
    finally:
        if cluster is not None:
            client.close()
            cluster.close()


def fix_duplicates(files: list[str], found: dict[str, str]) -> None:
    """Fill ``duplicate_of`` in the releases files a worker wrote (``found``: path of a copy
    → id of its first copy)."""
    from .parquet import set_duplicates

    set_duplicates([f for f in files if Path(f).parent.name == "releases"], found)


__all__ = ["ENGINES", "Batch", "Unit", "UnitRunner", "chunks", "batches", "units",
           "serial_outs", "process_outs", "dask_outs", "get_client", "merge", "fix_duplicates",
           "WORKER_DIED", "WORKER_PART_DOCS"]
