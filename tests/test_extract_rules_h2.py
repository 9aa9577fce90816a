"""Known answers for the general rules added after the former held-out batch H2 (tests/docs/README.md, "Batch H2"),
worded for other provinces than the documents they came from, so that each rule is shown to be general."""

from __future__ import annotations

from collections.abc import Iterable

from extract_helpers import records as _records

from geo.extract import PlaceIndex


def _codes(records: Iterable[dict]) -> set[str]:
    return {code for r in records for code in r["members"]}


def _labelled(records: list[dict], word: str) -> list[dict]:
    return [r for r in records if word in r["name"] or word in r["group"] or word in r["industry"]]


def test_a_counted_kind_after_a_list_framed_by_yi(index: PlaceIndex) -> None:
    # 以偏关县…垣曲县等19个沿黄县（市）为主体: the count and a short modifier stand between the list and 为
    text = "山东省人民政府\n三、布局\n以东明县、鄄城县、郓城县等3个沿黄县（区）为主体，建设黄河风情旅游带。\n"
    got = _labelled(_records(index, text), "黄河风情")
    assert _codes(got) == {"371728", "371726", "371725"}
    for counted in ("等沿黄3县", "等3县（区）", "3个沿黄县"):  # the modifier first; 个 or 等 left out
        text = f"山东省人民政府\n三、布局\n以东明县、鄄城县、郓城县{counted}为主体，建设黄河风情旅游带。\n"
        assert _codes(_labelled(_records(index, text), "黄河风情")) == {"371728", "371726", "371725"}, counted


def test_the_subjects_own_city_in_the_zones_name_adds_no_member(index: PlaceIndex) -> None:
    # 阳城县、泽州县依托…，建设晋城古堡文化旅游区: 晋城 only names the zone the two counties build
    text = "浙江省人民政府\n三、布局\n——桐庐县、淳安县依托富春江、千岛湖等，建设杭州西部生态文化旅游区。\n"
    got = _labelled(_records(index, text), "生态文化旅游区")
    assert got and _codes(got) == {"330122", "330127"}
    # 大同市云冈区、平城区重点建设云冈石窟—大同古城文化旅游区: a district's own name and its city's, both in the name
    text = "江苏省人民政府\n三、布局\n——南京市江宁区、溧水区重点建设江宁织造—南京古都文化旅游区。\n"
    got = _labelled(_records(index, text), "古都文化旅游区")
    assert got and _codes(got) == {"320115", "320117"}


def test_a_role_then_a_development_clause_then_the_zone_built(index: PlaceIndex) -> None:
    # 武清区、宝坻区重点承接…，发展…，建设京津无人机产业园: the park names the group, not the section label
    text = ("江苏省人民政府\n三、布局\n（二）培育特色配套园区。\n——昆山市、太仓市重点承接上海科技成果转化，"
            "发展智能装备、新材料，建设沪苏科技成果转化产业园。\n")
    got = _labelled(_records(index, text), "沪苏科技成果转化产业园")
    assert _codes(got) == {"320583", "320585"}


def test_a_numbered_project_sited_only_by_where_it_is_built(index: PlaceIndex) -> None:
    text = ("福建省人民政府\n专栏1　重点项目\n　　1.动力电池扩能项目：在蕉城区建设，年产能50吉瓦时。\n"
            "　　2.古城保护利用项目：在鼓楼区推进三坊七巷保护展示工程。\n")
    records = _records(index, text)
    assert _codes(_labelled(records, "动力电池扩能项目")) == {"350902"}
    assert _codes(_labelled(records, "古城保护利用项目")) == {"350102"}
    # a numbered zone whose body builds something without a layout noun (交易所)
    text = "浙江省人民政府\n专栏　配套项目\n　　4．大宗商品交易中心。在舟山市建设大宗商品交易所，发展油品贸易。\n"
    assert _codes(_labelled(_records(index, text), "大宗商品交易中心")) == {"330900"}


def test_a_river_named_like_a_county_is_no_place(index: PlaceIndex) -> None:
    # 赤水河流域: the river basin, not 赤水市 (whose name it shares)
    text = "贵州省人民政府\n三、布局\n（一）赤水河流域酿酒产业带。以习水县为核心，重点发展酱香型白酒。\n"
    assert _codes(_records(index, text)) == {"520330"}


