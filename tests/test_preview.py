"""The server-drawn picture of the default map (geo/mapview/preview.py) and the middleware that serves it.

Known answers for the projection and for the zoom Leaflet picks (measured in Chromium on the real page),
property tests for the path encoding, and the middleware driven as an ASGI app: insertion, gzip, ETag/304,
and everything else passing through untouched.
"""

from __future__ import annotations

import ast
import gzip
import re
from pathlib import Path
from typing import Any

import asgi_helpers
import numpy as np
import pytest
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

import app_preview
from geo.mapview import preview, publish

REPO = Path(__file__).resolve().parents[1]
#: The default view's bounds on the bundled layers ([[south, west], [north, east]], map_bounds).
SEED_BOUNDS = [[34.58477506754749, 74.46212685349208], [46.21152347346528, 114.56292661826876]]


def test_projection_known_answers() -> None:
    x, y = preview.project(np.array([0.0, 180.0, -180.0]), np.array([0.0, 0.0, 0.0]))
    assert list(x) == [128 * preview.UNITS, 256 * preview.UNITS, 0.0]
    assert np.allclose(y, 128 * preview.UNITS)
    _, top = preview.project(np.array([0.0]), np.array([preview.MAX_LAT]))
    assert abs(top[0]) < 1e-3  # Web Mercator's top edge is y = 0
    # 45°N: y = (1 - ln(tan(45°) + sec(45°)) / π) / 2 * 256 zoom-0 px
    _, y45 = preview.project(np.array([0.0]), np.array([45.0]))
    assert y45[0] / preview.UNITS == pytest.approx(92.0896, abs=1e-3)  # Leaflet: latLngToPoint([45, 0], 0).y


@pytest.mark.parametrize(
    ("width", "leaflet_zoom"),
    # the map frame's width and the zoom Leaflet chose for the seed layers (Chromium, app.py, 2026-11-22)
    [(476, 3), (668, 4), (860, 4), (322, 3), (265, 2)],
)
def test_fit_zoom_matches_leaflets_fit_bounds(width: int, leaflet_zoom: int) -> None:
    box = preview.fit_box(SEED_BOUNDS)
    expected = max(preview.MIN_ZOOM, leaflet_zoom)  # the map's min_zoom=3 clamps what fitBounds would pick
    assert preview.fit_zoom(box, width) == expected


def test_map_height_is_the_pages() -> None:
    tree = ast.parse((REPO / "app.py").read_text(encoding="utf-8"))
    value = next(
        n.value.value for n in tree.body
        if isinstance(n, ast.Assign) and any(getattr(t, "id", "") == "MAP_HEIGHT" for t in n.targets)
        and isinstance(n.value, ast.Constant)
    )  # fmt: skip
    assert value == preview.MAP_HEIGHT


_NUM = re.compile(r"-?\d+")


def _decode(d: str) -> list[list[tuple[int, int]]]:
    """Inverse of preview._ring_d for our subset: M x y, then l with relative integer pairs, h0, z."""
    rings = []
    for chunk in re.findall(r"M[^M]*", d):
        head, _, rest = chunk.partition("l")
        x, y = (int(v) for v in _NUM.findall(head)[:2])
        pts = [(x, y)]
        nums = [int(v) for v in _NUM.findall(rest.rstrip("z"))] if rest else []
        for dx, dy in zip(nums[::2], nums[1::2], strict=True):
            x, y = x + dx, y + dy
            pts.append((x, y))
        rings.append(pts)
    return rings


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.floats(70.0, 135.0), st.floats(18.0, 53.0)), min_size=3, max_size=30, unique=True
    )
)
def test_line_path_data_decodes_to_the_projected_vertices(points: list[tuple[float, float]]) -> None:
    """Every vertex the path keeps lies within half a unit of the projected input (integer rounding)."""
    line = shapely.LineString(points)
    d = preview.path_data(line)
    decoded = [p for ring in _decode(d) for p in ring]
    xs, ys = preview.project(np.array([p[0] for p in points]), np.array([p[1] for p in points]))
    projected = np.column_stack([xs, ys])
    assert decoded, d
    first = np.rint(projected[0])
    assert decoded[0] == (int(first[0]), int(first[1]))  # simplification keeps the end points
    last = np.rint(projected[-1])
    assert decoded[-1] == (int(last[0]), int(last[1]))
    for x, y in decoded:
        assert np.min(np.hypot(projected[:, 0] - x, projected[:, 1] - y)) <= 0.71


