"""Runs of digits that are not figures: phone numbers, times, ages, ordinals, names, addresses.

Each pattern has a name that becomes the reason in the report's ledger of skipped numbers, so an
editor can see that "101" was read as a phone number and not lost.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from typing import Final

import regex

from ..lazyre import lazy_compile
from ..vocab.geography import FORCES, PLACES, REGIONS
from ..vocab.numbers import GROUPS, SCALES, TENS, UNITS
from . import alternation
from .spans import Finder, TakenSpans, guarded
from .words import WordIndex, leading_words

_NUMWORD = (
    r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|"
    r"sixteen|seventeen|eighteen|nineteen|twenty)"
)

SKIP_PATTERNS: Final[tuple[tuple[str, regex.Pattern[str]], ...]] = (
    # An address starts where a run of address characters starts, so each run is read once.
    ("url", lazy_compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"]++|(?<![\w.+-])[\w.+-]++@[\w-]++\.[\w.]++")),
    (
        "time",
        lazy_compile(
            r"""(?ix)(?<![\w.,£$€])
            (?:\d{1,2}[:.]\d{2}(?::\d{2})?\s?(?:am|pm|a\.m\.|p\.m\.|gmt|bst|hrs|hours)   # 1:39 pm, 9.30am
             |\d{1,2}:\d{2}(?::\d{2})?                                                    # 13:45
             |\d{1,2}\.[0-5]\d(?!\s?(?:%|(?:per\s?cent|percent|kgs?|kilos?|kilograms?|g|grams?|tonnes?
                 |m|k|mn|bn|million|billion|thousand)\b))                                 # 10.30, not 2.25 kg
             |\d{1,2}\s?(?:am|pm|a\.m\.|p\.m\.))(?![\w])                                   # 4am
            |(?<![\w.,£$€])(?<!\d[\s-])0\d[0-5]\d(?![\w.,]*\d)(?![\s-]?\d)(?!\w)             # 0700, not a phone's end
            |\b\d{1,2}\s+o['’]clock\b                                                     # 10 o'clock
            |\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|twenty-five|quarter|half)
                \s+(?:o['’]clock\b|past\s+(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|midnight|noon|\d{1,2})\b)
                                                                                          # ten o'clock, ten past eight
            |\b(?<=\b(?:at|by|until|till|from|after|before|around|about)\s)(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)
                \s+in\s+the\s+(?:morning|afternoon|evening)\b                              # at two in the morning
            """
        ),
    ),
    (
        "phone number",
        lazy_compile(
            r"""(?x)
            (?:\+44\s?\(?0?\)?\s?\d{2,4}|\b0\d{2,4})[\s-]?\d{3,4}[\s-]?\d{3,4}\b            # 0800 555111
            |\b0\d{3}(?:[\s-]\d{2}){3}\b                                                  # 0800 40 50 40
            |\b0[358]00[\s-]?\d{4}\b                                                        # Childline 0800 1111
            |(?<=\b(?:text|txt|sms)\s(?:\w+\s){0,3}on\s)\d{4,6}\b                           # text BTP on 61016
            |(?<=\b(?:on|call|dial|ring|phone|calling|dialling|contact|via|number)\s(?:police\s)?(?:\*{1,2}|_{1,2})?)
              (?:101|999|111|0\d{3,4}\s?\d{3}\s?\d{3,4})\b                                  # "on 101", "call **101**"
            |(?<=\b(?:101|999),?\s(?:or\s)?)(?:101|999)\b                                      # "Call 101, or 999 if ..."
            """,
            regex.IGNORECASE,
        ),
    ),
    # "Page 2 of 3", "page 4/12", a page number alone in its paragraph ("14", "- 14 -"): where a printed
    # page broke, never a figure of the text; so is a gallery's "Photo 3 of 8" or "Image 2/12"
    ("page number", lazy_compile(
        r"""(?ix)\b(?:p(?:age|g\.?|\.)|photo(?:graph)?|picture|pic|image|slide)[ \t]*\d{1,4}[ \t]*(?:of|/)[ \t]*\d{1,4}\b
        |(?<=(?:\A|\n[ \t]*\n)[ \t]*)(?:[-–—][ \t]*)?\d{1,4}(?:[ \t]*[-–—])?(?=[ \t]*(?:\n[ \t]*\n|\n?[ \t]*\Z))
        """
    )),
    # "💬 14   🔁 52   ❤ 188", "47 comments", "Comments (47)", "12 likes · 3 replies": a post's or a page's
    # counts of replies, shares and likes, on a line of their own; they count readers, not the story
    ("reader count", lazy_compile(
        r"""(?mx)^[ \t]*(?:\p{So}\ufe0f?[ \t]*\d[\d,.]*[KkMm]?[ \t]*)+$
        |(?i:^[ \t]*(?:\d[\d,.]*[KkMm]?[ \t]+(?:comments?|replies|reply|likes?|retweets?|reposts?|shares?|views|reactions|
            quotes|bookmarks|upvotes)(?:[ \t]*[·•|,][ \t]*|[ \t]*$))+$)
        |(?i:^[ \t]*(?:comments|replies|likes|shares|reactions|views)[ \t]*(?:\(\d[\d,]*\)|:[ \t]*\d[\d,]*)[ \t]*$)
        """
    )),
    (
        "age",
        lazy_compile(
            rf"""(?ix)
            \b(?:aged|ages|age)\s+(?:of\s+|between\s+|over\s+|under\s+)?(?:\d{{1,2}}|{_NUMWORD})
                (?:(?:\s*,\s*(?:\d{{1,2}}|{_NUMWORD}))+\s*,?\s*(?:and|or)\s*(?:\d{{1,2}}(?![.,]?\d)|{_NUMWORD})  # "aged 17, 19 and 23"
                  |[^\S\n]*(?:to|and|-|–|or)[^\S\n]*(?:\d{{1,2}}(?![.,]?\d)|{_NUMWORD}))?(?:\s*(?:years?(?:\s+old)?|months?))?  # not "under 18\n- 5,306"
            |(?:\d{{1,2}}|{_NUMWORD})(?:\s*(?:to|-|–)\s*(?:\d{{1,2}}|{_NUMWORD}))?[\s-]years?[\s-]olds?\b
            |\b(?:under|over)[\s-](?:1[0-9]|2[0-5])s?(?![.,]\d)(?=\s*(?:[.,;:)!?\n]|$|\s(?:were|was|who|and|are|is|have|had|or|in|at|from|being|among|to)\b))
            |\bunder[\s-]18s?\b(?![.,]\d)(?!\s+(?:months|years|weeks|days))
            |\b\d{{1,2}}\s+or\s+(?:older|over|younger|under|above|below)\b           # "25 or older"
            |\bas\s+(?:young|old)\s+as\s+(?:\d{{1,2}}|{_NUMWORD})\b                  # "as young as 14"
            |\b(?:lads|boys|girls|kids|children|youngsters|teenagers)\s+of\s+(?:\d{{1,2}}|{_NUMWORD})
                (?:\s*(?:,|and|or|to|-|–)\s*(?:\d{{1,2}}|{_NUMWORD}))*\b(?![.,]?\d)(?!\s+(?:[a-z]+s|per)\b)  # "lads of 14 and 15 being"
            |\b(?:youngest|oldest)(?:\s+(?!\d)[\w'’]+){{0,6}}?\s+(?:just\s+|only\s+|aged\s+)?(?:\d{{1,2}}|{_NUMWORD})\b
                (?![.,]\d)(?=\s*(?:[.,;:)!?]|$|\s(?:and|when|years?|but|compared|while)\b))  # "the youngest was 12"
            |\b(?:average|mean|median)\s+age\s+(?:of|was|is|at)\s+(?:just\s+|about\s+|around\s+)?\d{{1,2}}(?:\.\d)?\b  # "an average age of 15.2"
            |(?<=\b(?-i:[A-Z][a-z]+),\s)\d{{1,2}}(?=,\s+(?:(?:also|all|both|now|formerly|originally)\s+)?(?:of|from|was|who|has|had|is|and|a|an)\b)  # "Jordan Pike, 24, of Ipswich"
            |(?<=\b(?-i:[A-Z][a-z]+),\s)\d{{1,2}}(?=,\s+(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][\w'’-]+)){{1,2}},\s+\d{{1,2}},)  # "Jo Carter, 26, Reece Hall, 22,"
            |(?<=\b(?-i:[A-Z][a-z]+)\s(?-i:[A-Z][\w'’-]+),\s)\d{{1,2}}(?=,\s+(?-i:[a-z]))  # "Dean Ashworth, 26, received"
            |(?<=\b(?:son|daughter|boy|girl|brother|sister|nephew|niece|grandson|granddaughter|stepson|stepdaughter|
                cousin|friend|boyfriend|girlfriend|teenager|pupil|victim),\s)\d{{1,2}}(?=,)   # "after her son, 15, was groomed"
            |(?<=\b(?-i:[A-Z][a-z]+)\s)\(\d{{1,2}}\)                              # "Jordan Pike (24)"
            |(?<=\b(?-i:[A-Z][a-z]+)\s(?-i:[A-Z][\w'’-]+),\s)\d{{1,2}}(?=;|\.(?:\s|$))  # "The defendants are Jo Reid, 33; ... and Al Kerr, 30."
            |(?<=\b(?-i:[A-Z][\w'’-]+),\s+now\s)\d{{1,2}}(?=,)                    # "AXJ, now 19, was stopped"
            |(?<=\b(?:boy|girl|teenager|youngster|child|son|daughter),\s+who\s+(?:is|was)\s+(?:now\s+)?)\d{{1,2}}(?=\s+and\b|,)  # "The boy, who is 16 and cannot be named"
            """
        ),
    ),
    ("ordinal", lazy_compile(r"(?i)\b\d+(?:st|nd|rd|th)\b")),
    # "1. Motorway closed after lorry fire": the number of an item in a numbered list or a "Most read" box
    # "1. 45 arrests": before a figure only where the line next to it is an item of the list too
    ("list number", lazy_compile(
        r"""(?mx)^[ \t]*\d{1,2}[.)](?=[ \t]+["'“‘(\[]?[^\W\d])
        |^[ \t]*\d{1,2}[.)](?=[ \t]+[£$€]?\d)
            (?:(?=[^\n]*\n(?:[ \t]*\n)?[ \t]*\d{1,2}[.)][ \t])
              |(?<=(?:^|\n)[ \t]*\d{1,2}[.)][ \t][^\n]*\n(?:[ \t]*\n)?[ \t]*\d{1,2}[.)]))"""
    )),
    # "236 county lines[1]", "[4] Home Office, ...": a footnote's mark in the text and its number in the
    # list of sources; a count in square brackets stands after a space, never glued to the word before
    ("footnote mark", lazy_compile(
        r"""(?mx)(?<=[^\W\d]|[.,;:!?'’"”)%])\[\d{1,3}\](?![\w£$€])
        |^[ \t]*\[\d{1,3}\](?=[ \t]+[^\W\d])"""
    )),
    # "Claim three: ...", "Question 4 - ...", "Day two:": the number of a heading that starts its line
    ("numbered heading", lazy_compile(
        rf"""(?mx)(?<=^[ \t]*(?:Claim|Question|Part|Step|Point|Myth|Fact|Lesson|Reason|Round|Day|Week|Chapter|
            Stage|Phase|Item|Case|Number|Verdict|Answer|Q)[ \t]+)(?:{_NUMWORD}|\d{{1,2}})(?=[ \t]*(?:[:.–—]|\s-)[ \t])"""
    )),
    # "4.3.1 Overview", "Continued on page 38: 4.4 Serious violence": a report's numbered sections
    ("section number", lazy_compile(
        r"""(?x)(?<![\w.,£$€])\d{1,2}(?:\.\d{1,2}){2,}(?![\w.,]*\d)(?!\w)
        |(?m:(?<=^[ \t]*|:[ \t]+))\d{1,2}\.\d{1,2}(?=[ \t]+(?!(?:Kilos?|Kg|Tonnes?|Million|Billion|Per)\b)
            [A-Z][a-z]+(?:[ \t]+[^\W\d]+){0,8}[ \t]*(?=\n|\Z))  # a heading alone on its line
        # "3.2 In the first nine months ...": a committee report's numbered paragraphs, told from a figure
        # opening a line by another paragraph numbered the same way a few lines before or after it
        |(?m:(?<=^[ \t]*))\d{1,2}\.\d{1,2}(?=[ \t]+(?!(?:Kilos?|Kg|Tonnes?|Million|Billion|Per)\b)[A-Z][a-z]*\b)
            (?:(?=[^\n]*+(?:\n[^\n]*+){0,8}?\n[ \t]*\d{1,2}\.\d{1,2}[ \t]+[A-Z])
              |(?<=(?:^|\n)[ \t]*\d{1,2}\.\d{1,2}[ \t]+[A-Z][^\n]*(?:\n[^\n]*){0,8}?\n[ \t]*\d{1,2}\.\d{1,2}))"""
    )),
    ("road", lazy_compile(r"\b[AMB]\d{1,4}(?:\([MT]\))?(?![\w-])")),  # the M6, A465, A1(M)
    (
        "address",
        lazy_compile(
            r"""(?x)\b\d{1,4}[a-z]?\s+(?:[A-Z][a-z]+\s+){1,3}
            (?:Street|Road|Lane|Avenue|Close|Drive|Way|Place|Crescent|Terrace|Gardens|Court|Square|
               Grove|Parade|Row|Walk|Mews|Rise|View|St|Rd|Ave)\b"""
        ),
    ),
    (
        "part of a name",
        lazy_compile(
            r"""(?x)
            \b(?:Section|Schedule|Part|Article|Class|Category|Level|Tier|Operation|Op|Room|Unit|Chapter|
                Page|page|Junction|junction|Route|No\.|Number|Question|Clause|Grade|Figure|Table|Version|Phase|
                Series|Season|Episode|Stage|Key\s+Stage|Year|Box|Flat|Apartment|Gate|Platform|Terminal|
                Covid|COVID|Cat|Channel|Radio|BBC|ITV|Sky|Bus|section|paragraph|Paragraph|Appendix|appendix|
                Annex|annex|Option|Act|Story|STORY|Item|ITEM|Issue|ISSUE|Edition|Quarter|
                Crim|Civ|EWHC|UKSC)[\s-]\d+(?:\.\d+)*[A-Za-z]?\b            # a law report's citation: "[2025] EWCA Crim 412"
            |(?i:\b(?:agenda[ \t]+)?item|\bissue|\bpage|\bparagraph|\bsection|\bappendix|\bannex)[ \t]*(?:no\.?[ \t]*)?:[ \t]*\d+(?:\.\d+)*\b  # "Agenda item: 6"
            |\b[A-Za-z]+-\d+\b                                  # COVID-19, M-25
            |\b\d+/\d+\b                                       # 24/7, 9/11
            |\b\d+-\d+(?=\s+(?:vote|win|defeat|draw|victory|majority))   # scores
            """
        ),
    ),
)


@lru_cache(maxsize=64)
def _leading_words(pattern: regex.Pattern[str]) -> tuple[tuple[frozenset[str], bool] | None, ...]:
    """For each alternative of a pattern, the words its matches start with (see ``words``), if known."""
    return tuple(leading_words(alt) for alt in alternation.alternatives(pattern))


# Tails that end every match of an alternative written to end with them: where the text holds none
# after a position, that alternative has no match after it either ("17-year-old" is rare, and its
# alternative, starting with any digit or number word, is the costliest to search).
_TAILS = {r"[\s-]years?[\s-]olds?\b": r"years?[\s-]olds?\b"}


@lru_cache(maxsize=64)
def _tails(pattern: regex.Pattern[str]) -> tuple[regex.Pattern[str] | None, ...]:
    """For each alternative of a pattern, a pattern every one of its matches holds a match of, if known."""
    found: list[regex.Pattern[str] | None] = []
    for alt in alternation.alternatives(pattern):
        source = alt.pattern.rstrip() if alt.flags & regex.VERBOSE else alt.pattern
        tail = next((t for t in _TAILS if source.endswith(t)), None)
        if tail is not None:
            before = source[: len(source) - len(tail)]
            if (len(before) - len(before.rstrip("\\"))) % 2:
                tail = None  # "\[\s-]...": an escaped bracket, not the tail
        # a tail at the end of a pattern with balanced groups and no "|" of its own is outside every
        # group: with one more alternative added, the pattern splits in exactly two
        split = alternation.split_source(source + "|(?!)", bool(alt.flags & regex.VERBOSE))
        plain = split is not None and len(split[1]) == 2
        found.append(regex.compile(_TAILS[tail], alt.flags & regex.IGNORECASE) if plain and tail else None)
    return tuple(found)


def _tail_search(text: str, tail: regex.Pattern[str], search: alternation.Search | None = None) -> alternation.Search:
    """``alternative.search`` (or the quicker ``search``) that first looks for the tail every match ends with."""
    return lambda alt, pos, timeout: (
        None if tail.search(text, pos, timeout=timeout) is None
        else alt.search(text, pos, timeout=timeout) if search is None else search(alt, pos, timeout)
    )


# An alternative whose every match stands next to one of a few words, as whole words: after them,
# "(?<=^[ \t]*(?:Claim|Question|...)[ \t]+)", "(?<=\b(?:son|daughter|...),\s)", or starting with them.
# Where the text holds none of them, the alternative has no match and its whole-text search (30-200 µs
# an article, the lookbehinds tried at every character) is not made. The words are read from the
# source, so an edit to the list moves the check with it.
_SIGN_WORDS = lazy_compile(
    r"(?P<flags>\(\?[a-zA-Z]+\))?\s*(?:\(\?<=)?(?:\\b|(?P<line>\^\[ \\t\]\*))\(\?:(?P<words>[A-Za-z|\s]+)\)"
    r"(?=\\s|\[ \\t\]|,|\\b|\[\\s-\])"
)


@dataclass(frozen=True)
class SignWords:
    """Words (as written) one of which stands next to every match, as a whole run of word characters;
    in the case written when the pattern is case-sensitive, first on its line after ``^[ \t]*``."""

    words: frozenset[str]
    case_sensitive: bool
    line_start: bool

    def shown(self, text: str, index: WordIndex) -> bool:
        """Whether the text holds one of the words as required (any word, where a non-ASCII run could be one)."""
        if index.has_non_ascii_runs():
            return True
        for word in self.words:
            for start in index.starts_of(word.lower()):
                if self.case_sensitive and not text.startswith(word, start):
                    continue
                if self.line_start and not _first_on_its_line(text, start):
                    continue
                return True
        return False


def _first_on_its_line(text: str, start: int) -> bool:
    """Whether only spaces and tabs stand between the start of the line and ``start``. It reads back
    over those alone (not to the line's start), so a long line of such words costs no more than its length."""
    k = start
    while k > 0 and text[k - 1] in " \t":
        k -= 1
    return k == 0 or text[k - 1] == "\n"


_IN_THE_MORNING = r"\b(?<=\b(?:at|by|until|till|from|after|before|around|about)\s)(?:\d{1,2}|one|two|three|four|"
_HYPHEN_DIGIT = lazy_compile(r"-\d")
_LINE_STARTING_WITH_DIGIT = lazy_compile(r"\n[ \t]*\d")
Sign = SignWords | Callable[[str], bool]
# Other alternatives and what every text with a match of one holds, keyed by the start of the
# alternative's source (less its flags and layout): the key itself says why, and an edit to it
# drops the check rather than making it wrong.
_SIGNS: dict[str, Sign] = {
    # each a whole run, before ":" or "."
    r"\b(?:https?://|www\.)": SignWords(frozenset({"http", "https", "www"}), False, False),
    r"\b(?:youngest|oldest)(?:\s+": SignWords(frozenset({"youngest", "oldest"}), False, False),
    r"(?<![\w.+-])[\w.+-]++@": lambda text: "@" in text,
    r"\b[A-Za-z]+-\d": lambda text: _HYPHEN_DIGIT.search(text) is not None,
    r"\b\d+/\d+\b": lambda text: "/" in text,
    r"\b\d{1,2}\s+o['’]clock\b": SignWords(frozenset({"clock"}), False, False),  # after "'", before a boundary
    # "at two in the morning": its lookbehind's words are in every article, the words it ends with
    # are not (a test checks that the alternative still ends with them)
    _IN_THE_MORNING: SignWords(frozenset({"morning", "afternoon", "evening"}), False, False),
    # "^" of a multi-line pattern is the start of the text or just after "\n"
    r"^[ \t]*\d": lambda text: _LINE_STARTING_WITH_DIGIT.search("\n" + text) is not None,
}


def sign_of(alternative: regex.Pattern[str]) -> Sign | None:
    r"""What every text with a match of the alternative holds: words next to the match, or a test
    the text passes; None when not known.

    >>> sign_of(regex.compile("(?x)(?<=^[ \\t]*(?:Claim|Key\n Stage|\n Q)[ \\t]+)\\d"))
    SignWords(words=frozenset({...}), case_sensitive=True, line_start=True)
    >>> sorted(sign_of(regex.compile("(?x)(?<=^[ \\t]*(?:Claim|Key\n Stage|\n Q)[ \\t]+)\\d")).words)
    ['Claim', 'KeyStage', 'Q']
    >>> sign_of(regex.compile(r"(?i)(?<=\b(?:on|call)\s)\d+"))
    SignWords(words=frozenset({...}), case_sensitive=False, line_start=False)
    >>> sign_of(regex.compile(r"(?<=(?:on|call)\s)\d+")), sign_of(regex.compile(r"\b(?:on|call)\d"))
    (None, None)
    """
    m = _SIGN_WORDS.match(alternative.pattern)
    if m is not None:
        words = m["words"].split("|")
        if not alternative.flags & regex.VERBOSE and any(w != w.strip() for w in words):
            return None  # a space that is matched, not layout
        return SignWords(frozenset("".join(w.split()) for w in words),  # layout inside a word is not part of it
                         not alternative.flags & regex.IGNORECASE, bool(m["line"]))
    source = alternative.pattern
    flags = alternation.split_source(source + "|(?!)", False)
    body = source[len(flags[0]):] if flags is not None else source
    body = body.lstrip() if alternative.flags & regex.VERBOSE else body
    return next((sign for start, sign in _SIGNS.items() if body.startswith(start)), None)


@lru_cache(maxsize=64)
def _signs(pattern: regex.Pattern[str]) -> tuple[Sign | None, ...]:
    """For each alternative of a pattern, what every text with a match of it holds, if known."""
    return tuple(sign_of(alt) for alt in alternation.alternatives(pattern))


def _shows(sign: Sign | None, text: str, words: WordIndex) -> bool:
    """Whether the text holds the sign (a text with no sign known always may)."""
    if sign is None:
        return True
    return sign.shown(text, words) if isinstance(sign, SignWords) else sign(text)


def _no_match(alt: regex.Pattern[str], pos: int, timeout: float | None) -> None:
    """The search of an alternative the text cannot match."""
    return None


def searches(pattern: regex.Pattern[str], text: str, words: WordIndex) -> list[alternation.Search | None]:
    """For each alternative of a pattern, its quicker search where one is known (see ``alternation``):
    none at all where the text lacks its sign, else tried only at its first words, and only while
    the tail it ends with is still ahead."""
    found: list[alternation.Search | None] = []
    for spec, tail, sign in zip(_leading_words(pattern), _tails(pattern), _signs(pattern)):
        if not _shows(sign, text, words):
            found.append(_no_match)
            continue
        search = words.searcher(*spec) if spec is not None else None
        found.append(_tail_search(text, tail, search) if tail is not None else search)
    return found


def _finder(quick: list[alternation.Search | None]) -> Finder:
    """``alternation.finditer`` with the quicker searches, as ``spans.guarded`` takes it."""
    return lambda pattern, text, timeout: alternation.finditer(pattern, text, timeout, quick)


# "Wakefield (11), Pontefract (7)": a bracketed count after an area is a breakdown, not an age after a
# name ("Jordan Pike (24)"). Any name of a place, force or region counts as an area.
AREA_NAMES: Final[frozenset[str]] = frozenset(
    name.casefold() for name in (
        *(place for place, _ in PLACES),
        *(name for force, _, aliases in FORCES for name in (force, *aliases)),
        *(name for region, aliases in REGIONS for name in (region, *aliases)),
    )
)
_WORDS_BEFORE = lazy_compile(r"(?:[\w'’&.-]+\s+){1,5}$")
# words that start a sentence or a clause in capitals, never a first name: "In Wakefield (11)"
_NOT_FIRST_NAMES = frozenset({"in", "at", "and", "or", "from", "with", "across", "including", "of", "the", "for"})
_AREA_SIBLING = lazy_compile(r"(?:,\s*|\s+and\s+|,\s+and\s+)(?-i:[A-Z][\w'’-]+)(?:\s+(?-i:[A-Z][\w'’-]+))*\s+\(\d")

_AREA_SIBLING_BEFORE = lazy_compile(r"\d\)(?:,\s*|\s+and\s+|,\s+and\s+)(?-i:[A-Z][\w'’-]+)\s+$")


def _area_count(text: str, start: int) -> bool:
    """'(11)' after an area (a known place, force or region, not a first name before it), or after one
    capitalised word listed with another bracketed count: a count for that area, not an age."""
    before = _WORDS_BEFORE.search(text, max(0, start - 80), start)
    if before is None:
        return False
    words = before.group().split()
    for k in range(len(words)):
        if " ".join(words[k:]).casefold() in AREA_NAMES:
            previous = words[k - 1] if k else ""
            return not (previous[:1].isupper() and previous.casefold() not in _NOT_FIRST_NAMES)
    single = len(words) == 1 or not words[-2][:1].isupper() or words[-2].casefold() in _NOT_FIRST_NAMES
    end = text.find(")", start)
    return single and (bool(_AREA_SIBLING.match(text, end + 1)) or bool(_AREA_SIBLING_BEFORE.search(text, max(0, start - 80), start)))


_BEFORE_COMMA = lazy_compile(r"((?:[\w'’&.-]+\s+){0,3}[\w'’&.-]+),\s+$")


def _area_before_comma(text: str, start: int) -> bool:
    """'Humberside, 19,': the words before the comma end with an area's name, not a person's (a first
    name before it makes it a surname: "Tom Stanley, 19,")."""
    before = _BEFORE_COMMA.search(text, max(0, start - 60), start)
    if before is None:
        return False
    words = before.group(1).split()
    for k in range(len(words)):
        if " ".join(words[k:]).casefold() in AREA_NAMES:
            previous = words[k - 1] if k else ""
            return not (previous[:1].isupper() and previous.casefold() not in _NOT_FIRST_NAMES)
    return False


# "Running Lines | Safer Routes Trust          15", "16    Annual Report 2024": a line of words with a
# number set apart from them at one end (by a wide gap or a bar), as a printed page's header or footer
_HEAD_LINE = lazy_compile(
    r"""(?mx)^[ \t]*(?:(?P<n1>\d{1,4})(?:[ \t]{2,}|[ \t]*[|·•][ \t]*))?
    (?P<body>[^\W\d](?:[^\n]*[^\W\d])?)
    (?(n1)|(?:[ \t]{2,}|[ \t]*[|·•][ \t]*)(?P<n2>\d{1,4}))[ \t]*$"""
)
MIN_PAGE_LINES = 8  # a printed page holds more lines than this: nearer repeats are a table's rows
# a number set apart at either end of a line, all ``_HEAD_LINE`` needs to match there: a running head is
# two such lines at least, and most articles have none (one quick pass instead of _HEAD_LINE's, 0.3 ms)
_HEAD_NUMBER = lazy_compile(r"(?m)^[ \t]*\d{1,4}(?:[ \t]{2}|[ \t]*[|·•])|(?:[ \t]{2}|[|·•])[ \t]*\d{1,4}[ \t]*$")


def _running_heads(text: str) -> list[tuple[int, int]]:
    """The page numbers of a running header or footer: the same words on two or more lines, at least
    a page apart, each time with a number set apart at one end that grows down the text (15, 16, 17).
    A table's rows that repeat a label ("Arrests   17" in this week's table and last week's) are
    close together or their numbers do not climb page by page, so they stay figures."""
    lines: dict[str, list[tuple[int, int, int]]] = {}  # body -> (line number, start, end of the number)
    if "\n" not in text or len(_HEAD_NUMBER.findall(text)) < 2:
        return []
    heads = list(_HEAD_LINE.finditer(text))
    numbers = [text.count("\n", 0, m.start()) for m in heads]
    for k, m in enumerate(heads):
        key = " ".join(m["body"].split()).casefold()
        beside = (k and numbers[k - 1] == numbers[k] - 1) or (k + 1 < len(heads) and numbers[k + 1] == numbers[k] + 1)
        if len(key.split()) < 2 or beside:
            continue  # one word, or a line among others like it: a table's label and figure, not a page's head
        group = "n1" if m["n1"] else "n2"
        lines.setdefault(key, []).append((numbers[k], m.start(group), m.end(group)))
    found: list[tuple[int, int]] = []
    for seen in lines.values():
        if len(seen) < 2:
            continue
        pages = [int(text[a:b]) for _, a, b in seen]
        paged = all(0 < n2 - n1 <= 3 and l2 - l1 >= MIN_PAGE_LINES
                    for (l1, _, _), (l2, _, _), n1, n2 in zip(seen, seen[1:], pages, pages[1:]))
        if paged:
            found.extend((a, b) for _, a, b in seen)
    return found


def find_skips(text: str, lost: list[tuple[int, int, str]] | None = None,
               words: WordIndex | None = None) -> list[tuple[int, int, str]]:
    """Spans that hold digits or number words but are not figures, with the reason.

    >>> [(text[a:b], why) for text in ["call 101 or 0800 555111"] for a, b, why in find_skips(text)]
    [('101', 'phone number'), ('0800 555111', 'phone number')]
    >>> [why for _, _, why in find_skips("seven people under 18, a 17-year-old, at 1:39 pm")]
    ['age', 'age', 'time']
    """
    found: list[tuple[int, int, str]] = []
    taken = TakenSpans()
    words = words or WordIndex(text)
    for reason, pattern in SKIP_PATTERNS:
        # one alternative at a time, and those that start with known words or a digit only there: faster
        for m in guarded(pattern, text, lost, _finder(searches(pattern, text, words))):
            if reason == "age" and text.startswith("(", m.start()) and _area_count(text, m.start()):
                continue
            if reason == "age" and m.group().isdigit() and _area_before_comma(text, m.start()):
                continue  # "North Yorkshire, 24, and Humberside, 19": counts for areas, not ages
            if m.end() > m.start() and taken.free(m.start(), m.end()):
                found.append((m.start(), m.end(), reason))
                taken.add(m.start(), m.end())
    for a, b in _running_heads(text):
        if taken.free(a, b):
            found.append((a, b, "page number"))
            taken.add(a, b)
    return sorted(found)


# Every run of digits and every number word: what the ledger accounts for.
FIGURE_TOKEN = lazy_compile(
    r"\d++|(?i:\b(?:" + "|".join(sorted([*UNITS, *TENS, *SCALES, *GROUPS], key=len, reverse=True)) + r")\b)"
)
# 1990s, 80s, '90s: a decade, not a count
DECADE_AFTER = lazy_compile(r"['’]?s\b")


def unread(text: str, read: list[tuple[int, int]], lost: list[tuple[int, int, str]] | None = None,
           words: WordIndex | None = None) -> list[tuple[int, int, str]]:
    """Runs of digits and number words that no recognizer read, each with the reason, so that the
    ledger accounts for every figure in the text: nothing is dropped without a word.

    >>> [(text[a:b], why) for text in ["M6, G4S, 1990s, 10:1, p.12, 2019-2020"] for a, b, why in unread(text, [])]
    ... # doctest: +NORMALIZE_WHITESPACE
    [('6', 'part of a name or code'), ('4', 'part of a name or code'), ('1990', 'decade'),
     ('10', 'ratio or score'), ('1', 'ratio or score'), ('12', 'part of a name or code'),
     ('2019', 'year'), ('2020', 'end of a year range')]
    """
    covered = TakenSpans(read)
    return [
        (m.start(), m.end(), _why_unread(text, m.start(), m.end()))
        # digit runs, and number words tried only where they stand
        for m in guarded(FIGURE_TOKEN, text, lost, _finder(searches(FIGURE_TOKEN, text, words or WordIndex(text))))
        if not covered.covers(m.start(), m.end())
    ]


def _why_unread(text: str, start: int, end: int) -> str:
    token = text[start:end]
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    if not token[0].isdigit():
        return "part of a compound word" if "-" in (before[-1:], after[:1]) else "not a count"
    if DECADE_AFTER.match(after) and (len(token) == 2 or len(token) == 4 and token[:2] in ("19", "20")):
        return "decade"
    if any(ch.isalpha() or ch == "_" for ch in (before[-1:] + after[:1])) or (
        before[-1:] == "." and before[:1].isalpha()  # "No.10", "p.12"
    ) or (after[:1] == "/" and text[end + 1 : end + 2].isalpha()):  # "ref: 240620/CRIME/0417"
        return "part of a name or code"
    if ":" in (before[-1:], after[:1]):
        return "ratio or score"
    if len(token) == 4 and token[:2] in ("19", "20") and before[-1:] in ("-", "–", "/"):
        return "end of a year range"  # "2019-2020": a year, but not one a figure's clause names
    if len(token) == 2 and before[-1:] in ("-", "–", "/") and regex.fullmatch(r"(?:19|20)\d\d", text[max(0, start - 5) : start - 1]):
        return "end of a year range"  # "2024-25", "2019/20": a financial or school year
    if len(token) == 4 and token[:2] in ("19", "20"):
        return "year"  # "Q1 2026", "the 2019 figures": a year the date grammar has no day for
    return "not read as a figure"
