"""The Changji (652300) pack from the real seed layers, as PDF and DOCX, read back with poppler/LibreOffice.

Expected designations are derived from the canonical table independently of :mod:`geo.briefing.content`:
by adcode arithmetic (a county's first four digits are its prefecture's), not through the gazetteer.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn

from geo.briefing import Briefing, build_briefing, write_briefing
from geo.briefing.fonts import FAMILY
from geo.cli import main

REGION = "652300"
NAMED_IN_ISSUE = {  # the designations the issue names for Changji
    "xj2016-park-changji-power-transmission",  # the transmission-equipment park
    "xj2017-mach-export-cluster",  # the export cluster
    "xj2016-bigdata-park-changji",  # the big-data park
    "xj2016-zone-wuchangshi",  # the 乌昌石 zone
    "xj2017-mach-equip-base-changji",  # the equipment base
}
needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils not installed")


def flat(text: str) -> str:
    """Text without whitespace: line wrapping in the PDF must not hide a quote."""
    return re.sub(r"\s+", "", text)


@pytest.fixture(scope="module")
def table_rows() -> list[dict[str, object]]:
    from geo.briefing.sources import default_sources

    # the same loaded table the briefing reads (layer files may change between two loads)
    return default_sources().designations.to_dict("records")


@pytest.fixture(scope="module")
def expected(table_rows: list[dict[str, object]]) -> dict[str, dict[str, object]]:
    """Rows whose members are Changji, one of its counties (6523xx) or its province (650000)."""
    def concerns(member: str) -> bool:
        return member in (REGION, "650000") or (member[:4] == REGION[:4] and member != REGION)

    return {str(r["id"]): r for r in table_rows if any(concerns(str(m)) for m in list(r["members"]))}


@pytest.fixture(scope="module")
def briefing() -> Briefing:
    return build_briefing(REGION, "zh")


@pytest.fixture(scope="module")
def packs(briefing: Briefing, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    out = tmp_path_factory.mktemp("packs")
    return {fmt: Path(write_briefing(briefing, out / f"changji.{fmt}")) for fmt in ("pdf", "docx", "html")}


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout


def image_count(path: Path) -> int:
    listing = subprocess.run(["pdfimages", "-list", str(path)], capture_output=True, text=True, check=True).stdout
    return sum(1 for line in listing.splitlines()[2:] if line.split()[2] == "image")


def test_content_matches_the_table(briefing: Briefing, expected: dict[str, dict[str, object]]) -> None:
    ids = {e.id for e in briefing.entries}
    assert ids == set(expected)
    assert NAMED_IN_ISSUE <= ids
    assert briefing.own and briefing.region.name == "昌吉回族自治州"
    assert briefing.parent is not None and briefing.parent.adcode == "650000"
    assert "650100" in {p.place.adcode for p in briefing.partners}  # 乌鲁木齐: export cluster, 乌昌石
    assert len(briefing.map_png) > 10_000 and briefing.map_png[:8] == b"\x89PNG\r\n\x1a\n"


def assert_names_and_quotes(text: str, expected: dict[str, dict[str, object]]) -> None:
    body = flat(text)
    assert "乌昌石" in body
    for id_, row in expected.items():
        assert flat(str(row["name"])) in body, id_
        assert flat(str(row["quote"])) in body, id_


@needs_poppler
def test_pdf_text_is_real_and_complete(packs: dict[str, Path], expected: dict[str, dict[str, object]]) -> None:
    text = pdf_text(packs["pdf"])
    assert_names_and_quotes(text, expected)
    assert "昌吉回族自治州产业布局简报" in flat(text)
    assert image_count(packs["pdf"]) == 1  # the map
    fonts = subprocess.run(["pdffonts", str(packs["pdf"])], capture_output=True, text=True, check=True).stdout
    noto = [line.split() for line in fonts.splitlines() if "NotoSansCJK" in line]
    assert noto, fonts
    assert all(cols[-5:-2] == ["yes", "yes", "yes"] for cols in noto), fonts  # embedded, subset, ToUnicode


def test_docx_sets_the_east_asian_font(packs: dict[str, Path], expected: dict[str, dict[str, object]]) -> None:
    document = Document(str(packs["docx"]))
    fonts = document.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert fonts.get(qn("w:eastAsia")) == FAMILY
    assert len(document.inline_shapes) == 1  # the map
    cells = "".join(c.text for t in document.tables for r in t.rows for c in r.cells)
    for row in expected.values():
        assert flat(str(row["quote"])) in flat(cells)


@pytest.mark.slow
@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice not installed")
@needs_poppler
def test_docx_opens_in_libreoffice(packs: dict[str, Path], expected: dict[str, dict[str, object]],
                                   tmp_path: Path) -> None:
    profile = (tmp_path / "profile").as_uri()  # own profile: parallel runs must not share one
    subprocess.run(
        ["soffice", f"-env:UserInstallation={profile}", "--headless", "--convert-to", "pdf",
         "--outdir", str(tmp_path), str(packs["docx"])],
        capture_output=True, check=True, timeout=180,
    )
    converted = tmp_path / "changji.pdf"
    assert_names_and_quotes(pdf_text(converted), expected)
    assert image_count(converted) == 1


def test_html_is_self_contained(packs: dict[str, Path], expected: dict[str, dict[str, object]]) -> None:
    html = packs["html"].read_text(encoding="utf-8")
    assert "data:image/png;base64," in html
    assert not re.search(r"""(src|href)=["']https?:""", html)  # nothing fetched from the network
    assert "乌昌石" in html


