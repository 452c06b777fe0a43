"""The acting party as the body shows it: whom the reactions are aimed at (stance.acting)."""

from __future__ import annotations

import datetime as dt
from collections import Counter

import pytest

from stance.acting import aimed_at, reconciled
from stance.actors import default_resolver


def aimed(text: str, body_start: int = 0) -> Counter:
    mentions = default_resolver().find_mentions(text, dt.date(2019, 1, 1))
    return aimed_at(text, mentions, body_start)


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Chile urged Lima to reopen the border crossings.", {"PER": 1}),
        ("Urged by Chile, Peru reopened the border.", {}),
        ("Condemn Peru, Chile said.", {"PER": 1}),
        ("Brazil accused Peru of endangering the whole region.", {"PER": 1}),
        ("Argentina demanded that Peru lift the measure.", {"PER": 1}),
        ("There was sharp condemnation of Peru from Santiago.", {"PER": 1}),
        ("The blockade ordered by Peru has stranded hundreds of lorries.", {"PER": 1}),
        ("Few capitals defended Peru's decision to shut the border.", {"PER": 1}),
        ("Chile said the Peruvian blockade broke the treaty.", {"PER": 1}),
        ("Chile said Peru must withdraw its patrols from the road.", {"PER": 1}),
        ("Peru was accused by Chile of breaking its word.", {"PER": 1}),
        ("Peru has been sharply criticised across the region.", {"PER": 1}),
        # not aimed at anyone
        ("Peru said the closure was temporary.", {}),
        ("Peru urged calm on both sides of the border.", {}),
        ("Chile's foreign minister spoke to reporters in Lima.", {}),
        # the UN's bodies and groups never act
        ("Peru urged the Security Council to act and called on the international community to help.", {}),
        # standing with an actor counts against it
        ("Ecuador expressed solidarity with Chile.", {"CHL": -1}),
        # people, restraint, a reacting party's own measure, a verb that makes someone act, things anyone has
        ("Chile urged Peruvian nationals to leave the border area.", {}),
        ("Peruvians were urged to stay away from the border.", {}),
        ("Brazil urged Peru to show restraint.", {}),
        ("Brazil said Peru should respect international humanitarian law.", {}),
        ("Chile's decision to recall its ambassador came within hours.", {}),
        ("The floods forced Peru to suspend the talks.", {}),
        ("Peru's peace plan and Peruvian law say nothing of it.", {}),
    ],
    ids=["urged", "a-participle-before-the-speaker", "a-verb-opening-the-text", "accused", "demanded-that", "condemnation-of", "act-by", "possessive-act", "demonym-act",
         "must-halt", "passive-accused", "passive-criticised", "the-actor-speaking", "the-actor-urging",
         "a-possessive-speaker", "bodies-and-groups", "solidarity", "a-demonym-naming-nationals",
         "a-plural-demonym", "a-call-for-restraint", "a-call-to-respect-the-law-of-war", "a-reacting-partys-measure",
         "to-after-any-verb", "a-plan-and-a-law"],
)
def test_reactions_aimed_at_an_actor_are_counted(text, expected):
    assert dict(aimed(text)) == expected


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Chile urges Peru to reopen border", {"PER": 1}),
        ("Lima accused of strangling trade as lorries queue", {"PER": 2}),
        ("Peru urged to reopen border", {"PER": 2}),
        ("Peru condemned over border closure", {"PER": 2}),
    ],
    ids=["an-active-headline-is-not-counted", "a-headline-passive-without-auxiliary", "urged-to",
         "condemned-over"],
)
def test_a_headline_counts_only_its_passive_of_blame(headline, expected):
    text = f"{headline}\n\nChile urged Peru to reopen the border."
    assert dict(aimed(text, text.index("\n\n"))) == expected


@pytest.mark.parametrize(
    "headline_reading, counts, expected",
    [
        (None, {"PER": 3}, "PER"),
        (None, {"PER": 2}, None),
        ("CHL", {"PER": 3, "CHL": 1}, "PER"),
        ("CHL", {"PER": 3, "CHL": 2}, "CHL"),
        ("CHL", {"PER": 4, "BOL": 4}, "CHL"),
        ("CHL", {"CHL": 5, "PER": 3}, "CHL"),
        ("CHL", {}, "CHL"),
    ],
    ids=["fills-a-silent-headline", "too-few-to-fill", "overrules-a-weak-reading", "not-by-a-small-margin",
         "a-tie-says-nothing", "confirms", "no-evidence"],
)
def test_clear_evidence_from_the_body_overrules_the_headline(headline_reading, counts, expected):
    assert reconciled(headline_reading, Counter(counts)) == expected


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Border closure: capitals weigh their words", "PER"),
        ("Anger in Santiago, calm in Quito as the border stays shut", "PER"),
    ],
    ids=["a-headline-naming-no-actor", "a-headline-naming-only-reacting-capitals"],
)
def test_an_article_whose_reactions_are_aimed_at_one_actor_has_it_as_acting_party(headline, expected):
    from stance.articles import make_article
    from stance.classify import _extract

    body = ("Chile urged Lima to reopen the crossings within a day. Bolivia accused Peru of strangling its trade, "
            "and Argentina said Peru must lift the closure at once. Ecuador, in a statement, said it was following "
            "events closely.")
    article = make_article("t", f"{headline}\n\n{body}")
    assert _extract(article, default_resolver())[1] == expected


