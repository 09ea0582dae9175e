"""Skip a search whose pattern cannot match: every match of it holds one of a few words.

Some patterns are searched once per figure over the figure's clause or sentence (the time a figure is
tied to, the drug named before "worth"). A case-insensitive alternation is tried by ``regex`` at
every character, 10-60 µs a clause, and most clauses hold none of the words any match needs. Testing
for those words first, as plain substrings, costs a few µs, and where none is there the search would
have found nothing.

Each list of words sits next to its pattern; tests/test_fast_paths.py checks every alternative of the
pattern names one of them and that the articles give the same answers with and without the test.
"""

from __future__ import annotations

from collections.abc import Iterable


def folded(text: str) -> str:
    """The text as case-insensitive matching sees it, for substring tests of lower-case ASCII words.

    ``regex`` matches three non-ASCII characters to ASCII letters under IGNORECASE (checked over every
    code point): the long s to "s", the Kelvin sign to "k" and the dotted capital I to "i". ``lower``
    maps the Kelvin sign to "k" and the dotted I to "i" and a combining dot, which is dropped; the
    long s is replaced. Dropping or replacing characters can only make more words appear, never
    fewer, so the test stays on the safe side. (``casefold`` would do as well, at twice the cost.)

    >>> folded("ſINCE March"), folded("Wİnter \u212aent")
    ('since march', 'winter kent')
    """
    f = text.lower()
    if f.isascii():
        return f
    return f.replace("\u017f", "s").replace("\u0307", "")


def may_hold(text: str, start: int, end: int, words: Iterable[str]) -> bool:
    """Whether ``text[start:end]`` holds one of the (lower-case) words, in any case, as part of a word
    or whole: False means no match of a pattern whose every match holds one can lie in it.

    >>> may_hold("Arrests rose since MAY", 0, 22, ("since", "year")), may_hold("Arrests rose", 0, 12, ("year",))
    (True, False)
    """
    segment = folded(text[start:end])
    for word in words:  # a loop: a generator for ``any`` costs more than most of the tests
        if word in segment:
            return True
    return False
