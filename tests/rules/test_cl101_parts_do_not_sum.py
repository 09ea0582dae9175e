"""CL101 parts-do-not-sum: a breakdown's parts must add up to the total they break down.

Breakdowns come as colon lists, "Of these, ..." openers and subgroup lists ("men ... as well as
women") beside a total; number words and qualifiers count. Passes rows include breakdowns that
add up (the rule reports them consistent) and subsets ("including") that need not add up.
"""

from __future__ import annotations

import pytest

from countylines_check import Status

from ._table import Expect, Rule, assert_row, flags, passes, unique

RULE = Rule("CL101", "parts-do-not-sum")
WRONG = Status.CONTRADICTORY

CASES = unique([
    # --- flags ---------------------------------------------------------------------------------
    pytest.param(
        "Of the 30 people held in the operation, 12 have been charged, 10 bailed pending inquiries and "
        "five released with no further action.",
        flags(WRONG, "30", "12", "10", "five", message=("= 27",)),
        id="charged-bailed-and-no-further-action-cover-everyone-arrested",
    ),
    pytest.param(
        "Of the 30 people held in the operation, 12 have been charged and 10 bailed pending inquiries.",
        passes(),
        id="charged-and-bailed-alone-may-leave-others-out",
    ),
    pytest.param(
        "Wire summary - Arrests across the region, total: 205 (Kent 80, Surrey 61, Sussex 44).",
        flags(WRONG, "205", "80", "61", "44", message=("= 185",)),
        id="a-totals-bracketed-areas-add-up-to-it",
    ),
    pytest.param(
        "Wire summary - Arrests across the region, total: 185 (Kent 80, Surrey 61, Sussex 44).",
        passes("185"),
        id="a-totals-bracketed-areas-that-add-up",
    ),
    pytest.param(
        "The ringleader was jailed for nine years.\n\nTwo accomplices were jailed alongside him for a total of "
        "11 years: four years and seven years.",
        passes("11 years"),
        id="a-colon-spelt-total-is-only-the-terms-after-it",
    ),
    pytest.param(
        "| Town | Arrests |\n|---|---|\n| Hastings | 19 |\n| Bexhill | 14 |\n| **Total** | **40** |",
        flags(WRONG, "40", "19", "14", message=("19 + 14 = 33",)),
        id="a-markdown-tables-bold-total-row",
    ),
    pytest.param(
        "Officers in Gwent safeguarded 52 people: 30 men, 14 women and nine children.",
        flags(WRONG, "52", "30", "14", "nine", message=("30 + 14 + nine = 53", "'52'")),
        id="colon-list-with-number-word",
    ),
    pytest.param(
        "Four men were jailed for a combined 20 years. Lee Hart was jailed for eight years, Sam Cole for six "
        "years and Jo Dunn for four years. Ali Reed was sentenced to 18 months.",
        flags(WRONG, "20 years", "18 months"),
        id="a-term-in-months-counts-towards-a-combined-total-in-years",
    ),
    pytest.param(
        "Four men were jailed for a combined 19.5 years. Lee Hart was jailed for eight years, Sam "
        "Cole for six years and Jo Dunn for four years. Ali Reed was sentenced to 18 months.",
        passes("19.5 years", "18 months"),
        id="a-term-in-months-adds-as-a-part-of-a-year",
    ),
    pytest.param(
        "Three brothers were jailed at Luton Crown Court. They received a combined 30 years: 12 years, 10 years "
        "and eight years respectively.",
        passes("30 years", "12 years", "10 years", "eight years"),
        id="terms-given-respectively",
    ),
    pytest.param(
        "In Suffolk, 61 people were safeguarded. Of these, 35 were men, 17 were women and a further "
        "twelve were children.",
        flags(WRONG, "61", "35", "17", "twelve", message=("= 64",)),
        id="of-these-with-a-further",
    ),
    pytest.param(
        "Up to 60 people were safeguarded in Wiltshire: 40 adults and 25 children.",
        flags(WRONG, "60", "40", "25", message=("= 65", "at most 60")),
        id="up-to-total",
    ),
    pytest.param(
        "Police arrested 640 people nationally. Of those arrested, 560 were men and 95 were women.",
        flags(WRONG, "640", "560", "95"),
        id="of-those-arrested",
    ),
    pytest.param(
        "Officers arrested 88 people in Sussex. The arrests were of 70 men and 12 women.",
        flags(WRONG, "88", "70", "12", message=("70 + 12 = 82",)),
        id="subgroups-in-the-next-sentence",
    ),
    pytest.param(
        "Merseyside Police arrested 30 people. A dozen women were arrested, as well as 20 men.",
        flags(WRONG, "30", "A dozen", "20", message=("A dozen + 20 = 32",)),
        id="a-dozen-as-well-as",
    ),
    pytest.param(
        "FORTY-FIVE people were safeguarded in Cleveland. Of these, 32 were adults and 15 were children.",
        flags(WRONG, "FORTY-FIVE", "32", "15"),
        id="upper-case-number-word-total",
    ),
    pytest.param(
        "Nearly 1,500 people were arrested across the country: 1,200 men and 390 women.",
        flags(WRONG, "1,500", "1,200", "390"),
        id="nearly-total-smaller-than-parts",
    ),
    pytest.param(
        "The 31 arrests were made in Exeter (14), Plymouth (9), Torquay (6) and Barnstaple (3).",
        flags(WRONG, "31", "14", "9", "6", "3", message=("= 32",)),
        id="town-counts-in-brackets",
    ),
    pytest.param(
        "Officers made 12 arrests, six in Truro and five in Falmouth.",
        flags(WRONG, "12", "six", "five", message=("= 11",)),
        id="count-then-one-figure-per-town",
    ),
    pytest.param(
        "The three weekends produced 210, 185 and 240 arrests, a total of 655.",
        flags(WRONG, "210", "185", "240", "655", message=("= 635",)),
        id="a-list-then-a-total-of",
    ),
    pytest.param(
        "Durham Constabulary closed 14 lines and Cleveland Police nine, making 25.",
        flags(WRONG, "14", "nine", "25", message=("14 + nine = 23",)),
        id="two-forces-then-making",
    ),
    # --- cross-corpus round: breakdowns whose whole the relations used to miss ---------------------
    pytest.param(
        "Altogether 25 people were safeguarded over the weekend, 15 adults and 12 children.",
        flags(WRONG, "25", "15", "12", message=("= 27",)),
        id="subgroups-after-the-totals-own-verb-clause",
    ),
    pytest.param(
        "Altogether 27 people were safeguarded over the weekend, 15 adults and 12 children.",
        passes("27", "15", "12"),
        id="subgroups-after-the-totals-own-verb-clause-add-up",
    ),
    pytest.param(
        "Nineteen deal lines were shut during the fortnight, eleven by Essex officers and ten by Kent.",
        flags(WRONG, "Nineteen", "eleven", "ten"),
        id="areas-named-with-by-after-a-comma",
    ),
    pytest.param(
        "In total 40 people have been detained, 25 on Teesside and 15 in Durham.",
        passes("40", "25", "15"),
        id="areas-named-with-on-after-a-comma-add-up",
    ),
    pytest.param(
        "The scheme will cost £2.5m over four years, made up of £1.6m from the council and £1.1m from the PCC.",
        flags(WRONG, "£2.5m", "£1.6m", "£1.1m"),
        id="made-up-of-after-a-span-of-time-breaks-down-the-money",
    ),
    pytest.param(
        "The scheme will cost £2.7m over four years, made up of £1.6m from the council and £1.1m from the PCC.",
        passes("£2.7m", "£1.6m", "£1.1m"),
        id="made-up-of-after-a-span-of-time-adds-up",
    ),
    pytest.param(
        "The trust gave £90,000 to the project, made up of £70,000 for two outreach workers based in "
        "Luton and £30,000 for a drop-in centre.",
        flags(WRONG, "£90,000", "£70,000", "£30,000"),
        id="made-up-of-items-each-described-at-length",
    ),
    pytest.param(
        "We charged 18 of the 30 people we held: ten with supplying heroin, five with possessing a knife "
        "and four with handling stolen goods.",
        flags(WRONG, "18", "ten", "five", "four", message=("= 19",)),
        id="a-colon-list-after-n-of-the-m-breaks-down-the-n",
    ),
    pytest.param(
        "Police held 31 people, of whom 20 had been charged by Friday. The remaining 13 were bailed.",
        flags(WRONG, "31", "20", "13", message=("20 + 13 = 33",)),
        id="of-whom-then-the-remaining",
    ),
    pytest.param(
        "Police held 33 people, of whom 20 had been charged by Friday. The remaining 13 were bailed.",
        passes("33", "20", "13"),
        id="of-whom-then-the-remaining-adds-up",
    ),
    pytest.param(
        "Sixteen people were held. Ten of those held are men; the other seven are women.",
        flags(WRONG, "Sixteen", "Ten", "seven"),
        id="n-of-those-then-the-other-in-the-same-sentence",
    ),
    pytest.param(
        "The force spent £200,000 on outreach, and the council added a further £80,000 from its reserves, "
        "making £300,000 in total.",
        flags(WRONG, "£300,000", "£200,000", "£80,000"),
        id="a-further-sum-then-making-a-total",
    ),
    pytest.param(
        "The heroin was valued at £30,000 and the crack cocaine at £12,000, so in total £42,000 worth of drugs "
        "was taken off the streets.",
        passes("£42,000", "£30,000", "£12,000"),
        id="two-values-so-in-total",
    ),
    # --- second cross-corpus round ---------------------------------------------------------------
    pytest.param(
        "Overall 41 people were detained on Thursday, 15 men and 9 women were charged the next day.",
        passes(),
        id="groups-with-their-own-verb-after-a-comma-are-not-the-totals-split",
    ),
    pytest.param(
        "Durham Constabulary closed 40 lines, Cleveland Police 35 and Northumbria Police 30. Greater "
        "Manchester Police closed 22 lines.\n\nTogether these four forces accounted for 140 closures.",
        flags(WRONG, "140", "40", "35", "30", "22", message=("= 127",)),
        id="a-counted-group-of-forces-totals-the-forces-listed-over-the-sentences-before",
    ),
    pytest.param(
        "Durham Constabulary closed 40 lines, Cleveland Police 35 and Northumbria Police 30. Greater "
        "Manchester Police closed 22 lines.\n\nTogether these four forces accounted for 127 closures.",
        passes("127", "40", "35", "30", "22"),
        id="a-counted-group-of-forces-totals-the-forces-listed-before-add-up",
    ),
    pytest.param(
        "The three regional taskforces shut 300 lines last year. The Met shut 150, Merseyside Police 90 and "
        "West Midlands Police 70.",
        flags(WRONG, "300", "150", "90", "70", message=("= 310",)),
        id="a-counted-group-of-forces-then-each-forces-figure-in-the-next-sentence",
    ),
    pytest.param(
        "Gwent Police arrested 14 people in Newport. Dyfed-Powys Police made a further eight arrests in "
        "Llanelli. In all 23 people were arrested across both forces.",
        flags(WRONG, "23", "14", "eight"),
        id="a-total-across-both-forces-after-each-forces-figure",
    ),
    pytest.param(
        "The two forces made 60 arrests during the week. Kent Police made 25 of them, and officers in "
        "Kent seized £4,000.",
        passes(),
        id="a-counted-group-of-forces-with-one-forces-figure-is-no-breakdown",
    ),
    pytest.param(
        "Arrests, year to March\n\nLeeds - 40\n\nBradford - 31\n\nWakefield - 12\n\nWest Yorkshire total - 90\n",
        flags(WRONG, "90", "40", "31", "12", message=("= 83",)),
        id="labelled-lines-closed-by-a-total-line",
    ),
    pytest.param(
        "Officers in Leeds helped 52 vulnerable people over the weekend. Split by sex, 30 were male and 25 female.",
        flags(WRONG, "52", "30", "25", message=("= 55",)),
        id="split-by-sex-splits-the-count-of-the-sentence-before",
    ),
    pytest.param(
        "Police confirmed seven arrests in Derry on Tuesday. They are six men, aged 20 to 41, and two women.",
        flags(WRONG, "seven", "six", "two"),
        id="they-are-men-and-women-splits-the-count-of-the-sentence-before",
    ),
    pytest.param(
        "Police confirmed eight arrests in Derry on Tuesday. They are six men, aged 20 to 41, and two women.",
        passes("eight", "six", "two"),
        id="they-are-men-and-women-splits-the-count-of-the-sentence-before-adds-up",
    ),
    pytest.param(
        "Arrests, year to March\n\nLeeds - 40\n\nBradford - 31\n\nWakefield - 12\n\nWest Yorkshire total - 83\n",
        passes("83", "40", "31", "12"),
        id="labelled-lines-closed-by-a-total-line-add-up",
    ),
    pytest.param(
        "Results by force\n\nKent - arrests 41 | cash £36,900\nSurrey - arrests 19 | cash £9,750\n"
        "Sussex - arrests 27 | cash £18,050\nREGION TOTAL - arrests 97 | cash £64,700\n",
        flags(WRONG, "97", "41", "19", "27", message=("= 87",)),
        id="a-total-row-whose-first-cell-holds-its-label-and-figure",
    ),
    pytest.param(
        "Table 1\n\n                 Leeds   Bradford   Force total\nArrests             17         21            48\n"
        "Charged              8         11            19\n",
        flags(WRONG, "48", "17", "21", message=("= 38",)),
        id="a-total-column-in-a-table-set-out-with-spaces",
    ),
    pytest.param(
        "Lancashire Constabulary shut down 74 of the lines closed in the north-west. Cumbria (21) and Cheshire "
        "(38) came next. Together, the three areas accounted for 160 lines.",
        flags(WRONG, "160", "74", "21", "38", message=("= 133",)),
        id="areas-ranked-in-brackets-then-summed-together",
    ),
    pytest.param(
        "Forces across England and Wales closed 900 lines last year. Lancashire Constabulary shut down 74 of the "
        "lines closed. Cumbria (21) and Cheshire (38) came next. Together, the three areas accounted for 160 lines.",
        flags(WRONG, "160", "74", "21", "38"),
        id="a-forces-part-of-the-national-total-is-still-one-of-the-areas-summed",
    ),
    # --- known failures ---------------------------------------------------------------------------
    pytest.param(
        "West Yorkshire Police safeguarded 40 people:\n- 22 adults\n- 20 children",
        flags(WRONG, "40", "22", "20"),
        id="bullet-list-breakdown",
    ),
    pytest.param(
        "Hollins was ordered to repay £61,200, made up of £41,250 found in savings and current accounts held "
        "in his own name and in his late mother's name, and £20,950 expected from the sale of two cars.",
        flags(WRONG, "£61,200", "£41,250", "£20,950", message=("£41,250 + £20,950",)),
        id="a-sum-made-up-of-items-each-described-at-length",
    ),
    pytest.param(
        "She had 44 wraps of cocaine and 17 wraps of heroin - 60 wraps in total - in her bag.",
        flags(WRONG, "60", "44", "17", message=("44 + 17 = 61",)),
        id="a-total-said-after-its-figure-between-dashes",
    ),
    pytest.param(
        "Five men were jailed for a total of 30 years. Their leader received 12 years. The other four received "
        "terms totalling 16 years.",
        flags(WRONG, "30 years", "12 years", "16 years"),
        id="one-term-and-the-rests-own-total-against-the-combined-total",
    ),
    # --- passes --------------------------------------------------------------------------------
    pytest.param(
        "Five men were jailed for a total of 30 years. Their leader received 12 years. The other four received "
        "terms totalling 18 years.",
        passes("30 years", "12 years", "18 years"),
        id="one-term-and-the-rests-own-total-that-add-up",
    ),
    pytest.param(
        "She had 44 wraps of cocaine and 17 wraps of heroin - 61 wraps in total - in her bag.",
        passes("61", "44", "17"),
        id="a-total-said-after-its-figure-that-adds-up",
    ),
    pytest.param(
        "West Yorkshire Police safeguarded 42 people:\n- 22 adults\n- 20 children",
        passes("42", "22", "20"),
        id="bullet-list-breakdown-adds-up",
    ),
    pytest.param(
        "Lancashire Constabulary shut down 74 of the lines closed in the north-west. Cumbria (21) and Cheshire "
        "(38) came next. Together, the three areas accounted for 133 lines.",
        passes("133", "74", "21", "38"),
        id="areas-ranked-in-brackets-then-summed-together-add-up",
    ),
    pytest.param(
        "Kent Police and the three other forces in the region arrested 120 people. The arrests break down as "
        "follows: Kent Police 50, Sussex Police 40, Surrey Police 20 and Thames Valley Police 10.",
        passes("120", "50", "40", "20", "10"),
        id="a-regions-breakdown-by-force-is-not-the-three-others-alone",
    ),
    pytest.param(
        "The three weekends produced 210, 185 and 240 arrests, a total of 635.",
        passes("210", "185", "240", "635"),
        id="a-list-then-a-total-that-adds-up",
    ),
    pytest.param(
        "Officers in Essex safeguarded 27 vulnerable people: 15 adults and a dozen children.",
        passes("27", "15", "a dozen"),
        id="colon-list-adds-up",
    ),
    pytest.param(
        "Across Devon, the 32 arrests were made in Exeter (14), Plymouth (9), Torquay (6) and Barnstaple (3).",
        passes("32", "14", "9", "6", "3"),
        id="town-counts-in-brackets-add-up",
    ),
    pytest.param(
        "Officers executed three warrants, one in Penzance and two in Camborne.",
        passes("three", "one", "two"),
        id="one-in-a-town-is-a-part",
    ),
    pytest.param(
        "Of the arrests, 22 were made in Truro, nine in Falmouth and seven in Penzance.",
        passes(),
        id="the-first-town-s-count-is-not-the-total",
    ),
    pytest.param(
        "The 40 arrests were made in Exeter (14) and Plymouth (9), with the rest spread across smaller towns.",
        passes(),
        id="town-counts-in-brackets-with-the-rest-elsewhere",
    ),
    pytest.param(
        "In Norfolk, 19 people were arrested. Of these, 11 were men and eight were women.",
        passes("19", "11", "eight"),
        id="of-these-adds-up",
    ),
    pytest.param(
        "More than 900 people were arrested nationally. Those held included more than 800 men as well "
        "as 120 women.",
        passes("900", "800", "120"),
        id="more-than-qualifiers-widen-the-check",
    ),
    pytest.param(
        "Police arrested 1,360 people nationally. Of these, 1,100 were men and about 250 were women.",
        passes("1,360", "1,100", "250"),
        id="about-qualifier-on-a-part",
    ),
    pytest.param(
        "Police arrested 75 people across Lancashire. Of these, 40 were men, 30 were women and five "
        "were teenagers.",
        passes("75", "40", "30", "five"),
        id="three-subgroups-add-up",
    ),
    pytest.param(
        "Police in Kent arrested 50 people, including 30 men and 10 women.",
        passes(),
        id="including-is-a-subset-not-a-breakdown",
    ),
    pytest.param(
        "Officers in Hertfordshire arrested 33 people: 25 men and 8 women, aged between 17 and 52.",
        passes("33", "25", "8"),
        id="ages-after-the-list-are-not-parts",
    ),
    pytest.param(
        "In 2022, 45 people were safeguarded in Dorset. So far this year, 20 adults and 30 children have "
        "been safeguarded in Dorset.",
        passes(),
        id="total-from-another-year",
    ),
    pytest.param(
        "Last year Thames Valley Police arrested 210 people. During the week of action, officers "
        "arrested 14 men and 3 women.",
        passes(),
        id="last-year-total-vs-week-subgroups",
    ),
    pytest.param(
        "Essex Police safeguarded 40 people, made up of 25 adults and 19 children.",
        flags(WRONG, "40", "25", "19"),
        id="made-up-of-names-the-parts",
    ),
    pytest.param(
        "Essex Police safeguarded 44 people, made up of 25 adults and 19 children.",
        passes("44", "25", "19"),
        id="made-up-of-parts-that-add-up",
    ),
    pytest.param(
        "Merseyside Police arrested 64 people, 48 men and 15 women. More than half of them (35) were under 25.",
        flags(WRONG, "64", "48", "15"),
        id="subgroups-right-after-a-count-split-that-count",
    ),
    pytest.param(
        "Merseyside Police arrested 64 people, 48 men and 16 women. More than half of them (35) were under 25.",
        passes("64", "48", "16"),
        id="a-share-count-in-the-next-sentence-is-not-their-total",
    ),
    pytest.param(
        "The drop box at Leek library held 86 knives, the one in Cannock 54, the Lichfield box 31 and the box "
        "at Uttoxeter station 19 - a total of 200 knives, police said.",
        flags(Status.CONTRADICTORY, "200", "86", "54", "31", "19"),
        id="elided-list-then-a-total-after-a-dash",
    ),
    pytest.param(
        "The drop box at Leek library held 86 knives, the one in Cannock 54, the Lichfield box 31 and the box "
        "at Uttoxeter station 19 - a total of 190 knives, police said.",
        passes("190"),
        id="elided-list-adds-up-to-its-total",
    ),
    pytest.param(
        "Officers safeguarded 41 adults and 17 children during the week. \"Seventeen children safeguarded means "
        "17 young people we can now help,\" the inspector said.",
        passes(),
        id="a-figure-equal-to-one-part-restates-that-part",
    ),
    pytest.param(
        "Six men were jailed for a combined 38 years. The leader got ten years and his deputy eight years. The other "
        "four were jailed for between four and six years each (six, six, four and four years respectively).",
        passes("38 years"),
        id="combined-terms-with-a-range-spelt-out",
    ),
    pytest.param(
        "Six men were jailed for a combined 38 years. The leader got ten years and his deputy eight years. The "
        "other four were jailed for between four and six years each.",
        passes(),
        id="combined-terms-with-a-range-not-spelt-out-are-not-summed",
    ),
    pytest.param(
        "Six men were jailed for a combined 38 years. The leader got ten years and his deputy eight years. The other "
        "four were jailed for between four and six years each (six, six, five and four years respectively).",
        flags(Status.CONTRADICTORY, "38 years"),
        id="combined-terms-spelt-out-do-not-add-up",
    ),
    pytest.param(
        "The commissioner has set aside £900,000 for the work.\n\nHow the £900,000 breaks down\n"
        "- Exploitation officers: £500,000\n- Youth outreach: £250,000\n- Victim support: £100,000\n",
        flags(Status.CONTRADICTORY, "£900,000", "£500,000"),
        id="a-list-under-a-line-that-breaks-a-sum-down",
    ),
    pytest.param(
        "The commissioner has set aside £900,000 for the work.\n\nHow the £900,000 breaks down\n"
        "- Exploitation officers: £500,000\n- Youth outreach: £250,000\n- Victim support: £150,000\n",
        passes("£900,000"),
        id="a-list-that-adds-up-to-the-sum-its-line-breaks-down",
    ),
    pytest.param(
        "Five men were jailed for a combined 30 years. Amir Khan got ten years, and Tom Ford and Ben Lee were each "
        "jailed for six years. The other two were each sentenced to five years.",
        flags(Status.CONTRADICTORY, "30 years", message=("= 32",)),
        id="a-term-given-to-each-of-several-counts-once-for-each",
    ),
    pytest.param(
        "Five men were jailed for a combined 32 years. Amir Khan got ten years, and Tom Ford and Ben Lee were each "
        "jailed for six years. The other two were each sentenced to five years.",
        passes("32 years"),
        id="terms-given-to-each-add-up",
    ),
    pytest.param(
        "Five men were jailed for a combined 32 years. Amir Khan got ten years, and several others were each "
        "jailed for six years.",
        passes(),
        id="a-term-given-to-each-of-an-unknown-number-is-not-summed",
    ),
    pytest.param(
        "Two men were jailed for a combined 14 years. Ali Shah got eight years and Ben Cole six years.\n\n"
        "Separately, Dan Roe was given 18 months, suspended for two years.",
        passes("14 years"),
        id="a-suspended-sentence-is-no-part-of-a-combined-jail-term",
    ),
    pytest.param(
        "Two men were jailed for a combined 14 years. Ali Shah got eight years and Ben Cole six years. A woman "
        "received a 12-month prison sentence suspended for 18 months.",
        passes("14 years"),
        id="a-suspended-prison-sentence-named-as-such-is-no-part-of-a-combined-jail-term",
    ),
    pytest.param(
        "Of the 40 people arrested in Hull, 30 were men and 12 were women, and 25 have been charged.",
        flags(WRONG, "40", "30", "12", message=("30 + 12 = 42",)),
        id="men-and-women-split-the-whole-and-those-charged-are-no-third-share",
    ),
    pytest.param(
        "Three men were sentenced. Between them they received 20 years: Ali Shah was jailed for nine years, "
        "Ben Cole for seven years and Carl Hope for three years.",
        flags(Status.CONTRADICTORY, "20 years"),
        id="between-them-they-received-a-total",
    ),
    pytest.param(
        "Gwent Police carried out 12 raids on Thursday 6 March: five in Newport (Casnewydd), four in Cwmbran "
        "and two in Pontypool.",
        flags(WRONG, "12", "five", "four", "two"),
        id="a-date-before-the-colon-and-a-name-in-brackets-keep-the-breakdown",
    ),
    pytest.param(
        "Gwent Police carried out 11 raids on Thursday 6 March: five in Newport (Casnewydd), four in Cwmbran "
        "and two in Pontypool.",
        passes("11"),
        id="a-dated-breakdown-that-adds-up",
    ),
    pytest.param(
        "The judge ordered him to repay £80,000.\n\nThe sum consists of:\n\n- £30,000 in cash found at his flat;\n"
        "- a BMW 3 Series car, valued at £15,000;\n- £40,000 in savings.\n",
        flags(WRONG, "£80,000"),
        id="a-lead-without-a-figure-breaks-down-the-sum-before-it",
    ),
    pytest.param(
        "The judge ordered him to repay £80,000.\n\nThe sum consists of:\n\n- £30,000 in cash found at his flat;\n"
        "- a BMW 3 Series car, valued at £15,000;\n- £35,000 in savings.\n",
        passes("£80,000"),
        id="a-figureless-lead-over-parts-that-add-up",
    ),
    pytest.param(
        "Eight people were arrested in Rhyl. Five of those arrested have been charged. The other four were "
        "released under investigation.",
        flags(WRONG, "Eight", "Five", "four"),
        id="the-others-after-a-part-make-up-the-rest-of-the-whole",
    ),
    pytest.param(
        "Eight people were arrested in Rhyl. Five of those arrested have been charged. The other three were "
        "released under investigation.",
        passes("Eight"),
        id="a-part-and-the-others-that-add-up",
    ),
    pytest.param(
        "Forces in the region made 120 arrests during the week.\n\nHere is the picture force by force.\n\n"
        "KENT\nKent Police made 50 arrests.\n\nESSEX\n40 arrests and three lines closed.\n\n"
        "SUSSEX\nOfficers made 20 arrests.\n",
        flags(WRONG, "120", "50", "40", "20"),
        id="sections-under-a-force-by-force-line-break-down-the-total",
    ),
    pytest.param(
        "Forces in the region made 120 arrests during the week.\n\nHere is the picture force by force.\n\n"
        "KENT\nKent Police made 50 arrests.\n\nESSEX\n40 arrests and three lines closed.\n\n"
        "SUSSEX\nOfficers made 30 arrests.\n",
        passes("120"),
        id="force-sections-that-add-up-to-the-total",
    ),
    pytest.param(
        "Officers across the county arrested 120 people during the week.\n\n"
        "Luton saw the most arrests, 48, followed by Bedford with 30. The remaining 50 arrests were made "
        "in smaller towns.",
        flags(Status.CONTRADICTORY, "120"),
        id="named-areas-and-the-remaining-count-miss-the-total",
    ),
    pytest.param(
        "Officers across the county arrested 120 people during the week.\n\n"
        "Luton saw the most arrests, 48, followed by Bedford with 30. The remaining 42 arrests were made "
        "in smaller towns.",
        passes("120"),
        id="named-areas-and-the-remaining-count-make-the-total",
    ),
    pytest.param(
        "Of the 30 people arrested, 20 were held in Leeds, six in Bradford and four in Wakefield. Nineteen of "
        "those arrested have been charged. The other 13 were released on bail.",
        flags(Status.CONTRADICTORY, "30", "Nineteen", "13"),
        id="those-arrested-after-a-breakdown-are-the-breakdowns-whole",
    ),
    pytest.param(
        "Of the 30 people arrested, 20 were held in Leeds, six in Bradford and four in Wakefield. Nineteen of "
        "those arrested have been charged. The other 11 were released on bail.",
        passes("30", "Nineteen", "11"),
        id="those-arrested-after-a-breakdown-add-up-to-its-whole",
    ),
    pytest.param(
        "Officers took 11 weapons off the streets: six machetes, three knuckledusters and an air pistol.",
        passes(),
        id="an-item-named-without-a-figure-leaves-the-listed-figures-short-of-the-whole",
    ),
    pytest.param(
        "The search turned up nine weapons - five knives, three axes and a cosh hidden inside a walking stick.",
        passes(),
        id="an-item-named-without-a-figure-may-be-described-at-length",
    ),
    pytest.param(
        "The search turned up nine weapons - five knives, three axes and one cosh hidden inside a walking stick.",
        passes("nine", "five", "three", "one"),
        id="the-same-list-with-the-last-item-counted-adds-up",
    ),
    pytest.param(
        "The search turned up nine weapons - five knives, two axes and one cosh hidden inside a walking stick.",
        flags(WRONG, "nine", "five", "two", "one", message=("five + two + one = 8",)),
        id="the-same-list-with-the-last-item-counted-falls-short",
    ),
    pytest.param(
        "Three men were jailed for a combined 17 years. Ali Shah got nine years and Ben Cole five years, "
        "while Carl Hope was jailed for three years. A fourth man received a one-year sentence, suspended "
        "for two years.",
        passes("17 years"),
        id="a-suspended-term-named-by-its-sentence-is-no-part-of-the-combined-total",
    ),
    pytest.param(
        "Three men were jailed for a combined 19 years. Ali Shah got nine years and Ben Cole five years, "
        "while Carl Hope was jailed for three years. A fourth man received a two-year jail term, suspended "
        "for 18 months.",
        flags(WRONG, "19 years"),
        id="a-suspended-term-does-not-make-up-a-combined-totals-shortfall",
    ),
    pytest.param(
        "Detectives searched a flat in Hull. Four men, aged 20 and 27, were arrested at the scene.",
        flags(WRONG, "Four", message=("'Four men'", "2 ages (20 and 27)"), suggestions=("2",)),
        id="a-count-of-people-given-fewer-ages-than-it-counts",
    ),
    pytest.param(
        "Officers stopped a car near Crewe. Two women, aged 31, 36 and 44, were held.",
        flags(WRONG, "Two", message=("3 ages",)),
        id="a-count-of-people-given-more-ages-than-it-counts",
    ),
    pytest.param(
        "Officers stopped a car near Crewe. Three teenage boys, aged 15, 16 and 17, were held.",
        passes("Three"),
        id="one-age-for-each-person-counted",
    ),
    pytest.param(
        "Six men aged 18 and over were charged after the raids in Crewe.",
        passes(),
        id="an-age-bound-is-not-a-list-of-ages",
    ),
    pytest.param(
        "Three brothers were jailed for a combined total of almost 16 years. Adam Lee was jailed for nine "
        "years. Ben Lee was jailed for five years. Carl Lee was sentenced to three and a half years.",
        flags(WRONG, "16 years", "nine years", message=("= 17.5",)),
        id="a-combined-total-of-terms-given-one-sentence-each",
    ),
    pytest.param(
        "The 150 warrants executed in 2024 were made up of 80 in Hull, 45 in Grimsby and 15 in Scunthorpe.",
        flags(WRONG, "150", "80", "45", "15", message=("= 140",)),
        id="a-year-between-the-whole-and-made-up-of-does-not-hide-the-breakdown",
    ),
    pytest.param(
        "The 150 warrants executed in 2024 were made up of 80 in Hull, 45 in Grimsby and 25 in Scunthorpe.",
        passes("150", "80", "45", "25"),
        id="a-year-between-the-whole-and-made-up-of-parts-that-add-up",
    ),
    pytest.param(
        "Day one of the crackdown in Derby ended with seven arrests. On the second day officers made a further "
        "five arrests, bringing the total to 12. On Wednesday another four people were arrested, bringing the "
        "total to 17.",
        flags(WRONG, "12", "four", "17"),
        id="a-running-total-is-the-last-total-plus-what-was-added",
    ),
    pytest.param(
        "Day one of the crackdown in Derby ended with seven arrests. On the second day officers made a further "
        "five arrests, bringing the total to 12. On Wednesday another four people were arrested, bringing the "
        "total to 16.",
        passes("12", "four", "16"),
        id="a-running-total-that-adds-up-passes",
    ),
    pytest.param(
        "The figures cover the year to March.\n\nKent Police referred 150 teenagers, Essex Police 88, "
        "Sussex Police 61 and Surrey Police 40 - a total of 339.",
        passes(),
        id="a-list-whose-first-item-names-what-the-bare-rest-count-sums-from-it",
    ),
    pytest.param(
        "The figures cover the year to March.\n\nKent Police referred 150 teenagers, Essex Police 88, "
        "Sussex Police 61 and Surrey Police 40 - a total of 359.",
        flags(Status.CONTRADICTORY, "150", "88", "61", "40", "359"),
        id="a-list-whose-first-item-names-what-the-bare-rest-count-must-add-up",
    ),
    pytest.param(
        "Avon and Somerset Police published a monthly tally.\n\nSeptember saw 14 arrests. October added 9, "
        "bringing the running total to 25 by the end of the month.",
        flags(WRONG, "14", "9", "25"),
        id="the-first-months-count-is-what-the-second-month-adds-to",
    ),
    pytest.param(
        "Avon and Somerset Police published a monthly tally.\n\nSeptember saw 14 arrests. October added 9, "
        "bringing the running total to 23 by the end of the month.",
        passes(),
        id="a-first-month-and-an-addition-that-make-the-running-total-pass",
    ),
])


@pytest.mark.parametrize(("text", "expect"), CASES)
def test_cl101(text: str, expect: Expect) -> None:
    assert_row(RULE, text, expect)


def test_a_total_in_the_headline_and_the_body_is_flagged_in_both() -> None:
    """An editor correcting a wrong combined term must find it wherever it is printed."""
    from countylines_check import check

    text = ("Three jailed for a total of 21 years\n\nThree men have been jailed for a total of 21 years. "
            "Ali Shah got nine years, Ben Cole seven years and Carl Hope three years.")
    wrong = [f for f in check(text).findings if f.rule == "CL101" and f.status is WRONG]
    assert len(wrong) == 1
    flagged = {span.start for span in wrong[0].spans}
    assert {text.index("21 years"), text.rindex("21 years")} <= flagged
