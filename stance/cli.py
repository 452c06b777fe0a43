"""The ``stance`` command line: a thin click layer over the Python API.

Each command parses options, calls one library function, and formats what it returns. Errors from the
library (:class:`stance.errors.StanceError`) become one-line messages here, in one place, with exit code 1;
usage errors exit with 2 (click's convention). Heavy imports (scikit-learn, pandas) happen inside commands,
so ``stance --help`` stays fast.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Any, Sequence

import click

from stance import __version__, compiled
from stance.errors import StanceError

CONTEXT_SETTINGS = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


class StanceGroup(click.Group):
    """Turns library errors into ``Error: ...`` lines with their exit code instead of tracebacks."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except StanceError as exc:
            error = click.ClickException(str(exc))
            error.exit_code = exc.exit_code  # type: ignore[misc]  # click reads the instance's value
            raise error from None
        except BrokenPipeError:
            sys.stderr.close()  # the reader went away (e.g. `| head`): stop quietly
            ctx.exit(0)
        except MemoryError:
            raise click.ClickException("out of memory; process the input in smaller parts") from None
        except (click.ClickException, click.exceptions.Exit, click.exceptions.Abort, KeyboardInterrupt):
            raise
        except Exception as exc:
            if os.environ.get("STANCE_DEBUG"):
                raise
            raise click.ClickException(
                f"internal error ({type(exc).__name__}: {exc}); please report it, with the traceback that "
                "STANCE_DEBUG=1 prints"
            ) from None


def model_option(function):
    function = click.option(
        "--trust-model", is_flag=True,
        help="Load --model without the safety check. A model file is a pickle and can run code when loaded: "
             "use only for files you made yourself.",
    )(function)
    return click.option(
        "--model", "model_path", type=click.Path(dir_okay=False, path_type=Path), default=None,
        help="Model file to use (default: the bundled model in models/).",
    )(function)


def output_option(function):
    return click.option(
        "-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
        help="Write to this file (atomically) instead of stdout.",
    )(function)


@click.group(cls=StanceGroup, context_settings=CONTEXT_SETTINGS)
@click.version_option(__version__, "-V", "--version", prog_name="stance",
                      message="%(prog)s %(version)s (" + ("compiled" if compiled() else "pure Python") + ")")
def cli() -> None:
    """Who condemns, who supports, who hedges: label what governments and organisations say about an event.

    \b
    Start here:
      stance classify data/examples/bundled-example.txt   # actors and their positions in an article
      stance predict "Paris condemned the strikes."       # one statement
      stance report data/examples/ --format html -o r.html
      stance evaluate                                      # how good is the bundled model?
    """


@cli.command()
@click.argument("statements", nargs=-1)
@click.option("-i", "--input", "input_path", type=click.Path(dir_okay=False, path_type=Path),
              help="Read statements from a CSV or JSONL file (see --text-column) or a text file, one per line.")
@click.option("--text-column", default="statement", show_default=True,
              help="Column (CSV) or field (JSONL) holding the statement.")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]), default="table",
              show_default=True, help="Output format.")
@click.option("--explain", is_flag=True, help="Show the words that pushed each statement toward its label.")
@model_option
@output_option
def predict(statements: Sequence[str], input_path: Path | None, text_column: str, fmt: str, explain: bool,
            model_path: Path | None, trust_model: bool, output: Path | None) -> None:
    """Label statements as condemning, supporting or ambiguous.

    Statements come from the arguments, from --input, or one per line on stdin.

    \b
    Examples:
      stance predict "The ministry condemned the strikes as a flagrant violation of international law"
      stance predict --input statements.csv --text-column statement --format jsonl > labels.jsonl
      echo "Beijing called on all parties to exercise restraint" | stance predict --explain
    """
    from stance.classify import predict_texts
    from stance.corpus import iter_texts
    from stance.model import LABELS, load_model
    from stance.output import to_csv, to_json, to_jsonl, to_table, write_output

    if statements and input_path:
        raise click.UsageError("give statements as arguments or with --input, not both")
    if input_path:
        texts = list(iter_texts(input_path, text_column))
    elif statements:
        texts = list(statements)
    else:
        if sys.stdin is None or sys.stdin.isatty():
            raise click.UsageError("no statements: pass them as arguments, with --input, or on stdin")
        texts = [line.rstrip("\r\n") for line in sys.stdin if line.strip()]
    if not texts:
        raise StanceError("no statements to classify (the input is empty)")
    model, _card = load_model(model_path, trust=trust_model)
    rows = predict_texts(model, texts, explain)
    if fmt == "jsonl":
        text = to_jsonl(rows)
    elif fmt == "json":
        text = to_json(rows)
    else:
        flat = [
            {**{k: v for k, v in row.items() if k not in ("probabilities", "explanation")},
             **{f"p_{label}": p for label, p in row["probabilities"].items()},
             **({"explanation": ", ".join(f"{w} ({s:+.2f})" for w, s in row["explanation"])} if explain else {})}
            for row in rows
        ]
        columns = ["stance", "confidence", "text"] + (["explanation"] if explain else [])
        if fmt == "csv":
            columns = ["text", "stance", "confidence"] + [f"p_{label}" for label in LABELS] + (
                ["explanation"] if explain else [])
            text = to_csv(flat, columns)
        else:
            text = to_table(flat, columns, wrap="text")
    write_output(text, output)


