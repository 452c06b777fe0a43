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
has, and no tie at the top. The same words aimed at the victim ("urged Kyiv to show restraint"), and the acting
party's own accusations of the victim, are rarer than everyone else's words aimed at the actor; solidarity
("solidarity with Georgetown") counts against an actor being the one that acted.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from stance.actors import DEPOSED_CODE, NOT_PRINCIPAL, Mention

# Reactions aimed at an actor, right before its mention: "urged Tokyo", "accused New Delhi", "demanded that the
# United States", "condemnation of Israel", "the seizure by Iran" (an act noun, its agent after "by").
_AIMED_BEFORE = re.compile(
    r"(?:(?<![\w-])(?:urg(?:ed|es|ing)|call(?:ed|s|ing)?\s+on|press(?:ed|es|ing)|accus(?:ed|es|ing)|"
    r"condemn(?:ed|s|ing)|critici[sz](?:ed|es|ing)|denounc(?:ed|es|ing)|rebuk(?:ed|es|ing)|appeal(?:ed|s|ing)\s+to|"
    r"blam(?:ed|es|ing)|demand(?:ed|s|ing)\s+that|implor(?:ed|es|ing)|chastis(?:ed|es|ing)|castigat(?:ed|es|ing)|"
    r"censur(?:ed|es|ing)|warn(?:ed|s|ing)|slam(?:med|s|ming)|lambast(?:ed|s|ing)|reproach(?:ed|es|ing)|"
    r"admonish(?:ed|es|ing)|(?:condemnation|criticism|rebuke|censure|disapproval|denunciation)\s+of)"
    r"|(?<![\w-])(?:decision|move|action|actions|operation|offensive|strikes?|attacks?|tests?|seizure|annexation|"
    r"invasion|incursion|crackdown|expulsion|withdrawal|ban|detention|arrests?|recognition|raids?|discharge|decree|"
    r"shelling|bombing|occupation|takeover|deployment|measures|steps?|veto|proclamation|execution|killing|blockade)"
    r"\s+(?:(?:carried\s+out|taken|announced|ordered|made|launched)\s+)?by)"
    r"\s+(?:the\s+)?$", re.IGNORECASE)
# Nouns of an act, after a possessive or a demonym: "Canberra's refusal", "Japan's decision", "the Indian tests".
_ACT_NOUNS = (r"decision|move|moves|action|actions|conduct|refusal|handling|stand|stance|treatment|behaviou?r|"
              r"operation|offensive|strikes?|attacks?|tests?|seizure|annexation|invasion|incursions?|crackdown|"
              r"expulsion|withdrawal|ban|law|detention|arrests?|recognition|referendum|raids?|discharge|decree|order|"
              r"plan|launch|shelling|bombing|occupation|takeover|deployment|measures|steps?|vote|veto|policy|"
              r"proclamation|sentence|execution|killing|exit|blockade")
# After an actor's mention: its act ("'s decision", "'s nuclear tests"), a demand on it ("to halt", "must
# withdraw"), or a reaction aimed at it in the passive ("was accused by", "has been urged to").
_AIMED_AFTER = re.compile(
    r"(?:['\u2019]s\s+(?:[\w-]+\s+)?(?:" + _ACT_NOUNS + r")"
    r"|\s+(?:to|must|should|had\s+to|has\s+to|needed\s+to|needs\s+to)\s+(?:immediately\s+|at\s+once\s+)?"
    r"(?:stop|halt|end|reverse|withdraw|release|cease|refrain|abandon|rescind|revoke|pull|free|lift|comply|hand|"
    r"desist|back\s+down|step\s+down|respect|return|suspend|scrap|drop|undo|exercise)"
    r"|\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are|stands?|stood)\s+"
    r"(?:also\s+|sharply\s+|strongly\s+|widely\s+)?(?:accused|urged|critici[sz]ed|condemned|denounced|rebuked|"
    r"censured|called\s+on|pressed|blamed|warned|told\s+to|asked\s+to|chastised|castigated|slammed|lambasted|"
    r"admonished))(?![\w-])", re.IGNORECASE)
# A headline's passive drops its auxiliary: "Minsk accused of 'hybrid attack' as ...", "Tehran urged to free ...".
_HEADLINE_PASSIVE = re.compile(r"\s+(?:accused|urged|critici[sz]ed|condemned|denounced|rebuked|censured|pressed|blamed|"
                               r"warned|told|slammed|lambasted)\s+(?:of|to|over|for)(?![\w-])", re.IGNORECASE)
_DEMONYM_ACT = re.compile(r"\s+(?:" + _ACT_NOUNS + r")(?![\w-])", re.IGNORECASE)
# Solidarity with an actor: the side acted against, as a rule.
_WITH_BEFORE = re.compile(r"(?:solidarity\s+with|sympathy\s+(?:for|with)|condolences\s+to|stands?\s+with|stood\s+with)"
                          r"\s+(?:the\s+)?(?:people\s+of\s+)?$", re.IGNORECASE)

# How far before a mention the words aimed at it may start.
_REACH_BEFORE = 60
# The evidence that overrules the headline: at least this many mentions aimed at one actor ...
MIN_AIMED = 3
# ... and this many more than at the actor the headline gives.
MARGIN = 2


def aimed_at(text: str, mentions: Sequence[Mention], body_start: int = 0) -> Counter[str]:
    """Per actor code, how many of its mentions in ``text[body_start:]`` reactions are aimed at, less those
    that others stand with. Groups and the UN's bodies are never counted (they are never the acting party)."""
    counts: Counter[str] = Counter()
    for mention in mentions:
        if mention.code in NOT_PRINCIPAL or mention.code == DEPOSED_CODE:
            continue
        if mention.start < body_start:
            if _HEADLINE_PASSIVE.match(text, mention.end, body_start):
                counts[mention.code] += 1
            continue
        window = max(0, mention.start - _REACH_BEFORE)
        if _AIMED_AFTER.match(text, mention.end) or _AIMED_BEFORE.search(text, window, mention.start) or (
                mention.kind == "demonym" and _DEMONYM_ACT.match(text, mention.end)):
            counts[mention.code] += 1
        elif _WITH_BEFORE.search(text, window, mention.start):
            counts[mention.code] -= 1
    return counts


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
