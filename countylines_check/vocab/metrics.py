"""Words that tell what a figure counts: the metric cues.

Source: the wording of NPCC, NCA, force and ROCU press releases on county lines intensification
weeks (2019-2025) and the news reports built on them, grouped under the metric names of the public
report format. A cue is a lower-case word sequence; a word ending in ``*`` is a stem that matches
any inflection ("arrest*": arrests, arrested, arresting); other words match themselves and their
plural. Misspellings are caught by fuzzy matching against these words (``extract.cue_token``).

Three tables, read in order of priority:
- ``ITEM_CUES``: the thing counted, read from the words right after the figure ("321 weapons");
  an entry may require a context word in the sentence ("172 county lines" closed, not "2,000
  county lines" in existence).
- ``EVENT_CUES``: what happened to the people counted ("500 men ... were taken into custody").
- ``MONEY_CUES``: what a sum of money is ("£987,562 in cash", "heroin worth £33,000").
"""

from __future__ import annotations

from typing import Final

from ..model import Metric

M = Metric
_CLOSED: Final = ("shut*", "clos*", "taken down", "dismantl*", "disrupt*", "take down", "took down", "gone", "take out",
                   "taking out", "took out", "taken out", "out of action", "out of business", "switched off")

# homes dealers took over: the visits made to them are cuckooing visits
_TAKEN_OVER: Final = ("cuckoo*", "taken over", "take over", "taking over", "took over")
TAKEN_OVER_WORDS: Final = _TAKEN_OVER  # a sentence about homes taken over (its visits are cuckooing visits)

# what an outreach does with the staff of businesses it visits
_OUTREACH: Final = ("brief*", "spot", "warning sign*", "signs of", "awareness", "training", "trained", "session*")

_STOPPED: Final = ("stopped", "stopping", "pulled over", "checked")

