"""Qualifiers and how each is read as an interval around the printed figure.

Source: our reading of UK police and news usage, kept deliberately generous so that a finding
means a real conflict: "nearly 1,500" allows 1,350-1,500 (the contract's example), "about 600"
allows 540-660 plus the rounding the printed figure implies. ``None`` means unbounded.

| qualifier                    | low      | high      |
|------------------------------|----------|-----------|
| exact                        | p - r    | p + r     |  (r: rounding implied by the printed precision)
| more than, over, plus        | p        | unbounded |
| at least                     | p        | unbounded |
| nearly, almost               | 0.9 p    | p         |
| about, around, approx., some | 0.9 p - r| 1.1 p + r |
| up to                        | 0        | p         |
| less than, under             | 0        | p         |
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

from ..model import Qualifier

# Phrases written before a figure, longest first within each qualifier is not needed: the grammar
# sorts all phrases by length. Lower case; a figure's qualifier is the phrase right before it.
BEFORE: Final[dict[str, Qualifier]] = {
    "more than": Qualifier.MORE_THAN,
    "well over": Qualifier.OVER,
    "just over": Qualifier.OVER,
    "over": Qualifier.OVER,
    "in excess of": Qualifier.MORE_THAN,
    "upwards of": Qualifier.MORE_THAN,
    "above": Qualifier.OVER,
    "at least": Qualifier.AT_LEAST,
    "a minimum of": Qualifier.AT_LEAST,
    "no fewer than": Qualifier.AT_LEAST,
    "no less than": Qualifier.AT_LEAST,
    "nearly": Qualifier.NEARLY,
    "just under": Qualifier.NEARLY,
    "close to": Qualifier.NEARLY,
    "almost": Qualifier.ALMOST,
    "about": Qualifier.ABOUT,
    "around": Qualifier.AROUND,
    "round about": Qualifier.AROUND,
    "roughly": Qualifier.ABOUT,
    "circa": Qualifier.ABOUT,
    "an estimated": Qualifier.APPROXIMATELY,
    "estimated": Qualifier.APPROXIMATELY,
    "approximately": Qualifier.APPROXIMATELY,
    "approx": Qualifier.APPROXIMATELY,
    "approx.": Qualifier.APPROXIMATELY,
    "some": Qualifier.SOME,
    "up to": Qualifier.UP_TO,
    "as many as": Qualifier.UP_TO,
    "less than": Qualifier.LESS_THAN,
    "fewer than": Qualifier.LESS_THAN,
    "under": Qualifier.LESS_THAN,
    "below": Qualifier.LESS_THAN,
}

# Phrases written after a figure: "£38,000+", "£45,000 and more".
AFTER: Final[dict[str, Qualifier]] = {
    "+": Qualifier.PLUS,
    "and more": Qualifier.PLUS,
    "or more": Qualifier.PLUS,
    "and over": Qualifier.PLUS,
    "plus": Qualifier.PLUS,
}

# (low factor, high factor) applied to the printed value; None = unbounded; "r" rounding is added
# by the grammar for exact and rough readings.
READINGS: Final[dict[Qualifier, tuple[Decimal | None, Decimal | None]]] = {
    Qualifier.EXACT: (Decimal(1), Decimal(1)),
    Qualifier.MORE_THAN: (Decimal(1), None),
    Qualifier.OVER: (Decimal(1), None),
    Qualifier.AT_LEAST: (Decimal(1), None),
    Qualifier.PLUS: (Decimal(1), None),
    Qualifier.NEARLY: (Decimal("0.9"), Decimal(1)),
    Qualifier.ALMOST: (Decimal("0.9"), Decimal(1)),
    Qualifier.ABOUT: (Decimal("0.9"), Decimal("1.1")),
    Qualifier.AROUND: (Decimal("0.9"), Decimal("1.1")),
    Qualifier.APPROXIMATELY: (Decimal("0.9"), Decimal("1.1")),
    Qualifier.SOME: (Decimal("0.9"), Decimal("1.1")),
    Qualifier.UP_TO: (Decimal(0), Decimal(1)),
    Qualifier.LESS_THAN: (Decimal(0), Decimal(1)),
}
ROUNDED: Final[frozenset[Qualifier]] = frozenset(
    {Qualifier.EXACT, Qualifier.ABOUT, Qualifier.AROUND, Qualifier.APPROXIMATELY, Qualifier.SOME}
)
