"""A probe grid of the sentences plans place zones with: list forms x leads x middle clauses x verbs x zones, and
whole construction families (a heading's zone and its places, 以X为核心…, X：industries, 沿…串联…).

Why: a rule fixed for one document's sentence says little about the next document, which words the same idea
with another lead, another list closer or one more clause of means. The grid writes each construction out in
every combination, so a missing combination shows as a failure rate per factor rather than as one miss in one
document. ``bench/extract_grid.py`` prints the rates; ``tests/test_extract_grid.py`` keeps them up.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass

#: Three or four places of one province, as plans write them (short city names, full county names)
PLACES: dict[str, list[tuple[str, str]]] = {
    "河南省": [("开封", "410200"), ("新乡", "410700"), ("焦作", "410800"), ("许昌", "411000")],
    "陕西省": [("洛川县", "610629"), ("富县", "610628"), ("黄陵县", "610632"), ("白水县", "610527")],
    "湖南省": [("株洲市", "430200"), ("湘潭市", "430300"), ("衡阳市", "430400")],
    "广西壮族自治区": [("田东县", "451022"), ("平果县", "451082"), ("德保县", "451024")],
    "浙江省": [("安吉县", "330523"), ("长兴县", "330522"), ("德清县", "330521")],
    "四川省": [("宜宾", "511500"), ("泸州", "510500"), ("自贡", "510300")],
}
LISTS: dict[str, Callable[[list[str], str], str]] = {
    "A、B、C": lambda p, k: "、".join(p),
    "A、B和C": lambda p, k: "、".join(p[:-1]) + "和" + p[-1],
    "A、B、C等{k}": lambda p, k: "、".join(p) + "等" + k,
    "A、B、C等特色优势{k}（区）": lambda p, k: "、".join(p) + "等特色优势" + k + ("（区）" if k == "县" else ""),
    "A、B、C等地": lambda p, k: "、".join(p) + "等地",
    "A、B、C N{k}": lambda p, k: "、".join(p) + "三四五六"[len(p) - 3] + k,
}
LEADS = ("在{L}，", "在{L}", "重点在{L}，", "{L}，", "{L}要", "支持{L}", "鼓励{L}", "推动{L}")
MIDDLES = ("", "结合本地产业特点，", "发挥区位和资源优势，", "加快老果园改造和标准化生产，", "依托现有产业基础，")
VERBS = ("建设", "打造", "建成", "培育", "加快建设", "重点建设", "形成")
ZONES = (("地区性物流节点", "物流节点"), ("全国最大的优质苹果生产基地", "苹果生产基地"),
         ("山地苹果新兴产区", "苹果新兴产区"), ("装备制造产业集聚区", "装备制造"), ("特色农产品加工园区", "农产品加工"),
         ("区域性商贸物流中心", "商贸物流中心"), ("新能源汽车产业集群", "新能源汽车"), ("茶叶优势产业带", "茶叶"),
         ("国家级现代农业示范区", "现代农业示范区"))
#: Construction families: (template with {L} for the list, the words the zone's name, group or industry holds)
FAMILIES: tuple[tuple[str, str], ...] = (
    ("（一）特色水果优势区。主要包括{L}，重点发展优质水果。", "特色水果优势区"),
    ("（一）特色水果优势区。范围涵盖{L}，重点发展优质水果。", "特色水果优势区"),
    ("1．特色水果优势区。{L}，加快标准化基地建设，提升品牌影响力。", "特色水果优势区"),
    ("（一）特色水果优势区。以{L}为重点，加快标准化基地建设。", "特色水果优势区"),
    ("——特色水果优势区：包括{L}，重点发展优质水果。", "特色水果优势区"),
    ("打造特色水果优势区，范围包括{L}。", "特色水果优势区"),
    ("建设特色水果优势区，主要分布在{L}。", "特色水果优势区"),
    ("特色水果优势区主要分布在{L}。", "特色水果优势区"),
    ("特色水果优势区位于{L}，是全省最大的水果产区。", "特色水果优势区"),
    ("{L}重点发展装备制造和新材料产业。", "装备制造"),
    ("{L}要依托现有产业基础，重点发展装备制造和新材料产业。", "装备制造"),
    ("{L}：重点发展装备制造、新材料。", "装备制造"),
    ("以{L}为重点，建设装备制造产业基地。", "装备制造"),
    ("以{L}为核心，依托现有园区，打造装备制造产业集群。", "装备制造"),
    ("以{L}为龙头，带动周边县市，形成装备制造产业带。", "装备制造"),
    ("构建以{L}为支点的装备制造产业带。", "装备制造"),
    ("推进{L}装备制造产业基地建设。", "装备制造产业基地"),
    ("支持{L}建设装备制造产业基地。", "装备制造产业基地"),
    ("在{L}布局建设一批装备制造产业园。", "装备制造产业园"),
    ("依托{L}，建设装备制造产业基地。", "装备制造产业基地"),
    ("装备制造产业带。沿京广铁路，串联{L}，重点发展装备制造。", "装备制造产业带"),
    ("鼓励{L}发展特色水果种植，建设优质水果生产基地。", "优质水果生产基地"),
    ("加快{L}等优质水果基地建设。", "优质水果基地"),
    ("在{L}规划建设物流园区，发展冷链物流。", "物流园区"),
    ("重点支持{L}建设区域性物流中心。", "物流中心"),
    ("以{L}等地为主，建设优质水果生产基地。", "优质水果生产基地"),
    ("在{L}等地区实施优质水果提质增效工程，建成优质水果生产基地。", "优质水果生产基地"),
    ("积极推动{L}发展全域旅游，打造乡村旅游示范带。", "乡村旅游示范带"),
    ("依托{L}的资源优势，建设优质水果生产基地。", "优质水果生产基地"),
)


@dataclass(frozen=True)
class Case:
    """One probe sentence, the codes it places and the words the designation must hold, and its factors."""

    province: str
    sentence: str
    codes: tuple[str, ...]
    key: str
    factors: tuple[tuple[str, str], ...]

    def text(self) -> str:
        """The sentence inside a minimal plan (issuer line, addressees, a layout heading)."""
        return (f"{self.province}人民政府关于印发产业发展规划的通知\n各市、县人民政府：\n现将规划印发给你们。\n"
                f"三、产业布局\n{self.sentence}\n")

    def found(self, designations: list[dict]) -> bool:
        """Every place of the list sits in a designation whose name, group or industry holds the key words."""
        def holds(r: dict) -> bool:
            fields = (r["name"], r.get("group") or "", r.get("industry") or "")
            return self.key in "\x01".join(field[:40] for field in fields)
        return all(any(code in r["members"] and holds(r) for r in designations) for code in self.codes)


def _list(province: str, form: str) -> tuple[str, tuple[str, ...], str]:
    places = PLACES[province]
    kind = "市" if places[0][1].endswith("00") else "县"
    return LISTS[form]([s for s, _ in places], kind), tuple(c for _, c in places), kind


def combinations(n: int, seed: int) -> Iterator[Case]:
    """``n`` sentences drawn at random (seeded) from list x lead x middle x verb x zone."""
    rnd = random.Random(seed)
    for _ in range(n):
        province, form = rnd.choice(list(PLACES)), rnd.choice(list(LISTS))
        lead, middle, verb, (zone, key) = rnd.choice(LEADS), rnd.choice(MIDDLES), rnd.choice(VERBS), rnd.choice(ZONES)
        listed, codes, _ = _list(province, form)
        sentence = lead.format(L=listed) + middle + verb + zone + "。"
        yield Case(province, sentence, codes, key,
                   (("list", form), ("lead", lead), ("middle", middle), ("verb", verb), ("zone", zone)))


def families() -> Iterator[Case]:
    """Every construction family with every province and list form."""
    for template, key in FAMILIES:
        for province in PLACES:
            for form in ("A、B、C", "A、B和C", "A、B、C等{k}"):
                listed, codes, _ = _list(province, form)
                yield Case(province, template.replace("{L}", listed), codes, key, (("family", template),))
