"""SARIF 2.1.0, the format code-scanning services (GitHub, Azure DevOps, IDE viewers) read.

One run per invocation. ``tool.driver.rules`` lists the enabled rules with their docstrings, and
each result points at its rule by ``ruleId`` and ``ruleIndex``. A finding's first span is its
location; its other spans (the other figures of a sum, the repeat that differs) are
``relatedLocations``. File URIs are relative to ``%SRCROOT%``, the working directory, as code
scanning expects; columns count Unicode code points (``columnKind``), which is what the
checker's offsets are. A rule that crashed becomes a tool execution notification and marks the
invocation unsuccessful.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from .. import __version__
from ..model import Span, Status
from ..rules import RULES, RuleSpec
from ._common import STDIN, Positions, Region, display_path, message_with_suggestions, ordered_spans, region

if TYPE_CHECKING:
    from ..options import Options
    from ..report import Report

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
TOOL_NAME = "countylines-check"
INFORMATION_URI = "https://pypi.org/project/countylines-check/"
SRCROOT = "%SRCROOT%"
RESULT_LEVEL = {Status.CONTRADICTORY: "error", Status.SUSPECT: "warning"}


def default_level(spec: RuleSpec) -> str:
    """Figure-form rules (CL0xx) flag malformed figures, which are suspect; the rest find contradictions."""
    return "warning" if spec.code.startswith("CL0") else "error"


def _description(doc: str) -> str:
    """The docstring up to its examples: the summary, Why and Limits."""
    kept: list[str] = []
    for line in doc.splitlines():
        if line.strip() in ("Flags:", "Passes:"):
            break
        kept.append(line)
    return "\n".join(kept).strip()


def rule_descriptor(spec: RuleSpec) -> dict[str, Any]:
    return {
        "id": spec.code,
        "name": spec.name,
        "shortDescription": {"text": spec.summary},
        "fullDescription": {"text": _description(spec.doc)},
        "help": {"text": spec.doc},
        "defaultConfiguration": {"level": default_level(spec)},
        "properties": {"tags": ["county-lines", "figures"]},
    }


def artifact_location(source: str | None) -> dict[str, Any]:
    if source is None or source == STDIN:
        return {"uri": "stdin", "description": {"text": "standard input"}}
    shown = display_path(source)
    if Path(shown).is_absolute():
        return {"uri": Path(shown).as_uri()}
    return {"uri": quote(shown), "uriBaseId": SRCROOT}


def _region(text: str, where: Region, span: Span) -> dict[str, Any]:
    return {
        "startLine": where.line,
        "startColumn": where.column,
        "endLine": where.end_line,
        "endColumn": where.end_column,
        "snippet": {"text": span.of(text)},
    }


def _location(report: Report, index: Positions, span: Span) -> dict[str, Any]:
    return {"physicalLocation": {"artifactLocation": artifact_location(report.source),
                                 "region": _region(report.text, region(index, span), span)}}


def results(report: Report, rule_index: dict[str, int]) -> list[dict[str, Any]]:
    index = report.source_map
    out: list[dict[str, Any]] = []
    for finding in report.problems:
        first, *others = ordered_spans(finding)
        result: dict[str, Any] = {
            "ruleId": finding.rule,
            "level": RESULT_LEVEL[finding.status],
            "message": {"text": message_with_suggestions(finding)},
            "locations": [_location(report, index, first)],
        }
        if finding.rule in rule_index:
            result["ruleIndex"] = rule_index[finding.rule]
        if others:
            result["relatedLocations"] = [
                {"id": i, **_location(report, index, span), "message": {"text": f"also involved: {span.of(report.text)!r}"}}
                for i, span in enumerate(others, start=1)
            ]
        result["properties"] = {"status": finding.status.value, "claims": list(finding.claims),
                                "suggestions": list(finding.suggestions)}
        out.append(result)
    return out


def render(reports: Sequence[Report], options: Options) -> str:
    rules = [spec for spec in RULES if spec.code in options.enabled]
    rule_index = {spec.code: i for i, spec in enumerate(rules)}
    crashes = [
        {"level": "error", "message": {"text": f"{r.source or STDIN}: rule {e.rule} crashed: {e.message}"},
         "associatedRule": {"id": e.rule, **({"index": rule_index[e.rule]} if e.rule in rule_index else {})}}
        for r in reports for e in r.errors
    ]
    log = {
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": TOOL_NAME,
                "version": __version__,
                "semanticVersion": __version__,
                "informationUri": INFORMATION_URI,
                "rules": [rule_descriptor(spec) for spec in rules],
            }},
            "invocations": [{"executionSuccessful": not crashes, "toolExecutionNotifications": crashes}],
            "originalUriBaseIds": {SRCROOT: {"uri": Path.cwd().as_uri() + "/"}},
            "columnKind": "unicodeCodePoints",
            "results": [result for r in reports for result in results(r, rule_index)],
        }],
    }
    return json.dumps(log, indent=2, ensure_ascii=False) + "\n"
