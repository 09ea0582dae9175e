"""Exceptions for caller mistakes. Problems in an article are findings, never exceptions.

::

    CountylinesError            base: catch this to catch everything the library raises
    ├── InputError              unreadable file, unsupported format, bad ``published`` value
    ├── ConfigError             a bad option or configuration value
    └── ReportFailed            raised by ``Report.raise_for_findings``; carries ``.report``
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .report import Report


class CountylinesError(Exception):
    """Base class of every exception the library raises on purpose."""


class InputError(CountylinesError):
    """The input cannot be read as an article: say which file or value, and what to do."""


class ConfigError(CountylinesError):
    """An option or configuration value is not valid."""


class ReportFailed(CountylinesError):
    """An article has findings at or above the level the caller asked to fail on."""

    def __init__(self, message: str, report: Report) -> None:
        super().__init__(message)
        self.report = report
