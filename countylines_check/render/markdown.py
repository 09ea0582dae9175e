"""The report as Markdown: a summary line and the findings table (``Report._repr_markdown_``).

Markdown viewers render raw HTML and emphasis, and every message quotes the article, so each cell
is escaped: Markdown punctuation gets a backslash (CommonMark allows one before any ASCII
punctuation), ``|`` cannot end a cell early, and a line break cannot end the table.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .html import STATUS_ORDER, figures_of, finding_line, findings_in_reading_order

if TYPE_CHECKING:
    from ..report import Report

_SPECIAL = re.compile(r"([\\`*_\[\]<>|&~#!])")


def escape_markdown(text: str) -> str:
    r"""Make ``text`` render as itself inside a Markdown table cell.

    >>> print(escape_markdown("<b>a|b</b> *x*"))
    \<b\>a\|b\</b\> \*x\*
    """
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def render_markdown(report: Report) -> str:
    summary = report.summary
    counts = ", ".join(f"{summary[s.value]} {s.value}" for s in STATUS_ORDER)
    lines = [f"**{escape_markdown(report.source or 'text')}**: {summary['claims']} claims: {counts}", ""]
    if report.findings:
        index = report.source_map
        lines += ["| line | code | status | figures | message | suggestion |", "|---:|---|---|---|---|---|"]
        for f in findings_in_reading_order(report):
            cells = (str(finding_line(f, index)), f.rule, f.status.value, figures_of(report, f), f.message,
                     " or ".join(f.suggestions))
            lines.append("| " + " | ".join(escape_markdown(c) for c in cells) + " |")
    else:
        lines.append("No findings.")
    lines += [f"\ninternal error in {escape_markdown(e.rule)}: {escape_markdown(e.message)}" for e in report.errors]
    return "\n".join(lines) + "\n"
