"""Known answers for the general rules added after blind batch 30 (tests/docs/README.md, "Batch 30"), worded for
other provinces than the documents they came from, so that each rule is shown to be general."""

from __future__ import annotations

from extract_helpers import records as _records

from geo.extract import PlaceIndex


def _pairs(records: list[dict]) -> set[tuple[str, str]]:
    return {(r["name"], code) for r in records for code in r["members"]}


def test_a_box_line_naming_an_industry_and_its_cities(index: PlaceIndex) -> None:
    text = ("河南省人民政府\n三、布局\n专栏　重点产业布局\n"
            "　　装备制造：郑州、洛阳、新乡。\n　　食品加工：漯河、周口、驻马店等。\n")
    got = _records(index, text)
    assert _pairs(got) == {("装备制造", "410100"), ("装备制造", "410300"), ("装备制造", "410700"),
                           ("食品加工", "411100"), ("食品加工", "411600"), ("食品加工", "411700")}
    # a key that names who, not what (合作方：…) and a value that is a sentence are no such rows
    text = "河南省人民政府\n三、布局\n　　合作方：郑州、洛阳。\n　　装备制造：郑州重点发展数控机床。\n"
    assert not any(r["name"] in ("合作方", "装备制造") for r in _records(index, text))


def test_a_box_whose_first_line_lists_places_is_named_by_its_caption(index: PlaceIndex) -> None:
    text = ("云南省人民政府\n三、布局\n专栏　普洱茶产业重点县\n"
            "　　思茅区、宁洱哈尼族彝族自治县、勐海县等重点县，每县建设标准化茶园10万亩以上。\n\n四、任务\n")
    got = _records(index, text)
    assert [(r["name"], r["members"]) for r in got] == [("普洱茶产业重点县", ["530802", "530821", "532822"])]
    # a sentence of prose after a box caption is read as prose, not as the caption's list
    text = "云南省人民政府\n三、布局\n专栏　普洱茶产业重点县\n　　支持勐海县建设普洱茶产业园。\n"
    assert [r["members"] for r in _records(index, text) if r["name"] == "普洱茶产业重点县"] == []
    text = "云南省人民政府\n三、布局\n专栏　典型案例\n　　昆明、曲靖等地探索建立园区合作机制，取得积极成效。\n"
    assert not any(r["name"] == "典型案例" for r in _records(index, text))


def test_an_enumerated_item_that_is_only_a_zone_name_governs_the_next_sentence(index: PlaceIndex) -> None:
    text = ("湖南省人民政府\n三、布局\n（一）两区。一是湘南承接产业转移示范区。以衡阳市、郴州市、永州市为重点，"
            "承接电子信息和有色金属精深加工产业。二是长株潭自主创新示范区。依托长沙高新区，建设创新创业中心。\n")
    got = _records(index, text)
    south = [r for r in got if set(r["members"]) == {"430400", "431000", "431100"}]
    assert south and all(r["group"] == "湘南承接产业转移示范区" for r in south)
    assert not any(r["group"] == "湘南承接产业转移示范区" and "430100" in r["members"] for r in got)


def test_a_heading_belt_built_on_the_places_its_body_draws_on(index: PlaceIndex) -> None:
    text = ("湖北省人民政府\n三、布局\n（二）汉江生态经济旅游带。沿汉江，依托十堰、襄阳、荆门、潜江四市，整合山水和"
            "历史文化资源，发展生态观光和文化体验，打造汉江流域生态文化旅游带。\n")
    got = [r for r in _records(index, text) if r["name"] == "汉江生态经济旅游带"]
    assert [set(r["members"]) for r in got] == [{"420300", "420600", "420800", "429005"}]
    # the body builds something else (a means, no zone): the places are only the means
    text = ("湖北省人民政府\n三、布局\n（二）汉江生态经济旅游带。沿汉江，依托十堰、襄阳两市，整合旅游资源，"
            "完善旅游公路。\n")
    assert not any(r["name"] == "汉江生态经济旅游带" and "420300" in r["members"] for r in _records(index, text))


