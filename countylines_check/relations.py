"""The ties an article states between its figures.

Read from the wording, never guessed from the numbers: "including", "among them", "of whom",
"Of these, ...", "Among the arrests, ...", "N people: A men, B women", subgroup lists ("650 men as
well as 91 women"), itemised lists, and a count printed with its share ("14,421 (98%)").

Each relation is ``(kind, whole, parts, cue)`` with indexes into the drafts; ``whole`` is None
when the text states the parts but leaves the total to another sentence (the rules look it up).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterator
from decimal import Decimal
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from .cues import ADDITION_BEFORE, DEFAULT_LEXICON, FUNCTION_WORDS, MIXED_GROUP, Lexicon, family, is_family_total, is_person_noun
from .lazyre import lazy_compile
from .prefilter import may_hold
from .model import Metric, Qualifier, ScopeLevel, Unit
from .sentences import cells, table_headers
from .vocab.metrics import SUBGROUPS

if TYPE_CHECKING:
    from .extract import Draft
    from .sentences import Sentence

RelationTuple = tuple[str, int | None, list[int], str]

INCLUDING_BEFORE = lazy_compile(
    r"(?i)\b(?P<cue>including|includes|included|among\s+them|amongst\s+them|among\s+which|of\s+which|of\s+whom|of\s+them|of\s+those|such\s+as)"
    r"[:;]?\s+(?:a\s+further\s+|some\s+|at\s+least\s+|(?:[a-z]+\s+){1,3}(?:worth|valued\s+at)\s+)?$"
)
# What a headline calls the people a court dealt with ("Five men jailed"), and what it did to them
_DEFENDANT_NOUNS = r"men|women|people|teenagers|members|dealers|gang\s+members"
_SENTENCING_VERBS = r"jailed|sentenced|convicted|imprisoned|locked\s+up|behind\s+bars"
JAILED_AFTER = lazy_compile(rf"(?i)\s+(?:(?:{_DEFENDANT_NOUNS})\s+)?(?:{_SENTENCING_VERBS})\b")
DEFENDANTS_AFTER = lazy_compile(rf"(?i)\s+(?:{_DEFENDANT_NOUNS}|defendants)\b")
SENTENCED = lazy_compile(rf"(?i)\b(?:{_SENTENCING_VERBS})\b")
# "Two charged after drugs found" above "Two men have appeared in court": the same defendants, charged
CHARGED_AFTER = lazy_compile(rf"(?i)\s+(?:(?:{_DEFENDANT_NOUNS})\s+)?(?:charged|in\s+court|appear\s+in\s+court)\b")
CHARGED_WORDS = lazy_compile(r"(?i)\b(?:charged|appeared\s+in\s+court|appeared\s+before|appear\s+in\s+court)\b")
ALL_BEFORE = lazy_compile(r"(?i)\ball\s+(?:of\s+(?:the|these|those)\s+)?$")
VERB_AFTER_ALL = frozenset("have has had were are was will would be been".split())
# "How the £1.2m breaks down", "Breakdown of the £80,000:", "The 46 arrests by town": a list's lead that
# says the bullets under it split its one figure
BREAKDOWN_LEAD = lazy_compile(r"(?i)\b(?:breaks?\s+down|broken\s+down|breakdown|is\s+split|was\s+split|splits|(?:is|was|are|were)\s+made\s+up\s+of|consist(?:s|ed)\s+of|compris(?:es|ed))\b")
INCLUDING_LEAD = lazy_compile(r"(?i)\b(?:including|includ(?:es|ed)|among\s+(?:them|which|these))\s*:\s*$")
OF_THE_NOUN = lazy_compile(  # "27 of the arrests", "26 of last year's lines"
    r"(?i)^\s+of\s+(?:the|those|these|all|(?:last|this)\s+(?:week|month|year)['’]s)\s+(?P<noun>[a-z]+(?:\s+[a-z]+){0,2})\b")
N_OF_THE = lazy_compile(  # "31 of the 46", "38 lines out of 83"
    r"(?i)^(?:\s+[a-z]+){0,2}?\s+(?:out\s+of\s+(?:(?:the|those|these|its|their)\s+)?|of\s+(?:the|those|these|its|their)\s+"
    r"|of\s+(?:the\s+)?(?-i:[A-Z][\w-]*)(?:\s+(?-i:[A-Z][\w-]*)){0,2}['’]s\s+"  # "13 of Dorset's 22 arrests"
    r"|of\s+the\s+(?:force|region|county|city|borough|unit|team|operation|week)['’]s\s+)$"  # "11 of the force's 18"
)
# "16 vulnerable people were safeguarded in Warrington, out of 38 across the county": the part's own clause,
# then its whole
OUT_OF_AFTER_CLAUSE = lazy_compile(r"(?i)[^.;:\d]{0,80}?,\s*out\s+of\s+(?:a\s+total\s+of\s+|the\s+)?")
OF_WHOM_AFTER = lazy_compile(r"(?i)^\s*(?P<cue>of\s+whom|of\s+them|of\s+which|of\s+those)\b")
AMONG_AFTER = lazy_compile(r"(?i)^\s*(?:[\w'’-]+\s+){0,3}?(?P<cue>among\s+them|amongst\s+them|among\s+which)\b")
LIST_JOIN = lazy_compile(
    r"(?i)^\s*(?:,|,?\s*and|,?\s*as\s+well\s+as|,?\s*plus|;)?\s*(?:a\s+further\s+|another\s+)?"
    r"(?:(?:(?-i:[A-Z][\w'’-]*)\s+){1,3}(?:seized\s+|made\s+|had\s+|recorded\s+)?)?$"   # ", Cleveland £27,900"
)
AREA_AND_VERB = lazy_compile(r"(?-i:[A-Z])[\w'’-]*\s+(?:seized|made|had|recorded)\s+$")  # "Northumbria Police made "
OF_THESE = lazy_compile(
    r"(?i)[\"'“‘]?\s*(?P<cue>(?:of|among|amongst)\s+(?:these|them|those|this\s+number|this\s+total|that\s+total|the\s+total)"
    r"(?:\s+\w+){0,2}|out\s+of\s+(?:these|them|those|that\s+total|this\s+total|the\s+total))\b"
)
OF_THE_N = lazy_compile(r"(?i)^[\"'“‘]?\s*(?:of|out\s+of|among|amongst)\s+(?:the|those|these|(?P<own>its|their))\s+$")
# "The figure includes the 11 detained in the morning, with a further five ...", "This includes
# £12,000 found in a car": the sentence's figures are among the last sentence's
INCLUDES_OPENER = lazy_compile(
    r"(?i)^[\"'“‘]?\s*(?:this|that|these|the|those)(?:\s+(?:figure|figures|total|number|tally|count|haul|sum))?"
    r"\s+(?:also\s+)?(?:includes?|included)\s+(?:the\s+|a\s+)?$"
)
# "of those arrested have been charged, ": a part's own clause, with its verb, closed by a comma
OWN_CLAUSE_THEN_BREAKDOWN = lazy_compile(
    r"(?i)[^,;.\d]*?\b(?:have|has|had|were|was|are|is|been)\b[^,;.\d]*,\s*(?:including\s+|with\s+)?")
ONE_PERSON_SUBJECT = lazy_compile(r"(?i)^[\"'“‘]?\s*(?:he|she)\b")
AMONG_WHOLE = lazy_compile(
    r"(?i)^[\"'“‘]?\s*(?:they|these|those|both|all(?:\s+of\s+them)?|he|she)\s+(?:were|are|was|is)\s+"
    r"(?:among|amongst|part\s+of|included\s+in|counted\s+in)\s+(?:the\s+)?$"
)
AMONG_THE = lazy_compile(  # "Of the October arrests": the arrests, not the figure for October
    r"(?i)^[\"'“‘]?\s*(?P<cue>among|amongst|of)\s+(?:the|those)\s+(?:(?P<when>january|february|march|april|may|june|july|"
    r"august|september|october|november|december|spring|summer|autumn|winter|latest|earlier|first|second)\s+)?"
    r"(?:(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))?(?:['’]s)?\s+)?(?P<noun>\w+)"  # "Of the Lincolnshire arrests"
)
# "four in Holyhead (Caergybi), three in Bangor": a name's other form in brackets does not end a list
BRACKETED_WORDS = lazy_compile(r"^\s*\([^()\d]{1,40}\)")
CLAUSE_BREAK = lazy_compile(r"(?i)[;]|\bwhile\b|\bwhilst\b|\bwhereas\b|\bbut\b")
# "the 27 arrests were made in Wakefield (11), Pontefract (7) and Normanton (3)": a count broken down by
# area, each area's count in brackets after it; "with the rest elsewhere" leaves some areas out
AREA_LIST_LEAD = lazy_compile(r"(?i)^[^.;:\d()–—]{0,80}\b(?:in|across|at|between|from|by)\s+(?:[\w'’&-]+\s+){1,4}\(\s*$")
AREA_LIST_JOIN = lazy_compile(r"^\s*\)\s*(?:,\s*|,?\s+and\s+)(?:[\w'’&-]+\s+){1,4}\(\s*$")
# "one in Bodmin", "22 on Merseyside", "seven by Norfolk officers": a part's area right after it
IN_AREA_AFTER = lazy_compile(r"\s+(?:in|at|from|on|by)\s+(?:the\s+)?(?-i:[A-Z])")
SOME_AREAS = lazy_compile(r"(?i)\s*\)[^.;]{0,40}?\b(?:the\s+rest|the\s+remainder|others?|elsewhere|other\s+\w+)\b")
# the last item of a list named with "a"/"an" rather than a figure: "..., two swords and a baton.", with
# perhaps a few words describing it ("and a stun gun disguised as a torch.")
UNCOUNTED_LAST_ITEM = lazy_compile(
    r"(?i)(?:,\s*|\s+and\s+)an?\s+(?!(?:record|first|total|rise|fall|drop|increase|decrease|further|result|figure|number|half|third|quarter|week|day|month|year)\b)"
    r"[a-z][\w-]*(?:\s+[a-z][\w-]*){0,7}\s*[.;)]?\s*$")
COLON_AFTER = lazy_compile(
    r"(?i)^[^.;:\d–—]{0,60}(?::|\s[–—-]|,?\s(?:made\s+up\s+of|comprising|consisting\s+of|split\s+(?:between|into))\s)"
    r"[^.;:\d–—]{0,40}$"
)  # "46 people: 28 adults and 18 children", "46 people, made up of 28 adults and 18 children"
# "11 warrants on Tuesday 19 November: four in ...", "the 214 lines closed in 2025 were made up of 97 ...":
# a date or a year before the colon is not a figure in the way
DATE_IN_GAP = lazy_compile(
    r"(?i)\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?:\s+\d{4})?\b"
    r"|\b(?:in|during|for)\s+(?:19|20)\d{2}(?:/\d{2})?\b"
)
BREAKS_DOWN = lazy_compile(r"(?i)\b(?:breaks?|broke|broken|breaking)\s+down\b[^:.;]{0,40}:|\bsplit\s+(?:as\s+follows)?[^:.;]{0,30}:")
SHARE_VERB = lazy_compile(
    r"(?i)\b(?:made\s+up|make\s+up|accounted\s+for|account\s+for|represent(?:s|ed)?|amount(?:s|ed)?\s+to|"
    r"was|were|is|are)\s+(?:about|around|almost|nearly|some|roughly|just\s+over|just\s+under|over|"
    r"more\s+than|less\s+than)?\s*$"
)
SHARE_OF_TOTAL = lazy_compile(r"(?i)\s+of\s+(?:the\s+|all\s+)?(?:national|regional|force-?wide|overall|country'?s?|total|uk)\b")
# "Half of those charged, 11 people, ...", "Nearly half of those detained - 21 people -"
# a count's own noun: "38 lines", "96 of the lines", "41 county lines"
COUNT_NOUN = lazy_compile(r"(?i)(?:\s+of\s+(?:the|those|these|its|their))?(?:\s+(?!(?:in|on|at|for|from|since|during|over|by|to|with|per|a|an|were|was|had|have)\b)[a-z][a-z'’-]*){1,2}")
SHARE_APPOSITION = lazy_compile(r"(?i)^\s+of\s+(?:the|those|these|them|all)(?:\s+[\w-]+){0,3}\s*(?:,|\s[-–—]|[–—])\s*$")
SHARE_OF_THOSE = lazy_compile(r"(?i)\s+of\s+(?:those|the|all)\s+(?:people\s+)?\w+")
NAMED_BASE_BEFORE = lazy_compile(r"(?i)\b(?:a|the|its)\s+base\s+of\s+$")
OR_COUNT_BEFORE = lazy_compile(r"(?i),\s*or\s+(?:some\s+|about\s+|around\s+|nearly\s+)?$")
# "61 (45%)", "61, or 45 per cent", "37 - or 81 per cent -", and with the count's own words: "61 were
# children, or 45 per cent", "61 were children, representing 45 per cent"
# (the count's words may end in an age: "38 were under 18 — 36 per cent of the total")
SHARE_AFTER = lazy_compile(
    r"^(?:(?:\s+(?:of\s+them|were|was|are|is|being)?(?:\s+[a-z][a-z'’-]*){0,2}?(?:\s+(?:under|over|aged)[\s-]\d{1,2})?)?"
    r"\s*(?:\(|,?\s+or|(?:[–—]|\s-)(?:\s+or)?)"
    r"|(?:\s+[a-z][a-z'’-]*){0,2}?,\s+(?:representing|accounting\s+for|equivalent\s+to))\s*$"
)
# "..., mostly from Sheffield – that's a quarter", "..., which is 40%": a share said after the count's clause
SHARE_SAID_AFTER = lazy_compile(
    r"(?i)^[^.;:()\d]{0,120}?(?:(?:\s[-–—]|[–—])\s*(?:(?:that['’]s|that\s+is|which\s+is)\s*)?|,\s*(?:that['’]s|that\s+is|which\s+is)\s*)"
    r"(?:(?:about|around|roughly|nearly|almost|some|just\s+(?:over|under))\s*)?$")
SHARE_OF_AFTER = lazy_compile(r"(?i)\s+of\s+(?:all|every\w*|the|those|these|them)\b")  # "a quarter of everyone arrested"

COMPARED_WITH = lazy_compile(r"(?i)^\s+(?:more|higher|up|fewer|less|lower|down)\s+(?:than|on|from)\s+(?:the\s+)?(?:[\w']+\s+){0,2}$")
CHANGE_LEAD = lazy_compile(r"(?i)\b(?:up|down|a\s+rise\s+of|an\s+increase\s+of|a\s+fall\s+of|a\s+drop\s+of)\s+$")
COMPARED_BASE = lazy_compile(r"(?i)^\s+(?:on|from|than|compared\s+with)\s+(?:the\s+)?(?:[\w']+\s+){0,2}$")
CHANGE_RATE = lazy_compile(
    r"(?i)\b(?:rise|rises|rose|rising|increase[sd]?|up|jump(?:ed)?|growth|grew|fall|fell|drop(?:ped)?|decrease[sd]?|"
    r"down|decline[sd]?|surge[sd]?|reduction|cut)\b(?:\s+\w+){0,3}\s+(?:of|by)?\s*$"
)
CHANGE_VERB = lazy_compile(r"(?i)\band\s+(?:the\s+)?(?:[\w'’-]+\s+){1,4}?(?:rose|risen|rising|fell|fallen|falling|went|gone|increased|decreased|dropped|climbed|grew|jumped)\b")
# "412 lines, up from 341", "118 (2023/24: 97)" is not this; "104 lines against 91": the words between
# a figure and the base it changed from
UP_FROM_BETWEEN = lazy_compile(r"(?i)(?:\s+[a-z]+){0,2}?\s*,?\s+(?:in\s+\S+\s*,?\s+)?(?:up|down|rising|falling|climbing)\s+from\s+(?:the\s+)?")
# "2,110 vulnerable people safeguarded (2,480), down 8 per cent": the bracket holds only the earlier
# figure (or it after a label, "(2022: 2,480)"), and the rate right after it says which way it moved
BRACKETED_BASE_OPEN = lazy_compile(r"[^().;:\d]{0,60}\(\s*(?:[\w/ -]{1,20}:\s*)?$")
BRACKETED_BASE_RATE = lazy_compile(
    r"\s*\)\s*(?:,|[-–—])?\s*(?:up|down|a\s+rise\s+of|a\s+fall\s+of|an\s+increase\s+of|a\s+drop\s+of|"
    r"(?:rising|falling|increasing|decreasing)(?:\s+by)?)\s+")
# "(a 22 per cent rise)": the rate names the change after it
RATE_WORD_AFTER = lazy_compile(r"(?i)\s+(?:rise|increase|fall|drop|decrease|reduction|jump)\b")
# "an increase of 133", "up by 20", "a drop of £4,000": the figure is the difference itself
DIFFERENCE_LEAD = lazy_compile(
    r"(?i)\b(?:an?\s+(?:increase|rise|jump|fall|drop|decrease|reduction)\s+of|(?:up|down)\s+by|"
    r"(?:rose|risen|rising|increased|increasing|fell|fallen|falling|dropped|decreased|decreasing)\s+by|"
    r"(?:after|with|following)\s+(?:a\s+further|another))\s+$"  # "risen to 58 after a further 12"
)
# "That figure has since risen to 58": the base is the figure of the sentence before
FIGURE_MOVED_TO = lazy_compile(
    r"(?i)\b(?:that|this|the)\s+(?:figure|number|total|tally|count)\s+(?:has\s+|had\s+|now\s+)?(?:since\s+|now\s+)?"
    r"(?:risen|rose|grown|grew|increased|climbed|gone\s+up|went\s+up|fallen|fell|dropped|gone\s+down)\s+to\s+$"
)
# "133 more than the 212", "45 fewer than in 2022", "20 more arrests than last year"
DIFFERENCE_TAIL = lazy_compile(r"(?i)\s+(?:more|fewer|less)\s+(?:[\w-]+\s+){0,2}?than\b")
# "up from 212", "than the 212", "compared with 212", "from 212 to 345"
DIFFERENCE_BASE = lazy_compile(
    r"(?i)\b(?:from|than(?:\s+in)?|compared\s+(?:with|to)|against)\s+(?:the\s+|a\s+total\s+of\s+)?(?:[^\W\d]+\s+){0,2}?$"
)
COMBINED = lazy_compile(r"(?i)\b(?:a\s+combined(?:\s+total\s+of)?|combined|a\s+total\s+of|in\s+total|altogether|totall?ing|"
                        r"between\s+them(?:\s+(?:they|were|have|had|received|got|been|was|jailed|given|sentenced\s+to|for)){0,3})\s+$")
SENTENCE_STOP = lazy_compile(r"[.;]")  # between a whole and "of whom"
PEOPLE_JOINED = lazy_compile(r"(?i)\band(?P<next>(?:\s+[a-z-]+){1,3})")
AND_OR_STOP = lazy_compile(r"\band\b|[.;]")  # between a whole and "including"
# "14 people were identified as at risk and referred to partners, including": a second verb of the same
# people, its subject and auxiliary left out, so the "and" opens no new clause
SECOND_VERB_OF_PEOPLE = lazy_compile(
    r"(?i)^(?P<head>[^,;.:()\d\n]*?\b(?:were|have\s+been|had\s+been)\s+[a-z]+ed\b[^,;.:()\d\n]*?)"
    r"\s+and\s+(?P<verb>[a-z]+ed)\b")
# "11 were referred to the National Referral Mechanism, including", "26 referrals to the National
# Referral Mechanism during the week, including": the figure's own clause, however long what it names,
# closed by the one comma before the cue
OWN_CLAUSE = lazy_compile(r"(?i)\s+[a-z][^,;.:()\d\n]*,\s*")
FAMILIES = ("weapons", "drugs_value", "drugs_weight")
# How far back (in figures) a figure looks for the total it refers to: three times the figures of
# any article of ours, and a bound that keeps book-length input linear.
LOOK_BACK = 100
KINDS = {"firearms": "weapons", "knives": "weapons", "children_safeguarded": "safeguarded"}


def _back_from(i: int) -> range:
    """The figures before figure ``i``, nearest first, as far back as any back-reference reaches."""
    return range(i - 1, max(-1, i - 1 - LOOK_BACK), -1)


def find_relations(text: str, drafts: list[Draft], sentences: list[Sentence],
                   lexicon: Lexicon = DEFAULT_LEXICON) -> list[RelationTuple]:
    """Every stated relation between figures, in text order (``lexicon`` reads 'Of those arrested')."""
    relations: list[RelationTuple] = []
    part_of: set[int] = set()
    whole_of: dict[int, int] = {}
    by_sentence: dict[int, list[int]] = {}
    for i, d in enumerate(drafts):
        by_sentence.setdefault(d.sentence.index, []).append(i)

    def add(kind: str, whole: int | None, parts: list[int], cue: str) -> None:
        parts = [p for p in parts if p != whole and p not in part_of]
        if parts:
            relations.append((kind, whole, parts, cue))
            part_of.update(parts)
            if whole is not None:
                whole_of.update((p, whole) for p in parts)

    for s in sentences:
        idx = by_sentence.get(s.index, [])
        _sentence_openers(text, drafts, s, idx, by_sentence, add, part_of, whole_of, lexicon)
        _within_sentence(text, drafts, s, idx, by_sentence, add, lexicon, whole_of)
        _subgroup_lists(text, drafts, idx, part_of, add, by_sentence)
    _rest_after_part(text, drafts, by_sentence, relations, part_of)
    _survey_respondents(drafts, add)
    _elided_areas(text, drafts, by_sentence, relations, part_of, add)
    _bullets_included(text, drafts, sentences, by_sentence, add)
    _breakdown_leads(text, drafts, sentences, by_sentence, add)
    _all_of_them(text, drafts, relations)
    _headline_defendants(text, drafts, sentences, relations)
    _shares(text, drafts, relations, add_share=lambda w, parts: relations.append(("share", w, parts, "share")))
    _itemised_lists(drafts, sentences, relations)
    _changes(text, drafts, by_sentence, relations)
    _differences(text, drafts, by_sentence, relations)
    _combined_sentences(text, drafts, relations)
    _totals_of_labelled_periods(text, drafts, relations)
    _table_totals(text, drafts, sentences, relations)
    _total_lines(text, drafts, sentences, by_sentence, relations)
    _sub_rows(text, drafts, sentences, by_sentence, add)
    _bracketed_items(text, drafts, by_sentence, add, part_of)
    _listed_then_totalled(text, drafts, by_sentence, add)
    _running_totals(text, drafts, by_sentence, relations)
    _sections_by_area(text, drafts, sentences, by_sentence, add)
    _restatements(text, drafts, sentences, by_sentence, add)
    _remainder_closes_breakdown(text, drafts, by_sentence, add, part_of)
    _pleas_of_the_case(text, drafts, add, part_of)
    return relations


SURVEY_REACH = 6  # sentences after a survey's sample its respondents are still counted out of it


def _survey_respondents(drafts: list[Draft], add: Callable[[str, int | None, list[int], str], None]) -> None:
    """'a survey of 412 students found that 157 respondents ...; 23 respondents said ...': whoever
    answered is some of those the survey asked, however many sentences later they are counted."""
    sample: int | None = None
    for i, d in enumerate(drafts):
        if d.metric_source == "survey":
            sample = i
        elif (sample is not None and d.item_tokens[:1] == ["respondents"] and d.hit.unit is Unit.COUNT
              and d.sentence.index - drafts[sample].sentence.index <= SURVEY_REACH):
            add("subset", sample, [i], "respondents")


# "Twelve of the arrests were made in Southampton and five in Portsmouth", "Sheffield accounted for 146 of
# them, Rotherham for 61 and Barnsley for 29": each area after the first leaves out the first's verb and
# noun, named before its figure ("Rotherham for") or after it ("five in Portsmouth")
ELIDED_AREA_JOIN = lazy_compile(
    r"(?i)^[^\d.;:()–—]{0,80}?(?:,\s*(?:and\s+)?|\s+and\s+)"
    r"(?P<area>(?:(?-i:[A-Z])[\w'’&-]*\s+){1,3}(?:for|with|had|made|recorded|saw)\s+)?$"
)
ELIDED_AREA_AFTER = lazy_compile(r"\s+(?:in|at)\s+(?-i:[A-Z])")
NO_NOUN_AFTER = lazy_compile(r"\s*(?:[,.;]|\s(?:and|in|at)\b|$)")
# a comparison or another period is no further area: "61 in the summer, against 50", "while 12 ..."
ELIDED_AREA_STOP = lazy_compile(r"(?i)\b(?:while|whilst|but|whereas|against|compared|than|up|down|from|rise|fall|each)\b")
BARE_OPENER = lazy_compile(r"(?i)^\s*(?:[\"'“‘]\s*)?$")
BARE_VERB_AFTER = lazy_compile(r"(?i)\s+(?:were|was)\s+(?:\w+\s+)?(?:in|at)\s+(?-i:[A-Z])")


def _elided_area_parts(text: str, drafts: list[Draft], idx: list[int], first: int, part_of: set[int]) -> list[int]:
    """The figures after ``first`` in its sentence that repeat its clause for other areas."""
    parts: list[int] = []
    prev = first
    for j in idx[bisect.bisect_right(idx, first) :]:  # ``idx`` is in text order
        d = drafts[j]
        gap = text[drafts[prev].hit.end : d.hit.qualifier_start]
        join = ELIDED_AREA_JOIN.match(gap)
        if (join is None or ELIDED_AREA_STOP.search(gap) or j in part_of or d.in_change
                or not _same_family(drafts[first], d) or d.hit.unit is not drafts[first].hit.unit):
            break
        if not NO_NOUN_AFTER.match(text, d.hit.end) or not (join["area"] or ELIDED_AREA_AFTER.match(text, d.hit.end)):
            break
        parts.append(j)
        prev = j
    return parts


def _elided_areas(text: str, drafts: list[Draft], by_sentence: dict[int, list[int]], relations: list[RelationTuple],
                  part_of: set[int], add: Callable[[str, int | None, list[int], str], None]) -> None:
    """Areas listed after a part ("146 of them, Rotherham for 61") are parts of its whole too, and a
    sentence that opens with such a list ("We carried out 19 warrants in total. Thirteen were in
    Blackpool, six in Preston and four in Burnley.") is a subset of the figure before it: together
    the areas cannot count more than the whole."""
    for n, (kind, whole, parts, cue) in enumerate(relations):
        if kind != "subset" or whole is None:
            continue
        last = parts[-1]
        more = _elided_area_parts(text, drafts, by_sentence[drafts[last].sentence.index], last, part_of)
        if more:
            relations[n] = (kind, whole, [*parts, *more], cue)
            part_of.update(more)
    for index, idx in by_sentence.items():
        first = idx[0]
        d = drafts[first]
        if (first in part_of or d.item_tokens[:1] not in (["were"], ["was"]) or d.in_change
                or not BARE_OPENER.match(text[_opening(text, d.sentence) : d.hit.qualifier_start])
                or not BARE_VERB_AFTER.match(text, d.hit.end)):
            continue
        more = _elided_area_parts(text, drafts, idx, first, part_of)
        if not more:
            continue
        whole = _previous_figure(drafts, by_sentence, index, d, part_of)
        if whole is not None and drafts[whole].sentence.index == index - 1:
            add("subset", whole, [first, *more], "by area")


# "Here is how the week looked force by force.": the sections under it, one per area, break down the total
AREA_BY_AREA = lazy_compile(
    r"(?i)\b(?:(?P<a>force|area|region|division|district|county|borough)s?\s+by\s+(?P=a)|"
    r"(?:broken\s+down|breakdown)\s+by\s+(?:force|area|region|division|district|county|borough))\b"
)

BY_WORDS = ("by",)  # in every match of AREA_BY_AREA: a sentence without it is not searched (see ``prefilter``)


def _sections_by_area(text: str, drafts: list[Draft], sentences: list[Sentence], by_sentence: dict[int, list[int]],
                      add: Callable[[str, int | None, list[int], str], None]) -> None:
    """'Forces across our region made 545 arrests. ... Here is how the week looked force by force.' over
    headed sections ('AVON AND SOMERSET' / 'made 96 arrests', 'DORSET' / '28 arrests', ...): the first
    figure of the total's kind in each section is that area's part, and the parts add up to the total.
    The sections run on while each has such a figure; the total is the first of its kind in the story's
    body before the lead line."""
    for lead in sentences:
        if lead.kind == "heading" or not may_hold(text, lead.start, lead.end, BY_WORDS) \
                or not AREA_BY_AREA.search(text, lead.start, lead.end):
            continue
        totals = [i for s in sentences[: lead.index + 1] if s.kind != "heading" for i in by_sentence.get(s.index, [])]
        sections: list[list[int]] = []
        for s in sentences[lead.index + 1 :]:
            if s.kind == "heading":
                sections.append([])
            elif sections:
                sections[-1].extend(by_sentence.get(s.index, []))
            elif by_sentence.get(s.index):
                break  # figures between the lead line and the first section: not a sectioned breakdown
        seen: set[tuple[str, Unit]] = set()
        for whole in totals:
            d = drafts[whole]
            kind = (d.metric.value, d.hit.unit)
            if d.metric is Metric.OTHER or kind in seen or d.subgroup or d.in_change:
                continue
            seen.add(kind)
            parts: list[int] = []
            for figures in sections:
                own = [i for i in figures if (drafts[i].metric.value, drafts[i].hit.unit) == kind and not drafts[i].in_change]
                if not own:
                    break
                parts.append(own[0])
            if len(parts) >= 3:
                add("partition", whole, parts, "by area")
        return


# "The remaining 56 arrests were spread across ...": the rest of a count broken down just before
REMAINING_BEFORE = lazy_compile(r"(?i)\b(?:the|a\s+further|another)\s+(?:remaining|other)\s+$")


def _remainder_closes_breakdown(text: str, drafts: list[Draft], by_sentence: dict[int, list[int]], add: object,
                                part_of: set[int]) -> None:
    """'Tayside made 41 of the arrests, North East 37 and Highlands 29. The remaining 56 were spread
    across the other divisions': the figures listed before "the remaining" and the remainder add up to
    the count given before them."""
    assert callable(add)
    for r, d in enumerate(drafts):
        if d.hit.unit is not Unit.COUNT or d.metric is Metric.OTHER or r in part_of:
            continue
        if not REMAINING_BEFORE.search(text, max(d.sentence.start, d.hit.qualifier_start - 30), d.hit.qualifier_start):
            continue
        earlier = by_sentence.get(d.sentence.index - 1, []) + [i for i in by_sentence.get(d.sentence.index, []) if i < r]
        parts = [i for i in earlier if drafts[i].metric is d.metric and drafts[i].hit.unit is Unit.COUNT
                 and i not in part_of and drafts[i].sentence.paragraph == d.sentence.paragraph]
        if not parts:
            continue
        wholes = [i for i in range(parts[0] - 1, -1, -1) if drafts[i].metric is d.metric and drafts[i].hit.unit is Unit.COUNT
                  and drafts[i].sentence.index >= drafts[parts[0]].sentence.index - 8 and i not in part_of]
        whole = drafts[wholes[0]].hit.value.point if wholes else None
        if whole is not None and all((drafts[i].hit.value.point or 0) < whole for i in (*parts, r)):
            add("partition", wholes[0], [*parts, r], "the remaining")


_FORCE_NUMBER = r"(?P<n>two|three|four|five|six|seven|eight|nine|ten|both)"
_FORCES_NOUN = r"(?:[\w\"'“”‘’-]+\s+){0,4}?(?:police\s+)?(?:forces|taskforces|task\s+forces|(?:force\s+)?areas)\b"
# "Together these four forces accounted for 2,033", "The four dedicated taskforces – run by ... –
# accounted for 1,190", "Between them, the three North East forces closed 131": a total counted over
# forces the text names one by one in the sentences around it
FORCES_COUNTED_BEFORE = lazy_compile(rf"(?i)\b(?:(?:these|those|the|all)\s+)?{_FORCE_NUMBER}\s+{_FORCES_NOUN}[^.;:\d]{{0,140}}$")
FORCES_COUNTED_AFTER = lazy_compile(  # "33 people were arrested across both forces"
    rf"(?i)[^.;:\d]{{0,60}}?\b(?:across|between|by|in)\s+(?:the\s+|these\s+|those\s+)?{_FORCE_NUMBER}\s+{_FORCES_NOUN}")
FORCE_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def counted_forces(text: str, drafts: list[Draft], relations: list[RelationTuple]) -> None:
    """'The Met recorded 1,454 closures, West Midlands Police 402 and Merseyside Police 318. Greater
    Manchester Police recorded 266. Together these four forces accounted for 2,033': a total over a
    counted group of forces is the sum of one figure for each, named in the sentences around it (those
    after it in its own sentence first, then the nearest before, then the nearest after). Run once the
    figures have their areas, which is how the forces are told apart."""
    by_sentence: dict[int, list[int]] = {}
    for i, d in enumerate(drafts):
        by_sentence.setdefault(d.sentence.index, []).append(i)
    part_of = {p: whole for kind, whole, parts, _ in relations if whole is not None and kind != "share" for p in parts}
    for w, whole in enumerate(drafts):
        if whole.hit.unit not in (Unit.COUNT, Unit.GBP) or whole.hit.kind not in ("digits", "words") or whole.in_change:
            continue
        s = whole.sentence
        counted = (FORCES_COUNTED_BEFORE.search(text, s.start, whole.hit.qualifier_start)
                   or FORCES_COUNTED_AFTER.match(text, whole.hit.end, s.end))
        if counted is None:
            continue
        n = FORCE_COUNTS[counted["n"].lower()]

        def fits(j: int) -> bool:
            d = drafts[j]
            return (not counted.start() <= d.hit.start < counted.end() and d.hit.unit is whole.hit.unit and d.hit.kind in ("digits", "words") and not d.in_change
                    and not d.subgroup and (d.metric is whole.metric or d.metric is Metric.OTHER or whole.metric is Metric.OTHER)
                    and d.scope.level in (ScopeLevel.FORCE, ScopeLevel.PLACE) and not _part_of_area(drafts, part_of, j)
                    and (d.hit.value.point or 0) < (whole.hit.value.point or 0))

        same = [j for j in by_sentence.get(s.index, []) if j > w]
        before = [j for k in range(s.index, s.index - 5, -1) for j in reversed(by_sentence.get(k, [])) if j < w]
        after = [j for k in range(s.index + 1, s.index + 3) for j in by_sentence.get(k, [])]
        for order in (same + before, same + after):
            picked: list[int] = []
            for j in order:
                if len(picked) == n:
                    break
                if fits(j):
                    picked.append(j)
            names = {drafts[j].scope.name for j in picked}
            if len(picked) == n and len(names) == n:
                relations.append(("partition", w, sorted(picked), "forces"))
                counted_metrics = {drafts[j].metric for j in picked}
                if whole.metric is Metric.OTHER and len(counted_metrics) == 1:
                    # "Together, the three areas accounted for 1,200 lines": what each area's figure counted
                    whole.metric, whole.metric_source = counted_metrics.pop(), "inherited"
                break


def _part_of_area(drafts: list[Draft], part_of: dict[int, int], j: int) -> bool:
    """Whether a figure is already a part of one area's figure ("61 arrests, 13 of them in Sunderland",
    a region's breakdown by force): one force's share of the country's ("620 of the 1,880 lines
    closed") may still be counted in "the three areas accounted for 1,200"."""
    return j in part_of and drafts[part_of[j]].scope.level is not ScopeLevel.NATIONAL


# "1,203, 1,288, 1,172 and 1,249 arrests, a total of 4,912", "... and 9 lines, making 41 in all"
TOTAL_AFTER_LIST = lazy_compile(
    r"(?i)^(?:\s+[\w'’-]+){0,2}?\s*(?:,|\s[-–—])\s*(?:(?:a|making\s+a|giving\s+a|for\s+a)\s+(?:combined\s+)?total\s+of|"
    r"totall?ing|making|in\s+total|altogether)\s+$"
)
# "38 wraps of crack cocaine and 21 wraps of heroin - 59 wraps in total": the total said after its figure
TOTAL_GAP = lazy_compile(r"(?i)^(?:\s+[\w'’-]+){0,3}?\s*(?:,|\s[-–—(])\s*$")
TOTAL_WORDS_AFTER = lazy_compile(r"(?i)(?:\s+[a-z][\w'’-]*){0,2}?\s+(?:in\s+total|altogether|in\s+all)\b")
# the same after a sum of money, whose items say where each came from: "a further £150,000 from my own
# budget, making £630,000 in total", "the cocaine a value of £40,000, so in total around £250,000"
MONEY_TOTAL_AFTER_LIST = lazy_compile(
    r"(?i)^(?:\s+[\w'’-]+){0,4}?\s*,\s*(?:so\s+|which\s+makes\s+)?(?:(?:a|making\s+a|giving\s+a)\s+(?:combined\s+)?total\s+of|"
    r"totall?ing|making|in\s+total|altogether)\s+$"
)
# "..., bringing the total value of drugs recovered to £79,500", "taking the number safeguarded to 50": a
# running total, which may hold figures given before, so what this sentence adds only has to fit in it
BRINGING_TOTAL = lazy_compile(
    r"(?i),\s*(?:bringing|taking)\s+(?:the|its|their)\s+(?:[\w-]+['\u2019]s\s+)?(?:(?:overall|running|combined|cumulative)\s+)?"
    r"(?:total|number|tally|count|figure)\b"
    r"[^\d.;:]{0,80}?\bto\s+(?:a\s+total\s+of\s+)?$"
)
FURTHER_BEFORE = lazy_compile(r"(?i)\b(?:a\s+further|another)\s+$")


def _listed_then_totalled(text: str, drafts: list[Draft], by_sentence: dict[int, list[int]], add: object) -> None:
    """A list of figures followed in its own sentence by 'a total of' a figure: the list's parts add up to it."""
    assert callable(add)
    for idx in by_sentence.values():
        for n, t in enumerate(idx):
            if n >= 1 and BRINGING_TOTAL.search(text, max(drafts[t].sentence.start, drafts[t].hit.qualifier_start - 120),
                                                drafts[t].hit.qualifier_start):
                continue  # (see _running_totals)
            if n >= 2 and drafts[t].hit.unit is Unit.GBP and _money_total(text, drafts, idx, n, add):
                continue
            if n < 2 or drafts[t].hit.unit is not Unit.COUNT:
                continue
            last = drafts[idx[n - 1]]
            gap = text[last.hit.end : drafts[t].hit.qualifier_start]
            if not (TOTAL_AFTER_LIST.match(gap) or TOTAL_GAP.match(gap) and TOTAL_WORDS_AFTER.match(text, drafts[t].hit.end)):
                continue
            first = n - 1
            while first > 0 and _heads_list_of(drafts[idx[first - 1]], last) and LIST_JOIN.match(
                    text[drafts[idx[first - 1]].item_end : drafts[idx[first]].hit.qualifier_start]):
                first -= 1  # ("The three weekends produced 210, ...": the three is no part)
            parts = _continuation(text, drafts, idx, idx[first], drafts[t].hit.start)
            if len(parts) < 2:
                parts = _elided_list_before(text, drafts, idx[:n])
            if len(parts) >= 2 and parts[-1] == idx[n - 1] and all(_same_family(drafts[p], drafts[t]) for p in parts):
                add("partition", t, parts, "a total of")


def _heads_list_of(d: Draft, last: Draft) -> bool:
    """Whether ``d`` may be an earlier item of the list ``last`` ends: the same metric, or the list's first
    item naming what the rest, bare, count ("South Wales Police identified 168 children, Gwent Police 97")."""
    return d.metric is last.metric or (last.metric is Metric.OTHER and not last.item_tokens and bool(d.item_tokens))


def _running_totals(text: str, drafts: list[Draft], by_sentence: dict[int, list[int]], relations: list[RelationTuple]) -> None:
    """'Officers seized cannabis worth £61,000 and cocaine worth £18,500, bringing the total value of drugs
    recovered to £79,500', 'A further 34 adults and 16 children were referred, bringing the number safeguarded
    to 50': the sentence's figures of the total's kind are among the running total (which may hold more).
    The figures may split another whole as well (men and women), so they are tied here, not through ``add``."""
    for idx in by_sentence.values():
        for n, i in enumerate(idx):
            t = drafts[i]
            if n == 0 or t.hit.unit not in (Unit.COUNT, Unit.GBP) or not BRINGING_TOTAL.search(
                    text, max(t.sentence.start, t.hit.qualifier_start - 120), t.hit.qualifier_start):
                continue
            parts = [j for j in idx[:n] if drafts[j].hit.unit is t.hit.unit and _same_kind(drafts[j], t)
                     and not drafts[j].in_change and drafts[j].hit.kind != "rate"]
            if parts:
                relations.append(("subset", i, parts, "bringing the total"))
            before = _previous_running_total(text, drafts, i, parts[0] if len(parts) == 1 else None)
            if len(parts) == 1 and before is not None:  # "Three arrests today, taking the total to 18" after "... to 15"
                relations.append(("partition", i, [before, parts[0]], "running total"))


def _previous_running_total(text: str, drafts: list[Draft], i: int, added: int | None = None) -> int | None:
    """The running total the text gave last before figure ``i`` ("bringing the total to nine" before "a further
    six, bringing the total to 15"), of its kind: the one a further figure is added to (None when the
    figure of its kind just before is no running total). Before the first total, the first period's own
    count is what the next period's figure ``added`` is added to ("March saw 21 arrests. April added 17,
    bringing the running total to 38")."""
    t = drafts[i]
    first_total = True
    for j in _back_from(i):
        e = drafts[j]
        if e.sentence.index == t.sentence.index or e.hit.unit is not t.hit.unit or not _same_kind(e, t):
            continue
        if BRINGING_TOTAL.search(text, max(e.sentence.start, e.hit.qualifier_start - 120), e.hit.qualifier_start):
            return j
        if (first_total and added is not None and e.metric is Metric.OTHER and j > 0
                and drafts[j - 1].sentence.index == e.sentence.index and drafts[j - 1].metric is not Metric.OTHER):
            continue  # ("with 21 arrests in the first three and a half weeks": the span, not the count)
        if first_total and added is not None and t.metric in (e.metric, Metric.OTHER) and drafts[added].metric in (
                e.metric, Metric.OTHER) and _periods_in_turn(e, drafts[added]) and not any(
                BRINGING_TOTAL.search(text, max(d.sentence.start, d.hit.qualifier_start - 120), d.hit.qualifier_start)
                for d in drafts[:j] if d.hit.unit is t.hit.unit and _same_kind(d, t)):
            return j  # the first period's count, with no total before it
        if not FURTHER_BEFORE.search(text, max(0, e.hit.qualifier_start - 15), e.hit.qualifier_start):
            return None  # a figure of its kind between: the last total is not what was added to
        first_total = False
    return None


def _periods_in_turn(first: Draft, then: Draft) -> bool:
    """Two counts of different named periods (months, seasons, days or phases), the first before the
    other: the one a tally starts from and the one it adds."""
    return (first.period is not None and then.period is not None and first.period != then.period
            and first.year == then.year and not first.in_change)


def _money_total(text: str, drafts: list[Draft], idx: list[int], n: int, add: Callable[[str, int | None, list[int], str], None]) -> bool:
    """'received £480,000 from the Home Office, and I have added a further £150,000 from my own budget, making
    £630,000 in total': sums listed with what each is, or one added with "a further", then their total."""
    t, last = idx[n], idx[n - 1]
    if not MONEY_TOTAL_AFTER_LIST.match(text[drafts[last].hit.end : drafts[t].hit.qualifier_start]):
        return False
    parts = _elided_list_before(text, drafts, idx[:n])
    if len(parts) < 2 and FURTHER_BEFORE.search(text, max(0, drafts[last].hit.qualifier_start - 15), drafts[last].hit.qualifier_start):
        parts = [idx[n - 2], last]  # "£480,000 ..., and I have added a further £150,000"
    if len(parts) >= 2 and all(drafts[p].hit.unit is Unit.GBP and not drafts[p].in_change for p in parts):
        add("partition", t, parts, "a total of")
        return True
    return False


# ", the one at Burton 158", " and the Tamworth bin 117": an item of an elided list names its own
# subject in a few words, with no verb or clause break of its own
ELIDED_ITEM_GAP = lazy_compile(
    r"(?i)^(?:\s+[\w'’-]+){0,2}?\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?!(?:while|but|whereas|which|who)\b)"
    r"(?:[\w'’-]+\s+){1,7}$"
)


def _elided_list_before(text: str, drafts: list[Draft], before: list[int]) -> list[int]:
    """'The bin in Hanley held 241 items, the one at Burton 158, the Tamworth bin 117 and the bin in
    Stafford 102 - a total of 612': figures whose items leave out the verb and the noun, each after
    a comma or 'and', read back from the one a total follows."""
    parts = [before[-1]]
    for j in reversed(before[:-1]):
        d, nxt = drafts[j], drafts[parts[0]]
        if (d.hit.unit is not nxt.hit.unit or d.in_change or nxt.in_change
                or not ELIDED_ITEM_GAP.match(text[d.hit.end : nxt.hit.qualifier_start])):
            break
        parts.insert(0, j)
    return parts


# (a Markdown table pasted as text may bold it: "**Total**")
TOTAL_ROW = lazy_compile(r"(?i)\s*[*_]{0,2}(?:(?:grand|overall|regional|region|force|combined)\s+)?(?:total|totals|all\s+forces|overall)\b")


def _table_totals(text: str, drafts: list[Draft], sentences: list[Sentence], relations: list[RelationTuple]) -> None:
    """A table's "Total" row: each of its figures is what the column's figures above it add up to; a
    "Total" column ("North Kent  East Kent  West Kent  Force total"): each row's last figure is what the
    row's other figures add up to."""
    columns: dict[tuple[int, int], list[int]] = {}  # (table, column) -> figures, top to bottom
    totals: set[int] = set()
    headers = table_headers(text, sentences)
    for s in sentences:
        if s.kind != "row" or s.table is None:
            continue
        row = cells(text, s)
        in_row: dict[int, int] = {}  # figure -> its cell
        for i in range(bisect.bisect_left(drafts, s.start, key=lambda d: d.hit.start), len(drafts)):
            if drafts[i].hit.start >= s.end:
                break
            column = next((k for k, (a, b) in enumerate(row) if a <= drafts[i].hit.start < b), None)
            # ("Kent - arrests 41 | cash £36,900": a first cell may hold its label and then its figure)
            if column is not None and (column > 0 or drafts[i].hit.qualifier_start > row[0][0]):
                columns.setdefault((s.table, column), []).append(i)
                in_row[i] = column
                if TOTAL_ROW.match(text, row[0][0], row[0][1]):
                    totals.add(i)
        header = headers.get(s.table)
        last = [i for i, k in in_row.items() if k == len(row) - 1]
        if header is not None and header is not s and len(last) == 1 and len(in_row) >= 3:
            top = cells(text, header)
            if top and TOTAL_ROW.fullmatch(text, top[-1][0], top[-1][1]):
                parts = [i for i in in_row if i != last[0] and drafts[i].hit.unit is drafts[last[0]].hit.unit]
                if len(parts) == len(in_row) - 1:
                    relations.append(("partition", last[0], parts, "table"))
    for figures in columns.values():
        for whole in (i for i in figures if i in totals):
            parts = [i for i in figures if i < whole and i not in totals and drafts[i].hit.unit is drafts[whole].hit.unit]
            if len(parts) >= 2:
                relations.append(("partition", whole, parts, "table"))


# "Vulnerable people safeguarded: 143" then "Of which children: 61"; a table row "of which run from London"
SUB_ROW = lazy_compile(r"(?i)[ \t]*(?:of\s+(?:which|whom)|including|incl?\.)\b")


def _sub_rows(text: str, drafts: list[Draft], sentences: list[Sentence], by_sentence: dict[int, list[int]], add: object) -> None:
    """A line or table row opening "of which" or "including" under a line or row of figures: each of
    its figures is a part of the figure in the same place on the line above."""
    assert callable(add)
    for s in sentences:
        idx, above = by_sentence.get(s.index, []), by_sentence.get(s.index - 1, [])
        if (not idx or len(idx) != len(above) or s.kind == "text" and "\n" not in text[max(0, s.start - 1) : s.start + 1]
                or not SUB_ROW.match(text, s.start, s.end) or drafts[above[0]].sentence.paragraph < s.paragraph - 2):
            continue
        if all(drafts[a].hit.unit is drafts[i].hit.unit for a, i in zip(above, idx)):
            for a, i in zip(above, idx):
                add("subset", a, [i], "of which")


# "Weapons recovered: 15 (14 knives, one firearm)": the items in brackets right after a figure are among it
BRACKET_OPEN = lazy_compile(r"\s*\(\s*")
# "312 (Essex 98, Suffolk 64, ...)": each figure in the brackets led by the area it is for
BRACKET_OPEN_AREA = lazy_compile(r"\s*\(\s*(?:[A-Z][\w'’-]*\s+){1,3}")
AREA_LABEL_BEFORE = lazy_compile(r"[(,]\s*(?:and\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}\s+$")
TOTAL_WORD = lazy_compile(r"(?i)\btotal\b")
BRACKET_CLOSE = lazy_compile(r"(?:\s+[a-z-]+){0,3}\s*\)")


def _bracketed_items(text: str, drafts: list[Draft], by_sentence: dict[int, list[int]], add: object, part_of: set[int]) -> None:
    """A figure followed at once by a bracketed list of two or more figures of its kind: they are among it."""
    assert callable(add)
    for idx in by_sentence.values():
        for n, w in enumerate(idx[:-2]):
            whole, first = drafts[w], drafts[idx[n + 1]]
            if whole.hit.unit is not Unit.COUNT or whole.in_change or w in part_of or idx[n + 1] in part_of:
                continue
            by_area = BRACKET_OPEN_AREA.fullmatch(text, whole.item_end, first.hit.qualifier_start)
            if not by_area and not BRACKET_OPEN.fullmatch(text, whole.item_end, first.hit.qualifier_start):
                continue
            close = text.find(")", first.hit.end, whole.sentence.end)
            parts = _continuation(text, drafts, idx, idx[n + 1], close) if close != -1 else []
            if (len(parts) >= 2 and all(drafts[p].hit.unit is Unit.COUNT and not drafts[p].in_change for p in parts)
                    and BRACKET_CLOSE.fullmatch(text, drafts[parts[-1]].hit.end, close + 1)):
                # "Regional arrest total: 312 (Essex 98, Suffolk 64, ...)": a total's areas, each named, are all of it
                areas = by_area and all(AREA_LABEL_BEFORE.search(text, drafts[p].hit.start - 40, drafts[p].hit.qualifier_start)
                                        for p in parts)
                total = areas and TOTAL_WORD.search(text, whole.sentence.start, whole.hit.qualifier_start)
                add("partition" if total else "subset", w, parts, "bracketed")


# "Avon and Somerset Police - 180" ... "South West total - 309", "Watford      24" ... "Total      48":
# a list set out one labelled figure to a line, outside a table, closed by its total's line
LABELLED_LINE = lazy_compile(r"[ \t]*(?P<label>[^\d|\n]{2,60}?)(?:\s*[-–—:]\s*|[ \t]{2,})£?\d[\d,.]*[ \t]*")
TOTAL_LABEL = lazy_compile(r"(?i)(?:[\w'’&]+\s+){0,3}?totals?|all\s+forces|overall")


def _total_lines(text: str, drafts: list[Draft], sentences: list[Sentence], by_sentence: dict[int, list[int]],
                 relations: list[RelationTuple]) -> None:
    """Lines of one labelled figure each, then a line whose label is a total: the lines add up to it."""
    run: list[int] = []
    for s in sentences:
        idx = by_sentence.get(s.index, [])
        line = LABELLED_LINE.fullmatch(text, s.start, s.end) if len(idx) == 1 and s.kind != "row" else None
        if line is None or "\n" in text[s.start : s.end]:
            run = []
            continue
        if run and drafts[run[-1]].sentence.index != s.index - 1:
            run = []
        if TOTAL_LABEL.fullmatch(line["label"].strip()):
            parts = [i for i in run if drafts[i].hit.unit is drafts[idx[0]].hit.unit]
            if len(parts) >= 2 and len(parts) == len(run):
                relations.append(("partition", idx[0], parts, "table"))
            run = []
            continue
        run.append(idx[0])


def _headline_defendants(text: str, drafts: list[Draft], sentences: list[Sentence],
                         relations: list[RelationTuple]) -> None:
    """'Three jailed over drugs line' above 'Three men who ran the line have been jailed': the
    headline counts the defendants the story's lead counts, so the two must agree."""
    for after, said in ((JAILED_AFTER, SENTENCED), (CHARGED_AFTER, CHARGED_WORDS)):
        heads = [i for i, d in enumerate(drafts) if d.sentence.kind == "heading" and d.hit.unit is Unit.COUNT
                 and after.match(text, d.hit.end)]
        if not heads:
            continue
        body = [s for s in sentences if s.kind != "heading" and s.start > drafts[heads[0]].hit.end][:3]
        for s in body:
            if not said.search(text, s.start, s.end):
                continue
            counts = [i for i, d in enumerate(drafts) if d.sentence.index == s.index and d.hit.unit is Unit.COUNT]
            # "Forty-three people have now been charged and 31 convicted" under "43 charged and 31 convicted":
            # the figure with the headline's own verb, else the first that counts defendants
            lead = next((i for i in counts if after.match(text, drafts[i].hit.end)), None)
            if lead is None:
                lead = next((i for i in counts if DEFENDANTS_AFTER.match(text, drafts[i].hit.end)), None)
            if lead is not None:
                # "Five jailed" over "Four men and a woman ... jailed": the lead's count is a part of the headline's
                kind = "subset" if MIXED_GROUP.match(text, drafts[lead].hit.start) else "same"
                relations.append((kind, heads[0], [lead], "headline"))
                return


# "Four had admitted conspiracy and two were convicted after a trial", "Six of the defendants pleaded
# guilty ... The other two were convicted by a jury": how the people of a case came to be sentenced
PLEA_AFTER = lazy_compile(
    r"(?i)\s+(?:of\s+(?:the|them|those)\s+(?:(?:defendants|men|women)\s+)?)?(?:had\s+|have\s+)?"
    r"(?:admitted|pleaded\s+guilty|(?:were|was)\s+(?:convicted|found\s+guilty))\b")
# "Two other men admitted ...", "a further three pleaded guilty": people outside the group counted
OUTSIDE_GROUP_BEFORE = lazy_compile(r"(?i)\b(?:further|another|more|(?<!the\s)other)\s+$")
PLEA_REACH = 3  # sentences after the count of a case's people its pleas are told in


def _pleas_of_the_case(text: str, drafts: list[Draft], add: Callable[[str, int | None, list[int], str], None],
                       part_of: set[int]) -> None:
    """'Five defendants were sentenced ... Four had admitted conspiracy and two were convicted after a
    trial': those who pleaded guilty and those a jury convicted are among the case's people counted
    just before, so together they cannot be more."""
    for w, whole in enumerate(drafts):
        if (whole.hit.unit is not Unit.COUNT or whole.metric is not Metric.OTHER or w in part_of
                or not DEFENDANTS_AFTER.match(text, whole.hit.end) or PLEA_AFTER.match(text, whole.hit.end)):
            continue
        parts = []
        for j in range(w + 1, len(drafts)):
            d = drafts[j]
            if d.sentence.index > whole.sentence.index + PLEA_REACH:
                break
            if DEFENDANTS_AFTER.match(text, d.hit.end) and not PLEA_AFTER.match(text, d.hit.end):
                break  # another count of people: a group of its own
            if (d.hit.unit is Unit.COUNT and PLEA_AFTER.match(text, d.hit.end)
                    and not OUTSIDE_GROUP_BEFORE.search(text, max(0, d.hit.start - 12), d.hit.start)):
                parts.append(j)
        if parts:
            add("subset", w, parts, "pleas")


def _all_of_them(text: str, drafts: list[Draft], relations: list[RelationTuple]) -> None:
    """'Nine of those arrested were under 18, and all nine have been referred': "all N" with no noun of
    its own counts again the figure just given, so the two must agree."""
    for i, d in enumerate(drafts):
        if i == 0 or not ALL_BEFORE.search(text, max(0, d.hit.qualifier_start - 20), d.hit.qualifier_start):
            continue
        if d.item_tokens[:1] and d.item_tokens[0] not in VERB_AFTER_ALL:
            continue  # "all 38 people charged" names what it counts: not a back-reference
        near = [j for j in range(i - 1, -1, -1) if drafts[j].sentence.index >= d.sentence.index - 1
                and _same_family(drafts[j], d) and not drafts[j].in_change]
        if not near:
            continue
        equal = [j for j in near if drafts[j].hit.value.point == d.hit.value.point]
        relations.append(("same", (equal or near)[0], [i], "all"))  # "Three boys, two aged 15 ... All three"


def _bullets_included(text: str, drafts: list[Draft], sentences: list[Sentence], by_sentence: dict[int, list[int]],
                      add: Callable[[str, int | None, list[int], str], None]) -> None:
    """A bulleted list under a figure: 'seized 20 weapons, including:' (the bullets are among the 20), or
    'safeguarded 40 people:' over bullets that are all subgroups (a breakdown of the 40)."""
    bullets: dict[int, list[int]] = {}
    for s in sentences:
        if s.kind == "bullet" and s.list_id is not None:
            bullets.setdefault(s.list_id, []).extend(by_sentence.get(s.index, []))
    for s in sentences:
        figures = by_sentence.get(s.index, [])
        if s.kind == "bullet" or s.list_id is None or not figures:
            continue
        whole = figures[-1]
        listed = bullets.get(s.list_id, [])
        if not text[s.start : s.end].rstrip().endswith(":") or BREAKDOWN_LEAD.search(text, s.start, s.end):
            continue  # (a breakdown's lead: see _breakdown_leads)
        if INCLUDING_LEAD.search(text, s.start, s.end):
            parts = [i for i in listed if _same_family(drafts[i], drafts[whole])]
            if parts:
                add("subset", whole, parts, "including")
        elif len(listed) >= 2 and all(drafts[i].subgroup and _same_family(drafts[i], drafts[whole]) for i in listed):
            add("partition", whole, listed, "breakdown")  # "safeguarded 40 people:" then "- 22 adults", "- 20 children"


def _breakdown_leads(text: str, drafts: list[Draft], sentences: list[Sentence], by_sentence: dict[int, list[int]],
                     add: Callable[[str, int | None, list[int], str], None]) -> None:
    """'How the £1.2m breaks down' over '- Team: £450,000', '- Grants: £150,000': the line right above a
    list, with one figure and a word of splitting it, is the whole its bullets add up to."""
    bullets: dict[int, list[int]] = {}
    first: dict[int, Sentence] = {}
    items: dict[int, list[list[int]]] = {}
    for s in sentences:
        if s.kind == "bullet" and s.list_id is not None:
            bullets.setdefault(s.list_id, []).extend(by_sentence.get(s.index, []))
            items.setdefault(s.list_id, []).append(by_sentence.get(s.index, []))
            first.setdefault(s.list_id, s)
    for list_id, head in first.items():
        lead = sentences[head.index - 1] if head.index > 0 else None
        figures = by_sentence.get(lead.index, []) if lead is not None else []
        if lead is not None and not figures and lead.index > 0 and text[lead.start : lead.end].rstrip().endswith(":"):
            # "... a confiscation order for £146,212." then "The amount is made up of:": the whole is the last
            # figure of the sentence before a lead that has none of its own
            before = by_sentence.get(lead.index - 1, [])
            figures = before[-1:]
        if lead is None or len(figures) != 1 or not BREAKDOWN_LEAD.search(text, lead.start, lead.end):
            continue
        listed = bullets[list_id]
        unit = drafts[figures[0]].hit.unit
        if len(listed) >= 2 and all(drafts[i].hit.unit is unit for i in listed):
            add("partition", figures[0], listed, "breakdown")
            continue
        # "- a BMW 4 Series car, valued at £21,000": each bullet holds one part in the whole's unit among other numbers
        each = [[i for i in item if drafts[i].hit.unit is unit] for item in items[list_id]]
        if len(each) >= 2 and unit is not Unit.COUNT and all(len(own) == 1 for own in each):
            add("partition", figures[0], [own[0] for own in each], "breakdown")


def _headline_total(drafts: list[Draft], totals: list[int], relations: list[RelationTuple]) -> None:
    """'Five men jailed for a combined 38 years' above 'jailed for a total of 38 years': the headline
    restates the story's total, so the two must agree (a rounded headline, "41 years" over "41 years and
    three months", is within a year of it and left alone)."""
    heads = [i for i in totals if drafts[i].sentence.kind == "heading" and drafts[i].hit.qualifier is Qualifier.EXACT]
    body = [i for i in totals if drafts[i].sentence.kind != "heading" and drafts[i].hit.qualifier is Qualifier.EXACT]
    if len(heads) != 1 or not body:
        return
    head, lead = drafts[heads[0]], drafts[body[0]]
    gap = (head.hit.value.point or Decimal(0)) - (lead.hit.value.point or Decimal(0))
    if head.hit.unit is lead.hit.unit and abs(gap) >= 1:
        relations.append(("same", heads[0], [body[0]], "headline"))


def _combined_sentences(text: str, drafts: list[Draft], relations: list[RelationTuple]) -> None:
    """'jailed for a combined 13 years': the total of the prison terms the article lists."""
    def combined(d: Draft) -> bool:
        return d.metric.value == "sentences_years" and bool(
            COMBINED.search(text, max(0, d.hit.qualifier_start - 30), d.hit.qualifier_start))

    terms = [j for j, p in enumerate(drafts) if p.metric.value == "sentences_years"]
    totals = [i for i in terms if combined(drafts[i])]
    _headline_total(drafts, totals, relations)
    # the body's total before a headline's rounded one ("41 years" above "41 years and three months")
    for i in sorted(totals, key=lambda i: drafts[i].sentence.kind == "heading"):
        d = drafts[i]
        if any(kind == "partition" and whole == i for kind, whole, _, _ in relations):
            continue  # "a total of 19 years: five, six and eight years": the terms it is spelt out as, no others
        total = d.hit.value.point or 0
        # the other terms, less restatements of the total ("more than 41 years behind bars")
        nearby = terms[bisect.bisect_left(terms, i - LOOK_BACK) : bisect.bisect_right(terms, i + LOOK_BACK)]
        parts = [j for j in nearby if j != i and not combined(drafts[j])
                 and _in_years(drafts[j]) < total * Decimal("0.9")]  # 41 beside 41.25 restates it
        units = {d.hit.unit, Unit.MONTHS} if d.hit.unit is Unit.YEARS else {d.hit.unit}  # '18 months' among years
        # a term in months is a sentence only as printed: "for more than 18 months" is how long a line ran
        parts = [j for j in parts if drafts[j].hit.unit is not Unit.MONTHS or drafts[j].hit.qualifier is Qualifier.EXACT]
        # "the other five were jailed for between three and seven years each": a range covers an
        # unknown number of terms, so it sums only through the terms it is spelt out as after it
        ranges = [j for j in parts if drafts[j].hit.kind == "range"]
        parts = [j for j in parts if j not in ranges]
        if any(not _spelt_out(drafts[j], [drafts[k] for k in parts if k > j]) for j in ranges):
            continue
        # "12 months, suspended for two years": a suspended sentence is no time inside, and neither
        # is how long it is suspended for
        parts = [j for j in parts if not _suspended(text, drafts[j])]
        # "Hewitt and Pardoe were each jailed for five years": a term given to each of several counts
        # once for each of them; where the text does not say how many, the total cannot be checked
        shared = [(j, _each_of(text, drafts, parts, j)) for j in parts]
        if any(n is not None and n < 2 for _, n in shared):
            continue
        parts = [j for j, n in shared for _ in range(n or 1)]
        # "The ringleader received 10 years. The remaining six received terms totalling 28 years": a
        # group's own total, told after the whole's, stands for that many of its terms
        groups = {j: _people_before(text, drafts[j]) for j in nearby if j > i and combined(drafts[j])
                  and drafts[j].sentence.index != d.sentence.index and _in_years(drafts[j]) < total * Decimal("0.9")}
        groups = {j: n for j, n in groups.items() if n >= 2}
        if groups and len(parts) + sum(groups.values()) == _defendants(drafts, d):
            relations.append(("partition", i, sorted([*parts, *groups]), "combined"))
            return
        if len(parts) < _defendants(drafts, d):
            # "Fifteen members were jailed for a total of 74 years" and three terms named: some of them,
            # each (and all together) within the total
            longer = [j for j in nearby if j != i and not combined(drafts[j]) and drafts[j].hit.unit in units
                      and drafts[j].hit.kind != "range" and _in_years(drafts[j]) > total * Decimal("1.1")]
            if parts and all(drafts[j].hit.unit in units for j in parts):  # ("90 months" among years too)
                relations.append(("subset", i, sorted(parts + longer), "combined"))
                return
            continue
        if len(parts) >= 2 and all(drafts[j].hit.unit in units for j in parts):
            # a headline stating the very same total is where a reader meets it first (and the body restates it)
            first = min((k for k in totals if drafts[k].hit.value == d.hit.value and drafts[k].hit.unit is d.hit.unit),
                        default=i)
            relations.append(("partition", first, parts, "combined"))
            if first != i:
                relations.append(("same", first, [i], "headline"))
            return  # one total is enough: the headline and the body state the same one


def _defendants(drafts: list[Draft], total: Draft) -> int:
    """How many people the sentence giving a combined term says were jailed ("Fifteen members of
    the gang were jailed for a total of 74 years"): the count before the total, else none."""
    counts = [p.hit.value.point for p in drafts if p.sentence.index == total.sentence.index
              and p.hit.unit is Unit.COUNT and p.hit.start < total.hit.start and p.hit.value.point is not None]
    return int(counts[-1]) if counts else 0


SUSPENDED_AFTER = lazy_compile(
    r"(?i)(?:\s+(?:prison\s+|jail\s+|custodial\s+)?(?:sentence|term))?"  # "a 12-month prison sentence suspended for"
    r"\s*,?\s*(?:\(\s*)?(?:which\s+was\s+|was\s+)?suspended\b")
SUSPENDED_BEFORE = lazy_compile(r"(?i)\bsuspended\s+(?:(?:prison\s+|jail\s+)?sentence\s+of\s+|for\s+)(?:a\s+period\s+of\s+)?$")
EACH_AFTER = lazy_compile(r"(?i)\s+each\b")
EACH_BEFORE = lazy_compile(
    r"(?i)\beach\s+(?:been\s+)?(?:jailed|sentenced|imprisoned|given|received|handed|got)\s+(?:down\s+)?(?:for\s+|to\s+)?(?:a\s+)?$")
# "Marcus Hewitt, 31, and Lewis Pardoe, 24, were each ...": the people a shared term is given to
FULL_NAME = lazy_compile(r"\b(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][\w'’-]+))+")
COUNTED_PEOPLE = lazy_compile(
    r"(?i)\b(?:the\s+(?:other\s+|remaining\s+)?(?=(?:two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b)|(?=both\b)|"
    r"(?=\w+\s+(?:of\s+them\b|(?:\w+\s+)?(?:men|women|brothers|sisters|defendants|others|teenagers|people|members|"
    r"dealers|couriers|runners)\b)))(?P<n>both|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\b")
PEOPLE_COUNTS = {"both": 2, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10}


def _suspended(text: str, d: Draft) -> bool:
    """'12 months, suspended for two years', 'a suspended sentence of 18 months': no time served."""
    return bool(SUSPENDED_AFTER.match(text, d.hit.end, min(len(text), d.hit.end + 40))
                or SUSPENDED_BEFORE.search(text, max(0, d.hit.qualifier_start - 50), d.hit.qualifier_start))


def _each_of(text: str, drafts: list[Draft], terms: list[int], j: int) -> int | None:
    """How many people a term 'each' was given to, read in its clause since the term before it
    ('A and B were each jailed for five years': 2); None for a term given to one; 0 where unknown."""
    d = drafts[j]
    if not (EACH_AFTER.match(text, d.hit.end) or EACH_BEFORE.search(text, max(0, d.hit.qualifier_start - 50), d.hit.qualifier_start)):
        return None
    start = max([d.sentence.start, *(drafts[k].hit.end for k in terms
                                     if k < j and drafts[k].sentence.index == d.sentence.index)])
    clause = text[start:d.hit.qualifier_start]
    counted = COUNTED_PEOPLE.search(clause)
    if counted is not None:
        n = counted.group("n").lower()
        return int(n) if n.isdigit() else PEOPLE_COUNTS[n]
    return len(FULL_NAME.findall(clause))


def _people_before(text: str, d: Draft) -> int:
    """How many people its sentence says a term was given to, before it ("The remaining six received
    terms totalling 28 years": 6); 0 where it names none."""
    counted = COUNTED_PEOPLE.search(text, d.sentence.start, d.hit.qualifier_start)
    if counted is None:
        return 0
    n = counted.group("n").lower()
    return int(n) if n.isdigit() else PEOPLE_COUNTS[n]


def _in_years(d: Draft) -> Decimal:
    """A prison term in years ('18 months' is 1.5), to weigh it against a total in years."""
    point = d.hit.value.point or Decimal(0)
    return point / 12 if d.hit.unit is Unit.MONTHS else point


def _spelt_out(span: Draft, after: list[Draft]) -> bool:
    """Whether terms inside a range's bounds follow it ('... seven years each (seven, four and three
    years respectively)')."""
    low, high = span.hit.value.low, span.hit.value.high
    inside = [d for d in after if d.hit.value.point is not None and low is not None and high is not None
              and low <= d.hit.value.point <= high]
    return len(inside) >= 2


# a period as extract writes it: "the two weeks", "across both operations"; and one labelled week
SEVERAL_PERIODS = lazy_compile(r"(?:across|over|in|the|both)\s+(?:the\s+|both\s+|all\s+)?(?:(?P<n>two|three|four)\s+)?"
                               r"(?:of\s+the\s+)?(?:weeks|operations|periods|phases)")
LABELLED_PERIOD = lazy_compile(r"the\s+[a-z]+\s+(?:week|operation|intensification|phase|round|campaign)"
                               r"|stage:\s(?:phase|stage|day|week)\s+[a-z\d]+")  # "stage: phase two", a stretch's label
PERIOD_COUNTS = {"two": 2, "three": 3, "four": 4}
OF_THOSE_AFTER = lazy_compile(r"(?i)\s+of\s+(?:those|them|these)\b")  # "two-thirds of those": the group just named
PART_OF_AFTER = lazy_compile(r"(?i)\s+of\s+(?:the|these|those|them)\b")
BASE_OF_BEFORE = lazy_compile(r"(?i)\bof\s+(?:the\s+)?$")


def _totals_of_labelled_periods(text: str, drafts: list[Draft], relations: list[RelationTuple]) -> None:
    """'Autumn week: 64 arrests. ... Spring week: 71 arrests. ... Together, the two weeks accounted for
    135 arrests': a figure for several periods is the sum of the one figure of its metric each
    labelled period gave (when each gave exactly one, and there are as many as it says)."""
    for i, d in enumerate(drafts):
        several = SEVERAL_PERIODS.fullmatch(d.period) if d.period else None
        if several is None or d.in_change or d.metric is Metric.OTHER or BASE_OF_BEFORE.search(
                text, max(0, d.hit.qualifier_start - 10), d.hit.qualifier_start):
            continue  # "31 of the 97 lines closed": the 97 is the year's, a base, not the weeks' total
        if PART_OF_AFTER.match(text, d.hit.end):
            continue  # ... and the 31 is a part of it, whose metric is the base's
        by_period: dict[str, list[int]] = {}
        for j in range(i):
            e = drafts[j]
            if (e.period and LABELLED_PERIOD.fullmatch(e.period) and e.metric is d.metric
                    and e.hit.unit is d.hit.unit and not e.in_change):
                by_period.setdefault(e.period, []).append(j)
        stated = PERIOD_COUNTS.get(several["n"] or "")
        if len(by_period) >= 2 and stated in (None, len(by_period)) and all(len(v) == 1 for v in by_period.values()):
            relations.append(("partition", i, [v[0] for v in by_period.values()], "periods"))


def _changes(text: str, drafts: list[Draft], by_sentence: dict[int, list[int]], relations: list[RelationTuple]) -> None:
    """'more than doubled, rising from 676 to 1,421' and 'from 2,118 to 3,137, a rise of 48%'."""
    for idx in by_sentence.values():
        ends = [i for i in idx if drafts[i].in_change and drafts[i].hit.unit is not Unit.PERCENT]
        if len(ends) == 2 and (drafts[ends[0]].hit.unit is not drafts[ends[1]].hit.unit
                               or not regex.search(r"\bto\s+$", text[drafts[ends[0]].hit.end : drafts[ends[1]].hit.qualifier_start])):
            continue
        rates = [
            i for i in idx
            if drafts[i].hit.kind == "ratio"
            or drafts[i].hit.unit is Unit.PERCENT and CHANGE_RATE.search(text, max(0, drafts[i].hit.qualifier_start - 50), drafts[i].hit.qualifier_start)
        ]
        # "Lines closed rose by 53 per cent, and arrests rose from 58 to 71": a rate before a change of
        # its own verb is the rate of another change
        rates = [i for i in rates if not (ends and i < ends[0] and CHANGE_VERB.search(
            text, drafts[i].hit.end, drafts[ends[0]].hit.qualifier_start))]
        if len(ends) == 2 and len(rates) == 1:
            relations.append(("change", None, [ends[0], _chain_end(text, drafts, idx, ends[1]), rates[0]], "change"))
            continue
        # "72 lines, up from 48, an increase of 50 per cent", "118, up from 97 (a 22 per cent rise)":
        # now, the base it rose from, then the rate
        for k in range(len(idx) - 2):
            now, base, rate = (drafts[j] for j in idx[k : k + 3])
            if (rate.hit.unit is Unit.PERCENT and now.hit.unit is base.hit.unit is not Unit.PERCENT
                    and base.in_change and UP_FROM_BETWEEN.fullmatch(text, now.hit.end, base.hit.qualifier_start)
                    and (CHANGE_RATE.search(text, max(base.hit.end, rate.hit.qualifier_start - 50), rate.hit.qualifier_start)
                         or RATE_WORD_AFTER.match(text, rate.hit.end))):
                relations.append(("change", None, [idx[k + 1], idx[k], idx[k + 2]], "change"))
        # "2,110 people safeguarded (2,480), down 8 per cent": now, last time's figure in brackets, the rate
        for k in range(len(idx) - 2):
            now, base, rate = (drafts[j] for j in idx[k : k + 3])
            if (rate.hit.unit is Unit.PERCENT and now.hit.unit is base.hit.unit is not Unit.PERCENT
                    and BRACKETED_BASE_OPEN.match(text, now.hit.end, base.hit.qualifier_start)
                    and BRACKETED_BASE_RATE.fullmatch(text, base.hit.end, rate.hit.qualifier_start)):
                relations.append(("change", None, [idx[k + 1], idx[k], idx[k + 2]], "change"))
        # "56 people, a third more than the 39 arrested": now, rate, then the figure compared with
        for k in range(len(idx) - 2):
            now, rate, base = (drafts[j] for j in idx[k : k + 3])
            between = text[rate.hit.end : base.hit.qualifier_start]
            lead = text[now.hit.end : rate.hit.qualifier_start]
            if rate.hit.unit is Unit.PERCENT and now.hit.unit is base.hit.unit and (
                COMPARED_WITH.match(between) or CHANGE_LEAD.search(lead) and COMPARED_BASE.match(between)
            ):
                relations.append(("change", None, [idx[k + 2], idx[k], idx[k + 1]], "compared"))


# "from 241 to 286 and then 318", "from 1,310 in 2024 to 2,144 last May and 2,870 last week": the
# words between one figure of a run over time and the next
CHAIN_NEXT = lazy_compile(r"(?i)^(?:\s+(?:last|this|in|by)\s+[\w/]+(?:\s+\d{4})?)?\s*,?\s+(?:and\s+(?:then\s+)?|then\s+)$")


def _chain_end(text: str, drafts: list[Draft], idx: list[int], end: int) -> int:
    """The last figure of a run 'from A to B and then C': a rate said of the run ('more than doubled',
    'a rise of a third across the period') is the change from its first figure to its last."""
    k = idx.index(end)
    while k + 1 < len(idx):
        d, nxt = drafts[idx[k]], drafts[idx[k + 1]]
        if nxt.hit.unit is not d.hit.unit or not CHAIN_NEXT.match(text[d.hit.end : nxt.hit.qualifier_start]):
            break
        k += 1
    return idx[k]


TIME_SPAN_UNITS = frozenset({Unit.DAYS, Unit.WEEKS, Unit.MONTHS, Unit.YEARS})


def _differences(text: str, drafts: list[Draft], by_sentence: dict[int, list[int]],
                 relations: list[RelationTuple]) -> None:
    """'345 arrests, up from 212 in 2021, an increase of 133' and '345, 133 more than the 212':
    a figure stated as the difference between two others of its sentence must be that difference.
    The three stand next to each other in the same unit, one reads as the base ('from', 'than')
    and one as the difference; anything looser (two bases, a base of another unit) is left alone."""
    for all_idx in by_sentence.values():
        # ("326 lines over the seven days, up from 312, a rise of 14": the span of days is no figure of the change)
        idx = [i for i in all_idx if drafts[i].hit.unit not in TIME_SPAN_UNITS]
        for k in range(len(idx) - 2):
            trio = idx[k : k + 3]
            units = {drafts[i].hit.unit for i in trio}
            if len(units) != 1 or Unit.PERCENT in units or any(drafts[i].hit.kind == "ratio" for i in trio):
                continue
            diffs = [i for i in trio if _is_difference(text, drafts[i])]
            bases = [i for i in trio if i not in diffs and DIFFERENCE_BASE.search(
                text[max(drafts[i].sentence.start, drafts[i].hit.qualifier_start - 40) : drafts[i].hit.qualifier_start])]
            if len(diffs) != 1 or len(bases) != 1:
                continue
            if DIFFERENCE_TAIL.match(text, drafts[diffs[0]].hit.end, drafts[diffs[0]].sentence.end) and bases[0] < diffs[0]:
                continue  # "142 arrests, five fewer than the 147": the base is the figure after 'than'
            (now,) = [i for i in trio if i not in diffs and i not in bases]
            # "15 weapons, including one firearm, three more than the 12": the total, not the aside's part
            now = next((r[1] for r in relations if r[0] == "subset" and r[1] is not None and now in r[2]
                        and drafts[r[1]].sentence.index == drafts[now].sentence.index
                        and drafts[r[1]].hit.unit is drafts[now].hit.unit), now)
            if any(r[0] == "change" and trio[0] in r[2] for r in relations):
                continue  # already a rate of change over the same figures
            relations.append(("change", None, [bases[0], now, diffs[0]], "difference"))
    _difference_from_sentence_before(text, drafts, by_sentence, relations)


def _difference_from_sentence_before(text: str, drafts: list[Draft], by_sentence: dict[int, list[int]],
                                     relations: list[RelationTuple]) -> None:
    """'The force had made 46 arrests. That figure has since risen to 58 after a further 12 were detained':
    the figure the sentence moves from is the last of the sentence before, in the same unit."""
    for index, idx in by_sentence.items():
        if len(idx) < 2:
            continue
        now, diff = drafts[idx[0]], drafts[idx[1]]
        lead = text[max(now.sentence.start, now.hit.qualifier_start - 60) : now.hit.qualifier_start]
        if not FIGURE_MOVED_TO.search(lead) or not _is_difference(text, diff) or diff.hit.unit is not now.hit.unit:
            continue
        before = [j for j in by_sentence.get(index - 1, []) if drafts[j].hit.unit is now.hit.unit]
        if before and _same_family(drafts[before[-1]], now):
            relations.append(("change", None, [before[-1], idx[0], idx[1]], "difference"))
    _difference_said_after(text, drafts, by_sentence, relations)


# "That is a rise of 260", "That is up from 1,950 the previous year, a rise of 250": a sentence that
# opens by pointing back at the figures just given
POINTS_BACK = lazy_compile(r"(?i)^\W*(?:that|this|which)\s+(?:is|was|means|represents|marks|amounts\s+to)\s+$")
CHANGE_OF = lazy_compile(r"(?i)\ban?\s+(?:net\s+)?change\s+of\s+$")
POINTS_BACK_TO_BASE = lazy_compile(r"(?i)^\W*(?:that|this)\s+(?:is|was)\s+(?:up|down)\s+from\s+(?:the\s+|a\s+total\s+of\s+)?$")


def _difference_said_after(text: str, drafts: list[Draft], by_sentence: dict[int, list[int]],
                           relations: list[RelationTuple]) -> None:
    """'3,120 children were referred in 2021, up from 2,860 in 2020. That is a rise of 260', and
    'closed 2,200 lines. That is up from 1,950 the previous year, a rise of 250': the difference stands in
    a sentence of its own pointing back at the figures of the sentence before. Only counts of one unit
    are read (a rate or a span of days beside them is passed over), and only where the sentence before
    gives exactly the figures the change needs."""
    def counts(index: int, unit: Unit) -> list[int]:
        return [j for j in by_sentence.get(index, []) if drafts[j].hit.unit is unit and drafts[j].hit.kind in ("digits", "words")]

    taken = {r[2][2] for r in relations if r[0] == "change" and r[3] == "difference"}
    for index, idx in by_sentence.items():
        first = drafts[idx[0]]
        if idx[0] in taken or first.hit.unit is Unit.PERCENT:
            continue
        opening = text[_opening(text, first.sentence) : first.hit.qualifier_start]
        own = counts(index, first.hit.unit)
        previous = [j for j in counts(index - 1, first.hit.unit) if drafts[j].metric is not Metric.OTHER]
        if previous:  # (a figure of another kind in the sentence before is passed over)
            previous = [j for j in previous if _same_kind(drafts[j], drafts[previous[-1]])]
        lead = DIFFERENCE_LEAD.search(opening) or CHANGE_OF.search(opening)
        # (beside it, at most the base it is measured on: "a change of 250 on a base of nearly 2,000")
        others = [j for j in own[1:] if not NAMED_BASE_BEFORE.search(
            text, max(0, drafts[j].hit.qualifier_start - 20), drafts[j].hit.qualifier_start)]
        if lead is not None and POINTS_BACK.match(opening[: lead.start()]) and own[:1] == idx[:1] and not others and len(previous) == 2:
            a, b = previous
            if _same_kind(drafts[a], drafts[b]):  # "1,126 arrests ..., compared with 947": base and now
                base, now = (b, a) if _comparison_base_word(text, drafts[b]) else (a, b)
                relations.append(("change", None, [base, now, idx[0]], "difference"))
            continue
        if POINTS_BACK_TO_BASE.match(opening) and len(own) >= 2 and _is_difference(text, drafts[own[1]]):
            latest = [j for j in previous if _same_kind(drafts[j], first)]
            if len(latest) == 1 and own[1] not in taken:
                relations.append(("change", None, [own[0], latest[0], own[1]], "difference"))


def _comparison_base_word(text: str, d: Draft) -> bool:
    """'compared with 947', 'up from 2,860', 'than the 455': the figure is the one a change is from."""
    return DIFFERENCE_BASE.search(text[max(d.sentence.start, d.hit.qualifier_start - 40) : d.hit.qualifier_start]) is not None


def _is_difference(text: str, d: Draft) -> bool:
    lead = text[max(d.sentence.start, d.hit.qualifier_start - 40) : d.hit.qualifier_start]
    return bool(DIFFERENCE_LEAD.search(lead) or DIFFERENCE_TAIL.match(text, d.hit.end, d.sentence.end))


def _same_kind(a: Draft, b: Draft) -> bool:
    """'nine children, and made 40 visits': a list ends where the thing counted changes."""
    ka, kb = (KINDS.get(d.metric.value, d.metric.value) for d in (a, b))
    return "other" in (ka, kb) or ka == kb


def _adjacent(text: str, whole: Draft, cue_start: int, cue: str) -> bool:
    """'321 weapons, including' ties the cue to the figure; '27 arrests and seizures of drugs, including'
    does not. 'Of whom' refers to people, who may be described at length ('1,963 adults and children
    were safeguarded, of whom')."""
    gap = text[whole.hit.end : cue_start]
    if cue.startswith("of "):
        return len(gap) <= 90 and not SENTENCE_STOP.search(gap)
    if whole.person:  # "38 young people and vulnerable adults were safeguarded, including": one group
        second = SECOND_VERB_OF_PEOPLE.match(gap)
        if second:
            gap = second["head"] + " " + second["verb"] + gap[second.end() :]
        gap = PEOPLE_JOINED.sub(lambda m: "" if any(map(is_person_noun, m["next"].lower().split())) else m.group(), gap)
        if second:
            return len(gap) <= 120 and OWN_CLAUSE.fullmatch(gap) is not None and not AND_OR_STOP.search(gap)
    if len(gap) <= 90 and OWN_CLAUSE.fullmatch(gap) and not AND_OR_STOP.search(gap):
        return True
    return len(gap) <= 45 and not AND_OR_STOP.search(gap)


def _same_family(a: Draft, b: Draft) -> bool:
    """Figures one can be part of the other: same unit (weights in any unit); never shares."""
    units = {a.hit.unit, b.hit.unit}
    if Unit.PERCENT in units:
        return False
    return len(units) == 1 or units <= {Unit.KG, Unit.G}


def _continuation(text: str, drafts: list[Draft], idx: list[int], first: int, stop: int) -> list[int]:
    """The figures listed after ``first`` in the same clause ("27 firearms and 170 knives")."""
    return list(_listed_from(text, drafts, idx, first, stop))


def _listed_from(text: str, drafts: list[Draft], idx: list[int], first: int, stop: int) -> Iterator[int]:
    """``first`` and the figures listed after it, one at a time: a caller that rejects the list at its
    first part that fails a test stops reading there (a list of 10,000 figures is then not read
    10,000 times over)."""
    yield first
    prev = first
    led = None  # whether the first part is led by its area and a verb ("Durham made 12"), read when needed
    for j in idx[idx.index(first) + 1 :]:
        gap = BRACKETED_WORDS.sub("", text[drafts[prev].item_end : drafts[j].hit.qualifier_start], count=1)
        if drafts[j].hit.start >= stop or not LIST_JOIN.match(gap) or "while" in gap or ";" in gap:
            return
        if AREA_AND_VERB.search(gap):
            if led is None:
                led = AREA_AND_VERB.search(text, max(0, drafts[first].hit.qualifier_start - 40), drafts[first].hit.qualifier_start) is not None
            if not led:  # "22 people, including 15 in Carlisle, and Northumbria Police made nine arrests": a new clause
                return
        if not _same_family(drafts[first], drafts[j]) or not _same_kind(drafts[first], drafts[j]):
            return
        if drafts[j].in_change or (drafts[first].period and drafts[j].period not in (None, drafts[first].period)):
            return  # "three more than the 12 ...", "11 were children, and 31 in the autumn": not one more part
        yield j
        prev = j


# "four of the lines had been run from Merseyside and two from Glasgow": the words from a part's own
# place to the next part told the same way, its verb left out
PARALLEL_PLACE_GAP = lazy_compile(
    r"^[^.;:\d()]{0,60}?\b(?:from|in|to|at)\s+(?:the\s+)?(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*)){0,2}\s*,?\s+and\s+$")
PLACE_RIGHT_AFTER = lazy_compile(r"\s+(?:from|in|to|at)\s+(?:the\s+)?(?-i:[A-Z])")


def _parallel_by_place(text: str, drafts: list[Draft], idx: list[int], first: int, stop: int) -> list[int]:
    """'26 of the lines were run from London and 15 from Merseyside': a part told with its place,
    then a bare figure with another place after 'and', are two parts of one whole."""
    k = idx.index(first)
    if k + 1 >= len(idx):
        return [first]
    j = idx[k + 1]
    d, e = drafts[first], drafts[j]
    if (e.hit.start < stop and e.hit.unit is d.hit.unit and not e.in_change
            and PARALLEL_PLACE_GAP.match(text[d.hit.end : e.hit.qualifier_start])
            and PLACE_RIGHT_AFTER.match(text, e.hit.end)):
        return [first, j]
    return [first]


def _listed_while(parts: Iterator[int], test: Callable[[int], object]) -> list[int] | None:
    """Every listed part, or None as soon as one fails ``test``: ``all(test(p) for p in parts)``
    without reading the parts after the first that fails."""
    out = []
    for p in parts:
        if not test(p):
            return None
        out.append(p)
    return out


def _earlier_of_family(drafts: list[Draft], idx: list[int], n: int) -> list[int]:
    """The figures before the sentence's n-th that one of them could be a part of."""
    return [j for j in idx[:n] if _same_family(drafts[j], drafts[idx[n]])]


def _inside_breakdown(drafts: list[Draft], j: int) -> bool:
    """A figure after at least two others of its metric in its sentence ("52 in Birmingham, 27 in
    Wolverhampton and 15 in Walsall") is one item of a breakdown: a part named in a later sentence
    is of the breakdown's whole, not of its last item (the first of the three may be that whole)."""
    d = drafts[j]
    before = [k for k in range(j) if drafts[k].sentence.index == d.sentence.index
              and drafts[k].metric is d.metric and drafts[k].hit.unit is d.hit.unit]
    return len(before) >= 2


def _part_of_same_things(text: str, d: Draft, noun: str) -> bool:
    """'2,311 of the child referrals' is itself a part of the child referrals: a later '4,380 of the
    child referrals' is another part of that unnamed whole, never a part of the 2,311."""
    earlier = OF_THE_NOUN.match(text[d.hit.end : d.hit.end + 60])
    if earlier is None:
        return False
    # (the noun is read up to three words, the first two name the thing: "child referrals, or" and "child
    # referrals and" are one thing)
    words, other = earlier["noun"].lower().split()[:2], noun.lower().split()[:2]
    shared = min(len(words), len(other))
    return words[:shared] == other[:shared]


# "2,420 of the closures since 2019", "15 of the arrests in 2023": the part names the span its whole covers
PART_OF_PERIOD = lazy_compile(
    r"(?i)^\s+of\s+(?:the|those|these|all)\s+[a-z]+(?:\s+[a-z]+){0,2}?\s+(?P<period>(?:since|in|during)\s+\d{4})\b")


def _whole_of_period(text: str, drafts: list[Draft], i: int, whole: int, after: str) -> int | None:
    """'closed 5,700 lines since 2019 ... In the year to March alone, 1,160 lines ... 2,420 of the closures
    since 2019': a part naming its whole's span is a part of the figure given for that span, not of the
    latest of its metric (a year's figure within it); None when no earlier figure is given for it."""
    named = PART_OF_PERIOD.match(after)
    if named is None:
        return whole
    period = " ".join(named["period"].lower().split())
    for j in _back_from(i):
        if j > whole:
            continue
        d = drafts[j]
        if d.metric is drafts[whole].metric and d.hit.unit is drafts[whole].hit.unit and \
                period in " ".join(text[d.sentence.start : d.sentence.end].lower().split()):
            return j
    return None


PART_REPEAT_REACH = 12  # sentences back a part is looked for as one said again ("accounted for 23 of those arrests")


def _said_before(drafts: list[Draft], i: int, reach: int) -> Iterator[int]:
    """The earlier figures, nearest first, that figure ``i`` may say again: the same unit and value, in
    another sentence at most ``reach`` sentences back."""
    d = drafts[i]
    for j in _back_from(i):
        e = drafts[j]
        if d.sentence.index - e.sentence.index > reach:
            return
        if e.sentence.index != d.sentence.index and e.hit.unit is d.hit.unit and e.hit.value == d.hit.value:
            yield j


def _whole_of_repeated_part(drafts: list[Draft], i: int, metric: Metric, whole_of: dict[int, int], whole: int) -> int:
    """'Of the 58 arrests, 23 were made in the West Midlands ... when 14 people were arrested ... "The West
    Midlands accounted for 23 of those arrests"': a part that says again a part given before, of the same
    metric and value, is of that part's whole, not of the latest figure of the metric."""
    for j in _said_before(drafts, i, PART_REPEAT_REACH):
        e = drafts[j]
        if (j in whole_of and (e.metric is metric or e.metric is Metric.OTHER and drafts[whole_of[j]].metric is metric)
                and whole_of[j] < i):
            return whole_of[j]
    return whole


def _breakdown_item(drafts: list[Draft], j: int, whole_of: dict[int, int]) -> list[int] | None:
    """The figures of the sentence figure ``j`` is one item of, when it is one ("Avon and Somerset made 41
    arrests, Wiltshire 22 and Gloucestershire 15": the 22), else None. A sentence whose figures the
    text already tied to a whole ("97 arrests, 28 in Southend and 21 in Basildon") is no such list."""
    d = drafts[j]
    row = [k for k in range(max(0, j - 12), min(len(drafts), j + 12)) if drafts[k].sentence.index == d.sentence.index
           and drafts[k].metric is d.metric and drafts[k].hit.unit is d.hit.unit]
    if len(row) < 2 or row[0] == j or any(k in whole_of for k in row):
        return None
    return row


REPEAT_REACH = 3  # sentences back a figure is looked for as an item it says again ("the force's 22 arrests")


def _total_behind_breakdown(text: str, drafts: list[Draft], whole: int, metric: Metric,
                            whole_of: dict[int, int]) -> int | None:
    """'Avon and Somerset made 41 arrests, Wiltshire 22 and Gloucestershire 15. In Wiltshire, 14 of the
    force's 22 arrests were in Swindon. Of those arrested, 26 have been charged': an opener naming its
    metric after a breakdown by area (or after one item of it said again) refers to the total the areas
    split, the latest figure of the metric before the breakdown, not to the last area's count."""
    d = drafts[whole]
    row = _breakdown_item(drafts, whole, whole_of)
    if row is None:
        again = [k for k in _said_before(drafts, whole, REPEAT_REACH) if drafts[k].metric is d.metric]
        row = next((r for r in (_breakdown_item(drafts, k, whole_of) for k in again) if r is not None), None)
    if row is None:
        return whole
    return _latest_with_metric(text, drafts, row[0], metric)


TOGETHER_BEFORE = lazy_compile(r"(?i)\b(?:together|combined|between\s+them|altogether)\b")


def _sums_the_named(text: str, drafts: list[Draft], s: Sentence, d: Draft, whole: int) -> bool:
    """'with 402. West Midlands closed 211 and Merseyside 187. Together those three forces accounted
    for 800 of the closures': a total of the figures just named is a part of a wider whole, never of
    one of the figures it adds up."""
    if not TOGETHER_BEFORE.search(text, s.start, d.hit.qualifier_start):
        return False
    w = drafts[whole]
    named = [e for e in drafts if s.index - 2 <= e.sentence.index <= s.index and e.metric is w.metric
             and e.hit.unit is w.hit.unit and e.hit.start < d.hit.start]
    return len(named) >= 2 and w in named


def _whole_of_breakdown(whole_of: dict[int, int], j: int) -> int:
    """'Of the 23 arrested, 17 were held in Birmingham, four in Telford and two in Stoke. Sixteen of
    those arrested ...': a figure that is one item of a breakdown stands for the whole it splits."""
    whole = whole_of.get(j)
    if whole is None or sum(w == whole for w in whole_of.values()) < 2:
        return j
    return whole


def _within_sentence(
    text: str, drafts: list[Draft], s: Sentence, idx: list[int], by_sentence: dict[int, list[int]], add: object,
    lex: Lexicon = DEFAULT_LEXICON, whole_of: dict[int, int] | None = None,
) -> None:
    assert callable(add)
    for n, i in enumerate(idx):
        d = drafts[i]
        before = text[max(s.start, d.hit.qualifier_start - 60) : d.hit.qualifier_start]  # its last 60 characters
        inc = INCLUDING_BEFORE.search(before)
        # the earlier figures of its family, read only where a cue asks for them (linear in a long list)
        earlier = _earlier_of_family(drafts, idx, n) if inc else []
        cue_start = d.hit.qualifier_start - (len(before) - inc.start()) if inc else 0
        if inc and earlier and not _adjacent(text, drafts[earlier[-1]], cue_start, inc["cue"].lower()):
            earlier = []
        if inc and earlier and N_OF_THE.match(text[drafts[earlier[-1]].hit.end : d.hit.qualifier_start]):
            earlier = []  # "Four of those 31 arrests": the 31 is the whole, the four its part (below)
        if inc and earlier:
            stop = CLAUSE_BREAK.search(text, d.hit.end, s.end)
            parts = _continuation(text, drafts, idx, i, stop.start() if stop else s.end)
            add("subset", earlier[-1], parts, inc["cue"].lower())
            continue
        after = text[d.hit.end : s.end]
        if n + 1 < len(idx) and (N_OF_THE.match(text[d.hit.end : drafts[idx[n + 1]].hit.qualifier_start])
                                 or OUT_OF_AFTER_CLAUSE.fullmatch(text, d.hit.end, drafts[idx[n + 1]].hit.qualifier_start)):
            if _same_family(d, drafts[idx[n + 1]]):  # "31 of the 46 people arrested"
                add("subset", idx[n + 1], [i], "of the")
                continue
        of_noun = OF_THE_NOUN.match(after)
        if of_noun:  # "Tayside Division made 27 of the arrests": a part of the arrests total
            named = _named_metric(of_noun["noun"], lex)
            done_by_us = DONE_BY_US.match(after) if named is None else None
            named = _named_metric(done_by_us["done"], lex) if done_by_us is not None else named
            whole = _latest_with_metric(text, drafts, i, named) if named is not None else _latest_of_subgroup(drafts, i, d)
            if whole is None and named is None and not d.person:  # (people: ``_latest_naming`` below)
                whole = _latest_count_of_thing(text, drafts, i, of_noun["noun"].split()[0].lower())
            if whole is not None and whole_of is not None and drafts[whole].sentence.index != s.index:
                whole = _whole_of_breakdown(whole_of, whole)
            if whole is not None and drafts[whole].sentence.index != s.index and _inside_breakdown(drafts, whole):
                whole = None  # "... and 15 in Walsall. 23 of the people held": of all held, not Walsall's
            if whole is not None and _part_of_same_things(text, drafts[whole], of_noun["noun"]):
                whole = None  # "flagged in 2,311 of the child referrals ... made 4,380 of the child referrals": siblings
            if whole is not None:
                whole = _whole_of_period(text, drafts, i, whole, after)
            if whole is not None and named is not None and _sums_the_named(text, drafts, s, d, whole):
                first = min(k for k in range(whole + 1) if drafts[k].sentence.index >= s.index - 2)
                whole = _latest_with_metric(text, drafts, first, named)  # the wider whole they are part of
            if whole is None and named is None and not d.subgroup and d.person:
                whole = _latest_naming(drafts, i, of_noun["noun"].split()[0].lower())
            group = _latest_of_subgroup(drafts, i, d) if d.subgroup == of_noun["noun"].split()[0].lower() else None
            if group is not None and (whole is None or group > whole) and drafts[group].sentence.index >= s.index - 3:
                whole = group  # "23 people ..., including eight children. Five of the children": the eight
            if whole is not None and named is not None and whole_of is not None:
                whole = _whole_of_repeated_part(drafts, i, named, whole_of, whole)
            if whole is not None and whole < i and _same_family(drafts[whole], d):
                stop = CLAUSE_BREAK.search(text, d.hit.end, s.end)
                parts = _continuation(text, drafts, idx, i, stop.start() if stop else s.end)
                if len(parts) == 1:
                    parts = _parallel_by_place(text, drafts, idx, i, stop.start() if stop else s.end)
                kind = "partition" if len(parts) >= 2 and all(drafts[p].subgroup for p in parts) else "subset"
                rest = _the_others(text, drafts, by_sentence, s.index, whole) if kind == "subset" else None
                if rest is not None:  # "Six of those arrested have been charged. The other three were bailed."
                    add("partition", whole, [*parts, rest], "the others")
                    continue
                if len(parts) >= 2 and (OWN_CLAUSE_THEN_BREAKDOWN.fullmatch(
                        text, d.hit.end, drafts[parts[1]].hit.qualifier_start)
                        # "Police Scotland made 17 of the arrests, 11 of them in Dumfries and six in ..."
                        or OF_WHOM_AFTER.match(text[drafts[parts[1]].hit.end : s.end])):
                    # "Eleven of those arrested have been charged, seven in Llanelli and four in ...": the
                    # figures after the comma break down the eleven, not the arrests
                    add("subset", whole, [i], "of the")
                    add("subset", i, parts[1:], "breakdown")
                    continue
                if kind == "subset":  # "... 131 of the young people to us. A further 58 came through social work"
                    parts = [*parts, *_further_after(text, drafts, by_sentence, s.index, d)]
                add(kind, whole, parts, "of the")  # "48 of those arrested were men and 15 were women"
                continue
        whom = OF_WHOM_AFTER.match(after)
        if whom and not inc:
            earlier = _earlier_of_family(drafts, idx, n)
        if whom and not earlier:
            done = (_latest_done_to(text, drafts, i, after[whom.start() : whom.end() + 30])  # "Seven of those convicted"
                    if d.hit.unit is Unit.COUNT else None)  # ("Half of those charged" is a share: see ``_shares``)
            previous = done if done is not None else _previous_figure(drafts, by_sentence, s.index, d)
            if previous is not None and whole_of is not None and done is None:
                previous = _whole_of_breakdown(whole_of, previous)  # "... and seven in Coventry. Twenty-two of them"
            earlier = [previous] if previous is not None else []
        if (whom and len(earlier) >= 2 and earlier[-2] + 1 == earlier[-1]
                and N_OF_THE.match(text[drafts[earlier[-2]].hit.end : drafts[earlier[-1]].hit.qualifier_start])):
            earlier = earlier[:-1]  # "17 of the 63 people were victims, and 12 of them were referred": of the 17
        if whom and earlier:
            add("subset", earlier[-1], [i], whom["cue"].lower())
            continue
        among = AMONG_AFTER.match(text[d.item_end : s.end]) or AMONG_AFTER.match(after)
        if among and n >= 1:
            parts = [i]
            k = n - 1
            while k >= 0:
                j = idx[k]
                gap = text[drafts[j].item_end : drafts[parts[0]].hit.qualifier_start]
                if LIST_JOIN.match(gap) and _same_family(drafts[j], d):
                    parts.insert(0, j)
                    k -= 1
                else:
                    break
            if k >= 0 and _same_family(drafts[idx[k]], d):
                add("subset", idx[k], parts, among["cue"].lower())
            continue
        following = drafts[idx[n + 1]].hit.qualifier_start if n + 1 < len(idx) else d.hit.end
        colon = COLON_AFTER.match(DATE_IN_GAP.sub("on that day", text[d.hit.end : following]))
        if colon and n + 1 < len(idx):
            stop = CLAUSE_BREAK.search(text, d.hit.end, s.end)
            parts = _continuation(text, drafts, idx, idx[n + 1], stop.start() if stop else s.end)
            whole = _colon_whole(text, drafts, idx, n, idx[n + 1])
            if len(parts) < 2 and whole is not None:
                parts = _described_items(text, drafts, idx, idx[n + 1], drafts[whole], stop.start() if stop else s.end)
            if len(parts) < 2 or whole is None:
                continue  # a breakdown lists at least two parts; "five in Durham – and 43 ..." is not one
            # "8 weapons: five knives, two swords and a baton": an item named without a figure counts
            # too, so the figures listed only have to fit within the whole
            uncounted = UNCOUNTED_LAST_ITEM.search(text, drafts[parts[-1]].hit.end, stop.start() if stop else s.end)
            add("subset" if uncounted else "partition", whole, parts, "colon")
            continue
        if (n + 1 < len(idx) and regex.fullmatch(r"[^,.;:\d()]{0,60},\s*", text[d.hit.end : following])
                and not regex.search(r"\b(?:in|at|from)\s+(?:the\s+)?(?-i:[A-Z])", text[d.hit.end : following])):
            listed = _listed_while(_listed_from(text, drafts, idx, idx[n + 1], s.end), lambda p: (
                IN_AREA_AFTER.match(text, drafts[p].hit.end) and drafts[p].hit.unit is d.hit.unit and _same_family(d, drafts[p])))
            if listed is not None and len(listed) >= 2:
                add("partition", i, listed, "by area")  # "two warrants, one in Bodmin and one in Wadebridge"
                continue
        if n + 1 < len(idx) and AREA_LIST_LEAD.match(text[d.hit.end : following]):
            parts = _bracketed_areas(text, drafts, idx, idx[n + 1], s.end)
            if len(parts) >= 2 and all(_same_family(d, drafts[p]) and drafts[p].hit.unit is d.hit.unit for p in parts):
                some = SOME_AREAS.match(text, drafts[parts[-1]].hit.end, s.end) or "including" in text[d.hit.end : following]
                add("subset" if some else "partition", i, parts, "by area")


def _colon_whole(text: str, drafts: list[Draft], idx: list[int], n: int, first: int) -> int | None:
    """The figure a colon list breaks down: the one right before the colon, unless that is a span of
    time after a sum ("£1.2m over three years, made up of £690,000 ...": the £1.2m) or the base of a
    part ("We charged 15 of the 23 people we arrested: twelve ...": the 15)."""
    i = idx[n]
    if n == 0:
        return i if drafts[i].hit.unit is drafts[first].hit.unit or _same_family(drafts[i], drafts[first]) else None
    prev = idx[n - 1]
    gap = text[drafts[prev].hit.end : drafts[i].hit.qualifier_start]
    if (not _same_family(drafts[i], drafts[first]) and _same_family(drafts[prev], drafts[first])
            and len(gap) <= 40 and not regex.search(r"[.;:\d]", gap)):
        return prev
    if _same_family(drafts[prev], drafts[i]) and N_OF_THE.match(gap):
        return prev
    return i if _same_family(drafts[i], drafts[first]) else None


# ", £500,000 from the council and ": one described item of a list ends, the next figure starts one
DESCRIBED_ITEM_GAP = lazy_compile(
    r"(?i)^(?:[^\d.;:()–—]{0,120}?)(?:,\s*(?:and\s+)?|\s+and\s+)$")
DESCRIBED_ITEM_STOP = lazy_compile(r"(?i)\b(?:while|whilst|but|whereas|against|compared|than|from\s+\d|up\s+from|down\s+from)\b")


def _described_items(text: str, drafts: list[Draft], idx: list[int], first: int, whole: Draft, stop: int) -> list[int]:
    """'made up of £690,000 from the Home Office, £500,000 from the council and £250,000 from a grant',
    'charged 15: twelve with conspiracy to supply, four with possession and two with money laundering':
    after a colon, items that each describe their figure at length, one per comma or 'and'. Counts
    of another kind than the whole's ("five knives ... and 12 people arrested") end the list."""
    parts = [first]
    for j in idx[idx.index(first) + 1 :]:
        if whole.hit.unit is not Unit.COUNT and drafts[j].hit.unit is not whole.hit.unit:
            continue  # "£70,000 for two outreach workers and £30,000 for ...": a count inside a sum's item
        gap = text[drafts[parts[-1]].hit.end : drafts[j].hit.qualifier_start]
        if drafts[j].hit.start >= stop or not DESCRIBED_ITEM_GAP.match(gap) or DESCRIBED_ITEM_STOP.search(gap):
            break
        parts.append(j)
    ok = all(drafts[p].hit.unit is whole.hit.unit and not drafts[p].in_change and not drafts[p].subgroup
             and _same_kind(whole, drafts[p]) for p in parts)
    return parts if ok else []


# "The other three ...", "The remaining 12 ...": the rest of a whole once a part has been told
THE_OTHERS = lazy_compile(r"(?i)^\W*(?:the\s+(?:other|remaining)|and\s+the\s+(?:other|remaining))\s+$")


def _the_others(text: str, drafts: list[Draft], by_sentence: dict[int, list[int]], index: int, whole: int) -> int | None:
    """The figure opening the next sentence as 'the other N', counting people or nothing named: the rest of
    the whole after the part just given, so part and rest add up to the whole."""
    following = by_sentence.get(index + 1, [])
    if not following:
        return None
    j = following[0]
    d = drafts[j]
    if not THE_OTHERS.match(text[d.sentence.start : d.hit.qualifier_start]) or d.hit.unit is not drafts[whole].hit.unit:
        return None
    return j if not d.item_tokens or is_person_noun(d.item_tokens[0]) or d.item_tokens[0] in ("have", "has", "were", "was", "are", "is") else None


# "...; the other five are women", ", and the remaining eight": the rest named later in the part's sentence
REST_IN_SENTENCE = lazy_compile(r"(?i)(?:;|,)\s*(?:and\s+|while\s+|with\s+)?the\s+(?:other|remaining)\s+$")
REST_CUES = ("of whom", "of them", "of those", "of the")


def _rest_after_part(text: str, drafts: list[Draft], by_sentence: dict[int, list[int]], relations: list[RelationTuple],
                     part_of: set[int]) -> None:
    """'29 people were arrested, of whom 18 had been charged. The remaining 11 were released', 'We charged 15
    of the 23 people we arrested ... The remaining eight have been released', 'Twelve of those arrested are
    men; the other two are women': one part of a whole and then its rest, so the two add up to the whole."""
    inner: dict[int, set[int]] = {}
    for _, w, ps, _ in relations:
        if w is not None:
            inner.setdefault(w, set()).update(ps)
    for n, (kind, whole, parts, cue) in enumerate(relations):
        if kind != "subset" or whole is None or len(parts) != 1 or cue not in REST_CUES:
            continue
        part = drafts[parts[0]]
        same = by_sentence[part.sentence.index]
        later = [j for j in same if j > parts[0]]
        rest = None
        if later and REST_IN_SENTENCE.search(text, max(part.hit.end, drafts[later[0]].hit.qualifier_start - 40),
                                             drafts[later[0]].hit.qualifier_start):
            rest = later[0]
        elif not [j for j in later if j != whole and j not in inner.get(parts[0], ())]:  # (its own breakdown aside)
            rest = _the_others(text, drafts, by_sentence, part.sentence.index, whole)
        if rest is None or rest in part_of or rest == whole or drafts[rest].hit.unit is not drafts[whole].hit.unit:
            continue
        if drafts[rest].sentence.paragraph != part.sentence.paragraph:
            continue
        relations[n] = ("partition", whole, [parts[0], rest], "the others")
        part_of.add(rest)


def _bracketed_areas(text: str, drafts: list[Draft], idx: list[int], first: int, end: int) -> list[int]:
    """'Wakefield (11), Pontefract (7) and Normanton (3)': the bracketed counts listed from ``first`` on."""
    parts = [first]
    for j in idx[idx.index(first) + 1 :]:
        if drafts[j].hit.start >= end or not AREA_LIST_JOIN.match(text[drafts[parts[-1]].hit.end : drafts[j].hit.qualifier_start]):
            break
        parts.append(j)
    return parts


QUOTE_LEAD = lazy_compile(r"""[^"“]{0,120}?\b(?:said|says|added|told\s+\w+)\b[^"“]{0,40}?[:,]\s*["“]""")


# "The force said that ", "The Courier understands that ": a report's lead before the words it reports
REPORTED_THAT = lazy_compile(
    r"(?i)[^\d\n]{0,100}?\b(?:said|says|added|understands|understood|confirmed|confirms|revealed|reveals|"
    r"announced|explained|shows?|showed|stated|states|told\s+[\w ]{1,30}?)\s+that\s+"
)


# "3.2 Of the 187 arrests, ...": a numbered paragraph's number, before the paragraph's own words
PARAGRAPH_NUMBER = lazy_compile(r"[ \t]*\d{1,2}(?:\.\d{1,2}){1,3}[ \t]+(?=[A-Z\"“])")


def _opening(text: str, s: Sentence) -> int:
    """Where the sentence's own words start: after a numbered paragraph's number ("5.1 Of the £650,000
    grant, ..."), and after 'X said: "' when it opens with an attribution."""
    number = PARAGRAPH_NUMBER.match(text, s.start, s.end)
    start = number.end() if number else s.start
    m = QUOTE_LEAD.match(text, start, s.end)
    return m.end() if m else start


# What became of people arrested, one of three ends each: charged; released pending more inquiries (on bail,
# under investigation); or released with no further action. A list naming all three covers everyone arrested.
DISPOSAL_KINDS = (
    ("charged", lazy_compile(r"(?i)\bcharged\b")),
    ("pending", lazy_compile(r"(?i)\bbail(?:ed)?\b|\bunder\s+investigation\b|\bRUI\b|\bpending\b")),
    ("closed", lazy_compile(r"(?i)\bno\s+further\s+action\b|\bNFA|\bwithout\s+(?:further\s+action|charge)\b"
                            r"|\bno\s+action\b|\bnot\s+charged\b")),
)


def _every_disposal(text: str, drafts: list[Draft], parts: list[int], end: int) -> bool:
    """'Of the 46 arrested, 19 have been charged, 14 released under investigation and nine NFA'd': each part
    says one end and the three ends are all there, so the parts are everyone arrested, not some of them."""
    if len(parts) < 3:
        return False
    said = []
    for k, p in enumerate(parts):
        stop = drafts[parts[k + 1]].hit.qualifier_start if k + 1 < len(parts) else end
        words = text[drafts[p].hit.end : stop]
        kinds = [name for name, cue in DISPOSAL_KINDS if cue.search(words)]
        if not kinds:
            return False
        said.append(kinds[0] if kinds[0] != "charged" or len(kinds) == 1 else kinds[-1])  # "released without charge"
    return {name for name, _ in DISPOSAL_KINDS} <= set(said)


def _sentence_openers(
    text: str, drafts: list[Draft], s: Sentence, idx: list[int], by_sentence: dict[int, list[int]], add: object,
    part_of: set[int], whole_of: dict[int, int], lex: Lexicon = DEFAULT_LEXICON,
) -> None:
    assert callable(add)
    if not idx:
        return
    start = _opening(text, s)
    head = text[start : drafts[idx[0]].hit.qualifier_start]
    reported = REPORTED_THAT.match(head)
    if reported and OF_THE_N.match(head[reported.end() :]):  # "Police said that of the 21 charged, 15 ..."
        head = head[reported.end() :]
    stop = CLAUSE_BREAK.search(text, drafts[idx[0]].hit.end, s.end)
    in_clause = _before_nested_list(text, drafts, [i for i in idx if stop is None or drafts[i].hit.start < stop.start()])
    of_the = OF_THE_N.match(head)
    if of_the and len(in_clause) >= 2:  # "Of the 21 forces that replied, 14 ..., 3 ..."
        parts = [i for i in in_clause[1:] if _same_family(drafts[i], drafts[idx[0]])]
        split = [p for p in parts if drafts[p].subgroup]
        after_split = [p for p in parts if p not in split]
        if len(split) >= 2 and after_split and all(drafts[p].metric is not drafts[idx[0]].metric for p in after_split):
            # "Of the 63 arrested, 52 were men and 11 were women, and 41 have been charged": the men and
            # women split the whole; those charged are another part of it, not a third share to add
            add("partition", idx[0], split, "of the")
            for p in after_split:
                add("subset", idx[0], [p], "of the")
        else:
            kind = "partition" if len(parts) >= 2 and all(drafts[p].subgroup for p in parts) else "subset"
            if _every_disposal(text, drafts, parts, s.end):
                kind = "partition"
            add(kind, idx[0], parts, "of the")
        referent = _previous_figure(drafts, by_sentence, s.index, drafts[idx[0]])
        if (referent is not None and not drafts[idx[0]].item_tokens[:1] == ["people"] and not _has_noun(drafts[idx[0]])
                and not of_the["own"]):  # "Of its £21 million": the owner's figure, not the one just given
            add("same", referent, [idx[0]], "of those")  # "Of those three, two were found ..."
        return
    if INCLUDES_OPENER.match(head):
        whole = _previous_figure(drafts, by_sentence, s.index, drafts[idx[0]], part_of)
        if whole is not None:
            add("subset", whole, [i for i in idx if _counts_the_same(drafts[i], drafts[whole])], "includes")
        return
    among_whole = AMONG_WHOLE.match(head)
    if among_whole:  # "They were among 17 young people safeguarded": the last sentence's figure is a part
        previous = _previous_figure(drafts, by_sentence, s.index, drafts[idx[0]])
        one_person = ONE_PERSON_SUBJECT.match(head) is not None  # "He was among five": one person, no earlier count
        if previous is not None and not (one_person and drafts[previous].hit.value.point != 1):
            add("subset", idx[0], [previous], "among")
    opener = OF_THESE.match(text, start, s.end)
    breaks = BREAKS_DOWN.search(text, s.start, drafts[idx[0]].hit.qualifier_start)
    if breaks and not opener:  # "By age, those arrested broke down as follows: 11 ..., 18 ... and 12 ..."
        whole = _previous_figure(drafts, by_sentence, s.index, drafts[idx[0]], part_of)
        if whole is not None:
            add("partition", whole, [i for i in idx if _same_family(drafts[i], drafts[whole])], "breaks down")
        return
    if opener:
        named = _named_metric(opener.group(), lex)
        if named is not None:
            whole = _latest_with_metric(text, drafts, idx[0], named)
            if whole is not None and whole in whole_of and drafts[whole_of[whole]].metric is named:
                whole = whole_of[whole]  # "Of those arrested" after "88 arrests: Sheffield (41) ...": the 88
            elif whole is not None and drafts[whole].sentence.index != s.index:
                whole = _total_behind_breakdown(text, drafts, whole, named, whole_of)
        else:  # "Of these" after a breakdown refers to the breakdown's whole, not its last part
            # ("Of those convicted, 27 pleaded guilty": the figure said to be convicted, though a part itself)
            done = _latest_done_to(text, drafts, idx[0], opener["cue"])
            last = _latest_counting_opener_noun(drafts, idx[0], opener.group()) if done is None else None  # "Of those farms"
            if last is None and done is None:
                last = _previous_figure(drafts, by_sentence, s.index, drafts[idx[0]])
            # ("41 of those arrested were charged. Of those, 29 ...": a part told alone is the group it opens on)
            whole = done if done is not None else _whole_of_breakdown(whole_of, last) if last is not None else None
        if whole is not None:
            parts = [i for k, i in enumerate(in_clause) if _same_family(drafts[i], drafts[whole])
                     and not ((named is not None or drafts[whole].person) and _counts_things(drafts[i], lex))
                     # "Of those arrested, 847 had been charged, up from 701 last year": last year's part
                     and not (k > 0 and _comparison_base(text, drafts[i]))
                     and not _whole_restated(text, drafts[i], drafts[whole])
                     # "Of those arrested, 26 have been charged, and 19 of them remanded": the 19 is of the 26
                     and not (k > 0 and OF_WHOM_AFTER.match(text[drafts[i].hit.end : s.end]))]
            exhaustive = not opener["cue"].lower().startswith("among")  # "among them" names some, not all
            kind = "partition" if exhaustive and len(parts) >= 2 and all(drafts[p].subgroup for p in parts) else "subset"
            if exhaustive and _every_disposal(text, drafts, parts, s.end):
                kind = "partition"
            earlier_whole = _base_of_whole(text, drafts, whole)
            if earlier_whole is not None:  # "up from 701 at the same point last year": of last year's 1,109
                add("subset", earlier_whole, [i for k, i in enumerate(in_clause) if k > 0 and _comparison_base(text, drafts[i])
                                              and _same_family(drafts[i], drafts[whole])], opener["cue"].lower())
            restated = [i for i in in_clause if i != whole and _whole_restated(text, drafts[i], drafts[whole])]
            if restated:  # "51 of the 84 people arrested, or 61 per cent": the 51 is of the 84 named again
                add("same", whole, restated, "of the")
                add(kind, restated[0], [i for i in parts if i < restated[0]], "of the")
            add(kind, whole, parts, opener["cue"].lower())
        return
    among = AMONG_THE.match(head)
    if among:
        noun = among["noun"].lower()
        counting = [j for j in _back_from(idx[0])
                    if (drafts[j].metric.value.startswith(noun[:5]) or noun[:5] in " ".join(drafts[j].item_tokens[:2]))
                    and not _is_difference(text, drafts[j]) and not _comparison_base(text, drafts[j])]
        when = (among["when"] or "").lower()
        counting = [j for j in counting if when and when in (drafts[j].period or "")] + counting  # its month's figure first
        if counting:
            j = counting[0]
            add("subset", j, [i for k, i in enumerate(in_clause) if _same_family(drafts[i], drafts[j])
                              and not (k > 0 and _comparison_base(text, drafts[i]))], among["cue"].lower())


OPENER_DETERMINERS = frozenset({"of", "among", "amongst", "out", "these", "them", "those", "this", "that", "the",
                                "total", "number"})


def _singular(word: str) -> str:
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word


def _latest_counting_opener_noun(drafts: list[Draft], before: int, opener: str) -> int | None:
    """'212 cannabis farms and more than 31,000 plants. Of those farms, ...': an opener that names its
    thing refers to the latest earlier figure counting that thing, not to the last figure given."""
    nouns = {_singular(w) for w in regex.findall(r"[a-z]+", opener.lower())
             if w not in OPENER_DETERMINERS and w not in FUNCTION_WORDS and w not in ("all", "who", "which") and len(w) > 2}
    if not nouns:
        return None
    for j in _back_from(before):
        d = drafts[j]
        if d.hit.unit is not Unit.PERCENT and d.hit.kind != "rate" and nouns & {_singular(t) for t in d.item_tokens[:3]}:
            return j
    return None
def _before_nested_list(text: str, drafts: list[Draft], clause: list[int]) -> list[int]:
    """The clause's figures up to one that an "including" ties to the figure before it ("Of these, 11
    were referred, including 13 under 18"): those after the cue break down that figure, not the
    opener's whole (see ``_within_sentence``)."""
    for n in range(1, len(clause)):
        prev, d = drafts[clause[n - 1]], drafts[clause[n]]
        before = text[max(prev.hit.end, d.hit.qualifier_start - 60) : d.hit.qualifier_start]
        inc = INCLUDING_BEFORE.search(before)
        if (inc and not inc["cue"].lower().startswith("of ") and _same_family(prev, d)
                and _adjacent(text, prev, d.hit.qualifier_start - (len(before) - inc.start()), inc["cue"].lower())):
            return clause[:n]
    return clause


RESTATED_OF = lazy_compile(r"(?i)\bof\s+(?:the|those|these|all)\s+$")


def _whole_restated(text: str, d: Draft, whole: Draft) -> bool:
    """'Of those, 51 of the 84 people arrested': the 84 names the whole again, it is not one more part."""
    return (d.hit.value.point == whole.hit.value.point and d.hit.unit is whole.hit.unit
            and RESTATED_OF.search(text, max(0, d.hit.qualifier_start - 12), d.hit.qualifier_start) is not None)


def _counts_the_same(part: Draft, whole: Draft) -> bool:
    """A figure that can be among a whole's: of its family and, when the whole's metric is known, of
    that metric or a group of people ("16 arrested ... the 11 detained, with a further five"), not
    "two cars" stopped in the same sentence."""
    if not _same_family(part, whole):
        return False
    if whole.metric is Metric.OTHER or part.metric is whole.metric:
        return True
    return part.metric is Metric.OTHER and part.person


def _counts_things(d: Draft, lex: Lexicon) -> bool:
    """'Among those arrested was a boy found with 40 wraps': a figure the lexicon reads as things
    (wraps, pills, rounds) is no part of a count of people ("53 lived in the area" still is)."""
    return d.metric is Metric.OTHER and not d.person and lex.item_metric(d.item_tokens[:2], []) is Metric.OTHER


def _named_metric(opener: str, lex: Lexicon = DEFAULT_LEXICON) -> Metric | None:
    """'Of those arrested' names what the whole counts; 'Of these' does not."""
    words = [w.lower() for w in regex.findall(r"\w+", opener)]
    ends = [k for k, w in enumerate(words) if w in ("and", "or", "but", "while")]
    words = words[: ends[0]] if ends else words  # "of those arrests and closed 19 lines": the arrests
    found = lex.nearest_cue([(w, i, i + 1) for i, w in enumerate(words)], len(words), len(words), lex.event_cues)
    if found is None:
        found = lex.item_metric(words, words)  # "1,190 of the lines closed": the thing, not an event, names it
    return found if found is not None and found is not Metric.OTHER else None


# "Eight of the people we've arrested", "12 of the men officers have charged": a group named by what
# the speaker or the police did to it, as "of those arrested" is
DONE_BY_US = lazy_compile(
    r"(?i)\s+of\s+(?:the|those|these)\s+[a-z]+(?:\s+[a-z]+)?\s+(?:(?:who|that|whom)\s+)?"
    r"(?:we|they|officers|police|detectives|the\s+force)(?:['’]ve|['’]d|\s+have|\s+had|\s+has)?\s+"
    r"(?:(?:now|since|already|so\s+far|also)\s+)?(?P<done>[a-z]{3,}ed)\b")

# "a further four", "another three": an addition to a count, never the whole a part belongs to


COMPARISON_BASE = lazy_compile(r"(?i)\b(?:up|down|rising|falling|risen|fallen|increased|decreased)\s+from\s+(?:the\s+)?$|\bcompar(?:ed|es)\s+(?:with|to)\s+(?:the\s+)?$")


COMPARES_WITH = lazy_compile(r"(?i)\b(?:compar(?:es|ed|ing)\s+(?:with|to)|(?:up|down)\s+from|against)\s+(?:the\s+)?$")


def _base_of_whole(text: str, drafts: list[Draft], whole: int) -> int | None:
    """'made 1,364 arrests. That compares with 1,109 arrests in November 2022': the figure a whole is
    compared with, given right after it (its sentence or the next), of its metric."""
    w = drafts[whole]
    for j in range(whole + 1, min(len(drafts), whole + 6)):
        d = drafts[j]
        if d.sentence.index - w.sentence.index > 1:
            return None
        if d.metric is w.metric and d.hit.unit is w.hit.unit and COMPARES_WITH.search(
                text, max(d.sentence.start, d.hit.qualifier_start - 30), d.hit.qualifier_start):
            return j
    return None


def _comparison_base(text: str, d: Draft) -> bool:
    """'up from 701', 'compared with 947': the earlier figure a change is measured from."""
    return d.in_change and COMPARISON_BASE.search(text, max(d.sentence.start, d.hit.qualifier_start - 30),
                                                  d.hit.qualifier_start) is not None


def _latest_with_metric(text: str, drafts: list[Draft], before: int, metric: Metric) -> int | None:
    for j in _back_from(before):
        d = drafts[j]
        if d.hit.unit is Unit.PERCENT or d.hit.kind == "rate":
            continue  # "a rise of 12 per cent" in the arrests sentence counts no one
        if d.metric is metric and not d.subgroup and not ADDITION_BEFORE.search(
                text, max(d.sentence.start, d.hit.qualifier_start - 12), d.hit.qualifier_start):
            if d.in_change and COMPARISON_BASE.search(text, max(d.sentence.start, d.hit.qualifier_start - 30), d.hit.qualifier_start):
                continue  # "147 people, up from 131": the 131 is last year's, not the total now
            if _is_difference(text, d):
                continue  # "up from 312, a rise of 14. Of the lines closed, ...": the 14 is how much more, no group
            return j
    return None


def _latest_of_subgroup(drafts: list[Draft], before: int, d: Draft) -> int | None:
    """'A dozen of the children we work with': the latest figure counting the same group is the whole."""
    if not d.subgroup:
        return None
    for j in _back_from(before):
        if drafts[j].subgroup == d.subgroup and drafts[j].hit.unit is d.hit.unit and not drafts[j].in_change:
            return j
    return None


FURTHER_OPENING = lazy_compile(r"(?i)\W*(?:and\s+)?(?:a\s+further|another)\s+$")


def _further_after(text: str, drafts: list[Draft], by_sentence: dict[int, list[int]], index: int, part: Draft) -> list[int]:
    """'Police referred 131 of the young people to us. A further 58 came through social work, and 25
    were referred by schools': the next sentence opening on "a further" lists more parts of that whole."""
    idx = by_sentence.get(index + 1, [])
    if not idx:
        return []
    first = drafts[idx[0]]
    if (first.sentence.paragraph != part.sentence.paragraph or first.hit.unit is not part.hit.unit or first.in_change
            or not FURTHER_OPENING.fullmatch(text, first.sentence.start, first.hit.qualifier_start)):
        return []
    stop = CLAUSE_BREAK.search(text, first.hit.end, first.sentence.end)
    return [j for j in _continuation(text, drafts, idx, idx[0], stop.start() if stop else first.sentence.end)
            if drafts[j].hit.unit is part.hit.unit]


UNNAMING_NOUNS = frozenset("total totals week weeks year years month months day days force forces figure figures "
                           "number numbers same first last most rest remainder other others".split())


def _latest_naming(drafts: list[Draft], before: int, noun: str) -> int | None:
    """'supported 214 young people ... referred 174 of the young people to us': with no metric or group
    the noun names, the count of people in the few paragraphs before whose own words start with it; of several,
    the largest ("Sixty-two young people - a third of the total" is a part of the 186 young people)."""
    if noun in UNNAMING_NOUNS:
        return None
    found: list[int] = []
    for j in _back_from(before):
        d = drafts[j]
        if drafts[before].sentence.index - d.sentence.index > 8:
            break
        if (d.hit.unit is Unit.COUNT and d.person and not d.in_change and not d.subgroup and d.hit.kind in ("digits", "words")
                and noun in d.item_tokens[:2] and d.hit.value.point is not None):
            found.append(j)
    return max(found, key=lambda j: drafts[j].hit.value.point or 0, default=None)


# "of those convicted", "of those jailed": a group named by what was done to it, not by a noun
DONE_TO = lazy_compile(r"(?i)(?:of\s+)?(?:those|them|these)\s+(?P<done>[a-z]{3,}ed)\b")
DONE_REACH = 8  # sentences back "of those convicted" looks for the figure said to be convicted


@lru_cache(maxsize=256)
def _followed_by(participle: str) -> regex.Pattern[str]:
    """A figure followed by this participle, perhaps after a few auxiliaries ("31 have now been convicted")."""
    return regex.compile(
        r"(?i)\s+(?:(?:[a-z]+\s+){0,2}?(?:have|has|had|were|was|are|is|been|now|since|already|also|so\s+far|then)\s+){0,3}"
        + regex.escape(participle) + r"\b")


def _latest_done_to(text: str, drafts: list[Draft], before: int, words: str) -> int | None:
    """'Of the 43 people charged, 31 have been convicted ... Seven of those convicted were under 18': a
    back-reference naming its group by a participle is to the latest figure that participle follows
    ("31 have been convicted", "31 convicted"), not to the last figure given ("five defendants")."""
    named = DONE_TO.search(words)
    if named is None:
        return None
    follows = _followed_by(named["done"].lower())
    for j in _back_from(before):
        d = drafts[j]
        if drafts[before].sentence.index - d.sentence.index > DONE_REACH:
            return None
        if d.hit.unit is Unit.COUNT and not d.in_change and follows.match(text, d.hit.end, d.sentence.end):
            return j
    return None


SPANS_OF_TIME = frozenset({"year", "years", "week", "weeks", "month", "months", "day", "days", "time", "times"})
NAMING_REACH = 3  # sentences back "22 of the addresses" looks for the count of addresses it is part of


def _latest_count_of_thing(text: str, drafts: list[Draft], before: int, noun: str) -> int | None:
    """'visited 57 addresses ... 22 of the addresses were in Newport': the latest figure, a few sentences
    back at most, that counts the thing named (its first word, the noun, the same) is the whole."""
    if noun in SPANS_OF_TIME:
        return None
    for j in _back_from(before):
        d = drafts[j]
        if d.sentence.index < drafts[before].sentence.index - NAMING_REACH:
            return None
        # (its noun may follow one word: "41 county lines" counts the lines "26 of last year's lines" are of)
        if (noun in d.item_tokens[:2] or {noun, *d.item_tokens[:1]} <= PREMISES) and not d.in_change \
                and d.hit.unit is drafts[before].hit.unit:
            # a table's row ("Nottinghamshire: 71 lines") or a part's whole named again ("48 of the 71
            # lines") is one area's count, not the set "the lines" means
            start = d.hit.qualifier_start
            if d.sentence.kind != "text" or RESTATED_OF.search(text, max(0, start - 12), start):
                return None
            return j
    return None


PREMISES = frozenset({"addresses", "properties", "premises", "homes", "flats", "houses"})  # one thing, any name


def _has_noun(d: Draft) -> bool:
    """'Of those seven,' names nothing: the figure refers back to one already given."""
    return any(t not in ("were", "was", "had", "have", "of", "who", "which") for t in d.item_tokens[:2])


def _previous_figure(drafts: list[Draft], by_sentence: dict[int, list[int]], index: int, like: Draft,
                     part_of: set[int] | None = None) -> int | None:
    """The total an opener ("Of these", "of those") refers to: the latest figure before it of the
    same kind that is not itself a part of another total. A single one ("She let one man in ... six of
    them") is never the group a plural opener points back to."""
    def candidates(back: int) -> list[int]:
        return [
            i for i in by_sentence.get(back, [])
            if _same_family(drafts[i], like) and drafts[i].hit.kind != "duration" and i not in (part_of or set())
            and not _per_period(drafts[i]) and not drafts[i].hit.value.low == drafts[i].hit.value.high == 1
        ]

    backs = range(index - 1, max(-1, index - 4), -1)
    for back in backs:
        repeated = [i for i in candidates(back) if drafts[i].hit.value.point == like.hit.value.point]
        if repeated:  # "... supported 148 young people, up from 97. Of those, 88 were boys. Of the 148, ...":
            return repeated[-1]  # the 148, wherever in the sentences before it was given
    for back in backs:
        cands = candidates(back)
        cands = [i for i in cands if not drafts[i].in_change] or cands  # a comparison base is not the total
        # "the five local authorities received 1,284 referrals. Of these, 412 ...": a figure a tenth of the part or
        # less counts other things (a part a little larger than its whole is a slip the rules are there to catch)
        cands = [i for i in cands if (drafts[i].hit.value.point or 0) * 10 >= (like.hit.value.point or 0)] or cands
        same_metric = [i for i in cands if drafts[i].metric is like.metric and like.metric.value != "other"]
        if same_metric:
            return same_metric[-1]
        if cands:
            return cands[-1] if len(cands) == 1 else _widest(drafts, cands)
    return None


PERIOD_WORDS = frozenset({"day", "week", "month", "year", "night"})


def _per_period(d: Draft) -> bool:
    """'roughly 16 people a month': an average over time, never the group an 'of them' picks from."""
    tokens = d.item_tokens[:4]
    return any(a in ("a", "per", "each", "every") and b in PERIOD_WORDS for a, b in zip(tokens, tokens[1:]))


def _widest(drafts: list[Draft], cands: list[int]) -> int:
    """Of several figures in the sentence before "Of these", the total is the last non-subgroup one."""
    totals = [i for i in cands if not drafts[i].subgroup]
    return (totals or cands)[-1]


APPOSED_LIST = lazy_compile(r"\s*(?:[,:(]|\s[-–—])\s*$")  # "64 people, 48 men and 16 women"
# "17 vulnerable people were safeguarded during the week, 11 adults and six children": the total's own
# verb and a few words of when or where, then the groups after a comma
OWN_VERB_THEN_GROUPS = lazy_compile(
    r"(?i)^(?:\s+[a-z-]+){0,3}?\s+(?:were|was|have\s+been|has\s+been|had\s+been)\s+[a-z]+(?:\s+(?!(?:and|but|while|including|of|among)\b)[a-z'’]+){0,5}\s*,\s*$")

GROUPS_END = lazy_compile(r"(?:\s+[a-z-]+){0,2}\s*(?:[.,;:)]|\s[-–—]|$)")  # the last group with no verb of its own

# "Split by sex, 36 were male and 19 female", "They are five men and one woman": groups that split the
# count of the sentence before
SPLIT_OPENING = lazy_compile(
    r"(?i)\W*(?:(?:split|broken\s+down|divided)\s+by\s+[\w-]+(?:\s+and\s+[\w-]+)?\s*,|by\s+(?:sex|gender|age)\s*,"
    r"|they\s+(?:are|were)(?:\s+all)?\s*:?)\s*$")


def _subgroup_lists(text: str, drafts: list[Draft], idx: list[int], part_of: set[int], add: object,
                    by_sentence: dict[int, list[int]] | None = None) -> None:
    """'650 men as well as 91 women were held': subgroups that split a total stated elsewhere, or
    the count they stand right after ("arrested 64 people, 48 men and 16 women"), or the count of the
    sentence before when their own opens "Split by sex," or "They are"."""
    assert callable(add)
    groups = [i for i in idx if drafts[i].subgroup and drafts[i].hit.unit is Unit.COUNT and i not in part_of]
    if len(groups) >= 2 and len({drafts[i].subgroup for i in groups}) >= 2:
        k = groups[0] - 1
        # (not when the last group has a verb of its own that counts something else: "30 people were
        # arrested, 12 men and 10 women were later charged")
        whole = k if (k in idx and not drafts[k].subgroup and drafts[k].person and drafts[k].hit.unit is Unit.COUNT
                      and APPOSED_LIST.match(text[drafts[k].item_end : drafts[groups[0]].hit.qualifier_start])
                      and (GROUPS_END.match(text, drafts[groups[-1]].hit.end, drafts[groups[-1]].sentence.end)
                           or all(_same_kind(drafts[k], drafts[i]) for i in groups))) else None
        if (whole is None and k in idx and not drafts[k].subgroup and drafts[k].person and drafts[k].hit.unit is Unit.COUNT
                and OWN_VERB_THEN_GROUPS.match(text[drafts[k].hit.end : drafts[groups[0]].hit.qualifier_start])
                and all(_same_kind(drafts[k], drafts[i]) for i in groups)
                and GROUPS_END.match(text, drafts[groups[-1]].hit.end, drafts[groups[-1]].sentence.end)):
            whole = k  # (groups counted by another verb, "12 men and 10 women were later charged", are not its split)
        first = drafts[groups[0]]
        if (whole is None and by_sentence is not None and groups[0] == idx[0]
                and SPLIT_OPENING.fullmatch(text, first.sentence.start, first.hit.qualifier_start)):
            whole = _previous_figure(drafts, by_sentence, first.sentence.index, first, part_of)
            whole = whole if whole is not None and drafts[whole].hit.unit is Unit.COUNT and whole not in part_of else None
        add("partition", whole, groups, "subgroups")


def _shares(text: str, drafts: list[Draft], relations: list[RelationTuple], add_share: object) -> None:
    """'14,421 (98%)' and 'two-thirds of the cases (987)': a count, its share, and the base."""
    assert callable(add_share)
    whole_of = {p: w for _, w, ps, _ in relations if w is not None for p in ps}
    siblings_of = {p: len(ps) for _, w, ps, _ in relations if w is not None for p in ps}
    share_counts: dict[int, int | None] = {}  # the count printed with each share, and that share's whole
    for i in range(len(drafts) - 1):
        a, b = drafts[i], drafts[i + 1]
        if a.sentence.index != b.sentence.index:
            continue
        gap = text[a.hit.end : b.hit.qualifier_start]
        # "38 lines (18%)", "96 of the lines, or 51%": the count's own noun, then its share (not "an
        # increase of 75 in a year, or 35 per cent", nor the base of "15 of the 37 people arrested - 40 per cent")
        by_noun = (a.hit.unit is Unit.COUNT and b.hit.unit is Unit.PERCENT and not SHARE_AFTER.match(gap) and not a.in_change and a.hit.end < a.item_end <= b.hit.qualifier_start
                   and COUNT_NOUN.fullmatch(text, a.hit.end, a.item_end) is not None
                   and not BASE_OF_BEFORE.search(text, max(a.sentence.start, a.hit.qualifier_start - 12), a.hit.qualifier_start)
                   and SHARE_AFTER.match(text[a.item_end : b.hit.qualifier_start]) is not None)
        # "32 of them were from outside the county, mostly Sheffield – that's a quarter of everyone arrested":
        # the share the clause's count comes to, said after a dash or "that's"
        said_as_share = (a.hit.unit is Unit.COUNT and b.hit.unit is Unit.PERCENT and not a.in_change and not b.in_change
                         and SHARE_SAID_AFTER.match(gap) is not None and SHARE_OF_AFTER.match(text, b.hit.end) is not None
                         and not BASE_OF_BEFORE.search(text, max(a.sentence.start, a.hit.qualifier_start - 12),
                                                       a.hit.qualifier_start))
        if a.hit.unit is Unit.COUNT and b.hit.unit is Unit.PERCENT and (SHARE_AFTER.match(gap) or by_noun or said_as_share):
            count, share = i, i + 1
        elif a.hit.unit is Unit.PERCENT and b.hit.unit is Unit.COUNT and (
                regex.match(r"^[^.;()\d]{0,60}\(\s*$", gap) or SHARE_APPOSITION.match(gap)):
            count, share = i + 1, i
        else:
            continue
        if (count > 0 and NAMED_BASE_BEFORE.search(text, max(0, drafts[count].hit.qualifier_start - 20), drafts[count].hit.qualifier_start)
                and drafts[count - 1].sentence.index == drafts[count].sentence.index
                and drafts[count - 1].hit.unit is Unit.COUNT and count - 1 not in share_counts):
            # "a change of 250 on a base of nearly 2,000, or around 13 per cent": the figure printed
            # with the rate is the base the text names; the rate is of the figure before it
            share_counts[count - 1] = count
            add_share(count, [count - 1, share])
            continue
        whole = whole_of.get(count)
        base_of_change = _base_of_difference(text, drafts, count) if whole is None else None
        if base_of_change is not None:  # "up from 2,860. That is a rise of 260, or 9 per cent": of the 2,860
            whole = base_of_change
        elif whole is None:
            earlier = [
                j for j in _back_from(min(count, share))
                if drafts[count].sentence.index - drafts[j].sentence.index <= 8
                and drafts[j].hit.unit is Unit.COUNT and drafts[j].hit.kind in ("digits", "words")
            ]
            # "Boys made up 80 per cent (148) and girls 20 per cent (36)": a sibling's count is not the
            reached = list(earlier)
            # base of the next share; the base they share is; and a count printed with a share of an unsaid base is a part, never a base itself
            # ("Nottinghamshire: 71 lines (33%)" / "Leicestershire: 52 lines (24%)": the items of a list of
            # counts with shares, a sentence or line apart, are siblings too)
            siblings = {j: share_counts[j] for j in earlier if j in share_counts and (
                share_counts[j] is None or drafts[count].sentence.index - drafts[j].sentence.index <= 1)}
            # (a sibling's base is as near as the sibling)
            seen_at: dict[int, int] = {}
            for j in earlier:
                k = siblings.get(j, j)
                if k is not None and k not in seen_at:
                    seen_at[k] = drafts[j].sentence.index
            size = drafts[count].hit.value.point
            # (a base is never smaller than its count: read so only where the count's noun was passed over)
            earlier = [j for j in seen_at if not by_noun or (drafts[j].hit.value.point or 0) >= (size or 0)]
            near = [j for j in earlier if drafts[count].sentence.index - seen_at[j] <= 2]
            known = drafts[count].metric.value != "other"
            # the whole counts what the part counts ("Half of those charged, 11 people": the charged)
            alike = [j for j in earlier if known and drafts[j].metric is drafts[count].metric]
            # "96 of the lines, or 51%": the group named is the base, however far back it was counted (one
            # smaller than the count is another group of the same thing)
            of_noun = OF_THE_NOUN.match(text[drafts[count].hit.end : drafts[count].item_end])
            named_with_share = of_noun is None and share < count  # "One in five of the children referred - 624 -"
            if named_with_share:
                of_noun = OF_THE_NOUN.match(gap)
            named = [j for j in _back_from(min(count, share))
                     if of_noun and drafts[count].sentence.index - drafts[j].sentence.index <= 12
                     and drafts[j].hit.unit is Unit.COUNT and drafts[j].hit.kind in ("digits", "words") and j not in whole_of
                     and (drafts[j].hit.value.point or 0) >= (size or 0) and of_noun["noun"].split()[0] in drafts[j].item_tokens[:3]]
            # "girls ... reached 410, or a sixth of the child total": a share of a group is of the count of
            # that group, even one that is itself another share's count
            of_group = [j for j in reached if drafts[share].subgroup and drafts[j].subgroup == drafts[share].subgroup
                        and (drafts[j].hit.value.point or 0) >= (size or 0) and drafts[j].metric_source != "population"]
            # (the group the share itself names comes first: "of the children referred" is those children)
            # (a population, "its roughly 530,000 children", is what a rate is per, not who was counted)
            # and it is what the figure counts, its first word ("3,120 children", not "398 county lines arrests")
            counted = [j for j in named if drafts[j].metric is not Metric.OTHER and of_noun is not None
                       and drafts[j].item_tokens[:1] == of_noun["noun"].split()[:1]] if named_with_share else []
            candidates = _without_comparison_bases(drafts, of_group[:1] or counted or alike or named or near)
            whole = candidates[0] if candidates else None
            # after "241 boys and 71 girls", a share is of their total; but after "flagged in 2,480 of
            # them", "two-thirds of those" are of the one part just named
            if whole is not None and not alike and not of_group and not (
                    siblings_of.get(whole) == 1 and OF_THOSE_AFTER.match(text, drafts[share].hit.end)):
                whole = whole_of.get(whole, whole)
        if by_noun and whole is None:
            continue  # a count larger than any base named: left to the checks it had before
        share_counts[count] = whole
        add_share(whole, [count, share])  # with no base found, still a count and its share: a part
    # "41 per cent of the 13,420 people safeguarded during the weeks, or 5,502": the count comes last
    for i in range(len(drafts) - 2):
        pct, base = drafts[i], drafts[i + 1]
        if (pct.hit.unit is not Unit.PERCENT or base.hit.unit is not Unit.COUNT or base.sentence.index != pct.sentence.index
                or not OF_THE_N.match(text[pct.hit.end : base.hit.qualifier_start]) or i + 1 in share_counts):
            continue
        later = [j for j in range(i + 2, min(len(drafts), i + 5)) if drafts[j].sentence.index == pct.sentence.index
                 and drafts[j].hit.unit is Unit.COUNT and OR_COUNT_BEFORE.search(
                     text, max(pct.sentence.start, drafts[j].hit.qualifier_start - 12), drafts[j].hit.qualifier_start)]
        if later and later[0] not in share_counts:
            share_counts[later[0]] = i + 1
            add_share(i + 1, [later[0], i])
    # "The 58 arrests in the county made up around 9% of the national total"
    for i, d in enumerate(drafts):
        if d.hit.unit is not Unit.PERCENT or not SHARE_OF_TOTAL.match(text, d.hit.end):
            continue
        before = [j for j in range(max(0, i - LOOK_BACK), i)
                  if drafts[j].sentence.index == d.sentence.index and drafts[j].hit.unit is Unit.COUNT]
        if not before or not SHARE_VERB.search(text, drafts[before[-1]].hit.end, d.hit.qualifier_start):
            continue
        count = before[-1]
        wider = [j for j in range(max(0, count - LOOK_BACK), count) if drafts[j].metric is drafts[count].metric and drafts[j].hit.unit is Unit.COUNT
                 and (drafts[j].hit.value.point or 0) > (drafts[count].hit.value.point or 0)]
        if wider and drafts[count].metric.value != "other":
            add_share(wider[-1], [count, i])
    # "Children accounted for 65 per cent of those safeguarded": a share of a breakdown stated earlier
    for i, d in enumerate(drafts):
        if d.hit.unit is not Unit.PERCENT or not SHARE_OF_THOSE.match(text, d.hit.end):
            continue
        subject = regex.findall(r"[\w-]+", text[_opening(text, d.sentence) : d.hit.qualifier_start].lower())
        group = next((SUBGROUPS[w] for w in subject if w in SUBGROUPS), None)
        if group is None or not SHARE_VERB.search(text, d.sentence.start, d.hit.qualifier_start):
            continue
        for kind, w, ps, _ in reversed(relations):
            if kind in ("subset", "partition") and w is not None and w < i and drafts[w].metric is d.metric:
                part = next((p for p in ps if drafts[p].subgroup == group), None)
                if part is not None:
                    add_share(w, [part, i])
                    break
    # "31 of the 46 people arrested (82%)": the share follows the whole, the count came before it
    for _, w, ps, cue in list(relations):
        if cue != "of the" or w is None or w + 1 >= len(drafts) or len(ps) != 1:
            continue
        nxt = drafts[w + 1]
        gap = text[drafts[w].hit.end : nxt.hit.qualifier_start]
        if nxt.hit.unit is not Unit.PERCENT or nxt.sentence.index != drafts[w].sentence.index:
            continue
        if ps[0] > w or drafts[ps[0]].sentence.index != drafts[w].sentence.index:
            continue  # "Birmingham accounted for 198 of the referrals": the share printed with the 412 is the 412's own
        if regex.match(r"^[^.;()\d]{0,60}\(\s*$", gap) or (ps[0] == w - 1 and regex.match(
                r"^[^.;()\d]{0,60},\s*or(?:\s+(?:some|about|around|nearly))?\s*$", gap)):  # "51 of the 84 ..., or 61 per cent"
            add_share(w, [ps[0], w + 1])


def _base_of_difference(text: str, drafts: list[Draft], count: int) -> int | None:
    """'rose from 214 to 389, an increase of 175, or 82 per cent', 'compared with 947 in 2023. That is an
    increase of 179, or 19 per cent': a rate printed with the difference is a percentage change, of the
    figure the change is from (the nearest before it, in its sentence or the one before, read as a
    base), never of the figure it rose to; None when the count is no difference or no base is given."""
    d = drafts[count]
    if not _is_difference(text, d):
        return None
    for j in _back_from(count):
        e = drafts[j]
        if d.sentence.index - e.sentence.index > 1:
            return None
        if e.hit.unit is d.hit.unit and e.hit.kind in ("digits", "words") and DIFFERENCE_BASE.search(
                text[max(e.sentence.start, e.hit.qualifier_start - 40) : e.hit.qualifier_start]):
            return j
    return None


def _without_comparison_bases(drafts: list[Draft], candidates: list[int]) -> list[int]:
    """'It supported 186 young people, up from 142 the year before. ... Sixty-two - a third of the total':
    the earlier figure a change is measured from is not the total a later share is of, when the figure
    it changed to stands plainly in the same sentence (both ends of 'rose from 142 to 186' stay)."""
    plain = {drafts[j].sentence.index for j in candidates if not drafts[j].in_change}
    return [j for j in candidates if not (drafts[j].in_change and drafts[j].sentence.index in plain)]


def _itemised_lists(drafts: list[Draft], sentences: list[Sentence], relations: list[RelationTuple]) -> None:
    """Items of one family listed together (in a sentence or a bulleted list) under a total elsewhere."""
    containers: dict[tuple[str, int], list[int]] = {}
    for i, d in enumerate(drafts):
        key = ("list", d.sentence.list_id) if d.sentence.list_id is not None else ("sentence", d.sentence.index)
        containers.setdefault(key, []).append(i)
    for members in containers.values():
        for kind in FAMILIES:
            items = [i for i in members if family(drafts[i].metric) == kind and not is_generic(drafts[i])]
            if items:
                relations.append(("list", None, items, "itemised"))


def is_generic(d: Draft) -> bool:
    """A family total ('321 weapons', '£2m of class A drugs') rather than one kind of item."""
    return is_family_total(d.metric, d.head or " ".join(d.item_tokens[:5]))


# "We've had four new referrals. That is four children who ...": the sentence says the figure again
THAT_IS = lazy_compile(r"""(?i)[\s"'“‘]*(?:that\s+is|that['’]s|that\s+means|those\s+are)\s+$""")


HOW_MANY_MORE_AFTER = lazy_compile(r"(?i)\s+(?:more|fewer|extra|additional)\b")  # "13 more lines"


def _restatements(text: str, drafts: list[Draft], sentences: list[Sentence], by_sentence: dict[int, list[int]],
                  add: object) -> None:
    """A sentence that opens by saying again the count the sentence before ended on is that count."""
    assert callable(add)
    for s in sentences:
        idx = by_sentence.get(s.index, [])
        before = [i for i in by_sentence.get(s.index - 1, []) if drafts[i].hit.unit is Unit.COUNT and drafts[i].hit.kind != "duration"]
        if not idx or not before or drafts[idx[0]].hit.unit is not Unit.COUNT or s.index == 0:
            continue
        if THAT_IS.fullmatch(text, s.start, drafts[idx[0]].hit.qualifier_start) and not _per_period(drafts[idx[0]]) \
                and drafts[idx[0]].hit.kind != "rate" \
                and not _is_difference(text, drafts[idx[0]]) and not HOW_MANY_MORE_AFTER.match(text, drafts[idx[0]].hit.end):
            # ("That's roughly 16 people a month": an average, not the count; "That means 13 more lines": how many more)
            add("same", before[-1], [idx[0]], "that is")
