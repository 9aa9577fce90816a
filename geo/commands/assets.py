"""``python -m geo assets``: copy vendored front-end files into ``static/vendor/`` (:mod:`geo.assets`)."""

from __future__ import annotations

import argparse
from pathlib import Path

from geo import assets


def add_parser(sub: argparse._SubParsersAction) -> None:
    """Register the ``assets`` sub-command."""
    p = sub.add_parser("assets", help="copy Leaflet & co. from node_modules/ into static/vendor/ (offline map)")
    p.add_argument("--node-modules", type=Path, default=assets.NODE_MODULES, help="npm install directory")
    p.add_argument("--dest", type=Path, default=assets.VENDOR_DIR, help="target directory (static/vendor)")
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    """Copy, then check every URL the map loads resolves to a file."""
    written = assets.copy_assets(args.node_modules, args.dest)
    gone = assets.missing(args.dest.parent)
    if gone:
        print("missing after copy: " + ", ".join(gone))
        return 1
    print(f"{len(written)} front-end files copied into {args.dest}")
    return 0
