"""The spans a recognizer has already read, so the next one never reads them twice.

Recognizers ask "is this span free?" once per candidate; scanning every span read so far made a
long article quadratic. The spans never overlap one another (only free spans are added), so kept
in order their ends are in order too, and the question is one bisection.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable


class TakenSpans:
    """Half-open spans that do not overlap one another, kept sorted.

    >>> taken = TakenSpans([(10, 20)])
    >>> taken.free(0, 10), taken.free(20, 25), taken.free(15, 30), taken.free(5, 11)
    (True, True, False, False)
    >>> taken.add(30, 40); taken.free(25, 31)
    False
    """

    __slots__ = ("_spans",)

    def __init__(self, spans: Iterable[tuple[int, int]] = ()) -> None:
        self._spans = sorted(spans)

    def free(self, start: int, end: int) -> bool:
        """Whether no span read so far overlaps ``start``-``end`` (the test
        ``all(end <= a or start >= b for a, b in spans)``, answered by bisection)."""
        # spans starting before ``end`` are the only ones that can overlap; of those, the last
        # one ends last
        k = bisect.bisect_left(self._spans, (end,))
        return k == 0 or self._spans[k - 1][1] <= start

    def add(self, start: int, end: int) -> None:
        bisect.insort(self._spans, (start, end))
