"""Articles in, actor positions out: extraction, actor resolution, the model, and aggregation joined up.

Statements of many articles are classified in one batch (the vectoriser and the linear model are much
faster per statement on a batch than one at a time); output order is always input order.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import replace
from itertools import islice
from typing import Any

import numpy as np

from stance.acting import aimed_at, armed_group_acts, reconciled
from stance.actors import (DEPOSED_CODE, EVENT_CLAUSE, ActorResolver, Mention, default_resolver, principal_actor,
                           read_with_roles, visited, with_unnamed_forces, without_deposed)
from stance.aggregate import CONDEMNING, SUPPORTING, ActorPosition, ClassifiedStatement, aggregate, decide
from stance.alignment import aligned_with
from stance.articles import Article, ArticleError
from stance.extract import Statement, extract_statements
from stance.model import LABELS, ROLES_COLUMN
from stance.demands import demands_halt
from stance.responses import ResponseReader
from stance.votes import may_vote, side_of_vote, text_direction, vote_of

# Articles whose statements go to the model in one predict_proba call: each call has a fixed cost (~3 ms: the
# frame, the pipeline's checks), so 1,024 measured ~2-3% more articles per second than 256 (bench_classify,
# alternated); ~15,000 statements of ~600-word articles a batch, a few MB, and the first result after ~1 s.
BATCH_ARTICLES = 1024
# Cue verbs that, in a headline, are the event itself rather than someone's reaction to it.
_ACT_CUE = re.compile(r"recogni[sz]|impos|sanction|suspend|ban", re.IGNORECASE)


def classify_statements(model: Any, statements: list[Statement], principal: Sequence[str | None] | None = None,
                        mentions: Sequence[Sequence[Mention]] | None = None) -> list[ClassifiedStatement]:
    """Label each statement with the model.

    *principal* gives, per statement, the code of the actor whose action its article is about; a statement
    by that actor is marked ``speaker_is_actor`` for the model (its own words about its own action), one
    by anyone else ``speaker_is_other``; with no principal actor known, neither. *mentions* gives, per
    statement, the actor mentions of its article (sorted by offset); with a principal actor, the model then
    reads each statement with its mentions marked by role, after words for who speaks about whom
    (:func:`stance.actors.read_with_roles`).
    """
    if not statements:
        return []
    import pandas as pd

    principal = principal or [None] * len(statements)
    roles = [""] * len(statements)
    if mentions is not None:
        roles = [_with_roles(s, p, m) for s, p, m in zip(statements, principal, mentions)]
    frame = pd.DataFrame({
        "text": [s.text for s in statements],
        "speaker_is_actor": [float(p is not None and s.actor_code == p) for s, p in zip(statements, principal)],
        "speaker_is_other": [float(p is not None and s.actor_code != p) for s, p in zip(statements, principal)],
        ROLES_COLUMN: roles,
    })
    return [ClassifiedStatement(statement, best, probabilities[best], probabilities)
            for statement, (best, probabilities) in zip(statements, labelled(model, frame))]


def _with_roles(statement: Statement, principal: str | None, mentions: Sequence[Mention]) -> str:
    if principal is None:
        return ""
    first = bisect.bisect_left(mentions, statement.start, key=lambda m: m.start)
    last = bisect.bisect_left(mentions, statement.end, lo=first, key=lambda m: m.start)
    return read_with_roles(statement.text, mentions[first:last], (principal,), statement.actor_code,
                           statement.start)


def labelled(model: Any, inputs: Any) -> list[tuple[str, dict[str, float]]]:
    """(label, probabilities by label) for each input of ``model.predict_proba``, in input order."""
    proba = model.predict_proba(inputs)
    columns = [list(model.classes_).index(label) for label in LABELS]
    rounded = _rounded(proba[:, columns], 4)
    # The first label of the highest rounded probability, as max() over the row's dict would pick.
    best = np.asarray(rounded, dtype=np.float64).reshape(len(proba), len(LABELS)).argmax(axis=1).tolist()
    values = iter(rounded)
    rows = zip(*[values] * len(LABELS))  # consecutive groups of len(LABELS)
    return [(LABELS[index], dict(zip(LABELS, row))) for index, row in zip(best, rows)]


def _rounded(values: Any, digits: int) -> list[float]:
    """``round(v, digits)`` of every value (row by row), as Python floats, computed for the whole array at once.

    Python's round rounds the exact binary value to *digits* decimals and returns the float nearest that
    decimal; ``rint(v * 10**digits) / 10**digits`` returns the same float (the division of two exact
    integers is correctly rounded) unless the product's own rounding moved it across a tie (``k + 0.5``):
    values that close to a tie, and huge or non-finite ones, are rounded by Python instead. Tested against
    round() on ties and random values.
    """
    values = np.asarray(values, dtype=np.float64).ravel()
    scale = 10.0 ** digits
    scaled = values * scale
    out = (np.rint(scaled) / scale).tolist()
    # The product is off by at most half a unit in its last place, under 1e-6 below 2**32.
    with np.errstate(invalid="ignore"):  # inf - inf: not finite, rounded by Python below
        near_tie = np.abs(scaled - np.floor(scaled) - 0.5) < 1e-6
    for index in np.flatnonzero(near_tie | ~(np.abs(scaled) < 2.0 ** 32)).tolist():
        out[index] = round(float(values[index]), digits)
    return out


def predict_texts(model: Any, texts: list[str], explain: bool = False) -> list[dict[str, Any]]:
    """One row per bare statement, in input order, in the JSON Lines contract of ``stance predict``:
    ``{"text", "stance", "confidence", "probabilities"}`` (and ``"explanation"`` with *explain*)."""
    explanations = model.explain(texts) if explain else None
    rows = []
    for i, (text, (best, probabilities)) in enumerate(zip(texts, labelled(model, texts))):
        row: dict[str, Any] = {"text": text, "stance": best, "confidence": probabilities[best],
                               "probabilities": probabilities}
        if explanations is not None:
            row["explanation"] = explanations[i]
        rows.append(row)
    return rows


def classify_article(article: Article | str, model: Any = None, resolver: ActorResolver | None = None
                     ) -> list[ActorPosition]:
    """The position of every actor in one article (an :class:`Article` or plain text)."""
    if isinstance(article, str):
        from stance.articles import make_article

        article = make_article("<text>", article)
    return next(classify_articles([article], model, resolver))[1]


def classify_articles(articles: Iterable[Article | ArticleError], model: Any = None,
                      resolver: ActorResolver | None = None, batch_articles: int = BATCH_ARTICLES
                      ) -> Iterator[tuple[Article | ArticleError, list[ActorPosition]]]:
    """Yield ``(article, positions)`` for each input, in input order; an ArticleError gets no positions."""
    if model is None:
        from stance.model import load_model

        model = load_model()[0]
    resolver = resolver or default_resolver()
    iterator = iter(articles)
    while True:
        batch = list(islice(iterator, batch_articles))
        if not batch:
            return
        extracted, principals, article_mentions, alignments = [], [], [], []
        for article in batch:
            statements, principal, mentions, aligned = _extract(article, resolver)
            extracted.append(statements)
            alignments.append(aligned)
            principals.extend([principal] * len(statements))
            article_mentions.extend([mentions] * len(statements))
        flat = [s for statements in extracted for s in statements]
        classified = iter(classify_statements(model, flat, principals, article_mentions))
        offset = 0
        for article, statements, aligned in zip(batch, extracted, alignments):
            items = [next(classified) for _ in statements]
            principal = principals[offset] if statements else None
            if isinstance(article, Article) and items:
                items = in_context(items, article, principal, article_mentions[offset], aligned)
            offset += len(statements)
            positions = aggregate(article.id, items, resolver.name) if isinstance(article, Article) else []
            yield article, positions


def in_context(items: list[ClassifiedStatement], article: Article, principal: str | None,
               mentions: Sequence[Mention], aligned: dict[int, list[str]]) -> list[ClassifiedStatement]:
    """An article's classified statements read in its context: where its acting party is known, votes, demands
    and responses (:func:`_read_in_context`); then statements that stand with another actor
    (:func:`_standing_with`). *principal*, *mentions* and *aligned* are what :func:`_extract` gives."""
    if principal is not None:
        items = _read_in_context(items, article.text, mentions, principal, article.title or "")
    return _standing_with(items, aligned, principal) if aligned else items


def _read_in_context(items: list[ClassifiedStatement], text: str, mentions: Sequence[Mention],
                     principal: str, headline: str = "") -> list[ClassifiedStatement]:
    """*items*, each put on the side its article gives it where the words alone cannot say: a vote on a text
    whose direction the article states (:mod:`stance.votes`), a demand that the acting party stop or undo
    its action (:mod:`stance.demands`), and approval or disapproval of a response to the action rather than
    the action itself (:mod:`stance.responses`). The statement's probability of the side the model preferred
    moves to that side, and its label is the likeliest after the move, unless that is "ambiguous" at under
    :data:`_HEDGED`: a statement the model reads as at least half hedged stays ambiguous, one it is unsure of
    takes the side its words give it."""
    votes = [vote_of(item.statement.text, item.statement.cue, _names_of_speaker(item.statement, mentions))
             if may_vote(item.statement.text) else None for item in items]
    # The direction of the article's text voted on is read only when a statement needs it (~0.4 ms an article).
    found: list[str | None] = []

    def direction() -> str | None:
        if not found:
            found.append(text_direction(text, mentions, principal))
        return found[0]

    sides = [side_of_vote(vote, direction()) if vote is not None else None for vote in votes]
    responses = ResponseReader(text, principal, mentions, direction, headline)
    for index, item in enumerate(items):
        statement = item.statement
        if sides[index] is None and demands_halt(text, statement.start, statement.end, statement.actor_code,
                                                 principal, mentions):
            sides[index] = "condemning"
        if sides[index] is None:
            sides[index] = responses.side(statement.start, statement.end)
    if not any(sides):
        return items
    return [_on_side(item, side) for item, side in zip(items, sides)]


# Below this probability of "ambiguous", a statement the context step puts on a side takes that side.
_HEDGED = 0.5


def _standing_with(items: list[ClassifiedStatement], aligned: dict[int, list[str]], principal: str | None
                   ) -> list[ClassifiedStatement]:
    """*items*, each statement that stands with another actor (*aligned*: item index -> the actors it stands
    with, see :mod:`stance.alignment`) put on that actor's side: the acting party's is supporting, anyone
    else's the position the article's other statements give it (none when they give none or an ambiguous one).
    Standing with someone takes a side however hedged the words ("cautiously but clearly on Dhaka's side")."""
    others: dict[str, list[ClassifiedStatement]] = {}
    for index, item in enumerate(items):
        if index not in aligned:
            others.setdefault(item.statement.actor_code, []).append(item)
    out = list(items)
    for index, codes in aligned.items():
        if items[index].statement.actor_code == principal:
            continue  # the acting party's words about whom others stand with are its own account, read as they are
        for code in codes:
            side = SUPPORTING if code == principal else decide(others[code])[0] if code in others else None
            if side in (CONDEMNING, SUPPORTING):
                out[index] = _on_side(items[index], side, hedged=1.0)
                break
    return out


def _on_side(item: ClassifiedStatement, side: str | None, hedged: float = _HEDGED) -> ClassifiedStatement:
    """*item* with its clear-side probability on *side* (see :func:`_read_in_context`); "ambiguous" stays its
    label only at *hedged* or more."""
    other = "supporting" if side == "condemning" else "condemning"
    if side is None:
        return item
    probabilities = item.probabilities
    if probabilities[side] < probabilities[other]:
        probabilities = {**probabilities, side: probabilities[other], other: probabilities[side]}
    best = max(LABELS, key=lambda label: probabilities[label])
    if best == "ambiguous" and probabilities["ambiguous"] < hedged:
        best = side
    if best == item.stance and probabilities is item.probabilities:
        return item
    return ClassifiedStatement(item.statement, best, probabilities[best], probabilities)


def _names_of_speaker(statement: Statement, mentions: Sequence[Mention]) -> list[str]:
    """The words that name a statement's actor inside it ("New Delhi", "India's")."""
    first = bisect.bisect_left(mentions, statement.start, key=lambda m: m.start)
    last = bisect.bisect_left(mentions, statement.end, lo=first, key=lambda m: m.start)
    return [m.text for m in mentions[first:last] if m.code == statement.actor_code]


