"""Known answers for the general rules added after the blind documents (tests/docs/README.md), and
hostile inputs that must never raise: a very long line, no punctuation, headings only, mixed scripts,
full-width digits, text tables and a .docx with a table."""

from __future__ import annotations

import io
from pathlib import Path

import docx
import pytest
from extract_helpers import records as _records
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.extract import PlaceIndex, extract_document
from geo.extract.writer import layer_mapping
from geo.textio import read_document

DOCS = Path(__file__).resolve().parent / "docs"


def _by_members(records: list[dict]) -> dict[tuple[str, ...], dict]:
    return {tuple(r["members"]): r for r in records}


def test_section_label_becomes_the_group(index: PlaceIndex) -> None:
    text = ("福建省人民政府\n二、布局\n（一）闽东北协同发展区。以福州为中心，莆田、宁德协同，重点发展新型显示产业。\n"
            "（二）其他。\n")
    got = _by_members(_records(index, text))
    assert got[("350100",)]["group"] == "闽东北协同发展区"
    assert got[("350100",)]["industry"] == "新型显示"
    assert got[("350300",)]["industry"] == "新型显示" and ("350900",) in got


def test_goal_after_a_yi_frame(index: PlaceIndex) -> None:
    text = "浙江省\n以杭州为龙头，宁波、嘉兴为支撑，重点发展智能装备、航空航天装备。\n"
    got = _by_members(_records(index, text))
    assert got[("330100",)]["industry"] == "智能装备、航空航天装备"
    assert got[("330200", "330400")]["industry"] == "智能装备、航空航天装备"


def test_text_table_rows(index: PlaceIndex) -> None:
    text = ("贵州省\n表3 重点产业园区布局一览\n园区名称｜所在地｜主导产业\n凯里经济开发区｜凯里市｜装备制造、新材料\n"
            "序号  集群名称  布局地区\n1     物联网    遵义市、安顺市\n")
    got = _by_members(_records(index, text))
    assert got[("522601",)]["name"] == "凯里经济开发区"
    assert got[("522601",)]["industry"] == "装备制造、新材料"
    assert got[("520300", "520400")]["name"] == "物联网"


def test_parentheses_history_and_site_location(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "吉林省\n公主岭市（2020年由四平市划归长春市代管）建设汽车零部件产业园。\n"))
    assert list(got) == [("220184",)]
    assert "四平" not in got[("220184",)]["name"]
    got = _by_members(_records(index, "宁夏回族自治区\n宁东能源化工基地（灵武市）重点发展煤制烯烃。\n"))
    assert got[("640181",)]["name"] == "宁东能源化工基地" and got[("640181",)]["industry"] == "煤制烯烃"


def test_province_name_listed_with_a_city_is_the_city(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "吉林省\n依托长春、吉林两市，重点发展汽车。加强与辽宁、吉林的合作。\n"))
    assert set(got) == {("220100",), ("220200",)}


def test_parent_then_county_subject_and_parks_built_in_a_county(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "福建省\n泉州市晋江市重点发展鞋服产业；莆田市仙游县发展工艺美术产业。\n"))
    assert got[("350582",)]["industry"] == "鞋服" and got[("350322",)]["industry"] == "工艺美术"
    got = _by_members(_records(index, "广西壮族自治区\n鹿寨县建设柳州汽车配套产业园。\n"))
    assert list(got) == [("450223",)]


def test_colon_items_and_roles_after_a_named_zone(index: PlaceIndex) -> None:
    text = "江苏省\n1. 昆山市：小核酸及生物医药产业园，发展核酸药物；\n2. 张家港市：重点建设精准医学产业园；\n"
    got = _by_members(_records(index, text))
    assert got[("320583",)]["name"] == "小核酸及生物医药产业园"
    assert "精准医学产业园" in got[("320582",)]["industry"]
    got = _by_members(_records(index, "海南省\n海口江东新区重点发展总部经济和国际创新服务。\n"))
    assert got[("460100",)]["industry"] == "总部经济和国际创新服务"


def test_no_district_pairs_from_two_characters(index: PlaceIndex) -> None:
    """西江经济带 is the West River, not 西乡塘区+江南区; 淮海经济区 is not 淮安+海门."""
    records = _records(index, "广西壮族自治区\n三、西江经济带\n沿梧州—贵港—南宁一线，建设西江黄金水道临港产业带。\n")
    members = {code for r in records for code in r["members"]}
    assert members == {"450400", "450800", "450100"}


def test_present_state_and_means_are_not_designations(index: PlaceIndex) -> None:
    assert _records(index, "安徽省\n我省汽车产业已形成以合肥、芜湖为主体的发展格局。\n") == []
    records = _records(index, "江苏省\n发挥苏南国家自主创新示范区的创新资源优势。\n")
    assert records == []


def test_title_designates_nothing(index: PlaceIndex) -> None:
    records = _records(index, "苏州市“十四五”生物医药产业创新集群发展规划\n\n一、基础\n")
    assert records == []


# ------------------------------------------------------------------------------------ hostile inputs
def _run(index: PlaceIndex, data: bytes, name: str) -> dict:
    doc = read_document(data, name=name)
    return layer_mapping(extract_document(doc, index), name)


def test_hostile_inputs_do_not_raise(index: PlaceIndex) -> None:
    base = (DOCS / "hebei_core_wings_belts.txt").read_text(encoding="utf-8")
    long_line = base.replace("\n", "") * 60
    no_punct = "".join(ch for ch in base if ch not in "，。；：、（）“”\n") * 5
    headings = "\n".join(["一、总体要求", "（一）石家庄市", "（二）唐山市、保定市", "第一节 一核", "表1"] * 40)
    full_width = base.translate(str.maketrans("0123456789", "０１２３４５６７８９"))
    full_width += "\n１．石家庄市重点发展生物医药。\n"
    parens = "河北省\n" + "（（石家庄（唐山（" * 300 + "保定市（原清苑县）（" * 50
    cells = "河北省\n" + "\n".join(f"{i}\t生物医药\t石家庄市｜唐山市\t｜｜" for i in range(300))
    # table rows run into one line: units are cut at a full-width space, never inside a place name (it crashed)
    rows = "江苏省\n" + "　".join(["1　　苏州宿迁工业园区　　苏州工业园区　　宿迁市　　精密机械"] * 100)
    for name, text in [("long.txt", long_line), ("nopunct.txt", no_punct), ("heads.txt", headings),
                       ("fw.txt", full_width), ("parens.txt", parens), ("cells.txt", cells), ("rows.txt", rows)]:
        mapping = _run(index, text.encode("utf-8"), name)
        for record in mapping["designations"]:
            assert record["members"] and all(len(code) == 6 for code in record["members"])
    full = _by_members(list(_run(index, full_width.encode("utf-8"), "fw.txt")["designations"]))
    assert ("130100",) in full


def test_docx_table_rows(index: PlaceIndex) -> None:
    document = docx.Document()
    document.add_paragraph("河北省战略性新兴产业布局")
    table = document.add_table(rows=3, cols=3)
    rows = [("集群名称", "布局地区", "主导产业"), ("生物医药产业集群", "石家庄市", "生物医药"),
            ("精品钢材基地", "唐山市、邯郸市", "钢铁")]
    for row, values in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, values, strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    got = _by_members(list(_run(index, buffer.getvalue(), "tables.docx")["designations"]))
    assert got[("130100",)]["name"] == "生物医药产业集群"
    assert got[("130200", "130400")]["industry"] == "钢铁"


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.sampled_from(["石家庄", "唐山市", "曹妃甸区", "（", "）", "、", "，", "。", "：", "\n", "\t", "｜",
                                  "以", "为核心", "重点发展", "生物医药", "产业园", "一核", "两翼", "吉林", "长春",
                                  "原", "（一）", "1.", "一线", "—", "建设", "基地", "  "]), max_size=60))
def test_any_mix_of_frame_words_does_not_raise(index: PlaceIndex, parts: list[str]) -> None:
    text = "河北省人民政府\n" + "".join(parts)
    mapping = _run(index, text.encode("utf-8"), "mix.txt")
    for record in mapping["designations"]:
        start, end = record["span"]
        assert text[start:end] == record["quote"]


def test_municipal_zone_named_after_a_composite_is_built_by_the_subject(index: PlaceIndex) -> None:
    """A Foshan plan cannot designate Guangzhou: 广佛融合先导区 is built in the subject's districts."""
    text = "佛山市实施方案\n各区人民政府：\n南海区、禅城区重点发展生物医药，建设广佛融合先导区。\n"
    records = _records(index, text)
    members = {code for r in records for code in r["members"]}
    assert members == {"440605", "440604"}
    assert any(r["name"] == "广佛融合先导区" for r in records)


def test_town_before_a_colon_and_zone_nouns_after_a_list_number(index: PlaceIndex) -> None:
    text = ("广东省\n三区：\n1.顺德区：建设国家级家电产业集群核心区，重点发展智能家电；\n"
            "2.南海区狮山镇：打造新能源汽车产业基地；\n")
    got = _by_members(_records(index, text))
    assert got[("440606",)]["name"] == "国家级家电产业集群核心区"
    assert got[("440605",)]["name"] == "新能源汽车产业基地"


def test_framework_part_label_with_a_role(index: PlaceIndex) -> None:
    text = ("佛山市方案\n构建“一环两带三区”产业布局。\n"
            "一环：沿佛山一环产业发展环，重点发展智能家电、机器人和新能源汽车。\n")
    got = _by_members(_records(index, text))
    assert got[("440600",)]["group"] == "一环"
    assert got[("440600",)]["industry"] == "智能家电、机器人和新能源汽车"


def test_new_town_takes_the_sentence_goal(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "上海市\n奉贤新城打造“东方美谷”，发展美丽健康产业。\n"))
    assert got[("310120",)]["name"] == "奉贤新城" and got[("310120",)]["industry"] == "美丽健康"


def test_quoted_titles_and_parks_named_after_the_plans_own_city(index: PlaceIndex) -> None:
    text = ("宁波市人民政府关于印发实施方案的通知\n各区县（市）人民政府：\n"
            "现将《宁波市“246”万千亿级产业集群培育工程实施方案》印发给你们。\n"
            "以镇海区、北仑区为核心，依托宁波石化经济技术开发区，建设世界级绿色石化基地。\n")
    result = extract_document(read_document(text.encode("utf-8"), name="nb.txt"), index)
    reasons = {(m.written, why) for m, why in result.excluded}
    assert ("宁波市", "inside a quoted document title 《》") in reasons
    assert ("宁波", "a park named after the plan's own city (where in it is not said)") in reasons
    members = {code for d in result.drafts for code in d.members}
    assert members == {"330211", "330206"}


def test_a_unit_suffix_left_outside_the_match_still_joins_the_list(index: PlaceIndex) -> None:
    text = "云南省\n依托瑞丽等口岸，德宏州、西双版纳州、红河州发展进出口加工。\n"
    got = _by_members(_records(index, text))
    assert {("533100",), ("532800",), ("532500",)} <= set(got)
    assert got[("532800",)]["industry"] == "进出口加工"


def test_regions_named_to_be_coordinated_are_not_designated(index: PlaceIndex) -> None:
    assert _records(index, "陕西省\n统筹关中、陕北、陕南三大区域，构建制造业布局。\n") == []
    got = _by_members(_records(index, "陕西省\n延安、榆林重点发展煤化工。\n"))
    assert set(got) == {("610600",), ("610800",)}


def test_subject_after_a_locative_and_industries_that_use_resources(index: PlaceIndex) -> None:
    text = "重庆市\n西部（重庆）科学城所在的璧山区、沙坪坝区重点发展智能装备。涪陵区建设页岩气综合利用产业基地。\n"
    got = _by_members(_records(index, text))
    assert got[("500120",)]["industry"] == "智能装备" and ("500106",) in got
    assert got[("500102",)]["industry"] == "页岩气综合利用"


