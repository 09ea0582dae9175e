"""Word (.docx): the body's paragraphs and tables, tracked changes accepted.

A .docx has no lines or columns of its own, so positions are given in Word's plain-text view of
the document (what "Save as plain text" writes): one line per paragraph, in document order,
counting every paragraph of the body, empty ones and those inside table cells (row by row, cell by
cell) included; a manual line break inside a paragraph is ``\\v`` and a tab ``\\t``. So a finding
at ``story.docx:12:31`` is in the 12th paragraph, at its 31st character. That view is the report's
``source_text``, and ``source_span`` offsets index it.

Tracked changes are read as if accepted: inserted text (``w:ins``, ``w:moveTo``) is in, deleted
text (``w:del``, ``w:moveFrom``) is out, because the checker should see the article as it will be
published. Page headers, footers, footnotes, comments and text boxes are not read.

In the checked text each paragraph is a paragraph; list paragraphs (numbered, or in a List style)
are lines starting ``- ``, table cells are lines and table rows paragraphs, a manual line break
is a line break.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ..errors import InputError
from ._source import Source, SourceMap, TextBuilder

if TYPE_CHECKING:
    from lxml.etree import _Element

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
# containers whose runs are part of the paragraph's text (w:ins: tracked insertion)
TEXT_CONTAINERS = frozenset(
    f"{W}{name}" for name in ("ins", "moveTo", "hyperlink", "smartTag", "customXml", "fldSimple", "sdt",
                              "sdtContent", "dir", "bdo")
)
LINE_BREAK = "\v"  # Word's plain-text export writes a manual line break as a vertical tab


@dataclass
class _Paragraph:
    """One paragraph of Word's plain-text view, with how the checker should lay it out."""

    text: str = ""
    kind: str = "text"  # text | item (list paragraph) | cell (in a table cell)
    first_in_table: bool = False
    last_in_row: bool = False


def read_docx(data: bytes, name: str) -> Source:
    """Read a Word document.

    Raises:
        InputError: python-docx is not installed, or the file is not a Word document.
    """
    try:
        import docx
    except ImportError:
        raise InputError(f"{name}: reading .docx files needs python-docx: "
                         "pip install 'countylines-check[docx]'") from None
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise InputError(f"{name}: not a Word .docx document ({exc})") from None
    except Exception as exc:  # python-docx raises its own PackageNotFoundError and lxml errors
        raise InputError(f"{name}: cannot read this Word document ({type(exc).__name__}: {exc})") from None
    paragraphs: list[_Paragraph] = []
    _block_items(document.element.body, paragraphs, in_cell=False)
    return _source(paragraphs)


def _source(paragraphs: list[_Paragraph]) -> Source:
    source_text = "\n".join(p.text for p in paragraphs)
    builder = TextBuilder()
    offset = 0
    for p in paragraphs:
        if p.first_in_table:
            builder.paragraph()
        if p.text.strip():
            if p.kind == "item":
                builder.line()
                builder.replaced("- ", offset, offset)
            elif p.kind == "text":
                builder.paragraph()
            else:
                builder.line()
            at = offset
            for i, piece in enumerate(p.text.split(LINE_BREAK)):
                if i:
                    builder.line()  # maps to the line break before ``at``
                builder.literal(piece, at)
                at += len(piece) + 1
            if p.kind != "text":
                builder.line()
        if p.last_in_row:
            builder.paragraph()
        offset += len(p.text) + 1
    text, starts, ends = builder.build()
    return Source(text=text, map=SourceMap(source_text=source_text, starts=starts, ends=ends), format="docx")


def _block_items(parent: _Element, out: list[_Paragraph], *, in_cell: bool) -> None:
    """Paragraphs and tables of the body (or of a table cell), in document order."""
    for child in parent.iterchildren():
        tag = child.tag
        if tag == f"{W}p":
            out.append(_paragraph(child, in_cell=in_cell))
        elif tag == f"{W}tbl":
            first = len(out)
            for row in child.iterchildren(f"{W}tr"):
                for cell in row.iterchildren(f"{W}tc"):
                    _block_items(cell, out, in_cell=True)
                if out:
                    out[-1].last_in_row = True
            if len(out) > first:
                out[first].first_in_table = True
        elif tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins", f"{W}moveTo"):
            _block_items(child, out, in_cell=in_cell)


def _paragraph(p: _Element, *, in_cell: bool) -> _Paragraph:
    parts: list[str] = []
    _runs(p, parts)
    kind = "cell" if in_cell else ("item" if _is_list(p) else "text")
    return _Paragraph(text="".join(parts), kind=kind)


def _runs(parent: _Element, parts: list[str]) -> None:
    """The visible text of a paragraph: runs, inside insertions and links too, never deletions."""
    for child in parent.iterchildren():
        tag = child.tag
        if tag == f"{W}r":
            for piece in child.iterchildren():
                ptag = piece.tag
                if ptag == f"{W}t":
                    parts.append(piece.text or "")
                elif ptag == f"{W}tab":
                    parts.append("\t")
                elif ptag in (f"{W}br", f"{W}cr"):
                    parts.append(LINE_BREAK)
                elif ptag == f"{W}noBreakHyphen":
                    parts.append("-")
        elif tag in TEXT_CONTAINERS:
            _runs(child, parts)
        # w:del, w:moveFrom (tracked deletions), w:pPr, bookmarks, proofing marks: not text


def _is_list(p: _Element) -> bool:
    """A numbered or bulleted paragraph: numbering in its properties, or a List style."""
    props = p.find(f"{W}pPr")
    if props is None:
        return False
    if props.find(f"{W}numPr") is not None:
        return True
    style = props.find(f"{W}pStyle")
    value = style.get(f"{W}val", "") if style is not None else ""
    return value.lower().startswith("list")
