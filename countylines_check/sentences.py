"""Split an article into sentences, keeping the layout that carries meaning.

A line break always ends a sentence (headlines, captions and list items are lines). Headings
(short lines without final punctuation) and bullet items are marked, and consecutive bullets share
a ``list_id`` with the line that introduces them ("Items seized included:"), because an itemised
list is how releases break a total down.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

BULLET = regex.compile(r"^[ \t]*(?:[-*•·▪◦‣]|\d{1,2}[.)])[ \t]+")
# A sentence ends at . ! ? (optionally closed by a quote or bracket) before a capital, digit or quote.
BOUNDARY = regex.compile(r"""(?<=[.!?][\"'”’)]?)[ \t]+(?=[\"'“‘(]?[A-Z0-9£])""")
ABBREVIATIONS = frozenset(
    "mr mrs ms dr st det insp ch supt sgt pc dc ds di dci cllr rev gen col capt lt prof no nos "
    "jan feb mar apr jun jul aug sep sept oct nov dec approx vs etc eg ie op co ltd".split()
)
LAST_WORD = regex.compile(r"(\w+)[.!?][\"'”’)]?$")  # the word a full stop ends: "Mr." or "arrests."
FINAL_PUNCTUATION = ".!?:;\"'”’)"
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
    kind: str  # text | heading | bullet
    list_id: int | None = None  # bullets of one list and the line introducing them share an id


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
    for line in text.split("\n"):
        line_start = offset
        offset += len(line) + 1
        stripped = line.strip()
        if not stripped:
            paragraph += 1
            continue
        lead = len(line) - len(line.lstrip())
        start, end = line_start + lead, line_start + len(line.rstrip())
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
        if short and (in_list or after_colon):
            # "Arrests by town:" followed by short lines is a list without bullet marks
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
