"""CL501: the same figure printed twice with values that cannot both be true."""

from __future__ import annotations

from collections.abc import Container, Iterator
from decimal import Decimal

import regex

from ..cues import ADDITION_AFTER, ADDITION_BEFORE, MIXED_GROUP
from ..lazyre import lazy_compile
from ..prefilter import folded
from ..vocab.metrics import SUBSET_METRICS
from ..model import Claim, Finding, Metric, Qualifier, Quantity, RelationKind, ScopeLevel, Status, Unit
from ._base import rule
from ._context import FILLER, NEAR, TOLERANCE, Context, describe, is_midway, is_residual, item_key, loosened, when

_Key = tuple[Metric, tuple[ScopeLevel, str | None], Unit, str | None, bool]  # what two repeats share
COMPARED_UNITS = frozenset({Unit.COUNT, Unit.GBP, Unit.KG, Unit.G, Unit.PERCENT})
# "The largest cash find, £71,500, was ...", "the biggest single haul of £40,000": one find picked out
# of the total, not the total again
SINGLED_OUT_BEFORE = lazy_compile(
    r"(?i)\b(?:largest|biggest|smallest|single)\s+(?:[a-z]+\s+){0,3}?"
    r"(?:find|finds|seizure|haul|recovery|stash|amount|sum|bundle|raid)\s*(?:,|was|of|came\s+to|totalled|totaled|:)?\s*"
    r"(?:(?<=,\s*)(?:[a-z]+\s+){1,4})?$"  # "In the largest single seizure, cannabis worth around £60,000"
)
# "The bulk of the cash, almost £300,000, was found in one house", "Most of it - £40,000 -": a portion of the
# figure before, set off by a comma, bracket or dash, never that figure said again ("most of the year:" is a time)
PORTION_BEFORE = lazy_compile(
    r"(?i)\b(?:bulk|majority|most|much|half|lion's\s+share|some|part)\s+of\s+(?:the|it|this|that|those|these)\b"
    r"(?!\s+(?:year|month|week|day|time|period|quarter)s?\b)(?:\s+[a-z]+){0,3}?\s*[,(\u2013\u2014-]\s*(?:[a-z]+\s+){0,3}$"
)
# "To reach 'twice as many', the force would have needed to close around 262 lines": a figure the text
# works out as what would have had to happen, never one that did, so no repeat of the real one
HYPOTHETICAL_BEFORE = lazy_compile(
    r"(?i)\b(?:would|should|could)\s+(?:have\s+)?(?:needed|had|need|have)\s+to\s+(?:[a-z]+\s+){0,3}?$")
# "the article stated that the force had seized £340,000", "headlined '... 29 charged'", "we wrongly
# reported 45 arrests": a figure an earlier publication printed, which a correction or a letter quotes
# to set right; it repeats only what that publication said, never the figure the text now gives
_PRINTED_BY = (
    r"(?i)(?:\b(?:article|story|headline|piece|version|edition|report\s+on\s+\w+)\s+(?:had\s+|has\s+)?"
    r"(?:originally\s+|previously\s+|wrongly\s+|incorrectly\s+|mistakenly\s+|erroneously\s+)?"
    r"(?:stated|said|claimed|reported|gave|printed|quoted|read)"
    r"|\bheadlined|\b(?:wrongly|incorrectly|mistakenly|erroneously)\s+(?:stated|said|reported|given|printed|quoted|gave)"
    # "Our original release stated that 87 people had been arrested": a correction quoting the version
    # it replaces (only a version called earlier: "a statement said 12" is the text's own figure)
    r"|\b(?:original|earlier|previous|initial|first)\s+(?:press\s+)?(?:release|statement|announcement|post|update|bulletin|figures?)"
    r"\s+(?:had\s+|has\s+)?(?:stated|said|claimed|reported|gave|read|showed|put))"
)
QUOTED_AS_PRINTED_BEFORE = lazy_compile(_PRINTED_BY + r"\b[^.;!?\n]*$")
# The cue alone, searched once per article: most quote no earlier publication, and then no figure's
# window needs searching
PRINTED_BY = lazy_compile(_PRINTED_BY + r"\b")
# A fact-check sets the figures it quotes (the claim under test) against the figures it finds: where
# its verdict, just after the claim, calls the claim wrong, that they differ is the verdict, not a slip
# (a claim it finds right is still compared with its figures; quoted figures with each other)
FACT_CHECK = lazy_compile(r"(?i)\bfact[- ]?check|\bour\s+verdict\b|\bwhat\s+was\s+claimed\b")
FACT_CHECK_WORDS = ("fact", "verdict", "claimed")  # one in every match of FACT_CHECK (see ``prefilter``)
DISPUTED = lazy_compile(
    r"(?i)\b(?:misleading|false|wrong|incorrect|inaccurate|untrue|not\s+true|exaggerat\w*|overstat\w*|inflated"
    r"|(?:does|do)\s+not\s+(?:add\s+up|stand\s+up)|(?:doesn't|don't)\s+(?:add|stand)\s+up)\b"
)
VERDICT_REACH = 400  # characters after a quoted claim its verdict is looked for in
# Every match of PRINTED_BY holds one of these words, or "report" as a word of its own ("report on
# the raids"): an article with none is not searched for it (see ``prefilter``)
PRINTED_BY_WORDS = ("article", "story", "headline", "piece", "version", "edition", "wrongly", "incorrectly",
                    "mistakenly", "erroneously", "original", "earlier", "previous", "initial", "first")
PAIRS_PER_FIGURE = 8  # earlier mentions a figure is reported agreeing (or not) with; real articles repeat a figure 2-4 times


def _loose(claim: Claim) -> Quantity:
    """Vague amounts compare loosely: 'hundreds of people' is fair shorthand for 1,360."""
    if claim.kind != "vague":
        return claim.value
    low = None if claim.value.low is None else claim.value.low / 2
    high = None if claim.value.high is None else claim.value.high * 2
    return Quantity(low, high, None)


def _named(claim: Claim) -> bool:
    """A figure whose metric is 'other' is still comparable when it names its thing in two words
    ("26 suspected runners" and "42 suspected runners")."""
    return claim.metric is not Metric.OTHER or (len(item_key(claim).split()) >= 2 and not claim.subgroup)


