"""Word lists the frame rules share (layout nouns, verbs, frame words), in one place to tune."""

from __future__ import annotations

#: Nouns that make a phrase a layout designation. "site" nouns are points/parks inside a unit,
#: "area" nouns are zones made of units, "axis" nouns run through places.
SITE_NOUNS: tuple[str, ...] = (
    "经济技术开发区", "高新技术产业开发区", "综合保税区", "产业示范基地", "示范基地", "示范园区", "示范园", "产业基地",
    "产业园区",
    "工业园区", "科技园区", "物流园区", "产业园", "工业园", "科技园", "物流园", "创业园", "加工园", "化工园",
    # 营口仙人岛能源化工区（盖州市）, 上海化学工业区: a petrochemical plan's chemical zones
    "化工区",
    # 开封、新乡…等市建设地区性物流节点: a city's node of the province's logistics network
    "物流节点",
    # 咸宁市建设国际温泉旅游城 / 在海原县、西吉县建设风电场: a tourism town, a wind farm
    "旅游城", "风电场",
    # 阎良航空制造园, 装备制造园: a park named by what it makes
    "制造园",
    "开发区", "高新区",
    "经开区", "保税区", "产业区", "工业区", "功能区", "基地", "园区", "中心", "港区", "陆港", "物流港",
    # 漳州台商投资区, 厦门海沧台商投资区: the state-approved zones for Taiwanese investment
    "台商投资区", "投资区",
    "特色小镇", "小镇", "科技城", "科学城", "航天城", "产业新城", "新城",
    "工业城", "汽车城", "石油城", "纺织城", "服装城", "物流枢纽",
    # 建设青铜峡葡萄酒城 / 海宁中国皮革城 / 义乌国际商贸城: a city-sized site named after what it makes or trades;
    # 重庆大学城, 中新广州知识城, 横店影视城: cities a plan names as sites
    "酒城", "陶瓷城", "瓷城", "茶城", "商贸城", "家具城", "皮革城", "大学城", "知识城", "影视城",
    # 在茫崖市建设碳酸锂生产线 / 鼓励鄂尔多斯市引进…电池项目: a plant or project sited in a place
    "生产线", "项目",
    # 在南疆四地州的县城和乡镇…建设一批服装加工卫星工厂
    "卫星工厂",
    # 推进宁波液体化工交易市场建设: a commodity exchange is a designated site like a 交易中心
    "交易市场", "批发市场",
    # 胜利矿区坑口电厂 / 元宝山电厂扩建工程: an energy plan's power plants are its sites
    "电厂",
    # 丰宁抽水蓄能电站（丰宁满族自治县） / 支持格尔木市建设…储能电站: a power station, like a plant
    "电站",
    # 支持泾县建设中国宣纸文化园: a culture park is a park
    "文化园",
    # 黄山市屯溪老街历史文化街区提升工程: a listed historic district (历史文化街区, a designation of its own)
    "历史文化街区",
    # 西湖区建设西湖国际旅游综合体 / 岳阳楼区建设洞庭湖文化旅游核心景区 / 南岳区建设宗教文化旅游名城 / 凤凰县建设国际
    # 文化旅游古城: a tourism plan's designated sites (not a bare 古城: 以台儿庄古城为核心 names the old town a
    # district's tourism rests on)
    "旅游综合体", "景区", "名城", "旅游古城",
)
AREA_NOUNS: tuple[str, ...] = (
    "航空港经济综合实验区", "综合实验区", "实验区", "航空港区",
    "产业集聚区", "集聚区", "聚集区", "示范区", "试验区", "先行区", "合作区", "核心区", "新区",
    "城市群", "都市圈", "都市区", "经济圈", "经济区", "产业带", "经济带", "集群", "板块", "片区", "区域", "三角",
    "组团",
    "协同发展区", "先导区", "先导带", "开放带", "发展带", "发展区", "协同区", "转型区", "制造业带",
    # 建设开县—万州产业协作区: a zone two neighbours run together, like a 合作区
    "协作区",
    "集聚带", "工业圈", "产业圈", "制造带",
    # 长沙工程机械产业增长极: a growth pole named after its city
    "增长极",
    # 呼和浩特稀土新材料应用区, 赤峰、通辽稀土功能材料区, 西宁、海东精深加工区: a zone named by what it does
    "应用区", "材料区", "加工区", "配套区", "承载区", "制造区", "集中区",
    # 福州江阴化工新材料专区: a zone set aside for one industry
    "专区",
    # 规划建设郧县恐龙文化旅游区 / 武当山旅游经济特区（丹江口市） / 建设崀山国家级旅游度假区 / 打造…旅游目的地:
    # a tourism plan designates its zones with these nouns
    "旅游区", "旅游度假区", "经济特区", "旅游目的地",
    # 淳安县依托千岛湖建设国际湖泊休闲度假区 / 建设普陀山—朱家尖国际旅游岛: more of a tourism plan's zones
    "度假区", "旅游岛",
    # 沿陇海、京九铁路建设豫东农副产品加工和劳动密集型产业承接带: a belt that takes in relocated industry
    "承接带",
    # 建设东丽湖、海河教育园区两个科技创新承接区 / 产业转移承接区: an area set aside to take in moved functions
    "承接区",
    # 湘西柑橘优势区位于泸溪县、凤凰县 / 优质稻米主产区 / 示范带: an agricultural plan's zones (农业农村部's
    # 特色农产品优势区 and the like) — a closed list, because 保护区 and 生态区 are mostly restrictions
    "优势区", "优势产区", "主产区", "种植区", "养殖区", "生产区", "示范带",
    # 建成陕北山地苹果新兴产区 / 核心产区: a crop's growing area named as such
    "产区",
    # 建设环巢湖国家旅游休闲区: a tourism plan's leisure zones
    "旅游休闲区", "休闲区",
    # 支持榆树市、农安县建设千亿斤粮食高产示范县 / 创建国家现代农业示范市: counties and cities designated as a
    # demonstration unit are zones made of those units
    "示范县", "示范市",
    # 三亚中央商务区 / 虹桥商务区: a business district is a designated zone of its city
    "商务区",
    # 建设面向南亚、中亚的南疆国际商贸物流区: a logistics plan's zones
    "物流区",
    # 鞍山、营口四市建设区域性物流节点城市: a city designated as a node of a network (logistics, transport hubs)
    "节点城市",
)
#: 打造连接济南、淄博、潍坊、青岛的济青物流大通道: a logistics corridor runs through the places it links
#: 唐蕃古道文化旅游廊道 / 环青海湖旅游线: a tourism plan's routes
AXIS_NOUNS: tuple[str, ...] = ("走廊", "发展轴", "产业轴", "轴线", "轴带", "轴", "物流大通道", "物流通道",
                               "旅游廊道", "旅游线")
