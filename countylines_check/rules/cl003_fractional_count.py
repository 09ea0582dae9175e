"""CL003: a count of people or things printed with a decimal point ("1.551 people")."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding, Status
from ._base import rule
from ._context import Context, fmt


@rule("CL003", "fractional-count")
def fractional_count(ctx: Context) -> Iterator[Finding]:
    """People and seized items come in whole numbers; a decimal point there is a slip.

    Why: "1.551 people" is almost always 1,551 written with a continental thousands point.

    Flags:
        Police said 1.551 people were arrested in the operation.
    Passes:
        Police said 1,551 people were arrested in the operation.
    """
    for claim in ctx.figures:
        if claim.malformed and "decimal point" in claim.malformed:
            options = [fmt(r.point, claim.unit) for r in claim.readings]
            yield ctx.finding(fractional_count, Status.SUSPECT, [claim],
                              f"'{claim.printed}' {claim.malformed}: {' or '.join(options)}?", tuple(options[:1]))
