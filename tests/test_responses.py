"""Approving of a response to the action condemns the action; approving of the action's own measure supports it."""

from __future__ import annotations

import datetime as dt

import pytest

from stance.actors import default_resolver
from stance.responses import response_side
from stance.votes import AGAINST, FOR

from context_step import read_in_context

HEADLINE = "Soldiers seize power in Gabon\n\n"


def side(sentence: str, acting: str, headline: str = HEADLINE, vote_direction: str | None = None) -> str | None:
    article = headline + sentence
    mentions = default_resolver().find_mentions(article, dt.date(2023, 9, 1))
    return response_side(article, len(headline), len(article), acting, mentions, lambda: vote_direction)


@pytest.mark.parametrize(
    "sentence, acting, expected",
    [
        pytest.param("Oslo welcomed the swift and firm response from the African Union.", "GAB", "condemning",
                     id="approves-a-response-named-by-its-word"),
        pytest.param("Rome praised Nigeria's decision to close the border.", "GAB", "condemning",
                     id="approves-another-partys-decision"),
        pytest.param("Rome praised Gabon's decision to hold elections.", "GAB", "supporting",
                     id="approves-the-acting-partys-own-decision"),
        pytest.param("Accra said it would enforce the African Union measures at its ports.", "GAB", "condemning",
                     id="carries-out-another-partys-measures"),
        pytest.param("Rome joined the sanctions a week later.", "GAB", "condemning", id="joins-the-sanctions"),
        pytest.param("Lima refused to apply the sanctions.", "GAB", None, id="a-refusal-to-apply-is-left-to-the-model"),
        pytest.param("Lisbon criticised the AU for applying the sanctions.", "GAB", None,
                     id="someone-elses-applying-is-not-approval"),
        pytest.param("Lisbon warned that any country joining the sanctions would pay a price.", "GAB", None,
                     id="any-country-joining-is-not-approval"),
        pytest.param("Lisbon criticised the sanctions as harsh.", "GAB", "supporting",
                     id="disapproves-of-sanctions-that-are-not-the-event"),
        pytest.param("Minsk described Warsaw's retaliatory expulsions as unjustified.", "GAB", "supporting",
                     id="judges-a-retaliation-unjustified"),
        pytest.param("Lima regarded the Gabonese measures as entirely appropriate.", "GAB", "supporting",
                     id="judges-the-acting-partys-measures-appropriate"),
        pytest.param("Hanoi backed the measures adopted in Libreville.", "GAB", "supporting",
                     id="owner-named-after-the-measure"),
        pytest.param("Oslo criticised the killing of a Gabonese officer in response to the protests.", "GAB", None,
                     id="a-response-inside-another-phrase-is-not-judged"),
        pytest.param("Oslo did not welcome the response from the African Union.", "GAB", None,
                     id="a-negated-judgement-is-none"),
        pytest.param("Oslo did not say whether it regarded the response as justified.", "GAB", None,
                     id="an-unsaid-judgement-is-none"),
        pytest.param("The criticism drew an angry response from Nigeria.", "GAB", None, id="a-noun-judges-nothing"),
        pytest.param("Oslo welcomed the move.", "GAB", None, id="an-ownerless-move-is-left-to-the-model"),
        pytest.param("Oslo welcomed the response and rejected Gabon's decision.", "GAB", "condemning",
                     id="two-judgements-on-one-side"),
        pytest.param("Oslo welcomed the response but backed Gabon's decision.", "GAB", None,
                     id="two-judgements-on-two-sides"),
        pytest.param("Lisbon pushed to roll back the sanctions.", "GAB", None, id="roll-back-is-not-backing"),
        pytest.param("Lima said the Gabonese measures were a flagrant violation of the charter.", "GAB",
                     "condemning", id="said-the-measure-was-a-violation"),
        pytest.param("Minsk argued that the sanctions were part of a hostile campaign.", "GAB", "supporting",
                     id="argued-the-response-was-hostile"),
        pytest.param("Lima called the Gabonese decision to halt the attack on the port an error.", "GAB", None,
                     id="a-judgement-word-after-to-belongs-to-the-infinitive"),
        pytest.param("Lima stopped short of endorsing the response from the African Union.", "GAB", None,
                     id="stopped-short-of-is-no-judgement"),
        pytest.param("Oslo didn't welcome the response from the African Union.", "GAB", None,
                     id="a-contracted-negation-is-none"),
        pytest.param("Minsk described Warsaw's expulsions as not justified.", "GAB", None,
                     id="a-negated-judgement-after-the-measure-is-none"),
        pytest.param("The sanctions were hardly welcomed in Rome.", "GAB", None, id="hardly-welcomed-is-none"),
        pytest.param("The sanctions drew no criticism from Moscow.", "GAB", None, id="drew-no-criticism-is-none"),
        pytest.param("Lisbon rolled back the sanctions.", "GAB", None, id="rolled-back-is-not-backing"),
        pytest.param("Oslo welcomed the decision to withdraw from Gabon.", "GAB", None,
                     id="a-place-after-an-infinitive-is-no-owner"),
        pytest.param('Oslo welcomed the "firm" response.', "GAB", "condemning", id="a-quoted-modifier"),
        pytest.param("Oslo welcomed the U.S. response.", "GAB", "condemning", id="an-abbreviated-owner"),
        pytest.param("Rome gave its backing for the African Union response.", "GAB", "condemning",
                     id="backing-for-a-response"),
        pytest.param("The sanctions were also welcomed by Rome.", "GAB", "condemning", id="also-welcomed"),
        pytest.param("Nigeria's response was called an inappropriate reaction.", "GAB", "supporting",
                     id="a-judgement-after-a-passive-verb-of-calling"),
        pytest.param("Backing for the sanctions was given by Gabon's neighbour Cameroon.", "GAB", "condemning",
                     id="by-after-a-passive-verb-names-no-owner"),
        pytest.param("Rome welcomed the punitive measures.", "GAB", "condemning", id="punitive-measures-answer"),
        pytest.param('Oslo expressed "regret and dismay" at the Gabonese decision.', "GAB", "condemning",
                     id="a-noun-of-regret-at-the-action"),
        pytest.param("Lima voiced its opposition to the sanctions.", "GAB", "supporting",
                     id="a-noun-of-opposition-to-a-response"),
        pytest.param("The sanctions themselves drew criticism from Moscow.", "GAB", "supporting",
                     id="a-response-drew-criticism"),
        pytest.param("Gabon's decision won praise from Moscow.", "GAB", "supporting",
                     id="the-action-won-praise"),
    ],
)
def test_a_judgement_of_a_measure_takes_the_side_its_owner_gives_it(sentence, acting, expected):
    assert side(sentence, acting) == expected


