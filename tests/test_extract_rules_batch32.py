"""Known answers for the general rules added after blind batch 32 (tests/docs/README.md, "Batch 32"), worded for
other provinces than the documents they came from, so that each rule is shown to be general."""

from __future__ import annotations

import pytest

from geo.extract import PlaceIndex, extract_document
from geo.extract.writer import layer_mapping
from geo.textio import read_document


@pytest.fixture(scope="module")
def index() -> PlaceIndex:
    return PlaceIndex()


def _records(index: PlaceIndex, text: str, name: str = "rule.txt") -> list[dict]:
    doc = read_document(text.encode("utf-8"), name=name)
    return list(layer_mapping(extract_document(doc, index), name)["designations"])


def _pairs(records: list[dict]) -> set[tuple[str, str]]:
    return {(r["name"], code) for r in records for code in r["members"]}


def test_a_zones_managing_office_designates_nothing(index: PlaceIndex) -> None:
    text = ("安徽省人民政府\n五、保障措施\n（一）强化组织协调。省皖江城市带承接产业转移示范区规划建设管理办公室"
            "负责统筹协调，各市人民政府承担主体责任。\n")
    assert _records(index, text) == []
    text = "福建省人民政府\n五、保障措施\n（一）强化组织协调。平潭综合实验区管理委员会负责组织实施。\n"
    assert _records(index, text) == []
    # the zone itself, outside an office's name, still counts
    text = "福建省人民政府\n三、布局\n（一）平潭综合实验区。重点发展旅游和物流。\n"
    assert any("平潭综合实验区" in r["name"] and r["members"] == ["350128"] for r in _records(index, text))


def test_counties_built_into_demonstration_counties(index: PlaceIndex) -> None:
    text = ("黑龙江省人民政府\n三、布局\n（一）松嫩平原粮食生产区。支持五常市、肇东市、讷河市建设"
            "国家现代农业示范县。\n")
    got = [r for r in _records(index, text) if "示范县" in r["name"]]
    assert {c for r in got for c in r["members"]} == {"230184", "231282", "230281"}


def test_a_numbered_business_district_heading(index: PlaceIndex) -> None:
    text = ("广东省人民政府\n三、布局\n（一）东部。\n1．珠海横琴科学城。位于珠海市香洲区，重点发展集成电路。\n"
            "2．珠海十字门中央商务区。重点发展总部经济、金融服务和会展产业。\n")
    got = [r for r in _records(index, text) if "中央商务区" in r["name"] or "中央商务区" in r["group"]]
    assert got and all(r["members"] == ["440400"] for r in got)


def test_places_framed_as_nodes_along_the_river(index: PlaceIndex) -> None:
    text = ("安徽省人民政府\n三、布局\n按照要求，构建以合肥为龙头、芜湖和马鞍山为支撑、安庆—池州—铜陵为沿江节点的"
            "绿色产业发展格局。\n")
    got = [r for r in _records(index, text) if "沿江节点" in r["name"]]
    assert {c for r in got for c in r["members"]} == {"340800", "341700", "340700"}


def test_a_product_named_after_its_origin_is_no_place(index: PlaceIndex) -> None:
    # the subjects before the verb are where; 和田 (the prefecture) only names the dates' brand
    text = "新疆维吾尔自治区人民政府\n三、布局\n（一）南疆林果区。和田市、墨玉县、皮山县建设和田红枣标准化种植基地。\n"
    got = [r for r in _records(index, text) if "红枣" in r["name"]]
    assert {c for r in got for c in r["members"]} == {"653201", "653222", "653223"}
    text = "湖北省人民政府\n三、布局\n（一）鄂西林特区。秭归县、兴山县重点发展宜昌蜜柚种植和加工。\n"
    got = [r for r in _records(index, text) if "蜜柚" in r["industry"]]
    assert {c for r in got for c in r["members"]} == {"420527", "420526"}
    # a product zone named after its own place, with no subject before it, keeps that place
    text = "湖北省人民政府\n三、布局\n（一）鄂西林特区。加快建设宜昌蜜柚产业园。\n"
    assert any(r["members"] == ["420500"] for r in _records(index, text))


def test_an_abbreviation_read_several_ways_alike_is_an_ordinary_word(index: PlaceIndex) -> None:
    # 沿海临港 is no 海城区+临桂区+港口区 (nor …港北区, …港南区): the rule's readings tie
    text = "广西壮族自治区人民政府\n三、布局\n按照思路，打造南宁核心区和沿海临港经济带协同发展的格局。\n"
    got = _records(index, text)
    assert not any("450312" in r["members"] for r in got)
    assert any(r["members"] == ["450100"] for r in got)


def test_a_centre_of_a_network_built_in_the_next_clause_is_no_zone(index: PlaceIndex) -> None:
    text = ("四川省人民政府\n四、任务\n（三）加快基础设施互联互通。以成都为中心，加快建设“米”字形高速铁路网，"
            "完善城际铁路和高速公路网络。\n")
    assert not any("510100" in r["members"] for r in _records(index, text))
    # a centre whose next clause builds a zone stays one
    text = "四川省人民政府\n三、布局\n以成都为中心，加快建设成都都市圈。\n"
    assert any("510100" in r["members"] for r in _records(index, text))
