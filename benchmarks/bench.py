"""Speed benchmark: medians and ratios, never a pass/fail timing (these machines are noisy).

For the seeds, a generated corpus of varied articles (``generate.py``) and, when present, the
dev-set articles, prints: median and p95 milliseconds per article through ``check()`` on one core,
articles per second, peak memory, import time in a fresh interpreter, how time grows from a 1 KB
to a 1 MB article, and (when quantulum3 is installed: ``pip install '.[bench]'``) the ratio
against ``quantulum3.parser.parse`` on the same texts in the same run. See README.md beside this
file for what the numbers mean and what was measured so far.

    python benchmarks/bench.py                 # everything (about a minute)
    python benchmarks/bench.py --quick         # fewer rounds, growth up to 256 KB
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import time
import tracemalloc
import warnings
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

from generate import corpus as generated_corpus  # noqa: E402

GROWTH_KB = (1, 4, 16, 64, 256, 1024)


def read_dir(path: Path) -> list[str]:
    return [p.read_text(encoding="utf-8") for p in sorted(path.glob("*.txt"))] if path.is_dir() else []


def pin_to_one_core() -> str:
    """Run on one core, so the figures are per core whatever the machine has."""
    if hasattr(os, "sched_setaffinity"):
        core = min(os.sched_getaffinity(0))
        os.sched_setaffinity(0, {core})
        return f"pinned to core {core}"
    return "not pinned (no sched_setaffinity here)"


def per_article(fn: Callable[[str], object], texts: list[str], rounds: int,
                cold: list[float] | None = None) -> list[float]:
    """CPU seconds per article on one core: the least of ``rounds`` runs of each, so other processes
    on a shared machine count against the code as little as they can. The first round is the
    one with cold caches (words never seen before): its times are added to ``cold`` when given."""
    fn(texts[0])  # warm-up: lazy imports
    best = [float("inf")] * len(texts)
    for r in range(rounds):
        for i, text in enumerate(texts):
            start = time.process_time()
            fn(text)
            elapsed = time.process_time() - start
            best[i] = min(best[i], elapsed)
            if r == 0 and cold is not None:
                cold.append(elapsed)
    return best


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, round(len(ordered) * 0.95) - 1))]


def line(name: str, seconds: list[float]) -> float:
    median = statistics.median(seconds) * 1000
    print(f"  {name:<28} median {median:7.2f} ms   p95 {p95(seconds) * 1000:7.2f} ms   "
          f"{len(seconds) / sum(seconds):7.1f} articles/s")
    return median


def import_time(runs: int) -> None:
    """Median over fresh interpreters: wall clock of `import countylines_check` less an empty
    interpreter's start, the cumulative figure `-X importtime` reports for the package, and what
    the first check then costs (patterns are compiled on first use, see ``lazyre``).

    Measured with the bytecode cache written, as ``pip install`` leaves a package: where
    PYTHONDONTWRITEBYTECODE is set and no cache exists (some sandboxes and CI images), every start
    recompiles the package's modules from source, about 130 ms more."""
    cached = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    seed = sorted((ROOT / "seeds").glob("*.txt"))[0]
    first = ("import time, countylines_check\n"
             f"text = open({str(seed)!r}, encoding='utf-8').read()\n"
             "start = time.perf_counter(); countylines_check.check(text); print(time.perf_counter() - start)")
    subprocess.run([sys.executable, "-c", "import countylines_check"], env=cached, check=True)  # write the cache
    walls, cumulative, firsts = [], [], []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], env=cached, check=True)
        empty = time.perf_counter() - start
        start = time.perf_counter()
        out = subprocess.run([sys.executable, "-X", "importtime", "-c", "import countylines_check"],
                             capture_output=True, text=True, env=cached, check=True)
        walls.append(time.perf_counter() - start - empty)
        last = [ln for ln in out.stderr.splitlines() if ln.rstrip().endswith("| countylines_check")]
        cumulative.append(int(last[-1].split("|")[1]) / 1e6)
        run = subprocess.run([sys.executable, "-c", first], capture_output=True, text=True, env=cached, check=True)
        firsts.append(float(run.stdout))
    print(f"import time (fresh interpreter, bytecode cached, median of {runs}): "
          f"{statistics.median(cumulative) * 1000:.0f} ms by -X importtime, "
          f"{statistics.median(walls) * 1000:.0f} ms wall clock over an empty interpreter; then the first "
          f"check ({seed.name}, compiling the patterns it needs) {statistics.median(firsts) * 1000:.0f} ms")


def fresh_process_rss() -> int:
    """Max RSS in bytes of a fresh interpreter that imports the package and checks the seeds.

    Run before this process grows: a child started by fork inherits its parent's high-water mark
    on Linux, so measured after the 1 MB article it would report the parent's memory."""
    code = ("import resource, sys, countylines_check\n"
            "for p in sys.argv[1:]: countylines_check.check(open(p, encoding='utf-8').read())\n"
            "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")
    seeds = [str(p) for p in sorted((ROOT / "seeds").glob("*.txt"))]
    rss = subprocess.run([sys.executable, "-c", code, *seeds], capture_output=True, text=True, check=True)
    return int(rss.stdout) * 1024


