"""Briefing packs: one region, every designation that concerns it, a map and citations.

Public API (used by ``python -m geo briefing`` and the app's "Briefing" button)::

    from geo.briefing import build_briefing, write_briefing
    b = build_briefing("652300", "zh")          # or a name: "昌吉回族自治州"
    pdf_bytes = write_briefing(b, "pdf")        # "pdf" | "docx" | "html" -> bytes
    path = write_briefing(b, "out/changji.docx")  # a path -> written atomically, returns the Path
    suggested_filename(b, "pdf"), MIME["pdf"]   # for a download button

The app passes the table it already shows (session layers included)::

    b = build_briefing(code, lang, sources=sources_from_table(table))
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

from geo.atomic import write_bytes
from geo.briefing.build import build_briefing
from geo.briefing.model import Briefing
from geo.briefing.sources import Sources, sources_from_table
from geo.errors import InputError

FORMATS = ("pdf", "docx", "html")
MIME = {
    "pdf": "application/pdf",
    "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "html": "text/html; charset=utf-8",
}


def render(briefing: Briefing, fmt: str) -> bytes:
    """The briefing in ``fmt`` as bytes."""
    from geo.briefing.docxwriter import render_docx
    from geo.briefing.htmlwriter import render_html
    from geo.briefing.pdfwriter import render_pdf

    writers: dict[str, Callable[[Briefing], bytes]] = {
        "pdf": render_pdf, "docx": render_docx, "html": render_html,
    }
    if fmt not in writers:
        msg = f"unknown briefing format {fmt!r}: use one of {', '.join(FORMATS)}"
        raise InputError(msg)
    return writers[fmt](briefing)


def format_of(path: str | os.PathLike[str]) -> str:
    """The format a file name asks for (``.pdf``, ``.docx``, ``.html``/``.htm``)."""
    suffix = Path(path).suffix.lower().lstrip(".")
    fmt = "html" if suffix == "htm" else suffix
    if fmt not in FORMATS:
        msg = f"{path}: cannot tell the format from the extension; use .pdf, .docx or .html"
        raise InputError(msg)
    return fmt


def suggested_filename(briefing: Briefing, fmt: str) -> str:
    """A download name such as ``briefing-652300-昌吉回族自治州-zh.pdf`` (for the app's download button)."""
    if fmt not in FORMATS:
        msg = f"unknown briefing format {fmt!r}: use one of {', '.join(FORMATS)}"
        raise InputError(msg)
    safe = "".join(c for c in briefing.region.name if c.isalnum())
    return f"briefing-{briefing.region.adcode}-{safe}-{briefing.lang}.{fmt}"


def write_briefing(briefing: Briefing, path_or_format: str | os.PathLike[str]) -> bytes | Path:
    """Bytes for a bare format name (``"pdf"``, ``"docx"``, ``"html"``); else write the file atomically
    (temporary file + rename, format from the extension) and return its path."""
    if isinstance(path_or_format, str) and path_or_format.lower() in FORMATS:
        return render(briefing, path_or_format.lower())
    return write_bytes(path_or_format, render(briefing, format_of(path_or_format)))


__all__ = [
    "FORMATS", "MIME", "Briefing", "Sources", "build_briefing", "format_of", "render", "sources_from_table",
    "suggested_filename", "write_briefing",
]
