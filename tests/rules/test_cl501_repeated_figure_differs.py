"""CL501 repeated-figure-differs: a figure repeated in the article must agree with itself.

Headline against body, summary against quote, "Of the N arrests" against the total; digits
against number words, qualified against exact figures ("more than 1,300" fits 1,362). Different
things, areas and far-apart figures are not repeats.
"""

from __future__ import annotations

import datetime as dt

import pytest

from countylines_check import Status

from ._table import Expect, Rule, assert_row, flags, passes, unique

RULE = Rule("CL501", "repeated-figure-differs")
WRONG = Status.CONTRADICTORY

CASES = unique([
    # --- flags ---------------------------------------------------------------------------------
    pytest.param(
        "Officers closed 480 lines and safeguarded 900 people.\n\nThe Home Office has funded the scheme since "
        "2020. Officials point to thousands of lines closed and people charged.",
        passes(),
        id="a-vague-tally-after-since-a-year-is-of-those-years",
    ),
    pytest.param(
        "The arrests come as a Gazette survey of 640 residents found that 212 had seen dealing. Police made "
        "420 arrests across the county.",
        passes(),
        id="a-surveys-sample-is-not-an-arrest-figure",
    ),
    pytest.param(
        "Our mentors saw 150 young people last year. Of those, 96 were boys and 54 were girls.\n\n"
        "What we found\n\nOf the 150, 40 had carried drugs.",
        passes(),
        id="of-the-number-refers-back-to-that-number-past-a-breakdown",
    ),
    pytest.param(
        "Officers detained 71 people this month, against 44 last November.\n\n"
        "How the weeks compare\n- Arrests: 71 (2023: 49)\n- Knives: 9 (2023: 6)",
        flags(WRONG, "44", "49", published=dt.date(2024, 11, 30)),
        id="last-month-base-against-the-previous-years-bullet",
    ),
    pytest.param(
        "Officers detained 71 people this month, against 44 last November, and seized 9 knives, "
        "down from 14 a year ago.\n\nHow the weeks compare\n- Arrests: 71 (2023: 44)\n- Knives: 9 (2023: 6)",
        flags(WRONG, "14", "6", published=dt.date(2024, 11, 30)),
        id="a-year-ago-base-against-the-previous-years-bullet",
    ),
    pytest.param(
        "Officers detained 71 people this month, against 44 last November.\n\n"
        "How the weeks compare\n- Arrests: 71 (2023: 44)",
        passes("44", published=dt.date(2024, 11, 30)),
        id="last-month-base-agrees-with-the-previous-years-bullet",
    ),
    pytest.param(
        "Kent Police says it closed 180 county lines in 2025. For the rise the minister claimed, the force "
        "would have had to close some 230 lines last year.",
        passes(published=dt.date(2026, 1, 10)),
        id="what-the-force-would-have-needed-is-no-repeat-of-what-it-did",
    ),
    pytest.param(
        "Project safeguarded 210 teenagers last year\n\nThe project took 260 safeguarding referrals in 2024.",
        passes(published=dt.date(2025, 2, 10)),
        id="referrals-to-a-service-are-not-the-people-it-helped",
    ),
    pytest.param(
        "Officers detained 71 people in November, against 44 last March.\n\n"
        "How the months compare\n- Arrests: 71 (2023: 49)",
        passes(published=dt.date(2024, 11, 30)),
        id="an-earlier-month-of-this-year-is-not-last-years",
    ),
    pytest.param(
        "Seven jailed over drugs line\n\nThirteen members of a gang that ran the line have been jailed.",
        flags(WRONG, "Seven", "Thirteen", message=("refers back to",)),
        id="headline-defendants-differ-from-the-lead",
    ),
    pytest.param(
        "Three jailed over drugs line\n\nThree men who ran the line have been jailed for 14 years.",
        passes("Three", "Three"),
        id="headline-defendants-match-the-lead",
    ),
    pytest.param(
        "Five sentenced for running heroin line\n\nTwo men and three women who ran the line were sentenced at "
        "Leeds Crown Court on Tuesday.",
        passes(),
        id="a-lead-counting-men-and-women-apart-splits-the-headlines-defendants",
    ),
    pytest.param(
        "Six jailed for running heroin line\n\nFive men and a teenager who ran the line were sentenced at "
        "Leeds Crown Court on Tuesday.",
        passes(),
        id="a-lead-adding-one-more-defendant-to-its-figure",
    ),
    pytest.param(
        "Four men jailed for a combined 30 years over drugs line\n\nFour men who ran the line were jailed for a "
        "total of 26 years.",
        flags(WRONG, "30 years", "26 years", message=("refers back to",)),
        id="a-headlines-combined-jail-term-differs-from-the-bodys",
    ),
    pytest.param(
        "Kent Police made 52 arrests and closed 6 lines in the week.\n\nTHE WEEK IN FIGURES\n"
        "Arrests 52 | Charged 17 | Lines closed 8 | Cash £12.5k\n",
        flags(WRONG, "6", "8"),
        id="infographic-strip-cell-against-the-body",
    ),
    pytest.param(
        "Kent Police made 52 arrests, charged 17 people and closed 6 lines in the week.\n\n"
        "THE WEEK IN FIGURES\nArrests 52 | Charged 17 | Lines closed 6 | Cash £12.5k\n",
        passes("6"),
        id="infographic-strip-cells-each-keep-their-label",
    ),
    pytest.param(
        "Officers seized more than £90,000 in cash in Luton. The largest cash find, £58,000, was in a loft.",
        passes(),
        id="the-largest-find-is-one-part-of-the-total",
    ),
    pytest.param(
        "Detectives seized £240,500 in cash over the month. The bulk of the cash, around £150,000, was found "
        "in a lock-up in Walsall.",
        passes(),
        id="the-bulk-of-a-sum-is-a-portion-of-it",
    ),
    pytest.param(
        "Crown Court judges made a confiscation order of £84,120 against a heroin dealer in May.\n\n"
        "Prosecutors said the £48,120 order would be paid from the sale of his flat.",
        flags(WRONG, "£84,120", "£48,120", message=("refers back to",)),
        id="a-court-order-restated-with-its-digits-swapped",
    ),
    pytest.param(
        "Police made 31 arrests by the end of May.\n\nThe figures\n     May    June\nArrests   31    44\n",
        passes(),
        id="a-figure-repeats-the-table-cell-that-agrees-not-its-neighbour",
    ),
    pytest.param(
        "Officers closed 14 deal lines, up from five in spring.\n\n- Deal lines closed: 8 / 14\n",
        flags(WRONG, "five", "8"),
        id="a-row-and-a-change-pair-up-cell-by-cell",
    ),
    pytest.param(
        "Cash seized rose from £90,250 to £120,000 after a second raid.\n\nThe totals\n"
        "                 Before     After\nCash seized      £99,750    £120,000\n",
        flags(WRONG, "£90,250", "£99,750"),
        id="a-change-and-a-row-of-period-columns-disagree-on-the-earlier-end",
    ),
    pytest.param(
        "Cash seized rose from £90,250 to £120,000 after a second raid.\n\nThe totals\n"
        "                 Before     After\nCash seized      £90,250    £120,000\n",
        passes(),
        id="a-change-and-a-row-of-period-columns-agree-end-by-end",
    ),
    pytest.param(
        "By March the force had made 40 arrests. That has since risen to 52 after a further 12 were held.",
        passes(),
        id="a-count-risen-to-a-new-value-is-no-misprint-of-the-old",
    ),
    pytest.param(
        "Nine people were arrested in the raids. The remaining five arrested people were bailed.",
        passes(),
        id="what-remains-of-a-figure-is-not-the-figure-again",
    ),
    pytest.param(
        "Of the 38 arrested, nine were under 18, and all sixteen have been referred for support.",
        flags(WRONG, "nine", "sixteen", message=("refers back to",)),
        id="all-n-differs-from-the-figure-before",
    ),
    pytest.param(
        "Three teenage boys, two aged 15 and one aged 16, were found. All three have since been supported.",
        passes("Three", "three"),
        id="all-n-repeats-the-figure-it-refers-to",
    ),
    pytest.param(
        "Lincolnshire Police made 74 arrests during the week. Of the 47 arrests, 20 were for drug supply.",
        flags(WRONG, "74", "47", message=("state the same figure differently", "(74 vs 47)")),
        id="of-the-n-arrests",
    ),
    pytest.param(
        "Warwickshire Police make 38 arrests in county lines crackdown\n\nOfficers in Warwickshire made 33 "
        "arrests during the week.",
        flags(WRONG, "38", "33"),
        id="headline-against-body",
    ),
    pytest.param(
        "£450,000 of cocaine seized in Bolton\n\nOfficers in Bolton seized £540,000 of cocaine on Tuesday.",
        flags(WRONG, "£450,000", "£540,000"),
        id="money-in-headline-and-body",
    ),
    pytest.param(
        "More than 1,300 people were arrested. Police said 1,262 people were arrested over the week.",
        flags(WRONG, "1,300", "1,262", message=("at least 1,300 vs 1,262",)),
        id="more-than-against-a-lower-figure",
    ),
    pytest.param(
        "Nearly 600 people were safeguarded in the operation. In total, 655 people were safeguarded.",
        flags(WRONG, "600", "655"),
        id="nearly-against-a-higher-figure",
    ),
    pytest.param(
        'Officers closed 54 deal lines. Chief Supt Jo Lane said: "We closed forty-five deal lines in seven '
        'days."',
        flags(WRONG, "54", "forty-five"),
        id="quote-in-number-words",
    ),
    pytest.param(
        "Hundreds of people were arrested. In total 4,150 people were arrested.",
        flags(WRONG, "Hundreds", "4,150"),
        id="vague-amount-against-thousands",
    ),
    # --- known failures ---------------------------------------------------------------------------
    pytest.param(
        "Police seized £2.1m of cocaine in Bristol\n\nOfficers in Bristol recovered cocaine worth £1.2m "
        "during raids.",
        flags(WRONG, "£2.1m", "£1.2m"),
        id="drug-named-before-worth",
    ),
    pytest.param(
        "Officers seized 4kg of heroin in Rotherham. The 400g of heroin had a street value of £40,000.",
        flags(WRONG, "4kg", "400g"),
        id="kilograms-against-grams",
        marks=pytest.mark.xfail(strict=True, reason="a weight repeated in another unit (kg against g) "
                                "is never compared"),
    ),
    pytest.param(
        "Referrals rose to 310 in the year to March, up from 270 in the previous twelve months. Over the "
        "same 18 months, the charity trained 40 volunteers.",
        flags(WRONG, "twelve months", "18 months"),
        id="the-same-span-of-time-must-be-one-given-before",
    ),
    pytest.param(
        "The council has agreed a £400,000 grant over two years for youth outreach in Luton. Five years "
        "of guaranteed funding, the youth service manager said, lets the team keep its staff.",
        flags(WRONG, "two years", "Five years", message=("same funding",)),
        id="the-length-of-the-funding-worded-two-ways",
    ),
    pytest.param(
        "Nine jailed after a nine-month investigation into the 'Jet' line. Investigators spent 20 months "
        "listening to phone calls before the arrests.",
        flags(WRONG, "nine-month", "20 months", message=("same investigation",)),
        id="the-length-of-the-investigation-worded-two-ways",
    ),
    pytest.param(
        "Gang who sold crack in Crawley jailed\n\nSix members of a Croydon drugs network have been jailed.\n\n"
        "Eight men who ran the 'Bex' line into Crawley were jailed at Lewes Crown Court for a combined 41 years.",
        flags(WRONG, "Six", "Eight", message=("people of the case",)),
        id="the-case-people-in-standfirst-and-lead",
    ),
    pytest.param(
        "Four members of the 'Ace' line were told at Luton Crown Court on Tuesday that they must repay "
        "£300,000.\n\nThe seven men were jailed last year for a total of 30 years.",
        flags(WRONG, "Four", "seven"),
        id="the-case-people-again-in-another-year",
    ),
    # --- passes --------------------------------------------------------------------------------
    pytest.param(
        "In the week of action the force made 30 arrests. Across the year it averages 12 arrests a week.",
        passes(),
        id="an-average-per-week-is-no-repeat-of-one-weeks-count",
    ),
    pytest.param(
        "Last spring the force closed nine lines and made 40 arrests. That means five more lines were closed this time.",
        passes(),
        id="how-many-more-is-no-restatement",
    ),
    pytest.param(
        "The council has agreed a £400,000 grant over two years for youth outreach in Luton. Two years "
        "of guaranteed funding, the youth service manager said, lets the team keep its staff.",
        passes(),
        id="the-length-of-the-funding-said-again",
    ),
    pytest.param(
        "Nine jailed after a two-year investigation into the 'Jet' line. Investigators spent 24 months "
        "listening to phone calls before the arrests.",
        passes(),
        id="the-investigation-in-months-and-years",
    ),
    pytest.param(
        "Gang who sold crack in Crawley jailed\n\nSix members of a Croydon drugs network have been jailed.\n\n"
        "Six men who ran the 'Bex' line into Crawley were jailed at Lewes Crown Court for a combined 41 years. "
        "Two other men were jailed in 2023.",
        passes(),
        id="the-case-people-and-other-people-jailed",
    ),
    pytest.param(
        "Five jailed over Kendal heroin line\n\nFour men and a woman who sold heroin in Kendal have been jailed "
        "for a total of 31 years.",
        passes(),
        id="the-case-people-counted-in-two-parts",
    ),
    pytest.param(
        "Cumbria Police shut down eight deal lines this week and charged 14 people.\n\n"
        "More on this story\nOfficers close 20 drug lines in Carlisle\nSix charged after Workington raids",
        passes(),
        id="headlines-in-a-box-of-other-stories-are-not-repeats",
    ),
    pytest.param(
        "Kent Police closed 9 deal lines this week.\n\n"
        "                 Oct 2024    Feb 2025    May 2025\n"
        "Deal lines closed       14          12           9\n",
        passes("9"),
        id="a-spaced-table-repeats-the-latest-months-column-only",
    ),
    pytest.param(
        "Dorset Police made 84 arrests in the spring. Its arrest rate of 36.9 per 100,000 residents was the "
        "county's highest.",
        passes(),
        id="a-rate-is-not-a-repeat-of-a-count",
    ),
    pytest.param(
        "Lincolnshire Police made 74 arrests during the week. Of the 74 arrests, 20 were for drug supply.",
        passes("74"),
        id="same-figure-twice",
    ),
    pytest.param(
        "More than 1,300 people were arrested. Police said 1,362 people were arrested over the week.",
        passes("1,300", "1,362"),
        id="more-than-fits-the-exact-figure",
    ),
    pytest.param(
        "Around 600 people were safeguarded in the operation. In total, 655 people were safeguarded.",
        passes("600", "655"),
        id="around-fits",
    ),
    pytest.param(
        'Officers closed 54 deal lines. Chief Supt Jo Lane said: "We closed fifty-four deal lines in seven '
        'days."',
        passes("54", "fifty-four"),
        id="quote-in-number-words-agrees",
    ),
    pytest.param(
        "Officers seized 31 knives in Walsall. Separately, 12 zombie knives were handed in at a surrender "
        "bin in Walsall.",
        passes(),
        id="different-kind-of-knife",
    ),
    pytest.param(
        "Essex Police arrested 41 people. Kent Police arrested 64 people.",
        passes(),
        id="different-forces",
    ),
    pytest.param(
        "Officers made 43 arrests in a single day. Over the week, 1,360 arrests were made.",
        passes(),
        id="far-apart-figures-count-different-things",
    ),
    pytest.param(
        "Police in Gloucestershire made 98 arrests in 2022. In 2023 they made 140 arrests.",
        passes(),
        id="year-printed-before-the-figure",
    ),
    pytest.param(
        "Fourteen people were arrested in raids across Surrey. During the week before, the force made a further 23 arrests.",
        passes(),
        id="a-further-n-is-another-count",
    ),
    pytest.param(
        "Officers shut four lines during the week.\n\nResults:\n- 4 lines shut and 3 further lines shut by partners",
        passes(),
        id="n-further-after-the-figure-is-another-count",
    ),
    pytest.param(
        "Merseyside Police made 120 arrests during 2023-24. At the panel a councillor asked how many of the "
        "102 arrests had led to charges.",
        flags(WRONG, "120", "102", message=("refers back to",), published=dt.date(2024, 10, 3)),
        id="definite-figure-restates-the-financial-years-figure",
    ),
    pytest.param(
        "Merseyside Police made 120 arrests during 2023-24. At the panel a councillor asked how many of the "
        "120 arrests had led to charges.",
        passes(published=dt.date(2024, 10, 3)),
        id="definite-figure-agrees-with-the-financial-years-figure",
    ),
    pytest.param(
        "Officers have visited 41 schools in Hull, Goole and Beverley since January. \"The 46 schools we have "
        "been into so far have all asked us back,\" the inspector said.",
        flags(WRONG, "41", "46", message=("refers back to",)),
        id="definite-figure-restates-a-count-since-a-start-date",
    ),
    pytest.param(
        "Outreach workers safeguarded 126 vulnerable people during the year. The youth scheme has worked with "
        "64 young people in Hull, Goole and Beverley since March.",
        passes(),
        id="a-period-after-a-list-of-places-is-the-figures-own",
    ),
    pytest.param(
        "In March, Dorset Police arrested 30 people. In July they arrested 52 people, and 20 of them were charged.",
        passes(),
        id="two-months-compared-are-two-periods",
    ),
    pytest.param(
        "In July Dorset Police arrested 52 people. A spokesman said those 58 arrests were a record.",
        flags(WRONG, "52", "58"),
        id="a-month-figure-repeated-without-its-month",
    ),
    pytest.param(
        "Dyfed-Powys Police made 40 arrests in the spring and 70 in the autumn, 110 across the two weeks.",
        passes(),
        id="a-total-across-both-periods",
    ),
    pytest.param(
        "The raids on Tuesday 8 October 2024 led to 26 arrests. A smaller sweep in April, when 15 people were "
        "arrested, was the last.",
        passes(),
        id="another-month-than-the-dated-week-is-another-period",
    ),
    pytest.param(
        "The raids on Tuesday 8 October 2024 led to 26 arrests. In October, 25 people were arrested, police said.",
        flags(WRONG, "26", "25"),
        id="the-dated-weeks-own-month-is-the-same-period",
    ),
    pytest.param(
        "Briefing of Tuesday 7 October 2025: officers made 27 arrests in September. The 34 arrests were made "
        "in four towns.",
        flags(WRONG, "27", "34"),
        id="a-roundup-of-the-month-before-its-date-is-the-same-period",
    ),
    pytest.param(
        "Kent made 211 arrests during the previous week of action, in May. This week Kent made 239 arrests.",
        passes(),
        id="an-earlier-week-named-with-its-month",
    ),
    pytest.param(
        "Wiltshire Police safeguarded people this week. Men made up 60 per cent of them (33) and women "
        "40 per cent (22). Separately, 45 people were safeguarded by the council.",
        passes(),
        id="count-printed-with-a-share-of-an-unsaid-base",
    ),
    pytest.param(
        "Derbyshire Police made 51 arrests this week. The total is up 9% on the 47 arrests made in the "
        "force's spring operation.",
        passes(),
        id="base-of-a-percentage-change-is-another-count",
    ),
    pytest.param(
        "Officers arrested 1,204 people over the week. That is about 8% lower than the 1,310 arrests "
        "recorded during the spring week.",
        passes(),
        id="base-of-lower-than-is-another-count",
    ),
    pytest.param(
        "Eighteen people were arrested during the week. A further three arrests followed on Monday, "
        "taking the total for the operation to 21.",
        passes(),
        id="running-total-is-a-new-count",
    ),
    pytest.param(
        "Key points\n- 23 arrests so far today\n\n16:40\nThree more arrests take today's total to 23."
        "\n\n14:15\nPolice have now confirmed 20 arrests.\n\n09:30\nThe first eight arrests are in.",
        passes(),
        id="live-blog-earlier-entry-gives-the-count-as-it-stood",
    ),
    pytest.param(
        "Key points\n- 23 arrests so far today\n\n16:40\nThree more arrests take today's total to 23."
        "\n\n18:00\nFinal figures: 32 people arrested.",
        flags(WRONG, "23", "32"),
        id="live-blog-latest-entry-against-the-summary",
    ),
    pytest.param(
        "Live: drugs raids\n\n14:00\nThe force says 40 people were arrested this week.\n\n11:00\n"
        "Officers made 44 arrests during the week, the force says.",
        flags(WRONG, "40", "44"),
        id="blog-without-a-running-count-gives-final-figures",
    ),
    pytest.param(
        "Kent Police officers visited 22 addresses linked to cuckooing during the week. The inspector said most "
        "of the 36 addresses we visited were reported by neighbours.",
        flags(WRONG, "22", "36"),
        id="the-same-noun-after-the-points-back-to-the-count",
    ),
    # two periods side by side: a repeat matches one of the pair
    pytest.param(
        "Derbyshire Police arrested 64 people this summer, against 47 last winter.\n\n"
        "Summer and winter compared (Derbyshire Police)\n- Arrests: 47 / 64\n- Lines closed: 5 / 8\n",
        passes(),
        id="figure-beside-its-pair-repeats-the-member-it-matches",
    ),
    pytest.param(
        "Derbyshire Police arrested 64 people this summer, against 47 last winter.\n\n"
        "Summer and winter compared (Derbyshire Police)\n- Arrests: 47 / 64\n\n"
        "Police said the 69 arrests made this summer included two men wanted for months.",
        flags(WRONG, "69", "64"),
        id="figure-matching-neither-member-of-the-pair",
    ),
    pytest.param(
        "Derbyshire Police closed 8 deal lines, up from 5.\n\n"
        "Summer and winter compared (Derbyshire Police)\n- Lines closed: 5 / 8\n",
        passes(),
        id="the-start-of-a-change-is-one-of-the-pair",
    ),
    pytest.param(
        "Derbyshire Police closed 8 deal lines, up from 5.\n\n"
        "Summer and winter compared (Derbyshire Police)\n- Lines closed: 4 / 8\n",
        flags(WRONG, "5", "4"),
        id="the-start-of-a-change-against-the-pair-it-belongs-to",
    ),
    pytest.param(
        "The grant was split three ways:\n- £6 million for detective teams\n- £4 million for youth workers\n"
        "- £2 million for a helpline\n\nOf its £4 million, £1 million will go to rural areas.",
        passes(),
        id="a-figure-repeating-one-list-item-is-not-a-slip-of-another",
    ),
    pytest.param(
        "Suffolk Constabulary safeguarded 44 vulnerable people during the week. A local charity said it had "
        "taken 27 referrals from the police over the same seven days.",
        passes(),
        id="referrals-a-charity-took-are-not-the-people-safeguarded",
    ),
    pytest.param(
        "Officers seized 30 weapons during the week.\n\nThe week at a glance\n"
        "- Weapons: 36 (including 20 knives and two firearms)\n",
        flags(WRONG, "30", "36"),
        id="a-labelled-weapons-cell-against-the-body",
    ),
    pytest.param(
        "Three charged over drugs line in Yeovil\n\nFive men have appeared in court after police raided two homes.",
        flags(WRONG, "Three", "Five"),
        id="a-headline-charged-count-against-the-leads-court-appearance",
    ),
    pytest.param(
        "Three charged over drugs line in Yeovil\n\nThree men have appeared in court after police raided two homes.",
        passes(),
        id="a-headline-charged-count-the-lead-repeats",
    ),
    pytest.param(
        "Officers found 300g of heroin thought to be worth about £30,000.\n\nAt a glance\n"
        "- Heroin: 300g, £35,000\n- Cash: £2,000\n",
        flags(WRONG, "£30,000", "£35,000"),
        id="a-drugs-value-in-the-body-against-its-labelled-row",
    ),
    pytest.param(
        "Officers found cocaine worth £60,000 and heroin thought to be worth about £30,000, a combined street "
        "value of £90,000.\n\nAt a glance\n- Cocaine: 600g, £60,000\n- Heroin: 300g, £30,000\n",
        passes(),
        id="each-drugs-value-is-its-own-figure-not-the-combined-one",
    ),
    pytest.param(
        "Officers seized cannabis worth £96,000 over the week. In the biggest single haul, cannabis worth "
        "around £60,000 was found in a van.",
        passes(),
        id="a-single-find-picked-out-after-a-comma-is-not-the-total",
    ),
    pytest.param(
        "Our report of 3 June wrongly stated that Essex Police had made 64 arrests. The force made 46 "
        "arrests during the week.\n\nEssex Police said the 46 arrests included eleven teenagers.",
        passes(),
        id="a-correction-quotes-the-wrong-figure-beside-the-right-one",
    ),
    pytest.param(
        "A previous version of this story said 52 lines were closed. In fact 25 lines were closed by the "
        "force.\n\nThe headline had read '52 lines closed'. Officers said 25 lines closed was a record.",
        passes(),
        id="an-earlier-versions-figure-is-not-the-corrected-ones-repeat",
    ),
    pytest.param(
        "Our report of 3 June wrongly stated that Essex Police had made 64 arrests. The force made 46 "
        "arrests during the week.\n\nEssex Police said the 41 arrests included eleven teenagers.",
        flags(WRONG, "46", "41"),
        id="the-corrected-figure-still-must-agree-with-its-repeats",
    ),
    pytest.param(
        "A month-long crackdown in Essex resulted in 140 arrests. The chief said: \"The 104 arrests we made show "
        "what a month of pressure does.\"",
        flags(Status.CONTRADICTORY, "140", "104"),
        id="month-long-is-the-operation-not-a-monthly-rate",
    ),
    pytest.param(
        "Officers charged 60 people. \"I am proudest of the 35 people we have been able to protect,\" she said.",
        passes(),
        id="people-we-were-able-to-protect-are-safeguarded-not-charged",
    ),
    pytest.param(
        "In the first six weeks of term, officers made 52 visits, against 38 in the same six weeks last year. "
        "The three-week campaign ended in October.",
        passes("six weeks"),
        id="the-same-span-of-time-given-again",
    ),
    pytest.param(
        "Officers stopped four vehicles. A car on the A44 at two in the morning stands out, one officer said.",
        passes(),
        id="a-time-of-night-is-no-figure",
    ),
    pytest.param(
        "Police in Suffolk and Norfolk arrested 58 people. Suffolk Constabulary made 31 arrests and Norfolk "
        "Constabulary 27.",
        passes(),
        id="two-forces-named-together-are-their-joint-area",
    ),
    pytest.param(
        "Dorset Police made 24 arrests during the week. Poole and Weymouth accounted for 15 of Dorset's 24 arrests.",
        passes(),
        id="some-of-a-forces-figure-named-by-its-possessive",
    ),
    pytest.param(
        "FACT CHECK: did the minister's sums add up?\n\nThe minister said: \"Officers shut 900 county lines.\" "
        "That is wrong. The force's own data show 610 lines were closed.",
        passes(),
        id="a-fact-checks-disputed-claim-is-its-verdict-not-a-slip",
    ),
    pytest.param(
        "FACT CHECK: did the minister's sums add up?\n\nThe minister said: \"Officers shut 610 county lines.\" "
        "That is broadly right. The force's own data show 960 lines were closed.",
        flags(WRONG, "610", "960"),
        id="a-claim-the-fact-check-finds-right-must-still-agree-with-its-data",
    ),
    pytest.param(
        "The three forces closed 1,200 lines. Together these three forces accounted for 1,200 closures. "
        "The remaining 40 forces recorded 700 closures between them.",
        passes(),
        id="the-remaining-forces-are-a-group-of-their-own-not-the-last-force",
    ),
    pytest.param(
        "The mentoring project in Leeds worked with 180 teenagers last year.\n\n"
        "West Yorkshire Police referred 97 of the teenagers to it after stop and searches.",
        passes(),
        id="some-of-the-group-is-a-part-of-it-not-the-group-again",
    ),
    # --- a definite figure ("Of the N arrests", "the N children we helped") restates an earlier one ---
    pytest.param(
        "Officers arrested 142 people across Tyneside and Wearside during the fortnight.\n\n"
        "Northumbria Police later said that of the 216 arrests, 61 were made in Newcastle.",
        flags(WRONG, "142", "216", message=("differ",)),
        id="of-the-n-arrests-differs-from-the-count-told-through-its-towns",
    ),
    pytest.param(
        "Officers arrested 142 people across Tyneside and Wearside during the fortnight.\n\n"
        "Northumbria Police later said that of the 142 arrests, 61 were made in Newcastle.",
        passes(),
        id="of-the-n-arrests-agrees-with-the-count-told-through-its-towns",
    ),
    pytest.param(
        "The project helped 1,046 vulnerable people in Devon, including 402 children.\n\n"
        "\"The 606 children we helped are not statistics,\" the director said.",
        flags(WRONG, "402", "606"),
        id="the-n-children-we-helped-differs-from-the-children-counted-before",
    ),
    pytest.param(
        "Volunteers fitted three new locks to a flat in Rhyl.\n\nBack in Rhyl, the tenant with the seven locks is less sure.",
        flags(WRONG, "three", "seven", message=("refers back to",)),
        id="the-n-things-differs-from-the-same-things-counted-before",
    ),
    pytest.param(
        "Police arrested 64 people in Sussex. Brighton accounted for 38 of them.\n\n"
        "The 38 arrested in Brighton were taken to Hollingbury.",
        passes(),
        id="a-definite-figure-may-restate-a-part",
    ),
    pytest.param(
        "All three forces in the region joined the operation.\n\nIn the region, the five forces seized a "
        "combined £310,000.",
        flags(WRONG, "three", "five", message=("refers back to",)),
        id="the-n-forces-seizing-a-combined-sum-restate-the-forces-counted-before",
    ),
    pytest.param(
        "All three forces in the region joined the operation.\n\nIn the region, the three forces made 140 "
        "arrests between them.",
        passes(),
        id="the-n-forces-with-between-them-after-their-own-figure-agree",
    ),
    pytest.param(
        "The two forces with taskforces, the Met and Merseyside, closed 70 lines. Kent, which joined later, "
        "closed 20 lines.\n\nTogether these three forces closed 90 lines.",
        passes(),
        id="together-these-n-totals-the-things-just-named",
    ),
    pytest.param(
        "Avon and Somerset closed 118 lines. Of its 118 closures, 74 involved lines in Bristol. "
        "Devon and Cornwall said 35 of its 96 closures were in Plymouth.",
        passes(),
        id="of-its-n-in-another-forces-sentence-is-that-forces-own",
    ),
    pytest.param(
        "Police arrested 40 people in the operation.\n\nThe 12 addresses searched were all in Luton.",
        passes(),
        id="a-definite-figure-of-other-things-restates-nothing",
    ),
    pytest.param(
        "Between them those two forces closed 300 lines.\n\n"
        "Wales recorded 118 closures across its four forces, most of them in Cardiff.",
        passes(),
        id="its-n-things-are-the-owners-own-not-a-figure-given-before",
    ),
    pytest.param(
        "A youth worker said: \"We have had nine new referrals this week. That is four children who now have "
        "someone on their side.\"",
        flags(Status.CONTRADICTORY, "four", "nine"),
        id="that-is-restates-the-count-just-given",
    ),
    pytest.param(
        "The service has worked with 190 people since it began. That's roughly 16 people a month.",
        passes(),
        id="that-is-an-average-is-no-restatement",
    ),
    pytest.param(
        "Humberside Police said 212 people had been charged in the past 12 months.\n\n"
        "The superintendent said that of the 204 people charged over the last year, 90 had been convicted.",
        flags(WRONG, "212", "204"),
        id="the-past-12-months-and-the-last-year-are-one-period",
    ),
    pytest.param(
        "Humberside Police said 212 people had been charged in the past 12 months. Officers made arrests in "
        "Hull and Grimsby. In Hull, 30 people were arrested during the week, while in Grimsby 14 arrests were "
        "made.\n\nHe said that of the 204 people charged over the last year, 90 had been convicted.",
        flags(WRONG, "212", "204"),
        id="a-town-by-town-paragraph-does-not-carry-its-first-town-onward",
    ),
    pytest.param(
        "Officers searched a flat in Rhyl and seized six firearms.\n\n"
        "Seized in Rhyl\nFirearms recovered: 2\nCash: £4,000",
        flags(WRONG, "six", "2"),
        id="a-handful-misprinted-in-the-box-differs-by-more-than-the-ratio",
    ),
    pytest.param(
        "Officers searched a flat in Rhyl and seized two firearms.\n\n"
        "Seized in Rhyl\nFirearms recovered: 2\nCash: £4,000",
        passes("two", "2"),
        id="a-handful-repeated-in-the-box-agrees",
    ),
    pytest.param(
        "Officers in Luton began a three-day crackdown on Monday. They made 20 arrests over the four days.",
        flags(WRONG, "three-day", "four days", message=("a span of time given before",)),
        id="a-definite-span-restates-the-events-length",
    ),
    pytest.param(
        "Officers in Luton began a three-day crackdown on Monday. They made 20 arrests over the three days.",
        passes("three-day", "three days"),
        id="a-definite-span-agrees-with-the-events-length",
    ),
    pytest.param(
        "Officers in Luton began a three-day crackdown on Monday. In the four days before it, they watched "
        "two flats, and over the past eight days they have charged six men.",
        passes(),
        id="a-span-pinned-to-an-event-or-to-now-is-a-window-of-its-own",
    ),
    pytest.param(
        "Luton dealer caught after ten-month inquiry\n\nA dealer has been jailed after a seven-month inquiry "
        "by Bedfordshire Police.",
        flags(WRONG, "ten-month", "seven-month", message=("the length of the same inquiry",)),
        id="the-same-thing-measured-twice-in-headline-and-body",
    ),
    pytest.param(
        "In the 12 months to June 2024, the force closed 40 lines. Officers made 212 visits in the 15 months "
        "to June 2024, and 300 in the 12 months to May.",
        flags(WRONG, "12 months", "15 months"),
        id="a-span-pinned-to-the-same-date-is-the-same-span",
    ),
    pytest.param(
        "Five men who ran a drugs line into Luton have been jailed.\n\nThe court heard the line made £1,000 "
        "a day. The seven were jailed for a combined 30 years at Luton Crown Court.",
        flags(WRONG, "Five", "seven", message=("refers back to",)),
        id="the-n-with-no-noun-counts-again-the-defendants",
    ),
    pytest.param(
        "Five men who ran a drugs line into Luton have been jailed.\n\nAll seven had pleaded guilty.",
        flags(WRONG, "Five", "seven", message=("refers back to",)),
        id="all-n-counts-again-the-defendants",
    ),
    pytest.param(
        "Five men who ran a drugs line into Luton have been jailed.\n\nThe court heard the line made £1,000 "
        "a day. The five were jailed for a combined 30 years at Luton Crown Court.",
        passes(),
        id="the-n-defendants-agree",
    ),
    pytest.param(
        "Five men who ran a drugs line into Luton have been jailed. Three of them admitted supply.\n\n"
        "The three who admitted it were given shorter terms.",
        passes(),
        id="the-n-who-repeats-the-part-given-before-not-the-defendants",
    ),
    pytest.param(
        "Five men who ran a drugs line into Luton have been jailed.\n\nThe line served up to 300 users a day. "
        "The ten were jailed at Luton Crown Court.",
        flags(WRONG, "Five", "ten", message=("refers back to",)),
        id="an-open-bound-of-other-things-is-no-figure-a-definite-one-restates",
    ),
    pytest.param(
        "Kent Police took part in two weeks of action this year.\n\nThe spring week ran from Monday 10 March to "
        "Sunday 16 March 2025. Officers arrested 35 people and closed eight lines.\n\nThe autumn week ran from "
        "Monday 6 October to Sunday 12 October 2025. This time officers arrested 52 people and closed 13 lines.",
        passes(),
        id="two-dated-weeks-in-different-months-are-not-one-figure-twice",
    ),
    pytest.param(
        "Officers made 35 arrests in March and 52 in October.\n\nThe spring week ran from Monday 10 March to "
        "Sunday 16 March 2025. Officers arrested 53 people.\n\nThe autumn week ran from "
        "Monday 6 October to Sunday 12 October 2025. This time officers arrested 52 people.",
        flags(WRONG, "35", "53"),
        id="a-dated-weeks-figure-still-repeats-that-months-figure",
    ),
    pytest.param(
        "Two weeks of action, 81 arrests in Kent\n\nThe spring week ran from Monday 10 March to Sunday 16 March "
        "2025. Officers arrested 35 people.\n\nThe autumn week ran from Monday 6 October to Sunday 12 October "
        "2025. Officers arrested 46 people. Taken together, March and October brought in £61,000.",
        passes(),
        id="a-total-of-two-weeks-is-neither-weeks-figure",
    ),
    pytest.param(
        "The survey of 1,600 young people aged 12 to 18 was run online. The sample was made up of 900 young "
        "people aged 12 to 15 and 700 aged 16 to 18.",
        passes(),
        id="counts-of-different-age-bands-are-different-groups",
    ),
    pytest.param(
        "The council's team worked with 300 children over the year. At the end of June, 280 children were "
        "on a care plan.",
        passes(),
        id="a-count-at-one-moment-is-no-repeat-of-a-count-over-the-year",
    ),
    pytest.param(
        "About 100 children in Luton were discussed by the panel because staff feared they were being "
        "exploited. The panel considered 96 children during the year. Of those, 60 were assessed as being at "
        "risk of criminal exploitation. Among the 60 children at risk of criminal exploitation, 35 were boys.",
        passes(),
        id="a-definite-figure-restates-the-equal-figure-before-it",
    ),
    pytest.param(
        "The inspectors found two causes of concern and make five recommendations. In its reply the force "
        "said it had accepted all eight recommendations.",
        flags(WRONG, "five", "eight", message=("refers back",)),
        id="all-n-things-points-back-to-the-things-counted-before",
    ),
    pytest.param(
        "The inspectors found two causes of concern and make five recommendations. In its reply the force "
        "said it had accepted all five recommendations.",
        passes(),
        id="all-n-things-agreeing-with-the-count-before",
    ),
    pytest.param(
        "Detectives found that the gang ran six county lines from a flat in Luton. Inspector Amy Cole said: "
        "\"We closed all ten lines within a month.\"",
        flags(WRONG, "six", "ten", message=("refers back",)),
        id="all-n-things-of-a-metric-points-back-to-the-same-things-of-none",
    ),
    pytest.param(
        "In the 12 months to the end of March, the force dismantled 18 drug supply lines. Of the 28 lines, "
        "ten were run from Liverpool and eight from Manchester.",
        flags(WRONG, "18", "28", message=("refers back",)),
        id="a-definite-figure-with-no-period-restates-one-given-for-a-period",
    ),
    pytest.param(
        "Eight charged and five jailed after raids\n\nEight people have been charged and five jailed after "
        "raids in Hull.",
        passes(),
        id="headline-defendants-paired-by-their-own-verb",
    ),
    pytest.param(
        "Kent Police | News\n\n46 arrested in county lines week\n\nThis release was updated on Friday to "
        "correct a figure. Our original release said 64 people had been arrested. The correct figure is 46 "
        "arrests.\n\nOfficers arrested 46 people during the operation.",
        passes("46", "46"),
        id="a-correction-quoting-the-original-release-is-no-repeat",
    ),
    pytest.param(
        "Operation Kestrel ran in two stages.\n\nStage one: surveillance\n\nDetectives arrested 14 people and "
        "closed three lines.\n\nStage two: raids\n\nOfficers arrested 22 people and closed five lines.\n\n"
        "Wrap-up\n\nThe operation closed eight lines in all.",
        passes(),
        id="figures-under-different-stage-headings-are-each-their-stages-own",
    ),
    pytest.param(
        "Thursday 3 March - Officers made nine arrests in the town centre.\n\n"
        "Friday 4 March - Officers made seven arrests at the station.\n\n"
        "The force said 16 arrests were made over the two days.",
        passes(),
        id="paragraphs-led-by-different-days-give-each-days-own-figures",
    ),
    pytest.param(
        "Officers made 40 arrests during the fortnight.\n\nDay one: Officers made nine arrests in the morning "
        "raids and seized cash.\n\nDay two: Officers made four arrests.\n\nThe force later said 44 arrests "
        "had been made during the fortnight.",
        flags(WRONG, "40", "44"),
        id="the-wrap-up-totals-are-still-compared-outside-the-day-stretches",
    ),
    pytest.param(
        "Detectives have arrested 2,000-plus suspects since the unit began. In its first year the unit arrested "
        "2,140 suspects.",
        passes(),
        id="a-figure-with-a-hyphenated-plus-is-a-floor",
    ),
    pytest.param(
        "Officers safeguarded 1,208 teenagers during the fortnight.\n\nA youth worker said: \"Twelve hundred "
        "teenagers in a fortnight should shock everyone.\"",
        passes(),
        id="a-round-number-in-words-is-a-rounding-of-the-count",
    ),
    pytest.param(
        "Officers safeguarded 1,208 teenagers during the fortnight.\n\nA youth worker said: \"Nine hundred "
        "teenagers in a fortnight should shock everyone.\"",
        flags(WRONG, "1,208", "Nine hundred"),
        id="a-round-number-in-words-far-from-the-count-still-differs",
    ),
    pytest.param(
        "Since 2018 the taskforce has shut 4,100 lines. In the past year it shut 900 lines.\n\nCritics say "
        "that for all of those 6,100 closures, the trade is as busy as ever.",
        flags(WRONG, "4,100", "6,100"),
        id="those-n-with-no-time-restates-the-total-counted-since-a-start",
    ),
    pytest.param(
        "Since 2018 the taskforce has shut 4,100 lines. In the past year it shut 900 lines.\n\nCritics say "
        "that for all of those 4,100 closures, the trade is as busy as ever.",
        passes(),
        id="those-n-agreeing-with-the-total-since-a-start-passes",
    ),
    pytest.param(
        "A five-day crackdown in Suffolk ended on Friday with 41 arrests.\n\nBy the halfway point, on "
        "Wednesday, detectives had made 23 arrests. The rest came on the last two days.",
        passes(),
        id="a-count-as-it-stood-halfway-is-not-the-runs-total-said-again",
    ),
    pytest.param(
        "Cleveland Police made 52 arrests in October.\n\nThe force splits its work between area squads:\n"
        "- the Coast team (Redcar and Saltburn) made 20 arrests\n- the Town team (Middlesbrough) made 32 arrests",
        passes(),
        id="area-teams-in-a-list-are-parts-of-the-forces-figure",
    ),
    pytest.param(
        "Cleveland Police made 52 arrests in October.\n\nLater the force said it had made 25 arrests in October.",
        flags(WRONG, "52", "25"),
        id="the-forces-own-figure-said-twice-still-differs",
    ),
    pytest.param(
        "Seizures this quarter (street value)\n\nHerbal cannabis: 3.1kg - £31,000\nTemazepam: 4,000 tablets - "
        "£6,000\nCannabis resin: 900g - £4,500\n\nThe force thanked residents for their reports.",
        passes(),
        id="each-row-of-a-seizure-log-values-the-drug-its-label-names",
    ),
    pytest.param(
        "Gwent Police kept a monthly tally of its operation.\n\nJanuary brought 12 arrests. February added 15, "
        "and March saw 10 more.\n\nIn Newport alone, 20 of those arrests were made.\n\nOver the three months "
        "the force made 37 arrests.",
        passes(),
        id="a-month-as-subject-gives-that-months-figure-not-the-total",
    ),
])



@pytest.mark.parametrize(("text", "expect"), CASES)
def test_cl501(text: str, expect: Expect) -> None:
    assert_row(RULE, text, expect)
