"""Benchmark `stance report` on a corpus of generated articles: articles/s with --jobs 1, --jobs 2 and the
Dask engine on a 2-worker LocalCluster, and peak memory at 2,000 and 20,000 articles (it should not grow
with the corpus: inputs are streamed and folded into per-actor totals).

Run: python bench/bench_report.py [--articles 20000]
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus_gen import write_jsonl  # noqa: E402

# Runs a command and prints the peak resident memory (KiB) of the process tree it waited for.
MEASURE = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], check=True); "
           "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")


def run(arguments: list[str]) -> tuple[float, int]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", MEASURE, *arguments], check=True, capture_output=True, text=True)
    return time.perf_counter() - start, int(done.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=20_000)
    options = parser.parse_args()
    stance = [sys.executable, "-m", "stance"]
    with tempfile.TemporaryDirectory() as folder:
        folder = Path(folder)
        big = write_jsonl(folder / "big.jsonl", options.articles, words=600)
        small = write_jsonl(folder / "small.jsonl", options.articles // 10, words=600)
        out = folder / "report.json"
        results = {}
        for name, extra in (("--jobs 1", ["--jobs", "1"]), ("--jobs 2", ["--jobs", "2"]),
                            ("--engine dask (LocalCluster, 2 workers)", ["--engine", "dask"])):
            seconds, peak = run([*stance, "report", str(big), "-f", "json", "-o", str(out), "-q", *extra])
            results[name] = json.loads(out.read_text())
            print(f"report, {options.articles:,} articles, {name}: {options.articles / seconds:,.0f} articles/s "
                  f"({seconds:.1f} s, peak RSS {peak / 1024:.0f} MiB)")
        same = all(r == results["--jobs 1"] for r in results.values())
        print(f"identical reports from the three engines: {same}")
        for corpus, n in ((small, options.articles // 10), (big, options.articles)):
            seconds, peak = run([*stance, "report", str(corpus), "-f", "json", "-o", str(out), "-q"])
            print(f"peak memory, --jobs 1, {n:,} articles: {peak / 1024:.0f} MiB")


if __name__ == "__main__":
    main()
