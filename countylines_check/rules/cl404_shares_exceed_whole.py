"""CL404: shares of one whole, printed side by side, that add up to more than all of it."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..model import Claim, Finding, Status, Unit
from ._base import rule
from ._context import Context, fmt, sum_text

HALF_POINT = Decimal("0.5")  # each printed share may have been rounded up by half a point


def _share_groups(ctx: Context) -> list[list[Claim]]:
    """Percentages of different subgroups in one sentence ("60% were men and 45% women")."""
    groups: dict[int, list[Claim]] = {}
    for c in ctx.figures:
        if c.unit is Unit.PERCENT and c.subgroup and c.value.low is not None:
            groups.setdefault(c.sentence, []).append(c)
    return [g for g in groups.values() if len(g) >= 2 and len({c.subgroup for c in g}) == len(g)]


@rule("CL404", "shares-exceed-whole")
def shares_exceed_whole(ctx: Context) -> Iterator[Finding]:
    """Shares of separate groups of one whole cannot add up to more than 100 per cent.

    Why: "60 per cent of those arrested were men and 45 per cent were women" is 105 per cent.
    Limits: only shares naming different subgroups of people in one sentence; each share may
    have been rounded, so half a point each is allowed.

    Flags:
        Of those arrested, 60 per cent were men and 45 per cent were women.
    Passes:
        Of those arrested, 60 per cent were men and 40 per cent were women.
    """
    for shares in _share_groups(ctx):
        lowest = sum((c.value.floor() for c in shares), Decimal(0))
        if lowest - HALF_POINT * len(shares) > 100:
            yield ctx.finding(shares_exceed_whole, Status.CONTRADICTORY, shares,
                              f"{sum_text(shares)} = {fmt(lowest, Unit.PERCENT)}: the shares add up to more than the whole")
        else:
            yield ctx.finding(shares_exceed_whole, Status.CONSISTENT, shares,
                              f"{sum_text(shares)} = {fmt(lowest, Unit.PERCENT)}, within the whole")