def test_a_headline_after_a_navigation_line_still_makes_sanctions_the_event():
    article = "World\nWashington restores sanctions on Iran\n\nCaracas rejected the sanctions."
    mentions = default_resolver().find_mentions(article, dt.date(2023, 9, 1))
    start = article.index("Caracas")
    assert response_side(article, start, len(article), "USA", mentions, lambda: None,
                         headline="Washington restores sanctions on Iran") is None


@pytest.mark.parametrize(
    "headline, expected",
    [
        pytest.param("Soldiers seize power in Niger\n\n", "supporting", id="sanctions-answer-a-coup"),
        pytest.param("Washington restores sanctions on Iran\n\n", None, id="sanctions-are-the-event"),
        pytest.param("EU imposes sanctions on Belarus over crackdown\n\nThe EU put sanctions on Belarus. ",
                     "supporting", id="sanctions-of-the-headline-aimed-at-the-acting-party"),
    ],
)
def test_sanctions_are_a_response_unless_the_article_is_about_them(headline, expected):
    acting = "USA" if "Washington" in headline else "NER" if "Niger" in headline else "BLR"
    assert side("Caracas rejected the sanctions.", acting, headline) == expected


@pytest.mark.parametrize(
    "sentence, direction, expected",
    [
        pytest.param("The result was hailed in Ramallah.", AGAINST, "condemning", id="hailing-a-rebuke"),
        pytest.param("The result was hailed in Ramallah.", FOR, "supporting", id="hailing-an-endorsement"),
        pytest.param("Caracas rejected the resolution.", AGAINST, "supporting", id="rejecting-a-rebuke"),
        pytest.param("The result was hailed in Ramallah.", None, None, id="a-vote-of-unknown-direction"),
    ],
)
def test_a_judgement_of_a_vote_takes_the_direction_of_its_text(sentence, direction, expected):
    assert side(sentence, "USA", "Assembly rebukes Washington\n\n", direction) == expected


@pytest.mark.parametrize(
    "headline, expected",
    [
        pytest.param("Parliament in Tbilisi votes to create an army\n\n", "supporting", id="the-acting-party-votes"),
        pytest.param("Assembly rebukes Tbilisi in vote\n\n", "condemning", id="a-vote-against-the-acting-party"),
        pytest.param("Georgia votes against UN resolution condemning its raid\n\n", "condemning",
                     id="the-acting-party-voting-against-a-text"),
    ],
)
def test_a_vote_the_acting_party_casts_itself_is_the_event(headline, expected):
    assert side("Ankara welcomed the vote.", "GEO", headline, AGAINST) == expected


@pytest.mark.parametrize(
    "sentence, expected",
    [
        pytest.param("Accra warned that any intervention in Niger would be an act of war and rejected it.", None,
                     id="warning-is-not-a-judgement"),
        pytest.param("Accra opposed any armed intervention in Niger.", "supporting", id="opposing-an-intervention"),
        pytest.param("Accra opposed any intervention by Niger.", "condemning", id="an-intervention-by-the-actor-is-its-act"),
    ],
)
def test_an_intervention_against_the_acting_party_is_a_response(sentence, expected):
    assert side(sentence, "NER", "Soldiers seize power in Niger\n\n") == expected


WELCOMED = "Oslo welcomed the swift response from the African Union."


def test_approval_of_a_response_is_read_as_condemning():
    out = read_in_context(HEADLINE + WELCOMED, WELCOMED, "Oslo", "NOR", "welcomed",
                          {"condemning": 0.1, "supporting": 0.8, "ambiguous": 0.1}, "GAB", dt.date(2023, 9, 1))
    assert (out.stance, out.confidence) == ("condemning", 0.8)


@pytest.mark.parametrize(
    "ambiguous, expected",
    [pytest.param(0.45, "condemning", id="less-than-half-hedged-takes-the-side"),
     pytest.param(0.60, "ambiguous", id="mostly-hedged-stays-ambiguous")],
)
def test_a_judged_statement_takes_its_side_unless_the_model_reads_it_as_mostly_hedged(ambiguous, expected):
    rest = (1 - ambiguous) / 2
    probabilities = {"condemning": rest - 0.05, "supporting": rest + 0.05, "ambiguous": ambiguous}
    out = read_in_context(HEADLINE + WELCOMED, WELCOMED, "Oslo", "NOR", "welcomed", probabilities, "GAB",
                          dt.date(2023, 9, 1))
    assert out.stance == expected
