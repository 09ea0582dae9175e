"""What the grammar reads as a figure, and what it leaves in the ledger of skipped numbers."""

from __future__ import annotations

import pytest

from countylines_check import parse


@pytest.mark.parametrize(
    ("text", "figures", "skipped"),
    [
        pytest.param("In 2019 police made 2086 arrests.", ["2086"], ["2019"], id="year-beside-a-year-like-count"),
        pytest.param("The 2023 figures and 2010 numbers.", [], ["2023", "2010"], id="years-before-plural-nouns"),
        pytest.param("Officers held 2,050 vulnerable people.", ["2,050"], [], id="grouped-digits-never-a-year"),
        pytest.param("Call 101 or 0800 555 111 at 9.30am.", [], ["101", "0800 555 111", "9.30am"], id="phone-and-time"),
        pytest.param("Jordan Pike, 24, of Ipswich was one of 12 men.", ["12"], ["24", "one"], id="appositive-age"),
        pytest.param("Police made over 16,000 arrests of people under 18.", ["16,000"], ["under 18"], id="age-vs-large-figure"),
        pytest.param("Of 30 held, nine were under the age of 17.", ["30", "nine"], ["age of 17"], id="the-age-of"),
        pytest.param("He was jailed for six and a half years.", ["six and a half years"], [], id="half-years"),
        pytest.param("The council set aside two and a half million pounds for youth work.",
                     ["two and a half million pounds"], [], id="a-round-amount-and-a-half"),
        pytest.param("Seized £3.4MILLION of drugs and £7K cash.", ["£3.4MILLION", "£7K"], [], id="money-multipliers"),
        pytest.param("Three in four of those children were known.", ["Three in four"], [], id="ratio-in-words"),
        pytest.param("Nearly nine in ten of those held were men.", ["nine in ten"], [], id="ratio-out-of-ten-in-words"),
        pytest.param("Of 30 children, the youngest was 12 and the oldest 17; 30 were safe.", ["30", "30"],
                     ["youngest was 12", "oldest 17"], id="youngest-and-oldest-ages"),
        pytest.param("They were 40 boys with an average age of 15.2.", ["40"], ["average age of 15.2"],
                     id="average-age"),
        pytest.param("The oldest of the 25 lines was shut.", ["25"], [], id="oldest-of-a-count-is-a-count"),
        pytest.param("Its rate was 4.1 county lines arrests per 100,000 residents.", ["4.1"], ["100,000"],
                     id="rate-base-is-not-a-figure"),
        pytest.param("That is 12 for every 1,000 people, against 9 per 1m.", ["12", "9"], ["1,000", "1"],
                     id="rate-bases-in-other-words"),
        pytest.param("Officers visited 250 homes, one per 100 households.", ["250", "one"], ["100"],
                     id="one-per-hundred"),
        pytest.param("That is a rate of 37 in every 100,000 residents.", ["37"], ["100,000"],
                     id="in-every-hundred-thousand-is-a-rate-not-a-share"),
        pytest.param("Next report: Q3 2025, due in October; 14 lines shut.", ["14"], ["3", "2025"],
                     id="year-after-a-quarter"),
        pytest.param("Referrals were up by a third on the year.", ["a third"], [], id="up-by-a-fraction"),
        pytest.param("The search took half an hour.", [], [], id="half-an-hour-is-no-share"),
        pytest.param("Jordan Pike (24) and Kieran Preston (31) were jailed.", [], ["(24)", "(31)"],
                     id="bracketed-ages-after-names-even-a-place-surname"),
        pytest.param("The accused are Omar Lyle, 41; Dean Price, 19; and Tia Moss, 22. All three deny it.", ["three"],
                     ["41", "19", "22"], id="ages-after-names-listed-with-semicolons"),
        pytest.param("KLM, now 20, was found with 12 wraps. The girl, who is 15 and cannot be named, had nine.",
                     ["12", "nine"], ["20", "15"], id="an-age-given-with-now-or-who-is"),
        pytest.param("R v KLM [2024] EWCA Crim 1187 was decided on 3 May.", [], ["2024", "Crim 1187"],
                     id="a-law-reports-citation"),
        pytest.param("Arrests were made in Exeter (14), Milton Keynes (9) and Moorside (2).", ["14", "9", "2"], [],
                     id="bracketed-counts-after-areas"),
        pytest.param("Two phones were found, one in Truro and one in Redruth; one in five was cloned.",
                     ["Two", "one", "one", "one in five"], [], id="one-in-a-town-is-a-figure"),
        pytest.param("About 1 in 4 of the 80 people held were teenagers, and 2 in 3 days were quiet.",
                     ["1 in 4", "80", "2", "3 days"], [], id="a-share-in-digits-is-one-figure"),
        pytest.param("The brothers got eleven and five years.", ["eleven", "five years"], [],
                     id="two-number-words-joined-by-and-are-two-figures"),
        pytest.param("Some two hundred and forty people came.", ["two hundred and forty"], [],
                     id="and-after-hundred-joins-one-number"),
        pytest.param("Officers made 40 arrests.\n\nPage 2 of 7\n\nThey seized 3 guns.", ["40", "3"],
                     ["Page 2 of 7"], id="page-n-of-m"),
        pytest.param("Annual review\n\n- 12 -\n\nWe closed 9 lines.", ["9"], ["- 12 -"], id="page-number-alone"),
        pytest.param("Police held 6 men.\n💬 31  🔁 8  ♥ 240\n57 comments · 12 shares\n\nReplies (4)",
                     ["6"], ["💬 31  🔁 8  ♥ 240", "57 comments · 12 shares", "Replies (4)"], id="reader-counts"),
        pytest.param("Agenda item: 7\nIssue 112 of our bulletin lists 25 arrests.", ["25"],
                     ["Agenda item: 7", "Issue 112"], id="agenda-item-and-issue-numbers"),
        pytest.param("Worried? Call **101**, or dial __999__ in an emergency.", [], ["101", "999"],
                     id="phone-numbers-in-markdown-bold"),
        pytest.param("The raid began at 10.45 and found 0.62 bitcoin.", ["0.62 bitcoin"], ["10.45"],
                     id="a-decimal-past-59-is-no-clock-time"),
    ],
)
def test_what_counts_as_a_figure(text: str, figures: list[str], skipped: list[str]) -> None:
    parsed = parse(text)
    assert [c.printed for c in parsed if c.unit.value != "date"] == figures
    assert [s.text for s in parsed.skipped] == skipped


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Police made between 40 and 50 arrests.", 40, 50),
        ("Between 18 to 20 people were held.", 18, 20),
        ("They seized £30,000-£40,000 in cash.", 29500, 40500),
        ("Officers found 10-12 phones.", 10, 12),
        ("Officers found 5–10kg of cannabis.", 5, 10),
        ("Three or four vans were seized.", 3, 4),
    ],
)
def test_a_range_is_one_figure_whose_value_spans_both_ends(text: str, low: int, high: int) -> None:
    (claim,) = [c for c in parse(text) if c.unit.value != "date"]
    assert (claim.value.low, claim.value.high, claim.value.point) == (low, high, None)


