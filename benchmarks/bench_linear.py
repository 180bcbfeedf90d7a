"""Time of every stage on hostile inputs of growing size (issue 10, item 3): is it linear?

Each attack builds a document of about N bytes (a generator below, text written for the
benchmark); the document is parsed once and every stage is timed on its own:

- parse: ``pressnlp.parse`` (read + header/body segmentation);
- officials / orgs / places: the rules of ``extract.annotate`` on the same pieces ``extract``
  gives them (paragraphs cut to ``CHUNK`` / ``CHUNK_ZH``);
- dates: ``find_dates_in_release``; quantities: ``find_quantities_in_release``;
- slogans: ``release_slogans``; themes: the default classifier's ``themes``.

The slope of a stage is (t(N_max) - t(N_min)) / (N_max - N_min) in seconds per MB; a linear
stage has about the same seconds per MB at every size, a quadratic one grows with N (the
"ratio" column: seconds per MB at the largest size over seconds per MB at the smallest).
A stage that passes ``--cap`` seconds at one size is not run at larger sizes ("> cap").

    python benchmarks/bench_linear.py [--sizes 20000,80000] [--attacks may8,digits] [--cap 20]
        [--stages dates,quantities] [--markdown]
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from typing import Callable

from pressnlp.corpus.tasks import DocTimeout, time_budget

STAGES = ("parse", "officials", "orgs", "places", "dates", "quantities", "slogans", "themes")

EN_SENTENCES = [
    "On May 8, Consul General Li Wei met a delegation of 25 entrepreneurs in Shenyang.",
    "BEIJING, Oct. 31 (Xinhua) -- More than 300 guests attended the reception on Tuesday.",
    "The two sides signed 12 agreements worth 3.5 billion yuan during the visit.",
    "From June 3 to 5, 2024, the forum brought together nearly 40 countries and regions.",
    "Trade between the two countries rose 8.2 percent year on year to 120 billion US dollars.",
    "Mayor Zhang said the city would host the expo again next year, in September.",
]
ZH_SENTENCES = [
    "5月8日，市委书记李伟会见了来访的25名企业家代表。",
    "新华社北京10月31日电 300余名嘉宾出席了招待会。",
    "双方签署了12项合作协议，总金额达3.5亿元。",
    "2024年6月3日至5日，论坛吸引了近40个国家和地区的代表参加。",
    "今年前三季度，两国贸易额同比增长8.2%，达到1200亿美元。",
    "张市长表示，明年9月将再次举办博览会。",
]


def _repeat(unit: str, n: int) -> str:
    return unit * max(1, n // len(unit.encode()))


def _lines(sentences: list[str], n: int, rng: random.Random, sep: str) -> str:
    out: list[str] = []
    size = 0
    while size < n:
        s = rng.choice(sentences)
        out.append(s)
        size += len(s.encode()) + 1
    return sep.join(out)


def _page(body: str) -> str:
    return "Consulate General News\nTitle: Reception held\nDate: 2024-06-10\n\n" + body + "\n"


_HTML_BODY = "<h1>Reception held</h1>" + "".join(f"<p>{s}</p>" for s in EN_SENTENCES)


def _html(body: str) -> str:
    return f"<html><head><title>News</title></head><body>{body}</body></html>"


# attack name → generator of a document of about n bytes (seeded: the same text each run)
ATTACKS: dict[str, Callable[[int], str]] = {
    "may8": lambda n: _page(_repeat("On May 8, ", n)),
    "zh_may8": lambda n: _page(_repeat("5月8日，", n)),
    "digits": lambda n: _page("The total was " + "7" * n + " yuan."),
    "digit_groups": lambda n: _page("The total was " + _repeat("123,", n) + "4 yuan."),
    "zh_numerals": lambda n: _page("共计" + _repeat("一二三四五六七八九十百千万", n) + "人。"),
    "single_line_en": lambda n: _page(_lines(EN_SENTENCES, n, random.Random(1), " ")),
    "single_line_zh": lambda n: _page(_lines(ZH_SENTENCES, n, random.Random(2), "")),
    "paragraphs_en": lambda n: _page(_lines(EN_SENTENCES, n, random.Random(3), "\n\n")),
    "weekdays": lambda n: _page(_repeat("on Tuesday, ", n)),
    "numbers_dates": lambda n: _page(_repeat("On May 8, 25 officials and 3 consuls met. ", n)),
    "quoted_numbers": lambda n: _page("\u201c" + _repeat("two officials ", n)),
    "member_units": lambda n: _page(_repeat("a 6-member ", n)),
    "zh_digits": lambda n: _page("共计" + "7" * (n // 2) + "人。"),
    "zh_numbers_dates": lambda n: _page(_repeat("5月8日，25名官员和3位领事会见。", n)),
    "nested_div": lambda n: _html("<div>" * (n // 11) + _HTML_BODY + "</div>" * (n // 11)),
    "attributes": lambda n: _html("<p " + " ".join(f'a{i}="x"' for i in range(n // 9)) + ">"
                                  + _HTML_BODY + "</p>"),
}

# the cases of issue 10 at the sizes it reports: (attack, bytes)
ISSUE_CASES = [("may8", 40_000), ("digits", 8_000), ("zh_digits", 16_000),
               ("single_line_en", 7_900_000), ("nested_div", 2_200_000),
               ("attributes", 450_000)]


def stage_times(doc: str, stages: tuple[str, ...] = STAGES, cap: float | None = None
                ) -> dict[str, float]:
    """Seconds of each stage of ``stages`` on ``doc`` (parse always runs, it feeds the rest).
    With ``cap``, the rules of a text stop being timed once they pass ``cap`` seconds."""
    import pressnlp as pn
    from pressnlp.classify import default_classifier
    from pressnlp.classify.slogans import release_slogans
    from pressnlp.extract import _pieces
    from pressnlp.extract.annotate import mentions
    from pressnlp.extract.dates import find_dates_in_release
    from pressnlp.extract.officials import find_officials
    from pressnlp.extract.orgs import find_orgs
    from pressnlp.extract.pipeline import ensure_jieba_words
    from pressnlp.extract.places import find_places
    from pressnlp.script import to_simplified

    ensure_jieba_words()
    times: dict[str, float] = {}
    t0 = time.perf_counter()
    with time_budget(cap):
        release = pn.parse(doc)
    times["parse"] = time.perf_counter() - t0
    if release.kind == "error":
        raise RuntimeError(f"parse failed: {release.error}")
    pieces = [(t, lang) for _, t, lang in _pieces(release) if t.strip()]

    def per_piece(func: Callable[[str, str], object]) -> Callable[[], None]:
        def run() -> None:
            for text, lang in pieces:
                func(text, lang)
        return run

    def officials(text: str, lang: str) -> object:
        return find_officials(text, lang, simple=to_simplified(text) if lang == "zh" else text)

    from pressnlp.extract.quantities import find_quantities_in_release

    runs: dict[str, Callable[[], object]] = {
        "officials": per_piece(officials),
        "orgs": per_piece(lambda t, lang: mentions(t, lang, find_orgs)),
        "places": per_piece(lambda t, lang: mentions(t, lang, find_places)),
        "dates": lambda: find_dates_in_release(release),
        "quantities": lambda: find_quantities_in_release(release),
        "slogans": lambda: release_slogans(release),
        "themes": lambda: default_classifier().themes(release, slogans=release_slogans(release)),
    }
    for name in stages:
        if name == "parse":
            continue
        t0 = time.perf_counter()
        try:
            with time_budget(cap):
                runs[name]()
        except DocTimeout:
            times[name] = float("inf")
            continue
        times[name] = time.perf_counter() - t0
    return times


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", default="20000,160000", help="document sizes in bytes")
    ap.add_argument("--attacks", default=",".join(ATTACKS))
    ap.add_argument("--stages", default=",".join(STAGES))
    ap.add_argument("--cap", type=float, default=20.0, help="seconds before a stage is given up")
    ap.add_argument("--markdown", action="store_true", help="print a RESULTS.md table")
    ap.add_argument("--issue", action="store_true",
                    help="time the cases of issue 10 once each at their reported sizes")
    args = ap.parse_args(argv)
    stage_times(ATTACKS["paragraphs_en"](2000))  # warm-up: lexicons, jieba, compiled patterns
    if args.issue:
        return _issue_cases(tuple(args.stages.split(",")), args.cap)
    sizes = sorted(int(s) for s in args.sizes.split(","))
    stages = tuple(s for s in args.stages.split(","))
    rows = []
    for attack in args.attacks.split(","):
        given_up: set[str] = set()
        per_size: dict[int, dict[str, float]] = {}
        for n in sizes:
            doc = ATTACKS[attack](n)
            todo = tuple(s for s in stages if s not in given_up)
            t = stage_times(doc, todo, cap=args.cap)
            per_size[n] = t
            given_up |= {s for s, v in t.items() if v > args.cap}
            print(f"# {attack} n={n}: " + " ".join(f"{s}={v:.3f}" for s, v in t.items()),
                  file=sys.stderr, flush=True)
        rows.append((attack, per_size))
    _report(rows, sizes, stages, args.markdown)
    return 0


def _issue_cases(stages: tuple[str, ...], cap: float) -> int:
    """One row per case of issue 10: seconds of every stage (``> cap`` when given up)."""
    print("| case | bytes | " + " | ".join(stages) + " |")
    print("|" + "---|" * (len(stages) + 2))
    for attack, n in ISSUE_CASES:
        doc = ATTACKS[attack](n)
        try:
            t = stage_times(doc, stages, cap=cap)
        except DocTimeout:
            t = {"parse": float("inf")}
        cells = [f"> {cap:g}" if t.get(s, float("inf")) == float("inf") else f"{t[s]:.2f}"
                 for s in stages]
        print(f"| {attack} | {len(doc.encode()):,} | " + " | ".join(cells) + " |", flush=True)
    return 0


def _report(rows: list[tuple[str, dict[int, dict[str, float]]]], sizes: list[int],
            stages: tuple[str, ...], markdown: bool) -> None:
    lo, hi = sizes[0], sizes[-1]
    head = ["attack", "stage", *(f"s @ {n // 1000} KB" for n in sizes), "s/MB", "ratio"]
    print("| " + " | ".join(head) + " |" if markdown else "\t".join(head))
    if markdown:
        print("|" + "---|" * len(head))
    for attack, per_size in rows:
        for s in stages:
            vals = [per_size[n].get(s) for n in sizes]
            cells = ["> cap" if v is None or v == float("inf") else f"{v:.3f}" for v in vals]
            a, b = vals[0], vals[-1]
            if a is None or b is None or b == float("inf") or hi == lo:
                slope = ratio = "—"
            else:
                slope = f"{(b - a) / (hi - lo) * 1e6:.2f}"
                ratio = f"{(b / hi) / max(a / lo, 1e-12):.1f}" if a > 0.002 else "—"
            row = [attack, s, *cells, slope, ratio]
            print("| " + " | ".join(row) + " |" if markdown else "\t".join(row))


if __name__ == "__main__":
    raise SystemExit(main())
