"""How each designation is drawn: colour by industry, stroke/fill by kind and by the part of its geometry.

One module decides every colour and line style, and the legend is built from the same functions, so the
legend can only show what is drawn. Colours are stable per industry name (a fixed palette for the
industries of the seed layers, then a hash of the name into a second palette), so filtering never
recolours the map.
"""

from __future__ import annotations

import re
import zlib
from typing import Final

#: Industries of the seed layers, with colours chosen to be told apart (and from the grey boundaries).
_FIXED: Final[dict[str, str]] = {
    "装备制造": "#1f77b4",
    "机械": "#1f77b4",
    "石油化工": "#8c564b",
    "化工": "#8c564b",
    "煤化工": "#7f4f24",
    "能源": "#d62728",
    "煤炭": "#3b3b3b",
    "电力": "#e377c2",
    "新能源": "#2ca02c",
    "风电装备": "#17becf",
    "光伏发电装备": "#bcbd22",
    "纺织服装": "#9467bd",
    "农产品加工": "#7cb342",
    "有色金属": "#ff7f0e",
    "钢铁": "#5c6bc0",
    "新材料": "#00897b",
    "物流": "#6d4c41",
    "旅游": "#f06292",
}
_PALETTE: Final[tuple[str, ...]] = (
    "#1b9e77", "#d95f02", "#7570b3", "#e7298a", "#66a61e", "#e6ab02", "#a6761d",
    "#1f78b4", "#b2182b", "#4d9221", "#c51b7d", "#8073ac", "#b35806", "#01665e",
)  # fmt: skip
NO_INDUSTRY_COLOUR: Final = "#555555"
_HEX = re.compile(r"^#[0-9a-f]{6}$")

#: Reference boundaries: grey, thin, drawn under the designations and not clickable.
BOUNDARY_STYLES: Final[dict[str, dict[str, object]]] = {
    "province": {"color": "#6b6b6b", "weight": 1.6, "opacity": 0.9, "fill": False},
    "prefecture": {"color": "#8a8a8a", "weight": 1.0, "opacity": 0.8, "fill": False},
    "county": {"color": "#b0b0b0", "weight": 0.6, "opacity": 0.8, "fill": False},
}


def industry_colour(industry: str | None) -> str:
    """Colour of an industry: fixed for known names, else a stable hash into the palette."""
    name = (industry or "").strip()
    if not name:
        return NO_INDUSTRY_COLOUR
    if name in _FIXED:
        return _FIXED[name]
    for key, colour in _FIXED.items():  # 现代煤化工 -> 煤化工, 高端装备制造 -> 装备制造
        if key in name:
            return colour
    return _PALETTE[zlib.crc32(name.encode("utf-8")) % len(_PALETTE)]


#: Roles of the parts a designation's geometry is split into (see :func:`part_style`).
ROLES: Final = ("fill", "member", "stroke", "outline", "seat", "site")


def part_style(kind: str, role: str, colour: str) -> dict[str, object]:
    """Leaflet path options for one part of a designation.

    - ``fill``: the area of an ``area`` designation (filled, outlined);
    - ``member``: member polygons behind an axis/line/triangle/core (light fill);
    - ``stroke``: the axis or line through member seats (thick for axes, dashed for lines);
    - ``outline``: the triangle through three seats (outline only);
    - ``seat``: the centre point of a ``core`` (large ring);
    - ``site``: a park or base placed at its unit's seat (small dot, dashed ring = approximate).
    """
    if not _HEX.match(colour):
        msg = f"not a #rrggbb colour: {colour!r}"
        raise ValueError(msg)
    base: dict[str, object] = {"color": colour, "fillColor": colour, "opacity": 0.95}
    if role == "fill":
        return base | {"weight": 1.5, "fillOpacity": 0.35}
    if role == "member":
        return base | {"weight": 0.8, "fillOpacity": 0.12, "opacity": 0.6}
    if role == "stroke":
        dash = "10 6" if kind == "line" else None
        return base | {"weight": 4 if kind == "axis" else 3, "fill": False, "dashArray": dash}
    if role == "outline":
        return base | {"weight": 2.5, "fill": False, "dashArray": "6 4"}
    if role == "seat":
        return base | {"radius": 9, "weight": 3, "fillOpacity": 0.85, "fillColor": "#ffffff"}
    if role == "site":
        return base | {"radius": 6, "weight": 2, "fillOpacity": 0.8, "dashArray": "3 2"}
    msg = f"unknown part role: {role!r}"
    raise ValueError(msg)


#: What the legend shows for each kind: the role that gives the kind its look.
KIND_SIGNATURE: Final[dict[str, str]] = {
    "area": "fill",
    "axis": "stroke",
    "line": "stroke",
    "triangle": "outline",
    "core": "seat",
    "site": "site",
}
