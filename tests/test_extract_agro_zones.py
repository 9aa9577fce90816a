"""An agricultural plan's zone nouns (优势区, 主产区, 示范带) make designations like 基地 and 产业带 do.

Known answer on a short plan in the register of a province's 特色农业 意见: the two 优势区 of a 两区 heading are
found, with the industry their names carry and the counties the body's 位于 sentence gives.
"""

from __future__ import annotations

from geo.extract import PlaceIndex, extract_document
from geo.extract.writer import layer_mapping
from geo.textio import read_document

TEXT = """湖南省人民政府关于加快武陵山片区特色农业发展的意见
各市州、县市区人民政府，省政府各厅委、各直属机构：
为加快武陵山片区特色农业发展，现提出如下意见。
二、总体布局
（二）两区：湘西柑橘优势区和怀化中药材优势区。湘西柑橘优势区位于泸溪县、凤凰县，怀化中药材优势区位于靖州苗族侗族自治县、会同县。
（三）多基地：在石门县建设柑橘加工基地，在安化县建设黑茶产业基地。
"""


def test_advantage_zones_are_designations_with_their_counties() -> None:
    doc = read_document(TEXT.encode("utf-8"), name="agro.txt")
    records = list(layer_mapping(extract_document(doc, PlaceIndex()), "agro.txt")["designations"])
    sited = {(r["industry"], code) for r in records for code in r["members"]}
    assert {("柑橘", "433122"), ("柑橘", "433123"), ("中药材", "431229"), ("中药材", "431225")} <= sited
    assert {("柑橘加工", "430726"), ("黑茶", "430923")} <= sited
