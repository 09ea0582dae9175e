"""CL405: a figure stated as the difference between two others ("an increase of 133") that is not."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..model import Finding, Quantity, RelationKind, Status
from ._base import rule
from ._context import TOLERANCE, Context, describe, fmt, loosened


def _gap(a: Quantity, b: Quantity) -> Quantity:
    """How far apart two intervals' values can be: |a - b| as an interval (unbounded sides stay open)."""
    if a.point is not None and b.point is not None and a.point < b.point:
        a, b = b, a
    low = None if a.low is None or b.high is None else max(Decimal(0), a.low - b.high)
    high = None if a.high is None or b.low is None else a.high - b.low
    point = None if a.point is None or b.point is None else a.point - b.point
    return Quantity(low, high, point)


@rule("CL405", "difference-does-not-match", options=(TOLERANCE,))
def difference_does_not_match(ctx: Context) -> Iterator[Finding]:
    """A stated rise or fall in a count must be the gap between the two figures it compares.

    Why: "345 arrests, up from 212 last year, an increase of 143" cannot be: 345 - 212 is 133.
    Limits: the three figures stand next to each other in one sentence, in one unit, one read as
    the base ("from", "than", "compared with") and one as the difference ("an increase of",
    "N more than", "down by").

    Flags:
        Surrey Police made 345 arrests, up from 212 in 2022, an increase of 143.
    Passes:
        Surrey Police made 345 arrests, 133 more than the 212 made in 2022.
    """
    tolerance = ctx.option(difference_does_not_match, "tolerance")
    for relation in ctx.relations(RelationKind.CHANGE):
        if relation.cue != "difference":
            continue
        before, after, stated = ctx.claims(relation.parts)
        gap = _gap(after.value, before.value)
        allowed = loosened(stated.value, tolerance)
        arithmetic = f"{after.printed} against {before.printed} is a difference of {describe(gap, after.unit)}"
        if allowed.disjoint(gap):
            suggestion = (fmt(gap.point, stated.unit),) if gap.point is not None and gap.low == gap.high else ()
            yield ctx.finding(difference_does_not_match, Status.CONTRADICTORY, [stated, before, after],
                              f"{arithmetic}, not '{stated.text}' ({describe(stated.value, stated.unit)})",
                              suggestion)
        else:
            yield ctx.finding(difference_does_not_match, Status.CONSISTENT, [stated, before, after],
                              f"{arithmetic}, which fits '{stated.text}'")
