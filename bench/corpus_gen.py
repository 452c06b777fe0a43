"""Synthetic news articles for the benchmarks, stitched from the project's own labelled statements.

Each article gets a headline, a date line and paragraphs that mix attributed statements from the corpus
with plain narrative sentences, so extraction and classification do realistic work. Deterministic.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
NARRATIVE = [
    "Fighting continued overnight in several districts, according to residents who fled the area.",
    "The offensive began before dawn with heavy shelling along the front line.",
    "Aid agencies warned that supplies of food and medicine were running low.",
    "Markets in the region fell sharply as investors weighed the risk of a wider conflict.",
    "Thousands of people gathered in the capital's main square as night fell.",
    "Satellite images appeared to show new damage to roads and bridges near the border.",
    "The talks, which had been scheduled for next week, were postponed without a new date.",
    "Officials gave no figure for casualties, and independent confirmation was not possible.",
]


# Headlines that name the acting party, so that role marking and the context step run as on real news.
ACTING_HEADLINES = [
    "Russia launches offensive across the border as talks collapse",
    "Turkish troops push into northern Syria despite warnings",
    "China sends warships to disputed islands after patrol clash",
    "Israel strikes targets in Lebanon after rocket fire",
    "Venezuela's government seizes opposition offices",
    "Ethiopia closes border crossings as fighting spreads",
    "Iran resumes uranium enrichment at underground plant",
    "Azerbaijan begins military operation in disputed region",
]


def statements() -> list[str]:
    import csv

    with open(ROOT / "data" / "statements.csv", encoding="utf-8", newline="") as handle:
        return [row["statement"] for row in csv.DictReader(handle)]


def article(rng: random.Random, pool: list[str], words: int, acting: bool = False) -> str:
    """An article of about *words* words; with *acting*, its headline names the acting party."""
    headline = rng.choice(ACTING_HEADLINES) if acting else "Leaders react as crisis deepens over the border offensive"
    lines = ["World", headline, "14 March 2021"]
    count = 0
    while count < words:
        paragraph = " ".join(rng.choice(pool) if rng.random() < 0.6 else rng.choice(NARRATIVE)
                             for _ in range(rng.randint(2, 4)))
        lines.append(paragraph)
        count += len(paragraph.split())
    return "\n".join(lines) + "\n"


def write_jsonl(path: Path, n: int, words: int = 600, seed: int = 7, acting: bool = False) -> Path:
    rng = random.Random(seed)
    pool = statements()
    with open(path, "w", encoding="utf-8") as handle:
        for i in range(n):
            handle.write(json.dumps({"id": f"a{i}", "text": article(rng, pool, words, acting)}) + "\n")
    return path
