"""Run a pattern made of alternatives (``A|B|C``) as one search per alternative.

The ``regex`` engine skips quickly to where a lone alternative can start (a literal word, a digit),
but a pattern whose alternatives start differently is tried at every character. The skip patterns
are such patterns ("aged 15" | "17-year-old" | "under 18" | "Jordan Pike, 24, ..."): searched one
alternative at a time they take a third of the time. The matches are the same: at each position the
whole pattern takes its first alternative that matches there, so the next match is the leftmost of
the alternatives' next matches, the earlier alternative winning a tie.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator, Sequence
from functools import lru_cache

import regex

from ..lazyre import lazy_compile

_GLOBAL_FLAGS = lazy_compile(r"\(\?[a-zA-Z]+\)")
# Constructs a split could change the meaning of: backreferences, conditionals, inline comments.
_UNSPLITTABLE = lazy_compile(r"\(\?P=|\(\?\(|\(\?#|\\[1-9]|\\g<")


def split_source(source: str, verbose: bool) -> tuple[str, list[str]] | None:
    """The leading global flags and the top-level alternatives of a pattern, or None when it has
    none or uses a construct a split could change.

    >>> split_source(r"(?i)\\bage\\s+\\d+|(?:a|b)[|]c", False)
    ('(?i)', ['\\\\bage\\\\s+\\\\d+', '(?:a|b)[|]c'])
    >>> split_source(r"(\\d)-\\1|x", False) is None
    True
    """
    if _UNSPLITTABLE.search(source):
        return None
    flags = _GLOBAL_FLAGS.match(source)
    prefix = flags.group() if flags else ""
    body = source[len(prefix):]
    verbose = verbose or "x" in prefix
    parts: list[str] = []
    depth = start = i = 0
    while i < len(body):
        ch = body[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "[":
            end = _set_end(body, i)
            if end is None:
                return None
            i = end
            continue
        if ch == "#" and verbose:
            newline = body.find("\n", i)
            i = len(body) if newline < 0 else newline
            continue
        if ch == "(":
            depth += 1
        elif ch == ")":
            depth -= 1
        elif ch == "|" and depth == 0:
            parts.append(body[start:i])
            start = i + 1
        i += 1
    parts.append(body[start:])
    return (prefix, parts) if depth == 0 and len(parts) > 1 else None


def _set_end(body: str, i: int) -> int | None:
    """Just after the character set opening at ``i``; None for a nested set (left unsplit)."""
    i += 1
    if body[i : i + 1] == "^":
        i += 1
    if body[i : i + 1] == "]":
        i += 1
    while i < len(body) and body[i] != "]":
        if body[i] == "[":
            return None
        i += 2 if body[i] == "\\" else 1
    return i + 1 if i < len(body) else None


@lru_cache(maxsize=64)
def alternatives(pattern: regex.Pattern[str]) -> tuple[regex.Pattern[str], ...]:
    """The pattern's top-level alternatives compiled one by one (the pattern itself if it has none)."""
    split = split_source(pattern.pattern, bool(pattern.flags & regex.VERBOSE))
    if split is None:
        return (pattern,)
    prefix, parts = split
    return tuple(regex.compile(prefix + part, pattern.flags) for part in parts)


# A quicker ``alternative.search(text, pos, timeout=...)`` for one alternative (see ``words.WordIndex``).
Search = Callable[[regex.Pattern[str], int, "float | None"], "regex.Match[str] | None"]


def finditer(pattern: regex.Pattern[str], text: str, timeout: float | None = None,
             searches: Sequence[Search | None] = ()) -> Iterator[regex.Match[str]]:
    """The matches ``pattern.finditer(text)`` gives, found one alternative at a time (raising
    ``TimeoutError`` once ``timeout`` seconds have passed, as ``regex`` does).

    ``searches[k]``, when given, answers as the k-th alternative's ``search`` does, faster.
    """
    deadline = None if timeout is None else time.monotonic() + timeout

    def left() -> float | None:
        return None if deadline is None else max(0.0, deadline - time.monotonic())

    alts = alternatives(pattern)
    if len(alts) == 1 and (not searches or searches[0] is None):  # a pattern with no quicker search
        yield from pattern.finditer(text, timeout=left())
        return
    pos = 0
    ahead: list[regex.Match[str] | None] = [None] * len(alts)
    exhausted = [False] * len(alts)
    while True:
        best: regex.Match[str] | None = None
        for k, alt in enumerate(alts):
            if exhausted[k]:
                continue
            m = ahead[k]
            if m is None or m.start() < pos:
                search = searches[k] if k < len(searches) else None
                m = ahead[k] = alt.search(text, pos, None, None, False, left()) if search is None else search(alt, pos, left())
                exhausted[k] = m is None
            if m is not None and (best is None or m.start() < best.start()):
                best = m
        if best is None:
            return
        if best.end() == best.start():  # an empty match: let the engine step on as it does
            yield from pattern.finditer(text, best.start(), timeout=left())
            return
        yield best
        pos = best.end()
