"""The public surface a user imports: ``check``, ``parse``/``reconcile``, ``check_file`` and ``Report``."""

from __future__ import annotations

import datetime as dt
import importlib
import re
from pathlib import Path

import pytest

import countylines_check
from countylines_check import (
    InputError,
    Report,
    ReportFailed,
    Status,
    check,
    check_file,
    parse,
    reconcile,
)

# Line 1 has a malformed figure (suspect), line 3 a breakdown that does not add up (contradictory).
THREE_LINES = (
    "Police made nearly 1,5000 arrests.\n"
    "Forces worked together during the week.\n"
    "Officers safeguarded 37 people: 21 men, 9 women and eight children."
)
CONTRADICTORY = "Officers safeguarded 37 people: 21 men, 9 women and eight children."
CLEAN = "Officers safeguarded 37 people: 21 men, 9 women and seven children."
FINDING_LINE = re.compile(r"^(?P<source>\S+):(?P<line>\d+):(?P<col>\d+): (?P<level>\w+) (?P<code>CL\d{3}) (?P<message>.+)$")


def finding_lines(report: Report) -> list[re.Match[str]]:
    return [m for m in map(FINDING_LINE.match, str(report).splitlines()) if m]


# --- the pinned surface -----------------------------------------------------------------


def test_all_is_pinned() -> None:
    assert sorted(countylines_check.__all__) == [
        "Claim",
        "Config",
        "ConfigError",
        "CountylinesError",
        "Finding",
        "InputError",
        "Metric",
        "Parsed",
        "Qualifier",
        "Quantity",
        "Relation",
        "Report",
        "ReportFailed",
        "Scope",
        "ScopeLevel",
        "Span",
        "Status",
        "Unit",
        "check",
        "check_file",
        "find_config",
        "load_config",
        "parse",
        "reconcile",
    ]


def test_batch_surface_is_pinned() -> None:
    from countylines_check import batch

    assert sorted(batch.__all__) == [
        "Document", "Outcome", "check_document", "check_many", "claim_records", "iter_records",
    ]


def test_testing_module_surface_is_pinned() -> None:
    """``countylines_check.testing`` is public: the assertion helper a newsroom's tests import."""
    import countylines_check.testing

    assert countylines_check.testing.__all__ == ["assert_consistent"]
    assert callable(countylines_check.testing.assert_consistent)


def test_all_has_no_duplicates() -> None:
    assert len(countylines_check.__all__) == len(set(countylines_check.__all__))


@pytest.mark.parametrize("name", sorted(countylines_check.__all__))
def test_every_public_name_is_importable(name: str) -> None:
    module = importlib.import_module("countylines_check")
    value = getattr(module, name)
    assert value is not None
    assert getattr(value, "__module__", "").startswith("countylines_check.") or value.__module__ == "countylines_check"


def test_exceptions_share_one_base() -> None:
    for exc in (countylines_check.InputError, countylines_check.ConfigError, countylines_check.ReportFailed):
        assert issubclass(exc, countylines_check.CountylinesError)


# --- check / parse / reconcile ----------------------------------------------------------


def test_check_returns_a_report_with_claims_and_findings() -> None:
    report = check(CONTRADICTORY)
    assert isinstance(report, Report)
    assert [c.printed for c in report.claims] == ["37", "21", "9", "eight"]
    assert [(f.rule, f.status) for f in report.problems] == [("CL101", Status.CONTRADICTORY)]


def test_parse_then_reconcile_equals_check() -> None:
    parsed = parse(THREE_LINES)
    via_steps = reconcile(parsed, source="a.txt")
    direct = check(THREE_LINES, source="a.txt")
    assert via_steps.findings == direct.findings
    assert via_steps.claims == direct.claims == parsed.claims
    assert via_steps.to_dict() == direct.to_dict()


def test_parse_exposes_claims_and_relations() -> None:
    parsed = parse(CLEAN)
    assert parsed.text == CLEAN
    assert [c.printed for c in parsed.claims] == ["37", "21", "9", "seven"]
    assert parsed.relations, "the colon list is a breakdown the text states"


def test_published_accepts_date_and_iso_string() -> None:
    text = "Police raided 12 homes on Monday October 7th."
    by_date = check(text, published=dt.date(2019, 10, 14))
    by_string = check(text, published="2019-10-14")
    assert by_date.published == by_string.published == dt.date(2019, 10, 14)
    assert by_date.to_dict() == by_string.to_dict()


def test_source_is_carried_into_the_report() -> None:
    assert check(CLEAN, source="story.txt").source == "story.txt"
    assert check(CLEAN).source is None


# --- Report views -----------------------------------------------------------------------


def test_ok_contradictory_suspect_on_a_contradictory_article() -> None:
    report = check(THREE_LINES)
    assert report.ok is False
    assert [f.rule for f in report.contradictory] == ["CL101"]
    assert [f.rule for f in report.suspect] == ["CL001"]
    assert all(f.status is Status.CONTRADICTORY for f in report.contradictory)
    assert all(f.status is Status.SUSPECT for f in report.suspect)


def test_ok_with_only_suspect_findings() -> None:
    report = check("Police made nearly 1,5000 arrests.")
    assert report.ok is True, "suspect figures do not make a report fail"
    assert report.contradictory == ()
    assert [f.rule for f in report.suspect] == ["CL001"]


def test_summary_counts_claims_by_status() -> None:
    report = check(THREE_LINES)
    summary = report.summary
    assert set(summary) == {"claims", "consistent", "contradictory", "suspect", "unchecked"}
    assert summary["claims"] == len(report.claims) == 5
    assert summary["contradictory"] == 4  # the total and the three parts
    assert summary["suspect"] == 1  # 1,5000
    assert summary["consistent"] + summary["contradictory"] + summary["suspect"] + summary["unchecked"] == 5


