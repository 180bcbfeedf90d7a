"""Steady-state documents per CPU-second of a serial run, two source trees side by side (issue 16).

    python benchmarks/bench_steady.py --before /tmp/base/src --after src [--rounds 3]
        [--archive /tmp/pressnlp_bench_2000.zip] [--head 1]

Runs ``python -m pressnlp.cli analyze INPUT --jobs 1 --format jsonl`` with each tree on
``PYTHONPATH`` (same interpreter, same packages) on the whole archive and on an archive holding
its first ``head`` members (default 1), alternating before/after in every round, and reads each
run's CPU (user + system, ``getrusage(RUSAGE_CHILDREN)``). Start-up is what the head run costs
(imports, grammars, the first use of every rule it meets); the steady state is the rest:

    steady docs / CPU-s = (N − head) / (CPU of the archive run − CPU of the head run)

With ``--head 1`` the patterns a tree compiles on first use for documents unlike the first one
(another language, another page layout) count as steady-state work; ``--head 200`` leaves them
out too, which gives the marginal cost of a document. Medians over the rounds are printed with
the machine's load. The archive is made with ``make_archive.py`` when missing (a zip of 2,000
synthetic releases).
"""

from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent


def child_cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run(src: Path, inputs: Path, out: Path) -> float:
    """CPU seconds of one ``analyze`` run of ``inputs`` with the pressnlp of ``src``."""
    env = dict(os.environ, PYTHONPATH=str(src.resolve()))
    cmd = [sys.executable, "-m", "pressnlp.cli", "analyze", str(inputs), "-o", str(out),
           "--format", "jsonl", "--jobs", "1", "--quiet"]
    before = child_cpu()
    subprocess.run(cmd, check=True, env=env)
    return child_cpu() - before


def head_of(archive: Path, folder: Path, k: int) -> Path:
    """A zip holding the archive's first ``k`` members."""
    head = folder / "head.zip"
    with zipfile.ZipFile(archive) as z, zipfile.ZipFile(head, "w") as out:
        for info in [i for i in z.infolist() if not i.is_dir()][:k]:
            out.writestr(info.filename, z.read(info))
    return head


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", type=Path, required=True, help="a src folder (e.g. a git archive)")
    ap.add_argument("--after", type=Path, required=True)
    ap.add_argument("--rounds", type=int, default=3)
    ap.add_argument("--head", type=int, default=1,
                    help="members of the subtracted run (default 1; e.g. 200 also leaves out "
                         "patterns compiled on first use, which a one-document run never needs)")
    ap.add_argument("--archive", type=Path,
                    default=Path(tempfile.gettempdir()) / "pressnlp_bench_2000.zip")
    args = ap.parse_args()
    if not args.archive.exists():
        subprocess.run([sys.executable, str(HERE / "make_archive.py"), "2000",
                        str(args.archive)], check=True)
    with zipfile.ZipFile(args.archive) as z:
        n = sum(1 for i in z.infolist() if not i.is_dir())
    trees = {"before": args.before, "after": args.after}
    cpu: dict[tuple[str, str], list[float]] = {(t, k): [] for t in trees for k in ("one", "all")}
    loads = []
    with tempfile.TemporaryDirectory() as tmp:
        one = head_of(args.archive, Path(tmp), args.head)
        for _ in range(args.rounds):
            for name, src in trees.items():
                loads.append(os.getloadavg()[0])
                cpu[name, "one"].append(run(src, one, Path(tmp) / "one.jsonl"))
                cpu[name, "all"].append(run(src, args.archive, Path(tmp) / "all.jsonl"))
    print(f"{args.archive.name} ({n} documents, minus a run of the first {args.head}), "
          f"--jobs 1, JSONL, {args.rounds} rounds, load "
          f"{min(loads):.1f}–{max(loads):.1f} on {os.cpu_count()} CPUs (medians)")
    print("| tree | start-up CPU s | archive CPU s | steady CPU s | steady ms/doc | "
          "steady docs/CPU-s |")
    print("|---|---|---|---|---|---|")
    rates = {}
    for name in trees:
        start = statistics.median(cpu[name, "one"])
        whole = statistics.median(cpu[name, "all"])
        steady = whole - start
        rates[name] = (n - args.head) / steady
        print(f"| {name} | {start:.2f} | {whole:.2f} | {steady:.2f} | "
              f"{1000 * steady / (n - args.head):.2f} | {rates[name]:.0f} |")
    print(f"after / before, steady docs per CPU-second: {rates['after'] / rates['before']:.2f}×")


if __name__ == "__main__":
    main()
