"""Read one statement of an article through the classifier's context step (``classify._read_in_context``)."""

from __future__ import annotations

import datetime as dt

from stance.actors import default_resolver
from stance.aggregate import ClassifiedStatement
from stance.classify import _read_in_context
from stance.extract import Statement


def read_in_context(article: str, sentence: str, speaker: str, code: str, cue: str,
                    probabilities: dict[str, float], acting: str,
                    date: dt.date = dt.date(2019, 1, 1)) -> ClassifiedStatement:
    """The last *sentence* of *article*, said by *speaker* (*code*) with the model's *probabilities*, as the
    context step leaves it when *acting* is the article's acting party."""
    start = article.rindex(sentence)
    statement = Statement("a", speaker, code, sentence, start, start + len(sentence), cue, "reported")
    best = max(probabilities, key=probabilities.__getitem__)
    item = ClassifiedStatement(statement, best, probabilities[best], probabilities)
    [out] = _read_in_context([item], article, default_resolver().find_mentions(article, date), acting)
    return out
