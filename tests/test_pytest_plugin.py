"""``pytest --countylines articles/``, run as a newsroom's CI runs it, through pytest's own ``pytester``.

The plugin is loaded from the installed ``pytest11`` entry point in every inner run, exactly as in
a user's environment. Expected lines and columns come from ``check`` so they follow the library.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from countylines_check import check
from countylines_check.document import LineIndex
from countylines_check.testing import article_suffixes

pytest_plugins = ["pytester"]

CLEAN = "Officers safeguarded 37 people: 21 men, 9 women and seven children.\n"
# Line 3 has a breakdown that does not add up (contradictory).
CONTRADICTORY = (
    "County lines week of action\n"
    "Forces worked together during the week.\n"
    "Officers safeguarded 37 people: 21 men, 9 women and eight children.\n"
)
SUSPECT_ONLY = "Police made nearly 1,5000 arrests.\n"  # a malformed figure: suspect, not contradictory
WEEKDAY = "Police raided 12 homes on Monday October 7th.\n"  # a Monday in 2019, a Wednesday in 2020


def first_problem_position(text: str) -> tuple[int, int]:
    report = check(text)
    start = min(s.start for s in report.problems[0].spans)
    return LineIndex(text).position(start)


def write_articles(pytester: pytest.Pytester, **articles: str) -> None:
    """Write ``articles/NAME.txt`` files (``name="text"``); a key may carry its own suffix as ``name__md``."""
    (pytester.path / "articles").mkdir(exist_ok=True)
    for key, text in articles.items():
        stem, _, suffix = key.partition("__")
        (pytester.path / "articles" / f"{stem}.{suffix or 'txt'}").write_text(text, encoding="utf-8")


def run(pytester: pytest.Pytester, *args: str) -> pytest.RunResult:
    """Run pytest in-process; hypothesis's plugin is left out (it re-imports hypothesis every run), and
    the warning that the already-imported package cannot be assert-rewritten (an in-process artefact)."""
    return pytester.runpytest("-p", "no:hypothesispytest", "-W", "ignore::pytest.PytestAssertRewriteWarning", *args)


def failure_sections(result: pytest.RunResult) -> str:
    """The FAILURES part of pytest's output, without the one-line summary after it."""
    out = result.stdout.str()
    if "= FAILURES =" not in out:
        return ""
    return out.split("= FAILURES =", 1)[1].split("short test summary info", 1)[0].split("warnings summary", 1)[0]


# --- a passing and a failing article ----------------------------------------------------


def test_a_clean_article_is_one_passing_test(pytester: pytest.Pytester) -> None:
    write_articles(pytester, clean=CLEAN)
    result = run(pytester, "--countylines", "articles/", "-v")
    result.assert_outcomes(passed=1)
    result.stdout.fnmatch_lines(["*articles/clean.txt::countylines PASSED*"])


def test_a_failing_article_shows_its_findings_not_a_traceback(pytester: pytest.Pytester) -> None:
    write_articles(pytester, clean=CLEAN, bad=CONTRADICTORY)
    result = run(pytester, "--countylines", "articles/")
    result.assert_outcomes(passed=1, failed=1)
    line, col = first_problem_position(CONTRADICTORY)
    assert (line, col) == (3, 22), "the '37' on line 3"
    section = failure_sections(result)
    assert f"articles/bad.txt:{line}:{col}: error CL101 21 + 9 + eight = 38" in section
    assert "suggestion: total 38" in section
    assert f"{line} | Officers safeguarded 37 people:" in section, "an excerpt shows the figures"
    assert "1 finding at or above 'contradictory' in articles/bad.txt" in section
    for noise in ("Traceback", "pytest_plugin.py", "raise ", "ArticleProblem", "E   "):
        assert noise not in section, noise
    # pytest's one-line summary leads with the finding, so the cause shows without scrolling
    result.stdout.fnmatch_lines(
        [f"FAILED articles/bad.txt::countylines - articles/bad.txt:{line}:{col}: error CL101*"])


