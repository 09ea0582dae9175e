"""CL301 weekday-date-mismatch: a weekday printed with a date must be the day that date fell on.

Dates in the shapes releases print them ("Wednesday, 14 March 2023", "Saturday the 20th of
October", "Thursday, Oct 20, 2023", "Monday 2 and Friday 6 October"); a yearless date takes its
year from ``published=``. The two suggestions keep the date or keep the weekday.
"""

from __future__ import annotations

import datetime as dt

import pytest

from countylines_check import Status

from ._table import Expect, Rule, assert_row, flags, passes, unique

RULE = Rule("CL301", "weekday-date-mismatch")
WRONG = Status.CONTRADICTORY
NOV_2023 = dt.date(2023, 11, 24)
JAN_2024 = dt.date(2024, 1, 5)

CASES = unique([
    # --- flags ---------------------------------------------------------------------------------
    pytest.param(
        "Officers raided a flat in Swindon on Wednesday, 14 March 2023.",
        flags(WRONG, "Wednesday, 14 March 2023", message=("was a Tuesday, not a Wednesday",),
              suggestions=("Tuesday 14 March", "Wednesday 15 March")),
        id="weekday-comma-day-month-year",
    ),
    pytest.param(
        "The warrant was executed on Saturday the 20th of October 2023.",
        flags(WRONG, "Saturday the 20th of October 2023", message=("was a Friday",)),
        id="the-20th-of-october",
    ),
    pytest.param(
        "Sentencing took place on Thursday, Oct 20, 2023 at Bristol Crown Court.",
        flags(WRONG, "Thursday, Oct 20, 2023", suggestions=("Friday 20 October", "Thursday 19 October")),
        id="month-first-abbreviated-month",
    ),
    pytest.param(
        "Officers executed warrants between Monday 2 and Friday 7 October 2023.",
        flags(WRONG, "Friday 7 October 2023", message=("was a Saturday",)),
        id="range-end-on-the-wrong-day",
    ),
    pytest.param(
        "The crackdown ran from Monday 13 to Friday 19 November.",
        flags(WRONG, "Friday 19 November", message=("19 November 2023 was a Sunday",), published=NOV_2023),
        id="yearless-range-year-from-publication",
    ),
    pytest.param(
        "Funding is expected to rise next year. The operation began on Tuesday 12 November.",
        flags(WRONG, "Tuesday 12 November", message=("12 November 2023 was a Sunday",), published=NOV_2023),
        id="next-year-in-the-sentence-before-is-not-this-dates",
    ),
    pytest.param(
        "Officers made the arrests on Friday 28 December in Exeter.",
        flags(WRONG, "Friday 28 December", message=("28 December 2023",),
              suggestions=("Thursday 28 December", "Friday 29 December"), published=JAN_2024),
        id="december-date-in-a-january-article",
    ),
    pytest.param(
        "Raids took place on Friday November 16th in Grimsby.",
        flags(WRONG, "Friday November 16th", published=NOV_2023),
        id="month-first-ordinal-day",
    ),
    pytest.param(
        "He was arrested on Friday 29 February 2024 at Gatwick.",
        flags(WRONG, "Friday 29 February 2024", message=("was a Thursday",)),
        id="leap-day",
    ),
    pytest.param(
        "The week of action began on Monday 13th November and ended on Saturday 19th November.",
        flags(Status.SUSPECT, "Monday 13th November", "Saturday 19th November", message=("do not fit one year",)),
        id="no-year-anywhere-but-the-two-weekdays-disagree",
    ),
    pytest.param(
        "Warrants were executed on Monday 6 October and Thursday 9 October; the last arrest came on Saturday 12 October.",
        flags(Status.SUSPECT, "Saturday 12 October", message=("is a Sunday, not a Saturday",),
              suggestions=("Sunday 12 October",)),
        id="no-year-anywhere-the-odd-one-out-of-three",
    ),
    pytest.param(
        "A public meeting about the operation will be held on Wednesday 25 March in Whitby.",
        flags(WRONG, "Wednesday 25 March", message=("25 March 2025 was a Tuesday",), published=dt.date(2025, 3, 21)),
        id="a-date-to-come-days-after-publication-is-this-years",
    ),
    # --- known failures ---------------------------------------------------------------------------
    pytest.param(
        "Officers struck at dawn on FRIDAY 21 OCTOBER 2023.",
        flags(WRONG, "FRIDAY 21 OCTOBER 2023"),
        id="date-in-capitals",
    ),
    pytest.param(
        "The warrant was executed on Saturday 20/10/2023.",
        flags(WRONG, "Saturday 20/10/2023"),
        id="weekday-before-numeric-date",
        marks=pytest.mark.xfail(strict=True, reason="a weekday is not tied to a numeric date printed "
                                "right after it"),
    ),
    pytest.param(
        "Warrants were executed on Fri 21 October 2023.",
        flags(WRONG, "Fri 21 October 2023"),
        id="abbreviated-weekday",
    ),
    pytest.param(
        "Officers made the arrests on Friday 28 December.",
        flags(WRONG, "Friday 28 December", published=JAN_2024),
        id="date-at-end-of-sentence",
    ),
    pytest.param(
        "The operation ran from the start of half-term until Friday 1 November, when the last raid took place.",
        flags(WRONG, "Friday 1 November", published=NOV_2023),
        id="until-after-ran-ends-a-past-stretch",
    ),
    # --- passes --------------------------------------------------------------------------------
    pytest.param(
        "Officers raided a flat in Swindon on Tuesday, 14 March 2023.",
        passes("Tuesday, 14 March 2023"),
        id="right-weekday",
    ),
    pytest.param(
        "Officers executed warrants between Monday 2 and Friday 6 October 2023.",
        passes("Friday 6 October 2023"),
        id="range-with-right-weekdays",
    ),
    pytest.param(
        "The crackdown ran from Monday 13 to Sunday 19 November.",
        passes("Sunday 19 November", published=NOV_2023),
        id="yearless-range-right-with-publication-date",
    ),
    pytest.param(
        "The warrant was executed on Friday the 20th of October 2023.",
        passes("Friday the 20th of October 2023"),
        id="the-20th-of-october-right",
    ),
    pytest.param(
        "Officers returned on Tuesday to make further arrests.",
        passes(),
        id="weekday-without-a-date",
    ),
    pytest.param(
        "The week of action began on Monday 13th November and ended on Sunday 19th November.",
        passes(),
        id="no-year-but-the-weekdays-agree",
    ),
    pytest.param(
        "Last year's week began on Monday 9 March. This year's began on Monday 7 October.",
        passes(),
        id="yearless-dates-months-apart-may-be-different-years",
    ),
    pytest.param(
        "A hearing is listed for Tuesday 14 July at Leeds Crown Court.",
        passes(published=dt.date(2025, 8, 20)),
        id="a-date-to-come-already-past-this-year-is-next-years",
    ),
])


@pytest.mark.parametrize(("text", "expect"), CASES)
def test_cl301(text: str, expect: Expect) -> None:
    assert_row(RULE, text, expect)
