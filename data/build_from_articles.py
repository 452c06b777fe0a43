"""Build data/from_articles/: labelled statements taken from the project's own articles.

Every folder of articles written for the project (data/examples and the blind held-out batches
data/heldout*) comes with expected positions: for each actor, its stance toward the article's event and a
phrase of the article that shows it. This script reads each article with `stance`'s extraction, finds the
statement of that actor which holds the evidence phrase, and writes it labelled with the expected stance
(condemning, supporting, ambiguous; "absent" and "not supporting" rows give no label). The article text was
written for the project in its own words, as data/statements.csv was.

Each article is an event of its own (``event`` = folder/slug). Its acting party is the one `stance` reads in
its headline, as at prediction time, or the curated one when data/events.csv has the same slug. The ``group``
column ties an article to the corpus event it retells (the same slug, or the same year and two shared content
words of the slug; a loose match only puts two events in one fold) so that grouped cross-validation never
tests on an event it trained on under another name.

Run from the repository root after the folders change (about 10 s):

    python data/build_from_articles.py --upto 81     # as bundled: batches 82 and later stay blind
"""

from __future__ import annotations

import csv
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "data" / "from_articles"
LABELLED = ("condemning", "supporting", "ambiguous")


def folders() -> list[Path]:
    data = ROOT / "data"
    return sorted((p for p in data.iterdir() if p.is_dir() and (p.name == "examples" or p.name.startswith("heldout"))),
                  key=batch_number)


def _content_words(slug: str) -> set[str]:
    return {word for word in slug.split("-") if len(word) > 3 and not word.isdigit()}


def _group(slug: str, corpus_events: list[str]) -> str:
    """The corpus event an article retells, or the article's own slug."""
    if slug in corpus_events:
        return slug
    for event in corpus_events:
        if event[-4:] == slug[-4:] and len(_content_words(slug) & _content_words(event)) >= 2:
            return event
    return slug


def batch_number(folder: Path) -> int:
    """0 for the examples, 1 for data/heldout, N for data/heldoutN."""
    digits = re.search(r"\d+", folder.name)
    return int(digits.group()) if digits else (0 if folder.name == "examples" else 1)


def collect(folders: list[Path]) -> tuple[list[dict[str, str]], list[dict[str, str]]]:
    """The labelled rows and the event rows of the articles in *folders* (see the module's docstring)."""
    sys.path.insert(0, str(ROOT))
    from stance.actors import default_resolver
    from stance.articles import iter_articles
    from stance.classify import _extract
    from stance.evaluate_articles import read_expected

    with open(ROOT / "data" / "events.csv", encoding="utf-8", newline="") as handle:
        corpus = {row["event"]: row for row in csv.DictReader(handle)}
    corpus_events = sorted(corpus)
    resolver = default_resolver()
    rows: list[dict[str, str]] = []
    events: list[dict[str, str]] = []
    for folder in folders:
        paths = [p for p in sorted(folder.glob("*.txt")) if p.with_suffix(".expected.csv").exists()]
        for path, article in zip(paths, iter_articles([str(p) for p in paths])):
            statements, principal, _mentions, _aligned = _extract(article, resolver)
            slug = path.stem
            event = f"{folder.name}/{slug}"
            acting = corpus[slug]["acting_codes"] if slug in corpus else (principal or "")
            date = article.date.isoformat() if article.date else ""
            events.append({"event": event, "date": date, "region": "", "type": "", "acting_codes": acting,
                           "description": f"data/{folder.name}/{path.name}: {article.title or ''}".strip()})
            group = _group(slug, corpus_events)
            for expected in read_expected(path):
                if expected["expected"] not in LABELLED:
                    continue
                phrase = expected["evidence"].strip()
                at = article.text.find(phrase) if phrase else -1
                if at < 0:
                    continue
                middle = at + len(phrase) // 2
                for statement in statements:
                    if statement.actor_code == expected["actor_code"] and statement.start <= middle < statement.end:
                        rows.append({"id": f"F-{len(rows) + 1:05d}", "event": event, "group": group, "date": date,
                                     "speaker": statement.speaker, "actor_code": statement.actor_code,
                                     "kind": statement.kind, "statement": statement.text,
                                     "stance": expected["expected"]})
    return rows, events


def main() -> None:
    import argparse

    parser = argparse.ArgumentParser(description="Build data/from_articles/ from the project's articles.")
    parser.add_argument("--upto", type=int, default=None,
                        help="last batch to take rows from (later batches stay blind to the model trained on them)")
    upto = parser.parse_args().upto
    with open(ROOT / "data" / "events.csv", encoding="utf-8", newline="") as handle:
        corpus_events = {row["event"] for row in csv.DictReader(handle)}
    rows, events = collect([f for f in folders() if upto is None or batch_number(f) <= upto])
    OUT.mkdir(exist_ok=True)
    with open(OUT / "statements.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(rows[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    with open(OUT / "events.csv", "w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(events[0]), lineterminator="\n")
        writer.writeheader()
        writer.writerows(events)
    labels = {label: sum(row["stance"] == label for row in rows) for label in LABELLED}
    groups = {row["group"] for row in rows}
    print(f"wrote {len(rows)} statements from {len(events)} articles ({len(groups)} event groups, "
          f"{sum(g in corpus_events for g in groups)} of them corpus events): {labels}")


if __name__ == "__main__":
    main()
