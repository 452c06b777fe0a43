"""Bad input, one table: every case exits with the right code and one ``Error:`` line, never a traceback.

Each case builds its files in ``tmp_path`` and returns the command line. Failing commands must leave no
output file (and no hidden ``.*.tmp``) behind; a few inputs that look bad but are fine (UTF-16 and
Latin-1 articles, a very long line, quotes only) must succeed.

Exit codes: 2 for usage errors (click's, including its path checks), 1 for data and file errors.
Under ``CliRunner`` an unhandled exception does not print a traceback, so :func:`run` renders it into the
output the way the real command would, and the ``"Traceback" not in output`` check catches it.
"""

from __future__ import annotations

import json
import os
import pickle
import signal
import traceback
from pathlib import Path
from typing import Callable, NamedTuple

import pytest
from click.testing import CliRunner, Result

from stance.cli import cli

from labelled_rows import HEADER as LABEL_HEADER
from labelled_rows import ROWS as GOOD_ROWS
from labelled_rows import write_labelled

ARTICLE = "France condemned the strikes as a flagrant violation of international law, the ministry said.\n"


# -- building inputs -------------------------------------------------------------------------------------
def write(tmp: Path, name: str, content: str | bytes) -> str:
    path = tmp / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return str(path)


def labelled(tmp: Path, rows, name: str = "labelled.csv", header=LABEL_HEADER, ids=None) -> str:
    return str(write_labelled(tmp / name, rows, header, ids))


def folder_without_txt(tmp: Path) -> str:
    write(tmp, "folder/notes.md", "France condemned the strikes.")
    write(tmp, "folder/sub/data.json", "{}")
    return str(tmp / "folder")


def jsonl(tmp: Path, name: str, lines: list) -> str:
    text = "".join((line if isinstance(line, str) else json.dumps(line)) + "\n" for line in lines)
    return write(tmp, name, text)


def real_model_bytes() -> bytes:
    from stance._paths import default_model_path

    return default_model_path().read_bytes()


