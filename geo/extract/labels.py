"""Section labels and table rows: the two places where a plan names a designation away from its places.

* A label is a short heading or the short lead unit of a line that names the zone the following text
  spells out ("第一节 一湾：环杭州湾高端装备产业集聚区", "温台沿海产业带。温州、台州重点发展…",
  "（一）闽东北协同发展区。以福州为中心…"). The places and industries come in the body; without the label
  the designation would be named only "以福州为中心" or "重点发展…", so the label becomes its group.
* A table row rendered as text ("1    物联网    无锡市", "凯里经济开发区｜凯里市｜装备制造") puts the
  designation in one cell and its places in another, with no frame words at all.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from geo.extract.frames import Hit
from geo.extract.model import Mention
from geo.extract.sentences import Unit
from geo.extract.vocab import LAYOUT_NOUNS, SITE_NOUNS

#: Longest label (after its outline number): longer lead units are sentences, not names.
MAX_LABEL = 26

_NUMBER = re.compile(
    r"^(?:第[一二三四五六七八九十]+[章节部分篇]\s*|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|"
    r"[（(]\d+[）)]|\d+[\.．、](?!\d)|"
    # ——泾河川煤电化工带。: a dash-led heading line, like a numbered one
    r"——(?=[^，,；。]{2,24}[。：:]?$))"
)
_PART = re.compile(r"[一二两三四五六七八九十双多][核翼带轴区圈廊湾心极群副主点园片]")
_ZONE_END = re.compile(r"(?:地区|协同区|发展区|经济区|产业带|经济带|走廊|都市圈|城市群|片区|板块|组团|[区带圈廊轴])$")
_LEAD = re.compile(r"^(?:做强|做大|做优|推动|推进|建设|打造|培育|构建|加快|发展|提升|壮大|优化)+")
_CELL_SPLIT = re.compile(r"\t+|[ \u3000]{2,}|\s*[｜|]\s*")
#: 1　社棠工业园　麦积区　装备制造: cells parted by single (full-width) spaces, read only with three or more cells.
_WEAK_SPLIT = re.compile(r"(?<=\S)[ \u3000](?=\S)")
_LIST_JOINERS = re.compile(r"[、，,和及与\s]+")
_NOT_A_NAME = re.compile(
    r"重点发展|发展目标|保障|措施|要求|现状|基础|实施|原则|思路|任务|意见|通知|布局|格局|规划$|方案$"
)


#: A wing or side named by where it lies, opening a unit before its frame (北翼以湘西州为主体 / 西翼依托双流区).
_SIDE_LABEL = re.compile(r"^((?:[东西南北]|东南|东北|西南|西北)翼)(?=以|依托|沿|包括|重点|着力|由|[：:])")


#: 一是X带，… / 二是Y区，…: an enumerated item whose first clause names a zone.
_ITEM_LABEL = re.compile(
    r"^(?:[^，。；：]{0,8}[：:])?(?:[一二三四五六七八九十]是|其[一二三四五六七八九十])(?P<name>[^，。；：、]{2,26})[，,]"
)


#: 一是坝上清洁能源示范区。: an enumerated item that is only a zone's name (its sentence ends there)
_ITEM_ALONE = re.compile(r"^((?:[一二三四五六七八九十]是|其[一二三四五六七八九十])[^，。；：、]{2,26})[。；]$")
_NEXT_ITEM = re.compile(r"(?<=[。；])[ \u3000]*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十])")
_ITEM_LINE = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]是|其[一二三四五六七八九十])", re.MULTILINE)
#: （三）三板块。1．湘南旅游板块。衡阳…。2．湘中旅游板块。…: a numbered zone heading inside a line governs the sentences
#: after it, up to the next numbered item of the line
_INLINE_ZONE = re.compile(
    r"[ \t\u3000]*\d{1,2}[．.、](?P<zone>[^，。；：、\s（）]{2,20}?(?:板块|片区|组团|[区带圈廊轴]))。"
)
_NEXT_INLINE = re.compile(r"(?<=[。；])[ \u3000]*\d{1,2}[．.、]")


@dataclass(frozen=True)
class Label:
    """A label and the document range [start, end) it governs."""

    start: int
    end: int
    text: str


def _inline_zone(text: str, unit: Unit) -> list[Label]:
    """The label of a numbered zone heading inside a line (2．湘中旅游板块。), up to the line's next numbered item."""
    inline = _INLINE_ZONE.fullmatch(unit.text)
    if inline is None or _LEAD.match(inline.group("zone")):  # 2．加快建设园区。 is a task, not a zone's heading
        return []
    line_end = text.find("\n", unit.end)
    line_end = len(text) if line_end < 0 else line_end
    after = _NEXT_INLINE.search(text, unit.end, line_end)
    return [Label(unit.start, after.start() if after else line_end, inline.group("zone"))]


