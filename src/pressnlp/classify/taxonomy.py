"""The theme taxonomy (``themes.yaml``) compiled into a fast weighted-cue scorer.

A cue is an English or Chinese phrase with a weight. A release's score for a label is the sum
of its cue weights, each weighted by position (title > first paragraph > rest), with a small
bonus for repeats, divided by the number of labels that share the cue (specificity) and
gently normalised by length. Per-label thresholds turn scores into labels.
"""

from __future__ import annotations

import bisect
import functools
import math
import re
from dataclasses import dataclass
from typing import Any


from ..lexicon import default_lexicon, on_lexicon_change, read_yaml_file
from ..script import to_simplified
from .matching import PatternSet, keyword_of, regex_keyword, without_pinyin

_WORD = re.compile(r"[A-Za-z]+")
_CJK = re.compile(r"[\u3400-\u9fff]")
_QUOTED = re.compile(r"[\"“「『][^\"“”「」『』\n]{1,60}[\"”」』]")


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
        best: dict[str, float] = {}
        count: dict[str, int] = {}
        cues: dict[str, list[tuple[int, float]]] = {}
        sources: list[tuple[PatternSet, str, list[int] | None]] = [(self.en_patterns, text, None)]
        if _CJK.search(text):
            clean, index = without_pinyin(to_simplified(text))
            sources.append((self.zh_patterns, clean, index))
        quoted_w = float(sc.get("quoted_weight", 1.0))
        quoted = [(m.start(), m.end()) for m in _QUOTED.finditer(text)] if quoted_w != 1.0 else []
        for ps, txt, index in sources:
            for start, end, (cue, label_weights) in ps.finditer(txt):
                if index is not None:
                    start, end = index[start], index[end - 1] + 1
                pos_w = parts[min(bisect.bisect_right(bounds, start), len(parts) - 1)][1]
                if quoted and any(qs <= start and end <= qe for qs, qe in quoted):
                    pos_w *= quoted_w  # a word of a quoted name ("Silk Road Night" gala)
                cues[cue] = label_weights
                best[cue] = max(best.get(cue, 0.0), pos_w)
                count[cue] = count.get(cue, 0) + 1
        scores = [0.0] * len(self.labels)
        for cue, pos_w in best.items():
            mult = pos_w + rep_w * min(count[cue] - 1, max_rep)
            for idx, w in cues[cue]:
                scores[idx] += w * mult
        index = {lab: i for i, lab in enumerate(self.labels)}
        for keys in slogan_keys or ():
            for key in keys:
                for lab, w in (self.slogan_cues.get(key) or {}).items():
                    if lab in index:
                        scores[index[lab]] += float(w)
        words = len(_WORD.findall(text)) + len(_CJK.findall(text)) // 2
        norm = math.sqrt(1.0 + words / float(sc.get("length_norm", 300)))
        scores = [s / norm for s in scores]
        for lab, damped in self.suppress.items():
            if lab in index and scores[index[lab]] >= self.thresholds[lab]:
                for other, factor in damped.items():
                    if other in index:
                        scores[index[other]] *= float(factor)
        return scores

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
            ps.add(_en_pattern(cue), keyword_of(cue, "en"), payload, len(cue))
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


@functools.lru_cache(maxsize=8)
def load_taxonomy(path: str | None = None) -> Taxonomy:
    """The bundled taxonomy (plus user ``themes.yaml`` files), or the one in ``path``."""
    if path is None:
        data = default_lexicon().yaml("themes.yaml")
    else:
        data = read_yaml_file(path)
    return build_taxonomy(data or {})


on_lexicon_change(load_taxonomy.cache_clear)
