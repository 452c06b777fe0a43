"""Resolving mentions in text to actors: countries (ISO 3166-1 alpha-3), organisations, and groups (``INTL``).

Where the names come from:

- pycountry: ISO names, official names and common names with their alpha-3 codes;
- countryinfo: alternative spellings, demonyms and capitals;
- ``data/actors.csv``: what no library has — demonyms and capitals the libraries miss, seats of government
  used as metonyms ("the Kremlin"), ministries, organisations and their officials, groups ("the
  international community"), and leaders and ministers by name with the dates they held office.

Matching is by whole words only: candidate spans are runs of capitalised words, and an alias matches a
whole run of tokens inside one ("Turks" is not Turks and Caicos; "Perugia" is not Peru). Group phrases,
which are lower-case ("world leaders"), have their own word-bounded pattern. The resolver does not decide
who is speaking; :mod:`stance.extract` does, from the mentions found here.
"""

from __future__ import annotations

import bisect
import csv
import datetime as _dt
import re
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from stance._paths import read_sections, resource
from stance._records import by_fields
from stance.errors import DataError

GROUP_CODE = "INTL"
ORGANISATIONS = {
    "UN": "United Nations", "UNSC": "UN Security Council", "UNGA": "UN General Assembly",
    "EU": "European Union", "NATO": "NATO", "AU": "African Union", "ASEAN": "ASEAN",
    "ARAB_LEAGUE": "Arab League", "OIC": "Organisation of Islamic Cooperation", "ECOWAS": "ECOWAS",
    "GCC": "Gulf Cooperation Council", "OSCE": "OSCE", "CSTO": "CSTO", "G7": "G7", "G20": "G20",
    "ICC": "International Criminal Court", "ICJ": "International Court of Justice",
    GROUP_CODE: "International community",
}
# Short names news uses, where the ISO name is long or political ("Türkiye", "Korea, Republic of").
_DISPLAY_OVERRIDES = {
    "TUR": "Turkey", "RUS": "Russia", "IRN": "Iran", "SYR": "Syria", "KOR": "South Korea", "PRK": "North Korea",
    "VEN": "Venezuela", "BOL": "Bolivia", "TZA": "Tanzania", "MDA": "Moldova", "LAO": "Laos", "VNM": "Vietnam",
    "TWN": "Taiwan", "COD": "DR Congo", "COG": "Republic of the Congo", "PSE": "Palestine", "XKX": "Kosovo",
    "GBR": "United Kingdom", "USA": "United States", "CZE": "Czech Republic", "FSM": "Micronesia",
    "VAT": "Holy See", "BRN": "Brunei", "CIV": "Ivory Coast", "MKD": "North Macedonia", "SWZ": "Eswatini",
}
_CONNECTORS = frozenset({"of", "and", "the", "de", "du", "des", "la", "le", "al", "el", "bin", "ibn", "von", "van",
                         "der", "den", "da", "dos", "do", "y", "d'", "al-", "for"})
_TOKEN = re.compile(r"[^\W\d_][\w'\u2019.\-]*")
# "al-Burhan", "bin Salman", "de Mistura", "Quai d'Orsay": lower-case name particles that belong to a capitalised
# run.
_PARTICLE = re.compile(r"(?:al|el|ad|as|ash|at|az|an|ar|ud|ul|bin|ibn|abu|bint)-\w", re.IGNORECASE)
_NAME = r"(?:[A-Z\u00c0-\u00de]|(?:al|el|ad|as|ash|at|az|an|ar|ud|ul|bin|ibn|abu|bint)-|d['\u2019](?=[A-Z]))[\w'\u2019.\-]*"
_RUN_CONNECTORS = "|".join(sorted(c for c in _CONNECTORS if c.isalpha()))
_RUN = re.compile(
    r"[A-Z\u00c0-\u00de][\w'\u2019.\-]*(?:[ \t]+(?:(?:" + _RUN_CONNECTORS + r")[ \t]+){0,2}" + _NAME + r")*"
)
_RUN_CACHE_SIZE = 100_000
# Names that "West" begins ("the West Bank", "West Africa"), not the group.
_NAME_GOES_ON = re.compile(r"[ \t]+(?:Bank|Africa|African|Germany|German|Virginia|Papua|Java|Timor|Indies|Sahara|Coast|"
                           r"Asia|Asian|Jerusalem|Beirut|Darfur|Bengal|Point|Wing|End|Nile|Kordofan|Balkans)(?![\w-])")
_CAPITAL_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")
# Words that make a country's name part of a region's: "Latin America", "Northern Ireland", "South Lebanon" (names
# that are states, "South Africa", "North Korea", "East Timor", are aliases of their own and found whole first).
_REGION_QUALIFIERS = frozenset({"Latin", "Central", "North", "South", "East", "West", "Southern", "Northern",
                                "Eastern", "Western", "Upper", "Lower", "Greater", "Southeast", "Northeast",
                                "Southwest", "Northwest"})
# A weapon's designation after a demonym is that country's weapon, not part of a name: "Russian MiG-31s",
# "Israeli F-16s", "Chinese J-20 fighters".
_DESIGNATION = re.compile(r"[A-Za-z]-?\d")
# Capitalised words that may follow a country name or demonym in a title ("Turkish Foreign Minister ...").
_TITLE_WORDS = frozenset(
    "president vice prime minister ministry foreign secretary state defence defense interior chancellor premier "
    "ambassador envoy embassy mission spokesman spokeswoman spokesperson king queen emir crown prince sheikh "
    "supreme leader general gen lt col deputy acting special representative permanent chief senior government "
    "parliament senate congress army navy air force forces military department office council national security "
    "affairs mr mrs ms dr sultan president-elect delegation delegate federal high "
    "commissioner commission house assembly cabinet junta regime authorities officials official "
    "republic federation kingdom presidency".split()
)


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of text that names an actor."""

    start: int
    end: int
    text: str
    code: str
    kind: str  # country_name, demonym, capital, seat, ministry, leader, minister, official, organisation, group, ...

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return by_fields(self)


@dataclass(frozen=True)
class _Alias:
    code: str
    kind: str
    valid_from: _dt.date | None
    valid_to: _dt.date | None


# Kinds of alias that are places standing for a government.
_PLACE_KINDS = frozenset({"capital", "seat"})
# Names that stand for a state only within their dates, and for no state outside them.
_DATED_NAME_KINDS = _PLACE_KINDS | {"alt_name"}
# Alternative spellings from countryinfo that are English words or common names, not the country in English news:
# "Manus Island" (Iceland's "Island"), "Dominique Strauss-Kahn" (Dominica's French name), "Thomas Mann" (Manx for
# the Isle of Man), Thailand's "Prathet" ("country").
_NOT_ALT_NAMES = frozenset({"Island", "Dominique", "Mann", "Mannin", "Prathet"})
# A hyphenated given name ("Ki-moon", "Jong-un"): in Korean names it follows the family name.
_GIVEN_NAME_LAST = re.compile(r"[A-Z][a-z]+-[a-z]+")
_WORD_BEFORE = re.compile(r"([A-Z][\w'\u2019]{1,})[ \t]+$")


def _family_name(text: str, start: int, end: int) -> str:
    """The family name of a person whose name's last word is text[start:end]: that word, or the word before it
    when the last is a hyphenated given name ("Ban Ki-moon", "Moon Jae-in", "Kim Jong-un": Ban, Moon, Kim)."""
    last = text[start:end]
    if _GIVEN_NAME_LAST.fullmatch(last):
        before = _WORD_BEFORE.search(text, max(0, start - 30), start)
        if before:
            return before.group(1)
    return last


# Between a country and an office of that name: "the German Foreign Office", "India's Foreign Office" (not a line
# break: "... Germany\n\nForeign Office officials said").
_OFFICE_GAP = re.compile(r"(?:['\u2019]s)?[ \t]+")
# Mentions that name a country itself, which an office's name after them belongs to.
_NATION_KINDS = frozenset({"demonym", "country_name"})
# How far outside a term a person's name still names its holder's actor: a vice president or foreign minister
# before the term, a former leader after it ("Biden" in 2014 for the president of 2021-2025).
_TERM_SLACK = _dt.timedelta(days=8 * 366)


def _near(entry: _Alias, date: _dt.date, slack: _dt.timedelta) -> bool:
    """Whether *date* is within *slack* of *entry*'s term (an open end is no limit)."""
    if entry.valid_from is not None and date < entry.valid_from - slack:
        return False
    return entry.valid_to is None or date <= entry.valid_to + slack


def _parse_date(value: str, path: Path, line: int) -> _dt.date | None:
    value = (value or "").strip()
    if not value:
        return None
    try:
        return _dt.date.fromisoformat(value)
    except ValueError:
        raise DataError(f"{path}: line {line}: bad date {value!r} (expected YYYY-MM-DD)") from None


_POSSESSIVE_SUFFIXES = ("'s", "\u2019s", "'", "\u2019")


def _strip_possessive(text: str) -> str:
    if not text.endswith(_POSSESSIVE_SUFFIXES):  # the common case, in one call
        return text
    for suffix in _POSSESSIVE_SUFFIXES:
        if text.endswith(suffix):
            return text[: -len(suffix)]
    return text


