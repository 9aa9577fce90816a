"""Layout frames in one sentence: which place lists are designated, as what, for which industry.

Input is one working unit (see :mod:`.sentences`) and the place mentions kept in it; output is a
list of :class:`Hit` — a place list in a frame. The frames, tried in this order for each list:

* ``以X、Y为中心/核心/龙头/三角/轴线…`` (the industry before 以 or the layout noun after);
* ``X、Y一线`` (a line);
* ``X、Y[等N个][industry]<layout noun>`` (基地, 园区, 区域, 集聚区 …; a single place + park noun is a
  site: 七里河装备制造业基地, 北辰区机械装备产业基地);
* ``X、Y…等N个地区`` (an enumerated set; each place is one of the N);
* ``X重点发展A、B产业`` (a city role, one designation per place).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass, field, replace

from geo.extract.model import Mention
from geo.extract.vocab import (
    AREA_NOUNS,
    AXIS_NOUNS,
    LAYOUT_NOUNS,
    LEAD_VERBS,
    LINK_VERBS,
    NOT_MODIFIER,
    ROLE_VERBS,
    SITE_NOUNS,
    YI_FRAMES,
    cn_number,
)

_CLAUSE_END = "，；：。！？\n"
_CONNECTOR = re.compile(r"^(?:、|和|及|与|以及|或|、以及|、和|及其|—|－|-|–|～|~|——|（|\(|）、|\)、|）和|至|到)$")
_NUM = r"[\d一二三四五六七八九十两百]+"
#: 普洱、临沧、西双版纳等州、市 / 元谋县、建水县等县（市）: the kinds of unit a list names after its 等
_KINDS = r"(?:州、市|市、州|县、市|市、县|县、区|区、县|县（市、区）|县（市）|县（区）|市（州）|州（市）)"
_YI = re.compile(
    # 以东源县万绿湖为重点 / 以乳源县南岭国家森林公园为重点: a landmark of the place may stand before 为
    # 以大连庄河、丹东黄海沿岸及主要岛屿为重点: where in the place, and what else of it (its islands, its outskirts)
    r"^[）)]?(?:[、和及与][^，。；：为]{1,15}?|[^\W\d以为发展建设打造和及与、]{1,6}?(?:[及和](?:主要|周边|附近)?"
    r"(?:岛屿|海岛|岛群|海域|腹地|地区))?|"
    r"[^\W\d以为发展建设打造和及与、]{1,8}?(?:公园|景区|湖|山)|"
    # 以东明县、牡丹区…等19个沿黄县（市、区）为重点: a counted kind closing a (long) list of counties
    rf"等(?:{_NUM}个?)?[\u4e00-\u9fff]{{0,4}}?(?:县|市|区|旗)(?:（[市区县旗、]{{1,5}}）)?|"
    # 以偏关县、河曲县…垣曲县等19个沿黄县（市）为主体: a counted kind after the list, with a short modifier
    # (等沿黄3县 / 等3县（区） / 3个沿黄县: the modifier may come first, 个 and 等 may be left out)
    rf"等?[\u4e00-\u9fff]{{0,4}}?{_NUM}个?[\u4e00-\u9fff]{{0,4}}?(?:{_KINDS}|县市|市县|县区|城市|地区|县|市|区|旗))?"
    r"等?为(?:[一二两三四五六七八九十多]+[个大])?"
    # 以郑州都市区为全省发展的核心增长极: the frame word may follow the scope it leads (全省发展的)
    r"(?:(?:全省|全市|全区|全州|全国|省域|区域)(?:发展|经济)?的)?(?:副|次|主要|重要)?"
    # 黄石—鄂州—黄冈—咸宁为沿江节点 / 为沿线支点: where along the river or route the frame's places lie
    r"(?:沿江|沿海|沿边|沿线|沿河|沿湖|沿黄)?("
    + "|".join(sorted(YI_FRAMES, key=len, reverse=True)) + r")"
)
_UNKNOWN_ITEM = re.compile(
    r"^[、和及与]([\u4e00-\u9fff]{2,5}?)(?=建设|开展|打造|发展|创建|布局|等|[、和及与]|"
    + "|".join(LAYOUT_NOUNS) + r")"
)
_LINE = re.compile(r"^(?:等)?(?:及周边地区|及周边|周边)?(?:一线|一带(?!一路))")
# 沿海化工园区 is …园区 (the 化工 stays in the industry); a noun ending in 园 never stops before 区
# 承接珠三角轻纺产业转移基地: 长三角/珠三角 are regions, not a 三角 zone; the noun is the one after them
# 成都中心城区 / 中心城市辐射带动能力不强: 中心 before 城 is the city centre, not a zone named 中心
# 成自泸高速和新区内部快速路网 / 推进成都地铁向新区延伸 / 各自设立新区管理机构: a bare 新区 right after a conjunction,
# a preposition or a verb refers back to the plan's own new area; the place before it does not name a zone
_NOUN_RE = "(?:" + "|".join(
    f"{n}(?!区)" if n.endswith("园") else "(?<![长珠])三角" if n == "三角" else "中心(?!城)" if n == "中心"
    else "(?<![和向与及立])新区" if n == "新区"
    # 建设世界知名农业科技创新城市: 新城 before 市 is inside 创新城市 (a city that innovates), no 新城 zone
    else "新城(?!市)" if n == "新城" else "区域(?!性|公用品牌|品牌)" if n == "区域"
    # 建设区域性物流节点城市: the node is the city (节点城市), not a 物流节点 inside it
    else "物流节点(?!城市)" if n == "物流节点"
    else n for n in LAYOUT_NOUNS
) + ")(?![域群带块])"
_AFTER = re.compile(
    rf"^(?:地区)?(?P<lead>等(?:{_KINDS}|地区|地市|城市|市州|地|市|县|区)?)?(?P<count>{_NUM}(?:个|家|大|座|处|市|县|区|地))?"
    # 三明市依托氟石资源建设氟新材料产业园: a means phrase with no comma before the verb (米易县、盐边县依托白马、红格
    # 矿区建设…产业园: mining fields listed by their short names)
    r"(?:(?:依托|利用)(?:[^，。；：、]{2,10}?|[^，。；：]{2,10}?(?:矿区|油田|气田|煤田|矿山))(?=建设|打造|布局|培育)|"
    # 桃源县以桃花源为依托建设世界级文化旅游度假区: the same means written 以…为依托
    r"以[^，。；：为]{2,10}为依托(?=建设|打造|布局|培育))?"
    # 攀枝花市要打造国家级钒钛产业基地: a modal before the verb
    rf"(?:(?:要|将|应)(?={'|'.join(LINK_VERBS)}))?(?P<verb>{'|'.join(LINK_VERBS)})?"
    # 杭州打造全国数字经济第一城 / 景德镇打造世界瓷都之都: the title the place is to earn
    rf"(?P<ind>[^，。；：]{{0,24}}?)(?P<noun>{_NOUN_RE}|(?<=[\u4e00-\u9fff]{{2}})(?:之都|第一城)(?=[，。；]|$))"
)
_SET = re.compile(rf"^等?(?P<count>{_NUM})(?:个|大)(?P<noun>地区|城市|地州|市州|县市|盟市|市|州|县|区|地市|片区|板块)")
_ROLE_SUBJECT = (
    # 郑州、开封…济源9个核心层城市加快发展…: a counted subject may carry a short modifier (核心层, 沿黄, 资源型)
    r"^(?:及其?周边(?:地区)?)?"  # 鄂尔多斯市、乌海市及周边地区重点发展…
    # 顺德区北滘镇、容桂街道重点发展…: towns of the county (the gazetteer lacks them) after its name
    r"(?:(?!重点|特色|中心|全|各)[\u4e00-\u9fff]{2,3}(?:镇|乡|街道)"
    r"(?:[、和及](?!重点|特色|中心)[\u4e00-\u9fff]{2,3}(?:镇|乡|街道))*)?"
    rf"(?:等?(?:{_NUM}个?(?:[\u4e00-\u9fff]{{1,4}}?(?=城市|地区))?)?"
    r"(?:城市|地区|县（市、区）|县（市）|县（区）|市县|县市|市|县|盟市|市州|地市|县区)?|"
    r"经济区|地区|片区|板块|经济带|城市群|都市圈|"
    r"等地(?=[^区方])|"  # 支持镇远县、都匀市、黔西县等地依托现有品牌发展特色白酒
    r"等[\u4e00-\u9fff]{1,4}?(?:地区|城市|区域)|"  # 鄱阳县、余干县、都昌县等滨湖地区重点发展…
    r"等[\u4e00-\u9fff]{2,6}?(?:地市|山区市)|"  # 湛江、茂名、阳江等粤西沿海地市重点承接…
    rf"等[\u4e00-\u9fff]{{1,4}}?{_NUM}个?(?:县|市|区|县市|市县|县区|城市)|"  # 衢州、丽水等山区26县发展…
    # 东明县、牡丹区…等沿黄县（市、区）重点发展…: the kind of the listed counties, with its bracketed kinds
    r"等[\u4e00-\u9fff]{1,4}?(?:县（市、区）|县（市）|县（区）|县（市、旗）|旗县（市、区）|县市区|县区|县市|市县|旗县)|"
    # 支持瑞丽、磨憨等口岸面向缅甸、老挝发展国际医疗合作: border ports (of the listed towns) and whom they face
    r"等(?:边境|沿边|陆路|重点)?口岸(?:面向[^，。；：]{1,12}?(?=(?:重点|积极|加快)?发展))?)?"
    # 推动杭州、嘉兴、湖州三市联动发展运河文化旅游: places that grow one industry together
    r"[：:]?(?:要|应|主要|将|还|可)?(?:联合|共同|合力|协同|积极|合作|联动)?"
    # 濮阳依托中原油田发展石油机械 / 丹江口市依托现有基础发展…: a means phrase with no comma before the role
    # 阿拉善左旗依托腾格里沙漠边缘荒漠土地发展光伏发电: the means may be a longer description of the land
    # 临夏州、甘南州结合资源条件发展特色材料: 结合 … the same
    r"(?:(?:依托|利用|发挥|立足|结合)(?:[^，。；：、]{2,14}?|[^，。；：]{2,8}[两三四五六七八九十]个[^，。；：、]{2,8}?)"
    # 宜章县以莽山为依托发展森林生态旅游 / 新化县以紫鹊界梯田、梅山龙宫为重点发展农耕文化旅游
    r"(?=(?:重点|着力|主要|大力|积极|加快)?发展)|以[^，。；：为]{2,16}为(?:依托|重点)(?=发展))?"
)
_ROLE = re.compile(_ROLE_SUBJECT + r"(?P<verb>" + "|".join(ROLE_VERBS) + r")(?P<ind>[^，。；：]{2,40})")
_BULLETS = ("——", "—", "●", "•", "-", "·", "○", "◆", "■", "▲")
#: ——太原：装备制造、新材料、节能环保。 (a bulleted city with its industries, no verb)
_ROLE_COLON = re.compile(r"^[：:](?P<ind>[^，。；：]{2,40}?(?:、[^，。；：]{2,20})+)[。；]?$")
_ROLE_YI = re.compile(
    _ROLE_SUBJECT + r"(?:以|依托)(?P<ind>[^，。；：]{2,30}?)为(?:(?:主导|重点|特色|支柱|核心)产业|"
    r"(?:主导|重点|特色|支柱|核心|龙头|主)(?=[，。；]|$)|主攻方向|主攻)"
)
#: A bare 发展 is a role only when what follows reads as an industry (发展壮大, 发展水平 are not).
_NOT_INDUSTRY = re.compile(
    r"^(?:壮大|成为|迅速|较快|水平|质量|不(?:平衡|充分|足|够|断|同|协调|好)|滞后|的|空间|环境|态势|潜力|基础|方向|动能|步伐|格局)"
)
#: 依托X、Y的生态优势， / 要依托口岸， / 四市加快资源型城市转型，: an adverbial clause between a subject
#: list and its role, skipped so that the role clause after it is read.
_ADVERBIAL = re.compile(
    rf"^(?:(?:等(?:{_NUM}个?)?|{_NUM}个?)(?:市|地|县|区|城市|市州|[\u4e00-\u9fff]{{1,3}}?城市?|"
    r"[\u4e00-\u9fff]{2,6}?(?:地市|山区市|县)))?(?:的[^，。；：]{0,12}(?:优势|资源|基础|条件|禀赋|特色)|"
    # 汉滨区、汉阴县、石泉县沿月河川道布局，依托…发展… / 佛坪县…等秦岭南坡县实行限制开发，重点发展…
    r"沿[^，。；：]{1,10}(?:布局|分布|展开)|实行[^，。；：]{1,10}|"
    # 支持云城区推动石材产业转型升级，建设…: the work on its industry before the zone it builds
    r"(?:要|应|将)?(?:依托|利用|发挥|立足|围绕|加快|推进|推动|抢抓|用好|结合|坚持|加强)[^，。；：]{1,15}|"
    # 喀什市依托喀什经济开发区和喀什综合保税区，建设…: the subject's own parks (named after it) as its means
    r"(?:依托|利用)[^，。；：]{2,12}?(?:开发区|高新区|经开区|园区|保税区|口岸)(?:和|及|、)"
    r"[^，。；：]{2,12}?(?:开发区|高新区|经开区|园区|保税区|口岸)|"
    # 宝鸡市以高新区为依托，打造…基地 / 通化市以通化医药高新区为核心载体，重点发展…
    r"以[^，。；：为]{1,12}为(?:依托|(?:核心|主要|重要)?载体|支撑|基础|平台|突破口|抓手|切入点|纽带)|"
    # 安达市、肇东市积极承接哈尔滨、大庆的零部件配套加工，建设…园区 / 静海县、蓟县要积极承接…转移，建设…基地
    r"(?:要|应|将)?(?:积极|主动|重点)?承接[^，。；：]{1,20}|"
    r"(?:协同|联动|配合|协作|一体化|同城化)(?:发展)?|为支撑|为节点|为两翼|"
    # 桦甸市、农安县开展油页岩综合开发利用，建设油页岩炼油示范项目: the work the places carry out, then what they build
    r"(?:要|应|将)?(?:积极|重点)?开展[^，。；：]{1,20}|"
    # 随州市打造“中国专用汽车之都”，重点发展…: a quoted title the place is to earn, then its role
    r"(?:要|将)?(?:打造|建设|建成|争创|创建)“[^”]{2,16}”)?[，,]"
)
#: 宁东能源化工基地（灵武市） / 日照岚山港口装备园（岚山区）: right before a bracketed place, any …园 names a park.
_SITE_BEFORE_PAREN = re.compile(
    # 厦门火炬（翔安）产业区（翔安区）: the name may hold a short bracketed part of its own
    # 伊敏电厂三期工程（鄂温克族自治旗）: a numbered project sited in brackets
    # (…度假区（黄山区）、九华山旅游度假区（: a bracket followed by 、 closed the item before, not part of this name)
    rf"(?P<phrase>(?:[^，。；：（）]|（[^（），。；：]{{1,6}}）(?!、)){{2,24}}?(?P<noun>{'|'.join(LAYOUT_NOUNS)}|"
    r"(?<=[\u4e00-\u9fff]{3})园|(?<=[\u4e00-\u9fff]{3})工程|"
    # 白洋淀景区（安新县） / 正定古城（正定县）: a scenic area or old town sited in brackets (a tourism plan's column)
    r"(?<=[\u4e00-\u9fff]{2})(?:景区|古城|古镇)))（$"
)
_PAREN_AFTER = re.compile(r"^（[^（）\n]{0,40}）")
_NAME_PART_PAREN = re.compile(rf"）[^，。；：（）、]{{0,16}}?{_NOUN_RE}（")
_INCLUDE_END = re.compile(r"(?:包括|包含|即|分别是|分别为|主要有)[：:]?$")
_INCLUDE = re.compile(
    rf"(?P<phrase>[^，。；：]{{0,24}}?(?P<noun>{'|'.join(LAYOUT_NOUNS)}|{_NUM}[轴带区园核极心圈翼群片]))"
    r"[，,：:]?(?:主要|具体)?(?:包括|包含|即|分别是|分别为|主要有)[：:]?$"
)
_POLICY = re.compile(
    rf"^(?:等)?(?P<count>{_NUM})?(?:个)?(?:市|城市|县|县市|地区|盟市|市州)?"
    r"(?P<verb>比照享受|享受|列入|纳入|被列为|列为|获批|入选)(?P<rest>[^，。；：]{0,30}?)"
    r"(?:政策|试点|示范区|试验区|改革试验区|先行区|示范县|示范市|试点县|试点市|试点城市|示范城市|示范基地)"
)
_LAYOUT_CONTEXT = re.compile(r"打造|建设|形成|培育|布局|集聚|集群|基地|园区|承接|建成|构建|发展")


@dataclass(frozen=True)
class Hit:
    """A place list in a layout frame (before it becomes one or several designations)."""

    mentions: tuple[Mention, ...]
    kind: str
    name: str
    industry: str
    group: str
    rule: str
    per_place: bool = False
    count: int | None = None
    count_phrase: str = ""
    noun: str = ""
    notes: tuple[str, ...] = field(default_factory=tuple)
    unknown: tuple[tuple[int, str], ...] = ()  # (offset, text) of list items the gazetteer does not know


def place_groups(mentions: list[Mention], text: str, outer: dict[int, int] | None = None) -> list[list[Mention]]:
    """Consecutive mentions joined only by enumeration connectors (、 和 及 与 以及) form a list;
    a place directly followed by one of its own sub-units (兰州市七里河区) keeps only the sub-unit."""
    groups: list[list[Mention]] = []
    of_groups: set[int] = set()
    for mention in mentions:
        if groups:
            last = groups[-1][-1]
            gap = _PAREN_GAP.sub("", text[_suffix_end(text, last.end):mention.start])  # 白山（原浑江市）和延边州
            if gap == "" and _is_within(mention, last):
                groups[-1][-1] = mention
                if outer is not None:  # 泉州市晋江市: the list starts where the parent's name starts
                    outer[id(mention)] = outer.get(id(last), last.start)
                continue
            if gap == "——" and _is_within(mention, last) and _LINE_LEAD.fullmatch(
                    text[text.rfind("\n", 0, last.start) + 1:last.start]) is not None:
                groups.append([mention])  # 枣庄市——滕州市发展…: the city heads the line, its counties are the subjects
                continue
            # 天柱山旅游度假区（潜山县）和宣城市宁国市青龙湾旅游度假区: the bracket gave a park's place; the next
            # place opens the next item of the list of parks, not a second place of that park
            if gap.startswith("）") and text[last.start - 1:last.start] == "（" and \
                    _NOUN_BEFORE_BRACKET.search(text, max(0, last.start - 16), last.start - 1) is not None:
                groups.append([mention])
                continue
            # 在东方市、乐东县等西南部市县和澄迈县、海口市等北部市县建设…: two parts of one list
            if _CONNECTOR.match(gap) or _PARTS_JOINED.fullmatch(gap) or _COUNTED_JOIN.fullmatch(gap) or \
                    (gap == "" and mention.name_kind == last.name_kind == "region") or \
                    _town_then_connector(gap, last, mention):
                groups[-1].append(mention)  # 粤东粤西粤北: regions written back to back form a list too
                continue
            if _yi_list_goes_on(text, groups[-1], gap, mention):
                groups[-1].append(mention)
                continue
            if _COUNTIES_OF.fullmatch(gap) and _counties_of(groups[-1], mention):
                groups[-1].append(mention)  # 包括延安、铜川两市的洛川县、黄陵县: the cities' counties go on the list
                of_groups.add(len(groups) - 1)
                continue
        groups.append([mention])
    for i in of_groups:  # …and the cities give way to them; the list still starts where the first city does
        counties = {m.adcodes[0][:4] for m in groups[i] if m.adcodes and not m.adcodes[0].endswith("00")}
        start = groups[i][0].start
        groups[i] = [m for m in groups[i] if not (m.adcodes and m.adcodes[0].endswith("00")
                                                  and m.adcodes[0][:4] in counties)]
        if outer is not None and groups[i][0].start != start:
            outer[id(groups[i][0])] = start
    return groups


#: 延安、铜川两市的洛川县… / 平凉市的崆峒区: the gap between cities and the counties of theirs that follow
_COUNTIES_OF = re.compile(r"(?:[\d两二三四五六七八九十]+个?(?:市|州|地市|市州|盟市))?的")


def _counties_of(group: list[Mention], mention: Mention) -> bool:
    """Whether ``mention`` is a county of a prefecture-level place of ``group`` (the group names cities only)."""
    if not mention.adcodes or mention.adcodes[0].endswith("00"):
        return False
    cities = {m.adcodes[0][:4] for m in group if m.adcodes and m.adcodes[0].endswith("00")
              and not m.adcodes[0].endswith("0000")}
    return mention.adcodes[0][:4] in cities


#: the rest of a 以… list after a comma: places and connectors only, then the frame word (为重点, 为核心 …)
_YI_LIST_REST = re.compile(r"[^，。；：以为]{2,80}?为(?:重点|核心|主体|骨干|支撑|龙头)")


def _yi_list_goes_on(text: str, group: list[Mention], gap: str, mention: Mention) -> bool:
    """以武威市凉州区、古浪县，张掖市甘州区、临泽县为重点: a 以 list grouped by prefecture puts a comma between the
    prefectures' parts; the 以 is not closed by its 为 yet, so the places after the comma are the same list."""
    opening = text[max(0, group[0].start - 10):group[0].start]
    if gap != "，" or re.search(r"(?:^|[，。；：\s])以[^\W\d为]{0,8}$", opening) is None:
        return False  # 以武威市凉州区: the list's first place may follow its prefecture
    if not all(m.adcodes for m in (*group, mention)) or \
            {m.adcodes[0][:2] for m in group} != {mention.adcodes[0][:2]}:
        return False
    return _YI_LIST_REST.match(text, mention.start) is not None


_PAREN_GAP = re.compile(r"^（[^（）\n]{0,30}）")
_NOUN_BEFORE_BRACKET = re.compile(rf"{_NOUN_RE}$")
#: 以通辽、赤峰两市和兴安盟为主体: a counted part of the list, then the list goes on
_COUNTED_JOIN = re.compile(r"[两二三四五六七八九十]个?(?:市|县|区|旗|盟|州|县市|市县|县区)(?:和|及|以及|、)")
_PARTS_JOINED = re.compile(r"等(?:[东南西北中]{1,2}部(?:和|及|、))?[东南西北中]{1,2}部(?:市县|县市|县区|地区|城市|地市)"
                           r"(?:和|及|以及|、)")
#: 三河市燕郊、香河县、大厂回族自治县规划建设…: a town the gazetteer lacks, after its county, before the list goes on
#: (西夏区镇北堡镇、永宁县闽宁镇: a three-character town with its 镇)
#: 以仁化县丹霞山、乳源县南岭国家森林公园为重点: or a landmark of the county (a mountain, a lake, a park)
#: 联动鄂托克旗棋盘井地区、阿拉善左旗乌斯太地区: or a named area (地区, 片区) of the county
_TOWN_GAP = re.compile(r"^(?![发建重等为以和及与在])(?:[\u4e00-\u9fff]{2}(?:镇|乡)?|[\u4e00-\u9fff]{3}(?:镇|乡)|"
                       r"[\u4e00-\u9fff]{2,3}(?:地区|片区)|"
                       r"[\u4e00-\u9fff]{1,8}?(?:山|湖|森林公园|湿地公园|景区|古镇|古城|温泉|峡谷|草原|湿地|石窟))、$")


