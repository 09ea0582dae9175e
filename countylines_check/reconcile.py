"""Claims -> findings: run every registered rule over one article's Context.

A rule that crashes is recorded in ``errors`` for that article and the others still run, so a
bug in one check never hides the other checks' findings (``strict=True`` re-raises, for our tests).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from decimal import Decimal

from .model import Finding, Parsed, RuleError
from .rules import RULES, RuleSpec
from .rules._context import Context

def run_rules(parsed: Parsed, *, rules: Iterable[RuleSpec] | None = None, strict: bool = False,
              options: Mapping[str, Mapping[str, Decimal]] | None = None,
              enabled: Callable[[str], bool] | None = None,
              ) -> tuple[tuple[Finding, ...], tuple[RuleError, ...]]:
    """Run the rules (every rule, or those a configuration enables) on one article, with the rule
    options it sets; a crashing rule becomes a ``RuleError``, not a lost report."""
    ctx = Context(parsed, options or {})
    findings: list[Finding] = []
    errors: list[RuleError] = []
    for spec in rules if rules is not None else RULES:
        if enabled is not None and not enabled(spec.code):
            continue
        try:
            findings.extend(spec(ctx))
        except Exception as exc:  # isolate: one broken rule must not hide the others' findings
            if strict:
                raise
            errors.append(RuleError(rule=spec.code, message=f"{type(exc).__name__}: {exc}"))
    return tuple(findings), tuple(errors)
