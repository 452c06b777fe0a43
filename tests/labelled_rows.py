"""A tiny labelled corpus written for the tests: four events, every label in each (enough for --folds 2)."""

from __future__ import annotations

import csv
from pathlib import Path

HEADER = ["id", "event", "statement", "stance"]

ROWS = [
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


def write_labelled(path: Path, rows=ROWS, header=HEADER, ids=None) -> Path:
    """Write *rows* (event, statement, stance) as a labelled CSV with ids t0, t1, ... (or *ids*)."""
    ids = ids or [f"t{i}" for i in range(len(rows))]
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(header)
        for identifier, (event, statement, stance) in zip(ids, rows):
            record = {"id": identifier, "event": event, "statement": statement, "stance": stance}
            writer.writerow([record[column] for column in header])
    return path