def test_the_failure_headline_names_the_article(pytester: pytest.Pytester) -> None:
    write_articles(pytester, bad=CONTRADICTORY)
    result = run(pytester, "--countylines", "articles/")
    result.stdout.re_match_lines([r"_+ countylines-check articles/bad\.txt _+"])


def test_junit_xml_places_the_failure_on_the_finding_line(pytester: pytest.Pytester) -> None:
    write_articles(pytester, clean=CLEAN, bad=CONTRADICTORY)
    # xunit1 is the JUnit family that carries file and line (pytest's default, xunit2, has neither)
    run(pytester, "--countylines", "articles/", "--junitxml=junit.xml", "-o", "junit_family=xunit1")
    root = ET.parse(pytester.path / "junit.xml").getroot()
    cases = {case.get("file"): case for case in root.iter("testcase")}
    assert set(cases) == {"articles/bad.txt", "articles/clean.txt"}
    bad = cases["articles/bad.txt"]
    failure = bad.find("failure")
    assert failure is not None
    line, col = first_problem_position(CONTRADICTORY)
    # pytest's locations are 0-based (as for a Python test); the message carries the 1-based line
    assert bad.get("line") == str(line - 1)
    assert failure.get("message", "").startswith(f"articles/bad.txt:{line}:{col}: error CL101")
    assert cases["articles/clean.txt"].find("failure") is None
    assert cases["articles/clean.txt"].get("line") is None


def test_junit_xml_default_family_records_the_failure(pytester: pytest.Pytester) -> None:
    write_articles(pytester, bad=CONTRADICTORY)
    run(pytester, "--countylines", "articles/", "--junitxml=junit.xml")
    (case,) = ET.parse(pytester.path / "junit.xml").getroot().iter("testcase")
    assert case.get("classname") == "articles.bad.txt"
    failure = case.find("failure")
    assert failure is not None and "articles/bad.txt:3:22: error CL101" in (failure.text or "")


def test_reported_location_is_the_first_failing_finding(pytester: pytest.Pytester) -> None:
    text = SUSPECT_ONLY + CONTRADICTORY  # suspect on line 1 does not fail by default; CL101 is on line 4
    write_articles(pytester, mixed=text)
    run(pytester, "--countylines", "articles/", "--junitxml=junit.xml", "-o", "junit_family=xunit1")
    (case,) = ET.parse(pytester.path / "junit.xml").getroot().iter("testcase")
    assert case.get("line") == "3"
    failure = case.find("failure")
    assert failure is not None and "CL001" not in (failure.text or "")


def test_a_markdown_article_fails_on_the_line_of_the_file(pytester: pytest.Pytester) -> None:
    """Front matter and markup shift the prose: the location is the line in the file as written."""
    markdown = ("---\ntitle: Week of action\n---\n\n# County lines\n\nForces worked **together**.\n\n"
                "Officers safeguarded 37 people: 21 men, 9 women and eight children.\n")
    write_articles(pytester, week__md=markdown)
    file_line = markdown.splitlines().index(CONTRADICTORY.splitlines()[2]) + 1
    result = run(pytester, "--countylines", "articles/", "--junitxml=junit.xml", "-o", "junit_family=xunit1")
    result.stdout.fnmatch_lines([f"articles/week.md:{file_line}:22: error CL101*"])
    (case,) = ET.parse(pytester.path / "junit.xml").getroot().iter("testcase")
    assert case.get("line") == str(file_line - 1)


# --- what is collected ------------------------------------------------------------------


def test_files_that_are_not_articles_are_ignored(pytester: pytest.Pytester) -> None:
    write_articles(pytester, story=CLEAN)
    (pytester.path / "articles" / "notes.rst").write_text(CONTRADICTORY, encoding="utf-8")
    (pytester.path / "articles" / "figures.csv").write_text("arrests,37\n", encoding="utf-8")
    (pytester.path / "articles" / "helper.py").write_text("X = 1\n", encoding="utf-8")
    result = run(pytester, "--countylines", "articles/", "--collect-only", "-q")
    assert result.ret == pytest.ExitCode.OK
    collected = [line for line in result.stdout.lines if "::" in line]
    assert collected == ["articles/story.txt::countylines"]


