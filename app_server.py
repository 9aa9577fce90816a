"""Start-up of the explorer's server: ``app.py`` is also an ``st.App`` whose lifespan runs :func:`lifespan`.

A new visitor of a just-started ``streamlit run app.py`` used to wait for two things that had nothing to
do with them (``bench/README.md`` has the figures):

- Streamlit's ~3 MB JS bundle sent uncompressed (the gzip switch below could only be flipped by the first
  script run, after that visitor's bundle had gone out): flipped at start-up.
- The first script run importing folium and pandas and building the table and the map payload (~1.7 s):
  done at start-up, into the very cache entries the page reads (``app_cache.py``).
- Streamlit's ~100 JS chunks read from disk and gzipped again for every visitor, on the thread pool, while
  the first script run holds the GIL: read and compressed once at start-up, answered from memory
  (``app_bundle.py``).
- Streamlit's front end, the map frame and Leaflet starting before anything is drawn (~2 s): the start-up
  also draws the default view as a static picture that the page shows from its first paint until the
  interactive map is ready (``app_preview.py``, :mod:`geo.mapview.preview`).

The lifespan runs before the server accepts its first connection (health answers only after it), so the
first visitor is served like every later one. Nothing here is needed for correctness: a step that fails
is logged and the page then does the work itself, as it always could.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

LOG = logging.getLogger("layout_atlas.server")


def compress_streamlit_bundle() -> bool:
    """Let Streamlit gzip its own JS/CSS bundle (~2.9 MB uncompressed, ~0.8 MB gzipped); True if on.

    Streamlit deliberately serves ``/static/`` uncompressed, expecting a compressing proxy in front;
    this app is meant to run as it is, on a laptop or an intranet box without one, where those bytes are
    most of what a new visitor downloads. The switch is a private function of Streamlit's gzip
    middleware, looked up on every request; if a Streamlit release renames it, nothing changes except
    the page size, and a warning says so (``tests/test_app_server.py`` fails on it).
    """
    try:
        from streamlit.web.server.starlette import starlette_gzip_middleware as gz
    except ImportError:
        LOG.warning("Streamlit gzip middleware not found: JS bundle served uncompressed")
        return False
    current = getattr(gz, "_should_bypass_gzip", None)
    if current is None:
        LOG.warning("Streamlit gzip switch not found: JS bundle served uncompressed")
        return False
    if getattr(current, "_atlas", False):
        return True

    def bypass_root_only(path: str, base_url: str = "") -> bool:
        return gz._strip_base_url(path, base_url) in ("", "/")

    bypass_root_only._atlas = True  # type: ignore[attr-defined]
    gz._should_bypass_gzip = bypass_root_only
    return True


def warm() -> float:
    """Import the page's libraries, fill the default view's caches and draw its picture; seconds spent.

    0 if skipped. The boundary cache is only read, never built here: building takes minutes and belongs to set-up
    (``python -m geo build``); without it the page builds it lazily, as before.
    """
    from geo import boundaries

    t0 = time.perf_counter()
    import folium
    import folium.plugins  # noqa: F401

    if not boundaries.cache_path().exists():
        LOG.warning("boundary cache not built yet: skipping the warm-up (run `python -m geo build`)")
        return 0.0
    import app_cache
    import app_preview

    data = app_cache.warm_default_view()
    try:
        if os.environ.get("LAYOUT_ATLAS_PREVIEW", "1") != "0":  # "0": no picture (A/B in bench/README.md)
            app_preview.STATE.set_part("picture", app_preview.build_block(data))
    except Exception:  # the picture is a nicety: without it the page is as before
        LOG.exception("map preview not drawn; the page starts without it")
    return time.perf_counter() - t0


@asynccontextmanager
async def lifespan(app: Any) -> AsyncIterator[None]:
    """Runs once when the server starts, before it accepts connections (so health waits for it)."""
    compress_streamlit_bundle()
    if os.environ.get("LAYOUT_ATLAS_BUNDLE_CACHE", "1") != "0":  # "0": Streamlit's own route (A/B)
        import app_bundle

        try:
            LOG.info("front-end bundle in memory in %.2f s", app_bundle.STATE.load())
        except OSError:  # Streamlit's own route still serves every file
            LOG.exception("front-end bundle not loaded; Streamlit serves it from disk")
    try:
        spent = warm()
        LOG.info("warm-up done in %.2f s", spent)
    except Exception:  # a warm-up failure must not stop the server: the page redoes the work and reports it
        LOG.exception("warm-up failed; the first visitor's page will do the work")
    yield


# --- cache headers for the app's own static files -------------------------------------------------------------
# Streamlit serves static/ with an ETag but no Cache-Control, so a returning browser revalidates each file the
# map frame loads, one after another (frame -> Leaflet -> layer tree -> payload). Published payloads are named by
# the hash of their content (geo.mapview.publish) and never change: cached for good. Vendored files change only
# when set-up vendors another pinned version: a day.
CACHE_RULES: tuple[tuple[str, str], ...] = (
    ("/app/static/cache/atlas-", "public, max-age=31536000, immutable"),
    ("/app/static/vendor/", "public, max-age=86400"),
)


def cache_control_for(path: str) -> str | None:
    """The Cache-Control value for a request path, or None to leave Streamlit's answer as it is."""
    return next((value for prefix, value in CACHE_RULES if path.startswith(prefix)), None)


class StaticCacheHeaders:
    """ASGI middleware: adds :data:`CACHE_RULES` to successful GET answers that have no Cache-Control."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        value = cache_control_for(scope.get("path", "")) if scope["type"] == "http" else None
        if value is None or scope.get("method") not in ("GET", "HEAD"):
            await self.app(scope, receive, send)
            return

        async def with_header(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start" and message.get("status") == 200:
                headers = list(message.get("headers", []))
                if not any(k.lower() == b"cache-control" for k, _ in headers):
                    headers.append((b"cache-control", value.encode()))
                message = {**message, "headers": headers}
            await send(message)

        await self.app(scope, receive, with_header)


def middleware() -> list[Any]:
    """The app's middleware (Starlette ``Middleware`` objects), outermost first."""
    from starlette.middleware import Middleware

    from app_bundle import BundleFromMemory
    from app_preview import PreviewIndex

    return [Middleware(BundleFromMemory), Middleware(PreviewIndex), Middleware(StaticCacheHeaders)]
