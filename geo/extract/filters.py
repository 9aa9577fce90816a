"""What must be left out: addressee lines, institutions, comparisons and benchmarks, foreign places,
places mentioned only as history, and ordinary words that happen to contain a place name.

Each filter returns the reason a mention is excluded, so that an excluded mention can be listed
(with its reason) instead of silently disappearing.
"""

from __future__ import annotations

import re

#: Words that contain a place name but are not one (idioms, foreign places, common nouns). They are
#: put into the same automaton as the place names, so leftmost-longest matching swallows the place.
BLOCK_WORDS: tuple[str, ...] = (
    # idioms and common words
    "长治久安", "大同小异", "世界大同", "和平发展", "和平利用", "和平共处", "东方红", "东方电气", "阿里巴巴",
    "安康杯", "永安保险", "太平洋", "太平保险", "长安汽车", "长安福特", "吉利汽车", "通化工", "开化工",
    # 建设南北疆物资中转物流节点: the traffic between the two halves of Xinjiang, not a zone in 北疆
    "南北疆",
    "红旗渠", "黄河流域", "长江经济带", "长江流域", "珠江流域", "中华人民共和国", "东方明珠",
    "平安中国", "平安建设", "平安城市", "平安银行", "和谐社会",
    # 开县 (former name of 开州区): 召开县委常委会 / 公开县级权力清单 are verbs before 县
    "召开县", "公开县", "展开县", "放开县",
    # 新建 is also 新建区 (南昌): 新建工业项目, 新建、扩建涉海项目 are the verb
    "新建工业", "新建项目", "新建、", "新建的",
    # 新平 (新平县) inside 创新平台 / 新平台
    "创新平台", "新平台",
    "兰州拉面", "金华火腿", "宣威火腿", "信阳毛尖",
    # common nouns that hold a county's or district's short name (资源县, 港口区): 再生资源机械基地, 依托港口
    "港口", "再生资源", "矿产资源", "自然资源", "水资源", "人力资源", "旅游资源", "数据资源", "稀土资源",
    # 合作 (合作市) inside 次区域合作 / 区域合作
    "区域合作",
    "资源型", "资源禀赋", "资源优势", "资源综合", "资源开发", "资源利用", "资源勘查", "资源环境",
    "矿资源", "油气资源", "土地资源", "森林资源", "海洋资源", "能源资源", "生物资源", "文化资源", "农业资源",
    # regions of common speech that are also a district's short name (中原 is the Central Plains, not 中原区)
    "中原", "江南", "岭南", "塞上", "江淮", "江汉", "淮海", "环渤海", "东北",
    # 粤东西北 (粤东、粤西、粤北 together: the whole province outside the Pearl River Delta) names a policy's
    # scope; read as a place it would become 粤东 alone
    "粤东西北",
    # rivers and mountains that share a name with a unit (澜沧江 is not 澜沧县, 天山 is not 天山区)
    "澜沧江", "金沙江", "嘉陵江", "雅鲁藏布江", "沱江", "岷江", "乌江", "赣江", "湘江", "汉江", "渭河", "汾河",
    "图们江", "大渡河", "雅砻江", "松花江", "黑龙江流域", "天山", "吕梁山", "祁连山", "太行山", "贺兰山", "六盘山",
    "大别山", "武陵山", "秦岭", "昆仑山", "阿尔泰山", "阴山", "大兴安岭", "小兴安岭", "长白山区", "赤水河",
    "长白山",
    # bays named after a city (宁波杭州湾新区 is in 慈溪, not in 杭州)
    "杭州湾", "胶州湾",
    # foreign places and regions that overlap Chinese names
    "哈萨克斯坦", "吉尔吉斯斯坦", "塔吉克斯坦", "乌兹别克斯坦", "土库曼斯坦", "蒙古国", "俄罗斯", "中亚",
    "西亚", "南亚", "东南亚", "东北亚", "中东欧", "中东", "欧洲", "非洲", "美洲", "北美", "拉美", "东盟",
    "日本", "韩国", "朝鲜半岛", "新加坡", "马来西亚", "印度尼西亚", "巴基斯坦", "阿富汗", "伊朗", "土耳其",
    "德国", "法国", "英国", "美国", "意大利", "荷兰", "瑞典", "白俄罗斯", "乌克兰", "格鲁吉亚", "阿塞拜疆",
    "越南", "老挝", "缅甸", "泰国", "柬埔寨", "印度", "尼泊尔", "孟加拉", "斯里兰卡", "澳大利亚", "新西兰",
    "加拿大", "巴西", "阿根廷", "南非", "埃及", "沙特", "阿联酋", "以色列", "西班牙", "葡萄牙", "波兰",
    "香港特区政府", "香港联交所", "台湾同胞", "东京", "首尔", "莫斯科", "阿拉木图", "阿斯塔纳", "比什凯克",
    "塔什干", "杜尚别", "伊斯兰堡", "新德里", "柏林", "巴黎", "伦敦", "纽约", "硅谷", "汉堡港", "鲁尔区",
    "中吉乌", "中欧班列", "中巴经济走廊", "中蒙俄",
)