def _town_then_connector(gap: str, last: Mention, mention: Mention) -> bool:
    """Whether ``gap`` is a town of the county ``last`` and the list goes on with ``mention`` (a county too)."""
    return _TOWN_GAP.match(gap) is not None and bool(last.adcodes and mention.adcodes) and \
        not last.adcodes[0].endswith("00") and not mention.adcodes[0].endswith("00") and \
        last.adcodes[0][:2] == mention.adcodes[0][:2]
#: what may stand before a line's heading city (indentation, an outline number, a bullet)
_LINE_LEAD = re.compile(r"[ \t\u3000]*(?:[（(]?[一二三四五六七八九十\d]+[）)、.．]?)?(?:——|—|●|•)?")
#: 西双版纳州: a name matched without its unit suffix leaves the suffix outside the match.
_SUFFIX_LEFT = re.compile(r"^(?:自治州|州|盟|地区)(?=[、和及与，：为重发建以（]|$)")
#: 以衡阳市区、郴州市区为核心 / 长沙城区: a city's urban area (its districts) is written as the city plus 区/城区
_CITY_AREA = re.compile(r"(?:(?<=市)区|主城区|城区|市区)(?=[、和及与，：为重发建以（]|$)")


def _suffix_end(text: str, pos: int) -> int:
    """Where a place's name ends once the suffix it leaves to the text (州, 地区, 市区) is read."""
    suffix = _SUFFIX_LEFT.match(text[pos:pos + 4]) or _CITY_AREA.match(text, pos)
    return pos + len(suffix.group(0)) if suffix else pos


def _port_means(mention: Mention, previous: Mention | None, text: str) -> bool:
    """射阳县依托射阳港发展纺织服装: the port named after the place is the means of the place before it, not a
    second subject."""
    return previous is not None and text[previous.end:mention.start] in ("依托", "利用") and \
        text.startswith("港", mention.end) and not text.startswith(("港区", "港口"), mention.end)


def _in_apposition(mention: Mention, previous: Mention | None, text: str) -> bool:
    """公主岭市（2020年由四平市划归长春市代管）: places inside a parenthesis that opens right after another
    place say something about that place (history, seat, former name); they are not list items."""
    if previous is None:
        return False
    before = text[previous.end:mention.start]
    if not before.startswith("（") or "）" in before:
        return False
    after = text[mention.end:mention.end + 40]
    if before == "（" and after.startswith("）"):
        return False  # 酒泉（嘉峪关）: a place named alongside, part of the list
    if "）" not in after or "（" in after[: after.index("）")]:
        return False
    close = mention.end + after.index("）")
    return not _hosts_a_park(text, previous.end + before.index("（"), close)


def _hosts_a_park(text: str, open_at: int, close_at: int) -> bool:
    """佛山顺德（云浮新兴）产业转移工业园: brackets holding only a place name, right before a park's name."""
    inner = text[open_at + 1:close_at]
    match = _HOSTED_NOUN.match(text[close_at:close_at + 30])
    return len(inner) <= 8 and re.fullmatch(r"[\u4e00-\u9fff]+", inner) is not None and match is not None \
        and strip_lead(match.group("ind")) == match.group("ind") and match.group("noun") in SITE_NOUNS


_PARK_AFTER = re.compile(r"^(?:高新区|经开区|经济技术开发区|高新技术产业开发区|工业园区|综合保税区|新区)")


def _at_the_lists_level(group: list[Mention]) -> list[Mention]:
    """以楚雄、大理、保山为重点: in a list of prefectures, a short name that is also its own seat's name (楚雄 = 楚雄州
    or 楚雄市) is the prefecture, whatever the context bonus gave the county."""
    if len(group) < 3 or sum(m.level == "prefecture" for m in group) < len(group) - 1:
        return group
    out = []
    for mention in group:
        parent = next((r for r in mention.readings[1:] if mention.level == "county" and len(r.adcodes) == 1
                       and r.adcodes[0].endswith("00") and not r.adcodes[0].endswith("0000")
                       and r.adcodes[0][:4] == mention.adcodes[0][:4]), None)
        out.append(replace(mention, readings=(parent, *(r for r in mention.readings if r is not parent)))
                   if parent is not None else mention)
    return out


def _without_parent_parks(group: list[Mention], text: str) -> list[Mention]:
    """吴中区、相城区和苏州高新区: a list never names a city beside its own districts, so a city name
    that opens a park name (苏州高新区) in such a list is the park, not the city, and is left out."""
    if len(group) < 2:
        return group
    kept = [m for m in group if not (_PARK_AFTER.match(text[m.end:m.end + 10])
                                      and any(_is_within(o, m) for o in group if o is not m))]
    return kept or group


def _is_within(inner: Mention, outer: Mention) -> bool:
    """inner's codes lie under outer's (by adcode prefix: same prefecture or same province; under any member of a
    region, so that 西乡县 lies within 陕南)."""
    if not inner.adcodes or not outer.adcodes:
        return False
    a = inner.adcodes[0]
    return any(_code_under(a, b) for b in outer.adcodes)


def _code_under(a: str, b: str) -> bool:
    if b.endswith("0000"):
        return a[:2] == b[:2] and a != b
    if b.endswith("00"):
        return a[:4] == b[:4] and a != b
    return False


def _named_by_earlier(hit: Hit, hits: list[Hit], place: Mention) -> bool:
    """龙城区、双塔区着力发展…，建设朝阳新能源电器产业园 / 在淮南市潘集区规划建设淮南现代煤化工产业园: an earlier hit of
    the unit already built this zone (same name) in places of the city or region that opens the name; the city only
    names it."""
    return any(hit.name in (h.name, h.group) and h.mentions and all(
        _is_within(m, place) or _same_prefecture_short_name(m, place) for m in h.mentions) for h in hits)


def _same_prefecture_short_name(inner: Mention, place: Mention) -> bool:
    """在米东区建设乌鲁木齐石化工业园: the bare name opening the park's name (乌鲁木齐, here read as 乌鲁木齐县) is the
    short name of the prefecture the park was built in; it only names the park."""
    # (扬州市重点发展…，加快建设仪征汽车工业园: a prefecture's subject and a county of it opening the park's name is
    # the finer place, not a short name of the prefecture)
    return bool(inner.adcodes and place.adcodes) and not place.written.endswith(("县", "市", "区", "旗", "州")) and \
        (not inner.adcodes[0].endswith("00") or inner.surface.startswith(place.surface)) and \
        all(code[:4] == inner.adcodes[0][:4] for code in place.adcodes) and \
        inner.adcodes[0][:4] + "00" not in place.adcodes and inner.adcodes[0] not in place.adcodes


_MERGER = re.compile(
    rf"(?:整合|合并|归并)(?P<old>[^，。；：为]{{2,60}}?)(?:等)?为(?P<name>[^，。；：为]{{2,30}}?(?P<noun>{_NOUN_RE}))"
)


def _mergers(text: str, unit_start: int, unit_end: int, mentions: list[Mention]) -> tuple[list[Hit], list[Mention]]:
    """整合A、B开发区为C: one designation C whose members are the merged parks' places; the places inside
    C's own name (梅州高新技术产业开发区) are part of the name, not further members."""
    hits: list[Hit] = []
    used: set[int] = set()
    for match in _MERGER.finditer(text, unit_start, unit_end):
        old_start, old_end = match.start("old"), match.end("old")
        places = tuple(m for m in mentions if old_start <= m.start and m.end <= old_end)
        if not places or _has_not_modifier(match.group("name")):
            continue
        used.update(id(m) for m in mentions if old_start <= m.start and m.end <= match.end())
        name, noun, end = match.group("name"), match.group("noun"), match.end()
        more = _extend_noun(text[end:unit_end])  # 为绥东开放试验区产业园: the whole phrase, its last noun
        if more is not None:
            name, noun, end = name + more[0], more[1], end + len(more[0])
        rest_end = next((i for i in range(end, unit_end) if text[i] in "。\n"), unit_end)
        industry = _goal_after(text[end:rest_end])
        kind = _noun_kind(noun)
        hits.append(Hit(places, "area" if kind == "site" and len(places) > 1 else kind, name, industry, name,
                        rule="整合A、B为C", noun=noun))
    return hits, [m for m in mentions if id(m) not in used]


#: …集中在X / 位于X (位于原小河区（现花溪区）: a former unit's name, its successor in brackets)
_SITED = re.compile(r"(?:集中在|集中于|布局在|布局于|位于|坐落于|分布在|分布于|涉及|横跨|地跨|跨|"
                    r"(?<=主要)在|(?<=大部分)在|(?<=均)在|(?<=全部)在|"
                    # 打造…优势区，范围包括A、B: the extent of the zone the previous clause names
                    r"(?<=范围)(?:包括|涵盖|覆盖)|"
                    # 张吉怀精品生态文化旅游带串联张家界、湘西州、怀化三市州: the places a belt links are its extent
                    r"(?<=带)(?:串联|贯穿|连接))原?$")  # 南区为…集聚区，主要在新郑市境内
_SITED_SUBJECT = re.compile(r"^(?:[^，。；：]*?[：:])?(?P<subject>[^，。；：]*?)(?:主要|均|则|分别)?$")
#: (东区为临港型商展交易区，位于…: any …区 a part's label is)
_EARLIER_ZONE = re.compile(
    rf"(?P<phrase>[^，。；：]{{0,20}}?(?:{_NOUN_RE}|(?<=为[\u4e00-\u9fff]{{4}})[\u4e00-\u9fff]*区))(?:[^，。；：]{{0,4}})[，,]$"
)


def _sited(text: str, unit_start: int, c_start: int, pre: str, g_end: int, places: tuple[Mention, ...],
           unit_end: int) -> Hit | None:
    """上游原油开采集中在萨尔图区、让胡路区 / 加快银湖湾滨海新区建设，布局位于新会区: what stands before
    集中在/位于/涉及 (or, when that is only 布局/范围, the zone the previous clause names) is sited in the places."""
    verb = _SITED.search(pre)
    if verb is None or re.search(r"(?:曾|曾经|原|原来|过去|已|目前|现)$", pre[: verb.start()]):
        return None  # 首钢曾位于石景山区: where something was, not a designation
    subject = _SITED_SUBJECT.match(pre[: verb.start()])
    phrase = strip_lead(_ITEM_NUMBER.sub("", subject.group("subject")).strip(" \u3000")) if subject else ""
    phrase = re.sub(r"^(?:布局|范围|扩区范围|规划范围|选址)$", "", phrase)
    if not phrase:
        earlier = _EARLIER_ZONE.search(text, max(unit_start, c_start - 30), c_start)
        if earlier is None:
            return None
        phrase = strip_lead(re.sub(r"^(?:[^，。；：]*?(?:推进|加快|加强|推动|支持))", "", earlier.group("phrase")))
        # 2. 东区为临港型商展交易区，位于中牟县境内: a part's label, then the zone it is
        phrase = re.sub(r"^[\s\u3000]*(?:\d+[\.．、]\s*)?[\u4e00-\u9fff]{1,4}[区片园]为", "", phrase)
    if len(phrase) < 2 or _has_not_modifier(phrase) or re.search(r"[0-9％%]|企业|人口|总部", phrase):
        return None
    phrase = _full_name(text[unit_start:c_start], phrase)
    rest_end = next((i for i in range(g_end, unit_end) if text[i] in "。\n"), unit_end)
    later = _LATER_ROLE.search(text[g_end:rest_end])
    noun = re.search(rf"{_NOUN_RE}$", phrase)
    industry = strip_industry(later.group("ind")) if later else "" if noun else strip_industry(phrase)
    kind = _noun_kind(noun.group()) if noun else "area"
    return Hit(places, "area" if kind == "site" and len(places) > 1 else kind, phrase[:40], industry, phrase[:40],
               rule="A集中在/位于X", noun=noun.group() if noun else "")


def _full_name(before: str, phrase: str) -> str:
    """加快建设深汕特别合作区，由深圳、汕尾两市共建，合作区位于海丰县…: a bare layout noun as the subject refers back
    to the zone named earlier in the unit; that zone's name (the phrase itself when there is none)."""
    if len(phrase) > 4 or re.fullmatch(rf"(?:该|本)?{_NOUN_RE}", phrase) is None:
        return phrase
    noun = phrase.lstrip("该本")
    pattern = rf"[^，。；：、\s“”（）]{{2,20}}?{re.escape(noun)}(?=[，,。；建])"
    earlier = [m.group() for m in re.finditer(pattern, before)]
    name = strip_lead(re.sub(r"^(?:[^，。；：]*?(?:推进|加快|加强|推动|支持))", "", earlier[-1])) if earlier else ""
    return name if len(name) > len(noun) else phrase


def detect(text: str, unit_start: int, unit_end: int, mentions: list[Mention]) -> list[Hit]:
    """Hits in the unit [unit_start, unit_end) of the search text ``text``."""
    hits, mentions = _mergers(text, unit_start, unit_end, mentions)
    kept: list[Mention] = []
    for mention in mentions:
        anchor = next((m for m in reversed(kept) if m.end <= mention.start), None)
        if not _in_apposition(mention, anchor, text) and not _port_means(mention, anchor, text):
            kept.append(mention)
    kept = _routed(text, unit_start, unit_end, _resourced(text, unit_start, unit_end, kept, hits), hits)
    kept = _spanned(text, unit_start, unit_end, kept, hits)
    kept = _grown_here(text, unit_start, unit_end, kept, hits)
    kept = _mined(text, unit_start, unit_end, kept, hits)
    kept = _kept_crops(text, unit_start, unit_end, kept, hits)
    outer: dict[int, int] = {}
    groups = [_at_the_lists_level(_without_parent_parks(group, text)) for group in place_groups(kept, text, outer)]
    named: list[tuple[int, int]] = []  # spans of zone names already attached to an earlier list
    for index, group in enumerate(groups):
        if any(start <= group[0].start < end for start, end in named):
            continue  # 联动A、B，打造喀什都市工业圈: 喀什 is part of the name, not another member
        next_start, region_span = _region_in_name(text, groups, index, unit_end)
        named.extend(region_span)
        if index + 1 < len(groups) and _PART_OF_ZONE.match(text[groups[index + 1][-1].end:unit_end]) \
                and re.fullmatch(rf"[^，。；：、\s]{{0,10}}?{_NOUN_RE}", text[group[-1].end:next_start]):
            continue  # 惠州东江高新区博罗片区: the designation is the part in 博罗, not the whole zone
        site = _bracket_group(text, groups, index, outer)
        if site < len(groups) and _located_after(text, group, groups[site], unit_end,
                                                 outer.get(id(groups[site][0]))):
            continue  # 福州可门经济开发区（连江县）: the park is where the brackets say; 福州 is part of its name
        own = _own_zones(text, group, unit_end, outer)
        if own:
            hits.extend(own)
            continue
        prev = groups[index - 1] if index else None
        radiated = _radiated(text, hits, prev, group, groups[index + 1] if index + 1 < len(groups) else None)
        if radiated is not None:
            hits[-1], skip = radiated
            named.extend(skip)
            continue
        hit, own_span = _named_after_own_places(text, (unit_start, unit_end, next_start), groups, index, prev,
                                                outer.get(id(group[0])), kept)
        named.extend(own_span)
        if hit is not None:
            hit, skip = _where_the_zone_is(text, hit, group, groups[index + 1] if index + 1 < len(groups) else None,
                                           unit_end, hits)
            named.extend(skip)
        if hit is not None and len(group) == 1 and hit.mentions == tuple(group) and \
                _named_by_earlier(hit, hits, group[0]):
            continue
        if hit is not None:
            hits.append(hit)
            named.extend(_name_span(text, hit, group, unit_start, unit_end))
            named.extend(_regions_in_name(text, hit, group, groups[index + 1:], unit_end))
    # 严禁在常德、益阳的湖区布局化工园区: a prohibition names where a zone must not be
    hits = [hit for hit in _focus_narrowed(text, hits) if not hit.mentions or _PROHIBITED.search(
        text, *_clause_bounds(text, unit_start, unit_end, hit.mentions[0].start, hit.mentions[-1].end)) is None]
    hits = _relocated_into(text, unit_start, unit_end, _zone_of_parks(text, unit_start, unit_end, hits))
    return _item_industry(text, unit_start, unit_end, hits)


#: The zone a sentence builds, wherever it stands in the sentence (the sentence backstop's target)
_SENTENCE_ZONE = re.compile(r"(?:建设|打造|建成|培育|形成|构建|布局|创建)"
                            rf"(?P<ind>[^，。；：以为在]{{0,20}}?)(?P<noun>{_NOUN_RE})(?=[，。；]|$)")
#: Words in a list's own clause that make its places context rather than a zone's (partners, markets, routes,
#: models, history, transfers, mergers, institutions named after a place): the backstop leaves such a list alone.
#: Deliberately broad (与, 至, 原 …): the backstop only runs where no frame read the list, so a missed place
#: costs less here than a wrong one.
_NOT_BACKSTOPPED = re.compile(r"相比|对比|借鉴|学习|曾|原|历史|面向|辐射|出口|销往|市场|合作|对接|协作|交流|携手|联合|"
                              r"共建|对口|帮扶|援|毗邻|接壤|通往|直达|开通|航线|班列|至|到|与|同|承接|转移|一体化|"
                              r"同城化|大学|学院|研究|集团|公司|企业|开发区|高新区|投资区|园区|口岸|外送|外输|输出|"
                              # 依托洛阳、新乡等地装备制造业基础，打造…带: a means (the convention every frame keeps)
                              r"依托|利用|借助")
#: A clause that forbids building places no zone, whatever frame reads it
_PROHIBITED = re.compile(r"严禁|禁止|不得|不准")
#: A sentence that forbids or limits building (严禁在保护区布局工业项目) places no zone
_FORBIDDING = re.compile(r"严禁|禁止|不得|限制|严格控制|退出|关停|淘汰")


def _sentence_backstop(text: str, unit_start: int, unit_end: int, group: list[Mention],
                       mentions: list[Mention]) -> Hit | None:
    """A list no frame read, in a sentence that builds a zone: the places go to that zone (the first one after the
    list, else the last one before it, with no other place between and at most two clauses away), or, with none,
    to the zone the item heading above names.

    Why: blind batches showed the frames' misses are a long tail (each new plan words a list's role its own way),
    while the sentence around the list still says which zone it is about. Measured when added (0ad2da0): recall
    on four blind batches +1.2 to +2.3 points, precision on the 216 test documents unchanged (0.995). The hit's rule
    makes its confidence low (geo.extract.scoring), so a reviewer sees these first."""
    c_start, c_end = _clause_bounds(text, unit_start, unit_end, group[0].start, group[-1].end)
    # (a region's name, 北部湾 / 川中, is the loosest reading a list can have: no backstop on it)
    if _NOT_BACKSTOPPED.search(text, c_start, c_end) is not None or \
            _FORBIDDING.search(text, unit_start, unit_end) is not None or \
            any(m.name_kind in ("region", "composite") for m in group):
        return None
    lead = text[c_start:group[0].start]
    if re.search(r"(?:涵盖|包括|覆盖)$", lead) is not None and \
            (heading := _under_heading(text, c_start, lead, tuple(group))) is not None:
        return heading  # 以鲤城区、丰泽区为核心，…，涵盖洛江区…: the heading's zone, whatever the sentence builds
    # 支持芜湖市在鸠江区建设…: a city whose district the sentence names is the district's parent, not the zone's place
    others = [m for m in mentions if m.end <= group[0].start or m.start >= group[-1].end]
    if any(_code_under(code, outer) for m in others for code in m.adcodes for g in group for outer in g.adcodes
           if code != outer):
        return None
    zone = _SENTENCE_ZONE.search(text, group[-1].end, unit_end)
    if zone is not None and any(group[-1].end <= m.start < zone.start() for m in others):
        zone = None  # another place stands between: the zone is that place's (or names it: 托克托铝材产业园)
    if zone is None:
        before = [z for z in _SENTENCE_ZONE.finditer(text, unit_start, group[0].start)
                  if not any(z.end() <= m.start < group[0].start for m in others)]
        zone = before[-1] if before else None
    if zone is None:  # (以A、B为主体，依托X、Y等资源: only a list that opens its clause, or follows 涵盖/沿…)
        return _under_heading(text, c_start, lead, tuple(group))
    between = text[min(zone.end(), group[-1].end):max(zone.start(), group[0].start)]
    if _has_not_modifier(zone.group("ind")) or sum(between.count(ch) for ch in "，；：") > 2:
        return None
    name = strip_lead(zone.group("ind")) + zone.group("noun")
    return Hit(tuple(group), "area", name, strip_industry(zone.group("ind")), name, rule="backstop: same sentence",
               noun=zone.group("noun"))


def _is_prefecture_code(code: str) -> bool:
    return code.endswith("00") and not code.endswith("0000")


#: 为重点，建设 between the focus prefectures and the counties built in them
#: (以平凉、庆阳两市为重点，建设…: the prefectures counted before 为)
_FOCUS_THEN_BUILT = re.compile(r"(?:[两二三四五六七八九十]个?(?:市|州|地市|市州))?等?为重点[，,]"
                               r"(?:重点|着力|加快|大力)?(?:建设|打造|布局)")


def _focus_narrowed(text: str, hits: list[Hit]) -> list[Hit]:
    """以平凉市、庆阳市为重点，建设静宁县、庄浪县…西峰区等优质苹果生产基地县: prefectures named as the focus, then
    in the same sentence the counties of those very prefectures that are built: the counties are the zone's places,
    the prefectures only say where they lie (a map of the whole prefectures would overstate the zone)."""
    out = list(hits)
    for i, (hit, after) in enumerate(itertools.pairwise(hits)):
        if not hit.rule.startswith("以…") or not hit.mentions or not after.mentions or \
                after.mentions[0].start < hit.mentions[-1].end or \
                _FOCUS_THEN_BUILT.fullmatch(text, _suffix_end(text, hit.mentions[-1].end),
                                            after.mentions[0].start) is None:
            continue  # (以张家界市为龙头，以武陵源区、永定区为核心: a second frame, a core inside the lead city)
        prefectures = {m.adcodes[0][:4] for m in hit.mentions
                       if len(m.adcodes) == 1 and _is_prefecture_code(m.adcodes[0])}
        if len(prefectures) != len(hit.mentions):
            continue
        counties = [m for m in after.mentions if len(m.adcodes) == 1 and not m.adcodes[0].endswith("00")]
        if len(counties) != len(after.mentions) or len(counties) < 2 or \
                {m.adcodes[0][:4] for m in counties} != prefectures:
            continue
        out[i] = replace(hit, mentions=tuple(counties))
    return out