def find_labels(text: str, all_units: list[Unit]) -> list[Label]:
    """Labels in document order; each governs its line (lead unit) or its section (heading line).

    A heading's section ends at the next numbered line of any kind (第四章 保障措施 ends 第三节 多点)."""
    out: list[Label] = []
    boundaries: list[int] = []
    for unit in all_units:
        side = _SIDE_LABEL.match(unit.text)
        if side is not None:  # 北翼以湘西州为主体，…；南翼以怀化市为主体，…: each wing names its own unit
            out.append(Label(unit.start, unit.end, side.group(1)))
            continue
        item = item_label(unit.text)
        if item:  # 两带：一是长江三峡生态文化旅游带，以…为重点，…；二是汉江…旅游带，…: each item names its unit
            out.append(Label(unit.start, unit.end, item))
            continue
        alone = _ITEM_ALONE.match(unit.text)
        if alone is not None and item_label(f"{alone.group(1)}，"):
            # 一是坝上清洁能源示范区。以…为重点，建设…。二是…: the item's name is a sentence of its own and governs
            # the sentences after it, up to the next item or the end of its line
            line_end = text.find("\n", unit.end)
            line_end = len(text) if line_end < 0 else line_end
            after = _NEXT_ITEM.search(text, unit.end, line_end)
            end = after.start() if after else line_end
            if not text[unit.end:line_end].strip(" \t\u3000"):  # the item's name is its own line: up to the next item
                below = _ITEM_LINE.search(text, line_end)  # line (a numbered heading ends it too: see the cut below)
                end = below.start() if below else len(text)
            out.append(Label(unit.start, end, item_label(f"{alone.group(1)}，")))
            continue
        line_start = text.rfind("\n", 0, unit.start) + 1
        if text[line_start:unit.start].strip(" \t\u3000"):  # not the first unit of its line
            out.extend(_inline_zone(text, unit))
            continue
        line_end = text.find("\n", unit.end)
        line_end = len(text) if line_end < 0 else line_end
        if _NUMBER.match(unit.text):
            boundaries.append(unit.start)
        label = "" if _CELL_SPLIT.search(unit.text) else _label_text(unit.text)  # a table row is no label
        if not label:
            continue
        whole_line = not text[unit.end:line_end].strip(" \t\u3000。：:")
        if whole_line and not _NUMBER.match(unit.text) and not unit.text.rstrip().endswith(("：", ":")):
            continue  # an unnumbered short line (a table cell, a caption) governs nothing
        out.append(Label(unit.start, len(text) if whole_line else line_end, label))
    cut: list[Label] = []
    for label in out:
        end = label.end
        if end == len(text):
            i = bisect.bisect_right(boundaries, label.start)
            end = boundaries[i] if i < len(boundaries) else len(text)
        cut.append(Label(label.start, end, label.text))
    return cut


def item_label(unit_text: str) -> str:
    """The zone an enumerated item opens with (二是汉江生态文化旅游带，… -> 汉江生态文化旅游带), or ''."""
    item = _ITEM_LABEL.match(unit_text)
    if item is None:
        return ""
    name = item.group("name")
    return name if any(noun in name for noun in LAYOUT_NOUNS) or _ZONE_END.search(name) else ""


