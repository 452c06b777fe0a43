"""Sentence splitting by regular expression with an abbreviation list kept in ``data/abbreviations.txt``.

Chosen by measurement (issue 3): pysbd is accurate but ~5,000 sentences/s, slower than the classifier;
a regular expression with an abbreviation list splits ~200,000 sentences/s with similar accuracy on news
text. It returns character spans, never copies, so offsets into the article stay exact.

It does not handle: abbreviations missing from the list that end a sentence, and sentence ends inside
quotations (the extractor works on quotations at paragraph level, so it does not need them).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import lru_cache

from stance._paths import read_sections

# A candidate end: terminal punctuation, optional closing quotes/brackets, then whitespace. Written with its
# first character on its own ("[.!?][.!?]*", not "[.!?]+"): a pattern that opens with a character class lets
# the regex engine skip to the next ".", "!" or "?" in C, which halves the scan over a paragraph.
_END = re.compile(r"[.!?][.!?]*[\"'\u201d\u2019)\]]*(?=\s)")
_NEXT = re.compile(r"\s+([\"'\u201c\u2018(\[]?)(\S)")
_OPENING = frozenset("\"'\u201c\u2018([")  # the characters _NEXT's first group takes
_WORD_BEFORE = re.compile(r"([\w.]+)$")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_WORD = re.compile(r"\w+")
_OPENERS = frozenset(
    "The A An It He She They We I In On At But And However Meanwhile This That These Those There His Her Its "
    "Their Our After Before When While Since As If Earlier Later Officials".split()
)


@lru_cache(maxsize=1)
def abbreviations() -> dict[str, frozenset[str]]:
    """The abbreviation sections of ``data/abbreviations.txt``: title, number, dotted."""
    sections = {"title": [], "number": [], "dotted": [], **read_sections("data/abbreviations.txt")}
    return {name: frozenset(values) for name, values in sections.items()}


def _is_boundary(text: str, dot: int, after: int, limit: int) -> bool:
    """Whether the punctuation at text[dot] (its run ending at *after*) ends a sentence."""
    if text[dot] != ".":
        return True
    # What follows: usually one space and then a letter, read without the regex; _NEXT would find the same.
    if after + 1 < limit and text[after] == " " and not text[after + 1].isspace() and text[after + 1] not in _OPENING:
        next_start = after + 1
    else:
        following = _NEXT.match(text, after, limit)
        if not following:
            return True
        next_start = following.start(2)
    next_char = text[next_start]
    # The word before the dot: usually a plain word after a space, taken without the regex (which tries
    # every position of the window); anything else is left to the regex.
    window_start = max(0, dot - 20)
    token = text[text.rfind(" ", window_start, dot) + 1 or window_start:dot]
    if not token.replace(".", "").isalnum():
        word = _WORD_BEFORE.search(text, window_start, dot)
        token = word.group(1) if word else ""
    table = abbreviations()
    if token in table["title"]:
        return False
    if token in table["number"] and next_char.isdigit():
        return False
    if len(token) == 1 and token.isupper():  # an initial: "George W. Bush"
        return False
    if token in table["dotted"] or "." in token and _DOTTED.fullmatch(token):
        next_word = _WORD.match(text, next_start, limit)
        return bool(next_word and next_word.group() in _OPENERS)
    # A lower-case continuation is not a new sentence ("... 3 p.m. local time").
    return not next_char.islower()


def split_sentences(text: str, start: int = 0, end: int | None = None) -> Iterator[tuple[int, int]]:
    """Yield (start, end) spans of the sentences in ``text[start:end]``, whitespace trimmed."""
    end = len(text) if end is None else end
    sentence_start = start
    for match in _END.finditer(text, start, end):
        dot, after = match.span()
        # "!" and "?" always end a sentence; a full stop may end an abbreviation instead.
        if text[dot] != "." or _is_boundary(text, dot, after, end):
            # The span ends in the punctuation, so only its start can need trimming: usually the one space
            # after the previous sentence, skipped without slicing the sentence.
            while text[sentence_start].isspace():
                sentence_start += 1
            yield sentence_start, after
            sentence_start = after
    # The rest, trimmed (usually one space before it, and nothing after it in a paragraph).
    while sentence_start < end and text[sentence_start].isspace():
        sentence_start += 1
    while end > sentence_start and text[end - 1].isspace():
        end -= 1
    if sentence_start < end:
        yield sentence_start, end


def paragraphs(text: str) -> Iterator[tuple[int, int]]:
    """Yield (start, end) spans of non-empty lines: scraped news puts one paragraph on a line."""
    position = 0
    for line in text.splitlines(keepends=True):
        stripped = line.lstrip()  # str.strip removes exactly the characters str.isspace accepts
        if stripped:
            start = position + len(line) - len(stripped)
            yield start, start + len(stripped.rstrip())
        position += len(line)
