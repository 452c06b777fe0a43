"""A demand on the acting party to stop or undo its action is condemnation."""

from __future__ import annotations

import datetime as dt

import pytest

from stance.actors import default_resolver
from stance.demands import demands_halt

from context_step import read_in_context


def demands(text: str, speaker: str, acting: str) -> bool:
    mentions = default_resolver().find_mentions(text, dt.date(2019, 1, 1))
    return demands_halt(text, 0, len(text), speaker, acting, mentions)


@pytest.mark.parametrize(
    "text, speaker, acting, expected",
    [
        ("The Assembly demanded for the tenth year that Japan lift its ban on the imports.", "UNGA", "JPN", True),
        ("Oslo urged Moscow to halt the strikes at once.", "NOR", "RUS", True),
        ("Chile called on Venezuela to release the prisoners.", "CHL", "VEN", True),
        ("Quito told Bogota it must withdraw its troops.", "ECU", "COL", True),
        # not a demand on the acting party to stop
        ("Oslo urged Moscow to keep talking.", "NOR", "RUS", False),
        ("Oslo urged Kyiv to halt the strikes.", "NOR", "RUS", False),
        ("Moscow said it would halt the strikes.", "RUS", "RUS", False),
        ("Japan will lift its ban, Oslo said.", "NOR", "JPN", False),
        ("Oslo called for the immediate and unconditional release of the two reporters.", "NOR", "RUS", True),
        ("Moscow sought the early release of its sailors.", "RUS", "RUS", False),
        ("Oslo welcomed the release of the two reporters.", "NOR", "RUS", False),
        ("Oslo called for the release of all hostages held by the rebels.", "NOR", "RUS", False),
        ("Oslo urged the release of the next tranche of military aid.", "NOR", "RUS", False),
        ("The minister said Moscow should cease any action on the border.", "NOR", "RUS", True),
        ("Oslo insisted that Moscow must immediately withdraw its ships.", "NOR", "RUS", True),
        ("The minister said Moscow should consider a ceasefire.", "NOR", "RUS", False),
        ("The minister said Kyiv should cease firing too.", "NOR", "RUS", False),
        ("Moscow was urged by the Norwegian minister to withdraw its ships.", "NOR", "RUS", True),
        ("Moscow has been repeatedly called on to release the crew.", "NOR", "RUS", True),
        ("Moscow was urged to keep talking.", "NOR", "RUS", False),
        ("Oslo said Russian troops must now withdraw.", "NOR", "RUS", True),
        ("Oslo said Moscow must immediately and completely withdraw.", "NOR", "RUS", True),
        ("Oslo said Moscow needs to pull back its ships.", "NOR", "RUS", True),
        ("Oslo said it did not believe Moscow should withdraw.", "NOR", "RUS", False),
        ("Oslo questioned whether Moscow should end the operation.", "NOR", "RUS", False),
        ("Oslo dismissed the idea that Moscow should withdraw.", "NOR", "RUS", False),
        ("Minsk said Moscow should stop at nothing to defend its people.", "BLR", "RUS", False),
    ],
    ids=["demanded-that-lift", "urged-to-halt", "called-on-to-release", "told-must-withdraw",
         "a-demand-to-go-on", "a-demand-on-someone-else", "the-actor-itself", "no-demand",
         "a-call-for-a-release-with-no-holder-named", "the-actor-asking-for-a-release", "welcoming-a-release",
         "a-release-from-another-holder", "a-release-of-aid", "a-modal-demand-after-said",
         "a-modal-demand-after-insisted", "a-modal-without-a-verb-of-stopping", "a-modal-demand-on-someone-else",
         "a-passive-demand-with-its-agent", "a-passive-demand-without-agent", "a-passive-request-to-go-on",
         "a-demonym-and-its-troops", "modal-with-adverbs", "needs-to", "a-denied-modal", "a-questioned-modal",
         "a-dismissed-modal", "stop-at-nothing"],
)
def test_a_demand_that_the_acting_party_stop_is_found(text, speaker, acting, expected):
    assert demands(text, speaker, acting) == expected


def test_a_demand_that_the_acting_party_stop_is_read_as_condemning():
    article = "Japan bans fish imports\n\nThe Assembly demanded that Japan lift its ban on the imports."
    out = read_in_context(article, "The Assembly demanded that Japan lift its ban on the imports.", "The Assembly",
                          "UNGA", "demanded", {"condemning": 0.2, "supporting": 0.7, "ambiguous": 0.1}, "JPN")
    assert (out.stance, out.confidence) == ("condemning", 0.7)
