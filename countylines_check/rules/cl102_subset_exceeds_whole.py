"""CL102: figures said to be among a total ("including", "of whom") that exceed it."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, RelationKind, Status, Unit
from ._base import rule
from ._context import TOLERANCE, Context, describe, in_grams, loosened, sum_text


@rule("CL102", "subset-exceeds-whole", options=(TOLERANCE,))
def subset_exceeds_whole(ctx: Context) -> Iterator[Finding]:
    """What is "included" in a total cannot be larger than the total.

    Why: "321 weapons, including 400 firearms" cannot both be true.
    Limits: only ties the text states: "including", "among them", "of whom", "Of these".

    Flags:
        Police seized 32 weapons, including 43 firearms, during the week.
    Passes:
        Police seized 321 weapons, including 43 firearms, during the week.
    """
    tolerance = ctx.option(subset_exceeds_whole, "tolerance")
    for relation in ctx.relations(RelationKind.SUBSET):
        if relation.whole is None:
            continue
        whole = ctx.by_id[relation.whole]
        parts = ctx.claims(relation.parts)
        summed = ctx.total(parts)
        whole_value = in_grams(whole, whole.value) if whole.unit in (Unit.KG, Unit.G) else whole.value
        unit = whole.unit if whole.unit not in (Unit.KG, Unit.G) else Unit.G
        lead = f"{sum_text(parts)} = {describe(summed, unit)}" if len(parts) > 1 else f"'{parts[0].printed}'"
        if summed.exceeds(loosened(whole_value, tolerance)):
            yield ctx.finding(
                subset_exceeds_whole, Status.CONTRADICTORY, [whole, *parts],
                f"{lead} is said to be part of '{whole.printed}' but is more than the whole "
                f"({describe(whole.value, whole.unit)})",
            )
        else:
            yield ctx.finding(subset_exceeds_whole, Status.CONSISTENT, [whole, *parts],
                              f"{lead} fits within '{whole.printed}'")
