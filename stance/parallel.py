"""Running classification on both cores (``--jobs``) or on a Dask cluster (``--engine dask``).

Output is always in input order and identical to a single-process run: workers classify whole batches of
articles with the same model, and results are re-assembled in the order the batches were sent. Inputs are
streamed (a bounded number of batches in flight), so memory does not grow with the corpus.
"""

from __future__ import annotations

import os
from itertools import islice
from pathlib import Path
from typing import Any, Iterable, Iterator

from stance.aggregate import ActorPosition
from stance.articles import Article, ArticleError

BATCH = 64

_worker_model: Any = None


def _init_worker(model_path: str | None) -> None:
    global _worker_model
    from stance.model import load_model

    _worker_model = load_model(model_path)[0]


def _classify_batch(batch: list[Article | ArticleError]) -> list[list[ActorPosition]]:
    from stance.classify import classify_articles

    return [positions for _, positions in classify_articles(batch, _worker_model)]


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def classify_stream(articles: Iterable[Article | ArticleError], model_path: Path | None, jobs: int = 1,
                    model: Any = None) -> Iterator[tuple[Article | ArticleError, list[ActorPosition]]]:
    """``(article, positions)`` for every input, in order, on *jobs* processes."""
    if jobs <= 1:
        from stance.classify import classify_articles
        from stance.model import load_model

        yield from classify_articles(articles, model if model is not None else load_model(model_path)[0])
        return
    import multiprocessing

    context = multiprocessing.get_context("forkserver" if os.name != "nt" else "spawn")
    with context.Pool(jobs, initializer=_init_worker, initargs=(str(model_path) if model_path else None,)) as pool:
        batches = _batches(articles, BATCH)
        # imap keeps order and pulls batches lazily; chunks of one batch keep memory bounded.
        pending = _paired(batches, pool)
        for batch, results in pending:
            yield from zip(batch, results)


def _paired(batches: Iterator[list[Any]], pool: Any) -> Iterator[tuple[list[Any], list[Any]]]:
    sent: list[list[Any]] = []

    def remember() -> Iterator[list[Any]]:
        for batch in batches:
            sent.append(batch)
            yield batch

    for results in pool.imap(_classify_batch, remember()):
        yield sent.pop(0), results