_INSTITUTION_AFTER = re.compile(
    r"^(?:省|市|县|区|州|自治区|自治州|地区)?(?:"
    r"海关|中心支行|分行|支行|银行|(?:国际|农村商业|农商|商业)银行|电力公司|供电公司|电网公司|公司|集团|股份|有限|重工|钢铁厂|煤业|"
    r"大学|学院|研究院|研究所|设计院|中学|小学|医院|日报|电视台|广播|"
    r"发改委|经信委|工信委|科委|商委|国资委|编委|委员会|党委|市委|县委|区委|政协|人大|"
    r"[^，。；、\s]{0,4}?(?:厅|(?<![布格结开])局|办公室|(?<![举创开承主])办|公署|人民政府|政府|管委会|海事局|监管局|证监局|"
    r"银监局|保监局|分局|调查队)"
    r"(?![区园地])"
    r")"
)
#: 北部湾经济区规划建设管理办公室 / 平潭综合实验区管理委员会: a zone's managing office is a body, not a zone
#: designated (the zone's name may be long, so this looks further than the short suffixes above)
_OFFICE_AFTER = re.compile(
    r"^[^，。；、\s]{0,20}?(?:管理办公室|管理委员会|领导小组)|"
    # 吉林农业大学 / 长春理工学院 / 宁夏农林科学院: a school or institute named after its place, with a field between
    r"^(?:农业|农林|林业|工业|理工|工程|师范|医科|医学|中医药|中医|科技|财经|交通|电子|石油|化工|海洋|水利|民族|"
    r"建筑|艺术|体育|政法|外国语|航空|航天|职业技术|农业科学|林业科学)(?:大学(?!城|科技园)|学院|研究院|研究所|科学院)"
)

_INSTITUTION_BEFORE = re.compile(r"(?:人民银行|国家电网|南方电网|中国银行|工商银行|农业银行|建设银行|交通银行|国网)$")

#: 中国船舶科学研究中心（无锡） / 中国石油大学（华东）: a place in brackets after a research body or school is its seat
_INSTITUTION_SEAT = re.compile(r"(?:大学|学院|研究院|研究所|研究中心|科学院|设计院|实验室)（$")
_ADDRESSEE = re.compile(r"(?:人民政府|各部门|直属机构|行政公署|各有关单位|各委办局|有关部门|各厅局)[^。]*[：:]\s*$")
_ROUTING = re.compile(r"^[ \t\u3000]*(?:抄送|主送|发送|分送|印发|联系人|附件)[：:]")

