"""Ordinary words that hold a place's short name (geo/data/inner_words.csv, scripts/derive_inner_words.py).

Known answers: the word swallows the short name (钱塘江 is no 钱塘区, 合作社 no 合作市), while a product or a zone
named after a real place keeps it (普洱茶产业基地 is in 普洱市; 武汉东湖新技术开发区 in 武汉市). And the table's
invariants: each row's word holds the short names it lists, and a gazetteer full name sits inside a word only when
the word is an institution (tag nt, or …政府 …局: 湖北省人民政府 is never a designation).
"""

from __future__ import annotations

import csv
import re

import pytest

from geo.extract import PlaceIndex, extract_document
from geo.extract.inner_words import DIRECTIONS, TABLE, inner_words
from geo.extract.writer import layer_mapping
from geo.gazetteer import get_gazetteer
from geo.textio import read_document

INSTITUTION = re.compile(r"(政府|省委|市委|大学|学院|银行|公司|交易所|局|厅|部|委员会)$")


@pytest.fixture(scope="module")
def index() -> PlaceIndex:
    return PlaceIndex()


def _members(index: PlaceIndex, text: str) -> set[str]:
    doc = read_document(text.encode("utf-8"), name="inner.txt")
    return {m for r in layer_mapping(extract_document(doc, index), "inner.txt")["designations"] for m in r["members"]}


def test_a_river_named_like_a_district_is_no_district(index: PlaceIndex) -> None:
    text = ("浙江省人民政府关于加快绿色发展的意见\n二、布局\n禁止在钱塘江源头地区布局化工项目。"
            "在衢州市建设氟硅新材料产业基地。\n")
    assert _members(index, text) == {"330800"}  # not 钱塘区 330114


def test_a_cooperative_is_no_city(index: PlaceIndex) -> None:
    text = ("甘肃省人民政府关于加快甘南州特色农牧业发展的意见\n二、布局\n在夏河县、碌曲县建设牦牛藏羊养殖基地。"
            "扶持发展农民专业合作社，推广“龙头企业+合作社+基地+农户”的产业化经营模式。\n")
    members = _members(index, text)
    assert "623001" not in members  # 合作市
    assert {"623027", "623026"} <= members


def test_a_product_or_zone_named_after_a_place_keeps_it(index: PlaceIndex) -> None:
    tea = "云南省人民政府关于加快茶产业发展的意见\n二、布局\n在普洱市、临沧市建设普洱茶产业基地。\n"
    assert {"530800", "530900"} <= _members(index, tea)
    zone = "湖北省人民政府关于光电子产业的意见\n二、布局\n以武汉东湖新技术开发区为核心，建设光电子信息产业基地。\n"
    assert "420100" in _members(index, zone)


def test_table_rows_hold_what_they_say_and_hide_no_full_name() -> None:
    with TABLE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) > 1000 and {r["word"] for r in rows} | DIRECTIONS == inner_words()
    gazetteer = get_gazetteer()
    full = {e.name for e in gazetteer.name_index() if e.kind in ("full", "composite", "region", "alias")}
    names = {e.name for e in gazetteer.name_index()}
    for row in rows:
        word = row["word"]
        assert word not in names, word
        assert all(short in word and len(short) < len(word) for short in row["contains"].split("、")), row
        if any(name in word for name in full if len(name) >= 2):
            assert row["tag"] == "nt" or INSTITUTION.search(word), row
    frequencies = [int(r["frequency"]) for r in rows]
    assert frequencies == sorted(frequencies, reverse=True)


def test_a_southern_part_is_no_county_and_the_county_stays(index: PlaceIndex) -> None:
    text = ("四川省人民政府关于加快产业功能区建设的意见\n一、总体布局\n（三）南部片区。\n"
            "双流区重点建设成都芯谷，发展集成电路。\n（四）北部片区。\n在南部县建设现代农业产业园。\n")
    members = _members(index, text)
    assert "511321" in members  # 在南部县…: the county
    doc = read_document(text.encode("utf-8"), name="inner.txt")
    records = layer_mapping(extract_document(doc, index), "inner.txt")["designations"]
    assert not any("南部片区" in r["name"] + r.get("group", "") and "511321" in r["members"] for r in records)
