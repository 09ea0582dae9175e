"""CL101: a breakdown whose parts do not add up to the total they split."""

from __future__ import annotations

from collections.abc import Iterator

from ..lazyre import lazy_compile
from ..model import Claim, Finding, Metric, RelationKind, Status, Unit
from ._base import rule
from ._context import TOLERANCE, Context, describe, fmt, loosened, sum_text

SAME_PEOPLE = {Metric.CHILDREN_SAFEGUARDED: Metric.SAFEGUARDED}
# "Two men, aged 19 and 23, were arrested", "Three men, aged 17, 19 and 23": one age for each person
# counted, so the ages listed are a breakdown of the count ("aged 18 and over" is a bound, not two ages)
AGES_LISTED_AFTER = lazy_compile(
    r"(?i)\s+(?P<who>(?:[a-z-]+\s+)?(?:men|women|people|boys|girls|teenagers|youths|males|females|suspects|defendants))"
    r"\s*,?\s+aged\s+(?P<ages>\d{1,2}(?:\s*,\s*\d{1,2})*\s*,?\s+and\s+\d{1,2})\b"
    r"(?!\s*(?:-|–|and\s+(?:over|under|above|older|younger)|or\s+(?:over|under|above|older|younger)))"
)
AGE = lazy_compile(r"\d{1,2}")


def _base_metric(claim: Claim) -> Metric:
    return SAME_PEOPLE.get(claim.metric, claim.metric)


def totals_for(ctx: Context, parts: list[Claim]) -> list[Claim]:
    """The totals a subgroup breakdown splits: same metric and scope, not a subgroup, elsewhere."""
    metric = _base_metric(parts[0])
    if metric is Metric.OTHER or any(_base_metric(p) is not metric for p in parts):
        return []
    sentences = {p.sentence for p in parts}
    # "63 adults and 22 children safeguarded ... 22 young people we can help": a figure equal to one
    # part restates that part; the total of groups that are not empty is more than any one of them
    said = {p.value.point for p in parts if p.value.point is not None and p.value.low == p.value.high}
    return [
        c for c in ctx.near(parts[0], *(m for m in Metric if SAME_PEOPLE.get(m, m) is metric))
        if c.unit is Unit.COUNT and _base_metric(c) is metric and c.scope.area == parts[0].scope.area
        and not c.subgroup and c.sentence not in sentences and not c.in_change and c.kind != "vague"
        and ctx.same_period(c, parts[0]) and c.value.point not in said
    ]


def _restated(ctx: Context, whole: Claim) -> list[Claim]:
    """The same total said again ("jailed for a combined 47 years" over "a total of 47 years"): where the
    parts miss the total, every place it is stated is wrong, not just the first."""
    return [c for r in ctx.relations(RelationKind.SAME) if r.whole == whole.id
            for c in ctx.claims(r.parts) if c.value == whole.value and c.unit is whole.unit]


@rule("CL101", "parts-do-not-sum", options=(TOLERANCE,))
def parts_do_not_sum(ctx: Context) -> Iterator[Finding]:
    """A breakdown's parts must add up to the total they break down.

    Why: a reader who adds the listed groups gets a different total; one of the figures is wrong.
    Limits: only breakdowns the text states ("Of these", a colon list, or subgroups such as men and
    women beside a total of the same figure); qualifiers widen the check ("more than 650 men and
    91 women" fits "more than 700").

    Flags:
        Officers safeguarded 37 people: 21 men, 9 women and eight children.
    Passes:
        Officers safeguarded 37 people: 21 men, 9 women and seven children.
    """
    tolerance = ctx.option(parts_do_not_sum, "tolerance")
    for relation in ctx.relations(RelationKind.PARTITION):
        parts = ctx.claims(relation.parts)
        wholes = [ctx.by_id[relation.whole]] if relation.whole else totals_for(ctx, parts)
        summed = ctx.total(parts)
        for whole in wholes:
            arithmetic = f"{sum_text(parts)} = {describe(summed)}"
            if summed.disjoint(loosened(whole.value, tolerance)):
                exact = summed.low == summed.high and summed.point is not None
                yield ctx.finding(
                    parts_do_not_sum, Status.CONTRADICTORY, [whole, *_restated(ctx, whole), *parts],
                    f"{arithmetic}, but the total '{whole.printed}' is {describe(whole.value)}",
                    (f"total {fmt(summed.point)}",) if exact else (),
                )
            else:
                yield ctx.finding(parts_do_not_sum, Status.CONSISTENT, [whole, *parts],
                                  f"{arithmetic}, which fits '{whole.printed}'")
    yield from _ages_listed(ctx)


def _ages_listed(ctx: Context) -> Iterator[Finding]:
    """A count of people followed by their ages ("Eleven men, aged 22 and 31") must count one person
    for each age listed: two ages for eleven men means the count or the ages are wrong."""
    for claim in ctx.figures:
        if claim.unit is not Unit.COUNT or claim.kind not in ("digits", "words") or claim.value.point is None:
            continue
        m = AGES_LISTED_AFTER.match(ctx.text, claim.number_span.end)
        if m is None:
            continue
        ages = AGE.findall(m.group("ages"))
        who = f"'{claim.printed} {m.group('who')}'"
        listed = f"{len(ages)} ages ({', '.join(ages[:-1])} and {ages[-1]})"
        if claim.value.low is not None and claim.value.high is not None and claim.value.low <= len(ages) <= claim.value.high:
            yield ctx.finding(parts_do_not_sum, Status.CONSISTENT, [claim], f"{who} are given {listed}")
        else:
            yield ctx.finding(parts_do_not_sum, Status.CONTRADICTORY, [claim],
                              f"{who} are given {listed}: one of the two is wrong", (str(len(ages)),))
