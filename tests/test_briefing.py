"""Briefing content on a tiny in-memory world: who concerns whom, roles, fallback, escaping, resolution.

The fixture is a toy province 650000 with two prefectures and a province-level city, and a second
province 140000 where one county has designations and its sibling has none. Squares stand in for
boundaries so the map can be drawn without the boundary cache.
"""

from __future__ import annotations

import io
import re
import subprocess
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import geopandas as gpd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from shapely.geometry import Point, box

from geo.briefing import build_briefing, format_of, write_briefing
from geo.briefing.content import find_hits
from geo.briefing.labels import LABELS, t
from geo.briefing.mapparts import km_per_degree_lon, nice_length
from geo.briefing.sources import Sources, check_records
from geo.errors import AmbiguousPlaceError, InputError, UnknownPlaceError


@dataclass(frozen=True)
class FakeUnit:
    adcode: str
    name: str
    level: str
    parent: str | None
    short_names: tuple[str, ...] = ()
    seat: tuple[float, float] | None = None
    status: str = "current"
    successors: tuple[str, ...] = ()
    change: str = ""


@dataclass(frozen=True)
class FakeCandidate:
    adcodes: tuple[str, ...]
    name: str
    score: float = 1.0
    ambiguous: bool = False


UNITS = [
    FakeUnit("650000", "新疆维吾尔自治区", "province", None),
    FakeUnit("650100", "乌鲁木齐市", "prefecture", "650000", ("乌鲁木齐",), (87.6, 43.8)),
    FakeUnit("652300", "昌吉回族自治州", "prefecture", "650000", ("昌吉",), (87.3, 44.0)),
    FakeUnit("652301", "昌吉市", "county", "652300", ("昌吉",), (87.3, 44.0)),
    FakeUnit("652302", "阜康市", "county", "652300", ("阜康",), (87.9, 44.2)),
    FakeUnit("659001", "石河子市", "county", "650000", ("石河子",), (86.0, 44.3)),
    FakeUnit("659011", "新星市", "county", "650000", ("新星",), (93.5, 42.8)),  # no boundary
    FakeUnit("652399", "旧县", "county", "652300", (), None, "retired", ("652302",), "撤县设市"),
    FakeUnit("140000", "山西省", "province", None),
    FakeUnit("140100", "太原市", "prefecture", "140000", ("太原",), (112.5, 37.9)),
    FakeUnit("140105", "小店区", "county", "140100", ("小店",), (112.6, 37.7)),
    FakeUnit("140106", "迎泽区", "county", "140100", ("迎泽",), (112.5, 37.8)),
]
BOXES = {
    "650100": box(87.0, 43.0, 88.0, 43.9),
    "652300": box(86.5, 43.9, 89.0, 45.0),
    "652301": box(86.5, 43.9, 87.6, 45.0),
    "652302": box(87.6, 43.9, 89.0, 45.0),
    "659001": box(85.8, 44.0, 86.5, 44.6),
    "140100": box(112.0, 37.5, 113.0, 38.2),
    "140105": box(112.5, 37.5, 113.0, 37.75),
    "140106": box(112.0, 37.75, 113.0, 38.2),
}


@dataclass
class FakeGazetteer:
    units: dict[str, FakeUnit] = field(default_factory=lambda: {u.adcode: u for u in UNITS})

    def get(self, adcode: str) -> FakeUnit | None:
        return self.units.get(adcode)

    def ancestors(self, adcode: str) -> list[FakeUnit]:
        out, unit = [], self.units[adcode]
        while unit.parent:
            unit = self.units[unit.parent]
            out.append(unit)
        return out


def _row(  # noqa: PLR0913, PLR0917 - one argument per column keeps the fixture rows readable
    id_: str, doc: str, group: str, name: str, kind: str, members: list[str], quote: str, span: list[int],
    industry: str = "装备制造", places: list[str] | None = None, year: int = 2016,
) -> dict[str, object]:
    geom = None
    if kind == "site":
        geom = Point(*next(u.seat for u in UNITS if u.adcode == members[0]))
    elif members and all(m in BOXES for m in members):
        geom = gpd.GeoSeries([BOXES[m] for m in members]).union_all()
    return {
        "id": id_, "doc": doc, "group": group, "name": name, "kind": kind, "industry": industry,
        "industry_en": "equipment" if industry else "", "members": members, "places": places or [name],
        "quote": quote, "span": span, "section": "二、布局", "horizon": None, "status": "planned",
        "notes": [], "doc_title": f"文件{doc}", "doc_year": year, "geometry": geom,
    }  # fmt: skip


