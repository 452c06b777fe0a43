"""The fast paths of extraction and actor resolution find exactly what the plain scans they replace find.

Each shortcut (searching lower-cased text instead of case-insensitively, cue candidates listed with bytes
methods instead of a word scan, ruling a pattern out by the word it must end in) is checked against the plain
version, on text with the characters that make lower-casing and IGNORECASE disagree.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from stance.actors import default_resolver, lowered
from stance.extract import _REFERENCE, _REFERENCE_LOWER, _ArticleExtractor, vocabulary

TRICKY = [
    "Russia SAID it Said nothing; the ministry said, \u201cwe condemn\u201d. Unsaid words, said-so.",
    "World leaders and WORLD LEADERS met; the world community and member   states spoke.",
    "All countries, except Turkey, condemned it. All countries, EXCEPT Turkey, condemned it.",
    "\u0130stanbul: the minister said so. Dotless \u0131 and long \u017f and the Kelvin \u212a sign.",
    "Accordıng to the ministry, they said; according to officials, the minister warned.",
    "Countries\u2019 leaders said it. He said. She SAYS. They were told, it was said.",
    "\u00e9said said\u00e9 said? ?said _said said_ 1said said\u2019s \u2019said said\u2014warned caf\u00e9 said\u00b7said",
    "Greece came out against it; Egypt came. Jordan spoke OUT firmly against; he spoke. Lined up behind, lined.",
    "said said said-said warned, said;said\u201csaid\u201d \u4e2d said \U0001f600said",
]
PIECES = ["said", "Said", "SAID", "warned", "countries", "Countries", "member states", "leaders", "world",
          "except", "EXCEPT", "besides", "according to", "the minister", "he", "they", "Russia", "Turkey",
          " ", ", ", ". ", "-", "'", "\u2019", "\u0131", "\u0130", "\u017f", "\u212a", "\u201c", "\u201d", "x",
          "\u00e9", "?", "_", "1", "\u4e2d", "came", "spoke", " out", " against", "lined", " up", " behind"]
texts = st.lists(st.sampled_from(PIECES), max_size=30).map("".join)


def plain_cues(text: str) -> list[tuple[int, int]]:
    vocab = vocabulary()
    return [m.span() for m in vocab.cue_pattern.finditer(text) if m.group().lower() in vocab.cue_kinds
            and (m.group().lower() not in vocab.continuations
                 or vocab.continuations[m.group().lower()].match(text, m.end(), m.end() + 80))]


def fast_cues(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _ArticleExtractor(text, "", [], vocabulary()).cues]


@pytest.mark.parametrize("text", TRICKY)
def test_cues_match_the_word_scan(text):
    assert fast_cues(text) == plain_cues(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_cues_match_the_word_scan_on_generated_text(text):
    assert fast_cues(text) == plain_cues(text)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_lower_cased_twins_find_the_same_spans(text):
    resolver = default_resolver()
    lower = lowered(text)
    if lower is None:
        return  # the callers fall back to the case-insensitive search
    assert [m.span() for m in resolver._group_heads_lower.finditer(lower)] == \
        [m.span() for m in resolver._group_heads.finditer(text)]
    assert [m.span() for m in _REFERENCE_LOWER.finditer(lower)] == [m.span() for m in _REFERENCE.finditer(text)]


@pytest.mark.parametrize("text", TRICKY)
def test_lowered_refuses_text_where_offsets_or_folding_differ(text):
    lower = lowered(text)
    if lower is not None:
        assert len(lower) == len(text)
        assert not re.search("[\u0130\u0131\u017f\u212a]", text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_exception_check_never_rules_out_a_match(text):
    extractor = _ArticleExtractor(text, "", [], vocabulary())
    if vocabulary().exception.search(text):
        assert extractor._may_end_in_exception(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES + [" and", " AS", " with", ";", ":", "\u2014", "\u2013", "\n", ".", "And ",
                                          "but ", "While ", "whereas ", "as ", "With ", "B", "a", "W"]), max_size=20)
       .map("".join))
def test_trim_skips_the_regex_only_when_it_could_not_match(text):
    from stance.extract import _TRIM_LEFT, _TRIM_RIGHT, _trim

    start, end = 0, len(text)  # the plain version: the right-trim regex always run
    left = _TRIM_LEFT.match(text, start, end)
    if left:
        start = left.end()
    right = _TRIM_RIGHT.search(text[start:end])
    if right:
        end = start + right.start()
    assert _trim(text, 0, len(text)) == (start, end)


MENTION_TEXTS = [
    "US Secretary of State Antony Blinken said Russia and China abstained. The Kremlin. In Havana, Cuba agreed.",
    "Washington Post reported that Washington condemned it.\nRussia\nRussia's foreign ministry said so.",
    "EUROPEAN UNION - The EU said. President Joe Biden and Vice President Joe Biden spoke. U.S. officials agreed.",
    "French President Emmanuel Macron told Chad Miller that Chad and Mali's junta rejected the Turks' plan.",
]
MENTION_PIECES = ["Russia", "Russia's", "China", "The", "Kremlin", "Washington", "Post", "President", "Joe",
                  "Biden", "Foreign", "Minister", "of", "and", "the", "said", "U.S.", "EU", "Turkey", "Chad",
                  " ", " ", ", ", ". ", "\n", "-", "\u2019s", "world leaders", "all countries"]


def _uncached_mentions(text, date):
    resolver = default_resolver()
    saved = dict(resolver._run_cache), dict(resolver._dated_run_cache)
    resolver._run_cache.clear()
    resolver._dated_run_cache.clear()
    try:
        return resolver.find_mentions(text, date)
    finally:
        for cache, entries in zip((resolver._run_cache, resolver._dated_run_cache), saved):
            cache.clear()
            cache.update(entries)


@pytest.mark.parametrize("text", MENTION_TEXTS)
def test_run_cache_finds_what_a_fresh_resolver_finds(text):
    import datetime as dt

    resolver = default_resolver()
    for date in (None, dt.date(2014, 3, 1), dt.date(2022, 3, 1)):
        expected = _uncached_mentions(text, date)
        # The same runs, met again in another article, at other offsets and on other dates.
        resolver.find_mentions("Before it: " + text + " " + text, date)
        resolver.find_mentions(text, dt.date(2009, 1, 1))
        assert resolver.find_mentions(text, date) == expected


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(MENTION_PIECES), max_size=25).map("".join))
def test_run_cache_finds_what_a_fresh_resolver_finds_on_generated_text(text):
    resolver = default_resolver()
    resolver.find_mentions(text + " " + text)  # fills the cache with this text's runs
    assert resolver.find_mentions(text) == _uncached_mentions(text, None)


COUNTED = [
    "Peru condemned the strikes", "not a word it knows", "", "the the the strikes strikes",
    "\x1eRussia said its operation was necessary and would not stop short of its goals.",
    "\x1e", "France stopped short of condemning role_acting 's strikes, rather than backing them.",
    "Zzyzx qwerty \u201cunknown\u201d words; and then some known ones: we condemn the attack.",
    "\x1dFrance condemned role_acting 's strikes and the strikes", "\x1d", "\x1d\x1eodd marks",
]


def _plain_counts(vectoriser, documents):
    """The n-gram counts the analyzer's n-grams give, looked up one by one (the path NgramCounter replaces)."""
    import numpy as np
    import scipy.sparse as sp

    analyze = vectoriser.build_analyzer()
    rows, columns = [], []
    for row, document in enumerate(documents):
        for gram in analyze(document):
            if gram in vectoriser.vocabulary_:
                rows.append(row)
                columns.append(vectoriser.vocabulary_[gram])
    return sp.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, columns)),
                         shape=(len(documents), len(vectoriser.vocabulary_)))


