"""The command line through click's CliRunner: help, formats and their contracts, files, and equivalences.

Training runs only on a tiny labelled CSV written here (four events, all three labels) with ``--folds 2``.
"""

from __future__ import annotations

import csv
import hashlib
import json
import traceback
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from stance import __version__
from stance.cli import cli
from stance.model import LABELS

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = ROOT / "data" / "examples"
BUNDLED = EXAMPLES / "bundled-example.txt"
MINISTRY = "The ministry condemned the strikes as a flagrant violation of international law"

from labelled_rows import ROWS as TINY_ROWS
from labelled_rows import write_labelled

# Thirty statements of every kind, some with commas, quotes and non-ASCII text, to check order and quoting.
VARIED = [
    MINISTRY,
    "Beijing called on all parties to exercise restraint",
    "We fully support the operation and stand with our ally",
    "Paris welcomed the agreement as a historic step toward peace",
    "Moscow denounced the sanctions as illegal, and vowed to respond",
    'The envoy said the vote was "a sham" and "null and void"',
    "India abstained and urged dialogue",
    "The strikes were a legitimate act of self-defence",
    "Ankara praised the troops for their courage",
    "The UN Secretary-General was deeply concerned by the escalation",
    "Berlin rejected the annexation and will never recognise it",
    "Tokyo is following the situation closely",
    "Brazil congratulated the winner on a free and fair election",
    "Canada strongly condemns this unprovoked attack",
    "The African Union suspended the country's membership",
    "Iran hailed the decision as a victory for the resistance",
    "Switzerland offered to mediate between the parties",
    "The coup is unacceptable, the minister said",
    "We call for calm, restraint and the protection of civilians",
    "Washington backed Israel's right to defend itself",
    "Le gouvernement a condamné l'attaque, selon le ministère",
    "Mexico declined to comment",
    "Australia imposed targeted sanctions on the officials responsible",
    "Qatar called for an immediate ceasefire, and for talks",
    "The move is a flagrant breach of sovereignty, Kyiv said",
    "Seoul expressed its firm support for the measures",
    "South Africa said both sides bear responsibility",
    "The bloc voiced deep regret over the decision",
    "Nothing justifies the killing of innocent people",
    "Belgrade thanked Russia for its principled position",
]


def run(*args: str, stdin: str | None = None) -> Result:
    """Invoke the CLI and fail with the traceback (as a user would see it) on an unhandled exception."""
    result = CliRunner().invoke(cli, list(args), input=stdin)
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        pytest.fail("".join(traceback.format_exception(result.exception)) + result.output, pytrace=False)
    return result


def ok(*args: str, stdin: str | None = None) -> Result:
    result = run(*args, stdin=stdin)
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    return result


def jsonl_rows(text: str) -> list[dict]:
    return [json.loads(line) for line in text.splitlines() if line.strip()]


@pytest.fixture(scope="module")
def tiny_csv(tmp_path_factory) -> Path:
    return write_labelled(tmp_path_factory.mktemp("labelled") / "tiny.csv")


@pytest.fixture(scope="module")
def trained(tmp_path_factory, tiny_csv) -> tuple[Path, Result]:
    model = tmp_path_factory.mktemp("model") / "model.joblib"
    return model, ok("train", "--data", str(tiny_csv), "--output", str(model), "--folds", "2")


@pytest.fixture(scope="module")
def examples_jsonl() -> str:
    return ok("classify", str(EXAMPLES), "--format", "jsonl").stdout


# -- help and version ------------------------------------------------------------------------------------
@pytest.mark.parametrize("name", sorted(cli.commands), ids=sorted(cli.commands))
def test_every_command_help_exits_zero_and_shows_an_example(name):
    result = ok(name, "--help")
    assert f"Usage: cli {name}" in result.stdout or f"{name} [OPTIONS]" in result.stdout
    assert "Example" in result.stdout
    assert f"stance {name}" in result.stdout


@pytest.mark.parametrize("args", [["-h"], ["--help"], ["predict", "-h"], ["classify", "-h"]],
                         ids=["top -h", "top --help", "predict -h", "classify -h"])
def test_short_and_long_help_options_work(args):
    result = ok(*args)
    assert "Usage:" in result.stdout
    assert "-h, --help" in result.stdout


def test_top_level_help_lists_every_command():
    result = ok("--help")
    for name in cli.commands:
        assert name in result.stdout


@pytest.mark.parametrize("flag", ["--version", "-V"], ids=["--version", "-V"])
def test_version_prints_the_package_version_and_whether_it_is_compiled(flag):
    import stance.extract

    result = ok(flag)
    built = "pure Python" if stance.extract.__file__.endswith(".py") else "compiled"
    assert result.stdout.strip() == f"stance {__version__} ({built})"


