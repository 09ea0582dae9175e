"""Try a word pattern only where one of its first words stands.

The word recognizers (number words, fractions, vague amounts, "one in five", ratios, "a week")
begin with a whole word from a short list, after a word boundary. Run over the whole text, the
engine tries each of them at every character, and with case-insensitive alternatives it cannot skip
ahead: a 4 KB article costs 0.1-0.7 ms per pattern. The text's words are listed once; a pattern is
then tried only at the words that can begin one of its matches, which gives the matches
``pattern.finditer(text)`` gives:

- every match starts at the start of a run of word characters (the patterns begin with
  ``(?<![\\w-])`` or ``\\b`` before a word character), and its first word is that whole run (the
  word is followed by a boundary, a space or a hyphen), so for ASCII text the run, lower-cased, is
  one of the pattern's first words, or, for patterns that begin with a digit (a count, a day), a
  run that starts with a digit;
- a run with any non-ASCII character is always tried (case-insensitive matching folds a few
  non-ASCII letters, such as the long s, onto ASCII ones);
- candidates are tried left to right from the end of the last match, as ``finditer`` searches.

tests/test_fast_paths.py checks each pattern against its plain ``finditer``.
"""

from __future__ import annotations

import time
from bisect import bisect_left
from itertools import accumulate, islice
from collections.abc import Callable, Collection, Iterator

import regex

from .spans import Finder
from ..lazyre import lazy_compile

_WORD_RUN = lazy_compile(r"\w+")
_WORD_RUN_SPLIT = lazy_compile(r"(\w+)")
# Beyond this many places to try, a pattern searches the whole text itself. Each try can cost a
# scan ahead for a word the pattern needs ("in" for "one in five"), which hostile text may not hold:
# tried at thousands of places, that is quadratic, while the engine's own search is linear. Our
# articles need at most 55 (a 4 KB article); longer texts read as before this index.
MAX_CANDIDATES = 200


# An alternative that begins at a word boundary with a group of plain words followed by a space or
# a hyphen, or with a digit: "\b(?:aged|ages|age)\s+...", "\b(?:Section|No\.|Key\s+Stage)[\s-]\d+",
# "\b(?:ten|twenty-five)\s+", "\b\d{1,2}\s+or". Anything else is searched over the whole text.
# (A hyphenated word starts with its first run: "twenty-five" is tried where "twenty" stands.)
_WORD_ALTERNATIVE = r"[A-Za-z]+(?:\\\.|\\s\+[A-Za-z]+|-[A-Za-z]+)?"
_LEADING_WORDS = lazy_compile(
    rf"(?P<flags>\(\?[a-zA-Z]+\))?(?P<space>\s*)(?:\(\?[a-zA-Z-]+:)?\\b(?:\(\?:(?P<words>{_WORD_ALTERNATIVE}(?:\|\s*{_WORD_ALTERNATIVE})*)\)(?P<gap>\s*)"
    r"(?=\[\\s-\]|\\s\+|\\s(?![*?{])|\\b)|(?P<digit>\\d))"
)


def leading_words(pattern: regex.Pattern[str]) -> tuple[frozenset[str], bool] | None:
    r"""The first words (lower-cased) and whether a digit run can start a match, for a pattern of
    the shapes above; None for any other.

    >>> words, digits = leading_words(regex.compile(r"(?ix) \b(?:under|over)[\s-](?:1[0-9])"))
    >>> sorted(words), digits
    (['over', 'under'], False)
    >>> leading_words(regex.compile(r"\b\d{1,2}\s+or")), leading_words(regex.compile(r"\b[A-Za-z]+-\d+\b"))
    ((frozenset(), True), None)
    >>> leading_words(regex.compile(r" \b(?:under|over)\s")), leading_words(regex.compile(r"\b(?:age)\s*\d"))
    (None, None)
    >>> leading_words(regex.compile(r"(?i:\b(?:one|two)\b)"))[0] == {"one", "two"}
    True
    >>> sorted(leading_words(regex.compile("(?x)\\b(?:ten|twenty-five)\n  \\s+o"))[0])
    ['ten', 'twenty']
    >>> leading_words(regex.compile(r"\b(?:ten|twenty) \s+o"))
    """
    m = _LEADING_WORDS.match(pattern.pattern)
    if m is None:
        return None
    verbose = bool(pattern.flags & regex.VERBOSE) or "x" in (m["flags"] or "")
    if (m["space"] or m["gap"]) and not verbose:
        return None  # a space that is matched, not layout
    if m["digit"]:
        return frozenset(), True
    return frozenset(first_word(w.strip()) for w in m["words"].split("|")), False


def first_word(phrase: str) -> str:
    """The run of word characters a phrase starts with, lower-cased: 'one-third' -> 'one'."""
    m = _WORD_RUN.match(phrase)
    return m.group().lower() if m else ""


