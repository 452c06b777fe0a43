"""Finding statements attributed to actors in an article: direct quotes, reported speech, descriptions.

:func:`extract_statements` is a generator of small frozen :class:`Statement` records whose ``text`` is
exactly ``article[start:end]``. It works paragraph by paragraph (one line of a scraped article is one
paragraph):

1. Quotations of four words or more are found first, at paragraph level, so a quote that spans sentences
   stays whole; each gets its speaker from the attribution after it (``"...," said X`` / ``"...," X said``)
   or before it (``X said: "..."``). A quote with no attribution continues the last speaker's words.
2. The remaining sentences are scanned for cue words (``data/cues.csv``; a cue may be a phrase whose first
   word is the cue: ``lined up behind``, ``came out against``). For each cue the speaker is found
   by one of these rules, tried in order: a passive (``was condemned by X``), ``according to X``, a
   nominal form (``X's condemnation``, ``condemnation ... by X``, ``the position of X``), the subject before
   the verb (``Russia and China abstained``; ``X's foreign ministry said``), an inverted subject after a
   speech verb (``..., said the ministry``), or a short reference (``he said``, ``the minister added``)
   resolved to the last speaker in the paragraph. Each speaker's statement runs from its subject to the
   next speaker's subject, so ``Russia and China abstained, while France condemned ...`` gives two. An
   echo (``France followed suit``, ``Qatar echoed the call``) begins where the statement it takes up began.
3. A mention preceded by a listener word ("in a call with X") is never a speaker, and an actor excepted
   from a group ("all countries, except Turkey, ...") is recorded on the group's statement instead.

It does not handle: speakers that are common nouns with no actor mention ("analysts said"), which are
dropped on purpose; quotes whose attribution is two sentences away; nested quotations.
"""

from __future__ import annotations

import bisect
import csv
import datetime as _dt
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any

from stance._paths import read_sections, resource
from stance._records import by_fields
from stance.actors import PERSON_KINDS, ActorResolver, Mention, default_resolver, lower_words, lowered
from stance.articles import DATELINE
from stance.sentences import abbreviations, paragraphs, split_sentences

DIRECT_QUOTE, REPORTED, DESCRIPTION = "direct_quote", "reported", "description"
MIN_QUOTE_WORDS = 4
# Longest stretch scanned for a quote's attribution or a subject's glue; bounds the work per cue.
_WINDOW = 160
# How far back from a cue the rules look for its subject; keeps each cue's work bounded (linear time).
_LOOKBACK = 400


@dataclass(frozen=True, slots=True)
class Statement:
    """One attributed statement: who (speaker mention, actor code) said what (text at start:end) how."""

    article_id: str
    speaker: str
    actor_code: str
    text: str
    start: int
    end: int
    cue: str
    kind: str
    excepted: tuple[str, ...] = field(default=())

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return by_fields(self)


@dataclass(frozen=True)
class _Vocabulary:
    cue_kinds: dict[str, str]
    cue_pattern: re.Pattern
    # Every cue form that cue_pattern can find, as bytes, for lower-cased text (see _ArticleExtractor._find_cues).
    cue_forms: frozenset[bytes]
    # Cue forms that are the first word of a phrase ("lined up behind", "came out against") -> the pattern (any
    # case) the text right after the form must match for it to be a cue; other forms need nothing after.
    continuations: dict[str, re.Pattern]
    # The keys of continuations, as bytes -> the first words their continuations may start with, as bytes: a
    # cheap test on the article's words before the pattern (most "did", "made", "took" open no phrase).
    phrase_forms: dict[bytes, frozenset[bytes]]
    # Cue forms that take up what was said just before ("France followed suit", "Qatar echoed the call"): their
    # statements begin where the previous statement began (see _ArticleExtractor._echo).
    echo_forms: frozenset[str]
    role: frozenset[str]
    glue: frozenset[str]
    reference: frozenset[str]
    exception: re.Pattern
    # The last word of every alternative of ``exception`` (lower case), or None when one may be empty.
    exception_ends: tuple[str, ...] | None
    listener: re.Pattern
    # Gap text -> whether it is glue with these words (see _ArticleExtractor._is_glue).
    glue_gaps: dict[str, bool] = field(default_factory=dict, compare=False, hash=False)


@lru_cache(maxsize=1)
def vocabulary() -> _Vocabulary:
    """Cue words and speaker words from ``data/cues.csv`` and ``data/speaker_words.txt``."""
    cue_kinds: dict[str, str] = {}
    continuations: dict[str, list[list[str]]] = {}
    echo_forms: set[str] = set()
    with open(resource("data/cues.csv"), encoding="utf-8", newline="") as handle:
        rows = csv.DictReader(line for line in handle if not line.startswith("#"))
        for row in rows:
            form = row["form"].strip().lower()
            followed_by = (row.get("followed_by") or "").strip()
            if form in cue_kinds and (not followed_by or form not in continuations):
                continue  # a form's first row decides, except that phrase rows of one form add up
            cue_kinds[form] = row["kind"].strip()
            if row["lemma"].strip() in _ECHO_LEMMAS:
                echo_forms.add(form)
            if followed_by:
                continuations.setdefault(form, []).extend(p.split() for p in followed_by.split("|"))
    sections = {name: [word for line in lines for word in line.split()]
                for name, lines in read_sections("data/speaker_words.txt").items()}
    cue_pattern = re.compile(r"(?<![\w'\u2019-])[A-Za-z][a-z]*(?:-[a-z]+)*(?![\w'\u2019-])")
    # Only forms that cue_pattern can find as a whole word; another form could never be a cue.
    cue_forms = frozenset(form.encode() for form in cue_kinds if re.fullmatch(r"[a-z]+(?:-[a-z]+)*", form))
    exception_words = [w for w in sections.get("exception", []) if w not in ("but", "not", "other", "than", "with",
                                                                           "the", "of", "apart")]
    exception = re.compile(
        r"(?:except(?:\s+for)?|excluding|apart\s+from|besides|bar|save\s+for|other\s+than|with\s+the\s+exception\s+of"
        r"|but\s+not|" + "|".join(re.escape(w) for w in exception_words)
        + r")\s*$",
        re.IGNORECASE,
    )
    exception_ends = ("except", "for", "excluding", "from", "besides", "bar", "than", "of", "not",
                      *(w.lower() for w in exception_words)) if exception_words else None
    listener = re.compile(
        r"(?<![\w-])(?:" + "|".join(map(re.escape, sections.get("listener", []))) + r")\s+(?:the\s+|his\s+|her\s+)?$",
        re.IGNORECASE
    )
    return _Vocabulary(
        cue_kinds=cue_kinds,
        cue_pattern=cue_pattern,
        cue_forms=cue_forms,
        continuations={form: _continuation(phrases) for form, phrases in continuations.items()},
        phrase_forms={form.encode(): frozenset(words[0].lower().encode() for words in phrases)
                      for form, phrases in continuations.items()},
        echo_forms=frozenset(echo_forms),
        role=frozenset(sections.get("role", [])),
        glue=frozenset(sections.get("glue", [])),
        reference=frozenset(sections.get("reference", [])),
        exception=exception,
        exception_ends=exception_ends,
        listener=listener,
    )


# Lemmas in data/cues.csv of cues that take up the statement before them.
_ECHO_LEMMAS = frozenset({"echo", "follow suit", "do the same", "issue a similar call", "make a similar call"})
# How far back the statement an echo takes up may begin (a few sentences of a round-up).
_ECHO_REACH = 600


def _continuation(phrases: list[list[str]]) -> re.Pattern:
    """What must follow a phrase's first word: any of *phrases* (lists of words), as whole words, with an
    adverb allowed before each word ("came out strongly against", "lined up firmly behind")."""
    adverb = r"(?:(?:[a-z]+ly|almost|very|quite|now|also|still|even|firmly)\s+){0,2}"
    alternatives = sorted((adverb + (r"\s+" + adverb).join(map(re.escape, words)) for words in phrases),
                          key=len, reverse=True)
    return re.compile(r"\s+(?:" + "|".join(alternatives) + r")(?![\w'\u2019-])", re.IGNORECASE)


def _is_run_character(char: str) -> bool:
    """Whether *char* is in ``[\\w'\u2019-]``: Python's re takes ``\\w`` to be str.isalnum() and "_"."""
    return char.isalnum() or char in "_'\u2019-"


# A word ([\w'\u2019-]+) or one of ",()". Written to open with one character class: a pattern that does lets
# the regex engine skip to the next candidate in C (about 3x faster than "[\w'\u2019-]+|[,()]"; same matches,
# tested). After ",", "(" or ")" the lookbehind ends the match; after a word character the word runs on.
_WORD = re.compile(r"[\w'\u2019,()-](?:(?<=[,()])|[\w'\u2019-]*)")
_QUOTE_OPEN = re.compile("[\u201c\"\u00ab]")
_QUOTE_PAIRS = {"\u201c": "\u201d", '"': '"', "\u00ab": "\u00bb"}
_REFERENCE = re.compile(
    r"(?<![\w-])(?:he|she|they|it|(?:the|its|their|his|her|a|an)\s+(?:(?:foreign|prime|deputy|defence|defense|press|"
    r"senior|top|government|ministry|presidential|official|interior|industry|energy|trade|economy|finance|justice|"
    r"commerce|information|home)\s+)?"
    r"(?:minister|ministry|president|spokesman|spokeswoman|spokesperson|premier|chancellor|official|officials|envoy|"
    r"ambassador|representative|delegate|leader|government|secretary-general|statement|administration|king|emir|bloc|"
    r"alliance|organisation|organization|union|council|office|embassy|mission|delegation|kingdom|emirate|country|"
    r"republic|junta))(?![\w-])",
    re.IGNORECASE,
)
# A possessive pronoun and a role between a mention and its cue: ", his press office said", ", its foreign ministry
# said": the pronoun's antecedent speaks, not the mention (see _subject_before); the sentence's other cues, or the
# reference rules, find it.
_PRONOUN_ROLE_GAP = re.compile(r",\s+(?:his|her|its|their)\s+(?:[\w-]+\s+){1,3}")
# Adverbs that stand inside a passive: "was swiftly condemned", "were also denounced", "was later criticised".
_PASSIVE_ADVERBS = ("also", "later", "soon", "again", "likewise", "further", "then", "even", "since")
# A short quotation may open before the participle: 'was "strongly condemned" by the EU'.
_PASSIVE_BEFORE = re.compile(r"(?<![\w-])(?:was|were|been|be|is|are|being)\s+[\"\u201c]?(?:(?:\w+ly|"
                             + "|".join(_PASSIVE_ADVERBS) + r")\s+)?$", re.IGNORECASE)
# Case-sensitive twins of the case-insensitive patterns run once per cue, for the article's lower-cased text
# (_ArticleExtractor.lower); both are all lower case, so the twins find the same spans, faster.
_REFERENCE_LOWER = re.compile(_REFERENCE.pattern)
_PASSIVE_BEFORE_LOWER = re.compile(_PASSIVE_BEFORE.pattern)
# The last word of every match of _PASSIVE_BEFORE (before its trailing whitespace), lower case.
_PASSIVE_ENDS = ("was", "were", "been", "be", "is", "are", "being", "ly", '"', "\u201c", *_PASSIVE_ADVERBS)
_IN_AFTER = re.compile(r"\s+in\s+")
# An active verb's place and then its object: "protested in Minsk against the vote", "condemned in Ankara the arrest".
_PLACE_THEN_OBJECT = re.compile(r"\s+in\s+[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*)*\s+(?:against|the|a|an|his|her|"
                                r"its|their)(?![\w-])")
# The start of a clause, then a noun (and its modifiers) right before a participle: "Tampa standoff: boarding ".
_NOUN_BEFORE_PARTICIPLE = re.compile(r"(?:^|[:\u2013\u2014-]\s*)(?:[A-Za-z][\w'-]*\s+){1,3}$")
# A participle that shares an earlier passive's auxiliary: "was welcomed in X but denounced in Y".
_ELISION_TAIL = re.compile(r"(?<![\w-])(?:but|and|yet|though)\s+(?:\w+ly\s+)?$")
# Words that may stand between "and" and a second verb of the same subject (see _new_subject_after_and).
_VERB_ADJUNCTS = frozenset("""has have had is was were be been will would could should may might must can did does
do also likewise similarly later earlier again then still so far yet already not never too in on at during after
a an statement separate joint brief written news conference interview speech remarks late early that day week
month monday tuesday wednesday thursday friday saturday sunday today yesterday tonight last this next morning
evening afternoon night weekend""".split())
# Words that open an adverbial phrase, not a subject, right after "and" (see _new_subject_after_and).
_ADVERBIAL_OPENERS = frozenset("""in on at for through via with during after before from over under within once even
instead by""".split())
_SAME_DAY = re.compile(r"the\s+(?:same|next|following|previous)\s+(?:day|week|month|morning|evening|night)\b",
                       re.IGNORECASE)
_AUXILIARIES = (" was ", " were ", " been ", " is ", " are ")
_ELIDED_PASSIVE = re.compile(r"(?<![\w-])(?:was|were|been|is|are)\s+(?:\w+ly\s+)?\w+(?:ed|en)\b[^.;:!?]*?"
                             r"(?<![\w-])(?:but|and|yet|though)\s+(?:\w+ly\s+)?$", re.IGNORECASE)
# "condemned by", "condemned as well by", "welcomed too by", "praised, too, by".
# A passive cue right before a quotation, and its agent right after it: 'was called "..." by Mexico'.
_PASSIVE_LEAD = re.compile(r"(?<![\w-])(?:was|were|been|is|are|being)\s+(?:\w+ly\s+)?([a-z]+)\s+(?:as\s+)?$")
_BY_AGENT = re.compile(r",?\s+by\s+(?:the\s+)?")
# After a passive's participle: its agent, maybe after what the action was called ('denounced as "state
# terrorism" by the Arab League', 'called "an outrage" by London', "described as illegal by Moscow"; a quotation
# of up to 200 characters).
# An agent's spokesperson, skipped to reach the agent: "was described by a spokesman for the UN High Commissioner".
_SPOKESPERSON_FOR = r"(?:(?:a|an|the)\s+(?:spokesman|spokeswoman|spokesperson)\s+(?:for|of)\s+)?"
_BY_AFTER = re.compile(r"[\"\u201d]?(?:\s+(?:as\s+)?[\"\u201c][^\"\u201d]{1,200}[\"\u201d]|\s+as\s+(?:[\w'-]+\s+){0,4}?[\w'-]+"
                       r"|\s+(?:for|on|out)"  # "was called for by", "was called on by", "was spoken out by"
                       r"|\s+(?:[a-z]+ly|throughout|again|since|repeatedly)"  # "defended throughout by"
                       r"|\s+on\s+(?:both|all)\s+(?:sides|parties)"  # "restraint was urged on both sides by"
                       r"|\s+on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day|\s+(?:yesterday|today|overnight))?"
                       # ("Non-recognition was announced on behalf of the European Union")
                       r"(?:,?\s+(?:as\s+well|too|also),?)?\s+(?:by|on\s+behalf\s+of)\s+" + _SPOKESPERSON_FOR
                       + r"(?:the\s+)?",
                       re.IGNORECASE)
# One word between a passive's participle and its agent: "was called unacceptable by", "was welcomed warmly by".
_BY_AFTER_WORD = re.compile(r"\s+[a-z]+\s+by\s+" + _SPOKESPERSON_FOR + r"(?:the\s+)?")
_POSSESSIVE = re.compile(r"^(?:'s|\u2019s|'|\u2019)\s+(?:(?:\w+ly|strong|swift|firm|sharp|cautious|initial|public|"
                         r"official|unequivocal|muted|own|latest|early|full|continued|clear)\s+){0,2}$")
_REFERENCE_TO_LAST = "reference"
_NOT_AN_ACTOR = "not an actor"
# "Berlin's line stood out": a possessive that makes its owner the topic of what follows.
_POSITION_WORDS = frozenset({"position", "stance", "line", "view", "views", "response", "reaction", "approach",
                             "attitude", "policy", "tone", "message", "verdict"})
# "Prayuth's reasoning, in his own framing: ..." opens a sentence whose possessor a "he" in the next refers to; but
# only where no speaker is current ("Russia's explanation was a lie, he said" is someone else's judgement of it).
_ACCOUNT_WORDS = frozenset({"reasoning", "argument", "explanation", "justification", "account"})
# After a quoted object, words that go on with the sentence (see _ArticleExtractor._inline).
_GOES_ON = re.compile(r"\s+(?:and|but|while|as|before|after)\s")
_QUOTE_INTRODUCERS = frozenset({"reporters", "journalists", "that", "parliament", "lawmakers", "delegates",
                                "assembly", "council", "crowd", "supporters", "audience", "media", "television",
                                "radio", "interview", "conference", "statement", "briefing", "saying", "wrote",
                                "tweeted", "posted", "declared", "added"})
_SUBJECT_BREAK = re.compile(r";|(?<![\w-])(?:while|whereas|but|although|though|as|which|who|that)(?![\w-])|,\s*\w+ing\b",
                            re.IGNORECASE)
# The same without the relative pronouns: what ends a main clause's subject (see _sentence_subject).
# ("but" before a verb goes on with the same subject: "chose her words with care but left little doubt")
_MAIN_CLAUSE_BREAK = re.compile(r";|(?<![\w-])(?:while|whereas|although|though)(?![\w-])|,\s*\w+ing\b|"
                                r"(?<![\w-])but(?!\s+(?!(?:the|a|an|its|his|her|their|this|that|these|those|there|it|he|"
                                r"she|they|we|i|not|also|only|no|none|many|most|some|all|both|neither|each|other|others)"
                                r"(?![\w-]))(?-i:[a-z]+)(?![\w-]))(?![\w-])",
                                re.IGNORECASE)
