"""From a decoded document to drafts: mentions -> filters -> frames -> frameworks -> checks.

Every mention found is accounted for: it ends up in a designation, in ``excluded`` (with the filter
that removed it), in ``unresolved`` (a place-like name the gazetteer cannot place), or is simply
context (a place in a sentence with no layout frame). Nothing is dropped without a reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import Any

from geo.extract import filters
from geo.extract.frames import GOAL_ZONE_NOTE, Hit, detect, place_groups, role_after_heading, strip_industry
from geo.extract.frameworks import Framework, find_frameworks, fit_part
from geo.extract.labels import Label, find_labels, item_label, label_at, relabel, table_row
from geo.extract.model import CountCheck, Draft, Extraction, Mention
from geo.extract.places import Match, PlaceIndex
from geo.extract.scoring import confidence
from geo.extract.sentences import Unit, headings, quote_span, section_at, units
from geo.extract.vocab import AREA_NOUNS, EXISTING_MARKERS, LAYOUT_NOUNS, POLICY_NOUNS, SITE_NOUNS
from geo.textio import Document

#: A framework's parts are spelled out within this many following units.
FRAMEWORK_SCOPE = 8

_PLACE_LIKE = re.compile(
    r"(?:(?<=[、和及与])([\u4e00-\u9fff]{2,4}(?:自治州|市|县|州|盟|旗|区|镇))(?=[、，。；：）”\s和及与等]|$))"
    r"|(?:([\u4e00-\u9fff]{2,4}(?:自治州|市|县|州|盟|旗|区|镇))(?=[、和及与]))"
)
_NOT_PLACE = re.compile(
    r"^(?:各|全|本|该|我|地|城|省|市|县|区|州|乡|镇|村|两|个|等|的|每|外|周边|相关|有关|重点|沿海|东部|西部|中部|"
    r"北部|南部|边境|少数民族|贫困|民族|其他|所在|试点|示范|城乡|县乡|城镇|山区|牧区|农村|社区|园区|工业|产业|开发)"
    r"|(?:园区|开发区|示范区|集聚区|聚集区|新区|工业区|产业区|核心区|试验区|先行区|合作区|保税区|功能区|城区|地区|片区|"
    r"景区|矿区|社区|辖区|市区|郊区|街区|城市|省市|县市|州市|盟市|地州市|州县|市县|区县|全省|全市|全区|直管市|林区)$"
)
_HORIZON = re.compile(r"(?:到|至|在)(20\d\d)年")
_TITLE = re.compile(r"(?:规划|方案|意见|通知|计划|纲要|办法|决定)(?:（[^（）]*）|\([^()]*\))?$")


def _whole_line(text: str, unit: Unit) -> bool:
    """The unit is its line (a heading or a title), not a clause of a longer paragraph."""
    before = text[text.rfind("\n", 0, unit.start) + 1:unit.start]
    after_end = text.find("\n", unit.end)
    after = text[unit.end:len(text) if after_end < 0 else after_end]
    return not before.strip(" \t\u3000") and not after.strip(" \t\u3000")


def extract_document(doc: Document, index: PlaceIndex | None = None) -> Extraction:
    """Extract designations from one decoded document."""
    index = index or PlaceIndex()
    text = doc.search_text
    province, evidence = index.province_of_text(text)
    result = Extraction(doc.name, doc.text, doc.encoding, province, evidence, notes=list(doc.notes))
    heads = headings(text)
    addressee = _Scope(filters.addressee_ranges(text), _quoted_titles(text), _own_city(index, text, province),
                       filters.status_ranges(text))
    matches = index.matches(text, province)
    matches = index.merge(matches, index.abbreviations(text, matches, province))
    matches = sorted([*matches, *_towns(index, text, province, matches),
                      *_short_park_forms(index, text, province, matches)], key=lambda m: (m.start, m.end))
    covered: list[tuple[int, int]] = [(m.start, m.end) for m in matches]
    frameworks: list[tuple[int, Framework]] = []
    all_units = list(units(text))
    labels = find_labels(text, all_units)
    label_starts = [label.start for label in labels]
    pending: list[tuple[int, Unit, Hit]] = []
    heading_places: list[Mention] = []
    heading_name, section, cursor = "", _Section(), 0
    for number, unit in enumerate(all_units):
        unit_matches = []
        while cursor < len(matches) and matches[cursor].start < unit.end:
            if matches[cursor].start >= unit.start and matches[cursor].end <= unit.end:  # not cut by a hard split
                unit_matches.append(matches[cursor])
            cursor += 1
        frameworks.extend((number, f) for f in find_frameworks(unit.text, unit.start))
        kept = _keep_mentions(index, doc, unit, unit_matches, addressee, province, result)
        located = _locate_heading(pending, number, unit, kept, heading_places, heading_name)
        if heading_places and (not kept or kept[0].start > unit.start) and not located:
            role, kept = _heading_role(unit, kept, heading_places, heading_name)
            if role is not None:
                pending.append((number, unit, role))
        heading_places = _heading_places(text, unit, number, kept, pending)
        pending.extend((number, unit, hit) for hit in section.whole_place_roles(unit, kept, heading_places))
        heading_name = _HEADING_NUMBER.sub("", unit.text).lstrip("—●•").rstrip("。：:")
        row, kept = table_row(text, unit, kept)
        if row is not None:
            pending.append((number, unit, row))
        if _TITLE.search(unit.text) and _whole_line(text, unit):
            kept = []  # the document's title (苏州市…产业创新集群发展规划) designates nothing
        labelled, kept = _part_labels(text, unit, kept, _recent(frameworks, number))
        pending.extend((number, unit, hit) for hit in labelled)
        found = _heading_industry(text, all_units, number, _unit_hits(text, pending, number, all_units, kept, located))
        pending.extend((number, unit, hit) for hit in found)
        pending.extend((number, unit, hit) for hit in _framework_regions(kept, unit, number, frameworks))
        if kept and not found and not labelled:
            role = _part_in_next_sentence(text, all_units, number, kept) or \
                _labelled_role(text, unit, kept, label_at(labels, label_starts, unit.start))
            if role is not None:
                pending.append((number, unit, role))
    _collect(doc, pending, frameworks, heads, labels, result)
    result.checks.extend(_count_checks(pending, frameworks, result.drafts))
    result.unresolved.extend(_place_like(doc, covered))
    return result


#: （一）做强“四点”。 / （三）打造“一带”。: a heading that only names a part of the quoted layout statement
_PART_HEADING = re.compile(
    r"[ \t\u3000]*（[一二三四五六七八九十]+）(?:做强|做大|建设|打造|构建|培育|壮大|提升|优化|发展)?"
    r"“(?P<part>[一二两三四五六七八九十多][点区带核轴圈心极廊园片群翼环湾])”[。：:]?"
)
#: 依托东营港、滨州港…四个港口， / 沿海岸线由东营河口区、滨州无棣县向东至潍坊、莱州，/ 包括A、B两市，: the clause
#: that says where
_PART_WHERE = re.compile(r"[ \t\u3000]*(?:依托|以|沿|由|(?:范围)?(?:包括|涵盖))[^，。；：]{2,60}?[，,]")
#: …，构建以高效生态农业…为主的沿海生态产业带: the part's own name in the next clause
_PART_ZONE = re.compile(rf"[，,](?:加快|着力|重点)?(?:构建|打造|建设|形成)(?:以[^，。；：]{{2,30}}为主的)?"
                        rf"(?P<zone>[^，。；：]{{2,20}}?(?:{'|'.join(LAYOUT_NOUNS)}))(?=[，。；]|$)")


def _part_in_next_sentence(text: str, all_units: list[Unit], number: int, kept: list[Mention]) -> Hit | None:
    """（一）做强“四点”。依托东营港、滨州港、潍坊港、莱州港四个港口，…: a heading that names a part of the layout
    and no place, then a sentence whose first clause says where it is: the part is in the places of that clause
    (a district written after its city stands for itself)."""
    if not number or _PART_HEADING.fullmatch(all_units[number - 1].text) is None:
        return None
    unit = all_units[number]
    where = _PART_WHERE.match(unit.text)
    if where is None:
        return None
    clause = [m for m in kept if m.end <= unit.start + where.end() and m.adcodes]
    places = [m for group in place_groups(clause, text) for m in group]  # 东营河口区 -> 河口区
    if len(places) < 2:
        return None
    part = _PART_HEADING.fullmatch(all_units[number - 1].text).group("part")
    zone = _PART_ZONE.search(unit.text, where.end() - 1)
    name = zone.group("zone") if zone else f"{part}：{unit.text[where.start():where.end() - 1].strip()}"[:40]
    return Hit(tuple(places), "area", name, "", part, rule="（一）做强“四点”。依托A、B…",
               notes=(f"part {part} placed by the next sentence",))


def _heading_role(unit: Unit, kept: list[Mention], heading_places: list[Mention],
                  heading_name: str) -> tuple[Hit | None, list[Mention]]:
    """The role of the places in the heading just before (赣州市。以稀土…为主导); a means clause that opens
    the unit (北疆地区。依托天山北坡经济带，重点发展…) leaves the heading's places the subject, and the
    place it names is only the means (returns the role and the mentions still to read)."""
    lead = unit.text[: kept[0].start - unit.start] if kept else unit.text  # 赣州市。以稀土…为主导，支持南康区…
    role = role_after_heading(lead, tuple(heading_places), heading_name)
    means = _MEANS_CLAUSE.match(unit.text) if role is None else None
    if means is not None:
        role = role_after_heading(unit.text[means.end():], tuple(heading_places), heading_name)
        if role is not None:  # a park in brackets inside the means clause is still read (依托田心…园（石峰区），)
            kept = [m for m in kept if m.start >= unit.start + means.end()
                    or _PARK_BEFORE_BRACKET.search(unit.text[: m.start - unit.start]) is not None]
    return role, kept


_PARK_BEFORE_BRACKET = re.compile(r"(?:园区?|基地|开发区|工业区|产业区|高新区|经开区)（$")


_WHOLE_PLACE = re.compile(r"^(?:全市|全州|全盟|全地区)(?=[^，。；：]{0,4}(?:发展|打造|建设|培育|布局))")


@dataclass
class _Section:
    """The place a numbered section is about (（三）齐齐哈尔市。), for clauses that refer back to it as a
    whole (…；全市着力发展数控重型机床和铁路货车。)."""

    places: list[Mention] = field(default_factory=list)

    def whole_place_roles(self, unit: Unit, kept: list[Mention], heading_places: list[Mention]) -> list[Hit]:
        if heading_places:
            self.places = heading_places
        elif _HEADING_NUMBER.match(unit.text).group():
            self.places = []  # the next numbered section is about something else
        whole = _WHOLE_PLACE.match(unit.text)
        if whole is None or kept or len(self.places) != 1 or not self.places[0].adcodes[0].endswith("00"):
            return []
        hit = role_after_heading(unit.text[whole.end():], tuple(self.places))
        return [replace(hit, notes=(*hit.notes, f"{whole.group()} = {self.places[0].written}"))] if hit else []


def _heading_places(text: str, unit: Unit, number: int, kept: list[Mention],
                    pending: list[tuple[int, Unit, Hit]]) -> list[Mention]:
    """The places of a place heading (for the units after it); a heading that repeats a quoted layout part
    is also a designation of its own (added to ``pending``)."""
    quoted_part = _quoted_part_heading(text, unit, kept)
    if quoted_part is not None:
        pending.append((number, unit, quoted_part))
    return kept if kept and (quoted_part or _is_place_heading(unit.text, kept, unit.start)) else []


def _quoted_part_heading(text: str, unit: Unit, kept: list[Mention]) -> Hit | None:
    """按照“两区六园、关中配套”的思路 … （四）关中配套。: a numbered heading that repeats a part of the quoted
    layout statement and opens with a place designates that place as the part, whatever its last word."""
    number = _HEADING_NUMBER.match(unit.text)
    body = _HEADING_NUMBER.sub("", unit.text).rstrip("。：:")
    if not number or not number.group() or len(kept) != 1 or not 3 <= len(body) <= 12 or \
            kept[0].start != unit.start + number.end() or body == kept[0].surface:
        return None
    if re.search(rf"“(?:[^“”\n]{{0,30}}[、，])?{re.escape(body)}(?:[、，][^“”\n]{{0,30}})?”", text) is None:
        return None
    return Hit((kept[0],), "area", body, "", body, rule="heading repeats a quoted layout part")


_LOCATED = re.compile(r"^(?:以|位于|地处|选址于?|布局于|坐落于|依托|在|(?:重点|集中|主要)开发|"
                      r"(?:主要|集中)?(?:分布|布局)(?:在|于))")  # 主要分布在东山区、兴山区
#: （四）福州茉莉花茶产业带。重点在闽侯县、仓山区恢复发展…，打造福州茉莉花茶产业带: 重点在X places the heading's zone
#: only when the sentence goes on to build that zone (重点在A、B布局建设…项目 sites works, not the zone)
_LOCATED_FOCUS = re.compile(r"^(?:重点|集中|主要)在")
_FOCUS_ONLY = re.compile(r"(?![^，。；：]*(?:建设|布局|发展|打造|推进|实施|培育|开发))[^，。；：]{2,40}?[，,]")


def _located_lead(unit_text: str, skip: int, heading_name: str,
                  heading_places: list[Mention] | None = None) -> re.Match[str] | None:
    """The opening words (以/位于/在…) of a body clause that says where the heading's zone is, or None."""
    lead = _LOCATED.match(unit_text[skip:])
    if lead is None and heading_places and all(m.name_kind == "region" for m in heading_places):
        # 4.鲁北露地蔬菜优势区。重点在德州市乐陵市、平原县发展…: a regional name only names the zone, and where in the
        # region it is grown is where it is
        return _LOCATED_FOCUS.match(unit_text[skip:])
    focus = _LOCATED_FOCUS.match(unit_text[skip:]) if lead is None else None
    # 3.沧州…基地。重点在任丘、黄骅两地，发展…: a focus clause that is only the places places the zone too
    builds = bool(heading_name) and re.search(rf"(?:打造|建设|建成|形成){re.escape(heading_name)}", unit_text)
    if focus is not None and (_FOCUS_ONLY.match(unit_text, skip + focus.end()) is not None or builds):
        lead = focus
    return lead


