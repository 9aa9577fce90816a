"""tests/heldout: the documents the extractor is never tuned on (tests/heldout/README.md says why).

Only what must hold whatever the extractor's score: the expected tables are well formed (every key is in the
text, every adcode a current GB/T 2260 code, a distractor is never also expected), and what the extractor
quotes is the document as written. No precision/recall threshold: that would invite fixing rules against them;
`bench/extract_quality.py` prints their figures.
"""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
import yaml

from geo.extract import PlaceIndex, extract_document
from geo.extract.writer import layer_mapping
from geo.textio import read_document, to_simplified

HERE = Path(__file__).resolve().parent
HELDOUT = HERE / "heldout"
#: blind batches whose misses were read (tests/opened/README.md): the same checks, no threshold either
OPENED = HERE / "opened"
EXPECTED = sorted(HELDOUT.glob("*.expected.yaml")) + sorted(OPENED.glob("*.expected.yaml"))
UNITS = HERE.parent / "geo" / "data" / "units.csv"


def _codes() -> set[str]:
    with UNITS.open(encoding="utf-8") as f:
        return {row["adcode"] for row in csv.DictReader(f)}


@pytest.fixture(scope="module")
def index() -> PlaceIndex:
    return PlaceIndex()


def test_there_is_a_held_out_set() -> None:
    assert len(list(HELDOUT.glob("*.expected.yaml"))) >= 6
    for path in EXPECTED:
        assert path.with_name(path.name.replace(".expected.yaml", ".txt")).is_file()


@pytest.mark.parametrize("expected_path", EXPECTED, ids=lambda p: p.name.split(".")[0])
def test_held_out_tables_are_well_formed(expected_path: Path) -> None:
    table = yaml.safe_load(expected_path.read_text(encoding="utf-8"))
    text = to_simplified(expected_path.with_name(expected_path.name.replace(".expected.yaml", ".txt")).read_text(
        encoding="utf-8"))
    codes = _codes()
    assert table["province"] in codes
    expected_codes: set[str] = set()
    for item in table["designations"]:
        keys = item["key"] if isinstance(item["key"], list) else [item["key"]]
        assert any(to_simplified(str(k)) in text for k in keys), item
        for code in item["adcodes"]:
            assert isinstance(code, str) and len(code) == 6 and code.isdigit(), item
            assert code in codes, f"{code} is not a current code: {item}"
            expected_codes.add(code)
    assert not expected_codes & set(table.get("never", [])), "a distractor is also expected"


@pytest.mark.parametrize("expected_path", EXPECTED, ids=lambda p: p.name.split(".")[0])
def test_held_out_quotes_are_the_document_as_written(index: PlaceIndex, expected_path: Path) -> None:
    doc_path = expected_path.with_name(expected_path.name.replace(".expected.yaml", ".txt"))
    doc = read_document(doc_path)
    mapping = layer_mapping(extract_document(doc, index), str(doc_path))
    assert mapping["designations"]
    for record in mapping["designations"]:
        start, end = record["span"]
        assert doc.text[start:end] == record["quote"]

