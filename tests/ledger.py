"""The ledger check shared by the tests: every run of digits and every number word in a text is
inside a claim's span or listed in ``Report.skipped``.

Defined here from the vocabulary and Unicode digits, independently of the grammar's own sweep, so
that a recognizer dropping a figure without a reason fails the tests.
"""

from __future__ import annotations

import regex

from countylines_check import Report
from countylines_check.vocab.numbers import GROUPS, SCALES, TENS, UNITS

_WORDS = "|".join(sorted([*UNITS, *TENS, *SCALES, *GROUPS], key=len, reverse=True))
FIGURE = regex.compile(rf"\d+|(?i:\b(?:{_WORDS})\b)")


def unaccounted(text: str, report: Report) -> list[tuple[int, str]]:
    """Figures in ``text`` that no claim covers and no skipped entry lists, with their offsets."""
    covered = bytearray(len(text) + 1)
    spans = [(c.span.start, c.span.end) for c in report.claims]
    spans += [(s.span.start, s.span.end) for s in report.skipped]
    for start, end in spans:
        covered[start:end] = b"\x01" * (end - start)
    return [
        (m.start(), m.group())
        for m in FIGURE.finditer(text)
        if not all(covered[m.start() : m.end()])
    ]
