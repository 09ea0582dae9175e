"""CL202: figures for several areas, listed together, that add up to more than their wider area's."""

from __future__ import annotations

from collections.abc import Iterator

from ..lazyre import lazy_compile
from ..model import Claim, Finding, Metric, ScopeLevel, Span, Status, Unit
from ..scopes import contains, forces_of, joint_forces
from ._base import rule
from ._context import TOLERANCE, Context, describe, fmt, is_residual, said_of_each, loosened, sum_text


BASE_OF_PART_BEFORE = lazy_compile(r"(?i)\b\d[\d,]*\s+of\s+(?:the|its|their)\s+$")  # "38 of the 95": the base
# "up from 1,950, a rise of 250", "down by 40": the size of a change, which totals no list
CHANGE_SIZE_BEFORE = lazy_compile(
    r"(?i)\b(?:(?:rise|increase|fall|drop|decrease|reduction|jump|change|difference|growth)\s+of"
    r"|(?:up|down|rose|fell|grew|increased|decreased)\s+by)\s+(?:about\s+|around\s+|almost\s+|nearly\s+|some\s+)?$")


def _size_of_change(text: str, claim: Claim) -> bool:
    return CHANGE_SIZE_BEFORE.search(text, max(0, claim.span.start - 30), claim.span.start) is not None


def _area_lists(ctx: Context) -> list[list[Claim]]:
    """Figures of one metric for two or more different forces or places in one sentence or list (or
    regions, in a list of their own: "North West: 268 / London: 241 / ...")."""
    groups: dict[tuple[str, int, Metric, Unit], list[Claim]] = {}
    for c in ctx.figures:
        level_listed = c.scope.level in (ScopeLevel.FORCE, ScopeLevel.PLACE) or (
            c.scope.level is ScopeLevel.REGION and c.list_id is not None and not joint_forces(c.scope))
        if level_listed and c.scope_stated and c.metric is not Metric.OTHER:
            if c.unit in (Unit.COUNT, Unit.GBP) and c.kind in ("digits", "words"):
                where = ("list", c.list_id) if c.list_id is not None else ("sentence", c.sentence)
                groups.setdefault((*where, c.metric, c.unit), []).append(c)
    # "Kent Police made 52 arrests. Essex made 47, Surrey 35 and Sussex 29.": one area's figure in the
    # sentence right before a list of other areas' figures of the same kind opens that list
    own = dict(groups)  # each sentence's own figures, before any sentence takes in the one before it
    for (grouped_by, at, metric, unit), group in list(groups.items()):
        before = own.get((grouped_by, at - 1, metric, unit)) if grouped_by == "sentence" else None
        # ("Police Scotland made 17, 11 of them in Dumfries": the towns inside its area break the 17 down)
        before = before and [c for c in before if not any(p.scope != c.scope and contains(p.scope, c.scope) for p in before)]
        if (before and len(before) == 1 and len(group) >= 2
                and before[0].scope.area not in {c.scope.area for c in group}):
            groups[(grouped_by, at, metric, unit)] = before + group
    # "Blackpool saw 31 arrests, followed by Preston with 14. In East Lancashire, 12 were arrested in
    # Burnley, nine in Blackburn and seven in Lancaster.": a list of areas that runs on into the next
    # sentence of its paragraph, naming other areas, is one list
    for key in sorted((k for k in groups if k[0] == "sentence"), key=lambda k: k[1]):
        grouped_by, at, metric, unit = key
        run, after = groups.get(key), groups.get((grouped_by, at + 1, metric, unit))
        if (run is None or after is None or len(run) < 2 or len(after) < 2
                or "\n" in ctx.text[run[-1].span.end : after[0].span.start]
                or {c.scope.area for c in run} & {c.scope.area for c in after}
                or not all(ctx.same_period(run[0], c) for c in after)):
            continue
        groups[(grouped_by, at + 1, metric, unit)] = run + after
        del groups[key]
    # "43 arrests across the county, 24 of them in Norwich, 12 in Great Yarmouth": a figure whose area
    # holds two or more of the others is their whole, not one more area of the list
    areas = [[c for c in g if sum(contains(c.scope, p.scope) for p in g if p is not c) < 2] for g in groups.values()]
    # "Nottinghamshire Police made 21, of which 13 were in Worksop": a figure for a town inside another
    # listed area is a detail of that area's figure, not one more area to add
    areas = [[c for c in g if not any(p.scope != c.scope and contains(p.scope, c.scope) for p in g)] for g in areas]
    return [g for g in areas if len(g) >= 2]