_COMPARISON = (
    re.compile(r"(?:与|同|跟|和|较|相对于|相较于)([^，。；：]{1,40}?)(?:相比|相较|比较|对比|差距)"),
    re.compile(r"(?:对标|比肩|赶超|借鉴|学习|参照|追赶|看齐|不如|落后于|低于|高于|超过|领先于)([^，。；：]{1,30})"),
    # 形成与武汉错位发展、各具特色的两个增长极: the place one differs from is a reference, not a member
    # 形成与赣南脐橙错季互补的柑橘产业带: so is the origin of a product the new one complements
    re.compile(r"(?:与|同)([^，。；：]{1,20}?)(?:错位|错季|差异化|差异|互补)+(?:发展|竞争|布局|的)"),
    re.compile(r"([^，。；：]{1,30}?)等(?:东部|沿海|兄弟|周边)?(?:发达|先进|兄弟|沿海)(?:省|地区|城市|国家|省份|地方)"),
)

_HISTORY = re.compile(
    r"历史上|曾经|曾是|曾为|曾被|早在|上世纪|解放前|建国初期|新中国成立初期|原隶属|昔日|旧称|古称|过去的|"
    # 国家在原安顺地区…布局建设了…三大军工基地: a zone built in the past (了), reported, not designated here
    r"(?:布局建设|规划建设|建设|布局|建成|设立)了|"
    # 拉萨经济技术开发区晋升为国家级开发区 (in 发展基础): a promotion achieved, reported
    r"(?:晋升|升格|升级)为国家级"
)


def addressee_ranges(text: str) -> list[tuple[int, int]]:
    """Addressee lines (各州、市人民政府，…：) at the top and routing lines (抄送：…) anywhere."""
    out: list[tuple[int, int]] = []
    pos = 0
    seen = 0
    for line in text.split("\n"):
        stripped = line.strip(" \t\u3000")
        if stripped:
            seen += 1
        if (seen <= 6 and stripped and _ADDRESSEE.search(stripped)) or _ROUTING.match(line):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


def institution(search_text: str, start: int, end: int) -> str | None:
    """The reason a mention is an institution's name (乌鲁木齐海关, 太原市发改委, 人民银行X中心支行)."""
    after = search_text[end:end + 12]
    match = _INSTITUTION_AFTER.match(after) or _OFFICE_AFTER.match(search_text[end:end + 30])
    if match:
        return f"institution: {search_text[start:end]}{match.group()}"
    if _INSTITUTION_BEFORE.search(search_text[max(0, start - 6):start]):
        return "institution (bank/grid branch)"
    if _INSTITUTION_SEAT.search(search_text[max(0, start - 8):start]) and search_text[end:end + 1] == "）":
        return "institution's seat (…研究中心（无锡）)"  # a partner's address, not a zone
    shared = _SHARED_GOVERNMENT.match(search_text[end:end + 40])
    if shared:  # 兰州市、白银市人民政府和兰州新区管委会要制定…: governments, not places designated
        return f"institution: {search_text[start:end]}{shared.group()}"
    return None


#: 兰州市、白银市人民政府: places listed before one shared 人民政府/管委会 are each a government.
_SHARED_GOVERNMENT = re.compile(r"^(?:[、和及与][\u4e00-\u9fff]{2,8}?(?:市|县|区|州|盟|旗))+(?:人民政府|政府|管委会)")


def comparison_ranges(unit_text: str, offset: int) -> list[tuple[int, int]]:
    """Ranges (document offsets) of comparisons and benchmarks (与江苏、广东相比, 对标深圳)."""
    out: list[tuple[int, int]] = []
    for pattern in _COMPARISON:
        for match in pattern.finditer(unit_text):
            out.append((offset + match.start(1), offset + match.end(1)))
    return out


