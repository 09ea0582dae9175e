"""The vocabulary tables are data; these checks keep them consistent as they grow."""

from __future__ import annotations

from collections import Counter

import pytest

from countylines_check import Claim, ScopeLevel, Status, Unit, check
from countylines_check.scopes import find_mentions, gazetteer
from countylines_check.vocab.geography import (DIVISIONS, FORCES, NATIONAL_BODIES, NATIONAL_CUES, PLACES, REGIONS,
                                               WELSH_PLACE_NAMES)
from countylines_check.vocab.metrics import EVENT_CUES, ITEM_CUES, MONEY_CUES


def test_every_place_and_force_points_at_a_known_force_or_region() -> None:
    forces = {name for name, _, _ in FORCES}
    regions = {name for name, _ in REGIONS} | {"Scotland", "Northern Ireland", "National"}
    assert not [place for place, force in PLACES if force not in forces]
    assert not [name for name, region, _ in FORCES if region not in regions]
    assert not [name for name, force, _, _ in DIVISIONS if force not in forces]
    places = {place for place, _ in PLACES}
    assert not [(name, p) for name, _, _, inside in DIVISIONS for p in inside if p not in places]
    assert not [(welsh, english) for welsh, english in WELSH_PLACE_NAMES if english not in places]


def test_no_name_means_two_things() -> None:
    names = [n.lower() for name, _, aliases in FORCES for n in (name, *aliases)]
    names += [n.lower() for name, aliases in REGIONS for n in (name, *aliases)]
    names += [n.lower() for name, _, aliases, _ in DIVISIONS for n in (name, *aliases)]
    names += [place.lower() for place, _ in PLACES]
    names += [welsh.lower() for welsh, _ in WELSH_PLACE_NAMES]
    assert [n for n, k in Counter(names).items() if k > 1] == []


def test_a_welsh_place_name_scopes_figures_to_the_place_under_its_english_name() -> None:
    """A Welsh force's release saying 'a flat in Caerdydd' reports Cardiff's figures, as 'a flat in
    Cardiff' would; the reader knows both names mean one city."""
    report = check("Officers searched a flat in Caerdydd and seized £4,500 in cash and 200g of cocaine.")
    assert {(c.scope.level, c.scope.name) for c in report.claims} == {(ScopeLevel.PLACE, "Cardiff")}


def test_national_cues_are_lower_case_phrases() -> None:
    assert all(cue == cue.lower() for cue in NATIONAL_CUES)
    assert NATIONAL_BODIES


def test_cue_tables_have_no_duplicate_entries() -> None:
    """A cue may repeat in ITEM_CUES only with a context ("deal line*" closed vs seized), never twice the same way."""
    items = [(c, ctx) for c, _, ctx in ITEM_CUES]
    for table in (items, [c for c, _ in EVENT_CUES], [c for c, _ in MONEY_CUES]):
        assert [c for c, k in Counter(table).items() if k > 1] == []


def test_a_force_alias_in_a_sentence_names_the_force() -> None:
    text = "Northants made 3 arrests. The Met made 4. BTP made 2. Police Scotland made 9."
    assert [m.scope.name for m in find_mentions(text)] == [
        "Northamptonshire Police", "Metropolitan Police Service", "British Transport Police (BTP)", "Police Scotland",
    ]


def test_forces_listed_together_describe_an_area_not_a_scope() -> None:
    assert [m.scope.name for m in find_mentions("Officers from Northants, the Met and BTP met in Leeds.")] == ["Leeds"]


@pytest.mark.parametrize(("text", "names"), [
    ("Officers from Kent arrested 12 people.", ["Kent Police"]),  # officers from a force are its own
    ("Lines from Liverpool and the West Midlands were disrupted in Llanelli.", ["Llanelli"]),  # routes
    ("A line supplying heroin into Swindon was closed by Wiltshire Police.", ["Wiltshire Police"]),
    ("Kofi Mensah, 24, of Catford was jailed.", []),  # where someone lives
    ("Teesside Crown Court heard the case.", []),  # an institution
    ("Six will appear before magistrates in Newcastle and South Tyneside.", []),  # where a case is heard
    ("The men were sentenced at Exeter on Friday.", []),
    ("Routes Out, which works with Police Scotland, supported 148 young people.", []),  # a partner
    ("Ten of the men arrested live in Medway.", []),  # where people live
    ("A boy reported missing from his home in Belfast was found.", []),
    ("A girl reported missing from her home in north London was found.", []),  # a compass point before it
    ("The Wrexham Evening Leader and the Belfast Telegraph ran the story.", []),  # newspapers
    ("He had bought a ticket to Norwich; the trains to East Anglia were watched.", []),  # where travellers went
    ("Nine of the men came from outside Wales.", []),
    ("Work in Cardiff, Swansea, Bridgend, Merthyr Tydfil and the Vale of Glamorgan went on.", []),  # an area list
    ("The Bedford Gazette asked the force for its figures.", []),  # a newspaper named after its town
    ("For use by: Boston Citizen, Lincoln Coast Chronicle and other clients", []),  # an agency's client papers
    ("A statement from Medway Community Homes followed.", []),  # a landlord named after its area
    ("Flats off Hereford Road were searched.", []),  # a street
    ("Inspector Amy Preston said the week went well.", []),  # a surname
    ("Dean Cole, 31, also of Luton, was jailed.", []),  # where someone lives
    ("Ripon, 44, was jailed for six years.", []),  # a surname given an age
    ("Ade Bello, 22, from Peckham, south London, was jailed.", []),  # a home with a compass word before it
    ("He had gone missing from his home in east London twice.", []),
])
def test_places_that_are_not_where_figures_were_counted(text: str, names: list[str]) -> None:
    assert [m.scope.name for m in find_mentions(text)] == names


@pytest.mark.parametrize(("text", "national"), [
    ("Kent Police made 43 arrests. The last national week, in June, brought 1,880 arrests.", True),
    ("Kent Police made 43 arrests. Last month's national intensification week resulted in 900 arrests.", True),
    ("Kent Police made 43 arrests. The national week of action saw 1,100 people arrested.", True),
    ("Kent Police made 43 arrests. As part of the national week of action, officers made 12 arrests.", False),
    ("Kent Police made 43 arrests. During the national week, the force saw 12 more.", False),
])
def test_a_national_operation_as_subject_makes_its_figures_national(text: str, national: bool) -> None:
    last = check(text).claims[-1]
    assert (last.scope.level is ScopeLevel.NATIONAL) is national, last.scope


@pytest.mark.parametrize("text", [
    "Nationally, 16,000 arrests were made. Of the 26 people Cumbria Police arrested that week, 11 came from Merseyside.",
    "Nationally, £2m was seized. The £40,000 Cumbria Police seized that week included £11,000 found in a car.",
])
def test_a_force_as_the_subject_after_a_figure_scopes_the_whole_sentence(text: str) -> None:
    local = check(text).claims[1:]
    assert [c.scope.name for c in local] == ["Cumbria Constabulary"] * len(local)


def test_forces_named_after_a_regional_frame_break_its_figure_down_for_that_paragraph_only() -> None:
    text = ("Forces across the North West arrested 180 people.\n\nAcross the region, officers seized £300,000 in "
            "cash. Cumbria Constabulary accounted for £40,000 of it. Lancashire Police recovered £75,000.\n\n"
            "A total of 61 weapons were recovered.")
    assert [c.scope.name for c in check(text).claims] == ["North West", "North West", "Cumbria Constabulary",
                                                         "Lancashire Constabulary", "North West"]


def test_a_town_the_gazetteer_does_not_know_is_still_its_figures_place() -> None:
    text = "Lincolnshire Police made 30 arrests. Of these, 20 were in Lincoln and ten in Quadring."
    assert [(c.scope.level.value, c.scope.name) for c in check(text).claims][-1] == ("place", "Quadring")


def test_a_figure_after_but_does_not_borrow_the_metric_of_the_figure_before() -> None:
    text = "Police made 40 arrests. Forty arrests is good, but what matters is the 25 people we could help."
    assert check(text).claims[-1].metric.value != "arrests"


@pytest.mark.parametrize("text", [
    "In Preston, a joint operation with British Transport Police at the station led to five arrests.",
    "In Preston, officers alongside British Transport Police made five arrests.",
    "In Preston, officers assisted by British Transport Police made five arrests.",
    "In Preston, officers supported on the day by colleagues from British Transport Police made five arrests.",
])
def test_a_force_worked_with_is_a_partner_not_the_figures_area(text: str) -> None:
    assert check(text).claims[-1].scope.name == "Preston"


def test_a_story_whose_opening_speaks_of_a_national_week_is_national_though_it_names_one_force() -> None:
    text = ("Latest week closes 150 lines\n\nForces closed 150 county lines and arrested 1,100 people during the "
            "latest national week of action.\n\nCheshire Police alone accounted for 40 of the arrests.")
    claims = check(text).claims
    assert [c.scope.level for c in claims[:3]] == [ScopeLevel.NATIONAL] * 3
def test_people_someone_was_able_to_help_are_safeguarded() -> None:
    text = 'Officers made 20 arrests. "It is the 16 young people we have been able to help that matter," he said.'
    assert [c.metric.value for c in check(text).claims] == ["arrests", "safeguarded"]


@pytest.mark.parametrize("text", [
    "The judge made a confiscation order of £96,400 against the cocaine dealer.",
    "Prosecutors won compensation orders totalling £12,000 for the drug gang's victims.",
    "He must pay the £96,400 order within three months or face more time in prison.",
    "The boy said he owed the dealers £1,500 for cocaine he had lost.",
    "He had no job but bought a Range Rover for £38,000 in cash.",
])
def test_a_sum_ordered_owed_or_paid_is_neither_cash_seized_nor_drugs(text: str) -> None:
    [money] = [c for c in check(text).claims if c.unit.value == "GBP"]
    assert money.metric.value == "other"


def test_a_weight_in_ounces_is_a_drugs_weight_kept_in_its_own_unit() -> None:
    [weight] = check("A courier was found with six ounces of crack cocaine.").claims
    assert (weight.unit.value, weight.metric.value, weight.value.point) == ("other", "drugs_weight", 6)


def test_a_place_after_a_later_figure_is_that_figures_not_the_first_ones() -> None:
    text = "Devon and Cornwall Police jailed the gang. It made £2,000 a day, texting some 300 users in Plymouth."
    assert [c.scope.name for c in check(text).claims] == ["Devon and Cornwall Police", "Plymouth"]


TABLE = """Forces across the North West arrested 60 people.

Force | Arrests | Cash seized | Lines closed
Cumbria | 14 | £9,850 | 3
Lancashire | 46 | £51,200 | 8
Total | {total} | £61,050 | 11

Weapons: 58
"""


def test_a_tables_columns_count_what_their_headers_name_and_its_rows_are_their_own_areas() -> None:
    claims = check(TABLE.format(total=60)).claims
    assert [c.metric.value for c in claims[1:4]] == ["arrests", "cash_seized", "lines_closed"]
    assert [c.scope.name for c in claims[1:]] == ["Cumbria Constabulary"] * 3 + ["Lancashire Constabulary"] * 3 + [
        "North West"] * 4  # the Total row and what follows the table are the region's again


@pytest.mark.parametrize(("total", "ok"), [(60, True), (64, False)])
def test_a_tables_total_row_is_what_its_column_adds_up_to(total: int, ok: bool) -> None:
    report = check(TABLE.format(total=total))
    assert report.ok is ok
    assert ok or "14 + 46 = 60" in str(report)


def test_a_new_section_goes_back_to_the_area_the_story_started_from() -> None:
    text = ("Forces across England and Wales made 1,300 arrests in the national week.\n\nIn the capital\n\n"
            "The Metropolitan Police said it had arrested 212 people.\n\nWhat happens next\n\n"
            "The arrest figure is lower than the 1,487 arrests of the spring week.\n\n10:45\n\n"
            "Police chiefs said 40 more arrests were expected.")
    assert [c.scope.level for c in check(text).claims] == [
        ScopeLevel.NATIONAL, ScopeLevel.FORCE, ScopeLevel.NATIONAL, ScopeLevel.NATIONAL]


def test_three_or_more_lines_of_two_cells_are_a_table_but_one_bar_in_prose_is_not() -> None:
    table = "Forces in the region made 60 arrests.\n\nForce | Arrests\nCumbria | 14\nLancashire | 46\nTotal | 64\n"
    assert "14 + 46 = 60, but the total '64'" in str(check(table))
    prose = "Share | Tweet\nKent Police made 14 arrests | said the force.\n"
    assert [c.metric.value for c in check(prose).claims] == ["arrests"]


def test_homes_a_figure_counts_in_a_town_are_that_towns() -> None:
    """'9,400 homes in Sunderland' counts homes there; 'his home in Belfast' is where someone lives."""
    claim = check("The landlord manages 9,400 homes in Sunderland.").claims[0]
    assert (claim.scope.level, claim.scope.name) == (ScopeLevel.PLACE, "Sunderland")


def test_a_line_above_a_list_that_names_one_force_is_the_lists_area() -> None:
    text = ("Nationally, forces made 1,480 arrests.\n\nThe week in numbers (Suffolk Constabulary)\n"
            "- Arrests: 33\n- Lines closed: 4\n")
    listed = [c for c in check(text).claims if c.printed in ("33", "4")]
    assert [c.scope.name for c in listed] == ["Suffolk Constabulary", "Suffolk Constabulary"]


def test_a_regional_list_title_gives_the_list_the_region() -> None:
    text = ("Forces across the Eastern region made 214 arrests. In Norfolk, officers made 28 arrests.\n\n"
            "Regional results at a glance\n- Arrests: 214\n- Lines closed: 38\n")
    listed = [c for c in check(text).claims if c.printed in ("214", "38") and c.sentence > 1]
    assert {c.scope.level for c in listed} == {ScopeLevel.REGION}


def test_the_eastern_region_written_in_lower_case_is_the_region() -> None:
    text = "Suffolk Constabulary closed 12 lines, a quarter of the 48 shut across the eastern region as a whole."
    shut = next(c for c in check(text).claims if c.printed == "48")
    assert (shut.scope.level, shut.scope.name) == (ScopeLevel.REGION, "Eastern")