def _label_text(unit_text: str) -> str:
    """The zone name a lead unit or heading gives ('' when it is a sentence, not a name)."""
    body = unit_text.strip(" \t\u3000")
    numbered = _NUMBER.match(body)
    body = body[numbered.end():] if numbered else body
    body = body.rstrip("。：:；").strip()
    if not body or len(body) > MAX_LABEL or re.search(r"[，,；]", body):
        return ""
    if _NOT_A_NAME.search(body):
        return ""
    name = _LEAD.sub("", body)
    if not name or re.search(r"[：:](?:重点|着力)?(?:建设|打造|培育|发展|承接)", name):
        return ""  # 张家港市：重点建设精准医学产业园 is a sentence with a verb, not a zone's name
    zone = any(noun in name for noun in LAYOUT_NOUNS) or _PART.search(name) or _ZONE_END.search(name)
    return name if zone else ""


def label_at(labels: list[Label], starts: list[int], pos: int) -> str:
    """The innermost label governing ``pos`` ('' when none)."""
    i = bisect.bisect_right(starts, pos)
    for label in reversed(labels[:i]):
        if label.start <= pos < label.end:
            return label.text
    return ""


#: A framework part used as a section label (一核, 两翼, 多点, 三大基地): its zones belong to it.
_PART_LABEL = re.compile(
    r"[一二两三四五六七八九十双多]+大?(?:核|翼|带|轴|区|圈|廊|环|湾|心|极|群|副|主|点|园|片|基地|组团|板块|节点)"
)


def relabel(hit: Hit, label: str) -> Hit:
    """Put a hit under its section label when its own group is only a frame or a bare role.

    A hit that names a zone itself (…产业园, 一湾 inside "一湾：环杭州湾…") keeps its words in
    ``name``; the label goes to ``group``, the layout statement it belongs to."""
    if not label or label == hit.group or label in hit.name:
        return hit
    from dataclasses import replace

    if _PART_LABEL.fullmatch(hit.group) and not _PART_LABEL.fullmatch(label) and _ZONE_END.search(label) \
            and hit.group not in label:  # (一区：北京经济技术开发区 is the part's own heading)
        # （二）两带。1．临港—奉贤集成电路装备材料产业带。依托…，建设…基地: the numbered zone under a framework part
        # names what its sentences build better than the part does
        return replace(hit, group=label, notes=(*hit.notes, f"section label {label}"))
    own_name = hit.name in {m.written for m in hit.mentions} | {m.surface for m in hit.mentions}
    generic = (own_name or not hit.noun or not hit.industry or (hit.group == hit.name and hit.kind != "site")
               or hit.rule.startswith("以") or hit.rule in ("X重点发展A、B",)
               or hit.group in label or hit.rule.startswith("…一")
               # ——温州…科创走廊。依托瓯海区、龙湾区和瑞安市环大罗山区域: an area named by where it lies is no zone name
               or hit.noun in ("区域", "地区")
               # ——泾河川煤电化工带。…在泾川县、灵台县布局建设煤电和煤化工项目: projects are the labelled zone's works
               or (hit.noun == "项目" and _ZONE_END.search(label) is not None))
    # （三）多点。…谷城县、枣阳市建设…产业园: a zone under a framework part's label belongs to that part
    # （一）成都平原现代农业示范区。…广汉市、什邡市建设…药材基地: a base its places build under an agricultural zone's
    # heading is part of that zone
    in_zone = hit.noun.endswith("基地") and hit.kind == "site" and re.search(r"(?:农业区|农牧区|示范区|优势区)$", label)
    if not generic and not in_zone and not _PART_LABEL.fullmatch(label):
        return hit
    return replace(hit, group=label, notes=(*hit.notes, f"section label {label}"))


#: Park nouns a 所在地 cell may give after a place (the row's project is in that park).
_PARK_CELL = frozenset({"经济技术开发区", "高新技术产业开发区", "高新区", "经开区", "开发区", "工业园区", "产业园区",
                        "综合保税区", "新区"})


