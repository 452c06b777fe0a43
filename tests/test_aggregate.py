"""The per-actor rule: confidence-weighted votes, mixes are ambiguous, exceptions are inferred."""

from __future__ import annotations

import pytest

from stance.aggregate import ClassifiedStatement, aggregate, decide
from stance.extract import Statement


def item(stance, confidence, code="FRA", excepted=(), start=0):
    statement = Statement("a", code, code, "text", start, start + 4, "said", "reported", excepted)
    return ClassifiedStatement(statement, stance, confidence)


@pytest.mark.parametrize(
    "votes, expected",
    [
        ([("condemning", 0.9)], "condemning"),
        ([("supporting", 0.7), ("ambiguous", 0.6)], "supporting"),
        ([("condemning", 0.8), ("supporting", 0.75)], "condemning"),
        ([("condemning", 0.8), ("condemning", 0.7), ("supporting", 0.75), ("supporting", 0.7)], "ambiguous"),
        ([("condemning", 0.9), ("supporting", 0.6)], "condemning"),
        ([("supporting", 0.9), ("ambiguous", 0.6), ("ambiguous", 0.6)], "supporting"),
        ([("supporting", 0.9), ("ambiguous", 0.8), ("ambiguous", 0.8)], "ambiguous"),
        ([("condemning", 0.9), ("condemning", 0.8), ("supporting", 0.5)], "condemning"),
        ([("condemning", 0.4), ("ambiguous", 0.9), ("ambiguous", 0.9)], "ambiguous"),
        ([("ambiguous", 0.5)], "ambiguous"),
    ],
    ids=["single", "polar-beats-one-hedge", "one-statement-each-way-is-no-mix", "similar-opposites-two-a-side", "stronger-opposite-wins", "clear-beats-two-weaker-hedges",
         "two-strong-hedges-outweigh-one-clear",
         "clear-majority", "hedges-outweigh", "hedge-only"],
)
def test_decide(votes, expected):
    assert decide([item(s, c) for s, c in votes])[0] == expected


def test_confidence_is_mean_of_agreeing_statements():
    label, confidence = decide([item("condemning", 0.9), item("condemning", 0.7), item("ambiguous", 0.5)])
    assert label == "condemning" and confidence == pytest.approx(0.8)


def test_exception_gets_opposite_inferred_position():
    positions = aggregate("a", [item("condemning", 0.8, "INTL", ("TUR",))], lambda c: c)
    inferred = [p for p in positions if p.inferred]
    assert [(p.actor_code, p.stance) for p in inferred] == [("TUR", "supporting")]


def test_exception_with_its_own_statement_is_not_inferred():
    positions = aggregate("a", [item("condemning", 0.8, "INTL", ("TUR",)), item("ambiguous", 0.6, "TUR", start=9)],
                          lambda c: c)
    assert {(p.actor_code, p.stance, p.inferred) for p in positions} == {
        ("INTL", "condemning", False), ("TUR", "ambiguous", False)}


def test_ambiguous_group_infers_nothing():
    positions = aggregate("a", [item("ambiguous", 0.8, "INTL", ("TUR",))], lambda c: c)
    assert [p.actor_code for p in positions] == ["INTL"]


@pytest.mark.parametrize(
    "account, expected",
    [
        ("Lisbon's reaction was more tangled.", "ambiguous"),
        ("The Union's response was divided.", "ambiguous"),
        ("Oslo's position has been pulled in two directions.", "ambiguous"),
        ("Lisbon said it was following events.", "condemning"),
    ],
    ids=["reaction-tangled", "response-divided", "pulled-in-two-directions", "a-plain-hedge-is-outweighed"],
)
def test_a_writers_account_of_a_mixed_position_makes_the_actor_ambiguous(account, expected):
    clear = ClassifiedStatement(Statement("a", "Lisbon", "PRT", "Lisbon condemned the raid.", 0, 26, "condemned",
                                          "reported"), "condemning", 0.99)
    hedge = ClassifiedStatement(Statement("a", "Lisbon", "PRT", account, 30, 30 + len(account), "reaction",
                                          "reported"), "ambiguous", 0.9)
    [position] = aggregate("a", [clear, hedge], lambda code: code)
    assert position.stance == expected