def test_a_part_labelled_zone_heading_takes_the_places_the_next_sentence_covers(index: PlaceIndex) -> None:
    # （一）一带：赤水河流域酱香型白酒产业带。以仁怀市为核心，涵盖习水县、赤水市和毕节市金沙县
    text = ("湖南省人民政府\n三、布局\n按照“一带、两区”的思路推进。\n（一）一带：湘中装备制造产业带。以长沙市为核心，"
            "涵盖株洲市、湘潭市和娄底市，重点发展工程机械。\n")
    got = _labelled(_records(index, text), "湘中装备制造产业带")
    assert got and _codes(got) == {"430100", "430200", "430300", "431300"}


def test_a_heading_zone_restated_with_finer_places(index: PlaceIndex) -> None:
    # （二）两区：遵义…集聚区和黔中白酒集聚区。遵义…集聚区以汇川区、播州区和湄潭县为重点: the finer body wins
    text = ("河北省人民政府\n三、布局\n（二）两区：唐山精品钢集聚区和邯郸精品钢集聚区。唐山精品钢集聚区以迁安市、"
            "丰南区为重点，发展高端板材。邯郸精品钢集聚区以武安市为重点，发展优质棒线材。\n")
    records = _records(index, text)
    assert _codes(r for r in records if "唐山精品钢集聚区" in r["name"]) == {"130283", "130207"}
    assert _codes(r for r in records if "邯郸精品钢集聚区" in r["name"]) == {"130481"}


def test_places_and_other_places_as_a_subject(index: PlaceIndex) -> None:
    # 支持镇远县、都匀市、黔西县等地依托现有品牌发展特色白酒
    text = "浙江省人民政府\n三、布局\n（三）多点。支持东阳市、义乌市等地依托现有基础发展影视文化。\n"
    assert _codes(_labelled(_records(index, text), "影视文化")) == {"330783", "330782"}


def test_a_kind_of_project_a_policy_favours_is_no_designation(index: PlaceIndex) -> None:
    text = "安徽省人民政府\n五、保障措施\n（二）加大资金支持。省级各类专项资金对皖北地区重点产业项目给予倾斜。\n"
    assert _records(index, text) == []


def test_a_county_opening_a_parks_name_after_its_citys_role(index: PlaceIndex) -> None:
    # 扬州市重点发展…，加快建设仪征汽车工业园: the park is in 仪征市, not in the whole city
    text = "浙江省人民政府\n三、布局\n温州市重点发展汽车零部件、电气机械，加快建设瑞安汽摩配产业园。\n"
    assert "330381" in _codes(_labelled(_records(index, text), "瑞安汽摩配产业园"))
    # the city's own short name opening the park is still the city (抚顺市…，建设抚顺石化新城)
    text = "浙江省人民政府\n三、布局\n——台州市依托…，重点发展医药化工，建设台州医化新城。\n"
    assert _codes(_labelled(_records(index, text), "台州医化新城")) == {"331000"}


def test_projects_named_after_firms_are_no_places(index: PlaceIndex) -> None:
    # 以恒力石化、大连石化等项目为龙头: 大连石化 is a firm
    text = ("浙江省人民政府\n三、布局\n（二）建设两大基地。\n1.舟山绿色石化基地。位于岱山县，以浙江石化、宁波石化等项目"
            "为龙头，重点发展炼化一体化，建设国家石化产业基地之一。\n")
    assert _codes(_records(index, text)) == {"330921"}


def test_a_project_sited_in_its_brackets(index: PlaceIndex) -> None:
    text = ("山东省人民政府\n专栏1　石化产业重点项目\n　　3.青岛炼化芳烃项目（由中石化投资，建于黄岛区）。\n"
            "　　4.裕龙石化炼化一体化项目（龙口市屺坶岛）。\n")
    records = _records(index, text)
    assert _codes(_labelled(records, "青岛炼化芳烃项目")) == {"370211"}
    assert _codes(_labelled(records, "裕龙石化炼化一体化项目")) == {"370681"}


def test_a_main_body_in_brackets_locates_the_heading_zone(index: PlaceIndex) -> None:
    # 2.盘锦辽东湾…基地。以盘锦辽东湾新区（大洼区）为主体: the zone is in 大洼区, not the whole of 盘锦市
    text = ("江苏省人民政府\n三、布局\n（二）建设两大基地。\n2.连云港石化产业基地。以连云港徐圩新区（连云区）为主体，"
            "重点发展临港石化。\n")
    assert _codes(_records(index, text)) == {"320703"}  # not 连云港市, which only names the base