def _candidates(ctx: Context) -> list[Claim]:
    return [
        c for c in ctx.figures
        if _named(c) and c.unit in COMPARED_UNITS and c.kind not in ("ratio", "duration")
        and not ADDITION_BEFORE.search(ctx.text, max(0, c.number_span.start - 20), c.number_span.start)
        and not ADDITION_AFTER.match(ctx.text, c.number_span.end)
        and not SINGLED_OUT_BEFORE.search(ctx.text, max(0, c.number_span.start - 60), c.number_span.start)
        and not PORTION_BEFORE.search(ctx.text, max(0, c.number_span.start - 60), c.number_span.start)
        and not is_residual(ctx.text, c)  # "the remaining four arrested": what is left of a figure, not it again
        and not HYPOTHETICAL_BEFORE.search(ctx.text, max(0, c.span.start - 50), c.span.start)
        and not _average(ctx.text, c)
        and not is_midway(ctx.text, c)  # "by the midpoint ... had made 19 arrests": no total, no repeat of one
    ]


# "a force averages 18 arrests a week", "an average of 40 a month": a typical figure for any one period
AVERAGE_BEFORE = lazy_compile(r"(?i)\b(?:averag(?:e|es|ed|ing)|an\s+average\s+of|on\s+average)\s+$")
PER_PERIOD_AFTER = lazy_compile(
    r"(?i)\s+(?:(?!(?:in|during|over|within|for|of|after|before|from|to|than|and|or)\b)[a-z-]+\s+){0,3}?"
    r"(?:a|per|each|every)\s+(?:day|week|month|year|night)\b(?!\s+(?:ago|earlier|before|later|on)\b)")


def _average(text: str, claim: Claim) -> bool:
    """An average over periods ('averages 18 arrests a week') says what a typical week holds, never
    repeats the count of one week or of the whole, so it differs from them without any slip."""
    return (AVERAGE_BEFORE.search(text, max(0, claim.span.start - 30), claim.span.start) is not None
            or PER_PERIOD_AFTER.match(text, claim.number_span.end, min(len(text), claim.number_span.end + 50)) is not None)


def _may_name_earlier_version(text: str, lowered: str | None = None) -> bool:
    """False where PRINTED_BY cannot match: none of its words, and "report" only inside longer words
    ("reported", "reporter"), never followed by the space "report on" needs. ``lowered`` is the text
    ``folded``, when the caller has it (an article is folded once for all its word tests)."""
    lowered = folded(text) if lowered is None else lowered
    if any(word in lowered for word in PRINTED_BY_WORDS):
        return True
    at = lowered.find("report")
    while at >= 0:
        if not lowered[at + 6 : at + 7].isalpha():
            return True
        at = lowered.find("report", at + 6)
    return False


def _quoted_as_printed(ctx: Context, claim: Claim, quotes_earlier: bool) -> bool:
    """A figure the text quotes as an earlier publication printed it (see QUOTED_AS_PRINTED_BEFORE);
    ``quotes_earlier`` says whether the article names one anywhere."""
    return quotes_earlier and QUOTED_AS_PRINTED_BEFORE.search(ctx.text, max(0, claim.number_span.start - 200),
                                                              claim.number_span.start) is not None


def _inside_quotes(text: str, claim: Claim) -> bool:
    """Whether the figure stands between quotation marks opened earlier in its paragraph."""
    start = text.rfind("\n", 0, claim.number_span.start) + 1
    before = text[start : claim.number_span.start]
    return before.count('"') % 2 == 1 or before.rfind("“") > before.rfind("”")


def _disputed_claim(text: str, claim: Claim) -> bool:
    """A fact-check's quoted claim that its verdict, right after, calls wrong or misleading."""
    end = claim.number_span.end
    return _inside_quotes(text, claim) and DISPUTED.search(text, end, end + VERDICT_REACH) is not None


def _dated_base(ctx: Context, claim: Claim) -> bool:
    """A change's base said to be a year before the article's ("up from 38 last October", "from 19
    last year") is that year's figure, so it repeats the figure given for that year ("2023: 38");
    a change between two named years ("from 676 in 2017 to 1,421 in 2018") may count a subgroup."""
    return claim.year is None and when(ctx.article_date, claim)[0] is not None


@rule("CL501", "repeated-figure-differs", options=(TOLERANCE,))
def repeated_figure_differs(ctx: Context) -> Iterator[Finding]:
    """A figure repeated in the article (headline and body, quote and summary) must agree.

    Why: "98 arrests" in the headline and "Of the 90 arrests" in the body cannot both be right.
    Limits: same metric, area, item and subgroup, in different sentences, and not tied by a stated
    relation; qualifiers and the rounding a printed figure implies are allowed ("over 1,300" fits
    1,360; "1,500" fits "some 1,468").

    Flags:
        Police made 98 arrests in the county. Of the 90 arrests, 12 were of teenagers.
    Passes:
        Police made 90 arrests in the county. Of the 90 arrests, 12 were of teenagers.
    """
    contradicted: set[str] = set()
    for finding in _repeats(ctx):
        if finding.status is Status.CONTRADICTORY:
            contradicted.update(finding.claims)
        yield finding
    for finding in _definite_back_references(ctx, ctx.option(repeated_figure_differs, "tolerance")):
        if finding.claims[-1] not in contradicted:  # already reported as a plain repeat
            yield finding


