"""Streamlit's front-end bundle served from memory, each file gzipped once at start-up.

Why: a new visitor's browser fetches ~60 JS chunks before Streamlit's front end starts and ~40 more
(the widgets' code, the component loader) while the first script run is going on. Streamlit serves each
with Starlette's ``StaticFiles`` (a stat and reads on the thread pool) behind a gzip middleware that
compresses the same bytes again for every visitor (level 9). While the script run holds the GIL those
hops queue: the widget chunks of one measured load took 100–500 ms each for 1 kB files
(``bench/README.md``). Here every file of the bundle is read and compressed once when the server starts,
and a request is answered with one send from the event loop.

Same answers as Streamlit's own route (content type, ``public, immutable`` caching of the hashed names,
an ETag, 304 on ``If-None-Match``), gzip only when the browser accepts it and only for text; anything
this does not know (other paths, ``Range`` requests, HEAD) passes through to Streamlit untouched.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import mimetypes
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

LOG = logging.getLogger("layout_atlas.bundle")
ROUTE = "/static/"  # Streamlit's BASE_ROUTE_STATIC, relative to the server root
COMPRESSIBLE = {".js", ".css", ".svg", ".json", ".txt", ".map", ".html"}
SKIPPED = {".map"}  # source maps: only a developer's tools ask for them
CACHE_CONTROL = b"public, immutable, max-age=31536000"  # what Streamlit sends for its hashed file names
TYPES = {".js": "application/javascript", ".css": "text/css", ".woff2": "font/woff2", ".woff": "font/woff",
         ".ttf": "font/ttf", ".svg": "image/svg+xml", ".json": "application/json"}  # fmt: skip


@dataclass(frozen=True)
class BundleFile:
    """One file of the bundle: its bytes, gzipped bytes (None if not worth it) and response headers."""

    raw: bytes
    gz: bytes | None
    content_type: bytes
    etag: bytes


def streamlit_static_dir() -> Path:
    """Where Streamlit keeps its built front end (``streamlit/static/static``)."""
    import streamlit

    return Path(streamlit.__file__).parent / "static" / "static"


def load(directory: Path) -> dict[str, BundleFile]:
    """Every file under ``directory`` by request path (``/static/js/x.js``), compressed once."""
    files: dict[str, BundleFile] = {}
    for path in sorted(directory.rglob("*")):
        if not path.is_file() or path.suffix in SKIPPED:
            continue
        raw = path.read_bytes()
        gz = gzip.compress(raw, 6, mtime=0) if path.suffix in COMPRESSIBLE and len(raw) > 512 else None
        ctype = TYPES.get(path.suffix) or mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        etag = b'"' + hashlib.md5(raw, usedforsecurity=False).hexdigest().encode() + b'"'
        files[ROUTE + path.relative_to(directory).as_posix()] = BundleFile(raw, gz, ctype.encode(), etag)
    return files


@dataclass
class BundleState:
    """The loaded bundle (empty until the server's start-up has loaded it)."""

    files: dict[str, BundleFile]

    def load(self, directory: Path | None = None) -> float:
        """Read and compress the bundle; seconds spent."""
        t0 = time.perf_counter()
        self.files = load(directory or streamlit_static_dir())
        return time.perf_counter() - t0


STATE = BundleState({})


def _header(headers: list[tuple[bytes, bytes]], name: bytes) -> bytes | None:
    return next((v for k, v in headers if k.lower() == name), None)


class BundleFromMemory:
    """ASGI middleware: answers requests for Streamlit's bundle from :data:`STATE` (module docstring)."""

    def __init__(self, app: Any, state: BundleState = STATE) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        item = self.state.files.get(scope.get("path", "")) if scope["type"] == "http" else None
        headers = [(bytes(k), bytes(v)) for k, v in scope.get("headers", [])] if item else []
        if item is None or scope.get("method") != "GET" or _header(headers, b"range") is not None:
            await self.app(scope, receive, send)
            return
        out = [(b"content-type", item.content_type), (b"cache-control", CACHE_CONTROL), (b"etag", item.etag)]
        if item.gz is not None:
            out.append((b"vary", b"Accept-Encoding"))
        match = _header(headers, b"if-none-match")
        if match is not None and item.etag in match:
            await send({"type": "http.response.start", "status": 304, "headers": out})
            await send({"type": "http.response.body", "body": b""})
            return
        body = item.raw
        if item.gz is not None and b"gzip" in (_header(headers, b"accept-encoding") or b"").lower():
            body = item.gz
            out.append((b"content-encoding", b"gzip"))
        out.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": 200, "headers": out})
        await send({"type": "http.response.body", "body": body})