def _extract(article: Article | ArticleError, resolver: ActorResolver
             ) -> tuple[list[Statement], str | None, list[Mention], dict[int, list[str]]]:
    """An article's statements, its principal actor (see :func:`stance.actors.principal_actor` and
    :mod:`stance.acting`), its actor mentions, and the actors each statement stands with (statement index ->
    codes; see :mod:`stance.alignment`)."""
    if not isinstance(article, Article):
        return [], None, [], {}
    mentions = resolver.find_mentions(article.text, article.date)
    headline_end = 0
    if article.title:
        position = article.text.find(article.title, 0, 2000)
        headline_end = position + len(article.title) if position >= 0 else 0
    # Who speaks in the headline is read from the headline alone, so that the body is read once, after the
    # principal actor is known ("the military said ..." speaks for it: see with_unnamed_forces).
    headline = article.text[:headline_end]
    # (a mention may end the headline: "... as the Kremlin stands by Minsk")
    in_headline = mentions[:bisect.bisect_right(mentions, headline_end, key=lambda m: m.end)] if headline else []
    # (a headline that names no actor has no speaker)
    head = list(extract_statements(headline, article.id, article.date, resolver, in_headline)) if in_headline else []
    # A headline's "US recognises ...", "EU imposes sanctions ..." reports the action itself, not a reaction.
    # Nor is a participle after the headline's main clause: in "U.S. to quit Open Skies treaty, accusing Russia of
    # violations" the United States does what the main verb says, and the participle gives its reason.
    # Nor is a cue inside the headline's event clause: in "Japan vows response after North Korea warns of strikes"
    # the warning is the event.
    clause = _event_clause(headline)
    speakers = [s.actor_code for s in head if not _ACT_CUE.match(s.cue) and not _removes_office(s, headline)
                and not _veto_is_the_event(s, headline)
                and not _defends_its_own(s, headline, in_headline)
                and not _after_main_clause(s, headline)
                and not (clause and clause[0] <= headline.find(s.cue, s.start) < clause[1])]
    # The headline's reading, checked against whom the body's reactions are aimed at (see stance.acting).
    principal = principal_actor(mentions, headline_end, speakers, article.text)
    # A headline that opens with its acting party ("China launches drills around Taiwan") is not overruled: there
    # the acting party's own accusations of its target can outnumber everyone's words aimed at it. Nor is one
    # whose acting party is an armed group and no state ("Hezbollah fighters take control of west Beirut"): words
    # aimed at the group count for no actor, so the body's count would name the side attacked.
    if headline and armed_group_acts(headline, in_headline):
        principal = None
    elif principal is None or not (mentions and mentions[0].code == principal and mentions[0].end <= headline_end
                                 and _HEADLINE_OPENING.fullmatch(article.text, 0, mentions[0].start)):
        principal = reconciled(principal, aimed_at(article.text, mentions, headline_end))
    mentions = without_deposed(article.text, with_unnamed_forces(article.text, mentions, principal), headline_end)
    # A headline's "X vows ..." paraphrases what the body reports in full: it names the principal actor
    # but is not itself evidence.
    body = [part for s in extract_statements(article.text, article.id, article.date, resolver, mentions)
            if s.start >= headline_end and s.actor_code != DEPOSED_CODE for part in _contrasted(s)]
    aligned = {}
    for index, statement in enumerate(body):
        codes = aligned_with(article.text, statement.start, statement.end, statement.actor_code, mentions)
        if codes:
            aligned[index] = codes
    # The mentions are only read to mark roles, which needs a principal actor; not keeping them otherwise
    # spares the garbage collector walking them until the batch is classified.
    return body, principal, mentions if principal is not None else [], aligned


