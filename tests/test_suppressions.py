"""Inline suppression markers: used, unused, misspelt, file-wide, mapped from another format, and
through the real console script."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest
from conftest import installed

from countylines_check import Config, Status, check, parse
from countylines_check.document import LineIndex
from countylines_check.model import Finding, Span
from countylines_check.suppressions import apply_suppressions, find_markers, mask_markers

SCRIPT = installed() or "countylines-check"
BROKEN_SUM = "Officers safeguarded 37 people: 21 men, 9 women and eight children."
MALFORMED = "Police made nearly 1,5000 arrests."
PLAIN = "[countylines-disable-next-line CL101]"
HTML = "<!-- countylines-disable-next-line CL101 -->"


def problems(report_text: str, config: Config | None = None) -> list[tuple[str, Status]]:
    return [(f.rule, f.status) for f in check(report_text, config=config).problems]


@pytest.mark.parametrize("marker", [PLAIN, HTML, "  [countylines-disable-next-line CL1]  ", "[countylines-disable-next-line]"])
def test_a_marker_silences_the_finding_on_the_next_line(marker: str) -> None:
    text = f"{MALFORMED}\n{marker}\n{BROKEN_SUM}\n"
    report = check(text)
    assert [(f.rule, f.status) for f in report.problems] == [("CL001", Status.SUSPECT)]
    assert report.ok
    assert [f.rule for f in report.suppressed] == ["CL101"]
    assert report.to_dict()["suppressed"][0]["message"] == "21 + 9 + eight = 38, but the total '37' is 37"
    assert {report.status_of(c.id) for c in report.claims if c.printed in ("37", "21")} != {Status.CONTRADICTORY}
    assert report.summary["contradictory"] == 0


def test_a_marker_skips_blank_lines_and_stacked_markers() -> None:
    text = f"[countylines-disable-next-line CL001]\n\n{PLAIN}\n\n{MALFORMED} {BROKEN_SUM}\n"
    report = check(text)
    assert report.problems == ()
    assert sorted(f.rule for f in report.suppressed) == ["CL001", "CL101"]


def test_marker_lines_make_no_claims_or_skipped_numbers() -> None:
    bare = f"\n{BROKEN_SUM}\n"
    marked = f"{PLAIN}\n{BROKEN_SUM}\n"
    parsed = parse(marked)
    assert [c.printed for c in parsed.claims] == [c.printed for c in parse(bare).claims] == ["37", "21", "9", "eight"]
    assert parsed.skipped == ()
    assert parsed.text == marked, "the report keeps the article as written"
    assert mask_markers(marked)[: len(PLAIN)].strip() == ""


def test_a_marker_elsewhere_does_not_silence() -> None:
    text = f"{PLAIN}\n{MALFORMED}\n{BROKEN_SUM}\n"
    report = check(text)
    assert sorted(f.rule for f in report.problems) == ["CL001", "CL101", "CL900"]
    unused = next(f for f in report.problems if f.rule == "CL900")
    assert unused.status is Status.SUSPECT
    assert unused.spans == (Span(0, len(PLAIN)),)
    assert "suppresses nothing: line 2 has no CL101 finding" in unused.message
    assert "<text>:1:1: warning CL900" in str(report)


def test_a_marker_over_a_consistent_finding_is_unused() -> None:
    fixed = BROKEN_SUM.replace("eight", "seven")
    report = check(f"{PLAIN}\n{fixed}\n")
    assert [f.rule for f in report.problems] == ["CL900"]
    assert report.suppressed == ()
    assert any(f.rule == "CL101" and f.status is Status.CONSISTENT for f in report.findings)


def test_whole_file_marker() -> None:
    text = f"{MALFORMED}\n\n{BROKEN_SUM}\n\n[countylines-disable CL0, CL101]\n"
    report = check(text)
    assert report.problems == ()
    assert sorted(f.rule for f in report.suppressed) == ["CL001", "CL101"]


def test_partly_used_marker_reports_the_idle_code() -> None:
    report = check(f"[countylines-disable-next-line CL101 CL501]\n{BROKEN_SUM}\n")
    assert [f.rule for f in report.suppressed] == ["CL101"]
    [unused] = report.problems
    assert unused.rule == "CL900" and "for CL501" in unused.message


@pytest.mark.parametrize(("marker", "words"), [
    ("[countylines-disable-nextline CL101]", "'countylines-disable-nextline' is not a directive"),
    ("[countylines-disable-next-line CL999]", "'CL999' names no rule"),
    ("<!-- countylines-disable-next-line E501 -->", "'E501' names no rule"),
])
def test_a_misspelt_marker_is_reported_and_silences_nothing(marker: str, words: str) -> None:
    report = check(f"{marker}\n{BROKEN_SUM}\n")
    assert sorted(f.rule for f in report.problems) == ["CL101", "CL900"]
    assert words in next(f for f in report.problems if f.rule == "CL900").message


def test_a_next_line_marker_at_the_end_is_reported() -> None:
    report = check(f"{BROKEN_SUM}\n{PLAIN}\n")
    assert "has no line after it" in next(f for f in report.problems if f.rule == "CL900").message


def test_ignoring_cl900_hides_unused_markers() -> None:
    text = f"{PLAIN}\nPolice made 40 arrests.\n"
    assert [f.rule for f in check(text).problems] == ["CL900"]
    assert check(text, config=Config.from_dict({"ignore": ["CL900"]})).problems == ()


def test_prose_that_mentions_a_marker_is_not_one() -> None:
    text = f"Editors can type {PLAIN} above a line. {BROKEN_SUM}\n"
    assert find_markers(text) == ()
    assert [f.rule for f in check(text).problems] == ["CL101"]


def test_apply_suppressions_reads_the_original_file_lines() -> None:
    """What a Markdown reader does: the comment is not in the checked text, and ``line_of`` maps
    checked offsets back to the original file's lines."""
    source = f"# Week of action\n\n{HTML}\n{BROKEN_SUM}\n\n[countylines-disable-next-line CL2]\nNothing here.\n"
    checked = f"Week of action\n\n{BROKEN_SUM}\n\nNothing here.\n"
    original_line = {1: 1, 2: 2, 3: 4, 4: 5, 5: 7}  # checked line -> source line
    index = LineIndex(checked)

    def line_of(offset: int) -> int:
        return original_line[index.position(offset)[0]]

    report = check(checked)
    result = apply_suppressions(report.findings, source, line_of, len(checked))
    assert [f.rule for f in result.suppressed] == ["CL101"]
    unused = [f for f in result.findings if f.rule == "CL900"]
    assert len(unused) == 1 and "line 7 has no CL2 finding" in unused[0].message
    nothing_here = checked.index("Nothing here.")
    assert unused[0].spans == (Span(nothing_here, nothing_here),), "placed on the first checked line after the marker"


