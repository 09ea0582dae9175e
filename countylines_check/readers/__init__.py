"""Readers: turn an article file into the text to check plus a map back to the original file.

One module per format. Each returns a ``Source``: the prose to check, the original text
(``source_text``), and for every character of the prose the span of the original it came from,
so a finding's line and column point at the file the user wrote. ``SUFFIXES`` is the one list
of file suffixes we read: the command line's directory walk and the pytest plugin use it.

Formats that need a library import it only when a file of that format is read, so a missing
extra costs nothing until then, and then it is a one-line ``InputError`` naming the extra.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from ..errors import InputError
from ._source import Source, SourceMap

__all__ = ["SUFFIXES", "FORMATS", "Source", "SourceMap", "read", "read_bytes"]

# suffix -> format name; the order is the order the README lists them in
FORMATS: dict[str, str] = {
    ".txt": "text",
    ".md": "markdown",
    ".html": "html",
    ".htm": "html",
    ".docx": "docx",
}
SUFFIXES: tuple[str, ...] = tuple(FORMATS)


def _reader(fmt: str) -> Callable[[bytes, str], Source]:
    """The reader function of a format, imported on first use."""
    if fmt == "markdown":
        from .markdown import read_markdown

        return read_markdown
    if fmt == "html":
        from .html import read_html

        return read_html
    if fmt == "docx":
        from .docx import read_docx

        return read_docx
    from .text import read_text

    return read_text


def format_of(path: str | Path) -> str:
    """The format a file is read as, by suffix (case-insensitive); anything unknown is plain text.

    >>> format_of("story.MD"), format_of("page.htm"), format_of("notes"), format_of("a.csv")
    ('markdown', 'html', 'text', 'text')
    """
    return FORMATS.get(Path(path).suffix.lower(), "text")


def read_bytes(data: bytes, name: str, fmt: str) -> Source:
    """Read the bytes of an article in the given format (``text``, ``markdown``, ``html``, ``docx``).

    Raises:
        InputError: the bytes cannot be read in that format, or its extra is not installed.
    """
    if fmt not in set(FORMATS.values()):
        raise InputError(f"{name}: unknown format {fmt!r} (one of {', '.join(sorted(set(FORMATS.values())))})")
    return _reader(fmt)(data, name)


def read(path: str | Path) -> Source:
    """Read an article file, choosing the format by its suffix.

    Raises:
        InputError: the file cannot be read or decoded, or the extra its format needs is missing.
    """
    p = Path(path)
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise InputError(f"{p}: cannot read file ({exc.strerror or exc})") from None
    return read_bytes(data, str(p), format_of(p))