def test_merged_parks_become_one_designation_in_the_merged_places(index: PlaceIndex) -> None:
    text = "湖北省\n（三）开发区整合。整合麻城经济开发区、红安经济开发区为大别山石材产业园，重点发展石材精深加工。\n"
    got = _by_members(_records(index, text))
    assert set(got) == {("421181", "421122")}
    assert got[("421181", "421122")]["name"] == "大别山石材产业园"
    assert got[("421181", "421122")]["industry"] == "石材精深加工"
    text = "广东省\n整合梅县区、平远县工业园区为梅州高新技术产业开发区，重点发展电声电子。\n"
    assert set(_by_members(_records(index, text))) == {("441403", "441426")}  # not 梅州市 (441400) itself


def test_what_is_sited_in_places_and_where_it_was_is_not(index: PlaceIndex) -> None:
    text = ("黑龙江省大庆市\n（一）石化产业链：上游原油、天然气开采集中在萨尔图区、让胡路区，"
            "中游炼油与乙烯集中在龙凤区。\n")
    got = _by_members(_records(index, text))
    assert got[("230602", "230604")]["name"] == "上游原油、天然气开采"
    assert got[("230603",)]["name"] == "中游炼油与乙烯"
    text = "广东省江门市\n加快银湖湾滨海新区建设，布局位于新会区，重点发展海洋装备。\n"
    got = _by_members(_records(index, text))
    assert got[("440705",)]["name"] == "银湖湾滨海新区" and got[("440705",)]["industry"] == "海洋装备"
    assert _records(index, "北京市\n首钢曾位于石景山区，2010年完成搬迁。\n") == []


def test_heading_region_and_a_means_clause_under_it(index: PlaceIndex) -> None:
    text = ("新疆维吾尔自治区\n（一）北疆地区。依托天山北坡经济带，重点发展石油化工。\n"
            "（二）南疆地区。以纺织服装等劳动密集型产业为重点，扩大就业容量。\n")
    records = _records(index, text)
    north = next(r for r in records if r["name"] == "北疆地区")
    assert "650100" in north["members"] and "654000" in north["members"] and north["industry"] == "石油化工"
    south = next(r for r in records if r["name"] == "南疆地区")
    assert "653100" in south["members"] and "纺织服装" in south["industry"]
    assert not any("天山北坡" in r["name"] for r in records)


def test_zone_built_in_places_bullets_and_partners(index: PlaceIndex) -> None:
    text = "广东省\n在粤东粤西粤北12市各建设1个承接产业转移主平台。\n"
    members = {code for r in _records(index, text) for code in r["members"]}
    assert {"440500", "440800", "441800", "445300"} <= members and len(members) == 12
    text = "广东省江门市\n——台山市依托广海湾，发展临港装备和清洁能源；\n加强与广州、深圳两大中心城市的对接。\n"
    got = _by_members(_records(index, text))
    assert set(got) == {("440781",)} and got[("440781",)]["industry"] == "临港装备和清洁能源"
    got = _by_members(_records(index, "广东省\n新兴县发展不锈钢制品，饶平县发展陶瓷卫浴。\n"))
    assert got[("445321",)]["industry"] == "不锈钢制品"


def test_a_base_in_the_clause_after_a_project_attaches_to_it(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "浙江省\n深入推进义甬舟开放大通道建设，加快建设大宗商品储运加工基地。\n"))
    record = next(r for r in got.values() if r["name"] == "大宗商品储运加工基地")
    assert set(record["members"]) == {"330782", "330200", "330900"} and record["group"] == "义甬舟开放大通道"
    # a process (一体化发展) hosts nothing: the base stays unattached to the composite
    records = _records(index, "湖北省\n推动武鄂黄黄一体化发展，建设先进制造业基地。\n")
    assert not any(r["name"] == "先进制造业基地" for r in records)


def test_rules_of_blind_batch_10(index: PlaceIndex) -> None:
    text = "甘肃省天水市\n序号　园区名称　所在县区　主导产业\n1　社棠工业园　麦积区　装备制造、新材料\n"
    got = _by_members(_records(index, text))
    assert got[("620503",)]["name"] == "社棠工业园" and got[("620503",)]["industry"] == "装备制造、新材料"
    text = "新疆维吾尔自治区喀什地区\n以喀什市为中心，联动疏勒县、英吉沙县，打造喀什都市工业圈，发展纺织服装。\n"
    got = _by_members(_records(index, text))
    assert got[("653122", "653123")]["name"] == "喀什都市工业圈" and ("653100",) not in got
    text = "黑龙江省\n鸡西市、鹤岗市等两个煤城加快转型，重点发展石墨新材料。加快建设绥芬河国际物流枢纽。\n"
    got = _by_members(_records(index, text))
    assert got[("230300",)]["industry"] == "石墨新材料" and ("230400",) in got
    assert got[("231081",)]["name"] == "绥芬河国际物流枢纽"
    assert _records(index, "新疆维吾尔自治区\n喀什地区地处丝绸之路经济带南通道枢纽。\n") == []


def test_rules_of_blind_batch_11(index: PlaceIndex) -> None:
    text = ("甘肃省酒泉市\n三区：\n——金塔县、肃北蒙古族自治县光伏发电区。\n"
            "加快建设酒泉至湖南特高压直流输电配套电源基地。\n")
    got = _by_members(_records(index, text))
    assert set(got) == {("620921", "620923")} and got[("620921", "620923")]["name"] == "光伏发电区"
    text = "湖北省\n鼓励宜昌高新区与荆州开发区开展园区共建，在松滋市、石首市布局承接产业转移示范园。\n"
    got = _by_members(_records(index, text))
    assert set(got) == {("421087",), ("421081",)} and got[("421087",)]["group"] == "承接产业转移示范园"
    text = "广东省惠州市博罗县\n推动与惠城区、惠阳区共建惠州东江高新区博罗片区，重点发展新材料。\n"
    assert set(_by_members(_records(index, text))) == {("441322",)}


def test_towns_in_a_county_plan_take_the_county(index: PlaceIndex) -> None:
    text = "博罗县产业发展规划\n1.石湾组团：以石湾镇为主体，重点发展电子信息。\n2.特色小镇：各乡镇建设特色小镇。\n"
    records = _records(index, text)
    assert [(r["places"], r["members"], r["industry"]) for r in records] == [(["石湾镇"], ["441322"], "电子信息")]
    # a municipal plan does not do it: 石湾镇 stays unresolved there
    assert _records(index, "惠州市产业发展规划\n以石湾镇为主体，重点发展电子信息。\n") == []


def test_rules_of_blind_batch_12(index: PlaceIndex) -> None:
    text = ("内蒙古自治区\n二、构建“一核两区”产业格局\n"
            "（二）两区：呼和浩特稀土新材料应用区，重点发展稀土永磁电机。\n")
    got = _by_members(_records(index, text))
    assert set(got) == {("150100",)} and "应用区" in got[("150100",)]["name"]
    text = ("云南省有色金属产业行动方案\n专栏　重点园区\n序号　园区名称　所在地　主导产业\n"
            "1　砚山工业园区　文山州砚山县　绿色铝\n2　高端轴承钢项目　昆明市　铜材\n")
    got = _by_members(_records(index, text))
    assert set(got) == {("532622",), ("530100",)} and got[("532622",)]["name"] == "砚山工业园区"


def test_open_part_count_and_label_over_semicolons(index: PlaceIndex) -> None:
    text = ("贵州省大数据产业发展规划\n按照“一核两翼多节点”的总体布局。\n"
            "两翼：遵义市重点发展智能终端；安顺市重点发展航空电子。\n"
            "多节点：毕节、铜仁等地结合资源禀赋，发展数据标注。\n")
    got = _by_members(_records(index, text))
    assert {k: v["group"] for k, v in got.items()} == {
        ("520300",): "两翼", ("520400",): "两翼", ("520500",): "多节点", ("520600",): "多节点"}


def test_means_after_yituo_then_the_zone(index: PlaceIndex) -> None:
    text = "山东省海洋装备规划\n依托青岛、烟台、威海等3市沿海港口和产业园区，打造海洋装备产业带。\n"
    got = _by_members(_records(index, text))
    belt = ("370200", "370600", "371000")
    assert set(got) == {belt} and got[belt]["name"] == "海洋装备产业带"
    text = "河南省规划\n依托洛阳、新乡等地装备制造业基础，打造沿京广线的装备制造产业带。\n"
    assert ("410300", "410700") not in _by_members(_records(index, text))


def test_plants_and_projects_are_sites(index: PlaceIndex) -> None:
    text = "青海省盐湖化工实施意见\n专栏1　重点项目\n1.锂资源开发项目：在茫崖市建设碳酸锂生产线。\n"
    got = _by_members(_records(index, text))
    assert set(got) == {("632803",)} and got[("632803",)]["industry"] == "碳酸锂"


def test_common_nouns_holding_a_short_name(index: PlaceIndex) -> None:
    text = ("广西壮族自治区汽车规划\n三基地：贵港市电动车基地、梧州市再生资源机械基地。\n"
            "支持钦州市、北海市依托港口发展汽车整车进出口，建设北部湾汽车物流园区。\n")
    members = {m for r in _records(index, text) for m in r["members"]}
    assert members == {"450800", "450400", "450700", "450500"}  # not 资源县 450329, not 港口区 450602


def test_bracketed_location_of_a_named_park(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "福建省石化产业规划\n其他化工园区。"
                               "福州可门经济开发区（连江县）重点发展化纤原料。\n"))
    assert set(got) == {("350122",)} and got[("350122",)]["name"] == "福州可门经济开发区"  # not 福州 350100
    got = _by_members(_records(index, "安徽省实施方案\n专栏　重点园区\n"
                               "1. 宣城经济技术开发区（宣城市宣州区）：重点发展汽车关键零部件。\n"))
    assert set(got) == {("341802",)} and got[("341802",)]["name"] == "宣城经济技术开发区"
    got = _by_members(_records(index, "陕西省能源化工规划\n专栏2　重点项目\n"
                               "1. 榆横煤制烯烃项目（榆阳区）：建设甲醇装置。\n"))
    assert got[("610802",)]["name"] == "榆横煤制烯烃项目"


def test_partner_park_is_where_its_host_is(index: PlaceIndex) -> None:
    text = ("广东省装备制造规划\n（七）云浮市。佛山（云浮）产业转移工业园重点发展石材机械；"
            "佛山顺德（云浮新兴）产业转移工业园重点承接家电配套产业。\n")
    got = _by_members(_records(index, text))
    assert set(got) == {("445300",), ("445321",)}
    assert got[("445300",)]["name"] == "佛山（云浮）产业转移工业园"
    assert got[("445300",)]["industry"] == "石材机械"


def test_places_a_centre_radiates_to_are_members(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "宁夏回族自治区规划\n（二）建设沿黄经济区产业带。"
                               "以银川为中心，辐射石嘴山、吴忠、中卫，形成现代装备制造产业带。\n"))
    assert ("640100", "640200", "640300", "640500") in got
    got = _by_members(_records(index, "湖北省汽车规划\n形成以武汉为中心、辐射孝感、鄂州、黄冈的"
                               "武汉城市圈汽车零部件配套区，重点发展车身。\n"))
    assert set(got) == {("420100", "420900", "420700", "421100")}  # not the whole 1+8 武汉城市圈
    assert got[("420100", "420900", "420700", "421100")]["name"] == "武汉城市圈汽车零部件配套区"


