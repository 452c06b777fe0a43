"""Measuring the classifier honestly: cross-validation grouped by event, baselines, and extraction scores.

Every number here comes from predictions on events the model did not learn from: the outer folds are a
``GroupKFold`` over the ``event`` column, and hyper-parameters are chosen by an inner ``GroupKFold`` on the
training events of each fold only (nested cross-validation).
"""

from __future__ import annotations

from typing import Any, Sequence

import numpy as np

from stance.errors import DataError
from stance.model import CONTEXT_COLUMNS, LABELS, ROLES_COLUMN, StanceModel

PARAM_GRID: dict[str, list[Any]] = {"C": [4.0, 8.0]}


def metrics(y_true: Sequence[str] | np.ndarray, y_pred: Sequence[str] | np.ndarray, proba: np.ndarray | None = None
            ) -> dict[str, Any]:
    """Per-class precision/recall/F1, macro-F1, accuracy and the confusion matrix (rows true, columns predicted)."""
    from sklearn.metrics import confusion_matrix, precision_recall_fscore_support

    labels = list(LABELS)
    precision, recall, f1, support = precision_recall_fscore_support(
        y_true, y_pred, labels=labels, zero_division=0
    )
    result: dict[str, Any] = {
        "n": int(len(y_true)),
        "accuracy": round(float(np.mean(np.asarray(y_true) == np.asarray(y_pred))), 4),
        "macro_f1": round(float(np.mean(f1)), 4),
        "per_class": {
            label: {
                "precision": round(float(p), 4), "recall": round(float(r), 4), "f1": round(float(f), 4),
                "support": int(s),
            }
            for label, p, r, f, s in zip(labels, precision, recall, f1, support)
        },
        "labels": labels,
        "confusion_matrix": confusion_matrix(y_true, y_pred, labels=labels).tolist(),
    }
    if proba is not None:
        result["expected_calibration_error"] = round(expected_calibration_error(y_true, proba), 4)
    return result


def expected_calibration_error(y_true: Sequence[str] | np.ndarray, proba: np.ndarray, bins: int = 10) -> float:
    """Mean gap between confidence and accuracy over equal-width confidence bins, weighted by bin size."""
    confidence = proba.max(axis=1)
    correct = np.asarray(LABELS, dtype=object)[proba.argmax(axis=1)] == np.asarray(y_true, dtype=object)
    edges = np.linspace(0, 1, bins + 1)
    total = 0.0
    for low, high in zip(edges[:-1], edges[1:]):
        inside = (confidence > low) & (confidence <= high)
        if inside.any():
            total += inside.mean() * abs(correct[inside].mean() - confidence[inside].mean())
    return float(total)


def select_params(texts: Any, labels: np.ndarray, groups: np.ndarray, n_splits: int = 3) -> dict[str, Any]:
    """Choose hyper-parameters by macro-F1 under GroupKFold on the given (training) events only."""
    return select_params_many(texts, labels, groups, [np.arange(len(labels))], n_splits)[0]


def select_params_many(texts: Any, labels: np.ndarray, groups: np.ndarray, subsets: list[np.ndarray],
                       n_splits: int = 3) -> list[dict[str, Any]]:
    """:func:`select_params` for each subset of rows (the training rows of each outer fold), as
    ``GridSearchCV`` would choose: the grid value with the best mean macro-F1 over inner event-grouped
    folds, the first on a tie.

    The grid's fits of every subset go to one pool of workers on every core, so that no core waits for a
    subset's last fit (results do not depend on how many cores).
    """
    from joblib import Parallel, delayed
    from sklearn.model_selection import GroupKFold, ParameterGrid

    # Macro-F1 moves by less than 0.002 for C from 4 to 16 (5-fold, C fixed, with the word vectors: 0.8489,
    # 0.8494, 0.8479); two values keep training 3,000 statements well under a minute.
    candidates = list(ParameterGrid(PARAM_GRID))
    jobs: list[Any] = []
    for number, rows in enumerate(subsets):
        folds = min(n_splits, len(set(groups[rows])))
        if folds < 2:
            continue  # too few events to tune on: that subset keeps the defaults
        for train, test in GroupKFold(n_splits=folds).split(rows, labels[rows], groups[rows]):
            jobs.extend((number, candidate, rows[train], rows[test]) for candidate in range(len(candidates)))
    scores = Parallel(n_jobs=-1)(
        delayed(_grid_score)(candidates[candidate], texts, labels, train, test)
        for _, candidate, train, test in jobs)
    by_subset: dict[int, list[list[float]]] = {}
    for (number, candidate, _, _), score in zip(jobs, scores):
        by_subset.setdefault(number, [[] for _ in candidates])[candidate].append(score)
    chosen = [dict(candidates[int(np.argmax([np.mean(runs) for runs in by_subset[number]]))])
              if number in by_subset else {} for number in range(len(subsets))]
    return chosen


