"""``Report.to_dict()`` against the public contract in /work/shared/REPORT_FORMAT.md.

The evaluation script reads exactly these fields, so every one listed there is checked here on
the five seed articles: presence, types, vocabularies, and that spans point at the text they quote.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest

from countylines_check import Report, check

SEEDS_DIR = Path(__file__).resolve().parent.parent / "seeds"
SEED_PATHS = sorted(SEEDS_DIR.glob("*.txt"))
SEED_000 = SEEDS_DIR / "000_dda6998df5dfbe17.txt"

SCHEMA = "countylines-check/report@1"
TOP_LEVEL = {"schema", "source", "published", "summary", "claims", "findings"}
SUMMARY_KEYS = {"claims", "consistent", "contradictory", "suspect", "unchecked"}
CLAIM_FIELDS = {"id", "text", "span", "number_span", "value", "qualifier", "unit", "metric", "scope", "status"}
FINDING_FIELDS = {"rule", "status", "claims", "spans", "message"}

# The vocabularies exactly as REPORT_FORMAT.md lists them (not read from the enums, on purpose).
QUALIFIERS = {
    "exact", "more_than", "over", "at_least", "nearly", "almost", "about", "around",
    "approximately", "some", "up_to", "less_than", "plus", "vague",
}
UNITS = {"count", "GBP", "kg", "g", "percent", "years", "months", "weeks", "days", "date", "other"}
METRICS = {
    "arrests", "charged", "safeguarded", "children_safeguarded", "nrm_referrals", "cash_seized",
    "drugs_value", "drugs_weight", "weapons", "firearms", "knives", "lines_closed",
    "deal_lines_seized", "cuckooing_visits", "warrants", "vehicles", "phones", "people_engaged",
    "officers", "raids", "sentences_years", "funding", "other",
}
SCOPE_LEVELS = {"national", "region", "force", "place", "unknown"}
CLAIM_STATUSES = {"consistent", "contradictory", "suspect", "unchecked"}
FINDING_STATUSES = {"consistent", "contradictory", "suspect"}


def seed_id(path: Path) -> str:
    return path.name[:3]


@pytest.fixture(scope="module", params=SEED_PATHS, ids=seed_id)
def seed(request: pytest.FixtureRequest) -> tuple[str, Report]:
    path: Path = request.param
    text = path.read_text(encoding="utf-8")
    return text, check(text, source=str(path))


@pytest.fixture(scope="module")
def seed_000() -> tuple[str, dict[str, Any]]:
    text = SEED_000.read_text(encoding="utf-8")
    return text, check(text, source=str(SEED_000)).to_dict()


def is_span(value: Any, text: str) -> bool:
    return (
        isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value)
        and 0 <= value[0] <= value[1] <= len(text)
    )


def test_there_are_five_seeds() -> None:
    assert [seed_id(p) for p in SEED_PATHS] == ["000", "001", "002", "003", "004"]


# --- top level --------------------------------------------------------------------------


def test_top_level_fields(seed: tuple[str, Report]) -> None:
    _, report = seed
    d = report.to_dict()
    assert TOP_LEVEL <= set(d)
    assert d["schema"] == SCHEMA
    assert d["source"] == report.source
    assert isinstance(d["claims"], list) and isinstance(d["findings"], list)
    assert d["claims"], "every seed states figures"


def test_published_is_iso_or_null(seed: tuple[str, Report]) -> None:
    _, report = seed
    published = report.to_dict()["published"]
    assert published is None or dt.date.fromisoformat(published) == report.published


def test_source_is_null_without_a_name() -> None:
    d = check("Police made 40 arrests.").to_dict()
    assert d["source"] is None


def test_summary_has_five_keys_that_add_up(seed: tuple[str, Report]) -> None:
    _, report = seed
    d = report.to_dict()
    summary = d["summary"]
    assert set(summary) == SUMMARY_KEYS
    assert all(isinstance(v, int) and v >= 0 for v in summary.values())
    assert summary["claims"] == len(d["claims"])
    assert summary["consistent"] + summary["contradictory"] + summary["suspect"] + summary["unchecked"] == summary["claims"]
    for status in CLAIM_STATUSES:
        assert summary[status] == sum(1 for c in d["claims"] if c["status"] == status), status


# --- claims -----------------------------------------------------------------------------


def test_claim_fields_and_vocabularies(seed: tuple[str, Report]) -> None:
    _, report = seed
    for claim in report.to_dict()["claims"]:
        assert CLAIM_FIELDS <= set(claim), claim
        assert isinstance(claim["id"], str) and claim["id"]
        assert isinstance(claim["text"], str) and claim["text"]
        assert claim["qualifier"] in QUALIFIERS, claim
        assert claim["unit"] in UNITS, claim
        assert claim["metric"] in METRICS, claim
        assert set(claim["scope"]) >= {"level", "name"}
        assert claim["scope"]["level"] in SCOPE_LEVELS, claim
        assert claim["scope"]["name"] is None or isinstance(claim["scope"]["name"], str)
        assert claim["status"] in CLAIM_STATUSES, claim
        assert set(claim["value"]) >= {"low", "high", "point"}


def test_claim_ids_are_unique(seed: tuple[str, Report]) -> None:
    _, report = seed
    ids = [c["id"] for c in report.to_dict()["claims"]]
    assert len(ids) == len(set(ids))


def test_claim_spans_quote_the_text(seed: tuple[str, Report]) -> None:
    text, report = seed
    for claim in report.to_dict()["claims"]:
        span, number_span = claim["span"], claim["number_span"]
        assert is_span(span, text), claim
        assert is_span(number_span, text), claim
        assert span[0] <= number_span[0] <= number_span[1] <= span[1], claim
        assert number_span[0] < number_span[1], "a figure is never empty"
        assert text[span[0] : span[1]] == claim["text"]


def test_numeric_values_are_numbers_in_order(seed: tuple[str, Report]) -> None:
    _, report = seed
    for claim in report.to_dict()["claims"]:
        if claim["unit"] == "date":
            continue
        value = claim["value"]
        for key in ("low", "high", "point"):
            assert value[key] is None or (isinstance(value[key], (int, float)) and not isinstance(value[key], bool))
        bounds = [value[k] for k in ("low", "point", "high") if value[k] is not None]
        assert bounds == sorted(bounds), claim


def test_date_claims_have_iso_strings(seed: tuple[str, Report]) -> None:
    _, report = seed
    d = report.to_dict()
    dates = [c for c in d["claims"] if c["unit"] == "date"]
    for claim in dates:
        value = claim["value"]
        assert value["point"] is None or isinstance(value["point"], str)
        if value["point"] is not None:
            dt.date.fromisoformat(value["point"])
            assert value["low"] == value["high"] == value["point"]
        elif d["published"] is not None:
            pytest.fail(f"{claim['text']!r}: the publication date gives the year, so the date is known")


def test_seed_003_dates_resolve_from_the_dateline() -> None:
    path = SEEDS_DIR / "003_ce5b96c810a1a380.txt"
    d = check(path.read_text(encoding="utf-8")).to_dict()
    assert d["published"] == "2020-01-10"
    dates = {c["text"]: c["value"]["point"] for c in d["claims"] if c["unit"] == "date"}
    assert dates == {"Friday, 10th January 2020": "2020-01-10", "Friday, January 10": "2020-01-10"}


def test_date_without_year_takes_it_from_published() -> None:
    path = SEEDS_DIR / "001_6be8a5f2c36ae8f6.txt"
    text = path.read_text(encoding="utf-8")
    without = [c for c in check(text).to_dict()["claims"] if c["unit"] == "date"]
    assert [(c["text"], c["value"]["point"]) for c in without] == [("Monday October 7th", None)]
    with_year = [c for c in check(text, published="2019-10-14").to_dict()["claims"] if c["unit"] == "date"]
    assert [(c["text"], c["value"]["point"]) for c in with_year] == [("Monday October 7th", "2019-10-07")]


def test_wrong_weekday_is_a_contradictory_finding_covering_it() -> None:
    text = "Police raided homes on Wednesday 8 October 2019."
    d = check(text).to_dict()
    (finding,) = [f for f in d["findings"] if f["rule"] == "CL301"]
    assert finding["status"] == "contradictory"
    assert any("Wednesday" in text[a:b] for a, b in finding["spans"])
    (claim,) = [c for c in d["claims"] if c["id"] in finding["claims"]]
    assert claim["unit"] == "date" and claim["value"]["point"] == "2019-10-08"
    assert claim["status"] == "contradictory"


# --- findings ---------------------------------------------------------------------------


def test_finding_fields_and_vocabularies(seed: tuple[str, Report]) -> None:
    text, report = seed
    d = report.to_dict()
    ids = {c["id"] for c in d["claims"]}
    for finding in d["findings"]:
        assert FINDING_FIELDS <= set(finding), finding
        assert isinstance(finding["rule"], str) and finding["rule"].startswith("CL") and len(finding["rule"]) == 5
        assert finding["status"] in FINDING_STATUSES, finding
        assert finding["claims"] and set(finding["claims"]) <= ids, finding
        assert finding["spans"] and all(is_span(s, text) for s in finding["spans"]), finding
        assert isinstance(finding["message"], str) and finding["message"]


def test_claim_status_is_the_worst_of_its_findings(seed: tuple[str, Report]) -> None:
    _, report = seed
    d = report.to_dict()
    rank = {"unchecked": 0, "consistent": 1, "suspect": 2, "contradictory": 3}
    for claim in d["claims"]:
        statuses = [f["status"] for f in d["findings"] if claim["id"] in f["claims"]]
        expected = max(statuses, key=rank.__getitem__, default="unchecked")
        assert claim["status"] == expected, claim


def test_no_seed_crashes_a_rule(seed: tuple[str, Report]) -> None:
    _, report = seed
    assert report.errors == ()
    assert report.to_dict().get("errors", []) == []


# --- JSON -------------------------------------------------------------------------------


def test_to_json_round_trips(seed: tuple[str, Report]) -> None:
    _, report = seed
    assert json.loads(report.to_json()) == report.to_dict()
    assert json.loads(report.to_json(indent=None)) == report.to_dict()


def test_to_json_keeps_non_ascii_text() -> None:
    text = "Police seized £1.3m in cash and “43 knives”."
    assert "£1.3m" in check(text).to_json()


# --- regression facts from seed 000 -----------------------------------------------------


def test_seed_000_flags_malformed_digit_group(seed_000: tuple[str, dict[str, Any]]) -> None:
    text, d = seed_000
    (finding,) = [f for f in d["findings"] if f["rule"] == "CL001"]
    assert finding["status"] == "suspect"
    assert [text[a:b] for a, b in finding["spans"]] == ["1,5000"]
    assert "1,500" in finding["message"] and "15,000" in finding["message"]
    (claim,) = [c for c in d["claims"] if c["id"] in finding["claims"]]
    number = text[claim["number_span"][0] : claim["number_span"][1]]
    assert number == "1,5000"
    assert claim["status"] == "suspect"
    assert claim["qualifier"] == "nearly"
    assert claim["unit"] == "count" and claim["metric"] == "arrests"
    assert sorted(claim["readings"]) == [1500, 15000]


def test_seed_000_breakdown_adds_up(seed_000: tuple[str, dict[str, Any]]) -> None:
    text, d = seed_000
    breakdowns = [f for f in d["findings"] if f["rule"] == "CL101"]
    assert len(breakdowns) == 1
    (finding,) = breakdowns
    assert finding["status"] == "consistent"
    assert sorted(text[a:b] for a, b in finding["spans"]) == sorted(["28", "13", "eight", "49"])
    statuses = {c["id"]: c["status"] for c in d["claims"]}
    assert all(statuses[cid] == "consistent" for cid in finding["claims"])
    assert "49" in finding["message"]


def test_seed_000_is_not_contradictory(seed_000: tuple[str, dict[str, Any]]) -> None:
    _, d = seed_000
    assert d["summary"]["contradictory"] == 0
    assert d["summary"]["suspect"] == 1
