"""A list that opens its sentence and the zone the sentence ends in, however many clauses stand between.

Plans write 在A、B等县（区），加快…，建设…基地 and A、B等市，结合本地产业特点，建设…节点 as often as the one-clause
forms; the narrow frames allowed one clause at most and read nothing from these (a probe grid of such sentences,
tests/extract_grid.py, found 38% of its combinations at 428afd9). Sentences are worded for provinces other than the ones
the rule was found on.
"""

from __future__ import annotations

from geo.extract import PlaceIndex
from tests.extract_helpers import records


def _members(got: list[dict], key: str) -> set[str]:
    return {code for r in got if key in r["name"] + (r.get("group") or "") + (r.get("industry") or "")
            for code in r["members"]}


def _doc(province: str, body: str) -> str:
    return f"{province}人民政府关于印发规划的通知\n三、产业布局\n{body}\n"


def test_a_located_list_then_means_then_the_base(index: PlaceIndex) -> None:
    got = records(index, _doc("湖北省", "在潜江、天门、仙桃等市，结合本地资源，加快标准化生产，"
                                     "建设江汉平原优质稻米产业带。"))
    assert _members(got, "优质稻米产业带") == {"429005", "429006", "429004"}


def test_a_subject_list_with_a_counted_kind_then_the_node(index: PlaceIndex) -> None:
    got = records(index, _doc("河北省", "邢台、邯郸、衡水等市，结合本地产业特点，建设地区性物流节点，发展城乡配送。"))
    assert _members(got, "物流节点") == {"130500", "130400", "131100"}


def test_a_list_with_its_kind_before_the_comma(index: PlaceIndex) -> None:
    got = records(index, _doc("安徽省", "重点在金寨县、霍山县、岳西县等特色优势县（区），建设大别山茶叶优势产业带。"))
    assert _members(got, "茶叶优势产业带") == {"341524", "341525", "340828"}


def test_the_first_sentence_under_a_zone_heading_is_its_extent(index: PlaceIndex) -> None:
    got = records(index, _doc("山西省", "（二）晋南特色林果区。临猗县、万荣县、吉县等县，加快老果园改造，"
                                     "提升品牌影响力。"))
    assert _members(got, "晋南特色林果区") == {"140821", "140822", "141028"}


def test_a_task_heading_is_no_zone_of_the_list_below(index: PlaceIndex) -> None:
    # （三）壮大沿江产业带。: a verb opens the heading, so it names work to do; the city's counties come later
    got = records(index, _doc("江西省", "（三）壮大沿江产业带。九江市要加快沿江开放开发，重点在瑞昌市、湖口县布局，"
                                     "发展石油化工、船舶制造等临港产业，打造沿江产业带。"))
    assert "360400" not in _members(got, "壮大")


def test_a_merger_of_two_places_builds_no_zone_in_either(index: PlaceIndex) -> None:
    got = records(index, _doc("甘肃省", "推动金武一体化，建设有色冶金新材料基地。"))
    assert not _members(got, "有色冶金新材料基地") & {"620300", "620600"}


def test_another_list_between_takes_the_zone(index: PlaceIndex) -> None:
    # 在A、B，依托C…，建设X: the zone is C's (the means' place), not the first list's
    got = records(index, _doc("湖北省", "潜江、天门要加快产业转型，仙桃市依托现有园区，建设无纺布产业基地。"))
    assert _members(got, "无纺布产业基地") == {"429004"}


def test_an_advantage_zone_is_a_zone(index: PlaceIndex) -> None:
    # 优势 names what the belt is for (茶叶优势产业带), not a means (发挥…优势)
    got = records(index, _doc("浙江省", "在安吉县、长兴县建设茶叶优势产业带。"))
    assert _members(got, "茶叶优势产业带") == {"330523", "330522"}


def test_a_zone_then_its_extent(index: PlaceIndex) -> None:
    got = records(index, _doc("安徽省", "打造大别山特色农业优势区，范围包括金寨县、霍山县、岳西县。"))
    assert _members(got, "特色农业优势区") == {"341524", "341525", "340828"}


