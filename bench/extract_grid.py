"""Failure rates of ``geo extract`` on the probe grid (tests/extract_grid.py), per factor, worst first.

    .venv/bin/python bench/extract_grid.py [N] [SEED]

Why a bench and not only a test: the test holds a floor; this prints where the misses are (which lead, which
list closer, which family), which is what the next rule should be written for.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from geo.extract import PlaceIndex
from tests.extract_grid import Case, combinations, families
from tests.extract_helpers import records


def rates(cases: list[Case], index: PlaceIndex) -> tuple[int, Counter, Counter, dict]:
    """Failures overall, failures and totals per factor value, and one failing sentence per value."""
    failed, fails, totals, example = 0, Counter(), Counter(), {}
    for case in cases:
        ok = case.found(records(index, case.text()))
        failed += not ok
        for factor in case.factors:
            totals[factor] += 1
            if not ok:
                fails[factor] += 1
                example.setdefault(factor, case.sentence)
    return failed, fails, totals, example


def main() -> None:
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 1000
    seed = int(sys.argv[2]) if len(sys.argv) > 2 else 1
    index = PlaceIndex()
    for title, cases in (("combinations", list(combinations(n, seed))), ("families", list(families()))):
        failed, fails, totals, example = rates(cases, index)
        print(f"{title}: {len(cases) - failed}/{len(cases)} found ({(len(cases) - failed) / len(cases):.3f})")
        for factor in sorted(totals, key=lambda f: (f[0], -fails[f] / totals[f])):
            if fails[factor]:
                print(f"  {factor[0]:7} {fails[factor]:4}/{totals[factor]:<4} {factor[1]}")
                print(f"          e.g. {example[factor]}")


if __name__ == "__main__":
    main()
