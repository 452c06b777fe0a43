"""Standing with another actor takes that actor's side."""

from __future__ import annotations

import datetime as dt

import pytest

from stance.actors import default_resolver
from stance.aggregate import ClassifiedStatement
from stance.alignment import aligned_with
from stance.classify import _standing_with, classify_article
from stance.extract import Statement


def stands_with(text: str, speaker: str) -> list[str]:
    mentions = default_resolver().find_mentions(text, dt.date(2019, 1, 1))
    return aligned_with(text, 0, len(text), speaker, mentions)


@pytest.mark.parametrize(
    "text, speaker, expected",
    [
        ("Manila openly sided with Hanoi.", "PHL", ["VNM"]),
        ("Lima has come down, carefully but clearly, on Quito's side.", "PER", ["ECU"]),
        ("Athens stood firmly by Nicosia.", "GRC", ["CYP"]),
        ("The Gulf monarchies rallied behind Riyadh within hours.", "INTL", ["SAU"]),
        ("Amman has quietly lined up behind Cairo.", "JOR", ["EGY"]),
        ("Ottawa expressed its solidarity with the Philippines.", "CAN", ["PHL"]),
        ("Belgrade voiced support for Moscow and nothing more.", "SRB", ["RUS"]),
        ("Tokyo backed Seoul without reservation.", "JPN", ["KOR"]),
        ("Minsk quickly came to Moscow's defence.", "BLR", ["RUS"]),
        ("Amman is firmly in Riyadh's camp.", "JOR", ["SAU"]),
        ("The Kremlin said it shared Belgrade's concerns.", "RUS", ["SRB"]),
        # denied, judged, or not standing with anyone
        ("Rome refused to side with Paris.", "ITA", []),
        ("Berlin was wary of appearing to side with Ankara.", "DEU", []),
        ("Caracas accused Bogota of siding with Washington.", "VEN", []),
        ("Pretoria condemned London's decision to side with Kigali.", "ZAF", []),
        ("Tokyo backed Seoul's call for talks.", "JPN", []),
        ("Warsaw said it stood by its own decision.", "POL", []),
        ("Paris expressed its solidarity with the Syrian people.", "FRA", []),
        ("Hanoi pulled back Laotian fishing boats from the area.", "VNM", []),
        ("Moscow said Western support for Ukraine would only prolong the war.", "RUS", []),
        ("China warned the Philippines against siding with the United States.", "CHN", []),
        ("Britain withdrew its support for Israel.", "GBR", []),
        ("Lebanon said the rockets landed on Israel's side of the border.", "LBN", []),
        ("Britain said an official in Russia's defence ministry had been arrested.", "GBR", []),
        ("Rome did not share Paris's concerns.", "ITA", []),
        ("Moscow doesn't share Kyiv's view.", "RUS", []),
        ("Tokyo said it hardly shares Seoul's position.", "JPN", []),
        ('Athens said it stood "shoulder to shoulder with our brothers in Cyprus".', "GRC", ["CYP"]),
        ("Athens said it stood with its friends in Nicosia.", "GRC", ["CYP"]),
        ("Athens said its friends in Nicosia were safe.", "GRC", []),
    ],
    ids=["sided-with", "on-possessor-side", "stood-by", "rallied-behind", "lined-up-behind", "solidarity-with",
         "support-for", "backed", "came-to-defence", "in-camp", "shared-concerns", "refused-to-side",
         "wary-of-appearing", "accused-of-siding",
         "decision-to-side", "backed-a-call-not-the-actor", "no-actor", "a-countrys-people-are-not-its-state",
         "pulled-back-is-not-backing", "someone-elses-support", "warned-against-siding", "withdrew-support",
         "side-of-a-border", "a-defence-ministry", "did-not-share", "doesnt-share", "hardly-shares",
         "shoulder-to-shoulder-with-friends-in", "stood-with-friends-in", "friends-in-without-standing"],
)
def test_the_actors_a_statement_stands_with_are_found(text, speaker, expected):
    assert stands_with(text, speaker) == expected


def classified(code: str, stance: str, start: int) -> ClassifiedStatement:
    probabilities = {"condemning": 0.1, "supporting": 0.1, "ambiguous": 0.1, stance: 0.8}
    statement = Statement("a", code, code, "words", start, start + 5, "said", "reported")
    return ClassifiedStatement(statement, stance, 0.8, probabilities)


@pytest.mark.parametrize(
    "aligned_to, acting, others, expected",
    [
        ("CHN", "CHN", [], "supporting"),  # the acting party's side, however hedged the words
        ("VNM", "CHN", [("VNM", "condemning")], "condemning"),  # the target's position
        ("USA", "CHN", [("USA", "supporting")], "supporting"),  # an ally's position
        ("VNM", None, [("VNM", "condemning")], "condemning"),  # no acting party known: still the actor's position
        ("VNM", "CHN", [], "ambiguous"),  # the actor stood with takes no position: the words decide
        ("VNM", "CHN", [("VNM", "ambiguous")], "ambiguous"),
    ],
    ids=["acting-party", "target", "ally", "no-acting-party", "no-position", "ambiguous-position"],
)
def test_standing_with_an_actor_takes_its_side(aligned_to, acting, others, expected):
    hedged = classified("PHL", "ambiguous", 0)
    items = [hedged, *(classified(code, stance, 10 * (i + 1)) for i, (code, stance) in enumerate(others))]
    [out, *_] = _standing_with(items, {0: [aligned_to]}, acting)
    assert out.stance == expected


def test_an_article_where_a_neighbour_sides_with_the_target_gives_it_the_targets_position():
    article = ("China moves oil rig into disputed waters off Vietnam\n\n"
               "Vietnam condemned the deployment as an illegal violation of its sovereignty and demanded that the "
               "rig be withdrawn at once.\n\n"
               "Manila has cautiously come down on Hanoi's side.\n")
    positions = {p.actor_code: p.stance for p in classify_article(article)}
    assert positions["VNM"] == "condemning"
    assert positions["PHL"] == "condemning"
