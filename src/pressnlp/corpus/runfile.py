"""The run record: ``_run.json`` in an output folder (``<file>.run.json`` beside a JSONL file),
written atomically at checkpoints; see :mod:`pressnlp.corpus.run`."""

from __future__ import annotations

import json
import os
from pathlib import Path

RUN_FILE = "_run.json"


def write_run(root: str | os.PathLike[str], stats: dict, name: str = RUN_FILE) -> None:
    path = Path(root) / name
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{name}.tmp")
    tmp.write_text(json.dumps(stats, indent=1, default=str), encoding="utf-8")
    os.replace(tmp, path)


def read_run(root: str | os.PathLike[str]) -> dict:
    path = Path(root) / RUN_FILE
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


__all__ = ["RUN_FILE", "write_run", "read_run"]
