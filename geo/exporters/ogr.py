"""GeoPackage, Shapefile and KML export through GDAL (pyogrio), Chinese text intact.

GeoPackage (one file, atomic): ``designations_polygon``, ``designations_line``, ``designations_point``
(one geometry type per layer, promoted to Multi*), ``designations_unlocated`` (attribute table, no
geometry), ``members`` (member polygons), ``member_seats`` (every member's seat point), ``checks``
and ``documents`` (attribute tables). Empty layers are not written.

Shapefile (``OUT.shp`` names a set): ``OUT_polygon.shp``, ``OUT_line.shp``, ``OUT_point.shp`` (a
shapefile holds one geometry type), ``OUT_unlocated.dbf`` (no geometry) and ``OUT_members.shp``; each
with a ``.cpg`` saying UTF-8 so QGIS/ArcGIS read the Chinese correctly. DBF limits: field names of at
most 10 characters (:data:`SHP_FIELDS` is the mapping) and text of at most 254 bytes, so long
quotes/notes are cut at a character boundary and end with "…" — the GeoPackage/GeoJSON keep them whole.

KML (LIBKML): one folder of placemarks, mixed geometry types, unlocated designations as placemarks
without geometry; ``description`` holds the quote.
"""

from __future__ import annotations

import warnings
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio

from geo import atomic
from geo.exporters.common import (
    FAMILIES,
    ExportSummary,
    checks_frame,
    count_families,
    documents_frame,
    flat_frame,
    promote_multi,
    split_families,
)
from geo.table import CRS, DesignationTable

DBF_TEXT_BYTES = 254
ELLIPSIS = "…"
# Designation column -> shapefile field name (<= 10 characters).
SHP_FIELDS: dict[str, str] = {
    "id": "id", "doc": "doc", "group": "group", "name": "name", "kind": "kind", "industry": "industry",
    "industry_en": "industr_en", "members": "members", "member_names": "mem_names", "places": "places",
    "quote": "quote", "span_start": "span_start", "span_end": "span_end", "section": "section",
    "horizon": "horizon", "status": "status", "review": "review", "notes": "notes",
    "confidence": "confidence", "doc_title": "doc_title", "doc_year": "doc_year", "doc_region": "doc_region",
    "geometry_note": "geom_note", "approximate": "approx", "seat_lon": "seat_lon", "seat_lat": "seat_lat",
    "layer": "layer", "line": "line", "attribution": "attrib", "attribution_en": "attrib_en",
}  # fmt: skip
MEMBER_SHP_FIELDS: dict[str, str] = {
    "id": "id", "doc": "doc", "kind": "kind", "position": "position", "adcode": "adcode", "name": "name",
    "has_polygon": "has_poly", "seat_lon": "seat_lon", "seat_lat": "seat_lat",
}  # fmt: skip


def _write(frame: pd.DataFrame, path: Path, layer: str | None = None, **kwargs: object) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # GDAL notes on field widths; handled here
        pyogrio.write_dataframe(frame, path, layer=layer, **kwargs)


def _members(table: DesignationTable) -> tuple[gpd.GeoDataFrame, gpd.GeoDataFrame]:
    """(member polygons, member seat points)."""
    m = table.members_gdf
    polygons = promote_multi(m[m["has_polygon"].astype(bool)].reset_index(drop=True))
    seats = m[m["seat_lon"].notna()].reset_index(drop=True)
    seats = gpd.GeoDataFrame(
        seats.drop(columns="geometry"), geometry=gpd.points_from_xy(seats["seat_lon"], seats["seat_lat"]), crs=CRS
    )
    return polygons, seats


