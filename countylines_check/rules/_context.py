"""The Context rules read: indexes over one article's claims and the helpers rules share.

Rules compare intervals, not single numbers, and word their messages with ``fmt`` so figures read
as an editor would print them.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Container, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property

from ..model import (
    Claim, Finding, Metric, Parsed, Quantity, Relation, RelationKind, Span, Status, Unit,
)
from ._base import Option, RuleSpec
from ..cues import family as family_of
from ..cues import is_family_total
from ..vocab.metrics import CLASS_B, DRUG_NAMES, SUBGROUPS
from ..lazyre import lazy_compile

WEAPON_METRICS = frozenset({Metric.WEAPONS, Metric.FIREARMS, Metric.KNIVES})
FILLER = frozenset({"of", "in", "worth", "the", "a", "and", "were", "was", "have", "been", "had", "being",
                    "seized", "recovered", "valued", "at", "with", "which", "that", "also", "as", "well",
                    "its", "their", "has", "more", "than", "over", "further"})


def fmt(value: Decimal | None, unit: Unit = Unit.COUNT) -> str:
    """A figure as an editor would print it: '1,500', '£1,300,000', '6.656kg'."""
    if value is None:
        return "?"
    value = value.normalize() if value != value.to_integral_value() else value.to_integral_value()
    number = f"{value:,f}" if value != value.to_integral_value() else f"{int(value):,}"
    if unit is Unit.GBP:
        return f"£{number}"
    if unit in (Unit.KG, Unit.G):
        return f"{number}{unit.value}"
    if unit is Unit.PERCENT:
        return f"{number}%"
    return number


def in_grams(claim: Claim, q: Quantity) -> Quantity:
    """Weights compare in one unit: kilograms are turned into grams."""
    if claim.unit is not Unit.KG:
        return q
    k = Decimal(1000)
    return Quantity(None if q.low is None else q.low * k, None if q.high is None else q.high * k,
                    None if q.point is None else q.point * k)


def in_years(claim: Claim, q: Quantity) -> Quantity:
    """Prison terms add up in one unit: '18 months' among terms in years counts as 1.5 years."""
    if claim.unit is not Unit.MONTHS:
        return q
    k = Decimal(12)
    return Quantity(None if q.low is None else q.low / k, None if q.high is None else q.high / k,
                    None if q.point is None else q.point / k)


RESIDUAL_BEFORE = lazy_compile(r"(?i)\b(?:the\s+)?(?:remaining|other|rest\s+of\s+the|last)\s+$")


# "The other 38 forces combined - 1,050", "Remaining areas: 12": a list line or row labelled as the rest
RESIDUAL_LABEL = lazy_compile(r"(?i)[ \t]*(?:[-*•]\s*|\d+[.)]\s*)?(?:the\s+)?(?:other|remaining|rest)\b[^\n.;]*$")


def is_residual(text: str, claim: Claim) -> bool:
    """'The remaining five arrests were spread across other divisions': what is left after a
    breakdown, a part of the total, never the total of any area; so is the figure of a line labelled
    as the rest ("The other 38 forces combined - 1,050")."""
    start = claim.number_span.start
    if RESIDUAL_BEFORE.search(text, max(0, start - 24), start) is not None:
        return True
    line = text.rfind("\n", max(0, start - 60), start)
    return line >= 0 and claim.list_id is not None and RESIDUAL_LABEL.match(text, line + 1, start) is not None


# "by the midpoint of the operation, on Friday, officers had made 19 arrests", "by the halfway stage": the
# count as it stood part of the way through (in the figure's own sentence, before it)
MIDWAY_BEFORE = lazy_compile(r"(?i)\bby\s+(?:the\s+)?(?:mid-?point|half-?way|middle)\b[^.;!?\n]*$")


def is_midway(text: str, claim: Claim) -> bool:
    """A count as it stood part of the way through a run is neither the run's total nor a repeat of it,
    and bounds nothing counted over the whole run."""
    start = claim.number_span.start
    return MIDWAY_BEFORE.search(text, max(0, start - 120), start) is not None


# "- the North team (Colchester, Clacton and Harwich) made 12 arrests", "Eastern division: 14": a list item
# led by the name of a team, division or unit of the force (its own words, at the start of its line)
TEAM_ITEM = lazy_compile(
    r"(?:^|\n)[ \t]*(?:[-*\u2022\u2013]\s*|\d+[.)]\s*)?(?:the\s+|The\s+)?(?P<name>(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))?)\s+"
    r"(?:area\s+|local\s+|response\s+|proactive\s+)?(?:team|division|unit|squad|hub|sector|command|cluster|district)\b[^\n]*$")


def _names_a_team(text: str, claim: Claim) -> str | None:
    """The team a list item's line names before its figure ("the North team ... made 12"), or None."""
    start = claim.number_span.start
    line = text.rfind("\n", 0, start)
    if start - line > 160:
        return None
    m = TEAM_ITEM.match(text, max(0, line), start)
    return None if m is None else m["name"].lower()


