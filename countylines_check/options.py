"""The effective settings of one run, and which rules they enable.

The command line builds one frozen ``Options``; a configuration file (``[tool.countylines]``) is
merged into the same object with ``dataclasses.replace``, so every setting has one home and the
renderers read nothing else. Rule selection follows ruff: ``select`` and ``ignore`` take codes or
code prefixes ("CL1" is every arithmetic rule), and when both match a code the more specific one
wins (``--select CL101 --ignore CL1`` keeps CL101); on a tie, ``ignore`` wins.

Selecting rules filters the findings after every rule has run (``select_findings``), so a report's
claim statuses are derived from the enabled rules only, exactly as if the others did not exist.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from .errors import ConfigError
from .lazyre import lazy_compile
from .model import Finding
from .report import FAIL_LEVELS, Report
from .rules import BY_CODE

ALL = "ALL"
SELECTOR = lazy_compile(r"^CL\d{0,3}$")


def parse_codes(values: str | Iterable[str]) -> tuple[str, ...]:
    """Split comma-separated selectors ("CL101, cl2") into upper-case codes, dropping blanks.

    >>> parse_codes("CL101, cl2,")
    ('CL101', 'CL2')
    >>> parse_codes(["CL1", "CL301,CL302"])
    ('CL1', 'CL301', 'CL302')
    """
    chunks = [values] if isinstance(values, str) else list(values)
    return tuple(code.strip().upper() for chunk in chunks for code in chunk.split(",") if code.strip())


def check_selectors(selectors: Sequence[str], option: str) -> None:
    """Raise ``ConfigError`` naming ``option`` for a selector that matches no rule.

    A typo such as ``--ignore CL10l`` must not silently ignore nothing.
    """
    for selector in selectors:
        if selector == ALL:
            continue
        if not SELECTOR.match(selector) or not any(code.startswith(selector) for code in BY_CODE):
            known = ", ".join(BY_CODE)
            raise ConfigError(f"{option}: unknown rule code or prefix {selector!r} (known codes: {known}; "
                              f"a prefix such as CL1 selects a family)")


def _specificity(selectors: Sequence[str], code: str) -> int:
    """How closely the best of ``selectors`` names ``code``: -1 none, 0 ALL, else the prefix length."""
    best = -1
    for selector in selectors:
        if selector == ALL:
            best = max(best, 0)
        elif code.startswith(selector):
            best = max(best, len(selector))
    return best


def enabled_codes(select: Sequence[str] | None, ignore: Sequence[str] = ()) -> frozenset[str]:
    """The rule codes that ``select`` (None: every rule) and ``ignore`` leave enabled.

    >>> sorted(enabled_codes(["CL0"], ignore=["CL002"]))
    ['CL001', 'CL003']
    >>> "CL101" in enabled_codes(["CL101"], ignore=["CL1"])  # the more specific selector wins
    True
    """
    check_selectors(select or (), "select")
    check_selectors(ignore, "ignore")
    chosen = (ALL,) if select is None else tuple(select)
    return frozenset(code for code in BY_CODE
                     if (wanted := _specificity(chosen, code)) >= 0 and wanted > _specificity(ignore, code))


def select_findings(findings: Iterable[Finding], enabled: frozenset[str]) -> tuple[Finding, ...]:
    """The findings of enabled rules, in their order."""
    return tuple(f for f in findings if f.rule in enabled)


def select_report(report: Report, enabled: frozenset[str]) -> Report:
    """The report as if only the enabled rules had run (statuses re-derived); unchanged when all are.

    A crash of a disabled rule is dropped too: the user asked for that rule not to run.
    """
    if all(f.rule in enabled for f in report.findings) and all(e.rule in enabled for e in report.errors):
        return report
    return dataclasses.replace(report, findings=select_findings(report.findings, enabled),
                               errors=tuple(e for e in report.errors if e.rule in enabled))


@dataclass(frozen=True, slots=True, kw_only=True)
class Options:
    """Every setting of one run, from the command line (and later a config file).

    ``color``, ``show_source`` and ``width`` are already resolved against the terminal by the
    caller, so renderers stay pure functions of (reports, options).
    """

    format: str = "text"
    published: dt.date | None = None
    fail_on: str = "contradictory"
    select: tuple[str, ...] | None = None  # None: every rule
    ignore: tuple[str, ...] = ()
    exit_zero: bool = False  # exit 0 even with findings at the fail-on level (not on usage/internal errors)
    quiet: bool = False  # text: only the findings, no source excerpts or per-file summary
    statistics: bool = False  # print a count per rule instead of the findings
    color: bool = False
    show_source: bool = False  # text: the source line under each finding, the figure underlined
    width: int = 100  # columns available for source excerpts
    one_file: bool = False  # the command line named one file: JSON prints an object, not a list
    jobs: int = 1  # files checked at a time in worker processes (0: one per CPU)
    enabled: frozenset[str] = field(init=False)

    def __post_init__(self) -> None:
        if self.fail_on not in FAIL_LEVELS:
            raise ConfigError(f"fail-on must be one of {', '.join(FAIL_LEVELS)}, not {self.fail_on!r}")
        object.__setattr__(self, "enabled", enabled_codes(self.select, self.ignore))
