"""The record classes survive pickling (``classify --jobs`` and Dask send them between processes), also when
the package is compiled with mypyc (see setup.py), where a frozen dataclass is not rebuilt the default way."""

from __future__ import annotations

import datetime as dt
import pickle

import pytest

from stance.actors import Mention
from stance.aggregate import ActorPosition, ClassifiedStatement
from stance.articles import Article, ArticleError
from stance.extract import Statement

STATEMENT = Statement("a1", "Ankara", "TUR", "Ankara backed the operation.", 10, 38, "backed", "reported", ("ARM",))
CLASSIFIED = ClassifiedStatement(STATEMENT, "supporting", 0.91, {"supporting": 0.91, "condemning": 0.05})
RECORDS = {
    "statement": STATEMENT,
    "mention": Mention(3, 9, "Ankara", "TUR", "capital"),
    "classified statement": CLASSIFIED,
    "actor position": ActorPosition("a1", "Turkey", "TUR", "supporting", 0.91, False, (CLASSIFIED,)),
    "article": Article("a1", "Ankara backed the operation.", "Title", dt.date(2023, 9, 20), "event"),
    "article error": ArticleError("a1", "not UTF-8"),
}


@pytest.mark.parametrize("record", list(RECORDS.values()), ids=list(RECORDS))
def test_record_is_equal_after_a_pickle_round_trip(record):
    copy = pickle.loads(pickle.dumps(record))
    assert copy == record and type(copy) is type(record)


def test_statement_found_in_an_article_survives_pickling():
    from stance.extract import extract_statements

    statements = list(extract_statements("Turkey condemned the strikes, the foreign ministry said."))
    assert statements and pickle.loads(pickle.dumps(statements)) == statements
