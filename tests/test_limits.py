"""Pathological inputs run in linear time: no regular expression backtracks catastrophically.

The time bounds are generous (a noisy shared machine); quadratic behaviour on these sizes would take minutes.
"""

from __future__ import annotations

import time

import pytest

from stance.articles import MAX_ARTICLE_CHARS, make_article
from stance.extract import extract_statements

CASES = {
    "capitalised-run": "France " * 40_000,
    "commas": "Russia, " * 40_000 + "said it.",
    "unbalanced-quotes": '"France said ' * 20_000,
    "cue-storm": "said " * 60_000,
    "one-long-sentence": ("Chile urged calm and " * 20_000) + "left.",
    "possessive-chain": "Peru's " * 40_000 + "minister said so.",
    "parentheticals": "Spain, which said, " * 20_000 + "condemned it.",
    "no-spaces": "a" * 300_000,
}


@pytest.mark.parametrize("name", CASES)
def test_pathological_text_is_processed_quickly(name):
    text = CASES[name]
    start = time.perf_counter()
    statements = list(extract_statements(text, "t"))
    assert time.perf_counter() - start < 10
    assert all(text[s.start:s.end] == s.text for s in statements)


def test_articles_over_the_limit_are_truncated_with_a_warning(capsys):
    article = make_article("big", "x" * (MAX_ARTICLE_CHARS + 10))
    assert len(article.text) == MAX_ARTICLE_CHARS
    assert "truncated" in capsys.readouterr().err