@cli.command()
@click.option("--data", "data_paths", type=click.Path(dir_okay=False, path_type=Path), multiple=True,
              help="Labelled CSV (columns statement, stance, event; events.csv beside it gives each event's "
                   "acting parties); repeat it to train on several. Default: the bundled data/statements.csv and "
                   "data/from_articles/statements.csv.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Where to write the model (default: models/stance-model.joblib). Its card goes beside it.")
@click.option("--folds", type=click.IntRange(min=2), default=5, show_default=True,
              help="Event-grouped cross-validation folds used to score the model for its card.")
def train(data_paths: tuple[Path, ...], output: Path | None, folds: int) -> None:
    """Train a model on labelled statements and save it with a model card.

    Hyper-parameters are chosen by cross-validation grouped by event; the card records the nested
    cross-validated scores, the data's sha256 and the library versions.

    \b
    Example:
      stance train --data data/statements.csv --output models/my-model.joblib
    """
    from stance._paths import default_model_path, default_training_files
    from stance.train import train as train_model

    paths = list(data_paths) or default_training_files()
    output = output or default_model_path()
    if not output.parent.is_dir():
        # Checked before training, not only when writing: training the full corpus takes minutes.
        from stance.errors import DataError

        raise DataError(f"cannot write {output}: folder {output.parent} does not exist")
    click.echo(f"training on {', '.join(map(str, paths))} ...", err=True)
    card = train_model(paths, output, folds=folds)
    cv = card["cross_validation"]
    click.echo(
        f"wrote {output} ({card['training_data']['rows']} rows, {card['training_data']['events']} events); "
        f"grouped-CV macro-F1 {cv['macro_f1']:.3f} (majority {cv['majority_macro_f1']:.3f}, "
        f"VADER {cv['vader_macro_f1'] if cv['vader_macro_f1'] is not None else 'n/a'})"
    )


@cli.command()
@click.option("--data", "data_paths", type=click.Path(dir_okay=False, path_type=Path), multiple=True,
              help="Labelled CSV; repeat it for several. Default: the training data (data/statements.csv and "
                   "data/from_articles/statements.csv), or data/extraction_test.jsonl with --extraction.")
@model_option
@click.option("--folds", type=click.IntRange(min=2), default=5, show_default=True,
              help="Folds of event-grouped cross-validation (when no --model is given).")
@click.option("--extraction", is_flag=True,
              help="Score statement extraction (precision/recall) on data/extraction_test.jsonl instead.")
@click.option("--articles", "articles_dir", type=click.Path(file_okay=False, path_type=Path), default=None,
              help="Score whole-article classification instead: every NAME.txt in this folder against the "
                   "actor positions in NAME.expected.csv beside it (columns actor_code, expected).")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@output_option
