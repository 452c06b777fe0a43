"""Articles in, actor positions out: extraction, actor resolution, the model, and aggregation joined up.

Statements of many articles are classified in one batch (the vectoriser and the linear model are much
faster per statement on a batch than one at a time); output order is always input order.
"""

from __future__ import annotations

from itertools import islice
from typing import Any, Iterable, Iterator

from stance.actors import ActorResolver, default_resolver
from stance.aggregate import ActorPosition, ClassifiedStatement, aggregate
from stance.articles import Article, ArticleError
from stance.extract import Statement, extract_statements
from stance.model import LABELS

BATCH_ARTICLES = 256


def classify_statements(model: Any, statements: list[Statement]) -> list[ClassifiedStatement]:
    """Label each statement with the model."""
    if not statements:
        return []
    proba = model.predict_proba([s.text for s in statements])
    columns = [list(model.classes_).index(label) for label in LABELS]
    out = []
    for statement, row in zip(statements, proba[:, columns]):
        probabilities = {label: round(float(p), 4) for label, p in zip(LABELS, row)}
        best = max(probabilities, key=probabilities.get)
        out.append(ClassifiedStatement(statement, best, probabilities[best], probabilities))
    return out


def classify_article(article: Article | str, model: Any = None, resolver: ActorResolver | None = None
                     ) -> list[ActorPosition]:
    """The position of every actor in one article (an :class:`Article` or plain text)."""
    if isinstance(article, str):
        from stance.articles import _make_article

        article = _make_article("<text>", article)
    return next(classify_articles([article], model, resolver))[1]


def classify_articles(articles: Iterable[Article | ArticleError], model: Any = None,
                      resolver: ActorResolver | None = None, batch_articles: int = BATCH_ARTICLES
                      ) -> Iterator[tuple[Article | ArticleError, list[ActorPosition]]]:
    """Yield ``(article, positions)`` for each input, in input order; an ArticleError gets no positions."""
    if model is None:
        from stance.model import load_model

        model = load_model()[0]
    resolver = resolver or default_resolver()
    iterator = iter(articles)
    while True:
        batch = list(islice(iterator, batch_articles))
        if not batch:
            return
        extracted = [
            list(extract_statements(a.text, a.id, a.date, resolver)) if isinstance(a, Article) else []
            for a in batch
        ]
        flat = [s for statements in extracted for s in statements]
        classified = iter(classify_statements(model, flat))
        for article, statements in zip(batch, extracted):
            items = [next(classified) for _ in statements]
            positions = aggregate(article.id, items, resolver.name) if isinstance(article, Article) else []
            yield article, positions


def position_row(position: ActorPosition, article: Article | None = None) -> dict[str, Any]:
    """An actor position in the JSON Lines contract of ``stance classify``."""
    row: dict[str, Any] = {
        "article": position.article_id,
        "actor": position.actor,
        "actor_code": position.actor_code,
        "stance": position.stance,
        "confidence": position.confidence,
        "inferred": position.inferred,
        "evidence": [
            {
                "text": item.statement.text,
                "speaker": item.statement.speaker,
                "kind": item.statement.kind,
                "stance": item.stance,
                "confidence": item.confidence,
                "start": item.statement.start,
                "end": item.statement.end,
            }
            for item in position.evidence
        ],
    }
    if article is not None:
        row["date"] = article.date.isoformat() if article.date else None
        row["title"] = article.title
        if article.event:
            row["event"] = article.event
    return row
