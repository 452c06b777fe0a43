"""stance: label what governments and organisations say about a news event.

The public API, imported lazily so that ``import stance`` (and ``stance --help``) stays fast:

- :class:`stance.model.StanceModel`: the scikit-learn estimator (fit / predict / predict_proba / save / load).
- :func:`stance.model.load_model`: the one place model files are read.
- :func:`stance.classify.classify_article` and :func:`stance.classify.classify_texts`: articles to actor positions.
- :func:`stance.report.build_report`: actor positions to a pandas DataFrame.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

__version__ = "0.3.0"

_LAZY = {
    "StanceModel": "stance.model",
    "load_model": "stance.model",
    "StanceError": "stance.errors",
    "Article": "stance.articles",
    "Statement": "stance.extract",
    "extract_statements": "stance.extract",
    "ActorResolver": "stance.actors",
    "ActorPosition": "stance.aggregate",
    "classify_article": "stance.classify",
    "classify_articles": "stance.classify",
    "build_report": "stance.report",
}

__all__ = ["__version__", "compiled", *_LAZY]


def compiled() -> bool:
    """Whether the article path (reading, extraction, actors, aggregation) runs as C extensions built by
    mypyc when the package was installed (see ``setup.py``), rather than as pure Python. Same results."""
    from importlib.util import find_spec

    spec = find_spec("stance.extract")
    return bool(spec and spec.origin and not spec.origin.endswith(".py"))


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        return getattr(import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'stance' has no attribute {name!r}")
