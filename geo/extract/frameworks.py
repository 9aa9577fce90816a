"""Numbered layout frameworks (一轴、六区、八中心; 一轴两带三区; 一核三极四带; 一区五园) and their parts.

A framework names its parts by count and shape; the sentences that follow spell each part out.
Here a framework is parsed into parts, and a designation found in the framework's scope is assigned
to the part whose shape and count it fits (天山北坡经济带 … 一轴 → 一轴; 乌昌石…等六个地区 → 六区).
The counts become checks: a part that declares six places and gets five is a warning, never an error.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from geo.extract.vocab import cn_number

_SHAPES = ("中心", "基地", "板块", "组团", "走廊", "集群", "通道", "轴", "带", "区", "园", "核", "极", "心", "圈",
           "翼", "群", "廊", "片", "城", "节点", "点", "主", "副")
_PART = rf"[一二两三四五六七八九十双多]+大?(?:{'|'.join(_SHAPES)})"
_FRAMEWORK = re.compile(rf"(?:{_PART}[、，]?){{2,}}")
_ONE_PART = re.compile(rf"([一二两三四五六七八九十双多]+)大?({'|'.join(_SHAPES)})")

#: Which kinds / nouns fit a part shape.
_SHAPE_FIT: dict[str, tuple[str, ...]] = {
    "轴": ("axis", "轴", "走廊", "带"), "带": ("axis", "带", "走廊", "轴"), "廊": ("axis", "走廊"),
    "走廊": ("axis", "走廊"), "通道": ("axis", "通道"), "核": ("core", "核"), "心": ("core", "中心"),
    "极": ("core", "极"), "中心": ("中心",), "区": ("区", "地区", "区域"), "园": ("园",), "基地": ("基地",),
    "翼": ("翼",), "圈": ("圈",), "群": ("群",), "板块": ("板块",), "组团": ("组团",), "集群": ("集群",),
    "片": ("片",), "城": ("城",), "节点": ("节点", "点"), "点": ("点",),
    "主": ("core", "龙头", "主中心", "核心"), "副": ("副",),
}


@dataclass(frozen=True)
class Part:
    """One part of a framework: 六区 = (6, 区)."""

    text: str
    count: int  # 0 for 多 (多节点, 多园区): a part whose number the text leaves open
    shape: str


@dataclass(frozen=True)
class Framework:
    """A framework statement found at [start, end) of the document."""

    text: str
    parts: tuple[Part, ...]
    start: int
    end: int


def find_frameworks(text: str, offset: int) -> list[Framework]:
    """Frameworks in a unit text starting at document offset ``offset``."""
    out: list[Framework] = []
    for match in _FRAMEWORK.finditer(text):
        parts = []
        for part in _ONE_PART.finditer(match.group()):
            count = {"双": 2, "多": 0}.get(part.group(1), cn_number(part.group(1)))
            if count is None:
                continue
            parts.append(Part(part.group(), count, part.group(2)))
        if len(parts) >= 2 and len({p.shape for p in parts}) == len(parts):
            out.append(Framework(match.group().rstrip("、，"), tuple(parts), offset + match.start(),
                                 offset + match.end()))
    return out


def fit_part(framework: Framework, *, kind: str, noun: str, count: int | None, sentence: str,
             frame_word: str = "") -> Part | None:
    """The part a designation belongs to, or None.

    The part's shape must fit the designation (a core for 一核, 地区 for 六区, 翼 for 两翼) and either
    the sentence names the part (…制造业重要一轴), or the counts agree (六个地区 ~ 六区), or the part
    is a single one (一核). A sentence that opens with the part's name (三区：…) belongs to it."""
    for part in framework.parts:
        if re.match(rf"^(?:（[一二三四五六七八九十]+）)?{part.text}[：:。，]", sentence):
            return part
    for part in framework.parts:  # the frame names the shape itself: 为两个副中心 ~ 两副, 为两翼 ~ 两翼
        if part.shape in frame_word and part.shape not in ("心", "区"):
            return part
    for part in framework.parts:
        fits = _SHAPE_FIT.get(part.shape, (part.shape,))
        shape_ok = kind in fits or any(f in noun for f in fits) or any(f in frame_word for f in fits)
        if shape_ok and (part.text in sentence or part.count in (count, 1)):
            return part
    return None
