"""Inline suppressions: markers in the article that silence a finding an editor has checked by hand.

Two spellings, each alone on its own line::

    <!-- countylines-disable-next-line CL101 -->     Markdown and HTML (a comment readers never show)
    [countylines-disable-next-line CL101]           plain text (typed by hand, never read as prose)

``countylines-disable CL101`` (either spelling, anywhere in the file) silences a rule for the whole
article. Codes may be prefixes (``CL1``) and several may be given (``CL101 CL501`` or
``CL101, CL501``); no code silences every rule. A next-line marker applies to the next line that
is neither blank nor another marker, and silences a contradictory or suspect finding when one of
the figures it highlights is on that line.

Suppression works on the lines of the *original* file, so it does not depend on the format: a
reader that turns Markdown, HTML or Word into checked text passes the original source and a
``line_of`` map from checked-text offsets to original lines. In plain text the checked text is the
original, and ``mask_markers`` blanks the marker lines before parsing so they never make claims.

A suppressed finding is kept in ``Report.suppressed``; a marker that silences nothing, names no
rule or is misspelt is reported as CL900 (unused-suppression), so stale markers do not pile up.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Iterable
from dataclasses import dataclass

import regex

from .lazyre import lazy_compile
from .model import Finding, Span, Status
from .rules import BY_CODE

UNUSED_CODE, UNUSED_NAME = "CL900", "unused-suppression"
NEXT_LINE, WHOLE_FILE = "countylines-disable-next-line", "countylines-disable"
MARKER = lazy_compile(
    r"""(?mx)
    ^[ \t]*
    (?P<marker>
        <!--[ \t]*(?P<html>countylines-[^\n]*?)[ \t]*-->     # <!-- countylines-... -->
      | \[[ \t]*(?P<plain>countylines-[^\]\n]*+)\]           # [countylines-...]
    )
    [ \t]*\r?$
    """
)
SEPARATORS = lazy_compile(r"[\s,]+")
CODE_PREFIX = lazy_compile(r"^CL\d{0,3}$")


@dataclass(frozen=True, slots=True)
class Marker:
    """One marker line of the original file."""

    line: int  # 1-based line in the source text
    start: int  # offsets of the marker itself in the source text
    end: int
    text: str
    directive: str  # NEXT_LINE, WHOLE_FILE, or what was written instead
    codes: tuple[str, ...]  # empty: every rule

    @property
    def problem(self) -> str | None:
        """Why the marker cannot work as written, or None."""
        if self.directive not in (NEXT_LINE, WHOLE_FILE):
            return f"'{self.directive}' is not a directive: use {NEXT_LINE} or {WHOLE_FILE}"
        unknown = [c for c in self.codes if not CODE_PREFIX.match(c) or not any(k.startswith(c) for k in BY_CODE)]
        if unknown:
            return f"{', '.join(repr(c) for c in unknown)} names no rule"
        return None

    def covers(self, rule: str) -> bool:
        return not self.codes or any(rule.startswith(c) for c in self.codes)


@dataclass(frozen=True, slots=True)
class Suppressed:
    """The findings to report (with CL900 for unused markers) and those the markers silenced."""

    findings: tuple[Finding, ...]
    suppressed: tuple[Finding, ...]


def find_markers(source_text: str) -> tuple[Marker, ...]:
    """Every marker line in the original text.

    >>> [(m.line, m.directive, m.codes) for m in find_markers("Intro.\\n[countylines-disable-next-line CL101, CL5]\\nText")]
    [(2, 'countylines-disable-next-line', ('CL101', 'CL5'))]
    """
    if "countylines-" not in source_text:  # the common case costs one substring search
        return ()
    markers: list[Marker] = []
    line_starts = _line_starts(source_text)
    for m in MARKER.finditer(source_text):
        body = (m["html"] if m["html"] is not None else m["plain"]).strip()
        directive, *codes = [w for w in SEPARATORS.split(body) if w]
        start, end = m.span("marker")
        markers.append(Marker(bisect.bisect_right(line_starts, start), start, end, m["marker"], directive,
                              tuple(codes)))
    return tuple(markers)


def mask_markers(text: str) -> str:
    """Plain text with every marker blanked (same length, lines kept), so markers make no claims.

    >>> mask_markers("[countylines-disable CL101]\\n40 arrests.")
    '                           \\n40 arrests.'
    """
    markers = find_markers(text)
    if not markers:
        return text
    pieces: list[str] = []
    last = 0
    for marker in markers:
        pieces += [text[last : marker.start], " " * (marker.end - marker.start)]
        last = marker.end
    pieces.append(text[last:])
    return "".join(pieces)


def apply_suppressions(
    findings: Iterable[Finding], source_text: str, line_of: Callable[[int], int] | None = None,
    text_length: int | None = None, *, report_unused: bool = True,
) -> Suppressed:
    """Split findings into reported and suppressed by the markers in the original source.

    Args:
        findings: the rules' findings; spans are offsets into the checked text.
        source_text: the original file as the editor sees it (for plain text, the checked text).
        line_of: maps a checked-text offset to its 1-based line in ``source_text``; None when the
            checked text is ``source_text`` itself.
        text_length: length of the checked text (needed with ``line_of``, to place CL900 findings).
        report_unused: add a CL900 finding for each marker that silences nothing.
    """
    found = tuple(findings)
    markers = find_markers(source_text)
    if not markers:
        return Suppressed(found, ())
    plain = line_of is None
    starts = _line_starts(source_text)
    line_at: Callable[[int], int] = line_of or (lambda offset: bisect.bisect_right(starts, offset))
    targets = _targets(source_text, starts, markers)
    used: dict[int, set[str]] = {}  # marker index -> the rules it silenced
    kept: list[Finding] = []
    silenced: list[Finding] = []
    for finding in found:
        lines = {line_at(s.start) for s in finding.spans}
        hits = [
            i for i, m in enumerate(markers)
            if m.problem is None and m.covers(finding.rule) and finding.status in (Status.CONTRADICTORY, Status.SUSPECT)
            and (m.directive == WHOLE_FILE or targets[i] in lines)
        ]
        for i in hits:
            used.setdefault(i, set()).add(finding.rule)
        (silenced if hits else kept).append(finding)
    if report_unused:
        length = len(source_text) if plain else (text_length or 0)
        for i, marker in enumerate(markers):
            why = _unused(marker, targets[i], used.get(i, set()))
            if why is not None:
                span = Span(marker.start, marker.end) if plain else _span_at_line(marker.line, line_at, length)
                kept.append(Finding(rule=UNUSED_CODE, name=UNUSED_NAME, status=Status.SUSPECT, claims=(),
                                    spans=(span,), message=f"'{marker.text.strip()}' {why}"))
    return Suppressed(tuple(kept), tuple(silenced))


def _line_starts(text: str) -> list[int]:
    return [0, *(m.end() for m in regex.finditer(r"\n", text))]


def _targets(text: str, starts: list[int], markers: tuple[Marker, ...]) -> list[int | None]:
    """The line each next-line marker applies to: the next line neither blank nor a marker."""
    marker_lines = {m.line for m in markers}
    out: list[int | None] = []
    for m in markers:
        target = None
        for line in range(m.line + 1, len(starts) + 1):
            end = starts[line] if line < len(starts) else len(text)
            if line not in marker_lines and text[starts[line - 1] : end].strip():
                target = line
                break
        out.append(target)
    return out


def _unused(marker: Marker, target: int | None, used: set[str]) -> str | None:
    """Why a marker is worth reporting, or None when every code it names silenced something."""
    if marker.problem is not None:
        return marker.problem
    if marker.directive == NEXT_LINE and target is None:
        return "has no line after it to apply to"
    where = f"line {target}" if marker.directive == NEXT_LINE else "the article"
    if not used:
        named = " or ".join(marker.codes) if marker.codes else "contradictory or suspect"
        return f"suppresses nothing: {where} has no {named} finding"
    idle = [c for c in marker.codes if not any(rule.startswith(c) for rule in used)]
    if idle:
        return f"suppresses nothing for {', '.join(idle)}: {where} has no such finding"
    return None


def _span_at_line(line: int, line_of: Callable[[int], int], length: int) -> Span:
    """Where a marker that is not in the checked text (an HTML comment) is reported: the first
    checked character on or after its line, found by bisection since ``line_of`` never decreases."""
    lo, hi = 0, length
    while lo < hi:
        mid = (lo + hi) // 2
        if line_of(mid) >= line:
            hi = mid
        else:
            lo = mid + 1
    return Span(lo, lo)


__all__ = ["Marker", "Suppressed", "apply_suppressions", "find_markers", "mask_markers"]
