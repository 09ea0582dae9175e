"""Split an article into sentences, keeping the layout that carries meaning.

A line break always ends a sentence (headlines, captions and list items are lines). Headings
(short lines without final punctuation) and bullet items are marked, and consecutive bullets share
a ``list_id`` with the line that introduces them ("Items seized included:"), because an itemised
list is how releases break a total down. Two or more consecutive lines of ``|``-separated cells
are a table's rows: they share a ``table`` id, because a column's header names what its figures
count and a "Total" row is what the rows above it add up to.
"""

from __future__ import annotations

from dataclasses import dataclass

from .lazyre import lazy_compile

BULLET = lazy_compile(r"^[ \t]*(?:[-*•·▪◦‣]|\d{1,2}[.)])[ \t]+")
# A sentence ends at . ! ? (optionally closed by a quote or bracket) before a capital, digit or quote.
BOUNDARY = lazy_compile(r"""(?<=[.!?][\"'”’)]?)[ \t]+(?=[\"'“‘(]?[A-Z0-9£])""")
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st det insp ch supt sgt pc dc ds di dci cllr rev gen col capt lt prof no nos "
    "jan feb mar apr jun jul aug sep sept oct nov dec approx vs etc eg ie op co ltd".split()
)
LAST_WORD = lazy_compile(r"(\w+)[.!?][\"'”’)]?$")  # the word a full stop ends: "Mr." or "arrests."
FINAL_PUNCTUATION = ".!?:;\"'”’)"
TABLE_ROW = lazy_compile(r"^[^|\n]*\|[^|\n]*\|")  # two cell separators at least: "Force | Arrests | Cash"
# "Arrests 48 | Charged 21 | Cash £58.7k": the cells of a one-line strip of figures (infographic text)
STRIP_CELL_SEPARATOR = lazy_compile(r"[ \t]+[|•·][ \t]+")
STRIP_CELL = lazy_compile(r"^(?=[^\n]*\p{L})(?=[^\n]*\d)(?:\S+[ \t]+){0,7}\S+$")  # a label and a figure, short
TABLE_RULE = lazy_compile(r"^[ \t]*\|?(?:[ \t]*:?-{2,}:?[ \t]*\|)+[ \t]*(?::?-{2,}:?)?[ \t]*$")  # Markdown's |---|:--:|
# Two and a half times the longest sentence in our corpora (under 400 characters). Longer runs are
# cut at a space, so the work done per sentence stays bounded and time grows with the length of
# the text, not with its square, whatever the input.
MAX_SENTENCE = 1000


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    index: int
    paragraph: int
    kind: str  # text | heading | bullet | row
    list_id: int | None = None  # bullets of one list and the line introducing them share an id
    table: int | None = None  # the rows of one table share an id


def split_sentences(text: str) -> list[Sentence]:
    """Sentence spans with their paragraph, kind and list membership.

    >>> text = "Police Week\\n\\nOfficers made 5 arrests. Mr Smith said so.\\nItems included:\\n- 2 knives\\n- 3 phones"
    >>> [(text[s.start:s.end], s.kind, s.list_id) for s in split_sentences(text)]   # doctest: +NORMALIZE_WHITESPACE
    [('Police Week', 'heading', None), ('Officers made 5 arrests.', 'text', None),
     ('Mr Smith said so.', 'text', None), ('Items included:', 'text', 0), ('- 2 knives', 'bullet', 0),
     ('- 3 phones', 'bullet', 0)]
    """
    sentences: list[Sentence] = []
    paragraph = 0
    list_id = -1
    in_list = False
    offset = 0
    lines = text.split("\n")
    rows = _table_rows(lines) | _spaced_rows(lines)
    labelled = _labelled_lines(lines)
    table = -1
    for number, line in enumerate(lines):
        line_start = offset
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped:
            paragraph += 1
            continue
        if number in rows:
            in_list = False
            if number - 1 not in rows:
                table += 1
            if not TABLE_RULE.match(line):
                lead = len(line) - len(line.lstrip())
                sentences.append(Sentence(line_start + lead, line_start + len(line.rstrip()), len(sentences),
                                          paragraph, "row", table=table))
            if number + 1 not in rows:
                paragraph += 1
            continue
        lead = len(line) - len(line.lstrip())
        start, end = line_start + lead, line_start + len(line.rstrip())
        cells = _strip_cells(text, start, end)
        if cells:
            # each cell is an item of its own: its label names what its figure counts
            in_list = False
            for a, b in cells:
                sentences.append(Sentence(a, b, len(sentences), paragraph, "bullet"))
            paragraph += 1
            continue
        if BULLET.match(line):
            if not in_list:
                list_id += 1
                if sentences and text[sentences[-1].end - 1] == ":":
                    prev = sentences[-1]
                    sentences[-1] = Sentence(prev.start, prev.end, prev.index, prev.paragraph, prev.kind, list_id)
                in_list = True
            for a, b in _bounded(text, start, end):
                sentences.append(Sentence(a, b, len(sentences), paragraph, "bullet", list_id))
            continue
        words = stripped.split()
        short = len(words) <= 12 and stripped[-1] not in ".!?"
        after_colon = bool(sentences) and text[sentences[-1].end - 1] == ":"
        if in_list and stripped.endswith(":") and number and not lines[number - 1].strip():
            in_list = False  # "Arrests by area:" after a blank line opens a list of its own
        if in_list and number - 1 in labelled and number not in labelled:
            in_list = False  # the line after a run of labelled lines is no item of theirs
        if (short and (in_list or after_colon)) or number in labelled:
            # "Arrests by town:" followed by short lines is a list without bullet marks, and so are
            # lines that each label their figures ("Norwich: 14 arrests" / "Great Yarmouth: nine arrests")
            if not in_list and number in labelled and not after_colon:
                list_id += 1
                in_list = True
            if not in_list:
                list_id += 1
                prev = sentences[-1]
                sentences[-1] = Sentence(prev.start, prev.end, prev.index, prev.paragraph, prev.kind, list_id)
                in_list = True
            for a, b in _bounded(text, start, end):
                sentences.append(Sentence(a, b, len(sentences), paragraph, "bullet", list_id))
            continue
        in_list = False
        if stripped[-1] not in FINAL_PUNCTUATION and len(words) <= 24:
            for a, b in _bounded(text, start, end):
                sentences.append(Sentence(a, b, len(sentences), paragraph, "heading"))
            paragraph += 1
            continue
        for a, b in _split_line(text, start, end):
            for a2, b2 in _bounded(text, a, b):
                sentences.append(Sentence(a2, b2, len(sentences), paragraph, "text"))
        paragraph += 1
    return sentences


