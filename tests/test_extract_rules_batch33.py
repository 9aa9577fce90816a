"""Known answers for the general rules added after blind batch 33 (tests/docs/README.md, "Batch 33"), worded for
other provinces than the documents they came from, so that each rule is shown to be general."""

from __future__ import annotations

from extract_helpers import records as _records

from geo.extract import PlaceIndex


def _members(records: list[dict], word: str) -> set[str]:
    """The codes of the records whose name or group holds ``word``."""
    return {c for r in records if word in r["name"] or word in r["group"] for c in r["members"]}


def _codes(records: list[dict]) -> set[str]:
    return {c for r in records for c in r["members"]}


def test_a_parts_label_before_the_zone_heading_and_its_extent_next(index: PlaceIndex) -> None:
    text = ("山东省人民政府\n三、布局\n一、一圈：环泰山休闲度假旅游圈\n"
            "主要包括泰山区、岱岳区、肥城市、新泰市等县（市、区），重点发展休闲度假和研学旅游。\n")
    got = [r for r in _records(index, text) if "环泰山休闲度假旅游圈" in r["name"]]
    assert [set(r["members"]) for r in got] == [{"370902", "370911", "370983", "370982"}]
    assert got[0]["industry"] == "休闲度假和研学旅游"


def test_a_belt_that_links_places_along_a_river(index: PlaceIndex) -> None:
    text = ("江苏省人民政府\n三、布局\n1．大运河文化旅游带。以大运河为纽带，串联扬州市、淮安市、宿迁市，"
            "重点发展运河文化旅游。\n")
    assert _members(_records(index, text), "大运河文化旅游带") == {"321000", "320800", "321300"}


def test_a_belt_drawn_from_where_it_starts_to_where_it_ends(index: PlaceIndex) -> None:
    text = ("山西省人民政府\n三、布局\n（一）黄河文化旅游带。依托黄河沿岸资源，北起忻州市偏关县，经吕梁市临县、柳林县，"
            "南至运城市永济市，串联老牛湾、碛口等古镇，建设黄河文化公园。\n")
    # the counties along the route, not their cities (忻州市, 吕梁市, 运城市 only name them)
    assert _codes(_records(index, text)) == {"140932", "141124", "141125", "140881"}


def test_a_scenic_area_or_old_town_sited_in_brackets(index: PlaceIndex) -> None:
    text = ("山西省人民政府\n专栏1　重点景区\n（1）壶口瀑布景区（吉县）：创建国家5A级旅游景区。\n"
            "（2）平遥古城（平遥县）：提升世界文化遗产展示水平。\n")
    got = {r["name"]: r["members"] for r in _records(index, text)}
    assert got == {"壶口瀑布景区": ["141028"], "平遥古城": ["140728"]}


def test_cities_that_grow_one_industry_together(index: PlaceIndex) -> None:
    text = "江苏省人民政府\n三、布局\n推动南京、镇江、扬州三市联动发展长江文化旅游。\n"
    got = [r for r in _records(index, text) if r["industry"] == "长江文化旅游"]
    assert _codes(got) == {"320100", "321100", "321000"}


def test_node_cities_of_a_network(index: PlaceIndex) -> None:
    text = ("湖北省人民政府\n三、布局\n（三）多节点。宜昌、襄阳两市建设区域性物流节点城市，荆州、黄石等市建设"
            "地区性物流节点城市。\n")
    got = _records(index, text)
    assert _members(got, "区域性物流节点城市") == {"420500", "420600"}
    assert _members(got, "地区性物流节点城市") == {"421000", "420200"}
    assert not any("区域" in r["name"] and "区域性" not in r["name"] for r in got)  # 区域性 is no 区域 zone


