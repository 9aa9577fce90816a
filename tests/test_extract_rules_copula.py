"""A list that opens its clause and is named a zone after 为 (荆州、黄石为区域性物流中心), and 把/将X打造为… without 成.

Logistics and tourism plans state their node system this way (武汉为全国性物流枢纽，襄阳、宜昌为区域性物流枢纽); before,
neither form produced a designation (probe sentences written in the lead's fifth session, not taken from a test
document). The present-state chapter still says what a place already is.
"""

from __future__ import annotations

import pytest
from extract_helpers import records

from geo.extract import PlaceIndex

TITLE = "河南省人民政府关于印发河南省现代物流业发展规划的通知\n"


def _found(index: PlaceIndex, body: str) -> dict[str, tuple[set[str], str]]:
    return {r["name"]: (set(r["members"]), r.get("industry") or "") for r in records(index, TITLE + body)}


@pytest.mark.parametrize(
    ("body", "name", "codes", "industry"),
    [
        ("三、空间布局\n郑州为国际物流枢纽，洛阳、商丘为区域性物流中心，重点发展商贸物流。",
         "区域性物流中心", {"410300", "411400"}, "商贸物流"),
        ("三、空间布局\n郑州为国际物流枢纽，洛阳、商丘为区域性物流中心。", "国际物流枢纽", {"410100"}, ""),
        ("三、空间布局\n安阳、新乡、许昌、漯河作为物流节点城市，发展冷链物流。", "物流节点城市",
         {"410500", "410700", "411000", "411100"}, "冷链物流"),
        ("三、空间布局\n将南阳、信阳打造为豫南物流中心。", "豫南物流中心", {"411300", "411500"}, "物流"),
        ("三、空间布局\n（三）多节点。安阳、鹤壁、濮阳等市为区域物流节点，重点发展冷链物流。", "区域物流节点",
         {"410500", "410600", "410900"}, "冷链物流"),
    ],
)
def test_places_named_a_zone_after_wei(index: PlaceIndex, body: str, name: str, codes: set[str],
                                       industry: str) -> None:
    found = _found(index, body)
    assert found[name][0] == codes
    assert industry in found[name][1]


@pytest.mark.parametrize(
    "body",
    [
        "一、发展现状\n郑州为全国重要的综合交通枢纽，洛阳为全省重要的工业基地。",  # what the places already are
        "三、空间布局\n郑州为重点项目，洛阳为配套项目。",  # projects are no zones
        "三、空间布局\n郑州作为国家中心城市，要发挥引领作用。",  # no zone noun ends the clause
    ],
)
def test_no_zone_where_wei_states_no_designation(index: PlaceIndex, body: str) -> None:
    assert _found(index, body) == {}


def test_a_list_closed_by_deng_diqu_keeps_the_zone_name_whole(index: PlaceIndex) -> None:
    # 等地区 before the verb: the longer closer is read, not 等地 then 区形成…
    found = _found(index, "三、空间布局\n焦作、济源、鹤壁等地区形成铝工业产业集聚区。")
    assert {name for name in found} == {f"{city}铝工业产业集聚区" for city in ("焦作", "济源", "鹤壁")}
    assert all(industry == "铝工业" for _codes, industry in found.values())


@pytest.mark.parametrize("verb", ["加快形成", "积极培育", "加快打造", "着力培育"])
def test_other_paces_of_building_a_zone_are_roles(index: PlaceIndex, verb: str) -> None:
    found = _found(index, f"三、空间布局\n焦作、鹤壁{verb}铝工业产业集聚区。")
    assert sorted(sorted(codes) for codes, _industry in found.values()) == [["410600"], ["410800"]]
    assert all("铝工业" in name for name in found)