def _bundled_vectoriser():
    from stance.model import load_model

    model = load_model()[0]
    return model.pipeline_.named_steps["features"].named_transformers_["words"].named_steps["words"]


@pytest.mark.parametrize("ngram_range", [(1, 1), (1, 2), (2, 2)])
def test_ngram_counter_counts_what_the_analyzer_gives(ngram_range):
    from stance.model import StatementVectorizer
    from stance.text import NgramCounter, WordNgrams

    vectoriser = StatementVectorizer(analyzer=WordNgrams(ngram_range)).fit(COUNTED + ["own copies of words"])
    assert NgramCounter.supports(vectoriser.vocabulary_, vectoriser.analyzer)
    rows, columns = NgramCounter(vectoriser.vocabulary_, ngram_range).count(COUNTED)
    import numpy as np
    import scipy.sparse as sp

    fast = sp.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, columns)), shape=(len(COUNTED),
                         len(vectoriser.vocabulary_)))
    assert (fast != _plain_counts(vectoriser, COUNTED)).nnz == 0


def test_ngram_counter_is_not_used_for_what_it_cannot_count():
    from stance.text import NgramCounter, WordNgrams

    assert not NgramCounter.supports({"a b c": 0}, WordNgrams((1, 3)))
    assert not NgramCounter.supports({"a b c": 0}, WordNgrams((1, 2)))
    assert not NgramCounter.supports({"a": 0}, str.split)