ROWS = [
    _row("zone-wcs", "d1", "六区", "乌昌石", "area", ["650100", "652300", "659001"],
         "依托乌昌石等六个地区<script>alert(1)</script>，打造产业集群。", [100, 130], places=["乌昌石"]),
    _row("zone-two", "d1", "六区", "喀什", "area", ["650100"], "喀什句。", [131, 140]),
    _row("park-cj", "d1", "园区", "昌吉输变电产业园", "site", ["652300"], "建设昌吉输变电制造产业园。", [200, 213]),
    _row("axis-north", "d1", "一轴", "天山北坡", "axis", ["652302", "650100", "652301", "659001"],
         "打造天山北坡产业带。", [50, 60], industry="制造业"),
    _row("prov-policy", "d2", "", "全区示范", "area", ["650000"], "全区推进示范。", [10, 17], year=2017),
    _row("sx-park", "d3", "", "迎泽园区", "core", ["140106"], "以迎泽为核心。", [5, 11], places=["迎泽"]),
    _row("nowhere", "d3", "", "产业名单", "unlocated", [], "发展若干产业。", [20, 27]),
]


def fake_sources(rows: list[dict[str, object]] | None = None) -> Sources:
    gdf = gpd.GeoDataFrame(rows or ROWS, geometry="geometry", crs="EPSG:4326")
    frames = {
        level: gpd.GeoDataFrame(
            {"adcode": [c for c in BOXES if FakeGazetteer().units[c].level == level]},
            geometry=[g for c, g in BOXES.items() if FakeGazetteer().units[c].level == level], crs="EPSG:4326")
        for level in ("prefecture", "county")
    }
    names = {
        "昌吉": [FakeCandidate(("652300",), "昌吉回族自治州", 0.92), FakeCandidate(("652301",), "昌吉市", 0.9)],
        "朝阳区": [FakeCandidate(("652301",), "朝阳区", 1.0, True), FakeCandidate(("652302",), "朝阳区", 1.0, True)],
        "乌昌石": [FakeCandidate(("650100", "652300", "659001"), "乌昌石", 0.95)],
    }
    checks = {"d1": [{"kind": "count", "statement": "六个地区", "declared": 6, "found": 2,
                      "quote": "依托乌昌石等六个地区", "span": [100, 110], "note": "only two named"}],
              "d3": [{"kind": "note", "statement": "", "quote": "无关", "span": [0, 3], "note": "unrelated"}]}
    return Sources(
        designations=gdf,
        gazetteer=FakeGazetteer(),
        boundary=BOXES.get,
        units_frame=lambda level: frames.get(level, frames["county"].iloc[0:0]),
        resolve=lambda name: names.get(name, []),
        checks=check_records(checks),
        attribution_zh="边界：测试数据",
        attribution_en="Boundaries: test data",
    )


@pytest.fixture(scope="module")
def sources() -> Sources:
    return fake_sources()


def relations(sources: Sources, code: str) -> dict[str, str]:
    return {str(h.row["id"]): h.relation for h in find_hits(sources, code)}


def test_concerns_member_contains_within(sources: Sources) -> None:
    assert relations(sources, "652300") == {
        "zone-wcs": "member", "park-cj": "member", "axis-north": "contains", "prov-policy": "within",
    }
    assert relations(sources, "652301") == {
        "zone-wcs": "within", "park-cj": "within", "axis-north": "member", "prov-policy": "within",
    }
    assert relations(sources, "650000") == {
        "zone-wcs": "contains", "zone-two": "contains", "park-cj": "contains", "axis-north": "contains",
        "prov-policy": "member",
    }
    assert relations(sources, "140105") == {}


def test_roles_grouping_and_numbering(sources: Sources) -> None:
    b = build_briefing("652300", "zh", sources=sources, generated=date(2026, 1, 2), with_map=False)
    roles = {e.id: e.role for e in b.entries}
    assert roles["zone-wcs"] == "「乌昌石」组成部分（共3个）；「六区」2项之一"
    assert roles["park-cj"] == "所在地"
    assert roles["axis-north"] == "辖内阜康市、昌吉市列入"
    assert roles["prov-policy"] == "位于新疆维吾尔自治区范围内"
    assert [s.doc for s in b.sections] == ["d1", "d2"]  # by year, then document
    assert [e.id for e in b.sections[0].entries] == ["axis-north", "zone-wcs", "park-cj"]  # document order
    assert [e.number for e in b.entries] == [1, 2, 3, 4]
    assert b.entries[1].citation == "《文件d1》，2016，二、布局，第100–130字"
    en = build_briefing("652301", "en", sources=sources, with_map=False)
    assert {e.id: e.role for e in en.entries}["axis-north"] == "node 3 of 4 along it"


