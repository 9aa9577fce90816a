"""The boundary cache and its accessors: CRS, file format, code mapping, CLI output (RFC 7946)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import numpy as np
import pyogrio
import pytest
import rfc7946
import shapely
from boundary_helpers import built_cache, km2, metres

from geo import boundaries
from geo.boundaries import builder as build_mod
from geo.boundaries import source
from geo.cli import main
from geo.coords import geometry_gcj02_to_wgs84, wgs84_to_gcj02
from geo.errors import InputError
from geo.paths import cache_dir

UNAVAILABLE = ("659011", "659012", "653228", "653229")  # 新星市, 白杨市, 和康县, 和安县


@pytest.fixture(scope="module")
def cache() -> Path:
    return built_cache()


# --- coordinates: the cache is WGS-84, converted with the exact inverse ----------------------------------


@pytest.mark.parametrize(("code", "low", "high"), [("650100", 100, 400), ("140100", 400, 800)])
def test_conversion_round_trips_to_the_source_and_shifts_a_few_hundred_metres(
    code: str, low: float, high: float
) -> None:
    raw = source.read(code)
    converted = geometry_gcj02_to_wgs84(raw)
    r = shapely.get_coordinates(raw)
    c = shapely.get_coordinates(converted)
    assert len(r) == len(c) > 1000
    back_lon, back_lat = wgs84_to_gcj02(c[:, 0], c[:, 1])
    assert metres(back_lon, back_lat, r[:, 0], r[:, 1]).max() < 5.0  # every vertex (in fact < 1 mm)
    shift = metres(c[:, 0], c[:, 1], r[:, 0], r[:, 1])
    assert low < np.median(shift) < high  # Xinjiang ~100-300 m, Shanxi ~480-630 m (field notes)


@pytest.mark.parametrize("code", ["650100", "140100"])
def test_cached_polygon_sits_on_the_converted_source_not_the_raw_one(cache: Path, code: str) -> None:
    raw = source.read(code)
    converted = geometry_gcj02_to_wgs84(raw)
    cached = boundaries.geometry(code, "fine")
    assert cached is not None
    to_converted = metres(cached.centroid.x, cached.centroid.y, converted.centroid.x, converted.centroid.y)
    to_raw = metres(cached.centroid.x, cached.centroid.y, raw.centroid.x, raw.centroid.y)
    assert to_converted < 30.0
    assert to_raw > 100.0
    assert km2(shapely.symmetric_difference(cached, converted)) / km2(converted) < 0.005


# --- the GeoPackage ------------------------------------------------------------------------------------


def test_cache_file_is_one_geopackage_with_a_layer_per_lod(cache: Path) -> None:
    assert cache.parent == cache_dir()
    assert re.fullmatch(r"boundaries-[0-9a-f]{12}\.gpkg", cache.name)
    layers = {name for name, _ in pyogrio.list_layers(cache)}
    assert layers == {"fine", "medium", "coarse", "metadata"}
    sizes = {}
    for lod in boundaries.LODS:
        info = pyogrio.read_info(cache, layer=lod)
        assert info["crs"] == "EPSG:4326"
        assert info["geometry_type"] == "MultiPolygon"
        table = pyogrio.read_dataframe(cache, layer=lod)
        assert list(table.columns) == ["adcode", "level", "geometry"]
        assert table["adcode"].map(lambda c: isinstance(c, str) and len(c) == 6 and c.isdigit()).all()
        assert table["level"].value_counts().to_dict() == {"county": 2875, "prefecture": 370, "province": 34}
        assert not table.duplicated(["adcode", "level"]).any()
        sizes[lod] = shapely.get_num_coordinates(table.geometry.to_numpy()).sum()
    assert sizes["fine"] > 3 * sizes["medium"] > 9 * sizes["coarse"]
    meta = pyogrio.read_dataframe(cache, layer="metadata", read_geometry=False)
    assert dict(zip(meta["key"], meta["value"], strict=True))["attribution_zh"] == boundaries.ATTRIBUTION_ZH


def test_cache_name_changes_with_the_parameters(monkeypatch: pytest.MonkeyPatch, cache: Path) -> None:
    before = build_mod.cache_key()
    build_mod.cache_key.cache_clear()
    monkeypatch.setitem(build_mod.LODS, "coarse", 0.05)
    try:
        assert build_mod.cache_key() != before
        assert build_mod.cache_path() != cache
    finally:
        build_mod.cache_key.cache_clear()
    monkeypatch.undo()
    assert build_mod.cache_path() == cache
    assert boundaries.build() == cache  # up to date: nothing rebuilt


# --- accessors -----------------------------------------------------------------------------------------


def test_current_code_maps_to_the_file_code(cache: Path) -> None:
    shawan = boundaries.geometry("654203", "medium")
    assert shawan is not None
    assert shapely.equals_exact(shawan, boundaries.geometry("654223", "medium"), tolerance=0)
    assert boundaries.has_boundary("654203")


@pytest.mark.parametrize("code", UNAVAILABLE)
def test_units_without_polygon(cache: Path, code: str) -> None:
    assert boundaries.geometry(code) is None
    assert not boundaries.has_boundary(code)
    assert boundaries.frame([code]).empty


def test_frame_by_level_and_province(cache: Path) -> None:
    xj = boundaries.frame(level="county", province="新疆", lod="coarse")
    assert list(xj.columns) == ["adcode", "level", "geometry"]
    assert xj.crs.to_epsg() == 4326
    assert len(xj) == 106 and set(xj["level"]) == {"county"}
    assert "654203" in set(xj["adcode"]) and "654223" not in set(xj["adcode"])
    assert boundaries.frame(level="county", province="65", lod="coarse")["adcode"].tolist() == xj["adcode"].tolist()
    sx = boundaries.frame(level="prefecture", province="140000", lod="coarse")
    assert len(sx) == 11
    gd = boundaries.frame(level="county", province="440000", lod="coarse")
    assert {"441900", "442000"} <= set(gd["adcode"])  # prefecture-level cities without counties tile too


def test_frame_by_codes_keeps_order_and_asked_labels(cache: Path) -> None:
    asked = ["654203", "659011", "650100", "441900", "110000", "659001"]
    got = boundaries.frame(asked, lod="coarse")
    assert got["adcode"].tolist() == ["654203", "650100", "441900", "110000", "659001"]
    assert got["level"].tolist() == ["county", "prefecture", "prefecture", "province", "county"]
    only_pref = boundaries.frame(["659001", "110000"], level="prefecture", lod="coarse")
    assert only_pref["adcode"].tolist() == ["659001", "110000"]


def test_union_of_a_composite_region(cache: Path) -> None:
    members = ["650100", "652300", "659001"]  # 乌昌石: 乌鲁木齐 + 昌吉州 + 石河子
    merged = boundaries.union(members, "medium")
    assert merged is not None and merged.is_valid
    parts = [boundaries.geometry(c, "medium") for c in members]
    assert km2(merged) == pytest.approx(sum(km2(p) for p in parts), rel=1e-6)
    assert boundaries.union(["659011", "659012"]) is None
    assert boundaries.union(["659011", "650100"], "medium").equals(boundaries.geometry("650100", "medium"))


def test_bad_arguments_are_user_errors(cache: Path) -> None:
    with pytest.raises(InputError):
        boundaries.geometry("650100", "ultra")
    with pytest.raises(InputError):
        boundaries.frame(level="town")


# --- command line ----------------------------------------------------------------------------------------


def _run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("code", "lod"), [("650100", "fine"), ("654203", "medium"), ("330000", "coarse")])
def test_boundary_command_prints_an_rfc7946_feature(
    cache: Path, capsys: pytest.CaptureFixture[str], code: str, lod: str
) -> None:
    rc, out, _ = _run(capsys, "boundary", code, "--lod", lod)
    assert rc == 0
    feature = json.loads(out)
    assert feature["type"] == "Feature" and "crs" not in feature
    assert rfc7946.validate({"type": "FeatureCollection", "features": [feature]}) == []
    props = feature["properties"]
    assert props["adcode"] == code and props["lod"] == lod
    assert props["attribution"] == boundaries.ATTRIBUTION_ZH
    geom = shapely.geometry.shape(feature["geometry"])
    assert geom.is_valid
    for poly in shapely.get_parts(geom):
        assert poly.exterior.is_ccw and not any(r.is_ccw for r in poly.interiors)
    lon0, lat0, lon1, lat1 = geom.bounds
    assert 73 < lon0 < lon1 < 136 and 18 < lat0 < lat1 < 54
    # the printed polygon is the cached one, only snapped to 6 decimals (~0.1 m)
    assert shapely.hausdorff_distance(geom, boundaries.geometry(code, lod)) < 2e-6


def test_boundary_command_names_the_unit(cache: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, out, _ = _run(capsys, "boundary", "654203", "--lod", "coarse")
    props = json.loads(out)["properties"]
    assert props["name"] == "沙湾市"
    assert (props["level"], props["parent"], props["province"]) == ("county", "654200", "650000")
    assert props["boundary_code"] == "654223"


@pytest.mark.parametrize("code", UNAVAILABLE)
def test_boundary_command_for_a_unit_without_polygon(
    cache: Path, capsys: pytest.CaptureFixture[str], code: str
) -> None:
    rc, out, err = _run(capsys, "boundary", code)
    assert rc == 0
    feature = json.loads(out)
    assert feature["geometry"] is None
    assert feature["properties"]["boundary"] == "unavailable"
    lon, lat = feature["properties"]["seat"]
    assert 73 < lon < 96 and 35 < lat < 50  # somewhere in Xinjiang
    assert "no boundary" in err


@pytest.mark.parametrize("code", ["123456", "659099", "12ab56"])
def test_boundary_command_rejects_unknown_codes(cache: Path, capsys: pytest.CaptureFixture[str], code: str) -> None:
    rc, out, err = _run(capsys, "boundary", code)
    assert rc == 2
    assert out == ""
    assert err.startswith("error: ") and err.count("\n") == 1 and code in err


# --- building ------------------------------------------------------------------------------------------------


def test_build_is_atomic_and_removes_stale_caches(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A failed build leaves nothing behind; stale caches are removed only when asked (python -m geo build).

    Runs the real pipeline on Shanxi's 117 counties only, into a temporary cache directory."""
    from boundary_helpers import raw_counties

    codes, counties = raw_counties("140000")
    monkeypatch.setenv("LAYOUT_ATLAS_CACHE", str(tmp_path))
    monkeypatch.setattr(build_mod, "converted_counties", lambda: (list(codes), counties))
    stale = tmp_path / "boundaries-000000000000.gpkg"
    stale.write_bytes(b"old")
    real_write = pyogrio.write_dataframe
    calls: list[str] = []

    def write_then_fail(frame: object, path: object, **kwargs: object) -> None:
        calls.append(str(kwargs.get("layer")))
        if len(calls) == 2:
            raise OSError("No space left on device")
        real_write(frame, path, **kwargs)

    monkeypatch.setattr(build_mod.pyogrio, "write_dataframe", write_then_fail)
    with pytest.raises(OSError, match="No space"):
        build_mod.build()
    assert sorted(p.name for p in tmp_path.iterdir() if not p.name.endswith(".lock")) == [stale.name]

    monkeypatch.setattr(build_mod.pyogrio, "write_dataframe", real_write)
    path = build_mod.build()
    assert path.parent == tmp_path and stale.exists()  # a lazy build never deletes other caches
    assert build_mod.remove_stale() == [stale]  # python -m geo build does
    assert path.exists() and not stale.exists()
    counts = pyogrio.read_dataframe(path, layer="medium", read_geometry=False)["level"].value_counts().to_dict()
    assert counts == {"county": 117, "prefecture": 11, "province": 1}


