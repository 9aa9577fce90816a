"""Assemble a :class:`~geo.briefing.model.Briefing` for one unit from the canonical designation table.

A unit *concerns* a designation when it is a member (directly or as part of a composite such as
乌昌石, whose members the table already lists as units), when it contains a member (a prefecture with a
member county), or when it lies within one (a county whose prefecture or province is the member).
Why all three: an officer briefing on 昌吉州 must mention the park in 昌吉市 and the zone the whole
prefecture belongs to, and say which of these it is (the "role"), not just list rows.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from dataclasses import dataclass
from datetime import date
from typing import Any

from geo.briefing.labels import Lang, t
from geo.briefing.model import Briefing, DocSection, Entry, IndustryLine, Note, Partner, Place
from geo.briefing.sources import Sources
from geo.errors import UnknownPlaceError


@dataclass(frozen=True)
class Hit:
    """A table row that concerns a unit, and how (``via``: the member codes that make it concern it)."""

    row: dict[str, Any]
    relation: str  # member | contains | within
    via: tuple[str, ...]


def place(sources: Sources, adcode: str) -> Place:
    """The :class:`Place` for an adcode (name falls back to the code when the gazetteer lacks it)."""
    unit = sources.unit(adcode)
    if unit is None:
        return Place(adcode, adcode, "")
    return Place(str(unit.adcode), str(unit.name), str(unit.level))


def _members(row: dict[str, Any]) -> list[str]:
    value = row.get("members")
    return [] if value is None else [str(m) for m in list(value)]


def find_hits(sources: Sources, adcode: str) -> list[Hit]:
    """Every designation row that concerns ``adcode``, in table order."""
    above = set(sources.ancestors(adcode))
    hits: list[Hit] = []
    for row in sources.designations.to_dict("records"):
        members = _members(row)
        if adcode in members:
            hits.append(Hit(row, "member", (adcode,)))
            continue
        inside = tuple(m for m in members if adcode in sources.ancestors(m))
        if inside:
            hits.append(Hit(row, "contains", inside))
            continue
        around = tuple(m for m in members if m in above)
        if around:
            hits.append(Hit(row, "within", around))
    return hits


def _year(row: dict[str, Any]) -> int | None:
    value = row.get("doc_year")
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    return int(value)


CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def _text(row: dict[str, Any], key: str) -> str:
    """A text field of a row, '' when missing; line ends normalised and control characters dropped
    (DOCX/XML cannot hold them, and a stray form feed from a converted document must not break the
    officer's file)."""
    value = row.get(key)
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    return CONTROL.sub("", str(value).replace("\r\n", "\n").replace("\r", "\n"))


def _span(row: dict[str, Any]) -> tuple[int, int] | None:
    value = row.get("span")
    if value is None or isinstance(value, float | str):
        return None
    items = list(value)
    return (int(items[0]), int(items[1])) if len(items) == 2 else None


def role(hit: Hit, group_size: int, sources: Sources, lang: Lang) -> str:
    """The unit's role in one designation, e.g. "one of 3 members; one of 6 in “六区”"."""
    row = hit.row
    members = _members(row)
    sep = t("sep", lang)
    if hit.relation == "contains":
        return t("role.contains", lang, names=sep.join(place(sources, m).name for m in hit.via))
    if hit.relation == "within":
        return t("role.within", lang, names=sep.join(place(sources, m).name for m in hit.via))
    n, kind = len(members), _text(row, "kind")
    if kind == "core":
        text = t("role.core_single", lang) if n == 1 else t("role.core_multi", lang, n=n)
    elif kind == "triangle":
        text = t("role.vertex", lang, n=n)
    elif kind in ("axis", "line"):
        text = t("role.node", lang, i=members.index(hit.via[0]) + 1, n=n)
    elif kind == "site":
        text = t("role.site", lang)
    elif n == 1:
        text = t("role.sole", lang)
    else:
        places = [str(p) for p in list(row.get("places") or ())]
        composite = places[0] if len(places) == 1 else ""
        text = t("role.part_of", lang, name=composite, n=n) if composite else t("role.member_of", lang, n=n)
    group = _text(row, "group")
    if group and group_size > 1:
        text += ("；" if lang == "zh" else "; ") + t("role.of_group", lang, group=group, n=group_size)
    return text


def citation(row: dict[str, Any], lang: Lang) -> str:
    """Where the quote is: document title, year, section and code-point span."""
    title = _text(row, "doc_title") or _text(row, "doc")
    year = _year(row)
    section = _text(row, "section")
    values = {
        "title": title,
        "year": year if year is not None else t("doc.year_unknown", lang),
        "section": (section + ("，" if lang == "zh" else ", ")) if section else "",
    }
    span = _span(row)
    if span is None:
        return t("citation.nospan", lang, **values).rstrip("，, ")
    return t("citation", lang, start=span[0], end=span[1], **values)


def _entry(number: int, hit: Hit, group_size: int, sources: Sources, lang: Lang) -> Entry:
    row = hit.row
    kind = _text(row, "kind") or "unlocated"
    industry = _text(row, "industry_en") if lang == "en" else ""
    status = _text(row, "status")
    return Entry(
        number=number,
        id=_text(row, "id"),
        doc=_text(row, "doc"),
        name=_text(row, "name"),
        kind=kind,
        kind_label=t(f"kind.{kind}", lang),
        group=_text(row, "group"),
        industry=industry or _text(row, "industry"),
        status_label=t(f"status.{status}", lang) if status in ("planned", "existing", "policy") else status,
        relation=hit.relation,
        role=role(hit, group_size, sources, lang),
        members=tuple(place(sources, m) for m in _members(row)),
        quote=_text(row, "quote"),
        citation=citation(row, lang),
    )


def _sort_key(hit: Hit) -> tuple[int, str, int]:
    year = _year(hit.row)
    span = _span(hit.row)
    return (year if year is not None else 9999, _text(hit.row, "doc"), span[0] if span else 0)


def sections(hits: list[Hit], sources: Sources, lang: Lang) -> tuple[DocSection, ...]:
    """Entries grouped by document (ordered by year), numbered in that order."""
    groups: Counter[tuple[str, str]] = Counter()
    for row in sources.designations.to_dict("records"):
        if _text(row, "group"):
            groups[(_text(row, "doc"), _text(row, "group"))] += 1
    by_doc: dict[str, list[Hit]] = defaultdict(list)
    for hit in sorted(hits, key=_sort_key):
        by_doc[_text(hit.row, "doc")].append(hit)
    out: list[DocSection] = []
    number = 0
    for doc, doc_hits in by_doc.items():
        entries = []
        for hit in doc_hits:
            number += 1
            size = groups[(doc, _text(hit.row, "group"))]
            entries.append(_entry(number, hit, size, sources, lang))
        first = doc_hits[0].row
        title = _text(first, "doc_title") or doc
        year = _year(first)
        heading = t("doc.heading", lang, title=title, year=year if year else t("doc.year_unknown", lang))
        out.append(DocSection(doc, title, year, heading, tuple(entries)))
    return tuple(out)


def industries(
    entries: tuple[Entry, ...], years: dict[str, int | None], lang: Lang
) -> tuple[IndustryLine, ...]:
    """Industries named for the region across documents, most often named first."""
    named: dict[str, list[str]] = defaultdict(list)
    for entry in entries:
        key = entry.industry or t("industry.unnamed", lang)
        year = years.get(entry.doc)
        label = f"{entry.name}（{year}）" if lang == "zh" else f"{entry.name} ({year})"
        named[key].append(label if year else entry.name)
    unnamed = t("industry.unnamed", lang)
    ordered = sorted(named.items(), key=lambda kv: (kv[0] == unnamed, -len(kv[1]), kv[0]))
    return tuple(IndustryLine(k, tuple(dict.fromkeys(v))) for k, v in ordered)


def partners(hits: list[Hit], adcode: str, sources: Sources) -> tuple[Partner, ...]:
    """Co-members of the designations the region is in (not its own ancestors or descendants)."""
    above = set(sources.ancestors(adcode))
    shared: dict[str, list[str]] = defaultdict(list)
    for hit in sorted(hits, key=_sort_key):  # names in the briefing's table order
        if hit.relation == "within":
            continue
        for member in _members(hit.row):
            if member == adcode or member in above or adcode in sources.ancestors(member):
                continue
            shared[member].append(_text(hit.row, "name"))
    ordered = sorted(shared.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    return tuple(Partner(place(sources, code), tuple(dict.fromkeys(names))) for code, names in ordered)


def _names(sources: Sources, adcode: str) -> set[str]:
    unit = sources.unit(adcode)
    if unit is None:
        return set()
    return {str(unit.name), *(str(s) for s in (getattr(unit, "short_names", None) or ()) if len(str(s)) >= 2)}


def _overlaps(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


def notes(hits: list[Hit], adcode: str, sources: Sources, lang: Lang) -> tuple[Note, ...]:
    """Consistency checks whose quote overlaps a concerning designation's quote or names the region.

    Reviewer notes on single designations (why 昌吉 reads as the prefecture) stay out: they are written
    for layer reviewers, in English, and the quotes with citations already carry the evidence."""
    names = _names(sources, adcode)
    spans: dict[str, list[tuple[int, int] | None]] = defaultdict(list)
    titles: dict[str, str] = {}
    for hit in hits:
        doc = _text(hit.row, "doc")
        spans[doc].append(_span(hit.row))
        titles[doc] = _text(hit.row, "doc_title") or doc
    out: list[Note] = []
    for check in sources.checks:
        doc = _text(check, "doc")
        if doc not in spans:
            continue
        quote = _text(check, "quote")
        span = _span(check)
        if not (any(_overlaps(span, s) for s in spans[doc]) or any(n in quote for n in names)):
            continue
        out.append(Note(titles[doc], _check_text(check, lang), quote))
    return tuple(dict.fromkeys(out))


def _check_text(check: dict[str, Any], lang: Lang) -> str:
    """One line for a consistency check: "“六个地区”: declared 6, found 6 — note"."""
    statement, note = _text(check, "statement"), _text(check, "note")
    declared, found = check.get("declared"), check.get("found")
    head = f"“{statement}”" if statement else _text(check, "kind")
    rest: list[str] = []
    counted = declared is not None and found is not None
    if counted and not (isinstance(declared, float) and math.isnan(declared)):
        rest.append(
            f"声明 {int(declared)} 项，找到 {int(found)} 项"
            if lang == "zh"
            else f"declared {int(declared)}, found {int(found)}"
        )
    if note:
        rest.append(note)
    colon, semi = ("：", "；") if lang == "zh" else (": ", "; ")
    return head + (colon + semi.join(rest) if rest else "")


def _subject(sources: Sources, adcode: str) -> tuple[str, list[Hit]]:
    """The region itself if anything concerns it, else its nearest ancestor that has designations."""
    for code in (adcode, *sources.ancestors(adcode)):
        hits = find_hits(sources, code)
        if hits:
            return code, hits
    return adcode, []


def assemble(sources: Sources, adcode: str, lang: Lang, generated: date | None = None) -> Briefing:
    """The briefing's content (without the map, which :mod:`geo.briefing.mapimage` draws)."""
    unit = sources.unit(adcode)
    if unit is None:
        msg = f"no administrative unit has the code {adcode}"
        raise UnknownPlaceError(msg)
    subject_code, hits = _subject(sources, adcode)
    secs = sections(hits, sources, lang)
    entries = tuple(e for s in secs for e in s.entries)
    years = {s.doc: s.year for s in secs}
    parent = place(sources, str(unit.parent)) if getattr(unit, "parent", None) else None
    attribution = sources.attribution_zh if lang == "zh" else sources.attribution_en
    doc_lines = tuple(s.heading + f" — corpus/seeds/{s.doc}.txt" for s in secs)
    return Briefing(
        lang=lang,
        region=place(sources, adcode),
        parent=parent,
        generated=generated or date.today(),
        subject=place(sources, subject_code),
        sections=secs,
        industries=industries(entries, years, lang),
        partners=partners(hits, subject_code, sources),
        notes=notes(hits, subject_code, sources, lang),
        sources=doc_lines,
        attribution=attribution,
        review_note=sources.review_note_zh if lang == "zh" else sources.review_note_en,
    )
