"""``pytest --countylines articles/``: every article file is one test, failing on its findings.

Registered through the ``pytest11`` entry point, so pytest loads it wherever the package is
installed. Without ``--countylines`` it collects nothing and changes nothing: a project's own
test run never picks up its sample articles or its README as articles.

A failing article shows its findings as ``path:line:col: LEVEL CODE message`` lines (what the
command line prints), not a traceback, and its report location is the line of the first failing
finding, so JUnit XML and annotation plugins put the failure on that line. pytest's convention
for that location is 0-based: JUnit's ``line`` attribute is the finding's line minus one, as it
is for a Python test.

Options: ``--countylines``, ``--countylines-fail-on LEVEL`` and ``--countylines-published DATE``;
ini options ``countylines_fail_on`` and ``countylines_published`` (the command line wins).
"""

from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import pytest

from .errors import CountylinesError
from .testing import article_suffixes, describe_failures, unallowed_failures

if TYPE_CHECKING:
    from _pytest._code.code import TerminalRepr, TracebackStyle

    from .model import Finding
    from .report import Report

FAIL_ON_LEVELS = ("contradictory", "suspect", "never")
ITEM_NAME = "countylines"


@dataclass(frozen=True, slots=True)
class Settings:
    """What every article item of one run is checked with, validated once at start-up."""

    fail_on: str
    published: dt.date | None
    suffixes: tuple[str, ...]


SETTINGS = pytest.StashKey[Settings]()


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("countylines", "fact-check the figures in articles (countylines-check)")
    group.addoption("--countylines", action="store_true", default=False,
                    help="collect article files (the suffixes countylines-check reads) as tests, "
                         "one per article")
    group.addoption("--countylines-fail-on", choices=FAIL_ON_LEVELS, default=None, metavar="LEVEL",
                    help="lowest finding status that fails an article: contradictory, suspect or never "
                         "(default: the countylines_fail_on ini option, else contradictory)")
    group.addoption("--countylines-published", default=None, metavar="DATE",
                    help="publication date for articles without a dateline, e.g. 2024-12-06 "
                         "(default: the countylines_published ini option)")
    parser.addini("countylines_fail_on", default="contradictory",
                  help="countylines-check: lowest finding status that fails an article "
                       "(contradictory, suspect, never)")
    parser.addini("countylines_published", default="",
                  help="countylines-check: publication date for articles without a dateline")


def pytest_configure(config: pytest.Config) -> None:
    if config.getoption("countylines"):
        config.stash[SETTINGS] = _settings(config)


def pytest_report_header(config: pytest.Config) -> str | None:
    settings = config.stash.get(SETTINGS, None)
    if settings is None:
        return None
    published = settings.published.isoformat() if settings.published else "from each article"
    return (f"countylines: articles {', '.join(settings.suffixes)}; fail on {settings.fail_on}; "
            f"published {published}")


def pytest_collect_file(file_path: Path, parent: pytest.Collector) -> pytest.Collector | None:
    settings = parent.config.stash.get(SETTINGS, None)
    if settings is None or file_path.suffix.lower() not in settings.suffixes:
        return None
    article: ArticleFile = ArticleFile.from_parent(parent, path=file_path)
    return article


def _settings(config: pytest.Config) -> Settings:
    """Resolve options over ini values; a bad value stops the run with one line, before any test."""
    from .document import coerce_published

    fail_on = config.getoption("countylines_fail_on") or str(config.getini("countylines_fail_on")).strip()
    if fail_on not in FAIL_ON_LEVELS:
        raise pytest.UsageError(f"countylines_fail_on: {fail_on!r} is not one of {', '.join(FAIL_ON_LEVELS)}")
    raw_published = (config.getoption("countylines_published")
                     or str(config.getini("countylines_published")).strip())
    try:
        published = coerce_published(raw_published or None)
    except CountylinesError as exc:
        raise pytest.UsageError(f"countylines published date: {exc}") from None
    return Settings(fail_on=fail_on, published=published, suffixes=article_suffixes())


