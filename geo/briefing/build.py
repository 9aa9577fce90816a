"""Build a complete briefing (content + map) for one region from the sources.

Why the map is rendered here and not in the writers: the three formats embed the same picture, so it is
drawn once per briefing, and a writer never needs the sources.
"""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date

import geopandas as gpd
from shapely.geometry import box

from geo.briefing.content import assemble
from geo.briefing.labels import Lang, check_lang, t
from geo.briefing.mapimage import MapFeature, MapSpec, render_map
from geo.briefing.model import Briefing
from geo.briefing.region import current_code, resolve_region
from geo.briefing.sources import Sources, default_sources

CONTEXT = 1.0  # the map shows units of the region's level within this many region-widths around it


def neighbours(sources: Sources, adcode: str, level: str, geometry: object) -> gpd.GeoDataFrame:
    """Units of the region's level around it (any province), with a ``name`` column, for context.

    Not only those touching it: enclaves and units just beyond a neighbour would otherwise leave
    blank holes in the frame, which readers take for missing data.
    """
    frame = sources.units_frame(level)
    if geometry is None or frame is None or not len(frame):
        return gpd.GeoDataFrame({"adcode": [], "name": []}, geometry=[], crs="EPSG:4326")
    minx, miny, maxx, maxy = geometry.bounds  # type: ignore[attr-defined]
    dx, dy = (maxx - minx) * CONTEXT, (maxy - miny) * CONTEXT
    probe = box(minx - dx, miny - dy, maxx + dx, maxy + dy)
    near = frame.iloc[list(frame.sindex.query(probe, predicate="intersects"))]
    near = near[near["adcode"].astype(str) != adcode].copy()
    if "name" not in near.columns:
        near["name"] = [getattr(sources.unit(str(c)), "name", str(c)) for c in near["adcode"]]
    return near


def _seat(row: dict[str, object]) -> tuple[float, float] | None:
    """The table's seat point of a designation (``seat_lon``/``seat_lat``), if it has one."""
    lon, lat = row.get("seat_lon"), row.get("seat_lat")
    if isinstance(lon, int | float) and isinstance(lat, int | float) and not (math.isnan(lon) or math.isnan(lat)):
        return (float(lon), float(lat))
    return None


def map_spec(briefing: Briefing, sources: Sources) -> MapSpec:
    """What the map shows: the region, its neighbours and the listed designations."""
    code = briefing.region.adcode
    unit = sources.unit(code)
    geometry = sources.boundary(code)
    ids = {e.id: e for e in briefing.entries}
    rows = sources.designations[sources.designations["id"].isin(list(ids))]
    geoms = dict(zip(rows["id"], rows.geometry, strict=True))
    seats = {row["id"]: _seat(row) for row in rows.to_dict("records")}
    features = [MapFeature(e.number, e.kind, geoms.get(e.id), seats.get(e.id)) for e in briefing.entries]
    seat = getattr(unit, "seat", None)
    level = briefing.region.level
    # a fallback to the parent's designations frames the parent, so they are on the map at all
    extent = None if briefing.own else sources.boundary(briefing.subject.adcode)
    return MapSpec(
        region_name=briefing.region.name,
        region_geometry=geometry,
        seat=tuple(seat) if seat else None,
        neighbours=neighbours(sources, code, level, extent if extent is not None else geometry),
        features=features,
        attribution=briefing.attribution,
        lang=briefing.lang,
        extent=extent,
    )


def build_briefing(
    region: str,
    lang: str = "zh",
    *,
    sources: Sources | None = None,
    generated: date | None = None,
    with_map: bool = True,
) -> Briefing:
    """The briefing for ``region`` (adcode or name) in ``lang`` (``zh``/``en``), map included.

    Raises :class:`~geo.errors.UnknownPlaceError` / :class:`~geo.errors.AmbiguousPlaceError` for names
    that do not pick out exactly one unit.
    """
    language: Lang = check_lang(lang)
    src = sources or default_sources()
    adcode, retired = current_code(src, resolve_region(region, src))
    briefing = assemble(src, adcode, language, generated)
    notices = list(briefing.notices)
    if retired is not None:
        notices.append(t("notice.retired", language, old=retired.name, old_code=retired.adcode,
                         change=getattr(retired, "change", "") or "—", new=briefing.region.name, new_code=adcode))
    if src.boundary(adcode) is None:
        notices.append(t("notice.no_boundary", language, name=briefing.region.name))
    briefing = replace(briefing, notices=tuple(notices))
    if not with_map:
        return briefing
    return replace(briefing, map_png=render_map(map_spec(briefing, src)))