def test_a_force_publishing_its_results_says_whose_figures_follow() -> None:
    text = ("Every force in England and Wales spends seven days on the operation. Suffolk Constabulary has now "
            "released its results.\n\nOfficers made 33 arrests.")
    arrests = next(c for c in check(text).claims if c.printed == "33")
    assert arrests.scope.name == "Suffolk Constabulary"


def test_a_force_explaining_county_lines_does_not_take_over_the_region() -> None:
    text = ("Across the Eastern region, a week of action was held. Suffolk Constabulary describes county lines as "
            "gangs using one phone line.\n\nOfficers made 133 arrests across the region.")
    arrests = next(c for c in check(text).claims if c.printed == "133")
    assert arrests.scope.name != "Suffolk Constabulary"


def test_the_start_of_a_change_counts_what_the_figure_it_is_set_against_counts() -> None:
    """'made 70 visits to homes at risk, up from 52': the 52 counts visits, whatever 'at risk' suggests."""
    claims = check("Officers made 70 visits to homes thought to be at risk in the summer, up from 52 in the spring.").claims
    assert claims[0].metric == claims[1].metric


@pytest.mark.parametrize("text", [
    "The council announced £600,000 of new spending on youth work.",
    "Ministers unveiled a £3m package to tackle exploitation.",
    "The biggest slice, £250,000, will fund two detectives.",
])
def test_money_set_aside_for_work_is_funding(text: str) -> None:
    assert check(text).claims[0].metric.value == "funding"


def test_a_sum_for_a_childrens_team_is_no_group_of_children() -> None:
    claim = check("- Child exploitation team: £450,000").claims[0]
    assert claim.subgroup is None


def test_a_journey_time_does_not_move_the_passage_to_where_it_ends() -> None:
    text = ("Cumbria Constabulary closed 26 lines last year. A runner can be in Kendal in under three hours. "
            "Officers made 94 arrests.")
    arrests = next(c for c in check(text).claims if c.printed == "94")
    assert arrests.scope.name == "Cumbria Constabulary"


@pytest.mark.parametrize("text", [
    "Aaron Webb received six years and eight months.",
    "His brother was given three years and six months.",
])
def test_a_term_someone_received_is_a_sentence(text: str) -> None:
    assert check(text).claims[0].metric.value == "sentences_years"


@pytest.mark.parametrize(("text", "metrics"), [
    pytest.param("Police made 40 county lines arrests.", ["arrests"], id="topic-before-a-cue"),
    pytest.param("The two county lines taskforces shut 300 lines.", ["other", "lines_closed"], id="topic-before-a-body"),
    pytest.param("Officers disrupted 13 county lines gangs.", ["lines_closed"], id="lines-named-as-gangs"),
    pytest.param("The number of deal lines closed rose from 90 to 120.", ["lines_closed", "lines_closed"],
                 id="deal-lines-closed-as-a-subject"),
    pytest.param("Deal lines taken out: 7", ["lines_closed"], id="deal-lines-taken-out"),
    pytest.param("Officers seized 40 deal lines and 12 phones.", ["deal_lines_seized", "phones"], id="deal-lines-seized"),
    pytest.param("Deal lines closed – the phone numbers buyers ring – rose from 80 to 95.",
                 ["lines_closed", "lines_closed"], id="an-aside-between-dashes-is-not-what-is-counted"),
    pytest.param("Detectives searched 23 properties and arrested nine people.", ["raids", "arrests"],
                 id="properties-searched-are-searches"),
    pytest.param("Officers searched 23 properties under warrant.", ["warrants"], id="properties-searched-under-warrant"),
])
def test_what_a_figure_counts_is_read_from_the_words_about_it(text: str, metrics: list[str]) -> None:
    assert [c.metric.value for c in check(text).claims] == metrics


@pytest.mark.parametrize(("text", "metrics"), [
    pytest.param("Detectives shut down 18 deal lines in June. \"Each of those 18 lines was run by a gang.\"",
                 ["lines_closed", "lines_closed"], id="those-lines-after-deal-lines-closed"),
    pytest.param("The unit safeguarded 75 vulnerable adults and children. She said: \"All of those 75 people "
                 "need support.\"", ["safeguarded", "safeguarded"], id="those-people-after-a-count-of-people"),
    pytest.param("Police arrested 30 men. The charity said 200 people attended. \"Those 200 people were "
                 "parents.\"", ["arrests", "other", "other"], id="people-are-not-the-arrests-before-an-uncounted-group"),
])
def test_a_demonstrative_points_back_to_what_was_counted(text: str, metrics: list[str]) -> None:
    assert [c.metric.value for c in check(text).claims] == metrics


def test_a_rate_is_counted_where_the_country_named_after_its_base_says() -> None:
    text = "Kent's arrest rate was 30.5 per 100,000 people, against 7.3 per 100,000 across England and Wales."
    assert [c.scope.level.value for c in check(text).claims] == ["force", "national"]


def test_a_paragraph_after_one_that_named_a_town_in_passing_is_about_the_storys_area_again() -> None:
    text = ("Police across the South West arrested 180 people in a week of action.\n\n"
            "The largest seizure was in Plymouth, where Devon and Cornwall officers found 3.2kg of cocaine.\n\n"
            "Thirty-four weapons were taken off the streets.")
    assert check(text).claims[-1].scope.name == "South West"


def test_a_sections_first_paragraph_sets_its_area_for_the_rest_of_the_section() -> None:
    text = ("Staffordshire Police said 12 people were jailed this week.\n\nCUCKOOING CASE\n\n"
            "Two women who took over a flat in Tamworth were sentenced.\n\n"
            "Officers found £1,240 in cash at the flat.")
    assert check(text).claims[-1].scope.name == "Tamworth"


def test_a_figure_for_the_last_operation_in_a_named_month_is_another_period() -> None:
    text = ("Forces across the North West arrested 219 people. The figure is up 9% on the last co-ordinated week in "
            "November, when the six forces made 201 arrests between them.")
    assert check(text).ok
@pytest.mark.parametrize(("text", "name"), [
    ("Police made 40 arrests across north Wales last week.", "North Wales Police"),
    ("Raids across south Wales led to 12 arrests.", "South Wales Police"),
])
def test_a_lower_case_compass_word_before_a_force_name_still_names_the_force(text: str, name: str) -> None:
    assert check(text).claims[0].scope.name == name


def test_a_force_and_its_own_regional_unit_together_are_the_forces_area() -> None:
    text = ("Officers from Gwent Police and Tarian, the crime unit for southern Wales, searched 9 homes. "
            "They arrested 14 people.")
    assert [c.scope.name for c in check(text).claims] == ["Gwent Police", "Gwent Police"]


@pytest.mark.parametrize(("label", "metric"), [
    ("Lines closed", "lines_closed"),
    ("Deal lines shut down", "lines_closed"),
    ("Cuckooing visits", "cuckooing_visits"),
    ("Warrants executed", "warrants"),
])
def test_a_label_before_a_figure_names_what_it_counts(label: str, metric: str) -> None:
    text = f"Results of the week\n\nArrests: 40\n{label}: 6\n"
    assert [c.metric.value for c in check(text).claims] == ["arrests", metric]


def test_lines_taken_out_are_lines_closed() -> None:
    assert check("Officers said taking out six deal lines had hit supply.").claims[0].metric.value == "lines_closed"


def test_a_police_scotland_division_is_an_area_inside_the_force() -> None:
    text = ("Police Scotland made 180 arrests in the week. Officers from its Fife Division arrested 22 people, "
            "14 of them in Kirkcaldy.")
    claims = check(text).claims
    assert [(c.scope.level.value, c.scope.name) for c in claims] == [
        ("force", "Police Scotland"), ("place", "Fife Division"), ("place", "Kirkcaldy")]


def test_a_command_units_boroughs_named_together_are_the_unit() -> None:
    text = ("The Met's Central South BCU made 30 arrests. Of those, 20 were in Lambeth. "
            "Officers in Lambeth and Southwark also seized £9,000.")
    assert [c.scope.name for c in check(text).claims] == ["Central South BCU", "Lambeth", "Central South BCU"]


def test_a_list_ending_in_a_town_the_gazetteer_does_not_know_is_still_an_area_list() -> None:
    assert [m.scope.name for m in find_mentions("Raids in Dundee, Perth and Kinloch Rannoch went ahead.")] == []


def test_one_areas_share_of_a_count_does_not_move_the_passage_to_it() -> None:
    text = ("Officers across Tayside made 40 arrests. Dundee accounted for 25 of the arrests. "
            "Officers also seized £12,000.")
    assert [c.scope.name for c in check(text).claims] == ["Tayside Division", "Dundee", "Tayside Division"]


def test_the_area_in_a_speakers_job_title_is_not_the_figures_area() -> None:
    text = ("Gwent Police made 23 arrests. Sgt Jo Lee, neighbourhood inspector for Newport, said: "
            '"These 23 arrests matter."')
    assert [c.scope.name for c in check(text).claims] == ["Gwent Police", "Gwent Police"]


def test_a_sum_valued_after_a_clause_is_the_value_of_the_drug_named_first() -> None:
    text = "Officers found 3kg of cannabis, which detectives value at £30,000, and £5,000 in cash."
    assert [c.metric.value for c in check(text).claims] == ["drugs_weight", "drugs_value", "cash_seized"]


def test_areas_and_figures_listed_with_respectively_pair_up_in_order() -> None:
    text = "Gwent and Dyfed-Powys made 18 and 11 arrests respectively, and South Wales Police 40."
    assert [c.scope.name for c in check(text).claims] == ["Gwent Police", "Dyfed-Powys Police", "South Wales Police"]


@pytest.mark.parametrize(("text", "metrics"), [
    ("Officers found heroin worth £8,000 on Friday, taking the value of the drugs they seized during May to "
     "£31,000.", ["drugs_value", "drugs_value"]),
    ("Police found £4,000 in a car. The value of the cash they seized in the raids reached £26,000.",
     ["cash_seized", "cash_seized"]),
])
def test_a_total_value_of_a_thing_named_far_before_the_sum_is_that_things_value(text: str, metrics: list[str]) -> None:
    assert [c.metric.value for c in check(text).claims if c.value.point is not None] == metrics


@pytest.mark.parametrize(("text", "metric"), [
    ("Detectives carried out 14 search warrants in the town.", "warrants"),
    ("Officers made 40 safeguarding visits to homes at risk of cuckooing.", "cuckooing_visits"),
    ("Most of the 40 visits were to flats dealers had taken over.", "cuckooing_visits"),
    ("Police said 18 people have been reported to the procurator fiscal.", "charged"),
    ("The charity has worked with 95 young people this year.", "safeguarded"),
    ("Awareness sessions were delivered to 600 pupils.", "people_engaged"),
    ("The council put £80,000 into a mentoring project.", "funding"),
    ("Officers seized 52 knives and other weapons.", "weapons"),
    ("Roadside checks saw 45 vehicles stopped and searched.", "other"),
    ("Four women appeared before magistrates in Exeter on Monday.", "charged"),
    ("Five teenagers will appear in court next month.", "charged"),
    ("Nine people appeared from custody at Inverness Sheriff Court.", "other"),
    ("Officers seized 45 vehicles during the week.", "vehicles"),
    ("After the arrests, a poll of 500 parents found most felt safer.", "other"),  # a survey's sample
])
def test_what_a_figure_counts(text: str, metric: str) -> None:
    assert check(text).claims[0].metric.value == metric


def test_a_heading_above_a_list_says_what_its_sums_are() -> None:
    text = "What the new fund will pay for\n\n- £40,000 for youth workers\n- £25,000 for a helpline\n"
    assert [c.metric.value for c in check(text).claims] == ["funding", "funding"]


def test_a_referral_in_the_next_clause_does_not_make_the_first_figure_a_referral() -> None:
    text = "Officers identified 80 young people at risk, and 31 were referred to the National Referral Mechanism."
    assert [c.metric.value for c in check(text).claims] == ["safeguarded", "nrm_referrals"]


def test_terms_listed_after_each_defendants_name_age_and_home_are_sentences() -> None:
    text = "Jailed\n\nAmy Cole, 31, of Rhyl - six years\nLee Ward, 25, of Prestatyn: four years\n"
    assert [c.metric.value for c in check(text).claims] == ["sentences_years", "sentences_years"]


def test_a_forces_own_division_after_its_name_is_the_area() -> None:
    text = "Officers from the Met's North Area BCU arrested 19 people."
    assert check(text).claims[0].scope.name == "North Area BCU"


def test_national_figures_for_the_same_week_are_national() -> None:
    text = "Kent Police made 40 arrests. National figures for the same week show 1,200 arrests."
    assert check(text).claims[-1].scope.level is ScopeLevel.NATIONAL


def test_bare_referrals_after_referrals_to_the_nrm_are_nrm_referrals() -> None:
    text = ("Six forces made 843 referrals to the National Referral Mechanism last year. Children accounted for "
            "512 of the 843 referrals.")
    assert [c.metric.value for c in check(text).claims if c.unit.value == "count"][-1] == "nrm_referrals"


def test_a_raid_across_towns_of_one_force_is_that_forces_figure() -> None:
    text = ("Hastings | Monday 3 March 2025\n\n"
            "Police said 22 people were held in raids across Hastings, Eastbourne and Brighton.")
    assert [str(c.scope) for c in check(text).claims if c.unit.value != "date"] == ["force:Sussex Police"]


def test_towns_of_several_forces_or_a_list_of_examples_do_not_name_one_force() -> None:
    mixed = ("Hastings | Monday 3 March 2025\n\n"
             "Police said 22 people were held in raids across Hastings, Canterbury and Brighton.")
    examples = ("Police in Hastings said 22 people were held, some of them from towns including "
                "Eastbourne, Lewes and Brighton.")
    assert [str(c.scope) for c in check(mixed).claims if c.unit.value != "date"] == ["place:Hastings"]
    assert [str(c.scope) for c in check(examples).claims] == ["place:Hastings"]


def test_of_them_after_a_monthly_average_picks_the_total_not_the_average() -> None:
    text = ("The team safeguarded 240 people over the year. That is about 20 people a month. "
            "Ninety of them were children.")
    findings = [f.message for f in check(text).findings if f.rule == "CL102"]
    assert findings == ["'Ninety' fits within '240'"]


