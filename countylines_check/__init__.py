"""Fact-check the figures in articles about UK county lines drug operations.

>>> report = check("In Hampshire, 49 people were safeguarded. Of these, 28 were men, 13 were women "
...                "and a further eight were children.")
>>> report.ok, [(f.rule, f.status.value) for f in report.findings]
(True, [('CL101', 'consistent'), ('CL104', 'consistent')])
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Callable
from pathlib import Path

from .config import DEFAULT as DEFAULT_CONFIG
from .config import Config, find_config, load_config
from .document import Document, coerce_published
from .errors import ConfigError, CountylinesError, InputError, ReportFailed
from . import readers
from .extract import parse_document
from .readers._source import SourceMap
from .model import Claim, Finding, Parsed, Quantity, Qualifier, Relation, Scope, ScopeLevel, Span, Status, Unit, Metric
from .reconcile import run_rules
from .report import Report, build_report
from .suppressions import apply_suppressions, mask_markers
from .unwrap import join_wrapped_lines

__all__ = [
    "check", "check_file", "parse", "reconcile",
    "Report", "Claim", "Quantity", "Finding", "Relation", "Parsed", "Span", "Scope", "ScopeLevel",
    "Status", "Qualifier", "Unit", "Metric",
    "CountylinesError", "InputError", "ConfigError", "ReportFailed",
    "Config", "load_config", "find_config",
]
__version__ = "0.1.0"


def parse(text: str, *, published: dt.date | str | None = None, config: Config | None = None) -> Parsed:
    """Read an article into typed claims and the relations the text states between them.

    Args:
        text: the article as plain text; suppression marker lines in it are read as blank.
        published: publication date (a date or ISO string); found in the text when omitted.
        config: extra force aliases and metric words to read with (``Config``).
    Raises:
        InputError: ``text`` is not a string or ``published`` is not a date.
        ConfigError: ``config`` holds an alias or metric word that is not valid.
    """
    doc = Document.from_text(text, published=published)
    lexicon, gazetteer = (config or DEFAULT_CONFIG).vocabulary()
    masked = join_wrapped_lines(mask_markers(doc.text))  # both keep every offset: spans still point into the text
    parsed = parse_document(dataclasses.replace(doc, text=masked), lexicon=lexicon, gazetteer=gazetteer)
    return parsed if masked is doc.text else _quoting(parsed, doc.text)


def _quoting(parsed: Parsed, text: str) -> Parsed:
    """Quote every claim and skipped number from the user's own text, not the masked copy.

    The mask keeps offsets but turns a joined line break into a space; a claim quoted from the
    masked copy would not match the text its span points to.
    """
    claims = tuple(dataclasses.replace(c, text=c.span.of(text)) for c in parsed.claims)
    skipped = tuple(dataclasses.replace(s, text=s.span.of(text)) for s in parsed.skipped)
    return dataclasses.replace(parsed, text=text, claims=claims, skipped=skipped)


def reconcile(parsed: Parsed, *, source: str | None = None, strict: bool = False, config: Config | None = None,
              source_text: str | None = None, line_of: Callable[[int], int] | None = None) -> Report:
    """Run the rules over parsed claims, apply the article's suppression markers, build the report.

    Args:
        parsed: the output of ``parse``.
        source: a name for the article (a path), shown in reports.
        strict: re-raise a crashing rule instead of recording it in ``Report.errors``.
        config: which rules run and their options (``Config``); every rule with its defaults when None.
        source_text: the original file, when the checked text was read out of Markdown, HTML or Word:
            suppression markers are read from its lines. Defaults to the checked text.
        line_of: with ``source_text``, maps a checked-text offset to its 1-based line in it.
    """
    return _reconcile(parsed, source=source, strict=strict, config=config, source_text=source_text, line_of=line_of)


def _reconcile(parsed: Parsed, *, source: str | None, strict: bool, config: Config | None, source_text: str | None,
               line_of: Callable[[int], int] | None, origin: SourceMap | None = None, format: str = "text") -> Report:
    config = config or DEFAULT_CONFIG
    findings, errors = run_rules(parsed, enabled=config.enabled, strict=strict, options=config.rule_options())
    result = apply_suppressions(findings, parsed.text if source_text is None else source_text, line_of,
                                len(parsed.text), report_unused=config.enabled("CL900"))
    return build_report(parsed, result.findings, errors, source, result.suppressed, origin=origin, format=format)


def check(text: str, *, published: dt.date | str | None = None, source: str | None = None,
          strict: bool = False, config: Config | None = None) -> Report:
    """Parse an article and reconcile its figures: the whole pipeline in one call.

    Args:
        text: the article as plain text.
        published: publication date (a date or ISO string); found in the text when omitted.
        source: a name for the article (a path), shown in reports.
        strict: re-raise a crashing rule instead of recording it in ``Report.errors``.
        config: rule selection, rule options and extra vocabulary (``Config``, ``load_config``).
    Raises:
        InputError: ``text`` is not a string or ``published`` is not a date.
        ConfigError: ``config`` holds an alias or metric word that is not valid.
    """
    return reconcile(parse(text, published=published, config=config), source=source, strict=strict, config=config)


def check_file(path: str | Path, *, published: dt.date | str | None = None, strict: bool = False,
               config: Config | None = None) -> Report:
    """Check an article file: plain text, Markdown, HTML or Word, chosen by suffix (``readers.SUFFIXES``).

    Positions in the report's text are offsets into the prose read from the file; ``str(report)``,
    ``Report.position`` and the ``line``/``col``/``source_span`` fields of ``to_dict()`` point at the
    file itself. A date the file declares (Markdown front matter, an HTML ``<meta>``) is used when
    ``published`` is not given. Suppression markers are read from the file's own lines. ``config``
    is used as given (the CLI finds the nearest one with ``find_config``).

    Raises:
        InputError: the file cannot be read or decoded, or its format needs an extra that is not installed.
    """
    article = readers.read(path)
    date = coerce_published(published) or article.published
    parsed = parse(article.text, published=date, config=config)
    origin = article.map
    return _reconcile(parsed, source=str(Path(path)), strict=strict, config=config, source_text=origin.source_text,
                      line_of=lambda offset: origin.position(offset)[0], origin=origin, format=article.format)
