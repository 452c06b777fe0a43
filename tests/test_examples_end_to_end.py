"""Example articles end to end: every expected actor position in data/examples/*.expected.csv, one test each.

Positions the bundled model still gets wrong are listed in KNOWN_MISSES and marked xfail (not strict), so
the suite shows them instead of hiding them; a threshold test keeps the overall share from slipping.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pytest

from stance.articles import iter_articles
from stance.classify import classify_articles
from stance.evaluate_articles import matches, read_expected

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "data" / "examples"
ARTICLES = sorted(EXAMPLES.glob("*.txt"))
SHARED_ARTICLE = ROOT.parent / "shared" / "articles" / "nagorno-karabakh-2023-09-20.txt"

# (article stem, actor code): why the bundled model or the extractor still misses it.
KNOWN_MISSES: dict[tuple[str, str], str] = {}


def expected_rows(article: Path) -> list[tuple[str, str]]:
    return [(row["actor_code"], row["expected"]) for row in read_expected(article)]


CASES = [(article, code, expected) for article in ARTICLES for code, expected in expected_rows(article)]


@lru_cache(maxsize=None)
def positions(article: Path) -> dict[str, str]:
    from stance.model import load_model

    [(_, found)] = list(classify_articles(iter_articles([str(article)]), load_model()[0]))
    return {p.actor_code: p.stance for p in found}


def test_there_are_at_least_fifteen_examples_with_expectations():
    assert len(ARTICLES) >= 15
    assert all(expected_rows(a) for a in ARTICLES)


@pytest.mark.parametrize(
    "article, code, expected",
    [pytest.param(a, c, e, id=f"{a.stem}-{c}",
                  marks=[pytest.mark.xfail(reason=KNOWN_MISSES[(a.stem, c)], strict=False)]
                  if (a.stem, c) in KNOWN_MISSES else [])
     for a, c, e in CASES],
)
def test_example_actor_position(article, code, expected):
    got = positions(article).get(code)
    assert matches(got, expected), f"{code}: expected {expected}, got {got or 'nothing'}"


def test_most_example_positions_are_right():
    right = sum(matches(positions(a).get(c), e) for a, c, e in CASES)
    assert right / len(CASES) >= 0.93, f"{right} of {len(CASES)}"


@pytest.mark.skipif(not SHARED_ARTICLE.exists(), reason="the shared real article is not beside this checkout")
def test_real_karabakh_article_gives_its_expected_positions():
    got = positions(SHARED_ARTICLE)
    assert got.get("AZE") == "supporting"
    assert got.get("TUR") == "supporting"
    assert got.get("RUS") == "ambiguous" and got.get("CHN") == "ambiguous"
    assert got.get("INTL") == "condemning"
    assert got.get("USA") != "supporting"
