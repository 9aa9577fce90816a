"""The explorer's server start-up (app_server.py): ``streamlit run app.py`` serves an ``st.App`` whose
lifespan gzips Streamlit's bundle and fills the page's caches before the first visitor arrives."""

from __future__ import annotations

import re
import sys
import urllib.request
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

REPO = Path(__file__).resolve().parent.parent
APP = REPO / "app.py"
sys.path.insert(0, str(REPO / "tests" / "e2e"))


def test_streamlit_run_app_py_serves_the_st_app() -> None:
    """Streamlit decides by reading app.py: without the ``app = st.App(...)`` line no lifespan would run."""
    from streamlit.web.server.app_discovery import discover_asgi_app

    found = discover_asgi_app(APP)
    assert found.is_asgi_app and found.import_string == "app:app"


def test_bundle_compression_switch_is_found_and_flipped() -> None:
    from streamlit.web.server.starlette import starlette_gzip_middleware as gz

    import app_server

    assert app_server.compress_streamlit_bundle() is True
    assert gz._should_bypass_gzip("/static/js/index.js") is False
    assert gz._should_bypass_gzip("/") is True


def _run_page_without_recomputing(monkeypatch: pytest.MonkeyPatch) -> AppTest:
    import app_cache

    def recomputed(*args: object, **kwargs: object) -> None:
        raise AssertionError("the page recomputed what the warm-up should have cached")

    monkeypatch.setattr(app_cache, "atlas_payload", recomputed)
    monkeypatch.setattr(app_cache.explore, "reference_boundaries", recomputed)
    at = AppTest.from_file(str(APP), default_timeout=120)
    at.run()
    return at


def test_warm_up_fills_the_cache_entries_a_new_visitors_page_reads(monkeypatch: pytest.MonkeyPatch) -> None:
    """The warm-up must call the cached functions with exactly the arguments the default page uses."""
    import app_server

    st.cache_data.clear()
    st.cache_resource.clear()
    cold = _run_page_without_recomputing(monkeypatch)
    assert cold.exception or cold.warning, "the guard did not trip: this test could not fail"
    monkeypatch.undo()

    st.cache_data.clear()
    st.cache_resource.clear()
    assert app_server.warm() > 0
    warm = _run_page_without_recomputing(monkeypatch)
    assert not warm.exception, [e.value for e in warm.exception]
    assert not warm.warning, [w.value for w in warm.warning]


def test_first_visitor_after_a_start_gets_the_bundle_gzipped() -> None:
    """The lifespan runs before the server answers: even the first request for the JS is compressed."""
    import harness

    with harness.running_app() as url:
        page = urllib.request.urlopen(url + "/", timeout=30).read().decode()
        script = re.search(r'<script type="module"[^>]*src="\./([^"]+\.js)"', page)
        assert script, "Streamlit's index.html changed: no module script"
        request = urllib.request.Request(f"{url}/{script.group(1)}", headers={"Accept-Encoding": "gzip"})
        with urllib.request.urlopen(request, timeout=30) as response:
            assert response.headers.get("Content-Encoding") == "gzip"


def test_static_cache_rules() -> None:
    import app_server

    assert "immutable" in (app_server.cache_control_for("/app/static/cache/atlas-0123456789abcdef0123.json") or "")
    assert app_server.cache_control_for("/app/static/vendor/leaflet/leaflet.js") == "public, max-age=86400"
    assert app_server.cache_control_for("/") is None
    assert app_server.cache_control_for("/static/js/index.js") is None  # Streamlit's own, hashed: its headers


def test_served_files_carry_the_cache_headers() -> None:
    """Through the real server: the middleware is installed by ``streamlit run app.py``."""
    import harness

    with harness.running_app() as url:
        published = sorted((REPO / "static" / "cache").glob("atlas-*.json"))
        assert published, "no published payload (the server's warm-up writes one)"
        for path, expected in (
            (f"/app/static/cache/{published[-1].name}", "immutable"),
            ("/app/static/vendor/leaflet/leaflet.js", "max-age=86400"),
        ):
            with urllib.request.urlopen(url + path, timeout=30) as response:
                assert expected in response.headers.get("Cache-Control", ""), path
