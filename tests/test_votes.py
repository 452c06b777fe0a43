"""Votes on a resolution: the direction of the text from the article, and the side each vote takes."""

from __future__ import annotations

import datetime as dt

import pytest

from stance.actors import default_resolver
from stance.votes import AGAINST, FOR, side_of_vote, text_direction, vote_of

from context_step import read_in_context


def direction(text: str, acting: str, date: dt.date = dt.date(2015, 6, 1)) -> str | None:
    return text_direction(text, default_resolver().find_mentions(text, date), acting)


@pytest.mark.parametrize(
    "text, acting, expected",
    [
        ("The draft, tabled by Mexico, demands that Venezuela release all political prisoners.", "VEN", AGAINST),
        ("The Council adopted a resolution that imposes an arms embargo on Eritrea.", "ERI", AGAINST),
        ("The Security Council imposed a fourth round of sanctions on Iran.", "IRN", AGAINST),
        ("Fourteen members voted for a resolution urging Israel to drop its plan.", "ISR", AGAINST),
        ("The text calls on Serbia to withdraw.", "SRB", AGAINST),
        ("The Assembly voted to declare null and void any change to the status of Crimea, a rebuke to Moscow.",
         "RUS", AGAINST),
        ("The resolution condemns the attacks in Chad and calls on Libya to withdraw.", "LBY", AGAINST),
        ("The text, drafted with the support of Egypt, welcomes Sudan's transition plan.", "SDN", FOR),
        ("The motion praises Ethiopia for its mediation.", "ETH", FOR),
        ("The Council voted to impose an air embargo and an arms ban on Sudan.", "SDN", AGAINST),
        ("The Council voted to lift the arms embargo on Sudan.", "SDN", None),
        # a text aimed at someone else, or none at all
        ("The draft demands that Armenia withdraw.", "AZE", None),
        ("Algeria condemned Morocco's move and called on Rabat to reverse it.", "MAR", None),
        # the article says both: no direction
        ("The first text condemns Serbia. A second resolution praises Serbia for its restraint.", "SRB", None),
        # a name in a new clause after the verb is not what the verb is aimed at
        ("The Assembly condemned Serbia. Oslo welcomed the vote, saying it gave the plan backing and that Serbia "
         "should stop.", "SRB", AGAINST),
    ],
    ids=["demands-that", "imposes-an-embargo-on", "imposed-a-fourth-round-of-sanctions-on", "urging-the-party",
         "calls-on-the-party", "null-and-void-then-rebuke", "calls-on-after-a-place",
         "welcomes-after-a-sponsor", "praises", "impose-an-air-embargo-and-an-arms-ban-on", "lifting-an-embargo-is-no-direction",
         "aimed-at-another", "no-text-voted-on", "both-directions",
         "a-name-after-a-clause-break"],
)
def test_the_direction_of_a_text_is_read_from_the_article(text, acting, expected):
    assert direction(text, acting) == expected


@pytest.mark.parametrize(
    "statement, cue, direction_, expected",
    [
        ("Norway voted for the text.", "voted", AGAINST, "condemning"),
        ("Norway voted in favour, with reservations.", "voted", AGAINST, "condemning"),
        ("Norway voted against the draft.", "voted", AGAINST, "supporting"),
        ("Norway voted for the text.", "voted", FOR, "supporting"),
        ("Norway voted against it.", "voted", FOR, "condemning"),
        ("Ghana co-sponsored the resolution.", "co-sponsored", AGAINST, "condemning"),
        ("Its envoy said his country had voted in favour because the tests broke the rules.", "said", AGAINST,
         "condemning"),
        # not the speaker's vote, no vote, or no known direction
        ("She said Moscow, by voting no, had shielded its ally.", "said", AGAINST, None),
        ("Norway abstained.", "abstained", AGAINST, None),
        ("Norway voted for the text.", "voted", None, None),
    ],
    ids=["for-a-text-against", "in-favour", "against-a-text-against", "for-a-text-for", "against-a-text-for",
         "co-sponsored", "own-country-in-reported-words", "another-actors-vote", "abstention", "no-direction"],
)
def test_a_vote_takes_the_side_its_text_gives_it(statement, cue, direction_, expected):
    assert side_of_vote(vote_of(statement, cue), direction_) == expected


@pytest.mark.parametrize(
    "names, expected",
    [(["Oslo"], FOR), (["Norway"], None), ([], None)],
    ids=["the-speakers-capital-votes", "another-name-before-the-vote", "no-names"],
)
def test_a_vote_whose_subject_names_the_speaker_is_the_speakers(names, expected):
    assert vote_of("Its envoy said Oslo had supported the draft because the tests broke the rules.", "said",
                   names) == expected


@pytest.mark.parametrize(
    "probabilities, expected_label, expected_confidence",
    [
        ((0.1, 0.8, 0.1), "condemning", 0.8),  # the model's side moves to the vote's side
        ((0.7, 0.2, 0.1), "condemning", 0.7),  # already there
        ((0.05, 0.25, 0.7), "ambiguous", 0.7),  # a hedged vote stays ambiguous
    ],
    ids=["moved", "unchanged", "hedged-stays-ambiguous"],
)
def test_a_vote_on_a_text_against_the_actor_is_read_as_condemning(probabilities, expected_label,
                                                                   expected_confidence):
    article = "The resolution demands that Venezuela free the prisoners.\n\nNorway voted for the text."
    out = read_in_context(article, "Norway voted for the text.", "Norway", "NOR", "voted",
                          dict(zip(("condemning", "supporting", "ambiguous"), probabilities)), "VEN")
    assert (out.stance, out.confidence) == (expected_label, expected_confidence)
    assert sorted(out.probabilities.values()) == sorted(probabilities)
