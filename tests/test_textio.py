"""geo.textio: encodings, BOMs, .docx, Traditional script, binary/empty/truncated inputs."""

from __future__ import annotations

import io
import os
from pathlib import Path

import docx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.errors import InputError
from geo.textio import normalise_punctuation, read_document, to_simplified

SEEDS = Path(__file__).resolve().parent.parent / "corpus" / "seeds"
SEED = SEEDS / "004_f7234676e34d8fd8.txt"
SAMPLE_TW = ("形成太原、陽泉、長治煤機區域和運城、絳縣、呂梁汽車零部件區域。\n"
             "以烏魯木齊、昌吉為核心，建設出口集聚區。")
SAMPLE = ("形成太原、阳泉、长治煤机区域和运城、绛县、吕梁汽车零部件区域。\n"
          "以乌鲁木齐、昌吉为核心，建设出口集聚区。")


@pytest.mark.parametrize(
    ("encoding", "expected"),
    [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"), ("gb18030", "gb18030"), ("gbk", "gb18030"),
     ("utf-16", "utf-16-le"), ("utf-16-le", "utf-16-le"), ("utf-16-be", "utf-16-be"), ("big5", "big5")],
)
def test_encodings_decode_to_the_same_text(encoding: str, expected: str) -> None:
    source = SAMPLE if encoding != "big5" else SAMPLE_TW
    doc = read_document(source.encode(encoding), name="plan.txt")
    assert doc.encoding == expected
    assert doc.text == source
    if encoding not in ("utf-8",):
        assert doc.notes, "what was assumed must be reported"


def test_seed_in_gb18030_and_with_bom_reads_identically(tmp_path: Path) -> None:
    original = SEED.read_text(encoding="utf-8")
    for encoding in ("gb18030", "utf-8-sig"):
        path = tmp_path / f"seed-{encoding}.txt"
        path.write_bytes(original.encode(encoding))
        assert read_document(path).text == original.replace("\r\n", "\n")


def to_traditional(text: str) -> str:
    from opencc import OpenCC

    return OpenCC("s2t").convert(text)


def test_traditional_text_is_quoted_as_written_and_searched_simplified() -> None:
    traditional = to_traditional(SAMPLE)
    assert traditional != SAMPLE
    doc = read_document(traditional.encode("utf-8"), name="tw.txt")
    assert doc.text == traditional
    assert doc.script == "traditional"
    assert len(doc.search_text) == len(doc.text)
    assert "乌鲁木齐" in doc.search_text
    start = doc.search_text.index("乌鲁木齐")
    assert doc.text[start:start + 4] == "烏魯木齊"


@pytest.mark.parametrize(
    ("written", "simplified"),
    [
        ("乾安县", "乾安县"),  # Simplified text: 乾 is a Simplified character of place names (乾安县, 乾县)
        ("乾安縣", "乾安县"),  # Traditional text: the county still reads as itself, not 干安县
        ("支持乾县发展装备制造", "支持乾县发展装备制造"),
        ("臺灣", "台湾"),
        ("烏魯木齊", "乌鲁木齐"),
    ],
)
def test_simplified_characters_that_opencc_would_convert_stay_as_written(written: str, simplified: str) -> None:
    assert to_simplified(written) == simplified


def test_resolver_and_extractor_share_one_conversion() -> None:
    from geo.resolver import resolve

    assert resolve("乾安縣")[0].adcodes == ("220723",)
    from geo.extract import PlaceIndex, extract_document

    index = PlaceIndex()
    for sentence, code in (("支持乾安县建设农产品加工基地。", "220723"), ("支持乾县建设装备制造基地。", "610424")):
        doc = read_document(sentence.encode(), name="x.txt")
        assert [d.members for d in extract_document(doc, index).drafts] == [(code,)], sentence


def test_full_width_and_ascii_punctuation_are_canonical_in_search_text_only() -> None:
    text = "以太原,晋中,运城为三角(见附表);建设ＡＢＣ１２３基地"
    doc = read_document(text.encode("utf-8"), name="p.txt")
    assert doc.text == text
    assert doc.search_text == "以太原，晋中，运城为三角（见附表）；建设ABC123基地"
    assert normalise_punctuation("、，。") == "、，。"


