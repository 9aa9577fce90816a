"""Known answers for the general rules added after the former held-out batch H3 (tests/docs/README.md, "Batch H3"),
worded for other provinces or places than the documents they came from, so that each rule is shown to be general."""

from __future__ import annotations

from extract_helpers import records as _records

from geo.extract import PlaceIndex


def _members(records: list[dict], word: str) -> set[str]:
    return {c for r in records if word in r["name"] or word in r["group"] or word in r["industry"]
            for c in r["members"]}


def test_a_two_column_table_parted_by_one_space_under_a_location_header(index: PlaceIndex) -> None:
    # the 所在地 cell says where the park is: its county, not the city its name starts with
    text = ("湖北省人民政府\n五、重点园区\n专栏　重点合作园区\n　　园区名称　所在地\n"
            "　　荆门化工循环产业园　掇刀区\n　　孝感高新技术产业开发区　孝南区\n")
    got = _records(index, text)
    assert _members(got, "荆门化工循环产业园") == {"420804"}
    assert _members(got, "孝感高新技术产业开发区") == {"420902"}


def test_the_body_of_a_zone_named_at_the_end_of_the_sentence(index: PlaceIndex) -> None:
    text = ("广东省人民政府\n三、布局\n（一）推进北部协同发展。以韶关、清远为主体，推进交通同网、服务同享，"
            "建设北部生态发展区。\n")
    got = _records(index, text)
    assert [r["members"] for r in got if r["name"] == "北部生态发展区"] == [["440200", "441800"]]
    assert not any(r["name"].startswith("以韶关") for r in got)


def test_a_core_keeps_its_name_and_takes_the_zone_built_around_it_as_its_role(index: PlaceIndex) -> None:
    text = ("浙江省人民政府\n三、布局\n（一）临港石化。以宁波市北仑区为核心，联动镇海区、慈溪市，"
            "打造甬北临港石化产业集群。\n")
    core = [r for r in _records(index, text) if r["name"] == "以宁波市北仑区为核心"]
    assert core and core[0]["members"] == ["330206"] and "石化" in core[0]["industry"]


def test_a_park_built_together_where_two_districts_meet(index: PlaceIndex) -> None:
    text = ("浙江省人民政府\n三、布局\n（一）推进同城化。在湖州市吴兴区与嘉兴市南湖区交界区域共建湖嘉同城化产业合作园，"
            "重点发展新材料。\n")
    got = [r for r in _records(index, text) if r["name"] == "湖嘉同城化产业合作园"]
    assert got and {c for r in got for c in r["members"]} == {"330502", "330402"}


def test_along_the_river_is_no_abbreviation(index: PlaceIndex) -> None:
    # 沿江 could be read as 沿滩区 + 江阳区 by first characters; it says "along the river"
    text = "四川省人民政府\n三、布局\n（一）推进乐宜沿江协同发展。建设乐宜沿江协同发展区，重点发展清洁能源。\n"
    got = _records(index, text)
    assert _members(got, "沿江协同发展区") == {"511100", "511500"}


def test_the_plans_own_region_in_the_guiding_line_is_no_zone(index: PlaceIndex) -> None:
    text = ("安徽省人民政府\n二、总体要求\n（一）指导思想。以习近平新时代中国特色社会主义思想为指导，全面落实发展战略，"
            "推动皖北地区加快发展，打造全省新的经济增长极。\n")
    assert _records(index, text) == []


def test_taking_in_relocated_industry_then_what_is_grown(index: PlaceIndex) -> None:
    # 承接沿海地区产业转移 says where the industry comes from; the role is what the cities grow
    text = ("河南省人民政府\n三、布局\n（二）承接产业转移。商丘市、周口市要发挥劳动力优势，承接沿海地区产业转移，"
            "重点发展纺织服装、食品加工和家居制造。\n")
    got = _records(index, text)
    assert _members(got, "纺织服装") == {"411400", "411600"}


