"""Human-readable report: one ``path:line:col: LEVEL CODE message`` line per finding (ruff style).

With ``show_source`` each finding is followed by the source line(s) it points at, with a line-number
gutter and ``^^^`` under every span, like ruff or a compiler. Article paragraphs are often far
wider than a terminal, so a long line is cut to a window around the spans (``…`` marks the cut);
spans too far apart for one window get a window each.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..document import LineIndex
from ..model import Finding, Span, Status
from ._common import LEVEL, Positions, ordered_spans

if TYPE_CHECKING:
    from ..options import Options
    from ..report import Report

__all__ = ["LEVEL", "finding_line", "render", "render_findings", "render_text"]

ELLIPSIS = "…"
MIN_WIDTH = 20


@dataclass(frozen=True, slots=True)
class Style:
    """ANSI styling that is a no-op when colour is off, so one code path builds both outputs."""

    color: bool = False

    def _sgr(self, code: str, text: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if self.color and text else text

    def bold(self, text: str) -> str:
        return self._sgr("1", text)

    def gutter(self, text: str) -> str:
        return self._sgr("1;34", text)

    def dim(self, text: str) -> str:
        return self._sgr("2", text)

    def level(self, status: Status, text: str) -> str:
        codes = {Status.CONTRADICTORY: "1;31", Status.SUSPECT: "1;33"}
        return self._sgr(codes.get(status, "1;32"), text)


PLAIN = Style()


def finding_line(report: Report, finding: Finding, index: Positions, style: Style = PLAIN) -> str:
    start = min((s.start for s in finding.spans), default=0)
    line, col = index.position(start)
    where = style.bold(f"{report.source or '<text>'}:{line}:{col}:")
    level = style.level(finding.status, LEVEL.get(finding.status, "info"))
    return f"{where} {level} {style.bold(finding.rule)} {finding.message}"


def _finding_block(report: Report, finding: Finding, index: Positions, source_lines: LineIndex, style: Style,
                   source_width: int | None) -> list[str]:
    lines = [finding_line(report, finding, index, style)]
    if source_width is not None:  # the excerpt shows the file as written (Markdown, HTML), not the prose read from it
        spans = [report.source_span(s) for s in ordered_spans(finding)]
        lines.extend(excerpt(report.source_text, source_lines, spans, finding.status, style, source_width))
    if finding.suggestions:
        lines.append(f"    {style.bold('suggestion:')} {' or '.join(finding.suggestions)}")
    return lines


def render_findings(report: Report, findings: Iterable[Finding], style: Style = PLAIN,
                    source_width: int | None = None) -> str:
    """The findings, one line each plus a suggestion line; with ``source_width``, source excerpts."""
    index = report.source_map  # line and column in the original file, not in the prose read from it
    source_lines = LineIndex(report.source_text)
    return "\n".join(line for f in findings
                     for line in _finding_block(report, f, index, source_lines, style, source_width))


def summary_line(report: Report, style: Style = PLAIN) -> str:
    s = report.summary
    line = (f"{style.bold((report.source or '<text>') + ':')} {s['claims']} claims: "
            f"{s['contradictory']} contradictory, {s['suspect']} suspect, {s['consistent']} consistent, "
            f"{s['unchecked']} unchecked")
    return line + (f", {len(report.suppressed)} suppressed by markers" if report.suppressed else "")


def render_text(report: Report, style: Style = PLAIN, source_width: int | None = None) -> str:
    """Problems first, then a one-line summary of how every claim came out."""
    body = render_findings(report, report.problems, style, source_width)
    tail = summary_line(report, style)
    if report.errors:
        tail += "\n" + "\n".join(f"internal error in {e.rule}: {e.message}" for e in report.errors)
    return f"{body}\n{tail}" if body else tail


def render(reports: Sequence[Report], options: Options) -> str:
    """Each report followed by a blank line; with ``quiet``, only the findings."""
    style = Style(options.color)
    width = options.width if options.show_source else None
    if options.quiet:
        blocks = [render_findings(r, r.problems, style, width) for r in reports]
        blocks += [f"internal error in {e.rule}: {e.message}" for r in reports for e in r.errors]
        return "".join(f"{b}\n" for b in blocks if b)
    return "".join(f"{render_text(r, style, width)}\n\n" for r in reports)


# --- source excerpts --------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class _Mark:
    """One span's columns on one line, 0-based and half-open."""

    start: int
    end: int


def excerpt(text: str, index: LineIndex, spans: Sequence[Span], status: Status, style: Style,
            width: int) -> list[str]:
    """The lines ``spans`` touch, each with a gutter and carets under the spans on it."""
    marks: dict[int, list[_Mark]] = {}
    starts: dict[int, int] = {}
    for span in spans:
        line, col = index.position(span.start)
        line_start = starts.setdefault(line, span.start - (col - 1))
        line_end = _line_end(text, line_start)
        end = min(span.end, line_end)  # a span running past the line is underlined to its end
        marks.setdefault(line, []).append(_Mark(span.start - line_start, max(end - line_start, col)))
    if not marks:
        return []
    number_width = len(str(max(marks)))
    budget = max(MIN_WIDTH, width - number_width - 3)
    blank = style.gutter(f"{'':>{number_width}} |")
    out = [blank]
    for line in sorted(marks):
        content = text[starts[line]:_line_end(text, starts[line])].replace("\t", " ")
        for window in _windows(sorted(set(marks[line]), key=lambda m: (m.start, m.end)), len(content), budget):
            shown, carets = _window_lines(content, window, budget)
            out.append(f"{style.gutter(f'{line:>{number_width}} |')} {shown}")
            out.append(f"{blank} {style.level(status, carets)}")
    return out


def _line_end(text: str, line_start: int) -> int:
    end = text.find("\n", line_start)
    end = len(text) if end < 0 else end
    return end - 1 if end > line_start and text[end - 1] == "\r" else end


def _windows(marks: list[_Mark], length: int, budget: int) -> list[list[_Mark]]:
    """Group marks so each group fits one window of ``budget`` columns (less two for the ``…``)."""
    if length <= budget:
        return [marks]
    groups: list[list[_Mark]] = []
    for mark in marks:
        if groups and mark.end - groups[-1][0].start <= budget - 2:
            groups[-1].append(mark)
        else:
            groups.append([mark])
    return groups


def _window_lines(content: str, marks: list[_Mark], budget: int) -> tuple[str, str]:
    """The visible part of the line and the caret line under it."""
    low = min(m.start for m in marks)
    high = max(m.end for m in marks)
    if len(content) <= budget:
        first, last = 0, len(content)
    else:
        room = budget - 2  # one column for each ellipsis
        first = max(0, min(low - max(0, room - (high - low)) // 2, len(content) - room))
        last = min(len(content), first + room)
    shown = content[first:last]
    shift = 0
    if first > 0:
        shown, shift = ELLIPSIS + shown, 1
    if last < len(content):
        shown += ELLIPSIS
    carets = [" "] * (len(shown) + 1)
    for mark in marks:
        start = max(mark.start, first) - first + shift
        stop = min(mark.end, last) - first + shift
        for i in range(start, max(stop, start + 1)):
            if i < len(carets):
                carets[i] = "^"
    return shown, "".join(carets).rstrip()
