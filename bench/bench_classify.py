"""Benchmark `stance classify`: articles per second on 2,000 articles of about 600 words (reading,
extraction, classification and aggregation, one core), the same on 2,000 articles whose headline names the
acting party (so role marking and the context step run too), and how time grows with article length.

Run: python bench/bench_classify.py (from an installed package: ``pip install .`` compiles the article path
with mypyc, see setup.py; an editable or ``STANCE_PURE_PYTHON=1`` install runs it as pure Python, ~25% slower).
"""

from __future__ import annotations

import gc
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from threadpoolctl import threadpool_limits  # noqa: E402

from corpus_gen import article, statements, write_jsonl  # noqa: E402


def main() -> None:
    from stance.actors import default_resolver
    from stance.articles import Article, iter_articles
    from stance.classify import classify_articles
    from stance.extract import extract_statements
    from stance.model import load_model
    from stance.pipeline import freeze_loaded

    from stance import compiled

    print(f"article path: {'compiled (mypyc)' if compiled() else 'pure Python'}")
    print(f"this machine: {machine_reference():.2f} s for a fixed pure-Python workload (the figures below scale "
          "with it across machines; see BENCHMARKS.md)")
    model = load_model()[0]
    default_resolver()
    freeze_loaded()  # as `stance classify` does once the model is loaded (stance.pipeline.article_rows, freeze_gc)
    with threadpool_limits(1), tempfile.TemporaryDirectory() as folder:
        corpus = write_jsonl(Path(folder) / "articles.jsonl", 2_000, words=600)
        list(classify_articles(iter_articles([str(corpus)]), model))  # warm-up
        start = time.perf_counter()
        results = list(classify_articles(iter_articles([str(corpus)]), model))
        seconds = time.perf_counter() - start
        statements_found = sum(len(p.evidence) for _, positions in results for p in positions)
        print(f"classify, 2,000 articles of ~600 words, one core: {len(results) / seconds:,.0f} articles/s "
              f"({seconds:.2f} s; {statements_found:,} evidence statements)")
        # The same kind of articles with headlines that name the acting party: role marking and the context
        # step (votes, demands, responses) then run, as they do on most real news.
        acting_corpus = write_jsonl(Path(folder) / "acting.jsonl", 2_000, words=600, acting=True)
        list(classify_articles(iter_articles([str(acting_corpus)]), model))  # warm-up
        start = time.perf_counter()
        acting_results = list(classify_articles(iter_articles([str(acting_corpus)]), model))
        acting_seconds = time.perf_counter() - start
        print(f"  the same with the acting party named in each headline: "
              f"{len(acting_results) / acting_seconds:,.0f} articles/s ({acting_seconds:.2f} s)")
        del acting_results
        texts = [a.text for a in iter_articles([str(corpus)])][:300]
        start = time.perf_counter()
        for text in texts:
            list(extract_statements(text))
        extraction = time.perf_counter() - start
        print(f"  of which extraction alone: {len(texts) / extraction:,.0f} articles/s")

        # The 2,000 results above are still alive; free them so that collecting their garbage is not
        # charged to the long articles below.
        del results, texts
        gc.collect()
        rng = random.Random(3)
        pool = statements()
        print("time per article by length (reading excluded):")
        for words in (100, 1_000, 10_000):
            batch = [Article(f"w{words}-{i}", article(rng, pool, words)) for i in range(max(3, 20_000 // words))]
            start = time.perf_counter()
            list(classify_articles(batch, model))
            per = (time.perf_counter() - start) / len(batch)
            print(f"  {words:>6,} words: {per * 1000:8.2f} ms/article  ({per * 1e6 / words:.1f} us/word)")


def machine_reference() -> float:
    """Seconds for a fixed interpreter-bound workload (dict lookups, string methods and regex searches, as the
    article path does), best of three: the sessions' machines differ by up to ~1.8x in what they give for the
    same code, and this says which kind of machine a run was on."""
    import re

    words = ("Russia said on Monday that the strikes were a violation of international law and must stop at "
             "once, while China urged restraint on all sides").split()
    pattern = re.compile(r"(?<![\w-])(?:said|urged|condemned)(?![\w-])")
    table = {word: index for index, word in enumerate(words)}
    best = float("inf")
    for _ in range(3):
        start = time.perf_counter()
        total = 0
        for _ in range(60_000):
            for word in words:
                total += table.get(word.lower(), 0)
            text = " ".join(words)
            total += len(pattern.findall(text)) + text.find("restraint")
        best = min(best, time.perf_counter() - start)
    return best


if __name__ == "__main__":
    main()