def _locate_heading(pending: list[tuple[int, Unit, Hit]], number: int, unit: Unit, kept: list[Mention],
                    heading_places: list[Mention], heading_name: str = "") -> tuple[set[str], str] | None:
    """（二）漳州古雷石化基地。以漳浦县古雷半岛为核心… / （三）福州江阴化工新材料专区。位于福清市江阴半岛 /
    ——曲靖重化工和装备制造基地。依托曲靖经济技术开发区和麒麟区…: the heading
    names the zone after its city, and the body's first clause says at once where in that city it is; the
    heading's designation is in those places (the city only names it, also when a park or a district in the
    clause repeats the city's name: 唐山丰润区, 曲靖经济技术开发区). Rewrites the heading's hits in place;
    returns the heading's codes and name (None when it is not located so)."""
    # 2.合六产业带。沿合六叶高速公路，以肥西县为起点，向…延伸: a route clause may come before the located clause
    route = _ROUTE_OPEN.match(unit.text)
    # 1．达州…产业集群。依托普光气田，在宣汉县重点发展…: a means clause may come before the located clause
    means = _MEANS_BEFORE_SITE.match(unit.text) if route is None else None
    skip = (route or means).end() if (route or means) is not None and heading_places else 0
    if skip:
        kept = [m for m in kept if m.start >= unit.start + skip]
    lead = _located_lead(unit.text, skip, heading_name, heading_places)
    heading_codes = {code for m in heading_places for code in m.adcodes}
    subject_regional = False
    yi = re.match(r"(?:要|应)?以", unit.text[kept[0].end - unit.start:]) if kept and lead is None else None
    if heading_places and kept and lead is None and kept[0].start == unit.start and \
            set(kept[0].adcodes) <= heading_codes and len(kept) > 1 and \
            (yi is not None or _subject_opening(unit, kept, heading_places, skip) is None):
        # （三）晋北铝材加工基地。忻州市以原平市为重点，…: one city of the heading's region, then where in it
        lead = yi
        if lead is None or kept[1].start != kept[0].end + lead.end():
            return None
        kept = kept[1:]
    elif lead is None and (subject := _subject_opening(unit, kept, heading_places, skip)) is not None:
        # 2．平凉道源养生旅游区。崆峒区依托崆峒山…，重点发展…: a county of the heading's city opens the body as the
        # subject of what is built or grown there
        kept = subject
        subject_regional = _subjects_of_region(unit, subject)
    elif not heading_places or not kept or lead is None or kept[0].start != unit.start + skip + lead.end():
        return None
    stop = re.search(r"[，,。；：]", unit.text[skip:])
    clause_end = unit.start + skip + (stop.start() if stop else len(unit.text) - skip)
    onward = _ONWARD.match(unit.text, clause_end - unit.start) if unit.text[:clause_end - unit.start].endswith(
        "为起点") else None
    if onward is not None:  # 以肥西县为起点，向六安市金安区、裕安区延伸: the belt runs on into the places it names
        clause_end = unit.start + onward.end()
    clause = _focus_counties(unit, kept, [m for m in kept if m.start < clause_end], clause_end)
    # 唐山丰润区 / 向芜湖市湾沚区、繁昌区延伸: a city written before its own district only names it
    clause = [m for m in clause if not any(n is not m and n.adcodes and all(_contains(m, c) for c in n.adcodes)
                                           for n in clause)]
    # 以达州、南充、广安三市为主体 narrows a region (川东北); a means (依托天山北坡经济带) does not
    # (以贵阳为中心 / 以青岛为龙头 / 以昆明、曲靖为重点 name only the centre or the focus of a region, not its extent)
    regional = subject_regional or \
        re.match(r"以[^，。；：]{2,30}为(?:主体|主要载体)[，,。；]", unit.text[skip:]) is not None
    # 一核：黔中…核心区。以贵阳市、安顺市为核心: the core zone's own core is its extent (not a region's centre only,
    # and not when supports follow: 以西安为核心，宝鸡、咸阳…为支撑)
    regional = regional or (heading_name.endswith("核心区") and re.match(
        r"以[^，。；：]{2,30}为核心[，,。；](?![^，。；：]{2,30}为)", unit.text[skip:]) is not None)
    inner = [m for m in clause if not set(m.adcodes) <= heading_codes or any(
        _narrows(m, outer, regional) for outer in heading_places)]
    # (以盘锦辽东湾新区（大洼区）为主体: the main body's site in brackets is where the zone is; 以长沙经济技术开发区
    # （长沙县）为主要载体 is a vehicle, and the zone named after the city stays the city's)
    main_body = re.match(r"以[^，。；：]{2,30}为主体[，,。；]", unit.text[skip:]) is not None
    if not main_body and any(unit.text[m.start - unit.start - 1:m.start - unit.start] == "（" for m in inner):
        return None  # 依托襄阳高新区（襄州区），…: the means' own site, the heading's zone stays the city's
    # 黔南磷石膏建材发展区。以开阳县、福泉市、瓮安县为重点: the places the body names are the zone's, also one past the
    # border of the place that names it (开阳县 is 贵阳's), when the others lie in it
    beyond = re.match(r"以[^，。；：]{2,30}为(?:主体|重点|主要载体)[，,。；]", unit.text[skip:]) is not None and \
        len(inner) > 2 and sum(
        any(_narrows(m, outer, regional) for outer in heading_places) for m in inner) * 2 > len(inner)
    # （三）推进徽州文化生态保护实验区建设。以黄山市和绩溪县为主体: the heading's place (徽州区) lies inside the main
    # body the next sentence states (黄山市): the name recalls a wider region, whose extent the body gives
    beyond = beyond or (re.match(r"以[^，。；：]{2,30}为主体[，,。；]", unit.text[skip:]) is not None and len(inner) > 1
                        and all(any(_contains(m, code) for m in inner for code in outer.adcodes)
                                for outer in heading_places))
    # 泰州—扬州…集聚区。以靖江市、泰兴市、江都区为主要载体: each place lies in one of the heading's places
    if not inner or (not beyond and any(not any(_narrows(m, outer, regional) for outer in heading_places)
                                        for m in inner)):
        return None
    heading_ids = {id(m) for m in heading_places}
    for i, (at, heading_unit, hit) in enumerate(pending):
        if at == number - 1 and {id(m) for m in hit.mentions} <= heading_ids:
            # 独山子—克拉玛依石化基地 read as two hits: each keeps the clause's places within its own place
            mine = inner if beyond else [m for m in clause if any(
                _narrows(m, outer, regional) or set(m.adcodes) == set(outer.adcodes) for outer in hit.mentions)]
            if mine:
                pending[i] = (at, heading_unit, replace(hit, mentions=tuple(mine), notes=(
                    *hit.notes, f"located by the next sentence in {'、'.join(m.written for m in mine)}")))
    return heading_codes, heading_name


#: ，建设静宁县、庄浪县…等: the clause after a focus that builds in counties listed by name
_BUILT_COUNTIES = re.compile(r"[，,](?:重点|着力|加快|大力)?(?:建设|打造|发展|布局)$")


def _focus_counties(unit: Unit, kept: list[Mention], clause: list[Mention], clause_end: int) -> list[Mention]:
    """1.陇东…苹果优势区。以平凉市、庆阳市为重点，建设静宁县、庄浪县…镇原县等优质苹果生产基地县: the focus names
    whole prefectures, and the next clause the counties of exactly those prefectures where the zone is built; the
    counties are where the heading's zone lies (the prefectures only say where they are)."""
    prefixes = {m.adcodes[0][:4] for m in clause if len(m.adcodes) == 1 and m.adcodes[0].endswith("00")
                and not m.adcodes[0].endswith("0000")}
    if not clause or len(prefixes) != len(clause) or \
            re.match(r"以[^，。；：]{2,30}为重点[，,]", unit.text[clause[0].start - unit.start - 1:]) is None:
        return clause
    later = [m for m in kept if m.start >= clause_end]
    if not later or _BUILT_COUNTIES.search(unit.text[:later[0].start - unit.start]) is None:
        return clause
    counties = []
    for mention in later:
        gap = unit.text[counties[-1].end - unit.start:mention.start - unit.start] if counties else ""
        if len(mention.adcodes) != 1 or mention.adcodes[0].endswith("00") or \
                mention.adcodes[0][:4] not in prefixes or (counties and gap not in ("、", "和", "及")):
            break
        counties.append(mention)
    return counties if len(counties) >= 2 and {m.adcodes[0][:4] for m in counties} == prefixes else clause


#: 崆峒区依托… / 崆峒区、泾川县重点发展… / 崆峒区要建设…: the verb after a body's opening places (its subject)
_SUBJECT_VERB = re.compile(r"(?:要|应|将)?(?:依托|立足|利用|发挥|以|重点|着力|加快|大力|积极|建设|打造|发展|布局|培育)")


def _listed_run(unit: Unit, kept: list[Mention]) -> list[Mention]:
    """The first mention and those joined to it by list words only (A、B和C): the list a clause opens with."""
    places = [kept[0]]
    for mention in kept[1:]:
        if unit.text[places[-1].end - unit.start:mention.start - unit.start] not in ("、", "和", "及", "与"):
            break
        places.append(mention)
    return places


def _subject_opening(unit: Unit, kept: list[Mention], heading_places: list[Mention],
                     skip: int) -> list[Mention] | None:
    """The places that open a body as its subject (崆峒区依托…) when each lies strictly in a place of the heading
    before (平凉道源养生旅游区: 崆峒区 is 平凉市's), else None."""
    if not heading_places or not kept or kept[0].start != unit.start + skip:
        return None
    places = _listed_run(unit, kept)
    regional = _subjects_of_region(unit, places)
    if _SUBJECT_VERB.match(unit.text, places[-1].end - unit.start) is None or not all(
            any(_narrows(m, outer, regional) for outer in heading_places) for m in places):
        return None
    return places


def _subjects_of_region(unit: Unit, places: list[Mention]) -> bool:
    """（四）川东北配套协作区。南充、达州重点发展…: two or more cities of the heading's region open the body together
    as the one subject of the sentence, so they are the zone's extent (not when the sentence goes on to other
    subjects after a ；, as in 西安、咸阳重点发展A；宝鸡重点发展B, each city's own role)."""
    return len(places) > 1 and "；" not in unit.text


def _narrows(inner: Mention, outer: Mention, regional: bool = False) -> bool:
    """``inner`` is a strict part of ``outer``: a county of its city, or (``regional``: a 以…为主体 clause)
    some of the cities of a region written as one name (川东北 = five cities; 以达州、南充、广安三市为主体)."""
    return bool(inner.adcodes) and all(
        _contains(outer, code) or (regional and code in outer.adcodes and len(outer.adcodes) > len(inner.adcodes))
        for code in inner.adcodes)


#: 依托普光气田，在宣汉县… / 依托资源优势，以…为核心: a means clause before the clause that places the zone
#: 以东营港经济开发区为载体，在河口区… / 以丽水生态产业集聚区为主平台，在莲都区…: the vehicle, then where
_MEANS_BEFORE_SITE = re.compile(r"^(?:(?:依托|立足|利用|发挥)[^，。；：（）]{1,20}|"
                                r"以[^，。；：（）为]{2,20}为(?:主要|重要|核心|主)?(?:载体|平台|依托))[，,](?=在|以)")