def test_bundled_vectoriser_counts_statements_as_the_analyzer_does():
    from stance.model import StatementVectorizer

    vectoriser = _bundled_vectoriser()
    assert isinstance(vectoriser, StatementVectorizer)
    import csv

    from stance._paths import resource

    with open(resource("data/statements.csv"), encoding="utf-8", newline="") as handle:
        texts = [row["statement"] for row, _ in zip(csv.DictReader(handle), range(400))]
    documents = COUNTED + texts + ["\x1e" + t for t in texts[:100]]
    counts = vectoriser._count_vocab(documents, fixed_vocab=True)[1]
    assert (counts != _plain_counts(vectoriser, documents)).nnz == 0
    assert counts.has_canonical_format
    # Bigrams looked up by hash table (the usual path) and by binary search (for non-unique keys) agree.
    counter = vectoriser._ngram_counter()
    assert set(counter.bigram_index) == set(counter.bigram_keys)
    documents += ["\x1d" + t for t in texts[100:200]]
    by_hash = counter.count(documents)
    saved = dict(counter.bigram_index)
    counter.bigram_index.clear()
    try:
        by_search = counter.count(documents)
    finally:
        counter.bigram_index.update(saved)
    assert all((a == b).all() for a, b in zip(by_hash, by_search))


GROUP_PIECES = PIECES + ["member  states", "member\nstates", "members", "leaders", "nations", "partners",
                         "Western", "all", "Arab", "governments", "the international community", "states",
                         "world", "West", "-", "_", "\u00e9"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(GROUP_PIECES), max_size=25).map("".join))
def test_anchored_scan_finds_the_group_heads_finditer_finds(text):
    from stance.actors import _anchored_finditer, _word_anchored_finditer

    resolver = default_resolver()
    lower = lowered(text)
    if lower is None:
        return
    fast = _anchored_finditer(resolver._group_heads_lower, lower, resolver._group_head_firsts)
    assert [m.span() for m in fast] == [m.span() for m in resolver._group_heads_lower.finditer(lower)]
    assert resolver._group_head_words is not None  # the bundled heads' first words are all plain words
    by_words = _word_anchored_finditer(resolver._group_heads_lower, lower, resolver._group_head_words)
    assert [m.span() for m in by_words] == [m.span() for m in resolver._group_heads_lower.finditer(lower)]


@pytest.mark.parametrize("text", TRICKY)
def test_word_anchored_scan_finds_the_group_heads_finditer_finds_on_tricky_text(text):
    from stance.actors import _word_anchored_finditer

    resolver = default_resolver()
    for variant in (text, text.lower(), "x" + text.replace(" ", "'") + " world", text.replace(" ", "\u00e9")):
        lower = lowered(variant)
        if lower is not None:
            by_words = _word_anchored_finditer(resolver._group_heads_lower, lower, resolver._group_head_words)
            assert [m.span() for m in by_words] == [m.span() for m in resolver._group_heads_lower.finditer(lower)]


def test_lowered_and_lower_words_answer_for_the_text_they_are_given():
    from stance.actors import lower_words

    first, second = "Russia said", "".join(["Russia", " said"])  # equal, but not the same object
    assert lowered(first) == lowered(second) == "russia said"
    assert lowered("China warned") == "china warned"
    assert lower_words("russia said") == (b" russia said ", [b"russia", b"said"])
    assert lower_words("x\u00e9y\u2019s 'said'\u4e2d-") == (b" x y s  said  - ", [b"x", b"y", b"s", b"said", b"-"])


PASSIVE_PIECES = ["was", "were", "been", "be", "is", "are", "being", "widely", "only", "this", "Russia", "wasn't",
                  " ", "  ", "\n", "-", ",", "ly", "x", "said"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PASSIVE_PIECES), max_size=12).map("".join))