def _grid_score(params: dict[str, Any], texts: Any, labels: np.ndarray, train: np.ndarray,
                test: np.ndarray) -> float:
    from sklearn.metrics import f1_score

    model = _fit_and_predict(params, texts, labels, train, None, None)
    return float(f1_score(labels[test], model.predict(texts.iloc[test]), average="macro"))


def _fit_and_predict(params: dict[str, Any], texts: Any, labels: np.ndarray, train: np.ndarray,
                     test: np.ndarray | None, text_only: Any) -> Any:
    """A model fitted on *train*; with *test*, its probabilities there (in LABELS order) with and without
    the context, instead of the model."""
    model = StanceModel(**params).fit(texts.iloc[train], labels[train])
    if test is None:
        return model
    order = [list(model.classes_).index(label) for label in LABELS]
    return (model.predict_proba(texts.iloc[test])[:, order], model.predict_proba(text_only.iloc[test])[:, order])


def _check_cv_data(labels: np.ndarray, groups: np.ndarray, n_splits: int) -> None:
    if len(set(labels)) < 2:
        raise DataError("the labelled file has only one class; cross-validation needs at least two")
    if len(set(groups)) < n_splits:
        raise DataError(
            f"only {len(set(groups))} events for {n_splits}-fold grouped cross-validation; "
            "add events or lower --folds"
        )
    for label in set(labels):
        if (labels == label).sum() < n_splits:
            raise DataError(f"class {label!r} has {(labels == label).sum()} examples, fewer than {n_splits} folds")


def majority_predictions(train_labels: np.ndarray, n: int) -> np.ndarray:
    values, counts = np.unique(train_labels, return_counts=True)
    return np.full(n, values[np.argmax(counts)], dtype=object)


def vader_predictions(texts: Sequence[str]) -> np.ndarray | None:
    """VADER sentiment read as stance (compound < -0.05 condemning, > 0.05 supporting); None if not installed."""
    try:
        from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
    except ImportError:
        return None
    analyzer = SentimentIntensityAnalyzer()
    out = []
    for text in texts:
        compound = analyzer.polarity_scores(text)["compound"]
        out.append("condemning" if compound < -0.05 else "supporting" if compound > 0.05 else "ambiguous")
    return np.asarray(out, dtype=object)


def statements_frame(frame):
    """The model's input columns from a labelled DataFrame (see :func:`stance.model.as_frame`)."""
    import pandas as pd

    columns = {name: (frame[name].to_numpy(dtype=float) if name in frame.columns else 0.0)
               for name in CONTEXT_COLUMNS}
    roles = frame[ROLES_COLUMN].tolist() if ROLES_COLUMN in frame.columns else ""
    return pd.DataFrame({"text": frame["statement"].tolist(), **columns, ROLES_COLUMN: roles})


