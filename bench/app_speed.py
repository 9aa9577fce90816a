"""Speed of the explorer against a naive page, in one run, side by side.

For each page (our ``app.py``; ``bench/naive_page.py`` with folium's CDN defaults; the same naive page
with local assets so its drawing can be timed offline) it reports, in Debian's Chromium via Playwright:

- time from navigation to the first drawn feature: cold (first visitor after the server started), warm
  (a new visitor, empty browser cache, server caches filled) and revisit (the same browser again, its
  HTTP cache filled); warm and revisit are medians of 3. Two figures: ``first_feature_s`` is the first
  shape on screen, whichever comes first of the server-drawn picture of the default view (``app_preview.py``,
  painted from the first HTML response) and the interactive map; ``interactive_map_s`` is the first SVG
  path in the Leaflet map frame (what a user can hover and click). The naive page has no picture, so
  both are the same there;
- bytes received by the browser (HTTP bodies as transferred + WebSocket payloads), and how many
  requests left localhost;
- for our app: WebSocket messages sent to the server while panning, zooming and toggling a layer
  (0 = no Streamlit rerun; these happen on the client);
- server time of a rerun (``streamlit.testing`` AppTest, caches warm), median of 5.

Budgets for the default view (issue 5): first feature ≤ 1.5 s, ≤ 1.5 MB sent, no rerun on pan/zoom.
Usage: ``.venv/bin/python bench/app_speed.py [--only app] [--json out.json]``.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "tests" / "e2e"))
sys.path.insert(0, str(REPO))

import harness  # noqa: E402

FEATURE_JS = "document.querySelectorAll('path.atlas-feature, path.leaflet-interactive').length"
BUDGET_SECONDS = 1.5
BUDGET_BYTES = 1_500_000
REPEAT = 3  # warm and revisit timings are medians of this many page loads


class Meter:
    """Counts bytes received (CDP Network events) and WebSocket frames sent for one page."""

    def __init__(self, page: Any) -> None:
        self.http = 0
        self.ws_in = 0
        self.ws_out = 0
        self.requests: list[str] = []
        cdp = page.context.new_cdp_session(page)
        cdp.send("Network.enable")
        cdp.on("Network.loadingFinished", self._add_http)
        cdp.on("Network.webSocketFrameReceived", self._add_ws_in)
        cdp.on("Network.webSocketFrameSent", lambda e: self._add_ws_out())
        page.on("request", lambda r: self.requests.append(r.url))

    def _add_http(self, e: dict[str, Any]) -> None:
        self.http += int(e.get("encodedDataLength", 0))

    def _add_ws_in(self, e: dict[str, Any]) -> None:
        resp = e.get("response", {})
        data = resp.get("payloadData", "")
        self.ws_in += len(data) * 3 // 4 if resp.get("opcode") == 2 else len(data.encode())

    def _add_ws_out(self) -> None:
        self.ws_out += 1

    @property
    def total(self) -> int:
        return self.http + self.ws_in


# Records when the server-drawn picture of the default map (app_preview.py) is first painted in the page:
# a MutationObserver catches the element as the HTML parser adds it, two animation frames later it is on
# screen. performance.now() counts from the navigation's start.
PREVIEW_PAINT_JS = """
(() => {
  if (window.top !== window) { return; }
  const seen = () => {
    if (!document.querySelector('#atlas-preview path')) { return false; }
    requestAnimationFrame(() => requestAnimationFrame(() => { window.__atlasPreviewPainted = performance.now(); }));
    return true;
  };
  const mo = new MutationObserver(() => { if (seen()) { mo.disconnect(); } });
  mo.observe(document, { childList: true, subtree: true });
})();
"""


@dataclass
class Load:
    """One page load: seconds to the interactive map's first feature and to the picture's paint."""

    interactive: float | None
    preview: float | None
    meter: Meter

    @property
    def first(self) -> float | None:
        """First drawn feature of either (the picture shows the same shapes, in the same place)."""
        times = [t for t in (self.interactive, self.preview) if t is not None]
        return min(times) if times else None


def first_feature(page: Any, url: str, timeout: float = 30.0) -> Load:
    """Load ``url``; the interactive map's first feature (in the map frame) and the picture's paint."""
    meter = Meter(page)
    page.add_init_script(PREVIEW_PAINT_JS)
    t0 = time.monotonic()
    page.goto(url)
    deadline = t0 + timeout
    interactive = None
    while interactive is None and time.monotonic() < deadline:
        for frame in page.frames:
            if "streamlit_folium" in frame.url:
                try:
                    if frame.evaluate(FEATURE_JS) > 0:
                        interactive = time.monotonic() - t0
                except Exception:  # frame still loading
                    pass
        if interactive is None:
            page.wait_for_timeout(20)
    painted = page.evaluate("() => window.__atlasPreviewPainted || null")
    return Load(interactive, painted / 1000 if painted is not None else None, meter)


def client_side_interaction(page: Any, meter: Meter) -> dict[str, int]:
    """WebSocket messages sent while panning, zooming and toggling a document layer."""
    frame = harness.map_frame(page)
    page.wait_for_timeout(1500)  # let the first component value settle
    sent = {}
    before = meter.ws_out
    frame.evaluate("() => { window.atlas.map.panBy([120, 60], {animate: false}); }")
    frame.evaluate("() => { const m = window.atlas.map; m.setZoom(m.getZoom() + 1, {animate: false}); }")
    page.wait_for_timeout(1500)
    sent["pan_zoom"] = meter.ws_out - before
    before = meter.ws_out
    frame.locator(".leaflet-layerstree-header input[type=checkbox]").nth(1).uncheck()
    page.wait_for_timeout(1500)
    sent["toggle"] = meter.ws_out - before
    return sent


def rerun_seconds(script: str, env: dict[str, str] | None = None, runs: int = 5) -> float:
    """Median server time of a rerun with warm caches (AppTest in this process)."""
    import os

    from streamlit.testing.v1 import AppTest

    old = {k: os.environ.get(k) for k in (env or {})}
    os.environ.update(env or {})
    try:
        at = AppTest.from_file(str(REPO / script), default_timeout=120)
        at.run()
        times = []
        for _ in range(runs):
            t = time.perf_counter()
            at.run()
            times.append(time.perf_counter() - t)
        return statistics.median(times)
    finally:
        for k, v in old.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _interactive(load: Load) -> float | None:
    return load.interactive


def measure(script: str, env: dict[str, str] | None, interact: bool) -> dict[str, Any]:
    out: dict[str, Any] = {"page": script + (" (local assets)" if env else "")}
    with harness.running_app(script, env=env) as url, harness.browser() as browser:
        timeout = 30.0 if interact else 90.0
        ctx = browser.new_context(viewport={"width": 1400, "height": 950})
        runs: dict[str, list[Load]] = {"cold": [], "warm": [], "revisit": []}
        page = ctx.new_page()
        runs["cold"].append(first_feature(page, url, timeout))  # first visitor after the server started
        page.close()
        ctx.close()
        for _ in range(REPEAT):
            ctx = browser.new_context(viewport={"width": 1400, "height": 950})
            page = ctx.new_page()
            runs["warm"].append(first_feature(page, url, timeout))  # a new visitor: empty browser cache
            page.wait_for_timeout(500)
            if interact and "ws_messages_sent" not in out and runs["warm"][-1].interactive is not None:
                out["ws_messages_sent"] = client_side_interaction(page, runs["warm"][-1].meter)
            page.close()
            page = ctx.new_page()
            runs["revisit"].append(first_feature(page, url, timeout))  # the same browser again
            page.close()
            ctx.close()
        for label, results in runs.items():
            for name, pick in (("first_feature_s", Load.first.fget), ("interactive_map_s", _interactive)):
                times = [pick(r) for r in results]
                ok = all(t is not None for t in times)
                out[f"{name}_{label}"] = round(statistics.median(times), 3) if ok else None  # type: ignore[type-var]
            meter = results[0].meter
            out[f"bytes_{label}"] = meter.total
            out[f"bytes_ws_{label}"] = meter.ws_in
            out[f"external_requests_{label}"] = sum(not harness.is_local(u) for u in meter.requests)
    out["rerun_server_s"] = round(rerun_seconds(script, env), 3)
    return out


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", type=Path, help="also write the results here")
    parser.add_argument(
        "--only", choices=["app"], help="measure only app.py (about 2 min instead of ~10; no naive columns)"
    )
    args = parser.parse_args(argv)
    rows = [measure("app.py", None, interact=True)]
    if args.only is None:
        rows.append(measure("bench/naive_page.py", None, interact=False))
        rows.append(measure("bench/naive_page.py", {"NAIVE_LOCAL_ASSETS": "1"}, interact=False))
    keys = sorted({k for r in rows for k in r if k != "page"})
    width = max(len(k) for k in keys)
    print(f"{'':{width}}  " + "  ".join(f"{r['page']:>34}" for r in rows))
    for k in keys:
        print(f"{k:{width}}  " + "  ".join(f"{json.dumps(r.get(k, '-'), ensure_ascii=False):>34}" for r in rows))
    ours = rows[0]
    verdict = {
        "first_feature_within_1.5s": all(  # the first visitor after a start too, not only later ones
            ours[f"first_feature_s_{k}"] is not None and ours[f"first_feature_s_{k}"] <= BUDGET_SECONDS
            for k in ("cold", "warm")
        ),
        "interactive_map_within_1.5s": all(
            ours[f"interactive_map_s_{k}"] is not None and ours[f"interactive_map_s_{k}"] <= BUDGET_SECONDS
            for k in ("cold", "warm")
        ),
        "bytes_within_1.5MB": ours["bytes_warm"] <= BUDGET_BYTES,
        "no_rerun_on_pan_zoom": ours.get("ws_messages_sent", {}).get("pan_zoom", 1) == 0,
        "no_rerun_on_toggle": ours.get("ws_messages_sent", {}).get("toggle", 1) == 0,
        "no_external_request": ours["external_requests_cold"] == 0,
    }
    print("budgets: " + ", ".join(f"{k}={'ok' if v else 'OVER'}" for k, v in verdict.items()))
    if args.json:
        args.json.write_text(json.dumps({"pages": rows, "budgets": verdict}, indent=1, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