def _repeats(ctx: Context) -> Iterator[Finding]:
    """Figures the text ties as one ("Of those three") and figures of one metric, area and item."""
    for relation in ctx.relations(RelationKind.SAME):  # "Of those three": the text says it is the same figure
        if relation.whole is None:
            continue
        earlier, again = ctx.by_id[relation.whole], ctx.by_id[relation.parts[0]]
        if earlier.value.disjoint(again.value):
            yield ctx.finding(repeated_figure_differs, Status.CONTRADICTORY, [earlier, again],
                              f"'{again.text}' refers back to '{earlier.text}', but the figures differ")
        else:
            yield ctx.finding(repeated_figure_differs, Status.CONSISTENT, [earlier, again],
                              f"'{again.text}' refers back to '{earlier.text}'")
    yield from _same_span_of_time(ctx)
    yield from _same_length_of_one_thing(ctx)
    yield from _case_people_told_twice(ctx)
    tolerance = ctx.option(repeated_figure_differs, "tolerance")
    related = ctx.related_pairs()
    # (a force's figure in a breakdown of its region's or the country's total is that force's whole count,
    # and repeats of it must agree: "Humberside Police 37" among the region's four, then "of its 37 arrests")
    parts = {part.id for whole, part in ctx.part_pairs() if part.metric is whole.metric and not (
        part.scope.level is ScopeLevel.FORCE and whole.scope.level in (ScopeLevel.REGION, ScopeLevel.NATIONAL))}
    parts |= ctx.shares_of_unsaid_base()  # parts of something, so not repeats of an unrelated figure
    parts |= ctx.team_parts  # "the South team ... made 14 arrests": a team's part of the force's figure
    claims = [c for c in _candidates(ctx) if c.id not in parts]
    # only figures of the same metric, area, unit and subgroup can be repeats: each claim is set
    # against the earlier claims of its group, nearest first: a few of each verdict among the NEAR
    # before it (every pair in a real article), so findings grow with the article, not with the
    # square of how often it repeats a figure.
    groups: dict[_Key, list[int]] = {}
    found: list[tuple[int, int, Status]] = []
    lowered = folded(ctx.text)
    quotes_earlier = _may_name_earlier_version(ctx.text, lowered) and PRINTED_BY.search(ctx.text) is not None
    fact_check = any(word in lowered for word in FACT_CHECK_WORDS) and FACT_CHECK.search(ctx.text) is not None
    for j, b in enumerate(claims):
        quoted = _quoted_as_printed(ctx, b, quotes_earlier) or fact_check and _disputed_claim(ctx.text, b)
        group = groups.setdefault((b.metric, b.scope.area, b.unit, b.subgroup, quoted), [])
        left = {Status.CONTRADICTORY: PAIRS_PER_FIGURE, Status.CONSISTENT: PAIRS_PER_FIGURE}
        for i in reversed(group[-NEAR:]):
            verdict = _verdict(ctx, claims[i], b, related, tolerance)
            if verdict is not None and left[verdict]:
                left[verdict] -= 1
                found.append((i, j, verdict))
                if not any(left.values()):
                    break
        group.append(j)
    by_sentence: dict[int, list[Claim]] = {}
    for c in claims:
        by_sentence.setdefault(c.sentence, []).append(c)
    # a figure that repeats one item of a list exactly is that item's repeat: that it differs from the
    # list's other items ("£24 million for ...", "£21 million for ...", then "its £21 million") is no slip
    repeated: dict[int, set[int]] = {}  # claim -> the lists whose item it repeats
    for i, j, status in found:
        listed = claims[i].list_id
        if status is Status.CONSISTENT and claims[i].value == claims[j].value and listed is not None:
            repeated.setdefault(j, set()).add(listed)
    for i, j, status in sorted(found, key=lambda f: (f[0], f[1])):
        a, b = claims[i], claims[j]
        if status is Status.CONTRADICTORY and a.list_id in repeated.get(j, set()):
            continue
        if status is Status.CONTRADICTORY and (_repeats_a_sibling(a, by_sentence[b.sentence], b, tolerance)
                                               or _repeats_a_sibling(b, by_sentence[a.sentence], a, tolerance)):
            # '11 lines, up from six' beside a row '12 / 11': the 11s agree, and the six is what the 12 repeats
            for c, d in ((x, y) for x, y in ((a, b), (b, a))
                         if _repeats_a_sibling(x, by_sentence[y.sentence], y, tolerance)):
                other = _counterpart(ctx, c, d, tolerance)
                if other is not None:
                    first, second = sorted((other, d), key=lambda x: x.span.start)
                    yield ctx.finding(
                        repeated_figure_differs, Status.CONTRADICTORY, [first, second],
                        f"'{first.text}' and '{second.text}' state the same figure differently "
                        f"({describe(first.value, first.unit)} vs {describe(second.value, second.unit)})",
                    )
                    break
            continue
        if status is Status.CONTRADICTORY:
            yield ctx.finding(
                repeated_figure_differs, Status.CONTRADICTORY, [a, b],
                f"'{a.text}' and '{b.text}' state the same figure differently "
                f"({describe(a.value, a.unit)} vs {describe(b.value, b.unit)})",
            )
        else:
            yield ctx.finding(repeated_figure_differs, Status.CONSISTENT, [a, b], f"'{a.text}' and '{b.text}' agree")


# "over the same 12 months", "in the same six weeks": the text says the span is one it gave before
THE_SAME_BEFORE = lazy_compile(r"(?i)\bthe\s+same\s+$")
# "over the ten days", "during these four weeks": a definite span of time is the length of an event
# the text gave before ("a five-day operation")
THE_SPAN_BEFORE = lazy_compile(r"(?i)\b(?:the|these|those)\s+$")
# "the 12 months to December", "the two years after they are identified", "the six weeks before the
# raids": a span pinned to a date or an event is a window of its own, not an event's length again
ANCHORED_AFTER = lazy_compile(
    r"(?i)(?:-\w+)?\s+(?:to|until|till|ending|ended|before|after|since|following|prior|preceding|leading|ahead"
    r"|from|between|up\s+to|earlier|later|previously|ago)\b")
# "the past 12 months", "the next two years", "its first six months": a window counted from now or
# from a start, not the length of an event
WINDOW_BEFORE = lazy_compile(r"(?i)\b(?:past|last|previous|next|coming|first|final|recent|following|another|further|extra)\s+$")
# "to December 2024", "to the end of January": what pins a span, compared word for word
TAIL_AFTER = lazy_compile(r"(?i)\s+(?:to|ending)\s+((?:[\w'’]+\s+){0,4}[\w'’]+)")
# "a nine-week investigation" ... "the nine-week investigation": a span named by the thing it measures
COMPOUND_NOUN_AFTER = lazy_compile(r"(?i)\s+(?:long\s+)?([a-z]+)")
TIME_UNITS = frozenset({Unit.DAYS, Unit.WEEKS, Unit.MONTHS, Unit.YEARS})
SAME_SPAN_REACH = 20  # sentences back a "the same" span of time looks for the span it repeats
SPAN_REACH = 30  # sentences back a definite span of time looks for the event length it repeats


