"""Sentences and section headings with code-point offsets into the document.

The sentence rule is the one the reviewed layers use (``scripts/span.py``, layers/README.md): a
sentence runs from just after the previous 。/；/line break to the next 。 (inclusive) or the line end,
without leading indentation. Working units are finer (split also at ！？), so that a designation is
detected in its own clause but quoted with the same sentence a reviewer would quote.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

_UNIT_END = re.compile(r"[。！？；\n]")
_INDENT = " \t\u3000"
_HEADING = re.compile(
    r"^[ \t\u3000]*(?:[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[\.．、]"
    r"|第[一二三四五六七八九十]+[章节部分]|专栏\d*)"
)


#: （一）依托达州、南充的天然气资源，建设… / 1．攀枝花市依托…资源，重点发展… / 一是… / ——…: an outline number or
#: item mark that opens a whole sentence is a unit of its own, so that the sentence is read like any body sentence
#: (the frames anchor at a clause's start). Not when the first clause names the item (二是汉江生态文化旅游带，… /
#: 1．庆阳石油化工板块，…): that name is the item's label, read with its mark (labels.py).
_ITEM = re.compile(
    r"(?:——|（[一二三四五六七八九十]+）|[（(]\d{1,2}[）)]|\d{1,2}[\.．、](?!\d)|[一二三四五六七八九十]是)")
_NAMED_ITEM = re.compile(
    r"(?!在|依托|以|支持|推进|加快|建设|打造|重点|鼓励|推动|发挥|利用|引导|围绕|做大|做强|培育|发展)"
    r"[^，,。；：:\n]{2,26}(?:地区|区|带|圈|廊|轴|基地|园|城|群|片|板块|组团|走廊|中心|集群)[，,]")
_SENTENCE = re.compile(r"[^。：:\n]{4,}?[，,][^。\n]{4,}")


@dataclass(frozen=True)
class Unit:
    """A working unit of text: [start, end) in the document, and the text (search form)."""

    start: int
    end: int
    text: str


def units(text: str) -> Iterator[Unit]:
    """Split at 。！？；and line breaks; strip indentation; skip empty units."""
    pos = 0
    for match in _UNIT_END.finditer(text):
        yield from _unit(text, pos, match.end())
        pos = match.end()
    if pos < len(text):
        yield from _unit(text, pos, len(text))


#: Longest working unit: text without sentence ends (a 10 MB line) is cut at a comma or hard, so that
#: clause scans stay local and the extractor stays linear in the input size.
MAX_UNIT = 2000


def _unit(text: str, start: int, end: int) -> Iterator[Unit]:
    while end - start > MAX_UNIT:
        # a comma first, then a list mark or a space (a table row run into one line), else a hard cut
        cut = next((c for c in (text.rfind(mark, start + MAX_UNIT // 2, start + MAX_UNIT) for mark in "，、\u3000 ")
                    if c >= 0), -1)
        cut = cut + 1 if cut >= 0 else start + MAX_UNIT
        yield from _unit(text, start, cut)
        start = cut
    while start < end and text[start] in _INDENT:
        start += 1
    stop = end
    while stop > start and text[stop - 1] in "\n" + _INDENT:
        stop -= 1
    if stop > start:
        number = _ITEM.match(text, start, stop)
        if number is not None and _SENTENCE.match(text, number.end(), stop) and not _NAMED_ITEM.match(
                text, number.end(), stop):
            yield Unit(start, number.end(), text[start:number.end()])
            start = number.end()
        yield Unit(start, stop, text[start:stop])


def quote_span(text: str, pos: int) -> tuple[int, int]:
    """The layer-schema sentence around offset ``pos``."""
    start = max(text.rfind(ch, 0, pos) for ch in "。；\n") + 1
    while start < pos and text[start] in _INDENT:
        start += 1
    ends = [i for i in (text.find("。", pos), text.find("\n", pos)) if i >= 0]
    end = min(ends) if ends else len(text)
    if end < len(text) and text[end] == "。":
        end += 1
    return start, end


def headings(text: str) -> list[tuple[int, str]]:
    """(offset, heading line) for every line that starts with an outline number (一、（二）3. 专栏)."""
    out: list[tuple[int, str]] = []
    pos = 0
    for line in text.split("\n"):
        if _HEADING.match(line) and len(line.strip()) <= 60:
            out.append((pos, line.strip(_INDENT)))
        pos += len(line) + 1
    return out


def section_at(heads: list[tuple[int, str]], pos: int) -> str:
    """The nearest top-level heading and the nearest heading before ``pos`` ("三、产业布局 / （一）…")."""
    count = bisect.bisect_right(heads, (pos, "\U0010ffff"))
    if count == 0:
        return ""
    last = heads[count - 1][1]
    top = next((heads[i][1] for i in range(count - 1, max(-1, count - 50), -1)
                if re.match(r"^[一二三四五六七八九十]+、", heads[i][1])), "")
    if top and top != last:
        return f"{_short(top)} {_short(last)}"
    return _short(last)


def _short(heading: str) -> str:
    heading = heading.split("。", maxsplit=1)[0]
    return heading[:40]
