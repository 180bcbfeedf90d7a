"""text → Release: header labels, furniture and site facts, title and body, kind, language.

    rel = parse("page.html")                 # a path, raw bytes or decoded text
    rel.title, rel.date, rel.source, rel.body, rel.site.icp, rel.furniture

Modules: ``header`` (label: value pairs), ``dates`` (header/URL dates), ``furniture`` (line
classifier), ``body`` (layout segmentation), ``site`` (footer facts), ``kind``, ``language``,
``release`` (the entry point). Label forms, markers and date forms are data files.
"""

from __future__ import annotations

from .release import MAX_BYTES, parse, parse_page

__all__ = ["parse", "parse_page", "MAX_BYTES"]