# What may stand before a headline's subject: a label ("Analysis:", "LIVE:") and an article.
_HEADLINE_OPENING = re.compile(r"\s*(?:[A-Za-z]+\s*:\s*)?(?:[Tt]he\s+)?")


def _event_clause(headline: str) -> tuple[int, int] | None:
    """(start, end) of a headline's event clause ("after North Korea warns of strikes"): to the headline's end, or,
    when the clause comes first ("After deadly raid, Jordan condemns Israel"), to its comma."""
    clause = EVENT_CLAUSE.search(headline)
    if clause is None:
        return None
    before = headline[:clause.start()].rstrip()
    if before and not before.endswith(":"):  # (a label such as "Analysis:" may stand before a fronted clause)
        return clause.start(), len(headline)
    comma = headline.find(",", clause.end())
    return clause.start(), comma if comma >= 0 else len(headline)


# Dismissing a government or an official is an act, not words: "Nepal's king dismisses government and seizes power".
# (no name before the office, "dismisses EU parliament vote", and no noun after it, "government allegations")
_REMOVES_OFFICE = re.compile(r"(?:dismiss|sack|fire)\w*\s+(?:the\s+|his\s+|her\s+|its\s+)?(?:[a-z-]+\s+)?"
                             r"(?:government|cabinet|parliament|prime\s+minister|premier|ministers?|chief|judges?)"
                             r"(?![\w-])(?!\s+(?:vote|votes|allegations?|claims?|reports?|resolution|decision|statement|"
                             r"criticism|accusations?|charges?|concerns?)(?![\w-]))")


