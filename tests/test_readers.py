"""Markdown, HTML and Word articles: the prose is checked, and every finding points at the file itself.

Each test writes a small article in one format, runs ``check_file`` as a user would, and looks
up the reported ``line:col`` in the file's own lines: the figure must be there. Markup, menus,
banners and deleted text hold figures that would give findings if they were read.
"""

from __future__ import annotations

import html
import io
import json
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

import docx
import pytest
from conftest import installed
from docx.oxml import parse_xml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from countylines_check import InputError, Report, Span, Status, check, check_file, readers
from countylines_check.readers import SUFFIXES, read_bytes

FINDING_LINE = re.compile(r"^(?P<source>.+?):(?P<line>\d+):(?P<col>\d+): (?P<level>\w+) (?P<code>CL\d{3}) ")
W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def at(source_text: str, line: int, col: int, length: int) -> str:
    """The text at a 1-based line and column of the original file."""
    return source_text.split("\n")[line - 1][col - 1 : col - 1 + length]


def located(report: Report) -> list[tuple[str, int, int]]:
    """(code, line, col) of each finding line that ``str(report)`` prints."""
    return [(m["code"], int(m["line"]), int(m["col"])) for m in map(FINDING_LINE.match, str(report).splitlines()) if m]


def finding(report: Report, rule: str) -> dict[str, object]:
    return next(f for f in report.to_dict()["findings"] if f["rule"] == rule)


def printed(report: Report) -> list[str]:
    return [c.printed for c in report.claims if c.unit.value != "date"]


# --- the one list of suffixes ------------------------------------------------------------------


def test_suffixes_are_one_list_and_each_has_a_format() -> None:
    assert SUFFIXES == (".txt", ".md", ".html", ".htm", ".docx")
    assert [readers.format_of(f"a{s.upper()}") for s in SUFFIXES] == ["text", "markdown", "html", "html", "docx"]


def test_an_unknown_suffix_is_read_as_plain_text(tmp_path: Path) -> None:
    path = tmp_path / "story.text"
    path.write_text("Police made nearly 1,5000 arrests.", encoding="utf-8")
    assert located(check_file(path)) == [("CL001", 1, 20)]


# --- Markdown --------------------------------------------------------------------------------

MARKDOWN = """\
---
title: "County lines: a week of action"
date: 2024-10-18
---
# Operation *Orochi* week

Officers across [England and Wales](https://example.org/forces/1,2345 "list of 44 forces") made
**nearly _1,5000_ arrests** &amp; seized &pound;1.3m in cash.

| Force | Warrants |
|-------|----------|
| Kent  | 2,0000   |

<!-- Officers safeguarded 37 people: 21 men, 9 women and eight children. -->

Officers seized 20 weapons, including:

* 21 knives
* 9 firearms
"""


@pytest.fixture
def markdown_report(tmp_path: Path) -> Report:
    path = tmp_path / "week.md"
    path.write_text(MARKDOWN, encoding="utf-8")
    return check_file(path)


def test_markdown_finding_points_at_the_figure_in_the_file(markdown_report: Report) -> None:
    (code, line, col), *_ = located(markdown_report)
    assert code == "CL001"
    assert at(MARKDOWN, line, col, 6) == "1,5000"
    assert (line, col) == (8, 11)  # after "**nearly _", not where the prose without markup has it


def test_markdown_table_cell_is_checked_and_located(markdown_report: Report) -> None:
    lines = located(markdown_report)
    # the bullets under "20 weapons, including:" are both a subset (CL102) and its itemised list (CL103)
    assert [code for code, _, _ in lines] == ["CL001", "CL001", "CL102", "CL103"]
    _, line, col = lines[1]
    assert at(MARKDOWN, line, col, 6) == "2,0000"


def test_markdown_markup_urls_and_comments_are_not_checked(markdown_report: Report) -> None:
    # the link URL and title, and the comment's breakdown that does not add up, are not prose
    assert "1,2345" not in printed(markdown_report) and "44" not in printed(markdown_report)
    assert "CL101" not in [f.rule for f in markdown_report.findings], "the commented-out breakdown is not read"
    assert "<!--" not in markdown_report.text and "**" not in markdown_report.text and "](" not in markdown_report.text


