"""What each designation kind draws (``layers/README.md``, "Kinds" and "Geometry").

One main geometry per designation, of a single simple type, because GeoJSON consumers, GeoPackage
layers and shapefiles all want one geometry per feature and dislike GeometryCollections:

========== ==========================================================================================
area       union of the member polygons (Polygon/MultiPolygon)
axis, line LineString through the member seats in document (members) order
triangle   Polygon through the three member seats (counter-clockwise)
core       union of the member polygons; the first member's seat is given separately (``seat``)
site       the member's seat Point (MultiPoint for several), always ``approximate``
unlocated  None
========== ==========================================================================================

Member polygons are returned separately for every kind (one :class:`MemberShape` each), so a map can
draw the line of an axis *and* the units it runs through. Where a unit has no polygon (new units such
as 新星市) its seat point stands in and ``note`` says so; nothing here types a coordinate by hand.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Protocol

import shapely
from shapely.geometry import LineString, MultiPoint, Point, Polygon
from shapely.geometry.base import BaseGeometry

from geo.errors import AtlasError
from geo.layers.model import Designation

MIN_TRIANGLE_AREA = 1e-8  # square degrees; below this the three seats are collinear


class ShapeSource(Protocol):
    """Seats and polygons by adcode (the gazetteer and geo.boundaries, or a fake in tests)."""

    def unit_name(self, adcode: str) -> str:
        """Display name of the unit."""

    def seat(self, adcode: str) -> tuple[float, float] | None:
        """WGS-84 (lon, lat) of the unit's seat."""

    def polygon(self, adcode: str) -> BaseGeometry | None:
        """WGS-84 polygon of the unit at the source's level of detail, or None."""

    def union(self, adcodes: Sequence[str]) -> BaseGeometry | None:
        """Union of the polygons of ``adcodes`` (all known to have one)."""


@dataclass(frozen=True)
class MemberShape:
    """One member unit of a designation: its polygon (or seat point when it has none)."""

    adcode: str
    name: str
    position: int
    geometry: BaseGeometry | None
    has_polygon: bool
    seat: tuple[float, float] | None


@dataclass(frozen=True)
class Placement:
    """The geometry of one designation, and what could not be drawn as the kind asks."""

    geometry: BaseGeometry | None
    note: str = ""
    approximate: bool = False
    seat: tuple[float, float] | None = None
    members: tuple[MemberShape, ...] = field(default=())


class GazetteerShapes:
    """:class:`ShapeSource` over ``geo.gazetteer`` and ``geo.boundaries`` at one level of detail."""

    def __init__(self, lod: str = "medium", gazetteer: Any = None, boundaries: Any = None) -> None:
        self.lod = lod
        self.gazetteer = gazetteer if gazetteer is not None else _optional("geo.gazetteer", "get_gazetteer")
        if boundaries is None:
            boundaries = _optional_module("geo.boundaries")
            if boundaries is not None and not hasattr(boundaries, "geometry"):
                boundaries = None  # package present but its API not (yet) there
        self.boundaries = boundaries
        self.unavailable = "" if self.boundaries is not None else "boundaries not available"
        self._polygon = lru_cache(maxsize=None)(self._load_polygon)

    def unit_name(self, adcode: str) -> str:
        """Gazetteer name, or the code itself when unknown."""
        unit = self.gazetteer.get(adcode) if self.gazetteer is not None else None
        return str(unit.name) if unit is not None else adcode

    def seat(self, adcode: str) -> tuple[float, float] | None:
        """Gazetteer seat (WGS-84)."""
        unit = self.gazetteer.get(adcode) if self.gazetteer is not None else None
        seat = getattr(unit, "seat", None)
        return (float(seat[0]), float(seat[1])) if seat else None

    def polygon(self, adcode: str) -> BaseGeometry | None:
        """Boundary polygon (cached per code)."""
        return self._polygon(adcode)

    def _load_polygon(self, adcode: str) -> BaseGeometry | None:
        if self.boundaries is None:
            return None
        geom = self.boundaries.geometry(adcode, self.lod)
        return None if geom is None or geom.is_empty else geom

    def union(self, adcodes: Sequence[str]) -> BaseGeometry | None:
        """``geo.boundaries.union`` (it knows the boundary topology); shapely's union as fallback."""
        if self.boundaries is not None and hasattr(self.boundaries, "union"):
            geom = self.boundaries.union(list(adcodes), self.lod)
            if geom is not None and not geom.is_empty:
                return geom
        return _union([self.polygon(c) for c in adcodes])


