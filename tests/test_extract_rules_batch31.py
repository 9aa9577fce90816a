"""Known answers for the general rules added after blind batch 31 (tests/docs/README.md, "Batch 31"), worded for
other provinces than the documents they came from, so that each rule is shown to be general."""

from __future__ import annotations

from extract_helpers import records as _records

from geo.extract import PlaceIndex


def _codes(records: list[dict], key: str) -> set[str]:
    """The members of the records whose name, group or industry holds ``key``."""
    return {code for r in records if key in r["name"] or key in r["group"] or key in r["industry"]
            for code in r["members"]}


def test_places_after_zai_then_a_means_clause_take_the_role(index: PlaceIndex) -> None:
    # 在A、B依托…，发展…: the means between the places and the role does not cut them off
    text = ("湖北省人民政府\n三、布局\n"
            "　　在东西湖区、蔡甸区依托现有汽车零部件基础，发展汽车电子、智能座舱等汽车配套产品。\n")
    assert _codes(_records(index, text), "汽车电子") == {"420112", "420114"}


def test_a_heading_named_after_a_city_is_where_its_body_subject_is(index: PlaceIndex) -> None:
    # 2．宜昌…发展区。猇亭区依托…: a district of the heading's city opens the body as its subject
    text = ("湖北省人民政府\n三、布局\n（二）两区：\n"
            "　　2．宜昌磷化工发展区。猇亭区依托磷矿资源和现有化工基础，重点发展精细磷化工和新能源材料。\n")
    got = _records(index, text)
    assert _codes(got, "宜昌磷化工发展区") == {"420505"}
    # a body whose subject is the heading's city itself keeps the city
    text = ("湖北省人民政府\n三、布局\n（二）两区：\n"
            "　　2．宜昌磷化工发展区。宜昌市依托磷矿资源，重点发展精细磷化工和新能源材料。\n")
    assert _codes(_records(index, text), "宜昌磷化工发展区") == {"420500"}


def test_a_core_zone_named_after_a_region_is_its_stated_core(index: PlaceIndex) -> None:
    # 一核：滇中…核心区。以昆明市、玉溪市为核心: the core zone lies in its stated core, not in all of 滇中
    text = ("云南省人民政府\n三、布局\n　　按照“一核两翼”的布局。\n"
            "　　（一）一核：滇中先进制造业核心区。以昆明市、玉溪市为核心，重点发展高端装备、新材料和生物医药。\n")
    assert _codes(_records(index, text), "滇中先进制造业核心区") == {"530100", "530400"}
    # with supports after the core (以昆明为核心，曲靖、玉溪为支撑) the region named by the heading stays
    text = ("云南省人民政府\n三、布局\n　　按照“一核两翼”的布局。\n"
            "　　（一）一核：滇中先进制造业核心区。以昆明为核心，曲靖、玉溪为支撑，重点发展高端装备和新材料。\n")
    assert {"530300", "532300"} <= _codes(_records(index, text), "滇中先进制造业核心区")


def test_a_heading_zone_is_where_its_body_focus_is_also_past_the_named_unit(index: PlaceIndex) -> None:
    # 3．恩施…发展区。以恩施市、利川市、长阳县为重点: 长阳县 is 宜昌's, yet one of the zone's places
    text = ("湖北省人民政府\n三、布局\n（二）三区：\n"
            "　　3．恩施富硒产业发展区。以恩施市、利川市、长阳县为重点，建设富硒食品加工基地，"
            "发展富硒茶和富硒农产品。\n")
    got = _records(index, text)
    assert _codes(got, "恩施富硒产业发展区") == {"422801", "422802", "420528"}
    assert "422800" not in {code for r in got for code in r["members"]}


def test_an_enumerated_zone_name_is_placed_by_the_next_sentence(index: PlaceIndex) -> None:
    # 一是宁波创新增长极。以鄞州区、北仑区为引领: the growth pole lies in those districts, not in all of 宁波
    text = ("浙江省人民政府\n三、布局\n"
            "　　（二）双极。一是宁波创新增长极。以鄞州区、北仑区为引领，重点发展工业互联网和新材料。"
            "二是温州创新增长极。以鹿城区为引领，重点发展激光与光电。\n")
    got = _records(index, text)
    assert _codes(got, "宁波创新增长极") == {"330212", "330206"}
    assert "330200" not in {code for r in got for code in r["members"]}


