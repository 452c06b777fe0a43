"""The acting party as the article's body shows it: the actor its reactions are aimed at.

The headline names the acting party most of the time (:func:`stance.actors.principal_actor`), but a headline
is written to catch the eye: "Anger in Beijing, calm in Washington as Japan starts releasing ..." or "Pakistan
answers India with nuclear blasts" name the reacting capitals or the earlier actor first, and many headlines
("Batons in Catalonia, careful words in Europe") name no actor at all. The body is plainer. Whatever the
reactions' wording, their object is the party that acted: others "urged Tokyo to halt", "accused New Delhi of",
demand that it "must withdraw"; they speak of "Canberra's refusal", "the Indian decision", "the seizure by
Iran"; it "was accused by" or "was urged by" them. :func:`aimed_at` counts such mentions in the body, actor by
actor, and :func:`reconciled` lets a clear count overrule the headline's reading or fill its silence.

A count is evidence only when it is clear: three mentions at least, two more than the headline's own choice
has, and no tie at the top. Calls for restraint or for the law of war are not counted (they are made of the side
attacked as often as of the attacker), nor a demonym that names people ("urged British nationals to leave");
solidarity ("solidarity with Georgetown") counts against an actor being the one that acted. The acting party's
own accusations of its target can outnumber everyone's words aimed at it ("Beijing accused Taiwan of
provoking ..."), so a headline that opens with its acting party ("China launches drills around Taiwan") is not
overruled (see ``stance.classify._extract``).

Nor is a headline whose acting party is an armed group that is no state (:func:`armed_group_acts`): words aimed
at the group count for no actor, and the body's count would name the side it attacked.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from stance._paths import read_sections
from stance.actors import DEPOSED_CODE, NOT_PRINCIPAL, Mention

# Reactions aimed at an actor, in the words right before its mention: "urged Tokyo", "accused New Delhi",
# "demanded that the United States", "condemnation of Israel", "the seizure by Iran" (an act noun, its agent after
# "by"). The words are looked up, not matched by a pattern anchored at the mention: such a pattern is tried at
# every position of the window, ~15 us a mention, and an article has forty.
_AIMING_VERBS = frozenset(
    form for stem, forms in (
        ("urg", "e es ed ing"), ("accus", "e es ed ing"), ("denounc", "e es ed ing"), ("rebuk", "e es ed ing"),
        ("blam", "e es ed ing"), ("implor", "e es ed ing"), ("chastis", "e es ed ing"), ("castigat", "e es ed ing"),
        ("censur", "e es ed ing"), ("criticis", "e es ed ing"), ("criticiz", "e es ed ing"),
        ("condemn", "_ s ed ing"), ("warn", "_ s ed ing"), ("lambast", "_ s ed ing"), ("press", "_ es ed ing"),
        ("reproach", "_ es ed ing"), ("admonish", "_ es ed ing"), ("slam", "_ s med ming"),
    ) for form in (stem + ending.strip("_") for ending in forms.split()))
_AIMING_PAIRS = frozenset({("call", "on"), ("calls", "on"), ("called", "on"), ("calling", "on"), ("appeal", "to"),
                           ("appealed", "to"), ("appeals", "to"), ("appealing", "to"), ("demanded", "that"),
                           ("demands", "that"), ("demanding", "that"), ("demand", "that")}
                          | {(noun, "of") for noun in ("condemnation", "criticism", "rebuke", "censure", "disapproval",
                                                       "denunciation")})
_ACTS_BY = frozenset("decision move action actions operation offensive strike strikes attack attacks test tests "
                     "seizure annexation invasion incursion crackdown expulsion withdrawal ban detention arrest arrests "
                     "recognition raid raids discharge decree shelling bombing occupation takeover deployment veto "
                     "proclamation execution killing blockade".split())  # (as _ACT_NOUNS: no "measures" or "steps")
_ACT_PARTICIPLES = frozenset({"carried", "out", "taken", "announced", "ordered", "made", "launched"})
# Solidarity with an actor ("solidarity with Georgetown", "stood with Kyiv"): the side acted against, as a rule.
_WITH_PAIRS = frozenset({("solidarity", "with"), ("sympathy", "for"), ("sympathy", "with"), ("condolences", "to"),
                         ("stand", "with"), ("stands", "with"), ("stood", "with")})
# Every word that can end the words before a mention that _aimed_before or _WITH_PAIRS look for.
_LAST_WORDS = _AIMING_VERBS | {pair[1] for pair in _AIMING_PAIRS | _WITH_PAIRS} | {"by", "the", "of"}


def _aimed_before(words: list[str]) -> bool:
    """Whether the words before a mention (lower case, without "the") aim a reaction at it."""
    last = words[-1]
    if last in _AIMING_VERBS:
        return True
    if len(words) < 2:
        return False
    if (words[-2], last) in _AIMING_PAIRS:
        return True
    if last != "by":
        return False
    # "the seizure by", "the strikes carried out by", "the decision announced by"
    for word in reversed(words[-4:-1]):
        if word in _ACTS_BY:
            return True
        if word not in _ACT_PARTICIPLES:
            return False
    return False


# Nouns of an act, after a possessive or a demonym: "Canberra's refusal", "Japan's decision", "the Indian tests"
# (not a plan, a law, a vote or a policy, which anyone has: "China's peace plan", "illegal under Israeli law").
_ACT_NOUNS = (r"decision|move|moves|action|actions|conduct|refusal|handling|treatment|behaviou?r|operation|offensive|"
              r"strikes?|attacks?|tests?|seizure|annexation|invasion|incursions?|crackdown|expulsion|withdrawal|ban|"
              r"detention|arrests?|recognition|referendum|raids?|discharge|decree|launch|shelling|bombing|occupation|"
              r"takeover|deployment|veto|proclamation|execution|killing|exit|blockade")
# After an actor's mention: its act ("'s decision", "'s nuclear tests"), a demand on it ("must withdraw", "has to
# halt"; a bare "to halt" follows any verb: "forced Ukraine to withdraw"), or a reaction aimed at it in the passive
# ("was accused by", "has been urged to").
_AIMED_AFTER = re.compile(
    r"(?:['\u2019]s\s+(?:[\w-]+\s+)?(?:" + _ACT_NOUNS + r")"
    r"|\s+(?:must|should|had\s+to|has\s+to|needed\s+to|needs\s+to)\s+(?:also\s+|now\s+|immediately\s+|at\s+once\s+)?"
    r"(?:stop|halt|end|reverse|withdraw|release|cease|refrain|abandon|rescind|revoke|pull|free|lift|comply|hand|"
    r"desist|back\s+down|step\s+down|return|suspend|scrap|drop|undo)"
    r"|\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are|stands?|stood)\s+"
    r"(?:also\s+|sharply\s+|strongly\s+|widely\s+)?(?:accused|urged|critici[sz]ed|condemned|denounced|rebuked|"
    r"censured|called\s+on|pressed|blamed|warned|told\s+to|asked\s+to|chastised|castigated|slammed|lambasted|"
    r"admonished))(?![\w-])", re.IGNORECASE)
# A reacting party's own measure is no act of the event: "Mexico's decision to break off relations".
_OWN_MEASURE = re.compile(r"['\u2019]s\s+(?:decision|move)\s+to\s+(?:break|cut|sever|recall|expel|impose|summon|suspend|"
                          r"take|close|freeze|downgrade)(?![\w-])", re.IGNORECASE)
# A call for restraint or for the law of war is most often made of the side attacked: "urged Israel to act with
# restraint", "Israel should respect international humanitarian law".
_RESTRAINT = re.compile(r"restraint|humanitarian\s+law|proportion|de-?escalat|calm", re.IGNORECASE)
# A demonym that names people, not their state: "urged British nationals to leave", "Americans were told to ...".
_PEOPLE_AFTER = re.compile(r"\s+(?:nationals|citizens|residents|people|tourists|travel+ers|expatriates|passport\s+holders)"
                           r"(?![\w-])", re.IGNORECASE)
# A headline's passive drops its auxiliary: "Minsk accused of 'hybrid attack' as ...", "Tehran urged to free ...".
_HEADLINE_PASSIVE = re.compile(r"\s+(?:accused|urged|critici[sz]ed|condemned|denounced|rebuked|censured|pressed|blamed|"
                               r"warned|told|slammed|lambasted)\s+(?:of|to|over|for)(?![\w-])", re.IGNORECASE)
_DEMONYM_ACT = re.compile(r"\s+(?:" + _ACT_NOUNS + r")(?![\w-])", re.IGNORECASE)
# How far before a mention the words aimed at it may start.
_REACH_BEFORE = 50
# The evidence that overrules the headline: at least this many mentions aimed at one actor ...
MIN_AIMED = 3
# ... and this many more than at the actor the headline gives.
MARGIN = 2


def aimed_at(text: str, mentions: Sequence[Mention], body_start: int = 0) -> Counter[str]:
    """Per actor code, how many of its mentions in ``text[body_start:]`` reactions are aimed at, less those
    that others stand with. Groups and the UN's bodies are never counted (they are never the acting party), nor a
    demonym that names people ("British nationals"), nor a call for restraint."""
    counts: Counter[str] = Counter()
    for mention in mentions:
        if mention.code in NOT_PRINCIPAL or mention.code == DEPOSED_CODE:
            continue
        if mention.start < body_start:
            if _HEADLINE_PASSIVE.match(text, mention.end, body_start):
                counts[mention.code] += 1
            continue
        if mention.kind == "demonym" and (mention.text.endswith("s") or _PEOPLE_AFTER.match(text, mention.end)):
            continue
        # The words before the mention, without "the" (the first dropped when the window cuts it); only when the
        # word right before it can end what is looked for (most mentions follow "in", "and", "said" or a comma).
        window = mention.start - _REACH_BEFORE
        words = [word for word in text[max(0, window):mention.start].lower().split()[1 if window > 0 else 0:]
                 if word != "the"] if _word_before(text, mention.start) in _LAST_WORDS else []
        if (words and _aimed_before(words)) or (_AIMED_AFTER.match(text, mention.end)
                                                and not _OWN_MEASURE.match(text, mention.end)) or (
                mention.kind == "demonym" and _DEMONYM_ACT.match(text, mention.end)):
            if _RESTRAINT.search(text, mention.end, _sentence_end(text, mention.end)):
                continue
            counts[mention.code] += 1
        elif len(words) >= 2 and ((words[-2], words[-1]) in _WITH_PAIRS or (
                words[-2:] == ["people", "of"] and len(words) >= 4 and (words[-4], words[-3]) in _WITH_PAIRS)):
            counts[mention.code] -= 1
    return counts


def _word_before(text: str, position: int) -> str:
    """The word that ends right before *position* (and a space), in lower case; "" when there is none."""
    end = position - 1
    if end <= 0 or text[end] != " ":
        return ""
    start = text.rfind(" ", 0, end) + 1
    return text[start:end].lower()


def _sentence_end(text: str, position: int) -> int:
    """Where the sentence holding *position* ends (at most 150 characters on: bounded work)."""
    limit = min(len(text), position + 150)
    stop = text.find(". ", position, limit)
    return stop if stop >= 0 else limit


def reconciled(principal: str | None, aimed: Counter[str]) -> str | None:
    """The acting party: *principal* (the headline's reading, or None), unless the body's reactions are aimed
    clearly at another actor (see :data:`MIN_AIMED`, :data:`MARGIN`)."""
    ranked = aimed.most_common(2)
    if not ranked:
        return principal
    top, count = ranked[0]
    if top == principal or count < MIN_AIMED or (len(ranked) > 1 and ranked[1][1] == count):
        return principal
    return top if count >= aimed.get(principal or "", 0) + MARGIN else principal


def _armed_group_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """The pattern of an armed group at a headline's subject (from ``data/armed_groups.txt``), and of what may
    open a headline before its subject (a label, "The")."""
    sections = read_sections("data/armed_groups.txt")
    names = sorted(sections.get("names", []), key=len, reverse=True)
    nouns = sorted(sections.get("nouns", []), key=len, reverse=True)
    noun = "(?:" + "|".join(re.escape(n) for n in nouns) + ")"
    # The group's name (with its capitals), then a noun for its men ("Houthi rebels"), or a noun alone ("Gunmen");
    # a possessive may follow ("Hamas's attack").
    group = re.compile(r"(?:(?:" + "|".join(re.escape(n) for n in names) + r")(?:\s+" + noun + r")?"
                       r"|(?i:" + noun + r"))(?![\w-])(?:['\u2019]s?)?\s+", re.UNICODE)
    return group, re.compile(r"\s*(?:[A-Za-z]+\s*:\s*)?(?:[Tt]he\s+)?")


_ARMED_GROUP, _OPENING = _armed_group_patterns()
# What follows a group that something was done to, or one of its people: "Hamas leader killed in Tehran",
# "Houthi targets struck", "Rebels' leader arrested".
_NOT_ITS_ACT = re.compile(r"(?:leaders?|chief|commanders?|officials?|spokes(?:man|woman|person)|founder|"
                          r"political|positions?|targets?|bases?|camps?|hideouts?|strongholds?|[a-z]+ed)(?![\w-])")


def armed_group_acts(headline: str, mentions: Sequence[Mention]) -> bool:
    """Whether *headline* opens with an armed group that is no state as the subject of its act: "Hezbollah
    fighters take control of west Beirut", "Yemen's Houthis seize cargo ship", "Syrian rebels shell Aleppo",
    "Gunmen storm Fiji parliament" (names and nouns in ``data/armed_groups.txt``).

    Such an article's acting party is no state, and the state named after the group is most often the one
    attacked. A name the alias file resolves (the Taliban while they govern) is a state's mention, not a group's.
    Only a group at the opening counts, or right after a country's possessive or demonym: elsewhere the group is as
    often the one acted against ("Israel strikes Hamas leaders in Doha").
    """
    opening = _OPENING.match(headline)
    position = opening.end() if opening else 0
    first = next((m for m in mentions if m.end > position), None)
    if first is not None and first.start == position:
        after = headline[first.end:first.end + 3]
        if not (first.kind == "demonym" or after.startswith(("'s ", "\u2019s "))):
            return False
        position = first.end + (2 if after.startswith(("'s", "\u2019s")) else 0)
        position += len(headline[position:]) - len(headline[position:].lstrip())
        first = next((m for m in mentions if m.start >= position), None)
    group = _ARMED_GROUP.match(headline, position)
    if group is None or (first is not None and first.start < group.end()):
        return False
    following = headline[group.end():]
    return bool(following[:1].islower()) and not _NOT_ITS_ACT.match(following)
