"""Ordinary words that contain a place's short name (合作社, 水资源, 钱塘江, 北京大学), read as block words.

The table (``geo/data/inner_words.csv``) is derived from a general dictionary by
``scripts/derive_inner_words.py``, whose docstring says which words are taken and why each rule keeps a place a
plan might mean. The place automaton adds these words beside :data:`geo.extract.filters.BLOCK_WORDS`, so the
ordinary word — the longer match — swallows the short name inside it instead of becoming a place.
"""

from __future__ import annotations

import csv
import functools
from pathlib import Path

from geo.paths import DATA_DIR

TABLE = DATA_DIR / "inner_words.csv"


@functools.cache
def inner_words(path: Path = TABLE) -> frozenset[str]:
    """The words of the table (empty when the table is absent: the hand-listed block words still apply)."""
    if not path.is_file():
        return frozenset()
    with path.open(encoding="utf-8", newline="") as f:
        return frozenset(row["word"] for row in csv.DictReader(f) if row.get("word"))
