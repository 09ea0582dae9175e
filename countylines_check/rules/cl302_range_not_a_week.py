"""CL302: an operation described as a week whose printed dates span much more or less."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from decimal import Decimal

from ..lazyre import lazy_compile
from ..model import Claim, Finding, Span, Status
from ._base import Option, rule
from ._context import Context

WEEK_WORDS = lazy_compile(r"(?i)\b(?:week-long|weeklong|seven-day|7-day|a week|one week|week of (?:action|intensification)|intensification week)\b")


def _length(first: Claim, last: Claim) -> int | None:
    if first.date and last.date:
        return (last.date - first.date).days + 1
    if None in (first.day, first.month, last.day, last.month):
        return None
    year = 2001  # a year without 29 February, when the article gives none
    assert first.month and first.day and last.month and last.day
    start, end = dt.date(year, first.month, first.day), dt.date(year, last.month, last.day)
    if end < start:
        end = dt.date(year + 1, last.month, last.day)
    return (end - start).days + 1


SHORTEST = Option("min-days", Decimal(4), "the fewest days a range called a week may span",
                  minimum=Decimal(1), maximum=Decimal(366), integer=True)
LONGEST = Option("max-days", Decimal(8), "the most days a range called a week may span",
                 minimum=Decimal(1), maximum=Decimal(366), integer=True)


@rule("CL302", "range-not-a-week", options=(SHORTEST, LONGEST))
def range_not_a_week(ctx: Context) -> Iterator[Finding]:
    """An operation called a week should run for about a week.

    Why: "a week of action from October 3 to 19" spans 17 days: a date is probably mistyped.
    Limits: five to eight days pass (working weeks and "13 to 20 May" both occur in releases).

    Flags:
        The week-long operation ran from October 3 to 19, police said.
    Passes:
        The week-long operation ran from October 3 to 9, police said.
    """
    shortest, longest = ctx.option(range_not_a_week, "min-days"), ctx.option(range_not_a_week, "max-days")
    sentences = ctx.parsed.sentences
    ranges: dict[int, list[Claim]] = {}
    for claim in ctx.dates:
        if claim.range_id is not None:
            ranges.setdefault(claim.range_id, []).append(claim)
    if not any(len(members) == 2 for members in ranges.values()):
        return  # no range to measure: the sentences need not be read for week words
    week_sentences = {
        i for i, span in enumerate(sentences) if WEEK_WORDS.search(ctx.text, span.start, span.end)
    }
    if not week_sentences:
        return
    # "a two-day conference on 20 and 21 November ... the national week, which ran from 6 to 12
    # October": week words next to a sentence with a range of its own describe that range, not this one
    range_sentences = {members[0].sentence for members in ranges.values() if len(members) == 2}
    for members in ranges.values():
        if len(members) != 2:
            continue
        at = members[0].sentence
        near = [i for i in week_sentences if i == at or (abs(at - i) == 1 and i not in range_sentences)]
        if not near and min(week_sentences) > 1:
            continue  # the week words describe something else; a headline's "week" covers the article
        length = _length(members[0], members[1])
        if length is None:
            continue
        span = f"'{members[0].text}' to '{members[1].text}'"
        if length > longest or length < shortest:
            # the finding points at the words calling it a week too: either side may be the slip
            said = min(near, key=lambda i: abs(i - at)) if near else min(week_sentences)
            week = WEEK_WORDS.search(ctx.text, sentences[said].start, sentences[said].end)
            spans = tuple(sorted((*(c.number_span for c in members), *((Span(week.start(), week.end()),) if week else ())),
                                 key=lambda x: x.start))
            yield ctx.finding(range_not_a_week, Status.SUSPECT, members,
                              f"{span} spans {length} days, but the operation is described as a week", spans=spans)
        else:
            yield ctx.finding(range_not_a_week, Status.CONSISTENT, members, f"{span} spans {length} days")
