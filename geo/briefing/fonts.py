"""Chinese fonts for the briefing: Noto Sans CJK SC from Debian's ``fonts-noto-cjk``.

Why the conversion below: reportlab embeds only TrueType (glyf) outlines, and Noto CJK ships CFF outlines
in a TrueType Collection. Rather than add a second, older CJK font package, we subset the SC face to
the characters a briefing actually prints (a few hundred glyphs, ~1 s) and convert those CFF curves to
quadratic TrueType curves with fontTools (a matplotlib dependency). The result is embedded in the PDF
with a ToUnicode map, so the text stays real, searchable and extractable (pdftotext), and the file small.
"""

from __future__ import annotations

import hashlib
import io
from functools import lru_cache
from pathlib import Path

from geo.errors import AtlasError

FONT_DIR = Path("/usr/share/fonts/opentype/noto")
REGULAR = FONT_DIR / "NotoSansCJK-Regular.ttc"
BOLD = FONT_DIR / "NotoSansCJK-Bold.ttc"
FAMILY = "Noto Sans CJK SC"  # the family name matplotlib, Word and LibreOffice know
ASCII = "".join(chr(c) for c in range(32, 127))
MAX_ERR = 1.0  # font units; 1/1000 em is invisible at print sizes


def font_file(bold: bool = False) -> Path:
    """Path of the Noto Sans CJK collection; a clear error naming the Debian package when absent."""
    path = BOLD if bold else REGULAR
    if not path.exists():
        msg = f"Chinese font {path} is missing: install the Debian package fonts-noto-cjk (scripts/setup.sh)"
        raise AtlasError(msg)
    return path


def _face_index(path: Path) -> int:
    """Index of the Simplified Chinese face ("Noto Sans CJK SC") in the collection."""
    from fontTools.ttLib import TTCollection

    collection = TTCollection(str(path), lazy=True)
    for index, face in enumerate(collection.fonts):
        if face["name"].getDebugName(1) == FAMILY:
            return index
    msg = f"{path} has no face named {FAMILY}"
    raise AtlasError(msg)


@lru_cache(maxsize=8)
def truetype_subset(chars: str, bold: bool = False) -> bytes:
    """A TrueType-outline font holding ``chars`` (plus ASCII) from Noto Sans CJK SC, as bytes."""
    from fontTools import subset
    from fontTools.pens.cu2quPen import Cu2QuPen
    from fontTools.pens.ttGlyphPen import TTGlyphPen
    from fontTools.ttLib import TTFont, newTable

    path = font_file(bold)
    font = TTFont(str(path), fontNumber=_face_index(path))
    options = subset.Options()
    options.desubroutinize = True
    options.notdef_outline = True
    options.name_IDs = ["*"]
    options.layout_features = []  # reportlab does no shaping; Chinese needs none
    subsetter = subset.Subsetter(options)
    subsetter.populate(text=chars + ASCII)
    subsetter.subset(font)

    order = font.getGlyphOrder()
    glyph_set = font.getGlyphSet()
    glyphs = {}
    for name in order:
        pen = TTGlyphPen(glyph_set)
        glyph_set[name].draw(Cu2QuPen(pen, MAX_ERR, reverse_direction=True))
        glyphs[name] = pen.glyph()
    font["loca"] = newTable("loca")
    glyf = font["glyf"] = newTable("glyf")
    glyf.glyphOrder = order
    glyf.glyphs = glyphs
    for tag in ("CFF ", "VORG"):
        if tag in font:
            del font[tag]
    glyf.compile(font)
    hmtx = font["hmtx"]
    for name, glyph in glyf.glyphs.items():
        if hasattr(glyph, "xMin"):
            hmtx[name] = (hmtx[name][0], glyph.xMin)
    maxp = font["maxp"] = newTable("maxp")
    maxp.tableVersion = 0x00010000
    for attr in ("maxTwilightPoints", "maxStorage", "maxFunctionDefs", "maxInstructionDefs",
                 "maxStackElements", "maxSizeOfInstructions", "maxComponentElements"):
        setattr(maxp, attr, 0)
    maxp.maxZones = 1
    _rename(font, hashlib.sha1(chars.encode("utf-8")).hexdigest()[:8])
    font["post"].formatType = 3.0  # no glyph names: smaller, and names are not needed for extraction
    font["head"].glyphDataFormat = 0
    font.sfntVersion = "\x00\x01\x00\x00"
    out = io.BytesIO()
    font.save(out)
    return out.getvalue()


def _rename(font: object, key: str) -> None:
    """Give the subset its own PostScript name (``NotoSansCJKsc-Regular-1a2b3c4d``).

    Why: reportlab keys embedded TrueType faces by PostScript name and silently reuses the first face
    registered under a name, so a second briefing with other characters would print with the first
    briefing's subset (empty boxes for every character the first one lacked).
    """
    names = font["name"]  # type: ignore[index]
    base = names.getDebugName(6) or "NotoSansCJKsc"
    for record in list(names.names):
        if record.nameID == 6:
            record.string = f"{base}-{key}"


def charset(*texts: str) -> str:
    """The distinct characters of ``texts``, sorted (a stable cache key for :func:`truetype_subset`)."""
    return "".join(sorted(set("".join(texts))))
