"""The per-document work that every engine runs, and its per-chunk packaging.

``DocTask(stage)(source)`` turns one :class:`~pressnlp.read.archives.Source` into an
:class:`~pressnlp.records.Analysis` (never raising: a read or parse failure comes back as an
error release, a failed extract or classify component as a problem of the release it kept —
unless the task is strict, when the exception stops the run). ``process_chunk`` runs it over
a chunk of sources and returns a :class:`ChunkOut`: typed DataFrames, optionally the JSONL
lines and the records, and the duplicate fingerprints — everything the writers and the
de-duplicator need, computed in the worker so the main process only writes.
"""

from __future__ import annotations

import contextlib
import ctypes
import json
import signal
import threading
import time
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any, Iterator, Sequence

from ..problems import is_strict, strict_mode
from ..records import Analysis, Release
from ..read.archives import Source
from .dedup import Fingerprint, fingerprint
from .rows import error_row, problem_rows, row_counts, rows_by_table

if TYPE_CHECKING:
    import pyarrow as pa

STAGES = ("analyze", "parse")
_JSON = json.JSONEncoder(ensure_ascii=False)  # json.dumps(..., ensure_ascii=False), made once
DEFAULT_TIMEOUT = 30.0  # seconds one document may take (parse and analysis) by default
# A serial run warms the pipelines up before the first document only when a document's time
# budget is shorter than this (loading them takes ~1–2 s); otherwise they load on first use.
WARM_UP_BELOW = 10.0


class DocTimeout(BaseException):
    """A document overran its time budget (a BaseException: no ``except Exception`` in a
    stage swallows it)."""


