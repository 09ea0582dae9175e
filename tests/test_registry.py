"""The rule registry meta-test: every rule is registered, named, documented, and its examples run.

A Flags example must give a non-consistent finding from its own rule; a Passes example must give
no non-consistent finding from that rule (a consistent finding is fine: it means the rule checked
the figures and they hold).
"""

from __future__ import annotations

import inspect
import re
from pathlib import Path

import pytest

from countylines_check import Status, check
from countylines_check.rules import BY_CODE, RULES, RuleSpec

CODE = re.compile(r"^CL\d{3}$")
NAME = re.compile(r"^[a-z]+(?:-[a-z0-9]+)*$")


def spec_id(spec: RuleSpec) -> str:
    return f"{spec.code}-{spec.name}"


FLAGS = [(spec.code, text) for spec in RULES for text in spec.flags]
PASSES = [(spec.code, text) for spec in RULES for text in spec.passes]


def example_id(pair: tuple[str, str]) -> str:
    code, text = pair
    return f"{code}:{text[:50]}"


def test_registry_is_not_empty_and_sorted() -> None:
    codes = [spec.code for spec in RULES]
    assert codes, "no rules were discovered"
    assert codes == sorted(codes)


def test_codes_are_unique() -> None:
    codes = [spec.code for spec in RULES]
    assert len(codes) == len(set(codes))
    assert set(BY_CODE) == set(codes)
    assert all(BY_CODE[spec.code] is spec for spec in RULES)


def test_names_are_unique() -> None:
    names = [spec.name for spec in RULES]
    assert len(names) == len(set(names))


@pytest.mark.parametrize("spec", RULES, ids=spec_id)
def test_code_and_name_format(spec: RuleSpec) -> None:
    assert CODE.match(spec.code), spec.code
    assert NAME.match(spec.name), spec.name


@pytest.mark.parametrize("spec", RULES, ids=spec_id)
def test_module_file_name(spec: RuleSpec) -> None:
    source = inspect.getsourcefile(spec.function)
    assert source is not None
    expected = f"cl{spec.code[2:]}_{spec.name.replace('-', '_')}.py"
    assert Path(source).name == expected
    assert spec.function.__module__ == f"countylines_check.rules.{expected[:-3]}"


@pytest.mark.parametrize("spec", RULES, ids=spec_id)
def test_function_name(spec: RuleSpec) -> None:
    assert spec.function.__name__ == spec.name.replace("-", "_")


@pytest.mark.parametrize("spec", RULES, ids=spec_id)
def test_docstring_sections(spec: RuleSpec) -> None:
    doc = spec.doc
    lines = [line.strip() for line in doc.splitlines()]
    assert spec.summary and spec.summary == lines[0], "a summary line comes first"
    assert spec.summary.endswith("."), spec.summary
    assert any(line.startswith("Why:") and len(line) > len("Why:") for line in lines), "a Why: section"
    assert "Flags:" in lines and "Passes:" in lines
    assert len(spec.flags) >= 1, "at least one Flags example"
    assert len(spec.passes) >= 1, "at least one Passes example"
    assert not set(spec.flags) & set(spec.passes), "an example cannot both flag and pass"


@pytest.mark.parametrize("pair", FLAGS, ids=[example_id(p) for p in FLAGS])
def test_flags_example_is_flagged_by_its_rule(pair: tuple[str, str]) -> None:
    code, text = pair
    report = check(text, strict=True)
    mine = [f for f in report.findings if f.rule == code]
    assert any(f.status is not Status.CONSISTENT for f in mine), (
        f"{code} did not flag {text!r}: {[(f.rule, f.status.value, f.message) for f in report.findings]}"
    )
    assert report.errors == ()


@pytest.mark.parametrize("pair", PASSES, ids=[example_id(p) for p in PASSES])
def test_passes_example_is_not_flagged_by_its_rule(pair: tuple[str, str]) -> None:
    code, text = pair
    report = check(text, strict=True)
    flagged = [f for f in report.findings if f.rule == code and f.status is not Status.CONSISTENT]
    assert flagged == [], f"{code} flagged its own Passes example {text!r}: {[f.message for f in flagged]}"
    assert report.errors == ()