def test_where_resources_spread_from_and_a_regions_service_body_are_no_zones(index: PlaceIndex) -> None:
    # 推动X创新资源向A、B辐射: X gives, it is no zone; 建设X科技资源统筹服务中心: one body serving all of region X
    text = ("湖南省人民政府\n四、主要任务\n"
            "　　（一）推进资源共享。建设长株潭科技资源统筹服务中心，推动大型科学仪器开放共享。\n"
            "　　（二）强化辐射带动。推动长株潭创新资源向湘南、湘西辐射。\n")
    assert _records(index, text) == []
    # a zone of the region built there still counts
    text = "湖南省人民政府\n三、布局\n　　支持长株潭建设国家自主创新示范区，重点发展工程机械和先进轨道交通装备。\n"
    assert _codes(_records(index, text), "示范区") == {"430100", "430200", "430300"}


def test_a_list_closed_by_the_kinds_of_its_units(index: PlaceIndex) -> None:
    # 在A、B、C等市（州）建设… / 等州、市: the kinds after 等 close the list, the base is in every place
    text = ("广西壮族自治区人民政府\n三、产业布局\n"
            "　　（一）茶叶。重点在梧州、贺州、百色等市（州）建设生态茶园基地，推进茶园标准化改造。\n")
    got = _records(index, text)
    assert _codes(got, "生态茶园基地") == {"450400", "451100", "451000"}
    assert {r["group"] for r in got} == {"生态茶园基地"}  # not （州）建设生态茶园基地


def test_an_industry_sub_heading_names_the_industry_of_its_body(index: PlaceIndex) -> None:
    # （二）脐橙。以桂林为核心，辐射柳州、贺州等市，…: the hits name no industry, the heading does
    text = ("广西壮族自治区人民政府\n三、产业布局\n"
            "　　（二）脐橙。以桂林为核心，辐射柳州、贺州等市，建设脐橙、沙糖桔和种苗生产基地，"
            "打造全国柑橘产业中心。\n")
    assert _codes(_records(index, text), "脐橙") == {"450300", "450200", "451100"}
    text = ("广西壮族自治区人民政府\n三、产业布局\n"
            "　　2．茉莉花。以横州为核心，辐射南宁、贵港等市，建设茉莉花种植基地。\n")
    assert _codes(_records(index, text), "茉莉花") >= {"450100", "450800"}
    # a sub-heading that names a task gives no industry
    text = ("广西壮族自治区人民政府\n三、产业布局\n"
            "　　（三）加强协同。以桂林为核心，辐射柳州、贺州等市，建设脐橙、沙糖桔和种苗生产基地。\n")
    assert not any("加强协同" in r["industry"] for r in _records(index, text))


def test_a_crop_kept_in_the_listed_places(index: PlaceIndex) -> None:
    # 稳定A、B、C等市的X种植面积: a clause with no subject keeps the crop in those places
    text = ("广西壮族自治区人民政府\n三、产业布局\n"
            "　　（三）甘蔗。稳定崇左、南宁、来宾等市的甘蔗种植面积，推进糖料蔗良种良法技术推广。\n")
    assert _codes(_records(index, text), "甘蔗") == {"451400", "450100", "451300"}
    text = "广西壮族自治区人民政府\n三、产业布局\n　　（四）油茶。扩大百色、河池两市的油茶种植规模，推进低产林改造。\n"
    assert _codes(_records(index, text), "油茶") == {"451000", "451200"}


def test_an_area_named_by_where_it_lies_takes_the_heading_zone(index: PlaceIndex) -> None:
    # ——X走廊。依托A、B和C环…区域，…: the places' area is the corridor of the heading, not a zone called …区域
    text = ("福建省人民政府\n三、布局\n（二）两廊。\n"
            "　　——泉州环湾科创走廊。依托丰泽区、洛江区和晋江市沿湾区域，重点发展智能装备和新材料。\n")
    got = _records(index, text)
    assert _codes(got, "泉州环湾科创走廊") == {"350503", "350504", "350582"}
    assert all("泉州环湾科创走廊" in r["name"] + r["group"] for r in got)