def write_gpkg(table: DesignationTable, out: str | Path) -> ExportSummary:
    """One GeoPackage with a layer per geometry family plus attribute tables."""
    flat = flat_frame(table.gdf)
    parts = split_families(flat)
    polygons, seats = _members(table)
    layers: dict[str, pd.DataFrame] = {f"designations_{f}": promote_multi(parts[f]) for f in FAMILIES}
    layers["designations_unlocated"] = pd.DataFrame(parts["unlocated"].drop(columns="geometry"))
    layers["members"] = polygons
    layers["member_seats"] = seats
    layers["checks"] = checks_frame(table)
    layers["documents"] = documents_frame(table)
    written: list[str] = []
    with atomic.atomic_path(out) as tmp:
        for name, frame in layers.items():
            if len(frame):
                _write(frame, tmp, layer=name, driver="GPKG")
                written.append(name)
        if not written:
            _write(pd.DataFrame({"doc": pd.Series([], dtype=str)}), tmp, layer="documents", driver="GPKG")
    summary = ExportSummary("GeoPackage", [str(out)], count_families(table.gdf), len(table.docs))
    summary.notes.append(f"layers {', '.join(written) or 'none'}")
    return summary


def _dbf_text(value: object) -> object:
    """Cut text to 254 UTF-8 bytes at a character boundary, marking the cut."""
    if not isinstance(value, str) or len(value.encode("utf-8")) <= DBF_TEXT_BYTES:
        return value
    budget = DBF_TEXT_BYTES - len(ELLIPSIS.encode("utf-8"))
    cut = value.encode("utf-8")[:budget].decode("utf-8", errors="ignore")
    return cut + ELLIPSIS


def _shp_frame(frame: pd.DataFrame, fields: dict[str, str]) -> pd.DataFrame:
    out = frame.rename(columns=fields)
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col]):
            if col != "geometry":
                out[col] = [_dbf_text(v) for v in out[col]]
        elif pd.api.types.is_bool_dtype(out[col]):
            out[col] = out[col].astype(int)
    return out


def write_shp(table: DesignationTable, out: str | Path) -> ExportSummary:
    """A set of shapefiles named after ``out`` (see module docstring)."""
    out = Path(out)
    stem = out.with_suffix("").name
    parts = split_families(flat_frame(table.gdf))
    polygons, _ = _members(table)
    files: list[str] = []
    with atomic.atomic_files(out.parent) as tmp:
        for fam in FAMILIES:
            if len(parts[fam]):
                path = tmp / f"{stem}_{fam}.shp"
                _write(
                    _shp_frame(promote_multi(parts[fam]), SHP_FIELDS), path, driver="ESRI Shapefile", encoding="UTF-8"
                )
                files.append(path.name)
        if len(parts["unlocated"]):
            frame = pd.DataFrame(parts["unlocated"].drop(columns="geometry"))
            path = tmp / f"{stem}_unlocated.dbf"
            _write(_shp_frame(frame, SHP_FIELDS), path, driver="ESRI Shapefile", encoding="UTF-8")
            files.append(path.name)
        if len(polygons):
            path = tmp / f"{stem}_members.shp"
            _write(_shp_frame(polygons, MEMBER_SHP_FIELDS), path, driver="ESRI Shapefile", encoding="UTF-8")
            files.append(path.name)
        for written in list(tmp.glob("*.dbf")):
            cpg = written.with_suffix(".cpg")
            if not cpg.exists():
                cpg.write_text("UTF-8", encoding="ascii")
    return ExportSummary("Shapefile", [str(out.parent / f) for f in files], count_families(table.gdf), len(table.docs))


def write_kml(table: DesignationTable, out: str | Path) -> ExportSummary:
    """One KML document (LIBKML driver when present, else KML)."""
    flat = flat_frame(table.gdf)
    flat.insert(flat.columns.get_loc("name") + 1, "description", flat["quote"])
    flat = flat.rename(columns={"id": "designation_id"})  # LIBKML takes a field "id" as the placemark id
    driver = "LIBKML" if "LIBKML" in pyogrio.list_drivers(write=True) else "KML"
    with atomic.atomic_path(out) as tmp:
        _write(flat, tmp, layer="designations", driver=driver, geometry_type="Unknown")
    return ExportSummary("KML", [str(out)], count_families(table.gdf), len(table.docs))
