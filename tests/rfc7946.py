"""A small RFC 7946 (GeoJSON) validator for the export tests.

Checks what the RFC requires or recommends and what consumers trip over: FeatureCollection/Feature
structure, no ``crs`` member (removed in RFC 7946), WGS-84 ranges, at most 6 decimals (our export
promise), closed rings of >= 4 positions, exterior rings counter-clockwise and holes clockwise
(right-hand rule, section 3.1.6), and geometric validity (shapely).
"""

from __future__ import annotations

from itertools import pairwise
from typing import Any

import shapely.geometry

DECIMALS = 6
MIN_RING = 4


def _signed_area(ring: list[list[float]]) -> float:
    return sum(x0 * y1 - x1 * y0 for (x0, y0, *_), (x1, y1, *_) in pairwise(ring)) / 2.0


def _position(pos: Any, where: str, errors: list[str]) -> None:
    if (
        not isinstance(pos, list)
        or len(pos) not in (2, 3)
        or not all(isinstance(c, int | float) and not isinstance(c, bool) for c in pos)
    ):
        errors.append(f"{where}: bad position {pos!r}")
        return
    lon, lat = pos[0], pos[1]
    if not (-180 <= lon <= 180 and -90 <= lat <= 90):
        errors.append(f"{where}: position {pos} outside WGS-84 range")
    if any(round(c, DECIMALS) != c for c in pos[:2]):
        errors.append(f"{where}: position {pos} has more than {DECIMALS} decimals")


def _ring(ring: Any, where: str, exterior: bool, errors: list[str]) -> None:
    if not isinstance(ring, list) or len(ring) < MIN_RING:
        errors.append(f"{where}: ring needs >= {MIN_RING} positions")
        return
    for p in ring:
        _position(p, where, errors)
    if ring[0] != ring[-1]:
        errors.append(f"{where}: ring not closed")
    area = _signed_area(ring)
    if exterior and area <= 0:
        errors.append(f"{where}: exterior ring is not counter-clockwise")
    if not exterior and area >= 0:
        errors.append(f"{where}: hole is not clockwise")


def _polygon(rings: Any, where: str, errors: list[str]) -> None:
    if not isinstance(rings, list) or not rings:
        errors.append(f"{where}: polygon without rings")
        return
    for i, ring in enumerate(rings):
        _ring(ring, f"{where} ring {i}", i == 0, errors)


def _check_coords(kind: str, coords: Any, where: str, errors: list[str]) -> None:
    if kind == "Point":
        _position(coords, where, errors)
    elif kind in ("MultiPoint", "LineString"):
        if kind == "LineString" and len(coords) < 2:
            errors.append(f"{where}: LineString needs >= 2 positions")
        for p in coords:
            _position(p, where, errors)
    elif kind == "MultiLineString":
        for i, line in enumerate(coords):
            _check_coords("LineString", line, f"{where} part {i}", errors)
    elif kind == "Polygon":
        _polygon(coords, where, errors)
    elif kind == "MultiPolygon":
        for i, poly in enumerate(coords):
            _polygon(poly, f"{where} part {i}", errors)
    else:
        errors.append(f"{where}: unknown geometry type {kind!r}")


def validate_geometry(geom: Any, where: str, errors: list[str]) -> None:
    """Append the problems of one geometry object (None is valid: unlocated)."""
    if geom is None:
        return
    if not isinstance(geom, dict) or "type" not in geom:
        errors.append(f"{where}: geometry is not an object with a type")
        return
    if "crs" in geom:
        errors.append(f"{where}: geometry has a crs member")
    if geom["type"] == "GeometryCollection":
        for i, g in enumerate(geom.get("geometries", [])):
            validate_geometry(g, f"{where} member {i}", errors)
        return
    before = len(errors)
    _check_coords(geom["type"], geom.get("coordinates"), where, errors)
    if len(errors) == before and not shapely.geometry.shape(geom).is_valid:
        errors.append(f"{where}: geometry is not valid")


def validate(doc: Any) -> list[str]:
    """All RFC 7946 problems of a FeatureCollection (empty list: valid)."""
    errors: list[str] = []
    if not isinstance(doc, dict) or doc.get("type") != "FeatureCollection":
        return ["top level is not a FeatureCollection"]
    if "crs" in doc:
        errors.append("FeatureCollection has a crs member (not allowed by RFC 7946)")
    features = doc.get("features")
    if not isinstance(features, list):
        return [*errors, "features is not a list"]
    for i, f in enumerate(features):
        where = f"feature {i}"
        if not isinstance(f, dict) or f.get("type") != "Feature":
            errors.append(f"{where}: not a Feature")
            continue
        if "geometry" not in f or "properties" not in f:
            errors.append(f"{where}: needs geometry and properties members")
        if "crs" in f:
            errors.append(f"{where}: has a crs member")
        if "id" in f and not isinstance(f["id"], str | int | float):
            errors.append(f"{where}: id must be a string or number")
        validate_geometry(f.get("geometry"), where, errors)
    return errors