class _RunsCode:
    """A pickle that would create *marker* when unpickled (it must be refused, not run)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (os.system, (f"touch {self.marker}",))


def model_file(tmp: Path, kind: str) -> str:
    path = tmp / "model.joblib"
    if kind == "empty":
        path.write_bytes(b"")
    elif kind == "garbage":
        path.write_bytes(bytes(range(256)) * 40)
    elif kind == "plain-dict":
        path.write_bytes(pickle.dumps({"weights": [1, 2, 3]}))
    elif kind == "truncated":
        data = real_model_bytes()
        path.write_bytes(data[: len(data) // 2])
    elif kind == "runs-code":
        path.write_bytes(pickle.dumps(_RunsCode(tmp / "pwned")))
    elif kind == "other-version":
        import joblib

        from stance import __version__

        joblib.dump({"format": "stance-model/1", "card": {"sklearn_version": "0.0.1",
                                                          "stance_version": __version__},
                     "estimator": None}, path)
    return str(path)


def positions_file(tmp: Path, middle: str) -> str:
    row = {"article": "a1", "actor": "France", "actor_code": "FRA", "stance": "condemning", "confidence": 0.9,
           "inferred": False, "evidence": [], "date": None, "title": None}
    return write(tmp, "positions.jsonl", json.dumps(row) + "\n" + middle + "\n" + json.dumps({**row, "article": "a3"})
                 + "\n")


# -- checks beyond the message ---------------------------------------------------------------------------
def rows_of(result: Result) -> list[dict]:
    return [json.loads(line) for line in result.stdout.splitlines() if line.strip()]


def check_articles_a1_and_a3(result: Result, tmp: Path) -> None:
    assert {row["article"] for row in rows_of(result)} == {"a1", "a3"}, result.stdout


def check_no_rows(result: Result, tmp: Path) -> None:
    assert rows_of(result) == [], result.stdout


def check_not_run(result: Result, tmp: Path) -> None:
    assert not (tmp / "pwned").exists(), "loading the model file ran the code it names"


def check_france_condemning(result: Result, tmp: Path) -> None:
    rows = rows_of(result)
    assert [(r["actor_code"], r["stance"]) for r in rows if r["actor_code"] == "FRA"] == [("FRA", "condemning")]


def check_latin1_decoded(result: Result, tmp: Path) -> None:
    check_france_condemning(result, tmp)
    evidence = " ".join(e["text"] for row in rows_of(result) for e in row["evidence"])
    assert "communiqué" in evidence and "\ufffd" not in evidence, evidence


# -- the table -------------------------------------------------------------------------------------------
class Case(NamedTuple):
    build: Callable[[Path], list[str]]  # writes its inputs into tmp_path, returns the arguments
    code: int
    fragment: str  # in the one Error: line (failures) or in `where` (successes)
    where: str = "error"  # "error", "stdout" or "stderr"
    stdin: str | bytes | None = None
    check: Callable[[Result, Path], None] | None = None
    budget: float | None = None  # seconds the command may take


GOOD_CSV = lambda t: labelled(t, GOOD_ROWS)  # noqa: E731
OUT = lambda t, name="out.txt": str(t / name)  # noqa: E731
BIG_SENTENCES = ("France condemned the strikes as a flagrant violation of international law. " * 14_000)[:1_000_000]
BIG_ONE_SENTENCE = ("France said Russia condemned the strikes and Turkey welcomed it " * 16_000)[:1_000_000]

CASES: dict[str, Case] = {
    # ---- predict: statement inputs
    "predict --input empty file":
        Case(lambda t: ["predict", "--input", write(t, "empty.txt", ""), "-o", OUT(t)], 1, "input is empty"),
    "predict --input whitespace-only file":
        Case(lambda t: ["predict", "--input", write(t, "blank.txt", " \n\t\n  \r\n"), "-o", OUT(t)], 1,
             "input is empty"),
    "predict --input binary file with NUL bytes":
        Case(lambda t: ["predict", "--input", write(t, "bin.txt", b"\x00\x01\x02PK\x00\xff" * 50), "-o", OUT(t)], 1,
             "binary"),
    "predict --input Latin-1 statements file (data files are UTF-8)":
        Case(lambda t: ["predict", "--input", write(t, "l1.txt", "Paris a condamné les frappes\n".encode("latin-1"))],
             1, "not valid UTF-8"),
    "predict --input path that does not exist":
        Case(lambda t: ["predict", "--input", str(t / "missing.csv"), "-o", OUT(t)], 1, "no such file"),
    "predict --input a directory":
        Case(lambda t: ["predict", "--input", str(t)], 2, "is a directory"),
    "predict --input CSV without the statement column":
        Case(lambda t: ["predict", "--input", write(t, "s.csv", "id,body\n1,France condemned it\n"), "-o", OUT(t)],
             1, "no column 'statement'"),
    "predict --text-column naming a missing column":
        Case(lambda t: ["predict", "--input", write(t, "s.csv", "id,statement\n1,France condemned it\n"),
                        "--text-column", "body"], 1, "no column 'body'"),
    "predict --input JSONL with a broken line":
        Case(lambda t: ["predict", "--input", jsonl(t, "s.jsonl", [{"statement": "We condemn it"}, "{broken",
                                                                   {"statement": "We welcome it"}]), "-o", OUT(t)],
             1, "line 2 is not valid JSON"),
    "predict --input JSONL record without the text field":
        Case(lambda t: ["predict", "--input", jsonl(t, "s.jsonl", [{"text": "We condemn it"}])], 1,
             "line 1 has no field 'statement'"),
    "predict stdin empty":
        Case(lambda t: ["predict"], 1, "input is empty", stdin=""),
    "predict stdin blank lines only":
        Case(lambda t: ["predict"], 1, "input is empty", stdin="\n   \n\t\n"),
    "predict both arguments and --input":
        Case(lambda t: ["predict", "France condemned it", "--input", write(t, "s.txt", "We condemn it\n")], 2,
             "not both"),
    "predict unknown --format":
        Case(lambda t: ["predict", "--format", "xml", "France condemned it"], 2, "'xml' is not one of"),
    "predict unknown option":
        Case(lambda t: ["predict", "--colour", "France condemned it"], 2, "No such option"),
    "predict -o in a missing folder":
        Case(lambda t: ["predict", "France condemned it", "-o", "/nonexistent/dir/out.json"], 1, "does not exist"),
    "predict -o is a directory":
        Case(lambda t: ["predict", "France condemned it", "-o", str(t)], 2, "is a directory"),
    # ---- model files
    "model file empty":
        Case(lambda t: ["predict", "--model", model_file(t, "empty"), "We condemn it", "-o", OUT(t)], 1,
             "corrupt or not a model"),
    "model file of garbage bytes":
        Case(lambda t: ["predict", "--model", model_file(t, "garbage"), "We condemn it", "-o", OUT(t)], 1,
             "corrupt or not a model"),
    "model file a pickle of a plain dict":
        Case(lambda t: ["predict", "--model", model_file(t, "plain-dict"), "We condemn it"], 1,
             "not a stance model file"),
    "model file truncated to half of the real model":
        Case(lambda t: ["predict", "--model", model_file(t, "truncated"), "We condemn it", "-o", OUT(t)], 1,
             "corrupt or not a model"),
    "model file a pickle that would run code":
        Case(lambda t: ["predict", "--model", model_file(t, "runs-code"), "We condemn it"], 1,
             "which a stance model never contains", check=check_not_run),
    "model file from another scikit-learn version":
        Case(lambda t: ["predict", "--model", model_file(t, "other-version"), "We condemn it"], 1,
             "saved with scikit-learn 0.0.1"),
    "model path is a directory":
        Case(lambda t: ["predict", "--model", str(t), "We condemn it"], 2, "is a directory"),
    "model file missing":
        Case(lambda t: ["predict", "--model", str(t / "nope.joblib"), "We condemn it"], 1, "not found"),
    "classify with a garbage model writes no output":
        Case(lambda t: ["classify", write(t, "a.txt", ARTICLE), "--model", model_file(t, "garbage"),
                        "-o", OUT(t, "out.jsonl")], 1, "corrupt or not a model"),
    "evaluate --model truncated":
        Case(lambda t: ["evaluate", "--data", GOOD_CSV(t), "--model", model_file(t, "truncated"), "-o", OUT(t)], 1,
             "corrupt or not a model"),
    # ---- labelled data for train / evaluate
    "train --data without stance column":
        Case(lambda t: ["train", "--data", labelled(t, GOOD_ROWS, header=["id", "event", "statement"]),
                        "--output", OUT(t, "m.joblib"), "--folds", "2"], 1, "missing column 'stance'"),
    "train --data with an unknown label":
        Case(lambda t: ["train", "--data", labelled(t, GOOD_ROWS[:1] + [("a", "We are furious", "angry")] + GOOD_ROWS[2:]),
                        "--output", OUT(t, "m.joblib"), "--folds", "2"], 1, "unknown label 'angry' on line 3"),
    "train --data with an empty statement":
        Case(lambda t: ["train", "--data", labelled(t, GOOD_ROWS[:3] + [("b", "   ", "condemning")] + GOOD_ROWS[4:]),
                        "--output", OUT(t, "m.joblib"), "--folds", "2"], 1, "empty statement on line 5"),
    "train --data with duplicate ids":
        Case(lambda t: ["train", "--data", labelled(t, GOOD_ROWS, ids=[f"t{i}" for i in range(11)] + ["t3"]),
                        "--output", OUT(t, "m.joblib"), "--folds", "2"], 1, "duplicate id 't3'"),
    "train --data with one class only":
        Case(lambda t: ["train", "--data", labelled(t, [(e, s, "condemning") for e, s, _ in GOOD_ROWS]),
                        "--output", OUT(t, "m.joblib"), "--folds", "2"], 1, "only one class"),
    "evaluate --data a class with fewer examples than folds":
        Case(lambda t: ["evaluate", "--data", labelled(t, [r for r in GOOD_ROWS if r[2] != "ambiguous"]
                                                       + [("a", "Both sides should talk", "ambiguous")]),
                        "--folds", "2", "-o", OUT(t)], 1, "has 1 examples, fewer than 2 folds"),
    "evaluate --data fewer events than folds":
        Case(lambda t: ["evaluate", "--data", labelled(t, [("a", s, label) for _, s, label in GOOD_ROWS]),
                        "--folds", "2", "-o", OUT(t)], 1, "only 1 events for 2-fold"),
    "evaluate --data without event column (one event)":
        Case(lambda t: ["evaluate", "--data", labelled(t, GOOD_ROWS, header=["id", "statement", "stance"]),
                        "--folds", "2"], 1, "only 1 events for 2-fold"),
    "train --data with one label missing entirely":
        Case(lambda t: ["train", "--data", labelled(t, [r for r in GOOD_ROWS if r[2] != "ambiguous"]),
                        "--output", OUT(t, "m.joblib"), "--folds", "2"], 1, "'ambiguous'"),
    "evaluate --data a class confined to one event":
        Case(lambda t: ["evaluate", "--data", labelled(t, [r for r in GOOD_ROWS if r[2] != "ambiguous"]
                                                       + [("a", "Both sides should talk", "ambiguous"),
                                                          ("a", "We urge restraint", "ambiguous")]),
                        "--folds", "2", "-o", OUT(t)], 1, "'ambiguous'"),
    "train --data with three events and --folds 2 (valid, must train)":
        Case(lambda t: ["train", "--data", labelled(t, [r for r in GOOD_ROWS if r[0] != "d"]),
                        "--output", OUT(t, "m.joblib"), "--folds", "2"], 0, "wrote", where="stdout"),
    "train --data empty file":
        Case(lambda t: ["train", "--data", write(t, "empty.csv", ""), "--output", OUT(t, "m.joblib")], 1,
             "file is empty"),
    "evaluate --data whitespace-only file":
        Case(lambda t: ["evaluate", "--data", write(t, "blank.csv", "\n   \n")], 1, "file is empty"),
    "evaluate --data binary file":
        Case(lambda t: ["evaluate", "--data", write(t, "bin.csv", b"id,statement\x00\x00\x01" * 30)], 1, "binary"),
    "evaluate --data path that does not exist":
        Case(lambda t: ["evaluate", "--data", str(t / "missing.csv")], 1, "no such file"),
    "train --data header only":
        Case(lambda t: ["train", "--data", write(t, "h.csv", "id,event,statement,stance\n"),
                        "--output", OUT(t, "m.joblib")], 1, "no rows"),
    "train --data Latin-1 CSV":
        Case(lambda t: ["train", "--data", write(t, "l1.csv", "id,event,statement,stance\n1,a,Paris a condamné,"
                                                             "condemning\n".encode("latin-1")),
                        "--output", OUT(t, "m.joblib")], 1, "not valid UTF-8"),
    "train --output in a missing folder":
        Case(lambda t: ["train", "--data", GOOD_CSV(t), "--output", "/nonexistent/dir/m.joblib", "--folds", "2"], 1,
             "does not exist"),
    "train --folds 1":
        Case(lambda t: ["train", "--data", GOOD_CSV(t), "--folds", "1"], 2, "x>=2"),
    # ---- extraction test sets
    "evaluate --extraction with a broken JSONL line":
        Case(lambda t: ["evaluate", "--extraction", "--data",
                        jsonl(t, "x.jsonl", [{"id": "1", "text": "France said it.", "expected": []}, "{not json",
                                             {"id": "3", "text": "Iran said it.", "expected": []}]), "-o", OUT(t)], 1,
             "line 2 is not an extraction test item"),
    "evaluate --extraction item without expected":
        Case(lambda t: ["evaluate", "--extraction", "--data", jsonl(t, "x.jsonl", [{"id": "1", "text": "Hi."}])], 1,
             "line 1 is not an extraction test item"),
    "evaluate --extraction expected text not in passage":
        Case(lambda t: ["evaluate", "--extraction", "--data",
                        jsonl(t, "x.jsonl", [{"id": "1", "text": "France condemned the strikes.", "expected": [
                            {"speaker": "Iran", "actor_code": "IRN", "text": "something else"}]}])], 1,
             "expected text is not in the passage"),
    "evaluate --extraction empty file":
        Case(lambda t: ["evaluate", "--extraction", "--data", write(t, "x.jsonl", "\n\n")], 1, "no test items"),
    "evaluate unknown --format":
        Case(lambda t: ["evaluate", "--format", "csv"], 2, "'csv' is not one of"),
    # ---- classify: articles
    "classify empty file is skipped":
        Case(lambda t: ["classify", write(t, "empty.txt", "")], 0, "empty article", where="stderr"),
    "classify --strict empty file":
        Case(lambda t: ["classify", "--strict", write(t, "empty.txt", ""), "-o", OUT(t)], 1, "empty article"),
    "classify --strict whitespace-only file":
        Case(lambda t: ["classify", "--strict", write(t, "blank.txt", "  \n\n\t \r\n"), "-o", OUT(t)], 1,
             "empty article"),
    "classify binary file is skipped":
        Case(lambda t: ["classify", write(t, "bin.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 40)], 0,
             "binary", where="stderr"),
    "classify --strict binary file":
        Case(lambda t: ["classify", "--strict", write(t, "bin.txt", b"\x00\x01\x02\x03\xff\xfe\x00" * 40),
                        "-o", OUT(t)], 1, "binary"),
    "classify UTF-16 LE article is decoded":
        Case(lambda t: ["classify", write(t, "u16.txt", ARTICLE.encode("utf-16")), "--format", "jsonl"], 0,
             '"actor_code": "FRA"', where="stdout", check=check_france_condemning),
    "classify UTF-16 BE article is decoded":
        Case(lambda t: ["classify", write(t, "u16be.txt", b"\xfe\xff" + ARTICLE.encode("utf-16-be")),
                        "--format", "jsonl"], 0, '"actor_code": "FRA"', where="stdout", check=check_france_condemning),
    "classify Latin-1 article is decoded":
        Case(lambda t: ["classify", write(t, "l1.txt", (
            "Le ministère français des Affaires étrangères a réagi jeudi.\n"
            "France condemned the strikes as a flagrant violation of international law, the ministry said in a "
            "communiqué.\n").encode("latin-1")), "--format", "jsonl"], 0, '"actor_code": "FRA"', where="stdout",
             check=check_latin1_decoded),
    "classify path that does not exist":
        Case(lambda t: ["classify", str(t / "missing.txt"), "-o", OUT(t)], 1, "no such file or folder"),
    "classify directory with no *.txt":
        Case(lambda t: ["classify", folder_without_txt(t), "-o", OUT(t)], 1, "holds no *.txt articles"),
    "classify -o in a missing folder":
        Case(lambda t: ["classify", write(t, "a.txt", ARTICLE), "-o", "/nonexistent/dir/out.json"], 1,
             "does not exist"),
    "classify -o is a directory":
        Case(lambda t: ["classify", write(t, "a.txt", ARTICLE), "-o", str(t)], 2, "is a directory"),
    "classify --jobs 0":
        Case(lambda t: ["classify", write(t, "a.txt", ARTICLE), "--jobs", "0"], 2, "x>=1"),
    "classify unknown --format":
        Case(lambda t: ["classify", write(t, "a.txt", ARTICLE), "--format", "yaml"], 2, "'yaml' is not one of"),
    "classify unknown option":
        Case(lambda t: ["classify", write(t, "a.txt", ARTICLE), "--fast"], 2, "No such option"),
    "classify --scheduler without --engine dask":
        Case(lambda t: ["classify", write(t, "a.txt", ARTICLE), "--scheduler", "tcp://127.0.0.1:8786"], 2,
             "--scheduler needs --engine dask"),
    "classify JSONL with a broken middle line skips it":
        Case(lambda t: ["classify", jsonl(t, "c.jsonl", [{"id": "a1", "text": ARTICLE}, '{"id": "a2", "text": "Fr',
                                                        {"id": "a3", "text": ARTICLE}]), "--format", "jsonl"], 0,
             "line 2", where="stderr", check=check_articles_a1_and_a3),
    "classify --strict JSONL with a broken middle line":
        Case(lambda t: ["classify", "--strict", jsonl(t, "c.jsonl", [{"id": "a1", "text": ARTICLE}, "{oops",
                                                                    {"id": "a3", "text": ARTICLE}]),
                        "-o", OUT(t, "out.jsonl")], 1, "line 2 is not valid JSON"),
    "classify JSONL record without text field is skipped":
        Case(lambda t: ["classify", jsonl(t, "c.jsonl", [{"id": "a1", "text": ARTICLE}, {"id": "a2", "body": ARTICLE},
                                                        {"id": "a3", "text": ARTICLE}]), "--format", "jsonl"], 0,
             "line 2 has no text field 'text'", where="stderr", check=check_articles_a1_and_a3),
    "classify --strict JSONL record without text field":
        Case(lambda t: ["classify", "--strict", jsonl(t, "c.jsonl", [{"id": "a1", "body": ARTICLE}]),
                        "-o", OUT(t)], 1, "line 1 has no text field 'text'"),
    "classify --strict --text-column missing in JSONL":
        Case(lambda t: ["classify", "--strict", "--text-column", "body",
                        jsonl(t, "c.jsonl", [{"id": "a1", "text": ARTICLE}])], 1, "no text field 'body'"),
    "classify CSV corpus without text column":
        Case(lambda t: ["classify", write(t, "c.csv", f'id,body\n1,"{ARTICLE.strip()}"\n'),
                        "-o", OUT(t, "out.jsonl")], 1, "no column 'text'"),
    "classify Latin-1 JSONL corpus":
        Case(lambda t: ["classify", write(t, "c.jsonl", '{"id": "a1", "text": "Paris a condamné"}\n'.encode("latin-1")),
                        "-o", OUT(t)], 1, "not valid UTF-8"),
    "classify UTF-16 JSONL corpus is decoded":
        Case(lambda t: ["classify", write(t, "c.jsonl", (json.dumps({"id": "a1", "text": ARTICLE}) + "\n")
                                          .encode("utf-16")), "--format", "jsonl"], 0, '"actor_code": "FRA"',
             where="stdout"),
    "classify --strict empty stdin":
        Case(lambda t: ["classify", "--strict", "-"], 1, "<stdin>: empty input", stdin=""),
    "classify 1,000,000-character single-line article of sentences":
        Case(lambda t: ["classify", write(t, "big.txt", BIG_SENTENCES), "-o", OUT(t, "big.json"), "--format",
                        "json"], 0, "", where="stdout", budget=20),
    "classify 1,000,000-character single-line article with no sentence end":
        Case(lambda t: ["classify", write(t, "big.txt", BIG_ONE_SENTENCE), "-o", OUT(t, "big.json"), "--format",
                        "json"], 0, "", where="stdout", budget=20),
    "classify article of only quotes and punctuation":
        Case(lambda t: ["classify", write(t, "q.txt", '"""""\n“”“”\n«»\'\'\'...!!!???,,,;;;\n— – - •\n""'),
                        "--format", "jsonl"], 0, "", where="stdout", check=check_no_rows),
    "classify article with unbalanced quotes":
        Case(lambda t: ["classify", write(t, "u.txt", 'France said: "The strikes are a flagrant violation of '
                                                     'international law.\nRussia "welcomed the “operation and said '
                                                     'it was necessary.\n«Turkey condemned the attack\n"'),
                        "--format", "jsonl"], 0, "", where="stdout"),
    # ---- report
    "report path that does not exist":
        Case(lambda t: ["report", str(t / "missing.jsonl"), "-o", OUT(t)], 1, "no such file or folder"),
    "report directory with no *.txt":
        Case(lambda t: ["report", folder_without_txt(t)], 1, "holds no *.txt"),
    "report unknown --format":
        Case(lambda t: ["report", write(t, "a.txt", ARTICLE), "--format", "pdf"], 2, "'pdf' is not one of"),
    "report unknown --by":
        Case(lambda t: ["report", write(t, "a.txt", ARTICLE), "--by", "year"], 2, "'year' is not one of"),
    "report --scheduler without --engine dask":
        Case(lambda t: ["report", write(t, "a.txt", ARTICLE), "--scheduler", "tcp://127.0.0.1:8786"], 2,
             "--scheduler needs --engine dask"),
    "report -o in a missing folder":
        Case(lambda t: ["report", write(t, "a.txt", ARTICLE), "-o", "/nonexistent/dir/out.json"], 1,
             "does not exist"),
    "report positions JSONL with a broken line skips it":
        Case(lambda t: ["report", positions_file(t, "{broken"), "--format", "json"], 0,
             "line 2 is not a classify row", where="stderr"),
    "report --strict positions JSONL with a broken line":
        Case(lambda t: ["report", "--strict", positions_file(t, "{broken"), "-o", OUT(t)], 1,
             "line 2 is not a classify row"),
    "report --strict positions row with an unknown stance":
        Case(lambda t: ["report", "--strict", positions_file(t, json.dumps(
            {"article": "a2", "actor": "Iran", "actor_code": "IRN", "stance": "furious", "confidence": 0.5,
             "inferred": False, "evidence": []})), "-o", OUT(t)], 1, "line 2"),
    "report --strict positions row with a non-numeric confidence":
        Case(lambda t: ["report", "--strict", positions_file(t, json.dumps(
            {"article": "a2", "actor": "Iran", "actor_code": "IRN", "stance": "condemning", "confidence": "high",
             "inferred": False, "evidence": []})), "-o", OUT(t)], 1, "line 2"),
    # ---- top level
    "unknown command":
        Case(lambda t: ["frobnicate"], 2, "No such command"),
}


