"""Properties that hold for any input: ``check()`` never raises, spans stay in the text, printed
figures re-read to their values, results are deterministic, and breakdowns are judged by arithmetic.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st
from ledger import unaccounted

from countylines_check import Claim, Report, Status, Unit, check, parse, reconcile
from countylines_check.vocab.geography import FORCES
from countylines_check.vocab.geography import PLACES as GAZETTEER_PLACES
from countylines_check.vocab.numbers import TENS, UNITS

# Example counts come from the hypothesis profile (tests/conftest.py: ``ci`` or ``thorough``).
FAST = settings(deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
QUICK = FAST

WELL_FORMED_DIGITS = re.compile(r"^(?:\d{1,3}(?:,\d{3})+|\d+)$")

# --- article-like text ------------------------------------------------------------------

FIGURES = [
    "1,360", "£1.3m", "nearly 1,5000", "seven", "FORTY-FIVE", "Monday October 7th", "1 ,151", "1.551",
    "150%", "98 per cent", "£987,562", "7kg", "26 kg", "hundreds", "two-thirds", "£2.7 million",
    "a further eight", "49", "1,255", "0800 555111", "101", "2019", "October 3-9", "October 11 to 17",
    "Friday, 10th January 2020", "three", "a dozen", "£10,000", "£92,0000", "1,0000,000", "12,34",
    "one in five", "half", "£50k", "10.5", "0", "00", "1,000,000,000,000", "£", "£.5m",
]
QUALIFIERS = [
    "", "more than ", "over ", "nearly ", "almost ", "about ", "around ", "approximately ", "some ",
    "up to ", "less than ", "at least ", "just under ", "a total of ", "an estimated ",
]
NOUNS = [
    "arrests", "people were arrested", "vulnerable people were safeguarded", "children", "weapons",
    "knives", "firearms", "county lines closed", "deal lines", "in cash", "worth of crack cocaine",
    "NRM referrals", "officers", "raids", "addresses visited", "men", "women", "years in prison", "",
]
PLACES = [
    "Hampshire", "Kent Police", "Northamptonshire", "the Metropolitan Police", "England and Wales",
    "Middlesbrough", "the South East", "Cambridgeshire Constabulary", "across the UK", "nationally",
    "West Yorkshire", "Merseyside", "Bedfordshire",
]
CONNECTORS = [
    ". ", ", ", "; ", ": ", " and ", " including ", ". Of these, ", " – ", ", of whom ", "\n", "\n\n",
    " (", ") ", ", rising from ", " to ", " as well as ", ", a further ",
]
NOISE = st.text(
    alphabet=st.characters(codec="utf-8"),  # any encodable character: no lone surrogates
    max_size=12,
)
WORDS = st.sampled_from([
    "Police", "said", "the", "week", "of", "intensification", "Officers", "seized", "“", "”", "’",
    "…", "—", "Det Insp", "Mr", "Crimestoppers", "Class A", "ÉCOLE", "żółw", "数字", "🚓", "\u200b",
    "\t", "  ", "Of these", "Of the", "including", "total",
])

figure_phrase = st.builds(
    lambda q, f, n: f"{q}{f} {n}".rstrip(),
    st.sampled_from(QUALIFIERS), st.sampled_from(FIGURES) | st.integers(0, 10**7).map(lambda n: f"{n:,}"),
    st.sampled_from(NOUNS),
)
sentence = st.builds(
    lambda lead, place, parts, joins, tail: (
        f"{lead} {place} " + "".join(p + j for p, j in zip(parts, joins)) + tail
    ),
    st.sampled_from(["In", "Across", "Officers from", "Police in", "According to", ""]),
    st.sampled_from(PLACES),
    st.lists(figure_phrase, min_size=1, max_size=4),
    st.lists(st.sampled_from(CONNECTORS), min_size=4, max_size=4),
    WORDS | NOISE,
)
figure = st.integers(0, 3000).map(lambda v: f"{v:,}")
templated = st.one_of(
    st.builds("{} safeguarded {} people: {} men, {} women and {} children.".format,
              st.sampled_from(PLACES), figure, figure, figure, figure),
    st.builds("{} officers made {} arrests. Of these, {} were women and a further {} were children.".format,
              st.sampled_from(PLACES), figure, figure, figure),
    st.builds("Police seized {} weapons, including {} firearms and {} knives.".format, figure, figure, figure),
    st.builds("Across England and Wales {} people were arrested. In {}, {} people were arrested.".format,
              figure, st.sampled_from(PLACES), figure),
    st.builds("There were {} cases. {} of them ({}%) involved exploitation.".format,
              figure, st.sampled_from(["Almost two-thirds", "Half", "More than a third", "Nearly all"]), figure),
    st.builds("Cases {}, rising from {} in 2017 to {} in 2018.".format,
              st.sampled_from(["more than doubled", "trebled", "fell by half", "rose by 20%"]), figure, figure),
    st.builds("The {} operation ran from {} {} to {}.".format,
              st.sampled_from(["week-long", "seven-day", "fortnight-long"]),
              st.sampled_from(["Monday, October", "October", "Oct"]), st.integers(0, 40), st.integers(0, 40)),
    st.builds("On {} {} {} {}, officers made {} arrests.".format,
              st.sampled_from(["Monday", "Tuesday", "Friday", "Sunday"]), st.integers(0, 40),
              st.sampled_from(["January", "February", "October", "December"]), st.integers(1990, 2030), figure),
)
article = st.lists(templated | sentence | NOISE | WORDS, min_size=1, max_size=8).map(" ".join)


# --- helpers ----------------------------------------------------------------------------


def assert_spans_inside(text: str, report: Report) -> None:
    for claim in report.claims:
        assert 0 <= claim.span.start <= claim.span.end <= len(text), claim
        assert claim.span.contains(claim.number_span), claim
        assert claim.span.of(text) == claim.text, claim
    for finding in report.findings:
        for span in finding.spans:
            assert 0 <= span.start <= span.end <= len(text), finding


def assert_well_formed_counts_reparse(report: Report) -> None:
    for claim in report.claims:
        printed = claim.printed
        if claim.unit is Unit.COUNT and WELL_FORMED_DIGITS.match(printed):
            assert claim.value.point is not None, claim
            assert int(printed.replace(",", "")) == claim.value.point, (printed, claim.value)


def cl101(report: Report) -> list[Status]:
    return [f.status for f in report.findings if f.rule == "CL101"]


# --- never raises -----------------------------------------------------------------------


@FAST
@given(st.text())
@example("")
@example("\x00\ufeff\u2028\r\n")
def test_check_never_raises_on_arbitrary_text(text: str) -> None:
    report = check(text)
    assert report.errors == (), [(e.rule, e.message) for e in report.errors]
    assert_spans_inside(text, report)


@FAST
@given(article)
@example("Officers made nearly 1,5000 arrests. Of these, FORTY-FIVE were children.")
@example("Police raided homes on Monday October 7th and seized £1.3m.")
def test_check_never_raises_on_article_like_text(text: str) -> None:
    report = check(text)
    assert report.errors == (), [(e.rule, e.message) for e in report.errors]
    str(report)
    report.to_json()


# --- spans and values -------------------------------------------------------------------


@FAST
@given(article)
@example("In Hampshire more than nearly 1,5000 arrests\nmore than 1,360 arrests. Police")  # a line break the unwrapper joins
def test_spans_lie_inside_the_text(text: str) -> None:
    assert_spans_inside(text, check(text))


@FAST
@given(article)
@example("In Kent, 1,360 people were arrested and 12 knives seized.")
def test_printed_digits_reparse_to_the_value(text: str) -> None:
    assert_well_formed_counts_reparse(check(text))




@QUICK
@given(st.integers(0, 10**9), st.sampled_from(QUALIFIERS), st.sampled_from(["arrests", "knives", "people were safeguarded"]))
def test_a_single_count_reparses(n: int, qualifier: str, noun: str) -> None:
    printed = f"{n:,}"
    report = check(f"Police in Kent said {qualifier}{printed} {noun} this week.")
    matching = [c for c in report.claims if c.printed == printed]
    assert len(matching) == 1, [(c.printed, c.unit) for c in report.claims]
    (claim,) = matching
    assert claim.unit is Unit.COUNT
    assert claim.value.point == n


@QUICK
@given(article)
def test_checking_twice_gives_the_same_report(text: str) -> None:
    assert check(text).to_dict() == check(text).to_dict()


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Police made over 16,000 arrests.", "16,000"),
        ("Police made under 18,500 arrests.", "18,500"),
        ("Officers seized over 10.5kg of cocaine.", "10.5kg"),
    ],
)
def test_over_or_under_a_large_figure_is_not_an_age(text: str, printed: str) -> None:
    report = check(text)
    assert [c.printed for c in report.claims] == [printed]
    assert report.skipped == ()


def test_a_very_long_digit_run_is_ledgered_not_misread() -> None:
    """Thirty digits are an identifier or noise: listed as skipped, never stored rounded."""
    printed = "9" * 30
    report = check(f"Police made {printed} arrests.")
    assert report.claims == ()
    assert [(s.text, s.reason) for s in report.skipped] == [(printed, "too long to be a figure")]


# --- breakdowns -------------------------------------------------------------------------

PART = st.integers(0, 30)
TWO_DIGITS = st.integers(0, 99)  # two-digit figures carry no implied rounding


@QUICK
@given(PART, PART, PART)
@example(28, 13, 8)
@example(100, 100, 50)
@example(1000, 200, 35)
def test_breakdowns_that_add_up_are_never_contradictory(a: int, b: int, c: int) -> None:
    text = f"Officers safeguarded {a + b + c} people: {a} men, {b} women and {c} children."
    assert Status.CONTRADICTORY not in cl101(check(text))


@QUICK
@given(st.integers(0, 10**5), st.integers(0, 10**5), st.integers(0, 10**5))
def test_large_breakdowns_that_add_up_are_never_contradictory(a: int, b: int, c: int) -> None:
    text = f"Officers safeguarded {a + b + c:,} people: {a:,} men, {b:,} women and {c:,} children."
    assert Status.CONTRADICTORY not in cl101(check(text))


@QUICK
@given(TWO_DIGITS, TWO_DIGITS, TWO_DIGITS, st.integers(1, 20), st.booleans())
@example(21, 9, 7, 1, True)
@example(28, 13, 8, 1, False)
def test_breakdowns_off_by_k_are_contradictory(a: int, b: int, c: int, k: int, over: bool) -> None:
    total = a + b + c + k if over or a + b + c < k else a + b + c - k
    # A round total of four digits or more reads as rounded ("1,360" is 1,355-1,365): see the xfail below.
    assume(total < 1000 or total % 10 != 0)
    text = f"Officers safeguarded {total} people: {a} men, {b} women and {c} children."
    assert cl101(check(text)) == [Status.CONTRADICTORY], text


@pytest.mark.parametrize(
    ("a", "b", "c", "total"),
    [
        pytest.param(50, 50, 19, 120, id="total-120-sum-119"),
        pytest.param(100, 100, 50, 251, id="parts-100-100-50-total-251"),
        pytest.param(120, 130, 0, 253, id="parts-120-130-0-total-253"),
        pytest.param(700, 600, 55, 1360, id="total-1360-sum-1355", marks=pytest.mark.xfail(
            strict=True, reason="a round total of four digits reads as rounded by +-5 ('1,360' is 1,355-1,365), "
            "so a breakdown off by up to 5 passes")),
    ],
)
def test_breakdowns_off_by_k_with_round_figures_are_contradictory(a: int, b: int, c: int, total: int) -> None:
    text = f"Officers safeguarded {total:,} people: {a:,} men, {b:,} women and {c:,} children."
    assert cl101(check(text)) == [Status.CONTRADICTORY], text


# --- generated articles with planted figures --------------------------------------------
#
# Articles are built from sentences whose figures the generator knows: digits with and without
# separators, malformed groups, number words, money with k/m/bn, weights, percentages, lists,
# dates, force and place names from the gazetteer, qualifiers, and arbitrary Unicode as noise.
# Every planted figure must come back as a claim whose number span covers it and whose value is
# the one a reader takes it to mean.


@dataclass(frozen=True)
class Planted:
    """A figure the generator wrote: as printed, and the value (or values) it must read as."""

    printed: str
    values: frozenset[Decimal]  # one value, or every acceptable reading of a malformed figure
    unit: Unit


@dataclass(frozen=True)
class Article:
    text: str
    planted: tuple[tuple[int, Planted], ...]  # offset of each planted figure in ``text``

    def __repr__(self) -> str:  # hypothesis prints this when a property fails
        return f"Article({self.text!r})"


def to_words(n: int) -> str:
    """British number words for 0 <= n < 1,000,000 ('one hundred and twenty-three')."""
    units = {v: k for k, v in UNITS.items() if k != "nil"}
    tens = {v: k for k, v in TENS.items()}

    def below_thousand(k: int) -> str:
        hundreds, rest = divmod(k, 100)
        words = [f"{units[hundreds]} hundred"] if hundreds else []
        if rest:
            small = units[rest] if rest < 20 else tens[rest - rest % 10] + (f"-{units[rest % 10]}" if rest % 10 else "")
            words.append(("and " if hundreds else "") + small)
        return " ".join(words)

    if n == 0:
        return "zero"
    thousands, rest = divmod(n, 1000)
    parts = [f"{below_thousand(thousands)} thousand"] if thousands else []
    if rest:
        parts.append(("and " if thousands and rest < 100 else "") + below_thousand(rest))
    return " ".join(parts)


def _case(word: str, style: int) -> str:
    return (word, word.capitalize(), word.upper())[style]


count_digits = st.integers(0, 10**9).flatmap(
    lambda n: st.sampled_from([f"{n:,}", str(n)] if n >= 1000 else [str(n)]).map(
        lambda printed: Planted(printed, frozenset({Decimal(n)}), Unit.COUNT)
    )
)
count_decimal = st.builds(
    lambda whole, frac: Planted(f"{whole:,}.{frac}", frozenset({Decimal(f"{whole}.{frac}")}), Unit.COUNT),
    st.integers(0, 10**6), st.from_regex(r"\A[0-9]\Z"),  # "10.30" alone is a time, "12.5" a figure
)
# "1,5000", "12,34", "92,0000": a group of the wrong size after a comma; the digits as printed
# (commas dropped) are always one of its readings
count_malformed = st.builds(
    lambda lead, group: Planted(f"{lead},{group}", frozenset({Decimal(f"{lead}{group}")}), Unit.COUNT),
    st.integers(1, 999), st.from_regex(r"\A[0-9]{1,2}\Z|\A[0-9]{4,5}\Z"),
)
count_words = st.builds(
    lambda n, style: Planted(_case(to_words(n), style), frozenset({Decimal(n)}), Unit.COUNT),
    st.integers(2, 999_999), st.integers(0, 2),
) | st.sampled_from([
    Planted("a dozen", frozenset({Decimal(12)}), Unit.COUNT),
    Planted("half a dozen", frozenset({Decimal(6)}), Unit.COUNT),
    Planted("Ninety five", frozenset({Decimal(95)}), Unit.COUNT),
])
MULTIPLIERS = {"k": 1000, "K": 1000, "m": 10**6, "M": 10**6, "bn": 10**9, " million": 10**6, " billion": 10**9}
money = st.one_of(
    st.integers(0, 10**8).map(lambda n: Planted(f"£{n:,}", frozenset({Decimal(n)}), Unit.GBP)),
    st.builds(
        lambda whole, tenth, mult: Planted(
            f"£{whole}{'.' + str(tenth) if tenth is not None else ''}{mult}",
            frozenset({Decimal(f"{whole}.{tenth or 0}") * MULTIPLIERS[mult]}), Unit.GBP,
        ),
        st.integers(1, 999), st.none() | st.integers(0, 9), st.sampled_from(sorted(MULTIPLIERS)),
    ),
)
weight = st.builds(
    lambda n, tenth, suffix: Planted(
        f"{n}{'.' + str(tenth) if tenth is not None else ''}{suffix[0]}",
        frozenset({Decimal(f"{n}.{tenth or 0}") * suffix[1]}), suffix[2],
    ),
    st.integers(1, 999), st.none() | st.integers(0, 9),
    st.sampled_from([("kg", 1, Unit.KG), (" kg", 1, Unit.KG), (" kilos", 1, Unit.KG), ("g", 1, Unit.G),
                     (" grams", 1, Unit.G), (" tonnes", 1000, Unit.KG)]),
)
percent = st.builds(
    lambda n, suffix: Planted(f"{n}{suffix}", frozenset({Decimal(n)}), Unit.PERCENT),
    st.integers(0, 100), st.sampled_from(["%", " per cent", " percent"]),
)
NOUN_FOR = {
    Unit.COUNT: ["arrests", "people were arrested", "vulnerable people", "knives", "weapons", "deal lines"],
    Unit.GBP: ["in cash", "of cocaine", "worth of drugs", ""],
    Unit.KG: ["of cocaine", "of heroin", "of cannabis"],
    Unit.G: ["of crack cocaine", "of heroin"],
    Unit.PERCENT: ["of those arrested", "of the lines", "were children"],
}
figure_kind = st.one_of(count_digits, count_decimal, count_malformed, count_words, money, weight, percent)
QUALIFIER_WORDS = ["", "", "", "more than ", "nearly ", "almost ", "about ", "around ", "some ", "up to ",
                   "at least ", "an estimated ", "a total of ", "in excess of ", "Nearly ", "MORE THAN "]
FORCE_NAMES = [canonical for canonical, _, _ in FORCES] + [a for _, _, aliases in FORCES for a in aliases[:1]]
PLACE_NAMES = [place for place, _ in GAZETTEER_PLACES]
WEEKDAY_NAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Fri", "MONDAY"]
MONTH_NAMES = ["January", "March", "May", "October", "December", "Oct", "Sept."]

Piece = tuple[str, "Planted | None"]


@st.composite
def figure_sentence(draw: st.DrawFn) -> list[Piece]:
    """'In Kent, nearly 1,5000 arrests were made.' with the figure planted."""
    where = draw(st.sampled_from(FORCE_NAMES + PLACE_NAMES + ["England and Wales", "the UK"]))
    lead = draw(st.sampled_from(["In {}, ", "Across {} ", "Officers in {} said ", "{} reported ", "{}: "]))
    planted = draw(figure_kind)
    noun = draw(st.sampled_from(NOUN_FOR[planted.unit]))
    qualifier = draw(st.sampled_from(QUALIFIER_WORDS))
    tail = draw(st.sampled_from([".", " this week.", " during the operation.", "!", "."]))
    return [(lead.format(where) + qualifier, None), (planted.printed, planted), (f" {noun}".rstrip() + tail, None)]


@st.composite
def list_sentence(draw: st.DrawFn) -> list[Piece]:
    """'Officers safeguarded 49 people: 28 men, 13 women and eight children.'"""
    parts = draw(st.lists(st.integers(0, 500), min_size=2, max_size=4))
    as_words = draw(st.lists(st.booleans(), min_size=len(parts), max_size=len(parts)))
    groups = ["men", "women", "children", "teenagers"]
    pieces: list[Piece] = [(draw(st.sampled_from(["Officers safeguarded ", "Police arrested ", "In total "])), None)]
    total = sum(parts)
    pieces += [(f"{total:,}", Planted(f"{total:,}", frozenset({Decimal(total)}), Unit.COUNT)), (" people: ", None)]
    for i, (n, word) in enumerate(zip(parts, as_words)):
        printed = to_words(n) if word and n >= 2 else str(n)
        joint = "" if i == 0 else (" and " if i == len(parts) - 1 else ", ")
        pieces += [(joint, None), (printed, Planted(printed, frozenset({Decimal(n)}), Unit.COUNT)), (f" {groups[i]}", None)]
    return [*pieces, (".", None)]


@st.composite
def date_sentence(draw: st.DrawFn) -> list[Piece]:
    """'The week ran from Monday 7 October to Sunday 13 October 2024.' (dates are ledgered, not planted)."""
    day, month = draw(st.integers(1, 28)), draw(st.sampled_from(MONTH_NAMES))
    weekday = draw(st.sampled_from(WEEKDAY_NAMES))
    year = draw(st.none() | st.integers(1990, 2030))
    shapes = [f"{weekday} {day} {month}", f"{month} {day}", f"{weekday}, {day}th {month}",
              f"{month} {day}-{day + 2}", f"{day}–{day + 3} {month}"]
    shape = draw(st.sampled_from(shapes)) + (f" {year}" if year else "")
    return [(draw(st.sampled_from(["The operation ran on ", "Between ", "Officers struck on ", "From "])) + shape + ".", None)]


noise_piece = st.one_of(
    st.text(max_size=40),  # any Unicode, NUL bytes and control characters included
    st.sampled_from([
        "Call 101 or 0800 555 111.", "A 17-year-old boy was held at 6.15am.", "Jordan Pike, 24, of Ipswich",
        "Section 60 was in force on the M6.", "COVID-19", "www.example.org/page12", "the 1990s", "4x4", "24/7",
        "“", "”", "\u202e\u200f", "e\u0301\u0301", "１２ arrests", "\x00", "Of these, ", "including ", "\t",
        "twenty-twenty", "one-off", "No.10", "10:1", "2019-2020", "3D", "Q3", "the '90s",
    ]),
).map(lambda s: [(s, None)])

sentence_pieces = st.one_of(figure_sentence(), figure_sentence(), list_sentence(), date_sentence(), noise_piece)
SEPARATORS = [" ", " ", "\n", "\n\n", "\r\n", "\n\n- "]


@st.composite
def articles(draw: st.DrawFn) -> Article:
    text = ""
    planted: list[tuple[int, Planted]] = []
    for pieces in draw(st.lists(sentence_pieces, min_size=1, max_size=8)):
        if text:
            text += draw(st.sampled_from(SEPARATORS))
        for piece, figure in pieces:
            if figure is not None:
                planted.append((len(text), figure))
            text += piece
    return Article(text, tuple(planted))


def _readings(claim: Claim) -> set[Decimal]:
    values = {claim.value.point, *(r.point for r in claim.readings)}
    return {v for v in values if v is not None}


@FAST
@given(articles())
@example(Article("In Kent, nearly 1,5000 arrests were made.", ((16, Planted("1,5000", frozenset({Decimal(15000)}), Unit.COUNT)),)))
def test_generated_articles_never_raise_and_spans_lie_inside(article: Article) -> None:
    report = check(article.text)
    assert report.errors == (), [(e.rule, e.message) for e in report.errors]
    assert_spans_inside(article.text, report)
    str(report)
    report.to_json()


@FAST
@given(articles())
def test_every_planted_figure_is_read_to_its_value(article: Article) -> None:
    """The claim whose number span covers a planted figure re-reads to the value it was written as."""
    report = check(article.text)
    for offset, planted in article.planted:
        end = offset + len(planted.printed)
        covering = [c for c in report.claims if c.number_span.start <= offset and end <= c.number_span.end]
        assert len(covering) == 1, (planted, [(c.printed, c.number_span) for c in report.claims])
        (claim,) = covering
        assert claim.unit is planted.unit, (planted, claim.unit, claim.printed)
        assert planted.values & _readings(claim), (planted, claim.printed, str(claim.value))


@FAST
@given(articles())
@example(Article("on the M6 and A465, a 3G phone, the 1990s, 10:1, p.12 and October 11-17.", ()))
def test_every_figure_is_claimed_or_ledgered(article: Article) -> None:
    """Nothing is dropped without a word: each run of digits or number word is in a claim or skipped."""
    report = check(article.text)
    assert unaccounted(article.text, report) == []


@FAST
@given(st.text(alphabet=st.characters(codec="utf-8"), max_size=200))
def test_every_figure_in_arbitrary_text_is_claimed_or_ledgered(text: str) -> None:
    assert unaccounted(text, check(text)) == []


@FAST
@given(articles())
def test_rechecking_gives_the_same_report(article: Article) -> None:
    first = check(article.text)
    again = check(article.text)
    assert first.to_dict() == again.to_dict()
    assert str(first) == str(again)
    assert reconcile(parse(article.text)).to_dict() == first.to_dict()


DETERMINISM_SCRIPT = """
import json, sys
from pathlib import Path
from countylines_check import check
texts = [Path(p).read_text(encoding="utf-8") for p in sys.argv[1:]]
texts.append("In Kent, nearly 1,5000 arrests. Of these, 28 men, 13 women and eight children. Kent Police said 40.")
print(json.dumps([check(t).to_dict() for t in texts], sort_keys=True, default=str))
"""


def test_reports_do_not_depend_on_the_hash_seed() -> None:
    """Sets and dicts iterate in hash order: two processes with different seeds must agree."""
    root = Path(__file__).parent.parent
    paths = [str(p) for p in sorted((root / "seeds").glob("*.txt"))]
    paths += [str(p) for p in sorted((root / "tests" / "corpus4" / "articles").glob("*.txt"))[:4]]
    outputs = []
    for seed in ("0", "4242"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", DETERMINISM_SCRIPT, *paths], env=env, capture_output=True,
                              text=True, timeout=600, check=True)
        outputs.append(done.stdout)
    assert outputs[0] == outputs[1]
    assert len(json.loads(outputs[0])) == len(paths) + 1