def test_nothing_is_collected_without_the_option(pytester: pytest.Pytester) -> None:
    """A project's own run (README, sample articles, tests) is untouched by the installed plugin."""
    pytester.makepyprojecttoml('[tool.pytest.ini_options]\ntestpaths = ["tests", "seeds", "README.md"]\n'
                               'addopts = "--doctest-glob=README.md"\n')
    (pytester.path / "seeds").mkdir()
    (pytester.path / "seeds" / "sample.txt").write_text(CONTRADICTORY, encoding="utf-8")
    (pytester.path / "README.md").write_text(CONTRADICTORY + "\n>>> 2 + 2\n4\n", encoding="utf-8")
    (pytester.path / "tests").mkdir()
    (pytester.path / "tests" / "test_one.py").write_text("def test_one():\n    pass\n", encoding="utf-8")
    result = run(pytester, "-v")
    result.assert_outcomes(passed=2)  # the test and the README's doctest, nothing else
    assert "::countylines" not in result.stdout.str()
    assert "countylines: articles" not in result.stdout.str(), "no header line either"
    assert run(pytester, "seeds").ret == pytest.ExitCode.NO_TESTS_COLLECTED


def test_every_format_the_readers_know_is_collected(pytester: pytest.Pytester) -> None:
    (pytester.path / "articles").mkdir()
    for suffix in article_suffixes():
        (pytester.path / "articles" / f"story{suffix}").write_bytes(b"")
    result = run(pytester, "--countylines", "articles/", "--collect-only", "-q")
    collected = sorted(line for line in result.stdout.lines if "::" in line)
    assert collected == sorted(f"articles/story{suffix}::countylines" for suffix in article_suffixes())


def test_suffixes_come_from_the_readers(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    """When the readers list another format, the plugin collects it with no change here."""
    from countylines_check import readers

    monkeypatch.setattr(readers, "SUFFIXES", (*readers.SUFFIXES, ".STORY"))
    assert ".story" in article_suffixes() and ".txt" in article_suffixes()
    write_articles(pytester, clean=CLEAN, draft__story=CONTRADICTORY)
    result = run(pytester, "--countylines", "articles/")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["*articles/draft.story:3:22: error CL101*"])


# --- unreadable input -------------------------------------------------------------------


@pytest.mark.parametrize(("name", "data", "reason"), [
    ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", "binary"),
    ("latin1.txt", "Police made 40 arrests in Kent, caf\u00e9 owners said.".encode("latin-1"), "UTF-8"),
], ids=["binary", "not-utf8"])
def test_an_unreadable_file_is_a_failed_item_with_one_line(pytester: pytest.Pytester, name: str, data: bytes,
                                                           reason: str) -> None:
    write_articles(pytester, clean=CLEAN)
    (pytester.path / "articles" / name).write_bytes(data)
    result = run(pytester, "--countylines", "articles/")
    result.assert_outcomes(passed=1, failed=1)
    body = [line for line in failure_sections(result).splitlines()
            if line.strip() and not line.startswith("_") and not line.startswith("=")]
    assert len(body) == 1, body
    assert body[0].startswith(f"countylines-check: articles/{name}: ")
    assert reason in body[0]


# --- options ----------------------------------------------------------------------------


def test_suspect_findings_pass_by_default(pytester: pytest.Pytester) -> None:
    write_articles(pytester, odd=SUSPECT_ONLY)
    run(pytester, "--countylines", "articles/").assert_outcomes(passed=1)


def test_fail_on_option_makes_suspect_findings_fail(pytester: pytest.Pytester) -> None:
    write_articles(pytester, odd=SUSPECT_ONLY)
    result = run(pytester, "--countylines", "--countylines-fail-on", "suspect", "articles/")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["articles/odd.txt:1:20: warning CL001 '1,5000'*", "*1,500 or 15,000*"])


