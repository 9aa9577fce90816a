"""Exports of the designation table: GeoJSON, GeoPackage, Shapefile, CSV, KML (all written atomically).

Every format is written from :class:`geo.table.DesignationTable`, never from the layer files, so the
files agree with the map. Unlocated designations are never dropped: null geometry in GeoJSON/CSV/KML,
an attribute table in GeoPackage, a ``.dbf`` without geometry beside the shapefiles.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from geo.errors import InputError
from geo.exporters.common import ExportSummary
from geo.exporters.delimited import write_csv
from geo.exporters.geojson import feature_collection, write_geojson
from geo.exporters.ogr import SHP_FIELDS, write_gpkg, write_kml, write_shp
from geo.table import DesignationTable

WRITERS: dict[str, Callable[[DesignationTable, str | Path], ExportSummary]] = {
    "geojson": write_geojson,
    "gpkg": write_gpkg,
    "shp": write_shp,
    "csv": write_csv,
    "kml": write_kml,
}
EXTENSIONS = {".geojson": "geojson", ".json": "geojson", ".gpkg": "gpkg", ".shp": "shp", ".csv": "csv", ".kml": "kml"}


def format_for(out: str | Path, fmt: str | None = None) -> str:
    """The format asked for, else the one the extension names, else GeoJSON."""
    if fmt:
        if fmt.lower() not in WRITERS:
            msg = f"unknown export format '{fmt}' (choose {', '.join(WRITERS)})"
            raise InputError(msg)
        return fmt.lower()
    return EXTENSIONS.get(Path(out).suffix.lower(), "geojson")


def export(table: DesignationTable, out: str | Path, fmt: str | None = None) -> ExportSummary:
    """Write ``table`` to ``out`` in ``fmt`` (default from the extension)."""
    return WRITERS[format_for(out, fmt)](table, out)


__all__ = ["SHP_FIELDS", "WRITERS", "ExportSummary", "export", "feature_collection", "format_for"]
