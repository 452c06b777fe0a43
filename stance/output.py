"""Rendering rows of plain data as a table, JSON, JSON Lines or CSV, and writing output files atomically.

Used by every command that prints results, so formats behave the same everywhere.
"""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import textwrap
from pathlib import Path
from typing import Any, Iterable, Sequence

from stance.files import atomic_write


def to_jsonl(rows: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(row, ensure_ascii=False) + "\n" for row in rows)


def to_json(rows: Sequence[dict[str, Any]] | dict[str, Any]) -> str:
    return json.dumps(rows, ensure_ascii=False, indent=2) + "\n"


def _cell(value: Any) -> str:
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return "" if value is None else str(value)


def to_csv(rows: Sequence[dict[str, Any]], columns: Sequence[str]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(columns)
    for row in rows:
        writer.writerow([_cell(row.get(column)) for column in columns])
    return buffer.getvalue()


def to_table(rows: Sequence[dict[str, Any]], columns: Sequence[str], wrap: str | None = None,
             width: int | None = None) -> str:
    """A plain-text table for people; the *wrap* column is shortened to fit the terminal."""
    width = width or shutil.get_terminal_size((120, 24)).columns
    cells = [[_cell(row.get(column)).replace("\n", " ") for column in columns] for row in rows]
    widths = [max([len(column)] + [len(r[i]) for r in cells]) for i, column in enumerate(columns)]
    if wrap in columns:
        index = columns.index(wrap)
        others = sum(w + 2 for i, w in enumerate(widths) if i != index)
        limit = max(48, width - others)
        widths[index] = min(widths[index], limit)
        for r in cells:
            r[index] = textwrap.shorten(r[index], width=widths[index], placeholder="...") if len(r[index]) > limit else r[index]
    lines = ["  ".join(column.ljust(widths[i]) for i, column in enumerate(columns)).rstrip()]
    lines.append("  ".join("-" * w for w in widths))
    for r in cells:
        lines.append("  ".join(value.ljust(widths[i]) for i, value in enumerate(r)).rstrip())
    return "\n".join(lines) + "\n"


def write_output(text: str, output: str | os.PathLike | None, stream: Any = None) -> None:
    """Write *text* to *output* atomically, or to *stream* (stdout) when no output path is given."""
    if output is None or str(output) == "-":
        import sys

        (stream or sys.stdout).write(text)
        return
    data = text.encode("utf-8")
    atomic_write(Path(output), lambda handle: handle.write(data))
