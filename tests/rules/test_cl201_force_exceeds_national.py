"""CL201 force-exceeds-national: a smaller area's figure cannot exceed the figure for an area containing it.

Force against country, force against region, town against force; money, weights in kg against
g, number words, and the qualifiers that make a national figure a floor ("more than") or a
ceiling ("nearly").
"""

from __future__ import annotations

import pytest

from countylines_check import Status

from ._table import Expect, Rule, assert_row, flags, passes, unique

RULE = Rule("CL201", "force-exceeds-national")
WRONG = Status.CONTRADICTORY

CASES = unique([
    # --- flags ---------------------------------------------------------------------------------
    pytest.param(
        "Across England and Wales, county lines arrests climbed from 3,904 in 2021 to 4,412 in 2022. "
        "West Yorkshire Police recorded 287 county lines arrests in 2022, up from 5,857 in 2021.",
        flags(WRONG, "5,857", "3,904", message=("West Yorkshire Police",)),
        id="the-dated-start-of-a-change-bounds-that-years-force-figure",
    ),
    pytest.param(
        "Across England and Wales, officers safeguarded 1,402 vulnerable people during the week. In "
        "Leicestershire, 2,104 children were safeguarded by officers during the week, the force said.",
        flags(WRONG, "2,104", "1,402", message=("Leicestershire Police", "the whole country")),
        id="a-forces-children-safeguarded-over-the-people-safeguarded-nationally",
    ),
    pytest.param(
        "In the 12 months to the end of June, officers in the Highland division made 184 arrests linked to drug "
        "lines. Of those, 38 were in Inverness. Across Scotland, Police Scotland made 150 arrests linked to "
        "county lines in the same period.",
        flags(WRONG, "184", "150"),
        id="the-same-period-is-the-period-of-the-figure-it-refers-back-to",
    ),
    pytest.param(
        "Across England and Wales, forces recorded 1,430 children as being at risk of criminal exploitation "
        "in the year to March 2024, the report says. Kent Police identified 2,140 children in that year.",
        flags(WRONG, "2,140", "1,430"),
        id="that-year-is-the-year-of-the-figure-before",
    ),
    pytest.param(
        "Across England and Wales, county lines arrests climbed from 3,904 in 2021 to 4,412 in 2022. "
        "West Yorkshire Police recorded 6,619 county lines arrests in 2022, up from 212 in 2021.",
        flags(WRONG, "6,619", "4,412"),
        id="the-dated-end-of-a-change-is-that-years-national-total",
    ),
    pytest.param(
        "Nationally, forces seized £1.3m in cash. Greater Manchester Police alone seized £2.1m.",
        flags(WRONG, "£2.1m", "£1.3m", message=("Greater Manchester Police", "the whole country")),
        id="force-cash-over-national-millions",
    ),
    pytest.param(
        "Nationally, officers took £2.4m in cash off dealers. West Mercia Police alone recovered £2.45m.",
        flags(WRONG, "£2.45m", "£2.4m"),
        id="a-precise-force-figure-at-the-rounded-national-bound-exceeds-it",
    ),
    pytest.param(
        "Across England and Wales, officers seized 45kg of cocaine. In Avon and Somerset, 52,000g of "
        "cocaine was recovered.",
        flags(WRONG, "52,000g", "45kg"),
        id="force-grams-over-national-kilograms",
    ),
    pytest.param(
        "According to the Home Office, 900 county lines were closed across England and Wales in the year to "
        "March 2024. Avon and Somerset Police says it closed 960 lines over the same period.",
        flags(WRONG, "960", "900"),
        id="force-over-national-over-the-same-period",
    ),
    pytest.param(
        "In the East Midlands, 240 people were arrested. Nottinghamshire Police arrested 260 people.",
        flags(WRONG, "260", "240", message=("East Midlands",)),
        id="force-over-region",
    ),
    pytest.param(
        "Police Scotland arrested 190 people. Its Tayside Division arrested 210 of them.",
        flags(WRONG, "210", "190", message=("Tayside Division", "Police Scotland")),
        id="division-over-its-force",
    ),
    pytest.param(
        "Nationally, when police shut one line, another opens. Lancashire Police closed six lines this week.",
        passes(),
        id="the-word-one-picking-out-a-thing-is-no-total",
    ),
    pytest.param(
        "Kent Police arrested 60 people. In Maidstone, officers arrested 75 people.",
        flags(WRONG, "75", "60", message=("Maidstone", "Kent Police")),
        id="town-over-force",
    ),
    pytest.param(
        "Across the UK, nearly 1,000 people were arrested. In Hampshire, 1,200 people were arrested.",
        flags(WRONG, "1,200", "1,000"),
        id="nearly-national-is-a-ceiling",
    ),
    pytest.param(
        "Nationally, forty people were charged. In Cleveland alone, FIFTY-TWO people were charged.",
        flags(WRONG, "FIFTY-TWO", "forty"),
        id="number-words",
    ),
    pytest.param(
        "Police across England and Wales safeguarded 300 children. West Midlands Police safeguarded 410 "
        "children.",
        flags(WRONG, "410", "300"),
        id="children-safeguarded",
    ),
    pytest.param(
        "NUMBER OF THE MONTH: 900\n\nThat is the number of arrests forces across England and Wales made in "
        "March. Merseyside Police said its own officers made 950 arrests in March.",
        flags(WRONG, "950", "900"),
        id="a-headline-figure-named-by-the-sentence-after-it",
    ),
    # --- known failures ---------------------------------------------------------------------------
    pytest.param(
        "Nationally 500 weapons were seized during the week. Essex Police alone seized 600 knives.",
        flags(WRONG, "600", "500"),
        id="knives-within-a-weapons-total",
    ),
    # --- passes --------------------------------------------------------------------------------
    pytest.param(
        "Forces in England and Wales closed 2,000 lines. The Metropolitan Police, which serves nearly 9 million Londoners, "
        "closed 400.",
        passes(),
        id="people-named-for-their-city-are-its-population",
    ),
    pytest.param(
        "Nationally, the Home Office committed £300,000 to the scheme. Kent Police received £450,000 from the "
        "commissioner.",
        passes(),
        id="funding-is-placed-by-its-funder-not-bounded-by-an-area",
    ),
    pytest.param(
        "Across the South East, forces made 12 county lines arrests. Kent Police's rate was 30.5 arrests "
        "per 100,000 people.",
        passes(),
        id="a-force-rate-and-its-base-are-not-counts",
    ),
    pytest.param(
        "Nationally, forces seized £1.3m in cash. Greater Manchester Police alone seized £210,000.",
        passes("£210,000", "£1.3m"),
        id="force-cash-fits",
    ),
    pytest.param(
        "Nationally, officers took about £2.4m in cash off dealers. West Mercia Police recovered £2.45m.",
        passes(),
        id="a-hedged-national-figure-keeps-its-bound",
    ),
    pytest.param(
        "Nationally, forces arrested 900 people. In a city it might be one or two young people carrying the "
        "drugs. Kent Police safeguarded four people.",
        passes(),
        id="one-or-two-is-a-hedge-not-a-national-total",
    ),
    pytest.param(
        "Across England and Wales, officers seized 45kg of cocaine. In Avon and Somerset, 5,200g of "
        "cocaine was recovered.",
        passes("5,200g", "45kg"),
        id="force-grams-fit",
    ),
    pytest.param(
        "In the East Midlands, 240 people were arrested. Nottinghamshire Police arrested 96 people.",
        passes("96", "240"),
        id="force-fits-region",
    ),
    pytest.param(
        "Across the UK, more than 1,000 people were arrested. In Hampshire, 1,200 people were arrested.",
        passes("1,200", "1,000"),
        id="more-than-national-is-a-floor",
    ),
    pytest.param(
        "Across England and Wales 28 people were charged. Hertfordshire police made 40 arrests.",
        passes(),
        id="different-metrics",
    ),
    pytest.param(
        "Nationally 20kg of heroin was seized. In Cheshire, officers seized 35kg of cannabis.",
        passes(),
        id="different-drugs",
    ),
    pytest.param(
        "Nationally 1,360 people were arrested during the week. Since January, Hampshire Constabulary has "
        "arrested 2,500 people for drug offences.",
        passes(),
        id="force-figure-for-a-longer-period",
    ),
    pytest.param(
        "Officers recovered 18 weapons in Wolverhampton. The haul included:\n- 11 knives\n- 7 machetes",
        passes(),
        id="bulleted-items-under-a-local-total",
    ),
    pytest.param(
        "Police made 74 arrests in Lincoln. Of these, 60 arrests were for possession with intent to supply.",
        passes(),
        id="of-these-part-of-a-local-total",
    ),
    pytest.param(
        "Kent Police said 38 people had been safeguarded in Medway, including 21 children. \"A dozen of the children we now work with were unknown to us,\" said Kent Police.",
        passes(),
        id="a-part-of-a-towns-figure-is-no-bound-for-the-town",
    ),
    pytest.param(
        "Police Scotland made 30 arrests. Lothian accounted for 12 and Fife for eight. The remaining five arrests were spread across other divisions, with six in Edinburgh.",
        passes(),
        id="the-remaining-figure-is-no-areas-total",
    ),
    pytest.param(
        "Forces arrested 1,200 people in the latest national week of action.\n\nKent Police alone made 80 of the arrests.\n\nSince the launch of the programme, more than 15,000 arrests have been made.",
        passes(),
        id="a-cumulative-figure-since-the-launch-is-another-period",
    ),
    pytest.param(
        "Cheshire Police arrested nine people during the week. A further four arrests were made on Monday "
        "in Crewe, taking the total linked to the operation to 13.",
        passes(),
        id="running-total-is-not-the-last-town-named",
    ),
    pytest.param(
        "We use cookies on this site. Accept | Reject\n\nThe Highland Herald\n\nHome > News > Inverness\n\n"
        "Inverness drugs week: 27 arrests\n\nOfficers made 27 arrests in Inverness during the week, Police "
        "Scotland's North East division said.\n\nOf the 27 people arrested, ten live in Glasgow, Dundee and "
        "Perth. Eleven young people were supported.\n\nAcross Scotland, officers made 190 arrests.",
        passes(),
        id="page-furniture-above-the-headline-does-not-hide-its-scope",
    ),
    pytest.param(
        "Nationally, 420 families have been helped by the service since it began. In Norfolk alone, 510 families "
        "have been helped by the service.",
        flags(Status.CONTRADICTORY, "510", "420"),
        id="a-running-total-since-a-start-bounds-an-area-figure-with-no-time-of-its-own",
    ),
    pytest.param(
        "Nationally, 420 families have been helped by the service since it began. In Norfolk, 510 families "
        "were helped by the service in 2015.",
        passes(),
        id="a-running-total-since-a-start-does-not-bound-a-figure-of-a-named-earlier-year",
    ),
    pytest.param(
        "Cash worth thousands of pounds was seized across Wiltshire and Dorset. Wiltshire Police alone "
        "seized £14,500.",
        passes(),
        id="a-vague-amount-sets-no-bound",
    ),
    pytest.param(
        "Officers in the Highlands made 12 arrests during the week. Over the past year, officers in the "
        "division made 90 arrests. Of those, 40 of the 90 people arrested lived outside the area, and "
        "Inverness accounted for 31 of the arrests.",
        passes(),
        id="parts-of-a-years-total-are-of-that-year",
    ),
    pytest.param(
        "3. Results, April to September 2025\n\n3.1 Devon and Cornwall Police made 187 arrests. Of the 187 arrests, "
        "51 were in Plymouth.\n\n4. Week of action, 13 to 19 October 2025\n\n4.1 During the week the force made 29 arrests.",
        passes(),
        id="numbered-sections-dated-apart-are-different-periods",
    ),
    pytest.param(
        "3. Results\n\n3.1 Devon and Cornwall Police made 187 arrests. Of the 187 arrests, "
        "51 were in Plymouth.\n\n4. Week of action\n\n4.1 During the week the force made 29 arrests.",
        flags(WRONG, "51", "29"),
        id="numbered-sections-naming-no-period-are-one-period",
    ),
    pytest.param(
        "2.2 Devon and Cornwall Police is funded through a £650,000 grant.\n\n5.1 Of the £650,000 Home Office grant, "
        "£410,000 funds staff posts and £240,000 funds a youth diversion programme.",
        passes(),
        id="a-numbered-paragraphs-of-the-opener-makes-a-grants-shares-its-parts",
    ),
    pytest.param(
        "NATIONAL PICTURE\n\nForces in England and Wales closed 318 deal lines.\n\n2. NORTHUMBRIA: 19 ARRESTS IN SUNDERLAND"
        "\n\nNorthumbria Police made 19 arrests over the week, 13 of them in Sunderland. Officers also closed four "
        "lines.\n\n3. LONDON\n\nThe Metropolitan Police closed 41 deal lines.",
        passes(),
        id="a-forces-count-with-one-towns-part-carries-the-force-to-the-next-sentence",
    ),
    pytest.param(
        "Kent Police released its weekly results. North Kent Division safeguarded 11 people.\n\nMel Hardy, of a "
        "youth charity, said: \"We've had four new referrals from officers this week.\"",
        passes(),
        id="referrals-a-charity-received-are-not-the-forces-safeguarded",
    ),
    pytest.param(
        "Across England and Wales, county lines arrests climbed from 3,904 in 2021 to 4,412 in 2022. "
        "West Yorkshire Police recorded 287 county lines arrests in 2022, up from 212 in 2021.",
        passes("212", "3,904"),
        id="both-ends-of-a-force-change-within-the-dated-national-ends",
    ),
    pytest.param(
        "Across England and Wales, officers safeguarded 1,402 vulnerable people during the week. In "
        "Leicestershire, 210 children were safeguarded by officers during the week, the force said.",
        passes("210", "1,402"),
        id="a-forces-children-safeguarded-within-the-people-safeguarded-nationally",
    ),
    pytest.param(
        "Officers made 240 arrests in Luton and Bedford during the week. Forces across the eastern region "
        "together made 131 arrests.",
        flags(WRONG, "240", "131", message=("Luton and Bedford", "Eastern")),
        id="two-towns-named-together-lie-within-their-forces-region",
    ),
    pytest.param(
        "Monday 2 June - Devon and Cornwall Police made three arrests across the county.\n\n"
        "Tuesday 3 June - Officers made six arrests in Plymouth after a raid on a flat.\n\n"
        "Wednesday 4 June - Devon and Cornwall Police made two arrests.",
        passes(),
        id="a-towns-figure-for-one-day-is-not-bounded-by-the-forces-figure-for-another",
    ),
    pytest.param(
        "Dyfed-Powys Police ran a three-month operation.\n\nApril got the work going, with 9 arrests. May added 14 "
        "and June saw 11 more.\n\nIn Llanelli alone, 16 of the operation's arrests were made.",
        passes(),
        id="one-month-of-a-monthly-tally-bounds-no-town-of-the-whole-run",
    ),
    pytest.param(
        "Cumbria Constabulary made 30 arrests in the week. By the midpoint of the week officers had made 12 "
        "arrests. In Carlisle, 15 people were arrested.",
        passes(),
        id="a-halfway-count-bounds-nothing-counted-over-the-week",
    ),
    pytest.param(
        "Cheshire officers made 140 arrests, compared with 96 across the North West region.",
        flags(WRONG, "140", "96"),
        id="a-wider-areas-figure-set-beside-the-forces-is-of-the-same-time",
    ),
])


@pytest.mark.parametrize(("text", "expect"), CASES)
def test_cl201(text: str, expect: Expect) -> None:
    assert_row(RULE, text, expect)