# "eleven forces each closed fewer than 10 lines", "the two men were each given 40 hours": said of
# every one of a group in turn
EACH_BEFORE = lazy_compile(r"(?i)\beach\s+(?:[a-z]+\s+){0,2}$")


def said_of_each(text: str, claim: Claim) -> bool:
    """A figure said of each member of a group is every member's own, never a total that bounds the
    members' figures added up."""
    return EACH_BEFORE.search(text, max(0, claim.span.start - 30), claim.span.start) is not None


def is_generic(claim: Claim) -> bool:
    """A family total ('321 weapons', '£2m of class A drugs') rather than one kind of item."""
    return is_family_total(claim.metric, claim.item)


def covers(total: Claim, item: Claim) -> bool:
    """Whether a drugs total can include an item: "class A drugs" does not include cannabis."""
    if claim_is_class_a_only(total):
        return not any(d in item.item for d in CLASS_B)
    return True


def claim_is_class_a_only(claim: Claim) -> bool:
    return "class a" in claim.item and "class b" not in claim.item and " b " not in f" {claim.item} "


def family(claim: Claim) -> str | None:
    return family_of(claim.metric)


def item_key(claim: Claim) -> str:
    """What exactly a figure counts, so that '12 zombie knives' is not a repeat of '120 knives'."""
    if claim.metric is Metric.CASH_SEIZED:
        return "cash"
    if claim.metric in (Metric.DRUGS_VALUE, Metric.DRUGS_WEIGHT):
        drugs = sorted({d for d in DRUG_NAMES if d in claim.item})
        return "+".join(drugs) if drugs else ("generic" if is_generic(claim) else "unnamed")
    if claim.subgroup:
        return f"people:{claim.subgroup}"
    words = [w for w in claim.item.split() if w not in FILLER and w not in SUBGROUPS]
    if claim.metric in (Metric.PHONES, Metric.VEHICLES):
        return claim.metric.value  # "19 mobile phones" and "the 19 phones we took" count the same things
    if claim.metric in WEAPON_METRICS:
        # a labelled cell ("Weapons: 41"), "down from 12 last October", "Knives: 7": a bare count of the
        # metric's own things
        named = [w for w in words if w not in PERIOD_WORDS]
        return " ".join(named[:2]) or claim.metric.value
    if words[:1] and words[0].startswith("referral") and claim.metric is not Metric.OTHER:
        return "referrals"  # "19 referrals" a charity took count referrals, not the people a force safeguarded
    return "people" if claim.metric.value not in ("other",) else " ".join(words[:2])


PERIOD_WORDS = frozenset({"last", "this", "year", "ago", "earlier", "before", "previous", "week", "month",
                          "january", "february", "march", "april", "may", "june", "july", "august",
                          "september", "october", "november", "december"})


# Figures either side of a figure that the rules compare it with: three times the most any article
# of ours holds (30), so nothing changes for real articles, and time stays linear on huge input.
NEAR = 100


class RelatedPairs(Container[frozenset[str]]):
    """``frozenset((a, b)) in pairs`` for claims that some relation ties; stored per claim, since a
    list of n items has n² pairs."""

    def __init__(self, relations: Iterable[Relation]) -> None:
        self._member_of: dict[str, set[int]] = {}
        for i, r in enumerate(relations):
            for cid in (*r.parts, *([r.whole] if r.whole else [])):
                self._member_of.setdefault(cid, set()).add(i)

    def __contains__(self, pair: object) -> bool:
        if not isinstance(pair, frozenset) or len(pair) != 2:
            return False
        a, b = (self._member_of.get(cid, set()) for cid in pair)
        return not a.isdisjoint(b)


