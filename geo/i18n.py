"""UI strings of the explorer in one table: Chinese (default) and English.

Every label the app or the map shows goes through :func:`tr`, so a missing translation is one KeyError
in a test (``tests/test_i18n_app.py`` checks both languages cover every key), not a half-English page.
Strings are plain text: whoever puts them into HTML escapes them (they are ours, but the rule is simpler
without exceptions).
"""

from __future__ import annotations

from typing import Final, Literal

Lang = Literal["zh", "en"]
LANGS: Final[tuple[Lang, ...]] = ("zh", "en")
DEFAULT_LANG: Final[Lang] = "zh"

STRINGS: Final[dict[str, tuple[str, str]]] = {
    # page
    "app_title": ("产业布局图集", "Layout Atlas"),
    "app_caption": (
        "省级产业政策文件中的布局设计，落到行政区划上",
        "Industrial layouts in provincial policy documents, mapped to administrative units",
    ),
    "language": ("语言", "Language"),
    # layer panel / filters
    "filters": ("筛选", "Filters"),
    "province": ("省份", "Province"),
    "document": ("文件", "Document"),
    "industry": ("产业", "Industry"),
    "kind": ("类型", "Kind"),
    "status": ("状态", "Status"),
    "year": ("年份", "Year"),
    "all": ("全部", "All"),
    "place_search": ("地名搜索", "Place search"),
    "place_search_help": (
        "如 昌吉、库尔勒、太原：地图缩放至该地，并列出涉及它的所有布局",
        "e.g. 昌吉, 库尔勒, 太原: zooms to it and lists every designation touching it",
    ),
    "place_not_found": ("没有找到地名“{q}”", "No place called “{q}” was found"),
    "place_results": ("涉及 {name} 的布局：{n} 项", "Designations touching {name}: {n}"),
    "place_candidates": ("其他可能：{names}", "Other readings: {names}"),
    "basemap": ("底图", "Basemap"),
    "basemap_none": ("无（离线，仅行政区划）", "None (offline, boundaries only)"),
    "basemap_osm": ("OpenStreetMap", "OpenStreetMap"),
    "basemap_tianditu": ("天地图（需密钥）", "Tianditu (key needed)"),
    "basemap_gaode": ("高德地图（图层已偏移至 GCJ-02）", "Gaode (overlays shifted to GCJ-02)"),
    "tianditu_key": ("天地图密钥", "Tianditu key"),
    "tianditu_key_needed": (
        "请输入天地图密钥；在此之前不显示底图。",
        "Enter a Tianditu key; no basemap is shown until then.",
    ),
    "tianditu_key_invalid": (
        "密钥格式不对：应为 16–64 位字母或数字。",
        "That key is not valid: 16-64 letters and digits.",
    ),
    "online_warning": ("该底图从互联网加载瓦片。", "This basemap loads tiles from the internet."),
    "shown": ("当前显示 {n} 项布局（共 {total} 项）", "Showing {n} of {total} designations"),
    # map
    "layers": ("图层", "Layers"),
    "designations": ("布局", "Designations"),
    "boundaries": ("行政区划", "Administrative boundaries"),
    "legend": ("图例", "Legend"),
    "map_data_failed": ("地图数据加载失败", "The map data could not be loaded"),
    "map_loading": ("预览图：交互地图加载中…", "Preview: the interactive map is loading…"),
    "no_industry": ("未注明产业", "no industry named"),
    "approximate": ("（位置为所在行政区驻地，近似）", "(placed at the unit's seat, approximate)"),
    # details
    "details": ("详情", "Details"),
    "click_hint": (
        "点击地图上的布局查看原文与出处。",
        "Click a designation on the map to see its quote and source.",
    ),
    "quote": ("原文", "Quote"),
    "section": ("章节", "Section"),
    "members": ("组成单元", "Members"),
    "notes": ("说明", "Notes"),
    "checks": ("一致性检查", "Consistency checks"),
    "horizon": ("目标年", "Target year"),
    "open_document": ("查看文件原文（高亮该句）", "Open the document text (sentence highlighted)"),
    "document_missing": ("文件原文不可用：{path}", "Document text not available: {path}"),
    "unlocated_list": ("未落图的布局（{n}）", "Designations not on the map ({n})"),
    # downloads
    "downloads": ("下载", "Downloads"),
    "dl_selection_geojson": ("当前选择 GeoJSON", "Selection as GeoJSON"),
    "dl_selection_gpkg": ("当前选择 GeoPackage", "Selection as GeoPackage"),
    "dl_selection_csv": ("当前选择 CSV", "Selection as CSV"),
    "dl_layer_geojson": ("图层 GeoJSON：{name}", "Layer GeoJSON: {name}"),
    "dl_unavailable": ("该格式暂不可用：{reason}", "This format is not available: {reason}"),
    # upload
    "upload": ("上传文件", "Upload a document"),
    "upload_help": (
        "纯文本（.txt）或 Word（.docx），不超过 {mb} MB",
        "Plain text (.txt) or Word (.docx), at most {mb} MB",
    ),
    "upload_too_big": (
        "文件过大：{size:.1f} MB，上限 {mb} MB。",
        "File too large: {size:.1f} MB; the limit is {mb} MB.",
    ),
    "upload_failed": ("无法读取上传的文件：{reason}", "The uploaded file could not be read: {reason}"),
    "upload_none_found": ("文件中没有找到布局表述。", "No layout statements were found in the document."),
    "upload_unavailable": ("抽取模块尚不可用。", "Extraction is not available yet."),
    "review_table": (
        "审核：勾选接受的布局，可修改组成单元",
        "Review: tick the designations to accept; members can be edited",
    ),
    "accept": ("接受", "Accept"),
    "candidates": ("候选", "Candidates"),
    "add_session_layer": ("加入本次会话图层", "Add as a session layer"),
    "session_layer_added": ("已加入 {n} 项布局。", "{n} designations added."),
    "dl_draft_layer": ("下载草稿图层文件（YAML）", "Download the draft layer file (YAML)"),
    # about / problems
    "about": ("关于", "About"),
    "about_text": (
        "布局从政策文件原文中抽取并经人工审核；每个要素都带有它出自的句子。",
        "Designations are extracted from the policy texts and reviewed;"
        " every feature carries the sentence it came from.",
    ),
    "no_review_number": (
        "本图行政区划边界无审图号，仅供研究参考，不作为权属争议依据。",
        "These boundaries carry no map review number (审图号): for research only, not an authority on borders.",
    ),
    "problems": ("图层问题（{n}）", "Layer problems ({n})"),
    "layers_failed": ("无法加载图层：{reason}", "Layers could not be loaded: {reason}"),
    "boundaries_failed": (
        "行政区划边界不可用：{reason}",
        "Administrative boundaries are not available: {reason}",
    ),
    "assets_missing": (
        "地图脚本缺失（{files}）：请运行 scripts/setup.sh。",
        "Map scripts are missing ({files}): run scripts/setup.sh.",
    ),
}