class ActorResolver:
    """Find actor mentions in text and name actors.

    Args:
        alias_path: the curated alias CSV (default: the bundled ``data/actors.csv``).
    """

    def __init__(self, alias_path: str | Path | None = None) -> None:
        self.alias_path = Path(alias_path) if alias_path else resource("data/actors.csv")
        self._aliases: dict[str, list[_Alias]] = {}
        self._names: dict[str, str] = dict(ORGANISATIONS)
        self._load_libraries()
        self._drop_ambiguous()
        self._load_curated()
        self._group_pattern = self._build_group_pattern()
        # First token of every alias, and the longest alias starting with it: most capitalised words
        # ("The", "In", "Officials") start no alias and are skipped with one set lookup.
        self._first_tokens: dict[str, int] = {}
        # What _run_aliases finds in a run of capitalised words (see _capitalised_mentions): by run, for runs
        # whose aliases name one actor whatever the date, else by (run, date).
        self._run_cache: dict[str, tuple[tuple[int, int, str, str], ...]] = {}
        self._dated_run_cache: dict[tuple[str, _dt.date | None], tuple[tuple[int, int, str, str], ...]] = {}
        # A name of several words in capitals ("DAR ES SALAAM -" in a round-up's subheads) is looked up without case:
        # its title-cased form ("Dar Es Salaam") is not how the alias is written.
        self._caseless: dict[str, str] = {}
        for alias in self._aliases:
            words = alias.split()
            self._first_tokens[words[0]] = max(self._first_tokens.get(words[0], 0), len(words))
            if len(words) > 1:
                self._caseless.setdefault(alias.upper(), alias)

    def _build_group_pattern(self) -> re.Pattern:
        """Group phrases: explicit ones (``data/groups.txt`` and group rows of the alias file) and the
        composed form [quantifier] [modifier] noun ("all countries", "Western capitals", "most Arab states")."""
        sections = read_sections("data/groups.txt")
        phrases = [p.removeprefix("the ") for p in sections.get("phrase", [])]
        nouns = sections.get("noun", [])
        heads = set(nouns) | {p.split()[-1].lower() for p in phrases}
        # Curated group aliases with a common head noun ("Western powers") join the pattern; the rest
        # ("BRICS", "the Quartet") are capitalised names, matched like any other alias.
        phrases += [a for a, entries in self._aliases.items()
                    if entries[0].code == GROUP_CODE and a.split()[-1].lower() in heads]
        def alternation(items: list[str]) -> str:
            return "|".join(re.escape(i).replace(r"\ ", r"\s+") for i in sorted(set(items), key=len, reverse=True))
        quantifier = alternation(sections.get("quantifier", []))
        modifier = alternation(sections.get("modifier", []))
        composed = (rf"(?:(?:{quantifier})\s+(?:(?:{modifier})\s+)?|(?:{modifier})\s+)(?:{alternation(nouns)})")
        # The words a group phrase can start with, lower case: a word before a head that is none of them
        # starts no phrase, and the pattern is not tried there (see _groups). None when one is not ASCII, where
        # lower-casing and IGNORECASE might disagree.
        firsts = {item.split()[0].lower() for section in ("quantifier", "modifier")
                  for item in sections.get(section, [])} | {phrase.split()[0].lower() for phrase in phrases}
        self._group_phrase_firsts = frozenset(firsts) if all(first.isascii() for first in firsts) else None
        self._group_heads = re.compile(rf"(?<![\w-])(?:{alternation(sorted(heads))})(?![\w-])", re.IGNORECASE)
        # The same, case-sensitive, for lower-cased text (see lowered()): IGNORECASE costs ~40% more per character.
        self._group_heads_lower = re.compile(
            rf"(?<![\w-])(?:{alternation(sorted({h.lower() for h in heads}))})(?![\w-])")
        # Every head starts with one of these words: str.find jumps to them (see _anchored_finditer).
        self._group_head_firsts = tuple(sorted({h.lower().split()[0] for h in heads}))
        # The same as bytes, to be picked out of the article's words (see _word_anchored_finditer), when every
        # one is a word lower_words() lists whole.
        self._group_head_words = frozenset(first.encode() for first in self._group_head_firsts) \
            if all(re.fullmatch(r"[a-z0-9_-]+", first) for first in self._group_head_firsts) else None
        # A phrase of groups.txt written capitalised names the group only so: "the West", not "west Beirut" or "in
        # the west" (the alias file's "Western countries" is a group in lower case too).
        self._proper_phrases = frozenset(p.removeprefix("the ").lower() for p in sections.get("phrase", [])
                                         if not p.islower())
        return re.compile(rf"(?<![\w-])(?:{composed}|{alternation(phrases)})$", re.IGNORECASE)

    def _groups(self, text: str) -> list[Mention]:
        """Group phrases, found from their head nouns: the full pattern runs only in a short window before
        each head ("countries", "community", ...), not over the whole text."""
        found: list[Mention] = []
        lower = lowered(text)
        if lower is None:
            heads = self._group_heads.finditer(text)
        elif self._group_head_words is not None:
            heads = _word_anchored_finditer(self._group_heads_lower, lower, self._group_head_words)
        else:
            heads = _anchored_finditer(self._group_heads_lower, lower, self._group_head_firsts)
        firsts = self._group_phrase_firsts if lower is not None else None
        for head in heads:
            window_start = max(0, head.start() - 60)
            head_end = head.end()
            for start in _word_starts(text, window_start, head.start()):
                if firsts is not None and lower is not None and lower[start:head_end].split(None, 1)[0] not in firsts:
                    continue  # the pattern's \s+ are str.split()'s whitespace: this word starts no phrase
                match = self._group_pattern.match(text, start, head_end)
                if match and " ".join(match.group().split()).lower() in self._proper_phrases and (
                        match.group().islower() or _NAME_GOES_ON.match(text, match.end())):
                    match = None  # "west Beirut"; "the West Bank", "West Africa": a longer name
                elif match and match.group().endswith("World") and _CAPITAL_NEXT.match(text, match.end()):
                    match = None  # "the World Bank", "the World Health Organization": a body's name
                if match:
                    mention = Mention(match.start(), match.end(), match.group(), GROUP_CODE, "group")
                    while found and found[-1].end > match.start() and found[-1].start >= match.start():
                        found.pop()  # "world" inside "world leaders": the longer phrase wins
                    if not found or found[-1].end <= match.start():
                        found.append(mention)
                    break
            else:
                # A bare head with a place after it: "Governments across Europe and North America", "capitals
                # around the world" (the place is where they are, not an actor of its own).
                spread = _SPREAD.match(text, head_end)
                if spread and head.group()[:1].isalpha() and (not found or found[-1].end <= head.start()):
                    found.append(Mention(head.start(), spread.end(), text[head.start():spread.end()], GROUP_CODE,
                                         "group"))
        return found

    def _add(self, alias: str, code: str, kind: str, valid_from=None, valid_to=None) -> None:
        alias = " ".join(alias.split())
        if alias.lower().startswith("the "):
            alias = alias[4:]
        if not alias:
            return
        entries = self._aliases.setdefault(alias, [])
        entry = _Alias(code, kind, valid_from, valid_to)
        if entry not in entries:
            entries.append(entry)

    def _drop_ambiguous(self) -> None:
        """Library aliases that name several countries ("American": USA, ASM, MNP, ...) are dropped;
        the curated file decides such cases."""
        for alias in [a for a, entries in self._aliases.items() if len({e.code for e in entries}) > 1]:
            del self._aliases[alias]

    def _load_libraries(self) -> None:
        import pycountry
        from countryinfo import all_countries

        for country in pycountry.countries:
            code = country.alpha_3
            for attribute in ("name", "official_name", "common_name"):
                value = getattr(country, attribute, None)
                if value and "," not in value:  # "Korea, Republic of" is not how news names anyone
                    self._add(value, code, "country_name")
            self._names.setdefault(code, getattr(country, "common_name", None) or country.name)
        for entry in all_countries():
            # Any, not countryinfo's TypedDict: its fields are None for some countries, which the compiled
            # module would refuse (see setup.py).
            info: Any = entry.info()
            alpha3 = (info.get("ISO") or {}).get("alpha3")  # may be None: checked before it becomes a str code
            if not alpha3:
                continue
            code = alpha3
            self._names[code] = info.get("name") or self._names.get(code, code)
            for spelling in info.get("altSpellings") or []:
                # Two- and three-letter codes ("TR", "CAN") collide with ordinary words and initials, and a few
                # native names with English words and given names (see _NOT_ALT_NAMES).
                if len(spelling) > 3 and spelling[:1].isupper() and spelling not in _NOT_ALT_NAMES:
                    self._add(spelling, code, "alt_name")
            if info.get("name"):
                self._add(info["name"], code, "country_name")
            if info.get("demonym"):
                self._add(info["demonym"], code, "demonym")
            capital = info.get("capital")
            if capital and len(capital) > 3:
                self._add(capital, code, "capital")
        self._names.update(_DISPLAY_OVERRIDES)

    def _load_curated(self) -> None:
        if not self.alias_path.exists():
            raise DataError(f"alias file {self.alias_path} not found")
        curated: set[str] = set()
        with open(self.alias_path, encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            for line, row in enumerate(reader, start=2):
                alias, code = (row.get("alias") or "").strip(), (row.get("actor_code") or "").strip()
                if not alias or not code:
                    continue
                entry = _Alias(code, (row.get("type") or "alias").strip(),
                               _parse_date(row.get("valid_from", ""), self.alias_path, line),
                               _parse_date(row.get("valid_to", ""), self.alias_path, line))
                key = " ".join(alias.split()).removeprefix("the ").removeprefix("The ")
                if key not in curated:
                    curated.add(key)
                    self._aliases[key] = []  # the curated file overrides what the libraries say
                if entry not in self._aliases[key]:
                    self._aliases[key].append(entry)
        # The Arabic article is written "al-" and "el-" alike ("Omar al-Bashir", "Omar el-Bashir").
        for key in sorted(curated):
            for written, other in ((" al-", " el-"), (" el-", " al-"), (" Al-", " El-"), (" El-", " Al-")):
                if written in key and key.replace(written, other) not in self._aliases:
                    self._aliases[key.replace(written, other)] = list(self._aliases[key])

    def name(self, code: str) -> str:
        """The display name of an actor code ("TUR" -> "Turkey")."""
        return self._names.get(code, code)

    def lookup(self, alias: str, date: _dt.date | None = None) -> tuple[str, str] | None:
        """The (code, kind) an alias names on *date*, or None. Without a date, the latest holder wins."""
        entries = self._aliases.get(alias)
        if not entries:
            return None
        if date is not None:
            valid = [e for e in entries
                     if (e.valid_from is None or e.valid_from <= date) and (e.valid_to is None or date <= e.valid_to)]
        else:
            valid = sorted(entries, key=lambda e: (e.valid_from or _dt.date.min), reverse=True)
        if not valid:
            # A person named outside the dates we hold for them still belongs to one actor, when every
            # office we know of was that actor's ("Vice President Joe Biden" in 2014), unless the date is far
            # from every term we hold for it: "Calderon" in 1993 is not Mexico's president of 2006-2012.
            codes = {e.code for e in entries}
            if len(codes) != 1 or date is not None and all(e.kind in _DATED_NAME_KINDS for e in entries):
                # (a former seat of government after its term is a city: "Bonn" in 2008; a movement out of power
                # is no state: the Taliban in 2010)
                return None
            person = all(e.kind in PERSON_KINDS for e in entries)
            if person and date is not None and not any(_near(e, date, _TERM_SLACK) for e in entries):
                return None  # (Yasushi Akashi, a UN envoy of the 1990s, was Japan's envoy to Sri Lanka in 2010)
            return entries[0].code, entries[0].kind
        return valid[0].code, valid[0].kind

    def find_mentions(self, text: str, date: _dt.date | None = None) -> list[Mention]:
        """Every actor mention in *text*, in order, non-overlapping, with exact offsets."""
        mentions, pronouns = self._capitalised_mentions(text, date)
        groups = self._groups(text)
        if groups and mentions:
            # "the Economic Community of West African States": a group phrase inside a longer name is part
            # of the name, not a group.
            mention_starts = [m.start for m in mentions]
            groups = [g for g in groups if not self._inside_longer(g, mentions, mention_starts)]
        if groups:
            # "Latin American leaders" is a group, not the United States.
            # Groups are found in order and never overlap each other, so only the last group that starts
            # before a mention ends can overlap it (a bisection keeps long articles linear).
            starts = [g.start for g in groups]
            mentions = [m for m in mentions
                        if not ((i := bisect.bisect_left(starts, m.end)) and groups[i - 1].end > m.start)]
            mentions.extend(groups)
            mentions.sort(key=lambda m: m.start)
        return self._with_learned_names(text, mentions, pronouns)

    def _with_learned_names(self, text: str, mentions: list[Mention], pronouns: Sequence[int] = ()
                            ) -> list[Mention]:
        """*mentions* plus later mentions of people the article itself ties to an actor.

        News names an official in full once, with a country or title ("Peruvian Foreign Minister Nestor
        Popolizio", "Paraguay's new president, Federico Franco,"), then by surname alone ("Popolizio said").
        The alias file cannot list every official; the article's own introduction can. A surname that is
        itself an alias, or that the article ties to two actors, is not learned.
        """
        learned: dict[str, str] = {}
        for mention, surname in self._introduced_names(text, mentions, pronouns):
            if surname in self._aliases or learned.get(surname, mention.code) != mention.code:
                learned[surname] = ""  # an alias already, or two actors: ambiguous
            else:
                learned[surname] = mention.code
        learned = {name: code for name, code in learned.items() if code}
        if not learned:
            return mentions
        starts = [m.start for m in mentions]
        added = []
        for name, code in learned.items():
            # str.find per name (an article learns a handful): no pattern to compile per article.
            at = text.find(name)
            while at >= 0:
                end = at + len(name)
                if (at == 0 or not (text[at - 1].isalnum() or text[at - 1] in "-'\u2019")) and \
                        (end == len(text) or not (text[end].isalnum() or text[end] == "-")):
                    index = bisect.bisect_right(starts, at)
                    inside = (index and mentions[index - 1].end > at) or (
                        index < len(mentions) and mentions[index].start < end)
                    if not inside:  # not inside a longer mention (the introduction itself)
                        added.append(Mention(at, end, name, code, "learned"))
                at = text.find(name, end)
        return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions

    def _introduced_names(self, text: str, mentions: list[Mention], pronouns: Sequence[int] = ()
                          ) -> Iterator[tuple[Mention, str]]:
        """(mention, surname) for each person an actor mention introduces: a name after capitalised title words
        ("Peruvian Foreign Minister Nestor Popolizio"), an apposition after a possessive title ("Paraguay's
        new president, Federico Franco,"), or the one who explains its vote ("Explaining the U.S. vote,
        Ambassador John Danforth said")."""
        for mention in mentions:
            if mention.kind in ("group", "forces", "learned"):
                continue
            if mention.kind in PERSON_KINDS and " " in mention.text:
                # A known official named in full ("President Abd-Rabbu Mansour Hadi"): the alias file holds
                # the surname of the most quoted ones only ("Putin"), the article's use of it ("Hadi's
                # government") is enough for the rest.
                surname = _family_name(text, mention.end - len(mention.text.rsplit(None, 1)[1]), mention.end)
                if surname[:1].isupper() and len(surname) > 2 and not _is_title(surname):
                    yield mention, surname
                continue
            after = text[mention.end:mention.end + 2]
            # Cheap tests first: most mentions are followed by a lower-case word or punctuation.
            if after[:1] in (" ", "\t") and after[1:].isupper():
                following = _FOLLOWING_TITLED_NAME.match(text, mention.end, mention.end + 120)
                if following and all(_is_title(word) for word in following.group("title").split()):
                    yield mention, _family_name(text, following.start("surname"), following.end("surname"))
            elif after in _POSSESSIVE_MARKS:
                apposition = _APPOSED_NAME.match(text, mention.end, mention.end + 120)
                if apposition:
                    yield mention, _family_name(text, apposition.start("surname"), apposition.end("surname"))
                    continue
            if text.find("xplaining", max(0, mention.start - 16), mention.start) >= 0 \
                    and _EXPLAINING_BEFORE.search(text, max(0, mention.start - 16), mention.start):
                explained = _EXPLAINED_VOTE.match(text, mention.end, mention.end + 120)
                # ("Explaining the U.S. veto, Palestinian Ambassador Riyad Mansour": the title names his own actor)
                if explained and not any(explained.start() < other.start < explained.start("surname")
                                         for other in mentions):
                    yield mention, _family_name(text, explained.start("surname"), explained.end("surname"))
        yield from _pronoun_introductions(text, mentions, pronouns)

    @staticmethod
    def _inside_longer(group: Mention, mentions: list[Mention], starts: list[int]) -> bool:
        index = bisect.bisect_right(starts, group.start) - 1
        if index < 0:
            return False
        holder = mentions[index]
        return holder.end >= group.end and holder.end - holder.start > group.end - group.start

    def _capitalised_mentions(self, text: str, date: _dt.date | None) -> tuple[list[Mention], list[int]]:
        """The alias mentions of *text*, and where a run that is a possessive pronoun ("His", "Its") starts
        (see :func:`_pronoun_introductions`: noted here, the pronouns cost no scan of their own)."""
        mentions: list[Mention] = []
        pronouns: list[int] = []
        # What a run names depends only on its own text (and, for a few names, the date), and news repeats the
        # same runs ("The", "Russia", "President Vladimir Putin") article after article: each is resolved once.
        cache, dated = self._run_cache, self._dated_run_cache
        for run in _RUN.finditer(text):
            surface = run.group()
            found = cache.get(surface)
            if found is None:
                found = dated.get((surface, date))
            if found is None:
                found, date_dependent = self._run_aliases(surface, date)
                store: dict[Any, Any] = dated if date_dependent else cache
                if len(store) >= _RUN_CACHE_SIZE:
                    store.clear()  # a bound on memory over a long stream; the common runs come back at once
                store[(surface, date) if date_dependent else surface] = found
            if not found:
                if surface in _PRONOUN_WORDS:
                    pronouns.append(run.start())
                continue  # most runs ("The", "In", "Officials") name no actor
            offset = run.start()
            for rel_start, rel_end, code, kind in found:
                start, end = offset + rel_start, offset + rel_end
                previous = mentions[-1] if mentions else None
                # "US Secretary of State Antony Blinken": one mention of one actor. An organisation's office before
                # a name is its holder's ("NATO Secretary-General Jens Stoltenberg", whatever office the name held
                # before or after).
                if previous and (previous.code == code or previous.code in ORGANISATIONS and previous.kind == "official"
                                 and kind in PERSON_KINDS and code not in ORGANISATIONS
                                 and text[previous.end:start].isspace()) \
                        and self._joinable(text[previous.end:start]):
                    code = previous.code
                    # "Russian President Vladimir Putin" names a person, not the Russian people: a demonym
                    # joined with a name takes the name's kind.
                    joined_kind = kind if previous.kind == "demonym" else previous.kind
                    mentions[-1] = Mention(previous.start, end, text[previous.start:end], code, joined_kind)
                elif kind == "ministry" and previous and previous.kind in _NATION_KINDS \
                        and _OFFICE_GAP.fullmatch(text, previous.end, start):
                    # "the German Foreign Office", "India's Home Office": another country's office of that name
                    mentions[-1] = Mention(previous.start, end, text[previous.start:end], previous.code, kind)
                else:
                    mentions.append(Mention(start, end, text[start:end], code, kind))
        return mentions, pronouns

    def _dated(self, alias: str) -> bool:
        """Whether what *alias* names can depend on the date (see :meth:`lookup`): it has entries for several
        actors or terms, or it is a surname or a former seat of government with a term. A full name with one
        entry names its holder on any date, so it is cached once for all dates (most leaders' names)."""
        entries = self._aliases.get(alias, ())
        if len(entries) > 1:
            return True
        return any((e.valid_from or e.valid_to) and (e.kind in _PLACE_KINDS or " " not in alias) for e in entries)

    def _run_aliases(self, text: str, date: _dt.date | None
                     ) -> tuple[tuple[tuple[int, int, str, str], ...], bool]:
        """(start, end, code, kind) of the aliases in one run of capitalised words, *text*, left to right; and
        whether the date can change them (an alias it looked up has a term: see :meth:`lookup`; without one,
        the answer is the same on any date)."""
        run = _run_tokens(text)
        out = []
        date_dependent = False
        i = 0
        while i < len(run):
            first = text[run[i][0]:run[i][1]]
            if not first[:1].isupper():  # a connector ("of", "and") starts no alias
                i += 1
                continue
            longest = self._first_tokens.get(first) or self._first_tokens.get(_strip_possessive(first)) or \
                self._first_tokens.get(first.rstrip(".")) or (
                    self._first_tokens.get(first.title())
                    if first.isupper() and (len(first) > 4 or len(first) == 4 and len(run) == 1
                                            or len(run) > i + 1 and text[run[i + 1][0]:run[i + 1][1]].isupper())
                    else None)
            if not longest:
                i += 1
                continue
            found = None
            for j in range(min(len(run), i + longest), i, -1):
                start, end = run[i][0], run[j - 1][1]
                surface = text[start:end]
                candidates = [surface, _strip_possessive(surface), surface.rstrip(".")]
                if surface.isupper() and (len(surface) > 4 or len(surface) == 4 and len(run) == 1):
                    candidates.append(surface.title())  # "EUROPEAN UNION -" in a round-up's subheads
                    if " " in surface:
                        candidates.append(self._caseless.get(" ".join(surface.split()), surface))
                for candidate in dict.fromkeys(candidates):  # usually all three are one string: look it up once
                    alias = " ".join(candidate.split())
                    date_dependent = date_dependent or self._dated(alias)
                    hit = self.lookup(alias, date)
                    if hit:
                        found = (j, start, start + len(candidate), hit)
                        break
                if found:
                    break
            if found and j < len(run) and not (found[3][1] == "official" and " " in text[found[1]:found[2]]) \
                    and not self._may_follow(text, run[found[0]]) and \
                    not (found[3][1] == "organisation" and _ORGAN.search(text, run[found[0]][0], run[-1][1])) and \
                    not _is_title(text[run[found[0] - 1][0]:run[found[0] - 1][1]]) and \
                    not text.startswith(".", run[found[0] - 1][1]) and \
                    text[found[2]:found[2] + 2] not in _POSSESSIVE_MARKS and \
                    not (text.startswith(("'", "\u2019"), found[2]) and text[found[2] - 1] == "s"):
                # "Washington Post", "Chad Miller": the alias begins a longer proper name (an office's title does
                # not: "UN High Commissioner for Human Rights Louise Arbour" is its holder; nor does an
                # organisation before the name of one of its bodies, "United Nations Human Rights Council"; "... the
                # Kremlin. In Havana ..." does not: a full stop ends the name, and in "the African Union's
                # Peace and Security Council" a possessive does, as in "the Netherlands' Karel van Oosterom"). The
                # name is skipped up to its full stop; the run may go on into the next sentence ("Qatar Airways.
                # Foreign Minister Zarif said").
                k = found[0]
                while k < len(run) and not text.startswith(".", run[k - 1][1]):
                    k += 1
                i = k
                continue
            if found and i and text[run[i - 1][0]:run[i - 1][1]] in _REGION_QUALIFIERS and found[3][1] != "demonym":
                i = found[0]  # "Latin America", "Northern Ireland", "South Lebanon": a region, not the state
                continue
            if found:
                j, start, end, (code, kind) = found
                out.append((start, end, code, kind))
                i = j
            else:
                i += 1
        return tuple(out), date_dependent

    def _may_follow(self, text: str, token: tuple[int, int]) -> bool:
        """Whether a capitalised token may follow an alias inside one run: a title or another alias."""
        word = text[token[0]:token[1]]
        if not word[:1].isupper():
            return True  # a connector: "Russia and China"
        return _is_title(word) or word in self._aliases or bool(_PARTICLE.match(word)) \
            or word.rstrip(".").isupper() or bool(_DESIGNATION.search(word))

    @staticmethod
    def _joinable(gap: str) -> bool:
        # A line break ends a name: a round-up's "VENEZUELA" heading and the "President Hugo Chavez" who opens
        # the next paragraph are two mentions, one in each paragraph.
        if "," in gap or "\n" in gap:
            return False
        words = gap.split()
        return len(words) <= 4 and all(w[:1].isupper() or w in _CONNECTORS for w in words)


def _run_tokens(run: str) -> list[tuple[int, int]]:
    """The tokens of one run of capitalised words (with lower-case connectors inside), as spans in *run*."""
    if " " not in run and "\t" not in run and run[0].isalpha():
        spans = [(0, len(run))]  # one word, most runs ("The", "Russia"): the token is the run itself
    else:
        spans = [match.span() for match in _TOKEN.finditer(run)]
    tokens = []
    for start, end in spans:
        token = run[start:end]
        while end > start and run[end - 1] in ".-'\u2019" and not _is_dotted_abbreviation(token):
            end -= 1
            token = token[:-1]
        if end > start:
            tokens.append((start, end))
    return tokens


# Non-ASCII letters that IGNORECASE matches to ASCII ones: long s, dotless i, dotted capital I, Kelvin sign.
_FOLD_TO_ASCII = ("\u017f", "\u0131", "\u0130", "\u212a")


def lowered(text: str) -> str | None:
    """``text.lower()`` when a case-sensitive search in it for lower-case ASCII words finds exactly what a
    case-insensitive search in *text* finds, at the same offsets; otherwise None.

    That holds when lower-casing maps every character to one character and the text has none of the letters
    that IGNORECASE folds to ASCII ones (rare in news), so callers fall back to the case-insensitive search.
    The resolver and the extractor both ask for each article in turn: the last two answers are kept (an
    article's headline is read on its own between them, see stance.classify._extract).
    """
    global _last_lowered, _before_last_lowered
    last, before = _last_lowered, _before_last_lowered  # one read each: another thread may replace them
    if last[0] is text:
        return last[1]
    if before[0] is text:
        return before[1]
    lower = text.lower()
    result = None if len(lower) != len(text) or any(c in text for c in _FOLD_TO_ASCII) else lower
    _before_last_lowered, _last_lowered = last, (text, result)
    return result


_last_lowered: tuple[object, str | None] = (object(), None)
_before_last_lowered: tuple[object, str | None] = (object(), None)
# bytes.translate table of lower_words(): ASCII letters, digits, "_" and "-" stay; every other byte is a space.
_WORD_BYTES = bytes(byte if chr(byte).isascii() and (chr(byte).isalnum() or chr(byte) in "_-") else 32
                    for byte in range(256))


def lower_words(lower: str) -> tuple[bytes, list[bytes]]:
    """Candidate words of lower-cased text, listed by str and bytes methods in C: ``(padded, words)``.

    *padded* is a copy of *lower* with one byte per character (latin-1, "?" for any other character) in which
    every character but an ASCII letter, digit, "_" or "-" is a space, with a space added at each end;
    *words* is ``padded.split()``. A word of *lower* made of those characters only, with none of them right
    before or after it, is one of *words*, and it is at offset ``i`` in *lower* when ``b" " + word + b" "`` is at
    offset ``i`` in *padded*. The copy may split a longer run of word characters (at "\u00e9", "'" or
    "\u2019") into candidates that are not whole words: callers check each candidate on the text. Regexes
    over the whole text cost ~25 ns a character; this, ~10 ns. The last two answers are kept: the resolver's
    group scan and the extractor's cue scan both ask for each article (see :func:`lowered`).
    """
    global _last_words, _before_last_words
    last, before = _last_words, _before_last_words  # one read each: another thread may replace them
    if last[0] is lower:
        return last[1]
    if before[0] is lower:
        return before[1]
    padded = (b" " + lower.encode("latin-1", "replace") + b" ").translate(_WORD_BYTES)
    result = (padded, padded.split())
    _before_last_words, _last_words = last, (lower, result)
    return result


_last_words: tuple[object, tuple[bytes, list[bytes]]] = (object(), (b"", []))
_before_last_words: tuple[object, tuple[bytes, list[bytes]]] = (object(), (b"", []))


def _word_anchored_finditer(pattern: re.Pattern, lower: str, firsts: frozenset[bytes]) -> Iterator[re.Match]:
    """``pattern.finditer(lower)`` for a pattern each of whose matches starts with a whole word of *firsts*
    (ASCII letters, digits, "_" and "-"; not after a word character or "-", and followed by whitespace or
    a character that is neither), found among :func:`lower_words`' words; as :func:`_anchored_finditer`, the
    pattern is tried at those places only, in order, skipping what a match took (tested)."""
    padded, words = lower_words(lower)

    def starts() -> Iterator[int]:
        position = 0
        for word in filter(firsts.__contains__, words):
            start = padded.find(b" " + word + b" ", position)  # the next one: the words are in order
            position = start + len(word)
            yield start

    return _matches_at(pattern, lower, starts())


def _anchored_finditer(pattern: re.Pattern, text: str, firsts: Iterable[str]) -> Iterator[re.Match]:
    """``pattern.finditer(text)`` for a pattern each of whose matches starts with one of the strings *firsts*.

    A pattern that opens with a lookbehind makes the regex engine try it at every character; ``str.find``
    jumps to the few places where a match can start, and the pattern is tried there only, in the same
    order and skipping what a match took, so the matches are the same (tested).
    """
    starts = set()
    for first in firsts:
        position = text.find(first)
        while position >= 0:
            starts.add(position)
            position = text.find(first, position + 1)
    return _matches_at(pattern, text, sorted(starts))


def _matches_at(pattern: re.Pattern, text: str, starts: Iterable[int]) -> Iterator[re.Match]:
    """The matches of *pattern* tried at *starts* (ascending), skipping starts inside a match already taken, as
    ``finditer`` would."""
    end = 0
    for start in starts:
        if start < end:
            continue
        match = pattern.match(text, start)
        if match:
            yield match
            end = max(match.end(), start + 1)


# Where a bare group noun's members are: "across Europe and North America", "around the world", "throughout the
# region".
_SPREAD = re.compile(r"\s+(?:across|around|throughout|all\s+over)\s+(?:the\s+)?(?:world|globe|region|continent|"
                     r"hemisphere|[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)"
                     r"(?:\s+and\s+(?:the\s+)?[A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)?(?![\w-])")


def _word_starts(text: str, start: int, end: int) -> list[int]:
    """Start offsets of the words in text[start:end], leftmost first, plus *end* itself."""
    return [m.start() for m in _WORD_START.finditer(text, start, end)] + [end]


_WORD_START = re.compile(r"(?<![\w'\u2019-])\w")


def _is_title(word: str) -> bool:
    """Whether a word is part of a title ("Secretary-General", "Foreign", "Minister")."""
    return all(part in _TITLE_WORDS for part in word.lower().rstrip(".").split("-"))


_DOTTED_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,}")


