"""Read boundaries from the cache: one unit, a frame of units, or the union of several.

The cache is built on first use if it is missing (never at import). ``frame`` reads through pyogrio
with a ``where`` clause (on the indexed ``adcode``, the ``level`` and the province prefix), so a
province map does not load the country; ``geometry`` loads the small ``medium``/``coarse`` layers
whole on first use and reads ``fine`` one unit at a time. Results are memoised per process and per
cache file (geometries are immutable; frames are copied on the way out so a caller cannot alter the
memoised one).
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache, lru_cache
from pathlib import Path

import geopandas as gpd
import pandas as pd
import pyogrio
import shapely

from geo.boundaries.builder import DEFAULT_LOD, LODS, build, cache_path
from geo.boundaries.codes import (
    LEVELS,
    ambiguous_file_codes,
    current_codes,
    file_code,
    gazetteer_or_none,
    natural_level,
)
from geo.errors import InputError, UnknownPlaceError

_LEVEL_RANK = {level: i for i, level in enumerate(LEVELS)}


def geometry(adcode: str, lod: str = "fine") -> shapely.Geometry | None:
    """The unit's (Multi)Polygon in WGS-84, or None if the unit has no boundary.

    ``adcode`` may be the current code (沙湾市 654203 is drawn by the file 654223).
    """
    code = file_code(adcode)
    return None if code is None else _geometry(_path(), code, _check_lod(lod))


def has_boundary(adcode: str) -> bool:
    """Whether :func:`geometry` returns a polygon for this code (builds the cache if needed)."""
    code = file_code(adcode)
    return code is not None and code in _index(_path())


def frame(
    adcodes: Iterable[str] | None = None,
    level: str | None = None,
    province: str | None = None,
    lod: str = DEFAULT_LOD,
) -> gpd.GeoDataFrame:
    """Units as a GeoDataFrame with columns ``adcode``, ``level``, ``geometry`` (EPSG:4326).

    - ``adcodes``: these units, in the order given, labelled with the code as asked (654203, not its
      file code); codes without a polygon are left out.
    - ``level``: one tiling level (``province`` / ``prefecture`` / ``county``); every level covers the
      country, so a unit without subdivisions appears at the lower level too (东莞 441900 is also a
      county-level tile, 石河子 659001 also a prefecture-level tile, 北京 110000 also a prefecture-level
      tile). Without ``level`` each unit comes once, at its own level.
    - ``province``: a province code (``650000`` or ``65``) or a name the gazetteer knows (``新疆``).
    """
    lod = _check_lod(lod)
    if level is not None and level not in _LEVEL_RANK:
        msg = f"unknown level {level!r}; use one of {', '.join(LEVELS)}"
        raise InputError(msg)
    prefix = _province_prefix(province) if province is not None else None
    wanted = None if adcodes is None else [str(a).strip()[:6] for a in adcodes]
    files = None if wanted is None else tuple(sorted({c for a in wanted if (c := file_code(a))}))
    data = _read(_path(), lod, files, level, prefix).copy()
    if wanted is None:
        data = data[~data["adcode"].isin(_ambiguous())]
        data["adcode"] = data["adcode"].map(lambda c: _current().get(c, c))
        if level is None:
            data = _one_per_code(data)
        return data.reset_index(drop=True)
    by_file = _one_per_code(data).set_index("adcode", drop=False) if level is None else data
    rows = []
    for code in wanted:
        fcode = file_code(code)
        if fcode is None or fcode not in by_file["adcode"].values:
            continue
        row = by_file[by_file["adcode"] == fcode].iloc[[0]].copy()
        row["adcode"] = code
        rows.append(row)
    if not rows:
        return gpd.GeoDataFrame({"adcode": [], "level": []}, geometry=[], crs="EPSG:4326")
    return gpd.GeoDataFrame(pd.concat(rows, ignore_index=True), crs="EPSG:4326")


def union(adcodes: Iterable[str], lod: str = DEFAULT_LOD) -> shapely.Geometry | None:
    """One geometry covering all the given units (composite regions such as 乌昌石), or None if none has
    a boundary. Members without a polygon (新星市) are skipped; check :func:`has_boundary` to report them."""
    geoms = frame(list(adcodes), lod=lod).geometry.to_numpy()  # one read for all members
    if len(geoms) == 0:
        return None
    return shapely.union_all(geoms) if len(geoms) > 1 else geoms[0]


def clear() -> None:
    """Forget memoised reads (after a rebuild, or when tests switch the cache directory)."""
    for fn in (_geometry, _layer, _index, _read, _current, _ambiguous):
        fn.cache_clear()


# --- internals ---------------------------------------------------------------------------------------------


def _path() -> Path:
    """The current cache file, built first if missing. Not memoised: a stat per call keeps reads right when
    ``LAYOUT_ATLAS_CACHE`` changes (tests) or the cache is rebuilt; memoised reads are keyed by the path."""
    path = cache_path()
    return path if path.exists() else build()


def _check_lod(lod: str) -> str:
    if lod not in LODS:
        msg = f"unknown level of detail {lod!r}; use one of {', '.join(LODS)}"
        raise InputError(msg)
    return lod


# LODs small enough to load whole on the first geometry() call (0.1 s, a few MB): one read of the layer is
# cheaper than ~17 ms per separate query as soon as a map asks for a handful of units. ``fine`` (40 MB of
# WKB) is read one unit at a time.
_WHOLE_LAYER_LODS = frozenset({"medium", "coarse"})


@lru_cache(maxsize=4096)
def _geometry(path: Path, code: str, lod: str) -> shapely.Geometry | None:
    if lod in _WHOLE_LAYER_LODS:
        return _layer(path, lod).get(code)
    data = _read(path, lod, (code,), None, None)
    if data.empty:
        return None
    return _one_per_code(data).geometry.iloc[0]


@lru_cache(maxsize=4)
def _layer(path: Path, lod: str) -> dict[str, shapely.Geometry]:
    """Every unit of one LOD (one row per code, at its own level)."""
    data = _one_per_code(pyogrio.read_dataframe(path, layer=lod))
    return dict(zip(data["adcode"], data.geometry, strict=True))


@lru_cache(maxsize=4)
def _index(path: Path) -> frozenset[str]:
    """Every file code in the cache (attribute read only: no geometry)."""
    table = pyogrio.read_dataframe(path, layer=DEFAULT_LOD, columns=["adcode"], read_geometry=False)
    return frozenset(table["adcode"])


@lru_cache(maxsize=64)
def _read(
    path: Path, lod: str, files: tuple[str, ...] | None, level: str | None, prefix: str | None
) -> gpd.GeoDataFrame:
    clauses = []
    if files is not None:
        if not files:
            return gpd.GeoDataFrame({"adcode": [], "level": []}, geometry=[], crs="EPSG:4326")
        clauses.append("adcode IN (" + ",".join(f"'{_digits(c)}'" for c in files) + ")")
    if level is not None:
        clauses.append(f"level = '{level}'")
    if prefix is not None:
        clauses.append(f"substr(adcode, 1, 2) = '{_digits(prefix)}'")
    where = " AND ".join(clauses) or None
    data = pyogrio.read_dataframe(path, layer=lod, where=where)
    return data[["adcode", "level", "geometry"]]


def _one_per_code(data: gpd.GeoDataFrame) -> gpd.GeoDataFrame:
    """Keep one row per code: the one at the unit's own level (a tile repeated at a lower level is the
    same polygon, so this only matters for the ``level`` label)."""
    own = data["adcode"].map(natural_level) == data["level"]
    rank = data["level"].map(_LEVEL_RANK)
    ordered = data.assign(_own=~own, _rank=rank).sort_values(["_own", "_rank"], kind="stable")
    return ordered.drop_duplicates("adcode").drop(columns=["_own", "_rank"]).sort_index()


@cache
def _ambiguous() -> frozenset[str]:
    return ambiguous_file_codes()


@cache
def _current() -> dict[str, str]:
    return current_codes()


def _province_prefix(province: str) -> str:
    text = str(province).strip()
    if text.isdigit() and len(text) in (2, 6):
        return text[:2]
    gazetteer = gazetteer_or_none()
    code = gazetteer.province_code(text) if gazetteer is not None else None
    if code is None:
        msg = f"unknown province {province!r}"
        raise UnknownPlaceError(msg)
    return code[:2]


def _digits(code: str) -> str:
    """Codes go into SQL text, so accept digits only (they are adcodes, never user prose)."""
    if not code.isdigit():
        msg = f"not an adcode: {code!r}"
        raise InputError(msg)
    return code