#: 沿合六叶高速公路， / 沿京沪高铁和合宁高速公路，: the route a belt follows, before the clause that places it
_ROUTE_OPEN = re.compile(r"^沿[^，。；：]{2,30}?(?:公路|高速|铁路|高铁|通道|干线|沿线|一线|走廊)[，,]")
#: ，向六安市金安区、裕安区延伸: where a belt that starts in one place runs on to
_ONWARD = re.compile(r"[，,](?:向|往)[^，。；：]{2,30}(?:延伸|拓展|延展)")


def _contains(outer: Mention, code: str) -> bool:
    """``code`` is a unit strictly inside ``outer`` (a prefecture's county, a province's prefecture)."""
    return any(code != o and ((o.endswith("0000") and code[:2] == o[:2]) or
                              (o.endswith("00") and not o.endswith("0000") and code[:4] == o[:4]))
               for o in outer.adcodes)


#: 依托天山北坡经济带， / 立足资源优势， / 突出省会优势，: a means clause that opens a unit under a place heading.
_MEANS_CLAUSE = re.compile(r"^(?:要|应|将)?(?:依托|立足|利用|发挥|借助|突出|放大|用好)[^，。；：]{1,20}[，,]")
# 西翼依托双流区、新津区，重点发展…: a wing named by its side opens the unit and its means clause follows
_PART_LABEL = re.compile(
    r"^([一二两三四五六七八九十双多][核翼带轴区圈廊环湾心极群副主点园片])[：:]|^([东西南北]翼)(?=依托|以|沿|包括)"
)
_LABEL_ROLE = re.compile(r"[，,：:](?:重点|着力|主要|大力|优先)发展(?P<ind>[^，。；：]{2,40})")
#: after an item's zone name and its places, a plain 发展/打造 clause is its role (…，发展山水观光、三国文化旅游)
_ITEM_ROLE = re.compile(r"[，,](?:重点|着力|主要|大力|优先|加快)?(?:发展|打造|建设)(?P<ind>[^，。；：]{2,40})")


def _unit_hits(text: str, pending: list[tuple[int, Unit, Hit]], number: int, all_units: list[Unit],
               kept: list[Mention], located: tuple[set[str], str] | None = None) -> list[Hit]:
    """The hits of one unit: none when it spells out the extent of the zone the heading before names (范围包括A、
    B、C…: the places are that zone's, not in frames of their own); a unit that opens with 前者/后者 is read
    without the pronoun and its hits are named after the zone it refers to."""
    unit = all_units[number]
    if number and _scoped_zone(pending, number, all_units[number - 1], unit, kept):
        return []
    back = _section_heading_before(pending, number, all_units)
    if back is not None and _SCOPE_LATER.match(unit.text) and \
            _scoped_zone(pending, number, all_units[back], unit, kept, heading_at=back,
                         between="".join(u.text for u in all_units[back + 1:number])):
        return []
    pronoun = _REFERENT_PRONOUN.match(unit.text)
    referent = next((r for back in all_units[max(0, number - 3):number][::-1]
                     if (r := _referent(back.text, pronoun.group(1))) is not None), None) if pronoun else None
    if pronoun is None or referent is None:
        hits = _subjects_build_region_zone(text, _extent_stated(unit, kept, detect(text, unit.start, unit.end, kept)))
        if located is None:
            return hits
        # 忻州市以原平市为重点，…，打造晋北铝材加工基地: the located heading's zone again, not on the heading's region
        codes, name = located
        return [hit for hit in hits if not (hit.name and hit.name in name and all(
            set(m.adcodes) <= codes for m in hit.mentions))]
    at = unit.start + pronoun.end() - 2
    blanked = text[:at] + "\u3000\u3000" + text[at + 2:]  # 前者依托东营、滨州两市，… is read as 依托东营、滨州两市，…
    return [replace(hit, name=referent, group=referent, per_place=False, kind="area" if len(hit.mentions) > 1
                    else hit.kind, notes=(*hit.notes, f"{pronoun.group(1)} = {referent}"))
            for hit in detect(blanked, unit.start, unit.end, kept)]


#: …，建设 between a subject's role and the zone it builds (宜宾市、乐山市发展名优早茶，建设川南早茶产业带)
_THEN_BUILDS = re.compile(r"^[^，。；：]{2,30}[，,](?:要|并|共同)?(?:建设|打造|培育|形成)$")


def _subjects_build_region_zone(text: str, hits: list[Hit]) -> list[Hit]:
    """宜宾市、乐山市发展名优早茶，建设川南早茶产业带: a zone named after a region (川南, four cities) that the subject
    of the clause before builds is in the subject's places (some of them in the region), not in the whole region."""
    out = []
    for hit in hits:
        region = hit.mentions[0] if len(hit.mentions) == 1 and hit.mentions[0].name_kind == "region" else None
        subject = next((h.mentions for h in hits if region is not None and h is not hit and h.mentions and
                        h.mentions[-1].end < region.start and
                        _THEN_BUILDS.match(text[h.mentions[-1].end:region.start]) is not None and
                        any(set(m.adcodes) <= set(region.adcodes) for m in h.mentions)), None)
        if subject is None or not hit.name.startswith(region.written):
            out.append(hit)
            continue
        out.append(replace(hit, mentions=subject, per_place=False, notes=(
            *hit.notes, f"{region.written} names the zone that {'、'.join(m.written for m in subject)} build")))
    return out


#: 先行区涉及天桥区、济阳区部分区域 / …，涉及黄山区、休宁县、青阳县，重点发展…: the clause that states a zone's extent
_EXTENT = re.compile(r"(?:涉及|范围包括|范围涵盖)$")


def _extent_stated(unit: Unit, kept: list[Mention], hits: list[Hit]) -> list[Hit]:
    """规划建设济南…先行区，先行区涉及天桥区、济阳区部分区域 / 以黄山、九华山…为重要节点，…，涉及黄山区、休宁县…:
    when a sentence states the zone's extent, a place named before it that is only the city the extent lies in (the
    city the zone is named after, a mountain named like its city) gives way to the places of the extent."""
    extent: list[Mention] = []
    previous_end = unit.start
    for mention in kept:
        gap = unit.text[previous_end - unit.start:mention.start - unit.start]
        previous_end = mention.end
        if extent and gap in ("、", "和", "及", "与"):
            extent.append(mention)
        elif extent:
            break
        elif _EXTENT.search(gap) and mention.adcodes:
            extent.append(mention)
    if not extent:
        return hits
    codes = {code for m in extent for code in m.adcodes}
    out = []
    for hit in hits:
        before = hit.mentions and all(m.end <= extent[0].start for m in hit.mentions)
        # (a scenic node read as its county, 九华山 → 青阳县, is covered by an extent that lists that county)
        if before and all((m.level == "prefecture" and any(_contains(m, code) for code in codes))
                          or (m.name_kind == "alias" and set(m.adcodes) <= codes) for m in hit.mentions):
            note = f"extent stated: {'、'.join(m.written for m in extent)}"
            out.append(replace(hit, mentions=tuple(extent), per_place=False, kind="area" if hit.kind == "site"
                               else hit.kind, notes=(*hit.notes, note)))
        else:
            out.append(hit)
    return out


_REFERENT_PRONOUN = re.compile(r"^[ \u3000]*(前者|后者)")
_TWO_ZONES = re.compile(
    rf"(?P<a>[^，。；：、]{{2,30}}?(?:{'|'.join(LAYOUT_NOUNS)}))(?:和|与|及|、)"
    rf"(?P<b>[^，。；：、]{{2,30}}?(?:{'|'.join(LAYOUT_NOUNS)}))[。；]?$"
)


def _referent(previous: str, pronoun: str) -> str | None:
    """（二）两极：黄河三角洲高效生态海洋产业集聚区和鲁南临港产业集聚区。前者…；后者…: the zone 前者/后者 stands for."""
    pair = _TWO_ZONES.search(previous.rsplit("：", maxsplit=1)[-1].strip(" \u3000"))
    if pair is None:
        return None
    return pair.group("a") if pronoun == "前者" else pair.group("b")


#: 五市 / 3个县 / 两地市: the count that closes a list of places
_COUNTED_PLACES = r"(?:[两三四五六七八九十]|\d{1,2})个?(?:市|县|区|城市|地市|县市|市县|县区|市州)"
#: a list of counties closed by its kind: …、宜君等重点县 / …等15个县（区）
_COUNTIES_CLOSED = (r"[^，。；：]{2,80}?等(?:重点|主产|优势|核心)?(?:\d{1,2}|[两三四五六七八九十]{1,3})?个?"
                    r"(?:县（市、区）|县（市）|县（区）|县区|县市|市县|县)")
#: 滇中产业新区范围涉及… / 实验区位于郑州市东南部，规划面积415平方公里，范围包括…: the opening that states a zone's
#: extent (where it lies and its area may come first).
_SCOPE_OPEN = re.compile(
    r"^[ \u3000]*(?:(?P<zone>[^，。；：、]{0,24}?)(?:位于[^，。；：]{1,20}[，,])?"
    r"(?:(?:规划|总|占地)?面积[^，。；：]{1,20}[，,])?"
    # 沿京广铁路，涵盖岳阳、长沙… / 串联怀化、邵阳…: a belt's route may come first, and its extent is what it covers
    r"(?:沿[^，。；：]{2,16}?(?:铁路|高铁|高速公路|高速|公路|国道|干线|通道|沿线|一线|两岸|沿岸|专线)(?:布局)?[，,])?"
    # 依托明长城沿线资源，东起…，经…，西至…: a belt drawn by where it starts, runs and ends (after what it draws on)
    # 依托长江黄金水道，串联武汉、鄂州…: or what it links (after what it draws on)
    r"(?P<drawn>依托[^，。；：]{2,20}?[，,](?=[东西南北]起|起于|起自|(?:主要)?(?:串联|连接|贯穿|涵盖|覆盖)))?"
    # 以紫金港科技城、未来科技城…为核心，贯穿西湖区、余杭区…: a corridor's cores (parks), then what it crosses
    r"(?:以(?P<cores>[^，。；：]{2,40}?)为(?:核心|中心|龙头|主轴|引领|纽带|主线)[，,](?=(?:主要)?(?:涵盖|覆盖|串联|连接|贯穿)))?"
    # 主要分布在鹤岗市、双鸭山市 / 主要布局在…: where a heading's zone lies
    r"(?:(?:规划)?范围(?:主要)?(?:包括|涉及|为)|(?:主要)?(?:包括|涵盖|覆盖|串联|连接|贯穿)|"
    r"(?P<sited>位于|地处|坐落于|(?:主要|集中)?(?:分布|布局|集中)(?:在|于))|(?P<route>[东西南北]起|起于|起自)|"
    # 2.鲁西设施蔬菜优势区。重点在聊城市莘县、冠县，发展…: a focus clause that is only the places
    r"(?P<focus>(?:重点|主要|集中)在)|"
    # 2．钱塘江山水旅游带。沿富春江、新安江一线，桐庐县、建德市、淳安县共同打造…: after the route, the places that
    # build the belt together
    r"(?<=[，,])(?=[^，。；：]{2,40}?(?:共同|联合|合力)(?:打造|建设))|"
    # 1．沈大物流带。沿…，依托沈阳、辽阳、鞍山、营口、大连五市，建设…: a belt drawn on a counted list of places
    # (not 依托郑州、洛阳、新乡三市国家高新区: the parks are what is drawn on there)
    rf"依托(?=[^，。；：]{{2,60}}?{_COUNTED_PLACES}(?:[^，。；：]{{0,8}}?(?:港口|资源|优势|基础))?[，,])|"
    # （一）渭北苹果优势区。…。到2020年，洛川、白水、富县等重点县苹果面积…: the zone's target names its counties
    rf"[，,](?P<dated>)(?={_COUNTIES_CLOSED})))"
)

#: …，经唐山市迁西县、遵化市，承德市滦平县金山岭，西至张家口市怀来县、蔚县，: the clause that ends a belt's route
_ROUTE_END = re.compile(r"(?:[东西南北]至|止于|终于|[东西南北]抵)[^，。；：]*")
_ZONE_HEADING = re.compile(
    # （一）一带：赤水河流域酱香型白酒产业带。/ 一、一圈：环首都休闲度假旅游圈: the framework part the zone is (its
    # label) may open the heading
    rf"^[—－\-●•·\s\u3000]*(?:[一二两三四五六七八九十双多]大?[核翼带轴区圈廊点园极心群片环湾][：:])?(?P<zone>[^，。；：、]{{2,30}}?(?:{'|'.join(LAYOUT_NOUNS)}|[区带园圈廊]))[。：:]?$"
)


