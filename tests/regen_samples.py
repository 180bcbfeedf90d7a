"""Regenerate ``data/samples/expected.json`` from what pressnlp gives on the bundled samples.

    python tests/regen_samples.py          (with pressnlp importable, e.g. PYTHONPATH=src)

``tests/test_samples.py`` asserts ``pn.analyze`` of every sample against the file, field by field
(the ``FIELDS`` below). When a change to pressnlp changes a sample on purpose, run this script and
read the diff of ``expected.json`` (``git diff data/samples/expected.json``) before committing it:
every changed value must be right for the page. ``id``, ``file``, ``encoding`` and ``layout``
describe the file and are kept as written.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pressnlp as pn

SAMPLES = Path(__file__).resolve().parent.parent / "data" / "samples"
EXPECTED = SAMPLES / "expected.json"
KEPT = ("id", "file", "encoding", "layout")  # written by hand: what the sample file is
FIELDS = ("kind", "language", "script", "title", "date", "source", "author", "site",
          "officials", "dates", "themes")
SITE_FIELDS = ("icp", "gongan", "site_code")


def observed(name: str) -> dict[str, Any]:
    """The checked fields of ``pn.analyze`` on one sample file."""
    a = pn.analyze(SAMPLES / name)
    rel = a.release
    return {
        "kind": rel.kind, "language": rel.language, "script": rel.script, "title": rel.title,
        "date": rel.date, "source": rel.source, "author": rel.author,
        "site": ({k: getattr(rel.site, k) for k in SITE_FIELDS}
                 if rel.site and any(getattr(rel.site, k) for k in SITE_FIELDS) else None),
        "officials": [{"name": o.name, "title": o.title, "org": o.org} for o in a.officials],
        "dates": [{"text": d.text, "iso": d.iso} for d in a.dates],
        "themes": [t.label for t in a.themes],
    }


def main() -> None:
    rows = json.loads(EXPECTED.read_text(encoding="utf-8"))
    fresh = [{**{k: row[k] for k in KEPT}, **observed(row["file"])} for row in rows]
    EXPECTED.write_text(json.dumps(fresh, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {EXPECTED} ({len(fresh)} samples)")


if __name__ == "__main__":
    main()