def test_status_of_is_the_worst_finding() -> None:
    report = check(THREE_LINES)
    by_printed = {c.printed: report.status_of(c.id) for c in report.claims}
    assert by_printed["1,5000"] is Status.SUSPECT
    assert by_printed["37"] is Status.CONTRADICTORY
    assert by_printed["eight"] is Status.CONTRADICTORY


def test_str_lists_findings_with_line_and_column() -> None:
    report = check(THREE_LINES, source="art.txt")
    lines = finding_lines(report)
    got = [(m["source"], int(m["line"]), int(m["col"]), m["level"], m["code"]) for m in lines]
    # 1,5000 is on line 1 at column 20; "37" is on line 3 at column 22.
    assert got == [("art.txt", 1, 20, "warning", "CL001"), ("art.txt", 3, 22, "error", "CL101")]
    line1 = THREE_LINES.splitlines()[0]
    assert line1[20 - 1 : 20 - 1 + len("1,5000")] == "1,5000"
    line3 = THREE_LINES.splitlines()[2]
    assert line3[22 - 1 : 22 - 1 + 2] == "37"
    assert "1,500 or 15,000" in lines[0]["message"]
    assert "37" in lines[1]["message"] and "38" in lines[1]["message"]


def test_str_without_source_uses_placeholder_and_summary() -> None:
    text = str(check(CONTRADICTORY))
    assert text.splitlines()[0].startswith("<text>:1:")
    assert "4 contradictory" in text.splitlines()[-1]


def test_str_of_a_clean_report_lists_no_findings() -> None:
    report = check(CLEAN, source="clean.txt")
    assert finding_lines(report) == []
    assert str(report).startswith("clean.txt:")
    assert "0 contradictory" in str(report)


def test_raise_for_findings_raises_with_the_report() -> None:
    report = check(CONTRADICTORY, source="bad.txt")
    with pytest.raises(ReportFailed) as info:
        report.raise_for_findings()
    assert info.value.report is report
    assert "CL101" in str(info.value)
    assert "bad.txt:1:" in str(info.value)


def test_raise_for_findings_returns_self_when_clean() -> None:
    report = check(CLEAN)
    assert report.raise_for_findings() is report


def test_raise_for_findings_respects_fail_on() -> None:
    report = check("Police made nearly 1,5000 arrests.")
    assert report.raise_for_findings() is report
    assert report.raise_for_findings("never") is report
    with pytest.raises(ReportFailed) as info:
        report.raise_for_findings("suspect")
    assert "CL001" in str(info.value)
    with pytest.raises(ReportFailed):
        check(CONTRADICTORY).raise_for_findings(Status.SUSPECT)


def test_raise_for_findings_rejects_an_unknown_level() -> None:
    report = check("Police made nearly 1,5000 arrests.")
    with pytest.raises(countylines_check.ConfigError):
        report.raise_for_findings("suspects")


def test_report_failed_is_a_countylines_error() -> None:
    with pytest.raises(countylines_check.CountylinesError):
        check(CONTRADICTORY).raise_for_findings()


def test_report_displays_and_exports_for_notebooks() -> None:
    report = check(THREE_LINES, source="a.txt")
    assert repr(report) == "<Report a.txt: 5 claims, 4 contradictory, 1 suspect>"
    assert report._repr_html_().startswith('<div class="countylines-report">')
    assert report._repr_markdown_().startswith("**a.txt**: 5 claims")
    assert [r["figure"] for r in report.to_records()] == ["1,5000", "37", "21", "9", "eight"]
    assert callable(report.to_pandas)


# --- caller mistakes raise InputError ---------------------------------------------------


def test_check_rejects_bytes() -> None:
    with pytest.raises(InputError, match="bytes"):
        check(b"Police made 40 arrests.")  # type: ignore[arg-type]


def test_check_rejects_a_published_value_that_is_not_a_date() -> None:
    with pytest.raises(InputError, match="not a date"):
        check(CLEAN, published="not a date")


def test_parse_rejects_a_published_value_of_the_wrong_type() -> None:
    with pytest.raises(InputError):
        parse(CLEAN, published=20241206)  # type: ignore[arg-type]


# --- check_file -------------------------------------------------------------------------


def test_check_file_reads_utf8(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(CONTRADICTORY, encoding="utf-8")
    report = check_file(path)
    assert report.source == str(path)
    assert report.findings == check(CONTRADICTORY).findings
    assert check_file(str(path)).findings == report.findings


def test_check_file_strips_a_bom_and_keeps_spans_aligned(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes("\ufeff".encode() + CONTRADICTORY.encode())
    report = check_file(path)
    assert report.text == CONTRADICTORY
    assert [c.number_span.of(report.text) for c in report.claims] == ["37", "21", "9", "eight"]


def test_check_file_passes_published(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text(CLEAN, encoding="utf-8")
    assert check_file(path, published="2024-12-06").published == dt.date(2024, 12, 6)


def test_check_file_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing-article.txt"
    with pytest.raises(InputError, match="missing-article.txt"):
        check_file(path)


def test_check_file_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match=re.escape(tmp_path.name)):
        check_file(tmp_path)


def test_check_file_binary(tmp_path: Path) -> None:
    path = tmp_path / "image.txt"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00")
    with pytest.raises(InputError, match="image.txt") as info:
        check_file(path)
    assert "binary" in str(info.value)


def test_check_file_invalid_utf8(tmp_path: Path) -> None:
    path = tmp_path / "latin1.txt"
    path.write_bytes("Police made 40 arrests in Kent, caf\u00e9 owners said.".encode("latin-1"))
    with pytest.raises(InputError, match="latin1.txt") as info:
        check_file(path)
    assert "UTF-8" in str(info.value)