#: 范围包括… / 产业带范围涉及…: a later sentence of a zone's section that states the zone's extent
_SCOPE_LATER = re.compile(r"^[ \u3000]*[^，。；：、]{0,12}?(?:规划)?范围(?:主要)?(?:包括|涉及|涵盖|为)|"
                          rf"^[ \u3000]*(?:到|至)20\d\d年(?:底|末)?[，,](?={_COUNTIES_CLOSED})")
#: how many sentences after its heading a zone's extent may still be stated
_SCOPE_REACH = 3


def _section_heading_before(pending: list[tuple[int, Unit, Hit]], number: int, all_units: list[Unit]) -> int | None:
    """The unit number of the zone heading this unit's section opens with, when it is two or three sentences
    back and the sentences between name no place (no hit was read from them); else None.

    Why: （二）沿海临港产业带。坚持集约发展…。重点发展石化…。范围包括连云港市、盐城市、南通市。 states the zone's extent
    after its principles and roles; the places are still the heading's zone's, as when the extent comes first."""
    for back in range(number - 2, max(-1, number - 1 - _SCOPE_REACH), -1):
        if any(back < at < number for at, _u, _h in pending):
            return None
        text = all_units[back].text.strip(" \u3000")
        if _HEADING_NUMBER.match(text).group():
            # another numbered heading that names no zone: the section began after it
            return back if _ZONE_HEADING.match(_HEADING_NUMBER.sub("", text)) else None
    return None


def _scoped_zone(pending: list[tuple[int, Unit, Hit]], number: int, previous: Unit, unit: Unit,
                 kept: list[Mention], heading_at: int | None = None, between: str = "") -> bool:
    """——桂东承接产业转移示范区。范围包括梧州、贵港、玉林、贺州4市，重点承接… / （二）规划建设滇中产业新区。滇中产业新区
    范围涉及昆明市安宁市、嵩明县，曲靖市马龙县…: a heading names a zone and the next sentence opens with its extent;
    the places listed (up to the first clause with none) are the zone's. A hit the heading made from a place in
    the zone's name (滇中) is moved to them. Returns whether the unit was read this way (its own hits dropped)."""
    opening = _SCOPE_OPEN.match(unit.text)
    heading = _ZONE_HEADING.match(_HEADING_NUMBER.sub("", previous.text.strip(" \u3000")))
    # 以承德市双桥区为核心，串联滦平县、兴隆县…: a core that is a place is part of the zone (parks are no places)
    cores = [m for m in kept if opening is not None and opening.group("cores") and
             unit.start + opening.start("cores") <= m.start < unit.start + opening.end("cores")]
    if opening is not None:
        kept = [m for m in kept if m.start >= unit.start + opening.end()]  # 滇中产业新区范围…: 滇中 names it
    if opening is None or heading is None or not kept or kept[0].start != unit.start + opening.end():
        return False
    heading_at = number - 1 if heading_at is None else heading_at
    if opening.group("sited") and (any(at == heading_at for at, _u, _h in pending) or re.match(
            r"(?:[东西南北中]|东南|东北|西南|西北)部", unit.text[kept[0].end - unit.start:])):
        # （三）福州江阴化工新材料专区。位于福清市… (a heading with a place: _locate_heading) / 位于唐山市南部，包括…
        # (a city named as the locator of a part of it)
        return False
    # （五）临空综合经济园。位于平安区和互助土族自治县交界的…: a heading with no place, sited by the next sentence
    zone = re.sub(r"^(?:规划建设|加快建设|建设|打造|培育|推进|做强|做大|壮大|提升)", "", heading.group("zone"))
    if not _opening_is_the_zones(opening, zone, previous.text):
        return False
    places = [kept[0]]
    for mention in kept[1:]:
        gap = unit.text[places[-1].end - unit.start:mention.start - unit.start]
        if gap not in ("", "、", "，", "和", "及", "与", "以及") and not (
                _COUNTIES_OF.fullmatch(gap) and places[-1].adcodes and places[-1].adcodes[0].endswith("00")):
            break
        places.append(mention)
    places = _scope_places(opening, unit, kept, places)
    if not places:
        return False
    places = [*cores, *places]
    role = re.search(r"[，,](?:重点|着力|主要|大力|优先)?(?:发展|承接)(?P<ind>[^，。；：]{2,40})", unit.text) or \
        re.search(r"(?:^|[，,。；])(?:重点|着力|主要|大力|优先)(?:发展|承接)(?P<ind>[^，。；：]{2,40})", between)
    industry = re.sub(r"(?:等)?(?:产业|行业|领域)?$", "", role.group("ind")) if role else ""
    hit = Hit(tuple(_innermost(places)), "area", zone[:40], industry, zone[:40], rule="zone。范围包括…",
              notes=("the extent of the zone named in the heading before",))
    moved = False
    for i, (at, heading_unit, earlier) in enumerate(pending):
        # 3.赣中赣东北油茶产业带。: the heading's hit may have kept only the part of the name after a place (赣东北…)
        if at == heading_at and (zone in earlier.name or (len(earlier.name) > 3 and earlier.name in zone)):
            pending[i] = (at, heading_unit, replace(hit, industry=hit.industry or earlier.industry))
            moved = True
    if not moved:
        pending.append((number, unit, hit))
    # the role read for the heading's own places from this unit (以…科技城为核心 as an industry) is that zone's too
    pending[:] = [(at, u, h) for at, u, h in pending if not (
        at == number and h.mentions and all(previous.start <= m.start < previous.end for m in h.mentions))]
    return True


#: 1．陇东苹果优势区。该区域涵盖…: the extent's sentence may refer to the heading's zone by a demonstrative
_ZONE_REFERENCE = re.compile(r"(?:该|本|此|这一)(?:区域?|片区|板块|区块|地区|带|产业带|优势区|基地)?|区域|片区")
#: 涵盖平凉、庆阳两市的崆峒区、泾川县… / 包括平凉市的崆峒区: the counties of the cities just named
_COUNTIES_OF = re.compile(r"(?:[两二三四五六七八九十]个?(?:市|州|地市|市州|盟市))?的")


def _opening_is_the_zones(opening: re.Match[str], zone: str, heading: str) -> bool:
    """Whether the opening of an extent sentence speaks of the heading's zone (its name, 该区域, or a target year)."""
    if opening.group("drawn") and re.search(r"[一二两三四五六七八九十多]+[轴带区圈核翼极心廊]$", zone):
        # 一轴。依托京广高铁，串联岳阳、长沙…，打造湘中高铁经济轴: the sentence names the part's zone itself
        return False
    if opening.group("dated") is not None:  # only a target year before the counties, under a numbered heading
        return re.fullmatch(r"(?:到|至)20\d\d年(?:底|末)?", opening.group("zone") or "") is not None and \
            bool(_HEADING_NUMBER.match(heading.strip(" \u3000")).group())
    return not opening.group("zone") or opening.group("zone") in zone or \
        _ZONE_REFERENCE.fullmatch(opening.group("zone")) is not None


def _scope_places(opening: re.Match[str], unit: Unit, kept: list[Mention], places: list[Mention]) -> list[Mention]:
    """The places of a stated extent as its opening words read them (``places``: the list it opens with): a route
    (东起A，经B、C，西至D) takes every place up to where it ends; a focus clause (重点在A、B，) only its places, and
    only when a comma follows them (重点在A、B布局建设…项目 sites works, not the zone: none)."""
    if opening.group("focus"):
        places = [kept[0]]  # 聊城市莘县、冠县: a city written before its counties joins them with no word
        for mention in kept[1:]:
            if unit.text[places[-1].end - unit.start:mention.start - unit.start] not in ("", "、", "和", "及", "与"):
                break
            places.append(mention)
        return places if re.match(r"(?:等地?)?[，,]", unit.text[places[-1].end - unit.start:]) else []
    route_end = _ROUTE_END.search(unit.text, opening.end()) if opening.group("route") else None
    if route_end is not None:
        return [m for m in kept if m.end <= unit.start + route_end.end()]
    return places


def _innermost(places: list[Mention]) -> list[Mention]:
    """昆明市安宁市、嵩明县: a parent written before its own unit gives way to the unit (and to its siblings)."""
    out: list[Mention] = []
    for mention in places:
        codes = mention.adcodes
        parent = bool(codes) and codes[0].endswith("00") and any(
            m is not mention and m.adcodes and m.adcodes[0][:4] == codes[0][:4] and m.adcodes[0] != codes[0]
            for m in places)
        if not parent:
            out.append(mention)
    return out


def _labelled_role(text: str, unit: Unit, kept: list[Mention], label: str) -> Hit | None:
    """一环：沿佛山一环产业发展环，重点发展智能家电: a unit that opens with a framework part's label names
    its places in no frame, yet its role clause designates them; the label is the designation."""
    part = _PART_LABEL.match(unit.text)
    line_start = text.rfind("\n", 0, unit.start) + 1
    # ——南部稀土冶炼分离及应用产业集聚区。依托龙南县、定南县、全南县的…资源，…，重点发展…: the label may be the
    # lead unit of the same line
    own = bool(label) and (unit.text.startswith(label.split("：", 1)[0]) or (
        label in text[line_start:unit.start] and label.endswith(AREA_NOUNS)))  # not 规范发展“飞地园区”
    if label and not part and label in text[line_start:unit.start]:
        drawn = _drawn_on_places(unit, kept, label)  # （二）…旅游带。沿长江，依托A、B…五市，…，打造…旅游带
        if drawn is not None:
            return drawn
    label = (part.group(1) or part.group(2)) if part else label if own else ""
    item = item_label(unit.text)  # 二是汉江生态文化旅游带，沿汉江串联十堰、襄阳两市，发展…
    label = item or label
    if not label or len(kept) > 3:
        return None
    match = (_ITEM_ROLE if item else _LABEL_ROLE).search(unit.text)
    if match is None or match.start() < kept[-1].end - unit.start:
        return None
    industry = re.sub(r"(?:等)?(?:产业|行业|领域)?$", "", match.group("ind"))
    return Hit(tuple(kept), "area", label[:40], industry, label[:40], rule="label：…重点发展A")


#: （二）皖江城市黄金文化旅游带。沿长江，依托马鞍山、芜湖…五市，整合…，打造…城市文化旅游带。: under a zone's heading,
#: a body that draws on a list of places (after the route it follows) and then builds the zone
_DRAWN_OPEN = re.compile(r"^(?:沿[^，。；：]{1,16}[，,])?(?:依托|依靠|串联|联动|整合|涵盖|覆盖|统筹)")
_DRAWN_AFTER = re.compile(r"^(?:等地|等?[\d一二三四五六七八九十两]+个?(?:市|县|区|城市|地市|县市|市县)?)?"
                          r"(?:的[^，。；：]{1,12}(?:资源|优势|基础))?[，,]")
_DRAWN_ZONE = re.compile(
    r"[，,](?:共同|加快|着力|重点)?(?:打造|建设|形成|构建|建成)[^，。；：]{0,30}?(?:[区带圈廊轴]|走廊)(?=[，。；]|$)")
_DRAWN_ROLE = re.compile(r"[，,](?:重点|着力|主要|大力|优先|加快)?发展(?P<ind>[^，。；：]{2,40})")


def _drawn_on_places(unit: Unit, kept: list[Mention], label: str) -> Hit | None:
    """The heading's zone (its label) drawn on the places its body's first clause lists, when the body then builds
    that zone (打造…旅游带); the places of a means clause are otherwise only its means."""
    opening = _DRAWN_OPEN.match(unit.text)
    if opening is None or not label.endswith(("区", "带", "圈", "廊", "轴")) or \
            kept[0].start != unit.start + opening.end():
        return None
    places = _listed_run(unit, kept)
    after = _DRAWN_AFTER.match(unit.text[places[-1].end - unit.start:])
    zone = _DRAWN_ZONE.search(unit.text)
    if len(places) < 2 or after is None or zone is None or label[-1] not in zone.group():
        return None
    role = _DRAWN_ROLE.search(unit.text, places[-1].end - unit.start)
    industry = re.sub(r"(?:等)?(?:产业|行业|领域)?$", "", role.group("ind")) if role else ""
    return Hit(tuple(_innermost(places)), "area", label[:40], industry, label[:40], rule="zone。依托A、B…，打造…带",
               notes=("the zone the heading names, on the places its body draws on",))


