"""CL404 shares-exceed-whole: shares of separate groups of one whole add up to at most 100%,
allowing half a point of rounding for each printed share."""

from __future__ import annotations

import pytest

from countylines_check import Status

from ._table import Expect, Rule, assert_row, flags, passes, unique

RULE = Rule("CL404", "shares-exceed-whole")
WRONG = Status.CONTRADICTORY

CASES = unique([
    pytest.param(
        "Of the suspects held in Stoke, 70% were men and 40% were women.",
        flags(WRONG, "70%", "40%", message=("110%",)),
        id="men-and-women",
    ),
    pytest.param(
        "Among those safeguarded in Luton, 55 per cent were children and 52 per cent were adults.",
        flags(WRONG, "55 per cent", "52 per cent"),
        id="children-and-adults",
    ),
    pytest.param(
        "Of the suspects held in Stoke, 70% were men and 30% were women.",
        passes("70%", "30%"),
        id="adds-up",
    ),
    pytest.param(
        "Of those held, 67% were men and 34% were women.",
        passes(),
        id="rounding-allows-101",
    ),
    pytest.param(
        "Arrests rose 60% in Leeds and 50% in Bradford, while 70% of those held were men.",
        passes(),
        id="changes-of-different-places",
    ),
])


@pytest.mark.parametrize(("text", "expect"), CASES)
def test_cl404(text: str, expect: Expect) -> None:
    assert_row(RULE, text, expect)
