"""The briefing's static map: matplotlib (Agg) + geopandas, no network, no tiles.

Why a PNG rather than vector drawing in each format: the same picture goes into the PDF, the DOCX and
the HTML (as a data: URI), so the three packs show the same map; at 200 dpi it prints sharply on A4.
The map carries what a printed map needs to stand alone: legend, scale bar (computed from the
latitude, in km), north arrow and the boundary attribution.
"""

from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass

import geopandas as gpd
from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Patch
from matplotlib.patheffects import withStroke
from matplotlib.text import Text
from matplotlib.transforms import Bbox
from shapely.geometry import Point, box
from shapely.geometry.base import BaseGeometry

from geo.briefing.fonts import FAMILY
from geo.briefing.labels import Lang, t
from geo.briefing.mapparts import area_alpha, fill, fit_view, north_arrow, outline, parts, scale_bar

KIND_COLOURS: dict[str, str] = {
    "area": "#e6550d",
    "axis": "#3182bd",
    "line": "#6baed6",
    "triangle": "#756bb1",
    "core": "#d62728",
    "site": "#31a354",
}
REGION_COLOUR = "#35506b"
NEIGHBOUR_COLOUR = "#e8e8e3"
LABEL_OFFSETS = (  # offset (points) and alignment of a number label around its anchor, in order of preference
    (6, -6, "left", "top"), (6, 6, "left", "bottom"), (-6, 6, "right", "bottom"), (-6, -6, "right", "top"),
    (0, -18, "center", "top"), (0, 18, "center", "bottom"),
)
PAD = 0.3  # fraction of the region's size added on each side
FIGSIZE = (7.2, 5.6)  # inches: full A4 text width at 200 dpi
AXES_BOX = (0.01, 0.06, 0.98, 0.93)  # left, bottom, width, height (figure fractions); attribution below


@dataclass(frozen=True)
class MapFeature:
    """One designation to draw: its table number, kind and geometry (WGS-84)."""

    number: int
    kind: str
    geometry: BaseGeometry | None
    seat: tuple[float, float] | None = None  # for a core: the seat the table marks (drawn as a star)


@dataclass(frozen=True)
class MapSpec:
    """Everything the map shows; built by :mod:`geo.briefing.build` from the sources."""

    region_name: str
    region_geometry: BaseGeometry | None
    seat: tuple[float, float] | None
    neighbours: gpd.GeoDataFrame  # columns: name, geometry
    features: Sequence[MapFeature]
    attribution: str
    lang: Lang
    extent: BaseGeometry | None = None  # what the frame must show; default: the region


def _view(spec: MapSpec) -> tuple[float, float, float, float]:
    """Lon/lat box around the region (or the designations, or the seat when nothing else is known)."""
    frame = spec.extent if spec.extent is not None and not spec.extent.is_empty else spec.region_geometry
    if frame is not None and not frame.is_empty:
        minx, miny, maxx, maxy = frame.bounds
    else:
        shapes = [f.geometry for f in spec.features if f.geometry is not None and not f.geometry.is_empty]
        if spec.seat is not None:
            shapes.append(Point(spec.seat).buffer(0.3))
        if not shapes:
            return (73.0, 18.0, 135.0, 54.0)  # China, when nothing can be placed
        minx, miny, maxx, maxy = gpd.GeoSeries(shapes).total_bounds
    dx, dy = max(maxx - minx, 0.2), max(maxy - miny, 0.2)
    return (minx - PAD * dx, miny - PAD * dy, maxx + PAD * dx, maxy + PAD * dy)