@dataclass
class Context:
    """Indexes over one article's claims, and helpers rules share."""

    parsed: Parsed
    options: Mapping[str, Mapping[str, Decimal]] = field(default_factory=dict)  # rule code -> option -> value
    by_id: dict[str, Claim] = field(init=False)
    figures: list[Claim] = field(init=False)
    dates: list[Claim] = field(init=False)
    _by_metrics: dict[frozenset[Metric], list[Claim]] = field(init=False, default_factory=dict)
    _starts: dict[frozenset[Metric], list[int]] = field(init=False, default_factory=dict)

    def __post_init__(self) -> None:
        self.by_id = {c.id: c for c in self.parsed.claims}
        self.figures = [c for c in self.parsed.claims if c.unit is not Unit.DATE]
        self.dates = [c for c in self.parsed.claims if c.unit is Unit.DATE]
        self._position = {c.id: i for i, c in enumerate(self.figures)}

    def near(self, claim: Claim, *metrics: Metric) -> list[Claim]:
        """The figures a figure is compared with (of these metrics, when given): the ``NEAR`` either
        side of it, which is every figure of any real article, and keeps the rules linear on
        book-length input."""
        if not metrics:
            i = self._position.get(claim.id, 0)
            return self.figures[max(0, i - NEAR) : i + NEAR + 1]
        bucket = self.figures_of(*metrics)
        key = frozenset(metrics)
        starts = self._starts.get(key)
        if starts is None:
            starts = self._starts[key] = [c.span.start for c in bucket]
        i = bisect.bisect_left(starts, claim.span.start)
        return bucket[max(0, i - NEAR) : i + NEAR + 1]

    @property
    def text(self) -> str:
        return self.parsed.text

    def figures_of(self, *metrics: Metric) -> list[Claim]:
        """The figures of these metrics, in text order (do not change the list).

        Rules compare a claim only with figures of a metric it can be compared with; looking those
        up, instead of scanning every figure for every claim, keeps a long article linear.
        """
        key = frozenset(metrics)
        found = self._by_metrics.get(key)
        if found is None:
            found = self._by_metrics[key] = [c for c in self.figures if c.metric in key]
        return found

    def relations(self, *kinds: RelationKind) -> Iterator[Relation]:
        return (r for r in self.parsed.relations if r.kind in kinds)

    def claims(self, ids: Iterable[str]) -> list[Claim]:
        return [self.by_id[i] for i in ids]

    def option(self, rule: RuleSpec, name: str) -> Decimal:
        """A rule option's value: the configuration's, else the default the rule declares."""
        value = self.options.get(rule.code, {}).get(name)
        if value is not None:
            return value
        return next(o.default for o in rule.options if o.name == name)

    def related_pairs(self) -> RelatedPairs:
        """Pairs of claims a relation already ties (a whole and its part, two parts)."""
        return RelatedPairs(self.parsed.relations)

    def same_period(self, a: Claim, b: Claim) -> bool:
        """Figures of one period; a month or season the clause names ("in October", "this autumn")
        sets a figure apart only from figures of another month or season, not from unmarked ones."""
        (year_a, period_a), (year_b, period_b) = when(self.article_date, a), when(self.article_date, b)
        if year_a != year_b:
            return False
        if period_a == period_b or _week_of(period_a) == _named_month(period_b) or _week_of(period_b) == _named_month(period_a):
            return True
        if self.months_compared:
            return False  # "March saw 21 arrests ... April added 17": one month of several, not the unmarked total
        return ((period_a is None and _named_season(period_b) and not self._other_month(period_b))
                or (period_b is None and _named_season(period_a) and not self._other_month(period_a)))

    @cached_property
    def months_compared(self) -> bool:
        """Whether the article gives figures for three or more months of one year in turn (a monthly
        log, a running tally): then each month's figure is that month's alone, and an unmarked figure
        is the whole run's, not any one month's again."""
        months = {_named_month(c.period) for c in self.figures if c.year is None and c.period is not None}
        return len(months & MONTH_NUMBERS.keys()) >= 3

    @cached_property
    def own_months(self) -> frozenset[int]:
        """The months of the days the article dates (its dateline, the operation week); none when it
        dates no day ("The last national week, in June, ..." may then be the article's own week)."""
        return frozenset(c.date.month for c in self.dates if c.date is not None)

    def _other_month(self, period: str | None) -> bool:
        """'in June' in an article whose dated days are in November: an earlier operation's month,
        so its figures are not the unmarked figures of the article's week (the month just before the
        dated days is not: a monthly roundup dated in October reports September)."""
        name = (period or "").removeprefix("in ")
        if name not in MONTH_NUMBERS or not self.own_months:
            return False
        month = MONTH_NUMBERS[name]
        # the month before the dated days may still be the article's (a roundup of September's figures
        # published in early October, a week that ended the month before)
        return all(month != own and month % 12 + 1 != own for own in self.own_months)

    @cached_property
    def article_date(self) -> dt.date | None:
        """The article's own time: its publication date, else its first dated day (the operation's
        week, "from Monday 20 November 2023"), so a figure of that year is the article's own."""
        if self.parsed.published is not None:
            return self.parsed.published
        return next((c.date for c in self.dates if c.date is not None and c.year_printed), None)

    def recomputed(self, rule: RuleSpec, claims: list[Claim], arithmetic: str, stated: Claim, allowed: Quantity,
                   actual: Decimal, unit: Unit, suggestions: tuple[str, ...] = ()) -> Finding:
        """A figure the rule worked out from others, against the interval the text allows for it."""
        if allowed.contains(actual):
            return self.finding(rule, Status.CONSISTENT, claims, f"{arithmetic}, which fits '{stated.text}'")
        return self.finding(rule, Status.CONTRADICTORY, claims,
                            f"{arithmetic}, not '{stated.text}' ({describe(allowed, unit)})", suggestions)

    @staticmethod
    def nearest(candidates: list[Claim], to: list[Claim]) -> list[Claim]:
        """The candidate closest to some claims, as a one-item list (or none): a total repeated in
        headline and body is checked once, against the mention beside the figures it totals."""
        if not candidates:
            return []
        anchor = min(c.span.start for c in to)
        return [min(candidates, key=lambda c: abs(c.span.start - anchor))]

    def subcounts(self, *, same_area: bool = False) -> set[str]:
        """Claims that count part of a whole of the same metric ("Of these, 11 were remanded"); with
        ``same_area``, only parts of their own area's whole ("Ten of those arrested"), not an area's
        share of a wider total ("Northumbria £52,100" in the region's breakdown)."""
        return {part.id for whole, part in self.part_pairs() if part.metric is whole.metric
                and (not same_area or part.scope == whole.scope)}

    def part_pairs(self) -> Iterator[tuple[Claim, Claim]]:
        """(whole, part) for every part the text puts inside a whole: subsets, breakdowns, shares."""
        for r in self.parsed.relations:
            if r.whole and r.kind in (RelationKind.SUBSET, RelationKind.PARTITION, RelationKind.SHARE):
                whole = self.by_id[r.whole]
                yield from ((whole, self.by_id[p]) for p in r.parts)

    @cached_property
    def team_parts(self) -> frozenset[str]:
        """Figures of a list whose items each name a team of their own ("- the North team (Colchester and
        Harwich) made 12 arrests", "- the South team ... made 14"): each team's share of the force's
        figure, neither the force's total again nor a bound on the towns of another team."""
        by_list: dict[int, list[Claim]] = {}
        for c in self.figures:
            if c.list_id is not None:
                by_list.setdefault(c.list_id, []).append(c)
        out: set[str] = set()
        for items in by_list.values():
            teams = [c for c in items if _names_a_team(self.text, c)]
            if len({_names_a_team(self.text, c) for c in teams}) >= 2:
                out.update(c.id for c in teams)
        return frozenset(out)

    def shares_of_unsaid_base(self) -> set[str]:
        """Counts printed with their share ("girls 20 per cent (36)") whose base the text leaves
        unsaid: each is a part of some whole, never a total of its own."""
        return {r.parts[0] for r in self.parsed.relations if r.kind is RelationKind.SHARE and r.whole is None}

    def total(self, claims: list[Claim]) -> Quantity:
        """Sum of claims as an interval, in the first claim's unit (weights in grams; terms in months
        among terms in years as years)."""
        years = any(c.unit is Unit.YEARS for c in claims)
        out = Quantity.exact(Decimal(0))
        for c in claims:
            out = out + (in_grams(c, c.value) if c.unit in (Unit.KG, Unit.G)
                         else in_years(c, c.value) if years else c.value)
        return out

    def finding(self, rule: RuleSpec, status: Status, claims: list[Claim], message: str,
                suggestions: tuple[str, ...] = (), spans: tuple[Span, ...] | None = None) -> Finding:
        return Finding(
            rule=rule.code, name=rule.name, status=status, claims=tuple(c.id for c in claims),
            spans=spans if spans is not None else tuple(c.number_span for c in claims),
            message=message, suggestions=suggestions,
        )




