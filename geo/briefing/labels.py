"""Every fixed string a briefing prints, in Chinese and English, in one table.

Why one table: the PDF, DOCX and HTML writers and the map must say the same thing in the same words,
and a translator (or reviewer) should find every label in one place rather than in five modules.
"""

from __future__ import annotations

from typing import Literal

Lang = Literal["zh", "en"]
LANGS: tuple[Lang, ...] = ("zh", "en")

LABELS: dict[str, tuple[str, str]] = {
    "title": ("{name}产业布局简报", "Industrial-layout briefing: {name}"),
    "level": ("行政级别", "Level"),
    "parent": ("上级行政区", "Parent"),
    "adcode": ("行政区划代码", "Adcode"),
    "generated": ("生成日期", "Generated"),
    "level.province": ("省级", "province"),
    "level.prefecture": ("地级", "prefecture"),
    "level.county": ("县级", "county"),
    "none": ("无", "none"),
    "summary": (
        "本简报汇总 {docs} 份政策文件中与{name}相关的 {n} 项布局。",
        "This briefing gathers the {n} designations that concern {name} in {docs} policy documents.",
    ),
    "no_designation": (
        "在已收录的政策文件中，没有直接涉及{name}的布局。以下列出其上级行政区{parent}的布局。",
        "No designation in the documents on file concerns {name}. The designations of its parent, "
        "{parent}, are shown instead.",
    ),
    "no_designation_at_all": (
        "在已收录的政策文件中，没有涉及{name}或其上级行政区的布局。",
        "No designation in the documents on file concerns {name} or any unit above it.",
    ),
    "notice.retired": (
        "{old}（{old_code}）已变更（{change}），本简报按现行区划{new}（{new_code}）编制。",
        "{old} ({old_code}) no longer exists ({change}); this briefing covers the current unit {new} "
        "({new_code}).",
    ),
    "notice.no_boundary": (
        "{name}暂无边界数据，图中以行政中心位置示意。",
        "No boundary is available for {name}; the map marks its seat.",
    ),
    "map": ("区位与布局示意图", "Map"),
    "map.caption": (
        "示意图：{name}（深色）、周边{level}行政区及涉及的布局；编号对应下表。",
        "Sketch map: {name} (dark), surrounding {level} units and the designations concerning it; "
        "numbers refer to the table below.",
    ),
    "designations": ("布局一览（按文件与年份）", "Designations, by document and year"),
    "col.no": ("序号", "No."),
    "col.name": ("布局", "Designation"),
    "col.kind": ("类型", "Kind"),
    "col.group": ("布局表述", "Layout statement"),
    "col.industry": ("产业", "Industries"),
    "col.role": ("本地角色", "Role of the region"),
    "col.quote": ("原文与出处", "Quote and citation"),
    "doc.heading": ("{title}（{year}）", "{title} ({year})"),
    "doc.year_unknown": ("年份不详", "year unknown"),
    "industries": ("产业定位（跨文件）", "Industry profile across documents"),
    "industries.none": ("文件未指明产业。", "The documents name no industry."),
    "industry.unnamed": ("未指明产业", "industry not named"),
    "partners": ("合作地区（共同列入同一布局）", "Partner regions (co-members of a designation)"),
    "partners.none": ("没有共同列入同一布局的其他地区。", "No other region shares a designation with it."),
    "partners.shared": ("共同布局", "Shared designations"),
    "notes": ("一致性说明", "Consistency notes"),
    "notes.none": ("没有涉及本地区的一致性说明。", "No consistency note concerns this region."),
    "sources": ("资料来源与说明", "Data sources and attribution"),
    "sources.docs": ("政策文件", "Policy documents"),
    "sources.inferred": (
        "文件标题与年份系根据正文推断（原文未印标题）。",
        "Document titles and years are inferred from the text (the texts carry no printed title).",
    ),
    "sources.geometry": (
        "布局图形由成员行政区生成，点位为行政中心的近似位置，仅作示意。",
        "Designation shapes are drawn from their member units; points are approximate unit seats, "
        "for illustration only.",
    ),
    "sources.review": (
        "本图未经审图（无审图号），仅供内部参考。",
        "This map has no map review number (审图号); internal use only.",
    ),
    "citation": (
        "《{title}》，{year}，{section}第{start}–{end}字",
        "{title}, {year}, {section}chars {start}–{end}",
    ),
    "citation.nospan": ("《{title}》，{year}，{section}", "{title}, {year}, {section}"),
    "legend.region": ("本地区", "This region"),
    "legend.neighbour": ("周边行政区", "Surrounding units"),
    "north": ("北", "N"),
    "km": ("千米", "km"),
    "kind.area": ("片区", "area"),
    "kind.axis": ("发展轴", "axis"),
    "kind.line": ("沿线", "line"),
    "kind.triangle": ("三角", "triangle"),
    "kind.core": ("核心", "core"),
    "kind.site": ("园区/基地", "site"),
    "kind.unlocated": ("未定位", "unlocated"),
    "status.planned": ("规划", "planned"),
    "status.existing": ("现有", "existing"),
    "status.policy": ("政策区", "policy"),
    "horizon": ("目标年 {year}", "target {year}"),
    "role.core_single": ("核心", "core"),
    "role.core_multi": ("{n}个核心之一", "one of {n} cores"),
    "role.vertex": ("三角顶点之一（共{n}个）", "a vertex of the triangle (1 of {n})"),
    "role.node": ("沿线节点（第{i}个，共{n}个）", "node {i} of {n} along it"),
    "role.site": ("所在地", "location"),
    "role.sole": ("唯一成员", "sole member"),
    "role.part_of": ("「{name}」组成部分（共{n}个）", "part of “{name}” (1 of {n})"),
    "role.member_of": ("{n}个成员之一", "one of {n} members"),
    "role.of_group": ("「{group}」{n}项之一", "one of {n} in “{group}”"),
    "role.contains": ("辖内{names}列入", "contains member {names}"),
    "role.within": ("位于{names}范围内", "within {names}"),
    "sep": ("、", ", "),
    "fallback.heading": ("上级行政区{name}的布局", "Designations of the parent unit {name}"),
}


def t(key: str, lang: Lang, **values: object) -> str:
    """The label ``key`` in ``lang``, formatted with ``values``; a missing key is a programming error."""
    zh, en = LABELS[key]
    text = zh if lang == "zh" else en
    return text.format(**values) if values else text


def check_lang(lang: str) -> Lang:
    """Validate a language code from the user (CLI or app)."""
    if lang not in LANGS:
        msg = f"unknown language {lang!r}: use one of {', '.join(LANGS)}"
        raise ValueError(msg)
    return lang  # type: ignore[return-value]
