"""The one folium element that draws the atlas: designations, reference boundaries, layer tree, legend.

Written as a single element with a small hand-written script rather than one folium object per feature:
the data is sent once as JSON (folium's per-object boilerplate would triple the page), every text from a
layer file reaches the page through ``textContent`` (folium's GeoJsonTooltip and the tree plugin put
strings in with ``innerHTML``), and the boundary level can follow the zoom on the client. Layer toggling,
zoom switching and tooltips all happen in the browser, so panning or toggling never reruns Streamlit.

Designations are drawn as SVG paths (class ``atlas-feature``; a few hundred shapes, and tests can count
them), boundaries on a canvas in a lower pane (thousands of rings, not interactive). ``window.atlas`` in
the map frame exposes the Leaflet layers for tests and the benchmark.
"""

from __future__ import annotations

from typing import Any

from branca.element import MacroElement
from folium.template import Template

_SCRIPT = """
{% macro header(this, kwargs) %}
<style>
  .leaflet-container { background: #f4f2ec; font-family: "Noto Sans CJK SC", "Noto Sans SC", sans-serif; }
  .atlas-tip { font-size: 12px; line-height: 1.4; }
  .atlas-tip b { font-size: 13px; }
  .atlas-tip .atlas-tip-meta { color: #444; }
  .atlas-tip .atlas-tip-id { color: #888; font-size: 10px; }
  .atlas-legend { background: rgba(255,255,255,0.92); padding: 6px 8px; border-radius: 4px;
                  font-size: 11px; line-height: 14px; max-height: 150px; overflow-y: auto; max-width: 190px; opacity: 0.95; }
  .atlas-legend h4 { margin: 0 0 4px; font-size: 12px; }
  .atlas-legend .row { display: flex; align-items: center; gap: 6px; white-space: nowrap; }
  .atlas-legend svg { flex: none; }
  .leaflet-container .leaflet-control-attribution { font-size: 10px; line-height: 1.3; max-width: 70%; }
  .leaflet-control-layers-list { max-height: 300px; overflow-y: auto; font-size: 12px; max-width: 250px; }
</style>
{% endmacro %}
{% macro script(this, kwargs) %}
(function () {
  var map = {{ this._parent.get_name() }};
  var P = {{ this.payload|tojson }};
  var atlas = window.atlas = { layers: {}, ids: {}, boundaryLevels: [], ready: false, map: map };
  map.createPane("atlasBoundaries").style.zIndex = 350;
  map.createPane("atlasDesignations").style.zIndex = 420;
  var bRenderer = L.canvas({ pane: "atlasBoundaries", padding: 0.3 });
  var dRenderer = L.svg({ pane: "atlasDesignations" });

  function el(tag, cls, text) {
    var node = document.createElement(tag);
    if (cls) { node.className = cls; }
    if (text) { node.textContent = text; }
    return node;
  }
  function tipFor(t) {
    return function () {
      var d = el("div", "atlas-tip");
      d.appendChild(el("b", "", t.name));
      d.appendChild(el("div", "atlas-tip-meta", t.industry + " · " + t.kind + (t.approx ? " " + t.approx : "")));
      d.appendChild(el("div", "atlas-tip-id", "#" + t.id));
      return d;
    };
  }
  function styled(opts) {
    return function () { return opts; };
  }

  // Groups exist (empty) before streamlit-folium wires its click handlers to the map's layers; their
  // shapes arrive with the geometry (inline or fetched from the app's static files) and inherit them.
  P.designations.forEach(function (d) {
    var group = L.featureGroup();
    group.bindTooltip(tipFor(d.tip), { sticky: true, direction: "top" });
    group.addTo(map);
    atlas.layers[d.i] = group;
    atlas.ids[d.id] = group;
  });
  var bg = L.layerGroup();
  if (P.hasBoundaries) { bg.addTo(map); }
  atlas.boundaries = bg;

  function syncLevels() {
    var z = map.getZoom();
    atlas.boundaryLevels.forEach(function (l) {
      var want = z >= l.min && z <= l.max;
      if (want && !bg.hasLayer(l.layer)) { bg.addLayer(l.layer); }
      if (!want && bg.hasLayer(l.layer)) { bg.removeLayer(l.layer); }
    });
  }

  function drawGeometry(G) {
    G.boundaries.forEach(function (b) {
      var opts = Object.assign({ renderer: bRenderer, pane: "atlasBoundaries", interactive: false }, b.style);
      atlas.boundaryLevels.push({ level: b.level, min: b.minZoom, max: b.maxZoom,
        layer: L.geoJSON(b.geojson, { style: styled(opts), interactive: false }) });
    });
    syncLevels();
    map.on("zoomend", syncLevels);
    P.designations.forEach(function (d) {
      var group = atlas.layers[d.i];
      (G.parts[d.i] || []).forEach(function (p) {
        var opts = Object.assign({ renderer: dRenderer, pane: "atlasDesignations",
          className: "atlas-feature atlas-kind-" + d.kind + " atlas-role-" + p.r + " atlas-d-" + d.css }, p.s);
        L.geoJSON(p.g, {
          style: styled(opts),
          pointToLayer: function (f, ll) { return L.circleMarker(ll, opts); }
        }).addTo(group);
      });
    });
    atlas.ready = true;
  }

  function treeNode(n) {
    if (n.d !== undefined) { return { label: n.label, layer: atlas.layers[n.d] }; }
    return { label: n.label, selectAllCheckbox: true, collapsed: !!n.collapsed, children: n.children.map(treeNode) };
  }
  var overlays = [];
  if (P.designations.length) { overlays.push(treeNode(P.tree)); }
  if (P.hasBoundaries) { overlays.push({ label: P.boundaryLabel, layer: bg }); }
  atlas.control = L.control.layers.tree(null, overlays, { collapsed: P.collapsed, position: "topright" }).addTo(map);

  var legend = L.control({ position: "bottomleft" });
  legend.onAdd = function () {
    var box = el("div", "atlas-legend");
    box.appendChild(el("h4", "", P.legend.title));
    var ns = "http://www.w3.org/2000/svg";
    function swatch(style, role) {
      var svg = document.createElementNS(ns, "svg");
      svg.setAttribute("width", "22"); svg.setAttribute("height", "14");
      var shape;
      if (role === "seat" || role === "site") {
        shape = document.createElementNS(ns, "circle");
        shape.setAttribute("cx", "11"); shape.setAttribute("cy", "7"); shape.setAttribute("r", role === "seat" ? "5" : "3.5");
      } else if (role === "stroke") {
        shape = document.createElementNS(ns, "line");
        shape.setAttribute("x1", "1"); shape.setAttribute("y1", "7"); shape.setAttribute("x2", "21"); shape.setAttribute("y2", "7");
      } else if (role === "outline") {
        shape = document.createElementNS(ns, "polygon"); shape.setAttribute("points", "11,1 21,13 1,13");
      } else {
        shape = document.createElementNS(ns, "rect");
        shape.setAttribute("x", "1"); shape.setAttribute("y", "1"); shape.setAttribute("width", "20"); shape.setAttribute("height", "12");
      }
      shape.setAttribute("stroke", style.color);
      shape.setAttribute("stroke-width", String(Math.min(style.weight || 1, 3)));
      shape.setAttribute("fill", style.fill === false ? "none" : (style.fillColor || style.color));
      shape.setAttribute("fill-opacity", String(style.fillOpacity === undefined ? 0.2 : style.fillOpacity));
      if (style.dashArray) { shape.setAttribute("stroke-dasharray", style.dashArray); }
      svg.appendChild(shape);
      return svg;
    }
    P.legend.industries.forEach(function (it) {
      var row = el("div", "row atlas-legend-industry");
      row.appendChild(swatch({ color: it.colour, fillColor: it.colour, fillOpacity: 0.5, weight: 1 }, "fill"));
      row.appendChild(el("span", "", it.label));
      box.appendChild(row);
    });
    P.legend.kinds.forEach(function (it) {
      var row = el("div", "row atlas-legend-kind");
      row.appendChild(swatch(it.style, it.role));
      row.appendChild(el("span", "", it.label));
      box.appendChild(row);
    });
    L.DomEvent.disableScrollPropagation(box);
    return box;
  };
  if (P.designations.length) { legend.addTo(map); }

  map.attributionControl.setPrefix(P.attributionPrefix);
  P.attributions.forEach(function (a) { map.attributionControl.addAttribution(a); });

  atlas.visibleIds = function () {
    return Object.keys(atlas.ids).filter(function (k) { return map.hasLayer(atlas.ids[k]); });
  };

  function fail(message) {
    var box = L.control({ position: "bottomright" });
    box.onAdd = function () { return el("div", "atlas-legend atlas-error", message); };
    box.addTo(map);
    console.error("atlas: " + message);
  }
  if (P.geometryUrl) {
    fetch(P.geometryUrl, { credentials: "same-origin" })
      .then(function (r) { if (!r.ok) { throw new Error(r.status + " " + P.geometryUrl); } return r.json(); })
      .then(drawGeometry)
      .catch(function (e) { fail(P.loadError + " (" + e.message + ")"); });
  } else {
    drawGeometry(P.geometry);
  }
})();
{% endmacro %}
"""  # noqa: E501 (JavaScript)


class AtlasLayers(MacroElement):
    """Adds the atlas script to a map; ``payload`` is built by :func:`geo.mapview.build.atlas_payload`.

    The payload is put into the script with Jinja's ``tojson``, which escapes ``<``, ``>``, ``&`` and
    ``'``: no text from a layer file can close the script or start markup.
    """

    _template = Template(_SCRIPT)

    def __init__(self, payload: dict[str, Any]) -> None:
        super().__init__()
        self._name = "AtlasLayers"
        self.payload = payload