def when(published: object, claim: Claim) -> tuple[int | None, str | None]:
    """The period a figure is tied to ("in 2017", "since January", "last year"); a year equal to
    the publication's is the article's own period, the same as a figure with no period at all.
    Where the article's date is known, "last year", "a year ago" and "last October" (said in
    October or later) are the year before it, the same period as figures given for that year."""
    year, period = claim.year, claim.period
    if period is not None and ROLLING_YEAR.fullmatch(period):
        period = "the past 12 months"
    own = getattr(published, "year", None)
    if year is None and isinstance(own, int) and _year_before(published, period):
        year, period = own - 1, None
    if year is not None and own == year:
        year = None
    return year, period


# "in the past 12 months", "over the last year", "during the last twelve months": one rolling year to
# the article's day, however it is worded (not "the previous 12 months", often a comparison's base)
ROLLING_YEAR = lazy_compile(r"(?:in|over|during|across)\s+the\s+(?:past|last)\s+(?:(?:12|twelve)\s+months|year)")
# "last year", "a year ago", "the previous year", "last October": the year before the article's
YEAR_BEFORE = lazy_compile(r"last\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+(?:previous|prior)\s+year|the\s+year\s+before")
LAST_MONTH = lazy_compile(r"last\s+(?P<name>[a-z]+)")


