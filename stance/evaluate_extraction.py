"""Scoring statement extraction on a hand-written test set (``data/extraction_test.jsonl``).

Each item is a short passage with the statements a careful reader attributes in it:
``{"id", "text", "date", "expected": [{"speaker", "actor_code", "text"}]}``. An extracted statement
matches an expected one when the actor codes are equal and the spans overlap by at least half of the
expected text. Precision is matched extracted / all extracted; recall is matched expected / all expected.
Passages that expect nothing test precision: anything extracted there is a false positive.
"""

from __future__ import annotations

import json
import os
from typing import Any

from stance.articles import parse_date
from stance.corpus import read_text_file
from stance.errors import DataError
from stance.extract import extract_statements

MIN_OVERLAP = 0.5


def _overlap(a_start: int, a_end: int, b_start: int, b_end: int) -> int:
    return max(0, min(a_end, b_end) - max(a_start, b_start))


def load_extraction_set(path: str | os.PathLike) -> list[dict[str, Any]]:
    items = []
    for number, line in enumerate(read_text_file(path).splitlines(), start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
            item["text"], item["expected"]  # noqa: B018  (both fields are required)
        except (json.JSONDecodeError, KeyError, TypeError):
            raise DataError(f"{path}: line {number} is not an extraction test item") from None
        items.append(item)
    if not items:
        raise DataError(f"{path}: no test items")
    return items


def evaluate_extraction(path: str | os.PathLike) -> dict[str, Any]:
    """Precision, recall and F1 of extraction on a test set, with the misses and false alarms listed."""
    items = load_extraction_set(path)
    true_positive = extracted_total = expected_total = 0
    misses, false_alarms = [], []
    for item in items:
        text = item["text"]
        statements = list(extract_statements(text, item.get("id", ""), parse_date(item.get("date"))))
        extracted_total += len(statements)
        expected_total += len(item["expected"])
        used: set[int] = set()
        for expected in item["expected"]:
            position = text.find(expected["text"])
            if position < 0:
                raise DataError(f"{path}: item {item.get('id')}: expected text is not in the passage")
            end = position + len(expected["text"])
            match = next(
                (i for i, s in enumerate(statements) if i not in used and s.actor_code == expected["actor_code"]
                 and _overlap(s.start, s.end, position, end) >= MIN_OVERLAP * (end - position)),
                None,
            )
            if match is None:
                misses.append({"id": item.get("id"), "actor_code": expected["actor_code"], "text": expected["text"]})
            else:
                used.add(match)
                true_positive += 1
        for i, statement in enumerate(statements):
            if i not in used:
                false_alarms.append({"id": item.get("id"), "actor_code": statement.actor_code,
                                     "speaker": statement.speaker, "text": statement.text})
    precision = true_positive / extracted_total if extracted_total else 0.0
    recall = true_positive / expected_total if expected_total else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return {
        "items": len(items),
        "expected": expected_total,
        "extracted": extracted_total,
        "matched": true_positive,
        "precision": round(precision, 4),
        "recall": round(recall, 4),
        "f1": round(f1, 4),
        "misses": misses,
        "false_alarms": false_alarms,
    }


def format_extraction(result: dict[str, Any], show: int = 15) -> str:
    lines = [
        f"extraction on {result['items']} passages: {result['expected']} expected statements, "
        f"{result['extracted']} extracted, {result['matched']} matched",
        f"precision {result['precision']:.3f}   recall {result['recall']:.3f}   F1 {result['f1']:.3f}",
    ]
    for title, key in (("missed", "misses"), ("false alarms", "false_alarms")):
        if result[key]:
            lines.append(f"{title} (first {min(show, len(result[key]))} of {len(result[key])}):")
            for row in result[key][:show]:
                lines.append(f"  {row['id']}  {row['actor_code']:<6} {row['text'][:90]}")
    return "\n".join(lines) + "\n"