def test_a_corridor_whose_cores_are_parks_is_what_it_crosses(index: PlaceIndex) -> None:
    # ——X大走廊。以A科技城、B科技城为核心，贯穿C、D、E，…: the corridor is in C, D, E, not in all of X
    text = ("湖北省人民政府\n三、布局\n（二）两廊。\n"
            "　　——武汉光谷科创大走廊。以光谷科学岛、未来科技城为核心，贯穿洪山区、江夏区、东湖新技术开发区，"
            "重点发展光电子信息和生物医药。\n")
    got = _records(index, text)
    assert _codes(got, "武汉光谷科创大走廊") == {"420111", "420115"} | _codes(got, "东湖新技术开发区")
    assert "420100" not in {code for r in got for code in r["members"]}


def test_the_title_a_city_is_to_earn(index: PlaceIndex) -> None:
    # 支持X打造全国…第一城 / …之都: the title is the city's designation
    text = "四川省人民政府\n三、布局\n　　（一）一核引领。支持成都打造全国数字经济第一城，重点发展软件和信息服务。\n"
    got = _records(index, text)
    assert _codes(got, "第一城") == {"510100"}
    assert {r["kind"] for r in got if "第一城" in r["name"]} == {"area"}


def test_a_zone_planned_inside_a_park_is_where_the_parks_brackets_say(index: PlaceIndex) -> None:
    # 在X经济技术开发区（Y区）规划建设X…物流区: the zone is in Y; the city in the zone's name is no member
    text = ("四川省人民政府\n三、布局\n"
            "　　（一）一核。在成都经济技术开发区（龙泉驿区）规划建设成都国际铁路港物流区，"
            "集中布局铁路集装箱中心站。\n")
    got = _records(index, text)
    assert {(r["name"], code) for r in got for code in r["members"]} == {("成都国际铁路港物流区", "510112")}


def test_a_region_inside_the_name_of_the_zone_a_city_builds(index: PlaceIndex) -> None:
    # X市依托…，建设面向…的川东北国际商贸物流区: the logistics zone is the city's; 川东北 only names it
    text = ("四川省人民政府\n三、布局\n"
            "　　（二）两区。达州市依托达州经济开发区和达州高新区，建设面向川渝的川东北国际商贸物流区，"
            "重点发展进出口商品集散。\n")
    got = _records(index, text)
    assert {tuple(r["members"]) for r in got if r["name"].endswith("国际商贸物流区")} == {("511700",)}
    assert {code for r in got for code in r["members"]} == {"511700"}


def test_a_bulleted_list_of_places_that_build_one_node_together(index: PlaceIndex) -> None:
    # ——A、B、C：共同建设…节点，重点发展…: each place takes the role
    text = ("四川省人民政府\n三、布局\n　　（三）多节点。\n"
            "　　——广汉市、什邡市、绵竹市：共同建设西部物流节点，重点发展装备和化工产品物流。\n")
    assert _codes(_records(index, text), "化工产品物流") == {"510681", "510682", "510683"}


def test_a_list_of_counties_each_with_its_landmark(index: PlaceIndex) -> None:
    # 以A县X山、B市Y湖为重点: the landmarks do not cut the list, and a short name inside one (长白山: 白山) is no place
    text = "湖南省人民政府\n三、布局\n　　（二）以宜章县莽山、资兴市东江湖为重点，建设世界级生态旅游目的地。\n"
    assert _codes(_records(index, text), "生态旅游目的地") == {"431022", "431081"}
    text = "吉林省人民政府\n三、布局\n　　（一）以抚松县长白山、安图县为重点，建设世界级冰雪旅游目的地。\n"
    got = _records(index, text)
    assert _codes(got, "冰雪旅游目的地") == {"220621", "222426"}
    assert "220600" not in {code for r in got for code in r["members"]}
    # a short name after a county and 至 is a place of its own (蜀山区至黄山: 黄山市)
    text = "安徽省人民政府\n三、布局\n　　（一）以蜀山区至黄山为重点，建设皖南国际文化旅游示范区。\n"
    assert "341000" in _codes(_records(index, text), "示范区")