# (cue, metric, context words of which one must appear in the sentence, or () for none)
ITEM_CUES: Final[tuple[tuple[str, Metric, tuple[str, ...]], ...]] = (
    ("phone*", M.PHONES, ()),
    ("mobile*", M.PHONES, ()),
    ("handset*", M.PHONES, ()),
    ("sim card*", M.PHONES, ()),
    ("deal line*", M.LINES_CLOSED, _CLOSED),
    ("deal line*", M.DEAL_LINES_SEIZED, ()),
    ("deal-line*", M.DEAL_LINES_SEIZED, ()),
    ("dealing line*", M.DEAL_LINES_SEIZED, ()),
    ("wrap*", M.OTHER, ()),
    ("pill*", M.OTHER, ()),
    ("tablet*", M.OTHER, ()),
    ("watch", M.OTHER, ()),
    ("ammunition", M.OTHER, ()),
    ("round*", M.OTHER, ()),
    ("firearm*", M.FIREARMS, ()),
    ("stun gun*", M.WEAPONS, ()),  # an electric weapon, counted with weapons, not with firearms
    ("gun*", M.FIREARMS, ()),
    ("handgun*", M.FIREARMS, ()),
    ("pistol*", M.FIREARMS, ()),
    ("shotgun*", M.FIREARMS, ()),
    ("rifle*", M.FIREARMS, ()),
    ("revolver*", M.FIREARMS, ()),
    ("knife", M.KNIVES, ()),
    ("knives", M.KNIVES, ()),
    ("bladed weapon*", M.WEAPONS, ()),  # a kind of weapon, counted with weapons by the forces that use it
    ("blade*", M.KNIVES, ()),
    ("bladed", M.KNIVES, ()),
    ("weapon*", M.WEAPONS, ()),
    ("machete*", M.WEAPONS, ()),
    ("sword*", M.WEAPONS, ()),
    ("crossbow*", M.WEAPONS, ()),
    ("baton*", M.WEAPONS, ()),
    ("knuckle*", M.WEAPONS, ()),
    ("axe", M.WEAPONS, ()),
    ("bat", M.WEAPONS, ()),
    ("cleaver*", M.WEAPONS, ()),
    ("taser*", M.WEAPONS, ()),
    ("dagger*", M.WEAPONS, ()),
    ("search warrant*", M.WARRANTS, ()),
    ("warrant*", M.WARRANTS, ()),
    ("raid*", M.RAIDS, ()),
    ("cuckoo*", M.CUCKOOING_VISITS, ()),
    ("address*", M.CUCKOOING_VISITS, ("cuckoo*",)),
    ("address*", M.RAIDS, ("raid*",)),
    # "searched 47 properties", "raided 12 homes": the searches, counted by the places searched
    ("propert*", M.WARRANTS, ("warrant*",)),
    ("premises", M.WARRANTS, ("warrant*",)),
    ("propert*", M.RAIDS, ("searched", "raided", "raids")),
    ("premises", M.RAIDS, ("searched", "raided", "raids")),
    ("premises", M.CUCKOOING_VISITS, ("visited",)),
    ("address*", M.WARRANTS, ("warrant*",)),
    ("stop and search*", M.OTHER, ()),
    ("stop search*", M.OTHER, ()),
    ("search*", M.RAIDS, ()),
    # "27 safeguarding visits to homes at risk of cuckooing": visits, not people safeguarded
    ("safeguarding visit*", M.CUCKOOING_VISITS, _TAKEN_OVER),
    ("welfare visit*", M.CUCKOOING_VISITS, _TAKEN_OVER),
    ("visit*", M.CUCKOOING_VISITS, _TAKEN_OVER),
    # "212 welfare visits to vulnerable adults": forces count these visits with their cuckooing
    # visits, whether or not the sentence says the homes were taken over; they count visits, not people
    ("safeguarding visit*", M.CUCKOOING_VISITS, ()),
    ("welfare visit*", M.CUCKOOING_VISITS, ()),
    ("home", M.CUCKOOING_VISITS, ("cuckoo*",)),
    # "visited more than 150 homes where they suspected ...", "knocked on 57 doors": the homes called at
    ("home*", M.CUCKOOING_VISITS, ("visit*",)),
    ("door*", M.CUCKOOING_VISITS, ("knock*",)),
    # "visited 27 addresses", "to visit 260 tenancies": the homes visited count the visits
    ("address*", M.CUCKOOING_VISITS, ("visit*",)),
    ("tenanc*", M.CUCKOOING_VISITS, ("visit*",)),
    # "carried out 3,420 visits to addresses where a resident was at risk": the visits forces count
    # in a county lines week are cuckooing visits, whoever the sentence says was at risk
    ("visit", M.CUCKOOING_VISITS, ()),
    ("line*", M.LINES_CLOSED, _CLOSED),
    # statistics releases count closed lines as "closures" ("recorded 1,047 closures"); a closure
    # order shuts a cuckooed home, not a line
    ("closure order*", M.OTHER, ()),
    ("closure notice*", M.OTHER, ()),
    ("closure*", M.LINES_CLOSED, ()),
    ("network*", M.LINES_CLOSED, _CLOSED),
    # "60 vehicles were stopped and searched", "officers stopped two cars": checks, not vehicles seized
    ("vehicle*", M.OTHER, _STOPPED),
    ("car", M.OTHER, _STOPPED),
    ("vehicle*", M.VEHICLES, ()),
    ("car", M.VEHICLES, ()),
    ("officer*", M.OFFICERS, ()),
    # "Cuckooing referrals to the Partnership": homes reported as taken over, neither visits nor people safeguarded
    ("cuckooing referral*", M.OTHER, ()),
    ("referral*", M.NRM_REFERRALS, ("nrm", "national referral mechanism", "slavery", "trafficking", "modern",
                                    "suspected victim*", "potential victim*")),
    ("safeguarding referral*", M.SAFEGUARDED, ()),
    ("referral*", M.SAFEGUARDED, ()),
    ("arrest*", M.ARRESTS, ()),
    ("detention*", M.ARRESTS, ()),
    ("charge*", M.CHARGED, ()),
    ("vulnerable", M.SAFEGUARDED, ()),
    ("safeguard*", M.SAFEGUARDED, ()),
    # "visited 35 hotels, taxi firms and takeaways to brief staff", "briefed 350 taxi drivers": the
    # businesses whose staff an outreach briefs count the people it reached, as pupils do for schools
    ("hotel*", M.PEOPLE_ENGAGED, _OUTREACH),
    ("taxi*", M.PEOPLE_ENGAGED, _OUTREACH),
    ("takeaway*", M.PEOPLE_ENGAGED, _OUTREACH),
    ("student*", M.PEOPLE_ENGAGED, ()),
    ("pupil*", M.PEOPLE_ENGAGED, ()),
    ("force", M.OTHER, ()),
    ("group", M.OTHER, ()),
    ("counties", M.OTHER, ()),
    ("case*", M.OTHER, ()),
)

