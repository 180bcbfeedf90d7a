"""Discovery of slogans the lexicon lacks: recurring candidate formulations across a corpus.

    table = pn.discover_slogans(result, min_releases=3)     # result: CorpusResult / releases
    promote(table.head(5), "my_lexicon/", category="BRANDING")
    pn.set_lexicon(pn.Lexicon.load(extra=["my_lexicon/"]))  # or: pressnlp --lexicon my_lexicon/ …

Candidates come from quoted phrases (EN "…"/“…”, ZH “…”), Title-Cased EN runs, 、-separated
ZH parallel formulas and recurring word / character n-grams. A candidate is kept when it is
used in at least ``min_releases`` releases, the lexicon does not already cover it and it reads
as a formulation (``_formulation_like``: not a count, a name, a place, a post, an organisation
or a clause). The
score multiplies
- recurrence: log2(1 + releases) × (1 + ½·log2(1 + sites)),
- cues: 1 + 2 × share of quoted mentions + ½ if Title-Cased + ½ if a parallel formula,
- keyness (c-TF-IDF): mentions per using release × log(1 + N / releases), which favours
  phrases concentrated in some releases over boilerplate found everywhere.
"""

from __future__ import annotations

import functools
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..records import Analysis, Release
from ..script import to_simplified
from ..classify.slogans import find_slogans, guess_category, is_numbered, lexicon_entry, norm_key
from ..extract.jieba_dict import load_jieba

COLUMNS = ["candidate", "score", "n_releases", "n_sites", "first_seen", "last_seen",
           "quoted_share", "examples", "lang", "cue", "category", "numbered"]

_QUOTED_EN = re.compile(r"[\"“]([A-Za-z][^\"“”\n]{3,80}?)[\"”]")
_QUOTED_ZH = re.compile(r"[“「]([^”」“\n]{2,24})[”」]")
_EN_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*|\d+")
_SENT = re.compile(r"(?<=[.!?;:])\s+|\n+|[,()\"“”]")
_ZH_CLAUSE = re.compile(r"[^\u4e00-\u9fff]+")
_PARALLEL_ZH = re.compile(r"[\u4e00-\u9fff]{2,8}(?:[、·][\u4e00-\u9fff]{2,8}){1,5}")
_STOP = frozenset("""a an the and or of in on at to for with by from as is are was were be been
this that these those it its their his her our we he she they said says also will would has
have had not but than then there which who whom whose when where while more most very such
into over under about after before during between among other some any all each both two
three one four five six seven eight nine ten first second new""".split())
_ORG_WORDS = frozenset("""office committee government bureau department association university
company co ltd group division section council commission ministry embassy consulate school
hospital museum district province city county people's municipal party cpc director mayor
secretary governor consul general ambassador president chairman vice deputy affairs""".split())
_ZH_STOP_CHARS = set("的了在和与及等是为对将把被也都而并于其余多人个名家")


@dataclass
class _Stats:
    releases: set = field(default_factory=set)
    sites: set = field(default_factory=set)
    dates: list = field(default_factory=list)
    mentions: int = 0
    quoted: int = 0
    titlecase: bool = False
    parallel: bool = False
    examples: list = field(default_factory=list)
    surface: dict = field(default_factory=dict)
    lang: str = "en"


def _records(result: Any) -> list[Release]:
    """Releases from a CorpusResult, an iterable of Release/Analysis, or dict rows."""
    if hasattr(result, "records"):
        items = list(result.records)
    elif hasattr(result, "releases") and hasattr(result.releases, "to_dict"):
        items = result.releases.to_dict("records")
    else:
        items = list(result)
    out: list[Release] = []
    for it in items:
        if isinstance(it, Analysis):
            it = it.release
        if isinstance(it, dict):
            body = it.get("body") or ""
            it = Release(id=it.get("id"), kind=it.get("kind") or "release", title=it.get("title"),
                         date=it.get("date"), url=it.get("url"), source=it.get("source"),
                         paragraphs=tuple(p for p in str(body).split("\n\n") if p))
        if isinstance(it, Release) and it.kind not in ("error", "list") and it.paragraphs:
            out.append(it)
    return out


def _site(rel: Release) -> str | None:
    if rel.site is not None and rel.site.host:
        return rel.site.host
    if rel.url:
        m = re.match(r"(?:\w+://)?([^/]+)", rel.url)
        if m:
            return m.group(1).lower()
    return rel.source or None


def _context(text: str, start: int, end: int, width: int = 50) -> str:
    return re.sub(r"\s+", " ", text[max(0, start - width):end + width]).strip()