def test_a_belt_drawn_on_a_counted_list_of_cities(index: PlaceIndex) -> None:
    text = ("河南省人民政府\n三、布局\n（二）两带。1．郑汴物流带。沿连霍高速公路和郑西高铁客运专线，"
            "依托郑州、开封、洛阳三市，建设联通中西部的综合物流大通道。\n")
    assert _members(_records(index, text), "郑汴物流带") == {"410100", "410200", "410300"}
    # the cities' parks drawn on are designations of their own, not the extent of the zone in the heading
    text = ("河南省人民政府\n三、布局\n（一）郑洛新国家自主创新示范区。依托郑州、洛阳、新乡三市国家高新区，"
            "建设智能装备创新高地。\n")
    got = _records(index, text)
    parks = {r["name"] for r in got if "国家高新区" in r["name"]}
    assert parks == {"郑州国家高新区", "洛阳国家高新区", "新乡国家高新区"}


def test_a_belt_that_links_places(index: PlaceIndex) -> None:
    text = ("四川省人民政府\n三、布局\n（四）四带：岷江旅游带、大熊猫生态旅游带。其中，大熊猫生态旅游带串联成都、雅安、"
            "阿坝三市州，重点打造生态观光产品。\n")
    got = [r for r in _records(index, text) if r["name"] == "大熊猫生态旅游带"]
    assert _codes(got) == {"510100", "511800", "513200"}


def test_a_place_that_grows_or_builds_on_a_landmark(index: PlaceIndex) -> None:
    text = ("四川省人民政府\n三、布局\n1．川南旅游板块。峨眉山市以峨眉山为依托发展宗教文化旅游，"
            "沐川县以竹海、茶园为重点发展生态旅游，屏山县以龙华古镇为依托建设国家级旅游度假区。\n")
    got = _records(index, text)
    assert {c for r in got if r["industry"] == "宗教文化旅游" for c in r["members"]} == {"511181"}
    assert {c for r in got if r["industry"] == "生态旅游" for c in r["members"]} == {"511129"}
    assert {c for r in got if "旅游度假区" in r["name"] for c in r["members"]} == {"511529"}


def test_tourism_sites_of_a_plan(index: PlaceIndex) -> None:
    text = ("湖南省人民政府\n三、布局\n南岳区建设宗教文化旅游名城，岳阳楼区建设洞庭湖文化旅游核心景区。\n")
    got = _records(index, text)
    assert _members(got, "名城") == {"430412"} and _members(got, "核心景区") == {"430602"}
    # what a place has is reported, not designated; what it is to create is
    text = "湖南省人民政府\n三、布局\n张家界市拥有5A级景区2家，支持武陵源区创建国家5A级旅游景区。\n"
    assert _codes(_records(index, text)) == {"430811"}
    text = ("浙江省人民政府\n三、布局\n西湖区建设西湖国际旅游综合体，淳安县依托千岛湖建设国际湖泊休闲度假区。"
            "舟山市普陀区建设普陀山—朱家尖国际旅游岛。\n")
    got = _records(index, text)
    assert _members(got, "综合体") == {"330106"} and _members(got, "度假区") == {"330127"}
    assert _members(got, "旅游岛") == {"330903"}


def test_short_name_of_an_autonomous_county_whose_stem_is_a_word(index: PlaceIndex) -> None:
    text = "湖南省人民政府\n三、布局\n（二）湘西南。通道县、靖州县发展侗族民俗文化旅游。\n"
    got = [r for r in _records(index, text) if r["industry"] == "侗族民俗文化旅游"]
    assert _codes(got) == {"431230", "431229"}  # 通道县 is not 道县 (永州)


def test_a_rivers_landscape_is_not_jiangshan(index: PlaceIndex) -> None:
    text = "浙江省人民政府\n三、布局\n（二）瓯江山水生态旅游区。重点发展山水观光。\n建设富春江山水旅游区。\n"
    assert "330881" not in _codes(_records(index, text))
    text = "浙江省人民政府\n三、布局\n江山市发展红色旅游。\n"
    assert _codes(_records(index, text)) == {"330881"}
    text = "浙江省人民政府\n三、布局\n（二）西部山区。建设江山水利装备产业园，重点发展水泵制造。\n"
    assert _codes(_records(index, text)) == {"330881"}  # 江山水利 is 江山's


