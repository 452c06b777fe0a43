"""Files `stance` writes: atomic replacement (so a killed run never leaves half a file) and hashing."""

from __future__ import annotations

import hashlib
import os
import tempfile
from pathlib import Path
from typing import Any

from stance.errors import DataError


def atomic_write(path: Path, write: Any) -> None:
    """Call ``write(handle)`` on a temporary file beside *path*, then rename it over *path*.

    A run killed half-way leaves the old file (or none), never half a new one.
    """
    path = Path(path)
    if not path.parent.exists():
        raise DataError(f"cannot write {path}: folder {path.parent} does not exist")
    descriptor, temporary = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(descriptor, "wb") as handle:
            write(handle)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


def sha256_file(path: str | os.PathLike) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()
