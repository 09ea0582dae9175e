"""Every ``--format`` parsed as its consumer parses it, and the flags that shape the output.

Most tests call ``cli.main(argv)`` in-process (fast); the ones about terminals, environment
variables and the installed script run the real ``countylines-check`` as a user does. Expected
values come from ``check()``/``check_file()`` so they follow the library; the text excerpt is a
small reviewed snapshot, as the house style asks for each format.
"""

from __future__ import annotations

import dataclasses
import importlib
import json
import os
import pty
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from countylines_check import ConfigError, Status, check, check_file
from countylines_check.cli import FORMATS, main, renderer
from countylines_check.model import Finding
from countylines_check.options import Options, enabled_codes, select_report
from countylines_check.render import github, sarif
from countylines_check.rules import BY_CODE, RULES

from test_cli import CLEAN, COMMANDS, CONTRADICTORY, SEED_000, SEEDS_DIR, assert_no_traceback, run

SARIF_SCHEMA = json.loads((Path(__file__).parent / "schemas" / "sarif-2.1.0.json").read_text(encoding="utf-8"))
ANSI = re.compile(r"\x1b\[[0-9;]*m")
TWO_LINES = "Police made 98 arrests in the county.\nOf the 90 arrests, 12 were of teenagers.\n"  # CL501 across lines


@dataclasses.dataclass(frozen=True)
class Result:
    code: int
    out: str
    err: str


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    """``main(argv)`` in-process, with the working directory and stdin under the test's control."""

    def invoke(*args: str | Path, stdin: str = "") -> Result:
        monkeypatch.setattr(sys, "stdin", _StringStdin(stdin))
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return Result(code, captured.out, captured.err)

    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    yield invoke


class _StringStdin:
    def __init__(self, text: str) -> None:
        self.text = text

    def read(self) -> str:
        return self.text


@pytest.fixture
def articles(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Path]:
    """A contradictory, a clean and a suspect article in a directory that is the working directory."""
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "news"
    folder.mkdir()
    paths = {"bad": folder / "bad.txt", "clean": folder / "clean.txt", "suspect": folder / "suspect.txt"}
    paths["bad"].write_text(CONTRADICTORY, encoding="utf-8")
    paths["clean"].write_text(CLEAN, encoding="utf-8")
    paths["suspect"].write_text(SEED_000.read_text(encoding="utf-8"), encoding="utf-8")
    return paths


@pytest.fixture
def crashing_rule(monkeypatch: pytest.MonkeyPatch) -> str:
    """Make CL101 crash on every article, as a bug in a rule would."""
    def broken(ctx: object) -> Iterator[Finding]:
        raise RuntimeError("boom")
        yield  # pragma: no cover

    spec = BY_CODE["CL101"]
    rules = tuple(dataclasses.replace(s, function=broken) if s is spec else s for s in RULES)
    monkeypatch.setattr(importlib.import_module("countylines_check.reconcile"), "RULES", rules)
    return spec.code


def line_col_text(text: str, line: int, col: int, end_line: int, end_col: int) -> str:
    """The text between two 1-based (line, column) positions, the second exclusive."""
    lines = text.split("\n")
    start = sum(len(x) + 1 for x in lines[: line - 1]) + col - 1
    end = sum(len(x) + 1 for x in lines[: end_line - 1]) + end_col - 1
    return text[start:end]


# --- the table of formats ---------------------------------------------------------------


def test_every_format_in_the_table_is_offered_by_the_cli(cli: Any, articles: dict[str, Path]) -> None:
    assert set(FORMATS) == {"text", "json", "jsonl", "sarif", "github", "junit"}
    for name in FORMATS:
        result = cli("--format", name, articles["bad"])
        assert result.code == 1, name
        assert result.out, name