def test_a_column_park_sited_after_its_colon(index: PlaceIndex) -> None:
    text = "湖北省人民政府\n专栏2　重点园区\n（2）襄阳汽车物流园：布局在襄州区，重点发展汽车零部件物流。\n"
    got = _records(index, text)
    assert [(r["name"], r["members"], r["industry"]) for r in got] == [
        ("襄阳汽车物流园", ["420607"], "汽车零部件物流")]  # 襄州区, not all of 襄阳市


def test_a_regional_brand_is_no_zone(index: PlaceIndex) -> None:
    text = "山东省人民政府\n四、任务\n整合“烟台苹果”“寿光蔬菜”“金乡大蒜”等区域公用品牌，开拓国内市场。\n"
    assert _records(index, text) == []


def test_a_heading_zone_named_after_a_region_behind_a_prefix(index: PlaceIndex) -> None:
    text = ("福建省人民政府\n三、布局\n3.闽中闽东北茶产业带。包括宁德市福鼎市、福安市和南平市武夷山市，"
            "重点发展白茶和岩茶。\n")
    # the extent the body states, not the cities of 闽东北 the heading's name holds
    assert _codes(_records(index, text)) == {"350982", "350981", "350782"}


def test_a_heading_zone_placed_by_a_focus_clause(index: PlaceIndex) -> None:
    # a heading with no place: the focus clause that is only places (a comma after them) is the zone's extent
    text = "河南省人民政府\n三、布局\n3.豫北平原小麦优势区。重点在新乡市延津县、原阳县，发展优质强筋小麦。\n"
    assert _members(_records(index, text), "豫北平原小麦优势区") == {"410726", "410725"}  # 平原 is the plain here
    # a heading named after a region: where in the region the focus clause grows it is the zone, not the whole region
    text = "江苏省人民政府\n三、布局\n4.苏北露地蔬菜优势区。重点在徐州市丰县、沛县发展露地蔬菜。\n"
    assert _codes(_records(index, text)) == {"320321", "320322"}


def test_a_landform_named_after_a_city_and_the_bases_of_an_agricultural_zone(index: PlaceIndex) -> None:
    text = ("陕西省人民政府\n三、布局\n（一）汉中盆地现代农业示范区。发挥汉中盆地农业基础好的优势，重点发展稻米和茶叶。"
            "城固县、洋县建设有机稻米生产基地。\n")
    got = _records(index, text)
    assert "610700" not in _codes(got)  # 汉中盆地 is a basin, not 汉中市
    assert _members(got, "汉中盆地现代农业示范区") == {"610722", "610723"}  # the bases built there are the zone's


def test_a_column_market_sited_after_its_colon(index: PlaceIndex) -> None:
    text = "河北省人民政府\n专栏2　重点市场\n（3）高碑店农副产品批发市场：位于高碑店市，建设冷链物流中心。\n"
    assert [(r["name"], r["members"]) for r in _records(index, text)] == [("高碑店农副产品批发市场", ["130684"])]


def test_forestry_words_after_a_place_ending_in_lin(index: PlaceIndex) -> None:
    text = ("广西壮族自治区人民政府\n二、目标\n建成自治区级以上林业产业园区20个。\n三、布局\n3.桂西林化产业区。"
            "重点发展松香深加工。\n")
    # 以上林业 is 以上 + 林业, not 上林县; 桂西林化 is 桂西 + 林化 (forest chemicals), not 西林县
    assert not {"450125", "451030"} & _codes(_records(index, text))
    # the 林 of 吉林, 桂林 before 化工 or 产业 stays the place's
    text = "吉林省人民政府\n三、布局\n吉林市建设吉林化工园区，重点发展化工新材料。\n"
    assert _codes(_records(index, text)) == {"220200"}
    text = "广西壮族自治区人民政府\n三、布局\n支持建设桂林产业园，重点发展电子信息。\n"
    assert _codes(_records(index, text)) == {"450300"}


