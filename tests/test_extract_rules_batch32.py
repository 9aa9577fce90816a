"""Known answers for the general rules added after blind batch 32 (tests/docs/README.md, "Batch 32"), worded for
other provinces than the documents they came from, so that each rule is shown to be general."""

from __future__ import annotations

from extract_helpers import records as _records

from geo.extract import PlaceIndex


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
    text = ("云南省人民政府\n三、布局\n（一）滇南茶区。思茅区、宁洱哈尼族彝族自治县、澜沧拉祜族自治县建设普洱茶标准化"
            "生产基地。\n")
    got = [r for r in _records(index, text) if "普洱茶" in r["name"]]
    assert {c for r in got for c in r["members"]} == {"530802", "530821", "530828"}
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


def test_an_innovating_city_is_no_new_town(index: PlaceIndex) -> None:
    # 创新城市: neither a 新城 zone nor 新城区 (呼和浩特, 150102)
    text = "内蒙古自治区人民政府\n三、布局\n（一）呼和浩特市。建设国家级科技创新城市和现代金融服务中心。\n"
    got = _records(index, text)
    assert not any("150102" in r["members"] for r in got)
    assert any("创新城市" in r["name"] and r["members"] == ["150100"] for r in got)


def test_a_park_named_after_its_city_and_placed_in_a_district(index: PlaceIndex) -> None:
    # 依托双流区成都航空产业基地: the park is in 双流区, not anywhere in 成都市
    text = "四川省人民政府\n三、布局\n（一）成都。依托双流区成都航空产业基地，建设国家航空产业示范基地。\n"
    got = [r for r in _records(index, text) if r["name"].endswith("成都航空产业基地")]
    assert got and all(r["members"] == ["510116"] for r in got)


def test_list_items_that_are_zones_by_their_names(index: PlaceIndex) -> None:
    text = "甘肃省人民政府\n三、布局\n专栏　重点产业平台\n兰州高新区、兰州经济技术开发区、兰州新区。\n"
    assert ("兰州新区", "620121") in _pairs(_records(index, text))
    text = "贵州省人民政府\n三、布局\n专栏　重点产业平台\n贵阳高新区、贵安新区。\n"
    got = {r["name"]: set(r["members"]) for r in _records(index, text)}
    assert got.get("贵安新区") == {"520111", "520181", "520402", "520403"}
    # a new area named in a sentence that frames nothing is not listed as a zone
    text = "贵州省人民政府\n一、发展现状\n近年来，产业向贵安新区集聚。\n"
    assert not any(r["name"] == "贵安新区" for r in _records(index, text))


def test_a_zone_built_in_a_park_of_the_place(index: PlaceIndex) -> None:
    # 临空港经济技术开发区 only says where in 东西湖区 the base is built
    text = ("湖北省人民政府\n三、布局\n（一）武汉。在武汉市东西湖区临空港经济技术开发区建设国家网络安全人才与创新基地，"
            "发展网络安全产业。\n")
    got = _records(index, text)
    assert ("国家网络安全人才与创新基地", "420112") in _pairs(got)
    assert not any("临空港" in r["name"] for r in got)


def test_two_zones_built_in_one_clause_are_both_named(index: PlaceIndex) -> None:
    text = "湖北省人民政府\n三、布局\n（二）宜昌。在宜昌市猇亭区建设先进装备制造基地和生物医药产业园。\n"
    got = [r for r in _records(index, text) if r["members"] == ["420505"]]
    assert any("先进装备制造基地" in r["name"] and "生物医药产业园" in r["name"] for r in got)


def test_a_park_two_countries_build_keeps_its_partner_in_the_name(index: PlaceIndex) -> None:
    text = "江苏省人民政府\n三、布局\n（一）盐城。加快中韩盐城产业园建设，重点发展汽车和新能源。\n"
    assert ("中韩盐城产业园", "320900") in _pairs(_records(index, text))
    text = "辽宁省人民政府\n三、布局\n（一）沈阳。加快中德沈阳高端装备制造产业园建设，重点发展汽车和智能装备。\n"
    assert ("中德沈阳高端装备制造产业园", "210100") in _pairs(_records(index, text))


def test_a_numbered_zone_under_a_framework_part_is_the_group() -> None:
    from geo.extract.frames import Hit
    from geo.extract.labels import relabel

    hit = Hit((), "site", "国家级港航物流服务基地", "港航物流服务", "两带", rule="依托X…资源，建设Y园", noun="基地")
    assert relabel(hit, "宁波—舟山港口物流产业带").group == "宁波—舟山港口物流产业带"
    # a label that names no zone (a task heading) leaves the part
    assert relabel(hit, "强化港航服务").group == "两带"


def test_a_numbered_heading_that_is_a_zone_by_its_name(index: PlaceIndex) -> None:
    text = "甘肃省人民政府\n三、布局\n1．兰州新区。位于兰州市北部，重点发展石化和装备制造，建设国家级石化产业基地。\n"
    got = _pairs(_records(index, text))
    assert ("兰州新区", "620121") in got and ("兰州新区", "620122") in got


def test_a_listed_zone_whose_item_opens_with_where_it_is_built(index: PlaceIndex) -> None:
    # 南京农业大学 is a school, not 南京; the park is in 浦口区, not anywhere in 南京市
    text = ("江苏省人民政府\n三、布局\n专栏　现代农业重点园区\n"
            "　　3.南京国家农业科技园区：依托南京市浦口区、南京农业大学和省农科院建设。\n\n四、保障措施\n")
    got = [r for r in _records(index, text) if "农业科技园区" in r["name"]]
    assert got and all(r["members"] == ["320111"] for r in got)


def test_a_base_built_of_the_parks_plants_move_into(index: PlaceIndex) -> None:
    text = ("安徽省人民政府\n三、布局\n（二）安庆。推动沿江化工企业向怀宁县工业园、望江县经济开发区集中搬迁，"
            "建设绿色化工示范基地。\n")
    got = [r for r in _records(index, text) if r["name"] == "绿色化工示范基地"]
    assert got and {c for r in got for c in r["members"]} == {"340822", "340827"}


def test_a_school_named_after_a_place_in_a_subjects_means_clause(index: PlaceIndex) -> None:
    # 遵义医科大学 is no 遵义; the subject before 依托 keeps its role
    text = "贵州省人民政府\n三、布局\n　　——贵阳市依托遵义医科大学等科研机构，发展生物医药和医疗器械。\n"
    got = _records(index, text)
    assert {c for r in got for c in r["members"]} == {"520100"}


def test_an_area_that_takes_in_moved_functions(index: PlaceIndex) -> None:
    text = "河北省人民政府\n三、布局\n（一）廊坊。在廊坊市永清县建设北京非首都功能疏解承接区，重点发展商贸物流。\n"
    got = [r for r in _records(index, text) if r["name"].endswith("承接区")]
    assert got and all(r["members"] == ["131023"] for r in got)
