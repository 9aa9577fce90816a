"""The designation table turned into the compact, display-ready data the map's JavaScript draws.

Everything that came from a document or a layer file stays *text* here: tooltip fields are given to the
browser as JSON strings and put into the page with ``textContent``; the only strings that the browser
reads as HTML (the layer-tree labels, the attribution) are escaped in this module with :func:`html.escape`.
Geometry is split into parts by role (see :func:`geo.mapview.style.part_style`), rounded to 3
decimals (~100 m: under a pixel up to zoom 10, finer than the boundary LODs) to keep the page small,
and optionally moved into GCJ-02 for the Gaode basemap.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd
import shapely
from shapely.geometry import mapping

from geo import i18n
from geo.mapview.style import (
    BOUNDARY_STYLES,
    KIND_SIGNATURE,
    NO_INDUSTRY_COLOUR,
    industry_colour,
    part_style,
)

Transform = Callable[[shapely.Geometry], shapely.Geometry]
PRECISION = 3
_SAFE_ID = re.compile(r"^[a-z0-9][a-z0-9-]{0,80}$")

#: Zoom ranges at which each boundary level is drawn: provinces always, then prefectures, then counties.
BOUNDARY_ZOOMS: dict[str, tuple[int, int]] = {"province": (0, 30), "prefecture": (6, 30), "county": (8, 30)}


def _text(value: object) -> str:
    """A cell as display text ('' for missing values)."""
    if value is None:
        return ""
    if isinstance(value, float) and np.isnan(value):
        return ""
    return str(value)


def round_geometry(geom: shapely.Geometry, precision: int = PRECISION) -> shapely.Geometry:
    """Coordinates rounded to ``precision`` decimals (smaller JSON; no topology repair needed for drawing)."""
    return shapely.transform(geom, lambda xy: np.round(xy, precision))


def _polygons_lines_points(
    geom: shapely.Geometry,
) -> tuple[list[shapely.Geometry], list[shapely.Geometry], list[shapely.Geometry]]:
    polys: list[shapely.Geometry] = []
    lines: list[shapely.Geometry] = []
    points: list[shapely.Geometry] = []
    stack = [geom]
    while stack:
        g = stack.pop()
        if g is None or g.is_empty:
            continue
        kind = g.geom_type
        if kind in ("GeometryCollection", "MultiPolygon", "MultiLineString", "MultiPoint"):
            stack.extend(reversed(list(g.geoms)))
        elif kind == "Polygon":
            polys.append(g)
        elif kind in ("LineString", "LinearRing"):
            lines.append(shapely.LineString(g.coords))
        elif kind == "Point":
            points.append(g)
    return polys, lines, points


def _is_triangle(poly: shapely.Geometry) -> bool:
    return len(poly.exterior.coords) <= 4 and not poly.interiors


def split_parts(kind: str, geom: shapely.Geometry | None) -> list[tuple[str, shapely.Geometry]]:
    """(role, geometry) parts of one designation, drawn bottom to top.

    Polygons are the fill of an ``area``/``site`` and the member units of the other kinds; for a triangle,
    the 3-vertex polygon is its outline; lines are axis/line strokes; points are core seats or sites.
    """
    if geom is None or geom.is_empty:
        return []
    polys, lines, points = _polygons_lines_points(geom)
    parts: list[tuple[str, shapely.Geometry]] = []
    outlines = [p for p in polys if kind == "triangle" and _is_triangle(p)]
    members = [p for p in polys if not any(p is o for o in outlines)]
    if members:
        role = "fill" if kind in ("area", "site", "unlocated") else "member"
        parts.append((role, shapely.union_all(members) if len(members) > 1 else members[0]))
    parts.extend(("outline", shapely.LineString(o.exterior.coords)) for o in outlines)
    parts.extend(("stroke", line) for line in lines)
    point_role = "seat" if kind == "core" else "site"  # unit seats stand in when polygons are missing
    parts.extend((point_role, pt) for pt in points)
    return parts


def _geojson(geom: shapely.Geometry, transform: Transform | None) -> dict[str, Any]:
    if transform is not None:
        geom = transform(geom)
    return mapping(round_geometry(geom))


@dataclass(frozen=True)
class DesignationView:
    """One designation as the map draws it."""

    index: int
    id: str
    name: str
    industry: str
    kind: str
    colour: str
    parts: list[dict[str, Any]]

    def to_json(self, lang: str) -> dict[str, Any]:
        """JSON for the browser: tooltip fields are plain text (the page sets them with textContent)."""
        industry = self.industry or i18n.tr("no_industry", lang)
        return {
            "i": self.index,
            "id": self.id,
            "css": self.id if _SAFE_ID.match(self.id) else f"row-{self.index}",
            "kind": self.kind,
            "tip": {
                "name": self.name,
                "industry": industry,
                "kind": i18n.kind_label(self.kind, lang),
                "id": self.id,
                "approx": i18n.tr("approximate", lang) if self.kind == "site" else "",
            },
        }


def designation_views(gdf: pd.DataFrame, transform: Transform | None = None) -> list[DesignationView]:
    """Every designation of ``gdf`` that has geometry, in table order, with parts and styles."""
    views: list[DesignationView] = []
    for pos, (_, row) in enumerate(gdf.iterrows()):
        kind = _text(row.get("kind")) or "area"
        colour = industry_colour(_text(row.get("industry")))
        parts = [
            {"r": role, "g": _geojson(g, transform), "s": part_style(kind, role, colour)}
            for role, g in split_parts(kind, row.geometry)
        ]
        if not parts:
            continue
        views.append(
            DesignationView(
                index=pos,
                id=_text(row.get("id")),
                name=_text(row.get("name")),
                industry=_text(row.get("industry")),
                kind=kind,
                colour=colour,
                parts=parts,
            )
        )
    return views


def doc_label(row: Mapping[str, object]) -> str:
    """Plain-text label of a document: title and year, else its file stem."""
    title = _text(row.get("doc_title")) or _text(row.get("doc"))
    year = _text(row.get("doc_year"))
    if year.endswith(".0"):
        year = year[:-2]
    return f"{title}（{year}）" if year else title


def layer_tree(gdf: pd.DataFrame, views: Iterable[DesignationView], lang: str) -> dict[str, Any]:
    """Document → layout statement (group) → designation, with HTML-escaped labels.

    The tree control puts labels in with innerHTML, so every label (document titles, group wording and
    designation names all come from layer files) is escaped here. Leaves carry the designation's index.
    """
    shown = {v.index for v in views}
    docs: dict[str, dict[str, Any]] = {}
    for pos, (_, row) in enumerate(gdf.iterrows()):
        if pos not in shown:
            continue
        doc = _text(row.get("doc"))
        node = docs.setdefault(doc, {"label": html.escape(doc_label(row)), "groups": {}})
        group = _text(row.get("group")) or _text(row.get("name"))
        leaves = node["groups"].setdefault(group, [])
        leaves.append({"label": html.escape(_text(row.get("name"))), "d": pos})
    children = []
    for node in docs.values():
        groups = [
            {"label": html.escape(g), "children": leaves, "collapsed": True} for g, leaves in node["groups"].items()
        ]
        children.append({"label": node["label"], "children": groups, "collapsed": len(docs) > 1})
    return {"label": html.escape(i18n.tr("designations", lang)), "children": children, "collapsed": False}


def legend(views: Iterable[DesignationView], lang: str) -> dict[str, Any]:
    """Legend entries for exactly the industries and kinds drawn (plain text; the page uses textContent)."""
    views = list(views)
    industries: dict[str, str] = {}
    for v in sorted(views, key=lambda v: (v.industry == "", v.industry)):
        label = v.industry or i18n.tr("no_industry", lang)
        industries.setdefault(label, v.colour)
    kinds = [k for k in KIND_SIGNATURE if any(v.kind == k for v in views)]
    return {
        "title": i18n.tr("legend", lang),
        "industries": [{"label": k, "colour": c} for k, c in industries.items()],
        "kinds": [
            {
                "label": i18n.kind_label(k, lang),
                "role": KIND_SIGNATURE[k],
                "style": part_style(k, KIND_SIGNATURE[k], NO_INDUSTRY_COLOUR),
            }
            for k in kinds
        ],
    }


def boundary_levels(frames: Mapping[str, pd.DataFrame], transform: Transform | None = None) -> list[dict[str, Any]]:
    """Reference boundary layers (bare geometries, no attributes: nothing to escape, fewer bytes)."""
    out = []
    for level, frame in frames.items():
        if level not in BOUNDARY_ZOOMS or frame is None or len(frame) == 0:
            continue
        geoms = [g for g in frame.geometry if g is not None and not g.is_empty]
        lo, hi = BOUNDARY_ZOOMS[level]
        out.append(
            {
                "level": level,
                "minZoom": lo,
                "maxZoom": hi,
                "style": BOUNDARY_STYLES[level],
                "geojson": {
                    "type": "GeometryCollection",
                    "geometries": [_geojson(g, transform) for g in geoms],
                },
            }
        )
    return out
