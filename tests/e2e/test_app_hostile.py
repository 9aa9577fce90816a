"""Hostile inputs in a real browser: markup in a layer file is shown as text and never runs.

A temporary layer (given to the app with ``LAYOUT_ATLAS_LAYERS``) puts ``<img src=x onerror=alert(1)>``
and ``<script>`` into the document title, group, name, industry, section, notes, quote and document
text; a second, broken layer file sits beside it. The page must draw the good layer, report the broken
one in place, and — after hovering, clicking and opening the document viewer — have opened no dialog,
created no injected element and run no injected script, in the page or in the map frame.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import harness
import pytest

pytestmark = pytest.mark.browser

IMG = "<img src=x onerror=alert(1)>"
SCRIPT = "<script>window.__pwned=1;alert(2)</script>"
SENTENCE_1 = f"在库尔勒建设{IMG}石化基地{SCRIPT}。"
SENTENCE_2 = "在昌吉州发展<img src=x onerror=alert(3)>装备制造产业。"
TEXT = f"一、总体布局\n{SENTENCE_1}\n{SENTENCE_2}\n"


def _layer(text_rel: str) -> str:
    s1 = TEXT.index(SENTENCE_1)
    s2 = TEXT.index(SENTENCE_2)
    q = json.dumps  # YAML accepts JSON strings: no quoting mistakes with < > " '
    return f"""doc: xss_e2e
text: {text_rel}
meta:
  title: {{value: {q("<script>window.__pwned=1</script>标题" + IMG)}, inferred: true, evidence: "test"}}
  year: {{value: 2020, inferred: true, evidence: "test"}}
  region: {{value: "650000", inferred: true, evidence: "test"}}
designations:
  - id: xss-site-korla
    group: {q(IMG + "布局组")}
    name: {q(IMG + "库尔勒" + SCRIPT)}
    kind: site
    industry: {q("<b onmouseover=alert(4)>石化</b>")}
    industry_en: petrochemicals
    places: [库尔勒]
    members: ["652801"]
    quote: {q(SENTENCE_1)}
    span: [{s1}, {s1 + len(SENTENCE_1)}]
    section: {q("<script>alert(5)</script>一、总体布局")}
    horizon: null
    status: planned
    review: reviewed
    notes:
      - {q("<img src=x onerror=alert(6)> note")}
  - id: xss-area-changji
    group: {q(IMG + "布局组")}
    name: {q("昌吉" + IMG)}
    kind: area
    industry: 装备制造
    industry_en: equipment
    places: [昌吉州]
    members: ["652300"]
    quote: {q(SENTENCE_2)}
    span: [{s2}, {s2 + len(SENTENCE_2)}]
    section: "一、总体布局"
    horizon: 2025
    status: planned
    review: reviewed
    notes: []
"""


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    # the loader reads document texts relative to the repo root only, so the text goes under .cache/
    text_dir = harness.REPO / ".cache" / f"e2e-xss-{uuid.uuid4().hex[:8]}"
    text_dir.mkdir(parents=True)
    (text_dir / "doc.txt").write_text(TEXT, encoding="utf-8")
    layers = tmp_path_factory.mktemp("hostile-layers")
    (layers / "xss_e2e.yaml").write_text(_layer(f".cache/{text_dir.name}/doc.txt"), encoding="utf-8")
    (layers / "broken.yaml").write_text("doc: broken\ndesignations: [\n  - {id: 1\n", encoding="utf-8")
    try:
        with harness.running_app(env={"LAYOUT_ATLAS_LAYERS": str(layers)}) as url:
            yield url
    finally:
        for p in text_dir.iterdir():
            p.unlink()
        text_dir.rmdir()


def _injected(frame_or_page: Any) -> dict[str, Any]:
    """Elements or globals the hostile strings would create if any of them were parsed as HTML.

    (The map frame's own script holds the strings as escaped JSON data; an injected ``<script>`` element
    would hold the bare ``window.__pwned`` statement.)
    """
    return frame_or_page.evaluate(
        """() => ({
            imgs: document.querySelectorAll('img[src="x"], img[src$="/x"]').length,
            pwned: typeof window.__pwned !== 'undefined',
            bolds: Array.from(document.querySelectorAll('b')).filter(b => b.hasAttribute('onmouseover')).length,
            scripts: Array.from(document.scripts).filter(s => s.textContent.trim().startsWith('window.__pwned')).length,
        })"""
    )


def test_markup_from_layers_is_shown_as_text_and_never_runs(page: Any, hostile_app: str) -> None:
    log = harness.watch(page)
    page.goto(hostile_app)
    frame = harness.map_frame(page)
    page.wait_for_timeout(500)
    assert harness.count_features(frame) >= 2
    # the broken layer is reported in place, the good one is drawn
    page.get_by_text("图层问题", exact=False).first.wait_for()
    # tooltip: hover the Korla marker; the name shows literally
    marker = frame.locator("path.atlas-d-xss-site-korla").first
    marker.hover(force=True)
    tip = frame.locator(".atlas-tip").first
    tip.wait_for()
    assert IMG in tip.inner_text()
    # the layer tree shows the group and title literally
    tree = frame.locator(".leaflet-control-layers").first.inner_text()
    assert "<script>window.__pwned=1</script>标题" in tree
    # click: the detail panel shows quote, name, industry, notes as text
    marker.click(force=True)
    quote = page.locator(".atlas-quote").first
    quote.wait_for(timeout=20_000)
    assert quote.inner_text().strip() == SENTENCE_1
    detail = page.locator(".atlas-detail").first.inner_text()
    assert "<b onmouseover=alert(4)>石化</b>" in detail and "onerror=alert(6)" in detail
    # the document viewer, with the sentence marked
    page.get_by_text("查看文件原文", exact=False).first.click()
    mark = page.locator("mark#atlas-quote").first
    mark.wait_for()
    assert mark.inner_text() == SENTENCE_1
    page.wait_for_timeout(1000)
    harness_shot = harness.REPO / ".cache" / "e2e-shots"
    harness_shot.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(harness_shot / "04-hostile-layer.png"))

    assert log.dialogs == [], log.dialogs
    for where in (page, frame):
        assert _injected(where) == {"imgs": 0, "pwned": False, "bolds": 0, "scripts": 0}
    assert log.external() == []
    assert log.page_errors == []


def test_bad_layer_dir_leaves_page_working(page: Any, tmp_path: Path) -> None:
    """Only broken layer files: a message in place, and the rest of the page (filters, map) still there."""
    (tmp_path / "bad.yaml").write_text("::: not yaml [", encoding="utf-8")
    with harness.running_app(env={"LAYOUT_ATLAS_LAYERS": str(tmp_path)}) as url:
        log = harness.watch(page)
        page.goto(url)
        page.get_by_text("图层问题", exact=False).first.wait_for(timeout=30_000)
        page.get_by_text("筛选").first.wait_for()
        assert log.page_errors == []
