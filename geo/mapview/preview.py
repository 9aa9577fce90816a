"""A server-drawn picture of the default map, sent inside the page's first HTML response.

Why: a new visitor's browser spends ~1.5–2 s starting Streamlit's front end, the map component's frame,
Leaflet and the payload before the interactive map draws its first shape (``bench/README.md`` has the
timeline; Streamlit's own start alone is ~1 s on the reference machine). The designations of the default
view are known when the server starts, so the server draws them once as a static SVG — the same parts,
colours and line styles as :mod:`geo.mapview.style`, projected like Leaflet (Web Mercator, the zoom that
``fitBounds`` would choose) — and the page shows it from its first paint, in the map's place, until the
interactive map has drawn. It is an inert picture: no script reads its data, it takes no clicks
(``pointer-events: none``), it is hidden from assistive technology, and it removes itself as soon as the
real map is ready (or after :data:`GIVE_UP_MS`, whatever happens). It carries no text from a document.

Static SVG rather than a script-drawn preview: parsing a few kB of SVG costs the renderer's main thread
next to nothing, so the real map is not delayed (a script-drawn preview measured 0.3–1.5 s of delay).
"""

from __future__ import annotations

import html
import json
import math
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np
import shapely
from shapely.geometry import shape

from geo.mapview.style import BOUNDARY_STYLES

TILE = 256  # Leaflet's zoom-0 world is 256 px wide (EPSG:3857)
UNITS = 64  # SVG user units per zoom-0 pixel: integer coordinates are then 1/64 px at zoom 0, 1/4 px at zoom 4
SIMPLIFY_UNITS = 0.5  # Douglas-Peucker tolerance in user units (1/8 px at zoom 5): invisible, halves the bytes
MAX_LAT = 85.0511287798  # Web Mercator's limit
MAP_HEIGHT = 680  # px; the page's st_folium height (app.MAP_HEIGHT, asserted equal in the tests)
FIT_PADDING = 24  # px; map_from_payload's fit_bounds padding
MIN_ZOOM, MAX_ZOOM = 3, 14  # map_from_payload's zoom limits
DEFAULT_ZOOM = 4  # boundary levels drawn at this zoom or below are part of the picture
GIVE_UP_MS = 20_000
ELEMENT_ID = "atlas-preview"


