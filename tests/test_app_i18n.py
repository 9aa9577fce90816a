"""geo.i18n: both languages for every UI string, same placeholders, every key used exists."""

from __future__ import annotations

import re
import string
from pathlib import Path

from geo import i18n

REPO = Path(__file__).resolve().parent.parent


def _fields(text: str) -> set[str]:
    return {f for _, f, _, _ in string.Formatter().parse(text) if f}


def test_every_string_has_both_languages_and_the_same_placeholders() -> None:
    for key, (zh, en) in i18n.STRINGS.items():
        assert zh.strip() and en.strip(), key
        assert _fields(zh) == _fields(en), key
    for table in (i18n.KIND_LABELS, i18n.STATUS_LABELS):
        for key, (zh, en) in table.items():
            assert zh and en, key


def test_every_key_the_code_asks_for_exists() -> None:
    sources = [REPO / "app.py", *sorted((REPO / "geo" / "mapview").glob("*.py"))]
    used = set()
    for path in sources:
        used |= set(re.findall(r"\btr\(\s*\"([a-z_]+)\"", path.read_text(encoding="utf-8")))
        used |= set(re.findall(r"i18n\.tr\(\s*\"([a-z_]+)\"", path.read_text(encoding="utf-8")))
    assert used, "no tr() calls found"
    assert used <= set(i18n.STRINGS), used - set(i18n.STRINGS)


def test_tr_formats_and_defaults_to_chinese() -> None:
    assert i18n.tr("shown", n=3, total=5) == "当前显示 3 项布局（共 5 项）"
    assert i18n.tr("shown", "en", n=3, total=5) == "Showing 3 of 5 designations"
    assert i18n.kind_label("axis", "en") == "axis" and i18n.kind_label("unknown-kind") == "unknown-kind"
