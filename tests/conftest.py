"""Shared fixtures."""

from __future__ import annotations

from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "corpus" / "seeds"


@pytest.fixture(scope="session")
def seed_texts() -> dict[str, str]:
    """The five bundled seed documents, by file stem."""
    texts = {p.stem: p.read_text(encoding="utf-8") for p in sorted(SEEDS.glob("*.txt"))}
    assert len(texts) == 5, f"expected 5 seed documents in {SEEDS}"
    return texts


@pytest.fixture(scope="session")
def index():
    """One place index (gazetteer automaton + resolver) for the extraction tests that do not build their own."""
    from geo.extract import PlaceIndex

    return PlaceIndex()
