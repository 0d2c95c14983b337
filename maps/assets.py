"""Offline Leaflet and jQuery files, taken from the installed xstatic packages.

The console has no internet access, so folium's CDN links would leave a blank
map. The files come from the pinned ``xstatic-leaflet`` and ``xstatic-jquery``
packages instead of being vendored into the repository.
"""

from __future__ import annotations

import importlib
import logging
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path

import folium

log = logging.getLogger("eoc.map")

LEAFLET_PACKAGE = "xstatic.pkg.leaflet"
JQUERY_PACKAGE = "xstatic.pkg.jquery"


@dataclass(frozen=True)
class AssetFiles:
    """Absolute paths of the copied assets.

    Attributes:
        leaflet_js: Leaflet's script.
        leaflet_css: Leaflet's stylesheet; its ``images/`` folder sits beside it.
        jquery_js: jQuery, which folium's popup code expects as ``$``.
    """

    leaflet_js: Path
    leaflet_css: Path
    jquery_js: Path


def package_data_dir(package: str) -> Path:
    """Return the ``data`` folder of an xstatic package.

    Normally this is the package's ``BASE_DIR``. In a PyInstaller one-folder
    bundle the module is imported from the archive, so the data is also looked
    for under the same package path inside the bundle folder.

    Raises:
        FileNotFoundError: The package data is in none of the places tried.
    """
    candidates: list[Path] = []
    try:
        module = importlib.import_module(package)
    except ImportError:
        log.warning("Cannot import %s; looking for its data in the bundle", package)
    else:
        # In a bundle that did not collect the module itself, Python imports
        # the bundled data folder as an empty namespace package instead.
        base = getattr(module, "BASE_DIR", None)
        if base is not None:
            candidates.append(Path(base))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle, *package.split("."), "data"))
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    tried = ", ".join(str(c) for c in candidates) or "nowhere"
    raise FileNotFoundError(f"Map assets of {package} not found (tried {tried})")


def copy_assets(target: Path) -> AssetFiles:
    """Copy Leaflet (with its marker images) and jQuery into ``target``.

    Returns:
        Where the copied files are.
    """
    leaflet = package_data_dir(LEAFLET_PACKAGE)
    jquery = package_data_dir(JQUERY_PACKAGE)
    leaflet_dir = target / "leaflet"
    jquery_dir = target / "jquery"
    leaflet_dir.mkdir(parents=True, exist_ok=True)
    jquery_dir.mkdir(parents=True, exist_ok=True)

    for name in ("leaflet.js", "leaflet.css"):
        shutil.copy2(leaflet / name, leaflet_dir / name)
    shutil.copytree(leaflet / "images", leaflet_dir / "images", dirs_exist_ok=True)
    shutil.copy2(jquery / "jquery.min.js", jquery_dir / "jquery.min.js")
    log.debug("Copied map assets from %s and %s to %s", leaflet, jquery, target)
    return AssetFiles(
        leaflet_js=leaflet_dir / "leaflet.js",
        leaflet_css=leaflet_dir / "leaflet.css",
        jquery_js=jquery_dir / "jquery.min.js",
    )


def use_local_assets(
    fmap: folium.Map, assets: AssetFiles, *, relative_to: Path | None = None
) -> None:
    """Point one folium map at local asset files instead of the CDNs.

    Only this instance changes: assigning the lists on the instance shadows
    ``folium.Map.default_js``/``default_css``, so other maps in the process
    keep folium's defaults. Bootstrap and Font Awesome are dropped, which means
    ``folium.Icon`` markers do not work on these maps; use circle markers.

    Args:
        fmap: The map to change.
        assets: Files returned by :func:`copy_assets`.
        relative_to: Folder of the HTML page. When given, links are relative
            so the page folder can be moved; otherwise they are ``file:`` URLs.
    """

    def link(path: Path) -> str:
        if relative_to is None:
            return path.resolve().as_uri()
        return path.resolve().relative_to(relative_to.resolve()).as_posix()

    fmap.default_js = [
        ("leaflet", link(assets.leaflet_js)),
        ("jquery", link(assets.jquery_js)),
    ]
    fmap.default_css = [("leaflet_css", link(assets.leaflet_css))]
