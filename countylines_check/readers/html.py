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
text: paragraphs, headings, list ends, table rows and ``<hr>`` start a paragraph; list items,
table cells, ``<div>`` and ``<br>`` a line; a list item starts with ``- `` so lists stay lists.
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

    def run(self) -> None:
        self.feed(self.markup)
        self.close()

    def parse_marked_section(self, i: int, report: bool = True) -> int:
        """``<![`` that is not a CDATA section: a bogus comment, as browsers read it (the stdlib asserts)."""
        try:
            return super().parse_marked_section(i, report)
        except AssertionError:
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
            if self._counts():
                if tag == "br":
                    self.out.line()
                elif tag == "hr":
                    self.out.paragraph()
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
        self._break(tag)
        if tag == "li" and self._counts():
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
        if tag in PARAGRAPH_TAGS:
            self.out.paragraph()
        elif tag in LINE_TAGS:
            self.out.line()

    # --- text ---------------------------------------------------------------------------------------
    def handle_data(self, data: str) -> None:
        if not self._counts():
            return
        start = self._offset()
        if self.pre_depth:
            for piece in re.finditer(r"[^\n]+|\n", data):
                if piece.group() == "\n":
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

