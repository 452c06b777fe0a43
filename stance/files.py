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


class AtomicTextWriter:
    """A text file written under a temporary name and renamed into place on success.

    Used as a context manager; on an exception (or a kill) the temporary file is removed (or left as a
    hidden ``.tmp``), and the file that was at *path* before is untouched.
    """

    def __init__(self, path: str | os.PathLike) -> None:
        self.path = Path(path)
        if not self.path.parent.exists():
            raise DataError(f"cannot write {self.path}: folder {self.path.parent} does not exist")
        if self.path.is_dir():
            raise DataError(f"cannot write {self.path}: it is a folder")
        descriptor, self.temporary = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp",
                                                      dir=self.path.parent)
        self.handle = os.fdopen(descriptor, "w", encoding="utf-8", newline="")

    def __enter__(self) -> Any:
        return self.handle

    def __exit__(self, exc_type, exc, tb) -> None:
        if exc_type is None:
            self.handle.flush()
            os.fsync(self.handle.fileno())
            self.handle.close()
            os.replace(self.temporary, self.path)
        else:
            self.handle.close()
            if os.path.exists(self.temporary):
                os.unlink(self.temporary)