# -- predict ---------------------------------------------------------------------------------------------
def test_predict_argument_prints_condemning():
    result = ok("predict", MINISTRY)
    assert "condemning" in result.stdout
    assert "Error" not in result.output


@pytest.fixture(scope="module")
def varied_rows(tmp_path_factory) -> list[dict]:
    path = tmp_path_factory.mktemp("predict") / "statements.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle)
        writer.writerow(["id", "statement"])
        writer.writerows((i, text) for i, text in enumerate(VARIED))
    return jsonl_rows(ok("predict", "--input", str(path), "--format", "jsonl").stdout)


def test_predict_jsonl_rows_follow_the_contract(varied_rows):
    assert len(varied_rows) == len(VARIED)
    for row in varied_rows:
        assert set(row) == {"text", "stance", "confidence", "probabilities"}
        assert set(row["probabilities"]) == set(LABELS)
        assert sum(row["probabilities"].values()) == pytest.approx(1.0, abs=2e-3)
        assert row["stance"] == max(row["probabilities"], key=row["probabilities"].get)
        assert row["confidence"] == row["probabilities"][row["stance"]]
        assert 0.0 <= row["confidence"] <= 1.0


def test_predict_jsonl_rows_come_in_input_order(varied_rows):
    assert [row["text"] for row in varied_rows] == VARIED


def test_predict_jsonl_labels_the_clear_cases(varied_rows):
    by_text = {row["text"]: row["stance"] for row in varied_rows}
    assert by_text[MINISTRY] == "condemning"
    assert by_text["Canada strongly condemns this unprovoked attack"] == "condemning"


def test_predict_reads_stdin_one_statement_per_line_skipping_blank_lines():
    lines = [MINISTRY, "Beijing called on all parties to exercise restraint", "We fully support the operation"]
    result = ok("predict", "--format", "jsonl", stdin="\n".join([lines[0], "", lines[1], "   ", lines[2]]) + "\n")
    assert [row["text"] for row in jsonl_rows(result.stdout)] == lines


def test_predict_stdin_with_crlf_lines_strips_the_line_ends():
    result = ok("predict", "--format", "jsonl", stdin=f"{MINISTRY}\r\nWe back it\r\n")
    assert [row["text"] for row in jsonl_rows(result.stdout)] == [MINISTRY, "We back it"]


def test_predict_explain_shows_at_least_one_word():
    rows = jsonl_rows(ok("predict", "--explain", "--format", "jsonl", MINISTRY).stdout)
    explanation = rows[0]["explanation"]
    assert explanation, rows
    assert any(any(c.isalpha() for c in word) for word, _score in explanation)
    assert all(score > 0 for _word, score in explanation)


def test_predict_explain_table_has_an_explanation_column():
    result = ok("predict", "--explain", MINISTRY)
    header = result.stdout.splitlines()[0]
    assert "explanation" in header
    assert "condemn" in result.stdout


def test_predict_csv_has_a_header_and_one_row_per_statement():
    result = ok("predict", "--format", "csv", MINISTRY, "We stand with our ally, fully")
    rows = list(csv.reader(result.stdout.splitlines()))
    assert rows[0] == ["text", "stance", "confidence", "p_condemning", "p_supporting", "p_ambiguous"]
    assert [r[0] for r in rows[1:]] == [MINISTRY, "We stand with our ally, fully"]


def test_predict_json_is_one_list_in_input_order():
    rows = json.loads(ok("predict", "--format", "json", "We back it", MINISTRY).stdout)
    assert [r["text"] for r in rows] == ["We back it", MINISTRY]


# -- classify --------------------------------------------------------------------------------------------
EVIDENCE_KEYS = {"text", "speaker", "kind", "stance", "confidence", "start", "end"}


def check_classify_rows(rows: list[dict], article_text: str) -> None:
    assert rows
    for row in rows:
        assert {"article", "actor", "actor_code", "stance", "confidence", "inferred", "evidence"} <= set(row)
        assert isinstance(row["actor"], str) and row["actor"]
        assert isinstance(row["actor_code"], str) and row["actor_code"]
        assert row["stance"] in LABELS
        assert 0.0 <= row["confidence"] <= 1.0
        assert isinstance(row["inferred"], bool)
        assert isinstance(row["evidence"], list)
        for evidence in row["evidence"]:
            assert isinstance(evidence, dict)
            assert set(evidence) == EVIDENCE_KEYS
            assert evidence["stance"] in LABELS
            assert 0.0 <= evidence["confidence"] <= 1.0
            assert article_text[evidence["start"]:evidence["end"]] == evidence["text"]


