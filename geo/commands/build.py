"""``python -m geo build [--force]``: build the boundary cache (set-up runs this once)."""

from __future__ import annotations

import argparse

from geo.boundaries.builder import build_report, remove_stale


def add_parser(sub: argparse._SubParsersAction) -> None:  # type: ignore[type-arg]
    p = sub.add_parser("build", help="build the boundary cache (GeoPackage, three levels of detail)")
    p.add_argument("--force", action="store_true", help="rebuild even if an up-to-date cache exists")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    report = build_report(force=args.force)
    for old in remove_stale():
        print(f"removed stale cache {old.name}")
    mb = report.file_bytes / 1e6
    if not report.built:
        print(f"boundary cache up to date: {report.path} ({mb:.1f} MB); --force rebuilds it")
        return 0
    print(f"boundary cache built in {report.seconds:.1f} s: {report.path} ({mb:.1f} MB)")
    print(f"source: {report.source_vertices:,} county vertices (WGS-84, full resolution)")
    print(f"{'lod':8}{'tolerance':>10}{'features':>10}{'county vx':>12}{'pref. vx':>11}{'prov. vx':>11}{'WKB MB':>9}")
    for s in report.lods:
        print(
            f"{s.lod:8}{s.tolerance:>10g}{sum(s.features.values()):>10,}{s.vertices['county']:>12,}"
            f"{s.vertices['prefecture']:>11,}{s.vertices['province']:>11,}{s.wkb_bytes / 1e6:>9.1f}"
        )
    return 0
