"""The labelled corpus and the vocabulary files: schema, labels, balance, no duplicates, no templates."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest

DATA = Path(__file__).resolve().parent.parent / "data"
LABELS = {"condemning", "supporting", "ambiguous"}
KINDS = {"direct_quote", "reported", "description"}


@pytest.fixture(scope="module")
def corpus():
    return pd.read_csv(DATA / "statements.csv", dtype=str, keep_default_na=False)


def test_corpus_has_the_required_columns(corpus):
    assert {"id", "event", "date", "speaker", "actor_code", "kind", "statement", "stance"} <= set(corpus.columns)


def test_labels_and_kinds_are_valid(corpus):
    assert set(corpus["stance"]) <= LABELS
    assert set(corpus["kind"]) <= KINDS


def test_size_events_and_balance(corpus):
    assert len(corpus) >= 3000
    assert corpus["event"].nunique() >= 60
    shares = corpus["stance"].value_counts(normalize=True)
    assert shares.min() >= 0.25, shares.to_dict()


def test_no_empty_or_duplicate_statements_and_unique_ids(corpus):
    assert (corpus["statement"].str.strip() != "").all()
    assert not corpus["statement"].duplicated().any()
    assert corpus["id"].is_unique


def test_dates_parse_and_fall_in_range(corpus):
    dates = pd.to_datetime(corpus["date"], format="%Y-%m-%d")
    assert dates.min().year >= 1990 and dates.max().year <= 2026


def test_every_event_is_described_with_its_acting_parties(corpus):
    events = pd.read_csv(DATA / "events.csv", dtype=str, keep_default_na=False)
    assert set(corpus["event"]) <= set(events["event"])
    assert (events["acting_codes"].str.strip() != "").all()
    assert events["region"].nunique() >= 5


def test_no_combinatorial_templates(corpus):
    """At most 1% of rows have a TF-IDF neighbour with cosine similarity >= 0.9."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.neighbors import NearestNeighbors

    matrix = TfidfVectorizer(sublinear_tf=True).fit_transform(corpus["statement"])
    distances, _ = NearestNeighbors(n_neighbors=2, metric="cosine").fit(matrix).kneighbors(matrix)
    similar = (1 - distances[:, 1]) >= 0.9
    assert similar.mean() <= 0.01, corpus.loc[similar, "statement"].head().tolist()


def test_alias_file_codes_and_dates_are_valid():
    import pycountry

    organisations = {"UN", "UNSC", "UNGA", "EU", "NATO", "AU", "ASEAN", "ARAB_LEAGUE", "OIC", "ECOWAS", "GCC",
                     "OSCE", "CSTO", "G7", "G20", "ICC", "ICJ", "INTL", "XKX"}
    with open(DATA / "actors.csv", encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) > 1000
    for row in rows:
        code = row["actor_code"]
        assert code in organisations or pycountry.countries.get(alpha_3=code), row
        if row["valid_from"] and row["valid_to"]:
            assert row["valid_from"] <= row["valid_to"], row


def test_extraction_set_texts_are_exact_substrings():
    items = [json.loads(line) for line in (DATA / "extraction_test.jsonl").read_text().splitlines() if line.strip()]
    assert len(items) >= 150
    assert sum(1 for i in items if not i["expected"]) >= 20
    for item in items:
        for expected in item["expected"]:
            assert expected["text"] in item["text"], item["id"]
