"""Batch runs over archives: Corpus, engines, DataFrames and Parquet.

(Placeholder until the corpus stage lands: serial runs over files and folders.)
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Iterator

from ..pipeline import analyze
from ..parse import parse
from ..records import Analysis, Release


class Corpus:
    def __init__(self, paths: list[Path]) -> None:
        self.paths = paths

    @classmethod
    def from_path(cls, *paths: str | os.PathLike[str]) -> "Corpus":
        files: list[Path] = []
        for p in map(Path, paths):
            if not p.exists():
                raise FileNotFoundError(f"no such file or folder: {p}")
            files.extend(sorted(f for f in p.rglob("*") if f.is_file()) if p.is_dir() else [p])
        return cls(files)

    def analyze(self, *, stage: str = "analyze", **_: object) -> "CorpusResult":
        func = analyze if stage == "analyze" else parse
        return CorpusResult([func(f) for f in self.paths])


class CorpusResult:
    def __init__(self, records: list[Analysis | Release]) -> None:
        self.records = records

    def __iter__(self) -> Iterator[Analysis | Release]:
        return iter(self.records)

    def write(self, out: str | None, fmt: str = "jsonl") -> None:
        lines = [json.dumps(r.to_dict(), ensure_ascii=False) for r in self.records]
        text = "\n".join(lines) + "\n"
        if out is None:
            print(text, end="")
        else:
            Path(out).parent.mkdir(parents=True, exist_ok=True)
            Path(out).write_text(text, encoding="utf-8")

    def summary(self) -> str:
        return f"{len(self.records)} documents"
