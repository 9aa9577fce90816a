"""Known answers for the general rules added after blind batch 34 (tests/docs/README.md, "Batch 34"), worded for
other provinces than the documents they came from, so that each rule is shown to be general."""

from __future__ import annotations

from extract_helpers import records as _records

from geo.extract import PlaceIndex


def _codes(records: list[dict], key: str) -> set[str]:
    return {c for r in records if key in r["name"] or key in r["group"] for c in r["members"]}


def test_a_focus_list_grouped_by_prefecture_goes_on_after_a_comma(index: PlaceIndex) -> None:
    # 以A市a县、b县，B市c县、d县为重点: the comma separates the prefectures' parts of one 以 list
    text = ("陕西省人民政府\n三、布局\n（一）设施蔬菜。\n1.发展日光温室蔬菜，以榆林市榆阳区、神木市，"
            "延安市宝塔区、安塞区为重点，建设设施蔬菜基地。\n")
    got = _records(index, text)
    assert {"610802", "610881", "610602", "610603"} <= {c for r in got for c in r["members"]}
    # a closed 以 frame before the comma is not continued
    text = "陕西省人民政府\n三、布局\n（一）以榆林市为重点，延安市宝塔区发展苹果。\n"
    got = _records(index, text)
    assert not any({"610800", "610602"} <= set(r["members"]) for r in got)


def test_focus_prefectures_then_their_counties_built(index: PlaceIndex) -> None:
    # prefectures as the focus, then in the same sentence the counties of just those prefectures: the counties
    text = ("黑龙江省人民政府\n三、布局\n（一）水稻优势区。\n1.松嫩平原优质水稻优势区。以哈尔滨市、绥化市为重点，"
            "建设五常市、方正县、庆安县、北林区等优质水稻生产基地县，打造全国重要的优质粳稻基地。\n")
    got = _records(index, text)
    wanted = {"230184", "230124", "231224", "231202"}
    assert _codes(got, "松嫩平原优质水稻优势区") == wanted
    assert not any(c in ("230100", "231200") for r in got for c in r["members"])
    # the prefectures may be counted before 为 (两市)
    text = ("黑龙江省人民政府\n三、布局\n（一）水稻。\n1.发展优质粳稻，以哈尔滨、绥化两市为重点，建设五常市、方正县、"
            "庆安县、北林区等优质水稻生产基地县。\n")
    assert _codes(_records(index, text), "两市为重点") == wanted
    # when a listed county lies outside the focus prefectures, the prefectures stay
    text = ("黑龙江省人民政府\n三、布局\n（一）水稻优势区。\n1.松嫩平原优质水稻优势区。以哈尔滨市、绥化市为重点，"
            "建设五常市、方正县、富锦市等优质水稻生产基地县。\n")
    got = _records(index, text)
    assert "230100" in _codes(got, "以哈尔滨市、绥化市为重点")


def test_a_table_row_named_by_a_landmark_the_gazetteer_knows(index: PlaceIndex) -> None:
    # 武当山 is a region alias of 丹江口市: as the name cell of a row whose 所在地 is that unit, it names the row
    text = ("湖北省人民政府\n专栏　重点景区\n序号　景区名称　所在地　建设内容\n"
            "1　武当山　十堰市丹江口市　道教文化旅游\n2　神农架大九湖　神农架林区　湿地生态旅游\n")
    got = _records(index, text)
    assert any(r["name"] == "武当山" and r["members"] == ["420381"] for r in got)
    # a landmark cell whose 所在地 is another unit is not taken as the row's name
    text = ("山西省人民政府\n专栏　重点景区\n序号　景区名称　所在地　建设内容\n1　五台山　大同市平城区　佛教文化旅游\n")
    assert not any(r["name"] == "五台山" for r in _records(index, text))
    # a 所在地 cell naming only the prefecture: the site's own county is the finer place
    text = ("安徽省人民政府\n专栏　重点景区\n序号　景区名称　所在地　建设内容\n1　九华山　池州市　佛教文化旅游\n")
    assert [(r["name"], r["members"]) for r in _records(index, text)] == [("九华山", ["341723"])]