# What a veto does when it is itself the event: it ends a mission, a mandate or a panel, or blocks their renewal
# ("China's veto ends UN preventive mission", "Russia vetoes renewal of Syria cross-border aid"); a veto of a text
# about someone's act ("vetoes text condemning Israeli shelling") answers that act instead.
_VETO_EVENT = re.compile(r"(?:\s+[\w.'\u2019-]+){0,2}?\s+(?:ends?|ending|renewal|extension|mandate|mission|panel|monitoring)"
                         r"(?![\w-])"
                         # ("US veto sinks Security Council plan for observers to protect Palestinians")
                         r"|(?:\s+[\w.'\u2019-]+){0,6}?\s+(?:observers|monitors|peacekeepers|peacekeeping)(?![\w-])",
                         re.IGNORECASE)


def _veto_is_the_event(statement: Statement, headline: str) -> bool:
    if not statement.cue.lower().startswith("veto"):
        return False
    cue = headline.find(statement.cue, statement.start)
    return cue >= 0 and _VETO_EVENT.match(headline, cue + len(statement.cue)) is not None


# A headline actor standing by, defending or celebrating a thing, not an actor, speaks of its own act: "Haiti stands
# by disputed Senate tally as foreign critics close ranks", "Israel defends raid on aid convoy", "Miraflores
# celebrates 'its' Assembly as ...".
_DEFENDS = re.compile(r"(?:stands?|stood|standing)\s+by|defend(?:s|ed|ing)?|justif(?:ies|ied|y)|upholds?|upheld|"
                      r"celebrat(?:es|ed|ing)", re.IGNORECASE)
