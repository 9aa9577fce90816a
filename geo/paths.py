"""Where things live: shipped tables (read-only) and the built cache (writable).

The cache directory can be moved with ``LAYOUT_ATLAS_CACHE`` so that tests and read-only installs
can keep built artefacts elsewhere; nothing is ever written into site-packages.
"""

from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
REPO_DIR = PACKAGE_DIR.parent
LAYERS_DIR = REPO_DIR / "layers"
CORPUS_DIR = REPO_DIR / "corpus"


def cache_dir() -> Path:
    """Directory for built artefacts (boundary cache); created on demand."""
    env = os.environ.get("LAYOUT_ATLAS_CACHE")
    path = Path(env) if env else REPO_DIR / ".cache" / "layout-atlas"
    path.mkdir(parents=True, exist_ok=True)
    return path
