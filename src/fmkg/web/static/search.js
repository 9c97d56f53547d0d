/* The search box in every page's header: suggestions from /search.json as you type (label and alias, case,
 * hyphens and spaces ignored), each with its class. Arrow keys move, Enter opens, Escape closes. Without
 * JavaScript the box is a plain form that opens /search?q=... */
(function () {
  "use strict";

  function init() {
    var input = document.getElementById("site-search-q");
    var list = document.getElementById("site-search-list");
    if (!input || !list || !window.fetch) return;
    var endpoint = input.dataset.endpoint;
    var active = -1;
    var items = [];
    var pending = 0;

    function close() {
      list.hidden = true;
      list.textContent = "";
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
      items = [];
    }

    function highlight(i) {
      items.forEach(function (li, k) { li.setAttribute("aria-selected", k === i ? "true" : "false"); });
      active = i;
      if (i >= 0) input.setAttribute("aria-activedescendant", items[i].id);
    }

    function show(results) {
      list.textContent = "";
      items = results.map(function (hit, i) {
        var li = document.createElement("li");
        li.id = "site-search-option-" + i;
        li.setAttribute("role", "option");
        var a = document.createElement("a");
        a.href = hit.href;
        a.textContent = hit.label;
        li.appendChild(a);
        if (hit.matched) {
          var alias = document.createElement("span");
          alias.className = "muted";
          alias.textContent = " “" + hit.matched + "”";
          li.appendChild(alias);
        }
        hit.classes.slice(0, 2).forEach(function (c) {
          var badge = document.createElement("span");
          badge.className = "kind-badge";
          badge.textContent = c.label;
          li.appendChild(document.createTextNode(" "));
          li.appendChild(badge);
        });
        list.appendChild(li);
        return li;
      });
      list.hidden = items.length === 0;
      input.setAttribute("aria-expanded", items.length ? "true" : "false");
      active = -1;
    }

    input.addEventListener("input", function () {
      var q = input.value.trim();
      if (!q) { close(); return; }
      var ticket = ++pending;
      fetch(endpoint + "?limit=8&q=" + encodeURIComponent(q), { headers: { Accept: "application/json" } })
        .then(function (r) { return r.ok ? r.json() : { results: [] }; })
        .then(function (json) { if (ticket === pending) show(json.results || []); })
        .catch(function () { close(); });
    });
    input.addEventListener("keydown", function (event) {
      if (event.key === "ArrowDown" && items.length) {
        event.preventDefault();
        highlight((active + 1) % items.length);
      } else if (event.key === "ArrowUp" && items.length) {
        event.preventDefault();
        highlight((active - 1 + items.length) % items.length);
      } else if (event.key === "Enter" && active >= 0) {
        event.preventDefault();
        location.href = items[active].querySelector("a").href;
      } else if (event.key === "Escape") {
        close();
      }
    });
    document.addEventListener("click", function (event) {
      if (!input.form.contains(event.target)) close();
    });
  }

  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
  else init();
})();