def _strip_cells(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The cells of a line that is a strip of three or more labelled figures ("Arrests 48 | Charged 21
    | Cash £58.7k"), as infographics are pasted into text; none for any other line. Read whole, each
    figure would take the next cell's label as its own words.

    >>> text = "Arrests 48 | Charged 21 | Cash £58.7k"
    >>> [text[a:b] for a, b in _strip_cells(text, 0, len(text))]
    ['Arrests 48', 'Charged 21', 'Cash £58.7k']
    >>> _strip_cells("Surrey Police | News | Crime", 0, 28)
    []
    """
    cells: list[tuple[int, int]] = []
    current = start
    for m in STRIP_CELL_SEPARATOR.finditer(text, start, end):
        cells.append((current, m.start()))
        current = m.end()
    cells.append((current, end))
    if len(cells) < 3 or not all(STRIP_CELL.match(text[a:b]) for a, b in cells):
        return []
    return cells


# "Norwich: 14 arrests, five warrants, £18,200 cash seized": a line that is a name, a colon and that
# name's figures, each with what it counts, set apart by commas, with no full stop (a speaker's words end
# with one; "Calls for service: 1,083" is a figure named by its label, not a breakdown's row)
LABELLED_LINE = lazy_compile(r"^[ \t]*[A-Z][\w'’&.-]*(?:[ \t]+[\w'’&.-]+){0,5}:[ \t]+(?=[^\n]*(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b))(?=[^\n]*\b[a-z]{3,})(?=[^\n]*,)[^\n]*[^.!?\s][ \t]*$")
LABELLED_WORDS = 16  # a label and a few figures with their nouns, not a sentence of prose


def _labelled_lines(lines: list[str]) -> set[int]:
    """The numbers of the lines in runs of two or more lines, one after another, that each give a
    name and its figures: rows of a breakdown written without bullets or bars."""
    found: set[int] = set()
    run: list[int] = []
    for number, line in enumerate([*lines, ""]):
        if LABELLED_LINE.match(line) and len(line.split()) <= LABELLED_WORDS:
            run.append(number)
            continue
        if len(run) >= 2:
            found.update(run)
        run = []
    return found


def _table_rows(lines: list[str]) -> set[int]:
    """The numbers of the lines that are table rows: runs of two or more lines of three or more
    cells, or of three or more lines of two cells each ("Cumbria | 14"), which one stray bar in
    a line of prose never makes."""
    rows: set[int] = set()
    run: list[int] = []
    pairs: list[int] = []  # the current run of two-cell lines
    for number, line in enumerate([*lines, ""]):
        bars = line.strip().strip("|").count("|") if "|" in line else 0
        if bars >= 2 or (bars == 1 and TABLE_ROW.match(line)):
            run.append(number)
        else:
            if len(run) >= 2:
                rows.update(run)
            run = []
        if bars == 1:
            pairs.append(number)
        else:
            if len(pairs) >= 3:
                rows.update(pairs)
            pairs = []
    return rows


# A table laid out with spaces, as a Word or PDF export leaves it: cells are runs of words with two or
# more spaces (or a tab) between them
SPACED_GAP = lazy_compile(r"[ \t]{2,}|\t")
SPACED_CELL = lazy_compile(r"\S+(?:[ ]\S+)*")
FIGURE_CELL = lazy_compile(r"[£$€]?\d[\d,.]*(?:%|[kKmM]|bn)?")


def _spaced_cells(line: str) -> list[str]:
    return SPACED_CELL.findall(line) if "\t" in line or "  " in line.strip() else [line.strip()]


def _spaced_rows(lines: list[str]) -> set[int]:
    """The numbers of the lines of tables set out with spaces ("Arrests      17      21      38"): runs
    of two or more lines of three or more cells, each row a short label and figures only, with the
    header above them (no figures, or years) counted in. Prose with two spaces after a full stop has
    long cells and words among its figures, so it never makes a row."""
    rows: set[int] = set()
    run: list[int] = []
    for number, line in enumerate([*lines, ""]):
        found = _spaced_cells(line) if "|" not in line else []
        data = (len(found) >= 3 and len(found[0].split()) <= 6 and not found[0][0].isdigit()
                and all(FIGURE_CELL.fullmatch(c) for c in found[1:]))
        if data:
            run.append(number)
            continue
        if len(run) >= 2:
            rows.update(run)
            head = run[0] - 1
            top = _spaced_cells(lines[head]) if head >= 0 and "|" not in lines[head] else []
            if len(top) >= 2 and all(len(c.split()) <= 4 and (not FIGURE_CELL.fullmatch(c) or YEAR_CELL.fullmatch(c))
                                     for c in top):
                rows.add(head)  # "North Kent   East Kent   Force total" over the figures
        run = []
    return rows


def cells(text: str, row: Sentence) -> list[tuple[int, int]]:
    """The spans of a table row's cells, without the row's outer bars and the cells' padding.

    >>> text = "| Force | Arrests |"
    >>> [text[a:b] for a, b in cells(text, Sentence(0, len(text), 0, 0, "row", table=0))]
    ['Force', 'Arrests']
    """
    spans: list[tuple[int, int]] = []
    if "|" not in text[row.start : row.end]:  # a table set out with spaces
        return [m.span() for m in SPACED_CELL.finditer(text, row.start, row.end)]
    start = row.start + 1 if text.startswith("|", row.start) else row.start
    end = row.end - 1 if row.end > start and text[row.end - 1] == "|" else row.end
    while start <= end:
        bar = text.find("|", start, end)
        stop = end if bar == -1 else bar
        a, b = start, stop
        while a < b and text[a] in " \t":
            a += 1
        while b > a and text[b - 1] in " \t":
            b -= 1
        spans.append((a, b))
        if bar == -1:
            break
        start = bar + 1
    return spans


def table_headers(text: str, sentences: list[Sentence]) -> dict[int, Sentence]:
    """Each table's header row, by table id: its first row, when no cell of it holds a digit."""
    headers: dict[int, Sentence] = {}
    for s in sentences:
        if s.table is not None and s.table not in headers:
            headers[s.table] = s
    return {t: s for t, s in headers.items() if not any(c.isdigit() for c in text[s.start : s.end])}


# "2024/25", "2023", "FY 2023-24": a header cell that is a year, in a table comparing years
# "Oct 2024", "May 2025": a month's column in a table comparing weeks of action or months
YEAR_CELL = lazy_compile(
    r"(?i)(?:FY\s*)?(?:(?P<m>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?"
    r"(?P<y>(?:19|20)\d\d)(?:\s*[/-]\s*\d\d(?:\d\d)?)?")
MONTHS = "jan feb mar apr may jun jul aug sep oct nov dec".split()


def year_columns(text: str, sentences: list[Sentence]) -> dict[int, tuple[Sentence, list[str | None]]]:
    """For each table whose first row heads two or more columns with years ("Measure | 2024/25 |
    2023/24 | Change"), the period of each column: none for the latest year (the report's own) and
    "in 2023/24" for the earlier ones, so last year's column is not read as this year's figures again."""
    found: dict[int, tuple[Sentence, list[str | None]]] = {}
    seen: set[int] = set()
    for s in sentences:
        if s.table is None or s.table in seen:
            continue
        seen.add(s.table)
        labels = [text[a:b] for a, b in cells(text, s)]
        years = {k: (int(m["y"]), MONTHS.index(m["m"].lower()) if m["m"] else -1)
                 for k, label in enumerate(labels) if (m := YEAR_CELL.fullmatch(label.strip()))}
        if len(years) >= 2:
            latest = max(years.values())
            found[s.table] = (s, [f"in {labels[k].strip()}" if k in years and years[k] != latest else None
                                  for k in range(len(labels))])
    return found


def column_period(text: str, row: Sentence, periods: dict[int, tuple[Sentence, list[str | None]]],
                  position: int) -> str | None:
    """The period of the column ``position`` stands in, for a row with as many cells as the table's years."""
    columns = periods.get(row.table) if row.table is not None else None
    if columns is None:
        return None
    header, periods_by_column = columns
    column = _column(text, row, header, position) if header is not row else None
    return periods_by_column[column] if column is not None and column < len(periods_by_column) else None


def _column(text: str, row: Sentence, header: Sentence, position: int) -> int | None:
    """Which of the header's cells stands over the cell ``position`` is in: the one in the same place,
    or, in a table set out with spaces whose header leaves the label column blank, the one above it."""
    own, top = cells(text, row), cells(text, header)
    column = next((k for k, (a, b) in enumerate(own) if a <= position < b), None)
    if column is None or len(own) == len(top):
        return column
    if "|" in text[row.start : row.end]:
        return None
    row_line = text.rfind("\n", 0, row.start) + 1
    top_line = text.rfind("\n", 0, header.start) + 1
    a, b = own[column][0] - row_line, own[column][1] - row_line
    over = [k for k, (c, d) in enumerate(top) if c - top_line < b and a < d - top_line]
    return over[0] if len(over) == 1 else None


def column_header(text: str, row: Sentence, headers: dict[int, Sentence], position: int) -> tuple[int, int] | None:
    """The span of the header cell over the column ``position`` stands in ("Cash seized" over "£9,850"),
    if the row has a header with as many cells as the row has."""
    header = headers.get(row.table) if row.table is not None else None
    if header is None or header is row:
        return None
    column = _column(text, row, header, position)
    top = cells(text, header)
    return top[column] if column is not None and column < len(top) else None


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces: list[tuple[int, int]] = []
    current = start
    for m in BOUNDARY.finditer(text, start, end):
        before = text[max(current, m.start() - 40) : m.start()]  # enough for the last word; bounded
        last_word = LAST_WORD.search(before)
        if last_word and last_word.group(1).lower() in ABBREVIATIONS:
            continue
        if last_word and len(last_word.group(1)) == 1 and last_word.group(1).isupper():
            continue  # an initial: "J. Smith"
        pieces.append((current, m.start()))
        current = m.end()
    pieces.append((current, end))
    return [(a, b) for a, b in pieces if b > a]


def _bounded(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A span cut at spaces into pieces of at most ``MAX_SENTENCE`` characters (a piece with no
    space in it stays whole: cutting a word could cut a figure).

    >>> _bounded("ab cd", 0, 5), len(_bounded("word " * 400, 0, 2000))
    ([(0, 5)], 2)
    """
    pieces: list[tuple[int, int]] = []
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + 1, start + MAX_SENTENCE)
        if cut == -1:
            cut = text.find(" ", start + MAX_SENTENCE, end)
            if cut == -1:
                break
        pieces.append((start, cut))
        start = cut + 1
        while start < end and text[start] == " ":
            start += 1
    if end > start:
        pieces.append((start, end))
    return pieces


# "Related stories", "More on this story", "Most read", "You may also like": a box of links to other
# stories, each line a headline of its own, down to the next blank line
OTHER_STORIES = lazy_compile(
    r"""(?imx)^[ \t]*(?:\#+[ \t]*)?(?:related(?:[ \t]+(?:stories|articles|news|content|links|coverage|reading))?
    |more[ \t]+(?:on[ \t]+this[ \t]+(?:story|topic)|stories|news|like[ \t]+this|from[ \t]+[^\n]{1,40})
    |most[ \t]+(?:read|popular|viewed|shared)(?:[ \t]+in[ \t]+[^\n]{1,30})?|read[ \t]+(?:more|next)|also[ \t]+read
    |you[ \t]+(?:may|might)[ \t]+also[ \t]+(?:like|be[ \t]+interested[ \t]+in)|recommended(?:[ \t]+for[ \t]+you)?
    |top[ \t]+stories|trending(?:[ \t]+now)?|latest[ \t]+(?:news|stories)|editor['’]s[ \t]+picks|see[ \t]+also)
    [ \t]*:?[ \t]*\n(?P<box>(?:[ \t]*\S[^\n]*(?:\n|\Z)){1,12})"""
)


def other_story_boxes(text: str) -> list[tuple[int, int]]:
    """Where the headlines of each box of links to other stories stand (see ``OTHER_STORIES``)."""
    return [m.span("box") for m in OTHER_STORIES.finditer(text)]