def _is_dotted_abbreviation(token: str) -> bool:
    # "U.S." and "U.N." keep their final dot; "Russia." does not.
    return bool(_DOTTED_ABBREVIATION.fullmatch(token))


# Organisations that convene or judge rather than act; an article is rarely about their own action.
_POSSESSIVE_MARKS = ("'s", "\u2019s")
PERSON_KINDS = frozenset({"leader", "minister", "official"})
# "Peruvian Foreign Minister Nestor Popolizio": capitalised title words, then a name of two to four words.
_FOLLOWING_TITLED_NAME = re.compile(
    r"[ \t]+(?P<title>(?:[A-Z][a-z]+(?:-[A-Za-z]+)?[ \t]+){1,4})(?:[A-Z][\w'\u2019.-]*[ \t]+){1,3}"
    r"(?P<surname>[A-Z][\w'\u2019-]{2,})(?![\w'\u2019-])"
)
# "Paraguay's new president, Federico Franco,": a possessive, a title of at most five words, and a name of two
# to four capitalised words set off by commas.
_APPOSED_NAME = re.compile(
    r"(?:'s|\u2019s)\s+(?:[a-z-]+\s+){0,4}?(?:president|minister|spokesman|spokeswoman|spokesperson|ambassador|"
    r"envoy|secretary|chancellor|premier|leader|king|emir|chief|commissioner|representative|official)"
    r",\s+(?:[A-Z][\w'\u2019.-]*\s+){1,3}(?P<surname>[A-Z][\w'\u2019-]{2,})\s*,"
)
# The body of an organisation named after it: "the United Nations Human Rights Council", "the African Union Peace and
# Security Council" (the organisation's own mention; the rest names which of its bodies speaks).
_ORGAN = re.compile(r"(?<![\w-])(?:Council|Commission|Committee|Assembly|Agency|Programme|Program|Office|Mission|"
                    r"Secretariat|Court|Tribunal|Parliament|Summit|Fund|Bank)(?![\w-])")
