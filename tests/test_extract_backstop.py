"""The sentence backstop: a list no frame reads goes to the zone its sentence builds, with a low confidence; and
the cases where it must stay out (prohibitions, a city whose district the sentence names, institutions, regions).
"""

from __future__ import annotations

from geo.extract import PlaceIndex
from tests.extract_helpers import records


def _read(index: PlaceIndex, province: str, body: str) -> list[dict]:
    return records(index, f"{province}人民政府关于印发规划的通知\n三、产业布局\n{body}\n")


def test_a_list_no_frame_reads_goes_to_the_zone_its_sentence_builds(index: PlaceIndex) -> None:
    # 提升A、B…水平，建设X基地: the list sits inside the object of a verb no frame knows
    got = _read(index, "河南省", "提升巩义市、汝州市铝加工水平，建设豫西铝工业基地。")
    parks = [r for r in got if r["name"].endswith("铝工业基地")]
    assert {code for r in parks for code in r["members"]} == {"410181", "410482"}
    assert all(r["confidence"] <= 0.5 for r in parks)  # a reviewer sees the backstop's readings first


def test_a_prohibition_places_no_zone(index: PlaceIndex) -> None:
    assert _read(index, "湖南省", "严禁在常德、益阳的湖区布局化工园区。") == []


def test_the_city_whose_district_the_sentence_names_is_no_member(index: PlaceIndex) -> None:
    got = _read(index, "湖南省", "支持常德市在鼎城区建设农产品加工园区。")
    assert {code for r in got for code in r["members"]} == {"430703"}


def test_a_place_inside_an_institutions_name_is_no_member(index: PlaceIndex) -> None:
    got = _read(index, "湖南省", "依托长沙理工大学、湘潭大学等高校，建设新能源装备研发中心。")
    assert not {code for r in got for code in r["members"]} & {"430100", "430300"}


def test_a_partner_in_the_lists_clause_keeps_it_out(index: PlaceIndex) -> None:
    got = _read(index, "湖南省", "加强与广州、深圳的产业对接，打造承接产业转移示范区。")
    assert not {code for r in got for code in r["members"]} & {"440100", "440300"}
