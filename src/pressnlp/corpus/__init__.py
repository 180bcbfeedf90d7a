"""Corpus runs at scale: archives in, typed DataFrames and Parquet out.

    corpus = pn.Corpus.from_path("archive/", "more/*.zip", "dump.jsonl")
    corpus = pn.Corpus.from_dataframe(df)     # a DataFrame with text (or html) [, id, url]
    res = corpus.analyze(engine="processes", n_jobs=2)           # tables in memory
    res.releases, res.officials, res.errors                        # typed DataFrames
    res = corpus.analyze(output="out/", format="parquet")          # streamed to disk
    res = pn.read_parquet("out/")                                  # read back, lazily

Every input yields exactly one row in ``releases`` or ``errors``:
``res.n_inputs == len(res.releases) + len(res.errors)``.
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

from ..read.archives import (ID_FIELDS, MAX_BYTES, TEXT_FIELDS, URL_FIELDS, Source, exists,
                             iter_sources)
from .engines import ENGINES
from .rows import SCHEMAS, TABLES
from .run import OutputError, Runner
from .sinks import FORMATS, MemorySink
from .tasks import DEFAULT_TIMEOUT, STAGES, DocTask

if TYPE_CHECKING:
    from .result import CorpusResult


class Corpus:
    """Input paths (files, folders, globs, zip/tar archives, JSONL, CSV), read lazily — or
    in-memory records (``from_records``, ``from_dataframe``)."""

    def __init__(self, paths: tuple[str, ...], *, max_bytes: int = MAX_BYTES,
                 sources: tuple[Source, ...] | None = None) -> None:
        self.paths = paths
        self.max_bytes = max_bytes
        self._sources = sources

    @classmethod
    def from_records(cls, records: Iterable[Mapping[str, Any]], *, text: str | None = None,
                     id: str | None = None, url: str | None = None,
                     max_bytes: int = MAX_BYTES) -> "Corpus":
        """A corpus over in-memory records (dicts), one document each, in order.

        The document is the ``text`` field (default: the first of text, html, body, content
        that the record has), its id the ``id`` field (default: id, release_id, doc_id; else
        ``record-N``), its URL the ``url`` field (default: url, link, source_url). Ids are kept
        when unique and qualified by the record number (``a#3``) when repeated. A record
        without text becomes a row of ``errors``, as a bad JSONL line does.
        """
        rows = [dict(r) for r in records]
        ids = [_field(r, id, ID_FIELDS) for r in rows]
        repeated = {i for i in ids if i is not None and ids.count(i) > 1}
        sources = []
        for n, (row, rid) in enumerate(zip(rows, ids), 1):
            rid = f"record-{n}" if rid is None else (f"{rid}#{n}" if rid in repeated else rid)
            sources.append(_record_source(row, rid, f"<records>::{n}", text, url, max_bytes))
        return cls((), max_bytes=max_bytes, sources=tuple(sources))

    @classmethod
    def from_dataframe(cls, df: Any, *, text: str | None = None, id: str | None = None,
                       url: str | None = None, max_bytes: int = MAX_BYTES) -> "Corpus":
        """A corpus over the rows of a pandas DataFrame with a text (or html) column and
        optional id and url columns (see ``from_records``; missing values count as absent)."""
        if not any(str(c).lower() in (text,) + TEXT_FIELDS for c in df.columns):
            raise ValueError(f"the DataFrame has no text column: name one with text=… or use "
                             f"one of {', '.join(TEXT_FIELDS)} (columns: "
                             f"{', '.join(map(str, df.columns))})")
        records = ({k: (None if _missing(v) else v) for k, v in row.items()}
                   for row in df.to_dict("records"))
        return cls.from_records(records, text=text, id=id, url=url, max_bytes=max_bytes)

    @classmethod
    def from_path(cls, *paths: str | os.PathLike[str], max_bytes: int = MAX_BYTES) -> "Corpus":
        """A corpus over ``paths``; raises FileNotFoundError for a path that matches nothing."""
        missing = [str(p) for p in paths if not exists(p)]
        if missing:
            raise FileNotFoundError(f"no such file, folder or glob match: {', '.join(missing)}")
        return cls(tuple(str(p) for p in paths), max_bytes=max_bytes)

    def __iter__(self) -> Iterator[Source]:
        """The sources (id, path, url, bytes or error), one per input document, lazily."""
        if self._sources is not None:
            return iter(self._sources)
        return iter_sources(*self.paths, max_bytes=self.max_bytes)

    def parse(self, **kw: Any) -> CorpusResult:
        return self.analyze(stage="parse", **kw)

    def analyze(self, *, engine: str = "serial", n_jobs: int | None = None,
                progress: bool = True, client: Any = None, stage: str = "analyze",
                chunksize: int = 32, output: str | os.PathLike[str] | None = None,
                format: str | None = None, dedup: bool = True, task: DocTask | None = None,
                dask: str | None = None, overwrite: bool = False, resume: bool = False,
                timeout: float | None = DEFAULT_TIMEOUT,
                strict: bool | None = None) -> CorpusResult:
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
        limit); an overrun becomes an error row with stage ``timeout``. A failed extract or
        classify component becomes a row of the ``problems`` table (the release is kept);
        ``strict=True`` raises any failure instead (None: off unless ``PRESSNLP_STRICT=1``;
        see :mod:`pressnlp.problems`). See :mod:`pressnlp.corpus.run` for ``_run.json``.
        """
        if dask:
            engine, client = "dask", client or dask
        if engine not in ENGINES:
            raise ValueError(f"engine must be one of {ENGINES}, not {engine!r}")
        if engine == "dask" and self._sources is not None:
            raise ValueError("a corpus of in-memory records runs on the serial or processes "
                             "engine; write the records to JSONL for Dask")
        if stage not in STAGES:
            raise ValueError(f"stage must be one of {STAGES}, not {stage!r}")
        task = task or DocTask(stage, timeout=timeout, strict=strict)
        n_jobs = max(1, n_jobs or (os.cpu_count() or 1)) if engine != "serial" else 1
        runner = Runner(self.paths, max_bytes=self.max_bytes, task=task, engine=engine,
                        n_jobs=n_jobs, client=client, chunksize=chunksize, output=output,
                        fmt=format, dedup=dedup, progress=progress, overwrite=overwrite,
                        resume=resume, sources=self._sources)
        stats, sink = runner.run()
        from .result import CorpusResult

        if isinstance(sink, MemorySink):
            return CorpusResult(sink.tables(), records=sink.records, stats=stats)
        fmt = runner.fmt
        return CorpusResult(path=output if fmt == "parquet" else None, stats=stats,
                            output="<stdout>" if output is None else str(output), fmt=fmt)


def _field(row: Mapping[str, Any], name: str | None, defaults: tuple[str, ...]) -> Any:
    """The value of field ``name`` (or of the first default field present), None if absent."""
    lower = {str(k).lower(): v for k, v in row.items()}
    for key in ((name,) if name else defaults):
        value = row.get(key, lower.get(str(key).lower()))
        if value is not None and value != "":
            return value
    return None


def _missing(value: Any) -> bool:
    try:
        return value is None or bool(value != value)  # None, NaN, NaT, pd.NA
    except (TypeError, ValueError):
        return False


def _record_source(row: Mapping[str, Any], rid: Any, path: str, text: str | None,
                   url: str | None, max_bytes: int) -> Source:
    link = _field(row, url, URL_FIELDS)
    src = Source(id=str(rid), path=path, url=None if link is None else str(link))
    data = _field(row, text, TEXT_FIELDS)
    if data is None:
        return Source(src.id, path, src.url, error="empty: no text/html/body/content field")
    if not isinstance(data, (str, bytes)):
        return Source(src.id, path, src.url,
                      error=f"bad record: text field is {type(data).__name__}")
    if len(data) > max_bytes:
        return Source(src.id, path, src.url, error=f"oversize: {len(data)} bytes (cap {max_bytes})")
    if not data.strip():
        return Source(src.id, path, src.url, error="empty: no content")
    return Source(src.id, path, src.url, data=data)


def __getattr__(name: str) -> Any:
    """``CorpusResult`` and ``read_parquet``, imported when first used (a run that writes
    JSONL imports neither pandas nor pyarrow)."""
    if name in ("CorpusResult", "read_parquet"):
        from . import result

        return getattr(result, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = ["Corpus", "CorpusResult", "read_parquet", "Source", "DocTask", "SCHEMAS", "TABLES",
           "FORMATS", "ENGINES", "OutputError"]
