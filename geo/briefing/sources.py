"""Where a briefing gets its data: the canonical table, the gazetteer, the boundaries and the resolver.

Why an explicit bundle rather than direct imports in every function: the briefing reads four modules
owned by others; passing them in one :class:`Sources` object lets tests run on tiny in-memory fixtures
and lets the app reuse its cached table. :func:`default_sources` wires up the real modules lazily.
"""

from __future__ import annotations

import dataclasses
import importlib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

import geopandas as gpd
from shapely.geometry.base import BaseGeometry


class UnitLike(Protocol):
    """The part of ``geo.gazetteer.Unit`` a briefing uses."""

    adcode: str
    name: str
    level: str
    parent: str | None
    short_names: Sequence[str]


class GazetteerLike(Protocol):
    """The part of ``geo.gazetteer.Gazetteer`` a briefing uses."""

    def get(self, adcode: str) -> Any: ...

    def ancestors(self, adcode: str) -> Sequence[Any]: ...


@dataclass
class Sources:
    """Everything a briefing reads; build one with :func:`default_sources` or by hand in tests.

    ``designations`` is the canonical table's GeoDataFrame (one row per designation); ``checks`` the
    table's consistency checks as records; ``boundary(adcode)`` a unit's polygon (WGS-84) or None;
    ``units_frame(level)`` all units of a level with ``adcode`` and ``geometry`` (for neighbours);
    ``resolve(name)`` the resolver's candidates, best first.
    """

    designations: gpd.GeoDataFrame
    gazetteer: GazetteerLike
    boundary: Callable[[str], BaseGeometry | None]
    units_frame: Callable[[str], gpd.GeoDataFrame]
    resolve: Callable[[str], Sequence[Any]]
    checks: Sequence[dict[str, Any]] = ()
    attribution_zh: str = ""
    attribution_en: str = ""
    review_note_zh: str = ""  # the boundaries' "no 审图号" caveat; the briefing's own wording when empty
    review_note_en: str = ""
    _ancestors: dict[str, tuple[str, ...]] = field(default_factory=dict, repr=False)

    def ancestors(self, adcode: str) -> tuple[str, ...]:
        """Adcodes above ``adcode``, nearest first (cached: called for every member of every row)."""
        if adcode not in self._ancestors:
            found = self.gazetteer.ancestors(adcode) if self.gazetteer.get(adcode) is not None else ()
            self._ancestors[adcode] = tuple(str(getattr(a, "adcode", a)) for a in found)
        return self._ancestors[adcode]

    def unit(self, adcode: str) -> UnitLike | None:
        """The gazetteer unit for ``adcode`` or None."""
        return self.gazetteer.get(adcode)


def records(obj: object) -> list[dict[str, Any]]:
    """Rows of a DataFrame, a list of dicts or a list of dataclass-like objects, as dicts."""
    if obj is None:
        return []
    to_dict = getattr(obj, "to_dict", None)
    if callable(to_dict) and hasattr(obj, "columns"):
        return list(to_dict("records"))
    out: list[dict[str, Any]] = []
    for item in obj if isinstance(obj, Iterable) else ():
        if isinstance(item, dict):
            out.append(dict(item))
        elif dataclasses.is_dataclass(item) and not isinstance(item, type):
            out.append(dataclasses.asdict(item))
        else:
            out.append(dict(vars(item)))
    return out


def check_records(checks: object) -> list[dict[str, Any]]:
    """The table's checks (``{doc: (Check, ...)}`` or a flat list) as dicts, each with its ``doc``."""
    if isinstance(checks, dict):
        out = []
        for doc, items in checks.items():
            for item in records(items):
                out.append({**item, "doc": item.get("doc") or doc})
        return out
    return records(checks)


def _empty_frame(level: str) -> gpd.GeoDataFrame:
    return gpd.GeoDataFrame({"adcode": [], "name": []}, geometry=[], crs="EPSG:4326")


def _boundaries_module() -> Any:
    """``geo.boundaries`` if it is built into this checkout (with ``geometry``/``frame``), else None.

    Until then the map shows member seats only; nothing else about the briefing changes.
    """
    try:
        module = importlib.import_module("geo.boundaries")
    except ModuleNotFoundError as exc:
        if exc.name != "geo.boundaries":
            raise
        return None
    return module if hasattr(module, "geometry") and hasattr(module, "frame") else None


def sources_from_table(table: Any) -> Sources:
    """Sources over an already loaded canonical table (``geo.table.DesignationTable``).

    The app passes the table it has cached (which may include session layers), so the briefing shows
    exactly what the map shows; gazetteer, boundaries and resolver are the real modules.
    """
    from geo import resolver
    from geo.gazetteer import get_gazetteer

    boundaries = _boundaries_module()
    return Sources(
        designations=table.gdf,
        gazetteer=get_gazetteer(),
        boundary=(lambda code: boundaries.geometry(code, "medium")) if boundaries else (lambda code: None),
        units_frame=_units_frames(boundaries),
        resolve=resolver.resolve,
        checks=check_records(getattr(table, "checks", None)),
        attribution_zh=getattr(boundaries, "ATTRIBUTION_ZH", ""),
        attribution_en=getattr(boundaries, "ATTRIBUTION_EN", ""),
        review_note_zh=getattr(boundaries, "REVIEW_NOTE_ZH", ""),
        review_note_en=getattr(boundaries, "REVIEW_NOTE_EN", ""),
    )


@lru_cache(maxsize=4)
def _level_frame(level: str) -> gpd.GeoDataFrame:
    """All units of a level (medium detail), loaded once per process: ~0.3 s for 2,875 counties."""
    boundaries = _boundaries_module()
    return boundaries.frame(level=level, lod="medium") if boundaries is not None else _empty_frame(level)


def _units_frames(boundaries: Any) -> Callable[[str], gpd.GeoDataFrame]:
    return _level_frame if boundaries is not None else _empty_frame


@lru_cache(maxsize=1)
def default_sources() -> Sources:
    """Sources over the bundled layers (``geo.table.load_table()``), loaded once per process (CLI, tests)."""
    from geo.table import load_table

    return sources_from_table(load_table())
