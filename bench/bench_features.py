"""What each feature block buys in accuracy and costs in time.

For each variant of the classifier: grouped 5-fold cross-validated macro-F1 on data/statements.csv (C fixed
at the bundled model's value, no tuning) and predict_proba statements per second on one core.

Run: python bench/bench_features.py
     python bench/bench_features.py --speed-only   (one fit per variant, no cross-validation: ~5 minutes)
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import numpy as np
from sklearn.metrics import f1_score
from sklearn.model_selection import GroupKFold
from threadpoolctl import threadpool_limits

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stance.corpus import read_labelled  # noqa: E402
from stance.evaluate import statements_frame  # noqa: E402
from stance.model import StanceModel, words_read  # noqa: E402
from stance.text import OTHER_MARK  # noqa: E402


def _without_other_copy(frame):
    return [text.removeprefix(OTHER_MARK) for text in words_read(frame)]


class NoOtherCopy(StanceModel):
    """The bundled design without the "other: " copy of another speaker's n-grams (own-words copy kept)."""

    def _features(self):
        from sklearn.preprocessing import FunctionTransformer

        features = super()._features()
        features.transformers[0][1].steps[0] = ("select", FunctionTransformer(_without_other_copy))
        return features


# Variant name -> model parameters; "roles": False reads the names, not the role words, where context is
# known; "estimator" swaps the class.
VARIANTS = {
    "words 1-2 + context + roles + vectors (bundled)": {},
    "  ... no word vectors": {"word_vectors": 0.0},
    "  ... logistic regression only": {"nb_weight": 0.0},
    "  ... no other-speaker copy": {"estimator": NoOtherCopy},
    "  ... neither": {"estimator": NoOtherCopy, "nb_weight": 0.0},
    "words 1-2 + context, names not roles": {"roles": False},
    "words 1-2, no context": {"use_context": False},
    "words 1-1 + context": {"word_ngram_range": (1, 1)},
    "words 1-3 + context": {"word_ngram_range": (1, 3)},
    "words 1-2 + char_wb 3-5 + context": {"char_ngram_range": (3, 5)},
}


def main() -> None:
    card = json.loads((ROOT / "models" / "stance-model.card.json").read_text())
    frame = read_labelled(ROOT / "data" / "statements.csv")
    inputs = statements_frame(frame)
    labels = frame["stance"].to_numpy(dtype=object)
    groups = frame["event"].to_numpy(dtype=object)
    probe = inputs.assign(speaker_is_actor=0.0, speaker_is_other=0.0).iloc[:5000]
    speed_only = "--speed-only" in sys.argv[1:]
    print(f"{'variant':<48}{'macro-F1':>10}{'statements/s':>15}")
    for name, params in VARIANTS.items():
        params = {"C": card["params"]["C"], **params}
        rows = inputs if params.pop("roles", True) else inputs.assign(text_with_roles="")
        estimator = params.pop("estimator", StanceModel)
        predicted = np.empty(len(labels), dtype=object)
        splits = list(GroupKFold(n_splits=5).split(rows, labels, groups))
        for train, test in splits[:1] if speed_only else splits:
            model = estimator(**params).fit(rows.iloc[train], labels[train])
            predicted[test] = model.predict(rows.iloc[test])
        with threadpool_limits(1):
            model.predict_proba(probe.iloc[:10])  # the first call builds the n-gram counter: not timed
            rate = len(probe) / min(_seconds(model, probe) for _ in range(3))
        score = "-" if speed_only else f"{f1_score(labels, predicted, average='macro'):.3f}"
        print(f"{name:<48}{score:>10}{rate:>15,.0f}")


def _seconds(model, probe) -> float:
    start = time.perf_counter()
    model.predict_proba(probe)
    return time.perf_counter() - start


if __name__ == "__main__":
    main()
