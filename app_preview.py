"""Puts the server-drawn picture of the default map (:mod:`geo.mapview.preview`) into the page's HTML.

Streamlit sends the same ``index.html`` to every visitor and builds the page in the browser afterwards;
the map appears only once its front end, the component frame and Leaflet have started (~2 s for a new
visitor on the reference machine, ``bench/README.md``). This ASGI middleware adds the picture right after
``<body>`` of that one document, so the default view's shapes are on screen from the first paint, and
the picture removes itself when the interactive map is ready.

The document is rewritten once per (original document, picture) and kept: every later request is a dict
lookup. It is gzipped here (Streamlit leaves its root document uncompressed), carries an ETag of its own
content (Streamlit's would name the unmodified file, and a returning browser would keep an old picture),
and answers ``If-None-Match`` with 304. Any other path, method or answer passes through untouched.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import re
from dataclasses import dataclass, field
from typing import Any

LOG = logging.getLogger("layout_atlas.preview")
INDEX_PATHS = frozenset({"/", "/index.html"})
_BODY_TAG = re.compile(rb"<body[^>]*>", re.IGNORECASE)
_DROPPED = {b"content-length", b"etag", b"last-modified", b"accept-ranges", b"cache-control", b"vary"}


@dataclass
class PreviewState:
    """What goes after ``<body>`` (named parts, in the order set) and the rewritten documents.

    Today one part, ``picture``; nothing is inserted until the server's start-up has drawn it."""

    parts: dict[str, str] = field(default_factory=dict)
    documents: dict[tuple[bytes, bool], tuple[bytes, bytes]] = field(default_factory=dict)

    def set_part(self, name: str, html: str | None) -> None:
        if html:
            self.parts[name] = html
        else:
            self.parts.pop(name, None)
        self.documents.clear()

    @property
    def block(self) -> bytes | None:
        return "".join(self.parts.values()).encode("utf-8") if self.parts else None


STATE = PreviewState()


def build_block(data: Any, lang: str = "zh") -> str | None:
    """The picture for the default view's :class:`app_cache.MapData` (None if its geometry is not at hand)."""
    from geo import i18n
    from geo.mapview import explore, preview, publish

    geometry = data.payload.get("geometry")
    if geometry is None and data.payload.get("geometryUrl"):
        geometry = publish.read(data.payload["geometryUrl"])
    if geometry is None:
        return None
    return preview.preview_html(
        geometry, data.bounds, i18n.tr("map_loading", lang), [explore.boundary_attribution(lang)]
    )


def rewrite(document: bytes, block: bytes) -> bytes:
    """``document`` with ``block`` inserted right after its ``<body>`` tag (unchanged if it has none)."""
    match = _BODY_TAG.search(document)
    if match is None:
        return document
    return document[: match.end()] + block + document[match.end() :]


def _accepts_gzip(headers: list[tuple[bytes, bytes]]) -> bool:
    value = next((v for k, v in headers if k.lower() == b"accept-encoding"), b"")
    return b"gzip" in value.lower()


def _if_none_match(headers: list[tuple[bytes, bytes]]) -> bytes:
    return next((v for k, v in headers if k.lower() == b"if-none-match"), b"")


def _document(state: PreviewState, original: bytes, gz: bool, block: bytes) -> tuple[bytes, bytes]:
    """(body, etag) of the rewritten document, made once per original and encoding."""
    key = (hashlib.sha256(original).digest(), gz)
    cached = state.documents.get(key)
    if cached is None:
        body = rewrite(original, block)
        etag = b'"atlas-' + hashlib.sha256(body).hexdigest()[:20].encode() + (b'-gz"' if gz else b'"')
        cached = (gzip.compress(body, 6, mtime=0) if gz else body, etag)
        state.documents[key] = cached
    return cached


class PreviewIndex:
    """ASGI middleware: the root document with the map picture (see the module docstring)."""

    def __init__(self, app: Any, state: PreviewState = STATE) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        block = self.state.block
        if scope["type"] != "http" or scope.get("method") != "GET" or scope.get("path") not in INDEX_PATHS or not block:
            await self.app(scope, receive, send)
            return
        start: dict[str, Any] = {}
        chunks: list[bytes] = []

        async def capture(message: dict[str, Any]) -> None:
            if message["type"] == "http.response.start":
                start.update(message)
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))

        await self.app(scope, receive, capture)
        headers = [(bytes(k), bytes(v)) for k, v in start.get("headers", [])]
        original = b"".join(chunks)
        names = {k.lower(): v for k, v in headers}
        plain_html = b"text/html" in names.get(b"content-type", b"") and b"content-encoding" not in names
        if start.get("status") != 200 or not plain_html:
            await send(start)
            await send({"type": "http.response.body", "body": original})
            return
        request_headers = [(bytes(k), bytes(v)) for k, v in scope.get("headers", [])]
        gz = _accepts_gzip(request_headers)
        body, etag = _document(self.state, original, gz, block)
        out = [(k, v) for k, v in headers if k.lower() not in _DROPPED]
        out += [(b"etag", etag), (b"cache-control", b"no-cache"), (b"vary", b"Accept-Encoding")]
        if etag in _if_none_match(request_headers):
            await send({"type": "http.response.start", "status": 304, "headers": out})
            await send({"type": "http.response.body", "body": b""})
            return
        if gz:
            out.append((b"content-encoding", b"gzip"))
        out.append((b"content-length", str(len(body)).encode()))
        await send({"type": "http.response.start", "status": 200, "headers": out})
        await send({"type": "http.response.body", "body": body})
