"""Reading labelled statements (for training and evaluation) and plain statement lists (for ``predict``).

Every problem with a file becomes a one-line :class:`~stance.errors.DataError` naming the file and,
where there is one, the line.
"""

from __future__ import annotations

import csv
import io
import json
import os
from pathlib import Path
from typing import Iterator, Sequence

from stance.errors import DataError, InputError
from stance.model import LABELS

REQUIRED_COLUMNS = ("statement", "stance")


def read_text_file(path: str | os.PathLike) -> str:
    """Read a whole text file as UTF-8 (BOM tolerated), or raise a one-line error."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, expected a file")
    raw = path.read_bytes()
    if b"\x00" in raw[:4096] and not raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise DataError(f"{path}: looks like a binary file, not text")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DataError(f"{path}: not valid UTF-8 (byte {exc.start}); convert it to UTF-8") from None


def read_labelled(path: str | os.PathLike, events_path: str | os.PathLike | None = None):
    """Read a labelled CSV (columns ``statement`` and ``stance``, optional ``event``, ``id``) as a DataFrame.

    The speaker context columns (``speaker_is_actor``, ``speaker_is_other``; see
    :func:`stance.model.as_frame`) are taken from the file when it has them; otherwise they are derived from
    ``actor_code`` and the acting parties of each event in *events_path* (default: an ``events.csv`` beside
    the file, when there is one), and are 0 where neither is known. Where the acting parties are known, a
    ``text_with_roles`` column holds each statement with its actor mentions marked by role.
    """
    import pandas as pd

    text = read_text_file(path)
    if not text.strip():
        raise DataError(f"{path}: file is empty")
    try:
        frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False)
    except Exception as exc:
        raise DataError(f"{path}: not a readable CSV ({str(exc).splitlines()[0]})") from None
    missing = [column for column in REQUIRED_COLUMNS if column not in frame.columns]
    if missing:
        raise DataError(f"{path}: missing column {missing[0]!r} (columns are: {', '.join(frame.columns)})")
    if frame.empty:
        raise DataError(f"{path}: no rows")
    empty = frame.index[frame["statement"].str.strip() == ""]
    if len(empty):
        raise DataError(f"{path}: empty statement on line {empty[0] + 2}")
    frame["stance"] = frame["stance"].str.strip()
    unknown = frame.index[~frame["stance"].isin(LABELS)]
    if len(unknown):
        row = unknown[0]
        raise DataError(
            f"{path}: unknown label {frame.at[row, 'stance']!r} on line {row + 2}; expected one of {', '.join(LABELS)}"
        )
    if "id" in frame.columns:
        duplicated = frame.index[frame["id"].duplicated()]
        if len(duplicated):
            row = duplicated[0]
            raise DataError(f"{path}: duplicate id {frame.at[row, 'id']!r} on line {row + 2}")
    if "event" not in frame.columns:
        frame["event"] = "unknown"
    if "speaker_is_actor" in frame.columns:
        for column in ("speaker_is_actor", "speaker_is_other"):
            if column in frame.columns:
                frame[column] = pd.to_numeric(frame[column], errors="coerce").fillna(0)
            else:
                frame[column] = 0.0
    else:
        acting = read_acting_parties(events_path or Path(path).with_name("events.csv"))
        codes = frame["actor_code"] if "actor_code" in frame.columns else [""] * len(frame)
        parties = [acting.get(event, frozenset()) for event in frame["event"]]
        frame["speaker_is_actor"] = [1.0 if code and code in p else 0.0 for code, p in zip(codes, parties)]
        frame["speaker_is_other"] = [1.0 if code and p and code not in p else 0.0 for code, p in zip(codes, parties)]
        if any(parties):
            frame["text_with_roles"] = _texts_with_roles(frame, parties, codes)
    return frame


def source_name(path: str | os.PathLike) -> str:
    """How a labelled file is named in scores and cards: its folder and name ("data/statements.csv")."""
    return f"{Path(path).parent.name}/{Path(path).name}"


def read_labelled_files(paths: Sequence[str | os.PathLike]):
    """Read several labelled CSVs (each with the ``events.csv`` beside it) as one DataFrame.

    A ``source`` column names each row's file, so that scores can be given per file. A ``group`` column,
    where a file has one, says which rows describe the same real event under different slugs (rows taken
    from articles name the event their way): cross-validation keeps a group in one fold. Elsewhere the group
    is the event.
    """
    import pandas as pd

    if not paths:
        raise DataError("no labelled file given")
    frames = []
    for path in paths:
        frame = read_labelled(path)
        frame["source"] = source_name(path)
        frames.append(frame)
    if len(frames) == 1:
        frame = frames[0]
    else:
        frame = pd.concat(frames, ignore_index=True)
        for column in frame.columns:
            # A column only some files have: absent context is 0, absent text is "".
            numeric = pd.api.types.is_numeric_dtype(frame[column])
            frame[column] = frame[column].fillna(0.0 if numeric else "")
        if "id" in frame.columns:
            duplicated = frame.index[(frame["id"] != "") & frame["id"].duplicated()]
            if len(duplicated):
                row = duplicated[0]
                raise DataError(f"{frame.at[row, 'source']}: id {frame.at[row, 'id']!r} is also in an earlier file")
    if "group" not in frame.columns:
        frame["group"] = frame["event"]
    else:
        frame["group"] = frame["group"].where(frame["group"].astype(str).str.strip() != "", frame["event"])
    return frame


def _texts_with_roles(frame, parties: list[frozenset[str]], codes) -> list[str]:
    """Each statement with its actor mentions replaced by role words, after words for who speaks about whom
    (see :func:`stance.actors.read_with_roles`),
    where its event's acting party (*parties*) is known; "" elsewhere. *codes* are the speakers' actor codes."""
    import datetime as dt

    from stance.actors import default_resolver, read_with_roles

    resolver = default_resolver()
    dates = frame["date"] if "date" in frame.columns else [""] * len(frame)
    out = []
    for text, acting, speaker, date in zip(frame["statement"], parties, codes, dates):
        if not acting:
            out.append("")
            continue
        try:
            when = dt.date.fromisoformat(date) if date else None
        except ValueError:
            when = None
        out.append(read_with_roles(text, resolver.find_mentions(text, when), acting, speaker or None))
    return out


def read_acting_parties(path: str | os.PathLike) -> dict[str, frozenset[str]]:
    """Event slug -> actor codes of the parties whose action the event is (column ``acting_codes``;
    ``-`` where the actor is no state, e.g. an attack by a group with no state behind it)."""
    path = Path(path)
    if not path.exists():
        return {}
    reader = csv.DictReader(io.StringIO(read_text_file(path)))
    if not reader.fieldnames or "event" not in reader.fieldnames or "acting_codes" not in reader.fieldnames:
        return {}
    return {row["event"]: frozenset((row["acting_codes"] or "").split()) - {"-"} for row in reader}


def iter_texts(path: str | os.PathLike, text_column: str = "statement") -> Iterator[str]:
    """Yield statements from a CSV or JSONL file (column *text_column*) or a plain text file (one per line)."""
    path = Path(path)
    text = read_text_file(path)
    suffix = path.suffix.lower()
    if suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text))
        if reader.fieldnames is None or text_column not in reader.fieldnames:
            columns = ", ".join(reader.fieldnames or [])
            raise DataError(f"{path}: no column {text_column!r} (columns are: {columns}); use --text-column")
        for row in reader:
            yield row[text_column] or ""
    elif suffix in (".jsonl", ".ndjson"):
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise DataError(f"{path}: line {number} is not valid JSON ({exc.msg})") from None
            if not isinstance(record, dict) or text_column not in record:
                raise DataError(f"{path}: line {number} has no field {text_column!r}; use --text-column")
            yield str(record[text_column])
    else:
        for line in text.splitlines():
            if line.strip():
                yield line