def _en_candidates(text: str) -> list[tuple[str, int, int, str]]:
    """(phrase, start, end, cue) in an EN text: quoted, Title-Case runs and word n-grams."""
    out: list[tuple[str, int, int, str]] = []
    for m in _QUOTED_EN.finditer(text):
        words = _EN_TOKEN.findall(m.group(1))
        if 1 <= len(words) <= 10 and m.group(1).strip()[-1:] not in ".!?":
            out.append((m.group(1).strip(" ,"), m.start(1), m.end(1), "quoted"))
    pos = 0
    for chunk in _SENT.split(text):
        if not chunk:
            continue
        base = text.find(chunk, pos)
        pos = base + len(chunk) if base >= 0 else pos
        toks = [(m.group(), base + m.start(), base + m.end()) for m in _EN_TOKEN.finditer(chunk)]
        out += _titlecase_runs(toks, text)
        for n in range(3, 7):
            for i in range(len(toks) - n + 1):
                gram = toks[i:i + n]
                first, last = gram[0][0].lower(), gram[-1][0].lower()
                if first in _STOP or last in _STOP or any(t[0].isdigit() for t in (gram[0], gram[-1])):
                    continue
                if any(w[0].lower() in _ORG_WORDS for w in gram):
                    continue
                out.append((text[gram[0][1]:gram[-1][2]], gram[0][1], gram[-1][2], "ngram"))
    return out


def _titlecase_runs(toks: list[tuple[str, int, int]], text: str) -> list[tuple[str, int, int, str]]:
    out = []
    i = 0
    while i < len(toks):
        if not toks[i][0][:1].isupper():
            i += 1
            continue
        j = i
        while j < len(toks) and (toks[j][0][:1].isupper() or (toks[j][0] in ("and", "of", "the", "for", "in")
                                                               and j + 1 < len(toks) and toks[j + 1][0][:1].isupper())):
            j += 1
        run = toks[i:j]
        if 2 <= len(run) <= 8 and i > 0 and not any(w[0].lower() in _ORG_WORDS for w in run):
            out.append((text[run[0][1]:run[-1][2]], run[0][1], run[-1][2], "titlecase"))
        i = max(j, i + 1)
    return out


def _zh_candidates(text: str, simp: str) -> list[tuple[str, int, int, str]]:
    out: list[tuple[str, int, int, str]] = []
    for m in _QUOTED_ZH.finditer(simp):
        if re.search(r"[\u4e00-\u9fff]", m.group(1)):
            out.append((text[m.start(1):m.end(1)], m.start(1), m.end(1), "quoted"))
    for m in _PARALLEL_ZH.finditer(simp):
        units = re.split(r"[、·]", m.group())
        sizes = {len(u) for u in units}
        if len(units) >= 2 and max(sizes) - min(sizes) <= 1 and min(sizes) >= 3:
            out.append((text[m.start():m.end()], m.start(), m.end(), "parallel"))
    jieba = load_jieba()  # its dictionary looked up on demand (extract/jieba_dict.py)

    for m in re.finditer(r"[\u4e00-\u9fff]{4,}", simp):
        clause, base = m.group(), m.start()
        if len(clause) <= 12:
            out.append((text[base:base + len(clause)], base, base + len(clause), "clause"))
        words, pos = [], base
        for w in jieba.lcut(clause):
            words.append((w, pos, pos + len(w)))
            pos += len(w)
        for n in range(2, 5):
            for i in range(len(words) - n + 1):
                gram = words[i:i + n]
                size = gram[-1][2] - gram[0][1]
                if not 4 <= size <= 10 or gram[0][0] in _ZH_STOP_CHARS or gram[-1][0] in _ZH_STOP_CHARS:
                    continue
                out.append((text[gram[0][1]:gram[-1][2]], gram[0][1], gram[-1][2], "ngram"))
    return out


