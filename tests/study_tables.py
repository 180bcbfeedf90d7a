"""A stand-in for CorpusResult in the corpus-study tests: the DataFrames StudyMixin reads."""

from __future__ import annotations

import json

import pandas as pd

from pressnlp.corpus.study import StudyMixin


class StudyResult(StudyMixin):
    """Tables given by the test; a table not given is empty (releases: the officials' ids)."""

    def __init__(self, officials: pd.DataFrame, *, releases: pd.DataFrame | None = None,
                 entities: pd.DataFrame | None = None, themes: pd.DataFrame | None = None,
                 slogans: pd.DataFrame | None = None) -> None:
        self.officials = officials
        self.releases = releases if releases is not None else pd.DataFrame(
            {"release_id": officials["release_id"].unique()})
        self.entities = entities if entities is not None else pd.DataFrame(
            columns=["release_id", "text", "label", "norm", "lang"])
        self.themes = themes if themes is not None else pd.DataFrame(
            columns=["release_id", "label", "score", "rank"])
        self.slogans = slogans if slogans is not None else pd.DataFrame(
            columns=["release_id", "text", "canonical", "category"])


def official_row(rid: str, name: str, lang: str, title: str | None, org: str | None,
                 posts: tuple[tuple[str, str | None], ...] = (), **extra: object) -> dict:
    """One row of the officials table (extra columns such as ``date`` and ``host`` by keyword)."""
    return {"release_id": rid, "name": name, "name_norm": name, "title": title, "org": org,
            "posts": json.dumps([{"title": t, "org": o} for t, o in posts], ensure_ascii=False),
            "lang": lang, "start": 0, "end": len(name), **extra}
