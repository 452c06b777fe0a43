"""How the bundled model behaves on statements written for these tests (not taken from the corpus)."""

from __future__ import annotations

import numpy as np
import pytest

CLEAR = [
    ("The ministry condemned the strikes as a flagrant violation of international law", "condemning"),
    ("Lisbon denounced the annexation as illegal and said it would never recognise it", "condemning"),
    ('"This aggression must stop immediately," the foreign minister told reporters', "condemning"),
    ("The government demanded that the troops withdraw at once", "condemning"),
    ("Quito called the seizure of the vessel an act of piracy", "condemning"),
    ("The president warmly welcomed the agreement as a historic step toward peace", "supporting"),
    ('"The operation has our full support," the prime minister said', "supporting"),
    ("The foreign ministry said the operation was a legitimate response to repeated provocations", "supporting"),
    ("The envoy praised the army for restoring order and congratulated the new leadership", "supporting"),
    ("Officials said the country had every right to defend its territory", "supporting"),
    ("Beijing called on all parties to exercise restraint", "ambiguous"),
    ("The ministry said it was following developments closely and urged dialogue", "ambiguous"),
    ("Tokyo expressed deep concern over the escalation and called for calm on all sides", "ambiguous"),
    ("The government's position remains unclear", "ambiguous"),
    ("Brazil abstained in the vote", "ambiguous"),
]

NEGATION = [
    ("Ottawa stopped short of condemning the move and urged both sides to talk", "ambiguous"),
    ("The spokesman said there was no justification for the attack", "condemning"),
    ("The minister refused to criticise the operation, saying it was a necessary step", "supporting"),
]


@pytest.mark.parametrize("text, label", CLEAR, ids=[f"{label}-{i}" for i, (_, label) in enumerate(CLEAR)])
def test_clear_cases(model, text, label):
    assert model.predict([text])[0] == label


@pytest.mark.parametrize("text, label", NEGATION, ids=["stopped-short", "no-justification", "refused-to-criticise"])
def test_negation(model, text, label):
    assert model.predict([text])[0] == label


def test_clear_cases_are_confident(model):
    proba = model.predict_proba([text for text, _ in CLEAR])
    assert proba.max(axis=1).mean() > 0.6


SWAP_TEMPLATES = [
    "{} condemned the strikes as a flagrant violation of international law",
    "{} welcomed the agreement as a historic step",
    "{} called on all parties to exercise restraint",
    '"The operation has had our full backing from the first day," the foreign minister of {} said',
    "{} has so far stopped short of criticising the move",
]
COUNTRIES = ["France", "Brazil", "Indonesia", "Nigeria", "Canada", "Vietnam", "Chile", "Egypt"]


@pytest.mark.parametrize("template", SWAP_TEMPLATES, ids=range(len(SWAP_TEMPLATES)))
def test_swapping_the_country_keeps_the_stance(model, template):
    labels = set(model.predict([template.format(country) for country in COUNTRIES]))
    assert len(labels) == 1, labels


def test_swapping_the_country_moves_a_borderline_statement_only_a_little(model):
    # Whose friends? By the labels' definitions this has no determinate stance (the model splits it between
    # condemning and supporting), so only the size of the country name's pull is checked. (Measured: 0.27 for the
    # model trained on data/statements.csv alone, 0.34 since the rows from the project's articles were added, whose
    # sentences name their speakers; clear statements move by less than 0.02 either way.)
    proba = model.predict_proba([f'"We stand with our friends," the foreign minister of {country} said'
                                 for country in COUNTRIES])
    assert (proba.max(axis=0) - proba.min(axis=0)).max() < 0.4


def test_speaker_context_moves_an_actors_own_words_toward_support(model):
    import pandas as pd

    text = "The operation will continue until all its objectives are met, the defence ministry said"
    frame = pd.DataFrame({"text": [text, text], "speaker_is_actor": [0.0, 1.0]})
    bare, own = model.predict_proba(frame)[:, list(model.classes_).index("supporting")]
    assert own > bare


def test_with_context_the_model_reads_roles_not_names(model):
    import pandas as pd

    frame = pd.DataFrame({
        "text": ["Ankara condemned Israel's strikes", "Paris condemned Russia's strikes"],
        "speaker_is_actor": [0.0, 0.0], "speaker_is_other": [1.0, 1.0],
        "text_with_roles": [" role_speaker  condemned  role_acting 's strikes"] * 2,
    })
    first, second = model.predict_proba(frame)
    assert np.allclose(first, second)