def test_format_from_the_installed_script_and_python_m(articles: dict[str, Path]) -> None:
    for command in COMMANDS:
        result = run("--format", "sarif", articles["bad"], command=command)
        assert result.returncode == 1
        assert_no_traceback(result)
        jsonschema.validate(json.loads(result.stdout), SARIF_SCHEMA)


# --- json -------------------------------------------------------------------------------


def test_json_keeps_the_report_contract(cli: Any, articles: dict[str, Path]) -> None:
    one = json.loads(cli("--format", "json", articles["bad"]).out)
    assert one == check_file(articles["bad"]).to_dict()
    several = json.loads(cli("--format", "json", articles["bad"], articles["clean"]).out)
    assert [d["source"] for d in several] == [str(articles["bad"]), str(articles["clean"])]


def test_json_with_ignore_drops_the_rule_and_rederives_statuses(cli: Any, articles: dict[str, Path]) -> None:
    payload = json.loads(cli("--format", "json", "--ignore", "CL101", articles["bad"]).out)
    assert [f["rule"] for f in payload["findings"] if f["rule"] == "CL101"] == []
    assert payload["summary"]["contradictory"] == 0
    assert {c["status"] for c in payload["claims"]} == {"unchecked"} | {
        f["status"] for f in payload["findings"]}


# --- jsonl ------------------------------------------------------------------------------


def test_jsonl_is_one_finding_per_line_with_its_position(cli: Any, articles: dict[str, Path]) -> None:
    result = cli("--format", "jsonl", articles["bad"], articles["suspect"], articles["clean"])
    records = [json.loads(line) for line in result.out.splitlines()]
    reports = [check_file(articles[k]) for k in ("bad", "suspect", "clean")]
    expected = [(r.source, f.rule, f.status.value, f.message) for r in reports for f in r.problems]
    assert [(d["source"], d["rule"], d["status"], d["message"]) for d in records] == expected
    for record in records:
        assert record["kind"] == "finding"
        assert record["name"] == BY_CODE[record["rule"]].name
        assert record["level"] == {"contradictory": "error", "suspect": "warning"}[record["status"]]
        text = Path(record["source"]).read_text(encoding="utf-8")
        start, end = min(record["spans"])
        located = line_col_text(text, record["line"], record["column"], record["end_line"], record["end_column"])
        assert located == text[start:end]
    suspect = next(d for d in records if d["rule"] == "CL001")
    assert suspect["suggestions"] == ["1,500", "15,000"]


def test_jsonl_of_a_clean_article_is_empty(cli: Any, articles: dict[str, Path]) -> None:
    result = cli("--format", "jsonl", articles["clean"])
    assert (result.code, result.out) == (0, "")


def test_jsonl_reports_a_crashed_rule_as_an_error_record(cli: Any, articles: dict[str, Path],
                                                         crashing_rule: str) -> None:
    result = cli("--format", "jsonl", articles["bad"])
    assert result.code == 3
    errors = [d for d in map(json.loads, result.out.splitlines()) if d["kind"] == "error"]
    assert [(d["rule"], d["source"]) for d in errors] == [(crashing_rule, str(articles["bad"]))]
    assert "boom" in errors[0]["message"]


# --- sarif ------------------------------------------------------------------------------


def sarif_log(cli: Any, *args: str | Path) -> dict[str, Any]:
    result = cli("--format", "sarif", *args)
    log: dict[str, Any] = json.loads(result.out)
    validator = jsonschema.Draft4Validator(SARIF_SCHEMA, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER)
    errors = sorted(validator.iter_errors(log), key=str)
    assert errors == [], errors[0].message if errors else ""
    return log