_ZONE_NAME_ENDS = ("开发区", "工业区", "园区", "产业园", "工业园", "新区", "保税区", "高新区", "合作区", "试验区")


def _landmark_cell(cells: list[tuple[int, int]], place_cells: list[list[Mention]]) -> str:
    """How the first place cell, a named site the gazetteer reads as one unit (鼓浪屿 as 思明区, 九华山 as 青阳县),
    stands to the next place cell, its 所在地: "same" when that cell names the very unit (厦门市思明区), "within"
    when it names only the prefecture the site's unit lies in (池州市), "" otherwise."""
    first, second = place_cells
    site = first[0]
    whole = any(s == site.start and e == site.end for s, e in cells)
    where = _innermost(second)
    if not (len(first) == 1 and whole and site.name_kind in ("region", "alias") and len(site.adcodes) == 1
            and len(where) == 1 and len(where[0].adcodes) == 1 and where[0].start > site.end):
        return ""
    own, at = site.adcodes[0], where[0].adcodes[0]
    if own == at:
        return "same"
    prefecture = at.endswith("00") and not at.endswith("0000")
    return "within" if prefecture and not own.endswith("00") and own[:4] == at[:4] else ""


def _landmark_named(text: str, cells: list[tuple[int, int]], place_cells: list[list[Mention]],
                    other_cells: list[str]) -> tuple[list[list[Mention]], list[str]]:
    """鼓浪屿｜厦门市思明区 / 九华山｜池州市: a landmark the gazetteer knows as an alias of a unit is the row's name
    cell, not a second cell of places; the finer of the two places says where the row's designation is (the
    site's county when the 所在地 cell gives only its prefecture)."""
    how = _landmark_cell(cells, place_cells) if len(place_cells) == 2 else ""
    if not how:
        return place_cells, other_cells
    name = text[place_cells[0][0].start:place_cells[0][0].end]
    return (place_cells[1:] if how == "same" else place_cells[:1]), [name, *other_cells]


def table_row(text: str, unit: Unit, kept: list[Mention]) -> tuple[Hit | None, list[Mention]]:
    """A table row rendered as text: a cell of places and a cell naming the designation.

    Returns the hit and the mentions left for the ordinary frames (all of them when the unit is not a
    row)."""
    cells = _cells(unit) or _cells_under_header(text, unit)
    if len(cells) < 2 or not kept:
        row, kept = _colon_row(text, unit, kept)
        return (row, kept) if row is not None else _box_list(text, unit, kept)
    cells, kept = _without_partners(text, unit, cells, kept)
    place_cells, other_cells, park_cells = [], [], []
    for start, end in cells:
        inside = [m for m in kept if start <= m.start and m.end <= end]
        rest = text[start:end]
        for mention in sorted(inside, key=lambda m: m.start, reverse=True):
            rest = rest[: mention.start - start] + rest[mention.end - start:]
        if inside and not _LIST_JOINERS.sub("", rest).rstrip("等地市县区"):
            if not place_cells and len(inside) == 1 and text[start:end].endswith(_ZONE_NAME_ENDS):
                other_cells.append(text[start:end])  # 洋浦经济开发区｜儋州市: a zone the gazetteer knows, named first
            place_cells.append(inside)
            continue
        if len(inside) == 1 and inside[0].start == start and rest in _PARK_CELL:
            park_cells.append((inside, text[start:end]))  # 武汉经济技术开发区 in a 所在地 column
        if not re.fullmatch(r"[\d\.．、（）()]+", text[start:end]):
            other_cells.append(text[start:end])
    if not place_cells and len(park_cells) == 1 and len(other_cells) >= 3 and \
            other_cells.index(park_cells[0][1]) > 0:
        # 东风乘用车扩能项目｜武汉经济技术开发区｜新增整车产能: a project sited in a park, after the project's name
        place_cells = [park_cells[0][0]]
        other_cells = [c for c in other_cells if c != park_cells[0][1]]
    place_cells, other_cells = _landmark_named(text, cells, place_cells, other_cells)
    if len(place_cells) == 2 and other_cells and other_cells[0] == text[place_cells[0][0].start:place_cells[0][-1].end]:
        # the zone's own name is the name cell; the place after it is where it is, unless the zone is a unit of
        # its own inside that place (苏州工业园区 320576 in 苏州市): then the finer unit says where
        own = place_cells[0][0].adcodes
        if not (len(place_cells[0]) == 1 and len(own) == 1 and not own[0].endswith("00") and all(
                len(m.adcodes) == 1 and m.adcodes[0].endswith("00") and own[0][:4] == m.adcodes[0][:4]
                and own[0] != m.adcodes[0] for m in place_cells[1])):
            place_cells = place_cells[1:]
        else:
            place_cells = place_cells[:1]
    if len(place_cells) != 1 or not other_cells:
        return None, kept
    places = _innermost(place_cells[0])
    name = other_cells[0][:40]
    industry = other_cells[-1][:40] if len(other_cells) > 1 else name
    kind = "site" if len(places) == 1 and name.endswith(SITE_NOUNS) else "area"
    hit = Hit(places, kind, name, industry, name, rule="table row", noun="表")
    used = {id(m) for m in place_cells[0]}  # 泉州市泉港区: the parent written before its unit is used too
    return hit, [m for m in kept if id(m) not in used and not any(
        m.start >= s and m.end <= e for s, e in cells if text[s:e] in other_cells)]