# "Explaining the U.S. vote, Ambassador John Danforth said": the vote explained is the speaker's country's (a
# title of one to four capitalised words, then the name).
_EXPLAINED_VOTE = re.compile(
    r"(?:'s|\u2019s)?\s+(?:vote|votes|abstention|veto|position)\s*,\s+(?:[A-Z][a-z]+(?:-[A-Za-z]+)?\s+){1,4}?"
    r"(?:[A-Z][\w'\u2019.-]*\s+){1,3}(?P<surname>[A-Z][\w'\u2019-]{2,})(?![\w'\u2019-])"
)
_EXPLAINING_BEFORE = re.compile(r"(?<![\w-])[Ee]xplaining\s+(?:the\s+)?$")
# "His foreign minister, Djibrill Bassole, flew to Bamako": a pronoun's official, set off by commas, right after
# a sentence about a named actor.
_PRONOUN_APPOSED = re.compile(
    r"(?:His|Her|Its|Their)\s+(?:[a-z-]+\s+){0,3}?(?:president|minister|spokesman|spokeswoman|spokesperson|"
    r"ambassador|envoy|secretary|chancellor|premier|deputy|adviser|advisor)"
    r",\s+(?:[A-Z][\w'\u2019.-]*\s+){1,3}(?P<surname>[A-Z][\w'\u2019-]{2,})\s*,")