@pytest.mark.parametrize("town", ["King's Lynn", "King’s Lynn", "Bishop's Stortford"])
def test_a_town_with_a_possessive_in_its_name_is_found(town: str) -> None:
    claim = check(f"Officers made 9 arrests in {town} this week.").claims[0]
    assert (claim.scope.level, claim.scope.name.replace("’", "'")) == (ScopeLevel.PLACE, town.replace("’", "'"))


def test_a_question_on_its_own_line_starts_a_section_like_a_heading() -> None:
    text = ("Essex Police ran its week of action in October.\n\nHow many were arrested?\n\n"
            "Most arrests were in Southend, where officers made 25 arrests.\n\n"
            "What was seized?\n\nOfficers recovered £40,000 in cash.")
    cash = next(c for c in check(text).claims if c.printed == "£40,000")
    assert (cash.scope.level, cash.scope.name) == (ScopeLevel.FORCE, "Essex Police")


def test_the_remaining_part_of_a_breakdown_does_not_move_the_passage() -> None:
    text = ("Essex Police made 30 arrests, 20 in Southend and eight in Basildon. The remaining two were in "
            "Harlow. Officers also seized 9 weapons.")
    weapons = next(c for c in check(text).claims if c.printed == "9")
    assert weapons.scope.name == "Essex Police"


def test_cells_that_name_their_own_figures_are_read_by_their_labels() -> None:
    text = ("Results by force\n\nHampshire and Isle of Wight - arrests 38 | cash £22,300 | lines closed 5\n"
            "Kent - arrests 41 | cash £36,900 | lines closed 6\n")
    claims = check(text).claims
    assert [c.metric.value for c in claims] == ["arrests", "cash_seized", "lines_closed"] * 2
    assert [c.scope.name for c in claims[:3]] == ["Hampshire and Isle of Wight Constabulary"] * 3


def test_a_paper_named_after_two_places_is_no_scope() -> None:
    text = ("Thanet & Dover Courier\n\nForty arrests in county lines week\n\n"
            "Kent Police made 40 arrests during the week of action.")
    assert [(c.scope.level, c.scope.name) for c in check(text).claims][0] == (ScopeLevel.FORCE, "Kent Police")


@pytest.mark.parametrize("text", [
    "The boy got £150 for the weekend before officers seized the phone.",
    "Dealers offered him £50 a day until police raided the flat and seized the phone.",
])
def test_money_someone_was_paid_is_not_cash_seized(text: str) -> None:
    assert [c.metric.value for c in check(text).claims] == ["other"]


def test_the_region_is_not_two_forces_named_together() -> None:
    text = ("Forces across the South East made 169 arrests. Kent Police and Sussex Police together made 68 of "
            "them.\n\nAcross the region, officers recovered 5.6kg of cocaine.")
    cocaine = next(c for c in check(text).claims if c.printed == "5.6kg")
    assert (cocaine.scope.level, cocaine.scope.name) == (ScopeLevel.REGION, "South East")


@pytest.mark.parametrize("said", [
    "\"We are currently supporting 90 children across the county,\" the charity said.",
    "The council said its social workers were working with 90 children known to be at risk of exploitation.",
    "\"We had 90 children referred to us last year,\" the project's manager said.",
])
def test_a_services_current_caseload_is_not_the_weeks_safeguarding(said: str) -> None:
    text = "Officers safeguarded 40 people, 12 of them children.\n\n" + said
    caseload = next(c for c in check(text).claims if c.printed == "90")
    assert caseload.metric.value == "other"
    assert not [f for f in check(text).findings if f.rule == "CL201"]
@pytest.mark.parametrize(("text", "metrics"), [
    pytest.param("The county's three forces made 150 arrests between them. Kent Police made 70, Surrey Police 50 "
                 "and Sussex Police 30.", ["other", "arrests", "arrests", "arrests", "arrests"],
                 id="made-with-its-object-left-out"),
    pytest.param("Arrests were spread across the county. Leeds made 31, Bradford 22 and Wakefield nine.",
                 ["arrests", "arrests", "arrests"], id="object-named-by-the-sentence-before"),
    pytest.param("The region's forces arrested 60 people. Durham Constabulary accounted for 25 of them, Cleveland "
                 "Police 20 and Northumbria Police 15.", ["arrests", "arrests", "arrests", "arrests"],
                 id="list-after-a-part-that-took-its-metric-from-a-whole"),
])
def test_an_elided_list_counts_what_it_continues(text: str, metrics: list[str]) -> None:
    assert [c.metric.value for c in check(text).claims] == metrics


@pytest.mark.parametrize("text", [
    "Scotland, with about 5.4 million people, saw 80 arrests.",
    "Lancashire, which has a population of 1.5 million, made 31 arrests.",
    "The force serves 1.9 million residents and arrested 40 people.",
])
def test_a_population_is_not_a_figure_of_the_operation(text: str) -> None:
    assert [c.metric.value for c in check(text).claims] == ["other", "arrests"]


@pytest.mark.parametrize("text", [
    "England and Wales, with roughly 60 million people, recorded 1,300 arrests.",
    "In England and Wales the 43 territorial forces and British Transport Police closed 350 deal lines.",
])
def test_the_country_and_a_force_added_to_its_forces_are_national(text: str) -> None:
    assert check(text).claims[-1].scope.level is ScopeLevel.NATIONAL


def test_a_region_named_in_a_list_of_other_regions_forces_is_the_force_of_that_name() -> None:
    text = "The taskforces closed 900 lines. The Met closed 400 lines, Merseyside 300 and West Midlands 150."
    assert [c.scope.name for c in check(text).claims[1:]] == [
        "Metropolitan Police Service", "Merseyside Police", "West Midlands Police"]
    inside = [m.scope.level for m in find_mentions("Forces in the West Midlands, including Staffordshire Police")]
    assert inside[0] is ScopeLevel.REGION


def test_terms_listed_after_a_prison_term_are_prison_terms() -> None:
    text = "The ringleader received nine years, and his two couriers four years and three years."
    assert [c.metric.value for c in check(text).claims] == ["sentences_years", "other", "sentences_years", "sentences_years"]


def test_people_still_held_on_remand_are_not_arrests() -> None:
    text = "Police arrested 30 people. Of the 12 charged, eight remain in custody; four were taken into custody today."
    assert [c.metric.value for c in check(text).claims] == ["arrests", "charged", "other", "arrests"]


def test_one_or_two_is_a_range_from_one() -> None:
    (claim,) = check("Each line might use one or two runners.").claims
    assert (claim.value.low, claim.value.high, claim.printed) == (1, 2, "one or two")


def test_the_two_forces_of_a_joint_operation_together_are_their_combined_area() -> None:
    text = ("Essex and Kent forces team up against drug lines\n\n"
            "Two neighbouring forces say a joint week of action led to 60 arrests.\n\n"
            "Essex Police made 35 arrests. Kent Police made 25 arrests and recovered four knives.\n\n"
            "Between them the forces seized £40,000 and nine knives across both force areas.")
    scopes = {c.printed: (c.scope.level, c.scope.name) for c in check(text).claims}
    joint = (ScopeLevel.REGION, "Essex and Kent")
    assert scopes["60"] == scopes["£40,000"] == scopes["nine"] == joint
    assert scopes["35"] == (ScopeLevel.FORCE, "Essex Police")
    assert scopes["four"] == (ScopeLevel.FORCE, "Kent Police")


def test_a_joint_area_is_named_by_the_two_force_areas_as_the_article_pairs_them() -> None:
    text = ("Durham officers join forces with their neighbours\n\n"
            "A joint week of action by the two forces led to 40 arrests.\n\n"
            "Northumbria Police and Durham Constabulary shared intelligence for the first time.")
    arrests = next(c for c in check(text).claims if c.printed == "40")
    assert (arrests.scope.level, arrests.scope.name) == (ScopeLevel.REGION, "Northumbria and Durham")
    met = check("The Met and Thames Valley Police together made 12 arrests.").claims[0]
    assert met.scope.name == "London and Thames Valley"


def test_two_forces_each_reporting_in_one_story_are_not_a_joint_area() -> None:
    text = ("Essex and Kent forces join national county lines week\n\n"
            "Essex Police made 35 arrests during the week. Kent Police made 25 arrests.")
    assert {c.scope.level for c in check(text).claims} == {ScopeLevel.FORCE}


def test_a_force_and_a_town_it_polices_named_together_are_the_force() -> None:
    text = "Officers in County Durham and Darlington recovered six knives."
    knives = check(text).claims[0]
    assert (knives.scope.level, knives.scope.name) == (ScopeLevel.FORCE, "Durham Constabulary")


def test_the_year_a_comparison_is_made_with_is_not_the_figures_own() -> None:
    text = ("Police made 52 arrests, a rise of 37 per cent on the same week in 2023, and closed nine lines.\n\n"
            "Compared with 2023\n- Arrests: 52 (2023: 38)\n- Lines closed: 9 (2023: 4)")
    years = {c.printed: c.year for c in check(text, published="2024-10-26").claims}
    assert years["52"] is None and years["nine"] is None
    assert years["38"] == 2023 and years["4"] == 2023


def test_a_force_opening_a_paragraph_as_subject_is_the_area_its_pronoun_refers_to() -> None:
    text = ("Durham Constabulary closed 30 lines.\n\n"
            "Cleveland Police saw the steepest fall. It closed 12 lines, down from 20.")
    assert [c.scope.name for c in check(text).claims][-2:] == ["Cleveland Police", "Cleveland Police"]


def test_last_years_column_of_a_table_is_not_this_years_figure_again() -> None:
    text = ("Measure | 2024/25 | 2023/24\nArrests | 310 | 270\nLines closed | 44 | 39\n\n"
            "Of the 310 arrests, 120 were made in Swindon. Officers closed 44 lines.")
    report = check(text)
    assert report.ok, [f.message for f in report.findings if f.status is Status.CONTRADICTORY]
    assert [c.period for c in report.claims][:4] == [None, "in 2023/24", None, "in 2023/24"]


def test_weeks_labelled_in_their_paragraphs_are_periods_of_their_own_and_add_up_to_their_total() -> None:
    def text(total: int) -> str:
        return ("Thames Valley Police made 400 arrests during the year.\n\n"
                "Summer week (3 to 9 June): officers made 30 arrests. Twelve people were safeguarded.\n\n"
                "Winter week (2 to 8 December): officers made 41 arrests. Fifteen people were safeguarded.\n\n"
                f"Together, the two weeks accounted for {total} arrests.")
    assert check(text(71)).ok
    flagged = [f for f in check(text(81)).findings if f.status is Status.CONTRADICTORY]
    assert [f.rule for f in flagged] == ["CL101"], [f.message for f in flagged]


@pytest.mark.parametrize(("arrested", "ok"), [(40, True), (52, False)])
def test_two_forces_named_with_a_joint_total_later_in_the_clause_are_its_area(arrested: int, ok: bool) -> None:
    text = (f"Kent and Essex Police made 65 arrests between them. Kent Police arrested {arrested} people "
            "and Essex Police 25.")
    report = check(text)
    assert report.claims[0].scope.name == "Kent and Essex"
    assert report.ok is ok


def test_a_share_of_those_is_of_the_group_just_named_not_of_its_whole() -> None:
    text = ("There were 9,000 referrals in 2023. Exploitation was flagged in 1,200 of them, and about "
            "half of those (610) were children.")
    assert check(text).ok


def test_a_count_per_month_is_a_rate_not_the_period_figure() -> None:
    text = ("Essex Police made 500 cuckooing visits in 2024.\n\nA charity in Southend supported 60 people over "
            "the same period.\n\n\"We now get between 15 and 20 new referrals a month,\" she says.")
    report = check(text)
    assert report.ok, [f.message for f in report.findings if f.status is Status.CONTRADICTORY]


def test_a_percentage_with_a_minus_sign_in_a_table_is_a_fall_not_an_unread_number() -> None:
    report = check("Measure | 2025 | 2024 | Change\nKnives | 30 | 40 | -25%\nPhones | 12 | 10 | +20%")
    assert [(c.text, c.value.point) for c in report.claims if c.unit.value == "percent"] == [("-25%", -25), ("20%", 20)]
    assert [s.reason for s in report.skipped] == ["year", "year"]


def test_a_head_count_in_millions_is_read_with_its_multiplier_but_a_distance_is_not() -> None:
    claims = check("Kent, a county of some 1.9m people, held a 100m relay.").claims
    assert [c.value.point for c in claims] == [1900000, 100]


def test_a_district_whose_policing_team_reports_is_a_place_of_its_force() -> None:
    (claim,) = check("Officers in Breckland made 14 arrests this week.").claims
    assert (claim.scope.level, claim.scope.name) == (ScopeLevel.PLACE, "Breckland")


def test_a_period_stated_after_a_comparisons_base_is_not_the_next_figures() -> None:
    text = "Officers helped 70 people, against 52 last June, and seized £9,100 - up from £4,000."
    periods = {c.printed: c.period for c in check(text).claims}
    assert periods["52"] == periods["£4,000"] == "last june"
    assert periods["70"] is None and periods["£9,100"] is None


def test_a_town_where_the_counted_addresses_were_is_the_whole_sentences() -> None:
    text = ("Lancashire Police made 30 arrests this week.\n\n"
            "Officers searched three properties in Preston, detaining seven people. Around 40 wraps were found.")
    scopes = {c.printed: c.scope.name for c in check(text).claims}
    assert scopes["three"] == scopes["seven"] == scopes["40"] == "Preston"


def test_officers_in_a_town_as_a_sentences_subject_scope_what_follows() -> None:
    text = ("Lancashire Police made 30 arrests this week.\n\n"
            "On Friday officers in Blackpool worked with rail staff at the station. Four people were arrested.")
    four = next(c for c in check(text).claims if c.printed == "Four")
    assert (four.scope.level, four.scope.name) == (ScopeLevel.PLACE, "Blackpool")


def test_an_area_naming_the_operation_is_not_the_figures_area() -> None:
    text = "Preston at heart of Lancashire drugs crackdown as city accounts for 18 arrests"
    (arrests,) = check(text).claims
    assert arrests.scope.name == "Preston"


