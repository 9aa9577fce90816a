"""The canonical designation table: columns, geometry by kind, member shapes, session layers, cache key."""

from __future__ import annotations

import importlib
import importlib.util
import shutil
from pathlib import Path

import pytest
import shapely
import yaml
from tablefixtures import HALF, OK_LAYERS, SquareShapes, real_services

from geo.layers import Services, read_document_text
from geo.table import COLUMNS, MEMBER_COLUMNS, DesignationTable, load_table, table_key


@pytest.fixture(scope="module")
def services() -> Services:
    return real_services()


@pytest.fixture(scope="module")
def table(services: Services) -> DesignationTable:
    # 石河子市 without a polygon exercises the seat fallback
    return load_table(OK_LAYERS, services=services, shapes=SquareShapes(no_polygon=["659001"]))


def row(table: DesignationTable, ident: str) -> dict:
    hits = table.gdf[table.gdf["id"] == ident]
    assert len(hits) == 1
    return hits.iloc[0].to_dict()


def seat(code: str) -> tuple[float, float]:
    s = SquareShapes().seat(code)
    assert s is not None
    return s


def test_columns_and_types(table: DesignationTable) -> None:
    assert list(table.gdf.columns) == [*COLUMNS, "geometry"]
    assert list(table.members_gdf.columns) == [*MEMBER_COLUMNS, "geometry"]
    assert table.gdf.crs.to_epsg() == 4326 and table.members_gdf.crs.to_epsg() == 4326
    assert len(table.gdf) == 9 and table.problems == []
    r = row(table, "fx-xj-zone-wuchangshi")
    assert r["members"] == ["650100", "652300", "659001"]
    assert all(isinstance(m, str) for m in r["members"])
    assert r["member_names"] == ["乌鲁木齐市", "昌吉回族自治州", "石河子市"]
    assert r["span"] == [2330, 2422] and r["confidence"] == 1.0
    assert (r["doc"], r["doc_title"], r["doc_year"], r["doc_region"]) == (
        "003_0080feef46c9a5bd", "中国制造2025新疆行动方案", 2016, "650000")
    text = read_document_text("corpus/seeds/003_0080feef46c9a5bd.txt")
    assert all(text[s:e] == q for (s, e), q in zip(table.gdf["span"][:3], table.gdf["quote"][:3], strict=True))
    assert row(table, "fx-xj-centres")["confidence"] == 0.6
    assert set(table.docs) == {"003_0080feef46c9a5bd", "004_f7234676e34d8fd8"}
    assert [c.declared for c in table.checks["003_0080feef46c9a5bd"]] == [6]


def test_area_is_union_of_member_polygons_with_seat_fallback(table: DesignationTable) -> None:
    r = row(table, "fx-xj-zone-wuchangshi")
    geom = r["geometry"]
    assert geom.geom_type in ("Polygon", "MultiPolygon") and geom.is_valid
    # 乌鲁木齐 and 昌吉 squares overlap: area == union, not sum
    shapes = SquareShapes()
    expected = shapely.union_all([shapes.polygon("650100"), shapes.polygon("652300")])
    assert geom.equals(expected)
    assert "石河子市 659001" in r["geometry_note"] and not r["approximate"]
    members = table.members_gdf[table.members_gdf["id"] == "fx-xj-zone-wuchangshi"]
    assert members["adcode"].tolist() == ["650100", "652300", "659001"]
    assert members["position"].tolist() == [0, 1, 2]
    assert members["has_polygon"].tolist() == [True, True, False]
    assert members.geometry.iloc[2].equals(shapely.Point(seat("659001")))


def test_axis_and_line_go_through_seats_in_document_order(table: DesignationTable) -> None:
    axis = row(table, "fx-sx-military-axis")["geometry"]
    assert axis.geom_type == "LineString"
    assert list(axis.coords) == [seat("140100"), seat("141000")]
    line = row(table, "fx-sx-electronics-line")["geometry"]
    assert list(line.coords) == [seat("140100"), seat("140400")]


def test_triangle_is_ccw_polygon_through_three_seats(table: DesignationTable) -> None:
    tri = row(table, "fx-sx-agri-triangle")["geometry"]
    assert tri.geom_type == "Polygon" and tri.exterior.is_ccw
    assert set(tri.exterior.coords) == {seat("140100"), seat("140700"), seat("140800")}


