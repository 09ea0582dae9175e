"""CL403 change-does-not-match: a stated rate of change must be what its two figures give.

"more than doubled, rising from A to B", "from A to B, a rise of N%", "fell by N%, from A to B",
"tripled", "halved"; counts, money and weights; qualifiers on the rate ("around 20%", "almost
doubled").
"""

from __future__ import annotations

import pytest

from countylines_check import Status

from ._table import Expect, Rule, assert_row, flags, passes, unique

RULE = Rule("CL403", "change-does-not-match")
WRONG = Status.CONTRADICTORY

CASES = unique([
    # --- flags ---------------------------------------------------------------------------------
    pytest.param(
        "Referrals in Hampshire more than doubled, rising from 410 in 2021 to 760 in 2022.",
        flags(WRONG, "doubled", "410", "760", message=("410 to 760 is 1.85 times", "more than doubled")),
        id="more-than-doubled-falls-short",
    ),
    pytest.param(
        "Knife seizures in the Met rose from 1,840 to 2,392, a rise of 40%.",
        flags(WRONG, "40%", "1,840", "2,392", message=("is 30.0%", "'40%'")),
        id="a-rise-of-after-the-figures",
    ),
    pytest.param(
        "Arrests in Lincoln fell from 500 to 350, a drop of 45%.",
        flags(WRONG, "45%", "500", "350", message=("is 30.0%",)),
        id="a-drop-of",
    ),
    pytest.param(
        "Cuckooing visits in Hull tripled, from 120 last year to 250 this year.",
        flags(WRONG, "tripled", "120", "250", message=("2.08 times",)),
        id="tripled-falls-short",
    ),
    pytest.param(
        "Cash seizures halved, falling from £80,000 to £60,000.",
        flags(WRONG, "halved", "£80,000", "£60,000", message=("0.75 times",)),
        id="halved-money",
    ),
    pytest.param(
        "The number of deal lines closed rose by 25 per cent, from 80 to 120.",
        flags(WRONG, "25 per cent", "80", "120", message=("50.0%",)),
        id="rose-by-per-cent-before-the-figures",
    ),
    pytest.param(
        "Phones seized in Crawley went from 300 to 390, an increase of 13%.",
        flags(WRONG, "13%", "300", "390"),
        id="an-increase-of",
    ),
    pytest.param(
        "Arrests in Dudley fell by 20%, from 250 to 150.",
        flags(WRONG, "20%", "250", "150", message=("40.0%",)),
        id="fell-by",
    ),
    pytest.param(
        "The number of children referred rose by a quarter, from 90 to 150.",
        flags(WRONG, "a quarter", "90", "150"),
        id="rose-by-a-fraction",
    ),
    pytest.param(
        "Warrants went from 60 to 90, a rise of a third.",
        flags(WRONG, "a third", "60", "90", message=("50.0%",)),
        id="a-rise-of-a-fraction",
    ),
    pytest.param(
        "Suffolk Police shut down 60 lines, up from 40, an increase of 20 per cent.",
        flags(WRONG, "20 per cent", "40", "60", message=("50.0%",)),
        id="now-then-up-from-base-then-the-rate",
    ),
    pytest.param(
        "Norfolk Police closed 90 lines, up from 75 (a 12 per cent rise).",
        flags(WRONG, "12 per cent", "75", "90", message=("20.0%",)),
        id="now-up-from-base-rate-word-after",
    ),
    pytest.param(
        "Closures climbed from 150 to 170 and then 180, a rise of a half across the three years.",
        flags(WRONG, "a half", "150", "180", message=("150 to 180 is 20.0%",)),
        id="a-run-of-three-figures-measured-first-to-last",
    ),
    # --- known failures ---------------------------------------------------------------------------
    pytest.param(
        "Cannabis seizures in Leicestershire fell from 600 to 420, a fall of 40%.",
        flags(WRONG, "40%", "600", "420", message=("39.5% to 40.5%",)),
        id="allowed-range-printed-as-percentages",
    ),
    pytest.param(
        "- 1,800 people safeguarded (2,400), down 10 per cent",
        flags(WRONG, "10 per cent", "1,800", "2,400"),
        id="last-years-figure-in-brackets-then-the-rate",
    ),
    # --- passes --------------------------------------------------------------------------------
    pytest.param(
        "Warrants in the borough rose by 40 per cent, and charges rose from 30 to 33, a rise of three.",
        passes(),
        id="rate-of-an-earlier-clause-is-not-the-later-change",
    ),
    pytest.param(
        "Suffolk Police shut down 60 lines in 2024/25, up from 48 the year before, a rise of 25 per cent.",
        passes("25 per cent", "48", "60"),
        id="now-up-from-base-rate-fits",
    ),
    pytest.param(
        "Lines closed in Slough were up by a fifth, from 70 to 85.",
        passes("a fifth", "70", "85"),
        id="up-by-a-fraction-fits",
    ),
    pytest.param(
        "Referrals in Hampshire more than doubled, rising from 410 in 2021 to 980 in 2022.",
        passes("doubled", "410", "980"),
        id="more-than-doubled-fits",
    ),
    pytest.param(
        "Knife seizures in the Met rose from 1,840 to 2,392, a rise of 30%.",
        passes("30%", "1,840", "2,392"),
        id="a-rise-of-fits",
    ),
    pytest.param(
        "Arrests in Lincoln fell from 500 to 350, a drop of 30%.",
        passes("30%", "500", "350"),
        id="a-drop-of-fits",
    ),
    pytest.param(
        "Warrants executed almost doubled, from 45 in 2022 to 86 in 2023.",
        passes("doubled", "45", "86"),
        id="almost-doubled",
    ),
    pytest.param(
        "Arrests increased by around 20%, from 1,000 to 1,190.",
        passes("20%", "1,000", "1,190"),
        id="around-a-percentage",
    ),
    pytest.param(
        "Drug seizures in Cornwall jumped 35 per cent from 1,200kg to 1,620kg.",
        passes("35 per cent", "1,200kg", "1,620kg"),
        id="weights",
    ),
    pytest.param(
        "Visits to homes in Luton more than doubled, from 400 in 2023 to 610 last spring and 905 this spring.",
        passes("doubled", "400", "905"),
        id="a-run-over-time-doubled-from-its-first-figure-to-its-last",
    ),
    pytest.param(
        "Closures climbed from 150 to 170 and then 200, a rise of a third across the three years.",
        passes("a third", "150", "200"),
        id="a-run-then-its-rate",
    ),
    pytest.param(
        "Cuckooing visits in Hull tripled, from 120 last year to 365 this year.",
        passes(),
        id="tripled-near-enough",
    ),
    pytest.param(
        "Cash seizures halved, falling from £80,000 to £41,000.",
        passes(),
        id="halved-near-enough",
    ),
])


@pytest.mark.parametrize(("text", "expect"), CASES)
def test_cl403(text: str, expect: Expect) -> None:
    assert_row(RULE, text, expect)
