"""(designation, adcode) precision and recall, as the acceptance check counts them.

A place counts when the right adcode is attached to a designation whose ``name``, ``group`` or
``industry`` names it (the first 40 characters of each are read). Expected designations are given as
``key`` words plus adcodes; texts are compared in Simplified script so that a Traditional document's
designations (quoted as written) are matched too.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from geo.textio import to_simplified

FIELD_CHARS = 40


@dataclass(frozen=True)
class Score:
    """Counts and the derived precision / recall / F1.

    ``correct`` of the ``predicted`` (designation, adcode) pairs are right; ``found`` of the
    ``expected`` pairs were produced."""

    correct: int
    predicted: int
    found: int
    expected: int

    @property
    def precision(self) -> float:
        return self.correct / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.found / self.expected if self.expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: Score) -> Score:
        return Score(self.correct + other.correct, self.predicted + other.predicted,
                     self.found + other.found, self.expected + other.expected)


def _label(record: Mapping[str, Any]) -> str:
    parts = [str(record.get(f) or "")[:FIELD_CHARS] for f in ("name", "group", "industry")]
    return to_simplified("\u0001".join(parts))


def score(predicted: Iterable[Mapping[str, Any]], expected: Sequence[Mapping[str, Any]]) -> Score:
    """``predicted``: records with name/group/industry/members; ``expected``: {key, adcodes} items.

    Recall counts expected (key, adcode) pairs found; precision counts predicted (record, adcode)
    pairs that some expected pair with the same adcode names."""
    records = [(_label(r), {str(m) for m in r.get("members", ())}) for r in predicted]
    wanted = {(_keys(e), str(code)) for e in expected for code in e["adcodes"]}
    found = sum(1 for keys, code in wanted
                if any(code in codes and any(k in label for k in keys) for label, codes in records))
    pairs = [(label, code) for label, codes in records for code in codes]
    correct = sum(1 for label, code in pairs if any(c == code and any(k in label for k in keys) for keys, c in wanted))
    return Score(correct, len(pairs), found, len(wanted))


def _keys(item: Mapping[str, Any]) -> tuple[str, ...]:
    """An expected item's key, or its alternative keys (any one naming the designation counts)."""
    raw = item.get("key")
    keys = raw if isinstance(raw, list | tuple) else [raw]
    return tuple(to_simplified(str(k)) for k in keys if k)


def layer_expectations(designations: Iterable[Mapping[str, Any]]) -> list[dict[str, Any]]:
    """Expected {key, adcodes} items from reviewed layer records (those with members).

    A reviewed record is named by its industry (煤机, 特色产业集群) or by its name (乌鲁木齐综合保税区);
    either counts. Keys are cut to the 40 characters the acceptance check reads."""
    out = []
    for record in designations:
        members = [str(m) for m in record.get("members") or ()]
        if not members:
            continue
        keys = [str(record.get(f) or "")[:FIELD_CHARS] for f in ("industry", "name")]
        out.append({"key": [k for k in keys if k], "adcodes": members})
    return out
