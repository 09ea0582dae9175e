"""Fact-check the figures in articles about UK county lines drug operations.

>>> report = check("In Hampshire, 49 people were safeguarded. Of these, 28 were men, 13 were women "
...                "and a further eight were children.")
>>> report.ok, [(f.rule, f.status.value) for f in report.findings]
(True, [('CL101', 'consistent'), ('CL104', 'consistent')])
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .document import Document
from .errors import ConfigError, CountylinesError, InputError, ReportFailed
from .extract import parse_document
from .model import Claim, Finding, Parsed, Quantity, Qualifier, Relation, Scope, ScopeLevel, Span, Status, Unit, Metric
from .reconcile import run_rules
from .report import Report, build_report

__all__ = [
    "check", "check_file", "parse", "reconcile",
    "Report", "Claim", "Quantity", "Finding", "Relation", "Parsed", "Span", "Scope", "ScopeLevel",
    "Status", "Qualifier", "Unit", "Metric",
    "CountylinesError", "InputError", "ConfigError", "ReportFailed",
]
__version__ = "0.1.0"


def parse(text: str, *, published: dt.date | str | None = None) -> Parsed:
    """Read an article into typed claims and the relations the text states between them.

    Args:
        text: the article as plain text.
        published: publication date (a date or ISO string); found in the text when omitted.
    Raises:
        InputError: ``text`` is not a string or ``published`` is not a date.
    """
    return parse_document(Document.from_text(text, published=published))


def reconcile(parsed: Parsed, *, source: str | None = None, strict: bool = False) -> Report:
    """Run every rule over parsed claims and build the report.

    Args:
        parsed: the output of ``parse``.
        source: a name for the article (a path), shown in reports.
        strict: re-raise a crashing rule instead of recording it in ``Report.errors``.
    """
    findings, errors = run_rules(parsed, strict=strict)
    return build_report(parsed, findings, errors, source)


def check(text: str, *, published: dt.date | str | None = None, source: str | None = None,
          strict: bool = False) -> Report:
    """Parse an article and reconcile its figures: the whole pipeline in one call.

    Args:
        text: the article as plain text.
        published: publication date (a date or ISO string); found in the text when omitted.
        source: a name for the article (a path), shown in reports.
        strict: re-raise a crashing rule instead of recording it in ``Report.errors``.
    Raises:
        InputError: ``text`` is not a string or ``published`` is not a date.
    """
    return reconcile(parse(text, published=published), source=source, strict=strict)


def check_file(path: str | Path, *, published: dt.date | str | None = None, strict: bool = False) -> Report:
    """Check a UTF-8 text file.

    Raises:
        InputError: the file cannot be read or is not UTF-8 text.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read file ({exc.strerror or exc})") from None
    if b"\x00" in data[:8192]:
        raise InputError(f"{p}: looks like a binary file, not an article")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(f"{p}: not UTF-8 text (bad byte at offset {exc.start})") from None
    return check(text, published=published, source=str(p), strict=strict)
