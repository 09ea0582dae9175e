"""Markdown (.md): the prose of a Markdown file, with every character mapped back to the file.

markdown-it-py parses the file; its inline tokens carry no offsets, so each piece of text is found
in the source by searching forward from where the previous one ended, never past the end of its
block (so text cannot be matched inside a link's URL or a comment further on). Markup goes:
``#``, emphasis marks, link URLs and titles, images, HTML comments and tags, code-fence lines.
What a reader reads stays, with its offsets: headings, paragraphs, link text, inline code, code
block contents. Layout the checker relies on is kept: a heading or paragraph is a paragraph,
each list item is a line starting ``- `` (or ``3. ``), a hard break is a line break, a soft break
(a wrapped line) is a space. A table is a paragraph of its rows, one line each, header first, written
the way the sentence splitter reads tables: ``| Force | Arrests |`` (each bar stands for the file's own
bar, or for an empty span where the file leaves the outer ones out; the ``|---|`` rule is dropped).
Every cell is there, empty ones too, so each figure stays under its column's header.

YAML front matter (``---`` lines at the top) is not prose: its ``title:`` becomes the first
line (a headline is checked like any other) and its ``date:`` is the publication date when the
caller gives none.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..document import coerce_published
from ..errors import CountylinesError, InputError
from ._source import Source, SourceMap, TextBuilder, decode_text

if TYPE_CHECKING:
    from markdown_it.token import Token

FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?P<body>.*?)(?:\r?\n|\A)(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.S)
FRONT_KEY = re.compile(r"^(?P<key>title|date)[ \t]*:[ \t]*(?P<value>.*?)[ \t]*$", re.M | re.I)
LINE_BREAK = re.compile(r"\r\n|\r|\n")
HTML_COMMENT = re.compile(r"\s*<!--.*?-->\s*", re.S)


def read_markdown(data: bytes, name: str) -> Source:
    """Read a UTF-8 Markdown file.

    Raises:
        InputError: not UTF-8 text, or markdown-it-py is not installed.
    """
    source = decode_text(data, name)
    try:
        from markdown_it import MarkdownIt
    except ImportError:  # pragma: no cover - a core dependency; only a broken install lacks it
        raise InputError(f"{name}: reading Markdown needs markdown-it-py: pip install markdown-it-py") from None
    builder = TextBuilder()
    body_start, published = _front_matter(source, builder)
    # Blank out the front matter instead of cutting it, so markdown-it's line numbers are the file's.
    line_starts = _line_starts(source)
    skipped_lines = sum(1 for start in line_starts if 0 < start <= body_start)
    feed = "\n" * skipped_lines + source[body_start:]
    md = MarkdownIt("commonmark").enable("table")
    md.disable("text_join")  # keep entities and escapes as their own tokens, with the markup they came from
    _Walker(source, line_starts, builder, body_start).walk(md.parse(feed))
    text, starts, ends = builder.build()
    return Source(text=text, map=SourceMap(source_text=source, starts=starts, ends=ends), format="markdown",
                  published=published)


def _line_starts(source: str) -> list[int]:
    """Offsets where each line starts, counting line breaks the way markdown-it does."""
    return [0, *(m.end() for m in LINE_BREAK.finditer(source))]


def _front_matter(source: str, builder: TextBuilder) -> tuple[int, dt.date | None]:
    """Offset where the Markdown body starts, and the front matter's date; its title goes to ``builder``."""
    match = FRONT_MATTER.match(source)
    if not match:
        return 0, None
    published: dt.date | None = None
    body_offset = match.start("body")
    for entry in FRONT_KEY.finditer(match.group("body")):
        value = entry.group("value")
        start = body_offset + entry.start("value")
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value, start = value[1:-1], start + 1
        if entry.group("key").lower() == "title":
            builder.literal(value, start)
            builder.paragraph()
        elif published is None:
            try:
                published = coerce_published(value)
            except CountylinesError:
                published = None  # not a date we can read: the article's own dateline may still give one
    return match.end(), published


