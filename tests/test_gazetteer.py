"""Invariants of the gazetteer tables (codes, hierarchy, names, sources) and of the abbreviation rule."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.gazetteer import LEVEL_RANK, get_gazetteer
from geo.resolver import resolve

GAZ = get_gazetteer()
CURRENT = sorted(u.adcode for u in GAZ.units())


def test_counts_cover_all_of_china() -> None:
    levels = {lvl: sum(1 for _ in GAZ.units(level=lvl)) for lvl in ("province", "prefecture", "county")}  # type: ignore[arg-type]
    assert levels["province"] == 34
    assert 330 <= levels["prefecture"] <= 380
    assert 2850 <= levels["county"] <= 3100


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(CURRENT))
def test_parent_is_prefix_consistent_ancestor(code: str) -> None:
    unit = GAZ.get(code)
    assert unit is not None and re.fullmatch(r"\d{6}", unit.adcode)
    if unit.level == "province":
        assert unit.parent is None and code.endswith("0000")
        return
    parent = GAZ.get(unit.parent or "")
    assert parent is not None, f"{code} has missing parent {unit.parent}"
    assert parent.status == "current"
    assert LEVEL_RANK[parent.level] < LEVEL_RANK[unit.level]
    keep = 2 if parent.level == "province" else 4
    assert code[:keep] == parent.adcode[:keep]
    assert unit.province == code[:2] + "0000"


def test_every_county_has_an_existing_parent() -> None:
    for unit in GAZ.units(level="county"):
        assert unit.parent and GAZ.current(unit.parent), unit


def test_every_unit_resolves_by_its_full_name_and_code() -> None:
    """Exhaustive over all current units (hypothesis once found 乾安县 lost to Traditional->Simplified 乾->干)."""
    failures = []
    for code in CURRENT:
        unit = GAZ.get(code)
        assert unit is not None
        by_code = resolve(code)
        by_name = resolve(unit.name, province=unit.province)
        top = {c.adcodes for c in by_name if c.score >= by_name[0].score - 0.005} if by_name else set()
        if by_code[0].adcodes != (code,) or (code,) not in top:
            failures.append((code, unit.name))
    assert not failures, failures[:20]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(CURRENT))
def test_seats_are_wgs84_inside_china(code: str) -> None:
    unit = GAZ.get(code)
    assert unit is not None and unit.seat is not None, code
    lon, lat = unit.seat
    assert 73 <= lon <= 136 and 3 <= lat <= 54, (code, unit.seat)
    assert unit.seat_source


def test_units_without_polygon_still_resolve_and_say_so() -> None:
    for code in ("659011", "659012", "653228", "653229"):
        unit = GAZ.get(code)
        assert unit is not None and not unit.has_boundary
        cand = resolve(unit.name)[0]
        assert cand.adcodes == (code,)
        assert any("no boundary" in n for n in cand.notes)


def test_boundary_code_maps_current_code_to_source_file() -> None:
    assert GAZ.boundary_code("654203") == "654223"  # 沙湾市 filed under the old 沙湾县 code
    assert GAZ.boundary_code("650100") == "650100"
    assert GAZ.boundary_code("659011") is None


def test_history_successors_exist_and_have_sources() -> None:
    for hist in GAZ.history:
        assert hist.source
        assert (hist.year is None and hist.derived) or (hist.year is not None and 1949 < hist.year < 2030)
        for code in hist.new_codes:
            assert GAZ.current(code), (hist.old_name, code)


@pytest.mark.parametrize(
    ("old", "new"),
    # counties of 2009-2018 plans that are districts or county-level cities now (history_derived.csv)
    [("海门市", "320614"), ("邹平县", "371681"), ("双流县", "510116"), ("崇明县", "310151"), ("漠河县", "232701"),
     ("新建县", "360112")],
)
def test_derived_former_county_names_resolve_to_their_successor(old: str, new: str) -> None:
    top = resolve(old)[0]
    assert top.adcodes == (new,) and top.kind == "historical"
    assert "year not recorded" in top.reason and top.source.startswith("derived:")


def test_derived_rows_add_no_short_names_and_yield_to_curated_rows() -> None:
    derived = [h for h in GAZ.history if h.derived]
    assert len(derived) >= 50
    # 新建县's stem is a word (新建一批园区): only the full former name is indexed
    assert not any(e.kind == "historical" for e in GAZ.lookup("新建"))
    curated = {h.display_name for h in GAZ.history if not h.derived}
    assert not curated & {h.display_name for h in derived}


def test_regions_have_sources_and_valid_members() -> None:
    names: set[str] = set()
    for region in GAZ.regions:
        assert region.source, region.name
        assert region.name not in names
        names.add(region.name)
        assert len(region.members) >= 2
        for code in region.members:
            assert GAZ.current(code), (region.name, code)
        if region.province:
            assert region.kind in ("composite", "region")
    for alias in GAZ.aliases:
        assert alias.source and GAZ.current(alias.adcode), alias


def test_abbreviation_rule_reads_unique_and_flags_ambiguous() -> None:
    unique = resolve("沈辽鞍营")
    assert unique[0].kind == "rule" and not unique[0].ambiguous
    assert unique[0].adcodes == ("210100", "211000", "210300", "210800")
    amb = resolve("呼通赤巴")
    tied = [c for c in amb if c.ambiguous]
    assert len(tied) == 2 and {c.adcodes[0] for c in tied} == {"150100", "150700"}


def test_infer_province_of_seed_documents(seed_texts: dict[str, str]) -> None:
    from geo.resolver import infer_province

    for stem, text in seed_texts.items():
        guess = infer_province(text)
        assert guess is not None
        assert guess.adcode == ("140000" if stem.startswith("004") else "650000"), (stem, guess)
        assert guess.evidence


@pytest.mark.parametrize(
    ("name", "suffix", "stem"),
    [
        ("昌吉回族自治州", "州", "昌吉"),
        ("海西蒙古族藏族自治州", "州", "海西"),
        ("巴音郭楞蒙古自治州", "州", "巴音郭楞"),  # a group without 族
        ("伊犁哈萨克自治州", "州", "伊犁"),
        ("陵水黎族自治县", "县", "陵水"),  # not 陵 (水族)
        ("融水苗族自治县", "县", "融水"),
        ("彭水苗族土家族自治县", "县", "彭水"),
        ("长白朝鲜族自治县", "县", "长白"),  # not 长 (白族)
        ("太原市", "州", None),
    ],
)
def test_autonomy_suffix_leaves_the_place_name(name: str, suffix: str, stem: str | None) -> None:
    from geo.names import strip_autonomy

    assert strip_autonomy(name, suffix) == stem
