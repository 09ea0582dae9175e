"""The report as a self-contained HTML fragment: the article with every figure marked, then the findings.

This is what a notebook shows for a ``Report`` (``_repr_html_``), so it has to survive any page it
lands in: no JavaScript (notebook viewers strip it, and a report must not run code), every piece
of text escaped (the article is untrusted input: a ``<script>`` in it must stay text), and the
stylesheet inline but scoped under one wrapper class so it restyles nothing else on the page.

Each claim gets exactly one ``<mark>``, over the figure as printed, with a class for its status
and a ``title`` tooltip giving its reading and the findings that involve it. Figures never
overlap today, but the marker copes if they do: a span inside another nests, and a span that
crosses another's end is cut at that end, so the HTML always nests properly and no claim loses
its mark. The article keeps its line breaks and paragraphs through ``white-space: pre-wrap``,
which also keeps every character where the spans say it is.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from html import escape
from typing import TYPE_CHECKING

from ._common import Positions
from ..model import Claim, Finding, Status, Unit

if TYPE_CHECKING:
    from ..report import Report

#: The wrapper class every style rule is scoped under; distinctive so it clashes with nothing.
WRAPPER = "countylines-report"

#: Status -> CSS class of its marks, badges and table rows.
STATUS_CLASS = {status: f"clc-{status.value}" for status in Status}

STATUS_ORDER = (Status.CONTRADICTORY, Status.SUSPECT, Status.CONSISTENT, Status.UNCHECKED)

#: Status -> background of its marks, badges and table cells.
BACKGROUND = {Status.CONTRADICTORY: "#ffc9c9", Status.SUSPECT: "#ffe8a3", Status.CONSISTENT: "#d3f9d8",
              Status.UNCHECKED: "#eceef0"}
_RED, _AMBER, _GREEN, _GREY = (BACKGROUND[s] for s in STATUS_ORDER)

# Colours are paired with an underline style so the statuses stay apart without colour vision:
# contradictory solid red, suspect dashed amber, consistent plain green, unchecked dotted grey.
STYLE = f"""
.{WRAPPER} {{ font: 15px/1.6 system-ui, -apple-system, "Segoe UI", Roboto, "DejaVu Sans", sans-serif;
  color: #1f2328; background: #fff; padding: 12px 16px; max-width: 62em; text-align: left; }}
.{WRAPPER} .clc-head {{ margin: 0 0 10px; }}
.{WRAPPER} .clc-source {{ font-weight: 600; margin-right: .6em; }}
.{WRAPPER} .clc-published {{ color: #57606a; margin-right: .6em; }}
.{WRAPPER} .clc-badge {{ display: inline-block; padding: 0 .5em; margin: 0 .25em 2px 0; border-radius: 1em;
  font-size: 13px; white-space: nowrap; }}
.{WRAPPER} .clc-article {{ white-space: pre-wrap; overflow-wrap: break-word; font-family: Georgia, "DejaVu Serif", serif;
  font-size: 16px; line-height: 1.7; border: 1px solid #d0d7de; border-radius: 6px; padding: 12px 16px;
  margin: 0 0 14px; background: #fff; color: #1f2328; }}
.{WRAPPER} mark {{ color: inherit; padding: 1px 2px; border-radius: 3px; border-bottom: 2px solid transparent;
  cursor: help; }}
.{WRAPPER} .clc-contradictory {{ background: {_RED}; border-bottom: 2px solid #c92a2a; }}
.{WRAPPER} .clc-suspect {{ background: {_AMBER}; border-bottom: 2px dashed #b35c00; }}
.{WRAPPER} .clc-consistent {{ background: {_GREEN}; border-bottom: 2px solid {_GREEN}; }}
.{WRAPPER} .clc-unchecked {{ background: {_GREY}; border-bottom: 2px dotted #8c959f; }}
.{WRAPPER} table.clc-findings {{ border-collapse: collapse; table-layout: auto; width: 100%; font-size: 14px;
  margin: 0; }}
.{WRAPPER} .clc-findings th, .{WRAPPER} .clc-findings td {{ border: 1px solid #d0d7de; padding: 4px 8px;
  vertical-align: top; text-align: left; background: #fff; color: #1f2328; }}
.{WRAPPER} .clc-findings th {{ background: #f6f8fa; }}
.{WRAPPER} .clc-findings td.clc-num {{ text-align: right; font-variant-numeric: tabular-nums; }}
.{WRAPPER} .clc-findings td.clc-contradictory {{ background: {_RED}; }}
.{WRAPPER} .clc-findings td.clc-suspect {{ background: {_AMBER}; }}
.{WRAPPER} .clc-findings td.clc-consistent {{ background: {_GREEN}; }}
.{WRAPPER} .clc-findings td.clc-code {{ white-space: nowrap; }}
.{WRAPPER} .clc-rule-name {{ color: #57606a; font-size: 12px; }}
.{WRAPPER} .clc-hint {{ color: #57606a; font-size: 13px; margin-left: .4em; }}
.{WRAPPER} .clc-empty, .{WRAPPER} .clc-errors {{ color: #57606a; }}
"""


@dataclass(frozen=True, slots=True)
class Mark:
    """One highlight to draw: ``[start, end)`` of the text, and its opening ``<mark ...>`` tag, escaped."""

    start: int
    end: int
    tag: str


def render_html(report: Report) -> str:
    """The whole fragment: summary line, marked article, findings table."""
    index = report.source_map
    return (
        f'<div class="{WRAPPER}">\n<style>{STYLE}</style>\n'
        f"{_head(report)}\n"
        f'<div class="clc-article">{marked_text(report.text, _claim_marks(report))}</div>\n'
        f"{findings_table(report, index)}\n"
        f"{_errors(report)}</div>"
    )


# --- the article ------------------------------------------------------------------------


def marked_text(text: str, marks: Iterable[Mark]) -> str:
    """Escape ``text`` and wrap each mark's range in its tag, always nesting properly.

    >>> marked_text("a <b> & c", [Mark(2, 5, "<mark>")])
    'a <mark>&lt;b&gt;</mark> &amp; c'
    >>> marked_text("abcdef", [Mark(0, 4, "<mark>"), Mark(2, 6, '<mark class="x">')])  # crossing: cut
    '<mark>ab<mark class="x">cd</mark></mark>ef'
    """
    size = len(text)
    ordered = sorted(
        ((min(m.start, size), min(max(m.end, m.start), size), n, m.tag) for n, m in enumerate(marks)),
        key=lambda item: (item[0], -item[1], item[2]),
    )
    out: list[str] = []
    open_ends: list[int] = []  # ends of the open marks, innermost last; never increasing
    pos = 0

    def close_until(limit: int) -> None:
        nonlocal pos
        while open_ends and open_ends[-1] <= limit:
            end = open_ends.pop()
            out.append(escape(text[pos:end], quote=False))
            out.append("</mark>")
            pos = end

    for start, end, _, tag in ordered:
        close_until(start)
        if open_ends and end > open_ends[-1]:
            end = open_ends[-1]  # crosses the enclosing mark's end: keep it inside
        out.append(escape(text[pos:start], quote=False))
        out.append(tag)
        open_ends.append(end)
        pos = start
    close_until(size)
    out.append(escape(text[pos:], quote=False))
    return "".join(out)


def _claim_marks(report: Report) -> list[Mark]:
    involving: dict[str, list[Finding]] = {c.id: [] for c in report.claims}
    for finding in report.findings:
        for cid in finding.claims:
            involving.setdefault(cid, []).append(finding)
    marks = []
    for claim in report.claims:
        status = report.status_of(claim.id)
        span = claim.number_span if claim.number_span.end > claim.number_span.start else claim.span
        title = tooltip(claim, status, involving[claim.id])
        tag = (f'<mark class="{STATUS_CLASS[status]}" data-claim="{escape(claim.id)}" '
               f'data-status="{status.value}" title="{escape(title)}">')
        marks.append(Mark(span.start, span.end, tag))
    return marks


def tooltip(claim: Claim, status: Status, findings: Iterable[Finding]) -> str:
    """Plain text, one fact a line: what the figure was read as, then what the rules said."""
    lines = [
        f"{claim.id}: {status.value}",
        f"“{claim.text}”",
        f"value: {value_text(claim)}",
        f"qualifier: {claim.qualifier.value}",
        f"unit: {claim.unit.value}",
        f"metric: {claim.metric.value}",
        f"scope: {scope_text(claim)}",
    ]
    for finding in findings:
        lines.append(f"{finding.rule} {finding.status.value}: {finding.message}")
        if finding.suggestions:
            lines.append(f"  suggestion: {' or '.join(finding.suggestions)}")
    return "\n".join(lines)


def value_text(claim: Claim) -> str:
    if claim.unit is Unit.DATE:
        if claim.date is None:
            return f"{claim.printed} (year not known)"
        return claim.date.isoformat() + (f" ({claim.weekday})" if claim.weekday else "")
    return str(claim.value)


def scope_text(claim: Claim) -> str:
    level = claim.scope.level.value
    return f"{level} ({claim.scope.name})" if claim.scope.name else level


# --- summary, findings, errors ----------------------------------------------------------


def _head(report: Report) -> str:
    summary = report.summary
    source = f'<span class="clc-source">{escape(report.source or "text")}</span>'
    published = (f'<span class="clc-published">published {report.published.isoformat()}</span>'
                 if report.published else "")
    badges = "".join(
        f'<span class="clc-badge {STATUS_CLASS[s]}">{summary[s.value]} {s.value}</span>' for s in STATUS_ORDER
    )
    hint = '<span class="clc-hint">hover a figure for how it was read</span>' if report.claims else ""
    return f'<div class="clc-head">{source}{published}{summary["claims"]} claims: {badges}{hint}</div>'


def findings_in_reading_order(report: Report) -> list[Finding]:
    """Contradictory and suspect findings first, then the consistent ones, each in text order."""
    def key(f: Finding) -> tuple[bool, int]:
        return f.status is Status.CONSISTENT, min((s.start for s in f.spans), default=0)

    return sorted(report.findings, key=key)


def figures_of(report: Report, finding: Finding) -> str:
    known = {c.id: c for c in report.claims}
    return ", ".join(known[cid].printed if cid in known else cid for cid in finding.claims)


def finding_line(finding: Finding, index: Positions) -> int:
    return index.position(min((s.start for s in finding.spans), default=0))[0]


def findings_table(report: Report, index: Positions) -> str:
    if not report.findings:
        return '<p class="clc-empty">No findings: no figure could be checked against another.</p>'
    head = "".join(f"<th>{h}</th>" for h in ("line", "code", "status", "figures", "message", "suggestion"))
    rows = []
    for f in findings_in_reading_order(report):
        cells = (
            f'<td class="clc-num">{finding_line(f, index)}</td>',
            f'<td class="clc-code"><code>{escape(f.rule)}</code><br><span class="clc-rule-name">{escape(f.name)}</span></td>',
            f'<td class="{STATUS_CLASS[f.status]}">{f.status.value}</td>',
            f"<td>{escape(figures_of(report, f))}</td>",
            f"<td>{escape(f.message)}</td>",
            f"<td>{escape(' or '.join(f.suggestions))}</td>",
        )
        rows.append(f'<tr class="clc-row-{f.status.value}">{"".join(cells)}</tr>')
    return (f'<table class="clc-findings"><thead><tr>{head}</tr></thead>\n<tbody>\n'
            + "\n".join(rows) + "\n</tbody></table>")


def _errors(report: Report) -> str:
    if not report.errors:
        return ""
    items = "".join(f"<li>internal error in {escape(e.rule)}: {escape(e.message)}</li>" for e in report.errors)
    return f'<ul class="clc-errors">{items}</ul>\n'
