"""GeoJSON export (RFC 7946): WGS-84, no ``crs`` member, exterior rings counter-clockwise, 6 decimals.

Written by hand rather than through GDAL so that every RFC 7946 detail is ours to test: the
coordinates are snapped to a 1e-6° grid with ``shapely.set_precision`` (which keeps polygons valid,
unlike rounding the numbers after the fact) and then oriented with the right-hand rule; unlocated
designations are kept as features with ``"geometry": null``. Attribution and per-document metadata
and checks are foreign members of the FeatureCollection; attribution is repeated on every feature
because features are often copied out of the collection on their own.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import shapely
from shapely.geometry import mapping
from shapely.geometry.base import BaseGeometry

from geo import __version__, atomic
from geo.exporters.common import ExportSummary, attribution, clean, count_families
from geo.table import COLUMNS, DesignationTable

PRECISION = 6
GRID = 10.0**-PRECISION


def rfc7946_geometry(geom: BaseGeometry | None) -> BaseGeometry | None:
    """Snap to the 1e-6 grid, keep it valid, and orient polygons exterior-CCW / holes-CW."""
    if geom is None or geom.is_empty:
        return None
    snapped = shapely.set_precision(geom, GRID)
    if snapped.is_empty:  # smaller than the grid: keep it, merely rounded
        snapped = geom
    if not snapped.is_valid:
        snapped = shapely.make_valid(snapped)
    return shapely.orient_polygons(snapped, exterior_cw=False)


def _round(coords: Any) -> Any:
    if isinstance(coords, list | tuple) and coords and isinstance(coords[0], int | float):
        return [round(float(c), PRECISION) for c in coords[:2]]
    return [_round(c) for c in coords]


def geometry_json(geom: BaseGeometry | None) -> dict[str, Any] | None:
    """GeoJSON geometry object (or None)."""
    fixed = rfc7946_geometry(geom)
    if fixed is None:
        return None
    obj = mapping(fixed)
    if obj["type"] == "GeometryCollection":
        return {"type": obj["type"], "geometries": [geometry_json(g) for g in fixed.geoms]}
    return {"type": obj["type"], "coordinates": _round(obj["coordinates"])}


def feature_collection(table: DesignationTable) -> dict[str, Any]:
    """The whole export as a JSON-ready dict."""
    zh, en = attribution()
    features = []
    for row in table.gdf.itertuples(index=False):
        values = row._asdict()
        props = {c: clean(values[c]) for c in COLUMNS}
        props["attribution"] = zh
        props["attribution_en"] = en
        features.append(
            {
                "type": "Feature",
                "id": props["id"],
                "geometry": geometry_json(values["geometry"]),
                "properties": props,
            }
        )
    documents = {doc: _meta_json(meta) for doc, meta in table.docs.items()}
    checks = {doc: [c.as_dict() for c in cs] for doc, cs in table.checks.items()}
    return {
        "type": "FeatureCollection",
        "generator": f"Layout Atlas {__version__}",
        "attribution": zh,
        "attribution_en": en,
        "documents": documents,
        "checks": checks,
        "features": features,
    }


def _meta_json(meta: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"text": meta.text_path}
    for name in ("title", "issuer", "year", "region"):
        item = getattr(meta, name)
        out[name] = (
            None if item is None else {"value": item.value, "inferred": item.inferred, "evidence": item.evidence}
        )
    return out


def write_geojson(table: DesignationTable, out: str | Path) -> ExportSummary:
    """Write ``out`` atomically as UTF-8 GeoJSON (Chinese not escaped)."""
    text = json.dumps(feature_collection(table), ensure_ascii=False, indent=1, allow_nan=False)
    atomic.write_text(out, text + "\n")
    return ExportSummary("GeoJSON", [str(out)], count_families(table.gdf), len(table.docs))
