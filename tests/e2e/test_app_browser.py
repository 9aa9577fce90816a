"""The explorer in a real browser (Debian's Chromium), offline, as a new user opens it.

Checks what the issue asks: the map draws the expected number of shapes, no request leaves localhost,
no console error; toggling a layer hides its shapes; clicking a designation shows its quote; a download
returns valid GeoJSON. Screenshots go to ``.cache/e2e-shots/`` for reviewers.
"""

from __future__ import annotations

import json
import time
from pathlib import Path
from typing import Any

import harness
import pytest

pytestmark = pytest.mark.browser
SHOTS = harness.REPO / ".cache" / "e2e-shots"


def expected_parts() -> tuple[int, dict[str, int], Any]:
    """Shapes the default view must draw: one SVG path per part of every located designation."""
    from geo.mapview import atlas_payload
    from geo.table import load_table

    table = load_table()
    payload = atlas_payload(table.gdf)
    by_doc: dict[str, int] = {}
    docs = dict(zip(table.gdf["id"], table.gdf["doc"], strict=True))
    for d in payload["designations"]:
        parts = payload["geometry"]["parts"][str(d["i"])]
        by_doc[docs[d["id"]]] = by_doc.get(docs[d["id"]], 0) + len(parts)
    return sum(by_doc.values()), by_doc, table


def open_app(page: Any, url: str) -> tuple[harness.PageLog, Any, float]:
    log = harness.watch(page)
    t0 = time.monotonic()
    page.goto(url)
    frame = harness.map_frame(page)
    deadline = time.monotonic() + 20
    while harness.count_features(frame) == 0 and time.monotonic() < deadline:
        page.wait_for_timeout(50)
    return log, frame, time.monotonic() - t0


def shot(page: Any, name: str) -> Path:
    SHOTS.mkdir(parents=True, exist_ok=True)
    path = SHOTS / f"{name}.png"
    page.screenshot(path=str(path))
    return path


def test_map_draws_every_feature_offline(page: Any, app_url: str) -> None:
    total, _, _ = expected_parts()
    log, frame, elapsed = open_app(page, app_url)
    page.wait_for_timeout(1000)  # let late requests (fonts, tiles) show up in the log
    assert total >= 20
    assert harness.count_features(frame) == total
    assert log.external() == [], f"requests left the machine: {log.external()[:5]}"
    assert log.console_errors == [] and log.page_errors == [], (log.console_errors, log.page_errors)
    # the legend and the layer tree are on the map, and the canvas has a sensible size
    assert frame.locator(".atlas-legend .atlas-legend-industry").count() >= 1
    assert frame.locator(".leaflet-control-layers-tree, .leaflet-control-layers").count() >= 1
    box = frame.locator("#map_div").bounding_box()
    assert box is not None and box["height"] >= 400 and box["width"] >= 400
    shot(page, "01-default-view")
    print(f"first features after {elapsed:.2f}s")  # shown with pytest -s


def test_picture_of_the_default_map_comes_first_and_gives_way(page: Any, app_url: str) -> None:
    """The first HTML response holds the server-drawn picture (one path per designation part), the page
    shows it in the map frame's place before the map is drawn, and it is gone once the map is ready."""
    import urllib.request

    total, _, _ = expected_parts()
    with urllib.request.urlopen(app_url) as response:  # what a browser gets first, before any script runs
        document = response.read().decode("utf-8")
    assert document.count('class="pv-d"') == total
    log = harness.watch(page)
    page.goto(app_url, wait_until="commit")
    picture = page.locator("#atlas-preview")
    picture.locator("path").first.wait_for(state="visible", timeout=10_000)
    first_box = picture.bounding_box()
    drawn = [f for f in page.frames if "streamlit_folium" in f.url]
    assert not drawn or harness.count_features(drawn[0]) == 0, "the picture should be on screen before the map"
    frame = harness.map_frame(page)
    deadline = time.monotonic() + 20
    while harness.count_features(frame) == 0 and time.monotonic() < deadline:
        page.wait_for_timeout(50)
    picture.wait_for(state="detached", timeout=5_000)
    iframe = page.locator("iframe[src*=streamlit_folium]").bounding_box()
    assert first_box is not None and iframe is not None
    # it was laid where the map frame ended up (the top may move while Streamlit lays the page out)
    assert abs(first_box["x"] - iframe["x"]) <= 3 and abs(first_box["width"] - iframe["width"]) <= 3
    assert abs(first_box["y"] - iframe["y"]) <= 40 and abs(first_box["height"] - iframe["height"]) <= 3
    assert log.console_errors == [] and log.page_errors == [], (log.console_errors, log.page_errors)


