"""Engines: the same per-chunk work run serially, in a process pool, or on Dask.

- ``serial``: in this process, chunk after chunk; the pipelines load as the documents need
  them (an English-only run never loads the Chinese ones), warmed up front only when the time
  budget of a document is short (:data:`~pressnlp.corpus.tasks.WARM_UP_BELOW`).
- ``processes``: a ``ProcessPoolExecutor`` whose workers load the user's lexicons and warm the
  pipelines once (initializer; with the ``fork`` start method the main process warms them
  before the workers are forked, so they start warm and share those pages); at most ``2 × n_jobs`` chunks are in flight and results are
  taken in input order, so memory stays flat. When a worker dies (``BrokenProcessPool``) the
  chunks in flight are re-run in a fresh pool, and a chunk that kills it again is re-run one
  document at a time: the document that kills a worker gets an error row (stage ``worker``).
- ``dask``: ``dask.bag`` over file partitions (:func:`~pressnlp.read.archives.plan`, with
  the run-unique ids of their sources); each task reads its files itself, runs the chunks
  and — for Parquet output — writes its files from the worker, returning only counts,
  errors and duplicate fingerprints.

Every engine yields :class:`~pressnlp.corpus.tasks.ChunkOut` objects in input order to the
:class:`~pressnlp.corpus.run.Runner`, which marks duplicates, counts and feeds a sink.
"""

from __future__ import annotations

import functools
import gc
import itertools
import multiprocessing
from collections import deque
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, Iterable, Iterator, Sequence

from ..read.archives import Listing, Part, Source, plan, read_part, with_unique_ids
from .tasks import (WARM_UP_BELOW, ChunkOut, DocTask, died, ensure_worker, init_worker,
                    process_chunk)

ENGINES = ("serial", "processes", "dask")
WORKER_DIED = "worker died: the process analysing this document exited (BrokenProcessPool)"
# Documents a Dask task gets (run in chunks of ``chunksize``): large enough that the per-task
# overhead (scheduling, one set of Parquet files a task) stays small against the analysis.
DASK_PART_DOCS = 256


def chunks(sources: Iterable[Source], size: int) -> Iterator[tuple[int, list[Source]]]:
    it = iter(sources)
    for index in itertools.count():
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield index, chunk


def serial_outs(chunked: Iterable[tuple[int, list[Source]]], task: DocTask, kw: dict[str, bool]
                ) -> Iterator[ChunkOut]:
    budget = getattr(task, "timeout", None)
    if budget and budget < WARM_UP_BELOW:
        task.warm_up()  # the first documents' budget must not pay for loading the pipelines
    for index, chunk in chunked:
        yield process_chunk(chunk, index, task, **kw)


class _Pool:
    """A process pool that can be replaced when one of its workers dies."""

    def __init__(self, n_jobs: int, task: DocTask, user_dirs: Sequence[str]) -> None:
        self.args = (n_jobs, task, tuple(user_dirs))
        self.ex = self._new()

    def _new(self) -> ProcessPoolExecutor:
        n_jobs, task, dirs = self.args
        return ProcessPoolExecutor(max_workers=n_jobs, initializer=init_worker,
                                   initargs=(dirs, task))

    def renew(self) -> None:
        self.ex.shutdown(wait=False, cancel_futures=True)
        self.ex = self._new()

    def run(self, chunk: list[Source], index: int, task: DocTask, kw: dict[str, bool]
            ) -> ChunkOut:
        return self.ex.submit(process_chunk, chunk, index, task, **kw).result()

    def isolated(self, chunk: list[Source], index: int, task: DocTask, kw: dict[str, bool]
                 ) -> ChunkOut:
        """Re-run a chunk after a crash: whole, else one document at a time."""
        try:
            return self.run(chunk, index, task, kw)
        except BrokenProcessPool:
            self.renew()
        outs = []
        for src in chunk:
            try:
                outs.append(self.run([src], index, task, kw))
            except BrokenProcessPool:
                self.renew()
                outs.append(died([src], index, task, WORKER_DIED, **kw))
        return merge(outs, index)


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


