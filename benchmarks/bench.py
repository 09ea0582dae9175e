"""Speed benchmark: medians and ratios, never a pass/fail timing (these machines are noisy).

Prints, for the seeds and the dev-set articles: median and p95 milliseconds per article through
``check()`` on one core, articles per second, import time, how time grows from a 1 KB to a
256 KB article, and (when quantulum3 is installed: ``pip install '.[bench]'``) the ratio against
``quantulum3.parser.parse`` on the same texts in the same run.

    python benchmarks/bench.py
"""

from __future__ import annotations

import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def corpus() -> list[str]:
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "corpus" / "articles").glob("*.txt"))
    dev = ROOT.parent / "shared" / "eval" / "articles"
    if dev.is_dir():
        paths += sorted(dev.glob("*.txt"))
    return [p.read_text(encoding="utf-8") for p in paths]


def timings(fn: Callable[[str], object], texts: list[str], rounds: int = 5) -> list[float]:
    fn(texts[0])  # warm-up
    out = []
    for _ in range(rounds):
        for t in texts:
            start = time.perf_counter()
            fn(t)
            out.append(time.perf_counter() - start)
    return out


def summary(name: str, ts: list[float]) -> float:
    ts = sorted(ts)
    median = statistics.median(ts) * 1000
    p95 = ts[int(len(ts) * 0.95) - 1] * 1000
    print(f"{name:<22} median {median:7.2f} ms  p95 {p95:7.2f} ms  {1000 / median:8.1f} articles/s")
    return median


def main() -> int:
    out = subprocess.run([sys.executable, "-X", "importtime", "-c", "import countylines_check"],
                         capture_output=True, text=True, check=True)
    total = int(out.stderr.strip().splitlines()[-1].split("|")[1])
    print(f"import time            {total / 1000:.1f} ms")
    import countylines_check

    texts = corpus()
    ours = summary("countylines_check", timings(countylines_check.check, texts))
    base = texts[1]
    for size_kb in (1, 16, 256):
        text = (base * (size_kb * 1024 // len(base) + 1))[: size_kb * 1024]
        start = time.perf_counter()
        countylines_check.check(text)
        elapsed = (time.perf_counter() - start) * 1000
        print(f"growth {size_kb:>4} KB article  {elapsed:9.1f} ms  ({elapsed / size_kb:.2f} ms per KB)")
    try:
        from quantulum3 import parser  # type: ignore[import-untyped]
    except ImportError:
        print("quantulum3 not installed: pip install '.[bench]' for the baseline ratio")
        return 0
    theirs = summary("quantulum3", timings(parser.parse, texts, rounds=1))
    print(f"ratio (quantulum3 / countylines_check) {theirs / ours:.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
