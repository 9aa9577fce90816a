"""PDF writer (reportlab platypus): A4, embedded Noto Sans CJK subset, text extractable.

Why platypus tables of Paragraphs: quotes are long Chinese sentences that must wrap inside cells
(``wordWrap="CJK"`` breaks between any two Han characters, as Chinese typesetting does).
"""

from __future__ import annotations

import functools
import hashlib
import io
import re
import threading
from html import escape, unescape

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    Image,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)

from geo.briefing import common
from geo.briefing.fonts import ASCII, charset, truetype_subset
from geo.briefing.labels import t
from geo.briefing.model import Briefing, DocSection
from geo.errors import AtlasError

MARGIN = 15 * mm
WIDTH = A4[0] - 2 * MARGIN
COLUMNS = (10 * mm, 29 * mm, 20 * mm, 25 * mm, 30 * mm)  # the quote column takes the rest


def _register_fonts(b: Briefing) -> tuple[str, str]:
    """Register regular and bold subsets for this briefing's characters; returns the two font names."""
    chars = charset(common.all_text(b))
    key = hashlib.sha1(chars.encode("utf-8")).hexdigest()[:10]
    names = (f"NotoSansSC-{key}", f"NotoSansSC-Bold-{key}")
    registered = pdfmetrics.getRegisteredFontNames()
    for name, bold in zip(names, (False, True), strict=True):
        if name not in registered:
            pdfmetrics.registerFont(TTFont(name, io.BytesIO(truetype_subset(chars, bold))))
    return names


