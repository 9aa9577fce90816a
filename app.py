"""Layout Atlas explorer: ``streamlit run app.py`` (see README).

A thin UI: every decision (what is drawn and how, what a filter keeps, what a click selects, what a
download contains) is made in :mod:`geo`; this file only lays out widgets and passes values through.
Set ``LAYOUT_ATLAS_LAYERS`` to a directory (or one file) of layer YAML to explore other layers.
"""

from __future__ import annotations

from typing import Any

import streamlit as st

import app_cache as cache
from geo import assets, i18n
from geo.errors import InputError
from geo.i18n import tr
from geo.mapview import (
    Basemap,
    check_tianditu_key,
    downloads,
    explore,
    map_from_payload,
    select,
)
from geo.mapview import detail as detail_mod
from geo.mapview.ui_state import Keys

MAP_HEIGHT = 680
UPLOAD_LIMIT_MB = 5  # same as [server] maxUploadSize in .streamlit/config.toml


# --- page parts ---------------------------------------------------------------------------------------------
def sidebar_language() -> str:
    labels = {"zh": "中文", "en": "English"}
    lang = st.sidebar.radio(
        tr("language", "zh") + " / Language",
        list(i18n.LANGS),
        format_func=labels.__getitem__,
        horizontal=True,
        key=Keys.LANG,
    )
    return str(lang)


def sidebar_filters(gdf: Any, lang: str, names: dict[str, str]) -> select.Filters:
    st.sidebar.subheader(tr("filters", lang))
    opts = select.options(gdf)
    fmt = {
        "province": lambda v: names.get(v, v),
        "doc": lambda v: names.get(v, v),
        "kind": lambda v: i18n.kind_label(v, lang),
        "status": lambda v: i18n.status_label(v, lang),
    }
    chosen: dict[str, tuple[Any, ...]] = {}
    for field in select.FILTER_FIELDS:
        values = st.sidebar.multiselect(
            tr(field if field != "doc" else "document", lang),
            opts[field],
            format_func=fmt.get(field, str),
            placeholder=tr("all", lang),
            key=Keys.filter(field),
        )
        chosen[field] = tuple(values)
    return select.Filters(**chosen)


def sidebar_basemap(lang: str) -> tuple[Basemap, str | None]:
    st.sidebar.subheader(tr("basemap", lang))
    choice = st.sidebar.radio(
        tr("basemap", lang),
        list(Basemap),
        format_func=lambda b: tr(f"basemap_{b.value}", lang),
        key=Keys.BASEMAP,
        label_visibility="collapsed",
    )
    basemap = Basemap(choice)
    key = None
    if basemap is Basemap.TIANDITU:
        key = st.sidebar.text_input(tr("tianditu_key", lang), type="password", key=Keys.TIANDITU_KEY) or None
        if key is None:
            st.sidebar.info(tr("tianditu_key_needed", lang))
        else:
            try:
                key = check_tianditu_key(key)
            except InputError:
                st.sidebar.error(tr("tianditu_key_invalid", lang))
                key = None
    if basemap.online:
        st.sidebar.caption(tr("online_warning", lang))
    return basemap, key


def place_search(gdf: Any, lang: str) -> select.PlaceHit | None:
    query = st.text_input(tr("place_search", lang), help=tr("place_search_help", lang), key=Keys.PLACE_QUERY)
    if not query.strip():
        return None
    hit = select.search_place(query, gdf)
    if hit is None:
        st.warning(tr("place_not_found", lang, q=query.strip()[:40]))
    return hit


def show_place_hit(hit: select.PlaceHit, gdf: Any, lang: str) -> None:
    st.markdown("**" + detail_mod.md_escape(tr("place_results", lang, name=hit.name, n=len(hit.ids))) + "**")
    if hit.alternatives:
        st.caption(detail_mod.md_escape(tr("place_candidates", lang, names="、".join(hit.alternatives))))
    rows = gdf[gdf["id"].isin(hit.ids)]
    if len(rows):
        st.html(explore.listing_html(rows, lang))


def detail_panel(table: Any, shown: Any, lang: str) -> None:
    st.subheader(tr("details", lang))
    ids = [str(i) for i in shown["id"]]
    selected = st.session_state.get(Keys.SELECTED)
    if selected not in ids:
        st.caption(tr("click_hint", lang))
        return
    row = shown[shown["id"] == selected].iloc[0]
    info = detail_mod.detail(row, lang)
    checks = detail_mod.related_checks(table.checks.get(info.doc, ()), info)
    st.html(detail_mod.detail_html(info, lang, checks))
    text = detail_mod.document_text(table, info.doc)
    with st.expander(tr("open_document", lang)):
        if text is None:
            st.caption(detail_mod.md_escape(tr("document_missing", lang, path=info.doc)))
        else:
            st.html(detail_mod.document_html(text, info.span))


def downloads_panel(table: Any, shown: Any, lang: str) -> None:
    st.subheader(tr("downloads", lang))
    ids = tuple(str(i) for i in shown["id"])
    for item in downloads.download_files(table, ids, lang):
        st.download_button(
            item.label, item.make, file_name=item.file_name, mime=item.mime, key=f"dl-{item.file_name}",
            on_click="ignore",
        )  # fmt: skip