def test_the_stated_extent_replaces_the_city_a_zone_is_named_after(index: PlaceIndex) -> None:
    text = ("浙江省人民政府\n三、布局\n在钱塘江以南规划建设杭州数字经济先行区，先行区涉及萧山区、滨江区部分区域，"
            "打造数字经济的引领区。\n")
    got = _records(index, text)
    assert got and _pairs(got) >= {(got[0]["name"], "330109"), (got[0]["name"], "330108")}
    assert not any("330100" in r["members"] for r in got)
    # nodes that are scenic sites (a mountain named like its city) give way to the counties the belt takes in
    text = ("湖南省人民政府\n三、布局\n（三）山水观光旅游带。以张家界、天门山、崀山为重要节点，串联东江湖，"
            "涉及武陵源区、永定区、新宁县，重点发展山地观光和休闲度假。\n")
    got = [r for r in _records(index, text) if r["group"] == "山水观光旅游带" or r["name"] == "山水观光旅游带"]
    assert {code for r in got for code in r["members"]} == {"430811", "430802", "430528"}


def test_a_zone_that_opens_the_sentence_includes_the_places_listed(index: PlaceIndex) -> None:
    text = ("云南省人民政府\n三、布局\n（一）建设三大茶叶优势产区。滇南茶区包括普洱市、西双版纳傣族自治州，"
            "重点发展普洱茶。\n")
    got = [r for r in _records(index, text) if r["name"] == "滇南茶区"]
    assert [set(r["members"]) for r in got] == [{"530800", "532800"}]
    text = "云南省人民政府\n三、布局\n滇西茶区主要包括临沧市、保山市两市，重点发展红茶。\n"
    got = [r for r in _records(index, text) if r["name"] == "滇西茶区"]
    assert [set(r["members"]) for r in got] == [{"530900", "530500"}]
    # a city's urban area is no zone of the plan
    text = "云南省人民政府\n三、布局\n昆明城区包括五华区、盘龙区，建设商贸中心。\n"
    assert not any(r["name"].endswith("城区") for r in _records(index, text))


def test_an_industry_grown_in_the_places_then_its_base_built_there(index: PlaceIndex) -> None:
    text = "甘肃省人民政府\n三、布局\n酒泉市重点在瓜州县、玉门市发展风电，建设千万千瓦级风电基地。\n"
    got = _records(index, text)
    assert [(r["name"], set(r["members"])) for r in got] == [("千万千瓦级风电基地", {"620922", "620981"})]


def test_a_base_built_on_a_park_as_its_vehicle_is_where_the_park_is(index: PlaceIndex) -> None:
    text = "湖南省人民政府\n三、布局\n依托长沙经济技术开发区（长沙县），建设工程机械产业基地。\n"
    got = _records(index, text)
    assert [(r["name"], r["members"]) for r in got] == [("工程机械产业基地", ["430121"])]


def test_a_role_after_a_long_means_phrase_without_a_comma(index: PlaceIndex) -> None:
    text = "甘肃省人民政府\n三、布局\n支持敦煌市依托库姆塔格沙漠边缘戈壁荒漠发展光伏发电。\n"
    got = _records(index, text)
    assert [(r["industry"], r["members"]) for r in got] == [("光伏发电", ["620982"])]


def test_a_culture_park_and_a_power_station_are_sites(index: PlaceIndex) -> None:
    text = "江苏省人民政府\n三、布局\n支持宜兴市建设中国紫砂文化园，做大紫砂陶产业。\n"
    assert [(r["name"], r["members"]) for r in _records(index, text)] == [("宜兴市中国紫砂文化园", ["320282"])]
    text = "四川省人民政府\n专栏　重点项目\n　　1.白鹤滩水电站（宁南县）。\n"
    assert [(r["name"], r["members"]) for r in _records(index, text)] == [("白鹤滩水电站", ["513427"])]


def test_a_place_heading_then_an_advantage_clause_then_the_role(index: PlaceIndex) -> None:
    text = "湖南省人民政府\n三、布局\n长沙市。突出省会优势，重点发展工程机械和新一代信息技术。\n"
    got = _records(index, text)
    assert [(r["industry"], r["members"]) for r in got] == [("工程机械和新一代信息技术", ["430100"])]


def test_a_valley_built_in_a_district_is_a_site(index: PlaceIndex) -> None:
    text = "湖北省人民政府\n三、布局\n在洪山区建设武汉光谷，集聚光电子信息产业。\n"
    assert [(r["name"], r["members"]) for r in _records(index, text)] == [("武汉光谷", ["420111"])]


def test_a_park_whose_name_brackets_its_city_keeps_the_whole_name(index: PlaceIndex) -> None:
    text = "辽宁省人民政府\n三、布局\n重点发展汽车和机器人，加快建设中德（沈阳）高端装备制造产业园。\n"
    got = [r for r in _records(index, text) if r["group"] == "中德（沈阳）高端装备制造产业园"]
    assert [r["members"] for r in got] == [["210100"]]


