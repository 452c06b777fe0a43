"""Scoring whole-article classification against positions a reader expects (``stance evaluate --articles``).

A folder holds articles (``NAME.txt``) each with ``NAME.expected.csv``: ``article,actor_code,expected,evidence``
rows, where ``expected`` is a stance, ``not supporting`` (anything but supporting, absence included) or
``absent`` (the actor is mentioned, e.g. as a listener, but must get no position). This scores the whole
chain (reading, extraction, actor resolution, classification, aggregation) the way a user meets it, which
the statement-level figures of ``stance evaluate`` do not.
"""

from __future__ import annotations

import csv
import os
from pathlib import Path
from typing import Any

from stance.errors import DataError

EXPECTED_SUFFIX = ".expected.csv"


def matches(got: str | None, expected: str) -> bool:
    """Whether a found stance (None: the actor got no position) is what the expected label asks for."""
    if expected == "absent":
        return got is None
    if expected == "not supporting":
        return got != "supporting"
    return got == expected


def read_expected(article: Path) -> list[dict[str, str]]:
    """The expected rows of *article* (its ``.expected.csv`` beside it)."""
    path = article.with_name(article.stem + EXPECTED_SUFFIX)
    try:
        with open(path, encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
    except FileNotFoundError:
        raise DataError(f"{article}: no {path.name} beside it with the expected positions") from None
    if rows and not {"actor_code", "expected"} <= set(rows[0]):
        raise DataError(f"{path}: needs the columns actor_code and expected")
    return rows


def evaluate_articles(folder: str | os.PathLike, model: Any, resolver: Any = None) -> dict[str, Any]:
    """Classify every ``*.txt`` in *folder* with *model* and compare each actor's position with the expected
    one. Returns counts, accuracy and one row per expected position that was missed."""
    from stance.articles import iter_articles
    from stance.classify import classify_articles

    folder = Path(folder)
    if not folder.is_dir():
        raise DataError(f"{folder}: not a folder of articles with .expected.csv files")
    articles = sorted(p for p in folder.glob("*.txt"))
    if not articles:
        raise DataError(f"{folder}: no *.txt articles in it")
    expected = {article: read_expected(article) for article in articles}
    total = correct = 0
    misses: list[dict[str, Any]] = []
    results = classify_articles(iter_articles([str(a) for a in articles]), model, resolver)
    for article, (_, positions) in zip(articles, results):
        found = {p.actor_code: p.stance for p in positions}
        for row in expected[article]:
            total += 1
            got = found.get(row["actor_code"])
            if matches(got, row["expected"]):
                correct += 1
            else:
                misses.append({"article": article.name, "actor_code": row["actor_code"],
                               "expected": row["expected"], "got": got, "evidence": row.get("evidence", "")})
    return {"articles": len(articles), "positions": total, "correct": correct,
            "accuracy": correct / total if total else 0.0, "misses": misses}


def format_articles(result: dict[str, Any]) -> str:
    lines = [f"{result['correct']} of {result['positions']} expected positions right "
             f"({result['accuracy']:.1%}) in {result['articles']} articles"]
    for miss in result["misses"]:
        lines.append(f"  {miss['article']:<40} {miss['actor_code']:<12} expected {miss['expected']:<15} "
                     f"got {miss['got'] or '-'}")
    return "\n".join(lines) + "\n"
