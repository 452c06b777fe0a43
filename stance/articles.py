"""Reading articles: text files, folders, stdin, and JSONL/CSV corpora, streamed one article at a time.

An :class:`Article` keeps the text exactly as read (after decoding), so statement offsets index it.
Scraped pages often open with boilerplate (a navigation word, a headline, a date line); the first lines
are inspected for a date line, which becomes the article's date, and for a headline, which becomes its
title. Nothing is removed from the text: lines that hold no statement simply yield none.

Unreadable inputs are not fatal here: :func:`iter_articles` yields an :class:`ArticleError` in the
article's place, and the caller decides whether to skip it or stop (``--strict``).
"""

from __future__ import annotations

import csv
import datetime as _dt
import io
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Iterable, Iterator

from stance._records import by_fields
from stance.errors import InputError

MAX_ARTICLE_CHARS = 5_000_000  # ~1 million words; longer inputs are truncated with a warning

_MONTHS = {m: i for i, m in enumerate(
    "january february march april may june july august september october november december".split(), start=1)}
_MONTHS.update({m[:3]: i for m, i in list(_MONTHS.items())})
_MONTHS["sept"] = 9
_DATE_PATTERNS = (
    re.compile(r"(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})"),
    re.compile(r"(?P<d>\d{1,2})(?:st|nd|rd|th)?\s+(?P<mon>[A-Za-z]{3,9})\.?,?\s+(?P<y>\d{4})"),
    re.compile(r"(?P<mon>[A-Za-z]{3,9})\.?\s+(?P<d>\d{1,2})(?:st|nd|rd|th)?,?\s+(?P<y>\d{4})"),
)
_HEADER_LINES = 4  # non-empty lines inspected for a headline and a date line
_EARLY_DATE_CHARS = 160  # the longest header line whose date in running text is taken as the article's
_MONTH_WORD = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?"
# A date after one of these words is another day's than the article's.
_PAST_DATE_BEFORE = re.compile(r"(?<![\w-])(?:on|since|after|before|until|of|the|from|in)\s+(?:\d{1,2}\s+)?"
                               + _MONTH_WORD + r"\s+\d{1,2}\b|(?<![\w-])(?:on|since|after|before|until|of|the|from|in)"
                               r"\s+\d{1,2}(?:st|nd|rd|th)?\s+" + _MONTH_WORD, re.IGNORECASE)
# A wire dateline opening the first paragraph: "RIYADH, March 26, 2015 - ...", "GENEVA, 3 May 2021 (Reuters) -".
DATELINE = re.compile(r"[A-Z][A-Za-z.'\u2019 -]{1,40}?,\s+(?P<when>[A-Za-z]{3,9}\.?\s+\d{1,2},?\s+\d{4}|"
                       r"\d{1,2}\s+[A-Za-z]{3,9}\.?,?\s+\d{4})\s*(?:\([^)]{1,30}\)\s*)?[-\u2013\u2014]")


@dataclass(frozen=True)
class Article:
    """One article: an id (path or corpus id), its text, and what is known about it."""

    id: str
    text: str
    title: str | None = None
    date: _dt.date | None = None
    event: str | None = None

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return by_fields(self)


@dataclass(frozen=True)
class ArticleError:
    """An input that could not be read, in the place its article would have had."""

    id: str
    message: str

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return by_fields(self)


def parse_date(value: str | None) -> _dt.date | None:
    """A date from a short string such as "20 September 2023", "Sept. 20, 2023" or "2023-09-20"."""
    if not value:
        return None
    for pattern in _DATE_PATTERNS:
        match = pattern.search(value)
        if not match:
            continue
        parts = match.groupdict()
        month = int(parts["m"]) if parts.get("m") else _MONTHS.get(parts["mon"].lower().rstrip("."))
        if not month:
            continue
        try:
            return _dt.date(int(parts["y"]), month, int(parts["d"]))
        except ValueError:
            continue
    return None


def read_header(text: str) -> tuple[str | None, _dt.date | None]:
    """Title and date from the first lines of a scraped article, when they are there."""
    title = date = None
    lines: list[str] = []
    for line in text[:5000].lstrip("\ufeff").splitlines():  # only the first few non-empty lines are read
        line = line.strip()
        if line:
            lines.append(line)
            if len(lines) == _HEADER_LINES:
                break
    for line in lines:
        words = line.split()
        if date is None and len(words) <= 8 and parse_date(line):
            date = parse_date(line)
            continue
        dateline = DATELINE.match(line) if date is None else None
        if dateline:
            date = parse_date(dateline.group("when"))
            continue  # the first paragraph, not a headline
        # (a line that ends a sentence is a paragraph; a headline may end in a quoted word: '... its "national interest"')
        if title is None and 3 <= len(words) <= 25 and not line.endswith((".", '."', '.\u201d', ',"', ',\u201d',
                                                                            '?"', '?\u201d', '!"', '!\u201d')):
            title = line
    if date is None:
        # No date line: a full date in a short line other than the headline ("Live coverage of the attack on
        # Ukraine, July 8, 2024.") is the article's, unless words before it make it another day's ("On September
        # 11, 2001, ...", "since the Oct. 7, 2023 attack").
        for line in lines:
            if line != title and len(line) <= _EARLY_DATE_CHARS and not _PAST_DATE_BEFORE.search(line):
                date = parse_date(line)
                if date is not None:
                    break
    return title, date