def _same_span_of_time(ctx: Context) -> Iterator[Finding]:
    """A span of time called "the same" as one before ("up from 1,027 in the previous twelve months
    ... Over the same twelve months") must be a span the text gave before, in the same unit: when the
    spans of that unit in the sentences before all differ from it, the nearest is what it repeats.
    So must a definite span ("over the ten days" after "a five-day operation") and a span naming the
    thing it measures again ("a nine-week investigation" in the headline and the body)."""
    for k, claim in enumerate(ctx.figures):
        if claim.unit not in TIME_UNITS:
            continue
        found = _earlier_spans(ctx, k, claim)
        if found is None:
            continue
        earlier, called = found
        agreeing = [c for c in earlier if not c.value.disjoint(claim.value)]
        if agreeing:
            yield ctx.finding(repeated_figure_differs, Status.CONSISTENT, [agreeing[-1], claim],
                              f"'{claim.text}' is the same span as '{agreeing[-1].text}'")
            continue
        first = earlier[-1]
        yield ctx.finding(
            repeated_figure_differs, Status.CONTRADICTORY, [first, claim],
            f"'{claim.text}' is {called} '{first.text}', but they differ "
            f"({describe(first.value, first.unit)} vs {describe(claim.value, claim.unit)})",
        )


# How long a sum of funding runs, however the text words it: "a three-year funding package", "a £1.2
# million fund over three years", "£58 million over the next three years", "three years of secure funding"
FUNDING_AFTER_HYPHEN = lazy_compile(r"(?i)\s+(?:[a-z]+\s+)?(?:funding|fund|grant)\b")
FUNDING_BEFORE = lazy_compile(
    r"(?i)(?:£\s?[\d,.]+\s*(?:m|bn|k|million|billion)?|\b(?:fund|funding|grant))"
    r"\s+(?:[a-z]+\s+){0,2}?(?:over|across)\s+(?:the\s+)?(?:next\s+|following\s+)?$")
FUNDING_OF_AFTER = lazy_compile(r"(?i)\s+of\s+(?:[a-z]+\s+)?funding\b")
# How long an investigation ran: "an 18-month investigation", "detectives (from the force's team) spent 18 months"
INVESTIGATION_AFTER_HYPHEN = lazy_compile(r"(?i)\s+(?:[a-z]+\s+)?(?:investigation|inquiry|probe)\b")
INVESTIGATION_BEFORE = lazy_compile(
    r"(?i)\b(?:detectives|investigators)\b(?:\s+(?:from|of|on)\s+[^.;:!?\n]{0,40}?)?\s+(?:had\s+)?spent\s+$")
DAYS_IN = {Unit.DAYS: Decimal(1), Unit.WEEKS: Decimal(7), Unit.MONTHS: Decimal("30.44"), Unit.YEARS: Decimal("365.25")}
LENGTH_SLACK = Decimal("0.05")  # "two years" and "24 months" are one length; calendar months differ a little


def _length_of(text: str, claim: Claim) -> str | None:
    """The one thing whose length a span of time gives ('funding', 'investigation'), or None."""
    if claim.unit not in DAYS_IN or claim.value.point is None or claim.metric is not Metric.OTHER:
        return None
    hyphenated = "-" in claim.text
    start, end = claim.number_span.start, claim.span.end
    if (hyphenated and FUNDING_AFTER_HYPHEN.match(text, end)) or FUNDING_OF_AFTER.match(text, end) \
            or FUNDING_BEFORE.search(text, max(0, start - 60), start):
        return "funding"
    if (hyphenated and INVESTIGATION_AFTER_HYPHEN.match(text, end)) \
            or INVESTIGATION_BEFORE.search(text, max(0, start - 90), start):
        return "investigation"
    return None


def _same_length_of_one_thing(ctx: Context) -> Iterator[Finding]:
    """The length of the story's funding or investigation, given twice in different words ("a
    three-year funding package" ... "three years of settled funding"; "an 18-month investigation" ...
    "detectives spent 18 months"), must agree: a later length that matches no earlier one is set
    against the nearest. Read from the printed number, so "over three years" is three years here."""
    seen: dict[str, list[tuple[Claim, Decimal]]] = {}
    for claim in ctx.figures:
        thing = _length_of(ctx.text, claim)
        if thing is None or claim.value.point is None:
            continue
        days = claim.value.point * DAYS_IN[claim.unit]
        earlier = seen.setdefault(thing, [])
        if earlier and not any(abs(d - days) <= LENGTH_SLACK * max(d, days) for _c, d in earlier):
            first = earlier[-1][0]
            yield ctx.finding(
                repeated_figure_differs, Status.CONTRADICTORY, [first, claim],
                f"'{claim.text}' is the length of the same {thing} as '{first.text}', but they differ")
        earlier.append((claim, days))


def _earlier_spans(ctx: Context, k: int, claim: Claim) -> tuple[list[Claim], str] | None:
    """The earlier spans of time a span repeats, nearest last, and how the text ties them (None: it
    repeats none, or none it can be held to)."""
    start = claim.span.start
    before = ctx.figures[max(0, k - NEAR) : k]
    if _plain_span(claim) and THE_SAME_BEFORE.search(ctx.text, max(0, start - 12), start):
        earlier = [c for c in before if c.unit is claim.unit and _plain_span(c)
                   and claim.sentence - SAME_SPAN_REACH <= c.sentence <= claim.sentence]
        return (earlier, "called the same span of time as") if earlier else None
    if not _event_length(ctx.text, claim):
        return None
    if THE_SPAN_BEFORE.search(ctx.text, max(0, start - 8), start) and "-" not in claim.text:
        tail = _tail(ctx.text, claim)
        if tail is None and ANCHORED_AFTER.match(ctx.text, claim.number_span.end):
            return None  # "the two years after they are identified"
        earlier = [c for c in before if c.unit is claim.unit and c.sentence < claim.sentence
                   and claim.sentence - SPAN_REACH <= c.sentence and _event_length(ctx.text, c)
                   and _tail(ctx.text, c) == tail and (tail is not None or not ANCHORED_AFTER.match(ctx.text, c.number_span.end))]
        return (earlier, "a span of time given before, as") if earlier else None
    noun = _compound_noun(ctx.text, claim)
    if noun is None:
        return None
    earlier = [c for c in before if c.unit is claim.unit and c.sentence < claim.sentence
               and _event_length(ctx.text, c) and _compound_noun(ctx.text, c) == noun]
    return (earlier, f"the length of the same {noun} as") if earlier else None


