"""``analyze``: one release through every stage — parse, extract, classify."""

from __future__ import annotations

import os

from .parse import parse
from .records import Analysis, Release


def analyze(source: Release | str | bytes | os.PathLike[str], *, url: str | None = None,
            id: str | None = None) -> Analysis:
    """Parse ``source`` (unless it is a Release already) and analyse it.

    Never raises on bad input: a document that cannot be read or parsed comes back as an
    Analysis whose release has ``kind == "error"`` and the reason in ``error``.
    """
    release = source if isinstance(source, Release) else parse(source, url=url, id=id)
    if release.kind == "error":
        return Analysis(release=release)
    from .classify import classify
    from .extract import extract

    try:
        ex = extract(release)
    except Exception as exc:  # noqa: BLE001 - one bad document must not stop a batch
        return Analysis(release=_failed(release, "extract", exc))
    try:
        themes, slogans = classify(release)
    except Exception as exc:  # noqa: BLE001
        return Analysis(release=_failed(release, "classify", exc))
    return Analysis(release=release, officials=ex.officials, entities=ex.entities,
                    dates=ex.dates, quantities=ex.quantities, themes=themes, slogans=slogans)


def _failed(release: Release, stage: str, exc: Exception) -> Release:
    return Release.error_record(f"{type(exc).__name__}: {exc}", id=release.id,
                                path=release.path, url=release.url, stage=stage)


__all__ = ["analyze"]