#: 高水平建设广清经济特别合作区，推进广清产业园（清城区）、广德（英德）产业园…建设: a zone with no place of its own,
#: then the parks it is made of, each with its place in brackets
_ZONE_OF_PARKS = re.compile(
    r"(?<=[，。；：\n\t \u3000）)])(?:高水平|高质量|加快|着力|重点)?(?:建设|打造|推进)"
    r"(?P<zone>[^，。；：、（）]{2,16}?(?:合作区|示范区|试验区|实验区|经济区|新区))[，,](?:推进|加快|推动|重点建设|包括)")


def _zone_of_parks(text: str, unit_start: int, unit_end: int, hits: list[Hit]) -> list[Hit]:
    """Adds the zone a sentence builds and makes of the bracketed parks it lists after it (the zone is on their
    places), when no hit names that zone already."""
    match = _ZONE_OF_PARKS.search(text, unit_start, unit_end)
    if match is None or any(match.group("zone") in hit.name for hit in hits):
        return hits
    stop = next((i for i in range(match.end(), unit_end) if text[i] in "。；"), unit_end)
    parks = [h for h in hits if len(h.mentions) == 1 and match.end() <= h.mentions[0].start < stop
             and text[h.mentions[0].start - 1:h.mentions[0].start] == "（" and h.kind == "site"]
    if len(parks) < 2:
        return hits
    zone = match.group("zone")
    return [*hits, Hit(tuple(h.mentions[0] for h in parks), "area", zone, "", zone, rule="建设X合作区，推进A园（a）…",
                       notes=("the zone made of the parks listed after it",))]


#: 将沿江化工企业向枝江市姚家港化工园、宜都化工园集中搬迁，建设精细磷化工绿色发展示范基地: plants moved into the
#: listed parks, then the base the next clause builds of them
_RELOCATED_INTO = re.compile(
    r"向(?P<parks>[^，。；：]{4,60}?)(?:集中|有序|整体)?(?:搬迁|转移|集聚|入园)[，,](?:加快|着力|重点)?(?:建设|打造|建成)"
    rf"(?P<zone>[^，。；：、]{{2,24}}?{_NOUN_RE})(?=[，。；]|$)")


def _relocated_into(text: str, unit_start: int, unit_end: int, hits: list[Hit]) -> list[Hit]:
    """Adds the zone built of the parks that relocated plants move into (向A园、B园集中搬迁，建设X基地): X is on the
    parks' places, when each listed park is a hit of its own and no hit names X already."""
    match = _RELOCATED_INTO.search(text, unit_start, unit_end)
    if match is None or any(match.group("zone") in hit.name for hit in hits):
        return hits
    parks = [h for h in hits if h.kind == "site" and h.mentions
             and all(match.start("parks") <= m.start < match.end("parks") for m in h.mentions)]
    if len(parks) < 2:
        return hits
    zone = strip_lead(match.group("zone"))
    noun = re.search(rf"{_NOUN_RE}$", zone)
    places = tuple({(m.start, m.end): m for h in parks for m in h.mentions}.values())
    return [*hits, Hit(places, "area", zone, strip_industry(zone[: noun.start()]) if noun else "", zone,
                       rule="向A园、B园搬迁，建设X", notes=("the zone made of the parks plants move into",),
                       noun=noun.group() if noun else "")]


#: 稳定西双版纳、普洱、临沧等州、市的天然橡胶种植面积 / 扩大A、B的油茶种植规模: a clause with no subject that keeps or
#: grows a crop's (or herd's) area in the places it names
_KEPT_CROPS = re.compile(r"(?:重点|着力|继续)?(?:稳定|扩大|巩固|恢复)")
_CROP_AREA = re.compile(
    rf"(?:等(?:{_KINDS}|市县|县市|地|县|市|区|州)|[两三四五六七八九十]个?(?:市县|县市|市|县|区|州))?"
    r"的(?P<ind>[\u4e00-\u9fff、和]{2,12}?)(?:种植|养殖|生产)(?:面积|规模)"
    r"(?=[，。；]|$)")


def _kept_crops(text: str, unit_start: int, unit_end: int, mentions: list[Mention], hits: list[Hit]) -> list[Mention]:
    """Adds to ``hits`` the places a clause with no subject keeps a crop in (稳定A、B的X种植面积); returns the mentions
    left for the other frames."""
    for group in place_groups(mentions, text):
        lead = re.split(r"[，,。；：]", text[unit_start:group[0].start])[-1].strip(" \t\u3000")
        verb = _KEPT_CROPS.fullmatch(_ITEM_NUMBER.sub("", lead))
        crop = _CROP_AREA.match(text, _suffix_end(text, group[-1].end), unit_end) if verb is not None else None
        if crop is None or not all(m.adcodes for m in group):
            continue
        industry = crop.group("ind")
        hits.append(Hit(tuple(group), "area", industry, industry, industry, rule="稳定A、B的X种植面积"))
        return [m for m in mentions if m not in group]
    return mentions


#: 2．花椒：以武都区为核心，辐射西和县、礼县，…: a numbered item headed by an industry
_ITEM_INDUSTRY = re.compile(
    r"[ \t\u3000]*[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．](?P<ind>[\u4e00-\u9fff、和]{2,10})[：:]"
)


#: 1．总体布局： / 2．发展目标： / 3．重点任务：: a numbered item headed by a part of the plan, not an industry
_NOT_ITEM_INDUSTRY = re.compile(r"布局|格局|目标|思路|原则|定位|任务|措施|范围|空间|总体|要求|机制|保障|支撑|体系")


def _item_industry(text: str, unit_start: int, unit_end: int, hits: list[Hit]) -> list[Hit]:
    """Hits that name no industry of their own (以X为核心，辐射A、B) under a numbered item headed by an industry
    (2．花椒：) are that industry's places; an item headed by a zone or a place (3．陇南经济开发区：) gives none."""
    item = _ITEM_INDUSTRY.match(text, unit_start, unit_end)
    if item is None or re.search(_NOUN_RE, item.group("ind")) or _NOT_ITEM_INDUSTRY.search(item.group("ind")) or any(
            item.start("ind") < m.end and m.start < item.end("ind") for hit in hits for m in hit.mentions):
        return hits
    return [replace(hit, industry=item.group("ind"), notes=(*hit.notes, f"item industry {item.group('ind')}"))
            if not hit.industry else hit for hit in hits]


#: 依托滨州、东营沿海滩涂，发展生态渔业 / 6．生态文化旅游：依托宕昌官鹅沟、…和成县西狭颂等资源，打造…旅游线路: a clause
#: with no subject draws on the resources of the places it names, and the next clause grows the industry there.
_RESOURCED = re.compile(
    r"[ \t\u3000]*(?:[（(]?[一二三四五六七八九十\d]{1,2}[）)、.．]?[^，。；：]{2,12}[：:])?(?:要|应)?(?:充分)?"
    # 充分利用A、B光热资源优势，发展…: the strength of the resources, drawn on in full
    r"(?:依托|利用|发挥)(?P<means>[^，。；：]{2,40}?(?:资源|滩涂|景观|风光|风情|遗址|故里))(?:优势)?[，,]"
    r"(?:重点|大力|加快|积极|着力)?(?P<verb>发展|打造)(?P<ind>[^，。；：]{2,30}?)(?=[，。；]|$)"
)


def _resourced(text: str, unit_start: int, unit_end: int, mentions: list[Mention], hits: list[Hit]) -> list[Mention]:
    """Adds to ``hits`` the hit of a unit that draws on the named places' resources and grows an industry on
    them; returns the mentions left for the other frames (a park or zone among the means is a vehicle, not a
    resource: no hit then)."""
    match = _RESOURCED.match(text, unit_start, unit_end)
    if match is None or re.search(_NOUN_RE, match.group("means")):
        return mentions
    # 依托洞庭湖湿地、岳阳楼、桃花源等旅游资源: a landmark a district is named after (岳阳楼区) is no place here
    means = tuple(m for m in mentions if match.start("means") <= m.start < match.end("means") and m.adcodes
                  and not (m.readings and m.readings[0].name.endswith("区") and not m.adcodes[0].endswith("00")
                           and m.surface != m.readings[0].name))
    industry = strip_industry(match.group("ind"))
    if not means or len(industry) < 2 or _has_not_modifier(industry[:4]):
        return mentions
    hits.append(Hit(means, "area", "：" + industry, industry, f"{match.group('verb')}{industry}"[:40],
                    rule="依托X资源，发展…", per_place=True))
    return [m for m in mentions if not match.start() <= m.start < match.end()]


#: 重点开发哈密市伊州区大南湖矿区、…和吐鲁番市鄯善县、托克逊县矿区，发展煤电、煤制油: a clause with no subject that
#: opens the fields of the named places and grows an industry on them (under a base's heading line)
_MINED = re.compile(
    r"[ \t\u3000]*(?:重点|有序|集中|加快|科学)?开发(?P<fields>[^，。；：]{2,80}?(?:矿区|煤田|油田|气田|矿山))[，,]"
    r"(?:重点|大力|加快|积极|着力|配套)?(?P<verb>发展|建设)(?P<ind>[^，。；：]{2,30}?)(?=[，。；]|$)"
)


def _mined(text: str, unit_start: int, unit_end: int, mentions: list[Mention], hits: list[Hit]) -> list[Mention]:
    """Adds to ``hits`` the hit of a unit that opens the named places' mining fields and grows an industry on
    them (the places are the base's: a city written before its county gives way to the county); returns the
    mentions left for the other frames."""
    match = _MINED.match(text, unit_start, unit_end)
    if match is None or re.search(_NOUN_RE, match.group("fields").replace("矿区", "")):
        return mentions
    inside = [m for m in mentions if match.start("fields") <= m.start < match.end("fields") and m.adcodes]
    fields = tuple(m for m in inside if not any(n is not m and n.adcodes and n.adcodes[0] != m.adcodes[0] and
                                                m.adcodes[0].endswith("00") and n.adcodes[0][:4] == m.adcodes[0][:4]
                                                for n in inside))
    industry = strip_industry(match.group("ind"))
    if not fields or len(industry) < 2 or _has_not_modifier(industry[:4]):
        return mentions
    hits.append(Hit(fields, "area", "：" + industry, industry, f"{match.group('verb')}{industry}"[:40],
                    rule="开发X矿区，发展…", per_place=True))
    return [m for m in mentions if not match.start() <= m.start < match.end()]


#: 以哈尔滨为起点，串联尚志市亚布力、海林市中国雪乡、宁安市镜泊湖，打造哈尔滨—亚布力—雪乡—镜泊湖冰雪旅游精品带: a belt
#: or route that starts in one place and links the places named next (by their sights) runs through all of them.
_ROUTED = re.compile(
    # 串联A、B、C，打造…旅游带: the same with no starting place
    r"[ \t\u3000]*(?:以(?P<start>[^，。；：为]{2,12})为起点[，,])?(?:串联|串连|连接|途经|贯穿|联通)"
    r"(?P<via>[^，。；：]{2,60})[，,]"
    r"(?:重点|着力|共同|联合)?(?:打造|建设|形成|构建)(?P<name>[^，。；：]{2,40}?(?:带|线|走廊|廊道|环线|线路))(?=[，。；]|$)"
)


#: 重点发展宜宾、泸州白酒产业 / 做大做强景德镇、萍乡陶瓷产业: the places a verb of development names before the
#: industry they are known for grow that industry (one role per place).
_GROWN_HERE = re.compile(r"(?:重点|大力|加快|着力|积极)?(?:发展|做强|做大|做大做强|做优做强|壮大|提升)$")
_GROWN_WHAT = re.compile(r"(?:的)?(?P<ind>[\u4e00-\u9fff]{2,12}?)(?:产业|行业)(?:集群)?(?=[，。；、]|$)")


def _grown_here(text: str, unit_start: int, unit_end: int, mentions: list[Mention], hits: list[Hit]) -> list[Mention]:
    """Adds to ``hits`` the places a development verb names right before an industry; returns the mentions left."""
    for group in place_groups(mentions, text):
        first, last = group[0], group[-1]
        verb = _GROWN_HERE.search(text, unit_start, first.start)
        if len(group) < 2 or not all(m.adcodes for m in group) or verb is None:
            continue
        what = _GROWN_WHAT.match(text, _suffix_end(text, last.end), unit_end)
        if what is None or _has_not_modifier(what.group("ind")[:4]):
            continue
        industry = strip_industry(what.group("ind"))
        hits.append(Hit(tuple(group), "area", "：" + industry, industry, f"发展{industry}"[:40],
                        rule="发展A、B的X产业", per_place=True))
        return [m for m in mentions if m not in group]
    return mentions


#: 沿龙门山建设生态旅游长廊，北起广元市青川县，经绵阳市北川县、平武县，南至成都市都江堰市: a belt or corridor and its
#: span from one end through the places on the way to the other end.
_SPANNED = re.compile(
    r"[ \t\u3000]*(?:沿[^，。；：]{2,16}?[，,]?)?(?:规划|加快|重点)?(?:建设|打造|形成|构建|培育)"
    r"(?P<name>[^，。；：]{2,40}?(?:带|长廊|走廊|廊道|线|轴))[，,]"
    r"(?P<span>[东西南北]起[^。；]{2,90}?[东西南北](?:至|到|抵)[^，。；：]{2,30})"
)


def _spanned(text: str, unit_start: int, unit_end: int, mentions: list[Mention], hits: list[Hit]) -> list[Mention]:
    """Adds to ``hits`` the belt a unit spans from one end (北起A) through the places on the way (经B、C) to the other
    (南至D); returns the mentions left for the other frames."""
    match = _SPANNED.match(text, unit_start, unit_end)
    if match is None:
        return mentions
    places = tuple(m for m in mentions if m.adcodes and match.start("span") <= m.start < match.end("span"))
    if len(places) < 2:
        return mentions
    # 广元市青川县: a county written after its city stands for itself
    places = tuple(m for m in places if not any(n.start == m.end and _is_within(n, m) for n in places))
    name = strip_lead(match.group("name"))
    role = _LATER_ROLE.match(text, match.end(), unit_end)
    hits.append(Hit(places, "axis", name, strip_industry(role.group("ind")) if role else "", name,
                    rule="建设X带，北起A，经B，南至C"))
    return [m for m in mentions if not match.start() <= m.start < match.end()]


def _routed(text: str, unit_start: int, unit_end: int, mentions: list[Mention], hits: list[Hit]) -> list[Mention]:
    """Adds to ``hits`` the belt a unit runs from its starting place through the places it links; returns the
    mentions left for the other frames (the places written in the belt's own name are part of the name)."""
    match = _ROUTED.match(text, unit_start, unit_end)
    if match is None:
        return mentions
    places = tuple(m for m in mentions if m.adcodes and (match.start("start") <= m.start < match.end("start")
                                                         or match.start("via") <= m.start < match.end("via")))
    started = match.group("start") is None or any(match.start("start") <= m.start < match.end("start") for m in places)
    # 连接A、B，建设…铁路干线: a transport line between places is infrastructure, not a belt of them
    if len(places) < 2 or not started or _INFRASTRUCTURE.search(match.group("name")):
        return mentions
    # 哈密市巴里坤: a county written after its city stands for itself
    places = tuple(m for m in places if not any(n.start == m.end and _is_within(n, m) for n in places))
    name = strip_lead(match.group("name"))
    role = _LATER_ROLE.match(text, match.end(), unit_end)  # ，重点发展高端滑雪、冰雪观光…: what the belt is for
    hits.append(Hit(places, "axis", name, strip_industry(role.group("ind")) if role else "", name,
                    rule="以A为起点，串联B、C，打造…带"))
    return [m for m in mentions if not match.start() <= m.start < match.end()]


_REGION_NAMING = re.compile(r"(?:要|共同|联合|合力)?(?:建设|打造|培育|形成|布局|共建)")


def _region_in_name(text: str, groups: list[list[Mention]], index: int,
                    unit_end: int) -> tuple[int, list[tuple[int, int]]]:
    """Where the text of a place list's frame stops (the next list), and the span of a region that only opens the
    zone's name: 亳州市、阜阳市、宿州市以及淮北市建设皖北专用车基地 (皖北 names the base the four cities build; its
    other members are not in it)."""
    if index + 1 >= len(groups):
        return unit_end, []
    following = groups[index + 1]
    if len(groups[index]) > 1 and all(m.name_kind in ("region", "composite") for m in following) and \
            _REGION_NAMING.fullmatch(text[groups[index][-1].end:following[0].start]):
        stop = groups[index + 2][0].start if index + 2 < len(groups) else unit_end
        return stop, [(following[0].start, following[-1].end)]
    return following[0].start, []


#: 阳城县、泽州县依托皇城相府、珏山等，建设晋城古堡文化旅游区 / 云冈区、平城区重点建设云冈石窟—大同古城文化旅游区:
#: between the subject list and the zone's name, a means clause at most, then the verb that names the zone
#: (以宁江区、前郭县为重点，依托吉林油田，发展…，建设松原石油化学工业循环经济园区: a 以…为 frame and up to three
#: clauses of means and role may come first)
_NAMING_GAP = re.compile(r"(?:为(?:重点|主体|核心|主要载体)[，,])?(?:[^，。；：]{1,30}[，,]){0,3}?(?:要|将)?"
                         r"(?:重点|加快|着力|积极|共同)?(?:建设|打造|培育|建成|创建)[^，。；：]*")


def _named_after_own_places(text: str, bounds: tuple[int, int, int], groups: list[list[Mention]], index: int,
                            prev: list[Mention] | None, outer_start: int | None,
                            mentions: list[Mention]) -> tuple[Hit | None, list[tuple[int, int]]]:
    """The hit of ``groups[index]`` (``bounds``: unit start, unit end, next list's start), read up to the end of the
    zone's name when the lists after it only name that zone (:func:`_own_places_in_name`), with the spans of those
    lists (no members of their own). Otherwise, or when the longer reading finds no frame (依托个旧、蒙自等地锡矿资源，
    建设红河锡产业基地 is read by the base's own frame), the hit read up to the next list (or, with no frame at all,
    the sentence backstop's), and no spans."""
    unit_start, unit_end, next_start = bounds
    own = _own_places_in_name(text, groups, index)
    if own > index + 1:
        stop = groups[own][0].start if own < len(groups) else unit_end
        hit = _detect_group(text, unit_start, unit_end, groups[index], stop, prev, outer_start)
        if hit is not None:
            return hit, [(groups[j][0].start, groups[j][-1].end) for j in range(index + 1, own)]
    hit = _detect_group(text, unit_start, unit_end, groups[index], next_start, prev, outer_start)
    return hit or _sentence_backstop(text, unit_start, unit_end, groups[index], mentions), []


def _own_places_in_name(text: str, groups: list[list[Mention]], index: int) -> int:
    """The index of the first list after ``groups[index]`` that is not inside the name of the zone the list builds:
    the names of the list's own places or of the city that holds them (晋城 for 阳城县、泽州县; 云冈 and 大同 for
    云冈区、平城区) only name the zone, as in 建设晋城古堡文化旅游区; they add no member. The run must reach the city
    that holds them all, and one zone's name ends it (建设靖边…产业园和定边盐化工产业园: two parks, each on its county;
    建设共和生态光伏发电园区 after 以共和县、贵南县、兴海县为重点: the park is 共和县's)."""
    group, j, parent = groups[index], index + 1, index + 1
    while j < len(groups) and _NAMING_GAP.fullmatch(text[group[-1].end:groups[j][0].start]) is not None and \
            (j == index + 1 or re.search(_NOUN_RE, text[groups[j - 1][-1].end:groups[j][0].start]) is None) and \
            all(m.adcodes and m.name_kind not in ("region", "composite")  # (广佛融合先导区: see _region_in_name)
                and (any(p.adcodes == m.adcodes for p in group) or all(p.adcodes and _is_within(p, m) for p in group))
                for m in groups[j]) and \
            re.match(rf"[^，。；：、]{{0,16}}?{_NOUN_RE}", text[groups[j][-1].end:groups[j][-1].end + 20]) is not None:
        if all(all(p.adcodes and _is_within(p, m) for p in group) for m in groups[j]):
            parent = j + 1
        j += 1
    return parent


#: 以A、B为主要节点，形成…: where the zone's name begins after a 以…为 frame
_YI_GOAL = re.compile(r"为[^，。；：为]{1,8}?[，,](?:形成|打造|建设|构建|建成|培育)")


def _regions_in_name(text: str, hit: Hit, group: list[Mention], following: list[list[Mention]],
                     unit_end: int) -> list[tuple[int, int]]:
    """喀什市依托…，建设面向南亚、中亚的南疆国际商贸物流区: a region written inside the name of the zone a place builds
    is part of that name (the zone is the place's), not more members."""
    written = text[group[0].start:group[-1].end]
    tail = hit.name[len(written):] if hit.noun and hit.name.startswith(written) else ""
    at = text.find(tail, group[-1].end, unit_end) if len(tail) > len(hit.noun) + 2 else -1
    if at < 0:
        return []
    return [(m.start, m.end) for later in following for m in later
            if m.name_kind in ("region", "composite") and at <= m.start < at + len(tail)]


def _name_span(text: str, hit: Hit, group: list[Mention], unit_start: int, unit_end: int) -> list[tuple[int, int]]:
    """The span of the zone name a hit built after its places, whose own place names are part of the name, not
    more members (推进X建设，建设…基地 / 以宝鸡、咸阳、渭南为主要节点，形成贯通关中东西的装备制造产业带: 关中)."""
    if hit.rule in (_PROJECT_RULE, _VEHICLE_RULE) and (at := text.find(hit.name, group[-1].end, unit_end)) >= 0:
        return [(at, at + len(hit.name))]
    if hit.rule.startswith("以…") and (at := text.find(hit.name, unit_start, unit_end)) >= 0 \
            and (goal := _YI_GOAL.search(hit.name)) is not None:
        return [(at + goal.end(), at + len(hit.name))]
    return []


_FRAMED_BEFORE = re.compile(r"为(?:" + "|".join(sorted(YI_FRAMES, key=len, reverse=True)) + r")的$")


def _framed_region(text: str, hit: Hit, mention: Mention, hits: list[Hit]) -> Hit:
    """构建以贵阳为核心、遵义和安顺为两翼、都匀和凯里为支撑的黔中装备制造业集聚区: the zone named after a region is
    made of the places its 以…为 frames have just listed, not of all the region's members."""
    if mention.name_kind not in ("region", "composite"):
        return hit
    placed = next((h for h in hits if h.rule == _ALONG_RULE and text.startswith(h.name, mention.start)), None)
    if placed is not None:  # 沿汕头、潮州、揭阳海岸线，…，建设…粤东临港产业带: the places it runs along
        return replace(hit, mentions=placed.mentions, name=placed.name, group=placed.group, kind=placed.kind)
    if not _FRAMED_BEFORE.search(text[:mention.start]):
        return hit
    framed = [m for earlier in hits if earlier.rule.startswith("以…") for m in earlier.mentions]
    inside = all(any(c == o or _code_within(c, o) for o in mention.adcodes) for m in framed for c in m.adcodes)
    if not framed or not inside:
        return hit
    return replace(hit, mentions=tuple(framed), kind="area",
                   notes=(*hit.notes, f"made of the places framed before it ({'、'.join(m.written for m in framed)})"))