def test_shapes_follow_the_payload_parts_and_escape_the_label() -> None:
    square = {"type": "Polygon", "coordinates": [[[100, 30], [101, 30], [101, 31], [100, 31], [100, 30]]]}
    geometry = {
        "boundaries": [
            {"level": "province", "minZoom": 0, "maxZoom": 30, "geojson": {"type": "GeometryCollection",
             "geometries": [square]}},
            {"level": "county", "minZoom": 8, "maxZoom": 30, "geojson": {"type": "GeometryCollection",
             "geometries": [square]}},
        ],
        "parts": {
            "0": [{"r": "fill", "g": square, "s": {"color": "#1f77b4", "fillColor": "#1f77b4", "weight": 1.5}}],
            "1": [{"r": "site", "g": {"type": "Point", "coordinates": [100.5, 30.5]},
                   "s": {"color": "#d62728", "radius": 6, "weight": 2}}],
        },
    }  # fmt: skip
    block = preview.preview_html(geometry, [[30, 100], [31, 101]], "<script>alert(1)</script>", ["A & B"])
    assert block.count('class="pv-b"') == 1  # the province level only: counties start at zoom 8
    assert block.count('class="pv-d"') == 2
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in block and "<script>alert" not in block
    assert "A &amp; B" in block
    assert 'aria-hidden="true"' in block and "pointer-events:none" in block


def test_published_geometry_is_read_back(tmp_path: Path) -> None:
    url = publish.publish({"parts": {}, "boundaries": []}, static_dir=tmp_path)
    assert publish.read(url, static_dir=tmp_path) == {"parts": {}, "boundaries": []}
    assert publish.read("/app/static/cache/../../secret.json", static_dir=tmp_path) is None
    assert publish.read("/app/static/cache/atlas-00000000000000000000.json", static_dir=tmp_path) is None


INDEX = b"<!DOCTYPE html><html><head></head><body class='x'><div id='root'></div></body></html>"


def _inner(status: int = 200, ctype: bytes = b"text/html; charset=utf-8", body: bytes = INDEX) -> Any:
    async def app(scope: Any, receive: Any, send: Any) -> None:
        headers = [(b"content-type", ctype), (b"content-length", str(len(body)).encode()), (b"etag", b'"orig"')]
        await send({"type": "http.response.start", "status": status, "headers": headers})
        await send({"type": "http.response.body", "body": body})

    return app


def _call(app: Any, path: str = "/", headers: list[tuple[bytes, bytes]] | None = None,
          method: str = "GET") -> tuple[int, dict[bytes, bytes], bytes]:
    return asgi_helpers.call(app, path, headers, method)


def _state() -> app_preview.PreviewState:
    state = app_preview.PreviewState()
    state.set_part("picture", "<div id='atlas-preview'>P</div>")
    return state


def test_root_document_gets_the_picture_after_body() -> None:
    status, headers, body = _call(app_preview.PreviewIndex(_inner(), _state()))
    assert status == 200
    assert body == INDEX.replace(b"<body class='x'>", b"<body class='x'><div id='atlas-preview'>P</div>")
    assert int(headers[b"content-length"]) == len(body)
    assert headers[b"etag"] != b'"orig"' and headers[b"cache-control"] == b"no-cache"


def test_gzip_and_etag_revalidation() -> None:
    app = app_preview.PreviewIndex(_inner(), _state())
    status, headers, body = _call(app, headers=[(b"accept-encoding", b"gzip, deflate")])
    assert status == 200 and headers[b"content-encoding"] == b"gzip"
    assert b"atlas-preview" in gzip.decompress(body)
    status, again, body = _call(app, headers=[(b"accept-encoding", b"gzip"), (b"if-none-match", headers[b"etag"])])
    assert status == 304 and body == b"" and again[b"etag"] == headers[b"etag"]


@pytest.mark.parametrize(
    ("inner", "path", "method"),
    [
        (_inner(), "/static/js/index.js", "GET"),  # not the root document
        (_inner(), "/", "POST"),
        (_inner(status=404), "/", "GET"),
        (_inner(ctype=b"application/json"), "/", "GET"),
    ],
)
def test_everything_else_passes_through(inner: Any, path: str, method: str) -> None:
    _, headers, body = _call(app_preview.PreviewIndex(inner, _state()), path=path, method=method)
    assert body == INDEX and headers[b"etag"] == b'"orig"'


def test_without_a_picture_the_document_is_untouched() -> None:
    _, headers, body = _call(app_preview.PreviewIndex(_inner(), app_preview.PreviewState()))
    assert body == INDEX and headers[b"etag"] == b'"orig"'
