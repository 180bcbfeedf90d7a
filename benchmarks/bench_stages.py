"""CPU a document of each stage over an archive, in one process (issue 16's per-stage figures).

    python benchmarks/bench_stages.py [/tmp/pressnlp_bench_2000.zip]

Reads every member of the zip, then times (process CPU) parse over all of them, then extract,
classify, the JSONL record (``to_dict`` + JSON) and the de-duplication fingerprint over the
parsed releases, one stage at a time. The grammars are compiled before timing; patterns a
stage compiles on first use are counted in it. Run it with ``PYTHONPATH=`` another source tree
(e.g. a ``git archive`` of an earlier commit) to compare, alternating runs.
"""

from __future__ import annotations

import json
import sys
import tempfile
import time
import zipfile
from pathlib import Path
from typing import Callable

from pressnlp.classify import classify
from pressnlp.corpus.dedup import fingerprint
from pressnlp.extract import extract
from pressnlp.grammars import current
from pressnlp.parse import parse
from pressnlp.records import Analysis, Release


def timed(label: str, n: int, run: Callable[[], object]) -> tuple[float, object]:
    t0 = time.process_time()
    out = run()
    seconds = time.process_time() - t0
    print(f"| {label} | {seconds:.2f} | {1000 * seconds / n:.3f} |")
    return seconds, out


def main() -> None:
    archive = Path(sys.argv[1] if len(sys.argv) > 1 else
                   Path(tempfile.gettempdir()) / "pressnlp_bench_2000.zip")
    with zipfile.ZipFile(archive) as z:
        data = [z.read(i) for i in z.infolist() if not i.is_dir()]
    g = current()
    print(f"{archive.name}: {len(data)} documents")
    print("| stage | CPU s | ms/doc |")
    print("|---|---|---|")
    total, parsed = timed("parse", len(data), lambda: [parse(d) for d in data])
    rels: list[Release] = [r for r in parsed if r.kind != "error"]  # type: ignore[union-attr]
    n = len(data)  # every figure is per document of the archive
    s, exs = timed("extract", n, lambda: [extract(r, None, g.entities) for r in rels])
    total += s
    s, cls = timed("classify", n, lambda: [classify(r, None, g.classify) for r in rels])
    total += s
    analyses = [Analysis(release=r, officials=e.officials, entities=e.entities, dates=e.dates,
                         quantities=e.quantities, themes=c[0], slogans=c[1])
                for r, e, c in zip(rels, exs, cls)]  # type: ignore[call-overload]
    s, _ = timed("record (to_dict + JSON)", n,
                 lambda: [json.dumps(a.to_dict(), ensure_ascii=False) for a in analyses])
    total += s
    s, _ = timed("fingerprint", n, lambda: [fingerprint(r.id or "", r.body, r.path) for r in rels])
    total += s
    print(f"| all | {total:.2f} | {1000 * total / n:.3f} |")


if __name__ == "__main__":
    main()
