"""From classified statements to one position per actor per article.

The rule (also in the README):

1. Each statement votes for its predicted label with its confidence (the model's probability of it).
2. Let C, S, A be the summed votes for condemning, supporting and ambiguous. The stronger of C and S is the
   actor's candidate position P, the weaker O.
3. If P is 0, the actor is **ambiguous**. If O is at least 70% of P, the actor said opposing things of
   similar weight and is **ambiguous** (mixed). If P is less than A, hedging outweighs the clear statements and
   the actor is **ambiguous**. Otherwise the actor's position is P.
4. The position's confidence is the mean confidence of the statements that agree with it (of all of them
   when the actor is ambiguous because of a mix).
5. A group statement with exceptions ("all countries, except Turkey, called on ... to halt") gives each
   excepted actor the opposite position, when the group condemns or supports and the excepted actor has no
   statement of its own in the article, marked ``inferred``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable

from stance.extract import Statement

CONDEMNING, SUPPORTING, AMBIGUOUS = "condemning", "supporting", "ambiguous"
OPPOSITE = {CONDEMNING: SUPPORTING, SUPPORTING: CONDEMNING}
MIXED_RATIO = 0.7
HEDGE_RATIO = 1.0


@dataclass(frozen=True, slots=True)
class ClassifiedStatement:
    """A statement with the model's label, its confidence, and the probabilities of every label."""

    statement: Statement
    stance: str
    confidence: float
    probabilities: dict[str, float] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ActorPosition:
    """An actor's position toward an article's event, with the statements that show it (strongest first)."""

    article_id: str
    actor: str
    actor_code: str
    stance: str
    confidence: float
    inferred: bool
    evidence: tuple[ClassifiedStatement, ...]


def decide(statements: Iterable[ClassifiedStatement]) -> tuple[str, float]:
    """The position and confidence of one actor from its classified statements (rules 1-4)."""
    statements = list(statements)
    votes = {CONDEMNING: 0.0, SUPPORTING: 0.0, AMBIGUOUS: 0.0}
    for item in statements:
        votes[item.stance] += item.confidence
    polar, other = sorted((CONDEMNING, SUPPORTING), key=lambda label: -votes[label])
    if votes[polar] == 0:
        label = AMBIGUOUS
    elif votes[other] >= MIXED_RATIO * votes[polar]:
        agreeing = statements  # a mix: every statement is evidence of it
        return AMBIGUOUS, round(sum(s.confidence for s in agreeing) / len(agreeing), 4)
    elif votes[polar] < HEDGE_RATIO * votes[AMBIGUOUS]:
        label = AMBIGUOUS
    else:
        label = polar
    agreeing = [s for s in statements if s.stance == label]
    return label, round(sum(s.confidence for s in agreeing) / len(agreeing), 4)


def aggregate(article_id: str, statements: Iterable[ClassifiedStatement], name_of) -> list[ActorPosition]:
    """One :class:`ActorPosition` per actor, in order of the actor's first statement, then inferred ones.

    Args:
        article_id: the article's id.
        statements: the article's classified statements.
        name_of: a function from actor code to display name.
    """
    by_actor: dict[str, list[ClassifiedStatement]] = {}
    for item in statements:
        by_actor.setdefault(item.statement.actor_code, []).append(item)
    positions = []
    for code, items in by_actor.items():
        label, confidence = decide(items)
        evidence = tuple(sorted(items, key=lambda s: (s.stance != label, -s.confidence, s.statement.start)))
        positions.append(ActorPosition(article_id, name_of(code), code, label, confidence, False, evidence))
    inferred = []
    for position in positions:
        if position.stance not in OPPOSITE:
            continue
        group_evidence = [s for s in position.evidence if s.statement.excepted and s.stance == position.stance]
        for item in group_evidence:
            for code in item.statement.excepted:
                if code in by_actor or any(p.actor_code == code for p in inferred):
                    continue
                inferred.append(ActorPosition(article_id, name_of(code), code, OPPOSITE[position.stance],
                                              position.confidence, True, (item,)))
    return positions + inferred
