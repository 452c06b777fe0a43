"""Property tests: extraction, classification and sentence splitting on arbitrary and news-like Unicode text.

Texts mix ``st.text()`` with fragments that make the extractor work: actor names, speech and stance verbs,
straight and curly quotes, bullets, right-to-left script, combining characters and both line ends. Every
property is about offsets and robustness, not about what the model decides.
"""

from __future__ import annotations

import os
import re
from functools import lru_cache

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stance.classify import classify_article, position_row
from stance.extract import extract_statements
from stance.sentences import split_sentences

# 60 examples keep the suite fast; STANCE_FUZZ_EXAMPLES=5000 for a long hunt.
FUZZ = settings(max_examples=int(os.environ.get("STANCE_FUZZ_EXAMPLES", 60)), deadline=None,
                suppress_health_check=[HealthCheck.too_slow])


@lru_cache(maxsize=1)
def model():
    """The bundled model, loaded once for this module."""
    from stance.model import load_model

    return load_model()[0]


ACTORS = ["France", "Russia", "Turkey", "China", "the United States", "Iran", "Germany's foreign ministry",
          "President Emmanuel Macron", "the European Union", "NATO", "the UN", "the international community",
          "Ukraine's UN ambassador", "all countries, except Turkey,", "Beijing", "Moscow", "he", "she", "they",
          "the minister", "its foreign ministry", "a spokesman"]
VERBS = ["said", "condemned", "welcomed", "denounced", "praised", "urged restraint", "called for calm",
         "said that", "told reporters", "added", "abstained", "rejected", "backed", "warned", "was condemned by",
         "according to", "expressed concern over", "'s condemnation of", "declined to comment on"]
OBJECTS = ["the strikes", "the coup", "the annexation", "the attack as a flagrant violation of international law",
           "the operation", "the vote", "all parties to exercise restraint", "the decision"]
MARKS = ['"', "“", "”", "«", "»", "'", "‘", "’", "•", "—", "–", ":", ",", ".", ". ", "!", "?", ";", "(", ")",
         "...", "U.S.", "Mr.", "p.m.", "No. 3", " ", "  ", "\t", "\n", "\r\n", "\n\n", "\r", "\u00a0", "\u2028",
         "\ufeff", "\u200b", "مرحبا", "שלום", "e\u0301", "Cafe\u0301", "\u0301", "漢字", "🙂", "İ", "ß", "\x00"]

fragment = st.one_of(st.sampled_from(ACTORS), st.sampled_from(VERBS), st.sampled_from(OBJECTS),
                     st.sampled_from(MARKS))
# A clause that usually yields a statement: 'France condemned the strikes.' or '"...," Russia said.'
clause = st.one_of(
    st.tuples(st.sampled_from(ACTORS), st.sampled_from(VERBS), st.sampled_from(OBJECTS), st.sampled_from(MARKS))
    .map(lambda t: f"{t[0]} {t[1]} {t[2]}{t[3]}"),
    st.tuples(st.sampled_from(['"', "“"]), st.sampled_from(OBJECTS), st.sampled_from(['," ', "”, ", '" ']),
              st.sampled_from(ACTORS), st.sampled_from(VERBS))
    .map(lambda t: f"{t[0]}We reject {t[1]} in the strongest terms{t[2]}{t[3]} {t[4]}."),
)
piece = st.one_of(st.text(max_size=25), fragment, fragment, clause, clause, clause)
texts = st.one_of(
    st.text(),
    st.lists(piece, max_size=40).map(" ".join),
    st.lists(piece, max_size=40).map("".join),
    st.lists(st.lists(piece, max_size=8).map(" ".join), max_size=6)
    .flatmap(lambda paragraphs: st.sampled_from(["\n", "\r\n", "\n\n"]).map(lambda end: end.join(paragraphs))),
)


def check_span(text: str, start: int, end: int, quoted: str) -> None:
    assert 0 <= start <= end <= len(text), (start, end, len(text))
    assert text[start:end] == quoted, (text[start:end], quoted)


def summary(positions) -> list[dict]:
    return [position_row(p) for p in positions]


def verdicts(text: str) -> list[tuple[str, str]]:
    return sorted((p.actor_code, p.stance) for p in classify_article(text, model()))


# (a) extraction
@FUZZ
@given(texts)
def test_extract_never_raises_and_every_statement_indexes_the_text(text):
    for statement in extract_statements(text):
        check_span(text, statement.start, statement.end, statement.text)
        assert statement.text.strip(), statement
        assert statement.actor_code


@FUZZ
@given(texts)
def test_extract_statements_come_in_order_of_position(text):
    starts = [s.start for s in extract_statements(text)]
    assert starts == sorted(starts)


# (b) classification
@FUZZ
@given(texts)
def test_classify_never_raises_is_deterministic_and_evidence_is_exact(text):
    first = classify_article(text, model())
    second = classify_article(text, model())
    assert summary(first) == summary(second)
    for position in first:
        assert position.stance in ("condemning", "supporting", "ambiguous")
        assert 0.0 <= position.confidence <= 1.0
        for item in position.evidence:
            statement = item.statement
            check_span(text, statement.start, statement.end, statement.text)


# (c) invariance to line ends and trailing whitespace
@FUZZ
@given(texts, st.sampled_from([" ", "\n", "\r\n", "\n\n", " \t \n", "\u00a0"]))
def test_classify_is_invariant_to_trailing_whitespace(text, tail):
    assert verdicts(text + tail) == verdicts(text)


@FUZZ
@given(texts)
def test_classify_is_invariant_to_crlf_line_ends(text):
    # Line ends first normalised to "\n", so that converting them changes line ends only: a bare "\r" before
    # "\n" would become "\r\r\n", which is two line breaks (an extra blank line), not a CRLF.
    lf = re.sub(r"\r\n?", "\n", text)
    assert verdicts(lf.replace("\n", "\r\n")) == verdicts(lf)


# (d) sentences
@FUZZ
@given(texts)
def test_sentence_spans_are_ordered_non_overlapping_and_inside_the_text(text):
    spans = list(split_sentences(text))
    previous_end = 0
    for start, end in spans:
        assert previous_end <= start < end <= len(text), (spans, len(text))
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous_end = end


@FUZZ
@given(texts, st.data())
def test_sentence_spans_of_a_slice_stay_inside_the_slice(text, data):
    low = data.draw(st.integers(0, len(text)))
    high = data.draw(st.integers(low, len(text)))
    previous_end = low
    for start, end in split_sentences(text, low, high):
        assert previous_end <= start < end <= high
        previous_end = end