def _where_the_zone_is(text: str, hit: Hit, group: list[Mention], following: list[Mention] | None,
                       unit_end: int, hits: list[Hit]) -> tuple[Hit, list[tuple[int, int]]]:
    """The hit moved to where the sentence says its zone is (a chosen site, the places its 以…为 frames list, or
    the places right after a zone named after their city), and the spans of the places it took over."""
    hit = _sited_at(text, hit, group, unit_end) if len(group) > 1 else _framed_region(text, hit, group[0], hits)
    located = _located_within(text, hit, group, following) if following is not None else None
    if located is None or following is None:
        return hit, []
    if _VEHICLE_THEN_PLACE.search(text, group[-1].end, following[0].start):
        return located, []  # 以…开发区为载体，在河口区重点发展…: the places still have the role the clause gives them
    return located, [(following[0].start, following[-1].end)]


_VEHICLE_THEN_PLACE = re.compile(r"(?:为(?:主要|重要|核心|主)?(?:载体|平台)|(?<![与和及、])建设)[，,](?:重点)?在$")


_ZONE_THEN_PLACE = re.compile(
    # …共建大连—朝阳工业园区，园区选址在朝阳县: the zone, then (after a comma) where its site is
    rf"^[^，。；：、]{{0,24}}?{_NOUN_RE}(?:[，,](?:园区|该园区|该区|基地|项目)?(?=选址|位于))?"
    r"(?:位于|地处|坐落于|选址(?:在|于)?|[，,]?(?:规划)?范围(?:主要)?(?:包括|涉及|为)|包括|由|"
    # 宁波杭州湾产业集聚区依托杭州湾新区，在慈溪市北部滨海区域布局…
    r"依托[^，。；：]{2,12}[，,]在|"
    # 长春国家农业科技园区：依托长春市绿园区、…建设: a listed zone whose item opens with where it is built
    r"[：:](?:依托|位于)(?:[\u4e00-\u9fff]{1,6}?市)?|"
    # 加快潮州港经济开发区建设，在饶平县发展临港能源和物流产业: the zone's building, then where in its city it grows
    r"(?<![与和及、])建设[，,](?:重点)?在|"
    # 以东营港经济开发区为载体，在河口区重点发展… / 以丽水生态产业集聚区为主平台，在莲都区、青田县…布局: the vehicle
    # named after the city works in the places the next clause names
    r"为(?:主要|重要|核心|主)?(?:载体|平台)[，,](?:重点)?在)$"
)


_PARTNER_BUILD = re.compile(r"^[\d一二三四五六七八九十两]*个?[市县区地]?(?:合作|联合|共同)?共建")


def _located_within(text: str, hit: Hit, group: list[Mention], following: list[Mention]) -> Hit | None:
    """杭州大江东产业集聚区位于萧山区东北部 / 杭州城西科创产业集聚区范围包括余杭区和临安市的部分区域 / 台州湾…集聚区
    由椒江区、路桥区沿海区域组成: a zone named after its city and followed at once by where it is; the zone is in
    the places that follow (inside the named city), not in the whole city."""
    if not hit.noun or _ZONE_THEN_PLACE.match(text[group[-1].end:following[0].start]) is None:
        return None
    # 由深圳、汕尾两市共建深汕特别合作区，范围包括海丰县…四镇: partners build the zone; its extent is the place
    # the scope names (within one of them), not the partners
    built_by = text[max(0, group[0].start - 4):group[0].start].endswith("共建")  # 由两市共建大连—朝阳工业园区
    if len(group) != 1 and _PARTNER_BUILD.search(text[group[-1].end:following[0].start]) is None and not built_by:
        return None
    if not all(any(_is_within(m, g) or (built_by and m.adcodes == g.adcodes) for g in group) for m in following):
        return None
    name = hit.name
    if built_by and hit.per_place:  # the partners' names make one name: 大连—朝阳工业园区
        whole = re.match(rf"[^，。；：]*?{_NOUN_RE}", text[group[0].start:following[0].start])
        name = whole.group() if whole is not None else name
    return replace(hit, mentions=tuple(following), per_place=False, kind="site" if len(following) == 1 else "area",
                   name=name, group=name if built_by else hit.group,
                   notes=(*hit.notes, f"located in {'、'.join(m.written for m in following)}"))


_SITE_CHOSEN = re.compile(r"^[^。；]*?[，,](?:选址|选址在|落户|位于)(?P<site>[\u4e00-\u9fff]{2,8})")


def _sited_at(text: str, hit: Hit, group: list[Mention], unit_end: int) -> Hit:
    """支持苏州、无锡与南通合作共建苏锡通科技产业园，选址南通市: partners build one park, and the sentence says
    where it stands; the park is in that place only, the others are partners."""
    chosen = _SITE_CHOSEN.match(text[group[-1].end:unit_end])
    if chosen is None:
        return hit
    site = [m for m in group if chosen.group("site").startswith(m.surface)]
    if len(site) != 1:
        return hit
    name = re.sub(r"^(?:合作共建|共同建设|共建)", "", hit.group or hit.name)
    return replace(hit, mentions=tuple(site), per_place=False, kind="site" if hit.kind == "area" else hit.kind,
                   name=name, group=name,
                   notes=(*hit.notes, f"sited in {site[0].written}; the others are partners"))


#: 以银川为中心，辐射… / 以济南、青岛为两端，串联淄博、潍坊，形成…产业带: the places after join the core's zone.
_RADIATE = re.compile(
    r"^(?:(?:[两三四五六七八九十][市县区]|古城|城区|主城区)?为(?:(?:中心|核心|龙头|主体|双核|极核|两端|两极)[，、,]?"
    r"(?:辐射带动|辐射|带动|包括|串联|连接|贯穿|联动)|重点[，、,]?辐射(?:带动)?|依托[，,]联动)"
    # 以岳麓区麓谷为龙头，沿319国道向西延伸至宁乡县: the corridor runs on from its head to the place it reaches
    r"|[\u4e00-\u9fff]{0,4}?为(?:龙头|起点|核心)[，,](?:沿[^，。；：]{1,16}?)?(?:向[东南西北]{1,2})?"
    r"(?:延伸至|延伸到|延至|拓展至))"
    # 辐射遵义务川、道真: the counties may follow their city's name (the city only says where they are)
    r"(?P<parent>[\u4e00-\u9fff]{2,3}?市?)?$"
)
_RADIATED_ZONE = re.compile(
    # …辐射德兴、铅山等地，形成采选、冶炼、精深加工一体化的世界级铜产业基地: the zone the next clause forms
    # 辐射遵义务川、道真的铝工业布局: an industry's 布局 names the zone too
    rf"^(?:等地?)?(?:的|[，,](?:形成|打造|建设|构建)(?:[^，。；：]{{0,24}}?的)?)"
    rf"(?P<phrase>[^，。；：、]{{0,24}}?(?:{_NOUN_RE}|(?<=工业|产业)布局))"
)


def _radiated(text: str, hits: list[Hit], prev: list[Mention] | None, group: list[Mention],
              following: list[Mention] | None) -> tuple[Hit, list[tuple[int, int]]] | None:
    """以银川为中心，辐射石嘴山、吴忠、中卫，形成…产业带 / 以武汉为中心、辐射孝感、鄂州、黄冈的武汉城市圈…配套区: the
    places the centre radiates to are members of the same designation. When the zone's name follows (…的武汉城市
    圈汽车零部件配套区), it names the designation, and a region in it does not add its own members: the text
    has just said which places the zone holds. Returns the widened hit and the spans to skip."""
    if prev is None or not hits or not hits[-1].rule.startswith("以…") or hits[-1].mentions[-1] is not prev[-1]:
        return None
    radiate = _RADIATE.match(text[_suffix_end(text, prev[-1].end):group[0].start])
    if radiate is None or (radiate.group("parent") and any(c.endswith("00") for c in group[0].adcodes)):
        return None  # a name before the radiated places is allowed only as the city of a county
    if re.search(r"为(?:中心|核心|龙头|主体|双核|极核|两端|两极)[，、,]?联动$", radiate.group()) and \
            _RADIATED_ZONE.match(text[group[-1].end:group[-1].end + 40]) is not None:
        return None  # 以喀什市为中心，联动疏勒县、英吉沙县，打造…工业圈: the linked places make the zone named next
    hit = hits[-1]
    widened = replace(hit, mentions=(*hit.mentions, *group), kind="area" if hit.kind == "core" else hit.kind,
                      notes=(*hit.notes, f"radiates to {'、'.join(m.written for m in group)}"))
    zone = _RADIATED_ZONE.match(text[group[-1].end:group[-1].end + 40])
    if zone is None:
        return widened, []
    phrase = zone.group("phrase")
    at = group[-1].end + zone.start("phrase")
    more = _extend_noun(text[at + len(phrase):at + len(phrase) + 20])  # 哈长城市群北部增长极: the whole name
    if more is not None:
        phrase += more[0]
    if not hit.noun:
        widened = replace(widened, name=phrase[:40])
    skip = [(at, at + len(phrase))] if following is not None and following[0].start == at else []
    return widened, skip


def _bracket_group(text: str, groups: list[list[Mention]], index: int, outer: dict[int, int]) -> int:
    """The group after ``index`` that may hold a park's bracketed site: 合肥金寨现代产业园区（金寨县）: a second place
    inside the name (金寨) is passed over, the site is still the one in brackets."""
    site = index + 1
    end = groups[index][-1].end
    while site + 1 < len(groups) and re.fullmatch(
            r"[\u4e00-\u9fff]{0,12}", text[end:outer.get(id(groups[site][0]), groups[site][0].start)]):
        site += 1
    return site


_NAMED_BEFORE_PAREN = re.compile(rf"[^，。；：、（）\s]{{0,24}}?(?:{_NOUN_RE}|(?<=[\u4e00-\u9fff]{{3}})园)（")


def _located_after(text: str, group: list[Mention], following: list[Mention], unit_end: int,
                   following_start: int | None) -> bool:
    """宣城经济技术开发区（宣城市宣州区） / 喀什纺织服装产业园（疏勒县）: a park or project whose name opens with a
    place and whose location follows in brackets; the bracketed place is where it is (more precise, or the host
    of a partner's park), so the place in the name only names it."""
    between = text[group[-1].end:following_start if following_start is not None else following[0].start]
    # 拉萨经济技术开发区（堆龙德庆县）和达孜工业园区: the bracket may close before the list goes on
    return _NAMED_BEFORE_PAREN.fullmatch(between) is not None and \
        any(text[m.end:unit_end].startswith("）") for m in following)


_RESPECTIVELY = re.compile(
    r"^(?:要|将)?分别(?:建设|打造|布局|培育|发展|建成|布局建设)(?P<items>[^，。；：]{4,80}?)(?=[，。；]|$)"
)


def _own_zones(text: str, group: list[Mention], unit_end: int, outer: dict[int, int]) -> list[Hit]:
    """A partner's park hosted by the place in brackets (佛山（云浮）产业转移工业园), or one zone per place when
    the list builds as many zones 分别 (南昌市、九江市分别建设航空产业基地和石化产业基地: the first is 南昌's)."""
    hosted = _hosted_park(text, group, unit_end, outer)
    if hosted is not None:
        return [hosted]
    named = _zones_by_name(text, group, unit_end)
    if named:
        return named
    match = _RESPECTIVELY.match(text[group[-1].end:unit_end])
    if match is None or len(group) < 2:
        return []
    items = [i for i in re.split(r"、|和|及|以及", match.group("items")) if i]
    nouns = [re.search(rf"{_NOUN_RE}$", item) for item in items]
    if len(items) != len(group) or any(n is None for n in nouns):
        return []
    return [Hit((place,), _noun_kind(noun.group()), item, strip_industry(item[: noun.start()]), item,
                rule="A、B分别建设X和Y", per_place=True, noun=noun.group())
            for place, item, noun in zip(group, items, nouns, strict=True) if noun is not None]


#: 兰州新区 / 西咸新区 / 杨凌示范区: a place the gazetteer knows whose name is itself a zone's name
_ZONE_BY_NAME = re.compile(r"(?:新区|示范区|试验区|实验区|合作区|开发区|高新区|经济区)$")


def _zones_by_name(text: str, group: list[Mention], unit_end: int) -> list[Hit]:
    """…渭南高新区、杨凌示范区、西咸新区。: items that end a bare list with nothing to frame them, each a zone by its
    own name (a new area the gazetteer counts as the units it lies across) — one zone per item."""
    before = text[max(0, group[0].start - 1):group[0].start]  # a list's comma, a line's start or outline number
    if before not in ("、", "\n", "\u3000", " ", "．", ".", "）") or \
            re.match(r"等?(?:[。；]|\s|$)", text[group[-1].end:unit_end + 1]) is None or \
            any(_ZONE_BY_NAME.search(m.surface) is None for m in group):
        return []
    return [Hit((m,), "area", m.surface, "", m.surface, rule="…新区、…示范区 (a zone by its name)")
            for m in group]


_HOSTED_NOUN = re.compile(rf"^）(?P<ind>[^，。；：、（）\s]{{0,20}}?)(?P<noun>{_NOUN_RE})")


def _hosted_park(text: str, group: list[Mention], unit_end: int, outer: dict[int, int]) -> Hit | None:
    """佛山（云浮）产业转移工业园 / 深圳（汕尾）产业转移工业园: a partner's park hosted by the place in brackets;
    the park is where the host is, the partner only names it."""
    starts = [outer.get(id(m), m.start) for m in group]  # 佛山顺德（云浮新兴）: 新兴 written after its city
    cut = next((i for i in range(1, len(group)) if text[group[i - 1].end:starts[i]] == "（"), None)
    if cut is None:
        return None
    match = _HOSTED_NOUN.match(text[group[-1].end:unit_end])
    if match is None or not _hosts_a_park(text, group[cut - 1].end, group[-1].end) or \
            _has_not_modifier(match.group("ind")):
        return None
    host = tuple(group[cut:])
    name = text[starts[0]:group[-1].end + match.end()]
    role = _role_frame("", text[group[-1].end + match.end():unit_end], host)
    industry = role.industry if role is not None else strip_industry(match.group("ind"))
    return Hit(host, "site" if len(host) == 1 else "area", name[:40], industry, name[:40], rule="A（B）…园区",
               noun=match.group("noun"), notes=(f"hosted by {'、'.join(m.written for m in host)}",))


#: (not ——梅河口市依托医药高新区，建设…: a means clause, the zone comes after it)
_BULLET_ZONE = re.compile(r"(?!依托|利用|借助|立足|围绕|以|在|发挥)(?P<name>[\u4e00-\u9fff]{2,12}?[区带园])[。；]?")
_PART_OF_ZONE = re.compile(r"^(?:片区|分区|园区|板块|组团)")
#: 鼓励宜昌高新区与荆州开发区开展园区共建: a cooperation between named zones designates neither.
_COOPERATION = re.compile(
    r"与[^，。；：]{2,20}?(?:开展|加强|深化|推进)[^，。；：]{0,8}?(?:共建|合作|协作|对接|交流)|"
    # 推动宁德与福州都市区同城化发展: two places growing together, a process, not a zone
    r"(?:推动|推进|促进|加快)[^，。；：]{2,16}?(?:与|和|同)[^，。；：]{2,16}?(?:同城化|一体化)|"
    # 推进日照钢铁精品基地与临港装备制造配套发展: two things made to work together, a process, not a zone
    r"(?:推动|推进|促进|加快)[^，。；：]{2,20}?(?:与|同)[^，。；：]{2,16}?(?:配套|协同|联动|融合|互动)发展"
)
#: 支持甘肃农业大学、省农科院等在陇南建立科研试验示范基地: a university or institute sets up its own facility there
_INSTITUTION_BUILDS = re.compile(
    r"(?:大学|高校|院校|学院|科研院所|科研机构|农科院|科学院|研究院|研究所)(?:等(?:高校|院校|单位|机构)?)?在$"
)
# …，与成都共建汽车零部件配套基地: a clause that opens with 与 names the partner, the zone is the subject's
_PARTNER = re.compile(r"(?:加强|深化|推动|推进|开展|扩大|密切|强化|拓展|加快)(?:与|同|和)$|^(?:并|积极|主动)?与$")
#: 等西南部市县 / 等中部和西部市县: after a list of places, the part of the province they lie in
_PART_OF_PROVINCE = r"等(?:[东南西北中]{1,2}部(?:和|及|、))?[东南西北中]{1,2}部(?:市县|县市|县区|地区|城市|地市)"
_BUILT_IN = re.compile(
    # 在洛川、白水等15个县（区）建设…: a counted kind may close the list
    rf"^(?:地区|等地|等{_KINDS}|等(?={_NUM}))?(?:{_NUM}个?(?:地州|市|县|区|旗|地市|城市|市州|县市|盟市)"
    r"(?:（[市区县旗、]{1,5}）)?)?"
    # 在南宁市良庆区五象新区建设…基地 / 在防城港市港口区企沙工业区建设…: the park or new area of the place where
    # it is built (a locator, not another zone)
    r"(?:[\u4e00-\u9fff]{2,8}?(?:新区|开发区|高新区|经开区|工业区|工业园区|产业园区|工业园|产业园|保税区|片区)"
    r"(?=(?:重点|集中)?(?:建设|布局|打造|设立|规划建设|布局建设)))?"
    # 在拉萨市、日喀则地区、山南地区，即…的“一江两河”地区，建设…: a clause that renames the places (即…地区)
    r"(?:[，,]即[^，。；：]{1,40}?(?:地区|区域|流域|一带|地带)[，,])?"
    # 在南疆四地州的县城和乡镇，利用闲置厂房建设…: where in the places, and the means, before the verb
    r"(?:的(?:县城|乡镇|城区|县域|农村|园区|口岸)(?:和(?:县城|乡镇|城区|农村|园区))?[，,]?)?"
    r"(?:(?:利用|依托)[^，。；：]{1,10}[，,]?)?"
    # 在正蓝旗、多伦县和阿鲁科尔沁旗等风能资源富集区，规划建设…风电基地: the places, then what kind of area they are
    r"(?:等[^，。；：]{2,12}?(?:地区|区域|富集区|集中区|资源区)[，,])?"
    # 在东方市、乐东黎族自治县等西南部市县建设…基地: the places, then which part of the province they are
    rf"(?:{_PART_OF_PROVINCE})?"
    # 在莆田、泉州交界区域布局建设湄洲湾石化基地 / 在青岛、烟台沿海布局…: where in the places
    r"(?:交界(?:区域|地区|地带|处)?|接壤(?:区域|地区|地带)|沿海|沿江|沿边|沿线|境内|之间[，,]?)?"
    r"(?:各|分别|重点|集中)?"
    # 在内江市东兴区与自贡市大安区交界区域共建…产业合作园: a park two places build together where they meet
    rf"(?:建设|布局|打造|设立|规划建设|布局建设|合作共建|共建|共同建设)(?:{_NUM}(?:个|家|处|座))?"
    r"(?P<ind>[^，。；：]{0,24}?)"
    # 在格尔木市建设东出口光伏发电园: built in a place, any …园 that ends the clause is a park
    rf"(?P<noun>{_NOUN_RE}|平台|(?<=[\u4e00-\u9fff]{{3}})园(?=[，。；]|$)|"
    # 在松北区、道里区打造世界冰雪文化之都: the title a plan gives the districts it names (only after 在X)
    r"(?<=[\u4e00-\u9fff]{2})之都(?=[，。；]|$)|"
    # 在宁县、正宁县规划建设宁正矿区: a mining field the plan opens there
    r"(?<=[\u4e00-\u9fff]{2})(?:矿区|煤田|油气田)(?=[，。；]|$)|"
    # 在即墨区建设青岛蓝谷 / 在东湖高新区建设中国光谷: a "valley" a plan names as a science district (光谷, 药谷, 车谷)
    r"(?<=[\u4e00-\u9fff]{2})[\u4e00-\u9fff]谷(?=[，。；]|$))"
)


#: 在青岛、烟台、威海、日照沿海布局建设船舶修造…，打造全国重要的船舶与海洋工程装备产业带: what is built there has no
#: layout noun; the zone is the one the next clause makes.
_BUILT_IN_THEN_ZONE = re.compile(
    rf"^(?:{_PART_OF_PROVINCE})?(?:沿海|沿江|沿线|沿边|境内)?"
    # 在共和县依托龙羊峡水电站调节能力，扩大水光互补规模，打造…示范区: a means clause may come first
    r"(?:(?:依托|利用|立足|发挥)[^，。；：]{2,20}[，,])?(?:重点|集中)?"
    # 在儋州、白沙…稳定天然橡胶种植面积，推进…，建设国家天然橡胶战略储备基地 / 在…划定…保护区，建设南繁科技城: the
    # production kept or the land marked out there, then the base built on it (see _HELD_THERE)
    r"(?P<verb>布局建设|布局|建设|发展|稳定|扩大|划定)(?P<what>[^，。；：]{2,30})[，,]"
    r"(?:(?:推进|推动|促进|加快|提高|提升)[^，。；：]{2,20}[，,])?"
    rf"(?:加快|着力|共同)?(?:打造|建设|形成|构建|培育)(?P<ind>[^，。；：]{{0,24}}?)(?P<noun>{_NOUN_RE})(?=[，。；]|$)"
)


#: 稳定…种植面积 / 划定…保护区: land kept in a use or marked out in the places; the base or site the next
#: clause builds is built there (with 建设/布局 the first clause is the work and the later noun must be a zone)
_HELD_THERE = frozenset({"稳定", "扩大", "划定"})


#: 在前郭、长岭、通榆等县发展… / 在白云区、清镇市依托现有铝工业基础，发展铝型材…: the role of the places after 在
#: (a means clause may stand between them)
_ROLE_IN = re.compile(rf"(?:等(?:{_KINDS}|县|市|区|地|县市|市县))?(?:(?:依托|利用|立足|发挥)[^，。；：]{{2,20}}[，,])?"
                      r"(?=(?:重点|集中|优先|大力|加快|着力|积极)?(?:发展|布局))")


_TOWN_IN_COUNTY = re.compile(
    r"^(?!重点|集中|优先|加快|积极|着力|大力|规划|统筹|合理|全面|主要|全力)[\u4e00-\u9fff]{2}(?:镇|乡|街道|片区)?"
    r"(?=(?:重点|集中|优先|大力|加快|着力|积极)?(?:发展|布局))"
)


#: 在南海区狮山镇建设…: a town, township or street of the county (named as such) before what is built there
_TOWN_BUILT = re.compile(r"^(?!重点|特色|中心|全|各)[\u4e00-\u9fff]{2,3}(?:镇|乡|街道)"
                         r"(?=(?:重点|集中)?(?:建设|打造|规划建设|布局建设))")


_FIELD_WORK = re.compile(
    r"(?:重点|加快|有序|稳步)?推进(?P<ind>[^，。；：]{2,12}?(?:勘探开发|勘探|开发|开采))(?=[，。；]|$)"
)


_SECOND_BUILT = re.compile(rf"^(?:和|及|以及|、)(?P<ind>[^，。；：和及、]{{0,20}}?)(?P<noun>{_NOUN_RE})(?=[，。；]|$)")