def peak_memory(texts: list[str], big: str, rss: int) -> None:
    import countylines_check

    tracemalloc.start()
    for text in texts:
        countylines_check.check(text)
    _, corpus_peak = tracemalloc.get_traced_memory()
    tracemalloc.reset_peak()
    countylines_check.check(big)
    _, big_peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory: {corpus_peak / 1e6:.1f} MB allocated at most while checking one corpus article "
          f"(tracemalloc), {big_peak / 1e6:.1f} MB for a {len(big) // 1024} KB article; "
          f"{rss / 1e6:.0f} MB max RSS of a fresh process that checks the seeds")


def long_article(size: int, pieces: list[str]) -> str:
    """An article of ``size`` characters made of different articles, not one repeated."""
    out: list[str] = []
    total = 0
    i = 0
    while total < size:
        out.append(pieces[i % len(pieces)])
        total += len(out[-1]) + 2
        i += 1
    return "\n\n".join(out)[:size]


def growth(pieces: list[str], sizes: tuple[int, ...]) -> str:
    print("growth with article size (one article of N KB made of generated articles; CPU time):")
    print("     size      total      ms/KB    parse ms/KB  rules ms/KB   findings")
    text = ""
    for kb in sizes:
        text = long_article(kb * 1024, pieces)
        runs = 3 if kb <= 64 else 1
        best = min((_timed_stages(text) for _ in range(runs)), key=lambda t: t[0] + t[1])
        parse_s, rules_s, findings = best
        total = (parse_s + rules_s) * 1000
        print(f"  {kb:>5} KB  {total:9.1f} ms  {total / kb:6.2f}      {parse_s * 1000 / kb:6.2f}"
              f"        {rules_s * 1000 / kb:6.2f}     {findings:>7}")
    return text


def _timed_stages(text: str) -> tuple[float, float, int]:
    """CPU seconds to parse and to run the rules, and the number of findings the rules report."""
    import countylines_check

    start = time.process_time()
    parsed = countylines_check.parse(text)
    middle = time.process_time()
    report = countylines_check.reconcile(parsed)
    return middle - start, time.process_time() - middle, len(report.findings)


def profile(texts: list[str]) -> int:
    try:
        from pyinstrument import Profiler
    except ImportError:
        print("pyinstrument is not installed: pip install '.[bench]'")
        return 2
    import countylines_check

    for text in texts:  # warm the caches: the profile is of the steady state
        countylines_check.check(text)
    profiler = Profiler(interval=0.0005)
    with profiler:
        for _ in range(3):
            for text in texts:
                countylines_check.check(text)
    print(profiler.output_text(unicode=True, color=False))
    return 0


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true", help="fewer rounds; growth up to 256 KB")
    ap.add_argument("--articles", type=int, default=100, help="generated articles (default 100)")
    ap.add_argument("--profile", action="store_true",
                    help="print where check() spends its time on the seeds and generated articles (pyinstrument)")
    ap.add_argument("--dev", type=Path, default=ROOT.parent / "shared" / "eval" / "articles",
                    help="the dev-set articles, when present (default ../shared/eval/articles)")
    args = ap.parse_args(argv)
    rounds = 3 if args.quick else 7

    if args.profile:
        return profile(read_dir(ROOT / "seeds") + generated_corpus(args.articles))
    print(f"python {sys.version.split()[0]}, {pin_to_one_core()}, best of {rounds} rounds per article")
    import_time(3 if args.quick else 7)
    rss = fresh_process_rss()
    import countylines_check

    seeds = read_dir(ROOT / "seeds")
    generated = generated_corpus(args.articles)
    dev = read_dir(args.dev)
    sets = [("seeds", seeds), (f"generated ({len(generated)})", generated)]
    if dev:
        sets.append((f"dev set ({len(dev)})", dev))
    print("countylines_check.check():")
    cold: list[float] = []
    ours = {name: per_article(countylines_check.check, texts, rounds, cold) for name, texts in sets}
    for name, seconds in ours.items():
        line(name, seconds)
    line("all, first round (cold)", cold)

    big = growth(generated, GROWTH_KB[:-1] if args.quick else GROWTH_KB)
    peak_memory(generated, big, rss)

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser  # type: ignore[import-untyped]
    except ImportError:
        print("quantulum3.parser.parse: n/a (not installed: pip install '.[bench]')")
        print("ratio against quantulum3: n/a")
        return 0
    # quantulum3 takes ~100 ms an article: the seeds and the first 30 generated articles, one round.
    compared = [("seeds", seeds), (f"generated (first {len(generated[:30])})", generated[:30])]
    print("quantulum3.parser.parse() on the same texts, and the ratio (quantulum3 / countylines_check):")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, texts in compared:
            theirs = statistics.median(per_article(parser.parse, texts, 1))
            mine = statistics.median(per_article(countylines_check.check, texts, rounds))
            print(f"  {name:<28} quantulum3 median {theirs * 1000:7.2f} ms   ours {mine * 1000:6.2f} ms   "
                  f"ratio {theirs / mine:6.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
