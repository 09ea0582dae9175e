"""CL900: an inline suppression marker that silences nothing."""

from __future__ import annotations

from collections.abc import Iterator

from ..model import Finding
from ._base import rule
from ._context import Context


@rule("CL900", "unused-suppression")
def unused_suppression(ctx: Context) -> Iterator[Finding]:
    """A suppression marker must silence a finding on the line it names.

    Why: a marker left after the figure was corrected, or put above the wrong line, would silence
    the next real slip there without anyone noticing; a misspelt marker silences nothing at all.
    Limits: the markers are read after every other rule has run (``suppressions.apply_suppressions``,
    which works on the original file's lines for every input format), so this function itself
    finds nothing; it is the catalogue entry, and ``ignore = ["CL900"]`` turns the report off.

    Flags:
        [countylines-disable CL101]
    Passes:
        Officers safeguarded 37 people: 21 men, 9 women and seven children.
    """
    return iter(())
