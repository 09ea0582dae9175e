"""The rule decorator and the frozen spec it records.

``@rule("CL103", "parts-do-not-sum")`` turns a function ``(Context) -> Iterator[Finding]`` into a
``RuleSpec`` whose examples are parsed from the docstring's ``Flags:`` and ``Passes:`` sections, so
the registry meta-test can run every example through ``check()``. No metaclass, no rewriting.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from ..lazyre import lazy_compile
from ..model import Finding

if TYPE_CHECKING:
    from ._context import Context

RuleFunction = Callable[["Context"], Iterator[Finding]]
CODE = lazy_compile(r"^CL\d{3}$")
NAME = lazy_compile(r"^[a-z]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True, slots=True)
class Option:
    """A number a user may set for one rule (``[tool.countylines.rules.CL101] tolerance = 0.02``).

    Every option is a number with a default that keeps the rule as documented; a configuration
    only ever loosens or tightens a comparison, never turns the check into another one.
    """

    name: str
    default: Decimal
    help: str
    minimum: Decimal = Decimal(0)
    maximum: Decimal | None = None
    integer: bool = False


@dataclass(frozen=True, slots=True)
class RuleSpec:
    code: str
    name: str
    summary: str
    doc: str
    flags: tuple[str, ...]
    passes: tuple[str, ...]
    function: RuleFunction
    options: tuple[Option, ...] = ()

    def __call__(self, ctx: Context) -> Iterator[Finding]:
        return self.function(ctx)


def _section(doc: str, title: str) -> tuple[str, ...]:
    """The indented example lines under ``title:`` in a docstring."""
    lines = doc.splitlines()
    out: list[str] = []
    inside = False
    for line in lines:
        stripped = line.strip()
        if stripped == f"{title}:":
            inside = True
            continue
        if inside:
            if not stripped:
                if out:
                    break
                continue
            if stripped.endswith(":") and not line.startswith("    "):
                break
            if stripped in ("Flags:", "Passes:", "Why:", "Limits:"):
                break
            out.append(stripped)
    return tuple(out)


def rule(code: str, name: str, *, options: tuple[Option, ...] = ()) -> Callable[[RuleFunction], RuleSpec]:
    """Register a rule function under a stable code and a name that describes the slip, with the
    options a configuration may set for it."""
    if not CODE.match(code):
        raise ValueError(f"rule code {code!r} must be CL plus three digits")
    if not NAME.match(name):
        raise ValueError(f"rule name {name!r} must be lower-case words joined by hyphens")
    if len({o.name for o in options}) != len(options):
        raise ValueError(f"rule {code} declares an option twice")

    def wrap(function: RuleFunction) -> RuleSpec:
        doc = inspect.cleandoc(function.__doc__ or "")
        summary = doc.splitlines()[0] if doc else ""
        return RuleSpec(code, name, summary, doc, _section(doc, "Flags"), _section(doc, "Passes"), function, options)

    return wrap