def _finer_placements(drafts: list[Draft]) -> list[Draft]:
    """A park named twice, once on the city its name starts with (建设天水中医药养生保健产业园 → 天水市) and once where
    the plan places it (a table row: 天水中医药养生保健产业园　麦积区): the finer placement is where it is."""
    def coarser(draft: Draft) -> bool:
        # 依托阎良区西安航空基地: the finer draft's name may be the coarser one's after its district
        return draft.kind == "site" and all(code.endswith("00") for code in draft.members) and any(
            other is not draft and other.name.endswith(draft.name) and other.members and all(
                not code.endswith("00") and any(code[:4] == outer[:4] for outer in draft.members)
                for code in other.members) for other in drafts)
    return [draft for draft in drafts if not coarser(draft)]


_FOCUS_RULE = re.compile(r"^以….*为(?:重点|主体)(?:区域)?$")
_ZONE_NAME = re.compile(rf"[\u4e00-\u9fff]{{2}}(?:{'|'.join(LAYOUT_NOUNS)})$")


def _restated_finer(drafts: list[Draft]) -> list[Draft]:
    """（二）两区：遵义浓香董香型白酒集聚区和黔中白酒集聚区。遵义…集聚区以汇川区、播州区和湄潭县为重点，…: a zone a
    heading read on the place or region in its name (遵义市, 黔中), which a later sentence restates as its subject and
    places on some of that place's counties (以…为重点/为主体): the later, finer placement is the zone's."""
    def restated(draft: Draft) -> bool:  # (两副：石嘴山市和吴忠市。石嘴山市以…为重点: a place's name is no zone's)
        return _ZONE_NAME.search(draft.name) is not None and any(
            other is not draft and other.start > draft.start and other.name.startswith(draft.name)
            and _FOCUS_RULE.match(other.rule) is not None and other.members
            and set(other.members) != set(draft.members)
            and all(any(code == outer or _code_within(code, outer) for outer in draft.members)
                    for code in other.members) for other in drafts)
    return [draft for draft in drafts if not restated(draft)]


def _code_within(code: str, outer: str) -> bool:
    return (outer.endswith("0000") and code[:2] == outer[:2]) or (outer.endswith("00") and code[:4] == outer[:4])


#: 沿湘江西岸，依托望城区滨水新城和岳麓区…新城，…，打造湘江西岸现代服务业发展带: the means clause that opens a body
_MEANS_OPEN = re.compile(r"^[ \t\u3000]*(?:沿[^，。；：]{1,16}[，,])?(?:依托|依靠|立足)[^。；]{2,60}?[，,]")


def _drawn_on(hit: Hit, unit: Unit, label: str) -> Hit:
    """A park drawn on in the means clause that opens a body which then builds the zone its heading names (一带：X带。
    依托A区B新城和…，…，打造X带) belongs to that zone: the label becomes its group."""
    zone = label.rsplit("：", 1)[-1]
    means = _MEANS_OPEN.match(unit.text)
    if len(zone) < 4 or means is None or not hit.mentions or hit.group == label or \
            any(not unit.start <= m.start < unit.start + means.end() for m in hit.mentions) or \
            re.search(rf"(?:打造|建设|形成|构建|建成){re.escape(zone)}", unit.text) is None:
        return hit
    return replace(hit, group=label[:40], notes=(*hit.notes, f"drawn on for {zone}"))


def _collect(doc: Document, pending: list[tuple[int, Unit, Hit]], frameworks: list[tuple[int, Framework]],
             heads: list[tuple[int, str]], labels: list[Label], result: Extraction) -> None:
    """Hits -> drafts (framework parts assigned, section labels as groups, repeats merged), unknown list
    items -> unresolved."""
    seen: dict[tuple[str, tuple[str, ...]], int] = {}
    label_starts = [label.start for label in labels]
    for number, unit, hit in pending:
        for offset, written in hit.unknown:
            result.unresolved.append(Mention(offset, offset + len(written), written,
                                             doc.text[offset:offset + len(written)], "list item", ()))
        part_hit, check = _assign_part(hit, unit, number, frameworks, _sentence_label(doc.search_text, unit))
        label = label_at(labels, label_starts, unit.start)
        part_hit = relabel(_drawn_on(part_hit, unit, label), label)
        if check is not None:
            result.checks.append(check)
        for draft in map(_drawable, _drafts(doc, part_hit, unit, heads)):
            key = (draft.name + "|" + draft.group, draft.members)
            if not draft.members:
                continue
            if key in seen:  # stated twice (text and annex, heading and body): keep the one naming an industry
                earlier = seen[key]
                if not result.drafts[earlier].industry and draft.industry:
                    result.drafts[earlier] = draft
                continue
            seen[key] = len(result.drafts)
            result.drafts.append(draft)
    result.drafts[:] = _listed_over_region(_restated_finer(_finer_placements(result.drafts)))


def _listed_over_region(drafts: list[Draft]) -> list[Draft]:
    """（一）一核。珠三角沿海核心区包括广州、深圳、珠海等市: the zone is read once on the region in its name (珠三角,
    nine cities) and once on the places the sentence lists (three); the listed places are the zone's."""
    def superseded(draft: Draft) -> bool:
        # (“一核”即珠三角沿海核心区，包括…: also the framework part read on the region, named 珠三角)
        # （三）三区：北疆草原湖泊生态旅游区、…。 then 1．北疆草原湖泊生态旅游区。包括伊犁州直、阿勒泰地区…: a zone read
        # on a region in its name yields to the same zone's places as the document lists them, however far on
        # (the region's membership is inferred, the list is read)
        on_region = all(m.name_kind == "region" for m in draft.mentions)
        return any(other is not draft and set(other.members) < set(draft.members)
                   and ((other.name.startswith(draft.name) and other.rule in ("X区包括A、B", "…包括A、B、C")
                         and abs(other.start - draft.start) < 80)
                        or (on_region and other.name == draft.name
                            and not any(m.name_kind == "region" for m in other.mentions)))
                   for other in drafts)
    return [draft for draft in drafts if not superseded(draft)]


_HEADING_NUMBER = re.compile(r"^(?:（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|\d+[\.．、]|[（(]\d+[）)])?")


_ITEM_ALONE = re.compile(r"(?:[一二三四五六七八九十]是|其[一二三四五六七八九十])(?=[^，。；：、]{2,26}。$)")
#: （二）花卉。 / （五）核桃等木本油料。: a numbered sub-heading that is only an industry's name
_INDUSTRY_HEADING = re.compile(
    r"[ \t\u3000]*(?:[（(][一二三四五六七八九十\d]{1,2}[）)]|\d{1,2}[\.．])(?P<ind>[\u4e00-\u9fff、和等]{2,8})。")
#: sub-headings that name a task, a principle or a part of the layout, not an industry
_NOT_INDUSTRY_HEADING = re.compile(
    r"思想|目标|原则|要求|定位|布局|任务|措施|保障|领导|机制|体系|环境|支撑|协同|引领|联动|合作|开放|格局|思路|重点|"
    r"方向|现状|基础|问题|形势|政策|监管|考核|评估|宣传|人才|资金|投入|服务|管理|改革|建设|推进|加强|加快|完善|强化|"
    r"优化|提升|推动|实施|促进|深化|拓展|培育|打造|做强|壮大|创新|融合|升级|[一二两三四五六七八九十双多][核翼带轴区圈廊点园极心]")


def _heading_industry(text: str, all_units: list[Unit], number: int, hits: list[Hit]) -> list[Hit]:
    """（二）花卉。以昆明为核心，辐射玉溪、楚雄、红河等州、市，建设…: under a numbered sub-heading that only names an
    industry, the hits of the body on its line that name no industry of their own are that industry's places."""
    if not number or not hits or any(hit.industry for hit in hits):
        return hits
    heading = all_units[number - 1]
    match = _INDUSTRY_HEADING.fullmatch(heading.text)
    if match is None or "\n" in text[heading.end:all_units[number].start] or re.search(
            rf"{_NOT_INDUSTRY_HEADING.pattern}|{'|'.join(LAYOUT_NOUNS)}", match.group("ind")):
        return hits
    industry = match.group("ind")
    return [replace(hit, industry=industry, notes=(*hit.notes, f"the industry of the heading {industry}"))
            for hit in hits]


def _is_place_heading(unit_text: str, kept: list[Mention], unit_start: int) -> bool:
    """A unit that is only an outline number and place names (（一）兰州市。 / 2.天水、陇南：)."""
    rest = list(unit_text)
    for mention in kept:
        for i in range(mention.start - unit_start, mention.end - unit_start):
            rest[i] = ""
    remainder = _HEADING_NUMBER.sub("", "".join(rest).strip()).lstrip("—●•")  # ——蕲春县。: a bulleted place too
    if re.fullmatch(r"[、，和及与。：:\s]*(?:地区)?[、，和及与。：:\s]*", remainder) is not None:  # （二）南疆地区。
        return True
    # （三）郑州航空港经济综合实验区。 — a numbered heading naming one designation
    # ——曲靖重化工和装备制造基地。 — a bulleted heading line naming one designation
    numbered = _HEADING_NUMBER.match(unit_text)
    # 一是苏州创新增长极。 — an enumerated item that is only a zone's name heads the sentences after it
    return (bool(numbered and numbered.group()) or unit_text.startswith("——") or
            _ITEM_ALONE.match(unit_text) is not None) and len(unit_text) <= 30 and \
        re.search(rf"(?:{'|'.join(LAYOUT_NOUNS)})(?:建设)?[。：:]?$", unit_text) is not None


@dataclass(frozen=True)
class _Scope:
    """What the whole document says about where a mention cannot be a designation: its addressee lines,
    the titles it quotes (《…》), and the city a municipal plan is about (None for a provincial plan)."""

    addressee: list[tuple[int, int]]
    quoted: list[tuple[int, int]]
    city: str | None
    status: list[tuple[int, int]] = field(default_factory=list)


_QUOTED_TITLE = re.compile(r"《[^《》\n]{1,80}》")
_CITY_PARK = re.compile(rf"^[^，。；：、\s（）“”市建设发展打造重点以为和及与]{{0,8}}?(?:{'|'.join(SITE_NOUNS)})")


def _quoted_titles(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _QUOTED_TITLE.finditer(text)]


def _own_city(index: PlaceIndex, text: str, province: str | None) -> str | None:
    """宁波市人民政府关于… / 佛山市推动…方案: the prefecture a municipal plan's first line opens with."""
    first = next((line.strip(" \t\u3000") for line in text.split("\n")[:5] if line.strip(" \t\u3000")), "")
    head = next((m for m in index.matches(first[:12], province) if m.start == 0), None)
    if head is None:
        return None
    readings, _ = index.readings(head.name, province, first)
    codes = readings[0].adcodes if readings else ()
    if len(codes) == 1 and codes[0].endswith("00") and not codes[0].endswith("0000"):
        return codes[0]
    return None


_TOWN = re.compile(
    r"(?:(?<=[、，。；：（\s和及与以在沿])|(?<=串联|联动|支持|推动|依托|包括))"
    r"(?![以在沿和及与])(?P<town>[\u4e00-\u9fff]{2,3}?(?:镇|街道|乡))(?=[、，。；：）\s和及与为重发建等]|$)"
)
_NOT_TOWN = re.compile(r"小镇$|乡镇|城镇|集镇|重点|特色|中心|各|全|村|城乡")


def _towns(index: PlaceIndex, text: str, province: str | None, matches: list[Match]) -> list[Match]:
    """博罗县…纲要: in a county-level plan, the towns and sub-districts (石湾镇, 龙溪街道) the gazetteer does
    not list are in the plan's own county; each becomes a match of the county's name at the town's span,
    so that the town is quoted as written and its designation gets the county's adcode."""
    first = next((line.strip(" \t\u3000") for line in text.split("\n")[:5] if line.strip(" \t\u3000")), "")
    head = next((m for m in index.matches(first[:12], province) if m.start == 0), None)
    if head is None:
        return []
    readings, _ = index.readings(head.name, province, first)
    if len(readings) != 1 or len(readings[0].adcodes) != 1 or readings[0].adcodes[0].endswith("00"):
        return []
    taken = [(m.start, m.end) for m in matches]
    return [Match(t.start("town"), t.end("town"), head.name, ("full",)) for t in _TOWN.finditer(text)
            if not _NOT_TOWN.search(t.group("town"))
            and not any(s < t.end("town") and t.start("town") < e for s, e in taken)]


_PARK_SUFFIX = re.compile(r"(?:经济区|开发区|高新区|经开区|保税区|保税港区|新区|工业园区)$")
#: what is left of a park's name once its city is taken off, when it is only the kind of park (经济技术开发区)
_GENERIC_PARK = re.compile(
    r"(?:经济技术|高新技术产业|高新技术|产业|综合)?(?:开发区|高新区|经开区|保税区|新区|工业园区)")