def test_a_bulleted_place_heading_governs_the_sentence_after_it(index: PlaceIndex) -> None:
    text = ("浙江省人民政府\n三、布局\n（三）多点。\n——义乌市。依托国际商贸城，发展小商品制造，"
            "建设全国重要的日用品生产基地。\n")
    assert _codes(_labelled(_records(index, text), "日用品生产基地")) == {"330782"}


def test_a_numbered_projects_title_may_hold_any_word(index: PlaceIndex) -> None:
    text = "广东省人民政府\n专栏　重点项目\n　　4．炼油改造及产能提升项目（茂南区）\n"
    assert _codes(_labelled(_records(index, text), "产能提升项目")) == {"440902"}


def test_the_work_the_places_carry_out_before_what_they_build(index: PlaceIndex) -> None:
    text = "吉林省人民政府\n三、布局\n（三）多园区。汪清县、和龙市开展矿泉水资源开发利用，建设矿泉水产业示范基地。\n"
    assert _codes(_labelled(_records(index, text), "矿泉水产业示范基地")) == {"222424", "222406"}
    text = "福建省人民政府\n三、布局\n德化县加强高岭土资源保护，建设优质陶瓷原料基地。\n"
    assert _codes(_labelled(_records(index, text), "陶瓷原料基地")) == {"350526"}


def test_a_focus_frame_and_clauses_before_the_zone_named_after_the_city(index: PlaceIndex) -> None:
    # 以宁江区、前郭县为重点，依托吉林油田，发展…，建设松原石油化学工业循环经济园区
    text = ("江苏省人民政府\n三、布局\n1．南京新材料基地。以江宁区、溧水区为重点，依托现有企业，发展化工新材料，"
            "建设南京新材料循环经济园区。\n")
    records = _records(index, text)
    assert records and _codes(records) == {"320115", "320117"}  # no 南京市 for the park named after it


def test_chemical_zones_and_manufacturing_parks(index: PlaceIndex) -> None:
    text = "山东省人民政府\n三、布局\n——东营港化工区（河口区）重点发展炼化一体化和精细化工。\n"
    assert _codes(_labelled(_records(index, text), "东营港化工区")) == {"370503"}
    text = "湖南省人民政府\n三、布局\n（一）株洲航空制造园。重点发展通用飞机和航空发动机。\n"
    assert _codes(_labelled(_records(index, text), "株洲航空制造园")) == {"430200"}


def test_former_county_names_renamed_since_and_the_verbs_that_hide_one(index: PlaceIndex) -> None:
    # 开县 -> 开州区 (2016), 沙县 -> 沙县区 (2021): former names, also when the new name is not a stem of the old
    text = "福建省人民政府\n三、布局\n沙县重点发展小吃产业和机械制造。\n"
    assert _codes(_records(index, text)) == {"350405"}
    text = "四川省人民政府\n三、布局\n郫县重点发展电子信息和食品饮料。\n"
    assert _codes(_records(index, text)) == {"510117"}
    # 召开县委常委会: a verb before 县, no 开县
    text = "各区县要及时召开县委常委会研究部署，开县重点发展电子信息。"
    found = [(m.start, m.name) for m in index.matches(text, "500000")]
    assert found == [(text.index("开县重点"), "开县")]


def test_a_numbered_park_sited_by_the_park_in_its_brackets(index: PlaceIndex) -> None:
    # 1．光谷生物城（武汉东湖新技术开发区）：…: the item is the park named before the brackets, where they say
    text = ("江苏省人民政府\n专栏1　生物医药重点园区\n　　1．中国医药城（泰州医药高新技术产业开发区）：生物制药、"
            "医疗器械。\n")
    got = [(r["name"], r["industry"], r["members"]) for r in _records(index, text)]
    assert got == [("中国医药城", "生物制药、医疗器械", ["321200"])]