# -- running ---------------------------------------------------------------------------------------------
class _OverBudget(BaseException):
    """Raised by the alarm when a command runs past its time budget (not caught by CliRunner)."""


def run(args: list[str], stdin: str | bytes | None = None, budget: float | None = None) -> tuple[Result, str]:
    """Invoke the CLI; return the result and everything a user would see, a traceback included."""
    runner = CliRunner()
    if budget:
        def over(signum, frame):
            raise _OverBudget()

        previous = signal.signal(signal.SIGALRM, over)
        signal.setitimer(signal.ITIMER_REAL, budget)
    try:
        result = runner.invoke(cli, args, input=stdin)
    except _OverBudget:
        result = None
    finally:
        if budget:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)
    if result is None:
        pytest.fail(f"stance {' '.join(args[:2])} ... took longer than {budget} s", pytrace=False)
    seen = result.output
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        seen += "Traceback (most recent call last, innermost frames):\n" + "".join(
            traceback.format_exception(result.exception, limit=-3)[1:])
    return result, seen


@pytest.mark.parametrize("case", list(CASES.values()), ids=list(CASES))
def test_bad_input(case: Case, tmp_path: Path) -> None:
    args = case.build(tmp_path)
    result, seen = run(args, case.stdin, case.budget)

    if "Traceback" in seen:
        pytest.fail(f"traceback instead of a one-line error:\n{seen}", pytrace=False)
    assert result.exit_code == case.code, seen
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error:")]
    assert "Error:" not in result.stdout, result.stdout
    if case.code:
        assert len(errors) == 1, result.stderr
        assert case.fragment in errors[0], result.stderr
        if case.code == 1:  # a data error is one line, and the last thing said
            assert result.stderr.rstrip("\n").splitlines()[-1] == errors[0], result.stderr
    else:
        assert errors == [], result.stderr
        assert case.fragment in (result.stdout if case.where == "stdout" else result.stderr), seen

    if "-o" in args or "--output" in args:
        output = Path(args[args.index("-o" if "-o" in args else "--output") + 1])
        if case.code == 0:
            assert output.is_file()
        elif not output.is_dir():
            assert not output.exists(), f"{output} left behind by a failed command"
    leftovers = [p.name for p in tmp_path.rglob(".*.tmp")]
    assert leftovers == [], f"temporary files left behind: {leftovers}"
    if case.check:
        case.check(result, tmp_path)


def test_table_is_large_enough() -> None:
    assert len(CASES) >= 45
