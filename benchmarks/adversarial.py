"""How check() time grows with hostile input: time per size and the ratio per doubling.

A ratio near 2 per doubling is linear; near 4 is quadratic. Unit tests only guard against hangs
(tests/test_adversarial.py); the growth is measured here, on one core, by hand:

    python benchmarks/adversarial.py                  # every class, 4 sizes from 10 kB
    python benchmarks/adversarial.py --start 50000 --steps 5 --memory commas quotes
    python benchmarks/adversarial.py --patterns       # each grammar pattern alone over hostile text
    python benchmarks/adversarial.py --guarded 16384  # worst case of each time-limited pattern at 16 KB
"""

from __future__ import annotations

import argparse
import importlib
import pkgutil
import sys
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import regex

import countylines_check
from countylines_check import check

ROOT = Path(__file__).resolve().parent.parent
SEED = (ROOT / "seeds" / "000_dda6998df5dfbe17.txt").read_text(encoding="utf-8")
DENSE = ("Officers in Kent made 1,360 arrests and seized £1.3m, 26 kg of cocaine and 321 weapons on "
         "Monday October 7th. Of these, 28 were men, 13 women and eight children. Call 101. ")
FILLER = "The operation was described by officers as a success, and residents felt safer. " * 12

CLASSES: dict[str, Callable[[int], str]] = {
    "article": lambda n: ((FILLER + "\n\n") * 3 + SEED + "\n\n") * (n // (len(FILLER) * 3 + len(SEED)) + 1),
    "dense-figures": lambda n: DENSE * (n // len(DENSE) + 1),
    "one-long-sentence": lambda n: "Police made " + "1, " * (n // 3) + "arrests.",
    "digits": lambda n: "Police made " + "9" * n + " arrests.",
    "commas": lambda n: "Police made 1" + ",000" * (n // 4) + " arrests.",
    "bare-commas": lambda n: "Police made 1" + "," * n + "2 arrests.",
    "points": lambda n: "1." * (n // 2) + "5",
    "quotes": lambda n: "“" * (n // 2) + "Officers made 12 arrests" + "”" * (n // 2),
    "qualifiers": lambda n: "more than " * (n // 10) + "12 arrests.",
    "nul": lambda n: "Police made 12\x00 arrests.\x00 " * (n // 26),
    "rtl-combining": lambda n: "\u202eOfficers made 12\u0301 arrests\u200f. " * (n // 32),
    "full-width": lambda n: "Police made １２ arrests, ４９ people. " * (n // 33),
    "repeated-figure": lambda n: "Police in Kent made 12 arrests.\n" * (n // 32),
    "capitals": lambda n: "A" * n,
    "number-words": lambda n: "twenty-" * (n // 7) + "one arrests",
    "e-mail-like": lambda n: "x." * (n // 2),
    "spaces": lambda n: "12" + " " * n + "arrests",
}


def measure(make: Callable[[int], str], sizes: list[int], memory: bool) -> list[tuple[int, float, int, int]]:
    """(size, seconds, peak MB or -1, claims) for each size; memory is traced in a second run,
    since tracing slows Python down several times."""
    rows = []
    for size in sizes:
        text = make(size)
        started = time.perf_counter()
        report = check(text)
        seconds = time.perf_counter() - started
        peak = -1
        if memory:
            tracemalloc.start()
            check(text)
            peak = tracemalloc.get_traced_memory()[1] // 1_000_000
            tracemalloc.stop()
        rows.append((len(text), seconds, peak, len(report.claims)))
    return rows


def patterns() -> list[tuple[str, regex.Pattern[str]]]:
    """Every compiled pattern of the package, by module and name."""
    found: dict[int, tuple[str, regex.Pattern[str]]] = {}
    for info in pkgutil.walk_packages(countylines_check.__path__, "countylines_check."):
        if info.name.endswith("__main__"):
            continue
        module = importlib.import_module(info.name)
        for name, value in vars(module).items():
            values = value if isinstance(value, tuple) else (value,)
            for i, item in enumerate(values):
                for candidate in item if isinstance(item, tuple) else (item,):
                    if isinstance(candidate, regex.Pattern):
                        label = f"{info.name}.{name}" + (f"[{i}]" if isinstance(value, tuple) else "")
                        found.setdefault(id(candidate), (label, candidate))
    return list(found.values())


PATTERN_INPUTS = ["A", "a", "1", "1,", "1.", "1 ", " ", "\n", "-", "£", "one ", "twenty-", "x.", "“", "Monday ",
                  "October ", "Said ", "A1", "1st ", "£1 ", "0800 ", "more than ", "x@"]


def audit_patterns(size: int) -> None:
    """finditer over runs of one hostile unit, at two sizes: a ratio near 4 backtracks (check how the
    pattern is used before worrying: one matched at a single position is linear per call)."""
    print(f"{'pattern':58} {'input':14} {'time 2n':>8} {'ratio':>6}")
    for label, pattern in patterns():
        for unit in PATTERN_INPUTS:
            times = []
            for n in (size, 2 * size):
                text = unit * (n // len(unit))
                started = time.perf_counter()
                for _ in pattern.finditer(text):
                    pass
                times.append(time.perf_counter() - started)
            ratio = times[1] / max(times[0], 1e-6)
            if times[1] > 0.01 and ratio > 3:
                print(f"{label:58} {unit!r:14} {times[1]:8.3f} {ratio:6.1f}")


def guarded_patterns() -> list[tuple[str, regex.Pattern[str]]]:
    """Every pattern ``spans.guarded`` runs, and each alternative of the skip patterns (searched one
    at a time, see ``grammar.alternation``): the calls that go without a time limit on short texts."""
    from countylines_check.grammar import alternation, dates, figures, numbers, skips

    found = [("numbers.DIGIT_RUN", numbers.DIGIT_RUN), ("numbers.SPACED_COMMA", numbers.SPACED_COMMA),
             ("numbers.NUMBER_WORDS", numbers.NUMBER_WORDS), ("skips.FIGURE_TOKEN", skips.FIGURE_TOKEN),
             ("dates.any_word_date()", dates.any_word_date())]
    found += [(f"dates.{name}", getattr(dates, name)) for name in
              ("DAY_TO_DATE_RANGE", "DAY_MONTH_RANGE", "MONTH_DAY_RANGE", "SINGLE_DATE", "NUMERIC_DATE", "BARE_WEEKDAY")]
    # the word patterns are those with first words for the word index, and the fractions of a scale
    found += [(f"figures.{name}", getattr(figures, name)) for name in [*figures.FIRST_WORDS, "FRACTION_OF_SCALE"]]
    for reason, pattern in skips.SKIP_PATTERNS:
        found.append((f"skips[{reason}]", pattern))
        found += [(f"skips[{reason}] alternative {i}", alt) for i, alt in enumerate(alternation.alternatives(pattern))]
    return found


GUARDED_INPUTS = [*PATTERN_INPUTS, "1, ", "1,0", ",000", "one in ", "a couple ", "half a ", "7 March ",
                  "Monday 7 - ", "17-year-", "0800 555 ", "12:30 ", "www.", "a@", "No. ", "aged "]


def _least_cpu(work: Callable[[], object], rounds: int = 3) -> float:
    """The least CPU time of a few runs: a shared machine's preemption is not the pattern's cost."""
    best = float("inf")
    for _ in range(rounds):
        started = time.process_time()
        work()
        best = min(best, time.process_time() - started)
    return best


def audit_guarded(size: int) -> None:
    """The worst times over hostile texts of ``size`` characters of each guarded pattern: one anchored
    match (the word index tries at most ``words.MAX_CANDIDATES`` of them per pattern, else it runs
    ``finditer``) and a whole-text ``finditer``. These are the calls ``spans.time_budget`` leaves
    without a time limit on texts up to ``spans.UNGUARDED_LENGTH``: their worst case there is what
    this prints, and a text's is at most the sum over the patterns."""
    from countylines_check.grammar.words import MAX_CANDIDATES

    worst_match, worst_whole, total = (0.0, "", ""), (0.0, "", ""), 0.0
    print(f"{'pattern':52} {'input':14} {'one match ms':>12} {'finditer ms':>11}")
    for label, pattern in guarded_patterns():
        pattern_worst = 0.0
        for unit in GUARDED_INPUTS:
            text = (unit * (size // len(unit) + 1))[:size]
            one = 0.0
            for pos in range(0, len(text), max(1, len(text) // 400)):
                one = max(one, _least_cpu(lambda: pattern.match(text, pos)))
            whole = _least_cpu(lambda: sum(1 for _ in pattern.finditer(text)))
            worst_match = max(worst_match, (one, label, unit))
            worst_whole = max(worst_whole, (whole, label, unit))
            pattern_worst = max(pattern_worst, MAX_CANDIDATES * one + whole)
            if one > 0.001 or whole > 0.01:
                print(f"{label:52} {unit!r:14} {one * 1000:12.3f} {whole * 1000:11.1f}")
        total += pattern_worst
    print(f"worst anchored match: {worst_match[0] * 1000:.3f} ms ({worst_match[1]} on {worst_match[2]!r} repeated)")
    print(f"worst finditer: {worst_whole[0] * 1000:.1f} ms ({worst_whole[1]} on {worst_whole[2]!r} repeated)")
    print(f"sum over the patterns of {MAX_CANDIDATES} x worst match + worst finditer: {total:.2f} s")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("classes", nargs="*", choices=[[], *CLASSES], metavar="CLASS", help=", ".join(CLASSES))
    parser.add_argument("--start", type=int, default=10_000, help="first size in characters (default 10,000)")
    parser.add_argument("--steps", type=int, default=4, help="number of doublings (default 4)")
    parser.add_argument("--patterns", action="store_true", help="audit each compiled pattern alone")
    parser.add_argument("--guarded", type=int, metavar="CHARS",
                        help="worst time of each time-limited pattern over hostile texts of CHARS characters")
    parser.add_argument("--memory", action="store_true", help="also measure peak memory (a second, traced run)")
    args = parser.parse_args(argv)
    if args.patterns:
        audit_patterns(args.start // 4)
        return 0
    if args.guarded:
        audit_guarded(args.guarded)
        return 0
    sizes = [args.start * 2**k for k in range(args.steps)]
    print(f"{'class':18} {'chars':>10} {'seconds':>8} {'ratio':>6} {'peak MB':>8} {'claims':>7}")
    worst = 0.0
    for name in args.classes or CLASSES:
        previous = None
        for size, seconds, peak, claims in measure(CLASSES[name], sizes, args.memory):
            ratio = seconds / previous if previous else float("nan")
            if previous and previous > 0.05:
                worst = max(worst, ratio)
            print(f"{name:18} {size:10,} {seconds:8.3f} {ratio:6.2f} {peak:8} {claims:7}")
            previous = seconds
        sys.stdout.flush()
    print(f"worst ratio per doubling (runs over 50 ms): {worst:.2f}  (2 = linear, 4 = quadratic)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