#: 紧紧抓住…关中—天水经济区建设的战略机遇 / 满足陕北能源化工基地建设需求: a clause that names a zone as the
#: opportunity seized or the demand served (the background of the plan), not as a place it designates.
_BACKGROUND = re.compile(
    r"(?:抓住|抢抓|把握|用好|抓好|利用)[^，。；：]*(?:机遇|契机|机会)$|"
    r"^(?:以|为|更好)?(?:满足|适应|服务于?|保障|支撑)[^，。；：]*(?:需求|需要)$|"
    # 以郑州航空港经济综合实验区建设为统揽 (指导思想): the guiding line of the plan, not a place it designates
    r"^(?:坚持)?以[^，。；：]*为(?:统揽|主线|抓手|突破口)$|"
    # 争取国家在赣州设立稀土产品交易中心 (保障措施): a request to the state, not a zone this plan designates
    r"^(?:积极|努力|力争)?争取(?:国家|中央|国务院)(?:有关部委|支持)?在|"
    # 加快推进郴州综合保税区申报工作: a zone still to be applied for (an opening-up measure), not designated here
    r"^[^，。；：]*(?:区|园|基地)的?(?:申报|申建|报批)(?:工作)?$|"
    # 建立厦漳泉大都市区同城化党政联席会议制度 (保障措施): a working system, not a zone
    # 探索建立沈阳、抚顺两市与示范区之间的财税分享机制: a mechanism between places, not a zone
    # 省经济和信息化委员会牵头建立粤东特色产业集群发展联席会议制度: the body that sets it up may come first
    r"(?:^|牵头|负责|部门|共同)(?:探索)?(?:建立|建立健全|健全|完善)[^，。；：]*(?:制度|机制)$|"
    # 推进示范区与沈大国家自主创新示范区、大连金普新区协同发展 (开放合作): the partners of a cooperation, not zones
    # this plan designates (推动A与B对接，共建…合作区 is read by the 共建 rule, not here)
    r"^(?:积极)?(?:推进|推动|加强|促进|深化)[^，。；：]{0,12}与[^，。；：]*协同发展$|"
    # 依托沈阳市浑南区，联动中国（辽宁）自由贸易试验区沈阳片区，重点发展…: a part of another zone the area works with
    # (a partner beside the means, named by its city), not one this plan designates (联动杨凌示范区 still joins)
    r"^联动[^，。；：]{2,30}片区$|"
    # 发挥厦门区域性金融中心、航运物流中心和会展中心的作用: an existing centre's part, not a zone designated here
    r"^(?:充分)?发挥[^，。；：]*(?:中心|枢纽)的[^，。；：]{0,6}作用$|"
    # 积极融入“长吉图”开发开放先导区建设: joining a zone or strategy of others, not designating it
    r"^(?:要|应)?(?:积极|主动|深度|全面|加快)?融入|"
    # 省郑州航空港经济综合实验区建设领导小组负责重大事项决策: a body named after a zone, not the zone
    r"(?:领导小组|工作小组|协调小组|推进小组|管委会|管理委员会)(?:负责|牵头|统筹|办公室)|"
    # 构建以郑州为中心、辐射全国主要城市的地面集疏网络: the hub of a network, not a zone
    r"以[^，。；：]{1,12}为(?:中心|核心|枢纽)[^，。；：]*的[^，。；：]*(?:网络|网|体系|通道|航线)$|"
    # 成立滇中城市经济圈产业发展协调领导小组 (保障措施): a body set up, not a zone
    r"^(?:成立|组建|设立)[^，。；：]*(?:领导小组|工作小组|协调小组|推进小组|委员会|指挥部)$|"
    # 鼓励省内外大型化工企业到川东北地区投资建设重大项目: inviting investors is a measure, not a designation
    r"(?:企业|客商|投资者|外商)(?:到|来|赴)[^，。；：]{2,20}投资|"
    # 加快株洲清水塘老工业区搬迁改造 / 加快…湘潭竹埠港等重点区域综合整治: relocating or cleaning up an area is a
    # remedy for the past, not a zone this plan designates
    # (the area right before the remedy: a table row's 化学制剂搬迁改造 is a park's role, moving plants into it)
    r"(?<=[区园港域地湾塘厂山矿])(?:整体)?(?:搬迁改造|整体搬迁|关停搬迁|退城入园|综合整治|环境整治|综合治理|污染治理|"
    r"治理修复|生态修复)(?:工作|步伐|进程)?$|"
    # 省级工业发展专项资金向滇中重点园区倾斜 (保障措施): a funding preference, not a designation
    r"向[^，。；：]*倾斜$|"
    # 在年度用地计划中单列辽西北地区产业集群用地指标 (保障措施): a land quota, not a designation
    r"单列[^，。；：]*指标$|"
    # 支持昆明与曲靖、玉溪、楚雄共建产业园区 (区域协作): a cooperation measure with no named zone
    r"与[^，。；：]*共建(?:产业|工业)?园区$|"
    # 十堰商用车基地已初具规模 / 襄阳高新区已集聚汽车零部件企业300余家 (发展基础): the present state, reported
    r"已(?:经|初步|基本)?(?:初具规模|集聚了?|聚集了?|拥有|具备|入驻|落户|成为)(?!的)"
)