def test_apply_suppressions_without_markers_returns_findings_unchanged() -> None:
    findings = check(BROKEN_SUM).findings
    result = apply_suppressions(findings, BROKEN_SUM)
    assert result.findings == findings and result.suppressed == ()
    assert isinstance(result.findings[0], Finding)


# --- the real console script ------------------------------------------------------------


def run(*args: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([SCRIPT, *map(str, args)], capture_output=True, text=True, encoding="utf-8", timeout=120,
                          env={**os.environ, "PYTHONIOENCODING": "utf-8"}, stdin=subprocess.DEVNULL)


def test_cli_used_marker_turns_the_exit_code_to_0(tmp_path: Path) -> None:
    bare = tmp_path / "bare.txt"
    bare.write_text(f"{BROKEN_SUM}\n", encoding="utf-8")
    marked = tmp_path / "marked.txt"
    marked.write_text(f"{PLAIN}\n{BROKEN_SUM}\n", encoding="utf-8")
    assert run("--no-config", bare).returncode == 1
    result = run("--no-config", marked)
    assert result.returncode == 0, result.stdout
    assert "CL101" not in result.stdout
    payload = json.loads(run("--no-config", "--format", "json", marked).stdout)
    assert [f["rule"] for f in payload["suppressed"]] == ["CL101"]
    assert payload["summary"]["contradictory"] == 0


def test_cli_unused_marker_is_a_warning(tmp_path: Path) -> None:
    article = tmp_path / "stale.txt"
    article.write_text(f"{PLAIN}\nPolice made 40 arrests.\n", encoding="utf-8")
    result = run("--no-config", article)
    assert result.returncode == 0
    assert f"{article}:1:1: warning CL900" in result.stdout
    assert run("--no-config", "--fail-on", "suspect", article).returncode == 1
