"""CL002: a space inside a figure before its thousands comma ("1 ,151")."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Status
from ._base import rule
from ._context import Context, fmt


@rule("CL002", "stray-space-in-number")
def stray_space_in_number(ctx: Context) -> Iterator[Finding]:
    """A space splits a figure in two, so it may be read as two numbers.

    Why: "1 ,151 arrests" may be 1,151 or a stray "1" beside 151; a copy-editor should settle it.

    Flags:
        Across the region 1 ,151 arrests were made by officers.
    Passes:
        Across the region 1,151 arrests were made by officers.
    """
    for claim in ctx.figures:
        if claim.malformed and "space" in claim.malformed:
            value = fmt(claim.value.point, claim.unit)
            yield ctx.finding(stray_space_in_number, Status.SUSPECT, [claim],
                              f"'{claim.printed}' {claim.malformed}: did you mean {value}?", (value,))
