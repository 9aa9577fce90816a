"""Filters and place search over the designation table (the app only draws the widgets).

Filtering works on table columns; "touches a place" works on adcodes, not geometry: a designation touches
a unit when one of its members is that unit, lies inside it (a county of a searched prefecture) or
contains it (the prefecture of a searched county). Adcodes say this exactly, where polygons of enclaves
and simplified borders would not.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

FILTER_FIELDS: tuple[str, ...] = ("province", "doc", "industry", "kind", "status", "year")


def _level_prefix(code: str) -> str:
    """The prefix every unit inside ``code`` shares (province 65, prefecture 6523, county itself)."""
    if code.endswith("0000"):
        return code[:2]
    if code.endswith("00"):
        return code[:4]
    return code


def within(inner: str, outer: str) -> bool:
    """True when unit ``inner`` is ``outer`` or lies inside it (by GB/T 2260 code structure)."""
    return inner.startswith(_level_prefix(outer))


def touches(members: Iterable[str], places: Iterable[str]) -> bool:
    """True when any member is, lies in, or contains any of ``places``."""
    places = list(places)
    return any(within(m, p) or within(p, m) for m in members for p in places)


def _members(value: Any) -> list[str]:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    return [str(v) for v in value]


def province_codes(row: pd.Series) -> list[str]:
    """Province adcodes a designation belongs to: from its members, else the document's region."""
    codes = {m[:2] + "0000" for m in _members(row.get("members")) if len(m) == 6}
    region = row.get("doc_region")
    if not codes and isinstance(region, str) and len(region) == 6:
        codes = {region[:2] + "0000"}
    return sorted(codes)


def year_of(row: pd.Series) -> int | None:
    """The document's year as an int (None when unknown)."""
    value = row.get("doc_year")
    try:
        return int(value)
    except (TypeError, ValueError):
        return None


@dataclass(frozen=True)
class Filters:
    """Chosen values per field; an empty tuple means "all"."""

    province: tuple[str, ...] = ()
    doc: tuple[str, ...] = ()
    industry: tuple[str, ...] = ()
    kind: tuple[str, ...] = ()
    status: tuple[str, ...] = ()
    year: tuple[int, ...] = ()

    def is_empty(self) -> bool:
        return not any(getattr(self, f) for f in FILTER_FIELDS)


def _column_values(gdf: pd.DataFrame, column: str) -> list[str]:
    if column not in gdf:
        return []
    return sorted({str(v) for v in gdf[column].dropna() if str(v) != ""})


def options(gdf: pd.DataFrame) -> dict[str, list[Any]]:
    """Values each filter can take in ``gdf`` (provinces as adcodes, years as ints)."""
    provinces = sorted({p for _, row in gdf.iterrows() for p in province_codes(row)})
    years = sorted({y for _, row in gdf.iterrows() if (y := year_of(row)) is not None})
    return {
        "province": provinces,
        "doc": list(dict.fromkeys(str(d) for d in gdf["doc"])) if "doc" in gdf else [],
        "industry": _column_values(gdf, "industry"),
        "kind": _column_values(gdf, "kind"),
        "status": _column_values(gdf, "status"),
        "year": years,
    }


def mask(gdf: pd.DataFrame, filters: Filters) -> pd.Series:
    """Boolean mask of the rows that pass every non-empty filter."""
    keep = pd.Series(True, index=gdf.index)
    if filters.province:
        chosen = set(filters.province)
        keep &= gdf.apply(lambda r: bool(chosen & set(province_codes(r))), axis=1).astype(bool)
    for name in ("doc", "industry", "kind", "status"):
        values = getattr(filters, name)
        if values and name in gdf:
            keep &= gdf[name].astype(str).isin(values)
    if filters.year:
        years = set(filters.year)
        keep &= gdf.apply(lambda r: year_of(r) in years, axis=1).astype(bool)
    return keep


def apply(gdf: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    """The rows of ``gdf`` that pass ``filters`` (all rows when no filter is set)."""
    if filters.is_empty() or len(gdf) == 0:
        return gdf
    return gdf[mask(gdf, filters)]


@dataclass(frozen=True)
class PlaceHit:
    """A place search result: the unit(s) found, other readings, and every designation touching them."""

    query: str
    name: str
    adcodes: tuple[str, ...]
    ids: tuple[str, ...]
    alternatives: tuple[str, ...] = field(default_factory=tuple)


def designations_touching(gdf: pd.DataFrame, adcodes: Sequence[str]) -> list[str]:
    """Ids of designations (any document) with a member that is, lies in or contains one of ``adcodes``."""
    return [str(r["id"]) for _, r in gdf.iterrows() if touches(_members(r.get("members")), adcodes)]


def search_place(query: str, gdf: pd.DataFrame, resolve: Any = None) -> PlaceHit | None:
    """Resolve ``query`` with the gazetteer and list the designations that touch the best reading.

    ``resolve`` defaults to :func:`geo.resolver.resolve` (injectable for tests). None when nothing matches.
    """
    text = query.strip()[:40]
    if not text:
        return None
    if resolve is None:
        from geo.resolver import resolve
    candidates = resolve(text)
    if not candidates:
        return None
    best = candidates[0]
    others = tuple(c.name for c in candidates[1:4])
    return PlaceHit(text, best.name, tuple(best.adcodes), tuple(designations_touching(gdf, best.adcodes)), others)
