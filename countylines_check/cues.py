"""Matching the vocabulary's cue words against the words of a sentence.

A cue is a lower-case word sequence from ``vocab.metrics``; a word ending in ``*`` is a stem.
Tokens are matched once each (cached), misspellings through rapidfuzz, and cues are indexed by
their first word so a sentence is scanned in time proportional to its length.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import lru_cache
from itertools import accumulate, islice
from typing import TypeVar

from rapidfuzz import fuzz, process

from .model import Metric
from .vocab.metrics import (
    DRUG_NAMES, EVENT_CUES, FAMILY, ITEM_CUES, MONEY_CUES, PERSON_NOUNS, SEIZURE_WORDS, TOPIC_HEADS,
    TOPIC_MODIFIERS, WEAPON_KINDS,
)
from .lazyre import lazy_compile

TOKEN = lazy_compile(r"[\w£%]+(?:['’-]\w+)*")
# TOKEN has no lookaround or anchor, so it finds the same words in a slice as between two positions
_TOKEN_SPLIT = lazy_compile(f"({TOKEN.pattern})")
Token = tuple[str, int, int]  # lower-cased word, start, end


def tokens_between(text: str, start: int, end: int, first: int | None = None) -> list[tuple[str, int, int]]:
    """The words from ``start`` to ``end`` (only the ``first`` few when given: no need to read a
    long sentence to its end for the words after one figure)."""
    if first is not None:
        return [(m.group().lower(), m.start(), m.end()) for m in islice(TOKEN.finditer(text, start, end), first)]
    # a whole sentence: one split gives the words and, between them, the rest (word i is
    # parts[2i + 1] and starts where parts[: 2i + 1] end), with no match object per word
    parts = _TOKEN_SPLIT.split(text[start:end])
    starts = islice(accumulate(map(len, parts), initial=start), 1, None, 2)
    return [(word.lower(), at, at + len(word)) for word, at in zip(parts[1::2], starts)]


def word_matches(token: str, cue: str) -> bool:
    if cue.endswith("*"):
        return token.startswith(cue[:-1])
    return token in (cue, cue + "s", cue + "es")


@lru_cache(maxsize=1024)
def _cue_words(cue: str) -> tuple[str, ...]:
    return tuple(cue.split())


# "a further 23 arrests", "another 12", "an extra £5,000": the text says this is one more count,
# neither a total the figures before belong to nor a repeat of one of them
ADDITION_BEFORE = lazy_compile(r"(?i)\b(?:a\s+further|another|an\s+additional|an\s+extra|further)\s+$")
# "2 further deal lines seized", "five further arrests": the same said after the figure
ADDITION_AFTER = lazy_compile(r"(?i)\s+further\b")
# "Three men and a woman", "two men and three women": a count of people joined to another count, each
# one group of the people the sentence names (the second may be "a" or "an")
_GROUP_NUMBER = r"(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
_GROUP_NOUN = r"(?:men|women|man|woman|boys|girls|boy|girl|teenagers|teenager|youths|youth|people|adults|others?)"
MIXED_GROUP = lazy_compile(
    rf"(?i)\b{_GROUP_NUMBER}\s+(?:[a-z-]+\s+)?{_GROUP_NOUN}\s+and\s+{_GROUP_NUMBER}\s+(?:[a-z-]+\s+)?{_GROUP_NOUN}\b")


@lru_cache(maxsize=16384)
def is_person_noun(token: str) -> bool:
    """Whether a token names people ('men', 'individuals', 'teenagers'): see ``PERSON_NOUNS``."""
    return any(word_matches(token, p) for p in PERSON_NOUNS)


def topic_modifier_end(tokens: list[str], i: int, is_cue: Callable[[str], bool]) -> int | None:
    """Where a topic phrase starting at ``tokens[i]`` ends, when the noun after it is what is
    counted ("county lines arrests", "county lines taskforces"; see ``TOPIC_MODIFIERS``); None when
    it stands alone or before anything else ("30 county lines", "county lines gangs", "closed")."""
    for phrase in TOPIC_MODIFIERS:
        words = _cue_words(phrase)
        end = i + len(words)
        if end < len(tokens) and all(word_matches(tokens[i + k], w) for k, w in enumerate(words)):
            after = tokens[end]
            if is_cue(after) or is_person_noun(after) or any(word_matches(after, w) for w in TOPIC_HEADS):
                return end
    return None


ItemCue = tuple[str, Metric, tuple[str, ...]]
Cue = tuple[str, Metric]
Entry = TypeVar("Entry")


class Lexicon:
    """The cue tables one parse reads, with the matching caches that depend on them.

    Why a class: the tables decide which tokens are misspellings of a cue and which words can start
    one, so those caches belong to one set of tables. The default lexicon is ``vocab.metrics``; a
    configuration's extra metric words get a derived lexicon (``lexicon()``, built once per distinct
    set of words), so the module tables are never changed and two configurations never mix.
    """

    def __init__(self, item_cues: tuple[ItemCue, ...], event_cues: tuple[Cue, ...],
                 money_cues: tuple[Cue, ...]) -> None:
        self.item_cues = item_cues
        self.event_cues = event_cues
        self.money_cues = money_cues
        plain_items = tuple((c, m) for c, m, ctx in item_cues if not ctx and m is not Metric.OTHER)
        self.bare_cues: tuple[Cue, ...] = event_cues + plain_items
        self.percent_cues: tuple[Cue, ...] = (
            plain_items + event_cues + tuple((c, m) for c, m in money_cues if m is Metric.CASH_SEIZED)
        )
        self._words, self._word_list = _build_vocabulary(item_cues, event_cues, money_cues)
        self._first_words = frozenset(
            str(cue).split()[0]
            for cue in (*(c for c, *_ in item_cues), *(c for c, _ in event_cues), *(c for c, _ in money_cues),
                        *(w for _, _, ctx in item_cues for w in ctx), *SEIZURE_WORDS, *PERSON_NOUNS)
        )
        self._first_exact, self._first_stems = _index_first_words(self._first_words)
        self._table_index: dict[int, tuple[object, dict[str, tuple[int, ...]]]] = {}
        self.cue_token: Callable[[str], str] = lru_cache(maxsize=4096)(self._cue_token)
        self._word_is: Callable[[str, str], bool] = lru_cache(maxsize=65536)(self._token_is)
        self._first_words_matching: Callable[[str], frozenset[str]] = lru_cache(maxsize=16384)(self._first_words_of)
        self._near_length: Callable[[int], tuple[str, ...]] = lru_cache(maxsize=64)(self._words_near_length)
        self._cues_in: Callable[[tuple[str, ...], tuple[tuple[str, Metric], ...]], tuple[tuple[int, Metric], ...]] = (
            lru_cache(maxsize=256)(self._cues_in_words))

    def _cue_token(self, token: str) -> str:
        """The vocabulary word a token is a misspelling of ('arested' -> 'arrested'), else the token."""
        if len(token) < 6 or token in self._words:
            return token
        match = process.extractOne(token, self._near_length(len(token)), scorer=fuzz.ratio, score_cutoff=90)
        return match[0] if match else token

    def _words_near_length(self, length: int) -> tuple[str, ...]:
        """The vocabulary words that can score 90 against a word of this length, in vocabulary order.

        ``fuzz.ratio`` is 100 * (1 - indel distance / total length), and the indel distance is at
        least the difference in length, so a word whose length differs by more than a tenth of the
        two lengths together scores under 90: leaving it out changes no match and saves most of the
        comparisons.
        """
        return tuple(w for w in self._word_list if 10 * abs(len(w) - length) <= len(w) + length)

    def _token_is(self, token: str, cue_word: str) -> bool:
        return word_matches(self.cue_token(token), cue_word)

    def _first_words_of(self, token: str) -> frozenset[str]:
        """Every cue word a token can stand for: one pass per distinct token, then set lookups.

        Looked up, not scanned: the token's exact forms in one dict, and each of its prefixes among
        the stems ('arrest*' for 'arrests'), the same words ``word_matches`` would accept.
        """
        word = self.cue_token(token)
        found = set(self._first_exact.get(word, ()))
        found.update(self._first_stems[word[:k]] for k in range(len(word) + 1) if word[:k] in self._first_stems)
        return frozenset(found)

    def cues_from(self, token: str, table: Sequence[Entry]) -> list[Entry]:
        """The entries of a cue table (a cue, or a tuple whose first item is the cue) that can start
        at this token, in table order: the only ones ``cue_at`` can accept there, found by their
        first word instead of trying every entry at every word.
        """
        firsts = self._first_words_matching(token)
        if not firsts:
            return []
        held = self._table_index.get(id(table))
        if held is None or held[0] is not table:
            if len(self._table_index) > 64:  # tables built per call are not kept forever
                self._table_index.clear()
            index: dict[str, list[int]] = {}
            for n, entry in enumerate(table):
                cue = str(entry[0]) if isinstance(entry, tuple) else str(entry)
                index.setdefault(cue.split()[0], []).append(n)
            held = self._table_index[id(table)] = (table, {w: tuple(ns) for w, ns in index.items()})
        positions = [n for w in firsts for n in held[1].get(w, ())]
        if len(firsts) > 1:
            positions.sort()
        return [table[n] for n in positions]

    def cue_at(self, tokens: list[str], i: int, cue: str) -> bool:
        words = _cue_words(cue)
        if i + len(words) > len(tokens) or words[0] not in self._first_words_matching(tokens[i]):
            return False
        return all(self._word_is(tokens[i + k], w) for k, w in enumerate(words[1:], start=1))

    def sentence_has(self, tokens: list[str], cues: tuple[str, ...]) -> bool:
        return any(self.cue_at(tokens, i, cue) for i in range(len(tokens)) for cue in self.cues_from(tokens[i], cues))

    def item_metric(self, item: list[str], sentence_tokens: list[str]) -> Metric | None:
        """The metric the counted thing names; None at a person noun (people need an event cue)."""
        for k in range(1, min(len(item) - 1, 4)):
            if item[k - 1 : k + 1] == ["and", "other"]:  # "86 knives and other weapons": the wider kind
                wider = self.item_metric(item[k + 1 : k + 2], sentence_tokens)  # not "other bladed weapons"
                if wider is not None:
                    return wider
        i = 0
        while i < len(item):
            skip = topic_modifier_end(item, i, self._is_cue_word)
            if skip is not None:
                i = skip  # "40 county lines arrests": what follows the topic is what is counted
                continue
            if is_person_noun(item[i]):
                return None
            for cue, metric, context in self.cues_from(item[i], self.item_cues):
                if self.cue_at(item, i, cue) and (not context or self.sentence_has(sentence_tokens, context)):
                    return metric
            i += 1
        return None

    def _is_cue_word(self, token: str) -> bool:
        """Whether a word starts an item or event cue ("arrests", "referrals", "warrants")."""
        return any(self.cue_at([token], 0, c) for c, *_ in self.cues_from(token, self.item_cues)) or any(
            self.cue_at([token], 0, c) for c, _ in self.cues_from(token, self.event_cues))

    def in_context(self, metric: Metric, words: list[str], at: int) -> Metric:
        """A metric read from a bare cue at ``words[at]``, made specific by the words beside it: "deal
        lines" alone are lines seized, but "the number of deal lines closed rose ..." counts lines
        closed. The item table's entries with context words, for the same cue, say which metric the
        context makes of it; the context must stand within a few words of the cue, as in a phrase."""
        near = words[max(0, at - 3) : at + 5]
        for cue, specific, context in self.item_cues:
            if (context and specific is not metric and self.cue_at(words, at, cue)
                    and (cue, metric, ()) in self.item_cues and self.sentence_has(near, context)):
                return specific
        return metric

    def nearest_cue(self, tokens: list[tuple[str, int, int]], start: int, end: int,
                    table: tuple[tuple[str, Metric], ...]) -> Metric | None:
        found = self.nearest_cue_at(tokens, start, end, table)
        return found[1] if found else None

    def nearest_cue_at(self, tokens: list[tuple[str, int, int]], start: int, end: int,
                       table: tuple[tuple[str, Metric], ...]) -> tuple[int, Metric] | None:
        """The token index and metric of the cue nearest a figure (those after it count a little nearer)."""
        best: tuple[float, int, Metric] | None = None
        for i, metric in self._cues_in(tuple(t for t, _, _ in tokens), table):
            _, a, b = tokens[i]
            if start <= a < end:
                continue
            distance = (start - b) if b <= start else (a - end) * 0.8
            if best is None or distance < best[0]:
                best = (distance, i, metric)
        return (best[1], best[2]) if best else None

    def _cues_in_words(self, words: tuple[str, ...],
                       table: tuple[tuple[str, Metric], ...]) -> tuple[tuple[int, Metric], ...]:
        """Each word that starts a cue of the table, with the first such cue's metric. Kept per
        sentence (cached), so the figures of one sentence do not each try every cue at every word:
        a sentence packed with figures cost their number times its length times the table."""
        found: list[tuple[int, Metric]] = []
        word_list = list(words)
        covered = 0  # "Remanded in custody: 18": a word inside a cue of several words starts no cue of its own
        for i in range(len(words)):
            if i < covered:
                continue
            for cue, metric in self.cues_from(words[i], table):
                if self.cue_at(word_list, i, cue):
                    found.append((i, metric))
                    covered = i + len(_cue_words(cue))
                    break
        return tuple(found)


def _build_vocabulary(item_cues: tuple[ItemCue, ...], event_cues: tuple[Cue, ...],
                      money_cues: tuple[Cue, ...]) -> tuple[frozenset[str], tuple[str, ...]]:
    words: set[str] = set()
    for cue, *_ in (*item_cues, *event_cues, *money_cues):
        for w in str(cue).split():
            stem = w.rstrip("*")
            words.update({stem, stem + "s", stem + "ed", stem + "ing"} if w.endswith("*") else {w, w + "s"})
    return frozenset(words), tuple(sorted(words))


def _index_first_words(first_words: frozenset[str]) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """The forms ``word_matches`` accepts for each first word: exact forms, and stems by prefix."""
    exact: dict[str, list[str]] = {}
    stems: dict[str, str] = {}
    for w in sorted(first_words):
        if w.endswith("*"):
            stems[w[:-1]] = w
        else:
            for form in dict.fromkeys((w, w + "s", w + "es")):
                exact.setdefault(form, []).append(w)
    return {k: tuple(v) for k, v in exact.items()}, stems


DEFAULT_LEXICON = Lexicon(ITEM_CUES, EVENT_CUES, MONEY_CUES)

# Which table a metric's extra words join: what happened to people, the thing counted, or what a
# sum of money is. The metrics left out are read from the figure's unit, not from words.
EVENT_METRICS = frozenset({Metric.ARRESTS, Metric.CHARGED, Metric.SAFEGUARDED, Metric.CHILDREN_SAFEGUARDED,
                           Metric.NRM_REFERRALS, Metric.PEOPLE_ENGAGED})
MONEY_METRICS = frozenset({Metric.CASH_SEIZED, Metric.DRUGS_VALUE, Metric.FUNDING})
WORDLESS_METRICS = frozenset({Metric.DRUGS_WEIGHT, Metric.SENTENCES_YEARS, Metric.OTHER})


@lru_cache(maxsize=32)
def lexicon(extra: tuple[tuple[str, Metric], ...] = ()) -> Lexicon:
    """The default lexicon with extra cue words ahead of the built-in ones (the user's wording wins
    where both match); built once per distinct set of words.

    >>> lexicon() is DEFAULT_LEXICON
    True
    >>> lexicon((("lifted", Metric.ARRESTS),)).event_cues[0]
    ('lifted', <Metric.ARRESTS: 'arrests'>)
    """
    if not extra:
        return DEFAULT_LEXICON
    for _, metric in extra:
        if metric in WORDLESS_METRICS:
            raise ValueError(f"{metric.value} is read from the figure's unit, not from words")
    events = tuple((w, m) for w, m in extra if m in EVENT_METRICS)
    money = tuple((w, m) for w, m in extra if m in MONEY_METRICS)
    items = tuple((w, m, ()) for w, m in extra if m not in EVENT_METRICS and m not in MONEY_METRICS)
    return Lexicon(items + ITEM_CUES, events + EVENT_CUES, money + MONEY_CUES)


def cue_token(token: str) -> str:
    """The default vocabulary word a token is a misspelling of ('arested' -> 'arrested')."""
    return DEFAULT_LEXICON.cue_token(token)


def cue_at(tokens: list[str], i: int, cue: str) -> bool:
    return DEFAULT_LEXICON.cue_at(tokens, i, cue)


def sentence_has(tokens: list[str], cues: tuple[str, ...]) -> bool:
    return DEFAULT_LEXICON.sentence_has(tokens, cues)


def item_metric(item: list[str], sentence_tokens: list[str]) -> Metric | None:
    return DEFAULT_LEXICON.item_metric(item, sentence_tokens)


def nearest_cue(
    tokens: list[tuple[str, int, int]], start: int, end: int, table: tuple[tuple[str, Metric], ...]
) -> Metric | None:
    return DEFAULT_LEXICON.nearest_cue(tokens, start, end, table)


FUNCTION_WORDS = frozenset(
    "a an the in of to for at on by from and or as with since during over under this that these those "
    "its their were was is are be been being have has had will would last next each per respectively apiece".split()
)


LEADING_PREPOSITIONS = frozenset("during in over across throughout on at since within from after".split())


# "121 in May and 109 last week", "2,144 last May": when the figure was counted, not what it counts
WHEN_AFTER = lazy_compile(
    r"(?i)\s*(?:last|this|that)\s+(?:week|weekend|month|year|spring|summer|autumn|winter|quarter"
    r"|january|february|march|april|may|june|july|august|september|october|november|december)\b")


def has_content(text: str, start: int, end: int) -> bool:
    """Whether the words after a figure name a thing counted.

    'in 2017 to' names nothing, nor does 'and Dyfed-Powys Police' in "made 71 arrests, Gwent
    Police 33 and Dyfed-Powys Police 22": proper names there are the next list entry's area;
    nor 'last week' in "131 in May and 109 last week".
    """
    when = WHEN_AFTER.match(text, start, end)
    if when is not None:
        start = when.end()
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
