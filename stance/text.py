"""Tokenising statements for the classifier: lower-cased words with negation scope marked.

"stopped short of condemning" and "condemned" share the word *condemn*; what separates them is the
negation in front. Words inside a short negation scope are emitted with a ``not_`` prefix, so the
linear model can learn that ``not_condemning`` points elsewhere than ``condemning``.
"""

from __future__ import annotations

import re
from itertools import chain, repeat

import numpy as np

# A scope opens after one of these cues and closes at punctuation or after NEGATION_WINDOW words.
NEGATION_CUES = frozenset(
    {
        "not", "no", "never", "nor", "neither", "without", "refused", "refuses", "refusing", "declined",
        "declines", "declining", "avoided", "avoids", "avoiding", "failed", "fails", "cannot", "can't",
        "won't", "didn't", "doesn't", "don't", "isn't", "wasn't", "aren't", "hasn't", "haven't", "wouldn't",
        "shouldn't", "short_of", "reluctant", "hesitated", "rather_than",
    }
)
NEGATION_WINDOW = 3

# A word ([a-z0-9_]+(?:'[a-z]+)?) or one punctuation mark ([.,;:!?"()\u201c\u201d]), written to open with one
# character class, which lets the regex engine skip to the next token in C (~25% faster; same tokens, tested):
# after a punctuation mark the lookbehind ends the token, after a word character the word runs on. tokenize()
# finds the same tokens with bytes methods, and uses this on odd runs of word characters only.
_TOKEN = re.compile(r"[a-z0-9_.,;:!?\"()\u201c\u201d](?:(?<=[.,;:!?\"()\u201c\u201d])|[a-z0-9_]*(?:'[a-z]+)?)")
_SCOPE_END = frozenset('.,;:!?"()\u201c\u201d')
_PHRASES = (("short of", "short_of"), ("rather than", "rather_than"))
# bytes.translate tables over UTF-8 (every byte of a non-ASCII character is 0x80 or more, and becomes a space):
# the characters a word may hold stay, the punctuation of _TOKEN becomes "," (or a space, when only the words
# are wanted), anything else a space.
_WORD_CHARACTERS = "abcdefghijklmnopqrstuvwxyz0123456789_'"
_WORDS_ONLY = bytes(byte if chr(byte) in _WORD_CHARACTERS else 32 for byte in range(256))
_WORDS_AND_MARKS = bytes(byte if chr(byte) in _WORD_CHARACTERS else 44 if chr(byte) in _SCOPE_END else 32
                         for byte in range(256))
# An apostrophe that does not sit inside a word as _TOKEN takes it (after a word character, before letters,
# and the last in its run of word characters): its run is split by _TOKEN instead.
_ODD_APOSTROPHE = re.compile(rb"'(?:(?<![a-z0-9_]')|(?![a-z])|[a-z]+[0-9_'])")
_WHOLE_WORD = re.compile(r"[a-z0-9_]+(?:'[a-z]+)?")


def _runs(encoded: bytes, table: bytes, apostrophe: bool) -> list[str]:
    """The tokens of UTF-8 text: its runs of word characters and, with ``_WORDS_AND_MARKS``, a "," for each
    punctuation mark, in order; ``_TOKEN`` splits runs whose apostrophes it would not keep whole."""
    runs = encoded.translate(table).decode("ascii")
    if table is _WORDS_AND_MARKS:
        runs = runs.replace(",", " , ")
    tokens = runs.split()
    if not apostrophe or not _ODD_APOSTROPHE.search(encoded.translate(_WORDS_ONLY)):
        return tokens
    whole = _WHOLE_WORD.fullmatch
    return [piece for token in tokens
            for piece in ((token,) if "'" not in token or whole(token) else _TOKEN.findall(token))]


def tokenize(text: str) -> list[str]:
    """Split *text* into lower-case word tokens, prefixing words in a negation scope with ``not_``.

    The tokens are ``_TOKEN``'s words. A word never holds a character outside ``[a-z0-9_']``, so they are found
    by bytes methods in C, as runs of those characters, instead of by the regex (~35% faster; the same tokens,
    tested against it); punctuation is kept, as ",", only where a negation scope needs it to close.
    """
    lowered = text.lower().replace("\u2019", "'")
    for phrase, joined in _PHRASES:
        if phrase in lowered:
            lowered = lowered.replace(phrase, joined)
    apostrophe = "'" in lowered
    encoded = lowered.encode("utf-8", "surrogatepass")  # a lone surrogate is not a word character either
    words = _runs(encoded, _WORDS_ONLY, apostrophe)
    if NEGATION_CUES.isdisjoint(words):  # the common case: no scope to mark
        return words
    if "\u201c" in lowered or "\u201d" in lowered:  # punctuation too, but not ASCII
        encoded = lowered.replace("\u201c", '"').replace("\u201d", '"').encode("utf-8", "surrogatepass")
    tokens: list[str] = []
    remaining = 0
    for token in _runs(encoded, _WORDS_AND_MARKS, apostrophe):
        if token == ",":  # any punctuation mark of _SCOPE_END
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