def test_toggling_a_document_hides_its_shapes(page: Any, app_url: str) -> None:
    total, by_doc, table = expected_parts()
    _, frame, _ = open_app(page, app_url)
    doc = max(by_doc, key=by_doc.get)
    meta = table.docs[doc]
    title = str(meta.value("title"))
    label = frame.locator(".leaflet-layerstree-header", has_text=title).first
    label.locator("input[type=checkbox]").first.uncheck()
    assert harness.count_features(frame) == total - by_doc[doc]
    shot(page, "02-document-toggled-off")
    label.locator("input[type=checkbox]").first.check()
    assert harness.count_features(frame) == total
    # boundaries follow the zoom on the client: counties appear when zoomed in, no rerun needed
    levels = "window.atlas.boundaryLevels.filter(l => window.atlas.boundaries.hasLayer(l.layer)).map(l => l.level)"
    assert "county" not in frame.evaluate(levels)
    frame.evaluate("() => { window.atlas.map.setZoom(9, {animate: false}); }")
    assert "county" in frame.evaluate(levels)


def test_clicking_a_designation_shows_its_quote(page: Any, app_url: str) -> None:
    _, _, table = expected_parts()
    _, frame, _ = open_app(page, app_url)
    gdf = table.gdf
    sites = gdf[(gdf["kind"] == "site") & gdf.geometry.notna()]
    frame.locator(f"path.atlas-d-{sites.iloc[0]['id']}").first.click(force=True)
    # several sites can share a unit seat: the one on top is the one clicked; its tooltip names it
    tip = frame.evaluate("window.__GLOBAL_DATA__.last_object_clicked_tooltip")
    clicked = tip.rsplit("#", 1)[1].strip()
    row = gdf[gdf["id"] == clicked].iloc[0]
    quote = str(row["quote"]).strip()
    page.locator(".atlas-quote", has_text=quote[:15]).first.wait_for(timeout=20_000)
    assert page.locator(".atlas-quote").first.inner_text().strip() == quote
    assert str(row["name"]) in page.locator(".atlas-detail").first.inner_text()
    # the map stayed mounted: same frame, features still drawn
    assert harness.count_features(frame) > 0
    shot(page, "03-clicked-designation")


def test_selection_download_is_valid_geojson(page: Any, app_url: str) -> None:
    _, _, table = expected_parts()
    open_app(page, app_url)
    button = page.get_by_role("button", name="当前选择 GeoJSON")
    with page.expect_download() as info:
        button.click()
    data = json.loads(Path(info.value.path()).read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection"
    assert len(data["features"]) == len(table.gdf)
    assert {f["properties"]["id"] for f in data["features"]} == set(table.gdf["id"])


def test_place_search_zooms_the_mounted_map(page: Any, app_url: str) -> None:
    _, frame, _ = open_app(page, app_url)
    frame.evaluate("() => { window.__mounted_marker = 1; }")
    box = page.get_by_role("textbox", name="地名搜索")
    box.fill("库尔勒")
    box.press("Enter")
    page.get_by_text("涉及 库尔勒市 的布局", exact=False).first.wait_for(timeout=20_000)
    deadline = time.monotonic() + 10
    view = None
    while time.monotonic() < deadline:
        view = frame.evaluate(
            "() => { const m = window.atlas.map; const c = m.getCenter(); return [m.getZoom(), c.lat, c.lng]; }"
        )
        if view[0] == 9:
            break
        page.wait_for_timeout(100)
    assert view is not None and view[0] == 9, view
    assert abs(view[1] - 41.76) < 0.3 and abs(view[2] - 86.15) < 0.3, view  # 库尔勒市 seat
    assert frame.evaluate("window.__mounted_marker") == 1  # same map instance: not re-mounted
    shot(page, "05-place-search")