def decode(raw: bytes, name: str) -> str:
    """Text from bytes: UTF-8 (with or without BOM), UTF-16 by BOM, else the detected encoding."""
    if raw.startswith((b"\xff\xfe", b"\xfe\xff")):
        return raw.decode("utf-16")
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    if b"\x00" in raw[:4096]:
        raise InputError(f"{name}: looks like a binary file, not text")
    from charset_normalizer import from_bytes

    best = from_bytes(raw[:200_000]).best()
    if best is None:
        raise InputError(f"{name}: cannot tell its text encoding; convert it to UTF-8")
    return raw.decode(best.encoding, errors="replace")


def make_article(identifier: str, text: str, title: str | None = None, date: str | None = None,
                  event: str | None = None) -> Article:
    if len(text) > MAX_ARTICLE_CHARS:
        print(f"warning: {identifier}: article longer than {MAX_ARTICLE_CHARS:,} characters, truncated",
              file=sys.stderr)
        text = text[:MAX_ARTICLE_CHARS]
    header_title, header_date = read_header(text)
    return Article(identifier, text, title or header_title, parse_date(date) or header_date, event or None)


def _text_file(path: Path, identifier: str) -> Article | ArticleError:
    try:
        raw = path.read_bytes()
        text = decode(raw, identifier)
    except InputError as exc:
        return ArticleError(identifier, str(exc))
    except OSError as exc:
        return ArticleError(identifier, f"{identifier}: cannot read ({exc.strerror})")
    if not text.strip():
        return ArticleError(identifier, f"{identifier}: empty article")
    return make_article(identifier, text)


def _corpus_records(handle: IO[str], name: str, suffix: str, text_column: str
                    ) -> Iterator[Article | ArticleError]:
    if suffix == ".csv":
        csv.field_size_limit(MAX_ARTICLE_CHARS * 4)
        reader = csv.DictReader(handle)
        if reader.fieldnames is None or text_column not in reader.fieldnames:
            raise InputError(f"{name}: no column {text_column!r} (columns: {', '.join(reader.fieldnames or [])}); "
                             "use --text-column")
        for number, row in enumerate(reader, start=1):
            yield _record_article(row, f"{name}:{number}", text_column)
        return
    for number, line in enumerate(handle, start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield ArticleError(f"{name}:{number}", f"{name}: line {number} is not valid JSON ({exc.msg})")
            continue
        if not isinstance(record, dict) or not isinstance(record.get(text_column), str):
            yield ArticleError(f"{name}:{number}", f"{name}: line {number} has no text field {text_column!r}")
            continue
        yield _record_article(record, f"{name}:{number}", text_column)


def _record_article(record: dict, fallback_id: str, text_column: str) -> Article | ArticleError:
    identifier = str(record.get("id") or fallback_id)
    text = record.get(text_column) or ""
    if not text.strip():
        return ArticleError(identifier, f"{identifier}: empty article")
    return make_article(identifier, text, record.get("title") or None, record.get("date") or None,
                         record.get("event") or None)


def _open_corpus(path: Path) -> IO[str]:
    raw = path.open("rb")
    head = raw.read(4)
    raw.seek(0)
    encoding = "utf-16" if head.startswith((b"\xff\xfe", b"\xfe\xff")) else "utf-8-sig"
    return io.TextIOWrapper(raw, encoding=encoding, errors="strict", newline="")


CORPUS_SUFFIXES = (".jsonl", ".ndjson", ".csv")


def iter_articles(inputs: Iterable[str], text_column: str = "text", stdin: IO[str] | None = None
                  ) -> Iterator[Article | ArticleError]:
    """Stream articles from paths (files, folders of ``*.txt``, corpora) or ``-`` for stdin.

    Raises :class:`InputError` for a path that does not exist or a folder with no articles (nothing to
    skip to); yields :class:`ArticleError` for an article that cannot be read.
    """
    inputs = list(inputs) or ["-"]
    for item in inputs:
        if item == "-":
            stream = stdin if stdin is not None else sys.stdin
            text = stream.read()
            if not text.strip():
                yield ArticleError("<stdin>", "<stdin>: empty input")
            else:
                yield make_article("<stdin>", text)
            continue
        path = Path(item)
        if not path.exists():
            raise InputError(f"{item}: no such file or folder")
        if path.is_dir():
            files = sorted(p for p in path.rglob("*.txt") if p.is_file())
            if not files:
                raise InputError(f"{item}: folder holds no *.txt articles")
            for file in files:
                yield _text_file(file, str(file))
            continue
        if path.suffix.lower() in CORPUS_SUFFIXES:
            try:
                with _open_corpus(path) as handle:
                    yield from _corpus_records(handle, item, path.suffix.lower(), text_column)
            except UnicodeDecodeError:
                raise InputError(f"{item}: not valid UTF-8; convert it to UTF-8") from None
            except csv.Error as exc:
                raise InputError(f"{item}: broken CSV ({exc})") from None
            continue
        yield _text_file(path, item)