def _draw_feature(
    ax: Axes, feature: MapFeature, view: BaseGeometry, drawn: set[tuple[str, bytes]], alpha: float
) -> Point | None:
    """Draw one designation in its kind's style; returns where its number label goes.

    ``drawn`` remembers (kind, shape) already drawn: several designations often cover the same unit
    (a base, a demonstration zone and a cluster all on 昌吉州), and stacking their translucent fills
    would turn the region brown and hide it. Each shape is drawn once; the numbers say how many.
    """
    colour = KIND_COLOURS.get(feature.kind, "#636363")
    polys, lines, points = parts(feature.geometry)
    anchor: Point | None = None
    for poly in polys:
        clipped = poly.intersection(view)
        if clipped.is_empty:
            continue
        anchor = anchor or clipped.representative_point()
        key = ("area" if feature.kind == "area" else "outline", clipped.normalize().wkb)
        if key in drawn:
            continue
        drawn.add(key)
        if feature.kind == "area":
            fill(ax, [clipped], facecolor=colour, alpha=alpha, zorder=2)
        outline(ax, [clipped], color=colour, linewidth=1.3, linestyle="-" if feature.kind == "area" else "--",
                zorder=4)
    for line in lines:
        xs, ys = line.xy
        ax.plot(xs, ys, color=colour, linewidth=2.6, solid_capstyle="round", zorder=5)
        shown = line.intersection(view)  # label the part in the frame, even if the line runs beyond it
        if not shown.is_empty:
            anchor = shown.interpolate(0.5, normalized=True) if shown.geom_type == "LineString" else (
                shown.representative_point())
    if feature.kind == "core" and feature.seat is not None:
        points = [*points, Point(feature.seat)]
    for point in points:
        marker = "*" if feature.kind == "core" else "o"
        ax.plot(point.x, point.y, marker=marker, markersize=13 if marker == "*" else 8, color=colour,
                markeredgecolor="white", zorder=7)
        anchor = point if view.contains(point) else anchor
    return anchor


def _number_labels(
    ax: Axes, anchors: list[tuple[int, Point]], view: tuple[float, float, float, float]
) -> None:
    """Label designations with their table numbers; numbers at (almost) the same place share one label."""
    near = (view[2] - view[0]) * 0.04
    clusters: list[tuple[Point, list[int]]] = []
    for number, point in anchors:
        for anchor, numbers in clusters:
            if anchor.distance(point) < near:
                numbers.append(number)
                break
        else:
            clusters.append((point, [number]))
    renderer = ax.figure.canvas.get_renderer()  # type: ignore[attr-defined]
    placed: list[Bbox] = [t.get_window_extent(renderer) for t in ax.texts if t.get_text()]
    for anchor, numbers in clusters:
        text = _wrap_numbers(numbers)
        label = None
        for dx, dy, ha, va in LABEL_OFFSETS:  # first position that overlaps no earlier label
            if label is not None:
                label.remove()
            label = ax.annotate(text, xy=(anchor.x, anchor.y), xytext=(dx, dy), textcoords="offset points",
                                ha=ha, va=va, fontsize=9, fontweight="bold", zorder=10,
                                bbox={"boxstyle": "round,pad=0.2", "facecolor": "white", "edgecolor": "#444",
                                      "lw": 0.6})
            box_ = label.get_window_extent(renderer)
            if not any(box_.overlaps(other) for other in placed):
                break
        if label is not None:
            placed.append(label.get_window_extent(renderer))


def _wrap_numbers(numbers: list[int], per_line: int = 5) -> str:
    """"1,2,3,4,5\n6,7" — long clusters on several short lines rather than one wide label."""
    lines = [numbers[i : i + per_line] for i in range(0, len(numbers), per_line)]
    return "\n".join(",".join(str(n) for n in line) for line in lines)


