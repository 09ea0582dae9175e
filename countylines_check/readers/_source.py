"""What every reader returns: the text to check, the original text, and a map between the two.

A finding must point at the file the user wrote, not at the prose a reader pulled out of it, so
every character of the checked text carries the span of the original text it came from: one
character for plain prose, the whole ``&pound;`` for the ``£`` it decodes to, an empty span at the
spot where a reader put a line break of its own. Line and column come from the original text.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..document import LineIndex
from ..errors import InputError
from ..model import Span


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceMap:
    """Offsets of the checked text mapped back to the original text (``source_text``).

    ``starts[i]``/``ends[i]`` is the span of ``source_text`` that character ``i`` of the checked
    text stands for; ``None`` for both means the identity (plain text).

    >>> m = SourceMap.identity("ab\\ncd")
    >>> m.position(3), m.to_source(Span(3, 5))
    ((2, 1), Span(start=3, end=5))
    """

    source_text: str
    starts: tuple[int, ...] | None = None
    ends: tuple[int, ...] | None = None
    _lines: LineIndex = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        if (self.starts is None) != (self.ends is None) or (
            self.starts is not None and self.ends is not None and len(self.starts) != len(self.ends)
        ):
            raise ValueError("starts and ends must both be given, one per checked character")
        object.__setattr__(self, "_lines", LineIndex(self.source_text))

    @classmethod
    def identity(cls, text: str) -> SourceMap:
        return cls(source_text=text)

    def source_offset(self, offset: int) -> int:
        """Where character ``offset`` of the checked text starts in the original text."""
        if self.starts is None:
            return offset
        if offset < len(self.starts):
            return self.starts[offset]
        return self.ends[-1] if self.ends else 0

    def to_source(self, span: Span) -> Span:
        """The span of the original text that a span of the checked text came from."""
        if self.starts is None or self.ends is None:
            return span
        start = self.source_offset(span.start)
        end = self.ends[span.end - 1] if span.end > span.start and span.end <= len(self.ends) else start
        return Span(start, max(start, end))

    def position(self, offset: int) -> tuple[int, int]:
        """Line and column (both from 1) in the original file of a checked-text offset."""
        return self._lines.position(self.source_offset(offset))


@dataclass(frozen=True, slots=True, kw_only=True)
class Source:
    """An article as a reader found it.

    ``text`` is what the pipeline checks; ``map.source_text`` is the original file decoded
    (for .docx, its paragraphs one per line), kept whole so that tools working on the file's own
    lines (inline suppression comments) can read it; ``published`` is a date the format itself
    declares (front matter, a ``<meta>`` tag), or None.
    """

    text: str
    map: SourceMap
    format: str
    published: dt.date | None = None

    @property
    def source_text(self) -> str:
        return self.map.source_text


class TextBuilder:
    """Build the checked text piece by piece, recording for each character where it came from.

    Breaks are asked for, not written: ``paragraph()`` after a heading and ``line()`` after a list
    item only become newlines when more text follows, so the text never starts or ends with
    blank lines and never has more than one blank line in a row.
    """

    def __init__(self) -> None:
        self._parts: list[str] = []
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._pending = 0  # newlines owed before the next text
        self._last_end = 0  # where the last piece ended in the source: breaks map there
        self._size = 0

    def literal(self, text: str, source_start: int) -> None:
        """Text copied unchanged from the source at ``source_start``."""
        if not text:
            return
        self._flush()
        self._append(text, range(source_start, source_start + len(text)),
                     range(source_start + 1, source_start + len(text) + 1))
        self._last_end = source_start + len(text)

    def replaced(self, text: str, source_start: int, source_end: int) -> None:
        """Text that stands for a whole source span (an entity, an escape, collapsed spaces)."""
        if not text:
            return
        self._flush()
        self._append(text, [source_start] * len(text), [source_end] * len(text))
        self._last_end = source_end

    def space(self, source_start: int, source_end: int) -> None:
        """A single space for a run of source whitespace, unless the text already ends in one."""
        if self._pending or not self._parts or self._parts[-1][-1:] in (" ", "\n"):
            return
        self.replaced(" ", source_start, source_end)

    def trim_space(self) -> None:
        """Drop the space the text ends with, if it ended a cell's text (before a table's bar)."""
        if self._pending or not self._parts or not self._parts[-1].endswith(" "):
            return
        before = self._parts[-1][-2:-1] or (self._parts[-2][-1:] if len(self._parts) > 1 else "")
        if before in ("", "|", " ", "\n"):
            return  # the bar's own padding, before an empty cell
        self._parts[-1] = self._parts[-1][:-1]
        if not self._parts[-1]:
            self._parts.pop()
        self._starts.pop()
        self._ends.pop()
        self._size -= 1

    def line(self) -> None:
        self._pending = max(self._pending, 1)

    def paragraph(self) -> None:
        self._pending = max(self._pending, 2)

    def build(self) -> tuple[str, tuple[int, ...], tuple[int, ...]]:
        return "".join(self._parts), tuple(self._starts), tuple(self._ends)

    @property
    def size(self) -> int:
        return self._size

    @property
    def source_end(self) -> int:
        """Where in the source the text written so far ends: what comes next cannot map before it."""
        return self._last_end

    def _flush(self) -> None:
        if self._pending and self._parts:
            n = self._pending
            self._append("\n" * n, [self._last_end] * n, [self._last_end] * n)
        self._pending = 0

    def _append(self, text: str, starts: range | list[int], ends: range | list[int]) -> None:
        self._parts.append(text)
        self._starts.extend(starts)
        self._ends.extend(ends)
        self._size += len(text)


def decode_text(data: bytes, name: str, encoding: str = "utf-8-sig") -> str:
    """Decode a text file, with the one-line errors ``check_file`` has always given.

    Raises:
        InputError: the bytes look binary or are not valid in ``encoding``.
    """
    if b"\x00" in data[:8192]:
        raise InputError(f"{name}: looks like a binary file, not an article")
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as exc:
        label = "UTF-8" if encoding.replace("_", "-").lower().startswith("utf-8") else encoding
        raise InputError(f"{name}: not {label} text (bad byte at offset {exc.start})") from None
