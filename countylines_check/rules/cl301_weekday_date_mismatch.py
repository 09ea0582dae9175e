"""CL301: a weekday that does not fall on the date printed beside it."""

from __future__ import annotations

import datetime as dt
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


def _nearest_matching(date: dt.date, weekday: str) -> dt.date:
    want = WEEKDAYS.index(weekday)
    for delta in (0, -1, 1, -2, 2, -3, 3):
        candidate = date + dt.timedelta(days=delta)
        if candidate.weekday() == want:
            return candidate
    return date


@rule("CL301", "weekday-date-mismatch")
def weekday_date_mismatch(ctx: Context) -> Iterator[Finding]:
    """A weekday printed with a date must be the day that date fell on.

    Why: "Friday, 15 October 2023" was a Sunday: either the weekday or the date is wrong.
    Limits: needs the year, printed or taken from the publication date or the other end of a range.

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
            # "a hearing has been listed for Monday 14 July": a date still to come is in the next year
            if FUTURE.search(ctx.text, _own_sentence_start(ctx.text, claim.span.start), claim.span.start) and _fits_another_year(
                    claim, {claim.date.year + 1}):
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
