"""The records a layer file holds, as frozen dataclasses (see ``layers/README.md`` for the schema).

Frozen because a loaded layer is shared by the map, the exports and the briefing: nobody may patch a
designation in place and make one output disagree with another. Every record remembers the file and
line it came from, so any later message (a geometry fallback, an export warning) can point at it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Severity = Literal["error", "warning"]

KINDS: tuple[str, ...] = ("area", "axis", "line", "triangle", "core", "site", "unlocated")
STATUSES: tuple[str, ...] = ("planned", "existing", "policy")
REVIEWS: tuple[str, ...] = ("reviewed", "auto")
CHECK_KINDS: tuple[str, ...] = ("count", "contradiction", "note")
META_FIELDS: tuple[str, ...] = ("title", "issuer", "year", "region")


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a layer file; ``str()`` gives ``path:line: message`` (line 1-based)."""

    path: str
    line: int | None
    severity: Severity
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else self.path
        return f"{where}: {self.message}"

    @property
    def is_error(self) -> bool:
        """True for errors (the record or file was skipped); warnings load anyway."""
        return self.severity == "error"


@dataclass(frozen=True)
class InferredField:
    """A property the text does not print (title, issuer, year, region), and how it was inferred."""

    value: str | int | None
    inferred: bool
    evidence: str = ""
    line: int | None = None


@dataclass(frozen=True)
class DocumentMeta:
    """What is known about a source document; every field carries its evidence."""

    doc: str
    text_path: str
    title: InferredField | None = None
    issuer: InferredField | None = None
    year: InferredField | None = None
    region: InferredField | None = None

    def value(self, name: str) -> str | int | None:
        """The bare value of ``title``/``issuer``/``year``/``region`` (None when absent)."""
        item: InferredField | None = getattr(self, name)
        return None if item is None else item.value

    @property
    def region_code(self) -> str | None:
        """The document's region adcode (string) or None."""
        value = self.value("region")
        return value if isinstance(value, str) else None


@dataclass(frozen=True)
class Check:
    """A consistency check: a declared count against what was found, a contradiction, or a note."""

    kind: str
    statement: str = ""
    declared: int | None = None
    found: int | None = None
    quote: str = ""
    span: tuple[int, int] | None = None
    note: str = ""
    doc: str = ""
    source: str = ""
    line: int | None = None

    def as_dict(self) -> dict[str, object]:
        """Plain dict (JSON-ready) for exports."""
        return {
            "kind": self.kind,
            "statement": self.statement,
            "declared": self.declared,
            "found": self.found,
            "quote": self.quote,
            "span": list(self.span) if self.span is not None else None,
            "note": self.note,
        }


@dataclass(frozen=True)
class Designation:
    """One designated zone, axis, site ... as a document words it, with the adcodes it resolves to."""

    id: str
    doc: str
    name: str
    kind: str
    members: tuple[str, ...]
    quote: str
    span: tuple[int, int]
    status: str
    review: str
    group: str = ""
    industry: str = ""
    industry_en: str = ""
    places: tuple[str, ...] = ()
    section: str = ""
    horizon: int | None = None
    notes: tuple[str, ...] = ()
    confidence: float | None = None
    source: str = ""
    line: int | None = None

    @property
    def effective_confidence(self) -> float | None:
        """1.0 for reviewed records (a person checked them); the extractor's score for auto ones."""
        return 1.0 if self.review == "reviewed" else self.confidence


@dataclass(frozen=True)
class LoadedLayer:
    """One layer file after validation: the records that passed, and the problems found."""

    path: str
    meta: DocumentMeta
    designations: tuple[Designation, ...] = ()
    checks: tuple[Check, ...] = ()
    problems: tuple[Problem, ...] = ()
    text_sha256: str | None = None
    content_sha256: str = ""
    document_text: str | None = field(default=None, repr=False, compare=False)

    @property
    def doc(self) -> str:
        """The document's file stem."""
        return self.meta.doc

    @property
    def ok(self) -> bool:
        """True when no error was found (warnings allowed)."""
        return not any(p.is_error for p in self.problems)
