"""Tokenising with negation scope, and sentence splitting around abbreviations."""

from __future__ import annotations

import pytest

from stance.sentences import paragraphs, split_sentences
from stance.text import tokenize


@pytest.mark.parametrize(
    "text, present, absent",
    [
        ("Oslo stopped short of condemning the raid", ["not_condemning"], ["condemning"]),
        ("The envoy did not welcome the vote", ["not_welcome"], ["welcome"]),
        ("There is no justification for this", ["not_justification"], ["justification"]),
        ("They refused to criticise their ally, but urged calm", ["not_criticise", "urged"], ["not_urged"]),
        ("Lisbon condemned the raid", ["condemned"], ["not_condemned"]),
    ],
    ids=["stopped-short", "did-not", "no", "scope-ends-at-comma", "no-negation"],
)
def test_negation_scope_marks_following_words(text, present, absent):
    tokens = tokenize(text)
    for token in present:
        assert token in tokens
    for token in absent:
        assert token not in tokens


def sentences(text):
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    "text, expected",
    [
        ("Mr. Kwame spoke first. Then Gen. Obi answered.", ["Mr. Kwame spoke first.", "Then Gen. Obi answered."]),
        ("The U.S. envoy left early. Talks resumed.", ["The U.S. envoy left early.", "Talks resumed."]),
        ("Aid reached the U.S. The talks went on.", ["Aid reached the U.S.", "The talks went on."]),
        ("She met officials at No. 10 on Friday. Nothing changed.",
         ["She met officials at No. 10 on Friday.", "Nothing changed."]),
        ("John F. Kennedy was cited. It was odd.", ["John F. Kennedy was cited.", "It was odd."]),
        ("The vote was at 3 p.m. local time. It passed.", ["The vote was at 3 p.m. local time.", "It passed."]),
        ('"It must stop." The minister left.', ['"It must stop."', "The minister left."]),
        ("Is it over? Nobody knows!", ["Is it over?", "Nobody knows!"]),
    ],
    ids=["titles", "dotted-mid", "dotted-end", "number", "initial", "time", "quote-end", "question"],
)
def test_split_sentences(text, expected):
    assert sentences(text) == expected


def test_spans_index_the_text_exactly():
    text = "  First one.  Second one!\nThird?  "
    for start, end in split_sentences(text):
        assert text[start:end] == text[start:end].strip() and text[start:end]


def test_paragraphs_are_non_empty_lines_with_offsets():
    text = "Title\n\n  Body line one.\r\nBody two\n"
    spans = list(paragraphs(text))
    assert [text[s:e] for s, e in spans] == ["Title", "Body line one.", "Body two"]


@pytest.mark.parametrize(
    "ngram_range, text, expected",
    [
        ((1, 1), "Lisbon condemned it", ["lisbon", "condemned", "it"]),
        ((1, 2), "Lisbon condemned it", ["lisbon", "condemned", "it", "lisbon condemned", "condemned it"]),
        ((2, 3), "a b c", ["a b", "b c", "a b c"]),
        ((1, 2), "", []),
    ],
)
def test_word_ngrams_are_tokens_and_their_neighbours(ngram_range, text, expected):
    from stance.text import WordNgrams

    assert WordNgrams(ngram_range)(text) == expected


def test_word_ngrams_copy_an_acting_partys_own_words_with_a_prefix():
    from stance.text import OWN_MARK, WordNgrams

    grams = WordNgrams((1, 2))(OWN_MARK + "our objectives")
    assert grams == ["our", "objectives", "our objectives", "own: our", "own: objectives", "own: our objectives"]


def test_word_ngrams_copy_another_actors_words_with_their_own_prefix():
    from stance.text import OTHER_MARK, WordNgrams

    assert WordNgrams((1, 1))(OTHER_MARK + "condemned role_acting") == [
        "condemned", "role_acting", "other: condemned", "other: role_acting"]
    assert WordNgrams((1, 1))("condemned role_acting") == ["condemned", "role_acting"]
