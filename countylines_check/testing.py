"""Assert that an article's figures hold together, from any test suite.

``assert_consistent`` is for a newsroom's own tests (a template, a generated summary, a fixture
article) and for ours. It fails with the findings rendered exactly as the command line prints
them, so a failing test reads like a ``countylines-check`` run, not like a traceback.

How text is told from a path: a ``pathlib.Path`` (any ``os.PathLike``) is a file to read, a
``str`` is always the article's text. A string is never guessed to be a file name, because a
guess would quietly check the wrong thing; a one-line string that looks like a file name of an
article (``"articles/story.txt"``) and has no figures is refused with a message that says to
wrap it in ``Path``.

>>> from countylines_check.testing import assert_consistent
>>> report = assert_consistent("Officers safeguarded 37 people: 21 men, 9 women and seven children.")
>>> report.summary["consistent"]
4
>>> assert_consistent("Officers safeguarded 37 people: 21 men, 9 women and eight children.")
Traceback (most recent call last):
    ...
AssertionError: <text>:1:22: error CL101 21 + 9 + eight = 38, but the total '37' is 37
  |
1 | Officers safeguarded 37 people: 21 men, 9 women and eight children.
  |                      ^^         ^^      ^           ^^^^^
    suggestion: total 38
countylines-check: 1 finding at or above 'contradictory' in <text>
>>> _ = assert_consistent("Officers safeguarded 37 people: 21 men, 9 women and eight children.",
...                       allow=["CL101"])
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable
from pathlib import Path

from . import check, check_file
from .errors import ConfigError, InputError
from .model import Finding
from .report import Report

__all__ = ["assert_consistent"]

EXCERPT_WIDTH = 100  # fixed, so a failure reads the same in a terminal, a CI log and a JUnit file


def assert_consistent(
    text_or_path: str | os.PathLike[str],
    *,
    allow: Iterable[str] = (),
    fail_on: str = "contradictory",
    published: dt.date | str | None = None,
) -> Report:
    """Check an article and fail the calling test if its figures do not hold together.

    Args:
        text_or_path: the article's text (a ``str``), or a file to read (a ``pathlib.Path``).
        allow: rule codes or names whose findings do not fail the assertion
            (``"CL001"`` or ``"malformed-digit-group"``).
        fail_on: the lowest status that fails: ``contradictory`` (default), ``suspect`` or ``never``.
        published: publication date for an article without a dateline (a date or ISO string).
    Returns:
        The report, for further assertions.
    Raises:
        AssertionError: a finding at or above ``fail_on`` that ``allow`` does not cover, or a
            rule that crashed (the article was not fully checked). The message lists them as
            ``path:line:col: LEVEL CODE message`` lines.
        ConfigError: ``allow`` names a rule that does not exist, or ``fail_on`` is not a level.
        InputError: the file cannot be read, or a string that looks like a file name was given.
    """
    __tracebackhide__ = True  # pytest shows the findings, not this function's source
    allowed = _allowed_codes(allow)
    report = _check(text_or_path, published)
    failing = unallowed_failures(report, fail_on, allowed)
    if failing or report.errors:
        raise AssertionError(describe_failures(report, failing, fail_on))
    return report


def unallowed_failures(report: Report, fail_on: str,
                       allowed: frozenset[str] = frozenset()) -> tuple[Finding, ...]:
    """The findings at or above ``fail_on`` whose rule is not in ``allowed`` (codes)."""
    return tuple(f for f in report.failing(fail_on) if f.rule not in allowed)


def describe_failures(report: Report, failing: tuple[Finding, ...], fail_on: str) -> str:
    """The findings as the command line prints them (with the figures marked in an excerpt of
    their line), then a line naming the level and the article.

    The first finding comes first because pytest's one-line summary and JUnit readers show
    the first line of a failure.
    """
    from .render.text import render_findings

    where = report.source or "<text>"
    parts: list[str] = []
    if failing:
        noun = "finding" if len(failing) == 1 else "findings"
        parts.append(render_findings(report, failing, source_width=EXCERPT_WIDTH))
        parts.append(f"countylines-check: {len(failing)} {noun} at or above {fail_on!r} in {where}")
    for error in report.errors:
        parts.append(f"countylines-check: internal error in {error.rule} while checking {where}: "
                     f"{error.message}")
    return "\n".join(parts)


def _allowed_codes(allow: Iterable[str]) -> frozenset[str]:
    """Rule codes for the codes or names given; an unknown one is a caller mistake, not a no-op."""
    if isinstance(allow, str):
        allow = (allow,)  # allow="CL001" means one rule, not the letters C, L, 0, 0, 1
    from .rules import RULES

    by_key = {spec.code: spec.code for spec in RULES} | {spec.name: spec.code for spec in RULES}
    codes: set[str] = set()
    for key in allow:
        code = by_key.get(key.strip()) or by_key.get(key.strip().upper())
        if code is None:
            raise ConfigError(f"allow: no rule is called {key!r} (use a code such as CL101 or a name "
                              f"such as parts-do-not-sum)")
        codes.add(code)
    return frozenset(codes)


def _check(text_or_path: str | os.PathLike[str], published: dt.date | str | None) -> Report:
    if isinstance(text_or_path, os.PathLike):
        return check_file(Path(text_or_path), published=published)
    if not isinstance(text_or_path, str):
        raise InputError(f"assert_consistent takes the article's text (str) or a pathlib.Path, "
                         f"not {type(text_or_path).__name__}")
    report = check(text_or_path, published=published)
    if not report.claims and _looks_like_a_file_name(text_or_path):
        raise InputError(f"{text_or_path!r} looks like a file name, not an article: "
                         f"pass pathlib.Path({text_or_path!r}) to check the file")
    return report


def _looks_like_a_file_name(text: str) -> bool:
    stripped = text.strip()
    return bool(stripped) and "\n" not in stripped and Path(stripped).suffix.lower() in article_suffixes()


def article_suffixes() -> tuple[str, ...]:
    """The file suffixes read as articles (lower case), from the one list that defines them.

    Read at call time, not import time, so the plugin follows ``readers.SUFFIXES`` as it grows.
    """
    from . import readers

    return tuple(sorted({s.lower() for s in readers.SUFFIXES}))
