"""HTML (.html, .htm): the main text of a page, with every character mapped back to the file.

The stdlib ``html.parser`` reports where each tag, run of text and character reference starts,
which is all an exact map needs (trafilatura and readability rebuild the text through lxml and
lose the offsets). Which text counts:

- only the page's main content: inside ``<main>`` (or ``role="main"``) when the page has one,
  else inside its ``<article>`` elements, else the whole ``<body>``;
- never navigation and furniture: ``<nav>``, ``<aside>``, ``<form>``, page-level ``<header>`` and
  ``<footer>`` (an article's own header, with its headline, stays), scripts, styles, hidden
  elements, and elements whose role, class or id names a menu, cookie or consent banner, share
  bar, newsletter box, advert or related-links block;
- comments are never text (the suppression markers of another tool live in them).

Character references (``&pound;``, ``&#163;``, ``&nbsp;``, ``&amp;``) are decoded, each standing
for its whole reference in the map; a no-break space reads as a space. Runs of whitespace
collapse to one space as a browser shows them, except in ``<pre>``. Block elements break the
text: paragraphs, headings, list ends and ``<hr>`` start a paragraph; list items, ``<div>`` and
``<br>`` a line; a list item starts with ``- `` so lists stay lists. A table is a paragraph of its
rows, one line each in the page's order, written the way the sentence splitter reads tables:
``| Force | Arrests |``, each bar standing for the markup between the cells (``</td><td>``), every
cell there, empty ones too, and a ``colspan`` cell followed by empty ones, so each figure stays under
its column's header; what breaks lines inside a cell (``<p>``, ``<br>``) is a space there. A table
that lays out a page rather than holding figures (one holding another table, a heading or an
article, one with no row of two cells, or one marked ``role="presentation"``) is read as blocks:
rows paragraphs, cells lines.
The publication date comes from ``<meta property="article:published_time">`` (or ``name="date"``,
``itemprop="datePublished"``) when the caller gives none.
"""

from __future__ import annotations

import codecs
import datetime as dt
import html
import re
from html.parser import HTMLParser

from ..document import coerce_published
from ..errors import CountylinesError, InputError
from ._source import Source, SourceMap, TextBuilder, decode_text

VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
ALWAYS_SKIPPED = frozenset(
    "head script style noscript template svg math iframe object canvas nav aside form button select "
    "textarea dialog".split()
)
PAGE_FURNITURE = frozenset({"header", "footer"})  # skipped unless inside the article or main content
SKIPPED_ROLES = frozenset(
    "navigation banner contentinfo complementary search dialog alertdialog menu menubar".split()
)
# words in a class or id that mark page furniture ("cookie-banner", "site_nav", "share-bar")
FURNITURE_WORDS = frozenset(
    "cookie cookies consent gdpr nav navbar navigation menu breadcrumb breadcrumbs share sharing social "
    "newsletter subscribe subscription related promo advert adverts advertisement ad ads sidebar "
    "comments popup modal skip".split()
)
PARAGRAPH_TAGS = frozenset(
    "p h1 h2 h3 h4 h5 h6 blockquote ul ol dl table tr pre figure figcaption section article main "
    "address hr header footer".split()
)
CONTAINERS = frozenset({"html", "body", "main", "article"})
TABLE_PARTS = frozenset("tr td th caption thead tbody tfoot colgroup".split())
LAYOUT_ROLES = frozenset({"presentation", "none"})
MAX_COLUMNS = 50  # colspans pad a row to this many columns at most: more than a results table has, and a
# bound on what bogus colspans can add
# the tags that tell a table of figures from a page's layout: its rows and cells, and a table,
# heading or article inside it
LAYOUT_MARKUP = re.compile(r"<(/?)(table|tr|td|th|h[1-6]|article|main)\b", re.I)
LINE_TAGS = frozenset("li td th dt dd div br caption".split())
MAIN_REGION = re.compile(r"<main\b|\brole\s*=\s*[\"']?main\b", re.I)
ARTICLE_REGION = re.compile(r"<article\b", re.I)
CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.I)
CHAR_REF = re.compile(r"&(?:#[xX][0-9a-fA-F]+|#[0-9]+|[A-Za-z][-.A-Za-z0-9]*);?")
HTML_SPACE = re.compile(r"[ \t\n\r\f]+")
WORD_SPLIT = re.compile(r"[\s_-]+")
DATE_META = frozenset({"article:published_time", "date", "dc.date", "dcterms.created", "datepublished",
                       "publish-date", "publication_date", "pubdate", "og:published_time"})
# spaces a reader sees as a space but the number grammar, which reads [ ], would not
READER_SPACES = str.maketrans({"\xa0": " ", "\u202f": " ", "\u2009": " ", "\u2007": " "})


