"""``python -m geo boundary ADCODE [--lod fine|medium|coarse]``: one unit as a GeoJSON Feature on stdout."""

from __future__ import annotations

import argparse
import json
import sys

from geo.boundaries import DEFAULT_LOD, LODS
from geo.boundaries.geojson import feature


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("boundary", help="print one unit's boundary as an RFC 7946 GeoJSON Feature (WGS-84)")
    p.add_argument("adcode", help="6-digit administrative code, e.g. 650100 or 654203")
    p.add_argument("--lod", choices=list(LODS), default="fine", help=f"level of detail (maps use {DEFAULT_LOD})")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    feat = feature(args.adcode, args.lod)
    print(json.dumps(feat, ensure_ascii=False, separators=(",", ":")))
    if feat["geometry"] is None:
        props = feat["properties"]
        seat = " (the properties give its seat point)" if "seat" in props else ""
        print(
            f"note: {props['adcode']} {props['name'] or ''} has no boundary polygon in the source{seat}",
            file=sys.stderr,
        )
    return 0
