"""The shared flow of the commands that read articles: read, classify, skip or stop on bad inputs, show progress.

Kept apart from the CLI so that scripts can run the same flow, and from :mod:`stance.classify` so that
the classifier itself knows nothing of files, progress bars or output formats.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any, Iterable, Iterator, Sequence

from stance.articles import Article, ArticleError, iter_articles
from stance.errors import InputError


class SkipCounter:
    """Reports unreadable articles on stderr and counts them (or stops at the first, when strict)."""

    def __init__(self, strict: bool, quiet: bool) -> None:
        self.strict = strict
        self.quiet = quiet
        self.skipped = 0

    def check(self, item: Article | ArticleError) -> bool:
        if isinstance(item, Article):
            return True
        if self.strict:
            raise InputError(f"{item.message} (stopped: --strict)")
        self.skipped += 1
        print(f"skipped: {item.message}", file=sys.stderr)
        return False

    def summary(self, done: int) -> None:
        if self.skipped and not self.quiet:
            print(f"{done} article(s) processed, {self.skipped} skipped", file=sys.stderr)


def progress(items: Iterable[Any], quiet: bool, unit: str = "article") -> Iterable[Any]:
    """A tqdm progress bar on stderr when stderr is a terminal and not --quiet."""
    if quiet or not sys.stderr.isatty():
        return items
    from tqdm import tqdm

    return tqdm(items, unit=unit, file=sys.stderr, dynamic_ncols=True)


def freeze_loaded() -> None:
    """Build the shared actor resolver and hide it, with the model and everything else loaded so far, from
    the garbage collector (``gc.freeze``), and collect young objects less often, before the classify loop
    starts.

    The model and the resolver are ~150,000 long-lived objects that every full collection walks again, while
    the loop allocates records by the million: freezing them measured ~4% more articles per second on one core
    (bench/bench_classify.py, which calls this too). Frozen objects are still freed by reference counting, but
    a cycle among them is never collected: so only the commands ask for it (``freeze_gc``), whose processes
    end with the run, not scripts that run the flow and keep going.
    """
    import gc

    from stance.actors import default_resolver

    default_resolver()
    gc.freeze()
    # The loop makes few reference cycles but millions of short-lived records, each of which counts toward the
    # next young-generation collection: collecting every 10,000 allocations instead of every 700 measured ~2.5%
    # more articles per second (905-920 -> 934-943, alternated, same process).
    gc.set_threshold(10_000, 10, 10)


def article_rows(inputs: Sequence[str], text_column: str = "text", jobs: int = 1, strict: bool = False,
                 quiet: bool = False, model_path: Path | None = None, skips: SkipCounter | None = None,
                 engine: str = "local", scheduler: str | None = None, trust: bool = False, freeze_gc: bool = False
                 ) -> Iterator[list[dict[str, Any]]]:
    """For each readable article, in input order, its rows in the JSON Lines contract of ``classify``.

    Unreadable articles are reported and skipped (or stop the run, with *strict*). *engine* ``"dask"``
    classifies on a Dask cluster (see :func:`stance.parallel.dask_results`), the same rows in the same order.
    *freeze_gc*: call :func:`freeze_loaded` once the model is loaded (the commands do).
    """
    from stance.classify import position_row

    skips = skips or SkipCounter(strict, quiet)
    if engine == "dask":
        from stance.parallel import dask_results

        rows: list[dict[str, Any]] | None = None
        for kind, value in progress(dask_results(inputs, text_column, model_path, scheduler, trust=trust), quiet,
                                    "row"):
            if kind == "error":
                skips.check(ArticleError("", value))
            elif kind == "article":
                if rows is not None:
                    yield rows
                rows = []
            elif rows is not None:  # a row always follows its article's marker
                rows.append(value)
        if rows is not None:
            yield rows
        return
    from stance.model import load_model
    from stance.parallel import classify_stream

    model = load_model(model_path, trust=trust)[0]  # also refuses a bad model before any worker starts
    if freeze_gc:
        freeze_loaded()
    articles = iter_articles(inputs, text_column)
    for article, positions in progress(classify_stream(articles, model_path, jobs, model, trust), quiet):
        if skips.check(article):
            yield [position_row(position, article) for position in positions]


def run_classify(inputs: Sequence[str], fmt: str = "table", text_column: str = "text", jobs: int = 1,
                 strict: bool = False, quiet: bool = False, model_path: Path | None = None,
                 output: Path | None = None, engine: str = "local", scheduler: str | None = None,
                 trust: bool = False, freeze_gc: bool = False) -> int:
    """``stance classify``: write actor positions for every article in *fmt*; return the article count
    (*freeze_gc*: see :func:`article_rows`)."""
    import json

    from stance.files import AtomicTextWriter
    from stance.output import to_csv, to_table

    skips = SkipCounter(strict, quiet)
    stream = article_rows(inputs, text_column, jobs, strict, quiet, model_path, skips, engine, scheduler, trust,
                          freeze_gc)
    count = 0

    def write(handle: Any) -> None:
        nonlocal count
        if fmt == "jsonl":
            for rows in stream:
                count += 1
                for row in rows:
                    handle.write(json.dumps(row, ensure_ascii=False) + "\n")
            return
        collected = []
        for rows in stream:
            count += 1
            collected.extend(rows)
        if fmt == "json":
            handle.write(json.dumps(collected, ensure_ascii=False, indent=2) + "\n")
        elif fmt == "csv":
            handle.write(to_csv([flat_position(row) for row in collected], FLAT_COLUMNS))
        else:
            handle.write(to_table([flat_position(row) for row in collected], TABLE_COLUMNS, wrap="evidence"))

    if output is None or str(output) == "-":
        write(sys.stdout)
    else:
        with AtomicTextWriter(output) as handle:
            write(handle)
    skips.summary(count)
    return count


FLAT_COLUMNS = ["article", "date", "actor", "actor_code", "stance", "confidence", "inferred", "statements",
                "evidence"]
TABLE_COLUMNS = ["article", "actor", "actor_code", "stance", "confidence", "evidence"]


def flat_position(row: dict[str, Any]) -> dict[str, Any]:
    """A classify row with its evidence reduced to a count and the strongest quote (for tables and CSV)."""
    strongest = row["evidence"][0]["text"] if row["evidence"] else ""
    article = row["article"]
    return {
        **{k: v for k, v in row.items() if k != "evidence"},
        "article": Path(article).name if "/" in article else article,
        "actor": row["actor"] + (" (inferred)" if row["inferred"] else ""),
        "statements": len(row["evidence"]),
        "evidence": strongest,
    }


def is_positions_file(path: str) -> bool:
    """Whether *path* is JSON Lines written by ``stance classify`` (rows with actor_code and stance)."""
    import json

    if not path.lower().endswith((".jsonl", ".ndjson")) or not Path(path).is_file():
        return False
    with open(path, encoding="utf-8-sig", errors="replace") as handle:
        for line in handle:
            if line.strip():
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    return False
                return isinstance(record, dict) and "actor_code" in record and "stance" in record
    return False


def _positions_file_rows(path: str, skips: SkipCounter) -> Iterator[dict[str, Any]]:
    import json

    with open(path, encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
                valid = (row["stance"] in ("condemning", "supporting", "ambiguous") and isinstance(row["actor"], str)
                         and isinstance(row["actor_code"], str) and 0.0 <= float(row["confidence"]) <= 1.0)
            except (json.JSONDecodeError, KeyError, TypeError, ValueError):
                valid = False
            if not valid:
                skips.check(ArticleError(f"{path}:{number}", f"{path}: line {number} is not a classify row"))
                continue
            yield row


def report_rows(inputs: Sequence[str], text_column: str = "text", jobs: int = 1, strict: bool = False,
                quiet: bool = False, model_path: Path | None = None, skips: SkipCounter | None = None,
                engine: str = "local", scheduler: str | None = None, trust: bool = False, freeze_gc: bool = False
                ) -> Iterator[dict[str, Any]]:
    """Classify rows for ``stance report``: read from earlier ``classify`` JSONL, or made now from articles
    (*freeze_gc*: see :func:`article_rows`)."""
    skips = skips or SkipCounter(strict, quiet)
    inputs = list(inputs) or ["-"]
    articles: list[str] = []
    for item in inputs + [None]:
        if item is not None and not is_positions_file(item):
            articles.append(item)
            continue
        if articles:  # classify the run of article inputs before this one, keeping input order
            for rows in article_rows(articles, text_column, jobs, strict, quiet, model_path, skips, engine,
                                     scheduler, trust, freeze_gc):
                yield from rows
            articles = []
        if item is not None:
            yield from _positions_file_rows(item, skips)
