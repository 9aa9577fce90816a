"""Layer loader: schema errors, text and gazetteer checks, all reported as FILE:LINE; nothing raises."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
import yaml
from tablefixtures import BAD_DIR, OK_LAYERS, real_services

from geo.layers import (
    Problem,
    Services,
    has_reviewed_records,
    layer_from_mapping,
    load_layer,
    load_layers,
    parse_layer,
    read_document_text,
    save_layer_text,
)
from geo.paths import REPO_DIR

BAD = "tests/fixtures/layers_bad"


@pytest.fixture(scope="module")
def services() -> Services:
    return real_services()


def messages(path: Path, services: Services) -> list[str]:
    return [str(p) for p in load_layer(path, services=services).problems]


def test_fixture_layers_load_clean(services: Services) -> None:
    layers, problems = load_layers(OK_LAYERS, services=services)
    assert problems == []
    assert [len(layer.designations) for layer in layers] == [3, 6]
    xj = layers[0]
    assert xj.meta.title is not None and xj.meta.title.value == "中国制造2025新疆行动方案"
    assert xj.meta.title.inferred and xj.meta.title.line == 5
    assert xj.meta.region_code == "650000"
    assert xj.checks[0].declared == 6 and xj.checks[0].span == (2330, 2422)
    d = xj.designations[0]
    assert d.members == ("650100", "652300", "659001")
    assert d.line == 17 and d.source == "tests/fixtures/layers_ok/003_0080feef46c9a5bd.yaml"
    text = read_document_text(xj.meta.text_path)
    assert text[d.span[0]:d.span[1]] == d.quote
    assert d.effective_confidence == 1.0
    assert xj.designations[2].effective_confidence == 0.6


def test_schema_errors_name_file_and_line(services: Services) -> None:
    got = messages(BAD_DIR / "schema.yaml", services)
    p = f"{BAD}/schema.yaml"
    expected = [
        f"{p}:18: designation 'bad-missing-quote': missing field 'quote'",
        f"{p}:33: designation 'bad-unknown-field': unknown field 'colour'",
        f"{p}:40: designation 'bad-unquoted-adcode': members item 140100 must be a quoted string (\"140100\")",
        f"{p}:47: designation 'bad-vocabulary': kind 'cluster' is not one of: area, axis",
        f"{p}:52: designation 'bad-vocabulary': status 'proposed' is not one of: planned, existing, policy",
        f"{p}:53: designation 'bad-vocabulary': review 'ok' is not one of: reviewed, auto",
        f"{p}:54: duplicate id 'bad-ok-coal' (first on line 8)",
        f"{p}:63: designation 'bad-triangle': kind triangle needs exactly 3 members, found 2",
        f"{p}:72: designation 'Bad_ID': id 'Bad_ID' must be lowercase ascii",
        f"{p}:78: designation 'Bad_ID': span [3683, 3652] must have 0 <= start < end",
        f"{p}:79: designation 'Bad_ID': horizon must be a whole number, found a string ('2015')",
        f"{p}:82: designation must be a mapping of field: value, found a string",
    ]
    errors = [m for m in got if "differs from the file name" not in m]
    assert len(errors) == len(expected)
    for message, prefix in zip(errors, expected, strict=True):
        assert message.startswith(prefix), (message, prefix)
    layer = load_layer(BAD_DIR / "schema.yaml", services=services)
    assert [d.id for d in layer.designations] == ["bad-ok-coal"]  # broken records skipped, good one kept


def test_text_and_gazetteer_checks(services: Services) -> None:
    layer = load_layer(BAD_DIR / "world.yaml", services=services)
    p = f"{BAD}/world.yaml"
    got = [(x.severity, str(x)) for x in layer.problems if "differs from the file name" not in x.message]
    assert got == [
        ("error", f"{p}:7: designation 'world-wrong-span': quote is not at span [2330, 2422]; it is found at "
                  "[2426, 2535] (text line 58)"),
        ("error", f"{p}:17: designation 'world-not-in-text': quote does not appear in the document text (text at "
                  "span [10, 23] is '2025”战略部署，适应和')"),
        ("error", f"{p}:26: designation 'world-unknown-code': unknown adcode 659999 in members"),
        ("error", f"{p}:35: designation 'world-retired-code': adcode 652200 (哈密地区) is retired; current code: "
                  "650500"),
        ("warning", f"{p}:45: designation 'world-outside-province': member 140100 (太原市) is outside the "
                    "document's province 650000, and no note explains it"),
        ("warning", f"{p}:45: designation 'world-outside-province': member 140100 (太原市) is not what any of "
                    "the places 乌昌石 resolves to, and no note explains it"),
        ("warning", f"{p}:55: designation 'world-places-differ': place '乌昌石' resolves to 650100+652300+659001 "
                    "but members lack 652300, 659001, and no note explains it"),
    ]
    # warnings load, errors skip; a note naming the place silences the resolver warning
    assert [d.id for d in layer.designations] == [
        "world-outside-province", "world-places-differ", "world-places-differ-noted"]


def test_file_level_problems(services: Services) -> None:
    assert messages(BAD_DIR / "syntax.yaml", services) == [
        f"{BAD}/syntax.yaml:6: not valid YAML: expected ',' or ']', but got ':' (while parsing a flow sequence "
        "started on line 5)"]
    assert messages(BAD_DIR / "top_list.yaml", services) == [
        f"{BAD}/top_list.yaml:1: layer file must be a mapping of field: value, found a list"]
    assert messages(BAD_DIR / "missing_text.yaml", services) == [
        f"{BAD}/missing_text.yaml:2: document text 'corpus/seeds/no_such_document.txt' not found"]
    missing = load_layer(BAD_DIR / "no_such_layer.yaml", services=services)
    assert [str(x) for x in missing.problems] == [
        f"{BAD}/no_such_layer.yaml: cannot read layer file: No such file or directory"]


def test_meta_and_check_problems(services: Services) -> None:
    got = [m for m in messages(BAD_DIR / "meta.yaml", services) if "differs from the file name" not in m]
    p = f"{BAD}/meta.yaml"
    assert got == [
        f"{p}:4: meta: title: inferred values need 'evidence' saying how",
        f"{p}:5: meta: year: value must be a whole number, found a string ('2011')",
        f"{p}:7: meta: unknown field 'author' (known: title, issuer, year, region)",
        f"{p}:6: meta: region 990000 is not a known adcode",
        f"{p}:9: check: kind count needs 'declared' and 'found' numbers",
        f"{p}:14: check '错位': quote is not at span [3600, 3631]; it is found at [3652, 3683] (text line 81)",
    ]


def test_broken_file_does_not_stop_the_others(services: Services) -> None:
    paths = [BAD_DIR / "syntax.yaml", BAD_DIR / "top_list.yaml", *OK_LAYERS]
    layers, problems = load_layers(paths, services=services)
    assert [len(x.designations) for x in layers] == [0, 0, 3, 6]
    assert all(x.path.startswith(f"{BAD}/") for x in problems)


def test_duplicate_ids_across_files(services: Services) -> None:
    layers, problems = load_layers(sorted((BAD_DIR / "dup").glob("*.yaml")), services=services)
    dup = [str(x) for x in problems if x.is_error]
    assert dup == [f"{BAD}/dup/b.yaml:4: duplicate id 'dup-shared' (first in {BAD}/dup/a.yaml:4)"]
    assert [len(x.designations) for x in layers] == [1, 0]


def test_spans_count_code_points_after_a_bom(services: Services) -> None:
    """A BOM on the document text is not counted; a BOM on the layer file is ignored."""
    source = (OK_LAYERS[1]).read_text(encoding="utf-8")
    text = read_document_text("corpus/seeds/004_f7234676e34d8fd8.txt")
    layer = parse_layer(source, path="bom.yaml", document_text="\ufeff" + text, services=services)
    assert len(layer.designations) == 6 and not [x for x in layer.problems if x.is_error]
    shifted = parse_layer(source, path="shifted.yaml", document_text="前" + text, services=services)
    assert len(shifted.designations) == 0
    assert "it is found at [3653, 3684]" in str(shifted.problems[-1])


def test_session_layer_from_mapping(services: Services) -> None:
    data = yaml.safe_load(OK_LAYERS[0].read_text(encoding="utf-8"))
    layer = layer_from_mapping(data, name="<upload>", services=services)
    assert [d.id for d in layer.designations][:1] == ["fx-xj-zone-wuchangshi"] and layer.problems == ()
    data["designations"][0]["members"] = ["650100", 652300]
    broken = layer_from_mapping(data, name="<upload>", services=services)
    assert len(broken.designations) == 2
    assert str(broken.problems[0]).startswith("<upload>:")
    assert "members item 652300 must be a quoted string" in str(broken.problems[0])


def test_problem_str_and_without_services() -> None:
    assert str(Problem("layers/x.yaml", 12, "error", "boom")) == "layers/x.yaml:12: boom"
    assert str(Problem("layers/x.yaml", None, "warning", "boom")) == "layers/x.yaml: boom"
    layers, problems = load_layers(OK_LAYERS, services=Services(None, None, "gazetteer not available"))
    assert [len(x.designations) for x in layers] == [3, 6]
    assert [str(p) for p in problems] == ["geo: gazetteer not available: adcodes and places not checked"]


def test_save_keeps_a_backup_of_reviewed_layers(tmp_path: Path) -> None:
    target = tmp_path / "003.yaml"
    shutil.copy(OK_LAYERS[0], target)
    original = target.read_text(encoding="utf-8")
    assert has_reviewed_records(target)
    save_layer_text(target, "doc: x\n")
    assert target.read_text(encoding="utf-8") == "doc: x\n"
    assert (tmp_path / "003.yaml.bak").read_text(encoding="utf-8") == original
    save_layer_text(target, "doc: y\n")  # the file now has no reviewed records: no new backup
    assert (tmp_path / "003.yaml.bak").read_text(encoding="utf-8") == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["003.yaml", "003.yaml.bak"]


def test_shipped_layers_load_without_errors(services: Services) -> None:
    """The reviewed layers under layers/ must validate (warnings allowed, shown for review)."""
    layers, problems = load_layers(services=services)
    errors = [str(p) for p in problems if p.is_error]
    assert errors == []
    assert sum(len(x.designations) for x in layers) > 0


def test_text_beside_the_layer_and_refused_paths(tmp_path: Path, services: Services) -> None:
    """A draft outside the repo may keep its text beside it; absolute paths and '..' are refused."""
    source = OK_LAYERS[1].read_text(encoding="utf-8")
    shutil.copy(REPO_DIR / "corpus/seeds/004_f7234676e34d8fd8.txt", tmp_path / "doc.txt")
    layer_file = tmp_path / "004_f7234676e34d8fd8.yaml"
    layer_file.write_text(source.replace("corpus/seeds/004_f7234676e34d8fd8.txt", "doc.txt"), encoding="utf-8")
    layer = load_layer(layer_file, services=services)
    assert len(layer.designations) == 6 and layer.problems == ()
    for bad in ("/etc/hostname", "../../etc/hostname"):
        layer_file.write_text(source.replace("corpus/seeds/004_f7234676e34d8fd8.txt", bad), encoding="utf-8")
        (problem,) = load_layer(layer_file, services=services).problems
        assert problem.line == 3 and "must be relative to the repository root" in problem.message
