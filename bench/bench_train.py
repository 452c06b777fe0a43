"""Benchmark `stance train`: wall time to train (nested grouped CV for the card, tuning, final fit) on the
first events of the bundled corpus adding up to about 3,000 statements, and on the whole corpus.

Run: python bench/bench_train.py            (both)
     python bench/bench_train.py --subset   (the ~3,000-statement subset only)
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from stance.train import train  # noqa: E402


def timed(data: Path, output: Path) -> tuple[float, dict]:
    start = time.perf_counter()
    card = train(data, output)
    return time.perf_counter() - start, card


def main() -> None:
    corpus = pd.read_csv(ROOT / "data" / "statements.csv", dtype=str, keep_default_na=False)
    events = sorted(corpus["event"].unique())
    chosen, rows = [], 0
    for event in events[::2]:  # every other event, so the subset spans regions and years
        chosen.append(event)
        rows += int((corpus["event"] == event).sum())
        if rows >= 3000:
            break
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        subset = folder / "statements.csv"
        corpus[corpus["event"].isin(chosen)].to_csv(subset, index=False)
        shutil.copy(ROOT / "data" / "events.csv", folder / "events.csv")
        runs = [("subset", subset), ("full corpus", ROOT / "data" / "statements.csv")]
        for name, data in runs[:1] if "--subset" in sys.argv[1:] else runs:
            seconds, card = timed(data, folder / f"{name.replace(' ', '-')}.joblib")
            info = card["training_data"]
            print(f"train, {name}: {info['rows']:,} statements, {info['events']} events: {seconds:.1f} s "
                  f"(nested grouped-CV macro-F1 {card['cross_validation']['macro_f1']:.3f})")


if __name__ == "__main__":
    main()
