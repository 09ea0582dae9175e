"""CL203: a count of police forces larger than the number of forces the area has."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..lazyre import lazy_compile
from ..model import Claim, Finding, ScopeLevel, Status, Unit
from ..vocab.geography import FORCES, REGION_GROUPS
from ._base import rule
from ._context import Context

# words that may stand between a count and "forces" without changing what is counted
_ADJECTIVES = (
    r"police|territorial|regional|partner|neighbouring|participating|member|other|home|county|local|"
    r"welsh|english|scottish|northern|southern|eastern|western|rural|urban|different|individual"
)
_FORCES = rf"(?:(?:{_ADJECTIVES})\s+){{0,2}}(?:forces|force\s+areas)\b"
# "ten forces can do", "the region's twelve forces", "49 of 43 forces", "57 of the forces"
COUNTS_FORCES = lazy_compile(
    rf"(?i)\s+(?:{_FORCES}|of\s+(?:the\s+|its\s+|their\s+)?(?:[\w,-]+\s+)?{_FORCES})")

# Wales has four forces, though North Wales Police belongs to the North West's crime unit
_ALSO_IN = {"Wales": 1}
# a region as a newspaper or a unit draws it may take in one force more (Kent has sat in two units)
_REGION_SLACK = 1


def _forces_in(region: str) -> int:
    members = REGION_GROUPS.get(region, (region,))
    return sum(1 for _name, home, _aliases in FORCES if home in members) + sum(_ALSO_IN.get(m, 0) for m in members)


def most_forces(claim: Claim) -> int | None:
    """How many forces the figure's area can hold at most, or None when the area is no region or
    country (a force's own count of forces, or a pair of forces named as one area, is not bounded)."""
    if claim.scope.level is ScopeLevel.NATIONAL:
        return len(FORCES)  # every territorial force in the UK and the three national ones
    if claim.scope.level is ScopeLevel.REGION and claim.scope.name:
        held = _forces_in(claim.scope.name)
        return held + _REGION_SLACK if held else None
    return None


@rule("CL203", "more-forces-than-the-area-has")
def more_forces_than_the_area_has(ctx: Context) -> Iterator[Finding]:
    """A count of police forces cannot be more than the forces its region or country has.

    Why: the number of forces in a region is fixed (the South West has five, Wales four, the UK
    48 with the national forces), so "ten forces" in a story about the South West, or "responses
    from 49 of 43 forces", is a slip, wherever else in the text the right count is given.

    Flags:
        Five police forces in the South West made 142 arrests. Nearly 140 arrests in a week shows what ten forces can do when they work as one region.
    Passes:
        Five police forces in the South West made 142 arrests. Nearly 140 arrests in a week shows what five forces can do when they work as one region.
    """
    for claim in ctx.figures:
        if claim.unit is not Unit.COUNT or claim.value.low is None or claim.in_row:
            continue
        if not COUNTS_FORCES.match(ctx.text, claim.number_span.end):
            continue
        bound = most_forces(claim)
        if bound is None or claim.value.low <= Decimal(bound):
            continue
        where = "the UK" if claim.scope.level is ScopeLevel.NATIONAL else claim.scope.name
        yield ctx.finding(more_forces_than_the_area_has, Status.SUSPECT, [claim],
                          f"'{claim.printed}' forces is more than {where} has ({bound} at most)")
