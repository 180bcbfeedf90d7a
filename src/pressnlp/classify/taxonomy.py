"""The theme taxonomy (``themes.yaml``) compiled into a fast weighted-cue scorer.

A cue is an English or Chinese phrase with a weight. A release's score for a label is the sum
of its cue weights, each weighted by position (title > first paragraph > rest), with a small
bonus for repeats, divided by the number of labels that share the cue (specificity) and
gently normalised by length. Per-label thresholds turn scores into labels. The bundled
taxonomy (plus user ``themes.yaml`` files) is compiled once per lexicon
(``Taxonomy.from_lexicon``).
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from dataclasses import dataclass
from typing import Any, Sequence


from ..lexicon import Lexicon, default_grammar, read_yaml_file
from ..records import Analysis, Release
from ..script import to_simplified
from .matching import PatternSet, keyword_of, regex_keyword, without_pinyin

_CJK = re.compile(r"[\u3400-\u9fff]")
_QUOTED = re.compile(r"[\"“「『][^\"“”「」『』\n]{1,60}[\"”」』]")
_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_PARA_SPLIT = re.compile(r"\n\s*\n")
NON_RELEASE_KINDS = ("list", "static", "document", "error")


def as_release(x: Any) -> Release | None:
    if isinstance(x, Analysis):
        return x.release
    return x if isinstance(x, Release) else None


def is_release(x: Any) -> bool:
    """False for list, static, document and error pages (they get no themes)."""
    rel = as_release(x)
    return rel is None or rel.kind not in NON_RELEASE_KINDS


def text_parts(x: Any, scoring: dict[str, float] | None = None) -> list[tuple[str, float]]:
    """(text, position weight) parts of a text, Release or Analysis: title, lead, rest."""
    sc = scoring or {}
    tw, lw, bw = sc.get("title_weight", 3.0), sc.get("lead_weight", 1.6), sc.get("body_weight", 1.0)
    rel = as_release(x)
    if rel is not None:
        title, paras = rel.title or "", [p for p in rel.paragraphs if p.strip()]
    else:
        title, paras = "", [p for p in _PARA_SPLIT.split(str(x or "")) if p.strip()]
    parts: list[tuple[str, float]] = [(title, tw)] if title else []
    if paras:
        # on a bilingual paragraph-pair page the second paragraph is the lead's translation
        lead_n = 2 if len(paras) > 2 and _is_cjk(paras[0]) != _is_cjk(paras[1]) else 1
        parts += [(p, lw) for p in paras[:lead_n]] + [(p, bw) for p in paras[lead_n:]]
    return parts


# one byte a letter: each run of ASCII letters becomes a word, every other byte of the UTF-8
# text (all bytes of a non-ASCII character) a space
_LETTER_BYTES = bytes(0x61 if chr(b).isascii() and chr(b).isalpha() else 0x20 for b in range(256))


def _inside_one(spans: list[tuple[int, int]], starts: list[int], start: int, end: int) -> bool:
    """Does one of the non-overlapping ``spans`` (in order; ``starts``: their starts) hold
    start–end? Only the last span starting at or before ``start`` can."""
    k = bisect.bisect_right(starts, start) - 1
    return k >= 0 and end <= spans[k][1]


def _length_in_words(text: str) -> int:
    """Words of a text: its runs of Latin letters, plus half its Chinese characters."""
    letters = text.encode("utf-8").translate(_LETTER_BYTES)
    latin = letters.count(b" a") + letters.startswith(b"a")  # the runs' beginnings
    han = 0 if text.isascii() else sum(map(len, _CJK_RUN.findall(text)))
    return latin + han // 2


def _is_cjk(text: str) -> bool:
    """More than 20 Chinese characters among the first 200."""
    return sum(map(len, _CJK_RUN.findall(text[:200]))) > 20


@dataclass(frozen=True)
class Taxonomy:
    """Labels in file order, their descriptions, thresholds and the compiled cue matchers."""

    labels: tuple[str, ...]
    descriptions: dict[str, str]
    thresholds: dict[str, float]
    scoring: dict[str, float]
    en_patterns: PatternSet   # payload: (cue key, [(label index, weight)])
    zh_patterns: PatternSet
    slogan_cues: dict[str, dict[str, float]]   # slogan category → {label: weight}
    suppress: dict[str, dict[str, float]]      # passing label → {damped label: factor}

    @functools.cached_property
    def label_index(self) -> dict[str, int]:
        """Label → its index in ``labels``."""
        return {lab: i for i, lab in enumerate(self.labels)}

    @classmethod
    def from_lexicon(cls, lexicon: Lexicon) -> Taxonomy:
        """The taxonomy of ``lexicon``'s ``themes.yaml``."""
        return build_taxonomy(lexicon.yaml("themes.yaml") or {})

    def score_parts(self, parts: list[tuple[str, float]],
                    slogan_keys: list[list[str]] | None = None) -> list[float]:
        """Raw label scores of text parts given as (text, position weight), plus the evidence
        of the release's slogans (one entry a distinct slogan: its canonical form and
        category, each looked up in ``slogan_cues``)."""
        sc = self.scoring
        rep_w, max_rep = float(sc.get("repeat_weight", 0.35)), int(sc.get("max_repeats", 3))
        parts = [(t, w) for t, w in parts if t]
        text = "\n\n".join(t for t, _ in parts)
        bounds, pos = [], 0
        for t, _ in parts:
            pos += len(t) + 2
            bounds.append(pos)
        sources: list[tuple[PatternSet, str, list[int] | None]] = [(self.en_patterns, text, None)]
        if not text.isascii() and _CJK.search(text):
            clean, index = without_pinyin(to_simplified(text))
            sources.append((self.zh_patterns, clean, index))
        quoted_w = float(sc.get("quoted_weight", 1.0))
        quoted = [m.span() for m in _QUOTED.finditer(text)] if quoted_w != 1.0 else []
        quote_starts = [qs for qs, _ in quoted]
        weights = [w for _, w in parts]
        hits: dict[str, list[Any]] = {}  # cue → [its label weights, best position weight, count]
        for ps, txt, index in sources:
            for start, end, (cue, label_weights) in ps.finditer(txt):
                if index is not None:
                    start, end = index[start], index[end - 1] + 1
                # a match starts before the text's end, so inside the last part at most
                pos_w = weights[bisect.bisect_right(bounds, start)]
                if quoted and _inside_one(quoted, quote_starts, start, end):
                    pos_w *= quoted_w  # a word of a quoted name ("Silk Road Night" gala)
                hit = hits.get(cue)
                if hit is None:
                    hits[cue] = [label_weights, max(0.0, pos_w), 1]
                else:
                    hit[1] = max(hit[1], pos_w)
                    hit[2] += 1
        scores = [0.0] * len(self.labels)
        for label_weights, pos_w, n in hits.values():
            mult = pos_w + rep_w * min(n - 1, max_rep)
            for idx, w in label_weights:
                scores[idx] += w * mult
        index = self.label_index
        for keys in slogan_keys or ():
            for key in keys:
                for lab, w in (self.slogan_cues.get(key) or {}).items():
                    if lab in index:
                        scores[index[lab]] += float(w)
        norm = math.sqrt(1.0 + _length_in_words(text) / float(sc.get("length_norm", 300)))
        scores = [s / norm for s in scores]
        for lab, damped in self.suppress.items():
            if lab in index and scores[index[lab]] >= self.thresholds[lab]:
                for other, factor in damped.items():
                    if other in index:
                        scores[index[other]] *= float(factor)
        return scores

    def raw_scores(self, x: Any, slogans: Sequence[Any] | None = None) -> list[float]:
        """Raw label scores of one text, Release or Analysis (all 0 for a non-release);
        ``slogans``: its Slogan list when already known (else found here, if the taxonomy
        gives slogans weight)."""
        if not is_release(x):
            return [0.0] * len(self.labels)
        keys = None
        if self.slogan_cues:
            found = slogans if slogans is not None else _slogans_of(x)
            distinct = {s.canonical or s.text: s.category for s in found}
            keys = [[key for key in (canon, cat) if key] for canon, cat in distinct.items()]
        return self.score_parts(text_parts(x, self.scoring), keys)

    def select(self, raw_row: Sequence[float], max_labels: int = 4) -> list[tuple[int, float]]:
        """(label index, probability) chosen from one row of raw scores, best first."""
        sc = self.scoring
        order = sorted(range(len(raw_row)), key=lambda i: -raw_row[i])
        if not order or raw_row[order[0]] < sc.get("min_top_score", 1.0):
            return []
        top = raw_row[order[0]]
        if top < self.thresholds[self.labels[order[0]]] * sc.get("min_top_ratio", 0.0):
            return []   # a single label below its threshold is not given alone
        cut = sc.get("relative_cut", 0.22) * top
        limit = min(max_labels, int(sc.get("max_labels", 4)))
        chosen = [order[0]]
        for i in order[1:]:
            if len(chosen) >= limit:
                break
            if raw_row[i] >= self.thresholds[self.labels[i]] and raw_row[i] >= cut:
                chosen.append(i)
        return [(i, self.probability(i, raw_row[i])) for i in chosen]

    def probability(self, label_index: int, score: float) -> float:
        """Calibrated score in [0, 1): 0.5 exactly at the label's threshold."""
        thr = self.thresholds[self.labels[label_index]]
        return 1.0 - math.exp(-score * math.log(2) / thr) if score > 0 else 0.0