def test_a_line_supplying_a_town_names_the_market_not_where_the_force_counted() -> None:
    text = "The number charged in Gwent Police's inquiry into a county line supplying Newport from Bristol is now 19."
    (charged,) = check(text).claims
    assert (charged.scope.level, charged.scope.name) == (ScopeLevel.FORCE, "Gwent Police")


def test_welfare_and_safeguarding_visits_count_visits_not_people() -> None:
    text = ("Officers made 95 welfare visits to vulnerable tenants and 60 safeguarding visits across the county. "
            "Youth workers made 30 safeguarding visits to children at risk.")
    assert [c.metric.value for c in check(text).claims] == ["cuckooing_visits", "cuckooing_visits", "children_safeguarded"]


def test_a_table_row_label_names_every_figure_under_period_columns() -> None:
    spaced = "The week in figures\n               Before    After\nLines closed       4         6\nKnives seized      3         8\n"
    barred = "| | Last year | This year |\n|---|---|---|\n| Lines closed | 4 | 6 |\n"
    for text in (spaced, barred):
        assert [c.metric.value for c in check(text).claims if c.printed in ("4", "6")] == ["lines_closed"] * 2


def test_a_section_headed_by_a_force_keeps_its_force_where_it_is_compared_with_its_region() -> None:
    text = ("How the region's forces did\n\nForces in the South East made 300 arrests.\n\n"
            "KENT\nThe busiest force in the South East made 96 arrests.\n\n"
            "SUSSEX\nThe force made 51 arrests, the second most in the region.\n")
    scopes = {c.printed: (c.scope.level, c.scope.name) for c in check(text).claims}
    assert scopes["96"] == (ScopeLevel.FORCE, "Kent Police")
    assert scopes["51"] == (ScopeLevel.FORCE, "Sussex Police")


def test_a_town_given_for_part_of_one_figure_does_not_scope_the_next() -> None:
    text = "Hertfordshire Constabulary made 33 arrests, most of them in Watford, and eight lines were closed."
    lines = check(text).claims[-1]
    assert (lines.printed, lines.scope.level, lines.scope.name) == ("eight", ScopeLevel.FORCE, "Hertfordshire Constabulary")


def test_a_town_naming_one_forces_operation_is_the_force_but_not_a_nations_division() -> None:
    local = "Arrests reach 40 in Reading drugs crackdown\n\nThames Valley Police said more arrests would follow."
    national = "Arrests reach 40 in Aberdeen drugs crackdown\n\nPolice Scotland said more arrests would follow."
    assert check(local).claims[0].scope.name == "Thames Valley Police"
    assert check(national).claims[0].scope.name == "Aberdeen"


def test_part_of_the_arrested_counts_what_happened_to_it_next() -> None:
    text = "Eleven people were arrested. Seven of those arrested have since been charged; the other four were bailed."
    assert [c.metric.value for c in check(text).claims][:2] == ["arrests", "charged"]


def test_the_far_end_of_a_route_and_a_dealers_home_town_are_not_the_figures_area() -> None:
    text = ("Exeter drug dealer ordered to repay £52,000\n\n"
            "A man who ran a line from Exeter to Barnstaple must repay £52,000, Devon and Cornwall Police said.")
    assert {(c.scope.level, c.scope.name) for c in check(text).claims} == {(ScopeLevel.FORCE, "Devon and Cornwall Police")}


def test_a_command_unit_is_an_area_inside_its_force_and_cannot_outdo_it() -> None:
    report = check("The Metropolitan Police made 300 arrests in the week. Its North West BCU alone made 410 arrests.")
    assert [(c.scope.level.value, c.scope.name) for c in report.claims] == [
        ("force", "Metropolitan Police Service"), ("place", "North West BCU")]
    assert any(f.rule == "CL201" and f.status.value == "contradictory" for f in report.findings)


def test_a_headline_naming_a_command_unit_outranks_a_force_named_after_it() -> None:
    text = ("Hackney and Tower Hamlets drug crackdown\n\nA neighbouring force, City of London Police, helped.\n\n"
            "The Met's Central East BCU made 30 arrests.\n\nOfficers also seized £5,000.")
    assert [c.scope.name for c in check(text).claims] == ["Central East BCU", "Central East BCU"]


def test_district_council_areas_are_places_in_their_force() -> None:
    claims = check("Hertfordshire Constabulary made 30 arrests: 12 in Dacorum and 9 in Hertsmere. "
                   "Kent Police arrested six people in Gravesham.").claims
    assert [(c.scope.name) for c in claims] == ["Hertfordshire Constabulary", "Dacorum", "Hertsmere", "Gravesham"]


def test_a_hyphenated_span_describing_an_inquiry_is_not_a_prison_term() -> None:
    claims = check("Six jailed after a two-year inquiry. The ringleader was handed a 10-year jail term.").claims
    assert [c.metric.value for c in claims if c.unit.value == "years"] == ["other", "sentences_years"]


def test_terms_for_some_of_the_people_jailed_are_not_their_combined_total() -> None:
    some = check("Twelve dealers were jailed for a total of 60 years. The leader was jailed for nine years. "
                 "Two couriers received four years and three years.")
    every = check("Three dealers were jailed for a total of 20 years. The leader was jailed for nine years. "
                  "Two couriers received four years and three years.")
    assert not [f for f in some.findings if f.rule == "CL101"]
    too_long = check("Twelve dealers were jailed for a total of 60 years. The leader was jailed for 98 years. "
                     "Two couriers received four years and three years.")
    assert [f.status.value for f in too_long.findings if f.rule == "CL102"] == ["contradictory"]
    assert [f.status.value for f in every.findings if f.rule == "CL101"] == ["contradictory"]


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Referrals to the National Referral Mechanism rose to 900 this year. Roughly 300 children were "
         "referred over county lines.", "nrm_referrals"),
        ("Referrals to the National Referral Mechanism rose to 900 this year. Roughly 300 children were "
         "referred to social care.", "children_safeguarded"),
        ("Referrals to the National Referral Mechanism rose to 900.\n\nArrests fell.\n\nA charity said "
         "it had 300 children referred by schools.", "children_safeguarded"),
    ],
)
def test_a_referral_naming_no_destination_is_of_the_kind_just_spoken_of(text: str, metric: str) -> None:
    assert [c.metric.value for c in check(text).claims if c.printed == "300"] == [metric]


def test_a_council_area_named_with_commas_is_one_place() -> None:
    text = "Dorset Police made 30 arrests. In the Bournemouth, Christchurch and Poole area there were 21 arrests."
    area = check(text).claims[-1]
    assert (area.printed, area.scope.level, area.scope.name) == ("21", ScopeLevel.PLACE, "Bournemouth, Christchurch and Poole")


def test_over_the_summer_is_the_season_and_month_long_is_no_monthly_rate() -> None:
    claims = check("Officers made 70 arrests over the summer. A month-long push brought 40 arrests.").claims
    assert [c.period for c in claims if c.metric.value == "arrests"] == ["in summer", None]


def test_an_area_owning_what_things_went_into_is_where_they_were_counted() -> None:
    assert [m.scope.name for m in find_mentions("Some 300 blades were posted into Kent's surrender bins.")] == ["Kent Police"]
    assert [m.scope.name for m in find_mentions("The gang pushed heroin into Kent from London.")] == []


def test_a_total_after_figures_for_several_towns_is_the_whole_areas() -> None:
    text = ("Essex Police emptied its knife bins this spring.\n\n"
            "The Basildon bin held 40 knives, the one in Colchester 25 and the Harlow bin 15, a total of 80 blades.")
    scopes = [(c.printed, c.scope.name) for c in check(text).claims]
    assert scopes[-1] == ("80", "Essex Police")
    assert ("40", "Basildon") in scopes


def test_a_force_in_the_first_sentence_under_a_headline_with_a_figure_is_the_storys() -> None:
    text = ("EAST ANGLIAN BUGLE\n\nDozens of knives handed in\n\n"
            "More than 200 knives were dropped into Norfolk's surrender bins over the winter, the force said.\n\n"
            "Officers also gave 30 talks in schools.\n\nNeighbouring Suffolk Constabulary collected 150 knives.")
    assert [c.scope.name for c in check(text).claims if c.unit.value == "count"][1:] == [
        "Norfolk Constabulary", "Norfolk Constabulary", "Suffolk Constabulary"]


def test_a_navigation_trail_naming_a_town_does_not_give_the_headline_that_town() -> None:
    text = ("The Kentish Paper | News | Crime | Margate\n\nForty held in county lines week\n\n"
            "Forty people were arrested across Kent during the week, police said.")
    assert {c.scope.name for c in check(text).claims if c.metric.value == "arrests"} == {"Kent Police"}


def test_the_regions_forces_counted_together_mean_the_region() -> None:
    text = ("Forces across the North West made 300 arrests in the week.\n\n"
            "In Cumbria, officers shut 12 lines.\n\n"
            "Youth workers also spoke to 9,000 pupils across the five forces.")
    assert check(text).claims[-1].scope.level is ScopeLevel.REGION


def test_forces_across_the_north_of_england_are_one_area_for_the_story() -> None:
    text = ("Published 3 March 2025\n\nCounty lines: four northern forces report more arrests\n\n"
            "Police forces across the north of England made 930 arrests last year, since the national programme "
            "began.\n\nDurham Constabulary made 210 of them.")
    scopes = {c.printed: (c.scope.level, c.scope.name) for c in check(text).claims}
    assert scopes["930"] == (ScopeLevel.REGION, "North of England")
    assert scopes["210"] == (ScopeLevel.FORCE, "Durham Constabulary")


def test_northern_forces_named_in_passing_leave_a_national_story_national() -> None:
    text = ("Over 900 arrested in national week as northern forces lead the way\n\n"
            "More than 900 people were arrested during a national week of action, with forces across the North "
            "of England among the busiest.")
    assert {c.scope.level for c in check(text).claims} == {ScopeLevel.NATIONAL}


def test_people_referred_as_potential_victims_are_nrm_referrals() -> None:
    """The NRM is where people are referred as suspected or potential victims, even unnamed."""
    text = ("Humberside Police said 23 teenagers were referred as potential victims of exploitation. Another "
            "nine children were referred to a youth club.")
    assert [c.metric.value for c in check(text).claims] == ["nrm_referrals", "children_safeguarded"]


def _scopes(text: str) -> dict[str, str | None]:
    return {c.printed: c.scope.name for c in check(text).claims if c.unit.value != "date"}


def test_a_defendants_home_in_a_part_of_london_does_not_scope_a_case_in_another_force() -> None:
    text = ("Officers from Essex Police found 410g of crack cocaine at a flat in Harlow.\n\n"
            "Dele Ward, 26, from Tottenham, north London, was jailed for six years.")
    assert _scopes(text)["six years"] == "Harlow"


def test_a_london_councils_title_names_its_borough_not_the_met() -> None:
    text = ("London Borough of Greenwich\nCommunities Scrutiny Panel\n\n"
            "The panel heard that 46 young people had been referred to the exploitation hub this year.")
    assert _scopes(text)["46"] == "Greenwich"


def test_a_paragraph_on_a_boroughs_command_unit_does_not_carry_into_the_next() -> None:
    text = ("Lewisham council's youth service supported 58 children at risk of exploitation last year.\n\n"
            "The Met's South East BCU arrested 90 people for supply offences in the same period.\n\n"
            "The service also ran 12 parenting courses.")
    scopes = _scopes(text)
    assert scopes["90"] == "South East BCU"
    assert scopes["12"] == "Lewisham"


def test_the_towns_a_line_was_supplying_are_not_where_it_was_closed() -> None:
    text = ("Islington officers closed 20 lines in the autumn. Roughly a third of them had been supplying "
            "towns in Essex and Suffolk.")
    assert _scopes(text)["a third"] == "Islington"


def test_a_one_step_breadcrumb_gives_the_headline_no_town() -> None:
    text = ("Essex Police\nNews > Colchester\n\nSix arrested in drugs raids\n\n"
            "Six people were arrested after officers searched homes on Tuesday.")
    assert set(_scopes(text).values()) == {"Essex Police"}


def test_a_town_that_is_a_defendants_surname_is_no_place() -> None:
    text = ("In Walsall, three men were jailed over a county line. Kyle Stanley, 20, and Dean Moss, 24, ran the "
            "line with a third man. Stanley was jailed for four years.")
    claims = [c for c in check(text).claims if c.unit.value == "years"]
    assert [(c.printed, c.scope.name) for c in claims] == [("four years", "Walsall")]
    assert not [c for c in check(text).claims if c.printed == "20"]  # an age, not a count for a town


def test_a_second_item_found_somewhere_does_not_place_the_first() -> None:
    text = ("Officers in Lancashire seized nine knives and a sawn-off shotgun found in a loft in Layton.")
    assert _scopes(text)["nine"] == "Lancashire Constabulary"


def test_a_posts_handle_names_its_accounts_area() -> None:
    text = ("What people said online\n\n@kentpolice · 8:15am\nWeek of action: 33 arrests and 9 lines closed.\n\n"
            "@MedwayDad_Rob · 9:02am\nCounted 6 police vans on our street this morning.\n\n"
            "@YouthVoiceUK · 9:30am\nReplying to @kentpolice\n9 lines closed, but how many will be back next month?")
    scopes = _scopes(text)
    assert scopes["33"] == "Kent Police"
    assert scopes["6"] == "Medway"
    assert [c.scope.name for c in check(text).claims if c.printed == "9"] == ["Kent Police", "Kent Police"]


def test_a_force_named_by_its_area_publishing_its_figures_owns_them() -> None:
    text = ("Nationally, 1,000 people were arrested in the week.\n\n"
            "Humberside Police was one of the forces taking part. Humberside released its figures on Friday. "
            "It made 40 arrests.")
    assert _scopes(text)["40"] == "Humberside Police"


def test_a_paragraph_touring_the_forces_towns_hands_back_the_force() -> None:
    text = ("Officers across Thames Valley took part in a week of action, Thames Valley Police said.\n\n"
            "In Reading, officers visited schools. In Banbury, they watched a car park. In Oxford, teams checked "
            "on vulnerable tenants.\n\n"
            "Arrests: 41")
    assert _scopes(text)["41"] == "Thames Valley Police"
