"""CL401: a share printed as more than 100 per cent of its whole."""

from __future__ import annotations

from collections.abc import Iterator

from ..lazyre import lazy_compile
from ..model import Finding, Status, Unit
from ._base import rule
from ._context import Context

_CHANGE = (
    r"rise|rises|rose|rising|increase[sd]?|increasing|up|jump(?:ed)?|growth|grew|higher|more|fall|fell|"
    r"drop(?:ped)?|decrease[sd]?|down|lower|surge[sd]?|change|by"
)
CHANGE_BEFORE = lazy_compile(rf"(?i)\b(?:{_CHANGE})\s+(?:of\s+|by\s+|a\s+|an\s+|about\s+|almost\s+|over\s+)*$")
# "a 300% increase", "150% higher than", "250% of the annual target": a rate, not a share
CHANGE_AFTER = lazy_compile(rf"(?i)^\s*(?:(?:{_CHANGE})\b|of\s+(?:the\s+|its\s+|their\s+)?(?:\w+\s+)?(?:target|goal|budget|forecast|previous|last))")


@rule("CL401", "percentage-above-hundred")
def percentage_above_hundred(ctx: Context) -> Iterator[Finding]:
    """A share of a whole cannot be more than 100 per cent of it.

    Why: "150% of the knives came from amnesty bins" is impossible; a rise of 150% is not, so
    percentages that describe a change are left alone.

    Flags:
        Police said 150% of the knives recovered came from amnesty bins.
    Passes:
        Police said 98% of the knives recovered came from amnesty bins.
    """
    for claim in ctx.figures:
        if claim.unit is not Unit.PERCENT or claim.value.low is None or claim.value.low <= 100:
            continue
        before = ctx.text[max(0, claim.span.start - 30) : claim.span.start]
        after = ctx.text[claim.number_span.end : claim.number_span.end + 40]
        if CHANGE_BEFORE.search(before) or CHANGE_AFTER.match(after):
            continue
        yield ctx.finding(percentage_above_hundred, Status.CONTRADICTORY, [claim],
                          f"'{claim.printed}' is more than the whole: a share cannot exceed 100%")