def _optional_module(name: str) -> Any:
    try:
        return importlib.import_module(name)
    except ModuleNotFoundError as exc:
        if exc.name != name:
            raise
        return None


def _optional(module: str, factory: str) -> Any:
    mod = _optional_module(module)
    if mod is None:
        return None
    try:
        return getattr(mod, factory)()
    except (AtlasError, OSError):
        return None


def _union(geoms: Sequence[BaseGeometry | None]) -> BaseGeometry | None:
    parts = [g for g in geoms if g is not None]
    if not parts:
        return None
    return shapely.make_valid(shapely.union_all(parts))


def member_shapes(d: Designation, source: ShapeSource) -> tuple[MemberShape, ...]:
    """One shape per member, in document order."""
    out: list[MemberShape] = []
    for i, code in enumerate(d.members):
        poly = source.polygon(code)
        seat = source.seat(code)
        geom = poly if poly is not None else (Point(seat) if seat else None)
        out.append(MemberShape(code, source.unit_name(code), i, geom, poly is not None, seat))
    return tuple(out)


def _names(shapes: Sequence[MemberShape]) -> str:
    return "、".join(f"{s.name} {s.adcode}" for s in shapes)


def _points(shapes: Sequence[MemberShape]) -> BaseGeometry | None:
    seats = [s.seat for s in shapes if s.seat is not None]
    if not seats:
        return None
    return Point(seats[0]) if len(seats) == 1 else MultiPoint(seats)


def _polygonal(d: Designation, shapes: Sequence[MemberShape], source: ShapeSource) -> Placement:
    """area/core: union of member polygons, seats for members without one."""
    with_poly = [s for s in shapes if s.has_polygon]
    without = [s for s in shapes if not s.has_polygon]
    seat = shapes[0].seat if d.kind == "core" and shapes else None
    if not with_poly:
        geom = _points(shapes)
        note = f"no boundary available for {_names(without)}: drawn at the seat"
        if geom is None:
            note = f"no boundary or seat available for {_names(without)}"
        return Placement(geom, note, True, seat, tuple(shapes))
    geom = source.union([s.adcode for s in with_poly])
    note = f"no boundary available for {_names(without)}: not in the polygon, see its seat" if without else ""
    return Placement(geom, note, False, seat, tuple(shapes))


def _linear(d: Designation, shapes: Sequence[MemberShape]) -> Placement:
    """axis/line: seats in document order; triangle: the polygon through three seats."""
    seats = [s.seat for s in shapes if s.seat is not None]
    missing = [s for s in shapes if s.seat is None]
    note = f"no seat for {_names(missing)}" if missing else ""
    distinct = list(dict.fromkeys(seats))
    if len(distinct) < 2:
        geom = Point(distinct[0]) if distinct else None
        return Placement(
            geom, _join(note, f"{d.kind} has fewer than two seats to draw"), True, None, tuple(shapes)
        )
    if d.kind == "triangle":
        tri = Polygon(distinct)
        if len(distinct) == 3 and tri.is_valid and tri.area > MIN_TRIANGLE_AREA:
            return Placement(shapely.orient_polygons(tri), note, False, None, tuple(shapes))
        note = _join(note, "triangle seats are collinear or missing: drawn as a line")
    return Placement(LineString(seats), note, False, None, tuple(shapes))


def _join(*parts: str) -> str:
    return "; ".join(p for p in parts if p)


def place(d: Designation, source: ShapeSource) -> Placement:
    """The geometry of ``d`` by its kind (see module docstring)."""
    if d.kind == "unlocated":
        return Placement(None, "not placed by the text", False)
    shapes = member_shapes(d, source)
    if d.kind in ("area", "core"):
        return _polygonal(d, shapes, source)
    if d.kind in ("axis", "line", "triangle"):
        return _linear(d, shapes)
    # site: a park or base somewhere inside the unit; the seat is the best the text allows
    geom = _points(shapes)
    note = "site: drawn at the unit's seat (approximate)"
    if geom is None:
        note = f"no seat available for {_names(shapes)}"
    return Placement(geom, note, True, shapes[0].seat if shapes else None, shapes)
