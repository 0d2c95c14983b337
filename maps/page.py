"""Build the map page once, with folium, for offline use.

The page is a shell: the district outline, an optional local tile layer and
``console_map.js``. Incidents are pushed into the loaded page later (see
``maps.view``), so the HTML is never regenerated while the console runs.
"""

from __future__ import annotations

import copy
import html
import logging
import shutil
from pathlib import Path
from typing import Any

import folium
from branca.element import Element, MacroElement
from jinja2 import Template

from maps.assets import copy_assets, use_local_assets

log = logging.getLogger("eoc.map")

PAGE_NAME = "index.html"
SCRIPT_NAME = "console_map.js"
LAYERS_SCRIPT_NAME = "resource_layers.js"
ASSET_DIR_NAME = "assets"
SCRIPT_SOURCE = Path(__file__).with_name("js") / SCRIPT_NAME
LAYERS_SCRIPT_SOURCE = Path(__file__).with_name("js") / LAYERS_SCRIPT_NAME

BACKGROUND_COLOUR = "#f4f2ed"
OUTLINE_STYLE = {
    "color": "#1f4e79",
    "weight": 2.5,
    "opacity": 0.9,
    "fillColor": "#5b8fc7",
    "fillOpacity": 0.08,
}


class _ConsoleMapInternals(MacroElement):
    """Publishes stable JS handles for folium's randomly named objects.

    ``console_map.js`` reads ``window.consoleMapInternals`` to find the map,
    the outline layer and the tile layer, because folium names their
    variables with random suffixes on every render. It is attached right
    here, in the same synchronous script that created the layers, so no tile
    error can fire before its listener exists.
    """

    _template = Template(
        """
        {% macro script(this, kwargs) %}
        window.consoleMapInternals = {
            map: {{ this._parent.get_name() }},
            outline: {{ this.outline.get_name() }},
            tiles: {{ this.tiles.get_name() if this.tiles else "null" }}
        };
        if (window.consoleMap) {
            window.consoleMap.attach(window.consoleMapInternals);
        }
        {% endmacro %}
        """
    )

    def __init__(self, outline: folium.GeoJson, tiles: folium.TileLayer | None) -> None:
        super().__init__()
        self._name = "ConsoleMapInternals"
        self.outline = outline
        self.tiles = tiles


def build_map_page(
    out_dir: Path,
    boundary: dict[str, Any],
    *,
    tile_url: str | None = None,
    tile_attribution: str = "Local tiles",
    center: tuple[float, float],
    zoom: int = 10,
) -> Path:
    """Write the offline map page and everything it loads into ``out_dir``.

    Args:
        out_dir: Folder for ``index.html``, the two page scripts and
            ``assets/``.
        boundary: District outline, a GeoJSON FeatureCollection in WGS-84
            ``[lon, lat]`` order. It is copied, never modified.
        tile_url: Optional XYZ template such as ``file:///…/{z}/{x}/{y}.png``.
            Without it the map is the outline on a plain background. Remote
            URLs are blocked by the view, so only local templates show tiles.
        tile_attribution: Plain text shown for the tile layer (not HTML).
        center: Initial ``(lat, lon)``.
        zoom: Initial zoom level.

    Returns:
        Path of the written ``index.html``.

    Raises:
        ValueError: ``boundary`` is not a GeoJSON FeatureCollection.
    """
    if boundary.get("type") != "FeatureCollection":
        raise ValueError("boundary must be a GeoJSON FeatureCollection")
    out_dir.mkdir(parents=True, exist_ok=True)
    assets = copy_assets(out_dir / ASSET_DIR_NAME)
    shutil.copy2(SCRIPT_SOURCE, out_dir / SCRIPT_NAME)
    shutil.copy2(LAYERS_SCRIPT_SOURCE, out_dir / LAYERS_SCRIPT_NAME)

    # The scale bar is added by console_map.js: folium's shows miles too.
    fmap = folium.Map(location=list(center), zoom_start=zoom, tiles=None)
    use_local_assets(fmap, assets, relative_to=out_dir)
    root = fmap.get_root()
    background = f".folium-map.leaflet-container {{ background: {BACKGROUND_COLOUR}; }}"
    root.header.add_child(
        Element(f"<style>{background}</style>"), name="console_map_background"
    )
    # In the body: after Leaflet (head), before folium's map script, which
    # ends by handing the map to consoleMap.attach(). The resource layers
    # come first: attach() hands the map on to them.
    scripts = "".join(
        f'<script src="{name}"></script>' for name in (LAYERS_SCRIPT_NAME, SCRIPT_NAME)
    )
    root.html.add_child(Element(scripts), name="console_map_js")

    tiles = None
    if tile_url:
        tiles = folium.TileLayer(
            tiles=tile_url,
            attr=html.escape(tile_attribution),
            name="tiles",
            overlay=False,
            control=False,
        ).add_to(fmap)
    outline = folium.GeoJson(
        _styled_outline(boundary),
        name="district-outline",
        control=False,
        interactive=False,
    ).add_to(fmap)
    _ConsoleMapInternals(outline, tiles).add_to(fmap)

    page = out_dir / PAGE_NAME
    page.write_text(root.render(), encoding="utf-8")
    log.info("Built map page %s (tiles: %s)", page, tile_url or "none")
    return page


def _styled_outline(boundary: dict[str, Any]) -> dict[str, Any]:
    """Return a copy of the boundary with folium's per-feature outline style.

    Without a ``style_function`` folium styles each feature from
    ``properties.style``; a style function would make folium add ids to the
    features and render a style lookup table for a single outline.
    """
    outline = copy.deepcopy(boundary)
    for feature in outline.get("features", []):
        properties = feature.get("properties") or {}
        properties["style"] = dict(OUTLINE_STYLE)
        feature["properties"] = properties
    return outline