#: 郑州航空港经济综合实验区航空货邮吞吐量达到50万吨 / 襄阳汽车产量突破100万辆: a figure reached (a target or a
#: statistic of 发展基础), with no verb that builds or designates anything.
_STATISTIC = re.compile(
    r"(?:达到|突破|超过|增长|提高到|实现)[^，。；：]{0,12}?\d[\d.]*\s*(?:%|％|万|亿|千|百|个|家)|"
    # 襄阳、十堰汽车产业规模居全省前列 / …光电子产业规模全国领先 (发展基础): a standing, reported
    r"(?:居|位居|位列|处于)(?:全国|全省|全区|全市|世界|国内)[^，。；：]{0,6}?(?:前列|首位|前茅|领先|第[一二三四五\d])|"
    r"(?:全国|全省|国内|世界)领先$"
)
_BUILDS = re.compile(r"建设|打造|布局|发展|培育|形成|建成|承接|集聚")


def background_clause(clause: str) -> bool:
    """True when the clause names its places as an opportunity to seize or a demand to meet (…的战略机遇,
    满足…建设需求), as the guiding line (以…为统揽), or as the subject of a figure reached: context of the plan,
    not a designation."""
    clause = clause.strip(" \u3000。；")
    return _BACKGROUND.search(clause) is not None or \
        (_STATISTIC.search(clause) is not None and _BUILDS.search(clause) is None)


#: 近年来，陇东地区能源开发步伐明显加快，…，华亭煤电一体化项目稳步推进。: a sentence that opens by saying it reports
#: the recent past (近年来, "十二五"以来) names what exists or advanced, not what this plan designates.
_RECENT_PAST = re.compile(r"^[\s\u3000]*(?:近年来|近几年来?|多年来|过去[一二三四五六七八九十几]+年(?:来|间|中)?|"
                          r"[“\"]?十[一二三四五]五[”\"]?(?:时期)?以来|(?:19|20)\d\d年以来)[，,]")


def recent_past(text: str, pos: int) -> bool:
    """True when the sentence holding ``pos`` opens with 近年来 / 多年来 / “十二五”以来 (the recent past reported)."""
    low = max(0, pos - _SENTENCE_REACH)
    start = max([text.rfind(ch, low, pos) for ch in "。！？\n"] + [low - 1]) + 1
    return _RECENT_PAST.match(text[start:pos]) is not None


def history_clause(clause: str) -> bool:
    """True when the clause says it speaks of the past (历史上, 曾是, 上世纪 …)."""
    return _HISTORY.search(clause) is not None


#: 2010年1月，国务院正式批复《…规划》，… / 2010年4月，国务院批准沈阳经济区为…试验区。: a dated approval report.
_PAST_APPROVAL = re.compile(
    r"^[\s\u3000]*(?:19|20)\d\d年(?:\d{1,2}月(?:\d{1,2}日)?)?[，,][^。]*?(?:批复|批准|获批|正式设立)"
)


def past_approval(text: str, pos: int) -> bool:
    """True when the sentence holding ``pos`` opens with a date and reports an approval: the zone it names
    was designated before this document (the plan's own subject or an earlier act), not by it."""
    low, high = max(0, pos - _LONG_REACH), min(len(text), pos + _LONG_REACH)  # linear on a 10 MB line
    start = max([text.rfind(ch, low, pos) for ch in "。！？\n"] + [low - 1]) + 1
    end = text.find("。", pos, high)
    return _PAST_APPROVAL.match(text[start:end if end >= 0 else high]) is not None


