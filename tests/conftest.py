"""Shared fixtures: the bundled model and resolver are loaded once per test session."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="session")
def model():
    from stance.model import load_model

    return load_model()[0]


@pytest.fixture(scope="session")
def resolver():
    from stance.actors import default_resolver

    return default_resolver()


@pytest.fixture(scope="session")
def tiny_labelled(tmp_path_factory):
    """A small labelled CSV (written for the tests) with four events, for fast training tests."""
    rows = [
        ("a", "The ministry condemned the strikes as a flagrant violation", "condemning"),
        ("a", "Officials welcomed the operation as a necessary step", "supporting"),
        ("a", "The government urged restraint on all sides", "ambiguous"),
        ("b", "Lawmakers denounced the coup and demanded a return to civilian rule", "condemning"),
        ("b", "The envoy praised the army for restoring order", "supporting"),
        ("b", "Diplomats said they were following the situation closely", "ambiguous"),
        ("c", "The president called the annexation illegal and void", "condemning"),
        ("c", "Parliament backed the annexation and congratulated the people", "supporting"),
        ("c", "The foreign office declined to take sides", "ambiguous"),
        ("d", "We reject this aggression in the strongest terms", "condemning"),
        ("d", "We stand with our ally, which had every right to act", "supporting"),
        ("d", "Both parties should return to dialogue", "ambiguous"),
    ]
    path = tmp_path_factory.mktemp("data") / "tiny.csv"
    import csv

    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "event", "statement", "stance"])
        for i, (event, statement, stance) in enumerate(rows):
            writer.writerow([f"t{i}", event, statement, stance])
    return path