class ArticleFile(pytest.File):
    """One article file; it holds exactly one test item."""

    def collect(self) -> Iterator[ArticleItem]:
        yield ArticleItem.from_parent(self, name=ITEM_NAME)


class ArticleProblem(Exception):
    """An article that fails: its message is what the user sees, in place of a traceback."""


@dataclass(frozen=True, slots=True)
class Outcome:
    """The result of checking one article: a report, or the one-line reason it could not be read."""

    report: Report | None
    unreadable: str | None = None


class ArticleItem(pytest.Item):
    """Check one article; fail with its findings at or above the run's fail-on level.

    The check runs the first time pytest asks for the item's location (before the test itself
    runs), because the location is the line of the first failing finding.
    """

    _outcome: Outcome | None = None

    @property
    def settings(self) -> Settings:
        return self.config.stash[SETTINGS]

    def outcome(self) -> Outcome:
        if self._outcome is None:
            self._outcome = self._check()
        return self._outcome

    def _check(self) -> Outcome:
        from . import check_file

        try:
            report = check_file(_display_path(self.path), published=self.settings.published)
        except CountylinesError as exc:
            return Outcome(report=None, unreadable=str(exc))
        return Outcome(report=report)

    def failure_message(self) -> str | None:
        """The text the user sees when the article fails, or None when it passes."""
        outcome = self.outcome()
        if outcome.report is None:
            return f"countylines-check: {outcome.unreadable}"
        failing = unallowed_failures(outcome.report, self.settings.fail_on)
        if not failing and not outcome.report.errors:
            return None
        return describe_failures(outcome.report, failing, self.settings.fail_on)

    def first_failing_line(self) -> int | None:
        """0-based line of the first failing finding (pytest's convention for locations)."""
        report = self.outcome().report
        if report is None:
            return None
        failing = unallowed_failures(report, self.settings.fail_on)
        if not failing:
            return None
        return _printed_line(report, failing[0]) - 1

    def runtest(self) -> None:
        message = self.failure_message()
        if message is not None:
            raise ArticleProblem(message)

    def repr_failure(self, excinfo: pytest.ExceptionInfo[BaseException],
                     style: TracebackStyle | None = None) -> str | TerminalRepr:
        if isinstance(excinfo.value, ArticleProblem):
            return str(excinfo.value)
        return super().repr_failure(excinfo, style)

    def reportinfo(self) -> tuple[os.PathLike[str] | str, int | None, str]:
        try:
            line = self.first_failing_line()
        except Exception:  # a bug of ours: let runtest raise it with a traceback, not collection
            line = None
        return self.path, line, f"countylines-check {_display_path(self.path)}"


def _printed_line(report: Report, finding: Finding) -> int:
    """The line the finding is printed with: read back from the rendered ``path:line:col:`` prefix.

    The renderer is the one place that maps a finding to a line of the user's file (for a
    Markdown or HTML article that is not a line of the extracted prose), so the location pytest
    reports always agrees with the finding it shows.
    """
    from .render.text import render_findings

    prefix = f"{report.source or '<text>'}:"
    first = render_findings(report, [finding]).partition("\n")[0]
    match = _LINE_COL.match(first[len(prefix):]) if first.startswith(prefix) else None
    if match:
        return int(match["line"])
    from .document import LineIndex

    line, _ = LineIndex(report.text).position(min((s.start for s in finding.spans), default=0))
    return line


_LINE_COL = re.compile(r"(?P<line>\d+):(?P<col>\d+):")


def _display_path(path: Path) -> Path:
    """The path as the user would type it from here, so findings read ``articles/a.txt:3:22``."""
    try:
        relative = Path(os.path.relpath(path))
    except ValueError:  # another drive on Windows
        return path
    return path if relative.parts[:1] == ("..",) else relative
