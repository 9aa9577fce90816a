"""geo.assets: what is copied from node_modules, what the map loads, and the failure messages."""

from __future__ import annotations

from pathlib import Path

import pytest

from geo import assets
from geo.errors import CacheError


def _fake_node_modules(root: Path) -> Path:
    for f in assets.VENDOR_FILES:
        src = root / f.package / f.source
        if "." in Path(f.source).name or f.source == "LICENSE":
            src.parent.mkdir(parents=True, exist_ok=True)
            src.write_text(f"/* {f.package} {f.source} */")
        else:  # a directory (images, webfonts)
            src.mkdir(parents=True, exist_ok=True)
            (src / "one.png").write_bytes(b"\x89PNG")
    return root


def test_copy_puts_every_map_url_in_place(tmp_path: Path) -> None:
    nm = _fake_node_modules(tmp_path / "node_modules")
    static = tmp_path / "static"
    assert assets.missing(static)  # nothing there yet
    written = assets.copy_assets(nm, static / "vendor")
    assert len(written) == len(assets.VENDOR_FILES)
    assert assets.missing(static) == []
    assert (static / "vendor/leaflet/images/one.png").is_file()
    leaflet = assets.url_to_path(assets.MAP_JS[0][1], static)
    assert leaflet.read_text() == "/* leaflet dist/leaflet.js */"


def test_missing_package_names_itself(tmp_path: Path) -> None:
    with pytest.raises(CacheError, match=r"leaflet/dist/leaflet\.js.*npm ci"):
        assets.copy_assets(tmp_path / "empty", tmp_path / "vendor")


def test_map_urls_are_local() -> None:
    for _, url in (*assets.MAP_JS, *assets.MAP_CSS, *assets.FOLIUM_DEFAULT_JS, *assets.FOLIUM_DEFAULT_CSS):
        assert url.startswith("/app/static/vendor/")
    with pytest.raises(ValueError, match="not a static URL"):
        assets.url_to_path("https://cdn.jsdelivr.net/npm/leaflet.js")


def test_package_json_pins_what_is_vendored() -> None:
    import json

    pkg = json.loads((assets.REPO_DIR / "package.json").read_text())["dependencies"]
    lock = json.loads((assets.REPO_DIR / "package-lock.json").read_text())["packages"]
    for f in assets.VENDOR_FILES:
        assert f.package in pkg, f.package
        assert lock[f"node_modules/{f.package}"]["version"] == pkg[f.package]  # exact pins
