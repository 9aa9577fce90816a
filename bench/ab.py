"""Interleaved A/B of one start-up switch of the app, in one run: does it change what a new visitor waits for?

Two servers of the same app, A as it is and B started with the given environment (the switches:
``LAYOUT_ATLAS_PREVIEW=0`` no server-drawn picture, ``app_preview.py``; ``LAYOUT_ATLAS_BUNDLE_CACHE=0``
Streamlit's own static route instead of ``app_bundle.py``); new visitors (empty browser cache) alternate
between them, and the order within each pair is swapped every round (this machine's position bias is
~0.1–0.2 s, bench/README.md). Prints the medians of the picture's paint and of the interactive map's
first feature for each, and every interactive time.
Usage: ``.venv/bin/python bench/ab.py LAYOUT_ATLAS_PREVIEW=0 [--rounds 8]``.
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
    parser.add_argument("env", nargs="+", help="NAME=VALUE settings of server B")
    parser.add_argument("--rounds", type=int, default=8)
    args = parser.parse_args(argv)
    env = dict(item.split("=", 1) for item in args.env)
    label_b = " ".join(args.env)
    results: dict[str, list[app_speed.Load]] = {"A (as is)": [], label_b: []}
    with (
        harness.running_app() as url_a,
        harness.running_app(env=env) as url_b,
        harness.browser() as browser,
    ):
        urls = {"A (as is)": url_a, label_b: url_b}
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
    width = max(len(k) for k in results)
    print(f"{'':{width}}  {'picture painted (s)':>20}  {'interactive map (s)':>20}  {'bytes':>9}")
    for label, loads in results.items():
        painted = [x.preview for x in loads if x.preview is not None]
        inter = [x.interactive for x in loads if x.interactive is not None]
        paint = f"{statistics.median(painted):.3f}" if painted else "-"
        print(f"{label:{width}}  {paint:>20}  {statistics.median(inter):>20.3f}  {loads[0].meter.total:>9}")
        print(f"{'':{width}}  interactive, each: {' '.join(f'{t:.2f}' for t in inter)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
