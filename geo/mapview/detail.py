"""What the detail panel shows for one designation, and the document text with its sentence marked.

Everything here returns plain text, except :func:`highlight_html`, which returns HTML built from
escaped pieces only: the document text, the quote and every field come from files users can edit.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from geo import i18n

_TOOLTIP_ID = re.compile(r"#([a-z0-9][a-z0-9-]*)\s*$")


def designation_id_from_tooltip(text: str | None, known: Iterable[str]) -> str | None:
    """The designation id in a clicked tooltip's text (the map's tooltip ends with ``#<id>``)."""
    if not text:
        return None
    known = set(known)
    match = _TOOLTIP_ID.search(text.strip())
    if match and match.group(1) in known:
        return match.group(1)
    hits = [k for k in known if f"#{k}" in text]  # ids outside the usual pattern: longest match wins
    return max(hits, key=len) if hits else None


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return ""
    return str(value)


def _list(value: Any) -> list[str]:
    if value is None or (isinstance(value, float) and np.isnan(value)):
        return []
    if isinstance(value, str):
        return [value]
    return [str(v) for v in value]


@dataclass(frozen=True)
class Detail:
    """Plain-text fields of a designation for the detail panel."""

    id: str
    name: str
    kind: str
    industry: str
    status: str
    quote: str
    document: str
    section: str
    year: str
    horizon: str
    members: list[str]
    notes: list[str]
    span: tuple[int, int] | None
    doc: str


def detail(row: pd.Series, lang: str = i18n.DEFAULT_LANG) -> Detail:
    """Display fields of one table row (members as '名称 (adcode)')."""
    codes = _list(row.get("members"))
    names = _list(row.get("member_names"))
    members = [f"{n} ({c})" if n else c for c, n in zip(codes, names + [""] * len(codes), strict=False)]
    span = row.get("span")
    span_t = (int(span[0]), int(span[1])) if span is not None and len(span) == 2 else None
    year = _text(row.get("doc_year"))
    horizon = _text(row.get("horizon"))
    return Detail(
        id=_text(row.get("id")),
        name=_text(row.get("name")),
        kind=i18n.kind_label(_text(row.get("kind")), lang),
        industry=_text(row.get("industry")) or i18n.tr("no_industry", lang),
        status=i18n.status_label(_text(row.get("status")), lang),
        quote=_text(row.get("quote")),
        document=_text(row.get("doc_title")) or _text(row.get("doc")),
        section=_text(row.get("section")),
        year=year[:-2] if year.endswith(".0") else year,
        horizon=horizon[:-2] if horizon.endswith(".0") else horizon,
        members=members,
        notes=_list(row.get("notes")) + ([_text(row.get("geometry_note"))] if _text(row.get("geometry_note")) else []),
        span=span_t,
        doc=_text(row.get("doc")),
    )


def highlight_html(text: str, span: tuple[int, int] | None, *, context: int | None = None) -> str:
    """The document text as escaped HTML with ``text[span]`` inside ``<mark id="atlas-quote">``.

    ``context`` (characters each side) trims a long document around the sentence. Newlines become <br>.
    """
    if span is None or not (0 <= span[0] <= span[1] <= len(text)):
        return _escape_block(text if context is None else text[: 2 * context])
    start, end = span
    lo = 0 if context is None else max(0, start - context)
    hi = len(text) if context is None else min(len(text), end + context)
    before = ("…" if lo > 0 else "") + text[lo:start]
    after = text[end:hi] + ("…" if hi < len(text) else "")
    return (
        f'{_escape_block(before)}<mark id="atlas-quote">{_escape_block(text[start:end])}</mark>{_escape_block(after)}'
    )


def _escape_block(text: str) -> str:
    return html.escape(text).replace("\n", "<br>")


_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$])")


def md_escape(text: str) -> str:
    """Text safe to pass to ``st.markdown``/``st.caption``: markdown and HTML characters backslash-escaped."""
    return _MD_SPECIAL.sub(r"\\\1", text)