def test_two_forces_named_as_one_place_are_their_joint_area() -> None:
    """'across Norfolk and Suffolk' is where one figure was counted; each force's own figure stays its own."""
    text = ("Officers made 58 arrests across Suffolk and Norfolk during the week. Suffolk Constabulary made "
            "31 arrests and Norfolk Constabulary 27.")
    scopes = {c.printed: (c.scope.level, c.scope.name) for c in check(text).claims}
    assert scopes["58"] == (ScopeLevel.REGION, "Suffolk and Norfolk")
    assert scopes["31"] == (ScopeLevel.FORCE, "Suffolk Constabulary")
    assert scopes["27"] == (ScopeLevel.FORCE, "Norfolk Constabulary")


def test_two_forces_each_with_a_figure_are_not_joined() -> None:
    text = "In Suffolk and Norfolk, officers made 31 and 27 arrests respectively."
    assert {c.scope.level for c in check(text).claims} == {ScopeLevel.FORCE}


def test_small_towns_of_rural_forces_are_places_of_their_force() -> None:
    gaz = gazetteer()
    for town, force in [("Ingoldmells", "Lincolnshire Police"), ("Llanidloes", "Dyfed-Powys Police"),
                        ("Ludlow", "West Mercia Police"), ("Kington", "West Mercia Police"),
                        ("Thurso", "Police Scotland"), ("Fivemiletown", "Police Service of Northern Ireland (PSNI)"),
                        ("Looe", "Devon and Cornwall Police"), ("Cockermouth", "Cumbria Constabulary")]:
        assert gaz.place_force[town] == force, town


def test_the_highlands_are_police_scotlands_highland_division() -> None:
    text = "Police in the Highlands made 14 arrests in a week of checks on the A9."
    assert check(text).claims[0].scope.name == "Highlands and Islands Division"


def test_a_year_opening_the_sentence_is_the_figures_year() -> None:
    """'Over the whole of 2024, ...' frames the sentence; 'a rise over 2023' is a comparison's base."""
    claims = check("Published 2 June 2025\n\nOver the whole of 2024, the force closed 31 county lines.").claims
    assert [c.year for c in claims if c.metric.value == "lines_closed"] == [2024]


def test_ages_listed_after_aged_are_not_figures() -> None:
    claims = check("Three men, aged 18, 20 and 26, were arrested at the address.").claims
    assert [c.printed for c in claims] == ["Three"]


@pytest.mark.parametrize(("text", "metric"), [
    ("The Home Office recorded 1,047 closures in the year.", "lines_closed"),
    ("The council obtained 19 closure orders on cuckooed flats.", "other"),
    ("Line closures have more than doubled since the programme began.", "lines_closed"),
    ("Cash seizures nearly trebled over five years.", "cash_seized"),
    ("NRM referrals of children doubled between 2019 and 2024.", "nrm_referrals"),
    ("Officers carried out 310 visits to addresses where a resident was at risk.", "cuckooing_visits"),
    ("Housing officers helped police visit 84 tenancies flagged by landlords.", "cuckooing_visits"),
])
def test_statistics_release_wordings_name_their_metric(text: str, metric: str) -> None:
    """Statistics releases and analysis write 'closures', multiples and visits where press releases
    write 'lines closed' and figures: each still counts the same thing."""
    assert check(text).claims[0].metric.value == metric


def test_sums_listed_under_a_funding_lead_are_funding_and_that_sum_is_the_same_money() -> None:
    text = ("The programme was given £5.5 million this year. Half of that £5.5 million went to two forces.\n\n"
            "The minister said the funding had been allocated as follows:\n\n"
            "- Kent Police: £3.1 million\n- Essex Police: £2.4 million")
    assert [c.metric.value for c in check(text).claims if c.printed.startswith("£")] == ["funding"] * 4


def test_a_group_of_forces_counted_by_number_is_not_the_force_named_before() -> None:
    text = ("Merseyside Police recorded 318 closures. The remaining 39 forces recorded 838 closures between them.")
    scopes = {c.printed: (c.scope.level, c.scope.name) for c in check(text).claims}
    assert scopes["318"] == (ScopeLevel.FORCE, "Merseyside Police")
    assert scopes["838"] == (ScopeLevel.REGION, "remaining 39 forces")


def test_a_part_said_to_be_in_a_town_is_the_towns_and_its_base_the_forces() -> None:
    text = "Devon and Cornwall Police said 35 of its 96 closures were in Plymouth."
    scopes = {c.printed: c.scope.name for c in check(text).claims}
    assert scopes == {"35": "Plymouth", "96": "Devon and Cornwall Police"}


def test_of_its_after_a_force_names_that_force_not_the_region() -> None:
    text = ("Forces in the South West closed 309 lines.\n\nAvon and Somerset accounted for 38% of the regional "
            "total. Of its 118 closures, 74 were in Bristol.")
    scopes = {c.printed: c.scope.name for c in check(text).claims}
    assert scopes["118"] == "Avon and Somerset Police"


def test_a_schemes_lifetime_is_a_period_of_its_own() -> None:
    text = "Since the Divert programme began, caseworkers have worked with 530 young people."
    assert check(text).claims[0].period == "since the divert programme began"


def test_what_a_seized_thing_is_worth_is_not_cash_seized() -> None:
    text = "Officers seized £9,000 in cash. They also took away six cars, one of them a van valued at about £25,000."
    assert [c.metric.value for c in check(text).claims if c.printed.startswith("£")] == ["cash_seized", "other"]


@pytest.mark.parametrize("respectively", [False, True])
def test_two_forces_as_the_subject_of_one_figure_are_their_joint_area(respectively: bool) -> None:
    text = ("Officers from Cheshire Police and Merseyside Police made 30 arrests" +
            (" and 12 arrests respectively." if respectively else " during the operation."))
    first = check(text).claims[0]
    joint = (first.scope.level, first.scope.name) == (ScopeLevel.REGION, "Cheshire and Merseyside")
    assert joint is not respectively


def test_a_figure_followed_by_nationally_is_national_though_the_sentence_names_a_region() -> None:
    text = "Forces in the North East made 640 arrests in the year, out of 9,800 nationally."
    scopes = {c.printed: (c.scope.level, c.scope.name) for c in check(text).claims}
    assert scopes["640"] == (ScopeLevel.REGION, "North East")
    assert scopes["9,800"][0] is ScopeLevel.NATIONAL
    assert [c.metric.value for c in check(text).claims] == ["arrests", "arrests"]


def test_a_paragraph_about_where_the_work_happened_ends_a_national_aside() -> None:
    text = ("Across England and Wales, forces made 1,300 arrests.\n\n"
            "Most of the activity in Cumbria focused on Kendal. A search led to £3,000 in cash.")
    assert check(text).claims[-1].scope.name == "Cumbria Constabulary"


def test_a_region_naming_a_charity_is_not_the_area_of_the_people_it_met() -> None:
    text = ("Durham Constabulary safeguarded 36 people. Sam Lee of the North East youth charity Safe Haven said "
            "they had met 11 young people referred by officers.")
    assert check(text).claims[-1].scope.level is ScopeLevel.FORCE


def test_two_towns_of_one_force_spanned_by_across_are_that_forces_work() -> None:
    """'across Luton and Bedford' spans one force's towns; 'in Luton and Bedford' and a nation's towns stay places."""
    spanned = check("Officers executed 12 warrants across Luton and Bedford during the week.").claims[0].scope
    assert (spanned.level, spanned.name) == (ScopeLevel.FORCE, "Bedfordshire Police")
    assert check("Officers made 12 arrests in Luton and Bedford.").claims[0].scope.level is ScopeLevel.PLACE
    assert check("Officers made 12 arrests across Glasgow and Paisley.").claims[0].scope.level is ScopeLevel.PLACE


def test_a_charity_named_by_its_town_counts_in_that_town_for_its_paragraph() -> None:
    """The charity's referrals are its town's; the force's money beside it and the next paragraph stay the force's."""
    text = ("Dorset Police made 31 arrests during the week.\n\n"
            "Amy Lane, of the Weymouth-based charity Harbour Steps, said: \"We have had six referrals from "
            "officers, and the council gave us £20,000 for the work.\"\n\n"
            "The force also closed 4 lines.")
    scopes = {c.printed: c.scope.name for c in check(text).claims}
    assert scopes["six"] == "Weymouth"
    assert scopes["31"] == scopes["4"] == "Dorset Police"
    assert scopes["£20,000"] == "Dorset Police"


@pytest.mark.parametrize("text", [
    "The county council has pledged £80,000 over two years to keep its youth hub open.",
    "An extra £64,000 has been earmarked for outreach workers in the town.",
    "The mayor's office awarded £35,000 to a mentoring scheme.",
    "The project is supported by £48,000 from the Police and Crime Commissioner.",
    "Each year the charity receives £90,000 from the city council.",
    "The scheme will cost £2.1m over three years.",
    "Ministers announced £12 million for the specialist support service.",
])
def test_money_a_funder_gives_promises_or_spends_is_funding(text: str) -> None:
    assert [c.metric.value for c in check(text).claims if c.unit.value == "GBP"][0] == "funding"


def test_the_sums_a_funding_total_is_split_into_are_funding_and_not_one_figure_misprinted() -> None:
    text = ("The commissioner has committed £900,000 to the work: £500,000 for a youth team and £400,000 for "
            "outreach.\n\nThe council's own budget adds £700,000, and a lottery grant another £250,000.")
    report = check(text)
    assert [c.metric.value for c in report.claims[:3]] == ["funding"] * 3
    assert not report.contradictory


@pytest.mark.parametrize("text", [
    "This year the commissioner is spending £320,000 to tackle drug-related harm, including £120,000 for the "
    "force's county lines team and £90,000 for a youth mentoring service.",
    "The town council agreed to contribute £2,000 towards a new youth shelter.",
    "Council approves £1.8m plan for a youth centre",
])
def test_money_given_for_a_purpose_is_funding_whatever_the_purpose_names(text: str) -> None:
    """The words after 'to tackle' or 'including' name what the money pays for ('drug-related harm'),
    never that it is the value of drugs."""
    assert {c.metric.value for c in check(text).claims if c.unit.value == "GBP"} == {"funding"}


def test_a_sum_paid_to_a_runner_is_still_no_funding() -> None:
    text = "He was offered £300 to take a bag of heroin to Exeter."
    assert [c.metric.value for c in check(text).claims if c.unit.value == "GBP"] == ["other"]


def test_a_cash_total_announced_by_the_police_stays_cash() -> None:
    text = "Officers seized £48,000 in cash, a total announced by the force on Monday."
    assert check(text).claims[0].metric.value == "cash_seized"


@pytest.mark.parametrize(("text", "metrics"), [
    ("Durham Constabulary closed 14 and Cleveland Police 9.", ["lines_closed", "lines_closed"]),
    ("Officers shut 21 lines this year, up 40 per cent on the 15 closed last year.",
     ["lines_closed", "lines_closed", "lines_closed"]),
    ("Closing six in a fortnight makes a difference, the inspector said.", ["lines_closed"]),
    ("Eleven men were arrested as officers closed the flat.", ["arrests"]),
    ("Four specialist teams shut 90 lines.", ["other", "lines_closed"]),
])
def test_what_forces_close_is_lines_when_the_figure_names_nothing_else(text: str, metrics: list[str]) -> None:
    assert [c.metric.value for c in check(text).claims if c.unit.value in ("count", "percent")] == metrics


def test_the_whole_of_lines_closed_out_of_a_number_is_all_the_lines_not_lines_closed() -> None:
    claims = check("Officers closed 12 lines out of 40.").claims
    assert [c.metric.value for c in claims] == ["lines_closed", "other"]


@pytest.mark.parametrize("text", [
    "Kent Police made 61 arrests, while Essex Police made 44 and seized 12 knives.",
    "Kent accounted for 61 of the arrests, with Medway alone making 44 and seizing £3,000.",
    "Kent Police made 61 arrests and closed eight lines. Essex Police made 44.",
    "The arrests were spread across the county. Maidstone saw 44, Medway 20.",
])
def test_a_verb_whose_object_is_left_out_counts_what_that_verb_counted_before(text: str) -> None:
    assert [c.metric.value for c in check(text).claims if c.value.point == 44] == ["arrests"]


def test_a_financial_year_named_by_both_its_years_is_one_year_wherever_the_figure_stands() -> None:
    text = ("The programme closed 1,600 lines in 2024 to 2025.\n\nLines closed by year:\n"
            "- 2023 to 2024: 1,450\n- 2024 to 2025: 1,600")
    report = check(text)
    assert [c.year for c in report.claims] == [2024, 2023, 2024]
    assert not report.contradictory


@pytest.mark.parametrize("text", [
    "Officers visited six schools, speaking to around 700 pupils about exploitation.",
    "Youth workers spoke with more than 250 passengers at the station.",
    "The team briefed 90 hotel staff on the warning signs.",
    "Assemblies in 12 schools reached staff, reaching about 3,000 students.",
    "PCSOs ran sessions for 140 young people at the leisure centre.",
])
def test_people_reached_by_outreach_are_people_engaged(text: str) -> None:
    claims = check(text).claims
    assert [c.metric.value for c in claims][-1] == "people_engaged"


def test_taking_is_not_read_as_talking() -> None:
    text = "On top of arresting more than 40 people and taking knives off the streets, officers did well."
    assert check(text).claims[0].metric.value == "arrests"


def test_a_part_of_a_months_figure_is_a_count_in_its_place_not_a_date() -> None:
    text = ("Derbyshire Constabulary made 90 arrests this year.\n\nOfficers focused on Derby in May, but "
            "in October they went north: 21 of October's 58 arrests were made in Chesterfield.")
    claims = {c.text.split()[0]: c for c in check(text).claims}
    assert claims["21"].unit.value == "count" and claims["21"].scope.name == "Chesterfield"
    assert claims["58"].scope.name == "Derbyshire Constabulary"  # not the town named before the colon


def test_a_newspapers_masthead_does_not_place_the_headline() -> None:
    text = ("DERBY EVENING COURIER\n\nTwo weeks of action, 99 arrests: is Derbyshire winning?\n\n"
            "Derbyshire Constabulary made 99 arrests this year.")
    headline = check(text).claims[1]
    assert headline.text.startswith("99") and headline.scope.name == "Derbyshire Constabulary"


