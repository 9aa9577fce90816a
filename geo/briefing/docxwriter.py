"""DOCX writer (python-docx): the same content as the PDF, editable by the officer before a visit.

Why set ``w:eastAsia``: Word and LibreOffice pick the font for Han characters from the East Asian slot
of ``w:rFonts``, not from ``w:ascii``; without it Chinese falls back to whatever the viewer has.
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell

from geo.briefing import common
from geo.briefing.fonts import FAMILY
from geo.briefing.labels import t
from geo.briefing.model import Briefing, DocSection

COLUMN_CM = (1.0, 2.9, 2.0, 2.5, 3.0, 6.6)  # 18 cm: A4 minus 1.5 cm margins
GREY = RGBColor(0x55, 0x55, 0x55)


def _set_font(style_or_run, size: float | None = None) -> None:
    """Use the CJK family for every script slot (ascii, hAnsi, eastAsia)."""
    font = style_or_run.font
    font.name = FAMILY
    if size is not None:
        font.size = Pt(size)
    rpr = style_or_run.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.append(fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), FAMILY)
    for theme in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(theme), None)  # a theme font overrides the named one (Title uses one)


def _shade(cell: _Cell, fill: str) -> None:
    """Cell background colour (python-docx has no API for it)."""
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:color"), "auto")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)


def _cell(cell: _Cell, text: str, *, bold: bool = False, size: float = 8.5, extra: str = "") -> None:
    paragraph = cell.paragraphs[0]
    run = paragraph.add_run(text)
    run.bold = bold
    run.font.size = Pt(size)
    if extra:
        small = cell.add_paragraph().add_run(extra)
        small.font.size = Pt(7)
        small.font.color.rgb = GREY


def _section(document: Document, section: DocSection, b: Briefing) -> None:
    document.add_heading(section.heading, level=3)
    keys = ("col.no", "col.name", "col.group", "col.industry", "col.role", "col.quote")
    table = document.add_table(rows=1, cols=len(keys))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    for cell, key in zip(table.rows[0].cells, keys, strict=True):
        _cell(cell, t(key, b.lang), bold=True)
        _shade(cell, "DCE4EC")
    for e in section.entries:
        cells = table.add_row().cells
        _cell(cells[0], str(e.number))
        _cell(cells[1], e.name, bold=True, extra=common.entry_meta(e.kind_label, e.status_label))
        _cell(cells[2], e.group)
        _cell(cells[3], e.industry)
        _cell(cells[4], e.role)
        _cell(cells[5], e.quote, extra=e.citation)
    _widths(table, COLUMN_CM)


def _widths(table: Table, widths_cm: tuple[float, ...]) -> None:
    """Fixed column widths: LibreOffice honours the grid, Word the cells, so set both."""
    table.autofit = False
    for column, width in zip(table.columns, widths_cm, strict=True):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def _bullets(document: Document, lines: list[str], empty: str) -> None:
    for line in lines or [empty]:
        document.add_paragraph(line, style="List Bullet" if lines else None)


def render_docx(b: Briefing) -> bytes:
    """The briefing as DOCX bytes."""
    lang = b.lang
    document = Document()
    for name in ("Normal", "Title", "Heading 1", "Heading 2", "Heading 3", "List Bullet"):
        _set_font(document.styles[name])
    document.styles["Normal"].font.size = Pt(10)
    for section in document.sections:
        section.left_margin = section.right_margin = Cm(1.5)
        section.top_margin = section.bottom_margin = Cm(1.6)
    document.core_properties.title = common.title(b)
    document.core_properties.subject = b.region.adcode
    document.core_properties.language = "zh-CN" if lang == "zh" else "en"

    document.add_heading(common.title(b), level=0)
    info = document.add_table(rows=0, cols=2)
    info.style = "Table Grid"
    for label, value in common.title_rows(b):
        cells = info.add_row().cells
        _cell(cells[0], label, bold=True, size=9)
        _shade(cells[0], "EEF2F6")
        _cell(cells[1], value, size=9)
    _widths(info, (3.5, 14.5))
    document.add_paragraph(common.summary(b))
    if b.map_png:
        document.add_picture(io.BytesIO(b.map_png), width=Cm(17))
        caption = document.add_paragraph().add_run(common.map_caption(b))
        caption.font.size = Pt(8)
        caption.font.color.rgb = GREY

    document.add_heading(t("designations", lang), level=2)
    if not b.own and b.entries:
        document.add_paragraph(t("fallback.heading", lang, name=b.subject.name))
    for section in b.sections:
        _section(document, section, b)

    document.add_heading(t("industries", lang), level=2)
    _bullets(document, common.industry_lines(b), t("industries.none", lang))
    document.add_heading(t("partners", lang), level=2)
    _bullets(document, common.partner_lines(b), t("partners.none", lang))
    document.add_heading(t("notes", lang), level=2)
    _bullets(document, common.note_lines(b), t("notes.none", lang))
    document.add_heading(t("sources", lang), level=2)
    for line in common.source_lines(b):
        document.add_paragraph(line).runs[0].font.size = Pt(8)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()
