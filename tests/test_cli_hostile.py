"""Every command on hostile input, run as a user runs it (a subprocess): a correct result or one line naming the
file and the problem, a non-zero exit for failures, and never a traceback (issue 7)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SEED = REPO / "corpus" / "seeds" / "001_ba1d06278cb53b49.txt"
ENV = {**os.environ, "PYTHONIOENCODING": "utf-8"}


def geo(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "geo", *args], capture_output=True, text=True, cwd=REPO,
                          env=ENV, check=False, timeout=300)


def one_line_error(proc: subprocess.CompletedProcess[str], *needles: str) -> None:
    assert proc.returncode != 0, proc.stdout[-500:]
    assert "Traceback" not in proc.stderr, proc.stderr
    errors = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1, proc.stderr
    for needle in needles:
        assert needle in errors[0], errors[0]


def designations(path: Path) -> list[tuple[str, tuple[str, ...]]]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return sorted((f["properties"]["name"], tuple(f["properties"]["members"])) for f in data["features"])


@pytest.fixture(scope="module")
def seed_result(tmp_path_factory: pytest.TempPathFactory) -> list[tuple[str, tuple[str, ...]]]:
    out = tmp_path_factory.mktemp("utf8") / "seed.geojson"
    proc = geo("extract", str(SEED), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    found = designations(out)
    assert len(found) >= 5
    return found


@pytest.mark.parametrize(("name", "payload"), [
    ("empty.txt", b""),
    ("binary.txt", bytes(range(256)) * 64),
    ("blank.txt", b"   \n\n  \t\n"),
])
def test_extract_refuses_unusable_files_by_name(tmp_path: Path, name: str, payload: bytes) -> None:
    doc = tmp_path / name
    doc.write_bytes(payload)
    proc = geo("extract", str(doc), "--out", str(tmp_path / "out.geojson"))
    one_line_error(proc, name)
    assert not (tmp_path / "out.geojson").exists()


def test_extract_missing_file(tmp_path: Path) -> None:
    one_line_error(geo("extract", str(tmp_path / "nope.txt"), "--out", str(tmp_path / "o.geojson")), "nope.txt")


@pytest.mark.parametrize("encoding", ["gb18030", "utf-8-sig"])
def test_extract_other_encodings_give_the_same_designations(
    tmp_path: Path, encoding: str, seed_result: list[tuple[str, tuple[str, ...]]]
) -> None:
    doc = tmp_path / f"seed-{encoding}.txt"
    doc.write_bytes(SEED.read_text(encoding="utf-8").encode(encoding))
    out = tmp_path / "out.geojson"
    proc = geo("extract", str(doc), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stderr
    assert designations(out) == seed_result


def test_extract_truncated_utf8_keeps_the_text(tmp_path: Path) -> None:
    raw = SEED.read_bytes()
    doc = tmp_path / "cut.txt"
    doc.write_bytes(raw[: len(raw) // 2 * 2 + 1])  # very likely cuts a 3-byte character
    out = tmp_path / "out.geojson"
    proc = geo("extract", str(doc), "--out", str(out))
    assert "Traceback" not in proc.stderr
    assert proc.returncode == 0, proc.stderr
    assert designations(out)


def test_extract_script_injection_is_data_not_code(tmp_path: Path) -> None:
    doc = tmp_path / "inject.txt"
    text = ("打造乌鲁木齐<script>alert(1)</script>、昌吉等装备制造基地<img src=x onerror=alert(1)>。\n")
    doc.write_text(text, encoding="utf-8")
    out = tmp_path / "out.geojson"
    proc = geo("extract", str(doc), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    data = json.loads(out.read_text(encoding="utf-8"))
    quotes = [f["properties"]["quote"] for f in data["features"]]
    assert quotes and all(q in text for q in quotes)  # kept verbatim in the data; escaping is the viewer's job


@pytest.mark.parametrize("args", [
    ("resolve", ""),
    ("resolve", "不存在的地方"),
    ("resolve", "乌昌石", "--province", "火星"),
    ("boundary", "abc"),
    ("boundary", "999999"),
    ("briefing", "不存在的地方", "--out", "{tmp}/x.pdf"),
    ("briefing", "朝阳区", "--out", "{tmp}/x.pdf"),
    ("briefing", "652300", "--out", "{tmp}/x.exe"),
    ("export", "--out", "{tmp}/x.geojson", "--format", "geojson", "--layers", "{tmp}/missing.yaml"),
])
def test_bad_arguments_are_one_line_errors(tmp_path: Path, args: tuple[str, ...]) -> None:
    proc = geo(*(a.replace("{tmp}", str(tmp_path)) for a in args))
    one_line_error(proc)


def test_briefing_ambiguous_name_lists_candidates(tmp_path: Path) -> None:
    proc = geo("briefing", "朝阳区", "--out", str(tmp_path / "x.pdf"))
    one_line_error(proc, "110105", "220104")


def test_export_with_a_broken_layer_names_file_and_line_and_keeps_the_rest(tmp_path: Path) -> None:
    broken = tmp_path / "broken.yaml"
    broken.write_text("doc: x\ndesignations:\n  - id: [unclosed\n", encoding="utf-8")
    out = tmp_path / "out.geojson"
    proc = geo("export", "--out", str(out), "--layers", str(REPO / "layers"), str(broken))
    assert "Traceback" not in proc.stderr
    assert f"{broken}:" in proc.stderr or "broken.yaml:" in proc.stderr, proc.stderr
    assert proc.returncode == 0, proc.stderr
    assert len(json.loads(out.read_text(encoding="utf-8"))["features"]) >= 60  # the reviewed layers still export
