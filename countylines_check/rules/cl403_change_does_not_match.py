"""CL403: a stated rate of change ("more than doubled", "a rise of 48%") that its figures do not give."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..lazyre import lazy_compile
from ..model import Finding, RelationKind, Unit
from ._base import rule
from ._context import POINTS, Context, fmt, widened

REAL_TERMS = lazy_compile(r"(?i)\bin\s+real\s+terms\b|\badjusted\s+for\s+inflation\b")
FALLING = lazy_compile(r"(?i)\b(?:fall|fell|drop|dropped|decrease[sd]?|down|decline[sd]?|reduction|cut|halved|fewer|less|lower)\b")


@rule("CL403", "change-does-not-match", options=(POINTS,))
def change_does_not_match(ctx: Context) -> Iterator[Finding]:
    """A rate of change must be what the two figures it describes give.

    Why: "more than doubled, rising from 676 to 1,221" is a rise of 81%, not a doubling.
    Limits: the two figures and the rate must stand in one sentence ("from A to B").

    Flags:
        Cases more than doubled, rising from 676 in 2017 to 1,221 in 2018.
    Passes:
        Cases more than doubled, rising from 676 in 2017 to 1,421 in 2018.
    """
    points = ctx.option(change_does_not_match, "points")
    for relation in ctx.relations(RelationKind.CHANGE):
        if relation.cue == "difference":
            continue  # a gap in counts, not a rate: CL405
        before, after, rate = ctx.claims(relation.parts)
        if REAL_TERMS.search(ctx.text, rate.span.start, rate.span.end + 40):
            continue  # "halved in real terms" adjusts for inflation: the raw figures cannot show it
        if not before.value.point or after.value.point is None:
            continue
        ratio = after.value.point / before.value.point
        if rate.unit is Unit.PERCENT:
            around = ctx.text[max(0, rate.span.start - 40) : rate.span.end + 12]
            falling = bool(FALLING.search(around))
            actual = ((1 - ratio) if falling else (ratio - 1)) * 100
            # "27%" may be rounded by half a point; "a quarter" is a looser word for about 22-28%
            allowed = widened(rate.value, (Decimal(3) if rate.kind == "fraction" else Decimal("0.5")) + points)
            shown = f"{actual.quantize(Decimal('0.1'))}%"
        else:
            actual, allowed, shown = ratio, rate.value, f"{ratio.quantize(Decimal('0.01'))} times"
        unit = Unit.PERCENT if rate.unit is Unit.PERCENT else Unit.COUNT
        arithmetic = f"{fmt(before.value.point)} to {fmt(after.value.point)} is {shown}"
        yield ctx.recomputed(change_does_not_match, [rate, before, after], arithmetic, rate, allowed, actual, unit)
