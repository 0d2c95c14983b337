"""Great-circle distance and the box that pre-filters a radius search.

The haversine formula on a sphere of the mean Earth radius is within 0.5 %
of the ellipsoidal distance, far below what matters for "which team is
nearer"; road distance is another matter and is not claimed here.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Iterable
from typing import TypeVar

T = TypeVar("T")

# IUGG mean Earth radius (R1).
EARTH_RADIUS_KM = 6371.0088
_KM_PER_DEGREE_LAT = math.pi * EARTH_RADIUS_KM / 180


def haversine_km(
    lat1: float,
    lon1: float,
    lat2: float,
    lon2: float,
    *,
    radius_km: float = EARTH_RADIUS_KM,
) -> float:
    """Great-circle distance in km between two WGS-84 points (degrees)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    d_phi = phi2 - phi1
    d_lambda = math.radians(lon2 - lon1)
    a = (
        math.sin(d_phi / 2) ** 2
        + math.cos(phi1) * math.cos(phi2) * math.sin(d_lambda / 2) ** 2
    )
    return 2 * radius_km * math.asin(min(1.0, math.sqrt(a)))


def bounding_box(
    lat: float, lon: float, km: float
) -> tuple[float, float, float, float]:
    """(south, west, north, east) enclosing every point within ``km``.

    Slightly generous, so the exact distance check afterwards decides; used
    to let the database skip the far rows.
    """
    if km < 0:
        raise ValueError(f"radius cannot be negative: {km}")
    d_lat = km / _KM_PER_DEGREE_LAT * 1.01
    cos_lat = max(math.cos(math.radians(min(89.0, abs(lat) + d_lat))), 1e-6)
    d_lon = min(180.0, d_lat / cos_lat)
    return lat - d_lat, lon - d_lon, lat + d_lat, lon + d_lon


def within(
    lat: float,
    lon: float,
    km: float,
    points: Iterable[T],
    position: Callable[[T], tuple[float, float]],
) -> list[tuple[float, T]]:
    """(distance, point) for points within ``km``, nearest first.

    Ties keep the input order, so results are stable for display and tests.
    """
    found = []
    for point in points:
        p_lat, p_lon = position(point)
        distance = haversine_km(lat, lon, p_lat, p_lon)
        if distance <= km:
            found.append((distance, point))
    found.sort(key=lambda pair: pair[0])
    return found


def check_position(lat: float, lon: float) -> str | None:
    """Why (lat, lon) is not a WGS-84 position, or None when it is."""
    if not (math.isfinite(lat) and math.isfinite(lon)):
        return "not a number"
    if abs(lat) > 90 and abs(lon) <= 90:
        return "latitude and longitude look swapped"
    if abs(lat) > 90:
        return f"latitude out of range: {lat}"
    if abs(lon) > 180:
        return f"longitude out of range: {lon}"
    return None
