"""Officials on a held-out set of our own sentences (tests/officials_heldout.py).

Bars: name precision ≥ 0.9, recall ≥ 0.85, title accuracy ≥ 0.85 on matched names. Misses,
spurious names and wrong titles / organisations are printed (``pytest -s``).
"""

from __future__ import annotations

import re

from pressnlp.extract.officials import find_officials
from pressnlp.extract.names import name_norm
from pressnlp.script import to_simplified

from officials_heldout import HELDOUT


def _norm(s: str | None) -> str:
    return re.sub(r"[\s\-‐–]+", " ", to_simplified(s or "")).strip().casefold()


def _same(gold: str | None, pred: str | None) -> bool:
    g, p = _norm(gold), _norm(pred)
    return g == p or bool(g and p and (g in p or p in g))


def score() -> dict:
    tp = fp = fn = title_ok = org_ok = 0
    notes: list[str] = []
    for lang, text, gold in HELDOUT:
        pred = {name_norm(o.name): o for o in find_officials(text, lang)}
        want = {name_norm(n): (n, t, o) for n, t, o in gold}
        for key, (n, t, o) in want.items():
            if key not in pred:
                fn += 1
                notes.append(f"MISS {n!r} in {text[:60]!r}")
                continue
            tp += 1
            p = pred[key]
            if _same(t, p.title):
                title_ok += 1
            else:
                notes.append(f"TITLE {n!r}: gold={t!r} pred={p.title!r}")
            if _same(o, p.org) if o else p.org is None:
                org_ok += 1
            else:
                notes.append(f"ORG {n!r}: gold={o!r} pred={p.org!r}")
        for key, p in pred.items():
            if key not in want:
                fp += 1
                notes.append(f"SPURIOUS {p.name!r} ({p.title!r}) in {text[:60]!r}")
    return {"precision": tp / max(tp + fp, 1), "recall": tp / max(tp + fn, 1),
            "title": title_ok / max(tp, 1), "org": org_ok / max(tp, 1), "notes": notes,
            "tp": tp, "fp": fp, "fn": fn}


def test_heldout_officials() -> None:
    r = score()
    print(f"\nheld-out officials: P={r['precision']:.3f} R={r['recall']:.3f} "
          f"title={r['title']:.3f} org={r['org']:.3f} (tp={r['tp']} fp={r['fp']} fn={r['fn']})")
    print("\n".join(r["notes"]))
    assert r["precision"] >= 0.9
    assert r["recall"] >= 0.85
    assert r["title"] >= 0.85
