"""Who takes which position, across one article or millions: per-actor tables and a self-contained HTML report.

Input is a stream of actor-position rows in the JSON Lines contract of ``stance classify`` (from
articles classified now, or from a ``.jsonl`` file that ``classify`` wrote earlier). Rows are folded into
running totals as they arrive, so memory grows with the number of actors, not of articles.

:func:`build_report` returns a pandas DataFrame, one row per actor (or per event or month and actor):
overall position, article counts per stance, mean confidence, first and last date seen, and the strongest
evidence quote with its article. The overall position applies the per-article rule of
:mod:`stance.aggregate` to the actor's articles (each article votes with its confidence).
"""

from __future__ import annotations

import html
import json
from dataclasses import dataclass, field
from typing import Any, Iterable

from stance.aggregate import AMBIGUOUS, CONDEMNING, SUPPORTING, decide

STANCES = (CONDEMNING, SUPPORTING, AMBIGUOUS)
GROUPINGS = ("actor", "event", "month")
COLUMNS = ["actor", "actor_code", "position", "condemning", "supporting", "ambiguous", "articles",
           "mean_confidence", "first_seen", "last_seen", "evidence", "evidence_article", "group", "inferred"]


@dataclass
class _Vote:
    stance: str
    confidence: float


@dataclass
class _Tally:
    actor: str
    code: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STANCES, 0))
    confidence_sum: float = 0.0
    first: str | None = None
    last: str | None = None
    evidence: tuple[float, str, str, str] | None = None  # (confidence, stance, text, article)
    all_inferred: bool = True
    # Per-stance (sum of confidence, articles) is all the decision needs, so votes stay bounded.
    weight: dict[str, float] = field(default_factory=lambda: dict.fromkeys(STANCES, 0.0))


def _group_key(row: dict[str, Any], by: str) -> str:
    if by == "event":
        return row.get("event") or row.get("title") or "(unknown event)"
    if by == "month":
        return (row.get("date") or "")[:7] or "(no date)"
    return ""


def tally(rows: Iterable[dict[str, Any]], by: str = "actor") -> dict[tuple[str, str], _Tally]:
    """Fold classify rows into running totals per (group, actor code)."""
    if by not in GROUPINGS:
        raise ValueError(f"by={by!r} is not one of {', '.join(GROUPINGS)}")
    tallies: dict[tuple[str, str], _Tally] = {}
    for row in rows:
        key = (_group_key(row, by), row["actor_code"])
        item = tallies.get(key)
        if item is None:
            item = tallies[key] = _Tally(row["actor"].removesuffix(" (inferred)"), row["actor_code"])
        stance, confidence = row["stance"], float(row["confidence"])
        item.counts[stance] += 1
        item.weight[stance] += confidence
        item.confidence_sum += confidence
        item.all_inferred &= bool(row.get("inferred"))
        date = row.get("date")
        if date:
            item.first = min(item.first or date, date)
            item.last = max(item.last or date, date)
        for evidence in row.get("evidence", [])[:1]:
            candidate = (float(evidence["confidence"]), evidence["stance"], evidence["text"], row["article"])
            agrees = evidence["stance"] == stance
            if agrees and (item.evidence is None or candidate[0] > item.evidence[0]):
                item.evidence = candidate
            elif item.evidence is None:
                item.evidence = candidate
    return tallies


def _position(item: _Tally) -> str:
    # Each article is one vote with its confidence: the sums are enough to apply the same rule.
    votes = [_Vote(stance, item.weight[stance]) for stance in STANCES if item.counts[stance]]
    return decide(votes)[0]


def build_report(rows: Iterable[dict[str, Any]], by: str = "actor"):
    """A DataFrame with one row per actor (per event or month and actor with *by*), sorted to read at a glance."""
    import pandas as pd

    records = []
    for (group, code), item in tally(rows, by).items():
        articles = sum(item.counts.values())
        evidence = item.evidence or (0.0, "", "", "")
        records.append({
            "group": group,
            "actor": item.actor,
            "actor_code": code,
            "position": _position(item),
            **item.counts,
            "articles": articles,
            "mean_confidence": round(item.confidence_sum / articles, 3),
            "first_seen": item.first,
            "last_seen": item.last,
            "evidence": evidence[2],
            "evidence_article": evidence[3],
            "inferred": item.all_inferred,
        })
    frame = pd.DataFrame.from_records(records, columns=COLUMNS)
    if frame.empty:
        return frame
    for column in ("first_seen", "last_seen"):  # undated articles: None, not NaN (which JSON cannot carry)
        frame[column] = pd.Series([v if isinstance(v, str) else None for v in frame[column]], dtype=object)
    frame["_order"] = frame["position"].map({s: i for i, s in enumerate(STANCES)})
    frame = frame.sort_values(["group", "_order", "articles", "mean_confidence", "actor_code"],
                              ascending=[True, True, False, False, True], kind="stable")
    return frame.drop(columns="_order").reset_index(drop=True)


def _label(row: Any) -> str:
    marks = []
    if row["actor_code"] == "INTL":
        marks.append("group")
    if row["inferred"]:
        marks.append("inferred")
    return row["actor"] + (f" ({', '.join(marks)})" if marks else "")


