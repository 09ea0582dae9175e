"""CL203 more-forces-than-the-area-has: a count of forces cannot exceed the forces its area has.

A region's forces are a fixed number (the South West five, Wales four, the North West six with
North Wales), and the UK has 48 with the national forces; a count of forces above that, for the
region or country the passage is about, is a slip. Counts within it, and counts of forces in an
area the rule cannot bound (a force's own passage, no area at all), must pass.
"""

from __future__ import annotations

import pytest

from countylines_check import Status

from ._table import Expect, Rule, assert_row, flags, passes, unique

RULE = Rule("CL203", "more-forces-than-the-area-has")
ODD = Status.SUSPECT

CASES = unique([
    # --- flags ---------------------------------------------------------------------------------
    pytest.param(
        "The South West's crime unit led the week. Its chief said the results showed what eleven "
        "police forces can achieve together.",
        flags(ODD, "eleven", message=("'eleven'", "South West")),
        id="region-count-in-words",
    ),
    pytest.param(
        "In Wales, the seven forces seized a combined £900,000 in cash during the week.",
        flags(ODD, "seven"),
        id="wales-counts-its-four-forces",
    ),
    pytest.param(
        "Nationally, replies to the survey came from 52 of 43 forces in England and Wales.",
        flags(ODD, "52"),
        id="more-replies-than-forces-nationally",
    ),
    pytest.param(
        "Inspectors visited 60 forces across England and Wales between April and September.",
        flags(ODD, "60"),
        id="more-forces-than-the-country-has",
    ),
    # --- passes --------------------------------------------------------------------------------
    pytest.param(
        "In Wales, all four forces took part, seizing a combined £900,000 in cash.",
        passes(),
        id="wales-four",
    ),
    pytest.param(
        "Officers from the six forces in the North West region made 300 arrests.",
        passes(),
        id="north-west-six-with-north-wales",
    ),
    pytest.param(
        "Nationally, all 43 forces in England and Wales took part in the week of action.",
        passes(),
        id="forty-three-nationally",
    ),
    pytest.param(
        "Kent Police said twelve officers from other forces had joined its teams in Margate.",
        passes(),
        id="officers-not-forces",
    ),
    pytest.param(
        "Lancashire Constabulary has worked with nine forces to trace the line's customers.",
        passes(),
        id="a-force-passage-is-not-bounded",
    ),
])


@pytest.mark.parametrize(("text", "expect"), CASES)
def test_cl203(text: str, expect: Expect) -> None:
    assert_row(RULE, text, expect)
