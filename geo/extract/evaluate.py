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
    wanted = {(to_simplified(str(e["key"])), str(code)) for e in expected for code in e["adcodes"]}
    found = sum(1 for key, code in wanted if any(key in label and code in codes for label, codes in records))
    pairs = [(label, code) for label, codes in records for code in codes]
    correct = sum(1 for label, code in pairs if any(c == code and key in label for key, c in wanted))
    return Score(correct, len(pairs), found, len(wanted))
