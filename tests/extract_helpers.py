"""What the extraction rule tests share: one place index per session and a text's designation records.

Each batch of rules has its own test file (test_extract_rules_batchNN.py, written while other files were being
edited); they read documents the same way, so the reading lives here once.
"""

from __future__ import annotations

from geo.extract import PlaceIndex, extract_document
from geo.extract.writer import layer_mapping
from geo.textio import read_document


def records(index: PlaceIndex, text: str, name: str = "rule.txt") -> list[dict]:
    """The designation records ``geo extract`` writes for ``text`` (as a layer file would hold them)."""
    doc = read_document(text.encode("utf-8"), name=name)
    return list(layer_mapping(extract_document(doc, index), name)["designations"])