def test_more_role_words(index: PlaceIndex) -> None:
    text = ("广东省装备规划\n以珠海、佛山为两核，打造装备制造产业带。以顺德区、南海区为主要载体，重点发展工业机器人。"
            "高要区、四会市布局金属加工装备。台山市、恩平市结合大广海湾开发，发展核电配套装备。\n")
    got = _by_members(_records(index, text))
    assert got[("440400", "440600")]["kind"] == "core"
    assert "工业机器人" in got[("440606", "440605")]["industry"]
    assert got[("441204",)]["industry"] == got[("441284",)]["industry"] == "金属加工装备"
    assert got[("440781",)]["industry"] == "核电配套装备"
    text = ("安徽省方案\n芜湖市着力承接汽车及零部件、电子电器产业。六安市金安区、舒城县重点承接纺织服装。"
            "合肥市要加快建设全国重要的家用电器基地。\n")
    got = _by_members(_records(index, text))
    assert got[("340200",)]["industry"] == "汽车及零部件、电子电器"
    assert got[("341502",)]["industry"] == got[("341523",)]["industry"] == "纺织服装"
    assert "家用电器" in got[("340100",)]["industry"]
    got = _by_members(_records(index, "河南省规划\n濮阳依托中原油田发展石油机械配套产品。\n"))
    assert got[("410900",)]["industry"] == "石油机械配套产品"


def test_zone_across_places_and_statements_that_designate_nothing(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "陕西省规划\n榆神工业区跨榆阳区、神木县，重点发展煤化工。\n"))
    assert got[("610802", "610881")]["name"] == "榆神工业区"
    text = ("安徽省人民政府关于印发方案的通知\n2010年1月，国务院正式批复《皖江城市带承接产业转移示范区规划》，"
            "皖江城市带承接产业转移示范区成为全国第一个以承接产业转移为主题的国家级示范区。\n")
    assert _records(index, text) == []
    text = "辽宁省实施意见\n沈阳经济区由原辽宁中部城市群扩展而来，是东北地区工业基础最雄厚的区域。\n"
    assert _records(index, text) == []


def test_role_sited_in_places(index: PlaceIndex) -> None:
    text = "四川省规划\n成都市在新都区发展轨道交通装备，在双流区发展航空航天装备。\n"
    got = _by_members(_records(index, text))
    assert got[("510114",)]["industry"] == "轨道交通装备" and got[("510116",)]["industry"] == "航空航天装备"
    got = _by_members(_records(index, "宁夏回族自治区规划\n重点在惠农区布局煤炭洗选、焦化和铁合金。\n"))
    assert got[("640205",)]["industry"] == "煤炭洗选、焦化和铁合金"


def test_table_rows_with_a_parent_place_or_a_park_as_location(index: PlaceIndex) -> None:
    text = ("福建省石化规划\n表1　石化产业重点项目\n序号　项目名称　所在地　建设内容\n"
            "2　福建联合石化乙烯改扩建项目　泉州市泉港区　乙烯装置扩能\n")
    assert set(_by_members(_records(index, text))) == {("350505",)}  # not 泉州市 + a "港区" in 泉港区
    text = ("湖北省汽车规划\n表　汽车产业重点项目\n序号　项目名称　所在地　建设规模\n"
            "1　东风乘用车扩能项目　武汉经济技术开发区　新增整车产能30万辆\n")
    got = _by_members(_records(index, text))
    assert set(got) == {("420100",)} and got[("420100",)]["name"] == "东风乘用车扩能项目"


def test_body_locates_a_heading_zone_named_after_its_city(index: PlaceIndex) -> None:
    text = ("福建省石化规划\n（二）漳州古雷石化基地。以漳浦县古雷半岛为核心，重点发展芳烃。\n"
            "（三）福州江阴化工新材料专区。位于福清市江阴半岛，重点发展聚碳酸酯。\n")
    got = _records(index, text)
    members = {m for r in got for m in r["members"]}
    assert members == {"350623", "350181"}  # not 漳州市 350600 nor 福州市 350100
    assert any(r["name"] == "福州江阴化工新材料专区" and r["members"] == ["350181"] for r in got)


def test_heading_repeating_a_quoted_layout_part(index: PlaceIndex) -> None:
    text = ("陕西省规划\n按照“两区六园、关中配套”的思路，推动产业向园区集中。\n"
            "（四）关中配套。推动煤化工产业带建设，为陕北基地提供配套。\n")
    got = _by_members(_records(index, text))
    guanzhong = ("610100", "610300", "610400", "610200", "610500", "610403")
    assert got[guanzhong]["name"] == "关中配套"
    text = "陕西省规划\n（四）关中配套。推动煤化工产业带建设。\n"  # no quoted layout statement: only a heading
    assert _records(index, text) == []


def test_bulleted_city_with_a_colon(index: PlaceIndex) -> None:
    text = ("辽宁省实施意见\n（四）培育特色产业基地。\n——鞍山市：依托鞍钢，发展钢铁精深加工和冶金装备。\n"
            "——抚顺、辽阳两市：打造两大石化产业基地，抚顺重点发展乙烯。\n——阜新市：建设液压装备产业基地，发展液压件。\n"
            "——本溪市：依托丰富的中药材资源，建设中国药都，发展生物医药产业。\n"
            "——营口市：以鲅鱼圈区为重点，发展临港钢铁，加快与大连东北亚国际航运中心对接。\n")
    got = _by_members(_records(index, text))
    assert got[("210300",)]["industry"] == "钢铁精深加工和冶金装备"
    assert "两大石化产业基地" in got[("211000",)]["name"]  # 辽阳两市 is the city, not 辽阳县 (one base each)
    assert got[("210900",)]["name"] == "液压装备产业基地"
    assert got[("210500",)]["industry"] == "生物医药"
    assert ("210804",) in got and ("210800",) not in got and ("210200",) not in got  # 大连 is a partner


def test_taking_in_a_neighbour_s_work_then_building_a_park(index: PlaceIndex) -> None:
    text = "黑龙江省实施意见\n安达市、肇东市积极承接哈尔滨、大庆的零部件配套加工，建设装备制造零部件配套园区。\n"
    got = _by_members(_records(index, text))
    assert set(got) == {("231281",), ("231282",)}  # a park in each, none in 哈尔滨 or 大庆
    assert all("零部件配套园区" in record["name"] for record in got.values())
    text = "新疆维吾尔自治区规划\n（一）三城。在阿克苏市、库尔勒市、石河子市建设三个纺织服装城。\n"
    assert {m for r in _records(index, text) for m in r["members"]} == {"652901", "652801", "659001"}


def test_made_into_a_zone_and_governments_sharing_one_name(index: PlaceIndex) -> None:
    text = ("甘肃省意见\n把兰州新区建设成为国家重要的产业基地，重点发展石油化工、装备制造。\n"
            "兰州市、白银市人民政府和兰州新区管委会要制定具体实施方案。\n")
    got = _by_members(_records(index, text))
    assert set(got) == {("620121", "620122")}  # 兰州新区 = 永登县 + 皋兰县; 兰州市 is a government here
    assert got[("620121", "620122")]["industry"] == "石油化工、装备制造"


def test_built_in_the_towns_of_places_with_a_means_between(index: PlaceIndex) -> None:
    text = "新疆维吾尔自治区规划\n在南疆四地州的县城和乡镇，利用闲置厂房建设一批服装加工卫星工厂，吸纳就业。\n"
    got = _by_members(_records(index, text))
    assert set(got) == {("652900", "653000", "653100", "653200")}
    assert got[("652900", "653000", "653100", "653200")]["name"] == "服装加工卫星工厂"


def test_partners_working_together_and_parks_under_a_part_label(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "河南省规划\n焦作市与济源市合作发展汽车零部件，建设焦济汽车零部件产业园。\n"))
    assert got[("410800",)]["industry"] == got[("419001",)]["industry"] == "汽车零部件"
    text = ("湖北省汽车规划\n构建“一廊一圈多点”的产业空间格局。\n（三）多点。荆州市重点发展汽车减振器；"
            "谷城县、枣阳市建设汽车零部件特色产业园，重点发展蓄电池。\n")
    got = _by_members(_records(index, text))
    assert got[("420625",)]["group"] == got[("420683",)]["group"] == "多点"
    assert got[("420625",)]["name"] == "谷城县汽车零部件特色产业园"


def test_means_with_no_comma_before_building_a_park(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "福建省石化规划\n三明市依托氟石资源建设氟新材料产业园。\n"))
    assert set(got) == {("350400",)} and got[("350400",)]["industry"] == "氟新材料"


def test_whole_city_of_the_section(index: PlaceIndex) -> None:
    text = ("黑龙江省实施意见\n（三）齐齐哈尔市。以富拉尔基区为主体，打造国家重型装备制造基地；"
            "全市着力发展数控重型机床和铁路货车。\n（四）其他。全市着力发展农机。\n")
    got = _by_members(_records(index, text))
    assert got[("230200",)]["industry"] == "数控重型机床和铁路货车"
    assert ("230206",) in got and len(got) == 2  # the 全市 under （四）其他 refers to no place


def test_scope_sentence_and_port_basin_designate_nothing(index: PlaceIndex) -> None:
    text = ("安徽省规划\n皖北地区包括宿州、淮北、亳州、阜阳四市所辖全部行政区域，国土面积4万平方公里。\n"
            "宿州市重点发展纺织服装。\n")
    assert {tuple(r["members"]) for r in _records(index, text)} == {("341300",)}
    records = _records(index, "辽宁省规划\n大连市依托大连港大窑湾港区，重点发展港口物流。\n")
    assert [(r["members"], r["industry"]) for r in records] == [(["210200"], "港口物流")]


def test_park_sited_by_the_sentence_or_after_its_name(index: PlaceIndex) -> None:
    text = "广东省规划\n支持深圳、广州与汕尾合作共建深汕科技产业园，选址汕尾市，重点承接电子信息产业转移。\n"
    got = _by_members(_records(index, text))
    assert set(got) == {("441500",)} and got[("441500",)]["name"] == "深汕科技产业园"  # 深圳、广州 are partners
    got = _by_members(_records(index, "浙江省规划\n温州经济技术开发区位于龙湾区，重点发展电气机械。\n"))
    assert set(got) == {("330303",)} and got[("330303",)]["industry"] == "电气机械"


def test_former_and_latter_stand_for_the_zones_named_before(index: PlaceIndex) -> None:
    text = ("福建省规划\n（二）两翼：闽东临港产业集聚区和闽西资源加工区。前者依托宁德、福州两市，重点发展冶金；"
            "后者以龙岩为中心，重点发展有色金属加工。\n")
    got = _by_members(_records(index, text))
    assert got[("350900", "350100")]["name"] == "闽东临港产业集聚区"
    assert got[("350800",)]["name"] == "闽西资源加工区"


def test_belt_along_places_and_zone_whose_extent_follows_its_heading(index: PlaceIndex) -> None:
    text = "广东省规划\n沿汕头、潮州、揭阳海岸线，依托港口，建设以石化为主导的粤东临港产业带。\n"
    got = _by_members(_records(index, text))
    assert set(got) == {("440500", "445100", "445200")}  # not 汕尾, a member of 粤东 the text does not name
    text = "广西壮族自治区规划\n（三）推进两区发展。\n——桂北生态产业区。范围包括桂林、贺州2市，重点发展生态旅游。\n"
    got = _by_members(_records(index, text))
    assert got[("450300", "451100")]["name"] == "桂北生态产业区"


def test_base_built_on_the_resources_of_the_counties_listed(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "云南省规划\n依托个旧、蒙自等地锡矿资源，建设红河锡产业基地。\n"))
    assert set(got) == {("532501", "532503")}  # not 红河州, which only names the base
    text = "四川省规划\n国家在原绵阳地区布局建设了核工业基地。\n绵阳市重点发展电子信息。\n"
    assert [r["industry"] for r in _records(index, text)] == ["电子信息"]  # the base built in the past is history


def test_park_in_brackets_under_a_growth_pole_heading(index: PlaceIndex) -> None:
    text = "湖北省规划\n（二）襄阳汽车产业增长极。依托襄阳高新区（襄州区），发展新能源汽车。\n"
    got = _by_members(_records(index, text))
    assert got[("420600",)]["name"] == "襄阳汽车产业增长极"
    assert got[("420607",)]["industry"] == "新能源汽车"