EVENT_CUES: Final[tuple[tuple[str, Metric], ...]] = (
    ("national referral mechanism", M.NRM_REFERRALS),
    ("nrm", M.NRM_REFERRALS),
    ("slavery", M.NRM_REFERRALS),
    ("trafficking", M.NRM_REFERRALS),
    ("referred", M.SAFEGUARDED),  # to the NRM when the sentence says so: see NRM_WORDS
    ("arrest*", M.ARRESTS),
    ("detain*", M.ARRESTS),
    ("held", M.ARRESTS),
    ("remain* in custody", M.OTHER),  # held on remand, not arrested: "22 remain in custody awaiting trial"
    ("still in custody", M.OTHER),
    ("remand* in custody", M.OTHER),  # "Remanded in custody: 18": held until trial after a charge, not arrested
    # "18 appeared from custody at the sheriff court": a court appearance of people already held, not arrests
    ("appear* from custody", M.OTHER),
    ("custody", M.ARRESTS),
    ("apprehend*", M.ARRESTS),
    ("cuffed", M.ARRESTS),
    ("collared", M.ARRESTS),
    ("rounded up", M.ARRESTS),
    ("charge*", M.CHARGED),
    ("before the court*", M.CHARGED),
    # "Two men have appeared in court": only those charged appear before a court
    ("appear* in court", M.CHARGED),
    ("appear* before magistrate*", M.CHARGED),
    ("procurator fiscal", M.CHARGED),  # Scotland: "reported to the procurator fiscal" is charged
    ("reported to the procurator*", M.CHARGED),
    ("released", M.OTHER),
    ("remand*", M.OTHER),
    ("bail*", M.OTHER),
    ("safeguard*", M.SAFEGUARDED),
    ("vulnerable", M.SAFEGUARDED),
    ("rescued", M.SAFEGUARDED),
    ("exploited", M.SAFEGUARDED),
    ("safer", M.SAFEGUARDED),
    ("helped", M.SAFEGUARDED),
    ("supported", M.SAFEGUARDED),
    ("getting help", M.SAFEGUARDED),
    ("getting support", M.SAFEGUARDED),  # "the 39 people ... who are now getting support"
    ("receiving support", M.SAFEGUARDED),
    ("receiving help", M.SAFEGUARDED),
    ("able to help", M.SAFEGUARDED),  # "the 16 young people we have been able to help"
    ("able to protect", M.SAFEGUARDED),  # "the 40 people we were able to protect"
    ("worked with", M.SAFEGUARDED),  # "the charity worked with 230 young people"
    ("work with", M.SAFEGUARDED),
    ("protected", M.SAFEGUARDED),
    ("at risk", M.SAFEGUARDED),
    ("identified as", M.SAFEGUARDED),
    ("engag*", M.PEOPLE_ENGAGED),
    ("awareness", M.PEOPLE_ENGAGED),  # "awareness talks delivered to 1,100 pupils"
    ("educat*", M.PEOPLE_ENGAGED),
    ("spoke to", M.PEOPLE_ENGAGED),
    ("spoken to", M.PEOPLE_ENGAGED),
    ("talked to", M.PEOPLE_ENGAGED),
    # the outreach that reaches people: "speaking to around 650 pupils", "talks to more than 400 pupils",
    # "briefed 350 taxi drivers", "sessions for 300 young people", "reaching 9,000 pupils"
    ("speak* to", M.PEOPLE_ENGAGED),
    ("speak* with", M.PEOPLE_ENGAGED),
    ("spoke with", M.PEOPLE_ENGAGED),
    ("spoken with", M.PEOPLE_ENGAGED),
    ("talks", M.PEOPLE_ENGAGED),  # not "talking": "taking" would read as its misspelling
    ("reaching", M.PEOPLE_ENGAGED),
    ("briefed", M.PEOPLE_ENGAGED),
    ("briefing*", M.PEOPLE_ENGAGED),
    ("session*", M.PEOPLE_ENGAGED),
    ("assembl*", M.PEOPLE_ENGAGED),
    ("trained", M.PEOPLE_ENGAGED),
    ("cuckoo*", M.CUCKOOING_VISITS),
    # "The Met closed 421, West Midlands 318", "the 100 closed in 2023", "up 8 per cent": what forces
    # close in a county lines story, when the figure names nothing else, is lines (not "close to")
    ("closed", M.LINES_CLOSED),
    ("closing", M.LINES_CLOSED),
    ("closes", M.LINES_CLOSED),
    ("shut", M.LINES_CLOSED),
    ("shuts", M.LINES_CLOSED),
    ("shutting", M.LINES_CLOSED),
)

