"""pressnlp date extraction vs dateparser (the peer): ISO accuracy and speed.

Inputs: the devset gold bodies when ``../shared/devset/gold.jsonl`` exists next to the
repository (read at run time, nothing copied), else a few built-in sample paragraphs.
Both systems see the same paragraphs in the same language with the same reference date:

- dateparser: ``dateparser.search.search_dates(paragraph, languages=[lang], settings=
  {"RELATIVE_BASE": <publication date>, "PREFER_DATES_FROM": "past"})``; each hit is a day.
- pressnlp: ``find_dates_in_release`` (ranges, months and days, datelines, weekdays).

Scoring follows the devset scorer's "dates (iso)" row: P/R/F1 over the multiset of ISO
values a document (a repeated identical mention counts once; null values ignored).

    python benchmarks/bench_dates.py [--gold PATH] [--repeat N] [--no-dateparser]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

from pressnlp.extract.dates import find_dates_in_release
from pressnlp.records import Release

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_GOLD = ROOT.parent / "shared" / "devset" / "gold.jsonl"
_CJK = re.compile(r"[\u3400-\u9fff]")

# fallback inputs written for the project: (publication date, body, gold ISO values)
SAMPLES = [
    ("2024-01-03", "On December 20th, the mayor met 9 consuls general in Shenyang.",
     ["2023-12-20"]),
    ("2023-11-01", "WUHAN, Oct. 31 (Xinhua) -- Diplomats gathered in Wuhan on Tuesday.",
     ["2023-10-31"]),  # the wire dateline is the filing day, not a mention
    ("2023-12-19", "On December 15 to 17, the students visited Harbin.",
     ["2023-12-15/2023-12-17"]),
    ("2018-07-16", "当地时间7月9日至10日，代表团访问新西伯利亚州。\n\n10日，推介会举行。",
     ["2018-07-09/2018-07-10", "2018-07-10"]),
    ("2019-11-02", "昨日（11月1日），摄影展在广州开幕，展览将持续至11月10日。",
     ["2019-11-01", "2019-11-10"]),
]


def lang_of(paragraph: str) -> str:
    han = len(_CJK.findall(paragraph))
    return "zh" if han > 0.2 * max(len(paragraph.replace(" ", "")), 1) else "en"


def load_docs(gold: Path) -> list[tuple[str | None, list[str], list[str], list[tuple[str, str | None]]]]:
    """(pub date, paragraphs, langs, gold (text, iso) pairs) per document."""
    docs = []
    if gold.is_file():
        for line in gold.read_text(encoding="utf-8").splitlines():
            g = json.loads(line)
            if g.get("body") is None or "dates" not in g:
                continue
            paras = g["body"].split("\n\n")
            pairs = [(d.get("text") or "", d.get("iso")) for d in g["dates"] or []]
            docs.append((g.get("date"), paras, [lang_of(p) for p in paras], pairs))
    else:
        for date, body, isos in SAMPLES:
            paras = body.split("\n\n")
            pairs = [(f"#{k}", iso) for k, iso in enumerate(isos)]
            docs.append((date, paras, [lang_of(p) for p in paras], pairs))
    return docs


def iso_counter(pairs: list[tuple[str, str | None]]) -> Counter:
    seen, out = set(), Counter()
    for text, iso in pairs:
        key = (text.strip().casefold(), iso)
        if key in seen:
            continue
        seen.add(key)
        if iso:
            out[iso] += 1
    return out


def prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run_pressnlp(doc) -> list[tuple[str, str | None]]:
    date, paras, langs, _ = doc
    rel = Release(date=date, paragraphs=tuple(paras), paragraph_langs=tuple(langs))
    return [(m.text, m.iso) for m in find_dates_in_release(rel)]


def run_dateparser(doc) -> list[tuple[str, str | None]]:
    from dateparser.search import search_dates

    date, paras, langs, _ = doc
    settings = {"PREFER_DATES_FROM": "past"}
    if date:
        settings["RELATIVE_BASE"] = dt.datetime.fromisoformat(date)
    out = []
    for p, lang in zip(paras, langs):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            found = search_dates(p, languages=[lang], settings=settings) or []
        out.extend((text, value.date().isoformat()) for text, value in found)
    return out


def evaluate(name: str, func, docs, repeat: int) -> dict:
    preds = [func(doc) for doc in docs]  # warm-up run, also the scored one
    t0 = time.perf_counter()
    for _ in range(repeat):
        for doc in docs:
            func(doc)
    elapsed = (time.perf_counter() - t0) / repeat
    tp = fp = fn = 0
    for doc, pred in zip(docs, preds):
        g, p = iso_counter(doc[3]), iso_counter(pred)
        tp += sum((g & p).values())
        fp += sum((p - g).values())
        fn += sum((g - p).values())
    p, r, f = prf(tp, fp, fn)
    n_par = sum(len(d[1]) for d in docs)
    return {"system": name, "P": p, "R": r, "F1": f, "ms/doc": 1000 * elapsed / len(docs),
            "ms/paragraph": 1000 * elapsed / n_par, "docs/s": len(docs) / elapsed}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--gold", type=Path, default=DEFAULT_GOLD)
    ap.add_argument("--repeat", type=int, default=20, help="timing repeats for pressnlp")
    ap.add_argument("--no-dateparser", action="store_true")
    args = ap.parse_args(argv)
    docs = load_docs(args.gold)
    source = str(args.gold) if args.gold.is_file() else "built-in samples"
    print(f"inputs: {len(docs)} documents, {sum(len(d[1]) for d in docs)} paragraphs ({source})")
    rows = [evaluate("pressnlp", run_pressnlp, docs, args.repeat)]
    if not args.no_dateparser:
        rows.append(evaluate("dateparser", run_dateparser, docs, 1))
    print(f"{'system':12s} {'P':>6s} {'R':>6s} {'F1':>6s} {'ms/doc':>9s} {'ms/para':>9s} {'docs/s':>9s}")
    for r in rows:
        print(f"{r['system']:12s} {r['P']:6.3f} {r['R']:6.3f} {r['F1']:6.3f} {r['ms/doc']:9.3f} "
              f"{r['ms/paragraph']:9.3f} {r['docs/s']:9.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
