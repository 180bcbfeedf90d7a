"""End to end against the peer stack (trafilatura + htmldate + dateparser + jieba), one worker each.

    python benchmarks/bench_peer.py --peer-python /path/to/peer-venv/bin/python [--copies 10]

Both systems read the same folder: ``--copies`` copies of every devset page (default 10 →
480 documents; the pages are read from ``../shared/devset/texts`` at run time and copied to a
temporary folder, nothing is stored in the project). Each runs as a command in its own process,
start-up included, one worker:

- pressnlp: ``python -m pressnlp.cli analyze DIR --format jsonl -o OUT --jobs 1 --quiet``
  (parse, entities, dates, quantities, themes, slogans, de-duplication, JSONL), timed with a
  cache folder of its own filled by a first, untimed run (as a user's is after their first
  run), then again without the compiled patterns kept there (``pressnlp.regexcache``);
- the peer (the script below, run with ``--peer-python``, a separate environment with
  ``pip install trafilatura htmldate dateparser jieba lxml_html_clean``): decode, trafilatura
  ``bare_extraction`` with metadata (title, date, author, body; plain text pages are wrapped as
  HTML paragraphs first), ``htmldate.find_date`` on HTML pages, ``dateparser.search.search_dates`` on each body
  paragraph (in its language, as ``bench_dates.py`` runs the peer; ``--peer-languages detect``
  leaves the language to dateparser, its default), ``jieba.lcut`` of the Chinese body; one JSON line a document.

Prints wall and CPU seconds (user + sys of the child) and releases per second and per CPU-second
of each, and the ratio. The peer does less than pressnlp (no officials, themes or slogans), so
the ratio understates the difference in work done.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEVSET = ROOT.parent / "shared" / "devset" / "texts"

PEER = r'''
import json, re, sys
from pathlib import Path
import htmldate, jieba, trafilatura
from dateparser.search import search_dates
from charset_normalizer import from_bytes

HAN = re.compile(r"[\u4e00-\u9fff]+")
jieba.setLogLevel(60)
GIVEN = sys.argv[3] == "given"
with open(sys.argv[2], "w", encoding="utf-8") as out:
    for path in sorted(Path(sys.argv[1]).iterdir()):
        raw = path.read_bytes()
        text = str(from_bytes(raw).best() or raw.decode("utf-8", "replace"))
        html = text if path.suffix in (".html", ".htm") else "<html><body>" + "".join(
            f"<p>{line}</p>" for line in text.splitlines() if line.strip()) + "</body></html>"
        found = trafilatura.bare_extraction(html, with_metadata=True)
        doc = found.as_dict() if found is not None else {}
        body = doc.get("text") or ""
        date = htmldate.find_date(html) if path.suffix in (".html", ".htm") else doc.get("date")
        lang = "zh" if len("".join(HAN.findall(body))) > 0.2 * max(len(body), 1) else "en"
        dates = [str(d) for para in body.split("\n") if para.strip()
                 for _, d in (search_dates(para, languages=[lang] if GIVEN else None) or [])]
        tokens = [t for run in HAN.findall(body) for t in jieba.lcut(run)]
        out.write(json.dumps({"id": path.name, "title": doc.get("title"), "date": date,
                              "author": doc.get("author"), "dates": dates, "tokens": len(tokens)},
                             ensure_ascii=False) + "\n")
'''


def timed(cmd: list[str], env: dict[str, str] | None = None) -> tuple[float, float]:
    """Wall and CPU seconds (user + sys of the child and its children) of one command."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, env=env)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--peer-python", required=True, help="python of an environment with the peer stack")
    ap.add_argument("--copies", type=int, default=10)
    ap.add_argument("--peer-languages", choices=("given", "detect"), default="given",
                    help="pass each paragraph's language to dateparser, or let it detect one")
    ap.add_argument("--devset", type=Path, default=DEVSET)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "docs"
        folder.mkdir()
        pages = sorted(p for p in args.devset.iterdir() if p.is_file())
        for k in range(args.copies):
            for page in pages:
                shutil.copyfile(page, folder / f"c{k:03d}_{page.name}")
        n = len(pages) * args.copies
        script = Path(tmp) / "peer.py"
        script.write_text(PEER, encoding="utf-8")
        cmd = [sys.executable, "-m", "pressnlp.cli", "analyze", str(folder), "--format", "jsonl",
               "-o", str(Path(tmp) / "ours.jsonl"), "--jobs", "1", "--quiet"]
        cache = Path(tmp) / "cache"  # pressnlp's cache folder: filled by a first, untimed run
        env = {**os.environ, "XDG_CACHE_HOME": str(cache)}
        timed(cmd, env)
        ours = {"pressnlp": timed(cmd, env)}
        for kept in (cache / "pressnlp").glob("regex-*"):
            kept.unlink()
        ours["pressnlp, no compiled patterns kept"] = timed(cmd, env)
        peer = timed([args.peer_python, str(script), str(folder), str(Path(tmp) / "peer.jsonl"),
                      args.peer_languages])
    print(f"{n} documents, one worker each, peer languages {args.peer_languages}; "
          f"load average after: {os.getloadavg()[0]:.2f}")
    for name, (wall, cpu) in (*ours.items(), ("peer", peer)):
        print(f"  {name:36s} {wall:7.2f} s wall {cpu:7.2f} s CPU  {n / wall:7.1f} docs/s  "
              f"{n / cpu:7.1f} docs/CPU-s")
    for name, (wall, cpu) in ours.items():
        print(f"  ratio {name} / peer: {peer[0] / wall:.1f}× docs/s, {peer[1] / cpu:.1f}× docs/CPU-s")


if __name__ == "__main__":
    main()