def test_sarif_is_valid_and_lists_every_rule_from_the_registry(cli: Any, articles: dict[str, Path]) -> None:
    log = sarif_log(cli, articles["bad"], articles["suspect"], articles["clean"])
    assert log["version"] == "2.1.0"
    driver = log["runs"][0]["tool"]["driver"]
    assert (driver["name"], driver["version"]) == ("countylines-check", "0.1.0")
    assert driver["informationUri"].startswith("https://")
    assert [r["id"] for r in driver["rules"]] == [s.code for s in RULES]
    for descriptor, spec in zip(driver["rules"], RULES):
        assert descriptor["name"] == spec.name
        assert descriptor["shortDescription"]["text"] == spec.summary
        assert descriptor["help"]["text"] == spec.doc
        assert descriptor["fullDescription"]["text"].startswith(spec.summary)
        assert "Flags:" not in descriptor["fullDescription"]["text"]
        assert descriptor["defaultConfiguration"]["level"] in ("error", "warning")


def test_sarif_results_point_at_the_figures(cli: Any, articles: dict[str, Path]) -> None:
    log = sarif_log(cli, articles["bad"], articles["suspect"])
    run_ = log["runs"][0]
    rules = run_["tool"]["driver"]["rules"]
    reports = [check_file(articles["bad"]), check_file(articles["suspect"])]
    pairs = [(r, f) for r in reports for f in r.problems]
    assert [(r["ruleId"], r["level"]) for r in run_["results"]] == [
        (f.rule, "error" if f.status is Status.CONTRADICTORY else "warning") for _, f in pairs]
    assert run_["columnKind"] == "unicodeCodePoints"
    assert run_["originalUriBaseIds"]["%SRCROOT%"]["uri"] == Path.cwd().as_uri() + "/"
    for result, (report, finding) in zip(run_["results"], pairs):
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        assert result["message"]["text"].startswith(finding.message)
        locations = [result["locations"][0], *result.get("relatedLocations", [])]
        assert len(locations) == len(finding.spans)
        for location in locations:
            physical = location["physicalLocation"]
            artifact = physical["artifactLocation"]
            assert artifact["uriBaseId"] == "%SRCROOT%"
            assert artifact["uri"].startswith("news/") and not artifact["uri"].startswith("/")
            text = (Path.cwd() / artifact["uri"]).read_text(encoding="utf-8")
            reg = physical["region"]
            located = line_col_text(text, reg["startLine"], reg["startColumn"], reg["endLine"], reg["endColumn"])
            assert located == reg["snippet"]["text"]
        shown = sorted(loc["physicalLocation"]["region"]["snippet"]["text"] for loc in locations)
        assert shown == sorted(s.of(report.text) for s in finding.spans)


