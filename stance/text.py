"""Tokenising statements for the classifier: lower-cased words with negation scope marked.

"stopped short of condemning" and "condemned" share the word *condemn*; what separates them is the
negation in front. Words inside a short negation scope are emitted with a ``not_`` prefix, so the
linear model can learn that ``not_condemning`` points elsewhere than ``condemning``.
"""

from __future__ import annotations

import re

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

_TOKEN = re.compile(r"[a-z0-9_]+(?:'[a-z]+)?|[.,;:!?\"()\u201c\u201d]")
_SCOPE_END = frozenset('.,;:!?"()\u201c\u201d')
_PHRASES = (("short of", "short_of"), ("rather than", "rather_than"))


def tokenize(text: str) -> list[str]:
    """Split *text* into lower-case word tokens, prefixing words in a negation scope with ``not_``."""
    lowered = text.lower().replace("\u2019", "'")
    for phrase, joined in _PHRASES:
        if phrase in lowered:
            lowered = lowered.replace(phrase, joined)
    raw = _TOKEN.findall(lowered)
    if NEGATION_CUES.isdisjoint(raw):  # the common case: no scope to mark
        return [token for token in raw if token not in _SCOPE_END]
    tokens: list[str] = []
    remaining = 0
    for token in raw:
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


# Marks a statement whose speaker is the acting party; chosen because news text never contains it.
OWN_MARK = "\x1e"
OWN_PREFIX = "own: "


class WordNgrams:
    """A vectoriser's analyzer: the n-grams of :func:`tokenize`'s tokens, in one pass.

    A statement that starts with :data:`OWN_MARK` is the acting party's own words about its own action;
    it also gets a second copy of every n-gram prefixed ``"own: "``, since that vocabulary of self-defence
    ("our", "necessary", "objectives") means something else from anyone else. One analyzer for both
    copies tokenises each statement once.
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
        if doc.startswith(OWN_MARK):
            grams.extend([OWN_PREFIX + gram for gram in grams])
        return grams