def test_a_national_body_that_figures_are_sent_to_is_not_their_area() -> None:
    text = ("Lancashire Constabulary made 30 arrests in the week. Officers made 26 referrals to the National "
            "Referral Mechanism during the week, including 15 for children.")
    scopes = {c.value.point: (c.scope.level.value, c.scope.name) for c in check(text).claims}
    assert scopes[15] == scopes[26] == ("force", "Lancashire Constabulary")
    said_by = check("According to the Home Office, 900 lines were closed across England and Wales.").claims[0]
    assert said_by.scope.level is ScopeLevel.NATIONAL


def test_a_town_written_before_what_a_figure_counts_is_that_figures_area() -> None:
    text = ("Stoke-on-Trent children at risk\n\nStaffordshire Police recorded 900 missing episodes involving "
            "300 Stoke-on-Trent children.\n\nStaffordshire Police's team also carried out 40 visits to addresses in the city.")
    scopes = {c.value.point: c.scope.name for c in check(text).claims}
    assert scopes[300] == scopes[40] == "Stoke-on-Trent"


def test_a_london_wide_service_counts_for_the_london_region_not_the_met() -> None:
    claim = check("Our pan-London service supported 612 young people last year.").claims[0]
    assert (claim.scope.level, claim.scope.name) == (ScopeLevel.REGION, "London Region")


def test_parts_of_a_count_of_children_count_children() -> None:
    text = ("Around 130 children were feared to be exploited. The panel considered 126 children. Of those, 71 were "
            "assessed as being at risk of criminal exploitation and 38 at risk of sexual exploitation.")
    metrics = {c.value.point: c.metric.value for c in check(text).claims}
    assert metrics[71] == metrics[38] == "children_safeguarded"
@pytest.mark.parametrize(("text", "value"), [
    ("Officers arrested 50 people. Roughly half of those arrested have since been charged.", "half"),
    ("Of the 30 people held, nine of the people arrested went on to be charged.", "nine"),
    ("In past weeks about a quarter of arrests led to a charge within a month.", "quarter"),
    ("Five of those detained appeared before Leeds Magistrates' Court on Monday.", "Five"),
])
def test_a_share_whose_verb_is_charged_counts_the_charged(text: str, value: str) -> None:
    claim = next(c for c in check(text).claims if value in c.text)
    assert claim.metric.value == "charged"


def test_the_base_of_a_charged_share_stays_the_arrested() -> None:
    claims = check("Police made 40 arrests. Twelve of the 40 people arrested have been charged.").claims
    assert [c.metric.value for c in claims] == ["arrests", "charged", "arrests"]


def test_people_arrested_who_were_later_charged_are_still_the_arrested() -> None:
    claims = check("Police arrested 23 people, who have since been charged.").claims
    assert claims[0].metric.value == "arrests"


@pytest.mark.parametrize("text", [
    "Police disrupted 18 drug supply lines. Of the 18 lines, seven ran into Leeds, six into Bradford and five into Hull.",
    "The force closed 18 lines last year. Most of them - 7 of the 18 - were run from Liverpool.",
])
def test_the_same_count_named_again_with_the_counts_what_it_counted(text: str) -> None:
    claims = check(text).claims
    assert {c.metric.value for c in claims} == {"lines_closed"}


@pytest.mark.parametrize("text", [
    "Officers made 44 arrests. Medway accounted for 20 of the arrests, while 14 were made in Thanet.",
    "Officers made 44 arrests across Kent. The remaining 14 were made in Thanet and Dover.",
])
def test_a_figure_that_was_made_counts_what_the_story_made(text: str) -> None:
    assert [c.metric.value for c in check(text).claims if c.value.point == 14] == ["arrests"]


@pytest.mark.parametrize("text", [
    "Officers visited 40 hotels, taxi firms and takeaways to brief staff on the warning signs.",
    "The team briefed 220 taxi drivers on how to spot exploitation.",
])
def test_businesses_whose_staff_an_outreach_briefs_count_people_engaged(text: str) -> None:
    assert check(text).claims[0].metric.value == "people_engaged"


def test_a_hotel_named_in_a_raid_is_not_outreach() -> None:
    claims = check("Officers searched three hotels and arrested two men.").claims
    assert claims[0].metric.value != "people_engaged"


@pytest.mark.parametrize(("text", "value"), [
    ("Durham Police made 120 arrests, eight fewer than the 128 it made the year before.", 128),
    ("Durham Police closed 60 lines against 52 the previous year.", 52),
    ("Durham Police closed 60 lines in 2024. That is a rise of 15 per cent.", 15),
    ("Arrests were slightly down on the 1,150 recorded in the spring.", 1150),
])
def test_a_base_or_change_counts_what_it_is_set_against(text: str, value: int) -> None:
    claim = next(c for c in check(text).claims if c.value.point == value)
    assert claim.metric.value in ("arrests", "lines_closed")


def test_a_tables_caption_names_what_its_rows_count() -> None:
    text = ("The figures were spread unevenly.\n\nLines closed, 2024\n"
            "Kent Police - 30\nEssex Police - 20\nSussex Police - 10\nTotal - 60\n")
    assert {c.metric.value for c in check(text).claims if c.unit.value == "count"} == {"lines_closed"}


def test_a_tables_total_row_is_the_tables_area_not_its_last_rows() -> None:
    text = ("Hertfordshire Constabulary made 39 arrests in its previous week of action.\n\nTable 2: Arrests by district\n\n"
            "  District          Arrests\n  Watford                14\n  Stevenage              11\n"
            "  Dacorum                 6\n  Total                  31\n")
    total = check(text).claims[-1]
    assert (total.value.point, total.metric.value, total.scope.name) == (31, "arrests", "Hertfordshire Constabulary")


def test_a_section_heading_takes_a_national_story_back_from_the_force_its_last_paragraph_named() -> None:
    text = ("Forces across England and Wales closed 2,900 county lines last year, a report says.\n\n"
            "In the Avon and Somerset area, which the authors studied closely, 210 children were referred.\n\n"
            "Costs\n\n"
            "The report puts the cost of each exploited child at £70,000.")
    scopes = {c.printed: c.scope for c in check(text).claims}
    assert scopes["210"].level is ScopeLevel.FORCE
    assert scopes["£70,000"].level is ScopeLevel.NATIONAL


def test_a_bulleted_summary_is_the_opening_a_force_round_up_hands_back_to() -> None:
    """The summary's national totals open the story; the paragraph after the forces' own counts is national again."""
    text = ("County lines outcomes for England and Wales, Home Office statistics\n\n"
            "This release gives the outcomes of the national County Lines Programme for the year.\n\n"
            "Main points\n\n"
            "- police forces closed 3,000 county lines\n"
            "- 9,000 people were arrested\n\n"
            "Closures by force\n\n"
            "Merseyside Police recorded 400 closures. Greater Manchester Police, a newer taskforce, recorded 250.\n\n"
            "The number of arrests fell from 9,500 the year before.")
    scopes = {c.printed: c.scope for c in check(text).claims}
    assert scopes["250"].name == "Greater Manchester Police (GMP)"
    assert scopes["9,500"].level is ScopeLevel.NATIONAL


def test_a_count_followed_by_in_england_and_wales_is_national_in_a_force_story() -> None:
    text = ("Thames Valley Police safeguarded 40 children in the week.\n\n"
            "Some 12,000 children in England and Wales are exploited by drug gangs, a charity says.")
    assert [c.scope.level for c in check(text).claims] == [ScopeLevel.FORCE, ScopeLevel.NATIONAL]


def test_what_the_county_lines_programme_closed_is_the_countrys() -> None:
    text = ("Norfolk Constabulary closed 40 lines last year.\n\n"
            "The County Lines Programme closed 1,600 deal lines in the same year, the minister said.")
    assert [c.scope.level for c in check(text).claims] == [ScopeLevel.FORCE, ScopeLevel.NATIONAL]


@pytest.mark.parametrize("text", [
    "Cumbria and Lancashire made 18 and 25 arrests respectively.",
    "Officers in Cumbria, Lancashire and Merseyside seized £4,000, £6,500 and £9,000 respectively.",
])
def test_respectively_pairs_the_areas_with_the_figures_in_order(text: str) -> None:
    names = [c.scope.name for c in check(text).claims]
    assert names == ["Cumbria Constabulary", "Lancashire Constabulary", "Merseyside Police"][: len(names)]
    assert len(names) >= 2


def test_a_scene_set_without_figures_is_its_paragraphs_town_only() -> None:
    """'A flat in Dover was searched.' says where the next sentence's finds were; the next paragraph is the story's town again."""
    text = ("Three men were jailed for running a drugs line in Folkestone, where they sold crack and heroin.\n\n"
            "A second flat in Dover linked to the gang was searched the same morning. Officers recovered £8,000 in cash.\n\n"
            "The line sent more than 9,000 messages to users.")
    scopes = {c.printed: c.scope.name for c in check(text).claims}
    assert scopes["£8,000"] == "Dover"
    assert scopes["9,000"] == "Folkestone"


def test_a_line_under_a_heading_that_named_a_town_keeps_the_town() -> None:
    text = ("Kent Police made 60 arrests in the week.\n\n"
            "What happens next\n\n"
            "The force will publish its results in May.\n\n"
            "STORY 2: MARGATE PARKING\n"
            "[COPY ONLY]\n\n"
            "Parking in the town centre will cost £3.20 an hour.")
    assert check(text).claims[-1].scope.name == "Margate"


def test_the_forces_a_force_is_ranked_among_do_not_move_the_story_to_the_country() -> None:
    text = ("Cleveland has the third highest rate of the 43 forces in England and Wales, new figures show.\n\n"
            "The data shows Cleveland Police recorded 1,200 offences.\n\n"
            "Over the same period, officers seized £600,000 in cash.")
    scopes = {c.printed: c.scope for c in check(text).claims}
    assert scopes["43"].level is ScopeLevel.NATIONAL
    assert scopes["£600,000"].name == "Cleveland Police"


def test_a_force_whose_officers_worked_with_the_story_force_does_not_make_the_story_national() -> None:
    text = ("Four jailed over drugs line\n\n"
            "Monday 14 September 2020\n\n"
            "Four men who ran a drugs line from Liverpool to Shrewsbury have been jailed for a combined 22 years.\n\n"
            "The line sent messages to 250 customers. Detectives from West Mercia Police said it made £2,000 a day.\n\n"
            "The case followed an investigation by West Mercia Police, working with officers from Merseyside Police.")
    assert check(text).claims[0].scope.name == "West Mercia Police"


def test_of_the_areas_count_opening_a_sentence_names_the_area_of_the_figures_after() -> None:
    """After a national aside, 'Of the Lincolnshire arrests, ...' goes back to the force, and the next sentence stays there."""
    text = ("Lincolnshire Police made 38 arrests in the week.\n\n"
            "The results were published alongside national figures showing 1,204 arrests across England and Wales.\n\n"
            "Of the Lincolnshire arrests, 14 were made in Lincoln and 11 in Boston. Officers closed nine deal lines.")
    assert check(text).claims[-1].scope.name == "Lincolnshire Police"


def test_the_unitary_councils_that_replaced_cumbria_county_council_are_places_in_the_force() -> None:
    text = ("Cumbria Constabulary made 64 arrests in Westmorland and Furness last year. Officers also "
            "closed 12 lines in Cumberland, seven of them in Carlisle.")
    scopes = {c.printed: (c.scope.level.value, c.scope.name) for c in check(text).claims}
    assert scopes["64"] == ("place", "Westmorland and Furness")
    assert scopes["12"] == ("place", "Cumberland")
    assert scopes["seven"] == ("place", "Carlisle")


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("Officers helped 40 vulnerable people to safety, eleven of them under 17.", "eleven"),
        ("The council said 14 of the 52 people it had safeguarded were aged under 18.", "14"),
        ("Some 300 vulnerable people were safeguarded. Children made up 40 per cent of those safeguarded.", "40 per cent"),
        ("Vulnerable people safeguarded: 88\nOf which children: 35\nWarrants: 12", "35"),
        ("In all 70 people were safeguarded, of whom 28 were children, or 40 per cent.", "40 per cent"),
    ],
)
def test_a_part_of_the_people_safeguarded_said_to_be_children_counts_children(text: str, printed: str) -> None:
    assert [c.metric.value for c in check(text).claims if c.printed == printed] == ["children_safeguarded"]


def test_the_base_of_a_share_said_to_be_under_18_is_everyone_safeguarded() -> None:
    claims = check("Eight of the 30 people safeguarded were under 18.").claims
    assert [(c.printed, c.metric.value) for c in claims] == [
        ("Eight", "children_safeguarded"), ("30", "safeguarded")]


@pytest.mark.parametrize("text", [
    "Officers safeguarded 25 children and vulnerable adults during the week.",
    "Adults and children safeguarded: 25",
])
def test_children_counted_with_adults_are_everyone_safeguarded(text: str) -> None:
    assert [c.metric.value for c in check(text).claims if c.printed.startswith("25")] == ["safeguarded"]


@pytest.mark.parametrize(
    "text",
    [
        "Officers seized 20 mobile phones, including six suspected deal-line handsets.",
        "Officers seized 20 mobile phones. Detectives believe six of the phones were in use as deal lines.",
        "The haul included 20 mobile phones, of which six were confirmed as 'deal line' handsets.",
    ],
)
def test_phones_said_to_be_deal_lines_count_deal_lines_seized(text: str) -> None:
    metrics = {c.printed.split()[0]: c.metric.value for c in check(text).claims}
    assert (metrics["20"], metrics["six"]) == ("phones", "deal_lines_seized")


def test_a_stun_gun_is_a_weapon_not_a_firearm() -> None:
    claims = check("Officers seized nine weapons: two firearms, six knives and one stun gun.").claims
    assert [c.metric.value for c in claims] == ["weapons", "firearms", "knives", "weapons"]