#: how far a dated-approval or scope sentence is looked for around a mention (bounded, so that the scans stay linear
#: on a 10 MB line with no sentence end)
_LONG_REACH = 1500


#: 江苏沿海地区包括连云港、盐城和南通三市所辖全部行政区域，陆域面积3.25万平方公里… / 规划范围为长沙、株洲、湘潭三市:
#: a sentence that states the extent of the plan's region (its members, area, population) with no role.
_SCOPE_VERB = re.compile(r"包括|范围(?:为|是|涉及)|涉及|涵盖|即|是指|由(?=[^。]{2,80}?(?:构成|组成)的)")
_SCOPE_MEASURE = re.compile(
    # 武汉城市圈是以武汉为中心，由武汉及周边…等9市构成的城市群: a definition of the region by its members
    r"(?:构成|组成)的(?:城市群|都市圈|经济圈|城市圈|城市带|经济区|区域)|规划范围|所辖全部|所辖(?:行政)?区域|平方公里|国土面积|陆域面积|总面积|人口约?\d|共\d+个|是我(?:省|区|市)[^。，]*区域"
)
_SCOPE_ROLE = re.compile(r"重点|着力|打造|建设|布局|培育|承接|发展(?!水平|基础|潜力|速度|成就|不平衡|区域)")


#: 实验区位于郑州市东南部，规划面积415平方公里，范围包括…: the extent of the zone a heading just named (a bare
#: zone noun refers back to it), read with that heading, not the plan's own region.
_ZONE_BACKREF = re.compile(
    r"^[ \u3000]*(?:该|这个)?(?:实验区|试验区|新区|示范区|园区|开发区|片区|集聚区|合作区|先行区)"
    r"(?:位于|规划|范围|总面积|面积)"
)


def _after_zone_heading(text: str, start: int) -> bool:
    """Whether the heading just before the sentence starting at ``start`` names a zone (（一）做强郑州航空港
    经济综合实验区。实验区位于…); under a chapter heading (三、空间布局) a bare 实验区 is the plan's own zone, its
    extent a scope."""
    line_start = text.rfind("\n", max(0, start - _LONG_REACH), start) + 1
    heading = text[line_start:start].strip(" \u3000")
    if not heading:
        before = text[max(0, start - 200):line_start].rstrip()
        heading = before[before.rfind("\n") + 1:].strip(" \u3000")
    return re.search(r"(?:区|园|带|基地|廊|圈)[。：:]?$", heading) is not None


def scope_statement(text: str, pos: int) -> bool:
    """True when the sentence holding ``pos`` only states the extent of a region (包括 A、B、C三市…，面积…;
    规划范围为…): the plan's own area described, not a zone it designates (no role in the sentence)."""
    low, high = max(0, pos - _LONG_REACH), min(len(text), pos + _LONG_REACH)  # linear on a 10 MB line
    start = max([text.rfind(ch, low, pos) for ch in "。！？\n"] + [low - 1]) + 1
    end = min((i for i in (text.find(ch, pos, high) for ch in "。！？\n") if i >= 0), default=high)
    sentence = text[start:end]
    verb = _SCOPE_VERB.search(sentence)
    if verb is None or (_ZONE_BACKREF.match(sentence) and _after_zone_heading(text, start)):
        return False
    if _ZONE_BACKREF.match(sentence) and re.match(r"[^，。；：]{0,12}?规划面积", sentence.strip(" \u3000")) and \
            re.search(r"部分区域|所辖", sentence):
        # （一）示范区范围。示范区规划面积171平方公里，包括沈阳市浑南区部分区域和…，重点发展…: the bare zone noun is the
        # plan's own zone (以下简称示范区), its extent stated with the industries it is for; still the plan's scope
        return True
    return _SCOPE_MEASURE.search(sentence) is not None and _SCOPE_ROLE.search(sentence, verb.end()) is None


