"""Figures: a number with its currency, multiplier, unit and qualifier, read as an interval.

Recognizers run in order (dates and skips first, see ``scan``), each claiming the spans it reads
so later ones never read them twice.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

import regex

from ..model import Quantity, Qualifier, Unit
from ..vocab import numbers as vocab
from ..vocab.qualifiers import AFTER, BEFORE, READINGS, ROUNDED
from .dates import DateHit, find_dates
from .numbers import DIGIT_RUN, NUMBER_FIRST_WORDS, NUMBER_WORDS, SPACED_COMMA, read_digits, read_words
from .skips import find_skips, unread
from .spans import TakenSpans, guarded
from .words import WordIndex, first_word
from ..lazyre import lazy_compile
from ..prefilter import may_hold


@dataclass(frozen=True, slots=True)
class FigureHit:
    """One printed figure: ``start``/``end`` cover currency, number, multiplier and unit."""

    start: int
    end: int
    qualifier_start: int  # where the qualifier phrase starts (== start when exact)
    qualifier: Qualifier
    value: Quantity
    readings: tuple[Quantity, ...]
    unit: Unit
    malformed: str | None
    kind: str  # digits | words | vague | fraction | ratio | duration | rate


@dataclass(frozen=True, slots=True)
class Scan:
    figures: tuple[FigureHit, ...]
    dates: tuple[DateHit, ...]
    skipped: tuple[tuple[int, int, str], ...]


# What may follow a number. Named groups say which unit or multiplier matched.
_UNIT_PART = r"""
    (?:
        (?P<kg>\ ?(?:kgs?|kilos?|kilogram(?:me)?s?)\b)
      | (?P<g>\ ?(?:g|grams?|gram(?:me)?s?)\b)
      | (?P<tonnes>\ ?(?:tonnes?|tons?)\b)
      | (?P<percent>\ ?(?:%|per\ ?cent\b|percent\b))
      # (any case: a tabloid's "SIX-WEEK BLITZ" is a span of weeks)
      | (?P<years>[\ -](?i:years?)\b)(?![\ -](?i:old))
      | (?P<months>[\ -](?i:months?)\b)(?![\ -](?i:old))
      | (?P<weeks>[\ -](?i:weeks?)\b)(?![\ -](?i:old))
      | (?P<days>[\ -](?i:days?)\b)(?![\ -](?i:old))
      | (?P<pounds>\ (?:of\ )?pounds\b)
      | (?P<distance>(?:[\ -](?:miles?|km|kilometres?|metres|hours?|hrs|minutes?|mins?|mph|ounces?|bitcoins?|btc)|\ ?oz)\b)
    )?
    (?P<plus>\+)?