@pytest.mark.parametrize("text", ["Arrests rose from 40 to 50.", "The side won 3-1.", "Police made 40 arrests, up to 50."])
def test_a_change_a_score_or_a_qualified_figure_is_not_a_range(text: str) -> None:
    assert all(c.value.point is not None for c in parse(text) if c.unit.value != "date")


@pytest.mark.parametrize(
    ("text", "rate", "metric"),
    [
        pytest.param("Kent recorded 30.5 county lines arrests per 100,000 people.", "30.5", "arrests", id="item-named"),
        pytest.param("Its arrest rate of 8.3 per 100,000 was the lowest.", "8.3", "arrests", id="rate-of"),
    ],
)
def test_a_rate_is_read_as_a_rate_of_its_metric_not_a_count(text: str, rate: str, metric: str) -> None:
    """A rate may not be added to counts or compared with them, so it has its own unit and kind."""
    (claim,) = [c for c in parse(text) if c.unit.value != "date"]
    assert (claim.printed, claim.unit.value, claim.kind, claim.metric.value) == (rate, "other", "rate", metric)
    assert claim.text.endswith(("arrests", rate))  # the phrase stops before "per 100,000"
    assert [s.reason for s in parse(text).skipped] == ["base of a rate"]


def test_a_period_the_figures_cover_is_not_a_prison_term_in_a_story_about_sentencing() -> None:
    text = ("The sentencing came as police released figures for the six months to August. The three men were "
            "jailed for a total of 19 years: nine years, six years and four years.")
    metrics = {c.printed: c.metric.value for c in parse(text) if c.unit.value != "date"}
    assert metrics["six months"] == "other"
    assert metrics["19 years"] == metrics["nine years"] == "sentences_years"