def _short_park_forms(index: PlaceIndex, text: str, province: str | None, matches: list[Match]) -> list[Match]:
    """天津空港经济区…。…在空港经济区建设…: once a document names a park with its city in front (an alias in the
    gazetteer), the park's name without the city, further on, is the same park; each such short form becomes a
    match of the full name at its span (as _towns does for towns). A remainder that is only a kind of park
    (吉林经济技术开发区 -> 经济技术开发区) says nothing and is left alone."""
    taken = [(m.start, m.end) for m in matches]
    out: list[Match] = []
    seen: set[str] = set()
    for match in matches:
        if "alias" not in match.kinds or match.name in seen or _PARK_SUFFIX.search(match.name) is None:
            continue
        seen.add(match.name)
        head = next((h for h in index.matches(match.name[:3], province) if h.start == 0 and h.end >= 2), None)
        rest = match.name[head.end:] if head is not None else ""
        if len(rest) < 4 or _GENERIC_PARK.fullmatch(rest):
            continue
        for found in re.finditer(re.escape(rest), text[match.end:]):
            start, end = match.end + found.start(), match.end + found.end()
            if not any(s < end and start < e for s, e in taken):
                out.append(Match(start, end, match.name, match.kinds))
                taken.append((start, end))
    return out


def _keep_mentions(index: PlaceIndex, doc: Document, unit: Unit, unit_matches: list[Any],
                   addressee: _Scope, province: str | None, result: Extraction) -> list[Mention]:
    text = doc.search_text
    if not unit_matches:
        return []
    comparisons = filters.comparison_ranges(unit.text, unit.start)
    kept: list[Mention] = []
    for number, match in enumerate(unit_matches):
        readings, ambiguous = index.readings(match.name, province, unit.text)
        readings = _city_not_province(index, text, unit_matches, number, readings, province)
        readings = _prefecture_before_count(text, match, readings)
        mention = Mention(match.start, match.end, match.name, doc.text[match.start:match.end],
                          match.kinds[0] if match.kinds else "", readings, ambiguous)
        if not match.strong and not readings:
            continue
        reason = _exclusion(text, unit, match, mention, addressee, comparisons, province)
        if reason == "":
            continue  # an ordinary word that is also a far-away place's short name (资源, 新兴)
        if reason == "unresolved":
            result.unresolved.append(mention)
            continue
        if reason is not None:
            result.excluded.append((mention, reason))
            continue
        narrowed = _within_province(mention, province)
        if province and narrowed.adcodes == (province,):  # 成渝 in a Chongqing plan: only the plan's own city
            result.excluded.append((mention, "the document's own province (context; the rest is outside it)"))
            continue
        kept.append(narrowed)
    return kept


_CITY_NEIGHBOUR = re.compile(r"^[、—－\-和与及]$")


_ZONE_AFTER_NAME = re.compile(
    rf"^[\u4e00-\u9fff]{{1,8}}?(?:{'|'.join(AREA_NOUNS + SITE_NOUNS)}|[区园])(?:[：:，。；（]|$)"
)


def _is_province_name(index: PlaceIndex, name: str, province: str) -> bool:
    readings, _ = index.readings(name, province, "")
    return bool(readings) and all(code.endswith("0000") for code in readings[0].adcodes)


def _city_not_province(index: PlaceIndex, text: str, matches: list[Any], number: int, readings: tuple[Any, ...],
                       province: str | None) -> tuple[Any, ...]:
    """长春、吉林两市 / 长春—吉林 in a Jilin plan: 吉林 is the city, not the document's own province.

    When the best reading is the document's province and another reading is a city of that province,
    the city is taken if the name stands in a list with a place below province level or is followed
    by 市/两市 (a province is never listed with its own cities)."""
    if not province or not readings or readings[0].adcodes != (province,):
        return readings
    city = next((r for r in readings[1:] if len(r.adcodes) == 1 and r.adcodes[0][:2] == province[:2]
                 and r.adcodes[0] != province), None)
    if city is None:
        return readings
    match = matches[number]
    if re.match(r"^[两三四五六七八九十]?市(?!场)", text[match.end:match.end + 3]) or \
            _ZONE_AFTER_NAME.match(text[match.end:match.end + 12]):  # 吉林中新食品区: a zone of the city
        return (city, *[r for r in readings if r is not city])
    for other in (matches[number - 1] if number else None, matches[number + 1] if number + 1 < len(matches) else None):
        if other is None:
            continue
        gap = text[other.end:match.start] if other.end <= match.start else text[match.end:other.start]
        if _CITY_NEIGHBOUR.match(gap) and not other.name.endswith(("省", "自治区")) and \
                not _is_province_name(index, other.name, province):
            return (city, *[r for r in readings if r is not city])
    return readings


def _prefecture_before_count(text: str, match: Any, readings: tuple[Any, ...]) -> tuple[Any, ...]:
    """抚顺、辽阳两市: a short name followed by a count of cities (两市, 三市) is the prefecture, even where
    the context would make it the county of the same name (辽阳县 inside 辽阳市)."""
    if not readings or not re.match(r"^[两三四五六七八九十]市", text[match.end:match.end + 2]):
        return readings
    city = next((r for r in readings if len(r.adcodes) == 1 and r.adcodes[0].endswith("00")
                 and not r.adcodes[0].endswith("0000")), None)
    if city is None or city is readings[0]:
        return readings
    return (city, *[r for r in readings if r is not city])


def _within_province(mention: Mention, province: str | None) -> Mention:
    """A cross-province cluster (兰西城市群 in a Qinghai plan) designates only the document's own part of it.

    The plan of one province cannot designate its neighbour's cities; the members outside are dropped from the
    best reading and the reason says which, so a reviewer sees the judgement.
    """
    if not province or not mention.readings or len(mention.adcodes) < 2:
        return mention
    best = mention.readings[0]
    inside = tuple(c for c in best.adcodes if c[:2] == str(province)[:2])
    if not inside or len(inside) == len(best.adcodes):
        return mention
    dropped = ", ".join(c for c in best.adcodes if c not in inside)
    narrowed = replace(best, adcodes=inside, reason=f"{best.reason}; members outside the document's province "
                       f"dropped ({dropped})")
    return replace(mention, readings=(narrowed, *mention.readings[1:]))


#: 建设武汉城市圈东部的生物医药产业基地 (under 鄂州市): a part of a region locates the zone; not the zone's extent.
_REGION_LOCATOR = re.compile(r"^(?:[东西南北中]|东南|东北|西南|西北)(?:部|端|翼|侧|缘)的")
#: 湛江、茂名、阳江等粤西沿海地市 / 韶关、清远…等粤北山区市: the region after 等 says what the listed cities are
_LIST_CATEGORY = re.compile(
    r"^[\u4e00-\u9fff]{0,4}?(?:地市|城市|山区市|地区|市|县)[，,：:]?(?:依托|利用|发挥|重点|着力|主要|大力|要|应|[，,])"
)


#: 增强对滇中地区的辐射带动作用: the place after 对 is the area radiated, not a place of the core
_RADIATED = re.compile(r"^(?:地区|区域|周边|全省|全区)?的?(?:辐射|带动|引领)")


#: 成都南部 / 省南部: 南部 glued to the word before it is a direction (南部县 is written after a separator or 市)
_GLUED_DIRECTION = re.compile(r"[\u4e00-\u9fff](?<![、和及与在到至以为托充市])")


#: 苏北园区 / 苏南开发区 / 皖北农产品加工园区 / 陕南循环经济园区: a region of several cities before a bare park
#: noun is the category of the parks in it (funded, compared, staffed), not one designated park
_REGION_PARKS = re.compile(r"^(?:地区)?的?(?:重点|各类?|省级|省级以上)?[\u4e00-\u9fff]{0,8}?(?:园区|开发区)")
#: 承接沈阳经济区和沿海经济带的产业转移 / 对从关中、陕北转移到陕南园区的企业: where industries move from
_SOURCE_BEFORE = re.compile(r"(?:从|承接)(?:[\u4e00-\u9fff]{1,8}[、和及与])*$")
_SOURCE_AFTER = re.compile(r"^[^，。；：]{0,20}?(?:转移|迁移|搬迁)")
#: 建设北部湾汽车物流园区: after a verb that builds, a region's park is one park being designated
_BUILD_VERB_BEFORE = re.compile(r"(?:建设|打造|布局|设立|规划|培育|形成|建)$")
#: 兰州新区 is a region of the gazetteer but a zone by its name: a goal for it designates it
_ZONE_NAMED = re.compile(r"(?:新区|经济区|试验区|实验区|示范区|开发区|合作区|基地|园区)$")
#: 选派苏南优秀干部 / 鼓励苏南高校、科研院所: the place names where people or institutions come from
_ACTORS = re.compile(r"^(?:地区)?的?(?:优秀|骨干|年轻)?(?:干部|高校|高等院校|科研院所|科研机构|企业家|人才)")
#: 把皖北建设成为全国重要的…基地 / 打造成为苏北地区承接产业转移的主阵地: the region is the whole plan's subject
#: (its goal) or the area a zone serves, not the extent of a designated zone
_REGION_GOAL_AFTER = re.compile(r"^(?:地区)?(?:建设|打造|建|发展)成为?")
#: 仁化县丹霞山: one character glued after a county's name, then a short name that ends a landmark's name
_GLUED_LANDMARK = re.compile(r"[县区旗][\u4e00-\u9fff](?<![、和及与在以为至到向经连同])")
_LANDMARK_END = re.compile(r"(?:山|湖|岭|峰|洞|湾|河|江)(?![区县市])")
#: 推动苏南示范区创新资源向苏中、苏北辐射 / 引导长株潭产业向湘南转移: the place the resources leave
_RADIATES_TO = re.compile(
    r"^[^，。；：为]{0,12}?(?:资源|产业|要素|技术|人才|资本|成果|企业|项目|功能)向[^，。；：]{1,20}?(?:辐射|转移|扩散|输出|疏解)")
#: 苏南科技资源统筹服务中心 / 苏北…公共服务平台: one body named after the whole region it serves
_REGION_SERVICE = re.compile(r"^(?:地区)?[^，。；：、]{0,12}?(?:服务中心|服务平台|服务体系|服务网络)(?![区园])")
#: 舒兰市、柳河县建设吉林大米优质水稻生产基地 / 延吉市、和龙市重点发展延边黄牛养殖: after a subject place and its verb,
#: a place glued to a farm product is the product's brand (地理标志), not another place designated
_BRAND_BEFORE = re.compile(r"[市县区州旗盟](?:要|重点|着力|大力|积极|加快)?(?:建设|发展|打造|培育|做强|做大|壮大)“?$")
_BRAND_AFTER = re.compile(r"(?:大米|稻米|小米|黄牛|肉牛|牦牛|人参|苹果|脐橙|柑橘|蜜柚|茶叶|红茶|绿茶|白茶|茶|枸杞|红枣|"
                          r"核桃|木耳|香菇|葡萄|荔枝|杂粮|马铃薯|牛肉|羊肉|黑猪|三七|香梨|猕猴桃|花椒|大葱|榨菜|"
                          r"火腿|香醋|陈醋|黄酒|白酒|石斛|天麻|"
                          # 肥城市做大肥城桃产业 / 莱阳梨 / 砀山酥梨: fruit named after its county
                          r"桃|梨|杏|酥梨|西瓜|甜瓜|樱桃|板栗|大枣|大蒜|生姜|山药)")
#: 创新 / 更新 / 革新…: words that end with 新, so a short name 新X right after their first character is inside them
_NEW_WORDS = frozenset({"创新", "更新", "革新", "全新", "重新", "最新", "清新", "崭新", "刷新", "焕新", "出新"})
_SERVED_REGION = re.compile(r"^(?:地区)?[^，。；：]{0,20}?的")


#: 沈大高速公路 / 哈大铁路客运专线 / 京沪高铁: a road or line named by the first characters of its end cities
_ROAD_AFTER = re.compile(r"(?:高速公路|高速铁路|城际铁路|铁路|高铁|客运专线|公路|国道|高速)")
#: 依托沈大高速公路、哈大铁路客运专线，: the road is what a zone leans on (its places are stated elsewhere)
_MEANS_BEFORE = re.compile(r"(?:依托|依靠|利用|借助)(?:[^，。；：]{0,20}[、和及])?$")


