"""The article as the pipeline sees it: text, where it came from, when it was published.

The publication date matters because dates in articles rarely carry a year ("Monday October 7th"):
the year comes from the publication date, which comes from the caller, else from a header line
(``date 2024-12-06``, ``Published: 6 December 2024``) or a dateline at the top of the article.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field

from .errors import InputError
from .grammar.dates import find_dateline


def coerce_published(value: dt.date | str | None) -> dt.date | None:
    """Accept a date, an ISO string or free text ("6 Dec 2024"); raise ``InputError`` otherwise.

    >>> coerce_published("2024-12-06")
    datetime.date(2024, 12, 6)
    >>> coerce_published(None) is None
    True
    """
    if value is None or isinstance(value, dt.date) and not isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, str):
        text = value.strip()
        try:
            return dt.date.fromisoformat(text)
        except ValueError:
            pass
        import dateparser  # lazy: heavy import, only needed for free-form dates

        parsed = dateparser.parse(text, settings={"DATE_ORDER": "DMY", "PREFER_DAY_OF_MONTH": "first"})
        if parsed is not None:
            date: dt.date = parsed.date()
            return date
        raise InputError(f"published date {value!r} is not a date: use YYYY-MM-DD, e.g. 2024-12-06")
    raise InputError(f"published must be a date, an ISO date string or None, not {type(value).__name__}")


@dataclass(frozen=True, slots=True)
class Document:
    text: str
    source: str | None = None
    published: dt.date | None = None

    @classmethod
    def from_text(
        cls, text: str, *, published: dt.date | str | None = None, source: str | None = None
    ) -> Document:
        if not isinstance(text, str):
            raise InputError(f"check() takes the article as str, not {type(text).__name__}")
        date = coerce_published(published)
        if date is None:
            date = find_dateline(text)
        return cls(text=text, source=source, published=date)


@dataclass(frozen=True)
class LineIndex:
    """Maps character offsets to 1-based line and column numbers."""

    text: str
    _starts: list[int] = field(init=False, repr=False)

    def __post_init__(self) -> None:
        starts = [0]
        starts.extend(i + 1 for i, ch in enumerate(self.text) if ch == "\n")
        object.__setattr__(self, "_starts", starts)

    def position(self, offset: int) -> tuple[int, int]:
        """Line and column (both from 1) of a character offset.

        >>> LineIndex("ab\\ncd").position(3)
        (2, 1)
        """
        line = bisect.bisect_right(self._starts, offset) - 1
        return line + 1, offset - self._starts[line] + 1
