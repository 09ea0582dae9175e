"""A deterministic generator of varied county lines articles, for benchmarking only.

The seeds are five articles; timing them alone says little about the articles users will check.
This composes articles from the library's own vocabulary tables (forces, towns, metric cues,
qualifiers, number words) in the shapes press releases and news reports take: a headline, a
dateline, a framing sentence, a breakdown ("Of these, ..."), an itemised list, a quote, a
comparison with last year, a share, a sum of money. The same seed always gives the same text, so
runs are comparable; the figures are plausible but no attempt is made to keep them consistent
(slips are part of what the checker reads).

    python benchmarks/generate.py 3          # print three articles
"""

from __future__ import annotations

import random
import sys
from collections.abc import Callable

from countylines_check.vocab.calendar import MONTHS, WEEKDAYS
from countylines_check.vocab.geography import FORCES, PLACES
from countylines_check.vocab.numbers import TENS, UNITS
from countylines_check.vocab.qualifiers import BEFORE

_FORCES = [f for f in FORCES if f[1] not in ("National", "Scotland", "Northern Ireland")]
_MONTH_NAMES = [m.capitalize() for m in MONTHS if len(m) > 3 and m != "sept"]
_QUALIFIERS = sorted(q for q in BEFORE if " " not in q or q.count(" ") == 1)
_SMALL_WORDS = [w for w, v in UNITS.items() if 2 <= v <= 19]
_PEOPLE = ["people", "men", "women", "children", "adults", "teenagers", "suspects", "individuals"]
_ITEMS = [
    ("knives", "seized"), ("weapons", "recovered"), ("mobile phones", "seized"), ("firearms", "recovered"),
    ("vehicles", "seized"), ("deal lines", "closed"), ("warrants", "executed"), ("zombie knives", "taken"),
    ("machetes", "handed in"), ("cannabis plants", "found"),
]
_DRUGS = ["cocaine", "heroin", "crack cocaine", "cannabis", "class A drugs", "ketamine", "MDMA"]
_SPEAKERS = [
    ("Detective Chief Inspector", "Sarah Holt"), ("Superintendent", "Mark Ellis"),
    ("Chief Constable", "Jo Farrell"), ("Detective Inspector", "Priya Shah"), ("Commander", "Tom Reed"),
]


