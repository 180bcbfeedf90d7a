"""text → Release: header labels, furniture and site facts, title and body, kind, language.

(Placeholder until the parse stage lands: first line as title, other lines as paragraphs.)
"""

from __future__ import annotations

import os
from pathlib import Path

from ..records import Release


def parse(source: str | bytes | os.PathLike[str], *, url: str | None = None,
          encoding: str | None = None, id: str | None = None, path: str | None = None) -> Release:
    """Parse one page (a path, raw bytes or decoded text) into a Release."""
    if isinstance(source, os.PathLike):
        path = path or str(source)
        id = id or Path(source).name.split(".")[0]
        try:
            source = Path(source).read_bytes()
        except OSError as exc:
            return Release.error_record(str(exc), id=id, path=path, url=url)
    text = source.decode(encoding or "utf-8", "replace") if isinstance(source, bytes) else source
    lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
    if not lines:
        return Release.error_record("empty document", id=id, path=path, url=url, stage="parse")
    return Release(id=id, path=path, url=url, title=lines[0], paragraphs=tuple(lines[1:]))