def test_docx_paragraphs_and_tables_in_order() -> None:
    document = docx.Document()
    document.add_paragraph("形成太原、阳泉、长治煤机区域。")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text = "序号"
    table.cell(0, 1).text = "布局"
    table.cell(1, 0).text = "1"
    table.cell(1, 1).text = "打造乌鲁木齐装备制造基地"
    document.add_paragraph("以上。")
    buffer = io.BytesIO()
    document.save(buffer)
    doc = read_document(buffer.getvalue(), name="plan.docx")
    assert doc.encoding == "docx"
    assert doc.text == "形成太原、阳泉、长治煤机区域。\n序号\t布局\n1\t打造乌鲁木齐装备制造基地\n以上。"


@pytest.mark.parametrize(
    ("data", "fragment"),
    [
        (b"", "empty"),
        (b" \n\t\n", "empty"),
        (b"\x00\x01\x02\x03" * 100, "binary"),
        (b"%PDF-1.7\n...", "PDF"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 50, "legacy Office"),
        (b"PK\x03\x04" + b"\x00" * 40, ".docx"),
    ],
)
def test_unusable_inputs_raise_a_one_line_error_naming_the_file(data: bytes, fragment: str) -> None:
    with pytest.raises(InputError) as info:
        read_document(data, name="bad.txt")
    message = str(info.value)
    assert message.startswith("bad.txt: ")
    assert fragment in message
    assert "\n" not in message


def test_random_bytes_are_rejected() -> None:
    with pytest.raises(InputError, match=r"random\.bin"):
        read_document(os.urandom(4096) + b"\x00", name="random.bin")


def test_truncated_docx_names_the_file() -> None:
    document = docx.Document()
    document.add_paragraph("太原装备制造基地" * 200)
    buffer = io.BytesIO()
    document.save(buffer)
    data = buffer.getvalue()
    with pytest.raises(InputError, match=r"^cut\.docx: "):
        read_document(data[: len(data) // 2], name="cut.docx")


def test_truncated_utf8_drops_the_partial_character_and_says_so() -> None:
    data = SAMPLE.encode("utf-8")[:-1]
    doc = read_document(data, name="cut.txt")
    assert doc.text == SAMPLE[:-1]
    assert any("middle of a UTF-8 character" in note for note in doc.notes)


def test_mojibake_is_repaired_and_reported() -> None:
    garbled = SAMPLE.encode("utf-8").decode("cp1252", errors="replace")
    if "\ufffd" in garbled:  # cp1252 has holes; latin-1 never does
        garbled = SAMPLE.encode("utf-8").decode("latin-1")
    doc = read_document(garbled.encode("utf-8"), name="m.txt")
    assert doc.text == SAMPLE
    assert any("mojibake" in note for note in doc.notes)


def test_missing_file_and_directory(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file"):
        read_document(tmp_path / "nope.txt")
    with pytest.raises(InputError, match="directory"):
        read_document(tmp_path)


def test_ten_megabytes_read_quickly() -> None:
    import time

    data = (SEED.read_text(encoding="utf-8") * 500).encode("utf-8")[: 10 * 2**20]
    started = time.perf_counter()
    doc = read_document(data, name="big.txt")
    assert len(doc.search_text) == len(doc.text)
    assert time.perf_counter() - started < 20


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_any_bytes_either_decode_or_raise_input_error(data: bytes) -> None:
    try:
        doc = read_document(data, name="fuzz.txt")
    except InputError as exc:
        assert str(exc).startswith("fuzz.txt: ")
        return
    assert len(doc.text) == len(doc.search_text)
    assert doc.text.strip()


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=500), st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "gb18030"]))
def test_any_text_round_trips_with_aligned_search_text(text: str, encoding: str) -> None:
    try:
        data = text.encode(encoding)
    except UnicodeEncodeError:
        return
    try:
        doc = read_document(data, name="t.txt")
    except InputError:
        return  # empty, whitespace-only or control-character text is refused with a message
    assert len(doc.search_text) == len(doc.text)
    if encoding != "gb18030":  # GB18030 without a BOM is guessed; exact text only when UTF-8/BOM
        assert doc.text == text.replace("\r\n", "\n").replace("\r", "\n")
