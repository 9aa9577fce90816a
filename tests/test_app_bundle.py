"""Streamlit's bundle served from memory (app_bundle.py): same bytes and caching as Streamlit's own route.

Driven as an ASGI app over a small copy of a bundle, and once over Streamlit's real bundle (every file
the index page names decodes back to the file on disk).
"""

from __future__ import annotations

import gzip
import re
from pathlib import Path
from typing import Any

import asgi_helpers
import pytest

import app_bundle

JS = b"import{a}from'./b.js';" + b"console.log('layout atlas');" * 100


@pytest.fixture()
def bundle(tmp_path: Path) -> app_bundle.BundleState:
    (tmp_path / "js").mkdir()
    (tmp_path / "media").mkdir()
    (tmp_path / "js" / "index.abc123.js").write_bytes(JS)
    (tmp_path / "js" / "index.abc123.js.map").write_bytes(b"{}")
    (tmp_path / "media" / "font.x1.woff2").write_bytes(b"wOF2" + bytes(2000))
    state = app_bundle.BundleState({})
    state.load(tmp_path)
    return state


def _passthrough_marker() -> Any:
    async def inner(scope: Any, receive: Any, send: Any) -> None:
        await send({"type": "http.response.start", "status": 299, "headers": []})
        await send({"type": "http.response.body", "body": b"streamlit"})

    return inner


def _call(state: app_bundle.BundleState, path: str, headers: list[tuple[bytes, bytes]] | None = None,
          method: str = "GET") -> tuple[int, dict[bytes, bytes], bytes]:
    return asgi_helpers.call(app_bundle.BundleFromMemory(_passthrough_marker(), state), path, headers, method)


def test_text_is_gzipped_once_and_decodes_to_the_file(bundle: app_bundle.BundleState) -> None:
    status, headers, body = _call(bundle, "/static/js/index.abc123.js", [(b"accept-encoding", b"gzip, br")])
    assert status == 200 and headers[b"content-encoding"] == b"gzip"
    assert gzip.decompress(body) == JS and len(body) < len(JS) // 5
    assert headers[b"content-type"] == b"application/javascript"
    assert headers[b"cache-control"] == app_bundle.CACHE_CONTROL
    assert int(headers[b"content-length"]) == len(body)
    _, plain_headers, plain = _call(bundle, "/static/js/index.abc123.js")  # a client without gzip
    assert plain == JS and b"content-encoding" not in plain_headers


def test_revalidation_answers_304(bundle: app_bundle.BundleState) -> None:
    _, headers, _ = _call(bundle, "/static/js/index.abc123.js")
    status, again, body = _call(bundle, "/static/js/index.abc123.js", [(b"if-none-match", headers[b"etag"])])
    assert status == 304 and body == b"" and again[b"etag"] == headers[b"etag"]


def test_fonts_are_not_gzipped(bundle: app_bundle.BundleState) -> None:
    _, headers, body = _call(bundle, "/static/media/font.x1.woff2", [(b"accept-encoding", b"gzip")])
    assert body.startswith(b"wOF2") and b"content-encoding" not in headers
    assert headers[b"content-type"] == b"font/woff2"


@pytest.mark.parametrize(
    ("path", "headers", "method"),
    [
        ("/static/js/missing.js", [], "GET"),  # not in the bundle: Streamlit answers (its 404 / SPA fallback)
        ("/static/js/index.abc123.js.map", [], "GET"),  # source maps are left to Streamlit
        ("/static/js/../js/index.abc123.js", [], "GET"),  # only exact names of the bundle
        ("/static/js/index.abc123.js", [(b"range", b"bytes=0-10")], "GET"),
        ("/static/js/index.abc123.js", [], "HEAD"),
        ("/", [], "GET"),
    ],
)
def test_everything_else_goes_to_streamlit(bundle: app_bundle.BundleState, path: str,
                                           headers: list[tuple[bytes, bytes]], method: str) -> None:
    status, _, body = _call(bundle, path, headers, method)
    assert (status, body) == (299, b"streamlit")


def test_streamlits_real_bundle_round_trips() -> None:
    """Every chunk Streamlit's index page names is in memory and decodes to the file Streamlit ships."""
    directory = app_bundle.streamlit_static_dir()
    index = (directory.parent / "index.html").read_text(encoding="utf-8")
    names = sorted(set(re.findall(r"\./static/((?:js|css)/[\w.\-]+)", index)))
    assert len(names) >= 10
    files = app_bundle.load(directory)
    for name in names:
        item, on_disk = files[f"/static/{name}"], (directory / name).read_bytes()
        assert item.raw == on_disk
        assert gzip.decompress(item.gz) == on_disk if item.gz is not None else len(on_disk) <= 512