def test_the_work_on_an_industry_before_the_zone_a_place_builds(index: PlaceIndex) -> None:
    # 支持X推动…产业转型升级，建设…集聚区: the zone is X's
    text = "湖南省人民政府\n三、布局\n　　（三）支持醴陵市推动陶瓷产业转型升级，建设陶瓷产业集聚区。\n"
    assert _codes(_records(index, text), "陶瓷产业集聚区") == {"430281"}


def test_a_zone_made_of_the_bracketed_parks_listed_after_it(index: PlaceIndex) -> None:
    # 建设X合作区，推进A园（a）、B园（b）、C园（c）建设: the zone is on a, b, c
    text = ("安徽省人民政府\n三、布局\n"
            "　　（四）高水平建设产业转移合作区，推进新材料产业园（颍州区）、装备制造产业园（谯城区）、"
            "食品产业园（埇桥区）建设，重点承接长三角地区产业转移。\n")
    got = _records(index, text)
    assert _codes(got, "产业转移合作区") == {"341202", "341602", "341302"}
    assert _codes(got, "食品产业园") == {"341302"}


def test_a_corridor_runs_on_from_its_head_to_the_place_it_reaches(index: PlaceIndex) -> None:
    # 以A区X为龙头，沿…国道向西延伸至B市，…: the corridor is in A and B
    text = ("湖北省人民政府\n三、布局\n（二）两廊。\n"
            "　　1.金银湖—汉川先进制造业走廊。以东西湖区金银湖为龙头，沿318国道向西延伸至汉川市，"
            "重点发展汽车零部件、食品和纺织服装产业。\n")
    got = _records(index, text)
    assert {tuple(r["members"]) for r in got if "汽车零部件" in r["industry"]} == {("420112", "420984")}


def test_parks_drawn_on_by_a_body_that_builds_the_headings_zone(index: PlaceIndex) -> None:
    # 一带：X带。沿…，依托A区P新城和B区Q新区，…，打造X带: the parks' places are the belt's
    text = ("湖北省人民政府\n三、布局\n　　按照“一带两廊”的布局。\n"
            "　　（一）一带：汉江西岸现代服务业发展带。沿汉江西岸，依托汉阳区四新新城和蔡甸区后官湖新城，"
            "重点发展金融商务和文化创意产业，打造汉江西岸现代服务业发展带。\n")
    assert _codes(_records(index, text), "汉江西岸现代服务业发展带") == {"420105", "420114"}


def test_a_table_zone_that_is_a_unit_of_its_own_inside_the_sites_city(index: PlaceIndex) -> None:
    # 宁波杭州湾新区｜宁波市: the zone is a unit of the gazetteer (慈溪市's) inside the 所在地 city; the finer unit wins
    text = ("浙江省人民政府\n三、布局\n　　专栏　重点平台布局\n　　序号　平台名称　所在地　主导产业\n"
            "　　1　宁波杭州湾新区　宁波市　汽车及零部件、新材料\n　　2　宁波高新区　鄞州区　新材料、软件\n")
    got = _records(index, text)
    assert _codes(got, "宁波杭州湾新区") == {"330282"}
    assert _codes(got, "宁波高新区") == {"330212"}


def test_a_centre_and_the_city_it_works_with(index: PlaceIndex) -> None:
    # 以A市为中心，联动B市，…: B is in the zone too
    text = ("湖北省人民政府\n三、布局\n　　按照“一核两翼”的布局。\n"
            "　　（一）一核：武汉创新核心区。以武汉市为中心，联动鄂州市，重点发展光电子信息和生物医药产业。\n")
    assert _codes(_records(index, text), "光电子信息") == {"420100", "420700"}


def test_a_park_named_twice_is_where_the_finer_placement_says(index: PlaceIndex) -> None:
    # 建设宜昌生物医药产业园 (named after the city) and the table row 宜昌生物医药产业园｜夷陵区: the park is in 夷陵区
    text = ("湖北省人民政府\n三、布局\n"
            "　　（一）以夷陵区、点军区为核心，重点发展原料药和医疗器械，建设宜昌生物医药产业园。\n"
            "　　专栏　重点项目\n　　序号　项目名称　建设地点　建设内容\n"
            "　　1　宜昌生物医药产业园　夷陵区　原料药、制剂\n")
    got = _records(index, text)
    assert _codes(got, "宜昌生物医药产业园") == {"420506"}