def _members(records: list[dict]) -> set[str]:
    return {code for r in records for code in r["members"]}


def test_background_scope_and_transport_networks_are_not_designations(index: PlaceIndex) -> None:
    """Batch-18 rules in other provinces' wording: a scope ending in 所辖行政区域, an opportunity seized or a
    demand met, a network around a centre, a promotion reported."""
    assert _records(index, "湖南省\n长株潭城市群范围包括长沙、株洲、湘潭三市所辖行政区域。\n") == []
    assert _records(index, "湖北省\n紧紧抓住武汉城市圈建设的战略机遇，推动产业升级。\n"
                           "重点发展农业机械，满足荆州、荆门农业生产需求。\n") == []
    assert _records(index, "四川省\n构建以成都为中心的“米”字形高速铁路网。\n") == []
    assert _records(index, "青海省\n格尔木昆仑经济技术开发区晋升为国家级开发区。\n") == []
    assert "623001" not in _members(_records(index, "甘肃省\n我省作为次区域合作的重要平台。\n"))
    text = "江苏省\n推动徐州、淮安建设区域性制造业中心，形成与南京错位发展的增长极。\n"
    assert _members(_records(index, text)) == {"320300", "320800"}


def test_yi_frames_name_the_zone_after_wei(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "四川省\n以龙泉驿区为汽车产业发展核心区，集中布局整车项目。\n"))
    assert got[("510112",)]["name"] == "汽车产业发展核心区"
    got = _by_members(_records(index, "湖南省\n以长沙为全省发展的核心增长极，重点发展工程机械。\n"))
    assert "核心增长极" in got[("430100",)]["name"]
    text = "湖南省\n以长沙、衡阳为两端，串联株洲、湘潭，形成京广装备制造产业带。\n"
    got = _by_members(_records(index, text))
    assert got[("430100", "430400", "430200", "430300")]["name"] == "京广装备制造产业带"
    text = "甘肃省\n以天水、平凉为主要节点，形成贯通陇东南北的装备制造产业带。\n"
    assert _members(_records(index, text)) == {"620500", "620800"}  # not 庆阳 (陇东 is in the belt's name)
    text = "安徽省\n芜湖市以机器人、新能源汽车为主攻方向，建设国家级产业基地。\n"
    assert _by_members(_records(index, text))[("340200",)]["industry"] == "机器人、新能源汽车"


def test_subjects_zones_built_in_places_and_zone_extents(index: PlaceIndex) -> None:
    text = "河北省\n推动石家庄、保定、邢台3个冀中南城市加快发展装备制造等产业。\n"
    got = _by_members(_records(index, text))
    assert all(got[(code,)]["industry"] == "装备制造" for code in ("130100", "130600", "130500"))
    text = "云南省\n在大理、丽江、迪庆，即三江并流地区，建设高原特色农产品加工产业带。\n"
    got = _by_members(_records(index, text))
    assert got[("532900", "530700", "533400")]["name"] == "高原特色农产品加工产业带"
    text = "福建省\n在福州、宁德沿海布局建设船舶修造和港口机械，打造全省重要的海洋装备产业带。\n"
    assert _by_members(_records(index, text))[("350100", "350900")]["name"] == "海洋装备产业带"
    text = ("贵州省\n（一）做强临空经济示范区。示范区位于贵阳市东北部，规划面积148平方公里，"
            "范围包括云岩区、南明区的部分区域。重点发展航空物流。\n")
    got = _by_members(_records(index, text))
    assert got[("520103", "520102")]["name"] == "临空经济示范区"
    got = _by_members(_records(index, "四川省\n自贡市打造“中国灯城”，重点发展彩灯文化。\n"))
    assert got[("510300",)]["industry"] == "彩灯文化"
    text = "甘肃省\n永登县、皋兰县加快新能源开发，榆中县建设生物医药产业园。\n"
    assert set(_by_members(_records(index, text))) == {("620123",)}


def test_parks_located_in_brackets_and_regions_as_locators(index: PlaceIndex) -> None:
    text = "四川省\n以成都经济技术开发区（龙泉驿区）和新都工业园区为载体，发展汽车。\n"
    assert _members(_records(index, text)) == {"510112", "510114"}  # not 成都市 (510100)
    got = _by_members(_records(index, "宁夏回族自治区\n3．平罗化工园（平罗县）：重点发展精细化工。\n"))
    assert got[("640221",)]["name"] == "平罗化工园"
    text = "湖南省\n（二）湘潭市。重点发展新材料，建设长株潭东部的新材料产业基地。\n"
    assert _members(_records(index, text)) == {"430300"}
    got = _by_members(_records(index, "贵州省\n2．遵义播州装备园（播州区）：铝精深加工。\n"))
    assert got[("520304",)]["name"] == "遵义播州装备园"  # any …园 right before a bracketed place is a park


def test_a_park_as_the_means_then_the_goal(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "江西省\n赣州市以经开区为依托，打造稀土新材料产业基地。\n"))
    assert got[("360700",)]["name"] == "赣州市稀土新材料产业基地"
    text = "内蒙古自治区\n在乌兰察布市建设集宁光伏发电园，在包头市建设风电装备园。\n"
    got = _by_members(_records(index, text))
    assert got[("150900",)]["name"].endswith("光伏发电园") and got[("150200",)]["name"].endswith("风电装备园")
    text = "云南省\n依托曲靖经济技术开发区，在麒麟区、沾益区布局建设新能源电池项目。\n"
    assert _members(_records(index, text)) == {"530302", "530303"}  # the park is the means, not 曲靖市


def test_figures_reached_and_guiding_lines_are_background(index: PlaceIndex) -> None:
    text = "湖北省\n到2020年，襄阳汽车产量突破100万辆，十堰市建设商用车基地。\n"
    assert _members(_records(index, text)) == {"420300"}
    assert _records(index, "河南省\n坚持以洛阳国家级新区建设为统揽，推动产业转型。\n") == []


def test_a_cross_province_zone_narrowed_to_a_municipality_itself_is_context(index: PlaceIndex) -> None:
    text = "重庆市\n携手四川共同打造成渝地区电子信息产业集群，永川区重点发展电子信息。\n"
    assert _members(_records(index, text)) == {"500118"}  # not 重庆市 500000 as a whole
    text = "四川省\n共同打造成渝地区电子信息产业集群。\n"
    assert _members(_records(index, text)) == {"510100"}  # in a province, the own part is a city


def test_the_zone_a_role_builds_names_its_group(index: PlaceIndex) -> None:
    text = "湖南省\n推动衡阳、郴州、永州承接产业转移，建设湘南承接产业转移示范区。\n"
    got = _by_members(_records(index, text))
    assert {got[(code,)]["group"] for code in ("430400", "431000", "431100")} == {"湘南承接产业转移示范区"}
    assert got[("430400",)]["industry"] == "产业转移"


def test_the_standing_of_places_in_a_development_base_section_is_not_designated(index: PlaceIndex) -> None:
    text = ("湖南省\n一、发展基础\n“十二五”期间，全省形成了以长沙为龙头、株洲和湘潭为两翼的装备制造格局。\n"
            "株洲、湘潭轨道交通产业规模居全国前列。\n长沙经开区工程机械产业规模全国领先。\n")
    assert _records(index, text) == []


def test_a_region_heading_and_a_region_that_only_names_a_zone(index: PlaceIndex) -> None:
    text = "安徽省\n（三）皖北地区。重点发展农产品精深加工和煤电化。\n阜阳市、亳州市共同打造皖北现代医药产业基地。\n"
    got = _by_members(_records(index, text))
    assert got[("341300", "340600", "341600", "341200", "340300", "340400")]["industry"] == "农产品精深加工和煤电化"
    assert {("341200",), ("341600",)} <= set(got)  # 皖北 names the base: 宿州、淮北… are not in it
    assert len(got) == 3


def test_a_subject_list_after_the_area_it_belongs_to(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "安徽省\n沿江地区的安庆、池州、铜陵重点发展化工新材料。\n"))
    assert {got[(code,)]["industry"] for code in ("340800", "341700", "340700")} == {"化工新材料"}


def test_a_modal_before_the_building_verb(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "四川省\n攀枝花市要打造国家级钒钛产业基地。\n"))
    assert got[("510400",)]["industry"] == "钒钛" and got[("510400",)]["name"] == "攀枝花市国家级钒钛产业基地"


def test_a_list_line_with_a_city_and_its_industries(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "江西省\n鹰潭市：铜精深加工、智能终端。\n"))
    assert got[("360600",)]["industry"] == "铜精深加工、智能终端"


def test_places_that_build_zones_respectively(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "江西省\n南昌市、九江市分别建设航空产业基地和石化产业基地。\n"))
    assert got[("360100",)]["industry"] == "航空" and got[("360400",)]["industry"] == "石化"


def test_counted_lists_metropolitan_areas_and_a_place_in_brackets_inside_a_name(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "浙江省\n推动衢州、丽水等山区26县发展生态工业。\n"))
    assert got[("330800",)]["industry"] == "生态工业" and ("331100",) in got
    got = _by_members(_records(index, "浙江省\n推进杭州、宁波、温州、金华—义乌四大都市区建设。\n"))
    assert {("330100",), ("330200",), ("330300",), ("330700",)} <= set(got)
    got = _by_members(_records(index, "四川省\n建设中国（绵阳）科技城，重点发展电子信息。\n"))
    assert got[("510700",)]["name"] == "绵阳科技城" and got[("510700",)]["industry"] == "电子信息"


def test_a_framework_part_label_naming_a_metropolitan_area(index: PlaceIndex) -> None:
    text = "山西省\n构建“一核两翼”产业格局：一核即太原都市区，两翼即大同、长治。\n"
    got = _by_members(_records(index, text))
    assert got[("140100",)]["group"] == "一核" and got[("140100",)]["name"] == "太原都市区"
    assert got[("140200",)]["group"] == "两翼" and ("140400",) in got


def test_roles_of_counted_counties_and_industries_to_develop(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "山西省\n孝义市、介休市等县（市、区）重点发展焦化。\n"))
    assert got[("141181",)]["industry"] == "焦化" and ("140781",) in got
    got = _by_members(_records(index, "山西省\n推动晋城市、长治市煤层气产业发展。\n"))
    assert got[("140500",)]["industry"] == "煤层气" and got[("140400",)]["industry"] == "煤层气"
    assert _records(index, "山西省\n推动太原、大同一体化发展。\n") == []


def test_a_bracketed_park_named_without_its_builder(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "陕西省\n西安市重点建设三星半导体产业园（长安区）。\n"))
    assert got[("610116",)]["name"] == "三星半导体产业园"


def test_the_present_state_of_a_zone_is_reported_not_designated(index: PlaceIndex) -> None:
    assert _records(index, "湖北省\n十堰商用车基地已初具规模，具备年产50万辆的能力。\n") == []
    assert _records(index, "湖北省\n目前，襄阳高新区已集聚汽车零部件企业300余家。\n") == []


def test_a_park_list_item_with_its_industries_after_a_colon(index: PlaceIndex) -> None:
    text = "湖南省\n（1）长沙经济技术开发区：工程机械、汽车。\n（2）湘潭经开区——汽车及零部件。\n"
    got = _by_members(_records(index, text))
    assert got[("430100",)]["industry"] == "工程机械、汽车" and got[("430300",)]["industry"] == "汽车及零部件"


def test_subjects_with_their_surroundings_and_counted_prefectures(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "内蒙古自治区\n鄂尔多斯市、乌海市及周边地区重点发展现代煤化工。\n"))
    assert got[("150600",)]["industry"] == "现代煤化工" and ("150300",) in got
    got = _by_members(_records(index, "新疆维吾尔自治区\n在喀什、和田、克州、阿克苏四地州建设纺织服装产业园。\n"))
    assert got[("653100",)]["industry"] == "纺织服装" and len(got) == 4