_PRONOUN_WORDS = frozenset({"His", "Her", "Its", "Their"})


def _pronoun_introductions(text: str, mentions: list[Mention], pronouns: Sequence[int]
                           ) -> Iterator[tuple[Mention, str]]:
    """(mention, surname) for each official a sentence introduces with a possessive pronoun ("His foreign
    minister, Djibrill Bassole,"), tied to the last actor named before it in the same paragraph, within two
    sentences. *pronouns* are where "His", "Her", "Its" or "Their" start a run of capitalised words."""
    for at in pronouns:
        found = _PRONOUN_APPOSED.match(text, at, at + 160)
        if found is not None:
            index = bisect.bisect_left(mentions, at, key=lambda m: m.start) - 1
            while index >= 0 and mentions[index].kind in _PLACE_KINDS | {"group", "learned"}:
                index -= 1
            if index >= 0 and "\n" not in text[mentions[index].end:at] \
                    and text.count(". ", mentions[index].end, at) <= 1:
                yield mentions[index], _family_name(text, found.start("surname"), found.end("surname"))


# Never the acting party: a group, the UN's bodies and its courts (they speak, vote and rule on what others did).
NOT_PRINCIPAL = frozenset({GROUP_CODE, "UN", "UNSC", "UNGA", "ICJ", "ICC"})


# "Neighbours rally behind Mexico after Ecuador storms embassy": a headline whose main clause stands with
# someone names the acting party in its event clause, after one of these words.
EVENT_CLAUSE = re.compile(r"(?<![\w-])(?:after|following|amid)(?![\w-])", re.IGNORECASE)
_SOLIDARITY = re.compile(r"(?<![\w-])(?:behind|solidarity|sympathy|sympathies|(?:stands?|sides?|standing|siding)\s+with|"
                         r"clos(?:es?|ing|ed)\s+ranks\s+(?:with|around|behind))"
                         r"(?![\w-])", re.IGNORECASE)

# "back(s) X as Y ...": a headline's support for a target while another acts.
_BACKS_AS = re.compile(r"(?<![\w-])(?:backs?|backing|rally\s+(?:round|around|behind)|rallies\s+(?:round|around|behind)|"
                       r"leads?(?=\s+(?:the\s+)?(?:protests?|condemnation|criticism|outcry|calls?)(?![\w-])))"
                       r"\s+[^,;:]{1,40}?\s+as\s+(?:the\s+)?", re.IGNORECASE)
_VERB_AFTER = re.compile(r"(?:['\u2019]s\s+[a-z]+)?\s+(?:[a-z]+ly\s+)?[a-z]+(?:s|ed)(?![\w-])")
# An actor named with its reaction, not its act: "Security Council rejects Russian bid to condemn Western strikes",
# "the Kremlin answers with thunder" (but "Russia answers Ukraine's drone strikes with a missile barrage" acts).
_REACTING = re.compile(r"(?:['\u2019]s)?\s+(?:(?:bid|attempt|call|push|motion|draft|resolution|proposal|effort|demand|"
                       r"request|plea)s?\s+to\s+(?:condemn|censure|denounce|criticise|criticize|rebuke|block|halt|stop|"
                       r"end)|"
                       # "Warsaw recalls its envoy as the Kremlin stands by Minsk": a counter-measure with no one named
                       # as its target answers the event (not "Athens recalls its ambassador from Vienna over ...")
                       r"recalls\s+(?:its|her|his|their)\s+(?:envoy|ambassador)s?(?!\s+(?:from|to|in)\s)(?![\w-])|"
                       r"(?:answers|responds|reacts)(?![\w-])(?![^,;:]{0,60}?\swith\s+(?:[\w-]+\s+){0,3}?(?:strikes?|"
                       r"missiles?|barrage|raids?|shelling|blasts?|tests?|troops|bombing|attacks?|airstrikes?)(?![\w-])))",
                       re.IGNORECASE)
# A reaction felt in a capital: "Anger in Beijing, calm in Washington as Japan starts releasing ...".
_REACTION_NOUNS = (r"anger|fury|outrage|alarm|dismay|concern|unease|calm|relief|praise|criticism|condemnation|"
                   r"jubilation|shock|applause|cheers|approval|welcome|delight|satisfaction|scorn|disquiet|indignation|"
                   r"celebrations?|worry|fears?|rebukes?|support")
_REACTION_IN = re.compile(r"(?<![\w-])(?:" + _REACTION_NOUNS + r")\s+(?:in|from)\s+(?:the\s+)?$", re.IGNORECASE)
# The far end of a range of capitals: "condemnation from Riyadh to Washington", "stirs old ghosts from Miraflores to the
# Planalto": where the event was felt, not who did it.
_REACTION_RANGE = re.compile(r"(?<![\w-])[Ff]rom\s+(?:the\s+)?"
                             r"[A-Z][\w'\u2019.-]*(?:\s+[A-Z][\w'\u2019.-]*){0,2}\s+to\s+(?:the\s+)?$")
# ... and its near end: "from Lima to the Planalto".
_RANGE_END = re.compile(r"\s+to\s+(?:the\s+)?[A-Z]")
_FROM_BEFORE = re.compile(r"(?<![\w-])[Ff]rom\s+(?:the\s+)?$")
# A use of force or a seizure in the passive, then its agent: "drone shot down by Algeria", "tanker seized by Iran".
_AGENT_OF_ACT = re.compile(r"(?<![\w-])(?:held\s+(?=by)|shot\s+down|downed|seized|captured|detained|arrested|abducted|"
                           r"kidnapped|killed|"
                           r"struck|bombed|attacked|shelled|expelled|invaded|annexed|blockaded|raided|sunk|jailed|"
                           r"executed|impounded|hijacked)\s+by\s+(?:the\s+)?")
