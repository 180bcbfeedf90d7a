"""Are the outputs of two pressnlp source trees byte-identical on the same inputs?

    python benchmarks/check_identical.py --before /tmp/base/src --after src \\
        [--inputs devset=… realdev=… archive=…] [--formats jsonl,csv] [--jobs 1]

Runs ``python -m pressnlp.cli analyze INPUT -o OUT --format FMT --quiet`` once with each
source tree on ``PYTHONPATH`` (the same interpreter and packages) and compares the outputs
byte for byte: the JSONL file, or every file of a CSV folder (not the run records, which
hold timings). ``before`` is typically a
``git archive`` of an earlier commit's tree (``git archive COMMIT src | tar -x -C /tmp/base``).
The default inputs are the devset texts, the realdev pages and a 2,000-document archive
(made with ``make_archive.py 2000`` when missing). Exits 1 when any output differs.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
SHARED = Path("/work/shared")
ARCHIVE = Path(tempfile.gettempdir()) / "pressnlp_identical_2000.jsonl"
DEFAULT_INPUTS = {"devset": SHARED / "devset" / "texts",
                  "realdev": SHARED / "realdev" / "realdev.jsonl",
                  "archive2000": ARCHIVE}


def run(src: Path, inputs: Path, out: Path, fmt: str, jobs: int) -> float:
    """Analyse ``inputs`` with the pressnlp of ``src`` into ``out``; the wall seconds."""
    env = dict(os.environ, PYTHONPATH=str(src.resolve()))
    cmd = [sys.executable, "-m", "pressnlp.cli", "analyze", str(inputs), "-o", str(out),
           "--format", fmt, "--jobs", str(jobs), "--quiet"]
    t0 = time.perf_counter()
    subprocess.run(cmd, check=True, env=env)
    return time.perf_counter() - t0


def digests(out: Path) -> dict[str, str]:
    """File name → sha256 of an output file, or of every file of an output folder but the
    run record (``_run.json`` holds timings)."""
    files = sorted(f for f in out.rglob("*") if f.name != "_run.json") if out.is_dir() \
        else [out]
    return {str(f.relative_to(out) if out.is_dir() else f.name):
            hashlib.sha256(f.read_bytes()).hexdigest() for f in files if f.is_file()}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--before", type=Path, required=True, help="source tree (…/src) before")
    ap.add_argument("--after", type=Path, required=True, help="source tree (…/src) after")
    ap.add_argument("--inputs", nargs="*", metavar="NAME=PATH",
                    help="inputs to compare on (default: devset, realdev, a 2,000-doc archive)")
    ap.add_argument("--formats", default="jsonl,csv")
    ap.add_argument("--jobs", type=int, default=1)
    args = ap.parse_args()
    inputs = dict(i.split("=", 1) for i in args.inputs) if args.inputs else DEFAULT_INPUTS
    if inputs.get("archive2000") == ARCHIVE and not ARCHIVE.exists():
        subprocess.run([sys.executable, str(HERE / "make_archive.py"), "2000", str(ARCHIVE)],
                       check=True)
    differing = 0
    with tempfile.TemporaryDirectory() as tmp:
        for name, path in inputs.items():
            for fmt in args.formats.split(","):
                outs = {}
                for side in ("before", "after"):
                    out = Path(tmp) / f"{side}-{name}-{fmt}" / ("out.jsonl" if fmt == "jsonl"
                                                             else "out")
                    out.parent.mkdir()
                    seconds = run(getattr(args, side), Path(path), out, fmt, args.jobs)
                    outs[side] = digests(out)
                    print(f"  {name:12s} {fmt:5s} {side:6s} {seconds:6.1f} s, "
                          f"{len(outs[side])} file(s)", flush=True)
                same = outs["before"] == outs["after"]
                differing += not same
                detail = "" if same else " differ: " + ", ".join(
                    sorted(f for f in outs["before"].keys() | outs["after"].keys()
                           if outs["before"].get(f) != outs["after"].get(f)))
                print(f"{name:12s} {fmt:5s} {'IDENTICAL' if same else 'DIFFERENT'}{detail}",
                      flush=True)
    return 1 if differing else 0


if __name__ == "__main__":
    sys.exit(main())