def discover_slogans(result: Any, min_releases: int = 3, top: int | None = None,
                     max_share: float = 0.5) -> "Any":
    """Rank recurring formulations that the slogan lexicon lacks (a pandas DataFrame).

    ``result``: a CorpusResult, or any iterable of Release / Analysis records (or dict rows
    with ``body``). ``min_releases``: a candidate must occur in at least this many releases.
    ``max_share``: phrases found in more than this share of releases are boilerplate.
    Columns: candidate, score, n_releases, n_sites, first_seen, last_seen, quoted_share,
    examples (up to three contexts), lang, cue, category (a guess), numbered.
    """
    import pandas as pd

    releases = _records(result)
    n_docs = len(releases)
    stats: dict[str, _Stats] = defaultdict(_Stats)
    for k, rel in enumerate(releases):
        rid = rel.id or f"#{k}"
        site = _site(rel)
        for text in (rel.title or "", rel.body):
            if not text:
                continue
            simp = to_simplified(text)
            covered = [(s.start, s.end) for s in find_slogans(text) if not s.novel]
            cands = _en_candidates(text)
            if re.search(r"[\u4e00-\u9fff]", simp):
                cands += _zh_candidates(text, simp)
            for phrase, start, end, cue in cands:
                if any(cs <= start and end <= ce for cs, ce in covered):
                    continue  # part of a known slogan
                if cue not in ("quoted", "parallel") and any(cs < end and start < ce for cs, ce in covered):
                    continue
                key = norm_key(phrase)
                if len(key) < 4:
                    continue
                st = stats[key]
                st.releases.add(rid)
                if site:
                    st.sites.add(site)
                if rel.date:
                    st.dates.append(rel.date)
                st.mentions += 1
                st.quoted += cue == "quoted"
                st.titlecase |= cue == "titlecase"
                st.parallel |= cue == "parallel"
                st.lang = "zh" if re.search(r"[\u4e00-\u9fff]", phrase) else "en"
                st.surface[phrase] = st.surface.get(phrase, 0) + 1
                if len(st.examples) < 3 and rid not in {e[0] for e in st.examples}:
                    st.examples.append((rid, _context(text, start, end)))
    _recount_unquoted(stats, releases)
    names = _official_names(result)
    kept = {k: s for k, s in stats.items()
            if len(s.releases) >= min_releases and len(s.releases) <= max(min_releases, max_share * n_docs)
            and lexicon_entry(max(s.surface, key=s.surface.get)) is None
            and _formulation_like(max(s.surface, key=s.surface.get), _cue(s))
            and not any(n in max(s.surface, key=s.surface.get) for n in names)}
    kept = _maximal(kept)
    rows = []
    for key, s in kept.items():
        n_rel = len(s.releases)
        surface = max(s.surface, key=s.surface.get)
        quoted_share = s.quoted / s.mentions if s.mentions else 0.0
        rec = math.log2(1 + n_rel) * (1 + 0.5 * math.log2(1 + len(s.sites)))
        cue = 1 + 2 * quoted_share + 0.5 * s.titlecase + 0.5 * s.parallel
        keyness = (s.mentions / n_rel) * math.log(1 + n_docs / n_rel)
        dates = sorted(d for d in s.dates if d)
        rows.append({"candidate": surface, "score": round(rec * cue * keyness, 4),
                     "n_releases": n_rel, "n_sites": len(s.sites),
                     "first_seen": dates[0] if dates else None,
                     "last_seen": dates[-1] if dates else None,
                     "quoted_share": round(quoted_share, 3),
                     "examples": [e for _, e in s.examples], "lang": s.lang,
                     "cue": _cue(s),
                     "category": guess_category(surface), "numbered": is_numbered(surface)})
    table = pd.DataFrame(rows, columns=COLUMNS)
    if len(table):
        table = table.sort_values(["score", "n_releases", "candidate"],
                                  ascending=[False, False, True]).reset_index(drop=True)
        for col in ("first_seen", "last_seen"):
            table[col] = pd.to_datetime(table[col], errors="coerce")
    table = table.astype({"candidate": "string", "n_releases": "Int64", "n_sites": "Int64",
                          "lang": "category", "cue": "category", "category": "category",
                          "numbered": "bool"})
    return table.head(top) if top else table


def _official_names(result: Any) -> set[str]:
    """Names of the officials the corpus mentions (a candidate holding one is not a formula)."""
    officials = getattr(result, "officials", None)
    if hasattr(officials, "columns") and "name" in officials:
        names = officials["name"].dropna().astype(str)
    else:
        items = result if isinstance(result, (list, tuple)) else []
        names = [o.name for a in items if isinstance(a, Analysis) for o in a.officials]
    return {n for n in names if len(n) >= 2 and (len(n) >= 4 or re.search(r"[\u4e00-\u9fff]", n))}


def _cue(s: _Stats) -> str:
    return "quoted" if s.quoted else "parallel" if s.parallel else \
        "titlecase" if s.titlecase else "ngram"


# jieba parts of speech that never belong in a formulation found by recurrence alone:
# numerals and measure words (余人参加, 个国家的), locatives (交流会上), particles, prepositions,
# conjunctions (出席并致辞),
# pronouns and organisation names
_NOT_IN_FORMULA = ("m", "q", "f", "u", "p", "r", "c", "nt", "x")
_CLAUSE_WORDS = frozenset("the a an was were is are be been has have had said says will would "
                          "to which who".split())