def test_frame_labels_agree_with_the_gazetteer(cache: Path) -> None:
    """Every label the gazetteer knows names the unit drawn: geometry(label) is that very polygon."""
    from geo.gazetteer import get_gazetteer

    gazetteer = get_gazetteer()
    counties = boundaries.frame(level="county", lod="coarse")
    known = [(c, g) for c, g in zip(counties["adcode"], counties.geometry, strict=True) if gazetteer.current(c)]
    assert len(known) > 2800
    for code, geom in known:
        drawn = boundaries.geometry(code, "coarse")  # 441900 comes as its prefecture tile: same polygon
        assert shapely.equals_exact(shapely.normalize(drawn), shapely.normalize(geom), tolerance=1e-12), code
    # Macau's parishes are numbered differently in the source (820001 is 花地玛堂区 there, 花王堂区 in the
    # code table): the gazetteer links them by name, so each label names its own parish
    assert gazetteer.boundary_code("820008") == "820001"
    assert gazetteer.boundary_code("810101") == "810001"  # Hong Kong: same order, different numbering
    assert {"820001", "820008", "810101"} <= set(counties["adcode"])


def test_import_builds_nothing_and_first_read_builds(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    env = {**os.environ, "LAYOUT_ATLAS_CACHE": str(tmp_path)}
    subprocess.run([sys.executable, "-c", "import geo.boundaries, geo.commands.boundary"], check=True, env=env)
    assert not any(tmp_path.glob("*.gpkg"))
    # first read builds (here from Shanxi's counties only, to keep the test fast)
    from boundary_helpers import raw_counties

    codes, counties = raw_counties("140000")
    monkeypatch.setenv("LAYOUT_ATLAS_CACHE", str(tmp_path))
    monkeypatch.setattr(build_mod, "converted_counties", lambda: (list(codes), counties))
    taiyuan = boundaries.geometry("140100", "medium")
    assert taiyuan is not None and taiyuan.is_valid
    assert [p.name for p in tmp_path.glob("*.gpkg")] == [build_mod.cache_path().name]
    assert boundaries.geometry("650100", "medium") is None  # not in this small cache