def _styles(regular: str, bold: str, lang: str) -> dict[str, ParagraphStyle]:
    """Paragraph styles. Chinese text wraps between any two Han characters (``CJK``); English labels wrap
    at spaces (CJK wrapping would split "manufactu-ring"), while document text stays CJK in both."""
    wrap = "CJK" if lang == "zh" else None
    base = ParagraphStyle("base", fontName=regular, fontSize=9.5, leading=14, wordWrap=wrap)
    grey, dark = colors.HexColor("#555"), colors.HexColor("#222")
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=8, leading=11),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=11),
        "quote": ParagraphStyle("quote", parent=base, fontSize=8, leading=11, textColor=dark, wordWrap="CJK"),
        "zhcell": ParagraphStyle("zhcell", parent=base, fontSize=8, leading=11, wordWrap="CJK"),
        "cite": ParagraphStyle("cite", parent=base, fontSize=7, leading=9.5, textColor=grey),
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=18, leading=24, spaceAfter=4),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=12.5, leading=18, spaceBefore=10,
                             spaceAfter=4, textColor=colors.HexColor("#1b3a57")),
        "h3": ParagraphStyle("h3", parent=base, fontName=bold, fontSize=10, leading=14, spaceBefore=6,
                             spaceAfter=3, wordWrap="CJK"),
        "head": ParagraphStyle("head", parent=base, fontName=bold, fontSize=8, leading=11,
                               textColor=colors.white),
    }


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped: document text may hold '<' or '&')."""
    return Paragraph(escape(text).replace("\n", "<br/>"), style)


def _title_block(b: Briefing, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    rows = [[_p(label, st["small"]), _p(value, st["body"])] for label, value in common.title_rows(b)]
    table = Table(rows, colWidths=(32 * mm, WIDTH - 32 * mm), hAlign="LEFT")
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#eef2f6")),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, colors.HexColor("#c8d0d8")),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("FONTNAME", (0, 0), (-1, -1), st["body"].fontName),
    ]))
    return [_p(common.title(b), st["title"]), table, Spacer(0, 4 * mm), _p(common.summary(b), st["body"])]


def _section_table(section: DocSection, b: Briefing, st: dict[str, ParagraphStyle]) -> Table:
    lang = b.lang
    keys = ("col.no", "col.name", "col.group", "col.industry", "col.role", "col.quote")
    rows: list[list[Flowable]] = [[_p(t(k, lang), st["head"]) for k in keys]]
    for e in section.entries:
        rows.append([
            _p(str(e.number), st["cell"]),
            [_p(e.name, st["h3"]), _p(common.entry_meta(e.kind_label, e.status_label), st["cite"])],
            _p(e.group, st["zhcell"]),
            _p(e.industry, st["cell"]),
            _p(e.role, st["cell"]),
            [_p(e.quote, st["quote"]), _p(e.citation, st["cite"])],
        ])
    widths = (*COLUMNS, WIDTH - sum(COLUMNS))
    table = Table(rows, colWidths=widths, repeatRows=1)
    table.setStyle(TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#35506b")),
        ("GRID", (0, 0), (-1, -1), 0.3, colors.HexColor("#b8c2cc")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONTNAME", (0, 0), (-1, -1), st["body"].fontName),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f6f8fa")]),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]))
    return table


def _bullets(lines: list[str], empty: str, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    return [_p(f"• {line}", st["body"]) for line in lines] or [_p(empty, st["body"])]


def _lists(b: Briefing, st: dict[str, ParagraphStyle]) -> list[Flowable]:
    lang = b.lang
    out: list[Flowable] = [_p(t("industries", lang), st["h2"])]
    out += _bullets(common.industry_lines(b), t("industries.none", lang), st)
    out.append(_p(t("partners", lang), st["h2"]))
    out += _bullets(common.partner_lines(b), t("partners.none", lang), st)
    out.append(_p(t("notes", lang), st["h2"]))
    out += _bullets(common.note_lines(b), t("notes.none", lang), st)
    out.append(_p(t("sources", lang), st["h2"]))
    out += [_p(line, st["small"]) for line in common.source_lines(b)]
    return out


def _footer(b: Briefing, font: str):
    def draw(canvas, doc) -> None:
        canvas.saveState()
        canvas.setFont(font, 7)
        canvas.setFillColor(colors.HexColor("#666"))
        canvas.drawString(MARGIN, 8 * mm, f"{common.title(b)} · {b.generated.isoformat()}")
        canvas.drawRightString(A4[0] - MARGIN, 8 * mm, str(doc.page))
        canvas.restoreState()

    return draw


def _texts(items: object) -> list[str]:
    """Plain text of every Paragraph in a story (tables and KeepTogether included)."""
    out: list[str] = []
    stack = [items]
    while stack:
        item = stack.pop()
        if isinstance(item, Paragraph):
            out.append(unescape(re.sub(r"<[^>]+>", "", item.text)))
        elif isinstance(item, list | tuple):
            stack.extend(item)
        elif isinstance(item, Table):
            stack.extend(item._cellvalues)
        elif isinstance(item, KeepTogether):
            stack.extend(item._content)
    return out


def _check_glyphs(story: list[Flowable], chars: str) -> None:
    """Every printed character must be in the embedded subset; reportlab would print an empty box."""
    missing = sorted({c for text in _texts(story) for c in text if not c.isspace()} - set(chars))
    if missing:
        msg = f"briefing PDF: characters missing from the font subset: {''.join(missing)}"
        raise AtlasError(msg)


_LOCK = threading.Lock()  # reportlab's font registry is process-wide; the app renders from several threads


def render_pdf(b: Briefing) -> bytes:
    """The briefing as PDF bytes (one at a time: fonts are registered and dropped around each build)."""
    with _LOCK:
        return _render(b)


def _render(b: Briefing) -> bytes:
    regular, bold = _register_fonts(b)
    st = _styles(regular, bold, b.lang)
    story: list[Flowable] = _title_block(b, st)
    if b.map_png:
        image = Image(io.BytesIO(b.map_png))
        scale = WIDTH / image.imageWidth
        image.drawWidth, image.drawHeight = WIDTH, image.imageHeight * scale
        story += [Spacer(0, 3 * mm), KeepTogether([image, _p(common.map_caption(b), st["cite"])])]
    story.append(_p(t("designations", b.lang), st["h2"]))
    if not b.own and b.entries:
        story.append(_p(t("fallback.heading", b.lang, name=b.subject.name), st["h3"]))
    for section in b.sections:
        story += [_p(section.heading, st["h3"]), _section_table(section, b, st)]
    story += _lists(b, st)
    _check_glyphs(story, charset(common.all_text(b)) + ASCII)
    out = io.BytesIO()
    doc = SimpleDocTemplate(out, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN,
                            bottomMargin=16 * mm, title=common.title(b), author="Layout Atlas",
                            subject=b.region.adcode, lang="zh-CN" if b.lang == "zh" else "en")
    footer = _footer(b, regular)
    # initialFontName: text drawn before any setFont is then in the embedded font too. (reportlab still lists
    # an unused standard Helvetica in each page's resources; nothing is drawn with it.)
    canvasmaker = functools.partial(Canvas, initialFontName=regular, initialFontSize=9)
    try:
        doc.build(story, onFirstPage=footer, onLaterPages=footer, canvasmaker=canvasmaker)
    finally:
        _unregister(regular, bold)
    return out.getvalue()


def _unregister(*names: str) -> None:
    """Forget this briefing's font subsets once the PDF is built.

    reportlab's font registry is global and has no public way to remove a font; a long-running app
    building many briefings would otherwise keep every subset alive. Private dictionaries, hence the
    defensive ``getattr``: if reportlab changes them, fonts merely stay registered.
    """
    fonts = getattr(pdfmetrics, "_fonts", {})
    faces = getattr(pdfmetrics, "_dynFaceNames", {})
    for name in names:
        font = fonts.pop(name, None)
        face_name = getattr(getattr(font, "face", None), "name", None)
        if face_name is not None and faces.get(face_name) is font:
            faces.pop(face_name, None)
