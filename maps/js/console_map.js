/*
 * Page script of the console's situation map.
 *
 * The page is built once by maps/page.py; afterwards Python only calls the
 * functions on window.consoleMap, so the map never reloads (zoom, pan and
 * selection survive every update). Events go back to Python through the
 * QWebChannel object "bridge". Text from incidents is only ever set as
 * textContent, never as HTML.
 */
(function () {
  "use strict";

  var GRADE_COLOURS = { I: "#d7191c", II: "#f28c28", III: "#f2c500", IV: "#2c7bb6" };
  var NO_GRADE_COLOUR = "#808080";
  var MARKER_STYLE = { radius: 8, color: "#333333", weight: 1.5, fillOpacity: 0.9 };
  var SELECTED_STYLE = { radius: 11, color: "#000000", weight: 4 };

  var map = null;
  var outline = null;
  var incidents = null;
  var bridge = null;
  var entries = Object.create(null); // incident id -> {marker, label}
  var selectedId = null;
  var tileErrors = 0;
  var firstFailedTile = null;
  var tileFailureReported = false;

  function randomId() {
    var bytes = new Uint8Array(8);
    window.crypto.getRandomValues(bytes);
    return Array.prototype.map
      .call(bytes, function (b) { return ("0" + b.toString(16)).slice(-2); })
      .join("");
  }

  function styleFor(grade, selected) {
    var style = {
      radius: MARKER_STYLE.radius,
      color: MARKER_STYLE.color,
      weight: MARKER_STYLE.weight,
      fillOpacity: MARKER_STYLE.fillOpacity,
      fillColor: GRADE_COLOURS[grade] || NO_GRADE_COLOUR,
    };
    if (selected) {
      style.radius = SELECTED_STYLE.radius;
      style.color = SELECTED_STYLE.color;
      style.weight = SELECTED_STYLE.weight;
    }
    return style;
  }

  function validPosition(item) {
    return item && typeof item.lat === "number" && typeof item.lon === "number" &&
      isFinite(item.lat) && isFinite(item.lon);
  }

  function titleOf(item) {
    return item.title === null || item.title === undefined ? "" : String(item.title);
  }

  function createEntry(id, item) {
    var label = document.createElement("span");
    label.className = "console-map-incident-label";
    label.textContent = titleOf(item);
    var marker = L.circleMarker([item.lat, item.lon], styleFor(item.grade, false));
    marker.bindTooltip(label, { direction: "top", offset: [0, -8] });
    marker.on("click", function () {
      if (bridge) {
        bridge.incidentClicked(id);
      }
    });
    marker.addTo(incidents);
    return { marker: marker, label: label, grade: item.grade };
  }

  function upsertIncidents(list) {
    var applied = 0;
    (list || []).forEach(function (item) {
      if (!item || item.id === null || item.id === undefined || !validPosition(item)) {
        console.warn("consoleMap: skipped incident without id or position");
        return;
      }
      var id = String(item.id);
      var entry = entries[id];
      if (entry) {
        entry.grade = item.grade;
        entry.marker.setLatLng([item.lat, item.lon]);
        entry.marker.setStyle(styleFor(item.grade, id === selectedId));
        entry.label.textContent = titleOf(item);
      } else {
        entries[id] = createEntry(id, item);
      }
      applied += 1;
    });
    return applied;
  }

  function removeIncident(id) {
    var key = String(id);
    var entry = entries[key];
    if (!entry) {
      return false;
    }
    incidents.removeLayer(entry.marker);
    delete entries[key];
    if (selectedId === key) {
      selectedId = null;
    }
    return true;
  }

  function selectIncident(id) {
    var key = String(id);
    var previous = selectedId === null ? null : entries[selectedId];
    if (previous) {
      previous.marker.setStyle(styleFor(previous.grade, false));
    }
    selectedId = null;
    var entry = entries[key];
    if (!entry) {
      return false;
    }
    selectedId = key;
    cancelFraming();
    entry.marker.setStyle(styleFor(entry.grade, true));
    entry.marker.bringToFront();
    entry.marker.openTooltip();
    map.panTo(entry.marker.getLatLng());
    return true;
  }

  function centerOn(lat, lon, zoom) {
    // No animation: the officer asked to go there, and a view that is still
    // flying reports an in-between centre to whoever asks next.
    cancelFraming();
    var target = zoom === null || zoom === undefined ? map.getZoom() : zoom;
    map.setView([lat, lon], target, { reset: true });
  }

  function countRings(latlngs) {
    if (!Array.isArray(latlngs) || latlngs.length === 0) {
      return 0;
    }
    if (latlngs[0] instanceof L.LatLng) {
      return 1;
    }
    return latlngs.reduce(function (sum, part) { return sum + countRings(part); }, 0);
  }

  function outlineRingCount() {
    if (!outline) {
      return 0;
    }
    var rings = 0;
    outline.eachLayer(function (layer) {
      if (typeof layer.getLatLngs === "function") {
        rings += countRings(layer.getLatLngs());
      }
    });
    return rings;
  }

  function outlineLoaded() {
    return Boolean(map && outline && map.hasLayer(outline) && outlineRingCount() >= 1);
  }

  function reportTileFailure() {
    if (bridge && firstFailedTile !== null && !tileFailureReported) {
      tileFailureReported = true;
      bridge.tileFailed(firstFailedTile);
    }
  }

  function onTileError(event) {
    // An unreachable tile server must not spoil the outline map: hide the
    // broken tile and report only the first failure of this page load.
    tileErrors += 1;
    if (event.tile) {
      event.tile.style.visibility = "hidden";
    }
    if (firstFailedTile === null) {
      firstFailedTile = event.tile && event.tile.src ? String(event.tile.src) : "";
      console.warn("consoleMap: tile layer unreachable, showing the outline only");
    }
    reportTileFailure();
  }

  function onContextMenu(event) {
    if (bridge) {
      bridge.contextRequested(event.latlng.lat, event.latlng.lng);
    }
  }

  function connectBridge(done) {
    if (typeof QWebChannel === "undefined" || !window.qt || !window.qt.webChannelTransport) {
      console.warn("consoleMap: no Qt web channel; clicks are not reported");
      done();
      return;
    }
    new QWebChannel(window.qt.webChannelTransport, function (channel) {
      bridge = channel.objects.bridge || null;
      if (!bridge) {
        console.error("consoleMap: the web channel has no 'bridge' object");
      }
      done();
    });
  }

  // Frame the whole district whatever the window size. A view that is not
  // laid out yet (or squeezed by its neighbours) is too small to fit into,
  // so the fit then waits for the first resize that gives the map an area,
  // unless something has placed the map on purpose before that.
  var FRAME_MIN_PX = 64;
  var pendingFrame = null;

  function fitDistrict() {
    var size = map.getSize();
    // Below the padding the zoom that fits is not a number.
    if (size.x < FRAME_MIN_PX || size.y < FRAME_MIN_PX) {
      return false;
    }
    if (outline && outline.getBounds().isValid()) {
      map.fitBounds(outline.getBounds(), { padding: [12, 12], animate: false });
    }
    return true;
  }

  function cancelFraming() {
    if (pendingFrame) {
      map.off("resize", pendingFrame);
      pendingFrame = null;
    }
  }

  function frameDistrict() {
    if (fitDistrict()) {
      return;
    }
    pendingFrame = function () {
      if (fitDistrict()) {
        cancelFraming();
      }
    };
    map.on("resize", pendingFrame);
  }

  function attach(internals) {
    if (map) {
      return;
    }
    if (!internals || !internals.map) {
      console.error("consoleMap: consoleMapInternals missing; page not built by build_map_page");
      return;
    }
    map = internals.map;
    outline = internals.outline || null;
    if (map.attributionControl) {
      map.attributionControl.setPrefix("Leaflet");
    }
    L.control.scale({ imperial: false }).addTo(map);
    incidents = L.featureGroup().addTo(map);
    if (window.consoleMapLayers) {
      window.consoleMapLayers.attach(map, api, function () { return bridge; });
    } else {
      console.error("consoleMap: resource_layers.js missing; no resource layers");
    }
    if (internals.tiles) {
      internals.tiles.on("tileerror", onTileError);
    }
    map.on("contextmenu", onContextMenu);
    frameDistrict();
    connectBridge(becomeReady);
  }

  function becomeReady() {
    api.ready = true;
    reportTileFailure();
    if (bridge) {
      bridge.pageReady(api.loadId);
    }
  }

  var api = {
    ready: false,
    loadId: randomId(),
    upsertIncidents: upsertIncidents,
    removeIncident: removeIncident,
    selectIncident: selectIncident,
    centerOn: centerOn,
    count: function () { return Object.keys(entries).length; },
    attach: attach,
    outlineLoaded: outlineLoaded,
    outlineRingCount: outlineRingCount,
    tileErrors: function () { return tileErrors; },
    marker: function (id) {
      var entry = entries[String(id)];
      return entry ? entry.marker : null;
    },
  };
  window.consoleMap = api;

  // Normally the page's own map script calls attach(); this covers a page
  // that published consoleMapInternals before this script was loaded.
  function attachLate() {
    attach(window.consoleMapInternals);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", attachLate);
  } else {
    attachLate();
  }
})();
