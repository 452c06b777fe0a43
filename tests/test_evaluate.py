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


def _second_file(folder, rows, ids=None, groups=None):
    """A labelled file in another folder, with a group column tying its events to the first file's."""
    import csv

    folder.mkdir(exist_ok=True)
    path = folder / "statements.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "event", "group", "statement", "stance"])
        for i, (event, statement, stance) in enumerate(rows):
            writer.writerow([(ids or [f"x{j}" for j in range(len(rows))])[i], f"article/{event}",
                             (groups or {}).get(event, ""), statement, stance])
    return path


def test_several_files_read_as_one_frame_with_their_source_and_group(tiny_labelled, tmp_path):
    from labelled_rows import ROWS

    from stance.corpus import read_labelled_files

    second = _second_file(tmp_path / "from_articles", ROWS[:6], groups={"a": "a"})
    frame = read_labelled_files([tiny_labelled, second])
    assert len(frame) == len(ROWS) + 6
    assert frame["source"].iloc[-1] == "from_articles/statements.csv"
    # a row with a group joins it; a row without one is its own event's
    assert list(frame["group"].iloc[-6:]) == ["a"] * 3 + ["article/b"] * 3
    assert list(frame["group"].iloc[:3]) == ["a"] * 3


def test_an_id_repeated_in_a_later_file_is_an_error(tiny_labelled, tmp_path):
    from labelled_rows import ROWS

    from stance.corpus import read_labelled_files
    from stance.errors import DataError

    second = _second_file(tmp_path / "more", ROWS[:2], ids=["t0", "y1"])
    with pytest.raises(DataError, match="'t0' is also in an earlier file"):
        read_labelled_files([tiny_labelled, second])


def test_cross_validation_keeps_a_group_in_one_fold_and_scores_each_file(tiny_labelled, tmp_path, monkeypatch):
    from labelled_rows import ROWS
    from sklearn.model_selection import GroupKFold

    from stance.corpus import read_labelled_files

    second = _second_file(tmp_path / "from_articles", ROWS, groups={event: event for event in "abcd"})
    frame = read_labelled_files([tiny_labelled, second])
    seen = []
    split = GroupKFold.split

    def recording(self, X, y=None, groups=None):
        seen.append(list(groups))
        return split(self, X, y, groups)

    monkeypatch.setattr(GroupKFold, "split", recording)
    result = cross_validate(frame, n_splits=2, tune=False)
    assert seen[0] == list(frame["group"])  # "article/a" is scored with "a", never trained on beside it
    assert set(result["model_by_source"]) == {f"{tiny_labelled.parent.name}/{tiny_labelled.name}",
                                              "from_articles/statements.csv"}
