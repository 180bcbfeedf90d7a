"""Corpus throughput and memory: releases/s and peak RSS for serial, processes(2), dask(2).

    python benchmarks/bench_corpus.py --n 2000                    # makes /tmp/pressnlp_bench_2000.zip
    python benchmarks/bench_corpus.py --archive big.zip --engines processes

Each engine runs the real CLI (``pressnlp analyze ARCHIVE -o OUT --format parquet``) in a
subprocess; a sampler sums the RSS of that process and all its children (workers, Dask nannies)
every 0.5 s. Reported: documents/s end to end (start-up and worker warm-up included),
documents/s per core used, the CPU time (user + sys of the CLI and its workers: documents per
CPU-second judges per-core speed when other jobs share the cores), peak RSS of the main process
and peak PSS of the whole tree (workers share pages with their parent; PSS counts them once).
Paste the table into ``benchmarks/RESULTS.md``.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
ENGINES = {"serial": ["--jobs", "1"], "processes": ["--jobs", "2"], "dask": ["--dask", "local:2"]}
CORES = {"serial": 1, "processes": 2, "dask": 2}


def tree_mem(proc: psutil.Process) -> tuple[int, int]:
    """(RSS of the main process, PSS summed over the process tree: shared pages counted once)."""
    main, total = proc.memory_info().rss, 0
    for p in [proc, *proc.children(recursive=True)]:
        try:
            total += p.memory_full_info().pss
        except (psutil.Error, AttributeError):
            pass
    return main, total


def run(archive: Path, engine: str, out: Path) -> dict:
    cli = [sys.executable, "-m", "pressnlp.cli", "analyze", str(archive), "-o", str(out),
           "--format", "parquet", *ENGINES[engine]]
    ru0 = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    proc = subprocess.Popen(cli, stderr=subprocess.PIPE, text=True)
    ps, peak = psutil.Process(proc.pid), [0, 0]

    def sample() -> None:
        while proc.poll() is None:
            try:
                main, tree = tree_mem(ps)
                peak[0], peak[1] = max(peak[0], main), max(peak[1], tree)
            except psutil.Error:
                pass
            time.sleep(0.5)

    th = threading.Thread(target=sample, daemon=True)
    th.start()
    _, err = proc.communicate()
    th.join()
    secs = time.perf_counter() - t0
    ru1 = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (ru1.ru_utime - ru0.ru_utime) + (ru1.ru_stime - ru0.ru_stime)
    if proc.returncode:
        raise SystemExit(f"{engine} failed:\n{err}")
    from pressnlp import read_parquet

    res = read_parquet(out)
    n = res.n_inputs
    return {"engine": engine, "docs": n, "seconds": secs, "docs_s": n / secs,
            "per_core": n / secs / CORES[engine], "cpu_s": cpu,
            "per_cpu_s": n / cpu if cpu else 0.0,
            "main_rss_mb": peak[0] / 2**20,
            "tree_pss_mb": peak[1] / 2**20,
            "releases": res.stats.rows["releases"], "errors": res.stats.rows["errors"],
            "ok": n == res.stats.rows["releases"] + res.stats.rows["errors"]}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=2000, help="documents in the synthetic archive")
    ap.add_argument("--archive", type=Path, help="an existing archive (else one is made)")
    ap.add_argument("--engines", nargs="+", default=list(ENGINES), choices=list(ENGINES))
    args = ap.parse_args()
    archive = args.archive or Path(tempfile.gettempdir()) / f"pressnlp_bench_{args.n}.zip"
    if not archive.exists():
        subprocess.run([sys.executable, str(HERE / "make_archive.py"), str(args.n),
                        str(archive)], check=True)
    rows = []
    for engine in args.engines:
        out = Path(tempfile.mkdtemp(prefix=f"bench_{engine}_"))
        try:
            rows.append(run(archive, engine, out))
        finally:
            shutil.rmtree(out, ignore_errors=True)
        r = rows[-1]
        print(f"{engine:<10} {r['docs']:>7} docs {r['seconds']:8.1f} s {r['docs_s']:8.1f} docs/s "
              f"{r['per_core']:7.1f} /core  cpu {r['cpu_s']:6.1f} s "
              f"({r['per_cpu_s']:5.1f} docs/cpu-s)  "
              f"peak main RSS {r['main_rss_mb']:5.0f} MB, "
              f"tree PSS {r['tree_pss_mb']:5.0f} MB  "
              f"releases+errors==inputs: {r['ok']}", flush=True)
    base = next((r for r in rows if r["engine"] == "serial"), None)
    if base:
        for r in rows:
            print(f"{r['engine']}: {r['docs_s'] / base['docs_s']:.2f}x serial")


if __name__ == "__main__":
    main()
