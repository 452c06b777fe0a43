"""The estimator follows scikit-learn's conventions: clone, get_params, NotFittedError, save/load, Pipeline."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.base import clone
from sklearn.exceptions import NotFittedError
from sklearn.pipeline import Pipeline

from stance.corpus import read_labelled
from stance.errors import DataError, ModelError
from stance.model import StanceModel, load_model


@pytest.fixture(scope="module")
def tiny(tiny_labelled):
    frame = read_labelled(tiny_labelled)
    return frame["statement"].tolist(), frame["stance"].tolist()


def test_clone_round_trips_parameters():
    model = StanceModel(C=2.5, word_ngram_range=(1, 3), char_ngram_range=(2, 4))
    copy = clone(model)
    assert copy.get_params() == model.get_params()
    assert copy is not model


def test_init_stores_parameters_only():
    model = StanceModel(C=0.1)
    assert not [name for name in vars(model) if name.endswith("_")]


@pytest.mark.parametrize("method", ["predict", "predict_proba", "explain"])
def test_using_before_fit_raises_not_fitted(method):
    with pytest.raises(NotFittedError):
        getattr(StanceModel(), method)(["The ministry condemned the strikes"])


def test_fit_returns_self_and_learns_classes(tiny):
    texts, labels = tiny
    model = StanceModel()
    assert model.fit(texts, labels) is model
    assert set(model.classes_) == {"condemning", "supporting", "ambiguous"}


def test_predict_proba_rows_sum_to_one(tiny):
    texts, labels = tiny
    proba = StanceModel().fit(texts, labels).predict_proba(["We reject the strikes", "They welcomed it"])
    assert proba.shape == (2, 3)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0, rtol=1e-6)


def test_identical_predictions_after_save_and_load(tiny, tmp_path):
    texts, labels = tiny
    model = StanceModel().fit(texts, labels)
    path = model.save(tmp_path / "m.joblib", {"note": "test"})
    loaded, card = load_model(path)
    probe = ["The envoy condemned the coup", "Both sides should talk", "We back the operation fully"]
    np.testing.assert_array_equal(model.predict_proba(probe), loaded.predict_proba(probe))
    assert card["note"] == "test" and (tmp_path / "m.card.json").exists()


def test_training_is_deterministic(tiny):
    texts, labels = tiny
    probe = ["Officials denounced the annexation", "We urge calm"]
    first = StanceModel().fit(texts, labels).predict_proba(probe)
    second = StanceModel().fit(texts, labels).predict_proba(probe)
    np.testing.assert_array_equal(first, second)


def test_works_inside_a_pipeline(tiny):
    from sklearn.preprocessing import FunctionTransformer

    texts, labels = tiny
    pipeline = Pipeline([("strip", FunctionTransformer(lambda xs: [x.strip() for x in xs])), ("stance", StanceModel())])
    pipeline.fit(texts, labels)
    assert pipeline.predict(["  We condemn the strikes  "]).shape == (1,)


@pytest.mark.parametrize(
    "labels, message",
    [
        (["condemning"] * 12, "only one class"),
        (["condemning", "supporting", "angry"] * 4, "unknown label 'angry'"),
    ],
    ids=["one-class", "unknown-label"],
)
def test_fit_rejects_bad_labels(tiny, labels, message):
    texts, _ = tiny
    with pytest.raises(DataError, match=message):
        StanceModel().fit(texts, labels)


def test_explain_names_features_that_push_toward_the_label(tiny):
    texts, labels = tiny
    model = StanceModel().fit(texts, labels)
    [explanation] = model.explain(["The ministry condemned the strikes"])
    assert explanation and all(weight > 0 for _, weight in explanation)


@pytest.mark.parametrize(
    "content, message",
    [(b"", "corrupt"), (b"not a pickle at all", "corrupt")],
    ids=["empty-file", "garbage"],
)
def test_load_refuses_corrupt_files(tmp_path, content, message):
    path = tmp_path / "bad.joblib"
    path.write_bytes(content)
    with pytest.raises(ModelError, match=message):
        load_model(path)


def test_load_refuses_missing_file(tmp_path):
    with pytest.raises(ModelError, match="not found.*stance train"):
        load_model(tmp_path / "absent.joblib")


def test_load_refuses_other_sklearn_version(tiny, tmp_path, monkeypatch):
    texts, labels = tiny
    path = StanceModel().fit(texts, labels).save(tmp_path / "m.joblib")
    import sklearn

    monkeypatch.setattr(sklearn, "__version__", "0.0.1")
    with pytest.raises(ModelError, match="scikit-learn .* retrain"):
        load_model(path)


def test_statement_vectoriser_gives_the_same_matrix_as_tfidf_vectoriser(tiny):
    from sklearn.feature_extraction.text import TfidfVectorizer

    model = StanceModel(use_context=False).fit(*tiny)
    fitted = model.pipeline_.named_steps["features"].named_transformers_["words"]
    reference = TfidfVectorizer()
    reference.__dict__.update(fitted.__dict__)
    texts = ["Peru condemned the strikes", "not a word it knows", "", "the the the strikes strikes"]
    fast, slow = fitted.transform(texts), reference.transform(texts)
    assert fast.shape == slow.shape
    assert (fast != slow).nnz == 0


@pytest.fixture(scope="module")
def tiny_matrix(tiny):
    from sklearn.feature_extraction.text import TfidfVectorizer

    texts, labels = tiny
    return TfidfVectorizer().fit_transform(texts), np.asarray(labels, dtype=object)


def test_nb_logistic_regression_with_no_nb_share_is_plain_logistic_regression(tiny_matrix):
    from sklearn.linear_model import LogisticRegression

    from stance.linear import NBLogisticRegression

    X, y = tiny_matrix
    mixed = NBLogisticRegression(C=4.0, nb_weight=0.0).fit(X, y)
    plain = LogisticRegression(C=4.0, class_weight="balanced", max_iter=2000).fit(X, y)
    np.testing.assert_allclose(mixed.predict_proba(X), plain.predict_proba(X))


@pytest.mark.parametrize("nb_weight", [0.0, 0.5, 1.0])
def test_nb_logistic_regression_gives_probabilities_and_fits_its_training_rows(tiny_matrix, nb_weight):
    from stance.linear import NBLogisticRegression

    X, y = tiny_matrix
    model = NBLogisticRegression(C=16.0, nb_weight=nb_weight).fit(X, y)
    proba = model.predict_proba(X)
    np.testing.assert_allclose(proba.sum(axis=1), 1.0)
    assert (model.predict(X) == y).mean() > 0.9
    assert model.coef_.shape == (len(model.classes_), X.shape[1])


def test_nb_logistic_regression_clones_and_refuses_to_predict_before_fit(tiny_matrix):
    from stance.linear import NBLogisticRegression

    model = NBLogisticRegression(C=2.0, nb_weight=0.3, alpha=0.5)
    assert clone(model).get_params() == model.get_params()
    with pytest.raises(NotFittedError):
        model.predict(tiny_matrix[0])
