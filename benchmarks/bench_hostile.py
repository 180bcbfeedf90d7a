"""Per-document time on hostile inputs, at growing sizes: the slope shows linear (≈1) or
quadratic (≈2) growth, and the time budget caps what is left.

    python benchmarks/bench_hostile.py [--sizes 10000 20000 40000] [--timeout 30]

Each form is analysed (parse and analysis, as a corpus run does) once per size; the exponent
is the slope of log(time) over log(size) between the smallest and the largest size.
"""

from __future__ import annotations

import argparse
import math
import time

from pressnlp.corpus.tasks import DocTask
from pressnlp.read.archives import Source

TITLE = "Harbin Delegation Visits Niigata\n\n"
FORMS = {
    "'On May 8, ' repeated": lambda n: TITLE + "On May 8, " * (n // 10),
    "a run of digits": lambda n: TITLE + "1" * n,
    "one long line of sentences": lambda n: TITLE + (
        "The Harbin delegation met 20 guests on May 8, 2023. " * (n // 52)),
    "nested <div>s": lambda n: "<html><body>" + "<div>" * (n // 11) + "Harbin"
                               + "</div>" * (n // 11) + "</body></html>",
    "one tag, many attributes": lambda n: "<html><body><p " + "a=1 " * (n // 4)
                                          + ">Harbin</p></body></html>",
}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 20_000, 40_000])
    ap.add_argument("--timeout", type=float, default=30.0)
    args = ap.parse_args()
    task = DocTask("analyze", timeout=args.timeout)
    task.warm_up()
    print(f"{'form':<28}" + "".join(f"{n:>10}" for n in args.sizes) + "    slope")
    for name, make in FORMS.items():
        times = []
        for n in args.sizes:
            t0 = time.perf_counter()
            out = task(Source(id="bench", path="<bench>", data=make(n)))
            took = time.perf_counter() - t0
            times.append(took)
            if out.release.error_stage == "timeout":
                break
        cells = "".join(f"{t:>9.2f}s" for t in times)
        slope = (math.log(times[-1] / max(times[0], 1e-6))
                 / math.log(args.sizes[len(times) - 1] / args.sizes[0])) if len(times) > 1 \
            else float("nan")
        print(f"{name:<28}{cells:<{10 * len(args.sizes)}}    {slope:.2f}")


if __name__ == "__main__":
    main()