# "a spokesman for the ministry", "officials in Kyiv": the speaker speaks for the actor named next.
# "Observers from ECOWAS praised ...": people sent by a body speak for it.
_SPEAKS_FOR = re.compile(r"(?:sources?\s+at\s+(?:the\s+)?$)|(?:spokes\w*|representative|aide|adviser|advisor|office|"
                         r"envoy|ambassador|ministry|minister|officials?|government|diplomats?|embassy|authorities|"
                         # "State radio in Tripoli called the embargo ...": a state's media speak for it
                         r"(?:state|official|government)\s+(?:radio|television|tv|media|press|news\s+agency))"
                         r"\s+(?:for|in|at)\s+(?:the\s+)?$|(?:observers|monitors|delegates|delegation|envoys|"
                         r"representatives|officials|diplomats)\s+from\s+(?:the\s+)?$", re.IGNORECASE)
# After an inverted speech verb, a role and the actor it serves: " a spokesman for the", " the foreign minister of".
_ROLE_FOR_AFTER = re.compile(r"\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:spokes\w*|representative|envoy|ambassador|"
                             r"official|minister|adviser|advisor|aide|diplomat)\s+(?:for|of|at)\s+(?:the\s+)?",
                             re.IGNORECASE)
# What may follow a speaker before a colon: titles and a name ("Secretary General Anders Fogh Rasmussen").
_NAME_TAIL = re.compile(r"(?:[\s,]+(?:[A-Z][\w.'\u2019-]*|of|the|and|for|al|bin|de|von|van))*\s*")
# A parenthetical that adds speakers: ", along with Qatar,", ", together with the EU,".
_JOINED = r",\s*(?:(?:along|together)\s+with|in\s+an?\s+(?:joint\s+)?(?:statement|letter|declaration)\s+with)\s+(?:the\s+)?"
_JOINED_OPEN = re.compile(_JOINED, re.IGNORECASE)
_LIST_GOES_ON = re.compile(r",\s*(?:and|or)\s")
# A co-speaker, not a listener: "Egypt, along with Qatar, condemned ...", "the EU, in a statement with Norway and
# Switzerland, urged ...".
_ALONG_WITH = re.compile(_JOINED + "$", re.IGNORECASE)
# A place named as "in Bremen, Germany,": the country locates the city, it does not speak.
_CITY_BEFORE = re.compile(r"(?<![\w-])(?:in|at|from|near)\s+[A-Z][\w.'\u2019-]*(?:\s+[A-Z][\w.'\u2019-]*)?,\s*$")
# "Among the first to back the move was ...": an opening "among" phrase and the verb before its subject.
_INFINITIVE = re.compile(r"(?<![\w-])to\s+[a-z]{3,}")
_AMONG = re.compile(r"[Aa]mong\s[^.;:\"\u201c]{3,150}?\s(?:was|were|is|are)\s+(?:the\s+)?")
# "quoted X as saying", "cited X as warning": the cue forms after "as" and the words around X.
_QUOTED_VERBS = frozenset({"saying", "telling", "adding", "warning", "stating", "calling", "describing"})
_AS_BEFORE = re.compile(r"\s+as\s+$")
_QUOTING_BEFORE = re.compile(r"(?<![\w-])(?:quoted|quotes|quoting|cited|cites|citing)\s+")
# A text and who wrote it: "a joint communique issued by", "the statement from", "a resolution adopted by the".
_AUTHORED_BY = re.compile(r"(?<![\w-])(?:statement|communiqu[e\u00e9]|declaration|resolution|letter|readout|"
                          r"release|message|note|text)\s+(?:(?:\w+ly\s+)?(?:issued|released|published|adopted|"
                          r"signed|circulated|sent|posted|distributed|put\s+out|read\s+out)\s+)?(?:by|from)\s+"
                          r"(?:the\s+)?$", re.IGNORECASE)
# One parenthetical between a subject and its verb: ", which ... ," / ", a close ally of ... ,". Found in two
# steps (its closing comma near the verb, then its opening word before that), each a bounded regex.
# Between an actor and the role noun it owns: "European Union diplomat", "Chinese foreign ministry spokesman".
_OWNER_GAP = re.compile(r"(?:'s|\u2019s)?\s+(?:[a-z-]+\s+){0,2}")
_PARENTHETICAL_CLOSE = re.compile(r",\s*[\w\s]{0,40}$")
# A parenthetical also opens with a participle: ", speaking on condition of anonymity,", ", locked in a row
# with Tokyo,", ", meeting in Jeddah,"; or with an office held: ", as chair of the regional bloc,".
# (and what the subject is one of: ", one of three African members of the council,", ", among the EU states that ...,")
_PARENTHETICAL_OPEN = re.compile(r",\s*(?:which|who|whom|whose|where|a|an|the|its|long|once|now|still|so|often|usually|"
                                 r"one\s+of|among|part\s+of|a\s+member\s+of|"
                                 r"traditionally|historically|typically|normally|always|itself|himself|"
                                 r"herself|themselves|home|like|mindful|wary|conscious|aware|keen|anxious|eager|"
                                 r"careful|reluctant|unwilling|determined|fearful|sensitive|through|via|"
                                 r"unlike|along\s+with|together\s+with|in\s+an?\s+(?:joint\s+)?(?:statement|letter|"
                                 r"declaration)\s+with|in\s+an?\s+(?:\w+\s+)?(?:statement|letter|declaration|communiqu\w+)|"
                                 r"[A-Z][\w-]*'s|[A-Z][\w-]*\u2019s|"
                                 r"as\s+(?:the\s+)?(?:chair|chairman|chairwoman|president|host|head|leader|current|"
                                 r"rotating)|[a-z]+ing|[a-z]{3,}ed)\b")
