"""The shortcuts taken for speed give exactly the answers of the plain code they replace.

Each fast path (a first-character guard on a pattern, a word list checked before a pattern, an
index instead of a scan) is compared here with the straightforward version on the articles we
have and on generated input, so an edit to a pattern or a table that breaks the shortcut fails
here instead of silently dropping a date, a speaker or a metric.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

import regex
from hypothesis import given, settings
from hypothesis import strategies as st
from rapidfuzz import fuzz, process

from countylines_check import cues, extract, prefilter, relations, scopes
from countylines_check.cues import DEFAULT_LEXICON as LEX
from countylines_check.grammar import alternation, dates, figures, numbers, skips
from countylines_check.grammar.spans import TakenSpans
from countylines_check.grammar.words import MAX_CANDIDATES, WordIndex
from countylines_check.rules import cl501_repeated_figure_differs as cl501
from countylines_check.vocab import numbers as vocab_numbers
from countylines_check.vocab.metrics import EVENT_CUES, ITEM_CUES, MONEY_CUES, SEIZURE_WORDS

ROOT = Path(__file__).resolve().parent.parent
ARTICLES = [p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("seeds/*.txt"))] + [
    p.read_text(encoding="utf-8") for p in sorted(ROOT.glob("tests/corpus*/articles/*.txt"))
]
DATE_SAMPLES = [
    "Monday 7 March to Friday 11 March 2022", "between October 11-17", "Monday 25 - Sunday December 2nd",
    "24.11.2025 and (19–25 May)", "Fri, 21 Oct 2022", "on 2024-12-06", "20/03/2019", "monday 7 march",
    "7 march 2022", "MONDAY 7 MARCH", "from 13-19 March 2023", "Oct 20, 2023", "the 3rd of June",
    "£7 March", "x7 March", "1.7 March", "Tues 4 June", "SEPTEMBER 9", "9 Sept. 2021",
]
GUARDED_DATES = {
    "SINGLE_DATE": dates._STARTS, "DAY_MONTH_RANGE": dates._STARTS, "DAY_TO_DATE_RANGE": dates._STARTS,
    "NUMERIC_DATE": r"(?=\d)",
}


def test_date_patterns_find_the_same_dates_without_their_first_character_guard() -> None:
    for name, guard in GUARDED_DATES.items():
        pattern = getattr(dates, name)
        assert pattern.pattern.startswith(guard), name
        plain = regex.compile(pattern.pattern[len(guard):], pattern.flags)
        for text in ARTICLES + DATE_SAMPLES:
            assert [m.span() for m in pattern.finditer(text)] == [m.span() for m in plain.finditer(text)], name


def test_every_attribution_verb_of_the_speaker_pattern_is_checked_first() -> None:
    verbs = {w for group in regex.findall(r"\(\?:((?:[a-z]+\|)+[a-z]+)\)", extract.SPEAKER.pattern)
             for w in group.split("|")}
    assert verbs and verbs <= set(extract.ATTRIBUTION_VERBS)


@given(st.lists(st.tuples(st.integers(0, 200), st.integers(0, 12)), max_size=30),
       st.integers(0, 220), st.integers(0, 15))
def test_taken_spans_answer_as_a_scan_of_every_span(spans: list[tuple[int, int]], start: int, length: int) -> None:
    taken, kept = TakenSpans(), []
    for a, n in spans:  # only free spans are added, as the recognizers do
        if taken.free(a, a + n):
            taken.add(a, a + n)
            kept.append((a, a + n))
    end = start + length
    assert taken.free(start, end) == all(end <= a or start >= b for a, b in kept)


WORDS = st.text(alphabet="abcdeghiklmnorstuvwy", min_size=6, max_size=14)


@settings(max_examples=300)
@given(st.one_of(WORDS, st.sampled_from(LEX._word_list).flatmap(
    lambda w: st.integers(0, len(w) - 1).map(lambda i: w[:i] + w[i + 1:] + "s"))))
def test_misspellings_map_to_the_word_the_whole_vocabulary_gives(token: str) -> None:
    full = process.extractOne(token, LEX._word_list, scorer=fuzz.ratio, score_cutoff=90)
    expected = token if len(token) < 6 or token in LEX._words else (full[0] if full else token)
    assert LEX.cue_token(token) == expected


def _cue(entry: object) -> str:
    return entry if isinstance(entry, str) else str(entry[0]) if isinstance(entry, tuple) else ""


def test_cue_lookups_by_first_word_match_the_scan_of_every_table() -> None:
    tokens = {m.group().lower() for text in ARTICLES for m in cues.TOKEN.finditer(text)}
    tables: list[tuple[object, ...]] = [ITEM_CUES, EVENT_CUES, MONEY_CUES, SEIZURE_WORDS]
    for token in sorted(tokens):
        firsts = frozenset(w for w in LEX._first_words if cues.word_matches(LEX.cue_token(token), w))
        assert LEX._first_words_matching(token) == firsts, token
        for table in tables:
            expected = [e for e in table if _cue(e).split()[0] in firsts]
            assert LEX.cues_from(token, table) == expected, token


SKIP_SAMPLES = [
    "aged 15 to 17, a 17-year-old, under 18s were held, under-18s, 25 or older, Jordan Pike, 24, of Ipswich",
    "Jordan Pike (24) was seen at www.police.uk and tips@police.uk; Section 60, COVID-19, 24/7, a 3-1 win",
    "call 101 or 0800 555111, text 61016, at 9.30am, 4am, 1:39 pm, the fourth and 21st, 12 High Street",
    "Claim three: lines closed\n  Day 2 - arrests\nQ 4: who?\nthe youngest was 12, her son, 15, said",
    "at twenty-five past ten, ten o'clock, https://x.uk, 1. Motorway closed\n2. 45 arrests\n3. 12 held",
    "\u017fon, 15, was held; DAY 2: x; Day\t3 - y; x Day 4: no; ſtep 5: z; Ca\u017fe 6: w",
]


@settings(max_examples=200)
@given(st.lists(st.sampled_from(
    ["aged", "15", "17-year-old", "under", "18", "Pike,", "24,", "of", "(24)", "or", "older", "a@b.com",
     "www.x.uk", "Section", "60", "M-25", "24/7", "3-1", "win", "call", "101", "9.30am", "21st", "High",
     "Street", "seven", "years", "old", "-", ",", "\n", "Day", "day", "Claim", "Q", "2:", "three", "-", "youngest",
     "son,", "\u017fon,", "text", "on", "https://x.uk", "HTTP://Y", "1.", "2)", "twenty-five", "TWENTY-five",
     "past", "o'clock", "\t", "Café"]), max_size=25).map(" ".join))
def test_skip_patterns_split_into_alternatives_find_what_the_whole_patterns_find(text: str) -> None:
    _assert_same_skips(text)


def test_skip_patterns_split_into_alternatives_find_the_same_in_articles() -> None:
    for sample in SKIP_SAMPLES + ARTICLES:
        _assert_same_skips(sample)


def _assert_same_skips(text: str) -> None:
    index = WordIndex(text)
    for pattern in [p for _, p in skips.SKIP_PATTERNS] + [skips.FIGURE_TOKEN]:
        plain = [m.span() for m in pattern.finditer(text)]
        assert [m.span() for m in alternation.finditer(pattern, text)] == plain, pattern.pattern[:40]
        quick = skips.searches(pattern, text, index)
        assert [m.span() for m in alternation.finditer(pattern, text, None, quick)] == plain, pattern.pattern[:40]


def test_skip_alternatives_that_start_with_words_or_digits_are_tried_only_there() -> None:
    known = {reason: skips._leading_words(pattern) for reason, pattern in skips.SKIP_PATTERNS}
    assert known["age"][0] == (frozenset({"aged", "ages", "age"}), False)
    assert "section" in known["part of a name"][0][0] and known["ordinal"] == ((frozenset(), True),)
    assert known["url"] == (None, None)  # not of a known shape: searched over the whole text
    digits, number_words = skips._leading_words(skips.FIGURE_TOKEN)
    assert digits is None and number_words is not None and "seventeen" in number_words[0]  # "G4S": digits anywhere


def test_an_alternative_is_passed_over_only_when_it_ends_with_the_tail_it_needs() -> None:
    age = skips._tails(dict(skips.SKIP_PATTERNS)["age"])
    assert [t is not None for t in age].count(True) == 1
    assert skips._tails(regex.compile(r"x|\d+[\s-]years?[\s-]olds?\b(?i)")) == (None, None)
    for unsure in [r"(?:a|\d+[\s-]years?[\s-]olds?\b)", r"(\d)\1|\d+[\s-]years?[\s-]olds?\b",
                   r"\d\[\s-]years?[\s-]olds?\b"]:
        assert skips._tails(regex.compile(unsure)) == (None,), unsure
    for text in ["a 17-year-old and a 15 year old", "aged 15", "twenty-year-old", "nine years-old boys"]:
        _assert_same_skips(text)


def test_patterns_with_alternatives_are_split_and_others_are_not() -> None:
    by_reason = dict(skips.SKIP_PATTERNS)
    assert len(alternation.alternatives(by_reason["age"])) >= 2
    assert alternation.alternatives(dates.NUMERIC_DATE) == (dates.NUMERIC_DATE,)  # a backreference


WORD_PATTERNS = [
    (figures.VAGUE, figures.FIRST_WORDS["VAGUE"], False),
    (figures.ONE_IN, figures.FIRST_WORDS["ONE_IN"], True),
    (figures.COUPLE, figures.FIRST_WORDS["COUPLE"], False),
    (figures.FRACTION_OF_SCALE, figures.FIRST_WORDS["FRACTION"], False),
    (figures.AND_A_HALF_SCALE, figures.FIRST_WORDS["AND_A_HALF_SCALE"], False),
    (figures.FRACTION, figures.FIRST_WORDS["FRACTION"], False),
    (figures.RATIO, figures.FIRST_WORDS["RATIO"], False),
    (figures.WEEK_WORDS, figures.FIRST_WORDS["WEEK_WORDS"], False),
    (numbers.NUMBER_WORDS, numbers.NUMBER_FIRST_WORDS, False),
]
DATE_PATTERNS = [
    (dates.DAY_TO_DATE_RANGE, dates.FIRST_WORDS, True), (dates.DAY_MONTH_RANGE, dates.FIRST_WORDS, True),
    (dates.MONTH_DAY_RANGE, dates.FIRST_WORDS, True), (dates.SINGLE_DATE, dates.FIRST_WORDS, True),
    (dates.NUMERIC_DATE, frozenset(), True), (dates.BARE_WEEKDAY, dates.FIRST_WORDS, False),
]
NUMBER_VOCAB = sorted({*vocab_numbers.UNITS, *vocab_numbers.TENS, *vocab_numbers.SCALES, *vocab_numbers.GROUPS,
                       *vocab_numbers.VAGUE, *vocab_numbers.FRACTIONS, *vocab_numbers.RATIOS})


def _assert_same_word_matches(text: str) -> None:
    index = WordIndex(text)
    for pattern, first, digits in WORD_PATTERNS + DATE_PATTERNS:
        fast = [m.span() for m in index.finditer(pattern, first, digits)]
        assert fast == [m.span() for m in pattern.finditer(text)], (pattern.pattern[:40], text)
    for pattern in dates.WORD_DATES:  # tried only where their union matches, as find_dates does
        narrowed = [m.span() for m in index.finditer(pattern, dates.FIRST_WORDS, True, where=dates.any_word_date())]
        assert narrowed == [m.span() for m in pattern.finditer(text)], (pattern.pattern[:40], text)


WORD_SAMPLES = [
    "3 in 4 children, ONE in five, 1 in every 10 and 2 in 3 years", "a couple of weeks, a week-long operation",
    "half a million pounds and two-thirds of a billion", "twice as many, it trebled", "Two Hundred and Six",
    "ſeven in ten", "tens of thousands of pounds", "a fortnight", "one-third more", "(twelve)", "x-one, _six",
]


def test_word_patterns_tried_at_their_first_words_find_what_the_whole_scan_finds_in_articles() -> None:
    for text in WORD_SAMPLES + ARTICLES + DATE_SAMPLES:
        _assert_same_word_matches(text)


@settings(max_examples=300)
@given(st.lists(st.one_of(
    st.sampled_from(NUMBER_VOCAB).map(str.upper),
    st.sampled_from(NUMBER_VOCAB + ["a", "an", "half", "in", "every", "of", "a couple of", "week-long", "a week",
                                    "a fortnight", "pounds", "million", "more", "as", "-", ",", "x", "3", "12",
                                    "ſeven", "ſix", "\u212aG", "twenty-one", "year-old", "and", "_one"]),
    st.sampled_from(DATE_SAMPLES + ["7th", "Monday", "MARCH", "Sept.", "on", "Tues", "2024-12-06", "9to", "1٣"]),
), max_size=20).flatmap(lambda words: st.sampled_from([" ", "-", "", "\n"]).map(lambda sep: sep.join(words))))
def test_word_patterns_tried_at_their_first_words_find_what_the_whole_scan_finds(text: str) -> None:
    _assert_same_word_matches(text)


def test_scan_with_the_word_index_reads_the_figures_a_whole_text_scan_reads() -> None:
    plain_finditer = WordIndex.finditer

    def whole_text(self: WordIndex, pattern: regex.Pattern[str], first: object, digits: bool = False,
                   timeout: float | None = None, where: object = None) -> object:
        return pattern.finditer(self.text, timeout=timeout)  # every place; ``where`` narrows nothing

    for text in ARTICLES[:40]:
        fast = figures.scan(text)
        try:
            WordIndex.finditer = whole_text  # type: ignore[assignment,method-assign]
            plain = figures.scan(text)
        finally:
            WordIndex.finditer = plain_finditer  # type: ignore[method-assign]
        assert fast == plain


def test_gazetteer_lookup_stopping_at_words_no_name_begins_with_finds_every_mention() -> None:
    gaz = scopes.gazetteer()
    every_length = dataclasses.replace(gaz, prefixes=frozenset())  # tries every length up to the longest name
    assert gaz.prefixes and ("west", "midlands") in gaz.prefixes
    samples = ["In the West Midlands Police area and West Mercia, officers in North Yorkshire's towns",
               "Across England and Wales, the Metropolitan Police Service and Police Scotland",
               "west midlands police\nregion", "Wiltshire’s 24 arrests, in Lambeth and Southwark"]
    for text in samples + ARTICLES:
        assert scopes.find_mentions(text, gaz) == scopes.find_mentions(text, every_length)


def test_a_text_with_more_places_to_try_than_the_cap_is_searched_whole_with_the_same_answers() -> None:
    text = "One in five of 3 in 4, a couple of weeks, half a million, 12 March 2024. " * (MAX_CANDIDATES // 4)
    index = WordIndex(text)
    assert len(index.candidates(numbers.NUMBER_FIRST_WORDS)) > MAX_CANDIDATES
    _assert_same_word_matches(text)
    _assert_same_skips(text)


# Third round: the date patterns tried only where their union matches, the dateline read only
# from lines with a digit, and the word index built from one split.

def test_the_union_of_the_word_date_patterns_matches_exactly_where_one_of_them_does() -> None:
    assert all(p.flags == dates.any_word_date().flags for p in dates.WORD_DATES)
    for text in ARTICLES + DATE_SAMPLES:
        for start in WordIndex(text).candidates(dates.FIRST_WORDS, digits=True):
            alone = any(p.match(text, start) for p in dates.WORD_DATES)
            assert alone == bool(dates.any_word_date().match(text, start)), (text[start : start + 40])
    # a pattern missing from the union would lose its dates: "19–25 May" is a day-month range only
    partial = regex.compile("|".join(f"(?:{p.pattern}\n)" for p in dates.WORD_DATES[2:]), regex.VERBOSE)
    index = WordIndex("(19–25 May)")
    assert [m.span() for m in index.finditer(dates.DAY_MONTH_RANGE, dates.FIRST_WORDS, True, where=partial)] == []
    assert [m.span() for m in WordIndex("(19–25 May)").finditer(
        dates.DAY_MONTH_RANGE, dates.FIRST_WORDS, True, where=dates.any_word_date())] == [(1, 10)]


def test_find_dates_narrowed_by_the_union_finds_what_every_candidate_finds() -> None:
    plain_narrow = WordIndex._narrow
    for text in ARTICLES + DATE_SAMPLES + [" ".join(DATE_SAMPLES)]:
        fast = dates.find_dates(text)
        try:
            WordIndex._narrow = lambda self, starts, *_: starts  # type: ignore[method-assign,assignment]
            plain = dates.find_dates(text)
        finally:
            WordIndex._narrow = plain_narrow  # type: ignore[method-assign]
        assert fast == plain


def _dateline_of_every_line(text: str) -> object:
    """``find_dateline`` as it was, reading every short line of the head for a date."""
    head = text[:600]
    header = dates.HEADER.search(head)
    if header:
        for hit in dates.find_dates(header["rest"]):
            if hit.resolved():
                return hit.resolved()
    for line in head.split("\n")[:10]:
        stripped = line.strip()
        if not stripped or len(stripped) > 60:
            continue
        for hit in dates.find_dates(stripped):
            if hit.resolved() and hit.start <= 12:
                return hit.resolved()
    return None


DATELINES = ["Headline\n\nOct 20, 2023\nBy A Reporter", "Monday 7 March 2022\nA week of action", " date 2024-12-06 x",
             "Friday\n9 October\n20/03/2019", "Police news\n9/3/24\nBy A Reporter", "Published: Tuesday\nTue 4 June 2024", "Monday, the seventh of March"]


def test_the_dateline_read_only_from_lines_with_a_digit_is_the_same() -> None:
    for text in ARTICLES + DATELINES:
        assert dates.find_dateline(text) == _dateline_of_every_line(text), text[:80]
    assert dates.find_dateline(DATELINES[1]).isoformat() == "2022-03-07"  # type: ignore[union-attr]


@settings(max_examples=200)
@given(st.lists(st.sampled_from(["Monday", "7", "March", "2022", "Oct", "20,", "twenty", "the", "of", "\n", "Sept.",
                                 "2024-12-06", "٣", "-", "FRIDAY", "9th", "1٣/03/2019", "9/3/24", "Police made", "arrests",
                                 "Café"]), max_size=12).map(" ".join))
def test_the_dateline_shortcut_on_generated_heads(text: str) -> None:
    assert dates.find_dateline(text) == _dateline_of_every_line(text)


def _index_from_every_match(text: str) -> tuple[object, ...]:
    """The word index as it was built: one match object per run of word characters."""
    at: dict[str, list[int]] = {}
    digits, other = [], []
    for m in regex.finditer(r"\w+", text):
        if not m.group().isascii():
            other.append(m.start())
        elif m.group()[0].isdigit():
            digits.append(m.start())
        else:
            at.setdefault(m.group().lower(), []).append(m.start())
    return at, digits, other


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from("ab Z9_-.’é\u212aſ٣\n\t£"), max_size=60))
def test_the_word_index_built_from_one_split_holds_every_run(text: str) -> None:
    index = WordIndex(text)
    assert (index._at, index._digits, index._other) == _index_from_every_match(text)


def test_the_word_index_of_the_articles_holds_every_run() -> None:
    for text in ARTICLES:
        index = WordIndex(text)
        assert (index._at, index._digits, index._other) == _index_from_every_match(text)


def _tokens_from_every_match(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), m.start(), m.end()) for m in cues.TOKEN.finditer(text, start, end)]


@settings(max_examples=300)
@given(st.text(alphabet=st.sampled_from("ab Z9_-'’.%£é\u212aſİ٣\n"), max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_a_sentence_tokenised_from_one_split_has_the_words_of_every_match(text: str, start: int, length: int) -> None:
    start = min(start, len(text))
    end = min(len(text), start + length)
    assert cues.tokens_between(text, start, end) == _tokens_from_every_match(text, start, end)


def test_the_sentences_of_the_articles_tokenised_from_one_split_have_the_words_of_every_match() -> None:
    for text in ARTICLES:
        for sentence in extract.split_sentences(text):
            assert (cues.tokens_between(text, sentence.start, sentence.end)
                    == _tokens_from_every_match(text, sentence.start, sentence.end))


# Patterns searched per figure only where the clause holds one of their words (see ``prefilter``),
# each with the words and how its source wraps its alternatives.
PREFILTERED = [(extract.PERIOD, extract.PERIOD_WORDS), (extract.WORTH_BEFORE, extract.WORTH_WORDS),
               (extract.VALUED_DRUG_BEFORE, extract.WORTH_WORDS), (extract.SAME_PERIOD, extract.SAME_WORDS),
               (relations.AREA_BY_AREA, relations.BY_WORDS), (cl501.FACT_CHECK, cl501.FACT_CHECK_WORDS),
               (scopes.BOTH_FORCES, scopes.BOTH_FORCES_WORDS),
               *((pattern, words) for (pattern, _), words in zip(scopes.ANAPHORA, scopes.ANAPHORA_WORDS, strict=True))]
# those whose alternatives are listed inside the opening and closing given
ALTERNATIVES_PREFILTERED = [(extract.PERIOD, extract.PERIOD_WORDS, r"(?i)\b(?:", r")\b")]
PREFILTER_SAMPLES = [  # one sentence each: a clause is read from the start of its sentence
    "Since January 4 were held. So far this year 5. A year earlier 6. 12 a month. In the past three years 7.",
    "Annually 8. The previous week of action 9. Its equivalent week 10. Last October 11. (May 2023: 29).",
    "Over both operations 40. Across the two periods 41. The two phases together brought 42. Every year 43.",
    "Since spring 44. ſince ſpring 45. LAST YEAR 46. In the Wİnter 47. Per Kweek 48. The year before 49.",
    "The previous round 50. Its corresponding crackdown 51. The preceding phase 52. Its prior campaign 53.",
    "Its earlier phase 54. The equivalent round 55. In November 56. This August 57. Its summer haul 58.",
    "Cannabis worth £5,000. Heroin with an estimated street value of £2,000. Cocaine valued at £1m.",
    "CRACK COCAINE WORTH £3,000. Heroin thought to be worth about £45,000. Cash and cannabis, value at £9.",
    "Over the SAME period 5 were held. In the ſame weeks 6. Force by force 7. Broken down BY region 8.",
    "Here is the breakdown by district. Counties by county 9. Areas\nby\tareas 10.",
    "The force made 3. Our constabulary 4. This county 5. Its force area 6. Of its 7. The region 8.",
    "All five counties 9. The two forces 10. Both counties 11. Tees and Durham forces 12. This resort 13.",
    "The town 14. This city 15. Our borough 16. The village 17. This estate 18. ſhe \u212aent force 19. All six forces 20.",
    "FACT CHECK: 40 were held. Fact-check 41. Our  verdict 42. What was\nclaimed 43. factcheck 44.",
]


def test_every_alternative_of_a_prefiltered_pattern_names_one_of_its_words() -> None:
    for pattern, words, opening, closing in ALTERNATIVES_PREFILTERED:
        source = pattern.pattern
        assert source.startswith(opening) and source.endswith(closing), source[:40]
        split = alternation.split_source(source[len(opening) : len(source) - len(closing)], False)
        assert split is not None and len(split[1]) > 1
        for alternative in split[1]:
            assert any(word in alternative.lower() for word in words), alternative


def _assert_prefilter_passes_every_match(text: str, start: int, end: int) -> None:
    for pattern, words in PREFILTERED:
        if pattern.search(text, start, end) is not None:
            assert prefilter.may_hold(text, start, end, words), (pattern.pattern[:40], text[start:end])


def test_clauses_of_the_articles_with_a_match_of_a_prefiltered_pattern_hold_one_of_its_words() -> None:
    for text in ARTICLES + PREFILTER_SAMPLES:
        for sentence in extract.split_sentences(text):
            ends = [m.start() for m in extract.STOP.finditer(text, sentence.start, sentence.end)] + [sentence.end]
            ends += [k for k in range(sentence.start, sentence.end) if text[k] == "£"]  # where a sum is read from
            for end in ends:
                _assert_prefilter_passes_every_match(text, sentence.start, end)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(
    [*extract.PERIOD_WORDS, "the", "a", "in", "this", "since", "ſince", "Wİnter", "ſpring", "(", ":", "2023",
     "per", "each", "every", "two", "both", "weeks", "accounted", "its", "force's", "\u212a", "-", ",",
     "worth", "WORTH", "valued", "at", "value", "of", "cannabis", "heroin", "estimated", "street", "£5",
     "same", "SAME", "ſame", "period", "fact", "check", "FACT-check", "our", "verdict", "what", "was", "claimed",
     "its", "area", "this", "county", "region", "all", "five", "counties", "both", "forces", "town", "estate", "Of", "over", "by", "BY", "force", "forces", "broken", "down", "breakdown"]),
    max_size=12).map(" ".join))
def test_generated_clauses_with_a_match_of_a_prefiltered_pattern_hold_one_of_its_words(text: str) -> None:
    _assert_prefilter_passes_every_match(text, 0, len(text))


def test_folding_keeps_every_letter_case_insensitive_matching_reads_as_an_ascii_letter() -> None:
    letter = regex.compile(r"(?i)[a-z]")
    for code in range(0x110000):
        char = chr(code)
        if 0xD800 <= code < 0xE000 or not letter.match(char):
            continue
        assert any(regex.match("(?i)" + ascii_letter, char) and ascii_letter in prefilter.folded(char)
                   for ascii_letter in "abcdefghijklmnopqrstuvwxyz"), hex(code)


EARLIER_VERSIONS = [
    "The article stated that 45 were held.", "A REPORT ON the raids said 12.", "It was headlined '29 charged'.",
    "We wrongly reported 45 arrests.", "The story had originally said 40.", "our report\ton Monday's raids gave 9",
]


@settings(max_examples=300)
@given(st.lists(st.sampled_from(
    ["the", "article", "story", "report", "reported", "reporter", "on", "Report", "\t", "had", "stated", "said",
     "headlined", "wrongly", "INCORRECTLY", "given", "edition", "read", "version", "piece", "45", ",", "."]),
    max_size=10).map(" ".join))
def test_an_article_passed_over_for_quoting_an_earlier_version_has_no_such_quote(text: str) -> None:
    assert cl501.PRINTED_BY.search(text) is None or cl501._may_name_earlier_version(text)


def test_the_articles_passed_over_for_quoting_an_earlier_version_have_no_such_quote() -> None:
    for text in ARTICLES + EARLIER_VERSIONS:
        assert cl501.PRINTED_BY.search(text) is None or cl501._may_name_earlier_version(text), text[:60]
    assert all(cl501._may_name_earlier_version(text) for text in EARLIER_VERSIONS)


def _assert_qualifier_prefilter_passes(window: str) -> None:
    if figures._BEFORE.search(window) is not None:
        assert prefilter.may_hold(window, 0, len(window), figures._BEFORE_PHRASES), window


def test_the_qualifier_phrases_are_the_pattern_s_in_lower_case() -> None:
    assert figures._BEFORE_PHRASES and all(p == p.lower() for p in figures._BEFORE_PHRASES)
    assert all(regex.escape(p) in figures._BEFORE.pattern for p in figures._BEFORE_PHRASES)


def test_the_words_before_every_figure_of_the_articles_with_a_qualifier_hold_its_phrase() -> None:
    for text in ARTICLES:
        for m in regex.finditer(r"[\d£]|\b(?:one|two|three|ten|twenty|hundreds|dozens)\b", text):
            _assert_qualifier_prefilter_passes(text[max(0, m.start() - 40) : m.start()])


@settings(max_examples=300)
@given(st.lists(st.sampled_from([*figures._BEFORE_PHRASES, "MORE THAN", "Nearly", "ſome", "Abo\u212aut", "a", "an",
                                 "further", "total of", "record", "x", "\n", "  ", "them"]), max_size=6).map(" ".join))
def test_the_words_before_a_generated_figure_with_a_qualifier_hold_its_phrase(words: str) -> None:
    _assert_qualifier_prefilter_passes(words + " ")


def _assert_same_named_people(text: str) -> None:
    fast = [(m.span(), m["surname"]) for m in scopes.NAMED_PERSON.finditer(text)]
    assert fast == [(m.span(), m["surname"]) for m in scopes.NAMED_PERSON_PLAIN.finditer(text)]


def test_people_named_with_their_age_are_found_as_the_plain_pattern_finds_them_in_articles() -> None:
    for text in ARTICLES:
        _assert_same_named_people(text)


@settings(max_examples=300)
@given(st.lists(st.sampled_from(["Tom", "Stanley", "In", "Kent", "x", "é", "_", "9", "19", "(", ")", ",", " ", "\n",
                                 "aged", "of", "Tamworth", "ÉTom", "New"]), max_size=20).map("".join))
def test_people_named_with_their_age_are_found_as_the_plain_pattern_finds_them(text: str) -> None:
    _assert_same_named_people(text)


@given(st.lists(st.integers(-3, 3), max_size=12))
def test_a_list_read_until_a_part_fails_answers_as_testing_every_part(parts: list[int]) -> None:
    def test(p: int) -> bool:
        return p >= 0
    expected = parts if all(test(p) for p in parts) else None
    assert relations._listed_while(iter(parts), test) == expected


def test_the_time_of_day_alternative_still_ends_with_the_words_its_sign_looks_for() -> None:
    alternatives = alternation.alternatives(dict(skips.SKIP_PATTERNS)["time"])
    signed = [a for a in alternatives if regex.sub(r"^\(\?\w+\)\s*", "", a.pattern).startswith(skips._IN_THE_MORNING)]
    assert len(signed) == 1
    assert regex.search(r"\\s\+in\\s\+the\\s\+\(\?:morning\|afternoon\|evening\)\\b\s*(?:#[^\n]*)?\s*$", signed[0].pattern)
    for text in ["at two in the morning", "By 9 in the EVENING", "at 3 in the afternoon", "at two in the night"]:
        _assert_same_skips(text)


# the patterns a place mention's window before it is searched for, their words and the window's reach
MENTION_WINDOWS = [(scopes.DIRECTION_BEFORE, scopes.DIRECTION_WORDS, 30),
                   (scopes.SUPPLYING_BEFORE, scopes.SUPPLYING_WORDS, 30),
                   (scopes.LIVES_BEFORE, scopes.LIVES_WORDS, 20), (scopes.COURT_BEFORE, scopes.COURT_WORDS, 40),
                   (scopes.JOB_AREA_BEFORE, scopes.JOB_AREA_WORDS, 40), (scopes.PARTNER_BEFORE, scopes.PARTNER_WORDS, 60)]
MENTION_SAMPLES = [  # each holds one word of its list within reach, so dropping any word fails
    "Drugs came INTO Kent", "brought FROM the north", "Lines supplying Swansea", "gangs serving Hull",
    "networks flooding Leeds", "flooding towns across Kent", "He lives in Leeds", "RESIDING IN the Wirral",
    "homes in Hull", "magistrates in Hull", "justices at York", "a judge in Leeds", "the court at Exeter",
    "appeared at Leeds", "sentenced at Exeter", "remanded in Hull", "tried in York", "a trial in Leeds",
    "a hearing in Hull", "Area commander for Dundee", "cabinet member of Swansea", "Works closely with Kent",
    "funded by Kent", "supported on the day by colleagues from Kent", "alongside the Met",
    "ſupplying Kent", "worked wİth Essex", "in partnership with Surrey",
]


def _assert_mention_windows_hold_their_words(text: str) -> None:
    for k in range(len(text) + 1):
        for pattern, words, reach in MENTION_WINDOWS:
            if pattern.search(text, max(0, k - reach), k) is not None:
                assert prefilter.may_hold(text, max(0, k - reach), k, words), (pattern.pattern[:30], text[:k])


def test_windows_before_places_with_a_match_hold_one_of_its_words() -> None:
    for text in MENTION_SAMPLES:
        _assert_mention_windows_hold_their_words(text)
    for text in ARTICLES:
        for m in regex.finditer(r"\b[A-Z]", text):
            for pattern, words, reach in MENTION_WINDOWS:
                if pattern.search(text, max(0, m.start() - reach), m.start()) is not None:
                    assert prefilter.may_hold(text, max(0, m.start() - reach), m.start(), words), text[:m.start()][-60:]


@settings(max_examples=200)
@given(st.lists(st.sampled_from(
    ["into", "from", "the", "outside", "north", "supplying", "serving", "drugs", "to", "towns", "in", "across",
     "lives", "homes", "resident", "magistrates", "court", "appeared", "before", "at", "commander", "for", "of",
     "works", "with", "closely", "funded", "by", "supported", "colleagues", "joint", "operation", "alongside",
     "help", "partnership", "Kent", "ſerving", "\u212aent", "WITH", "12", ",", "\n"]), max_size=12).map(" ".join))
def test_generated_windows_before_places_with_a_match_hold_one_of_its_words(text: str) -> None:
    _assert_mention_windows_hold_their_words(text + " ")