def _built_in(pre: str, after: str, places: tuple[Mention, ...]) -> Hit | None:
    """在粤东粤西粤北12市各建设1个承接产业转移主平台: a zone built in the places (each, when 各/分别)."""
    if not re.search(r"(?:^|[^存实现内])在$", pre):
        return None
    match = _BUILT_IN.match(after)
    # 在乌拉特中旗、乌拉特后旗发展风电，建设乌拉特风电基地: an industry grown there, then the base of it built there
    if match is None and (later := _BUILT_IN_THEN_ZONE.match(after)) is not None \
            and (later.group("noun") in (*AREA_NOUNS, *AXIS_NOUNS) or later.group("verb") in _HELD_THERE
                 or (later.group("verb") == "发展" and later.group("noun") == "基地")) \
            and not _has_not_modifier(later.group("ind")):
        name = re.sub(r"^(?:全国|全省|国内|国家|区域性?)?(?:重要|领先|一流|知名)?的", "",
                      strip_lead(later.group("ind"))) + later.group("noun")
        # 稳定天然橡胶种植面积: the land's use is no industry; the base's own name says what it is for
        what = later.group("what") if later.group("verb") not in _HELD_THERE else name[: -len(later.group("noun"))]
        return Hit(places, "area", name, strip_industry(what), name, rule="在X建设…，打造…带",
                   noun=later.group("noun"))
    # 在万宁兴隆、澄迈福山发展咖啡产业: each county's town (the list joins across 兴隆、), the last one here
    town = _TOWN_IN_COUNTY.match(after) if all(not m.adcodes[0].endswith("00") for m in places) else None
    if match is None and town is not None:
        after = after[town.end():]  # 在新洲区阳逻布局钢铁深加工…: a town of the district the gazetteer lacks
    built_town = _TOWN_BUILT.match(after) if match is None and town is None and \
        all(not m.adcodes[0].endswith("00") for m in places) else None
    if built_town is not None:  # 在南海区狮山镇建设智能装备产业园: the park is built in the district
        after = after[built_town.end():]
        match = _BUILT_IN.match(after)
    develop = _FIELD_WORK.match(after)
    if match is None and develop is not None:  # 在庆城县、环县、华池县推进油气勘探开发: the field work sited there
        return Hit(places, "area", "", develop.group("ind"), develop.group()[:40], rule="在X推进…开发",
                   per_place=True)
    if match is None and (lead := _ROLE_IN.match(after)) is not None:
        # 在前郭、长岭、通榆等县发展肉牛、肉羊规模养殖: the listed counties' role
        rest = after[lead.end():]
        # 重点在化隆回族自治县布局，发展清真牛羊肉冷链加工: sited there, the role in the next clause
        sited = re.match(r"(?:重点|集中|优先)?布局[，,](?=(?:重点|着力|主要|大力|积极|加快)?发展)", rest)
        # 成都市在新都区发展轨道交通装备，在双流区发展…: a role sited there
        return _role_frame("", rest[sited.end():] if sited else rest, places)
    if match is None or _has_not_modifier(match.group("ind")):
        return None
    ind, noun = match.group("ind"), match.group("noun")
    more = _extend_noun(after[match.end():])  # 在疏附县建设广州新城纺织服装产业园
    if more is not None:
        ind, noun = ind + noun + more[0][: -len(more[1])], more[1]
    # 在港口区建设钢铁基地和铜镍有色金属冶炼加工基地: two zones built there in one clause, both named
    pair = _SECOND_BUILT.match(after[match.end():]) if more is None else None
    if pair is not None and not _has_not_modifier(pair.group("ind")):
        ind, noun = ind + noun + pair.group()[: -len(pair.group("noun"))], pair.group("noun")
    name = strip_lead(ind) + noun
    lead = after[: match.start("ind")]
    each = "各" in lead or "分别" in lead or noun in SITE_NOUNS
    kind = _noun_kind(noun) if noun != "平台" else "site"
    return Hit(places, kind if not (kind == "site" and len(places) > 1 and not each) else "area", name,
               strip_industry(ind), name, rule="在X建设…", per_place=each and len(places) > 1, noun=noun)


_PROJECT_RULE = "推进X建设，建设…基地"
_PROJECT = re.compile(r"(?:推进|加快|推动|加强|深化|支持|参与)$")
_PROJECT_GOAL = re.compile(
    rf"^[，,](?:并|要)?(?:加快|重点|着力|积极|大力)?(?:建设|打造|培育|布局|建成)(?P<ind>[^，。；：]{{0,20}}?)(?P<noun>{_NOUN_RE})"
    r"(?=[，。；]|$)"
)


def _project_goal(text: str, pre: str, post: str, places: tuple[Mention, ...], g_start: int, c_end: int,
                  unit_end: int) -> Hit | None:
    """深入推进义甬舟开放大通道建设，加快建设大宗商品储运加工基地: the base in the clause after 推进X…建设 is
    built within X's project."""
    linked = post == "" and re.search(r"(?:联动|带动|串联|联合|携手)$", pre) is not None  # 联动A、B，打造…圈
    if not linked and (not _PROJECT.search(pre) or not re.fullmatch(r"[^，。；：]{0,12}?(?:建设|开发|开放)", post)
                       or re.search(r"一体化|同城化|协同|融合|合作", post)):
        return None  # 推动武鄂黄黄一体化发展，建设…基地: a process, not a project that hosts the base
    match = _PROJECT_GOAL.match(text[c_end:unit_end])
    if match is None or _has_not_modifier(match.group("ind")):
        return None
    name = strip_lead(match.group("ind")) + match.group("noun")
    project = text[g_start:c_end - len(post)] + re.sub(r"(?:建设|开发|开放)$", "", post)
    kind = _noun_kind(match.group("noun"))
    stop = next((i for i in range(c_end + match.end(), unit_end) if text[i] in "。\n"), unit_end)
    industry = strip_industry(match.group("ind")) or _goal_after(text[c_end + match.end():stop])
    return Hit(places, "area" if kind == "site" and len(places) > 1 else kind, name,
               industry, name if linked else project[:40] or name, rule=_PROJECT_RULE,
               noun=match.group("noun"))


_ALONG_RULE = "沿X…，建设…带"
_ALONG_POST = re.compile(
    r"^(?:等|地区|[两三四五六七八九十][市县区])?(?:的)?(?:沿江|沿海|沿河|沿线)?(?:城市|地区)?(?:和港口|港口)?"
    r"(?:海岸线|沿线|一线|岸线)?(?:和[\u4e00-\u9fff]{2,8}?(?:港区|港口|港))?$"
)
_ALONG_GOAL = re.compile(
    r"(?:建设|形成|打造|构建|培育)(?:以[^，。；：]{1,24}?为(?:主导|重点|主体)的|集[^，。；：]{1,30}?于一体的)?"
    r"(?P<phrase>[^，。；：、]{0,20}?(?:产业带|经济带|隆起带|发展带|走廊|产业轴|发展轴|经济轴))(?=[，。；]|$)"
)


def _along(text: str, pre: str, post: str, places: tuple[Mention, ...], c_end: int, unit_end: int) -> Hit | None:
    """沿秦皇岛、唐山、沧州海岸线，依托三大港口，建设…沿海经济隆起带 / 依托南宁、贵港、梧州等沿江城市和港口，…，形成
    西江黄金水道产业带: the places a belt runs along, and the belt the sentence builds (its name after a verb)."""
    along = pre.endswith(("沿", "串联")) or \
        (pre.endswith("依托") and re.search(r"沿江|沿海|沿河|沿线", post) is not None)
    if not along or len(places) < 2 or _ALONG_POST.match(post) is None:
        return None
    stop = next((i for i in range(c_end, unit_end) if text[i] in "。；\n"), unit_end)
    goal = _ALONG_GOAL.search(text, c_end, stop)
    if goal is None:
        return None
    name = goal.group("phrase")
    return Hit(places, "axis", name, strip_industry(name) if len(name) > 4 else "", name, rule=_ALONG_RULE,
               noun=name[-2:], notes=(f"runs along {'、'.join(m.written for m in places)}",))


_RESOURCE_THEN_BASE = re.compile(
    r"^等地?的?[^，。；：]{0,10}?(?:资源|优势)[，,](?:重点|加快)?(?:建设|打造|布局建设|规划建设)$|"
    # 依托彭山区、仁寿县等地，承接…产业转移，打造眉山天府新区先进制造业基地 / 重点在新津发展新材料…，建设成都南部
    # 工业集中发展区: one development clause between the places and the base named after their city
    r"^(?:等地?)?[，,]?[^，。；：]{2,30}[，,](?:重点|加快)?(?:建设|打造|布局建设|规划建设)$"
)


def _clause_bounds(text: str, unit_start: int, unit_end: int, start: int, end: int) -> tuple[int, int]:
    left = max([text.rfind(ch, unit_start, start) for ch in "，；：。"] + [unit_start - 1]) + 1
    rights = [i for i in (text.find(ch, end, unit_end) for ch in _CLAUSE_END) if i >= 0]
    return left, min(rights) if rights else unit_end


#: 1.空客A330完成和交付中心项目：在天津空港经济区建设， / 3.古城复兴项目：在平城区推进古城墙…保护展示工程: a numbered
#: project of a table of projects (专栏), named before its colon, sited after it
#: (4．贵州白酒交易中心。在贵阳市建设贵州白酒交易所，…: or a numbered zone's name as a sentence of its own)
_ITEM_PROJECT = re.compile(
    r"^[ \t\u3000]*(?:\d{1,2}[\.．、]|[（(]\d{1,2}[）)])(?:(?P<name>[^，。；：、（）]{2,30}?(?:项目|工程))[：:]|"
    rf"(?P<zone>[^，。；：、（）]{{2,30}}?(?:{_NOUN_RE}))。)$")
_ITEM_WORK = re.compile(r"^(?:(?:规划|重点|加快)?(?:建设|实施|推进|布局|开工)|新建|扩建)")


def _item_sited(text: str, unit_start: int, c_start: int, pre: str, after: str,
                places: tuple[Mention, ...]) -> Hit | None:
    """A project item whose body says only where it is (在X建设 / 在X实施…): the project is the item's name, sited
    in the places after 在 (a place inside the item's own name, 大同古城复兴项目, only names it)."""
    item = _ITEM_PROJECT.match(text[text.rfind("\n", 0, c_start) + 1:c_start])
    # (1.新能源汽车整车项目：位于肥西县，年产30万辆。 / 选址新站区: or it says only where it lies)
    sited = pre in ("位于", "选址", "选址在", "选址于", "落户", "坐落于") and re.match(r"[，。；]|$", after) is not None
    if item is None or not (sited or (pre == "在" and _ITEM_WORK.match(after) is not None)):
        return None
    name = item.group("name") or item.group("zone")
    noun = "项目" if item.group("name") else re.search(rf"(?:{_NOUN_RE})$", name).group()  # type: ignore[union-attr]
    return Hit(places, "site", name, strip_industry(re.sub(r"(?:项目|工程)$", "", name)), name,
               rule="N.…项目：在X建设", noun=noun)


def _built_in_previous(text: str, hit: Hit, prev: list[Mention], places: tuple[Mention, ...], pre: str,
                       c_start: int, g_start: int) -> Hit | None:
    """The zone just found is built in the places of the list before it (named after their city or region)."""
    prev_end: int | None = prev[-1].end
    if len(places) == 1 and _subjectless(pre) and prev_end is not None \
            and prev_end < c_start and places[0].name_kind in ("composite", "region") \
            and not text.startswith("为", prev_end) \
            and all(any(_code_within(c, outer) for outer in places[0].adcodes) for m in prev for c in m.adcodes):
        # 南海区、禅城区重点发展…，建设广佛融合先导区: the named zone is built in the subject's districts (not in
        # the wings of an 以…为两翼 frame before it: …株洲和湘潭为两翼的…，共建长株潭“两型”产业走廊)
        return replace(hit, mentions=tuple(prev), notes=(*hit.notes, f"built in {'、'.join(m.written for m in prev)}"))
    between = re.sub(r"^为(?:重点|主体|载体|依托|核心|主要载体)", "", text[prev_end:g_start]) if prev_end else ""
    between = re.sub(r"^(?:重点|集中|加快|着力|积极|优先)(?=建设|打造|布局)", "", between)  # 田阳县重点建设百色…示范园
    if len(places) == 1 and prev_end is not None and c_start <= prev[0].start \
            and between in LINK_VERBS and all(_is_within(m, places[0]) for m in prev) \
            and not _PARTNER.search(text[c_start:prev[0].start]):  # 推动与惠城区、惠阳区共建…: partners
        # 鹿寨县建设柳州汽车配套产业园 / 以晋江市、南安市为重点建设泉州微波通信产业基地: a park named after the city,
        # built in the county that is the subject
        return replace(hit, mentions=tuple(prev), notes=(*hit.notes, f"built in {'、'.join(m.written for m in prev)}"))
    if len(places) == 1 and prev_end is not None and \
            _RESOURCE_THEN_BASE.match(text[prev_end:g_start]) and text[:prev[0].start].endswith(
                ("依托", "利用", "重点在")) \
            and all(_is_within(m, places[0]) for m in prev):
        # 依托平果、田东、德保、靖西等地铝土矿资源，建设百色生态型铝产业示范基地: the base is built on the resources of
        # the counties listed; the city in its name only names it
        return replace(hit, mentions=tuple(prev), notes=(*hit.notes, f"built in {'、'.join(m.written for m in prev)}"))
    return None


_VEHICLE_PARK = re.compile(rf"[^，。；：为]{{0,8}}?(?:{_NOUN_RE})为")
#: 周口市重点发展项城市医药和味精食品、鹿邑县化妆刷和尾毛加工、商水县服装鞋帽: a list of place + industry items after
#: the role verb gives each place its own industry
_LISTED_ROLE_BEFORE = re.compile(rf"(?:{'|'.join(ROLE_VERBS)})(?:[^，。；：、]{{2,20}}、)*$")
_LISTED_ROLE_AFTER = re.compile(r"^(?P<ind>[^，。；：、]{2,16}?)(?:[、。；]|$)")


#: 北翼…，重点推进凤凰县、永顺县民族文化和世界遗产旅游发展: the industry whose growth the plan pushes in those places
_PROMOTED_BEFORE = re.compile(r"(?:重点|着力|优先)(?:推进|推动|支持)$")
_PROMOTED_AFTER = re.compile(r"^(?P<ind>[^，。；：、]{2,24}?)(?:产业)?(?:发展|建设)$")
_NOT_PROMOTED = re.compile(r"一体化|同城化|协同|融合|高质量|转型|振兴|绿色|跨越|经济社会|城镇化|城乡|区域|开放")


def _promoted_role(pre: str, post: str, places: tuple[Mention, ...]) -> Hit | None:
    match = _PROMOTED_AFTER.match(post) if _PROMOTED_BEFORE.search(pre) else None
    if match is None or _NOT_PROMOTED.search(match.group("ind")) or _has_not_modifier(match.group("ind")):
        return None
    industry = strip_industry(match.group("ind"))
    return Hit(places, "area", "", industry, industry, rule="重点推进A、B…发展", per_place=True)


def _listed_role(pre: str, post: str, places: tuple[Mention, ...]) -> Hit | None:
    if len(places) != 1 or _LISTED_ROLE_BEFORE.search(pre) is None \
            or places[0].name_kind not in ("full", "historical") \
            or not places[0].written.endswith(("市", "县", "区", "旗")):
        return None  # 重点发展砀山酥梨、亳州中药材: a product named by its place (a short name) is no role
    match = _LISTED_ROLE_AFTER.match(post)
    if match is None or re.search(rf"{_NOUN_RE}|建设|打造|发展|推进|为", match.group("ind")) or \
            _has_not_modifier(match.group("ind")):
        return None
    industry = re.sub(r"(?:等)?(?:产业|行业|领域)?$", "", match.group("ind"))
    return Hit(places, "area", "", industry, industry, rule="重点发展A地X、B地Y", per_place=True)


def _detect_group(text: str, unit_start: int, unit_end: int, group: list[Mention], next_start: int,
                  prev: list[Mention] | None = None, outer_start: int | None = None) -> Hit | None:
    g_start, name_end = group[0].start, group[-1].end
    name_end = min(_suffix_end(text, name_end), unit_end)
    paren = _PAREN_AFTER.match(text[name_end:unit_end])
    g_end = name_end + paren.end() if paren else name_end  # 公主岭市（…）建设…: the frame follows the parenthesis
    c_start, c_end = _clause_bounds(text, unit_start, unit_end, g_start, g_end)
    pre = text[c_start:outer_start if outer_start is not None and outer_start >= c_start else g_start]
    post = text[g_end:min(c_end, next_start)] if next_start > g_end else text[g_end:c_end]
    places = tuple(group)
    bracketed, hit = _bracketed(text, pre, name_end, unit_end, places)
    if bracketed:
        return hit
    partner = _PARTNER.search(pre) is not None or _INSTITUTION_BUILDS.search(pre) is not None or \
        _COOPERATION.search(text[c_start:c_end]) is not None  # 加强与广州、深圳…的对接: partners, not designated
    prev_end = prev[-1].end if prev else None
    subject = prev_end is not None and c_start <= prev_end and text[prev_end:g_start] == "以"
    if subject:  # 哈尔滨市以平房区、松北区为重点: the place before 以 is the parent, not an industry
        pre = "以"
        # 右江区以百色工业园区为载体: a park named after the city is the district's vehicle, not a zone of the city
        # 通化市以通化医药高新区为核心载体: the same city's park (its name read as 通化县) is the means too
        partner = partner or (bool(prev) and len(places) == 1
                              and _VEHICLE_PARK.match(text[g_end:g_end + 14]) is not None
                              and (all(_is_within(m, places[0]) for m in prev)
                                   or (len(prev) == 1 and prev[0].surface.startswith(places[0].surface))))
    # 濮阳市依托中原油田和濮阳经济技术开发区，建设…: the subject city's own park in its means clause (read as 濮阳县)
    # 通辽市科尔沁区依托通辽经济技术开发区，…: the park named after the city the subject lies in
    partner = partner or (bool(prev) and len(places) == 1 and c_start <= prev[0].start
                          and ((len(prev) == 1 and prev[0].surface != places[0].surface
                                and prev[0].surface.startswith(places[0].surface)
                                and prev[0].adcodes != places[0].adcodes)
                               or all(_is_within(m, places[0]) for m in prev))
                          and re.search(r"依托|利用|借助", text[prev[0].end:g_start]) is not None
                          and re.match(rf"[^，。；：]{{0,8}}?(?:{_NOUN_RE})", text[g_end:g_end + 14]) is not None)
    hit = None if partner else _sited(text, unit_start, c_start, pre, g_end, places, unit_end) or \
        _built_in(pre, text[g_end:unit_end], places) or \
        _item_sited(text, unit_start, c_start, pre, text[g_end:unit_end], places) or \
        _frames(_Clause(text, unit_start, unit_end, next_start, g_start, g_end, c_start, pre, post), places) or \
        _listed_role(pre, post, places) or _promoted_role(pre, post, places)
    moved = _built_in_previous(text, hit, prev, places, pre, c_start, g_start) if hit is not None and prev else None
    if moved is not None:
        return moved
    if hit is None:
        hit = _project_goal(text, pre, post, places, g_start, c_end, unit_end) or \
            _along(text, pre, post, places, c_end, unit_end)
    item = _BULLET_ZONE.fullmatch(post) if hit is None and pre.strip() in _BULLETS else None
    if item is not None:  # ——金塔县、肃北蒙古族自治县光伏发电区。: a bulleted item naming a zone
        name = item.group("name")
        hit = Hit(places, "area", name, strip_industry(name[:-1]), name, rule="——X…区")
    colon = _COLON_AFTER.match(text[g_end:g_end + 8])  # 南海区狮山镇：… (a town the gazetteer lacks)
    inner_first = colon is not None and text[g_end + colon.end():next_start] in ("", "在")
    if hit is None and colon is not None and not inner_first and (not _ITEM_NUMBER.sub("", pre).strip(" \u3000")
                                                                  or pre.strip(" \u3000") in _BULLETS):
        # ——鞍山市：… (but ——唐山市：在乐亭县建设… / ——通辽市：科尔沁区建设…: the place after the colon is the subject)
        hit = _colon_item(text, g_end + colon.end(), unit_start, unit_end, places, g_start, g_end)
    if hit is not None or not _subject_position(pre):
        return hit or (None if partner else _list_then_goal(text, pre, g_end, unit_end, next_start, places))
    skipped = _ADVERBIAL.match(text[g_end:unit_end])
    if skipped is None:
        return None if partner else _list_then_goal(text, pre, g_end, unit_end, next_start, places)
    rest_start = g_end + skipped.end()
    if next_start == rest_start:
        return None  # 环县、庆城县加快油气资源开发，宁县建设…基地: the next clause has a subject of its own
    rest_end = _clause_bounds(text, unit_start, unit_end, rest_start, rest_start)[1]
    rest = text[rest_start:min(rest_end, next_start)] if next_start > rest_start else text[rest_start:rest_end]
    hit = _role_frame("", text[rest_start:unit_end], places)
    if hit is None and re.search(r"一体化|同城化", skipped.group()) is None:  # 推动金武一体化，建设…基地: a process
        hit = _zone_after_adverbial(text, rest, places, g_start, g_end)
    later = _THEN_BUILD.match(text, rest_end) if hit is None and rest_end < unit_end else None
    if later is not None and (next_start <= rest_start or next_start >= later.end()):
        # 调兵山市依托铁法煤业集团，推进煤矸石发电、煤层气利用，建设煤电一体化循环经济产业园: one development clause
        # between the subject's means and the zone it builds
        hit = _noun_frame(text, later.group("zone"), places, g_start, g_end)
    return hit or (None if partner else _list_then_goal(text, pre, g_end, unit_end, next_start, places))


#: What may close a list before its clause goes on: 等地 / 等县 / 等苹果优势县（区） / 三市 / 等15个县（区）, then 要/将
_LIST_CLOSE = re.compile(
    rf"^(?:等?{_NUM}个?(?:{_KINDS}|县市|市县|县区|地市|城市|市州|地区|县|市|区|旗|州|地)|"
    rf"等[^，。；：、\s等]{{0,8}}?(?:{_KINDS}|县市|市县|县区|区县|地市|城市|市州|地区|县|市|区|旗|州|地|盟)|等)?"
    r"(?:（[市区县旗州、]{1,5}）)?(?:要|将|应|可)?[，,]?"
)
#: The subject or locative a list may follow at its clause's start (besides nothing): 在 / 重点在 / 支持 / 鼓励 …
_LIST_LEAD = re.compile(r"(?:积极|大力|加快|着力)?(?:重点|主要|集中|优先)?(?:在|支持|鼓励|推动|引导|推进|其中)?")
#: A clause that builds a zone: the goal the list's sentence ends in
_GOAL_BUILT = re.compile(
    # 在A、B等市，结合产业基础建设一批特色物流园区: a means phrase may open the goal's clause
    r"^(?:(?:依托|利用|结合|发挥|立足)[^，。；：]{2,12}?(?=(?:重点|加快|着力|积极|大力)?(?:建设|打造|建成|培育|布局)))?"
    r"(?:并|要|将|进一步)?(?:重点|加快|着力|积极|大力|全力|努力|共同|联合|逐步)?"
    r"(?P<verb>建设成为|打造成为|发展成为|建设成|打造成|建设|打造|建成|培育|形成|构建|创建|布局)"
    rf"(?P<ind>[^，。；：]{{0,24}}?)(?P<noun>{_NOUN_RE})(?=[，。；]|$)"
)
#: A middle clause that makes the list something other than the zone's place (partners, models, history)
#: (推动金武一体化，建设…基地: a process of two places, the zone is no one list's)
_NOT_MIDDLE = re.compile(r"相比|对比|借鉴|学习|曾经|历史上|合作|对接|协作|共建|交流|联合|携手|面向|辐射|带动|"
                         r"一体化|同城化|协同")


