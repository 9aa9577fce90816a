"""CSV export: one row per designation, geometry as WKT, UTF-8 with a BOM.

The BOM is what makes Excel (the planners' default tool) open Chinese text correctly; the geometry
column is named ``WKT`` because GDAL's CSV driver (and QGIS's "delimited text" import) pick that name
up as geometry without any option.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import shapely

from geo import atomic
from geo.exporters.common import ExportSummary, count_families, flat_frame
from geo.exporters.geojson import PRECISION, rfc7946_geometry
from geo.table import DesignationTable


def csv_frame(table_gdf: pd.DataFrame) -> pd.DataFrame:
    """Flat attributes with the WKT column first."""
    flat = flat_frame(table_gdf)
    wkt = [
        None if g is None else shapely.to_wkt(rfc7946_geometry(g), rounding_precision=PRECISION, trim=True)
        for g in flat.geometry
    ]
    frame = pd.DataFrame(flat.drop(columns="geometry"))
    frame.insert(0, "WKT", wkt)
    return frame


def write_csv(table: DesignationTable, out: str | Path) -> ExportSummary:
    """Write ``out`` atomically (UTF-8 with BOM, ``\\r\\n`` line ends as Excel expects)."""
    text = csv_frame(table.gdf).to_csv(index=False, lineterminator="\r\n")
    atomic.write_text(out, text, bom=True)
    return ExportSummary("CSV", [str(out)], count_families(table.gdf), len(table.docs))
