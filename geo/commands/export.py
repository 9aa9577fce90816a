"""``python -m geo export --out FILE [--format F] [--layers PATHS...]``: write the designation table.

Layer problems are printed on stderr (errors always, warnings with ``--verbose``) and the export goes
ahead with what loaded, because one broken record should not block a planner's GeoPackage;
``--strict`` refuses to write when any layer has an error. The last line on stdout says what was written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from geo.errors import LayerError


def add_parser(sub: Any) -> None:
    """Register the ``export`` sub-command."""
    p = sub.add_parser(
        "export",
        help="export designations (GeoJSON, GeoPackage, Shapefile, CSV, KML)",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("--out", required=True, help="output file (format from the extension unless --format)")
    p.add_argument("--format", choices=("geojson", "gpkg", "shp", "csv", "kml"), help="default: by extension")
    p.add_argument("--layers", nargs="+", metavar="PATH", help="layer files or folders (default: layers/*.yaml)")
    p.add_argument("--lod", choices=("fine", "medium", "coarse"), default="medium", help="boundary detail")
    p.add_argument("--strict", action="store_true", help="do not write anything if a layer has an error")
    p.add_argument("--verbose", action="store_true", help="print warnings too")
    p.set_defaults(func=run)


def layer_paths(given: list[str] | None) -> list[Path] | None:
    """``--layers`` values: files as given, folders expanded to their ``*.yaml`` (sorted)."""
    if given is None:
        return None
    out: list[Path] = []
    for item in given:
        path = Path(item)
        out.extend(sorted(path.glob("*.yaml")) if path.is_dir() else [path])
    return out


def run(args: argparse.Namespace) -> int:
    """Load the table, report problems, write the file, print a summary line."""
    from geo.exporters import export, format_for
    from geo.table import load_table

    fmt = format_for(args.out, args.format)
    table = load_table(layer_paths(args.layers), lod=args.lod)
    if table.errors and table.gdf.empty:  # nothing usable: one error line, nothing written
        first = table.errors[0]
        more = f"; {len(table.errors) - 1} more error(s)" if len(table.errors) > 1 else ""
        raise LayerError(first.path, first.line, f"{first.message} (no layer loaded; nothing written{more})")
    for problem in table.problems:
        if problem.is_error or args.verbose:
            print(f"{problem.severity}: {problem}", file=sys.stderr)
    errors = table.errors
    if errors and args.strict:
        first = errors[0]
        raise LayerError(first.path, first.line, f"{first.message} ({len(errors)} error(s); nothing written)")
    summary = export(table, args.out, fmt)
    warnings_n = len(table.problems) - len(errors)
    print(f"{summary}; {len(errors)} layer errors, {warnings_n} warnings")
    return 0