def _list_then_goal(text: str, pre: str, g_end: int, unit_end: int, next_start: int,
                    places: tuple[Mention, ...]) -> Hit | None:
    """在洛川县、富县等苹果优势县（区），加快老果园改造…，建设全国最大的优质苹果生产基地 / 开封、新乡…等市，结合
    本地产业特点，建设地区性物流节点: a list that opens its sentence (as subject or after 在/支持/鼓励), then up to
    three clauses of means or work, then the zone it builds. The fallback when no narrower frame read the list:
    plans put any number of clauses between the places and the goal, and the narrow frames allow one at most."""
    lead = _ITEM_NUMBER.sub("", pre).strip(" \u3000").lstrip("—●•")
    # 推动成德眉资同城化发展，打造…: a merger of places (named as one), not where a zone is
    if re.search(r"一体化|同城化", places[-1].surface):
        return None
    if _LIST_LEAD.fullmatch(lead) is None:
        return _linked(text, lead, g_end, unit_end, places) or _routed_goal(text, lead, g_end, unit_end, places) or \
            (_under_heading(text, places[0].start - len(pre), lead, places)
             if _EXTENT_LEAD.search(lead) or re.search(r"(?:^|[，,])依托$", lead) else None)
    close = _LIST_CLOSE.match(text, g_end, unit_end)
    stop = min(unit_end, next_start) if next_start > g_end else unit_end
    found = _goal_clause(text, close.end() if close else g_end, unit_end, stop)
    if found is not None and found[1] is None:
        return _under_heading(text, places[0].start - len(pre), lead, places)
    # (not past another list, which the goal then belongs to; not with a partner's clause between)
    if found is None or found[1] is None or found[0] + found[1].end() > stop or \
            _has_not_modifier(found[1].group("ind")) or \
            (not found[1].group("ind") and any(m.name_kind == "weak" for m in places)):
        return None
    ind, noun = found[1].group("ind"), found[1].group("noun")
    name = re.sub(r"^(?:全国|全省|国内|国家|区域性?)?(?:最大|重要|领先|一流|知名)?的", "", strip_lead(ind)) + noun
    kind = _noun_kind(noun)
    per_place = len(places) > 1 and noun in SITE_NOUNS
    return Hit(places, "area" if kind == "site" and len(places) > 1 and not per_place else kind, name,
               strip_industry(ind), name, rule="X…，…，建设…", per_place=per_place, noun=noun)


def _goal_clause(text: str, at: int, unit_end: int, stop: int) -> tuple[int, re.Match[str] | None] | None:
    """The clause (its start and the zone it builds) that a list's sentence ends in, within four clauses; (at, None)
    when the sentence builds none, None when a middle clause makes the list a partner, model or process."""
    for _ in range(4):
        clause_end = next((i for i in range(at, unit_end) if text[i] in _CLAUSE_END), unit_end)
        goal = _GOAL_BUILT.match(text[at:clause_end])
        if goal is not None:
            return at, goal
        if _NOT_MIDDLE.search(text, at, clause_end) is not None:
            return None
        if clause_end >= stop or text[clause_end] not in "，," or clause_end - at > 30:
            break
        at = clause_end + 1
    return at, None


#: （一）渭北苹果优势区。 / 1．沿黄特色林果带。: an item heading that names a zone and ends its sentence
_HEADING_ZONE = re.compile(
    r"[ \t\u3000]*(?:（[一二三四五六七八九十]+）|\d+[\.．、]|[一二三四五六七八九十]+、|——|●|•)"
    # (（二）晋南特色林果区。: any …区/…带 a heading of its own names is a zone, as in _ZONE_INCLUDES)
    rf"(?P<name>[^，。；：、\n（）]{{2,20}}?(?P<noun>{_NOUN_RE}|(?<=[\u4e00-\u9fff]{{3}})(?<![地城市辖郊山牧矿园景])[区带片]))。"
)

#: A heading that opens with a verb names a task (壮大…产业带 / 提升…园区), not the zone the list below makes
_TASK_HEADING = re.compile(r"(?:壮大|做强|做大|做优|提升|加快|推进|推动|建设|打造|培育|发展|优化|完善|强化|构建|促进|"
                           r"规范|引导|支持|实施|加强|深化|拓展|提高)")


#: The words before a list that make it a zone's extent (…，涵盖A、B / 沿A、B布局; not 依托, a means): under a zone
#: heading, the places of its first sentence
_EXTENT_LEAD = re.compile(r"(?:^|[，,])(?:主要|范围)?(?:包括|涵盖|覆盖|沿|串联|在|重点在)$|^沿[^，。；：]{1,10}串联$|"
                          # 沿河西走廊经武威、金昌…，打造…带 / 从西宁经海南州、果洛州至玉树州: a route's stops
                          r"(?:^|[，,])(?:沿[^，。；：]{1,10})?(?:途经|经)$|^从[^，。；：]{1,8}经$")
#: 依托集安、临江等对朝口岸 / 依托唐山、秦皇岛3市沿海地区: under a belt's heading, the ports or coast it rests on are
#: its places (依托 is otherwise a means: 依托武夷山、泰宁大金湖等资源)
_RESTS_ON = re.compile(
    r"^(?:等?[\d一二三四五六七八九十]*个?(?:市|县|地))?[^，。；：]{0,6}?(?:口岸|港口|沿海地区|沿江地区|沿边地区)")
#: 打造连接济南、淄博、潍坊、青岛的济青物流大通道: a corridor or belt by the places it links
_LINKING = re.compile(r"(?:连接|串联|贯通|纵贯|贯穿|联通|横贯|途经)$")
_LINKED_ZONE = re.compile(
    rf"^(?:等[^，。；：的]{{0,6}})?的(?P<ind>[^，。；：]{{0,20}}?)(?P<noun>{_NOUN_RE})(?=[，。；]|$)")


def _linked(text: str, lead: str, g_end: int, unit_end: int, places: tuple[Mention, ...]) -> Hit | None:
    """打造连接济南、淄博、潍坊、青岛的济青物流大通道 / 完善纵贯德州、济南、泰安的京沪物流通道: the places a corridor
    links are where it runs."""
    if _LINKING.search(lead) is None:
        return None
    zone = _LINKED_ZONE.match(text[g_end:unit_end])
    if zone is None or _has_not_modifier(zone.group("ind")):
        return None
    name = strip_lead(zone.group("ind")) + zone.group("noun")
    kind = _noun_kind(zone.group("noun"))
    return Hit(places, "area" if kind == "site" else kind, name, strip_industry(zone.group("ind")), name,
               rule="连接A、B的…带", noun=zone.group("noun"))


#: …，打造贯通东西的丝绸之路黄金旅游带: the belt or corridor a route's clause ends in (any …带 / …廊道 / …线)
_ROUTE_BUILT = re.compile(r"^(?:并|要|将)?(?:重点|加快|着力|积极|大力|共同)?(?:打造|建设|形成|构建)"
                          rf"(?P<ind>[^，。；：]{{0,24}}?)(?P<noun>{_NOUN_RE}|带|廊道|线)(?=[，。；]|$)")


def _routed_goal(text: str, lead: str, g_end: int, unit_end: int, places: tuple[Mention, ...]) -> Hit | None:
    """沿河西走廊经武威、金昌、张掖，打造…黄金旅游带: the stops of a route, then the belt or corridor built along it."""
    if re.search(r"(?:途经|经)$", lead) is None:
        return None
    at = g_end + 1 if text.startswith(("，", ","), g_end) else g_end
    goal = None
    for _ in range(3):
        clause_end = next((i for i in range(at, unit_end) if text[i] in _CLAUSE_END), unit_end)
        goal = _ROUTE_BUILT.match(text[at:clause_end])
        if goal is not None or clause_end >= unit_end or text[clause_end] not in "，,":
            break
        at = clause_end + 1
    if goal is None or _has_not_modifier(goal.group("ind")) or \
            (goal.group("noun") not in AXIS_NOUNS and goal.group("noun")[-1] not in "带廊线"):
        return None
    name = strip_lead(re.sub(r"^[^，。；：]{0,12}?的", "", goal.group("ind"))) + goal.group("noun")
    kind = "axis" if goal.group("noun") in (*AXIS_NOUNS, "廊道", "线") else "area"
    return Hit(places, kind, name, strip_industry(re.sub(r"(?:旅游)?(?:带|廊道|线)$", "", name)), name,
               rule="经A、B，打造…带", noun=goal.group("noun"))


def _under_heading(text: str, c_start: int, lead: str, places: tuple[Mention, ...]) -> Hit | None:
    """（一）渭北苹果优势区。洛川、白水、富县等县，加快老果园改造… / ——鸭绿江边境风情旅游带。沿集安市、临江市布局…: a
    list that opens the first sentence after an item heading naming a zone (or stands right after 涵盖/沿 in
    it), with no zone of its own, is that zone's extent."""
    if lead and _EXTENT_LEAD.search(lead) is None and \
            not (re.search(r"(?:^|[，,])依托$", lead) and _RESTS_ON.match(text, places[-1].end)):
        return None
    line_start = text.rfind("\n", 0, c_start) + 1
    sentence_start = text.rfind("。", line_start, c_start) + 1
    if sentence_start == 0 or c_start - sentence_start > 30:
        return None
    head = _HEADING_ZONE.fullmatch(text, line_start, sentence_start)
    if head is None or _has_not_modifier(head.group("name")) or _TASK_HEADING.match(head.group("name")):
        return None  # （三）壮大沿江产业带。九江市要…: a task heading; its places come with their own roles
    name, noun = head.group("name"), head.group("noun")
    kind = _noun_kind(noun)
    return Hit(places, "area" if kind == "site" and len(places) > 1 else kind, name,
               strip_industry(name[: -len(noun)]), name, rule="（一）X区。A、B…", noun=noun)


def _zone_after_adverbial(text: str, rest: str, places: tuple[Mention, ...], g_start: int, g_end: int) -> Hit | None:
    """The zone the clause after the subject's adverbial builds. 商丘、周口两市要发挥…优势，沿陇海、京九铁路建设…承接带:
    the route a belt follows stands before its verb; 东乌珠穆沁旗、元宝山区要立足…，稳妥推进褐煤干燥提质和煤制化肥项目:
    the projects the subject carries out."""
    hit = _noun_frame(text, _ROUTE_FIRST.sub("", rest), places, g_start, g_end)
    pushed = _PUSH_FIRST.sub("", rest)
    if hit is None and pushed != rest:
        hit = _noun_frame(text, pushed, places, g_start, g_end)
    return hit


_ROUTE_FIRST = re.compile(r"^沿[^，。；：]{1,14}?(?:铁路|公路|高速|干线|沿线|一线|两岸)(?=建设|布局|打造|形成)")
_PUSH_FIRST = re.compile(r"^(?:稳妥|有序|加快|积极|大力|重点)?(?:推进|实施)(?=[^，。；：]{2,24}(?:项目|工程)$)")
_THEN_BUILD = re.compile(r"[，,](?P<zone>(?:并|加快|重点|着力)?(?:建设|打造|建成)[^，。；：]{2,30})(?=[，。；]|$)")
_SENTENCE_GOAL = re.compile(
    r"[，,；](?:并|要)?(?:重点|着力|加快|共同|联合)?(?:打造|培育|建设|发展)(?P<ind>[^，。；：]{2,30}?)"
    r"(?:产业集群|集群|产业基地|基地|产业带|产业)?(?=[，。；]|$)"
)


def _sentence_goal(rest: str) -> str:
    """…，打造电子信息、航空和新能源汽车产业集群。: the industry a sentence's closing goal names."""
    match = _SENTENCE_GOAL.search(rest)
    return strip_industry(match.group("ind")) if match else ""


_ITEM_NUMBER = re.compile(
    r"^[ \u3000]*(?:\d+[\.．、]|[（(]\d+[）)]|（[一二三四五六七八九十]+）|[一二三四五六七八九十]+、|[①-⑳])"
)


# 3.务川、道真铝土矿开发：建设铝土矿资源基地: the item may name the resource worked in its places before the colon
_COLON_AFTER = re.compile(
    r"^(?:[\u4e00-\u9fff]{1,4}(?:镇|街道|乡|片区)|[两三四五六七八九]市|[\u4e00-\u9fff]{1,6}?(?:开发|开采|利用))?[：:]"
)
_COLON_NOUN = re.compile(rf"^(?:重点|着力)?(?:建设|打造|发展|培育)?(?P<ind>[^，。；：]{{0,24}}?)(?P<noun>{_NOUN_RE})")


def _colon_item(text: str, rest_start: int, unit_start: int, unit_end: int, places: tuple[Mention, ...],
                g_start: int, g_end: int) -> Hit | None:
    """1. 昆山市：小核酸及生物医药产业园，发展… / 张家港市：重点建设精准医学产业园: a list item whose
    places come first and whose role or park follows the colon."""
    if text.startswith("以", rest_start):
        return None  # 营口市：以鲅鱼圈区为重点，…: the 以…为 frame reads it
    means = _ADVERBIAL.match(text[rest_start:unit_end])  # ——鞍山市：依托鞍钢，发展钢铁精深加工
    if means is not None and means.end() > 1:
        rest_start += means.end()
    rest_end = _clause_bounds(text, unit_start, unit_end, rest_start, rest_start)[1]
    clause = text[rest_start:rest_end]
    hit = _role_frame("", text[rest_start:unit_end], places)
    if hit is None:
        noun = _COLON_NOUN.match(clause)
        if noun is None or _has_not_modifier(noun.group("ind")):  # ——本溪市：…建设中国药都，发展生物医药产业
            goal = _GOAL_CLAUSE.match(text[rest_start:unit_end])
            return _role_frame("", text[rest_start + goal.end():unit_end], places) if goal is not None else None
        ind, last = noun.group("ind"), noun.group("noun")
        more = _extend_noun(clause[noun.end():])  # 建设国家级家电产业集群核心区
        if more is not None:
            ind, last = ind + last + more[0][: -len(more[1])], more[1]
        name = strip_lead(ind) + last
        # ——A、B：共同建设西部物流节点，重点发展装备和化工产品物流: a node's role is the next clause's (its name holds
        # no industry)
        role = _ROLE.match(text[rest_end + 1:unit_end]) if last in ("物流节点", "节点城市") else None
        industry = (re.sub(r"(?:等)?(?:产业|行业|领域)?$", "", role.group("ind")) if role is not None else "") or \
            strip_industry(ind) or _sentence_goal(text[rest_end:unit_end])
        hit = Hit(places, _noun_kind(last) if len(places) == 1 else "area", name, industry, name,
                  rule="X：…园区", per_place=len(places) > 1 and last in SITE_NOUNS, noun=last)
    return hit


def _subjectless(pre: str) -> bool:
    """A clause that opens with its verb (…，建设X): its subject is the previous clause's."""
    return pre in LINK_VERBS or pre in ("加快建设", "着力打造", "积极打造", "重点建设")


def _code_within(code: str, outer: str) -> bool:
    if outer.endswith("0000"):
        return code[:2] == outer[:2]
    if outer.endswith("00"):
        return code[:4] == outer[:4]
    return code == outer


def _subject_position(pre: str) -> bool:
    """The place list opens its clause (or follows 支持/依托 … or a bullet ——): it is the subject of what follows."""
    return pre.strip() in _SUBJECT_LEADS or pre.endswith(("，", "：")) or pre.strip() in _BULLETS or \
        _AREA_OF.search(pre) is not None


#: 忻州经济开发区和原平市重点发展煤机装备和铸造: a park opens the list of subjects, the place after it shares the role
_PARK_AND = re.compile(
    r"(?:^|[，：；。])(?!依托|利用|以|在|围绕|借助)[\u4e00-\u9fff]{2,14}(?:经济开发区|经济技术开发区|高新技术产业开发区|"
    r"开发区|高新区|经开区|工业园区|产业园区|工业园|产业园)(?:和|及|、)$"
)


_SUBJECT_LEADS = frozenset({"", "支持", "推动", "推进", "鼓励", "其中", "引导", "依托", "发挥", "利用", "立足"})


_VEHICLE = re.compile(r"^为(?:主要|重要|核心)?(?:载体|依托|核心|龙头|重点|主体)[，,]")


_BUILT_NAME = re.compile(r"^[^，。；：]{2,12}?(?:重点|加快|着力|积极)?(?:建设|打造|布局|培育|设立)")


def _bracketed(text: str, pre: str, name_end: int, unit_end: int,
               places: tuple[Mention, ...]) -> tuple[bool, Hit | None]:
    """A place in brackets: the site of the park named before it, or (厦门火炬（翔安）产业区（翔安区）) part of a
    name whose site follows in brackets of its own (then the place adds nothing). (True, hit) when settled."""
    before = text[max(0, places[0].start - 60):places[0].start].rsplit("\n", 1)[-1]
    sited = _SITED_IN_BRACKETS.search(before) if text[name_end:name_end + 1] == "）" else None
    if sited is not None:  # 大连福佳大化芳烃项目（由…投资，建于金州区）: the project is where the brackets say
        name = strip_lead(_ITEM_NUMBER.sub("", sited.group("name")).strip(" \u3000"))
        return True, Hit(places, "site", name, strip_industry(name[: -len(sited.group("noun"))]), name,
                         rule="…项目（建于X）", noun=sited.group("noun"))
    # 恒力石化…项目（瓦房店市长兴岛）: a town or island of the place may follow it inside the brackets, or
    # (光谷生物城（武汉东湖新技术开发区）) the park of the place the item lies in
    inside = re.match(r"(?:[\u4e00-\u9fff]{0,6}?(?:岛|镇|乡|港|湾|半岛|街道)?|"
                      r"[\u4e00-\u9fff]{1,10}?(?:开发区|高新区|经开区|园区|新区))）", text[name_end:name_end + 16])
    if not (pre.endswith("（") and inside is not None):
        return False, None
    name_end += inside.end() - 1
    hit = _site_in_parenthesis(text, pre, text[name_end + 1:unit_end], places)
    if hit is not None:
        return True, hit
    return _NAME_PART_PAREN.match(text, name_end) is not None, None


_SITED_IN_BRACKETS = re.compile(
    rf"(?P<name>[^，。；：（）]{{2,30}}?(?P<noun>{_NOUN_RE}))（[^（）]{{0,20}}?[，,]?(?:建于|位于|落户|选址)$")


#: 6.炎帝神农故里（随县）：建设…: a numbered list item that names a site, its place in brackets and its works after
#: a colon
_NUMBERED_SITE = re.compile(r"^[ \t\u3000]*\d{1,2}[\.．、](?P<name>[\u4e00-\u9fff]{2,12})（$")
_NUMBERED_SITE_WORKS = re.compile(
    r"^[：:](?:推进|加快|完善)?[^，。；：]{0,16}?(?:建设|打造)(?P<ind>[^，。；：]{2,30}?)[，。；]"
)


def _numbered_site(pre: str, after: str, places: tuple[Mention, ...]) -> Hit | None:
    match = _NUMBERED_SITE.match(pre)
    if match is None or len(places) != 1 or not after.startswith(("：", ":")):
        return None
    name = match.group("name")
    goal = _NUMBERED_SITE_WORKS.match(after)
    # 1．中国医药城（泰州医药高新区）：生物制药、医疗器械。: a table row's industries after the colon
    industry = strip_industry(goal.group("ind")) if goal is not None else _industry_after(after)
    return Hit(places, "site", name, industry, name, rule="N.X（Y）：…")


_VEHICLE_RULE = "依托…园（X），建设…基地"
_BUILT_AFTER_VEHICLE = re.compile(
    rf"^(?:重点|加快|着力)?(?:建设|打造)(?P<ind>[^，。；：]{{2,24}}?)(?P<noun>{_NOUN_RE})(?=[，。；]|$)")


_SHARED_NOUN_AFTER = re.compile(
    rf"^(?:[、和][^，。；：（）、]{{1,8}}（[^（）\n]{{1,10}}）)+(?P<ind>[^，。；：（）、]{{0,8}}?)(?P<noun>{_NOUN_RE})")
_NAME_BEFORE_PAREN = re.compile(r"(?:^|[，,、])([\u4e00-\u9fff]{2,10})（$")
_ITEM_AFTER_BRACKET = re.compile(r"（[^（）\n]{1,10}）[、和][^，。；：（）、]{1,8}（$")
_SHARED_NOUN_LAST = re.compile(rf"^(?P<ind>[^，。；：（）、]{{0,8}}?)(?P<noun>{_NOUN_RE})")


