"""Configuration: discovery up the tree, validation with messages naming file and key, rule
selection, per-rule options, extra force aliases and metric words, and the command line's use of it."""

from __future__ import annotations

import os
import subprocess
from decimal import Decimal
from pathlib import Path

import pytest
from conftest import installed

from countylines_check import Config, ConfigError, Metric, ScopeLevel, Status, check, find_config, load_config
from countylines_check.config import config_for
from countylines_check.cues import DEFAULT_LEXICON
from countylines_check.rules import RULES
from countylines_check.vocab.metrics import EVENT_CUES

SCRIPT = installed() or "countylines-check"
BROKEN_SUM = "Officers safeguarded 37 people: 21 men, 9 women and eight children.\n"
MALFORMED = "Police made nearly 1,5000 arrests.\n"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([SCRIPT, *map(str, args)], capture_output=True, text=True, encoding="utf-8",
                          cwd=cwd, env={**os.environ, "PYTHONIOENCODING": "utf-8"}, timeout=120, stdin=subprocess.DEVNULL)


def rules_of(text: str, config: Config | None = None) -> list[tuple[str, Status]]:
    return [(f.rule, f.status) for f in check(text, config=config).findings]


# --- discovery --------------------------------------------------------------------------


def test_nearest_file_up_the_tree_wins(tmp_path: Path) -> None:
    root = write(tmp_path / "pyproject.toml", '[tool.countylines]\nselect = ["CL0"]\n')
    own = write(tmp_path / "desk" / "countylines.toml", 'select = ["CL1"]\n')
    deep = write(tmp_path / "desk" / "2024" / "story.txt", BROKEN_SUM)
    other = write(tmp_path / "archive" / "story.txt", BROKEN_SUM)
    assert find_config(deep) == own.resolve()
    assert find_config(other) == root.resolve()
    assert config_for(deep).select == ("CL1",)
    assert config_for(other).select == ("CL0",)


def test_countylines_toml_wins_over_pyproject_in_the_same_directory(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.countylines]\nselect = ["CL0"]\n')
    own = write(tmp_path / "countylines.toml", 'select = ["CL5"]\n')
    assert find_config(write(tmp_path / "a.txt", BROKEN_SUM)) == own.resolve()


def test_pyproject_without_the_table_is_passed_over(tmp_path: Path) -> None:
    outer = write(tmp_path / "countylines.toml", 'fail-on = "suspect"\n')
    write(tmp_path / "project" / "pyproject.toml", '[project]\nname = "newsroom"\n[tool.ruff]\nline-length = 99\n')
    article = write(tmp_path / "project" / "a.txt", BROKEN_SUM)
    assert find_config(article) == outer.resolve()
    assert config_for(article).fail_on == "suspect"


def test_no_file_means_the_shipped_defaults(tmp_path: Path) -> None:
    article = write(tmp_path / "a.txt", BROKEN_SUM)
    assert find_config(article) is None
    assert config_for(article) == Config()
    assert rules_of(BROKEN_SUM, config_for(article)) == rules_of(BROKEN_SUM)


def test_load_config_reads_pyproject_table(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[tool.countylines]\nfail-on = "never"\n'
                                              '[tool.countylines.rules.CL101]\ntolerance = 0.05\n')
    config = load_config(path)
    assert config.fail_on == "never"
    assert config.rule_options() == {"CL101": {"tolerance": Decimal("0.05")}}
    assert config.path == path


# --- errors name the file and the key ---------------------------------------------------


@pytest.mark.parametrize(("toml", "key", "words"), [
    ('fail_on = "suspect"\n', "fail_on", "did you mean 'fail-on'"),
    ('fail-on = "sometimes"\n', "fail-on", "contradictory, suspect, never"),
    ('select = "CL1"\n', "select", "list of rule codes"),
    ('select = ["CL7"]\n', "select", "no rule code starts with 'CL7'"),
    ('ignore = ["E501"]\n', "ignore", "not a rule code"),
    ('[rules.CL999]\ntolerance = 0.1\n', "rules.CL999", "no such rule"),
    ('[rules.CL101]\ntolerence = 0.1\n', "rules.CL101.tolerence", "its options: tolerance"),
    ('[rules.CL101]\ntolerance = "5%"\n', "rules.CL101.tolerance", "must be a number"),
    ('[rules.CL101]\ntolerance = 2\n', "rules.CL101.tolerance", "from 0 to 1"),
    ('[rules.CL302]\nmax-days = 9.5\n', "rules.CL302.max-days", "whole number"),
    ('[aliases]\n"Wessex Police" = ["the Wessex force"]\n', 'aliases."Wessex Police"', "not a police force or region"),
    ('[aliases]\n"Essex Police" = ["Kent"]\n', 'aliases."Essex Police"', "already names Kent Police"),
    ('[aliases]\n"Essex Police" = []\n', 'aliases."Essex Police"', "non-empty list"),
    ('[metrics]\narests = ["lifted"]\n', "metrics.arests", "did you mean 'arrests'"),
    ('[metrics]\ndrugs_weight = ["nuggets"]\n', "metrics.drugs_weight", "read from the figure's unit"),
    ('[metrics]\narrests = ["lifted!"]\n', "metrics.arrests", "words of letters"),
], ids=lambda v: str(v)[:30])
def test_bad_values_raise_config_error_naming_file_and_key(tmp_path: Path, toml: str, key: str, words: str) -> None:
    path = write(tmp_path / "countylines.toml", toml)
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert message.startswith(f"{path}: {key}: "), message
    assert words in message
    assert "\n" not in message


