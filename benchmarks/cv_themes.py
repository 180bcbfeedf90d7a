"""Cross-validated micro-F1 of ThemeClassifier in fit mode on the devset (read at run time).

    python benchmarks/cv_themes.py [path/to/devset]   # default: ../shared/devset; or ../shared/realdev

Releases are built from the gold records (title, body paragraphs, language, kind), so the
figure measures the classifier alone; where the gold has no body (the real-page set, whose gold
marks only the body's ends) the page is parsed instead. Prints lexicon-mode F1 on the same releases for
comparison. Nothing from the devset is stored in the project.
"""

from __future__ import annotations

import json
import sys
import warnings
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score
from sklearn.model_selection import KFold

from pressnlp.classify.themes import ThemeClassifier
from pressnlp.parse import parse
from pressnlp.records import Release


def load(devset: Path) -> tuple[list[Release], list[list[str]]]:
    X, y = [], []
    for line in (devset / "gold.jsonl").read_text(encoding="utf-8").splitlines():
        g = json.loads(line)
        if g.get("kind") != "release":
            continue
        if "body" in g:   # the devset's gold carries the whole body
            X.append(Release(id=g["id"], title=g.get("title"), language=g.get("language"),
                             paragraphs=tuple((g.get("body") or "").split("\n\n"))))
        else:             # realdev's gold only marks the body's ends: parse the page itself
            X.append(parse((devset / g["path"]).read_bytes(), id=g["id"]))
        y.append([t["label"] if isinstance(t, dict) else t for t in g.get("themes") or []])
    return X, y


def main(devset: Path) -> None:
    warnings.filterwarnings("ignore")
    X, y = load(devset)
    lex = ThemeClassifier()
    classes = list(lex.labels_)
    Y = lex.binarize(y)
    print(f"lexicon mode        micro-F1 {f1_score(Y, lex.predict(X), average='micro'):.3f}  "
          f"macro-F1 {f1_score(Y, lex.predict(X), average='macro', zero_division=0):.3f}")
    for prior in (0.0, 0.3, 0.5):
        pred = np.zeros_like(Y)
        for train, test in KFold(n_splits=4, shuffle=True, random_state=0).split(X):
            clf = ThemeClassifier(prior_weight=prior).fit([X[i] for i in train], [y[i] for i in train])
            for i, labs in zip(test, clf.predict_labels([X[i] for i in test])):
                for lab in labs:
                    pred[i, classes.index(lab)] = 1
        print(f"fit, prior={prior:.1f}    4-fold micro-F1 {f1_score(Y, pred, average='micro'):.3f}  "
              f"macro-F1 {f1_score(Y, pred, average='macro', zero_division=0):.3f}")


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "devset")
