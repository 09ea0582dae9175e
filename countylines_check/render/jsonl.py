"""JSON Lines: one flat record per finding to act on, for ``jq``, ``grep`` and log pipelines.

Each line stands alone: it names its file (``source``), carries its position as 1-based line and
column (``end_column`` is the column just after the span) besides the character ``spans``, and the
rule's code and name. Only contradictory and suspect findings are written (consistent checks are
in ``--format json``); a rule that crashed is a record with ``"kind": "error"``, so nothing is
dropped. A clean run prints nothing.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING, Any

from ._common import LEVEL, main_span, region

if TYPE_CHECKING:
    from ..options import Options
    from ..report import Report


def records(report: Report) -> Iterator[dict[str, Any]]:
    index = report.source_map
    for finding in report.problems:
        where = region(index, main_span(finding))
        yield {
            "kind": "finding",
            "source": report.source,
            "rule": finding.rule,
            "name": finding.name,
            "status": finding.status.value,
            "level": LEVEL[finding.status],
            "line": where.line,
            "column": where.column,
            "end_line": where.end_line,
            "end_column": where.end_column,
            "spans": [[s.start, s.end] for s in finding.spans],
            "claims": list(finding.claims),
            "message": finding.message,
            "suggestions": list(finding.suggestions),
        }
    for error in report.errors:
        yield {"kind": "error", "source": report.source, "rule": error.rule, "message": error.message}


def render(reports: Sequence[Report], options: Options) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for r in reports for record in records(r))