LAYOUT_NOUNS: tuple[str, ...] = tuple(sorted({*SITE_NOUNS, *AREA_NOUNS, *AXIS_NOUNS}, key=len, reverse=True))

#: Frames 以X为…: the word after 为 and the kind it gives.
YI_FRAMES: dict[str, str] = {
    "主中心": "core", "中心": "core", "核心": "core", "龙头": "core", "双核": "core", "两核": "core", "极核": "core",
    "增长极": "core", "引领": "core", "枢纽": "core", "三角": "triangle", "主轴": "axis", "发展轴": "axis",
    "轴线": "axis", "轴": "axis", "主干": "axis", "两端": "axis", "两翼": "area", "一翼": "area", "节点": "area",
    "支撑": "area",
    # 沙坡头区、同心县为主要产区，惠农区、平罗县为补充的枸杞产业带: the parts of a crop or product belt
    "主产区": "area", "产区": "area", "补充": "area",
    "支点": "area", "重点": "area", "主体": "area", "依托": "area", "载体": "area",
    # 以鹤岗市、双鸭山市为主要承载地，发展煤制甲醇: the places that carry (host) the industry or zone
    "承载地": "area", "承载区": "area", "集聚地": "area",
    # 东翼以龙泉驿区、简阳市为主，重点发展… / 南翼以温州、台州沿海为主: the places a part is mainly made of
    "主": "area",
}

