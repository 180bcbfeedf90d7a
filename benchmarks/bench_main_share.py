"""The main process's CPU against the workers' in a ``processes`` run (issue 16: main ≤ 1/20).

    python benchmarks/bench_main_share.py [--n 2000] [--jobs 2] [--formats jsonl,parquet]
        [--archive A.zip]

Runs ``Corpus.from_path(ARCHIVE).analyze(engine="processes", n_jobs=JOBS, output=…)`` in this
process, twice per output format: once on one document (the main process imports the writers'
libraries and warms the pipelines before forking its workers: start-up, not per-document
work), then on the whole archive, whose CPU times are reported — the main process's
(``getrusage(RUSAGE_SELF)``: listing the inputs, handing parts to the workers, which read
them, de-duplication, writing JSONL or filling ``duplicate_of`` in the Parquet files the
workers wrote) against the workers' (``RUSAGE_CHILDREN``, counted
when the pool has joined them), per document, and their ratio. The archive is made with
``make_archive.py`` when missing (a zip of N synthetic releases).
"""

from __future__ import annotations

import argparse
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def cpu(who: int) -> float:
    r = resource.getrusage(who)
    return r.ru_utime + r.ru_stime


def measure(archive: Path, out: Path, fmt: str, jobs: int) -> dict[str, float]:
    from pressnlp.corpus import Corpus

    main0, kids0, t0 = cpu(resource.RUSAGE_SELF), cpu(resource.RUSAGE_CHILDREN), time.time()
    res = Corpus.from_path(archive).analyze(engine="processes", n_jobs=jobs, output=out,
                                            format=fmt, progress=False)
    return {"docs": res.n_inputs, "wall": time.time() - t0,
            "main": cpu(resource.RUSAGE_SELF) - main0,
            "workers": cpu(resource.RUSAGE_CHILDREN) - kids0}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000)
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--formats", default="jsonl,parquet")
    ap.add_argument("--archive", type=Path)
    args = ap.parse_args()
    archive = args.archive or Path(tempfile.gettempdir()) / f"pressnlp_bench_{args.n}.zip"
    if not archive.exists():
        subprocess.run([sys.executable, str(HERE / "make_archive.py"), str(args.n),
                        str(archive)], check=True)
    with tempfile.TemporaryDirectory() as tmp:
        small = Path(tmp) / "warm"
        small.mkdir()
        (small / "one.txt").write_text("Mayor Meets Delegation\n\nOn May 8, 2023, the mayor "
                                       "met a delegation from Sendai.\n", encoding="utf-8")
        print(f"{archive.name}, --jobs {args.jobs}, load {os.getloadavg()[0]:.2f} on "
              f"{os.cpu_count()} CPUs")
        print("| output | docs | wall s | main CPU s | workers CPU s | main ms/doc | "
              "worker ms/doc | main / worker |")
        print("|---|---|---|---|---|---|---|---|")
        for fmt in args.formats.split(","):
            name = "out.jsonl" if fmt == "jsonl" else f"out-{fmt}"
            measure(small, Path(tmp) / f"warm-{name}", fmt, args.jobs)  # imports, warm-up
            m = measure(archive, Path(tmp) / name, fmt, args.jobs)
            n = max(1, m["docs"])
            print(f"| {fmt} | {m['docs']} | {m['wall']:.1f} | {m['main']:.2f} | "
                  f"{m['workers']:.2f} | {1000 * m['main'] / n:.2f} | "
                  f"{1000 * m['workers'] / n:.2f} | 1/{m['workers'] / max(m['main'], 1e-9):.0f} |",
                  flush=True)


if __name__ == "__main__":
    main()
