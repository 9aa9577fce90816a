"""The explorer's cached library calls, in a module of their own so that two callers share one cache.

``app.py`` runs as a fresh ``__main__`` module on every rerun, and Streamlit keys ``st.cache_*`` entries by
the function's module and source; functions defined there could only ever be filled by the page itself.
Defined here, the same entries are filled by the server's start-up (:func:`app_server.warm`) before the
first visitor arrives and read by the page, so nobody waits for the table or the map payload.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import streamlit as st

from geo.mapview import Basemap, atlas_payload, explore, gcj02_transform, map_bounds, publish, select


def layer_paths() -> tuple[str, ...] | None:
    """Layer files from ``LAYOUT_ATLAS_LAYERS`` (a directory or a file), else None (= ``layers/``)."""
    env = os.environ.get("LAYOUT_ATLAS_LAYERS", "").strip()
    if not env:
        return None
    path = Path(env)
    if path.is_dir():
        return tuple(str(p) for p in sorted(path.glob("*.yaml")))
    return (str(path),)


@st.cache_resource(show_spinner=False, max_entries=16)
def load_table(paths: tuple[str, ...] | None, key: str, session: str, _extra: tuple[Any, ...] = ()) -> Any:
    """The designation table plus session layers (``key``/``session`` are content hashes, so edits reload)."""
    from geo.table import load_table as _load

    return _load(list(paths) if paths is not None else None, extra=_extra)


def table_key(paths: tuple[str, ...] | None) -> str:
    from geo.table import table_key as _key

    return _key(list(paths) if paths is not None else None)


@st.cache_resource(show_spinner=False)
def boundary_frames(provinces: tuple[str, ...]) -> dict[str, Any]:
    """Reference boundaries of the provinces shown (:func:`geo.mapview.explore.reference_boundaries`)."""
    return explore.reference_boundaries(provinces)


@st.cache_data(show_spinner=False, max_entries=64)
def map_payload(
    tkey: str, skey: str, filters: select.Filters, basemap: Basemap, lang: str, _shown: Any, _boundaries: Any
) -> tuple[dict[str, Any], list[list[float]]]:
    """The map's data for one view (keyed by table content, session layers, filters, basemap, language)."""
    transform = gcj02_transform() if basemap.shift_gcj02 else None
    attributions = [explore.boundary_attribution(lang)] if _boundaries else []
    payload = atlas_payload(
        _shown, _boundaries, lang=lang, transform=transform, attributions=attributions, publish=publish.publish
    )
    return payload, map_bounds(_shown, _boundaries)


@dataclass(frozen=True)
class MapData:
    """What the map of one view needs: the rows shown, their boundaries and the published payload."""

    shown: Any
    boundary_error: str
    payload: dict[str, Any]
    bounds: list[list[float]]


def map_data(table: Any, tkey: str, skey: str, filters: select.Filters, basemap: Basemap, lang: str) -> MapData:
    """The one path from (table, filters, basemap, language) to the map's data, for the page and the warm-up."""
    shown = select.apply(table.gdf, filters)
    boundaries, error = explore.safe_boundaries(boundary_frames, shown if len(shown) else table.gdf)
    payload, bounds = map_payload(tkey, skey, filters, basemap, lang, shown, boundaries)
    return MapData(shown=shown, boundary_error=error, payload=payload, bounds=bounds)


def warm_default_view(lang: str = "zh") -> MapData:
    """Fill the caches a new visitor's first page reads: the bundled table and the default map's payload."""
    paths = layer_paths()
    tkey = table_key(paths)
    skey = explore.session_key(())
    table = load_table(paths, tkey, skey, ())
    return map_data(table, tkey, skey, select.Filters(), Basemap.NONE, lang)