# A name that only qualifies a reacting subject: "Havana's allies denounce Trump's rollback" (the allies speak; not in
# "strikes leave Riyadh's partners uneasy", where Riyadh struck).
_ITS_CIRCLE = re.compile(r"['\u2019]s\s+(?:allies|friends|partners|neighbours|neighbors|critics|supporters|backers|rivals|"
                         r"enemies|foes)\s+(?:denounce|condemn|rally|back|praise|hail|welcome|slam|reject|decry|critici[sz]e|"
                         r"protest|defend|split|warn|cheer|applaud|rebuke|blast)(?![\w-])", re.IGNORECASE)
# A demonym's reaction named as a noun after it: "draws Gulf backing, Algerian condemnation and calls for calm".
_REACTION_NOUN_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:" + _REACTION_NOUNS
                                  + r"|backing|protests?|objections?|reaction)(?![\w-])", re.IGNORECASE)
# A headline's label naming a place or a story, before its colon: "Kosovo live:", "Gaza LIVE:", "Sahel analysis:".
_HEADLINE_LABEL = re.compile(r"\s*(?:[\w'\u2019-]+\s+){1,3}?(?:live|analysis|explainer|update|latest)\s*:",
                             re.IGNORECASE)
# A capital left feeling something by the event: "Missile deal leaves Europe divided, Moscow angry and Beijing silent".
_LEFT_FEELING = re.compile(r"\s+(?:angry|furious|fuming|seething|silent|uneasy|worried|alarmed|nervous|wary|divided|"
                           r"split|jubilant|pleased|delighted|dismayed|guessing|cautious|unmoved|uncertain)(?=\s*(?:[,;:]|"
                           r"and\s|but\s|as\s|$))", re.IGNORECASE)
# A measure one party takes against another "over" (or "after", "for") what that other did: "Arab League votes to
# suspend Syria over crackdown", "Ecuador cuts ties with Colombia over cross-border raid", "EU imposes sanctions on
# Belarus over crackdown". The article is about what the measure answers; its actor is the party punished.
_PUNISHES = re.compile(r"\s+(?:votes?\s+to\s+|moves?\s+to\s+)?(?:sanctions?\s+(?:two|three|four|five|several|top|senior|\d+)|"
                       r"sanctions?|suspends?|expels?|drops?|bans?|bars?|punish(?:es)?|summons|"
                       r"takes?|hauls?|drags?|sues?|(?:breaks?\s+off|severs?|suspends?)\s+(?:\w+\s+)?(?:ties|relations)\s+with|"
                       r"(?:suspends?|cuts?|freezes|halts?|stops?)\s+(?:\w+\s+)?(?:aid|assistance|funding|cooperation)\s+(?:to|for)|"
                       r"pulls?\s+the\s+plug\s+on|"
                       r"penali[sz]es?|cuts?\s+(?:\w+\s+)?ties\s+with|downgrades?\s+(?:\w+\s+)?ties\s+with|"
                       r"freezes|(?:imposes?|slaps?)\s+(?:\w+\s+){0,2}?(?:sanctions|penalties|tariffs|bans|restrictions|curbs|"
                       r"(?:an?\s+)?(?:\w+\s+)?embargo)"
                       r"\s+on|recalls?\s+(?:its\s+)?(?:envoys?|ambassadors?)\s+(?:from|to))\s+(?:the\s+)?$", re.IGNORECASE)
# (or "in ... row": "recalls its ambassadors from Belarus in residence row")
_ANSWERS = re.compile(r"(?:['\u2019]s)?\s(?:[\w'-]+\s+){0,6}?(?:(?:over|after|following|for)\s|"
                      r"(?:in|as)\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,3}?(?:row|spat|dispute|standoff|feud)(?![\w-]))",
                      re.IGNORECASE)


# An "as" clause right after a measure's target: "... from Berlin as ".
_AS_CLAUSE = re.compile(r"\s+as\s+(?:the\s+)?")
# A reaction verb, the name of the party it rebukes, and what for: "Washington, Brussels rebuke Banja Luka over ...".
_REBUKED_OVER = re.compile(r"(?<![\w-])(?:condemns?|rebukes?|slams?|denounces?|critici[sz]es?|blasts?|chides?|scolds?|"
                           r"censures?|accuses?|warns?|raps?|reprimands?)\s+(?!the\s)([A-Z][\w'\u2019.-]*"
                           r"(?:\s+[A-Z][\w'\u2019.-]*)*)\s+(?:over|for)\s")


def _punished_over(headline: list[Mention], text: str, headline_end: int) -> str | None:
    """The code of the party a headline's measure punishes for what it did (see :data:`_PUNISHES`), or None;
    also when the measure names no target and the clause after it names the actor ("Australia recalls
    ambassador after Indonesia executes two of its citizens"), or names its target by a demonym and then what it
    answers ("Germany shuts Iranian consulates after execution")."""
    for index, (first, second) in enumerate(zip(headline, headline[1:])):
        if _PUNISHES.fullmatch(text, first.end, second.start):
            answers = _ANSWERS.match(text, second.end)
            if answers:
                # a third party named after "over" did what is answered ("... ties with Hungary over freed
                # Azerbaijani killer")
                third = next((m for m in headline[index + 2:] if m.start >= answers.end()), None) \
                    if answers.group().rstrip().lower().endswith("over") else None
                if third is not None and _FEW_WORDS.fullmatch(text, answers.end(), third.start) is not None \
                        and not _VICTIM_BEFORE.search(text, answers.end(), third.start):
                    return third.code  # (not "over detained American pastor": whoever is detained did nothing)
                return second.code
            # "Turkey recalls ambassador from Berlin as Bundestag brands 1915 killings genocide": the "as" clause
            # names the target again as the one acting (a measure alone may be the story: "China sanctions
            # Lithuanian official")
            as_clause = _AS_CLAUSE.match(text, second.end)
            if as_clause is not None:
                actor = next((m for m in headline[index + 2:] if m.start >= as_clause.end()), None)
                if actor is not None and actor.code == second.code and actor.start == as_clause.end():
                    return second.code
        measure = _MEASURE.match(text, first.end, headline_end + 1)
        if measure is None:
            continue
        if _ANSWERS.fullmatch(text, measure.end() - 1, second.start):
            return second.code
        # a second measure, then what they answer: "France recalls envoy and puts Mali mission under review after
        # Bamako orders ambassador out"
        # (or the measure's target, then the grievance "over" what a third party did: "Armenia suspends diplomatic
        # ties with Hungary over freed Azerbaijani killer"; after "after" the measure may itself be the story:
        # "Hungary blocks EU aid to Ukraine after Kyiv halts oil transit")
        answers = _ANSWERS.match(text, measure.end() - 1, headline_end + 1)
        if answers is not None and not (text.startswith(" and ", measure.end() - 1)
                                        or answers.group().rstrip().lower().endswith("over")):
            answers = None
        if answers is not None and second.start < answers.end():
            after = next((m for m in headline[index + 1:] if m.start >= answers.end()), None)
            if after is not None:
                return after.code
        # the measure's target named inside it, before its noun: "Iranian consulates", "Cambodia's entry", "NATO
        # supply lines" (a bare name only before supplies: in "blocks EU aid to Ukraine" the aid is the EU's)
        if second.start < measure.end() and second.end < measure.end() - 1 \
                and (second.kind == "demonym" or text.startswith(("'s", "\u2019s"), second.end)
                     or _SUPPLIES_AFTER.match(text, second.end)) \
                and _ANSWERS.match(text, measure.end() - 1, headline_end + 1):
            # an actor named in the clause after the measure wins: "... Iranian consulates after Tehran executes"
            after = headline[index + 2] if index + 2 < len(headline) else None
            if after is not None and _ANSWERS.fullmatch(text, measure.end() - 1, after.start):
                return after.code
            return second.code
    return None


_VICTIM_BEFORE = re.compile(r"(?:detained|jailed|arrested|held|imprisoned|kidnapped|abducted|killed|murdered|executed|"
                            r"sentenced|expelled|deported|missing|captured)\s+$", re.IGNORECASE)
_FEW_WORDS = re.compile(r"(?:[\w'-]+\s+){0,2}")
_SUPPLIES_AFTER = re.compile(r"\s+(?:supply\s+lines|supply\s+routes|supplies)(?![\w-])", re.IGNORECASE)
# A measure with no named target, then what it answers: "recalls ambassador after", "expels diplomats over".
_MEASURE = re.compile(r"\s+(?:recalls?\s+(?:its\s+)?(?:envoy|ambassador)|expels?\s+(?:\w+\s+)?(?:diplomats|envoy|"
                      r"ambassador)|(?:closes?|shuts?)\s+(?:\w+\s+)?(?:embassy|consulates?|border)|suspends?\s+(?:\w+\s+)?"
                      r"(?:ties|aid|talks|cooperation)|cuts?\s+(?:\w+\s+)?(?:ties|aid|supply\s+lines|supply\s+routes|"
                      r"supplies)|imposes?\s+(?:\w+\s+)?sanctions|"
                      r"(?:blacklists?|sanctions?)\s+(?:[\w-]+\s+){0,2}?(?:suppliers|firms|companies|officials|"
                      r"entities|individuals|banks|units|generals)|"
                      r"revokes?\s+(?:the\s+)?visas?\s+of\s+(?:[\w-]+\s+){1,2}?(?:officials|leaders|judges|lawmakers|"
                      r"generals|ministers)|"
                      r"(?:halts?|suspends?|ends?|stops?)\s+(?:\w+\s+)?(?:training|support|aid|assistance)\s+"
                      r"(?:of|to|for)\s+(?:the\s+)?[\w-]+\s+(?:units|troops|forces|soldiers|army|military|police)|"
                      r"freezes\s+(?:\w+\s+)?(?:aid|assets|ties)|(?:delays?|postpones?|blocks?|halts?|freezes)\s+"
                      r"(?:[\w-]+(?:['\u2019]s)?\s+){0,2}?(?:entry|membership|accession|admission|aid|talks))\s", re.IGNORECASE)


