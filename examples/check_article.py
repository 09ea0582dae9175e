"""A data journalist's three lines, and a look at every claim with its status.

    python examples/check_article.py seeds/000_dda6998df5dfbe17.txt
"""

from __future__ import annotations

import sys

import countylines_check


def main(path: str) -> None:
    report = countylines_check.check_file(path)
    print(report)
    print()
    for claim in report.claims:
        print(f"{claim.id:>4} {report.status_of(claim.id).value:<13} {claim.text!r:<45} "
              f"{claim.value} {claim.unit.value} {claim.metric.value} {claim.scope}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "seeds/000_dda6998df5dfbe17.txt")
