"""The ledger of figures: every run of digits and every number word in an article is either inside
a claim or listed in ``Report.skipped`` with a reason an editor can read. Nothing is dropped
without a word (generated text is covered in test_properties.py)."""

from __future__ import annotations

from pathlib import Path

import pytest
from ledger import unaccounted

from countylines_check import check

ROOT = Path(__file__).parent.parent
REAL_TEXTS = sorted(ROOT.glob("seeds/*.txt")) + sorted(ROOT.glob("tests/corpus*/articles/*.txt"))
FALLBACK = "not read as a figure"


@pytest.mark.parametrize("path", REAL_TEXTS, ids=lambda p: f"{p.parent.parent.name}/{p.name}")
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
        ("See p.12 of the report.", "12", "part of a name or code"),
        ("Call 101 or 0800 555 111.", "101", "phone number"),
        ("The raid began at 6.15am.", "6.15am", "time"),
        ("A 17-year-old boy was held.", "17-year-old", "age"),
        ("It was the most successful one yet.", "one", "not a count"),
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
    ],
)
def test_decimals_with_two_places_and_half_a_dozen_are_figures(text: str, printed: str) -> None:
    """Fixed while auditing the ledger: '10.50' before a unit is not a time, 'half a dozen' not a half."""
    assert printed in [c.printed for c in check(text).claims]
