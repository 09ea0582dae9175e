"""CL104: more people charged than arrested, or more children safeguarded than people safeguarded."""

from __future__ import annotations

from collections.abc import Iterator

from ..lazyre import lazy_compile
from ..model import Claim, Finding, RelationKind, Status, Unit
from ..vocab.metrics import SUBSET_METRICS
from ._base import rule
from ._context import Context, describe


@rule("CL104", "subgroup-metric-exceeds-total")
def subgroup_metric_exceeds_total(ctx: Context) -> Iterator[Finding]:
    """Those charged are among those arrested; children safeguarded are among people safeguarded.

    Why: "42 people were arrested ... 56 have since been charged" cannot both be true for one
    operation: one figure is wrong, or they come from different operations.
    Limits: same area and period; the pairs of metrics are the table ``vocab.metrics.SUBSET_METRICS``.

    Flags:
        Officers arrested 42 people in Norfolk. So far 56 have been charged with supply offences.
    Passes:
        Officers arrested 42 people in Norfolk. So far 26 have been charged with supply offences.
    """
    portions = _shares_of_own_area(ctx) | _breakdown_items(ctx)  # parts of a total, not the total
    subcounts = ctx.subcounts()
    for part in ctx.figures:
        wider_metric = SUBSET_METRICS.get(part.metric)
        if wider_metric is None or part.unit is not Unit.COUNT or part.in_change or part.kind == "vague":
            continue
        wholes = [
            w for w in ctx.near(part, wider_metric)
            if w.metric is wider_metric and w.unit is Unit.COUNT and w.scope.area == part.scope.area
            and not w.subgroup and not w.in_change and w.id not in portions and ctx.same_period(w, part)
            and not OF_A_GROUP.match(ctx.text, w.number_span.end)
        ]
        if not wholes:
            continue
        # "arrested 19 people and charged 26": a whole in the part's own sentence or list is the one it
        # is part of; elsewhere the widest (a week's arrests beside the year's) is the one to exceed
        own = [w for w in wholes if w.span.start < part.span.start and w.id not in subcounts
               and (w.sentence == part.sentence or (w.list_id is not None and w.list_id == part.list_id))]
        widest = max(own or wholes, key=lambda w: w.value.high if w.value.high is not None else w.value.floor())
        if _already_stated_part(ctx, part, widest):
            continue  # a quote repeating "the 14 children" that CL102 has already set against its total
        if part.value.exceeds(widest.value):
            yield ctx.finding(
                subgroup_metric_exceeds_total, Status.CONTRADICTORY, [part, widest],
                f"'{part.text}' ({part.metric.value}) is more than '{widest.text}' "
                f"({widest.metric.value}, {describe(widest.value)})",
            )
        else:
            yield ctx.finding(subgroup_metric_exceeds_total, Status.CONSISTENT, [part, widest],
                              f"'{part.printed}' {part.metric.value} fits within '{widest.printed}' {widest.metric.value}")


# "worked with eight of the young people picked up": some of a group, never its total
OF_A_GROUP = lazy_compile(r"(?i)\s+of\s+(?:the|those|these|them)\b")


def _already_stated_part(ctx: Context, part: Claim, whole: Claim) -> bool:
    """The text already ties an equal figure of the same metric to this whole ("including 14 children")."""
    for relation in ctx.relations(RelationKind.SUBSET, RelationKind.PARTITION):
        if relation.whole != whole.id:
            continue
        for other in ctx.claims(relation.parts):
            if other.id != part.id and other.metric is part.metric and other.value == part.value:
                return True
    return False


def _breakdown_items(ctx: Context) -> set[str]:
    """Figures of one metric listed side by side in a sentence that states no whole for them ("71 from
    the police, 52 from schools, 34 from social workers"): each is one source's share of a total."""
    wholes = {r.whole for r in ctx.parsed.relations if r.whole is not None}
    by_sentence: dict[tuple[int, object, Unit], list[Claim]] = {}
    for c in ctx.figures:
        by_sentence.setdefault((c.sentence, c.metric, c.unit), []).append(c)
    return {c.id for group in by_sentence.values() if len(group) >= 3 and not wholes & {g.id for g in group}
            for c in group}


def _shares_of_own_area(ctx: Context) -> set[str]:
    """Counts printed with their share of the same area's total, or of a total left unsaid ("Boys made
    up 70 per cent (63)"): a subgroup; a force's share of the national total is still the force's total."""
    return {r.parts[0] for r in ctx.relations(RelationKind.SHARE)
            if r.whole is None or ctx.by_id[r.whole].scope == ctx.by_id[r.parts[0]].scope}
