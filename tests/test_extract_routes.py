"""Belts by their route and extent, and places named as the home of an industry (probe sentences, lead's set).

Known answers in the register of real plans, each worded for a province no test document of these rules uses:
a heading's belt whose next sentence gives its route and what it covers (1．京广产业带。沿京广铁路，涵盖…), a belt that
spans from one end to the other (北起A，经B、C，南至D), and 重点发展A、B白酒产业 (the places known for the industry).
"""

from __future__ import annotations

import pytest

from geo.extract import PlaceIndex, extract_document
from geo.extract.writer import layer_mapping
from geo.textio import read_document

HUNAN = "湖南省人民政府关于加快推进先进制造业布局优化的意见\n各市州、县市区人民政府：\n一、总体布局\n（二）两带。\n"
JINGGUANG = {"430600", "430100", "430200", "430400", "431000"}


@pytest.fixture(scope="module")
def index() -> PlaceIndex:
    return PlaceIndex()


def _records(index: PlaceIndex, text: str) -> list[dict]:
    doc = read_document(text.encode("utf-8"), name="route.txt")
    return list(layer_mapping(extract_document(doc, index), "route.txt")["designations"])


def _members_of(records: list[dict], label: str) -> set[str]:
    return {c for r in records if label in r["name"] + r.get("group", "") for c in r["members"]}


@pytest.mark.parametrize("body", [
    "沿京广铁路，涵盖岳阳、长沙、株洲、衡阳、郴州五市，重点发展电子信息和新材料。",
    "涵盖岳阳、长沙、株洲、衡阳、郴州五市，重点发展电子信息和新材料。",
    "沿京广铁路，串联岳阳、长沙、株洲、衡阳、郴州，重点发展电子信息和新材料。",
    "主要包括岳阳、长沙、株洲、衡阳、郴州等市，重点发展电子信息和新材料。",
])
def test_a_heading_belt_covers_what_the_next_sentence_lists(index: PlaceIndex, body: str) -> None:
    records = _records(index, HUNAN + "1．京广产业带。\n" + body + "\n（三）其他。\n")
    assert _members_of(records, "京广产业带") == JINGGUANG


def test_a_belt_spans_from_one_end_through_the_way_to_the_other(index: PlaceIndex) -> None:
    text = ("四川省人民政府关于加快龙门山生态旅游发展的意见\n各市（州）人民政府：\n二、布局\n"
            "沿龙门山建设生态旅游长廊，北起广元市青川县，经绵阳市北川县、平武县，南至成都市都江堰市。\n")
    records = _records(index, text)
    assert _members_of(records, "生态旅游长廊") == {"510822", "510726", "510727", "510181"}


def test_the_places_named_before_an_industry_grow_it(index: PlaceIndex) -> None:
    text = ("四川省人民政府关于加快白酒产业发展的意见\n各市（州）人民政府：\n二、布局\n"
            "重点发展宜宾、泸州白酒产业，打造中国白酒金三角。大力发展乐山、眉山多晶硅产业。"
            "重点发展成都、重庆之间的配套产业。\n")
    records = _records(index, text)
    grown = {(r["industry"], c) for r in records for c in r["members"]}
    assert {("白酒", "511500"), ("白酒", "510500"), ("多晶硅", "511100"), ("多晶硅", "511400")} <= grown
    assert not any(c in ("510100", "500000") for _, c in grown)  # 成都、重庆之间 is no place of the industry
