"""Known-answer table: mention (+ province/context) -> expected adcodes, from tests/data/known_answers.csv.

Covers every place named in the five seed documents, other provinces, abbreviations, regional names, former
names and duplicate names. `kind` says what the top answer must be: a unit, a historical name, a composite, a
region, a rule reading, `ambiguous` (all listed codes among the tied top candidates) or `none`.
"""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pytest

from geo.resolver import resolve

TABLE = Path(__file__).parent / "data" / "known_answers.csv"
ROWS = list(csv.DictReader(TABLE.open(encoding="utf-8")))


def test_table_is_large_enough() -> None:
    assert len(ROWS) >= 150
    provinces = {r["expected"][:2] for r in ROWS if r["expected"]}
    assert len(provinces - {"65", "14"}) >= 5


@pytest.mark.parametrize("row", ROWS, ids=[f"{r['mention'].strip()}|{r['province']}|{r['context']}" for r in ROWS])
def test_known_answer(row: dict[str, str]) -> None:
    cands = resolve(row["mention"], province=row["province"] or None, context=row["context"] or None)
    expected = [c for c in row["expected"].split("|") if c]
    kind = row["kind"]
    if kind == "none":
        assert cands == [], [c.name for c in cands]
        return
    assert cands, f"no candidate for {row['mention']!r}"
    top = cands[0]
    if kind == "ambiguous":
        tied = {code for c in cands if c.ambiguous for code in c.adcodes}
        assert top.ambiguous, f"expected ambiguous, got {top.name} ({top.reason})"
        assert set(expected) <= tied, (expected, tied)
        return
    assert not top.ambiguous, [(c.adcodes, c.reason) for c in cands[:3]]
    assert list(top.adcodes) == expected, (top.adcodes, top.reason)
    if kind == "unit":
        assert top.kind == "unit"
    else:
        assert top.kind == kind, (top.kind, top.reason)
    assert top.reason


def test_cli_json_contract() -> None:
    out = subprocess.run(
        [sys.executable, "-m", "geo", "resolve", "乌昌石", "--province", "新疆", "--json"],
        capture_output=True, text=True, check=True,
    )
    data = json.loads(out.stdout)
    assert data[0]["adcodes"] == ["650100", "652300", "659001"]
    assert {"adcodes", "name", "kind", "reason"} <= set(data[0])
    assert all(isinstance(c, str) and len(c) == 6 for c in data[0]["adcodes"])


def test_cli_unknown_is_one_line_error() -> None:
    out = subprocess.run([sys.executable, "-m", "geo", "resolve", "不存在的地方"],
                         check=False, capture_output=True, text=True)
    assert out.returncode != 0
    assert "Traceback" not in out.stderr
    assert len(out.stderr.strip().splitlines()) == 1