#: 新一代信息技术：济南、青岛、烟台、潍坊。 (a 专栏 line "industry or zone: its places"): a key–value row of a
#: layout table written as text; the places after the colon are where the named industry or zone is laid out.
_COLON_ROW = re.compile(
    r"^[ \t\u3000]*(?:[（(]?\d{1,2}[）)\.．、]\s*|（[一二三四五六七八九十]{1,3}）|——|—|●|•|◆|■|▲|·)?"
    # 新一代信息技术　济南、青岛: two cells parted by one full-width space are the same key and value
    r"(?P<name>[^，,。；：:、\s—●•◆■▲·（）]{2,20})(?:[：:]|[ \u3000](?=\S))")
#: a key that names the row's subject rather than a designation (范围：…, 合作方：…, 牵头单位：…)
_NOT_ROW_KEY = re.compile(
    r"范围|涉及|包括|地点|所在|位置|选址|合作|对口|结对|帮扶|牵头|责任|单位|部门|城市|地区$|市县$")


def _colon_row(text: str, unit: Unit, kept: list[Mention]) -> tuple[Hit | None, list[Mention]]:
    """A whole line ``NAME：A、B、C。`` whose value is nothing but places (a 专栏 that lists the cities of each
    industry): one designation named NAME over those places. Returns the hit and the mentions still to read.

    Why: such a box row has no frame word at all (no 在/建设/重点发展); the colon is the frame, and read as
    prose its places would be a bare list."""
    row = _COLON_ROW.match(unit.text)
    key = [m for m in kept if row is not None and m.start < unit.start + row.end()]
    values = [m for m in kept if m not in key]
    # 粤西蔗区：湛江市、茂名市。: a region named in the key holds the places listed; the places say where
    if row is None or not values or not all(m.name_kind in ("region", "composite") for m in key):
        return None, kept
    every, kept = kept, values
    line_start = text.rfind("\n", 0, unit.start) + 1
    line_end = text.find("\n", unit.end)
    line_end = len(text) if line_end < 0 else line_end
    if text[line_start:unit.start].strip(" \t\u3000") or text[unit.end:line_end].strip(" \t\u3000"):
        return None, every
    name = row.group("name")
    if _NOT_ROW_KEY.search(name) or _NOT_A_NAME.search(name):
        return None, every
    rest = unit.text[row.end():]
    for mention in sorted(kept, key=lambda m: m.start, reverse=True):
        rest = rest[: mention.start - unit.start - row.end()] + rest[mention.end - unit.start - row.end():]
    # ——肉牛产业集群：泌阳县（夏南牛）、郏县（郏县红牛）。: each place's product in brackets is a note, not a cell
    rest = re.sub(r"[（(][^（）()]{1,12}[）)]", "", rest)
    if _LIST_JOINERS.sub("", rest).rstrip("。；;") not in ("", "等", "等地", "等市", "等县"):
        return None, every
    places = _innermost(list(kept))
    if key and not all(code in {c for m in key for c in m.adcodes} for m in places for code in m.adcodes):
        return None, every
    kind = "site" if len(places) == 1 and name.endswith(SITE_NOUNS) else "area"
    return Hit(places, kind, name, name, name, rule="NAME：A、B（专栏行）", noun="表"), []


