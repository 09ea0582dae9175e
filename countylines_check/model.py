"""Value objects shared by every stage of the pipeline.

Everything here is a frozen, slotted dataclass or a ``StrEnum``: the parser builds these objects,
nothing mutates them, and the string values of the enums are exactly the words of the public
report format (``REPORT_FORMAT.md``). This module imports nothing from the package, so every
other module can depend on it.

All figures are ``Decimal`` so that "£1.3m" is exactly 1,300,000 and sums never drift.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from enum import StrEnum
from typing import overload


class Status(StrEnum):
    """What the checks concluded about a claim or what a finding says."""

    CONSISTENT = "consistent"
    CONTRADICTORY = "contradictory"
    SUSPECT = "suspect"
    UNCHECKED = "unchecked"


class Qualifier(StrEnum):
    """How the text hedges a figure; each reads as an interval (see ``vocab.qualifiers``)."""

    EXACT = "exact"
    MORE_THAN = "more_than"
    OVER = "over"
    AT_LEAST = "at_least"
    NEARLY = "nearly"
    ALMOST = "almost"
    ABOUT = "about"
    AROUND = "around"
    APPROXIMATELY = "approximately"
    SOME = "some"
    UP_TO = "up_to"
    LESS_THAN = "less_than"
    PLUS = "plus"
    VAGUE = "vague"


class Unit(StrEnum):
    COUNT = "count"
    GBP = "GBP"
    KG = "kg"
    G = "g"
    PERCENT = "percent"
    YEARS = "years"
    MONTHS = "months"
    WEEKS = "weeks"
    DAYS = "days"
    DATE = "date"
    OTHER = "other"


class Metric(StrEnum):
    ARRESTS = "arrests"
    CHARGED = "charged"
    SAFEGUARDED = "safeguarded"
    CHILDREN_SAFEGUARDED = "children_safeguarded"
    NRM_REFERRALS = "nrm_referrals"
    CASH_SEIZED = "cash_seized"
    DRUGS_VALUE = "drugs_value"
    DRUGS_WEIGHT = "drugs_weight"
    WEAPONS = "weapons"
    FIREARMS = "firearms"
    KNIVES = "knives"
    LINES_CLOSED = "lines_closed"
    DEAL_LINES_SEIZED = "deal_lines_seized"
    CUCKOOING_VISITS = "cuckooing_visits"
    WARRANTS = "warrants"
    VEHICLES = "vehicles"
    PHONES = "phones"
    PEOPLE_ENGAGED = "people_engaged"
    OFFICERS = "officers"
    RAIDS = "raids"
    SENTENCES_YEARS = "sentences_years"
    FUNDING = "funding"
    OTHER = "other"


class ScopeLevel(StrEnum):
    """Geographic reach of a figure, widest first."""

    NATIONAL = "national"
    REGION = "region"
    FORCE = "force"
    PLACE = "place"
    UNKNOWN = "unknown"


class RelationKind(StrEnum):
    """How the text itself ties figures together."""

    PARTITION = "partition"  # the parts are the whole, split up: they must add up to it
    SUBSET = "subset"  # the parts are among the whole ("including", "of whom"): sum <= whole
    LIST = "list"  # itemised figures under a stated total: their sum cannot exceed it
    SHARE = "share"  # a count and the percentage it is of the whole ("14,421 (98%)")
    SAME = "same"  # the text refers back to a figure it gave ("Of those three, ...")
    CHANGE = "change"  # a change and its stated rate ("more than doubled, rising from 676 to 1,421")


@dataclass(frozen=True, slots=True)
class Span:
    """Half-open character range ``[start, end)`` into the text given to ``check()``."""

    start: int
    end: int

    def __post_init__(self) -> None:
        if not 0 <= self.start <= self.end:
            raise ValueError(f"bad span [{self.start}, {self.end})")

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def of(self, text: str) -> str:
        return text[self.start : self.end]


def _fmt(value: Decimal | None) -> str:
    if value is None:
        return "?"
    if value == value.to_integral_value():
        return f"{int(value):,}"
    return f"{value.normalize():,f}"


@dataclass(frozen=True, slots=True)
class Quantity:
    """A figure read as an interval: ``low <= true value <= high``, ``None`` meaning unbounded.

    ``point`` is the number as printed (or the most likely reading); qualifiers and rounding widen
    ``low``/``high`` around it, so checks compare intervals instead of guessing a single value.
    """

    low: Decimal | None
    high: Decimal | None
    point: Decimal | None

    def __post_init__(self) -> None:
        if self.low is not None and self.high is not None and self.low > self.high:
            raise ValueError(f"empty interval {self.low} > {self.high}")

    @classmethod
    def exact(cls, value: Decimal) -> Quantity:
        return cls(value, value, value)

    def __add__(self, other: Quantity) -> Quantity:
        low = None if self.low is None or other.low is None else self.low + other.low
        high = None if self.high is None or other.high is None else self.high + other.high
        point = None if self.point is None or other.point is None else self.point + other.point
        return Quantity(low, high, point)

    def floor(self) -> Decimal:
        """The smallest value the interval allows (0 when unbounded below)."""
        return self.low if self.low is not None else Decimal(0)

    def exceeds(self, other: Quantity) -> bool:
        """True when every value this interval allows is larger than every value ``other`` allows."""
        return self.low is not None and other.high is not None and self.low > other.high

    def contains(self, value: Decimal) -> bool:
        """Whether a computed value is one this interval allows."""
        return (self.low is None or value >= self.low) and (self.high is None or value <= self.high)

    def disjoint(self, other: Quantity) -> bool:
        return self.exceeds(other) or other.exceeds(self)

    def __str__(self) -> str:
        if self.low == self.high == self.point:
            return _fmt(self.point)
        return f"{_fmt(self.low)}–{_fmt(self.high)} ({_fmt(self.point)})"


@dataclass(frozen=True, slots=True)
class Scope:
    level: ScopeLevel
    name: str | None = None

    @property
    def area(self) -> tuple[ScopeLevel, str | None]:
        """What two figures must share to be about the same area: 'UK' and 'England and Wales'
        figures are both national (releases use the two interchangeably)."""
        return (self.level, None if self.level is ScopeLevel.NATIONAL else self.name)

    def __str__(self) -> str:
        return self.level.value if self.name is None else f"{self.level.value}:{self.name}"


UNKNOWN_SCOPE = Scope(ScopeLevel.UNKNOWN)


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """One figure the article states, typed.

    ``readings`` holds alternative values for a malformed figure ("1,5000" -> 1,500 or 15,000); the
    first reading is also ``value``. ``item`` is the thing counted as the text names it ("vulnerable
    people", "crack cocaine"), which lets checks tell a total from one of its components.
    """

    id: str
    text: str
    span: Span
    number_span: Span
    value: Quantity
    qualifier: Qualifier
    unit: Unit
    metric: Metric
    scope: Scope
    sentence: int
    readings: tuple[Quantity, ...] = ()
    malformed: str | None = None  # why the figure is malformed, in plain words
    item: str = ""
    subgroup: str | None = None  # "men", "women", "children"... when the figure counts a subgroup
    year: int | None = None  # a year the clause ties the figure to ("676 in 2017")
    period: str | None = None  # another period the clause names ("since January", "this year")
    scope_stated: bool = False  # the scope is named in the figure's own sentence, not carried over
    speaker: str | None = None
    date: dt.date | None = None  # for unit == DATE
    weekday: str | None = None  # for unit == DATE, as printed ("Monday")
    weekday_span: Span | None = None
    year_printed: bool = False  # for dates: the year stands in the text, not inferred
    in_change: bool = False  # one end of a change ("rising from 676 to 1,421"), not a total
    in_row: bool = False  # stands in a table row ("Arrests | 46 | 58"), beside the row's other columns
    kind: str = "digits"  # digits | words | vague | fraction | ratio | duration | date
    list_id: int | None = None  # the itemised list the figure stands in, if any
    range_id: int | None = None  # for dates printed as one range ("October 11 to 17")
    day: int | None = None
    month: int | None = None

    @property
    def printed(self) -> str:
        """The figure exactly as printed."""
        return self.text[self.number_span.start - self.span.start : self.number_span.end - self.span.start]


@dataclass(frozen=True, slots=True, kw_only=True)
class Relation:
    """A tie the text states between figures: parts of a whole, a subset, an itemised list."""

    kind: RelationKind
    whole: str | None
    parts: tuple[str, ...]
    cue: str  # the words that state it ("of these", "including", a list)


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    """What one rule concluded about one or more claims."""

    rule: str
    name: str
    status: Status
    claims: tuple[str, ...]
    spans: tuple[Span, ...]
    message: str
    suggestions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Skipped:
    """A run of digits or a number word that is not a claim, and why (phone number, year...)."""

    span: Span
    text: str
    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class RuleError:
    """A rule that crashed on this article: kept apart from findings, never dropped."""

    rule: str
    message: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Parsed(Sequence[Claim]):
    """The output of ``parse``: a sequence of claims, plus the relations the text states between
    them and the numbers that were skipped, which ``reconcile`` needs and a plain list would lose.
    """

    text: str
    published: dt.date | None
    claims: tuple[Claim, ...]
    relations: tuple[Relation, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    sentences: tuple[Span, ...] = field(default=())

    @overload
    def __getitem__(self, index: int) -> Claim: ...
    @overload
    def __getitem__(self, index: slice) -> tuple[Claim, ...]: ...
    def __getitem__(self, index: int | slice) -> Claim | tuple[Claim, ...]:
        return self.claims[index]

    def __len__(self) -> int:
        return len(self.claims)