def _en_pattern(cue: str) -> str:
    if cue.startswith("re:"):
        return cue[3:]
    words = re.split(r"[\s\-]+", cue.strip())
    parts = [r"(?:and|&)" if w.lower() == "and" else re.escape(w).replace("'", "['’]?")
             for w in words if w]
    body = r"[\s\-‐–]+(?:the\s+)?".join(parts)
    if words and words[-1][-1:].isalpha():
        body += r"(?:s|es)?"
    lead = r"\b" if cue[:1].isalnum() else ""
    tail = r"\b" if cue[-1:].isalnum() else ""
    return f"{lead}{body}{tail}"


def _en_required_words(cue: str) -> set[str]:
    """Lower-case words that every match of an EN cue contains whole: its plain ASCII words
    except "and" (which may be "&")."""
    words = {w.lower() for w in re.split(r"[\s\-]+", cue.strip())}
    return {w for w in words if w != "and" and re.fullmatch(r"[a-z0-9]+", w)}


def _compile(entries: dict[str, dict[str, float]], labels: list[str], lang: str) -> PatternSet:
    """One keyword-filtered pattern a cue; a cue shared by k labels counts 1/k for each."""
    by_cue: dict[str, list[tuple[int, float]]] = {}
    for li, label in enumerate(labels):
        for cue, w in (entries.get(label) or {}).items():
            cue = str(cue).strip()
            if not cue:
                continue
            key = cue if cue.startswith("re:") or lang == "zh" else cue.lower()
            by_cue.setdefault(key, []).append((li, float(w)))
    ps = PatternSet(flags=re.IGNORECASE if lang == "en" else 0, lower=(lang == "en"))
    for cue, lws in by_cue.items():
        shared = len({li for li, _ in lws})
        payload = (cue, [(li, w / shared) for li, w in lws])
        if cue.startswith("re:"):
            ps.add(cue[3:], regex_keyword(cue[3:], lang), payload)
        elif lang == "en":
            ps.add(_en_pattern(cue), keyword_of(cue, "en"), payload, len(cue), _en_required_words(cue))
        else:
            simp = to_simplified(cue)
            ps.add(re.escape(simp), simp, payload, len(simp))
    return ps


