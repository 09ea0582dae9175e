"""CL003 fractional-count: a count of people or things printed with a decimal point.

Flags rows are continental thousands points ("2.340 people"); the whole-number reading is the one
suggestion. Passes rows are decimals that are meant: weights, money shorthand, rates, averages.
"""

from __future__ import annotations

import pytest

from countylines_check import Status

from ._table import Expect, Rule, assert_row, flags, passes, unique

RULE = Rule("CL003", "fractional-count")
SUSPECT = Status.SUSPECT

CASES = unique([
    # --- flags ---------------------------------------------------------------------------------
    pytest.param(
        "Police in Avon and Somerset said 2.340 people were arrested over the year.",
        flags(SUSPECT, "2.340", message=("decimal point", "2,340"), suggestions=("2,340",)),
        id="people-arrested",
    ),
    pytest.param(
        "Surrender bins in Sheffield collected 1.250 knives in a month.",
        flags(SUSPECT, "1.250", suggestions=("1,250",)),
        id="knives",
    ),
    pytest.param(
        "Some 4.812 children were referred to the NRM nationally last year.",
        flags(SUSPECT, "4.812", suggestions=("4,812",)),
        id="some-qualifier-children",
    ),
    pytest.param(
        "Over 1.200 officers from Northumbria Police took part in the dawn raids.",
        flags(SUSPECT, "1.200", suggestions=("1,200",)),
        id="over-qualifier-officers",
    ),
    pytest.param(
        "Detectives arrested 1.400 suspects in Lancashire during the crackdown.",
        flags(SUSPECT, "1.400", suggestions=("1,400",)),
        id="suspects",
    ),
    pytest.param(
        "Officers visited 1.200 addresses to check on vulnerable residents in Sunderland.",
        flags(SUSPECT, "1.200"),
        id="addresses-visited",
    ),
    pytest.param(
        "Results for the week:\n- 2.115 arrests\n- 96 firearms recovered",
        flags(SUSPECT, "2.115", suggestions=("2,115",)),
        id="bullet-list-item",
    ),
    # --- known failures ---------------------------------------------------------------------------
    pytest.param(
        "Officers seized 3.400 cannabis plants from a disused bank in Oldham.",
        flags(SUSPECT, "3.400"),
        id="cannabis-plants",
    ),
    pytest.param(
        "Officers shut down 1.750 deal lines in the year to March.",
        flags(SUSPECT, "1.750"),
        id="deal-lines",
    ),
    # --- passes --------------------------------------------------------------------------------
    pytest.param(
        "Officers seized 3.125kg of heroin from a flat in Salford.",
        passes(),
        id="decimal-kilograms",
    ),
    pytest.param(
        "The cannabis factory in Hull held plants worth £1.3m, police said.",
        passes(),
        id="money-shorthand",
    ),
    pytest.param(
        "A total of 6.5 tonnes of cannabis was recovered across Kent.",
        passes(),
        id="tonnes",
    ),
    pytest.param(
        "On average 2.5 arrests were made each day in Norfolk.",
        passes(),
        id="average-per-day",
    ),
    pytest.param(
        "NRM referrals in Dorset rose by 2.5 per cent on the previous year.",
        passes(),
        id="percentage",
    ),
    pytest.param(
        "Officers recorded 1,551 stop searches in Gwent last year.",
        passes(),
        id="comma-thousands",
    ),
])


@pytest.mark.parametrize(("text", "expect"), CASES)
def test_cl003(text: str, expect: Expect) -> None:
    assert_row(RULE, text, expect)
