"""Property tests: whatever text a layer file holds, the loader returns problems and never raises."""

from __future__ import annotations

import re
from typing import Any

import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from tablefixtures import OK_LAYERS, real_services

from geo.layers import LoadedLayer, Problem, Services, parse_layer, read_document_text

TEXT = read_document_text("corpus/seeds/004_f7234676e34d8fd8.txt")
SERVICES = real_services()
NO_SERVICES = Services(None, None)

TOKENS = [
    "doc:", "text:", "meta:", "designations:", "checks:", "- ", "id:", "kind:", "members:", "span:", "quote:",
    "[", "]", "{", "}", ",", ":", "\n", "  ", "    ", '"', "'", "&a", "*a", "!!python/object", "!!int",
    "---", "...", "#", "|", ">", "~", "null", "true", "010000", "140100", '"140100"', "[3652, 3683]", "area",
    "太原", "\t", "?", "%YAML 1.1", "!foo", "2016-13-45", "1e999", "\ufeff", "\x00",
]


def check(layer: LoadedLayer, source: str) -> None:
    assert isinstance(layer, LoadedLayer)
    # YAML breaks lines at \r\n, \r, \n, NEL and the Unicode separators, as editors do: '\r\rdoc:' has doc: on line 3
    n_lines = len(re.split("\r\n|[\r\n\x85\u2028\u2029]", source)) + 1
    for p in layer.problems:
        assert isinstance(p, Problem)
        assert p.severity in ("error", "warning")
        assert p.line is None or 1 <= p.line <= n_lines, (p, n_lines)
        assert str(p).startswith("fuzz.yaml")
    for d in layer.designations:  # whatever loaded passed every check
        assert TEXT[d.span[0]:d.span[1]] == d.quote


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(TOKENS) | st.text(max_size=6), max_size=60).map("".join))
@example("\r\rdoc:")  # old Mac line ends: the problem is on line 3, as an editor shows it
def test_yamlish_text_never_raises(source: str) -> None:
    layer = parse_layer(source, path="fuzz.yaml", document_text=TEXT, services=NO_SERVICES)
    check(layer, source)


BASE: dict[str, Any] = yaml.safe_load(OK_LAYERS[1].read_text(encoding="utf-8"))
FIELDS = sorted({k for d in BASE["designations"] for k in d} | {"meta", "checks", "doc", "text"})
JSONISH = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=8)
    | st.sampled_from(["140100", "659999", "652200", "area", "triangle", "reviewed", "planned"]),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=10,
)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.integers(0, 5), st.sampled_from(FIELDS), JSONISH)
def test_mutated_real_layer_never_raises(index: int, field: str, value: Any) -> None:
    """Replace one field of one record of a real layer by a random value: only problems come back."""
    data = yaml.safe_load(yaml.safe_dump(BASE))
    if field in ("meta", "checks", "doc", "text"):
        data[field] = value
    else:
        data["designations"][index][field] = value
    source = yaml.safe_dump(data, allow_unicode=True)
    layer = parse_layer(source, path="fuzz.yaml", document_text=TEXT, services=SERVICES)
    check(layer, source)
    errors = [p for p in layer.problems if p.is_error]
    if field not in ("meta", "checks", "doc", "text") and not errors:
        assert len(layer.designations) == len(BASE["designations"])
