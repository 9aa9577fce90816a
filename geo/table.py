"""The ONE canonical designation table: every output (map, exports, briefing, tests) reads it.

Why one table: when the map, the GeoPackage and the briefing each walk the layer files themselves,
they drift apart (one forgets the geometry fallback, another the confidence). Here the layers are
loaded and validated once, each designation gets its geometry by kind, and the result is a pair of
GeoDataFrames in WGS-84 (EPSG:4326):

- ``gdf``: one row per designation (columns :data:`COLUMNS`), main geometry by kind;
- ``members_gdf``: one row per (designation, member) with the member's polygon (or seat point).

``load_table`` is a pure function of the layer files, the document texts, the gazetteer/boundary
data and ``lod``; :func:`table_key` hashes exactly those inputs so callers (the app) can memoise.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import geopandas as gpd
import shapely

from geo import paths as geo_paths
from geo.geometry_by_kind import GazetteerShapes, Placement, ShapeSource, place
from geo.layers import (
    Check,
    Designation,
    DocumentMeta,
    LoadedLayer,
    Problem,
    Services,
    default_layer_paths,
    default_services,
    layer_from_mapping,
    load_layers,
)

CRS = "EPSG:4326"
COLUMNS: tuple[str, ...] = (
    "id", "doc", "group", "name", "kind", "industry", "industry_en", "members", "member_names", "places",
    "quote", "span", "section", "horizon", "status", "review", "notes", "confidence", "doc_title",
    "doc_year", "doc_region", "geometry_note", "approximate", "seat_lon", "seat_lat", "layer", "line",
)  # fmt: skip
MEMBER_COLUMNS: tuple[str, ...] = (
    "id", "doc", "kind", "position", "adcode", "name", "has_polygon", "seat_lon", "seat_lat",
)  # fmt: skip
LayerInput = LoadedLayer | Mapping[str, Any]


@dataclass(frozen=True)
class DesignationTable:
    """Designations with geometry, their member shapes, document metadata, checks and load problems."""

    gdf: gpd.GeoDataFrame
    members_gdf: gpd.GeoDataFrame
    docs: dict[str, DocumentMeta]
    checks: dict[str, tuple[Check, ...]]
    problems: list[Problem]
    layers: list[LoadedLayer] = field(default_factory=list)

    @property
    def errors(self) -> list[Problem]:
        """Problems that made a record or file be skipped."""
        return [p for p in self.problems if p.is_error]


def _as_layer(item: LayerInput, services: Services) -> LoadedLayer:
    """A session layer: already loaded, or a mapping of the layer schema (+ optional ``document_text``)."""
    if isinstance(item, LoadedLayer):
        return item
    data = dict(item)
    text = data.pop("document_text", None)
    name = str(data.pop("source_name", None) or f"<session:{data.get('doc', 'layer')}>")
    return layer_from_mapping(data, name=name, document_text=text, services=services)


def _row(d: Designation, meta: DocumentMeta, placed: Placement, layer: LoadedLayer) -> dict[str, Any]:
    seat = placed.seat
    return {
        "id": d.id, "doc": d.doc, "group": d.group, "name": d.name, "kind": d.kind,
        "industry": d.industry, "industry_en": d.industry_en, "members": list(d.members),
        "member_names": [m.name for m in placed.members], "places": list(d.places), "quote": d.quote,
        "span": [d.span[0], d.span[1]], "section": d.section, "horizon": d.horizon, "status": d.status,
        "review": d.review, "notes": list(d.notes), "confidence": d.effective_confidence,
        "doc_title": meta.value("title"), "doc_year": meta.value("year"), "doc_region": meta.value("region"),
        "geometry_note": placed.note, "approximate": placed.approximate,
        "seat_lon": seat[0] if seat else None, "seat_lat": seat[1] if seat else None,
        "layer": layer.path, "line": d.line,
    }  # fmt: skip


def _valid(geom: Any) -> Any:
    """Valid, non-empty, and never a GeometryCollection (make_valid can return one with stray lines)."""
    if geom is None or geom.is_empty:
        return None
    if geom.is_valid and geom.geom_type != "GeometryCollection":
        return geom
    fixed = shapely.make_valid(geom)
    if fixed.geom_type != "GeometryCollection":
        return fixed
    parts = shapely.get_parts(fixed)
    top = max(shapely.get_dimensions(parts))
    keep = [p for p in parts if shapely.get_dimensions(p) == top]
    return shapely.union_all(keep) if keep else None


def _member_rows(d: Designation, placed: Placement) -> list[dict[str, Any]]:
    return [
        {"id": d.id, "doc": d.doc, "kind": d.kind, "position": m.position, "adcode": m.adcode, "name": m.name,
         "has_polygon": m.has_polygon, "seat_lon": m.seat[0] if m.seat else None,
         "seat_lat": m.seat[1] if m.seat else None, "geometry": _valid(m.geometry)}
        for m in placed.members
    ]  # fmt: skip


def _frame(rows: list[dict[str, Any]], columns: Sequence[str]) -> gpd.GeoDataFrame:
    geoms = [r.pop("geometry") for r in rows]
    frame = gpd.GeoDataFrame(rows, columns=list(columns), geometry=gpd.GeoSeries(geoms, crs=CRS), crs=CRS)
    return frame.reset_index(drop=True)


def build_table(
    layers: Sequence[LoadedLayer], problems: Sequence[Problem], shapes: ShapeSource
) -> DesignationTable:
    """Assemble the table from loaded layers (the geometry step of :func:`load_table`)."""
    rows: list[dict[str, Any]] = []
    member_rows: list[dict[str, Any]] = []
    docs: dict[str, DocumentMeta] = {}
    checks: dict[str, tuple[Check, ...]] = {}
    for layer in layers:
        docs.setdefault(layer.doc, layer.meta)
        if layer.checks:
            checks[layer.doc] = checks.get(layer.doc, ()) + layer.checks
        for d in layer.designations:
            placed = place(d, shapes)
            rows.append({**_row(d, layer.meta, placed, layer), "geometry": _valid(placed.geometry)})
            member_rows.extend(_member_rows(d, placed))
    extra = list(problems)
    unavailable = getattr(shapes, "unavailable", "")
    if unavailable and rows:
        extra.append(Problem("geo", None, "warning", f"{unavailable}: designations drawn at unit seats"))
    return DesignationTable(
        gdf=_frame(rows, COLUMNS),
        members_gdf=_frame(member_rows, MEMBER_COLUMNS),
        docs=docs,
        checks=checks,
        problems=extra,
        layers=list(layers),
    )


def load_table(
    paths: Iterable[str | os.PathLike[str]] | None = None,
    extra: Iterable[LayerInput] = (),
    lod: str = "medium",
    *,
    services: Services | None = None,
    shapes: ShapeSource | None = None,
) -> DesignationTable:
    """Load and validate layers (default ``layers/*.yaml``) plus session layers, and place every designation.

    ``extra`` items are :class:`LoadedLayer` objects or mappings of the layer schema (optionally with a
    ``document_text`` key holding the text the spans count in, and ``source_name`` for messages).
    """
    services = services if services is not None else default_services()
    session = [_as_layer(item, services) for item in extra]
    layers, problems = load_layers(paths, extra=session, services=services)
    if shapes is None:
        shapes = GazetteerShapes(lod, gazetteer=services.gazetteer)
    return build_table(layers, problems, shapes)


def _hash_file(h: Any, path: Path) -> None:
    h.update(str(path).encode())
    try:
        h.update(path.read_bytes())
    except OSError as exc:
        h.update(f"<unreadable {exc.errno}>".encode())


def table_key(
    paths: Iterable[str | os.PathLike[str]] | None = None,
    extra: Iterable[LayerInput] = (),
    lod: str = "medium",
) -> str:
    """Content hash of everything :func:`load_table` reads, for memoising it (e.g. ``st.cache_data``).

    Covers the layer files, the document texts they name, ``extra`` layers, the shipped gazetteer data
    and the boundary cache, and ``lod``.
    """
    h = hashlib.sha256(f"lod={lod}\n".encode())
    layer_paths = [Path(p) for p in (default_layer_paths() if paths is None else paths)]
    texts: set[Path] = set()
    for p in layer_paths:
        _hash_file(h, p)
        texts.update(_text_paths(p))
    for t in sorted(texts):
        if t.is_file():
            _hash_file(h, t)
    for item in extra:
        h.update(item.content_sha256.encode() if isinstance(item, LoadedLayer) else repr(dict(item)).encode())
    for data in sorted(geo_paths.DATA_DIR.glob("*")):
        if data.is_file():
            _hash_file(h, data)
    for built in sorted(geo_paths.cache_dir().glob("boundaries-*.gpkg")):
        stat = built.stat()
        h.update(f"{built.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return h.hexdigest()


def _text_paths(layer_path: Path) -> list[Path]:
    """The ``text:`` file a layer names (cheap line scan; the loader does the real validation)."""
    try:
        for line in layer_path.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("text:"):
                rel = line.split(":", 1)[1].split("#", 1)[0].strip().strip("'\"")
                return [geo_paths.REPO_DIR / rel, layer_path.parent / rel] if rel else []
    except OSError:
        return []
    return []
