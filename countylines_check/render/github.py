"""GitHub Actions workflow commands: an ``::error`` or ``::warning`` annotation per finding.

GitHub shows each annotation on the pull request's diff at ``file``/``line``/``col``. Values are
escaped as the runner unescapes them (actions/toolkit ``command.ts``): in the message ``%``, CR
and LF; in property values also ``:`` and ``,``, which would otherwise end the value. With
``$GITHUB_STEP_SUMMARY`` set, the command line also appends a Markdown summary (``step_summary``)
to that file, which GitHub shows on the run's page.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from ..model import Status
from ._common import LEVEL, display_path, main_span, message_with_suggestions, region

if TYPE_CHECKING:
    from ..options import Options
    from ..report import Report

COMMAND = {Status.CONTRADICTORY: "error", Status.SUSPECT: "warning"}


def escape_data(text: str) -> str:
    """Escape a command's message.

    >>> escape_data("50% of 10\\nmore")
    '50%25 of 10%0Amore'
    """
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (file, title...).

    >>> escape_property("a:b,c")
    'a%3Ab%2Cc'
    """
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(kind: str, message: str, **properties: str | int) -> str:
    props = ",".join(f"{key}={escape_property(str(value))}" for key, value in properties.items())
    return f"::{kind} {props}::{escape_data(message)}" if props else f"::{kind}::{escape_data(message)}"


def annotation_lines(report: Report) -> Iterator[str]:
    index = report.source_map
    path = display_path(report.source)
    for finding in report.problems:
        where = region(index, main_span(finding))
        yield command(COMMAND[finding.status], message_with_suggestions(finding), file=path, line=where.line,
                      col=where.column, endLine=where.end_line, endColumn=where.end_column,
                      title=f"{finding.rule} {finding.name}")
    for error in report.errors:
        yield command("error", f"rule {error.rule} crashed: {error.message}", file=path,
                      title="countylines-check internal error")


def render(reports: Sequence[Report], options: Options) -> str:
    return "".join(f"{line}\n" for r in reports for line in annotation_lines(r))


# --- step summary -----------------------------------------------------------------------

MARKDOWN_SPECIAL = "\\`*_[]<>|"  # what can start markup mid-line in GitHub Markdown


def escape_markdown(text: str) -> str:
    """Backslash-escape what Markdown would read as markup; newlines become spaces.

    >>> escape_markdown("a *b* | c")
    'a \\\\*b\\\\* \\\\| c'
    """
    flat = " ".join(text.split())
    return "".join(f"\\{ch}" if ch in MARKDOWN_SPECIAL else ch for ch in flat)


def step_summary(reports: Sequence[Report], options: Options) -> str:
    """A Markdown section: a table of counts per file, then each file's findings."""
    lines = ["## countylines-check", ""]
    if not reports:
        return "\n".join([*lines, "No articles were checked.", ""])
    lines += ["| file | claims | contradictory | suspect | result |", "| --- | ---: | ---: | ---: | --- |"]
    for r in reports:
        result = "fails" if r.failing(options.fail_on) else "passes"
        if r.errors:
            result = "internal error"
        cell = display_path(r.source).replace("|", "\\|")  # GFM reads \| as a pipe even in code
        lines.append(f"| `{cell}` | {len(r.claims)} | {len(r.contradictory)} | "
                     f"{len(r.suspect)} | {result} |")
    for r in reports:
        if not r.problems and not r.errors:
            continue
        index = r.source_map
        lines += ["", f"### `{display_path(r.source)}`", ""]
        for f in r.problems:
            where = region(index, main_span(f))
            suggestion = f" (suggestion: {escape_markdown(' or '.join(f.suggestions))})" if f.suggestions else ""
            lines.append(f"- line {where.line}, column {where.column}: **{LEVEL[f.status]}** "
                         f"`{f.rule}` {escape_markdown(f.message)}{suggestion}")
        lines += [f"- **internal error** in `{e.rule}`: {escape_markdown(e.message)}" for e in r.errors]
    return "\n".join(lines) + "\n\n"
