"""The ledger of figures: every run of digits and every number word in an article is either inside
a claim or listed in ``Report.skipped`` with a reason an editor can read. Nothing is dropped
without a word (generated text is covered in test_properties.py)."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from ledger import unaccounted

from countylines_check import check

ROOT = Path(__file__).parent.parent
REAL_TEXTS = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/corpus*/articles/*.txt"))
FALLBACK = "not read as a figure"


# Articles whose ledger is known to have a gap, each with why: strict, so a fix shows up as an XPASS
KNOWN_GAPS: dict[str, str] = {
}


def _name(path: Path) -> str:
    return f"{path.parent.parent.name}/{path.name}"


@pytest.mark.parametrize("path", [
    pytest.param(p, id=_name(p), marks=[pytest.mark.xfail(strict=True, reason=KNOWN_GAPS[_name(p)])])
    if _name(p) in KNOWN_GAPS else pytest.param(p, id=_name(p))
    for p in REAL_TEXTS
])
def test_every_figure_in_a_real_article_is_claimed_or_ledgered(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    report = check(text)
    assert unaccounted(text, report) == []
    # the catch-all reason is a safety net: real articles get a reason that says what the number is
    assert [s.text for s in report.skipped if s.reason == FALLBACK] == []


def test_the_corpora_are_found() -> None:
    assert len(REAL_TEXTS) >= 50


@pytest.mark.parametrize(
    ("text", "number", "reason"),
    [
        ("Officers stopped a car on the M6 near Stafford.", "M6", "road"),
        ("It was found on the A465 Heads of the Valleys road.", "A465", "road"),
        ("Staff from G4S were present.", "4", "part of a name or code"),
        ("Arrests have fallen since the 1990s.", "1990", "decade"),
        ("The odds were 10:1 against.", "10", "ratio or score"),
        ("Figures for 2019-2020 were lower.", "2020", "end of a year range"),
        ("In 2024-25 the force shut 46 lines.", "25", "end of a year range"),
        ("See p.12 of the report.", "12", "part of a name or code"),
        ("Agency ref: 190312/POL/0233", "190312", "part of a name or code"),
        ("Call 101 or 0800 555 111.", "101", "phone number"),
        ("Ring the helpline on 0113 496 0000 any time.", "0113 496 0000", "phone number"),
        ("The raid began at 6.15am.", "6.15am", "time"),
        ("A 17-year-old boy was held.", "17-year-old", "age"),
        ("It was the most successful one yet.", "one", "not a count"),
        ("Kai Moss, 26, Lee Hart, 22, and Ben Lowe, 19, all of Hull, were jailed.", "26", "age"),
        ("Kai Moss, 26, Lee Hart, 22, and Ben Lowe, 19, all of Hull, were jailed.", "19", "age"),
        ("She worried after her son, 15, went missing.", "15", "age"),
        ("Tom Ford, 31, and Ben Lee, 24, were each jailed for six years.", "24", "age"),
        ("Nine tenants were aged over 60.", "aged over 60", "age"),
        ("They text the child by nine o'clock.", "nine o'clock", "time"),
        ("It is twenty past seven.", "twenty past seven", "time"),
        ("Most read\n1. Council tax to rise\n2. Road closed", "1.", "list number"),
        ("A van was stopped near junction 14.", "junction 14", "part of a name"),
        ('Notes\n1. Figures are provisional.\n2. "Lines closed" counts phones cut off.', "2.", "list number"),
        ("The force shut 19 lines.[3] Arrests rose.", "[3]", "footnote mark"),
        ('Myth two: "Only cities have dealers."\nNot so.', "two", "numbered heading"),
        ("Day 3: Officers made 12 arrests.", "3", "numbered heading"),
        ("Notes\n[2] Force figures, 2024.\n[3] Home Office data.", "[2]", "footnote mark"),
        ("2.1.3 Outcomes\n\nThe force made 40 arrests.", "2.1.3", "section number"),
        ("Continued on page 12: 5.2 Knife crime", "5.2", "section number"),
        ("Continued on page 12: 5.2 Knife crime", "page 12", "part of a name"),
        ("See Section 3.4 for the method.", "Section 3.4", "part of a name"),
        ("2.1 Members are asked to agree the plan.\n\n2.2 Members note that 40 arrests were made.", "2.2",
         "section number"),
        ("2.1 Members are asked to agree the plan.\n\n2.2 Members note that 40 arrests were made.", "2.1",
         "section number"),
        ("The costs are listed in section 5 below.", "section 5", "part of a name"),
        ("He was charged under the Misuse of Drugs Act 1971.", "Act 1971", "part of a name"),
        ("NEWS RUNNING ORDER 0600 / 0630", "0630", "time"),
        ("Annual report\n\n3.2 Keeping children safe\n\nThe force made 40 arrests.", "3.2", "section number"),
        ("Ring 101, or 999 in an emergency.", "999", "phone number"),
        ("Dealers are recruiting boys of 13 and 14 outside schools.", "boys of 13 and 14", "age"),
        ("Item 6: Quarter 2 Performance Report", "Quarter 2", "part of a name"),
    ],
)
def test_numbers_that_are_not_figures_are_ledgered_with_their_reason(text: str, number: str, reason: str) -> None:
    report = check(text)
    assert (number, reason) in [(s.text, s.reason) for s in report.skipped]
    assert unaccounted(text, report) == []


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("The fine was £10.50 in total.", "£10.50"),
        ("Officers seized 2.25 kg of cocaine.", "2.25 kg"),
        ("Referrals rose by 12.50 per cent.", "12.50 per cent"),
        ("Officers found more than half a dozen knives.", "half a dozen"),
        ("Summary\n\n1.5 The figure was up on last year.\n\nOfficers made 12 arrests.", "1.5"),
        ("Arrests were made in North Yorkshire, 24, and Humberside, 19, during the week.", "24"),
    ],
)
def test_decimals_with_two_places_and_half_a_dozen_are_figures(text: str, printed: str) -> None:
    """Fixed while auditing the ledger: '10.50' before a unit is not a time, 'half a dozen' not a half."""
    assert printed in [c.printed for c in check(text).claims]


@pytest.mark.parametrize(
    ("text", "printed", "unit", "low", "high"),
    [
        ("It closed 30 lines, about three times what it managed before.", "three times", "other", 2.7, 3.3),
        ("Seizures were four times the average.", "four times", "other", 3.8, 4.2),
        ("The case took nearly a year to reach court.", "a year", "years", 0.9, 1),
        ("The wait is now more than a month.", "a month", "months", 1, None),
    ],
)
def test_multiples_and_qualified_periods_are_figures(text: str, printed: str, unit: str, low: float,
                                                     high: float | None) -> None:
    """'three times what' is a multiple (as 'twice' is), not a count of three; 'nearly a year' is a
    duration because its qualifier says how long."""
    claim = next(c for c in check(text).claims if printed in c.text)
    assert (claim.unit.value, claim.value.low, claim.value.high) == (
        unit, None if low is None else Decimal(str(low)), None if high is None else Decimal(str(high)))


@pytest.mark.parametrize("text", ["The charity gets £75,000 a year.", "He was stopped three times in a month."])
def test_rates_and_repeats_are_not_durations_or_multiples(text: str) -> None:
    assert [c.unit.value for c in check(text).claims] in (["GBP"], ["count"])


def test_an_age_at_a_lines_end_does_not_take_the_next_bullets_figure_as_its_range() -> None:
    """'aged under 18' closing one bullet and '- 5,306 ...' opening the next are not an age range."""
    text = "In the year:\n- 2,419 of those arrested were aged under 18\n- 5,306 vulnerable people were safeguarded"
    report = check(text)
    assert [c.printed for c in report.claims] == ["2,419", "5,306"]
    assert unaccounted(text, report) == []