def _site_in_parenthesis(text: str, pre: str, after: str, places: tuple[Mention, ...]) -> Hit | None:
    """宁东能源化工基地（灵武市）重点发展煤制烯烃: a named park with its location in parentheses."""
    match = _SITE_BEFORE_PAREN.search(pre)
    shared = _SHARED_NOUN_AFTER.match(after) if match is None else None
    if match is None and shared is None and _ITEM_AFTER_BRACKET.search(pre) is not None:
        shared = _SHARED_NOUN_LAST.match(after)  # …、羊曲（兴海县）水电站: the last item of such a list
    first = _NAME_BEFORE_PAREN.search(pre) if shared is not None else None
    if first is not None and strip_lead(first.group(1)):
        # 加快玛尔挡（玛沁县）、羊曲（兴海县）水电站建设: items named with their places share the noun after the last
        name = strip_lead(first.group(1)) + shared.group("ind") + shared.group("noun")
        return Hit(places, _noun_kind(shared.group("noun")), name, "", name, rule="A（X）、B（Y）…基地",
                   noun=shared.group("noun"))
    if match is None:
        return _numbered_site(pre, after, places)
    name = strip_lead(_ITEM_NUMBER.sub("", match.group("phrase")).strip(" \u3000").lstrip("".join(_BULLETS)))
    # 支持河源高新区（源城区）承接…产业转移: the park the plan supports, where the brackets say
    name = re.sub(r"^(?:支持|鼓励|引导)(?=[^，。；：]{4})", "", name)
    built = _BUILT_NAME.search(name)  # 西安市重点建设三星半导体产业园（长安区）: the park is what is built
    if built is not None and len(name) - built.end() >= 4:
        name = name[built.end():]
    project = re.match(r"^(?:加快推进|推进|加快|推动)(?=[^，。；：]{4})", name)
    if project is not None and re.match(r"^建设[，,]", after):  # ——推进中老磨憨—磨丁经济合作区（勐腊县）建设，重点发展…
        name, after = name[project.end():], after[3:]
    vehicle = _VEHICLE.match(after) if name.startswith("以") else \
        re.match(r"^[，,]", after) if name.startswith("依托") else \
        re.match(r"^(?:规划|布局)?(?=建设|打造)", after) if name.startswith("在") else None  # 在…开发区（X）规划建设…区
    if vehicle is not None and len(name) > 4:
        # 以长沙经济技术开发区（长沙县）为主要载体，重点发展… / 依托田心轨道交通产业园（石峰区），发展电力机车: the
        # park is the vehicle of the role after, and it is where the brackets say
        name, after = re.sub(r"^(?:以|依托|在)", "", name), after[vehicle.end():]
        built_there = _BUILT_AFTER_VEHICLE.match(after)
        if built_there is not None and not _has_not_modifier(built_there.group("ind")):
            # 依托呼和浩特金桥经济技术开发区（赛罕区），建设单晶硅及光伏材料产业基地: the zone built is the designation,
            # where the vehicle's brackets say
            zone = strip_lead(built_there.group("ind")) + built_there.group("noun")
            return Hit(places, _noun_kind(built_there.group("noun")), zone, strip_industry(built_there.group("ind")),
                       zone, rule=_VEHICLE_RULE, noun=built_there.group("noun"))
    # 4．运输机改进改型及产能提升项目（城固县）: a numbered project's own title may hold any word (提升, 改造)
    titled = match.group("noun") in ("项目", "工程") and _ITEM_NUMBER.match(match.group("phrase")) is not None
    if (_has_not_modifier(name[: -len(match.group("noun"))]) and not titled) or len(name) < 3:
        return None  # (the noun itself may be 项目: 榆横煤制烯烃项目（榆阳区）)
    role = _role_frame("", after, places)
    industry = role.industry if role is not None else \
        "" if match.group("noun") in AREA_NOUNS else strip_industry(name[: -len(match.group("noun"))])
    kind = _noun_kind(match.group("noun"))
    return Hit(places, kind, name, industry, name, rule="…基地（X）", noun=match.group("noun"))


@dataclass(frozen=True)
class _Clause:
    """Where a place list stands: its unit, its own span, its clause start, the text before it in the
    clause and after it up to the next list or clause end."""

    text: str
    unit_start: int
    unit_end: int
    next_start: int
    g_start: int
    g_end: int
    c_start: int
    pre: str
    post: str


def _frames(where: _Clause, places: tuple[Mention, ...]) -> Hit | None:
    text, unit_start, unit_end, next_start = where.text, where.unit_start, where.unit_end, where.next_start
    g_start, g_end, c_start, pre, post = where.g_start, where.g_end, where.c_start, where.pre, where.post
    if _INCLUDE_END.search(pre) or _INCLUDE_END.search(text[max(unit_start, g_start - 6):g_start]):
        # (the text before the list: up to its outer start, 包括延安、铜川两市的洛川县… → 包括)
        hit = _include_frame(text[unit_start:c_start] + pre if c_start >= unit_start else text[unit_start:g_start],
                             places)
        if hit is not None:
            return hit
    # 以福州高新区、马尾区、福清市为主要载体: the list opens with a park the gazetteer does not read as a place
    shared_yi = (pre == "" or re.search(r"为[^，。；：为]{1,6}、$|以[^，。；：为以、]{2,12}[、和]$", pre) is not None) \
        and "以" in text[max(unit_start, g_start - 40):g_start]  # 以A为中心，B、C为两翼 / 以A为中心、B为核心区
    if pre.endswith("以") or shared_yi:
        hit = _yi_frame(text, pre if pre.endswith("以") else "以", text[g_end:unit_end], places, g_start, c_start)
        if hit is not None:
            return hit
    if _LINE.match(post):
        return _line_frame(post, places, text[g_start:g_end])
    role_limit = next_start - g_end if next_start > g_end else None
    # 支持瑞丽、磨憨等口岸…发展…: a last list item the gazetteer does not know (磨憨), before 等 and the role
    unknown = _UNKNOWN_ITEM.match(text[g_end:unit_end])
    skip = unknown.end() if unknown is not None and text.startswith("等", g_end + unknown.end()) else 0
    for attempt in (
        lambda: _made_into(pre, text[g_end:unit_end], places),
        lambda: _copula_frame(pre, text[g_end:unit_end], places),
        lambda: _means_then_zone(pre, text[g_end:unit_end], places),
        lambda: _policy_frame(text, post, places, g_start, g_end),
        lambda: _role_frame(pre, text[g_end + skip:unit_end], places,
                            role_limit - skip if role_limit is not None and role_limit > skip else role_limit),
        lambda: _noun_frame(text, post, places, g_start, g_end),
        lambda: _set_frame(text, unit_start, unit_end, post, places),
        lambda: _industry_development(pre, post, places),
    ):
        hit = attempt()
        if hit is not None:
            return hit
    return None


_YI_ZONE = re.compile(rf"^为(?P<ind>[^，。；：、为以的]{{1,16}}?)(?P<noun>{_NOUN_RE})(?=[，。；：]|$)")


def _yi_zone(post: str, places: tuple[Mention, ...]) -> Hit | None:
    """以滨海新区为高端装备制造核心区，… / 以两江新区为汽车产业发展核心区: the places are made the zone named after
    为 (a zone noun, not a role word such as 载体 or 重点)."""
    match = _YI_ZONE.match(post)
    if match is None or match.group("noun") not in AREA_NOUNS or _has_not_modifier(match.group("ind")):
        return None
    name = match.group("ind") + match.group("noun")
    return Hit(places, _noun_kind(match.group("noun")), name, strip_industry(match.group("ind")), name,
               rule="以X为…区", noun=match.group("noun"))


#: …为中心的“米”字形高速铁路网 / …的半小时、一小时交通圈: transport and commuting networks around a centre.
_NETWORK = re.compile(
    # 以西安为中心，加快建设“米”字形高速铁路网: the network may come in the next clause, after its verb
    r"^(?:的|[，,](?:加快|着力|重点|全面|积极)?(?:建设|构建|完善|打造|形成))"
    r"[^，。；：]{0,14}?(?:铁路网|公路网|路网|交通网|航线网络?|管网|交通圈|通勤圈|生活圈)(?=[，。；：]|$)"
)


_DEVELOPMENT = re.compile(r"^(?P<ind>[^，。；：、]{2,16}?)产业(?:集群|集聚)?(?:化)?发展$")


def _industry_development(pre: str, post: str, places: tuple[Mention, ...]) -> Hit | None:
    """推动晋城市、长治市煤层气产业发展: the industry the places are to develop is their role."""
    match = _DEVELOPMENT.match(post)
    if match is None or re.search(r"(?:推动|促进|支持|加快|推进|引导)$", pre) is None \
            or _has_not_modifier(match.group("ind")):
        return None
    industry = match.group("ind")
    return Hit(places, "area", "", industry, f"发展{industry}", rule="X重点发展A、B", per_place=True)  # a role


#: the frames that follow a 以…为 frame, up to the zone they all make (…，B为主要产区，C为补充的枸杞产业带)
_YI_CHAIN = re.compile(
    r"^(?:[，、][^，。；：以为]{2,30}?为(?:副|次|主要|重要)?(?:[一二两三四五六七八九十多]+[个大])?(?:"
    + "|".join(sorted(YI_FRAMES, key=len, reverse=True))
    + rf"))+的(?P<ind>[^，。；：为以]{{0,20}}?)(?P<noun>{_NOUN_RE})"
)


def _yi_declined(before: str, post: str, match: re.Match[str] | None) -> bool:
    """以…为 frames that place no designation: firms lead, the present state, a transport network."""
    if match is not None and re.search(r"等?(?:项目|企业|公司|集团)$", post[:match.start(1)].rstrip("为")):
        return True  # 以恒力石化、大连石化等项目为龙头: projects or firms lead (大连石化 is a firm), no places
    if re.search(r"已(?:经|初步|基本)?形成|形成了", before):
        return True  # 我省汽车产业已形成以合肥、芜湖为主体的格局: the present state, not a designation
    # 构建以郑州为中心的“米”字形高速铁路网: a transport network, not a zone
    return match is not None and _NETWORK.match(post[match.end():]) is not None


def _yi_frame(text: str, pre: str, post: str, places: tuple[Mention, ...], g_start: int, c_start: int) -> Hit | None:
    match = _YI.match(post)
    if _yi_declined(text[c_start:g_start], post, match):
        return None
    if match is None:
        return _yi_zone(post, places)
    frame_word = match.group(1)
    kind = YI_FRAMES[frame_word]
    if kind == "triangle" and len(places) != 3:
        kind = "area"
    industry = strip_industry(pre[:-1])
    if re.fullmatch(r"[东西南北中][翼核极带区]|[一二两三四五六七八九十双多][核翼带轴区圈极心]", industry):
        industry = ""  # 东翼以琼海、万宁为支撑: a part label, not an industry
    rest = post[match.end():]
    noun_match = re.match(rf"^(?:的|，)?(?P<ind>[^，。；：]{{0,20}}?)(?P<noun>{_NOUN_RE})", rest)
    phrase_start = c_start + len(pre) - 1 - len(industry) if industry else c_start + len(pre) - 1
    frame_end = text.index(frame_word, g_start) + len(frame_word)
    noun = ""
    if noun_match is not None and not _has_not_modifier(noun_match.group("ind")) \
            and not re.search(r"以|为", noun_match.group("ind")):
        noun = noun_match.group("noun")
        if not industry:
            industry = strip_industry(noun_match.group("ind"))
        name_end = frame_end + (len(rest[: noun_match.end()]))
        more = _extend_noun(rest[noun_match.end():])
        if more is not None:
            name_end += len(more[0])
    else:
        name_end = frame_end
    name = text[max(phrase_start, 0):name_end]
    group = strip_lead(noun_match.group("ind") + noun) if noun and noun_match is not None else name
    chained = _YI_CHAIN.match(rest) if not noun else None
    if chained is not None and not _has_not_modifier(chained.group("ind")):
        # 以中宁县为核心，沙坡头区…为主要产区，惠农区、平罗县为补充的枸杞产业带: every frame of the chain is a part
        # of the zone its last frame names
        noun = chained.group("noun")
        group = strip_lead(chained.group("ind") + noun)
        industry = industry or strip_industry(chained.group("ind"))
    if chained is None and not noun:
        name, group, industry, noun = _zone_named_later(rest, frame_word, name, industry)
    elif not industry and not noun:
        industry = _goal_after(rest)
    return Hit(places, kind, name, industry, group, rule=f"以…{match.group(0).lstrip('、和及与')}", noun=noun)


def _zone_named_later(rest: str, frame_word: str, name: str, industry: str) -> tuple[str, str, str, str]:
    """Name, group, industry and noun of a 以X为… frame with no layout noun right after it, read from the rest
    of its sentence.

    Why: 以内江、自贡为主体，推进规划同编…，建设内自同城化发展区 names the zone its places make at the end of the
    sentence, and that name, not the frame's words, is what the designation is called. A core (以成都为核心)
    is only a part of the zone built around it: it keeps its frame's name and takes what that zone makes as
    its role (以霸州市胜芳镇为核心，联动文安县、大城县，打造京南家具产业集群)."""
    later = _LATER_ZONE.search(rest)
    group, noun = name, ""
    if later is not None and frame_word in _BODY_FRAMES:
        noun = later.group("noun")
        name = group = strip_lead(later.group("ind")) + noun
    if not industry:  # 以杭州为龙头，宁波…为支撑，重点发展智能装备: the goal comes later
        industry = _goal_after(rest)
    if not industry and later is not None:
        industry = strip_industry(strip_lead(later.group("ind")))
    return name, group, industry, noun


#: 以…为主体 / 为主 / 为载体: frame words that make the places the body of the zone (not its core or wings)
_BODY_FRAMES = frozenset({"主体", "主", "载体"})
#: …，建设内自同城化发展区。: a later clause of a 以X为… sentence that builds a named zone (the whole clause)
_LATER_ZONE = re.compile(
    r"[，,](?:加快|着力|重点|共同|联合|合力)?(?:建设|打造|构建|形成|培育|创建)"
    rf"(?P<ind>[^，。；：以为]{{0,20}}?)(?P<noun>{_NOUN_RE})(?=[，。；]|$)"
)


_GOAL = re.compile(
    r"^(?:[，,、](?:[^，。；：]{0,30}?为(?:支撑|两翼|节点|重点|依托|副中心|辐射|核心区|核心|中心)[，,]?))*[，,]?"
    r"(?:要|并|联合|共同)?(?:重点|着力|主要|大力|加快|集中|优先)?(?:发展|建设|打造|共建|布局|培育)"
    r"(?P<ind>[^，。；：]{2,40})"
)


def _goal_after(rest: str) -> str:
    """The industry of the clause that completes a 以X为… frame (…，重点发展A、B / …，打造A集群)."""
    match = _GOAL.match(rest) or _LATER_ROLE.search(rest)
    if match is None:
        return ""
    return strip_industry(re.sub(r"(?:等)?(?:产业|行业)?$", "", match.group("ind")))


#: 以海口为主体，推动…，打造…，重点发展A: the sentence's explicit role, however far on.
_LATER_ROLE = re.compile(r"[，,](?:重点|着力|主要|大力|优先)发展(?P<ind>[^，。；：]{2,40})")


def _line_frame(post: str, places: tuple[Mention, ...], list_text: str) -> Hit:
    word = "一线" if "一线" in post[:8] else "一带"
    rest = post[post.index(word) + 2:]
    noun_match = re.match(rf"^(?:的)?(?P<ind>[^，。；：]{{0,20}}?)(?P<noun>{_NOUN_RE})", rest)
    industry, noun = "", ""
    name = list_text + post[: post.index(word) + 2]
    if noun_match is not None:
        industry, noun = strip_industry(noun_match.group("ind")), noun_match.group("noun")
        name += rest[: noun_match.end()]
    else:  # 沿A—B—C一线布局高端装备、石化产业
        role = re.match(r"^(?:重点|集中|优先)?(?:布局|发展|建设)(?P<ind>[^，。；：]{2,40})", rest)
        if role is not None:
            industry = re.sub(r"(?:等)?(?:产业|行业)?$", "", role.group("ind"))
    kind = "line" if word == "一线" else "area"
    return Hit(places, kind, name, industry, name, rule=f"…{word}", noun=noun)


_MADE_INTO = re.compile(
    # 将荆州、黄石打造为区域性物流中心: 成 may be left out
    rf"^(?:建设|打造|培育|发展|建)(?:成为?|为)(?P<ind>[^，。；：]{{0,24}}?)(?P<noun>{_NOUN_RE})"
)


_MADE_INTO_TITLE = re.compile(r"^(?:建设|打造|培育|建)成为?(?:[^，。；：“”]{0,12}?的)?“(?P<title>[^“”，。]{2,16})”")


def _made_into(pre: str, after: str, places: tuple[Mention, ...]) -> Hit | None:
    """把兰州新区建设成为国家重要的产业基地…，重点发展石油化工: the places are made into the zone named."""
    if not re.search(r"(?:^|[，,])(?:要|应)?(?:把|将)$", pre):
        return None
    match = _MADE_INTO.match(after)
    titled = _MADE_INTO_TITLE.match(after) if match is None else None
    if titled is not None:  # 把崇左建设成为名副其实的“中国糖都”: the title the place is to earn names the zone
        return Hit(places, "area", titled.group("title"), "", titled.group("title"), rule="把X建设成为“…”")
    if match is None or _has_not_modifier(match.group("ind")):
        return None
    name = strip_lead(match.group("ind")) + match.group("noun")
    industry = _goal_after(after[match.end():]) or strip_industry(match.group("ind"))
    kind = _noun_kind(match.group("noun"))
    return Hit(places, "area" if kind == "site" and len(places) > 1 else kind, name, industry, name,
               rule="把X建设成为…", noun=match.group("noun"))


#: 荆州、黄石、十堰为区域性物流节点城市，重点发展… / 武汉作为全国性物流枢纽: a list that opens its clause is named the
#: zone after 为 (the zone noun ends the clause; a project or a production line is no zone)
_COPULA = re.compile(
    # 荆州、黄石…恩施等市州为区域物流节点: the list may close with 等 and its kind
    r"^(?:等(?:[\u4e00-\u9fff]{0,2}?(?:市州|州市|县市|市县|城市|地市|市|州|县|区|地)(?:（[市区县州、]{1,5}）)?)?)?"
    rf"(?:作)?为(?P<ind>[^，。；：为以]{{0,24}}?)(?P<noun>{_NOUN_RE}|节点)(?=[，。；]|$)"
)


def _copula_frame(pre: str, after: str, places: tuple[Mention, ...]) -> Hit | None:
    """荆州、黄石为区域性物流中心，重点发展农产品物流: the places opening the clause are the zone named after 为."""
    if pre.strip(" \u3000") != "":
        return None
    match = _COPULA.match(after)
    if match is None or match.group("noun") in ("项目", "工程", "生产线") or _has_not_modifier(match.group("ind")):
        return None
    name = strip_lead(match.group("ind")) + match.group("noun")
    # 国际物流枢纽 / 区域性物流中心: the rank is no industry
    ranked = re.sub(r"^(?:国际性?|全国性?|全省|省级|国家级|国家|区域性?|地区性)(?:重要|重点|综合)?的?", "",
                    match.group("ind"))
    industry = _goal_after(after[match.end():]) or strip_industry(ranked)
    kind = "area" if match.group("noun") == "节点" else _noun_kind(match.group("noun"))
    return Hit(places, "area" if kind == "site" and len(places) > 1 else kind, name, industry, name,
               rule="X为…中心", noun=match.group("noun"))


_MEANS_THEN_ZONE = re.compile(
    r"^(?P<means>[^，。；：]{0,20})，"
    # 依托同江、抚远…等口岸，发展进口粮食…落地加工，形成对俄进口资源加工产业带: what the places develop, then the zone
    r"(?:(?:重点|着力|大力|加快)?发展(?P<goal>[^，。；：]{2,30})，)?"
    r"(?:加快|重点|着力|共同|联合)?(?:打造|建设|形成|构建|培育)"
    rf"(?P<ind>[^，。；：]{{0,20}}?)(?P<noun>{_NOUN_RE})"
)


def _means_then_zone(pre: str, after: str, places: tuple[Mention, ...]) -> Hit | None:
    """依托青岛、烟台…等7市沿海港口和产业园区，打造海洋装备产业带: what follows 依托 is the means (ports and
    parks that exist); the zone is the one the next clause builds, made of the places listed."""
    if not pre.endswith("依托"):
        return None
    match = _MEANS_THEN_ZONE.match(after)
    # 依托淮南、淮北两大矿区，建设两淮亿吨级煤炭基地: a base built on the mining fields of the places listed;
    # 依托五常市、庆安县…等优质稻米主产区，建设…加工基地: on the places' producing areas (an agricultural plan's base)
    fields = match is not None and len(places) > 1 and \
        re.search(r"(?:矿区|煤田|油田|气田|矿山|主产区|优势产区)$", match.group("means"))
    # 依托循化撒拉族自治县线辣椒、核桃资源，建设特色农产品精深加工园: one county's own resources, a park built there
    county_park = match is not None and len(places) == 1 and not places[0].adcodes[0].endswith("00") and \
        match.group("noun") in SITE_NOUNS and re.search(r"资源$", match.group("means")) is not None
    if county_park and match is not None and not re.search(r"(?:建设|打造|发展|形成|培育|布局)", match.group("means")):
        name = strip_lead(match.group("ind") + match.group("noun"))
        if not _has_not_modifier(name):
            return Hit(places, "site", name, strip_industry(match.group("ind")), name, rule="依托X…资源，建设Y园",
                       noun=match.group("noun"))
    if match is None or (match.group("noun") not in (*AREA_NOUNS, *AXIS_NOUNS) and not fields) or \
            re.search(r"(?:建设|打造|发展|形成|培育|布局)", match.group("means")) or \
            (re.search(r"(?:基础|优势|资源|条件|能力|特色|经验)$", match.group("means"))
             # 依托武汉、鄂州…沿江港口和岸线资源，…，形成沿江先进制造业带: ports and shoreline are where the belt lies
             and not re.search(r"港口|岸线|口岸", match.group("means"))):
        return None  # 依托洛阳、新乡等地装备制造业基础，打造沿京广…产业带: a strength drawn on, not the zone's extent
    name = strip_lead(match.group("ind") + match.group("noun"))
    if _has_not_modifier(name):
        return None
    industry = strip_industry(match.group("ind")) or strip_industry(match.group("goal") or "")
    return Hit(places, _noun_kind(match.group("noun")), name, industry, name,
               rule="依托X…，打造Y", noun=match.group("noun"))


#: 中韩（ / 中国（: the words of a name before the place it brackets
_BRACKETED_IN_NAME = re.compile(r"([^，。；：、\s（）]{1,12})（$")


def _partner_in_name(text: str, post: str, g_start: int, g_end: int, rest: str, kind: str) -> tuple[str, str]:
    """Name and group of a zone named after its one place: ``rest`` (its words and noun) after the place, and the
    partner the name may hold before it (中韩（烟台）产业园, 中马钦州产业园区)."""
    name = group = re.sub(r"（[^（）]*）", "", text[g_start:g_end]) + rest
    partner = _BRACKETED_IN_NAME.search(text, max(0, g_start - 12), g_start) if post.startswith("）") else None
    if partner is not None and strip_lead(partner.group(1)):
        # 加快建设中韩（烟台）产业园: the place in brackets inside a park's name; the whole name is its group
        return name, f"{strip_lead(partner.group(1))}（{text[g_start:g_end]}）{rest}"
    if kind == "site" and _BILATERAL.search(text, max(0, g_start - 2), g_start):
        # 加快中马钦州产业园区建设 / 中德沈阳…产业园: a park two countries build, named 中X before its city
        return text[g_start - 2:g_start] + name, text[g_start - 2:g_start] + name
    return name, group


#: 中马 / 中新 / 中德 / 中韩…: China and a partner country, opening the name of a park they build together
_BILATERAL = re.compile(r"中[马新德韩以白俄法英日意奥瑞荷比欧美澳哈蒙老柬泰越印巴乌](?=[\u4e00-\u9fff]?$)")


