"""GCJ-02 <-> WGS-84 (geo.coords): the inverse really inverts, is deterministic per point, keeps shared borders."""

from __future__ import annotations

import numpy as np
import shapely
from hypothesis import given, settings
from hypothesis import strategies as st

from geo.coords import (
    gcj02_to_wgs84,
    geometry_gcj02_to_wgs84,
    geometry_wgs84_to_gcj02,
    outside_china,
    wgs84_to_gcj02,
)

# GCJ-02 is the identity outside this box, so the box edge is a discontinuity of the datum itself: a
# point just inside can have its inverse just outside (measured: only within 0.0042 deg of the edge).
LON0, LON1, LAT0, LAT1 = 72.004, 137.8347, 0.8293, 55.8271
MARGIN = 0.01

inside_lon = st.floats(LON0 + MARGIN, LON1 - MARGIN, allow_nan=False)
inside_lat = st.floats(LAT0 + MARGIN, LAT1 - MARGIN, allow_nan=False)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.tuples(inside_lon, inside_lat), min_size=1, max_size=50))
def test_forward_of_inverse_is_identity_inside_china(points: list[tuple[float, float]]) -> None:
    lon, lat = np.array(points).T
    wlon, wlat = gcj02_to_wgs84(lon, lat)
    flon, flat = wgs84_to_gcj02(wlon, wlat)
    assert np.max(np.abs(flon - lon)) < 1e-7
    assert np.max(np.abs(flat - lat)) < 1e-7
    # and it is a real shift, not the identity (GCJ-02 moves every point inside China by > 1 m)
    assert np.all(np.hypot(wlon - lon, wlat - lat) > 1e-5)


@settings(max_examples=200, deadline=None)
@given(
    st.one_of(
        st.tuples(st.floats(-180, LON0 - 1e-6), st.floats(-90, 90)),
        st.tuples(st.floats(LON1 + 1e-6, 180), st.floats(-90, 90)),
        st.tuples(st.floats(-180, 180), st.floats(LAT1 + 1e-6, 90)),
        st.tuples(st.floats(-180, 180), st.floats(-90, LAT0 - 1e-6)),
    )
)
def test_outside_china_is_identity(point: tuple[float, float]) -> None:
    lon, lat = point
    assert outside_china(lon, lat)
    for fn in (gcj02_to_wgs84, wgs84_to_gcj02):
        x, y = fn(lon, lat)
        assert (float(x), float(y)) == (lon, lat)


def test_inverse_beats_the_one_step_inverse() -> None:
    """The iterative inverse is exact to < 1 mm where the usual one-step inverse is off by metres."""
    lon, lat = np.array([87.6168, 112.5492, 121.4737]), np.array([43.8256, 37.8570, 31.2304])
    wlon, wlat = gcj02_to_wgs84(lon, lat)
    flon, flat = wgs84_to_gcj02(wlon, wlat)
    metres_per_deg = 111_320.0
    assert np.max(np.hypot(flon - lon, flat - lat)) * metres_per_deg < 1e-3
    glon, glat = wgs84_to_gcj02(lon, lat)
    one_step_lon, one_step_lat = 2 * lon - glon, 2 * lat - glat
    f1lon, f1lat = wgs84_to_gcj02(one_step_lon, one_step_lat)
    assert np.max(np.hypot(f1lon - lon, f1lat - lat)) * metres_per_deg > 0.1


@settings(max_examples=100, deadline=None)
@given(
    st.tuples(inside_lon, inside_lat),
    st.lists(st.tuples(inside_lon, inside_lat), min_size=0, max_size=40),
)
def test_result_for_a_point_does_not_depend_on_its_batch(
    point: tuple[float, float], others: list[tuple[float, float]]
) -> None:
    """Regression: stopping on the batch's convergence made shared vertices differ between polygons."""
    alone = gcj02_to_wgs84(*point)
    lon, lat = np.array([*others, point]).T
    batch = gcj02_to_wgs84(lon, lat)
    assert (batch[0][-1], batch[1][-1]) == (alone[0], alone[1])


def test_shared_border_stays_identical_after_conversion() -> None:
    """Two polygons sharing an edge still form a valid coverage (bitwise-equal shared vertices)."""
    rng = np.random.default_rng(7)
    border = np.column_stack([np.full(200, 87.5), np.sort(rng.uniform(43.0, 44.0, 200))])
    west = shapely.Polygon(np.vstack([border, [[86.9, 44.0], [86.9, 43.0]]]))
    east = shapely.Polygon(np.vstack([border, [[88.1, 44.1], [88.3, 43.2]]]))
    assert shapely.coverage_is_valid([west, east])
    # converted separately (different batch sizes) and together
    separately = [geometry_gcj02_to_wgs84(west), geometry_gcj02_to_wgs84(east)]
    together = list(geometry_gcj02_to_wgs84(np.array([west, east], dtype=object)))
    for pair in (separately, together):
        assert shapely.coverage_is_valid(pair)
        assert shapely.equals_exact(pair[0], together[0], tolerance=0)
    back = geometry_wgs84_to_gcj02(together[0])
    assert shapely.equals_exact(back, west, tolerance=1e-9)
