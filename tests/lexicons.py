"""User lexicons in tests: a folder of data files, and a process-wide lexicon for a block."""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Iterator

import pressnlp as pn


def lexicon_folder(tmp_path: Path, files: dict[str, str]) -> Path:
    """A user lexicon folder ``tmp_path/lex`` holding ``files`` (name → text)."""
    folder = tmp_path / "lex"
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


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