def test_the_zone_a_radiating_centre_builds_keeps_its_whole_name(index: PlaceIndex) -> None:
    text = "黑龙江省\n以哈尔滨为中心，辐射带动大庆、齐齐哈尔、绥化，打造哈长城市群北部增长极。\n"
    records = _records(index, text)
    assert len(records) == 1 and records[0]["name"] == "哈长城市群北部增长极"
    assert set(records[0]["members"]) == {"230100", "230600", "230200", "231200"}


def test_a_town_of_the_district_a_role_is_sited_in(index: PlaceIndex) -> None:
    text = "江苏省\n在江宁区秣陵布局智能电网产业，在浦口区发展集成电路。\n"
    got = _by_members(_records(index, text))
    assert got[("320115",)]["industry"] == "智能电网" and got[("320111",)]["industry"] == "集成电路"


def test_a_zone_built_where_two_places_meet(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "福建省\n在莆田、泉州交界区域布局建设湄洲湾石化基地。\n"))
    assert {got[(code,)]["industry"] for code in ("350300", "350500")} == {"湄洲湾石化"}


def test_a_chain_of_frames_takes_the_zone_its_last_frame_names(index: PlaceIndex) -> None:
    text = "宁夏回族自治区\n形成以中宁县为核心，沙坡头区、同心县为主要产区，平罗县为补充的枸杞产业带。\n"
    records = _records(index, text)
    members = {code for r in records if "枸杞产业带" in r["group"] for code in r["members"]}
    assert members == {"640521", "640502", "640324", "640221"}


def test_a_development_clause_between_the_means_and_the_zone(index: PlaceIndex) -> None:
    text = "黑龙江省\n依托饶河、虎林、密山等口岸，发展进口粮食落地加工，形成对俄进口资源加工产业带。\n"
    got = [r for r in _records(index, text) if r["name"] == "对俄进口资源加工产业带"]
    assert got and set(got[0]["members"]) == {"230524", "230381", "230382"}


def test_a_citys_urban_area_keeps_the_list_and_its_frame(index: PlaceIndex) -> None:
    text = "湖南省\n以衡阳市区、郴州市区为核心，串联衡南县、耒阳市等沿线县市，建成产业走廊。\n"
    members = {code for r in _records(index, text) for code in r["members"]}
    assert {"430400", "431000", "430422", "430481"} <= members


def test_a_region_after_deng_is_the_category_of_the_list(index: PlaceIndex) -> None:
    text = "广东省\n湛江、茂名、阳江等粤西沿海地市依托港口，重点承接石化、钢铁产业。\n"
    got = _by_members(_records(index, text))
    assert set(got) == {("440800",), ("440900",), ("441700",)}
    assert got[("440800",)]["industry"].startswith("石化")


def test_partners_build_a_zone_whose_extent_follows(index: PlaceIndex) -> None:
    text = "广东省\n由深圳、汕尾两市共建深汕特别合作区，范围包括海丰县四镇，重点发展电子信息。\n"
    members = {code for r in _records(index, text) for code in r["members"]}
    assert members == {"441521"}


def test_yue_dong_xi_bei_is_a_scope_not_yue_dong(index: PlaceIndex) -> None:
    assert _records(index, "广东省\n推进粤东西北地区产业转移工业园建设。\n") == []


def test_a_bracketed_place_inside_a_park_name(index: PlaceIndex) -> None:
    text = "福建省\n专栏　重点园区\n2．厦门火炬（翔安）产业区（翔安区）：重点发展平板显示和LED芯片。\n"
    got = _by_members(_records(index, text))
    assert list(got) == [("350213",)] and got[("350213",)]["name"] == "厦门火炬（翔安）产业区"


def test_parks_named_as_the_vehicle_of_a_framed_zone(index: PlaceIndex) -> None:
    text = "江西省\n以章贡区、赣县为主体，依托赣州经济技术开发区和赣县稀土工业园，重点发展稀土永磁材料。\n"
    members = {code for r in _records(index, text) for code in r["members"]}
    assert members == {"360702", "360704"}


def test_a_request_to_the_state_is_no_designation(index: PlaceIndex) -> None:
    assert _records(index, "江西省\n争取国家在赣州设立稀土产品交易中心。\n") == []


def test_a_list_closed_by_deng_xian_takes_its_role_after_an_adverbial(index: PlaceIndex) -> None:
    text = "湖南省\n引导汝城县、蓝山县等县利用毗邻广东的区位优势，发展劳动密集型加工业。\n"
    got = _by_members(_records(index, text))
    assert set(got) == {("431026",), ("431127",)} and got[("431026",)]["industry"] == "劳动密集型加工业"


def test_zhu_san_jiao_is_no_zone_noun(index: PlaceIndex) -> None:
    got = _by_members(_records(index, "湖南省\n支持永州建设承接珠三角轻纺产业转移基地。\n"))
    assert "轻纺产业转移基地" in got[("431100",)]["name"]


def test_a_lines_lead_label_names_the_role_of_the_unit_after_it(index: PlaceIndex) -> None:
    text = ("江西省\n（二）两区：\n——南部稀土冶炼分离集聚区。依托龙南县、定南县的离子型稀土资源，整合产能，"
            "重点发展高纯稀土氧化物。\n")
    got = _by_members(_records(index, text))
    assert got[("360783", "360728")]["group"].endswith("南部稀土冶炼分离集聚区")


def test_a_zone_still_to_be_applied_for_is_no_designation(index: PlaceIndex) -> None:
    assert _records(index, "湖南省\n加快推进郴州综合保税区申报工作。\n") == []


# batch 21 (tests/docs/README.md): kinds of sentence that name places but designate nothing, and layouts
# whose places are given in the clause after the zone's heading or label


@pytest.mark.parametrize("sentence", [
    # the preamble gives the plan's grounds
    "为贯彻落实国务院决定，结合皖江城市带承接产业转移示范区规划，制定本方案。",
    "为加快推进滇中地区产业发展，把滇中城市经济圈建设成为全省的核心增长极，现提出以下实施意见。",
    # a funding preference, a cooperation measure with no named zone, a body set up
    "省级工业发展专项资金向滇中重点园区倾斜。",
    "支持昆明与曲靖、玉溪、楚雄共建产业园区，实行税收分成。",
    "成立滇中城市经济圈产业发展协调领导小组，由省发展改革委牵头。",
    # 中心城区 / 中心城市 and a bare 新区 after a function word
    "新区北接成都中心城区，南连眉山、乐山。",
    "推进成都地铁向新区延伸，加快建设成自泸高速和新区内部快速路网。",
])
def test_sentences_that_designate_nothing(index: PlaceIndex, sentence: str) -> None:
    province = "四川省" if "成都" in sentence else "云南省" if "滇中" in sentence else "安徽省"
    assert _records(index, f"{province}\n{sentence}\n") == []


def test_a_box_heading_names_no_zone(index: PlaceIndex) -> None:
    assert _records(index, "云南省\n　　专栏　滇中重点产业园区\n") == []


def test_the_area_a_core_radiates_to_is_not_the_core(index: PlaceIndex) -> None:
    text = "云南省\n（一）一核：以昆明主城为核心，重点发展现代服务业，增强对滇中地区的辐射带动作用。\n"
    assert {code for r in _records(index, text) for code in r["members"]} == {"530100"}


def test_a_bulleted_base_heading_is_located_by_the_next_clause(index: PlaceIndex) -> None:
    text = ("云南省\n（二）四基地。\n——曲靖重化工和装备制造基地。依托曲靖经济技术开发区和麒麟区，重点发展煤化工。\n"
            "——玉溪烟草及配套和新型建材基地。以红塔区为核心，发展卷烟及配套。\n")
    members = {code for r in _records(index, text) for code in r["members"]}
    assert "530302" in members and "530402" in members and "530400" not in members


def test_a_numbered_base_heading_with_the_city_repeated_in_the_district(index: PlaceIndex) -> None:
    text = "河北省\n（二）五基地。\n2.唐山轨道交通装备基地。以唐山丰润区为核心，依托唐车公司，发展高速动车组。\n"
    assert {code for r in _records(index, text) for code in r["members"]} == {"130208"}


def test_a_base_named_after_the_city_built_where_the_clause_before_says(index: PlaceIndex) -> None:
    text = "四川省\n重点在新津发展新材料、现代物流和通用航空，建设成都南部工业集中发展区。\n"
    assert {code for r in _records(index, text) for code in r["members"]} == {"510118"}


def test_wings_named_by_their_side(index: PlaceIndex) -> None:
    text = ("四川省\n二、两翼。东翼以龙泉驿区、简阳市为主，重点发展汽车整车及关键零部件；西翼依托双流区、新津区，"
            "重点发展航空航天装备。\n")
    got = _by_members(_records(index, text))
    assert any("东翼" in r["name"] + r["group"] or "两翼" in r["group"] for m, r in got.items()
               if set(m) == {"510112", "510185"})
    assert any("西翼" in r["name"] + r["group"] for m, r in got.items() if set(m) == {"510116", "510118"})


def test_a_radiating_part_closes_a_centre_chain(index: PlaceIndex) -> None:
    text = "贵州省\n（二）煤电铝一体化。形成以贵阳—清镇为中心、辐射遵义务川、道真的铝工业布局。\n"
    got = _by_members(_records(index, text))
    assert got[("520100", "520181", "520326", "520325")]["name"] == "铝工业布局"


def test_an_item_label_naming_the_resource_worked(index: PlaceIndex) -> None:
    text = "贵州省\n3.务川、道真铝土矿开发：建设铝土矿资源基地，配套建设氧化铝项目。\n"
    members = {code for r in _records(index, text) if "铝土矿资源基地" in r["name"] for code in r["members"]}
    assert members == {"520326", "520325"}


def test_a_commodity_exchange_is_a_site(index: PlaceIndex) -> None:
    text = "浙江省\n加快建设舟山大宗商品交易中心，推进宁波液体化工交易市场建设。\n"
    assert any("液体化工交易市场" in r["name"] and r["members"] == ["330200"] for r in _records(index, text))


def test_a_partner_after_yu_is_no_member(index: PlaceIndex) -> None:
    text = "四川省\n在资阳布局建设轨道交通装备产业园，与成都共建汽车零部件配套基地。\n"
    assert "510100" not in {code for r in _records(index, text) for code in r["members"]}


def test_a_partner_column_names_no_member(index: PlaceIndex) -> None:
    text = ("广东省\n表　对口帮扶共建产业园\n序号　园区名称　　　帮扶方　　　所在地　　　主导产业\n"
            "1　　广州清远产业园　　广州市　　　清远市清城区　　装备制造\n"
            "2　　佛山云浮产业园　　佛山市　　　云浮市云安区　金属加工\n")
    records = _records(index, text)
    members = {code for r in records for code in r["members"]}
    assert "440100" not in members and "440600" not in members
    assert any("广州清远产业园" in r["name"] and r["members"] == ["441802"] for r in records)
    assert any("佛山云浮产业园" in r["name"] and r["members"] == ["445303"] for r in records)


def test_the_present_state_chapter_designates_nothing(index: PlaceIndex) -> None:
    text = ("浙江省人民政府关于加快产业园区发展的意见\n　　一、发展现状\n"
            "　　绍兴滨海新区探索跨区域联动开发，成为全省首个跨市共建园区；温州、台州两市共有省级开发区12个。\n"
            "　　二、空间布局\n　　（一）在嘉兴市建设智能装备产业园，重点发展工业机器人。\n")
    assert {code for r in _records(index, text) for code in r["members"]} == {"330400"}


def test_a_region_named_as_a_category_a_source_or_a_goal_is_no_zone(index: PlaceIndex) -> None:
    text = ("广东省人民政府关于推进产业转移的意见\n　　二、主要任务\n"
            "　　（一）坚持以园区为载体，把粤北建设成为全省重要的生态产业基地。\n"
            "　　（二）省财政安排专项资金，支持粤北产业转移工业园区基础设施建设；"
            "组织粤北园区管理人员到珠三角跟班学习。\n"
            "　　（三）选派珠三角优秀干部到园区任职，鼓励珠三角高校设立技术转移中心。\n"
            "　　（四）在韶关市建设韶关装备制造产业园，重点发展机械装备。\n")
    assert {code for r in _records(index, text) for code in r["members"]} == {"440200"}


