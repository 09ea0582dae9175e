"""CL002 stray-space-in-number: a space splits a figure, so it may be read as two numbers.

Flags rows show the split figure as printed and the one reading an editor is offered; passes rows
are figures and lists where commas and spaces are where they belong.
"""

from __future__ import annotations

import pytest

from countylines_check import Status

from ._table import Expect, Rule, assert_row, flags, passes, unique

RULE = Rule("CL002", "stray-space-in-number")
SUSPECT = Status.SUSPECT

CASES = unique([
    # --- flags ---------------------------------------------------------------------------------
    pytest.param(
        "Across Merseyside 2 ,340 people were stopped and searched during the week.",
        flags(SUSPECT, "2 ,340", message=("space before its thousands comma", "did you mean 2,340"),
              suggestions=("2,340",)),
        id="count-with-space-before-comma",
    ),
    pytest.param(
        "Officers found £4 ,500 in a holdall in the boot of a car in Barnsley.",
        flags(SUSPECT, "£4 ,500", suggestions=("£4,500",)),
        id="money-with-space-before-comma",
    ),
    pytest.param(
        "Nearly 3 ,400 arrests were made during the county lines week, the NPCC said.",
        flags(SUSPECT, "3 ,400", suggestions=("3,400",)),
        id="nearly-qualifier",
    ),
    pytest.param(
        "More than 1 ,200 officers from Devon and Cornwall Police took part in the raids.",
        flags(SUSPECT, "1 ,200", suggestions=("1,200",)),
        id="more-than-qualifier",
    ),
    pytest.param(
        "Detectives recovered 12 ,000 pounds in used notes from a flat in Walsall.",
        flags(SUSPECT, "12 ,000 pounds", suggestions=("£12,000",)),
        id="money-in-words",
    ),
    pytest.param(
        "Officers seized 6 ,200 kg of cannabis from a farm near Boston.",
        flags(SUSPECT, "6 ,200 kg", suggestions=("6,200kg",)),
        id="weight-with-spaced-unit",
    ),
    pytest.param(
        "Seized during the week:\n- 1 ,150 wraps of crack cocaine\n- 14 knives",
        flags(SUSPECT, "1 ,150"),
        id="bullet-list-item",
    ),
    pytest.param(
        'Supt Amy Reid said: "Our teams made 1 ,042 arrests in seven days."',
        flags(SUSPECT, "1 ,042", suggestions=("1,042",)),
        id="inside-a-quote",
    ),
    # --- known failures ---------------------------------------------------------------------------
    pytest.param(
        "Officers seized 6 ,200kg of cannabis from a barn near Spalding.",
        flags(SUSPECT, "6 ,200kg"),
        id="weight-with-glued-kg",
        marks=pytest.mark.xfail(strict=True, reason="a unit glued to the figure defeats the stray-space "
                                "reading: it is read as 6 and 200kg, with no finding"),
    ),
    pytest.param(
        "Detectives seized £1 ,250,000 in cash from a lock-up in Ilford.",
        flags(SUSPECT, "£1 ,250,000"),
        id="millions-with-stray-space",
        marks=pytest.mark.xfail(strict=True, reason="a figure with a second comma group is read as £1 "
                                "and a bare 250,000, with no finding"),
    ),
    pytest.param(
        "Police made 1, 151 arrests across the region during the operation.",
        flags(SUSPECT, "1, 151"),
        id="space-after-comma",
        marks=pytest.mark.xfail(strict=True, reason="a space after the thousands comma splits the "
                                "figure into 1 and 151 arrests, with no finding"),
    ),
    pytest.param(
        "Officers in Humberside made 1 151 arrests over the twelve months.",
        flags(SUSPECT, "1 151"),
        id="space-instead-of-comma",
        marks=pytest.mark.xfail(strict=True, reason="'1 151 arrests' is read as a single arrest (the 151 "
                                "is dropped), with no finding"),
    ),
    # --- passes --------------------------------------------------------------------------------
    pytest.param(
        "Officers from six forces made 1,151 arrests across the region.",
        passes(),
        id="comma-without-space",
    ),
    pytest.param(
        "Officers seized £4,500 and £12,000 in two raids in Doncaster.",
        passes(),
        id="money-well-formed",
    ),
    pytest.param(
        "Officers seized 3 knives, 250 wraps of heroin and 12 phones in Scunthorpe.",
        passes(),
        id="list-with-comma-and-space",
    ),
    pytest.param(
        "Officers seized 6,200kg of cannabis from a farm near Boston, Lincolnshire.",
        passes(),
        id="weight-well-formed",
    ),
    pytest.param(
        "Police made 1 arrest in Ripon and 151 arrests in York during the week.",
        passes(),
        id="two-separate-figures",
    ),
])


@pytest.mark.parametrize(("text", "expect"), CASES)
def test_cl002(text: str, expect: Expect) -> None:
    assert_row(RULE, text, expect)