def read_html(data: bytes, name: str) -> Source:
    """Read an HTML page: UTF-8, or the charset its ``<meta>`` declares.

    Raises:
        InputError: the bytes are not text in the page's encoding.
    """
    source = decode_text(data, name, _encoding(data, name))
    builder = TextBuilder()
    if MAIN_REGION.search(source):
        region = "main"
    elif ARTICLE_REGION.search(source):
        region = "article"
    else:
        region = "body"
    extractor = _Extractor(source, builder, base=0, region=region)
    extractor.run()
    text, starts, ends = builder.build()
    return Source(text=text, map=SourceMap(source_text=source, starts=starts, ends=ends), format="html",
                  published=extractor.published)


def extract_into(markup: str, builder: TextBuilder, *, base: int) -> None:
    """Write the text of an HTML fragment (say, a block inside Markdown) to ``builder``.

    ``base`` is where the fragment starts in the file the builder's offsets refer to.
    """
    _Extractor(markup, builder, base=base, region="fragment").run()


def _layout_tables(markup: str) -> frozenset[int]:
    """Where the tables that lay out the page rather than hold figures start: those holding a table,
    a heading or an article, and those with no row of two cells (a box around text).

    One pass over the tags that matter, so a page of many or deeply nested tables costs no more than
    its length.

    >>> page = "<table><tr><td><h1>News</h1><table><tr><td>14<td>15</table></table><table><tr><td>Box</table>"
    >>> sorted(_layout_tables(page)) == [0, page.rindex("<table>")]  # the frame and the box, not the figures
    True
    """
    layout: set[int] = set()
    open_tables: list[list[int]] = []  # [where it starts, cells in its current row, most cells in a row]
    for m in LAYOUT_MARKUP.finditer(markup):
        if m.group(1):  # an end tag: only a table's matters
            if m.group(2).lower() == "table" and open_tables:
                _close_table(open_tables.pop(), layout)
            continue
        name = m.group(2).lower()
        top = open_tables[-1] if open_tables else None
        if name == "tr" and top is not None:
            top[1] = 0
        elif name in ("td", "th") and top is not None:
            top[1] += 1
            top[2] = max(top[2], top[1])
        elif top is not None:  # a table, heading or article inside the innermost open table
            layout.add(top[0])
        if name == "table":
            open_tables.append([m.start(), 0, 0])
    for table in open_tables:
        _close_table(table, layout)
    return frozenset(layout)


def _close_table(table: list[int], layout: set[int]) -> None:
    if table[2] < 2:
        layout.add(table[0])


def _colspan(attrs: dict[str, str]) -> int:
    try:
        return max(1, min(MAX_COLUMNS, int(attrs.get("colspan", "1").strip() or "1")))
    except ValueError:
        return 1


def _encoding(data: bytes, name: str) -> str:
    """The page's encoding: a UTF-8 byte-order mark, else a ``<meta charset>`` near the top, else UTF-8."""
    if data.startswith(codecs.BOM_UTF8):
        return "utf-8-sig"
    declared = CHARSET.search(data[:4096])
    if not declared:
        return "utf-8-sig"
    label = declared.group(1).decode("ascii", "replace")
    try:
        codec = codecs.lookup(label).name
    except LookupError:
        raise InputError(f"{name}: declares an unknown character set {label!r}") from None
    if codec == "utf-8":
        return "utf-8-sig"
    # browsers read a page labelled latin-1 as windows-1252 (WHATWG encoding standard)
    return "cp1252" if codec in ("latin-1", "iso8859-1", "ascii") else codec