def test_fail_on_never_passes_a_contradictory_article(pytester: pytest.Pytester) -> None:
    write_articles(pytester, bad=CONTRADICTORY)
    run(pytester, "--countylines", "--countylines-fail-on=never", "articles/").assert_outcomes(passed=1)


def test_fail_on_ini_option_and_the_command_line_wins(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\ncountylines_fail_on = suspect\n")
    write_articles(pytester, odd=SUSPECT_ONLY)
    run(pytester, "--countylines", "articles/").assert_outcomes(failed=1)
    overridden = run(pytester, "--countylines", "--countylines-fail-on=contradictory", "articles/")
    overridden.assert_outcomes(passed=1)


def test_a_bad_fail_on_ini_value_is_a_one_line_usage_error(pytester: pytest.Pytester) -> None:
    pytester.makeini("[pytest]\ncountylines_fail_on = suspects\n")
    write_articles(pytester, odd=SUSPECT_ONLY)
    result = run(pytester, "--countylines", "articles/")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    message = "countylines_fail_on: 'suspects' is not one of contradictory, suspect, never"
    assert message in result.stderr.str()
    assert "Traceback" not in result.stderr.str()


def test_published_ini_option_dates_articles_without_a_year(pytester: pytest.Pytester) -> None:
    write_articles(pytester, raid=WEEKDAY)
    pytester.makeini("[pytest]\ncountylines_published = 2019-10-14\n")
    run(pytester, "--countylines", "articles/").assert_outcomes(passed=1)
    pytester.makeini("[pytest]\ncountylines_published = 2020-10-14\n")
    result = run(pytester, "--countylines", "articles/")
    result.assert_outcomes(failed=1)
    result.stdout.fnmatch_lines(["articles/raid.txt:1:27: error CL301 *7 October 2020 was a Wednesday*"])
    # the command line wins over the ini file
    overridden = run(pytester, "--countylines", "--countylines-published=2019-10-14", "articles/")
    overridden.assert_outcomes(passed=1)


def test_a_bad_published_date_is_a_usage_error(pytester: pytest.Pytester) -> None:
    write_articles(pytester, raid=WEEKDAY)
    result = run(pytester, "--countylines", "--countylines-published=someday", "articles/")
    assert result.ret == pytest.ExitCode.USAGE_ERROR
    assert re.search(r"published.*'someday' is not a date", result.stderr.str())


def test_the_header_says_what_the_run_checks(pytester: pytest.Pytester) -> None:
    write_articles(pytester, clean=CLEAN)
    result = run(pytester, "--countylines", "--countylines-fail-on=suspect", "articles/")
    result.stdout.fnmatch_lines(
        ["countylines: articles *.txt*; fail on suspect; published from each article"])


# --- assert_consistent inside a user's own test -----------------------------------------


def test_assert_consistent_in_a_user_test_reports_the_findings(pytester: pytest.Pytester) -> None:
    write_articles(pytester, bad=CONTRADICTORY, clean=CLEAN)
    pytester.makepyfile(test_articles="""
        from pathlib import Path
        from countylines_check.testing import assert_consistent

        def test_clean():
            assert_consistent(Path("articles/clean.txt"))

        def test_bad():
            assert_consistent(Path("articles/bad.txt"))
    """)
    result = run(pytester, "test_articles.py")
    result.assert_outcomes(passed=1, failed=1)
    result.stdout.fnmatch_lines(["E*AssertionError: articles/bad.txt:3:22: error CL101 21 + 9 + eight = 38*"])


def test_path_in_findings_is_relative_to_where_pytest_runs(pytester: pytest.Pytester) -> None:
    write_articles(pytester, bad=CONTRADICTORY)
    result = run(pytester, "--countylines", str(Path(pytester.path, "articles")))
    assert str(pytester.path) not in failure_sections(result)
