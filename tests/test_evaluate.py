"""Nested cross-validation: the hyper-parameter search chooses as scikit-learn's would, and training gets its
final model from the same run."""

from __future__ import annotations

import numpy as np
import pytest

from stance.corpus import read_labelled
from stance.evaluate import PARAM_GRID, cross_validate, select_params, select_params_many, statements_frame
from stance.model import StanceModel


@pytest.fixture(scope="module")
def tiny(tiny_labelled):
    frame = read_labelled(tiny_labelled)
    return frame, statements_frame(frame), frame["stance"].to_numpy(dtype=object), frame["event"].to_numpy(dtype=object)


def test_the_search_chooses_what_grid_search_cv_chooses(tiny):
    from sklearn.model_selection import GridSearchCV, GroupKFold

    _, inputs, labels, groups = tiny
    search = GridSearchCV(StanceModel(), PARAM_GRID, cv=GroupKFold(n_splits=3), scoring="f1_macro", refit=False)
    search.fit(inputs, labels, groups=groups)
    expected = search.cv_results_["params"][int(np.argmin(search.cv_results_["rank_test_score"]))]
    assert select_params(inputs, labels, groups) == expected


def test_a_subset_with_one_event_keeps_the_defaults(tiny):
    _, inputs, labels, groups = tiny
    one_event = np.flatnonzero(groups == groups[0])
    everything = np.arange(len(labels))
    chosen = select_params_many(inputs, labels, groups, [one_event, everything])
    assert chosen[0] == {}
    assert set(chosen[1]) == set(PARAM_GRID)


def test_training_gets_a_final_model_fitted_on_every_row(tiny):
    frame, inputs, labels, _ = tiny
    result = cross_validate(frame, n_splits=2, fit_final=True)
    model = result["final_model"]
    assert len(result["chosen_params"]) == 2
    refitted = StanceModel(**result["final_params"]).fit(inputs, labels)
    assert np.allclose(model.predict_proba(inputs), refitted.predict_proba(inputs))
    assert "final_model" not in cross_validate(frame, n_splits=2)