def test_passive_check_never_rules_out_a_match(before):
    from stance.extract import _PASSIVE_BEFORE_LOWER, _PASSIVE_ENDS

    if _PASSIVE_BEFORE_LOWER.search(before):
        assert before.rstrip().endswith(_PASSIVE_ENDS)


SENTENCE_PIECES = ["Mr", "U.S", "p.m", "No", "3", "Russia", "said", "W", "Gen", "etc", "it", ".", ". ", "  ", "\n",
                   "\"", "(", ")", "\u201d", "_", "x", "Bush", " ", " ", "The", "the", "\u00e9t\u00e9", "\u00b2",
                   "\u201c", "\u2018", "[", "'", "\u00a0", "\t", "!", "?"]


def _plain_split(text):
    """split_sentences with the regexes for the word before and the text after a dot, and the
    character-by-character trim, always used."""
    from stance import sentences

    def plain_trimmed(text, start, end):
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        return (start, end) if start < end else None

    def plain_boundary(text, dot, after, limit):
        if text[dot] != ".":
            return True
        following = sentences._NEXT.match(text, after, limit)
        if not following:
            return True
        next_char = following.group(2)
        word = sentences._WORD_BEFORE.search(text, max(0, dot - 20), dot)
        token = word.group(1) if word else ""
        table = sentences.abbreviations()
        if token in table["title"] or token in table["number"] and next_char.isdigit():
            return False
        if len(token) == 1 and token.isupper():
            return False
        if token in table["dotted"] or sentences._DOTTED.fullmatch(token):
            next_word = sentences._WORD.match(text, following.start(2), limit)
            return bool(next_word and next_word.group() in sentences._OPENERS)
        return not next_char.islower()

    spans, start = [], 0
    for match in sentences._END.finditer(text):
        if plain_boundary(text, match.start(), match.end(), len(text)):
            span = plain_trimmed(text, start, match.end())
            if span:
                spans.append(span)
            start = match.end()
    span = plain_trimmed(text, start, len(text))
    if span:
        spans.append(span)
    return spans


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SENTENCE_PIECES), max_size=30).map("".join))
def test_sentence_split_shortcuts_split_as_the_plain_scan_does(text):
    from stance.sentences import split_sentences

    assert list(split_sentences(text)) == _plain_split(text)


SPAN_PIECES = MENTION_PIECES + ["said", "condemned", "warned", "except", "with the exception of", "but not",
                                "save for", "all countries", "(", ")", "\u201c", "\u201d", "in a call with"]
span_texts = st.lists(st.sampled_from(SPAN_PIECES), min_size=1, max_size=30).map(" ".join)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(span_texts, st.data())
def test_spans_by_bisection_hold_what_the_plain_filter_holds(text, data):
    extractor = _ArticleExtractor(text, "", default_resolver().find_mentions(text), vocabulary())
    start = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(start, len(text)))
    assert extractor._mentions_in(start, end) == [m for m in extractor.mentions if start <= m.start and m.end <= end]
    assert extractor._cues_in(start, end) == [c for c in extractor.cues if start <= c.start() and c.end() <= end]


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(span_texts, st.data())
def test_exception_check_made_once_per_mention_answers_as_the_plain_check(text, data):
    vocab = vocabulary()
    extractor = _ArticleExtractor(text, "", default_resolver().find_mentions(text), vocab)
    for mention in extractor.mentions:
        floor = data.draw(st.integers(0, mention.start))
        before = text[max(floor, mention.start - 40):mention.start]
        trimmed = before.rstrip(" ,")
        plain = bool(vocab.exception.search(trimmed) or vocab.exception.search(before))
        assert extractor._excepted(mention, floor) == plain


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SPAN_PIECES + ["'s", "has", "foreign ministry", "Foreign Minister", "3",
                                               "quickly", "x"]), max_size=10).map(" ".join))
def test_glue_judged_once_answers_as_judging_it_again(gap):
    first = _ArticleExtractor("Russia " + gap + " said", "", [], vocabulary())
    second = _ArticleExtractor(gap, "", [], vocabulary())
    answer = first._is_glue(7, 7 + len(gap))  # judged, or taken from the memo of an earlier test
    assert answer == second._judge_glue(gap) if gap and not gap.isspace() and len(gap) <= 160 else True
    assert second._is_glue(0, len(gap)) == answer


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(span_texts)
def test_parenthetical_needs_a_comma(text):
    from stance.extract import _PARENTHETICAL_CLOSE

    if "," not in text:
        assert not _PARENTHETICAL_CLOSE.search(text)