def test_sarif_for_stdin_and_for_an_absolute_path_outside_the_working_directory(
        cli: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    elsewhere = tmp_path / "outside" / "bad.txt"
    elsewhere.parent.mkdir()
    elsewhere.write_text(CONTRADICTORY, encoding="utf-8")
    workdir = tmp_path / "work"
    workdir.mkdir()
    monkeypatch.chdir(workdir)
    log = sarif_log(cli, elsewhere)
    artifact = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact == {"uri": elsewhere.as_uri()}
    result = cli("--format", "sarif", "-", stdin=CONTRADICTORY)
    log = json.loads(result.out)
    jsonschema.validate(log, SARIF_SCHEMA)
    artifact = log["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert artifact["uri"] == "stdin"


def test_sarif_lists_only_selected_rules_and_indexes_into_them(cli: Any, articles: dict[str, Path]) -> None:
    log = sarif_log(cli, "--select", "CL1", "--ignore", "CL102", articles["bad"])
    driver = log["runs"][0]["tool"]["driver"]
    assert [r["id"] for r in driver["rules"]] == ["CL101", "CL103", "CL104"]
    result = log["runs"][0]["results"][0]
    assert (result["ruleId"], driver["rules"][result["ruleIndex"]]["id"]) == ("CL101", "CL101")


def test_sarif_records_a_crashed_rule_as_a_failed_invocation(cli: Any, articles: dict[str, Path],
                                                             crashing_rule: str) -> None:
    log = sarif_log(cli, articles["bad"])
    invocation = log["runs"][0]["invocations"][0]
    assert invocation["executionSuccessful"] is False
    [notice] = invocation["toolExecutionNotifications"]
    assert notice["associatedRule"]["id"] == crashing_rule
    assert "boom" in notice["message"]["text"]


# --- github -----------------------------------------------------------------------------

GH_LINE = re.compile(r"^::(?P<kind>error|warning) (?P<props>[^:]*)::(?P<message>.*)$")


def unescape_property(value: str) -> str:
    return (value.replace("%2C", ",").replace("%3A", ":").replace("%0A", "\n").replace("%0D", "\r")
            .replace("%25", "%"))


def parse_command(line: str) -> tuple[str, dict[str, str], str]:
    """Split a workflow command the way the runner does (actions/runner ActionCommand.cs)."""
    match = GH_LINE.match(line)
    assert match, line
    props = dict(p.split("=", 1) for p in match["props"].split(","))
    return match["kind"], {k: unescape_property(v) for k, v in props.items()}, unescape_property(match["message"])


def test_github_annotations_locate_each_finding(cli: Any, articles: dict[str, Path]) -> None:
    result = cli("--format", "github", articles["bad"], articles["suspect"], articles["clean"])
    parsed = [parse_command(line) for line in result.out.splitlines()]
    reports = [check_file(articles["bad"]), check_file(articles["suspect"])]
    expected = [("error" if f.status is Status.CONTRADICTORY else "warning", r, f) for r in reports for f in r.problems]
    assert len(parsed) == len(expected)
    for (kind, props, message), (want_kind, report, finding) in zip(parsed, expected):
        assert kind == want_kind
        assert props["file"] == Path(report.source or "").relative_to(Path.cwd()).as_posix()
        assert props["title"] == f"{finding.rule} {finding.name}"
        text = report.text
        first = min(finding.spans, key=lambda s: s.start)
        located = line_col_text(text, int(props["line"]), int(props["col"]), int(props["endLine"]),
                                int(props["endColumn"]))
        assert located == first.of(text)
        assert message.split("\n")[0] == finding.message


def test_github_escapes_messages_and_properties() -> None:
    report = check(CONTRADICTORY, source="odd: name, really.txt")
    tricky = dataclasses.replace(report.problems[0], message="50% rise:\r\nfrom 2, to 3: odd")
    report = dataclasses.replace(report, findings=(tricky,))
    [line] = github.render([report], Options()).splitlines()
    assert line.endswith("::50%25 rise:%0D%0Afrom 2, to 3: odd%0Asuggestion: total 38")  # ':' ',' kept in data
    assert "file=odd%3A name%2C really.txt," in line
    kind, props, message = parse_command(line)
    assert props["file"] == "odd: name, really.txt"
    assert message == "50% rise:\r\nfrom 2, to 3: odd\nsuggestion: total 38"


def test_github_file_name_with_colon_and_comma_from_the_script(tmp_path: Path) -> None:
    path = tmp_path / "a:b,c%d.txt"
    path.write_text(CONTRADICTORY, encoding="utf-8")
    result = subprocess.run([*COMMANDS["script"], "--format", "github", path.name], cwd=tmp_path,
                            capture_output=True, text=True, encoding="utf-8", timeout=120,
                            env={k: v for k, v in os.environ.items() if k != "GITHUB_STEP_SUMMARY"})
    assert result.returncode == 1, result.stderr
    assert "file=a%3Ab%2Cc%25d.txt," in result.stdout
    assert parse_command(result.stdout.splitlines()[0])[1]["file"] == path.name


def test_github_step_summary_is_appended_to_the_file_from_the_env(tmp_path: Path) -> None:
    summary = tmp_path / "summary.md"
    summary.write_text("# earlier step\n", encoding="utf-8")
    bad = tmp_path / "bad.txt"
    bad.write_text(CONTRADICTORY, encoding="utf-8")
    env = {**os.environ, "GITHUB_STEP_SUMMARY": str(summary)}
    result = subprocess.run([*COMMANDS["script"], "--format", "github", "bad.txt", str(SEED_000)], cwd=tmp_path,
                            capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    assert result.returncode == 1, result.stderr
    markdown = summary.read_text(encoding="utf-8")
    assert markdown.startswith("# earlier step\n## countylines-check\n")
    report = check_file(bad)
    assert f"| `bad.txt` | {len(report.claims)} | {len(report.contradictory)} | 0 | fails |" in markdown
    seed = check_file(SEED_000)
    assert f"| {len(seed.claims)} | 0 | 1 | passes |" in markdown
    assert "**error** `CL101` 21 + 9 + eight = 38" in markdown
    assert "**warning** `CL001` '1,5000'" in markdown


def test_github_step_summary_unwritable_is_one_line_and_exit_2(tmp_path: Path) -> None:
    env = {**os.environ, "GITHUB_STEP_SUMMARY": str(tmp_path / "missing-dir" / "summary.md")}
    result = subprocess.run([*COMMANDS["script"], "--format", "github", str(SEED_000)], capture_output=True,
                            text=True, encoding="utf-8", env=env, timeout=120)
    assert result.returncode == 2
    assert_no_traceback(result)
    assert len(result.stderr.splitlines()) == 1 and "GITHUB_STEP_SUMMARY" in result.stderr
    assert "::warning " in result.stdout


def test_step_summary_markdown_escapes_the_message() -> None:
    report = check(CONTRADICTORY, source="x.txt")
    odd = dataclasses.replace(report.problems[0], message="a *bold* | pipe\nnext")
    markdown = github.step_summary([dataclasses.replace(report, findings=(odd,))], Options())
    assert "a \\*bold\\* \\| pipe next" in markdown


# --- junit ------------------------------------------------------------------------------


def test_junit_has_a_testcase_per_article_and_fails_only_failing_ones(cli: Any, articles: dict[str, Path]) -> None:
    result = cli("--format", "junit", articles["bad"], articles["suspect"], articles["clean"])
    root = ET.fromstring(result.out)
    assert root.tag == "testsuites"
    [suite] = root.findall("testsuite")
    cases = suite.findall("testcase")
    assert [(c.get("classname"), c.get("name")) for c in cases] == [
        ("news", "bad.txt"), ("news", "suspect.txt"), ("news", "clean.txt")]
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("3", "1", "0")
    assert (root.get("tests"), root.get("failures")) == ("3", "1")
    failures = [c.find("failure") for c in cases]
    assert [f is not None for f in failures] == [True, False, False]
    failure = failures[0]
    assert failure is not None and failure.text is not None
    assert "CL101" in failure.text and "21 + 9 + eight = 38" in failure.text
    suspect_out = cases[1].find("system-out")
    assert suspect_out is not None and "CL001" in (suspect_out.text or "")
    assert cases[2].find("system-out") is None


def test_junit_follows_fail_on(cli: Any, articles: dict[str, Path]) -> None:
    strict = ET.fromstring(cli("--format", "junit", "--fail-on", "suspect", articles["suspect"]).out)
    assert strict.get("failures") == "1"
    lenient = ET.fromstring(cli("--format", "junit", "--fail-on", "never", articles["bad"]).out)
    assert lenient.get("failures") == "0"
    assert lenient.find("testsuite/testcase/failure") is None


def test_junit_crashed_rule_is_an_error(cli: Any, articles: dict[str, Path], crashing_rule: str) -> None:
    root = ET.fromstring(cli("--format", "junit", articles["clean"]).out)
    assert root.get("errors") == "1"
    error = root.find("testsuite/testcase/error")
    assert error is not None and "boom" in (error.text or "")


def test_junit_survives_control_characters_in_the_article(cli: Any, tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "odd.txt").write_text("Page\x0c break. " + CONTRADICTORY, encoding="utf-8")
    root = ET.fromstring(cli("--format", "junit", "odd.txt").out)
    assert root.get("failures") == "1"


# --- text: source excerpts and colour ----------------------------------------------------

SNAPSHOT = """\
<stdin>:1:22: error CL101 21 + 9 + eight = 38, but the total '37' is 37
  |
1 | Officers safeguarded 37 people: 21 men, 9 women and eight children.
  |                      ^^         ^^      ^           ^^^^^
    suggestion: total 38
<stdin>: 4 claims: 4 contradictory, 0 suspect, 0 consistent, 0 unchecked

"""


def test_show_source_underlines_every_span(cli: Any) -> None:
    result = cli("--show-source", "--color", "never", "-", stdin=CONTRADICTORY)
    assert result.out == SNAPSHOT


def test_color_always_styles_the_same_text(cli: Any) -> None:
    result = cli("--show-source", "--color", "always", "-", stdin=CONTRADICTORY)
    assert "\x1b[1;31merror\x1b[0m" in result.out
    assert "\x1b[1;31m" + " " * 21 + "^^" in result.out  # carets in the error colour
    assert ANSI.sub("", result.out) == SNAPSHOT


def test_without_show_source_text_is_one_line_per_finding(cli: Any) -> None:
    result = cli("--color", "never", "-", stdin=CONTRADICTORY)
    assert result.out == f"{check(CONTRADICTORY, source='<stdin>')}\n\n"
    assert "^" not in result.out


def test_excerpt_shows_each_line_of_a_finding(cli: Any) -> None:
    out = cli("--show-source", "-", stdin=TWO_LINES).out
    assert "1 | Police made 98 arrests in the county.\n  |             ^^\n" in out
    assert "2 | Of the 90 arrests, 12 were of teenagers.\n  |        ^^\n" in out


def test_long_lines_are_cut_around_the_figure(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    filler = "The week of action involved officers from many teams across the region. " * 4
    article = filler + "Officers made nearly 1,5000 arrests during the week. " + filler
    out = cli("--show-source", "-", stdin=article).out.splitlines()
    row = next(i for i, line in enumerate(out) if line.startswith("1 | "))
    shown, carets = out[row], out[row + 1]
    assert len(shown) <= 60 and shown.startswith("1 | …") and shown.endswith("…")
    start = carets.index("^")
    assert shown[start:start + len("1,5000")] == "1,5000"
    assert carets[start:] == "^" * 6


def test_spans_far_apart_on_a_long_line_get_a_window_each(cli: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "50")
    middle = "Officers from many teams took part across the towns and villages of the wider county. "
    article = f"Police made 98 arrests in the county. {middle * 2}Of the 90 arrests, 12 were of teenagers."
    out = cli("--show-source", "-", stdin=article).out.splitlines()
    rows = [i for i, line in enumerate(out) if line.startswith("1 | ")]
    assert len(rows) == 2
    underlined = []
    for i in rows:
        start = out[i + 1].index("^")
        underlined.append(out[i][start:start + 2])
    assert underlined == ["98", "90"]


def _run_in_terminal(args: list[str], env: dict[str, str]) -> str:
    """Run the script with its stdout on a pseudo-terminal, as when a user types the command."""
    primary, secondary = pty.openpty()
    try:
        proc = subprocess.Popen([*COMMANDS["script"], *args], stdout=secondary, stderr=subprocess.PIPE,
                                stdin=subprocess.DEVNULL, env=env)
        os.close(secondary)
        chunks = []
        while True:
            try:
                data = os.read(primary, 4096)
            except OSError:  # the terminal closes when the process exits
                break
            if not data:
                break
            chunks.append(data)
        proc.wait(timeout=120)
    finally:
        os.close(primary)
    return b"".join(chunks).decode("utf-8").replace("\r\n", "\n")


def test_on_a_terminal_source_and_colour_are_on_by_default(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(CONTRADICTORY, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if k not in ("NO_COLOR", "TERM")}
    env["COLUMNS"] = "100"
    out = _run_in_terminal([str(bad)], env)
    assert "\x1b[" in out
    assert "^^" in ANSI.sub("", out)
    no_color = _run_in_terminal([str(bad)], {**env, "NO_COLOR": "1"})
    assert "\x1b[" not in no_color and "^^" in no_color
    forced = _run_in_terminal(["--color", "always", str(bad)], {**env, "NO_COLOR": "1"})
    assert "\x1b[" in forced
    quiet = _run_in_terminal(["--quiet", "--color", "never", str(bad)], env)
    assert "^" not in quiet and "claims:" not in quiet and "CL101" in quiet


def test_piped_output_has_no_colour_or_excerpt() -> None:
    result = run("-", stdin=CONTRADICTORY)
    assert "\x1b[" not in result.stdout and "^" not in result.stdout


# --- select / ignore --------------------------------------------------------------------


def test_select_keeps_only_the_chosen_rules(cli: Any, articles: dict[str, Path]) -> None:
    result = cli("--select", "CL0", "--format", "jsonl", articles["bad"], articles["suspect"])
    assert {json.loads(line)["rule"] for line in result.out.splitlines()} == {"CL001"}
    assert result.code == 0  # the contradictory CL101 finding is not selected


def test_ignore_takes_codes_and_prefixes_case_insensitively(cli: Any, articles: dict[str, Path]) -> None:
    assert cli("--ignore", "cl101", articles["bad"]).code == 0
    assert cli("--ignore", "CL1", articles["bad"]).code == 0
    assert cli("--ignore", "CL2,CL3", articles["bad"]).code == 1
    assert cli("--ignore", "CL2", "--ignore", "CL101", articles["bad"]).code == 0  # repeated flags add up


def test_more_specific_select_wins_over_ignore(cli: Any, articles: dict[str, Path]) -> None:
    assert cli("--select", "CL101", "--ignore", "CL1", articles["bad"]).code == 1
    assert cli("--select", "CL1", "--ignore", "CL101", articles["bad"]).code == 0


@pytest.mark.parametrize("flag", ["--select", "--ignore"])
@pytest.mark.parametrize("code", ["CL8", "CL1011", "XY101", "CL10l"])
def test_unknown_code_is_a_usage_error(cli: Any, articles: dict[str, Path], flag: str, code: str) -> None:
    result = cli(flag, code, articles["bad"])
    assert result.code == 2
    assert result.out == ""
    [line] = result.err.splitlines()
    assert line.startswith(f"countylines-check: {flag}: unknown rule code") and code.upper() in line


def test_unknown_code_from_the_script_has_no_traceback(articles: dict[str, Path]) -> None:
    result = run("--select", "CL999", articles["bad"])
    assert result.returncode == 2
    assert_no_traceback(result)
    assert "CL999" in result.stderr


def test_enabled_codes_and_select_report() -> None:
    assert enabled_codes(None) == frozenset(BY_CODE)
    assert enabled_codes(["ALL"], ["CL0"]) == frozenset(c for c in BY_CODE if not c.startswith("CL0"))
    with pytest.raises(ConfigError, match="CL777"):
        enabled_codes(["CL777"])
    report = check(CONTRADICTORY)
    assert select_report(report, frozenset(BY_CODE)) is report
    trimmed = select_report(report, frozenset(BY_CODE) - {"CL101"})
    assert all(f.rule != "CL101" for f in trimmed.findings)
    assert trimmed.ok and not report.ok


def test_options_are_frozen_and_a_merge_rederives_the_rules() -> None:
    options = Options()
    with pytest.raises(dataclasses.FrozenInstanceError):
        options.quiet = True  # type: ignore[misc]
    merged = dataclasses.replace(options, select=("CL3",), fail_on="suspect")
    assert merged.enabled == {"CL301", "CL302"}
    with pytest.raises(ConfigError, match="fail-on"):
        Options(fail_on="sometimes")


# --- statistics, quiet, exit-zero -------------------------------------------------------


def test_statistics_counts_findings_per_rule(cli: Any, articles: dict[str, Path]) -> None:
    result = cli("--statistics", SEEDS_DIR, articles["bad"], articles["suspect"])
    reports = [check_file(p) for p in sorted(SEEDS_DIR.glob("*.txt"))] + [check_file(articles["bad"]),
                                                                          check_file(articles["suspect"])]
    counts = Counter(f.rule for r in reports for f in r.problems)
    rows = [line.split() for line in result.out.splitlines()]
    assert {code: int(n) for n, code, _ in rows} == dict(counts)
    assert {code: name for _, code, name in rows} == {code: BY_CODE[code].name for code in counts}
    assert [int(n) for n, _, _ in rows] == sorted((int(n) for n, _, _ in rows), reverse=True)
    assert result.code == 1  # the exit code still follows --fail-on


def test_statistics_as_json_and_with_select(cli: Any, articles: dict[str, Path]) -> None:
    rows = json.loads(cli("--statistics", "--format", "json", articles["bad"], articles["suspect"]).out)
    assert {r["code"]: (r["count"], r["contradictory"], r["suspect"]) for r in rows} == {
        "CL101": (1, 1, 0), "CL001": (1, 0, 1)}
    only = json.loads(cli("--statistics", "--format", "json", "--select", "CL0", articles["bad"]).out)
    assert only == []


def test_statistics_with_a_format_it_cannot_print_is_a_usage_error(cli: Any, articles: dict[str, Path]) -> None:
    result = cli("--statistics", "--format", "sarif", articles["bad"])
    assert result.code == 2 and result.out == "" and "--statistics" in result.err


def test_quiet_prints_only_the_findings(cli: Any, articles: dict[str, Path]) -> None:
    result = cli("--quiet", articles["bad"], articles["clean"], articles["suspect"])
    lines = result.out.splitlines()
    findings = [f for k in ("bad", "suspect") for f in check_file(articles[k]).problems]
    assert [line.split()[2] for line in lines if not line.startswith(" ")] == [f.rule for f in findings]
    assert "claims:" not in result.out and "" not in lines
    assert cli("-q", articles["clean"]).out == ""


def test_exit_zero_turns_findings_into_0_but_not_errors(cli: Any, articles: dict[str, Path]) -> None:
    result = cli("--exit-zero", articles["bad"])
    assert result.code == 0 and "CL101" in result.out
    assert cli("--exit-zero", "--fail-on", "suspect", articles["suspect"]).code == 0
    assert cli("--exit-zero", articles["bad"], "missing.txt").code == 2
    assert cli("--exit-zero", "--select", "CL8", articles["bad"]).code == 2


def test_exit_zero_keeps_3_for_a_crashed_rule(cli: Any, articles: dict[str, Path], crashing_rule: str) -> None:
    result = cli("--exit-zero", articles["clean"])
    assert result.code == 3
    assert f"internal error in {crashing_rule}" in result.out


def test_help_lists_the_new_flags() -> None:
    text = " ".join(run("--help").stdout.split())
    for flag in ("--select", "--ignore", "--exit-zero", "--quiet", "--statistics", "--color", "--show-source",
                 "jsonl", "sarif", "github", "junit", "--exit-zero turns 1 into 0"):
        assert flag in text, flag


def test_renderers_take_reports_and_options_only() -> None:
    report = check(CONTRADICTORY, source="a.txt")
    for name in FORMATS:
        assert isinstance(renderer(name)([report], Options(format=name)), str), name
    assert sarif.default_level(BY_CODE["CL001"]) == "warning" and sarif.default_level(BY_CODE["CL101"]) == "error"
