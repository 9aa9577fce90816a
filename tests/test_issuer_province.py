"""The document's province comes from the government that issues it, when the opening names one.

Known answers: a 宁夏 plan about 贺兰山东麓 (which holds 山东 in every mention) is 宁夏's; a city government's plan is
its province's; a national body's text, which names no issuing place, is still read by counting names.
"""

from __future__ import annotations

from geo.resolver import infer_province

HELAN = ("宁夏回族自治区人民政府关于加快贺兰山东麓葡萄产业发展的意见\n宁政发〔2013〕××号\n各市、县（区）人民政府：\n"
         + "贺兰山东麓是适宜种植酿酒葡萄的地带。" * 12 + "在银川市建设葡萄酒交易中心。\n")


def test_the_issuer_outweighs_a_province_name_hidden_in_the_subject() -> None:
    guess = infer_province(HELAN)
    assert guess is not None and guess.adcode == "640000"
    assert guess.evidence == ("issuer: 宁夏回族自治区人民政府",)


def test_a_city_government_issues_for_its_province() -> None:
    guess = infer_province("苏州市人民政府关于印发苏州市先进制造业发展规划的通知\n各市、区人民政府：\n")
    assert guess is not None and guess.adcode == "320000"


def test_a_national_body_names_no_issuing_place_and_names_are_counted() -> None:
    text = ("国务院关于支持河北省加快发展的意见\n各省、自治区、直辖市人民政府：\n"
            "在唐山、石家庄、保定建设装备制造基地。\n")
    guess = infer_province(text)
    assert guess is not None and guess.adcode == "130000"
    assert not guess.evidence[0].startswith("issuer")
