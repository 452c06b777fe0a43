"""What the statements taken from the project's articles (data/from_articles/) buy, measured on later batches.

Two models are fitted with the bundled model card's parameters (no tuning): one on data/statements.csv alone, one
with the rows that data/build_from_articles.py takes from the examples and the batches up to --upto. Both are then
scored on the later batches: the macro-F1 of those batches' own evidence statements (the rows the build script
would take from them), and the expected positions their whole articles get right. The later batches were written
blind, and the model that reads them has seen none of their statements.

Run: python bench/bench_from_articles.py --upto 77 --test 78-81   (~5 min on 2 cores)
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "data"))


def _write(folder: Path, rows: list[dict[str, str]], events: list[dict[str, str]]) -> Path:
    folder.mkdir()
    for name, table in (("statements.csv", rows), ("events.csv", events)):
        with open(folder / name, "w", encoding="utf-8", newline="") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(table[0]), lineterminator="\n")
            writer.writeheader()
            writer.writerows(table)
    return folder / "statements.csv"


def main() -> None:
    from build_from_articles import batch_number, collect, folders
    from sklearn.metrics import f1_score

    from stance.corpus import read_labelled_files
    from stance.evaluate import statements_frame
    from stance.evaluate_articles import evaluate_articles
    from stance.model import StanceModel

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--upto", type=int, default=77, help="last batch whose rows are trained on")
    parser.add_argument("--test", default="78-81", help="batches scored, FIRST-LAST")
    args = parser.parse_args()
    first, last = (int(n) for n in args.test.split("-"))
    every = folders()
    train_folders = [f for f in every if batch_number(f) <= args.upto]
    test_folders = [f for f in every if first <= batch_number(f) <= last]
    card = json.loads((ROOT / "models" / "stance-model.card.json").read_text())
    params = dict(card["params"], word_ngram_range=tuple(card["params"]["word_ngram_range"]))

    with tempfile.TemporaryDirectory() as tmp:
        train_rows = _write(Path(tmp) / "train", *collect(train_folders))
        test_rows = _write(Path(tmp) / "test", *collect(test_folders))
        test = read_labelled_files([test_rows])
        print(f"trained-on rows: batches 0-{args.upto}; scored: batches {first}-{last} "
              f"({len(test)} evidence statements, {len(test_folders)} folders)")
        for name, files in (("data/statements.csv alone", [ROOT / "data" / "statements.csv"]),
                            (f"+ rows of batches 0-{args.upto}", [ROOT / "data" / "statements.csv", train_rows])):
            frame = read_labelled_files(files)
            model = StanceModel(**params).fit(statements_frame(frame), frame["stance"])
            statement_f1 = f1_score(test["stance"], model.predict(statements_frame(test)), average="macro")
            right = total = 0
            for folder in test_folders:
                result = evaluate_articles(folder, model)
                right += result["correct"]
                total += result["positions"]
            print(f"{name:<32} {len(frame):>6} rows   evidence statements macro-F1 {statement_f1:.3f}   "
                  f"article positions {right} of {total}")


if __name__ == "__main__":
    main()