def _event_length(text: str, claim: Claim) -> bool:
    """'five days', 'a nine-week', 'the 12 months': an exact span of some number of units, not 'a
    week' (no number to misprint), a bound, a prison term or a window counted from now."""
    return (claim.metric is Metric.OTHER and claim.qualifier is Qualifier.EXACT and claim.value.point is not None
            and claim.text[:1].isalnum() and not claim.text.lower().startswith(("a ", "an ", "a-", "one"))
            and not WINDOW_BEFORE.search(text, max(0, claim.span.start - 20), claim.span.start))


def _tail(text: str, claim: Claim) -> str | None:
    """What pins a span ("to December 2024"), lower-cased, or None."""
    m = TAIL_AFTER.match(text, claim.number_span.end)
    return None if m is None else " ".join(m.group(1).lower().split())


def _compound_noun(text: str, claim: Claim) -> str | None:
    """The thing a hyphenated span measures ("nine-week investigation": 'investigation')."""
    if "-" not in claim.text:
        return None
    m = COMPOUND_NOUN_AFTER.match(text, claim.number_span.end)
    return None if m is None else m.group(1).lower()


# "Of the 216 arrests", "the 606 children we safeguarded", "those 41 lines": a definite article right
# before a figure says the reader has met the figure before
# "its"/"their" only as the whole of a part ("Of its 180 closures"): "across its four forces" counts
# the owner's own things, which need not be any figure given before
DEFINITE_BEFORE = lazy_compile(r"(?i)\b(?:the|those|these|of\s+(?:its|their))\s+$")
BACK_REFERENCE_REACH = 30  # sentences back a definite figure looks for the figure it restates
# "All ten had pleaded guilty", "all ten defendants": with people, "all" points back as "the" does
ALL_PEOPLE_BEFORE = lazy_compile(r"(?i)\ball\s+(?:of\s+(?:the|these|those)\s+)?$")
# "The ten were jailed", "These seven thought ...", "the thirteen who have been locked up", "the ten
# men", "Of the 21 defendants": a definite count of people with no noun, or one naming the people a
# case dealt with, counts again the defendants the story gave ("Five men who ran the line")
BARE_PEOPLE_AFTER = lazy_compile(
    r"(?i)\s+(?:(?:men|women|people|defendants)\b"
    r"|(?:were|was|are|have|had|who|will|would|each|both|now|all|pleaded|admitted|denied|received|appeared"
    r"|got|thought|faced|face|remain|remained)\b)")
# what the story calls the people it counts first ("Five men who ran", "Twelve members of a gang")
CASE_PEOPLE_AFTER = lazy_compile(
    r"(?i)\s+(?:men|women|people|members|defendants|dealers|offenders|suspects|gang\s+members)\b")
BACK_REFERENCE_UNITS = frozenset({Unit.COUNT, Unit.GBP, Unit.KG, Unit.G})


def _definite_back_references(ctx: Context, tolerance: Decimal) -> Iterator[Finding]:
    """A definite figure ("Of the 216 arrests") restates an earlier figure of the same thing, whatever
    area its own sentence was given: when every earlier figure counting that thing differs from it,
    the nearest is the one it misprints. An earlier figure of the same value, whatever it counts (a
    part restated: "the 38 arrested in Brighton"; "Thirty-one of the 43 forces replied ... the 31
    forces that replied"), or a run of them that adds up to it ("20 in Kent and 30 in Essex ... the
    50 arrests") is what it restates, so it passes; so does a total of things just named ("Together
    these four forces", "the five forces' combined total")."""
    related = ctx.related_pairs()
    parts = ctx.subcounts()  # "Of its 118 closures, 74 ...": a part of another whole is no earlier mention
    comparable = [c for c in ctx.figures if _back_reference_candidate(c) and not is_midway(ctx.text, c)]
    for k, claim in enumerate(comparable):
        start = claim.number_span.start
        people = _case_people_again(ctx.text, claim)
        if claim.qualifier is not Qualifier.EXACT or not (
                DEFINITE_BEFORE.search(ctx.text, max(0, start - 8), start)
                or (people or _noun(claim) is not None) and ALL_PEOPLE_BEFORE.search(ctx.text, max(0, start - 20), start)):
            continue
        within = [c for c in comparable[max(0, k - NEAR) : k] if claim.sentence - BACK_REFERENCE_REACH <= c.sentence < claim.sentence]
        if any(c.unit is claim.unit and not loosened(_loose(c), tolerance).disjoint(claim.value)
               and (_bounded(c) or _counts_same_thing(c, claim)) for c in within):
            continue  # ("more than 300 county lines" or "up to 300 users" restate no 606 children or ten men)
        same_thing = [c for c in within if _counts_same_thing(c, claim) or people and _case_people(ctx.text, c)]
        # (the people a case dealt with are one group whenever the text places them: "Five members of the
        # line were told on Thursday ... The five men were jailed last year")
        alike = [c for c in same_thing if ctx.same_period(c, claim) or people and _case_people(ctx.text, c)]
        if not alike and claim.year is None and claim.period is None:
            # "made 98 arrests ... during 2023-24", then "how many of the 90 arrests"; "visited 63 schools ...
            # since August", then "The 68 schools we have been into so far": a definite figure with no time of
            # its own restates a figure of the year the text gave, or one counted from a start to now, when
            # none is of its own time
            alike = [c for c in within if _counts_same_thing(c, claim) and (
                c.year is not None and c.period is None or c.year is None and (c.period or "").startswith("since "))]
        elif claim.year is None and claim.period is None:
            # "closed 5,700 lines since 2019 ... 1,160 lines in the year to March ... those 7,500 closures": a
            # total counted from a start to now is of the present too, so it may be the figure restated
            alike = [c for c in same_thing if c in alike or (c.period or "").startswith("since ")]
        if not alike and when(ctx.article_date, claim) == (None, None):
            alike = same_thing  # ("Of the 24 lines", of no period, restates "14 lines in the 12 months to March")
        # the people a case dealt with are one group wherever the text places them ("Five defendants
        # ... in Great Yarmouth", "The ten were jailed ... in Gorleston"), and "combined" after them
        # totals their prison terms, not them
        earlier = [c for c in alike if c.id not in parts and frozenset((c.id, claim.id)) not in related
                   and (people and _case_people(ctx.text, c) or not _sibling_areas(c, claim))]
        # (a headline's "Five defendants" and the lead's "Five defendants" are one group, not a run of two)
        run = [c for c in alike if _counts_same_thing(c, claim)]
        if not earlier or _sum_of_a_run(run, claim) or _totals_things_named(ctx.text, claim, before_only=people):
            continue
        # (the nearest that could be misprinted as it: "closed 5,700 lines since 2019 ... 1,160 lines in the
        # year ... those 7,500 closures" misprints the 5,700, not the year's 1,160)
        plausible = [c for c in earlier if _plausible_repeat(c.value, claim.value, claim.unit)]
        if not plausible:
            continue
        first = plausible[-1]
        yield ctx.finding(
            repeated_figure_differs, Status.CONTRADICTORY, [first, claim],
            f"'{claim.text}' refers back to a figure given before, but '{first.text}' differs "
            f"({describe(first.value, first.unit)} vs {describe(claim.value, claim.unit)})",
        )