# Nouns of what is done to someone: a headline actor named with one is the event's target, not its actor ("After
# the Soleimani killing", "Morsi's ouster", "the arrest of Imran Khan"). Followed by "of", a possessor is the
# one who did it ("Iran's execution of protesters").
_DONE_TO = (r"(?:killing|assassination|murder|death|poisoning|execution|arrest|detention|jailing|imprisonment"
            r"|sentencing|indictment|ouster|overthrow|toppling|removal|kidnapping|abduction|extradition|capture)s?")
# After a bare name, "arrests", "captures", "murders" are verbs ("Turkey captures Ocalan"), not nouns.
_DONE_TO_AFTER = re.compile(r"(?:['\u2019]s?\s+" + _DONE_TO + r"|\s+(?!(?:arrests|captures|murders)(?![\w-]))"
                            + _DONE_TO + r")(?![\w-])(?!\s+of(?![\w-]))", re.IGNORECASE)
# (what is seized or expelled is someone's, named after "of"; "Iran's seizure" is Iran's act)
_DONE_TO_BEFORE = re.compile(r"(?<![\w-])(?:" + _DONE_TO + r"|(?:seizure|confiscation|impounding|expulsion|deportation)s?)"
                             r"\s+of\s+(?:the\s+)?$", re.IGNORECASE)
# Where someone is sent: "Scotland sends Lockerbie bomber home to Libya", "deported back to Mali".
_SENT_HOME_TO = re.compile(r"(?<![\w-])(?:home|back)\s+to\s+$", re.IGNORECASE)
# Where people flee: "Zanzibar shootings draw wave of condemnation as refugees reach Kenya".
_FLED_TO = re.compile(r"(?<![\w-])(?:refugees|migrants|asylum[\s-]+seekers|civilians|thousands|hundreds)\s+"
                      r"(?:(?:reach|reached|reaching|arrive\s+in|arrived\s+in|pour\s+into|poured\s+into|cross\s+into|"
                      r"crossed\s+into|flee\s+(?:to|into)|fled\s+(?:to|into)|fleeing\s+(?:to|into))\s+)(?:the\s+)?$",
                      re.IGNORECASE)
# A count of a country's servicemen is people something was done to ("two Greek soldiers", "15 British sailors");
# "Greek soldiers cross the border" without one is its forces.
_COUNTED_BEFORE = re.compile(r"(?<![\w-])(?:\d+|two|three|four|five|six|seven|eight|nine|ten|a\s+dozen|"
                             r"dozens\s+of)\s+$", re.IGNORECASE)
_SERVICE_PEOPLE_AFTER = re.compile(r"\s+(?:soldiers|sailors|pilots|marines|troops|servicemen|officers|diplomats|"
                                   r"crew|crewmen|fishermen|border\s+guards)(?![\w-])", re.IGNORECASE)
# A demonym standing for a person, then what was done to him ("Second Greek Cypriot shot dead in buffer zone",
# "Briton arrested in Dubai"): a headline's participle right after a demonym is a passive (the state acts in the
# present tense, "Turkey detains").
_HARMED_AFTER = re.compile(r"\s+(?:(?-i:[A-Z][a-z]*(?:an|ot|ish|ese|i))\s+)?(?:shot(?:\s+dead)?|killed|murdered|"
                           r"wounded|injured|arrested|detained|jailed|sentenced|executed|hanged|kidnapped|abducted|"
                           r"seized|beaten|tortured|deported|expelled)"
                           r"(?![\w-])", re.IGNORECASE)
# A place named before a visit or meeting held there: "Chavez defends Baghdad visit", "after the Moscow talks".
_VISIT_AFTER = re.compile(r"\s+(?:visit|trip|tour|stopover|summit|talks|meeting|conference)s?(?![\w-])", re.IGNORECASE)


def visited(mention: Mention, text: str) -> bool:
    """Whether *mention* names the place of a visit or meeting (see :data:`_VISIT_AFTER`), not an actor."""
    return mention.kind in ("capital", "country_name", "seat") and _VISIT_AFTER.match(text, mention.end) is not None


# A country's name used as a noun before a measure is the measure's target: "the Qatar blockade", "the Cuba
# embargo", "Iran sanctions" (a demonym is the measure's author: "the Saudi blockade").
_MEASURE_ON_IT = re.compile(r"\s+(?:blockade|embargo|siege|boycott|sanctions)(?![\w-])", re.IGNORECASE)
# The target of a use of force: "strikes on Iraq", "the invasion of Kuwait", "rocket fire into Israel".
_ATTACKED = re.compile(r"(?<![\w-])(?:(?:air\s*)?strikes?|attacks?|raids?|bombings?|shelling|bombardment|assault|"
                       r"offensive|incursions?|invasion|occupation|blockade|missiles?|rockets?|fire)\s+"
                       r"(?:on|against|into)\s+(?:the\s+)?$"
                       r"|(?<![\w-])(?:invasion|occupation|annexation|blockade|bombings?|shelling|bombardment)\s+of\s+"
                       r"(?:the\s+)?(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?$",
                       re.IGNORECASE)


# People of a country, not its state: "Ghanaian traders count losses as Nigeria keeps borders shut".
_CIVILIANS_AFTER = re.compile(r"\s+(?:traders|farmers|workers|students|residents|citizens|villagers|fishermen|"
                              r"migrants|refugees|voters|protesters|demonstrators|pilgrims|tourists|families|"
                              r"civilians|fans|exporters|importers|businesses|firms|investors|journalists|"
                              r"activists|nationals|expatriates|expats|hostages|victims|children|shoppers|"
                              r"consumers|patients|doctors|athletes|"
                              # (one person of a country is most often one something was done to: "Israeli soldier
                              # seized in Gaza border raid", "British tourist detained")
                              r"soldier|sailor|pilot|diplomat|tourist|journalist|hostage|woman|man|teenager|student)"
                              r"(?![\w-])", re.IGNORECASE)


def _done_to(mention: Mention, text: str) -> bool:
    """Whether *text* names *mention* as the one something was done to (see :data:`_DONE_TO`), as the
    target of a use of force (:data:`_ATTACKED`) or of a measure named after it ("the Qatar blockade"), or as a
    country's people rather than its state (:data:`_CIVILIANS_AFTER`)."""
    before = max(0, mention.start - 40)
    return bool(_DONE_TO_AFTER.match(text, mention.end)
                or mention.kind == "country_name" and _MEASURE_ON_IT.match(text, mention.end)
                or visited(mention, text)
                or _SENT_HOME_TO.search(text, before, mention.start)
                or _FLED_TO.search(text, before, mention.start)
                or mention.kind == "demonym" and _COUNTED_BEFORE.search(text, before, mention.start)
                and _SERVICE_PEOPLE_AFTER.match(text, mention.end)
                or _DONE_TO_BEFORE.search(text, before, mention.start)
                or _ATTACKED.search(text, before, mention.start)
                or mention.kind == "demonym" and (_CIVILIANS_AFTER.match(text, mention.end)
                                                  or _HARMED_AFTER.match(text, mention.end)))


# A capital in a state the event left it in: "Beirut in the dark, Damascus in fury: capitals take sides ...".
_IN_FEELING = re.compile(r"\s+in\s+(?:fury|anger|shock|mourning|uproar|disbelief|turmoil|panic|the\s+dark|a\s+rage)"
                         r"(?![\w-])", re.IGNORECASE)
# Who is left out of what was done: "Upstream Nile states sign water-sharing pact without Egypt and Sudan".
_WITHOUT_BEFORE = re.compile(r"(?<![\w-])(?:without|excluding)\s+(?:the\s+)?$", re.IGNORECASE)
# Mentions joined in a list (as extract._LINK_AFTER joins speakers; extract imports this module, not the reverse).
_AND_BETWEEN = re.compile(r"\s*(?:,|and|, and|or)\s*")


def _set_aside(named: list[Mention], headline: str) -> set[int]:
    """Indices of the headline's mentions that name where a reaction was felt ("draws fury in London and
    Washington") or who was left out ("without Egypt and Sudan"), with the mentions joined to them by "and"."""
    aside: set[int] = set()
    for index, mention in enumerate(named):
        before = max(0, mention.start - 30)
        if _REACTION_IN.search(headline, before, mention.start) or _WITHOUT_BEFORE.search(headline, before,
                                                                                         mention.start):
            aside.add(index)
        elif index - 1 in aside and _AND_BETWEEN.fullmatch(headline, named[index - 1].end, mention.start):
            aside.add(index)
    return aside


