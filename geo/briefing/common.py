"""Text every writer prints the same way: the title block, the summary line, the map caption.

Why here: the PDF, DOCX and HTML writers differ only in layout; if each composed these sentences itself,
the three files handed to the same visitor could word them differently.
"""

from __future__ import annotations

import dataclasses

from geo.briefing.labels import LABELS, t
from geo.briefing.model import Briefing


def title(b: Briefing) -> str:
    """The pack's title."""
    return t("title", b.lang, name=b.region.name)


def _level(b: Briefing, level: str) -> str:
    return t(f"level.{level}", b.lang) if level in ("province", "prefecture", "county") else level


def title_rows(b: Briefing) -> list[tuple[str, str]]:
    """Label/value pairs of the title block: region, level, parent, date generated."""
    lang = b.lang
    parent = f"{b.parent.name}（{b.parent.adcode}）" if b.parent else t("none", lang)
    if lang == "en" and b.parent:
        parent = f"{b.parent.name} ({b.parent.adcode})"
    return [
        (t("adcode", lang), b.region.adcode),
        (t("level", lang), _level(b, b.region.level)),
        (t("parent", lang), parent),
        (t("generated", lang), b.generated.isoformat()),
    ]


def summary(b: Briefing) -> str:
    """One sentence: how many designations in how many documents, or that there are none."""
    lang = b.lang
    if not b.entries:
        return t("no_designation_at_all", lang, name=b.region.name)
    text = t("summary", lang, name=b.subject.name, n=len(b.entries), docs=len(b.sections))
    if not b.own:
        text = t("no_designation", lang, name=b.region.name, parent=b.subject.name) + " " + text
    return " ".join((text, *b.notices))


def map_caption(b: Briefing) -> str:
    """Caption under the map."""
    return t("map.caption", b.lang, name=b.region.name, level=_level(b, b.region.level))


def entry_meta(kind_label: str, status_label: str) -> str:
    """"片区 · 规划" under a designation's name."""
    return " · ".join(x for x in (kind_label, status_label) if x)


def all_text(b: Briefing) -> str:
    """Every character a writer may print for ``b`` (briefing fields and all labels): the font subset."""
    parts: list[str] = [text for pair in LABELS.values() for text in pair]
    stack: list[object] = [b]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            parts.append(item)
        elif isinstance(item, tuple | list):
            stack.extend(item)
        elif dataclasses.is_dataclass(item) and not isinstance(item, type):
            stack.extend(getattr(item, f.name) for f in dataclasses.fields(item) if f.name != "map_png")
    parts.extend(value for _, value in title_rows(b))
    return "".join(parts) + "0123456789•·–—“”‘’（）《》：；，。、"


def _colon(b: Briefing) -> str:
    return "：" if b.lang == "zh" else ": "


def industry_lines(b: Briefing) -> list[str]:
    """"industry: designation (year), …" per industry."""
    sep = t("sep", b.lang)
    return [f"{i.industry}{_colon(b)}{sep.join(i.designations)}" for i in b.industries]


def partner_lines(b: Briefing) -> list[str]:
    """"name (adcode): shared designations" per partner region."""
    sep = t("sep", b.lang)
    if b.lang == "zh":
        return [f"{p.place.name}（{p.place.adcode}）：{sep.join(p.shared)}" for p in b.partners]
    return [f"{p.place.name} ({p.place.adcode}): {sep.join(p.shared)}" for p in b.partners]


def note_lines(b: Briefing) -> list[str]:
    """"document: note (quote)" per consistency note."""
    out = []
    for note in b.notes:
        quote = ("（{}）" if b.lang == "zh" else " ({})").format(note.quote) if note.quote else ""
        out.append(f"{note.doc_title}{_colon(b)}{note.text}{quote}")
    return out


def source_lines(b: Briefing) -> list[str]:
    """Source documents, how titles and shapes were made, the boundary attribution, the review caveat."""
    lang = b.lang
    lines = [*b.sources, t("sources.inferred", lang), t("sources.geometry", lang), b.attribution,
             b.review_note or t("sources.review", lang)]
    return [line for line in lines if line]