@pytest.mark.parametrize(("text", "units"), [
    pytest.param("They were jailed for nine, six and two years.", ["years", "years", "years"], id="terms-in-words"),
    pytest.param("Bags held 1.5, 0.8 and 2kg of cannabis.", ["kg", "kg", "kg"], id="weights-in-digits"),
    pytest.param("Of 31 held, 12, or 39 per cent, were boys.", ["count", "count", "percent"],
                 id="a-share-beside-a-count-is-not-shared-back"),
    pytest.param("He got 14 months, and 3 years later was freed.", ["months", "years"], id="each-figure-its-own-unit"),
    pytest.param("DEALER CAGED FOR 9 YEARS AFTER TEN-DAY TRIAL", ["years", "days"], id="units-in-a-capitals-headline"),
])
def test_a_list_of_numbers_shares_the_unit_printed_after_its_last(text: str, units: list[str]) -> None:
    assert [c.unit.value for c in parse(text) if c.unit.value != "date"] == units


@pytest.mark.parametrize(("text", "printed"), [
    pytest.param("A courier was held with four ounces of heroin.", "four ounces", id="ounces"),
    pytest.param("Officers found 3oz of cocaine.", "3oz", id="ounces-abbreviated"),
    pytest.param("Friday 4 July 2025 | 7 min read", "7 min", id="reading-time"),
    pytest.param("His assets included 1.3 bitcoin.", "1.3 bitcoin", id="cryptocurrency"),
])
def test_a_measure_the_checker_does_not_convert_is_no_plain_count(text: str, printed: str) -> None:
    [figure] = [c for c in parse(text) if c.unit.value != "date"]
    assert (figure.printed, figure.unit.value) == (printed, "other")


def test_a_running_footer_page_number_is_not_a_figure() -> None:
    page = "Officers made {n} arrests in the town that week.\n" + "More text follows here.\n" * 5
    text = "".join(page.format(n=n) + f"\nSafer Streets | Annual report          {k}\n\n"
                   for k, n in ((8, 30), (9, 31), (10, 32)))
    parsed = parse(text)
    assert [c.printed for c in parsed] == ["30", "31", "32"]
    assert [(s.text, s.reason) for s in parsed.skipped if s.reason == "page number"] == [
        ("8", "page number"), ("9", "page number"), ("10", "page number")]


def test_a_thousands_letter_before_a_groups_members_multiplies_them() -> None:
    [figure] = parse("Community noticeboard · 8.7K members")
    assert (figure.value.point, figure.unit.value) == (8700, "count")


def test_a_gallery_counter_over_each_caption_is_not_a_figure() -> None:
    text = ("Picture 1 of 3\nOfficers gather before the raids.\n\nPicture 2 of 3\nDetectives seized 14 phones.\n\n"
            "Image 3/3\nA dog handler searches a garden.")
    assert [c.printed for c in parse(text)] == ["14"]


def test_labels_repeated_in_two_tables_are_not_running_footers() -> None:
    text = ("This week\n\nPeople arrested        17\nPeople charged          8\n\n" + "Notes.\n" * 8 +
            "Last week\n\nPeople arrested        19\nPeople charged          9\n")
    assert [c.printed for c in parse(text)] == ["17", "8", "19", "9"]


def test_money_in_another_currency_is_a_figure_but_not_pounds() -> None:
    claims = parse("Officers seized £2.5m ($3.1m) in cash, and a further €40,000 abroad; Sgt A$h is no sum.")
    assert [(c.printed, c.unit.value, c.value.point) for c in claims] == [
        ("£2.5m", "GBP", 2_500_000), ("$3.1m", "other", 3_100_000), ("€40,000", "other", 40_000)]
    # the conversion in brackets counts what the pound figure counts
    assert [c.metric.value for c in claims[:2]] == ["cash_seized", "cash_seized"]


def test_a_table_set_out_with_spaces_reads_its_columns_and_units() -> None:
    text = ("Kent Police results for the week.\n\n"
            "                        North Kent   East Kent   Force total\n"
            "Arrests                         17          21            38\n"
            "Cash seized (£)             14,350      19,800        34,150\n"
            "Cannabis seized (g)            612         948         1,560\n")
    claims = [c for c in parse(text) if c.unit.value != "date"]
    assert [(c.printed, c.unit.value, c.metric.value) for c in claims[:3]] == [
        ("17", "count", "arrests"), ("21", "count", "arrests"), ("38", "count", "arrests")]
    assert [c.unit.value for c in claims[3:]] == ["GBP"] * 3 + ["g"] * 3
    assert [c.scope.name for c in claims[:3]] == ["North Kent Division", "East Kent Division", "Kent Police"]


def test_a_spaced_table_of_months_keeps_earlier_months_apart() -> None:
    text = ("Kent Police made 51 arrests this week.\n\n"
            "                 Oct 2024    Feb 2025    May 2025\n"
            "Arrests                44          39          51\n"
            "Lines closed            7           6           9\n")
    periods = [c.period for c in parse(text) if c.unit.value != "date"][1:]
    assert periods == ["in Oct 2024", "in Feb 2025", None] * 2
