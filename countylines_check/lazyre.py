"""Patterns compiled on first use instead of at import.

The grammar is some 230 patterns; compiling them all took about half of ``import countylines_check``.
The package is imported where no article is checked: pytest loads its plugin in every test session
of a project that installs it, ``countylines-check --help`` prints and exits, a notebook imports it
before the first cell that checks. A module-level pattern is therefore compiled the first time a
check reaches it, once per process, and a run pays only for the patterns its text needs.
"""

from __future__ import annotations

from typing import Any, cast

import regex

# Everything a caller reads from a compiled pattern, copied onto the stand-in once it is compiled
# so that later calls find them as plain attributes and do not go through ``__getattr__`` again.
_FORWARDED = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split", "splititer",
              "scanner", "flags", "groups", "groupindex", "named_lists")


class _LazyPattern:
    """Stands in for ``regex.compile(source, flags)`` until a method or attribute of it is needed.

    ``pattern`` is the source and is read without compiling: patterns built from other patterns'
    sources (``alternation``, the dates grammar) do not compile their parts. Everything else
    compiles it, ``flags`` included, since the engine folds inline flags (``(?i)``) into them.
    """

    def __init__(self, source: str, flags: int) -> None:
        self.pattern = source
        self._given_flags = flags

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__") or name == "_given_flags":
            raise AttributeError(name)
        compiled = regex.compile(self.pattern, self._given_flags)
        for attribute in _FORWARDED:
            setattr(self, attribute, getattr(compiled, attribute))
        return getattr(compiled, name)

    def __reduce__(self) -> tuple[Any, ...]:
        return (lazy_compile, (self.pattern, self._given_flags))

    def __repr__(self) -> str:
        return f"lazy_compile({self.pattern!r}, {self._given_flags})"


def lazy_compile(source: str, flags: int = 0) -> regex.Pattern[str]:
    """``regex.compile(source, flags)``, done when the pattern is first used.

    >>> ages = lazy_compile(r"(?i)aged\\s+(\\d+)")
    >>> ages.pattern
    '(?i)aged\\\\s+(\\\\d+)'
    >>> ages.search("Three men, AGED 19, were held").group(1), bool(ages.flags & regex.IGNORECASE)
    ('19', True)
    """
    # The stand-in answers every call a compiled pattern does; the cast lets callers keep one type.
    return cast("regex.Pattern[str]", _LazyPattern(source, flags))