# "Three jailed after ...", "Nine men who ran the line have been jailed", "Four men deny running the
# line": what a court story's opening says happened to the people of its case
CASE_OUTCOME = lazy_compile(
    r"(?i)\b(?:jailed|sentenced|convicted|deny|denies|denied|admitted|admit|locked\s+up|put\s+behind\s+bars)\b")
BARE_JAILED_AFTER = lazy_compile(r"(?i)\s+(?:jailed|sentenced|convicted)\b")
OPENING_SENTENCES = 8  # headline, standfirst and lead: where a court story says its case's people twice
OTHER_PEOPLE_NEAR = lazy_compile(r"(?i)\b(?:other|others|further|another|more|also|second|both)\b")


def _case_outcome(ctx: Context, claim: Claim) -> str | None:
    """What the opening of a court story says happened to the people a count names ('jailed',
    'deny'), or None when the figure is no count of the case's people."""
    if claim.sentence >= OPENING_SENTENCES or claim.qualifier is not Qualifier.EXACT:
        return None
    end = claim.number_span.end
    if not (claim.unit is Unit.COUNT and (_case_people(ctx.text, claim) or BARE_JAILED_AFTER.match(ctx.text, end))):
        return None
    sentence = ctx.parsed.sentences[claim.sentence].of(ctx.text) if claim.sentence < len(ctx.parsed.sentences) else ""
    if OTHER_PEOPLE_NEAR.search(sentence):
        return None  # "Two other men were also jailed": more people, not the same again
    if any(m.start() <= claim.number_span.start < m.end() for m in MIXED_GROUP.finditer(ctx.text, max(0, end - 60), end + 60)):
        return None  # "Three men and a woman have been jailed" under "Four jailed": one group of the four
    m = CASE_OUTCOME.search(sentence)
    return None if m is None else m.group(0).lower()[:4]  # 'jail', 'deny'/'deni', 'sent', ...


def _case_people_told_twice(ctx: Context) -> Iterator[Finding]:
    """A court story's headline, standfirst and lead each say how many people its case's outcome
    befell ("Nine members of a network have been jailed" ... "Nine men who ran the line have been
    jailed for a combined 61 years"; "Four men deny running line" ... "Four men ... deny
    conspiracy"): the counts said with the same outcome in the opening are one group and must agree."""
    seen: dict[str, Claim] = {}
    for claim in ctx.figures:
        outcome = _case_outcome(ctx, claim)
        if outcome is None:
            continue
        outcome = {"deni": "deny", "admi": "admi"}.get(outcome, outcome)
        first = seen.get(outcome)
        if first is None:
            seen[outcome] = claim
            continue
        if first.sentence != claim.sentence and first.value.disjoint(claim.value):
            yield ctx.finding(
                repeated_figure_differs, Status.CONTRADICTORY, [first, claim],
                f"'{claim.text}' and '{first.text}' both count the people of the case, but differ "
                f"({describe(first.value, first.unit)} vs {describe(claim.value, claim.unit)})")


def _bounded(claim: Claim) -> bool:
    """A figure with both ends ('43', 'about 40'), not an open bound ('more than 300', 'up to 300')."""
    return bool(claim.value.low) and claim.value.high is not None


def _case_people_again(text: str, claim: Claim) -> bool:
    """'the ten were jailed', 'the 21 defendants': a count of people a story's case dealt with."""
    return (claim.unit is Unit.COUNT and claim.metric is Metric.OTHER
            and BARE_PEOPLE_AFTER.match(text, claim.number_span.end) is not None)


def _case_people(text: str, claim: Claim) -> bool:
    """'Five men who ran the line', 'Twelve members of a gang': the people a story's case is about."""
    return (claim.unit is Unit.COUNT and claim.metric is Metric.OTHER
            and CASE_PEOPLE_AFTER.match(text, claim.number_span.end) is not None)


def _sibling_areas(a: Claim, b: Claim) -> bool:
    """Two different areas of one level ("Avon and Somerset closed 118 ... Devon and Cornwall said 35
    of its 96 closures"): each figure is its own area's, so neither restates the other. A town's figure
    and its force's may be one figure the text placed two ways."""
    return (a.scope.level is b.scope.level and a.scope.level is not ScopeLevel.UNKNOWN
            and a.scope.name is not None and b.scope.name is not None and a.scope.name != b.scope.name)


# "Together these four forces accounted for", "the five forces' combined total", "between them the
# three forces": a total of things the text has just named, not a figure it gave before
TOTALS_NAMED = lazy_compile(r"(?i)\b(?:together|combined|between\s+them|altogether|in\s+all)\b")