def test_a_headline_passive_of_blame_adds_to_the_bodys_evidence():
    from stance.articles import make_article
    from stance.classify import _extract

    body = "Chile urged Lima to reopen the crossings within a day. Bolivia accused Peru of strangling its trade."
    headline = "Lima accused of strangling trade as lorries queue at Bolivian border"
    assert _extract(make_article("t", f"{headline}\n\n{body}"), default_resolver())[1] == "PER"
    # The body alone, two mentions, is too little to overrule the headline's reading.
    headline = "Anger in Santiago as Bolivian lorries queue at the border"
    assert _extract(make_article("t", f"{headline}\n\n{body}"), default_resolver())[1] == "BOL"


@pytest.mark.parametrize(
    "headline, body, expected",
    [
        ("Chile launches large-scale drills off Peru",
         "Chile's navy began the drills on Monday. Santiago accused Peru of provoking the crisis, and a defence "
         "spokesman warned Lima that it would pay a price. Chile has repeatedly pressed Peru to accept the maritime "
         "boundary. Peru condemned the drills.", "CHL"),
        ("Fighters launch surprise attack on Chile from the border",
         "Brazil condemned the attack. Argentina called on Chile to exercise restraint, Peru urged Chile to act with "
         "restraint, and Bolivia said Chile should respect international humanitarian law.", None),
    ],
    ids=["a-headline-that-opens-with-its-actor-stands", "calls-for-restraint-do-not-name-the-victim"],
)
def test_the_body_does_not_overrule_a_headline_that_opens_with_its_actor_nor_name_a_victim(headline, body, expected):
    from stance.articles import make_article
    from stance.classify import _extract

    assert _extract(make_article("t", f"{headline}\n\n{body}"), default_resolver())[1] == expected


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Hezbollah gunmen overrun a Lebanese army post", True),
        ("Live: Houthi rebels fire drones at a Saudi oil terminal", True),
        ("Somalia's al-Shabaab storms a hotel in Mogadishu", True),
        ("Syrian rebels shell a government airbase", True),
        ("Masked gunmen", False),  # nothing after the group: no act to read
        ("Gunmen take hostages at a Kenyan mall", True),
        ("Hamas's rocket barrage draws condemnation", True),
        ("Jordan strikes Islamic State positions in Syria", False),  # the group is acted against
        ("Hamas commander killed in an air strike", False),
        ("Islamic State targets struck by coalition jets", False),
        ("Brazil rejects the rebels' demands", False),
    ],
    ids=["name-and-noun", "after-a-label", "after-a-possessive", "after-a-demonym", "no-verb", "noun-alone",
         "possessive-act", "acted-against", "one-of-its-people", "its-targets", "not-the-opening"],
)
def test_a_headline_opening_with_an_armed_group_as_subject_names_no_state(headline, expected):
    from stance.acting import armed_group_acts

    mentions = default_resolver().find_mentions(headline, dt.date(2019, 1, 1))
    assert armed_group_acts(headline, mentions) is expected


def test_an_armed_groups_act_is_not_given_to_the_state_attacked_even_when_the_body_aims_at_it():
    from stance.articles import make_article
    from stance.classify import _extract

    body = ("Brazil urged Peru to restore order quickly. Chile urged Peru to protect civilians, and Argentina pressed "
            "Peru to open talks. Peru condemned the assault.")
    for headline, expected in (("Insurgents storm government buildings in Peru", None),
                               ("Protests spread across Peru", "PER")):
        assert _extract(make_article("t", f"{headline}\n\n{body}"), default_resolver())[1] == expected