class WordIndex:
    """The start of every run of word characters in a text, by the run lower-cased."""

    __slots__ = ("text", "_at", "_digits", "_other", "_cached", "_narrowed")

    def __init__(self, text: str) -> None:
        self.text = text
        self._at: dict[str, list[int]] = {}
        self._digits: list[int] = []  # ASCII runs that start with a digit
        self._other: list[int] = []  # runs with a non-ASCII character: always tried
        self._cached: dict[tuple[Collection[str], bool], list[int]] = {}  # do not change the lists
        self._narrowed: dict[tuple[Collection[str], bool, regex.Pattern[str]], list[int]] = {}
        at, get, other, digits = self._at, self._at.get, self._other, self._digits
        # one split gives the runs and, between them, the rest: run i is parts[2i + 1] and starts
        # where parts[: 2i + 1] end (no match objects to make, the sums are done in C)
        parts = _WORD_RUN_SPLIT.split(text)
        for word, start in zip(parts[1::2], islice(accumulate(map(len, parts)), 0, None, 2)):
            if not word.isascii():
                other.append(start)
            elif word[0].isdigit():
                digits.append(start)
            else:
                key = word.lower()
                starts = get(key)
                if starts is None:
                    at[key] = [start]
                else:
                    starts.append(start)

    def starts_of(self, word: str) -> list[int]:
        """Where the runs that are this lower-case ASCII word, in any case, start (do not change the list)."""
        return self._at.get(word, [])

    def has_non_ascii_runs(self) -> bool:
        """Whether a run holds a non-ASCII character: case-insensitive matching can fold some onto
        ASCII letters (the long s onto "s"), so such a run may be any word."""
        return bool(self._other)

    def candidates(self, first_words: Collection[str], digits: bool = False) -> list[int]:
        """Sorted starts of the runs a match of a pattern with these first words can start at."""
        at = self._at
        found = [p for w in first_words if w in at for p in at[w]]
        found += self._other
        if digits:
            found += self._digits
        found.sort()
        return found

    def finditer(
        self, pattern: regex.Pattern[str], first_words: Collection[str], digits: bool = False,
        timeout: float | None = None, where: regex.Pattern[str] | None = None,
    ) -> Iterator[regex.Match[str]]:
        """The matches ``pattern.finditer(text)`` gives, for a pattern whose matches start as above
        (raising ``TimeoutError`` once ``timeout`` seconds have passed, as ``regex`` does).

        ``where``, when given, is a pattern that matches wherever ``pattern`` does (the union of
        patterns that share these first words): it is tried at each candidate once per index, and
        the patterns only where it matched. Every timed call costs two reads of the CPU clock, so
        four date patterns tried where any of them can match cost a quarter of the calls.
        """
        key = (first_words, digits)
        starts = self._cached.get(key)
        if starts is None:
            starts = self._cached[key] = self.candidates(first_words, digits)
        if where is not None and len(starts) <= MAX_CANDIDATES:
            starts = self._narrow(starts, where, (first_words, digits, where), timeout)
        if len(starts) > MAX_CANDIDATES:
            yield from pattern.finditer(self.text, timeout=timeout)
            return
        left = _time_left(timeout)
        text, match, last = self.text, pattern.match, 0
        for start in starts:
            if start < last:
                continue
            m = match(text, start, None, None, False, left())  # positional: a keyword costs more
            if m is not None:
                yield m
                last = m.end()

    def _narrow(self, starts: list[int], where: regex.Pattern[str],
                key: tuple[Collection[str], bool, regex.Pattern[str]], timeout: float | None) -> list[int]:
        """The candidates ``where`` matches at (all of them, should it run out of time: each
        pattern then meets its own time limit as before)."""
        found = self._narrowed.get(key)
        if found is None:
            left = _time_left(timeout)
            text, match = self.text, where.match
            try:
                found = [s for s in starts if match(text, s, None, None, False, left()) is not None]
            except TimeoutError:
                return starts
            self._narrowed[key] = found
        return found

    def finder(self, first_words: Collection[str], digits: bool = False,
               where: regex.Pattern[str] | None = None) -> Finder:
        """``finditer`` for one set of first words, as ``spans.guarded`` takes it."""

        def find(pattern: regex.Pattern[str], text: str, timeout: float | None) -> Iterator[regex.Match[str]]:
            assert text is self.text, "a word index answers for its own text only"
            return self.finditer(pattern, first_words, digits, timeout, where)

        return find

    def search(self, pattern: regex.Pattern[str], first_words: frozenset[str], digits: bool, pos: int,
               timeout: float | None = None) -> regex.Match[str] | None:
        """What ``pattern.search(text, pos)`` finds, for a pattern whose matches start as above."""
        key = (first_words, digits)
        starts = self._cached.get(key)
        if starts is None:
            starts = self._cached[key] = self.candidates(first_words, digits)
        if len(starts) > MAX_CANDIDATES:
            return pattern.search(self.text, pos, timeout=timeout)
        left = _time_left(timeout)
        text, match = self.text, pattern.match
        for k in range(bisect_left(starts, pos), len(starts)):
            m = match(text, starts[k], None, None, False, left())
            if m is not None:
                return m
        return None

    def searcher(self, first_words: frozenset[str], digits: bool
                 ) -> Callable[[regex.Pattern[str], int, float | None], regex.Match[str] | None]:
        """``search`` for one set of first words, as ``alternation.finditer`` takes it."""
        return lambda pattern, pos, timeout: self.search(pattern, first_words, digits, pos, timeout)


def _time_left(timeout: float | None) -> Callable[[], float | None]:
    """The seconds left of ``timeout`` at each call (None: no limit)."""
    if timeout is None:
        return lambda: None
    deadline = time.monotonic() + timeout
    return lambda: max(0.0, deadline - time.monotonic())