#: 专栏　“双高”糖料蔗基地建设重点县 / 附表　重点县名单: the caption of a box whose body is a list of places
_BOX_CAPTION = re.compile(r"^[ \t\u3000]*(?:专栏|附表)\d*[ \t\u3000]*(?P<name>[^，,。；\n]{4,30}?)[ \t\u3000。]*$")
_LIST_GAP = re.compile(r"[、和及与]?")
#: after the list: 等重点县（区）， / 等10个县， / ，每县建设…
_LIST_AFTER = re.compile(r"(?:等[^，,。；（]{0,8}?(?:县|市|区|地|旗|州|盟|镇|城市|地区))?(?:（[^（）\n]{1,12}）)?"
                         r"(?:[，,。；]|[ \t\u3000]*$)", re.MULTILINE)


def _box_list(text: str, unit: Unit, kept: list[Mention]) -> tuple[Hit | None, list[Mention]]:
    """专栏　“双高”糖料蔗基地建设重点县 ⏎ 扶绥县、江州区、…等重点县（区），每县建设…: the first line of a box opens with
    a list of places; the box's caption names what they are (the box lists them, its words do not frame them).
    Returns the hit and the mentions still to read."""
    line_start = text.rfind("\n", 0, unit.start) + 1
    if len(kept) < 2 or kept[0].start != unit.start or text[line_start:unit.start].strip(" \t\u3000"):
        return None, kept
    caption_end = line_start - 1
    caption_start = text.rfind("\n", 0, max(0, caption_end)) + 1
    caption = _BOX_CAPTION.match(text[caption_start:max(caption_start, caption_end)])
    if caption is None or caption_end < 0:
        return None, kept
    listed = [kept[0]]
    for mention in kept[1:]:
        if _LIST_GAP.fullmatch(text[listed[-1].end:mention.start]) is None:
            break
        listed.append(mention)
    if len(listed) < 2 or _LIST_AFTER.match(text, listed[-1].end) is None:
        return None, kept
    name = caption.group("name").strip(" \t\u3000")
    hit = Hit(_innermost(listed), "area", name, "", name, rule="专栏 caption ⏎ A、B…等", noun="表")
    return hit, [m for m in kept if m not in listed]


#: Header cells of a table's location column (where the row's zone is) and of a partner column (who builds
#: it with the host: 合作方 of a 南北共建园区, 对口帮扶 city): a partner's city names no member.
_SITE_HEADER = re.compile(r"所在地|所在县|所在市|建设地点?|地点|选址|位置|布局地|承载地|县[（(]市、?区[）)]|地区")
_PARTNER_HEADER = re.compile(r"合作方|合作地区?|共建方|共建地区?|对口|结对|援建|帮扶|托管方|投资方|牵头|责任单位")
#: Header words hold no spaces, so any run of spaces parts a header's cells (序号　园区名称).
_HEADER_SPLIT = re.compile(r"[\s\u3000｜|]+")
#: How far back (lines, characters) a row looks for its table's header.
_HEADER_LINES = 40
_HEADER_REACH = 6000


