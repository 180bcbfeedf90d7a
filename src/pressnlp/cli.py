"""The ``pressnlp`` command line, thin over the library API.

    pressnlp parse PATH... [-o OUT] [--format jsonl|csv|parquet] [--jobs N] [--dask ADDR]
    pressnlp analyze PATH... [-o OUT] [--format jsonl|csv|parquet] [--jobs N] [--dask ADDR]
                     [--chunksize N] [--no-dedup] [--overwrite | --resume] [--timeout S]
                     [--strict] [--quiet]
    pressnlp slogans discover PATH... [--min-releases 3] [-o OUT]
    pressnlp report OUT [--html report.html]   (a readable report of a Parquet dataset written by analyze)
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import __version__

FORMATS = ("jsonl", "csv", "parquet")


def _add_run_args(p: argparse.ArgumentParser) -> None:
    p.add_argument("paths", nargs="+", metavar="PATH",
                   help="files, folders, globs, zip/tar archives, JSONL or CSV files")
    p.add_argument("-o", "--output", metavar="OUT",
                   help="output file (.jsonl) or folder (csv, parquet); stdout when omitted "
                        "(jsonl)")
    p.add_argument("--format", choices=FORMATS, default=None,
                   help="default: from the -o suffix (.jsonl, .csv, .parquet), a folder: "
                        "parquet; jsonl on stdout")
    p.add_argument("--jobs", type=int, default=1, metavar="N",
                   help="worker processes (1: serial; 0: one per CPU)")
    p.add_argument("--dask", metavar="ADDR",
                   help="run on Dask: a scheduler address tcp://… or local:N for a local cluster")
    p.add_argument("--chunksize", type=int, default=32, metavar="N",
                   help="documents per chunk sent to a worker (default 32)")
    p.add_argument("--no-dedup", action="store_true", help="skip duplicate detection")
    p.add_argument("--timeout", type=float, default=30.0, metavar="SECONDS",
                   help="time one document may take; an overrun is an error row with stage "
                        "timeout (default 30; 0: no limit)")
    p.add_argument("--overwrite", action="store_true",
                   help="replace the results already in OUT (swapped in when the run ends)")
    p.add_argument("--resume", action="store_true",
                   help="continue the interrupted run in OUT without repeating a document")
    p.add_argument("--strict", action="store_true", default=None,
                   help="stop at the first failure (a component that raises, an input that "
                        "cannot be parsed) with its traceback, instead of recording it as a "
                        "problem or error row")
    p.add_argument("--quiet", action="store_true", help="no progress bar and no summary")


def build_parser() -> argparse.ArgumentParser:
    ap = argparse.ArgumentParser(prog="pressnlp", description=__doc__.splitlines()[0])
    ap.add_argument("--version", action="version", version=f"pressnlp {__version__}")
    ap.add_argument("--lexicon", action="append", default=[], metavar="DIR",
                    help="a folder of user lexicon files extending the bundled ones (repeatable)")
    sub = ap.add_subparsers(dest="command", required=True)
    _add_run_args(sub.add_parser("parse", help="parse pages into release records"))
    _add_run_args(sub.add_parser("analyze", help="parse and analyse: entities, themes, slogans"))
    rep = sub.add_parser("report", help="print a readable report of an analysed Parquet dataset")
    rep.add_argument("paths", nargs=1, metavar="DIR", help="folder written by analyze --format parquet")
    rep.add_argument("--max-releases", type=int, default=40)
    rep.add_argument("--html", metavar="FILE", help="also write a self-contained HTML report")
    slog = sub.add_parser("slogans", help="slogan tools").add_subparsers(dest="action", required=True)
    disc = slog.add_parser("discover", help="rank recurring formulations the lexicon lacks")
    disc.add_argument("paths", nargs="+", metavar="PATH")
    disc.add_argument("--min-releases", type=int, default=3)
    disc.add_argument("--top", type=int, default=30)
    disc.add_argument("-o", "--output", metavar="OUT", help="CSV file for the full ranking")
    return ap


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    missing = [p for p in getattr(args, "paths", []) if not _exists(p)]
    if missing:
        print(f"pressnlp: no such file, folder or glob match: {', '.join(missing)}", file=sys.stderr)
        return 2
    from .lexicon import Lexicon, LexiconError, default_lexicon
    from .pipeline import set_lexicon  # compiles the lexicon's grammars before any input

    try:  # checked before any input is read: a bad lexicon row exits 2 with its file:line
        if args.lexicon:
            set_lexicon(Lexicon.load(args.lexicon))
        else:
            default_lexicon().validate()
    except LexiconError as exc:
        print(f"pressnlp: {exc}", file=sys.stderr)
        return 2
    if args.command in ("parse", "analyze"):
        return _run(args)
    if args.command == "report":
        return _report(args)
    return _discover(args)


def _exists(path: str) -> bool:
    import glob

    return Path(path).exists() or bool(glob.glob(path, recursive=True))


def _run(args: argparse.Namespace) -> int:
    from .corpus import Corpus, OutputError

    if args.jobs < 0 or args.chunksize < 1:
        print("pressnlp: --jobs must be >= 0 and --chunksize >= 1", file=sys.stderr)
        return 2
    engine = "dask" if args.dask else ("serial" if args.jobs == 1 else "processes")
    corpus = Corpus.from_path(*args.paths)
    try:
        result = corpus.analyze(stage=args.command, engine=engine, n_jobs=args.jobs or None,
                                client=args.dask, progress=not args.quiet, output=args.output,
                                format=args.format or (None if args.output else "jsonl"),
                                chunksize=args.chunksize,
                                dedup=not args.no_dedup, overwrite=args.overwrite,
                                resume=args.resume, timeout=args.timeout or None,
                                strict=args.strict)
    except (OutputError, ConnectionError) as exc:
        print(f"pressnlp: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt as exc:
        print(f"pressnlp: {exc or 'interrupted'}; the run record lists the inputs not "
              "reached, and --resume continues the run", file=sys.stderr)
        return 130
    if not args.quiet:
        print(result.summary(), file=sys.stderr)
    return 0


def _report(args: argparse.Namespace) -> int:
    from .corpus import read_parquet
    from .corpus.report import report

    try:
        result = read_parquet(args.paths[0])
    except (FileNotFoundError, OSError) as exc:
        print(f"pressnlp: {exc}", file=sys.stderr)
        return 2
    print(report(result, max_releases=args.max_releases))
    if args.html:
        result.to_html(args.html)
        print(f"pressnlp: HTML report written to {args.html}", file=sys.stderr)
    return 0


def _discover(args: argparse.Namespace) -> int:
    from .corpus.discovery import discover_slogans
    from .corpus import Corpus

    result = Corpus.from_path(*args.paths).analyze(stage="parse", progress=False)
    table = discover_slogans(result, min_releases=args.min_releases)
    if args.output:
        table.to_csv(args.output, index=False)
    print(table.head(args.top).to_string(index=False) if len(table) else "no candidates found")
    return 0


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
