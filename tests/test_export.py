"""Exports written and read back with pyogrio: Chinese intact, adcodes as strings, counts, geometry types."""

from __future__ import annotations

import json
from pathlib import Path

import pyogrio
import pytest
import rfc7946
import shapely
from tablefixtures import OK_LAYERS, SquareShapes, real_services

from geo.cli import main
from geo.exporters import SHP_FIELDS, export, format_for
from geo.exporters.common import attribution
from geo.table import DesignationTable, load_table

FAMILIES = {"polygon": 4, "line": 2, "point": 2, "unlocated": 1}  # fx-xj-zone-wuchangshi..: see layers_ok
WUCHANGSHI = "650100;652300;659001"


@pytest.fixture(scope="module")
def table() -> DesignationTable:
    return load_table(OK_LAYERS, services=real_services(), shapes=SquareShapes(no_polygon=["650500"]))


def by_id(frame, column: str = "id") -> dict:
    return {r[column]: r for r in frame.to_dict("records")}


def test_family_counts(table: DesignationTable) -> None:
    # area x2 (one polygon-less -> point), core -> polygon, triangle polygon, axis+line, site point, unlocated
    kinds = dict(zip(table.gdf["id"], table.gdf.geometry.geom_type.fillna("None"), strict=True))
    assert kinds == {
        "fx-xj-zone-wuchangshi": "MultiPolygon", "fx-xj-zone-hami": "Point", "fx-xj-centres": "None",
        "fx-sx-heavy-taiyuan": "Polygon", "fx-sx-military-axis": "LineString", "fx-sx-agri-triangle": "Polygon",
        "fx-sx-electronics-line": "LineString", "fx-sx-coalmachinery": "MultiPolygon",
        "fx-sx-autoparts-jiangxian": "Point",
    }


def test_geojson_is_rfc7946_and_complete(table: DesignationTable, tmp_path: Path) -> None:
    out = tmp_path / "atlas.geojson"
    summary = export(table, out)
    assert "9 designations (4 polygon, 2 line, 2 point, 1 unlocated) from 2 documents" in str(summary)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert rfc7946.validate(doc) == []
    assert "crs" not in doc and doc["attribution"] == attribution()[0]
    assert doc["checks"]["003_0080feef46c9a5bd"][0]["declared"] == 6
    assert doc["documents"]["004_f7234676e34d8fd8"]["region"]["value"] == "140000"
    feats = {f["id"]: f for f in doc["features"]}
    assert len(feats) == 9
    f = feats["fx-xj-zone-wuchangshi"]["properties"]
    assert f["members"] == ["650100", "652300", "659001"] and f["member_names"][0] == "乌鲁木齐市"
    assert f["span"] == [2330, 2422] and f["quote"].startswith("依托制造资源") and f["attribution"]
    assert f["doc"] == "003_0080feef46c9a5bd"
    assert feats["fx-xj-centres"]["geometry"] is None
    assert "\\u" not in out.read_text(encoding="utf-8")  # Chinese written as text
    back = pyogrio.read_dataframe(out)
    assert len(back) == 9 and back.crs.to_epsg() == 4326
    assert by_id(back)["fx-sx-agri-triangle"]["geometry"].geom_type == "Polygon"


def test_validator_catches_what_it_should() -> None:
    cw = {"type": "Polygon", "coordinates": [[[0, 0], [0, 1], [1, 1], [1, 0], [0, 0]]]}
    bad = {"type": "FeatureCollection", "crs": {}, "features": [
        {"type": "Feature", "properties": {}, "geometry": cw},
        {"type": "Feature", "properties": {}, "geometry": {"type": "Point", "coordinates": [200, 0.1234567]}},
        {"type": "Feature", "properties": {}, "geometry": {"type": "LineString", "coordinates": [[0, 0]]}},
        {"type": "Feature", "properties": {},
         "geometry": {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 1]]]}},
    ]}
    errors = rfc7946.validate(bad)
    assert any("crs" in e for e in errors)
    assert any("feature 0" in e and "counter-clockwise" in e for e in errors)
    assert any("outside WGS-84" in e for e in errors) and any("decimals" in e for e in errors)
    assert any("LineString needs" in e for e in errors) and any("not closed" in e for e in errors)


