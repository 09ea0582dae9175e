"""Shared machinery for the per-rule case tables in this directory.

Each ``test_clNNN_*.py`` file holds one table of ``pytest.param(text, expect, id=...)`` rows. A row
says what an editor running the checker on ``text`` should see from that one rule:

* ``flags(status, *span_texts, message=..., suggestions=...)``: a finding from the rule with that
  status whose spans cover (at least) those exact pieces of text, whose message contains each of
  the ``message`` words, and whose suggestions start with ``suggestions`` (in that order);
* ``passes(*span_texts)``: no contradictory or suspect finding from the rule; when span texts are
  given, the rule must also have checked those figures and found them consistent.

``unique`` guards each table against duplicate rows (same text and publication date, or same id),
so a copy-pasted row fails at collection instead of silently testing the same thing twice.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from countylines_check import Finding, Status, check

if TYPE_CHECKING:
    from _pytest.mark.structures import ParameterSet


@dataclass(frozen=True, slots=True)
class Rule:
    """The rule a table is about, as a user sees it in a finding."""

    code: str
    name: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Expect:
    """What one row expects from its rule; ``status`` None means the rule must not complain."""

    status: Status | None
    spans: frozenset[str] = frozenset()
    message: tuple[str, ...] = ()
    suggestions: tuple[str, ...] = ()
    published: dt.date | None = None


def flags(
    status: Status,
    *spans: str,
    message: tuple[str, ...] = (),
    suggestions: tuple[str, ...] = (),
    published: dt.date | None = None,
) -> Expect:
    """The rule must give a ``status`` finding over (at least) the figures printed as ``spans``."""
    if status is Status.CONSISTENT or status is Status.UNCHECKED:
        raise ValueError("flags() is for contradictory or suspect findings; use passes()")
    if not spans:
        raise ValueError("a flags row must name the text under the finding's spans")
    return Expect(status=status, spans=frozenset(spans), message=message, suggestions=suggestions,
                  published=published)


def passes(*consistent: str, published: dt.date | None = None) -> Expect:
    """The rule must not complain; if ``consistent`` is given it must have found those figures fine."""
    return Expect(status=None, spans=frozenset(consistent), published=published)


def unique(rows: Sequence[ParameterSet]) -> list[ParameterSet]:
    """Reject a table with a row twice (same text and publication date) or an id used twice."""
    ids = Counter(row.id for row in rows)
    missing = [row.values[0] for row in rows if not row.id]
    if missing:
        raise ValueError(f"rows without an id: {missing!r}")
    keys: Counter[tuple[object, object]] = Counter()
    for row in rows:
        text, expect = row.values[0], row.values[1]
        if not isinstance(text, str) or not isinstance(expect, Expect):
            raise TypeError(f"row {row.id!r} must be (text, Expect)")
        keys[(text, expect.published)] += 1
    twice_ids = sorted(str(i) for i, n in ids.items() if n > 1)
    twice_rows = sorted(str(text) for (text, _), n in keys.items() if n > 1)
    if twice_ids or twice_rows:
        raise ValueError(f"duplicate rows in a case table: ids {twice_ids}, texts {twice_rows}")
    return list(rows)


def span_texts(text: str, finding: Finding) -> frozenset[str]:
    return frozenset(span.of(text) for span in finding.spans)


def _show(text: str, findings: Sequence[Finding]) -> str:
    if not findings:
        return "no finding from this rule"
    return "; ".join(
        f"{f.status.value} over {sorted(span_texts(text, f))}: {f.message} {list(f.suggestions)}" for f in findings
    )


def assert_row(rule: Rule, text: str, expect: Expect) -> None:
    """Run ``check`` on one row and assert what an editor would see from ``rule``."""
    report = check(text, published=expect.published, strict=True)
    assert not report.errors, f"a rule crashed: {report.errors}"
    mine = [f for f in report.findings if f.rule == rule.code]
    for f in mine:
        assert f.name == rule.name, f"{rule.code} reported under the name {f.name!r}"
    seen = _show(text, mine)

    if expect.status is None:
        complaints = [f for f in mine if f.status is not Status.CONSISTENT]
        assert not complaints, f"{rule.code} should pass this text, but gave: {seen}"
        if expect.spans:
            checked = [f for f in mine if expect.spans <= span_texts(text, f)]
            assert checked, f"{rule.code} should have checked {sorted(expect.spans)} as consistent; got {seen}"
        return

    over = [f for f in mine if f.status is expect.status and expect.spans <= span_texts(text, f)]
    assert over, f"expected a {expect.status.value} {rule.code} finding over {sorted(expect.spans)}; got {seen}"
    worded = [f for f in over if all(word in f.message for word in expect.message)]
    assert worded, f"no {rule.code} message says all of {list(expect.message)}; got {seen}"
    suggested = [f for f in worded if f.suggestions[: len(expect.suggestions)] == expect.suggestions]
    assert suggested, f"{rule.code} should suggest {list(expect.suggestions)} first; got {seen}"
