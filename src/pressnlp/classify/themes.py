"""``ThemeClassifier``: the 16-label theme taxonomy as a scikit-learn estimator.

Default (no training data): the lexicon scorer of ``themes.yaml`` (``taxonomy.py``) — weighted cue phrases,
position-weighted (title and first paragraph count more), with calibrated per-label
thresholds, giving 1–4 labels a release. ``fit(X, label_sets)`` trains TF-IDF (word n-grams,
jieba tokens for Chinese, character n-grams) with a one-vs-rest linear model, optionally
blended with the lexicon prior.

    clf = ThemeClassifier()                       # lexicon mode, no fit needed
    clf.predict_labels([release])                 # → [("CONSULAR", "TRADE")]
    clf.fit(texts, label_sets).predict(texts)     # → binary indicator matrix, columns classes_
"""

from __future__ import annotations

import re
from typing import Any, Iterable, Sequence

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin

from ..records import Theme
from .taxonomy import (NON_RELEASE_KINDS, Taxonomy, as_release, is_release, load_taxonomy,
                       text_parts)

_CJK_RUN = re.compile(r"[\u3400-\u9fff]+")
_LATIN_TOKEN = re.compile(r"[A-Za-z][A-Za-z'’\-]*[A-Za-z]|[A-Za-z]|\d+")


def plain_text(x: Any) -> str:
    """Title and body of a text, Release or Analysis as one string (for TF-IDF)."""
    rel = as_release(x)
    if rel is None:
        return str(x or "")
    return "\n\n".join(t for t in (rel.title or "", rel.body) if t)


def bilingual_tokens(text: str) -> list[str]:
    """Lower-cased Latin words and jieba tokens of Chinese runs (a TF-IDF analyzer)."""
    import jieba

    out: list[str] = []
    pos = 0
    for m in _CJK_RUN.finditer(text):
        out += [t.lower() for t in _LATIN_TOKEN.findall(text[pos:m.start()])]
        out += [t for t in jieba.lcut(m.group()) if t.strip()]
        pos = m.end()
    out += [t.lower() for t in _LATIN_TOKEN.findall(text[pos:])]
    return out


def _word_ngrams(text: str) -> list[str]:
    toks = bilingual_tokens(text)
    return toks + [f"{a} {b}" for a, b in zip(toks, toks[1:])]


def _is_indicator(y: Any) -> bool:
    arr = np.asarray(y, dtype=object) if not hasattr(y, "shape") else y
    return getattr(arr, "ndim", 1) == 2 and all(v in (0, 1, True, False) for v in np.ravel(arr)[:50])