def test_classify_jsonl_rows_follow_the_contract():
    rows = jsonl_rows(ok("classify", str(BUNDLED), "--format", "jsonl").stdout)
    check_classify_rows(rows, BUNDLED.read_text(encoding="utf-8"))
    assert {row["article"] for row in rows} == {str(BUNDLED)}
    assert any(row["evidence"] for row in rows)


def test_classify_bundled_example_finds_the_main_positions():
    rows = jsonl_rows(ok("classify", str(BUNDLED), "--format", "jsonl").stdout)
    stances = {row["actor_code"]: row["stance"] for row in rows}
    assert stances.get("USA") == "condemning"
    assert stances.get("UKR") == "condemning"


def test_classify_reads_stdin_with_dash():
    text = BUNDLED.read_text(encoding="utf-8")
    from_stdin = jsonl_rows(ok("classify", "-", "--format", "jsonl", stdin=text).stdout)
    from_file = jsonl_rows(ok("classify", str(BUNDLED), "--format", "jsonl").stdout)
    check_classify_rows(from_stdin, text)
    assert {row["article"] for row in from_stdin} == {"<stdin>"}
    strip = lambda rows: [{k: v for k, v in r.items() if k != "article"} for r in rows]  # noqa: E731
    assert strip(from_stdin) == strip(from_file)


def test_classify_without_inputs_reads_stdin():
    text = BUNDLED.read_text(encoding="utf-8")
    rows = jsonl_rows(ok("classify", "--format", "jsonl", stdin=text).stdout)
    check_classify_rows(rows, text)


@pytest.mark.parametrize("fmt", ["jsonl", "json", "csv", "table"], ids=["jsonl", "json", "csv", "table"])
def test_classify_output_file_matches_stdout_and_prints_nothing(fmt, tmp_path):
    output = tmp_path / f"out.{fmt}"
    to_file = ok("classify", str(BUNDLED), "--format", fmt, "-o", str(output))
    assert to_file.stdout == ""
    assert output.read_text(encoding="utf-8") == ok("classify", str(BUNDLED), "--format", fmt).stdout
    assert [p.name for p in tmp_path.iterdir()] == [output.name]  # no temporary file left


def test_classify_output_file_replaces_an_old_file(tmp_path):
    output = tmp_path / "out.jsonl"
    output.write_text("old\n")
    ok("classify", str(BUNDLED), "--format", "jsonl", "-o", str(output))
    check_classify_rows(jsonl_rows(output.read_text(encoding="utf-8")), BUNDLED.read_text(encoding="utf-8"))


