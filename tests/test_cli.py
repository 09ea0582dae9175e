"""The real command line, run as a user runs it: the ``countylines-check`` script and ``python -m``.

Exit codes (cli.py, README, ``--help``): 0 nothing at the ``--fail-on`` level, 1 at least one
finding at that level, 2 usage error or unreadable input (the other files are still checked),
3 a rule crashed. Expectations are derived from ``check_file`` so they follow the library.
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import installed

from countylines_check import Report, check, check_file

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
SEED_PATHS = sorted(SEEDS_DIR.glob("*.txt"))
SEED_000 = SEEDS_DIR / "000_dda6998df5dfbe17.txt"
SEED_001 = SEEDS_DIR / "001_6be8a5f2c36ae8f6.txt"
CONTRADICTORY = "Officers safeguarded 37 people: 21 men, 9 women and eight children.\n"
CLEAN = "Officers safeguarded 37 people: 21 men, 9 women and seven children.\n"

SCRIPT = installed()
COMMANDS: dict[str, list[str]] = {
    "script": [SCRIPT or "countylines-check"],
    "module": [sys.executable, "-m", "countylines_check"],
}


def run(*args: str | Path, command: str = "script", stdin: str | None = None,
        encoding: str = "utf-8") -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONIOENCODING": encoding, "COLUMNS": "100"}
    return subprocess.run(
        [*COMMANDS[command], *map(str, args)],
        input=stdin if stdin is not None else "",
        capture_output=True, text=True, encoding="utf-8", errors="replace", env=env, timeout=120,
    )


def expected_text(reports: list[Report]) -> str:
    return "".join(f"{report}\n\n" for report in reports)


def assert_no_traceback(result: subprocess.CompletedProcess[str]) -> None:
    assert "Traceback" not in result.stderr, result.stderr
    assert "Traceback" not in result.stdout


def assert_contract(d: dict[str, Any]) -> None:
    assert d["schema"] == "countylines-check/report@1"
    assert {"source", "published", "summary", "claims", "findings"} <= set(d)
    assert set(d["summary"]) == {"claims", "consistent", "contradictory", "suspect", "unchecked"}
    for claim in d["claims"]:
        assert {"id", "text", "span", "number_span", "value", "qualifier", "unit", "metric", "scope",
                "status"} <= set(claim)
    for finding in d["findings"]:
        assert {"rule", "status", "claims", "spans", "message"} <= set(finding)


@pytest.fixture(params=sorted(COMMANDS))
def command(request: pytest.FixtureRequest) -> str:
    name: str = request.param
    return name


@pytest.fixture(scope="module")
def seed_reports() -> list[Report]:
    return [check_file(p) for p in SEED_PATHS]


def test_console_script_is_installed() -> None:
    assert SCRIPT is not None, "countylines-check is not on PATH: pip install -e ."


# --- exit codes on the seeds ------------------------------------------------------------


def test_seeds_exit_code_follows_contradictions(command: str, seed_reports: list[Report]) -> None:
    result = run(SEEDS_DIR, command=command)
    expected = 1 if any(r.contradictory for r in seed_reports) else 0
    assert result.returncode == expected, result.stderr
    assert result.stdout == expected_text(seed_reports)
    assert result.stderr == ""


def test_each_seed_exit_code_follows_its_report(seed_reports: list[Report]) -> None:
    for path, report in zip(SEED_PATHS, seed_reports):
        result = run(path)
        assert result.returncode == (0 if report.ok else 1), path.name
        assert result.stdout == expected_text([report])


def test_fail_on_never_exits_0() -> None:
    assert run("--fail-on", "never", SEEDS_DIR).returncode == 0
    assert run("--fail-on", "never", "-", stdin=CONTRADICTORY).returncode == 0


def test_fail_on_suspect_exits_1_on_seed_000() -> None:
    assert check_file(SEED_000).suspect, "seed 000 has a suspect figure (1,5000)"
    result = run("--fail-on", "suspect", SEED_000)
    assert result.returncode == 1
    assert "CL001" in result.stdout and "1,5000" in result.stdout


def test_default_fail_on_ignores_suspect_findings() -> None:
    report = check_file(SEED_000)
    assert report.suspect and not report.contradictory
    assert run(SEED_000).returncode == 0


def test_contradictory_article_exits_1(tmp_path: Path) -> None:
    path = tmp_path / "bad.txt"
    path.write_text(CONTRADICTORY, encoding="utf-8")
    result = run(path)
    assert result.returncode == 1
    assert f"{path}:1:22: error CL101" in result.stdout


# --- JSON -------------------------------------------------------------------------------


def test_json_for_a_directory_is_a_list(seed_reports: list[Report]) -> None:
    result = run("--format", "json", SEEDS_DIR)
    payload = json.loads(result.stdout)
    assert isinstance(payload, list)
    assert payload == [r.to_dict() for r in seed_reports]
    for d in payload:
        assert_contract(d)


def test_json_for_a_directory_of_one_file_is_still_a_list(tmp_path: Path) -> None:
    (tmp_path / "only.txt").write_text(CLEAN, encoding="utf-8")
    (tmp_path / "notes.csv").write_text(CONTRADICTORY, encoding="utf-8")  # not an article format: skipped
    payload = json.loads(run("--format", "json", tmp_path).stdout)
    assert isinstance(payload, list)
    assert [d["source"] for d in payload] == [str(tmp_path / "only.txt")]


def test_json_for_one_file_is_an_object() -> None:
    payload = json.loads(run("--format", "json", SEED_000).stdout)
    assert isinstance(payload, dict)
    assert_contract(payload)
    assert payload == check_file(SEED_000).to_dict()
    assert payload["source"] == str(SEED_000)


def test_json_for_several_files_is_a_list() -> None:
    payload = json.loads(run("--format", "json", SEED_000, SEED_001).stdout)
    assert isinstance(payload, list)
    assert [d["source"] for d in payload] == [str(SEED_000), str(SEED_001)]


# --- unreadable input -------------------------------------------------------------------


def test_missing_path_exits_2_with_one_line(command: str, tmp_path: Path) -> None:
    missing = tmp_path / "no-such-article.txt"
    result = run(missing, command=command)
    assert result.returncode == 2
    assert_no_traceback(result)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    assert str(missing) in lines[0]
    assert result.stdout == ""


def test_empty_directory_exits_2(tmp_path: Path) -> None:
    result = run(tmp_path)
    assert result.returncode == 2
    assert_no_traceback(result)
    assert str(tmp_path) in result.stderr


def test_unreadable_files_exit_2_and_the_others_are_still_reported(tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR")
    latin1 = tmp_path / "latin1.txt"
    latin1.write_bytes("Police made 40 arrests, caf\u00e9 owners said.".encode("latin-1"))
    result = run(binary, SEED_000, latin1, SEED_001)
    assert result.returncode == 2
    assert_no_traceback(result)
    errors = result.stderr.splitlines()
    assert len(errors) == 2, result.stderr
    assert str(binary) in errors[0] and "binary" in errors[0]
    assert str(latin1) in errors[1] and "UTF-8" in errors[1]
    assert result.stdout == expected_text([check_file(SEED_000), check_file(SEED_001)])


def test_unreadable_file_in_json_mode_still_prints_the_others(tmp_path: Path) -> None:
    binary = tmp_path / "photo.txt"
    binary.write_bytes(b"\x00\x01\x02")
    result = run("--format", "json", binary, SEED_000)
    assert result.returncode == 2
    assert_no_traceback(result)
    payload = json.loads(result.stdout)
    assert [d["source"] for d in payload] == [str(SEED_000)]


def test_input_error_outranks_findings(tmp_path: Path) -> None:
    bad = tmp_path / "bad.txt"
    bad.write_text(CONTRADICTORY, encoding="utf-8")
    result = run(bad, tmp_path / "missing.txt")
    assert result.returncode == 2
    assert "CL101" in result.stdout


# --- stdin ------------------------------------------------------------------------------


def test_stdin(command: str) -> None:
    result = run("-", command=command, stdin=CONTRADICTORY)
    assert result.returncode == 1
    assert result.stdout == expected_text([check(CONTRADICTORY, source="<stdin>")])
    assert result.stdout.startswith("<stdin>:1:22: error CL101 ")


def test_stdin_clean_exits_0() -> None:
    result = run("-", stdin=CLEAN)
    assert result.returncode == 0
    assert "<stdin>: 4 claims: 0 contradictory" in result.stdout


def test_stdin_json() -> None:
    payload = json.loads(run("--format", "json", "-", stdin=CLEAN).stdout)
    assert payload == check(CLEAN, source="<stdin>").to_dict()


# --- --published ------------------------------------------------------------------------


def test_published_is_accepted() -> None:
    result = run("--published", "2024-12-06", "--format", "json", SEED_001)
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["published"] == "2024-12-06"
    assert payload == check_file(SEED_001, published="2024-12-06").to_dict()


def test_published_accepts_free_text() -> None:
    payload = json.loads(run("--published", "6 Dec 2024", "--format", "json", SEED_001).stdout)
    assert payload["published"] == "2024-12-06"


def test_published_gives_dates_their_year() -> None:
    payload = json.loads(run("--published", "2019-10-14", "--format", "json", SEED_001).stdout)
    dates = [(c["text"], c["value"]["point"]) for c in payload["claims"] if c["unit"] == "date"]
    assert dates == [("Monday October 7th", "2019-10-07")]


def test_bad_published_exits_2_without_traceback(command: str) -> None:
    result = run("--published", "not a date", SEED_000, command=command)
    assert result.returncode == 2
    assert_no_traceback(result)
    assert "not a date" in result.stderr
    assert result.stderr.startswith("countylines-check: ")


def test_bad_published_is_reported_once_for_a_directory() -> None:
    result = run("--published", "not a date", SEEDS_DIR)
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1, result.stderr


# --- usage ------------------------------------------------------------------------------


def test_help_mentions_exit_codes(command: str) -> None:
    result = run("--help", command=command)
    assert result.returncode == 0
    text = " ".join(result.stdout.split())
    assert "exit codes:" in text
    for phrase in ("0 clean", "1 findings at the --fail-on level", "2 usage or unreadable input", "3 internal error"):
        assert phrase in text, phrase


def test_version() -> None:
    result = run("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == "countylines-check 0.1.0"


def test_no_arguments_is_a_usage_error() -> None:
    result = run()
    assert result.returncode == 2
    assert_no_traceback(result)
    assert "usage:" in result.stderr


def test_unknown_option_value_is_a_usage_error() -> None:
    result = run("--format", "xml", SEED_000)
    assert result.returncode == 2
    assert_no_traceback(result)
    assert result.stdout == ""


# --- output streams ---------------------------------------------------------------------


def test_non_utf8_stdout_does_not_crash() -> None:
    result = run("--format", "json", SEED_000, encoding="ascii")
    assert_no_traceback(result)
    assert result.returncode in (0, 2)


def test_closed_stdout_does_not_print_a_traceback() -> None:
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    with subprocess.Popen([*COMMANDS["script"], "--format", "json", str(SEEDS_DIR)], stdin=subprocess.DEVNULL,
                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # like `| head -0`: the reader goes away before the output is written
        stderr = proc.stderr.read().decode("utf-8", "replace")
        proc.wait(timeout=120)
    assert "Traceback" not in stderr, stderr


# --- --jobs: parallel checking keeps the output -----------------------------------------------


def test_jobs_give_the_serial_output_in_the_same_order(tmp_path: Path) -> None:
    for seed in SEED_PATHS:
        shutil.copy(seed, tmp_path / seed.name)
    (tmp_path / "zz_bad.txt").write_text(CONTRADICTORY, encoding="utf-8")
    (tmp_path / "zz_binary.txt").write_bytes(b"\x00\x01 not text")
    serial, parallel = run(tmp_path, "--format", "json"), run(tmp_path, "--format", "json", "--jobs", "2")
    assert (parallel.returncode, parallel.stdout, parallel.stderr) == (serial.returncode, serial.stdout, serial.stderr)
    assert serial.returncode == 2 and "zz_binary.txt" in serial.stderr  # the unreadable file is named, not dropped
    assert [d["source"] for d in json.loads(parallel.stdout)][-1].endswith("zz_bad.txt")


@pytest.mark.parametrize("value", ["-1", "two"])
def test_a_bad_jobs_value_is_a_usage_error(value: str) -> None:
    result = run(SEED_000, "--jobs", value)
    assert result.returncode == 2 and "--jobs" in result.stderr
    assert_no_traceback(result)


def test_progress_is_counted_on_a_terminal_only(monkeypatch: pytest.MonkeyPatch) -> None:
    from countylines_check import cli
    from countylines_check.batch import Outcome

    class Terminal(io.StringIO):
        def isatty(self) -> bool:
            return True

    outcomes = [Outcome(f"a{i}.txt", None, "x") for i in range(cli.PROGRESS_FROM)]
    for stream, shown in ((Terminal(), True), (io.StringIO(), False)):
        monkeypatch.setattr(sys, "stderr", stream)
        assert list(cli._progress(outcomes, len(outcomes))) == outcomes
        assert (f"{cli.PROGRESS_FROM}/{cli.PROGRESS_FROM} articles checked" in stream.getvalue()) is shown