def _exclusion(text: str, unit: Unit, match: Any, mention: Mention, scope: _Scope,
               comparisons: list[tuple[int, int]], province: str | None) -> str | None:
    """Why a mention is not a designated place ('' = not a place here, None = keep it); first rule wins."""
    far = bool(province) and all(code[:2] != str(province)[:2] for code in mention.adcodes)
    rules: list[tuple[bool, str]] = [
        (far and match.kinds[0] in ("short", "weak") and mention.level != "province", ""),
        (filters.inside(scope.addressee, match.start, match.end), "addressee line"),
        (filters.inside(scope.quoted, match.start, match.end), "inside a quoted document title 《》"),
        (filters.inside(scope.status, match.start, match.end),
         "the present-state chapter (发展现状: reported, not designated)"),
        (bool(scope.city) and mention.adcodes == (scope.city,) and _CITY_PARK.match(text[match.end:]) is not None,
         "a park named after the plan's own city (where in it is not said)"),
        (bool(why := filters.institution(text, match.start, match.end)), str(why)),
        (filters.inside(comparisons, match.start, match.end), "comparison or benchmark"),
        (filters.history_clause(_clause(text, unit, match.start)), "mentioned as history"),
        (filters.recent_past(text, match.start), "a report of the recent past (近年来…)"),
        (filters.background_clause(_clause(text, unit, match.start)),
         "named as an opportunity or a demand to meet (background)"),
        (filters.past_approval(text, match.start), "a dated past approval (designated before this document)"),
        (filters.guiding_means(text, match.start, _clause(text, unit, match.start)),
         "the basis of the plan's guiding line (以…为指导，以X为依托)"),
        (filters.guiding_goal(text, match.start, _clause(text, unit, match.start)),
         "the goal of the plan's guiding line (指导思想: 努力把X建设成为…)"),
        (filters.preamble(text, match.start), "the preamble (the plan's grounds, 制定本方案)"),
        (filters.box_heading(text, match.start), "a 专栏 heading (the category of the list below)"),
        (text[max(0, match.start - 1):match.start] == "对" and _RADIATED.match(text[match.end:]) is not None,
         "the area a core radiates to (对…的辐射带动作用), not the core"),
        (filters.scope_statement(text, match.start), "the extent of the plan's region (a scope statement)"),
        (mention.name_kind in ("region", "composite") and _REGION_LOCATOR.match(text[match.end:]) is not None,
         "a region named as a locator (…东部的…): the zone lies in one place of it"),
        (mention.name_kind == "region" and text[:match.start].endswith("等")
         and _LIST_CATEGORY.match(text[match.end:]) is not None,
         "the region the list before it belongs to (等粤西沿海地市)"),
        (text[match.start:match.end] == "南部" and _GLUED_DIRECTION.search(text[max(0, match.start - 1):match.start])
         is not None, "a direction after a place (成都南部工业集中发展区), not 南部县"),
        (match.kinds[0] in ("short", "weak") and mention.name_kind not in ("region", "composite")
         and text[match.end:match.end + 2] in ("平原", "盆地"),
         "a landform named after a place (成都平原), not the place"),
        (match.kinds[0] in ("short", "weak") and (text[match.end - 1:match.end + 1] == "林业" or
                                                  text[match.end - 1:match.end + 3] in ("林化产业", "林化企业")),
         ""),  # 以上林业产业园区 / 桂西林化产业区: the 林 of 上林, 西林 begins 林业 (forestry), 林化 (forest chemicals;
        # not 吉林化工, 桂林产业园)
        (text[match.start:match.end] == "江山" and match.kinds[0] in ("short", "weak")
         and text[match.end:match.end + 1] == "水"
         and text[match.end:match.end + 2] not in ("水利", "水库", "水电", "水务", "水厂")
         and _GLUED_DIRECTION.search(text[max(0, match.start - 1):match.start]) is not None,
         ""),  # 瓯江山水诗路 / 富春江山水: a river's 山水 (landscape), not 江山 (江山市); 江山水利 stays
        (text[match.start:match.end] == "平原" and match.kinds[0] in ("short", "weak") and _GLUED_DIRECTION.search(
            text[max(0, match.start - 1):match.start]) is not None, "a plain (鲁西北平原, 成都平原), not 平原县"),
        (mention.name_kind == "region" and _REGION_PARKS.match(text[match.end:match.end + 20]) is not None
         and _BUILD_VERB_BEFORE.search(text[max(0, match.start - 4):match.start]) is None,
         "a region before a bare park noun (苏北园区): the category of parks in it, not one park"),
        (_SOURCE_BEFORE.search(text[max(0, match.start - 30):match.start]) is not None
         and _SOURCE_AFTER.match(text[match.end:match.end + 24]) is not None,
         "where industries move from (承接…的产业转移, 从…转移到), not where they go"),
        (_ACTORS.match(text[match.end:match.end + 8]) is not None,
         "where people or institutions come from (苏南优秀干部, 苏南高校)"),
        (_RADIATES_TO.match(text[match.end:match.end + 40]) is not None,
         "where resources spread from (推动X创新资源向A、B辐射), not a zone"),
        (mention.name_kind in ("region", "composite") and _REGION_SERVICE.match(text[match.end:match.end + 20])
         is not None, "a service body named after the region it serves (苏南科技资源统筹服务中心), not a zone of it"),
        (mention.name_kind == "region" and text[max(0, match.start - 1):match.start] == "把"
         and _ZONE_NAMED.search(mention.surface) is None
         and _REGION_GOAL_AFTER.match(text[match.end:match.end + 6]) is not None,
         "the plan's goal for its whole region (把皖北建设成为…)"),
        (mention.name_kind == "region" and text[max(0, match.start - 2):match.start] == "成为"
         and _SERVED_REGION.match(text[match.end:match.end + 24]) is not None,
         "the region a zone serves (成为苏北地区…的主阵地)"),
        (text[match.start:match.end] == "矿区" and text[max(0, match.start - 2):match.start].endswith(("大", "个")),
         ""),  # 淮南、淮北两大矿区: mining fields, not 阳泉's 矿区
        (match.kinds[0] in ("short", "weak") and re.match(r"河谷|流域|干流|两岸|沿岸", text[match.end:match.end + 2])
         is not None, ""),  # 右江河谷 is the river's valley, not 右江区
        (match.kinds[0] in ("short", "weak") and text[match.end:match.end + 1] in ("镇", "乡")
         and text[match.end + 1:match.end + 2] not in ("村", "级"),
         "unresolved"),  # 芙蓉镇 (永顺县) is a town of that name, not 芙蓉区
        (match.kinds[0] in ("short", "weak") and text[max(0, match.start - 1):match.start + 1] in _NEW_WORDS,
         ""),  # 科技创新城市: 新城 is in the word 创新, not 新城区
        (not mention.readings, "unresolved"),
        (match.kinds[0] in ("short", "weak") and _GLUED_LANDMARK.search(text, max(0, match.start - 2), match.start)
         is not None and _LANDMARK_END.match(text, match.end - 1) is not None,
         ""),  # 仁化县丹霞山: 霞山 is inside the county's landmark 丹霞山, not 霞山区
        (_BRAND_BEFORE.search(text, max(0, match.start - 12), match.start) is not None
         and _BRAND_AFTER.match(text, match.end) is not None,
         "a product named after where it comes from (建设吉林大米…基地, 发展延边黄牛养殖), not a place designated"),
        (match.kinds[0] == "composite" and mention.ambiguous and bool(mention.readings)
         and mention.readings[0].kind == "rule" and not any(code.endswith("00") for code in mention.adcodes),
         "an abbreviation read several ways alike, of districts only (沿海临港 -> 海城区+临桂区+港口区 or …港北区)"),
        (match.kinds[0] == "composite" and _ROAD_AFTER.match(text, match.end) is not None
         and _MEANS_BEFORE.search(text, max(0, match.start - 24), match.start) is not None,
         "a road named after its end cities, drawn on as a means (依托沈大高速公路), not a zone's places"),
        (bool(province) and mention.adcodes == (province,), "the document's own province (context)"),
        (mention.level == "province", "another province (cooperation or comparison, not a designation)"),
        (far, f"outside the document's province {province}"),
    ]
    return next((reason for hit, reason in rules if hit), None)


def _clause(text: str, unit: Unit, pos: int) -> str:
    left = max([text.rfind(ch, unit.start, pos) for ch in "，；："] + [unit.start - 1]) + 1
    rights = [i for i in (text.find(ch, pos, unit.end) for ch in "，；：") if i >= 0]
    return text[left:min(rights) if rights else unit.end]


def _framework_regions(kept: list[Mention], unit: Unit, number: int,
                       frameworks: list[tuple[int, Framework]]) -> list[Hit]:
    """A region named in a sentence that spells out a framework part (天山北坡经济带 … 一轴)."""
    out: list[Hit] = []
    for at, framework in _recent(frameworks, number):
        if at == number:
            continue
        for part in framework.parts:
            if part.text not in unit.text or part.count != 1:
                continue
            for mention in kept:
                if mention.name_kind in ("region", "composite"):
                    kind = "axis" if part.shape in ("轴", "带", "廊", "走廊", "通道") else "area"
                    industry = _industry_before(unit.text, part.text)
                    out.append(Hit((mention,), kind, mention.written, industry, part.text,
                                   rule=f"framework part {part.text}"))
    return out


_LABEL_TAIL = re.compile(r"(?:都市区|主城区|城区|市区|地区)?")


#: 沂蒙红色文化旅游区：沂南县、蒙阴县、费县、平邑县等地，要… / 南四湖生态经济区：重点是微山县和鱼台县，…: a zone's name,
#: a colon, and at once the places it is made of
_COLON_ZONE = re.compile(
    rf"^(?P<name>[^，。；：、\s（）]{{2,24}}?(?:{'|'.join(AREA_NOUNS)}))[：:]"
    r"(?:重点是|主要是|主要包括|包括|涉及|范围为)?"
)
_COLON_ZONE_GOAL = re.compile(r"[，,](?:重点|着力|主要|大力|优先|加快)?(?:发展|打造|建设)(?P<ind>[^，。；：]{2,40})")


def _colon_zone(text: str, unit: Unit, kept: list[Mention]) -> tuple[list[Hit], list[Mention]]:
    match = _COLON_ZONE.match(unit.text)
    if match is None or not kept or kept[0].start != unit.start + match.end() or \
            re.search(r"^(?:[一二两三四五六七八九十双多][核翼带轴区圈])", match.group("name")):
        return [], kept  # 一核：… is a framework part (read by _part_labels)
    group = place_groups(kept, text)[0]
    after = text[group[-1].end:unit.end]
    if not re.match(r"^(?:等地?|等县|等[县市区]+)?(?:[，,。；]|$)", after):
        return [], kept  # 南四湖生态经济区：微山县发展… is a role line, not the zone's extent
    goal = _COLON_ZONE_GOAL.search(after)
    industry = strip_industry(goal.group("ind")) if goal else ""
    name = match.group("name")
    hit = Hit(tuple(group), "area", name, industry, name, rule="X区：A、B…")
    used = {id(m) for m in group}
    return [hit], [m for m in kept if id(m) not in used]


#: 苍溪红心猕猴桃（苍溪县）、安岳柠檬（安岳县）、名山茶叶（雅安市名山区）。: a line (after an optional caption) that is
#: only named items, each with its place in brackets
_BRACKET_ITEM = r"[^，。；：、（）\s]{2,16}（[^（），。；：\n]{2,16}）"
_BRACKET_LIST = re.compile(
    rf"^[ \t\u3000]*(?:[^，。；：\n]{{2,20}}[：:])?{_BRACKET_ITEM}(?:、{_BRACKET_ITEM})+[。；]?$")
_ITEM_IN_LIST = re.compile(r"(?P<name>[^，。；：、（）\s]{2,16})（(?P<where>[^（），。；：\n]{2,16})）")


def _bracketed_items(unit: Unit, kept: list[Mention]) -> tuple[list[Hit], list[Mention]]:
    """A sentence that only lists named items each sited in brackets (a 专栏 of 优势区 to create: 苍溪红心猕猴桃
    （苍溪县）、安岳柠檬（安岳县）…) designates each item where its brackets say; a place inside an item's name (苍溪)
    only names it. Items whose brackets hold no place are left out."""
    if _BRACKET_LIST.match(unit.text) is None:
        return [], kept
    hits = []
    for item in _ITEM_IN_LIST.finditer(unit.text):
        start, end = unit.start + item.start("where"), unit.start + item.end("where")
        inside = [m for m in kept if start <= m.start and m.end <= end and m.adcodes]
        if inside:
            name = item.group("name")
            hits.append(Hit(tuple(_innermost(inside)), "site", name, "", name, rule="A（X）、B（Y）。",
                            notes=("a listed item sited in its brackets",)))
    if len(hits) < 2:
        return [], kept
    return hits, [m for m in kept if not unit.start <= m.start < unit.end]


#: （1）赣南脐橙精深加工产业园：布局在信丰县，重点发展… / 3．XX物流园：位于YY区: a numbered column item names a
#: park or zone, a colon, and at once where it is sited
_COLON_SITE = re.compile(
    rf"^[ \t\u3000]*(?:（\d{{1,2}}）|\(\d{{1,2}}\)|\d{{1,2}}[\.．、]|[（(]?[一二三四五六七八九十]+[）)、])"
    rf"(?P<name>[^，。；：、\s（）]{{2,24}}?(?:{'|'.join(LAYOUT_NOUNS)}))[：:]"
    r"(?:重点|主要|集中)?(?:布局在|布局于|位于|选址在|选址于|坐落于|设在|落户)"
)