_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:as|after|while|amid|following|but)\s", re.IGNORECASE)


def _defends_its_own(statement: Statement, headline: str, mentions: Sequence[Mention]) -> bool:
    cue = headline.find(statement.cue, statement.start)
    defends = _DEFENDS.match(headline, cue) if cue >= 0 else None
    if defends is None:
        return False
    stop = _CLAUSE_BREAK.search(headline, defends.end())
    end = stop.start() if stop else len(headline)
    return not any(defends.end() <= m.start < end and not visited(m, headline) for m in mentions)


def _removes_office(statement: Statement, headline: str) -> bool:
    cue = headline.find(statement.cue, statement.start)
    return cue >= 0 and _REMOVES_OFFICE.match(headline, cue) is not None


# A use of force as a headline's first verb (see _after_main_clause): "fire", "launches", "strikes", "seizes".
_FORCE_VERB = re.compile(r"(?<![\w-])(?:fires?|launch(?:es)?|strikes?|shells?|seizes?|attacks?|bombs?|test-fires?|hits?|"
                         r"invades?|raids?|shoots?|takes?\s+control|seizes?\s+power|topples?|ousts?)(?![\w-])",
                         re.IGNORECASE)
_SECOND_PREDICATES = frozenset({"say", "says", "said", "claim", "claims", "insist", "insists", "vow", "vows", "warn",
                                "warns"})