class _Walker:
    """Walk markdown-it's tokens in order, writing prose to the builder with source offsets."""

    def __init__(self, source: str, line_starts: list[int], builder: TextBuilder, body_start: int) -> None:
        self.source = source
        self.line_starts = line_starts
        self.out = builder
        self.cursor = body_start
        self.limit = len(source)
        self.row_cells = 0  # cells of the current table row written so far

    # --- blocks -----------------------------------------------------------------------------
    def walk(self, tokens: Sequence[Token]) -> None:
        for token in tokens:
            if token.map is not None:
                self.cursor = max(self.cursor, self._line_start(token.map[0]))
                if token.type == "inline" or token.nesting == 0:
                    self.limit = self._line_start(token.map[1])
            kind = token.type
            if kind == "inline":
                self._inline(token.children or [])
            elif kind == "list_item_open":
                self.out.line()
                self._list_marker(token)
            elif kind == "paragraph_close" and token.hidden:
                self.out.line()  # a tight list's item: its paragraphs are lines
            elif kind in ("paragraph_close", "heading_close", "blockquote_close", "bullet_list_close",
                          "ordered_list_close", "table_open", "table_close"):
                self.out.paragraph()
            elif kind == "list_item_close":
                self.out.line()
            elif kind == "tr_open":
                self._row_start(token)
            elif kind in ("th_open", "td_open"):
                self._cell_start()
            elif kind == "tr_close":
                self._row_end()
            elif kind in ("fence", "code_block"):
                self._code(token)
                self.out.paragraph()
            elif kind == "html_block":
                self._html_block(token)
            if token.map is not None and token.nesting == 0 and kind != "inline":  # a whole block: step past it
                self.cursor = max(self.cursor, self._line_start(token.map[1]))

    def _line_start(self, line: int) -> int:
        return self.line_starts[line] if line < len(self.line_starts) else len(self.source)

    def _list_marker(self, token: Token) -> None:
        """``- `` for a bullet, ``3. `` for a numbered item: the sentence splitter reads items by it."""
        marker = f"{token.info}{token.markup}" if token.info else token.markup
        at = self.source.find(marker, self.cursor, self.limit if token.map is None else self._line_start(token.map[1]))
        at = self.cursor if at < 0 else at
        shown = "- " if not token.info else f"{token.info}. "
        self.out.replaced(shown, at, at + len(marker))
        self.cursor = at + len(marker)

    # --- table rows: "| cell | cell |" on one line ----------------------------------------------------
    def _row_start(self, token: Token) -> None:
        self.out.line()
        self.row_cells = 0
        if token.map is not None:  # the row's own line bounds every search for its bars
            self.limit = self._line_start(token.map[1])

    def _cell_start(self) -> None:
        """The bar before a cell: the file's own ``|``, or an empty span where a row has no outer bar."""
        bar = self._find("|")
        if self.row_cells == 0:
            lead = self.source[self.cursor:bar] if bar is not None else "-"
            if lead.strip(" \t>"):  # "Kent | 14": no outer bar, so it stands just before the first cell
                line = self.source[self.cursor:self.limit]
                at = self.cursor + len(line) - len(line.lstrip(" \t>"))
                self.out.replaced("| ", at, at)
            else:
                self._bar("| ", bar)
        else:
            self._bar(" | ", bar)
        self.row_cells += 1

    def _row_end(self) -> None:
        bar = self._find("|")
        self._bar(" |", bar if bar is not None and not self.source[self.cursor:bar].strip() else None)
        self.out.line()

    def _bar(self, shown: str, bar: int | None) -> None:
        if bar is None:  # a cell markdown-it adds to a short row: nothing in the file stands for it
            self.out.replaced(shown, self.cursor, self.cursor)
            return
        self.out.replaced(shown, bar, bar + 1)
        self.cursor = bar + 1

    def _code(self, token: Token) -> None:
        for line in token.content.splitlines():
            self._text(line)
            self.out.line()

    def _html_block(self, token: Token) -> None:
        """HTML in Markdown: comments (suppression markers among them) are dropped, other HTML is read as HTML."""
        if HTML_COMMENT.fullmatch(token.content):
            return
        start = self._find(token.content.rstrip("\n"))
        if start is None:
            return
        from .html import extract_into

        extract_into(self.source[start:start + len(token.content.rstrip("\n"))], self.out, base=start)
        self.out.paragraph()

    # --- inline -------------------------------------------------------------------------------
    def _inline(self, children: Sequence[Token]) -> None:
        skip_depth = 0  # inside an autolink, whose text is its URL
        for child in children:
            kind = child.type
            if kind == "link_open" and child.markup == "autolink":
                skip_depth += 1
            elif kind == "link_close" and skip_depth:
                skip_depth -= 1
                self._skip_to_after(">")
            elif kind == "link_close":
                self._skip_link_target()
            elif skip_depth:
                continue
            elif kind in ("text", "code_inline"):
                self._text(child.content)
            elif kind == "text_special":
                self._special(child)
            elif kind == "softbreak":
                at = self._find("\n")
                at = self.cursor if at is None else at
                self.out.replaced(" ", at, at + 1)
                self.cursor = at + 1
            elif kind == "hardbreak":
                self.out.line()
            elif kind == "image":
                self._skip_image(child)
            elif kind == "html_inline":
                found = self._find(child.content)
                if found is not None:
                    self.cursor = found + len(child.content)

    def _text(self, text: str) -> None:
        """Text that stands in the source as it is: find it, map it character by character."""
        if not text:
            return
        at = self._find(text)
        if at is not None:
            self.out.literal(text, at)
            self.cursor = at + len(text)
            return
        for ch in text:  # not found whole (tabs expanded, spaces trimmed): map each character on its own
            found = self._find(ch) if not ch.isspace() else None
            if found is None:
                self.out.replaced(ch, self.cursor, self.cursor)
            else:
                self.out.literal(ch, found)
                self.cursor = found + 1

    def _special(self, token: Token) -> None:
        """An entity (``&pound;``) or escape (``\\*``): its decoded text stands for the whole markup."""
        markup = token.markup or token.content
        at = self._find(markup)
        if at is None:
            self.out.replaced(token.content, self.cursor, self.cursor)
            return
        self.out.replaced(token.content, at, at + len(markup))
        self.cursor = at + len(markup)

    def _skip_link_target(self) -> None:
        """Step over ``](url "title")`` or ``][ref]`` after a link's text, so no prose is searched for in it."""
        rest = self.source[self.cursor:self.limit]
        if rest.startswith("]("):
            depth, i = 0, 1
            quote = ""
            while i < len(rest):
                ch = rest[i]
                if quote:
                    quote = "" if ch == quote else quote
                elif ch in "\"'" and depth == 1:
                    quote = ch
                elif ch == "(":
                    depth += 1
                elif ch == ")":
                    depth -= 1
                    if depth == 0:
                        break
                i += 1
            self.cursor += i + 1
        elif rest.startswith("]["):
            end = rest.find("]", 2)
            self.cursor += end + 1 if end >= 0 else 1
        elif rest.startswith("]"):
            self.cursor += 1

    def _skip_image(self, token: Token) -> None:
        """An image's alt text is not the article's prose: step over the whole ``![alt](src)``."""
        at = self._find("![")
        if at is None:
            return
        self.cursor = at + 2
        for child in token.children or []:
            found = self._find(child.content) if child.content else None
            if found is not None:
                self.cursor = found + len(child.content)
        close = self._find("]")
        if close is not None:
            self.cursor = close
            self._skip_link_target()

    def _skip_to_after(self, ch: str) -> None:
        found = self._find(ch)
        if found is not None:
            self.cursor = found + 1

    def _find(self, needle: str) -> int | None:
        at = self.source.find(needle, self.cursor, max(self.limit, self.cursor))
        return None if at < 0 else at
