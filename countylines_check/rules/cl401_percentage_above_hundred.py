"""CL401: a share printed as more than 100 per cent of its whole."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from ..model import Finding, Status, Unit
from ._base import rule
from ._context import Context

CHANGE_WORDS = regex.compile(
    r"(?i)\b(?:rise|rises|rose|rising|increase[sd]?|up|jump(?:ed)?|growth|grew|higher|more|fall|fell|drop(?:ped)?|"
    r"decrease[sd]?|down|lower|surge[sd]?|change)\b[^.;]{0,25}$"
)


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
        before = ctx.text[max(0, claim.span.start - 60) : claim.span.start]
        if CHANGE_WORDS.search(before):
            continue
        yield ctx.finding(percentage_above_hundred, Status.CONTRADICTORY, [claim],
                          f"'{claim.printed}' is more than the whole: a share cannot exceed 100%")
