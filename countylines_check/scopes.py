"""Where a figure applies: national, a region, a police force or a place.

A figure takes the scope named nearest to it in its sentence; a sentence that names none inherits
the scope of the passage, which is set by figures' sentences and by framing phrases ("In Hampshire,",
"Nationally,", a heading line) but not by incidental mentions in sentences without figures ("such
as in Liverpool and London"). Places listed three or more at a time describe an area, not a scope.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import regex

from .model import Scope, ScopeLevel
from .vocab.geography import FORCES, NATIONAL_BODIES, NATIONAL_CUES, PLACES, REGIONS

NATIONAL = Scope(ScopeLevel.NATIONAL, "UK")
ENGLAND_AND_WALES = Scope(ScopeLevel.NATIONAL, "England and Wales")
# Nations served by one force: "officers in Scotland" is Police Scotland's figure.
SINGLE_FORCE_NATIONS = {"Scotland": "Police Scotland", "Northern Ireland": "Police Service of Northern Ireland"}


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


@lru_cache(maxsize=1)
def gazetteer() -> Gazetteer:
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
    place_force = {}
    for place, force in PLACES:
        names.setdefault(place, Scope(ScopeLevel.PLACE, place))
        place_force[place] = force
    for cue in NATIONAL_CUES:
        lower[cue.lower()] = NATIONAL
    for body in NATIONAL_BODIES:
        names.setdefault(body, Scope(ScopeLevel.NATIONAL, "national body"))
    folded: dict[tuple[str, ...], tuple[str, Scope]] = {}
    for name, scope in names.items():
        folded.setdefault(_words(name), (name, scope))
    for phrase, scope in lower.items():
        folded.setdefault(_words(phrase), (phrase, scope))
    longest: dict[str, int] = {}
    for key in folded:
        longest[key[0]] = max(longest.get(key[0], 0), len(key))
    return Gazetteer(folded, longest, force_region, place_force)


WORD = regex.compile(r"[\w'’]+(?:-[\w'’]+)*")


def _words(name: str) -> tuple[str, ...]:
    return tuple(w.lower().replace("’", "'") for w in WORD.findall(name))


# Photo credits and bylines name forces that are not the figure's scope: "(Met Police/PA)".
CREDIT = regex.compile(r"\([^()\n]{0,60}/\s*PA\)|\bCredit:[^\n]*|\bPicture:[^\n]*")
AREA_JOIN = regex.compile(r"^(?:,\s*|\s+(?:and|or)\s+|,\s+(?:and|or)\s+)$")
OWN_PLACE = regex.compile(r"\b(?:in|across|throughout|at|within|around|on|for|by)\s+(?:the\s+)?$")
ATTRIBUTION = regex.compile(r"^\s*(?:has\s+|have\s+|had\s+)?(?:said|says|reported|announced|revealed|confirmed|added|stated)\b")
NESTED_PLACE = regex.compile(r"^\s+in\s+(?:(?:north|south|east|west|central)(?:[- ]?(?:east|west))?\s+)?$", regex.I)


def find_mentions(text: str) -> list[Mention]:
    """Every named scope in the text, with places in long area lists and credits removed.

    >>> [(m.scope.level.value, m.scope.name) for m in find_mentions("In Hampshire, across England and Wales")]
    [('force', 'Hampshire and Isle of Wight Constabulary'), ('national', 'England and Wales')]
    """
    gaz = gazetteer()
    credits = [(m.start(), m.end()) for m in CREDIT.finditer(text)]
    tokens = [(m.start(), m.end(), m.group().lower().replace("’", "'")) for m in WORD.finditer(text)]
    raw: list[Mention] = []
    i = 0
    while i < len(tokens):
        for n in range(min(gaz.longest.get(tokens[i][2], 0), len(tokens) - i), 0, -1):  # "East Sussex" before "Sussex"
            entry = gaz.names.get(tuple(t[2] for t in tokens[i : i + n]))
            start, end = tokens[i][0], tokens[i + n - 1][1]
            if entry is None or not _case_ok(text[start:end], entry[0]) or "\n" in text[start:end]:
                continue
            if not any(a <= start < b for a, b in credits):
                scope, weak = entry[1], entry[1].name == "national body"
                if weak or scope.level is ScopeLevel.NATIONAL:
                    scope = ENGLAND_AND_WALES if "england and wales" in text[start:end].lower() else NATIONAL
                raw.append(Mention(start, end, scope, weak))
            i += n - 1
            break
        i += 1
    return _pair_places(text, _drop_area_lists(text, _drop_nested_places(text, _widen_to_region(text, raw))))


def _pair_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """'in Lambeth and Southwark' is one area: the two places together."""
    out: list[Mention] = []
    for m in mentions:
        prev = out[-1] if out else None
        if (prev is not None and prev.scope.level is ScopeLevel.PLACE and m.scope.level is ScopeLevel.PLACE
                and regex.fullmatch(r"\s+and\s+", text[prev.end : m.start])):
            out[-1] = Mention(prev.start, m.end, Scope(ScopeLevel.PLACE, f"{prev.scope.name} and {m.scope.name}"))
            continue
        out.append(m)
    return out


OTHER_FORCES = regex.compile(
    r",?\s+(?:and|with|alongside)\s+(?:(?:the|its)\s+(?:\w+\s+){0,2}(?:other|neighbouring|partner|fellow)\s+forces"
    r"|(?:its\s+)?regional\s+partners)\b",
    regex.IGNORECASE,
)


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


def _case_ok(found: str, name: str) -> bool:
    """A proper name must be capitalised as a name ('Suffolk police' yes, 'suffolk' no)."""
    if found == name or found.isupper() or name.islower():
        return True
    f = found[4:] if found.lower().startswith("the ") else found
    n = name[4:] if name.lower().startswith("the ") else name
    return bool(f) and bool(n) and f[0].isupper() == n[0].isupper() and (len(f) > 4 or f == n)


def _drop_nested_places(text: str, mentions: list[Mention]) -> list[Mention]:
    """'the Isle of Dogs in east London' is the Isle of Dogs."""
    out: list[Mention] = []
    for m in mentions:
        if out and out[-1].scope.level is ScopeLevel.PLACE and NESTED_PLACE.match(text[out[-1].end : m.start]):
            continue
        out.append(m)
    return out


def _drop_area_lists(text: str, mentions: list[Mention]) -> list[Mention]:
    runs: list[list[Mention]] = []
    for m in mentions:
        if runs and AREA_JOIN.match(text[runs[-1][-1].end : m.start]):
            runs[-1].append(m)
        else:
            runs.append([m])
    kept: list[Mention] = []
    for run in runs:
        if len(run) < 3:
            kept.extend(run)
    return kept


FRAMING = regex.compile(
    r"""[\"'“‘]?(?:In|Across|Within|Throughout|For|Elsewhere\ in|Meanwhile\ in|Over\ in|Nationally|Nationwide|
        Across\ the\ country|Across\ the\ UK|Countrywide|Country-wide|Regionally|Locally)\b""",
    regex.VERBOSE,
)


def scope_for(text: str, mentions: list[Mention], sentence_start: int, start: int, end: int,
              clause_end: int) -> Mention | None:
    """The mention that scopes a figure, or None to keep the passage's scope.

    In order: a place or force named in the figure's own clause after it ("25 arrests in
    Hertfordshire"); the nearest named before it in the sentence; an attribution anywhere in the
    sentence ("..., Essex Police said"). A national body counts only when it opens the sentence
    ("The NPCC said ...") or nothing else is named.
    """
    def usable(m: Mention) -> bool:
        return not m.weak or m.start - sentence_start < 40

    own = [
        m for m in mentions
        if end <= m.start and m.end <= clause_end and m.scope.level is not ScopeLevel.NATIONAL
        and OWN_PLACE.search(text, max(end, m.start - 12), m.start)
    ]
    if own:
        return own[0]
    before = [m for m in mentions if m.end <= start and usable(m)]
    if before:
        strong = [m for m in before if not m.weak]
        return max(strong or before, key=lambda m: m.end)
    said = [m for m in mentions if m.start >= end and ATTRIBUTION.match(text, m.end)]
    return said[0] if said else None


def contains(outer: Scope, inner: Scope) -> bool:
    """Whether ``inner`` lies within ``outer`` (force within its region, place within its force)."""
    gaz = gazetteer()
    if outer.level is ScopeLevel.NATIONAL:
        return inner.level in (ScopeLevel.REGION, ScopeLevel.FORCE, ScopeLevel.PLACE)
    if outer.level is ScopeLevel.REGION:
        if inner.level is ScopeLevel.FORCE:
            return gaz.force_region.get(inner.name or "") == outer.name
        if inner.level is ScopeLevel.PLACE:
            force = gaz.place_force.get(inner.name or "")
            return force is not None and gaz.force_region.get(force) == outer.name
    if outer.level is ScopeLevel.FORCE and inner.level is ScopeLevel.PLACE:
        places = (inner.name or "").split(" and ")
        return all(gaz.place_force.get(p) == outer.name for p in places)
    return False