def test_pyproject_errors_name_the_table(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[tool.countylines]\ncolour = "red"\n')
    with pytest.raises(ConfigError, match=r"pyproject.toml \[tool.countylines\]: colour: unknown key"):
        load_config(path)


def test_unreadable_or_malformed_files(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not valid TOML"):
        load_config(write(tmp_path / "countylines.toml", "select = [\n"))
    with pytest.raises(ConfigError, match="cannot read"):
        load_config(tmp_path / "missing.toml")
    with pytest.raises(ConfigError, match=r"has no \[tool.countylines\] table"):
        load_config(write(tmp_path / "pyproject.toml", "[project]\nname = 'x'\n"))


# --- selection --------------------------------------------------------------------------


def test_select_and_ignore_choose_the_rules_that_run() -> None:
    text = MALFORMED + BROKEN_SUM
    assert {r for r, _ in rules_of(text)} >= {"CL001", "CL101"}
    assert {r for r, _ in rules_of(text, Config.from_dict({"select": ["CL1"]}))} == {"CL101", "CL104"}
    assert {r for r, _ in rules_of(text, Config.from_dict({"ignore": ["CL1"]}))} == {"CL001"}
    by_name = Config.from_dict({"select": ["parts-do-not-sum"]})
    assert {r for r, _ in rules_of(text, by_name)} == {"CL101"}


def test_the_more_specific_entry_wins() -> None:
    narrow_ignore = Config.from_dict({"select": ["CL1"], "ignore": ["CL101"]})
    narrow_select = Config.from_dict({"select": ["CL101"], "ignore": ["CL1"]})
    assert narrow_ignore.enabled("CL102") and not narrow_ignore.enabled("CL101")
    assert narrow_select.enabled("CL101") and not narrow_select.enabled("CL102")
    assert [spec.code for spec in Config().selected_rules()] == [spec.code for spec in RULES]


# --- rule options: each one changes an outcome ------------------------------------------

OPTION_CASES = [
    # (rule, option, value, article): flagged with the default, not flagged with the value
    ("CL101", "tolerance", 0.05, "Officers safeguarded 37 people: 21 men, 9 women and eight children."),
    ("CL102", "tolerance", 0.1, "Police seized 40 weapons, including 42 firearms, during the week."),
    ("CL103", "tolerance", 0.2, "Officers seized 20 weapons. Among the items were 12 knives, 6 firearms and 5 machetes."),
    ("CL201", "tolerance", 0.05,
     "Across England and Wales 1,360 people were arrested. In Hampshire, 1,420 people were arrested."),
    ("CL202", "tolerance", 0.1, "Forces across the country made 150 arrests. Kent Police made 90 arrests and Essex Police 70."),
    ("CL302", "max-days", 20, "The week-long operation ran from October 3 to 19, police said."),
    ("CL402", "points", 3,
     "In 2018 there were 1,421 cases. Almost two-thirds of them (987) involved labour exploitation."),
    ("CL403", "points", 3, "Arrests rose by 27 per cent, from 100 in 2022 to 130 in 2023."),
    ("CL405", "tolerance", 0.05, "Officers in Stoke made 345 arrests, 130 more than the 212 made last year."),
    ("CL501", "tolerance", 0.1, "Police made 98 arrests in the county. Of the 90 arrests, 12 were of teenagers."),
]


def flagged(text: str, code: str, config: Config | None = None) -> bool:
    return any(f.rule == code and f.status is not Status.CONSISTENT for f in check(text, config=config).findings)


@pytest.mark.parametrize(("code", "option", "value", "text"), OPTION_CASES, ids=[f"{c[0]}-{c[1]}" for c in OPTION_CASES])
def test_a_rule_option_loosens_its_check(code: str, option: str, value: float, text: str) -> None:
    assert flagged(text, code)
    assert not flagged(text, code, Config.from_dict({"rules": {code: {option: value}}}))


def test_min_days_tightens_the_week_check() -> None:
    text = "The week-long operation ran from October 3 to 9, police said."
    assert not flagged(text, "CL302")
    assert flagged(text, "CL302", Config.from_dict({"rules": {"range-not-a-week": {"min-days": 8}}}))


def test_every_declared_option_has_a_case() -> None:
    declared = {(spec.code, o.name) for spec in RULES for o in spec.options}
    covered = {(code, option) for code, option, _, _ in OPTION_CASES} | {("CL302", "min-days")}
    assert declared == covered


# --- vocabulary ---------------------------------------------------------------------------


def test_extra_alias_gives_a_new_scope() -> None:
    text = "Nationally, 900 arrests were made. Officers from the Vale Constabulary made 40 arrests."
    config = Config.from_dict({"aliases": {"Thames Valley Police": ["the Vale Constabulary"]}})
    plain = check(text).claims[1].scope
    assert plain.level is ScopeLevel.NATIONAL
    scoped = check(text, config=config).claims[1].scope
    assert (scoped.level, scoped.name) == (ScopeLevel.FORCE, "Thames Valley Police")
    assert [(f.rule, f.status) for f in check(text, config=config).findings] == [("CL201", Status.CONSISTENT)]


def test_alias_may_name_its_force_by_an_existing_alias() -> None:
    config = Config.from_dict({"aliases": {"Hampshire": ["the Solent force"]}})
    claim = check("The Solent force made 12 arrests.", config=config).claims[0]
    assert claim.scope.name == "Hampshire and Isle of Wight Constabulary"


def test_extra_metric_word_gives_a_new_metric() -> None:
    text = "Officers lifted 21 people in Kent."
    assert check(text).claims[0].metric is Metric.OTHER
    config = Config.from_dict({"metrics": {"arrests": ["lifted"]}})
    assert check(text, config=config).claims[0].metric is Metric.ARRESTS


def test_extra_words_do_not_leak_into_other_checks() -> None:
    text = "Officers lifted 21 people in Kent."
    config = Config.from_dict({"metrics": {"arrests": ["lifted"]}})
    before = list(EVENT_CUES)
    assert check(text, config=config).claims[0].metric is Metric.ARRESTS
    assert check(text).claims[0].metric is Metric.OTHER, "the default vocabulary is untouched"
    assert list(EVENT_CUES) == before
    again = Config.from_dict({"metrics": {"arrests": ["lifted"]}})
    assert again.vocabulary()[0] is config.vocabulary()[0], "built once per distinct set of words"
    assert Config().vocabulary()[0] is DEFAULT_LEXICON


def test_hand_built_config_with_a_bad_alias_raises_config_error() -> None:
    with pytest.raises(ConfigError, match="not a police force"):
        check("Police made 4 arrests.", config=Config(aliases=(("the Wessex force", "Wessex Police"),)))


# --- the command line -------------------------------------------------------------------


def test_cli_uses_the_nearest_config(tmp_path: Path) -> None:
    write(tmp_path / "countylines.toml", 'select = ["CL0"]\nfail-on = "suspect"\n')
    article = write(tmp_path / "a.txt", MALFORMED + BROKEN_SUM)
    result = run(article)
    assert result.returncode == 1, result.stderr
    assert "CL001" in result.stdout and "CL101" not in result.stdout


def test_cli_fail_on_flag_overrides_the_config(tmp_path: Path) -> None:
    write(tmp_path / "countylines.toml", 'fail-on = "suspect"\n')
    article = write(tmp_path / "a.txt", MALFORMED)
    assert run(article).returncode == 1
    assert run("--fail-on", "contradictory", article).returncode == 0


def test_cli_config_flag_and_no_config(tmp_path: Path) -> None:
    write(tmp_path / "desk" / "countylines.toml", 'select = ["CL0"]\n')
    other = write(tmp_path / "elsewhere.toml", 'select = ["CL1"]\n')
    article = write(tmp_path / "desk" / "a.txt", MALFORMED + BROKEN_SUM)
    assert "CL101" not in run(article).stdout
    chosen = run("--config", other, article).stdout
    assert "CL101" in chosen and "CL001" not in chosen
    plain = run("--no-config", article).stdout
    assert "CL101" in plain and "CL001" in plain


@pytest.mark.parametrize("how", ["discovered", "flag"])
def test_cli_bad_config_is_one_line_and_exit_2(tmp_path: Path, how: str) -> None:
    bad = write(tmp_path / "countylines.toml", "select = [\"CL7\"]\n")
    article = write(tmp_path / "a.txt", BROKEN_SUM)
    result = run(article) if how == "discovered" else run("--config", bad, article)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and "Traceback" not in result.stderr
    assert str(bad.name) in result.stderr and "select" in result.stderr


def test_cli_stdin_uses_the_config_of_the_working_directory(tmp_path: Path) -> None:
    write(tmp_path / "countylines.toml", 'ignore = ["CL101"]\n')
    result = subprocess.run([SCRIPT, "-"], input=BROKEN_SUM, capture_output=True, text=True, cwd=tmp_path,
                            timeout=120, env={**os.environ, "PYTHONIOENCODING": "utf-8"})
    assert result.returncode == 0, result.stdout
    assert "CL101" not in result.stdout