def test_a_heading_zone_placed_by_a_focus_clause_that_builds_it(index: PlaceIndex) -> None:
    text = ("云南省人民政府\n三、布局\n（二）昆明花卉产业带。重点在晋宁区、呈贡区扩大鲜切花种植基地，提升花卉加工水平，"
            "打造昆明花卉产业带。\n")
    got = [r for r in _records(index, text) if r["name"] == "昆明花卉产业带"]
    assert got and all(set(r["members"]) == {"530115", "530114"} for r in got)
    # the focus clause sites works only: the heading's zone stays the city it is named after
    text = "陕西省人民政府\n三、布局\n（二）榆林能源化工集聚区。重点在神木市、府谷县布局建设煤化工项目，延伸产业链。\n"
    got = [r for r in _records(index, text) if r["name"] == "榆林能源化工集聚区"]
    assert [r["members"] for r in got] == [["610800"]]


def test_a_list_of_parks_each_with_its_place_in_brackets(index: PlaceIndex) -> None:
    text = ("湖北省人民政府\n三、布局\n重点建设木兰山旅游度假区（黄陂区）、梁子湖旅游度假区（江夏区）、"
            "九宫山旅游度假区（通山县）和黄冈市罗田县天堂寨旅游度假区，打造国家级旅游度假区。\n")
    got = {(r["name"], tuple(r["members"])) for r in _records(index, text)}
    assert {("木兰山旅游度假区", ("420116",)), ("梁子湖旅游度假区", ("420115",)),
            ("九宫山旅游度假区", ("421224",))} <= got
    assert all(len(members) == 1 for _name, members in got)


def test_a_place_made_into_a_quoted_title(index: PlaceIndex) -> None:
    text = "江西省人民政府\n三、布局\n（二）打造“世界瓷都”。支持陶瓷文化传承，把景德镇建设成为名副其实的“世界瓷都”。\n"
    got = [r for r in _records(index, text) if r["name"] == "世界瓷都"]
    assert [r["members"] for r in got] == [["360200"]]


def test_named_items_with_their_places_in_brackets_share_the_noun_after_the_last(index: PlaceIndex) -> None:
    text = ("四川省人民政府\n三、布局\n（二）有序开发金沙江下游水电基地。"
            "加快白鹤滩（宁南县）、乌东德（会东县）水电站建设。\n")
    got = {(r["name"], tuple(r["members"]), r["group"]) for r in _records(index, text)}
    assert {(name, members) for name, members, _group in got} == {("白鹤滩水电站", ("513427",)),
                                                                 ("乌东德水电站", ("513426",))}
    assert all("金沙江下游水电基地" in group for _name, _members, group in got)


def test_built_there_after_a_means_clause_then_the_zone(index: PlaceIndex) -> None:
    text = "甘肃省人民政府\n三、布局\n在敦煌市依托光热资源，扩大光热发电规模，打造国家级光热发电示范区。\n"
    got = _records(index, text)
    assert [(r["name"], r["members"]) for r in got] == [("国家级光热发电示范区", ["620982"])]


def test_a_historic_district_and_a_heritage_protection_project_are_sites(index: PlaceIndex) -> None:
    text = ("河南省人民政府\n专栏　重点建设项目\n　　1.开封市书店街历史文化街区提升工程。\n"
            "　　2.龙门石窟世界遗产地保护利用项目（洛龙区）。\n")
    got = {(r["name"], tuple(r["members"])) for r in _records(index, text)}
    assert got == {("开封市书店街历史文化街区", ("410200",)), ("龙门石窟世界遗产地保护利用项目", ("410311",))}


def test_box_rows_and_lists_in_their_other_common_shapes(index: PlaceIndex) -> None:
    text = ("河南省人民政府\n三、布局\n专栏　重点产业布局\n　　●装备制造：郑州市、洛阳市等地。\n"
            "　　——食品加工：漯河、周口。\n")
    assert _pairs(_records(index, text)) == {("装备制造", "410100"), ("装备制造", "410300"),
                                             ("食品加工", "411100"), ("食品加工", "411600")}
    # a bulleted city with its industries (——太原：装备制造、新材料) is no such row
    text = "山西省人民政府\n三、布局\n　　——太原：装备制造、新材料。\n"
    assert not any(r["name"] == "太原" for r in _records(index, text))
    text = "云南省人民政府\n三、布局\n专栏　高原特色茶叶重点县\n　　勐海县、双江拉祜族佤族布朗族傣族自治县（2个）\n"
    got = _records(index, text)
    assert [(r["name"], r["members"]) for r in got] == [("高原特色茶叶重点县", ["532822", "530925"])]


