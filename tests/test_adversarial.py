"""Hostile input: nothing crashes, nothing hangs, nothing is lost.

One test per class of input. Each runs ``check()`` under a generous hang guard (a minute), never a
speed target: how time grows with size is measured by ``benchmarks/adversarial.py``. Sizes are
moderate in the default hypothesis profile and full (10 MB, 200,000 digits...) under
``HYPOTHESIS_PROFILE=thorough`` (see tests/conftest.py).
"""

from __future__ import annotations

import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

import pytest
from conftest import THOROUGH
from ledger import unaccounted

from countylines_check import Report, Unit, check
from countylines_check.grammar import spans

ROOT = Path(__file__).parent.parent
SEED = (ROOT / "seeds" / "000_dda6998df5dfbe17.txt").read_text(encoding="utf-8")
HANG_GUARD_SECONDS = 60 if not THOROUGH else 600
SCALE = 10 if THOROUGH else 1  # thorough runs the sizes the issue names
T = TypeVar("T")


def guarded(work: Callable[[], T]) -> T:
    """Run ``work`` in a thread and fail (instead of hanging the suite) if it does not finish."""
    result: list[T] = []
    failure: list[BaseException] = []

    def target() -> None:
        try:
            result.append(work())
        except BaseException as exc:  # re-raised in the test's thread
            failure.append(exc)

    thread = threading.Thread(target=target, daemon=True)
    thread.start()
    thread.join(HANG_GUARD_SECONDS)
    if thread.is_alive():
        pytest.fail(f"check() did not finish within {HANG_GUARD_SECONDS} s")
    if failure:
        raise failure[0]
    return result[0]


def checked(text: str) -> Report:
    """check() under the hang guard, with the invariants every report keeps."""
    report = guarded(lambda: check(text))
    assert report.errors == (), report.errors
    for claim in report.claims:
        assert 0 <= claim.span.start <= claim.number_span.start <= claim.number_span.end <= claim.span.end <= len(text)
    assert unaccounted(text, report) == []
    return report


def test_a_very_long_article() -> None:
    """1 MB (10 MB when thorough) of copy with a real article every ~55 kB: all of them are read."""
    filler = "The operation was described by officers as a success, and residents felt safer. " * 12
    block = (filler + "\n\n") * 50 + SEED + "\n\n"
    copies = SCALE * 1_000_000 // len(block) + 1
    report = checked(block * copies)
    assert len(report.claims) == copies * len(check(SEED).claims)


def test_a_200000_digit_number() -> None:
    digits = "7" * (20_000 * SCALE)
    report = checked(f"Police made {digits} arrests and seized 12 knives.")
    assert [c.printed for c in report.claims] == ["12"]
    assert [(s.text, s.reason) for s in report.skipped] == [(digits, "too long to be a figure")]


@pytest.mark.parametrize(
    "run",
    [
        pytest.param(lambda n: "1" + ",000" * n, id="well-formed-groups"),
        pytest.param(lambda n: "1" + "," * n + "2", id="bare-commas"),
        pytest.param(lambda n: "1, " * n, id="comma-list"),
        pytest.param(lambda n: "1,0" * n, id="malformed-groups"),
        pytest.param(lambda n: "1." * n + "5", id="points"),
    ],
)
def test_a_hundred_thousand_commas(run: Callable[[int], str]) -> None:
    text = f"Police made {run(10_000 * SCALE)} arrests. Of these, 12 were women."
    report = checked(text)
    assert "12" in [c.printed for c in report.claims]


def test_thousands_of_nested_quotes() -> None:
    n = 5_000 * SCALE
    text = "“" * n + "‘" * n + 'Officers made 12 arrests," ' * 3 + "’" * n + "”" * n + " she said."
    report = checked(text)
    assert [c.printed for c in report.claims] == ["12", "12", "12"]


@pytest.mark.parametrize("qualifier", ["more than ", "nearly almost about ", "(", "at least (over "])
def test_thousands_of_nested_qualifiers(qualifier: str) -> None:
    text = qualifier * (5_000 * SCALE) + "12 arrests were made in Kent."
    report = checked(text)
    assert [c.printed for c in report.claims] == ["12"]


