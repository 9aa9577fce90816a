"""Known answers for the general rules added after blind batch 28 (tests/docs/README.md, "Batches 27 and 28"),
worded for other provinces than the documents they came from, so that each rule is shown to be general."""

from __future__ import annotations

from extract_helpers import records as _records

from geo.extract import PlaceIndex


def _codes(records: list[dict]) -> set[str]:
    return {code for r in records for code in r["members"]}


def test_places_listed_by_the_part_of_the_province_they_lie_in(index: PlaceIndex) -> None:
    text = ("广东省人民政府\n二、布局\n"
            "重点在湛江市、茂名市等西部市县和汕头市、揭阳市等东部市县建设海水养殖基地，推进水产品加工。\n")
    got = _records(index, text)
    assert _codes(got) == {"440800", "440900", "440500", "445200"}
    assert all(r["name"].endswith("海水养殖基地") and "市县" not in r["name"] for r in got)


def test_land_kept_in_use_or_marked_out_then_a_base_built_there(index: PlaceIndex) -> None:
    text = ("四川省人民政府\n二、布局\n"
            "在攀枝花市、凉山州等西南部市县稳定甘蔗种植面积，推进制糖业发展，建设全省糖料生产基地。\n")
    got = _records(index, text)
    assert [(r["name"], set(r["members"])) for r in got] == [("全省糖料生产基地", {"510400", "513400"})]
    assert "面积" not in got[0]["industry"]
    text = "湖南省人民政府\n二、布局\n在长沙县、浏阳市、宁乡市划定种业创新保护区，建设岳麓山种业创新中心。\n"
    got = _records(index, text)
    assert [(r["name"], set(r["members"])) for r in got] == [("岳麓山种业创新中心", {"430121", "430181", "430182"})]
    # with 建设 the first clause is the work itself, and a later site noun is no zone of the places
    text = "湖南省人民政府\n二、布局\n在长沙县、浏阳市建设标准厂房，推进园区配套，建设创新中心。\n"
    assert not any("创新中心" in r["name"] and len(r["members"]) > 1 for r in _records(index, text))


def test_towns_of_two_counties(index: PlaceIndex) -> None:
    text = "江苏省人民政府\n二、布局\n在江阴周庄、宜兴丁蜀发展特色陶瓷产业。\n"
    got = _records(index, text)
    assert _codes(got) == {"320281", "320282"}
    assert all(r["industry"] == "特色陶瓷" for r in got)


def test_an_industry_grown_on_the_named_places_resources(index: PlaceIndex) -> None:
    text = "新疆维吾尔自治区人民政府\n三、布局\n依托喀什、和田沿边口岸和特色林果资源，发展干果精深加工。\n"
    got = _records(index, text)
    assert _codes(got) == {"653100", "653200"}
    assert {r["industry"] for r in got} == {"干果精深加工"}
    text = "湖南省人民政府\n三、布局\n3．文化旅游：依托凤凰古城、崀山等资源，打造湘西南精品旅游线路。\n"
    assert _codes(_records(index, text)) == {"433123"}
    # a landmark a district is named after (岳阳楼 → 岳阳楼区) is no place of the resources
    text = "湖南省人民政府\n三、布局\n依托岳阳楼、君山岛等旅游资源，发展文化旅游。\n"
    assert "430602" not in _codes(_records(index, text))


def test_a_vehicle_named_after_the_city_works_where_the_next_clause_says(index: PlaceIndex) -> None:
    text = ("江苏省人民政府\n三、布局\n（二）建设“三区”。\n"
            "1．盐城沿海产业区。以盐城经济技术开发区为载体，在大丰区、射阳县重点发展新能源装备。\n2．其他。\n")
    got = {r["name"]: set(r["members"]) for r in _records(index, text)}
    assert got["盐城沿海产业区"] == got["盐城经济技术开发区"] == {"320904", "320924"}
    assert got["大丰区：新能源装备"] == {"320904"}  # the places keep the role the clause gives them
    text = ("湖南省人民政府\n三、布局\n"
            "郴州要以郴州有色金属产业园区为主平台，在苏仙区、桂阳县重点发展有色金属精深加工。\n")
    got = {r["name"]: set(r["members"]) for r in _records(index, text)}
    assert got["郴州有色金属产业园区"] == {"431003", "431021"} and "431000" not in _codes(_records(index, text))


