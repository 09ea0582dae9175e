"""CL103: itemised figures that add up to more than the total stated for them."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Metric, RelationKind, Status, Unit
from ..cues import family as metric_family
from ._base import rule
from ._context import TOLERANCE, Context, covers, describe, family, in_grams, is_generic, loosened, sum_text


@rule("CL103", "items-exceed-total", options=(TOLERANCE,))
def items_exceed_total(ctx: Context) -> Iterator[Finding]:
    """Items listed together cannot add up to more than the total given for their kind.

    Why: "458 weapons" beside "33 firearms, 377 bladed weapons, three crossbows, 21 batons and 28
    knuckle dusters" (462) means a figure was mistyped, or the total leaves something out.
    Limits: weapons (firearms, knives and other weapons), drugs by value and drugs by weight; the
    total must be a figure for the whole kind ("weapons", "class A drugs") in the same area.

    Flags:
        Officers seized 20 weapons. Among the items were 12 knives, 6 firearms and 5 machetes.
    Passes:
        Officers seized 25 weapons. Among the items were 12 knives, 6 firearms and 5 machetes.
    """
    tolerance = ctx.option(items_exceed_total, "tolerance")
    for relation in ctx.relations(RelationKind.LIST):
        items = ctx.claims(relation.parts)
        kind = family(items[0])
        # "- Weapons: 41 (including 29 knives and three firearms)": an item that the others are part of
        # is no item beside them
        wholes = {r.whole for r in ctx.relations(RelationKind.SUBSET, RelationKind.PARTITION)
                  if r.whole is not None and set(r.parts) & set(relation.parts)}
        items = [i for i in items if i.id not in wholes] or items
        kind = family(items[0])
        totals = [
            c for c in ctx.near(items[0], *(m for m in Metric if metric_family(m) == kind))
            if is_generic(c) and family(c) == kind and c.scope.area == items[0].scope.area and c.id not in relation.parts
            and not c.in_change and ctx.same_period(c, items[0]) and c.unit in ({items[0].unit} | ({Unit.KG, Unit.G} if items[0].unit in (Unit.KG, Unit.G) else set()))
        ]
        if not totals:
            continue
        for total in list(totals):
            if not all(covers(total, item) for item in items):
                totals.remove(total)  # cannabis is not part of a class A total
        if not totals:
            continue
        summed = ctx.total(items)
        unit = Unit.G if items[0].unit in (Unit.KG, Unit.G) else items[0].unit
        for total in ctx.nearest(totals, items):
            value = in_grams(total, total.value) if total.unit in (Unit.KG, Unit.G) else total.value
            listed = f"{sum_text(items)} = {describe(summed, unit)}" if len(items) > 1 else f"'{items[0].printed}'"
            if summed.exceeds(loosened(value, tolerance)):
                yield ctx.finding(
                    items_exceed_total, Status.CONTRADICTORY, [total, *items],
                    f"the items listed add up to more than the total '{total.printed}': {listed}",
                )
            else:
                yield ctx.finding(items_exceed_total, Status.CONSISTENT, [total, *items],
                                  f"the items listed ({listed}) fit within '{total.printed}'")
