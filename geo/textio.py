"""Read a policy document from any of the forms users bring: UTF-8 (with or without BOM), UTF-16,
GBK/GB18030, Big5, ``.docx``; Simplified or Traditional script; full-width or ASCII punctuation.

Why two texts: quotes and spans must reproduce the document *as written* (a Traditional-script plan
is quoted in Traditional script), while the gazetteer and the frame patterns are Simplified with
Chinese punctuation. :class:`Document` therefore carries ``text`` (as written) and ``search_text``
(Simplified, canonical punctuation) of exactly the same length, so that an offset found in
``search_text`` indexes ``text`` directly. Every conversion here is code point for code point; a
phrase conversion that would change the length falls back to character-level conversion.

Nothing is silently assumed: ``encoding`` says what was detected and ``notes`` says what was done
(BOM removed, script converted, trailing partial character dropped ...). Input that is not text
(binary, PDF, legacy ``.doc``, broken ``.docx``) raises :class:`geo.errors.InputError` with a
one-line message naming the file.
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

from geo.errors import InputError

#: Largest input accepted (bytes). Plans are at most a few hundred kB; 10 MB inputs must work.
MAX_BYTES = 64 * 1024 * 1024

#: Share of CJK characters that must be "common" (GB2312 level 1 or Big5 frequent) for a
#: legacy-encoding reading to be believed. Real text scores > 0.9, mis-decoded bytes < 0.5.
_COMMON_SHARE = 0.8

_BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\xff\xfe\x00\x00", "utf-32-le"),
    (b"\x00\x00\xfe\xff", "utf-32-be"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xff\xfe", "utf-16-le"),
    (b"\xfe\xff", "utf-16-be"),
)

_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF file; convert it to text or .docx first"),
    (b"\xd0\xcf\x11\xe0", "a legacy Office (.doc/.xls) file; save it as .docx or text first"),
    (b"{\\rtf", "an RTF file; save it as .docx or text first"),
    (b"\x89PNG", "an image (PNG), not a document"),
    (b"\xff\xd8\xff", "an image (JPEG), not a document"),
    (b"GIF8", "an image (GIF), not a document"),
    (b"\x1f\x8b", "a gzip archive; unpack it first"),
    (b"7z\xbc\xaf", "a 7z archive; unpack it first"),
    (b"Rar!", "a RAR archive; unpack it first"),
    (b"\x7fELF", "a program (ELF), not a document"),
)

_CJK_RUN = re.compile(r"[\u3400-\u9fff\uf900-\ufaff\U00020000-\U0003ffff]+")

# Code point for code point canonical punctuation for search_text: full-width letters/digits to
# ASCII; ASCII clause punctuation to the Chinese forms the frame patterns use.
_PUNCT = {",": "，", ";": "；", ":": "：", "!": "！", "?": "？", "(": "（", ")": "）", "\u3000": " ",
          "､": "、",
          "﹐": "，", "﹑": "、", "﹔": "；", "﹕": "：", "﹖": "？", "﹗": "！", "﹙": "（", "﹚": "）"}


@dataclass(frozen=True)
class Document:
    """A decoded document. ``text[i]`` and ``search_text[i]`` are the same character up to script
    and punctuation form; spans computed on ``search_text`` index ``text``."""

    name: str
    text: str
    search_text: str
    encoding: str
    script: str  # simplified | traditional | mixed | none
    notes: tuple[str, ...] = field(default_factory=tuple)

    def quote(self, start: int, end: int) -> str:
        """The text between two offsets as written."""
        return self.text[start:end]


def read_document(source: str | Path | bytes, name: str | None = None) -> Document:
    """Read and decode ``source`` (a path, or the raw bytes of a file called ``name``).

    Raises :class:`InputError` naming the file when it cannot be read as text.
    """
    if isinstance(source, bytes | bytearray):
        data = bytes(source)
        label = name or "<bytes>"
    else:
        path = Path(source)
        label = name or str(path)
        data = _read_bytes(path, label)
    notes: list[str] = []
    if _is_zip(data) or label.lower().endswith(".docx"):
        text, encoding = _read_docx(data, label), "docx"
    else:
        text, encoding = _decode(data, label, notes)
    text = _check_text(_repair_mojibake(text, notes), label)
    search, script = _search_form(text, notes)
    return Document(label, text, search, encoding, script, tuple(notes))


def _read_bytes(path: Path, label: str) -> bytes:
    if not path.exists():
        msg = f"{label}: no such file"
        raise InputError(msg)
    if path.is_dir():
        msg = f"{label}: is a directory, not a document"
        raise InputError(msg)
    size = path.stat().st_size
    if size > MAX_BYTES:
        limit = MAX_BYTES // 2**20
        msg = f"{label}: {size / 1e6:.0f} MB is larger than the {limit} MiB limit for one document"
        raise InputError(msg)
    try:
        return path.read_bytes()
    except OSError as exc:
        msg = f"{label}: cannot read ({exc.strerror or exc})"
        raise InputError(msg) from exc


def _is_zip(data: bytes) -> bool:
    return data[:4] == b"PK\x03\x04"


# ---------------------------------------------------------------------------------------- decoding


def _decode(data: bytes, label: str, notes: list[str]) -> tuple[str, str]:
    """Decode bytes, trying what is certain first (BOM, strict UTF-8) and then legacy encodings
    that are only believed when the result reads as common Chinese."""
    if not data.strip():
        msg = f"{label}: the file is empty"
        raise InputError(msg)
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return _decode_bom(data, bom, encoding, label, notes)
    for signature, what in _SIGNATURES:
        if data.startswith(signature):
            msg = f"{label}: this is {what}"
            raise InputError(msg)
    if b"\x00" in data:
        guessed = _utf16_without_bom(data)
        if guessed is not None:
            notes.append(f"decoded as {guessed[1]} (no byte-order mark; NUL bytes pattern)")
            return guessed
        msg = f"{label}: looks like a binary file (contains NUL bytes), not a text document"
        raise InputError(msg)
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError as exc:
        utf8_error = exc
    if utf8_error.start >= len(data) - 3 and utf8_error.reason == "unexpected end of data":
        dropped = len(data) - utf8_error.start
        notes.append(f"file ends in the middle of a UTF-8 character; dropped the last {dropped} byte(s)")
        return data[: utf8_error.start].decode("utf-8"), "utf-8"
    return _decode_legacy(data, label, notes, utf8_error)


def _decode_bom(data: bytes, bom: bytes, encoding: str, label: str, notes: list[str]) -> tuple[str, str]:
    body = data[len(bom):]
    codec = "utf-8" if encoding == "utf-8-sig" else encoding
    try:
        text = body.decode(codec)
    except UnicodeDecodeError as exc:
        if exc.reason == "truncated data" or exc.start >= len(body) - 3:
            text = body[: exc.start].decode(codec)
            dropped = len(body) - exc.start
            notes.append(f"file ends in the middle of a character; dropped the last {dropped} byte(s)")
        else:
            where = exc.start + len(bom)
            msg = f"{label}: has a {encoding} byte-order mark but invalid {codec} at byte {where}"
            raise InputError(msg) from exc
    notes.append(f"byte-order mark found: {encoding}")
    return text, encoding


def _utf16_without_bom(data: bytes) -> tuple[str, str] | None:
    """UTF-16 without BOM: NUL bytes appear as the high byte of ASCII characters. Believed only
    when the decoded text is printable and its Chinese characters are common ones."""
    if len(data) % 2:
        return None
    for codec in ("utf-16-le", "utf-16-be"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        share = _common_cjk_share(text)
        if _printable_share(text) > 0.98 and (share is None or share >= _COMMON_SHARE):
            return text, codec
    return None


def _decode_legacy(
    data: bytes, label: str, notes: list[str], utf8_error: UnicodeDecodeError
) -> tuple[str, str]:
    best: tuple[float, str, str] | None = None
    for codec in ("gb18030", "big5"):
        try:
            text = data.decode(codec)
        except UnicodeDecodeError:
            continue
        share = _common_cjk_share(text)
        if share is not None and share >= _COMMON_SHARE and (best is None or share > best[0]):
            best = (share, text, codec)
    if best is not None:
        codec = best[2]
        notes.append(f"not valid UTF-8 (byte {utf8_error.start}); decoded as {codec} "
                     f"({best[0]:.0%} of Chinese characters are common ones)")
        return best[1], codec
    repaired = data.decode("utf-8", errors="replace")
    bad = repaired.count("\ufffd") - data.count("\ufffd".encode())
    if bad <= max(1, len(repaired) // 1000):
        notes.append(f"mostly UTF-8 with {bad} invalid byte sequence(s) (first at byte {utf8_error.start}); "
                     "replaced by U+FFFD")
        return repaired, "utf-8"
    return _decode_fallback(data, label, notes)


def _decode_fallback(data: bytes, label: str, notes: list[str]) -> tuple[str, str]:
    from charset_normalizer import from_bytes

    # No NUL bytes reach this point, so UTF-16/32 guesses are wrong by construction.
    matches = [m for m in from_bytes(data) if m.encoding and not m.encoding.startswith(("utf_16", "utf_32"))]
    match = matches[0] if matches else None
    if match is None or match.encoding is None:
        msg = f"{label}: cannot determine the text encoding (not UTF-8, GB18030 or Big5); save it as UTF-8"
        raise InputError(msg)
    text = str(match)
    share = _common_cjk_share(text)
    if share is not None and share < 0.5:
        msg = (f"{label}: the text encoding could not be recognised (best guess {match.encoding} gives "
               "unusual characters); save it as UTF-8")
        raise InputError(msg)
    notes.append(f"not UTF-8/GB18030/Big5; encoding guessed by charset-normalizer: {match.encoding}")
    return text, match.encoding


@lru_cache(maxsize=1)
def _common_chars() -> frozenset[str]:
    """GB2312 level-1 characters (the 3,755 most frequent Simplified) and Big5's frequent block
    (5,401 Traditional): a decoding whose Chinese characters are mostly outside both is wrong."""
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                continue
    trails = [*range(0x40, 0x7F), *range(0xA1, 0xFF)]
    for lead in range(0xA4, 0xC7):
        for trail in trails:
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                continue
    return frozenset(chars)


def _common_cjk_share(text: str) -> float | None:
    """Share of CJK ideographs that are common; None when the text has (almost) none."""
    cjk = [ch for ch in text[:200_000] if "\u3400" <= ch <= "\u9fff" or ch >= "\U00020000"]
    others = sum(1 for ch in text[:200_000] if ord(ch) > 0x7F and not ("\u3000" <= ch <= "\u9fff")
                 and not ("\uff00" <= ch <= "\uffef"))
    if len(cjk) < 2:
        return None if others == 0 else 0.0
    common = _common_chars()
    return sum(ch in common for ch in cjk) / (len(cjk) + others)


# ---------------------------------------------------------------------------------------- docx


def _read_docx(data: bytes, label: str) -> str:
    """Paragraphs and table rows in document order (tables carry layout lists in many plans)."""
    import docx
    from docx.opc.exceptions import PackageNotFoundError

    if not _is_zip(data):
        msg = f"{label}: named .docx but is not a Word (zip) package"
        raise InputError(msg)
    try:
        document = docx.Document(io.BytesIO(data))
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError, ValueError, EOFError) as exc:
        msg = f"{label}: not a readable .docx file ({type(exc).__name__}: {exc})"
        raise InputError(msg) from exc
    except Exception as exc:  # lxml raises its own XMLSyntaxError for damaged parts
        msg = f"{label}: damaged .docx file ({type(exc).__name__})"
        raise InputError(msg) from exc
    return "\n".join(_docx_blocks(document))


def _docx_blocks(document: object) -> list[str]:
    from docx.table import Table
    from docx.text.paragraph import Paragraph

    body = document.element.body  # type: ignore[attr-defined]
    lines: list[str] = []
    for child in body.iterchildren():
        tag = child.tag.rsplit("}", 1)[-1]
        if tag == "p":
            lines.append(Paragraph(child, document).text)  # type: ignore[arg-type]
        elif tag == "tbl":
            for row in Table(child, document).rows:  # type: ignore[arg-type]
                cells: list[str] = []
                for cell in row.cells:
                    if not cells or cells[-1] != cell.text:  # merged cells repeat their text
                        cells.append(cell.text)
                lines.append("\t".join(cells))
    return lines


# ---------------------------------------------------------------------------------------- checks


def _printable_share(text: str) -> float:
    sample = text[:100_000]
    if not sample:
        return 1.0
    bad = sum(1 for ch in sample if _is_bad_char(ch))
    return 1 - bad / len(sample)


def _is_bad_char(ch: str) -> bool:
    if ch in "\t\n\r\f\v":
        return False
    category = unicodedata.category(ch)
    return category in ("Cc", "Cs", "Co", "Cn")


def _repair_mojibake(text: str, notes: list[str]) -> str:
    """UTF-8 Chinese that went through a Latin-1/Windows-1252 editor reads as 'å½¢æˆ': when most
    non-ASCII characters are Latin-1 letters and re-reading the bytes as UTF-8 gives common Chinese,
    use that (and say so)."""
    sample = text[:20000]
    latin = sum(1 for ch in sample if "\u00c0" <= ch <= "\u00ff")
    non_ascii = sum(1 for ch in sample if ord(ch) > 0x7F)
    if non_ascii < 6 or latin < 0.3 * non_ascii:
        return text
    for codec in ("cp1252", "latin-1"):
        try:
            repaired = text.encode(codec).decode("utf-8")
        except (UnicodeEncodeError, UnicodeDecodeError):
            continue
        share = _common_cjk_share(repaired)
        if share is not None and share >= _COMMON_SHARE:
            notes.append(f"text was UTF-8 read as {codec} (mojibake); repaired")
            return repaired
    return text


def _check_text(text: str, label: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        msg = f"{label}: the document contains no text"
        raise InputError(msg)
    if _printable_share(text) < 0.97:
        msg = f"{label}: looks like a binary file (too many control characters), not a text document"
        raise InputError(msg)
    return text


# ---------------------------------------------------------------------------------------- search form


@lru_cache(maxsize=1)
def _t2s() -> tuple[object, dict[str, str], frozenset[str]]:
    """OpenCC t2s converter, its character table and the set of characters it may change."""
    from opencc import OpenCC

    converter = OpenCC("t2s")
    dictionary = Path(__import__("opencc").__file__).parent / "dictionary"
    table: dict[str, str] = {}
    for line in (dictionary / "TSCharacters.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and len(parts[0]) == 1:
            target = parts[1].split(" ")[0]
            if len(target) == 1 and target != parts[0]:
                table[parts[0]] = target
    trigger = set(table)
    for line in (dictionary / "TSPhrases.txt").read_text(encoding="utf-8").splitlines():
        source, _, target = line.partition("\t")
        first = target.split(" ")[0]
        if len(first) == len(source):  # only the characters the phrase actually changes
            trigger.update(a for a, b in zip(source, first, strict=True) if a != b)
    return converter, table, frozenset(trigger - _kept_as_written())


@lru_cache(maxsize=1)
def _kept_as_written() -> frozenset[str]:
    """Characters that are Simplified too and are never converted (乾 干 乾, 於 于 於, 徵 征 徵 …).

    OpenCC lists them with themselves among their Simplified forms: 乾 is 干 in 乾淨 but stays 乾 in 乾坤 and in
    place names (乾安县, 乾县). Converting them lost those places in Simplified text (乾安县 became 干安县) and in
    Traditional text alike; keeping them costs only words no place name needs (乾淨 matched as 乾净)."""
    dictionary = Path(__import__("opencc").__file__).parent / "dictionary"
    kept = set()
    for line in (dictionary / "TSCharacters.txt").read_text(encoding="utf-8").splitlines():
        source, _, targets = line.partition("\t")
        if len(source) == 1 and source in targets.split(" ")[1:]:
            kept.add(source)
    return frozenset(kept)


@lru_cache(maxsize=1)
def _simplified_only() -> frozenset[str]:
    """Characters that are written differently in Traditional script (为, 区 ...): their presence
    next to converted characters means a mixed-script text."""
    dictionary = Path(__import__("opencc").__file__).parent / "dictionary"
    chars = set()
    for line in (dictionary / "STCharacters.txt").read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if len(parts) == 2 and len(parts[0]) == 1 and parts[1].split(" ")[0] != parts[0]:
            chars.add(parts[0])
    return frozenset(chars)


def to_simplified(text: str) -> str:
    """Traditional -> Simplified with the same length (only runs holding Traditional characters are
    converted; a run whose phrase conversion changes length is converted character by character)."""
    converter, table, trigger = _t2s()
    if not any(ch in trigger for ch in text):
        return text
    parts: list[str] = []
    last = 0
    for match in _CJK_RUN.finditer(text):
        run = match.group()
        if not any(ch in trigger for ch in run):
            continue
        converted = converter.convert(run)  # type: ignore[attr-defined]
        if len(converted) != len(run):
            converted = "".join(table.get(ch, ch) for ch in run)
        kept = _kept_as_written()
        converted = "".join(o if o in kept else c for o, c in zip(run, converted, strict=True))
        parts.append(text[last:match.start()])
        parts.append(converted)
        last = match.end()
    parts.append(text[last:])
    return "".join(parts)


@lru_cache(maxsize=1)
def _punct_table() -> dict[int, str]:
    table = {code: chr(code - 0xFEE0) for code in (*range(0xFF10, 0xFF1A), *range(0xFF21, 0xFF3B),
                                                    *range(0xFF41, 0xFF5B))}
    table.update({ord(k): v for k, v in _PUNCT.items()})
    return table


_ASCII_STOP = re.compile(r"(?<=[\u4e00-\u9fff”）])\.(?=\s|[\u4e00-\u9fff“（]|$)")


def normalise_punctuation(text: str) -> str:
    """Full-width letters/digits to ASCII, ASCII clause punctuation to Chinese forms, and a full stop
    written as '.' after Chinese text to 。 (same length; decimals like 1.5 are left alone)."""
    return _ASCII_STOP.sub("。", text.translate(_punct_table()))


def _search_form(text: str, notes: list[str]) -> tuple[str, str]:
    simplified = to_simplified(text)
    changed = sum(1 for a, b in zip(text, simplified, strict=True) if a != b)
    has_cjk = _CJK_RUN.search(text) is not None
    if not has_cjk:
        script = "none"
    elif changed == 0:
        script = "simplified"
    else:
        kept = sum(1 for ch in text if ch in _simplified_only())
        script = "mixed" if kept > changed / 10 else "traditional"
        notes.append(f"{script} script: {changed} character(s) converted to Simplified for matching; "
                     "quotes kept as written")
    return normalise_punctuation(simplified), script