def test_statements_without_a_principal_actor_are_classified_alike_with_or_without_mentions():
    from stance.classify import classify_statements
    from stance.extract import extract_statements
    from stance.model import load_model

    text = ("Russia condemned the strikes. France said it backed Ukraine's right to defend itself, "
            "while China called for restraint. \u201cThis is unacceptable,\u201d the ministry said.")
    mentions = default_resolver().find_mentions(text)
    statements = list(extract_statements(text, mentions=mentions))
    model = load_model()[0]
    with_mentions = classify_statements(model, statements, [None] * len(statements), [mentions] * len(statements))
    without = classify_statements(model, statements, [None] * len(statements), [[]] * len(statements))
    assert with_mentions == without and len(statements) >= 3


@pytest.mark.parametrize(
    "text",
    ["The military said it acted. the army, the Army and xthe army; The generals' the juntas, the junta.",
     "Nothing of the kind here.", "the armed forces and the military government; paramilitary the militaryx"],
    ids=["mixed", "none", "longer-forms"],
)
def test_unnamed_forces_finds_what_the_plain_pattern_finds(text):
    import re

    from stance.actors import _UNNAMED_FORCES, _unnamed_forces

    plain = re.compile(r"\b" + _UNNAMED_FORCES.pattern)
    assert sorted(m.span() for m in _unnamed_forces(text)) == [m.span() for m in plain.finditer(text)]


def test_rounding_a_whole_array_gives_what_round_gives():
    import numpy as np

    from stance.classify import _rounded

    rng = np.random.default_rng(5)
    ties = (np.arange(0, 20001) + 0.5) / 10000  # k + 0.5 in the 5th decimal: the cases a product gets wrong
    values = np.concatenate([rng.random(200_000), rng.dirichlet([1, 1, 1], 50_000).ravel(), ties,
                             np.nextafter(ties, 0), np.nextafter(ties, 1), [0.0, -0.0, 1.0, -0.00004, 1e12 + 0.5,
                                                                           np.inf, -np.inf]])
    assert [repr(v) for v in _rounded(values, 4)] == [repr(round(v, 4)) for v in values.tolist()]
    assert _rounded(values.reshape(-1, 1)[:6], 2) == [round(v, 2) for v in values[:6].tolist()]


def test_labelled_picks_the_first_label_of_a_tie():
    import numpy as np

    from stance.classify import labelled
    from stance.model import LABELS

    class Fixed:
        classes_ = np.asarray(sorted(LABELS), dtype=object)

        def predict_proba(self, inputs):
            rows = {"tie": [0.4, 0.4, 0.2], "near": [0.40001, 0.39999, 0.2], "last": [0.1, 0.2, 0.7]}
            by_label = [dict(zip(LABELS, rows[text])) for text in inputs]
            return np.asarray([[row[label] for label in self.classes_] for row in by_label])

    out = labelled(Fixed(), ["tie", "near", "last"])
    assert [label for label, _ in out] == [LABELS[0], LABELS[0], LABELS[2]]
    assert out[1][1] == {LABELS[0]: 0.4, LABELS[1]: 0.4, LABELS[2]: 0.2}


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SENTENCE_PIECES + ["!", "?", "?!", "...", "'", "\u2019", "]", "\t"]), max_size=30)
       .map("".join))
def test_sentence_end_pattern_finds_what_the_plain_one_finds(text):
    from stance.sentences import _END

    plain = re.compile(r"[.!?]+[\"'\u201d\u2019)\]]*(?=\s)")
    assert [m.span() for m in _END.finditer(text)] == [m.span() for m in plain.finditer(text)]
    assert [m.span() for m in _END.finditer(text, 1, len(text) - 1)] == \
        [m.span() for m in plain.finditer(text, 1, len(text) - 1)]


def test_trim_left_first_characters_are_all_it_can_start_with():
    import sys

    from stance.extract import _TRIM_LEFT, _TRIM_LEFT_FIRST

    for code in range(sys.maxunicode + 1):
        char = chr(code)
        # Any match starts with a character of the class or the first letter of a word (which is followed by
        # the rest of the word and whitespace).
        if any(_TRIM_LEFT.match(char + rest) for rest in (" ", "nd ", "ut ", "hile ", "hereas ", "s ", "ith ")):
            assert char in _TRIM_LEFT_FIRST or char.isspace(), repr(char)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts)