def problems_panel(table: Any, lang: str) -> None:
    problems = [p for p in table.problems if p.is_error or p.path != "geo"]
    if problems:
        with st.expander(tr("problems", lang, n=len(problems))):
            st.text("\n".join(str(p) for p in problems))


def about_panel(lang: str) -> None:
    with st.sidebar.expander(tr("about", lang)):
        st.caption(tr("about_text", lang))
        st.caption(explore.boundary_attribution(lang))
        st.caption(tr("no_review_number", lang))


@st.cache_data(show_spinner=False, max_entries=8)
def process_upload(data: bytes, name: str, lang: str) -> Any:
    """Extraction of an uploaded file (cached on its bytes: reruns do not extract again)."""
    from geo.mapview import upload

    return upload.process(data, name, limit_mb=UPLOAD_LIMIT_MB, lang=lang)


def upload_panel(lang: str) -> None:
    from geo.mapview import upload

    with st.expander(tr("upload", lang)):
        file = st.file_uploader(tr("upload_help", lang, mb=UPLOAD_LIMIT_MB), type=["txt", "docx"], key=Keys.UPLOAD)
        if file is None:
            return
        result = process_upload(file.getvalue(), file.name, lang)
        if result.error:
            st.error(result.error)
            return
        st.caption(tr("review_table", lang))
        edited = st.data_editor(result.review, hide_index=True, key=Keys.REVIEW, disabled=result.locked_columns)
        if st.button(tr("add_session_layer", lang), key=Keys.ADD_LAYER):
            layer = upload.accepted_layer(result, edited)
            kept = [x for x in st.session_state.get(Keys.SESSION_LAYERS, []) if x.get("doc") != layer["doc"]]
            st.session_state[Keys.SESSION_LAYERS] = [*kept, layer]
            st.success(tr("session_layer_added", lang, n=len(layer["designations"])))
            st.rerun()
        st.download_button(
            tr("dl_draft_layer", lang), upload.draft_yaml(result, edited), file_name=f"{result.doc}.yaml",
            mime="application/x-yaml", on_click="ignore", key=Keys.DRAFT_DOWNLOAD,
        )  # fmt: skip


# --- page ---------------------------------------------------------------------------------------------------
def main() -> None:
    # Imported here, in a script run: streamlit-folium registers its component only when a script is running,
    # and app.py is also imported outside one (as the server's ASGI app, below).
    from streamlit_folium import st_folium

    st.set_page_config(page_title="Layout Atlas 产业布局图集", layout="wide")
    lang = sidebar_language()
    st.markdown(f"#### {detail_mod.md_escape(tr('app_title', lang))}")
    st.caption(tr("app_caption", lang))

    missing = assets.missing()
    if missing:
        st.error(tr("assets_missing", lang, files=", ".join(missing[:3])))

    paths = cache.layer_paths()
    session = tuple(st.session_state.get(Keys.SESSION_LAYERS, []))
    skey = explore.session_key(session)
    try:
        tkey = cache.table_key(paths)
        table = cache.load_table(paths, tkey, skey, session)
    except Exception as exc:  # a broken layer set must leave the page usable
        st.error(tr("layers_failed", lang, reason=str(exc)[:300]))
        return
    gdf = table.gdf
    names = explore.display_names(table)

    filters = sidebar_filters(gdf, lang, names)
    basemap, tianditu_key = sidebar_basemap(lang)
    about_panel(lang)

    data = cache.map_data(table, tkey, skey, filters, basemap, lang)
    shown = data.shown
    if data.boundary_error:
        st.warning(tr("boundaries_failed", lang, reason=data.boundary_error))

    map_col, side_col = st.columns([3, 2], gap="medium")
    with side_col:
        hit = place_search(gdf, lang)
        if hit is not None:
            show_place_hit(hit, gdf, lang)
    view = explore.place_view(hit)
    with map_col:
        st.caption(tr("shown", lang, n=len(shown), total=len(gdf)))
        fmap = map_from_payload(data.payload, data.bounds, basemap=basemap, tianditu_key=tianditu_key)
        out = st_folium(
            fmap,
            key=Keys.MAP,
            height=MAP_HEIGHT,
            use_container_width=True,
            returned_objects=["last_object_clicked_tooltip"],
            center=view.center if view else None,
            zoom=view.zoom if view else None,
        )
        clicked = detail_mod.designation_id_from_tooltip(
            (out or {}).get("last_object_clicked_tooltip"), (str(i) for i in shown["id"])
        )
        if clicked:
            st.session_state[Keys.SELECTED] = clicked
        unlocated = shown[shown.geometry.isna()]
        if len(unlocated):
            with st.expander(tr("unlocated_list", lang, n=len(unlocated))):
                st.html(explore.listing_html(unlocated, lang))
        problems_panel(table, lang)
        upload_panel(lang)
    with side_col:
        detail_panel(table, shown, lang)
        downloads_panel(table, shown, lang)


if __name__ == "__main__":  # Streamlit runs the page as ``__main__`` (also under streamlit.testing)
    main()
else:
    # `streamlit run app.py` imports this file, finds this ASGI app and serves the page above with it:
    # the app's start-up gzips Streamlit's bundle and fills the caches before the first visitor
    # (app_server.py says why and what it measured).
    import app_server

    app = st.App(__file__, lifespan=app_server.lifespan, middleware=app_server.middleware())
