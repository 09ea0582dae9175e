"""``countylines_check.testing.assert_consistent``: the assertion a newsroom's own tests call."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from countylines_check import ConfigError, InputError, Report, check
from countylines_check.testing import assert_consistent

CLEAN = "Officers safeguarded 37 people: 21 men, 9 women and seven children."
CONTRADICTORY = "Officers safeguarded 37 people: 21 men, 9 women and eight children."
SUSPECT_ONLY = "Police made nearly 1,5000 arrests."
WEEKDAY = "Police raided 12 homes on Monday October 7th."  # a Monday in 2019, a Wednesday in 2020


# --- text -------------------------------------------------------------------------------


def test_consistent_text_passes_and_returns_the_report() -> None:
    report = assert_consistent(CLEAN)
    assert isinstance(report, Report)
    assert report.findings == check(CLEAN).findings
    assert report.source is None


def test_contradictory_text_fails_with_the_rendered_findings() -> None:
    with pytest.raises(AssertionError) as info:
        assert_consistent(CONTRADICTORY)
    lines = str(info.value).splitlines()
    assert lines[0] == "<text>:1:22: error CL101 21 + 9 + eight = 38, but the total '37' is 37"
    # an excerpt of the line with every figure of the breakdown marked
    assert lines[2] == "1 | " + CONTRADICTORY
    marks = lines[3].removeprefix("  | ")
    assert [CONTRADICTORY[i] for i, ch in enumerate(marks) if ch == "^"] == list("3721" "9" "eight")
    assert lines[4] == "    suggestion: total 38"
    assert lines[-1] == "countylines-check: 1 finding at or above 'contradictory' in <text>"


def test_suspect_text_passes_by_default_and_fails_on_suspect() -> None:
    assert_consistent(SUSPECT_ONLY)
    with pytest.raises(AssertionError, match=r"<text>:1:20: warning CL001 '1,5000'"):
        assert_consistent(SUSPECT_ONLY, fail_on="suspect")


def test_fail_on_never_passes_anything() -> None:
    assert_consistent(CONTRADICTORY, fail_on="never")


def test_an_unknown_fail_on_level_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="suspects"):
        assert_consistent(CLEAN, fail_on="suspects")


def test_published_is_passed_to_the_check() -> None:
    assert_consistent(WEEKDAY, published=dt.date(2019, 10, 14))
    with pytest.raises(AssertionError, match="CL301.*7 October 2020 was a Wednesday"):
        assert_consistent(WEEKDAY, published="2020-10-14")


# --- allow ------------------------------------------------------------------------------


@pytest.mark.parametrize("allow", [["CL101"], ("parts-do-not-sum",), "CL101", ["cl101"]],
                         ids=["code", "name", "a-single-string", "lower-case-code"])
def test_allow_lets_a_rule_through(allow: list[str] | tuple[str, ...] | str) -> None:
    report = assert_consistent(CONTRADICTORY, allow=allow)
    assert [f.rule for f in report.contradictory] == ["CL101"], "allowed findings are still in the report"


def test_allow_covers_only_the_rules_it_names() -> None:
    with pytest.raises(AssertionError) as info:
        assert_consistent(SUSPECT_ONLY + "\n" + CONTRADICTORY, fail_on="suspect", allow=["CL101"])
    assert "CL001" in str(info.value)
    assert "CL101" not in str(info.value)


def test_allowing_an_unknown_rule_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="'CL999'"):
        assert_consistent(CLEAN, allow=["CL999"])


# --- paths ------------------------------------------------------------------------------


def test_a_path_is_read_as_a_file(tmp_path: Path) -> None:
    clean = tmp_path / "clean.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    assert assert_consistent(clean).source == str(clean)
    bad = tmp_path / "bad.txt"
    bad.write_text(CONTRADICTORY, encoding="utf-8")
    with pytest.raises(AssertionError) as info:
        assert_consistent(bad)
    assert str(info.value).startswith(f"{bad}:1:22: error CL101")
    assert_consistent(bad, allow=["CL101"])


def test_an_unreadable_path_is_an_input_error(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="missing.txt"):
        assert_consistent(tmp_path / "missing.txt")


def test_a_string_that_looks_like_a_file_name_is_refused_not_guessed(tmp_path: Path) -> None:
    """A str is text: a file name passed as a str would otherwise be checked as an empty article."""
    path = tmp_path / "bad.txt"
    path.write_text(CONTRADICTORY, encoding="utf-8")
    with pytest.raises(InputError, match=r"looks like a file name.*pathlib\.Path"):
        assert_consistent(str(path))


def test_a_short_text_with_a_figure_is_not_taken_for_a_file_name() -> None:
    assert_consistent("Police made 12 arrests in Leeds.txt")


def test_bytes_are_refused() -> None:
    with pytest.raises(InputError, match="bytes"):
        assert_consistent(CLEAN.encode())  # type: ignore[arg-type]
