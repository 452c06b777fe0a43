"""What a vote on a resolution says about the event: the direction of the text, and the side of each vote.

"Britain voted for the text" condemns the event when the text condemns its actor and supports it when the text
backs the actor; the words of the vote alone say neither, and the model, reading one statement at a time,
cannot know which. An article about a vote says what the text does, usually near the top: "The text ...
demands that Iran suspend ...", "a resolution that would have tightened sanctions on North Korea", "voted ...
to declare null and void ..., a sharp rebuke to President Trump's recognition". :func:`text_direction` reads
that from the article's sentences (a text or a voting body, a verb that condemns or backs, and the acting
party named right after it), :func:`vote_of` finds the speaker's own vote in a statement, and
:func:`side_of_vote` turns the two into a side; the classifier then puts the statement's clear-side
probability on that side (``stance.classify._read_in_context``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from stance.actors import Mention, lowered

AGAINST, FOR = "against", "for"

# A text put to a vote, or a body that votes, and what it does to a party (within one sentence).
_VOTED_TEXT = re.compile(r"(?<![\w-])(?:resolutions?|draft|text|motion|voted?|votes|General\s+Assembly|"
                         r"Security\s+Council|Human\s+Rights\s+Council|Permanent\s+Council|Assembly|Council)(?![\w-])",
                         re.IGNORECASE)
# (Only the stems take the rest of their word: after "urging ", "calls on " or "sanctions on " comes the party.)
_AGAINST_VERB = re.compile(
    r"(?<![\w-])(?:(?:demand|condemn|censur|deplor|denounc|reject|rebuk|criticis|criticiz|suspend|expel)\w*|"
    r"urg(?:e|es|ed|ing)\s|call(?:s|ed|ing)?\s+on|(?:impos|tighten|extend|widen)\w*\s+(?:[\w-]+\s+){0,6}?"
    r"(?:sanctions|penalties|embargo|bans?|measures)\s+(?:on|against)|null\s+and\s+void)",
    re.IGNORECASE)
_FOR_VERB = re.compile(r"(?<![\w-])(?:back|support|endors|welcom|prais|commend)\w*", re.IGNORECASE)
# The same, for the lower-cased text (see text_direction).
_AGAINST_LOWER = re.compile(_AGAINST_VERB.pattern)
_FOR_LOWER = re.compile(_FOR_VERB.pattern)
_VOTED_STEMS = ("resolution", "draft", "text", "motion", "vot", "assembly", "council")
_VOTED_WORD = re.compile(r"(?:resolutions?|draft|text|motion|voted?|votes|assembly|council)(?![\w-])")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_PLACE_BEFORE = re.compile(r"(?<![\w-])(?:in|at|near|(?:status|city|town|village|region|province|capital|streets|"
                           r"outskirts)\s+of)\s+(?:the\s+)?$", re.IGNORECASE)
_NEAR = 100  # characters: text to verb, and verb to the party it is aimed at
# A new clause between a verb and a name: the name is not what the verb is aimed at.
_CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|saying|while|which)(?![\w-])|(?<![\w-])(?:and\s+that|but)(?![\w-])",
                           re.IGNORECASE)

# How a statement votes, after its vote word: "voted for the text", "voted in favour", "voted no".
# (Lower case only: the verbs stand after their subject.)
_VOTE_FOR = re.compile(r"(?<![\w-])(?:voted|votes|voting|vote)\s+(?:\w+ly\s+)?(?:for|in\s+favou?r|yes)(?![\w-])"
                       r"|(?<![\w-])(?:co-?sponsor\w*|sponsor\w*|back\w*|support\w*)\s+(?:the|a|this|that)\s+"
                       r"(?:\w+\s+)?(?:resolution|draft|text|motion)(?![\w-])")
_VOTE_AGAINST = re.compile(r"(?<![\w-])(?:voted|votes|voting|vote)\s+(?:\w+ly\s+)?(?:against|no)(?![\w-])"
                           r"|(?<![\w-])(?:vetoe?\w*|oppos\w*|reject\w*)\s+(?:the|a|this|that)\s+"
                           r"(?:\w+\s+)?(?:resolution|draft|text|motion)(?![\w-])")


def text_direction(text: str, mentions: Sequence[Mention], acting: str | None) -> str | None:
    """:data:`AGAINST` when the article's text put to a vote condemns, demands of or punishes the acting party,
    :data:`FOR` when it backs it, None when the article says neither or says both."""
    if acting is None:
        return None
    # Case-sensitive patterns over the lower-cased text cost half as much as case-insensitive ones over the
    # text (the same spans: see stance.actors.lowered); the voted words are found with str.find.
    lower = lowered(text)
    searched, against, backing = (lower, _AGAINST_LOWER, _FOR_LOWER) if lower is not None else \
        (text, _AGAINST_VERB, _FOR_VERB)
    found = set()
    for word_end in _voted_word_ends(text, lower):
        stop = _SENTENCE_END.search(text, word_end)
        sentence_end = stop.start() if stop else len(text)
        window = min(sentence_end, word_end + _NEAR)
        for verbs, direction in ((against, AGAINST), (backing, FOR)):
            # Every such verb: "drafted with the backing of the United States, demands that Iran ..."
            for verb in verbs.finditer(searched, word_end, window):
                if _aimed_at(text, verb.end(), min(sentence_end, verb.end() + _NEAR), mentions) == acting:
                    found.add(direction)
    return found.pop() if len(found) == 1 else None


def _voted_word_ends(text: str, lower: str | None) -> list[int]:
    """The end of each word of :data:`_VOTED_TEXT` in *text*, in order."""
    if lower is None:
        return [match.end() for match in _VOTED_TEXT.finditer(text)]
    ends = []
    for stem in _VOTED_STEMS:
        at = lower.find(stem)
        while at >= 0:
            if at == 0 or not (lower[at - 1].isalnum() or lower[at - 1] in "_-"):
                word = _VOTED_WORD.match(lower, at)
                if word is not None:
                    ends.append(word.end())
            at = lower.find(stem, at + len(stem))
    return sorted(ends)


def _aimed_at(text: str, start: int, end: int, mentions: Sequence[Mention]) -> str | None:
    """The code of the first actor named in text[start:end] that is not a place there ("null and void any
    decision that changes the status of Jerusalem, a sharp rebuke to President Trump's recognition": the
    United States), or None when a new clause starts before it (see :data:`_CLAUSE_BREAK`)."""
    for index in range(bisect.bisect_left(mentions, start, key=lambda m: m.start), len(mentions)):
        mention = mentions[index]
        if mention.start >= end or _CLAUSE_BREAK.search(text, start, mention.start):
            return None  # ("welcomed the vote, saying it gave the plan backing and that the Syrian government ...")
        if not _PLACE_BEFORE.search(text, max(start, mention.start - 24), mention.start):
            return mention.code
    return None


def vote_of(statement_text: str, cue: str, speaker_names: Sequence[str] = ()) -> str | None:
    """How the speaker votes on the text in a statement: :data:`FOR`, :data:`AGAINST`, or None (no vote, or
    both: "voted for the first text and against the second").

    The vote must be the speaker's: its verb is the statement's cue ("Brazil voted in favour"), or its subject is
    the speaker by a pronoun ("Oshima said his country had voted in favour") or by one of *speaker_names*, the
    words that name the speaker's actor in the statement ("Tirumurti said New Delhi supported the draft");
    "Russia, by voting no, had chosen to cover for a regime," said by Washington, is Russia's vote.
    """
    if not may_vote(statement_text):
        return None  # the usual case, before any pattern runs
    voted_for = _own_vote(_VOTE_FOR, statement_text, cue.lower(), speaker_names)
    voted_against = _own_vote(_VOTE_AGAINST, statement_text, cue.lower(), speaker_names)
    if voted_for == voted_against:
        return None
    return FOR if voted_for else AGAINST


def may_vote(statement_text: str) -> bool:
    """Whether a statement holds a word that any vote :func:`vote_of` finds must contain (a cheap first test)."""
    return "vot" in statement_text or "ponsor" in statement_text or "resolution" in statement_text \
        or "draft" in statement_text or "text" in statement_text or "motion" in statement_text


def side_of_vote(vote: str | None, direction: str | None) -> str | None:
    """The label a vote gives its statement toward the event ("condemning" or "supporting"), given the
    direction of the text voted on; None without either."""
    if vote is None or direction is None:
        return None
    return "condemning" if (vote == FOR) == (direction == AGAINST) else "supporting"


# The speaker as the subject of a vote in its own reported words: "his country had", "we", "it would".
_SELF_BEFORE = re.compile(r"(?<![\w-])(?:(?:his|her|its|their|our)\s+(?:country|government|delegation)|we|it|they)"
                          r"\s+(?:(?:had|has|have|would|will|did)\s+)?(?:\w+ly\s+)?$", re.IGNORECASE)


def _own_vote(pattern: re.Pattern, text: str, cue: str, speaker_names: Sequence[str]) -> bool:
    """Whether *pattern* finds in *text* a vote the speaker casts (see :func:`vote_of`)."""
    for match in pattern.finditer(text):
        verb = match.group().split(None, 1)[0].lower()
        if verb == cue or _SELF_BEFORE.search(text, max(0, match.start() - 40), match.start()):
            return True
        before = _AUXILIARIES_BEFORE.sub("", text[max(0, match.start() - 60):match.start()]).rstrip()
        if any(name and before.endswith(name) for name in speaker_names):
            return True
    return False


# "had", "would" and the like between a subject and its vote: "New Delhi had supported the draft".
_AUXILIARIES_BEFORE = re.compile(r"(?:\s+(?:had|has|have|would|will|did|also|then|\w+ly))+\s*$")