@contextlib.contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise :class:`DocTimeout` in this thread when the block runs past ``seconds``.

    In a main thread (the serial engine, process-pool workers) a ``SIGALRM`` timer does it,
    which also stops a long regular-expression match; in other threads (Dask workers) a
    watchdog raises the exception asynchronously, which takes effect at the next Python
    instruction (not inside one long C call)."""
    if not seconds or seconds <= 0:
        yield
        return
    if threading.current_thread() is threading.main_thread() and hasattr(signal, "setitimer"):
        def overrun(signum: int, frame: Any) -> None:
            raise DocTimeout

        previous = signal.signal(signal.SIGALRM, overrun)
        signal.setitimer(signal.ITIMER_REAL, seconds)
        try:
            yield
        finally:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
        return
    target = ctypes.c_ulong(threading.get_ident())
    lock = threading.Lock()
    running = [True]

    def overrun_thread() -> None:
        with lock:
            if running[0]:
                ctypes.pythonapi.PyThreadState_SetAsyncExc(target, ctypes.py_object(DocTimeout))

    timer = threading.Timer(seconds, overrun_thread)
    timer.daemon = True
    timer.start()
    try:
        yield
    finally:
        with lock:
            running[0] = False
        timer.cancel()
_WARMUP = {
    "en": "Delegation Visits Sister City\n\nOn May 8, 2023, a delegation of the Changchun "
          "Foreign Affairs Office visited Sendai and met 20 guests.",
    "zh": "代表团访问友好城市\n\n2023年5月8日，长春市外办代表团访问仙台市，会见了20位客人。",
}


class DocTask:
    """One source → one Analysis (parse only, or every stage), within ``timeout`` seconds
    (None or 0: no limit); an overrun is an error record with stage ``timeout``. ``strict``:
    a failure raises instead of becoming an error record or a problem (None: the setting of
    the process that makes the task, see ``pressnlp.problems``)."""

    def __init__(self, stage: str = "analyze", timeout: float | None = DEFAULT_TIMEOUT,
                 strict: bool | None = None) -> None:
        if stage not in STAGES:
            raise ValueError(f"stage must be one of {STAGES}, not {stage!r}")
        self.stage = stage
        self.timeout = timeout
        self.strict = is_strict() if strict is None else strict

    def __call__(self, src: Source) -> Analysis:
        if src.error is not None:
            return Analysis(release=Release.error_record(src.error, id=src.id, path=src.path,
                                                         url=src.url, stage="read"))
        try:
            with time_budget(getattr(self, "timeout", None)), strict_mode(self.strict):
                return self._run(src)
        except DocTimeout:
            return Analysis(release=Release.error_record(
                f"timeout: the document took longer than {self.timeout:g} s",
                id=src.id, path=src.path, url=src.url, stage="timeout"))

    def _run(self, src: Source) -> Analysis:
        from ..parse import parse

        try:
            release = parse(src.data, url=src.url, id=src.id, path=src.path)
        except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
            if self.strict:
                raise
            release = Release.error_record(f"{type(exc).__name__}: {exc}", id=src.id,
                                           path=src.path, url=src.url, stage="parse")
        if release.id != src.id or release.path != src.path:
            release = replace(release, id=src.id, path=src.path, url=release.url or src.url)
        if self.stage == "parse" or release.kind == "error":
            return Analysis(release=release)
        from ..pipeline import analyze

        try:
            return analyze(release)
        except Exception as exc:  # noqa: BLE001
            if self.strict:
                raise
            return Analysis(release=Release.error_record(
                f"{type(exc).__name__}: {exc}", id=src.id, path=src.path, url=src.url,
                stage="analyze"))

    def record(self, a: Analysis) -> dict:
        """The JSONL record: a Release for the parse stage, an Analysis otherwise."""
        return a.release.to_dict() if self.stage == "parse" else a.to_dict()

    def warm_up(self) -> None:
        """Load the heavy pipelines (spaCy, jieba, lexicons) once, before the first chunk."""
        for lang, text in _WARMUP.items():
            try:
                self(Source(id=f"warmup-{lang}", path="<warmup>", data=text))
            except Exception:  # noqa: BLE001 - warming up is best effort
                pass


@dataclass
class ChunkOut:
    """What one chunk of sources produced."""

    index: int
    n_inputs: int
    counts: dict[str, int]  # rows per table
    errors: list[dict[str, Any]]  # the rows of the errors table (for the run's counts)
    problems: list[dict[str, Any]]  # the rows of the problems table
    frames: dict[str, pa.Table] | None = None  # every table, as Arrow (for table outputs)
    fingerprints: list[Fingerprint] = field(default_factory=list)  # one a release row
    lines: list[str] | None = None
    release_lines: list[int] = field(default_factory=list)  # the line of each release row
    records: list[Analysis] | None = None
    seconds: float = 0.0
    first: int = 0  # input position of the chunk's first document in the run
    files: list[str] | None = None  # Parquet files a Dask worker wrote for it


def process_chunk(sources: Sequence[Source], index: int, task: DocTask, *, lines: bool = False,
                  records: bool = False, dedup: bool = True, tables: bool = True) -> ChunkOut:
    """Run ``task`` over ``sources`` and package the results."""
    t0 = time.perf_counter()
    out = package([task(s) for s in sources], index, task, lines=lines, records=records,
                  dedup=dedup, tables=tables)
    out.seconds = time.perf_counter() - t0
    return out


def package(analyses: list[Analysis], index: int, task: DocTask, *, lines: bool = False,
            records: bool = False, dedup: bool = True, tables: bool = True) -> ChunkOut:
    """The ChunkOut of ``analyses``: Arrow tables only when ``tables`` (JSONL output needs
    none), the JSONL ``lines`` and the ``records`` when asked."""
    if tables:
        from .tables import arrow_tables

        rows = rows_by_table(analyses)
        out = ChunkOut(index=index, n_inputs=len(analyses),
                       counts={t: len(r) for t, r in rows.items()}, errors=rows["errors"],
                       problems=rows["problems"], frames=arrow_tables(rows))
    else:  # the counts, errors and problems the run records; no other row is built
        out = ChunkOut(index=index, n_inputs=len(analyses), counts=row_counts(analyses),
                       errors=[error_row(a.release) for a in analyses
                               if a.release.kind == "error"],
                       problems=[p for a in analyses if a.release.kind != "error"
                                 for p in problem_rows(a)])
    if dedup:
        out.fingerprints = [fingerprint(a.release.id or "", a.release.body, a.release.path)
                            for a in analyses if a.release.kind != "error"]
    if lines:
        out.lines = [_JSON.encode(task.record(a)) for a in analyses]
        out.release_lines = [i for i, a in enumerate(analyses) if a.release.kind != "error"]
    if records:
        out.records = analyses
    return out


def died(sources: Sequence[Source], index: int, task: DocTask, reason: str, **kw: bool
         ) -> ChunkOut:
    """The ChunkOut of sources whose worker process died: one error row (stage worker) each."""
    failed = [Analysis(release=Release.error_record(reason, id=s.id, path=s.path, url=s.url,
                                                    stage="worker")) for s in sources]
    return package(failed, index, task, **kw)


# -- worker processes -------------------------------------------------------------------------

_WORKER: dict[str, object] = {}


def init_worker(user_dirs: Sequence[str], task: DocTask) -> None:
    """Process-pool initializer: the user's lexicon folders, then warm pipelines, once."""
    ensure_worker(user_dirs, task)


def ensure_worker(user_dirs: Sequence[str], task: DocTask) -> None:
    """Idempotent worker set-up (Dask workers call it at the start of every partition)."""
    from ..lexicon import Lexicon, default_lexicon
    from ..pipeline import set_lexicon

    dirs = tuple(user_dirs)
    if default_lexicon().user_dirs != dirs:
        set_lexicon(Lexicon.load(dirs))
    key = f"warm:{task.stage}:{dirs}"
    if key not in _WORKER:
        task.warm_up()
        _WORKER[key] = True


__all__ = ["DocTask", "ChunkOut", "process_chunk", "died", "init_worker", "ensure_worker",
           "STAGES", "DEFAULT_TIMEOUT", "WARM_UP_BELOW", "DocTimeout", "time_budget"]
