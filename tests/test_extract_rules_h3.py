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