# "the four forces seized a combined £1.2m", "made 220 arrests between them": the word totals the figure
# it leads to or follows, not the forces counted before it
TOTALS_ANOTHER_FIGURE = lazy_compile(r"\s*(?:total\s+(?:of\s+)?)?[£$\d]")


def _totals_things_named(text: str, claim: Claim, before_only: bool = False) -> bool:
    line_start = max(text.rfind("\n", 0, claim.span.start), text.rfind(". ", 0, claim.span.start)) + 1
    end = claim.number_span.start if before_only else claim.span.end + 20
    return any(not _totals_another_figure(text, claim, m) for m in TOTALS_NAMED.finditer(text, line_start, end))


def _totals_another_figure(text: str, claim: Claim, total: regex.Match[str]) -> bool:
    if total.start() < claim.span.end:
        return False
    return (TOTALS_ANOTHER_FIGURE.match(text, total.end()) is not None
            or any(ch.isdigit() for ch in text[claim.span.end : total.start()]))


def _back_reference_candidate(claim: Claim) -> bool:
    """A plain figure of a thing counted or valued: not a change's end, a share, a span of time."""
    return (claim.unit in BACK_REFERENCE_UNITS and claim.kind not in ("vague", "ratio", "duration")
            and not claim.in_change and claim.value.point is not None)


def _noun(claim: Claim) -> str | None:
    """The first word naming what a figure counts, singular ('forces' -> 'force')."""
    words = [w for w in claim.item.lower().split() if w not in FILLER]
    if not words:
        return None
    return _without_plural_s(words[0])


def _without_plural_s(word: str) -> str:
    return word[:-1] if word.endswith("s") else word


def _counts_same_thing(a: Claim, b: Claim) -> bool:
    """Same unit and subgroup, and the same metric; figures of no known metric must name the same
    thing ('three new bolts' ... 'the seven bolts')."""
    if (a.unit, a.subgroup) != (b.unit, b.subgroup):
        return False
    if a.metric is b.metric and a.metric is not Metric.OTHER:
        return True
    if a.metric is not b.metric and Metric.OTHER not in (a.metric, b.metric):
        return False
    # a figure of no known metric and one of a metric ('ran seven county lines' ... 'closed all nine
    # lines'): the same thing when both name it
    noun = _noun(b)
    return noun is not None and noun in {_without_plural_s(w) for w in a.item.lower().split()[:3]}


def _sum_of_a_run(earlier: list[Claim], claim: Claim) -> bool:
    """Whether some consecutive earlier figures add up to the definite one (it restates their total)."""
    points = [c.value.point for c in earlier]
    for i in range(len(points)):
        total = Decimal(0)
        for p in points[i:]:
            total += p or 0
            if total == claim.value.point:
                return True
    return False


def _plain_span(claim: Claim) -> bool:
    """'twelve months', not 'up to nine months' (a bound), a prison term or 'a 12-month period'."""
    return (claim.metric is Metric.OTHER and claim.qualifier is Qualifier.EXACT and claim.value.point is not None
            and "-" not in claim.text)


def _repeats_a_sibling(a: Claim, siblings: list[Claim], b: Claim, tolerance: Decimal) -> bool:
    """'46 arrests' beside a table row 'Arrests 46 58' (last month, now), or beside 'rose from 46 to
    58': the figure repeats the sibling of ``b`` that agrees with it, so it is no misprint of ``b``."""
    return any(
        s is not b and (s.metric, s.scope.area, s.unit, s.subgroup) == (b.metric, b.scope.area, b.unit, b.subgroup)
        and item_key(s) == item_key(b) and s.item == b.item  # 'Sixteen lines ... nine networks': other things
        and not loosened(_loose(a), tolerance).disjoint(_loose(s))
        for s in siblings
    )


def _counterpart(ctx: Context, a: Claim, b: Claim, tolerance: Decimal) -> Claim | None:
    """The other figure of ``a``'s sentence that ``b`` stands for ('up from six' beside '11'), when
    it differs from ``b``: two figures set side by side in both places, one pair disagreeing."""
    for c in ctx.figures:
        if (c.sentence == a.sentence and c is not a and c.kind not in ("vague", "ratio", "duration")
                and (c.metric, c.scope.area, c.unit, c.subgroup) == (b.metric, b.scope.area, b.unit, b.subgroup)
                and (c.in_change or item_key(c) == item_key(b))  # 'from nine to 17': the nine names no item
                and loosened(c.value, tolerance).disjoint(_loose(b))
                and _plausible_repeat(c.value, _loose(b), b.unit)):
            return c
    return None


def _verdict(ctx: Context, a: Claim, b: Claim, related: Container[frozenset[str]],
             tolerance: Decimal) -> Status | None:
    """Whether two figures are one figure repeated, and if so whether they agree (None: not a repeat)."""
    if (a.metric, a.scope.area, a.unit, a.subgroup) != (b.metric, b.scope.area, b.unit, b.subgroup):
        return None
    if a.sentence == b.sentence or frozenset((a.id, b.id)) in related:
        return None
    if ((a.in_change and not _dated_base(ctx, a)) or (b.in_change and not _dated_base(ctx, b))) and not _change_beside_row(a, b):
        return None  # "rose from 46 to 58": either end is a total of its own time, not a repeat of any figure
    if a.list_id is not None and a.list_id == b.list_id:  # items of one list are different things
        return None
    if item_key(a) != item_key(b) or not ctx.same_period(a, b):
        return None
    if a.unit is Unit.PERCENT and (not a.item or a.item != b.item):
        return None  # shares of different things ('98%' of knives vs '2%' of them) are not repeats
    if a.kind == "vague" and b.kind == "vague":
        return None
    if _partitive(ctx.text, a) != _partitive(ctx.text, b):
        part, group = (a, b) if _partitive(ctx.text, a) else (b, a)
        if not part.value.exceeds(group.value):
            return None  # "supported 214 young people", then "131 of the young people": a part, not the 214 again
    va, vb = _loose(a), _loose(b)
    if loosened(va, tolerance).disjoint(vb) and _plausible_repeat(va, vb, a.unit):
        if a.metric in SEVERAL_SUMS or _restates_an_equal_figure(ctx, a if a.span.start > b.span.start else b):
            return None
        if _snapshot(ctx.text, a) != _snapshot(ctx.text, b):
            return None  # "At the end of March, 398 children were on a plan": how many at one moment, not over the year
        bands = _age_band(ctx.text, a), _age_band(ctx.text, b)
        if bands[0] != bands[1] and None not in bands:
            return None  # "1,108 young people aged 13 to 15" is one band of "2,013 young people aged 13 to 19"
        return Status.CONTRADICTORY
    if a.kind != "vague" and b.kind != "vague" and _close(va, vb):
        return Status.CONSISTENT
    return None


