"""Sentences + grammar hits + vocabulary -> typed claims (metric, scope, item, subgroup, speaker).

The stages, in order:
1. ``grammar.figures.scan`` finds figures, dates and skipped numbers in the whole text;
2. each figure is placed in its sentence and typed: the thing it counts (``item``), whether it
   counts a subgroup of people, and its metric from the cue tables;
3. ``relations.find_relations`` reads the ties the text states (of these, including, lists);
   parts that name no metric of their own take their whole's;
4. ``scopes`` gives each figure its national / region / force / place scope.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
import dataclasses
from dataclasses import dataclass
from decimal import Decimal

import regex

from .cues import DEFAULT_LEXICON, FUNCTION_WORDS, Lexicon, has_content, is_person_noun, tokens_between, word_matches
from .document import Document
from .grammar.dates import DateHit, resolve_year
from .grammar.figures import RATE_PER, FigureHit, scan
from .model import (
    UNKNOWN_SCOPE, Claim, Metric, Parsed, Quantity, Qualifier, Relation, RelationKind, Scope, Skipped,
    Span, Unit,
)
from .relations import counted_forces, find_relations
from .scopes import Gazetteer, assign_scopes, running_total
from .sentences import (
    Sentence,
    column_header,
    column_period,
    other_story_boxes,
    split_sentences,
    table_headers,
    year_columns,
)
from .vocab.metrics import CHILD_WORDS, DRUG_NAMES, FUNDING_SENTENCE_WORDS, NRM_WORDS, SEIZURE_WORDS, SUBGROUPS, SUBSET_METRICS, TAKEN_OVER_WORDS
from .vocab.numbers import TENS, UNITS
from .lazyre import lazy_compile
from .prefilter import may_hold

CONTRAST = lazy_compile(r"(?i)\bbut\b")  # "while" and "whereas" set parallel figures side by side
# An aside between a pair of dashes or in brackets ("deal lines closed – the phone numbers gangs use –
# rose"): it explains a word, and its nouns are not what a figure outside it counts.
PAIRED_ASIDE = lazy_compile(r"\s[–—]\s[^–—\n]{1,200}?\s[–—]\s|\([^()\n]{1,200}\)")
STOP = lazy_compile(r"[,;:.()\[\]–—!?\"“”|]|\s-\s")
# ", Skegness and Lincoln", ", Newport and Cwmbran": the rest of a list of places (capitalised names) a
# figure's clause runs on through, so a period after the list ("since April") is still the figure's
NAMES_LIST = lazy_compile(r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)+\s+and\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?")
# The month and season names the period patterns share ("since January", "in the autumn", "last October")
_MONTHS = "january|february|march|april|may|june|july|august|september|october|november|december"
_SEASONS_AND_MONTHS = "spring|summer|autumn|winter|" + _MONTHS
_MONTH_VERBS = (
    r"got|saw|added|brought|produced|delivered|yielded|accounted|was|proved|ended|began|started|had|recorded|topped"
    r"|followed|contributed|took|pushed|set|matched|showed")
MONTH_SUBJECT = (  # (the month's capital first: the lookbehinds are tried only where a month starts)
    r"(?=(?-i:[JFMASOND]))(?<![\d,]\s)(?<!\b(?:on|of|to|in|since|until|from|by|last|this|next)\s)(?<!\b(?-i:[A-Z][a-z]+)\s)"  # not "Theresa May had"
    r"(?-i:(?P<subject>" + _MONTHS.title() + r"))(?='s\b|’s\b|\s+(?:" + _MONTH_VERBS + r")\b)")
PERIOD = lazy_compile(
    r"(?i)\b(?:since\s+(?:" + _MONTHS + r"|"
    r"(?:19|20)\d\d|the\s+start|last|it\s+began|"
    # "Since the Divert programme began": the life of a scheme, not the week the story reports
    r"(?:the\s+|its\s+)(?:[\w'’-]+\s+){0,2}?(?:programme|scheme|project|service|initiative|partnership|pilot)\s+"
    r"(?:began|started|was\s+launched|was\s+set\s+up|launched)\b|"
    # "Since Operation Harrier began": the life of a named operation, not the week it ran this time
    r"(?-i:Operation\s+[A-Z][\w'’-]+)\s+(?:began|started|was\s+launched|was\s+set\s+up|launched)\b(?!\s+on\b)|"
    r"(?:the\s+|its\s+)?(?:launch|beginning|start)|the\s+programme|the\s+scheme)\w*|so\s+far\s+this\s+year|this\s+year|last\s+year|"
    r"over\s+the\s+(?:past|last)\s+(?:year|decade|\w+\s+(?:years|months))|a\s+year\s+(?:earlier|ago|before)|a\s+year(?!-)|per\s+year|"
    r"each\s+year|annually|"
    # "between 15 and 20 new referrals a month": a rate per month or week, not the period's count
    r"(?<!\b(?:in|within|for|over|than|after|about|nearly|almost|just|of)\s)a\s+month\b(?!\s+(?:earlier|ago|before|later|after|of)|-)|"
    r"(?:per|each|every)\s+(?:month|week)|"
    r"every\s+year|in\s+the\s+(?:past|last)\s+(?:year|\w+\s+(?:years|months))|"
    r"the\s+(?:previous|prior)\s+(?:\w+\s+)?(?:year|week|operation|intensification|month)|the\s+year\s+before|"
    r"in\s+the\s+(?:\d+|\w+)\s+(?:months|years|weeks)(?:\s+(?:before|since|after))?|(?:past|last|previous)\s+\d+\s+(?:months|years)|"
    # "the force's previous week of action", "the equivalent week last October", "(May 2023: 29"
    # "on the last co-ordinated week in November": the last one before this, not the one just gone
    r"the\s+last\s+(?!(?:few|seven|full|past)\b)(?:[\w-]+\s+){1,2}?(?:week|operation|intensification|phase|campaign|crackdown|round)\s+in\s+"
    r"(?:" + _MONTHS + r")|"
    r"(?:the|its|their|[\w-]+'s?)\s+(?:previous|prior|earlier|equivalent|corresponding|preceding)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:year|week|operation|intensification|month|period|phase|campaign|crackdown|round)|"
    # "Two weeks of action, 99 arrests": the total of several weeks, none of them alone
    r"(?:two|three|four|both)\s+(?:national\s+)?weeks\s+of\s+action|"
    # "Taken together, May and October brought in £67,150": two months' total, neither month's alone
    r"(?:in\s+|both\s+)?(?-i:(?:" + _MONTHS.title() + r")\s+and\s+(?:" + _MONTHS.title() + r"))(?!\s+(?:19|20)\d\d)|"
    # "in October", "in the spring", "this autumn": one season or month of several the article compares
    r"(?:in\s+(?:the\s+)?|this\s+|(?:over|during)\s+the\s+)(?:" + _SEASONS_AND_MONTHS + r")(?!\s+(?:19|20)\d\d)|"
    r"(?:the|its)\s+(?:" + _SEASONS_AND_MONTHS + r")(?=\s+(?:arrests|figures|results|week|operation|total|haul|seizures))|"
    # "across the two weeks", "over both operations": a total of several periods
    r"(?:across|over|in)\s+(?:the\s+|both\s+|all\s+)?(?:two|three|four|both|all)\s+(?:of\s+the\s+)?(?:weeks|operations|periods|phases)|"
    # "Together, the two weeks accounted for 145 arrests": the periods as the subject of their total
    r"(?:the|both)\s+(?:two\s+|three\s+|four\s+)?(?:weeks|operations|periods|phases)(?=\s+(?:together\s+|between\s+them\s+)?"
    r"(?:accounted|brought|produced|yielded|saw|delivered|resulted|led))|"
    r"last\s+(?:month|spring|summer|autumn|winter|time|" + _MONTHS + r")|(?<=\(\s*)(?:" + _MONTHS + r")(?:\s+(?:19|20)\d\d)?(?=:)|"
    # "March got the operation off to a fast start, with 21 arrests", "June saw 19 more", "July's figures
    # added 23": a month as the subject of its own figures names their period
    + MONTH_SUBJECT + r")\b"
)
# Every match of PERIOD holds one of these (tests/test_fast_paths.py checks each alternative names
# one): a clause with none of them has no period, and is not searched (see ``prefilter``).
PERIOD_WORDS = (
    "year", "last", "week", "month", "since", "past", "previous", "prior", "earlier", "equivalent",
    "corresponding", "preceding", "annually", "operations", "periods", "phases", *_SEASONS_AND_MONTHS.split("|"),
)
SEASON_OR_MONTH = lazy_compile(
    r"(?:in\s+(?:the\s+)?|this\s+|the\s+|its\s+|(?:over|during)\s+the\s+)(?P<name>" + _SEASONS_AND_MONTHS + r")"
)
BASE_OF_BEFORE = lazy_compile(r"(?i)\b\d[\d,]*\s+of\s+(?:the\s+)?$")  # "31 of the 97": the 97 is the base
ASIDE_BEFORE = lazy_compile(r"(?i)\b(?:of\s+whom|of\s+which|of\s+them|of\s+those)\s+$")
# "133 more", "nine fewer phones", "three more than last time": a difference, not a count
DIFFERENCE = lazy_compile(r"(?i)\s+(?:more|fewer|less|extra|additional)\b(?!\s+than\s+(?:\d|£))")
YEAR_AFTER = lazy_compile(r"^\s+(?:in|during|for)\s+(?P<y>(?:19|20)\d{2})\b")
CHANGE = lazy_compile(
    r"(?i)\bfrom\s+$|\bfrom\s+[£\d][^.;]{0,40}\bto\s+$"
    r"|\b(?:increase|rise|up|down|decrease|fall|drop|compared|compares?|comparison)\s+(?:on|from|with|to)\s+(?:the\s+)?(?:\w+\s+){0,2}$"
    # "That figure has since risen to 58": the count's new value, set against the earlier one
    r"|\b(?:risen|rose|rises|rising|grown|grew|climbed|increased|fallen|fell|dropped|decreased)\s+to\s+$"
    # "up 12% on the 43 arrests", "around 10% lower than the 1,487": the base a change is measured from
    r"|\b(?:up|down)\s+(?:by\s+)?(?:more\s+than\s+|almost\s+|nearly\s+|around\s+|about\s+)?\d[\d.,]*\s*(?:%|per\s*cent)\s+(?:on|from)\s+(?:the\s+)?(?:\w+\s+){0,2}$"
    r"|\d\s*(?:%|per\s*cent)\s+(?:lower|higher|fewer|more|less|greater|smaller|bigger|up|down)\s+(?:than|on)\s+(?:the\s+)?(?:\w+\s+){0,2}$"
)
# "Sussex closed 1,120 lines over the same period", "214 children in that year": the period of the
# figure it is set beside
SAME_PERIOD = lazy_compile(
    r"(?i)\b(?:over|in|during|for|across|within)\s+(?:the\s+same|that)\s+(?:period|time|year|months?|weeks?)\b")
SAME_WORDS = ("same", "that")  # in every match of SAME_PERIOD: a clause without one is not searched (see ``prefilter``)
# "1,200 to 1,400": the first figure opens a range, as a change's base does
RANGE_START = lazy_compile(r"^\s+(?:in\s+(?:19|20)\d\d\s+)?to\s+[£\d]")
UNDER_18_AFTER = lazy_compile(r"(?i)^\s*(?:\w+\s+){0,3}(?:aged\s+)?under[\s-](?:the\s+age\s+of\s+)?18")
TOTAL_OF = lazy_compile(
    r"(?i)\b(?P<noun>[a-z-]+(?:\s+[a-z-]+)?)\s+(?:total|tally|count|figure|haul)\s+(?:of|was|stood\s+at|reached|came\s+to)\s+$"
)
_NOUN_WORD = lazy_compile(r"[\w-]+")
SENTENCE_TERMS = lazy_compile(
    r"(?i)\b(?:jailed|sentenc\w*|prison|imprisoned|imprisonment|custodial|behind\s+bars|young\s+offender|locked\s+up)\b"
)
# "Jordan Owusu received six years and eight months": a term given to someone, where the sentence
# names no prison ("was given three years", "handed four years", "is serving nine years")
TERM_GIVEN_BEFORE = lazy_compile(
    r"(?i)\b(?:received|receives|given|handed(?:\s+down)?|got|gets|serving|serve|served)\s+"
    r"(?:a\s+)?(?:total\s+of\s+|combined\s+|further\s+)?$"
    # "The remaining six received terms totalling 28 years": the terms' sum
    r"|\b(?:received|given|handed|jailed\s+for|sentenced\s+to)\s+(?:prison\s+|jail\s+|custodial\s+)?(?:terms|sentences)\s+"
    r"(?:totall?ing|adding\s+up\s+to|of\s+a\s+combined)\s+$"
)
# "The sentencing came as the force released figures for the six months to August": a period the
# figures cover, not a prison term, though the sentence speaks of sentencing
PERIOD_BEFORE = lazy_compile(r"(?i)\b(?:in|over|during|within|across|for)\s+the\s+(?:(?:past|last|first|next|previous|same)\s+)?$")
# "after an 18-month investigation", "a two-year operation": a span of time written as a word that
# describes something other than a prison term is how long that lasted ("an 18-month sentence" is a term)
DURATION_OF_NON_TERM = lazy_compile(
    r"(?i)-(?:year|month|week)(?:-long)?\s+(?!(?:jail|prison|custodial|suspended|sentence|term|stretch)\b)[^\W\d]"
)
# "Lines closed: 7", "- Cash seized: £4,000": a figure and its label, alone on a line or in a run of them
LABEL_BEFORE = lazy_compile(r"\s*(?:[-•*–]\s*)?(?P<label>[^\W\d][\w'’-]*(?:\s+[^\W\d][\w'’-]*){0,5})\s*:\s*$")
# "Michael Doyle, 34, of Anfield - 12 years": a named person with age and home, then a term
DEFENDANT = lazy_compile(r"(?-i:[A-Z][\w'’-]+),\s+\d{1,2},\s+(?:of|from)\s+(?-i:[A-Z])[^.;:]*?(?:\s[-–—]\s*|\s*:\s*|,\s+)$")
QUOTE_OPEN = "“\""
SPEAKER = lazy_compile(
    r"""(?x)
    (?<![\w.'’-])(?P<who>(?:[A-Z][\w.'’-]++\s){0,5}[A-Z][\w'’-]++)   # a name starts at a word: read once
    (?:,[^,“”"]{3,80},)?\s+(?:said|says|added|explained|told|warned)\b
    |\b(?:said|says|added|explained|warned)\s+(?P<who2>(?:[A-Z][\w.'’-]+\s){0,5}[A-Z][\w'’-]+)
    """
)
# Every SPEAKER match holds one of these words: a sentence without any is passed over before the
# pattern runs (most sentences are not attributions; tests/test_fast_paths.py keeps the two in step).
ATTRIBUTION_VERBS = ("said", "says", "added", "explained", "told", "warned")
PRONOUN_SPEAKERS = frozenset({"He", "She", "They", "It", "We", "I", "Police", "Officers", "The"})


@dataclass
class Draft:
    """A claim while it is being typed; frozen into a ``Claim`` at the end of parsing."""

    hit: FigureHit
    sentence: Sentence
    item_tokens: list[str]
    item_end: int
    metric: Metric = Metric.OTHER
    metric_source: str = "none"  # item | event | weak | money | default | inherited | caseload | survey | population | none
    subgroup: str | None = None
    person: bool = False
    year: int | None = None
    in_change: bool = False
    in_row: bool = False
    period: str | None = None
    head: str = ""  # the words naming what the figure counts (see _head)
    scope: Scope = UNKNOWN_SCOPE
    scope_stated: bool = False
    speaker: str | None = None
    other_story: bool = False  # a headline in a "Related stories" box: another story's figure
    named_after: tuple[int, int] | None = None  # "THE BIG NUMBER: 1,280. That's how many arrests ...": those words


# "Six of those arrested have since been charged", "Three of the four arrested men were charged":
# the part's own verb says what it counts, not the arrests it is a part of
ONWARD_FROM_ARRESTED = lazy_compile(
    r"(?i)\s+of\s+(?:the|those|these)\s+(?:[\w-]+\s+)?(?:arrested|detained)"
    r"(?:\s+(?:men|women|people|suspects|teenagers|youths|boys|girls|adults))?"
    r"\s+(?:have|has|were|was|had)\s+(?:(?:since|now|also|already|then|subsequently)\s+)?(?:been\s+)?"
    r"(?P<verb>charged|released|bailed|remanded)\b"
)


OUNCES = lazy_compile(r"(?i)\d\s?oz$|\bounces?$")


# what happened next to a share of people: "have since been charged", "went on to be charged",
# "had led to a charge", "appeared before Newry Magistrates' Court"
CHARGED_PREDICATE = lazy_compile(
    r"(?i)\s(?:(?:have|has|had|were|was|are|is)\s+(?:(?:since|now|also|already|then|subsequently|so\s+far|all|both|"
    r"later|each|now\s+all)\s+)*(?:been\s+)?charged"
    r"|(?:went|go|goes|going)\s+on\s+to\s+be\s+charged"
    r"|(?:(?:have|has|had)\s+)?(?:(?:since|so\s+far|already|now)\s+)*(?:led|lead|leads)\s+to\s+(?:a\s+)?charges?"
    r"|appeared\s+(?:before|in|at)\s+(?:[\w'’-]+\s+){0,4}?(?:court|magistrates)"
    r")\b"
)
SHARE_BASE_BEFORE = lazy_compile(r"(?i)\bof\s+(?:the|those|these)\s+$")  # "Eleven of the 19 people arrested"
# the words a share's subject may run to before its verb: none that start another clause
SHARE_GAP_BREAK = lazy_compile(r"(?i)[,;:.()?!]|\b(?:who|which|that|whom|and|but|while|whereas|or|after|when|before)\b")


def _charged_share(text: str, d: Draft) -> bool:
    """Whether the verb a figure (or share) is the subject of is "charged": its own words up to the
    verb start no other clause. Not a base a part is taken of ("18 of the 52 arrested have been
    charged": the 52 are the arrested)."""
    if SHARE_BASE_BEFORE.search(text, max(d.sentence.start, d.hit.qualifier_start - 12), d.hit.qualifier_start):
        return False
    verb = CHARGED_PREDICATE.search(text, d.hit.end, min(d.sentence.end, d.hit.end + 90))
    if verb is None:
        return False
    gap = text[d.hit.end : verb.start()]
    return SHARE_GAP_BREAK.search(gap.replace(" - ", " ").replace(" – ", " ").replace(" — ", " ")) is None


def _describes_non_term(text: str, start: int, end: int) -> bool:
    hyphen = text.rfind("-", start, end)
    return hyphen != -1 and DURATION_OF_NON_TERM.match(text, hyphen) is not None


def _type_metric(text: str, d: Draft, sentence_tokens: list[tuple[str, int, int]], lex: Lexicon) -> None:
    hit, words = d.hit, [t for t, _, _ in sentence_tokens]
    if hit.unit is Unit.GBP:
        d.metric, d.metric_source = _money_metric(text, d, sentence_tokens, words, lex)
        return
    if hit.unit in (Unit.KG, Unit.G) or (hit.unit is Unit.OTHER and OUNCES.search(text, hit.start, hit.end)):
        d.metric, d.metric_source = Metric.DRUGS_WEIGHT, "item"  # ("nine ounces": a weight left in its own unit)
        return
    if hit.unit in (Unit.YEARS, Unit.MONTHS) and not PERIOD_BEFORE.search(
            text, max(d.sentence.start, hit.qualifier_start - 24), hit.qualifier_start) and not _describes_non_term(text, hit.start, hit.end) and (
            SENTENCE_TERMS.search(" ".join(words)) or TERM_GIVEN_BEFORE.search(
            text, max(d.sentence.start, hit.qualifier_start - 30), hit.qualifier_start)
            or DEFENDANT.search(text, d.sentence.start, hit.qualifier_start)):
        d.metric, d.metric_source = Metric.SENTENCES_YEARS, "event"
        return
    if hit.kind == "rate":  # "12.2 arrests per 100,000", "an arrest rate of 5.8 per 100,000": what it is a rate of
        named = lex.item_metric(d.item_tokens, words)
        near = named or lex.nearest_cue(sentence_tokens, hit.start, hit.end, lex.bare_cues)
        if near is not None:
            d.metric, d.metric_source = near, "item" if named else "weak"
        return
    if hit.kind == "ratio" and hit.unit is Unit.OTHER:
        subject = _subject_metric(text, d, lex, [t for t, _, _ in sentence_tokens])
        if subject is not None:  # "cash seizures nearly trebled": a multiple counts what its subject counts
            d.metric, d.metric_source = subject, "item"
        return
    if hit.unit not in (Unit.COUNT, Unit.PERCENT):
        return
    if _population(text, d):
        d.metric, d.metric_source = Metric.OTHER, "population"  # kept: no list, relation or subgroup gives it a metric
        return
    if _respondents(text, d) and lex.item_metric(d.item_tokens, words) is None:  # ("surveyed 1,100 officers": officers)
        d.metric, d.metric_source = Metric.OTHER, "survey"  # (the sample its respondents are counted out of)
        return
    # "Twelve lines were closed, seven by Norfolk officers": words after "by" name who did it, not the thing counted
    named = lex.item_metric(d.item_tokens, words) if d.item_tokens[:1] != ["by"] else None
    if named is None and not d.item_tokens:  # "Lines closed: 7": a label before the figure names what it counts
        label = LABEL_BEFORE.match(text, d.sentence.start, hit.qualifier_start)
        if label is not None:
            named = lex.item_metric([t for t, _, _ in tokens_between(text, *label.span("label"))], words)
    own_event = None
    if hit.unit is Unit.COUNT and d.item_tokens and any(
            lex.cue_at(d.item_tokens, 0, c) for c, _ in lex.cues_from(d.item_tokens[0], lex.event_cues)) and not any(
            len(c.split()) > 1 and lex.cue_at(d.item_tokens, 0, c) for c, _, _ in lex.cues_from(d.item_tokens[0], lex.item_cues)):
        named = None  # "1,482 held as forces shut ...": the verb right after the figure says it
    if named is None and hit.unit is Unit.COUNT:  # "1,600 detained", "87 people charged"
        own = tokens_between(text, hit.end, d.item_end)
        joined = next((k for k, (t, _, _) in enumerate(own) if t in ("and", "or", "but", "while")), len(own))
        # "arrested 46 people and charged 21": a verb after "and" starts the next figure's clause
        found_own = lex.nearest_cue_at(own[:joined], hit.start, hit.end, lex.event_cues)
        own_event = found_own[1] if found_own else None
        if found_own and own_event is Metric.LINES_CLOSED:
            ahead = [t for t, _, _ in own[: found_own[0]]
                     if t not in FUNCTION_WORDS and t not in LINKING_WORDS and not t.endswith("ly")]
            if ahead and lex.item_metric(ahead, words) not in (Metric.LINES_CLOSED, Metric.DEAL_LINES_SEIZED):
                own_event = None  # "three specialist taskforces shut ...": the taskforces are counted, not lines
    if own_event is not None:
        d.metric, d.metric_source = own_event, "event"
    elif named is not None and not (hit.unit is Unit.PERCENT and named is Metric.OTHER):
        d.metric, d.metric_source = named, "item"
    elif hit.unit is Unit.COUNT and (d.person or not has_content(text, hit.end, d.item_end)):
        lo, hi = _contrast_clause(text, d)
        clause = sentence_tokens if (lo, hi) == (d.sentence.start, d.sentence.end) else [
            t for t in sentence_tokens if lo <= t[1] and t[2] <= hi]  # (a list's lead words stand outside it)
        asides = [m.span() for m in PAIRED_ASIDE.finditer(text, lo, hi) if not m.start() <= hit.start < m.end()]
        if asides:
            clause = [t for t in clause if not any(a <= t[1] < b for a, b in asides)]
        if OUT_OF_BEFORE.search(text, max(d.sentence.start, hit.qualifier_start - 12), hit.qualifier_start):
            # "closed 38 lines out of 83": the verb acts on the part; the whole is read from the words
            # between them ("16 were safeguarded in Warrington, out of 38": safeguarded)
            part = [k for k, t in enumerate(clause) if t[2] <= hit.qualifier_start and _is_number_word(t[0])]
            if part:
                clause = clause[part[-1] + 1 :]
        found = lex.nearest_cue_at(clause, hit.start, hit.end, lex.event_cues if d.person else lex.bare_cues)
        if found is not None:
            at, event = found
            adjacent = lex.nearest_cue(
                tokens_between(text, max(d.sentence.start, hit.qualifier_start - 30), hit.qualifier_start),
                hit.start, hit.end, lex.bare_cues,
            )
            d.metric = lex.in_context(event, [t for t, _, _ in clause], at)  # "deal lines closed: 64"
            d.metric_source = "event" if d.person or adjacent is event else "weak"
    elif hit.unit is Unit.PERCENT:
        near = lex.nearest_cue(sentence_tokens, hit.start, hit.end, lex.percent_cues)
        if near is not None:
            d.metric, d.metric_source = near, "weak"
    if d.metric is Metric.OTHER and hit.unit is Unit.COUNT:  # "the arrest total of 1,742", "a tally of 96 lines"
        total = TOTAL_OF.search(text, max(d.sentence.start, hit.qualifier_start - 40), hit.qualifier_start)
        if total:
            noun = [w.lower() for w in _NOUN_WORD.findall(total["noun"])]
            named = lex.item_metric(noun, words) or lex.nearest_cue(
                [(w, 0, 0) for w in noun], 1, 1, lex.event_cues)
            if named is not None:
                d.metric, d.metric_source = named, "item"
    if d.metric is Metric.SAFEGUARDED and "referred" in words and lex.sentence_has(words, NRM_WORDS) and (
            "referred" in _own_clause_words(text, d, sentence_tokens)):
        d.metric = Metric.NRM_REFERRALS  # "Twelve of them were referred to the National Referral Mechanism"
    elif d.metric in (Metric.SAFEGUARDED, Metric.CHILDREN_SAFEGUARDED) and "referred" in words and (
            _referrals_last_named_are_nrm(text, d, lex)):
        d.metric = Metric.NRM_REFERRALS
    if d.metric in (Metric.OTHER, Metric.PEOPLE_ENGAGED) and "identified" in d.item_tokens[:4] and _counts_children(d):
        d.metric = Metric.SAFEGUARDED  # "the 37 children we identified": children found at risk are safeguarded
    if d.metric is Metric.SAFEGUARDED and _counts_children(d):
        d.metric = Metric.CHILDREN_SAFEGUARDED
    onward = ONWARD_FROM_ARRESTED.match(text, hit.end, d.sentence.end)
    if hit.unit in (Unit.COUNT, Unit.PERCENT) and (onward is None or onward["verb"].lower() == "charged") and (
            _charged_share(text, d)):
        # "Around half of those arrested have since been charged", "Eleven of the 19 people arrested
        # have been charged", "a third of arrests led to a charge": the share counts the charged
        d.metric, d.metric_source = Metric.CHARGED, "event"
    elif hit.unit is Unit.COUNT and onward is not None:
        # "Six of those arrested have since been charged": what happened next to part of the arrested
        d.metric = Metric.CHARGED if onward["verb"].lower() == "charged" else Metric.OTHER
        d.metric_source = "event"
    if d.metric is Metric.CUCKOOING_VISITS and d.subgroup == "children" and not lex.sentence_has(words, TAKEN_OVER_WORDS):
        d.metric = Metric.CHILDREN_SAFEGUARDED  # "64 safeguarding visits to children at risk": each child seen
    if d.metric in (Metric.OTHER, Metric.SAFEGUARDED, Metric.CHILDREN_SAFEGUARDED, Metric.PEOPLE_ENGAGED) and CASELOAD_BEFORE.search(
            text, max(d.sentence.start, hit.qualifier_start - 50), hit.qualifier_start):
        # "We are now supporting 300 children": a service's caseload, not the period's count
        d.metric, d.metric_source = Metric.OTHER, "caseload"
    if d.metric in (Metric.SAFEGUARDED, Metric.CHILDREN_SAFEGUARDED) and RECEIVED_BEFORE.search(text, max(d.sentence.start, hit.qualifier_start - 30),
                                                                 hit.qualifier_start) and REFERRAL_WORD.search(text, hit.end, d.item_end):
        # "We've had four new referrals from officers": referrals a service took in, its caseload; the
        # force refers people on, it does not receive them
        d.metric, d.metric_source = Metric.OTHER, "caseload"


# words that may stand between a figure and its verb without being what it counts ("three of them
# have now been closed", "five were then shut")
LINKING_WORDS = frozenset({"them", "which", "whom", "now", "then", "since", "already", "also", "all", "both",
                           "later", "subsequently", "successfully", "more", "further", "other", "others"})
OUT_OF_BEFORE = lazy_compile(r"(?i)\bout\s+of\s+(?:the\s+|a\s+total\s+of\s+)?$")


def _is_number_word(token: str) -> bool:
    return any(ch.isdigit() for ch in token) or token in UNITS or token in TENS


# "referred" and where to: a sentence that names no place to refer to goes on with the referrals last named
REFERRAL_WORD = lazy_compile(r"(?i)\breferr(?:al|als|ed|ing)\b")
REFERRED_TO = lazy_compile(r"(?i)\breferred\s+(?:\w+\s+)?(?:to|into|on\s+to|by|from)\b")
REFERRALS_LOOKBACK = 600


def _referrals_last_named_are_nrm(text: str, d: Draft, lex: Lexicon) -> bool:
    """'NRM referrals for children reached 7,400 ... So roughly 3,200 children referred for county
    lines alone?': a referral whose sentence names no destination is of the kind the sentence that
    last spoke of referrals, in its paragraph or the one before, named."""
    if REFERRED_TO.search(text, d.sentence.start, d.sentence.end):
        return False
    earlier = list(REFERRAL_WORD.finditer(text, max(0, d.sentence.start - REFERRALS_LOOKBACK), d.sentence.start))
    if not earlier:
        return False
    at = earlier[-1].start()
    if text.count("\n\n", at, d.sentence.start) > 1:  # spoken of in this paragraph or the one before only
        return False
    start = max(text.rfind(".", 0, at), text.rfind("\n", 0, at), text.rfind("?", 0, at)) + 1
    ends = [e for e in (text.find(".", at), text.find("\n", at), text.find("?", at)) if e != -1]
    words = [t.lower() for t, _, _ in tokens_between(text, start, min(ends) if ends else len(text))]
    return lex.sentence_has(words, NRM_WORDS)


# "identified 312 young people as at risk, and 97 were referred to the NRM": the second clause is the 97's
CLAUSE_JOIN = lazy_compile(r"(?i),\s+(?:and|but|while|whereas)\s|;")


def _own_clause_words(text: str, d: Draft, sentence_tokens: list[tuple[str, int, int]]) -> list[str]:
    """The words of a figure's own clause: between the joins (", and", ";") around it."""
    before = [m.end() for m in CLAUSE_JOIN.finditer(text, d.sentence.start, d.hit.qualifier_start)]
    after = CLAUSE_JOIN.search(text, d.hit.end, d.sentence.end)
    lo, hi = (before[-1] if before else d.sentence.start), (after.start() if after else d.sentence.end)
    return [t for t, a, b in sentence_tokens if lo <= a and b <= hi]


RECEIVED_BEFORE = lazy_compile(r"(?i)\bwe(?:['’]ve|\s+have)?\s+(?:had|received|taken\s+on|been\s+sent)\s+(?:(?:a|another|some)\s+)?$")
CASELOAD_BEFORE = lazy_compile(
    r"(?i)\b(?:are|is|was|were|been|we['’]re)\s+(?:now\s+|currently\s+|still\s+|already\s+)?"
    r"(?:supporting|working\s+with|helping|looking\s+after)\s+$"
)
# "with around 5.4 million people", "a population of 1.9 million", "home to 2.8 million residents"
POPULATION_BEFORE = lazy_compile(
    r"(?i)\b(?:with|population\s+(?:of|is|was|stands\s+at|at)|populations?\s+of|home\s+to|serv(?:es|ing|e)|"
    r"cover(?:s|ing)?)\s+$"
)
RATE_POPULATION_BEFORE = lazy_compile(r"(?i)\bper\s+[\d,]+(?:\s+\w+)?\s+of\s+(?:its|their|the|a)\s+$")
POPULATION_ITEM = frozenset({"people", "residents", "inhabitants", "population", "citizens"})
MILLION = 1_000_000


def _population(text: str, d: Draft) -> bool:
    """A count of a million people or more that an area is said to have is its population, not a
    figure of the operation ("England and Wales, with roughly 60 million, recorded ...")."""
    point = d.hit.value.point
    if d.hit.unit is not Unit.COUNT or point is None:
        return False
    if RATE_POPULATION_BEFORE.search(text, max(d.sentence.start, d.hit.qualifier_start - 40), d.hit.qualifier_start):
        return True  # "41 per 100,000 of its roughly 530,000 children": the people a rate is worked out over
    if point < MILLION:
        return False
    if d.item_tokens and d.item_tokens[0] not in POPULATION_ITEM and not (
            text[d.hit.end : d.item_end].strip()[:1].isupper() and d.item_tokens[0].endswith("s")):
        return False  # (a people named for their place, "9 million Londoners", are its population too)
    return (d.item_tokens[:1] in (["residents"], ["inhabitants"])
            or POPULATION_BEFORE.search(text, max(d.sentence.start, d.hit.qualifier_start - 30), d.hit.qualifier_start) is not None)


# "a survey of 412 students", "a poll of more than 2,000 adults", "we surveyed 300 pupils": who answered
SURVEYED_BEFORE = lazy_compile(r"(?i)\b(?:(?:survey|poll|sample|questionnaire)\s+of|surveyed|polled)\s+$")


def _respondents(text: str, d: Draft) -> bool:
    """The people a survey asked are its sample, not people the operation arrested or helped, whatever
    the sentence around them is about ("The arrests come as a survey of 412 students found ...")."""
    return d.hit.unit is Unit.COUNT and SURVEYED_BEFORE.search(
        text, max(d.sentence.start, d.hit.qualifier_start - 40), d.hit.qualifier_start) is not None


SINCE_YEAR = lazy_compile(r"(?i)\bsince\s+(?:19|20)\d\d\b")


def _years_since_before(text: str, before: Sentence, sent: Sentence) -> str | None:
    """'... has invested £145m in the programme since 2019. Ministers point to thousands of lines closed':
    a tally given with no number and no time of its own, right after the years since a date, is a tally
    of those years, not of the week the story reports."""
    if before.paragraph != sent.paragraph:
        return None
    since = SINCE_YEAR.search(text, before.start, before.end)
    return since.group().lower() if since else None


def _counts_children(d: Draft) -> bool:
    """'364 children' counts children only; '55 vulnerable children and adults' does not; '27
    children and young people' (the services' phrase for the under-25s they work with) does."""
    head = d.item_tokens[:4]
    named = bool(set(d.item_tokens[:3]) & CHILD_WORDS) or d.subgroup == "children"
    if named and d.item_tokens[:4] == ["children", "and", "young", "people"]:
        return True
    # "children and adults" join a second group; "16 children were identified and referred" (a verb
    # before the "and") and "12 children and a 71-year-old man" (a second item) do not
    joined = any(t == "and" and (k == 0 or d.item_tokens[k - 1] in CHILD_WORDS or is_person_noun(d.item_tokens[k - 1]))
                 and d.item_tokens[k + 1 : k + 2] not in (["a"], ["an"], ["their"], ["his"], ["her"], ["one"])
                 for k, t in enumerate(d.item_tokens[:4]) if k + 1 < len(d.item_tokens))
    return named and not {"adults", "adult"} & set(head) and not joined


_CHILD = r"(?:children|child|minors|under[\s-]18s|(?:aged\s+)?under(?:[\s-]|\s+the\s+age\s+of\s+)1[0-8]\b)"
# what a part of the people safeguarded is said to be, right after it: "of whom 11 were children", "nine
# of them under 16", "(17) children", "812 – 71% – were children", "22 of the 72 people it safeguarded
# were under 18" (boys and girls are not read as children: "148 were boys" of the young people a
# service supported counts people)
CHILD_PREDICATE_AFTER = lazy_compile(
    r"(?i)\s*(?P<lead>\)?(?:\s*[–—]\s*[^–—\n]{1,20}?\s*[–—])?\s*(?:of\s+(?:them|whom|those|these)\s+|of\s+the\s+[^.;:,()\n]{1,50}?\s+)?"
    r"(?:(?:were|was|are|is|have\s+been|had\s+been)\s+)?(?:all\s+)?)" + _CHILD)  # (not "29 children and adults": a lead is needed)
# the children as the subject, the share after: "Children accounted for 65 per cent of those safeguarded"
CHILD_SUBJECT_BEFORE = lazy_compile(
    r"(?i)\b(?:children|under-18s|minors)\s+(?:made\s+up|make\s+up|accounted\s+for|account\s+for|represented|comprised)\s+"
    r"(?:(?:about|around|nearly|almost|roughly|some|just|over|under|more|less|than)\s+){0,3}$")


def _said_to_be_children(text: str, d: Draft) -> bool:
    """A figure of people safeguarded that its own words say are children: the predicate after it,
    the subject before it, or the label it stands under ("Of which children: 61")."""
    predicate = CHILD_PREDICATE_AFTER.match(text, d.hit.end, d.sentence.end)
    if predicate is not None and predicate["lead"].strip():
        return True
    if CHILD_SUBJECT_BEFORE.search(text, max(d.sentence.start, d.hit.qualifier_start - 60), d.hit.qualifier_start):
        return True
    label = LABEL_BEFORE.match(text, d.sentence.start, d.hit.qualifier_start)
    words = {w.lower() for w in _NOUN_WORD.findall(label["label"])} if label is not None else set()
    return bool(words & CHILD_WORDS) and not words & {"and", "adults", "adult", "people"}  # not "Adults and children safeguarded: 27"


# what a part of the phones seized is said to be: "nine of the phones were being used as deal lines",
# "of which 17 were confirmed as county lines 'deal line' handsets", "three of them believed to be active deal lines"
DEAL_LINE_PREDICATE_AFTER = lazy_compile(
    r"(?i)\s*(?:of\s+(?:them|which|those|these|the\s+[\w-]+)\s+)?(?:[\w'’\"“”-]+\s+){0,6}?[\"“‘']?deal[\s-]lines?\b")


def _deal_lines_by_predicate(text: str, drafts: list[Draft], relations: list[tuple[str, int | None, list[int], str]]) -> None:
    """Parts of the phones seized that the sentence says are deal lines count deal lines seized."""
    for kind, whole, parts, _ in relations:
        if whole is None or kind not in ("subset", "partition") or drafts[whole].metric is not Metric.PHONES:
            continue
        for p in parts:
            d = drafts[p]
            if d.metric is Metric.PHONES and d.hit.unit is Unit.COUNT and DEAL_LINE_PREDICATE_AFTER.match(
                    text, d.hit.end, d.sentence.end):
                d.metric = Metric.DEAL_LINES_SEIZED


def _children_by_predicate(text: str, drafts: list[Draft], relations: list[tuple[str, int | None, list[int], str]]) -> None:
    """Parts of the people safeguarded that the sentence says are children count children safeguarded,
    and so does a share that restates such a part ("of whom 61 were children, or 45 per cent")."""
    for d in drafts:
        if d.metric is Metric.SAFEGUARDED and d.hit.unit in (Unit.COUNT, Unit.PERCENT) and _said_to_be_children(text, d):
            d.metric = Metric.CHILDREN_SAFEGUARDED
    for kind, whole, parts, _ in relations:
        if kind != "share" or whole is None or drafts[whole].metric is not Metric.SAFEGUARDED:
            continue
        if any(drafts[p].metric is Metric.CHILDREN_SAFEGUARDED and drafts[p].hit.unit is Unit.COUNT for p in parts):
            for p in parts:
                if drafts[p].metric is Metric.SAFEGUARDED and drafts[p].hit.unit is not Unit.COUNT:
                    drafts[p].metric = Metric.CHILDREN_SAFEGUARDED


def _money_metric(
    text: str, d: Draft, sentence_tokens: list[tuple[str, int, int]], words: list[str], lex: Lexicon
) -> tuple[Metric, str]:
    clause = STOP.search(text, d.hit.end, d.sentence.end)
    start = d.hit.end
    if clause is not None and clause.start() == d.hit.end and text[clause.start()] == "," and APPOSITION_BEFORE.search(
            text, max(d.sentence.start, d.hit.qualifier_start - 3), d.hit.qualifier_start):
        # "The largest share, £450,000, will fund a team": a sum set off by commas reads on past them
        start, clause = clause.end(), STOP.search(text, clause.end(), d.sentence.end)
    right = [t for t in sentence_tokens if start <= t[1] < (clause.start() if clause else d.sentence.end)][:8]
    purpose = PURPOSE_AFTER.match(text, d.hit.end)
    if purpose is not None:  # "providing £540,000 to tackle drug-related exploitation": what the money is for
        right = []
    before = [t for t in sentence_tokens if t[2] <= d.hit.qualifier_start]
    if before and before[-1][0] in BREAKDOWN_WORDS:
        before = []  # "..., including £210,000 for the team": a part of the sum before, named by what it is for
    # "cannabis, which police value at £25,000": a valuation names its thing further back than a few words
    left = before[-10:] if {t for t, _, _ in before[-4:]} & VALUATION_WORDS else before[-4:]
    # "bringing the total value of the drugs they recovered this month to £60,000": the sum is the value
    # of what "value of" names, however many words that takes
    value_of = _search_if_worth(VALUE_OF_BEFORE, text, max(d.sentence.start, d.hit.qualifier_start - 80), d.hit.qualifier_start)
    if value_of is not None:
        left = [t for t in before if t[1] >= value_of.start()][:12]
    elif (total := TOTAL_NOUN_BEFORE.search(text, max(d.sentence.start, d.hit.qualifier_start - 80), d.hit.qualifier_start)):
        # "taking total investment in the programme since its launch to £187m": the sum is a total of
        # what the noun after "total" names, however many words that takes
        left = [t for t in before if t[1] >= total.start("noun")][:12]
    if _drugs_and_cash([t for t, _, _ in right[:6]], lex):
        return Metric.OTHER, "money"  # "half a million pounds of drugs and cash": neither total alone
    if COURT_ORDER_BEFORE.search(text, max(d.sentence.start, d.hit.qualifier_start - 60), d.hit.qualifier_start):
        return Metric.OTHER, "money"  # "a confiscation order of £312,450 against a drug dealer": what a court ordered paid
    if PAID_BEFORE.search(text, max(d.sentence.start, d.hit.qualifier_start - 40), d.hit.qualifier_start) or \
            BOUGHT_FOR_BEFORE.search(text, max(d.sentence.start, d.hit.qualifier_start - 60), d.hit.qualifier_start):
        return Metric.OTHER, "none"  # "He got £150", "owed them £2,000 for drugs", "bought a car for £22,000 in cash": pay, a debt or a price
    for side, positions in ((right, range(len(right))), (left, range(len(left) - 1, -1, -1))):
        side_words = [t for t, _, _ in side]
        for i in positions:  # nearest the figure first; cues read forwards ("street value")
            for cue, metric in lex.cues_from(side_words[i], lex.money_cues):
                if lex.cue_at(side_words, i, cue):
                    return metric, "money"
    apposed = MONEY_KIND_APPOSED.match(text, clause.start()) if clause is not None else None
    if apposed is not None:  # "counted £9,850 at this address, the largest single cash find of the fortnight"
        return (Metric.CASH_SEIZED if apposed["kind"].lower() == "cash" else Metric.DRUGS_VALUE), "money"
    if d.sentence.kind == "bullet" and sentence_tokens and sentence_tokens[0][1] < d.sentence.start:
        # "the funding had been allocated as follows:" then "- West Midlands Police: £8.2 million": an
        # item naming no money of its own is money of the kind its list's lead names (nearest the list)
        lead = [t for t in sentence_tokens if t[1] < d.sentence.start]
        lead_words = [t for t, _, _ in lead]
        for i in range(len(lead_words) - 1, -1, -1):
            for cue, metric in lex.cues_from(lead_words[i], lex.money_cues):
                if lex.cue_at(lead_words, i, cue):
                    return metric, "money"
    if FUNDER_AFTER.match(text, d.hit.end, d.sentence.end):
        return Metric.FUNDING, "money"  # "£250k from the Police and Crime Commissioner": money a funder gave
    if ANNOUNCED_BEFORE.search(text, max(d.sentence.start, d.hit.qualifier_start - 40), d.hit.qualifier_start):
        return Metric.FUNDING, "money"  # "announced £58 million": a sum announced is money promised (not "£5,000 announced by")
    if VALUED_AT_BEFORE.search(text, max(d.sentence.start, d.hit.qualifier_start - 40), d.hit.qualifier_start):
        return Metric.OTHER, "none"  # "a Range Rover worth an estimated £40,000": what a seized thing is worth, not cash
    if lex.sentence_has(words, SEIZURE_WORDS):
        return Metric.CASH_SEIZED, "default"
    if lex.sentence_has(words, FUNDING_SENTENCE_WORDS) and not lex.sentence_has(words, DRUG_NAMES):
        return Metric.FUNDING, "weak"  # "allocations include £450,000 for Lincolnshire and £380,000 for the North West"
    return Metric.OTHER, "none"


APPOSITION_BEFORE = lazy_compile(r",\s*$")
# ", the largest single cash find", ", the biggest drugs haul of the year": words set after a sum that say
# what kind of find it was
MONEY_KIND_APPOSED = lazy_compile(
    r"(?i),\s+(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,3}?(?P<kind>cash|drugs?)\s+(?:finds?|hauls?|seizures?|recover(?:y|ies))\b")
# "£540,000 to tackle exploitation", "£20,000 to help young people": money given for a purpose, whose
# words name the purpose, never what the money is
PURPOSE_AFTER = lazy_compile(
    r"(?i)\s+(?:(?:a|per|each)\s+year\s+)?to\s+(?:help\s+)?(?:tackle|tackling|fund|support|expand|extend|continue|"
    r"reduce|prevent|protect|divert|deliver|develop|combat|disrupt|step\s+up|set\s+up|pay\s+for|employ|recruit)\b")
# "including £210,000 for the team": the sum is a part of one named before it
BREAKDOWN_WORDS = frozenset({"including", "includes", "included"})
# "a confiscation order of £312,450", "compensation orders totalling £8,000": a sum a court orders paid or
# forfeited, neither cash seized nor the value of drugs (whatever the words after it name)
COURT_ORDER_BEFORE = lazy_compile(
    r"(?i)\b(?P<thing>(?:confiscation|forfeiture|compensation|restraint|(?:account\s+)?freezing)\s+orders?)\s+"
    r"(?:of|for|worth|totalling|totaling|amounting\s+to|to\s+the\s+value\s+of)\s+"
    r"(?:(?:about|around|some|almost|nearly|over|more\s+than|just\s+over|just\s+under|up\s+to|an?|just)\s+){0,2}$"
)
VALUATION_WORDS = frozenset({"value", "valued", "values", "worth"})
VALUED_AT_BEFORE = lazy_compile(
    r"(?i)\b(?:worth|valued\s+at)\s+(?:(?:an?|about|around|some|almost|nearly|over|more\s+than|up\s+to|estimated)\s+){0,3}$"
)
# "£450,000 from the Home Office", "£240,000 a year from the Scottish Government", "£230,000 came from
# the Office of the Police and Crime Commissioner": money a public body or a grant-maker gives is funding
FUNDER_AFTER = lazy_compile(
    r"(?i)\s+(?:(?:a|per|each|every)\s+(?:year|annum|month)\s+|over\s+(?:the\s+)?(?:next\s+)?\w+\s+years?\s+)?"
    r"(?:(?:has|have|had)\s+)?(?:(?:came|comes|come|coming)\s+)?from\s+(?:the\s+|a\s+|its\s+)?"
    r"(?:[\w'’-]+,?\s+){0,6}?"
    r"(?:commissioner|commissioner['’]s|government|home\s+office|council|lottery|mayor['’]s|trust|foundation|"
    r"fund|grant|programme|npcc|department|ministry|scottish\s+government|welsh\s+government|office)\b"
)
ANNOUNCED_BEFORE = lazy_compile(
    r"(?i)\bannounc(?:e|es|ed|ing)\s+(?:(?:an?|another|up\s+to|extra|further|additional|new|more\s+than|over)\s+){0,3}$"
)
VALUE_OF_BEFORE = lazy_compile(r"(?i)\bvalue\s+of\s+[^.;:£\d]{0,60}?\b(?:to|at|was|is|of|reached|stood\s+at)\s+"
                               r"(?:(?:about|around|some|almost|nearly|over|approximately|more\s+than|an\s+estimated)\s+)?$")
TOTAL_NOUN_BEFORE = lazy_compile(
    r"(?i)\btotal\s+(?P<noun>(?!of\b)[a-z][\w-]*)\s[^.;:£]{0,60}?\b(?:to|at|was|is|reached|stood\s+at)\s+"
    r"(?:(?:about|around|some|almost|nearly|over|approximately|more\s+than|an\s+estimated)\s+)?$")
BOUGHT_FOR_BEFORE = lazy_compile(
    r"(?i)\b(?:bought|buying|buy|buys|purchased|purchasing)\b[^.;:£\d]{0,40}?\bfor\s+"
    r"(?:(?:about|around|some|almost|nearly|over|more\s+than|just\s+over|just\s+under|up\s+to)\s+)?$"
)
PAID_BEFORE = lazy_compile(
    r"(?i)\b(?:got|gets|paid|pays|earned|earns|earning|owed|owes|owing|offered|offers|promised|handed)\s+"
    r"(?:(?:him|her|them|me|you|us|up\s+to|about|around|just|only|as\s+little\s+as|as\s+much\s+as)\s+){0,2}$"
    r"|\b(?:owed|owes|owing)\s+(?:the|his|her|their)\s+[a-z]+\s+(?:(?:up\s+to|about|around|almost|nearly|more\s+than)\s+)?$"
)


def _drugs_and_cash(words: list[str], lex: Lexicon) -> bool:
    """Both kinds of money named together, joined by "and" ("of drugs and cash", "cash and cocaine")."""
    def kind(i: int) -> Metric | None:
        return next((metric for cue, metric in lex.money_cues if i < len(words) and lex.cue_at(words, i, cue)), None)

    if words[:2] == ["in", "cash"]:
        return False  # "£8,150 in cash and class A drugs worth £22,000": the sum is the cash
    for i, word in enumerate(words[1:-1], start=1):
        if word == "and" and {kind(i - 1), kind(i + 1)} == {Metric.CASH_SEIZED, Metric.DRUGS_VALUE}:
            return words[i + 2 : i + 3] not in (["worth"], ["valued"], ["with"])  # "cash and drugs worth £3,000"
    return False


def _item(text: str, hit: FigureHit, sentence: Sentence, figure_starts: list[int]) -> tuple[list[str], int]:
    """The words right after a figure that name what it counts, up to punctuation or the next figure."""
    limit = sentence.end
    quoted = SCARE_QUOTED_WORDS.match(text, hit.end, sentence.end)  # 'three "exporting" forces': forces
    stop = STOP.search(text, quoted.end() if quoted else hit.end, sentence.end)
    if stop:
        limit = stop.start()
    later = bisect.bisect_left(figure_starts, hit.end)  # figure_starts is in text order
    if later < len(figure_starts) and figure_starts[later] < limit:
        limit = figure_starts[later]
    per = RATE_PER.search(text, hit.end, limit) if hit.kind == "rate" else None
    if per:
        limit = per.start()  # "21.6 arrests per 100,000 people" counts arrests, not people
    toks = tokens_between(text, hit.end, limit, first=6)
    return [t for t, _, _ in toks], (toks[-1][2] if toks else hit.end)


# 'those three "exporting" forces', 'the 40 ‘high-harm’ lines': one word in quotation marks between a figure
# and its noun only marks the word as someone else's; the noun after still names what is counted (a quoted
# phrase, 'Eight "deal line" phones', may be the name itself, and still stops the item)
SCARE_QUOTED_WORDS = lazy_compile(
    r"[ \t]+[\"“‘'](?:\p{L}[\p{L}-]*)[\"”’'](?=[ \t]+\p{L})"
)
# "- Lines closed 5", "Cash £58.7k": a short label, then the figure that ends the item
ITEM_LABEL = lazy_compile(r"[ \t]*(?:[-*•·▪◦‣][ \t]+|\d{1,2}[.)][ \t]+)?(?P<label>\p{L}[\p{L}'’ \t-]{0,40}?)[ \t]*:?[ \t]*$")
# what comes before a cell's label: "Kent - arrests 41 | cash £36,900": a bar, or the row's area and a dash
CELL_START = lazy_compile(r".*(?:\||[ \t][-–][ \t])", regex.DOTALL)


# "That's how many arrests ...", "That is the number of children ...": a sentence that opens by saying what
# the figure standing alone before it counted
NAMED_AFTER = lazy_compile(
    r"(?i)[\s\"“‘']*(?:that|this|it)(?:['’]s|\s+is|\s+was)\s+(?:how\s+many|how\s+much"
    r"|the\s+(?:total\s+)?(?:number|tally|amount|value|sum)\s+of)\s+")


def _named_by_next_sentence(text: str, hit: FigureHit, sentence: Sentence,
                            sentences: list[Sentence]) -> list[tuple[str, int, int]] | None:
    """The words of the next sentence after its "That's how many" when a figure ends its own line or
    sentence ("THE BIG NUMBER: 1,280"): a headline figure whose subject follows it, read as if those
    words stood after it; None for any other figure."""
    if text[hit.end : sentence.end].strip(" \t.!:;,–—-") or sentence.index + 1 >= len(sentences):
        return None
    after = sentences[sentence.index + 1]
    opening = NAMED_AFTER.match(text, after.start, after.end)
    return tokens_between(text, opening.end(), after.end) if opening is not None else None


def _item_label(text: str, hit: FigureHit, sentence: Sentence) -> list[str] | None:
    """The words of a list item, strip cell or table cell that name its figure from before it
    ("Lines closed 5", "Kent - arrests 41 | cash £36,900"), where the figure ends the item or cell:
    read as if they followed it ("5 lines closed")."""
    bar = text.find("|", hit.end, sentence.end)
    if text[hit.end : sentence.end if bar == -1 else bar].strip(" \t.;,"):
        return None
    start = sentence.start
    if sentence.kind == "row":
        before = CELL_START.match(text, sentence.start, hit.qualifier_start)
        start = before.end() if before else start
    label = ITEM_LABEL.match(text, start, hit.qualifier_start)
    if label is None or len(label["label"].split()) > 5:
        return None
    return [t for t, _, _ in tokens_between(text, label.start("label"), label.end("label"))]


# "Lines closed      7      9", "| Arrests | 46 | 58 |": a row's first cell, set off by a bar or a
# run of spaces, names what every figure after it counts
# "Cash seized (£)", "Class A drugs seized (g)": a row's label may give the unit of its figures in brackets
ROW_LABEL = lazy_compile(
    r"[ \t]*\|?[ \t]*(?P<label>\p{L}[\p{L}'’ -]{0,60}?)[ \t]*(?:\((?P<unit>[^()\n]{1,8})\)[ \t]*)?(?:\||\t|[ ]{2,})")


def _row_label(text: str, hit: FigureHit, row: Sentence, lex: Lexicon) -> list[str] | None:
    """The row's label, for a figure in a row of several (one column per period, "Last month" and
    "Now"), where the label names a metric: each figure of the row counts what it names."""
    label = ROW_LABEL.match(text, row.start, hit.qualifier_start)
    if label is None:
        return None
    words = [t for t, _, _ in tokens_between(text, label.start("label"), label.end("label"))]
    if row.kind == "row" and "|" not in text[row.start : row.end]:  # a table set out with spaces: any metric's words
        # ("Children referred to the Exploitation Panel   41   57": a label may say where they were referred)
        return words if 0 < len(words) <= 7 and _names_metric(words, lex) else None
    return words if 0 < len(words) <= 5 and lex.item_metric(words, words) not in (None, Metric.OTHER) else None


def _header_names_metric(words: list[str], lex: Lexicon) -> bool:
    """A column's header names what its figures count, unless it only says they are a total or
    another thing ("Force total", "Total"): then the row's label does."""
    return _names_metric(words, lex) and lex.item_metric(words, words) is not Metric.OTHER


BRACKETED_UNIT = lazy_compile(r"\((?:in\s+)?(?P<u>£|GBP|g|grams|kg|kilos|%)\)[ \t]*$")
BRACKETED_UNITS = {"£": Unit.GBP, "GBP": Unit.GBP, "g": Unit.G, "grams": Unit.G, "kg": Unit.KG, "kilos": Unit.KG,
                   "%": Unit.PERCENT}


def _bracketed_unit(text: str, row: Sentence, column: tuple[int, int] | None, hit: FigureHit) -> FigureHit:
    """A table row's figure in the unit its row label or column header gives in brackets ("Cash
    seized (£)", "Class A drugs seized (g)"), where the cell prints the bare number."""
    label = ROW_LABEL.match(text, row.start, hit.qualifier_start)
    unit = label["unit"] if label is not None and label["unit"] else None
    if unit is None and column is not None:
        found = BRACKETED_UNIT.search(text, *column)
        unit = found["u"] if found else None
    named = BRACKETED_UNITS.get(unit.strip().removeprefix("in ").strip()) if unit else None
    return dataclasses.replace(hit, unit=named) if named is not None else hit


def _names_metric(words: list[str], lex: Lexicon) -> bool:
    tokens = [(w, 0, 0) for w in words]
    return lex.item_metric(words, words) is not None or any(
        lex.nearest_cue(tokens, 1, 1, cues) is not None for cues in (lex.event_cues, lex.money_cues))


SUBJECT_START = lazy_compile(r"[,;:.()\[\]–—!?\"“”|]|\s-\s|\b(?:and|but|while|whereas)\s")


def _subject_metric(text: str, d: Draft, lex: Lexicon, sentence_words: list[str]) -> Metric | None:
    """What a multiplying verb's subject counts ("Line closures have more than doubled", "cash
    seizures nearly trebled"): the cue nearest the verb among the few words of its own clause before
    it; a subject that names nothing the vocabulary knows leaves the multiple to the figures beside it."""
    start = max(d.sentence.start, d.hit.qualifier_start - 80)
    for m in SUBJECT_START.finditer(text, start, d.hit.qualifier_start):
        start = m.end()
    words = tokens_between(text, start, d.hit.qualifier_start)[-8:]
    tokens = [t for t, _, _ in words]
    for i in range(len(tokens) - 1, -1, -1):
        for cue, metric in lex.cues_from(tokens[i], lex.money_cues):
            if lex.cue_at(tokens, i, cue):  # "funding has halved"
                return metric
        named = lex.item_metric(tokens[i:], sentence_words)
        if named is not None:
            return named
    return None


def _contrast_clause(text: str, d: Draft) -> tuple[int, int]:
    """The stretch of a figure's sentence not set against another by 'but', 'whereas' or ';'
    ('33 arrests is a strong result, but what matters is the 52 people we helped')."""
    start = d.sentence.start
    for m in CONTRAST.finditer(text, d.sentence.start, d.hit.qualifier_start):
        start = m.end()
    after = CONTRAST.search(text, d.hit.end, d.sentence.end)
    return start, after.start() if after else d.sentence.end
# A live blog's entry opens with its time alone on a line ("17:30", "9.45am")
ENTRY_TIME = lazy_compile(r"(?im)^[ \t]*(?P<h>[01]?\d|2[0-3])[:.](?P<m>[0-5]\d)[ \t]*(?P<pm>[ap]m)?[ \t]*(?:BST|GMT)?[ \t]*$")


# "19 arrests so far", "taking the total to 26": the blog follows a count as it grows
RUNNING_COUNT = lazy_compile(r"(?i)\bso\s+far\b|\b(?:total|tally|count)\s+(?:[\w'’-]+\s+){0,6}?to\s+(?:£|\d)")


def live_entries(text: str) -> list[tuple[int, str]]:
    r"""Where each entry of a live blog starts, with its time, or "" for its latest entry: figures
    in the earlier entries are counts as they stood then ("17 arrests" at 15:00, "19" by 17:30),
    not the latest ones the summary and the latest entry give. Empty when the text is no live blog.

    >>> live_entries("09:45\nFive held.\n\n11:10\nSeven held, 12 so far.")
    [(0, '09:45'), (18, '')]
    """
    if not RUNNING_COUNT.search(text):  # the rarer and cheaper test first
        return []  # a blog that posts each result once as it comes in gives final figures throughout
    times = list(ENTRY_TIME.finditer(text))
    if len(times) < 2:
        return []

    def minutes(m: regex.Match[str]) -> int:
        hour = int(m["h"])
        if m["pm"]:
            hour = hour % 12 + (12 if m["pm"].lower() == "pm" else 0)
        return hour * 60 + int(m["m"])

    latest = max(map(minutes, times))
    return [(m.start(), "" if minutes(m) == latest else m.group().strip()) for m in times]


def _entry_period(entries: list[tuple[int, str]], starts: list[int], position: int) -> str | None:
    k = bisect.bisect_right(starts, position) - 1
    return f"as of {entries[k][1]}" if k >= 0 and entries[k][1] else None


# "compared with 45 last October, and seized £23,400": a period stated right after an earlier figure
FIGURE_JUST_BEFORE = lazy_compile(r"\d\s*(?:k|m|bn|per\s+cent|%)?\s+$")


# "the 26 made this week", "12 of them during the week": a figure said of the week the story reports
OWN_WEEK_AFTER = lazy_compile(r"(?i)[^,;:()\d]{0,25}?\b(?:this|during\s+the)\s+week\b(?!\s+(?:before|earlier|ago))")


def _period(text: str, start: int, clause_end: int, figure_end: int, *, part_base: bool = False,
            comparison_base: bool = False) -> str | None:
    """The time a figure's clause ties it to: one stated after the figure in its own clause, else
    the nearest before it ("29 in May and 31 in the equivalent week last October": each its own).
    A base a part is taken of ("31 of the 97 lines closed") takes only a time stated after it: the
    one before is the part's. A period stated right after an earlier figure is that figure's
    ("safeguarded 61, compared with 45 last October, and seized £23,400"), shared only by another
    comparison's base ("up from £9,800")."""
    if not may_hold(text, start, clause_end, PERIOD_WORDS):
        return None  # no word a period is written with: PERIOD finds nothing here
    # ("May added 14 and June saw 11 more": a month as the subject after the figure opens the next month's clause)
    found = [m for m in PERIOD.finditer(text, start, clause_end) if not (m.group("subject") and m.start() >= figure_end)]
    after = [m for m in found if m.start() >= figure_end]
    if part_base and not after:
        return None
    found = [m for m in found if m.start() >= figure_end or comparison_base
             or not FIGURE_JUST_BEFORE.search(text, max(start, m.start() - 12), m.start())]
    if not after and OWN_WEEK_AFTER.match(text, figure_end, clause_end):
        return None  # "104 arrests since January, including the 26 made this week": the story's own week
    nearest = after[0] if after else (found[-1] if found else None)
    if nearest is None:
        return None
    if nearest.group("subject"):
        return f"in {nearest.group('subject').lower()}"  # "March saw": as "in March"
    season = SEASON_OR_MONTH.fullmatch(nearest.group().lower())
    named = [m for m in found if m.end() <= nearest.start() and nearest.start() - m.end() <= 30
             and not SEASON_OR_MONTH.fullmatch(m.group().lower())]
    if season and named:  # "the previous week of action, in May,": the earlier week, whatever its month
        return named[-1].group().lower()
    return f"in {season['name']}" if season else nearest.group().lower()  # "this autumn" = "in the autumn"


# "Autumn week (Monday 7 to Sunday 13 October 2024): officers made 64 arrests ...": a paragraph
# led by a label naming one of the seasons or months an article compares
PERIOD_LABEL = lazy_compile(
    r"(?i)(?:the\s+)?(?P<name>" + _SEASONS_AND_MONTHS + r")\s+(?:[\w-]+\s+)?(?P<noun>week|operation|intensification|phase|round|campaign)\b"
    r"[^:\n.]{0,80}:"
)


def _labelled_period(text: str, paragraph_start: int) -> str | None:
    """The week or operation a paragraph's label gives every figure in the paragraph: one of several
    the article compares, so its figures are not the year's (or the other week's) again."""
    m = PERIOD_LABEL.match(text, paragraph_start)
    return f"the {m['name'].lower()} {m['noun'].lower()}" if m else None  # one week of several, not the unmarked figures


# "Phase one: intelligence (1 May to 30 June)", "Monday 11 November - Six warrants were executed",
# "Day three:": a line led by the name of one day, phase, stage or week of several the article goes
# through in turn (a dateline, "Wednesday 31 October 2018" alone, carries a year and nothing else)
_STAGE_NUMBER = r"one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2}"
_WEEKDAY = r"(?:mon|tues|wednes|thurs|fri|satur|sun)day"
STAGE_LABEL = lazy_compile(
    r"(?im)^[ \t]*(?:#{1,4}[ \t]+)?[*_]{0,2}(?P<label>(?P<noun>phase|stage|day|week)\s+(?:" + _STAGE_NUMBER + r")"
    r"|(?:" + _WEEKDAY + r"\s+)?\d{1,2}(?:st|nd|rd|th)?\s+(?:" + _MONTHS + r")|(?:" + _WEEKDAY + r"\s+)?(?:" + _MONTHS
    + r")\s+\d{1,2}(?:st|nd|rd|th)?)\b(?P<year>,?\s+(?:19|20)\d\d)?[*_]{0,2}[ \t]*(?P<rest>(?:[:,.\u2013\u2014-][^\n]*)?)$"
)
# "Monday 14 October, 9.12am - the week in numbers": a label over the wrap-up, not one day's figures
SUMMARY_LABEL = lazy_compile(r"(?i)\b(?:in\s+numbers|round-?up|summary|totals?|wrap|so\s+far|overall|recap|at\s+a\s+glance)\b")
# a label standing as a heading (nothing after it reads as a sentence) heads every paragraph down to the
# next heading; one that opens its paragraph's text ("Monday 11 November - Six warrants ...") heads that paragraph
SENTENCE_END = lazy_compile(r"[.!?\"\u201d][ \t]*$")
HEADING_LINE = lazy_compile(r"(?m)(?<=\n[ \t]*\n)[ \t]*[^\n]{1,80}(?<![.!?:;,\"\u201d])[ \t]*(?=\n[ \t]*\n|\n?$)")


STAGE_PREFIX = "stage: "  # how a stretch's period is written ("stage: phase one"), so the rules can tell it


def stage_stretches(text: str) -> list[tuple[int, int, str]]:
    """Where each stretch of an article headed by one day, phase or week of several starts and ends, with
    that period ("stage: phase one", "stage: monday 11 november"): an article that goes through an operation day by day
    or phase by phase gives each stretch's figures for that day or phase alone, so they are not the
    wrap-up's totals (or another day's figures) said again. Only where two or more labels of one kind
    (days, phases, dates) head stretches: a lone label is the story's own time."""
    if not may_hold(text, 0, len(text), ("phase", "stage", "day", "week", *_MONTHS.split("|"))):
        return []
    labels = list(STAGE_LABEL.finditer(text))
    if len(labels) < 2:
        return []
    headings = [m.start() for m in HEADING_LINE.finditer(text)]
    out: list[tuple[int, int, str, str]] = []
    for k, m in enumerate(labels):
        if m["year"] and not m["rest"].strip(" ,.-\u2013\u2014:"):
            continue  # a dateline
        following = labels[k + 1].start() if k + 1 < len(labels) else len(text)
        if SENTENCE_END.search(m["rest"]) and len(m["rest"]) > 20:
            paragraph = regex.search(r"\n[ \t]*\n", text[m.end() : following])
            end = m.end() + paragraph.start() if paragraph else following
        else:
            end = min([h for h in headings if m.end() < h < following] + [following])
        if SUMMARY_LABEL.search(m["rest"]):
            continue
        kind = (m["noun"] or "date").lower()
        out.append((m.start(), end, kind, STAGE_PREFIX + " ".join(m["label"].lower().split())))
    kinds: dict[str, int] = {}
    for _, _, kind, _ in out:
        kinds[kind] = kinds.get(kind, 0) + 1
    return [(start, end, label) for start, end, kind, label in out if kinds[kind] >= 2]


# "By the close, officers have made 38 arrests", "in total", "so far": the whole operation's count, given
# in its last day's stretch; "Three of the four arrested men", "the 38 people": a figure given before, said again
WHOLE_RUN_CUE = lazy_compile(
    r"(?i)\b(?:by\s+the\s+(?:close|end)|in\s+total|in\s+all|altogether|overall|so\s+far|to\s+date|all\s+told"
    r"|(?:over|across|during|throughout)\s+the\s+(?:whole\s+|entire\s+)?(?:week|operation|fortnight|month|campaign))\b")
DEFINITE_FIGURE_BEFORE = lazy_compile(r"(?i)\b(?:the|these|those|all)\s+$")


def _stage_total_or_back_reference(text: str, start: int, clause_end: int, hit: FigureHit) -> bool:
    """Whether a figure in a day's or phase's stretch is the whole run's, or one said before, not that stretch's own."""
    return (DEFINITE_FIGURE_BEFORE.search(text, max(start, hit.qualifier_start - 8), hit.qualifier_start) is not None
            or WHOLE_RUN_CUE.search(text, start, clause_end) is not None)


def _stage_period(stretches: list[tuple[int, int, str]], starts: list[int], position: int) -> str | None:
    k = bisect.bisect_right(starts, position) - 1
    return stretches[k][2] if k >= 0 and position < stretches[k][1] else None


def _dated_paragraphs(dates: Sequence[DateHit], sentences: list[Sentence]) -> dict[int, tuple[int, str]]:
    """The paragraphs that date a week of several the article compares ("The first week ran from Monday
    13 May to Sunday 19 May. Officers arrested 41 ...", then "The second ran from Monday 14 October ...
    This time the force arrested 58"): each paragraph's figures from its range on are that month's,
    so the two weeks' figures are not one figure given twice. Only where the ranges fall in different
    months: one dated week (the story's own) leaves the figures as unmarked as the headline's.
    Maps a paragraph to where its range starts and its week ("the may week"): a week of several, set
    apart from the unmarked figures as a labelled paragraph's are, but the same as "in May"."""
    starts = [s.start for s in sentences]
    ranges: dict[int, list[DateHit]] = {}
    for h in dates:
        if h.range_id is not None:
            ranges.setdefault(h.range_id, []).append(h)
    found: dict[int, tuple[int, str]] = {}
    months: set[int] = set()
    for members in ranges.values():
        first, last = sorted(members, key=lambda h: h.start)[:: max(1, len(members) - 1)] if members else (None, None)
        days = _days_between(first, last) if len(members) == 2 and first is not None and last is not None else None
        if first is None or first.month is None or days is None or not 0 < days <= WEEK_RANGE_DAYS or not sentences:
            continue  # a week, not "between 1 April and 30 September"
        sent = sentences[max(0, bisect.bisect_right(starts, first.start) - 1)]
        months.add(first.month)
        if sent.paragraph not in found or found[sent.paragraph][0] > first.start:
            found[sent.paragraph] = (first.start, f"the {_MONTHS.split('|')[first.month - 1]} week")
    return found if len(months) >= 2 else {}


WEEK_RANGE_DAYS = 10  # the most days a dated range may span to be read as a week of action


def _days_between(first: DateHit, last: DateHit) -> int | None:
    """Days from one end of a range to the other (a year left out is the other end's, or any year)."""
    year = first.year or last.year or 2001
    a = dataclasses.replace(first, year=first.year or year).resolved()
    b = dataclasses.replace(last, year=last.year or year).resolved()
    return None if a is None or b is None else (b - a).days


def _dated_paragraph_period(dated: dict[int, tuple[int, str]], sent: Sentence, position: int) -> str | None:
    entry = dated.get(sent.paragraph)
    return entry[1] if entry is not None and entry[0] <= position else None


# "3. Performance, April to September 2025", "## 4. Week of action, 13 to 19 October 2025": a numbered
# (or Markdown) section heading alone on its line; its period is a span of months or of days
SECTION_HEADING = lazy_compile(r"(?m)^[ \t]*(?:#{1,4}[ \t]+)?\d{1,2}\.[ \t]+(?-i:[A-Z])[^\n]{0,100}$")
_DAY_OR_MONTH = r"(?:\d{1,2}(?:st|nd|rd|th)?\s+)?(?:" + _MONTHS + r")(?:\s+(?:19|20)\d\d)?"
SECTION_PERIOD = lazy_compile(
    r"(?i)\b(?:(?:from|between)\s+)?(?:" + _DAY_OR_MONTH + r"|\d{1,2}(?:st|nd|rd|th)?)\s*(?:to|and|until|[-–—])\s*"
    + _DAY_OR_MONTH + r"\b"
)


def _dated_sections(text: str) -> list[tuple[int, str | None]]:
    """Where each numbered section starts, with the period its heading names (or None): a report's
    sections ("3. Performance, April to September 2025", "4. National week, 13 to 19 October") may
    each cover a different stretch, and a figure under one is not the same period's as the next's."""
    if not may_hold(text, 0, len(text), _MONTHS.split("|")):
        return []
    out: list[tuple[int, str | None]] = []
    for heading in SECTION_HEADING.finditer(text):
        line = heading.group()
        span = SECTION_PERIOD.search(line) if not line.rstrip().endswith((".", ";", ",")) else None
        out.append((heading.start(), f"section {' '.join(span.group().lower().split())}" if span else None))
    return out if any(period for _, period in out) else []


def _section_period(sections: list[tuple[int, str | None]], starts: list[int], position: int) -> str | None:
    k = bisect.bisect_right(starts, position) - 1
    return sections[k][1] if k >= 0 else None


# "a rise of 37 per cent on the same week in 2023", "than in 2022", "compared with 2023": the year of
# what a figure is compared with, not the figure's own
BASE_YEAR_BEFORE = lazy_compile(
    r"(?i)\b(?:on|than|against|over|compared\s+(?:with|to)|from)\s+(?:(?:the\s+)?(?:same\s+)?[\w-]+\s+(?:of|in)\s+|in\s+)?$"
)
OPENING_SPAN = lazy_compile(r"[\s\"'“‘]*")  # nothing but an opening quote before the sentence's first word
COMPARISON_BETWEEN = lazy_compile(
    r"(?i)\b(?:rise|rises|increase|increases|up|down|fall|falls|drop|drops|decrease|higher|lower|more|fewer|compared|than)\b"
)


YEAR_RANGE_JOIN = lazy_compile(r"\s*(?:to|-|–|/)\s*")


def _years_of_ranges(text: str, years: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """'2023 to 2024', '2023-2024': a financial year named by both its years is one year, its
    first, wherever the figure stands ("in 2024 to 2025, 1,612" and "2024 to 2025: 1,612" agree)."""
    out = list(years)
    for k in range(1, len(out)):
        (a, first), (b, second) = out[k - 1], out[k]
        if second == first + 1 and YEAR_RANGE_JOIN.fullmatch(text, a + 4, b):
            out[k] = (b, first)
    return out


def _clause_year(text: str, years: list[tuple[int, int]], start: int, end: int, hit: FigureHit) -> int | None:
    """The year a figure's clause names ("in the same week of May 2024, when 1,342 were held"); the
    year a comparison's base is given for ("52 arrests, a rise of 37 per cent on the same week in
    2023") is not the figure's, nor one from an earlier clause of the sentence.

    ``years`` is sorted by position, so the clause's years are found by bisection.
    """
    clause = years[bisect.bisect_left(years, (start,)) : bisect.bisect_left(years, (end,))]
    inside = [(abs(pos - hit.start), year) for pos, year in clause if not _base_year(text, pos, start, hit)]
    return min(inside)[1] if inside else None


def _base_year(text: str, pos: int, start: int, hit: FigureHit) -> bool:
    base = BASE_YEAR_BEFORE.search(text, max(start, pos - 30), pos)
    if not base:
        return False
    if OPENING_SPAN.fullmatch(text, start, base.start()) and base[0][:4].lower() == "over":
        return False  # "Over the whole of 2024, the force closed 44 lines": the sentence's own year
    if pos > hit.end:  # the figure, then what it is compared with
        return COMPARISON_BETWEEN.search(text, hit.end, pos) is not None
    return "," in text[pos:hit.start]  # "... on 2023, and the force closed nine lines": another clause's


# "The regional figures were:", "The results are:": a lead that names no thing, only that figures follow
BARE_LEAD = lazy_compile(
    r"(?i)[ \t]*(?:the\s+|its\s+|their\s+)?(?:[\w'’-]+\s+){0,2}(?:figures|results|numbers|totals|breakdown)\s+"
    r"(?:were|are|was|is|as\s+follows)\s*:\s*")


def _list_leads(sentences: list[Sentence], text: str | None = None) -> dict[int, Sentence]:
    """The line that introduces each list ("Items seized included:"), by list id; a lead that names no
    thing ("The regional figures were:") reads the sentence before it in its paragraph too ("... the
    North West again recorded the most arrests")."""
    leads: dict[int, Sentence] = {}
    for k, s in enumerate(sentences):
        if s.list_id is not None and s.kind != "bullet":
            leads.setdefault(s.list_id, s)
        elif s.list_id is not None and s.list_id not in leads and k and (
                sentences[k - 1].kind == "heading" or text is not None and _title_line(text, sentences[k - 1])):
            leads[s.list_id] = sentences[k - 1]  # "What the money will fund" above a list names what its sums are
    if text is not None:
        for list_id, lead in leads.items():
            before = sentences[lead.index - 1] if 0 < lead.index <= len(sentences) else None
            if (before is not None and before.paragraph == lead.paragraph and before.kind == "text"
                    and BARE_LEAD.fullmatch(text, lead.start, lead.end)):
                leads[list_id] = dataclasses.replace(lead, start=before.start)
    return leads


def _title_line(text: str, s: Sentence) -> bool:
    """'THE TOP FIVE (lines closed, year to March 2025)' on its own line above a list: a title, though it
    reads as text (a line ending a sentence, "Officers seized:", is not one)."""
    line = text[s.start : s.end].rstrip()
    return (s.kind == "text" and (s.start == 0 or text[s.start - 1] == "\n") and text[s.end : s.end + 1] in ("\n", "")
            and 0 < len(line) <= 80 and not line.endswith((".", "!", "?", ",", ";")))


def _context_tokens(text: str, sent: Sentence, leads: dict[int, Sentence]) -> list[tuple[str, int, int]]:
    """A sentence's words; a list item also reads the line that introduces its list."""
    toks = tokens_between(text, sent.start, sent.end)
    if sent.kind == "bullet":
        lead = leads.get(sent.list_id) if sent.list_id is not None else None
        if lead is not None:
            toks = tokens_between(text, lead.start, lead.end) + toks
    return toks


def _subgroup(text: str, d: Draft) -> None:
    words = d.item_tokens[:6]
    found = [SUBGROUPS[w] for w in words if w in SUBGROUPS]
    mixed = len({SUBGROUPS[w] for w in words[:4] if w in SUBGROUPS}) > 1 and "and" in words[:4]
    if "and" in words[:4]:  # "38 young people and vulnerable adults": people, then a group joined to them
        joined = words.index("and")
        mixed = mixed or (any(is_person_noun(w) for w in words[:joined])
                          and any(w in SUBGROUPS for w in words[joined + 1 : joined + 4]))
    if found and not mixed and d.hit.unit not in (Unit.GBP, Unit.KG, Unit.G):  # a sum is no group of people
        # ("adults and children", "men and women" count everyone, not a subgroup)
        d.subgroup = found[0]
    if UNDER_18_AFTER.search(text[d.hit.end : d.hit.end + 40]) and not SHARE_BASE_BEFORE.search(
            text, max(d.sentence.start, d.hit.qualifier_start - 12), d.hit.qualifier_start):
        d.subgroup = "children"  # (not the 27 of "Nine of the 27 people safeguarded were under 18": the nine are)
    d.person = d.subgroup is not None or any(is_person_noun(w) for w in words[:3])


def _speakers(text: str, sentences: list[Sentence]) -> dict[int, str]:
    """Who said each quoted sentence: the attribution in it or in the quote's paragraph run."""
    speakers: dict[int, str] = {}
    last: str | None = None
    for s in sentences:
        chunk = text[s.start : s.end]
        m = SPEAKER.search(chunk) if any(v in chunk for v in ATTRIBUTION_VERBS) else None
        who = (m["who"] or m["who2"]) if m else None
        if who and who.split()[0] not in PRONOUN_SPEAKERS:
            last = who
        elif who is None and not chunk.lstrip().startswith(tuple(QUOTE_OPEN)):
            if s.kind != "text" or not any(q in chunk for q in QUOTE_OPEN):
                last = None if s.kind == "heading" else last
        if any(q in chunk for q in "“”\"") and last:
            speakers[s.index] = last
    return speakers


def parse_document(doc: Document, *, lexicon: Lexicon = DEFAULT_LEXICON,
                   gazetteer: Gazetteer | None = None) -> Parsed:
    """Turn a document into typed claims and the relations between them.

    ``lexicon`` and ``gazetteer`` carry a configuration's extra metric words and force aliases;
    the defaults are the vocabulary tables as shipped.
    """
    text = doc.text
    found = scan(text)
    sentences = split_sentences(text)
    starts = [s.start for s in sentences]
    figure_starts = [f.start for f in found.figures]

    def sentence_of(pos: int) -> Sentence:
        lo, hi = 0, len(sentences) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if starts[mid] <= pos:
                lo = mid
            else:
                hi = mid - 1
        return sentences[lo]

    drafts: list[Draft] = []
    token_cache: dict[int, list[tuple[str, int, int]]] = {}
    years = [(a, int(text[a:b])) for a, b, why in found.skipped if why == "year"]
    years += [(h.start, h.year) for h in found.dates if h.year_printed and h.year is not None]
    years.sort()
    years = _years_of_ranges(text, years)
    leads = _list_leads(sentences, text)
    entries = live_entries(text)
    entry_starts = [start for start, _ in entries]
    headers = table_headers(text, sentences)
    periods = year_columns(text, sentences)
    sections = _dated_sections(text)
    stages = stage_stretches(text)
    stage_starts = [start for start, _, _ in stages]
    dated = _dated_paragraphs(found.dates, sentences)
    section_starts = [start for start, _ in sections]
    paragraph_starts: dict[int, int] = {}
    for s in sentences:
        paragraph_starts.setdefault(s.paragraph, s.start)
    for hit in found.figures:
        if not sentences:
            break
        sent = sentence_of(hit.start)
        item, item_end = _item(text, hit, sent, figure_starts)
        column = column_header(text, sent, headers, hit.start) if sent.kind == "row" else None
        # ("Children safeguarded: 21" alone on a line reads as a heading: its label names its figure too)
        listed = sent.kind in ("bullet", "row") or sent.kind == "heading" and LABEL_BEFORE.match(
            text, sent.start, hit.qualifier_start) is not None
        label = _item_label(text, hit, sent) if listed and not item else None
        if label is None and sent.kind in ("row", "heading") and not item and (column is None or not _header_names_metric(
                [t for t, _, _ in tokens_between(text, *column)], lexicon)):  # a header "Last month" names a period
            label = _row_label(text, hit, sent, lexicon)  # a table set out with spaces reads as short lines
            column = None if label is not None else column
        if column is not None and not item:  # "Total | 219 | £232,900": the column's header names what it counts
            context = tokens_between(text, *column)
            item = [t for t, _, _ in context]
        elif label is not None:  # "Lines closed 5", "Arrests 48 | Charged 21": the label names what it counts
            item = label
            context = token_cache.setdefault(sent.index, _context_tokens(text, sent, leads))
        elif sent.index not in token_cache:
            context = token_cache[sent.index] = _context_tokens(text, sent, leads)
        else:
            context = token_cache[sent.index]
        named_after = _named_by_next_sentence(text, hit, sent, sentences) if not item or label is not None else None
        if named_after:
            # "THE BIG NUMBER: 1,280" / "That's how many arrests ...": the next sentence names what it counts
            item, item_end = [t for t, _, _ in named_after[:6]], hit.end
            context = named_after + context
        if sent.kind == "row" and hit.unit is Unit.COUNT and hit.kind == "digits":
            hit = _bracketed_unit(text, sent, column, hit)  # "Cash seized (£)   14,350": pounds
        d = Draft(hit, sent, item, item_end)
        if named_after:
            d.named_after = (named_after[0][1], sentences[sent.index + 1].end)
        d.in_row = sent.kind == "row" or sent.kind == "heading" and ROW_LABEL.match(
            text, sent.start, hit.qualifier_start) is not None
        _subgroup(text, d)
        _type_metric(text, d, context, lexicon)
        clause = STOP.search(text, hit.end, sent.end)
        names = NAMES_LIST.match(text, clause.start()) if clause is not None and text[clause.start()] == "," else None
        if names is not None:  # "64 young people in Boston, Skegness and Lincoln since April": one clause
            clause = STOP.search(text, names.end(), sent.end)
        d.in_change = bool(DIFFERENCE.match(text, hit.end)) or bool(CHANGE.search(text[max(sent.start, hit.qualifier_start - 30) : hit.qualifier_start])) or bool(
            RANGE_START.match(text[hit.end : hit.end + 20])
        ) or running_total(text, sent.start, hit.qualifier_start)  # "taking the total to 26": a new total, not a repeat
        base = BASE_OF_BEFORE.search(text, max(sent.start, hit.qualifier_start - 12), hit.qualifier_start) is not None
        d.period = _period(text, sent.start, clause.start() if clause else sent.end, hit.end, part_base=base,
                           comparison_base=d.in_change) or _entry_period(entries, entry_starts, hit.start)
        if d.period is None and sent.kind == "text":
            d.period = _labelled_period(text, paragraph_starts.get(sent.paragraph, sent.start))
        if d.period is None and sent.kind == "text":
            d.period = _dated_paragraph_period(dated, sent, hit.start)
        lead = leads.get(sent.list_id) if stages and sent.kind == "bullet" and sent.list_id is not None else None
        if d.period is None and lead is not None and lead.end <= hit.start:
            # "Across the three phases the operation produced:" over the bullets of an article gone through
            # phase by phase: the list gives the phases' totals, not one phase's figures
            d.period = _period(text, lead.start, lead.end, lead.end)
        stage = _stage_period(stages, stage_starts, hit.start) if stages and not _stage_total_or_back_reference(
            text, sent.start, clause.start() if clause else sent.end, hit) else None
        if stage is not None and not d.in_change and (d.period is None or SEASON_OR_MONTH.fullmatch(d.period)):
            d.period = stage  # ("Phase two: July and August ... Over the summer, 19 arrests": the phase's)
        if sent.kind == "row" and d.period is None:
            d.period = column_period(text, sent, periods, hit.start)  # "Arrests | 486 | 441": last year's column
        if d.period is None:
            d.period = _section_period(sections, section_starts, hit.start)
        if d.period is None and hit.kind == "vague" and 0 < sent.index <= len(sentences):
            d.period = _years_since_before(text, sentences[sent.index - 1], sent)
        year = YEAR_AFTER.match(text[hit.end : hit.end + 20])
        d.year = int(year["y"]) if year else _clause_year(text, years, sent.start, clause.start() if clause else sent.end, hit)
        same = (SAME_PERIOD.search(text, sent.start, clause.start() if clause else sent.end) if d.year is None and d.period is None
                and may_hold(text, sent.start, clause.start() if clause else sent.end, SAME_WORDS) else None)
        if same is not None:
            d.year, d.period = _earlier_period(drafts, d, generic=same.group().lower().endswith(("period", "time")))
        drafts.append(d)

    _mark_other_stories(text, drafts)
    for d in drafts:
        d.head = _head(d, text, lexicon)
    _inherit_parallel(text, drafts)
    _inherit_ranked_areas(text, drafts)
    _inherit_terms(drafts)
    _inherit_subgroup(drafts)
    _definite_sums(text, drafts)
    relations = find_relations(text, drafts, sentences, lexicon)
    _inherit_metrics(drafts, relations)
    _inherit_periods(drafts, relations)
    _inherit_subgroup(drafts)  # again: "the 73 children we reached" after "including 47 children" got its metric
    _inherit_elided_object(text, drafts, sentences, lexicon)
    _inherit_parallel(text, drafts)  # again: "accounted for 29 of them, Gwent Police 15": the 29 now has its metric
    _inherit_comparisons(drafts, text)
    _inherit_conversions(drafts, text)
    _referrals_of_the_story(text, drafts)
    _definite_repeats(text, drafts)
    _definite_same_value(text, drafts)
    _table_captions(text, drafts, relations, lexicon)
    # again: "Of the 14 lines, six in Belfast": a whole that got its metric only from a later pass
    # (a definite repeat, a comparison) gives it to its parts too
    _inherit_metrics(drafts, relations)
    _parts_of_children(drafts, relations)
    _children_by_predicate(text, drafts, relations)
    _deal_lines_by_predicate(text, drafts, relations)
    assign_scopes(text, drafts, sentences, gazetteer)
    counted_forces(text, drafts, relations)
    speakers = _speakers(text, sentences)
    for d in drafts:
        d.speaker = speakers.get(d.sentence.index)
    return _freeze(doc, drafts, relations, found.dates, found.skipped, sentences)


OTHER_STORY = "in another story"


def _mark_other_stories(text: str, drafts: list[Draft]) -> None:
    """Figures in the headlines of a box of links to other stories belong to those stories: they
    are no repeat of the article's figures, and no part of its totals."""
    boxes = other_story_boxes(text) if drafts else []
    for start, end in boxes:
        for d in drafts:
            if start <= d.hit.start < end:
                d.other_story, d.period = True, OTHER_STORY


def _earlier_period(drafts: list[Draft], d: Draft, generic: bool = False) -> tuple[int | None, str | None]:
    """The year and period of the latest figure of the same metric, in this sentence or the five
    before, that is tied to one ("in the year to March 2024", "in the 12 months to June"): what "the
    same period" and "that year" refer back to. A comparison's period ("up from 33 during the
    previous week") is not what "the same week" refers back to, nor is a figure that names no time."""
    for e in reversed(drafts):
        if e.sentence.index < d.sentence.index - 5:
            break
        # a figure whose metric is still to be inherited ("identified 214 children in that year") refers
        # back to the latest dated figure of its unit
        same_kind = e.metric is d.metric or d.metric is Metric.OTHER
        if same_kind and e.hit.unit is d.hit.unit and not e.in_change and (e.year or e.period):
            return e.year, e.period
    # "officers made 143 arrests in the 12 months to January. Cumbria said it had closed 38 lines in the
    # same period": with no dated figure of its own kind, the period the sentence before just gave (only
    # for "the same period" or "that time": "the same week" is the story's week, whatever came before)
    if not generic:
        return None, None
    for e in reversed(drafts):
        if e.sentence.index < d.sentence.index - 1:
            break
        if (e.sentence.index == d.sentence.index - 1 and e.metric is not Metric.OTHER and e.hit.unit is d.hit.unit
                and not e.in_change and (e.year or e.period)):
            return e.year, e.period
    return None, None


def _inherit_parallel(text: str, drafts: list[Draft]) -> None:
    """Elided lists count what their first entry counts: "made 61 arrests, Cleveland Police 34 and
    Durham 23"; "12 in Northumbria, nine in Cleveland"; a bulleted list under "Arrests by town:"."""
    for k, (prev, d) in enumerate(zip(drafts, drafts[1:])):
        if k and drafts[k - 1].sentence.index == prev.sentence.index and ASIDE_BEFORE.search(
                text, max(prev.sentence.start, prev.hit.qualifier_start - 20), prev.hit.qualifier_start):
            prev = drafts[k - 1]  # "19 people, of whom 11 were children, and 31 in the autumn": 31 people
        same_place = prev.sentence.index == d.sentence.index or (
            d.sentence.list_id is not None and d.sentence.list_id == prev.sentence.list_id
        )
        if not same_place or d.hit.unit is not prev.hit.unit or prev.metric is Metric.OTHER:
            continue
        if prev.metric is Metric.FUNDING and d.hit.unit is Unit.GBP and d.metric_source == "none":
            d.metric, d.metric_source = prev.metric, "inherited"  # "committed £1.4m: £900,000 to expand the team and £500,000 for outreach"
            continue
        if CONTRAST.search(text, prev.hit.end, d.hit.qualifier_start):
            continue  # "33 arrests is a strong result, but what matters is the 52 people we helped"
        if prev.metric is Metric.LINES_CLOSED and OUT_OF_BEFORE.search(
                text, max(d.sentence.start, d.hit.qualifier_start - 12), d.hit.qualifier_start):
            continue  # "closed 38 lines out of 83": the 83 are all the lines there are, not lines closed
        derived = d.hit.kind == "ratio" or d.in_change or d.hit.unit is Unit.PERCENT and d.metric_source != "item"
        where_only = bool(d.item_tokens) and set(d.item_tokens) <= WHERE_WORDS  # "out of 10,950 nationally"
        if d.metric_source in ("none", "weak") and (derived or where_only or not has_content(text, d.hit.end, d.item_end)):
            d.metric, d.metric_source = prev.metric, "inherited"


# "Merseyside (310) and the West Midlands (270) were next": an area named with its figure in brackets
AREA_BRACKET_BEFORE = lazy_compile(r"(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,3}\s*\($")


def _inherit_ranked_areas(text: str, drafts: list[Draft]) -> None:
    """'The Met was the origin of 620 of the lines closed. Merseyside (310) and the West Midlands (270)
    were next': a sentence of areas, each with a bare figure in brackets, goes on counting what the
    area's figure in the sentence before it counted."""
    by_sentence: dict[int, list[Draft]] = {}
    for d in drafts:
        by_sentence.setdefault(d.sentence.index, []).append(d)
    for index, figures in by_sentence.items():
        if not all(d.metric is Metric.OTHER and d.metric_source == "none" and d.hit.unit is Unit.COUNT
                   and AREA_BRACKET_BEFORE.search(text, max(d.sentence.start, d.hit.qualifier_start - 40), d.hit.qualifier_start)
                   and text.startswith(")", d.hit.end) for d in figures):
            continue
        before = [d for d in by_sentence.get(index - 1, []) if d.sentence.paragraph == figures[0].sentence.paragraph
                  and d.hit.unit is Unit.COUNT and d.metric is not Metric.OTHER and not d.in_change]
        if len(before) == 1:
            for d in figures:
                d.metric, d.metric_source = before[0].metric, "inherited"


WHERE_WORDS = frozenset({"nationally", "regionally", "locally", "overall", "altogether", "countrywide", "nationwide"})


def _inherit_terms(drafts: list[Draft]) -> None:
    """'The controller received eight years, and his two runners six years and five years': terms
    listed after a prison term in its sentence are prison terms too."""
    term_sentences: set[int] = set()
    for d in drafts:
        if d.metric is Metric.SENTENCES_YEARS:
            term_sentences.add(d.sentence.index)
        elif (d.metric is Metric.OTHER and d.hit.unit in (Unit.YEARS, Unit.MONTHS) and d.hit.kind != "duration"
              and d.sentence.index in term_sentences):
            d.metric, d.metric_source = Metric.SENTENCES_YEARS, "inherited"


# "West Yorkshire Police made 96, South Yorkshire Police 58": "made" with its object left out
ELIDED_OBJECT_BEFORE = lazy_compile(
    r"(?i)\b(?P<verb>made|make|makes|making|carried\s+out|recorded|reported|saw)\s+(?:(?:a\s+further|another)\s+)?$")
VERB_FAMILY = {"make": "make", "makes": "make", "made": "make", "making": "make"}
JOINS = frozenset({"and", "but", "while", "whereas", "or"})


# "while 18 were made in Thanet", "the remaining four made in Lancaster", "including the 26 made this
# week": the object of "made" as the subject of its passive, the thing itself left out
PASSIVE_MADE_AFTER = lazy_compile(r"(?i)(?:\s+of\s+(?:the|those|these)\s+[\w-]+)?\s+(?:(?:were|was|have\s+been|had\s+been)\s+)?made\s+(?:in|at|on|by|across|during|around|this|last|so\s+far)\b")


def _elided_verb(text: str, d: Draft) -> str | None:
    """The verb right before a figure, as one word per verb ("making" -> "make"), when there is one;
    "make" for a figure that is the subject of a passive "were made"."""
    m = ELIDED_OBJECT_BEFORE.search(text, max(d.sentence.start, d.hit.qualifier_start - 25), d.hit.qualifier_start)
    if m is None:
        return "make" if PASSIVE_MADE_AFTER.match(text, d.hit.end, d.sentence.end) else None
    verb = " ".join(m["verb"].lower().split())
    return VERB_FAMILY.get(verb, verb)


def _inherit_elided_object(text: str, drafts: list[Draft], sentences: list[Sentence], lex: Lexicon) -> None:
    """A figure whose verb has no object of its own ("made 96") counts what the same verb counted
    just before, in its sentence or the one before in the paragraph ("made 131 arrests, while
    Lancashire made 74 and seized 19 knives"); else what the sentence before was counting: "...
    make 214 arrests between them. West Yorkshire Police made 96" and "Arrests were spread across
    the county. Leeds made 31" are both arrests."""
    for k, d in enumerate(drafts):
        passive = PASSIVE_MADE_AFTER.match(text, d.hit.end, d.sentence.end) is not None
        if (d.metric is not Metric.OTHER or d.hit.unit is not Unit.COUNT
                or (d.item_tokens and d.item_tokens[0] not in JOINS and not passive)):
            continue
        verb = _elided_verb(text, d)
        if verb is None:
            continue
        before = sentences[d.sentence.index - 1] if d.sentence.index > 0 else None
        if before is not None and before.paragraph != d.sentence.paragraph:
            before = None
        same_verb = next((e for e in reversed(drafts[:k]) if e.sentence.index in (
            d.sentence.index, before.index if before else -1) and e.metric is not Metric.OTHER
            and e.hit.unit is Unit.COUNT and _elided_verb(text, e) == verb), None)
        if same_verb is not None:
            d.metric, d.metric_source = same_verb.metric, "inherited"
            continue
        own = tokens_between(text, d.sentence.start, d.hit.qualifier_start)  # "211 of the arrests, with Merseyside making 97"
        metric = lex.nearest_cue(own, d.hit.qualifier_start, d.hit.qualifier_start, lex.bare_cues)
        if metric is not None:
            d.metric, d.metric_source = metric, "inherited"
            continue
        if before is None or (d.item_tokens and not passive):
            continue
        toks = tokens_between(text, before.start, before.end)
        metric = lex.nearest_cue(toks, before.end, before.end, lex.bare_cues)
        if metric is not None:
            d.metric, d.metric_source = metric, "inherited"


def _inherit_subgroup(drafts: list[Draft]) -> None:
    """'the 904 children we reached' is the article's figure for children when it gave only one."""
    seen: dict[str, set[Metric]] = {}  # subgroup -> metrics of the figures so far (one pass, not n^2)
    for d in drafts:
        if d.metric is Metric.OTHER and d.subgroup and d.hit.unit is Unit.COUNT and d.metric_source not in ("caseload", "population"):
            earlier = seen.get(d.subgroup, set())
            if len(earlier) == 1:
                d.metric, d.metric_source = next(iter(earlier)), "inherited"
        if d.subgroup and d.metric is not Metric.OTHER:
            seen.setdefault(d.subgroup, set()).add(d.metric)


def _inherit_metrics(drafts: list[Draft], relations: list[tuple[str, int | None, list[int], str]]) -> None:
    """Parts that name no metric of their own count what their whole counts."""
    for _kind, whole, parts, _ in relations:
        if whole is None:
            continue
        w = drafts[whole]
        for p in parts:
            d = drafts[p]
            # (a part read as people safeguarded follows its whole once that is known to count NRM
            # referrals: "Children accounted for 512 of the 843 referrals")
            renamed = d.metric_source == "inherited" and d.metric is Metric.SAFEGUARDED and w.metric is Metric.NRM_REFERRALS
            if (d.metric_source in ("none", "weak") or renamed) and w.metric is not Metric.OTHER:
                if d.hit.unit in (w.hit.unit, Unit.PERCENT):
                    d.metric, d.metric_source = w.metric, "inherited"
                    if w.metric is Metric.SAFEGUARDED and d.hit.unit is Unit.COUNT and _counts_children(d):
                        d.metric = Metric.CHILDREN_SAFEGUARDED


def _parts_of_children(drafts: list[Draft], relations: list[tuple[str, int | None, list[int], str]]) -> None:
    """"Of those 126 children, 71 were assessed as at risk": a part that names no people of its own,
    of a count of children, counts children too, though its verb alone says only someone was safeguarded
    (run last: the whole may get its metric from a figure it repeats)."""
    for kind, whole, parts, _ in relations:
        if whole is None or kind not in ("subset", "partition"):
            continue
        if drafts[whole].metric is not Metric.CHILDREN_SAFEGUARDED:
            continue
        for p in parts:
            d = drafts[p]
            if d.metric is Metric.SAFEGUARDED and d.hit.unit is Unit.COUNT and not d.person:
                d.metric = Metric.CHILDREN_SAFEGUARDED


def _inherit_periods(drafts: list[Draft], relations: list[tuple[str, int | None, list[int], str]]) -> None:
    """Parts that name no time of their own are of their whole's time: "In the 12 months to June,
    officers made 84 arrests. Of those, 38 were in Inverness" counts the 38 over those months, not
    in the week the article is about."""
    for kind, whole, parts, _ in relations:
        if whole is None or kind not in ("subset", "partition", "same"):
            continue
        w = drafts[whole]
        if (w.period is None and w.year is None) or w.in_change:
            continue
        for p in parts:
            d = drafts[p]
            if (d.period is None and d.year is None and not d.in_change
                    and w.metric in (d.metric, SUBSET_METRICS.get(d.metric))):  # not "and 57 lines closed" after it
                d.period, d.year = w.period, w.year


CAPTION_LINES = 3  # lines above a table that may name what it counts ("Table 2: Arrests by district", its header)


def _table_captions(text: str, drafts: list[Draft], relations: list[tuple[str, int | None, list[int], str]],
                    lex: Lexicon) -> None:
    """'Lines closed, year to March 2025' above 'Avon and Somerset Police - 118 ...': a table whose
    rows and total name no metric counts what the lines just above it (its caption, its header
    row) name; its parts then take the whole's metric with the other relations."""
    for kind, whole, parts, cue in relations:
        if kind != "partition" or cue != "table" or whole is None or not parts:
            continue
        w = drafts[whole]
        if w.metric is not Metric.OTHER or w.metric_source not in ("none", "weak") or w.hit.unit is not Unit.COUNT:
            continue
        first = min(drafts[p].hit.start for p in parts)
        end = text.rfind("\n", 0, first)
        words: list[str] = []
        for _ in range(CAPTION_LINES):
            if end <= 0:
                break
            start = text.rfind("\n", 0, end) + 1
            if any(start <= e.hit.start < end for e in drafts):
                break  # a row of figures: the table above, not a caption
            words = [t for t, _, _ in tokens_between(text, start, end)] + words
            end = start - 1
        named = lex.item_metric(words, words) or lex.nearest_cue([(t, 0, 0) for t in words], 1, 1, lex.event_cues)
        if named is Metric.SAFEGUARDED and _caption_counts_children(words):
            named = Metric.CHILDREN_SAFEGUARDED  # "Table 4b: Children referred to the Panel by area": children
        if named is not None and named is not Metric.OTHER:
            w.metric, w.metric_source = named, "inherited"


CAPTION_LABEL = lazy_compile(r"(?i)^(?:table|figure|chart)$|^\d+\w?$")


def _caption_counts_children(words: list[str]) -> bool:
    """Whether a caption's first noun, after its label ("Table 4b:"), names children only."""
    rest = [w for w in words if not CAPTION_LABEL.match(w) and w not in (":", "-", "–")]
    return bool(rest) and rest[0].lower() in CHILD_WORDS and not any(w.lower() in ("adults", "and") for w in rest[:3])


THE_BEFORE = lazy_compile(r"(?i)\b(?:the|those|these)\s+$")
# "every one of those 341 people": a demonstrative before people in general points back to the
# latest count of people, whatever noun that count used ("341 vulnerable adults and children")
THOSE_BEFORE = lazy_compile(r"(?i)\b(?:those|these)\s+$")
GENERIC_PEOPLE = frozenset({"people", "individuals", "persons"})


def _definite_repeats(text: str, drafts: list[Draft]) -> None:
    """'the 36 addresses we visited' after '22 addresses linked to cuckooing': a definite article
    before the same noun points back to the earlier count, so it counts what that count counts
    (and a figure that differs from it can be checked as a repeat)."""
    counted: dict[str, Metric] = {}  # noun right after a figure -> the metric of the latest such figure
    people: Draft | None = None  # the latest count of people
    for d in drafts:
        noun = d.item_tokens[0] if d.item_tokens and d.hit.unit is Unit.COUNT else None
        if noun is None or noun in FUNCTION_WORDS:
            continue
        if d.metric is Metric.OTHER and d.metric_source in ("none", "weak", "item"):
            lead = (max(d.sentence.start, d.hit.qualifier_start - 8), d.hit.qualifier_start)
            # a noun that names no metric of its own ("the 36 addresses"), or any noun after a
            # demonstrative ("those 41 lines" after "41 deal lines" shut down)
            definite = THE_BEFORE if d.metric_source != "item" else THOSE_BEFORE
            if noun in counted and definite.search(text, *lead):
                d.metric, d.metric_source = counted[noun], "inherited"
            elif (noun in GENERIC_PEOPLE and people is not None and people.metric is not Metric.OTHER
                  and d.sentence.index - people.sentence.index <= 3 and THOSE_BEFORE.search(text, *lead)):
                d.metric, d.metric_source = people.metric, "inherited"  # "every one of those 341 people"
        if d.person and d.hit.unit is Unit.COUNT:
            people = d
        if d.metric is not Metric.OTHER:
            counted[noun] = d.metric
            second = d.item_tokens[1] if len(d.item_tokens) > 1 else None
            if second is not None and second not in FUNCTION_WORDS and not d.item_tokens[0].endswith("s"):
                counted.setdefault(second, d.metric)  # "41 deal lines": "those 41 lines" too


# "the 14 lines", "of the 37", "last year's 49": a figure marked as one already given
DEFINITE_COUNT_BEFORE = lazy_compile(r"(?i)\b(?:the|those|these|its|their|(?:last|this)\s+(?:year|week|month)['’]s)\s+$")
REPEAT_REACH = 5  # sentences back that "the 14 lines" may point to


def _definite_same_value(text: str, drafts: list[Draft]) -> None:
    """'disrupted 14 drug supply lines ... Of the 14 lines, six were in Belfast', 'closed 37 lines
    ... 21 of the 37': a count after "the" that a figure a few sentences back states exactly, naming
    nothing or a word of what that figure named, is that figure again and counts what it counts."""
    latest: dict[tuple[Decimal, Unit], Draft] = {}
    for d in drafts:
        point = d.hit.value.point
        if point is None or d.hit.unit is not Unit.COUNT or d.in_change:
            continue
        e = latest.get((point, d.hit.unit))
        noun = d.item_tokens[0] if d.item_tokens and d.item_tokens[0] not in FUNCTION_WORDS else None
        if (e is not None and d.metric is Metric.OTHER and d.metric_source in ("none", "weak")
                and d.sentence.index - e.sentence.index <= REPEAT_REACH
                and (noun is None or any(word_matches(noun, w) or word_matches(w, noun) for w in e.item_tokens[:4]))
                and DEFINITE_COUNT_BEFORE.search(text, max(d.sentence.start, d.hit.qualifier_start - 16), d.hit.qualifier_start)):
            d.metric, d.metric_source = e.metric, "inherited"
        if d.metric is not Metric.OTHER:
            latest[(point, d.hit.unit)] = d


# "of that £42 million", "this £1.2m": a demonstrative points back to a sum already given
DEFINITE_SUM_BEFORE = lazy_compile(r"(?i)\b(?:the|those|these|that|this)\s+$")


def _definite_sums(text: str, drafts: list[Draft]) -> None:
    """'How the £1.2m breaks down' after 'a £1.2m package': a sum after "the" that an earlier sum
    of the story states exactly is that sum again, so it is money of the same kind."""
    named: dict[Decimal, Metric] = {}  # value of a sum with a metric -> that metric (the latest)
    for d in drafts:
        point = d.hit.value.point
        if d.hit.unit is not Unit.GBP or point is None:
            continue
        if (d.metric is Metric.OTHER and d.metric_source == "none" and point in named
                and DEFINITE_SUM_BEFORE.search(text, max(d.sentence.start, d.hit.qualifier_start - 8), d.hit.qualifier_start)):
            d.metric, d.metric_source = named[point], "inherited"
        if d.metric is not Metric.OTHER:
            named[point] = d.metric


def _referrals_of_the_story(text: str, drafts: list[Draft]) -> None:
    """Once a story has counted referrals to the National Referral Mechanism, its later bare
    "referrals" ("512 of the 1,267 referrals") are those too, not people safeguarded in general;
    so is a change said of them ("Referrals rose by 38%", "referrals are rising by 9 per cent")."""
    seen_nrm, renamed_in = False, -1
    for d in drafts:
        referrals = any(w.startswith("referral") for w in d.item_tokens[:4])  # "196 of last year's referrals"
        if not referrals and (d.in_change or d.hit.unit is Unit.PERCENT) and d.metric_source in ("none", "weak"):
            referrals = REFERRALS_CHANGED_BEFORE.search(
                text, max(d.sentence.start, d.hit.qualifier_start - 60), d.hit.qualifier_start) is not None
        if d.metric is Metric.NRM_REFERRALS:
            seen_nrm = True  # ("referred 251 children to the NRM" counts them too)
        elif seen_nrm and referrals and d.metric in (Metric.SAFEGUARDED, Metric.OTHER):
            d.metric = Metric.NRM_REFERRALS
            renamed_in = d.sentence.index
        elif seen_nrm and d.metric is Metric.SAFEGUARDED and not d.item_tokens and d.sentence.index == renamed_in:
            d.metric = Metric.NRM_REFERRALS  # "... of last year's referrals and girls for 55": the elided entry follows


# "referrals rose by 38%", "Referrals are rising by around 9 per cent a year": a change in bare referrals
REFERRALS_CHANGED_BEFORE = lazy_compile(
    r"(?i)(?<!safeguarding\s)\breferrals\s+(?:have\s+|had\s+|are\s+|were\s+)?"
    r"(?:rose|risen|rising|fell|fallen|falling|grew|grown|growing|increased|increasing|dropped|dropping|went\s+up|went\s+down)"
    r"\s+(?:by\s+)?(?:about\s+|around\s+|almost\s+|nearly\s+|more\s+than\s+|some\s+)?$"
)
# "five fewer than the 147 it recorded", "closed 104 lines against 91", "a rise of 55 per cent",
# "goes up by 75": a base or a change named by the words before it (read for its metric only: the
# rules' own reading of changes is ``Draft.in_change``)
COMPARED_BEFORE = lazy_compile(
    r"(?i)(?:\b(?:fewer|more|less|lower|higher|greater|smaller)\s+than\s+(?:the|its|their)\s+"
    r"|\bagainst\s+(?:the\s+|its\s+)?"
    r"|\b(?:rise|increase|fall|drop|decrease|reduction|jump|cut|growth)\s+of\s+(?:about\s+|around\s+|almost\s+|nearly\s+|more\s+than\s+|some\s+)?"
    r"|\b(?:up|down|rose|fell|grew|dropped|increased|decreased)\s+by\s+(?:about\s+|around\s+|almost\s+|nearly\s+|more\s+than\s+|some\s+)?"
    r"|\b(?:up|down)\s+on\s+(?:the\s+)?)$"
)
# "That is a rise of 55 per cent.": a sentence about the figure just given
# "That fall of 53 is because ...", "A rise of eight sounds like a lot", "Its total was 37 higher": a change
# said of the figure before, as the sentence's subject
RESTATING_START = lazy_compile(
    r"(?i)[\s\"“]*(?:(?:that|this|it)\s+(?:is|was|was\s+a|represents|means|makes)\b"
    r"|(?:that|this|the|a|an)\s+(?:[\w-]+\s+)?(?:rise|increase|fall|drop|jump|change|difference|reduction)\s+of\b"
    r"|its\s+(?:[\w-]+\s+)?(?:total|figure|tally)\s+(?:is|was|has|had)\b)")


# "£1.2m ($1.5m)", "£160,000 (about €185,000)": a pound figure given again in another currency, in brackets
CONVERSION_GAP = lazy_compile(r"(?i)\s*\(\s*(?:about|around|roughly|approximately|some|c\.|or|nearly|almost)?\s*")


def _inherit_conversions(drafts: list[Draft], text: str) -> None:
    """A conversion for readers abroad counts what the pound figure before it counts, so it takes
    that figure's metric (the sign alone leaves it untyped)."""
    for prev, d in zip(drafts, drafts[1:]):
        if (d.hit.unit is Unit.OTHER and prev.hit.unit is Unit.GBP and text[d.hit.start : d.hit.start + 1] in "$€"
                and CONVERSION_GAP.fullmatch(text, prev.hit.end, d.hit.qualifier_start)):
            d.metric = prev.metric


def _inherit_comparisons(drafts: list[Draft], text: str = "") -> None:
    """A rise, a difference or a multiple counts what the figure it qualifies counts: in "closed 1,480
    lines, up 27% on the previous year's 1,165", the 27% and the 1,165 are lines closed too. With no
    figure before it in its sentence, what the words before it name ("Arrests were slightly down on
    the 1,150"), or, in a sentence restating the one before ("That is a rise of 55 per cent"), what
    that sentence's last figure counts."""
    for i, d in enumerate(drafts):
        compared = bool(text) and COMPARED_BEFORE.search(
            text, max(d.sentence.start, d.hit.qualifier_start - 40), d.hit.qualifier_start) is not None
        comparative = d.in_change or d.hit.kind == "ratio" or compared
        bare = not d.item_tokens or d.item_tokens[0] in FUNCTION_WORDS  # "up from 64 in the spring"
        if not comparative or d.metric_source not in ("none", "weak"):
            continue
        # "the 1,150 recorded", "the 147 it made": a base's own words may be how it was counted
        counted_as = bool(d.item_tokens) and (d.item_tokens[0].endswith("ed") or d.item_tokens[0] in ("it", "they", "we"))
        # ("That is up from 1,950 the previous year": a change's base opening a sentence that restates the one before)
        if (compared or d.in_change) and d.metric is Metric.OTHER and (bare or counted_as or d.hit.unit is Unit.PERCENT):
            first = i == 0 or drafts[i - 1].sentence.index != d.sentence.index
            if first and _compared_to_before(text, drafts, i):
                continue
        for j in range(i - 1, -1, -1):
            e = drafts[j]
            if e.sentence.index != d.sentence.index:
                break
            if e.metric is not Metric.OTHER and (e.hit.unit is d.hit.unit or d.hit.unit in (Unit.PERCENT, Unit.OTHER)):
                d.metric, d.metric_source = e.metric, "inherited"
                break
            if (bare and e.hit.unit is d.hit.unit is Unit.COUNT and e.item_tokens[:1]
                    and e.item_tokens[0] not in FUNCTION_WORDS and not is_person_noun(e.item_tokens[0])):
                # "made 96 visits to addresses at risk, up from 64": the 64 counts visits too, not
                # the people a nearby word ("at risk") would make it
                d.metric, d.metric_source = e.metric, "inherited"
                break


def _compared_to_before(text: str, drafts: list[Draft], i: int) -> bool:
    """The metric of a change or base that is the first figure of its sentence: named by its own
    clause's words before it, else (a sentence restating the one before) the last figure there."""
    d = drafts[i]
    lo, _ = _contrast_clause(text, d)
    own = tokens_between(text, lo, d.hit.qualifier_start)
    named = DEFAULT_LEXICON.nearest_cue(own, d.hit.qualifier_start, d.hit.qualifier_start, DEFAULT_LEXICON.bare_cues)
    if named is not None:
        d.metric, d.metric_source = named, "inherited"
        return True
    if i and RESTATING_START.match(text, d.sentence.start, d.hit.qualifier_start):
        # the last figure of the sentence before that counts something ("... three lines in March and six in
        # October. That is a 100 per cent increase": the six counts lines as the three do)
        for e in reversed(drafts[max(0, i - 4) : i]):
            if e.sentence.index != d.sentence.index - 1 or e.sentence.paragraph != d.sentence.paragraph:
                break
            if e.metric is not Metric.OTHER and (e.hit.unit is d.hit.unit or d.hit.unit is Unit.PERCENT):
                d.metric, d.metric_source = e.metric, "inherited"
                return True
    return False


def _freeze(
    doc: Document,
    drafts: list[Draft],
    relations: list[tuple[str, int | None, list[int], str]],
    dates: tuple[DateHit, ...],
    skipped: tuple[tuple[int, int, str], ...],
    sentences: list[Sentence],
) -> Parsed:
    text = doc.text
    items: list[tuple[int, Draft | DateHit]] = [(d.hit.qualifier_start, d) for d in drafts]
    items += [(h.start, h) for h in dates]
    items.sort(key=lambda x: x[0])
    claims: list[Claim] = []
    ids: dict[int, str] = {}
    draft_index = {id(d): i for i, d in enumerate(drafts)}
    date_hits = {id(h): resolve_year(h, doc.published) for h in dates}
    for _, obj in items:
        cid = f"c{len(claims) + 1}"
        if isinstance(obj, Draft):
            ids[draft_index[id(obj)]] = cid
            claims.append(_claim_of(text, cid, obj))
        else:
            claims.append(_date_claim(text, cid, date_hits[id(obj)], sentences))
    rels = tuple(
        Relation(kind=RelationKind(kind), whole=ids[w] if w is not None else None,
                 parts=tuple(ids[p] for p in parts), cue=cue)
        for kind, w, parts, cue in relations
    )
    skips = tuple(Skipped(span=Span(a, b), text=text[a:b], reason=r) for a, b, r in skipped)
    return Parsed(text=text, published=doc.published, claims=tuple(claims), relations=rels, skipped=skips,
                  sentences=tuple(Span(s.start, s.end) for s in sentences))


def _claim_of(text: str, cid: str, d: Draft) -> Claim:
    hit = d.hit
    end = hit.end
    if d.item_tokens and hit.kind != "duration" and hit.unit not in (Unit.YEARS, Unit.MONTHS, Unit.WEEKS, Unit.DAYS):
        toks = tokens_between(text, hit.end, d.item_end, first=3)
        while toks and toks[-1][0] in FUNCTION_WORDS:  # "£27,900 and" reads better as "£27,900"
            toks.pop()
        end = toks[-1][2] if toks else hit.end
    span = Span(hit.qualifier_start, end)
    return Claim(
        id=cid, text=text[span.start : span.end], span=span, number_span=Span(hit.start, hit.end),
        value=hit.value, qualifier=hit.qualifier, unit=hit.unit, metric=d.metric, scope=d.scope,
        sentence=d.sentence.index, readings=hit.readings, malformed=hit.malformed,
        item=d.head, subgroup=d.subgroup, year=d.year, period=d.period, scope_stated=d.scope_stated, speaker=d.speaker,
        in_change=d.in_change, kind=hit.kind, list_id=d.sentence.list_id, in_row=d.in_row,
    )


WORTH_BEFORE = lazy_compile(
    r"(?i)(?P<thing>[a-z]+(?:\s+[a-z]+)?)\s+(?:worth|valued\s+at|"
    r"with\s+an?\s+(?:estimated\s+)?(?:street\s+|total\s+)?value\s+of)\s+(?:about\s+|around\s+|some\s+|over\s+)?$"
)


VALUED_DRUG_BEFORE = lazy_compile(
    r"(?is)(?:^|.*\W)(?P<drug>" + "|".join(DRUG_NAMES) + r")\b[^.;£\d]{0,40}?\b(?:worth|valued?\s+at|value\s+of)\s+"
    r"(?:about\s+|around\s+|some\s+|over\s+|up\s+to\s+)?$"
)


# Every match of WORTH_BEFORE and VALUED_DRUG_BEFORE holds one of these: most sums have neither
# before them, and are not searched for what they are the worth of (see ``prefilter``)
WORTH_WORDS = ("worth", "value")
# "- Cocaine: 1.2kg, up to £120,000", "Herbal cannabis: 4.2kg - £84,000", "Diazepam: 12,000 tablets -
# £12,000": a seizure log's row label names the drug its value is for, when it holds a drug's name or the
# row weighs or counts the drug before the value
DRUG_LABEL = lazy_compile(
    r"(?i)[\s\-–•*]*(?P<drug>(?:[a-z][a-z'-]*\s+){0,2}?(?:" + "|".join(DRUG_NAMES) + r")(?:\s+[a-z][a-z'-]*){0,2}?"
    r"|[a-z][a-z'-]*(?:\s+[a-z][a-z'-]*){0,2}?(?=\s*:\s*[\d.,]+\s*(?:kg|g|grams|kilos|tablets|pills|wraps|plants|deals|ounces|oz)\b))"
    r"\s*:[^;:£\n]{0,30}$")


def _search_if_worth(pattern: regex.Pattern[str], text: str, start: int, end: int) -> regex.Match[str] | None:
    """``pattern.search(text, start, end)`` for a pattern that needs a word of WORTH_WORDS, made only
    where the span holds one."""
    return pattern.search(text, start, end) if may_hold(text, start, end, WORTH_WORDS) else None


def _head(d: Draft, text: str = "", lex: Lexicon = DEFAULT_LEXICON) -> str:
    """The words naming what a figure counts, up to its head noun ('zombie knives', 'weapons');
    for money, the thing named before "worth" ('cannabis worth £152,000')."""
    item = d.item_tokens
    if d.hit.unit is Unit.GBP and text:
        worth = _search_if_worth(WORTH_BEFORE, text, max(d.sentence.start, d.hit.qualifier_start - 40), d.hit.qualifier_start)
        label = DRUG_LABEL.match(text, d.sentence.start, d.hit.qualifier_start)
        if label and not item:  # "- Cocaine: 1.2kg, up to £120,000": the row's label names the drug valued
            return label["drug"].lower()
        valued = _search_if_worth(VALUED_DRUG_BEFORE, text, max(d.sentence.start, d.hit.qualifier_start - 60), d.hit.qualifier_start)
        if valued and not (worth and any(drug in worth["thing"].lower() for drug in DRUG_NAMES)):
            return " ".join([valued["drug"].lower(), *item[:4]])  # "heroin thought to be worth £45,000"
        if worth:
            return " ".join([worth["thing"].lower(), *item[:4]])
        order = COURT_ORDER_BEFORE.search(text, max(d.sentence.start, d.hit.qualifier_start - 60), d.hit.qualifier_start)
        if order:  # "a confiscation order of £312,450 against ...": the order, whatever follows
            return " ".join([*order["thing"].lower().split(), *item[:4]])
    if d.hit.unit is Unit.COUNT:
        for i in range(len(item)):
            for cue, metric, _ in lex.cues_from(item[i], lex.item_cues):
                if metric is not Metric.OTHER and lex.cue_at(item, i, cue):
                    end = i + len(cue.split())
                    if item[end : end + 2] == ["and", "other"]:
                        end += 3  # "knives and other weapons": the head is the wider kind
                    return " ".join(item[:end])
    return " ".join(item[:4])


def _date_claim(text: str, cid: str, h: DateHit, sentences: list[Sentence]) -> Claim:
    date = h.resolved()
    iso = Quantity(None, None, None)
    # the first sentence that ends at or after the date, if the date is in it (sentences are in order)
    k = bisect.bisect_left(sentences, h.start, key=lambda s: s.end)
    sent = sentences[k].index if k < len(sentences) and sentences[k].start <= h.start else 0
    return Claim(
        id=cid, text=text[h.start : h.end], span=Span(h.start, h.end), number_span=Span(h.start, h.end),
        value=iso, qualifier=Qualifier.EXACT, unit=Unit.DATE, metric=Metric.OTHER, scope=UNKNOWN_SCOPE,
        sentence=sent, date=date, weekday=h.weekday,
        weekday_span=Span(h.weekday_start, h.weekday_start + len(h.weekday)) if h.weekday and h.weekday_start is not None else None,
        range_id=h.range_id, day=h.day, month=h.month, year_printed=h.year_printed,
    )


__all__ = ["parse_document", "Draft", "tokens_between"]