def tokenize_batch(texts: list[str]) -> list[list[str]]:
    """:func:`tokenize` of each text (the lists are shared: do not change them).

    A prediction reads each statement twice, for its word n-grams (:class:`NgramCounter`) and for its word
    vectors (:mod:`stance.word_vectors`); the second read of the same batch gets the first one's tokens
    instead of tokenising again (~4 µs a statement). Equal texts within a batch are tokenised once.
    """
    global _LAST_BATCH
    last = _LAST_BATCH
    if last is not None and len(last[0]) == len(texts) and last[0] == texts:
        return last[1]
    seen: dict[str, list[str]] = {}
    tokens = [seen[text] if text in seen else seen.setdefault(text, tokenize(text)) for text in texts]
    _LAST_BATCH = (list(texts), tokens)
    return tokens


# The last batch tokenize_batch saw, and its tokens (one batch: a prediction's two readers of it).
_LAST_BATCH: tuple[list[str], list[list[str]]] | None = None


# Marks put in front of a statement to say who is speaking relative to the event's acting party; chosen
# because news text never contains them.
OWN_MARK = "\x1e"  # the acting party itself
OTHER_MARK = "\x1d"  # someone else, while the acting party is known
OWN_PREFIX = "own: "
OTHER_PREFIX = "other: "
_COPY_PREFIX = {OWN_MARK: OWN_PREFIX, OTHER_MARK: OTHER_PREFIX}


class WordNgrams:
    """A vectoriser's analyzer: the n-grams of :func:`tokenize`'s tokens, in one pass.

    A statement that starts with a mark also gets a second copy of every n-gram with the mark's prefix:
    :data:`OWN_MARK` for the acting party's own words about its own action ("own: our", "own: necessary":
    self-defence means something else from anyone else), :data:`OTHER_MARK` for a statement by another
    actor while the acting party is known ("other: role_acting" is blame or praise of the actor, not an
    actor's account of itself). Unmarked statements (speaker unknown) share only the plain n-grams, which
    all three kinds also carry. One analyzer for both copies tokenises each statement once.
    """

    def __init__(self, ngram_range: tuple[int, int] = (1, 2)) -> None:
        self.ngram_range = tuple(ngram_range)

    def __call__(self, doc: str) -> list[str]:
        tokens = tokenize(doc)
        low, high = self.ngram_range
        grams = list(tokens) if low <= 1 else []
        if low <= 2 <= high:
            grams.extend([f"{a} {b}" for a, b in zip(tokens, tokens[1:])])
        for n in range(max(low, 3), high + 1):
            grams.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
        prefix = _COPY_PREFIX.get(doc[:1])
        if prefix:
            grams.extend([prefix + gram for gram in grams])
        return grams