class _Writer:
    """One article's choices: a force, two of its towns, a week and a speaker."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.force, self.region, aliases = rng.choice(_FORCES)
        self.short = min((a for a in aliases if a.split()[0] not in ("the", "The")), key=len, default=self.force)
        towns = [p for p, f in PLACES if f == self.force] or [p for p, _ in PLACES]
        self.towns = rng.sample(towns, k=min(2, len(towns)))
        self.month = rng.choice(_MONTH_NAMES)
        self.year = rng.randint(2019, 2025)
        self.day = rng.randint(1, 21)
        self.rank, self.name = rng.choice(_SPEAKERS)

    def number(self, low: int, high: int) -> str:
        """A figure as papers print it: digits with a thousands comma, or words when small."""
        n = self.rng.randint(low, high)
        if n < 10 and self.rng.random() < 0.6:
            return next(w for w, v in UNITS.items() if v == n)
        if 20 < n < 100 and n % 10 and self.rng.random() < 0.2:
            tens = next(w for w, v in TENS.items() if v == n - n % 10)
            unit = next(w for w, v in UNITS.items() if v == n % 10)
            return f"{tens}-{unit}"
        return f"{n:,}"

    def qualified(self, low: int, high: int) -> str:
        if self.rng.random() < 0.35:
            return f"{self.rng.choice(_QUALIFIERS)} {self.number(low, high)}"
        return self.number(low, high)

    def money(self) -> str:
        choice = self.rng.random()
        if choice < 0.3:
            return f"£{self.rng.randint(1, 9)}.{self.rng.randint(1, 9)}m"
        if choice < 0.6:
            return f"£{self.rng.randint(2, 900) * 1000:,}"
        return f"£{self.rng.randint(1000, 99999):,}"

    def dates(self) -> str:
        start = self.day
        if self.rng.random() < 0.5:
            return f"{WEEKDAYS[0]} {start} {self.month} to {WEEKDAYS[6]} {start + 6} {self.month} {self.year}"
        return f"{self.month} {start}-{start + 6}"

    # --- sentence shapes -------------------------------------------------------------------

    def headline(self) -> str:
        return self.rng.choice([
            f"{self.number(20, 400)} arrested in {self.short} county lines crackdown",
            f"{self.force} shuts down {self.number(3, 40)} county lines in week of action",
            f"County lines: {self.short} officers seize drugs and weapons",
        ])

    def framing(self) -> str:
        return (f"During a week of intensified action from {self.dates()}, officers from {self.force} "
                f"arrested {self.qualified(20, 900)} people and safeguarded {self.number(10, 300)} vulnerable "
                f"adults and children.")

    def breakdown(self) -> str:
        a, b, c = self.rng.randint(5, 60), self.rng.randint(2, 30), self.rng.randint(1, 12)
        total = a + b + c + (self.rng.random() < 0.2)
        return (f"In {self.towns[0]}, {total} people were arrested. Of these, {a} were men, {b} were women "
                f"and {self.number(c, c)} were children.")

    def items(self) -> str:
        picked = self.rng.sample(_ITEMS, k=3)
        lines = [f"- {self.number(2, 90)} {thing} {verb}" for thing, verb in picked]
        return "Officers also recorded:\n" + "\n".join(lines)

    def drugs(self) -> str:
        drug = self.rng.choice(_DRUGS)
        return self.rng.choice([
            f"Police seized {self.qualified(1, 40)}kg of {drug} with an estimated street value of {self.money()}.",
            f"Some {self.money()} in cash and {drug} worth {self.money()} were recovered in {self.towns[-1]}.",
        ])

    def comparison(self) -> str:
        before, after = self.rng.randint(50, 900), self.rng.randint(50, 900)
        return (f"The {self.number(20, 400)} arrests compare with {before:,} during the previous operation, "
                f"up from {before:,} to {after:,} over the past two years.")

    def share(self) -> str:
        return (f"Around {self.rng.randint(10, 95)} per cent of those arrested were from outside the "
                f"county, and {self.rng.choice(['almost half', 'two-thirds', 'a quarter'])} of the "
                f"{self.number(10, 200)} lines closed were run from {self.rng.choice(['London', 'Liverpool', 'Birmingham'])}.")

    def national(self) -> str:
        return (f"Nationally, forces across England and Wales made {self.qualified(900, 2500)} arrests and "
                f"seized {self.number(100, 600)} weapons, the NPCC said.")

    def quote(self) -> str:
        people = self.rng.choice(_PEOPLE)
        return (f"“County lines gangs exploit the most vulnerable people in our communities, and this week "
                f"we took {self.number(3, 60)} {people} off the streets,” said {self.rank} {self.name}. "
                f"“We will keep going after those who bring violence to {self.towns[0]}.”")

    def appeal(self) -> str:
        return (f"Anyone with information is asked to call {self.short} Police on 101 or Crimestoppers "
                f"anonymously on 0800 555 111, quoting Operation {self.rng.choice(['Orochi', 'Venetic', 'Lima'])}.")

    def filler(self) -> str:
        return self.rng.choice([
            "County lines is a term used to describe gangs and organised crime networks exporting drugs "
            "into other areas using dedicated mobile phone lines.",
            f"The operation, run with partners across the {self.region} region, focused on disrupting supply routes and "
            f"protecting young people.",
            "Officers worked with schools, youth services and charities throughout the week to spot the "
            "signs of exploitation.",
            f"It follows a similar week in {self.rng.choice(_MONTH_NAMES)} {self.year - 1}, when "
            f"{self.number(10, 300)} people were detained.",
        ])


_BODY: tuple[Callable[[_Writer], str], ...] = (
    _Writer.breakdown, _Writer.items, _Writer.drugs, _Writer.comparison, _Writer.share, _Writer.national,
    _Writer.quote, _Writer.filler, _Writer.filler,
)


def article(seed: int) -> str:
    """One article of roughly 1-3 KB, the same for the same seed."""
    rng = random.Random(seed)
    w = _Writer(rng)
    paragraphs = [w.headline(), f"date {w.year}-{MONTHS[w.month.lower()]:02d}-28", w.framing()]
    body = list(_BODY)
    rng.shuffle(body)
    paragraphs += [shape(w) for shape in body[: rng.randint(5, len(body))]]
    paragraphs.append(w.appeal())
    return "\n\n".join(paragraphs) + "\n"


def corpus(n: int = 100, seed: int = 20241007) -> list[str]:
    """``n`` generated articles, deterministic for a given seed."""
    return [article(seed * 1000 + i) for i in range(n)]


if __name__ == "__main__":
    for text in corpus(int(sys.argv[1]) if len(sys.argv) > 1 else 1):
        print(text)
        print("-" * 80)
