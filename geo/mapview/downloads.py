"""Download payloads for the explorer: GeoJSON of the selection and of each layer, GeoPackage and CSV.

All bytes come from :mod:`geo.exporters` (the same writers as ``python -m geo export``), run on a
sub-table holding the current selection, into a private temporary directory with fixed file names:
names a user typed or uploaded never become paths. The bytes are made when a button is clicked.
"""

from __future__ import annotations

import dataclasses
import re
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

from geo import i18n

_SAFE_STEM = re.compile(r"[^A-Za-z0-9_.-]+")


@dataclass(frozen=True)
class DownloadFile:
    """One download button: label, suggested file name, MIME type, and how to make the bytes.

    ``make`` runs only when the user clicks (Streamlit's deferred downloads), so a page view costs
    nothing for the files nobody downloads.
    """

    label: str
    file_name: str
    mime: str
    make: Callable[[], bytes]


def safe_stem(name: str, fallback: str = "layer") -> str:
    """A file-name stem made only of ASCII letters, digits, ``_.-`` (for the *suggested* download name)."""
    stem = _SAFE_STEM.sub("-", name).strip("-.")[:60]
    return stem or fallback


def subtable(table: Any, ids: Sequence[str]) -> Any:
    """``table`` restricted to the designations ``ids`` (documents and checks of those kept)."""
    gdf = table.gdf[table.gdf["id"].astype(str).isin(set(ids))]
    docs = {d: m for d, m in table.docs.items() if d in set(gdf["doc"])}
    checks = {d: c for d, c in table.checks.items() if d in docs}
    return dataclasses.replace(table, gdf=gdf, docs=docs, checks=checks)


def _export_bytes(writer: Callable[[Any, Path], Any], table: Any, name: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="atlas-dl-") as tmp:
        out = Path(tmp) / name
        writer(table, out)
        return out.read_bytes()


def download_files(table: Any, ids: Sequence[str], lang: str = i18n.DEFAULT_LANG) -> list[DownloadFile]:
    """Selection as GeoJSON, GeoPackage and CSV, then one GeoJSON per document (layer) in the selection."""
    sel = subtable(table, ids)
    specs = [
        ("dl_selection_geojson", "geojson", "selection.geojson", "application/geo+json", sel),
        ("dl_selection_gpkg", "gpkg", "selection.gpkg", "application/geopackage+sqlite3", sel),
        ("dl_selection_csv", "csv", "selection.csv", "text/csv", sel),
    ]
    labels = {}
    for doc in dict.fromkeys(str(d) for d in sel.gdf["doc"]):
        doc_ids = [str(i) for i in sel.gdf.loc[sel.gdf["doc"] == doc, "id"]]
        name = f"{safe_stem(doc)}.geojson"
        meta = table.docs.get(doc)
        labels[name] = str((meta.value("title") if meta is not None else None) or doc)
        specs.append(("dl_layer_geojson", "geojson", name, "application/geo+json", subtable(sel, doc_ids)))
    return [
        DownloadFile(
            i18n.tr(key, lang, name=labels.get(name, Path(name).stem)), name, mime, partial(make_bytes, fmt, sub, name)
        )
        for key, fmt, name, mime, sub in specs
    ]


def make_bytes(fmt: str, table: Any, name: str) -> bytes:
    """The file ``name`` in format ``fmt`` written by :mod:`geo.exporters` from ``table``."""
    from geo.exporters import WRITERS

    return _export_bytes(WRITERS[fmt], table, name)
