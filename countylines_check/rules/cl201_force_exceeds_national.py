"""CL201: a figure for a smaller area larger than the same figure for an area containing it."""

from __future__ import annotations

from collections.abc import Iterator

from ..lazyre import lazy_compile
from ..model import Claim, Finding, Metric, Qualifier, Quantity, ScopeLevel, Status, Unit
from ..extract import STAGE_PREFIX
from ..scopes import contains
from ..vocab.metrics import SUBSET_METRICS
from ._base import rule
from ._context import TOLERANCE, Context, describe, in_grams, is_generic, is_midway, is_residual, said_of_each, item_key, loosened, when

CHECKED_UNITS = frozenset({Unit.COUNT, Unit.GBP, Unit.KG, Unit.G})
MAX_BROKEN = 5  # wider figures one figure is reported against (a headline and body give two)


# "arrests climbed from 3,904 in 2021 to 4,412 in 2022", "from 312 closures in 2019-20": a year printed
# right after one end of a change or its noun (not after the change's other end: "from 212 to 287 in 2022")
DATED_END = lazy_compile(
    r"(?:\s+(?!(?:to|and|or|from|than|up|down|against|compared)\b)[a-z][a-z-]*){0,3}?\s+(?:in|during|for)\s+(?:19|20)\d{2}\b")


def _undated_change_end(text: str, claim: Claim) -> bool:
    """One end of a change is that year's total when its year is printed right after it ("from 3,904
    in 2021 to 4,412 in 2022"); an end without one ("up from 212") may be any earlier period's, and
    the start of "from 212 to 287 in 2022" is not 2022's."""
    return claim.in_change and not DATED_END.match(text, claim.number_span.end)


# "Lancashire made 88 arrests, compared with 296 across the North West": a wider area's figure set beside
# the part's in its own sentence, of the same time
COMPARED_WITH_BEFORE = lazy_compile(r"(?i)\bcompared\s+(?:with|to)\s+(?:the\s+)?$")


def _wider_area_beside(text: str, part: Claim, whole: Claim) -> bool:
    """A comparison's base that is a wider area's figure in the part's own sentence ("88 arrests, compared
    with 296 across the North West") is that area's figure of the part's own time, not an earlier one."""
    return (whole.sentence == part.sentence and whole.scope != part.scope and whole.scope_stated
            and COMPARED_WITH_BEFORE.search(text, max(0, whole.span.start - 20), whole.span.start) is not None)


def _comparable(part: Claim, whole: Claim, text: str) -> bool:
    if (_undated_change_end(text, whole) and not _wider_area_beside(text, part, whole)) or _undated_change_end(text, part):
        return False
    if part.metric is Metric.FUNDING:  # money given is placed by who gives or gets it, not by an area's count:
        return False  # "£230,000 from the commissioner for Leicestershire and £145,000 from the city council"
    if whole.metric is not part.metric:  # a national weapons total also bounds a force's knives
        if SUBSET_METRICS.get(part.metric) is whole.metric:
            # people safeguarded nationally bound a force's children safeguarded; arrests, its charges
            return not whole.subgroup and item_key(whole) == "people" and whole.unit is part.unit
        return whole.metric is Metric.WEAPONS and part.metric in (Metric.KNIVES, Metric.FIREARMS) and is_generic(whole)
    if (whole.unit in (Unit.KG, Unit.G)) != (part.unit in (Unit.KG, Unit.G)):
        return False
    if whole.unit not in (Unit.KG, Unit.G) and whole.unit is not part.unit:
        return False
    if whole.subgroup and whole.subgroup != part.subgroup:
        return False
    whole_key = item_key(whole)
    if is_generic(whole) or whole_key == item_key(part):
        return True
    # "27 firearms" nationally bounds "two handguns" locally; drugs are compared by name only
    return whole.metric not in (Metric.DRUGS_VALUE, Metric.DRUGS_WEIGHT) and len(whole_key.split()) <= 1


def _parts_of_narrower_wholes(ctx: Context) -> set[str]:
    """A figure the text makes part of a smaller area's figure ("38 people in Medway, including 21
    children ... a dozen of the children") is no total for the wider area it was attributed to."""
    return {part.id for whole, part in ctx.part_pairs()
            if part.scope != whole.scope and not contains(whole.scope, part.scope)}


def _one_as_article(whole: Claim) -> bool:
    """'When we shut one line', 'one charity said': the word one picks out a thing, it is no area's total."""
    if whole.kind == "range" and whole.qualifier is Qualifier.VAGUE and whole.value.low == 1:
        return True  # "one or two young people": a hedge for a few, no area's total
    return whole.kind in ("words", "ratio", "vague") and whole.value.point == 1


