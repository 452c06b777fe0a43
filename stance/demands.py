"""A demand on the acting party to stop or undo its action: condemnation, whatever the action is.

The labels' definition counts "a call on the acting party to halt" as condemning. The model mostly learns it,
but not where the action is itself a measure against someone: "the Assembly demanded that the United States lift
its embargo on Cuba" reads like the many calls to lift sanctions on a target, which support the target. When the
article's acting party is known, :func:`demands_halt` finds such a demand in a statement by anyone else (a
demand verb, the acting party named right after it, and a verb of stopping or undoing; or the acting party and a
modal, "should cease", or a passive, "was urged to withdraw"), and the classifier puts
the statement's clear-side probability on condemning (``stance.classify._read_in_context``).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from stance.actors import Mention

# "demanded ... that (the)", "urged", "called on", "pressed", "asked", "told": right before the acting party.
_DEMAND_BEFORE = re.compile(r"(?<![\w-])(?:demand\w*|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+on|press(?:es|ed|ing)?|"
                            r"ask(?:s|ed|ing)?|told|tell(?:s|ing)?)(?:\s+[^.;:\"\u201c\u201d]{0,50}?\s+that)?"
                            r"\s+(?:that\s+)?(?:the\s+)?$", re.IGNORECASE)
_HALT_VERBS = (r"(?:immediately\s+|at\s+once\s+)?(?:halt|stop|end|cease|lift|withdraw|reverse|rescind|revoke|abandon|"
               r"pull\s+(?:back|out)|release|free|back\s+down|scrap|call\s+off)(?![\w-])")
# After the acting party: "to halt", "lift its embargo", "it must withdraw", "to immediately release".
_HALT_AFTER = re.compile(r"(?:['\u2019]s\s+\w+\s+)?(?:\s+(?:it|they))?\s*(?:to\s+|should\s+|must\s+)?" + _HALT_VERBS,
                         re.IGNORECASE)
# A modal says it is a demand whatever verb reports it: "said Venezuela should cease any action", "insisted
# Moscow must withdraw", "Russian troops must now withdraw", "Moscow needs to pull back".
_MODAL_HALT = re.compile(r"(?:\s+(?:troops|forces|military|army|navy|government|authorities))?\s+(?:should|must|needs\s+to|"
                         r"has\s+to|have\s+to|ought\s+to)\s+(?:(?:also|now|immediately|completely|fully|and)\s+)*"
                         r"(?!stop\s+at\s+nothing)" + _HALT_VERBS, re.IGNORECASE)
# ... unless the words before deny or question it: "did not believe Russia should withdraw", "questioned whether",
# "dismissed the idea that", "nobody had the right to insist".
_DOUBT_BEFORE = re.compile(r"(?<![\w-])(?:not|never|whether|if|idea|nobody|no\s+one|question\w*|doubt\w*|dismiss\w*|"
                           r"reject\w*)(?![\w-])|n['\u2019]t(?![\w-])", re.IGNORECASE)
# A demand in the passive, the acting party its subject: "Indonesia was urged by her office to release ...",
# "Moscow has been called on to withdraw".
_PASSIVE_HALT = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s+(?:[\w-]+ly\s+)?(?:urged|"
                           r"called\s+on|pressed|asked|told|implored)(?:\s+by\s+[^,.;:]{1,60}?)?\s+to\s+" + _HALT_VERBS,
                           re.IGNORECASE)


# A call for someone's release, the acting party unnamed: "calls for the immediate release of the two men". Whoever
# holds them is the one asked to undo what it did; in a story about an actor's action, that is the actor.
_RELEASE_CALL = re.compile(r"(?<![\w-])(?:call(?:s|ed|ing)?\s+for|demand(?:s|ed|ing)?|urg(?:e|es|ed|ing)|press(?:es|ed|ing)?"
                           r"\s+for|seek(?:s|ing)?|sought)\s+(?:the\s+)?(?:(?:immediate|swift|prompt|speedy|early|"
                           r"unconditional|urgent)\s+(?:and\s+)?)*release\s+of(?![\w-])", re.IGNORECASE)


# Who is released: people, named or by what they are ("the two Canadian citizens", "Michael Kovrig", "all
# political prisoners"), not aid or a report.
_DETAINED = re.compile(r"\s+(?:(?:the|all|its|their|his|her|our|two|three|four|five|six|seven|eight|nine|ten|\d+|other|"
                       r"remaining|detained|jailed|imprisoned|political|arrested)\s+){0,4}(?:[A-Z][\w-]*\s+)?"
                       r"(?:(?:detainees|prisoners|hostages|journalists|reporters|activists|dissidents|men|women|citizens|"
                       r"nationals|sailors|crew|crews|politicians|opposition|leaders?|workers|students|protesters|"
                       r"[A-Z][a-z]+(?:ians|ans|ese|is))(?![\w-])|(?:Mr|Ms|Mrs|Dr)\.?\s|[A-Z][a-z]+\s+[A-Z][a-z]+)")
# A holder named for them: "the hostages held by Hamas" are not the acting party's to release.
_HELD_BY = re.compile(r"(?<![\w-])(?:held|taken|kidnapped|abducted|seized|captured|detained)\s+by(?![\w-])",
                      re.IGNORECASE)


def demands_halt(text: str, start: int, end: int, speaker: str, acting: str,
                 mentions: Sequence[Mention]) -> bool:
    """Whether text[start:end], a statement by *speaker*, demands that the acting party stop or undo something
    ("urged Moscow to halt", "demanded ... that the United States lift its embargo", "called for the release
    of the detained journalists")."""
    if speaker == acting:
        return False
    release = _RELEASE_CALL.search(text, start, end)
    if release and _DETAINED.match(text, release.end(), end) and not _HELD_BY.search(text, release.end(),
                                                                                       min(end, release.end() + 120)):
        return True
    first = bisect.bisect_left(mentions, start, key=lambda m: m.start)
    for index in range(first, len(mentions)):
        mention = mentions[index]
        if mention.start >= end:
            return False
        if mention.code != acting:
            continue
        modal = _MODAL_HALT.match(text, mention.end, end) is not None and not _DOUBT_BEFORE.search(
            text, max(start, mention.start - 60), mention.start)
        if modal or _PASSIVE_HALT.match(text, mention.end, end) or (
                _HALT_AFTER.match(text, mention.end, end)
                and _DEMAND_BEFORE.search(text, max(start, mention.start - 80), mention.start)):
            return True
    return False