def test_a_later_count_of_referrals_after_nrm_referrals_is_nrm_too() -> None:
    text = ("Essex Police referred 240 children to the National Referral Mechanism last year. "
            "Boys accounted for 180 of last year's referrals and girls for 60.")
    assert [c.metric.value for c in check(text).claims] == ["nrm_referrals"] * 3


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Officers visited more than 90 homes where they feared a tenant was being exploited.", "cuckooing_visits"),
        ("Neighbourhood officers knocked on 45 doors on the estate.", "cuckooing_visits"),
    ],
)
def test_the_places_an_operation_calls_at_count_its_visits(text: str, metric: str) -> None:
    assert [c.metric.value for c in check(text).claims] == [metric]


@pytest.mark.parametrize(
    "text",
    [
        "A further £200,000 goes to youth diversion schemes.",
        "The council will review its £900,000 child exploitation scheme.",
        "Around £150,000 had gone on detached youth work so far.",
    ],
)
def test_money_named_by_what_it_pays_for_is_funding(text: str) -> None:
    assert [c.metric.value for c in check(text).claims] == ["funding"]


@pytest.mark.parametrize(
    "text",
    [
        "Ministers said another £2.5 million would be made available to rural forces.",
        "That lifts total spending on the scheme since it began in 2020 to £14m.",
    ],
)
def test_money_made_available_or_totalled_as_spending_is_funding(text: str) -> None:
    assert {c.metric.value for c in check(text).claims if c.unit.value == "GBP"} == {"funding"}


@pytest.mark.parametrize(
    ("text", "metric"),
    [
        ("Officers seized £5,200 in cash and class A drugs worth £30,000.", "cash_seized"),
        ("More than 80 arrests and over £100,000 taken out of the hands of dealers.", "cash_seized"),
        ("The gang's £40,000 of drugs and cash was found in a loft.", "other"),
    ],
)
def test_a_sum_in_cash_or_taken_from_dealers_is_cash_seized(text: str, metric: str) -> None:
    assert [c.metric.value for c in check(text).claims if c.unit.value == "GBP"][0] == metric


@pytest.mark.parametrize("text", [
    "Officers took 14 deal lines out of action during the week.",
    "Detectives put six county lines out of business.",
    "Twelve county lines were closed during the week, seven by Kent officers and five by Essex officers.",
])
def test_lines_taken_out_of_action_are_lines_closed(text: str) -> None:
    assert {c.metric.value for c in check(text).claims} == {"lines_closed"}
def test_a_charity_speaker_introduced_with_the_town_they_work_in_counts_there() -> None:
    """A charity or project named with the town it works in after it ("who runs a project in Hartlepool",
    "The Hull-based charity ...") counts its young people there, in a national story too, into the next
    paragraph of the same quote; the police's arrests the speaker talks about stay where they were."""
    text = ("Police across England and Wales made 1,400 arrests during the national week.\n\n"
            "\"Nobody counts the children,\" said Dana Pike, who runs a mentoring project in Hartlepool. "
            "\"We saw 212 young people last year. The 1,400 arrests change nothing.\"\n\n"
            "\"We have had 40 more since the summer,\" she added.\n\n"
            "The Hull-based youth charity Safe Steps said it had worked with 96 young people.")
    scopes = {c.printed: (c.scope.level.value, c.scope.name) for c in check(text).claims}
    assert scopes["212"] == scopes["40"] == ("place", "Hartlepool")
    assert scopes["96"] == ("place", "Hull")
    assert [c.scope.level.value for c in check(text).claims if c.printed == "1,400"] == ["national", "national"]


def test_a_count_said_to_be_recorded_nationally_is_the_countrys_in_a_forces_story() -> None:
    text = ("Kent Police arrested people all week. Kent made 61 of the 1,210 arrests recorded nationally, "
            "and the South East accounted for about 30% of all arrests nationally.")
    scopes = {c.printed: c.scope.level.value for c in check(text).claims}
    assert scopes["1,210"] == "national"
    assert scopes["61"] == "force"
    assert scopes["30%"] == "region"


def test_figures_said_of_what_several_forces_can_do_together_are_the_regions() -> None:
    """After a paragraph about one force, a quote about what "five forces can do" goes back to the region."""
    text = ("Forces across the South West made 141 arrests in a week of action.\n\n"
            "In Dorset, officers carried out 30 visits in Poole and Weymouth.\n\n"
            "Jo Hart, head of the regional unit, said: \"Gangs ignore borders. More than 140 arrests in a week "
            "shows what five forces can do when they work as one.\"")
    scopes = {c.printed: (c.scope.level.value, c.scope.name) for c in check(text).claims}
    assert scopes["140"] == ("region", "South West")
    assert scopes["30"] == ("place", "Poole and Weymouth")


def test_where_lines_are_run_from_is_not_where_a_forces_figures_were_counted() -> None:
    text = ("Devon and Cornwall Police, whose towns are a common market for lines run out of London and the "
            "West Midlands, recorded 94 arrests. Of the 58 lines it closed, 34 were linked to networks based "
            "in Merseyside.")
    claims = check(text).claims
    assert {c.scope.name for c in claims} == {"Devon and Cornwall Police"}


def test_districts_a_force_reports_by_are_places_of_that_force() -> None:
    claims = check("Derbyshire and Nottinghamshire officers made 12 arrests in Bassetlaw, nine in the High Peak "
                   "and four in North East Derbyshire.").claims
    assert [(c.scope.level.value, c.scope.name) for c in claims] == [
        ("place", "Bassetlaw"), ("place", "High Peak"), ("place", "North East Derbyshire")]


def test_the_countrys_forces_a_force_was_among_do_not_make_its_story_national() -> None:
    text = ("Thirty-two people were arrested in Hull, Grimsby and Scunthorpe during a week of action against "
            "county lines, Humberside Police has said.\n\n"
            "The force was among 43 in England and Wales taking part in the latest national intensification week.\n\n"
            "Officers said 11 deal lines had been shut down.")
    scopes = {c.printed: (c.scope.level.value, c.scope.name) for c in check(text).claims}
    assert scopes["43"][0] == "national"
    assert scopes["11"] == ("force", "Humberside Police")


def test_an_area_inside_a_relative_clause_about_the_subject_does_not_take_the_figure_after_it() -> None:
    text = ("Durham Constabulary made 40 arrests in the week. Cleveland Police, which shares a border with "
            "Durham, reported 35 arrests of its own.")
    assert [c.scope.name for c in check(text).claims] == ["Durham Constabulary", "Cleveland Police"]


def test_barrow_is_the_town_barrow_in_furness() -> None:
    claim = check("Officers arrested nine people in Barrow during the week.").claims[0]
    assert (claim.scope.level, claim.scope.name) == (ScopeLevel.PLACE, "Barrow")


def test_the_force_means_the_one_force_the_sentence_before_named_though_it_gave_no_figure() -> None:
    text = ("Kent Police closed 60 lines in the year.\n\nNext door, Essex Police closed 45.\n\n"
            "The rise in Kent follows new funding. The force's county lines team now has 30 officers.")
    assert check(text).claims[-1].scope.name == "Kent Police"


def test_a_letter_about_an_operation_in_a_town_gives_the_town_the_figures_it_quotes() -> None:
    text = ("THE DALES ECHO | OPINION\n\nLetters to the Editor\nMonday 9 March 2026\n\n"
            "Write to the Letters Editor. Letters may be edited.\n\nToo little, too late\n\n"
            "Your report (Tuesday 3 March) on the police crackdown on drug dealing in Wakefield was sobering. "
            "Forty arrests in a week, and £20,000 in cash.\n\n"
            "West Yorkshire Police tell me they are stretched.")
    counted = [c for c in check(text).claims if c.unit is not Unit.DATE]
    assert {c.scope.name for c in counted} == {"Wakefield"}


def test_a_feature_under_a_quoted_headline_is_about_the_town_its_first_paragraph_sets_the_scene_in() -> None:
    text = ('WEEKEND | FAMILY\n\n"She was 14 and I did not know where she was for days"\n\n'
            "A Kent father on how a Merseyside gang groomed his daughter\n\nBy A Reporter\n\n"
            "The hallway of the terraced house in Margate is lined with photographs.\n\n"
            "She went missing 12 times that winter.")
    claim = check(text).claims[-1]
    assert (claim.scope.level, claim.scope.name) == (ScopeLevel.PLACE, "Margate")


def test_a_figure_said_only_with_when_it_was_counted_counts_what_the_list_before_it_counts() -> None:
    text = "Durham Constabulary made 80 arrests in 2023, 72 in 2024 and 65 this year."
    assert [c.metric.value for c in check(text).claims] == ["arrests"] * 3


def test_a_town_after_a_given_name_as_a_persons_subject_is_a_surname() -> None:
    text = "Four men from Luton were jailed. His cousin got eight years, while Kyle Barrow was jailed for six years."
    assert "Barrow" not in {c.scope.name for c in check(text).claims}


def test_a_region_under_a_heading_comparing_the_force_stays_the_regions() -> None:
    text = ("Kent Police made 80 arrests during the week.\n\nHow Kent compares\n\n"
            "Forces in the South East region made 300 arrests between them.")
    assert check(text).claims[-1].scope.name == "South East"


def test_a_dashboard_line_names_its_own_figure_only() -> None:
    """'Maidstone: 12' is Maidstone's; the lines after it are the force's again, each counting what its label says."""
    text = ("Kent Police monthly figures\n\nARRESTS\nTotal arrests: 40\nMaidstone: 12\nMade with other forces: 9\n\n"
            "CHARGES\nPeople charged: 15\nRemanded in custody: 6\n\nSAFEGUARDING\nChildren safeguarded: 8\n")
    got = {c.printed: (c.metric.value, c.scope.name) for c in check(text).claims}
    assert got["12"][1] == "Maidstone"
    assert got["15"] == ("charged", "Kent Police")
    assert got["6"] == ("other", "Kent Police")  # held until trial, not arrested
    assert got["8"] == ("children_safeguarded", "Kent Police")


def test_two_forces_publishing_their_results_together_are_their_joint_area() -> None:
    text = ("Cleveland Police and Durham Constabulary have published the results of a week of action which ran "
            "from Monday 3 March to Sunday 9 March.\n\n"
            "Forty people were arrested. Cleveland Police made 25 of the arrests and Durham Constabulary 15.")
    scopes = {c.printed: c.scope.name for c in check(text).claims}
    assert scopes["Forty"] == "Cleveland and Durham"


def test_a_site_trail_naming_several_areas_gives_the_story_none_of_them() -> None:
    text = ("News | Carlisle | Dumfries\n\nBorder raids net 30 arrests\n\n"
            "Police on both sides of the border arrested 30 people in a week.\n\n"
            "Cumbria Constabulary arrested 12 people and Police Scotland 18.")
    report = check(text)
    assert report.claims[0].scope.level is ScopeLevel.NATIONAL
    assert not [f for f in report.findings if f.status is Status.CONTRADICTORY]


def test_a_joint_operation_named_in_the_lead_makes_the_headline_joint() -> None:
    text = ("THE WEALD GAZETTE\n\nTwenty charged after raids\n\nBy Sam Reporter\n\n"
            "Twenty people have been charged after a joint operation by Kent Police and Essex Police.\n\n"
            "Kent Police made 30 arrests and Essex Police 25.")
    assert check(text).claims[0].scope.name == "Kent and Essex"


def test_a_joint_area_lists_an_area_whose_name_has_an_and() -> None:
    text = "Devon and Cornwall Police and Dorset Police ran a joint operation. Together the two forces made 54 arrests."
    assert check(text).claims[-1].scope.name == "Devon, Cornwall and Dorset"


def test_the_two_ends_of_a_route_named_with_between_are_not_the_figures_area() -> None:
    text = "Officers in Carlisle stopped cars used to move drugs between Liverpool and Glasgow, and arrested 12 people."
    assert check(text).claims[0].scope.name == "Carlisle"


def test_the_same_period_after_another_metrics_dated_figure_is_that_period() -> None:
    text = ("Police Scotland made 143 arrests in the 12 months to January. Cumbria Constabulary said it had "
            "closed 38 county lines in the same period.")
    claims = {c.printed: c for c in check(text).claims}
    assert claims["38"].period == claims["143"].period is not None


def test_a_place_whose_own_name_has_an_and_lies_in_its_force() -> None:
    from countylines_check.model import Scope
    from countylines_check.scopes import contains
    scotland = Scope(ScopeLevel.FORCE, "Police Scotland")
    assert contains(scotland, Scope(ScopeLevel.PLACE, "Dumfries and Galloway"))
    assert not contains(Scope(ScopeLevel.FORCE, "Cumbria Constabulary"), Scope(ScopeLevel.PLACE, "Dumfries and Galloway"))


def test_a_court_case_told_in_its_lead_is_set_in_the_town_where_it_happened() -> None:
    text = ("MIDSHIRE ECHO\n\nFour jailed over crack line\n\n"
            "Four men who sold crack cocaine from a flat in Boston have been jailed at Lincoln Crown Court.\n\n"
            "Lincolnshire Police raided the flat in March. Officers seized 210g of crack cocaine and £3,100 in cash.\n\n"
            "Detectives from the force's organised crime team spent 11 months gathering evidence.")
    assert {c.scope.name for c in check(text).claims} == {"Boston"}


def test_a_headline_about_arrests_is_the_force_named_in_its_lead_not_a_court_case() -> None:
    text = ("MIDSHIRE ECHO\n\n{} over crack line\n\n"
            "Four men who sold crack cocaine from a flat in Boston have been {}, Lincolnshire Police said.\n\n"
            "Officers seized 210g of crack cocaine.")
    assert check(text.format("Four held", "arrested")).claims[0].scope.name == "Lincolnshire Police"
    assert check(text.format("Four jailed", "jailed")).claims[0].scope.name == "Boston"


def test_a_court_case_whose_opening_names_towns_apart_is_no_single_towns() -> None:
    text = ("Three jailed for supplying Boston and Lincoln\n\n"
            "Three men who sold heroin in Boston and in Grantham have been jailed.\n\n"
            "Lincolnshire Police seized 96g of heroin.")
    assert check(text).claims[-1].scope.name == "Lincolnshire Police"


def test_where_a_defendant_lives_in_a_part_of_a_city_is_no_scope() -> None:
    text = ("Three men who ran a flat in Harlow have been jailed. Lewis Oduya, 26, from Tottenham, north London, "
            "was jailed for five years. The boy had gone missing from his home in south London on four occasions.")
    assert {c.scope.name for c in check(text).claims} == {"Harlow"}
