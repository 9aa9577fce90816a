"""Shared helpers for the layer/table/export tests: fixture paths and a deterministic shape source.

``SquareShapes`` derives each unit's "polygon" from its real gazetteer seat (a square of +-0.2°), so
the geometry-by-kind and export tests do not depend on the boundary cache being built, and a chosen
set of codes can be made polygon-less to exercise the seat fallback. Tests against the real boundaries
live beside them and skip only when ``geo.boundaries`` is absent.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import shapely
from shapely.geometry import box
from shapely.geometry.base import BaseGeometry

from geo.gazetteer import get_gazetteer
from geo.layers import Services

TESTS = Path(__file__).resolve().parent
OK_DIR = TESTS / "fixtures" / "layers_ok"
BAD_DIR = TESTS / "fixtures" / "layers_bad"
OK_LAYERS = sorted(OK_DIR.glob("*.yaml"))
HALF = 0.2


def real_services() -> Services:
    """The project's gazetteer and resolver."""
    from geo.resolver import resolve

    return Services(gazetteer=get_gazetteer(), resolve=resolve)


class SquareShapes:
    """A ShapeSource: real seats and names, squares around the seats as polygons."""

    def __init__(self, no_polygon: Sequence[str] = ()) -> None:
        self.gazetteer = get_gazetteer()
        self.no_polygon = set(no_polygon)

    def unit_name(self, adcode: str) -> str:
        """Gazetteer name."""
        return str(self.gazetteer.get(adcode).name)

    def seat(self, adcode: str) -> tuple[float, float] | None:
        """Gazetteer seat."""
        seat = self.gazetteer.get(adcode).seat
        return (float(seat[0]), float(seat[1])) if seat else None

    def polygon(self, adcode: str) -> BaseGeometry | None:
        """A square around the seat (None for codes listed as polygon-less)."""
        seat = self.seat(adcode)
        if adcode in self.no_polygon or seat is None:
            return None
        return box(seat[0] - HALF, seat[1] - HALF, seat[0] + HALF, seat[1] + HALF)

    def union(self, adcodes: Sequence[str]) -> BaseGeometry | None:
        """Union of the squares."""
        return shapely.union_all([self.polygon(c) for c in adcodes])