def process_outs(chunked: Iterable[tuple[int, list[Source]]], task: DocTask, n_jobs: int,
                 kw: dict[str, bool], user_dirs: Sequence[str]) -> Iterator[ChunkOut]:
    frozen = multiprocessing.get_start_method() == "fork" and not gc.get_freeze_count()
    if frozen:
        # Warm the pipelines here, once, and freeze the heap: the forked workers start warm
        # and share these pages (jieba's dictionary, lexicons, regexes, scikit-learn) instead
        # of each building its own copy (the garbage collector would otherwise touch, and so
        # copy, every page of them).
        ensure_worker(user_dirs, task)
        gc.freeze()
    pool = _Pool(n_jobs, task, user_dirs)
    window: deque[tuple[int, list[Source], Any]] = deque()
    it = iter(chunked)
    try:
        while True:
            for index, chunk in itertools.islice(it, max(0, 2 * n_jobs - len(window))):
                try:
                    fut = pool.ex.submit(process_chunk, chunk, index, task, **kw)
                except BrokenProcessPool:
                    fut = None
                window.append((index, chunk, fut))
            if not window:
                return
            index, chunk, fut = window.popleft()
            try:
                if fut is None:
                    raise BrokenProcessPool("pool broken before submission")
                yield fut.result()
            except BrokenProcessPool:
                pending = [(index, chunk)] + [(i, c) for i, c, _ in window]
                window.clear()
                pool.renew()
                for i, c in pending:
                    yield pool.isolated(c, i, task, kw)
    finally:
        pool.ex.shutdown(wait=True, cancel_futures=True)
        if frozen:
            gc.unfreeze()


# -- Dask -------------------------------------------------------------------------------------

def run_part(part: Part, *, task: DocTask, user_dirs: Sequence[str], chunksize: int,
             max_bytes: int, kw: dict[str, Any], root: str | None) -> dict[str, Any]:
    """One Dask partition: read its files, run its chunks, write Parquet when ``root``."""
    ensure_worker(user_dirs, task)
    outs = [process_chunk(chunk, part.index, task, **kw)
            for chunk in (c for _, c in chunks(read_part(part, max_bytes=max_bytes), chunksize))]
    if not outs:
        return {"index": part.index, "out": None, "files": []}
    out = merge(outs, part.index)
    out.first = part.first + part.start_at
    files: list[str] = []
    if root is not None:  # write from the worker; ship back counts, errors, problems, fingerprints
        from .parquet import part_name, write_frames

        files = write_frames(root, out.frames, part_name(out.first))
        out.frames = None
    return {"index": part.index, "out": out, "files": files}


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


def dask_outs(paths: Sequence[str], *, task: DocTask, client: Any, n_jobs: int,
              chunksize: int, max_bytes: int, kw: dict[str, Any], root: str | None,
              user_dirs: Sequence[str], skip: int, notes: Any,
              on_listing: Callable[[Listing], None], progress: Any) -> Iterator[ChunkOut]:
    """Run on Dask and yield the chunk results in input order. With ``root`` the workers
    write the Parquet files and the results carry only counts, errors and fingerprints
    (``out.frames`` None); ``files_of[out.first]`` then lists the files of each result."""
    import dask.bag as db
    from distributed import as_completed

    client, cluster = get_client(client, n_jobs)
    try:
        parts, listing = with_unique_ids(plan(paths, max(chunksize, DASK_PART_DOCS), notes=notes),
                                         max_bytes=max_bytes, skip=skip)
        on_listing(listing)
        if not parts:
            return
        fn = functools.partial(run_part, task=task, user_dirs=tuple(user_dirs),
                               chunksize=chunksize, max_bytes=max_bytes, kw=kw, root=root)
        bag = db.from_sequence(parts, npartitions=len(parts)).map(fn)
        futures = client.compute(bag.to_delayed())
        done: dict[int, dict[str, Any]] = {}
        order = [p.index for p in parts]
        nxt = 0
        for fut in as_completed(futures):
            for res in fut.result():
                done[res["index"]] = res
                if res["out"] is not None and progress is not None:
                    progress.update(res["out"].n_inputs)
            while nxt < len(order) and order[nxt] in done:  # in input order
                res = done.pop(order[nxt])
                nxt += 1
                if res["out"] is not None:
                    if root is not None:
                        res["out"].files = res["files"]
                    yield res["out"]
    finally:
        if cluster is not None:
            client.close()
            cluster.close()


def fix_duplicates(fixes: list[tuple[list[str], dict[str, str]]]) -> None:
    """Fill ``duplicate_of`` in the Parquet files written by Dask workers."""
    if not fixes:
        return
    from .parquet import set_duplicates

    for files, found in fixes:
        set_duplicates([f for f in files if "/releases/" in f], found)


__all__ = ["ENGINES", "chunks", "serial_outs", "process_outs", "dask_outs", "run_part",
           "get_client", "merge", "fix_duplicates", "WORKER_DIED"]
