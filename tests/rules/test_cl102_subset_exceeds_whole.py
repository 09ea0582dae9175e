"""CL102 subset-exceeds-whole: what is "included" in a total cannot be larger than the total.

The ties come from the wording: "including", "among them", "of whom", "of them", "Of these,",
"Among the arrests,". Weights compare across kg and g, money across £7K, £9,500 and £1.2m.
"""

from __future__ import annotations

import pytest

from countylines_check import Status

from ._table import Expect, Rule, assert_row, flags, passes, unique

RULE = Rule("CL102", "subset-exceeds-whole")
WRONG = Status.CONTRADICTORY

CASES = unique([
    # --- flags ---------------------------------------------------------------------------------
    pytest.param(
        "Three jailed for running heroin line\n\nFive men and a teenager who ran the line were sentenced at "
        "Leeds Crown Court on Tuesday.",
        flags(WRONG, "Three", "Five"),
        id="the-men-of-a-leads-men-and-a-teenager-outnumber-the-headlines-defendants",
    ),
    pytest.param(
        "Twelve adults were assessed as vulnerable to exploitation and passed on to support services, including "
        "15 people who were referred under the National Referral Mechanism.",
        flags(WRONG, "Twelve", "15"),
        id="including-after-a-second-verb-of-the-same-people-is-a-part",
    ),
    pytest.param(
        "A poll of 300 sixth-formers found that 340 respondents had been approached by dealers.",
        flags(WRONG, "300", "340"),
        id="respondents-are-among-those-a-survey-asked",
    ),
    pytest.param(
        "Five men were jailed for a combined 20 years. Ali Shah got eight years, Ben Cole got 30 months and "
        "Carl Hope got 26 years.",
        flags(WRONG, "20 years", "26 years"),
        id="some-terms-of-a-combined-total-in-months-and-years-exceed-it",
    ),
    pytest.param(
        "Suffolk Police arrested 31 people over the fortnight. Officers then visited schools and youth clubs. "
        "An inspector spoke to parents. A sergeant said: \"40 of the people we've arrested were from London.\"",
        flags(WRONG, "31", "40"),
        id="of-the-people-we-arrested-is-a-part-of-the-arrests",
    ),
    pytest.param(
        "Forces closed 900 lines last year. The taskforces accounted for 1,190 of the lines closed.",
        flags(WRONG, "900", "1,190"),
        id="n-of-the-things-counted-is-a-part",
    ),
    pytest.param(
        "Avon and Somerset Police closed 52 deal lines in 2025, and 61 of last year's lines came from Bristol.",
        flags(WRONG, "52", "61"),
        id="n-of-last-years-things-is-a-part-of-the-years-count-of-them",
    ),
    pytest.param(
        "Officers closed nine deal lines. Six of the lines were run from Leeds and five from Bradford.",
        flags(WRONG, "nine"),
        id="a-part-told-with-its-place-and-a-bare-one-with-another-place-are-two-parts",
    ),
    pytest.param(
        "Officers closed nine deal lines. Six of the lines were run from Leeds and three from Bradford.",
        passes("nine"),
        id="two-parts-told-by-place-that-fit",
    ),
    pytest.param(
        "Essex Police said that of its 30 arrests, 34 were of people from outside the county.",
        flags(WRONG, "34", "30"),
        id="of-its-figure-is-the-whole-of-what-follows",
    ),
    pytest.param(
        "The force says it closed 90 lines out of 83 it found.",
        flags(WRONG, "83", "90"),
        id="n-things-out-of-m",
    ),
    pytest.param(
        "Officers arrested 40 people: 25 in Hull, nine in Grimsby and six in Scunthorpe. Forty-four of them "
        "have been charged.",
        flags(WRONG, "40", "Forty-four"),
        id="of-them-after-a-breakdown-is-of-its-whole",
    ),
    pytest.param(
        "Detectives raided 64 cannabis grows and seized 9,800 plants this year. Of those grows, 71 were in Leeds.",
        flags(WRONG, "64", "71"),
        id="an-opener-naming-its-thing-is-of-that-things-figure-not-the-last",
    ),
    pytest.param(
        "Officers arrested 60 people, up from 52 the year before, a rise of 15 per cent. Of those arrested, "
        "64 were charged.",
        flags(WRONG, "60", "64"),
        id="of-those-arrested-skips-the-rate-and-last-year-s-base",
    ),
    pytest.param(
        "Officers seized 45 weapons in Nottingham, including 52 knives.",
        flags(WRONG, "45", "52", message=("'52'", "more than the whole (45)")),
        id="including-one-part",
    ),
    pytest.param(
        "Officers seized 45 weapons, including 30 knives and 20 firearms.",
        flags(WRONG, "45", "30", "20", message=("30 + 20 = 50",)),
        id="including-two-parts",
    ),
    pytest.param(
        "Detectives recovered 2kg of class A drugs, including 2,500g of crack cocaine.",
        flags(WRONG, "2kg", "2,500g", message=("more than the whole (2kg)",)),
        id="grams-within-kilograms",
    ),
    pytest.param(
        "Police seized £7K in cash, including £9,500 found in a shoebox in Hartlepool.",
        flags(WRONG, "£7K", "£9,500"),
        id="money-k-shorthand",
    ),
    pytest.param(
        "Police seized £1.2m of drugs, including £900,000 of cocaine and £450,000 of heroin.",
        flags(WRONG, "£1.2m", "£900,000", "£450,000"),
        id="money-millions-two-parts",
    ),
    pytest.param(
        "Officers arrested 27 people in Cheshire, among them 31 teenagers.",
        flags(WRONG, "27", "31"),
        id="among-them",
    ),
    pytest.param(
        "Officers arrested SIXTEEN people in Cumbria, of whom 19 were charged.",
        flags(WRONG, "SIXTEEN", "19", message=("(16)",)),
        id="of-whom-with-upper-case-word",
    ),
    pytest.param(
        "Thirty people were arrested in Bedfordshire. Of these, 42 were later charged.",
        flags(WRONG, "Thirty", "42"),
        id="of-these-opener",
    ),
    pytest.param(
        "The paper understands that of the 18 people charged in Kent, 22 were remanded in custody.",
        flags(WRONG, "18", "22"),
        id="of-the-after-a-reported-that",
    ),
    pytest.param(
        "A total of 60 people were arrested in Sussex, 72 of them teenagers.",
        flags(WRONG, "60", "72"),
        id="of-them-after-the-part",
    ),
    pytest.param(
        "In West Mercia, 310 people were arrested. Among the arrests, 350 were for drug supply.",
        flags(WRONG, "310", "350"),
        id="among-the-arrests-opener",
    ),
    pytest.param(
        "Officers seized 9 kilos of cannabis, among them 9,200 grams of skunk.",
        flags(WRONG, "9 kilos", "9,200 grams"),
        id="kilos-and-grams-in-words",
    ),
    pytest.param(
        "Durham Constabulary made 30 arrests. Of the Durham arrests, 20 were made in Darlington and 15 in Stockton.",
        flags(WRONG, "30", "20", "15"),
        id="of-the-areas-arrests",
    ),
    # --- cross-corpus round: a running total ---------------------------------------------------------
    pytest.param(
        "Officers found heroin worth £40,000 and cocaine worth £25,000, bringing the total value of drugs "
        "recovered to £60,000.",
        flags(Status.CONTRADICTORY, "£60,000", "£40,000", "£25,000"),
        id="bringing-the-total-to-less-than-the-sentence-adds",
    ),
    pytest.param(
        "A further 12 adults and five children were referred for support, bringing the number of people "
        "safeguarded this week to 30.",
        passes("30", "12", "five"),
        id="bringing-the-number-to-more-than-the-sentence-adds",
    ),
    # --- second cross-corpus round: "N of the <noun>" and its whole ----------------------------------
    pytest.param(
        "The project mentored 120 young people last year, up from 95.\n\nSchools sent 130 of the young "
        "people to it.",
        flags(WRONG, "120", "130"),
        id="n-of-the-noun-is-a-part-of-the-count-whose-own-words-name-it",
    ),
    pytest.param(
        "The trust mentored 200 young people in 2024. Police sent 120 of the young people to it. A further "
        "50 came from schools, and 40 from social workers.",
        flags(WRONG, "200", "120", "50", "40", message=("= 210",)),
        id="a-further-sentence-after-n-of-the-noun-adds-more-parts",
    ),
    pytest.param(
        "Officers safeguarded 30 people during the week, including nine children. Eleven of the children "
        "were referred to the National Referral Mechanism.",
        flags(WRONG, "nine", "Eleven"),
        id="n-of-the-children-is-a-part-of-the-children-counted-before",
    ),
    pytest.param(
        "Officers safeguarded 45 vulnerable people in Crewe, out of 38 across the county.",
        flags(WRONG, "45", "38"),
        id="a-clause-then-out-of-its-whole",
    ),
    pytest.param(
        "Other measures\n\nPeople safeguarded: 88\n\nOf which children: 95\n\nWarrants executed: 40\n",
        flags(WRONG, "88", "95"),
        id="an-of-which-line-under-a-labelled-figure",
    ),
    pytest.param(
        "Measure                         2025        2024\nLines closed                      12           9\n"
        "  of which run from London        14           5\nArrests                           40          31\n",
        flags(WRONG, "12", "14"),
        id="an-of-which-row-under-a-table-row",
    ),
    pytest.param(
        "By the numbers\n\n- Arrests: 40\n- Weapons recovered: 12 (11 knives, two firearms)\n",
        flags(WRONG, "12", "11", "two", message=("= 13",)),
        id="items-in-brackets-after-a-labelled-figure",
    ),
    # --- known failures ---------------------------------------------------------------------------
    pytest.param(
        "Officers seized 20 weapons in Leicester, including:\n- 15 knives\n- 9 machetes",
        flags(WRONG, "20", "15", "9"),
        id="bullets-under-including",
    ),
    pytest.param(
        "Police arrested 120 people in Derby. Among them were 80 men and 50 women.",
        flags(WRONG, "120", "80", "50"),
        id="among-them-opening-a-sentence",
    ),
    pytest.param(
        "Detectives executed 16 warrants. Nine of the warrants were in Luton and ten in Dunstable.",
        flags(WRONG, "16", "Nine", "ten"),
        id="areas-after-n-of-the-leave-out-its-verb",
    ),
    pytest.param(
        "The charity saw 300 families last year. Derby accounted for 190 of them, Chesterfield for 80 "
        "and Buxton for 60.",
        flags(WRONG, "300", "190", "80", "60"),
        id="areas-named-before-their-figures-after-n-of-them",
    ),
    pytest.param(
        "Officers seized 21 phones in total. Twelve were in Ipswich, seven in Lowestoft and five in Felixstowe.",
        flags(WRONG, "21", "Twelve", "seven", "five"),
        id="a-sentence-of-areas-breaks-down-the-figure-before-it",
    ),
    pytest.param(
        "Of the 80 people arrested, 30 were later charged. Of those, 22 have been convicted and 12 are awaiting trial.",
        flags(WRONG, "30", "22", "12"),
        id="of-those-after-one-part-is-of-that-part",
    ),
    pytest.param(
        "Police say 20 of the 70 people detained were treated as victims, and 25 of them were referred to the NRM.",
        flags(WRONG, "20", "25"),
        id="of-them-after-a-part-of-a-base-is-of-the-part",
    ),
    pytest.param(
        "Six defendants were sentenced at Preston Crown Court on Monday. Five had admitted conspiracy to "
        "supply heroin and three were convicted after a two-week trial.",
        flags(WRONG, "Six", "Five", "three"),
        id="pleas-and-verdicts-exceed-the-defendants",
    ),
    # --- passes --------------------------------------------------------------------------------
    pytest.param(
        "Six defendants were sentenced at Preston Crown Court on Monday. Four had admitted conspiracy to "
        "supply heroin and two were convicted after a two-week trial.",
        passes("Six"),
        id="pleas-and-verdicts-make-up-the-defendants",
    ),
    pytest.param(
        "Three men were jailed at Preston Crown Court on Monday. Four other men admitted supplying heroin "
        "and will be sentenced in May.",
        passes(),
        id="other-people-pleading-are-outside-the-group",
    ),
    pytest.param(
        "Officers closed 210 lines, up from 200 a year ago, a rise of 10. Of the lines closed, 90 were run from Leeds.",
        passes(),
        id="how-many-more-is-no-group-an-opener-points-to",
    ),
    pytest.param(
        "Police made 500 arrests, compared with 450 the year before. Of those arrested, 300 have been charged, up from 280 "
        "at the same stage last year.",
        passes(),
        id="last-years-part-is-not-a-part-of-this-years-whole",
    ),
    pytest.param(
        "Officers safeguarded nine children during the week. Among them was a girl from Hull found with 50 wraps of heroin.",
        passes(),
        id="things-one-member-carried-are-no-part-of-the-group",
    ),
    pytest.param(
        "The trust mentored 200 young people in 2024. Police sent 120 of the young people to it. A further "
        "50 came from schools, and 30 from social workers.",
        passes("200", "120", "50", "30"),
        id="a-further-sentence-after-n-of-the-noun-fits-within",
    ),
    pytest.param(
        "Officers safeguarded 45 vulnerable people in Crewe, out of 58 across the county.",
        passes("45", "58"),
        id="a-clause-then-out-of-its-whole-fits",
    ),
    pytest.param(
        "By the numbers\n\n- Arrests: 40\n- Weapons recovered: 14 (11 knives, two firearms)\n",
        passes("14", "11", "two"),
        id="items-in-brackets-after-a-labelled-figure-fit-within",
    ),
    pytest.param(
        "Other measures\n\nPeople safeguarded: 88\n\nOf which children: 35\n\nWarrants executed: 40\n",
        passes("88", "35"),
        id="an-of-which-line-under-a-labelled-figure-fits-within",
    ),
    pytest.param(
        "Officers arrested 40 people: 25 in Hull, nine in Grimsby and six in Scunthorpe. Twenty of them "
        "have been charged.",
        passes("Twenty"),
        id="of-them-after-a-breakdown-is-not-of-its-last-item",
    ),
    pytest.param(
        "Officers arrested 12 people. Among those arrested was a teenager found with 40 wraps of heroin.",
        passes(),
        id="things-found-on-one-of-those-arrested-are-no-part-of-them",
    ),
    pytest.param(
        "Officers seized 45 weapons, including 12 knives and 8 firearms, in Nottingham.",
        passes("45", "12", "8"),
        id="including-fits",
    ),
    pytest.param(
        "The 50 arrests were made in Leeds (30) and Bradford (20). Of those arrested, 35 were charged.",
        passes("35", "50"),
        id="of-those-arrested-after-a-town-breakdown-is-the-total",
    ),
    pytest.param(
        "Officers seized 30 weapons in Leicester, including:\n- 15 knives\n- 9 machetes",
        passes("30", "15", "9"),
        id="bullets-under-including-fit",
    ),
    pytest.param(
        "Detectives recovered 2kg of class A drugs, including 850g of crack cocaine.",
        passes("2kg", "850g"),
        id="grams-fit-within-kilograms",
    ),
    pytest.param(
        "Police seized £1.3m of drugs, including £400,000 of cocaine and £250,000 of heroin.",
        passes("£1.3m", "£400,000", "£250,000"),
        id="money-parts-fit",
    ),
    pytest.param(
        "Police in Cumbria arrested 14 people, nine of whom have since been charged.",
        passes("14", "nine"),
        id="nine-of-whom",
    ),
    pytest.param(
        "Police made 58 arrests in Northumbria. Of those arrested, a further 12 were released under "
        "investigation.",
        passes("58", "12"),
        id="of-those-arrested-a-further",
    ),
    pytest.param(
        "Officers visited 200 addresses, among which 45 were cuckooed homes.",
        passes("200", "45"),
        id="among-which",
    ),
    pytest.param(
        "Officers arrested SEVEN people in Swindon, 2 of them women.",
        passes("SEVEN", "2"),
        id="upper-case-whole-digit-part",
    ),
    pytest.param(
        "Officers said 38 young people and vulnerable adults had been safeguarded, including 51 children.",
        flags(WRONG, "38", "51"),
        id="including-after-a-group-of-people-joined-by-and",
    ),
    pytest.param(
        "In Preston 57 vulnerable people were safeguarded. Officers later visited 62 of the children safeguarded.",
        flags(WRONG, "57", "62"),
        id="n-of-the-noun-and-metric-after-the-figure",
    ),
    pytest.param(
        "In Hythe 30 people were safeguarded, including 21 children. \"Nine of the children we now see were unknown to us,\" she said.",
        passes("21", "Nine"),
        id="n-of-the-group-is-part-of-the-latest-figure-for-that-group",
    ),
    pytest.param(
        "Kent Police helped 25 people in the spring, of whom 10 were children, and 40 in the summer.",
        passes("25", "10"),
        id="the-next-period-is-not-one-more-part",
    ),
    pytest.param(
        "Kent Police seized 20 weapons in the summer, including six knives and one firearm, four more than "
        "the 16 seized in the spring.",
        passes("20", "six", "one"),
        id="a-difference-after-the-parts-is-not-a-part",
    ),
    pytest.param(
        "Kent Police made 30 arrests in May and 50 in July. Of the July arrests, 35 were in Maidstone and "
        "25 in Dover.",
        flags(WRONG, "50", "35", "25"),
        id="of-the-month-arrests-is-that-month-figure",
    ),
    pytest.param(
        "Police arrested six people in Bolton.\n\nThe superintendent said: \"Nine of the people we "
        "arrested were already known to us.\"",
        flags(WRONG, "Nine", "six"),
        id="n-of-the-people-we-arrested",
    ),
    pytest.param(
        "Police said 16 people were arrested on Tuesday. The figure includes the 14 held in dawn raids, with a "
        "further five arrested that afternoon after officers stopped two cars.",
        flags(WRONG, "16", "14", "five"),
        id="the-figure-includes-the-next-sentences-figures",
    ),
    pytest.param(
        "Officers seized £40,000 in cash. This includes £12,000 found in a car and two cars stopped.",
        passes("£40,000", "£12,000"),
        id="this-includes-a-part-of-the-last-figure",
    ),
    pytest.param(
        "Norfolk Constabulary said that of its 29 arrests, 35 were of people from outside the county.",
        flags(Status.CONTRADICTORY, "29", "35"),
        id="of-its-count-then-a-part",
    ),
    pytest.param(
        "Officers made 26 arrests at the port. Three of those 26 arrests came on the first night.",
        passes("Three", "26"),
        id="n-of-those-m-makes-the-later-figure-the-whole",
    ),
    pytest.param(
        "Detectives executed 16 warrants. Nine of the warrants were in Luton and seven in Dunstable.",
        passes("Nine"),
        id="areas-after-n-of-the-within-the-whole",
    ),
    pytest.param(
        "Officers seized 21 phones in total. Twelve were in Ipswich, and police also found 30 knives in Lowestoft.",
        passes(),
        id="a-figure-with-its-own-noun-is-no-further-area",
    ),
    pytest.param(
        "Officers made 20 arrests in the summer. Twelve of the arrests were made in Poole in the summer, "
        "against 15 in the winter.",
        passes(),
        id="a-comparison-is-no-further-area",
    ),
    pytest.param(
        "Powys officers arrested 15 people. Nine of those arrested have been charged, five in Brecon and "
        "four in Welshpool.",
        passes("15", "Nine"),
        id="a-breakdown-after-the-comma-is-of-the-part-before-it",
    ),
    pytest.param(
        "Powys officers arrested 15 people. Nine of those arrested have been charged, eight in Brecon and "
        "four in Welshpool.",
        flags(WRONG, "Nine", "eight", "four"),
        id="a-breakdown-after-the-comma-larger-than-its-part",
    ),
    pytest.param(
        "A girl of 14 was found with 30 wraps of cocaine. She was among six children referred during the week.",
        passes(),
        id="one-person-among-a-group-brings-no-earlier-count",
    ),
    pytest.param(
        "Kent Police arrested 88 people. Of those, 40 were held in Maidstone, 31 in Dartford "
        "and 17 in Dover.\n\n"
        "Officers said 25 of the people held were under 18.",
        passes(),
        id="a-later-part-is-of-the-breakdowns-whole-not-its-last-area",
    ),
    pytest.param(
        'Together those three "exporting" forces accounted for 800 of the closures nationally.',
        passes(),
        id="a-count-of-forces-in-scare-quotes-is-no-whole-of-closures",
    ),
    pytest.param(
        "The force carried out 214 visits and obtained 19 closure orders. Of those orders, 26 were in the city.",
        flags(Status.CONTRADICTORY, "26", "19"),
        id="of-those-after-two-counts-takes-the-one-it-names-though-the-part-exceeds-it",
    ),
    pytest.param(
        "The five local authorities received 1,284 referrals. Of these, 412 mentioned county lines.",
        passes(),
        id="of-these-passes-over-a-count-far-smaller-than-the-part",
    ),
    pytest.param(
        "Outreach workers met 30 people at risk in Hull. Of them, 8 were referred to the National Referral "
        "Mechanism, including 10 teenagers.",
        flags(WRONG, "10", "8"),
        id="including-after-an-of-them-part-breaks-down-that-part",
    ),
    pytest.param(
        "Outreach workers met 30 people at risk in Hull. Of them, 8 were referred to the National Referral "
        "Mechanism, including 5 teenagers.",
        passes("5", "8"),
        id="including-after-an-of-them-part-fits-that-part",
    ),
    pytest.param(
        "The youth team checked on 48 flats in Grimsby last week. 30 of the flats were in the town centre.",
        passes("30", "48"),
        id="n-of-the-noun-is-part-of-the-count-of-that-noun",
    ),
    pytest.param(
        "The youth team checked on 48 flats in Grimsby last week. 50 of the flats were in the town centre.",
        flags(WRONG, "50", "48"),
        id="n-of-the-noun-above-the-count-of-that-noun",
    ),

    pytest.param(
        "Officers from three forces arrested 60 people during the week. Kent Police made 30 arrests, Essex "
        "Police 20 and Surrey Police 10.\n\nOf those arrested, 25 have been charged.",
        passes(),
        id="of-those-arrested-after-a-breakdown-by-force-is-of-the-total",
    ),
    pytest.param(
        "Officers from three forces arrested 60 people during the week. Kent Police made 30 arrests, Essex "
        "Police 20 and Surrey Police 10.\n\nOf those arrested, 70 have been charged.",
        flags(WRONG, "70", "60"),
        id="of-those-arrested-after-a-breakdown-by-force-still-checked-against-the-total",
    ),
    pytest.param(
        "Police arrested 60 people in the town. Of those arrested, 22 have been charged, and 25 of them have "
        "been remanded.",
        flags(WRONG, "25", "22"),
        id="of-them-after-an-openers-part-is-of-that-part",
    ),
    pytest.param(
        "Durham Constabulary arrested 20 people, including 14 in Darlington, and Cleveland Police made eight arrests.",
        passes(),
        id="another-force-with-its-own-verb-ends-the-including-list",
    ),
    pytest.param(
        "Officers made 40 arrests. Durham Constabulary made 15 of the arrests, nine of them in Darlington and "
        "six in Hartlepool.",
        passes("nine", "15"),
        id="n-of-them-after-a-part-breaks-that-part-down",
    ),
    pytest.param(
        "Officers made 40 arrests. Durham Constabulary made 15 of the arrests, 12 of them in Darlington and "
        "six in Hartlepool.",
        flags(WRONG, "15", "12", "six"),
        id="n-of-them-after-a-part-that-overflows-it",
    ),
    pytest.param(
        "Of the 30 people charged, 20 have been convicted. A further four defendants were given suspended "
        "sentences. Six of those convicted were teenagers.",
        passes(),
        id="of-those-convicted-is-of-the-figure-said-to-be-convicted",
    ),
    pytest.param(
        "Of the 50 arrests, 30 were in Leeds and 20 in Bradford. The busiest night was Friday, when 12 people "
        "were arrested, eight of them in Leeds.\n\n\"Leeds accounted for 30 of those arrests,\" the "
        "superintendent said.",
        passes(),
        id="a-part-said-again-is-of-the-whole-it-was-first-given-with",
    ),
    pytest.param(
        "Police arrested 38 people, of whom 22 have been charged. Half of those charged were under 25.",
        passes(),
        id="half-of-those-charged-is-a-share-not-a-count",
    ),
    pytest.param(
        "The project has helped 35 tenants since March. \"He invited one lad in to use the shower,\" she said. "
        "\"By the weekend there were five of them staying there.\"",
        passes(),
        id="a-single-one-is-not-the-group-of-them-points-back-to",
    ),
    pytest.param(
        "Schools raised concerns in 640 of the safeguarding alerts last year. Social workers raised 1,900 of the "
        "safeguarding alerts and GPs 310.",
        passes(),
        id="two-parts-of-one-unnamed-whole-are-siblings-not-part-and-whole",
    ),
    pytest.param(
        "Since 2020 the unit has shut down 3,400 lines. In the last year alone it shut 800 lines. The Leeds team "
        "accounts for 1,250 of the closures since 2020.",
        passes(),
        id="a-part-naming-its-span-is-of-the-figure-for-that-span-not-the-latest",
    ),
    pytest.param(
        "Since 2020 the unit has shut down 3,400 lines. In the last year alone it shut 800 lines. The Leeds team "
        "accounts for 3,900 of the closures since 2020.",
        flags(WRONG, "3,400", "3,900"),
        id="a-part-naming-its-span-still-must-fit-the-figure-for-that-span",
    ),
])



@pytest.mark.parametrize(("text", "expect"), CASES)
def test_cl102(text: str, expect: Expect) -> None:
    assert_row(RULE, text, expect)