def test_numbered_zone_headings_inside_one_line_name_their_sentences(index: PlaceIndex) -> None:
    text = ("福建省人民政府\n三、布局\n（三）两板块。1．闽西红色旅游板块。长汀县、上杭县发展红色旅游。"
            "2．闽北生态旅游板块。武夷山市、建阳区发展生态旅游。\n")
    got = {r["members"][0]: r["group"] for r in _records(index, text)}
    assert got == {"350821": "闽西红色旅游板块", "350823": "闽西红色旅游板块",
                   "350782": "闽北生态旅游板块", "350703": "闽北生态旅游板块"}
    # a numbered task (2．加快建设园区。) is no zone heading: the sentences after it stay under the section's label
    text = ("福建省人民政府\n三、布局\n（三）两板块。1．闽西红色旅游板块。长汀县、上杭县发展红色旅游。"
            "2．加快建设园区。武夷山市、建阳区发展生态旅游。\n")
    got = {r["members"][0]: r["group"] for r in _records(index, text)}
    assert got["350782"] == got["350703"] == "两板块"


def test_places_that_build_a_belt_together_after_its_route(index: PlaceIndex) -> None:
    text = ("福建省人民政府\n三、布局\n2．闽江山水旅游带。沿闽江、富屯溪一线，延平区、顺昌县、闽清县共同打造“两江四岸”"
            "山水生态旅游带，发展水上运动。\n")
    assert _members(_records(index, text), "闽江山水旅游带") == {"350702", "350721", "350124"}


def test_a_tourism_old_town_a_county_builds(index: PlaceIndex) -> None:
    text = "山西省人民政府\n三、布局\n平遥县建设国际文化旅游古城，祁县发展晋商文化旅游。\n"
    assert _members(_records(index, text), "旅游古城") == {"140728"}


def test_the_product_a_new_belt_complements_is_no_member(index: PlaceIndex) -> None:
    text = ("广西壮族自治区人民政府\n三、布局\n2.桂东南柑橘区。在容县、北流市发展沙田柚，形成与桂林砂糖橘错季互补的"
            "柑橘产业带。\n")
    assert _codes(_records(index, text)) == {"450921", "450981"}  # not 桂林市, the origin of the product compared


def test_a_region_named_zone_built_by_subjects_partly_outside_the_region(index: PlaceIndex) -> None:
    # 扬州 is of 苏中, not of 苏北: the belt is where its builders are, not all of 苏北
    text = "江苏省人民政府\n三、布局\n淮安市、扬州市发展优质稻米，建设苏北稻米产业带。\n"
    got = [r for r in _records(index, text) if r["name"] == "苏北稻米产业带"]
    assert _codes(got) == {"320800", "321000"}
    text = "广东省人民政府\n三、布局\n湛江市、茂名市、云浮市发展南药种植，建设粤西南药产业带。\n"
    got = [r for r in _records(index, text) if r["name"] == "粤西南药产业带"]
    assert _codes(got) == {"440800", "440900", "445300"}  # not 阳江市, which does not build it


def test_a_fruit_named_after_the_county_that_grows_it(index: PlaceIndex) -> None:
    text = "安徽省人民政府\n三、布局\n（二）皖北果品区。支持砀山县做大砀山酥梨产业。\n"
    got = _records(index, text)
    assert [(r["members"], r["industry"]) for r in got] == [(["341321"], "砀山酥梨")]


def test_a_line_of_items_each_sited_in_brackets(index: PlaceIndex) -> None:
    text = ("陕西省人民政府\n专栏2　国家级特色农产品优势区创建重点\n"
            "　　洛川苹果（洛川县）、眉县猕猴桃（眉县）、富平柿饼（渭南市富平县）。\n")
    got = {r["name"]: r["members"] for r in _records(index, text)}
    assert got == {"洛川苹果": ["610629"], "眉县猕猴桃": ["610326"], "富平柿饼": ["610528"]}
    text = "河北省人民政府\n专栏1　重点景区\n　　重点景区：白洋淀（安新县）、野三坡（涞水县）。\n"
    got = {r["name"]: r["members"] for r in _records(index, text)}
    assert got == {"白洋淀": ["130632"], "野三坡": ["130623"]}