MONEY_CUES: Final[tuple[tuple[str, Metric], ...]] = (
    ("cash", M.CASH_SEIZED),
    ("cocaine", M.DRUGS_VALUE),
    ("heroin", M.DRUGS_VALUE),
    ("crack", M.DRUGS_VALUE),
    ("cannabis", M.DRUGS_VALUE),
    ("drug*", M.DRUGS_VALUE),
    ("class a", M.DRUGS_VALUE),
    ("class b", M.DRUGS_VALUE),
    ("mdma", M.DRUGS_VALUE),
    ("ecstasy", M.DRUGS_VALUE),
    ("ketamine", M.DRUGS_VALUE),
    ("amphetamine*", M.DRUGS_VALUE),
    ("spice", M.DRUGS_VALUE),
    ("diamorphine", M.DRUGS_VALUE),
    ("skunk", M.DRUGS_VALUE),
    ("street value", M.DRUGS_VALUE),
    ("tablet*", M.DRUGS_VALUE),
    ("pill*", M.DRUGS_VALUE),
    ("diazepam", M.DRUGS_VALUE),
    ("fund*", M.FUNDING),
    ("invest*", M.FUNDING),
    ("grant*", M.FUNDING),
    ("programme*", M.FUNDING),
    ("budget*", M.FUNDING),
    ("provid*", M.FUNDING),  # "will provide up to £42m", "the office provided £385,000"
    # what a funder does with a sum: "has committed £450,000", "allocated £21 million", "awarded
    # £180,000", "set aside £95,000", "secured £340,000", "earmarked", "pledged", "ring-fenced"
    ("commit*", M.FUNDING),
    ("allocat*", M.FUNDING),
    ("award*", M.FUNDING),
    ("set aside", M.FUNDING),
    ("sets aside", M.FUNDING),
    ("setting aside", M.FUNDING),
    ("earmark*", M.FUNDING),
    ("pledg*", M.FUNDING),
    ("ring-fenc*", M.FUNDING),
    ("secured", M.FUNDING),
    ("contribut*", M.FUNDING),  # "voted to contribute £1,500 towards a youth shelter"
    ("approv*", M.FUNDING),  # "Council approves £2.4m plan"
    ("supported by", M.FUNDING),  # "the week was supported by £75,000 from the commissioner"
    ("income", M.FUNDING),
    ("cost*", M.FUNDING),  # "the service costs £1.2m", "at a cost of £12.5 million"
    ("spend*", M.FUNDING),
    ("spent", M.FUNDING),
    ("project*", M.FUNDING),  # "put £250,000 into a youth outreach project"
    # what the money pays for: "£320,000 goes to youth diversion schemes, £280,000 to support services",
    # "a £1.2 million child exploitation scheme", "£310,000 had gone on schools and youth outreach"
    ("scheme*", M.FUNDING),
    ("service*", M.FUNDING),
    ("outreach", M.FUNDING),
    ("diversion", M.FUNDING),
    ("goes to", M.FUNDING),
    ("made available", M.FUNDING),
    # money a body is given: "had received £145m", "the £1.2m county lines boost"
    ("receiv*", M.FUNDING),
    ("boost", M.FUNDING),  # "£1.5m would be made available to the centre": money a body is given
    ("gone on", M.FUNDING),
    ("put into", M.FUNDING),
    ("package", M.FUNDING),  # "a £1.2m package to tackle county lines"
    ("settlement", M.FUNDING),  # "a funding settlement of £145m"
    # "the £321,450 order against him", "£4m in confiscation orders": a sum a court ordered, not a seizure
    ("order", M.OTHER),
    ("orders", M.OTHER),
    ("cloth*", M.OTHER),
    ("trainer*", M.OTHER),
    ("watch*", M.OTHER),
    ("jewel*", M.OTHER),
    ("goods", M.OTHER),
    ("asset*", M.OTHER),
    ("propert*", M.OTHER),
    ("designer", M.OTHER),
)

