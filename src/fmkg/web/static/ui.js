/* The fmkg query page: YASQE (editor) and YASR (results) over the local /sparql endpoint.
 *
 * Everything is fetched from this server: prefix completion uses fmkg's own list (no prefix.cc), class and
 * property completion asks /sparql (not Linked Open Vocabularies), and the result table shows entities by
 * their rdfs:label, linking fmkg IRIs to this server's /resource/... pages whatever host runs it.
 */
(function () {
  "use strict";

  var config = JSON.parse(document.getElementById("fmkg-config").textContent);
  if (!window.Yasqe || !window.Yasr) {
    return; // the editor is not installed: the plain form stays in place
  }
  var Yasqe = window.Yasqe;
  var Yasr = window.Yasr;

  var RESULT_FORMATS = [
    { label: "JSON", accept: "application/sparql-results+json", ext: "json" },
    { label: "CSV", accept: "text/csv", ext: "csv" },
    { label: "TSV", accept: "text/tab-separated-values", ext: "tsv" },
    { label: "XML", accept: "application/sparql-results+xml", ext: "srx" },
  ];
  var GRAPH_FORMATS = [
    { label: "Turtle", accept: "text/turtle", ext: "ttl" },
    { label: "N-Triples", accept: "application/n-triples", ext: "nt" },
    { label: "RDF/XML", accept: "application/rdf+xml", ext: "rdf" },
  ];
  var NUMERIC = /#(integer|decimal|double|float|long|int|short|byte|nonNegativeInteger|positiveInteger|unsignedInt|unsignedLong)$/;
  var RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label";
  var MAX_LABELLED = 400;

  var labels = {}; // IRI -> English label, for the table and the chart
  var lastRun = null; // { query, kind } of the results on screen, for the downloads

  function $(id) {
    return document.getElementById(id);
  }

  /* Where a result IRI links to: an fmkg IRI becomes a path on this server (so links work on any host), another
   * http(s) IRI stays as it is, and any other scheme (javascript:, data:, mailto:...) links nowhere: null. */
  function localHref(iri) {
    if (iri.indexOf(config.baseUri) === 0) {
      return config.root + iri.substring(config.baseUri.length).replace(/^\/+/, "");
    }
    return /^https?:\/\//i.test(iri) ? iri : null;
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[c];
    });
  }

  function post(query, accept) {
    return fetch(config.endpoint, {
      method: "POST",
      headers: { Accept: accept, "Content-Type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ query: query }).toString(),
    });
  }

  /* Run a query of our own (labels, completion lists) and return its bindings, or [] on any failure. */
  function select(query) {
    return post(query, "application/sparql-results+json")
      .then(function (r) {
        return r.ok ? r.json() : { results: { bindings: [] } };
      })
      .then(function (json) {
        return json.results.bindings;
      })
      .catch(function () {
        return [];
      });
  }

  // --- completion: fmkg's prefixes, and the classes and properties of this graph -----------------------
  Yasqe.forkAutocompleter("prefixes", {
    name: "fmkgPrefixes",
    persistenceId: null,
    get: function () {
      return Object.keys(config.prefixes).map(function (p) {
        return p + ": <" + config.prefixes[p] + ">";
      });
    },
  }, false);
  Yasqe.forkAutocompleter("class", {
    name: "fmkgClasses",
    bulk: true,
    persistenceId: null,
    get: function () {
      return select(
        "SELECT DISTINCT ?c WHERE { { ?c a <http://www.w3.org/2002/07/owl#Class> } UNION { ?x a ?c } } LIMIT 2000"
      ).then(function (rows) {
        return rows.map(function (b) { return b.c.value; });
      });
    },
  }, false);
  Yasqe.forkAutocompleter("property", {
    name: "fmkgProperties",
    bulk: true,
    persistenceId: null,
    get: function () {
      return select("SELECT DISTINCT ?p WHERE { ?s ?p ?o } LIMIT 2000").then(function (rows) {
        return rows.map(function (b) { return b.p.value; });
      });
    },
  }, false);

  /* Entities by name: after `fmr:` the editor offers the entities whose label or alias starts like what is
   * typed (the server's /search.json: case, hyphens and spaces ignored), shown with their label and class. */
  var entityHints = {};
  Yasqe.registerAutocompleter({
    name: "fmkgEntities",
    bulk: false,
    autoShow: true,
    persistenceId: null,
    isValidCompletionPosition: function (editor) {
      var token = editor.getCompleteToken();
      return /^fmr:[\w.-]*$/.test(token.string || "");
    },
    preProcessToken: function (editor, token) {
      return Object.assign({}, token, { from: { ch: token.start }, to: { ch: token.end } });
    },
    get: function (editor, token) {
      var wanted = (token.string || "").replace(/^fmr:/, "");
      return fetch(config.root + "search.json?limit=12&q=" + encodeURIComponent(wanted || "a"), {
        headers: { Accept: "application/json" },
      })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (json) {
          return json.results.map(function (hit) {
            var name = "fmr:" + hit.href.split("/").pop();
            var kind = hit.classes.length ? " (" + hit.classes[0].label + ")" : "";
            entityHints[name] = name + " — " + hit.label + kind;
            return name;
          });
        })
        .catch(function () { return []; });
    },
    postprocessHints: function (editor, hints) {
      hints.forEach(function (h) { if (entityHints[h.text]) h.displayText = entityHints[h.text]; });
      return hints;
    },
  }, false);

  // --- results: a table that shows labels and local links, and a bar chart for aggregates --------------
  var BaseTable = Yasr.plugins.table;
  class FmkgTable extends BaseTable {
    constructor(yasr) {
      super(yasr);
      this.config = Object.assign({}, BaseTable.defaults, { openIriInNewWindow: false });
    }
    /* A literal as people read it: no quotes, no @en or ^^xsd:... (kept in the tooltip). */
    formatLiteral(binding) {
      var tag = binding["xml:lang"] ? "@" + binding["xml:lang"] : binding.datatype ? compact(binding.datatype, config.prefixes) : "";
      return tag ? "<span title='" + escapeHtml(tag) + "'>" + escapeHtml(binding.value) + "</span>" : escapeHtml(binding.value);
    }
    /* Every IRI cell is ours: a label when known, a link only to http(s) (YASR's own cell would link any
     * scheme its sanitizer lets through, mailto: and data: among them). */
    getUriLinkFromBinding(binding, prefixes) {
      var iri = binding.value;
      var label = labels[iri];
      var href = localHref(iri);
      var text = label !== undefined ? label : compact(iri, prefixes);
      // a full IRI is shown in angle brackets, as YASR does, unless its simple view is on
      var bare = text === iri && !(this.persistentConfig && this.persistentConfig.compact);
      var open = bare ? "&lt;" : "";
      var close = bare ? "&gt;" : "";
      if (href === null) {
        return open + "<span class='iri fmkg-unlinked' title='" + escapeHtml(iri) + "'>" + escapeHtml(text) +
          "</span>" + close;
      }
      var entity = label !== undefined || href !== iri ? " fmkg-entity" : "";
      return open + "<a class='iri" + entity + "' href='" + escapeHtml(href) + "' title='" + escapeHtml(iri) + "'>" +
        escapeHtml(text) + "</a>" + close;
    }
  }
  Yasr.registerPlugin("table", FmkgTable);

  function compact(iri, prefixes) {
    for (var p in prefixes || {}) {
      if (iri.indexOf(prefixes[p]) === 0) return p + ":" + iri.substring(prefixes[p].length);
    }
    return iri;
  }

  function cellText(binding) {
    if (!binding) return "";
    if (binding.type === "uri") return labels[binding.value] || compact(binding.value, config.prefixes);
    return binding.value;
  }

  /* A chart needs one numeric column (every value a number) and another column to name the bars. */
  function chartSpec(results) {
    if (!results || !results.getBindings || results.getType() !== "json") return null;
    var rows = results.getBindings();
    var vars = results.getVariables();
    if (!rows || rows.length < 1 || rows.length > 60 || vars.length < 2) return null;
    var numeric = vars.filter(function (v) {
      return rows.every(function (r) {
        return r[v] && r[v].type !== "uri" && NUMERIC.test(r[v].datatype || "");
      });
    });
    if (!numeric.length) return null;
    var names = vars.filter(function (v) { return numeric.indexOf(v) < 0; });
    if (!names.length) return null;
    // a label column (a literal next to the IRI) reads better than the IRI itself
    var name = names.find(function (v) { return rows.every(function (r) { return r[v] && r[v].type !== "uri"; }); });
    return { rows: rows, value: numeric[numeric.length - 1], name: name || names[0] };
  }

  class ChartPlugin {
    constructor(yasr) {
      this.yasr = yasr;
      this.priority = 5;
      this.label = "Chart";
      this.svg = null;
    }
    canHandleResults() {
      return !!chartSpec(this.yasr.results);
    }
    getIcon() {
      var icon = document.createElement("div");
      icon.innerHTML = "<svg viewBox='0 0 16 16' width='15' height='15' aria-hidden='true'>" +
        "<rect x='1' y='2' width='9' height='3'/><rect x='1' y='7' width='14' height='3'/>" +
        "<rect x='1' y='12' width='6' height='3'/></svg>";
      return icon.firstChild;
    }
    draw() {
      var spec = chartSpec(this.yasr.results);
      var max = Math.max.apply(null, spec.rows.map(function (r) { return Number(r[spec.value].value); })) || 1;
      var barHeight = 22;
      var labelWidth = 260;
      var width = 820;
      var height = spec.rows.length * (barHeight + 6) + 30;
      var parts = ["<svg xmlns='http://www.w3.org/2000/svg' class='ui-chart' role='img' width='" + width +
        "' height='" + height + "' viewBox='0 0 " + width + " " + height + "'>",
        "<title>" + escapeHtml(spec.value + " by " + spec.name) + "</title>"];
      spec.rows.forEach(function (r, i) {
        var n = Number(r[spec.value].value);
        var y = 10 + i * (barHeight + 6);
        var w = Math.max(1, Math.round((width - labelWidth - 70) * n / max));
        var name = cellText(r[spec.name]);
        var nameSvg = escapeHtml(name.length > 38 ? name.slice(0, 37) + "…" : name);
        var href = r[spec.name] && r[spec.name].type === "uri" ? localHref(r[spec.name].value) : null;
        if (href !== null) {
          nameSvg = "<a href='" + escapeHtml(href) + "'>" + nameSvg + "</a>";
        }
        parts.push("<text x='" + (labelWidth - 8) + "' y='" + (y + barHeight * 0.7) + "' text-anchor='end'>" +
          nameSvg + "</text>");
        parts.push("<rect class='ui-bar' x='" + labelWidth + "' y='" + y + "' width='" + w + "' height='" +
          barHeight + "'><title>" + escapeHtml(name + ": " + n) + "</title></rect>");
        parts.push("<text x='" + (labelWidth + w + 6) + "' y='" + (y + barHeight * 0.7) + "'>" + n + "</text>");
      });
      parts.push("</svg>");
      this.svg = parts.join("");
      var holder = document.createElement("div");
      holder.className = "ui-chart-holder";
      holder.innerHTML = this.svg;
      this.yasr.resultsEl.appendChild(holder);
    }
    download() {
      var svg = this.svg;
      return svg && {
        contentType: "image/svg+xml",
        getData: function () { return svg; },
        filename: "fmkg-chart.svg",
        title: "Download the chart (SVG)",
      };
    }
  }
  Yasr.registerPlugin("chart", ChartPlugin);

  /* CONSTRUCT and DESCRIBE answers as a graph (Cytoscape.js): IRIs and blank nodes are nodes, named by their
   * label; literals are listed in a node's tooltip. Clicking a node opens its page. */
  function graphElements(bindings) {
    var nodes = {};
    var edges = [];
    var literals = {};
    function node(b) {
      if (!nodes[b.value]) {
        nodes[b.value] = { data: { id: b.value, label: b.type === "uri" ? cellText(b) : "_:" + b.value.slice(0, 6) } };
      }
    }
    bindings.forEach(function (row, i) {
      var s = row.subject, p = row.predicate, o = row.object;
      if (!s || !p || !o) return;
      node(s);
      if (o.type === "literal" || o.type === "typed-literal") {
        if (p.value === RDFS_LABEL) nodes[s.value].data.label = o.value;
        (literals[s.value] = literals[s.value] || []).push(compact(p.value, config.prefixes) + ": " + o.value);
        return;
      }
      node(o);
      edges.push({ data: { id: "e" + i, source: s.value, target: o.value, label: labels[p.value] || compact(p.value, config.prefixes) } });
    });
    Object.keys(literals).forEach(function (id) { nodes[id].data.title = literals[id].join("\n"); });
    return Object.keys(nodes).map(function (k) { return nodes[k]; }).concat(edges);
  }

  function drawGraph(holder, elements, onOpen) {
    if (!window.cytoscape) {
      holder.textContent = "The graph view is not installed (run make install).";
      return null;
    }
    return window.cytoscape({
      container: holder,
      elements: elements,
      wheelSensitivity: 0.3,
      // the most linked nodes in the middle, the others in rings around them
      layout: { name: "concentric", animate: false, padding: 30, fit: true, minNodeSpacing: 50,
        concentric: function (node) { return node.degree(); }, levelWidth: function () { return 2; } },
      maxZoom: 1.6,
      minZoom: 0.2,
      style: [
        { selector: "node", style: { label: "data(label)", "font-size": 11, "text-valign": "bottom", "text-margin-y": 3,
          "background-color": "#2454a6", width: 14, height: 14, color: "#1d2330", "text-wrap": "ellipsis", "text-max-width": 140 } },
        { selector: "node.focus", style: { "background-color": "#bf8700", width: 22, height: 22, "font-weight": "bold" } },
        { selector: "edge", style: { label: "data(label)", "font-size": 9, color: "#5b6475", width: 1.2, "line-color": "#9aa5b8",
          "target-arrow-shape": "triangle", "target-arrow-color": "#9aa5b8", "curve-style": "bezier", "text-rotation": "autorotate" } },
      ],
    });
  }
  window.fmkgDrawGraph = drawGraph;

  class GraphPlugin {
    constructor(yasr) {
      this.yasr = yasr;
      this.priority = 20;
      this.label = "Graph";
      this.cy = null;
    }
    canHandleResults() {
      var r = this.yasr.results;
      return !!(r && r.getType && r.getType() !== "json" && r.getBindings && (r.getBindings() || []).length &&
        (r.getVariables() || []).indexOf("predicate") >= 0);
    }
    getIcon() {
      var icon = document.createElement("div");
      icon.innerHTML = "<svg viewBox='0 0 16 16' width='15' height='15' aria-hidden='true'><circle cx='3' cy='8' r='2'/>" +
        "<circle cx='13' cy='3' r='2'/><circle cx='13' cy='13' r='2'/><path d='M3 8L13 3M3 8L13 13' stroke='currentColor'/></svg>";
      return icon.firstChild;
    }
    draw() {
      var holder = document.createElement("div");
      holder.className = "fmkg-graph";
      holder.setAttribute("role", "img");
      holder.setAttribute("aria-label", "The answer as a graph: nodes are entities, arrows their links");
      this.yasr.resultsEl.appendChild(holder);
      var cy = drawGraph(holder, graphElements(this.yasr.results.getBindings()));
      if (cy) {
        cy.on("tap", "node", function (event) {
          var href = localHref(event.target.id());
          if (href) location.href = href;
        });
      }
      this.cy = cy;
    }
  }
  Yasr.registerPlugin("graph", GraphPlugin);

  // --- the page -----------------------------------------------------------------------------------------
  $("ui-fallback-form").hidden = true;
  $("ui-editor").hidden = false;
  $("ui-toolbar").hidden = false;

  var yasqe = new Yasqe($("ui-editor"), {
    value: config.initialQuery,
    persistenceId: null,
    consumeShareLink: null,
    createShareableLink: null, // one set of controls: the page's Run button and link, not YASQE's icons too
    showQueryButton: false,
    syntaxErrorCheck: false, // one error marker: the endpoint's, at the position its parser gives
    resizeable: true,
    editorHeight: window.innerWidth < 600 ? "240px" : "300px",
    prefixCcApi: null,
    autocompleters: ["variables", "fmkgPrefixes", "fmkgClasses", "fmkgProperties", "fmkgEntities"],
    requestConfig: { endpoint: config.endpoint, method: "POST" },
  });
  // The page runs queries itself (labels, downloads, readable errors): the editor's button and Ctrl+Enter too.
  yasqe.query = function () {
    return run();
  };
  // YASQE's own Ctrl+Enter binding (extraKeys) never fires: a key map added here comes first and does.
  yasqe.addKeyMap({
    "Ctrl-Enter": function () { run(); },
    "Cmd-Enter": function () { run(); },
  });

  var yasr = new Yasr($("ui-results"), {
    persistenceId: null,
    prefixes: config.prefixes,
    pluginOrder: ["table", "graph", "chart", "response", "boolean", "error"],
    defaultPlugin: "table",
  });
  $("ui-results").hidden = true; // no empty result frame before the first answer
  yasr.on("drawn", function () {
    document.querySelectorAll("#ui-results .switch .label").forEach(function (span) {
      if (span.textContent === "Ellipse") span.textContent = "Shorten long values";
    });
  });

  /* A short link: ?example=NAME for an unchanged example; else the query without its whole-line comments and
   * without the PREFIX lines the endpoint predeclares (the same namespace), which the link need not carry. */
  function shortQuery(query) {
    return query.split("\n").filter(function (line) {
      if (/^\s*#/.test(line)) return false;
      var m = /^\s*PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>]*)>\s*$/i.exec(line);
      return !(m && config.prefixes[m[1] || ""] === m[2]);
    }).join("\n").trim();
  }

  function permalinkPath(query) {
    var example = config.queries.find(function (q) { return q.text.trim() === query.trim(); });
    if (example) return config.root + "?example=" + encodeURIComponent(example.slug);
    return config.root + "?query=" + encodeURIComponent(shortQuery(query));
  }

  function shareLink() {
    return location.origin + permalinkPath(yasqe.getValue());
  }

  function setStatus(text) {
    $("ui-status").textContent = text;
  }

  var errorMarks = [];

  function clearError() {
    $("ui-error").hidden = true;
    errorMarks.forEach(function (m) {
      if (m.clear) m.clear();
      else yasqe.removeLineClass(m.line, "background", "ui-error-line");
    });
    errorMarks = [];
  }

  /* Show the endpoint's message next to the query, and mark the position of a syntax error in the editor. */
  function showError(title, message) {
    var box = $("ui-error");
    box.querySelector(".ui-error-title").textContent = title;
    box.querySelector(".ui-error-message").textContent = message;
    var where = /(?:line\s+(\d+),?\s+col(?:umn)?\s+(\d+))|(?:\bat\s+(?:line\s+)?(\d+):(\d+))/i.exec(message);
    var positionText = "";
    if (where) {
      var line = Number(where[1] || where[3]);
      var column = Number(where[2] || where[4]);
      positionText = "Syntax error at line " + line + ", column " + column + ".";
      var index = line - 1;
      if (index >= 0 && index < yasqe.getDoc().lineCount()) {
        yasqe.addLineClass(index, "background", "ui-error-line");
        errorMarks.push({ line: index });
        var length = yasqe.getDoc().getLine(index).length;
        var ch = Math.min(Math.max(column - 1, 0), Math.max(length - 1, 0));
        errorMarks.push(yasqe.getDoc().markText({ line: index, ch: ch }, { line: index, ch: ch + 1 },
          { className: "ui-error-char" }));
      }
    }
    box.querySelector(".ui-error-position").textContent = positionText;
    box.hidden = false;
    if (box.scrollIntoView) box.scrollIntoView({ block: "nearest" }); // where the eye is
    $("ui-results").hidden = true;
    $("ui-downloads").hidden = true;
  }

  function collectIris(results) {
    var seen = {};
    var list = [];
    (results.getBindings() || []).forEach(function (row) {
      Object.keys(row).forEach(function (v) {
        var b = row[v];
        if (b && b.type === "uri" && !seen[b.value] && labels[b.value] === undefined && !/[\s<>"{}|^`\\]/.test(b.value)) {
          seen[b.value] = true;
          list.push(b.value);
        }
      });
    });
    return list.slice(0, MAX_LABELLED);
  }

  function fetchLabels(iris) {
    if (!iris.length) return Promise.resolve(false);
    var values = iris.map(function (i) { return "<" + i + ">"; }).join(" ");
    var q = "SELECT ?s ?label WHERE { VALUES ?s { " + values + " } ?s <" + RDFS_LABEL + "> ?label . " +
      'FILTER(LANG(?label) = "" || LANGMATCHES(LANG(?label), "en")) }';
    return select(q).then(function (rows) {
      rows.forEach(function (b) {
        if (labels[b.s.value] === undefined || b.label["xml:lang"] === "en") labels[b.s.value] = b.label.value;
      });
      return rows.length > 0;
    });
  }

  function drawDownloads(query, kind) {
    var formats = kind === "CONSTRUCT" || kind === "DESCRIBE" ? GRAPH_FORMATS : RESULT_FORMATS;
    var holder = $("ui-download-buttons");
    holder.textContent = "";
    formats.forEach(function (f) {
      var button = document.createElement("button");
      button.type = "button";
      button.textContent = f.label;
      button.dataset.format = f.ext;
      button.title = "Download the results as " + f.label + " (" + f.accept + ")";
      button.addEventListener("click", function () { download(query, f); });
      holder.appendChild(button);
    });
    $("ui-downloads").hidden = false;
  }

  function download(query, format) {
    post(query, format.accept).then(function (r) {
      if (!r.ok) {
        return r.text().then(function (t) { showError("The download failed (" + r.status + ")", t); });
      }
      return r.blob().then(function (blob) {
        var a = document.createElement("a");
        a.href = URL.createObjectURL(blob);
        a.download = "fmkg-results." + format.ext;
        document.body.appendChild(a);
        a.click();
        setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
      });
    });
  }

  function run() {
    var query = yasqe.getValue();
    var kind = yasqe.getQueryType() || "SELECT";
    var graph = kind === "CONSTRUCT" || kind === "DESCRIBE";
    var accept = graph ? "text/turtle" : "application/sparql-results+json";
    clearError();
    setStatus("Running…");
    $("ui-run").disabled = true;
    document.body.classList.add("ui-busy");
    $("ui-share").href = shareLink();
    history.replaceState(null, "", permalinkPath(query));
    var started = performance.now();
    return post(query, accept)
      .then(function (r) {
        return r.text().then(function (text) {
          var ms = Math.round(performance.now() - started);
          if (!r.ok) {
            setStatus("");
            showError("The endpoint answered " + r.status + " " + (r.statusText || ""), text || "(no message)");
            return;
          }
          $("ui-results").hidden = false;
          lastRun = { query: query, kind: kind };
          var summary = { data: text, contentType: r.headers.get("Content-Type") || accept, status: r.status };
          // each kind of answer opens in its own view (an ASK after a chart is a yes or no, not a chart error)
          var view = kind === "ASK" ? "boolean" : graph ? "graph" : "table";
          if (yasr.selectedPlugin !== view) yasr.selectedPlugin = view;
          yasr.setResponse(summary, ms);
          setStatus(describe(yasr.results, kind, ms));
          drawDownloads(query, kind);
          return fetchLabels(collectIris(yasr.results)).then(function (found) {
            if (found) yasr.draw();
          });
        });
      })
      .catch(function (e) {
        setStatus("");
        showError("Could not reach the endpoint", String(e && e.message ? e.message : e));
      })
      .finally(function () {
        $("ui-run").disabled = false;
        document.body.classList.remove("ui-busy");
      });
  }

  function describe(results, kind, ms) {
    if (kind === "ASK") return "Answer: " + (results.getBoolean() ? "yes" : "no") + " (" + ms + " ms)";
    var rows = results.getBindings() || [];
    var noun = kind === "CONSTRUCT" || kind === "DESCRIBE" ? "triple" : "result";
    return rows.length + " " + noun + (rows.length === 1 ? "" : "s") + " in " + ms + " ms";
  }

  $("ui-run").addEventListener("click", function () { run(); });
  yasqe.on("change", function () {
    if (errorMarks.length) clearError();
  });

  // --- examples -----------------------------------------------------------------------------------------
  var byslug = {};
  config.queries.forEach(function (q) { byslug[q.slug] = q; });

  function choose(slug) {
    var q = byslug[slug];
    if (!q) return;
    document.querySelectorAll(".ui-example").forEach(function (a) {
      a.classList.toggle("is-selected", a.dataset.example === slug);
      if (a.dataset.example === slug) a.setAttribute("aria-current", "true");
      else a.removeAttribute("aria-current");
    });
    clearError();
    yasqe.setValue(q.text);
    yasqe.focus();
    history.replaceState(null, "", config.root + "?example=" + encodeURIComponent(slug));
    setStatus("Loaded “" + q.title + "”: press Run query (Ctrl+Enter).");
  }

  document.querySelectorAll(".ui-example").forEach(function (a) {
    a.addEventListener("click", function (event) {
      if (event.ctrlKey || event.metaKey || event.shiftKey) return; // let a new tab open it
      event.preventDefault();
      choose(a.dataset.example);
    });
  });

  $("ui-example-filter").addEventListener("input", function (event) {
    var needle = event.target.value.toLowerCase();
    document.querySelectorAll("#ui-example-list > li").forEach(function (li) {
      li.hidden = needle !== "" && li.textContent.toLowerCase().indexOf(needle) < 0;
    });
  });

  window.fmkgQueryPage = { yasqe: yasqe, yasr: yasr, run: run, choose: choose };
  document.body.dataset.ready = "true";
  if (config.runInitialQuery) run();
})();
