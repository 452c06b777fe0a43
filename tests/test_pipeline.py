"""Batches and processes never drop, duplicate or reorder an article (counts checked end to end)."""

from __future__ import annotations

import json

import pytest

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


def test_classification_streams_its_input(model):
    """Results of the first batch come out before later articles are even read."""
    from stance.articles import make_article
    from stance.classify import BATCH_ARTICLES, classify_articles

    def articles():
        for i in range(BATCH_ARTICLES):
            yield make_article(f"a{i}", TEXT.format(n="France"))
        raise AssertionError("read past the first batch before yielding anything")

    first = next(classify_articles(articles(), model))
    assert first[0].id == "a0"
