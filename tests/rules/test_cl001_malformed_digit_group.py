"""CL001 malformed-digit-group: a thousands group with too many or too few digits.

Flags rows name the malformed figure as printed and the readings an editor is offered; the
reading that fits the article's other figures should come first. Passes rows are well-formed
figures in the shapes UK releases print them (money shorthand, pence, weights, phone numbers).
"""

from __future__ import annotations

import pytest

from countylines_check import Status

from ._table import Expect, Rule, assert_row, flags, passes, unique

RULE = Rule("CL001", "malformed-digit-group")
SUSPECT = Status.SUSPECT

CASES = unique([
    # --- flags: one group too long or too short ------------------------------------------------
    pytest.param(
        "Officers in Dyfed-Powys carried out nearly 2,4000 stop searches during the week of action.",
        flags(SUSPECT, "2,4000", message=("2,4000", "digit group of four"), suggestions=("2,400", "24,000")),
        id="four-digit-group-after-nearly",
    ),
    pytest.param(
        "Detectives found £48,0000 in cash hidden in a washing machine in Luton.",
        flags(SUSPECT, "£48,0000", suggestions=("£48,000", "£480,000")),
        id="money-with-four-digit-group",
    ),
    pytest.param(
        "In total 12,34 people were arrested across Bedfordshire in 2022.",
        flags(SUSPECT, "12,34", message=("digit group of two",), suggestions=("12,340", "1,234")),
        id="two-digit-group-count",
    ),
    pytest.param(
        "Detectives recovered 3,12500 pounds in used notes from a loft in Rochdale.",
        flags(SUSPECT, "3,12500 pounds", message=("digit group of five",), suggestions=("£3,125", "£312,500")),
        id="five-digit-group-money-in-words",
    ),
    pytest.param(
        "A total of 3,5000+ officers took part in the crackdown across England and Wales.",
        flags(SUSPECT, "3,5000+", suggestions=("3,500", "35,000")),
        id="plus-sign-after-malformed-figure",
    ),
    pytest.param(
        "More than 1,7000 vulnerable people were visited by officers in Greater Manchester.",
        flags(SUSPECT, "1,7000"),
        id="more-than-qualifier",
    ),
    pytest.param(
        "Border Force and Suffolk Constabulary seized 1,2500kg of cannabis at Felixstowe.",
        flags(SUSPECT, "1,2500kg", suggestions=("1,250kg", "12,500kg")),
        id="weight-with-glued-kg",
    ),
    pytest.param(
        "Items seized in Stoke-on-Trent included:\n- 1,5000 wraps of heroin\n- 12 mobile phones",
        flags(SUSPECT, "1,5000"),
        id="bullet-list-item",
    ),
    pytest.param(
        "Officers seized 1,00,000 pounds in cash from a car wash in Small Heath.",
        flags(SUSPECT, "1,00,000 pounds", message=("digit group of two",)),
        id="lakh-style-grouping",
    ),
    # --- flags: the reading that fits the article is offered first -----------------------------
    pytest.param(
        "Nationally 1,2000 arrests were made during the week. Kent Police alone made 3,100 arrests.",
        flags(SUSPECT, "1,2000", suggestions=("12,000", "1,200")),
        id="larger-reading-first-when-a-force-exceeds-the-smaller",
    ),
    pytest.param(
        "Nationally 1,2000 arrests were made during the week. Kent Police alone made 310 arrests.",
        flags(SUSPECT, "1,2000", suggestions=("1,200", "12,000")),
        id="dropped-digit-reading-first-when-nothing-conflicts",
    ),
    # --- known failures ---------------------------------------------------------------------------
    pytest.param(
        "Officers seized £1,234,56 in loose change and notes from the flat.",
        flags(SUSPECT, "£1,234,56", message=("£1,234.56",)),
        id="comma-typed-for-decimal-point-in-money",
        marks=pytest.mark.xfail(strict=True, reason="the pence reading £1,234.56 is never offered, only "
                                "£1,234,560 or £123,456"),
    ),
    # --- passes: well-formed figures ---------------------------------------------------------------
    pytest.param(
        "Officers made 1,500 arrests and visited 15,000 addresses across England and Wales.",
        passes(),
        id="well-formed-thousands",
    ),
    pytest.param(
        "The court ordered him to repay £1,284,729.88 under the Proceeds of Crime Act.",
        passes(),
        id="millions-with-pence",
    ),
    pytest.param(
        "Officers seized £1.3m, £7K and £2,500 in three raids in Wakefield.",
        passes(),
        id="money-shorthand",
    ),
    pytest.param(
        "Anyone with information should call 101 or Crimestoppers anonymously on 0800 555 111.",
        passes(),
        id="phone-numbers",
    ),
    pytest.param(
        "A search of the car uncovered 2.5kg of cocaine and 0.75kg of heroin.",
        passes(),
        id="decimal-weights",
    ),
    pytest.param(
        "The three men, aged 19, 23 and 31, were remanded in custody at Chelmsford.",
        passes(),
        id="list-of-ages",
    ),
    pytest.param(
        "Since 2019 the force has closed 1,204 deal lines and seized £2,350,000 in cash.",
        passes(),
        id="year-beside-well-formed-figures",
    ),
])


@pytest.mark.parametrize(("text", "expect"), CASES)
def test_cl001(text: str, expect: Expect) -> None:
    assert_row(RULE, text, expect)
