"""Bookkeeping of the parts of the text a recognizer has already read.

Recognizers run in order and each claims the spans it reads, so that later ones never read them
twice; with thousands of hits a plain list made each check a pass over every earlier hit.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable, Iterator

import regex

# Seconds a recognizer may spend on a text: far above what a linear pattern needs (about a second
# per megabyte, with the work done per match), so it only fires on a pattern that has gone wrong.
TIMEOUT_SECONDS = 30.0
TIMEOUT_PER_MEGABYTE = 30.0
# Texts up to this many characters are searched without a time limit. Asking ``regex`` for one makes
# it read the CPU clock (a system call) twice per call: ~1.8 us, some 300 calls, 0.5 ms of a 4 KB
# article. Every guarded pattern is linear per call (possessive or bounded repeats; measured over
# hostile texts by ``benchmarks/adversarial.py --guarded``: at 16 KB the worst anchored match is
# ~3 ms and the worst whole-text search 40-55 ms, about twice that at twice the size), and the word index
# tries each at most ``words.MAX_CANDIDATES`` places, so on a text this short the worst case is about
# two seconds, never a hang. Longer texts keep the limit.
UNGUARDED_LENGTH = 16_384
NOT_READ = "not read: searching the text took too long"


class TakenSpans:
    """The parts of the text already read, so that asking whether a span is free costs two binary
    searches instead of a pass over every earlier hit (which made articles with thousands of
    figures slow in the square of their number).

    Both lists hold disjoint spans in order (overlapping spans are merged as they come).
    Recognizers add their hits left to right, one pattern after another: hits of the current pass
    go to ``_recent`` and are merged into ``_done`` when a hit arrives out of order, once a pass.
    """

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._done: list[tuple[int, int]] = _union(sorted(spans))
        self._recent: list[tuple[int, int]] = []

    @staticmethod
    def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
        i = bisect.bisect_left(spans, (end,))  # spans starting before ``end``; being disjoint,
        return i > 0 and spans[i - 1][1] > start  # only the last of them can reach past ``start``

    def free(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps no span taken so far.

        >>> t = TakenSpans([(5, 10), (0, 30)]); t.add(40, 50); t.add(45, 60)
        >>> t.free(30, 40), t.free(10, 12), t.free(55, 70), t.free(60, 61)
        (True, False, False, True)
        """
        return not self._overlaps(self._done, start, end) and not self._overlaps(self._recent, start, end)

    def covers(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` lies wholly inside what was taken (nested or joined spans).

        >>> t = TakenSpans([(0, 5), (5, 9)]); t.covers(2, 8), t.covers(8, 10), t.covers(0, 1)
        (True, False, True)
        """
        if self._recent:
            self._done, self._recent = _union(sorted(self._done + self._recent)), []
        spans = self._done
        i = bisect.bisect_left(spans, (start + 1,)) - 1  # the last span starting at or before ``start``
        return i >= 0 and spans[i][0] <= start and spans[i][1] >= end

    def add(self, start: int, end: int) -> None:
        if self._recent and start < self._recent[-1][0]:
            self._done = _union(sorted(self._done + self._recent))
            self._recent = []
        if self._recent and start < self._recent[-1][1]:
            self._recent[-1] = (self._recent[-1][0], max(end, self._recent[-1][1]))
        else:
            self._recent.append((start, end))


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Sorted spans with overlapping and touching ones merged (``[0, 5)`` and ``[5, 9)`` are ``[0, 9)``)."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def time_budget(length: int) -> float | None:
    """The time a pattern may take over a text of this many characters (None: no limit, see
    ``UNGUARDED_LENGTH``)."""
    if length <= UNGUARDED_LENGTH:
        return None
    return TIMEOUT_SECONDS + TIMEOUT_PER_MEGABYTE * length / 1_000_000


Finder = Callable[[regex.Pattern[str], str, "float | None"], Iterator[regex.Match[str]]]


def _finditer(pattern: regex.Pattern[str], text: str, timeout: float | None) -> Iterator[regex.Match[str]]:
    return pattern.finditer(text, timeout=timeout)


def guarded(pattern: regex.Pattern[str], text: str, lost: list[tuple[int, int, str]] | None,
            finder: Finder = _finditer) -> Iterator[regex.Match[str]]:
    """``pattern.finditer(text)`` with a time limit, the last guard against a pattern that
    backtracks: when it runs out, the rest of the text is listed in ``lost`` as not read (it
    goes to the report's ledger) and the recognizer stops, instead of hanging or crashing.
    """
    read_up_to = 0
    try:
        for m in finder(pattern, text, time_budget(len(text))):
            read_up_to = m.end()
            yield m
    except TimeoutError:
        if lost is not None and read_up_to < len(text):
            lost.append((read_up_to, len(text), NOT_READ))