def test_a_region_park_after_a_verb_that_builds_is_one_park(index: PlaceIndex) -> None:
    text = "广西壮族自治区\n　　支持钦州市依托港口发展汽车零部件物流，建设北部湾汽车物流园区。\n"
    assert any("北部湾汽车物流园区" in r["name"] and "450700" in r["members"] for r in _records(index, text))


def test_paired_parks_planned_in_listed_cities_and_a_firms_cluster(index: PlaceIndex) -> None:
    text = ("广东省\n　　重点在汕头、湛江两市的省级以上开发区内规划建设对口共建园区，原则上每个县不超过1个。\n"
            "　　支持茂名市建设外资企业集聚区，重点引进石化企业。\n")
    got = {code: r for r in _records(index, text) for code in r["members"]}
    assert "共建园区" in got["440500"]["name"] and "共建园区" in got["440800"]["name"]
    assert "外资企业集聚区" in got["440900"]["name"]


def test_where_industries_move_from_and_a_land_quota_are_no_zones(index: PlaceIndex) -> None:
    text = ("湖北省\n　　承接武汉城市圈的产业转移，培育一批特色产业集群。对从武汉、宜昌转移到鄂西园区的企业给予奖励。\n"
            "　　省国土资源厅在年度用地计划中单列襄十随神城市群产业集群用地指标。\n"
            "　　在十堰市建设商用车产业基地。\n")
    assert {code for r in _records(index, text) for code in r["members"]} == {"420300"}


def test_a_zone_named_after_the_city_or_region_its_builders_lie_in(index: PlaceIndex) -> None:
    text = ("四川省\n　　——武侯区、双流区着力发展电子信息和生物医药，建设成都智能制造产业园。\n"
            "　　此外，以江阳区、龙马潭区为重点建设川南白酒产业基地。\n"
            "　　在宜宾市翠屏区规划建设宜宾现代化工产业园，重点发展精细化工。\n")
    members = {code for r in _records(index, text) for code in r["members"]}
    assert members == {"510107", "510116", "510502", "510504", "511502"}


def test_places_radiated_from_the_focus_of_a_belt(index: PlaceIndex) -> None:
    text = ("江西省\n　　（一）沿江农产品加工产业带。以九江、上饶两市为重点，辐射彭泽县、湖口县，大力发展粮油加工，"
            "打造沿江农产品加工产业带。\n")
    members = {code for r in _records(index, text) for code in r["members"]}
    assert members == {"360400", "361100", "360430", "360429"}


def test_tourism_zones(index: PlaceIndex) -> None:
    text = ("浙江省\n　　安吉县依托竹林资源，规划建设安吉竹海生态旅游区。\n"
            "　　1.千岛湖旅游度假区（淳安县）：完善游船码头和环湖绿道。\n")
    records = _records(index, text)
    assert any("旅游区" in r["name"] + r["group"] and r["members"] == ["330523"] for r in records)
    assert any("千岛湖旅游度假区" in r["name"] + r["group"] and r["members"] == ["330127"] for r in records)


def test_each_wing_names_its_own_clause_and_a_town_is_not_a_district(index: PlaceIndex) -> None:
    text = "四川省\n（二）两翼。南翼以宜宾市为主体，重点发展白酒和动力电池；北翼以绵阳市为主体，重点发展电子信息。\n"
    records = _records(index, text)
    assert any(r["members"] == ["511500"] and "南翼" in r["name"] + r["group"] for r in records)
    assert any(r["members"] == ["510700"] and "北翼" in r["name"] + r["group"] for r in records)
    text = "湖南省\n　　支持永顺县建设芙蓉镇民族文化旅游区。\n"
    assert {code for r in _records(index, text) for code in r["members"]} == {"433127"}


def test_enumerated_items_name_their_zones(index: PlaceIndex) -> None:
    text = ("江西省\n　　两带：一是赣江生态文化旅游带，以章贡区、南康区为重点，整合红色资源，打造红色旅游精品线；"
            "二是信江山水旅游带，沿信江串联上饶、鹰潭两市，发展山水观光和道教文化旅游。\n")
    got: dict[str, set[str]] = {}
    for r in _records(index, text):
        for key in ("赣江生态文化旅游带", "信江山水旅游带"):
            if key in r["name"] + r["group"]:
                got.setdefault(key, set()).update(r["members"])
    assert got == {"赣江生态文化旅游带": {"360702", "360703"}, "信江山水旅游带": {"361100", "360600"}}


def test_a_role_after_a_counted_means_and_a_place_industry_list(index: PlaceIndex) -> None:
    text = ("山东省\n　　——潍坊市依托高新、经开两个开发区发展海洋化工和盐化工，诸城市重点发展汽车零部件。\n"
            "　　临沂市重点发展兰陵县蔬菜加工、沂水县食品饮料、费县木业加工。\n")
    got = {tuple(r["members"]): r["industry"] for r in _records(index, text)}
    assert "海洋化工" in got[("370700",)]
    assert got[("371324",)] == "蔬菜加工" and got[("371323",)] == "食品饮料" and got[("371325",)] == "木业加工"
    assert ("371300",) not in got


def test_a_belt_strung_through_listed_cities(index: PlaceIndex) -> None:
    text = ("湖南省\n　　第一节　一轴\n　　依托京广高铁和京港澳高速，串联岳阳、长沙、株洲、衡阳四市，"
            "打造湘中高铁经济轴，推动要素沿轴集聚。\n")
    got = {code for r in _records(index, text) if "高铁经济轴" in r["name"] + r["group"] for code in r["members"]}
    assert got == {"430600", "430100", "430200", "430400"}


def test_a_scope_with_ji_a_coast_and_port_belt_and_a_merging_metro(index: PlaceIndex) -> None:
    text = ("浙江省\n　　浙南地区即温州市所辖区域，是我省重要的民营经济发展区域。\n"
            "　　（一）瓯江口临港产业带。依托龙湾、洞头、乐清沿海岸线和状元岙港区，集中布局石化和临港装备产业，"
            "形成瓯江口临港产业带。\n　　积极推动温州与台州都市区同城化发展。\n")
    records = _records(index, text)
    assert {code for r in records for code in r["members"]} == {"330303", "330305", "330382"}
    assert all("临港产业带" in r["name"] + r["group"] for r in records)


def test_an_energy_plans_bases_fields_and_power_plants(index: PlaceIndex) -> None:
    text = ("陕西省\n　　2．榆林煤电基地。重点开发神木市大柳塔矿区和府谷县，加快建设外送电源。\n"
            "　　（四）风电基地。在定边县、靖边县等风能资源富集区，规划建设百万千瓦级风电基地。\n"
            "　　1．府谷电厂二期工程（府谷县）：2×100万千瓦机组。\n")
    got: dict[str, set[str]] = {}
    for r in _records(index, text):
        for key in ("煤电基地", "风电基地", "府谷电厂"):
            if key in r["name"] + r["group"]:
                got.setdefault(key, set()).update(r["members"])
    assert got == {"煤电基地": {"610881", "610822"}, "风电基地": {"610825", "610824"}, "府谷电厂": {"610822"}}


def test_a_river_valley_belt_and_parks_named_after_the_city_of_a_county(index: PlaceIndex) -> None:
    text = ("云南省\n　　（三）一带——红河河谷热区农业带。沿红河河谷，串联建水县、个旧市、蒙自市，"
            "形成集热带水果、蔬菜种植于一体的红河河谷热区农业产业带。\n")
    assert {code for r in _records(index, text) for code in r["members"]} == {"532524", "532501", "532503"}
    text = "四川省\n　　翠屏区以宜宾临港经济技术开发区为载体，重点发展智能终端。\n"
    assert {code for r in _records(index, text) for code in r["members"]} == {"511502"}
    text = "湖南省\n　　汝城县重点建设郴州有色金属产业园，承接电子信息企业转移。\n"
    assert {code for r in _records(index, text) for code in r["members"]} == {"431026"}


def test_places_laid_along_a_valley_between_two_places_and_a_restricted_area(index: PlaceIndex) -> None:
    text = ("甘肃省\n　　（二）洮河川道特色农产品加工区。临洮县、渭源县沿洮河川道布局，"
            "依托马铃薯资源发展淀粉加工和中药材加工。\n"
            "　　（三）在秦州区和麦积区之间，规划建设天水循环经济产业园区，重点发展电工电器。\n"
            "　　迭部县、舟曲县等白龙江沿岸县实行限制开发，重点发展生态旅游和藏中药材种植。\n")
    records = _records(index, text)
    assert {code for r in records for code in r["members"]} == {"621124", "621123", "620502", "620503", "623024",
                                                                 "623023"}
    assert any("洮河川道" in r["group"] and "621124" in r["members"] for r in records)


def test_a_zone_name_a_colon_and_its_places(index: PlaceIndex) -> None:
    text = ("浙江省\n　　浙西南生态旅游区：遂昌县、松阳县、龙泉市等地，要充分挖掘生态资源，发展山地旅游和康养。\n"
            "　　千岛湖生态经济区：重点是淳安县和建德市，坚持保护优先，发展生态渔业和湖泊旅游。\n")
    got: dict[str, set[str]] = {}
    for r in _records(index, text):
        for key in ("浙西南生态旅游区", "千岛湖生态经济区"):
            if key in r["name"] + r["group"]:
                got.setdefault(key, set()).update(r["members"])
    assert got == {"浙西南生态旅游区": {"331123", "331124", "331181"}, "千岛湖生态经济区": {"330127", "330182"}}


def test_a_city_heading_its_line_with_a_dash(index: PlaceIndex) -> None:
    text = ("江苏省\n　　徐州市——邳州市发展板材加工，新沂市建设新型建材产业园。\n"
            "　　淮安市——涟水县、盱眙县建设食品产业园。\n")
    assert {code for r in _records(index, text) for code in r["members"]} == {"320382", "320381", "320826", "320830"}


def test_a_paired_park_sited_in_a_county_and_a_zone_after_one_more_clause(index: PlaceIndex) -> None:
    text = "广东省\n支持深圳市对口帮扶河源市，由两市共建深圳—河源产业园区，园区选址在和平县，重点承接电子信息转移。\n"
    records = _records(index, text)
    assert [(r["name"], r["members"]) for r in records] == [("深圳—河源产业园区", ["441624"])]
    text = "山西省\n　　——古交市依托西山煤电集团，推进煤矸石发电、煤层气利用，建设煤电一体化循环经济产业园。\n"
    assert [r["members"] for r in _records(index, text) if "循环经济产业园" in r["name"]] == [["140181"]]


def test_the_citys_own_park_as_its_vehicle_and_a_bulleted_means(index: PlaceIndex) -> None:
    text = "辽宁省\n　　——抚顺市以抚顺高新区为核心载体，重点发展精细化工和新材料。\n"
    assert {code for r in _records(index, text) for code in r["members"]} == {"210400"}
    text = "辽宁省\n　　——开原市依托专用车产业园，建设起重机械产业园；昌图县重点发展农产品加工。\n"
    records = _records(index, text)
    assert not any(r["name"].startswith("依托") for r in records)
    assert any("起重机械产业园" in r["name"] and r["members"] == ["211282"] for r in records)


def test_a_belt_that_takes_in_industry_along_railways_and_a_mountain_is_no_county(index: PlaceIndex) -> None:
    text = "安徽省\n　　宿州、淮北两市要发挥劳动力资源优势，沿京沪、符夹铁路建设纺织服装和电子产业承接带。\n"
    got = {code for r in _records(index, text) if "承接带" in r["name"] + r["group"] for code in r["members"]}
    assert got == {"341300", "340600"}
    text = "吉林省\n　　在抚松县建设长白山人参产业园。\n"
    assert {code for r in _records(index, text) for code in r["members"]} == {"220621"}


