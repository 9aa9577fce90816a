"""Records the extractor produces, before they are written in the shared layer schema.

Kept apart from :mod:`geo.layers.model` on purpose: a draft carries what a reviewer needs to judge it
(the ranked candidates of every ambiguous place, the rule that fired) and offsets into the document,
and only becomes a layer :class:`~geo.layers.model.Designation` when written (see :mod:`.writer`).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Reading:
    """One way to read a place mention: the adcodes it stands for and why."""

    adcodes: tuple[str, ...]
    name: str
    kind: str  # unit | historical | composite | region | rule
    reason: str
    score: float


@dataclass(frozen=True)
class Mention:
    """A place name found in the document, with its resolution (best reading first)."""

    start: int
    end: int
    surface: str  # as matched in search_text (Simplified)
    written: str  # as written in the document
    name_kind: str  # kind from the gazetteer name index (full, short, weak, composite, region, ...)
    readings: tuple[Reading, ...]
    ambiguous: bool = False

    @property
    def adcodes(self) -> tuple[str, ...]:
        """The adcodes of the best reading (empty when unresolved)."""
        return self.readings[0].adcodes if self.readings else ()

    @property
    def level(self) -> str:
        """province / prefecture / county from the first code (regions count as their members' level)."""
        codes = self.adcodes
        if not codes:
            return ""
        code = codes[0]
        if code.endswith("0000"):
            return "province"
        return "prefecture" if code.endswith("00") else "county"


@dataclass(frozen=True)
class Draft:
    """One extracted designation (one per designated place role), with offsets into the document."""

    group: str
    name: str
    kind: str
    industry: str
    mentions: tuple[Mention, ...]
    start: int  # quote span (sentence) in the document
    end: int
    status: str = "planned"
    section: str = ""
    confidence: float = 0.5
    rule: str = ""
    notes: tuple[str, ...] = ()

    @property
    def members(self) -> tuple[str, ...]:
        """Adcodes of all mentions, in document order, without repeats."""
        out: list[str] = []
        for mention in self.mentions:
            for code in mention.adcodes:
                if code not in out:
                    out.append(code)
        return tuple(out)


@dataclass(frozen=True)
class CountCheck:
    """A declared count (一轴六区, 六个地区, 10个基地) against the places found for it."""

    statement: str
    declared: int
    found: int
    start: int
    end: int
    note: str = ""

    @property
    def ok(self) -> bool:
        return self.declared == self.found


@dataclass
class Extraction:
    """Everything extracted from one document."""

    doc: str
    text: str
    encoding: str
    province: str | None
    province_evidence: str
    drafts: list[Draft] = field(default_factory=list)
    checks: list[CountCheck] = field(default_factory=list)
    unresolved: list[Mention] = field(default_factory=list)
    excluded: list[tuple[Mention, str]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