def _year_before(published: object, period: str | None) -> bool:
    if period is None:
        return False
    if YEAR_BEFORE.fullmatch(period):
        return True
    month = LAST_MONTH.fullmatch(period)
    # "last October" said in October or later is a year ago; said in December, "last March" is this year's
    return (month is not None and month["name"] in MONTH_NUMBERS
            and MONTH_NUMBERS[month["name"]] >= getattr(published, "month", 13))


SEASON_OR_MONTH = lazy_compile(
    r"in\s(?:spring|summer|autumn|winter|january|february|march|april|may|june|july|august|september|october|"
    r"november|december)"
)  # as extract writes them: "in october", "in autumn"


MONTH_NUMBERS = {name: n for n, name in enumerate(
    "january february march april may june july august september october november december".split(), start=1)}


# "the october week": the week of several an article compares that its dates put in that month
WEEK_OF_MONTH = lazy_compile(r"the\s(?P<name>[a-z]+)\sweek")


def _week_of(period: str | None) -> str | None:
    """The month a dated week of several falls in, which "in October" names as well."""
    m = WEEK_OF_MONTH.fullmatch(period or "")
    return m["name"] if m is not None and m["name"] in MONTH_NUMBERS else None


def _named_month(period: str | None) -> str:
    """The month "in october" names ('' for none, so no week matches it)."""
    return (period or "").removeprefix("in ") if _named_season(period) else ""


def _named_season(period: str | None) -> bool:
    """'in October', 'in the spring', 'this autumn': a time of the article's own year, not 'last year'."""
    return period is not None and SEASON_OR_MONTH.fullmatch(period) is not None


def widened(q: Quantity, by: Decimal) -> Quantity:
    """An interval widened by a rounding margin on both sides ('98%' may be 97.5 to 98.5)."""
    return Quantity(None if q.low is None else q.low - by, None if q.high is None else q.high + by, q.point)


def loosened(q: Quantity, by: Decimal) -> Quantity:
    """An interval widened by a fraction of itself: with a tolerance of 0.02, '100' stands for 98 to 102."""
    if not by:
        return q
    return Quantity(None if q.low is None else q.low - abs(q.low) * by,
                    None if q.high is None else q.high + abs(q.high) * by, q.point)


TOLERANCE = Option("tolerance", Decimal(0), "a fraction the figures may differ by and still agree (0.02 = 2%)",
                   maximum=Decimal(1))
POINTS = Option("points", Decimal(0), "percentage points allowed beyond the printed figure's rounding",
                maximum=Decimal(100))


def describe(q: Quantity, unit: Unit = Unit.COUNT) -> str:
    """An interval in words: '49', 'at least 741', 'at most 1,500', '1,350 to 1,500'."""
    if q.low is not None and q.high is not None and q.low == q.high:
        return fmt(q.low, unit)
    if q.high is None:
        return f"at least {fmt(q.low, unit)}"
    if not q.low:
        return f"at most {fmt(q.high, unit)}"
    return f"{fmt(q.low, unit)} to {fmt(q.high, unit)}"


def sum_text(claims: list[Claim]) -> str:
    """'28 + 13 + eight' as printed, for messages that show the arithmetic."""
    return " + ".join(c.printed for c in claims)


def quoted(claim: Claim) -> str:
    return f"'{claim.text}'"