def test_markdown_list_items_stay_an_itemised_list(markdown_report: Report) -> None:
    items = finding(markdown_report, "CL103")
    assert items["status"] == Status.CONTRADICTORY.value
    assert at(MARKDOWN, int(str(items["line"])), int(str(items["col"])), 2) == "20"
    assert markdown_report.text.endswith("including:\n\n- 21 knives\n- 9 firearms")


def test_markdown_entity_maps_to_the_whole_reference(markdown_report: Report) -> None:
    money = next(c for c in markdown_report.claims if c.printed.endswith("1.3m"))
    assert money.value.point == 1_300_000
    source = markdown_report.source_span(money.number_span)
    assert markdown_report.source_text[source.start : source.end] == "&pound;1.3m"


def test_markdown_front_matter_gives_the_title_and_the_date(markdown_report: Report, tmp_path: Path) -> None:
    assert markdown_report.text.startswith("County lines: a week of action\n\nOperation Orochi week\n\n")
    assert str(markdown_report.published) == "2024-10-18"
    path = tmp_path / "week.md"
    assert str(check_file(path, published="2025-01-02").published) == "2025-01-02", "the caller's date wins"


def test_markdown_report_keeps_the_file_for_line_based_tools(markdown_report: Report) -> None:
    assert markdown_report.source_text == MARKDOWN
    assert markdown_report.format == "markdown"
    d = markdown_report.to_dict()
    assert d["format"] == "markdown"
    for claim in d["claims"]:  # the contract's span still indexes the checked text
        start, end = claim["span"]
        assert markdown_report.text[start:end] == claim["text"]


def test_markdown_soft_wrapped_lines_are_one_sentence(tmp_path: Path) -> None:
    path = tmp_path / "wrapped.md"
    path.write_text("Officers safeguarded 37 people: 21 men, 9 women\nand eight children.\n", encoding="utf-8")
    report = check_file(path)
    assert [(code, line, col) for code, line, col in located(report)] == [("CL101", 1, 22)]


def test_every_markdown_character_maps_to_what_it_came_from(markdown_report: Report) -> None:
    assert_map_faithful(markdown_report)


# --- HTML ------------------------------------------------------------------------------------

PAGE = """\
<!DOCTYPE html>
<html lang="en">
<head>
  <title>Police make 1,5555 arrests</title>
  <meta property="article:published_time" content="2024-10-18T09:30:00+01:00">
  <style>.x { width: 1,9999px }</style>
  <script>var stats = {arrests: "3,3333"};</script>
</head>
<body class="layout has-sidebar">
  <header class="site-header"><nav><a href="/">Home</a> <a href="/top">Top 5,5555 stories</a></nav></header>
  <div id="cookie-banner" class="cookie consent">We use 12 cookies: 5 essential and 9 optional.</div>
  <main>
    <article>
      <h1>County lines week nets 49 arrests</h1>
      <p>Officers seized &pound;1.3m&nbsp;in cash and made nearly
         <strong>1,5000</strong> arrests &amp; charges.</p>
      <!-- countylines-disable-next-line CL101 -->
      <p>Officers seized 20 weapons, including:</p>
      <ul><li>21 knives<li>9 firearms</ul>
      <aside class="related">Related: 7,7777 arrests last year</aside>
    </article>
  </main>
  <footer>&copy; 2024 Example News. 8,8888 readers.</footer>
</body>
</html>
"""


@pytest.fixture
def html_report(tmp_path: Path) -> Report:
    path = tmp_path / "week.html"
    path.write_text(PAGE, encoding="utf-8")
    return check_file(path)


def test_html_finding_points_at_the_figure_in_the_page(html_report: Report) -> None:
    # the page's marker names CL101, which has nothing to silence on the next line: reported as CL900
    # and the list under "20 weapons, including:" is both a subset (CL102) and an itemised list (CL103)
    assert [code for code, _, _ in located(html_report)] == ["CL001", "CL900", "CL102", "CL103"]
    _, line, col = located(html_report)[0]
    assert at(PAGE, line, col, 6) == "1,5000"
    assert (line, col) == (16, 18)


def test_html_reads_only_the_article_not_menus_banners_or_scripts(html_report: Report) -> None:
    assert printed(html_report) == ["49", "£1.3m", "1,5000", "20", "21", "9"]
    for boilerplate in ("Home", "cookies", "Related", "Example News", "stats", "width", "<"):
        assert boilerplate not in html_report.text, boilerplate