def test_a_parks_short_form_after_its_full_name(index: PlaceIndex) -> None:
    # 天津空港经济区 … 在空港经济区建设…: the short form further on is the same park (here 滨海新区)
    text = ("天津市人民政府\n三、布局\n1.航空城。以天津空港经济区为主要载体，重点发展大型飞机总装。\n"
            "专栏1　重点项目\n　　3.直升机总部基地项目：在空港经济区建设直升机总装线。\n")
    assert _codes(_labelled(_records(index, text), "直升机")) == {"120116"}
    # without the full name first, the bare short form is no place (many cities have an 空港经济区)
    text = "天津市人民政府\n专栏1　重点项目\n　　3.直升机总部基地项目：在空港经济区建设直升机总装线。\n"
    assert _records(index, text) == []


def test_parks_named_each_after_one_county_of_the_list_stay_apart(index: PlaceIndex) -> None:
    # 靖边县、定边县依托油气资源，建设靖边…产业园和定边盐化工产业园: no city holding both names the parks
    text = ("内蒙古自治区人民政府\n三、布局\n托克托县、和林格尔县依托电力资源，建设托克托铝材产业园和"
            "和林格尔乳业园区。\n")
    records = _records(index, text)
    assert _codes(r for r in records if "铝材产业园" in r["name"]) == {"150122"}
    assert _codes(r for r in records if "乳业园区" in r["name"]) == {"150123"}


def test_a_vehicle_park_in_brackets_leaves_the_heading_zone_on_its_city(index: PlaceIndex) -> None:
    # 以…开发区（X县）为主要载体 is a vehicle, unlike 以…新区（X区）为主体 (test above)
    text = ("湖北省人民政府\n三、布局\n（二）三极。\n1．襄阳汽车产业增长极。以襄阳高新技术产业开发区（襄州区）"
            "为主要载体，重点发展新能源汽车。\n")
    got = [r for r in _records(index, text) if r["name"] == "襄阳汽车产业增长极"]
    assert got and _codes(got) == {"420600"}


def test_a_part_made_of_whole_places_is_not_restated_away(index: PlaceIndex) -> None:
    # 两副：石嘴山市和吴忠市。石嘴山市以大武口区、平罗县为重点: the part is the two cities (a place's name is no zone)
    text = ("河北省人民政府\n三、布局\n按照“一主两副”的布局推进。\n两副：张家口市和承德市。张家口市以桥东区、"
            "宣化区为重点，发展装备制造。\n")
    assert "130700" in _codes(r for r in _records(index, text) if "两副" in r["group"] or "两副" in r["name"])


def test_cities_a_plan_names_as_sites(index: PlaceIndex) -> None:
    # a 三城 part: 永宁县建设中国葡萄酒城 (酒城, 大学城, 知识城, 影视城 are site nouns)
    text = ("四川省人民政府\n三、布局\n按照“一核三城”的总体布局推进。\n（二）建设三城。泸州市江阳区建设中国酒城，"
            "金堂县建设成都影视城。\n")
    records = _records(index, text)
    assert _codes(r for r in records if "中国酒城" in r["name"]) == {"510502"}
    assert _codes(r for r in records if "影视城" in r["name"]) == {"510121"}


def test_a_three_character_town_after_its_district_keeps_the_list_going(index: PlaceIndex) -> None:
    # 在西夏区镇北堡镇、永宁县闽宁镇、青铜峡市邵岗镇等地建设…小镇: the first district is not lost before its town
    text = ("浙江省人民政府\n三、布局\n（五）十镇。在德清县莫干山镇、余杭区良渚镇、桐乡市乌镇镇等地建设十个"
            "文旅特色小镇。\n")
    assert _codes(_labelled(_records(index, text), "特色小镇")) == {"330110", "330483", "330521"}


def test_a_numbered_project_that_says_only_where_it_lies(index: PlaceIndex) -> None:
    text = "安徽省人民政府\n专栏　重大项目\n　　1.新能源汽车整车项目：位于肥西县，年产30万辆。\n"
    assert [(r["name"], r["members"]) for r in _records(index, text)] == [("新能源汽车整车项目", ["340123"])]


def test_a_place_heading_after_a_round_bullet(index: PlaceIndex) -> None:
    # ●芜湖市。: the bullet is no part of the name (——蕲春县。 above)
    text = "安徽省人民政府\n三、布局\n●芜湖市。依托奇瑞汽车，重点发展新能源汽车，建设汽车产业基地。\n"
    got = _records(index, text)
    assert got and all(not r["name"].startswith("●") for r in got) and _codes(got) == {"340200"}
