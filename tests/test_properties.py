"""Properties that hold for any input: ``check()`` never raises, spans stay in the text, printed
figures re-read to their values, results are deterministic, and breakdowns are judged by arithmetic.
"""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from countylines_check import Report, Status, Unit, check

FAST = settings(max_examples=150, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
QUICK = settings(max_examples=100, deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])

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
