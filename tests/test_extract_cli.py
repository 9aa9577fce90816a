"""``python -m geo extract``: outputs in the shared schemas, and hostile inputs (issue 7)."""

from __future__ import annotations

import io
import json
import os
from pathlib import Path

import docx
import pyogrio
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from geo.cli import main
from geo.extract import PlaceIndex, extract_document
from geo.extract.writer import layer_mapping
from geo.layers import layer_from_mapping, load_layer
from geo.textio import read_document

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "corpus" / "seeds" / "004_f7234676e34d8fd8.txt"
SEED_TEXT = SEED.read_text(encoding="utf-8")


def _run(args: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[int, str, str]:
    code = main(["extract", *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def _designations(path: Path) -> list[tuple[str, str, tuple[str, ...]]]:
    collection = json.loads(path.read_text(encoding="utf-8"))
    return [(f["properties"]["name"], f["properties"]["kind"], tuple(f["properties"]["members"]))
            for f in collection["features"]]


def test_geojson_and_draft_layer(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out, layer = tmp_path / "out.geojson", tmp_path / "004_f7234676e34d8fd8.yaml"
    code, _stdout, stderr = _run([str(SEED), "--out", str(out), "--layer", str(layer)], capsys)
    assert code == 0, stderr
    assert "encoding utf-8" in stderr
    collection = json.loads(out.read_text(encoding="utf-8"))
    assert collection["type"] == "FeatureCollection"
    props = [f["properties"] for f in collection["features"]]
    assert len(props) >= 15
    assert all(p["review"] == "auto" and 0 < p["confidence"] <= 1 for p in props)
    assert {"candidates", "quote", "span", "members", "group", "industry"} <= set(props[0])
    assert "unresolved" in collection and "warnings" in collection
    frame = pyogrio.read_dataframe(out)
    assert len(frame) == len(props)
    loaded = load_layer(layer)
    assert not [p for p in loaded.problems if p.is_error], [str(p) for p in loaded.problems]
    assert len(loaded.designations) == len(props)
    assert all(d.review == "auto" for d in loaded.designations)


def test_every_draft_layer_loads_without_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    docs = sorted((REPO / "tests" / "docs").glob("*.txt")) + sorted((REPO / "corpus" / "seeds").glob("*.txt"))
    code, _, stderr = _run([*map(str, docs), "--out", str(tmp_path / "all.geojson"), "--layer", str(tmp_path)],
                           capsys)
    assert code == 0, stderr
    for doc in docs:
        loaded = load_layer(tmp_path / f"{doc.stem}.yaml")
        assert not [p for p in loaded.problems if p.is_error], [str(p) for p in loaded.problems]


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig", "utf-16"])
def test_other_encodings_of_a_seed_give_the_same_designations(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], encoding: str
) -> None:
    original, copy = tmp_path / "a.geojson", tmp_path / "b.geojson"
    converted = tmp_path / f"seed-{encoding}.txt"
    converted.write_bytes(SEED_TEXT.encode(encoding))
    assert _run([str(SEED), "--out", str(original)], capsys)[0] == 0
    code, _, stderr = _run([str(converted), "--out", str(copy)], capsys)
    assert code == 0
    assert _designations(copy) == _designations(original)
    assert "encoding " in stderr and encoding.split("-", maxsplit=1)[0] in stderr


def test_draft_layer_for_a_gb18030_document_loads(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    layer = tmp_path / "guangdong_gb18030.yaml"
    doc = REPO / "tests" / "docs" / "guangdong_gb18030.txt"
    assert _run([str(doc), "--out", str(tmp_path / "g.geojson"), "--layer", str(layer)], capsys)[0] == 0
    loaded = load_layer(layer)
    assert loaded.designations
    assert not [p for p in loaded.problems if p.is_error], [str(p) for p in loaded.problems]


def test_docx_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    document = docx.Document()
    for line in SEED_TEXT.splitlines():
        document.add_paragraph(line)
    path = tmp_path / "plan.docx"
    document.save(path)
    out = tmp_path / "d.geojson"
    assert _run([str(path), "--out", str(out)], capsys)[0] == 0
    names = {name for name, _, _ in _designations(out)}
    assert "太原、阳泉、长治煤机区域" in names


def _bad_inputs(tmp_path: Path) -> dict[str, bytes]:
    document = docx.Document()
    document.add_paragraph("形成太原、阳泉、长治煤机区域。" * 50)
    buffer = io.BytesIO()
    document.save(buffer)
    return {
        "empty.txt": b"",
        "binary.bin": os.urandom(2048) + b"\x00\x01",
        "cut.docx": buffer.getvalue()[:1500],
        "latin.txt": "Ceci n'est pas un plan: économie, société, théâtre".encode("latin-1") * 20,
        "image.txt": b"\x89PNG\r\n\x1a\n" + os.urandom(100),
    }


def test_unusable_inputs_fail_with_one_line_naming_the_file(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, data in _bad_inputs(tmp_path).items():
        path = tmp_path / name
        path.write_bytes(data)
        code, _, stderr = _run([str(path), "--out", str(tmp_path / "x.geojson")], capsys)
        assert code != 0, name
        lines = stderr.strip().splitlines()
        assert len(lines) == 1 and name in lines[0], stderr
        assert not (tmp_path / "x.geojson").exists()


def test_truncated_utf8_and_traditional_inputs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from opencc import OpenCC

    cut = tmp_path / "cut.txt"
    cut.write_bytes(SEED_TEXT.encode("utf-8")[:-2])
    assert _run([str(cut), "--out", str(tmp_path / "c.geojson")], capsys)[0] == 0
    traditional = tmp_path / "tw.txt"
    traditional.write_text(OpenCC("s2t").convert(SEED_TEXT), encoding="utf-8")
    out = tmp_path / "t.geojson"
    code, _, stderr = _run([str(traditional), "--out", str(out)], capsys)
    assert code == 0 and "traditional script" in stderr
    members = {m for _, _, m in _designations(out)}
    assert ("140100", "140300", "140400") in members


@pytest.mark.slow
def test_ten_megabyte_input(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    big = tmp_path / "big.txt"
    data = (SEED_TEXT * (10 * 2**20 // len(SEED_TEXT.encode("utf-8")) + 1)).encode("utf-8")[: 10 * 2**20]
    big.write_bytes(data)
    out = tmp_path / "big.geojson"
    code, stdout, _ = _run([str(big), "--out", str(out)], capsys)
    assert code == 0
    assert "wrote" in stdout
    assert len(_designations(out)) >= 15


_PIECES = ["太原", "长治", "乌昌石", "兰白", "北辰区", "七里河", "以", "为核心", "为三角", "一线", "、", "和", "，",
           "。", "\n", "基地", "产业园", "区域", "重点发展", "装备制造", "等6个地区", "一轴两带三区", "包括", "与",
           "相比", "海关", "曾是", "各市人民政府：", "“", "”", "的", "a", " ", "１２", "(", ")", "臺灣", "烏魯木齊"]


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.one_of(st.sampled_from(_PIECES), st.text(max_size=3)), max_size=60))
def test_extractor_never_crashes_and_spans_quote_the_text(pieces: list[str]) -> None:
    text = "".join(pieces)
    try:
        doc = read_document(text.encode("utf-8"), name="fuzz.txt")
    except Exception as exc:  # only the documented error is allowed
        from geo.errors import InputError

        assert isinstance(exc, InputError)
        return
    result = extract_document(doc, _INDEX)
    layer = layer_from_mapping(layer_mapping(result, "fuzz.txt"), name="fuzz.yaml", document_text=doc.text)
    assert not [p for p in layer.problems if p.is_error], [str(p) for p in layer.problems]
    for draft in result.drafts:
        assert 0 <= draft.start < draft.end <= len(doc.text)
        assert draft.members
        for mention in draft.mentions:
            assert doc.text[mention.start:mention.end] == mention.written


_INDEX = PlaceIndex()