def _colon_site(text: str, unit: Unit, kept: list[Mention]) -> tuple[list[Hit], list[Mention]]:
    """A column item's park sited by the clause after its colon is in the places that clause names, not in the
    city its name starts with (赣南脐橙…产业园：布局在信丰县 is 信丰县's, not all of 赣州市)."""
    match = _COLON_SITE.match(unit.text)
    after = [m for m in kept if m.start >= unit.start + match.end()] if match else []
    if match is None or not after or after[0].start != unit.start + match.end() or not after[0].adcodes:
        return [], kept
    group = _listed_run(unit, after)
    goal = _COLON_ZONE_GOAL.search(unit.text, group[-1].end - unit.start)
    industry = strip_industry(goal.group("ind")) if goal else ""
    name = match.group("name")
    hit = Hit(tuple(_innermost(group)), "site" if len(group) == 1 else "area", name, industry, name,
              rule="（1）X园：布局在A", notes=("sited by the clause after the colon",))
    # the places inside the name (赣南) only name the park
    return [hit], [m for m in kept if m.start >= group[-1].end]


def _part_labels(text: str, unit: Unit, kept: list[Mention],
                 frameworks: list[tuple[int, Framework]]) -> tuple[list[Hit], list[Mention]]:
    """Places listed right after a framework part's label (一核：昆明) or a zone's name (南四湖生态经济区：微山县…)."""
    hits, rest = _bracketed_items(unit, kept)
    if not hits:
        hits, rest = _framework_labels(text, unit, kept, frameworks)
    if not hits:
        hits, rest = _colon_zone(text, unit, rest)
    if not hits:
        hits, rest = _colon_site(text, unit, rest)
    partners, rest = _partners_build(unit, rest)
    return hits + partners, rest


#: 推动厦门海沧区与龙海市角美镇对接，共建厦漳同城化产业合作区 / 推动A与B加强协作，共建X合作区: a zone two partners
#: build together lies in both (the cooperation clause alone, 与…对接, designates nothing).
_PARTNERS_BUILD = re.compile(
    r"(?:推动|推进|支持|鼓励)(?P<a>[^，。；：与和同]{2,16}?)(?:与|同)(?P<b>[^，。；：]{2,16}?)"
    r"(?:对接|加强协作|加强合作|深化合作|合作|协作)[，,](?:共同|合作|联合)?共建"
    r"(?P<zone>[^，。；：]{2,24}?(?:合作区|合作园区|产业园|工业园|园区|示范区|产业区))(?=[，。；]|$)"
)
_PARTNERS_GOAL = re.compile(r"^[，,](?:重点|着力|主要|大力|优先)?发展(?P<ind>[^，。；：]{2,40})")


def _partners_build(unit: Unit, kept: list[Mention]) -> tuple[list[Hit], list[Mention]]:
    hits: list[Hit] = []
    used: set[int] = set()
    for match in _PARTNERS_BUILD.finditer(unit.text):
        a0, b1 = unit.start + match.start("a"), unit.start + match.end("b")
        places = [m for m in kept if a0 <= m.start and m.end <= b1 and id(m) not in used]
        a_side = [m for m in places if m.end <= unit.start + match.end("a")]
        if not a_side or len(a_side) == len(places):
            continue  # each partner must be a place of the document
        goal = _PARTNERS_GOAL.match(unit.text[match.end():])
        industry = strip_industry(goal.group("ind")) if goal else ""
        name = match.group("zone")
        hits.append(Hit(tuple(_innermost(places)), "area", name, industry, name, rule="A与B对接，共建X",
                        notes=("built together by the partners",)))
        used.update(id(m) for m in places)
    return hits, [m for m in kept if id(m) not in used]


def _framework_labels(text: str, unit: Unit, kept: list[Mention],
                      frameworks: list[tuple[int, Framework]]) -> tuple[list[Hit], list[Mention]]:
    """Places listed right after a framework part's label (一核：昆明 / 两翼为曲靖、玉溪 / 三区包括…).

    Returns the hits and the mentions left for the ordinary frames."""
    if not frameworks or not kept:
        return [], kept
    hits: list[Hit] = []
    used: set[int] = set()
    for group in place_groups(kept, text):
        before = text[max(unit.start, group[0].start - 12):group[0].start]
        tail = _LABEL_TAIL.match(text, group[-1].end).end()  # 一核为太原都市区: the place's own area
        after = text[tail:tail + 1]
        if after not in ("", "。", "，", "；", "\n", "等"):
            continue  # 三区：北辰区机械装备产业基地… is a park frame; the ordinary frames take it
        for _, framework in reversed(frameworks):
            part = next((p for p in framework.parts
                         if re.search(rf"{p.text}(?:[：:]|为|即|包括|是|分别为|分别是)$", before)), None)
            if part is None:
                continue
            kind = {"轴": "axis", "带": "axis", "廊": "axis", "核": "core", "心": "core", "极": "core"}.get(
                part.shape, "area")
            rule = f"framework part label {part.text}"
            places = tuple(group)
            if part.count == 1 or kind == "axis":
                hits.append(Hit(places, kind, text[group[0].start:tail], "", part.text, rule=rule))
            else:
                hits.append(Hit(places, kind, "", "", part.text, rule=rule, per_place=True, count=part.count or None,
                                count_phrase=part.text))
            used.update(id(m) for m in group)
            break
    return hits, [m for m in kept if id(m) not in used]


def _recent(frameworks: list[tuple[int, Framework]], number: int) -> list[tuple[int, Framework]]:
    """Frameworks stated in this unit or in the FRAMEWORK_SCOPE units before it (list is in unit order)."""
    out: list[tuple[int, Framework]] = []
    for at, framework in reversed(frameworks):
        if number - at > FRAMEWORK_SCOPE:
            break
        if at <= number:
            out.append((at, framework))
    out.reverse()
    return out


def _industry_before(sentence: str, part_text: str) -> str:
    head = sentence[: sentence.find(part_text)]
    match = re.search(r"(?:打造|建设|形成|构建)([^，。；]*)$", head)
    return strip_industry(match.group(1)) if match else ""


_SENTENCE_LABEL = re.compile(r"^[\s　]*((?:（[一二三四五六七八九十]+）)?[^：:，。；\s]{1,6}[：:])")


def _sentence_label(text: str, unit: Unit) -> str:
    """两翼：遵义市重点发展…；安顺市重点发展…: a label that opens a sentence also heads the clauses after
    its ；, which are units of their own. Returns that label ("两翼：") or ""."""
    start = max(text.rfind(end, 0, unit.start) for end in "。！？\n") + 1
    if start >= unit.start:
        return ""
    match = _SENTENCE_LABEL.match(text[start:unit.start])
    return match.group(1) if match else ""


def _assign_part(hit: Hit, unit: Unit, number: int, frameworks: list[tuple[int, Framework]],
                 label: str = "") -> tuple[Hit, CountCheck | None]:
    for _, framework in reversed(_recent(frameworks, number)):
        part = fit_part(framework, kind=hit.kind, noun=hit.noun or hit.count_phrase, count=hit.count,
                        sentence=label + unit.text, frame_word=hit.rule)
        if part is None:
            continue
        kind = hit.kind
        if part.shape in ("轴", "带", "廊", "走廊") and part.count == 1 and kind == "area":
            kind = "axis"
        return replace(hit, group=part.text, kind=kind,
                       notes=(*hit.notes, f"part {part.text} of the framework {framework.text}")), None
    return hit, None


def _drawable(draft: Draft) -> Draft:
    """Kinds the layer schema can draw: a line/axis needs two places and a triangle three; otherwise
    the draft is an area (with a note), never an invalid record."""
    count = len(draft.members)
    if (draft.kind in ("axis", "line") and count < 2) or (draft.kind == "triangle" and count != 3):
        return replace(draft, kind="area", notes=(*draft.notes, f"kind {draft.kind} needs more places; drawn as area"))
    return draft


def _drafts(doc: Document, hit: Hit, unit: Unit, heads: list[tuple[int, str]]) -> list[Draft]:
    text = doc.search_text
    start, end = quote_span(text, hit.mentions[0].start)
    status = _status(unit.text, hit)
    horizon_note = ()
    section = section_at(heads, unit.start)
    base = dict(start=start, end=end, status=status, section=section, rule=hit.rule)
    notes = (*hit.notes, f"rule: {hit.rule}", *horizon_note)
    if not hit.per_place:
        draft = Draft(group=hit.group or hit.name, name=hit.name, kind=hit.kind, industry=hit.industry,
                      mentions=hit.mentions, notes=notes + _candidate_notes(hit.mentions), **base)
        return [replace(draft, confidence=confidence(draft, hit))]
    out = []
    for mention in hit.mentions:
        name = mention.written + hit.name if hit.name else mention.written
        if hit.rule == "X重点发展A、B":
            # 武清区、宝坻区重点承接…，发展…，建设京津无人机产业园: each place is named with the zone it builds
            goal = next((n[len(GOAL_ZONE_NOTE):] for n in hit.notes if n.startswith(GOAL_ZONE_NOTE)), "")
            name = f"{mention.written}：{goal or hit.industry}"[:40]
        kind = hit.kind
        draft = Draft(group=hit.group, name=name, kind=kind, industry=hit.industry, mentions=(mention,),
                      notes=notes + _candidate_notes((mention,)), **base)
        out.append(replace(draft, confidence=confidence(draft, hit)))
    return out


def _status(sentence: str, hit: Hit) -> str:
    if any(marker in sentence for marker in EXISTING_MARKERS):
        return "existing"
    if any(noun in (hit.noun or "") for noun in POLICY_NOUNS):
        return "policy"
    return "planned"


def _candidate_notes(mentions: tuple[Mention, ...]) -> tuple[str, ...]:
    notes = []
    for mention in mentions:
        if not mention.readings:
            continue
        best = mention.readings[0]
        codes = "+".join(best.adcodes)
        notes.append(f"{mention.written} -> {best.name} ({codes}) [{best.kind}: {best.reason}]"[:200])
        if mention.ambiguous or len(mention.readings) > 1:
            others = "; ".join(f"{r.name} ({'+'.join(r.adcodes)})" for r in mention.readings[1:4])
            if others:
                flag = "AMBIGUOUS" if mention.ambiguous else "other readings"
                notes.append(f"{flag} {mention.written}: {others}")
    return tuple(notes)


def _count_checks(pending: list[tuple[int, Unit, Hit]], frameworks: list[tuple[int, Framework]],
                  drafts: list[Draft]) -> list[CountCheck]:
    checks: list[CountCheck] = []
    done: set[str] = set()
    for _, unit, hit in pending:
        if hit.count is not None and hit.count_phrase not in done:
            done.add(hit.count_phrase)
            found = len(hit.mentions)
            note = "" if found == hit.count else f"the text names {found} place(s) for {hit.count_phrase}"
            checks.append(CountCheck(hit.count_phrase, hit.count, found, unit.start, unit.end, note))
    for _, framework in frameworks:
        for part in framework.parts:
            in_part = [d for d in drafts if d.group == part.text]
            # a single part (一带) is one designation even when written per place; otherwise count places
            found = len({(d.start, d.rule) for d in in_part}) if part.count == 1 else \
                sum(len(d.mentions) for d in in_part)
            if part.text in done or part.count == 0:
                continue
            done.add(part.text)
            note = (f"framework {framework.text}: part {part.text} declares {part.count}, "
                    f"{found} designation(s) with places found")
            checks.append(CountCheck(f"{framework.text}: {part.text}", part.count, found, framework.start,
                                     framework.end, note if found != part.count else ""))
    return checks


def _place_like(doc: Document, covered: list[tuple[int, int]]) -> list[Mention]:
    """Place-like names (XX县, XX市, XX州 …) that the gazetteer does not know."""
    out: list[Mention] = []
    starts = sorted(covered)
    skip = filters.addressee_ranges(doc.search_text)
    for match in _PLACE_LIKE.finditer(doc.search_text):
        which = 1 if match.group(1) else 2
        start, end = match.start(which), match.end(which)
        name = match.group(which)
        if _NOT_PLACE.search(name) or _overlaps(starts, start, end) or filters.inside(skip, start, end):
            continue
        out.append(Mention(start, end, name, doc.text[start:end], "place-like", ()))
    return out


def _overlaps(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    import bisect

    i = bisect.bisect_left(spans, (start, start))
    for a, b in spans[max(0, i - 2): i + 2]:
        if a < end and start < b:
            return True
    return False
