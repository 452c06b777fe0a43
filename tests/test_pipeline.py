"""Batches and processes never drop, duplicate or reorder an article (counts checked end to end)."""

from __future__ import annotations

import json

import pytest

from stance.articles import iter_articles
from stance.errors import InputError
from stance.pipeline import SkipCounter, article_rows

TEXT = ("{n} condemned the raid on the border town, the foreign ministry said. "
        "Officials in Oslo urged restraint on all sides.\n")
COUNTRIES = ["France", "Chile", "Kenya", "Japan", "Peru", "Ghana", "Nepal", "Spain"]


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "corpus.jsonl"
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(700):  # several batches of 256 (one process) and 64 (per worker)
            handle.write(json.dumps({"id": f"a{i}", "text": TEXT.format(n=COUNTRIES[i % len(COUNTRIES)])}) + "\n")
            if i == 350:
                handle.write("{not json\n")
    return path


@pytest.mark.parametrize("jobs", [1, 2])
def test_every_article_once_in_order(corpus, jobs):
    skips = SkipCounter(strict=False, quiet=True)
    groups = list(article_rows([str(corpus)], jobs=jobs, quiet=True, skips=skips))
    articles = [rows[0]["article"] for rows in groups]
    assert articles == [f"a{i}" for i in range(700)]
    assert skips.skipped == 1


def test_strict_stops_at_the_broken_line(corpus):
    with pytest.raises(InputError, match="line 352 is not valid JSON"):
        list(article_rows([str(corpus)], strict=True, quiet=True))


def test_reader_streams_without_loading_the_corpus(corpus):
    articles = iter_articles([str(corpus)])
    first = next(articles)
    assert first.id == "a0"  # the generator yields before reading the rest