def _without_partners(text: str, unit: Unit, cells: list[tuple[int, int]],
                      kept: list[Mention]) -> tuple[list[tuple[int, int]], list[Mention]]:
    """The row's cells and mentions without its partner column, when its header has a location column."""
    header = _header(text, unit)
    if header and len(header) != len(cells):
        # 4　张家港宿豫工业园　　张家港市　　宿迁市宿豫区　纺织新材料: two cells parted by one space
        spaced = _split_cells(unit, _HEADER_SPLIT)
        cells = spaced if len(spaced) == len(header) else cells
    roles = _column_roles(header) if len(header) == len(cells) else []
    if "site" not in roles:
        return cells, kept
    partners = [cell for cell, role in zip(cells, roles, strict=True) if role == "partner"]
    kept = [m for m in kept if not any(s <= m.start and m.end <= e for s, e in partners)]
    return [cell for cell, role in zip(cells, roles, strict=True) if role != "partner"], kept


def _cells_under_header(text: str, unit: Unit) -> list[tuple[int, int]]:
    """园区名称　所在地 ⏎ 宜宾临港经济技术开发区　翠屏区: a row whose cells are parted by one space only, under a
    header with a location column and as many cells; [] otherwise.

    Why: a two-column table typed as text often parts its cells with a single full-width space, which alone is
    too weak a split for a prose line; the header above says the line is a row and which cell says where."""
    header = _header(text, unit)
    if "site" not in _column_roles(header):
        return []
    cells = _split_cells(unit, _HEADER_SPLIT)
    return cells if len(cells) == len(header) else []


def _header(text: str, unit: Unit) -> list[str]:
    """The cells of the header line of the table ``unit`` is a row of (序号　园区名称　合作方　所在地　主导产业),
    or [] when the lines above it reach a non-row line before a header with a location or partner column."""
    pos = unit.start
    low = max(0, unit.start - _HEADER_REACH)  # bounded: a row on a 10 MB line must not scan the whole text
    for _ in range(_HEADER_LINES):
        line_end = text.rfind("\n", low, pos)
        if line_end < 0:
            return []
        line_start = text.rfind("\n", low, line_end) + 1
        pos = line_start
        texts = [c for c in _HEADER_SPLIT.split(text[line_start:line_end]) if c]
        if not texts:
            continue
        if len(texts) < 2:
            return []  # the table starts after a line that is no row: no header
        if any(_SITE_HEADER.search(c) or _PARTNER_HEADER.search(c) for c in texts):
            return texts
    return []


def _column_roles(header: list[str]) -> list[str]:
    """'site' / 'partner' / '' for each header cell.

    Why: a 南北共建园区 table gives each park both its partner city and its host; only the host is where
    the park is, and without the header the two place cells look alike."""
    return ["partner" if _PARTNER_HEADER.search(c) else "site" if _SITE_HEADER.fullmatch(c) else "" for c in header]


def _innermost(mentions: list[Mention]) -> tuple[Mention, ...]:
    """文山州砚山县, 唐山市丰南区 in a 所在地/建设地点 cell: a place written right before one of its own
    units only says where that unit is; the row designates the inner unit alone."""
    def inside(outer: Mention, inner: Mention) -> bool:
        stems = [code.rstrip("0") for r in outer.readings[:1] for code in r.adcodes]
        codes = [code for r in inner.readings[:1] for code in r.adcodes]
        return bool(stems and codes) and all(any(c != s.ljust(6, "0") and c.startswith(s) for s in stems)
                                             for c in codes)
    return tuple(m for i, m in enumerate(mentions)
                 if not (i + 1 < len(mentions) and mentions[i + 1].start == m.end and inside(m, mentions[i + 1])))


def _cells(unit: Unit) -> list[tuple[int, int]]:
    """[start, end) document offsets of the cells of a row-like unit (two or more cells)."""
    split = _CELL_SPLIT
    if not split.search(unit.text):
        if len(_WEAK_SPLIT.findall(unit.text.strip())) < 2:
            return []
        split = _WEAK_SPLIT
    return _split_cells(unit, split)


def _split_cells(unit: Unit, split: re.Pattern[str]) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for match in split.finditer(unit.text):
        if match.start() > pos:
            out.append((unit.start + pos, unit.start + match.start()))
        pos = match.end()
    if pos < len(unit.text):
        out.append((unit.start + pos, unit.start + len(unit.text)))
    return [(s, e) for s, e in out if e > s]
