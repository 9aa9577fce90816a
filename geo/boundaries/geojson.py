"""One unit as an RFC 7946 GeoJSON Feature (what ``python -m geo boundary`` prints).

RFC 7946: WGS-84 longitude/latitude, no ``crs`` member, exterior rings counter-clockwise and holes
clockwise. Coordinates are snapped to 6 decimals (~0.1 m) with ``shapely.set_precision``, which keeps
the polygon valid (plain rounding can make a thin part self-intersect), then rounded for printing.
"""

from __future__ import annotations

import re
from typing import Any

import shapely
from shapely.geometry import mapping as shapely_mapping

from geo.boundaries.attribution import ATTRIBUTION_EN, ATTRIBUTION_ZH, REVIEW_NOTE_EN
from geo.boundaries.builder import LODS
from geo.boundaries.codes import file_code, gazetteer_or_none, natural_level
from geo.boundaries.store import geometry, has_boundary
from geo.errors import InputError, UnknownPlaceError

DECIMALS = 6
_ADCODE = re.compile(r"\d{6}")


def feature(adcode: str, lod: str = "fine") -> dict[str, Any]:
    """The unit as a Feature; ``geometry`` is None (JSON null) for a known unit without a polygon.

    Raises :class:`UnknownPlaceError` for a code neither the gazetteer nor the boundary cache knows.
    """
    code = str(adcode).strip()
    if not _ADCODE.fullmatch(code):
        msg = f"not a 6-digit adcode: {adcode!r}"
        raise InputError(msg)
    if lod not in LODS:
        msg = f"unknown level of detail {lod!r}; use one of {', '.join(LODS)}"
        raise InputError(msg)
    gazetteer = gazetteer_or_none()
    unit = gazetteer.get(code) if gazetteer is not None else None
    if unit is None and not has_boundary(code):
        msg = f"unknown adcode {code}: not in the gazetteer and no boundary in the cache"
        raise UnknownPlaceError(msg)
    properties: dict[str, Any] = {
        "adcode": code,
        "name": unit.name if unit else None,
        "level": unit.level if unit else natural_level(code),
        "parent": unit.parent if unit else None,
        "province": unit.province if unit else code[:2] + "0000",
        "lod": lod,
        "boundary_code": file_code(code),
        "attribution": ATTRIBUTION_ZH,
        "attribution_en": ATTRIBUTION_EN,
        "note": REVIEW_NOTE_EN,
    }
    if unit is not None and unit.status != "current":
        properties["status"] = unit.status
    geom = geometry(code, lod)
    if geom is None:
        properties["boundary"] = "unavailable"
        if unit is not None and unit.seat is not None:
            properties["seat"] = [round(unit.seat[0], DECIMALS), round(unit.seat[1], DECIMALS)]
            properties["seat_source"] = unit.seat_source
    return {"type": "Feature", "properties": properties, "geometry": geometry_json(geom)}


def geometry_json(geom: shapely.Geometry | None) -> dict[str, Any] | None:
    """A shapely (multi)polygon as an RFC 7946 geometry object (oriented, 6 decimals)."""
    if geom is None or geom.is_empty:
        return None
    snapped = shapely.orient_polygons(shapely.set_precision(geom, 10.0**-DECIMALS), exterior_cw=False)
    mapping = shapely_mapping(snapped)
    return {"type": mapping["type"], "coordinates": _round(mapping["coordinates"])}


def _round(value: Any) -> Any:
    if isinstance(value, float | int):
        return round(float(value), DECIMALS)
    return [_round(v) for v in value]