def project(lon: np.ndarray, lat: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """WGS-84 degrees -> Web Mercator user units (x right, y down; zoom-0 pixels × :data:`UNITS`)."""
    lat = np.clip(lat, -MAX_LAT, MAX_LAT)
    x = (lon + 180.0) / 360.0 * TILE * UNITS
    rad = np.radians(lat)
    y = (1.0 - np.log(np.tan(rad) + 1.0 / np.cos(rad)) / math.pi) / 2.0 * TILE * UNITS
    return x, y


def _projected(geom: shapely.Geometry) -> shapely.Geometry:
    def fn(xy: np.ndarray) -> np.ndarray:
        x, y = project(xy[:, 0], xy[:, 1])
        return np.column_stack([x, y])

    return shapely.transform(geom, fn)


def _ring_d(coords: np.ndarray, close: bool) -> str:
    """Path data for one ring or line: an absolute move, then integer relative steps (compact)."""
    pts = np.rint(coords).astype(np.int64)
    if len(pts) == 0:
        return ""
    steps = np.diff(pts, axis=0)
    steps = steps[(steps != 0).any(axis=1)]
    body = "".join(f"{'-' if dx < 0 else ' '}{abs(dx)}{'-' if dy < 0 else ' '}{abs(dy)}" for dx, dy in steps)
    head = f"M{pts[0][0]} {pts[0][1]}"
    return head + ("l" + body.lstrip() if len(steps) else "h0") + ("z" if close else "")


def path_data(geom: shapely.Geometry) -> str:
    """SVG path data of any geometry in WGS-84, in user units, simplified below a pixel."""
    return _d(shapely.simplify(_projected(geom), SIMPLIFY_UNITS, preserve_topology=True))


def _d(geom: shapely.Geometry) -> str:
    if geom.is_empty:
        return ""
    if hasattr(geom, "geoms"):  # multi-part or collection
        return "".join(_d(g) for g in geom.geoms)
    if geom.geom_type == "Polygon":
        return "".join(_ring_d(np.asarray(r.coords)[:-1], close=True) for r in (geom.exterior, *geom.interiors))
    return _ring_d(np.asarray(geom.coords), close=False)  # line, ring or point (a point is a round dot)


def _attrs(style: Mapping[str, Any], role: str) -> str:
    """SVG presentation attributes for a Leaflet path style (:func:`geo.mapview.style.part_style`)."""
    colour = str(style.get("color", "#555555"))
    if role in ("seat", "site"):  # a dot: a zero-length path with a round cap as wide as the marker
        radius = float(style.get("radius", 6))
        width = 2 * radius + float(style.get("weight", 2))
        return f'fill="none" stroke="{html.escape(colour)}" stroke-width="{width:g}" stroke-linecap="round"'
    parts = [f'stroke="{html.escape(colour)}"', f'stroke-width="{float(style.get("weight", 1)):g}"',
             f'stroke-opacity="{float(style.get("opacity", 1)):g}"', 'stroke-linejoin="round"']
    if style.get("fill", True) is False or role in ("stroke", "outline"):
        parts.append('fill="none"')
    else:
        fill = str(style.get("fillColor", colour))
        parts.append(f'fill="{html.escape(fill)}" fill-opacity="{float(style.get("fillOpacity", 0.2)):g}"')
    dash = style.get("dashArray")
    if dash:
        parts.append(f'stroke-dasharray="{html.escape(str(dash))}"')
    return " ".join(parts)


def svg_shapes(geometry: Mapping[str, Any], zoom: int = DEFAULT_ZOOM) -> list[str]:
    """``<path>`` elements for a map payload's geometry, bottom to top as the map draws them.

    ``geometry`` is :func:`geo.mapview.atlas_payload`'s ``geometry`` part: reference boundary levels shown
    at ``zoom`` first (the map's lower pane), then every designation's parts in table order.
    """
    out: list[str] = []
    for level in geometry.get("boundaries", ()):
        if not level.get("minZoom", 0) <= zoom <= level.get("maxZoom", 30):
            continue
        geoms = [shape(g) for g in level.get("geojson", {}).get("geometries", ())]
        if not geoms:
            continue
        d = path_data(shapely.union_all([shapely.boundary(g) for g in geoms]))
        style = {**BOUNDARY_STYLES.get(level.get("level", ""), {}), "fill": False}
        out.append(f'<path class="pv-b" d="{d}" {_attrs(style, "stroke")}/>')
    parts = geometry.get("parts", {})
    for key in sorted(parts, key=lambda k: int(k) if str(k).isdigit() else 0):
        for part in parts[key]:
            role = str(part.get("r", "fill"))
            d = path_data(shape(part["g"]))
            if d:
                out.append(f'<path class="pv-d" d="{d}" {_attrs(part.get("s", {}), role)}/>')
    return out


def fit_box(bounds: Sequence[Sequence[float]]) -> list[float]:
    """[[south, west], [north, east]] -> [x0, y0, x1, y1] in user units (what the page's script fits)."""
    (s, w), (n, e) = bounds
    xs, ys = project(np.array([w, e], dtype=float), np.array([n, s], dtype=float))
    return [round(float(v), 1) for v in (xs[0], ys[0], xs[1], ys[1])]


def fit_zoom(box: Sequence[float], width: float, height: float = MAP_HEIGHT) -> int:
    """The zoom Leaflet's ``fitBounds(bounds, {padding: [24, 24]})`` picks (zoomSnap 1: floor), clamped.

    Python twin of the page script's arithmetic, for the tests."""
    bw = max((box[2] - box[0]) / UNITS, 1e-9)
    bh = max((box[3] - box[1]) / UNITS, 1e-9)
    scale = min((width - 2 * FIT_PADDING) / bw, (height - 2 * FIT_PADDING) / bh)
    zoom = math.floor(math.log2(scale)) if scale > 0 else MIN_ZOOM
    return max(MIN_ZOOM, min(MAX_ZOOM, zoom))


# The script fits the picture like Leaflet's fitBounds, keeps it over the map's frame once Streamlit has laid
# the page out, and removes it when the frame's map reports ready (window.atlas.ready, geo/mapview/element.py).
_SCRIPT = """(function(){var box=document.getElementById("%(id)s");if(!box){return;}
var svg=box.firstElementChild,B=%(box)s,H=%(h)d,P=%(pad)d,U=%(units)d,t0=Date.now();
if(window.innerWidth<%(min_width)d){box.remove();return;}
function fit(w){var bw=Math.max((B[2]-B[0])/U,1e-9),bh=Math.max((B[3]-B[1])/U,1e-9);
var z=Math.floor(Math.log2(Math.min((w-2*P)/bw,(H-2*P)/bh)));z=Math.max(%(zmin)d,Math.min(%(zmax)d,z));
var s=Math.pow(2,z)/U,cx=(B[0]+B[2])/2,cy=(B[1]+B[3])/2;
svg.setAttribute("viewBox",[cx-w/2/s,cy-H/2/s,w/s,H/s].join(" "));}
fit(box.clientWidth);
var timer=setInterval(function(){var f=document.querySelector('iframe[title*="streamlit_folium"]')||
document.querySelector('iframe[src*="streamlit_folium"]'),done=Date.now()-t0>%(give_up)d;
if(f){var r=f.getBoundingClientRect();if(r.width>0){box.style.left=(r.left+window.scrollX)+"px";
box.style.top=(r.top+window.scrollY)+"px";if(Math.abs(box.clientWidth-r.width)>1){box.style.width=r.width+"px";fit(r.width);}}
try{done=done||!!(f.contentWindow.atlas&&f.contentWindow.atlas.ready);}catch(e){done=true;}}
if(done){clearInterval(timer);box.remove();}},50);})();"""

# Where Streamlit lays the map's frame out in app.py's page (wide layout, 300 px sidebar, columns [3, 2],
# medium gap; measured in Chromium at 1024-1920 px): the script moves the picture onto the frame as soon
# as the frame exists, so this only has to be right for the first second.
_CSS = (
    "#%(id)s{position:absolute;left:380px;top:226px;width:calc(60vw - 292px);height:%(h)dpx;z-index:999990;"
    "background:#f4f2ec;pointer-events:none;overflow:hidden}"
    "#%(id)s svg{width:100%%;height:100%%;display:block}"
    "#%(id)s path{vector-effect:non-scaling-stroke}"
    "#%(id)s .pv-label{position:absolute;right:8px;bottom:4px;font:11px sans-serif;color:#555;"
    "background:rgba(255,255,255,.8);padding:1px 4px}"
)
MIN_WIDTH = 900  # px; below this Streamlit stacks or narrows the columns: no picture rather than a wrong one


def preview_html(geometry: Mapping[str, Any], bounds: Sequence[Sequence[float]], label: str,
                 attribution: Iterable[str] = ()) -> str:
    """The HTML block (style, picture, script) to put right after ``<body>`` of the page.

    ``label`` (e.g. "地图加载中…") and ``attribution`` are plain text, escaped here; everything else is
    numbers and the style module's colours.
    """
    box = fit_box(bounds)
    shapes = "".join(svg_shapes(geometry))
    note = " · ".join(html.escape(a) for a in (label, *attribution) if a)
    params = {
        "id": ELEMENT_ID, "box": json.dumps(box), "h": MAP_HEIGHT, "pad": FIT_PADDING, "units": UNITS,
        "zmin": MIN_ZOOM, "zmax": MAX_ZOOM, "give_up": GIVE_UP_MS, "min_width": MIN_WIDTH,
    }  # fmt: skip
    return (
        f"<style>{_CSS % params}</style>"
        f'<div id="{ELEMENT_ID}" aria-hidden="true">'
        f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="{box[0]} {box[1]} {box[2] - box[0]} {box[3] - box[1]}" '
        f'preserveAspectRatio="xMidYMid meet">{shapes}</svg>'
        f'<div class="pv-label">{note}</div></div>'
        f"<script>{_SCRIPT % params}</script>"
    )
