"""CL104 subgroup-metric-exceeds-total: those charged are among those arrested; children
safeguarded are among the people safeguarded, in the same area and period."""

from __future__ import annotations

import pytest

from countylines_check import Status

from ._table import Expect, Rule, assert_row, flags, passes, unique

RULE = Rule("CL104", "subgroup-metric-exceeds-total")
WRONG = Status.CONTRADICTORY

CASES = unique([
    pytest.param(
        "Cumbria officers arrested 31 people during the week. Since then 44 have been charged.",
        flags(WRONG, "31", "44", message=("charged", "arrests")),
        id="more-charged-than-arrested",
    ),
    pytest.param(
        "Gwent Police safeguarded 18 vulnerable people. Officers said 25 children were safeguarded.",
        flags(WRONG, "18", "25"),
        id="more-children-than-people-safeguarded",
    ),
    pytest.param(
        "Officers in Devon made forty-one arrests, and fifty-two people were charged.",
        flags(WRONG, "forty-one", "fifty-two"),
        id="number-words",
    ),
    pytest.param(
        "Cumbria officers arrested 31 people during the week. Since then 24 have been charged.",
        passes("31", "24"),
        id="fewer-charged-than-arrested",
    ),
    pytest.param(
        "Last year Kent Police arrested 30 people. This week 41 people were charged in Kent.",
        passes(),
        id="charges-from-another-period",
    ),
    pytest.param(
        "Officers in Essex arrested 25 people during the week. Since Operation Raptor began, more than "
        "300 people have been charged.",
        passes(),
        id="charges-over-the-life-of-a-named-operation",
    ),
    pytest.param(
        "Lincolnshire Police arrested 12 people. Nationally, 600 people were charged.",
        passes(),
        id="charges-in-a-wider-area",
    ),
    pytest.param(
        "In Gwent, 90 children were safeguarded. Referrals came from several sources: 40 from the police, "
        "30 from schools and 20 from health workers.",
        passes(),
        id="one-source-of-a-breakdown-is-not-the-total",
    ),
    pytest.param(
        "The charity took 90 referrals for children. Boys made up 70 per cent of referrals (63) and girls "
        "30 per cent (27).",
        passes(),
        id="count-printed-with-its-share-is-not-the-total",
    ),
    pytest.param(
        "Police in Dorset safeguarded 20 children during the week. A youth charity said it had already met "
        "six of the young people found by officers.",
        passes(),
        id="some-of-a-group-is-not-its-total",
    ),
    pytest.param(
        "Officers in Cumbria made 19 arrests during the week of action. Over the whole of 2023, the force "
        "charged 140 people with supply offences.",
        passes(),
        id="a-whole-year-opening-the-sentence-is-its-period",
    ),
    pytest.param(
        "The force made 620 arrests over the year. During the week officers:\n- arrested 14 people and "
        "charged 22;\n- seized £4,000 in cash.",
        flags(WRONG, "22", "14"),
        id="charged-in-the-same-clause-as-the-arrests-beside-a-yearly-total",
    ),
    pytest.param(
        "The force made 620 arrests over the year. During the week officers:\n- arrested 34 people and "
        "charged 22;\n- seized £4,000 in cash.",
        passes("22", "34"),
        id="charged-within-the-arrests-of-its-own-clause",
    ),
])


@pytest.mark.parametrize(("text", "expect"), CASES)
def test_cl104(text: str, expect: Expect) -> None:
    assert_row(RULE, text, expect)