#: （一）指导思想。以科学发展观为指导，以沿黄城市带为依托，以工业园区为载体，…: the plan's guiding line; a place it
#: leans on there (以X为依托) is the basis of the whole plan, not a zone it designates.
_GUIDING_OPEN = re.compile(
    r"^[ \u3000]*(?:（[一二三四五六七八九十]+）指导思想[。：:]?)?(?:坚持)?以[^，。；：]{2,30}为(?:指导|指引|统领)[，,]"
)
_GUIDING_MEANS = re.compile(r"^以[^，。；：]{1,20}为(?:依托|支撑|基础|载体|核心|重点)$")


def guiding_means(text: str, pos: int, clause: str) -> bool:
    """True when ``clause`` (holding ``pos``) is a 以X为依托 means in a sentence that opens with 以…为指导."""
    if _GUIDING_MEANS.match(clause.strip(" \u3000。；")) is None:
        return False
    low = max(0, pos - _LONG_REACH)
    start = max([text.rfind(ch, low, pos) for ch in "。！？\n"] + [low - 1]) + 1
    head = text[start:pos]
    if re.match(r"[ \u3000]*（[一二三四五六七八九十]+）指导思想$", head):  # the heading before it ends with 。
        return True
    return _GUIDING_OPEN.match(head) is not None


_GOAL_CLAUSE = re.compile(r"^(?:努力|力争|着力|加快)?(?:把|将)[^，。；：]{2,30}(?:建设|打造|建)成为?|"
                          # 推动川南经济区加快发展，打造全省第二经济增长极: the plan's region and the pace it grows at
                          r"^(?:推动|推进|促进|支持)[^，。；：]{2,20}?(?:加快|高质量|跨越式|协调|一体化|率先)发展$")


def guiding_goal(text: str, pos: int, clause: str) -> bool:
    """True when ``clause`` (holding ``pos``) is the 把X建设成为… goal of the （一）指导思想 paragraph (…，努力把合肥
    经济圈建设成为全省经济发展的核心增长极): the plan's own region and its aim, not a zone it designates."""
    if _GOAL_CLAUSE.match(clause.strip(" \u3000")) is None:
        return False
    line_start = text.rfind("\n", max(0, pos - _LONG_REACH), pos) + 1
    if re.match(r"[ \u3000]*（[一二三四五六七八九十]+）指导思想", text[line_start:line_start + 16]) is not None:
        return True
    # 二、总体要求\n坚持生态优先…，把陇南建设成为…: the opening paragraph of the 总体要求 chapter states the same goal
    before = text[max(0, line_start - 40):line_start].rstrip(" \u3000\n")
    return _GUIDING_CHAPTER.search(before) is not None


_GUIDING_CHAPTER = re.compile(r"(?:^|\n)[ \u3000]*[一二三四五六七八九十]+、(?:总体要求|指导思想|总体思路)[^\n]{0,10}$")


