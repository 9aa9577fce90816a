"""Renamed and merged counties (户县 -> 鄠邑区, 崇安区 -> 梁溪区): plans of 2009-2018 name them as they were.

``scripts/derive_history.py`` derives only changes that keep the name's stem (海门市 -> 海门区); a new name or a merge
is not derivable from two code tables without guessing (an old county that vanished and a new district that appeared
in the same prefecture are often not the same place: 寿县 moved to 淮南, 叶集区 was cut from 霍邱县). These rows were
listed from the old tables' vanished codes and looked up one by one (民政部 annual change lists), into history.csv.
"""

from __future__ import annotations

import pytest
from extract_helpers import records

from geo.extract import PlaceIndex
from geo.resolver import resolve


@pytest.mark.parametrize(
    ("old", "new"),
    [("户县", "610118"), ("郫县", "510117"), ("遵义县", "520304"), ("宜宾县", "511504"), ("陕县", "411203"),
     ("华县", "610503"), ("安县", "510705"), ("九江县", "360404"), ("上饶县", "361104"), ("许昌县", "411003"),
     ("开封县", "410212"), ("株洲县", "430212"), ("铜陵县", "340706"), ("芜湖县", "340210"), ("滦县", "130284"),
     ("崇安区", "320213"), ("戚墅堰区", "320412"), ("江东区", "330212"), ("长岛县", "370614"), ("那曲县", "540602")],
)
def test_renamed_county_resolves_to_its_successor_with_year(old: str, new: str) -> None:
    top = resolve(old)[0]
    assert top.adcodes == (new,) and top.kind == "historical"


def test_split_county_resolves_to_every_successor() -> None:
    assert set(resolve("江干区")[0].adcodes) == {"330102", "330114"}


@pytest.mark.parametrize(
    ("issuer", "sentence", "expected"),
    [
        ("陕西省", "在户县建设葡萄产业基地，在华县建设蔬菜基地。", {"葡萄": {"610118"}, "蔬菜": {"610503"}}),
        # the former county's short name must not take the prefecture's: 遵义 stays 遵义市
        ("贵州省", "在遵义县建设白酒产业基地，在遵义建设装备制造产业园。", {"白酒": {"520304"}, "装备": {"520300"}}),
        ("江西省", "在九江县建设化工产业园，在九江建设石化产业基地。", {"化工产业园": {"360404"}, "石化": {"360400"}}),
    ],
)
def test_plan_sentences_with_former_names(
    issuer: str, sentence: str, expected: dict[str, set[str]], index: PlaceIndex
) -> None:
    found = records(index, f"{issuer}人民政府关于印发产业发展规划的通知\n{sentence}")
    for key, codes in expected.items():
        got = [set(r["members"]) for r in found if key in r["name"] + (r.get("industry") or "")]
        assert codes in got, (key, got)
