"""CL202 areas-exceed-total: figures for areas listed in one sentence cannot add up to more than their wider area's.

Forces within a region or the country, places within a force; "Police X made N, Police Y M"
lists with the metric left out after the first, number words, money and qualified totals.
"""

from __future__ import annotations

import pytest

from countylines_check import Status

from ._table import Expect, Rule, assert_row, flags, passes, unique

RULE = Rule("CL202", "areas-exceed-total")
WRONG = Status.CONTRADICTORY

CASES = unique([
    # --- flags ---------------------------------------------------------------------------------
    pytest.param(
        "Officers across the North West made 200 arrests. Merseyside Police made 120 arrests, Lancashire "
        "Constabulary 70 and Cumbria Constabulary 25.",
        flags(WRONG, "200", "120", "70", "25", message=("120 + 70 + 25", "more than '200'")),
        id="three-forces-over-their-region",
    ),
    pytest.param(
        "Norfolk Constabulary made 40 arrests across the county, 26 of them in Norwich, 13 in Thetford and "
        "eight in King's Lynn.",
        flags(WRONG, "40", "26", "13", "eight", message=("26 + 13 + eight = 47",)),
        id="force-total-and-its-towns-in-one-sentence",
    ),
    pytest.param(
        "Forces in Wales arrested 115 people. South Wales Police arrested 64 people, Gwent Police 38 and "
        "Dyfed-Powys Police 19.",
        flags(WRONG, "115", "64", "38", "19", message=("= 121",)),
        id="welsh-forces-over-wales",
    ),
    pytest.param(
        "The South East region recorded 70 arrests. Surrey Police made forty arrests and Sussex Police "
        "made thirty-five.",
        flags(WRONG, "70", "forty", "thirty-five", message=("forty + thirty-five = 75",)),
        id="number-words",
    ),
    pytest.param(
        "Nationally nearly 300 people were arrested. Kent Police arrested 180 people and Essex Police "
        "arrested 150.",
        flags(WRONG, "300", "180", "150"),
        id="nearly-national-total",
    ),
    pytest.param(
        "Forces nationally seized £400,000 in cash. Durham Constabulary seized £250,000 and Northumbria "
        "Police £180,000.",
        flags(WRONG, "£400,000", "£250,000", "£180,000", message=("£250,000 + £180,000",)),
        id="cash-by-force",
    ),
    pytest.param(
        "Across the country the three specialist taskforces shut 900 lines. The Met taskforce shut 400 "
        "lines, Merseyside 300 and Essex Police 150.",
        flags(WRONG, "900", "400", "300", "150", message=("= 850", "for every force")),
        id="named-count-of-taskforces-short-of-their-total",
    ),
    pytest.param(
        "Nationally, over the year the two funded taskforces:\n\n- arrested 500 people\n- closed 90 lines\n\n"
        "The Merseyside taskforce closed 50 lines and the West Midlands taskforce 30.",
        flags(WRONG, "90", "50", "30", message=("= 80",)),
        id="list-lead-counts-the-taskforces",
    ),
    pytest.param(
        "Forces in the North East made 120 arrests. Across England and Wales 1,300 arrests were made. "
        "Northumbria Police made 60 arrests, Durham Constabulary 40 and Cleveland Police 30.",
        flags(WRONG, "120", "60", "40", "30", message=("= 130", "for every force")),
        id="the-regions-total-before-the-nearer-national-one",
    ),
    # --- known failures ---------------------------------------------------------------------------
    pytest.param(
        "In Thames Valley, 80 people were arrested. In Reading 50 people were arrested and in Oxford 40 "
        "people were arrested.",
        flags(WRONG, "80", "50", "40"),
        id="towns-each-with-their-own-clause",
    ),
    pytest.param(
        "Across the country £500,000 in cash was seized. Officers in Leeds seized £300,000 and officers in "
        "Bradford £250,000.",
        flags(WRONG, "£500,000", "£300,000", "£250,000"),
        id="cities-named-before-each-figure",
    ),
    pytest.param(
        "Avon and Somerset Police and Wiltshire Police together made 70 arrests in a joint week of action.\n\n"
        "Avon and Somerset Police made 41 arrests.\n\nWiltshire Police made 24 arrests.",
        flags(WRONG, "70", "41", "24", message=("41 + 24 = 65", "both together")),
        id="joint-operation-total-against-each-forces-own-sentence",
    ),
    # --- passes --------------------------------------------------------------------------------
    pytest.param(
        "Across the country, six forces each closed fewer than 12 lines. Among them were Dyfed-Powys Police, which closed "
        "nine, and Cumbria Constabulary, which closed ten.",
        passes(),
        id="bound-said-of-each-force-is-no-total",
    ),
    pytest.param(
        "Avon and Somerset Police and Wiltshire Police together made 65 arrests in a joint week of action.\n\n"
        "Avon and Somerset Police made 41 arrests.\n\nWiltshire Police made 24 arrests.",
        passes("65", "41", "24"),
        id="joint-operation-total-is-the-two-forces-figures",
    ),
    pytest.param(
        "Officers across the North West made 220 arrests. Merseyside Police made 120 arrests, Lancashire "
        "Constabulary 70 and Cumbria Constabulary 25.",
        passes("220", "120", "70", "25"),
        id="forces-fit-their-region",
    ),
    pytest.param(
        "The South East region recorded 90 arrests. Surrey Police made forty arrests and Sussex Police "
        "made thirty-five.",
        passes("90", "forty", "thirty-five"),
        id="number-words-fit",
    ),
    pytest.param(
        "Nationally more than 300 people were arrested. Kent Police arrested 180 people and Essex Police "
        "arrested 150.",
        passes("300", "180", "150"),
        id="more-than-national-total",
    ),
    pytest.param(
        "Forces nationally seized £450,000 in cash. Durham Constabulary seized £250,000 and Northumbria "
        "Police £180,000.",
        passes("£450,000", "£250,000", "£180,000"),
        id="cash-fits",
    ),
    pytest.param(
        "Across the country the three specialist taskforces shut 850 lines. The Met taskforce shut 400 "
        "lines, Merseyside 300 and Essex Police 150.",
        passes("850", "400", "300", "150"),
        id="named-count-of-taskforces-matches",
    ),
    pytest.param(
        "The five forces in the region joined a week in which forces nationally made 1,200 arrests. Kent "
        "Police made 90 arrests and Essex Police 70.",
        passes("1,200", "90", "70"),
        id="counted-forces-are-not-the-subject-of-the-national-total",
    ),
    pytest.param(
        "Forces in the North East made 150 arrests. Northumbria Police made 70 arrests, Durham Constabulary "
        "30, Cleveland Police 20 and North Yorkshire Police 25.",
        passes("150", "70", "30", "20"),
        id="a-force-from-another-region-means-the-list-is-not-the-region",
    ),
    pytest.param(
        "The four Welsh forces made 60 arrests. South Wales Police made 30 arrests, Gwent Police 15, "
        "Dyfed-Powys Police 10 and North Wales Police 5.",
        passes("60", "30", "15", "10"),
        id="welsh-forces-with-north-wales-from-another-rocu",
    ),
    pytest.param(
        "Kent Police made 100 arrests. Officers in Canterbury made 60 arrests, while Essex Police made 70.",
        passes(),
        id="one-area-outside-the-total",
    ),
    pytest.param(
        "Nationally 2,000 people were arrested. Kent Police arrested 180 people and Essex Police seized "
        "150 knives.",
        passes(),
        id="different-metrics-in-the-list",
    ),
    pytest.param(
        "Across England and Wales, 1,300 arrests were made in the week. Last year, West Yorkshire Police "
        "made 900 arrests and South Yorkshire Police 600.",
        passes(),
        id="forces-figures-for-last-year",
    ),
    pytest.param(
        "Forces across the South West arrested 150 people.\n\nArrests by force:\n\n- Avon and Somerset Police: 70\n- Devon and Cornwall Police: 60\n- Dorset Police: 40\n\nDorset, the smallest force, made fewer than 45 arrests.",
        flags(WRONG, "150", "70", "60", "40"),
        id="a-later-local-figure-is-not-the-wider-total",
    ),
    pytest.param(
        "The four forces of the South East region made 150 arrests. Kent Police arrested 70 people. "
        "Surrey Police made 45 arrests, Sussex Police 30 and Thames Valley Police 25.",
        flags(Status.CONTRADICTORY, "150", "70", "45", "30", "25"),
        id="one-force-then-the-others-in-the-next-sentence",
    ),
    pytest.param(
        "The four forces of the South East region made 170 arrests. Kent Police arrested 70 people. "
        "Surrey Police made 45 arrests, Sussex Police 30 and Thames Valley Police 25.",
        passes("170"),
        id="one-force-then-the-others-add-up",
    ),
    pytest.param(
        "Police in Wiltshire, Dorset and Gloucestershire made 63 arrests between them. Wiltshire Police made "
        "18 arrests. Dorset Police made 25 arrests and Gloucestershire Constabulary 20.",
        passes("63", "18", "25", "20"),
        id="three-forces-with-a-joint-total",
    ),
    pytest.param(
        "Police in Wiltshire, Dorset and Gloucestershire made 63 arrests between them. Wiltshire Police made "
        "18 arrests. Dorset Police made 25 arrests and Gloucestershire Constabulary 30.",
        flags(WRONG, "63", "18", "25", "30", message=("3 forces",)),
        id="three-forces-more-than-their-joint-total",
    ),
    pytest.param(
        "Two forces made 50 arrests together. Kent Police made 30 of them and Essex Police 20, of which 12 were in "
        "Colchester.",
        passes("50", "30", "20"),
        id="a-town-within-a-listed-force-is-that-forces-detail-not-another-area",
    ),
    pytest.param(
        "The week involved all five of the region's police forces, led by the North West's crime unit.\n\n"
        "Of the 300 arrests across the North West, 100 were in Merseyside, 90 in Greater Manchester, 50 in "
        "Lancashire, 30 in Cheshire and 20 in Cumbria.",
        flags(WRONG, "300", "100", "90", "50", "30", "20", suggestions=("total 290",)),
        id="the-regions-forces-as-the-story-counts-them-are-its-whole",
    ),
    pytest.param(
        "The week involved all five of the region's police forces, led by the North West's crime unit.\n\n"
        "Of the 290 arrests across the North West, 100 were in Merseyside, 90 in Greater Manchester, 50 in "
        "Lancashire, 30 in Cheshire and 20 in Cumbria.",
        passes("290"),
        id="the-regions-forces-as-the-story-counts-them-add-up",
    ),
    pytest.param(
        "Officers visited 60 addresses across Cumbria last week where they believed tenants were at risk.\n\n"
        "The visits were part of a week of action aimed at cuckooing, where a gang takes over the home of "
        "someone vulnerable and uses it as a base for dealing.\n\n"
        "Cumbria Police said 30 of the addresses were in Carlisle and 20 were in Barrow-in-Furness, with the "
        "rest spread across Kendal, Penrith and Workington.\n\n"
        "At six of the properties, officers found signs that the tenant was being exploited.",
        passes(),
        id="a-part-of-the-areas-own-count-is-no-wider-total",
    ),
    pytest.param(
        "Thirty people were arrested across the North East. Of the 30 arrests in Sunderland and South "
        "Tyneside, 21 were made in Sunderland.",
        passes(),
        id="a-town-within-two-towns-named-together-is-no-second-area",
    ),
    pytest.param(
        "Lancashire Constabulary arrested 45 people during the week. Blackpool saw 20 arrests, followed by "
        "Preston with 12. In the east of the county, ten people were arrested in Burnley and eight in "
        "Blackburn.",
        flags(WRONG, "45", "20", "12", "ten", "eight", message=("= 50",)),
        id="a-list-of-areas-running-on-into-the-next-sentence",
    ),
    pytest.param(
        "Lancashire Constabulary arrested 50 people during the week. Blackpool saw 20 arrests, followed by "
        "Preston with 12. In the east of the county, ten people were arrested in Burnley and eight in "
        "Blackburn.",
        passes("50", "20", "12", "ten", "eight"),
        id="a-list-of-areas-running-on-within-its-total",
    ),
    pytest.param(
        "Forces in England and Wales made 900 arrests in the week. The regional figures were:\n\n"
        "North East: 400\nSouth West: 350\nWales: 250\n",
        flags(WRONG, "900", "The regional figures were:", "400", "250", message=("= 1,000",)),
        id="regions-listed-one-per-line-add-up-to-more-than-the-country",
    ),
    pytest.param(
        "Forces in England and Wales made 1,100 arrests in the week. The regional figures were:\n\n"
        "North East: 400\nSouth West: 350\nWales: 250\n",
        passes("400", "250"),
        id="regions-listed-one-per-line-within-the-country",
    ),
    pytest.param(
        "Suffolk Constabulary made 30 arrests and executed 12 warrants during the week.\n\nBy town\n\n"
        "Ipswich: 18 arrests, seven warrants\nLowestoft: eight arrests, three warrants\n"
        "Mid Suffolk: six arrests, two warrants\n",
        flags(WRONG, "30", "18", "eight", "six", message=("= 32",)),
        id="district-rows-labelled-without-bullets-add-up-to-more-than-the-county",
    ),
    pytest.param(
        "Suffolk Constabulary made 32 arrests and executed 12 warrants during the week.\n\nBy town\n\n"
        "Ipswich: 18 arrests, seven warrants\nLowestoft: eight arrests, three warrants\n"
        "Mid Suffolk: six arrests, two warrants\n",
        passes("32", "18", "eight", "six"),
        id="district-rows-labelled-without-bullets-within-the-county",
    ),
    pytest.param(
        "The East Midlands forces closed 300 lines in the quarter.\n\nLines closed, by force:\nDerbyshire - 17\n"
        "Leicestershire - 21\nLincolnshire - 9\nNorthamptonshire - 10\nNottinghamshire - 38\n\n"
        "Nottinghamshire accounted for 38 of the 95 lines closed.",
        flags(WRONG, "300"),
        id="a-list-is-checked-against-the-total-it-was-given-under-not-a-later-base",
    ),
])


@pytest.mark.parametrize(("text", "expect"), CASES)
def test_cl202(text: str, expect: Expect) -> None:
    assert_row(RULE, text, expect)
