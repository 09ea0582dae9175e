"""CL302 range-not-a-week: an operation called a week should run for about a week.

Week words ("week of action", "week-long", "weeklong", "seven-day", "7-day", "intensification
week", "a week") beside a printed date range; ranges with and without years, across month and
year ends. Five to eight days pass.
"""

from __future__ import annotations

import pytest

from countylines_check import Status

from ._table import Expect, Rule, assert_row, flags, passes, unique

RULE = Rule("CL302", "range-not-a-week")
SUSPECT = Status.SUSPECT

CASES = unique([
    # --- flags ---------------------------------------------------------------------------------
    pytest.param(
        "The week of action in Norfolk ran from 13 to 29 November.",
        flags(SUSPECT, "13", "29 November", message=("spans 17 days", "described as a week")),
        id="week-of-action-seventeen-days",
    ),
    pytest.param(
        "A week-long crackdown took place in Cumbria between 6 and 21 March 2024.",
        flags(SUSPECT, "6", "21 March 2024", message=("16 days",)),
        id="week-long-with-year",
    ),
    pytest.param(
        "The intensification week ran from Monday 25 September to Sunday 15 October, with 40 arrests.",
        flags(SUSPECT, "Monday 25 September", "Sunday 15 October", message=("21 days",)),
        id="intensification-week-across-months",
    ),
    pytest.param(
        "During the seven-day operation, between June 3-19, officers made 40 arrests.",
        flags(SUSPECT, "June 3", "19", message=("17 days",)),
        id="seven-day-month-first-range",
    ),
    pytest.param(
        "The week of action ran from 9 to 10 May, Devon and Cornwall Police said.",
        flags(SUSPECT, "9", "10 May", message=("2 days",)),
        id="too-short-for-a-week",
    ),
    pytest.param(
        "The operation, which ran for a week, lasted from 3 to 19 April.",
        flags(SUSPECT, "3", "19 April"),
        id="ran-for-a-week",
    ),
    pytest.param(
        "The weeklong operation ran from 28 February to 14 March in Luton.",
        flags(SUSPECT, "28 February", "14 March", message=("15 days",)),
        id="weeklong-across-february",
    ),
    pytest.param(
        "A 7-day operation in Northampton ran from 2 to 22 August 2023.",
        flags(SUSPECT, "2", "22 August 2023", message=("21 days",)),
        id="7-day-in-digits",
    ),
    # --- passes --------------------------------------------------------------------------------
    pytest.param(
        "The week of action in Norfolk ran from 13 to 19 November.",
        passes("13", "19 November"),
        id="exactly-seven-days",
    ),
    pytest.param(
        "The county lines week of action ran from 28 December to 3 January, police said.",
        passes("28 December", "3 January"),
        id="across-the-year-end",
    ),
    pytest.param(
        "The week-long operation ran Monday 4 to Friday 8 March in Reading.",
        passes("Monday 4", "Friday 8 March"),
        id="working-week-of-five-days",
    ),
    pytest.param(
        "The week of intensification ran from 13 to 20 May.",
        passes("13", "20 May"),
        id="eight-days-inclusive",
    ),
    pytest.param(
        "Officers worked between 1 and 31 May as part of a month-long operation.",
        passes(),
        id="month-long-operation",
    ),
    pytest.param(
        "A fortnight of action ran from 1 to 14 June.",
        passes(),
        id="fortnight-is-not-a-week",
    ),
    pytest.param(
        "Summit hears of county lines progress\n\nThe two-day summit was held on Tuesday 4 and Wednesday 5 March 2025. Speakers looked back at the "
        "national intensification week, which ran from Monday 3 to Sunday 9 February 2025.",
        passes("Monday 3", "Sunday 9 February 2025"),
        id="week-words-beside-a-sentence-with-its-own-range",
    ),
    pytest.param(
        "Operation Orochi ran for a week in October. Separately, a campaign against knife crime ran from 1 "
        "to 30 September.",
        passes(),
        id="week-words-about-another-operation",
        marks=pytest.mark.xfail(strict=True, reason="a week word anywhere in the article makes every date "
                                "range in it a week, including an unrelated month-long campaign"),
    ),

    pytest.param(
        "The week-long crackdown ran from 2 March to 14 March.",
        flags(SUSPECT, "week-long", "2 March", "14 March"),
        id="the-finding-points-at-the-week-words-too",
    ),
])


@pytest.mark.parametrize(("text", "expect"), CASES)
def test_cl302(text: str, expect: Expect) -> None:
    assert_row(RULE, text, expect)
