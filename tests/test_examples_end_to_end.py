"""Every example article in data/examples/ gives the positions its expected CSV lists (end to end)."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from stance.articles import iter_articles
from stance.classify import classify_articles

EXAMPLES = Path(__file__).resolve().parent.parent / "data" / "examples"
ARTICLES = sorted(EXAMPLES.glob("*.txt"))


def expected_positions(article: Path) -> dict[str, str]:
    with open(article.with_suffix(".expected.csv"), encoding="utf-8", newline="") as handle:
        return {row["actor_code"]: row["expected"] for row in csv.DictReader(handle)}


def test_there_are_at_least_fifteen_examples():
    assert len(ARTICLES) >= 15
    assert all(a.with_suffix(".expected.csv").exists() for a in ARTICLES)


@pytest.mark.parametrize("article", ARTICLES, ids=[a.stem for a in ARTICLES])
def test_example_article_gives_expected_positions(article, model):
    [(_, positions)] = list(classify_articles(iter_articles([str(article)]), model))
    got = {p.actor_code: p.stance for p in positions}
    wrong = []
    for code, expected in expected_positions(article).items():
        if expected == "absent":
            if code in got:
                wrong.append(f"{code}: expected absent, got {got[code]}")
        elif expected == "not supporting":
            if got.get(code) == "supporting":
                wrong.append(f"{code}: expected not supporting")
        elif got.get(code) != expected:
            wrong.append(f"{code}: expected {expected}, got {got.get(code, 'nothing')}")
    assert not wrong, "; ".join(wrong)
