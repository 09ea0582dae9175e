"""Dates, weekdays and day ranges as UK news copy writes them.

The grammar finds the spans and their fields (weekday, day, month, year); ``resolve_year`` fills a
missing year from a range partner or the publication date. A structured reading of a span the
grammar already took apart is exact and costs microseconds, so dateparser is kept for free-form
publication dates only (see ``document.coerce_published``).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from functools import cache

import regex

from ..lazyre import lazy_compile
from ..vocab.calendar import MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from .spans import TakenSpans, guarded
from .words import WordIndex, first_word

# Month names as printed: capitalised or in capitals; only abbreviations may carry a full stop.
_FULL_MONTHS = [m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")]
_MON = "|".join(
    sorted([*(m.capitalize() for m in _FULL_MONTHS), *(m.upper() for m in _FULL_MONTHS)], key=len, reverse=True)
    + [rf"{m.capitalize()}\.?" for m in sorted(set(MONTHS) - set(_FULL_MONTHS), key=len, reverse=True)]
)
_WD = "|".join([*WEEKDAYS, *(w.upper() for w in WEEKDAYS), *sorted(WEEKDAY_ABBREVIATIONS, key=len, reverse=True)])
_BARE_WD = "|".join(WEEKDAYS)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d{2}"
_TO = r"\s*(?:-|–|—|to|until|till|and|through)\s*"

# One date: "Monday 7 March", "Friday, 10th January 2020", "Monday October 7th", "Oct 20, 2023"; not
# "21 of October's 58 arrests" (a part of that month's figure, not a day)
_SINGLE = rf"""
    (?:(?P<wd>{_WD}),?\s+(?:the\s+)?)?
    (?:
        (?P<d1>{_DAY})(?:\s+of(?!\s+(?:{_MON})['’]s\b))?\s+(?P<m1>{_MON})(?![a-z])(?:,?\s+(?P<y1>{_YEAR}))?
      | (?P<m2>{_MON})\s+(?P<d2>{_DAY})(?![\d:.]\d|\s*(?:am|pm)\b)(?:,?\s+(?P<y2>{_YEAR}))?
    )
"""
# Every date starts with a digit (a day) or a capital (a weekday or month): testing that first lets
# the engine pass over other positions before it tries the lookbehinds and the month alternation,
# which otherwise run at every character (five times faster; the matches are the same).
_STARTS = r"(?=[A-Z\d])"
SINGLE_DATE = lazy_compile(rf"{_STARTS}(?<![\w£]){_SINGLE}(?![\w£])", regex.VERBOSE)

# "October 11 to 17", "October 3-9", "June 23 and 29": the second day shares the month.
MONTH_DAY_RANGE = lazy_compile(
    rf"""(?<![\w£])(?P<m>{_MON})\s+(?P<a>{_DAY}){_TO}(?P<b>{_DAY})(?![\w£:]|\.\d|\s+(?:{_MON}))
         (?:,?\s+(?P<y>{_YEAR}))?""",
    regex.VERBOSE,
)
# "19–25 May", "13-19 March 2023"
DAY_MONTH_RANGE = lazy_compile(
    rf"""{_STARTS}(?<![\w£.,]|(?:{_MON})\s)(?:(?P<wa>{_WD})\s+)?(?P<a>{_DAY}){_TO}(?:(?P<wb>{_WD}),?\s+)?(?P<b>{_DAY})\s+(?P<m>{_MON})
         (?![a-z])(?:,?\s+(?P<y>{_YEAR}))?""",
    regex.VERBOSE,
)
# "Monday 25 - Sunday December 2nd": the first day's month is the second's, or the one before.
DAY_TO_DATE_RANGE = lazy_compile(
    rf"""{_STARTS}(?<![\w£.,]|(?:{_MON})\s)(?:(?P<wa>{_WD})\s+)?(?P<a>{_DAY}){_TO}(?:(?P<wb>{_WD}),?\s+)?(?P<m>{_MON})\s+(?P<b>{_DAY})
         (?![\w:])(?:,?\s+(?P<y>{_YEAR}))?""",
    regex.VERBOSE,
)
NUMERIC_DATE = lazy_compile(
    r"""(?=\d)(?<![\w./:-])(?:
          (?P<y>(?:19|20)\d{2})-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])      # 2024-12-06
        | (?P<d2>[0-3]?\d)(?P<sep>[./])(?P<m2>[01]?\d)(?P=sep)(?P<y2>(?:19|20)\d{2}|\d{2})  # 20/03/2019
        )(?![\w/]|[.-]\d)""",
    regex.VERBOSE,
)
# A weekday on its own: "on Wednesday", "last Friday".
BARE_WEEKDAY = lazy_compile(rf"(?<=\b(?:[Oo]n|[Ll]ast|[Tt]his|[Ff]rom|[Uu]ntil|[Bb]y|[Ss]ince)\s)(?P<wd>{_BARE_WD})\b")
RANGE_JOIN = lazy_compile(rf"^{_TO}$")
# Matches wherever one of the four patterns tried at the same words matches: they are tried only
# where it does (see ``words.WordIndex.finditer``; tests/test_fast_paths.py keeps it the union).
WORD_DATES = (DAY_TO_DATE_RANGE, DAY_MONTH_RANGE, MONTH_DAY_RANGE, SINGLE_DATE)


@cache
def any_word_date() -> regex.Pattern[str]:
    """The union, compiled on first use: 13 ms that import time need not carry."""
    return regex.compile("|".join(f"(?:{p.pattern}\n)" for p in WORD_DATES), regex.VERBOSE)


# Every date above starts with a digit or with one of these words, lower-cased (see ``words.WordIndex``).
FIRST_WORDS = frozenset(first_word(w) for w in [*MONTHS, *WEEKDAYS, *WEEKDAY_ABBREVIATIONS])


@dataclass(frozen=True, slots=True)
class DateHit:
    """One date as printed; fields the text leaves out are None."""

    start: int
    end: int
    day: int | None
    month: int | None
    year: int | None
    weekday: str | None
    weekday_start: int | None = None
    range_id: int | None = None  # dates printed as one range share an id
    year_printed: bool = False

    def resolved(self) -> dt.date | None:
        if self.day is None or self.month is None or self.year is None:
            return None
        try:
            return dt.date(self.year, self.month, self.day)
        except ValueError:
            return None


def _weekday(text: str | None) -> str | None:
    """The full weekday name for 'Fri', 'FRIDAY' or 'Friday'."""
    if not text:
        return None
    return WEEKDAY_ABBREVIATIONS.get(text, text.capitalize())


_NOT_DIGIT = lazy_compile(r"\D")
_RANGE_LEAD = lazy_compile(r"\b(?:from|between|running|run|held)\s*$")
# every date ``find_dateline`` can use has a day and a year, written in digits
_DIGIT = lazy_compile(r"\d")


def _day(text: str | None) -> int | None:
    return int(_NOT_DIGIT.sub("", text)) if text else None


def _month(text: str | None) -> int | None:
    return MONTHS.get(text.lower().rstrip(".")) if text else None


def _year(text: str | None) -> int | None:
    if not text:
        return None
    year = int(text)
    return year + 2000 if year < 100 else year


def find_dates(text: str, lost: list[tuple[int, int, str]] | None = None,
               words: WordIndex | None = None) -> list[DateHit]:
    """Every date, weekday and day range in the text, in order of position.

    >>> [(h.day, h.month, h.year, h.weekday) for h in find_dates("from Monday 7 March to Friday 11 March 2022")]
    [(7, 3, 2022, 'Monday'), (11, 3, 2022, 'Friday')]
    >>> [(h.day, h.month) for h in find_dates("between October 11-17.")]
    [(11, 10), (17, 10)]
    >>> [(h.day, h.month, h.weekday) for h in find_dates("Monday 25 - Sunday December 2nd")]
    [(25, 11, 'Monday'), (2, 12, 'Sunday')]
    >>> [(h.day, h.month, h.year) for h in find_dates("24.11.2025 and (19–25 May)")]
    [(24, 11, 2025), (19, 5, None), (25, 5, None)]
    """
    hits: list[DateHit] = []
    taken = TakenSpans()
    next_range = 0
    words = words or WordIndex(text)  # patterns are tried only at digits and month and weekday names
    starts = words.finder(FIRST_WORDS, digits=True, where=any_word_date())
    free = taken.free

    def add(hit: DateHit) -> None:
        hits.append(hit)
        taken.add(hit.start, hit.end)

    for pattern in (DAY_TO_DATE_RANGE, DAY_MONTH_RANGE, MONTH_DAY_RANGE):
        for m in guarded(pattern, text, lost, starts):
            if not free(m.start(), m.end()):
                continue
            month, year = _month(m["m"]), _year(m["y"])
            a, b = _day(m["a"]), _day(m["b"])
            if a is None or b is None or month is None:
                continue
            first_month, first_year = month, year
            if pattern is DAY_TO_DATE_RANGE and a > b:  # "Monday 25 - Sunday December 2nd"
                first_month = 12 if month == 1 else month - 1
                first_year = year - 1 if year is not None and month == 1 else year
            wa, wb = m.groupdict().get("wa"), m.groupdict().get("wb")
            add(DateHit(m.start(), m.end("a"), a, first_month, first_year, _weekday(wa),
                        m.start("wa") if wa else None, next_range, year is not None))
            if wb:
                second_start = m.start("wb")
            else:
                second_start = m.start("m") if pattern is DAY_TO_DATE_RANGE else m.start("b")
            add(DateHit(second_start, m.end(), b, month, year, _weekday(wb),
                        m.start("wb") if wb else None, next_range, year is not None))
            next_range += 1
    for m in guarded(SINGLE_DATE, text, lost, starts):
        if not free(m.start(), m.end()):
            continue
        y = m["y1"] or m["y2"]
        add(DateHit(m.start(), m.end(), _day(m["d1"] or m["d2"]), _month(m["m1"] or m["m2"]), _year(y),
                    _weekday(m["wd"]), m.start("wd") if m["wd"] else None, None, y is not None))
    for m in guarded(NUMERIC_DATE, text, lost, words.finder((), digits=True)):
        if not free(m.start(), m.end()):
            continue
        if m["y"]:
            add(DateHit(m.start(), m.end(), int(m["d"]), int(m["m"]), int(m["y"]), None, None, None, True))
        else:
            d, mo = int(m["d2"]), int(m["m2"])
            if mo > 12 and d <= 12:
                d, mo = mo, d
            if 1 <= mo <= 12 and 1 <= d <= 31:
                add(DateHit(m.start(), m.end(), d, mo, _year(m["y2"]), None, None, None, True))
    for m in guarded(BARE_WEEKDAY, text, lost, words.finder(FIRST_WORDS)):
        if free(m.start(), m.end()):
            add(DateHit(m.start(), m.end(), None, None, None, m["wd"], m.start(), None))
    hits.sort(key=lambda h: h.start)
    return _join_ranges(text, hits, next_range)


def _join_ranges(text: str, hits: list[DateHit], next_range: int) -> list[DateHit]:
    """Mark two single dates printed as one range ("9 October and Friday, 15 October 2023")."""
    out = list(hits)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.range_id is not None or b.range_id is not None or a.day is None or b.day is None:
            continue
        if not RANGE_JOIN.match(text[a.end : b.start]):
            continue
        lead = text[max(0, a.start - 12) : a.start].lower()
        if not _RANGE_LEAD.search(lead) and "-" not in text[a.end : b.start] and "–" not in text[a.end : b.start]:
            continue
        year = b.year if a.year is None else a.year
        out[i] = replace(a, range_id=next_range, year=year)
        out[i + 1] = replace(b, range_id=next_range, year=b.year if b.year is not None else a.year)
        next_range += 1
    return out


def resolve_year(hit: DateHit, published: dt.date | None) -> DateHit:
    """Give a yearless date the year that puts it closest before publication (news reports the past).

    >>> resolve_year(DateHit(0, 5, 9, 10, None, "Monday"), dt.date(2023, 10, 20)).year
    2023
    >>> resolve_year(DateHit(0, 5, 28, 12, None, None), dt.date(2024, 1, 3)).year
    2023
    """
    if hit.year is not None or published is None or hit.day is None or hit.month is None:
        return hit
    best = None
    for year in (published.year + 1, published.year, published.year - 1):
        try:
            candidate = dt.date(year, hit.month, hit.day)
        except ValueError:
            continue
        if candidate <= published + dt.timedelta(days=31):
            best = year
            break
    return replace(hit, year=best)


HEADER = lazy_compile(
    r"(?im)^[ \t]*(?:date|published|updated|posted|first published)\s*:?\s*(?P<rest>[^\n]{4,60})"
)


def _date_may_start_by(words: WordIndex, position: int) -> bool:
    """Whether a date found in the indexed text can start at or before ``position``: every date
    starts where ``find_dates`` tries its patterns, at a digit run, a month or weekday name, or a
    run with a non-ASCII character (see ``words``)."""
    starts = words.candidates(FIRST_WORDS, digits=True)
    return bool(starts) and starts[0] <= position


def find_dateline(text: str) -> dt.date | None:
    """The publication date a header or dateline at the top of an article states, if any.

    >>> find_dateline(" date 2024-12-06 A week of action")
    datetime.date(2024, 12, 6)
    >>> find_dateline("Headline\\n\\nOct 20, 2023\\nBy A Reporter\\n")
    datetime.date(2023, 10, 20)
    >>> find_dateline("Police arrested 43 people on 9 October 2023.") is None
    True
    """
    head = text[:600]
    header = HEADER.search(head)
    if header:
        for hit in find_dates(header["rest"]):
            date = hit.resolved()
            if date:
                return date
    for line in head.split("\n")[:10]:
        stripped = line.strip()
        if not stripped or len(stripped) > 60 or not _DIGIT.search(stripped):
            continue
        words = WordIndex(stripped)
        if not _date_may_start_by(words, 12):
            continue  # a headline's "43 arrests" further on: not searched for dates
        for hit in find_dates(stripped, words=words):
            date = hit.resolved()
            if date and hit.start <= 12:
                return date
    return None
