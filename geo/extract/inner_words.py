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

#: 南部 is a direction before a kind of area (（三）南部片区。, 南部山区, 南部新城) and 南部县's short name elsewhere
#: (在南部县…, 南充、南部): the dictionary lists 西南部 and 东南部 but not these compounds of the bare word.
DIRECTIONS = frozenset(
    "南部" + area for area in ("片区", "地区", "区域", "山区", "城区", "新城", "新区", "沿海", "边境", "丘陵", "平原",
                               "板块", "组团", "县市", "市县", "各县", "城市", "园区")
)


@functools.cache
def inner_words(path: Path = TABLE) -> frozenset[str]:
    """The words of the table and :data:`DIRECTIONS` (only those when the table is absent: the hand-listed block
    words still apply)."""
    if not path.is_file():
        return DIRECTIONS
    with path.open(encoding="utf-8", newline="") as f:
        return DIRECTIONS | frozenset(row["word"] for row in csv.DictReader(f) if row.get("word"))