def test_districts_that_help_in_fields_are_no_park(index: PlaceIndex) -> None:
    text = ("湖北省人民政府\n六、保障措施\n（三）强化对口帮扶。武昌区、洪山区等区要在产业转移、园区共建、人才培训等方面"
            "给予支持。\n")
    assert _records(index, text) == []


def test_a_cooperation_zone_of_two_neighbours(index: PlaceIndex) -> None:
    text = "湖北省人民政府\n三、布局\n（一）推进协作。随州市重点发展专用汽车，建设随州—孝感产业协作区。\n"
    got = [r for r in _records(index, text) if r["name"] == "随州—孝感产业协作区"]
    assert got and set(got[0]["members"]) == {"421300", "420900"}


def test_a_region_heading_narrowed_by_the_cities_that_open_its_body(index: PlaceIndex) -> None:
    # 大湘西 is five prefectures; the body's joint subject says which of them the zone is
    text = "湖南省人民政府\n三、布局\n（四）大湘西配套协作区。怀化、张家界重点发展农产品加工等配套产业。\n"
    got = [r for r in _records(index, text) if r["name"] == "大湘西配套协作区"]
    assert got and set(got[0]["members"]) == {"431200", "430800"}
    # each city its own role after a ；: the heading keeps its region
    text = ("湖南省人民政府\n三、布局\n（四）大湘西配套协作区。怀化、张家界重点发展农产品加工；湘西州重点发展"
            "文化旅游。\n")
    got = [r for r in _records(index, text) if r["name"] == "大湘西配套协作区"]
    assert got and len(got[0]["members"]) > 2


def test_a_road_named_after_its_end_cities_is_a_means(index: PlaceIndex) -> None:
    # 济青高速公路 runs from 济南 to 青岛; leaning on it does not put 青岛 on the axis
    text = ("山东省人民政府\n三、布局\n（二）一轴。以济南—淄博—潍坊主轴为重点，依托济青高速公路、胶济铁路客运专线，"
            "重点发展装备制造，打造山东半岛城市群的产业发展主轴。\n")
    got = _records(index, text)
    assert {c for r in got for c in r["members"]} == {"370100", "370300", "370700"}


def test_a_wing_of_coasts_and_islands(index: PlaceIndex) -> None:
    text = ("广东省人民政府\n三、布局\n（三）两翼。东翼：以汕头南澳、汕尾沿海及主要岛屿为重点，"
            "发展海洋渔业和临港物流。\n")
    assert _members(_records(index, text), "海洋渔业") == {"440523", "441500"}


def test_a_chapter_of_significance_and_present_state_reports(index: PlaceIndex) -> None:
    text = ("内蒙古自治区人民政府\n一、重要意义和发展基础\n　　呼和浩特、包头、鄂尔多斯三市地缘相近。呼包鄂工业走廊"
            "经过十多年建设，已集聚各类工业园区20余个，煤化工、冶金等产业初具规模。\n")
    assert _records(index, text) == []


def test_the_parks_of_two_cities_acting_together_are_no_zone(index: PlaceIndex) -> None:
    text = ("湖北省人民政府\n四、重点任务\n（一）推进园区合作共建。鼓励武汉、鄂州两市园区采取“飞地经济”、托管等方式"
            "合作共建产业园区。\n")
    assert _records(index, text) == []


def test_the_industry_a_zone_drawn_on_makes_stronger(index: PlaceIndex) -> None:
    text = ("浙江省人民政府\n三、布局\n（二）箱包。依托平湖市新仓经济开发区，做强箱包产业集群，"
            "推动箱包产品向设计研发延伸。\n")
    got = [r for r in _records(index, text) if r["members"] == ["330482"]]
    assert got and any("箱包" in r["industry"] for r in got)


def test_a_list_of_counties_each_with_a_named_area(index: PlaceIndex) -> None:
    text = ("宁夏回族自治区人民政府\n三、布局\n2．宁东及周边地区。以灵武市为中心，"
            "联动平罗县太西地区、盐池县高沙窝地区，重点发展煤化工。\n")
    assert _members(_records(index, text), "煤化工") == {"640181", "640221", "640323"}


