"""Map furniture and geometry helpers for the briefing map: scale bar, north arrow, polygon drawing, framing.

Why apart from :mod:`geo.briefing.mapimage`: these are small pure functions (the scale-bar arithmetic,
the frame fitting, the fill opacity) that tests check with known answers and properties, without drawing
a whole map.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

import numpy as np
from matplotlib.axes import Axes
from matplotlib.collections import LineCollection
from matplotlib.patches import PathPatch, Rectangle
from matplotlib.path import Path
from shapely.geometry import GeometryCollection, LineString, MultiLineString, MultiPoint, Point
from shapely.geometry.base import BaseGeometry

from geo.briefing.labels import Lang, t

KM_PER_DEGREE = 111.32


def parts(geometry: BaseGeometry | None) -> tuple[list[BaseGeometry], list[BaseGeometry], list[Point]]:
    """Split any geometry into polygons, lines and points."""
    polys: list[BaseGeometry] = []
    lines: list[BaseGeometry] = []
    points: list[Point] = []
    if geometry is None or geometry.is_empty:
        return polys, lines, points
    stack = [geometry]
    while stack:
        geom = stack.pop()
        if isinstance(geom, GeometryCollection | MultiPoint | MultiLineString):
            stack.extend(geom.geoms)
        elif isinstance(geom, Point):
            points.append(geom)
        elif isinstance(geom, LineString):
            lines.append(geom)
        elif geom.geom_type in ("Polygon", "MultiPolygon"):
            polys.append(geom)
    return polys, lines, points


def fit_view(
    view: tuple[float, float, float, float], figsize: tuple[float, float], axes_box: tuple[float, ...]
) -> tuple[float, float, float, float]:
    """Widen the lon/lat box so that, drawn at true scale at its mid-latitude, it fills the axes exactly."""
    minx, miny, maxx, maxy = view
    shrink = math.cos(math.radians((miny + maxy) / 2))
    target = (figsize[1] * axes_box[3]) / (figsize[0] * axes_box[2])  # height / width of the axes
    width, height = (maxx - minx) * shrink, maxy - miny
    if height / width < target:
        grow = (width * target - height) / 2
        miny, maxy = miny - grow, maxy + grow
    else:
        grow = (height / target - width) / 2 / shrink
        minx, maxx = minx - grow, maxx + grow
    return (minx, miny, maxx, maxy)


def nice_length(max_km: float) -> float:
    """The largest 1-2-5 x 10^k length not above ``max_km`` (for the scale bar)."""
    exponent = math.floor(math.log10(max_km))
    if 10**exponent > max_km:  # log10 rounded up (999999.99... -> 6.0)
        exponent -= 1
    step = next(s for s in (5, 2, 1) if s * 10**exponent <= max_km)
    return float(step * 10**exponent)


def km_per_degree_lon(latitude: float) -> float:
    """Length of one degree of longitude at ``latitude`` (spherical approximation; <0.5 % off)."""
    return KM_PER_DEGREE * math.cos(math.radians(latitude))


def scale_bar(ax: Axes, lang: Lang) -> None:
    x0, x1 = ax.get_xlim()
    y0, y1 = ax.get_ylim()
    per_degree = km_per_degree_lon((y0 + y1) / 2)
    length_km = nice_length((x1 - x0) * per_degree * 0.25)
    length_deg = length_km / per_degree
    left, bottom = x1 - (x1 - x0) * 0.05 - length_deg, y0 + (y1 - y0) * 0.05
    height = (y1 - y0) * 0.012
    for i in range(4):
        fill = "black" if i % 2 == 0 else "white"
        ax.add_patch(Rectangle((left + i * length_deg / 4, bottom), length_deg / 4, height,
                               facecolor=fill, edgecolor="black", lw=0.6, zorder=9))
    above = bottom + height * 1.8
    label = f"{length_km:g} {t('km', lang)}"
    ax.text(left + length_deg, above, label, ha="center", va="bottom", fontsize=8, zorder=9)
    ax.text(left, above, "0", ha="center", va="bottom", fontsize=8, zorder=9)


def north_arrow(ax: Axes, lang: Lang) -> None:
    ax.annotate(t("north", lang), xy=(0.95, 0.95), xytext=(0.95, 0.83), xycoords="axes fraction",
                ha="center", va="center", fontsize=11, fontweight="bold", zorder=9,
                arrowprops={"facecolor": "black", "width": 3, "headwidth": 10, "headlength": 10})


def rings(geoms: Sequence[BaseGeometry]) -> list[np.ndarray]:
    """Every exterior and interior ring of the polygons in ``geoms``, as (n, 2) coordinate arrays."""
    rings: list[np.ndarray] = []
    for geom in geoms:
        polys, _, _ = parts(geom)
        for poly in polys:
            for part in getattr(poly, "geoms", [poly]):
                rings.append(np.asarray(part.exterior.coords)[:, :2])
                rings.extend(np.asarray(hole.coords)[:, :2] for hole in part.interiors)
    return rings


def fill(ax: Axes, geoms: Sequence[BaseGeometry], **style: object) -> None:
    """Fill polygons (holes stay open) as one compound path.

    Why not ``GeoSeries.plot``: it redraws the whole figure on every call (``draw_idle`` on a bare Agg
    canvas), which made a map with twenty designations take seconds.
    """
    found = rings(geoms)
    if found:
        path = Path.make_compound_path(*(Path(ring, closed=True) for ring in found))
        ax.add_patch(PathPatch(path, edgecolor="none", **style))


def outline(ax: Axes, geoms: Sequence[BaseGeometry], **style: object) -> None:
    """Draw the rings of polygons as lines."""
    found = rings(geoms)
    if found:
        ax.add_collection(LineCollection(found, **style))


def area_alpha(count: int, total: float = 0.35) -> float:
    """Opacity per area fill such that ``count`` fills stacked on one spot reach ``total`` opacity.

    Why: Taiyuan lies in fifteen area designations; at a fixed 0.25 each, the map turned solid brown.
    """
    return 1 - (1 - total) ** (1 / max(count, 1))
