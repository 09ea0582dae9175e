"""Text wrapped at a fixed width (PDF-to-text, plain-text email) is read as the paragraphs it was."""

from __future__ import annotations

from countylines_check import parse
from countylines_check.unwrap import join_wrapped_lines

WRAPPED = (
    "Boys made up the large majority of the county lines cases: 351\n"
    "of the 412 children were male, or 85%. The remaining 61 were de-\n"
    "scribed by practitioners as girls at risk of exploitation.\n"
)


def test_a_wrapped_paragraph_is_joined_and_keeps_every_offset() -> None:
    joined = join_wrapped_lines(WRAPPED)
    assert len(joined) == len(WRAPPED)
    assert "351 of the 412" in joined and "described" in joined and "\n" not in joined.rstrip("\n")
    assert joined.index("412") == WRAPPED.index("412")


def test_a_share_split_over_wrapped_lines_is_tied_to_its_base() -> None:
    parsed = parse(WRAPPED)
    by_text = {c.id: c.text for c in parsed.claims}
    shares = [r for r in parsed.relations if r.kind.value == "share"]
    assert any(by_text[r.whole or ""].startswith("412") and by_text[r.parts[0]] == "351" for r in shares)


def test_lines_of_a_list_or_one_paragraph_per_line_are_left_alone() -> None:
    listing = "Items seized included:\n- 2 knives and a machete from the flat\n- 3 phones and a set of scales\n"
    prose = ("Police made 12 arrests in Leeds on Monday after a series of raids.\n"
             "A further five people were arrested in Bradford on Tuesday night.\n")
    assert join_wrapped_lines(listing) == listing
    assert join_wrapped_lines(prose) == prose


def test_a_number_before_a_hyphen_at_a_line_end_keeps_its_compound() -> None:
    text = ("The force said the operation had run for a full six-\n"
            "week period across the county and its coastal towns.\n")
    assert "six- week" in join_wrapped_lines(text)
