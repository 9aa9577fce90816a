"""Front-end files the map needs, served by the app itself (never from a CDN).

folium 0.20 points Leaflet, jQuery, Bootstrap and Font Awesome at public CDNs; those are blocked or slow in
mainland China and absent on intranets, and streamlit-folium stops the whole map when one script fails to
load. So set-up installs the npm packages pinned in ``package.json`` (``npm ci``) and
``python -m geo assets`` copies the few files the map uses from ``node_modules/`` into ``static/vendor/``,
which Streamlit serves at ``/app/static/vendor/`` (``[server] enableStaticServing = true``).

:data:`VENDOR_FILES` is the one list of what is copied; :func:`js_urls`/:func:`css_urls` give the URLs a
map loads, so the copy step and the map can never disagree about a path.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from geo.errors import CacheError
from geo.paths import REPO_DIR

NODE_MODULES = REPO_DIR / "node_modules"
STATIC_DIR = REPO_DIR / "static"
VENDOR_DIR = STATIC_DIR / "vendor"
#: URL prefix under which Streamlit serves ``static/`` (same origin as the app).
STATIC_URL = "/app/static"
VENDOR_URL = f"{STATIC_URL}/vendor"


@dataclass(frozen=True)
class VendorFile:
    """One file or directory copied from an npm package into ``static/vendor/<dest>``."""

    package: str
    source: str  # path inside the package; a directory is copied whole
    dest: str  # path under static/vendor/


VENDOR_FILES: tuple[VendorFile, ...] = (
    VendorFile("leaflet", "dist/leaflet.js", "leaflet/leaflet.js"),
    VendorFile("leaflet", "dist/leaflet.css", "leaflet/leaflet.css"),
    VendorFile("leaflet", "dist/images", "leaflet/images"),  # referenced relatively by leaflet.css
    VendorFile("leaflet.control.layers.tree", "L.Control.Layers.Tree.js", "layers-tree/L.Control.Layers.Tree.js"),
    VendorFile("leaflet.control.layers.tree", "L.Control.Layers.Tree.css", "layers-tree/L.Control.Layers.Tree.css"),
    VendorFile("leaflet.control.layers.tree", "LICENSE", "layers-tree/LICENSE"),
    VendorFile("jquery", "dist/jquery.min.js", "jquery/jquery.min.js"),
    VendorFile("bootstrap", "dist/js/bootstrap.bundle.min.js", "bootstrap/bootstrap.bundle.min.js"),
    VendorFile("bootstrap", "dist/css/bootstrap.min.css", "bootstrap/bootstrap.min.css"),
    VendorFile("@fortawesome/fontawesome-free", "css/all.min.css", "fontawesome/css/all.min.css"),
    VendorFile("@fortawesome/fontawesome-free", "webfonts", "fontawesome/webfonts"),  # ../webfonts from the css
    VendorFile(
        "leaflet.awesome-markers",
        "dist/leaflet.awesome-markers.js",
        "awesome-markers/leaflet.awesome-markers.js",
    ),
    VendorFile(
        "leaflet.awesome-markers",
        "dist/leaflet.awesome-markers.css",
        "awesome-markers/leaflet.awesome-markers.css",
    ),
    VendorFile("leaflet.awesome-markers", "dist/images", "awesome-markers/images"),
)

#: What the atlas map loads, in order (name, URL). Only what it uses: every byte here is sent to each new
#: browser, and Bootstrap/Font Awesome/jQuery are not needed by the map's own code.
MAP_JS: tuple[tuple[str, str], ...] = (
    ("leaflet", f"{VENDOR_URL}/leaflet/leaflet.js"),
    ("layers_tree", f"{VENDOR_URL}/layers-tree/L.Control.Layers.Tree.js"),
)
MAP_CSS: tuple[tuple[str, str], ...] = (
    ("leaflet_css", f"{VENDOR_URL}/leaflet/leaflet.css"),
    ("layers_tree_css", f"{VENDOR_URL}/layers-tree/L.Control.Layers.Tree.css"),
)

#: folium's full default set, served locally: for pages that keep folium's defaults (e.g. awesome markers).
FOLIUM_DEFAULT_JS: tuple[tuple[str, str], ...] = (
    ("leaflet", f"{VENDOR_URL}/leaflet/leaflet.js"),
    ("jquery", f"{VENDOR_URL}/jquery/jquery.min.js"),
    ("bootstrap", f"{VENDOR_URL}/bootstrap/bootstrap.bundle.min.js"),
    ("awesome_markers", f"{VENDOR_URL}/awesome-markers/leaflet.awesome-markers.js"),
)
FOLIUM_DEFAULT_CSS: tuple[tuple[str, str], ...] = (
    ("leaflet_css", f"{VENDOR_URL}/leaflet/leaflet.css"),
    ("bootstrap_css", f"{VENDOR_URL}/bootstrap/bootstrap.min.css"),
    ("awesome_markers_font_css", f"{VENDOR_URL}/fontawesome/css/all.min.css"),
    ("awesome_markers_css", f"{VENDOR_URL}/awesome-markers/leaflet.awesome-markers.css"),
)


def url_to_path(url: str, static_dir: Path = STATIC_DIR) -> Path:
    """The file behind a ``/app/static/...`` URL (to check that what a map loads exists)."""
    if not url.startswith(STATIC_URL + "/"):
        msg = f"not a static URL of this app: {url}"
        raise ValueError(msg)
    return static_dir / url[len(STATIC_URL) + 1 :]


def missing(static_dir: Path = STATIC_DIR) -> list[str]:
    """Vendored files the map needs that are not in place (empty when set-up has run)."""
    urls = [u for _, u in (*MAP_JS, *MAP_CSS, *FOLIUM_DEFAULT_JS, *FOLIUM_DEFAULT_CSS)]
    return [u for u in dict.fromkeys(urls) if not url_to_path(u, static_dir).is_file()]


def copy_assets(node_modules: Path = NODE_MODULES, vendor_dir: Path = VENDOR_DIR) -> list[Path]:
    """Copy :data:`VENDOR_FILES` from ``node_modules`` into ``vendor_dir``; returns the paths written.

    Raises :class:`CacheError` naming the package when ``npm ci`` has not been run (or a package changed
    its layout), rather than leaving a half-populated directory that fails later in the browser.
    """
    absent = [f for f in VENDOR_FILES if not (node_modules / f.package / f.source).exists()]
    if absent:
        names = ", ".join(sorted({f"{f.package}/{f.source}" for f in absent}))
        msg = f"front-end packages missing in {node_modules} ({names}); run `npm ci` in {REPO_DIR}"
        raise CacheError(msg)
    written: list[Path] = []
    for f in VENDOR_FILES:
        src = node_modules / f.package / f.source
        dst = vendor_dir / f.dest
        dst.parent.mkdir(parents=True, exist_ok=True)
        if src.is_dir():
            shutil.copytree(src, dst, dirs_exist_ok=True)
        else:
            shutil.copyfile(src, dst)
        written.append(dst)
    return written
