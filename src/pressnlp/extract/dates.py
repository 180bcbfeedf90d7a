"""Date mentions resolved to ISO against the publication date (placeholder)."""

from __future__ import annotations

from ..records import DateMention, Release


def find_dates_in_release(release: Release) -> list[DateMention]:
    """Date mentions of ``release.body`` with body offsets."""
    return []