def test_mining_fields_captions_a_linked_place_and_projects_carried_out(index: PlaceIndex) -> None:
    text = "山西省\n　　依托大同、朔州两大矿区，建设亿吨级动力煤基地，推进煤电一体化发展。\n"
    assert {code for r in _records(index, text) if "动力煤基地" in r["name"] for code in r["members"]} == \
        {"140200", "140600"}
    assert _records(index, "河北省\n附表　邯郸市重点产业基地布局\n") == []
    text = "陕西省\n　　——周秦文化旅游区。以宝鸡古城为依托，联动杨凌示范区，发展周秦文化旅游。\n"
    assert {code for r in _records(index, text) if "周秦文化" in r["name"] + r["group"] for code in r["members"]} == \
        {"610300", "610403"}
    text = "山西省\n　　孝义市、介休市要立足当地焦煤资源，稳妥推进焦炉煤气制甲醇和煤焦油深加工项目。\n"
    assert {code for r in _records(index, text) if "项目" in r["name"] for code in r["members"]} == \
        {"141181", "140781"}


def test_the_subject_citys_park_in_its_means_clause_is_not_the_county(index: PlaceIndex) -> None:
    text = "辽宁省\n　　——铁岭市依托铁岭经济开发区和专用车企业，建设专用车产业基地，发展罐式车和厢式车。\n"
    members = {code for r in _records(index, text) for code in r["members"]}
    assert "211221" not in members and "211200" in members
    text = "辽宁省\n　　营口市鲅鱼圈区依托营口经济技术开发区，重点发展汽车零部件和船舶配套。\n"
    assert {code for r in _records(index, text) for code in r["members"]} == {"210804"}


def test_an_industry_whose_growth_is_pushed_in_listed_counties(index: PlaceIndex) -> None:
    text = "贵州省\n　　东翼以铜仁市为主体，重点推进江口县、石阡县温泉和佛教文化旅游发展。\n"
    got = {code: r for r in _records(index, text) for code in r["members"]}
    assert "温泉和佛教文化旅游" in got["520621"]["industry"] and "520623" in got
    text = "贵州省\n　　重点推进贵阳市、遵义市一体化发展。\n"
    assert _records(index, text) == []


def test_a_numbered_site_with_its_place_in_brackets(index: PlaceIndex) -> None:
    text = "陕西省\n　　5.黄帝陵（黄陵县）：建设祭祀广场和黄帝文化园。\n　　6.发展目标（2025年）：建成一批精品景区。\n"
    records = _records(index, text)
    assert [(r["name"], r["members"]) for r in records] == [("黄帝陵", ["610632"])]


def test_two_things_made_to_work_together_is_a_process(index: PlaceIndex) -> None:
    text = "福建省\n　　宁德市——在福安市集中建设不锈钢基地，推进宁德不锈钢产业基地与临港装备制造配套发展。\n"
    assert {code for r in _records(index, text) for code in r["members"]} == {"350981"}


def _codes_of(index: PlaceIndex, text: str) -> set[str]:
    return {code for r in _records(index, text) for code in r["members"]}


def test_a_base_on_the_producing_areas_or_mining_fields_of_the_places_listed(index: PlaceIndex) -> None:
    text = "湖南省\n　　依托汉寿县、南县、沅江市等优质水稻主产区，建设优质稻米加工基地，打造区域公用品牌。\n"
    assert _codes_of(index, text) == {"430722", "430921", "430981"}
    text = "云南省\n　　个旧市、蒙自市依托老厂、卡房矿区建设锡资源综合利用产业园。\n"
    assert _codes_of(index, text) == {"532501", "532503"}


def test_a_pace_adverb_before_the_role_verb(index: PlaceIndex) -> None:
    text = "湖北省\n　　此外，宜昌市夷陵区、远安县要立足磷矿资源，稳步发展磷化工和新材料。\n"
    got = {code: r for r in _records(index, text) for code in r["members"]}
    assert set(got) == {"420506", "420525"} and "磷化工" in got["420525"]["industry"]


def test_whom_a_zone_serves_describes_it(index: PlaceIndex) -> None:
    text = "江苏省\n　　1. 康养基地：在溧阳市、宜兴市建设面向上海老年人的康养服务基地。\n"
    assert _codes_of(index, text) == {"320481", "320282"}


def test_a_region_heading_located_by_its_city_and_the_county_it_centres_on(index: PlaceIndex) -> None:
    text = "陕西省\n（三）陕北煤制油基地。\n榆林市以神木市为重点，发展煤制油和煤制烯烃，打造陕北煤制油基地。\n"
    assert _codes_of(index, text) == {"610881"}


def test_a_region_defined_by_the_cities_that_make_it_is_a_scope(index: PlaceIndex) -> None:
    text = ("湖南省\n　　长株潭城市群是以长沙为中心，由长沙、株洲、湘潭3市构成的城市群。\n"
            "　　株洲市重点发展轨道交通装备。\n")
    assert _codes_of(index, text) == {"430200"}


def test_a_belt_along_the_ports_and_shoreline_of_the_places(index: PlaceIndex) -> None:
    text = ("安徽省\n（二）一带：沿江产业带。沿长江，依托芜湖、马鞍山、铜陵沿江港口和岸线资源，重点发展钢铁、建材等"
            "临港产业，形成沿江先进制造业带。\n")
    assert {"340200", "340500", "340700"} <= _codes_of(index, text)


def test_what_is_no_zone_joining_bodies_networks_tasks_and_the_guiding_line(index: PlaceIndex) -> None:
    texts = [
        "陕西省\n（一）指导思想。以科学发展观为指导，以关中城市群为依托，以工业园区为载体，推动产业集聚发展。\n",
        "陕西省\n　　原渭南地区所属各县（市）要积极配合渭南市做好园区整合工作。\n",
        "吉林省\n　　积极融入“长吉图”开发开放先导区建设和东北亚区域合作。\n",
        "四川省\n　　省天府新区建设领导小组负责重大事项决策，各成员单位要主动支持。\n",
        "四川省\n　　构建以成都为中心、辐射全国主要城市的地面集疏网络。\n",
        "四川省\n　　成都市和双流区、新津区在新区范围内的社会事务由新区统一管理。\n",
        "浙江省\n　　文成等26个加快发展县（市、区）可放宽到5年。\n",
        "福建省\n　　建立福莆宁大都市区同城化党政联席会议制度。支持兴业银行、福州国际银行等金融机构开展跨区域服务。\n",
    ]
    for text in texts:
        assert _records(index, text) == [], text


def test_a_part_label_then_its_zone_and_where_it_lies(index: PlaceIndex) -> None:
    text = ("河南省\n　　2. 东区为商展交易区，位于中牟县境内，重点发展商品展示交易。\n"
            "　　3. 南区为高端制造业集聚区，主要在新郑市境内，重点发展智能终端。\n")
    assert {(r["name"], tuple(r["members"])) for r in _records(index, text)} == {
        ("商展交易区", ("410122",)), ("高端制造业集聚区", ("410184",))}


def test_a_zone_heading_with_no_place_sited_by_the_next_sentence(index: PlaceIndex) -> None:
    text = "四川省\n（五）空港物流园。\n位于双流区和新津区交界的机场周边，重点发展航空物流和保税仓储。\n"
    records = _records(index, text)
    assert [(r["name"], sorted(r["members"])) for r in records] == [("空港物流园", ["510116", "510118"])]


def test_labelled_items_sited_in_a_county(index: PlaceIndex) -> None:
    text = "青海省\n　　2. 牦牛肉加工：重点在玛沁县布局，发展牦牛肉冷链加工。\n"
    assert _codes_of(index, text) == {"632621"}
    text = "四川省\n　　3. 花椒特色加工：依托汉源县花椒资源，建设特色农产品加工园。\n"
    assert _codes_of(index, text) == {"511823"}
    text = "吉林省\n　　在前郭、长岭等县发展肉牛规模养殖和精深加工。\n"
    assert _codes_of(index, text) == {"220721", "220722"}


def test_field_work_mining_fields_and_projects_under_a_dash_heading(index: PlaceIndex) -> None:
    text = ("陕西省\n——延安石油板块。\n在吴起县、志丹县推进油气勘探开发。\n"
            "——彬长煤炭开发带。\n在彬州市、长武县规划建设彬长矿区。\n——渭北煤电化工带。\n沿渭河，在蒲城县、澄城县布局建设煤电和煤化工项目。\n")
    records = _records(index, text)
    got = {code: r for r in records for code in r["members"]}
    assert {"610626", "610625", "610482", "610428", "610526", "610525"} <= set(got)
    assert "油气勘探开发" in got["610626"]["industry"] and "彬长矿区" in got["610482"]["name"]
    assert got["610526"]["group"] == "渭北煤电化工带"


def test_a_zone_two_partners_build_together_lies_in_both(index: PlaceIndex) -> None:
    text = "江苏省\n　　推动南京市江宁区与宿迁市宿豫区对接，共建宁宿合作园区，重点发展电子信息和智能装备。\n"
    records = _records(index, text)
    assert [(r["name"], sorted(r["members"])) for r in records] == [("宁宿合作园区", ["320115", "321311"])]
    assert "电子信息" in records[0]["industry"]
    assert _records(index, "江苏省\n　　推动南京市与宿迁市加强协作，推进产业合作。\n") == []


def test_a_park_built_in_a_district_named_by_the_city_whose_short_name_is_also_a_county(index: PlaceIndex) -> None:
    text = "湖南省\n　　长沙市重点发展工程机械和新材料，在望城区建设长沙铜官窑文化产业园，打造文化旅游基地。\n"
    park = [r for r in _records(index, text) if r["name"] == "长沙铜官窑文化产业园"]
    assert [r["members"] for r in park] == [["430112"]]  # not 长沙县 430121


def test_a_supported_park_sited_in_brackets(index: PlaceIndex) -> None:
    text = "广东省\n　　支持梅州高新区（梅江区）承接电子元器件产业转移，发展手机配件和LED。\n"
    assert [(r["name"], r["members"]) for r in _records(index, text)] == [("梅州高新区", ["441402"])]


def test_the_paragraph_that_ends_with_the_preamble_formula_designates_nothing(index: PlaceIndex) -> None:
    text = ("贵州省人民政府关于加快毕节经济开发区发展的若干意见\n"
            "毕节经济开发区是我省黔西北城市群的重要组成部分，是全省承接东部产业转移的主要平台。为加快园区发展，现提出如下意见。\n"
            "一、重点任务\n（一）七星关区重点发展新能源汽车和装备制造。\n")
    assert _codes_of(index, text) == {"520502"}


def test_a_town_after_its_county_does_not_break_the_list(index: PlaceIndex) -> None:
    text = "浙江省\n　　3. 宜居生活基地：德清县莫干、安吉县、长兴县规划建设宜居新城。\n"
    assert _codes_of(index, text) == {"330521", "330523", "330522"}


def test_a_sentence_reporting_the_recent_past_designates_nothing(index: PlaceIndex) -> None:
    text = ("陕西省\n　　近年来，陕北地区能源开发步伐明显加快，榆林煤制烯烃项目建成投产，神木煤电一体化项目稳步推进。\n"
            "　　在府谷县建设煤电一体化基地。\n")
    assert _codes_of(index, text) == {"610822"}


def test_parks_that_are_the_means_of_a_leading_city(index: PlaceIndex) -> None:
    text = ("福建省\n　　以福州为龙头，依托福州高新技术产业开发区和福州马尾经济技术开发区，重点发展电子信息和装备制造，"
            "形成闽江口先进制造业带。\n")
    assert _codes_of(index, text) == {"350100"}  # not 马尾区 350105 from the means park


