"""Human-readable report: one ``path:line:col: LEVEL CODE message`` line per finding (ruff style)."""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING

from ..document import LineIndex
from ..model import Finding, Status

if TYPE_CHECKING:
    from ..report import Report

LEVEL = {Status.CONTRADICTORY: "error", Status.SUSPECT: "warning", Status.CONSISTENT: "ok"}


def finding_line(report: Report, finding: Finding, index: LineIndex) -> str:
    start = min((s.start for s in finding.spans), default=0)
    line, col = index.position(start)
    where = f"{report.source or '<text>'}:{line}:{col}"
    return f"{where}: {LEVEL.get(finding.status, 'info')} {finding.rule} {finding.message}"


def render_findings(report: Report, findings: Iterable[Finding]) -> str:
    index = LineIndex(report.text)
    lines = []
    for f in findings:
        lines.append(finding_line(report, f, index))
        if f.suggestions:
            lines.append(f"    suggestion: {' or '.join(f.suggestions)}")
    return "\n".join(lines)


def render_text(report: Report) -> str:
    """Problems first, then a one-line summary of how every claim came out."""
    body = render_findings(report, report.problems)
    s = report.summary
    tail = (f"{report.source or '<text>'}: {s['claims']} claims: {s['contradictory']} contradictory, "
            f"{s['suspect']} suspect, {s['consistent']} consistent, {s['unchecked']} unchecked")
    if report.suppressed:
        tail += f", {len(report.suppressed)} suppressed by markers"
    if report.errors:
        tail += "\n" + "\n".join(f"internal error in {e.rule}: {e.message}" for e in report.errors)
    return f"{body}\n{tail}" if body else tail
