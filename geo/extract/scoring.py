"""How sure the extractor is of a draft (0–1), from the frame that fired and how the places resolved.

Strong frames (以X为核心, 一线, 三角, a park named after a unit) are rarely wrong about the places;
enumerations and city roles more often pick up context. Ambiguous places and a count that does not
match the text lower the score, so a reviewer can sort by it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from geo.extract.frames import Hit
    from geo.extract.model import Draft

_BASE = {"以": 0.9, "一线": 0.9, "framework": 0.85, "等N个": 0.8, "重点发展": 0.7}


def confidence(draft: Draft, hit: Hit) -> float:
    """Score in [0.05, 0.99]."""
    score = 0.8
    for key, value in _BASE.items():
        if key in hit.rule:
            score = value
            break
    if hit.rule.startswith("…") and hit.rule != "…一线":
        score = 0.85 if draft.kind == "site" else 0.8
    if hit.rule.startswith("backstop"):  # no frame read the list; only its sentence's zone placed it
        score = 0.4
    if any(m.ambiguous for m in draft.mentions):
        score -= 0.25
    if any(m.name_kind == "weak" for m in draft.mentions):
        score -= 0.1
    if hit.count is not None and hit.count != len(hit.mentions):
        score -= 0.05
    if any(note.startswith("part ") for note in draft.notes):
        score += 0.05
    return round(min(0.99, max(0.05, score)), 2)