def test_gpkg_layers_read_back(table: DesignationTable, tmp_path: Path) -> None:
    out = tmp_path / "atlas.gpkg"
    export(table, out)
    layers = dict(pyogrio.list_layers(out).tolist())
    assert layers == {
        "designations_polygon": "MultiPolygon", "designations_line": "MultiLineString",
        "designations_point": "MultiPoint", "designations_unlocated": None, "members": "MultiPolygon",
        "member_seats": "Point", "checks": None, "documents": None,
    }
    counts = {name: len(pyogrio.read_dataframe(out, layer=f"designations_{name}")) for name in FAMILIES}
    assert counts == FAMILIES
    poly = by_id(pyogrio.read_dataframe(out, layer="designations_polygon"))
    r = poly["fx-xj-zone-wuchangshi"]
    assert r["members"] == WUCHANGSHI and r["member_names"] == "乌鲁木齐市;昌吉回族自治州;石河子市"
    assert r["quote"].endswith("努力打造具有较强竞争力的特色产业集群。") and r["span_start"] == 2330
    assert r["attribution"] == attribution()[0]
    unl = pyogrio.read_dataframe(out, layer="designations_unlocated")
    assert unl["id"].tolist() == ["fx-xj-centres"] and unl["industry"][0].startswith("电力装备")
    seats = pyogrio.read_dataframe(out, layer="member_seats")
    assert len(seats) == len(table.members_gdf) and set(seats["adcode"]) >= {"140100", "659001"}
    assert pyogrio.read_dataframe(out, layer="checks")["declared"].tolist() == [6]
    docs = by_id(pyogrio.read_dataframe(out, layer="documents"), "doc")
    assert docs["004_f7234676e34d8fd8"]["region"] == "140000"


def test_shapefiles_read_back(table: DesignationTable, tmp_path: Path) -> None:
    out = tmp_path / "atlas.shp"
    summary = export(table, out)
    names = sorted(p.name for p in tmp_path.iterdir())
    for stem in ("atlas_polygon", "atlas_line", "atlas_point", "atlas_members"):
        assert {f"{stem}.{ext}" for ext in ("shp", "shx", "dbf", "prj", "cpg")} <= set(names)
    assert {"atlas_unlocated.dbf", "atlas_unlocated.cpg"} <= set(names)
    assert not [n for n in names if n.startswith(".")]  # no temporary leftovers
    assert all((tmp_path / n).read_text() == "UTF-8" for n in names if n.endswith(".cpg"))
    assert len(summary.files) == 5
    total = 0
    for fam, expected_type in (("polygon", "Polygon"), ("line", "LineString"), ("point", "Point")):
        frame = pyogrio.read_dataframe(tmp_path / f"atlas_{fam}.shp")
        assert set(frame.geometry.geom_type) <= {expected_type, f"Multi{expected_type}"}
        assert all(len(c) <= 10 for c in frame.columns)
        total += len(frame)
    unl = pyogrio.read_dataframe(tmp_path / "atlas_unlocated.dbf")
    assert len(unl) == 1 and total + len(unl) == 9
    poly = by_id(pyogrio.read_dataframe(tmp_path / "atlas_polygon.shp"))
    r = poly["fx-xj-zone-wuchangshi"]
    assert r[SHP_FIELDS["members"]] == WUCHANGSHI and r[SHP_FIELDS["member_names"]].startswith("乌鲁木齐市")
    assert r["name"] == "乌昌石" and r[SHP_FIELDS["industry_en"]] == "specialty industry clusters"
    # DBF text stops at 254 bytes: cut on a character boundary and marked
    quote = r["quote"]
    assert quote.endswith("…") and len(quote.encode("utf-8")) <= 254
    assert table.gdf.set_index("id").loc["fx-xj-zone-wuchangshi", "quote"].startswith(quote[:-1])
    assert all(len(v) <= 10 for v in SHP_FIELDS.values())
    members = pyogrio.read_dataframe(tmp_path / "atlas_members.shp")
    assert members["adcode"].str.len().eq(6).all()