# Words that make a sum of money named by nothing near it funding when its sentence has no seizure:
# "Surge Fund allocations include £450,000 for Lincolnshire and £380,000 for the North West", "the
# budget of the coordination centre will be held at £5.5m a year", "the trust's income for the year was £612,000"
FUNDING_SENTENCE_WORDS: Final = ("fund", "funds", "funded", "funding", "budget*", "grant", "grants", "allocat*",
                                 "invest*", "income")

# Verbs that make an unlabelled sum of money a seizure ("£15,500 was seized as well").
# Phrases that, before another noun, name the topic and not the thing counted: "40 county lines
# arrests" counts arrests, "four county lines taskforces" taskforces; "30 county lines" counts lines,
# and so do "13 county lines gangs". The noun after must be a cue word, a person noun or one of
# TOPIC_HEADS (the bodies and kinds of work named after the topic).
TOPIC_MODIFIERS: Final = ("county line*",)
TOPIC_HEADS: Final = ("team*", "taskforce*", "task force*", "unit*", "operation*", "offence*", "investigation*",
                      "programme*", "crime*", "activity", "intensification*", "week*", "lead*")

SEIZURE_WORDS: Final = ("seiz*", "recover*", "found", "haul", "confiscat*", "took", "taking", "taken")

# Who a figure counts, when it counts people: these need an event cue to get a metric.
PERSON_NOUNS: Final = (
    "people", "person*", "individual*", "men", "women", "male*", "female*", "adult*", "child*",
    "children", "juvenile*", "youngster*", "teenager*", "boy*", "girl*", "suspect", "criminal*",
    "offender*", "member*", "dealer*", "victim*", "minor*", "youth*", "young", "passenger*", "resident*",
    "pupil*", "student*", "parent*", "worker*", "staff",
)
# Subgroups of people: a figure counting one of these is a part of a total, not a total itself.
SUBGROUPS: Final[dict[str, str]] = {
    "men": "men", "man": "men", "male": "men", "males": "men", "boys": "boys",
    "women": "women", "woman": "women", "female": "women", "females": "women", "girls": "girls",
    "juveniles": "juveniles", "juvenile": "juveniles", "children": "children", "child": "children",
    "minors": "children", "under-18s": "children", "teenagers": "juveniles", "adults": "adults",
    "adult": "adults", "youths": "juveniles", "kids": "children", "youngsters": "juveniles",
    "teens": "juveniles",
}
# Subgroups that make a safeguarding figure count children only.
CHILD_WORDS: Final = frozenset({"children", "child", "boys", "girls", "minors", "under-18s", "kids", "teenagers",
                                 "teenage", "teens", "youngsters"})

# Metrics that count a subset of another's people: at most as many charged as arrested, at most as
# many children safeguarded as people safeguarded (same area and period).
SUBSET_METRICS: Final[dict[Metric, Metric]] = {
    M.CHARGED: M.ARRESTS,
    M.CHILDREN_SAFEGUARDED: M.SAFEGUARDED,
}

# Families of items a list can total: weapons (firearms and knives are weapons) and drugs.
FAMILY: Final[dict[Metric, str]] = {
    M.WEAPONS: "weapons", M.FIREARMS: "weapons", M.KNIVES: "weapons",
    M.DRUGS_VALUE: "drugs_value", M.DRUGS_WEIGHT: "drugs_weight",
}
# Drugs named in an item make it one kind of drug, not a total of "drugs" or "class A".
DRUG_NAMES: Final = (
    "cocaine", "crack", "heroin", "cannabis", "mdma", "ecstasy", "ketamine", "amphetamine", "spice",
    "skunk", "diamorphine", "methadone", "opium",
)
CLASS_B: Final = ("cannabis", "ketamine", "amphetamine", "spice", "skunk")
# A referral is to the National Referral Mechanism when the sentence names it; else to safeguarding.
# "referred as suspected victims of exploitation" is the NRM's own wording for whom it takes.
NRM_WORDS: Final = ("nrm", "national referral mechanism", "slavery", "trafficking", "suspected victim*",
                    "potential victim*")

# Words that make "weapons" one kind of weapon ("two air weapons"), not the family total.
WEAPON_KINDS: Final = frozenset({"air", "bladed", "imitation", "replica", "stun", "blank-firing", "sharp", "pointed",
                                 "improvised", "lethal"})
