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
