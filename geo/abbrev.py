"""The abbreviation rule: 沈辽鞍营 = 沈阳、辽阳、鞍山、营口.

Chinese plans abbreviate groups of cities by the first character of each name. The rule reads a mention as a
sequence of first characters of *prefecture-level* units (XPCC cities count: they are administered at that level)
inside one province, in order, all different. Tier 1 uses prefecture-level units only; when that gives no reading,
tier 2 also admits county-level cities and districts (奎屯市, 独山子区). When more than one reading fits (呼 =
呼和浩特 or 呼伦贝尔 in 呼通赤巴) every reading is returned with the same score, so the resolver flags the mention
ambiguous rather than guessing.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from itertools import product

from geo.gazetteer import Gazetteer, Unit

TIER_SCORE = {"tier 1: prefecture-level units": 0.7, "tier 2: incl. county-level cities and districts": 0.6}
MAX_READINGS = 12


@dataclass(frozen=True)
class Reading:
    adcodes: tuple[str, ...]
    province: str
    tier: str
    score: float


def _is_prefecture_like(unit: Unit) -> bool:
    return unit.level == "prefecture" or unit.adcode[2:4] == "90"  # 省直辖县级市 such as 石河子 659001


@cache
def _first_char_index(gaz_id: int, tier: int) -> dict[tuple[str, str], tuple[str, ...]]:
    """(province, first char) -> adcodes of eligible units. Keyed by gazetteer identity for caching."""
    gaz = _GAZ[gaz_id]
    index: dict[tuple[str, str], list[str]] = defaultdict(list)
    for unit in gaz.units():
        if unit.level == "province":
            continue
        if tier == 1 and not _is_prefecture_like(unit):
            continue
        if tier == 2 and unit.level == "county" and not unit.name.endswith(("市", "区")):
            continue
        index[(unit.province, unit.name[0])].append(unit.adcode)
    return {k: tuple(sorted(v)) for k, v in index.items()}


_GAZ: dict[int, Gazetteer] = {}


def abbreviation_readings(text: str, *, province: str | None, gazetteer: Gazetteer) -> list[Reading]:
    """All readings of ``text`` as first characters of units in one province (``province`` if given)."""
    if not 2 <= len(text) <= 6 or not all("\u4e00" <= ch <= "\u9fff" for ch in text):
        return []
    _GAZ[id(gazetteer)] = gazetteer
    provinces = [province] if province else sorted({u.province for u in gazetteer.units(level="province")})
    for tier, label in ((1, "tier 1: prefecture-level units"), (2, "tier 2: incl. county-level cities and districts")):
        index = _first_char_index(id(gazetteer), tier)
        readings: list[Reading] = []
        for prov in provinces:
            options = [index.get((prov, ch), ()) for ch in text]
            if not all(options):
                continue
            for combo in product(*options):
                if len(set(combo)) == len(combo):
                    score = TIER_SCORE[label] - (0.1 if len(text) == 2 else 0.0)
                    readings.append(Reading(tuple(combo), prov, label, score))
                if len(readings) > MAX_READINGS:
                    break
        if readings:
            return readings[:MAX_READINGS]
    return []
