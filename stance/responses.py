"""A statement about a response to the event, not the event: welcoming the response condemns the event.

Much of what third parties say about an action is said about the answer to it: "London welcomed the firm
response from ECOWAS" (to a coup), "Russia criticised the sanctions" (on Belarus, over its election), "Paris
supported Berlin's decision to close the consulates" (after Iran's execution of a German citizen), "the result
was hailed in Ramallah" (of a vote rebuking the United States). Read alone, each sounds like the opposite of
what it says about the event. :func:`response_side` finds, in a statement, a verb that approves or disapproves
("welcomed", "criticised", "described ... as unjustified"; carrying a measure out or joining it approves of it:
"enforced", "joined") of a measure ("the sanctions", "the response",
"Berlin's decision", "the result") and decides whose measure it is:

- its owner, when the statement names one ("Berlin's decision", "the British response", "the response from
  ECOWAS", "the measures adopted in Amman"): the acting party's own measure is the action, anyone else's is a
  response to it;
- without an owner, a word that is itself an answer ("response", "retaliation", "counter-measures", "punitive
  measures"), sanctions or an embargo where the article's headline does not make them the event (or the
  article names them as aimed at the acting party), and an intervention in or against the acting party are
  responses; a vote, resolution, result or outcome has the direction the article gives the text voted on
  (:func:`stance.votes.text_direction`); anything else ("the decision", "the move") is left to the model.

Approval of the action supports it and approval of a response condemns it, and the other way round; the
classifier then puts the statement's clear-side probability on that side (``stance.classify._read_in_context``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable, Sequence

from stance.actors import Mention, lowered
from stance.votes import AGAINST

ACTION, RESPONSE = "action", "response"

_NOUN = (r"(?:responses?|reactions?|retaliation|retaliatory\s+\w+|punitive\s+\w+|reprisals?|counter-?measures?|"
         r"sanctions|embargo|measures?|decision|step|move|expulsions?|suspension|closure|intervention|vote|"
         r"resolution|result|outcome)")
_NOUN_AT = re.compile(_NOUN + r"(?![\w-])", re.IGNORECASE)
_NOUN_ANYWHERE = re.compile(r"(?<![\w-])" + _NOUN + r"(?![\w-])", re.IGNORECASE)
# The measure words' beginnings, found with str.find in the lower-cased statement: a pattern searched over every
# statement of every article cost more than the rest of the rule (~18 us a statement).
_NOUN_STEMS = ("respon", "reaction", "retaliat", "punitive", "reprisal", "counter", "sanction", "embargo", "measure",
               "decision", "step", "move", "expulsion", "suspension", "closure", "intervention", "vote", "resolution",
               "result", "outcome")

# Words of approval and disapproval right before the measure (a verb, a verb and its particle, or a noun of
# judgement and its preposition: "regret and concern" at the decision); a noun alone judges nothing ("criticism
# that drew an angry response"). Read word by word: a pattern of these alternatives tried at every word of a
# statement was the rule's main cost.
_APPROVE_VERBS = frozenset(
    "welcome welcomes welcomed welcoming hail hails hailed hailing applaud applauds applauded applauding praise "
    "praises praised praising back backs backed backing support supports supported supporting endorse endorses "
    "endorsed endorsing commend commends commended commending defend defends defended defending justify justifies "
    "justified justifying celebrate celebrates celebrated celebrating".split())
# Carrying a measure out or joining it approves of it, but only as the speaker's own act: "Ghana said it would
# enforce the ECOWAS measures", not "Russia criticised the EU for applying the sanctions" (see _carried_out).
_CARRY_OUT_VERBS = frozenset("enforce enforces enforced enforcing implement implements implemented implementing apply "
                             "applies applied applying join joins joined joining".split())
_OWN_ACT_BEFORE = frozenset("would will to must has have had also fully quickly promptly immediately it they we "
                            "and".split())
_DISAPPROVE_VERBS = frozenset(
    "condemn condemns condemned condemning denounce denounces denounced denouncing criticise criticises criticised "
    "criticising criticize criticizes criticized criticizing reject rejects rejected rejecting oppose opposes "
    "opposed opposing deplore deplores deplored deploring decry decries decried dismiss dismisses dismissed "
    "dismissing protest protests protested protesting slam slams slammed slamming assail assails assailed "
    "assailing block blocks blocked blocking".split())
# (particle, the verbs it follows, approves)
_PARTICLES = {
    "for": (frozenset({"support", "supports", "supported", "supporting", "backing", "praise"}), True),
    "by": (frozenset({"stood", "stand", "stands", "standing"}), True),
    "against": (frozenset({"protest", "protests", "protested", "protesting"}), False),
    "to": (frozenset({"object", "objects", "objected", "objecting"}), False),
}
_JUDGEMENT_NOUNS = frozenset("regret dismay disappointment anger outrage indignation condemnation criticism "
                             "opposition rejection".split())
_JUDGEMENT_PREPOSITIONS = frozenset({"at", "over", "with", "about", "of", "to"})
# "roll back the sanctions", "scaled back", "walked back", "brought back": not backing
_NOT_BACKING = frozenset("roll rolls rolled rolling scale scales scaled scaling pull pulls pulled pulling cut cuts "
                         "cutting walk walks walked walking bring brings brought bringing dial dialled dialed".split())
# Verbs whose object is then judged: "described Moscow's retaliatory expulsion as unjustified"
_JUDGING_VERBS = frozenset(
    "describe describes described describing regard regards regarded regarding call calls called calling brand "
    "brands branded branding term terms termed terming consider considers considered considering".split())
# Verbs of saying before a measure and a copula: "said the vote was part of a hostile campaign"
_SAYING_VERBS = frozenset("said says saying argued insisted added declared".split())
# A judging verb whose judgement is missing ends the search ("called the decision on Friday").
_STOPS = _JUDGING_VERBS | _SAYING_VERBS
_DETERMINERS = frozenset("the this that these those any all its their a an".split())
# Words that end a measure's phrase before it: "condemned the killing of X in response to ..." is about the
# killing ("and" joins adjectives: "the firm and rapid response").
_NOT_MODIFIERS = frozenset("of in on to for or with by from at as that which who was were is are".split())
_QUOTES = "\"\u201c\u201d"

# What the measure is judged to be: a few words may continue its phrase first ("of British diplomats").
_JUDGEMENT = re.compile(
    r"(?:\s+(?!(?:to|that|which|who|because|but|and|if|whether|not|never|hardly|no|neither|nor)\s)"
    r"[\w'\u2019-]+){0,6}?\s+(?:as\s+)?"
    r"(?:[\"\u201c]\s*)?(?:(?:an?|the)\s+)?(?:(?:entirely|fully|completely|wholly|quite|totally|perfectly|clearly|"
    r"deeply|flagrant|blatant|grave|serious|gross|deliberate|clear|welcome|necessary)\s+)?"
    r"(?:(?P<good>appropriate|justified|legitimate|proportionate|necessary|right|measured|reasonable|"
    r"understandable|lawful|legal|step\s+forward|victory|success|achievement)|"
    r"(?P<bad>unjustified|unjustifiable|illegal|unlawful|illegitimate|unacceptable|counterproductive|"
    r"counter-productive|wrong|unfriendly|hostile|inhumane|excessive|disproportionate|unfair|unjust|provocative|"
    r"absurd|outrageous|inappropriate|attack|violation|mistake|provocation|interference|breach|affront|insult|"
    r"crime|scandal|aggression|disgrace|blunder))(?![\w-])", re.IGNORECASE)
_COPULA = re.compile(r"\s+(?:was|were|is|are|had\s+been|would\s+be|amounted\s+to)(?=\s)", re.IGNORECASE)
# The same verbs as alternations, for the passive after a measure (longest first: "backed" before "back").
_APPROVE = "(?:" + "|".join(sorted(_APPROVE_VERBS, key=lambda word: (-len(word), word))) + ")"
_DISAPPROVE = "(?:" + "|".join(sorted(_DISAPPROVE_VERBS, key=lambda word: (-len(word), word))) + ")"
# After a measure: "The result was hailed in Ramallah", "the sanctions were rejected by ..."
_PASSIVE_AFTER = re.compile(r"\s+(?:was|were|has\s+been|have\s+been)\s+"
                            r"(?:(?!(?:hardly|scarcely|barely|rarely|seldom)\s)(?:\w+ly|also|again|even|later)\s+)?"
                            r"(?:(?P<approve>" + _APPROVE
                            + r")|(?P<disapprove>" + _DISAPPROVE + r"))(?![\w-])", re.IGNORECASE)
# "The sanctions themselves drew criticism from Moscow", "the decision won praise from ..."
_DREW_AFTER = re.compile(r"(?:\s+themselves|\s+itself)?\s+(?:drew|draws|drawn|met\s+with|meets\s+with|won|wins|earned|"
                         r"received|attracted)\s+(?:(?!(?:no|little|scant|few|less)\s)\w+\s+)?"
                         r"(?:(?P<approve>praise|support|backing|welcome|approval)|"
                         r"(?P<disapprove>criticism|condemnation|protests?|anger|fire|rebukes?|objections?))(?![\w-])",
                         re.IGNORECASE)
# Capitalised words right before a measure named first: "Gabon's", "The EU", "The British".
_NAMES_BEFORE = re.compile(r"(?:[A-Z][\w.'\u2019-]*[ \t]+){1,3}$")
# Whose measure, after it: "the response from ECOWAS", "the measures adopted in Amman".
# (not after a passive's verb: in "backing for the strikes was given by Britain" Britain gives the backing; nor
# after an infinitive: "the decision to withdraw from Gabon" is not Gabon's)
_OWNER_AFTER = re.compile(r"\s+(?:(?!(?:was|were|is|are|been|being|has|have|had|to|of|on|against|in)\s)\w+\s+){0,2}?"
                          r"(?:from|by|(?:adopted|taken|imposed|announced|ordered)\s+(?:in|by))\s+(?:the\s+)?$",
                          re.IGNORECASE)
_ANSWER = re.compile(r"respon|retaliat|reprisal|counter|punitive", re.IGNORECASE)
# After a measure: "Nigeria's response was called an inappropriate and unacceptable reaction"
_JUDGED_AFTER = re.compile(r"\s+(?:was|were)\s+(?:called|described\s+as|branded|termed|deemed|considered|seen\s+as)"
                           r"(?=\s)", re.IGNORECASE)
_SANCTIONS = re.compile(r"sanction|embargo", re.IGNORECASE)
_VOTED = re.compile(r"vote|resolution|result|outcome", re.IGNORECASE)
# Sanctions or an intervention aimed at the acting party, anywhere in the article.
_AIMED_AT = re.compile(r"(?<![\w-])(?:sanctions|embargo|intervention|intervene)\s+(?:\w+\s+){0,2}?(?:on|against|in)"
                       r"\s+(?:the\s+)?$", re.IGNORECASE)
# Before a judgement: "did not welcome the sanctions", "did not say whether Beijing regarded the move as ...".
_UNSAID = re.compile(r"(?:(?<![\w-])(?:not|never|whether|if|without|short\s+of|refus\w*\s+to|declin\w*\s+to)|"
                     r"\w+n['\u2019]t)\s+(?:\w+\s+){0,3}?$", re.IGNORECASE)


def response_side(text: str, start: int, end: int, acting: str, mentions: Sequence[Mention],
                  vote_direction: Callable[[], str | None], headline: str = "") -> str | None:
    """The side ("condemning" or "supporting") that text[start:end] takes toward the event by approving or
    disapproving of the action or of a response to it, or None when it does neither or both.

    *vote_direction* returns the direction of the text the article's vote is on (see
    :func:`stance.votes.text_direction`), or None; it is called only for a judgement of a vote. *headline* is the
    article's headline (its first line when not given). For many statements of one article,
    :class:`ResponseReader` finds the article's measure words once.
    """
    return ResponseReader(text, acting, mentions, vote_direction, headline).side(start, end)


class ResponseReader:
    """:func:`response_side` for the statements of one article."""

    def __init__(self, text: str, acting: str, mentions: Sequence[Mention],
                 vote_direction: Callable[[], str | None], headline: str = "") -> None:
        self.text = text
        self.headline = headline or text[:max(text.find("\n"), 0)] or text[:200]
        self.acting = acting
        self.mentions = mentions
        self.vote_direction = vote_direction
        # The article's measure words, once: most statements hold none, and looking for them statement by
        # statement cost more than the rest of the rule.
        self.spans = _measures(text)
        self.starts = [span[0] for span in self.spans]

    def side(self, start: int, end: int) -> str | None:
        """The side text[start:end] takes (see :func:`response_side`)."""
        index = bisect.bisect_left(self.starts, start)
        spans = []
        while index < len(self.spans) and self.spans[index][0] < end:
            if self.spans[index][1] <= end:
                spans.append((self.spans[index][0] - start, self.spans[index][1] - start))
            index += 1
        if not spans:
            return None  # the usual case
        statement = self.text[start:end]
        found = set()
        for phrase_start, noun_start, noun_end, approves, passive in _judgements(statement, spans):
            noun = statement[noun_start:noun_end]
            whose = _whose(self.text, start + phrase_start, start + noun_start, start + noun_end, noun,
                           self.acting, self.mentions, self.vote_direction, passive, self.headline)
            if whose is not None:
                found.add("supporting" if approves == (whose == ACTION) else "condemning")
        return found.pop() if len(found) == 1 else None


def _judgements(statement: str, spans: Sequence[tuple[int, int]]) -> list[tuple[int, int, int, bool, bool]]:
    """(phrase start, noun start, noun end, approves, passive) for each measure word of the statement (*spans*,
    see :func:`_measures`) that it approves or disapproves of; passive when the judgement follows the measure
    ("the result was hailed", "the sanctions drew criticism from Moscow")."""
    found = []
    for noun_start, noun_end in spans:
        after = _PASSIVE_AFTER.match(statement, noun_end) or _DREW_AFTER.match(statement, noun_end)
        approves: bool | None = None if after is None else after.group("approve") is not None
        if after is None:
            judged = _JUDGED_AFTER.match(statement, noun_end)
            judgement = _JUDGEMENT.match(statement, judged.end()) if judged is not None else None
            approves = None if judgement is None else judgement.group("good") is not None
        if approves is not None:
            # the measure's own words before it: "Gabon's decision won praise", "The EU decision was ..."
            owner_words = _NAMES_BEFORE.search(statement, max(0, noun_start - 60), noun_start)
            if not _UNSAID.search(statement, max(0, noun_start - 40), noun_start):
                found.append((owner_words.start() if owner_words else noun_start, noun_start, noun_end,
                              approves, True))
            continue
        before = _judgement_before(statement, noun_start, noun_end)
        if before is not None and not _UNSAID.search(statement, max(0, before[0] - 40), before[0]):
            found.append((before[0], noun_start, noun_end, before[1], False))
    return found


def _measures(text: str) -> list[tuple[int, int]]:
    """(start, end) of each measure word in a text, in order ("sanctions"; "the British response": its noun)."""
    lower = lowered(text)
    if lower is None:  # lower-casing would move offsets ("\u0130"): the pattern over the text instead
        return [(m.start(), m.end()) for m in _NOUN_ANYWHERE.finditer(text)]
    spans = []
    for stem in _NOUN_STEMS:
        at = lower.find(stem)
        while at >= 0:
            if at == 0 or not (lower[at - 1].isalnum() or lower[at - 1] == "-"):
                noun = _NOUN_AT.match(text, at)
                if noun is not None:
                    spans.append((at, noun.end()))
            at = lower.find(stem, at + len(stem))
    return sorted(spans)


def _judgement_before(statement: str, noun_start: int, noun_end: int) -> tuple[int, bool] | None:
    """(start of the judging word, approves) when the words before a measure judge it: a verb of approval or
    disapproval ("welcomed the firm and rapid response"), a verb then a judgement after the measure ("described
    the expulsions as unjustified", "said the vote was part of a hostile campaign"); None otherwise. Between the
    verb and the measure: a determiner and up to four modifiers, no preposition or punctuation."""
    window_start = max(0, noun_start - 100)
    window = statement[window_start:noun_start]
    words = window.split()
    if window_start > 0 and words and not window[:1].isspace() and not statement[window_start - 1].isspace():
        words = words[1:]  # a word cut by the window
    position = len(window)
    starts = []
    for word in reversed(words):
        position = window.rfind(word, 0, position)
        starts.append(window_start + position)
    starts.reverse()
    modifiers = 0
    for index in range(len(words) - 1, -1, -1):
        word = words[index]
        bare = word.strip(_QUOTES).lower()
        judged = _judging_word(words, index, bare, statement, noun_end)
        if judged is not None:
            return starts[index], judged
        # not the judging word: a word of the measure's phrase, or nothing to find
        if bare in _STOPS or not _plain(word.strip(_QUOTES)):
            return None
        if bare in _DETERMINERS:  # it stands right after the verb
            if index == 0:
                return None
            bare = words[index - 1].strip(_QUOTES).lower()
            judged = _judging_word(words, index - 1, bare, statement, noun_end)
            return None if judged is None else (starts[index - 1], judged)
        if bare in _NOT_MODIFIERS or modifiers == 4:
            return None
        modifiers += 1
    return None


def _judging_word(words: list[str], index: int, bare: str, statement: str, noun_end: int) -> bool | None:
    """Whether words[index] approves (True) or disapproves (False) of the measure after it, None if it is not a
    judging word."""
    previous = words[index - 1].strip(_QUOTES).lower() if index > 0 else ""
    if bare in _APPROVE_VERBS:
        if bare == "back" and previous in _NOT_BACKING:
            return None
        return True
    if bare in _CARRY_OUT_VERBS:  # after its subject's name or an auxiliary: "Rome joined", "it would enforce"
        return True if previous in _OWN_ACT_BEFORE or (index > 0 and words[index - 1][:1].isupper()) else None
    if bare in _DISAPPROVE_VERBS:
        return False
    if bare in _PARTICLES:
        verbs, approves = _PARTICLES[bare]
        if previous in verbs:
            return approves
    if bare in _JUDGEMENT_PREPOSITIONS:
        # "regret at", "criticism of", "opposition to", "\"regret and concern\" at"
        if previous in _JUDGEMENT_NOUNS or (index > 2 and words[index - 2].lower() == "and"
                                            and words[index - 3].strip(_QUOTES).lower() in _JUDGEMENT_NOUNS):
            return False
    if bare in _JUDGING_VERBS:
        judgement = _JUDGEMENT.match(statement, noun_end)
        return None if judgement is None else judgement.group("good") is not None
    if bare in _SAYING_VERBS or (bare == "that" and previous in _SAYING_VERBS):
        copula = _COPULA.match(statement, noun_end)
        judgement = _JUDGEMENT.match(statement, copula.end()) if copula else None
        return None if judgement is None else judgement.group("good") is not None
    return None


def _plain(word: str) -> bool:
    """Whether a word can stand inside a measure's phrase (letters, digits, apostrophes, hyphens, the dots of
    "U.S.")."""
    return all(char.isalnum() or char in "'\u2019-." for char in word) \
        and not (word.endswith(".") and word.count(".") == 1)  # "U.S." is a word, "talks." ends a sentence


def _whose(text: str, phrase_start: int, noun_start: int, noun_end: int, noun: str, acting: str,
           mentions: Sequence[Mention], vote_direction: Callable[[], str | None], passive: bool,
           headline: str) -> str | None:
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
        if not _SANCTIONS.search(headline) or _named_aimed_at(text, acting, mentions):
            return RESPONSE
        return None
    if noun.lower().startswith("intervention"):
        return RESPONSE if _aimed_at_acting(text, noun_end, acting, mentions) else None
    if _VOTED.match(noun):
        if _acting_party_votes(text, headline, acting, mentions):
            return ACTION  # "Pristina votes to create an army": the vote is the event, not an answer to it
        direction = vote_direction()
        if direction is not None:
            return RESPONSE if direction == AGAINST else ACTION
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
            and _OWNER_AFTER.match(text, noun_end, mentions[index].start):
        return mentions[index].code
    return None


_POSSESSIVE = re.compile(r"['\u2019]s?(?![\w])")
# (only a vote to do something is the act: "Russia votes against UN resolution" answers someone else's text)
_VOTES_AFTER = re.compile(r"\s+(?:\w+ly\s+)?(?:votes?|voted)\s+to(?![\w-])", re.IGNORECASE)


def _acting_party_votes(text: str, headline: str, acting: str, mentions: Sequence[Mention]) -> bool:
    """Whether the article's first line has the acting party vote to do something ("Pristina votes to create an
    army")."""
    start = text.find(headline, 0, 2000) if headline else -1
    if start < 0 or "vot" not in headline.lower():
        return False
    end = start + len(headline)
    return any(m.code == acting and start <= m.start and m.end <= end and _VOTES_AFTER.match(text, m.end, end)
               for m in mentions[:bisect.bisect_left(mentions, end, key=lambda m: m.start)])


def _aimed_at_acting(text: str, noun_end: int, acting: str, mentions: Sequence[Mention]) -> bool:
    """Whether the acting party is named right after an intervention ("any armed intervention in Niger")."""
    index = bisect.bisect_left(mentions, noun_end, key=lambda m: m.start)
    return index < len(mentions) and mentions[index].code == acting and mentions[index].start - noun_end <= 20 \
        and _AIMED_AT.search(text, max(0, noun_end - 40), mentions[index].start) is not None


def _named_aimed_at(text: str, acting: str, mentions: Sequence[Mention]) -> bool:
    """Whether the article names sanctions or an embargo on or against the acting party."""
    for mention in mentions:
        if mention.code == acting:
            aimed = _AIMED_AT.search(text, max(0, mention.start - 40), mention.start)
            if aimed is not None and _SANCTIONS.match(aimed.group()):
                return True
    return False

