"""Saving a layer file: atomic, and never losing a reviewed layer without a backup.

Why: reviewed layers are hours of a planner's work. When the app or the extractor writes over a file
that holds reviewed records, the previous version is kept as ``NAME.yaml.bak`` (one generation), so an
accidental overwrite can be undone; the write itself is atomic (:mod:`geo.atomic`).
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from geo import atomic

_REVIEWED = re.compile(r"^\s*(-\s+)?review:\s*[\"']?reviewed[\"']?\s*(#.*)?$", re.MULTILINE)


def has_reviewed_records(path: str | os.PathLike[str]) -> bool:
    """True when the file at ``path`` exists and contains a ``review: reviewed`` line."""
    try:
        text = Path(path).read_text(encoding="utf-8", errors="replace")
    except FileNotFoundError:
        return False
    return bool(_REVIEWED.search(text))


def save_layer_text(path: str | os.PathLike[str], text: str) -> Path:
    """Write layer YAML ``text`` to ``path`` atomically; back up a previous reviewed version first."""
    return atomic.write_text(path, text, backup=has_reviewed_records(path))
