"""Header and URL dates → ISO days: the header and URL modes of the one date grammar
(:mod:`pressnlp.parse.date_grammar`, data in ``resources/dates.yaml``).

Only page-level dates live here (meta lines, URLs, crawler lines); dates inside the body are
the extract stage's concern (the body mode of the same grammar).
"""

from __future__ import annotations

import functools

from ..lexicon import default_grammar
from .date_grammar import DateGrammar


def date_grammar() -> DateGrammar:
    """The date grammar of the process-wide lexicon (compiled once per lexicon)."""
    return default_grammar(DateGrammar)


def find_date(text: str, grammar: DateGrammar | None = None) -> tuple[str, int, int] | None:
    """The first header-form date in ``text``: (ISO day, start, end), or None; ``grammar``:
    the date grammar to read with (default: the process-wide lexicon's)."""
    return _header_date(grammar or date_grammar(), text)


@functools.lru_cache(maxsize=4096)
def _header_date(grammar: DateGrammar, text: str) -> tuple[str, int, int] | None:
    """Memoised per grammar: the header checks of one line ask for its date several times."""
    return grammar.header_date(text)


def parse_date(text: str | None, grammar: DateGrammar | None = None) -> str | None:
    """ISO day of the first header-form date in ``text`` (``2023/10/6`` → ``2023-10-06``)."""
    if not text:
        return None
    found = find_date(text, grammar)
    return found[0] if found else None


def url_date(url: str | None, grammar: DateGrammar | None = None) -> str | None:
    """The date a URL carries (``/202303/t20230317_…`` → ``2023-03-17``), or None."""
    return (grammar or date_grammar()).url_date(url) if url else None


def crawler_date(line: str, grammar: DateGrammar | None = None) -> str | None:
    """The date of a crawler-injected line (`` date 2023-11-01``), or None."""
    return (grammar or date_grammar()).crawler_date(line)


def crawler_prefix_end(line: str, grammar: DateGrammar | None = None) -> int:
    """Where a crawler date glued before a page line ends (``date 2024-08-23 <headline>``),
    or 0."""
    return (grammar or date_grammar()).crawler_prefix_end(line)


__all__ = ["find_date", "parse_date", "url_date", "crawler_date", "crawler_prefix_end",
           "date_grammar"]