def principal_actor(mentions: list[Mention], headline_end: int = 0, headline_speakers: Iterable[str] = (),
                    text: str = "") -> str | None:
    """The actor whose action an article is about, when its headline says so; otherwise None.

    It is the first actor named in the headline (``text[:headline_end]``) that is not speaking there:
    "Japan vows ... after North Korean missile ..." is about North Korea, "World leaders condemn Russia
    after ..." about Russia, "Israel strikes Gaza after ..." about Israel. When the main clause stands with
    someone ("Neighbours rally behind Mexico after Ecuador storms embassy"), that someone is the target and
    the actor is the first one named in the event clause. Groups and the UN's bodies are never principal, nor is
    an actor named as the one something was done to ("Leaders react to the Soleimani killing", "Strikes on
    Iraq leave Washington's coalition thin").
    Without a headline naming one, no actor is guessed from the headline: the actor named most often is as often
    the target as the actor, and a wrong guess would mark the target's words as the actor's own. (The body
    may still name one, by whom its reactions are aimed at: :mod:`stance.acting`.)
    """
    headline_text = text[:headline_end]
    label = _HEADLINE_LABEL.match(headline_text) if headline_text else None
    label_end = label.end() if label else 0
    in_headline = [m for m in mentions if label_end <= m.start and m.end <= headline_end]
    aside = _set_aside(in_headline, headline_text) if headline_text else set()
    headline = [m for index, m in enumerate(in_headline) if m.code not in NOT_PRINCIPAL and index not in aside
                and not (headline_text and (_done_to(m, headline_text) or _REACTING.match(headline_text, m.end)
                                            or _IN_FEELING.match(headline_text, m.end)
                                            or _REACTION_RANGE.search(headline_text, max(0, m.start - 60), m.start)
                                            or _LEFT_FEELING.match(headline_text, m.end)
                                            or m.kind == "demonym" and _REACTION_NOUN_AFTER.match(headline_text, m.end)
                                            or _ITS_CIRCLE.match(headline_text, m.end)
                                            or _RANGE_END.match(headline_text, m.end)
                                            and _FROM_BEFORE.search(headline_text, max(0, m.start - 10), m.start)))]
    clause = EVENT_CLAUSE.search(text, 0, headline_end) if text else None
    if clause and _SOLIDARITY.search(text, 0, clause.start()):
        # The event clause's first actor acts; when that is a group ("after four European capitals bar Morales jet"),
        # no single actor is the acting party, and the one stood with is its target, not it (unless the group only
        # reacts there: "after international community condemns Israeli strikes").
        first = next((m for m in mentions if clause.end() <= m.start and m.end <= headline_end), None)
        if first is not None and first.code == GROUP_CODE and GROUP_CODE not in set(headline_speakers):
            return None
        after = [m for m in headline if m.start >= clause.end()]
        if after:
            return after[0].code
    backing = _BACKS_AS.search(text, 0, headline_end) if text else None
    if backing:
        # "Allies back Ottawa as Beijing holds two Canadians": the one backed is the target; the actor is the
        # subject of the "as" clause, when a verb follows it ("as Gaza war rages" names no actor).
        acting = next((m for m in headline if m.start >= backing.end()), None)
        if acting is not None and acting.start == backing.end() and _VERB_AFTER.match(text, acting.end):
            return acting.code
    agent = _AGENT_OF_ACT.search(text, 0, headline_end) if text else None
    if agent:
        # "Mali quits joint committee over drone shot down by Algeria": the agent of a use of force acted.
        named = next((m for m in mentions if m.start == agent.end() and m.end <= headline_end), None)
        if named is not None and named.code not in NOT_PRINCIPAL:
            return named.code
    punished = _punished_over(headline, text, headline_end)
    if punished is not None:
        return punished
    rebuked = _REBUKED_OVER.search(text, 0, headline_end)
    if rebuked and not any(m.start < rebuked.end(1) and rebuked.start(1) < m.end for m in mentions):
        # "EU slams Hamas over rocket fire on Israel": the party rebuked acted, and no actor code names it; an
        # actor in the clause after "over" is most often its target.
        return None
    speaking = set(headline_speakers)
    for mention in headline:
        if mention.code not in speaking:
            return mention.code
    return None


# A country's armed forces named with no country: "The military said ...", "the junta announced ...".
_FORCES_NOUNS = ("military", "army", "armed forces", "junta", "generals", "coup leaders", "mutineers")
_UNNAMED_FORCES = re.compile(
    r"[Tt]he (?:military(?: government| authorities| leaders?| rulers)?|army|armed forces|junta|generals|"
    r"coup leaders|mutineers)\b"
)


def _unnamed_forces(text: str) -> Iterator[re.Match]:
    """Matches of :data:`_UNNAMED_FORCES` that start a word. The nouns are found with ``str.find`` first: the
    pattern tried at every position cost ~50 us per 600-word article, on the per-article path."""
    for noun in _FORCES_NOUNS:
        at = text.find(noun, 4)
        while at >= 0:
            if text[at - 4:at] in ("the ", "The ") and (at == 4 or not text[at - 5].isalnum()):
                match = _UNNAMED_FORCES.match(text, at - 4)
                if match:
                    yield match
            at = text.find(noun, at + len(noun))


# A person's mention, and a surname learned from an earlier full name ("Pedro Castillo ... Castillo said").
_NAMED_PERSON_KINDS = PERSON_KINDS | {"learned"}
# The code given to a deposed or detained person's mentions (see without_deposed): no actor's.
DEPOSED_CODE = "-"
# A verb that removes or holds a person, right before the person's name: "army removes President Zelaya".
_DEPOSED_BEFORE = re.compile(r"(?<![\w-])(?:remov|oust|toppl|overthr|depos|arrest|detain|jail|imprison|kidnap|abduct)"
                             r"\w*\s+(?:(?:the\s+)?(?:president|prime\s+minister|premier|leader|opposition\s+leader)"
                             r"\s+)?$", re.IGNORECASE)


def without_deposed(text: str, mentions: list[Mention], headline_end: int) -> list[Mention]:
    """*mentions*, those of a person the headline names as the one something was done to ("Rousseff's removal",
    "army removes President Zelaya") coded :data:`DEPOSED_CODE`: an ousted or jailed leader speaks against the
    state that removed or jailed them, so their words are not their country's (its government is the acting
    party)."""
    headline = text[:headline_end]
    targets = {_surname(m) for m in mentions if m.end <= headline_end and m.kind in PERSON_KINDS
               and (_done_to(m, headline) or _DEPOSED_BEFORE.search(headline, max(0, m.start - 40), m.start))}
    if not targets:
        return mentions
    # Kept as mentions, so that "Zelaya tells reporters" still has its speaker, whose statements are then dropped.
    return [Mention(m.start, m.end, m.text, DEPOSED_CODE, m.kind)
            if m.kind in _NAMED_PERSON_KINDS and _surname(m) in targets else m for m in mentions]


def _surname(mention: Mention) -> str:
    return _strip_possessive(mention.text.split()[-1])


def with_unnamed_forces(text: str, mentions: list[Mention], principal: str | None) -> list[Mention]:
    """*mentions* plus "the military", "the army", "the junta" ... where they name no country, as mentions
    of the *principal* actor (see :func:`principal_actor`) when that is a state.

    News copy names the forces of the country a story is about without repeating the country ("Myanmar's
    army seized power ... The military said the takeover was necessary"); forces of any other country are
    named with it ("Thailand's army", "the Russian military") and are found as mentions already. Mentions
    stay in order and never overlap.
    """
    if principal is None or principal in ORGANISATIONS:
        return mentions
    found = list(_unnamed_forces(text))
    if not found:
        return mentions
    starts = [m.start for m in mentions]
    added = []
    for match in found:
        index = bisect.bisect_right(starts, match.start())
        overlaps = (index and mentions[index - 1].end > match.start()) or (
            index < len(mentions) and mentions[index].start < match.end())
        if not overlaps:
            added.append(Mention(match.start(), match.end(), match.group(), principal, "forces"))
    return sorted([*mentions, *added], key=lambda m: m.start) if added else mentions


@lru_cache(maxsize=4)
def default_resolver(alias_path: str | None = None) -> ActorResolver:
    """A shared resolver: building one reads the libraries and the alias file, so do it once per process."""
    return ActorResolver(alias_path)


# Words that stand in for actor mentions in the text the classifier reads when the event's acting party
# is known: "Ankara condemned Israel's strikes" and "Paris condemned Russia's strikes" are the same
# statement to the model (role_other condemned role_acting 's strikes), so what it learns about one event
# carries over to events with other parties, and "condemned role_other" (a speaker blaming someone else,
# often in the acting party's defence) is told apart from "condemned role_acting".
ROLE_WORDS = {"acting": "role_acting", "speaker": "role_speaker", "organisation": "role_org", "other": "role_other"}


def mark_roles(text: str, mentions: Iterable[Mention], acting: Iterable[str], speaker: str | None,
               offset: int = 0) -> str:
    """*text* with every actor mention inside it replaced by a word for the actor's role in the event.

    *mentions* carry offsets into a larger text of which *text* starts at *offset* (an article and one of
    its statements); mentions outside *text* are ignored. The acting party (any code in *acting*) becomes
    ``role_acting``, the speaker's own actor ``role_speaker``, organisations and groups ``role_org`` and
    any other actor ``role_other`` (see :data:`ROLE_WORDS`).
    """
    acting = set(acting)
    end = offset + len(text)
    parts: list[str] = []
    position = 0
    for mention in mentions:
        if mention.start < offset + position or mention.end > end:
            continue
        if mention.code in acting:
            role = "acting"
        elif mention.code == speaker:
            role = "speaker"
        elif mention.code in ORGANISATIONS:
            role = "organisation"
        else:
            role = "other"
        parts.append(text[position:mention.start - offset])
        parts.append(f" {ROLE_WORDS[role]} ")
        position = mention.end - offset
    parts.append(text[position:])
    return "".join(parts)


def relation_words(speaker: str | None, acting: Iterable[str]) -> str:
    """Who speaks about whose action, as words the classifier reads before a statement: ``speaker_rus
    acting_usa rus_on_usa .`` for Russia speaking about an action of the United States.

    Stance toward an action depends on who takes it as much as on the words ("had every right to respond"
    defends the action from the actor's friends and condemns it from its target), and governments take the
    same side toward the same actor across events: with these words the model learns both from the corpus
    (grouped cross-validation 0.8474 -> 0.8542, fixed folds, C = 8; speaker and acting words alone 0.8510,
    the pair alone 0.8518). The words are the codes, lower-cased; nothing is added without a speaker.
    """
    if not speaker:
        return ""
    speaker = speaker.lower()
    codes = sorted(code.lower() for code in acting)
    words = [f"speaker_{speaker}", *(f"acting_{code}" for code in codes), *(f"{speaker}_on_{code}" for code in codes)]
    return " ".join(words) + " . "


def read_with_roles(text: str, mentions: Iterable[Mention], acting: Iterable[str], speaker: str | None,
                    offset: int = 0) -> str:
    """What the classifier reads of a statement whose event's acting party is known: its
    :func:`relation_words`, then the text with its mentions marked by role (:func:`mark_roles`)."""
    acting = tuple(acting)
    return relation_words(speaker, acting) + mark_roles(text, mentions, acting, speaker, offset)
