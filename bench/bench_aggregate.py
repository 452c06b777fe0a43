"""How the per-actor rule's two thresholds (stance.aggregate: MIXED_RATIO, HEDGE_RATIO) score on whole articles.

Each article of data/examples and data/heldout..heldout5 (the tuning sets) and data/heldout6 (kept blind:
read only to check the choice) is classified once with the bundled model; then every actor's statements are
aggregated again for each pair of thresholds, and the expected positions that come out right are counted.

Run: python bench/bench_aggregate.py
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TUNING = ["examples", "heldout", "heldout2", "heldout3", "heldout4", "heldout5"]
BLIND = ["heldout6"]
MIXED = (0.6, 0.7, 0.8, 0.9, 1.0)
HEDGE = (0.3, 0.5, 0.7, 1.0, 1.5)


def main() -> None:
    from stance.actors import default_resolver
    from stance.aggregate import HEDGE_RATIO, MIXED_RATIO, aggregate
    from stance.articles import iter_articles
    from stance.classify import _extract, classify_statements, in_context
    from stance.evaluate_articles import matches, read_expected
    from stance.model import load_model

    model, resolver = load_model()[0], default_resolver()
    # (folder, classified statements, expected rows) per article, classified once.
    cases = []
    for folder in TUNING + BLIND:
        paths = sorted((ROOT / "data" / folder).glob("*.txt"))
        for path, article in zip(paths, iter_articles([str(p) for p in paths])):
            statements, principal, mentions, aligned = _extract(article, resolver)
            classified = classify_statements(model, statements, [principal] * len(statements),
                                             [mentions] * len(statements))
            if classified:  # read in the article's context, as classify does
                classified = in_context(classified, article, principal, mentions, aligned)
            cases.append((folder, article.id, classified, read_expected(path)))

    def right(folders: list[str], mixed: float, hedge: float) -> tuple[int, int]:
        hits = total = 0
        for folder, article_id, classified, expected in cases:
            if folder not in folders:
                continue
            got = {p.actor_code: p.stance for p in aggregate(article_id, classified, resolver.name, mixed, hedge)}
            for row in expected:
                total += 1
                hits += matches(got.get(row["actor_code"]), row["expected"])
        return hits, total

    _, tuning_total = right(TUNING, MIXED_RATIO, HEDGE_RATIO)
    _, blind_total = right(BLIND, MIXED_RATIO, HEDGE_RATIO)
    print(f"expected positions right: tuning sets ({tuning_total}) / blind heldout6 ({blind_total})")
    print("mixed \\ hedge " + "".join(f"{h:>12}" for h in HEDGE))
    for mixed in MIXED:
        cells = []
        for hedge in HEDGE:
            mark = "*" if (mixed, hedge) == (MIXED_RATIO, HEDGE_RATIO) else " "
            cells.append(f"{right(TUNING, mixed, hedge)[0]:>5} /{right(BLIND, mixed, hedge)[0]:>3}{mark}")
        print(f"{mixed:>13} " + "".join(f"{c:>12}" for c in cells))
    print("(* the bundled thresholds)")


if __name__ == "__main__":
    main()