def render_map(spec: MapSpec, *, dpi: int = 200) -> bytes:
    """Draw the map described by ``spec`` and return it as PNG bytes."""
    # A bare Figure (no pyplot) and fonts set per text object, not in rcParams: a Streamlit server
    # renders from several threads, and pyplot's figure list and rcParams are process-wide.
    x0, y0, x1, y1 = fit_view(_view(spec), FIGSIZE, AXES_BOX)
    fig = Figure(figsize=FIGSIZE, dpi=dpi)
    FigureCanvasAgg(fig)
    ax = fig.add_axes(AXES_BOX)
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    ax.set_aspect(1 / math.cos(math.radians((y0 + y1) / 2)), adjustable="box")
    view = box(x0, y0, x1, y1)
    ax.set_facecolor("#f4f7fa")
    if len(spec.neighbours):
        shown = spec.neighbours[spec.neighbours.intersects(view)]
        fill(ax, list(shown.geometry), facecolor=NEIGHBOUR_COLOUR, zorder=1)
        outline(ax, list(shown.geometry), color="white", linewidth=1.0, zorder=1.1)
        for name, geom in zip(shown["name"], shown.geometry, strict=True):
            inside = geom.intersection(view)
            if inside.area > view.area * 0.01:
                spot = inside.representative_point()
                ax.text(spot.x, spot.y, str(name), ha="center", va="center", fontsize=7.5,
                        color="#555", zorder=6, path_effects=[withStroke(linewidth=2, foreground="white")])
    if spec.extent is not None and not spec.extent.is_empty:  # the parent whose designations are shown
        outline(ax, [spec.extent], color="#555", linewidth=1.6, linestyle=(0, (6, 3)), zorder=4)
    if spec.region_geometry is not None and not spec.region_geometry.is_empty:
        fill(ax, [spec.region_geometry], facecolor=REGION_COLOUR, alpha=0.3, zorder=3)
        outline(ax, [spec.region_geometry], color=REGION_COLOUR, linewidth=2.4, zorder=4.5)
        spot = spec.region_geometry.representative_point()
        ax.annotate(spec.region_name, xy=(spot.x, spot.y), xytext=(0, 5), textcoords="offset points",
                    ha="center", va="bottom", fontsize=11, fontweight="bold", color="#1b2a38", zorder=8,
                    path_effects=[withStroke(linewidth=3, foreground="white")])
    elif spec.seat is not None:
        ax.plot(*spec.seat, marker="s", color=REGION_COLOUR, markersize=8, zorder=8)
        ax.text(spec.seat[0], spec.seat[1], spec.region_name, ha="left", va="bottom", fontsize=11,
                fontweight="bold", zorder=8)
    anchors = []
    drawn: set[tuple[str, bytes]] = set()
    alpha = area_alpha(sum(1 for f in spec.features if f.kind == "area" and f.geometry is not None))
    for feature in spec.features:
        anchor = _draw_feature(ax, feature, view, drawn, alpha)
        if anchor is not None:
            anchors.append((feature.number, anchor))
    _set_fonts(fig)  # before measuring label extents
    _number_labels(ax, anchors, (x0, y0, x1, y1))
    ax.set_xlim(x0, x1)
    ax.set_ylim(y0, y1)
    _legend(ax, spec)
    scale_bar(ax, spec.lang)
    north_arrow(ax, spec.lang)
    ax.set_xticks([])
    ax.set_yticks([])
    ax.set_xlabel("")
    ax.set_ylabel("")
    fig.text(0.01, 0.005, spec.attribution, fontsize=6, color="#444", ha="left", va="bottom", wrap=True)
    _set_fonts(fig)
    return _png(fig, dpi)


def _set_fonts(fig: Figure) -> None:
    """Noto Sans CJK SC on every text of the figure (DejaVu for anything it lacks)."""
    for text in fig.findobj(Text):
        text.set_fontfamily([FAMILY, "DejaVu Sans"])


def _png(fig: Figure, dpi: int) -> bytes:
    """PNG without an alpha channel: PDF viewers then need no soft mask, and Word prints it as is."""
    from PIL import Image

    raw = io.BytesIO()
    fig.savefig(raw, format="png", dpi=dpi, facecolor="white")
    raw.seek(0)
    out = io.BytesIO()
    Image.open(raw).convert("RGB").save(out, format="PNG", optimize=True)
    return out.getvalue()


def _legend(ax: Axes, spec: MapSpec) -> None:
    lang = spec.lang
    handles: list[Patch | Line2D] = [
        Patch(facecolor=REGION_COLOUR, alpha=0.5, edgecolor=REGION_COLOUR, label=spec.region_name),
        Patch(facecolor=NEIGHBOUR_COLOUR, edgecolor="#bbb", label=t("legend.neighbour", lang)),
    ]
    kinds = list(dict.fromkeys(f.kind for f in spec.features if f.geometry is not None))
    for kind in kinds:
        colour = KIND_COLOURS.get(kind, "#636363")
        label = t(f"kind.{kind}", lang)
        if kind == "area":
            handles.append(Patch(facecolor=colour, alpha=0.35, edgecolor=colour, label=label))
        elif kind in ("axis", "line"):
            handles.append(Line2D([], [], color=colour, linewidth=2.6, label=label))
        elif kind == "core":  # member outline (dashed) and seat star
            handles.append(Line2D([], [], color=colour, marker="*", linestyle="--", markersize=10, label=label))
        elif kind == "site":
            handles.append(Line2D([], [], color=colour, marker="o", linestyle="none", markersize=8, label=label))
        else:
            handles.append(Line2D([], [], color=colour, linestyle="--", label=label))
    ax.legend(handles=handles, loc="lower left", fontsize=8, framealpha=0.92).set_zorder(20)