def test_a_heading_belt_drawn_on_places_written_with_their_resources(index: PlaceIndex) -> None:
    text = ("湖南省人民政府\n三、布局\n（二）湘江山水文化旅游带。沿湘江，依托长沙、湘潭、株洲等地的山水人文资源，"
            "整合红色文化资源，打造湘江山水文化旅游带。\n")
    got = [r for r in _records(index, text) if r["name"] == "湘江山水文化旅游带"]
    assert {code for r in got for code in r["members"]} == {"430100", "430300", "430200"}


def test_a_numbered_zone_line_that_lists_its_places_after_a_colon(index: PlaceIndex) -> None:
    text = "广东省人民政府\n三、布局\n（二）甘蔗主产区：湛江市、茂名市。\n"
    got = _records(index, text)
    assert _pairs(got) == {("甘蔗主产区", "440800"), ("甘蔗主产区", "440900")}


def test_a_box_row_of_two_cells_parted_by_one_space(index: PlaceIndex) -> None:
    text = "江西省人民政府\n三、布局\n专栏　重点产业布局\n　　有色金属　鹰潭、赣州\n　　光伏　新余、上饶\n"
    assert _pairs(_records(index, text)) == {("有色金属", "360600"), ("有色金属", "360700"),
                                             ("光伏", "360500"), ("光伏", "361100")}


def test_a_corridor_core_that_is_a_place_is_part_of_the_zone(index: PlaceIndex) -> None:
    text = ("浙江省人民政府\n三、布局\n——钱塘江诗路文化带。\n以建德市为核心，串联桐庐县、淳安县，依托富春江山水资源，"
            "建设诗路文化带。\n")
    got = [r for r in _records(index, text) if r["name"] == "钱塘江诗路文化带"]
    assert {code for r in got for code in r["members"]} == {"330182", "330122", "330127"}


def test_a_heading_zone_named_like_a_district_lies_in_the_main_body_stated_next(index: PlaceIndex) -> None:
    text = ("湖南省人民政府\n三、布局\n（三）推进武陵文化生态保护实验区建设。以常德市和张家界市为主体，"
            "加强古村落保护利用，建设一批非物质文化遗产传习基地。\n")
    got = [r for r in _records(index, text) if r["name"] == "武陵文化生态保护实验区"]
    assert [set(r["members"]) for r in got] == [{"430700", "430800"}]


def test_a_centre_that_covers_its_counties_keeps_its_city(index: PlaceIndex) -> None:
    # 覆盖 after a centre is its reach, not the stated extent of a zone named before it
    text = "湖南省人民政府\n三、布局\n以长沙市为中心，覆盖长沙县、浏阳市，打造长沙都市经济圈。\n"
    assert any(r["name"] == "以长沙市为中心" and r["members"] == ["430100"] for r in _records(index, text))


def test_a_heading_zone_placed_by_a_focus_clause_of_places_only(index: PlaceIndex) -> None:
    text = "山东省人民政府\n三、布局\n3.潍坊动力装备基地。重点在寿光、青州两地，发展柴油机和农业装备。\n"
    got = [r for r in _records(index, text) if r["name"] == "潍坊动力装备基地"]
    assert got and all(set(r["members"]) == {"370783", "370781"} for r in got)


def test_an_enumerated_zone_name_on_its_own_line_governs_the_lines_below(index: PlaceIndex) -> None:
    text = ("湖南省人民政府\n三、布局\n（一）两区。\n一是湘南承接产业转移示范区。\n以衡阳市、郴州市、永州市为重点，"
            "承接电子信息产业。\n二是长株潭自主创新示范区。\n依托长沙高新区，建设创新创业中心。\n四、保障措施\n")
    got = _records(index, text)
    south = [r for r in got if set(r["members"]) == {"430400", "431000", "431100"}]
    assert south and all(r["group"] == "湘南承接产业转移示范区" for r in south)
    assert not any(r["group"] == "湘南承接产业转移示范区" and "430100" in r["members"] for r in got)


def test_a_box_row_whose_key_names_the_region_of_its_places(index: PlaceIndex) -> None:
    text = "广东省人民政府\n三、布局\n（二）粤西蔗区：湛江市、茂名市。\n"
    assert _pairs(_records(index, text)) == {("粤西蔗区", "440800"), ("粤西蔗区", "440900")}
    # a place outside the region the key names: no such row
    text = "广东省人民政府\n三、布局\n（二）粤西蔗区：湛江市、广州市。\n"
    assert not any(r["name"] == "粤西蔗区" and "440100" in r["members"] for r in _records(index, text))
