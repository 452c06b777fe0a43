"""Running classification on both cores (``--jobs``) or on a Dask cluster (``--engine dask``).

Output is always in input order and identical to a single-process run: workers classify whole batches of
articles with the same model, and results are re-assembled in the order the batches were sent. Inputs are
streamed (a bounded number of batches in flight), so memory does not grow with the corpus.
"""

from __future__ import annotations

import os
from itertools import islice
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from stance.aggregate import ActorPosition
from stance.articles import Article, ArticleError

BATCH = 64

_worker_model: Any = None


def _init_worker(model_path: str | None, trust: bool = False) -> None:
    global _worker_model
    from stance.model import load_model

    _worker_model = load_model(model_path, trust=trust)[0]


def _classify_batch(batch: list[Article | ArticleError]) -> list[list[ActorPosition]]:
    from stance.classify import classify_articles

    return [positions for _, positions in classify_articles(batch, _worker_model)]


def _batches(items: Iterable[Any], size: int) -> Iterator[list[Any]]:
    iterator = iter(items)
    while batch := list(islice(iterator, size)):
        yield batch


def classify_stream(articles: Iterable[Article | ArticleError], model_path: Path | None, jobs: int = 1,
                    model: Any = None, trust: bool = False
                    ) -> Iterator[tuple[Article | ArticleError, list[ActorPosition]]]:
    """``(article, positions)`` for every input, in order, on *jobs* processes."""
    if jobs <= 1:
        from stance.classify import classify_articles
        from stance.model import load_model

        yield from classify_articles(articles, model if model is not None else load_model(model_path, trust=trust)[0])
        return
    import multiprocessing

    context = multiprocessing.get_context("forkserver" if os.name != "nt" else "spawn")
    with context.Pool(jobs, initializer=_init_worker, initargs=(str(model_path) if model_path else None, trust)) as pool:
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


# -- Dask ------------------------------------------------------------------------------------------------
LINES_PER_PARTITION = 2_000
FILES_PER_PARTITION = 200


def plan_partitions(inputs: Iterable[str], text_column: str = "text") -> Iterator[tuple]:
    """Split inputs into partitions a worker can read on its own, in input order.

    JSON Lines files are cut into line ranges (byte offsets found by one pass over the file, so article
    ids and line numbers match a single-process run); CSV files are one partition each (quoted fields may
    hold newlines, so byte ranges are not safe); text files go in groups.
    """
    from stance.articles import CORPUS_SUFFIXES
    from stance.errors import InputError

    text_files: list[str] = []
    for item in inputs:
        path = Path(item)
        if item == "-":
            raise InputError("the dask engine reads files, not stdin")
        if not path.exists():
            raise InputError(f"{item}: no such file or folder")
        if path.is_dir():
            files = sorted(str(p) for p in path.rglob("*.txt") if p.is_file())
            if not files:
                raise InputError(f"{item}: folder holds no *.txt articles")
            text_files.extend(files)
            continue
        if path.suffix.lower() not in CORPUS_SUFFIXES:
            text_files.append(item)
            continue
        if text_files:
            yield from (("text", text_files[i:i + FILES_PER_PARTITION])
                        for i in range(0, len(text_files), FILES_PER_PARTITION))
            text_files = []
        if path.suffix.lower() == ".csv":
            yield ("csv", item, text_column)
            continue
        with open(item, "rb") as handle:
            start, line, first_line = 0, 0, 1
            offset = 0
            for raw in handle:
                offset += len(raw)
                line += 1
                if line - first_line + 1 >= LINES_PER_PARTITION:
                    yield ("jsonl", item, start, offset, first_line, text_column)
                    start, first_line = offset, line + 1
            if offset > start:
                yield ("jsonl", item, start, offset, first_line, text_column)
    if text_files:
        yield from (("text", text_files[i:i + FILES_PER_PARTITION])
                    for i in range(0, len(text_files), FILES_PER_PARTITION))


def _partition_articles(spec: tuple) -> Iterator[Any]:
    from stance.articles import _corpus_records, iter_articles

    kind = spec[0]
    if kind == "text":
        yield from iter_articles(spec[1])
    elif kind == "csv":
        yield from iter_articles([spec[1]], spec[2])
    else:
        _, path, start, end, first_line, text_column = spec
        with open(path, "rb") as raw:
            raw.seek(start)
            chunk = raw.read(end - start)
        import io

        handle = io.StringIO(chunk.decode("utf-8-sig" if start == 0 else "utf-8"))
        for article in _corpus_records(handle, path, ".jsonl", text_column):
            yield _renumber(article, path, first_line)


def _renumber(article: Any, path: str, first_line: int) -> Any:
    """Shift "path:N" ids of a line range to the file's own line numbers."""
    import dataclasses

    prefix = f"{path}:"
    if article.id.startswith(prefix) and article.id[len(prefix):].isdigit():
        line = int(article.id[len(prefix):]) + first_line - 1
        new_id = f"{path}:{line}"
        if isinstance(article, ArticleError):
            message = article.message.replace(f"line {article.id[len(prefix):]} ", f"line {line} ", 1)
            return ArticleError(new_id, message)
        return dataclasses.replace(article, id=new_id)
    return article


_dask_models: dict[str | None, Any] = {}


def classify_partition(spec: tuple, model_path: str | None, trust: bool = False) -> list[tuple[str, Any]]:
    """Run on a Dask worker: classify one partition; ``("row", dict)`` per position, ``("error", msg)`` per skip."""
    from stance.classify import classify_articles, position_row
    from stance.model import load_model

    if model_path not in _dask_models:
        _dask_models[model_path] = load_model(model_path, trust=trust)[0]
    out: list[tuple[str, Any]] = []
    for article, positions in classify_articles(_partition_articles(spec), _dask_models[model_path]):
        if isinstance(article, ArticleError):
            out.append(("error", article.message))
            continue
        out.append(("article", article.id))
        out.extend(("row", position_row(position, article)) for position in positions)
    return out


def dask_results(inputs: Sequence[str], text_column: str, model_path: Path | None, scheduler: str | None,
                 in_flight: int = 8, trust: bool = False) -> Iterator[tuple[str, Any]]:
    """Classify on a Dask cluster; yields results partition by partition, in input order.

    Without *scheduler*, a ``LocalCluster`` with one worker per core is started and closed afterwards.
    Inputs and the model must be readable by the workers at the same paths (a shared filesystem, or
    the bundled model installed on every worker).
    """
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        from stance.errors import StanceError

        raise StanceError("the dask engine needs the dask extra: pip install 'stance[dask]'") from None
    from stance.model import load_model

    load_model(model_path, trust=trust)  # refuse a bad model here, not on every worker
    model_argument = str(Path(model_path).resolve()) if model_path else None
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        import logging

        # Workers log to stderr when the cluster shuts down; that is not the user's business.
        logging.getLogger("distributed").setLevel(logging.CRITICAL)
        cluster = LocalCluster(n_workers=os.cpu_count() or 1, threads_per_worker=1, processes=True,
                               dashboard_address=None, silence_logs=logging.CRITICAL)
        client = Client(cluster)
    try:
        partitions = plan_partitions(inputs, text_column)
        futures: list[Any] = []
        for spec in partitions:
            futures.append(client.submit(classify_partition, spec, model_argument, trust, pure=False))
            while len(futures) >= in_flight:
                yield from futures.pop(0).result()
        while futures:
            yield from futures.pop(0).result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