@functools.lru_cache(maxsize=50000)
def _formulation_like(phrase: str, cue: str) -> bool:
    """A candidate reads as a formulation, not a count, a name, a place, a post or an
    organisation. A numbered formula always does; a quoted or parallel phrase unless it names a
    place or a person; a phrase found by recurrence alone (n-gram, Title-Case run) must also
    hold no count, title, organisation head or clause words."""
    from .context import place_keys, title_concepts
    from .names import analyse_name
    from .orgtext import ends_with_org_head

    if is_numbered(phrase):
        return True
    zh = bool(re.search(r"[\u4e00-\u9fff]", phrase))
    words = phrase.split()
    if place_keys(phrase) or (not zh and 2 <= len(words) <= 3 and analyse_name(phrase).chinese):
        return False
    if cue in ("quoted", "parallel"):
        return True
    if re.search(r"\d", phrase) or ends_with_org_head(phrase) or any(
            not c.startswith("raw") for c in title_concepts(phrase)):
        return False
    if zh:
        load_jieba()
        import jieba.posseg

        tagged = jieba.posseg.lcut(to_simplified(phrase))
        return not any(t.flag.startswith(_NOT_IN_FORMULA) for t in tagged) and \
            tagged[-1].flag != "d"
    return not any(w.lower() in _CLAUSE_WORDS for w in words)


def _recount_unquoted(stats: dict[str, _Stats], releases: list[Release]) -> None:
    """A phrase seen in quotes (or as a parallel formula) also counts where it recurs unquoted."""
    cued = {k: s for k, s in stats.items() if s.quoted or s.parallel}
    if not cued:
        return
    texts = []
    for k, rel in enumerate(releases):
        text = "\n\n".join(t for t in (rel.title or "", rel.body) if t)
        texts.append((rel.id or f"#{k}", rel, text, to_simplified(text).lower()))
    for key, s in cued.items():
        for surface in list(s.surface):
            needle = to_simplified(surface).lower()
            for rid, rel, text, low in texts:
                if rid in s.releases:
                    continue
                at = low.find(needle)
                if at < 0:
                    continue
                s.releases.add(rid)
                s.mentions += 1
                site = _site(rel)
                if site:
                    s.sites.add(site)
                if rel.date:
                    s.dates.append(rel.date)
                if len(s.examples) < 3:
                    s.examples.append((rid, _context(text, at, at + len(needle))))


def _maximal(stats: dict[str, _Stats]) -> dict[str, _Stats]:
    """Drop a candidate contained in a longer kept one used in (nearly) the same releases, and
    a longer one that only adds a word or two to a much more frequent shorter one."""
    keys = sorted(stats, key=len, reverse=True)
    out: dict[str, _Stats] = {}
    for k in keys:
        s = stats[k]
        if any(k in longer and len(out[longer].releases) >= 0.8 * len(s.releases) for longer in out):
            continue
        out[k] = s
    return out


def promote(candidates: Any, path: str | Path, category: str | None = None) -> Path:
    """Append candidates to a user ``slogans.tsv`` (in folder ``path``, created if needed).

    ``candidates``: a discover_slogans DataFrame (its ``candidate`` column), a Series or a list
    of strings. ``category`` overrides the guessed one. Load the folder afterwards with
    ``pn.set_lexicon(pn.Lexicon.load(extra=[path]))`` or ``pressnlp --lexicon PATH``.
    """
    path = Path(path)
    target = path if path.suffix == ".tsv" else path / "slogans.tsv"
    target.parent.mkdir(parents=True, exist_ok=True)
    if hasattr(candidates, "columns"):
        phrases = [str(c) for c in candidates["candidate"]]
    else:
        phrases = [str(c) for c in candidates]
    lines = []
    for ph in phrases:
        ph = re.sub(r"[\t\n|]+", " ", ph).strip()
        if not ph:
            continue
        zh = bool(re.search(r"[\u4e00-\u9fff]", ph))
        canon = to_simplified(ph) if zh else ph
        cat = (category or guess_category(ph)).upper()
        numbered = "yes" if is_numbered(ph) else "no"
        lines.append("\t".join([canon, cat, numbered, "" if zh else ph, ph if zh else ""]))
    new = not target.exists() or not target.read_text(encoding="utf-8").strip()
    with target.open("a", encoding="utf-8") as fh:
        if new:
            fh.write("canonical\tcategory\tnumbered\ten\tzh\n")
        fh.writelines(line + "\n" for line in lines)
    return target


__all__ = ["discover_slogans", "promote", "COLUMNS"]