def evaluate(data_paths: tuple[Path, ...], model_path: Path | None, trust_model: bool, folds: int, extraction: bool,
             articles_dir: Path | None, fmt: str, output: Path | None) -> None:
    """Measure the classifier (or the extractor) with the baselines beside it.

    Without --model: event-grouped k-fold cross-validation on the labelled file (hyper-parameters tuned
    inside each fold), so no event is scored by a model that learned from it. With --model: that saved
    model scored on --data as a held-out set. Both print per-class precision/recall/F1, macro-F1 and the
    confusion matrix, for the model, the majority class and VADER sentiment read as stance.

    \b
    Examples:
      stance evaluate
      stance evaluate --model models/stance-model.joblib --data heldout.csv --format json
      stance evaluate --extraction
      stance evaluate --articles data/examples
    """
    from stance._paths import default_training_files, resource
    from stance.output import to_json, write_output

    if extraction and articles_dir is not None:
        raise click.UsageError("--extraction and --articles score different things: give one")
    if extraction and len(data_paths) > 1:
        raise click.UsageError("--extraction scores one extraction test set: give --data once")
    if articles_dir is not None:
        from stance.evaluate_articles import evaluate_articles, format_articles
        from stance.model import load_model

        model, _card = load_model(model_path, trust=trust_model)
        result = evaluate_articles(articles_dir, model)
        write_output(to_json(result) if fmt == "json" else format_articles(result), output)
        return

    if extraction:
        from stance.evaluate_extraction import evaluate_extraction, format_extraction

        result = evaluate_extraction(data_paths[0] if data_paths else resource("data/extraction_test.jsonl"))
        write_output(to_json(result) if fmt == "json" else format_extraction(result), output)
        return
    from stance.corpus import read_labelled_files
    from stance.evaluate import cross_validate, score_model
    from stance.model import load_model

    frame = read_labelled_files(list(data_paths) or default_training_files())
    if model_path is not None:
        model, _card = load_model(model_path, trust=trust_model)
        result = score_model(model, frame)
    else:
        result = cross_validate(frame, n_splits=folds)
    write_output(to_json(result) if fmt == "json" else format_scores(result), output)


def format_scores(result: dict[str, Any]) -> str:
    """Side-by-side text report of the model and the baselines."""
    lines = []
    if "folds" in result:
        lines.append(f"{result['folds']}-fold cross-validation grouped by event: {result['rows']} statements, "
                     f"{result['events']} events")
    else:
        lines.append(f"held-out evaluation: {result['rows']} statements")
    names = [name for name in ("model", "model_text_only", "majority", "vader") if name in result]
    systems = [("text only" if name == "model_text_only" else name, result[name]) for name in names]
    lines.append("")
    lines.append(f"{'':<16}" + "".join(f"{name:>12}" for name, _ in systems))
    def value(scores: dict | None, key: str, label: str | None = None) -> str:
        if scores is None:
            return f"{'n/a':>12}"
        number = scores["per_class"][label][key] if label else scores[key]
        return f"{number:>12.3f}"
    lines.append(f"{'macro-F1':<16}" + "".join(value(s, "macro_f1") for _, s in systems))
    lines.append(f"{'accuracy':<16}" + "".join(value(s, "accuracy") for _, s in systems))
    for label in result["model"]["labels"]:
        lines.append(f"{'F1 ' + label:<16}" + "".join(value(s, "f1", label) for _, s in systems))
    if result["vader"] is None:
        lines.append("(VADER not installed: pip install 'stance[vader]')")
    model = result["model"]
    lines.append("")
    lines.append("model, per class:")
    lines.append(f"  {'':<12}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}")
    for label, s in model["per_class"].items():
        lines.append(f"  {label:<12}{s['precision']:>10.3f}{s['recall']:>10.3f}{s['f1']:>10.3f}{s['support']:>10}")
    if "expected_calibration_error" in model:
        lines.append(f"  expected calibration error: {model['expected_calibration_error']:.3f}")
    for source, scores in (result.get("model_by_source") or {}).items():
        lines.append(f"  macro-F1 on the rows of {source} ({scores['rows']}): {scores['macro_f1']:.3f}")
    lines.append("")
    lines.append("model, confusion matrix (rows: true, columns: predicted):")
    labels = model["labels"]
    lines.append("  " + f"{'':<12}" + "".join(f"{label:>12}" for label in labels))
    for label, row in zip(labels, model["confusion_matrix"]):
        lines.append("  " + f"{label:<12}" + "".join(f"{n:>12}" for n in row))
    return "\n".join(lines) + "\n"


def require_input(inputs: Sequence[str]) -> None:
    """Without inputs, articles come from stdin; a terminal there means the user forgot them."""
    if not inputs and (sys.stdin is None or sys.stdin.isatty()):
        raise click.UsageError("no input: give article files, folders or corpora, or - to read stdin")