def test_html_entities_are_decoded_and_mapped_back(html_report: Report) -> None:
    assert "seized £1.3m in cash" in html_report.text and "arrests & charges" in html_report.text
    money = next(c for c in html_report.claims if c.printed == "£1.3m")
    assert money.value.point == 1_300_000
    source = html_report.source_span(money.number_span)
    assert html_report.source_text[source.start : source.end] == "&pound;1.3m"


def test_html_list_is_a_breakdown_and_blocks_are_lines(html_report: Report) -> None:
    assert html_report.text.endswith("Officers seized 20 weapons, including:\n\n- 21 knives\n- 9 firearms")
    items = finding(html_report, "CL103")
    assert items["status"] == Status.CONTRADICTORY.value
    assert at(PAGE, int(str(items["line"])), int(str(items["col"])), 2) == "20"
    assert html_report.text.startswith("County lines week nets 49 arrests\n\n")


def test_html_published_date_from_meta(html_report: Report) -> None:
    assert str(html_report.published) == "2024-10-18"


def test_html_comment_is_never_text(html_report: Report) -> None:
    assert "countylines-disable" not in html_report.text
    assert "countylines-disable-next-line CL101" in html_report.source_text


def test_html_page_without_main_or_article_reads_the_body(tmp_path: Path) -> None:
    path = tmp_path / "plain.htm"
    page = ("<html><body><nav>Menu 1,1111</nav><div>Police made nearly 1,5000 arrests.</div>"
            "<footer>5,5555</footer></body></html>")
    path.write_text(page, encoding="utf-8")
    report = check_file(path)
    assert printed(report) == ["1,5000"]
    assert located(report) == [("CL001", 1, page.index("1,5000") + 1)]


def test_html_declared_charset_is_honoured(tmp_path: Path) -> None:
    path = tmp_path / "legacy.html"
    page = '<html><head><meta charset="windows-1252"></head><body><p>Caf\u00e9 owners saw \u00a31.3m seized.</p></body></html>'
    path.write_bytes(page.encode("cp1252"))
    report = check_file(path)
    assert "Caf\u00e9 owners saw \u00a31.3m seized." in report.text


def test_html_that_is_not_utf8_and_says_nothing_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "latin1.html"
    path.write_bytes("<p>Caf\u00e9 owners saw 40 arrests.</p>".encode("latin-1"))
    with pytest.raises(InputError, match="latin1.html.*UTF-8"):
        check_file(path)


def test_every_html_character_maps_to_what_it_came_from(html_report: Report) -> None:
    assert_map_faithful(html_report)


# --- Word ------------------------------------------------------------------------------------


def docx_bytes() -> bytes:
    """A Word document with a heading, a tracked deletion and insertion, a list and a table."""
    document = docx.Document()
    document.add_heading("County lines week", level=1)  # paragraph 1
    document.add_paragraph("")  # paragraph 2: empty, still counted
    p = document.add_paragraph("Police made nearly ")  # paragraph 3
    p._p.append(parse_xml(
        f'<w:del {W_NS} w:id="1" w:author="Editor" w:date="2024-10-18T09:00:00Z">'
        '<w:r><w:delText xml:space="preserve">9,9999 </w:delText></w:r></w:del>'))
    p._p.append(parse_xml(
        f'<w:ins {W_NS} w:id="2" w:author="Editor" w:date="2024-10-18T09:00:00Z">'
        '<w:r><w:t xml:space="preserve">1,5000 arrests</w:t></w:r></w:ins>'))
    p.add_run(" in a week.")
    table = document.add_table(rows=2, cols=2)  # paragraphs 4-7, row by row
    for (r, c), value in {(0, 0): "Force", (0, 1): "Warrants", (1, 0): "Kent", (1, 1): "2,0000"}.items():
        table.cell(r, c).text = value
    document.add_paragraph("Officers safeguarded 37 people: 21 men, 9 women and eight children.")  # 8
    document.add_paragraph("Items seized included:")  # paragraph 9
    for item in ("21 knives", "9 phones"):  # paragraphs 10-11
        document.add_paragraph(item, style="List Bullet")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


@pytest.fixture
def docx_report(tmp_path: Path) -> Report:
    path = tmp_path / "week.docx"
    path.write_bytes(docx_bytes())
    return check_file(path)


