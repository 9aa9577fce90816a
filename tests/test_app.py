"""app.py under streamlit.testing AppTest: language switch, filters, place search, selection, bad layers.

The map itself is a custom component (drawn in the browser tests); here the UI logic around it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from geo.mapview.ui_state import Keys

APP = str(Path(__file__).resolve().parent.parent / "app.py")


def run(env: dict[str, str] | None = None, monkeypatch: pytest.MonkeyPatch | None = None) -> AppTest:
    if env and monkeypatch:
        for k, v in env.items():
            monkeypatch.setenv(k, v)
    at = AppTest.from_file(APP, default_timeout=120)
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def shown_count(at: AppTest) -> tuple[int, int]:
    for c in at.caption:
        m = re.search(r"当前显示 (\d+) 项布局（共 (\d+) 项）|Showing (\d+) of (\d+)", c.value)
        if m:
            nums = [int(g) for g in m.groups() if g is not None]
            return nums[0], nums[1]
    raise AssertionError("no 'shown' caption")


@pytest.fixture(scope="module")
def table():
    from geo.table import load_table

    return load_table()


def test_default_page_is_chinese_and_shows_everything(table) -> None:
    at = run()
    assert "产业布局图集" in at.markdown[0].value
    assert shown_count(at) == (len(table.gdf), len(table.gdf))
    assert at.radio(key=Keys.BASEMAP).value == "none"


def test_english_switch(table) -> None:
    at = run()
    at.radio(key=Keys.LANG).set_value("en").run()
    assert "Layout Atlas" in at.markdown[0].value
    assert shown_count(at) == (len(table.gdf), len(table.gdf))


def test_kind_filter_narrows_the_selection(table) -> None:
    at = run()
    at.multiselect(key=Keys.filter("kind")).set_value(["site"]).run()
    n_sites = int((table.gdf["kind"] == "site").sum())
    assert shown_count(at) == (n_sites, len(table.gdf))


def test_place_search_lists_designations_across_documents(table) -> None:
    at = run()
    at.text_input(key=Keys.PLACE_QUERY).set_value("太原").run()
    assert not at.exception
    result = [m.value for m in at.markdown if "太原" in m.value]
    assert result, [m.value for m in at.markdown]
    n = int(re.search(r"(\d+)", result[0].split("：")[-1]).group(1))
    from geo.mapview import select

    assert n == len(select.designations_touching(table.gdf, ["140100"])) and n > 0


def test_unknown_place_warns_in_place() -> None:
    at = run()
    at.text_input(key=Keys.PLACE_QUERY).set_value("不存在的地方xyz").run()
    assert any("没有找到" in w.value for w in at.warning)


def test_selected_designation_shows_its_quote(table) -> None:
    located = table.gdf[table.gdf.geometry.notna()].iloc[0]
    at = AppTest.from_file(APP, default_timeout=120)
    at.session_state[Keys.SELECTED] = located["id"]
    at.run()
    assert not at.exception
    htmls = " ".join(str(getattr(e, "proto", e)) for e in at.get("html"))
    assert "atlas-quote" in htmls and located["quote"][:10] in htmls


def test_broken_layer_files_are_reported_and_the_page_still_works(tmp_path: Path, monkeypatch) -> None:
    (tmp_path / "bad.yaml").write_text("doc: [unclosed\n", encoding="utf-8")
    at = run({"LAYOUT_ATLAS_LAYERS": str(tmp_path)}, monkeypatch)
    labels = [e.label for e in at.expander]
    assert any("图层问题" in label for label in labels), labels
    assert shown_count(at) == (0, 0)


SHANXI = Path(__file__).resolve().parent.parent / "corpus" / "seeds" / "004_f7234676e34d8fd8.txt"


def test_upload_review_and_session_layer(table) -> None:
    at = run()
    before = shown_count(at)
    at.file_uploader(key=Keys.UPLOAD).set_value(("../../晋规划.txt", SHANXI.read_bytes(), "text/plain")).run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    at.button(key=Keys.ADD_LAYER).click().run()
    assert not at.exception, [e.value for e in at.exception]
    after = shown_count(at)
    assert after[1] > before[1] and after[0] == after[1]  # the accepted drafts joined the map as a layer


def test_bad_upload_shows_a_message_in_place_and_the_page_keeps_working() -> None:
    at = run()
    at.file_uploader(key=Keys.UPLOAD).set_value(("x.txt", b"\x00\x01\x02" * 200, "text/plain")).run()
    assert not at.exception
    assert any("无法读取上传的文件" in e.value for e in at.error), [e.value for e in at.error]
    assert shown_count(at)[0] > 0


def test_bad_tianditu_key_is_refused_in_place() -> None:
    at = run()
    from geo.mapview import Basemap

    at.radio(key=Keys.BASEMAP).set_value(Basemap.TIANDITU).run()
    assert any("天地图" in i.value for i in at.info)
    at.text_input(key=Keys.TIANDITU_KEY).set_value("x'); alert(1); ('").run()
    assert not at.exception
    assert any("密钥格式不对" in e.value for e in at.error)


def test_online_basemaps_warn_and_gaode_shifts_without_errors() -> None:
    from geo.mapview import Basemap

    at = run()
    for basemap in (Basemap.OSM, Basemap.GAODE):
        at.radio(key=Keys.BASEMAP).set_value(basemap).run()
        assert not at.exception, [e.value for e in at.exception]
        assert any("互联网" in c.value for c in at.caption)