def test_word_pattern_finds_what_the_plain_one_finds(text):
    from stance.extract import _WORD

    plain = re.compile(r"[\w'\u2019-]+|[,()]")
    assert _WORD.findall(text) == plain.findall(text)
    assert _WORD.findall(text + ",(x)-'s\u2019) (") == plain.findall(text + ",(x)-'s\u2019) (")


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SENTENCE_PIECES + ["\r\n", "\r", "\u2028", "\x0b"]), max_size=30).map("".join))
def test_paragraphs_are_the_trimmed_non_empty_lines(text):
    from stance.sentences import paragraphs

    plain, position = [], 0
    for line in text.splitlines(keepends=True):
        start, end = position, position + len(line)
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            plain.append((start, end))
        position += len(line)
    assert list(paragraphs(text)) == plain


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(SENTENCE_PIECES + ["don't", "isn't", "'s", "\u2019", "_x", ";", ":", ",", "1"]),
                max_size=30).map(lambda pieces: "".join(pieces).lower()))
def test_token_pattern_finds_what_the_plain_one_finds(text):
    from stance.text import _TOKEN

    plain = re.compile(r"[a-z0-9_]+(?:'[a-z]+)?|[.,;:!?\"()\u201c\u201d]")
    assert _TOKEN.findall(text) == plain.findall(text)


def _regex_tokenize(text: str) -> list[str]:
    """stance.text.tokenize as it was written with the token regex: the tokens it finds with bytes methods."""
    from stance.text import _PHRASES, _SCOPE_END, _TOKEN, NEGATION_CUES, NEGATION_WINDOW

    lowered = text.lower().replace("\u2019", "'")
    for phrase, joined in _PHRASES:
        lowered = lowered.replace(phrase, joined)
    tokens, remaining = [], 0
    for token in _TOKEN.findall(lowered):
        if token in _SCOPE_END:
            remaining = 0
        elif token in NEGATION_CUES:
            tokens.append(token)
            remaining = NEGATION_WINDOW
        elif remaining:
            tokens.append("not_" + token)
            remaining -= 1
        else:
            tokens.append(token)
    return tokens


TOKEN_PIECES = ["not", "No", "never", "can't", "Won\u2019t", "short of", "rather  than", "rather than", "refused",
                "condemn", "x1", "_y", "'", "''", "\u2019", "'s", "a'b'c", "a1'b2", "o'neill", " ", "\n", "\t", ",",
                ".", ";", ":", "!", "?", '"', "(", ")", "\u201c", "\u201d", "-", "\u00e9", "\u0130", "\u212a",
                "\u017f", "\u00df", "\ufb03", "\u03a3", "\ud800", "\x00", "\x1e", "\u4e2d", "AB", "z"]


@pytest.mark.parametrize("text", TRICKY + COUNTED)
def test_tokenize_finds_the_token_regex_tokens(text):
    from stance.text import tokenize

    assert tokenize(text) == _regex_tokenize(text)


@settings(max_examples=1000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKEN_PIECES), max_size=30).map("".join))
def test_tokenize_finds_the_token_regex_tokens_on_generated_text(text):
    from stance.text import tokenize

    assert tokenize(text) == _regex_tokenize(text)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(PIECES + ["word", "(", ")", " ", "  ", "long-word", "x" * 30]), max_size=60)
       .map("".join), st.integers(0, 8))
def test_counting_words_in_a_prefix_first_answers_as_counting_them_all(text, count):
    from stance.extract import _WORD

    extractor = _ArticleExtractor(text, "", [], vocabulary())
    for start in (0, 1, 5):
        assert extractor._has_words(start, len(text), count) == (len(_WORD.findall(text[start:])) >= count)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(GROUP_PIECES + ["most", "Most", "many ", "the", "The", "other", "Gulf", "donor",
                                                "countries", "community", "\t", "\n", "  ", "foreign", "u.s."]),
                max_size=25).map("".join))
def test_group_phrases_found_with_the_first_word_check_are_the_ones_found_without(text):
    resolver = default_resolver()
    saved = resolver._group_phrase_firsts
    assert saved is not None  # the bundled phrases all start with ASCII words
    fast = resolver._groups(text)
    resolver._group_phrase_firsts = None
    try:
        assert fast == resolver._groups(text)
    finally:
        resolver._group_phrase_firsts = saved
