"""Start-up of the command line on one document, and the heavy modules its default path imports.

    python benchmarks/bench_startup.py [RUNS]

Runs ``python -m pressnlp.cli analyze one.txt --format jsonl -o x.jsonl`` RUNS times (default 5)
on a short English release written for this benchmark, then on a short Chinese one, and prints
the best and median wall and CPU time of each (target: ≤ 0.8 s wall on an idle machine), with a
cache folder of its own (``XDG_CACHE_HOME``) filled by one earlier run, as a user's is after their
first run — and again without the compiled patterns kept there (``pressnlp.regexcache``; removed
before each run: every pattern compiled anew). One more run with ``-X importtime`` lists the
heavy third-party packages imported (JSONL output needs none of scikit-learn, scipy, pandas,
matplotlib), with their cumulative import time and the module that first imported each.
"""

from __future__ import annotations

import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HEAVY = ("sklearn", "scipy", "pandas", "matplotlib", "datasketch", "pyarrow", "numpy", "jieba",
         "spacy", "networkx", "dask", "distributed")
TEXT = """Vice Mayor Meets Consul General of the Republic of Korea in Shenyang
2025-03-18 Source: Foreign Affairs Office

On March 18, Vice Mayor Wang Lin met with Consul General Kim Min-soo of the Republic of Korea
in Shenyang, and the two sides exchanged views on trade, tourism and sister-city exchanges.

Wang Lin said Shenyang will promote high-level opening-up and welcomes Korean enterprises to
share the opportunities of the comprehensive revitalization of Northeast China.
"""
TEXT_ZH = """副市长王林会见韩国驻沈阳总领事
2025-03-18 来源：市外事办公室

3月18日，副市长王林在沈阳会见韩国驻沈阳总领事金敏洙，双方就经贸、旅游和友好城市交流交换了意见。

王林表示，沈阳将推进高水平对外开放，欢迎韩国企业共享东北全面振兴的发展机遇。
"""


def command(doc: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "pressnlp.cli", "analyze", str(doc), "--format", "jsonl",
            "-o", str(out), "--quiet"]


def timed_run(cmd: list[str], cache: Path, patterns: bool = True) -> tuple[float, float]:
    """Wall and CPU (user + system) seconds of one child process using the cache folder
    ``cache`` (``patterns=False``: without its compiled patterns)."""
    if not patterns:
        for kept in (cache / "pressnlp").glob("regex-*"):
            kept.unlink()
    env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=env)
    wall = time.perf_counter() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu


def heavy_imports(cmd: list[str]) -> list[tuple[str, float, str]]:
    """(package, cumulative import seconds, importing module) of the HEAVY packages imported;
    the importing module is the nearest pressnlp module above it (the import to make lazy)."""
    err = subprocess.run([cmd[0], "-X", "importtime", *cmd[1:]], check=True,
                         capture_output=True, text=True).stderr
    rows = []  # (cumulative µs, depth, module) in the order Python reports them (children first)
    for line in err.splitlines():
        if not line.startswith("import time:") or "cumulative" in line:
            continue
        _, cumulative, name = line[len("import time:"):].split("|")
        depth = (len(name) - len(name.lstrip())) // 2
        rows.append((int(cumulative), depth, name.strip()))
    out = []
    for i, (cumulative, depth, name) in enumerate(rows):
        if name in HEAVY:
            out.append((name, cumulative / 1e6, _importer(rows[i + 1:], depth)))
    return out


def _importer(later: list[tuple[int, int, str]], depth: int) -> str:
    """The nearest pressnlp ancestor among the rows after a module (its ancestors follow it)."""
    for _, d, name in later:
        if d < depth:
            if name.startswith("pressnlp"):
                return name
            depth = d
    return "(a function, at run time)" if depth == 0 else "(another package)"


def main(runs: int = 5) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for lang, text in (("en", TEXT), ("zh", TEXT_ZH)):
            doc, out = Path(tmp) / f"one-{lang}.txt", Path(tmp) / "x.jsonl"
            doc.write_text(text, encoding="utf-8")
            cmd, cache = command(doc, out), Path(tmp) / "cache"
            timed_run(cmd, cache)  # the user's first run: fills the cache folder
            for patterns, how in ((True, "cache filled"), (False, "no compiled patterns kept")):
                times = [timed_run(cmd, cache, patterns) for _ in range(runs)]
                walls, cpus = [w for w, _ in times], [c for _, c in times]
                load = os.getloadavg()[0]
                print(f"start-up (analyze one-{lang}.txt → JSONL, {how}), {runs} runs, load "
                      f"{load:.2f} on {os.cpu_count()} CPUs: wall best {min(walls):.2f} s, median "
                      f"{statistics.median(walls):.2f} s; CPU best {min(cpus):.2f} s, median "
                      f"{statistics.median(cpus):.2f} s; target wall <= 0.8 s (idle machine)")
            print("  heavy packages imported (cumulative import time, imported by):")
            for name, seconds, parent in heavy_imports(cmd):
                print(f"    {name:12s} {seconds:6.3f} s  by {parent}")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5)
