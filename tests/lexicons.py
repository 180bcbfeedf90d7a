"""A process-wide lexicon for the length of a block, in tests."""

from __future__ import annotations

import contextlib
from typing import Iterator

import pressnlp as pn


@contextlib.contextmanager
def lexicon_installed(lexicon: pn.Lexicon | None = None) -> Iterator[None]:
    """Inside the block ``lexicon`` is the process-wide lexicon (None: whatever the block
    installs itself, e.g. through the CLI's ``--lexicon``); the one before is restored after."""
    old = pn.default_lexicon()
    try:
        if lexicon is not None:
            pn.set_lexicon(lexicon)
        yield
    finally:
        pn.set_lexicon(old)