def test_a_belt_from_its_starting_place_through_the_places_it_links(index: PlaceIndex) -> None:
    text = ("新疆维吾尔自治区人民政府\n三、布局\n1．东疆旅游带。\n以乌鲁木齐为起点，串联吐鲁番市火焰山、哈密市巴里坤，"
            "打造乌鲁木齐—吐鲁番—哈密丝路文化旅游带，重点发展文化体验和自驾旅游。\n")
    got = [r for r in _records(index, text) if "旅游带" in r["name"]]
    assert [(r["name"], set(r["members"])) for r in got] == [
        ("乌鲁木齐—吐鲁番—哈密丝路文化旅游带", {"650100", "650400", "650521"})]  # 哈密市巴里坤: the county
    assert got[0]["industry"] == "文化体验和自驾旅游"


def test_a_title_given_to_the_districts_named(index: PlaceIndex) -> None:
    text = "湖南省人民政府\n三、布局\n以长沙市区为核心，在雨花区、天心区打造世界工程机械之都，建设国际会展中心。\n"
    got = {r["name"]: set(r["members"]) for r in _records(index, text)}
    assert got["世界工程机械之都"] == {"430111", "430103"}


def test_a_numbered_item_headed_by_an_industry_gives_its_places_that_industry(index: PlaceIndex) -> None:
    text = "湖南省人民政府\n四、重点产业\n3．柑橘：以石门县为核心，辐射澧县、临澧县，打造“石门柑橘”品牌。\n"
    got = _records(index, text)
    assert _codes(got) == {"430726", "430723", "430724"}
    assert {r["industry"] for r in got} == {"柑橘"}


def test_the_opening_goal_of_the_general_requirements_chapter_is_no_zone(index: PlaceIndex) -> None:
    text = ("四川省人民政府关于支持攀枝花市加快转型发展的意见\n\n二、总体要求\n\n"
            "坚持创新驱动，以转型升级为主线，把攀枝花建设成为全国重要的钒钛产业基地和阳光康养旅游目的地。\n\n"
            "三、布局\n\n在仁和区建设钒钛产业园。\n")
    got = _records(index, text)
    assert _codes(got) == {"510411"}


def test_a_part_heading_placed_by_the_next_sentence(index: PlaceIndex) -> None:
    text = ("广东省人民政府\n三、空间布局\n按照“三点、一带”的总体框架推进开发建设。\n"
            "（一）做强“三点”。依托汕头港、潮州港、揭阳港三个港口，加快港口基础设施建设。\n"
            "（二）打造“一带”。沿海岸线由汕头濠江区、潮州饶平县向东至揭阳、汕尾，构建以滨海旅游和海洋渔业为主的沿海生态产业带。\n")
    got = _records(index, text)
    points = [r for r in got if "三点" in r["group"]]
    belt = [r for r in got if "一带" in r["group"]]
    assert [set(r["members"]) for r in points] == [{"440500", "445100", "445200"}]
    assert [(r["name"], set(r["members"])) for r in belt] == [
        ("沿海生态产业带", {"440512", "445122", "445200", "441500"})]


def test_a_railway_project_between_places_is_no_zone(index: PlaceIndex) -> None:
    text = ("湖南省人民政府\n七、完善基础设施\n加快长沙至益阳铁路扩能改造等项目建设，推进许广高速区内路段建设。\n"
            "在益阳市建设轨道交通装备产业园。\n")
    got = _records(index, text)
    assert not any("铁路" in r["name"] for r in got)
    assert _codes(got) == {"430900"}