def render(frame, fmt: str, by: str = "actor") -> str:
    """The report as text in one of: table, markdown, csv, json, html."""
    from stance.output import to_csv, to_table

    columns = (["group"] if by != "actor" else []) + [c for c in COLUMNS if c not in ("group",)]
    records = frame.to_dict(orient="records") if not frame.empty else []
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        return to_csv(records, columns)
    if fmt == "html":
        return render_html(frame, by)
    shown = [{**r, "actor": _label(r)} for r in records]
    table_columns = (["group"] if by != "actor" else []) + ["actor", "actor_code", "position", "condemning",
                                                            "supporting", "ambiguous", "articles",
                                                            "mean_confidence", "evidence"]
    if fmt == "markdown":
        def cell(value: Any) -> str:
            text = f"{value:.3f}" if isinstance(value, float) else str(value)
            return text.replace("|", "\\|").replace("\n", " ")
        lines = ["| " + " | ".join(table_columns) + " |", "|" + "---|" * len(table_columns)]
        lines += ["| " + " | ".join(cell(r[c]) for c in table_columns) + " |" for r in shown]
        return "\n".join(lines) + "\n"
    return to_table(shown, table_columns, wrap="evidence")


_COLOURS = {CONDEMNING: "#c0392b", SUPPORTING: "#2471a3", AMBIGUOUS: "#b7950b"}


def render_html(frame, by: str = "actor") -> str:
    """One self-contained HTML page: stacked bars per actor, a sortable table, and evidence quotes.

    Everything taken from articles is escaped, so an article cannot inject markup or script; the page
    loads nothing from the network.
    """
    e = html.escape
    records = frame.to_dict(orient="records") if not frame.empty else []
    width, bar_height, label_width = 760, 18, 230
    most = max([r["articles"] for r in records] or [1])
    bars = []
    for index, r in enumerate(records):
        y = index * (bar_height + 6)
        x = label_width
        name = (f"{r['group']} · " if by != "actor" else "") + _label(r)
        bars.append(f'<text x="{label_width - 8}" y="{y + 13}" text-anchor="end">{e(name)}</text>')
        for stance in STANCES:
            count = r[stance]
            if not count:
                continue
            w = (width - label_width - 10) * count / most
            bars.append(f'<rect class="{stance}" x="{x:.1f}" y="{y}" width="{w:.1f}" height="{bar_height}" '
                        f'fill="{_COLOURS[stance]}"><title>{e(r["actor"])}: {count} {stance}</title></rect>')
            x += w
    height = max(1, len(records)) * (bar_height + 6) + 4
    rows_html = []
    for r in records:
        cells = ([e(str(r["group"]))] if by != "actor" else []) + [
            e(_label(r)), e(r["actor_code"]), f'<span class="tag {r["position"]}">{e(r["position"])}</span>',
            str(r[CONDEMNING]), str(r[SUPPORTING]), str(r[AMBIGUOUS]), str(r["articles"]),
            f'{r["mean_confidence"]:.3f}', e(r["first_seen"] or ""), e(r["last_seen"] or ""),
        ]
        rows_html.append(f'<tr data-code="{e(r["actor_code"])}">' + "".join(f"<td>{c}</td>" for c in cells) + "</tr>")
    headers = (["Group"] if by != "actor" else []) + ["Actor", "Code", "Position", "Condemning", "Supporting",
                                                      "Ambiguous", "Articles", "Mean confidence", "First seen",
                                                      "Last seen"]
    evidence_html = []
    for r in records:
        if not r["evidence"]:
            continue
        evidence_html.append(
            f'<li><b>{e(_label(r))}</b> <span class="tag {r["position"]}">{e(r["position"])}</span>'
            f'<blockquote>{e(r["evidence"])}</blockquote><cite>{e(str(r["evidence_article"]))}</cite></li>'
        )
    legend = " ".join(f'<span class="tag {s}">{s}</span>' for s in STANCES)
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>stance report</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>
body{{font-family:system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem;color:#222;max-width:1100px}}
h1{{font-size:1.4rem}} svg text{{font-size:12px;fill:#222}}
table{{border-collapse:collapse;width:100%;font-size:.9rem}} th,td{{border-bottom:1px solid #ddd;padding:.3rem .5rem;text-align:left}}
th{{cursor:pointer;background:#f4f4f4;user-select:none}} th:after{{content:" \\2195";color:#999}}
.tag{{padding:.05rem .4rem;border-radius:.3rem;color:#fff;font-size:.8rem}}
.condemning{{background:{_COLOURS[CONDEMNING]}}} .supporting{{background:{_COLOURS[SUPPORTING]}}} .ambiguous{{background:{_COLOURS[AMBIGUOUS]}}}
blockquote{{margin:.3rem 0 .1rem 1rem;color:#444}} cite{{font-size:.8rem;color:#777;margin-left:1rem}} li{{margin-bottom:.8rem}}
</style></head><body>
<h1>Positions by actor</h1>
<p>{len(records)} actor rows. Bars count articles per position: {legend}</p>
<svg id="chart" xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" role="img" aria-label="positions per actor">
{chr(10).join(bars)}
</svg>
<h2>Table</h2>
<table id="positions"><thead><tr>{"".join(f"<th>{h}</th>" for h in headers)}</tr></thead>
<tbody>
{chr(10).join(rows_html)}
</tbody></table>
<h2>Evidence</h2>
<ul id="evidence">
{chr(10).join(evidence_html)}
</ul>
<script>
document.querySelectorAll("#positions th").forEach(function (th, column) {{
  th.addEventListener("click", function () {{
    var body = document.querySelector("#positions tbody");
    var rows = Array.prototype.slice.call(body.rows);
    var ascending = th.dataset.order !== "asc";
    th.dataset.order = ascending ? "asc" : "desc";
    rows.sort(function (a, b) {{
      var x = a.cells[column].textContent, y = b.cells[column].textContent;
      var nx = parseFloat(x), ny = parseFloat(y);
      var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
      return ascending ? c : -c;
    }});
    rows.forEach(function (row) {{ body.appendChild(row); }});
  }});
}});
</script>
</body></html>
"""