def test_csv_reads_back_with_geometry(table: DesignationTable, tmp_path: Path) -> None:
    out = tmp_path / "atlas.csv"
    export(table, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbfWKT,")
    back = pyogrio.read_dataframe(out)
    assert len(back) == 9
    rows = by_id(back)
    assert rows["fx-xj-zone-wuchangshi"]["members"] == WUCHANGSHI
    assert rows["fx-sx-military-axis"]["geometry"].geom_type == "LineString"
    assert rows["fx-xj-centres"]["geometry"] is None
    assert rows["fx-sx-heavy-taiyuan"]["notes"] in ("", None)
    assert rows["fx-xj-zone-wuchangshi"]["name"] == "乌昌石"
    axis = table.gdf.set_index("id").loc["fx-sx-military-axis", "geometry"]
    assert shapely.equals_exact(rows["fx-sx-military-axis"]["geometry"], axis, tolerance=1e-6)


def test_kml_reads_back(table: DesignationTable, tmp_path: Path) -> None:
    out = tmp_path / "atlas.kml"
    export(table, out)
    back = pyogrio.read_dataframe(out)
    assert len(back) == 9
    rows = by_id(back, "designation_id")
    assert rows["fx-xj-zone-wuchangshi"]["Name"] == "乌昌石"
    assert rows["fx-xj-zone-wuchangshi"]["members"] == WUCHANGSHI
    assert rows["fx-xj-centres"]["geometry"] is None
    assert rows["fx-sx-agri-triangle"]["geometry"].geom_type == "Polygon"
    assert rows["fx-sx-agri-triangle"]["description"].startswith("形成重型机械")


def test_format_choice() -> None:
    assert format_for("a.gpkg") == "gpkg" and format_for("a.SHP") == "shp" and format_for("a.txt") == "geojson"
    assert format_for("a.gpkg", "csv") == "csv"


def test_command_line(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cli.gpkg"
    assert main(["export", "--out", str(out), "--layers", *map(str, OK_LAYERS)]) == 0
    line = capsys.readouterr().out.strip().splitlines()[-1]
    assert line.startswith("wrote GeoPackage: 9 designations") and str(out) in line
    assert "0 layer errors" in line
    assert main(["export", "--out", str(tmp_path / "dir.csv"), "--layers", str(OK_LAYERS[0].parent)]) == 0
    assert "wrote CSV: 9 designations" in capsys.readouterr().out
    out2 = tmp_path / "cli.data"
    assert main(["export", "--out", str(out2), "--format", "geojson", "--layers", str(OK_LAYERS[0])]) == 0
    assert rfc7946.validate(json.loads(out2.read_text(encoding="utf-8"))) == []
    bad = Path(__file__).parent / "fixtures" / "layers_bad" / "schema.yaml"
    assert main(["export", "--strict", "--out", str(tmp_path / "s.geojson"), "--layers", str(bad)]) == 2
    assert not (tmp_path / "s.geojson").exists()
    err = capsys.readouterr().err
    assert "tests/fixtures/layers_bad/schema.yaml:18:" in err


def _boundaries_ready() -> bool:
    import importlib
    import importlib.util

    if importlib.util.find_spec("geo.boundaries") is None:
        return False
    return hasattr(importlib.import_module("geo.boundaries"), "geometry")


@pytest.mark.skipif(not _boundaries_ready(), reason="geo.boundaries not present")
def test_shipped_layers_export_valid_geojson_with_real_boundaries(tmp_path: Path) -> None:
    """The reviewed layers, with real (simplified, converted) boundaries, give a valid RFC 7946 file."""
    table = load_table(lod="coarse")
    assert not table.errors
    out = tmp_path / "atlas.geojson"
    export(table, out)
    doc = json.loads(out.read_text(encoding="utf-8"))
    assert rfc7946.validate(doc) == []
    assert len(doc["features"]) == len(table.gdf) > 0
    kinds = {f["properties"]["kind"] for f in doc["features"] if f["geometry"] is None}
    assert kinds <= {"unlocated"}  # every placed kind got a geometry
    polygons = [f for f in doc["features"] if f["geometry"] and "Polygon" in f["geometry"]["type"]]
    assert polygons and all(f["properties"]["attribution"] == attribution()[0] for f in polygons)
