"""Cross-release studies on a CorpusResult: identities, careers, networks, timelines.

``StudyMixin`` is mixed into ``CorpusResult``; its methods read the result's DataFrames
``releases``, ``officials``, ``entities``, ``themes``, ``slogans``::

    res = pn.Corpus.from_path("archive/").analyze()
    res.people                 # one row a person, EN and ZH names linked (person_id)
    res.officials.person_id    # added to the officials table
    res.orgs                   # one row an organisation (org_id)
    res.careers()              # posts over time: promotions and transfers
    res.edges(); res.to_networkx()
    res.theme_timeline(freq="M", by="host"); res.slogan_timeline()
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..lexicon import default_lexicon
from .rows import SCHEMAS

if TYPE_CHECKING:  # pandas and the study modules are imported when a study is made
    import pandas as pd


class StudyMixin:
    """Methods for corpus studies, mixed into CorpusResult."""

    releases: pd.DataFrame
    officials: pd.DataFrame
    entities: pd.DataFrame
    themes: pd.DataFrame
    slogans: pd.DataFrame

    # -- linking (computed once per officials/entities table and lexicon, cached on the instance)

    def _raw_table(self, name: str) -> pd.DataFrame | None:
        import pandas as pd

        try:
            value = getattr(self, name)
        except (AttributeError, KeyError, ValueError):
            return None
        return value if isinstance(value, pd.DataFrame) else None

    def _table(self, name: str) -> pd.DataFrame | None:
        """The table with every column of its schema (a column the table lacks is all missing),
        so that the studies need not test for absent columns."""
        return _conformed(name, self._raw_table(name))

    def _study(self) -> dict[str, Any]:
        raw = {t: self._raw_table(t) for t in ("officials", "entities", "releases")}
        stamp = (default_lexicon(),  # linking reads its title, place and org indexes
                 *((id(t), len(t)) if t is not None else None for t in raw.values()))
        cache = self.__dict__.get("_study_cache")
        if cache is not None and cache["stamp"] == stamp:
            return cache
        import pandas as pd

        from . import identity as _identity

        officials = raw["officials"]
        entities, releases = self._table("entities"), self._table("releases")
        off = _with_release_facts(_conformed("officials", officials), releases)
        links = _identity.link_people(off, releases)
        off = off.reset_index(drop=True) if off is not None else off
        if off is not None and len(off):
            off["person_id"] = links.person_ids.to_numpy()
            if officials is not None and len(officials) == len(off):
                try:  # add person_id to the result's own officials table
                    officials["person_id"] = links.person_ids.to_numpy()
                except (ValueError, TypeError):
                    pass
        mentions = _identity.org_mentions(off, entities, releases)
        org_ids, orgs = _identity.link_orgs(mentions)
        mentions["org_id"] = org_ids.to_numpy() if len(mentions) else pd.Series(dtype="string")
        cache = {"stamp": stamp, "officials": off, "people": links.people,
                 "org_mentions": mentions, "orgs": orgs}
        self.__dict__["_study_cache"] = cache
        return cache

    @property
    def people(self) -> pd.DataFrame:
        """Alias table of people: person_id, name, names_en, names_zh, titles, n_releases,
        first_seen, last_seen."""
        return self._study()["people"]

    @property
    def orgs(self) -> pd.DataFrame:
        """Alias table of organisations: org_id, name, names_en, names_zh, n_releases,
        first_seen, last_seen."""
        return self._study()["orgs"]

    def linked_officials(self) -> pd.DataFrame:
        """The officials table with ``person_id`` (and release date and host filled in)."""
        import pandas as pd

        off = self._study()["officials"]
        return off if off is not None else pd.DataFrame()

    def org_mentions(self) -> pd.DataFrame:
        """Every organisation mention (officials' posts and ORG entities) with its ``org_id``."""
        return self._study()["org_mentions"]

    # -- studies -----------------------------------------------------------------------------

    def careers(self) -> pd.DataFrame:
        """One row per (person, title, organisation): first_seen, last_seen, n_releases,
        sources (hosts) and the change from the previous post (promotion, transfer, …)."""
        study = self._study()
        from . import careers as _careers

        return _careers.careers(study["officials"], study["people"], study["org_mentions"])

    def edges(self, kinds: tuple[str, ...] = ("person-person", "person-org")) -> pd.DataFrame:
        """Co-mention edges per release: source, target, kind, weight, n_releases, release_ids."""
        study = self._study()
        from . import network as _network

        return _network.edges(study["officials"], study["org_mentions"], study["people"],
                              study["orgs"], kinds=kinds)

    def to_networkx(self, kinds: tuple[str, ...] = ("person-person", "person-org")) -> Any:
        """The co-mention network as a ``networkx.Graph``."""
        study = self._study()
        orgs = study["orgs"] if "person-org" in kinds else None
        from . import network as _network

        return _network.to_networkx(self.edges(kinds), study["people"], orgs)

    def theme_timeline(self, freq: str = "M", by: str | None = "host",
                       top_only: bool = False) -> pd.DataFrame:
        """Theme counts and shares per period and site (see ``corpus.timelines``)."""
        from . import timelines as _timelines

        return _timelines.theme_timeline(self._table("releases"), self._table("themes"),
                                         freq=freq, by=by, top_only=top_only)

    def slogan_timeline(self, freq: str = "M", by: str | None = "host", key: str = "canonical",
                        min_releases: int = 1) -> pd.DataFrame:
        """Slogan mentions, releases and shares per period and site."""
        from . import timelines as _timelines

        return _timelines.slogan_timeline(self._table("releases"), self._table("slogans"),
                                          freq=freq, by=by, key=key, min_releases=min_releases)


def _conformed(name: str, table: pd.DataFrame | None) -> pd.DataFrame | None:
    """``table`` with the columns of ``SCHEMAS[name]`` it lacks added, all missing."""
    if table is None:
        return None
    absent = [c for c in SCHEMAS[name] if c not in table.columns]
    if not absent:
        return table
    import pandas as pd

    table = table.copy()
    for col in absent:
        table[col] = pd.Series(pd.NA, index=table.index, dtype="object")
    return table


def _with_release_facts(officials: pd.DataFrame | None,
                        releases: pd.DataFrame | None) -> pd.DataFrame | None:
    """A copy of ``officials`` whose missing ``date`` / ``host`` come from ``releases``, with
    ``story_id``: the release, or the first copy of a syndicated one (``duplicate_of``), so that
    copies do not count as more releases."""
    if officials is None:
        return None
    off = officials.copy()
    off["story_id"] = off["release_id"].astype("string")
    if releases is None or len(releases) == 0 or "release_id" not in releases:
        return off
    rel = releases.dropna(subset=["release_id"]).drop_duplicates("release_id")
    if len(rel) == 0:
        return off
    rel.index = rel["release_id"].astype(str).to_numpy()
    rid = off["release_id"].astype(str)
    for col in ("date", "host"):
        filled = rid.map(rel[col])
        off[col] = off[col].where(off[col].notna(), filled)
    first = rid.map(rel["duplicate_of"]).astype("string")
    off["story_id"] = first.where(first.notna(), off["story_id"])
    return off
