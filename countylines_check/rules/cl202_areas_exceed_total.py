"""CL202: figures for several areas, listed together, that add up to more than their wider area's."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Claim, Finding, Metric, ScopeLevel, Status, Unit
from ..scopes import contains, forces_of
from ._base import rule
from ._context import TOLERANCE, Context, describe, fmt, is_residual, loosened, sum_text


def _area_lists(ctx: Context) -> list[list[Claim]]:
    """Figures of one metric for two or more different forces or places in one sentence or list."""
    groups: dict[tuple[str, int, Metric, Unit], list[Claim]] = {}
    for c in ctx.figures:
        if c.scope.level in (ScopeLevel.FORCE, ScopeLevel.PLACE) and c.scope_stated and c.metric is not Metric.OTHER:
            if c.unit in (Unit.COUNT, Unit.GBP) and c.kind in ("digits", "words"):
                where = ("list", c.list_id) if c.list_id is not None else ("sentence", c.sentence)
                groups.setdefault((*where, c.metric, c.unit), []).append(c)
    # "43 arrests across the county, 24 of them in Norwich, 12 in Great Yarmouth": a figure whose area
    # holds two or more of the others is their whole, not one more area of the list
    areas = [[c for c in g if sum(contains(c.scope, p.scope) for p in g if p is not c) < 2] for g in groups.values()]
    return [g for g in areas if len(g) >= 2]


@rule("CL202", "areas-exceed-total", options=(TOLERANCE,))
def areas_exceed_total(ctx: Context) -> Iterator[Finding]:
    """Figures for the areas within a wider area cannot add up to more than the wider area's figure.

    Why: a region's 163 arrests split as "West Midlands Police 98, Staffordshire Police 41, West
    Mercia Police 22 and Warwickshire Police 12" adds up to 173: one of the figures is wrong.
    Limits: the areas must be listed in one sentence or list, each named, and lie within the wider
    area; when they are every force of a region, their sum must equal the region's figure.

    Flags:
        Forces across the country made 150 arrests. Kent Police made 90 arrests and Essex Police 70.
    Passes:
        Forces across the country made 250 arrests. Kent Police made 90 arrests and Essex Police 70.
    """
    tolerance = ctx.option(areas_exceed_total, "tolerance")
    for listed in _area_lists(ctx):
        wholes = [
            w for w in ctx.near(listed[0], listed[0].metric)
            if w.metric is listed[0].metric and w.unit is listed[0].unit and not w.subgroup and not w.in_change
            and (w.scope_stated or w.scope.level is ScopeLevel.NATIONAL)
            and w.kind in ("digits", "words", "vague") and ctx.same_period(w, listed[0])
            and w not in listed and (w.list_id is None or w.list_id != listed[0].list_id)
            and sum(contains(w.scope, p.scope) for p in listed) >= 2  # a wider area, not one more local figure
            and not is_residual(ctx.text, w)
        ]
        for whole in ctx.nearest(wholes, listed):
            # areas the gazetteer cannot place are left out: the sum of the rest is still a floor
            parts = [p for p in listed if contains(whole.scope, p.scope)]
            if len(parts) < 2 or len({p.scope.area for p in parts}) < len(parts):
                continue  # one area named twice is not a breakdown
            summed = ctx.total(parts)
            arithmetic = f"{sum_text(parts)} = {describe(summed, whole.unit)}"
            every_force = bool(forces_of(whole.scope)) and {p.scope.name for p in parts} == forces_of(whole.scope)
            allowed = loosened(whole.value, tolerance)
            if every_force and summed.disjoint(allowed):  # all the region's forces: they are the whole
                yield ctx.finding(areas_exceed_total, Status.CONTRADICTORY, [whole, *parts],
                                  f"{arithmetic} for every force in the region, not '{whole.printed}'",
                                  (f"total {fmt(summed.point)}",) if summed.point is not None else ())
            elif summed.exceeds(allowed):
                yield ctx.finding(areas_exceed_total, Status.CONTRADICTORY, [whole, *parts],
                                  f"{arithmetic}, more than '{whole.printed}' for the wider area")
            else:
                yield ctx.finding(areas_exceed_total, Status.CONSISTENT, [whole, *parts],
                                  f"{arithmetic}, within '{whole.printed}'")