def inside(ranges: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether [start, end) lies inside one of the ranges."""
    return any(a <= start and end <= b for a, b in ranges)


#: 为贯彻落实…，结合皖江城市带承接产业转移示范区规划，制定本方案。 / …把滇中城市经济圈建设成为…，现提出以下实施意见。:
#: the preamble gives the plan's grounds (the policies and plans it follows), it designates nothing.
_PREAMBLE_END = re.compile(
    r"(?:特|现)?(?:制定|制订|编制)本(?:实施|工作|行动)?(?:方案|规划|意见|实施意见|办法|计划|纲要|细则)[。]?$|"
    r"(?:现|特)(?:提出|就)[^。]{0,16}?(?:意见|如下|通知)[。：:]?$|"
    # 现就加快粤东地区特色产业集群发展提出如下实施意见。: the topic between 现就 and 提出 may be long
    r"(?:现|特)就[^。]{2,40}?(?:提出|制定)(?:如下|以下)[^。]{0,6}?(?:意见|通知|措施)[。：:]?$|"
    # 为加快推进…建设，现将有关事项通知如下：
    r"现将[^。]{0,20}?(?:通知|明确|公布)如下[。：:]?$|"
    # 为加快推进…，现制定如下实施方案。 / 特制定以下措施。 / 结合实际，制定如下意见。
    r"(?:制定|制订|提出)(?:如下|以下)(?:实施方案|工作方案|行动方案|方案|实施意见|意见|措施|若干措施|政策措施|办法)[。：:]?$"
)
#: 专栏　滇中重点产业园区: a box heading names the category of the list below it, not a zone
#: how far a sentence is looked for around a mention (longer sentences are not preambles)
_SENTENCE_REACH = 400
#: 附表　菏泽市重点产业基地布局 / 表1　陕南重点循环经济产业园区: a table's caption names its category too
_BOX_HEADING = re.compile(r"^[ \t\u3000]*(?:专栏|附表\d*[ \t\u3000]|表\d*[ \t\u3000])")


def preamble(text: str, pos: int) -> bool:
    """True when the sentence holding ``pos`` is the preamble that ends 制定本方案 / 现提出以下实施意见."""
    # bounded windows: a preamble is one sentence, and the scan must stay linear on a 10 MB line
    low = max(0, pos - _SENTENCE_REACH)
    start = max([text.rfind(ch, low, pos) for ch in "。！？\n"] + [low - 1]) + 1
    ends = [i for i in (text.find(ch, pos, pos + _SENTENCE_REACH) for ch in "。\n") if i >= 0]
    if not ends:
        return False
    if _PREAMBLE_END.search(text[start:min(ends) + 1].strip(" \u3000")) is not None:
        return True
    # 海东工业园区是我省…的重要组成部分，是…主要平台。为加快园区发展，…，现提出如下意见。: the paragraph that ends with
    # the preamble's formula introduces the plan (its subject's standing), it designates nothing
    line_end = text.find("\n", pos, pos + 3 * _SENTENCE_REACH)
    paragraph_end = text[max(start, line_end - _SENTENCE_REACH):line_end].rstrip(" \u3000") if line_end >= 0 else ""
    return bool(paragraph_end) and _PREAMBLE_END.search(paragraph_end[-40:]) is not None and \
        text.count("。", pos, line_end) <= 2


def box_heading(text: str, pos: int) -> bool:
    """True when ``pos`` lies on a 专栏 (box) heading line."""
    line_start = text.rfind("\n", max(0, pos - 80), pos)
    return line_start >= 0 and _BOX_HEADING.match(text[line_start + 1:pos]) is not None


#: 一、发展现状 / 第一章　发展基础 / 二、面临形势: a chapter that reports the present state (zones already built,
#: figures, rankings, comparisons); the plan designates its zones in the chapters after it.
_STATUS_HEADING = re.compile(
    r"^[ \t\u3000]*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章部分篇]\s*)"
    # 一、重要意义和发展基础 / 一、发展基础和存在问题: the present state paired with why the plan matters or what
    # is still lacking
    r"(?:(?:重要意义|发展背景|规划背景|背景意义)[和与及、])?"
    r"(?:发展现状|发展基础|现状|基本情况|发展成就|面临形势|发展形势|发展环境|基础与形势|现状与问题|发展现状与问题|"
    r"发展基础与面临形势|发展现状与形势)(?:[和与及、](?:存在问题|主要问题|面临形势|重要意义))?[ \t\u3000。]*$",
    re.MULTILINE,
)
_TOP_HEADING = re.compile(r"^[ \t\u3000]*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章部分篇])",
                          re.MULTILINE)


def status_ranges(text: str) -> list[tuple[int, int]]:
    """[start, end) of the chapters that report the present state (一、发展现状 up to the next top-level heading).

    Why: what a 发展现状 chapter names (苏州宿迁工业园区…连续多年位居前列, 汉中、安康、商洛循环经济园区建设起步良好,
    6市共有省定产业集聚区52个) exists already; the designations come in the layout chapters."""
    out: list[tuple[int, int]] = []
    for match in _STATUS_HEADING.finditer(text):
        following = _TOP_HEADING.search(text, match.end())
        out.append((match.start(), following.start() if following else len(text)))
    return out