def test_docx_positions_are_paragraph_and_character(docx_report: Report) -> None:
    assert located(docx_report) == [("CL001", 3, 20), ("CL001", 7, 1), ("CL101", 8, 22)]
    paragraphs = docx_report.source_text.split("\n")
    assert paragraphs[2][19:25] == "1,5000" and paragraphs[6] == "2,0000" and paragraphs[7][21:23] == "37"


def test_docx_tracked_insertion_is_read_and_deletion_is_not(docx_report: Report) -> None:
    assert "Police made nearly 1,5000 arrests in a week." in docx_report.text
    assert "9,9999" not in docx_report.text and "9,9999" not in docx_report.source_text


def test_docx_paragraphs_lists_and_table_cells_keep_their_layout(docx_report: Report) -> None:
    assert docx_report.text.startswith("County lines week\n\nPolice made")
    assert "\n\n| Force | Warrants |\n| Kent | 2,0000 |\n\n" in docx_report.text
    assert docx_report.text.endswith("Items seized included:\n- 21 knives\n- 9 phones")
    assert finding(docx_report, "CL101")["status"] == Status.CONTRADICTORY.value


def test_docx_that_is_not_a_word_file_is_an_input_error(tmp_path: Path) -> None:
    path = tmp_path / "renamed.docx"
    path.write_text("Police made 40 arrests.", encoding="utf-8")
    with pytest.raises(InputError, match="renamed.docx.*Word"):
        check_file(path)


