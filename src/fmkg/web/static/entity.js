/* An entity page's neighbourhood: the entities it links to and is linked from, drawn with Cytoscape.js from the
 * JSON the page carries (#entity-graph-data). Clicking a node opens its page. */
(function () {
  "use strict";

  function draw() {
    var holder = document.getElementById("entity-graph");
    var data = document.getElementById("entity-graph-data");
    if (!holder || !data || !window.cytoscape) return;
    var graph = JSON.parse(data.textContent);
    var elements = graph.nodes.map(function (n) {
      return { data: { id: n.id, label: n.label, href: n.href }, classes: n.focus ? "focus" : "" };
    }).concat(graph.edges.map(function (e, i) {
      return { data: { id: "e" + i, source: e.source, target: e.target, label: e.label } };
    }));
    var cy = window.cytoscape({
      container: holder,
      elements: elements,
      wheelSensitivity: 0.3,
      maxZoom: 1.6,
      minZoom: 0.2,
      // the entity in the middle, its neighbours around it
      layout: { name: "concentric", animate: false, padding: 30, fit: true, minNodeSpacing: 60,
        concentric: function (node) { return node.hasClass("focus") ? 2 : 1; }, levelWidth: function () { return 1; } },
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3,
          "background-color": "#2454a6", width: 14, height: 14, color: "#1d2330", "text-wrap": "ellipsis",
          "text-max-width": 140 } },
        { selector: "node.focus", style: { "background-color": "#bf8700", width: 22, height: 22, "font-weight": "bold" } },
        { selector: "edge", style: { label: "data(label)", "font-size": 9, color: "#5b6475", width: 1.2,
          "line-color": "#9aa5b8", "target-arrow-shape": "triangle", "target-arrow-color": "#9aa5b8",
          "curve-style": "bezier", "text-rotation": "autorotate" } },
      ],
    });
    cy.on("tap", "node", function (event) {
      var href = event.target.data("href");
      if (href && !event.target.hasClass("focus")) location.href = href;
    });
    holder.dataset.ready = "true";
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", draw);
  else draw();
})();