def _all_codes(index: PlaceIndex, text: str) -> set[str]:
    return {code for r in _records(index, text) for code in r["members"]}


def test_preamble_of_an_implementation_plan_and_its_own_scope_designate_nothing(index: PlaceIndex) -> None:
    text = ("湖南省\n　　为贯彻落实《国务院关于同意设立湖南湘江新区的批复》，加快推进湖南湘江新区（以下简称新区）建设，"
            "制定本实施方案。\n")
    assert _all_codes(index, text) == set()
    text = ("湖南省\n三、空间布局\n（一）新区范围。新区规划面积490平方公里，包括长沙市岳麓区部分区域和望城区部分区域，"
            "重点发展先进制造业和现代服务业。\n")
    assert _all_codes(index, text) == set()


def test_a_mechanism_a_cooperation_and_a_linked_free_trade_area_part_are_no_zones(index: PlaceIndex) -> None:
    text = "吉林省\n　　探索建立长春、吉林两市与新区之间的利益分享机制。\n"
    assert _all_codes(index, text) == set()
    text = "吉林省\n　　推进新区与长春经济技术开发区、吉林高新技术产业开发区协同发展。\n"
    assert _all_codes(index, text) == set()
    text = "湖南省\n　　依托长沙县，联动中国（湖南）自由贸易试验区长沙片区，重点发展工程机械和汽车零部件。\n"
    assert _all_codes(index, text) == {"430121"}


def test_a_belt_heading_named_by_abbreviations_is_where_its_route_runs(index: PlaceIndex) -> None:
    text = ("安徽省\n（二）建设三条产业发展带。\n"
            "1.合芜产业带。沿合芜高速公路，以肥东县为起点，向芜湖市湾沚区、繁昌区延伸，重点发展汽车零部件。\n"
            "2.合滁产业带。沿合宁高速公路和京沪高铁，以长丰县、滁州市南谯区为重点，重点发展家电配套。\n")
    belts = {r["group"]: {c for x in _records(index, text) if x["group"] == r["group"] for c in x["members"]}
             for r in _records(index, text)}
    assert belts["合芜产业带"] == {"340122", "340210", "340212"}  # 湾沚区, 繁昌区
    assert belts["合滁产业带"] == {"340121", "341103"}


def test_a_park_named_by_two_places_is_where_its_brackets_say_and_the_guiding_goal_is_no_zone(
        index: PlaceIndex) -> None:
    text = "江西省\n　　2.南昌共青现代产业园区（共青城市）：由南昌市与共青城市共建，重点发展纺织服装。\n"
    assert _all_codes(index, text) == {"360482"}
    text = ("湖南省\n（一）指导思想。深入贯彻新发展理念，以两型社会建设为主线，努力把长株潭城市群建设成为全国两型社会"
            "建设的示范区。\n")
    assert _all_codes(index, text) == set()


def test_a_place_after_a_park_shares_the_parks_role(index: PlaceIndex) -> None:
    text = "河南省\n　　许昌经济技术开发区和长葛市重点发展电力装备和再生金属。\n"
    records = _records(index, text)
    assert {code for r in records for code in r["members"]} == {"411000", "411082"}
    assert any(r["members"] == ["411082"] and "电力装备" in r["industry"] for r in records)


def test_a_heading_zone_is_where_the_next_clause_places_it(index: PlaceIndex) -> None:
    # named after two cities, built in counties of either
    text = ("浙江省\n（二）两区。\n"
            "2．嘉兴—湖州纺织产业集聚区。以桐乡市、海宁市、吴兴区为主要载体，做强化纤和纺织印染。\n")
    assert {c for r in _records(index, text) for c in r["members"]} == {"330483", "330481", "330502"}
    # 以…为主体 narrows a region written as one name to the cities it names; 以…为中心 names only the centre
    text = "云南省\n（一）建设滇中生物医药基地。以昆明、玉溪两市为主体，统筹园区布局，重点发展现代中药。\n"
    assert {c for r in _records(index, text) for c in r["members"]} == {"530100", "530400"}
    text = "云南省\n（一）建设滇中生物医药基地。以昆明为中心，重点发展现代中药。\n"
    assert "530300" in {c for r in _records(index, text) for c in r["members"]}
    text = "云南省\n（一）建设滇中生物医药基地。以昆明、玉溪为重点，重点发展现代中药。\n"
    assert "530300" in {c for r in _records(index, text) for c in r["members"]}
    # a means clause (依托…资源，) before the clause that places the zone
    text = "云南省\n1．昆明生物医药产业集群。依托中药材资源，在呈贡区重点发展现代中药，在安宁市发展化学药。\n"
    assert {c for r in _records(index, text) for c in r["members"]} == {"530114", "530181"}
    # a heading read as two zones keeps the places of the clause within each
    text = "黑龙江省\n1．大庆—齐齐哈尔石化基地。以让胡路区、龙沙区为核心，发展合成树脂。\n"
    assert {c for r in _records(index, text) for c in r["members"]} == {"230604", "230202"}


def test_a_place_in_brackets_after_a_research_body_is_its_seat_not_a_zone(index: PlaceIndex) -> None:
    text = "黑龙江省\n支持企业与哈尔滨工程大学、中国船舶燃气轮机研究中心（哈尔滨）等院所合作，建设研发中心。\n"
    assert _all_codes(index, text) == set()
    text = "黑龙江省\n加快建设哈尔滨新区生物医药产业园（松北区），重点发展生物医药。\n"
    assert _all_codes(index, text) == {"230109"}


def test_preamble_with_a_long_topic_and_a_council_system_designate_nothing(index: PlaceIndex) -> None:
    text = "云南省\n为加快推进滇中地区产业转型升级，现就加快滇中地区生物医药产业集群发展提出如下实施意见。\n"
    assert _all_codes(index, text) == set()
    text = "云南省\n省工业和信息化厅牵头建立滇中生物医药产业集群发展联席会议制度，统筹协调重大问题。\n"
    assert _all_codes(index, text) == set()
    text = "云南省\n为加快推进滇中生物医药产业集群建设，现将有关事项通知如下：\n"
    assert _all_codes(index, text) == set()
    for ending in ("现制定如下实施方案。", "特制定以下措施。", "结合实际，制定如下意见。"):
        assert _all_codes(index, "云南省\n为加快推进滇中城市经济圈产业发展，" + ending + "\n") == set()


def test_a_bare_layout_noun_refers_back_to_the_zone_named_before(index: PlaceIndex) -> None:
    text = ("浙江省\n加快建设山海协作产业合作区，由杭州、衢州两市共建，合作区位于衢江区、龙游县，"
            "重点发展新材料和装备制造。\n")
    records = _records(index, text)
    assert [(r["name"], set(r["members"])) for r in records] == [("山海协作产业合作区", {"330803", "330825"})]


def test_a_plant_drawn_on_is_no_zone(index: PlaceIndex) -> None:
    text = "海南省\n昌江黎族自治县依托昌江核电和华能电厂，建设海南清洁能源基地。\n"
    records = _records(index, text)
    assert [r["name"] for r in records] == ["昌江黎族自治县海南清洁能源基地"]


def test_inviting_investors_is_no_zone_and_a_measured_pace_is_a_role(index: PlaceIndex) -> None:
    text = ("　　（五）培育骨干企业。支持区内化工企业通过兼并重组、战略合作做大做强，"
            "鼓励省内外大型化工企业到陇东地区投资建设重大项目，形成一批龙头企业。\n")
    assert _all_codes(index, text) == set()
    assert _all_codes(index, "云南省\n积极吸引海内外客商到滇中产业新区投资兴业。\n") == set()
    text = ("　　（三）培育多个特色园区。支持陆良县发展天然气化工配套产业；富源县、师宗县结合气源条件，"
            "适度发展天然气制氢和液化天然气（LNG）产业。\n")
    got = _by_members(_records(index, text))
    assert set(got) == {("530322",), ("530325",), ("530323",)}
    assert got[("530323",)]["industry"] == "天然气制氢和液化天然气（LNG）"


def test_a_counted_part_of_a_list_then_the_list_goes_on(index: PlaceIndex) -> None:
    text = ("　　（三）东部高原特色农业带。以大理、保山两市和德宏州为主体，建设优质咖啡种植和加工基地；"
            "保山市隆阳区重点建设咖啡产业园。\n")
    codes = {c for r in _records(index, text) if r["group"] == "东部高原特色农业带" for c in r["members"]}
    assert {"532900", "530500", "533100"} <= codes


def test_a_base_opens_the_fields_of_the_places_it_names(index: PlaceIndex) -> None:
    text = ("黑龙江省\n（二）煤炭产业。\n2．东部煤电煤化工基地。重点开发鹤岗市东山区矿区、双鸭山市宝山区矿区和七台河市"
            "茄子河区矿区，发展煤电和煤制甲醇。\n")
    records = _records(index, text)
    assert {c for r in records for c in r["members"]} == {"230406", "230506", "230904"}
    assert {r["group"] for r in records} == {"东部煤电煤化工基地"}


def test_a_counted_list_of_part_names_is_not_where_the_parts_are(index: PlaceIndex) -> None:
    text = "甘肃省\n（二）煤炭产业。重点建设宁正、沙井子、华亭、靖远四大煤炭基地。\n"
    assert _all_codes(index, text) == set()
    text = "甘肃省\n（二）煤炭产业。重点建设华亭、靖远两大煤炭基地。\n"
    assert _all_codes(index, text) == {"620881", "620421"}


def test_relocating_or_cleaning_up_an_area_is_no_zone(index: PlaceIndex) -> None:
    text = "黑龙江省\n加快齐齐哈尔富拉尔基老工业区搬迁改造，推动企业退城入园。\n"
    assert _all_codes(index, text) == set()
    text = "云南省\n加快个旧老厂、东川汤丹、兰坪金顶等重点区域综合整治。\n"
    assert _all_codes(index, text) == set()
    text = "云南省\n加快推进昆明市五华区老工业区整体搬迁工作。\n"
    assert _all_codes(index, text) == set()
    # a table row's role may move plants into the park (化学制剂搬迁改造): the park is still a zone
    text = ("黑龙江省\n　　专栏　重点生物医药园区\n　　序号　园区名称　所在地　主导方向\n"
            "　　1　哈药集团利民产业园　呼兰区　化学制剂搬迁改造\n　　2　哈尔滨生物医药产业园　松北区　生物制品\n")
    assert _all_codes(index, text) == {"230111", "230109"}


def test_a_zone_named_after_its_city_grows_where_the_next_clause_says(index: PlaceIndex) -> None:
    text = "浙江省\n加快宁波梅山保税港区建设，在北仑区发展国际物流和航运服务。\n"
    records = _records(index, text)
    assert {c for r in records for c in r["members"]} == {"330206"}
    assert {r["industry"] for r in records} >= {"国际物流和航运服务"}


def test_a_heading_zone_lies_where_its_body_says_it_is_spread(index: PlaceIndex) -> None:
    text = "黑龙江省\n三、产业布局\n（二）东部煤化工基地。主要分布在鹤岗市、双鸭山市，发展煤制甲醇。\n"
    got = _by_members(_records(index, text))
    assert set(got) == {("230400", "230500")} and got[("230400", "230500")]["name"] == "东部煤化工基地"
    assert got[("230400", "230500")]["industry"] == "煤制甲醇"
    text = "黑龙江省\n三、产业布局\n（二）鹤岗煤化工基地。主要分布在东山区、兴山区，重点发展煤制甲醇。\n"
    assert _all_codes(index, text) == {"230406", "230407"}


def test_the_places_that_carry_a_zone(index: PlaceIndex) -> None:
    text = "黑龙江省\n三、产业布局\n（二）东部煤化工基地。以鹤岗市、双鸭山市为主要承载地，发展煤制甲醇。\n"
    got = _by_members(_records(index, text))
    assert set(got) == {("230400", "230500")} and got[("230400", "230500")]["industry"] == "煤制甲醇"
