"""A statement about a response to the event, not the event: welcoming the response condemns the event.

Much of what third parties say about an action is said about the answer to it: "London welcomed the firm
response from ECOWAS" (to a coup), "Russia criticised the sanctions" (on Belarus, over its election), "Paris
supported Berlin's decision to close the consulates" (after Iran's execution of a German citizen), "the result
was hailed in Ramallah" (of a vote rebuking the United States). Read alone, each sounds like the opposite of
what it says about the event. :func:`response_side` finds, in a statement, a verb that approves or disapproves
("welcomed", "criticised", "described ... as unjustified") of a measure ("the sanctions", "the response",
"Berlin's decision", "the result") and decides whose measure it is:

- its owner, when the statement names one ("Berlin's decision", "the British response", "the response from
  ECOWAS", "the measures adopted in Amman"): the acting party's own measure is the action, anyone else's is a
  response to it;
- without an owner, a word that is itself an answer ("response", "retaliation", "counter-measures", "punitive
  measures"), sanctions or an embargo where the article's first line does not make them the event (or the
  article names them as aimed at the acting party), and an intervention in or against the acting party are
  responses; a vote, resolution, result or outcome has the direction the article gives the text voted on
  (:func:`stance.votes.text_direction`); anything else ("the decision", "the move") is left to the model.

Approval of the action supports it and approval of a response condemns it, and the other way round; the
classifier then puts the statement's clear-side probability on that side (``stance.classify._read_in_context``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from stance.actors import Mention
from stance.votes import AGAINST

ACTION, RESPONSE = "action", "response"

_NOUN = (r"(?:responses?|reactions?|retaliation|retaliatory\s+\w+|reprisals?|counter-?measures?|sanctions|embargo|"
         r"measures?|decision|step|move|expulsions?|suspension|closure|intervention|vote|resolution|result|outcome)")
_FIRST_WORDS = re.compile(_NOUN, re.IGNORECASE)  # a cheap first test: no measure word, no rule
# Words of approval and disapproval right before the measure.
# Words of approval and disapproval right before the measure: verbs, and nouns with their preposition ("regret
# and concern" at the decision); a noun alone judges nothing ("criticism that drew an angry response").
_APPROVE = r"(?:welcom(?:e|es|ed|ing)|hail(?:s|ed|ing)?|applaud(?:s|ed|ing)?|prais(?:e|es|ed|ing)|" \
           r"(?<!roll\s)(?<!scale\s)(?<!pull\s)(?<!cut\s)back(?:s|ed|ing)?|support(?:s|ed|ing)?(?:\s+for)?|" \
           r"endors(?:e|es|ed|ing)|commend(?:s|ed|ing)?|defend(?:s|ed|ing)?|justif(?:y|ies|ied|ying)|" \
           r"celebrat(?:e|es|ed|ing)|stood\s+by|stand(?:s|ing)?\s+by)"
_DISAPPROVE = r"(?:(?:regret|dismay|disappointment|anger|outrage|indignation|condemnation|criticism|opposition|" \
              r"rejection)[\"\u201d]?(?:\s+and\s+\w+[\"\u201d]?)?\s+(?:at|over|with|about|of|to)|condemn(?:s|ed|ing)?|denounc(?:e|es|ed|ing)|criticis(?:e|es|ed|ing)|criticiz(?:e|es|ed|ing)|" \
              r"reject(?:s|ed|ing)?|oppos(?:e|es|ed|ing)|deplor(?:e|es|ed|ing)|decr(?:y|ies|ied)|" \
              r"protest(?:s|ed|ing)?(?:\s+against)?|object(?:s|ed|ing)?\s+to|dismiss(?:es|ed|ing)?|" \
              r"slam(?:s|med|ming)?|assail(?:s|ed|ing)?|block(?:s|ed|ing)?)"
# (the modifiers hold no preposition or verb: "condemned the killing of X in response to ..." is about the killing;
# "and" joins adjectives: "the firm and rapid response")
_NOUN_PHRASE = r"\s+(?:(?:the|this|that|these|those|any|all|its|their|a|an)\s+)?(?P<mods>(?:(?!(?:of|in|on|to|for|" \
               r"or|with|by|from|at|as|that|which|who|was|were|is|are)\s)[\w'\u2019-]+\s+){0,4}?)" \
               r"(?P<noun>" + _NOUN + r")(?![\w-])"
_VERB_THEN_MEASURE = re.compile(r"(?<![\w-])(?:(?P<approve>" + _APPROVE + r")|(?P<disapprove>" + _DISAPPROVE + r"))"
                                + _NOUN_PHRASE, re.IGNORECASE)
# "described Moscow's retaliatory expulsion as unjustified", "called the ban an unfriendly act"
_JUDGED = re.compile(r"(?<![\w-])(?:describ(?:e|es|ed|ing)|regard(?:s|ed|ing)?|call(?:s|ed|ing)?|brand(?:s|ed|ing)?|"
                     r"term(?:s|ed|ing)?|consider(?:s|ed|ing)?|dismiss(?:es|ed|ing)?)" + _NOUN_PHRASE, re.IGNORECASE)
# "said the vote was part of a hostile campaign", "argued that the sanctions were illegal"
_SAID_WAS = re.compile(r"(?<![\w-])(?:said|says|saying|argued|insisted|added|declared)(?:\s+that)?" + _NOUN_PHRASE
                       + r"\s+(?:was|were|is|are|had\s+been|would\s+be|amounted\s+to)(?=\s)", re.IGNORECASE)
# What the measure is judged to be: a few words may continue its phrase first ("of British diplomats").
_JUDGEMENT = re.compile(
    r"(?:\s+(?!(?:to|that|which|who|because|but|and|if|whether)\s)[\w'\u2019-]+){0,6}?\s+(?:as\s+)?"
    r"(?:[\"\u201c]\s*)?(?:(?:an?|the)\s+)?(?:(?:entirely|fully|completely|wholly|quite|totally|perfectly|clearly|"
    r"deeply|flagrant|blatant|grave|serious|gross|deliberate|clear|welcome|necessary)\s+)?"
    r"(?:(?P<good>appropriate|justified|legitimate|proportionate|necessary|right|measured|reasonable|"
    r"understandable|lawful|legal|step\s+forward|victory|success|achievement)|"
    r"(?P<bad>unjustified|unjustifiable|illegal|unlawful|illegitimate|unacceptable|counterproductive|"
    r"counter-productive|wrong|unfriendly|hostile|inhumane|excessive|disproportionate|unfair|unjust|provocative|"
    r"absurd|outrageous|attack|violation|mistake|provocation|interference|breach|affront|insult|crime|scandal|"
    r"aggression|disgrace|blunder))(?![\w-])", re.IGNORECASE)
# "The result was hailed in Ramallah", "the sanctions were rejected by ..."
_MEASURE_THEN_PASSIVE = re.compile(r"(?<![\w-])(?P<noun>" + _NOUN + r")\s+(?:was|were|has\s+been|have\s+been)\s+"
                                   r"(?:\w+ly\s+)?(?:(?P<approve>" + _APPROVE + r")|(?P<disapprove>" + _DISAPPROVE
                                   + r"))(?![\w-])", re.IGNORECASE)
# "The sanctions themselves drew criticism from Moscow", "the decision won praise from ..."
_MEASURE_DREW = re.compile(r"(?<![\w-])(?P<noun>" + _NOUN + r")(?:\s+themselves|\s+itself)?\s+(?:drew|draws|drawn|"
                           r"met\s+with|meets\s+with|won|wins|earned|received|attracted)\s+(?:\w+\s+)?"
                           r"(?:(?P<approve>praise|support|backing|welcome|approval)|(?P<disapprove>criticism|"
                           r"condemnation|protests?|anger|fire|rebukes?|objections?))(?![\w-])", re.IGNORECASE)
# Capitalised words right before a measure named first: "Gabon's", "The EU", "The British".
_NAMES_BEFORE = re.compile(r"(?:[A-Z][\w.'\u2019-]*[ \t]+){1,3}$")
# Whose measure, after it: "the response from ECOWAS", "the measures adopted in Amman".
_OWNER_AFTER = re.compile(r"\s+(?:\w+\s+){0,2}?(?:from|by|(?:adopted|taken|imposed|announced|ordered)\s+(?:in|by))"
                          r"\s+(?:the\s+)?$", re.IGNORECASE)
_ANSWER = re.compile(r"respon|retaliat|reprisal|counter|punitive", re.IGNORECASE)
_SANCTIONS = re.compile(r"sanction|embargo", re.IGNORECASE)
_VOTED = re.compile(r"vote|resolution|result|outcome", re.IGNORECASE)
# Sanctions or an intervention aimed at the acting party, anywhere in the article.
_AIMED_AT = re.compile(r"(?<![\w-])(?:sanctions|embargo|intervention|intervene)\s+(?:\w+\s+){0,2}?(?:on|against|in)"
                       r"\s+(?:the\s+)?$", re.IGNORECASE)


def response_side(text: str, start: int, end: int, acting: str, mentions: Sequence[Mention],
                  vote_direction: str | None) -> str | None:
    """The side ("condemning" or "supporting") that text[start:end] takes toward the event by approving or
    disapproving of the action or of a response to it, or None when it does neither or both.

    *vote_direction* is the direction of the text the article's vote is on (see
    :func:`stance.votes.text_direction`), or None.
    """
    statement = text[start:end]
    if not _FIRST_WORDS.search(statement):
        return None  # the usual case
    found = set()
    for match, approves, passive in _judgements(statement):
        phrase_start = match.start()
        if passive:  # the measure's own words before it: "Gabon's decision won praise", "The EU decision was ..."
            owner_words = _NAMES_BEFORE.search(statement, max(0, phrase_start - 60), phrase_start)
            phrase_start = owner_words.start() if owner_words else phrase_start
        whose = _whose(text, start + phrase_start, start + match.start("noun"), start + match.end("noun"),
                       match.group("noun"), acting, mentions, vote_direction, passive)
        if whose is not None:
            found.add("supporting" if approves == (whose == ACTION) else "condemning")
    return found.pop() if len(found) == 1 else None


def _judgements(statement: str) -> list[tuple[re.Match, bool, bool]]:
    """Each measure the statement approves (True) or disapproves of (False), with its match and whether the
    judgement follows the measure ("the result was hailed", "the sanctions drew criticism from Moscow")."""
    found = [(m, m.group("approve") is not None, False) for m in _VERB_THEN_MEASURE.finditer(statement)]
    for pattern in (_MEASURE_THEN_PASSIVE, _MEASURE_DREW):
        found += [(m, m.group("approve") is not None, True) for m in pattern.finditer(statement)]
    for pattern in (_JUDGED, _SAID_WAS):
        for match in pattern.finditer(statement):
            judgement = _JUDGEMENT.match(statement, match.end())
            if judgement:
                found.append((match, judgement.group("good") is not None, False))
    # "did not welcome the sanctions", "did not say whether Beijing regarded the move as legitimate": no judgement
    return [item for item in found if not _UNSAID.search(statement, max(0, item[0].start() - 40), item[0].start())]


_UNSAID = re.compile(r"(?<![\w-])(?:not|never|n[o']t|whether|if|without|short\s+of|refus\w*\s+to|declin\w*\s+to)\s+(?:\w+\s+){0,3}?$", re.IGNORECASE)


def _whose(text: str, phrase_start: int, noun_start: int, noun_end: int, noun: str, acting: str,
           mentions: Sequence[Mention], vote_direction: str | None, passive: bool) -> str | None:
    """:data:`ACTION` when the measure is the acting party's own, :data:`RESPONSE` when it answers the action,
    None when the statement does not say."""
    sanctions = _SANCTIONS.match(noun) is not None
    # (after a passive, "by" names who judges, not whose the measure is)
    owner = _owner(text, phrase_start, noun_start, noun_end, mentions, sanctions, not passive)
    if owner is not None:
        return ACTION if owner == acting else RESPONSE
    if _ANSWER.match(noun):
        return RESPONSE
    if sanctions:
        first_line = text[:max(text.find("\n"), 0)] or text[:200]
        if not _SANCTIONS.search(first_line) or _named_aimed_at(text, acting, mentions):
            return RESPONSE
        return None
    if noun.lower().startswith("intervention"):
        return RESPONSE if _aimed_at_acting(text, noun_end, acting, mentions) else None
    if _VOTED.match(noun) and vote_direction is not None:
        return RESPONSE if vote_direction == AGAINST else ACTION
    return None


def _owner(text: str, phrase_start: int, noun_start: int, noun_end: int, mentions: Sequence[Mention],
           sanctions: bool, look_after: bool) -> str | None:
    """The actor a measure belongs to: named inside its phrase ("Berlin's decision", "the British response",
    "the EU decision") or right after it ("the response from ECOWAS"). A bare country name before sanctions
    names their target, not their owner ("the Iran sanctions")."""
    index = bisect.bisect_left(mentions, phrase_start, key=lambda m: m.start)
    if index < len(mentions) and mentions[index].start < noun_start:
        # the last name before the noun: "backed Warsaw's neighbours' decision"
        while index + 1 < len(mentions) and mentions[index + 1].start < noun_start:
            index += 1
        mention = mentions[index]
        if sanctions and mention.kind != "demonym" and not _POSSESSIVE.match(text, mention.end):
            return None
        return mention.code
    if not look_after:
        return None
    while index < len(mentions) and mentions[index].start < noun_end:
        index += 1
    if index < len(mentions) and mentions[index].start - noun_end <= 40 \
            and _OWNER_AFTER.search(text, noun_end, mentions[index].start):
        return mentions[index].code
    return None


_POSSESSIVE = re.compile(r"['\u2019]s?(?![\w])")


def _aimed_at_acting(text: str, noun_end: int, acting: str, mentions: Sequence[Mention]) -> bool:
    """Whether the acting party is named right after an intervention ("any armed intervention in Niger")."""
    index = bisect.bisect_left(mentions, noun_end, key=lambda m: m.start)
    return index < len(mentions) and mentions[index].code == acting and mentions[index].start - noun_end <= 20 \
        and _AIMED_AT.search(text, max(0, noun_end - 40), mentions[index].start) is not None


def _named_aimed_at(text: str, acting: str, mentions: Sequence[Mention]) -> bool:
    """Whether the article names sanctions or an embargo on or against the acting party."""
    for mention in mentions:
        if mention.code == acting and _SANCTIONS.search(text, max(0, mention.start - 40), mention.start) \
                and _AIMED_AT.search(text, max(0, mention.start - 40), mention.start):
            return True
    return False
