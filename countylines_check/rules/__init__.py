"""The rule registry: every ``clNNN_*.py`` module in this package, imported once, in code order.

Adding a rule touches one module (plus its tests): write ``clNNN_name.py`` with one function
decorated by ``@rule("CLNNN", "name")`` and a docstring with Why, Flags and Passes.
"""

from __future__ import annotations

import importlib
import pkgutil

from ._base import Option, RuleSpec, rule


def _discover() -> tuple[RuleSpec, ...]:
    specs: list[RuleSpec] = []
    for info in sorted(pkgutil.iter_modules(__path__), key=lambda m: m.name):
        if not info.name.startswith("cl"):
            continue
        module = importlib.import_module(f"{__name__}.{info.name}")
        specs.extend(v for v in vars(module).values() if isinstance(v, RuleSpec))
    return tuple(sorted(specs, key=lambda s: s.code))


RULES: tuple[RuleSpec, ...] = _discover()
BY_CODE: dict[str, RuleSpec] = {spec.code: spec for spec in RULES}

__all__ = ["RULES", "BY_CODE", "Option", "RuleSpec", "rule"]