def test_a_figure_standing_alone_is_named_and_placed_by_the_sentence_after_it() -> None:
    text = ("STAT OF THE WEEK: 57\n\nThat's how many deal lines Cumbria Constabulary shut down in October. "
            "Officers also arrested 19 people.")
    claim = next(c for c in check(text).claims if c.printed == "57")
    assert claim.metric.value == "lines_closed"
    assert claim.scope.name == "Cumbria Constabulary"


def test_a_figure_ending_its_sentence_is_not_named_by_an_ordinary_sentence_after_it() -> None:
    text = "Officers in Cumbria arrested 19. That's how it should be, the chief constable said."
    claim = next(c for c in check(text).claims if c.printed == "19")
    assert claim.metric.value == "arrests"


def test_a_sum_described_after_a_comma_as_a_cash_find_is_cash() -> None:
    text = "Detectives counted £7,400 in the loft, the biggest single cash find of the week."
    assert check(text).claims[0].metric.value == "cash_seized"


def test_a_photo_captions_scene_places_the_figure_after_it() -> None:
    text = ("Essex Police seized £20,000 in cash during the week.\n\nA kitchen table in Harlow. Officers counted "
            "£4,000 in cash at this address.")
    assert [c.scope.name for c in check(text).claims] == ["Essex Police", "Harlow"]


def test_a_compass_word_before_a_countys_name_is_a_district_in_that_county() -> None:
    """'Mid Suffolk' is a district, not the county; 'south Suffolk' in lower case and a comma between
    the two words ('in the West, Suffolk ...') leave the county's force as it was."""
    def scopes(text: str) -> list[str]:
        return [str(c.scope) for c in check(text).claims]
    assert scopes("Mid Suffolk: four arrests, one warrant\nIpswich: nine arrests, two warrants\n")[:1] == [
        "place:Mid Suffolk"]
    assert scopes("Police made 14 arrests in south Suffolk.") == ["force:Suffolk Constabulary"]
    assert scopes("In the East, Suffolk made 14 arrests.") == ["force:Suffolk Constabulary"]
    assert gazetteer().place_force["West Norfolk"] == "Norfolk Constabulary"


def test_our_figure_in_a_forces_own_release_is_the_forces_after_a_national_passage() -> None:
    text = ("Kent Police arrested 48 people during the week.\n\n"
            "Nationally, forces across England and Wales made 1,100 arrests.\n\n"
            "Our 48 arrests were around 4 per cent of all those made across the country.")
    claims = check(text).claims
    assert [str(c.scope) for c in claims if c.printed == "48"] == ["force:Kent Police"] * 2


def test_a_list_lead_after_a_blank_line_names_what_its_own_items_count() -> None:
    text = ("Norfolk Constabulary results:\n- 30 arrests\n- 40 people safeguarded, including 12 children\n\n"
            "Arrests by town:\n- Norwich: 17\n- Thetford: 13\n")
    got = {c.printed: c.metric.value for c in check(text).claims}
    assert got["17"] == got["13"] == "arrests"


def test_one_of_a_pair_moved_from_one_place_to_another_is_no_figure() -> None:
    text = ("Gangs move drugs from one town to another. Children are sent from one end of the country to "
            "the other. Officers arrested one man and took him to another station.")
    assert [c.printed for c in check(text).claims] == ["one"]


def test_the_weeks_own_figure_inside_a_running_total_is_the_weeks_arrests() -> None:
    """'104 arrests since January, including the 26 made this week': the 26 are arrests of the story's
    own week, so a different figure for the week's arrests earlier on is the same figure said twice."""
    text = ("Surrey Police made 31 arrests this week. Since Operation Falcon began in January, officers "
            "have made 140 arrests, including the 37 made this week.")
    claims = {c.printed: c for c in check(text).claims}
    assert claims["37"].metric.value == "arrests" and claims["37"].period is None
    assert any(f.rule == "CL501" and f.status is Status.CONTRADICTORY for f in check(text).findings)


def _figure(text: str, printed: str) -> Claim:
    return next(c for c in check(text).claims if c.printed == printed)


def test_a_month_as_the_subject_of_its_figures_names_their_period() -> None:
    text = "Gwent Police has kept a tally since January. February brought 15 arrests and March saw 10 more."
    assert _figure(text, "15").period == "in february"
    assert _figure(text, "10").period == "in march"


def test_a_person_called_may_is_no_month() -> None:
    text = "Home Secretary Theresa May had promised 40 arrests a week."
    assert _figure(text, "40").period != "in may"


def test_the_base_of_an_areas_share_keeps_the_wider_area() -> None:
    text = ("Officers across the East Midlands closed 95 lines in the quarter. Derbyshire accounted for 17 of the "
            "95 lines closed.")
    claims = [c for c in check(text).claims if c.printed.startswith("95")]
    assert {c.scope.name for c in claims} == {"East Midlands"}


def test_the_area_a_subject_is_ranked_in_is_not_its_figures_area() -> None:
    text = "Merseyside Police made the most arrests in the North West, with 88."
    assert _figure(text, "88").scope.name == "Merseyside Police"


def test_a_forces_figure_set_beside_wider_areas_keeps_the_passage_on_the_force() -> None:
    text = ("Nationally, forces closed 900 lines. Kent officers made 70 arrests, compared with 300 across the South "
            "East and 1,100 in England and Wales. They also seized £20,000 in cash.")
    assert _figure(text, "£20,000").scope.name == "Kent Police"


def test_the_population_a_rate_is_worked_out_over_counts_nobody_referred() -> None:
    text = ("Forces referred 900 children to the NRM. In the North West, 120 referrals work out at 9 per 100,000 of "
            "its roughly 600,000 children. One in five of the children referred were girls.")
    population = next(c for c in check(text).claims if c.value.point == 600000)
    assert population.metric.value == "other"
    assert not any(f.status.value == "contradictory" for f in check(text).findings)


def test_a_long_row_label_names_its_rows_metric() -> None:
    text = ("Measure                                        2023    2024\n"
            "Lines closed                                    12      15\n"
            "Children referred to the exploitation panel     30      41\n")
    assert _figure(text, "41").metric.value == "children_safeguarded"


def test_a_change_in_a_sentence_restating_the_one_before_counts_what_it_counted() -> None:
    text = "Kent Police closed 320 county lines last year. That is up from 280 the year before, a rise of 40."
    assert _figure(text, "280").metric.value == "lines_closed"
    assert _figure(text, "40").metric.value == "lines_closed"


def test_a_title_line_above_a_numbered_list_names_what_its_items_count() -> None:
    text = ("Police closed many lines.\n\nTHE BIGGEST FORCES (lines closed, 2024)\n1. Kent Police - 120\n"
            "2. Essex Police - 95\n\nThe rest closed fewer.")
    assert _figure(text, "120").metric.value == "lines_closed"


def test_a_table_captioned_as_children_referred_counts_children() -> None:
    text = ("Table 3: Children referred to the panel by town, 2024\n\nDover     12\nDeal       8\nTotal     20\n\n"
            "Figures are provisional.")
    assert _figure(text, "12").metric.value == "children_safeguarded"


def test_where_the_largest_operation_ran_is_still_its_figures_area() -> None:
    text = "Cumbria Constabulary called it the largest operation it has run in Barrow, involving about 90 officers."
    assert _figure(text, "90").scope.name == "Barrow"


def test_a_change_base_in_the_subjects_own_area_does_not_hold_the_passage_on_a_town() -> None:
    text = ("Suffolk Constabulary made 60 arrests in Ipswich in 2024, up from 50 the year before. Across the whole "
            "county, the figure was 150 arrests.")
    assert _figure(text, "150").scope.name == "Suffolk Constabulary"


def test_a_forces_officer_quoted_after_a_national_aside_turns_the_story_back_to_the_force() -> None:
    text = ("Cheshire Police arrested 40 people during the week.\n\n"
            "Nationally, forces arrested more than 1,100 people.\n\n"
            "Inspector Jo Hart, of Cheshire Police, said: \"We will keep going. We made 40 arrests.\"\n\n"
            "She said 22 vulnerable people had been found and helped during the week.")
    helped = next(c for c in check(text).claims if c.printed == "22")
    assert (helped.scope.level, helped.scope.name) == (ScopeLevel.FORCE, "Cheshire Constabulary")


def test_the_force_named_in_a_court_story_owns_its_own_record() -> None:
    text = ("Three jailed over Bangor drugs line\n\n"
            "Three men who ran a line into Bangor were jailed for a total of 20 years.\n\n"
            "The case is one of several brought by North Wales Police. The force says it has closed 40 lines "
            "since 2020.")
    record = next(c for c in check(text).claims if c.printed == "40")
    assert (record.scope.level, record.scope.name) == (ScopeLevel.FORCE, "North Wales Police")


def test_a_standfirsts_street_does_not_replace_a_court_storys_town() -> None:
    text = ("Four jailed over line that flooded Swansea\n\n"
            "Gang sold drugs from a flat in Townhill\n\n"
            "Four members of a gang that ran a line into Swansea have been jailed for a total of 30 years.")
    members = next(c for c in check(text).claims if c.printed == "Four" and c.number_span.start > 50)
    assert (members.scope.level, members.scope.name) == (ScopeLevel.PLACE, "Swansea")


def test_lines_split_by_the_towns_they_ran_into_count_in_each_town() -> None:
    text = ("Northumbria Police shut 40 county lines over the summer. Of these, 18 were running into Sunderland, "
            "12 into Gateshead and the rest ran elsewhere.")
    assert _figure(text, "18").scope.name == "Sunderland"
    assert _figure(text, "12").scope.name == "Gateshead"
    assert _figure(text, "40").scope.name == "Northumbria Police"


def test_a_count_of_the_welsh_forces_is_about_wales_not_the_country_named_first() -> None:
    text = ("Forces in England and Wales arrested 900 people during the week. All four Welsh forces together "
            "made 95 of those arrests.")
    assert _figure(text, "four").scope.name == "Wales"
    assert _figure(text, "95").scope.name == "Wales"


def test_lines_running_into_a_town_with_no_count_name_a_route_not_the_story() -> None:
    text = ("Summer crackdown breaks lines running into Stafford\n\n"
            "Staffordshire Police shut down 14 drug lines and made 61 arrests during the operation.")
    assert {c.scope.name for c in check(text).claims} == {"Staffordshire Police"}
    # a force the lines ran into is no town's market: whoever shut them keeps the figure
    text = "The Metropolitan Police taskforce alone had shut down 38 lines running into Devon and Cornwall."
    assert check(text).claims[0].scope.name == "Metropolitan Police Service"


def test_the_force_the_first_paragraph_names_owns_a_story_whose_opening_is_page_furniture() -> None:
    # masthead, trail, dateline and headline fill the opening lines; the lead under them names the force
    text = ("Harbour Town Chronicle\nLocal > Policing\nFriday 4 April 2025\n\n"
            "Was the £800,000 grant worth it?\n\n"
            "When ministers gave Gwent Police £800,000 to tackle drug lines, the force promised results.\n\n"
            "Figures released this week show how that went.\n\n"
            "Lines closed\n\n"
            "Arrests linked to drug lines rose from 120 to 210 over the two years.\n\n"
            "Over the same period forces across England and Wales closed 1,500.")
    assert _figure(text, "120").scope.name == "Gwent Police"
    assert _figure(text, "210").scope.name == "Gwent Police"
    assert _figure(text, "1,500").scope.level is ScopeLevel.NATIONAL


def test_a_list_of_every_force_in_a_region_is_that_region() -> None:
    text = "Northumbria, Durham and Cleveland together reported 64 arrests during the week."
    assert (_figure(text, "64").scope.level, _figure(text, "64").scope.name) == (ScopeLevel.REGION, "North East")
    # the five English forces of the North West are the North West, though its unit also covers North Wales
    text = ("Merseyside, Greater Manchester, Lancashire, Cheshire and Cumbria made 310 arrests between them.")
    assert _figure(text, "310").scope.name == "North West"
    # a list that leaves a force of the region out stays the listed forces' own area
    text = "Wiltshire, Dorset and Gloucestershire made 58 arrests between them."
    assert _figure(text, "58").scope.name == "Wiltshire, Dorset and Gloucestershire"


def test_the_years_before_and_the_years_since_are_two_periods() -> None:
    text = ("In the three years before the new team was set up, Gwent Police closed 40 county lines. "
            "In the three years since, it has closed 95.")
    assert not [f for f in check(text).findings if f.rule == "CL501"]


@pytest.mark.parametrize("text", [
    "The regional unit had received £2.4m by the end of the year.",
    "Campaigners asked what difference the £900,000 policing boost had made.",
])
def test_money_a_body_received_or_a_boost_is_funding(text: str) -> None:
    assert [c.metric.value for c in check(text).claims if c.unit.value == "GBP"] == ["funding"]


@pytest.mark.parametrize(("text", "metric"), [
    # a sentence about funding names its sums funding, though no word beside a sum says so
    ("This year's grant allocations include £320,000 for Cumbria Police and £210,000 for the youth service in "
     "Carlisle.", "funding"),
    ("The partnership's income for the year was £480,000.", "funding"),
    ("The budget of the regional coordination hub will stay at £1.1m a year.", "funding"),
    # a seizure in the sentence keeps an unlabelled sum cash, whatever else the sentence funds
    ("Officers from the grant-funded team searched a flat in Kendal on Monday and seized £14,000.", "cash_seized"),
    # and a sum with no funding word anywhere near stays unlabelled
    ("Detectives said the line made £1,500 a day.", "other"),
])
def test_a_sum_in_a_sentence_about_funding_is_funding(text: str, metric: str) -> None:
    assert {c.metric.value for c in check(text).claims if c.unit.value == "GBP"} == {metric}


def test_a_change_in_bare_referrals_after_the_referral_mechanism_is_named_counts_those_referrals() -> None:
    text = ("Officers made 41 referrals to the National Referral Mechanism over the summer. "
            "Across the county, referrals rose by 22 per cent in a year.")
    assert [c.metric.value for c in check(text).claims if c.unit.value == "percent"] == ["nrm_referrals"]
