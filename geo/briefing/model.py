"""What a briefing says, as plain frozen records, independent of the file format.

Why separate from the writers: the PDF, DOCX and HTML writers (and the app) render one and the same
:class:`Briefing`, so the three files cannot disagree; tests can assert on the content without
parsing any format. All text is already in the briefing's language when these records are built.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from geo.briefing.labels import Lang


@dataclass(frozen=True)
class Place:
    """An administrative unit as a briefing names it."""

    adcode: str
    name: str
    level: str  # province | prefecture | county


@dataclass(frozen=True)
class Entry:
    """One designation that concerns the region, with the region's role in it."""

    number: int  # 1-based, shared by the table and the map labels
    id: str
    doc: str
    name: str
    kind: str  # kind code (area, core, ...)
    kind_label: str
    group: str
    industry: str
    status_label: str
    relation: str  # member | contains | within
    role: str
    members: tuple[Place, ...]
    quote: str
    citation: str


@dataclass(frozen=True)
class DocSection:
    """The entries from one source document, in document order."""

    doc: str
    title: str
    year: int | None
    heading: str
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class IndustryLine:
    """One industry named for the region, with the designations that name it."""

    industry: str
    designations: tuple[str, ...]  # "name (year)"


@dataclass(frozen=True)
class Partner:
    """A region that shares designations with the briefing's region."""

    place: Place
    shared: tuple[str, ...]  # designation names


@dataclass(frozen=True)
class Note:
    """A consistency note (count check, contradiction, reviewer note) that concerns the region."""

    doc_title: str
    text: str
    quote: str


@dataclass(frozen=True)
class Briefing:
    """Everything one briefing pack prints; ``map_png`` is the rendered static map (may be empty)."""

    lang: Lang
    region: Place
    parent: Place | None
    generated: date
    subject: Place  # whose designations are listed: the region, or its nearest ancestor that has some
    sections: tuple[DocSection, ...]
    industries: tuple[IndustryLine, ...]
    partners: tuple[Partner, ...]
    notes: tuple[Note, ...]
    sources: tuple[str, ...]  # one line per source document, then attributions
    attribution: str
    review_note: str = ""  # boundary caveat (no 审图号); the label "sources.review" when empty
    notices: tuple[str, ...] = ()  # printed under the summary: a retired code followed, no boundary
    map_png: bytes = field(default=b"", repr=False)

    @property
    def entries(self) -> tuple[Entry, ...]:
        """All entries in table order."""
        return tuple(e for s in self.sections for e in s.entries)

    @property
    def own(self) -> bool:
        """True when the listed designations concern the region itself (not a fallback to a parent)."""
        return self.subject.adcode == self.region.adcode