def _row_html(label: str, value: str) -> str:
    return (
        f'<tr><th style="white-space:nowrap;text-align:left;padding-right:8px">{html.escape(label)}</th>'
        f"<td>{html.escape(value)}</td></tr>"
        if value
        else ""
    )


def related_checks(checks: Iterable[Any], info: Detail) -> list[str]:
    """Consistency checks of the designation's document that concern it, as plain-text lines.

    A check concerns a designation when its sentence overlaps the designation's quote, or when the check
    is a note on its layout statement; counts read "declared N, found M: note".
    """
    out = []
    for c in checks:
        span = getattr(c, "span", None)
        overlaps = span is not None and info.span is not None and span[0] < info.span[1] and info.span[0] < span[1]
        if not overlaps:
            continue
        count = f"{c.declared} / {c.found}" if getattr(c, "declared", None) is not None else ""
        parts = [x for x in (str(c.statement or ""), count, str(c.note or "")) if x]
        out.append(" — ".join(parts))
    return out


def detail_html(info: Detail, lang: str = i18n.DEFAULT_LANG, checks: Iterable[str] = ()) -> str:
    """The detail panel as HTML made only of escaped text (every field can come from a user's file).

    ``checks`` are plain-text lines (see :func:`related_checks`).
    """
    checks_html = "".join(f"<li>{html.escape(c)}</li>" for c in checks)
    members = "".join(f"<li>{html.escape(m)}</li>" for m in info.members)
    notes = "".join(f"<li>{html.escape(n)}</li>" for n in info.notes)
    doc_line = " · ".join(x for x in (info.document, info.year) if x)
    rows = "".join(
        [
            _row_html(i18n.tr("kind", lang), info.kind),
            _row_html(i18n.tr("industry", lang), info.industry),
            _row_html(i18n.tr("status", lang), info.status),
            _row_html(i18n.tr("document", lang), doc_line),
            _row_html(i18n.tr("section", lang), info.section),
            _row_html(i18n.tr("horizon", lang), info.horizon),
        ]
    )
    return (
        '<div class="atlas-detail" style="font-size:14px;line-height:1.5">'
        f'<h4 style="margin:0 0 6px">{html.escape(info.name)}</h4>'
        f'<blockquote class="atlas-quote" style="margin:0 0 8px;padding:6px 10px;border-left:4px solid #c9a227;'
        f'background:#fbf6e6">{html.escape(info.quote)}</blockquote>'
        f'<table style="font-size:13px">{rows}</table>'
        + (f"<p><b>{html.escape(i18n.tr('members', lang))}</b></p><ul>{members}</ul>" if members else "")
        + (f"<p><b>{html.escape(i18n.tr('notes', lang))}</b></p><ul>{notes}</ul>" if notes else "")
        + (f"<p><b>{html.escape(i18n.tr('checks', lang))}</b></p><ul>{checks_html}</ul>" if checks_html else "")
        + f'<p style="color:#888;font-size:11px">#{html.escape(info.id)}</p></div>'
    )


def document_text(table: Any, doc: str) -> str | None:
    """The text of document ``doc`` as the loader read it (spans count in it), or None."""
    for layer in getattr(table, "layers", []):
        if layer.doc == doc and layer.document_text is not None:
            return str(layer.document_text)
    return None


VIEWER_CONTEXT = 1200  # characters shown each side of the quote (the whole text would bury it)


def document_html(text: str, span: tuple[int, int] | None, context: int | None = VIEWER_CONTEXT) -> str:
    """The document viewer: scrollable escaped text around the quote, the quote marked."""
    body = highlight_html(text, span, context=context)
    return (
        '<div class="atlas-doc" style="max-height:420px;overflow-y:auto;font-size:13px;line-height:1.6;'
        'white-space:normal;border:1px solid #ddd;padding:8px">'
        f"{body}</div>"
    )
