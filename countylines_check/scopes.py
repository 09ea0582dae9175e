"""Where a figure applies: national, a region, a police force or a place.

A figure takes the scope named nearest to it in its sentence; a sentence that names none inherits
the scope of the passage, which is set by figures' sentences and by framing phrases ("In Hampshire,",
"Nationally,", a heading line) but not by incidental mentions in sentences without figures ("such
as in Liverpool and London"). Places listed three or more at a time describe an area, not a scope.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass, field
from decimal import Decimal
from functools import lru_cache
from itertools import accumulate
from typing import TYPE_CHECKING

import regex

from .cues import ADDITION_BEFORE
from .lazyre import lazy_compile
from .model import Metric, Scope, ScopeLevel, Unit
from .prefilter import may_hold
from .sentences import column_header, other_story_boxes, table_headers
from .vocab.calendar import MONTHS, WEEKDAYS
from .vocab.geography import (DIVISIONS, FORCES, NATIONAL_BODIES, NATIONAL_CUES, PLACES, REGION_GROUPS, REGIONS,
                              WELSH_PLACE_NAMES)
from .vocab.numbers import TENS, UNITS

if TYPE_CHECKING:
    from .extract import Draft
    from .sentences import Sentence

NATIONAL = Scope(ScopeLevel.NATIONAL, "UK")
ENGLAND_AND_WALES = Scope(ScopeLevel.NATIONAL, "England and Wales")
# Nations served by one force: "officers in Scotland" is Police Scotland's figure.
SINGLE_FORCE_NATIONS = {"Scotland": "Police Scotland", "Northern Ireland": "Police Service of Northern Ireland (PSNI)"}


@dataclass(frozen=True, slots=True)
class Mention:
    start: int
    end: int
    scope: Scope
    weak: bool = False  # a national body named as speaker or coordinator, not as the figure's area


@dataclass(frozen=True, slots=True)
class Gazetteer:
    names: dict[tuple[str, ...], tuple[str, Scope]]  # lower-cased words -> (name as written, scope)
    longest: dict[str, int]  # first word -> words in the longest name starting with it
    force_region: dict[str, str]
    place_force: dict[str, str]
    # every run of words a longer name begins with, so a lookup stops at the first run that begins
    # none; empty, every length up to ``longest`` is tried (the same names are found, more slowly)
    prefixes: frozenset[tuple[str, ...]] = frozenset()
    # a force's divisions (Police Scotland's, the Met's command units): division -> (force, its places)
    divisions: dict[str, tuple[str, frozenset[str]]] = field(default_factory=dict)


@lru_cache(maxsize=32)
def gazetteer(extra: tuple[tuple[str, str], ...] = ()) -> Gazetteer:
    """Every name the text can give a scope by, with ``extra`` aliases (alias, force or region it
    names) from a configuration; built once per distinct set of aliases, the tables stay as shipped.

    Raises:
        ValueError: an alias names no known force or region, or already names another area.
    """
    names: dict[str, Scope] = {}
    lower: dict[str, Scope] = {}
    force_region: dict[str, str] = {}
    for canonical, region, aliases in FORCES:
        scope = Scope(ScopeLevel.FORCE, canonical)
        force_region[canonical] = region
        for alias in (canonical, *aliases):
            names[alias] = scope
    for nation, force in SINGLE_FORCE_NATIONS.items():
        if force in force_region:
            names.setdefault(nation, Scope(ScopeLevel.FORCE, force))
    for canonical, aliases in REGIONS:
        scope = Scope(ScopeLevel.REGION, canonical)
        for alias in (canonical, *aliases):
            if alias.islower():
                lower[alias] = scope
            elif alias not in names:
                names[alias] = scope
    divisions = {}
    for canonical, force, aliases, members in DIVISIONS:
        divisions[canonical] = (force, frozenset(members))
        for alias in (canonical, *aliases):
            names.setdefault(alias, Scope(ScopeLevel.PLACE, canonical))
    place_force = {}
    for place, force in PLACES:
        names.setdefault(place, Scope(ScopeLevel.PLACE, place))
        place_force[place] = force
    for place, force in _compass_districts(force_region):
        if place not in names:
            names[place] = Scope(ScopeLevel.PLACE, place)
            place_force[place] = force
    for welsh, english in WELSH_PLACE_NAMES:  # "Casnewydd" is Newport, one area under either name
        names.setdefault(welsh, Scope(ScopeLevel.PLACE, english))
    for cue in NATIONAL_CUES:
        lower[cue.lower()] = NATIONAL
    for body in NATIONAL_BODIES:
        names.setdefault(body, Scope(ScopeLevel.NATIONAL, "national body"))
    folded: dict[tuple[str, ...], tuple[str, Scope]] = {}
    for name, scope in names.items():
        folded.setdefault(_words(name), (name, scope))
    for phrase, scope in lower.items():
        folded.setdefault(_words(phrase), (phrase, scope))
    _add_aliases(folded, extra)
    longest: dict[str, int] = {}
    for key in folded:
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    prefixes = frozenset(key[:n] for key in folded for n in range(1, len(key)))
    return Gazetteer(folded, longest, force_region, place_force, prefixes, divisions)


COMPASS_PREFIXES = ("North", "South", "East", "West", "Mid", "Central", "North East", "North West", "South East", "South West")
COUNTY_WORD = lazy_compile(r"[A-Z][a-z]{3,}")  # "Norfolk", "Herts": a county's name or its short form, not "GMP"


def _compass_districts(force_region: dict[str, str]) -> list[tuple[str, str]]:
    """'West Norfolk', 'Mid Suffolk', 'South Cambridgeshire': a compass word before a county's name is
    a district inside the county (its force's), not the whole county; names the tables list anyway
    ('North Yorkshire' a force, 'West Kent' a division) keep their own entry. London's quarters are
    left to the Met ("east London" is London)."""
    counties = [(alias, canonical) for canonical, _, aliases in FORCES if canonical in force_region
                for alias in (canonical, *aliases) if COUNTY_WORD.fullmatch(alias) and alias != "London"]
    counties += [(place, force) for place, force in PLACES
                 if COUNTY_WORD.fullmatch(place) and (place.endswith("shire") or place in ("Devon", "Cornwall", "Somerset"))]
    return [(f"{compass} {county}", force) for county, force in counties for compass in COMPASS_PREFIXES]


@lru_cache(maxsize=1)
def _compass_district_names() -> frozenset[str]:
    """The districts ``_compass_districts`` makes up, each named only with its compass word capitalised:
    "in south Essex" describes part of the county, as "south London" does London."""
    force_region = {canonical: region for canonical, region, _ in FORCES}
    return frozenset(place for place, _ in _compass_districts(force_region))


def _add_aliases(folded: dict[tuple[str, ...], tuple[str, Scope]], extra: tuple[tuple[str, str], ...]) -> None:
    known = dict(folded)
    for alias, target in extra:
        entry = known.get(_words(target))
        if entry is None or entry[1].level not in (ScopeLevel.FORCE, ScopeLevel.REGION):
            raise ValueError(f"{target!r} is not a police force or region this checker knows")
        key = _words(alias)
        if not key:
            raise ValueError(f"alias {alias!r} has no words")
        taken = folded.get(key)
        if taken is not None and taken[1] != entry[1]:
            raise ValueError(f"alias {alias!r} already names {taken[1].name}")
        folded.setdefault(key, (alias, entry[1]))


WORD = lazy_compile(r"[\w'’]+(?:-[\w'’]+)*")
_WORD_SPLIT = lazy_compile(f"({WORD.pattern})")  # the words and, between them, the rest


@lru_cache(maxsize=16384)
def _lookup_key(word: str) -> tuple[str, int]:
    """A word for lookup, and how many characters the lookup leaves off its end: lower case, curly
    apostrophes straightened, a possessive dropped ("Wiltshire's 24 arrests" names Wiltshire)."""
    key = word.lower().replace("’", "'")
    if key.endswith("'s") and len(key) > 3:
        return key[:-2], 2
    return key, 0


def _words(name: str) -> tuple[str, ...]:
    """A name's lookup words, read as the text's words are ("King's Lynn" is found as written)."""
    return tuple(_lookup_key(w)[0] for w in WORD.findall(name))


# Photo credits and bylines name forces that are not the figure's scope: "(Met Police/PA)".
# (and an agency's distribution line, "For use by: Fenland Citizen, Essex Coast Chronicle", names its clients)
CREDIT = lazy_compile(r"\([^()\n]{0,60}/\s*PA\)|\bCredit:[^\n]*|\bPicture:[^\n]*"
                      r"|(?im:^(?:for\s+use\s+by|distribution|circulation|available\s+to)\s*:[^\n]*)")
NATIONAL_NOUN = lazy_compile(r"(?i)\b(?:figures|total|results|picture|level|response)$")
OPERATION_AFTER = lazy_compile(
    r"(?i)\s+(?:[\w'-]+\s+){0,3}(?:week|operation|initiative|campaign|crackdown|intensification|effort|action|drive)\b"
)
_JOIN = r"(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)"
# Between two listed areas: a comma or "and", possibly with names the gazetteer does not know
# ("Nuneaton, Bedworth, Rugby, Leamington Spa and ..."): each such name is one more area in the list.
AREA_JOIN = lazy_compile(
    rf"^{_JOIN}(?:the\s+)?(?P<unknown>(?-i:[A-Z][\w'’-]*)(?:\s(?-i:[A-Z][\w'’-]*)){{0,2}}{_JOIN}(?:the\s+)?)*+$"
)
# A place that names an institution ("Teesside Crown Court heard") or where drugs were carried
# to or from ("a line supplying heroin into Swindon", "runners from London") is not where a
# figure was counted.
INSTITUTION_AFTER = lazy_compile(
    r"\s+(?:Crown\s+Court|Magistrates[’']?\s+Court|Youth\s+Court|County\s+Court|Court|Prison|University|College|"
    r"Hospital|Football\s+Club|FC|Airport|Road|Street|Lane|Avenue)\b"
)
# A newspaper or a landlord named after its area ("the Thanet Courier", "Leicester Evening Gazette",
# "Wearside Community Homes") is who publishes or speaks, not where a figure was counted
ORGANISATION_AFTER = lazy_compile(
    r"(?:\s+(?:&|and)\s+[A-Z][\w'’-]+)?"  # "Fenland & Peterborough Gazette": both places name the paper
    r"[ \t]+(?:Courier|Gazette|Evening|Echo|Herald|Mercury|Chronicle|Advertiser|Journal|Telegraph|Argus|Messenger|"
    r"Post|Times|Ledger|Sentinel|Examiner|Observer|Express|Standard|Guardian|Mail|Community\s+Homes|Homes|Housing)\b"  # (on its own line, a heading's next line is not its paper)
)
# "the North East exploitation charity Safe Harbour": a region naming a charity says where it works, not
# that the people it met are the region's count beside the force's own
REGION_CHARITY_AFTER = lazy_compile(r"[ \t]+(?:[a-z][\w-]*[ \t]+){0,2}charit(?:y|ies)\b")
# "London Borough of Southwark", "Royal Borough of Greenwich": a council's title, whose area is the borough it names
BOROUGH_OF_AFTER = lazy_compile(r"[ \t]+Borough\s+of\s+(?-i:[A-Z])")
# "Detective Superintendent Claire Whitby", "Judge Tom Derby": a surname, not a place
TITLE_BEFORE = lazy_compile(
    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady|Judge|Recorder|Councillor|Cllr|Inspector|Sergeant|Superintendent|"
    r"Constable|Commander|Commissioner|Chief|Detective|DCI|DI|DS|DC|PC|PCSO|Sgt|Supt|Insp)\.?\s+"
    r"(?:[A-Z][a-z]+\s+)?$"
)
# "trains to East Anglia", "a ticket to Norwich": where travellers were going, not where figures were counted
ROUTE_TO_BEFORE = lazy_compile(
    r"(?i)\b(?:trains?|routes?|services|tickets?|journeys?|trips?|buses|coaches|ferr(?:y|ies)|flights?)\s+"
    r"(?:[a-z]+\s+)?to\s+(?:the\s+)?$"
)
# "a line supplying heroin from Plymouth to Newquay": the far end of a route, like its start
ROUTE_END_BEFORE = lazy_compile(r"\bfrom\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}\s+(?:to|into)\s+(?:the\s+)?$")
# "to move drugs between England and Scotland": both ends of a route a verb of moving names
ROUTE_BETWEEN_BEFORE = lazy_compile(
    r"(?i)\b(?:mov\w*|travel\w*|ferr\w*|carr\w*|traffick\w*|running|suppl\w*|journeys?|trains?)\s+(?:[a-z]+\s+){0,3}?"
    r"between\s+(?:the\s+)?(?:(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}\s+and\s+(?:the\s+)?)?$")
# "Plymouth drug dealer ordered to pay": where a person comes from, like "Jo Carter, 23, of Lewisham"
PERSON_AFTER = lazy_compile(r"(?i)\s+(?:(?:drugs?|crack|heroin|cocaine)\s+)?(?:dealer|dealers|boss|kingpin)\b")
# "a county line supplying Swansea", "gangs serving Exeter": the market a line sells into, like
# "into Swindon", is where the drugs went, not where the operation's figures were counted
SUPPLYING_BEFORE = lazy_compile(
    r"(?i)\b(?:lines?|networks?|gangs?|groups?|dealers?)\s+(?:supplying|serving|flooding)\s+(?:drugs\s+(?:in|to)\s+)?(?:the\s+)?$"
    # "half of the lines closed had been supplying towns in Kent": the towns a line sold into
    r"|\b(?:supplying|serving|flooding)\s+(?:drugs\s+(?:in|to)\s+)?(?:towns|areas|places|communities|markets|customers|users)"
    r"\s+(?:in|across|around|throughout)\s+(?:the\s+)?$"
)
# "lines run out of London", "networks based in Merseyside", "the lines we deal with start in London":
# where lines come from, not where the figures about them were counted (a line "operating in Bristol"
# sells there: that is where it counts)
ORIGIN_WORDS = ("run", "ran", "based", "start", "originat", "controlled")
ORIGIN_BEFORE = lazy_compile(
    r"(?i)\b(?:lines?|networks?|gangs?|groups?|dealers?)\b[^.;:!?\n\d]{0,40}?\b(?:run|ran|running|"
    r"based|controlled|started|starting|start|starts|originat(?:e|es|ed|ing))\s+(?:[^.;:!?\n\d]{0,30}?\b)?"
    r"(?:out\s+of|from|in|within|outside)\s+(?:the\s+)?(?:(?:north|south|east|west|central)(?:[- ]?(?:east|west))?\s+)?$"
)
DIRECTION_BEFORE = lazy_compile(
    r"(?i)(?<!\b(?:officers|officer|detectives|police|teams?|colleagues|staff|units?|forces|partners|"
    r"investigators|figures|data|results)\s+)"  # "officers from Kent" are Kent's: not a route
    r"\b(?:into|from)\s+(?:outside\s+)?(?:the\s+)?(?:(?:north|south|east|west|central|inner|outer)(?:[- ]?(?:east|west))?\s+)?$"
)
# "22 were running into Telford, 19 into Worcester", "11 lines running into Blackpool": a count of lines
# split by the town each ran into is counted in that town (the market they served), not a route's end
_COUNT_WORD = r"(?:\d+|" + "|".join(sorted({*UNITS, *TENS}, key=len, reverse=True)) + r")"
# (a count must come first: a headline's "lines running into Stoke" with no figure names a route's end)
LINES_INTO_BEFORE = lazy_compile(
    r"(?i)(?<![£$€.,\d])\b" + _COUNT_WORD + r"(?:(?:\s+[\w-]+){0,4}?\s+(?:ran|run|runs|running))?\s+into\s+(?:the\s+)?$")
LINES_INTO_OWN = lazy_compile(r"(?i)(?:\s+(?:lines?|of|which|them|were|was|had|have|been|ran|run|runs|running)){0,5}?\s+into\s+(?:the\s+)?")
PARTNER_BEFORE = lazy_compile(
    r"(?i)\b(?:works?|working|worked|partnership|partners|together)\s+(?:closely\s+)?with\s+"
    # "working with officers from Merseyside Police": the force that helped, not the story's second force
    r"(?:(?:colleagues|officers|teams?|detectives|staff|specialists)\s+(?:from|at|of)\s+)?(?:the\s+)?$"
    r"|\b(?:funded|supported|backed|assisted|helped)\s+by\s+(?:the\s+)?$"
    # "We were supported on the day by colleagues from South Yorkshire Police": who helped, not whose figures
    r"|\b(?:supported|backed|assisted|helped|joined)(?:\s+(?!by\b)[\w'’-]+){0,4}\s+by\s+"
    r"(?:colleagues|officers|teams?|detectives|staff|specialists)\s+(?:from|at|of)\s+(?:the\s+)?$"
    r"|\bjoint\s+(?:[\w-]+\s+)?(?:operation|work|patrols?|exercise|investigation|action)\s+with\s+(?:the\s+)?$"
    r"|\b(?:alongside|with\s+the\s+help\s+of|with\s+support\s+from|in\s+partnership\s+with)\s+(?:the\s+)?$"
)


# One of these words stands in every match of the pattern named (see ``prefilter``): a mention
# whose window before holds none is not searched for it (most mentions' windows hold none)
DIRECTION_WORDS = ("into", "from")
SUPPLYING_WORDS = ("supplying", "serving", "flooding")
PARTNER_WORDS = ("with", "by", "alongside")


def _before(pattern: regex.Pattern[str], words: tuple[str, ...], text: str, start: int, reach: int) -> bool:
    """Whether ``pattern`` matches in the ``reach`` characters before ``start``, searched only where
    one of ``words`` (one in every match) stands there."""
    lo = max(0, start - reach)
    return may_hold(text, lo, start, words) and pattern.search(text, lo, start) is not None


def _direction_before(text: str, start: int, end: int) -> bool:
    """A place drugs or people went into or came from; not an owner after "into" ("knives dropped
    into Staffordshire's amnesty bins" were handed in within Staffordshire: the bins are its own)."""
    if not may_hold(text, max(0, start - 30), start, DIRECTION_WORDS):
        return False
    found = DIRECTION_BEFORE.search(text, max(0, start - 30), start)
    if found is None:
        return False
    return not (found.group().lower().startswith("into") and text[end : end + 2] in ("'s", "’s"))


# "south London", "north-east Lincolnshire": a compass word before an area, in a pattern matched up to it
COMPASS_BEFORE = r"(?:(?i:north|south|east|west|central)(?:[- ]?(?i:east|west))?[ \t]+)?"
ROUTE_JOIN = lazy_compile(r"(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)(?:the\s+)?$")
# "Kofi Mensah, 24, of Catford: seven years": where someone lives, not where a figure was counted.
RESIDENCE_BEFORE = lazy_compile(
    r"(?:\b\d{1,2}|(?-i:[A-Z][\w'’-]+)),\s+(?:(?:also|all|both|now|formerly|originally)\s+)?(?:of|from)\s+"
    r"(?:(?:\d+\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3},\s+)?"  # "27, of Sherwood Rise, Nottingham"
    + COMPASS_BEFORE + "$"  # "26, from Tottenham, north London"
)
# "12 live in England", "his home in Belfast": where people live, even a whole nation, is not where
# a figure was counted
# ("9,400 homes in Sunderland" counts homes there: a figure's own homes are its place)
LIVES_WORDS = ("liv", "resid", "home")  # one in every match of LIVES_BEFORE
LIVES_BEFORE = lazy_compile(
    r"(?i)\b(?:lives?|lived|living|resident|residing|reside|(?<![\d,]\s)homes?)\s+in\s+(?:the\s+)?" + COMPASS_BEFORE + "$")
# "will appear before magistrates in Newcastle", "sentenced at Exeter": where a case is heard is
# not where its figures were counted
COURT_WORDS = ("magistrates", "justices", "judge", "court", "appear", "sentenced", "remanded", "tried", "trial",
               "hearing")  # one in every match of COURT_BEFORE
COURT_BEFORE = lazy_compile(
    r"(?i)\b(?:magistrates|justices|judges?|courts?|appear(?:s|ed|ing)?|sentenced|remanded|tried|trial|hearing)\s+"
    r"(?:(?:at|before|in)\s+(?:the\s+)?(?:magistrates|court|a\s+judge)\s+)?(?:in|at)\s+(?:the\s+)?$"
)
# "Alan Murray, local area commander for Dundee", "cabinet member for Swansea": a job title's area
JOB_AREA_WORDS = ("for", "of")  # one in every match of JOB_AREA_BEFORE
JOB_AREA_BEFORE = lazy_compile(
    r"(?i)\b(?:commander|superintendent|inspector|councillor|cllr|mayor|mp|msp|ms|am|convener|convenor|"
    r"cabinet\s+member|portfolio\s+holder|spokesperson|spokesman|spokeswoman|director|leader|minister)"
    r"\s+(?:for|of)\s+(?:the\s+)?$"  # not a police and crime commissioner: the force's area is theirs
)
POLICE_WORD = lazy_compile(r"(?i)\b(?:police|constabulary|force|PSNI|BTP|GMP)\b")
OWN_PLACE = lazy_compile(
    r"\b(?:(?:in|across|throughout|at|within|around|on|for|by)\s+(?:the\s+)?"
    r"|(?:north|south|east|west|centre|center|rest|parts?)\s+of\s+(?:the\s+)?)$"
)
# "an average of 7.3 per 100,000 across England and Wales": the country named right after a figure
# (its rate's base or a word of what it counts between) is where the figure was counted
# ("out of 10,950 nationally", "of the 1,049 arrests recorded nationally": the adverb right after the
# figure, or after a few words of what it counts; "a quarter of all arrests nationally" is a share of it)
# ("14,500 children in England and Wales": the two nations named right after what the figure counts)
IN_ENGLAND_AND_WALES_AFTER = lazy_compile(r"(?:\s+[a-z]+){0,2}?\s+in\s+England\s+and\s+Wales\b")
NATIONAL_AFTER = lazy_compile(r"(?i)(?:\s+per\s+[\d,]+)?(?:\s+[a-z]+){0,2}?\s+(?:across|throughout)\s|(?:\s+(?!of\b)[a-z]+){0,3}?\s+nationally\b"
                              r"|" + IN_ENGLAND_AND_WALES_AFTER.pattern)
# "50 were arrested and in Oxford 40", "£300,000 and officers in Bradford £250,000": the place opens
# the next figure's clause, it is not where the first was counted
NEXT_CLAUSE_PLACE = lazy_compile(
    r"(?i)(?:,|\band|\bwhile|\bwhilst|\bwhereas)\s+(?:[a-z]+\s+){0,2}(?:in|across|at|for)\s+(?:the\s+)?$"
)
FIGURE_AFTER = lazy_compile(
    r"(?i),?\s+(?:[a-z]+\s+){0,2}(?:£|\d|(?:" + "|".join(sorted({*UNITS, *TENS}, key=len, reverse=True)) + r")\b)"
)
ATTRIBUTION = lazy_compile(r"^\s*(?:has\s+|have\s+|had\s+)?(?:said|says|reported|announced|revealed|confirmed|added|stated)\b")
# on one line: a heading "Llanelli and Newtown" above "In Llanelli, ..." does not swallow the next town
NESTED_PLACE = lazy_compile(r"^[^\S\n]+in\s+(?:(?:north|south|east|west|central)(?:[- ]?(?:east|west))?\s+)?$", regex.I)


# "Tom Stanley, 19, of Tamworth", "Tom Stanley (19)": a name someone is introduced by, with an age
# (it opens with what every match opens with, two capitalised words and a digit, where no word
# character stands before: the same as ``\b`` before a capital, but lets the regex engine pass over
# the text's other words quickly, 0.3-0.5 ms a seed less; ``NAMED_PERSON_PLAIN`` is the plain form)
_NAMED_PERSON_REST = (
    r"(?!(?:In|At|From|Of|For|And|The|Across|Around|Near|Throughout|Within|To|Into|By|On|Outside|"
    r"Central|North|South|East|West|Greater|Inner|Outer|Upper|Lower|Old|New)\b)(?-i:[A-Z][a-z]+)\s+(?P<surname>(?-i:[A-Z][a-z]+)),?\s+(?:\(\s*)?(?:aged\s+)?\d{1,2}(?=\s*[,)]\D|\s+(?:of|from|was|who|is|and|were|had|has)\b)")
NAMED_PERSON = lazy_compile(r"(?<!\w)(?=[A-Z][a-z]+\s+[A-Z][a-z]+,?\s+(?:\(\s*)?(?:aged\s+)?\d)" + _NAMED_PERSON_REST)
NAMED_PERSON_PLAIN = lazy_compile(r"\b" + _NAMED_PERSON_REST)


# "Pickering, 38, is already serving ten years": a surname alone given an age, as a sentence's subject
# (a town is never given an age; "Leeds, 12, and Bradford, 9" lists counts, so "and" is no verb here)
SURNAME_WITH_AGE = lazy_compile(
    r"(?<![\w,] )(?<!\w)(?P<surname>[A-Z][a-z]+),\s+(?:aged\s+)?\d{1,2},\s+"
    r"(?=(?:is|was|who|had|has|have|of|from|pleaded|admitted|denied|appeared|told|said)\b)"
)


# "while Kyle Barrow was jailed for six years": a town's name after a given name, as the subject of
# what a person did or was given, is that person's surname
GIVEN_NAME_BEFORE = lazy_compile(
    r"(?<![.!?:\n][ \t]?)(?<![.!?:\n])\b(?!(?:In|At|From|Of|For|And|The|Across|Around|Near|Throughout|Within|To|Into|By|On|"
    r"Outside|Central|North|South|East|West|Greater|Inner|Outer|Upper|Lower|Old|New|Mr|Mrs|Ms|Dr)\b)[A-Z][a-z]+[ \t]+$")
PERSON_VERB_AFTER = lazy_compile(r"[ \t]+(?:was|were|received|admitted|pleaded|got|denied|had|has|is)\b")


def _person_named(text: str, start: int, end: int) -> bool:
    return (PERSON_VERB_AFTER.match(text, end) is not None
            and GIVEN_NAME_BEFORE.search(text, max(0, start - 20), start) is not None)


def _surnames(text: str) -> frozenset[str]:
    """The surnames of people the article introduces with their age: a town's name used as one
    ("Tom Stanley, 19" ... "and Stanley for three years") is a person wherever it recurs."""
    return frozenset(m["surname"] for m in (*NAMED_PERSON.finditer(text), *SURNAME_WITH_AGE.finditer(text)))


def find_mentions(text: str, gaz: Gazetteer | None = None, area_lists: list[int] | None = None,
                  list_forces: dict[int, str] | None = None) -> list[Mention]:
    """Every named scope in the text, with places in long area lists and credits removed (where
    each list of places starts goes into ``area_lists`` when given, and into ``list_forces`` with the
    force that polices every place in it, where one does).

    >>> [(m.scope.level.value, m.scope.name) for m in find_mentions("In Hampshire, across England and Wales")]
    [('force', 'Hampshire and Isle of Wight Constabulary'), ('national', 'England and Wales')]
    >>> [m.scope.name for m in find_mentions("Ten of them live in Medway; officers in Maidstone made 30 arrests")]
    ['Maidstone']
    """
    gaz = gaz or gazetteer()
    credits = [(m.start(), m.end()) for m in CREDIT.finditer(text)]
    # one split gives the words and the text between them: word i is parts[2i + 1], and the
    # running sum of the parts' lengths says where it starts (ends[2i]) and ends (ends[2i + 1])
    parts = _WORD_SPLIT.split(text)
    keyed = list(map(_lookup_key, parts[1::2]))
    keys = [k for k, _ in keyed]
    # only words that begin a name are looked at; their positions are read when there are any
    firsts = [i for i, k in enumerate(keys) if k in gaz.longest]
    ends = list(accumulate(map(len, parts))) if firsts else []

    def words_span(i: int, n: int) -> tuple[int, int]:
        """Where words i to i + n - 1 stand in the text, less a dropped possessive."""
        return ends[2 * i], ends[2 * (i + n) - 1] - keyed[i + n - 1][1]

    surnames = _surnames(text) if firsts else frozenset()
    found: list[tuple[int, int, tuple[str, Scope]]] = []  # (first token, word count, entry)
    names, prefixes = gaz.names, gaz.prefixes
    for i in firsts:
        limit = min(gaz.longest[keys[i]], len(keys) - i)
        starting: list[tuple[int, tuple[str, Scope]]] = []  # the names that start at word i, shortest first
        for n in range(1, limit + 1):
            key = tuple(keys[i : i + n])
            entry = names.get(key)
            if entry is not None:
                starting.append((n, entry))
            if prefixes and key not in prefixes:
                break  # no longer name begins with these words
        for n, entry in reversed(starting):  # the longest name that is written as a name
            start, end = words_span(i, n)
            if _case_ok(text[start:end], entry[0]) and "\n" not in text[start:end] and _punctuated_as(text[start:end], entry[0]) \
                    and not (entry[0] in _compass_district_names() and text[start].islower()):  # "south Essex" is Essex
                found.append((i, n, entry))
                break
    taken: set[int] = set()
    raw: list[Mention] = []
    routes: set[int] = set()  # places drugs went to or from, or where someone lives
    for i, n, (name, scope) in sorted(found, key=lambda f: -f[1]):  # the longest name wins an overlap
        if taken & set(range(i, i + n)):
            continue
        taken.update(range(i, i + n))
        start, end = words_span(i, n)
        credit = bisect.bisect_right(credits, (start, len(text))) - 1  # the last credit starting at or before it
        if credit >= 0 and credits[credit][0] <= start < credits[credit][1]:
            continue
        if (scope.level is ScopeLevel.PLACE and INSTITUTION_AFTER.match(text, end)) or BOROUGH_OF_AFTER.match(text, end):
            continue
        if scope.level is ScopeLevel.REGION and REGION_CHARITY_AFTER.match(text, end):
            continue
        if scope.level in (ScopeLevel.PLACE, ScopeLevel.FORCE) and not POLICE_WORD.search(text[start:end]) and (
                ORGANISATION_AFTER.match(text, end) or TITLE_BEFORE.search(text, max(0, start - 40), start)
                or text[start:end] in surnames or _person_named(text, start, end)):
            continue
        if scope.level is not ScopeLevel.NATIONAL and not POLICE_WORD.search(text[start:end]) and (
                _direction_before(text, start, end) and not LINES_INTO_BEFORE.search(text, max(0, start - 40), start)
                or RESIDENCE_BEFORE.search(text, max(0, start - 40), start)
                or ROUTE_TO_BEFORE.search(text, max(0, start - 30), start) or _before(SUPPLYING_BEFORE, SUPPLYING_WORDS, text, start, 30)
                or ROUTE_END_BEFORE.search(text, max(0, start - 40), start) or PERSON_AFTER.match(text, end)
                or _before(ORIGIN_BEFORE, ORIGIN_WORDS, text, start, 90)
                or ROUTE_BETWEEN_BEFORE.search(text, max(0, start - 80), start)):
            routes.add(start)  # dropped after lists are found: "from Northants, the Met and BTP" is still a list
        elif (_before(LIVES_BEFORE, LIVES_WORDS, text, start, 20) or _before(COURT_BEFORE, COURT_WORDS, text, start, 40)) \
                and not POLICE_WORD.search(text[start:end]):
            routes.add(start)
        elif _before(JOB_AREA_BEFORE, JOB_AREA_WORDS, text, start, 40) and not POLICE_WORD.search(text[start:end]):
            routes.add(start)  # "local area commander for Dundee, said": whom someone speaks for, not a figure's area
        elif _before(PARTNER_BEFORE, PARTNER_WORDS, text, start, 60):
            routes.add(start)  # "a charity which works with Police Scotland": a partner, not where it counts
        weak = scope.name == "national body"
        if (scope.level is ScopeLevel.NATIONAL and not weak and OPERATION_AFTER.match(text, end)
                and not NATIONAL_NOUN.search(text, start, end)):  # "national figures for the same week" are national
            continue  # "a UK-wide county lines week": it describes the operation, not where a figure applies
        if weak or scope.level is ScopeLevel.NATIONAL:
            scope = ENGLAND_AND_WALES if "england and wales" in text[start:end].lower() else NATIONAL
        raw.append(Mention(start, end, scope, weak))
    raw.extend(_national_operations_as_subject(text))
    raw.extend(_handles(text, gaz, raw))
    raw.sort(key=lambda m: m.start)
    raw = _force_then_its_division(text, raw)
    for prev, m in zip(raw, raw[1:]):  # "lines from Liverpool and the West Midlands": both are routes
        if prev.start in routes and ROUTE_JOIN.match(text, prev.end, m.start):
            routes.add(m.start)
    named = _force_with_its_unit(text, _pair_forces(text, _widen_to_region(text, _regions_named_as_forces(text, _joined_to_national(text, raw)))))
    listed = _drop_area_lists(text, _drop_nested_places(text, named), area_lists)
    if list_forces is not None:
        list_forces.update(_forces_of_lists(text, gaz, _drop_nested_places(text, named), area_lists or []))
    return _operations_by_their_force(text, gaz, _divisions_by_their_places(
        _pair_places(text, _force_and_its_town(text, [m for m in listed if m.start not in routes]))))


# "@gmpolice · 9:02am", "Replying to @WestYorksPolice": a social-media account's handle
# (an account heading its post, at the start of a line, or the one a post replies to: in running text,
# "officers from @ThanetPolice" names who acted, as a force's name would not be needed to)
HANDLE = lazy_compile(r"(?:(?<![^\n])[ \t]*|\bReplying\s+to\s+)@(?P<name>[A-Za-z][A-Za-z0-9_]{1,29})\b")
HANDLE_WORD = lazy_compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")
# "gmpolice", "kentpoliceuk", "northumbriapol": an area's name (or its force's initials) before "police"
HANDLE_POLICE_END = lazy_compile(r"(?i)(?P<area>[a-z]+?)(?:police|constabulary|pol|cops)(?:uk|hq|news)?$")
_COMPACT: dict[int, dict[str, Scope]] = {}


def _compact_names(gaz: Gazetteer) -> dict[str, Scope]:
    """Every force's and region's names with spaces and punctuation removed ("greatermanchester", "gmp")."""
    table = _COMPACT.get(id(gaz))
    if table is None:
        table = {}
        for key, (_name, scope) in gaz.names.items():
            if scope.level in (ScopeLevel.FORCE, ScopeLevel.REGION):
                table.setdefault("".join(key).replace("'", ""), scope)
        _COMPACT[id(gaz)] = table
    return table


def _handle_scope(handle: str, gaz: Gazetteer) -> Scope | None:
    """The area a handle names: its first known name when written in capitals ("WestYorksPolice",
    "SalfordMum_Jen"), else a force's name run together ("gmpolice", "cheshirepolice")."""
    words = [w for part in handle.split("_") for w in HANDLE_WORD.findall(part)]
    if len(words) > 1:
        for i in range(len(words)):
            for n in range(min(len(words) - i, gaz.longest.get(words[i].lower(), 0)), 0, -1):
                entry = gaz.names.get(_words(" ".join(words[i : i + n])))
                if entry is not None and entry[1].name != "national body":
                    return entry[1]
        return NATIONAL if words[-1] == "UK" else None  # "DrugPolicyNowUK": a national campaign
    compact = _compact_names(gaz)
    key = handle.lower().replace("_", "")
    police = HANDLE_POLICE_END.fullmatch(key)
    if police is None:
        return compact.get(key) or compact.get(key.removesuffix("uk"))  # "policescotland", "btpuk"
    area = police["area"]
    return compact.get(area + "police") or compact.get(area) or compact.get(area + "p")


def _handles(text: str, gaz: Gazetteer, found: list[Mention]) -> list[Mention]:
    """Handles that name an area: a force's account speaks for the force, as its name would."""
    taken = {m.start for m in found}
    out = []
    for m in HANDLE.finditer(text):
        if m.start("name") in taken:
            continue
        scope = _handle_scope(m["name"], gaz)
        if scope is not None:
            if scope.level is ScopeLevel.NATIONAL:
                scope = NATIONAL
            out.append(Mention(m.start("name") - 1, m.end(), scope))
    return out


# "Charges rise to 31 in Swansea county lines crackdown": a town naming an operation, not where a count was made
OPERATION_NOUN_AFTER = lazy_compile(
    r"(?i)\s+(?:(?:county[\s-]+lines?|drugs?|drug[\s-]+line|anti-drugs?|police)\s+)?"
    r"(?:crackdown|operation|investigation|raids|blitz|clampdown|sweep)\b"
)


def _operations_by_their_force(text: str, gaz: Gazetteer, mentions: list[Mention]) -> list[Mention]:
    """'the Swansea county lines crackdown' in a story about South Wales Police's operation is the
    force's operation named by its town: its figures are the force's. Only where the text names that
    one force and no other, so the town cannot be one area among several; not a nation's force,
    whose "Aberdeen crackdown" is its Aberdeen division's."""
    forces = {m.scope.name for m in mentions if m.scope.level is ScopeLevel.FORCE and not m.weak}
    if len(forces) != 1 or forces <= set(SINGLE_FORCE_NATIONS.values()):
        return mentions
    force = next(iter(forces))
    boxes = other_story_boxes(text)  # "Police close 12 lines in Blackburn crackdown" under "Related stories": its own
    return [Mention(m.start, m.end, Scope(ScopeLevel.FORCE, force), m.weak)
            if m.scope.level is ScopeLevel.PLACE and gaz.place_force.get(m.scope.name or "") == force
            and OPERATION_NOUN_AFTER.match(text, m.end) and not any(a <= m.start < b for a, b in boxes) else m
            for m in mentions]


def _divisions_by_their_places(mentions: list[Mention]) -> list[Mention]:
    """'in Hackney and Tower Hamlets' in a story about the Met's Central East BCU, which polices just
    those two boroughs, is the command unit named by its places."""
    gaz = gazetteer()
    named = {m.scope.name for m in mentions if m.scope.name in gaz.divisions}
    if not named:
        return mentions
    whole = {gaz.divisions[d][1]: d for d in named}
    out = []
    for m in mentions:
        places = frozenset((m.scope.name or "").split(" and ")) if m.scope.level is ScopeLevel.PLACE else None
        if places is not None and len(places) > 1 and places in whole:
            m = Mention(m.start, m.end, Scope(ScopeLevel.PLACE, whole[places]), m.weak)
        out.append(m)
    return out


# "The last national week, in June, brought 1,880 arrests": the national operation is what the
# figures count; "As part of the national week, officers made 43 arrests" only sets the scene.
NATIONAL_OPERATION_SUBJECT = lazy_compile(
    r"(?i)\b(?:the|this|that|last|its|each)\s+(?:[\w'-]+\s+){0,2}?national\s+"
    r"(?:(?:county\s+lines\s+|intensification\s+)?(?:week|weeks|operation|intensification|crackdown|campaign|phase)"
    r"(?:\s+of\s+(?:action|activity|intensification))?)\b"
    r"(?=(?:,[^,.;]{1,40},)?\s+(?:alone\s+)?(?:brought|saw|resulted\s+in|led\s+to|produced|delivered|yielded|"
    r"netted|recorded|achieved|generated|secured)\b)"
)
SETTING_BEFORE = lazy_compile(r"(?i)\b(?:during|in|as\s+part\s+of|for|of|throughout|from|under|to|on|into|at)\s+$")


def _national_operations_as_subject(text: str) -> list[Mention]:
    return [Mention(m.start(), m.end(), NATIONAL) for m in NATIONAL_OPERATION_SUBJECT.finditer(text)
            if not SETTING_BEFORE.search(text, max(0, m.start() - 16), m.start())]


NATIONAL_AND = lazy_compile(r"\s+(?:and|plus)\s+(?:the\s+)?")


def _joined_to_national(text: str, mentions: list[Mention]) -> list[Mention]:
    """'the 43 territorial forces and British Transport Police closed 356 lines': a force added to
    the country's forces is part of the national figure, not the area it is for."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.scope.level is ScopeLevel.NATIONAL and not prev.weak
                and m.scope.level is ScopeLevel.FORCE and NATIONAL_AND.fullmatch(text, prev.end, m.start)):
            continue
        if (prev is not None and prev.scope.level is ScopeLevel.NATIONAL and not prev.weak
                and m.scope.name in REGION_GROUPS  # (one region after it is still read with the national cue)
                and CUE_OPEN_END.search(text, prev.start, prev.end) and AREA_NEXT.fullmatch(text, prev.end, m.start)):
            out[-1] = m  # "police forces across the north of England": the area the cue goes on to name
            continue
        out.append(m)
    return out


# a national cue ending on a preposition ("police forces across") names no area when one follows it
CUE_OPEN_END = lazy_compile(r"(?i)\b(?:across|in|throughout)$")
AREA_NEXT = lazy_compile(r"\s+(?:the\s+)?")


def _merge_neighbours(mentions: list[Mention], merge: Callable[[Mention, Mention], Mention | None]) -> list[Mention]:
    """Fold each mention into the one before it wherever ``merge`` says the two name one area."""
    out: list[Mention] = []
    for m in mentions:
        merged = merge(out[-1], m) if out else None
        if merged is not None:
            out[-1] = merged
        else:
            out.append(m)
    return out


AND_BETWEEN = lazy_compile(r"\s+and\s+")


def _pair_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """'in Lambeth and Southwark' is one area: the two places together; but 'warrants across Luton and
    Bedford' spans the towns of the one force that polices both, so it is that force's work, as a
    longer list after "across" is (not for a nation's force: Police Scotland's towns stay towns)."""
    place_force = gazetteer().place_force

    def pair(prev: Mention, m: Mention) -> Mention | None:
        if (prev.scope.level is ScopeLevel.PLACE and m.scope.level is ScopeLevel.PLACE
                and AND_BETWEEN.fullmatch(text, prev.end, m.start)):
            force = place_force.get(prev.scope.name or "")
            if (force is not None and force == place_force.get(m.scope.name or "")
                    and force not in SINGLE_FORCE_NATIONS.values()
                    and SPANNING_BEFORE.search(text, max(0, prev.start - 20), prev.start)):
                return Mention(prev.start, m.end, Scope(ScopeLevel.FORCE, force))
            return Mention(prev.start, m.end, Scope(ScopeLevel.PLACE, f"{prev.scope.name} and {m.scope.name}"))
        return None
    return _merge_neighbours(mentions, pair)


# "across Luton and Bedford", "throughout Gwynedd and Anglesey": the two places spanned, not one spot
SPANNING_BEFORE = lazy_compile(r"(?i)\b(?:across|throughout)\s+(?:both\s+)?$")


COUNCIL_AFTER = lazy_compile(r"\s+(?:(?:Borough|City|County|District|Town)\s+)?Council\b")


def _force_and_its_town(text: str, mentions: list[Mention]) -> list[Mention]:
    """'officers in County Durham and Darlington': a force's area and a town in it are the force's area."""
    place_force = gazetteer().place_force

    def pair(prev: Mention, m: Mention) -> Mention | None:
        if (prev.scope.level is ScopeLevel.FORCE and m.scope.level is ScopeLevel.PLACE
                and place_force.get(m.scope.name or "") == prev.scope.name and AND_BETWEEN.fullmatch(text, prev.end, m.start)
                and not COUNCIL_AFTER.match(text, m.end)):  # "South Wales and Swansea Council": a partner
            return Mention(prev.start, m.end, prev.scope, prev.weak)
        return None
    return _merge_neighbours(mentions, pair)


def _pair_forces(text: str, mentions: list[Mention]) -> list[Mention]:
    """'South Wales Police and Gwent Police together made 93 arrests', 'across Norfolk and Suffolk':
    the two forces' combined area (not the last two of a longer list, "in Wiltshire, Dorset and Gloucestershire")."""
    listed = {m.start for prev, m in zip(mentions, mentions[1:])
              if prev.scope.level is ScopeLevel.FORCE and LIST_COMMA.fullmatch(text, prev.end, m.start)}  # not "In Wales, ..."

    def pair(prev: Mention, m: Mention) -> Mention | None:
        if (prev.scope.level is ScopeLevel.FORCE and m.scope.level is ScopeLevel.FORCE and prev.start not in listed
                and AND_BETWEEN.fullmatch(text, prev.end, m.start)
                and (TOGETHER_AFTER.match(text, m.end) or TOGETHER_LATER.match(text, m.end)
                     or ((BOTH_AREAS_BEFORE.search(text, max(0, prev.start - 30), prev.start)
                          or JOINT_VERB_AFTER.match(text, m.end))
                         and not EACH_OF_THEM.match(text, m.end)))):
            return Mention(prev.start, m.end, joint_area(prev.scope.name or "", m.scope.name or ""))
        return None
    return _merge_neighbours(_several_forces_together(text, mentions, listed), pair)


def _several_forces_together(text: str, mentions: list[Mention], listed: set[int]) -> list[Mention]:
    """'Wiltshire, Dorset and Gloucestershire made 58 arrests between them': the listed forces' combined
    area, named by their areas; a list with no joint total stays a list (where an operation ran)."""
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        run = [mentions[k]]
        while (k + len(run) < len(mentions) and run[-1].scope.level is ScopeLevel.FORCE
               and mentions[k + len(run)].start in listed):
            run.append(mentions[k + len(run)])
        nxt = mentions[k + len(run)] if k + len(run) < len(mentions) else None
        if (len(run) >= 2 and nxt is not None and all(m.scope.level is ScopeLevel.FORCE for m in [*run, nxt])
                and AND_BETWEEN.fullmatch(text, run[-1].end, nxt.start)
                and (TOGETHER_AFTER.match(text, nxt.end) or TOGETHER_LATER.match(text, nxt.end))):
            names = [_area_names().get(m.scope.name or "", m.scope.name or "") for m in [*run, nxt]]
            whole = _region_made_up_of(frozenset(m.scope.name or "" for m in [*run, nxt]))
            out.append(Mention(run[0].start, nxt.end, Scope(
                ScopeLevel.REGION, whole or ", ".join(names[:-1]) + " and " + names[-1])))
            k += len(run) + 1
            continue
        out.append(mentions[k])
        k += 1
    return out


# the forces of Wales, one of which (North Wales) shares its regional unit with England's North West
FORCES_OF_WALES = frozenset({"North Wales Police", "Dyfed-Powys Police", "Gwent Police", "South Wales Police"})


def _region_made_up_of(forces: frozenset[str]) -> str | None:
    """'Northumbria, Durham and Cleveland together reported 64 arrests': a list of every force in a
    region, and no other, is that region, named as the region is (the five English forces of the North
    West are the North West without North Wales; the four Welsh forces are Wales)."""
    if forces == FORCES_OF_WALES:
        return "Wales"
    regions = {gazetteer().force_region.get(f) for f in forces}
    if len(regions) != 1 or None in regions:
        return None
    region = next(iter(regions))
    members = {f for f, r in gazetteer().force_region.items() if r == region}
    return region if forces in (members, members - FORCES_OF_WALES) else None


LIST_COMMA = lazy_compile(r",\s*")
# "67 arrests across Norfolk and Suffolk", "Police in Cumbria and Lancashire arrested 40 people": two
# forces' areas as one place where a count was made
BOTH_AREAS_BEFORE = lazy_compile(
    r"(?i)\b(?:across|throughout|covering|in\s+both|both|in)\s+(?:the\s+)?$|(?-i:Police|Officers)\s+from\s+$")
# "67 arrests as Norfolk and Suffolk target London dealers": the two, as one subject, did what was counted
JOINT_VERB_AFTER = lazy_compile(
    r"(?i)\s+(?:(?:police|forces|officers)\s+)?(?:have\s+|had\s+)?(?:target|targeted|arrested|made|closed|seized|"
    r"recovered|charged|safeguarded|executed|carried\s+out|joined|teamed\s+up|worked)\b")
# "Norfolk and Suffolk each made", "... 38 and 29 respectively": each force's own figure
EACH_OF_THEM = lazy_compile(r"(?i)\s+(?:each|respectively)\b|[^.;!?\n]*?\brespectively\b")


# "South Wales Police and Tarian, the regional unit for southern Wales, executed 12 warrants": the
# regional unit backs its own force's operation, whose area the figures are; a description of the
# unit after it (", the ... for southern Wales,") names the unit again, not another area
WITH_UNIT = lazy_compile(r"\s+(?:and|with|alongside)\s+(?:the\s+|its\s+)?")
UNIT_DESCRIPTION = lazy_compile(
    r",\s+(?:the\s+)?[\w\s'’-]{0,60}?\b(?:for|of|covering)\s+(?:the\s+)?"
    r"(?:(?:north|south|east|west)(?:ern)?\s+)?$", regex.IGNORECASE,
)


def _force_then_its_division(text: str, mentions: list[Mention]) -> list[Mention]:
    """'the Met's Central East BCU', 'Police Scotland's Tayside Division': the division is the area."""
    divisions = gazetteer().divisions

    def division(prev: Mention, m: Mention) -> Mention | None:
        if (prev.scope.level is ScopeLevel.FORCE and m.scope.name in divisions
                and divisions.get(m.scope.name or "", ("",))[0] == prev.scope.name
                and POSSESSIVE_GAP.fullmatch(text, prev.end, m.start)):
            return m
        return None
    return _merge_neighbours(mentions, division)


POSSESSIVE_GAP = lazy_compile(r"(?:['’]s)?\s+")


def _force_with_its_unit(text: str, mentions: list[Mention]) -> list[Mention]:
    """A force and its own region's crime unit named together are the force."""
    gaz = gazetteer()
    out: list[Mention] = []
    unit: Mention | None = None  # the unit last folded into its force
    for m in mentions:
        prev = out[-1] if out else None
        if (unit is not None and m.scope == unit.scope and UNIT_DESCRIPTION.fullmatch(text, unit.end, m.start)):
            unit = Mention(unit.start, m.end, unit.scope)
            continue
        unit = None
        if (prev is not None and m.scope.level is ScopeLevel.REGION and prev.scope.level is ScopeLevel.FORCE
                and gaz.force_region.get(prev.scope.name or "") == m.scope.name
                and WITH_UNIT.fullmatch(text, prev.end, m.start)):
            unit = m
            continue
        if (prev is not None and prev.scope.level is ScopeLevel.REGION and m.scope.level is ScopeLevel.FORCE
                and gaz.force_region.get(m.scope.name or "") == prev.scope.name
                and WITH_UNIT.fullmatch(text, prev.end, m.start)):
            out[-1] = m
            continue
        out.append(m)
    return out


TOGETHER_AFTER = lazy_compile(r"(?i)\s+(?:together|jointly|between\s+them|combined)\b")
# "Gloucestershire and Wiltshire made 81 arrests between them": the joint total later in the clause
TOGETHER_LATER = lazy_compile(r"(?i)\s+(?:made|recorded|carried\s+out|closed|seized|arrested|had)\s[^.;:!?\n,]{0,40}?"
                              r"\b(?:between\s+them|together(?!\s+with)|jointly|combined)\b")


OTHER_FORCES = lazy_compile(
    r",?\s+(?:and|with|alongside)\s+(?:(?:the|its)\s+(?:\w+\s+){0,2}(?:other|neighbouring|partner|fellow)\s+forces"
    r"|(?:its\s+)?regional\s+partners)\b",
    regex.IGNORECASE,
)


def _regions_named_as_forces(text: str, mentions: list[Mention]) -> list[Mention]:
    """'the West Midlands' in an article about West Midlands Police is the force's area, not the
    region of the same name."""
    forces = {m.scope.name for m in mentions if m.scope.level is ScopeLevel.FORCE and m.scope.name}
    region_of = gazetteer().force_region
    out = []
    for k, m in enumerate(mentions):
        if m.scope.level is ScopeLevel.REGION and m.scope.name:
            same = sorted(f for f in forces if f.startswith(m.scope.name + " "))
            if not same and any(_listed_with(text, m, n) and region_of.get(n.scope.name or "") != m.scope.name
                                for n in mentions[max(0, k - 1) : k + 2] if n.scope.level is ScopeLevel.FORCE):
                # "Merseyside 371, West Midlands 388": listed beside another region's force, a force
                same = sorted(f for f in region_of if f.startswith(m.scope.name + " "))
            if same:
                m = Mention(m.start, m.end, Scope(ScopeLevel.FORCE, same[0]), m.weak)
        out.append(m)
    return out


LIST_GAP = lazy_compile(r"[^.;:!?\n]{0,40}")


def _listed_with(text: str, a: Mention, b: Mention) -> bool:
    """Whether two mentions stand close together in one clause of a list."""
    first, second = (a, b) if a.start < b.start else (b, a)
    return first.end <= second.start and LIST_GAP.fullmatch(text, first.end, second.start) is not None


def _widen_to_region(text: str, mentions: list[Mention]) -> list[Mention]:
    """'West Mids Police and the three other forces in the region' names the region, not the force."""
    gaz = gazetteer()
    out = []
    for m in mentions:
        region = gaz.force_region.get(m.scope.name or "") if m.scope.level is ScopeLevel.FORCE else None
        if region and OTHER_FORCES.match(text, m.end):
            m = Mention(m.start, m.end, Scope(ScopeLevel.REGION, region), m.weak)
        out.append(m)
    return out


# "across south Wales", "in north Wales": a compass word before a capitalised name is often written
# in lower case, and still names the force of that name
LOWER_COMPASS = lazy_compile(r"(?:north|south|east|west)\s+(?:of\s+)?(?-i:[A-Z])")  # "the north of England"


def _case_ok(found: str, name: str) -> bool:
    """A proper name must be capitalised as a name ('Suffolk police' yes, 'suffolk' no)."""
    if found == name or found.isupper() or name.islower():
        return True
    if LOWER_COMPASS.match(found) and found[0].upper() + found[1:] == name:
        return True
    f = found[4:] if found.lower().startswith("the ") else found
    n = name[4:] if name.lower().startswith("the ") else name
    return bool(f) and bool(n) and f[0].isupper() == n[0].isupper() and (len(f) > 4 or f == n)


def _punctuated_as(found: str, name: str) -> bool:
    """'in the West, Gloucestershire and ...' is not 'West Gloucestershire': words a comma, semicolon or
    colon parts are one name only when the name itself is written with it."""
    return not any(mark in found and mark not in name for mark in ",;:")


def _drop_nested_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """'the Isle of Dogs in east London' is the Isle of Dogs."""
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].scope.level is ScopeLevel.PLACE and NESTED_PLACE.match(text[out[-1].end : m.start]):
            continue
        out.append(m)
    return out


TRAILING_AREA = lazy_compile(
    r",?\s+and\s+(?:the\s+)?(?P<name>(?-i:[A-Z][\w'’-]*)(?:\s(?-i:[A-Z][\w'’-]*)){0,2})\b(?![\w'’-])"
    r"(?!\s+(?:Police|Constabulary|Council|said|says))"
)


RESPECTIVELY_LATER = lazy_compile(r"[^.;:!?\n]{0,120}?\d[^.;:!?\n]{0,120}?\brespectively\b")
LIST_AREA_BEFORE = lazy_compile(r"(?i)\b(?:across|in|throughout|around|covering)\s+(?:the\s+)?$")


def _forces_of_lists(text: str, gaz: Gazetteer, mentions: list[Mention], starts: list[int]) -> dict[int, str]:
    """'raids across Blackpool, Preston and Fleetwood': the one force that polices every place listed."""
    found: dict[int, str] = {}
    for start in starts:
        run = [m for m in mentions if m.start >= start]
        members = run[:1]
        for m in run[1:]:
            if not AREA_JOIN.match(text[members[-1].end : m.start]):
                break
            members.append(m)
        forces = {gaz.place_force.get(m.scope.name or "") if m.scope.level is ScopeLevel.PLACE else
                  m.scope.name if m.scope.level is ScopeLevel.FORCE else None for m in members}
        if len(forces) == 1 and None not in forces and LIST_AREA_BEFORE.search(text, max(0, start - 20), start):
            found[start] = forces.pop() or ""
    return found


def _drop_area_lists(text: str, mentions: list[Mention], dropped: list[int] | None = None) -> list[Mention]:
    """A list of three or more areas says where an operation ran, not which area a figure is for
    (where each dropped list starts goes into ``dropped``)."""
    runs: list[list[Mention]] = []
    sizes: list[int] = []
    for m in mentions:
        join = AREA_JOIN.match(text[runs[-1][-1].end : m.start]) if runs else None
        if join and ScopeLevel.NATIONAL in (m.scope.level, runs[-1][-1].scope.level):
            join = None  # "In Wales, South Wales Police and Gwent Police": the nation frames, it is not listed
        if join:
            runs[-1].append(m)
            sizes[-1] += 1 + len(join.captures("unknown"))
        else:
            runs.append([m])
            sizes.append(1)
    kept: list[Mention] = []
    for k, (run, size) in enumerate(zip(runs, sizes)):
        trailing = TRAILING_AREA.match(text, run[-1].end) if size == 2 else None
        if trailing is not None and trailing["name"].split()[0] not in NOT_PLACES and (
                k + 1 == len(runs) or runs[k + 1][0].start >= trailing.end()):
            size += 1  # "in Dundee, Perth and Angus": a last name the gazetteer does not know ends the list
        if size < 3 or size == len(run) and RESPECTIVELY_LATER.match(text, run[-1].end):
            kept.extend(run)  # (each area of "Kent, Essex and Sussex seized £4,000, £3,500 and £2,000 respectively" has its figure)
        elif dropped is not None and run[0].scope.level is ScopeLevel.PLACE:
            dropped.append(run[0].start)
    return kept


FRAMING = lazy_compile(
    r"""[\"'“‘]?(?:In|Across|Within|Throughout|For|Elsewhere\ in|Meanwhile\ in|Over\ in|Nationally|Nationwide|
        Across\ the\ country|Across\ the\ UK|Countrywide|Country-wide|Regionally|Locally)\b""",
    regex.VERBOSE,
)


# "the 26 people Cumbria Police arrested", "the £40,000 the force's officers seized": a force
# right after what it counted, as the subject of the verb that counted it
AGENT_VERB_AFTER = lazy_compile(
    r"(?i)\s+(?:has\s+|have\s+|had\s+)?(?:arrested|detained|seized|recovered|charged|safeguarded|identified|"
    r"visited|closed|shut\s+down|made|executed|referred|engaged|found|took|carried\s+out|dealt\s+with)\b"
)
FEW_WORDS = lazy_compile(r"(?i)(?:\s+(?!(?:and|or|but|while|whilst|as|with|when|after|before|than)\b)[^\W\d]+){0,3}\s+")


def _agent_of(text: str, end: int, m: Mention) -> bool:
    return (m.scope.level in (ScopeLevel.FORCE, ScopeLevel.REGION) and FEW_WORDS.fullmatch(text, end, m.start) is not None
            and AGENT_VERB_AFTER.match(text, m.end) is not None)


# "22 in Nottingham, nine in Mansfield and seven in Ashfield": a capitalised name right after a
# figure, that the gazetteer does not know, is still a place of its own, not the passage's area
UNKNOWN_PLACE_AFTER = lazy_compile(
    r"\s+(?:(?:were|was)\s+)?(?:(?:made|seized|recovered|arrested|found)\s+)?in\s+"
    r"(?P<name>(?-i:[A-Z][a-z]{2,}(?:(?:\s+|-)(?:upon-|on-|under-)?[A-Z][a-z]{2,})?))\b(?!['’]s)"
)
NOT_PLACES = frozenset({
    *(m.capitalize() for m in MONTHS), *(d.capitalize() for d in WEEKDAYS),
    "Operation", "Court", "Crown", "Class", "The", "Year", "Police", "Parliament", "Government", "Council",
    "Custody", "Total", "Cash", "County", "Prison", "Hospital", "School", "Spring", "Summer",
    "Autumn", "Winter", "Christmas", "Easter", "English", "Welsh", "British", "Scottish",
})


def _unknown_place_after(text: str, end: int, clause_end: int) -> Mention | None:
    m = UNKNOWN_PLACE_AFTER.match(text, end, clause_end)
    if m is None or m["name"].split()[0].split("-")[0] in NOT_PLACES:
        return None
    return Mention(m.start("name"), m.end("name"), Scope(ScopeLevel.PLACE, m["name"]))


OPERATION_NAMED_AFTER = lazy_compile(
    r"(?i)(?:['’]s)?\s+(?:county\s+lines\s+|drugs?\s+|anti-drugs?\s+)?"
    r"(?:week|operation|crackdown|blitz|campaign|intensification|week\s+of\s+action)\b")


PREPOSITION_BEFORE = lazy_compile(r"(?i)\b(?:of|in|during|at|for|from)\s+(?:the\s+|a\s+|this\s+)?$")


# "33 arrests, most of them in Swindon, and eight lines closed": where part of an earlier figure
# was counted, said in passing; the figures after it are not that place's
PORTION_BEFORE = lazy_compile(
    r"(?i)\b(?:most|many|much|some|all|half|several|nearly\s+all|almost\s+all|the\s+majority)\s+of\s+"
    r"(?:them|it|those|these|which)\s+(?:[a-z]+\s+)?(?:in|from|at|across|around)\s+(?:the\s+)?$"
)


# "seven knives and an imitation handgun found under a floorboard in Layton": where the other item was found
OTHER_ITEM_FOUND = lazy_compile(
    r"(?i)\s(?:and|plus)\s+(?:an?|another)\s+[^.;:\d]{0,40}?\b(?:found|discovered|hidden|stashed|recovered|seized)\s[^.;:\d]*$")


# "63 cuckooing visits to addresses in the city": the town or city the passage is about, named again
# in the figure's own clause
IN_THE_PLACE_AFTER = lazy_compile(r"(?i)[^,;.\d]{0,50}?\b(?:in|across|around)\s+the\s+(?:town|city|borough)\b")
# "412 Stoke-on-Trent children", "nine Newport addresses": an area written as the figure's adjective,
# before what it counts that lives or stands there (not "three Liverpool men": where a visitor is from)
LOCAL_PEOPLE_AFTER = lazy_compile(
    r"(?i)\s+(?:children|child|young\s+people|youngsters|teenagers|pupils|students|schools|residents|families"
    r"|households|addresses|homes|properties|tenants|girls|boys)\b")
# "the four Welsh forces", "all five northern police forces": a group of forces the figure counts, named
# right after it, is what the figure is about, whatever wider area the sentence opened with
GROUP_OF_FORCES = lazy_compile(r"(?i)\bforces$")
# "26 referrals to the National Referral Mechanism", "passed to the NCA": a national body the figures
# were sent to, not the area they count
# (not "According to the Home Office": the body speaks for the figures)
DESTINATION_BEFORE = lazy_compile(r"(?i)(?<!\baccording\s+)\b(?:to|into)\s+(?:the\s+)?$")


def scope_for(text: str, mentions: list[Mention], sentence_start: int, start: int, end: int,
              clause_end: int) -> Mention | None:
    """The mention that scopes a figure, or None to keep the passage's scope.

    In order: a place or force named in the figure's own clause after it ("25 arrests in
    Hertfordshire"); the nearest named before it in the sentence; an attribution anywhere in the
    sentence ("..., Essex Police said"). A national body counts only when it opens the sentence
    ("The NPCC said ...") or nothing else is named.
    """
    def usable(m: Mention) -> bool:
        return not m.weak or (m.start - sentence_start < 40
                              and not DESTINATION_BEFORE.search(text, max(sentence_start, m.start - 8), m.start))

    own = [
        m for m in mentions
        if end <= m.start and m.end <= clause_end and (
            m.scope.level is not ScopeLevel.NATIONAL
            and (OWN_PLACE.search(text, max(end, m.start - 12), m.start) or _agent_of(text, end, m)
                 or m.scope.level is ScopeLevel.PLACE  # a town's market; a force's area is whoever shut them
                 and LINES_INTO_OWN.fullmatch(text, end, m.start) is not None
                 and LINES_INTO_BEFORE.search(text, max(0, m.start - 40), m.start) is not None)
            or m.scope.level is ScopeLevel.NATIONAL and NATIONAL_AFTER.match(text, end, m.end) is not None)
        and not (NEXT_CLAUSE_PLACE.search(text, max(end, m.start - 40), m.start) and FIGURE_AFTER.match(text, m.end))
        and not OTHER_ITEM_FOUND.search(text, end, m.start)
    ]
    if own:
        return own[0]
    # ("412 Stoke-on-Trent children": a place or force written as the figure's adjective; "the four Welsh
    # forces": a group of forces the figure counts)
    attributive = next((m for m in mentions if not m.weak and m.end <= clause_end
                        and text[end : m.start].isspace() and m.start - end <= 2 and (
                            m.scope.level in (ScopeLevel.PLACE, ScopeLevel.FORCE) and LOCAL_PEOPLE_AFTER.match(text, m.end)
                            or m.scope.level is ScopeLevel.REGION and GROUP_OF_FORCES.search(text, m.start, m.end))), None)
    if attributive is not None:
        return attributive
    unknown = _unknown_place_after(text, end, clause_end)
    if unknown is not None:
        return unknown
    before = [m for m in mentions if m.end <= start and usable(m)
              and not PORTION_BEFORE.search(text, max(sentence_start, m.start - 40), m.start)]
    # "Warrington at centre of Cheshire county lines week as town accounts for 29 arrests": an area
    # naming the operation describes the week, and the area named before it is the figure's
    naming = [m for m in before if OPERATION_NAMED_AFTER.match(text, m.end)
              and PREPOSITION_BEFORE.search(text, max(sentence_start, m.start - 12), m.start)]
    if naming and len(naming) < len(before):
        before = [m for m in before if m not in naming]
    before = _outside_asides(text, before, start) or before
    if before:
        strong = [m for m in before if not m.weak]
        return max(strong or before, key=lambda m: m.end)
    said = [m for m in mentions if m.start >= end and ATTRIBUTION.match(text, m.end)]
    return said[0] if said else None


# ", which the force said was the source of several of the lines closed in Lincolnshire,": a relative
# clause set off by commas, describing the area named before it
RELATIVE_ASIDE = lazy_compile(r",[ \t]+(?:which|who|whose|where)\b[^,.;:!?\n]*,")


def _outside_asides(text: str, before: list[Mention], start: int) -> list[Mention]:
    """'Nottinghamshire Police, which the force said supplied lines into Lincolnshire, reported 52
    arrests': an area named inside a relative clause about the subject is not where the figure after
    the clause was counted; the subject named before the clause is (none is dropped without one)."""
    if not before:
        return before
    lo = min(m.start for m in before)
    kept = before
    for aside in RELATIVE_ASIDE.finditer(text, lo, start):
        if any(m.end <= aside.start() for m in kept):
            kept = [m for m in kept if not aside.start() < m.start < aside.end()]
    return kept


def joint_forces(scope: Scope) -> bool:
    """Two forces' combined area ("South Wales Police and Gwent Police together"), not a region."""
    return bool(_joint_parts(scope))


# An alias that names a force's area rather than the force: words in capitals ("Dyfed-Powys",
# "Avon and Somerset"), no "Police"/"Constabulary", no abbreviation ("GMP", "CoLP")
AREA_ALIAS = lazy_compile(r"(?:(?:[A-Z][a-z]+(?:-[A-Z][a-z]+)*|and|of|the)(?:\s+|$))+")
AREA_NOT = lazy_compile(r"(?i)\b(?:police|constabulary|force|heddlu|the|poileas)\b")


@lru_cache(maxsize=1)
def _area_names() -> dict[str, str]:
    """Each force's area as a reader names it ("Cleveland", "London" for the Met, "Scotland"):
    two forces' combined area is named by their areas ("Cleveland and Durham")."""
    nation = {force: name for name, force in SINGLE_FORCE_NATIONS.items()}
    names = {}
    for canonical, _region, aliases in FORCES:
        areas = [a for a in aliases if AREA_ALIAS.fullmatch(a) and not AREA_NOT.search(a)]
        names[canonical] = nation.get(canonical) or (areas[0] if areas else canonical)
    return names


def joint_area(first: str, second: str) -> Scope:
    """The combined area of two forces, named by their areas in the order given (as a list where an
    area's own name has an "and": "Devon, Cornwall and Dorset", not "Devon and Cornwall and Dorset")."""
    names = _area_names()
    areas = [*names.get(first, first).split(" and "), *names.get(second, second).split(" and ")]
    return Scope(ScopeLevel.REGION, f"{', '.join(areas[:-1])} and {areas[-1]}")


@lru_cache(maxsize=1)
def _force_of_area() -> dict[str, str]:
    forces = {force: force for force in _area_names()}
    forces.update((area, force) for force, area in _area_names().items())
    return forces


def _joint_parts(scope: Scope) -> frozenset[str]:
    """The two forces of a combined area, split where both sides are forces' areas ("Avon and
    Somerset and Wiltshire" has an "and" in an area's own name)."""
    if scope.level is not ScopeLevel.REGION or not scope.name:
        return frozenset()
    *listed, last_two = scope.name.split(", ")  # "Wiltshire, Dorset and Gloucestershire": more than two
    # ("Devon, Cornwall and Dorset": two forces, one of whose areas has an "and" of its own)
    return _listed_forces(listed, last_two) or _listed_forces([], scope.name.replace(", ", " and "))


def _listed_forces(listed: list[str], last_two: str) -> frozenset[str]:
    """The forces of areas listed before a last pair joined by "and", if every one is a force's area."""
    forces = _force_of_area()
    if listed and not all(name in forces for name in listed):
        return frozenset()
    words = last_two.split(" and ")
    for k in range(1, len(words)):
        first, second = " and ".join(words[:k]), " and ".join(words[k:])
        if first in forces and second in forces and forces[first] != forces[second]:
            found = {forces[name] for name in listed} | {forces[first], forces[second]}
            return frozenset(found) if len(found) == len(listed) + 2 else frozenset()
    return frozenset()


def forces_of(region: Scope) -> frozenset[str]:
    """Every force in a region (or in two forces' combined area), so a list naming them all is known
    to be the whole region."""
    if region.level is not ScopeLevel.REGION:
        return frozenset()
    if joint_forces(region):
        return _joint_parts(region)
    regions = REGION_GROUPS.get(region.name or "", (region.name,))
    return frozenset(f for f, r in gazetteer().force_region.items() if r in regions)


def contains(outer: Scope, inner: Scope) -> bool:
    """Whether ``inner`` lies within ``outer`` (force within its region, place within its force)."""
    gaz = gazetteer()
    if outer.level is ScopeLevel.NATIONAL:
        return inner.level in (ScopeLevel.REGION, ScopeLevel.FORCE, ScopeLevel.PLACE)
    if outer.name in gaz.divisions:  # a force's division: the places it polices
        inside = gaz.divisions[outer.name][1]
        return inner.level is ScopeLevel.PLACE and (inner.name in inside or set((inner.name or "").split(" and ")) <= inside)
    if inner.name in gaz.divisions:  # a division lies in its force, and in that force's region
        its_force = Scope(ScopeLevel.FORCE, gaz.divisions[inner.name][0])
        return outer == its_force or (outer.level is ScopeLevel.REGION and contains(outer, its_force))
    if outer.level is ScopeLevel.REGION and joint_forces(outer):  # two forces' combined area
        joined = forces_of(outer)
        if inner.level is ScopeLevel.FORCE:
            return inner.name in joined
        return inner.level is ScopeLevel.PLACE and all(
            gaz.place_force.get(p) in joined for p in (inner.name or "").split(" and "))
    if outer.level is ScopeLevel.REGION and outer.name in REGION_GROUPS:  # "the north of England"
        if inner.level is ScopeLevel.REGION and inner.name in REGION_GROUPS[outer.name]:
            return True
        return any(contains(Scope(ScopeLevel.REGION, part), inner) for part in REGION_GROUPS[outer.name])
    if outer.level is ScopeLevel.REGION:
        if inner.level is ScopeLevel.FORCE:
            return gaz.force_region.get(inner.name or "") == outer.name
        if inner.level is ScopeLevel.PLACE:  # "Luton and Bedford": each place in one of the region's forces
            name = inner.name or ""
            forces = [gaz.place_force.get(p) for p in ([name] if name in gaz.place_force else name.split(" and "))]
            return all(f is not None and gaz.force_region.get(f) == outer.name for f in forces)
    if outer.level is ScopeLevel.FORCE and inner.level is ScopeLevel.PLACE:
        name = inner.name or ""  # ("Dumfries and Galloway" is one place, "Luton and Bedford" two)
        places = [name] if name in gaz.place_force else name.split(" and ")
        return all(gaz.place_force.get(p) == outer.name for p in places)
    if outer.level is ScopeLevel.PLACE and inner.level is ScopeLevel.PLACE and outer.name not in gaz.place_force:
        # "Sunderland and South Tyneside" holds Sunderland (not "Brighton and Hove", one place)
        return set((inner.name or "").split(" and ")) < set((outer.name or "").split(" and "))
    return False


# "taking the total linked to the operation to 26", "bringing today's tally so far to 12": a
# running total counts the whole operation, not the place where the latest additions were made
RUNNING_TOTAL_BEFORE = lazy_compile(
    r"(?i)\b(?:tak\w*|took|bring\w*|brought|push\w*|rais\w*|lift\w*)\s+(?:[\w'’-]+\s+){0,3}?"
    r"(?:total|tally|count|number)\b[^.;:\d£]{0,40}?\bto\s+$"
)
# "A further four arrests", "another three people", "Two more arrests": an addition to the count
# the passage is about, which does not move the passage to where the addition was made
ADDITION_AFTER = lazy_compile(r"(?i)\s+more\b(?!\s+than)")


# "Dundee accounted for 31 of the arrests": one area's share of a count already given
PART_OF_AFTER = lazy_compile(r"(?i)\s+of\s+(?:the|these|those|them|this|that|its|their|all)\b")
ACCOUNTED_BEFORE = lazy_compile(r"(?i)\baccount(?:ed|s|ing)?\s+for\s+(?:[\w-]+\s+){0,2}$")


# "35 of its 96 closures were in Plymouth", "21 of October's 58 arrests were made in Mansfield": a part,
# its base, and what the sentence says of the part
_BASE_OWNER = r"(?:its|their|the|these|those|(?:the\s+)?[\w-]+['’]s)"
PART_OF_BASE = lazy_compile(r"(?i)\s+of\s+" + _BASE_OWNER + r"\s+")
BASE_OF_PART_BEFORE = lazy_compile(r"(?i)\b\d[\d,]*\s+of\s+" + _BASE_OWNER + r"\s+$")
PART_PREDICATE = lazy_compile(r"(?i)\s(?:were|was|are|is|had\s+been|have\s+been)\s")


# "made the most arrests in the North West", "the highest number of closures across the region": the field
# a subject named before is ranked in
RANKING_BEFORE = lazy_compile(
    # (not "the largest operation it has run in Calderdale": where the operation ran)
    r"(?i)\b(?:the\s+)?(?:most|highest|fewest|lowest|(?:largest|biggest|smallest)\s+(?:number|share|total|tally))\b"
    r"(?:\s+[\w-]+){0,4}?\s+"
    r"(?:in|across|of\s+any\s+force\s+in|among)\s+(?:the\s+)?$"
    r"|\b(?:leads|led|leading|tops|topped|topping|heads|headed)\s+(?:the\s+)?$")  # "Lancashire leads the North West"


def _ranking_field(text: str, s: Sentence, mention: Mention) -> bool:
    """Whether the area is the field the sentence ranks its subject in, not where its figure was counted."""
    return RANKING_BEFORE.search(text, max(s.start, mention.start - 60), mention.start) is not None


# "Together these four forces accounted for 2,033", "The remaining 39 forces recorded 838": a count
# of forces as the figure's subject (a number, or "remaining"/"other" before "forces")
FORCES_GROUP_BEFORE = lazy_compile(
    r"(?i)\b(?P<det>these|those|the)\s+(?P<name>(?:(?P<rest>remaining|other)\s+)?(?P<n>[\w-]+\s+)?forces)"
    r"(?:\s+(?:[a-z]+\s+){0,4}?)?(?:between\s+them\s+|together\s+)?$"
)


def _group_of_forces(text: str, sentence_start: int, figure_start: int, level: ScopeLevel) -> Scope | None:
    """Several forces counted together, named by the words that count them ("remaining 39 forces"):
    an area of its own, neither the force the passage was about nor the whole country. Plain "the
    six forces" in a national story may be all of them; "these", "remaining" and "other" pick some out."""
    m = FORCES_GROUP_BEFORE.search(text, max(sentence_start, figure_start - 80), figure_start)
    if m is None:
        return None
    n = (m["n"] or "").strip().lower()
    counted = n.isdigit() or n in UNITS or n.split("-")[0] in TENS
    if not counted and not (m["rest"] and not n):
        return None
    picked = m["rest"] is not None or m["det"].lower() in ("these", "those")
    if level is ScopeLevel.NATIONAL and not picked:
        return None
    return Scope(ScopeLevel.REGION, m["name"].lower())


OF_THEM_AFTER = lazy_compile(r"(?i)\s+of\s+(?:them|those|these|whom)\b")  # "13 of them in Sunderland": a part of the count before


def _share_of_count(text: str, s: Sentence, d: Draft) -> bool:
    return (PART_OF_AFTER.match(text, d.hit.end) is not None
            and ACCOUNTED_BEFORE.search(text, max(s.start, d.hit.qualifier_start - 30), d.hit.qualifier_start) is not None)


# "241 in Hanley, 158 in Burton and 102 in Stafford - a total of 501": after figures each counted in
# its own place, the total is the whole area's, not the last place's
TOTAL_BEFORE = lazy_compile(r"(?i)\b(?:a\s+(?:combined\s+|grand\s+)?total\s+of|in\s+total|totalling|altogether)\s+$")


# a table's total row: "Total  48", "Force total | 219"
TOTAL_ROW = lazy_compile(r"(?i)[ \t|]*(?:[\w-]+[ \t]+)?(?:total|overall|all)\b")


def _sum_of_before(text: str, s: Sentence, d: Draft) -> bool:
    return TOTAL_BEFORE.search(text, max(s.start, d.hit.qualifier_start - 30), d.hit.qualifier_start) is not None


def running_total(text: str, sentence_start: int, figure_start: int) -> bool:
    """Whether a figure is the total its sentence brings a running count to."""
    return RUNNING_TOTAL_BEFORE.search(text, max(sentence_start, figure_start - 80), figure_start) is not None


def _addition(text: str, d: Draft) -> bool:
    return (ADDITION_BEFORE.search(text, max(d.sentence.start, d.hit.qualifier_start - 12), d.hit.qualifier_start) is not None
            or ADDITION_AFTER.match(text, d.hit.end) is not None)


# "The remaining two were made in Felixstowe", "the other 12 in Lowestoft": the last part of a breakdown
REMAINDER_BEFORE = lazy_compile(r"(?i)\b(?:the\s+(?:remaining|other|last)|the\s+rest,?)\s+$")


def _remainder(text: str, d: Draft) -> bool:
    return REMAINDER_BEFORE.search(text, max(d.sentence.start, d.hit.qualifier_start - 16), d.hit.qualifier_start) is not None


# "What was seized?" alone on its line: an explainer's question is its section's heading
QUESTION_LINE = lazy_compile(r"(?<=^|\n)[ \t]*(?![\"'“‘])[^\n]{3,100}\?[ \t]*(?=\n|$)")


AMONG_BEFORE = lazy_compile(r"(?i)\b(?:among|one\s+of)\s+(?:the\s+|all\s+)?$")
FORCES_COUNTED = lazy_compile(r"(?i)\s+(?:territorial\s+)?(?:police\s+)?forces\b")


def _section_heading(text: str, s: Sentence) -> bool:
    return s.kind == "heading" or QUESTION_LINE.match(text, s.start, s.end) is not None and len(text[s.start : s.end].split()) <= 12


CLAUSE_END = lazy_compile(r"[;:()\[\]–—!?\"“”]|[,.](?!\d)|\s-\s")  # not the comma of "100,000"
ANAPHORA: tuple[tuple[regex.Pattern[str], ScopeLevel], ...] = (
    (lazy_compile(r"(?i)\b(?:the|this|our)\s+(?:force|constabulary|county\b(?!\s+lines?))\b|\bits\s+(?:force\s+)?area\b"
                  # "Avon and Somerset accounted for 38%. Of its 118 closures, ...": the force just named
                  r"|(?:(?<=[.!?]\s)|(?<=\n)|^)of\s+its\s+(?=\d)"),
     ScopeLevel.FORCE),
    # "across the six counties", "all five forces": in a story about a region, its forces together
    (lazy_compile(r"(?i)\b(?:the|this|our)\s+region\b(?!al)"
                  r"|\b(?:the|all)\s+(?:three|four|five|six|seven|eight|nine|ten|1[0-9]|[3-9])\s+(?:counties|forces|force\s+areas)\b"
                  # "shows what five forces can do when they work as one": the region's forces, acting together
                  r"|\b(?:three|four|five|six|seven|eight|nine|ten|[3-9])\s+forces\s+(?:can|could|act|acting|work|working|worked)\b"),
     ScopeLevel.REGION),
    (lazy_compile(r"(?i)\b(?:the|this|our)\s+(?:town|city|resort|borough|village|estate)\b"), ScopeLevel.PLACE),
)
# "Our 61 arrests represent 6 per cent of the national total": in a force's release, written in its own
# voice (outside quotes), "our" before a figure is the force's
OUR_FIGURE = lazy_compile(r"(?i)(?<![\w'’])our\s+(?=\d[\d,]*\s+[a-z])")
# One of these words stands in every match of the pattern of ANAPHORA at the same place, and of
# BOTH_FORCES: a sentence with none is not searched for it (see ``prefilter``)
ANAPHORA_WORDS: tuple[tuple[str, ...], ...] = (
    ("force", "constabulary", "county", "its"),
    ("region", "counties", "force"),
    ("town", "city", "resort", "borough", "village", "estate"),
)
BOTH_FORCES_WORDS = ("force", "counties")


# "Together, the forces seized ...", "both force areas", "Two neighbouring police forces say": in an
# article naming just two forces, the two forces' combined area
BOTH_FORCES = lazy_compile(
    r"(?i)\b(?:the|both|two|these|the\s+two)\s+(?:(?:neighbouring|partner|participating|police)\s+){0,2}"
    r"(?:forces\b|force\s+areas\b)|\bboth\s+counties\b"
    r"|\b(?-i:[A-Z][\w'’-]+)\s+and\s+(?-i:[A-Z][\w'’-]+)\s+(?:police\s+)?forces\b"  # "Tees and Durham forces"
)


JOINT_WORD = lazy_compile(r"(?i)\bjoint(?:ly)?\b|\bcombined\b|\btogether\b|\bbetween\s+them\b|\b(?:both|two)\s+(?:[\w-]+\s+)?forces\b")


def _joint_of(text: str, mentions: list[Mention]) -> Scope | None:
    """The combined area of an article's two forces (none for one force, or for three or more),
    named in the order the article first names the two together ("Cleveland Police and Durham
    Constabulary pooled officers"), else in the order it first names each."""
    paired = next((m.scope for m in mentions if joint_forces(m.scope)), None)
    if paired is not None:  # "across Norfolk and Suffolk": the pair the article names as one area
        return paired
    named = [m for m in mentions if m.scope.level is ScopeLevel.FORCE and not m.weak]
    forces = list(dict.fromkeys(m.scope.name or "" for m in named))
    if len(forces) != 2:
        return None
    for prev, m in zip(named, named[1:]):
        if prev.scope.name != m.scope.name and AND_BETWEEN.fullmatch(text, prev.end, m.start):
            return joint_area(prev.scope.name or "", m.scope.name or "")
    return joint_area(forces[0], forces[1])


QUOTE_INTRO = lazy_compile(r"\b(?:said|says|added)\s*:\s*[“\"]")


def _quoted(text: str, s: Sentence) -> bool:
    """A sentence someone is quoted saying ("... we closed four lines," she said)."""
    chunk = text[s.start : s.end]
    return chunk[:1] in "“\"" or bool(QUOTE_INTRO.search(chunk))


def _still_quoting(text: str, s: Sentence, inside: bool) -> bool:
    """Is a quotation open after this sentence (one opened here or earlier and not yet closed)?"""
    chunk = text[s.start : s.end]
    opened, closed = chunk.count("“"), chunk.count("”")
    if opened != closed:
        return opened > closed
    return inside != (chunk.count('"') % 2 == 1)


NATIONAL_WORD = lazy_compile(r"(?i)\bnational(?:ly)?\s+(?:[\w-]+\s+){0,2}?(?:week|weeks|operation|intensification|"
                               r"crackdown|campaign|programme|total|figures|results)\b|\bnationally\b|\bnationwide\b")


# Page furniture above a headline (a cookie banner, the masthead, a breadcrumb) can fill the first
# lines: the opening runs on to the first line with a figure, within this many lines
OPENING_LINES = 6
OF_AREAS_BEFORE = lazy_compile(r"[ \t]*(?:Of|Among)\s+(?:the|its|their)\s+")
# "Five northern forces closed ...", "Police forces across the north of England closed ...": a group of
# regions opening its sentence is what the story is about (named in passing, it is not)
GROUP_AS_SUBJECT = lazy_compile(
    r"(?i)(?:[^:\n]{0,30}:\s+)?(?:(?:the|all|[a-z]+|\d+)\s+)?(?:police\s+)?(?:forces\s+(?:across|in|throughout)\s+)?(?:the\s+)?")


def _opening(text: str, sentences: list[Sentence], first_figure: int) -> tuple[list[Sentence], list[Sentence]]:
    """The story's opening lines, and the same with its lead (first sentence of text) added."""
    opening = sentences[: max(2, min(first_figure + 1, OPENING_LINES))] if sentences else []
    # a headline's "hundreds of blades" is a figure, but the force the story's first sentence names
    # is still the story's ("dropped into Staffordshire's amnesty bins")
    # (a feature's headline quoting someone, '"He was 15 and working for men he had never met"', is no
    # lead: the scene its first paragraph sets is the opening's, as a headline's town would be)
    lead = next((s.index for s in sentences if s.kind == "text" and not _whole_quote(text, s)), first_figure)
    with_lead = opening + [sentences[lead]] if len(opening) <= lead < min(OPENING_LINES, len(sentences)) else opening
    return opening, with_lead


def _default_scope(text: str, sentences: list[Sentence], mentions: list[Mention], first_figure: int = 0,
                   joint: Scope | None = None) -> Scope:
    """The article's own scope: a force or region its headline or opening names (both of the two
    forces it names, or "the two forces": their combined area), else national."""
    opening, with_lead = _opening(text, sentences, first_figure)
    first_text = next((s for s in sentences if s.kind == "text"), None)
    quoted_headline = first_text is not None and _whole_quote(text, first_text)
    if joint is not None and not any(JOINT_WORD.search(text, s.start, s.end) for s in with_lead):
        joint = None  # "Police Scotland and the PSNI took part": two forces, each with its own figures
    scene = _case_scene(text, with_lead, mentions)
    if scene is not None:
        return scene
    for s in with_lead:
        inside = [m for m in mentions if s.start <= m.start < s.end and not m.weak]
        if _filed_under_several(text, s, inside):
            continue
        if joint is not None and (forces_of(joint) <= {m.scope.name for m in inside}
                                  or BOTH_FORCES.search(text, s.start, s.end)):
            return joint
        for m in inside:  # (a force's division, "the Met's Central East BCU", reports as a force does)
            if m.scope.name in REGION_GROUPS and not GROUP_AS_SUBJECT.fullmatch(text, s.start, m.start):
                continue  # "1,100 arrested in a national week, with forces across the north among the busiest"
            if m.scope.level in (ScopeLevel.FORCE, ScopeLevel.REGION) or m.scope.name in gazetteer().divisions:
                return m.scope
    # A local story names one force somewhere ("an investigation by Hampshire Constabulary") and
    # nothing national: its figures are that force's.
    # A story about one town ("A Dundee charity warns ...", "Four jailed over Middlesbrough drugs
    # line") that names no force or region in its opening is that town's.
    for s in with_lead if quoted_headline else opening:
        places = [m for m in mentions if s.start <= m.start < s.end and m.scope.level is ScopeLevel.PLACE]
        if _filed_under_several(text, s, [m for m in mentions if s.start <= m.start < s.end]):
            continue
        if places:
            return places[0].scope
    if any(NATIONAL_WORD.search(text, s.start, s.end) for s in opening[:3] + sentences[2:4]):
        return NATIONAL  # "... arrested 1,530 people during the most recent national week": a national story
    lead_force = _lead_paragraphs_force(text, sentences, mentions, with_lead)
    if lead_force is not None:
        return lead_force
    named = {m.scope for m in mentions if not m.weak and m.scope.level in (ScopeLevel.FORCE, ScopeLevel.REGION,
                                                                         ScopeLevel.NATIONAL)}
    if len(named) == 1 and next(iter(named)).level is ScopeLevel.FORCE:
        return next(iter(named))
    return NATIONAL


LEAD_PARAGRAPH_SENTENCES = 2


def _lead_paragraphs_force(text: str, sentences: list[Sentence], mentions: list[Mention],
                           read: list[Sentence]) -> Scope | None:
    """'Brighton & Hove Gazette / News > Crime / Tuesday 9 July 2024 / Two years on: did the £1.2m boost
    make a difference? / When the Home Office handed Sussex Police £1.2m ...': where a masthead, a trail, a
    dateline and the headline fill the opening lines, the one force the story's first sentences of text
    name is the story's, even though it later sets its figures against England and Wales."""
    seen = {s.index for s in read}
    first_text = [s for s in sentences if s.kind == "text" and not _whole_quote(text, s)][:LEAD_PARAGRAPH_SENTENCES]
    unread = [s for s in first_text if s.index not in seen]
    if not unread:
        return None
    named = {m.scope for s in unread for m in mentions if s.start <= m.start < s.end and not m.weak}
    if len(named) == 1 and next(iter(named)).level is ScopeLevel.FORCE:
        return next(iter(named))
    return None


# "Five jailed over drugs line", "... have been jailed", "a trial at Bristol Crown Court": an opening
# that tells of a case in court
COURT_STORY = lazy_compile(
    r"(?i)\b(?:jailed|sentenced|convicted|conviction|guilty|jury|(?:Crown|Magistrates['’]?|Youth)\s+Court|"
    r"Court\s+of\s+Appeal|confiscation)\b")
SPREAD_BEFORE = lazy_compile(r"(?i)\b(?:across|throughout|around)\s+(?:the\s+)?$")


def _case_scene(text: str, opening: list[Sentence], mentions: list[Mention]) -> Scope | None:
    """'Three men who took over a vulnerable woman's flat in Harlow have been jailed': a single case
    in court, told in the headline or lead, is set in the one town the opening names (not the court's
    town, where the defendants live, nor where the drugs came from: those are no mentions), even where
    the force that brought it is named on the page's masthead or later on; an opening that names towns
    apart ("in Swansea and Neath" after "Swansea" is one scene) or none is no single case's."""
    opening = [s for s in opening if not (BREADCRUMB.search(text, s.start, s.end) or _masthead(text, s))]
    if not any(COURT_STORY.search(text, s.start, s.end) for s in opening):
        return None
    # (the headline telling of the case, or the lead: not a release's "Issued by: Press Office, Exeter")
    lead = next((s for s in opening if s.kind == "text"), None)
    opening = [s for s in opening if s is lead or COURT_STORY.search(text, s.start, s.end)]
    places = [m for s in opening for m in mentions if s.start <= m.start < s.end and not m.weak
              and m.scope.level is ScopeLevel.PLACE and m.scope.name not in gazetteer().divisions
              and not SPREAD_BEFORE.search(text, max(0, m.start - 20), m.start)]
    if not places:
        return None
    first = places[0].scope
    if all(p.scope == first or contains(p.scope, first) for p in places):
        return first
    return None


def _filed_under_several(text: str, s: Sentence, inside: list[Mention]) -> bool:
    """'News | Dumfries and Galloway | Cumbria': a breadcrumb filing the story under several areas names
    none of them as the story's own."""
    return len({m.scope for m in inside}) >= 2 and BREADCRUMB.search(text, s.start, s.end) is not None


def _whole_quote(text: str, s: Sentence) -> bool:
    """A sentence that is a quotation from end to end."""
    chunk = text[s.start : s.end].strip()
    return len(chunk) > 2 and chunk[0] in "\"“‘'" and chunk[-1] in "\"”’'"


def _division_of(division: Scope, place: Scope) -> bool:
    """Whether ``division`` is a force's division (a Met command unit) that polices ``place``."""
    return division.name in gazetteer().divisions and contains(division, place)


@dataclass
class _Passage:
    """The scope a passage carries from one sentence to the next, and what "the force" refers to.

    A force, region or national scope carries until another is stated; so does a place, except
    into a quote in a later paragraph: an officer quoted after a paragraph about a raid in
    Normanton speaks for the force, not for Normanton.
    """

    carried: Scope
    article: Scope
    last: dict[ScopeLevel, Scope] = field(default_factory=dict)
    place_paragraph: int | None = None
    carried_paragraph: int | None = None
    frame: Scope | None = None  # the scope a framing sentence ("Across the region,") set
    frame_paragraph: int | None = None
    lead_paragraph: int | None = None  # the first paragraph of text with figures
    lead: Scope | None = None  # the scope the passage had at the end of it
    joint: Scope | None = None  # the combined area of the article's two forces, when it names just two
    before_paragraph: Scope | None = None  # the scope the current paragraph began with
    paragraph_frames: set[Scope] = field(default_factory=set)  # the areas its framing sentences turned to
    scene_paragraph: int | None = None  # the paragraph a sentence without figures set a town's scene in
    named_force: Scope | None = None  # the force a sentence without figures named since, which "the force" means

    def scope_at(self, s: Sentence, quoted: bool) -> Scope:
        if self.carried.level is ScopeLevel.PLACE and quoted and s.paragraph != self.place_paragraph:
            return self.last.get(ScopeLevel.FORCE, self.article)
        return self.carried

    def anaphora(self, text: str, s: Sentence) -> Scope | None:
        if (self.joint is not None and may_hold(text, s.start, s.end, BOTH_FORCES_WORDS)
                and BOTH_FORCES.search(text, s.start, s.end)):
            return self.joint
        for (pattern, level), words in zip(ANAPHORA, ANAPHORA_WORDS):
            if level in self.last and may_hold(text, s.start, s.end, words) and pattern.search(text, s.start, s.end):
                return self.named_force if level is ScopeLevel.FORCE and self.named_force is not None else self.last[level]
        return None

    def carry(self, scope: Scope, s: Sentence, *, framing: bool = False, scene: bool = False) -> None:
        self.carried = scope
        self.carried_paragraph = s.paragraph
        self.scene_paragraph = s.paragraph if scene else None
        if framing:
            self.frame, self.frame_paragraph = scope, s.paragraph
            self.paragraph_frames.add(scope)
            if scope.level is ScopeLevel.FORCE:
                self.last[scope.level] = scope  # "DYFED-POWYS" over "14 arrests in a week the force called ...": that force
        if scope.level is ScopeLevel.PLACE:
            self.place_paragraph = s.paragraph

    def new_paragraph(self, previous: int) -> None:
        frames, self.paragraph_frames = self.paragraph_frames, set()
        self._turn_paragraph(previous, frames)
        self.before_paragraph = self.carried

    def _turn_paragraph(self, previous: int, frames: set[Scope]) -> None:
        """'Across the region, officers seized £412,600. Thames Valley accounted for £158,000 of it.
        Kent recovered £96,500.' The forces named after the frame broke its figure down: the next
        paragraph goes on about the region, not the last force named. So does a paragraph that went
        round the area's towns in turn ("In Milton Keynes, ... In Slough, ... In Oxford, ..."): the next
        is about the area it began with, not the last town."""
        start = self.before_paragraph
        if self.scene_paragraph == previous == self.carried_paragraph and start is not None and self.carried != start:
            self.carried = start  # "A second address in Lewisham was searched": the scene of one paragraph's figures
            return
        if (len(frames) >= 2 and start is not None and self.carried in frames and self.carried != start
                and all(contains(start, f) for f in frames)):
            self.carried = start
            return
        frame = self.frame
        if (frame is not None and self.frame_paragraph == previous == self.carried_paragraph
                and self.carried != frame and contains(frame, self.carried)):
            self.carried = frame
            return
        if self.lead_paragraph is None or self.lead_paragraph == previous:
            self.lead = self.carried  # the opening says what the story is about: "41 arrested in Lambeth"
            return
        # "The largest seizure was in Plymouth, where Devon and Cornwall officers found 3.2kg." The
        # next paragraph is about the story's area again, not the force or town one sentence named
        base = self.lead or self.article
        # (a story about a borough that turns for a paragraph to its command unit is about the borough again)
        if (self.carried_paragraph == previous and self.carried != base
                and (contains(base, self.carried) or _division_of(self.carried, base))
                and self.carried != self.frame):  # a heading's or a framing sentence's area holds
            self.carried = base

    def opening(self) -> Scope:
        """The area the story's sections start from: the one its first paragraph with figures ended
        on (a national story's, not the force its last paragraph before a heading named), unless the
        passage has gone on to an area outside it."""
        lead = self.lead or self.carried
        return lead if contains(lead, self.carried) else self.carried

    def remember_named(self, inside: list[Mention]) -> None:
        """'The rise in Thames Valley partly reflects investment. The force's team now has 38 officers':
        the one force a sentence without figures names is the force the next "the force" means."""
        named = {m.scope for m in inside if not m.weak and m.scope.level is ScopeLevel.FORCE}
        if len(named) == 1 and ScopeLevel.FORCE in self.last:
            self.named_force = next(iter(named))
        elif len(named) == 1:  # "... in the South Wales Police area. The force says": in a town's story, too
            self.last[ScopeLevel.FORCE] = self.named_force = next(iter(named))

    def remember(self, figures: list[Draft]) -> None:
        for level in (ScopeLevel.FORCE, ScopeLevel.REGION, ScopeLevel.PLACE):
            # "Kent and Thames Valley together made half of them" is no region "the region" can mean
            stated = [d.scope for d in figures if d.scope_stated and d.scope.level is level and not joint_forces(d.scope)]
            if stated:
                self.last[level] = stated[0]
                if level is ScopeLevel.FORCE:
                    self.named_force = None


# "warrants at four addresses in Carlisle", "searched 12 properties in Barrow": the places counted are
# where the sentence's action happened, so the town is the whole sentence's, not the count's alone
SCENE_AFTER = lazy_compile(
    r"(?i)\s+(?:[\w-]+\s+)?(?:addresses|properties|premises|homes|houses|flats|buildings|locations|sites)\s+(?:across|in|around)\s+$")
# "On Thursday officers in Kendal worked with ...": the officers' town, as the sentence's subject, is
# where the passage goes on (a sentence without figures: one with figures is scoped by them)
ACTORS_IN = lazy_compile(
    r"(?i)\b(?:officers|police|detectives|teams|patrols|the\s+focus|"
    # "Most of the activity in Cumbria focused on ...": where the work happened, after a national aside
    r"activity|action|work|operations|enforcement)\s+(?:(?:in|moved\s+to|turned\s+to)\s+)$")


# "The Sussex Courier | News | Crime | Brighton": a site's navigation trail files the story under a
# town, it does not say the headline's figures are that town's
BREADCRUMB = lazy_compile(
    r"\S\s+[|>»›]\s+\S[^\n]*\s[|>»›]\s"
    # "News > Brighton and Hove": one step under a site's section is a trail too
    r"|(?<![^\n])[ \t]*(?:Home|News|Local\s+news|Latest|Crime|Local|Police)[ \t]+[|>»›/][ \t]+\S")


# "NOTTINGHAM EVENING COURIER", "THE WOLDS GAZETTE": a newspaper's title in capitals over the page names
# the paper's patch, not the area of the headline's figures under it (the headline names its own)
MASTHEAD = lazy_compile(
    r"(?-i:[A-Z][A-Z&'’. -]+[ \t](?:COURIER|ECHO|POST|TIMES|MAIL|HERALD|GAZETTE|ADVERTISER|CHRONICLE|JOURNAL|MERCURY|STAR"
    r"|TELEGRAPH|OBSERVER|EXPRESS|ARGUS|PRESS|STANDARD|RECORD|SENTINEL|CITIZEN|EXAMINER|NEWS|LIVE|NEWSDESK)"
    r"(?:[ \t]+ONLINE)?)[ \t]*")


def _masthead(text: str, s: Sentence) -> bool:
    return MASTHEAD.fullmatch(text, s.start, s.end) is not None


# "Blackpool: 24", "Lines traced back to Merseyside: 6", "Cash: £48,250": one line of a dashboard or a
# fact box, a label and its figure (a unit or a bracketed note may follow)
LABELLED_VALUE_LINE = lazy_compile(
    r"[ \t]*[^\d:\n]{2,60}:[ \t]*£?\d[\d,.]*(?:[ \t]*(?:kg|g|m|k|bn|%|per\s+cent))?(?:[ \t]*\([^()\n]{0,40}\))?[ \t]*")


# "How Essex compares", "Kent against the rest": a section setting the force beside others, whose
# regional and national figures are the others', not the force's own
COMPARING_HEADING = lazy_compile(
    r"(?i)\b(?:compares?|compared|comparison|versus|vs|against|elsewhere|the\s+rest|nationally|league\s+tables?"
    r"|stacks?\s+up|measures?\s+up|ranks?)\b")


def _frame(text: str, s: Sentence, inside: list[Mention], has_figures: bool) -> Scope | None:
    """A scope the sentence sets for itself and what follows: "In Hampshire,", a heading, or a
    national body opening a sentence without figures ("Home Secretary Suella Braverman said")."""
    if not inside:
        return None
    first = min(inside, key=lambda m: m.start)
    if FRAMING.match(text, s.start, s.end) and first.start - s.start < 40:
        return first.scope
    if OF_AREAS_BEFORE.fullmatch(text, s.start, first.start):
        return first.scope  # "Of the Lincolnshire arrests, 14 were made in Lincoln": the whole's area
    if (not has_figures and s.kind == "text" and first.start - s.start < 60
            and first.scope.level in (ScopeLevel.PLACE, ScopeLevel.FORCE)
            and ACTORS_IN.search(text, max(s.start, first.start - 30), first.start)):
        return first.scope
    if (s.kind == "heading" and len(inside) == 1 and not BREADCRUMB.search(text, s.start, s.end) and not _masthead(text, s)
            and not (first.weak and has_figures)
            and not (has_figures and LABELLED_VALUE_LINE.fullmatch(text, s.start, s.end))  # "Burnley: 12": its own
            and (first.scope.name not in REGION_GROUPS or GROUP_AS_SUBJECT.fullmatch(text, s.start, first.start))):
        return first.scope  # (a group of regions only as the heading's subject: "... as northern forces report")
    if not has_figures and s.kind == "text" and first.scope.level is ScopeLevel.NATIONAL and first.start - s.start <= 6:
        return NATIONAL
    # "Nottinghamshire Police has now published its results from the autumn week": a force opening a
    # sentence about its results, with no count of its own (a date or a length of time at most), says
    # whose figures follow (a force explaining what county lines are does not)
    if (not has_figures and s.kind == "text" and first.scope.level is ScopeLevel.FORCE and first.start - s.start <= 6
            and not first.weak and (POLICE_WORD.search(text, first.start, first.end) or PUBLISHED_AFTER.match(text, first.end))
            and RESULTS_WORDS.search(text, first.end, s.end)):
        second = next((m for m in inside if m.start >= first.end), None)
        if (second is not None and second.scope.level is ScopeLevel.FORCE and second.scope != first.scope
                and AND_BETWEEN.fullmatch(text, first.end, second.start)):
            # "Devon and Cornwall Police and Dorset Police have published the results": the two forces' together
            return joint_area(first.scope.name or "", second.scope.name or "")
        return first.scope
    return None


SPANS_OF_TIME = frozenset({Unit.DAYS, Unit.WEEKS, Unit.MONTHS, Unit.YEARS})
# "a barn on an isolated farm near Llangurig was used", "A second address in Lewisham was searched"
HELPER_BEFORE = lazy_compile(r"(?i)\b(?:help|support|assistance)\s+(?:from|of)\s+(?:the\s+)?$|\b(?:supported|assisted|helped)\s+by\s+(?:the\s+)?$")
SCENE_BEFORE = lazy_compile(
    r"(?i)\b(?:address|addresses|property|properties|flat|flats|house|houses|home|premises|farm|barn|car|vehicle|"
    r"station|hotel|shop|warehouse|garage|lock-up|outbuilding|caravan|"
    # a photograph's caption: "Bundles of cash on a table in Great Yarmouth", "a bedroom in Hull"
    r"table|room|kitchen|bedroom|street|estate|stairwell|doorway|"
    # "Your report on the police operation against county lines in Calderdale made grim reading"
    r"operation|crackdown|raids)\b[^.;:,\n]{0,30}?\b(?:in|at|near|outside)\s+(?:the\s+)?$")


def _scene_of(text: str, s: Sentence, inside: list[Mention]) -> Scope | None:
    """The one town a sentence without figures says something happened in or near: the scene of the
    figures told after it ("Officers recovered £23,400 in cash"), not the force or the town before."""
    named = [m for m in inside if not m.weak]
    if not named or named[0].scope.level is not ScopeLevel.PLACE:
        return None
    m = named[0]
    if any(not HELPER_BEFORE.search(text, max(m.end, o.start - 30), o.start) for o in named[1:]):
        return None  # (a force that helped, "with help from the Metropolitan Police", is no other scene)
    return m.scope if SCENE_BEFORE.search(text, max(s.start, m.start - 50), m.start) else None


def _leads_a_list(sentences: list[Sentence], s: Sentence) -> bool:
    """A line of text right above a bulleted list or a table introduces it."""
    after = sentences[s.index + 1] if s.index + 1 < len(sentences) else None
    return s.kind in ("text", "heading") and after is not None and after.kind in ("bullet", "row")


def _list_title(inside: list[Mention]) -> Scope | None:
    """'Spring and autumn at a glance (Nottinghamshire Police)' above a list: the one area its title
    names is the list's, as a section heading's is its section's."""
    named = {m.scope for m in inside if not m.weak}
    return next(iter(named)) if len(named) == 1 else None


# "West Midlands put out their figures the same afternoon": a force named by its area, publishing its results
PUBLISHED_AFTER = lazy_compile(r"\s+(?:has\s+|have\s+|had\s+)?(?:now\s+)?(?:put\s+out|published|released|issued|announced|posted)\b")
REGIONAL_TITLE = lazy_compile(r"(?i)\b(?:regional|region-wide|across\s+the\s+region)\b")
RESULTS_WORDS = lazy_compile(r"(?i)\b(?:results|figures|statistics|totals|tally)\b")


def _paragraph_subject(text: str, s: Sentence, inside: list[Mention]) -> Scope | None:
    """A force that opens a paragraph as the subject of a sentence without figures ("Lancashire
    Constabulary recorded the sharpest rise in closures."): the paragraph's figures after it are that
    force's, though they name it only as "it"; a force quoted as a speaker ("Kent Police said") is not."""
    if not inside:
        return None
    first = min(inside, key=lambda m: m.start)
    if first.weak or first.scope.level is not ScopeLevel.FORCE or first.start - s.start > 4:
        return None
    if ATTRIBUTION.match(text, first.end) or SUBJECT_VERB_AFTER.match(text, first.end) is None:
        return None
    return first.scope if REFERS_BACK.match(text, s.end) else None


# "Lancashire Constabulary recorded ...", "GMP has seen ...": the force is the sentence's subject
SUBJECT_VERB_AFTER = lazy_compile(r"\s+(?!(?:and|or|in|of|with)\b)[a-z]+\b")
# "... It shut down 72 lines": the next sentence of the paragraph goes on about the force by pronoun
REFERS_BACK = lazy_compile(r"[ \t]*(?:It|Its|The\s+force(?:['’]s)?)\s")


def _titled(text: str, s: Sentence) -> bool:
    """A heading with words in it: a section title, not a live blog's "09:02" entry stamp."""
    return any(c.isalpha() for c in text[s.start : s.end])


def _column_area(text: str, row: Sentence, headers: dict[int, Sentence], mentions: list[Mention],
                 position: int) -> Mention | None:
    """The one area the header of a figure's column names, in a table whose columns are areas and
    whose rows are measures ("Arrests  17  21  13  51" under "North Kent  East Kent  West Kent  Force
    total"); a total's column names none, and its figures stay the passage's."""
    column = column_header(text, row, headers, position)
    if column is None:
        return None
    k = bisect.bisect_left(mentions, column[0], key=lambda m: m.start)
    named = [m for m in mentions[k:] if m.start < column[1] and m.end <= column[1]]
    return named[0] if len(named) == 1 else None


# "of the Swansea-based charity Youth Links", "the Reading youth charity Open Door", "a Medway charity":
# a town naming a charity or youth project says where it works
CHARITY_TOWN = lazy_compile(
    r"\b(?:[Tt]he|[Aa]n?)\s+(?P<name>[A-Z][\w'’]*(?:[ \t]+(?:upon[ \t]+|on[ \t]+)?[A-Z][\w'’]*){0,2}?)(?:-based)?[ \t]+"
    r"(?:[a-z][\w-]*[ \t]+){0,2}?(?:charity|youth\s+project|youth\s+club)\b")
# "who runs a small mentoring charity in Hastings", "the charity Pathways Out, which works with young
# people in Liverpool", "one of those projects in Hartlepool": the town a charity or project works in,
# named after it in the same clause
CHARITY_IN_TOWN = lazy_compile(
    r"\b(?:charity|charities|project|projects|youth\s+club|mentoring\s+service)\b"
    r"(?:[ \t]+(?-i:[A-Z][\w'’-]*)){0,3}(?:,?[ \t]+(?:which|that|who)[ \t]+(?:works?|operates?|supports?|helps?)"
    r"(?:[ \t]+[a-z]+){0,3})?[ \t]+(?:based[ \t]+)?in[ \t]+(?P<name>[A-Z][\w'’]*(?:[ \t-]+(?:upon[ \t-]+|on[ \t-]+|in[ \t-]+)?[A-Z][\w'’]*){0,2})")

# ... said by someone who runs it or speaks for it ("who runs", "chief executive of the"), not "a visit to"
CHARITY_PERSON_BEFORE = lazy_compile(
    r"(?i)\b(?:runs?|running|ran|manages?|managing|leads?|founded|set\s+up|of|from|at|for)\s+"
    r"(?:(?:the|a|an|one|of|those|these|small|local|youth|mentoring|[a-z]+-based)\s+){0,4}$")


def _charity_towns(text: str, gaz: Gazetteer) -> list[tuple[int, Scope]]:
    """Where each charity named by its town is named, and the town."""
    found = []
    named_after = [m for m in CHARITY_IN_TOWN.finditer(text)
                   if CHARITY_PERSON_BEFORE.search(text, max(0, m.start() - 50), m.start())]
    for m in (*CHARITY_TOWN.finditer(text), *named_after):
        name = m["name"]
        entry = gaz.names.get(_words(name))
        while entry is None and " " in name:  # "in Hartlepool on a Friday": the longest known name
            name = name.rsplit(" ", 1)[0]
            entry = gaz.names.get(_words(name))
        if entry is not None and entry[1].level is ScopeLevel.PLACE:
            found.append((m.start(), entry[1]))
    return sorted(found, key=lambda c: c[0])


THE_CHARITY = lazy_compile(r"(?i)(?:[^.!?\n]{0,40}\b)?the\s+(?:charity|project)\b")
# what a charity says it did is counted in people and shares, not in its money or its years
CHARITY_UNITS = frozenset({Unit.COUNT, Unit.PERCENT})
# ... nor in what only the police do ("Sophie, when you hear 94 arrests": the force's count, put to her)
POLICE_ONLY_METRICS = frozenset({Metric.ARRESTS, Metric.CHARGED, Metric.LINES_CLOSED, Metric.DEAL_LINES_SEIZED,
                                 Metric.WARRANTS, Metric.RAIDS, Metric.CASH_SEIZED, Metric.DRUGS_WEIGHT,
                                 Metric.DRUGS_VALUE, Metric.WEAPONS, Metric.FIREARMS, Metric.KNIVES,
                                 Metric.CUCKOOING_VISITS, Metric.VEHICLES, Metric.PHONES})


RESPECTIVELY = lazy_compile(r"(?i)\brespectively\b")
LISTED_GAP = lazy_compile(r"\s*,\s*(?:and\s+)?|\s+and\s+")  # between two items of one list: ", ", " and ", ", and "
RESPECTIVELY_STOP = lazy_compile(r"[.;:]|,\s*(?:while|but|whereas)\b")


def _respectively(text: str, s: Sentence, inside: list[Mention], figures: list[Draft]) -> None:
    """'Norfolk and Suffolk made 44 and 37 arrests respectively': the areas listed and the figures
    listed after them pair up in order (the nearest area would give both figures Suffolk's)."""
    for word in RESPECTIVELY.finditer(text, s.start, s.end):
        run = [d for d in figures if d.hit.end <= word.start()]
        if len(run) < 2 or RESPECTIVELY_STOP.search(text, run[-1].hit.end, word.start()):
            continue
        k = len(run) - 1
        while k > 0 and LISTED_GAP.fullmatch(text, run[k - 1].hit.end, run[k].hit.qualifier_start):
            k -= 1
        listed = run[k:]
        if len(listed) < 2:
            continue
        areas = [m for m in inside if m.end <= listed[0].hit.qualifier_start]
        named = areas[-len(listed):]
        if (len(named) == len(listed) and len({m.scope for m in named}) == len(named)
                and all(LISTED_GAP.fullmatch(text, a.end, b.start) for a, b in zip(named, named[1:]))
                and not RESPECTIVELY_STOP.search(text, named[-1].end, listed[0].hit.qualifier_start)):
            for d, m in zip(listed, named):
                d.scope, d.scope_stated = m.scope, True


def assign_scopes(text: str, drafts: list[Draft], sentences: list[Sentence], gaz: Gazetteer | None = None) -> None:
    """Give every figure its scope (and say whether the text states it or it is carried over)."""
    area_lists: list[int] = []
    list_forces: dict[int, str] = {}
    mentions = find_mentions(text, gaz, area_lists, list_forces)
    joint = _joint_of(text, mentions)
    # a dateline's date ("Published 14 November 2025") is page furniture, not the opening's first figure
    counted = [d.sentence.index for d in drafts if d.hit.unit is not Unit.DATE]
    article = _default_scope(text, sentences, mentions, min(counted, default=0), joint)
    # (in a case set in a town, "the force's Operation Sceptre team spent two years" names who brought it)
    case_scene = article if _case_scene(text, _opening(text, sentences, min(counted, default=0))[1], mentions) == article else None
    section_start: Scope | None = None  # the scope the first section heading after the opening found
    opening: Scope | None = None  # the opening's area, as the first section heading found it
    section_force: Scope | None = None  # the force a section's heading names ("THAMES VALLEY"), in that section
    body_started = False  # a heading before the first paragraph of text is the headline or a dateline
    passage = _Passage(carried=article, article=article, joint=joint)
    if article.level in (ScopeLevel.FORCE, ScopeLevel.REGION):
        passage.last[article.level] = article
    by_sentence: dict[int, list[Draft]] = {}
    for d in drafts:
        by_sentence.setdefault(d.sentence.index, []).append(d)
    headers = table_headers(text, sentences)
    first = 0  # mentions and sentences are both in text order: sweep once instead of filtering per sentence
    paragraph, inside_quote = -1, False  # a quote runs on over sentences until it closes or the paragraph ends
    said: dict[tuple[Metric, Unit, Decimal | None], Scope] = {}  # (metric, unit, value) -> where it was first given
    charities = _charity_towns(text, gaz or gazetteer())
    charity: tuple[int, Scope] | None = None  # the last charity named by its town in this paragraph
    table_scope: Scope | None = None  # the passage's scope before the current run of table rows
    for s in sentences:
        while first < len(mentions) and mentions[first].start < s.start:
            first += 1
        inside: list[Mention] = []
        for mention in mentions[first:]:
            if mention.start >= s.end:
                break
            if mention.end <= s.end:
                inside.append(mention)
        figures = by_sentence.get(s.index, [])
        if s.paragraph != paragraph:
            passage.new_paragraph(paragraph)
        counts = [d for d in figures if not (d.hit.unit in SPANS_OF_TIME and d.metric is Metric.OTHER)]
        if opening is None and body_started and s.kind == "heading" and not figures and _titled(text, s):
            opening = passage.opening()  # (before the heading's own area, "THAMES VALLEY", moves the passage)
        frame = _frame(text, s, inside, bool(counts))
        if (frame is not None and not body_started and case_scene is not None and frame.level is ScopeLevel.PLACE
                and frame != case_scene):
            frame = None  # "Five jailed over Swansea line / ... from a flat in Townhill": the case's town holds
        if frame is None and not figures and _leads_a_list(sentences, s):
            frame = _list_title(inside)
            if frame is None and REGIONAL_TITLE.search(text, s.start, s.end) and ScopeLevel.REGION in passage.last:
                frame = passage.last[ScopeLevel.REGION]  # "Regional results at a glance": the region's list
        if frame is not None:
            passage.carry(frame, s, framing=True)
        elif not figures and s.kind == "text" and s.paragraph != paragraph and not _quoted(text, s):
            subject = _paragraph_subject(text, s, inside)
            if subject is not None:  # "Lancashire Constabulary recorded the sharpest rise. It shut down 72 lines"
                passage.carry(subject, s)
        if (frame is None and s.kind == "text" and all(d.hit.unit is Unit.DATE for d in figures)
                and not _quoted(text, s) and not (inside_quote and s.paragraph == paragraph)):
            scene = _scene_of(text, s, inside)
            if scene is not None:  # "A second address in Lewisham was searched. Officers recovered £23,400"
                passage.carry(scene, s, scene=True)
        titled = not figures and body_started and _titled(text, s)  # a section's title, after the opening
        if frame is None and titled and not inside and _section_heading(text, s):
            # "What happens next": a new section goes back to the area the story's sections start from
            # (the one its opening set), not the one the section before turned to
            if section_start is None:  # the opening's area, even when a heading it did not read came first
                section_start = opening or passage.opening()
            above = sentences[s.index - 1] if s.index > 0 else None
            if passage.carried != section_start and not (
                    above is not None and above.kind == "heading" and passage.carried_paragraph == above.paragraph):
                passage.carry(section_start, s)  # (a line under a heading that named an area, "[COPY ONLY]", keeps it)
        if titled and s.kind == "heading":
            passage.lead_paragraph, passage.lead = None, None  # a section's first paragraph says what it is about
            section_force = (frame if frame is not None and frame.level is ScopeLevel.FORCE
                             and not COMPARING_HEADING.search(text, s.start, s.end) else None)
        body_started = body_started or s.kind == "text"
        if s.paragraph != paragraph:
            # (a paragraph that goes on quoting the charity's speaker, or opens on "the charity", keeps it)
            if charity is not None and not (_quoted(text, s) or THE_CHARITY.match(text, s.start, s.end)):
                charity = None
            paragraph, inside_quote = s.paragraph, False
        charity = next((c for c in reversed(charities) if s.start <= c[0] < s.end), charity)
        quoted = inside_quote or _quoted(text, s)
        inside_quote = _still_quoting(text, s, inside_quote)
        carried = passage.scope_at(s, quoted)
        listed = [a for a in area_lists if s.start <= a < s.end]
        if carried.level is ScopeLevel.PLACE and listed:
            carried = passage.last.get(ScopeLevel.FORCE, passage.article)  # "in Chesterfield, Ilkeston and ...": the force's
            if listed[0] in list_forces:  # ... and the force that polices them all, where the list names one
                carried = Scope(ScopeLevel.FORCE, list_forces[listed[0]])
        if s.kind != "row" and not any(d.in_row for d in figures):  # (a table set out with spaces reads as headings)
            table_scope = carried  # the passage's scope as the next table starts
        elif table_scope is not None and not inside and TOTAL_ROW.match(text, s.start, s.end):
            carried = table_scope  # "Watford 14 / ... / Dacorum 6 / Total 48": the table's area, not the last row's
        anaphora = passage.anaphora(text, s)
        if anaphora is None and not quoted and ScopeLevel.FORCE in passage.last and OUR_FIGURE.search(text, s.start, s.end):
            anaphora = passage.named_force or passage.last[ScopeLevel.FORCE]  # "Our 61 arrests": the force's own voice
        if (anaphora is not None and case_scene is not None and anaphora.level is ScopeLevel.FORCE
                and passage.carried.level is ScopeLevel.PLACE and contains(anaphora, passage.carried)
                and not (counts and anaphora == passage.named_force)):  # (a count of the force just named is its own)
            anaphora = None
        consumed: list[Mention] = []  # "12 in Northumbria, nine in Cleveland": each place is its figure's own
        for k, d in enumerate(figures):
            clause = CLAUSE_END.search(text, d.hit.end, s.end)
            clause_end = clause.start() if clause else s.end
            after = figures[k + 1].hit if k + 1 < len(figures) else None
            part_of_next = (after is not None and PART_OF_BASE.fullmatch(text, d.hit.end, after.qualifier_start) is not None
                            and PART_PREDICATE.search(text, after.end, clause_end) is not None)
            if after is not None and after.kind != "duration" and d.hit.end <= after.start < clause_end and not part_of_next:
                clause_end = after.start  # "£2,000 a day ... to some 300 users in Plymouth": the place is the 300's
            usable = [m for m in inside if m not in consumed]
            base_of = BASE_OF_PART_BEFORE.search(text, max(s.start, d.hit.qualifier_start - 20), d.hit.qualifier_start)
            if base_of is not None:
                if ACCOUNTED_BEFORE.search(text, max(s.start, base_of.start() - 40), base_of.start()):
                    # "Nottinghamshire accounted for 38 of the 95 lines closed": the area is the part's, the
                    # base is the wider total it is a share of
                    usable = [m for m in usable if m.start >= d.hit.end]
                said_of_part = PART_PREDICATE.search(text, d.hit.end, clause_end)
                if said_of_part is not None:  # "35 of its 96 closures were in Plymouth": the place is the 35's
                    clause_end = said_of_part.start()
                    # "... centred on Nottingham, but in October ...: 21 of October's 58 arrests were made in
                    # Mansfield": a place before a colon the part opens after is no area of the base's
                    opened = max(text.rfind(":", s.start, d.hit.qualifier_start), text.rfind(";", s.start, d.hit.qualifier_start))
                    usable = [m for m in usable if m.start > opened]
            ranked = [m for m in usable if m.start < d.hit.start and _ranking_field(text, s, m)]
            if ranked and any(m.end <= ranked[0].start for m in usable):
                # "Greater Manchester made the most arrests in the North West, with 104": the region is the
                # field it is ranked in, the figure is the subject's
                usable = [m for m in usable if m not in ranked]
            if running_total(text, s.start, d.hit.qualifier_start) or len({f.scope for f in figures[:k]}) >= 2 and _sum_of_before(text, s, d):
                usable = [m for m in usable if m.start >= d.hit.end]  # the passage's, unless named after it
            m = scope_for(text, usable, s.start, d.hit.start, d.hit.end, clause_end)
            if m is None and s.kind == "row" and not inside:
                m = _column_area(text, s, headers, mentions, d.hit.start)  # "North Kent  East Kent" over the figures
            if (m is not None and d.hit.end <= m.start <= d.hit.end + 15 and d.hit.kind != "duration"
                    and not _agent_of(text, d.hit.end, m)  # "the 26 people Cumbria Police arrested": the whole sentence's
                    and not SCENE_AFTER.match(text, d.hit.end, m.start)  # "raided four addresses in Carlisle, arresting six"
                    and not GROUP_OF_FORCES.search(text, m.start, m.end)):  # "the four Welsh forces made 58 arrests": theirs too
                consumed.append(m)
            d.scope = m.scope if m is not None else anaphora or carried
            if (m is not None and anaphora is not None and anaphora.level is ScopeLevel.PLACE and m.end <= d.hit.start
                    and m.scope.level is ScopeLevel.FORCE and contains(m.scope, anaphora)
                    and IN_THE_PLACE_AFTER.match(text, d.hit.end, clause_end)):
                d.scope = anaphora  # "Staffordshire Police carried out 63 visits to addresses in the city": the city's
            if (m is not None and m.scope.level is carried.level is ScopeLevel.NATIONAL
                    and IN_ENGLAND_AND_WALES_AFTER.match(text, d.hit.end, m.end)):
                d.scope = carried  # "the 43 forces in England and Wales" in a national story: the story's own country
            if (m is None and anaphora is None and charity is not None and charity[0] < d.hit.start
                    and d.hit.unit in CHARITY_UNITS and d.metric not in POLICE_ONLY_METRICS):
                # "Bethan Rowlands, of the Swansea-based charity Youth Links, said it had taken 19 referrals":
                # the charity's own count, in its town, not the force's the passage is about
                d.scope = charity[1]
            if m is None and d.scope.level is not ScopeLevel.REGION:
                group = _group_of_forces(text, s.start, d.hit.qualifier_start, d.scope.level)
                if group is not None:  # "The remaining 39 forces recorded 838 closures": not the force last named
                    d.scope = group
            if d.other_story and any(not x.weak for x in inside):  # "Police close 12 lines in Blackburn" in a related box
                d.scope = next(x for x in inside if not x.weak).scope
            if (section_force is not None and d.scope.level is ScopeLevel.REGION and (m is None or contains(m.scope, section_force))
                    and not (m is None and anaphora is not None and joint_forces(anaphora))):  # "across both counties"
                # under "AVON AND SOMERSET", "the region's busiest force in the South West made 96 arrests" and
                # "the most of any in the region" compare the force with its region: the figures are the force's
                d.scope = section_force
            d.scope_stated = (m is not None or frame is not None or anaphora is not None
                              or d.scope == article and article.level is not ScopeLevel.NATIONAL)
            key = (d.metric, d.hit.unit, d.hit.value.point)
            if quoted and m is None and anaphora is None and key in said:
                d.scope = said[key]  # "Thirty-eight arrests in seven days" restates the borough's 38
            elif d.metric.value != "other" and key not in said:
                said[key] = d.scope
        _respectively(text, s, inside, figures)
        passage.remember(figures)
        if not figures and s.kind == "text" and not quoted:
            passage.remember_named(inside)
        # (a bulleted summary of the main points opening the story is its lead as a paragraph would be)
        if figures and (s.kind == "text" or s.kind == "bullet" and counts) and passage.lead_paragraph is None:
            passage.lead_paragraph = s.paragraph
        if anaphora is not None and figures:
            passage.carry(anaphora, s, framing=FRAMING.match(text, s.start, s.end) is not None)
        areas = [d.scope for d in figures if d.scope.level in (ScopeLevel.REGION, ScopeLevel.FORCE, ScopeLevel.PLACE)]
        # "Northumbria made 19 arrests, 13 of them in Sunderland": the force's count and one town's part of
        # it tell of the force, as one area's figures do; figures of several areas side by side are a breakdown
        breakdown = len(set(areas)) >= 2 and not (
            len(set(areas)) == 2 and figures[0].scope_stated and areas[:1] == [figures[0].scope]
            and all(d.scope == areas[0] or (contains(areas[0], d.scope) and OF_THEM_AFTER.match(text, d.hit.end) is not None)
                    for d in figures if d.scope.level in (ScopeLevel.REGION, ScopeLevel.FORCE, ScopeLevel.PLACE)))
        # "Lancashire officers made 88 arrests, compared with 296 across the North West and 1,012 in England and
        # Wales": one area's figure set against the wider areas it lies in tells of that area, as its own does
        breakdown = breakdown and not (
            figures[0].scope_stated and areas[:1] == [figures[0].scope]
            and all(d.scope == areas[0] or d.scope_stated and contains(d.scope, areas[0]) and not any(
                m.scope == d.scope and m.start < figures[0].hit.start for m in inside) for d in figures[1:]))
        start = passage.before_paragraph
        if frame is not None and breakdown and start is not None and start.level in (ScopeLevel.FORCE, ScopeLevel.REGION):
            # "In Crewe, 12 were arrested, while in Warrington nine": a framing sentence that goes on to
            # another town went round the force's towns, as a paragraph of one frame per town does (a
            # paragraph that began nationally hands back no force: the country is no town's area)
            passage.paragraph_frames.update(d.scope for d in figures if d.scope_stated and d.scope.level is frame.level)
        aside = s.kind in ("bullet", "row") or quoted  # list items, table rows and quotes do not move the passage
        aside = aside or any(d.other_story for d in figures)  # nor do other stories' headlines
        # nor does an addition to the passage's count ("A further four arrests were made in Rhyl")
        aside = aside or any(_addition(text, d) or _remainder(text, d) or running_total(text, s.start, d.hit.qualifier_start)
                             for d in figures)
        # nor does a sentence whose figures are all hours or miles ("be in Kendal in under three hours")
        aside = aside or bool(figures) and all(d.hit.unit is Unit.OTHER and d.hit.kind != "ratio" for d in figures)
        # nor does one whose figures are all dates ("Devon and Cornwall Police and Dorset Police have published
        # the results of a week which ran from 23 March"): a date is nobody's count (a scene still moves it, above)
        aside = aside or bool(figures) and all(d.hit.unit is Unit.DATE for d in figures)
        # nor does the country's count of forces a force is ranked among ("the third highest rate of the 43 forces in England and Wales")
        aside = aside or bool(figures) and figures[0].scope.level is ScopeLevel.NATIONAL and (
            FORCES_COUNTED.match(text, figures[0].hit.end) is not None  # ("The force was among 43 in England and Wales")
            or AMONG_BEFORE.search(text, max(s.start, figures[0].hit.qualifier_start - 12), figures[0].hit.qualifier_start) is not None)
        # nor does a line of a results list, "Burnley: 12", whose area is its own figure's alone
        aside = aside or bool(figures) and LABELLED_VALUE_LINE.fullmatch(text, s.start, s.end) is not None
        # nor does one area's part of the passage's count ("Dundee accounted for 31 of the arrests")
        aside = aside or bool(figures) and _share_of_count(text, s, figures[0])
        if figures and frame is None and not breakdown and not aside and figures[0].scope_stated and inside:
            passage.carry(figures[0].scope, s)  # the passage goes on about the area its first figure names
        speaker = _speakers_force(text, s, inside) if quoted and frame is None else None
        if speaker is not None and passage.carried.level in (ScopeLevel.NATIONAL, ScopeLevel.REGION) and (
                speaker != passage.carried and contains(passage.carried, speaker)):
            # "Nationally, 1,000 were arrested. / Supt Ray, from Devon and Cornwall Police, said: ... / He
            # said 31 people had been safeguarded": a force's officer speaking turns the story back to the force
            passage.carry(speaker, s)
    _scopes_named_after(text, drafts, mentions)


def _speakers_force(text: str, s: Sentence, inside: list[Mention]) -> Scope | None:
    """The one force named before the quotation a sentence opens ("Supt Ray, of Kent Police, said: ..."):
    the force its speaker speaks for."""
    intro = QUOTE_INTRO.search(text, s.start, s.end)
    if intro is None:
        return None
    named = {m.scope for m in inside if m.end <= intro.start() and not m.weak and m.scope.level is ScopeLevel.FORCE}
    return next(iter(named)) if len(named) == 1 else None


def _scopes_named_after(text: str, drafts: list[Draft], mentions: list[Mention]) -> None:
    """"THE BIG NUMBER: 1,280" / "That's how many arrests forces in England and Wales made": a figure set
    out alone, whose own line names no area, is scoped by the sentence after it that says what it counts."""
    for d in drafts:
        if d.named_after is None or any(d.sentence.start <= m.start < d.sentence.end for m in mentions):
            continue
        start, end = d.named_after
        clause = CLAUSE_END.search(text, start, end)
        end = clause.start() if clause else end  # "..., according to figures published by the NCLCC": its source
        inside = [m for m in mentions if start <= m.start and m.end <= end]
        # (who made them, "forces in England and Wales", "Kent Police", is where they were counted)
        m = scope_for(text, inside, start, start, start, end) or next((m for m in inside if not m.weak), None)
        if m is not None:
            d.scope, d.scope_stated = m.scope, True
