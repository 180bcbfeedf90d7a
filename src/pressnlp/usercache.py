"""The user's cache folder for what pressnlp can rebuild at any time (jieba's dictionary index,
the stamp of a clean check of the bundled data files): ``$XDG_CACHE_HOME/pressnlp``, else
``~/.cache/pressnlp``. Nothing there is needed: a missing or unwritable folder only costs time.
"""

from __future__ import annotations

import os
from pathlib import Path


def cache_dir() -> Path:
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "pressnlp"


__all__ = ["cache_dir"]