def _after_main_clause(statement: Statement, headline: str) -> bool:
    """Whether a headline statement's cue is a participle or a second verb after a comma that follows its
    speaker's own verb ("Bolivia expels U.S. ambassador, accusing him of ...", "Iran's Guards fire missiles at
    Erbil, say they hit ...")."""
    second = not statement.cue.endswith("ing")
    if second and statement.cue.lower() not in _SECOND_PREDICATES:
        return False
    cue = headline.find(statement.cue, statement.start)
    before = headline[statement.start:cue].rstrip()
    if second and not _FORCE_VERB.search(before):
        return False  # "Australia recalls ambassador, says executions unacceptable": a reaction, then its words
    # a verb of its own before the comma: not "Russia, accusing Ukraine of sabotage, vows retaliation"
    return cue > statement.start and before.endswith(",") and len(before.split()) > 2


# ", while encouraging ...", ", while urging ...": a speaker's second, contrasting clause.
_CONTRAST = re.compile(r",\s+(?:while|but|though|although)\s+(?:also\s+)?"
                       r"(?!(?:nothing|something|anything|everything|during|bring|thing|king)(?![\w-]))\w+ing(?![\w-])")


def _contrasted(statement: Statement) -> list[Statement]:
    """*statement*, or its two clauses when a contrasting one follows a comma ("condemned any violation of the
    Vienna Convention ..., while encouraging the two neighbours to resolve their differences"): each is read
    and weighed on its own by the per-actor rule. Direct quotations stay whole."""
    if statement.kind == "direct_quote":
        return [statement]
    contrast = _CONTRAST.search(statement.text)
    if contrast is None:
        return [statement]
    cut = contrast.start()
    second = contrast.start() + 2  # after ", "
    return [replace(statement, text=statement.text[:cut], end=statement.start + cut),
            replace(statement, text=statement.text[second:], start=statement.start + second)]


def position_row(position: ActorPosition, article: Article | None = None) -> dict[str, Any]:
    """An actor position in the JSON Lines contract of ``stance classify``."""
    row: dict[str, Any] = {
        "article": position.article_id,
        "actor": position.actor,
        "actor_code": position.actor_code,
        "stance": position.stance,
        "confidence": position.confidence,
        "inferred": position.inferred,
        "evidence": [
            {
                "text": item.statement.text,
                "speaker": item.statement.speaker,
                "kind": item.statement.kind,
                "stance": item.stance,
                "confidence": item.confidence,
                "start": item.statement.start,
                "end": item.statement.end,
            }
            for item in position.evidence
        ],
    }
    if article is not None:
        row["date"] = article.date.isoformat() if article.date else None
        row["title"] = article.title
        if article.event:
            row["event"] = article.event
    return row
