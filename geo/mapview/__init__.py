"""Folium map of the designation table: layers by document → statement → designation, styled by kind,
coloured by industry, with a matching legend, zoom-dependent reference boundaries, basemaps and
attribution — pure library code (no streamlit), so it can be tested by rendering HTML.

The map loads only files the app serves itself (:mod:`geo.assets`): each map instance gets its own
``default_js``/``default_css`` lists, so folium's module-level CDN lists are never mutated (they are
shared by every user of a Streamlit server).
"""

from __future__ import annotations

import html
import logging
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import folium
import pandas as pd

from geo import assets, i18n
from geo.mapview.basemaps import Basemap, TileSpec, check_tianditu_key, tile_specs
from geo.mapview.element import AtlasLayers
from geo.mapview.payload import (
    BOUNDARY_ZOOMS,
    DesignationView,
    Transform,
    boundary_levels,
    designation_views,
    layer_tree,
    legend,
)
from geo.mapview.style import industry_colour, part_style

Publisher = Callable[[dict[str, Any]], str]

__all__ = [
    "BOUNDARY_ZOOMS",
    "Basemap",
    "DesignationView",
    "TileSpec",
    "atlas_payload",
    "build_map",
    "check_tianditu_key",
    "industry_colour",
    "map_bounds",
    "map_from_payload",
    "part_style",
    "tile_specs",
]

#: Whole of China, when there is nothing to fit the view to.
CHINA_BOUNDS: tuple[tuple[float, float], tuple[float, float]] = ((18.0, 73.5), (53.6, 135.1))


def gcj02_transform() -> Transform:
    """WGS-84 -> GCJ-02 for every geometry (for overlays on Gaode tiles)."""
    from geo.coords import geometry_wgs84_to_gcj02

    return geometry_wgs84_to_gcj02


def atlas_payload(
    gdf: pd.DataFrame,
    boundaries: Mapping[str, pd.DataFrame] | None = None,
    *,
    lang: str = i18n.DEFAULT_LANG,
    transform: Transform | None = None,
    attributions: Sequence[str] = (),
    collapsed: bool = False,
    publish: Publisher | None = None,
) -> dict[str, Any]:
    """Everything the atlas script needs, as JSON-ready data (see :mod:`geo.mapview.element`).

    The geometry (designation parts, boundary levels: nearly all the bytes) is under ``geometry``, or,
    with ``publish``, written to a file the app serves (compressed, cacheable) and referenced by
    ``geometryUrl``: the map's script then stays a few kB, so a Streamlit rerun re-sends almost nothing
    and the map stays mounted. ``attributions`` are plain text; they are escaped here because Leaflet's
    attribution control reads HTML.
    """
    views = designation_views(gdf, transform)
    levels = boundary_levels(boundaries or {}, transform)
    geometry = {"parts": {str(v.index): v.parts for v in views}, "boundaries": levels}
    payload: dict[str, Any] = {
        "designations": [v.to_json(lang) for v in views],
        "tree": layer_tree(gdf, views, lang),
        "legend": legend(views, lang),
        "hasBoundaries": bool(levels),
        "boundaryLabel": html.escape(i18n.tr("boundaries", lang)),
        "attributionPrefix": "Leaflet",
        "attributions": [html.escape(a) for a in attributions if a],
        "collapsed": collapsed,
        "loadError": i18n.tr("map_data_failed", lang),
    }
    payload["geometry"] = geometry
    if publish is not None:
        try:
            payload["geometryUrl"] = publish(geometry)
            del payload["geometry"]
        except OSError as exc:  # read-only install: inline data still draws, only slower reruns
            logging.getLogger(__name__).warning("map data not published (%s); sent inline", exc)
    return payload


def map_bounds(gdf: pd.DataFrame, boundaries: Mapping[str, pd.DataFrame] | None) -> list[list[float]]:
    """[[south, west], [north, east]] of the designations, else of the boundaries, else of China."""
    frames = [gdf] + [f for f in (boundaries or {}).values() if f is not None]
    for frame in frames:
        geoms = [g for g in getattr(frame, "geometry", []) if g is not None and not g.is_empty]
        if geoms:
            import shapely

            minx, miny, maxx, maxy = shapely.total_bounds(geoms)
            return [[float(miny), float(minx)], [float(maxy), float(maxx)]]
    (s, w), (n, e) = CHINA_BOUNDS
    return [[s, w], [n, e]]


def build_map(
    gdf: pd.DataFrame,
    boundaries: Mapping[str, pd.DataFrame] | None = None,
    *,
    basemap: Basemap = Basemap.NONE,
    tianditu_key: str | None = None,
    lang: str = i18n.DEFAULT_LANG,
    attributions: Sequence[str] = (),
    publish: Publisher | None = None,
) -> folium.Map:
    """The atlas map for the designations in ``gdf`` (WGS-84) over ``boundaries`` (level -> frame).

    With ``basemap=Basemap.GAODE`` every overlay is shifted to GCJ-02 so it sits on Gaode's streets; the
    view is fitted to the designations (else the boundaries). ``publish`` see :func:`atlas_payload`.
    """
    transform = gcj02_transform() if basemap.shift_gcj02 else None
    payload = atlas_payload(gdf, boundaries, lang=lang, transform=transform, attributions=attributions, publish=publish)
    return map_from_payload(payload, map_bounds(gdf, boundaries), basemap=basemap, tianditu_key=tianditu_key)


def map_from_payload(
    payload: dict[str, Any],
    bounds: list[list[float]],
    *,
    basemap: Basemap = Basemap.NONE,
    tianditu_key: str | None = None,
) -> folium.Map:
    """The folium map around a ready payload (cheap: callers may cache :func:`atlas_payload`).

    The payload must have been built with the basemap's transform (GCJ-02 for Gaode).
    """
    m = folium.Map(
        location=[38.0, 100.0],
        zoom_start=4,
        tiles=None,
        prefer_canvas=True,
        control_scale=True,
        min_zoom=3,
        max_zoom=14,
    )
    # Per instance: folium's class-level lists point at CDNs and are shared by every session.
    m.default_js = list(assets.MAP_JS)
    m.default_css = list(assets.MAP_CSS)
    for spec in tile_specs(basemap, tianditu_key):
        folium.TileLayer(
            tiles=spec.url,
            attr=spec.attribution,
            subdomains=spec.subdomains,
            max_zoom=spec.max_zoom,
            control=False,
        ).add_to(m)
    AtlasLayers(payload).add_to(m)
    m.fit_bounds(bounds, padding=(24, 24))
    return m