def test_docx_without_python_docx_names_the_extra(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "week.docx"
    path.write_bytes(docx_bytes())
    monkeypatch.setitem(sys.modules, "docx", None)  # import docx now raises ImportError
    with pytest.raises(InputError) as info:
        check_file(path)
    message = str(info.value)
    assert "week.docx" in message and "pip install 'countylines-check[docx]'" in message
    assert "\n" not in message


def test_every_docx_character_maps_to_what_it_came_from(docx_report: Report) -> None:
    assert_map_faithful(docx_report)


# --- tables: one line of cells a row, in every format ----------------------------------------------

RESULTS = [("Force", "Arrests", "Cash seized"), ("Cumbria", "14", "£9,850"), ("Lancashire", "46", "£51,200"),
           ("Total", "{total}", "£61,050")]
LEAD = "Forces across the North West arrested 60 people."


def results_markdown(rows: Sequence[tuple[str, ...]]) -> bytes:
    lines = [f"| {' | '.join(rows[0])} |", "|---|--:|--:|"]
    lines += [f"| {' | '.join(f'**{c}**' if c == 'Total' else c for c in row)} |" for row in rows[1:]]
    return ("# Week of action\n\n" + LEAD + "\n\n" + "\n".join(lines) + "\n\nWeapons were also seized.\n").encode()


def results_html(rows: Sequence[tuple[str, ...]]) -> bytes:
    def row(cells: tuple[str, ...], tag: str) -> str:
        return "<tr>" + "".join(f"<{tag}>{html.escape(c).replace('£', '&pound;')}</{tag}>" for c in cells) + "</tr>"
    body = "\n".join(f"    {row(r, 'td')}" for r in rows[1:])
    return (f"<html><body><article>\n<h1>Week of action</h1>\n<p>{LEAD}</p>\n<table>\n"
            f"  <thead>{row(rows[0], 'th')}</thead>\n  <tbody>\n{body}\n  </tbody>\n</table>\n"
            "<p>Weapons were also seized.</p>\n</article></body></html>\n").encode()


def results_docx(rows: Sequence[tuple[str, ...]]) -> bytes:
    document = docx.Document()
    document.add_heading("Week of action", level=1)
    document.add_paragraph(LEAD)
    table = document.add_table(rows=len(rows), cols=len(rows[0]))
    for r, cells in enumerate(rows):
        for c, value in enumerate(cells):
            table.cell(r, c).text = value
    document.add_paragraph("Weapons were also seized.")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


RESULTS_FILES = {"md": results_markdown, "html": results_html, "docx": results_docx}


def results_report(tmp_path: Path, suffix: str, total: int | str,
                   rows: Sequence[tuple[str, ...]] | None = None) -> Report:
    filled = [tuple(c.format(total=total) for c in row) for row in rows or RESULTS]
    path = tmp_path / f"results.{suffix}"
    path.write_bytes(RESULTS_FILES[suffix](filled))
    return check_file(path)


@pytest.mark.parametrize("suffix", RESULTS_FILES)
def test_a_table_is_one_line_of_cells_a_row_and_one_paragraph(tmp_path: Path, suffix: str) -> None:
    report = results_report(tmp_path, suffix, 60)
    assert (f"{LEAD}\n\n| Force | Arrests | Cash seized |\n| Cumbria | 14 | £9,850 |\n| Lancashire | 46 | £51,200 |\n"
            "| Total | 60 | £61,050 |\n\nWeapons were also seized.") in report.text
    assert_map_faithful(report)


@pytest.mark.parametrize(("suffix", "where"), [("md", (9, 15)), ("html", (9, 27)), ("docx", (13, 1))])
def test_a_tables_total_row_that_does_not_add_up_is_flagged_at_its_cell_in_the_file(
        tmp_path: Path, suffix: str, where: tuple[int, int]) -> None:
    report = results_report(tmp_path, suffix, 64)
    sums = finding(report, "CL101")
    assert sums["status"] == Status.CONTRADICTORY.value and sums["message"] == "14 + 46 = 60, but the total '64' is 64"
    total = next(c for c in report.to_dict()["claims"] if c["id"] == sums["claims"][0])  # type: ignore[index]
    line, col = int(str(total["line"])), int(str(total["col"]))
    assert (line, col) == where
    assert at(report.source_text, line, col, 2) == "64"
    total_row = report.source_text.split("\n")[line - (2 if suffix == "docx" else 1)]  # Word: the cell before
    assert "Total" in total_row
    start, end = sums["source_spans"][0]  # type: ignore[index]
    assert report.source_text[start:end] == "64"


@pytest.mark.parametrize("suffix", RESULTS_FILES)
def test_a_tables_figures_count_what_their_column_header_names(tmp_path: Path, suffix: str) -> None:
    claims = results_report(tmp_path, suffix, 60).claims
    assert [(c.printed, c.metric.value) for c in claims[1:]] == [
        ("14", "arrests"), ("£9,850", "cash_seized"), ("46", "arrests"), ("£51,200", "cash_seized"),
        ("60", "arrests"), ("£61,050", "cash_seized")]
    assert [c.scope.name for c in claims[1:5]] == ["Cumbria Constabulary"] * 2 + ["Lancashire Constabulary"] * 2


@pytest.mark.parametrize("suffix", RESULTS_FILES)
def test_a_table_that_adds_up_gives_no_finding(tmp_path: Path, suffix: str) -> None:
    report = results_report(tmp_path, suffix, 60)
    assert located(report) == [] and report.ok
    assert [(f.rule, f.status) for f in report.findings if f.status is not Status.CONSISTENT] == []
    assert finding(report, "CL101")["message"] == "14 + 46 = 60, which fits '60'"


@pytest.mark.parametrize("suffix", RESULTS_FILES)
def test_an_empty_cell_keeps_the_figures_after_it_under_their_headers(tmp_path: Path, suffix: str) -> None:
    rows = [RESULTS[0], ("Cumbria", "", "£9,850"), ("Lancashire", "46", "£51,200")]
    report = results_report(tmp_path, suffix, 60, rows)
    assert "| Cumbria |  | £9,850 |" in report.text
    assert [(c.printed, c.metric.value) for c in report.claims[1:]] == [
        ("£9,850", "cash_seized"), ("46", "arrests"), ("£51,200", "cash_seized")]


def test_a_markdown_table_without_outer_bars_is_read_the_same(tmp_path: Path) -> None:
    source = "Force | Arrests | Cash seized\n--|--|--\nCumbria | 14 | £9,850\nLancashire | 46 | £51,200\nTotal | 64 | £61,050\n"
    path = tmp_path / "bare.md"
    path.write_text(source, encoding="utf-8")
    report = check_file(path)
    assert report.text == ("| Force | Arrests | Cash seized |\n| Cumbria | 14 | £9,850 |\n| Lancashire | 46 | £51,200 |\n"
                           "| Total | 64 | £61,050 |")
    total = next(c for c in report.claims if c.printed == "64")
    assert report.source_text[report.source_span(total.number_span).start:][:2] == "64"
    assert "CL101" in [f.rule for f in report.findings]
    assert_map_faithful(report)


def test_html_cells_holding_blocks_colspans_and_left_out_end_tags_keep_their_columns(tmp_path: Path) -> None:
    page = ("<table><tr><th>Force<th>Arrests<th>Cash seized\n"
            "<tr><td><p>Cumbria</p><p>Constabulary</p><td>14<br>arrests<td>&pound;9,850\n"
            "<tr><td colspan=2>Lancashire<td>&pound;51,200</table><p>Weapons were seized.</p>")
    path = tmp_path / "loose.html"
    path.write_text(page, encoding="utf-8")
    report = check_file(path)
    assert report.text == ("| Force | Arrests | Cash seized |\n| Cumbria Constabulary | 14 arrests | £9,850 |\n"
                           "| Lancashire |  | £51,200 |\n\nWeapons were seized.")
    assert [(c.printed, c.metric.value) for c in report.claims] == [
        ("14", "arrests"), ("£9,850", "cash_seized"), ("£51,200", "cash_seized")]
    assert_map_faithful(report)


def test_html_table_laying_out_a_page_is_read_as_blocks(tmp_path: Path) -> None:
    page = ("<table><tr><td><h1>Week of action</h1>"
            "<p>Officers safeguarded 37 people: 21 men, 9 women and eight children.</p></td>"
            "<td><table><tr><td>Menu</td></tr></table></td></tr></table>")
    path = tmp_path / "layout.html"
    path.write_text(page, encoding="utf-8")
    report = check_file(path)
    assert "| Week" not in report.text and "| Officers" not in report.text
    assert report.text.startswith("Week of action\n\nOfficers safeguarded 37 people")
    assert [code for code, _, _ in located(report)] == ["CL101"], "the paragraph is still a sentence of its own"


def test_html_one_column_table_is_a_box_of_paragraphs(tmp_path: Path) -> None:
    page = ("<table><tr><td>Officers safeguarded 37 people: 21 men, 9 women and eight children.</td></tr>"
            "<tr><td>Police made 5 arrests.</td></tr></table>")
    path = tmp_path / "box.html"
    path.write_text(page, encoding="utf-8")
    report = check_file(path)
    assert report.text == ("Officers safeguarded 37 people: 21 men, 9 women and eight children.\n\n"
                           "Police made 5 arrests.")
    assert located(report) == [("CL101", 1, page.index("37") + 1)]


def test_docx_cell_paragraphs_join_and_a_one_column_box_stays_paragraphs(tmp_path: Path) -> None:
    document = docx.Document()
    box = document.add_table(rows=1, cols=1)
    box.cell(0, 0).text = "Officers safeguarded 37 people: 21 men, 9 women and eight children."
    box.cell(0, 0).add_paragraph("Police made 5 arrests.")
    table = document.add_table(rows=2, cols=2)
    for (r, c), value in {(0, 0): "Force", (0, 1): "Arrests", (1, 0): "Cumbria", (1, 1): "14"}.items():
        table.cell(r, c).text = value
    table.cell(1, 0).add_paragraph("Constabulary")
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "box.docx"
    path.write_bytes(buffer.getvalue())
    report = check_file(path)
    assert report.text == ("Officers safeguarded 37 people: 21 men, 9 women and eight children.\n\n"
                           "Police made 5 arrests.\n\n| Force | Arrests |\n| Cumbria Constabulary | 14 |")
    assert [(c.printed, c.metric.value) for c in report.claims][-1] == ("14", "arrests")
    assert located(report)[0] == ("CL101", 1, 22)
    assert_map_faithful(report)


def test_docx_cell_merged_across_columns_keeps_the_figures_after_it_under_their_headers(tmp_path: Path) -> None:
    document = docx.Document()
    table = document.add_table(rows=3, cols=3)
    for (r, c), value in {(0, 0): "Force", (0, 1): "Arrests", (0, 2): "Cash seized", (1, 0): "Kent", (1, 1): "14",
                          (1, 2): "£9,850", (2, 0): "All forces", (2, 2): "£51,200"}.items():
        table.cell(r, c).text = value
    table.cell(2, 0).merge(table.cell(2, 1))  # w:gridSpan="2": one cell over two columns
    buffer = io.BytesIO()
    document.save(buffer)
    path = tmp_path / "merged.docx"
    path.write_bytes(buffer.getvalue())
    report = check_file(path)
    assert report.text.endswith("| All forces |  | £51,200 |")
    assert [(c.printed, c.metric.value) for c in report.claims][-1] == ("£51,200", "cash_seized")
    assert_map_faithful(report)


# --- plain text and the map itself -------------------------------------------------------------


def test_plain_text_positions_are_unchanged(tmp_path: Path) -> None:
    text = "Heading\n\nPolice made nearly 1,5000 arrests.\n"
    path = tmp_path / "story.txt"
    path.write_text(text, encoding="utf-8")
    report = check_file(path)
    assert located(report) == located(check(text)) == [("CL001", 3, 20)]
    assert report.source_text == report.text == text
    assert report.to_dict()["findings"][0]["source_spans"] == report.to_dict()["findings"][0]["spans"]


def test_reader_maps_a_span_ending_inside_an_entity_to_the_whole_entity() -> None:
    source = read_bytes(b"<p>A &amp; B</p>", "x.html", "html")
    assert source.text == "A & B"
    assert source.map.to_source(Span(2, 3)) == Span(5, 10)
    assert source.source_text[5:10] == "&amp;"


def assert_map_faithful(report: Report) -> None:
    """Every character of the checked text stands for the same character in the file.

    A character copied from the file maps to itself; a decoded reference or escape maps to the
    markup that decodes to it; what a reader adds itself (line breaks, the ``- `` of a list item, a
    space for a wrapped line, the ``|`` between table cells) maps to an empty span or to whitespace
    and markup.
    """
    source = report.source_text
    for i, ch in enumerate(report.text):
        span = report.source_span(Span(i, i + 1))
        original = source[span.start : span.end]
        if original == ch:
            continue
        if ch.isspace() or ch in "-|":
            assert original.strip() == "" or not original[:1].isalnum(), (i, ch, original)
            continue
        assert ch in html.unescape(original).replace("\\", "").replace("\xa0", " "), (i, ch, original)


# --- the command line on a directory of mixed formats --------------------------------------------

SCRIPT = installed()


def run_cli(*args: str | Path, python_prelude: str | None = None) -> subprocess.CompletedProcess[str]:
    """Run the installed console script (or ``main`` after a prelude, to hide a library)."""
    env = {**os.environ, "PYTHONIOENCODING": "utf-8"}
    if python_prelude is None:
        command = [SCRIPT or "countylines-check", *map(str, args)]
    else:
        code = f"{python_prelude}\nimport sys\nfrom countylines_check.cli import main\nsys.exit(main(sys.argv[1:]))"
        command = [sys.executable, "-c", code, *map(str, args)]
    return subprocess.run(command, input="", capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)


@pytest.fixture
def mixed_dir(tmp_path: Path) -> Path:
    (tmp_path / "a_clean.txt").write_text("Police made 40 arrests.\n", encoding="utf-8")
    (tmp_path / "b_week.md").write_text(MARKDOWN, encoding="utf-8")
    (tmp_path / "c_page.html").write_text(PAGE, encoding="utf-8")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "d_story.docx").write_bytes(docx_bytes())
    (tmp_path / "sub" / "e_old.HTM").write_text("<p>Police made nearly 1,5000 arrests.</p>", encoding="utf-8")
    (tmp_path / "notes.csv").write_text("force,arrests\nKent,1,5000\n", encoding="utf-8")  # not an article
    (tmp_path / ".drafts").mkdir()
    (tmp_path / ".drafts" / "old.md").write_text("Police made nearly 9,9999 arrests.", encoding="utf-8")
    (tmp_path / "sub" / "~$d_story.docx").write_bytes(b"\x00lock")  # Word's lock file beside an open document
    return tmp_path