def cross_validate(frame, n_splits: int = 5, tune: bool = True, fit_final: bool = False) -> dict[str, Any]:
    """Grouped k-fold cross-validation of the model and both baselines on a labelled DataFrame.

    The model is scored twice on the same folds: with the ``speaker_is_actor`` context (as ``classify``
    uses it on articles) and on the text alone (as ``predict`` sees bare statements). With *fit_final*,
    the result also holds the model fitted on every row with parameters chosen on every row
    (``final_model``, ``final_params``): training needs both, and their fits share the folds' workers.
    """
    from joblib import Parallel, delayed
    from sklearn.model_selection import GroupKFold

    inputs = statements_frame(frame)
    text_only = inputs.assign(speaker_is_actor=0.0, speaker_is_other=0.0)
    texts = inputs["text"].tolist()
    labels = frame["stance"].to_numpy(dtype=object)
    # Rows of one real event share a group even under different slugs (see corpus.read_labelled_files).
    groups = (frame["group"] if "group" in frame.columns else frame["event"]).to_numpy(dtype=object)
    _check_cv_data(labels, groups, n_splits)
    proba = np.zeros((len(texts), len(LABELS)))
    proba_text = np.zeros((len(texts), len(LABELS)))
    majority = np.empty(len(texts), dtype=object)
    splits = list(GroupKFold(n_splits=n_splits).split(texts, labels, groups))
    for train_index, _ in splits:
        absent = [label for label in LABELS if label not in set(labels[train_index])]
        if absent:
            events = sorted(set(groups[labels == absent[0]]))
            raise DataError(
                f"class {absent[0]!r} appears only in event(s) {', '.join(events[:3])}; a training fold would have "
                "none of it: add examples from other events or lower --folds"
            )
    everything = np.arange(len(labels))
    subsets = [train for train, _ in splits] + ([everything] if fit_final else [])
    chosen = select_params_many(inputs, labels, groups, subsets) if tune else [{} for _ in subsets]
    # The fold models and the final model, again in one pool of workers.
    fitted = Parallel(n_jobs=-1)(
        delayed(_fit_and_predict)(params, inputs, labels, train, test, text_only)
        for params, (train, test) in zip(chosen, splits + ([(everything, None)] if fit_final else [])))
    for (train_index, test_index), (fold_proba, fold_proba_text) in zip(splits, fitted[:len(splits)]):
        proba[test_index] = fold_proba
        proba_text[test_index] = fold_proba_text
        majority[test_index] = majority_predictions(labels[train_index], len(test_index))
    as_labels = np.asarray(LABELS, dtype=object)
    vader = vader_predictions(texts)
    predicted = as_labels[proba.argmax(axis=1)]
    sources = frame["source"].to_numpy(dtype=object) if "source" in frame.columns else None
    by_source = {
        str(source): {"rows": int((sources == source).sum()),
                      "macro_f1": metrics(labels[sources == source], predicted[sources == source])["macro_f1"]}
        for source in dict.fromkeys(sources)
    } if sources is not None and len(set(sources)) > 1 else None
    return {
        "folds": n_splits,
        "events": int(len(set(groups))),
        "rows": int(len(texts)),
        "chosen_params": chosen[:len(splits)],
        "model": metrics(labels, predicted, proba),
        **({"model_by_source": by_source} if by_source else {}),
        "model_text_only": metrics(labels, as_labels[proba_text.argmax(axis=1)], proba_text),
        "majority": metrics(labels, majority),
        "vader": metrics(labels, vader) if vader is not None else None,
        **({"final_params": chosen[-1], "final_model": fitted[-1]} if fit_final else {}),
    }


def score_model(model: StanceModel, frame) -> dict[str, Any]:
    """Score a fitted model on a held-out labelled DataFrame, with the VADER baseline beside it."""
    texts = frame["statement"].tolist()
    labels = frame["stance"].to_numpy(dtype=object)
    proba = model.predict_proba(statements_frame(frame))
    order = [list(model.classes_).index(label) for label in LABELS]
    proba = proba[:, order]
    predicted = np.asarray(LABELS, dtype=object)[proba.argmax(axis=1)]
    vader = vader_predictions(texts)
    return {
        "rows": int(len(texts)),
        "model": metrics(labels, predicted, proba),
        "majority": None,
        "vader": metrics(labels, vader) if vader is not None else None,
    }
