/*
 * Resource layers of the situation map: rescue teams, depots, shelters and
 * supervised businesses.
 *
 * console_map.js hands the map over in attach(); this file then adds the
 * layer functions to window.consoleMap. Python fills a layer in chunks
 * (beginLayer, upsertLayerItems..., endLayer) and updates it live with
 * upsertLayerItems / removeLayerItems, so the page is never reloaded.
 *
 * Every point is an L.circleMarker on one shared canvas renderer: 25,000
 * business points would make 25,000 SVG elements. Markers carry no tooltip
 * of their own; one shared tooltip per map is filled on hover, and its
 * content is built from DOM text nodes, never from HTML.
 */
(function () {
  "use strict";

  var NAMES = ["teams", "depots", "shelters", "businesses"];
  // Businesses are many and small; they are kept under the other layers.
  var BACKGROUND = "businesses";
  var SYNTHETIC_DASH = "3 2";
  var PANE = "consoleResources";

  var TEAM_COLOURS = {
    "待命": "#2e7d32",
    "出动": "#ad1457",
    "在途": "#ad1457",
    "到场": "#ad1457",
    "撤离": "#5e35b1",
    "休整": "#757575",
  };

  var STYLES = {
    teams: function (item) {
      return {
        radius: 6,
        color: "#ffffff",
        weight: 2,
        fillColor: TEAM_COLOURS[item.status] || "#757575",
        fillOpacity: 1,
      };
    },
    depots: function (item) {
      return {
        radius: item.kind === "区级仓库" ? 8 : 5,
        color: "#0d47a1",
        weight: 3,
        fillColor: "#ffffff",
        fillOpacity: 1,
      };
    },
    shelters: function (item) {
      var open = item.status === "开放";
      return {
        radius: 7,
        color: "#004d40",
        weight: 2,
        fillColor: "#26a69a",
        fillOpacity: open ? 0.95 : 0.15,
      };
    },
    // Tens of thousands of small dots: no outline, half transparent.
    businesses: function () {
      return {
        radius: 2.5,
        stroke: false,
        fillColor: "#8d6e63",
        fillOpacity: 0.55,
      };
    },
  };
  var SWATCH_ITEMS = { teams: { status: "待命" }, shelters: { status: "开放" } };
  // What a sample-data point's outline becomes (dashed, see styleFor).
  var SYNTHETIC_OUTLINE = { teams: "#263238" };
  var HIGHLIGHT = { color: "#000000", weight: 4, grow: 4 };

  var map = null;
  var renderer = null;
  var control = null;
  var getBridge = function () { return null; };
  var layers = Object.create(null);
  var labels = {
    teams: "Rescue teams",
    depots: "Depots",
    shelters: "Shelters",
    businesses: "Supervised businesses",
    synthetic: "Sample data",
    syntheticLayer: "(sample data)",
  };
  var tip = null;
  var radiusCircle = null;
  var highlighted = Object.create(null); // id -> layer name

  function escapeHtml(text) {
    // The layers control puts names in with innerHTML.
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function validPosition(item) {
    return item && item.id !== null && item.id !== undefined &&
      typeof item.lat === "number" && typeof item.lon === "number" &&
      isFinite(item.lat) && isFinite(item.lon);
  }

  // Styles depend on a few fields only, so 25,000 points share a handful
  // of style objects (Leaflet copies them into each marker's options).
  var styleCache = Object.create(null);

  function baseStyle(layer, item) {
    var key = [layer.name, item.kind, item.status, item.synthetic ? 1 : 0].join("|");
    var style = styleCache[key];
    if (!style) {
      style = STYLES[layer.name](item);
      style.renderer = renderer;
      style.dashArray = item.synthetic ? SYNTHETIC_DASH : null;
      if (item.synthetic && SYNTHETIC_OUTLINE[layer.name]) {
        style.color = SYNTHETIC_OUTLINE[layer.name];
      }
      styleCache[key] = style;
    }
    return style;
  }

  function styleFor(layer, item, id) {
    var base = baseStyle(layer, item);
    if (highlighted[id] !== layer.name) {
      return base;
    }
    var style = L.extend({}, base);
    style.radius += HIGHLIGHT.grow;
    style.color = HIGHLIGHT.color;
    style.weight = HIGHLIGHT.weight;
    return style;
  }

  function matches(filter, item) {
    if (!filter) {
      return true;
    }
    if (filter.kind && filter.kind.length && filter.kind.indexOf(item.kind) < 0) {
      return false;
    }
    return !(filter.status && filter.status.length &&
      filter.status.indexOf(item.status) < 0);
  }

  function place(layer, entry) {
    var wanted = matches(layer.filter, entry.item);
    if (wanted && !entry.shown) {
      layer.group.addLayer(entry.marker);
      layer.shown += 1;
    } else if (!wanted && entry.shown) {
      layer.group.removeLayer(entry.marker);
      layer.shown -= 1;
    }
    entry.shown = wanted;
  }

  // Mouse events of every resource point go to one dispatcher. A feature
  // group would do the same by giving each marker its own event-parent
  // table, which costs noticeably at 25,000 points; here the table is on
  // the prototype and shared. (So these markers must never be put into an
  // L.featureGroup, whose addEventParent would write into the shared one.)
  var dispatcher = new L.Evented();
  var ResourceMarker = L.CircleMarker.extend({});
  ResourceMarker.prototype._eventParents = {};
  ResourceMarker.prototype._eventParents[L.stamp(dispatcher)] = dispatcher;

  function createEntry(layer, id, item) {
    var marker = new ResourceMarker([item.lat, item.lon], styleFor(layer, item, id));
    marker.resourceId = id;
    marker.resourceLayer = layer.name;
    return { marker: marker, item: item, shown: false, generation: layer.generation };
  }

  var TEXT_COLUMNS = ["name", "kind", "status", "detail"];

  // Python sends items packed by column (maps/layers.py pack); a plain
  // list of item objects is taken as well.
  function unpack(data) {
    if (!data || Array.isArray(data)) {
      return data || [];
    }
    var count = data.id ? data.id.length : 0;
    var items = new Array(count);
    var texts = TEXT_COLUMNS.filter(function (key) { return data[key]; });
    for (var i = 0; i < count; i += 1) {
      var item = { id: data.id[i], lat: data.lat[i], lon: data.lon[i] };
      for (var k = 0; k < texts.length; k += 1) {
        var value = data[texts[k]][i];
        if (value !== "" && value !== null && value !== undefined) {
          item[texts[k]] = value;
        }
      }
      if (data.synthetic && data.synthetic[i]) {
        item.synthetic = true;
      }
      items[i] = item;
    }
    return items;
  }

  function upsertItems(name, data) {
    var layer = layers[name];
    if (!layer) {
      console.warn("consoleMap: no layer " + name);
      return -1;
    }
    var applied = 0;
    unpack(data).forEach(function (item) {
      if (!validPosition(item)) {
        console.warn("consoleMap: skipped a " + name + " item without id or position");
        return;
      }
      var id = String(item.id);
      var entry = layer.entries[id];
      if (entry) {
        layer.synthetic += (item.synthetic ? 1 : 0) - (entry.item.synthetic ? 1 : 0);
        entry.item = item;
        entry.marker.setLatLng([item.lat, item.lon]);
        entry.marker.setStyle(styleFor(layer, item, id));
      } else {
        entry = createEntry(layer, id, item);
        layer.entries[id] = entry;
        layer.size += 1;
        layer.synthetic += item.synthetic ? 1 : 0;
      }
      entry.generation = layer.generation;
      if (layer.loading && !entry.shown) {
        layer.deferred.push(entry);
      } else {
        place(layer, entry);
      }
      applied += 1;
    });
    if (name === BACKGROUND && applied && !layer.loading) {
      raiseForeground();
    }
    updateLabel(layer);
    return applied;
  }

  function removeEntry(layer, id) {
    var entry = layer.entries[id];
    if (!entry) {
      return false;
    }
    if (entry.shown) {
      layer.group.removeLayer(entry.marker);
      layer.shown -= 1;
    }
    if (tip && tip.resourceId === id) {
      closeTip();
    }
    delete layer.entries[id];
    delete highlighted[id];
    layer.size -= 1;
    layer.synthetic -= entry.item.synthetic ? 1 : 0;
    return true;
  }

  function removeItems(name, ids) {
    var layer = layers[name];
    if (!layer) {
      return -1;
    }
    var removed = 0;
    (ids || []).forEach(function (id) {
      if (removeEntry(layer, String(id))) {
        removed += 1;
      }
    });
    updateLabel(layer);
    return removed;
  }

  // A full replacement: begin, any number of upserts, end. Items not sent
  // between begin and end are removed at the end, so the layer never flashes
  // empty while the chunks arrive. New points are put on the map at the end
  // in one go: the canvas is then drawn once, not once per chunk.
  function beginLayer(name) {
    var layer = layers[name];
    if (!layer) {
      return false;
    }
    layer.loading = true;
    layer.generation += 1;
    layer.deferred = [];
    return true;
  }

  function endLayer(name) {
    var layer = layers[name];
    if (!layer || !layer.loading) {
      return -1;
    }
    var deferred = layer.deferred;
    layer.loading = false;
    layer.deferred = [];
    Object.keys(layer.entries).forEach(function (id) {
      if (layer.entries[id].generation !== layer.generation) {
        removeEntry(layer, id);
      }
    });
    deferred.forEach(function (entry) {
      // Skip points removed (or replaced) while the load was running.
      if (layer.entries[entry.marker.resourceId] === entry) {
        place(layer, entry);
      }
    });
    if (name === BACKGROUND) {
      raiseForeground();
    }
    updateLabel(layer);
    return layer.size;
  }

  function setLayerFilter(name, filter) {
    var layer = layers[name];
    if (!layer) {
      return -1;
    }
    layer.filter = filter || null;
    Object.keys(layer.entries).forEach(function (id) {
      place(layer, layer.entries[id]);
    });
    if (name === BACKGROUND) {
      raiseForeground();
    }
    return layer.shown;
  }

  function setLayerVisible(name, visible) {
    var layer = layers[name];
    if (!layer) {
      return false;
    }
    if (visible && !map.hasLayer(layer.group)) {
      layer.group.addTo(map);
    } else if (!visible && map.hasLayer(layer.group)) {
      map.removeLayer(layer.group);
    }
    return map.hasLayer(layer.group);
  }

  // Everything shares one canvas, which draws in insertion order; the
  // background layer's points must not cover a team or shelter.
  function raiseForeground() {
    NAMES.forEach(function (name) {
      var layer = layers[name];
      if (name === BACKGROUND || !map.hasLayer(layer.group)) {
        return;
      }
      layer.group.eachLayer(function (marker) { marker.bringToFront(); });
    });
  }

  // --- tooltip ---------------------------------------------------------------

  function line(parent, text, className) {
    if (text === null || text === undefined || text === "") {
      return;
    }
    var div = document.createElement("div");
    if (className) {
      div.className = className;
    }
    div.textContent = String(text);
    parent.appendChild(div);
  }

  function tipContent(item) {
    var box = document.createElement("div");
    box.className = "console-resource-tip";
    line(box, item.name, "console-resource-tip-name");
    var kind = [item.kind, item.status].filter(function (part) {
      return part !== null && part !== undefined && part !== "";
    }).join(" · ");
    line(box, kind);
    line(box, item.detail);
    if (item.synthetic) {
      line(box, labels.synthetic, "console-resource-tip-synthetic");
    }
    return box;
  }

  function openTip(layerName, id) {
    var layer = layers[layerName];
    var entry = layer ? layer.entries[id] : null;
    if (!entry || !entry.shown || !map.hasLayer(layer.group)) {
      return null;
    }
    if (!tip) {
      tip = L.tooltip({ direction: "top", offset: [0, -6], opacity: 0.95 });
    }
    tip.resourceId = id;
    tip.setContent(tipContent(entry.item));
    tip.setLatLng(entry.marker.getLatLng());
    map.openTooltip(tip);
    var element = tip.getElement();
    return element ? element.textContent : null;
  }

  function closeTip() {
    if (tip && map.hasLayer(tip)) {
      map.closeTooltip(tip);
    }
  }

  function markerOf(event) {
    var marker = event.propagatedFrom || event.layer;
    return marker && marker.resourceId !== undefined ? marker : null;
  }

  function onHover(event) {
    var marker = markerOf(event);
    if (marker) {
      openTip(marker.resourceLayer, marker.resourceId);
    }
  }

  function onClick(event) {
    var marker = markerOf(event);
    var bridge = getBridge();
    if (marker && bridge) {
      bridge.resourceClicked(marker.resourceLayer, marker.resourceId);
    }
  }

  // --- search circle -----------------------------------------------------------

  function restyle(id) {
    var name = highlighted[id];
    var layer = name ? layers[name] : null;
    var entry = layer ? layer.entries[id] : null;
    if (entry) {
      entry.marker.setStyle(styleFor(layer, entry.item, id));
    }
    return entry;
  }

  function clearRadius() {
    if (radiusCircle) {
      map.removeLayer(radiusCircle);
      radiusCircle = null;
    }
    var old = Object.keys(highlighted);
    highlighted = Object.create(null);
    old.forEach(function (id) {
      NAMES.forEach(function (name) {
        var entry = layers[name].entries[id];
        if (entry) {
          entry.marker.setStyle(styleFor(layers[name], entry.item, id));
        }
      });
    });
  }

  function findLayerOf(id) {
    for (var i = 0; i < NAMES.length; i += 1) {
      if (layers[NAMES[i]].entries[id]) {
        return NAMES[i];
      }
    }
    return null;
  }

  function showRadius(lat, lon, km, ids) {
    // Only a new circle moves the map; a new selection in the same circle
    // leaves the officer's view alone.
    var moved = !radiusCircle || radiusCircle.getRadius() !== km * 1000 ||
      !radiusCircle.getLatLng().equals([lat, lon]);
    clearRadius();
    radiusCircle = L.circle([lat, lon], {
      radius: km * 1000,
      renderer: renderer,
      color: "#0d47a1",
      weight: 2,
      dashArray: "8 6",
      fillColor: "#1e88e5",
      fillOpacity: 0.05,
      interactive: false,
    }).addTo(map);
    radiusCircle.bringToBack();
    var found = 0;
    (ids || []).forEach(function (raw) {
      var id = String(raw);
      var name = findLayerOf(id);
      if (!name) {
        return;
      }
      highlighted[id] = name;
      var entry = restyle(id);
      if (entry.shown) {
        entry.marker.bringToFront();
      }
      found += 1;
    });
    if (moved) {
      map.fitBounds(radiusCircle.getBounds(), { padding: [16, 16], animate: false });
    }
    return found;
  }

  // --- layers control ----------------------------------------------------------

  // The layers control takes its names as HTML: only the swatch is markup
  // of ours; every word in it is escaped.
  function controlLabel(name) {
    var style = STYLES[name](SWATCH_ITEMS[name] || {});
    var swatch = '<span class="console-layer-swatch" style="background:' +
      style.fillColor + ";border-color:" +
      (style.stroke === false ? style.fillColor : style.color) + '"></span>';
    var text = escapeHtml(labels[name] || name);
    if (layers[name].synthetic > 0) {
      text += ' <span class="console-layer-synthetic">' +
        escapeHtml(labels.syntheticLayer) + "</span>";
    }
    return swatch + text;
  }

  function rebuildControl() {
    NAMES.forEach(function (name) {
      layers[name].labelled = layers[name].synthetic > 0;
      control.removeLayer(layers[name].group);
    });
    NAMES.forEach(function (name) {
      control.addOverlay(layers[name].group, controlLabel(name));
    });
  }

  // Rebuilt only when a layer starts or stops holding sample data.
  function updateLabel(layer) {
    if (control && layer.labelled !== layer.synthetic > 0) {
      rebuildControl();
    }
  }

  function setLayerLabels(given) {
    Object.keys(given || {}).forEach(function (key) {
      labels[key] = String(given[key]);
    });
    rebuildControl();
    return true;
  }

  function onGroupToggled(name, visible) {
    if (visible && name === BACKGROUND) {
      raiseForeground();
    }
    if (!visible && tip && tip.resourceId && findLayerOf(tip.resourceId) === name) {
      closeTip();
    }
    var bridge = getBridge();
    if (bridge) {
      bridge.layerToggled(name, visible ? 1 : 0);
    }
  }

  function makeLayer(name) {
    var group = L.layerGroup();
    group.on("add", function () { onGroupToggled(name, true); });
    group.on("remove", function () { onGroupToggled(name, false); });
    return {
      name: name,
      group: group,
      entries: Object.create(null),
      size: 0,
      shown: 0,
      synthetic: 0,
      labelled: false,
      filter: null,
      loading: false,
      generation: 0,
      deferred: [],
    };
  }

  // The canvas sits in its own pane under the overlay pane, where the
  // incidents are drawn as SVG: incident markers stay on top, and only their
  // painted paths take the mouse, so everywhere else the canvas gets it.
  function makeRenderer() {
    var pane = map.createPane(PANE);
    pane.style.zIndex = 390;
    var style = document.createElement("style");
    style.textContent =
      ".console-resource-tip-name { font-weight: bold; }\n" +
      ".console-layer-swatch { display: inline-block; width: 10px; height: 10px;" +
      " border: 2px solid; border-radius: 50%; margin: 0 4px; vertical-align: middle; }\n" +
      ".console-layer-synthetic { color: #8a6d00; font-size: 90%; }\n" +
      ".console-resource-tip-synthetic { color: #8a6d00; font-style: italic; }";
    document.head.appendChild(style);
    return L.canvas({ pane: PANE, padding: 0.3 });
  }

  function attach(givenMap, api, bridgeGetter) {
    map = givenMap;
    getBridge = bridgeGetter;
    renderer = makeRenderer();
    control = L.control.layers(null, null, {
      collapsed: false,
      position: "topright",
      sortLayers: false,
    }).addTo(map);
    dispatcher.on("mouseover", onHover);
    dispatcher.on("mouseout", closeTip);
    dispatcher.on("click", onClick);
    NAMES.forEach(function (name) {
      layers[name] = makeLayer(name);
    });
    NAMES.forEach(function (name) {
      if (name !== BACKGROUND) {
        layers[name].group.addTo(map);
      }
    });
    rebuildControl();

    api.layerNames = function () { return NAMES.slice(); };
    api.beginLayer = beginLayer;
    api.upsertLayerItems = upsertItems;
    api.removeLayerItems = removeItems;
    api.endLayer = endLayer;
    api.setLayerFilter = setLayerFilter;
    api.setLayerVisible = setLayerVisible;
    api.setLayerLabels = setLayerLabels;
    api.showRadius = showRadius;
    api.clearRadius = function () { clearRadius(); return true; };
    api.openLayerTooltip = openTip;
    api.layerCount = function (name) { return layers[name] ? layers[name].size : -1; };
    api.layerShown = function (name) {
      var layer = layers[name];
      if (!layer) {
        return -1;
      }
      return map.hasLayer(layer.group) ? layer.shown : 0;
    };
    api.layerVisible = function (name) {
      return Boolean(layers[name] && map.hasLayer(layers[name].group));
    };
    api.layerMarker = function (name, id) {
      var entry = layers[name] ? layers[name].entries[String(id)] : null;
      return entry ? entry.marker : null;
    };
    api.highlightedIds = function () { return Object.keys(highlighted).sort(); };
    api.radiusShown = function () { return radiusCircle !== null; };
  }

  window.consoleMapLayers = { attach: attach };
})();