def test_cli_recurses_a_directory_of_mixed_formats_in_order(mixed_dir: Path) -> None:
    result = run_cli(mixed_dir, "--fail-on", "never")
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    summaries = [line.split(": ")[0] for line in result.stdout.splitlines() if " claims: " in line]
    assert summaries == [str(mixed_dir / name) for name in
                         ("a_clean.txt", "b_week.md", "c_page.html", "sub/d_story.docx", "sub/e_old.HTM")]
    findings = [(Path(m["source"]).name, m["code"], int(m["line"]), int(m["col"]))
                for m in map(FINDING_LINE.match, result.stdout.splitlines()) if m]
    expected = [(Path(str(r.source)).name, code, line, col)
                for r in map(check_file, (mixed_dir / "b_week.md", mixed_dir / "c_page.html",
                                          mixed_dir / "sub" / "d_story.docx", mixed_dir / "sub" / "e_old.HTM"))
                for code, line, col in located(r)]
    assert findings == expected
    # and each points at the figure in its own file
    assert ("b_week.md", "CL001", 8, 11) in findings and at(MARKDOWN, 8, 11, 6) == "1,5000"
    assert ("d_story.docx", "CL001", 3, 20) in findings
    assert ("e_old.HTM", "CL001", 1, 23) in findings