# "the four dedicated county lines taskforces", "the region's four police forces": how many areas
# the whole is for, when the text counts them
AREA_COUNT_ITEM = lazy_compile(
    r"(?i)\s+(?:[\w'’-]+\s+){0,3}?(?:police\s+)?(?:forces|taskforces|task\s+forces|divisions|force\s+areas|boroughs|regions)\b"
)


NARROW = (ScopeLevel.PLACE, ScopeLevel.FORCE, ScopeLevel.REGION, ScopeLevel.NATIONAL)
CLAUSE_BREAK = lazy_compile(r"[,;()–—]|\s-\s")


def _counted_areas(ctx: Context, whole: Claim) -> int | None:
    """How many areas the whole's subject says it covers: "the four taskforces closed 1,612 lines",
    or a list's lead "the four taskforces:" above "- closed 1,612 lines" ("The six forces took part
    in a week during which police nationally made 1,158 arrests" does not count the 1,158's areas)."""
    for c in ctx.near(whole):
        if c.span.end > whole.span.start:
            continue
        if c.metric is not Metric.OTHER or c.unit is not Unit.COUNT or c.value.point is None or not AREA_COUNT_ITEM.match(ctx.text, c.number_span.end):
            continue
        lead = whole.list_id is not None and c.list_id == whole.list_id and c.sentence < whole.sentence
        subject = c.sentence == whole.sentence and not CLAUSE_BREAK.search(ctx.text, c.span.end, whole.span.start)
        if lead or subject:
            return int(c.value.point)
    return _region_force_count(ctx, whole)


# "all five of the region's police forces", "the region's four forces", "the three forces in the region"
REGION_NEAR = lazy_compile(r"(?i)\bregion(?:al)?\b")


def _region_force_count(ctx: Context, whole: Claim) -> int | None:
    """How many forces the article says the whole's region has ("involved all five of the region's
    police forces"), where the region is the whole's: a region's forces as the story counts them may
    differ from the gazetteer's (North Wales Police is in the North West's unit)."""
    if whole.scope.level is not ScopeLevel.REGION:
        return None
    for c in ctx.figures:
        if (c.metric is not Metric.OTHER or c.unit is not Unit.COUNT or c.value.point is None or c.scope != whole.scope
                or not AREA_COUNT_ITEM.match(ctx.text, c.number_span.end)):
            continue
        phrase = AREA_COUNT_ITEM.match(ctx.text, c.number_span.end)
        assert phrase is not None
        if REGION_NEAR.search(ctx.text, max(0, c.span.start - 15), phrase.end() + 15):
            return int(c.value.point)
    return None


def _joint_breakdowns(ctx: Context) -> Iterator[tuple[Claim, list[Claim]]]:
    """A joint operation's total ("together the two forces made 89 arrests") with each force's own
    figure, given in sentences of their own ("Cleveland Police made 47 arrests ... Durham
    Constabulary made 39"): one figure of the metric for each force (repeats agreeing), or the
    breakdown is unclear."""
    subcounts = ctx.subcounts()
    for whole in ctx.figures:
        if not joint_forces(whole.scope) or whole.metric is Metric.OTHER or whole.unit not in (Unit.COUNT, Unit.GBP):
            continue
        if whole.subgroup or whole.in_change or whole.kind not in ("digits", "words") or whole.id in subcounts:
            continue
        own: dict[str, list[Claim]] = {}
        for c in ctx.near(whole, whole.metric):
            if (c.metric is whole.metric and c.unit is whole.unit and c.scope.level is ScopeLevel.FORCE
                    and contains(whole.scope, c.scope) and not c.subgroup and not c.in_change and c.id not in subcounts
                    and c.kind in ("digits", "words") and ctx.same_period(c, whole)):
                own.setdefault(c.scope.name or "", []).append(c)
        if set(own) == forces_of(whole.scope) and all(len({c.value for c in v}) == 1 for v in own.values()):
            yield whole, sorted((v[0] for v in own.values()), key=lambda c: c.span.start)