# "Ukraine's UN ambassador", "Iran's mission to the United Nations": a possessor and an organisation.
_POSSESSOR_GAP = re.compile(r"(?:'s|\u2019s)\s+(?:[\w-]+\s+){0,3}?(?:(?:to|at|in)\s+(?:the\s+)?)?", re.IGNORECASE)
# Position nouns whose holder follows only as "by" ("the position taken by Russia"): "from" after them names
# where something came from, and "positions" are as often a front line's as a government's.
# A relative clause between a noun cue and a "by": the agent after it is that clause's (see _speakers_for_cue);
# the noun's own passive ("support for Hun Sen was voiced by Beijing") has none.
_RELATIVE_IN_GAP = re.compile(r"(?<![\w-])(?:that|which|who|whose|what)(?![\w-])", re.IGNORECASE)
# A second predicate between a noun cue and a "from": in "following reports with concern and was seeking
# clarification from Kabul" the place is what was asked, not who holds the concern.
_PREDICATE_IN_GAP = re.compile(r",?\s+and\s+(?:was|were|is|are|has|have|had|would|will|could|said|says)\s")
# A body of an actor's named before it after "by": "was issued by the government of Ghana".
# (or of several: "was voiced by the Troika of the United States, Britain and Norway", "was signed by the presidents of
# Tanzania, Kenya and Uganda", "was issued by the office of UN Secretary-General Antonio Guterres")
_BODY_OF = re.compile(r"(?:government|authorities|leadership|presidency|foreign\s+ministry|ministry\s+of\s+foreign\s+"
                      r"affairs|president|prime\s+minister|foreign\s+minister|office|secretariat|chair(?:man|manship)?|"
                      r"troika|quartet|presidents|prime\s+ministers|foreign\s+ministers|leaders|governments|"
                      r"heads\s+of\s+state(?:\s+and\s+government)?|(?:all\s+)?(?:[\w-]+\s+)?members)"
                      r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
_HELD_BY_ONLY = frozenset({"position", "positions", "stance", "stances", "attitude"})
# An inverted "came from": "From Moscow came a charge of international banditry".
_FROM_OPENING = re.compile(r"\s*(?:[\w,]+\s+){0,3}?[Ff]rom\s+(?:the\s+)?")
_CAME_GAP = re.compile(r"\s+(?:also\s+|later\s+|then\s+|swiftly\s+|quickly\s+)?(?:came|come|comes)\s+"
                       r"(?:an?\s+|the\s+|more\s+|further\s+|similar\s+|fresh\s+)?(?:[\w-]+\s+){0,2}?")
# A verb that only carries a noun cue to its addressee ("Kenyatta sent his warmest congratulations to ...", "Tokyo
# conveyed a message of sympathy"): its subject holds the noun. (Verbs that are cues themselves, "expressed" or
# "offered", speak for their subject already.)
_CARRIER_BEFORE = re.compile(r"\b(?:sent|sends|send|sending|extended|extends|extend|conveyed|conveys|convey|relayed|"
                             r"relays|passed\s+on|delivered|delivers|led|leads|leading|spearheaded)\s+"
                             # (to whom: "sent Putin his warm congratulations", "sent United Russia a message")
                             r"(?:(?-i:[A-Z][\w'\u2019.-]*)\s+(?:(?-i:[A-Z][\w'\u2019.-]*)\s+){0,2}"
                             r"(?=(?:his|her|its|their|a|an)\s))?"
                             r"(?:(?:his|her|its|their|a|an|the|warm|warmest|sincere|heartfelt|hearty|formal|official|"
                             r"personal|strong|swift|brief|written|message|messages|letter|letters|note|words|of)\s+|"
                             r"\"|\u201c){1,5}\Z", re.IGNORECASE)
_HOLDER_NOUNS = frozenset({"concern", "concerns", "reaction", "reactions", "response", "statement", "statements",
                           "view", "views", "appeal", "appeals", "call", "calls"})
_CLAUSE_BREAK = re.compile(r"[,;:\u2014]\s*|(?<![\w-])(?:since|because|while|whereas|but|as|although)\s+", re.IGNORECASE)
# Verbs that only carry something said to its hearers, cues in a passive whose subject is a thing said: "A firm
# rebuke was delivered by the African Union", "A demand that the blackout be lifted was made by New Zealand",
# "A softer line was taken by Abuja" (not "The town was taken by rebels", "The resolution was adopted by 93 votes").
_CARRIER_FORMS = frozenset({"issued", "made", "lodged", "delivered", "conveyed", "relayed", "sounded", "struck",
                            "taken", "adopted", "signed", "used"})
_CARRIER_BYTES = frozenset(form.encode() for form in _CARRIER_FORMS)
_SAID_THING = re.compile(r"(?<![\w-])(?:rebukes?|reproach|reprimand|messages?|line|tone|language|words|terms|wording|"
                         r"rhetoric|account|calls?|appeals?|pleas?|demands?|requests?|denunciations?|condemnations?|"
                         r"criticism|protests?|"
                         r"complaints?|(?<!travel\s)(?<!security\s)warnings?|notes?|statements?|communiqu[e\u00e9]|"
                         r"declarations?|letters?|views?|objections?|assessment|verdict|regrets?|disappointment|"
                         r"hopes?|concerns?|praise|congratulations|condolences|responses?|reply|replies|reactions?|"
                         r"assurances?|pledges?|support|backing|endorsement|approval|defen[cs]e|position|stance)"
                         r"(?![\w-])", re.IGNORECASE)
# A clause opening with "No" or "Neither" before a carrier verb reports a silence ("No statement was issued by ...").
_NO_SUBJECT = re.compile(r"(?:[Nn]o|[Nn]either)\s")
# After a form of "back": a retreat, not backing ("to back down", "backed off", "backs out of the deal").
_BACK_DOWN = re.compile(r"\s+(?:down|off|away|out)(?![\w-])", re.IGNORECASE)
# A determiner right before a verb cue's plural form makes it a noun: "to debate the vetoes".
_DETERMINER_BEFORE = re.compile(r"(?<![\w-])(?:the|these|those|its|their|his|her|our|such)\s+$", re.IGNORECASE)
# "pressed its offensive": to press on with a use of force, not to press someone to act.
_PRESS_FORMS = frozenset({"press", "presses", "pressed", "pressing"})
_PRESSED_FORCE = re.compile(r"\s+(?:on\s+with\s+|ahead\s+with\s+)?(?:its|their|his|her|the)\s+(?:[\w-]+\s+){0,2}?"
                            r"(?:offensive|attacks?|assault|advance|campaign|operations?|bombardment|siege|push|"
                            r"strikes|raids|war)\b", re.IGNORECASE)
# "The reaction in Tehran", "The mood in Moscow": a capital named as where a reaction was felt opens its sentence.
_REACTION_OPENING = re.compile(r"(?:(?:The|the)\s+)?(?:first\s+|official\s+)?(?:reaction|response|mood|anger|fury|"
                               r"outrage|reply|answer)\s+(?:in|from)\s+", re.IGNORECASE)
# "in Damascus, where the official press": a capital, then a clause whose subject follows "where".
_WHERE_BEFORE = re.compile(r"(?<![\w-])(?:in|at|from)\s+(?P<place>[A-Z][\w'\u2019-]+(?:\s+[A-Z][\w'\u2019-]+)?),"
                           r"\s+where\s+(?P<role>(?:[\w'\u2019-]+\s+){1,5})$")
# "the press", "the official press", "state press": the newspapers.
_PRESS_NOUN_BEFORE = re.compile(r"(?<![\w-])(?:the|its|their|official|state|local|foreign|national|government|"
                                r"party|Western|Arab|Israeli|Iranian|Chinese|Russian|Turkish|world)\s+$", re.IGNORECASE)
# "is back in Ankara", "was back home": a return, not backing.
_BACK_AGAIN = re.compile(r"(?<![\w-])(?:is|are|was|were|be|been|being|came|comes|flew|flies|went|goes)\s+$",
                         re.IGNORECASE)
_BACK_PLACE_AFTER = re.compile(r"\s+(?:in|at|home|from|on)(?![\w-])")
# Speech verbs whose subject may follow them ("..., said the ministry"); stance verbs take objects there.
_INVERTING_VERBS = frozenset({"said", "says", "added", "adds", "stated", "wrote", "noted", "told", "warned", "insisted",
                              "declared", "tweeted"})
_TRIM_LEFT = re.compile(r"(?:[\s,;:\u2014\u2013-]|(?:and|but|while|whereas|as|with)\s)+", re.IGNORECASE)
# The characters a match of _TRIM_LEFT can start with, besides whitespace ("A", "B", "W" for "And", "But",
# "With", ...: no other character matches them under IGNORECASE); a statement starting with any other
# (a name, "The") has nothing to trim on the left, and the regex is not run.
_TRIM_LEFT_FIRST = frozenset(",;:\u2014\u2013-aAbBwW")
_TRIM_RIGHT = re.compile(r"(?:[\s,;:\u2014\u2013-]|\s(?:and|but|while|whereas|as|with))+$", re.IGNORECASE)
# The characters _TRIM_RIGHT can end on ("\u017f" is a long s, which IGNORECASE matches to "s"): a statement
# ending in anything else (".", a quote mark) has nothing to trim, and the regex is not run.
_TRIM_RIGHT_LAST = frozenset(",;:\u2014\u2013-dtesh" + "DTESH\u017f")
# Precompiled forms of patterns used once per cue or per sentence.
_GAP_STOP = re.compile(r"[.;:!?\"\u201c\u201d]")
_RELATIVE_PRONOUNS = frozenset({"who", "which", "that", "whose"})
_WITH_BEFORE_SUBJECT = re.compile(r"(?<![\w-])with\s+(?:the\s+)?$", re.IGNORECASE)
_WHETHER_BEFORE = re.compile(r"(?<![\w-])(?:whether|if)\s+(?:the\s+)?$", re.IGNORECASE)
# Between a speaker and a cue: a question put to the speaker ("was asked whether he backed", "asked if it would
# support") or a request made of it ("was asked to explain", "has been urged to condemn"), not its words.
_ASKED = re.compile(r"(?<![\w-])(?:asked\s+(?:[\w-]+\s+){0,2}?(?:whether|if)|(?:was|were|is|are|been|being)\s+"
                    r"(?:[\w-]+ly\s+)?(?:asked|urged|called\s+on|told|invited|pressed|requested|encouraged)\s+to)"
                    r"(?![\w-])", re.IGNORECASE)
# A round-up's heading line: a name in capitals, maybe with a colon or a dash ("CHINA:", "SOUTH KOREA -").
_HEADING = re.compile(r"[A-Z][A-Z .'&-]*[A-Z.]\s*[:\u2013\u2014-]?\s*")
# Role words that do not name a government's own officials.
_NOT_OFFICIALS = frozenset({"diplomat", "diplomats", "member", "members", "people", "group", "groups", "side",
                            "countries", "nations", "states", "opposition", "summit", "summits"})
_INLINE_HEADING = re.compile(r"[A-Z][A-Z .'&-]*[A-Z.]\s*(?::|\s[\u2013\u2014-])\s")
# A word right before a participle that makes it a reduced relative clause on that word (not "and", "while", an
# auxiliary or a comma: "... and condemning", "was condemning").
_NOUN_BEFORE = re.compile(r"(?<![\w-])(?!(?:and|or|but|while|when|after|before|by|in|on|without|was|were|is|are|be|"
                          r"been|also|not|even|still|openly|publicly|strongly)\s)[a-z][\w-]*\s+$")
# "while" right before a participle cue, whose subject is then the main clause's (see _speakers_for_cue).
_WHILE_BEFORE = re.compile(r"(?<![\w-])(?:while|whilst)\s+$", re.IGNORECASE)
# A document the subject adopts or issues (not one it faces or ignores), before a participle that says what the
# document does (see _speakers_for_cue).
_DOCUMENT_BEFORE = re.compile(r"(?<![\w-])(?:adopt|pass|approv|issu|releas|sign|draft|tabl|(?:co-?)?sponsor|circulat|"
                              r"sen[dt]|put\s+out|publish)\w*\s+(?:(?:a|an|the|its|their|joint)\s+)?(?:[\w-]+\s+){0,2}?"
                              r"(?:statement|resolution|declaration|communiqu[e\u00e9]|motion|text|letter)s?\s+$",
                              re.IGNORECASE)
# A name's initials ("T.S. "), and a word with its full stop and a space after, which may be a title ("Mr. ").
_INITIALS = re.compile(r"(?<![\w.])(?:[A-Z]\.)+(?=\s)")
_DOTTED_WORD = re.compile(r"(?<![\w.])([A-Za-z]+)\.(?=\s)")
_POSSESSIVE_END = ("'s", "\u2019s")
# Between two names of a comma-only list ("Washington, Brussels rebuke ...").
_BARE_COMMA = re.compile(r",[ \t]+")
# A speech tag set off by commas after a name: in "Ukraine, Russia said, had violated the truce" Ukraine is spoken of.
_TAG_AFTER = re.compile(r"\s+[\w-]+,")
# What may stand before such a list at the start of its clause: a quote mark, a label ("LIVE: "), "the".
_LIST_OPENING = re.compile(r"\s*(?:[A-Za-z]+\s*:\s*)?[\"\u201c\u2018']?(?:[Tt]he\s+)?")
# "Russia, China and Iran", "Peru, Chile and nine other members of the group" (a count before a group's name).
_LINK = re.compile(r"(?:'s|\u2019s)?\s*(,|and|, and|&|as well as|or|nor|, as well as|,? along with|,? together with|"
                   r",? alongside)\s*(?:the\s+)?"
                   r"(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|some|many|a few|a "
                   r"dozen|dozens of)\s+)?"
                   # "..., President Nicolas Sarkozy and Chancellor Angela Merkel": a title before the next name
                   r"(?:(?:President|Chancellor|Prime\s+Minister|Foreign\s+Minister|Premier|King|Queen|Emir|Sheikh|"
                   r"Secretary\s+of\s+State|Secretary-General)\s+)?", re.IGNORECASE)
# A time stamp opening a live blog's entry: "19:05 - ", "0905 GMT: ", "10.30am | ", or a time and a capital
# ("17:40 Britain's minister ...": a sentence that opens with a bare time is a blog entry).
_TIME_STAMP = re.compile(r"[ \t]*(?:\d{1,2}[:.]\d{2}|\d{4}(?=[ \t]*(?:GMT|UTC)))(?:[ \t]*(?:[ap]\.?m\.?|GMT|UTC|local time|"
                         r"[A-Z]{3,4}))?(?:[ \t]*[-\u2013\u2014:|][ \t]+|[ \t]+(?=[A-Z\"\u201c]))")
# Cue adjectives: "been" before them is a copula ("Uganda has been openly supportive").
# Adjectives that describe a position only after a copula ("Western governments have been notably muted", "Paris was
# cautious"), not before a noun ("has taken a more cautious line": the line is described, by the words around it).
_COPULAR_CUES = frozenset({"muted", "guarded", "cautious", "noncommittal", "non-committal", "reticent", "circumspect",
                           "ambivalent", "equivocal", "tight-lipped", "concerned", "worried", "alarmed", "troubled",
                           "disturbed", "dismayed", "disappointed", "appalled", "outraged", "shocked", "pleased",
                           "encouraged", "heartened", "satisfied", "relieved", "saddened"})
_COPULA_BEFORE = re.compile(r"\b(?:is|was|were|are|been|be|being|remained|remains|remain|stayed|stays|seemed|seems|"
                            r"appeared|appears|sounded)\s+(?:(?:[\w-]+ly|more|most|rather|very|so|far|much|still|"
                            r"also|not|less|somewhat)\s+){0,3}\Z", re.IGNORECASE)
_ADJECTIVE_CUES = frozenset({"supportive", "critical"}) | _COPULAR_CUES
_WITH_AFTER = re.compile(r"\s+(?:[\w-]+ly\s+)?(?:with|against)(?![\w-])", re.IGNORECASE)
# "call on" and "call for" make an appeal, unless the call is a conversation ("a telephone call on Tuesday").
_CONVERSATION_BEFORE = re.compile(r"(?:phone|video|conference|courtesy)\s+\Z", re.IGNORECASE)
_CALL_ON_A_DAY = re.compile(r"\s+on\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|the\s+(?:tele)?phone|"
                            r"\d|(?:January|February|March|April|May|June|July|August|September|October|November|"
                            r"December)\b)")
# Verbs that are also nouns a possessor may hold: "Canada's support", "Japan's call for restraint".
_POSSESSED_CUES = frozenset({"support", "backing", "call", "calls", "concern"})
# Verb cues whose bare form is also a noun of the same stance ("Praise came from Havana", "Regret was voiced in").
_VERB_OR_NOUN = frozenset({"praise", "regret", "appeal"})
# A body's meeting as the place where something happened: "at a Security Council meeting", "during an EU summit".
_VENUE_AFTER = re.compile(r"\s+(?:meeting|session|summit|debate|conference|sitting)s?(?![\w-])", re.IGNORECASE)
_AT_BEFORE_VENUE = re.compile(r"(?<![\w-])(?:at|during)\s+(?:an?|the|its|this|last|that)?\s*$", re.IGNORECASE)
# A possessive, a name, and a verb: "Moscow's Smolenskaya Square was ..." (not "Russia's Baltic neighbours condemned").
_NAME_THEN_VERB = re.compile(r"(?:'s|\u2019s)\s+(?:[A-Z][\w'\u2019.-]*\s+){1,4}(?:was|is|has|had|were|are|said|says|would|"
                             r"will|did|does|also)(?![\w-])")
# A name and one or two words before a colon, the label of a headline's topic: "Gabon coup:", "Niger crisis:".
_TOPIC_LABEL = re.compile(r"(?:\s+[\w-]+){1,2}\s*:")
_FROM_AFTER = re.compile(r"\s+from\s+(?:the\s+)?[A-Z]")
_QUALIFIER_BEFORE = re.compile(r"(?<![\w-])(?:a|an|similar|deep|deepest|profound|strong|sharp|high|lavish|warm|"
                               r"widespread|broad|general|great|much|some|the|its|their|his|her)\s+$", re.IGNORECASE)
# What ends a speaker's reported words inside one sentence (see _ArticleExtractor._possessor_in_speech).
# Not _SUBJECT_BREAK: "that", "which" and "as" go on inside reported words ("said that Turkey's concerns ...").
_NEW_CLAUSE = re.compile(r"[;\u2013\u2014]|\s-\s|,\s*and\s|(?<![\w-])(?:while|whereas|but|though|although|yet)\s",
                         re.IGNORECASE)
# Between a phrase cue and its object: "rallied behind (the) ..."
_OBJECT_GAP = re.compile(r"\s+(?:the\s+)?")
_LINK_AFTER = re.compile(r"\s*(?:,|and|, and|or)\s*")
# Agents or holders, each with its preposition: "condemned by Egypt and by Jordan", "criticism from Oslo and from Rome".
_AGENT_LINK_AFTER = re.compile(r"\s*(?:,|and|, and|or)\s*(?:(?:by|from)\s+(?:the\s+)?)?")
# What opens a subject with it: "the world community", "Neither China nor Russia", "None of the Gulf states"
# (whose verb is negated), "Most EU members".
_ARTICLE_BEFORE = re.compile(r"(?<![\w-])(?:(?:neither|both|either|none\s+of|most(?:\s+of)?|many(?:\s+of)?|several|"
                             r"some(?:\s+of)?|all(?:\s+of)?)\s+(?:the\s+)?|the\s+)$", re.IGNORECASE)
_RELATIVE = re.compile(r"\s*,\s*who\b")
_QUOTE_OR_COLON = re.compile(r"[;:\"\u201c\u201d]")
_COMMA_GAP = re.compile(r",\s*")
_COMMA_END = re.compile(r",\s*$")
# (and "on behalf of": "Criticism on behalf of the European Union was voiced by its presidency")
_BY_FROM = re.compile(r"\s(?:by|from(?:\s+across)?|on\s+behalf\s+of)\s+(?:the\s+)?", re.IGNORECASE)
_OF = re.compile(r"\s+of\s+(?:the\s+)?", re.IGNORECASE)
_SHORT_TAIL = re.compile(r"[\w\s]{0,40}[.!?]?\s*")
# A post whose name opens with a word of no other office: "South Africa's international relations minister".
_TITLE_HEAD_AFTER = re.compile(r"(?:'s|\u2019s)\s+(?:[a-z]+\s+){1,2}(?:minister|ministry|spokes(?:man|woman|person)|"
                               r"secretary|envoy|ambassador)(?![\w-])")
_FOLLOWING_WORD = re.compile(r"(?:'s|\u2019s)?[\s,:\u2013\u2014-]*([\w-]+)")
_LAST_WORD = re.compile(r"([\w'-]+)$")
_SEGMENT_STOP = re.compile(r"[;\u201c\"]")
_LOWER_NEXT = re.compile(r"\s*[a-z]")
_LEAD_END = re.compile(r"[:,]\s*$|\bthat\s*$|\w\s*$")
_SENTENCE_STOP = re.compile(r"[.!?](?=\s)")
_COLON_NEXT = re.compile(r"\s*:")
_ACCORDING = re.compile(r"(?<![\w-])according\s+to\s+(?:the\s+)?", re.IGNORECASE)


_GLUE_GAPS_SIZE = 50_000


def extract_statements(
    text: str,
    article_id: str = "",
    date: _dt.date | None = None,
    resolver: ActorResolver | None = None,
    mentions: list[Mention] | None = None,
) -> Iterator[Statement]:
    """Yield the attributed statements in *text*, in order of position.

    Args:
        text: the article.
        article_id: copied into each record.
        date: the article's date, used to resolve leaders' names to the country they led then.
        resolver: the actor resolver (default: the shared one built from the bundled data).
        mentions: the article's actor mentions, when the caller has found them already (as
            :meth:`ActorResolver.find_mentions` gives them: in order and never overlapping).
    """
    if mentions is None:
        mentions = (resolver or default_resolver()).find_mentions(text, date)
    extractor = _ArticleExtractor(text, article_id, mentions, vocabulary())
    for index, (start, end) in enumerate(paragraphs(text)):
        # "LUXEMBOURG, Oct 3, 2005 - European Union ministers agreed ...": the dateline's city is no subject.
        # (A dateline has a comma after the city and a dash within 100 characters: tested first, in C.)
        if index < _OPENING_PARAGRAPHS and text.find(",", start, start + 43) >= 0 and (
                text.find("-", start, start + 100) >= 0 or text.find("\u2013", start, start + 100) >= 0
                or text.find("\u2014", start, start + 100) >= 0):
            dateline = DATELINE.match(text, start, end)
            if dateline is not None:
                start = dateline.end()
        yield from extractor.paragraph(start, end)


# Paragraphs at the top of an article where a dateline may stand (a nav word and a headline may come first).
_OPENING_PARAGRAPHS = 4


# Lower-case words of a person's title between a country and a name ("Norway's foreign minister, Ine Eriksen
# Soereide", "his Omani counterpart, Yusuf bin Alawi"); not a meeting's ("an EU summit, Portugal").
_PERSON_TITLE_WORDS = frozenset(
    "minister president prime premier chancellor foreign external affairs counterpart secretary secretary-general "
    "general spokesman spokeswoman spokesperson ambassador envoy king queen emir sultan crown prince sheikh monarch "
    "leader chief head deputy vice defence defense top diplomat representative commissioner adviser advisor of "
    "state".split())


class _ArticleExtractor:
    """State kept while walking one article: its mentions, and the speaker of an open quote."""

    def __init__(self, text: str, article_id: str, mentions: list[Mention], vocab: _Vocabulary) -> None:
        self.text = text
        self.article_id = article_id
        self.mentions = mentions
        self.starts = [m.start for m in mentions]
        # Mentions never overlap (see ActorResolver.find_mentions), so their ends are in order too.
        self.ends = [m.end for m in mentions]
        # Mention start -> whether an exception word may stand right before it (see _excepted).
        self.maybe_excepted: dict[int, bool] = {}
        self.vocab = vocab
        # For case-insensitive searches and checks; None when offsets in it would not be offsets in the text
        # (see stance.actors.lowered).
        self.lower = lowered(text)
        # Where each phrase cue's phrase ends ("lined up behind"), in order: what follows is its object.
        self.phrase_ends: list[int] = []
        self.cues = self._find_cues()
        self.cue_starts = [m.start() for m in self.cues]
        self.cue_ends = [m.end() for m in self.cues]  # cues are whole words: they never overlap
        self.open_quote_speakers: list[Mention] | None = None
        # A round-up's heading ("CHINA:" on a line of its own, or opening a paragraph) and the paragraph it heads
        # (start, end): a speaker named there only by a title ("Foreign ministry spokesman Liu Weimin said") is
        # the heading's actor.
        self.heading: tuple[int, int, list[Mention]] | None = None
        self.pending_heading: list[Mention] | None = None
        self.previous_speakers: list[Mention] | None = None
        self.previous_statement_start: int | None = None  # of the last statement that was not an echo

    def _find_cues(self) -> list[re.Match]:
        """Every cue word of the article, found once, in order: the whole words that ``cue_pattern`` matches
        and that are cue forms in lower case ("Said" and "said", not "SAID")."""
        pattern = self.vocab.cue_pattern
        lower = self.lower
        phrase_forms = self.vocab.phrase_forms
        if lower is None:
            return [m for m in pattern.finditer(self.text) if m.group().lower() in self.vocab.cue_kinds
                    and (m.group().lower().encode() not in phrase_forms or self._continued(m.group().lower(), m.end()))
                    and (m.group().lower() not in _CARRIER_FORMS or self._carried(m))]
        # A cue is a whole run of [\w'\u2019-] characters in the lower-cased text that is a cue form. Any regex
        # over the text (a word scan, or one alternation of all forms) costs ~25 ns a character; the article's
        # words as lower_words() lists them cost less, and every cue is one of them. The candidates are found
        # again in order with bytes.find, each after the one before (no other whole word equal to it stands
        # between), and checked on the text as the word scan would have.
        padded, words = lower_words(lower)
        size = len(lower)
        cues = []
        position = 0
        for form in filter(self.vocab.cue_forms.__contains__, words):
            start = padded.find(b" " + form + b" ", position)
            end = position = start + len(form)
            firsts = phrase_forms.get(form)
            if firsts is not None:
                # The next word (offsets shift by one); none after the last word. (A stop of -1 would do in
                # Python, but mypyc's bytes slice fails on a stop before the start.)
                stop = padded.find(b" ", end + 2)
                following = padded[end + 2:stop] if stop > end + 2 else b""
                if following and following not in firsts and not following.endswith(b"ly"):
                    continue  # "did not", "made progress": no phrase starts here (an empty word: the pattern decides)
            if start and _is_run_character(lower[start - 1]) or end < size and _is_run_character(lower[end]):
                continue  # part of a longer run ("said\u2019s", "\u00e9said")
            if form in _SIDE_FORMS and _SIDE_NOUN_BEFORE.search(lower, max(0, start - 24), start):
                continue  # "the other side of the border", "both sides": the noun, not "sided with"
            if form in _NAMING_FORMS and _WHAT_BEFORE.search(lower, max(0, start - 30), start):
                continue  # "what it termed two sister nations": the writer quoting a word, inside someone's statement
            match = pattern.match(self.text, start)
            if match and match.end() == end and (firsts is None or self._continued(form.decode(), end)) \
                    and (form not in _CARRIER_BYTES or self._carried(match)):
                cues.append(match)
        return cues

    def _carried(self, cue: re.Match) -> bool:
        """Whether a carrier verb ("issued", "delivered", "taken") is a cue here: in its phrase ("issued a similar
        call"), or in a passive with an agent ("a softer line was taken by Abuja"), not in "a resolution adopted by
        the Union demanded" (whose author speaks through "demanded") or "France has taken note"."""
        if not self.text.startswith(" by ", cue.end()):
            return True  # the form's phrase continuations (checked before) are its only other readings
        before = self.text[max(0, cue.start() - 40):cue.start()]
        return _PASSIVE_BEFORE.search(before) is not None or _ELISION_TAIL.search(before) is not None

    def _continued(self, form: str, end: int) -> bool:
        """Whether a cue form that opens a phrase ("lined" in "lined up behind") is followed, from *end*, by
        the rest of it (whose end is then kept in phrase_ends: what follows is the phrase's object, except
        after a passive's "by", its agent)."""
        rest = self.vocab.continuations[form].match(self.text, end, end + 80)
        if rest and not rest.group().endswith(" by"):
            self.phrase_ends.append(rest.end())
        return rest is not None

    # -- helpers -----------------------------------------------------------------------------------------
    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        """The mentions inside text[start:end], in order: two bisections, as mentions never overlap."""
        return self.mentions[bisect.bisect_left(self.starts, start):bisect.bisect_right(self.ends, end)]

    def _cues_in(self, start: int, end: int) -> list[re.Match]:
        """The cues inside text[start:end], in order."""
        return self.cues[bisect.bisect_left(self.cue_starts, start):bisect.bisect_right(self.cue_ends, end)]

    def _words(self, start: int, end: int) -> list[str]:
        return _WORD.findall(self.text[start:end])

    def _has_words(self, start: int, end: int, count: int) -> bool:
        """Whether text[start:end] holds at least *count* words (see _WORD). A quotation is often long and
        usually shows its first words within 80 characters: a prefix never holds more words than the whole
        (a word cut at its end is still one), so enough words there settle it without the rest."""
        if end - start > 80 and len(_WORD.findall(self.text[start:start + 80])) >= count:
            return True
        return len(self._words(start, end)) >= count

    def _is_glue(self, start: int, end: int) -> bool:
        """Whether text[start:end] can stand between a speaker mention and its verb."""
        if end - start > _WINDOW:
            return False
        gap = self.text[start:end]
        if not gap or gap.isspace():
            return True  # the usual "Russia said": no words to check
        # The answer depends on the gap's words only, and news repeats them ("'s foreign ministry ", " has
        # "): each gap is judged once.
        judged = self.vocab.glue_gaps
        known = judged.get(gap)
        if known is None:
            known = self._judge_glue(gap)
            if len(judged) >= _GLUE_GAPS_SIZE:
                judged.clear()  # a bound on memory over a long stream
            judged[gap] = known
        return known

    def _judge_glue(self, gap: str) -> bool:
        if gap.strip() in ('"', "\u201c"):
            return True  # 'The EU "condemns the threat ...": a quotation that opens with its subject's verb
        if "." in gap:
            # "India's T.S. Tirumurti said", "Britain's Mr. Hague said": the full stop of an initial or of a
            # title is no sentence end.
            titles = abbreviations()["title"]
            gap = _INITIALS.sub(lambda m: m.group(0).replace(".", ""), gap)
            gap = _DOTTED_WORD.sub(lambda m: m.group(1) if m.group(1) in titles else m.group(0), gap)
        if _GAP_STOP.search(gap):
            return False
        words = _WORD.findall(gap)
        if len(words) > 14:
            return False
        for word in words:
            lower = word.lower()
            if word in (",", "(", ")", "'", "\u2019") or lower in ("'s", "\u2019s"):
                continue  # ("the Netherlands' ambassador": a bare apostrophe after an s is a possessive too)
            if lower.endswith(_POSSESSIVE_END):
                lower = lower[:-2]
            if lower in self.vocab.glue or lower in self.vocab.role or lower.endswith("ly") or lower.isdigit():
                continue
            if word[:1].isupper():  # names and titles: "Foreign Minister Hakan Fidan"
                continue
            return False
        return True

    def _is_listener(self, mention: Mention, floor: int, named_before: bool = True) -> bool:
        """Whether a mention is governed by a preposition ("in a call with X", "urged X") and so is not a
        speaker; "a spokesman for X" and "officials in X" speak for X. With *named_before*, also a name for the
        person a listener mention right before introduces ("with Singapore's Vivian Balakrishnan")."""
        window = max(floor, mention.start - 40)
        before = self.text[window:mention.start]
        index = bisect.bisect_left(self.starts, mention.start) if named_before else 0
        if index and self.ends[index - 1] > window and self._names_the_same(self.ends[index - 1], mention.start) \
                and self._is_listener(self.mentions[index - 1], floor, named_before=False):
            return True  # "with Singapore's Vivian Balakrishnan", "with his Omani counterpart, Yusuf bin Alawi"
        if _VENUE_AFTER.match(self.text, mention.end) and _AT_BEFORE_VENUE.search(before):
            return True  # "At a Security Council meeting on Wednesday the demand was repeated": where, not who
        if before.endswith(", ") and self.text.startswith(",", mention.end):
            city = _CITY_BEFORE.search(before)
            # "at a meeting in Bremen, Germany, ...": a place; but not in a list ("Leaders from Qatar, Egypt, and
            # Jordan", "Speaking at Davos, Germany, France and Italy said"): the "city" is no actor, and no actor
            # or "and" follows the country.
            following = bisect.bisect_left(self.starts, mention.end)
            if city and not self._mentions_in(window + city.start(), mention.start) \
                    and not _LIST_GOES_ON.match(self.text, mention.end) \
                    and not (following < len(self.starts) and self.starts[following] <= mention.end + 3):
                return True
        if not self.vocab.listener.search(before) or _ALONG_WITH.search(before):
            return False  # "Egypt and Jordan, along with Qatar, condemned ...": a co-speaker
        speaks_for = _SPEAKS_FOR.search(before)
        if not speaks_for:
            # "A communique issued by the Arab League called ...": the author of a text is its speaker; but in
            # "Responding to a statement from Egypt, the ministry said" Egypt is in an adjunct.
            return self.text.startswith(",", mention.end) or _AUTHORED_BY.search(before) is None
        # "a European Union diplomat in Beijing": the diplomat is the EU's, and Beijing only where he sits.
        role_start = window + speaks_for.start()
        owners = self._mentions_in(max(floor, role_start - 40), role_start)
        return bool(owners) and _OWNER_GAP.fullmatch(self.text, owners[-1].end, role_start) is not None

    def _names_the_same(self, start: int, end: int) -> bool:
        """Whether text[start:end], between two mentions, makes the second a name for the person the first
        introduces: a possessive or title words, then perhaps a comma ("Norway's foreign minister, Ine Eriksen
        Soereide", "Latvian President Valdis Zatlers", "German counterpart Sigmar Gabriel"); a bare comma or "and"
        joins two people ("with Blinken, Aliyev said")."""
        gap = self.text[start:end]
        possessive = gap.startswith(("'s ", "\u2019s ", "' ", "\u2019 "))
        if gap.startswith(",") or gap.count(",") > 1:
            return False
        words = (gap[2:] if possessive else gap).replace(",", " ").split()
        if len(words) > 5 or not (possessive or words):
            return False
        return all(word[:1].isupper() or word in _PERSON_TITLE_WORDS for word in words)

    def _excepted(self, mention: Mention, floor: int) -> bool:
        """Whether a mention is taken out of a group by an exception word before it ("all countries, except
        Turkey")."""
        # Asked again and again for the same mention (once per cue after it): the pre-check is made once per
        # mention, on the unclipped window, which ends in anything that a window clipped at *floor* ends in.
        maybe = self.maybe_excepted.get(mention.start)
        if maybe is None:
            window = self.text[max(0, mention.start - 40):mention.start]
            maybe = self._may_end_in_exception(window.rstrip(" ,")) or self._may_end_in_exception(window)
            self.maybe_excepted[mention.start] = maybe
        if not maybe:
            return False
        before = self.text[max(floor, mention.start - 40):mention.start]
        trimmed = before.rstrip(" ,")
        return bool(self._may_end_in_exception(trimmed) and self.vocab.exception.search(trimmed)
                    or self._may_end_in_exception(before) and self.vocab.exception.search(before))

    def _may_end_in_exception(self, text: str) -> bool:
        """False when the exception pattern cannot match *text*, checked without running it (it tries every
        position): a match ends in one of ``exception_ends`` and then only whitespace. Only ASCII text is
        judged, where lower-casing agrees with IGNORECASE."""
        ends = self.vocab.exception_ends
        return ends is None or not text.isascii() or text.rstrip().lower().endswith(ends)

    def _coordinated(self, last: Mention, floor: int) -> list[Mention]:
        """``last`` and the mentions joined to it by 'and' or commas before it ("Russia, China and Iran").

        A bare comma joins only in a list that ends in "and"/"or", so that in "In a call with X, Y said"
        X is not taken for a second speaker.
        """
        group = [last]
        seen_conjunction = False
        links = []
        listed = False  # the list went on before a listener: "Leaders from Qatar, Egypt, and Jordan"
        commas: list[Mention] = []  # names joined by bare commas only, so far: a list only if it opens the clause
        for previous in reversed(self._mentions_in(max(floor, last.start - _LOOKBACK), last.start)):
            between = self.text[previous.end:(commas or group)[0].start]
            link = _LINK.fullmatch(between)
            if not link or self._is_listener(previous, floor):
                listed = link is not None
                break
            if link.group(1) == ",":
                if not seen_conjunction:
                    if _BARE_COMMA.fullmatch(between):
                        commas.insert(0, previous)
                        continue
                    break
            else:
                seen_conjunction = True
            links.append(link.group(1))
            group.insert(0, previous)
        if commas and not seen_conjunction and _LIST_OPENING.fullmatch(self.text, floor, commas[0].start) \
                and not _TAG_AFTER.match(self.text, last.end):
            # A headline's "US, EU condemn ...": names joined by commas alone, opening the clause, are its subject
            # (in "In a call with X, Y said" the first name does not open it).
            return [*commas, *group]
        if links == [", and"] and not listed:
            # "... in step with its European partners, and the Italian minister called ...": a comma before
            # "and" with no list before it opens a new clause, whose subject is the last mention alone.
            return [last]
        return group

    def _exceptions_after(self, group_mention: Mention, limit: int) -> tuple[str, ...]:
        codes = []
        for mention in self._mentions_in(group_mention.end, min(limit, group_mention.end + 80)):
            if self._excepted(mention, group_mention.end):
                codes.append(mention.code)
                codes.extend(m.code for m in self._coordinated_after(mention, limit))
        return tuple(dict.fromkeys(c for c in codes if c != group_mention.code))

    def _coordinated_after(self, first: Mention, limit: int, link: re.Pattern = _LINK_AFTER) -> list[Mention]:
        out = []
        current = first
        for following in self._mentions_in(first.end, min(limit, first.end + _LOOKBACK)):
            if link.fullmatch(self.text, current.end, following.start):
                out.append(following)
                current = following
            else:
                break
        return out

    def _mentions_after(self, position: int, limit: int) -> list[Mention]:
        """The speaker mentions starting right after *position* ("by Egypt and Jordan")."""
        limit = min(limit, position + _LOOKBACK)
        following = self._mentions_in(position, limit)
        if not following or not self._is_glue(position, following[0].start):
            return []
        return [following[0], *self._coordinated_after(following[0], limit, _AGENT_LINK_AFTER)]

    def _clause_start(self, position: int, floor: int) -> int:
        """Start of the clause holding *position*, for statements whose speaker comes after the verb."""
        best = floor
        for match in _CLAUSE_BREAK.finditer(self.text, max(floor, position - _LOOKBACK), position):
            best = match.end()
        return best

    def _with_article(self, start: int, floor: int) -> int:
        """Include a leading "the" or quantifier (see _ARTICLE_BEFORE) in a statement that starts at its speaker
        ("the world community", "Neither China nor Russia condemned ...", "None of the Gulf states")."""
        match = _ARTICLE_BEFORE.search(self.text[max(floor, start - 16):start])
        return start - len(match.group()) if match else start

    # -- speakers --------------------------------------------------------------------------------------
    def _subject_before(self, cue_start: int, floor: int, participle: bool = False) -> list[Mention]:
        """The speakers named before a verb: the subject, or nothing when the nearest mention is not one."""
        candidates = self._mentions_in(max(floor, cue_start - _LOOKBACK), cue_start)
        if not candidates:
            return []
        last = candidates[-1]
        gap = self.text[last.end:cue_start]
        if last.kind == "demonym" and last.text.endswith("s") \
                and self.text[max(floor, last.start - 4):last.start].lower() != "the " \
                and (gap.split(None, 1) or [""])[0].lower() not in self.vocab.role \
                and not (len(candidates) > 1 and _LINK.fullmatch(self.text, candidates[-2].end, last.start)):
            return []  # "most Germans opposed the deployment": people, not their government ("the Saudis" is)
        if "," in gap and _SUBORDINATE_OPENING.match(self.text, floor, last.start):
            # "If Israel strikes again, the Guards warned, ...": an actor inside a leading subordinate clause is
            # not the subject of the verb after it.
            return []
        if self._excepted(last, floor):
            # "all countries, except Turkey, calling on ...": the group before the exception speaks.
            for earlier in reversed(candidates[:-1]):
                if earlier.code == "INTL" and not self._excepted(earlier, floor):
                    return [earlier]
            return []
        # "Algeria, which shares a border with Niger, has opposed ...": skip one parenthetical.
        parenthetical = self._parenthetical(floor, cue_start)
        if parenthetical and self._is_glue(parenthetical[1], cue_start):
            before = self._mentions_in(max(floor, parenthetical[0] - _LOOKBACK), parenthetical[0] + 1)
            # "Lithuanian President Gitanas Nauseda, who ...": a name the aliases do not know may stand
            # between the mention and the parenthetical, as it may between a mention and its verb.
            if before and (before[-1].end == parenthetical[0] or self._is_glue(before[-1].end, parenthetical[0])) \
                    and not self._is_listener(before[-1], floor):
                subject = self._coordinated(self._head(before[-1], before, floor), floor)
                joined = _JOINED_OPEN.match(self.text, parenthetical[0], parenthetical[1])
                if joined:  # "Egypt, along with Qatar, condemned ...": both speak
                    subject += self._mentions_after(joined.end(), parenthetical[1])
                return subject
        if gap.startswith(",") and _PRONOUN_ROLE_GAP.fullmatch(gap):
            return []  # "a call with Kazakhstan's president, Nursultan Nazarbayev, his press office said": "his" is not his
        if self._is_glue(last.end, cue_start):
            relative = _RELATIVE.match(gap)
            if participle and "," in gap and not relative:
                return []  # "..., calling them a dangerous step": an adjunct of the clause before
            # "with the Nicaraguan government declaring ...": the participle's subject, not a listener
            absolute = participle and "," not in gap and _WITH_BEFORE_SUBJECT.search(
                self.text, max(floor, last.start - 12), last.start) is not None
            if not self._is_listener(last, floor) or relative or absolute:
                return self._coordinated(self._head(last, candidates, floor), floor)
        return []

    def _represented(self, subject: list[Mention], floor: int, cue_start: int) -> list[Mention] | None:
        """Who *subject* speaks for, when the sentence says it speaks for someone else: "Speaking for the
        European Union, Finland's ambassador said ..." and "Finland's ambassador, speaking on behalf of the
        EU, said ..." are the EU's statements, which start where the sentence (or clause) does."""
        text = self.text
        end = cue_start
        begin = max(floor, subject[0].start - _WINDOW)  # bounded, so that a cue's work stays constant
        if text.find("behalf of", begin, end) < 0 and text.find("peaking for", begin, end) < 0 \
                and text.find("the name of", begin, end) < 0:
            return None  # the usual case
        for match in _ON_BEHALF.finditer(text, begin, end):
            represented = self._mentions_after(match.end(), end)
            if represented and represented[0].start == match.end():
                return represented[:1]
        return None

    def _parenthetical(self, floor: int, cue_start: int) -> tuple[int, int] | None:
        """(start, end) of a parenthetical ending shortly before *cue_start*, or None."""
        window = max(floor, cue_start - 45)
        if self.text.find(",", window, cue_start) < 0:
            return None  # the usual case, and every parenthetical closes with a comma
        close = _PARENTHETICAL_CLOSE.search(self.text, window, cue_start)
        if not close:
            return None
        closing = close.start()
        opening = None
        # Up to 200 characters back: a relative clause may hold a name with its own commas ("Caracas, which
        # ... and whose president, Carlos Andres Perez, was suspended ..., said").
        for match in _PARENTHETICAL_OPEN.finditer(self.text, max(floor, closing - 200), closing):
            if match.start() - floor <= 40 and _PLACE_OPENING.fullmatch(self.text, floor, match.start()) \
                    and not _RELATIVE_OPEN.match(self.text, match.start()):
                continue  # "In Cairo, the Arab League, which ..., said": the comma ends the opening, not a subject
                # (but "In Tehran, which has denied any role, the foreign ministry said": the place's own clause)
            if not _QUOTE_OR_COLON.search(self.text, match.start(), closing):
                opening = match.start()
                break
        if opening is None:
            return None
        after = _COMMA_GAP.match(self.text, closing, cue_start)
        return opening, after.end() if after else closing + 1

    def _head(self, mention: Mention, candidates: list[Mention], floor: int) -> Mention:
        """The actor a subject phrase speaks for: "Ukraine's UN ambassador" and "Iran's mission to the United
        Nations" speak for the possessor; "Azerbaijani president Ilham Aliyev" is one mention."""
        index = candidates.index(mention)
        while index > 0:
            previous = candidates[index - 1]
            gap = self.text[previous.end:mention.start]
            if "," in gap:
                # "The Arab League's secretary-general, Esmat Abdel Meguid, ...": the article names the post the
                # person speaks from, which outweighs the alias table's dates for him.
                if previous.code != mention.code and mention.kind in PERSON_KINDS \
                        and _POSSESSOR_GAP.match(gap) and gap.endswith(", ") and gap.count(",") == 1 \
                        and self._names_the_same(previous.end, mention.start):
                    return Mention(previous.start, mention.end, self.text[previous.start:mention.end], previous.code,
                                   previous.kind)
                break
            if previous.code != mention.code:
                if _POSSESSOR_GAP.fullmatch(gap):
                    return Mention(previous.start, mention.end, self.text[previous.start:mention.end], previous.code,
                                   previous.kind)
                break
            if not self._is_glue(previous.end, mention.start):
                break
            mention = Mention(previous.start, mention.end, self.text[previous.start:mention.end], mention.code,
                              mention.kind)
            index -= 1
        return mention

    def _reference_before(self, cue_start: int, floor: int) -> re.Match | None:
        best = None
        text, pattern = (self.text, _REFERENCE) if self.lower is None else (self.lower, _REFERENCE_LOWER)
        for match in pattern.finditer(text, max(floor, cue_start - _WINDOW), cue_start):
            best = match
        if best and self._is_glue(best.end(), cue_start) \
                and not (best.group().lower() == "it" and _PREPOSITION_BEFORE.search(text, max(floor, best.start() - 10),
                                                                                    best.start())):
            return best  # (not "Governments in the Gulf and well beyond it on Tuesday condemned": an object)
        return None

    def _opening_capital(self, floor: int, cue_start: int, alone: bool = False) -> list[Mention]:
        """The one capital named by the sentence's opening place ("In Paris, ..."), or nothing; with *alone*, only
        when that place is the sentence's only actor before the cue."""
        opening = _PLACE_OPENING.match(self.text, floor, cue_start)
        if opening is None:
            return []
        named = self._mentions_in(floor, opening.end())
        capitals = [m for m in named if m.kind in ("capital", "seat")]
        if len(capitals) != 1 or alone and (len(named) != 1 or not self.text.startswith(",", opening.end())
                                            or self._mentions_in(opening.end(), cue_start)):
            return []
        return capitals

    def _speakers_for_cue(self, cue: re.Match, floor: int, limit: int, last_speakers: list[Mention] | None,
                          fallback: bool = True) -> tuple[list[Mention], int] | None:
        """The speakers a cue belongs to, and where their statement starts; None when it has none."""
        text = self.text
        word = cue.group().lower()
        kind = self.vocab.cue_kinds.get(word, "speech")
        before_start = max(floor, cue.start() - 40)
        if self.lower is None:
            passive = _PASSIVE_BEFORE.search(text[before_start:cue.start()])
        else:
            before = self.lower[before_start:cue.start()]
            # The passive pattern ends in "was ", "been ", "is widely ": most cues follow a name, and the
            # pattern (tried at every position) is run only where the words before the cue allow it.
            passive = _PASSIVE_BEFORE_LOWER.search(before) if before.rstrip().endswith(_PASSIVE_ENDS) else None
        if word == "side" and not _WITH_AFTER.match(text, cue.end(), limit):
            previous = self._mentions_in(max(floor, cue.start() - 30), cue.start())
            if previous and previous[-1].kind == "demonym" and previous[-1].end + 1 == cue.start():
                return None  # "The Russian side issued no statement": the party, not a siding
        if word == "back" and _BACK_AGAIN.search(text, max(floor, cue.start() - 12), cue.start()) \
                and _BACK_PLACE_AFTER.match(text, cue.end(), limit):
            return None  # "Mubarak is back in Ankara": he has returned, he backs no one
        if word in ("spoke", "speaks") and text.startswith(" only of", cue.end()):
            return None  # "the readout spoke only of energy cooperation": nothing said of the event
        if word.startswith("back") and _BACK_DOWN.match(text, cue.end(), limit):
            return None  # "pressure on Kinshasa to back down": a retreat, not backing
        if word == "charge" and text.startswith((" d'affaires", " d\u2019affaires"), cue.end()):
            return None  # "Eritrea's charge d'affaires": a diplomat, not an accusation
        if word.startswith("slam") and text.startswith(" the door", cue.end()):
            return None  # "Tripoli slams the door on Schengen travellers": an act, not a rebuke
        if word == "call" and (_CONVERSATION_BEFORE.search(text, max(floor, cue.start() - 12), cue.start())
                               or _CALL_ON_A_DAY.match(text, cue.end(), limit)):
            return None  # "during a telephone call on Tuesday": a conversation, not an appeal
        if word in _ADJECTIVE_CUES:
            passive = None  # "has been openly supportive": a copula, not a passive
            if word in _COPULAR_CUES and not _COPULA_BEFORE.search(text, max(floor, cue.start() - 40), cue.start()):
                return None
        after_by = _BY_AFTER.match(text, cue.end(), limit)
        if after_by is None and passive is not None:
            after_by = _BY_AFTER_WORD.match(text, cue.end(), limit)  # "was called unacceptable by the ministry"
        elided = None
        if passive is None and (after_by or text.startswith(" in ", cue.end())) \
                and _ELISION_TAIL.search(text, max(floor, cue.start() - 24), cue.start()):
            # "was welcomed by Israel and condemned by Egypt": the second participle shares the auxiliary, and
            # its statement starts at the participle. (Only a "by" or "in" after the cue can use it, and "and"
            # stands before many cues: those and the auxiliary are checked before the pattern runs.)
            window = max(floor, cue.start() - 80)
            if any(text.find(auxiliary, window, cue.start()) >= 0 for auxiliary in _AUXILIARIES):
                elided = _ELIDED_PASSIVE.search(text, window, cue.start())
        # A headline's passive without its auxiliary, right after the thing done: "Boarding condemned in Oslo",
        # "Move welcomed by Peru" (not after an actor, which is the subject: "Russia condemned in Geneva the ...").
        reduced = passive is None and elided is None and word.endswith("ed") and (
            after_by is not None or text.startswith(" in ", cue.end()) and not _PLACE_THEN_OBJECT.match(
                text, cue.end())) and _NOUN_BEFORE_PARTICIPLE.search(
            text, max(floor, cue.start() - 30), cue.start()) is not None and not self._mentions_in(
            max(floor, cue.start() - 30), cue.start())
        if word in _CARRIER_FORMS and after_by is not None:
            # (the subject from the sentence's start: a clause break inside it, "a call for talks while fighting
            # went on was made by", does not end it)
            said_from = max(floor, cue.start() - 160)
            if not (passive or elided or reduced) or not _SAID_THING.search(text, said_from, cue.start()) \
                    or _NO_SUBJECT.match(text, self._clause_start(cue.start(), floor)):
                return None  # "The town was taken by rebels"; "No statement was issued by Baghdad" is a silence
        # Passive: "the strikes were condemned by Egypt and Jordan".
        if after_by and (passive or elided or reduced or kind in ("noun", "position_noun")
                         or _COMMA_END.search(text, before_start, cue.start())):
            body = _BODY_OF.match(text, after_by.end(), limit)
            agent = body.end() if body else after_by.end()
            speakers = self._mentions_after(agent, min(limit, agent + 60))
            if speakers:
                return speakers, cue.start() if elided else self._clause_start(cue.start(), floor)
            # "In Paris, the assault was described as unacceptable by the foreign ministry": an agent named only
            # by its role belongs to the capital that opens the sentence.
            capital = self._opening_capital(floor, cue.start()) if _ROLE_AGENT.match(text, after_by.end()) else None
            if capital:
                return capital, floor
        if (passive or elided or reduced) and kind not in ("noun", "position_noun"):
            # "The offensive was denounced in London": a capital after a passive stands for its government.
            in_place = _IN_AFTER.match(text, cue.end(), limit)
            if in_place:
                place = self._mentions_after(in_place.end(), min(limit, in_place.end() + 40))
                capitals = [m for m in place if m.kind in ("capital", "seat")]
                if capitals and place[0] is capitals[0] and place[0].start == in_place.end():
                    return capitals, cue.start() if elided else self._clause_start(cue.start(), floor)
            if passive and not after_by:
                # "In Rome, hope was expressed that the appeal would be fair": a passive with no agent after a
                # sentence's opening capital is that capital's (as "was denounced in London" is).
                capital = self._opening_capital(floor, cue.start(), alone=True)
                if capital:
                    return capital, floor
            if passive:
                return None  # "the freedoms Hong Kong had been promised": the subject did not speak
        if kind in ("noun", "position_noun") or word in _POSSESSED_CUES or (
                word in _VERB_OR_NOUN and (cue.start() == floor and text[cue.start()].isupper()
                                           or _QUALIFIER_BEFORE.search(text, max(floor, cue.start() - 20), cue.start()))
        ) or (word.endswith("s") and _FROM_AFTER.match(text, cue.end())):
            # ("Mugabe rebukes from London": a verb in -s with "from" after it is a plural noun)
            # (a verb form that opens a sentence, or after a word that only qualifies a noun, is the noun: "Praise
            # also came from Havana", "Similar regret was registered by the European Commission")
            # "Canada's condemnation of ...", "Moscow's position remains unclear".
            previous = self._mentions_in(max(floor, cue.start() - _LOOKBACK), cue.start())
            if previous and kind == "noun" and previous[-1].kind == "demonym" \
                    and text[previous[-1].end:cue.start()] == " " and not _inside_quotation(text, floor, cue.start()):
                return [previous[-1]], previous[-1].start  # "Canadian objections were conveyed to ...": Canada's
            if previous and _POSSESSIVE.match(text[previous[-1].end:cue.start()]):
                if _inside_quotation(text, floor, previous[-1].start):
                    return None  # 'seen by London as "a sign of contempt for the world's concerns"': London's words
                speakers = self._coordinated(previous[-1], floor)
                return speakers, speakers[0].start
            # "widespread condemnation of the offensive by the international community", "drew condemnation
            # from across the international community".
            by = _BY_FROM.search(text[cue.end():min(limit, cue.end() + 90)])
            if by and word in _HELD_BY_ONLY and not by.group().lstrip().lower().startswith("by"):
                by = None  # "positions near the town were bought from Israel": troops' positions, not views
            relative = _RELATIVE_IN_GAP.search(text, cue.end(), cue.end() + by.start()) if by else None
            if relative and by and _NAMING_RELATIVE.match(text, relative.start()) and _PASSIVE_AGENT_BEFORE.search(
                    text, relative.end(), cue.end() + by.end()):
                # "Calls for talks between what it termed two sister nations were issued by Havana": the naming
                # clause has no agent of its own, the noun's verb has (not in "what it called a plot by Washington")
                relative = None
            if by and _PREDICATE_IN_GAP.search(text, cue.end(), cue.end() + by.start()):
                by = None
            if relative and by and by.group().lstrip().lower().startswith("by") \
                    and "," not in text[relative.end():cue.end() + by.start()]:
                by = None  # "cannot support an extension that had not been agreed by Somalia": another verb's agent
            if by:
                holder = cue.end() + by.end()
                body = _BODY_OF.match(text, holder, limit)
                holder = body.end() if body else holder
                speakers = self._mentions_after(holder, min(limit, holder + 40))
                if speakers and speakers[0].start == holder:
                    return speakers, self._clause_start(cue.start(), floor)
            # "the position of Russia and China", "the concern of the international community"; but in
            # "condemnation of Russia", Russia is the target, so only holder nouns take "of".
            of = _OF.match(text[cue.end():min(limit, cue.end() + 20)])
            if of and (kind == "position_noun" or word in _HOLDER_NOUNS):
                speakers = self._mentions_after(cue.end() + of.end(), min(limit, cue.end() + of.end() + 40))
                if speakers and speakers[0].start == cue.end() + of.end():
                    return speakers, self._clause_start(cue.start(), floor)
            if kind == "noun" or word in _POSSESSED_CUES or word in _VERB_OR_NOUN:
                # "From Moscow came a charge of banditry", "From Beijing came praise": the place it came from.
                source = previous[-1] if previous and len(previous) == 1 else None
                if source is not None and _FROM_OPENING.fullmatch(text, floor, source.start) \
                        and _CAME_GAP.fullmatch(text, source.end, cue.start()):
                    return [source], floor
            if kind == "noun":
                carrier = _CARRIER_BEFORE.search(text, max(floor, cue.start() - 60), cue.start())
                subject = self._subject_before(carrier.start(), floor) if carrier else None
                if subject:
                    return subject, self._statement_start(subject[0].start, cue, floor, limit)
            if kind in ("noun", "position_noun"):
                return None
        if kind in ("speech", "stance") and word.endswith("s") and _DETERMINER_BEFORE.search(
                text, max(floor, cue.start() - 8), cue.start()):
            return None  # "to debate the vetoes", "their protests": a verb's form used as a noun, with no holder
        if word in _PRESS_FORMS and _PRESSED_FORCE.match(text, cue.end(), limit):
            return None  # "Israel pressed its offensive": it went on fighting, it did not press anyone
        if word == "press" and _PRESS_NOUN_BEFORE.search(text, max(floor, cue.start() - 20), cue.start()):
            return None  # "where the official press described the trial": the newspapers, not an appeal
        if word in _QUOTED_VERBS:
            quoted = self._quoted_as(cue.start(), floor)
            if quoted:
                return quoted, floor
        # (", where " is looked for first: the pattern runs only for the few cues that follow one)
        where = _WHERE_BEFORE.search(text, max(floor, cue.start() - 90), cue.start()) \
            if text.find(", where ", max(floor, cue.start() - 90), cue.start()) >= 0 else None
        if where is not None and not self._mentions_in(where.start("role"), cue.start()):
            # "Iran found sympathy in Damascus, where the official press described the trial as ...": the
            # capital's own voice, named only by its role.
            place = self._mentions_in(where.start("place"), where.end("place"))
            if len(place) == 1 and place[0].kind in ("capital", "seat") and place[0].start == where.start("place"):
                return place, where.start("place")
        subject = self._subject_before(cue.start(), floor, participle=word.endswith("ing"))
        if subject and self.heading is not None and self.heading[0] <= floor < self.heading[1] \
                and subject[0].text.lower().replace(" ", "-") == "secretary-general" \
                and self.heading[2][0].kind not in ("capital", "seat", "country_name", "demonym", "alt_name"):
            return self.heading[2], floor  # "ARAB LEAGUE - Secretary-General Amr Moussa said": the heading's own
        if subject:
            represented = self._represented(subject, floor, cue.start())
            if represented is not None:
                return represented, floor
            return subject, self._statement_start(subject[0].start, cue, floor, limit)
        if self.heading is not None and self.heading[0] <= floor < self.heading[1] \
                and self._titled_subject(floor, cue.start()):
            return self.heading[2], floor  # "CHINA:\nForeign ministry spokesman Liu Weimin said ..."
        reference = self._reference_before(cue.start(), floor)
        if reference:
            # "Saudi Arabia: the kingdom condemned ...": an actor opening this sentence comes first.
            opener = self._sentence_subject(floor, reference.start()) if reference.start() > floor else []
            # (unless a later speaker of this sentence stands between: in "Germany said it was freezing aid, and
            # France said it deplored the coup", "it" is France)
            if opener and not (last_speakers and opener[0].start < last_speakers[-1].start < reference.start()):
                return opener, self._with_article(opener[0].start, floor)
        if reference and last_speakers:
            antecedent = _antecedent(reference.group(), last_speakers)
            if not antecedent:
                return None  # "Russia and China abstained. He said ...": who "he" is cannot be told
            return antecedent, self._statement_start(reference.start(), cue, floor, limit)
        # "..., said the ministry": the subject after a speech verb, only after a comma (so that in
        # "He said Moscow rejected ...", Moscow is not the speaker).
        if word in _INVERTING_VERBS and _COMMA_END.search(text[max(floor, cue.start() - 10):cue.start()]):
            inverted = self._mentions_after(cue.end(), min(limit, cue.end() + 80))
            # In "..., said the Syrian government had failed to ..." the words after "said" are what was
            # said: a verb follows the would-be speaker.
            if inverted and not self._is_listener(inverted[0], cue.end()) \
                    and not _CLAUSE_AFTER_SUBJECT.match(self.text, inverted[-1].end, limit):
                return inverted, floor
            reference_after = _REFERENCE.match(text, cue.end() + 1) if last_speakers else None
            # "..., said the ministry." names the speaker; in "..., said the bloc had no view ..." the words
            # after "said" are what was said, by the subject before the comma.
            if reference_after and last_speakers and text[cue.end():cue.end() + 1].isspace() \
                    and _SHORT_TAIL.fullmatch(text, reference_after.end(), limit):
                return list(last_speakers), floor
        if fallback and word.endswith("ing"):
            conjunction = _WHILE_BEFORE.search(text, max(floor, cue.start() - 8), cue.start())
            if conjunction:
                # "London has carried on business with the new rulers while saying that ...": "while" breaks the
                # clause, but its participle has the main clause's subject.
                subject = self._sentence_subject(floor, conjunction.start())
                if subject:
                    return subject, self._with_article(subject[0].start, floor)
        # "Putin sent his condolences to Hollande and condemned the attack": the sentence's subject. (Not for a
        # participle right after a noun: in "police detained Tibetan exiles protesting outside", the exiles protest.)
        # A document's participle is its author's: "the Assembly adopted a resolution condemning the raids".
        subject = self._sentence_subject(floor, cue.start()) \
            if fallback and not (word.endswith("ing") and _NOUN_BEFORE.search(text, max(floor, cue.start() - 30),
                                                                            cue.start())
                                 and not _DOCUMENT_BEFORE.search(text, max(floor, cue.start() - 60), cue.start())
                                 ) else []
        if subject:
            return subject, self._with_article(subject[0].start, floor)
        return None

    def _titled_subject(self, start: int, end: int) -> bool:
        """Whether text[start:end] is a subject made only of title words and a name ("Foreign ministry spokesman
        Liu Weimin", "A government spokeswoman"): role words, capitalised words, an article, at most eight."""
        words = self.text[start:end].split()
        if not 0 < len(words) <= 8:
            return False
        # Every word a title word, and the first one too (it is capitalised by its place, so that says nothing):
        # not "Diplomats say", "Opposition members accused", who are not the heading's government.
        first = words[0].lower()
        if first not in ("a", "an", "the") and (first not in self.vocab.role or first in _NOT_OFFICIALS):
            return False
        titled = first in self.vocab.role
        for word in words[1:]:
            lower = word.lower()
            if lower in _NOT_OFFICIALS:
                return False
            if lower in self.vocab.role:
                titled = True
            elif not (titled and word[:1].isupper()):
                return False  # a capitalised word before any title ("A Hamas spokesman") names someone else
        return True

    def _quoted_as(self, cue_start: int, floor: int) -> list[Mention]:
        """The speakers of "state media quoted Foreign Minister Abbas Araghchi as saying ...": the actor named
        between a verb of quoting and "as" before the cue."""
        candidates = self._mentions_in(max(floor, cue_start - _LOOKBACK), cue_start)
        as_before = _AS_BEFORE.search(self.text, max(floor, cue_start - 12), cue_start)
        # "the Kenyan foreign minister as saying": role words may stand between the actor and "as".
        if not candidates or not as_before or not self._is_glue(candidates[-1].end, as_before.start()):
            return []
        speaker = self._head(candidates[-1], candidates, floor)
        quoting = _QUOTING_BEFORE.search(self.text, max(floor, speaker.start - 60), speaker.start)
        # Only titles and the like between the verb and the actor: in "quoted residents in Kyiv as saying" the
        # residents speak, not Kyiv.
        if not quoting or not self._is_glue(quoting.end(), speaker.start) or self._is_listener(speaker, floor):
            return []
        return self._coordinated(speaker, floor)

    def _statement_start(self, subject_start: int, cue: re.Match, floor: int, limit: int) -> int:
        """Where a statement whose subject starts at *subject_start* begins.

        Usually at its subject; but in "The Houthis had left Britain no choice, he said." the words
        before ", he said" are the statement.
        """
        begin = self._with_article(subject_start, floor)  # "..., the Saudi foreign ministry said."
        if limit - cue.end() <= 50 and _COMMA_END.search(self.text[max(floor, begin - 10):begin]) \
                and _SHORT_TAIL.fullmatch(self.text[cue.end():limit]):
            return floor
        return begin

    def _sentence_subject(self, floor: int, cue_start: int, relatives: bool = True, accounts: bool = False
                          ) -> list[Mention]:
        """The subject of the sentence starting at *floor*, when it opens the sentence and no clause break
        ("while", "but", ";") stands between it and the verb at *cue_start*. Without *relatives*, a relative
        clause ("that", "which", "who", "as") is no break: the subject of "Fiji's prime minister gave an answer that
        pulled two ways" is what a "he" in the next sentence refers to (*cue_start* is then the sentence's end).
        With *accounts*, a possessor's account opens it too ("Prayuth's reasoning, in his own framing: ...")."""
        breaks = _SUBJECT_BREAK if relatives else _MAIN_CLAUSE_BREAK
        if cue_start - floor > _LOOKBACK:
            return []  # a subject this far from its verb is not one this rule can trust
        mentions = self._mentions_in(floor, cue_start)
        if not mentions:
            return []
        # A parenthetical closing right before the verb (", speaking on condition of anonymity, said") is
        # no clause break; only the words outside it are searched for one, on both sides ("Abu Dhabi, which
        # ..., was among the first to praise" as "Abu Dhabi was among the first to praise").
        parenthetical = self._parenthetical(floor, cue_start)
        if parenthetical and parenthetical[0] >= mentions[0].end:
            if breaks.search(self.text, mentions[0].end, parenthetical[0]) or \
                    breaks.search(self.text, parenthetical[1], cue_start):
                return []
        elif breaks.search(self.text, mentions[0].end, cue_start):
            return []
        if relatives and self._new_subject_after_and(mentions[-1].end, cue_start):
            return []
        first = mentions[0]
        colon = self.text.find(":", first.end, min(cue_start, first.end + 30))
        if colon >= 0 and _TOPIC_LABEL.fullmatch(self.text, first.end, colon + 1) and not any(
                word.lower() in self.vocab.role for word in _WORD_RUN.findall(self.text, first.end, colon)):
            return []  # "Gabon coup: capitals condemn ...": a topic label (not a heading's "CHINA: ...")
        # "Shortly before the first missiles struck, President Vladimir Putin appeared ...": an opening
        # clause without any actor in it may stand before the subject.
        opening_start = floor + self.text[floor:first.start].rfind(",") + 1
        if opening_start == floor:
            # A live blog's "19:05 - In Tokyo, the ministry said ...": the time stamp is not part of the opening.
            stamp = _TIME_STAMP.match(self.text, floor)  # (no end bound: its look-ahead reads the next letter)
            opening_start = stamp.end() if stamp and stamp.end() <= first.start else floor
        opening = self.text[opening_start:first.start]
        if _VENUE_AFTER.match(self.text, first.end) and _AT_BEFORE_VENUE.search(opening):
            return []  # "At a Security Council meeting on Wednesday the demand was repeated": a place, no subject
        if _SUBORDINATE_OPENING.match(opening) and "," in self.text[first.end:cue_start]:
            return []  # "If Israel strikes again, the Guards warned, ...": not the main clause's subject
        words = len(_WORD.findall(opening))
        # "the foreign ministers of Estonia, Latvia and Iceland said": a role "of" its actors may be longer.
        if ((words > 3 and not (words <= 6 and opening.rstrip().endswith(" of")))
                or not self._is_glue(opening_start, first.start)) \
                and not (first.kind in ("capital", "seat") and _REACTION_OPENING.fullmatch(opening)):
            return []  # (but "The reaction in Tehran was furious." makes Tehran what "the ministry" next refers to)
        following = _FOLLOWING_WORD.match(self.text[first.end:first.end + 40])
        if not following:
            return []
        word = following.group(1).lower()
        if first.kind == "demonym" and word not in self.vocab.role:
            return []  # "Britons were among the dead": people of a country, not its government
        # "Russia's invasion ..." is not a subject; "Russia's foreign ministry ..." and "Russia condemned" are.
        if self.text[first.end:first.end + 2] in ("'s", "\u2019s") and word not in self.vocab.role and \
                not _NAME_THEN_VERB.match(self.text, first.end) and \
                not _TITLE_HEAD_AFTER.match(self.text, first.end) and \
                word not in _POSITION_WORDS and not (accounts and word in _ACCOUNT_WORDS) \
                and not (len(mentions) > 1 and mentions[1].code == first.code and mentions[1].start == first.end + 3):
            return []  # (but "Germany's Guido Westerwelle is ...", "Moscow's Smolenskaya Square was ..." are: the
            # possessive names its own official or office)
        subject = self._head(first, mentions, floor)
        # The subject is the first actor named: the list it opens ("Estonia, Latvia and Iceland travelled to
        # Tbilisi and said ...") goes on after it.
        return self._coordinated(subject, floor) + self._coordinated_after(subject, cue_start)

    def _new_subject_after_and(self, start: int, cue_start: int) -> bool:
        """Whether an "and" between *start* and a verb at *cue_start* opens a clause with a subject of its own:
        in "Italy shut its ports, and aid groups warned ..." the groups warn, not Italy; in "Putin sent his
        condolences and on Monday condemned ..." only words that go with a verb (auxiliaries, adverbs, times)
        stand between "and" and the verb, which shares the sentence's subject. Only after the subject's own words:
        an "and" right after it joins more subjects to it."""
        at = self.text.rfind(" and ", start, cue_start)
        if at < 0 or not any(word[:1].islower() and word.lower() not in self.vocab.glue
                             for word in _WORD.findall(self.text, start, at)):
            return False  # "Germany, France and nine other signatories said": "and" joins the subject
        words = _WORD.findall(self.text, at + 5, cue_start)
        if words and (words[0].lower() in _ADVERBIAL_OPENERS or _SAME_DAY.match(self.text, at + 5, cue_start)):
            return False  # "and for the first time criticised", "and in a telegram condemned": an adverbial phrase
        for word in words:
            lower = word.lower()
            if not (word in (",", "(", ")") or lower in _VERB_ADJUNCTS or lower.endswith("ly") or lower.isdigit()):
                return True
        return False

    # -- quotations ------------------------------------------------------------------------------------
    def _quotes(self, start: int, end: int) -> list[tuple[int, int, bool]]:
        """(start, end, closed) of quotations in text[start:end]; an unclosed one runs to the end."""
        quotes = []
        position = start
        text = self.text
        while position < end:
            match = _QUOTE_OPEN.search(text, position, end)
            if not match:
                break
            opener = match.group()
            closer = _QUOTE_PAIRS[opener]
            close = text.find(closer, match.end(), end)
            if close == -1:
                quotes.append((match.start(), end, False))
                break
            quotes.append((match.start(), close + 1, True))
            position = close + 1
        return quotes

    def _inline(self, quote_start: int, floor: int, quote_end: int = -1) -> bool:
        """Whether a quotation is woven into a sentence rather than standing as the speaker's words: after a word
        that is no cue ('said Mr. Putin had "chosen a path of bloodshed"'), or as a cue verb's object in a sentence
        that goes on ('The League denounced "the aggression on Arab soil" and said it would send a delegation':
        split at the quote, the verb would be left without its object). *quote_end*: where the closed
        quotation ends (-1 for one left open)."""
        lead = self.text[max(floor, quote_start - 60):quote_start].rstrip()
        if not lead or lead[-1] in ".!?:,;\u2014\u201d\"" or lead.endswith("--"):
            return False
        last_word = _LAST_WORD.search(lead)
        if not last_word:
            return False
        word = last_word.group(1).lower()
        if word in _QUOTE_INTRODUCERS or self.vocab.cue_kinds.get(word) in ("speech", "stance"):
            return quote_end >= 0 and _GOES_ON.match(self.text, quote_end) is not None
        return True

    def _attribution_after(self, quote_end: int, limit: int) -> tuple[list[Mention] | str, int, str] | None:
        """Speakers (or ``_REFERENCE_TO_LAST`` for "he said"), statement end and cue of "...," said X."""
        text = self.text
        stop = min(limit, quote_end + _WINDOW)
        # The attribution runs to the end of the sentence (abbreviation-aware: "U.S. ambassador ... told"),
        # or to the next quotation or semicolon.
        sentence = next(split_sentences(text, quote_end, stop), (quote_end, stop))
        boundary = _SEGMENT_STOP.search(text, quote_end, sentence[1])
        segment_end = boundary.start() + 1 if boundary else sentence[1]
        # A closing quote ending in "." starts a new sentence: only "," attributions follow it directly.
        if segment_end - quote_end > 1 and text[quote_end - 2:quote_end - 1] in ".!?" and \
                not _LOWER_NEXT.match(text, quote_end, segment_end):
            return None
        for cue in self._cues_in(quote_end, segment_end):
            if self.vocab.cue_kinds.get(cue.group().lower()) not in ("speech", "stance"):
                continue
            before = self._subject_before(cue.start(), quote_end)
            if before:
                return before, segment_end, cue.group()
            if self._reference_before(cue.start(), quote_end):
                return _REFERENCE_TO_LAST, segment_end, cue.group()
            if self.vocab.cue_kinds.get(cue.group().lower()) != "speech" and _WORD.search(text, quote_end, cue.start()):
                # '"...": Pacific neighbours rebuke Paris': after a subject, a stance verb's name is its object
                # ('"...," lamented the French ministry' puts its speaker after the verb).
                continue
            after = self._mentions_after(cue.end(), segment_end)
            if after:
                return after, segment_end, cue.group()
            # '"...," said a spokeswoman for the Kremlin': the role's holder follows it.
            role = _ROLE_FOR_AFTER.match(text, cue.end(), segment_end)
            held = self._mentions_after(role.end(), segment_end) if role else None
            if held and role and held[0].start == role.end():
                return held[:1], segment_end, cue.group()
            if _REFERENCE.match(text, cue.end() + 1):
                return _REFERENCE_TO_LAST, segment_end, cue.group()
            if not self._mentions_in(quote_end, segment_end):
                # '"...," one woman told reporters': attributed, but to no actor; not the last speaker's words.
                return _NOT_AN_ACTOR, segment_end, cue.group()
            return None
        return None

    def _attribution_before(self, quote_start: int, floor: int) -> tuple[list[Mention] | str, int, str] | None:
        """Speakers (or ``_REFERENCE_TO_LAST``), statement start and cue of X said: "..."."""
        text = self.text
        lead = text[max(floor, quote_start - _WINDOW):quote_start]
        if not _LEAD_END.search(lead):
            return None
        sentence_floor = floor
        for match in _SENTENCE_STOP.finditer(lead):
            sentence_floor = max(floor, quote_start - len(lead)) + match.end()
        cues = [c for c in self._cues_in(sentence_floor, quote_start)
                if self.vocab.cue_kinds.get(c.group().lower()) in ("speech", "stance")
                or c.group().lower() in _HOLDER_NOUNS and _COLON_NEXT.match(text, c.end(), quote_start)]
        if not cues:
            return self._named_before_colon(sentence_floor, quote_start)
        cue = cues[-1]
        if len(self._words(cue.end(), quote_start)) > 6:
            return None
        subject = self._subject_before(cue.start(), sentence_floor)
        if subject:
            return subject, subject[0].start, cue.group()
        reference = self._reference_before(cue.start(), sentence_floor)
        if reference:
            return _REFERENCE_TO_LAST, reference.start(), cue.group()
        return None

    def _passive_agent(self, quote_start: int, quote_end: int, floor: int, limit: int
                       ) -> tuple[list[Mention], int, str] | None:
        """Speakers, statement start and cue of 'The raid was called "..." by Mexico': a passive cue before a
        quotation that stands as words of its own, and the cue's agent right after it. (A quotation woven into
        the sentence, 'described as "..." by', is read with the sentence: see _BY_AFTER.)"""
        text = self.text
        by = _BY_AGENT.match(text, quote_end, limit)
        if by is None:
            return None  # the usual case
        lead = _PASSIVE_LEAD.search(text, max(floor, quote_start - 60), quote_start)
        if lead is None or self.vocab.cue_kinds.get(lead.group(1).lower()) not in ("speech", "stance"):
            return None
        speakers = self._mentions_after(by.end(), min(limit, by.end() + 60))
        if not speakers or speakers[0].start != by.end():
            return None
        sentence_floor = floor
        for match in _SENTENCE_STOP.finditer(text, max(floor, quote_start - _WINDOW), lead.start()):
            sentence_floor = match.end()
        return self._coordinated(speakers[0], floor), sentence_floor, lead.group(1)

    def _named_before_colon(self, floor: int, quote_start: int) -> tuple[list[Mention], int, str] | None:
        """A live blog's or transcript's 'NATO Secretary General Anders Fogh Rasmussen: "I strongly condemn
        ..."': a speaker named alone before a colon (after a time stamp, if any) owns the quotation."""
        text = self.text
        colon = quote_start
        while colon > floor and text[colon - 1].isspace():
            colon -= 1
        colon -= 1  # where the colon must stand
        # The speaker opens the sentence: a colon far from its start (or none) names no one (bounded work).
        if colon <= floor or text[colon] != ":" or colon - floor > 140:
            return None
        stamp = _TIME_STAMP.match(text, floor)
        opening = stamp.end() if stamp and stamp.end() <= colon else floor
        mentions = self._mentions_in(opening, colon)
        if not mentions or colon - opening > 100 or not self._is_glue(opening, mentions[0].start) \
                or not _NAME_TAIL.fullmatch(text, mentions[-1].end, colon):
            return None
        speaker = self._head(mentions[-1], mentions, opening)
        if len({m.code for m in mentions if m.start >= speaker.start}) > 1:
            return None  # two actors before the colon: not one speaker's name and titles
        return self._coordinated(speaker, opening), opening, "quote"

    # -- paragraphs ------------------------------------------------------------------------------------
    def paragraph(self, start: int, end: int) -> Iterator[Statement]:
        """Statements of the paragraph text[start:end], quotations and sentences in reading order."""
        self.heading = (start, end, self.pending_heading) if self.pending_heading else None
        self.pending_heading = None
        if self.text[start:start + 1].isupper():
            if end - start <= 40 and _HEADING.fullmatch(self.text, start, end):
                mentions = self._mentions_in(start, end)
                if len(mentions) == 1:
                    self.pending_heading = mentions  # "CHINA:" on a line of its own: the next paragraph's
            else:
                inline = _INLINE_HEADING.match(self.text, start, end)
                mentions = self._mentions_in(start, inline.end()) if inline else []
                if len(mentions) == 1:
                    self.heading = (start, end, mentions)  # "JAPAN: The government ... said"
                    if inline is not None and not inline.group().rstrip().endswith(":") \
                            and self._mentions_in(inline.end(), min(end, inline.end() + 60)):
                        # A round-up's city before a dash is a dateline, not the subject: in "CAIRO - The Arab
                        # League said ...", the League speaks ("PARIS - The foreign ministry said" still has its
                        # heading for a speaker named only by a title).
                        start = inline.end()
                elif inline is not None and not mentions and not inline.group().rstrip().endswith(":"):
                    start = inline.end()  # "NEW YORK - UN Secretary-General Ban Ki-moon ...": a city of no actor
        units: list[tuple[int, str, tuple]] = []
        masked: list[tuple[int, int]] = []
        for q_start, q_end, closed in self._quotes(start, end):
            if not self._has_words(q_start + 1, q_end - 1 if closed else q_end, MIN_QUOTE_WORDS):
                continue
            if self._inline(q_start, start, q_end if closed else -1):
                continue  # 'said Mr. Putin had "chosen a path of bloodshed"': part of the sentence around it
            s_start, s_end, cue, speakers = q_start, q_end, "quote", None
            attribution = (self._passive_agent(q_start, q_end, start, end) if closed else None) or \
                (self._attribution_after(q_end, end) if closed else None) or \
                self._attribution_before(q_start, start)
            if attribution:
                speakers, boundary, cue = attribution
                if boundary >= q_end:
                    s_end = boundary
                else:
                    s_start = boundary
            masked.append((min(s_start, q_start), max(s_end, q_end)))
            units.append((s_start, "quote", (s_start, s_end, cue, speakers, closed)))
        if masked:
            for s_start, s_end in split_sentences(self.text, start, end):
                for piece in _unmasked(s_start, s_end, masked):
                    units.append((piece[0], "sentence", piece))
            units.sort(key=lambda unit: unit[0])
        else:  # no quotation: the sentences, already in order
            units = [(span[0], "sentence", span) for span in split_sentences(self.text, start, end)]

        if start < end and self.text[start].isdigit() and _TIME_STAMP.match(self.text, start, end):
            # A live blog's new entry ("15:40 - The council has imposed a curfew") starts afresh: "the council"
            # or "he" there is not the previous entry's speaker.
            self.open_quote_speakers = self.previous_speakers = None
        # A paragraph that opens with an unattributed quotation continues the previous paragraph's speaker
        # (an open quote carried over, or the news habit of quoting on without repeating "he said").
        continuing = self.open_quote_speakers or self.previous_speakers
        self.open_quote_speakers = None
        # Wire copy puts one sentence in a paragraph, so "he told a news conference" at the start of a
        # paragraph refers to the previous paragraph's last speaker; once this paragraph names one, it wins.
        last_speakers: list[Mention] | None = self.previous_speakers
        for position, unit_kind, data in units:
            if unit_kind == "sentence":
                statements, speakers = self._sentence(data[0], data[1], last_speakers)
                # The last speaker, or else the last actor that opened a sentence ("Kazakhstan went further.
                # Its foreign ministry said ..."), is what "he" or "the ministry" refers to next; after a
                # speaker that names no actor ("The signatories said ..."), nothing is.
                if speakers is _UNNAMED_SPEAKER:
                    last_speakers = None
                else:
                    last_speakers = speakers or self._sentence_subject(data[0], data[1], relatives=False,
                                                                       accounts=last_speakers is None) \
                        or self._agent_of_sentence(data[0], data[1]) or (
                            None if self._unknown_person_subject(data[0], data[1]) else last_speakers)
                if statements:
                    yield from self._echo(statements)
                continue
            s_start, s_end, cue, speakers, closed = data
            if speakers == _NOT_AN_ACTOR:
                last_speakers = None  # a quote that follows continues this speaker's words, not an actor's
                continue
            if speakers == _REFERENCE_TO_LAST:
                # '"...," he added': the last speaker, when there is exactly one.
                speakers = _antecedent("he", last_speakers) if last_speakers else None
            elif speakers is None:
                # No attribution at all: the words continue the last speaker's, in this paragraph or, for a
                # quote carried over from the previous one, in that one.
                speakers = last_speakers or (continuing if position == start else None)
            if not closed:
                self.open_quote_speakers = speakers
            if speakers:
                last_speakers = speakers
                yield from self._echo(self._statements(speakers, s_start, s_end, cue, DIRECT_QUOTE, end))
        self.previous_speakers = last_speakers

    def _unknown_person_subject(self, start: int, end: int) -> bool:
        """Whether the sentence text[start:end] opens with a person, by title and name, that names no actor."""
        person = _PERSON_SUBJECT.match(self.text, start, end)
        if person is None:
            return False
        # An apposition or relative clause may tie the person to an actor: "Maximiliano Reyes, who represented
        # Mexico at the meeting, said ...".
        close = self.text.find(",", person.end(), end) if person.group().endswith(",") else -1
        return not self._mentions_in(start, close if close > 0 else person.end())

    def _agent_of_sentence(self, start: int, end: int) -> list[Mention]:
        """The actor a sentence with no speaker names as the agent of its passive ("The draft was put forward by
        Algeria, ..."): what a following "its ambassador" or "he" refers to, as a subject would be."""
        if self.text.find(" by ", start, end) < 0:
            return []  # the usual case
        if not _TEXT_SUBJECT.match(self.text, start, end):
            return []  # "The hospital was bombed by Russian aircraft. It said ...": the agent is no antecedent
        for mention in self._mentions_in(start, end):
            if _PASSIVE_AGENT_BEFORE.search(self.text, max(start, mention.start - 60), mention.start):
                return [mention]
        return []

    def _echo(self, statements: list[Statement]) -> list[Statement]:
        """*statements*, with each echo ("France followed suit", "Qatar echoed the call") widened back to where
        the statement it takes up began, so that its text says what was echoed: "Germany condemned the
        attack. France followed suit." is France's statement too."""
        if not statements:
            return statements
        echo_forms = self.vocab.echo_forms
        if len(statements) == 1 and statements[0].cue not in echo_forms or \
                not any(statement.cue in echo_forms for statement in statements):  # (the first test: no generator)
            self.previous_statement_start = statements[-1].start
            return statements
        out = []
        for statement in statements:
            previous = self.previous_statement_start
            if statement.cue not in echo_forms:
                self.previous_statement_start = statement.start
            elif previous is not None and statement.start - _ECHO_REACH <= previous < statement.start:
                statement = replace(statement, text=self.text[previous:statement.end], start=previous)
            out.append(statement)
        return out

    def _sentence(self, start: int, end: int, last_speakers: list[Mention] | None
                  ) -> tuple[list[Statement], list[Mention] | None]:
        """Statements in one sentence (or the part of it outside quotations), and its last speakers."""
        text = self.text
        hits: list[tuple[list[Mention], int, re.Match]] = []
        unnamed = False
        for cue in self._cues_in(start, end):
            floor = hits[-1][1] if hits else start
            # "Saudi Arabia said it supported ...": "it" is the speaker just named in this sentence.
            recent = hits[-1][0] if hits else last_speakers
            result = self._speakers_for_cue(cue, start, end, recent, fallback=not hits)
            if result is None:
                if not hits and self._unnamed_subject(start, cue):
                    unnamed = True
                continue
            speakers, statement_start = result
            # Where the speaker comes before the cue, it is the speaker's place that tells; where it comes after
            # ("criticism from Washington"), the cue's own place: "She rejected criticism from Washington".
            # A pronoun's antecedent may stand far back; then the pronoun's own place (where the statement starts)
            # tells: "Thirteen governments said on Friday they would not recognise ..." is not the last speaker's.
            anchor = max(speakers[0].start, statement_start) if speakers[0].start < cue.start() else cue.start()
            if hits and self._possessor_in_speech(hits[-1][2], speakers[0], cue):
                continue
            if self._in_words_of_another(anchor, start) or (
                    speakers[0].start < cue.start() and _WHETHER_BEFORE.search(text, max(start, anchor - 12), anchor)):
                continue  # (and "She was asked whether Beijing would support action": a question, not a statement)
            # (from the speaker, or from a pronoun that stands for it: its antecedent may be sentences back)
            since = max(speakers[0].end, statement_start)
            asked = _ASKED.search(text, since, cue.start()) if since < cue.start() <= since + 60 else None
            # (the cue right after the question or request: in "Turkey, which has been pressed to join the
            # sanctions, said ...", "said" is Turkey's own)
            if asked and cue.start() - asked.end() <= 12 and "," not in text[asked.end():cue.start()]:
                continue  # "Obama was asked whether he backed ...", "Russia was asked to explain ...": put to them
            if hits and start <= speakers[0].start < hits[-1][1] < cue.start():
                # "Alexander Lukashenko, whom Pashinyan has vowed not to visit, called ...": a cue inside the
                # subject's relative clause is no statement of its own; the subject's statement starts at it.
                hits = [hit for hit in hits if not speakers[0].start <= hit[1] < cue.start()]
                floor = hits[-1][1] if hits else start
            statement_start = max(statement_start, floor)
            if hits and {m.code for m in hits[-1][0]} == {m.code for m in speakers}:
                continue  # the same speaker's second verb belongs to the same statement
            hits.append((speakers, statement_start, cue))
        if not hits and text.startswith(("Among ", "among "), start):
            # "Among those condemning the strike were Egypt, Jordan and Qatar": the speakers close the sentence.
            among = _AMONG.match(text, start, end)
            # "Among the casualties were ..." holds no position: the phrase must hold a cue ("those condemning")
            # or an infinitive ("the first to stand by").
            holds = among and (self._cues_in(start, among.end()) or _INFINITIVE.search(text, start, among.end()))
            speakers = self._mentions_after(among.end(), end) if among and holds else []
            if among and speakers and speakers[0].start == among.end():
                return self._statements(speakers, start, end, "among", DESCRIPTION, end), speakers
        according = None
        if self.lower is None or self.lower.find("according", start, end) >= 0:
            according = _ACCORDING.search(text[start:end])
        if according:
            speakers = self._mentions_after(start + according.end(), end)
            if speakers and speakers[0].start == start + according.end():
                hits.append((speakers, start, according))
                hits.sort(key=lambda h: h[1])
        # "Norway joined Sweden in calling for ...": both hold the position the sentence goes on to state.
        merged: list[tuple[list[Mention], int, re.Match]] = []
        for hit in hits:
            if merged and merged[-1][2].group().lower() in _JOINING and not text[merged[-1][2].end():hit[1]].strip():
                merged[-1] = ([*merged[-1][0], *hit[0]], merged[-1][1], hit[2])
            else:
                merged.append(hit)
        hits = merged
        statements: list[Statement] = []
        for index, (speakers, statement_start, cue) in enumerate(hits):
            statement_end = hits[index + 1][1] if index + 1 < len(hits) else end
            if statement_end <= statement_start:
                continue
            word, kind = self._cue_word_and_kind(cue)
            if index and word in _JOINING and _BY_AFTER.match(text, cue.end(), end) \
                    and _COMMA_END.search(text, hits[index - 1][1], cue.start()):
                # "The US and Israel voted no, joined by Guatemala": the joiners took the position the clause
                # before states, which is their statement too.
                word, kind = self._cue_word_and_kind(hits[index - 1][2])
                statement_start, statement_end = hits[index - 1][1], statement_start
            statements.extend(self._statements(speakers, statement_start, statement_end, word, kind, end))
            echoed = self._echoed(statement_start, statement_end) if kind == REPORTED else []
            if echoed:
                statements.extend(self._statements(echoed, statement_start, statement_end, word, kind, end))
        if not hits and unnamed:
            return statements, _UNNAMED_SPEAKER
        return statements, (hits[-1][0] if hits else None)

    def _possessor_in_speech(self, previous_cue: re.Match, possessor: Mention, cue: re.Match) -> bool:
        """Whether a nominal cue's possessor stands inside what the sentence's previous speaker said: in "The
        Kremlin said Moscow understood Turkey's concerns about ...", the concerns are named by the Kremlin, not
        voiced by Turkey. A new clause (see _NEW_CLAUSE: ";", a dash, ", and", "but", "while" ...) ends the
        reported words."""
        word = cue.group().lower()
        if possessor.start > cue.start() or (self.vocab.cue_kinds.get(word) not in ("noun", "position_noun")
                                             and word not in _POSSESSED_CUES):
            return False
        if self.vocab.cue_kinds.get(previous_cue.group().lower()) != "speech":
            return False
        return _NEW_CLAUSE.search(self.text, previous_cue.end(), possessor.start) is None

    def _unnamed_subject(self, start: int, cue: re.Match) -> bool:
        """Whether the sentence opens with a speaker that names no actor ("The signatories said ...",
        "Thirteen governments said ..."): a "they" after it means them, not the last actor named."""
        if cue.start() - start > 120 or self.vocab.cue_kinds.get(cue.group().lower()) != "speech" \
                or self._mentions_in(start, cue.start()):
            return False  # (a subject of at most eight words is near the sentence start; bounded work per cue)
        opening = self.text[start:cue.start()]
        words = opening.split()
        # "Fishermen who have passed the rock every day for thirty years said": the subject is the words
        # before a relative pronoun (at most eight of them), the clause after it as long as it likes.
        relative = next((i for i, w in enumerate(words) if w in _RELATIVE_PRONOUNS), len(words))
        return 0 < relative <= 8 and len(words) <= 20 and words[0][:1].isupper() and not _REFERENCE.match(opening) \
            and not _GAP_STOP.search(opening)

    def _in_words_of_another(self, subject_start: int, sentence_start: int) -> bool:
        """Whether a cue's subject, at *subject_start*, stands inside another speaker's statement rather than
        opening its own: right after a speech verb ("Lavrov said Kyiv must stop ...", "He told reporters that
        Berlin would support ...": the words are Lavrov's and his), or right after another cue verb, as its
        object ("India rejected Pakistan's criticism", "She dismissed criticism from Washington": the
        statement is India's and hers, not Pakistan's or Washington's)."""
        text = self.text
        window = max(sentence_start, subject_start - 60)
        verb = _VERB_BEFORE_SUBJECT.search(text, window, subject_start)
        if verb:
            word = verb.group(1).lower()
            # "Ghana joined Nigeria in urging ...": Nigeria is joined in the call, not its object (_JOINING).
            if word not in _JOINING and self.vocab.cue_kinds.get(word) in ("speech", "stance", "position"):
                return True
        if self.phrase_ends:  # "Gulf states rallied behind Riyadh": the object of a phrase cue
            index = bisect.bisect_right(self.phrase_ends, subject_start) - 1
            if index >= 0 and _OBJECT_GAP.fullmatch(text, self.phrase_ends[index], subject_start):
                return True
        if _TOLD_BEFORE_SUBJECT.search(text, window, subject_start) is not None:
            return True
        # "said it was "painful" that Egypt had voted ...": Egypt's vote is what the speaker found painful. (The
        # pattern ends in "that" and maybe "the": looked for first, as most subjects follow neither.)
        if text.find("that", max(window, subject_start - 11), subject_start) < 0:
            return False
        judged = _JUDGED_THAT_BEFORE.search(text, window, subject_start)
        return judged is not None and self.vocab.cue_kinds.get(judged.group(1).lower()) in ("speech", "stance")

    def _echoed(self, start: int, end: int) -> list[Mention]:
        """Who holds the same position in "ECOWAS's condemnation of the coup echoed that of the African
        Union" (the AU), within text[start:end]."""
        text = self.text
        if text.find("as did", start, end) >= 0:
            # "The European Union asked for the pair to be freed, as did Canada and Australia": they did the same.
            as_did = _AS_DID.search(text, start, end)
            if as_did:
                return self._mentions_after(as_did.end(), end)
        # str.find first: nearly no statement has an echo, and the pattern is tried at every position.
        if text.find("that of", start, end) < 0 and text.find("those of", start, end) < 0:
            return []
        echo = _ECHO.search(text, start, end)
        return self._mentions_after(echo.end(), end) if echo else []

    def _cue_word_and_kind(self, cue: re.Match) -> tuple[str, str]:
        word = cue.group().lower()
        kind = DESCRIPTION if self.vocab.cue_kinds.get(word) in ("position", "position_noun") else REPORTED
        return ("according to" if word.startswith("according") else word), kind

    def _statements(self, speakers: Sequence[Mention], start: int, end: int, cue: str, kind: str, limit: int
                    ) -> list[Statement]:
        start, end = _trim(self.text, start, end)
        if kind != DIRECT_QUOTE:
            comment = _COMMENT_AFTER.search(self.text, start, end)
            if comment:
                end = comment.start()  # "..., a claim that brought quick denunciations": the writer's words
        if start >= end:
            return []
        if end - start <= 40 and cue in _BARE_SPEECH_CUES and len(_WORD_RUN.findall(self.text, start, end)) <= 2:
            return []  # "... rather than what it says.": a speech verb and its subject alone say nothing
        if cue in _CONTACT_CUES and end - start <= 200 and any(self.text.find(word, start, end) >= 0
                                                                for word in _CONTACT_WORDS):
            at = self.text.find(cue, start, end)
            if at >= 0 and _CONTACT_ONLY.fullmatch(self.text, at + len(cue), end):
                return []  # "The State Department said he had also spoken with Pashinyan": a contact, no position
        # A silence holds the statement's own cue (every cue of it must lie inside the silence, below): most cues
        # are no word of one, and "said" is one only with "nothing" or a negation ("has not said whether").
        # (or a cue inside an aside after the subject, before the silence: "Hungary, whose government has blocked
        # statements critical of Israel, has said nothing about this one", "Brunei, the smallest of the signatories,
        # made no public comment"; every aside has a comma)
        if kind != DIRECT_QUOTE and (cue in _SILENCE_CUES or self.text.find(",", start, end) >= 0) and (
                cue not in _SAID_FORMS and cue in _SILENCE_CUES or self.text.find("nothing", start, end) >= 0
                or any(self.text.find(words, start, end) >= 0 for words in _SILENCE_WORDS)):
            silence = _NO_STATEMENT.search(self.text, start, end)
            # "India made no public comment on the launch": a report that nothing was said; but not when the
            # statement says something else too ("Japan condemned the launch, saying Pyongyang had not responded").
            if silence and not _CONTRAST_WORD.search(self.text, start, end):
                # (a cue inside the subject's relative clause is another time's act: "China, which has promised El
                # Salvador a stadium, has said nothing about the court")
                aside = self._parenthetical(start, silence.start()) if silence.start() > start else None
                if all(silence.start() <= other.start() < silence.end()
                       or (aside is not None and aside[0] <= other.start() < aside[1])
                       for other in self._cues_in(start, end)):
                    return []
        out = []
        seen = set()
        for speaker in speakers:
            if speaker.code in seen:
                continue
            seen.add(speaker.code)
            excepted = self._exceptions_after(speaker, limit) if speaker.code == "INTL" else ()
            out.append(Statement(self.article_id, speaker.text, speaker.code, self.text[start:end], start, end, cue,
                                 kind, excepted))
        return out


# That an actor has said nothing (yet), or not what it thinks ("kept its own counsel", "would have nothing to say",
# "has not said whether it would ..."): no statement, so no position ("declined to comment", "said it had no comment"
# and "its silence has been noted" are answers, or readings of a silence, and stay statements: the blind batches'
# writers label an actor that "declined to comment" ambiguous three times for once absent).
_NO_STATEMENT = re.compile(
    r"(?<![\w-])(?:"
    r"(?:made|makes|make|offered|offers|issued|given|gave|expressed|voiced|released|published|put\s+out|provided)"
    r"\s+no\s+"
    r"(?:\w+\s+){0,2}?(?:comment|reaction|response|view|opinion|position|statement|details?\s+of\s+what)|"
    # "No comment was offered by India or Jordan", "No comment yet from Moscow"
    r"[Nn]o\s+(?:\w+\s+)?(?:comment|reaction|response|statement)\s+(?:(?:on|about)\s+(?:[\w'-]+\s+){1,4}?)?"
    r"(?:(?:was|were|has\s+been|had\s+been|have\s+been)\s+"
    r"(?:yet\s+)?(?:offered|made|given|issued|released|forthcoming|received)|yet\s+from|has\s+(?:yet\s+)?come\s+from)|"
    # "Neither Chisinau nor Tbilisi has commented on Kyiv's move"
    r"[Nn]either\s+[^,.;]{1,60}?\s+nor\s+[^,.;]{1,60}?\s+(?:has|have|had)\s+(?:yet\s+)?(?:publicly\s+)?"
    r"(?:commented|reacted|responded)|"
    r"(?:has|have|had)\s+(?:so\s+far\s+)?(?:said\s+next\s+to\s+nothing|barely\s+said\s+a\s+word)|"
    r"(?:(?:has|have|had|did|does)\s+not|hasn['\u2019]t|haven['\u2019]t|hadn['\u2019]t|didn['\u2019]t|doesn['\u2019]t)"
    r"\s+(?:yet\s+)?(?:publicly\s+)?(?:commented|comment|reacted|react|responded|respond)"
    r"(?:\s+to\s+(?:\w+\s+){0,2}?requests?\s+for\s+comment)?|"
    r"(?:has|have|had|is|are|was|were)\s+yet\s+to\s+(?:publicly\s+)?(?:comment|react|respond|"
    r"(?:say|announce|offer)\s+anything)|"
    # "Iran has kept entirely out of the quarrel"
    r"(?:kept|keeps|keep|stayed|stays|stay|remained|remains)\s+(?:\w+ly\s+)?out\s+of\s+(?:the\s+)?"
    r"(?:quarrel|dispute|row|debate|fray|affair|matter|argument|spat)(?![\w-])|"
    r"(?:has|have|had)\s+(?:so\s+far\s+)?said\s+nothing|"
    r"(?:say|says|said)\s+nothing\s+(?:more|further|else|at\s+all|publicly|in\s+public)(?=\s*(?:[.,;:]|$|about|on|"
    r"regarding))|"
    r"(?:say|says|said)\s+nothing(?=\s+(?:about|on|regarding)\s)|"
    # "has kept conspicuously silent", "has been conspicuously quiet": the blind batches' writers read a silence
    # however marked as no position (9 times in 10)
    r"(?:kept|keeps|keep|remained|remains|stayed|stays|(?:has|have|had)\s+been)\s+"
    r"(?:(?:largely|conspicuously|noticeably|notably|strikingly|very|pointedly)\s+)?(?:silent|quiet|mum)|"
    r"(?:kept|keeps|keep)\s+(?:its|his|her|their)\s+(?:own\s+)?counsel|"
    r"(?:(?:said|says)\s+(?:that\s+)?(?:it|he|she|they)\s+)?(?:would|will|had|has|have)\s+(?:have\s+)?nothing\s+"
    r"(?:more\s+|further\s+)?to\s+say(?=\s*(?:[.,;:]|$|about|on|regarding))|"
    # (an indirect question's words are not the actor's: the silence runs to the clause's end)
    r"(?:(?:has|have|had|did|does|would|will|could|can)\s+not|hasn['\u2019]t|haven['\u2019]t|didn['\u2019]t|"
    r"doesn['\u2019]t|wouldn['\u2019]t|won['\u2019]t|(?:has|have|had)\s+yet\s+to)\s+(?:yet\s+)?(?:publicly\s+)?"
    r"(?:said|say)\s+(?:what|whether|how|if)(?:(?!\s(?:and|but|which|while)\s)(?:[^.;:,]|,\s*if\s+any\w*\s*,))*"
    r")(?![\w-])", re.IGNORECASE)
# Speech verbs that carry no position of their own: a statement of these and a subject alone is empty.
_BARE_SPEECH_CUES = frozenset({"said", "says", "say", "added", "adds", "stated", "states", "told", "tells"})
# What a speech verb reports when it reports only a contact: "said he had also spoken with Pashinyan", "confirmed
# that the call had taken place". Whoever was called takes no position by it, nor does the caller.
_CONTACT_CUES = _BARE_SPEECH_CUES | frozenset({"confirmed", "confirms", "confirm"})
# Words one of which every contact report holds (looked for first: the pattern is tried on few statements).
_CONTACT_WORDS = ("spok", "talked", "met with", "phoned", " place")
_CONTACT_ONLY = re.compile(
    r"\s+(?:that\s+)?(?:(?:(?:he|she|they|it|we|(?-i:[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)|(?:the|its|his|her|their)\s+"
    r"(?:[\w-]+\s+)?(?:minister|president|premier|chancellor|secretary|leader|envoy|ambassador|king|emir|spokesman|"
    r"spokeswoman|official|officials))\s+)?(?:had\s+|has\s+|have\s+)?(?:also\s+)?"
    r"(?:(?:spoken|spoke|talked)(?:\s+by\s+(?:tele)?phone)?\s+(?:with|to)|met\s+with|(?:telephoned|phoned)(?![\w-]))"
    r"|(?:a|the)\s+(?:call|conversation|meeting|talks)\s+(?:had\s+|has\s+)?(?:taken|took)\s+place)"
    # then only who and when ("with Kenyan President William Ruto on Tuesday"), no second clause, purpose or reading
    r"(?:\s+(?!(?:and|but|while|to|for|against|urg\w*|call\w*|warn\w*|in\s+a\s+\w+\s+spirit)(?![\w-]))"
    r"[\w.'\u2019-]+){0,12}[.!]?\s*", re.IGNORECASE)
_WORD_RUN = re.compile(r"\w+")
# "what it called", "what they termed": a verb of naming that marks the next words as the speaker's own.
_NAMING_FORMS = frozenset({b"called", b"calls", b"termed", b"terms", b"described", b"describes", b"dubbed", b"dubs",
                           b"labelled", b"labeled", b"branded"})
# A sentence about a text or proposal: "The draft was put forward by Algeria", "A resolution tabled by ...".
_TEXT_SUBJECT = re.compile(r"(?:The|A|An|Its|Their)\s+(?:[\w-]+\s+){0,2}?(?:draft|resolution|text|motion|proposal|plan|"
                           r"bill|initiative|statement|letter|declaration|amendment)(?![\w-])")
# A passive's auxiliary and participle, then "by" right before its agent: "was put forward by ", "were tabled by the ".
_PASSIVE_AGENT_BEFORE = re.compile(r"(?<![\w-])(?:was|were|is|are|been|being)\s+(?:\w+ly\s+)?(?:\w+(?:ed|en)|put|set|led|made|"
                                   r"brought|held)"
                                   r"(?:\s+(?:forward|up|out|off|back|down|through))?\s+by\s+(?:the\s+)?$")
_WHAT_PRONOUN = r"what\s+(?:it|they|he|she)\s+"
_NAMING_RELATIVE = re.compile(_WHAT_PRONOUN + "(?:" + "|".join(sorted(f.decode() for f in _NAMING_FORMS)) + r")(?![\w-])",
                              re.IGNORECASE)
_WHAT_BEFORE = re.compile(r"(?<![\w-])" + _WHAT_PRONOUN + "$")
# "side" and "sides" after a word that makes them a plain noun (see _ArticleExtractor._find_cues).
_SIDE_FORMS = frozenset({b"side", b"sides"})
_SIDE_NOUN_BEFORE = re.compile(r"(?<![\w-])(?:other|either|both|each|one|two|all|opposite|far|near|this"
                               r"|(?:the|its|his|her|their|our)\s+[\w-]+)\s+$")  # (and "the Saudi side")
# Words one of which a said-form silence other than "nothing" holds ("has not said whether", "hasn't yet said",
# "would not say", "has yet to say"): most "said" statements hold none, and skip the pattern.
_UNSAID_WORDS = ("not sa", "n't sa", "not yet sa", "n't yet sa", "not publicly sa", "yet to sa", "barely said")
# ... and the words of the other silences, looked for when the cue is another word ("Brunei, the smallest of the
# signatories, made no public comment": the cue is the noun of the aside).
_SILENCE_WORDS = _UNSAID_WORDS + (" no ", "No ", "silent", "quiet", "counsel", " yet to ", "not comment", "not react",
                                  "not respond", "n't comment", "n't react", "n't respond")
# The cue words a match of _NO_STATEMENT can hold (see _statements).
_SAID_FORMS = frozenset({"said", "say", "says"})
_SILENCE_CUES = _SAID_FORMS | frozenset("""made makes make offered offers issued given gave expressed voiced kept keeps keep
remained remains stayed stays comment comments commented
reaction reactions react reacts reacted response responses respond responds responded announce announced""".split())
# (nor a silence kept on purpose: "has been careful to say nothing about which side was right" is a stance)
_CONTRAST_WORD = re.compile(r"(?<![\w-])(?:but|while|although|though|however|except|careful|carefully|"
                            r"deliberately)(?![\w-])", re.IGNORECASE)
# The writer's comment on what was said, set after it: "..., a claim that brought quick denunciations from its
# neighbours", "..., a move that set off the worst violence in years".
_COMMENT_AFTER = re.compile(r",\s+(?:a|an)\s+(?:claim|move|step|decision|announcement|stance|position|remark|comment|"
                            r"charge|accusation|assertion|warning|threat|gesture)\s+(?:that|which)(?![\w-])")
# "speaking for the EU", "on behalf of the Arab Group": the actor that a speaker represents follows.
_ON_BEHALF = re.compile(r"(?<![\w-])(?:[Ss]peaking\s+(?:for|on\s+behalf\s+of|in\s+the\s+name\s+of)|[Oo]n\s+behalf\s+of|"
                        r"[Ii]n\s+the\s+name\s+of)\s+(?:the\s+)?")
# A subject's noun and then a finite verb: "the Syrian government had failed", "Moscow would veto".
_CLAUSE_AFTER_SUBJECT = re.compile(r"(?:(?:'s|\u2019s)?\s+(?:[a-z-]+\s+){0,2}?)?\s*(?:had|has|have|was|were|is|are|would|will|"
                                   r"could|should|must|did|does|can|may|might)\b")
# A sentence's opening place ("In Cairo", "At the United Nations", "From Beijing"): the comma after it opens nothing.
# An agent named only by its role: "by the foreign ministry" (its "the" already read), "by a government spokesman".
_ROLE_AGENT = re.compile(r"(?:(?:a|an|its|the)\s+)?(?:(?:foreign|prime|deputy|defence|defense|press|senior|top|government|"
                         r"presidential|interior|trade|justice)\s+){0,2}(?:minister|ministry|president|spokesman|"
                         r"spokeswoman|spokesperson|premier|chancellor|officials?|government|administration|"
                         r"presidency|office|cabinet)(?![\w-])", re.IGNORECASE)
_PLACE_OPENING = re.compile(r"\s*(?:In|At|From|Inside|Across)\s+[^,;:\"\u201c]+")
_RELATIVE_OPEN = re.compile(r",\s*(?:which|who|whom|whose|where)(?![\w-])")
# A sentence that opens with a subordinate clause ("If Israel strikes again, ...").
_SUBORDINATE_OPENING = re.compile(r"\s*[\"\u201c]?(?:If|Unless|Should|When|Whenever|While|Although|Though|Because|Since|"
                                  r"Once|Until|Before|After|As long as)\s+[^,;]*$")
# What _sentence returns as its last speakers when a speaker that names no actor spoke.
_UNNAMED_SPEAKER: list[Mention] = []
_PREPOSITION_BEFORE = re.compile(r"(?<![\w-])(?:beyond|of|with|to|for|from|by|about|against|at|in|on|into|over|under|than|"
                                 r"behind|around|toward|towards|near|inside|outside|within)\s+\Z", re.IGNORECASE)
# A sentence whose subject is a person the resolver does not know, by an honorific or a rank and a name ("On Sunday,
# General Bozize was presented as head of state", "Mr Patasse, who was abroad, ..."): a "he" after it is that
# person, not the last actor that spoke.
_PERSON_SUBJECT = re.compile(r"(?:(?:On|In|At|By|Late|Early|Later|Earlier|After|Before|Last|This)\b[^,.;]{0,40},\s+)?"
                             r"(?:Mr|Mrs|Ms|Miss|Dr|Gen|General|Col|Colonel|Lt|Lieutenant|Maj|Major|Capt|Captain|"
                             r"Commander|Marshal|Field\s+Marshal|Brigadier|Adm|Admiral|(?:(?:Deputy|Vice|Acting|First)\s+)?"
                             r"(?:(?:Foreign|Prime|Defen[cs]e|Interior|Finance|Trade)\s+Minister|President|Ambassador|"
                             r"Senator|Governor|Chancellor))\.?\s+(?:[A-Z][\w'\u2019-]+\s+)*"
                             r"[A-Z][\w'\u2019-]+(?:,|\s+[a-z])")
# A word and what may stand between it and a subject it governs: "said Kyiv", "said on Friday they", "warned
# that the army", "warned that if Doha", "rejected Pakistan's", "dismissed criticism from". The word must be a
# cue verb (the vocabulary decides, see _ArticleExtractor._in_words_of_another).
_VERB_BEFORE_SUBJECT = re.compile(r"(?<![\w'\u2019-])([A-Za-z]+)\s+(?:(?:late\s+|early\s+)?on\s+[A-Z]\w+\s+)?"
                                  r"(?:that\s+)?(?:(?:if|unless|once|whether)\s+)?(?:the\s+|a\s+|an\s+)?$")
# "said it was regrettable that Berlin ...", "called it "painful" that Cairo ...": a speaker's judgement of what
# follows.
_JUDGED_THAT_BEFORE = re.compile(r"(?<![\w'\u2019-])([A-Za-z]+)\s+(?:it|this)\s+(?:(?:was|is|were|had\s+been|has\s+been|"
                                 r"would\s+be)\s+)?[\"\u201c]?[\w -]{1,30}?[\"\u201d]?\s+that\s+(?:the\s+)?$")
# "told reporters (that) Berlin ...", "tells the council Moscow ...": listeners between the verb and the subject.
_TOLD_BEFORE_SUBJECT = re.compile(r"(?<![\w'\u2019-])(?:told|tells)(?:\s+[\w.'\u2019-]+){1,4}?\s+(?:that\s+)?"
                                  r"(?:the\s+)?$")
_AS_DID = re.compile(r",?\s+as\s+did\s+(?:the\s+)?")
# "X's condemnation ... echoed that of Y": Y holds the same position.
_ECHO = re.compile(r"\b(?:echo(?:ed|es)|mirror(?:ed|s)|match(?:ed|es))\s+(?:that|those)\s+of\s+(?:the\s+)?")
# Cue words whose passive ("..., joined by Guatemala") adds speakers to the position stated before them.
_JOINING = frozenset({"joined", "joins"})


def _inside_quotation(text: str, start: int, position: int) -> bool:
    """Whether *position* stands inside a quotation opened after *start* (straight quotes counted, curly ones
    matched)."""
    return text.count('"', start, position) % 2 == 1 or \
        text.count("\u201c", start, position) > text.count("\u201d", start, position)


def _antecedent(reference: str, last_speakers: list[Mention]) -> list[Mention]:
    """The speakers a reference points to: "they" may be several, "he" or "the ministry" only one."""
    if reference.lower() == "they" or len({m.code for m in last_speakers}) == 1:
        return list(last_speakers)
    return []


def _unmasked(start: int, end: int, masked: list[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The parts of [start, end) outside the masked spans."""
    position = start
    for m_start, m_end in sorted(masked):
        if m_end <= position or m_start >= end:
            continue
        if m_start > position:
            yield position, m_start
        position = max(position, m_end)
    if position < end:
        yield position, end


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    if start < end and (text[start] in _TRIM_LEFT_FIRST or text[start].isspace()):
        left = _TRIM_LEFT.match(text, start, end)
        if left:
            start = left.end()
    if start < end and (text[end - 1] in _TRIM_RIGHT_LAST or text[end - 1].isspace()):
        right = _TRIM_RIGHT.search(text, start, end)
        if right:
            end = right.start()
    return start, end