def test_core_site_unlocated(table: DesignationTable) -> None:
    core = row(table, "fx-sx-heavy-taiyuan")
    assert core["geometry"].equals(SquareShapes().polygon("140100"))
    assert (core["seat_lon"], core["seat_lat"]) == seat("140100")
    site = row(table, "fx-sx-autoparts-jiangxian")
    assert site["geometry"].equals(shapely.Point(seat("140826"))) and site["approximate"]
    assert "approximate" in site["geometry_note"]
    unlocated = row(table, "fx-xj-centres")
    assert unlocated["geometry"] is None and unlocated["members"] == []
    assert len(table.members_gdf) == 3 + 1 + 1 + 2 + 3 + 2 + 3 + 1


def test_polygonless_area_falls_back_to_seats(services: Services) -> None:
    t = load_table(OK_LAYERS[:1], services=services, shapes=SquareShapes(no_polygon=["650500"]))
    hami = row(t, "fx-xj-zone-hami")
    assert hami["geometry"].equals(shapely.Point(seat("650500"))) and hami["approximate"]
    assert hami["geometry_note"] == "no boundary available for 哈密市 650500: drawn at the seat"


def test_session_layers_join_the_table(services: Services) -> None:
    data = yaml.safe_load(OK_LAYERS[1].read_text(encoding="utf-8"))
    data["doc"] = "upload_1"
    data["designations"] = data["designations"][:1]
    data["designations"][0]["id"] = "session-heavy"
    text = read_document_text("corpus/seeds/004_f7234676e34d8fd8.txt")
    t = load_table(OK_LAYERS[:1], extra=[{**data, "document_text": text, "source_name": "upload.docx"}],
                   services=services, shapes=SquareShapes())
    assert t.gdf["id"].tolist()[-1] == "session-heavy" and t.problems == []
    assert row(t, "session-heavy")["layer"] == "upload.docx"
    data["designations"][0]["id"] = "fx-xj-zone-hami"  # clashes with a file layer
    t = load_table(OK_LAYERS[:1], extra=[{**data, "document_text": text, "source_name": "upload.docx"}],
                   services=services, shapes=SquareShapes())
    (error,) = t.errors
    assert error.path == "upload.docx" and error.line is not None  # line in the dumped session YAML
    assert error.message == (
        "duplicate id 'fx-xj-zone-hami' (first in tests/fixtures/layers_ok/003_0080feef46c9a5bd.yaml:33)")


def test_table_key_follows_content(tmp_path: Path) -> None:
    a = tmp_path / OK_LAYERS[0].name
    shutil.copy(OK_LAYERS[0], a)
    k1 = table_key([a])
    assert k1 == table_key([a]) and k1 != table_key([a], lod="coarse")
    a.write_text(a.read_text(encoding="utf-8").replace("horizon: null", "horizon: 2020"), encoding="utf-8")
    assert table_key([a]) != k1


def _boundaries_ready() -> bool:
    if importlib.util.find_spec("geo.boundaries") is None:
        return False
    return hasattr(importlib.import_module("geo.boundaries"), "geometry")


@pytest.mark.skipif(not _boundaries_ready(), reason="geo.boundaries not present")
def test_real_boundaries(services: Services) -> None:
    t = load_table(OK_LAYERS, services=services, lod="coarse")
    assert not t.errors
    area = row(t, "fx-sx-coalmachinery")
    assert area["geometry"].geom_type in ("Polygon", "MultiPolygon") and area["geometry"].is_valid
    for code in ("140100", "140300", "140400"):
        assert area["geometry"].buffer(0.01).contains(shapely.Point(seat(code)))
    assert area["geometry_note"] == ""
    assert area["geometry"].area > 10 * (2 * HALF) ** 2  # three prefectures, not three squares


def test_collections_are_reduced_to_their_main_part() -> None:
    from geo.table import _valid

    poly = shapely.box(0, 0, 1, 1)
    gc = shapely.GeometryCollection([poly, shapely.LineString([(2, 2), (3, 3)])])
    assert _valid(gc).equals(poly)
    bowtie = shapely.Polygon([(0, 0), (1, 1), (1, 0), (0, 1), (0, 0)])  # self-intersecting
    fixed = _valid(bowtie)
    assert fixed.is_valid and fixed.geom_type == "MultiPolygon" and abs(fixed.area - 0.5) < 1e-9
    assert _valid(shapely.Polygon()) is None