def _with_lead(ctx: Context, claims: list[Claim]) -> tuple[Span, ...]:
    """The figures' spans, and the line introducing their list ("The regional figures were:"), which
    says what the list's figures are and so is as likely as any of them to be what is wrong."""
    spans = tuple(c.number_span for c in claims)
    listed = [c for c in claims[1:] if c.list_id is not None]
    if len(listed) < 2 or len({c.list_id for c in listed}) != 1:
        return spans
    first = min(c.sentence for c in listed)
    lead = ctx.parsed.sentences[first - 1] if 0 < first <= len(ctx.parsed.sentences) else None
    if lead is None or not ctx.text[lead.start : lead.end].rstrip().endswith(":"):
        return spans
    return tuple(sorted((*spans, lead), key=lambda x: x.start))


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
    for whole, parts in _joint_breakdowns(ctx):
        summed, allowed = ctx.total(parts), loosened(whole.value, tolerance)
        arithmetic = f"{sum_text(parts)} = {describe(summed, whole.unit)}"
        forces, together = ("the two forces", "both") if len(parts) == 2 else (f"the {len(parts)} forces", "all")
        if summed.disjoint(allowed):
            yield ctx.finding(areas_exceed_total, Status.CONTRADICTORY, [whole, *parts],
                              f"{arithmetic} for {forces}, not '{whole.printed}' for {together} together",
                              (f"total {fmt(summed.point)}",) if summed.point is not None else ())
        else:
            yield ctx.finding(areas_exceed_total, Status.CONSISTENT, [whole, *parts],
                              f"{arithmetic} for {forces}, as '{whole.printed}' for {together} together")
    # "At nine of the properties" after the list: a part of its own area's count, not what the list splits
    parts_of_own_area = ctx.subcounts(same_area=True)
    for listed in _area_lists(ctx):
        wholes = [
            w for w in ctx.near(listed[0], listed[0].metric)
            if not (w.id in parts_of_own_area and w.span.start > listed[-1].span.start)
            and w.metric is listed[0].metric and w.unit is listed[0].unit and not w.subgroup and not w.in_change
            and (w.scope_stated or w.scope.level is ScopeLevel.NATIONAL)
            and w.kind in ("digits", "words", "vague") and ctx.same_period(w, listed[0])
            and w not in listed and (w.list_id is None or w.list_id != listed[0].list_id)
            and sum(contains(w.scope, p.scope) for p in listed) >= 2  # a wider area, not one more local figure
            and not is_residual(ctx.text, w) and not said_of_each(ctx.text, w) and not _size_of_change(ctx.text, w)
        ]
        counted = [w for w in wholes if _counted_areas(ctx, w) == len(listed)]
        # the region's own total before the country's, though the country's is nearer the list
        level = min((w.scope.level for w in wholes), key=NARROW.index, default=None)
        narrowest = [w for w in wholes if w.scope.level is level]
        candidates = counted or narrowest
        # "Nottinghamshire accounted for 38 of the 95 lines closed" after the list restates the total the list
        # was given under: the list is checked against that statement of it
        stated = [w for w in candidates if not BASE_OF_PART_BEFORE.search(ctx.text, max(0, w.span.start - 16), w.span.start)]
        for whole in ctx.nearest(stated or candidates, listed):
            # areas the gazetteer cannot place are left out: the sum of the rest is still a floor
            parts = [p for p in listed if contains(whole.scope, p.scope)]
            if len(parts) < 2 or len({p.scope.area for p in parts}) < len(parts):
                continue  # one area named twice is not a breakdown
            summed = ctx.total(parts)
            arithmetic = f"{sum_text(parts)} = {describe(summed, whole.unit)}"
            # (a list with a force from outside the region, as North Wales Police is from Wales's ROCU,
            # is no breakdown of the region as the gazetteer draws it)
            every_force = (bool(forces_of(whole.scope)) and {p.scope.name for p in parts} == forces_of(whole.scope)
                           and len(parts) == len(listed))
            every_force = every_force or whole in counted and len(parts) == len(listed)
            allowed = loosened(whole.value, tolerance)
            if every_force and summed.disjoint(allowed):  # all the region's forces: they are the whole
                yield ctx.finding(areas_exceed_total, Status.CONTRADICTORY, [whole, *parts],
                                  f"{arithmetic} for every force in the region, not '{whole.printed}'",
                                  (f"total {fmt(summed.point)}",) if summed.point is not None else ())
            elif summed.exceeds(allowed):
                yield ctx.finding(areas_exceed_total, Status.CONTRADICTORY, [whole, *parts],
                                  f"{arithmetic}, more than '{whole.printed}' for the wider area",
                                  spans=_with_lead(ctx, [whole, *parts]))
            else:
                yield ctx.finding(areas_exceed_total, Status.CONSISTENT, [whole, *parts],
                                  f"{arithmetic}, within '{whole.printed}'")
