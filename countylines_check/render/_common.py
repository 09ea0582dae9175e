"""What several renderers share: levels, where a span sits in the text, and how to name the file."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from ..model import Finding, Span, Status


class Positions(Protocol):
    """Turns a checked-text offset into a line and column of the original file (``Report.source_map``)."""

    def position(self, offset: int) -> tuple[int, int]: ...

LEVEL = {Status.CONTRADICTORY: "error", Status.SUSPECT: "warning", Status.CONSISTENT: "ok"}
STDIN = "<stdin>"


@dataclass(frozen=True, slots=True)
class Region:
    """A span as 1-based lines and columns; ``end_column`` is the column just after the span.

    Columns count characters (Unicode code points), not bytes or UTF-16 units.
    """

    line: int
    column: int
    end_line: int
    end_column: int


def region(index: Positions, span: Span) -> Region:
    line, column = index.position(span.start)
    end_line, end_column = index.position(span.end)
    return Region(line, column, end_line, end_column)


def main_span(finding: Finding) -> Span:
    """The span a one-line location points at: the first in the text (a finding may have none)."""
    return min(finding.spans, key=lambda s: (s.start, s.end), default=Span(0, 0))


def ordered_spans(finding: Finding) -> tuple[Span, ...]:
    """The main span first, then the others in text order."""
    first = main_span(finding)
    return (first, *sorted((s for s in finding.spans if s != first), key=lambda s: (s.start, s.end)))


def display_path(source: str | None) -> str:
    """The file as CI tools want it: relative to the working directory when it lies below it."""
    if source is None:
        return STDIN
    path = Path(source)
    if path.is_absolute():
        try:
            return path.relative_to(Path.cwd()).as_posix()
        except ValueError:
            return path.as_posix()
    return path.as_posix() if os.sep == "/" else str(path).replace(os.sep, "/")


def message_with_suggestions(finding: Finding) -> str:
    if not finding.suggestions:
        return finding.message
    return f"{finding.message}\nsuggestion: {' or '.join(finding.suggestions)}"
