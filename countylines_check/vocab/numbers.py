"""Number words, scale words and vague amounts, as British news copy writes them.

Source: Oxford Style Manual (number words, "one hundred and twenty"), and the vague amounts found
in UK police press releases ("hundreds of", "dozens of", "tens of thousands of pounds"). A vague
amount's interval starts at two of its unit ("hundreds" means at least 200) and stops below ten.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Final

UNITS: Final[dict[str, int]] = {
    "zero": 0, "nil": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: Final[dict[str, int]] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
SCALES: Final[dict[str, int]] = {
    "hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
}
# Words that are a number on their own after "a"/"half a": "a dozen", "a score of".
GROUPS: Final[dict[str, int]] = {"dozen": 12, "score": 20}

# Vague plurals: (low, high) of what a reader takes them to mean.
VAGUE: Final[dict[str, tuple[Decimal, Decimal]]] = {
    "dozens": (Decimal(24), Decimal(99)),
    "scores": (Decimal(40), Decimal(199)),
    "hundreds": (Decimal(200), Decimal(999)),
    "thousands": (Decimal(2_000), Decimal(9_999)),
    "tens of thousands": (Decimal(20_000), Decimal(99_999)),
    "hundreds of thousands": (Decimal(200_000), Decimal(999_999)),
    "millions": (Decimal(2_000_000), Decimal(999_999_999)),
}

# Fractions in words, as a percentage of the whole they qualify.
FRACTIONS: Final[dict[str, Decimal]] = {
    "half": Decimal(50),
    "a half": Decimal(50),
    "one half": Decimal(50),
    "a third": Decimal("33.33"),
    "one third": Decimal("33.33"),
    "one-third": Decimal("33.33"),
    "two thirds": Decimal("66.67"),
    "two-thirds": Decimal("66.67"),
    "a quarter": Decimal(25),
    "one quarter": Decimal(25),
    "three quarters": Decimal(75),
    "three-quarters": Decimal(75),
    "a fifth": Decimal(20),
    "one fifth": Decimal(20),
    "one-fifth": Decimal(20),
    "two fifths": Decimal(40),
    "two-fifths": Decimal(40),
    "three fifths": Decimal(60),
    "three-fifths": Decimal(60),
    "four fifths": Decimal(80),
    "four-fifths": Decimal(80),
    "a sixth": Decimal("16.67"),
    "one sixth": Decimal("16.67"),
    "one-sixth": Decimal("16.67"),
    "a tenth": Decimal(10),
    "one tenth": Decimal(10),
    "one-tenth": Decimal(10),
}  # (not "an eighth": "an eighth of cocaine" is a weight of drugs)

# Multiplying verbs: "more than doubled" states a ratio of 2.
RATIOS: Final[dict[str, Decimal]] = {
    "doubled": Decimal(2),
    "tripled": Decimal(3),
    "trebled": Decimal(3),
    "quadrupled": Decimal(4),
    "halved": Decimal("0.5"),
    "twice": Decimal(2),  # only "twice as many / twice what": the grammar checks the next word
}

# Money and count multipliers written after a figure ("£1.3m", "£7K", "2 million").
MULTIPLIERS: Final[dict[str, int]] = {
    "k": 1_000, "K": 1_000, "thousand": 1_000,
    "m": 1_000_000, "M": 1_000_000, "mn": 1_000_000, "million": 1_000_000,
    "bn": 1_000_000_000, "billion": 1_000_000_000,
}