def _noun_frame(text: str, post: str, places: tuple[Mention, ...], g_start: int, g_end: int) -> Hit | None:
    unknown: tuple[tuple[int, str], ...] = ()
    extra = _UNKNOWN_ITEM.match(post)
    if extra is not None:  # 瑞丽、磨憨建设…: 磨憨 is a list item the gazetteer does not know
        unknown = ((g_end + extra.start(1), extra.group(1)),)
        post = post[extra.end():]
    match = _AFTER.match(post)
    if match is None:
        return None
    ind, noun = match.group("ind").lstrip("）"), match.group("noun")  # 中国（绵阳）科技城
    # 重点建设准东、吐哈、伊犁、库拜四大…基地: a counted list of the parts' names (not all places), not where they are
    part_names = text[max(0, g_start - 1):g_start] == "、" and \
        re.search(r"[两三四五六七八九十]大", ind + (match.group("count") or "")) is not None
    if _not_a_zone(text, post, match, g_start, g_end) or ind.startswith(("至", "到")) or part_names or \
            _no_project_here(noun, ind, post[match.end():]):
        return None  # 酒泉至湖南特高压…电源基地: a route from the place, not a zone in it
    phrase_end = match.end()
    more = _extend_noun(post[phrase_end:])
    if more is not None:
        ind, noun = ind + noun + more[0][: -len(more[1])], more[1]
        phrase_end += len(more[0])
    if _has_not_modifier(ind) or (ind.endswith(("的", "等")) and not ind.strip("的等")) or "一线" in ind:
        return None
    if noun == "港区" and (not ind or ind.startswith(("港", "沿"))):
        return None  # 连云港港徐圩港区, 唐山港（京唐港区、曹妃甸港区）: a port's basin, transport not a zone
    if not (all(m.name_kind != "weak" for m in places) or ind or match.group("verb") or noun in SITE_NOUNS):
        return None  # a weak name (七里河) counts only with an industry or park word after it
    count_text = match.group("count") or ""
    count = cn_number(re.sub(r"[个家大座处市县区地]$", "", count_text)) if count_text else None
    phrase = re.sub(r"^(?:地区)?等(?:地区|地市|城市|市州|地|市|县|区)?", "", post[:phrase_end])  # longest first
    industry = strip_industry(ind) or _industry_before_place(text, g_start)
    line_end = min((i for i in (text.find(ch, g_end + phrase_end) for ch in "。\n") if i >= 0), default=len(text))
    industry = _industry_after(post[phrase_end:] if phrase_end < len(post) else text[g_end + phrase_end:line_end]) \
        or industry
    if not industry:  # 做强大南昌都市圈，…，打造电子信息产业集群 / 松江新城依托…，发展集成电路装备
        stop = min(len(text), g_end + 2000)  # bounded: linear on a 10 MB line with no punctuation
        clause_end = next((i for i in range(g_end, stop) if text[i] in _CLAUSE_END), stop)
        unit_stop = next((i for i in range(clause_end, min(len(text), clause_end + 120)) if text[i] in "。\n"),
                         clause_end)
        industry = _sentence_goal(text[clause_end:unit_stop])
    kind = _noun_kind(noun)
    plural = bool(match.group("lead") or count_text or match.group("verb"))
    per_place = len(places) > 1 and (plural or noun in SITE_NOUNS)
    if kind == "site" and len(places) > 1 and not per_place:
        kind = "area"
    if per_place:
        name = strip_lead(ind) + noun
        group = strip_lead(phrase)
    else:
        name = re.sub(r"（[^（）]*）", "", text[g_start:g_end]) + strip_lead(ind) + noun
        group = strip_lead(ind + noun) if len(places) > 1 else name
        if len(places) == 1:
            name, group = _partner_in_name(text, post, g_start, g_end, strip_lead(ind) + noun, kind)
    return Hit(places, kind, name, industry, group, rule=f"…{noun}", per_place=per_place,
               count=count, count_phrase=strip_lead(phrase) if count_text else "", noun=noun, unknown=unknown)


def _no_project_here(noun: str, ind: str, rest: str) -> bool:
    """加大对苏中重点产业项目的信贷支持: a kind of project the policy favours names no project of the place;
    以恒力石化、大连石化等项目为龙头: projects named after firms (大连石化) that lead a zone are no project in 大连."""
    return noun == "项目" and (rest.startswith("为") or re.fullmatch(
        r"(?:重点|重大|各类|有关|相关)?(?:产业|工业|建设|投资)?", ind) is not None)


_LIST_INDUSTRIES = re.compile(r"^(?:[：:]|——|—)(?P<ind>[^，。；：—]{2,40}?)[。；]?$")


def _industry_after(rest: str) -> str:
    """江东新区重点发展总部经济 / （1）长沙经济技术开发区：工程机械、汽车。: the industry right after a zone's name."""
    role = _ROLE.match(rest) if rest else None
    if role is not None and not _has_not_modifier(role.group("ind")[:4]):
        return re.sub(r"(?:等)?(?:产业|行业|领域)?$", "", role.group("ind"))
    listed = _LIST_INDUSTRIES.match(rest)
    if listed is None and (grown := _STRENGTHENED_NEXT.match(rest)) is not None:
        # 依托高碑店市白沟新城，做强箱包产业集群: the clause after the zone says which industry it makes stronger
        return strip_industry(grown.group("ind"))
    return strip_industry(listed.group("ind")) if listed is not None else ""


#: ，做强箱包产业集群 / ，做大做强汽车产业: the next clause strengthens an industry the zone already holds
_STRENGTHENED_NEXT = re.compile(r"^[，,](?:重点|着力|加快|大力)?(?:做大做强|做强做大|做强做优|做强|做大|做优|壮大)"
                                r"(?P<ind>[^，。；：]{2,30})")


#: 以A、B为主体，依托X开发区和Y工业园: parks named as the means of a zone whose places a 以…为 frame has just given
_VEHICLE_OF_FRAME = re.compile(
    r"以[^，。；：]{2,30}为(?:主体|核心|重点|中心|龙头)[，,](?:主要)?依托(?:[^，。；：以为]{2,20}(?:和|、|及))?"
    r"(?:[\u4e00-\u9fff]{2,3}(?<!以|为))?$"  # …和厦门海沧台商投资区: the park's city may open its name
)


#: 东营至淄博铁路扩能改造 / 荣乌高速 / 引黄调蓄: a transport, pipe, grid or water line (not the making of its equipment)
_INFRASTRUCTURE = re.compile(r"(?:铁路|高铁|公路|高速|国道|省道|机场|航道|输油管道|输气管道|管线|输电线路|输电通道|"
                             r"电网|调水|引水|水库|防洪|堤防)(?![^，。；：]*(?:装备|设备|制造|产业|列车|动车))")


def _not_a_zone(text: str, post: str, match: re.Match[str], g_start: int, g_end: int) -> bool:
    """承接长三角… (the Yangtze Delta, not a triangle); 发挥苏南国家自主创新示范区的创新资源优势 (an
    existing zone used as a means, not designated here)."""
    ind, noun = match.group("ind"), match.group("noun")
    # 东营至淄博铁路扩能改造等项目: a line between places is infrastructure, not a zone in them
    if (noun == "三角" and ind.endswith(("长", "珠"))) or (noun in ("项目", "工程") and _INFRASTRUCTURE.search(ind)):
        return True
    if (noun in ("区域", "板块", "片区", "地区") and not ind and _coordinated(text, g_start)) or \
            _within_or_task(ind, post[match.end():]):
        return True
    if (ind.startswith("以") and post.startswith("为", match.end())) or _parks_in_general(match, post):
        # 宝鸡市以高新区为依托，打造…基地: the park is the means; the adverbial rule reads the goal
        return True
    if noun in SITE_NOUNS and _VEHICLE_OF_FRAME.search(text[max(0, g_start - 60):g_start]) is not None:
        return True  # 以章贡区、赣县为主体，依托赣州经济技术开发区和赣县稀土工业园，重点发展…: the zone's vehicles
    drawn_on = re.search(r"(?:依托|利用|借助|围绕)$", text[max(0, g_start - 4):g_start]) is not None
    if drawn_on and (text.startswith(("，在", ",在"), g_end + match.end()) or (
            noun in ("电厂", "项目", "生产线") and text.startswith(("，", ","), g_end + match.end()))):
        # 依托海东工业园区，在乐都区、平安县布局…: the park is the means, the places after 在 are where;
        # 陆丰市依托陆丰核电和甲湖湾电厂，建设粤东清洁能源基地: a plant or project drawn on, not designated
        return True
    return noun in AREA_NOUNS and post[match.end():match.end() + 1] == "的" and \
        re.search(r"(?:发挥|依托|利用|借助|立足)$", text[max(0, g_start - 4):g_start]) is not None


#: 两市园区采取… / 各地开发区开展…: a bare park noun followed by what the parks do (a measure, not a zone)
_PARKS_ACT = re.compile(r"(?:要|应|可)?(?:采取|采用|开展|实行|探索|建立|加强|通过|按照)")


def _parks_in_general(match: re.Match[str], post: str) -> bool:
    """鼓励南昌、九江两市园区采取“飞地经济”等方式合作共建: a bare park noun after the places, followed by what the
    parks do, is the places' parks in general (a measure for them), no zone named."""
    return match.group("noun") in ("园区", "开发区") and not match.group("ind") and not match.group("verb") and \
        _PARKS_ACT.match(post, match.end()) is not None


def _within_or_task(ind: str, rest: str) -> bool:
    """新郑市、中牟县在实验区范围内的社会事务 (the places' affairs within a zone) / 配合吴忠市做好园区整合工作 (a task
    the place helps with): the zone noun names neither a zone in the places nor one they build."""
    return (ind.startswith("在") and re.match(r"(?:范围)?内", rest) is not None) or \
        (re.match(r"(?:做好|搞好|抓好|完成)", ind) is not None and re.match(r"[^，。；：]{0,6}工作", rest) is not None)


def _coordinated(text: str, g_start: int) -> bool:
    """统筹关中、陕北、陕南三大区域: regions named to be coordinated, not designated."""
    return re.search(r"(?:统筹|兼顾|协调|覆盖|涵盖)$", text[max(0, g_start - 4):g_start]) is not None


_MORE_NOUN = re.compile(rf"^(?P<more>[^，。；：]{{0,16}}?)(?P<noun>{_NOUN_RE})")


def _extend_noun(rest: str) -> tuple[str, str] | None:
    """淮海经济区先进制造业基地: a zone noun followed in the same clause by a longer designation; the
    designation is the whole phrase, its noun the last one (returns the added text and that noun)."""
    match = _MORE_NOUN.match(rest)
    more = match.group("more") if match is not None else ""
    if match is None or _has_not_modifier(more) or re.search(r"[和及与、]|以|为|的", more):
        return None
    return match.group(), match.group("noun")


def _industry_before_place(text: str, g_start: int) -> str:
    """打造以装备制造为主的璧山产业园区: the industry stated before the place."""
    match = re.search(r"以([^，。；：以为]{2,12})为(?:主|主导|重点|特色|核心)的?$", text[max(0, g_start - 20):g_start])
    return strip_industry(match.group(1)) if match else ""


def _set_frame(text: str, unit_start: int, unit_end: int, post: str, places: tuple[Mention, ...]) -> Hit | None:
    match = _SET.match(post)
    if match is None or len(places) < 2 or _coordinated(text, places[0].start):
        return None
    unit = text[unit_start:unit_end]
    if not _LAYOUT_CONTEXT.search(unit):
        return None
    count = cn_number(match.group("count"))
    industry = ""
    goal = re.search(
        rf"(?:打造|建设|培育|形成|建成)(?:具有|一批)?(?P<ind>[^，。；：]{{0,20}}?)(?P<noun>{_NOUN_RE})", unit
    )
    if goal is not None:
        industry = strip_industry(goal.group("ind") + goal.group("noun"))
    # 开封、新乡、焦作等3个市要依托…，重点发展装备制造和新材料产业: the counted places' role
    elif (role := re.search(r"(?:重点|着力|主要|大力|优先)发展(?P<ind>[^，。；：]{2,40})", unit)) is not None:
        industry = strip_industry(re.sub(r"(?:等)?(?:产业|行业|领域)?$", "", role.group("ind")))
    phrase = post[: match.end()].lstrip("等")
    return Hit(places, "area", "", industry, phrase, rule="…等N个地区", per_place=True, count=count,
               count_phrase=phrase, noun=match.group("noun"))


#: 桂中蔗区包括来宾市、柳州市 / 东部片区包括…: a short zone name that opens the sentence, right before 包括
_ZONE_INCLUDES = re.compile(
    r"^[ \t\u3000]*(?P<phrase>[\u4e00-\u9fff]{2,8}(?<![地城市辖郊山牧林矿园景])(?P<noun>区|带|片))"
    r"(?:主要)?(?:包括|包含|涵盖)[：:]?$")


#: “一核”即 / 一核即: a framework part's label, then the zone it is
_PART_IS = re.compile(r"^[“\"]?[一二两三四五六七八九十多双]+[核极带轴区圈翼心廊点群片]”?\"?即")


def _include_frame(before: str, places: tuple[Mention, ...]) -> Hit | None:
    """…五个装备制造产业基地，包括A、B、C: each listed place is one of the announced set; 桂中蔗区包括A、B: the
    listed places make up the zone the sentence opens with."""
    zone = _ZONE_INCLUDES.match(before)
    if zone is not None:
        phrase = zone.group("phrase")
        return Hit(places, "area", phrase, "", phrase, rule="X区包括A、B")
    match = _INCLUDE.search(before)
    if match is None:
        return None
    phrase = strip_lead(match.group("phrase"))
    part = _PART_IS.match(phrase)
    if part is not None and len(phrase) - part.end() >= 3 and match.group("noun") in AREA_NOUNS:
        # “一核”即珠三角沿海核心区，包括广州、深圳…7市: the framework part's zone is made of the listed places
        zone_name = phrase[part.end():]
        return Hit(places, "area", zone_name, "", zone_name, rule="X区包括A、B")
    count_match = re.search(rf"({_NUM})(?:个|大|家|座|处)?", phrase)
    count = cn_number(count_match.group(1)) if count_match else None
    noun = match.group("noun")
    is_noun = noun in LAYOUT_NOUNS
    kind = _noun_kind(noun) if is_noun else "area"
    industry = strip_industry(phrase[: len(phrase) - len(noun)]) if is_noun else ""
    name = f"{industry}{noun}" if is_noun else ""
    return Hit(places, kind, name, industry, phrase, rule="…包括A、B、C",
               per_place=True, count=count, count_phrase=phrase if count else "", noun=noun)


def _policy_frame(text: str, post: str, places: tuple[Mention, ...], g_start: int, g_end: int) -> Hit | None:
    """X、Y与Z四市比照享受…政策 / 列入…试点: a policy designation of the listed places."""
    match = _POLICY.match(post)
    if match is None:
        return None
    count = cn_number(match.group("count")) if match.group("count") else None
    name = text[g_start:g_end] + post[: match.start("verb")]
    group = post[match.start("verb"): match.end()]
    return Hit(places, "area", name, "", group, rule="…享受/列入…政策", count=count,
               count_phrase=name if count else "", noun="政策")


def role_after_heading(unit_text: str, places: tuple[Mention, ...], heading: str = "") -> Hit | None:
    """A unit that opens with a city role (重点发展A、B产业) under a heading naming the places
    (（一）兰州市。 / 兰州市： on the line before, or （三）郑州航空港经济综合实验区。)."""
    hit = _role_frame("", unit_text, places) or _goal_after_heading(unit_text, places)
    goal = _GOAL_CLAUSE.match(unit_text) if hit is None else None
    if goal is not None:  # 随州市。打造专用汽车之都，重点发展专用车和改装车
        hit = _role_frame("", unit_text[goal.end():], places)
    if hit is None:
        return None
    if len(places) == 1 and heading and heading != places[0].surface:
        return replace(hit, per_place=False, name=heading[:40], group=heading[:40])
    return hit


_HEADING_GOAL = re.compile(
    rf"^(?:要|将)?(?:联合|共同|合力|协同)?(?:打造|建设|共建|培育)(?P<ind>[^，。；：]{{0,24}}?)(?P<noun>{_NOUN_RE})"
)


_GOAL_CLAUSE = re.compile(r"^(?:要|将)?(?:共同|联合|合力)?(?:打造|建设|建成|争创|创建|培育)[^，。；：]{2,20}[，,]")


def _goal_after_heading(unit_text: str, places: tuple[Mention, ...]) -> Hit | None:
    """新余市、宜春市。联合打造锂电新能源产业带: the heading's places build one named zone together."""
    match = _HEADING_GOAL.match(unit_text)
    if match is None or _has_not_modifier(match.group("ind")):
        return None
    name = strip_lead(match.group("ind")) + match.group("noun")
    return Hit(places, _noun_kind(match.group("noun")), name, strip_industry(match.group("ind")), name,
               rule=f"…{match.group('noun')}", noun=match.group("noun"))


_NOT_ROLE = re.compile(r"成为|作为|公司|企业|集团")
_KIND_OF_PLACE = re.compile(r"(?:县|市|区|地区|城市)(?:（[^）]{0,6}）)?(?:[可要应将需]|$)")


#: 科学城所在的璧山区… / 沿江地区的安庆、池州、铜陵重点发展…: the area the subject list belongs to, said before it
_AREA_OF = re.compile(r"(?:^|[，：])[^，。；：]{0,10}(?:地区|区域|片区|流域|沿线|一带)的$")


def _role_frame(pre: str, post: str, places: tuple[Mention, ...], limit: int | None = None) -> Hit | None:
    bullet = pre.strip() in _BULLETS
    lead = _ITEM_NUMBER.sub("", pre).strip(" \u3000")  # （三）支持孝感市…: the outline number is no subject
    if lead not in ("", "支持", "推动", "鼓励", "其中", "引导", "依托") and not bullet \
            and not pre.endswith(("，", "：", "——", "所在的", "所辖的", "下辖的")) and not _AREA_OF.search(pre) \
            and not _PARK_AND.search(pre):
        return None
    # ——太原：装备制造、新材料。 / 鹰潭市：铜精深加工、智能终端。 (a list line with no bullet)
    match = _ROLE.match(post) or _ROLE_YI.match(post) or (_ROLE_COLON.match(post) if bullet or not lead else None)
    if match is None:
        return None
    if limit is not None and match.end("ind") > limit:
        return None  # the "industry" runs into the next place list (哈尔滨市以平房区、松北区为重点)
    ind = match.group("ind")
    # 皖江城市带承接产业转移示范区成为全国第一个…: a statement about the zone, not a role; （三）安顺市。以中航工业贵州
    # 飞机有限责任公司等企业为龙头: firms lead, they are no industry
    # 淳安等26个加快发展县（市、区）可放宽到5年: 加快发展县 names a kind of county, no role
    if (match.groupdict().get("verb") == "发展" and _NOT_INDUSTRY.match(ind)) or _NOT_ROLE.search(ind) or \
            _KIND_OF_PLACE.match(ind):
        return None
    industry = re.sub(r"(?:等)?(?:产业|行业|领域)?(?:集群)?$", "", ind).strip("、，")
    if len(industry) == 1 and ind.startswith(industry + "产业"):
        industry = ind[:3]  # 铝产业, 煤产业: a one-character industry keeps its 产业
    if len(industry) < 2 or _has_not_modifier(industry[:4]):
        return None
    verb = match.groupdict().get("verb") or "重点发展"
    grown = _TAKEN_IN_THEN_GROWN.match(post[match.end():]) if verb.endswith("承接") and ind.endswith("转移") else None
    if grown is not None and len(grown.group("ind").strip("、，")) >= 2:
        # 承接主城区产业转移，重点发展装备制造、食品加工: 产业转移 says only where the industry comes from; what is
        # grown is the role
        industry = re.sub(r"(?:等)?(?:产业|行业|领域)?(?:集群)?$", "", grown.group("ind")).strip("、，")
    goal = _ROLE_THEN_ZONE.match(post[match.end():])
    group = f"{verb}{industry if grown is None else ind}"[:40]
    notes: tuple[str, ...] = ()
    if goal is not None and not _has_not_modifier(goal.group("ind")):
        # 推动衡阳、郴州、永州承接产业转移，建设湘南承接产业转移示范区: the zone the role builds names the group
        group = (strip_lead(goal.group("ind")) + goal.group("noun"))[:40]
        notes = (GOAL_ZONE_NOTE + group,)
    return Hit(places, "area", "", industry, group, rule="X重点发展A、B", per_place=True, notes=notes)


#: The note of a role hit whose group is the zone the sentence goes on to build (its per-place drafts are named
#: after that zone, which a section label may take the group's place from: 武清区：京津无人机产业园).
GOAL_ZONE_NOTE = "the zone the role builds: "


#: …承接X产业转移，重点发展A、B: the clause after a 承接…转移 role that names what is grown
_TAKEN_IN_THEN_GROWN = re.compile(r"^[，,](?:重点|着力|主要|大力|优先|积极)发展(?P<ind>[^，。；：]{2,40})")
_ROLE_THEN_ZONE = re.compile(
    # 武清区、宝坻区重点承接…科技成果转化，发展无人机、航空新材料，建设京津无人机产业园: one more role clause between
    r"^(?:[，,](?:重点|大力|加快|积极)?发展[^，。；：]{2,30}?(?=[，,]))?"
    rf"[，,](?:并|要)?(?:加快|重点|着力|积极|共同)?(?:建设|打造|培育|建成)(?P<ind>[^，。；：]{{0,24}}?)(?P<noun>{_NOUN_RE})"
    r"(?=[，。；]|$)"
)


def _noun_kind(noun: str) -> str:
    if noun in AXIS_NOUNS:
        return "axis"
    if noun in AREA_NOUNS or noun in ("之都", "第一城"):  # a title given to the whole place
        return "area"
    return "site"


def _has_not_modifier(text: str) -> bool:
    # 煤电一体化基地 names a kind of base, 内自同城化产业合作园 a park of a merger; 推进X、Y一体化 does not
    text = _NAMED_MERGER.sub("", text)
    return any(word in text for word in NOT_MODIFIER)


_NAMED_MERGER = re.compile(r"(?<=[\u4e00-\u9fff]{2})(?:一体化|同城化)|(?:综合|循环|回收|资源化|保护)利用|"
                           # 茶叶优势产业带 / 特色优势产业基地: 优势 describing the zone (not 发挥…优势, the means)
                           r"(?<=[\u4e00-\u9fff]{2})优势(?=产业|农产品|特色|区|产区|带|$)|"
                           r"(?<=[\u4e00-\u9fff]{2})企业$|"
                           # 建设面向首都老年人的养老服务基地: whom a zone serves describes it (not 面向X建设…)
                           r"^面向[^，。；：的]{1,10}的")


def strip_lead(text: str) -> str:
    """Drop opening verbs and connectors (形成, 打造, 以及 …) from a phrase."""
    changed = True
    while changed:
        changed = False
        for verb in (*LEAD_VERBS, *LINK_VERBS):
            if text.startswith(verb):
                text = text[len(verb):]
                changed = True
    return text.lstrip("等的、，“”‘’\"")


def strip_industry(text: str) -> str:
    """The industry words of a phrase: no lead verbs, no counts, no 的/重点/特色 wrappers."""
    text = strip_lead(text.strip())
    if "的" in text:  # 具有较强竞争力的特色产业 -> 特色产业
        text = text[text.rindex("的") + 1:]
    text = re.sub(rf"^{_NUM}(?:个|家|大|座|处)", "", text)
    text = re.sub(r"^(?:一批|若干|具有[^，]{0,8}的|国家级|省级|自治区级|市级|国家|省)", "", text)
    text = re.sub(r"(?:的|重点|特色|等|重要|主要)+$", "", text)
    return text.strip("、，的 ")