def test_partners_industries_and_notes(sources: Sources) -> None:
    b = build_briefing("652300", "zh", sources=sources, with_map=False)
    partners = {p.place.adcode: p.shared for p in b.partners}
    # co-members of the zone and the axis; never its own counties or its province
    assert partners == {"650100": ("天山北坡", "乌昌石"), "659001": ("天山北坡", "乌昌石")}
    assert b.industries[0].industry == "装备制造"
    assert set(b.industries[0].designations) == {"乌昌石（2016）", "昌吉输变电产业园（2016）", "全区示范（2017）"}
    assert [n.text for n in b.notes] == ["“六个地区”：声明 6 项，找到 2 项；only two named"]


def test_unit_without_designation_shows_parent(sources: Sources) -> None:
    b = build_briefing("140105", "zh", sources=sources, with_map=False)
    assert not b.own
    assert b.subject.adcode == "140100"
    assert [e.id for e in b.entries] == ["sx-park"]
    html = write_briefing(b, "html").decode()
    assert "没有直接涉及小店区的布局" in html
    assert "上级行政区太原市的布局" in html
    nothing = build_briefing("140105", "zh", sources=fake_sources(ROWS[:4]), with_map=False)
    assert nothing.entries == () and nothing.own
    assert "没有涉及小店区或其上级行政区的布局" in write_briefing(nothing, "html").decode()


def test_retired_code_follows_its_successor_and_missing_boundary_is_said(sources: Sources) -> None:
    b = build_briefing("652399", "zh", sources=sources)
    assert b.region.adcode == "652302"
    assert "旧县（652399）已变更（撤县设市），本简报按现行区划阜康市（652302）编制。" in b.notices
    seat_only = build_briefing("659011", "en", sources=sources)
    assert seat_only.notices == ("No boundary is available for 新星市; the map marks its seat.",)
    assert seat_only.map_png.startswith(b"\x89PNG")
    assert "the map marks its seat" in write_briefing(seat_only, "html").decode()


def test_html_escapes_document_text(sources: Sources, tmp_path: Path) -> None:
    b = build_briefing("652300", "zh", sources=sources)
    html = write_briefing(b, "html").decode()
    assert "<script" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert re.search(r'src="data:image/png;base64,[A-Za-z0-9+/=]{1000,}"', html)
    assert "边界：测试数据" in html
    path = write_briefing(b, tmp_path / "pack.html")
    assert path == tmp_path / "pack.html" and path.read_bytes() == html.encode()
    assert [p.name for p in tmp_path.iterdir()] == ["pack.html"]  # no temporary file left behind


def test_pdf_escapes_and_extracts(sources: Sources, tmp_path: Path) -> None:
    b = build_briefing("652300", "zh", sources=sources)
    path = write_briefing(b, tmp_path / "pack.pdf")
    text = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    flat = re.sub(r"\s+", "", text)
    assert "依托乌昌石等六个地区<script>alert(1)</script>，打造产业集群。" in flat  # printed as text, not markup
    assert "昌吉回族自治州产业布局简报" in flat


def test_resolution_messages(sources: Sources) -> None:
    assert build_briefing("昌吉", sources=sources, with_map=False).region.adcode == "652300"
    with pytest.raises(AmbiguousPlaceError, match=r"朝阳区.*652301.*652302"):
        build_briefing("朝阳区", sources=sources, with_map=False)
    with pytest.raises(InputError, match="names several units together"):
        build_briefing("乌昌石", sources=sources, with_map=False)
    with pytest.raises(UnknownPlaceError):
        build_briefing("火星", sources=sources, with_map=False)
    with pytest.raises(UnknownPlaceError, match="999999"):
        build_briefing("999999", sources=sources, with_map=False)
    with pytest.raises(ValueError, match="language"):
        build_briefing("652300", "fr", sources=sources, with_map=False)


def test_suggested_filename(sources: Sources) -> None:
    from geo.briefing import MIME, suggested_filename

    b = build_briefing("652300", "en", sources=sources, with_map=False)
    assert suggested_filename(b, "docx") == "briefing-652300-昌吉回族自治州-en.docx"
    assert set(MIME) == {"pdf", "docx", "html"}
    with pytest.raises(InputError):
        suggested_filename(b, "exe")


def test_formats_from_names() -> None:
    assert [format_of(n) for n in ("a.PDF", "b.docx", "c.htm", "d.html")] == ["pdf", "docx", "html", "html"]
    with pytest.raises(InputError, match=r"\.pdf, \.docx or \.html"):
        format_of("x.txt")


