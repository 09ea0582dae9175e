"""Numbers as printed: digit runs (well-formed or not) and number words.

A malformed digit run is kept, never silently fixed: ``read_digits("1,5000")`` returns both readings
a reader might intend, and the caller decides which fits the article (Babel's
``parse_decimal(strict=True)`` answers the same way: "did you mean 1,500 or 15,000?").
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

import regex

from ..lazyre import lazy_compile
from ..vocab.numbers import GROUPS, SCALES, TENS, UNITS


@dataclass(frozen=True, slots=True)
class DigitReading:
    """A digit run read as a number; ``readings`` lists every plausible value, most likely first."""

    value: Decimal
    readings: tuple[Decimal, ...]
    malformed: str | None
    decimals: int  # digits after the decimal point, for rounding tolerance
    trailing_zeros: int  # of the integer part, for rounding tolerance


# A digit run with separators. Possessive quantifiers: the run cannot backtrack.
DIGIT_RUN = lazy_compile(
    r"""
    (?<![\w./:]|[^\s(\[|]-|\d[ ]|[^\s],)     # not glued to a word, another number, a time or a slash
                                  # (a sign after a space or a table bar is no glue: "| -13% |")
    (?P<run>
        \d++                          # leading digits
        (?:[,.]\d++)*+                # groups after a comma or a decimal point
    )
    (?![.,]\d|:\d|/|_|\d)             # not glued to a slash or a further group
    (?!(?!(?:bn|mn|[kKmM]|kgs?|kilos?|kilograms?|g|grams?|tonnes?|oz|(?i:million|billion|thousand))\b)[^\W\d_])  # nor to letters, but units
    """,
    regex.VERBOSE,
)

# "1 ,151": a stray space before a thousands comma.
SPACED_COMMA = lazy_compile(r"(?<![\w.,])(?P<run>\d{1,3} ,\d{3})(?![\w,]|\.\d)")


def _int_part_zeros(digits: str) -> int:
    stripped = digits.rstrip("0")
    return len(digits) - len(stripped) if stripped else 0


def read_digits(run: str) -> DigitReading:
    """Read a digit run, keeping every plausible reading of a malformed one.

    >>> read_digits("1,360").value
    Decimal('1360')
    >>> r = read_digits("1,5000")
    >>> [str(x) for x in r.readings], r.malformed is not None
    (['1500', '15000'], True)
    >>> [str(x) for x in read_digits("92,0000").readings]
    ['92000', '920000']
    >>> read_digits("1,284,729.88").value
    Decimal('1284729.88')
    >>> read_digits("2.5").value, read_digits("2.5").decimals
    (Decimal('2.5'), 1)
    >>> read_digits("1 ,151").value, read_digits("1 ,151").malformed is not None
    (Decimal('1151'), True)
    >>> read_digits("12,345.678.9").value, read_digits("12,345.678.9").malformed
    (Decimal('123456789'), 'has misplaced points')
    """
    if " ," in run:
        joined = run.replace(" ", "").replace(",", "")
        return DigitReading(
            Decimal(joined), (Decimal(joined),), "has a space before its thousands comma", 0,
            _int_part_zeros(joined),
        )
    integer, _, fraction = run.partition(".") if run.count(".") == 1 else (run, "", "")
    if "." in integer:  # several points: "1.551.000" European grouping
        groups = integer.split(".")
        joined = "".join(groups).replace(",", "")  # "12,345.678.9": commas and points mixed
        ok = all(len(g) == 3 for g in groups[1:]) and 1 <= len(groups[0]) <= 3 and "," not in integer
        return DigitReading(
            Decimal(joined), (Decimal(joined),), None if ok else "has misplaced points", 0,
            _int_part_zeros(joined),
        )
    groups = integer.split(",")
    digits = "".join(groups)
    decimals = len(fraction)
    number = Decimal(digits + ("." + fraction if fraction else ""))
    if len(groups) == 1 or (1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])):
        return DigitReading(number, (number,), None, decimals, _int_part_zeros(digits) if not fraction else 0)
    # Malformed grouping: either a digit too many/few in a group, or the comma is misplaced.
    fixed = groups[0] + "".join(g[:3].ljust(3, "0") for g in groups[1:])
    dropped = Decimal(fixed + ("." + fraction if fraction else ""))
    readings = tuple(dict.fromkeys([dropped, number]))
    bad = next(g for g in groups[1:] if len(g) != 3)
    problem = f"has a digit group of {_count_word(len(bad))} after a comma"
    return DigitReading(readings[0], readings, problem, decimals, _int_part_zeros(fixed))


def _count_word(n: int) -> str:
    return {1: "one", 2: "two", 4: "four", 5: "five"}.get(n, str(n))


# --- number words --------------------------------------------------------------------------

_WORD = "|".join(sorted([*UNITS, *TENS, *SCALES, *GROUPS], key=len, reverse=True))
NUMBER_WORDS = lazy_compile(
    rf"""
    (?<![\w-])
    (?P<words>
        (?:(?:half\ )?an?\ (?=(?:{"|".join([*SCALES, *GROUPS])})\b))?   # "a million", "half a dozen"
        (?:{_WORD})\b
        (?:
            (?:[ -]|(?<=(?:{"|".join(SCALES)}))\ and\ (?=(?:{"|".join([*UNITS, *TENS])})\b))  # "one hundred and twenty", not "eight and six"
            (?:{_WORD})\b
        )*+
    )
    (?!-(?:year|month|week|day)s?-old)
    """,
    regex.VERBOSE | regex.IGNORECASE,
)
# The words a match of NUMBER_WORDS can start with (see ``words.WordIndex``).
NUMBER_FIRST_WORDS = frozenset([*UNITS, *TENS, *SCALES, *GROUPS, "half", "a", "an"])


_WORD_BREAK = lazy_compile(r"[ -]+")


def read_words(words: str) -> Decimal | None:
    """Value of a run of number words, or None when the words do not make one number.

    >>> read_words("FORTY-FIVE"), read_words("Ninety five"), read_words("a dozen")
    (Decimal('45'), Decimal('95'), Decimal('12'))
    >>> read_words("one hundred and twenty"), read_words("a million"), read_words("half a dozen")
    (Decimal('120'), Decimal('1000000'), Decimal('6'))
    >>> read_words("two thousand three hundred"), read_words("seven")
    (Decimal('2300'), Decimal('7'))
    >>> read_words("five six") is None
    True
    """
    tokens = [t for t in _WORD_BREAK.split(words.lower()) if t and t != "and"]
    factor = Decimal(1)
    if tokens[:2] == ["half", "a"] or tokens[:2] == ["half", "an"]:
        factor, tokens = Decimal("0.5"), tokens[2:]
    if tokens and tokens[0] in ("a", "an"):
        tokens = ["one", *tokens[1:]]
    total = current = 0
    last = None  # kind of the previous token, to reject "five six"
    for token in tokens:
        if token in UNITS:
            if last in ("unit",) or (last == "tens" and UNITS[token] >= 10):
                return None
            current += UNITS[token]
            last = "unit"
        elif token in TENS:
            if last in ("unit", "tens"):
                return None
            current += TENS[token]
            last = "tens"
        elif token in GROUPS:
            current = (current or 1) * GROUPS[token]
            last = "group"
        elif token in SCALES:
            scale = SCALES[token]
            if scale == 100:
                current = (current or 1) * 100
            else:
                total += (current or 1) * scale
                current = 0
            last = "scale"
        else:
            return None
    if not tokens:
        return None
    value = Decimal(total + current) * factor
    return value.to_integral_value() if value == value.to_integral_value() else value
