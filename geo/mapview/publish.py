"""Map geometry as content-addressed JSON files that the app serves itself (``/app/static/cache/``).

Why files instead of inline data: Streamlit re-sends a component's arguments on every rerun and serves
them uncompressed over the WebSocket, and streamlit-folium runs regular expressions over the whole map
script each time. Written once under a name that is the hash of its content, the geometry is gzipped by
the server, cached by the browser, and a rerun (a click on the map) costs a few kB. Files are never
rewritten (same name = same bytes), so concurrent sessions cannot see half a file, and old ones are
pruned by age. Nothing user-supplied takes part in the file name.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import time
from pathlib import Path
from typing import Any

from geo.assets import STATIC_DIR, STATIC_URL
from geo.atomic import write_bytes

CACHE_SUBDIR = "cache"
MAX_AGE_S = 7 * 24 * 3600
MAX_FILES = 200
_NAME = re.compile(r"^atlas-[0-9a-f]{20}\.json$")


def cache_dir(static_dir: Path = STATIC_DIR) -> Path:
    """Where published files live (``static/cache/``, created on demand; not under version control)."""
    path = static_dir / CACHE_SUBDIR
    path.mkdir(parents=True, exist_ok=True)
    return path


def encode(data: dict[str, Any]) -> bytes:
    """Compact UTF-8 JSON (NaN refused: the browser's JSON.parse would reject it)."""
    return json.dumps(data, ensure_ascii=False, separators=(",", ":"), allow_nan=False).encode("utf-8")


def publish(data: dict[str, Any], static_dir: Path = STATIC_DIR) -> str:
    """Write ``data`` as ``static/cache/atlas-<sha256[:20]>.json`` (if absent); return its URL."""
    body = encode(data)
    name = f"atlas-{hashlib.sha256(body).hexdigest()[:20]}.json"
    folder = cache_dir(static_dir)
    target = folder / name
    if not target.exists():
        write_bytes(target, body)
        prune(folder)
    else:
        os.utime(target)  # keep recently used files from being pruned
    return f"{STATIC_URL}/{CACHE_SUBDIR}/{name}"


def prune(folder: Path, max_age_s: float = MAX_AGE_S, max_files: int = MAX_FILES) -> int:
    """Remove published files older than ``max_age_s`` and beyond the newest ``max_files``."""
    files = sorted(folder.glob("atlas-*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    now = time.time()
    removed = 0
    for i, path in enumerate(files):
        if i >= max_files or now - path.stat().st_mtime > max_age_s:
            path.unlink(missing_ok=True)
            removed += 1
    return removed


def read(url: str, static_dir: Path = STATIC_DIR) -> dict[str, Any] | None:
    """The data a :func:`publish` URL names (None if it is not one of ours or is gone: pruned meanwhile)."""
    prefix = f"{STATIC_URL}/{CACHE_SUBDIR}/"
    name = url[len(prefix) :] if url.startswith(prefix) else ""
    if not _NAME.match(name):
        return None
    try:
        data = json.loads((static_dir / CACHE_SUBDIR / name).read_bytes())
    except (OSError, ValueError):
        return None
    return data if isinstance(data, dict) else None