def test_classify_failed_run_keeps_the_old_output_file(tmp_path):
    output = tmp_path / "out.jsonl"
    output.write_text("old\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    result = run("classify", "--strict", str(BUNDLED), str(empty), "--format", "jsonl", "-o", str(output))
    assert result.exit_code == 1
    assert result.stderr.strip().startswith("Error:") and "empty article" in result.stderr
    assert output.read_text() == "old\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["empty.txt", "out.jsonl"]


def test_classify_jobs_2_equals_jobs_1():
    single = ok("classify", str(EXAMPLES), "--format", "jsonl", "--jobs", "1").stdout
    parallel = ok("classify", str(EXAMPLES), "--format", "jsonl", "--jobs", "2").stdout
    assert single and parallel == single


def test_classify_folder_reads_every_txt_in_name_order(examples_jsonl):
    articles = list(dict.fromkeys(row["article"] for row in jsonl_rows(examples_jsonl)))
    assert articles == sorted(str(p) for p in EXAMPLES.glob("*.txt"))


# -- train, then use the model ---------------------------------------------------------------------------
def test_train_writes_model_and_card(trained, tiny_csv):
    model, result = trained
    assert model.is_file()
    card_path = model.with_name("model.card.json")
    assert card_path.is_file()
    card = json.loads(card_path.read_text())
    assert {"sklearn_version", "stance_version", "training_data", "cross_validation"} <= set(card)
    assert card["stance_version"] == __version__
    import sklearn

    assert card["sklearn_version"] == sklearn.__version__
    assert card["training_data"]["sha256"] == hashlib.sha256(tiny_csv.read_bytes()).hexdigest()
    assert card["training_data"]["rows"] == len(TINY_ROWS)
    assert 0.0 <= card["cross_validation"]["macro_f1"] <= 1.0
    matrix = card["cross_validation"]["confusion_matrix"]
    assert len(matrix) == 3 and all(len(row) == 3 for row in matrix)
    assert sum(map(sum, matrix)) == len(TINY_ROWS)
    assert "wrote" in result.stdout and "macro-F1" in result.stdout


def test_train_on_two_files_records_each_and_scores_each(tmp_path, tiny_csv):
    more = tmp_path / "more"
    more.mkdir()
    second = write_labelled(more / "tiny.csv", ids=[f"m{i}" for i in range(len(TINY_ROWS))])
    model = tmp_path / "model.joblib"
    result = ok("train", "--data", str(tiny_csv), "--data", str(second), "--output", str(model), "--folds", "2")
    card = json.loads(model.with_name("model.card.json").read_text())
    files = card["training_data"]["files"]
    assert [f["path"] for f in files] == [f"{tiny_csv.parent.name}/tiny.csv", "more/tiny.csv"]
    assert files[1]["sha256"] == hashlib.sha256(second.read_bytes()).hexdigest()
    assert card["training_data"]["rows"] == 2 * len(TINY_ROWS)
    assert set(card["cross_validation"]["macro_f1_by_file"]) == {f["path"] for f in files}
    assert "wrote" in result.stdout


def test_train_leaves_no_temporary_files(trained):
    model, _ = trained
    assert sorted(p.name for p in model.parent.iterdir()) == ["model.card.json", "model.joblib"]


def test_predict_with_the_trained_model(trained):
    model, _ = trained
    rows = jsonl_rows(ok("predict", "--model", str(model), "--format", "jsonl", MINISTRY, "We back it").stdout)
    assert [row["text"] for row in rows] == [MINISTRY, "We back it"]
    assert all(row["stance"] in LABELS for row in rows)


def test_classify_with_the_trained_model(trained):
    model, _ = trained
    rows = jsonl_rows(ok("classify", str(BUNDLED), "--model", str(model), "--format", "jsonl").stdout)
    check_classify_rows(rows, BUNDLED.read_text(encoding="utf-8"))


def test_evaluate_with_the_trained_model_on_held_out_data(trained, tiny_csv):
    model, _ = trained
    result = json.loads(ok("evaluate", "--model", str(model), "--data", str(tiny_csv), "--format", "json").stdout)
    assert result["rows"] == len(TINY_ROWS)
    assert 0.0 <= result["model"]["macro_f1"] <= 1.0


# -- evaluate --------------------------------------------------------------------------------------------
def test_evaluate_cross_validation_json_has_model_and_baselines(tiny_csv):
    result = json.loads(ok("evaluate", "--data", str(tiny_csv), "--folds", "2", "--format", "json").stdout)
    assert result["folds"] == 2
    for name in ("model", "majority", "vader"):
        assert name in result
        assert result[name] is not None, name
        assert 0.0 <= result[name]["macro_f1"] <= 1.0
        assert result[name]["labels"] == list(LABELS)


def test_evaluate_cross_validation_table_names_every_system(tiny_csv):
    result = ok("evaluate", "--data", str(tiny_csv), "--folds", "2")
    assert "2-fold cross-validation grouped by event" in result.stdout
    for name in ("model", "majority", "vader", "macro-F1", "confusion matrix"):
        assert name in result.stdout


def test_evaluate_extraction_json_has_precision_and_recall():
    result = json.loads(ok("evaluate", "--extraction", "--format", "json").stdout)
    assert 0.0 <= result["precision"] <= 1.0
    assert 0.0 <= result["recall"] <= 1.0
    assert result["items"] > 0


def write_article(folder, name, text, expected_rows):
    (folder / f"{name}.txt").write_text(text, encoding="utf-8")
    lines = ["article,actor_code,expected,evidence"] + [f"{name}.txt,{code},{label}," for code, label in expected_rows]
    (folder / f"{name}.expected.csv").write_text("\n".join(lines) + "\n", encoding="utf-8")


def test_train_into_a_missing_folder_fails_before_training(tmp_path, monkeypatch):
    import stance.train

    monkeypatch.setattr(stance.train, "train", lambda *a, **k: pytest.fail("training started"))
    result = CliRunner().invoke(cli, ["train", "--output", str(tmp_path / "no" / "model.joblib")])
    assert result.exit_code == 1  # as when any command cannot write its output file
    assert "does not exist" in result.output


def test_evaluate_articles_scores_each_expected_position(tmp_path):
    write_article(tmp_path, "strike", "Strikes hit the port\n\nMoscow said the strikes were a flagrant violation "
                  "of international law and must stop at once.\n",
                  [("RUS", "condemning"), ("FRA", "absent"), ("CHN", "supporting")])
    result = json.loads(ok("evaluate", "--articles", str(tmp_path), "--format", "json").stdout)
    assert (result["articles"], result["positions"]) == (1, 3)
    assert result["correct"] == 2  # France is rightly absent; China, expected to support, is not found
    assert [(m["actor_code"], m["got"]) for m in result["misses"]] == [("CHN", None)]


@pytest.mark.parametrize(
    "setup, message",
    [
        (lambda folder: None, "no *.txt articles"),
        (lambda folder: (folder / "a.txt").write_text("Moscow said so.\n"), "no a.expected.csv"),
    ],
    ids=["empty-folder", "missing-expectations"],
)
def test_evaluate_articles_explains_an_unusable_folder(tmp_path, setup, message):
    setup(tmp_path)
    result = CliRunner().invoke(cli, ["evaluate", "--articles", str(tmp_path)])
    assert result.exit_code == 1
    assert message in result.output
    assert "Traceback" not in result.output


def test_evaluate_articles_and_extraction_together_is_a_usage_error(tmp_path):
    assert CliRunner().invoke(cli, ["evaluate", "--articles", str(tmp_path), "--extraction"]).exit_code == 2


def test_evaluate_writes_its_output_file(tmp_path, tiny_csv):
    output = tmp_path / "scores.json"
    result = ok("evaluate", "--data", str(tiny_csv), "--folds", "2", "--format", "json", "-o", str(output))
    assert result.stdout == ""
    assert "macro_f1" in json.loads(output.read_text())["model"]


# -- report ----------------------------------------------------------------------------------------------
def test_report_json_lists_actors():
    rows = json.loads(ok("report", str(EXAMPLES), "--format", "json").stdout)
    assert rows
    codes = {row["actor_code"] for row in rows}
    assert {"USA", "RUS", "FRA"} & codes
    for row in rows:
        assert row["actor"] and row["position"] in LABELS
        assert row["articles"] == row["condemning"] + row["supporting"] + row["ambiguous"]


@pytest.mark.parametrize("fmt", ["table", "json", "csv", "markdown"], ids=["table", "json", "csv", "markdown"])
def test_report_on_classify_jsonl_equals_report_on_articles(fmt, tmp_path, examples_jsonl):
    positions = tmp_path / "positions.jsonl"
    positions.write_text(examples_jsonl, encoding="utf-8")
    from_positions = ok("report", str(positions), "--format", fmt).stdout
    from_articles = ok("report", str(EXAMPLES), "--format", fmt).stdout
    assert from_positions == from_articles


def test_report_on_jsonl_written_by_classify_o_equals_report_on_articles(tmp_path):
    positions = tmp_path / "positions.jsonl"
    ok("classify", str(EXAMPLES), "--format", "jsonl", "-o", str(positions))
    for fmt in ("table", "json"):
        assert ok("report", str(positions), "--format", fmt).stdout == ok("report", str(EXAMPLES), "--format",
                                                                           fmt).stdout


@pytest.mark.parametrize("by", ["event", "month"], ids=["by event", "by month"])
def test_report_by_group_has_a_group_column(by):
    rows = json.loads(ok("report", str(EXAMPLES), "--by", by, "--format", "json").stdout)
    assert rows and all(row["group"] for row in rows)


def test_report_html_is_one_page(tmp_path):
    output = tmp_path / "report.html"
    ok("report", str(BUNDLED), "--format", "html", "-o", str(output))
    page = output.read_text(encoding="utf-8")
    assert page.lstrip().lower().startswith("<!doctype html")
    assert "</html>" in page


def test_predict_ten_thousand_csv_rows_come_back_in_order(tmp_path):
    """The issue's contract: 10,000 rows in, 10,000 JSON Lines out, in input order."""
    import csv as csv_module

    statements = [f"Minister {i} condemned the raid on village {i}" if i % 3 == 0 else
                  f"Envoy {i} urged restraint on all sides after talks number {i}" if i % 3 == 1 else
                  f"Official {i} welcomed the accord signed in round {i}" for i in range(10_000)]
    path = tmp_path / "many.csv"
    with open(path, "w", newline="", encoding="utf-8") as handle:
        writer = csv_module.writer(handle)
        writer.writerow(["id", "statement"])
        writer.writerows([i, text] for i, text in enumerate(statements))
    result = CliRunner().invoke(cli, ["predict", "--input", str(path), "--text-column", "statement", "--format",
                                      "jsonl"])
    assert result.exit_code == 0
    rows = [json.loads(line) for line in result.output.splitlines()]
    assert [row["text"] for row in rows] == statements
