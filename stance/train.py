"""Training the bundled model: choose hyper-parameters by grouped CV, fit on all rows, save with a card."""

from __future__ import annotations

import datetime as _dt
import os
from pathlib import Path
from typing import Any

from stance.corpus import read_labelled
from stance.evaluate import cross_validate
from stance.model import sha256_file


def train(data: str | os.PathLike, output: str | os.PathLike, folds: int = 5) -> dict[str, Any]:
    """Train on a labelled CSV and write the model and its card to *output*; return the card.

    The card's scores come from nested grouped cross-validation (:func:`stance.evaluate.cross_validate`),
    so they describe events the model had not seen; the saved model is then fitted on every row with the
    hyper-parameters an event-grouped search picks on all of them.
    """
    frame = read_labelled(data)
    output = Path(output)
    scores = cross_validate(frame, n_splits=folds, fit_final=True)
    model = scores["final_model"]
    counts = frame["stance"].value_counts()
    card = {
        "name": output.name,
        "trained_at": _dt.datetime.now(_dt.timezone.utc).replace(microsecond=0).isoformat(),
        "training_data": {
            "path": str(Path(data).name),
            "sha256": sha256_file(data),
            "rows": int(len(frame)),
            "events": int(frame["event"].nunique()),
            "rows_per_class": {label: int(counts.get(label, 0)) for label in model.classes_},
        },
        "params": model.get_params(),
        "cross_validation": {
            "scheme": f"GroupKFold(n_splits={folds}) by event, hyper-parameters tuned inside each fold",
            "macro_f1": scores["model"]["macro_f1"],
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
