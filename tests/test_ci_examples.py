"""The pre-commit hook and the CI examples a newsroom copies: they parse, and their commands run.

``.pre-commit-hooks.yaml`` is what pre-commit reads from this repository; ``examples/`` holds a
newsroom's ``.pre-commit-config.yaml`` and GitHub Actions workflow. Each command they give is
run here the way pre-commit or the workflow would run it.
"""

from __future__ import annotations

import json
import re
import shlex
import subprocess
import tomllib
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import installed

from countylines_check.testing import article_suffixes

pytest_plugins = ["pytester"]

ROOT = Path(__file__).resolve().parent.parent
CLEAN = "Officers safeguarded 37 people: 21 men, 9 women and seven children.\n"
CONTRADICTORY = (
    "Forces worked together.\n"
    "Officers safeguarded 37 people: 21 men, 9 women and eight children.\n"
)
SUSPECT_ONLY = "Police made nearly 1,5000 arrests.\n"


def load(relative: str) -> Any:
    return yaml.safe_load((ROOT / relative).read_text(encoding="utf-8"))


def console_script() -> str:
    """The name pyproject.toml installs for ``countylines_check.cli:main``."""
    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["scripts"]
    (name,) = [name for name, target in scripts.items() if target == "countylines_check.cli:main"]
    return str(name)


def workflow_steps() -> list[dict[str, Any]]:
    workflow = load("examples/github-workflow.yml")
    (job,) = workflow["jobs"].values()
    steps: list[dict[str, Any]] = job["steps"]
    return steps


def step_running(program: str) -> dict[str, Any]:
    (step,) = [s for s in workflow_steps() if shlex.split(s.get("run", "") or "x")[0] == program]
    return step


# --- .pre-commit-hooks.yaml -------------------------------------------------------------


def test_the_hook_runs_the_console_script() -> None:
    (hook,) = load(".pre-commit-hooks.yaml")
    assert hook["id"] == "countylines-check"
    assert hook["entry"] == console_script()
    assert hook["language"] == "python"
    assert installed(hook["entry"]), "pip install puts the entry on PATH"


def test_the_hook_matches_every_article_format_and_nothing_else() -> None:
    (hook,) = load(".pre-commit-hooks.yaml")
    files = re.compile(hook["files"])
    for suffix in article_suffixes():
        assert files.search(f"articles/story{suffix}"), suffix
        assert files.search(f"articles/STORY{suffix.upper()}"), suffix
    others = ("tool.py", "setup.cfg", "data.json", ".pre-commit-config.yaml", "photo.png", "story.txt.bak")
    for other in others:
        assert not files.search(other), other


# --- examples/pre-commit-config.yaml ----------------------------------------------------


def example_hook() -> dict[str, Any]:
    config = load("examples/pre-commit-config.yaml")
    (repo,) = config["repos"]
    (hook,) = repo["hooks"]
    assert isinstance(hook, dict)
    return hook


def test_the_example_config_uses_the_hook_on_articles_only() -> None:
    hook = example_hook()
    (defined,) = load(".pre-commit-hooks.yaml")
    assert hook["id"] == defined["id"]
    files = re.compile(hook["files"])
    assert files.search("articles/2024/county-lines-week.txt")
    assert not files.search("README.md"), "the newsroom's README is not an article"
    assert not files.search("articles/photo.jpg")


def test_the_example_hook_arguments_work_as_pre_commit_passes_them(tmp_path: Path) -> None:
    """pre-commit runs ``entry *args file...``: the suspect figure stops the commit, a clean one passes."""
    (defined,) = load(".pre-commit-hooks.yaml")
    command = [installed(defined["entry"]) or defined["entry"], *map(str, example_hook().get("args", []))]
    clean, odd = tmp_path / "clean.txt", tmp_path / "odd.txt"
    clean.write_text(CLEAN, encoding="utf-8")
    odd.write_text(SUSPECT_ONLY, encoding="utf-8")
    passed = subprocess.run([*command, str(clean)], capture_output=True, text=True, timeout=120)
    assert passed.returncode == 0, passed.stderr
    stopped = subprocess.run([*command, str(clean), str(odd)], capture_output=True, text=True, timeout=120)
    assert stopped.returncode == 1, stopped.stderr
    assert f"{odd}:1:20: warning CL001" in stopped.stdout


# --- examples/github-workflow.yml -------------------------------------------------------


def test_the_workflow_may_upload_code_scanning_alerts() -> None:
    workflow = load("examples/github-workflow.yml")
    triggers = workflow.get("on", workflow.get(True))  # YAML 1.1 reads a bare `on` as true
    assert {"pull_request", "push"} <= set(triggers)
    assert workflow["permissions"]["security-events"] == "write"


def test_the_workflow_installs_the_package_and_pytest() -> None:
    install = next(s["run"] for s in workflow_steps() if "pip install" in s.get("run", ""))
    assert "countylines-check" in install and "pytest" in shlex.split(install)


def test_the_workflow_pytest_command_runs_the_articles(pytester: pytest.Pytester) -> None:
    argv = shlex.split(step_running("pytest")["run"])
    assert "--countylines" in argv
    (junit,) = [a.split("=", 1)[1] for a in argv if a.startswith("--junitxml=")]
    (pytester.path / "articles").mkdir()
    (pytester.path / "articles" / "clean.txt").write_text(CLEAN, encoding="utf-8")
    (pytester.path / "articles" / "bad.txt").write_text(CONTRADICTORY, encoding="utf-8")
    result = pytester.runpytest("-p", "no:hypothesispytest", *argv[1:])
    result.assert_outcomes(passed=1, failed=1)
    cases = {c.get("file"): c for c in ET.parse(pytester.path / junit).getroot().iter("testcase")}
    assert cases["articles/bad.txt"].get("line") == "1", "0-based line of the '37' on line 2"
    assert cases["articles/bad.txt"].find("failure") is not None


def test_the_workflow_uploads_the_sarif_file_it_writes() -> None:
    step = step_running(console_script())
    argv = shlex.split(step["run"])
    assert argv[argv.index("--format") + 1] == "sarif"
    assert argv[-2] == ">"
    (upload,) = [s for s in workflow_steps()
                 if str(s.get("uses", "")).startswith("github/codeql-action/upload-sarif@")]
    assert upload["with"]["sarif_file"] == argv[-1]
    assert upload.get("if") == step.get("if"), "uploaded whenever it is written, also after failing articles"


def test_the_workflow_sarif_command_runs(tmp_path: Path) -> None:
    argv = shlex.split(step_running(console_script())["run"])
    command, target = [installed(argv[0]) or argv[0], *argv[1:-2]], argv[-1]
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "bad.txt").write_text(CONTRADICTORY, encoding="utf-8")
    result = subprocess.run(command, cwd=tmp_path, capture_output=True, text=True, timeout=120)
    if result.returncode == 2 and "invalid choice: 'sarif'" in result.stderr:
        pytest.skip("this build of the command line has no SARIF output yet")
    assert result.returncode == 0, result.stderr
    sarif = json.loads(result.stdout)
    assert sarif["version"] == "2.1.0", target
    places = [(result["ruleId"], where["artifactLocation"]["uri"], where["region"]["startLine"])
              for run in sarif["runs"] for result in run["results"]
              for where in (loc["physicalLocation"] for loc in result["locations"][:1])]
    # a relative path, so code scanning finds the file in the repository
    assert ("CL101", "articles/bad.txt", 2) in places
