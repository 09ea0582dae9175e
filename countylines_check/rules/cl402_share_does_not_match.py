"""CL402: a percentage or fraction printed beside its count that the count does not give."""

from __future__ import annotations

from collections.abc import Iterator
from decimal import Decimal

from ..model import Finding, Quantity, RelationKind, Unit
from ._base import rule
from ._context import POINTS, Context, fmt, widened


def _with_rounding(share: Quantity, printed: str, kind: str) -> Quantity:
    """A printed percentage stands for the values that round to it ('98%' is 97.5-98.5)."""
    if share.point is None:
        return share
    if kind != "digits":  # "one in three" is 33.33...%: any count that rounds to it to the 0.1 shown fits
        return widened(share, Decimal("0.05"))
    places = len(printed.split(".")[1].rstrip("%").split()[0]) if "." in printed else 0
    return widened(share, Decimal(5) / Decimal(10) ** (places + 1))


WHOLE = Decimal(100)
FAR_OVER = Decimal(250)


@rule("CL402", "share-does-not-match", options=(POINTS,))
def share_does_not_match(ctx: Context) -> Iterator[Finding]:
    """A percentage printed with its count must be what the count is of the whole.

    Why: "almost two-thirds (987)" of 1,421 cases is 69.5%, more than two-thirds, so "almost"
    misstates it; "14,421 (98%)" of 14,761 is 97.7%, which rounds to 98%.
    Limits: the whole is the figure the text ties the count to ("Of these", "Out of that total") or
    the nearest larger count just before it.

    Flags:
        In 2018 there were 1,421 cases. Almost two-thirds of them (987) involved labour exploitation.
    Passes:
        In 2018 there were 1,421 cases. More than two-thirds of them (987) involved labour exploitation.
    """
    points = ctx.option(share_does_not_match, "points")
    for relation in ctx.relations(RelationKind.SHARE):
        if relation.whole is None:
            continue
        whole = ctx.by_id[relation.whole]
        count, share = ctx.claims(relation.parts)
        if not whole.value.point or count.value.point is None:
            continue
        actual = (count.value.point / whole.value.point * 100).quantize(Decimal("0.1"))
        allowed = _with_rounding(share.value, share.printed, share.kind)
        if points:
            allowed = widened(allowed, points)
        if allowed.high is None and (allowed.low is None or allowed.low <= WHOLE) and actual <= FAR_OVER:
            # "more than half of the lines": never more than all of them (a count many times its whole is
            # no slip in either figure but a count of something else)
            allowed = Quantity(allowed.low, WHOLE, allowed.point)
        arithmetic = f"{fmt(count.value.point)} of {fmt(whole.value.point)} is {actual}%"
        yield ctx.recomputed(share_does_not_match, [share, count, whole], arithmetic, share, allowed, actual,
                             Unit.PERCENT, (f"{actual}%",))