#: Verbs that may stand between a place list and its layout noun (推进A、B开展…示范区建设).
LINK_VERBS: tuple[str, ...] = (
    "联合打造", "共同打造", "合力打造", "联合建设", "共同建设", "共建", "开展", "建设", "打造", "发展", "创建", "建立",
    "设立", "布局", "形成", "培育", "规划",
)

#: Words that show the text between a place and a layout noun is not a modifier of the noun.
NOT_MODIFIER: tuple[str, ...] = (
    "享受", "比照", "支持", "推动", "推进", "加快", "实施", "参与", "利用", "引导", "落户", "依托", "围绕",
    "面向", "通过", "进一步", "积极", "鼓励", "加强", "提升", "促进", "带动", "辐射", "发挥", "是", "已经", "正在",
    "将在", "现有", "已有", "政策", "工作", "项目", "企业", "同城化", "一体化", "优势",
    "作用", "地位", "为", "地处", "位于", "毗邻", "接壤", "由原",
    # 渝中区、江北区等区要在产业转移、园区共建、人才培训等方面给予支持: fields the places help in, not a zone
    "要在", "应在",
    # 张家界市拥有5A级景区2家: what a place has is reported, not designated
    "拥有",
)

#: City roles: X重点发展A、B产业.
ROLE_VERBS: tuple[str, ...] = (
    "重点发展", "着力发展", "主要发展", "优先发展", "大力发展", "积极发展", "加快发展", "集中发展", "重点布局",
    "着力打造", "重点打造", "重点培育", "主攻", "重点建设", "加快建设",
    # 新余、宜春等地区加快形成锂电新能源产业集聚区 / 积极培育…: other paces of building a zone
    "加快打造", "积极打造", "全力打造", "加快培育", "积极培育", "着力培育", "加快形成", "着力建设", "积极建设",
    # 芜湖市着力承接汽车及零部件 / 高要区、四会市布局金属加工装备: taking in or siting an industry is a role too
    "着力承接", "重点承接", "承接", "布局", "发展",
    # 平定县、盂县要立足铝矾土资源，稳步发展耐火材料…: a pace adverb before the verb
    "稳步发展", "有序发展", "稳妥发展", "适度发展",
    # 长春市：做强汽车、轨道客车…产业 / 柳州市做大做强汽车、机械、钢铁三大支柱产业
    "做大做强", "做强做大", "做强做优", "做强", "做大", "做优",
    # 毕节市积极引进新能源汽车和工程机械项目: bringing in an industry's projects is a role too
    "积极引进", "重点引进",
)

#: Verbs that open a designation clause and are not part of an industry name.
LEAD_VERBS: tuple[str, ...] = (
    "形成", "打造", "建设", "发展", "培育", "构建", "推进", "建成", "布局", "加快建设", "加快", "着力打造",
    "努力打造", "重点", "积极", "以及", "和", "及", "与", "并", "其中", "分别", "一批", "若干", "一系列",
)

EXISTING_MARKERS: tuple[str, ...] = ("已建成", "已形成", "已经形成", "现有", "已有", "已初步", "目前已")
POLICY_NOUNS: tuple[str, ...] = ("示范区", "试验区", "先行区", "核心区", "政策")
CN_DIGITS: dict[str, int] = {"一": 1, "二": 2, "两": 2, "双": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7,
                             "八": 8, "九": 9, "十": 10}


def cn_number(text: str) -> int | None:
    """十/十二/二十/10 -> int; None when not a number."""
    if text.isdigit():
        return int(text)
    if not text or any(ch not in CN_DIGITS for ch in text):
        return None
    if "十" in text:
        tens, _, ones = text.partition("十")
        return (CN_DIGITS.get(tens, 1) if tens else 1) * 10 + (CN_DIGITS.get(ones, 0) if ones else 0)
    return CN_DIGITS[text] if len(text) == 1 else None
