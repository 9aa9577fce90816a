"""Shared helpers for the boundary tests: the built cache, raw source polygons, equal-area measures."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import numpy as np
import pyproj
import shapely

from geo import boundaries
from geo.boundaries import source, store
from geo.coords import geometry_gcj02_to_wgs84

# Albers equal-area for China (standard parallels 25N/47N): areas in m² with < 1 % scale error.
ALBERS_CHINA = "+proj=aea +lat_1=25 +lat_2=47 +lat_0=0 +lon_0=105 +ellps=WGS84 +units=m +no_defs"
_TO_ALBERS = pyproj.Transformer.from_crs("EPSG:4326", ALBERS_CHINA, always_xy=True)
_GEOD = pyproj.Geod(ellps="WGS84")


def built_cache() -> Path:
    """Build the cache (once per cache key; honours LAYOUT_ATLAS_CACHE) and reset memoised reads."""
    path = boundaries.build()
    store.clear()
    return path


def albers(geom):  # shapely geometry or array of them
    """Project WGS-84 geometries to the equal-area projection."""
    return shapely.transform(geom, lambda xy: np.column_stack(_TO_ALBERS.transform(xy[:, 0], xy[:, 1])))


def km2(geom) -> float:
    """Total area in km² of one geometry or an array of geometries (equal-area projection)."""
    return float(np.sum(shapely.area(albers(geom)))) / 1e6


def hole_km2(geom: shapely.Geometry) -> float:
    """Area of the interior rings (holes) of a polygonal geometry, in km²."""
    holes = [shapely.Polygon(r) for p in shapely.get_parts(geom) for r in p.interiors]
    return km2(np.array(holes, dtype=object)) if holes else 0.0


def metres(lon0, lat0, lon1, lat1) -> np.ndarray:
    """Geodesic distance between paired points, in metres."""
    return np.asarray(_GEOD.inv(lon0, lat0, lon1, lat1)[2])


@cache
def raw_counties(province: str) -> tuple[tuple[str, ...], np.ndarray]:
    """The province's county polygons at full resolution, converted to WGS-84 (not simplified)."""
    codes = tuple(c for c in source.codes("county") if c[:2] == province[:2])
    raw = np.array(source.read_many(codes), dtype=object)
    return codes, geometry_gcj02_to_wgs84(raw)
