"""What the small frozen record classes (statements, mentions, positions, articles) share.

The article path's modules are compiled with mypyc when the package is built (see ``setup.py``). A compiled
frozen dataclass cannot be unpickled the default way, which sets its fields one by one; the records cross
process boundaries (``classify --jobs``, Dask), so each rebuilds itself through ``__init__`` instead.
"""

from __future__ import annotations

from typing import Any


def by_fields(record: Any) -> tuple[Any, tuple[Any, ...]]:
    """A ``__reduce__`` value that rebuilds *record* (a dataclass) from its fields, in order."""
    return type(record), tuple(getattr(record, name) for name in record.__dataclass_fields__)
