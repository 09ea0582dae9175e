"""Fact-check the figures in articles about UK county lines drug operations.

>>> report = check("In Hampshire, 49 people were safeguarded. Of these, 28 were men, 13 were women "
...                "and a further eight were children.")
>>> report.ok, [(f.rule, f.status.value) for f in report.findings]
(True, [('CL101', 'consistent'), ('CL104', 'consistent')])
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from .document import Document, coerce_published
from .errors import ConfigError, CountylinesError, InputError, ReportFailed
from . import readers
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
    """Check an article file: plain text, Markdown, HTML or Word, chosen by suffix (``readers.SUFFIXES``).

    Positions in the report's text are offsets into the prose read from the file; ``str(report)``,
    ``Report.position`` and the ``line``/``col``/``source_span`` fields of ``to_dict()`` point at the
    file itself. A date the file declares (Markdown front matter, an HTML ``<meta>``) is used when
    ``published`` is not given.

    Raises:
        InputError: the file cannot be read or decoded, or its format needs an extra that is not installed.
    """
    article = readers.read(path)
    date = coerce_published(published) or article.published
    parsed = parse_document(Document.from_text(article.text, published=date))
    findings, errors = run_rules(parsed, strict=strict)
    return build_report(parsed, findings, errors, str(Path(path)), origin=article.map, format=article.format)
