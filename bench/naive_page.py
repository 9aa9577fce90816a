"""The naive page the benchmark compares against: raw county GeoJSON of Xinjiang (650000) and Shanxi
(140000) drawn with folium's defaults and ``st_folium`` — what a first attempt usually looks like.

``NAIVE_LOCAL_ASSETS=1`` swaps folium's CDN script/style URLs for the vendored copies (per map
instance), so the drawing itself can be timed on a machine without internet; otherwise the page loads
everything from CDNs exactly as folium ships.
"""

from __future__ import annotations

import os

import folium
import streamlit as st
from streamlit_folium import st_folium

from geo import assets, boundaries


@st.cache_data(show_spinner=False)
def raw_counties() -> str:
    """County polygons at the finest level of detail (as shipped, converted to WGS-84), as GeoJSON."""
    frames = [boundaries.frame(level="county", province=p, lod="fine") for p in ("650000", "140000")]
    import pandas as pd

    return pd.concat(frames, ignore_index=True).to_json()


m = folium.Map(location=[40.0, 95.0], zoom_start=4)
if os.environ.get("NAIVE_LOCAL_ASSETS") == "1":
    m.default_js = list(assets.FOLIUM_DEFAULT_JS)
    m.default_css = list(assets.FOLIUM_DEFAULT_CSS)
folium.GeoJson(raw_counties(), name="counties").add_to(m)
st_folium(m, width=900, height=640)