class ThemeClassifier(ClassifierMixin, BaseEstimator):
    """Multi-label theme classifier over texts, Releases or Analyses.

    Parameters
    ----------
    taxonomy : path of a taxonomy YAML (the shape of ``resources/themes.yaml``); None = bundled.
    mode : "auto" (lexicon until fitted with labels, then the trained model), "lexicon" or "model".
    prior_weight : weight of the lexicon probabilities blended into the trained model's (0–1).
    max_labels : at most this many labels a release (the genre has 1–4).
    C : inverse regularisation of the logistic-regression models.
    char_ngrams : add character 2–4-grams to the word n-grams (helps Chinese and variants).
    """

    def __init__(self, taxonomy: str | None = None, mode: str = "auto", prior_weight: float = 0.5,
                 max_labels: int = 4, C: float = 10.0, char_ngrams: bool = True) -> None:
        self.taxonomy = taxonomy
        self.mode = mode
        self.prior_weight = prior_weight
        self.max_labels = max_labels
        self.C = C
        self.char_ngrams = char_ngrams

    # ---- taxonomy / lexicon scorer -------------------------------------------------------
    def _tax(self) -> Taxonomy:
        return load_taxonomy(self.taxonomy)

    @property
    def labels_(self) -> tuple[str, ...]:
        if hasattr(self, "classes_"):
            return tuple(self.classes_)
        return self._tax().labels

    def lexicon_scores(self, X: Iterable[Any], slogans: Sequence[Any] | None = None) -> np.ndarray:
        """Raw lexicon scores, one row a document, columns in taxonomy order.

        ``slogans``: the documents' Slogan lists when already known (else found here, if the
        taxonomy gives slogans weight)."""
        tax = self._tax()
        X = list(X)
        rows = [tax.raw_scores(x, None if slogans is None else slogans[k]) for k, x in enumerate(X)]
        return np.asarray(rows, dtype=float).reshape(len(rows), len(tax.labels))

    def _lexicon_proba(self, X: Sequence[Any], classes: Sequence[str]) -> np.ndarray:
        tax = self._tax()
        raw = self.lexicon_scores(X)
        out = np.zeros((len(X), len(classes)))
        index = {lab: i for i, lab in enumerate(tax.labels)}
        for j, lab in enumerate(classes):
            if lab in index:
                i = index[lab]
                out[:, j] = [tax.probability(i, s) for s in raw[:, i]]
        return out

    def _lexicon_select(self, raw_row: Sequence[float]) -> list[tuple[int, float]]:
        """Label indices chosen from one row of raw lexicon scores, best first."""
        return self._tax().select(raw_row, self.max_labels)

    # ---- scikit-learn API --------------------------------------------------------------
    def fit(self, X: Iterable[Any], y: Any = None) -> "ThemeClassifier":
        """Train on texts/Releases and label sets (or a binary indicator matrix).

        With ``y=None`` (or ``mode="lexicon"``) nothing is learnt: the lexicon scorer is used.
        """
        from sklearn.preprocessing import MultiLabelBinarizer

        X = list(X)
        tax_labels = list(self._tax().labels)
        if y is None or self.mode == "lexicon":
            self.classes_ = np.asarray(tax_labels, dtype=object)
            self.model_ = None
            return self
        if _is_indicator(y):
            Y = np.asarray(y, dtype=int)
            classes = list(getattr(self, "classes_", tax_labels))[: Y.shape[1]]
            if len(classes) != Y.shape[1]:
                classes = tax_labels[: Y.shape[1]]
        else:
            sets = [[str(v) for v in (ys if not isinstance(ys, str) else [ys])] for ys in y]
            seen = {lab for s in sets for lab in s}
            mlb = MultiLabelBinarizer(classes=[lab for lab in tax_labels if lab in seen]
                                      + sorted(seen - set(tax_labels)))
            Y = mlb.fit_transform(sets)
            classes = list(mlb.classes_)
        self.classes_ = np.asarray(classes, dtype=object)
        self.model_ = self._build_model().fit([plain_text(x) for x in X], Y)
        return self

    def _build_model(self) -> Any:
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.multiclass import OneVsRestClassifier
        from sklearn.pipeline import FeatureUnion, Pipeline

        feats = [("words", TfidfVectorizer(analyzer=_word_ngrams, sublinear_tf=True, min_df=1))]
        if self.char_ngrams:
            feats.append(("chars", TfidfVectorizer(analyzer="char_wb", ngram_range=(2, 4),
                                                   sublinear_tf=True, min_df=2, max_features=60000)))
        clf = OneVsRestClassifier(LogisticRegression(C=self.C, max_iter=2000,
                                                     class_weight="balanced"))
        return Pipeline([("features", FeatureUnion(feats)), ("clf", clf)])

    def _use_model(self) -> bool:
        return self.mode != "lexicon" and getattr(self, "model_", None) is not None

    def predict_proba(self, X: Iterable[Any]) -> np.ndarray:
        """Per-label probabilities, one row a document, columns ``classes_``."""
        X = list(X)
        classes = list(self.labels_)
        if not self._use_model():
            return self._lexicon_proba(X, classes)
        proba = _ovr_proba(self.model_, [plain_text(x) for x in X])
        if self.prior_weight:
            proba = (1 - self.prior_weight) * proba + self.prior_weight * self._lexicon_proba(X, classes)
        mask = np.asarray([is_release(x) for x in X], dtype=float)[:, None]
        return proba * mask

    def predict_scored(self, X: Iterable[Any], slogans: Sequence[Any] | None = None
                       ) -> list[list[tuple[str, float]]]:
        """Labels with scores for each document, main topic first (``[]`` for non-releases)."""
        X = list(X)
        if not self._use_model():
            tax = self._tax()
            raw = self.lexicon_scores(X, slogans)
            return [[(tax.labels[i], round(p, 3)) for i, p in self._lexicon_select(row)]
                    for row in raw]
        classes = list(self.labels_)
        out = []
        for x, row in zip(X, self.predict_proba(X)):
            if not is_release(x):
                out.append([])
                continue
            order = [j for j in np.argsort(-row) if row[j] >= 0.5][: self.max_labels]
            if not order and row.max() > 0:
                order = [int(np.argmax(row))]
            out.append([(classes[j], round(float(row[j]), 3)) for j in order])
        return out

    def predict_labels(self, X: Iterable[Any]) -> list[tuple[str, ...]]:
        """Label sets, main topic first."""
        return [tuple(lab for lab, _ in row) for row in self.predict_scored(X)]

    def predict(self, X: Iterable[Any]) -> np.ndarray:
        """Binary indicator matrix, columns ``classes_``."""
        classes = list(self.labels_)
        rows = self.predict_labels(X)
        out = np.zeros((len(rows), len(classes)), dtype=int)
        index = {lab: j for j, lab in enumerate(classes)}
        for i, labs in enumerate(rows):
            for lab in labs:
                out[i, index[lab]] = 1
        return out

    def themes(self, x: Any, slogans: Sequence[Any] | None = None) -> tuple[Theme, ...]:
        """The ``Theme`` records of one text, Release or Analysis (``slogans``: its slogans,
        when already found)."""
        found = None if slogans is None else [list(slogans)]
        return tuple(Theme(label=lab, score=s) for lab, s in self.predict_scored([x], found)[0])

    def binarize(self, label_sets: Iterable[Iterable[str]]) -> np.ndarray:
        """Label sets → indicator matrix over ``classes_`` (for GridSearchCV's ``y``)."""
        classes = list(self.labels_)
        index = {lab: j for j, lab in enumerate(classes)}
        sets = list(label_sets)
        out = np.zeros((len(sets), len(classes)), dtype=int)
        for i, labs in enumerate(sets):
            for lab in labs:
                if lab in index:
                    out[i, index[lab]] = 1
        return out

    def score(self, X: Iterable[Any], y: Any, sample_weight: Any = None) -> float:
        """Micro-averaged F1 over labels (y: label sets or an indicator matrix)."""
        from sklearn.metrics import f1_score

        X = list(X)
        Y = np.asarray(y, dtype=int) if _is_indicator(y) else self.binarize(y)
        return float(f1_score(Y, self.predict(X), average="micro", zero_division=0,
                              sample_weight=sample_weight))

    def __sklearn_tags__(self) -> Any:
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        tags.target_tags.multi_output = True
        tags.classifier_tags.multi_label = True
        return tags


def _ovr_proba(model: Any, texts: list[str]) -> np.ndarray:
    """Probabilities of a one-vs-rest pipeline; constant columns (a label never or always
    seen in training) come back as 0 / 1."""
    proba = model.predict_proba(texts)
    return np.asarray(proba, dtype=float)


__all__ = ["ThemeClassifier", "text_parts", "bilingual_tokens", "NON_RELEASE_KINDS"]
