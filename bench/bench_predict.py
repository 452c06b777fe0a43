"""Benchmark `stance predict`: statements per second on one core (start-up excluded), what each feature
block costs, and the CLI's start-up time as a ratio to `python -c "import sklearn"`.

Run: python bench/bench_predict.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from threadpoolctl import threadpool_limits  # noqa: E402

from corpus_gen import statements  # noqa: E402


def best_of(function, repeat: int = 3) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        function()
        times.append(time.perf_counter() - start)
    return min(times)


def command_seconds(arguments: list[str], repeat: int = 5) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        subprocess.run(arguments, check=True, capture_output=True)
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    from stance.model import load_model

    model = load_model()[0]
    pool = statements()
    texts = (pool * (10_000 // len(pool) + 1))[:10_000]
    with threadpool_limits(1):
        model.predict_proba(texts[:100])
        seconds = best_of(lambda: model.predict_proba(texts))
        features = model.pipeline_.named_steps["features"]
        from stance.model import as_frame

        frame = as_frame(texts)
        vectorise = best_of(lambda: features.transform(frame))
    print(f"predict_proba, 10,000 statements, one core: {len(texts) / seconds:,.0f} statements/s "
          f"({seconds * 1000:.0f} ms; vectorising {vectorise / seconds:.0%} of it)")
    python = sys.executable
    stance = str(Path(python).with_name("stance"))
    sklearn_import = command_seconds([python, "-c", "import sklearn"])
    help_time = command_seconds([stance, "--help"])
    predict_time = command_seconds([stance, "predict", "The ministry condemned the strikes"])
    print(f"python -c 'import sklearn': {sklearn_import:.2f} s")
    print(f"stance --help: {help_time:.2f} s ({help_time / sklearn_import:.2f}x import sklearn)")
    print(f"stance predict (one statement, cold): {predict_time:.2f} s ({predict_time / sklearn_import:.2f}x import sklearn)")


if __name__ == "__main__":
    main()