def test_english_pack(expected: dict[str, dict[str, object]]) -> None:
    html = write_briefing(build_briefing(REGION, "en", with_map=False), "html").decode()
    assert "Industrial-layout briefing: 昌吉回族自治州" in html
    assert "Role of the region" in html
    assert "part of “乌昌石” (1 of 3)" in html


def test_unit_with_nothing_anywhere_says_so() -> None:
    b = build_briefing("110105", "zh", with_map=False)  # 北京市朝阳区: no seed document covers Beijing
    assert b.entries == ()
    assert "没有涉及朝阳区或其上级行政区的布局" in write_briefing(b, "html").decode()


def test_cli_writes_atomically(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "cj.html"
    assert main(["briefing", "昌吉州", "--out", str(out), "--lang", "en"]) == 0
    assert "652300" in capsys.readouterr().out
    assert out.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cj.html"]


@pytest.mark.parametrize(("region", "message"), [
    ("朝阳区", r"^error: '朝阳区' is ambiguous: .*110105.*220104.*\n$"),
    ("火星基地", r"^error: '火星基地' is not a known place name or 6-digit adcode\n$"),
    ("999999", r"^error: no administrative unit has the code 999999\n$"),
])
def test_cli_refuses_unclear_regions(region: str, message: str, tmp_path: Path,
                                     capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "x.pdf"
    assert main(["briefing", region, "--out", str(out)]) == 2
    assert re.match(message, capsys.readouterr().err)
    assert not out.exists()


def test_app_table_is_what_the_briefing_shows(table_rows: list[dict[str, object]]) -> None:
    """The app passes its own (filtered / session-extended) table; the briefing must read that one."""
    from types import SimpleNamespace

    from geo.briefing import sources_from_table
    from geo.briefing.sources import default_sources

    gdf = default_sources().designations
    table = SimpleNamespace(gdf=gdf[gdf["id"] != "xj2016-zone-wuchangshi"], checks={})
    ids = {e.id for e in build_briefing(REGION, sources=sources_from_table(table), with_map=False).entries}
    assert "xj2016-zone-wuchangshi" not in ids
    assert "xj2017-mach-export-cluster" in ids


def test_county_without_designation_shows_the_nearest_parent_with_some() -> None:
    b = build_briefing("653024", "zh", with_map=False)  # 乌恰县: neither it nor 克州 is named in a seed document
    assert not b.own and b.subject.adcode == "650000"
    assert b.entries  # Xinjiang's designations
    html = write_briefing(b, "html").decode()
    assert "没有直接涉及乌恰县的布局" in html and "新疆维吾尔自治区的布局" in html
