"""CL401 percentage-above-hundred: a share of a whole cannot be more than 100 per cent of it.

Shares printed as "%", "per cent", "percent" and in words; percentages that describe a change
("rose by 140%", "up 210 per cent") are not shares and must pass.
"""

from __future__ import annotations

import pytest

from countylines_check import Status

from ._table import Expect, Rule, assert_row, flags, passes, unique

RULE = Rule("CL401", "percentage-above-hundred")
WRONG = Status.CONTRADICTORY

CASES = unique([
    # --- flags ---------------------------------------------------------------------------------
    pytest.param(
        "Officers said 120% of the cash seized came from two addresses in Slough.",
        flags(WRONG, "120%", message=("'120%'", "cannot exceed 100%")),
        id="percent-sign",
    ),
    pytest.param(
        "Detectives said 135 per cent of the heroin seized in Devon was bound for Plymouth.",
        flags(WRONG, "135 per cent"),
        id="per-cent-in-words",
    ),
    pytest.param(
        "Analysts found 112 percent of the phones seized were pay-as-you-go handsets.",
        flags(WRONG, "112 percent"),
        id="percent-as-one-word",
    ),
    pytest.param(
        "Police said one hundred and ten per cent of the weapons were knives.",
        flags(WRONG, "one hundred and ten per cent"),
        id="number-words",
    ),
    pytest.param(
        "Police said 100.4% of cuckooed homes visited were council flats.",
        flags(WRONG, "100.4%"),
        id="decimal-just-over-a-hundred",
    ),
    pytest.param(
        "Arrests were up by 115% on last year, while 140% of suspects were remanded.",
        flags(WRONG, "140%"),
        id="share-after-a-change-in-the-same-sentence",
    ),
    pytest.param(
        "Officers have increased patrols in Southend, and 130% of the phones seized were burner phones.",
        flags(WRONG, "130%"),
        id="change-word-far-before-the-share",
    ),
    pytest.param(
        "As patrols increased, 130% of the phones seized were found to be burner handsets.",
        flags(WRONG, "130%"),
        id="change-word-just-before-the-share",
    ),
    # --- passes --------------------------------------------------------------------------------
    pytest.param(
        "Knife seizures in Essex rose by 140% compared with last year.",
        passes(),
        id="rose-by",
    ),
    pytest.param(
        "The number of referrals is up 210 per cent on 2021.",
        passes(),
        id="up-per-cent",
    ),
    pytest.param(
        "The force said 100% of the children referred had been criminally exploited.",
        passes(),
        id="exactly-a-hundred",
    ),
    pytest.param(
        "Officers said 99.5% of the cannabis was skunk.",
        passes(),
        id="decimal-under-a-hundred",
    ),
    pytest.param(
        "Drug seizures have trebled, a jump of more than 200% in a year.",
        passes(),
        id="jump-of-more-than",
    ),
    pytest.param(
        "Cocaine seizures saw a 300% increase in Norfolk.",
        passes(),
        id="increase-after-the-figure",
    ),
    pytest.param(
        "Figures show a 160% rise in children referred to the NRM in Kent.",
        passes(),
        id="rise-after-the-figure",
    ),
    pytest.param(
        "Arrests were 150% higher than in the previous week.",
        passes(),
        id="higher-than",
    ),
    pytest.param(
        "Cash seizures in Surrey reached 250% of the annual target.",
        passes(),
        id="share-of-a-target",
    ),
])


@pytest.mark.parametrize(("text", "expect"), CASES)
def test_cl401(text: str, expect: Expect) -> None:
    assert_row(RULE, text, expect)
