"""ThemeClassifier: the lexicon scorer by default, TF-IDF + linear model after fit, sklearn API."""

import pickle

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.model_selection import GridSearchCV
from sklearn.pipeline import Pipeline

from pressnlp.classify import classify
from pressnlp.classify.themes import ThemeClassifier
from pressnlp.records import Analysis, Release

CONSULAR_EN = Release(
    title="Shenyang Holds New Year Reception for Consular Corps",
    language="en",
    paragraphs=(
        "On January 12, the Shenyang Municipal People's Government held a New Year reception for "
        "the consular corps in Shenyang. Consuls general and consular officers from 9 consulates "
        "general attended.",
        "The mayor said foreign-invested enterprises are welcome to share the opportunities of the "
        "city's business environment, and 30 investment projects were signed.",
    ))
PARTY_ZH = Release(
    title="市外办党组召开理论学习中心组学习会",
    language="zh",
    paragraphs=("7月30日，市外办党组召开理论学习中心组学习会，学习贯彻党的二十届三中全会精神。",
                "会议要求全体党员干部深刻领悟“两个确立”的决定性意义，坚持党管外事，推进全面从严治党。"))
SISTER_ZH = Release(
    title="我市与日本札幌市举行友好城市结好40周年视频会议",
    language="zh",
    paragraphs=("11月24日，我市与友好城市札幌市以视频方式举行结好40周年纪念活动。",
                "双方表示将继续深化友城交流，扩大青少年和经贸往来。"))


def test_lexicon_mode_gives_main_topic_first_with_scores():
    themes = ThemeClassifier().themes(CONSULAR_EN)
    labels = [t.label for t in themes]
    assert labels[0] == "CONSULAR" and "TRADE" in labels and len(labels) <= 4
    assert all(0 < t.score < 1 for t in themes)
    assert [t.label for t in ThemeClassifier().themes(PARTY_ZH)] == ["PARTY"]
    assert ThemeClassifier().themes(SISTER_ZH)[0].label == "SISTER"


def test_classify_gives_the_lexicon_classifier_themes_without_it():
    for rel in (CONSULAR_EN, PARTY_ZH, SISTER_ZH):
        themes, slogans = classify(rel)
        assert themes and themes == ThemeClassifier().themes(rel, slogans=slogans)


def test_non_releases_get_no_themes():
    static = Release(kind="static", title="Main Responsibilities", paragraphs=(
        "1. To organise the city's foreign affairs and consular work.",))
    assert ThemeClassifier().themes(static) == ()
    assert classify(static)[0] == ()


def test_inputs_texts_releases_and_analyses_agree():
    clf = ThemeClassifier()
    text = CONSULAR_EN.body
    a = clf.predict_labels([Analysis(release=CONSULAR_EN)])[0]
    assert a == clf.predict_labels([CONSULAR_EN])[0]
    assert "CONSULAR" in clf.predict_labels([text])[0]


def test_predict_is_indicator_matrix_over_classes():
    clf = ThemeClassifier().fit([CONSULAR_EN, PARTY_ZH])
    assert len(clf.classes_) == 16
    Y = clf.predict([CONSULAR_EN, PARTY_ZH, SISTER_ZH])
    assert Y.shape == (3, 16) and set(np.unique(Y)) <= {0, 1}
    party = list(clf.classes_).index("PARTY")
    assert Y[1, party] == 1
    P = clf.predict_proba([CONSULAR_EN])
    assert P.shape == (1, 16) and ((P >= 0) & (P < 1)).all()


def test_user_taxonomy_file(tmp_path):
    path = tmp_path / "tax.yaml"
    path.write_text("labels:\n  CLIMATE:\n    description: climate\n    threshold: 1.0\n"
                    "    en: {carbon neutrality: 3, emissions: 2}\n    zh: {碳中和: 3}\n"
                    "  HEALTH:\n    threshold: 1.0\n    en: {hospital: 3}\n", encoding="utf-8")
    clf = ThemeClassifier(taxonomy=str(path))
    assert clf.predict_labels(["The cities will cut emissions and reach carbon neutrality."]) == [("CLIMATE",)]
    assert clf.predict_labels(["一起推进碳中和。"]) == [("CLIMATE",)]


def _training_set():
    en = [("The consul general met the mayor at the consulate general reception.", ["CONSULAR"]),
          ("Foreign-invested enterprises signed investment projects worth RMB 2 billion.", ["TRADE"]),
          ("The sister city delegation renewed the friendship city agreement.", ["SISTER"]),
          ("Students and teachers joined the summer camp at the university.", ["EDU"])]
    zh = [("总领事出席新春招待会，领事团成员参加。", ["CONSULAR"]),
          ("外资企业签约项目，总投资亿元，优化营商环境。", ["TRADE"]),
          ("两市缔结友好城市关系，续签友城协议书。", ["SISTER"]),
          ("青少年夏令营在大学开营，学生参加交流。", ["EDU"])]
    X, y = [], []
    for k in range(3):
        for text, labels in en + zh:
            X.append(f"{text} (item {k})")
            y.append(labels)
    return X, y


def test_fit_mode_learns_and_blends_prior():
    X, y = _training_set()
    clf = ThemeClassifier(prior_weight=0.2).fit(X, y)
    assert clf.predict_labels(["The consul general visited the consulate."])[0][0] == "CONSULAR"
    assert clf.predict_labels(["学生们参加了夏令营。"])[0][0] == "EDU"
    assert clf.score(X, y) > 0.9


def test_sklearn_api_params_clone_pickle_pipeline_gridsearch():
    X, y = _training_set()
    clf = ThemeClassifier(C=5.0)
    assert clf.get_params()["C"] == 5.0
    assert clone(clf).get_params() == clf.get_params()
    fitted = clf.fit(X, y)
    restored = pickle.loads(pickle.dumps(fitted))
    assert (restored.predict(X) == fitted.predict(X)).all()
    pipe = Pipeline([("themes", ThemeClassifier(char_ngrams=False))]).fit(X, y)
    assert pipe.predict(X).shape == (len(X), len(pipe[-1].classes_))
    grid = GridSearchCV(ThemeClassifier(char_ngrams=False), {"prior_weight": [0.0, 0.3]}, cv=2)
    grid.fit(X, y)
    assert grid.best_params_["prior_weight"] in (0.0, 0.3)
    assert grid.best_score_ > 0.5


@pytest.mark.parametrize("bad", [None, "", 42])
def test_bad_inputs_do_not_raise(bad):
    assert ThemeClassifier().predict_labels([bad]) == [()]


def test_a_cue_counts_once_at_its_best_position_plus_its_repeats():
    from pressnlp.classify.taxonomy import load_taxonomy

    tax = load_taxonomy()
    assert all(tax.label_index[lab] == i for i, lab in enumerate(tax.labels))
    sister = tax.label_index["SISTER"]
    title = "Mayor Meets Guests from a Sister City"
    body = ("The sister city relationship was signed in 1995. Both sides reviewed the sister "
            "city exchanges in education.")
    once = tax.score_parts([(title, 3.0)])[sister]
    twice = tax.score_parts([(title, 3.0), (body, 1.0)])[sister]
    assert 0 < once < twice  # the title's weight, plus two repeats in the body
    body_only = tax.score_parts([(body, 1.0)])[sister]
    assert body_only < twice