class _Extractor(HTMLParser):
    """One pass over the markup, writing the text that counts to the builder."""

    def __init__(self, markup: str, builder: TextBuilder, *, base: int, region: str) -> None:
        super().__init__(convert_charrefs=False)
        self.markup = markup
        self.out = builder
        self.base = base
        self.region = region  # main | article | body | fragment
        self.line_starts = [0, *(i + 1 for i, ch in enumerate(markup) if ch == "\n")]
        self.skipping: list[str] = []  # stack of the skipped elements we are inside
        self.regions: list[tuple[str, int]] = []  # main-content elements we are inside: [tag, same-name nesting]
        self.article_depth = 0  # inside <article> or <main>: their header and footer are content
        self.pre_depth = 0
        self.published: dt.date | None = None
        self.layout_tables = _layout_tables(markup)
        self.tables: list[bool] = []  # the tables we are inside, True for a table of figures
        self.row_open = False  # a row of the table of figures is being written
        self.cells = 0  # cells written in that row
        self.in_cell = False
        self.cell_end = 0  # where the last cell ended: the bar before the next one stands for what follows
        self.extra_columns = 0  # columns the last cell spans beyond its own (colspan)
        self.columns = 0  # columns of the row written so far, colspans included

    def run(self) -> None:
        self.feed(self.markup)
        self.close()
        if self.tables and self.tables[-1]:  # the markup ended inside a table: close its last row
            end = self.base + len(self.markup)
            self._row_end(end, end)

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """``<![`` that is not a CDATA section: a bogus comment, as browsers read it (the stdlib asserts).

        The stdlib moves its position past the name it failed to scan before asserting; put it back,
        or every later offset (and a second try at the end of the file) lands past the real text.
        """
        position = self.lineno, self.offset
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
            self.lineno, self.offset = position
            return self.parse_bogus_comment(i, report)

    # --- where we are -----------------------------------------------------------------------------
    def _offset(self) -> int:
        line, col = self.getpos()
        return self.base + self.line_starts[line - 1] + col

    def _counts(self) -> bool:
        if self.skipping:
            return False
        return self.region in ("body", "fragment") or bool(self.regions)

    def _is_region(self, tag: str, attrs: dict[str, str]) -> bool:
        if self.region == "main":
            return tag == "main" or attrs.get("role", "").lower() == "main"
        return self.region == "article" and tag == "article"

    def _is_furniture(self, tag: str, attrs: dict[str, str]) -> bool:
        if tag in ALWAYS_SKIPPED or "hidden" in attrs or attrs.get("aria-hidden", "").lower() == "true":
            return True
        if tag in PAGE_FURNITURE and not self.article_depth:
            return True
        role = attrs.get("role", "").lower()
        if role in SKIPPED_ROLES and not (role == "banner" and self.article_depth):
            return True
        if tag in CONTAINERS or role == "main":
            return False  # a page's wrappers carry layout classes ("has-sidebar") yet hold the article
        words = set(WORD_SPLIT.split(f"{attrs.get('class', '')} {attrs.get('id', '')}".lower()))
        return bool(words & FURNITURE_WORDS)

    # --- tags ---------------------------------------------------------------------------------------
    def handle_starttag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        attrs = {k.lower(): (v or "") for k, v in attrs_list}
        if tag == "meta" or attrs.get("itemprop", "").lower() == "datepublished":
            self._date_from(attrs)
        if tag in VOID:
            if tag in ("br", "hr"):
                self._break(tag)
            return
        if self.skipping:
            self.skipping.append(tag)
            return
        if self._is_furniture(tag, attrs):
            self.skipping.append(tag)
            return
        if self.regions and tag == self.regions[-1][0]:
            self.regions[-1] = (tag, self.regions[-1][1] + 1)
        elif self._is_region(tag, attrs):
            self.regions.append((tag, 0))
        if tag in ("article", "main"):
            self.article_depth += 1
        if tag == "pre":
            self.pre_depth += 1
        if self._table_start(tag, attrs):
            return
        self._break(tag)
        if tag == "li" and self._counts() and not self.in_cell:
            at = self._offset()
            self.out.replaced("- ", at, at + len(self.get_starttag_text() or ""))

    def handle_startendtag(self, tag: str, attrs_list: list[tuple[str, str | None]]) -> None:
        if tag in VOID:
            self.handle_starttag(tag, attrs_list)
        # <div/> and the like open and close nothing: no text can be inside

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        if self.skipping:
            # close the innermost open element of this name; a stray end tag closes nothing
            if tag in self.skipping:
                while self.skipping and self.skipping.pop() != tag:
                    pass
            return
        if not self._table_end(tag):
            self._break(tag)
        if tag == "pre" and self.pre_depth:
            self.pre_depth -= 1
        if tag in ("article", "main") and self.article_depth:
            self.article_depth -= 1
        if self.regions and tag == self.regions[-1][0]:
            if self.regions[-1][1]:
                self.regions[-1] = (tag, self.regions[-1][1] - 1)
            else:
                self.regions.pop()

    def _break(self, tag: str) -> None:
        if not self._counts():
            return
        if self.in_cell and (tag in PARAGRAPH_TAGS or tag in LINE_TAGS):
            at = self._offset()
            self.out.space(at, at)  # a cell is one cell of its row's line, whatever blocks it holds
        elif tag in PARAGRAPH_TAGS:
            self.out.paragraph()
        elif tag in LINE_TAGS:
            self.out.line()

    # --- tables of figures: a row is a line "| cell | cell |" --------------------------------------
    def _table_start(self, tag: str, attrs: dict[str, str]) -> bool:
        """Write the bar a cell starts with, and start rows and tables; False for a tag that is not table structure."""
        if tag == "table":
            figures = (not self.in_cell and self._offset() - self.base not in self.layout_tables
                       and attrs.get("role", "").lower() not in LAYOUT_ROLES)
            self.tables.append(figures)
            if figures:
                self.row_open = False
                self._paragraph()
            else:
                self._break(tag)
            return True
        if tag not in TABLE_PARTS:
            return False
        if not (self.tables and self.tables[-1]):
            if self.in_cell:  # a table inside a cell: its text is the cell's
                self._break("td")
                return True
            return False  # a layout table's parts break lines as blocks do
        at = self._offset()
        end = at + len(self.get_starttag_text() or "")
        if tag == "tr":
            self._row_end(at, at)
            self._row_start()
        elif tag in ("td", "th"):
            if self.in_cell:  # the last cell's end tag was left out: this tag ends it
                self.cell_end = at
            if not self.row_open:
                self._row_start()
            if self.cells:
                self._write(" | " * (1 + self.extra_columns), self.cell_end, end)
            else:
                self._write("| ", at, end)
            self.cells += 1
            self.in_cell = True
            self.extra_columns = min(_colspan(attrs) - 1, max(0, MAX_COLUMNS - self.columns - 1))
            self.columns += 1 + self.extra_columns
        elif tag == "caption":
            self._paragraph()
        return True

    def _table_end(self, tag: str) -> bool:
        """End cells, rows and tables; False for an end tag that is not table structure."""
        if tag == "table" and self.tables:
            figures = self.tables.pop()
            if figures:
                at = self._offset()
                self._row_end(at, self._end_of_tag(at))
                self._paragraph()
            else:
                self._break("td" if self.in_cell else tag)
            return True
        if tag not in TABLE_PARTS:
            return False
        if not (self.tables and self.tables[-1]):
            if self.in_cell:
                self._break("td")
                return True
            return False
        at = self._offset()
        if tag in ("td", "th") and self.in_cell:
            self.cell_end = at
            self.in_cell = False
        elif tag == "tr":
            self._row_end(at, self._end_of_tag(at))
        elif tag in ("thead", "tbody", "tfoot"):
            self._row_end(at, at)
        elif tag == "caption":
            self._paragraph()
        return True

    def _row_start(self) -> None:
        if self._counts():
            self.out.line()
        self.row_open, self.cells, self.in_cell, self.extra_columns, self.columns = True, 0, False, 0, 0

    def _row_end(self, at: int, end: int) -> None:
        """Close the open row with its last bar, standing for the markup from the last cell's end to ``end``."""
        if not self.row_open:
            return
        if self.cells:
            self._write(" | " * self.extra_columns + " |", at if self.in_cell else self.cell_end, end)
            if self._counts():
                self.out.line()
        self.row_open = self.in_cell = False

    def _write(self, shown: str, start: int, end: int) -> None:
        """A bar between cells, the cell before it without the space its markup ended with."""
        if self._counts():
            self.out.trim_space()
            start = max(start, self.out.source_end)  # text the page left between cells came first
            self.out.replaced(shown, start, max(start, end))

    def _paragraph(self) -> None:
        if self._counts():
            self.out.paragraph()

    def _end_of_tag(self, at: int) -> int:
        close = self.markup.find(">", at - self.base)
        return at + 1 if close < 0 else self.base + close + 1

    # --- text ---------------------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if not self._counts():
            return
        start = self._offset()
        if self.pre_depth:
            for piece in re.finditer(r"[^\n]+|\n", data):
                if piece.group() == "\n" and self.in_cell:
                    self.out.space(start + piece.start(), start + piece.end())
                elif piece.group() == "\n":
                    self.out.line()
                else:
                    self.out.literal(piece.group(), start + piece.start())
            return
        pos = 0
        for space in HTML_SPACE.finditer(data):
            self.out.literal(data[pos:space.start()], start + pos)
            self.out.space(start + space.start(), start + space.end())
            pos = space.end()
        self.out.literal(data[pos:], start + pos)

    def handle_entityref(self, name: str) -> None:
        self._reference()

    def handle_charref(self, name: str) -> None:
        self._reference()

    def _reference(self) -> None:
        if not self._counts():
            return
        at = self._offset()
        local = at - self.base
        raw = CHAR_REF.match(self.markup, local)
        if raw is None:  # the parser saw a reference we cannot: keep the ampersand as written
            self.out.literal("&", at)
            return
        decoded = html.unescape(raw.group()).translate(READER_SPACES)
        if decoded == " ":
            self.out.space(at, at + len(raw.group()))
        else:
            self.out.replaced(decoded, at, at + len(raw.group()))

    def _date_from(self, attrs: dict[str, str]) -> None:
        if self.published is not None:
            return
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        value = attrs.get("content") or attrs.get("datetime") or ""
        if key not in DATE_META or not value:
            return
        value = value.strip()
        if re.match(r"\d{4}-\d{2}-\d{2}", value):
            value = value[:10]
        try:
            self.published = coerce_published(value)
        except CountylinesError:
            self.published = None  # not a date we can read: the article's dateline may still give one

