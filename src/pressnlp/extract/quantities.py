"""Quantity mentions: value, modifier, unit, container (placeholder)."""

from __future__ import annotations

from ..records import Quantity, Release


def find_quantities_in_release(release: Release) -> list[Quantity]:
    """Quantity mentions of ``release.body`` with body offsets."""
    return []
