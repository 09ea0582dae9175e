"""What a notebook user sees of a Report: the HTML and Markdown displays, the short repr, records, pandas.

The HTML is read back with the standard library's parser, which also checks that every tag closes
in order: a report whose marks overlap must still be well-formed HTML.
"""

from __future__ import annotations

import csv
import dataclasses
import io
import re
import sys
from html.parser import HTMLParser

import pytest

from countylines_check import Report, Span, Status, check
from countylines_check.render.html import STATUS_CLASS, WRAPPER, scope_text
from countylines_check.render.records import FIELDS

ARTICLE = (
    "In Kent, police made nearly 1,5000 arrests & seized 12 knives.\n"
    "Officers safeguarded 37 people: 21 men, 9 women and eight children.\n"
    "\n"
    "In Essex, 49 people were safeguarded. Of these, 28 were men, 13 were women and a further eight were children.\n"
    'A <script>alert("x")</script> tag & a \'quoted\' "31" figure.'
)
VOID = {"br", "meta", "img", "hr", "input", "link", "wbr"}


@dataclasses.dataclass
class Mark:
    attrs: dict[str, str]
    text: str = ""


class ReportHTML(HTMLParser):
    """Collects marks, the article's text and the findings table; asserts tags nest properly."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, dict[str, str]]] = []
        self.marks: list[Mark] = []
        self.open_marks: list[Mark] = []
        self.article: list[str] = []
        self.rows: list[list[str]] = []
        self.cell: list[str] | None = None
        self.scripts = 0
        self.wrappers = 0

    def _in(self, cls: str) -> bool:
        return any(cls in a.get("class", "").split() for _, a in self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {k: v or "" for k, v in attrs}
        self.scripts += tag == "script"
        self.wrappers += WRAPPER in attributes.get("class", "").split()
        if tag == "br" and self.cell is not None:
            self.cell.append(" ")
        if tag in VOID:
            return
        self.stack.append((tag, attributes))
        if tag == "mark":
            mark = Mark(attributes)
            self.marks.append(mark)
            self.open_marks.append(mark)
        if tag == "tr" and self._in("clc-findings") and any(t == "tbody" for t, _ in self.stack):
            self.rows.append([])
        if tag == "td" and self.rows:
            self.cell = []

    def handle_endtag(self, tag: str) -> None:
        if tag in VOID:
            return
        assert self.stack, f"</{tag}> closes nothing"
        opened, _ = self.stack.pop()
        assert opened == tag, f"</{tag}> closes <{opened}>: tags cross"
        if tag == "mark":
            self.open_marks.pop()
        if tag == "td" and self.cell is not None:
            self.rows[-1].append(" ".join("".join(self.cell).split()))
            self.cell = None

    def handle_data(self, data: str) -> None:
        if self._in("clc-article"):
            self.article.append(data)
        for mark in self.open_marks:
            mark.text += data
        if self.cell is not None:
            self.cell.append(data)


def parse_html(report: Report) -> ReportHTML:
    parser = ReportHTML()
    parser.feed(report._repr_html_())
    parser.close()
    assert parser.stack == [], f"unclosed tags: {[t for t, _ in parser.stack]}"
    return parser


@pytest.fixture(scope="module")
def report() -> Report:
    return check(ARTICLE, source='a<b>&"c".txt')


# --- HTML -------------------------------------------------------------------------------


def test_article_text_survives_escaping_exactly(report: Report) -> None:
    html = report._repr_html_()
    parsed = parse_html(report)
    assert "".join(parsed.article) == ARTICLE, "every character of the article, as text, in place"
    assert parsed.scripts == 0, "the article's <script> stays text"
    assert "&lt;script&gt;" in html and "<script" not in html
    assert "&amp; seized" in html
    assert 'a<b>&"c".txt' not in html and "a&lt;b&gt;&amp;&quot;c&quot;.txt" in html


def test_no_javascript_and_one_scoped_style(report: Report) -> None:
    html = report._repr_html_()
    assert parse_html(report).wrappers == 1
    assert html.count("<style>") == 1
    assert not re.search(r"\son\w+\s*=", html), "no event handler attributes"
    assert "javascript:" not in html.lower()
    style = html[html.index("<style>") + 7 : html.index("</style>")]
    selectors = [rule.split("{")[0] for rule in style.split("}") if "{" in rule]
    for selector_list in selectors:
        for selector in selector_list.split(","):
            assert selector.strip().startswith(f".{WRAPPER}"), f"unscoped CSS rule: {selector.strip()}"


def test_each_claim_gets_exactly_one_mark_over_its_figure(report: Report) -> None:
    marks = parse_html(report).marks
    assert sorted(m.attrs["data-claim"] for m in marks) == sorted(c.id for c in report.claims)
    by_id = {m.attrs["data-claim"]: m for m in marks}
    for claim in report.claims:
        assert by_id[claim.id].text == claim.printed


def test_statuses_map_to_classes(report: Report) -> None:
    marks = parse_html(report).marks
    for mark in marks:
        status = report.status_of(mark.attrs["data-claim"])
        assert mark.attrs["class"] == STATUS_CLASS[status] == f"clc-{status.value}"
    assert {m.attrs["class"] for m in marks} == {"clc-contradictory", "clc-suspect", "clc-consistent",
                                                 "clc-unchecked"}


def test_tooltips_carry_reading_scope_and_findings(report: Report) -> None:
    titles = {m.attrs["data-claim"]: m.attrs["title"] for m in parse_html(report).marks}
    for claim in report.claims:
        title = titles[claim.id]
        assert f"metric: {claim.metric.value}" in title.splitlines()
        assert f"scope: {scope_text(claim)}" in title.splitlines()
        assert f"qualifier: {claim.qualifier.value}" in title.splitlines()
        assert f"unit: {claim.unit.value}" in title.splitlines()
        assert claim.text in title
    malformed = next(c for c in report.claims if c.printed == "1,5000")
    lines = titles[malformed.id].splitlines()
    assert "metric: arrests" in lines
    assert "scope: force (Kent Police)" in lines
    assert "value: 1,350–1,500 (1,500)" in lines
    assert any(line.startswith("CL001 suspect: '1,5000' has a digit group") for line in lines)
    assert "  suggestion: 1,500 or 15,000" in lines
    total = next(c for c in report.claims if c.printed == "37")
    assert any(line.startswith("CL101 contradictory: 21 + 9 + eight = 38") for line in titles[total.id].splitlines())


def test_findings_table_has_one_row_per_finding(report: Report) -> None:
    rows = parse_html(report).rows
    assert len(rows) == len(report.findings)
    assert sorted(row[1].split()[0] for row in rows) == sorted(f.rule for f in report.findings)
    first = rows[0]  # problems come first
    assert first[0] == "1"
    assert first[1:3] == ["CL001 malformed-digit-group", "suspect"]
    assert first[3] == "1,5000"
    assert first[5] == "1,500 or 15,000"
    contradiction = next(row for row in rows if row[2] == "contradictory")
    assert contradiction[0] == "2" and contradiction[3] == "37, 21, 9, eight"
    assert [row[2] for row in rows[:2]] == ["suspect", "contradictory"]
    assert all(row[2] == "consistent" for row in rows[2:])


def test_a_report_without_findings_says_so() -> None:
    html = check("Officers seized 12 knives.")._repr_html_()
    assert "No findings" in html and "<table" not in html


def test_crossing_and_nested_spans_still_nest_and_keep_one_mark_each() -> None:
    """Figures never overlap today; build a report where they do and check the HTML holds."""
    base = check("Officers safeguarded 37 people: 21 men, 9 women and eight children.")
    c37, c21, c9, c8 = base.claims
    text = base.text
    crossing = dataclasses.replace(c21, number_span=Span(c37.number_span.start + 1, c21.number_span.end))
    nested = dataclasses.replace(c9, number_span=Span(c37.number_span.start, c37.number_span.end))
    empty = dataclasses.replace(c8, number_span=Span(5, 5), span=Span(5, 5))
    report = dataclasses.replace(base, claims=(c37, crossing, nested, empty))
    parsed = parse_html(report)
    assert "".join(parsed.article) == text
    assert sorted(m.attrs["data-claim"] for m in parsed.marks) == sorted(c.id for c in report.claims)


def test_line_breaks_and_paragraphs_are_kept(report: Report) -> None:
    parsed = parse_html(report)
    assert "\n\nIn Essex" in "".join(parsed.article)
    assert "white-space: pre-wrap" in report._repr_html_()


# --- Markdown ---------------------------------------------------------------------------


def test_markdown_has_summary_and_one_row_per_finding(report: Report) -> None:
    md = report._repr_markdown_()
    lines = md.splitlines()
    s = report.summary
    assert f"{s['claims']} claims: {s['contradictory']} contradictory, {s['suspect']} suspect" in lines[0]
    rows = [line for line in lines if line.startswith("| ") and not line.startswith("| line")]
    assert len(rows) == len(report.findings)
    assert "<b>" not in md and r'**a\<b\>\&"c".txt**' in md
    assert any("| CL001 | suspect | 1,5000 |" in row for row in rows)


def test_markdown_escapes_pipes_in_cells() -> None:
    report = check("Police made nearly 1,5000 arrests.", source="a|b.txt")
    first = report._repr_markdown_().splitlines()[0]
    assert r"a\|b.txt" in first


# --- repr -------------------------------------------------------------------------------


def test_repr_is_short_and_counts_problems(report: Report) -> None:
    s = report.summary
    assert repr(report) == (f"<Report {report.source}: {s['claims']} claims, {s['contradictory']} "
                            f"contradictory, {s['suspect']} suspect>")
    assert repr(check("Police made nearly 1,5000 arrests.")) == "<Report text: 1 claims, 0 contradictory, 1 suspect>"
    assert "Claim(" not in repr(report) and len(repr(report)) < 120


# --- records and pandas -----------------------------------------------------------------


def test_to_records_one_flat_record_per_claim(report: Report) -> None:
    records = report.to_records()
    assert [r["id"] for r in records] == [c.id for c in report.claims]
    for record in records:
        assert tuple(record) == FIELDS
        assert all(v is None or isinstance(v, (str, int, float)) for v in record.values()), "flat values"
    malformed = next(r for r in records if r["figure"] == "1,5000")
    assert malformed == {
        "source": report.source, "id": malformed["id"], "line": 1, "col": ARTICLE.index("1,5000") + 1,
        "text": "nearly 1,5000 arrests & seized", "figure": "1,5000", "low": 1350, "high": 1500, "point": 1500,
        "date": None, "qualifier": "nearly", "unit": "count", "metric": "arrests", "scope_level": "force",
        "scope_name": "Kent Police", "status": "suspect", "rules": "CL001",
        "messages": "'1,5000' has a digit group of four after a comma: 1,500 or 15,000?",
    }
    total = next(r for r in records if r["figure"] == "37")
    assert (total["line"], total["status"], total["rules"]) == (2, "contradictory", "CL101,CL104")
    knives = next(r for r in records if r["figure"] == "12")
    assert (knives["status"], knives["rules"], knives["messages"]) == ("unchecked", "", "")


def test_to_records_writes_as_csv(report: Report) -> None:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=FIELDS)
    writer.writeheader()
    writer.writerows(report.to_records())
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert [r["figure"] for r in rows] == [c.printed for c in report.claims]


def test_date_claims_give_an_iso_date_not_a_number() -> None:
    report = check("Officers made 40 arrests between Monday 7 October 2024 and Friday 11 October 2024.")
    dates = [r for r in report.to_records() if r["unit"] == "date"]
    assert [r["date"] for r in dates] == ["2024-10-07", "2024-10-11"]
    assert all(r["low"] is r["high"] is r["point"] is None for r in dates)


def test_to_pandas_columns_and_rows(report: Report) -> None:
    pandas = pytest.importorskip("pandas")
    frame = report.to_pandas()
    assert list(frame.columns) == list(FIELDS)
    assert len(frame) == len(report.claims)
    flagged = frame[frame.status == "contradictory"]
    assert list(flagged.figure) == ["37", "21", "9", "eight"]
    assert pandas.api.types.is_numeric_dtype(frame.point)
    empty = check("No figures here.").to_pandas()
    assert list(empty.columns) == list(FIELDS) and len(empty) == 0


def test_to_pandas_without_pandas_names_the_extra(report: Report, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "pandas", None)  # makes "import pandas" raise ImportError
    with pytest.raises(ImportError, match=re.escape("pip install 'countylines-check[pandas]'")):
        report.to_pandas()


def test_statuses_in_records_match_the_report(report: Report) -> None:
    for record in report.to_records():
        assert Status(record["status"]) is report.status_of(record["id"])
