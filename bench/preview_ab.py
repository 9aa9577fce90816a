"""Does the server-drawn map picture delay the interactive map? An interleaved A/B in one run.

Two servers of the same app, one with the picture (``app_preview.py``) and one started with
``LAYOUT_ATLAS_PREVIEW=0``; new visitors (empty browser cache) alternate between them, and the order
within each pair is swapped every round (this machine's position bias is ~0.1–0.2 s, bench/README.md).
Prints the medians of the picture's paint and of the interactive map's first feature for each.
Usage: ``.venv/bin/python bench/preview_ab.py [--rounds 8]``.
"""

from __future__ import annotations

import argparse
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import app_speed
from app_speed import harness


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args(argv)
    results: dict[str, list[app_speed.Load]] = {"with picture": [], "without": []}
    with (
        harness.running_app() as with_url,
        harness.running_app(env={"LAYOUT_ATLAS_PREVIEW": "0"}) as without_url,
        harness.browser() as browser,
    ):
        urls = {"with picture": with_url, "without": without_url}
        for url in urls.values():  # one unmeasured visit each: both servers past their first visitor
            ctx = browser.new_context(viewport={"width": 1400, "height": 950})
            app_speed.first_feature(ctx.new_page(), url)
            ctx.close()
        for i in range(args.rounds):
            order = list(urls) if i % 2 == 0 else list(reversed(urls))
            for label in order:
                ctx = browser.new_context(viewport={"width": 1400, "height": 950})
                results[label].append(app_speed.first_feature(ctx.new_page(), urls[label]))
                ctx.close()
    print(f"{'':14}  {'picture painted (s)':>20}  {'interactive map (s)':>20}  {'bytes':>9}")
    for label, loads in results.items():
        painted = [x.preview for x in loads if x.preview is not None]
        inter = [x.interactive for x in loads if x.interactive is not None]
        paint = f"{statistics.median(painted):.3f}" if painted else "-"
        print(f"{label:14}  {paint:>20}  {statistics.median(inter):>20.3f}  {loads[0].meter.total:>9}")
        print(f"{'':14}  interactive, each: {' '.join(f'{t:.2f}' for t in inter)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
