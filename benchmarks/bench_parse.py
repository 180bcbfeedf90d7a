"""Parse-only throughput on one core over generated pages of every layout (target ≥ 1,000/s).

Pages come from the test fixtures (tests/parse_pages.py, written for the project), with the
dates and numbers varied per page so no two inputs are the same; the devset is not read.

    python benchmarks/bench_parse.py [--pages 3000] [--bytes]
"""

from __future__ import annotations

import argparse
import random
import re
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "tests"))

from parse_pages import ALL_PAGES, PAGE_HTML, PAGE_ZHT  # noqa: E402

import pressnlp as pn  # noqa: E402

_ISO = re.compile(r"(?:19|20)\d\d-\d\d-\d\d")
_NUM = re.compile(r"(?<![\d-])\d{1,3}(?![\d-])")


def generate(n: int, seed: int = 7) -> list[str | bytes]:
    """``n`` pages: the fixture layouts with varied dates and numbers (HTML as GB18030 bytes)."""
    rnd = random.Random(seed)
    templates = [*ALL_PAGES.values(), PAGE_ZHT, PAGE_HTML]
    pages: list[str | bytes] = []
    for i in range(n):
        t = templates[i % len(templates)]
        t = _ISO.sub(lambda _: f"{rnd.randint(2012, 2025)}-{rnd.randint(1, 12):02d}-"
                               f"{rnd.randint(1, 28):02d}", t)
        t = _NUM.sub(lambda m: str(rnd.randint(2, 999)) if len(m.group(0)) > 1 else m.group(0), t)
        pages.append(t.encode("gb18030") if t.startswith("<!DOCTYPE") else t)
    return pages


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pages", type=int, default=3000)
    ap.add_argument("--bytes", action="store_true", help="feed every page as UTF-8 bytes")
    args = ap.parse_args()
    pages = generate(args.pages)
    if args.bytes:
        pages = [p if isinstance(p, bytes) else p.encode("utf-8") for p in pages]
    for p in pages[:50]:  # warm the caches (lexicons, compiled patterns, OpenCC)
        pn.parse(p)
    start, cpu = time.perf_counter(), time.process_time()
    kinds: dict[str, int] = {}
    for p in pages:
        r = pn.parse(p)
        kinds[r.kind] = kinds.get(r.kind, 0) + 1
    wall = time.perf_counter() - start
    elapsed = time.process_time() - cpu  # CPU time: other processes on the machine do not count
    rate = len(pages) / elapsed
    print(f"parsed {len(pages)} pages in {elapsed:.2f} s CPU ({wall:.2f} s wall) on one core: "
          f"{rate:,.0f} releases/s ({1000 * elapsed / len(pages):.2f} ms/page); kinds {kinds}")
    print("target >= 1,000 releases/s:", "met" if rate >= 1000 else "NOT met")


if __name__ == "__main__":
    main()
