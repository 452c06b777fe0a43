"""How the per-actor rule's thresholds (stance.aggregate: MIXED_RATIO, HEDGE_RATIO, MIXED_MINIMUM) score on whole
articles.

Every article of data/examples and the held-out batches is classified once with the bundled model; then every
actor's statements are aggregated again for each set of thresholds, and the expected positions that come out right
are counted, apart for the examples and batches 1-41 (read while the thresholds were chosen) and batches 42-61
(read after the ratios were last chosen). The thresholds were first chosen on the examples and batches 1-5 with
batch 6 blind (see stance/aggregate.py).

Run: python bench/bench_aggregate.py  (~15 s)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MIXED = (0.8, 0.9, 1.0)
HEDGE = (0.5, 0.7, 1.0)
MINIMUM = (1, 2)
# The last batch read before the thresholds' check set: batches after it are the check.
LAST_TUNING_BATCH = 41


def _batch(folder: str) -> int:
    """0 for the examples, 1 for data/heldout, N for data/heldoutN."""
    number = re.search(r"\d+", folder)
    return int(number.group()) if number else (0 if folder == "examples" else 1)


def main() -> None:
    from stance.actors import default_resolver
    from stance.aggregate import HEDGE_RATIO, MIXED_MINIMUM, MIXED_RATIO, aggregate
    from stance.articles import iter_articles
    from stance.classify import _extract, classify_statements, in_context
    from stance.evaluate_articles import matches, read_expected
    from stance.model import load_model

    model, resolver = load_model()[0], default_resolver()
    folders = sorted((p for p in (ROOT / "data").iterdir() if p.name == "examples" or p.name.startswith("heldout")),
                     key=lambda p: _batch(p.name))
    # (batch, article id, classified statements, expected rows) per article, classified once.
    cases = []
    for folder in folders:
        paths = [p for p in sorted(folder.glob("*.txt")) if p.with_suffix(".expected.csv").exists()]
        for path, article in zip(paths, iter_articles([str(p) for p in paths])):
            statements, principal, mentions, aligned = _extract(article, resolver)
            classified = classify_statements(model, statements, [principal] * len(statements),
                                             [mentions] * len(statements))
            if classified:  # read in the article's context, as classify does
                classified = in_context(classified, article, principal, mentions, aligned)
            cases.append((_batch(folder.name), article.id, classified, read_expected(path)))

    def right(tuning: bool, mixed: float, hedge: float, minimum: int) -> tuple[int, int]:
        hits = total = 0
        for batch, article_id, classified, expected in cases:
            if (batch <= LAST_TUNING_BATCH) != tuning:
                continue
            got = {p.actor_code: p.stance
                   for p in aggregate(article_id, classified, resolver.name, mixed, hedge, minimum)}
            for row in expected:
                total += 1
                hits += matches(got.get(row["actor_code"]), row["expected"])
        return hits, total

    bundled = (MIXED_RATIO, HEDGE_RATIO, MIXED_MINIMUM)
    print(f"expected positions right: examples and batches 1-{LAST_TUNING_BATCH} ({right(True, *bundled)[1]}) / "
          f"batches {LAST_TUNING_BATCH + 1}- ({right(False, *bundled)[1]})")
    for minimum in MINIMUM:
        print(f"a mix needs {minimum} statement(s) a side")
        print("mixed \\ hedge " + "".join(f"{h:>14}" for h in HEDGE))
        for mixed in MIXED:
            cells = []
            for hedge in HEDGE:
                mark = "*" if (mixed, hedge, minimum) == bundled else " "
                cells.append(f"{right(True, mixed, hedge, minimum)[0]:>6} /{right(False, mixed, hedge, minimum)[0]:>5}{mark}")
            print(f"{mixed:>13} " + "".join(f"{c:>14}" for c in cells))
    print("(* the bundled thresholds)")


if __name__ == "__main__":
    main()
