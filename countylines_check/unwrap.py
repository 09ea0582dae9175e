"""Join the lines of text wrapped at a fixed width (PDF-to-text, plain-text email), same length.

A line break ends a sentence everywhere else in the library (headlines, captions and list items are
lines), so a paragraph a PDF export wrapped line by line would be read as one broken sentence per
line, and a word hyphenated at a line's end ("author-\\nities") as two words. Within a block that
shows the signs of wrapping, each line break becomes a space and a hyphen that split a word is
dropped, the word's letters moved up and the gap left at its end: every other character keeps its
offset, so spans still point into the text the user gave.
"""

from __future__ import annotations

import regex

from .lazyre import lazy_compile

# A block is wrapped when its lines (all but the last) are this long and this alike in length
MIN_WRAPPED = 40
MAX_WRAPPED = 100  # a news paragraph on one line runs longer: lines of prose are not wrapped text
LIST_OR_TABLE = lazy_compile(r"^[ \t]*(?:[-*•·▪◦‣>#|]|\(?(?:[a-z]|\d{1,2})[.)][ \t]|\d{1,2}(?:\.\d{1,2})+[ \t])|\S[ \t]{2,}\S|\|")
# "six-" before "week", "well-" before "known": the first part of a compound, its hyphen kept
COMPOUND_FIRST_PART = lazy_compile(
    r"(?i)(?:^|\W)(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|half|well|short|long|full|part|non|self|anti|cross|co|pre|post|"
    r"re|ex|sub|multi|inter|under|over)-$"
)
CONTINUES = lazy_compile(r"^[ \t]*[^\W\d_]")  # the next line starts with a letter, as a wrapped line does
ENDS_SENTENCE = lazy_compile(r"[.!?:;\"”’)]\s*$")


def _wrapped(block: list[str]) -> bool:
    """Lines of one width, none a list item, table row or heading, and at least one break inside a
    sentence: the mark of text wrapped to a width, not of one paragraph per line."""
    if len(block) < 2:
        return False
    body = block[:-1]
    if any(not MIN_WRAPPED <= len(line.rstrip()) <= MAX_WRAPPED for line in body):
        return False
    widths = [len(line.rstrip()) for line in body]
    if max(widths) - min(widths) > max(widths) // 4 or len(block[-1].rstrip()) > max(widths) + 3:
        return False
    if any(LIST_OR_TABLE.search(line) for line in block):
        return False
    # two lines alone must run on in lower case ("... in which\nchild"): a masthead over its strapline does not
    return any(not ENDS_SENTENCE.search(line) and CONTINUES.match(after) and (len(block) > 2 or after.lstrip()[:1].islower())
               for line, after in zip(body, block[1:]))


# "author-" + break + "ities": a word split by the wrap, its two parts either side of the break
SPLIT_AT_BREAK = lazy_compile(r"(?<![\w-])(?P<left>[^\W\d_]{2,})-[ \t]*\x00[ \t]*(?P<right>[a-z][a-z'’]*)")


def _rejoin_words(joined: str) -> str:
    """Each word split at a break (marked NUL) written whole where its first part began, padded with
    blanks to the end of its second part, so what follows keeps its offset."""
    def whole(m: regex.Match[str]) -> str:
        if COMPOUND_FIRST_PART.search(m["left"] + "-"):
            return m.group()  # "six-\nweek": a compound, its hyphen kept
        word = m["left"] + m["right"]
        return word + " " * (len(m.group()) - len(word))

    return SPLIT_AT_BREAK.sub(whole, joined)


def join_wrapped_lines(text: str) -> str:
    """``text`` with the line breaks of wrapped blocks made spaces (same length, offsets kept).

    >>> join_wrapped_lines("Officers in the five districts received 1,284 referrals,\\nof which 412 were logged by the practitioners as de-\\nscribing county lines cases.")
    'Officers in the five districts received 1,284 referrals, of which 412 were logged by the practitioners as describing   county lines cases.'
    """
    if "\n" not in text or "\x00" in text:
        return text
    lines = text.split("\n")
    out: list[str] = []
    start = 0
    changed = False
    for number in range(len(lines) + 1):
        if number < len(lines) and lines[number].strip():
            continue
        block = lines[start:number]
        if _wrapped(block):
            out.append(_rejoin_words("\x00".join(block)).replace("\x00", " "))
            changed = True
        elif block:
            out.append("\n".join(block))
        if number < len(lines):
            out.append(lines[number])  # the blank line that ends the block
        start = number + 1
    return "\n".join(out) if changed else text
