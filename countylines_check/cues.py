"""Matching the vocabulary's cue words against the words of a sentence.

A cue is a lower-case word sequence from ``vocab.metrics``; a word ending in ``*`` is a stem.
Tokens are matched once each (cached), misspellings through rapidfuzz, and cues are indexed by
their first word so a sentence is scanned in time proportional to its length.
"""

from __future__ import annotations

from functools import lru_cache

import regex
from rapidfuzz import fuzz, process

from .model import Metric
from .vocab.metrics import (
    DRUG_NAMES, EVENT_CUES, FAMILY, ITEM_CUES, MONEY_CUES, PERSON_NOUNS, SEIZURE_WORDS, WEAPON_KINDS,
)

TOKEN = regex.compile(r"[\w£%]+(?:['’-]\w+)*")
Token = tuple[str, int, int]  # lower-cased word, start, end


def tokens_between(text: str, start: int, end: int) -> list[tuple[str, int, int]]:
    return [(m.group().lower(), m.start(), m.end()) for m in TOKEN.finditer(text, start, end)]


@lru_cache(maxsize=4096)
def cue_token(token: str) -> str:
    """The vocabulary word a token is a misspelling of ('arested' -> 'arrested'), else the token."""
    if len(token) < 6 or token in _VOCABULARY_WORDS:
        return token
    match = process.extractOne(token, _VOCABULARY_LIST, scorer=fuzz.ratio, score_cutoff=90)
    return match[0] if match else token


def word_matches(token: str, cue: str) -> bool:
    if cue.endswith("*"):
        return token.startswith(cue[:-1])
    return token in (cue, cue + "s", cue + "es")


@lru_cache(maxsize=65536)
def _word_is(token: str, cue_word: str) -> bool:
    return word_matches(cue_token(token), cue_word)


@lru_cache(maxsize=1024)
def _cue_words(cue: str) -> tuple[str, ...]:
    return tuple(cue.split())


@lru_cache(maxsize=16384)
def _first_words_matching(token: str) -> frozenset[str]:
    """Every cue word a token can stand for: one pass per distinct token, then set lookups."""
    return frozenset(w for w in _FIRST_WORDS if _word_is(token, w))


def cue_at(tokens: list[str], i: int, cue: str) -> bool:
    words = _cue_words(cue)
    if i + len(words) > len(tokens) or words[0] not in _first_words_matching(tokens[i]):
        return False
    return all(_word_is(tokens[i + k], w) for k, w in enumerate(words[1:], start=1))


def _build_vocabulary() -> tuple[frozenset[str], tuple[str, ...]]:
    words: set[str] = set()
    for cue, *_ in (*ITEM_CUES, *EVENT_CUES, *MONEY_CUES):
        for w in str(cue).split():
            stem = w.rstrip("*")
            words.update({stem, stem + "s", stem + "ed", stem + "ing"} if w.endswith("*") else {w, w + "s"})
    return frozenset(words), tuple(sorted(words))


_VOCABULARY_WORDS, _VOCABULARY_LIST = _build_vocabulary()
_FIRST_WORDS = frozenset(
    str(cue).split()[0]
    for cue in (*(c for c, *_ in ITEM_CUES), *(c for c, _ in EVENT_CUES), *(c for c, _ in MONEY_CUES),
                *(w for _, _, ctx in ITEM_CUES for w in ctx), *SEIZURE_WORDS, *PERSON_NOUNS)
)


def sentence_has(tokens: list[str], cues: tuple[str, ...]) -> bool:
    return any(cue_at(tokens, i, cue) for cue in cues for i in range(len(tokens)))


def item_metric(item: list[str], sentence_tokens: list[str]) -> Metric | None:
    """The metric the counted thing names; None at a person noun (people need an event cue)."""
    for i in range(len(item)):
        if any(word_matches(item[i], p) for p in PERSON_NOUNS):
            return None
        for cue, metric, context in ITEM_CUES:
            if cue_at(item, i, cue) and (not context or sentence_has(sentence_tokens, context)):
                return metric
    return None


def nearest_cue(
    tokens: list[tuple[str, int, int]], start: int, end: int, table: tuple[tuple[str, Metric], ...]
) -> Metric | None:
    words = [t for t, _, _ in tokens]
    best: tuple[float, Metric] | None = None
    for i, (_, a, b) in enumerate(tokens):
        if start <= a < end:
            continue
        for cue, metric in table:
            if cue_at(words, i, cue):
                distance = (start - b) if b <= start else (a - end) * 0.8
                if best is None or distance < best[0]:
                    best = (distance, metric)
                break
    return best[1] if best else None


FUNCTION_WORDS = frozenset(
    "a an the in of to for at on by from and or as with since during over under this that these those "
    "its their were was is are be been being have has had will would last next each per".split()
)


LEADING_PREPOSITIONS = frozenset("during in over across throughout on at since within from after".split())


def has_content(text: str, start: int, end: int) -> bool:
    """Whether the words after a figure name a thing counted.

    'in 2017 to' names nothing, nor does 'and Dyfed-Powys Police' in "made 71 arrests, Gwent
    Police 33 and Dyfed-Powys Police 22": proper names there are the next list entry's area.
    """
    for k, m in enumerate(TOKEN.finditer(text, start, end)):
        word = m.group()
        if k == 0 and word.lower() in LEADING_PREPOSITIONS:
            return False  # "charged 21 during the week", "arrested 12 in Hampshire": a where or when, no thing
        if word.lower() in FUNCTION_WORDS or word.isdigit() or word[0].isupper():
            continue
        if word.lower() in ("police", "constabulary"):
            continue
        return True
    return False




def family(metric: Metric) -> str | None:
    """The family a metric's items are totalled in ('weapons' for knives), if any."""
    return FAMILY.get(metric)


def is_family_total(metric: Metric, words: str) -> bool:
    """A family total ('321 weapons', '£2m of class A drugs') rather than one kind of item."""
    if metric is Metric.WEAPONS:
        return "weapon" in words and not WEAPON_KINDS.intersection(words.split())
    if metric in (Metric.DRUGS_VALUE, Metric.DRUGS_WEIGHT):
        return ("drug" in words or "class" in words) and not any(d in words for d in DRUG_NAMES)
    return False