def test_nul_bytes_and_control_characters() -> None:
    text = "Police made 12\x00 arrests.\x00\x01\x02 Of these,\x00 3 were women.\x0b\x0c\x1b[31m 40\x00kg\x7f"
    report = checked(text * 200 * SCALE)
    assert {c.printed for c in report.claims} >= {"12", "3"}


def test_right_to_left_marks_and_combining_characters() -> None:
    text = "\u202eOfficers made 12\u0301\u0301 arrests\u200f and \u2067seized £40,000\u2069.\u200d\u0300" * 100 * SCALE
    report = checked(text)
    assert {c.printed for c in report.claims} >= {"£40,000"}


def test_full_width_digits_are_read_as_digits() -> None:
    """Full-width (and other Unicode decimal) digits are digits: read with their value, at their own offsets."""
    text = "Police made １２ arrests and seized ٣ knives. Of the ４９ people, ２８ were men."
    report = checked(text)
    read = {c.printed: c.value.point for c in report.claims if c.unit is Unit.COUNT}
    assert read["１２"] == 12 and read["４９"] == 49 and read["٣"] == 3


def test_many_repeats_of_one_figure_keep_the_report_linear() -> None:
    """A figure repeated thousands of times: findings grow with the article, not with its square."""
    report = checked("Police in Kent made 12 arrests.\n" * 2_000 * SCALE)
    assert len(report.claims) == 2_000 * SCALE
    assert len(report.findings) <= 20 * len(report.claims)


def test_a_pattern_that_runs_out_of_time_is_ledgered_not_fatal(monkeypatch: pytest.MonkeyPatch) -> None:
    """The regex time limit is the last guard: the text not searched is listed as not read."""
    monkeypatch.setattr(spans, "time_budget", lambda length: 0.0)
    text = "Police made 12 arrests in Kent on Monday 7 October. Call 101."
    report = checked(text)
    assert spans.NOT_READ in {s.reason for s in report.skipped}


@pytest.mark.parametrize("unit", ["one ", "1 ", "1,0", "7 March ", "Monday 7 - ", "17-year-", "12:30 ", " ", "A1"])
def test_hostile_text_short_enough_to_run_without_a_time_limit_still_finishes(unit: str) -> None:
    """Up to ``spans.UNGUARDED_LENGTH`` characters the patterns run without regex's time limit
    (it costs a clock read per call): the worst inputs ``benchmarks/adversarial.py --guarded``
    found must still finish, read every figure and account for the rest."""
    text = (unit * (spans.UNGUARDED_LENGTH // len(unit) + 1))[: spans.UNGUARDED_LENGTH]
    assert spans.time_budget(len(text)) is None
    checked(text)


def test_random_bytes_decoded_leniently_never_crash() -> None:
    data = bytes(range(256)) * 40 * SCALE
    for codec in ("latin-1", "utf-8"):
        checked(data.decode(codec, errors="replace"))


@pytest.mark.parametrize(
    ("content", "message"),
    [
        pytest.param(b"Police made 12 arrests \xff\xfe\xfd.", "not UTF-8", id="invalid-utf8"),
        pytest.param(bytes(range(256)) * 64, "binary", id="binary"),
        pytest.param("Police made 12 arrests.".encode("utf-16"), "binary", id="utf16"),
    ],
)
def test_undecodable_input_through_the_cli_exits_2_with_one_line(tmp_path: Path, content: bytes, message: str) -> None:
    path = tmp_path / "article.txt"
    path.write_bytes(content)
    for args, stdin in (([str(path)], b""), (["-"], content)):
        done = subprocess.run([sys.executable, "-m", "countylines_check", *args], input=stdin,
                              capture_output=True, timeout=HANG_GUARD_SECONDS)
        errors = done.stderr.decode("utf-8", errors="replace").splitlines()
        assert done.returncode == 2, errors
        assert len(errors) == 1 and message in errors[0] and "Traceback" not in errors[0], errors
