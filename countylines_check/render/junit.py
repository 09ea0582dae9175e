"""JUnit XML, the test-report format CI servers (Jenkins, GitLab, Azure) display: one test per article.

``testsuites`` > one ``testsuite`` > one ``testcase`` per article, named after its path (the
directories as ``classname``, the file name as ``name``). An article fails, with a ``failure``
element listing its findings, when it has findings at the ``--fail-on`` level; findings below that
level go to ``system-out`` so they are still visible; a rule that crashed is an ``error``.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import PurePosixPath
from typing import TYPE_CHECKING

from ..lazyre import lazy_compile
from ._common import STDIN, display_path
from .text import render_findings

if TYPE_CHECKING:
    from ..options import Options
    from ..report import Report

SUITE = "countylines-check"
NOT_XML = lazy_compile(r"[^\t\n\r\x20-\uD7FF\uE000-\uFFFD\U00010000-\U0010FFFF]")


def xml_text(text: str) -> str:
    """Text XML 1.0 can hold: control characters an article may carry become U+FFFD."""
    return NOT_XML.sub("\ufffd", text)


def case_name(source: str | None) -> tuple[str, str]:
    """(classname, name) for an article: ``seeds/a.txt`` -> (``seeds``, ``a.txt``)."""
    if source is None or source == STDIN:
        return SUITE, STDIN
    path = PurePosixPath(display_path(source))
    parent = ".".join(part for part in path.parent.parts if part not in ("/", ".", ".."))
    return xml_text(parent or SUITE), xml_text(path.name)


def testcase(report: Report, options: Options) -> ET.Element:
    classname, name = case_name(report.source)
    case = ET.Element("testcase", classname=classname, name=name)
    failing = report.failing(options.fail_on)
    if failing:
        counts = {s: sum(1 for f in failing if f.status.value == s) for s in ("contradictory", "suspect")}
        summary = ", ".join(f"{n} {s}" for s, n in counts.items() if n)
        failure = ET.SubElement(case, "failure", message=xml_text(f"{summary} finding(s)"), type=options.fail_on)
        failure.text = xml_text(render_findings(report, failing))
    for error in report.errors:
        element = ET.SubElement(case, "error", message=xml_text(f"rule {error.rule} crashed"), type="internal")
        element.text = xml_text(error.message)
    below = [f for f in report.problems if f not in failing]
    if below:
        ET.SubElement(case, "system-out").text = xml_text(render_findings(report, below))
    return case


def render(reports: Sequence[Report], options: Options) -> str:
    cases = [testcase(r, options) for r in reports]
    counts = {
        "tests": str(len(cases)),
        "failures": str(sum(1 for c in cases if c.find("failure") is not None)),
        "errors": str(sum(1 for c in cases if c.find("error") is not None)),
    }
    root = ET.Element("testsuites", {"name": SUITE, **counts})
    suite = ET.SubElement(root, "testsuite", {"name": SUITE, **counts, "skipped": "0"})
    suite.extend(cases)
    ET.indent(root)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(root, encoding="unicode") + "\n"