def test_every_label_is_bilingual_and_formats() -> None:
    fields = re.compile(r"\{(\w+)\}")
    for key, (zh, en) in LABELS.items():
        assert zh and en, key
        assert set(fields.findall(zh)) == set(fields.findall(en)), key
    assert t("role.node", "en", i=2, n=5) == "node 2 of 5 along it"


@given(st.floats(min_value=0.011, max_value=1e6))
def test_scale_bar_length_is_a_round_number_not_above_the_limit(limit: float) -> None:
    length = nice_length(limit)
    assert length <= limit < length * 2.5 + 1e-9
    mantissa = length / 10 ** round(__import__("math").floor(__import__("math").log10(length)))
    assert round(mantissa, 9) in (1.0, 2.0, 5.0)


def test_km_per_degree() -> None:
    assert km_per_degree_lon(0) == pytest.approx(111.32)
    assert km_per_degree_lon(44.0) == pytest.approx(80.08, abs=0.01)  # Changji's latitude
    assert km_per_degree_lon(60.0) == pytest.approx(55.66, abs=0.01)


def test_every_printed_character_has_a_glyph(sources: Sources, monkeypatch: pytest.MonkeyPatch) -> None:
    """The PDF writer refuses to print a character missing from the font subset (it would be a blank box)."""
    from geo.briefing import common
    from geo.errors import AtlasError

    b = build_briefing("652300", "zh", sources=sources, with_map=False)
    assert write_briefing(b, "pdf")[:5] == b"%PDF-"  # the guard passes on a real briefing
    real = common.all_text
    monkeypatch.setattr(common, "all_text", lambda br: real(br).replace("•", ""))
    with pytest.raises(AtlasError, match="missing from the font subset: •"):
        write_briefing(b, "pdf")


def test_second_briefing_gets_its_own_font_subset(tmp_path: Path) -> None:
    """Regression: reportlab reused the first subset registered under a PostScript name, so characters
    only the second briefing prints came out as empty boxes (and vanished from pdftotext)."""
    first = build_briefing("652300", "zh", sources=fake_sources(), with_map=False)
    write_briefing(first, "pdf")
    other = fake_sources()
    other.attribution_zh = "边界来源：鑫淼犇测试"  # characters the first briefing never prints
    second = write_briefing(build_briefing("652300", "zh", sources=other, with_map=False), tmp_path / "b.pdf")
    text = subprocess.run(["pdftotext", "-raw", str(second), "-"], capture_output=True, text=True, check=True).stdout
    assert "边界来源：鑫淼犇测试" in text


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(quote=st.text(min_size=1, max_size=60), name=st.text(min_size=1, max_size=12))
def test_any_document_text_survives_every_format(quote: str, name: str) -> None:
    """Whatever a document or a hand-edited layer holds (markup, control characters, any script), every
    writer produces a file that reads back, and HTML shows it as text."""
    from html import escape

    from docx import Document

    rows = [dict(ROWS[2], quote=quote, name=name)]
    b = build_briefing("652300", "zh", sources=fake_sources(rows), with_map=False)
    clean = b.entries[0].quote
    assert "\x0b" not in clean and "\x00" not in clean
    html = write_briefing(b, "html").decode()
    assert escape(clean, quote=True) in html
    assert write_briefing(b, "pdf")[:5] == b"%PDF-"
    document = Document(io.BytesIO(write_briefing(b, "docx")))
    cells = [c.text for t in document.tables for r in t.rows for c in r.cells]
    assert any(clean in c for c in cells)


def test_pdfs_from_several_threads(sources: Sources) -> None:
    """The app renders from several threads; the process-wide reportlab font registry must not race."""
    from concurrent.futures import ThreadPoolExecutor

    briefings = [build_briefing(code, "zh", sources=sources, with_map=False) for code in ("652300", "140105")]
    with ThreadPoolExecutor(4) as pool:
        pdfs = list(pool.map(lambda i: write_briefing(briefings[i % 2], "pdf"), range(6)))
    texts = [subprocess.run(["pdftotext", "-raw", "-", "-"], input=p, capture_output=True, check=True).stdout
             for p in pdfs]
    assert all("昌吉回族自治州产业布局简报".encode() in texts[i] for i in (0, 2, 4))
    assert all("小店区产业布局简报".encode() in texts[i] for i in (1, 3, 5))


@given(st.integers(min_value=1, max_value=60))
def test_stacked_area_fills_never_exceed_the_target_opacity(count: int) -> None:
    from geo.briefing.mapparts import area_alpha

    alpha = area_alpha(count, total=0.35)
    assert 1 - (1 - alpha) ** count == pytest.approx(0.35)
    assert area_alpha(1, total=0.35) == pytest.approx(0.35)