def test_counted_places_take_the_role_after_their_means(index: PlaceIndex) -> None:
    got = records(index, _doc("河北省", "邢台、邯郸、衡水等3个市要依托现有产业基础，重点发展装备制造和新材料产业。"))
    assert _members(got, "装备制造") == {"130500", "130400", "131100"}


def test_a_bulleted_belt_heading_takes_the_places_it_runs_along(index: PlaceIndex) -> None:
    got = records(index, _doc("辽宁省", "——辽河生态文化旅游带。沿铁岭市、沈阳市、盘锦市布局，"
                                     "重点发展湿地观光和乡村旅游。"))
    assert _members(got, "辽河生态文化旅游带") == {"211200", "210100", "211100"}


def test_a_core_heading_takes_the_counties_its_first_sentence_covers(index: PlaceIndex) -> None:
    got = records(index, _doc("湖北省", "2．神农架生态旅游核心区。以神农架为龙头，涵盖房县、兴山县、巴东县，"
                                     "重点发展生态观光。"))
    assert _members(got, "生态旅游核心区") == {"420325", "420526", "422823"}


def test_a_means_clause_under_a_heading_is_no_extent(index: PlaceIndex) -> None:
    # 以A、B为主体，依托X、Y等资源: the scenic sites of the means are not the zone's places
    got = records(index, _doc("福建省", "1．闽西北绿色生态旅游区。以南平市、三明市为主体，"
                                     "依托武夷山、泰宁大金湖等资源，发展生态观光。"))
    assert _members(got, "闽西北绿色生态旅游区") <= {"350700", "350400"}


def test_a_corridor_by_the_places_it_links(index: PlaceIndex) -> None:
    got = records(index, _doc("河南省", "依托郑徐高铁，打造连接郑州、开封、商丘的郑徐物流通道。"))
    assert _members(got, "物流通道") == {"410100", "410200", "411400"}


def test_a_box_row_whose_places_carry_their_products_in_brackets(index: PlaceIndex) -> None:
    got = records(index, _doc("山东省", "——蔬菜产业集群：寿光市（寿光蔬菜）、莘县（莘县香瓜）。"))
    assert _members(got, "蔬菜产业集群") == {"370783", "371522"}


def test_a_means_without_a_comma_before_the_role(index: PlaceIndex) -> None:
    got = records(index, _doc("甘肃省", "临夏州、甘南州结合资源条件发展特色材料。"))
    assert _members(got, "特色材料") == {"622900", "623000"}


def test_a_zone_read_on_a_region_yields_to_the_places_the_plan_lists(index: PlaceIndex) -> None:
    text = _doc("新疆维吾尔自治区", "构建“一心两带三区”旅游格局。\n"
                             "（三）三区：北疆草原湖泊生态旅游区和南疆民俗风情旅游区。\n"
                             "1．北疆草原湖泊生态旅游区。包括伊犁州直、阿勒泰地区，重点发展草原观光。")
    got = [r for r in records(index, text) if r["name"] == "北疆草原湖泊生态旅游区"]
    assert {code for r in got for code in r["members"]} == {"654000", "654300"}


def test_a_route_through_places_then_the_belt_built_along_it(index: PlaceIndex) -> None:
    got = records(index, _doc("甘肃省", "以兰州为起点，沿河西走廊经武威、张掖、酒泉，"
                                     "打造贯通东西的丝绸之路黄金旅游带。"))
    assert _members(got, "黄金旅游带") >= {"620600", "620700", "620900"}


def test_a_corridor_heading_takes_the_stops_of_its_route(index: PlaceIndex) -> None:
    got = records(index, _doc("四川省", "1．茶马古道文化旅游廊道。从雅安经甘孜州至阿坝州，"
                                     "发展茶马文化和康巴风情旅游。"))
    assert _members(got, "茶马古道文化旅游廊道") == {"513300", "513200"}  # (the starting city is where it leaves)
