"""Where the bundled model and vocabulary files are, in a source checkout or an installed wheel."""

from __future__ import annotations

import os
import site
import sys
import sysconfig
from pathlib import Path

_CHECKOUT_ROOT = Path(__file__).resolve().parent.parent


def _candidate_roots() -> list[Path]:
    # A checkout (or editable install) keeps models/ and data/ beside the package;
    # a wheel installs them as data-files under <prefix>/share/stance.
    roots = [_CHECKOUT_ROOT]
    for prefix in (sysconfig.get_path("data"), sys.prefix, getattr(site, "USER_BASE", None)):
        if prefix:
            roots.append(Path(prefix) / "share" / "stance")
    return roots


def resource(relative: str) -> Path:
    """Return the path of a bundled file such as ``data/actors.csv`` or ``models/stance-model.joblib``.

    ``STANCE_HOME`` overrides the search. When nothing is found, the checkout path is returned so that
    the caller's error message names a sensible place.
    """
    override = os.environ.get("STANCE_HOME")
    roots = [Path(override)] if override else _candidate_roots()
    for root in roots:
        path = root / relative
        if path.exists():
            return path
    return roots[0] / relative


def default_model_path() -> Path:
    return resource("models/stance-model.joblib")


def default_training_files() -> list[Path]:
    """The bundled labelled files: statements written for the project, and those taken from its own example and
    held-out articles (data/from_articles/, when present)."""
    from_articles = resource("data/from_articles/statements.csv")
    return [resource("data/statements.csv")] + ([from_articles] if from_articles.exists() else [])


def read_sections(relative: str) -> dict[str, list[str]]:
    """The ``[section]``-headed lines of a bundled vocabulary file; ``#`` starts a comment line."""
    sections: dict[str, list[str]] = {}
    current = ""
    for line in resource(relative).read_text(encoding="utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            current = line[1:-1]
            continue
        sections.setdefault(current, []).append(line)
    return sections
