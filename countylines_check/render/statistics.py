"""``--statistics``: how many findings each rule produced, most frequent first (ruff's table).

Counts contradictory and suspect findings over every article checked. Text is a table of count,
code and name; with ``--format json`` it is a list of objects with the same fields plus the count
at each status.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..model import Status
from ..rules import BY_CODE

if TYPE_CHECKING:
    from ..options import Options
    from ..report import Report

FORMATS = ("text", "json")


@dataclass(frozen=True, slots=True)
class RuleCount:
    code: str
    name: str
    contradictory: int
    suspect: int

    @property
    def count(self) -> int:
        return self.contradictory + self.suspect


def rule_counts(reports: Sequence[Report]) -> list[RuleCount]:
    tally: dict[str, dict[Status, int]] = {}
    names: dict[str, str] = {}
    for report in reports:
        for finding in report.problems:
            tally.setdefault(finding.rule, {Status.CONTRADICTORY: 0, Status.SUSPECT: 0})[finding.status] += 1
            names[finding.rule] = finding.name
    counts = [RuleCount(code, BY_CODE[code].name if code in BY_CODE else names[code],
                        by[Status.CONTRADICTORY], by[Status.SUSPECT]) for code, by in tally.items()]
    return sorted(counts, key=lambda c: (-c.count, c.code))


def render(reports: Sequence[Report], options: Options) -> str:
    counts = rule_counts(reports)
    if options.format == "json":
        rows = [{"code": c.code, "name": c.name, "count": c.count, "contradictory": c.contradictory,
                 "suspect": c.suspect} for c in counts]
        return json.dumps(rows, indent=2) + "\n"
    if not counts:
        return "" if options.quiet else "No findings.\n"
    width = len(str(max(c.count for c in counts)))
    return "".join(f"{c.count:>{width}}  {c.code}  {c.name}\n" for c in counts)
