"""A zone heading whose next sentence gives its extent as counties of named cities (该区域涵盖A、B两市的X区、Y县…).

Agricultural and tourism plans write a zone's extent this way; before, a demonstrative subject (该区域, 该区) hid the
extent sentence and the heading's regional name (陇东) gave the whole cities, and 的 between a city and its counties
ended the list (probe sentences written by the lead in the fifth session, not taken from a test document).
"""

from __future__ import annotations

import pytest
from extract_helpers import records

from geo.extract import PlaceIndex

TITLE = "宁夏回族自治区人民政府关于印发宁夏特色农业发展规划的通知\n三、区域布局\n"
COUNTIES = {"640302", "640303", "640323", "640324", "640522"}  # 利通区、红寺堡区、盐池县、同心县; 海原县 (中卫)


@pytest.mark.parametrize(
    "body",
    [
        "（一）中部干旱带滩羊优势区。该区域涵盖吴忠、中卫两市的利通区、红寺堡区、盐池县、同心县、海原县等5个县区。",
        "（一）中部干旱带滩羊优势区。主要包括吴忠市的利通区、红寺堡区、盐池县、同心县和中卫市的海原县，重点发展滩羊。",
        "（一）中部干旱带滩羊优势区。该区包括吴忠市利通区、红寺堡区、盐池县、同心县，中卫市海原县等县区。",
    ],
)
def test_extent_of_counties_named_after_their_cities(index: PlaceIndex, body: str) -> None:
    found = {r["name"]: set(r["members"]) for r in records(index, TITLE + body)}
    assert found.get("中部干旱带滩羊优势区") == COUNTIES, found


def test_an_extent_of_another_zone_is_not_taken(index: PlaceIndex) -> None:
    # the sentence's own subject names a different zone: it is not the heading's extent
    body = "（一）中部干旱带滩羊优势区。贺兰山东麓葡萄产区包括西夏区、永宁县。"
    found = {r["name"]: set(r["members"]) for r in records(index, TITLE + body)}
    assert found.get("中部干旱带滩羊优势区") != {"640105", "640121"}


def test_a_belt_drawn_on_a_river_then_the_cities_it_links(index: PlaceIndex) -> None:
    body = "（二）沿黄生态经济带。依托黄河干流，串联银川、石嘴山、吴忠、中卫等沿黄城市，建设特色产业集聚区。"
    found = {r["name"]: set(r["members"]) for r in records(index, TITLE + body)}
    assert found.get("沿黄生态经济带") == {"640100", "640200", "640300", "640500"}, found


def test_a_zone_that_includes_the_counties_of_named_cities(index: PlaceIndex) -> None:
    body = "滩羊养殖优势区包括吴忠、中卫两市的利通区、红寺堡区、盐池县、同心县、海原县。"
    found = {r["name"]: set(r["members"]) for r in records(index, TITLE + body)}
    assert found.get("滩羊养殖优势区") == COUNTIES, found


def test_bases_built_in_the_counties_of_a_named_city(index: PlaceIndex) -> None:
    found = [set(r["members"]) for r in records(index, TITLE + "在吴忠市的盐池县、同心县建设滩羊养殖基地。")]
    assert sorted(found, key=min) == [{"640323"}, {"640324"}]


def test_a_counted_kind_closing_the_list_is_not_part_of_the_name(index: PlaceIndex) -> None:
    found = {r["name"]: set(r["members"]) for r in
             records(index, TITLE + "在盐池、同心等5个县（区）建设滩羊养殖基地。")}
    assert all("县（区）" not in name and "个县" not in name for name in found), found
    assert {"640323", "640324"} <= set().union(*found.values())


def test_the_listed_places_of_a_zone_named_after_a_region_are_its_members(index: PlaceIndex) -> None:
    text = ("广东省人民政府关于印发规划的通知\n三、总体布局\n"
            "（一）一核。珠三角沿海核心区包括广州、深圳、珠海等市，重点发展先进制造业。")
    found = [set(r["members"]) for r in records(index, text) if r["name"] == "珠三角沿海核心区"]
    assert found == [{"440100", "440300", "440400"}]  # not also the nine cities of 珠三角


def test_a_framework_part_is_a_zone_made_of_the_places_listed(index: PlaceIndex) -> None:
    text = ("广东省人民政府关于印发规划的通知\n三、总体布局\n构建“一核两极”的发展格局。“一核”即珠三角沿海核心区，"
            "包括广州、深圳、珠海、东莞、中山、江门、惠州7市；“两极”即汕头、湛江两个增长极。")
    found = {r["name"]: set(r["members"]) for r in records(index, text)}
    assert found.get("珠三角沿海核心区") == {"440100", "440300", "440400", "441900", "442000", "440700", "441300"}
    assert not any(name.endswith("一核”即珠三角沿海核心区") for name in found)  # not one zone per city
    assert not any({"440600", "441200"} & codes for codes in found.values())  # 佛山, 肇庆: 珠三角 but not listed


@pytest.mark.parametrize(
    "body",
    [
        "（一）滩羊养殖优势区。该区草场资源丰富。到2020年，盐池、同心、红寺堡等重点县滩羊饲养量稳定在300万只。",
        "（一）滩羊养殖优势区。该区草场资源丰富，重点推进舍饲养殖。到2020年，盐池、同心、红寺堡等3个县（区）出栏…。",
    ],
)
def test_a_zone_heading_whose_target_names_its_counties(index: PlaceIndex, body: str) -> None:
    found = {r["name"]: set(r["members"]) for r in records(index, TITLE + body)}
    assert found.get("滩羊养殖优势区") == {"640323", "640324", "640303"}, found


def test_a_target_year_under_a_heading_that_names_no_zone_is_no_zone(index: PlaceIndex) -> None:
    body = "（一）总体目标。到2020年，盐池、同心、红寺堡等重点县滩羊饲养量稳定在300万只。"
    assert records(index, TITLE.replace("三、区域布局", "二、发展目标") + body) == []
