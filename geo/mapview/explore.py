"""Glue the explorer needs around the table: display names, reference boundaries, listings, place view,
session layers. Library code (no streamlit); ``app.py`` calls these and draws the results.
"""

from __future__ import annotations

import hashlib
import html
import json
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import pandas as pd

from geo import i18n
from geo.mapview import select

#: Level of detail of each reference boundary level: coarse everywhere (counties medium would triple the bytes).
BOUNDARY_LOD: dict[str, str] = {"province": "coarse", "prefecture": "coarse", "county": "coarse"}
#: Zoom to open a searched place at, by level.
PLACE_ZOOM: dict[str, int] = {"province": 6, "prefecture": 7, "county": 9}


def display_names(table: Any) -> dict[str, str]:
    """Names for filter values: province adcodes -> province names, document stems -> titles (year)."""
    from geo.mapview.payload import doc_label

    names: dict[str, str] = {}
    for doc, meta in table.docs.items():
        names[doc] = doc_label({"doc": doc, "doc_title": meta.value("title"), "doc_year": meta.value("year")})
    try:
        from geo.gazetteer import get_gazetteer

        gaz = get_gazetteer()
        for code in select.options(table.gdf)["province"]:
            unit = gaz.get(code)
            if unit is not None:
                names[code] = unit.name
    except (ImportError, OSError):
        pass
    return names


def boundary_attribution(lang: str) -> str:
    """Where the boundaries come from, in ``lang`` (plain text; the map escapes it)."""
    from geo.exporters.common import attribution

    zh, en = attribution()
    return en if lang == "en" else zh


def reference_boundaries(provinces: Sequence[str]) -> dict[str, Any]:
    """Province, prefecture and county boundaries of ``provinces`` for the reference layer."""
    from geo import boundaries

    frames: dict[str, Any] = {}
    for level, lod in BOUNDARY_LOD.items():
        parts = [boundaries.frame(level=level, province=p, lod=lod) for p in provinces]
        parts = [p for p in parts if p is not None and len(p)]
        if parts:
            frames[level] = pd.concat(parts, ignore_index=True)
    return frames


def provinces_of(gdf: pd.DataFrame) -> tuple[str, ...]:
    """Province adcodes the rows belong to (sorted)."""
    return tuple(sorted({p for _, row in gdf.iterrows() for p in select.province_codes(row)}))


def safe_boundaries(
    loader: Callable[[tuple[str, ...]], dict[str, Any]], gdf: pd.DataFrame
) -> tuple[dict[str, Any], str]:
    """``loader(provinces)`` or ({}, reason): missing boundaries degrade the map, never stop the page."""
    provinces = provinces_of(gdf)
    if not provinces:
        return {}, ""
    try:
        return loader(provinces), ""
    except Exception as exc:  # the boundary cache may be absent or stale; the map still works
        return {}, f"{type(exc).__name__}: {exc}"[:300]


def listing(rows: pd.DataFrame, lang: str) -> pd.DataFrame:
    """A plain table of designations for display (text cells only)."""
    return pd.DataFrame(
        {
            i18n.tr("document", lang): [str(x or "") for x in rows.get("doc_title", rows["doc"])],
            i18n.tr("kind", lang): [i18n.kind_label(str(k), lang) for k in rows["kind"]],
            i18n.tr("industry", lang): [str(x or "") for x in rows["industry"]],
            "name": [str(x) for x in rows["name"]],
            "id": [str(x) for x in rows["id"]],
        }
    )


def listing_html(rows: pd.DataFrame, lang: str) -> str:
    """:func:`listing` as an HTML table of escaped cells (lighter in the browser than a data grid)."""
    frame = listing(rows, lang)
    head = "".join(f"<th>{html.escape(str(c))}</th>" for c in frame.columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(v))}</td>" for v in row) + "</tr>"
        for row in frame.itertuples(index=False)
    )
    return (
        '<div style="max-height:320px;overflow:auto"><table class="atlas-listing" style="font-size:12px">'
        f"<thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></div>"
    )


@dataclass(frozen=True)
class PlaceView:
    """Where to move the map for a searched place (without re-mounting it)."""

    center: tuple[float, float]  # lat, lon
    zoom: int


def place_view(hit: select.PlaceHit | None) -> PlaceView | None:
    """Centre and zoom for a place search hit: the seat of the (first) unit found."""
    if hit is None or not hit.adcodes:
        return None
    from geo.gazetteer import get_gazetteer

    gaz = get_gazetteer()
    seats = []
    level = "county"
    for code in hit.adcodes:
        unit = gaz.get(code)
        if unit is not None and unit.seat is not None:
            seats.append(unit.seat)
            level = unit.level if len(hit.adcodes) == 1 else "prefecture"
    if not seats:
        return None
    lon = sum(s[0] for s in seats) / len(seats)
    lat = sum(s[1] for s in seats) / len(seats)
    return PlaceView((lat, lon), PLACE_ZOOM.get(level, 8))


def session_key(layers: Iterable[Mapping[str, Any]]) -> str:
    """Content hash of the session layers (for caching the table built with them)."""
    h = hashlib.sha256()
    for layer in layers:
        h.update(json.dumps(layer, sort_keys=True, ensure_ascii=False, default=str).encode())
    return h.hexdigest()