def build_taxonomy(data: dict[str, Any]) -> Taxonomy:
    """Compile a parsed taxonomy mapping (the shape of ``themes.yaml``)."""
    labels_data = data.get("labels") or {}
    labels = [str(k) for k in labels_data]
    en = {lab: (labels_data[lab] or {}).get("en") or {} for lab in labels}
    zh = {lab: (labels_data[lab] or {}).get("zh") or {} for lab in labels}
    en_ps = _compile(en, labels, "en")
    zh_ps = _compile(zh, labels, "zh")
    return Taxonomy(
        labels=tuple(labels),
        descriptions={lab: str((labels_data[lab] or {}).get("description", "")) for lab in labels},
        thresholds={lab: float((labels_data[lab] or {}).get("threshold", 3.0)) for lab in labels},
        scoring={k: float(v) for k, v in (data.get("scoring") or {}).items()},
        en_patterns=en_ps, zh_patterns=zh_ps,
        slogan_cues={str(k): dict(v or {}) for k, v in (data.get("slogan_cues") or {}).items()},
        suppress={str(k): dict(v or {}) for k, v in (data.get("suppress") or {}).items()})


def load_taxonomy(path: str | None = None) -> Taxonomy:
    """The taxonomy of the process-wide lexicon (bundled plus user ``themes.yaml`` files), or
    the one in the file ``path``."""
    return default_grammar(Taxonomy) if path is None else _taxonomy_file(path)


@functools.lru_cache(maxsize=8)
def _taxonomy_file(path: str) -> Taxonomy:
    """A user's own taxonomy file, compiled once a process."""
    return build_taxonomy(read_yaml_file(path) or {})


def lexicon_themes(x: Any, slogans: Sequence[Any] | None = None, max_labels: int = 4,
                   taxonomy: Taxonomy | None = None) -> list[tuple[str, float]]:
    """(label, score) of one text, Release or Analysis with the lexicon scorer of
    ``taxonomy`` (None: the process-wide lexicon's), main topic first: ``ThemeClassifier()``'s
    answer without importing scikit-learn."""
    tax = taxonomy if taxonomy is not None else load_taxonomy(None)
    return [(tax.labels[i], round(p, 3)) for i, p in tax.select(tax.raw_scores(x, slogans), max_labels)]


def _slogans_of(x: Any) -> list[Any]:
    from .slogans import find_slogans, release_slogans

    rel = as_release(x)
    if rel is not None:
        return release_slogans(rel)
    return find_slogans(str(x or ""))