def input_options(function):
    """Options shared by the commands that read articles."""
    for option in reversed([
        click.option("--text-column", default="text", show_default=True,
                     help="Column (CSV) or field (JSONL) holding the article text in a corpus file."),
        click.option("-j", "--jobs", type=click.IntRange(min=1), default=1, show_default=True,
                     help="Processes to use on this machine."),
        click.option("--strict", is_flag=True, help="Stop at the first unreadable article instead of skipping it."),
        click.option("-q", "--quiet", is_flag=True, help="No progress bar or skip summary on stderr."),
        click.option("--engine", type=click.Choice(["local", "dask"]), default="local", show_default=True,
                     help="local: this machine (see --jobs); dask: a Dask cluster (pip install 'stance[dask]')."),
        click.option("--scheduler", metavar="ADDRESS", default=None,
                     help="Dask scheduler address, e.g. tcp://10.0.0.5:8786 (default: a LocalCluster here)."),
    ]):
        function = option(function)
    return function


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "json", "jsonl", "csv"]), default="table",
              show_default=True, help="Output format; jsonl is one row per (article, actor).")
@input_options
@model_option
@output_option
def classify(inputs: Sequence[str], fmt: str, text_column: str, jobs: int, strict: bool, quiet: bool,
             engine: str, scheduler: str | None, model_path: Path | None, trust_model: bool,
             output: Path | None) -> None:
    """Find who takes which position in news articles.

    INPUTS are text files, folders (every *.txt below them), JSONL or CSV corpora with a `text` column
    (optional `id`, `title`, `date`, `event`), or `-` for stdin (the default). For each article, every actor
    quoted or described (a country by ISO alpha-3 code, an organisation, or INTL for groups such as "the
    international community") gets a position toward the article's event, with the statements that show it.

    \b
    Examples:
      stance classify data/examples/bundled-example.txt
      stance classify news/ --format jsonl -o positions.jsonl
      cat article.txt | stance classify - --format json
    """
    from stance.pipeline import run_classify

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    require_input(inputs)
    run_classify(inputs, fmt=fmt, text_column=text_column, jobs=jobs, strict=strict, quiet=quiet,
                 model_path=model_path, output=output, engine=engine, scheduler=scheduler, trust=trust_model,
                 freeze_gc=True)


@cli.command()
@click.argument("inputs", nargs=-1)
@click.option("--by", type=click.Choice(["actor", "event", "month"]), default="actor", show_default=True,
              help="One row per actor, or per event (corpus `event`/`title`) or month and actor.")
@click.option("-f", "--format", "fmt", type=click.Choice(["table", "markdown", "csv", "json", "html"]),
              default="table", show_default=True, help="Output format; html is one self-contained page.")
@input_options
@model_option
@output_option
def report(inputs: Sequence[str], by: str, fmt: str, text_column: str, jobs: int, strict: bool, quiet: bool,
           engine: str, scheduler: str | None, model_path: Path | None, trust_model: bool,
           output: Path | None) -> None:
    """Who condemns, who supports, who hedges, across many articles.

    INPUTS are whatever `stance classify` reads, or JSON Lines that `stance classify --format jsonl` wrote
    (so a large corpus is classified once and reported many ways). One row per actor: overall position,
    articles per position, mean confidence, first and last date, and the strongest evidence quote.
    Group actors (INTL) and positions only inferred from an exception are marked.

    \b
    Examples:
      stance report data/examples/
      stance classify news/ --format jsonl -o positions.jsonl && stance report positions.jsonl --by month
      stance report positions.jsonl --format html -o report.html
    """
    from stance.output import write_output
    from stance.pipeline import SkipCounter, report_rows
    from stance.report import build_report, render

    if scheduler and engine != "dask":
        raise click.UsageError("--scheduler needs --engine dask")
    require_input(inputs)
    skips = SkipCounter(strict, quiet)
    rows = report_rows(inputs, text_column, jobs, strict, quiet, model_path, skips, engine, scheduler,
                       trust_model, freeze_gc=True)
    frame = build_report(rows, by)
    write_output(render(frame, fmt, by), output)
    skips.summary(int(frame["articles"].sum()) if not frame.empty else 0)


def main() -> None:
    cli(prog_name="stance")
