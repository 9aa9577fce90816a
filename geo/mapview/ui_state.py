"""Session-state keys of the explorer, in one place (no loose strings in ``app.py``).

Plain constants, no streamlit import: the library stays UI-free and tests can refer to the same names.
"""

from __future__ import annotations

from typing import Final


class Keys:
    """Keys in ``st.session_state`` (widget keys included, so AppTest can find the widgets)."""

    LANG: Final = "atlas_lang"
    BASEMAP: Final = "atlas_basemap"
    TIANDITU_KEY: Final = "atlas_tianditu_key"
    FILTER_PREFIX: Final = "atlas_filter_"
    PLACE_QUERY: Final = "atlas_place_query"
    MAP: Final = "atlas_map"
    SELECTED: Final = "atlas_selected_id"
    SESSION_LAYERS: Final = "atlas_session_layers"
    UPLOAD: Final = "atlas_upload"
    REVIEW: Final = "atlas_review"
    ADD_LAYER: Final = "atlas_add_layer"
    DRAFT_DOWNLOAD: Final = "atlas_draft_download"

    @classmethod
    def filter(cls, field: str) -> str:
        """Widget key of the filter on ``field`` (see :data:`geo.mapview.select.FILTER_FIELDS`)."""
        return f"{cls.FILTER_PREFIX}{field}"