class NgramCounter:
    """Counts :class:`WordNgrams` n-grams of a fixed vocabulary in many statements at once.

    Prediction spent most of its time building each statement's bigram strings and looking them up one by
    one. Here each word gets a number once, a bigram is the pair of its words' numbers, and the lookups of
    all statements' unigrams and bigrams are a few numpy operations (and a pandas hash-index lookup) over the
    whole batch. The counts are the ones the analyzer's n-grams give (tested against it), prefixed copies
    included.
    """

    def __init__(self, vocabulary: dict[str, int], ngram_range: tuple[int, int]) -> None:
        self.unigrams, self.bigrams = ngram_range[0] <= 1, ngram_range[0] <= 2 <= ngram_range[1]
        words: dict[str, int] = {}
        # Per copy ("" plain, else a prefix): (word, column) of unigrams and (word, word, column) of bigrams.
        unigrams: dict[str, list[tuple[int, int]]] = {prefix: [] for prefix in _COPIES}
        bigrams: dict[str, list[tuple[int, int, int]]] = {prefix: [] for prefix in _COPIES}
        for term, column in vocabulary.items():
            prefix = _copy_of(term)
            numbers = [words.setdefault(part, len(words)) for part in term[len(prefix):].split(" ")]
            if len(numbers) == 1:
                unigrams[prefix].append((numbers[0], column))
            else:
                bigrams[prefix].append((numbers[0], numbers[1], column))
        self.words = words
        size = max(len(words), 1)
        self.unigram_columns, self.bigram_keys, self.bigram_columns = {}, {}, {}
        for prefix in _COPIES:
            columns = np.full(size, -1, dtype=np.int64)
            for word, column in unigrams[prefix]:
                columns[word] = column
            self.unigram_columns[prefix] = columns
            pairs = np.asarray(bigrams[prefix], dtype=np.int64).reshape(-1, 3)
            keys = pairs[:, 0] * size + pairs[:, 1]
            order = np.argsort(keys)
            self.bigram_keys[prefix], self.bigram_columns[prefix] = keys[order], pairs[order, 2]
        self.size = size
        # Bigram key -> its place in bigram_keys, by hash table: a batch's ~700,000 lookups take ~10 ms this
        # way against ~70 ms by binary search (np.searchsorted). Keys are unique (one per vocabulary term);
        # were they not, the binary search is used.
        import pandas as pd

        indexes = {prefix: pd.Index(keys) for prefix, keys in self.bigram_keys.items()}
        self.bigram_index = {prefix: index for prefix, index in indexes.items() if index.is_unique}

    @classmethod
    def supports(cls, vocabulary: dict[str, int], analyzer: object) -> bool:
        """Whether counts from this class equal the analyzer's: a :class:`WordNgrams` of unigrams and bigrams
        whose vocabulary holds only such n-grams of tokens."""
        if not isinstance(analyzer, WordNgrams) or not 1 <= analyzer.ngram_range[0] <= analyzer.ngram_range[1] <= 2:
            return False
        for term in vocabulary:
            parts = term[len(_copy_of(term)):].split(" ")
            if len(parts) > 2 or not all(parts):
                return False
        return True

    def count(self, documents: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """(row, column) of every n-gram occurrence in *documents* that is in the vocabulary (repeats kept)."""
        # Every token of the batch numbered by one map() over them all: a loop over the documents in Python
        # cost as much as the numbering itself (a batch repeats documents, which tokenize_batch reads once).
        token_lists = tokenize_batch(documents)
        lengths = list(map(len, token_lists))
        words = np.fromiter(map(self.words.get, chain.from_iterable(token_lists), repeat(-1)), dtype=np.int64,
                            count=sum(lengths))
        copies = [_COPY_PREFIX.get(document[:1], "") for document in documents]
        rows = np.repeat(np.arange(len(documents), dtype=np.int64), lengths)
        copy_of_row = np.asarray(copies, dtype=object)
        found_rows, found_columns = [], []
        for prefix in _COPIES:
            # Every document has the plain copy; a prefixed copy only the documents with its mark.
            in_copy = np.ones(len(documents), dtype=bool) if not prefix else copy_of_row == prefix
            if not in_copy.any():
                continue
            if self.unigrams:
                keep = (words >= 0) & in_copy[rows]
                columns = self.unigram_columns[prefix][words[keep]]
                hit = columns >= 0
                found_rows.append(rows[keep][hit])
                found_columns.append(columns[hit])
            if self.bigrams and len(words) > 1:
                first, second = words[:-1], words[1:]
                keep = (rows[:-1] == rows[1:]) & (first >= 0) & (second >= 0) & in_copy[rows[:-1]]
                keys = first[keep] * self.size + second[keep]
                table = self.bigram_keys[prefix]
                if prefix in self.bigram_index:
                    where = self.bigram_index[prefix].get_indexer(keys)
                    hit = where >= 0
                else:
                    where = np.minimum(np.searchsorted(table, keys), max(len(table) - 1, 0))
                    hit = table[where] == keys if len(table) else np.zeros(len(keys), dtype=bool)
                found_rows.append(rows[:-1][keep][hit])
                found_columns.append(self.bigram_columns[prefix][where[hit]])
        if not found_rows:
            return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
        return np.concatenate(found_rows), np.concatenate(found_columns)


_COPIES = ("", *_COPY_PREFIX.values())


def _copy_of(term: str) -> str:
    """The copy prefix a vocabulary term carries ("" for the plain copy)."""
    for prefix in _COPY_PREFIX.values():
        if term.startswith(prefix):
            return prefix
    return ""