# "aged 13 to 15", "aged 16 or 17", "aged under 18", "16 to 19-year-olds": the ages a count of people
# is given for, read just after its figure
AGE_BAND_AFTER = lazy_compile(
    r"(?i)^[^.;:,\d]{0,40}?(?:\baged\s+(?:(?:under|over)\s+)?(\d+)(?:\s*(?:to|-|–|or|and)\s*(\d+))?"
    r"|\b(\d+)\s*(?:to|-|–)\s*(\d+)-year-olds)")


# "At the end of March, 398 children were ...", "as at 31 March", "as of today": a count taken at one moment
SNAPSHOT_BEFORE = lazy_compile(r"(?i)\b(?:at\s+the\s+end\s+of|as\s+at|as\s+of)\s+[^.;!?\n]*$")


def _snapshot(text: str, claim: Claim) -> bool:
    """Whether the figure counts what stood at one moment (a caseload) rather than what happened over a
    period: the two are different figures, whatever they count."""
    start = claim.number_span.start
    reach = max(0, start - 80)  # (a bounded search: a long text of short lines must stay linear)
    line = max(text.rfind("\n", reach, start), text.rfind(". ", reach, start)) + 1
    return SNAPSHOT_BEFORE.search(text, max(line, reach), start) is not None


def _age_band(text: str, claim: Claim) -> tuple[str | None, ...] | None:
    """The age band a figure counts, or None: two counts of different bands are different groups."""
    end = claim.number_span.end
    m = AGE_BAND_AFTER.match(text[end : end + 70])  # a slice: matching at an offset is slow
    return None if m is None else m.groups()


def _restates_an_equal_figure(ctx: Context, claim: Claim) -> bool:
    """'Among the 71 children at risk' after 'Of those, 71 were assessed as at risk': a definite figure
    restates the earlier part of a whole ("Of those, 71 ...") of its own value and metric (or a wider or
    narrower one: people safeguarded, children safeguarded), which the repeats leave out as a part, so
    it is no misprint of another figure of its metric. An equal whole is compared with it anyway, and
    one of an unrelated metric ('six arrests' before 'the six people charged') may be chance."""
    start = claim.number_span.start
    if claim.qualifier is not Qualifier.EXACT or not DEFINITE_BEFORE.search(ctx.text, max(0, start - 8), start):
        return False
    parts = {part.id for _, part in ctx.part_pairs()}
    return any(c.id in parts and c.unit is claim.unit and c.value == claim.value and c.span.start < claim.span.start
               and _wider_or_narrower(c.metric, claim.metric) and c.scope.area == claim.scope.area  # not another force's
               and claim.sentence - BACK_REFERENCE_REACH <= c.sentence < claim.sentence for c in ctx.near(claim))


def _wider_or_narrower(a: Metric, b: Metric) -> bool:
    """The same metric, or two one of which counts a part of the other's things (children among people
    safeguarded)."""
    return a is b or SUBSET_METRICS.get(a) is b or SUBSET_METRICS.get(b) is a


# Metrics an article gives several different sums of (a programme's total, each grant, each year's
# allocation, a budget cut): two that differ are two sums, not one misprinted; a sum restated says so
# ("the £1.4m", "Of its £21 million") and is checked as a back-reference
SEVERAL_SUMS = frozenset({Metric.FUNDING})


# "131 of the young people", "40 of those arrested": the figure names a part of a group it points back to
PARTITIVE_AFTER = lazy_compile(r"(?i)[ \t]+of[ \t]+(?:the|those|these|our|its|their)[ \t]")


def _partitive(text: str, claim: Claim) -> bool:
    """Whether the figure counts some of a group ("131 of the young people") rather than a group."""
    end = claim.number_span.end
    return PARTITIVE_AFTER.match(text[end : end + 24]) is not None  # a slice: matching at an offset is slow


def _change_beside_row(a: Claim, b: Claim) -> bool:
    """'Cash seized rose from £163,500 to £214,000' and a table row 'Cash seized | £163,500 |
    £214,000' (last month, now): the row prints each end of the change again, so a change's end is
    compared with a row's cells (and the cells of the rest of the row keep apart what differs)."""
    return (a.in_change and b.in_row and not b.in_change) or (b.in_change and a.in_row and not a.in_change)


MAX_GAP = {Unit.GBP: Decimal("1.75")}
DEFAULT_GAP = Decimal("2.5")
# "two firearms" in the box and "six firearms" in the text: among a handful, a slip of a few is as
# likely as any, and "a few times the original" says nothing (two and six differ by four things)
SMALL_GAP = {Unit.COUNT: Decimal(4)}


def _plausible_repeat(a: Quantity, b: Quantity, unit: Unit) -> bool:
    """Figures far apart (43 and 1,360 arrests) count different things, not one figure misprinted.

    A slip that changes a repeated figure leaves it within a few times the original; two
    figures of the same metric that differ more are more likely two different counts (one raid
    and the week's total), and flagging them would be a false alarm.
    """
    low, high = (a, b) if (a.high is not None and b.low is not None and a.high < b.low) else (b, a)
    if low.high is None or high.low is None or low.high <= 0:
        return False
    return high.low / low.high <= MAX_GAP.get(unit, DEFAULT_GAP) or high.low - low.high <= SMALL_GAP.get(unit, 0)


def _close(a: Quantity, b: Quantity) -> bool:
    """Only call two figures the same figure when their printed values are near each other."""
    if a.point is None or b.point is None or not a.point or not b.point:
        return False
    ratio = a.point / b.point if a.point > b.point else b.point / a.point
    return ratio <= Decimal("1.25")
