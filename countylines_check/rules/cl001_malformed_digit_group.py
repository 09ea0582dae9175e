"""CL001: a thousands group with too many or too few digits ("1,5000", "£92,0000")."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Claim, Finding, Quantity, ScopeLevel, Status
from ._base import rule
from ._context import Context, fmt, item_key


def _conflicts(ctx: Context, claim: Claim, reading: Quantity) -> int:
    """How many related figures a reading of a malformed figure would contradict."""
    conflicts = 0
    for other in ctx.near(claim):
        if other.id == claim.id or other.metric != claim.metric or other.unit != claim.unit or other.malformed:
            continue
        if other.scope.area == claim.scope.area and item_key(other) == item_key(claim) and not other.in_change:
            conflicts += reading.disjoint(other.value)
        elif claim.scope.level is ScopeLevel.NATIONAL and other.scope.level is not ScopeLevel.NATIONAL:
            conflicts += other.value.exceeds(reading)
    return conflicts


def ranked_readings(ctx: Context, claim: Claim) -> list[Quantity]:
    """Readings of a malformed figure, those that fit the article's other figures first."""
    order = {id(r): i for i, r in enumerate(claim.readings)}
    return sorted(claim.readings, key=lambda r: (_conflicts(ctx, claim, r), order[id(r)]))


@rule("CL001", "malformed-digit-group")
def malformed_digit_group(ctx: Context) -> Iterator[Finding]:
    """A figure whose digit groups are malformed cannot be read with confidence.

    Why: "1,5000" is either 1,500 with a stray digit or 15,000 with a misplaced comma; a reader
    cannot tell which, and the two differ tenfold.
    Limits: the suggestions are ordered by how well each reading fits the article's other figures.

    Flags:
        Officers made nearly 1,5000 arrests during the week.
    Passes:
        Officers made nearly 1,500 arrests during the week.
    """
    for claim in ctx.figures:
        if not claim.malformed or "digit group" not in claim.malformed and "points" not in claim.malformed:
            continue
        readings = ranked_readings(ctx, claim)
        options = [fmt(r.point, claim.unit) for r in readings]
        yield ctx.finding(
            malformed_digit_group, Status.SUSPECT, [claim],
            f"'{claim.printed}' {claim.malformed}: {' or '.join(options)}?",
            tuple(options),
        )
