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
    from labelled_rows import write_labelled

    return write_labelled(tmp_path_factory.mktemp("data") / "tiny.csv")