def _running_total_holds(ctx: Context, whole: Claim, part: Claim) -> bool:
    """A wider area's running total ("640 supported since it began") holds every figure of its own
    kind that names no time of its own: whatever stretch an unmarked figure covers lies within it.
    The article's own total (no time of its own) holds the figures of each day or phase it goes
    through in turn ("Monday 11 November - eight arrests in Walsall" within the week's 41)."""
    whole_time, part_time = when(ctx.article_date, whole), when(ctx.article_date, part)
    one_stage = part_time[0] is None and (part_time[1] or "").startswith(STAGE_PREFIX)
    if whole_time == (None, None):
        return one_stage
    return (whole_time[1] or "").startswith("since ") and (part_time == (None, None) or one_stage)


def _exceeds(part: Quantity, whole: Quantity, *, rounded: bool) -> bool:
    """Whether the part is larger than the whole can be.

    A whole printed rounded ('£1.2m', 1.15m to 1.25m) stops short of its upper bound, which
    rounds up to the next printed value; a part printed more precisely at or above that bound
    ('£1.25m') is taken at its word and exceeds it. Hedged wholes ('about £45,000') keep their bounds.
    """
    if part.exceeds(whole):
        return True
    if not rounded or None in (part.point, part.low, part.high, whole.point, whole.low, whole.high):
        return False
    assert part.point is not None and part.low is not None and part.high is not None
    assert whole.point is not None and whole.low is not None and whole.high is not None
    symmetric = whole.point - whole.low == whole.high - whole.point > 0
    more_precise = part.high - part.low < whole.high - whole.low
    return symmetric and more_precise and part.point >= whole.high


@rule("CL201", "force-exceeds-national", options=(TOLERANCE,))
def force_exceeds_national(ctx: Context) -> Iterator[Finding]:
    """A force's (or region's, or town's) figure cannot exceed the figure for an area containing it.

    Why: a force that reports 2,500 arrests in a week whose national total was 1,360 shows that
    one of the two figures is wrong, or they are not from the same operation.
    Limits: same metric and same kind of item; places within forces and forces within regions come
    from the gazetteer in ``vocab.geography``.

    Flags:
        Across England and Wales 1,360 people were arrested. In Hampshire, 2,500 people were arrested.
    Passes:
        Across England and Wales 1,360 people were arrested. In Hampshire, 43 people were arrested.
    """
    tolerance = ctx.option(force_exceeds_national, "tolerance")
    subcounts = ctx.subcounts(same_area=True)  # "Ten of those arrested" is not the area's total
    subcounts |= _parts_of_narrower_wholes(ctx)
    for part in ctx.figures:
        if part.scope.level not in (ScopeLevel.REGION, ScopeLevel.FORCE, ScopeLevel.PLACE):
            continue
        if part.metric is Metric.OTHER or part.unit not in CHECKED_UNITS or part.kind in ("vague", "ratio"):
            continue
        # ``_comparable`` takes the same metric only, a weapons total for knives and firearms, or the
        # wider metric of SUBSET_METRICS (people safeguarded for children safeguarded)
        metrics = ((part.metric, Metric.WEAPONS) if part.metric in (Metric.KNIVES, Metric.FIREARMS)
                   else (part.metric, SUBSET_METRICS[part.metric]) if part.metric in SUBSET_METRICS else (part.metric,))
        wholes = [
            w for w in ctx.near(part, *metrics)
            if contains(w.scope, part.scope) and _comparable(part, w, ctx.text)
            and (ctx.same_period(part, w) or _running_total_holds(ctx, w, part))
            and not (w.list_id is not None and w.list_id == part.list_id)  # list siblings are not totals
            and (w.scope_stated or w.scope.level is ScopeLevel.NATIONAL) and w.id not in subcounts
            and not is_residual(ctx.text, w) and not said_of_each(ctx.text, w) and not _one_as_article(w)
            and not is_midway(ctx.text, w)  # "by the midpoint, 19 arrests": not yet the week's, no bound
            and w.id not in ctx.team_parts  # one team's figure does not bound a town another team polices
            and w.kind != "vague"  # "cash worth thousands of pounds" says much, it sets no upper bound
        ]
        if not wholes:
            continue
        grams = part.unit in (Unit.KG, Unit.G)
        value = in_grams(part, part.value) if grams else part.value
        broken = [w for w in wholes if _exceeds(value, loosened(in_grams(w, w.value) if grams else w.value, tolerance),
                                                  rounded=w.qualifier is Qualifier.EXACT)]
        if len(broken) > MAX_BROKEN:  # the nearest wholes it exceeds, so findings stay few per figure
            nearest = sorted(broken, key=lambda w: abs(w.span.start - part.span.start))[:MAX_BROKEN]
            broken = [w for w in broken if w in nearest]
        for whole in broken:
            yield ctx.finding(
                force_exceeds_national, Status.CONTRADICTORY, [part, whole],
                f"'{part.printed}' for {part.scope.name} is more than '{whole.printed}' for "
                f"{whole.scope.name if whole.scope.level is not ScopeLevel.NATIONAL else 'the whole country'}"
                f" ({describe(whole.value, whole.unit)})",
            )
        if not broken:
            whole = wholes[0]
            yield ctx.finding(force_exceeds_national, Status.CONSISTENT, [part, whole],
                              f"'{part.printed}' for {part.scope.name} fits within '{whole.printed}'")
