"""scripts/span.py: the README sentence rule; reviewed layers quote whole sentences at their spans."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
_spec = importlib.util.spec_from_file_location("span", ROOT / "scripts" / "span.py")
assert _spec is not None and _spec.loader is not None
span = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(span)

TEXT = "标题\n　　一是甲。乙、丙；打造丁基地，戊。\n末行无句号"


def test_sentence_starts_after_semicolon_and_ends_at_full_stop() -> None:
    quote, start, end = span.sentence(TEXT, "丁基地")
    assert quote == "打造丁基地，戊。"
    assert TEXT[start:end] == quote


def test_sentence_skips_indentation_after_line_break() -> None:
    quote, start, _ = span.sentence(TEXT, "一是")
    assert quote == "一是甲。"
    assert TEXT[start - 1] == "\u3000"


def test_sentence_ends_at_line_end_without_full_stop() -> None:
    assert span.sentence(TEXT, "无句号")[0] == "末行无句号"


def test_sentence_picks_the_requested_occurrence() -> None:
    text = "甲基地。乙基地。"
    assert span.sentence(text, "基地", 2) == ("乙基地。", 4, 8)
    with pytest.raises(ValueError, match="not found"):
        span.sentence(text, "基地", 3)


MINE = ["000_763574772e526a0f", "001_ba1d06278cb53b49", "002_2f2ed02ea8630aa5"]


@pytest.mark.parametrize("stem", MINE)
def test_layer_quotes_are_whole_sentences_at_their_spans(stem: str) -> None:
    layer = ROOT / "layers" / f"{stem}.yaml"
    assert span.check(layer) == []
    data = yaml.safe_load(layer.read_text(encoding="utf-8"))
    text = (ROOT / data["text"]).read_text(encoding="utf-8")
    for rec in [*data["designations"], *data["checks"]]:
        if "quote" not in rec:
            continue
        start, end = rec["span"]
        assert start == 0 or text[start - 1] in "。；\n\u3000", rec["quote"]
        assert text[start] not in "\u3000 ", rec["quote"]
        assert rec["quote"].endswith("。") or end == len(text) or text[end] == "\n", rec["quote"]
        assert "。" not in rec["quote"][:-1], rec["quote"]