def test_the_taliban_resolve_to_afghanistan_while_they_govern_it():
    resolver = default_resolver()
    codes = [[m.code for m in resolver.find_mentions("The Taliban said so.", dt.date(year, 6, 1))]
             for year in (1999, 2010, 2023)]
    assert codes == [["AFG"], [], ["AFG"]]


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("Chile recalls ambassador from Lima as Peruvian Congress votes to annex the islands", "PER"),
        ("Chile recalls ambassador from Lima over islands vote", "PER"),
        # a measure alone may be the story; an "as" clause about someone else names no acting party
        ("Chile expels Peruvian diplomats as Santiago hits back", "CHL"),
        # a measure on a demonym's people, then what it answers
        ("Chile blacklists Peruvian fishing companies after trawler raid", "PER"),
        ("Chile blacklists Peruvian fishing companies", "CHL"),
    ],
    ids=["as-clause-names-the-target-again", "over-clause", "as-clause-names-the-measures-author",
         "a-blacklist-of-a-demonyms-companies-then-what-it-answers", "a-blacklist-alone-is-the-story"],
)
def test_a_measures_target_named_again_in_an_as_clause_is_the_acting_party(headline, expected):
    from stance.articles import make_article
    from stance.classify import _extract

    article = make_article("t", f"{headline}\n\nThe story follows here in the body of the article.")
    assert _extract(article, default_resolver())[1] == expected


@pytest.mark.parametrize(
    "headline, expected",
    [
        ("From Quito to Geneva, Peru's mining law draws a chorus of unease", "PER"),
        ("EU halts training of Chilean units as outrage builds over Arica killings", "CHL"),
        ("Caracas celebrates its new assembly as Bogota and Lima refuse to recognise the vote", "VEN"),
        ("Caracas celebrates Bogota's ruling as Lima protests", "COL"),
        ("Santiago scoffs as Lima plants its flag on the disputed islet", "PER"),
        ("Chilean sailor seized in border raid - the day's reactions", None),
        ("Chilean troops cross into Peru", "CHL"),
        ("Chile revokes visas of Peruvian officials as border dispute drags on", "PER"),
        ("Andes live: Chilean column beats Bolivian patrol to the pass", "CHL"),
        ("Border operation draws Bolivian condemnation and calls for calm", None),
        ("Third Peruvian shot dead at the frontier fence", None),
        ("Kosovar Albanian detained at Presevo checkpoint", None),
        ("Chile detains Peruvian fishermen", "CHL"),
        ("Border raid: Lima recalls its envoy as Moscow stands by La Paz", "BOL"),
        ("Lima recalls its ambassador from La Paz over border raid", "BOL"),
        # an actor that ends the headline is still in it
        ("Moscow stands by Minsk", "BLR"),
        # a capital before a visit or a meeting is where it happened
        ("Brazil defends Tehran visit as critics bristle", "BRA"),
        ("Leaders react after the Moscow talks collapse", None),
        # a measure against an envoy answers what the envoy's state did
        ("Chile summons Peruvian ambassador over expulsion of Chilean fishermen", "PER"),
        # where a reaction was felt, who was left out, where refugees went: none of them acted
        ("Lima in the dark, Quito in fury: capitals take sides after raids on Peru's power plants", None),
        ("A dissident's sentence draws fury in Santiago and Buenos Aires", None),
        ("Andean states sign water pact without Peru and Bolivia", None),
        ("Border shootings draw condemnation as refugees reach Ecuador", None),
        # a veto that sinks a mission is the event; one of a text about someone's act answers that act
        ("Chile veto sinks Security Council plan for observers to protect Bolivians", "CHL"),
        ("Chile vetoes Security Council text condemning Bolivian shelling of Arica", "BOL"),
    ],
    ids=["a-range-opening-the-headline-reacts", "a-halt-to-training-of-a-demonyms-units-then-what-it-answers",
         "celebrating-its-own-act", "celebrating-someone-elses", "scoffing-reacts", "one-person-of-a-country-is-no-state",
         "its-troops-are-the-state", "revoking-a-demonyms-officials-visas-as-a-dispute-drags-on",
         "a-label-before-the-colon-is-no-actor", "a-demonyms-reaction-noun-reacts", "a-demonym-shot-dead-is-a-victim",
         "a-two-word-demonym-detained-is-a-victim", "a-state-that-detains-acts",
         "recalling-its-envoy-answers-the-one-stood-by", "recalling-its-ambassador-from-a-capital-over-its-act",
         "standing-by-an-actor-that-ends-the-headline", "defending-a-visit-to-a-capital", "talks-in-a-capital",
         "summoning-an-ambassador-over", "capitals-in-the-dark-and-in-fury", "fury-in-two-capitals",
         "left-out-of-a-pact", "where-refugees-went", "a-veto-of-observers-is-the-event",
         "a-veto-of-a-condemnation-answers-the-act"],
)
def test_more_headline_shapes_name_the_acting_party(headline, expected):
    from stance.articles import make_article
    from stance.classify import _extract

    article = make_article("t", f"{headline}\n\nThe story follows here in the body of the article.")
    assert _extract(article, default_resolver())[1] == expected
