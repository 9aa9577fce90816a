"""geo.mapview: styles, geometry parts, payload escaping, legend, basemaps, folium map HTML, selection,
details, publishing, downloads, uploads. No browser: the map is rendered to HTML and inspected."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import folium
import geopandas as gpd
import pytest
import shapely
from hypothesis import given
from hypothesis import strategies as st
from shapely.geometry import GeometryCollection, LineString, MultiPolygon, Point, Polygon

from geo import coords
from geo.errors import InputError
from geo.mapview import (
    Basemap,
    atlas_payload,
    build_map,
    check_tianditu_key,
    downloads,
    industry_colour,
    part_style,
    publish,
    select,
    tile_specs,
    upload,
)
from geo.mapview import detail as detail_mod
from geo.mapview.payload import split_parts

HOSTILE = "<img src=x onerror=alert(1)><script>alert(2)</script>"
SQ = Polygon([(87.0, 43.0), (88.0, 43.0), (88.0, 44.0), (87.0, 44.0)])
SQ2 = Polygon([(89.0, 43.0), (90.0, 43.0), (90.0, 44.0), (89.0, 44.0)])


def frame(rows: list[dict]) -> gpd.GeoDataFrame:
    base = {"doc": "d1", "group": "组", "industry": "装备制造", "status": "planned", "members": ["650100"],
            "doc_title": "文件", "doc_year": 2016, "quote": "句。", "span": [0, 2]}  # fmt: skip
    return gpd.GeoDataFrame([{**base, **r} for r in rows], geometry="geometry", crs="EPSG:4326")


def empty() -> gpd.GeoDataFrame:
    return frame([{"id": "x", "name": "x", "kind": "area", "geometry": SQ}]).iloc[0:0]


@pytest.fixture()
def small() -> gpd.GeoDataFrame:
    return frame(
        [
            {"id": "a-area", "name": "片区", "kind": "area", "geometry": MultiPolygon([SQ, SQ2])},
            {"id": "b-axis", "name": "一轴", "kind": "axis", "industry": "新能源",
             "geometry": GeometryCollection([LineString([(87.5, 43.5), (89.5, 43.5)]), SQ, SQ2])},
            {"id": "c-tri", "name": "三角", "kind": "triangle", "doc": "d2",
             "geometry": GeometryCollection([Polygon([(87, 43), (89, 43), (88, 44)]), SQ])},
            {"id": "d-core", "name": "核心", "kind": "core", "geometry": GeometryCollection([SQ, Point(87.5, 43.5)])},
            {"id": "e-site", "name": "园区", "kind": "site", "industry": "", "geometry": Point(87.6, 43.8)},
            {"id": "f-none", "name": "未落图", "kind": "unlocated", "geometry": None},
        ]
    )  # fmt: skip


# --- styles -------------------------------------------------------------------------------------------------
def test_industry_colours_are_stable_hex_and_fixed_for_known_names() -> None:
    assert industry_colour("装备制造") == "#1f77b4"
    assert industry_colour("高端装备制造") == "#1f77b4"  # contains a known name
    assert industry_colour("") == industry_colour(None) == "#555555"
    some = industry_colour("某种全新产业")
    assert re.fullmatch(r"#[0-9a-f]{6}", some) and industry_colour("某种全新产业") == some


def test_part_style_refuses_unknown_roles_and_non_hex_colours() -> None:
    assert part_style("line", "stroke", "#123456")["dashArray"] == "10 6"
    assert part_style("axis", "stroke", "#123456")["dashArray"] is None
    assert part_style("triangle", "outline", "#123456")["fill"] is False
    with pytest.raises(ValueError, match="colour"):
        part_style("area", "fill", "red;background:url(x)")
    with pytest.raises(ValueError, match="role"):
        part_style("area", "nope", "#123456")


# --- geometry parts -----------------------------------------------------------------------------------------
def test_split_parts_by_kind(small: gpd.GeoDataFrame) -> None:
    roles = {r["id"]: [role for role, _ in split_parts(r["kind"], r.geometry)] for _, r in small.iterrows()}
    assert roles == {
        "a-area": ["fill"],
        "b-axis": ["member", "stroke"],
        "c-tri": ["member", "outline"],
        "d-core": ["member", "seat"],
        "e-site": ["site"],
        "f-none": [],
    }
    tri = dict(split_parts("triangle", small.geometry[2]))["outline"]
    assert tri.geom_type == "LineString" and len(tri.coords) == 4  # closed ring through the three seats


# --- payload ------------------------------------------------------------------------------------------------
def test_payload_counts_parts_and_skips_unlocated(small: gpd.GeoDataFrame) -> None:
    p = atlas_payload(small)
    ids = [d["id"] for d in p["designations"]]
    assert ids == ["a-area", "b-axis", "c-tri", "d-core", "e-site"]
    parts = p["geometry"]["parts"]
    assert sum(len(v) for v in parts.values()) == 1 + 2 + 2 + 2 + 1
    assert parts["0"][0]["g"]["type"] == "MultiPolygon"


def test_tree_labels_are_escaped_and_tooltips_stay_plain_text(small: gpd.GeoDataFrame) -> None:
    hostile = small.copy()
    hostile.loc[0, "name"] = HOSTILE
    hostile.loc[0, "group"] = HOSTILE
    hostile.loc[0, "doc_title"] = HOSTILE
    p = atlas_payload(hostile, attributions=[HOSTILE])
    text = json.dumps(p["tree"], ensure_ascii=False)
    assert "<img" not in text and "<script" not in text
    assert html.escape(HOSTILE) in text
    assert p["designations"][0]["tip"]["name"] == HOSTILE  # put into the page with textContent
    assert p["attributions"] == [html.escape(HOSTILE)]


def test_legend_matches_what_is_drawn(small: gpd.GeoDataFrame) -> None:
    p = atlas_payload(small)
    drawn = {part["s"]["color"] for parts in p["geometry"]["parts"].values() for part in parts}
    legend = {item["colour"] for item in p["legend"]["industries"]}
    assert drawn == legend
    assert [k["label"] for k in p["legend"]["kinds"]] == ["片区", "发展轴", "三角", "核心", "园区/基地"]
    only_sites = atlas_payload(small[small["kind"] == "site"], lang="en")
    assert [k["label"] for k in only_sites["legend"]["kinds"]] == ["site"]
    assert [i["label"] for i in only_sites["legend"]["industries"]] == ["no industry named"]


def test_gaode_basemap_shifts_overlays_to_gcj02(small: gpd.GeoDataFrame) -> None:
    plain = atlas_payload(small)
    shifted = atlas_payload(small, transform=coords.geometry_wgs84_to_gcj02)
    site_plain = plain["geometry"]["parts"]["4"][0]["g"]["coordinates"]
    site_gcj = shifted["geometry"]["parts"]["4"][0]["g"]["coordinates"]
    lon, lat = coords.wgs84_to_gcj02(87.6, 43.8)
    assert list(site_plain) == [87.6, 43.8]
    assert list(site_gcj) == pytest.approx([round(float(lon), 3), round(float(lat), 3)])
    assert list(site_gcj) != list(site_plain)


def test_boundary_levels_switch_by_zoom() -> None:
    fr = gpd.GeoDataFrame({"adcode": ["650000"]}, geometry=[SQ], crs="EPSG:4326")
    p = atlas_payload(empty(), {"province": fr, "county": fr})
    levels = {b["level"]: (b["minZoom"], b["maxZoom"]) for b in p["geometry"]["boundaries"]}
    assert levels["province"][0] == 0 and levels["county"][0] > levels["province"][0]
    assert p["hasBoundaries"] is True


# --- the folium map ------------------------------------------------------------------------------------------
def _html(m: folium.Map) -> str:
    return m.get_root().render()


def test_map_loads_only_local_assets_and_leaves_folium_globals_alone(small: gpd.GeoDataFrame) -> None:
    before_js = list(folium.Map.default_js)
    page = _html(build_map(small))
    urls = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert urls and all(u.startswith("/app/static/vendor/") for u in urls), urls
    assert "cdn.jsdelivr" not in page and "cdnjs" not in page and "code.jquery" not in page
    assert folium.Map.default_js == before_js and "cdn.jsdelivr" in before_js[0][1]


def test_hostile_text_never_appears_as_markup_in_the_map_html(small: gpd.GeoDataFrame) -> None:
    hostile = small.copy()
    for col in ("name", "group", "industry", "doc_title"):
        hostile[col] = HOSTILE
    page = _html(build_map(hostile, attributions=[HOSTILE]))
    assert "<img src=x" not in page and "<script>alert" not in page


def test_basemaps() -> None:
    assert tile_specs(Basemap.NONE) == []
    assert not Basemap.NONE.online and Basemap.GAODE.shift_gcj02 and not Basemap.OSM.shift_gcj02
    assert tile_specs(Basemap.TIANDITU) == []  # no key yet: no tiles
    specs = tile_specs(Basemap.TIANDITU, "abcdef0123456789abcdef0123456789")
    assert len(specs) == 2 and all("tk=abcdef0123456789abcdef0123456789" in s.url for s in specs)
    assert "{z}" in specs[0].url and "{x}" in specs[0].url
    with pytest.raises(InputError):
        check_tianditu_key("abc'); alert(1); ('")
    page = _html(build_map(empty(), basemap=Basemap.OSM))
    assert "tile.openstreetmap.org" in page


# --- selection ------------------------------------------------------------------------------------------------
def test_within_and_touches_follow_code_structure() -> None:
    assert select.within("652301", "652300") and select.within("652301", "650000")
    assert not select.within("652300", "652301") and not select.within("140100", "650000")
    assert select.touches(["652300"], ["652301"])  # the prefecture contains the searched county
    assert select.touches(["652301"], ["652300"])  # the county lies in the searched prefecture
    assert not select.touches(["650100"], ["652300"])


def test_filters_and_place_search(small: gpd.GeoDataFrame) -> None:
    small = small.copy()
    small.loc[1, "members"] = ["652300", "650100"]
    small.loc[4, "members"] = ["652301"]
    small.loc[2, "doc_year"] = 2011
    opts = select.options(small)
    assert opts["province"] == ["650000"] and opts["year"] == [2011, 2016]
    kept = select.apply(small, select.Filters(kind=("site", "core")))
    assert list(kept["id"]) == ["d-core", "e-site"]
    assert list(select.apply(small, select.Filters(year=(2011,)))["id"]) == ["c-tri"]
    assert len(select.apply(small, select.Filters())) == len(small)

    class Cand:
        name, adcodes = "昌吉回族自治州", ("652300",)

    hit = select.search_place("  昌吉 ", small, resolve=lambda q: [Cand()])
    assert hit is not None and hit.ids == ("b-axis", "e-site")
    assert select.search_place("nowhere", small, resolve=lambda q: []) is None


def test_place_search_with_the_real_resolver(small: gpd.GeoDataFrame) -> None:
    small = small.copy()
    small.loc[4, "members"] = ["652801"]
    hit = select.search_place("库尔勒", small)
    assert hit is not None and hit.adcodes == ("652801",) and hit.ids == ("e-site",)


# --- details ---------------------------------------------------------------------------------------------------
def test_tooltip_text_gives_the_designation_id() -> None:
    ids = ["xj-a", "xj-a-b"]
    assert detail_mod.designation_id_from_tooltip("名称产业 · 片区#xj-a-b", ids) == "xj-a-b"
    assert detail_mod.designation_id_from_tooltip("名称#xj-a\n", ids) == "xj-a"
    assert detail_mod.designation_id_from_tooltip("#unknown", ids) is None
    assert detail_mod.designation_id_from_tooltip(None, ids) is None


@given(st.text(max_size=80), st.integers(0, 80), st.integers(0, 80))
def test_highlight_is_escaped_and_marks_exactly_the_span(text: str, a: int, b: int) -> None:
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    out = detail_mod.highlight_html(text, (lo, hi))
    assert "<" not in re.sub(r'</?mark( id="atlas-quote")?>|<br>', "", out)
    marked = re.search(r'<mark id="atlas-quote">(.*)</mark>', out, re.S)
    assert marked is not None
    assert html.unescape(marked.group(1).replace("<br>", "\n")) == text[lo:hi]


def test_related_checks_are_those_overlapping_the_quote(small: gpd.GeoDataFrame) -> None:
    from geo.layers.model import Check

    info = detail_mod.detail(small.iloc[0])
    info = detail_mod.Detail(**{**info.__dict__, "span": (100, 150)})
    checks = [
        Check(kind="count", statement="六个地区", declared=6, found=4, span=(90, 120), note="two unnamed"),
        Check(kind="note", statement="elsewhere", span=(200, 240), note="far away"),
    ]
    lines = detail_mod.related_checks(checks, info)
    assert lines == ["六个地区 — 6 / 4 — two unnamed"]
    out = detail_mod.detail_html(info, "zh", [HOSTILE])
    assert "一致性检查" in out and html.escape(HOSTILE) in out and "<img" not in out


def test_detail_html_escapes_every_field(small: gpd.GeoDataFrame) -> None:
    row = small.iloc[0].copy()
    for col in ("name", "quote", "industry", "section", "doc_title"):
        row[col] = HOSTILE
    row["notes"] = [HOSTILE]
    out = detail_mod.detail_html(detail_mod.detail(row))
    assert "<img" not in out and "<script" not in out and out.count(html.escape(HOSTILE)) >= 5


# --- publishing, downloads, uploads ----------------------------------------------------------------------------
def test_publish_is_content_addressed(tmp_path: Path) -> None:
    url1 = publish.publish({"a": [1, 2]}, static_dir=tmp_path)
    url2 = publish.publish({"a": [1, 2]}, static_dir=tmp_path)
    url3 = publish.publish({"a": [1, 3]}, static_dir=tmp_path)
    assert url1 == url2 != url3 and url1.startswith("/app/static/cache/atlas-")
    files = sorted((tmp_path / "cache").glob("atlas-*.json"))
    assert len(files) == 2 and json.loads((tmp_path / "cache" / url1.rsplit("/", 1)[1]).read_text()) == {"a": [1, 2]}
    assert publish.prune(tmp_path / "cache", max_files=1) == 1


def test_unwritable_static_dir_falls_back_to_inline_data(small: gpd.GeoDataFrame) -> None:
    def refuse(data: dict) -> str:
        raise PermissionError("read-only")

    p = atlas_payload(small, publish=refuse)
    assert "geometryUrl" not in p and len(p["geometry"]["parts"]) == 5


def test_download_names_are_never_user_paths() -> None:
    assert downloads.safe_stem("../../etc/passwd") == "etc-passwd"
    assert downloads.safe_stem("山西规划") == "layer"
    assert upload._label("C:\\Users\\x\\..\\evil/报告.docx") == "报告.docx"


def test_selection_downloads_are_valid_files(tmp_path: Path) -> None:
    import pyogrio

    from geo.table import load_table

    table = load_table()
    ids = [str(i) for i in table.gdf["id"][:10]]
    files = {f.file_name: f for f in downloads.download_files(table, ids)}
    gj = json.loads(files["selection.geojson"].make())
    assert gj["type"] == "FeatureCollection" and [f["properties"]["id"] for f in gj["features"]] == ids
    gpkg = tmp_path / "sel.gpkg"
    gpkg.write_bytes(files["selection.gpkg"].make())
    layers = [name for name, _ in pyogrio.list_layers(gpkg)]
    assert layers
    csv = files["selection.csv"].make().decode("utf-8-sig")
    assert all(i in csv for i in ids)
    per_doc = [n for n in files if n not in ("selection.geojson", "selection.gpkg", "selection.csv")]
    assert per_doc and all(re.fullmatch(r"[A-Za-z0-9_.-]+\.geojson", n) for n in per_doc)


def test_upload_limits_and_bad_files() -> None:
    assert "5 MB" in upload.process(b"x" * 5_000_001, "a.txt", limit_mb=5).error
    assert upload.process(b"\x00\x01" * 50, "a.txt", limit_mb=5).error
    ok = upload.process("二、布局\n重点建设太原、大同装备制造基地。\n".encode(), "../x.txt", limit_mb=5)
    assert ok.doc.startswith("upload-") and ".." not in ok.doc
    if not ok.error:
        layer = upload.accepted_layer(ok, ok.review.assign(accept=False))
        assert layer["designations"] == [] and layer["document_text"].startswith("二、布局")


def test_upload_review_edits_members_and_adds_a_session_layer() -> None:
    from geo.table import load_table

    text = Path("corpus/seeds/004_f7234676e34d8fd8.txt").read_bytes()
    result = upload.process(text, "shanxi.txt", limit_mb=5)
    assert not result.error and len(result.review) >= 5
    review = result.review.copy()
    review.loc[1:, "accept"] = False
    first = review.iloc[0]
    review.loc[0, "members"] = first["members"].split("; ")[0]
    layer = upload.accepted_layer(result, review)
    assert [d["id"] for d in layer["designations"]] == [first["id"]]
    assert layer["designations"][0]["members"] == [first["members"].split("; ")[0]]
    assert "members changed in review" in layer["designations"][0]["notes"][-1]
    table = load_table(extra=[layer])
    assert first["id"] in set(table.gdf["id"])
    import yaml

    draft = yaml.safe_load(upload.draft_yaml(result, review))
    assert [d["id"] for d in draft["designations"]] == [first["id"]] and "document_text" not in draft
    assert shapely.is_valid(table.gdf.set_index("id").loc[first["id"]].geometry)
