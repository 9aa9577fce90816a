"""A sentence that opens with an outline number or item mark is read like a body sentence.

Real plans number whole sentences: （一）依托…资源，建设…, 1．攀枝花市依托…, 一是…, ——…. The frames anchor at the
start of a clause, so the mark used to hide the sentence (none of the cases below found anything with a mark before
them, all of them without). Known answers, each with every kind of mark; and a mark whose first clause names the item
(二是汉江生态文化旅游带，…) still labels it.
"""

from __future__ import annotations

import pytest

from geo.extract import PlaceIndex, extract_document
from geo.extract.writer import layer_mapping
from geo.textio import read_document

HEAD = "四川省人民政府关于加快产业发展的意见\n各市（州）、县（市、区）人民政府：\n二、产业布局\n（一）重点区域。\n"
CASES = [
    ("达州市要依托天然气资源，建设天然气化工产业集聚区。", {"511700"}),
    ("达州、南充、广安三市要依托天然气资源，建设天然气化工产业集聚区。", {"511700", "511300", "511600"}),
    ("攀枝花市依托钒钛磁铁矿资源，重点发展钒钛新材料。", {"510400"}),
    ("依托宜宾、泸州的白酒资源优势，打造白酒产业集群。", {"511500", "510500"}),
    ("利用广元、巴中的生态资源，发展生态旅游。", {"510800", "511900"}),
]
MARKS = ["（二）", "1．", "（1）", "一是", "——"]


@pytest.fixture(scope="module")
def index() -> PlaceIndex:
    return PlaceIndex()


def _members(index: PlaceIndex, text: str) -> set[str]:
    doc = read_document(text.encode("utf-8"), name="item.txt")
    return {m for r in layer_mapping(extract_document(doc, index), "item.txt")["designations"] for m in r["members"]}


@pytest.mark.parametrize("mark", MARKS)
@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_a_numbered_sentence_is_read_like_a_body_sentence(
        index: PlaceIndex, mark: str, sentence: str, expected: set[str]) -> None:
    assert _members(index, HEAD + mark + sentence + "\n") == expected


def test_an_item_that_names_its_zone_keeps_the_name_as_its_label(index: PlaceIndex) -> None:
    text = ("湖北省人民政府关于旅游业发展的意见\n二、布局\n两带：一是长江三峡生态文化旅游带，以夷陵区、秭归县为重点，"
            "打造三峡国际旅游黄金线；二是汉江生态文化旅游带，沿汉江串联十堰、襄阳两市，发展山水观光和汽车工业旅游。\n")
    doc = read_document(text.encode("utf-8"), name="item.txt")
    records = layer_mapping(extract_document(doc, index), "item.txt")["designations"]
    labelled = {code for r in records if "汉江生态文化旅游带" in (r["name"] + r.get("group", ""))
                for code in r["members"]}
    assert {"420300", "420600"} <= labelled