def test_cli_json_gives_positions_in_each_file(mixed_dir: Path) -> None:
    result = run_cli(mixed_dir, "--format", "json", "--fail-on", "never")
    payload = json.loads(result.stdout)
    by_name = {Path(d["source"]).name: d for d in payload}
    assert sorted(by_name) == ["a_clean.txt", "b_week.md", "c_page.html", "d_story.docx", "e_old.HTM"]
    md = next(f for f in by_name["b_week.md"]["findings"] if f["rule"] == "CL001")
    start, end = md["source_spans"][0]
    assert MARKDOWN[start:end] == "1,5000" and (md["line"], md["col"]) == (8, 11)
    assert {d["format"] for d in payload} == {"text", "markdown", "html", "docx"}


def test_cli_directory_without_articles_exits_2_naming_it(tmp_path: Path) -> None:
    (tmp_path / "notes.csv").write_text("a,b\n", encoding="utf-8")
    result = run_cli(tmp_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and str(tmp_path) in result.stderr and ".docx" in result.stderr


def test_cli_without_python_docx_says_which_extra_and_checks_the_rest(mixed_dir: Path) -> None:
    result = run_cli(mixed_dir, python_prelude="import sys\nsys.modules['docx'] = None")
    assert result.returncode == 2
    errors = result.stderr.splitlines()
    assert len(errors) == 1 and "d_story.docx" in errors[0] and "countylines-check[docx]" in errors[0]
    assert "Traceback" not in result.stderr
    assert str(mixed_dir / "sub" / "e_old.HTM") + ": " in result.stdout, "the other files are still checked"


# --- any input: no crash, and the map stays inside the file, in order ---------------------------

PIECES = ["Police", " ", "1,5000", "\n", "\n\n", "\r\n", "*", "_", "#", "- ", "[", "]", "(", ")", "<", ">", "!", "`",
          "|", "&", ";", "\\", ":", "&amp;", "&pound;", "&#163;", "&nbsp;", "<!-- x -->", "<p>", "</p>", "<li>",
          "<nav>", "</nav>", "<main>", "<![x", "---\n", "    ", "```\n", "| a | b |\n|---|---|\n", "date: 2024-01-02\n",
          "<table>", "</table>", "<tr>", "</tr>", "<td>", "</td>", "<th colspan=2>", "<br>"]


@pytest.mark.parametrize("fmt", ["markdown", "html"])
@pytest.mark.parametrize("raw", ["<table><![ ", "<p>x</p><![ abc", "<p>a</p>\n<![ x\n y ]>\n<p>12 arrests</p>"])
def test_a_broken_marked_section_does_not_push_the_map_past_the_file(raw: str, fmt: str) -> None:
    """The stdlib parser moves its position before it gives up on "<![ "; the figures after it keep theirs."""
    source = read_bytes(raw.encode(), "fuzz", fmt)
    starts, ends = source.map.starts or (), source.map.ends or ()
    assert all(0 <= a <= b <= len(raw) for a, b in zip(starts, ends))
    assert list(starts) == sorted(starts)
    if "12 arrests" in source.text:
        at = source.text.index("12")
        assert raw[starts[at]:ends[at + 1]] == "12"


@given(pieces=st.lists(st.sampled_from(PIECES), max_size=40), fmt=st.sampled_from(["markdown", "html"]))
@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_any_markup_reads_without_error_and_maps_in_order(pieces: list[str], fmt: str) -> None:
    raw = "".join(pieces)
    source = read_bytes(raw.encode(), "fuzz", fmt)
    starts, ends = source.map.starts or (), source.map.ends or ()
    assert len(starts) == len(ends) == len(source.text)
    assert all(0 <= a <= b <= len(raw) for a, b in zip(starts, ends))
    assert list(starts) == sorted(starts), "the prose keeps the file's order"
    for i, ch in enumerate(source.text):
        if ch.isalnum() and ends[i] - starts[i] == 1:
            assert raw[starts[i]] == ch
