"""CL301: a weekday that does not fall on the date printed beside it."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Iterator

from ..model import Claim, Finding, Status
from ..vocab.calendar import WEEKDAYS
from ._base import rule
from ._context import Context
from ..lazyre import lazy_compile


FUTURE = lazy_compile(
    r"(?i)\b(?:will|listed\s+for|due\s+(?:on|to|for)|next|scheduled|set\s+(?:for|to)|expected|adjourned|"
    r"(?<!\b(?:ran|run|lasted|continued|went\s+on)\b[^.;]{0,80})until|upcoming|returns?\s+to\s+court)\b"
)  # "the operation ran ... until the bank holiday on Monday 25 August": a past stretch's end, not a date to come


def _fits_another_year(claim: Claim, years: set[int]) -> bool:
    for year in years:
        try:
            if WEEKDAYS[dt.date(year, claim.date.month, claim.date.day).weekday()] == claim.weekday:  # type: ignore[union-attr]
                return True
        except ValueError:
            continue
    return False


SENTENCE_END = lazy_compile(r"[.!?]\s|\n")


def _own_sentence_start(text: str, start: int, reach: int = 60) -> int:
    """Where the words before a date that can say it is still to come begin: at most ``reach``
    characters back, and not before its sentence ("... in next year's spending round. The figures,
    covering Tuesday 7 October": the next year is the other sentence's)."""
    lo = max(0, start - reach)
    ends = [m.end() for m in SENTENCE_END.finditer(text, lo, start)]
    return ends[-1] if ends else lo


def _after_publication(ctx: Context, date: dt.date) -> bool:
    published = ctx.parsed.published
    return published is not None and date > published


def _nearest_matching(date: dt.date, weekday: str) -> dt.date:
    want = WEEKDAYS.index(weekday)
    for delta in (0, -1, 1, -2, 2, -3, 3):
        candidate = date + dt.timedelta(days=delta)
        if candidate.weekday() == want:
            return candidate
    return date


def _day_anchor(claim: Claim) -> int | None:
    """Which weekday 1 January would have to be for this yearless weekday and date to agree, in a
    year without 29 February: two dates of one year agree with each other when their anchors do,
    whatever the year (a leap day moves every date after it, so dates either side of it are not
    compared; see ``_same_stretch``)."""
    if claim.weekday is None or claim.day is None or claim.month is None:
        return None
    try:
        day_of_year = dt.date(2001, claim.month, claim.day).timetuple().tm_yday - 1
    except ValueError:
        return None  # 29 February: only a leap year has it
    return (WEEKDAYS.index(claim.weekday) - day_of_year) % 7


# Yearless dates compared with each other: the months of one story are close together; dates
# further apart may belong to different years ("last year's week ran from Monday 9 October").
SAME_STRETCH_MONTHS = 2


def _same_stretch(a: Claim, b: Claim) -> bool:
    assert a.month is not None and b.month is not None
    if a.range_id is not None and a.range_id == b.range_id:
        return (a.month <= 2) == (b.month <= 2)
    return abs(a.month - b.month) <= SAME_STRETCH_MONTHS and (a.month <= 2) == (b.month <= 2)


def _yearless_disagreements(ctx: Context) -> Iterator[Finding]:
    """Weekdays printed with dates of no known year still have to agree with each other: "between
    Tuesday 7 October and Sunday 13 October" is wrong in every year, since six days after a Tuesday
    is a Monday. A date at odds with two or more that agree is the one flagged; two that disagree
    are flagged together, since either may be the slip."""
    undated = [c for c in ctx.dates if c.date is None and _day_anchor(c) is not None]
    for claim in undated:
        others = [o for o in undated if o is not claim and _same_stretch(claim, o)]
        if not others:
            continue
        votes = Counter(_day_anchor(o) for o in others)
        anchor, count = votes.most_common(1)[0]
        if anchor == _day_anchor(claim):
            continue
        agreeing = [o for o in others if _day_anchor(o) == anchor]
        witness = min(agreeing, key=lambda o: abs(o.span.start - claim.span.start))
        alone = count >= 2 and votes[_day_anchor(claim)] == 0 and count > len(others) - count
        if not alone and witness.span.start < claim.span.start:
            continue  # a pair that disagrees is reported once, from its first date
        assert witness.day is not None and witness.month is not None and claim.day is not None and claim.month is not None
        gap = (dt.date(2001, witness.month, witness.day) - dt.date(2001, claim.month, claim.day)).days
        fits = WEEKDAYS[(WEEKDAYS.index(str(witness.weekday)) - gap) % 7]
        members = [claim] if alone else sorted([claim, witness], key=lambda c: c.span.start)
        days = f"{abs(gap)} day{'s' if abs(gap) != 1 else ''}"
        yield ctx.finding(
            weekday_date_mismatch, Status.SUSPECT, members,
            f"'{claim.text}' and '{witness.text}' do not fit one year: {days} "
            f"{'before' if gap > 0 else 'after'} a {witness.weekday} is a {fits}, not a {claim.weekday}",
            (f"{fits} {claim.day} {dt.date(2001, claim.month, 1):%B}",),
            spans=tuple(c.span for c in members),
        )


@rule("CL301", "weekday-date-mismatch")
def weekday_date_mismatch(ctx: Context) -> Iterator[Finding]:
    """A weekday printed with a date must be the day that date fell on.

    Why: "Friday, 15 October 2023" was a Sunday: either the weekday or the date is wrong.
    Limits: needs the year, printed or taken from the publication date or the other end of a range;
    without one, weekdays printed with nearby dates are only checked against each other.

    Flags:
        The operation ran from Monday, 9 October to Friday, 15 October 2023.
    Passes:
        The operation ran from Monday, 9 October to Sunday, 15 October 2023.
    """
    printed = [c.date for c in ctx.dates if c.date is not None and c.year_printed]
    for claim in ctx.dates:
        if claim.date is None or claim.weekday is None:
            continue
        actual = WEEKDAYS[claim.date.weekday()]
        if actual != claim.weekday and not claim.year_printed:
            # the year was inferred from publication; a full date the article prints for the same month
            # ("Thursday 14 March 2023" beside "Monday 13 March") says which year is meant
            same_month = {d.year for d in printed if abs(d.month - claim.date.month) <= 1}
            if _fits_another_year(claim, same_month - {claim.date.year}):
                continue
            # "a hearing has been listed for Monday 14 July": a date still to come is in the next year,
            # unless the year taken from publication already puts it after publication (a hearing
            # "due on Tuesday 25 November" in a report of 23 November is two days off, not a year)
            if (not _after_publication(ctx, claim.date)
                    and FUTURE.search(ctx.text, _own_sentence_start(ctx.text, claim.span.start), claim.span.start)
                    and _fits_another_year(claim, {claim.date.year + 1})):
                continue
        if actual == claim.weekday:
            yield ctx.finding(weekday_date_mismatch, Status.CONSISTENT, [claim],
                              f"{claim.date:%-d %B %Y} was a {actual}")
            continue
        other = _nearest_matching(claim.date, claim.weekday)
        yield ctx.finding(
            weekday_date_mismatch, Status.CONTRADICTORY, [claim],
            f"'{claim.text}': {claim.date:%-d %B %Y} was a {actual}, not a {claim.weekday}",
            (f"{actual} {claim.date:%-d %B}", f"{claim.weekday} {other:%-d %B}"),
            spans=(claim.span,),
        )
    yield from _yearless_disagreements(ctx)
