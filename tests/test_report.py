"""Reports: per-actor tables from classify rows, the HTML page, escaping, and engines that agree."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from html.parser import HTMLParser
from pathlib import Path

import pytest

from stance.report import build_report, render

EXAMPLES = Path(__file__).resolve().parent.parent / "data" / "examples"


def row(article, code, stance, confidence=0.8, inferred=False, date="2024-01-05", text="They said so.", event=None):
    return {"article": article, "actor": code.title(), "actor_code": code, "stance": stance,
            "confidence": confidence, "inferred": inferred, "date": date, "title": None, "event": event,
            "evidence": [{"text": text, "speaker": code, "kind": "reported", "stance": stance,
                          "confidence": confidence, "start": 0, "end": len(text)}]}


ROWS = [
    row("a1", "FRA", "condemning", 0.9), row("a2", "FRA", "condemning", 0.7), row("a3", "FRA", "ambiguous", 0.6),
    row("a1", "RUS", "supporting", 0.8, date="2024-02-01"), row("a1", "INTL", "condemning", 0.7),
    row("a1", "TUR", "supporting", 0.7, inferred=True), row("a2", "CHN", "ambiguous", 0.9),
]


def test_one_row_per_actor_with_counts_and_dates():
    frame = build_report(ROWS).set_index("actor_code")
    assert frame.loc["FRA", ["condemning", "supporting", "ambiguous", "articles"]].tolist() == [2, 0, 1, 3]
    assert frame.loc["FRA", "position"] == "condemning"
    assert frame.loc["FRA", "mean_confidence"] == pytest.approx(0.733, abs=1e-3)
    assert frame.loc["RUS", "first_seen"] == "2024-02-01"


def test_undated_articles_give_null_dates_in_json_and_html():
    frame = build_report([row("a1", "FRA", "condemning", date=None)])
    assert json.loads(render(frame, "json"))[0]["first_seen"] is None
    assert "<td>FRA</td>" in render(frame, "html")


def test_sorted_by_position_then_weight():
    assert build_report(ROWS)["actor_code"].tolist() == ["FRA", "INTL", "RUS", "TUR", "CHN"]


def test_group_and_inferred_rows_are_marked():
    table = render(build_report(ROWS), "table")
    assert "International Community" not in table or "(group)" in table
    assert "(group)" in table and "(inferred)" in table


@pytest.mark.parametrize("by, groups", [("event", {"e1", "e2"}), ("month", {"2024-01", "2024-02"})])
def test_grouping_by_event_and_month(by, groups):
    rows = [row("a1", "FRA", "condemning", event="e1"), row("a2", "FRA", "supporting", event="e2",
                                                            date="2024-02-03")]
    assert set(build_report(rows, by)["group"]) == groups


class _Page(HTMLParser):
    def __init__(self):
        super().__init__()
        self.rows, self.scripts, self.svg, self.external = [], 0, False, []
        self._row = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "tr" and "data-code" in attrs:
            self._row = [attrs["data-code"]]
        elif tag == "td" and self._row is not None:
            self._row.append("")
        elif tag == "script":
            self.scripts += 1
            if "src" in attrs:
                self.external.append(attrs["src"])
        elif tag == "svg":
            self.svg = True
        elif tag in ("link", "img") and any(k in attrs for k in ("href", "src")):
            self.external.append(attrs.get("href") or attrs.get("src"))

    def handle_data(self, data):
        if self._row is not None and len(self._row) > 1:
            self._row[-1] += data

    def handle_endtag(self, tag):
        if tag == "tr" and self._row is not None:
            self.rows.append(self._row)
            self._row = None


def test_html_has_every_actor_with_counts_equal_to_json():
    frame = build_report(ROWS)
    page = _Page()
    page.feed(render(frame, "html"))
    records = json.loads(render(frame, "json"))
    assert page.svg and not page.external
    assert [r[0] for r in page.rows] == [r["actor_code"] for r in records]
    for cells, record in zip(page.rows, records):
        assert [int(c) for c in cells[4:8]] == [record["condemning"], record["supporting"], record["ambiguous"],
                                                record["articles"]]


def test_html_escapes_article_text():
    evil = '<script>alert("x")</script> & <img src=x onerror=alert(1)>'
    page_text = render(build_report([row("a1", "FRA", "condemning", text=evil)]), "html")
    assert "<script>alert" not in page_text and "&lt;script&gt;" in page_text
    page = _Page()
    page.feed(page_text)
    assert page.scripts == 1 and not page.external  # only the page's own sorting script


def test_report_from_classify_jsonl_equals_report_from_articles(tmp_path):
    from click.testing import CliRunner

    from stance.cli import cli

    runner = CliRunner()
    positions = tmp_path / "positions.jsonl"
    assert runner.invoke(cli, ["classify", str(EXAMPLES), "-f", "jsonl", "-o", str(positions), "-q"]).exit_code == 0
    for fmt in ("table", "json"):
        direct = runner.invoke(cli, ["report", str(EXAMPLES), "-f", fmt, "-q"])
        again = runner.invoke(cli, ["report", str(positions), "-f", fmt, "-q"])
        assert direct.exit_code == again.exit_code == 0
        assert direct.output == again.output


def test_jobs_two_gives_the_same_rows_in_the_same_order(tmp_path):
    from stance.pipeline import article_rows

    one = list(article_rows([str(EXAMPLES)], jobs=1, quiet=True))
    two = list(article_rows([str(EXAMPLES)], jobs=2, quiet=True))
    assert one == two and len(one) >= 15


def test_dask_engine_equals_single_process(tmp_path):
    pytest.importorskip("distributed")
    from stance.pipeline import article_rows

    corpus = tmp_path / "corpus.jsonl"
    with open(corpus, "w", encoding="utf-8") as handle:
        for path in sorted(EXAMPLES.glob("*.txt")):
            handle.write(json.dumps({"id": path.stem, "text": path.read_text(encoding="utf-8")}) + "\n")
    local = list(article_rows([str(corpus)], quiet=True))
    dask = list(article_rows([str(corpus)], quiet=True, engine="dask"))
    assert dask == local and len(local) >= 15


def test_killed_report_leaves_the_old_file(tmp_path):
    """A run killed mid-way never leaves half a report where a good one was."""
    corpus = tmp_path / "big.jsonl"
    text = (EXAMPLES / "bundled-example.txt").read_text(encoding="utf-8")
    with open(corpus, "w", encoding="utf-8") as handle:
        for i in range(3000):
            handle.write(json.dumps({"id": f"a{i}", "text": text}) + "\n")
    output = tmp_path / "report.html"
    output.write_text("OLD REPORT")
    process = subprocess.Popen([sys.executable, "-m", "stance", "report", str(corpus), "-f", "html", "-o",
                                str(output), "-q"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(3)
    process.send_signal(signal.SIGKILL)
    process.wait()
    content = output.read_text()
    assert content == "OLD REPORT" or content.rstrip().endswith("</html>")


@pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("chromium-browser")), reason="no Chromium here")
def test_html_report_renders_offline_in_headless_chromium(tmp_path):
    page = tmp_path / "report.html"
    page.write_text(render(build_report(ROWS), "html"), encoding="utf-8")
    shot = tmp_path / "shot.png"
    browser = shutil.which("chromium") or shutil.which("chromium-browser")
    subprocess.run([browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
                    "--no-first-run", f"--user-data-dir={tmp_path / 'profile'}", f"--screenshot={shot}",
                    "--window-size=1000,800", page.as_uri()], check=True, capture_output=True, timeout=120,
                   env={**os.environ, "HOME": str(tmp_path)})
    assert shot.exists() and shot.stat().st_size > 5000