"""
SUFFIX = lazy_compile(
    r"(?P<mult>\ ?(?:bn|mn|[kKmM])(?![A-Za-z\d])|\ ?(?i:thousand|million|billion)\b)?" + _UNIT_PART,
    regex.VERBOSE,
)
UNIT_SUFFIX = lazy_compile(r"(?P<mult>(?!))?" + _UNIT_PART, regex.VERBOSE)
VAGUE = lazy_compile(
    r"(?i)(?<![\w-])(?P<w>" + "|".join(sorted(vocab.VAGUE, key=len, reverse=True)) + r")\b(?=\s+of\b|\s+\w)"
)
FRACTION = lazy_compile(
    r"(?i)(?<![\w-])(?P<w>" + "|".join(regex.escape(f) for f in sorted(vocab.FRACTIONS, key=len, reverse=True))
    + r")(?![\w-])(?!\s+an?\s+(?:dozen|score|hundred|thousand|million|billion)\b)"  # "half a dozen" is a number
)
# "half a million pounds", "three-quarters of a million": a fraction of a round amount is an amount.
FRACTION_OF_SCALE = lazy_compile(
    r"(?i)(?<![\w-])(?P<w>" + "|".join(regex.escape(f) for f in sorted(vocab.FRACTIONS, key=len, reverse=True))
    + r")(?:\s+of)?\s+an?\s+(?P<scale>thousand|million|billion)\b(?P<pounds>\s+(?:pounds|quid)\b)?"
)
OF_AFTER = lazy_compile(r"(?i)\s+(?:of|the)\b")
PART_OF_PERIOD = lazy_compile(r"(?i)\b(?:first|second|final|last|latter|former|other)[\s-]$")
COMPARED_AFTER = lazy_compile(r"(?i)\s+(?:more|fewer|less|higher|lower|up|down)\b")  # "a third more than"
# "up by a quarter", "a rise of a third", "fell by half": a fraction after a word of change is the change
CHANGE_WORD_BEFORE = lazy_compile(
    r"""(?ix)\b(?:up|down|rose|risen|rise|rising|fell|fallen|fall|falling|increased?|increasing|decreased?
    |decreasing|grew|grown|growth|jump(?:ed)?|drop(?:ped)?|cut|reduction|reduced|climbed|climb|slumped)
    \s+(?:by\s+|of\s+)?$"""
)
RATIO = lazy_compile(
    r"(?i)\b(?P<w>" + "|".join(w for w in vocab.RATIOS if w != "twice")
    + r"|twice(?=\s+(?:as|the|what|that|than|its|their)\b))\b"
)
# "three in four of those children", "one in five", "seven in ten": a share written as a ratio
ONE_TO_TEN = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten")  # named, not sliced from UNITS
ONE_IN = lazy_compile(
    r"(?i)(?<![\w-])(?P<a>\d{1,3}|" + "|".join(ONE_TO_TEN) + r")\s+in\s+(?:every\s+)?"
    r"(?P<b>\d{1,3}|" + "|".join(ONE_TO_TEN[1:]) + r")\b(?![.,]\d)(?!\s*(?:years?|months?|weeks?|days?|hours?)\b)"
)
HALF_AFTER = lazy_compile(r"(?i)\s+and\s+a\s+half\b")
# "one and a half million pounds", "two-and-a-half thousand": a round amount and a half of it (read whole,
# before "million pounds" alone could be taken for the amount)
AND_A_HALF_SCALE = lazy_compile(
    r"(?i)(?<![\w-])(?P<w>" + "|".join(ONE_TO_TEN) + r")[\s-]+and[\s-]+a[\s-]+half[\s-]+"
    r"(?P<scale>thousand|million|billion)\b(?P<pounds>\s+(?:pounds|quid)\b)?"
)
COUPLE = lazy_compile(r"(?i)(?<![\w-])a\s+couple\s+of\b")
COMPOUND_DURATION = lazy_compile(r"(?i)^\s+and\s+(?:a\s+half\b|(?P<n>\d{1,2}|[a-z]+)\s+months?\b)")
# "about three times what we managed", "five times as many": a multiple, as "twice" is, not a count
TIMES = lazy_compile(
    r"(?i)(?<![\w-])(?P<w>" + "|".join(list(vocab.UNITS)[3:12]) + r")\s+times"
    r"(?=\s+(?:as|the|what|that|than|its|their|higher|more|greater|larger|bigger|lower|smaller|fewer|less)\b)"
)
# "took nearly a year", "more than a month": a period written without a number is a duration when
# a qualifier says how long ("£75,000 a year", "once a month" are rates, not durations)
QUALIFIED_PERIOD = lazy_compile(r"(?i)(?<![\w-])a\s+(?P<unit>year|month)\b(?![\w-])")
WEEK_WORDS = lazy_compile(r"(?i)(?<![\w-])(?P<w>week-long|weeklong|a week|one week|a fortnight)\b(?!-)")
# "one" is not a figure in "no one", "one of the", "one-off".
ONE_EXCEPTIONS = lazy_compile(
    r"(?i)(?:\bno\s+|\b(?:any|some|every|each|the\s+only|this|that|which|the)\s+)$"
)
ONE_AFTER = lazy_compile(r"(?i)^(?:\s*(?:[.,;:!?)\"”’]|$)|\s+(?:yet|is|was|has|had|who|which|that|more|less|and|or|but|to|in|at|on|for|with|would|will|can|could|should|i)\b|\s+of\b|\s+another\b|-off\b|\s+in\s+\w+\b|\s+by\s+one\b|\s+or\s+two\b|\s+day\b|\s+way\b|\s+thing\b|\s+side\b|\s+hand\b|\s+another\b|\s+and\s+all\b|\s+stop\b)")
# "from one area to another", "from one end of the country to the other": "one" of a pair, not a count
ONE_TO_THE_OTHER = lazy_compile(r"(?i)^\s+(?:(?!(?:and|or|but|then|was|were|is|are|had|has|have|who|which|that|before|after|him|her|them)\s)[a-z'’-]+\s+){1,5}?(?:to|into)\s+(?:another|the\s+other)\b")
# "two warrants, one in Bodmin and one in Wadebridge": a breakdown by place, not "one in five"
ONE_IN_PLACE_AFTER = lazy_compile(r"\s+in\s+(?!(?:Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twenty|A)\b)(?:[A-Z][a-z'’-]+)(?:\s+[A-Z][a-z'’-]+)*\b(?!\s+(?:of|in)\b)")
ONE_IN_PLACE_BEFORE = lazy_compile(r"(?i)(?:,|\band|[:–—]|\s-)\s*$")


def _one_in_a_place(text: str, start: int, end: int) -> bool:
    """'one in Bodmin' listed after a comma or 'and': one of a count broken down by place."""
    return bool(ONE_IN_PLACE_AFTER.match(text, end) and ONE_IN_PLACE_BEFORE.search(text, max(0, start - 8), start))


# A year-like number (2086) is a count only before a word for what police count, on its line ("May 2025"
# heading a table's column is a month, whatever label the next row starts with).
YEAR_COUNT_NOUN = lazy_compile(
    r"(?i)^[^\S\n]+(?:[a-z'-]+[^\S\n]+){0,2}(?:people|persons|arrests|officers|men|women|children|weapons|knives|firearms|"
    r"phones|vehicles|warrants|raids|addresses|lines|referrals|individuals|suspects|victims|adults|juveniles|"
    r"homes|premises|visits|wraps|guns|machetes|swords|crossbows)\b"
)
# The base of a rate: "per 100,000 people", "for every 1,000 residents", "per 1m". A power of ten,
# because a rate's base is one; "per 250 officers" is not read as a base.
RATE_BASE = r"""(?:1|10|100)(?:,000|000){1,2}(?![\d,.]\d)|100(?![\d,.]\d)|1(?:00)?\s?(?:k|m|thousand|million)\b"""
RATE_BASE_BEFORE = lazy_compile(r"(?i)\b(?:per|(?:for|in)\s+every)\s+$")
# A figure that is a rate, not a count: up to four words (what it counts), then "per" and a base.
RATE_AFTER = lazy_compile(
    r"(?i)^(?:\s+(?!per\b)[a-z'’-]+){0,4}?\s+(?:per|(?:for|in)\s+every)\s+(?:" + RATE_BASE + ")"
)
RATE_BASE_HERE = lazy_compile(r"(?i)(?:" + RATE_BASE + ")")
RATE_PER = lazy_compile(r"(?i)\b(?:per|(?:for|in)\s+every)\s+(?=" + RATE_BASE + ")")  # where a rate's base starts
# A decimal count ("1.551 cannabis plants") is suspicious before any plural noun that is not a unit.
COUNT_NOUN_AFTER = lazy_compile(
    r"(?i)^\s+(?:[a-z'-]+\s+){0,2}(?:people|persons|men|women|children|knives|premises|"
    r"(?!(?:kilos|grams|kilograms|tonnes|miles|hours|minutes|years|months|weeks|days"
    r"|times|pounds|metres|litres)\b)[a-z]{3,}s)\b"
)

# The words a match of each word pattern can start with, lower-cased (see ``words.WordIndex``).
FIRST_WORDS: dict[str, frozenset[str]] = {
    "VAGUE": frozenset(first_word(w) for w in vocab.VAGUE),
    "ONE_IN": frozenset(ONE_TO_TEN),  # and digit runs
    "COUPLE": frozenset({"a"}),
    "FRACTION": frozenset(first_word(f) for f in vocab.FRACTIONS),
    "AND_A_HALF_SCALE": frozenset(ONE_TO_TEN),
    "RATIO": frozenset(vocab.RATIOS),
    "WEEK_WORDS": frozenset({"week", "weeklong", "a", "one"}),
    "TIMES": frozenset(list(vocab.UNITS)[3:12]),
    "QUALIFIED_PERIOD": frozenset({"a"}),
}

_UNIT_OF = {
    "kg": Unit.KG, "g": Unit.G, "tonnes": Unit.KG, "percent": Unit.PERCENT, "years": Unit.YEARS,
    "months": Unit.MONTHS, "weeks": Unit.WEEKS, "days": Unit.DAYS, "pounds": Unit.GBP,
    "distance": Unit.OTHER,
}
_BEFORE = lazy_compile(
    r"(?i)(?<![\w])(?P<q>" + "|".join(regex.escape(p) for p in sorted(BEFORE, key=len, reverse=True))
    + r")\s+(?:(?:a|an)\s+)?(?:further\s+|total\s+of\s+|staggering\s+|record\s+)?$"
)
# Every match of _BEFORE holds one of these phrases as written: a figure with none in the 40
# characters before it has no qualifier there, and is not searched (see ``prefilter``)
_BEFORE_PHRASES = tuple(BEFORE)
_AFTER = lazy_compile(
    r"(?i)^(?P<q>\s?\+|-plus\b|\s+(?:and|or)\s+(?:more|over)\b(?!\s+than)|\s+plus\b(?!\s+\d))"
)


def rounding(digits: str, decimals: int, multiplier: int) -> Decimal:
    """Half a unit of the last printed significant place: '£1.3m' is 1.25m-1.35m.

    Whole numbers of four digits or more with trailing zeros keep two significant figures ('1,500'
    is 1,450-1,550); smaller or unrounded numbers are exact.

    >>> rounding("13", 1, 1_000_000), rounding("1500", 0, 1), rounding("120", 0, 1), rounding("2", 0, 1_000_000)
    (Decimal('50000'), Decimal('50'), Decimal('0'), Decimal('500000'))
    """
    if decimals:
        return Decimal(multiplier) * Decimal(5) / Decimal(10) ** (decimals + 1)
    zeros = len(digits) - len(digits.rstrip("0"))
    if multiplier > 1:
        return Decimal(multiplier) * Decimal(10) ** zeros / 2
    places = min(zeros, len(digits) - 2)
    if places < 1 or len(digits) < 4:
        return Decimal(0)  # "120 people" is a count, not a rounding; "1,500" may be one
    return Decimal(10) ** places / 2


def interval(point: Decimal, qualifier: Qualifier, tolerance: Decimal = Decimal(0)) -> Quantity:
    """Read a qualified figure as an interval (see ``vocab.qualifiers``).

    >>> str(interval(Decimal(1500), Qualifier.NEARLY))
    '1,350–1,500 (1,500)'
    >>> interval(Decimal(700), Qualifier.MORE_THAN).high is None
    True
    """
    low_f, high_f = READINGS.get(qualifier, (Decimal(1), Decimal(1)))
    tol = tolerance if qualifier in ROUNDED else Decimal(0)
    low = None if low_f is None else max(Decimal(0), point * low_f - tol)
    high = None if high_f is None else point * high_f + tol
    return Quantity(low, high, point)


def _qualifier(text: str, start: int, end: int) -> tuple[Qualifier, int, int]:
    """The qualifier around a figure and the extent it adds: (qualifier, new start, new end)."""
    after = _AFTER.match(text[end : end + 12])
    if after:
        return AFTER[after["q"].strip().lstrip("-").lower()], start, end + after.end()  # ("1,000-plus")
    window = text[max(0, start - 40) : start]
    before = _BEFORE.search(window) if may_hold(window, 0, len(window), _BEFORE_PHRASES) else None
    if before:
        return BEFORE[before["q"].lower()], start - (len(before.string) - before.start()), end
    return Qualifier.EXACT, start, end


def scan(text: str) -> Scan:
    """Find every figure, date and skipped number in ``text``.

    >>> [(text[f.start:f.end], str(f.value), f.unit.value, f.qualifier.value) for text in
    ...  ["nearly 1,5000 arrests and £1.3m in cash, plus FORTY-FIVE knives and 26 kg"]
    ...  for f in scan(text).figures]   # doctest: +NORMALIZE_WHITESPACE
    [('1,5000', '1,350–1,500 (1,500)', 'count', 'nearly'),
     ('£1.3m', '1,250,000–1,350,000 (1,300,000)', 'GBP', 'exact'),
     ('FORTY-FIVE', '45', 'count', 'exact'), ('26 kg', '26', 'kg', 'exact')]
    """
    lost: list[tuple[int, int, str]] = []  # text a pattern ran out of time on (see ``spans.guarded``)
    words = WordIndex(text)  # the word patterns are tried only where their first words stand
    dates = find_dates(text, lost, words)
    date_spans = TakenSpans([(d.start, d.end) for d in dates])
    skipped = [s for s in find_skips(text, lost, words) if date_spans.free(s[0], s[1])]
    taken = TakenSpans([(d.start, d.end) for d in dates] + [(a, b) for a, b, _ in skipped])
    free = taken.free
    figures: list[FigureHit] = []

    def claim(hit: FigureHit) -> None:
        figures.append(hit)
        taken.add(hit.start, hit.end)

    # before the digit runs, so that '1 in 5' is one share, not a 1 and a 5
    for m in guarded(ONE_IN, text, lost, words.finder(FIRST_WORDS["ONE_IN"], digits=True)):
        if free(m.start(), m.end()):
            a, b = _small(m["a"]), _small(m["b"])
            if a and b and a < b:
                point = (Decimal(a) / Decimal(b) * 100).quantize(Decimal("0.01"))
                q, qs, _ = _qualifier(text, m.start(), m.end())
                claim(FigureHit(m.start(), m.end(), qs, q, interval(point, q), (), Unit.PERCENT, None, "fraction"))
    for pattern in (SPACED_COMMA, DIGIT_RUN):
        for m in guarded(pattern, text, lost):
            if free(m.start(), m.end()):
                hit = _digits(text, m.start("run"), m.end("run"), skipped)
                if hit is not None:
                    claim(hit)
    for m in guarded(VAGUE, text, lost, words.finder(FIRST_WORDS["VAGUE"])):
        if free(m.start(), m.end()):
            claim(_vague(text, m.start(), m.end(), m["w"].lower()))
    for m in guarded(COUPLE, text, lost, words.finder(FIRST_WORDS["COUPLE"])):
        if free(m.start(), m.end()):
            claim(FigureHit(m.start(), m.end(), m.start(), Qualifier.ABOUT, interval(Decimal(2), Qualifier.ABOUT), (),
                            Unit.COUNT, None, "words"))
    for m in guarded(AND_A_HALF_SCALE, text, lost, words.finder(FIRST_WORDS["AND_A_HALF_SCALE"])):
        if free(m.start(), m.end()):
            scale = Decimal(vocab.SCALES[m["scale"].lower()])
            point = ((Decimal(vocab.UNITS[m["w"].lower()]) + Decimal("0.5")) * scale).quantize(Decimal(1))
            q, qs, _ = _qualifier(text, m.start(), m.end())
            unit = Unit.GBP if m["pounds"] or text[max(0, m.start() - 1) : m.start()] == "£" else Unit.COUNT
            claim(FigureHit(m.start(), m.end(), qs, q, interval(point, q, scale / 40), (), unit, None, "words"))
    for m in guarded(FRACTION_OF_SCALE, text, lost, words.finder(FIRST_WORDS["FRACTION"])):
        if free(m.start(), m.end()):
            share = vocab.FRACTIONS[m["w"].lower().replace("  ", " ")]
            point = (share * vocab.SCALES[m["scale"].lower()] / 100).quantize(Decimal(1))
            q, qs, _ = _qualifier(text, m.start(), m.end())
            unit = Unit.GBP if m["pounds"] or text[max(0, m.start() - 1) : m.start()] == "£" else Unit.COUNT
            claim(FigureHit(m.start(), m.end(), qs, q, interval(point, q, Decimal(vocab.SCALES[m["scale"].lower()]) / 40), (), unit, None, "words"))
    for m in guarded(FRACTION, text, lost, words.finder(FIRST_WORDS["FRACTION"])):
        if free(m.start(), m.end()):
            point = vocab.FRACTIONS[m["w"].lower().replace("  ", " ")]
            q, qs, _ = _qualifier(text, m.start(), m.end())
            if (not OF_AFTER.match(text, m.end()) and not COMPARED_AFTER.match(text, m.end()) and q is Qualifier.EXACT
                    and not CHANGE_WORD_BEFORE.search(text, max(0, m.start() - 24), m.start())):
                continue  # "half an hour": a fraction needs "of", a qualifier or a word of change
            if PART_OF_PERIOD.search(text, max(0, m.start() - 12), m.start()):
                continue  # "the second half of the year" is a time, not a share
            claim(FigureHit(m.start(), m.end(), qs, q, interval(point, q), (), Unit.PERCENT, None, "fraction"))
    for m in guarded(TIMES, text, lost, words.finder(FIRST_WORDS["TIMES"])):
        if free(m.start(), m.end()):
            claim(_multiple(text, m.start(), m.end(), Decimal(vocab.UNITS[m["w"].lower()])))
    for m in guarded(NUMBER_WORDS, text, lost, words.finder(NUMBER_FIRST_WORDS)):
        if free(m.start(), m.end()):
            hit = _words(text, m.start(), m.end())
            if hit is not None:
                claim(hit)
            else:
                skipped.append((m.start(), m.end(), "not a count"))
    for m in guarded(RATIO, text, lost, words.finder(FIRST_WORDS["RATIO"])):
        if free(m.start(), m.end()):
            claim(_multiple(text, m.start(), m.end(), vocab.RATIOS[m["w"].lower()]))
    for m in guarded(QUALIFIED_PERIOD, text, lost, words.finder(FIRST_WORDS["QUALIFIED_PERIOD"])):
        if free(m.start(), m.end()):
            q, qs, _ = _qualifier(text, m.start(), m.end())
            if q is not Qualifier.EXACT:
                unit = Unit.YEARS if m["unit"].lower() == "year" else Unit.MONTHS
                claim(FigureHit(m.start(), m.end(), qs, q, interval(Decimal(1), q), (), unit, None, "duration"))
    for m in guarded(WEEK_WORDS, text, lost, words.finder(FIRST_WORDS["WEEK_WORDS"])):
        if free(m.start(), m.end()):
            weeks = Decimal(2) if "fortnight" in m["w"].lower() else Decimal(1)
            claim(FigureHit(m.start(), m.end(), m.start(), Qualifier.EXACT, Quantity.exact(weeks), (),
                            Unit.WEEKS, None, "duration"))
    figures.sort(key=lambda f: f.start)
    joined = _share_units(text, _join_ranges(text, _join_durations(text, figures), skipped))
    read = [(d.start, d.end) for d in dates] + [(a, b) for a, b, _ in skipped] + [(f.start, f.end) for f in joined]
    skipped.extend(unread(text, read, lost, words))  # the ledger accounts for every run of digits and number word
    skipped.extend(lost)
    skipped.sort()
    return Scan(tuple(joined), tuple(dates), tuple(skipped))


def _multiple(text: str, start: int, end: int, point: Decimal) -> FigureHit:
    """A multiple ("tripled", "twice", "three times what"): unqualified, it is a round figure, so
    "tripled" from 120 to 365 is fair."""
    q, qs, _ = _qualifier(text, start, end)
    value = interval(point, q)
    if q is Qualifier.EXACT:
        value = Quantity(point * Decimal("0.95"), point * Decimal("1.05"), point)
    return FigureHit(start, end, qs, q, value, (), Unit.OTHER, None, "ratio")


def _small(word: str) -> int | None:
    if word.isdigit():
        return int(word)
    return vocab.UNITS.get(word.lower())


def _join_durations(text: str, figures: list[FigureHit]) -> list[FigureHit]:
    """'four years and six months' is one figure, 4.5 years."""
    out: list[FigureHit] = []
    skip_next = False
    for i, f in enumerate(figures):
        if skip_next:
            skip_next = False
            continue
        nxt = figures[i + 1] if i + 1 < len(figures) else None
        if f.unit is Unit.YEARS and f.value.point is not None:
            m = COMPOUND_DURATION.match(text[f.end : f.end + 30])
            if m and (m["n"] is None or nxt is not None and nxt.unit is Unit.MONTHS and nxt.value.point is not None):
                months = Decimal(6) if m["n"] is None else (nxt.value.point if nxt and nxt.value.point else Decimal(0))
                value = f.value.point + months / 12
                end = f.end + m.end()
                out.append(FigureHit(f.start, end, f.qualifier_start, f.qualifier, Quantity.exact(value), (),
                                     Unit.YEARS, None, f.kind))
                skip_next = m["n"] is not None
                continue
        out.append(f)
    return out


# "seven, four and three years", "1.2, 0.8 and 2kg": the unit printed after the last number of a
# list is every number's; only commas and "and" may stand between them
# ("31, or 48 per cent" and "31, 48 per cent of them" set a share beside a count: shares are not shared)
LIST_JOIN = lazy_compile(r"[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+and[ \t]+")
SHARED_UNITS = frozenset({Unit.YEARS, Unit.MONTHS, Unit.WEEKS, Unit.KG, Unit.G})


def _share_units(text: str, figures: list[FigureHit]) -> list[FigureHit]:
    """Give the bare numbers of a list the unit its last number carries ('jailed for seven, four
    and three years': three terms in years, not two counts and a term)."""
    out = list(figures)
    run: list[int] = []  # indices of the bare numbers before the current figure
    for i, f in enumerate(out):
        joined = bool(run) and LIST_JOIN.fullmatch(text, out[run[-1]].end, f.start) is not None
        if f.unit in SHARED_UNITS and joined:
            for j in run:
                out[j] = replace(out[j], unit=f.unit)
        bare = (f.unit is Unit.COUNT and f.kind in ("digits", "words") and f.value.point is not None
                and text[f.end : f.end + 1] != "%")
        run = (run if joined else []) + [i] if bare else []
    return out


RANGE_DASH = lazy_compile(r"[ \t]?[-–—][ \t]?(?P<run>(?:£[ \t]?)?\d[\d,]*(?:\.\d+)?)")  # "10-12", "£30,000–£40,000"
RANGE_WORD = lazy_compile(r"\s+(?:to|or)\s+")  # "18 to 20 people", "three or four vans"
# "one or two young people": "one" is no figure on its own (``ONE_AFTER``), but it widens the two
ONE_OR_BEFORE = lazy_compile(r"(?i)\bone\s+or\s+$")
BETWEEN_BEFORE = lazy_compile(r"(?i)\bbetween\s+$")  # "between 40 and 50 arrests"
BETWEEN_JOIN = lazy_compile(r"\s+(?:and|to)\s+")
SPACED_DASH = lazy_compile(r"[ \t]+[-–—][ \t]+")
# "rose from 212 to 345", "down to 12 from 20": two figures, a change, not a range
CHANGE_BEFORE = lazy_compile(r"(?i)\b(?:from|by)\s+$")


def _join_ranges(text: str, figures: list[FigureHit], skipped: list[tuple[int, int, str]]) -> list[FigureHit]:
    """'between 40 and 50 arrests', '10-12 phones', '5-10kg', 'three or four vans': one figure
    whose value is the interval from the first number to the second (so neither end is checked
    as if it were the count)."""
    out: list[FigureHit] = []
    i = 0
    while i < len(figures):
        f = figures[i]
        g = figures[i + 1] if i + 1 < len(figures) else None
        dash = RANGE_DASH.match(text, f.end) if f.kind == "digits" else None
        if dash is not None and (g is None or g.start >= dash.end("run")):
            run_start = dash.start("run") + (text[dash.start("run")] == "£") * (1 + (text[dash.start("run") + 1] in " \t"))
            g = _digits(text, run_start, dash.end("run"), skipped)
            step = 1
        else:
            step = 2
        between = BETWEEN_BEFORE.search(text, max(0, f.qualifier_start - 10), f.qualifier_start)
        if g is not None and _is_range(text, f, g, dashed=dash is not None, between=between is not None):
            unit = g.unit if f.unit is Unit.COUNT else f.unit
            out.append(FigureHit(f.start, g.end, between.start() if between else f.qualifier_start, Qualifier.VAGUE,
                                 Quantity(f.value.low, g.value.high, None), (), unit, None, "range"))
            i += step
            continue
        one_or = ONE_OR_BEFORE.search(text, max(0, f.qualifier_start - 10), f.qualifier_start)
        if one_or is not None and f.kind == "words" and f.qualifier is Qualifier.EXACT and f.value.point == 2:
            out.append(FigureHit(one_or.start(), f.end, one_or.start(), Qualifier.VAGUE,
                                 Quantity(Decimal(1), f.value.high, None), (), f.unit, None, "range"))
        else:
            out.append(f)
        i += 1
    return out


def _is_range(text: str, f: FigureHit, g: FigureHit, *, dashed: bool, between: bool) -> bool:
    if f.value.point is None or g.value.point is None or f.malformed or g.malformed:
        return False
    if f.qualifier is not Qualifier.EXACT or g.qualifier not in (Qualifier.EXACT, Qualifier.PLUS):
        return False
    if not (f.unit is g.unit or f.unit is Unit.COUNT and f.kind == g.kind) or not f.value.point < g.value.point:
        return False
    if CHANGE_BEFORE.search(text, max(0, f.qualifier_start - 8), f.qualifier_start):
        return False
    if dashed:
        # "24 - 30 per cent - lived outside the county": a count, then its share set off by dashes
        return not (SPACED_DASH.match(text, f.end) and SPACED_DASH.match(text, g.end))
    gap = text[f.end : g.start]
    if between:
        return BETWEEN_JOIN.fullmatch(gap) is not None
    return RANGE_WORD.fullmatch(gap) is not None and (" or " not in gap or f.kind == g.kind == "words")


# "a county of around 1.9m people", "5.4m residents", a group's "12.4K members": letters that multiply a head count
PEOPLE_AFTER = lazy_compile(r"(?i)\s*(?:people|residents|inhabitants|adults|children|users|households|members|followers"
                            r"|subscribers|readers|listeners|viewers|views|signatures)\b")
# Money in another currency: a dollar or euro sign, alone or after "US", "A", "C" or "NZ"
FOREIGN_SIGNS = frozenset("$€")
FOREIGN_PREFIX = lazy_compile(r"(?:^|\W)(?:US|A|C|NZ|HK)\$$")
MAX_DIGITS = 18  # beyond this a digit run is an identifier or noise, not a figure a reader checks


def _digits(text: str, start: int, end: int, skipped: list[tuple[int, int, str]]) -> FigureHit | None:
    run = text[start:end]
    if len(run) > MAX_DIGITS and sum(ch.isdigit() for ch in run) > MAX_DIGITS:
        skipped.append((start, end, "too long to be a figure"))
        return None
    if RATE_BASE_BEFORE.search(text, max(0, start - 16), start) and RATE_BASE_HERE.match(text, start, end + 9):
        skipped.append((start, end, "base of a rate"))  # "per 100,000 people": the rate is the figure
        return None
    reading = read_digits(run)
    currency = text[max(0, start - 2) : start]
    has_pound = currency.endswith("£") or currency == "£ "
    foreign = currency[-1:] in FOREIGN_SIGNS  # "($1.5m)": a conversion for readers abroad, money all the same
    if foreign and currency[:1].isalnum() and not FOREIGN_PREFIX.search(text[max(0, start - 4) : start]):
        skipped.append((start, end, "part of a name or code"))  # "A$AP", "x$3": a sign glued to a word
        return None
    fig_start = start - (1 if currency.endswith("£") else 2) if has_pound else start - 1 if foreign else start
    has_pound = has_pound or foreign  # takes "m" and "bn" as a pound figure does
    suffix = SUFFIX.match(text, end)
    assert suffix is not None  # every group is optional
    if (suffix["mult"] and suffix["mult"].strip() in ("m", "M", "k", "K") and not has_pound
            and not PEOPLE_AFTER.match(text, suffix.end())):  # "1.9m people" is a million people
        suffix = UNIT_SUFFIX.match(text, end)  # "100m" is a distance, "5k" a run: only money takes letters
        assert suffix is not None
    mult_word = (suffix["mult"] or "").strip()
    # every group matches at least one character: an empty suffix holds none of them
    unit_key = next((k for k in _UNIT_OF if suffix[k]), None) if suffix.end() > end else None
    multiplier = vocab.MULTIPLIERS.get(mult_word, vocab.MULTIPLIERS.get(mult_word.lower(), 1))
    fig_end = suffix.end() if (mult_word or unit_key or suffix["plus"]) else end
    unit = Unit.OTHER if foreign else Unit.GBP if has_pound else _UNIT_OF[unit_key] if unit_key else Unit.COUNT
    digits = run.split(".")[0].replace(",", "").replace(" ", "")
    if (
        unit is Unit.COUNT
        and not reading.malformed
        and reading.decimals == 0
        and "," not in run
        and 1900 <= reading.value <= 2099
        and not YEAR_COUNT_NOUN.match(text[end : end + 40])
    ):
        skipped.append((start, end, "year"))
        return None
    if unit is Unit.COUNT and not reading.malformed and reading.decimals == 3 and len(digits) <= 3:
        if COUNT_NOUN_AFTER.match(text[fig_end : fig_end + 40]):
            whole = reading.value * 1000
            reading = type(reading)(
                whole, (whole, reading.value), "has a decimal point where a thousands comma belongs", 0, 0
            )
    kind = "digits"
    if unit is Unit.COUNT and RATE_AFTER.match(text[fig_end : fig_end + 80]):
        unit, kind = Unit.OTHER, "rate"  # "21.6 arrests per 100,000 people" is a rate, never a count
    factor = Decimal(multiplier) * (Decimal(1000) if unit_key == "tonnes" else Decimal(1))
    qualifier, q_start, q_end = _qualifier(text, fig_start, fig_end)
    if suffix["plus"]:
        qualifier = Qualifier.PLUS
    fig_end = max(fig_end, q_end)
    readings = tuple(
        interval(r * factor, qualifier,
                 rounding(str(r).split(".")[0], reading.decimals, multiplier) * (factor / multiplier))
        for r in reading.readings
    )
    if unit is Unit.PERCENT and _signed_minus(text, fig_start):  # "| -13% |": a fall, printed with its sign
        fig_start, q_start = fig_start - 1, min(q_start, fig_start - 1)
        readings = tuple(Quantity(None if r.high is None else -r.high, None if r.low is None else -r.low,
                                  None if r.point is None else -r.point) for r in readings)
    return FigureHit(fig_start, fig_end, q_start, qualifier, readings[0], readings if reading.malformed else (),
                     unit, reading.malformed, kind)


def _signed_minus(text: str, start: int) -> bool:
    """A minus sign right before a figure, itself after a space, a bracket or a table bar."""
    return start >= 1 and text[start - 1] == "-" and (start == 1 or text[start - 2] in " \t\n(|[")


def _words(text: str, start: int, end: int) -> FigureHit | None:
    words = text[start:end]
    value = read_words(words)
    if value is None:
        return None
    if words.lower() == "one" and not _one_in_a_place(text, start, end) and (
        ONE_EXCEPTIONS.search(text[max(0, start - 20) : start]) or ONE_AFTER.match(text[end : end + 20])
        or ONE_TO_THE_OTHER.match(text[end : end + 60])
    ):
        return None
    suffix = SUFFIX.match(text, end)
    assert suffix is not None
    unit_key = next(
        (k for k in ("years", "months", "weeks", "days", "percent", "kg", "g", "pounds", "distance") if suffix[k]), None
    )
    if unit_key in ("kg", "g") and not suffix[unit_key].startswith(" "):
        unit_key = None
    unit = _UNIT_OF[unit_key] if unit_key else Unit.COUNT
    fig_end = suffix.end(unit_key) if unit_key else end
    if text[max(0, start - 2) : start].endswith("£"):
        start, unit = start - 1, Unit.GBP
    half = HALF_AFTER.match(text, end)
    if half and unit is Unit.COUNT:  # "six and a half years"
        after = SUFFIX.match(text, half.end())
        if after is not None and after["years"]:
            value, unit, fig_end = value + Decimal("0.5"), Unit.YEARS, after.end("years")
    kind = "words"
    if unit is Unit.COUNT and RATE_AFTER.match(text[fig_end : fig_end + 80]):
        unit, kind = Unit.OTHER, "rate"  # "one per 100 households"
    qualifier, q_start, q_end = _qualifier(text, start, fig_end)
    return FigureHit(start, max(fig_end, q_end), q_start, qualifier,
                     interval(value, qualifier, _spoken_rounding(words, value)), (), unit, None, kind)


SCALE_WORD = lazy_compile(r"(?i)\b(hundred|thousand|million|billion)$")


SPOKEN_ROUNDING = Decimal("0.05")  # how far a round figure in words may be from the count it rounds


def _spoken_rounding(words: str, value: Decimal) -> Decimal:
    """'Twelve hundred children in a week' (for 1,206), 'eight hundred' (for 812): a number spoken in
    round hundreds or thousands is a rounding, within 5% of the count and half its scale either way;
    one spelled out to its units ('three hundred and twelve') is exact."""
    scale = SCALE_WORD.search(words.strip())
    if scale is None:
        return Decimal(0)
    half_scale = Decimal(vocab.MULTIPLIERS.get(scale[1].lower(), 100)) / 2
    return min(half_scale, value * SPOKEN_ROUNDING)



_POUNDS_AFTER = lazy_compile(r"(?i)\s+of\s+pounds\b|\s+pounds\b")


def _vague(text: str, start: int, end: int, word: str) -> FigureHit:
    low, high = vocab.VAGUE[word]
    tail = _POUNDS_AFTER.match(text[end : end + 14])
    unit = Unit.GBP if tail else Unit.COUNT
    fig_end = end + tail.end() if tail else end
    qualifier, q_start, _ = _qualifier(text, start, fig_end)
    value = Quantity(low, high, None)
    return FigureHit(start, fig_end, q_start, Qualifier.VAGUE, value, (), unit, None, "vague")
