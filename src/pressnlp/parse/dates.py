"""Header and URL dates → ISO days (the forms of GENRE.md §1.3, data in ``header_dates.yaml``).

Only page-level dates live here (meta lines, URLs, crawler lines); dates inside the body are
the extract stage's concern.
"""

from __future__ import annotations

import datetime as _dt
import functools
import re
from dataclasses import dataclass

from ..lexicon import default_lexicon, on_lexicon_change


_DIGIT = re.compile(r"\d{4}")


@dataclass(frozen=True)
class DatePatterns:
    header: tuple[re.Pattern[str], ...]
    any_header: re.Pattern[str]  # all header patterns in one: a quick "no date here" test
    url: tuple[re.Pattern[str], ...]
    crawler: tuple[re.Pattern[str], ...]
    crawler_prefix: tuple[re.Pattern[str], ...]
    months: dict[str, int]


def _union(patterns: list[str]) -> re.Pattern[str]:
    """One pattern that matches wherever one of ``patterns`` does (group names made unique)."""
    try:
        return re.compile("|".join(f"(?:{re.sub(r'[(][?]P<[^>]+>', '(', p)})" for p in patterns))
    except re.error:  # a pattern the union cannot hold (back-references): no quick test
        return re.compile("")


@functools.lru_cache(maxsize=1)
def date_patterns() -> DatePatterns:
    data = default_lexicon().yaml("header_dates.yaml")
    return DatePatterns(
        header=tuple(re.compile(p) for p in data["patterns"]),
        any_header=_union(data["patterns"]),
        url=tuple(re.compile(p) for p in data["url_patterns"]),
        crawler=tuple(re.compile(p) for p in data.get("crawler_patterns", [])),
        crawler_prefix=tuple(re.compile(p) for p in data.get("crawler_prefix_patterns", [])),
        months={k.lower(): int(v) for k, v in data["months"].items()},
    )


on_lexicon_change(date_patterns.cache_clear)


def _iso(m: re.Match[str], months: dict[str, int]) -> str | None:
    g = m.groupdict()
    try:
        year = int(g["y"])
        month = int(g["m"]) if g.get("m") else months.get((g.get("mon") or "")[:3].lower(), 0)
        day = int(g["d"])
        return _dt.date(year, month, day).isoformat()
    except (ValueError, TypeError, KeyError):
        return None


@functools.lru_cache(maxsize=4096)
def find_date(text: str) -> tuple[str, int, int] | None:
    """The first header-form date in ``text``: (ISO day, start, end), or None (memoised: the
    header checks of one line ask for its date several times)."""
    if not _DIGIT.search(text):
        return None
    pats = date_patterns()
    if not pats.any_header.search(text):
        return None
    best: tuple[str, int, int] | None = None
    for pat in pats.header:
        for m in pat.finditer(text):
            iso = _iso(m, pats.months)
            if iso and (best is None or m.start() < best[1]):
                best = (iso, m.start(), m.end())
                break
    return best


on_lexicon_change(find_date.cache_clear)


def parse_date(text: str | None) -> str | None:
    """ISO day of the first header-form date in ``text`` (``2023/10/6`` → ``2023-10-06``)."""
    if not text:
        return None
    found = find_date(text)
    return found[0] if found else None


def url_date(url: str | None) -> str | None:
    """The date a URL carries (``/202303/t20230317_…`` → ``2023-03-17``), or None."""
    if not url:
        return None
    pats = date_patterns()
    for pat in pats.url:
        for m in pat.finditer(url):
            iso = _iso(m, pats.months)
            if iso:
                return iso
    return None


def crawler_date(line: str) -> str | None:
    """The date of a crawler-injected line (`` date 2023-11-01``), or None."""
    pats = date_patterns()
    for pat in pats.crawler:
        m = pat.match(line)
        if m:
            return _iso(m, pats.months)
    return None


def crawler_prefix_end(line: str) -> int:
    """Where a crawler date glued before a page line ends (``date 2024-08-23 <headline>``),
    or 0."""
    for pat in date_patterns().crawler_prefix:
        m = pat.match(line)
        if m:
            return m.end()
    return 0


__all__ = ["find_date", "parse_date", "url_date", "crawler_date", "crawler_prefix_end",
           "date_patterns"]