def test_a_list_of_counties_closed_by_their_counted_kind(index: PlaceIndex) -> None:
    # 等沿黄县（市、区） / 等3个县（市） after the list, before 为重点 or the role verb
    codes = {"410883", "410825", "410823"}
    text = ("河南省人民政府\n三、布局\n（二）沿黄生态带。以孟州市、温县、武陟县等沿黄县（市、区）为重点，"
            "打造沿黄生态文化旅游带。\n")
    assert _members(_records(index, text), "沿黄生态文化旅游带") == codes
    text = ("河南省人民政府\n三、布局\n（二）沿黄生态带。以孟州市、温县、武陟县等3个县（市）为重点，"
            "打造沿黄生态文化旅游带。\n")
    got = [r for r in _records(index, text) if "沿黄生态文化旅游带" in r["industry"] + r["name"] + r["group"]]
    assert len(got) == 1 and set(got[0]["members"]) == codes
    text = "河南省人民政府\n三、布局\n（二）沿黄生态带。孟州市、温县、武陟县等沿黄县（市）重点发展怀药种植。\n"
    assert _members(_records(index, text), "怀药") == codes


def test_towns_after_their_district(index: PlaceIndex) -> None:
    text = "浙江省人民政府\n三、布局\n（一）纺织。柯桥区钱清镇、杨汛桥街道重点发展纺织印染。\n"
    assert _members(_records(index, text), "纺织印染") == {"330603"}
    text = "浙江省人民政府\n三、布局\n（一）童装。在吴兴区织里镇建设童装产业园。\n"
    got = [r for r in _records(index, text) if r["name"] == "童装产业园"]
    assert got and got[0]["members"] == ["330502"]


def test_a_city_named_after_its_product_is_a_site(index: PlaceIndex) -> None:
    text = "河北省人民政府\n三、布局\n（二）葡萄酒。在昌黎县建设中国葡萄酒城，在怀来县建设怀来葡萄酒城。\n"
    got = _records(index, text)
    assert _members(got, "中国葡萄酒城") == {"130322"} and _members(got, "怀来葡萄酒城") == {"130730"}
    text = "浙江省人民政府\n三、布局\n（一）皮革。支持海宁市建设中国皮革城。\n"
    assert _members(_records(index, text), "皮革城") == {"330481"}


def test_a_zones_extent_stated_after_its_roles(index: PlaceIndex) -> None:
    text = ("广西壮族自治区人民政府\n三、布局\n（二）沿海临港产业带。坚持集约发展、绿色发展。重点发展石化、钢铁和"
            "有色金属。范围包括北海市、钦州市、防城港市。\n（三）西江产业带。重点发展装备制造。\n")
    got = [r for r in _records(index, text) if r["name"] == "沿海临港产业带"]
    assert got and set(got[0]["members"]) == {"450500", "450700", "450600"} and "有色金属" in got[0]["industry"]
    # a sentence between that names a place of its own ends the reach
    text = ("广西壮族自治区人民政府\n三、布局\n（二）沿海临港产业带。南宁市重点发展电子信息。"
            "范围包括北海市、钦州市、防城港市。\n")
    assert not any(r["name"] == "沿海临港产业带" and "450500" in r["members"] for r in _records(index, text))


def test_a_famous_scenic_mountain_is_read_as_its_county(index: PlaceIndex) -> None:
    text = "山西省人民政府\n三、布局\n（一）佛教文化旅游区。以五台山为核心，重点发展宗教文化旅游和康养。\n"
    assert _members(_records(index, text), "宗教文化旅游") == {"140922"}
    # an extent stated after the node (涉及…) still says which counties the belt covers
    text = ("山西省人民政府\n三、布局\n（二）山地观光旅游带。以五台山为重要节点，涉及五台县、繁峙县，"
            "重点发展山地观光和户外运动。\n")
    assert _members(_records(index, text), "山地观光") == {"140922", "140924"}
