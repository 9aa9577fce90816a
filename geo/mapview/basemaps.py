"""Basemaps: none (default, offline), OpenStreetMap, Tianditu (user key), Gaode (GCJ-02).

"none" draws only our own boundaries and needs no network. The others are tile servers on the internet,
chosen explicitly by the user. Gaode tiles are in GCJ-02, so while Gaode is shown every overlay is moved
WGS-84 -> GCJ-02 (:attr:`Basemap.shift_gcj02`) or it would sit a few hundred metres off its streets.
A Tianditu key is checked to be a plain token before it goes into a URL.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import StrEnum

from geo.errors import InputError

_TIANDITU_KEY = re.compile(r"^[A-Za-z0-9]{16,64}$")


class Basemap(StrEnum):
    """The basemaps a user can pick."""

    NONE = "none"
    OSM = "osm"
    TIANDITU = "tianditu"
    GAODE = "gaode"

    @property
    def shift_gcj02(self) -> bool:
        """True when overlays must be shifted into GCJ-02 to sit on this basemap's streets."""
        return self is Basemap.GAODE

    @property
    def online(self) -> bool:
        """True when the basemap loads tiles from the internet."""
        return self is not Basemap.NONE


@dataclass(frozen=True)
class TileSpec:
    """One tile layer: URL template, attribution (HTML, our own constant text), subdomains."""

    url: str
    attribution: str
    subdomains: str = "abc"
    max_zoom: int = 18


def check_tianditu_key(key: str) -> str:
    """The key stripped, or :class:`InputError` when it is not a 16-64 character alphanumeric token."""
    key = key.strip()
    if not _TIANDITU_KEY.match(key):
        msg = "a Tianditu key is 16 to 64 letters and digits"
        raise InputError(msg)
    return key


def tile_specs(basemap: Basemap, tianditu_key: str | None = None) -> list[TileSpec]:
    """Tile layers to draw under the overlays (empty for "none" or a Tianditu basemap without a key)."""
    if basemap is Basemap.OSM:
        return [
            TileSpec(
                "https://{s}.tile.openstreetmap.org/{z}/{x}/{y}.png",
                '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
                "abc",
                19,
            )
        ]
    if basemap is Basemap.TIANDITU:
        if not tianditu_key:
            return []
        key = check_tianditu_key(tianditu_key)
        wmts = (
            "https://t{s}.tianditu.gov.cn/{layer}_w/wmts?SERVICE=WMTS&REQUEST=GetTile&VERSION=1.0.0"
            "&LAYER={layer}&STYLE=default&TILEMATRIXSET=w&FORMAT=tiles"
            "&TILEMATRIX={{z}}&TILEROW={{y}}&TILECOL={{x}}&tk={key}"
        )
        attribution = "天地图 &copy; 国家地理信息公共服务平台"
        return [
            TileSpec(wmts.format(s="{s}", layer="vec", key=key), attribution, "01234567"),
            TileSpec(wmts.format(s="{s}", layer="cva", key=key), attribution, "01234567"),
        ]
    if basemap is Basemap.GAODE:
        return [
            TileSpec(
                "https://webrd0{s}.is.autonavi.com/appmaptile?lang=zh_cn&size=1&scale=1&style=8&x={x}&y={y}&z={z}",
                "高德地图 &copy; AutoNavi",
                "1234",
            )
        ]
    return []