KIND_LABELS: Final[dict[str, tuple[str, str]]] = {
    "area": ("片区", "area"),
    "axis": ("发展轴", "axis"),
    "line": ("一线", "line"),
    "triangle": ("三角", "triangle"),
    "core": ("核心", "core"),
    "site": ("园区/基地", "site"),
    "unlocated": ("未落图", "unlocated"),
}

STATUS_LABELS: Final[dict[str, tuple[str, str]]] = {
    "planned": ("规划", "planned"),
    "existing": ("已有", "existing"),
    "policy": ("政策区", "policy"),
}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def tr(key: str, lang: str = DEFAULT_LANG, /, **fmt: object) -> str:
    """The UI string ``key`` in ``lang`` (zh unless 'en'), formatted with ``fmt``."""
    text = _pick(STRINGS[key], lang)
    return text.format(**fmt) if fmt else text


def kind_label(kind: str, lang: str = DEFAULT_LANG) -> str:
    """Display name of a designation kind (unknown kinds shown as written)."""
    pair = KIND_LABELS.get(kind)
    return _pick(pair, lang) if pair else kind


def status_label(status: str, lang: str = DEFAULT_LANG) -> str:
    """Display name of a designation status (unknown statuses shown as written)."""
    pair = STATUS_LABELS.get(status)
    return _pick(pair, lang) if pair else status
