"""``python -m geo briefing REGION --out FILE.pdf|.docx|.html [--lang zh|en]``: a briefing pack for one unit.

REGION is a 6-digit adcode or a place name resolved through the gazetteer; a name with several readings
(朝阳区) stops with the candidates listed (exit 2) rather than producing a pack about the wrong place.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from geo.briefing import FORMATS, build_briefing, write_briefing
from geo.briefing.labels import LANGS


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the ``briefing`` sub-command."""
    p = sub.add_parser("briefing", help="briefing pack (PDF/DOCX/HTML) for one region: designations, map, quotes")
    p.add_argument("region", help="6-digit adcode or place name, e.g. 652300 or 昌吉回族自治州")
    p.add_argument("--out", type=Path, required=True,
                   help=f"output file; the format follows the extension ({', '.join('.' + f for f in FORMATS)})")
    p.add_argument("--lang", choices=LANGS, default="zh", help="language of the pack (default zh)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Build the briefing and write it atomically."""
    from geo.briefing import format_of

    format_of(args.out)  # refuse a bad extension before the slow part
    briefing = build_briefing(args.region, args.lang)
    path = write_briefing(briefing, args.out)
    count = len(briefing.entries)
    plural = "designation" if count == 1 else "designations"
    what = f"{count} {plural}" if briefing.own else (
        f"no designation of its own; {count} {plural} of {briefing.subject.name}"
    )
    print(f"{path}: {briefing.region.name} ({briefing.region.adcode}), {what}")
    return 0
