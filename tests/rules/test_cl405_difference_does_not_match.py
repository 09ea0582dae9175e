"""CL405 difference-does-not-match: a figure stated as the gap between two others must be that gap.

"up from A, an increase of N", "N more than the A", "from A to B, up by N", "down by N from A",
counts and money, figures before or after the difference, qualifiers on either side.
"""

from __future__ import annotations

import pytest

from countylines_check import Status

from ._table import Expect, Rule, assert_row, flags, passes, unique

RULE = Rule("CL405", "difference-does-not-match")
WRONG = Status.CONTRADICTORY

CASES = unique([
    # --- flags ---------------------------------------------------------------------------------
    pytest.param(
        "Kent Police made 345 arrests this year, up from 212 in 2021, an increase of 143.",
        flags(WRONG, "143", "212", "345", message=("difference of 133", "'143'")),
        id="an-increase-of-after-both",
    ),
    pytest.param(
        "Officers in Stoke made 345 arrests, 130 more than the 212 made last year.",
        flags(WRONG, "130", "212", "345", message=("difference of 133",)),
        id="n-more-than-the-base",
    ),
    pytest.param(
        "Knife seizures in Luton rose from 80 to 125, up by 35.",
        flags(WRONG, "35", "80", "125", message=("difference of 45",)),
        id="from-to-up-by",
    ),
    pytest.param(
        "Cash seized in Dudley fell to £40,000, down by £5,000 from £50,000.",
        flags(WRONG, "£5,000", "£50,000", "£40,000"),
        id="money-down-by",
    ),
    pytest.param(
        "Cleveland Police recorded 61 referrals, 25 fewer than the 96 recorded in 2022.",
        flags(WRONG, "25", "96", "61", message=("difference of 35",)),
        id="fewer-than",
    ),
    pytest.param(
        "Essex Police closed 150 lines over the ten days, up from 120 a year earlier, a rise of 40.",
        flags(WRONG, "40", "120", "150"),
        id="span-of-days-between-the-figures-of-a-change",
    ),
    pytest.param(
        "Officers carried out 530 warrants this year. That is up from 500 last year, a rise of 50.",
        flags(WRONG, "50", "500", "530"),
        id="change-told-in-a-sentence-pointing-back",
    ),
    # --- passes --------------------------------------------------------------------------------
    pytest.param(
        "Durham Police closed 22 lines, up from 19, and charged 64 people, three fewer than the 67 charged in 2023.",
        passes("three", "64", "67"),
        id="fewer-than-takes-its-base-after-than-not-an-earlier-from",
    ),
    pytest.param(
        "Kent Police made 345 arrests this year, up from 212 in 2021, an increase of 133.",
        passes("133", "212", "345"),
        id="an-increase-of-fits",
    ),
    pytest.param(
        "Officers in Stoke made 345 arrests, 133 more than the 212 made last year.",
        passes("133", "212", "345"),
        id="n-more-than-fits",
    ),
    pytest.param(
        "Arrests in Hull rose to more than 340, up from 212, an increase of more than 120.",
        passes(),
        id="qualified-figures-overlap",
    ),
    pytest.param(
        "Police made 20 more arrests than last year, and seized 30 knives.",
        passes(),
        id="no-base-stated",
    ),
    pytest.param(
        "Arrests in Hull rose from 200 to 260, a rise of 30%, and 12 more lines were closed.",
        passes(),
        id="percentage-rate-is-cl403s",
    ),
    pytest.param(
        "Kent Police seized 20 weapons in the summer, including six knives and one firearm, five more than "
        "the 16 seized in the spring.",
        flags(WRONG, "five", "16", "20"),
        id="difference-is-of-the-total-not-the-aside",
    ),
    pytest.param(
        "By the end of March the force had made 40 arrests. That number has since risen to 52 after a "
        "further 10 people were detained.",
        flags(WRONG, "40", "52", "10"),
        id="a-figure-risen-since-the-sentence-before-after-a-further-few",
    ),
    pytest.param(
        "By the end of March the force had made 40 arrests. That number has since risen to 52 after a "
        "further 12 people were detained.",
        passes("40", "52", "12"),
        id="risen-since-the-sentence-before-by-what-it-says",
    ),
    pytest.param(
        "Arrests went from 40 to 52 after another 12 people were held.",
        passes("12"),
        id="after-another-few-in-one-sentence",
    ),
])


@pytest.mark.parametrize(("text", "expect"), CASES)
def test_cl405(text: str, expect: Expect) -> None:
    assert_row(RULE, text, expect)