def test_border_ports_facing_a_neighbour_take_the_role(index: PlaceIndex) -> None:
    text = "新疆维吾尔自治区人民政府\n五、开放\n支持霍尔果斯、吉木乃等口岸面向中亚发展国际物流和跨境电商。\n"
    got = _records(index, text)
    assert _codes(got) == {"654004", "654326"}
    assert {r["industry"] for r in got} == {"国际物流和跨境电商"}
    # a port the gazetteer does not know (伊尔克什坦) ends the list; the known one still takes the role
    text = "新疆维吾尔自治区人民政府\n五、开放\n支持塔城、伊尔克什坦等口岸面向中亚发展国际物流。\n"
    assert [(r["industry"], r["members"]) for r in _records(index, text)] == [("国际物流", ["654200"])]


def test_a_short_name_in_a_list_of_prefectures_is_the_prefecture(index: PlaceIndex) -> None:
    text = "新疆维吾尔自治区人民政府\n三、布局\n以哈密、吐鲁番、昌吉为重点，昌吉州依托准东煤炭资源，建设煤化工基地。\n"
    got = {r["name"]: r["members"] for r in _records(index, text)}
    assert got["以哈密、吐鲁番、昌吉为重点"] == ["650500", "650400", "652300"]  # 昌吉州, not 昌吉市
    # in a list of counties the same name stays the county (昌吉市)
    text = "新疆维吾尔自治区人民政府\n三、布局\n以昌吉、阜康、玛纳斯为重点，昌吉州依托准东煤炭资源，建设煤化工基地。\n"
    got = {r["name"]: r["members"] for r in _records(index, text)}
    assert got["以昌吉、阜康、玛纳斯为重点"] == ["652301", "652302", "652324"]


def test_a_belt_linking_places_with_no_starting_place_and_no_railway(index: PlaceIndex) -> None:
    text = "湖南省人民政府\n三、布局\n串联张家界市、湘西州、怀化市，打造大湘西生态文化旅游带，重点发展民俗体验。\n"
    got = _records(index, text)
    assert [(r["name"], set(r["members"])) for r in got] == [("大湘西生态文化旅游带", {"430800", "433100", "431200"})]
    text = "湖南省人民政府\n三、布局\n连接长沙市、益阳市，建设长益城际铁路干线。\n"
    assert not any("铁路" in r["name"] for r in _records(index, text))


def test_resources_drawn_on_in_full_with_their_strength(index: PlaceIndex) -> None:
    text = "新疆维吾尔自治区人民政府\n三、布局\n充分利用哈密、吐鲁番光热资源优势，发展光伏发电。\n"
    got = _records(index, text)
    assert _codes(got) == {"650500", "650400"} and {r["industry"] for r in got} == {"光伏发电"}


def test_a_wing_heading_placed_by_an_including_clause(index: PlaceIndex) -> None:
    text = ("四川省人民政府\n三、布局\n按照“一核、两翼”的总体框架推进。\n"
            "（二）提升“两翼”。包括南充、达州两市，加快承接产业转移。\n")
    got = [r for r in _records(index, text) if "两翼" in r["group"]]
    assert [set(r["members"]) for r in got] == [{"511300", "511700"}]


def test_a_university_sets_up_its_own_facility_no_zone(index: PlaceIndex) -> None:
    text = "湖南省人民政府\n五、创新\n支持湖南农业大学、省农科院等在常德市建立科研试验示范基地，开展良种选育。\n"
    assert _records(index, text) == []
    text = "湖南省人民政府\n五、创新\n支持龙头企业在常德市建立柑橘种植示范基地。\n"
    assert _codes(_records(index, text)) == {"430700"}  # a firm's base is still one the plan sites there


def test_a_numbered_item_headed_by_a_part_of_the_plan_gives_no_industry(index: PlaceIndex) -> None:
    text = "湖南省人民政府\n三、布局\n1．总体布局：以长沙为核心，辐射株洲、湘潭。\n"
    got = _records(index, text)
    assert _codes(got) == {"430100", "430200", "430300"} and all(r["industry"] != "总体布局" for r in got)
