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
are lines starting ``- ``, a manual line break is a line break. A table is a paragraph of its rows,
one line each, written the way the sentence splitter reads tables: ``| Force | Arrests |``, each bar
between two cells standing for the paragraph break between them, every cell there, empty ones too,
and a cell merged across columns followed by empty ones, so each figure stays under its column's
header; a cell's paragraphs and line breaks are spaces in it, and a table inside a cell is more of
the cell's text. A table with one cell a row (a box around text) is read as its paragraphs.
"""

from __future__ import annotations

import io
import zipfile
from dataclasses import dataclass, field
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
MAX_COLUMNS = 50  # merged cells pad a row to this many columns at most: more than a results table has,
# and a bound on what bogus spans can add


@dataclass
class _Paragraph:
    """One paragraph of Word's plain-text view, with how the checker should lay it out."""

    text: str = ""
    kind: str = "text"  # text | item (list paragraph)


@dataclass
class _Cell:
    paragraphs: list[int] = field(default_factory=list)  # its paragraphs' places in the plain-text view
    columns: int = 1  # grid columns it spans (w:gridSpan)


@dataclass
class _Table:
    rows: list[list[_Cell]] = field(default_factory=list)


_Block = int | _Table  # a body paragraph (its place in the plain-text view), or a table


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
    blocks: list[_Block] = []
    _block_items(document.element.body, paragraphs, blocks)
    return _source(paragraphs, blocks)


def _source(paragraphs: list[_Paragraph], blocks: list[_Block]) -> Source:
    source_text = "\n".join(p.text for p in paragraphs)
    offsets = [0]
    for p in paragraphs:
        offsets.append(offsets[-1] + len(p.text) + 1)
    builder = TextBuilder()
    for block in blocks:
        if isinstance(block, _Table):
            _table_rows(block, paragraphs, offsets, builder)
            continue
        p, offset = paragraphs[block], offsets[block]
        if not p.text.strip():
            continue
        if p.kind == "item":
            builder.line()
            builder.replaced("- ", offset, offset)
        else:
            builder.paragraph()
        at = offset
        for i, piece in enumerate(p.text.split(LINE_BREAK)):
            if i:
                builder.line()  # maps to the line break before ``at``
            builder.literal(piece, at)
            at += len(piece) + 1
        if p.kind == "item":
            builder.line()
    text, starts, ends = builder.build()
    return Source(text=text, map=SourceMap(source_text=source_text, starts=starts, ends=ends), format="docx")


def _table_rows(table: _Table, paragraphs: list[_Paragraph], offsets: list[int], builder: TextBuilder) -> None:
    """Each row a line ``| cell | cell |``; the bar between two cells stands for the paragraph break between them."""
    builder.paragraph()
    for row in table.rows:
        if not row:
            continue
        builder.line()
        end = offsets[row[0].paragraphs[0]] if row[0].paragraphs else 0
        extra = columns = 0
        for k, cell in enumerate(row):
            start = offsets[cell.paragraphs[0]] if cell.paragraphs else end
            if k:
                builder.trim_space()
                builder.replaced(" | " * (1 + extra), end, max(end, start))
            else:
                builder.replaced("| ", start, start)
            for j, index in enumerate(cell.paragraphs):
                if j:
                    builder.space(offsets[index] - 1, offsets[index])  # the cell's own paragraph break
                at = offsets[index]
                for i, piece in enumerate(paragraphs[index].text.split(LINE_BREAK)):
                    if i:
                        builder.space(at - 1, at)
                    builder.literal(piece, at)
                    at += len(piece) + 1
                end = offsets[index] + len(paragraphs[index].text)
            extra = min(cell.columns - 1, max(0, MAX_COLUMNS - columns - 1))
            columns += 1 + extra
        builder.trim_space()
        builder.replaced(" | " * extra + " |", end, end)
        builder.line()
    builder.paragraph()


def _block_items(parent: _Element, paragraphs: list[_Paragraph], blocks: list[_Block]) -> None:
    """Paragraphs and tables of the body, in document order."""
    for child in parent.iterchildren():
        tag = child.tag
        if tag == f"{W}p":
            blocks.append(len(paragraphs))
            paragraphs.append(_paragraph(child))
        elif tag == f"{W}tbl":
            table = _table(child, paragraphs)
            if any(len(row) > 1 for row in table.rows):
                blocks.append(table)
            else:  # a box around text, not a table of figures: its paragraphs are paragraphs
                blocks.extend(i for row in table.rows for cell in row for i in cell.paragraphs)
        elif tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins", f"{W}moveTo"):
            _block_items(child, paragraphs, blocks)


def _table(tbl: _Element, paragraphs: list[_Paragraph]) -> _Table:
    """A table's cells row by row, their paragraphs added to the plain-text view in document order."""
    table = _Table()
    for row in tbl.iterchildren(f"{W}tr"):
        cells: list[_Cell] = []
        for tc in row.iterchildren(f"{W}tc"):
            cell = _Cell(columns=_grid_span(tc))
            _cell_items(tc, paragraphs, cell)
            cells.append(cell)
        table.rows.append(cells)
    return table


def _cell_items(parent: _Element, paragraphs: list[_Paragraph], cell: _Cell) -> None:
    """A cell's paragraphs, those of tables inside it too: all of them are the cell's text."""
    for child in parent.iterchildren():
        tag = child.tag
        if tag == f"{W}p":
            cell.paragraphs.append(len(paragraphs))
            paragraphs.append(_paragraph(child))
        elif tag == f"{W}tbl":
            for row in child.iterchildren(f"{W}tr"):
                for tc in row.iterchildren(f"{W}tc"):
                    _cell_items(tc, paragraphs, cell)
        elif tag in (f"{W}sdt", f"{W}sdtContent", f"{W}customXml", f"{W}ins", f"{W}moveTo"):
            _cell_items(child, paragraphs, cell)


def _grid_span(tc: _Element) -> int:
    span = tc.find(f"{W}tcPr/{W}gridSpan")
    try:
        value = int(span.get(f"{W}val", "1")) if span is not None else 1
    except ValueError:
        return 1
    return max(1, min(MAX_COLUMNS, value))


def _paragraph(p: _Element) -> _Paragraph:
    parts: list[str] = []
    _runs(p, parts)
    return _Paragraph(text="".join(parts), kind="item" if _is_list(p) else "text")


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
