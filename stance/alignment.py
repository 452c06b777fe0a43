"""Standing with another actor: a statement that puts its speaker beside someone takes that someone's side.

"Manila openly sided with Hanoi", "New Delhi came down on Dhaka's side", "Athens stood by Nicosia", "the Gulf
states rallied behind Riyadh", "Lima expressed solidarity with Quito", "Moscow shared Belgrade's concerns": the
words say nothing of the event, only whom the speaker stands with. The labels' definition counts standing with the acting party as supporting; standing
with anyone else is taking that actor's position, which the article gives elsewhere (the side a target takes is
nearly always condemnation). :func:`aligned_with` finds the actors a statement stands with; the classifier gives
the statement the acting party's side, or the position the article's other statements give the actor it stands
with (``stance.classify._standing_with``).

Standing with someone is not read when it is denied or judged ("refused to side with", "was wary of appearing to
side with", "accused Paris of siding with", "criticised Berlin's decision to side with").
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from stance.actors import Mention

# Right before the actor (its "the" included): "sided with (the)", "on the side of", "stood by", "lined up
# behind", "rallied behind", "solidarity with", "support for", "backed".
_WITH_BEFORE = re.compile(
    r"(?<![\w-])(?:"
    r"sid(?:e|es|ed|ing)\s+(?:\w+ly\s+)?with|"
    r"on\s+the\s+side\s+of|"
    r"(?:stand|stands|standing|stood)\s+[\"\u201c]?(?:\w+ly\s+)?(?:shoulder\s+to\s+shoulder\s+)?(?:with|by|behind|beside)|"
    r"(?:line|lines|lined|lining)\s+up\s+(?:\w+ly\s+)?(?:behind|with)|"
    r"(?:rally|rallies|rallied|rallying)\s+(?:\w+ly\s+)?behind|"
    r"solidarity\s+with|"
    r"(?:support|backing)\s+for|"
    r"(?:back|backs|backed|backing)"
    # ("stood shoulder to shoulder with our brothers in Djibouti": the actor's friends named first)
    r")\s+(?:the\s+)?(?:(?:our|their|its|his|her)\s+(?:\w+\s+)?(?:brothers|sisters|friends|allies|partners)\s+"
    r"(?:in|of)\s+(?:the\s+)?)?$", re.IGNORECASE)
# The side as the actor's possession: "on Dhaka's side", "took Kyiv's side", "came to Moscow's defence", "firmly in
# Riyadh's camp".
_SIDE_BEFORE = re.compile(r"(?<![\w-])(?:on|in|to|took|take|takes|taking|taken)\s+(?:the\s+)?$", re.IGNORECASE)
_SIDE_AFTER = re.compile(r"['\u2019]s?\s+(?:side(?!\s+of)|defen[cs]e(?!\s+(?:ministry|minister|industry|forces|chief|"
                         r"secretary|budget|spending|ties|officials?))|camp|corner)(?![\w-])", re.IGNORECASE)
# Sharing an actor's view: "shared Belgrade's concerns", "shares Tokyo's position".
_SHARE_BEFORE = re.compile(r"(?<![\w-])(?:share|shares|shared|sharing)\s+(?:\w+ly\s+)?(?:the\s+)?$", re.IGNORECASE)
_SHARED_AFTER = re.compile(r"['\u2019]s?\s+(?:\w+\s+)?(?:concerns?|position|view|views|stance|worries|alarm|anger|"
                           r"outrage|assessment|indignation)(?![\w-])", re.IGNORECASE)
_POSSESSIVE_AFTER = re.compile(r"['\u2019]s?(?![\w-])")
_NOT_BACKING = re.compile(r"(?<![\w-])(?:pull|pulls|pulled|pulling|roll|rolls|rolled|rolling|scale|scaled|walk|"
                          r"walked|bring|brought|cut|fight|fought|hit|strike|struck|push|pushed|turn|turned|come|came|"
                          r"went|go|fell|fall|falls|dial|dialled|dialed)\s+back(?![\w-])", re.IGNORECASE)
_PEOPLE_AFTER = re.compile(r"\s+(?:people|peoples|population|civilians|citizens|victims|families|refugees|protesters|"
                           r"demonstrators|opposition)(?![\w-])", re.IGNORECASE)
# Before the phrase, in its clause: a denial or a judgement of the standing ("refused to side with", "wary of
# appearing to", "accused Paris of siding with", "Germany's decision to side with").
_DENIED = re.compile(r"(?<![\w-])(?:not|never|no|nor|neither|without|\w+n['\u2019]t|hardly|barely|scarcely|"
                     r"refus\w*|declin\w*|avoid\w*|wary|reluctan\w*|short\s+of|rather\s+than|accus\w*|condemn\w*|critici[sz]\w*|denounc\w*|decision|"
                     r"appear\w*|seen|against|warn\w*|withdr\w*|end|ends|ended|ending|stop\w*|punish\w*|anyone)(?![\w-])",
                     re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[;:.!?]|,\s+(?:but|while|whereas)\s", re.IGNORECASE)
# The noun forms, and what makes them the speaker's own: a possessive pronoun or a verb of expressing right before.
_NOUN_PHRASE = re.compile(r"(?:support|backing)\s+for|solidarity\s+with", re.IGNORECASE)
_OWNED_BEFORE = re.compile(r"(?<![\w-])(?:its|their|his|her|our|my|(?:express|voic|pledg|reaffirm|offer|declar|reiterat|"
                           r"affirm|convey|show|promis|restat|stress|underlin)\w*)\s+(?:(?:full|firm|strong|unwavering|"
                           r"continued|total|steadfast|unconditional|own)\s+)?$", re.IGNORECASE)
# How far before the actor the phrase may start, and how far before the phrase a denial may stand.
_PHRASE_REACH = 45
_DENIAL_REACH = 60


def aligned_with(text: str, start: int, end: int, speaker: str, mentions: Sequence[Mention]) -> list[str]:
    """The codes of the actors the statement text[start:end] by *speaker* stands with, in order (none twice)."""
    first = bisect.bisect_left(mentions, start, key=lambda m: m.start)
    codes: list[str] = []
    for index in range(first, len(mentions)):
        mention = mentions[index]
        if mention.start >= end:
            break
        if mention.code == speaker or mention.code in codes or (
                mention.kind == "demonym" and _PEOPLE_AFTER.match(text, mention.end, end)):
            continue  # (standing with "the Syrian people" is not standing with Syria's government)
        window = max(start, mention.start - _PHRASE_REACH)
        phrase = _SIDE_BEFORE.search(text, window, mention.start) \
            if _SIDE_AFTER.match(text, mention.end, end) else None
        if phrase is None and text[mention.end:mention.end + 1] in ("'", "\u2019") \
                and _SHARED_AFTER.match(text, mention.end, end):
            phrase = _SHARE_BEFORE.search(text, window, mention.start)
        if phrase is None and (_last_word(text, max(start, mention.start - 16), mention.start) in _LAST_WORDS
                               or text.endswith(_FRIENDS_IN, max(start, mention.start - 16), mention.start)):
            phrase = _WITH_BEFORE.search(text, max(start, window - 30), mention.start)
            # "backed Moscow's call for talks" backs the call, not Moscow; "pulled back Israeli troops" backs no one
            if phrase is not None and (_POSSESSIVE_AFTER.match(text, mention.end, end) or _NOT_BACKING.search(
                    text, max(start, phrase.start() - 12), phrase.start() + 5)):
                continue
        if phrase is None or _denied(text, max(start, phrase.start() - _DENIAL_REACH), phrase.start()):
            continue
        if _NOUN_PHRASE.match(text, phrase.start()) and not _OWNED_BEFORE.search(
                text, max(start, phrase.start() - 30), phrase.start()):
            continue  # "Western support for Ukraine": whose, it does not say ("its support for", "voiced support for" do)
        codes.append(mention.code)
    return codes


# The words _WITH_BEFORE ends with (keep the two in step; each alternative has a case in tests/test_alignment.py),
# checked first: the pattern, tried at every position of the window, cost more than the rest of the rule, and
# most mentions follow none of them.
_LAST_WORDS = frozenset("with by behind beside for of back backs backed backing".split())


# "our brothers in Djibouti": the actor's friends named before it (see _WITH_BEFORE).
_FRIENDS_IN = tuple(f"{noun} {word} " for noun in ("brothers", "sisters", "friends", "allies", "partners")
                    for word in ("in", "of"))


def _last_word(text: str, begin: int, end: int) -> str:
    """The last word of text[begin:end] before a closing "the", lower-cased ("" when there is none)."""
    words = text[begin:end].lower().split()
    if words and words[-1] == "the":
        words.pop()
    return words[-1] if words else ""


def _denied(text: str, begin: int, end: int) -> bool:
    """Whether text[begin:end], the words before a phrase of standing with, deny or judge it in its clause."""
    clause = begin
    for match in _CLAUSE_BREAK.finditer(text, begin, end):
        clause = match.end()
    return _DENIED.search(text, clause, end) is not None
