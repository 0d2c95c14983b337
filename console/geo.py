"""Geometry at the edges: datum conversion and the district outline.

Everything stored is WGS-84 (EPSG:4326, which CGCS2000 matches to within
centimetres at map scale). Data drawn from AutoNavi-derived sources such as
DataV.GeoAtlas is GCJ-02, shifted by several hundred metres; it is converted
once, on import, with the prcoords library.
"""

from __future__ import annotations

import copy
from typing import Any

import prcoords
from shapely.geometry import Point, shape
from shapely.geometry.base import BaseGeometry

WGS84 = "EPSG:4326"

GeoJSON = dict[str, Any]


def gcj02_to_wgs84(lon: float, lat: float) -> tuple[float, float]:
    """Convert one GCJ-02 point to WGS-84 (iterative inverse, ~1e-6 degrees)."""
    wgs = prcoords.gcj_wgs_bored(prcoords.Coords(lat, lon))
    return wgs.lon, wgs.lat


def wgs84_to_gcj02(lon: float, lat: float) -> tuple[float, float]:
    """Convert one WGS-84 point to GCJ-02, for export to GCJ-02 map services."""
    gcj = prcoords.wgs_gcj(prcoords.Coords(lat, lon))
    return gcj.lon, gcj.lat


def _convert_positions(coordinates: Any) -> Any:
    if coordinates and isinstance(coordinates[0], int | float):
        lon, lat = gcj02_to_wgs84(float(coordinates[0]), float(coordinates[1]))
        return [round(lon, 7), round(lat, 7), *coordinates[2:]]
    return [_convert_positions(part) for part in coordinates]


def feature_collection_gcj02_to_wgs84(collection: GeoJSON) -> GeoJSON:
    """A copy of a GeoJSON FeatureCollection with every position converted."""
    converted = copy.deepcopy(collection)
    for feature in converted.get("features", []):
        geometry = feature.get("geometry") or {}
        if "coordinates" in geometry:
            geometry["coordinates"] = _convert_positions(geometry["coordinates"])
    return converted


class DistrictOutline:
    """The district's outline, for "is this point inside?" and map framing."""

    def __init__(self, collection: GeoJSON) -> None:
        geometries = [shape(f["geometry"]) for f in collection.get("features", [])]
        if not geometries:
            raise ValueError("outline has no features")
        merged: BaseGeometry = geometries[0]
        for geometry in geometries[1:]:
            merged = merged.union(geometry)
        self.geometry = merged
        self.collection = collection

    def contains(self, lat: float, lon: float) -> bool:
        return bool(self.geometry.covers(Point(lon, lat)))

    @property
    def center(self) -> tuple[float, float]:
        """(lat, lon) of the outline's bounding-box centre."""
        min_lon, min_lat, max_lon, max_lat = self.geometry.bounds
        return (min_lat + max_lat) / 2, (min_lon + max_lon) / 2

    @property
    def bounds(self) -> tuple[float, float, float, float]:
        """(south, west, north, east)."""
        min_lon, min_lat, max_lon, max_lat = self.geometry.bounds
        return min_lat, min_lon, max_lat, max_lon
