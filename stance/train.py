"""Training the bundled model: choose hyper-parameters by grouped CV, fit on all rows, save with a card."""

from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path
from typing import Any, Sequence

from stance.corpus import read_labelled_files, source_name
from stance.evaluate import cross_validate
from stance.model import sha256_file


def train(data: str | os.PathLike | Sequence[str | os.PathLike], output: str | os.PathLike, folds: int = 5
          ) -> dict[str, Any]:
    """Train on one labelled CSV or several and write the model and its card to *output*; return the card.

    The card's scores come from nested grouped cross-validation (:func:`stance.evaluate.cross_validate`),
    so they describe events the model had not seen; the saved model is then fitted on every row with the
    hyper-parameters an event-grouped search picks on all of them.
    """
    paths = [data] if isinstance(data, (str, os.PathLike)) else list(data)
    frame = read_labelled_files(paths)
    output = Path(output)
    scores = cross_validate(frame, n_splits=folds, fit_final=True)
    model = scores["final_model"]
    counts = frame["stance"].value_counts()
    card = {
        "name": output.name,
        "trained_at": _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat(),
        "training_data": {
            **({"path": str(Path(paths[0]).name), "sha256": sha256_file(paths[0])} if len(paths) == 1 else
               {"files": [{"path": source_name(path), "sha256": sha256_file(path),
                           "rows": int((frame["source"] == source_name(path)).sum())} for path in paths]}),
            "rows": int(len(frame)),
            "events": int(frame["event"].nunique()),
            "event_groups": int(frame["group"].nunique()),
            "rows_per_class": {label: int(counts.get(label, 0)) for label in model.classes_},
        },
        "params": model.get_params(),
        "cross_validation": {
            "scheme": f"GroupKFold(n_splits={folds}) by event, hyper-parameters tuned inside each fold",
            "macro_f1": scores["model"]["macro_f1"],
            **({"macro_f1_by_file": {source: v["macro_f1"] for source, v in scores["model_by_source"].items()}}
               if "model_by_source" in scores else {}),
            "accuracy": scores["model"]["accuracy"],
            "per_class_f1": {label: v["f1"] for label, v in scores["model"]["per_class"].items()},
            "confusion_matrix": scores["model"]["confusion_matrix"],
            "confusion_labels": scores["model"]["labels"],
            "expected_calibration_error": scores["model"].get("expected_calibration_error"),
            "text_only_macro_f1": scores["model_text_only"]["macro_f1"],
            "majority_macro_f1": scores["majority"]["macro_f1"],
            "vader_macro_f1": scores["vader"]["macro_f1"] if scores["vader"] else None,
        },
    }
    model.save(output, card)
    return card
