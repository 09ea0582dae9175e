"""The Report: an article's claims, the findings about them, and their derived statuses.

A claim has no status of its own: its status is a view of the findings that involve it (the
worst of contradictory > suspect > consistent; unchecked when none does), computed once when the
Report is built so it cannot drift from the findings. ``to_dict`` is written by hand against
REPORT_FORMAT.md so the contract is visible in one function.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from typing import TYPE_CHECKING, Any

from .errors import ConfigError, ReportFailed
from .model import Claim, Finding, Parsed, Quantity, RuleError, Skipped, Span, Status, Unit
from .readers._source import SourceMap

if TYPE_CHECKING:
    import pandas

SCHEMA = "countylines-check/report@1"
SEVERITY = {Status.CONTRADICTORY: 3, Status.SUSPECT: 2, Status.CONSISTENT: 1, Status.UNCHECKED: 0}
FAIL_LEVELS = {"contradictory": Status.CONTRADICTORY, "suspect": Status.SUSPECT, "never": None}


def _number(value: Decimal | None) -> int | float | None:
    if value is None:
        return None
    if value == value.to_integral_value():
        return int(value)
    return float(value)


def _value_dict(claim: Claim) -> dict[str, Any]:
    if claim.unit is Unit.DATE:
        iso = claim.date.isoformat() if claim.date else None
        return {"low": iso, "high": iso, "point": iso}
    q: Quantity = claim.value
    return {"low": _number(q.low), "high": _number(q.high), "point": _number(q.point)}


@dataclass(frozen=True)
class Report:
    """Everything ``check()`` found in one article."""

    source: str | None
    published: dt.date | None
    text: str
    claims: tuple[Claim, ...]
    findings: tuple[Finding, ...]
    errors: tuple[RuleError, ...] = ()
    skipped: tuple[Skipped, ...] = ()
    suppressed: tuple[Finding, ...] = ()  # silenced by markers in the article; statuses ignore them
    parsed: Parsed | None = field(default=None, repr=False, compare=False)
    # the file's own text and the map from ``text`` back to it, when a reader pulled the prose out
    # of Markdown, HTML or Word; None when ``text`` is the article as given
    origin: SourceMap | None = field(default=None, repr=False, compare=False)
    format: str = "text"
    _statuses: Mapping[str, Status] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        statuses = {c.id: Status.UNCHECKED for c in self.claims}
        for finding in self.findings:
            for cid in finding.claims:
                if SEVERITY[finding.status] > SEVERITY[statuses.get(cid, Status.UNCHECKED)]:
                    statuses[cid] = finding.status
        object.__setattr__(self, "_statuses", statuses)

    # --- views --------------------------------------------------------------------------
    def status_of(self, claim_id: str) -> Status:
        """The derived status of one claim: the worst finding that involves it."""
        return self._statuses[claim_id]

    @property
    def summary(self) -> dict[str, int]:
        counts = {s.value: 0 for s in (Status.CONSISTENT, Status.CONTRADICTORY, Status.SUSPECT, Status.UNCHECKED)}
        for status in self._statuses.values():
            counts[status.value] += 1
        return {"claims": len(self.claims), **counts}

    @property
    def ok(self) -> bool:
        """True when no finding is contradictory (suspect figures do not make a report fail)."""
        return not self.contradictory

    @property
    def contradictory(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.status is Status.CONTRADICTORY)

    @property
    def suspect(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.status is Status.SUSPECT)

    @property
    def problems(self) -> tuple[Finding, ...]:
        """Contradictory and suspect findings, in text order."""
        flagged = (f for f in self.findings if f.status in (Status.CONTRADICTORY, Status.SUSPECT))
        return tuple(sorted(flagged, key=lambda f: min((s.start for s in f.spans), default=0)))

    def claim(self, claim_id: str) -> Claim:
        return next(c for c in self.claims if c.id == claim_id)

    # --- positions in the original file -------------------------------------------------------
    @cached_property
    def source_map(self) -> SourceMap:
        """Offsets of ``text`` mapped to the original file (the identity for plain text)."""
        return self.origin if self.origin is not None else SourceMap.identity(self.text)

    @property
    def source_text(self) -> str:
        """The original file's text: the Markdown or HTML as written (for .docx, one paragraph a line)."""
        return self.source_map.source_text

    def position(self, offset: int) -> tuple[int, int]:
        """Line and column (from 1) in the original file of an offset into ``text``."""
        return self.source_map.position(offset)

    def source_span(self, span: Span) -> Span:
        """The span of ``source_text`` that a span of ``text`` came from."""
        return self.source_map.to_source(span)

    # --- failing ------------------------------------------------------------------------
    def failing(self, fail_on: str | Status = "contradictory") -> tuple[Finding, ...]:
        """Findings at or above ``fail_on`` (contradictory, suspect, or never).

        Raises:
            ConfigError: ``fail_on`` is not one of the three levels.
        """
        if isinstance(fail_on, Status):
            level: Status | None = fail_on
        elif fail_on in FAIL_LEVELS:
            level = FAIL_LEVELS[fail_on]
        else:
            raise ConfigError(f"fail_on must be one of {', '.join(FAIL_LEVELS)}, not {fail_on!r}")
        if level is None:
            return ()
        return tuple(f for f in self.problems if SEVERITY[f.status] >= SEVERITY[level])

    def raise_for_findings(self, fail_on: str | Status = "contradictory") -> Report:
        """Raise ``ReportFailed`` when a finding is at or above ``fail_on``; return self otherwise."""
        failing = self.failing(fail_on)
        if failing:
            from .render.text import render_findings

            raise ReportFailed(render_findings(self, failing), self)
        return self

    # --- output -------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """The public report format (REPORT_FORMAT.md), plus extra fields the contract allows."""
        where = self.source_map
        return {
            "schema": SCHEMA,
            "source": self.source,
            "published": self.published.isoformat() if self.published else None,
            "format": self.format,
            "summary": self.summary,
            "claims": [
                {
                    "id": c.id,
                    "text": c.text,
                    "span": [c.span.start, c.span.end],
                    "number_span": [c.number_span.start, c.number_span.end],
                    "value": _value_dict(c),
                    "qualifier": c.qualifier.value,
                    "unit": c.unit.value,
                    "metric": c.metric.value,
                    "scope": {"level": c.scope.level.value, "name": c.scope.name},
                    "status": self.status_of(c.id).value,
                    "readings": [_number(r.point) for r in c.readings],
                    "item": c.item,
                    "subgroup": c.subgroup,
                    "speaker": c.speaker,
                    "weekday": c.weekday,
                    **_line_col(where, (c.span,)),
                    "source_span": _pair(where.to_source(c.span)),
                }
                for c in self.claims
            ],
            "findings": [_finding_dict(f, where) for f in self.findings],
            "relations": [
                {"kind": r.kind.value, "whole": r.whole, "parts": list(r.parts), "cue": r.cue}
                for r in (self.parsed.relations if self.parsed else ())
            ],
            "skipped": [{"span": [s.span.start, s.span.end], "text": s.text, "reason": s.reason} for s in self.skipped],
            "errors": [{"rule": e.rule, "message": e.message} for e in self.errors],
            "suppressed": [_finding_dict(f, where) for f in self.suppressed],
        }

    def to_json(self, *, indent: int | None = 2) -> str:
        return json.dumps(self.to_dict(), indent=indent, ensure_ascii=False)

    def __str__(self) -> str:
        from .render.text import render_text

        return render_text(self)

    def _repr_html_(self) -> str:
        """The article with every figure highlighted by status, then the findings (notebooks)."""
        from .render.html import render_html

        return render_html(self)

    def _repr_markdown_(self) -> str:
        from .render.markdown import render_markdown

        return render_markdown(self)

    def to_records(self) -> list[dict[str, Any]]:
        """One flat dict per claim, in text order, for ``csv.DictWriter`` or a DataFrame.

        Keys: ``source``; ``id``; ``line`` and ``col`` (from 1) of the figure; ``text`` (the claim's
        phrase) and ``figure`` (as printed); ``low``, ``high``, ``point`` (int or float, None when
        unbounded or for a date); ``date`` (ISO, date claims only); ``qualifier``; ``unit``; ``metric``;
        ``scope_level``; ``scope_name``; ``status``; ``rules`` (codes of the findings involving the
        claim, comma-separated, "" for none) and ``messages`` (their messages, one a line).
        """
        from .render.records import claim_records

        return claim_records(self)

    def to_pandas(self) -> pandas.DataFrame:
        """``to_records()`` as a pandas DataFrame, one row per claim (the ``pandas`` extra).

        Raises:
            ImportError: pandas is not installed; the message names the extra to install.
        """
        from .render.records import claim_frame

        return claim_frame(self)

    def __repr__(self) -> str:
        s = self.summary
        return (f"<Report {self.source or 'text'}: {s['claims']} claims, {s['contradictory']} contradictory, "
                f"{s['suspect']} suspect>")


def _line_col(where: SourceMap, spans: tuple[Span, ...]) -> dict[str, int]:
    """Line and column (from 1) in the original file of the earliest span, as ``str(report)`` shows them."""
    line, col = where.position(min((s.start for s in spans), default=0))
    return {"line": line, "col": col}


def _pair(span: Span) -> list[int]:
    return [span.start, span.end]


def _finding_dict(f: Finding, where: SourceMap) -> dict[str, Any]:
    return {"rule": f.rule, "name": f.name, "status": f.status.value, "claims": list(f.claims),
            "spans": [[s.start, s.end] for s in f.spans], "message": f.message, "suggestions": list(f.suggestions),
            **_line_col(where, f.spans), "source_spans": [_pair(where.to_source(s)) for s in f.spans]}


def build_report(parsed: Parsed, findings: Iterable[Finding], errors: Iterable[RuleError], source: str | None,
                 suppressed: Iterable[Finding] = (), *, origin: SourceMap | None = None,
                 format: str = "text") -> Report:
    return Report(source=source, published=parsed.published, text=parsed.text, claims=parsed.claims,
                  findings=tuple(findings), errors=tuple(errors), skipped=parsed.skipped,
                  suppressed=tuple(suppressed), parsed=parsed, origin=origin, format=format)
