"""Blueprint ``ui``: the query page at ``/`` and the canned queries it offers.

- ``/``: a SPARQL editor (YASQE) and result viewer (YASR) over ``/sparql``, the examples of ``queries/``, a
  short introduction with the entity counts per class. ``/?query=...`` preloads (and runs) a query,
  ``/?example=SLUG`` a canned one.
- ``/queries.json``: the canned queries as data (title, description, shows, text, kind).
- ``/queries/SLUG.rq``: one canned query, as ``application/sparql-query``.

The editor and viewer are served from ``static/vendor/`` (copied there from npm by ``make``); the page never
loads anything from another host.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from flask import Blueprint, Flask, Response, abort, current_app, jsonify, render_template, request

from fmkg.config import Settings
from fmkg.formats import DUMPS
from fmkg.iri import Iris
from fmkg.queries import CannedQuery, load_queries
from fmkg.store import StoreMissing
from fmkg.store.access import GraphStore
from fmkg.store.executor import QueryError
from fmkg.web.store_access import get_store, per_generation

bp = Blueprint("ui", __name__)

VENDOR_FILES = ("yasqe.min.js", "yasqe.min.css", "yasr.min.js", "yasr.min.css", "cytoscape.min.js")
VENDOR = Path(__file__).resolve().parent / "static" / "vendor"
VENDOR_STEP = "`make install` (its npm step, `make src/fmkg/web/static/vendor/.installed`, copies them from npm)"


def missing_vendor_files(directory: Path = VENDOR) -> list[str]:
    """The editor's and the graph view's files that ``make`` copies from npm and ``directory`` lacks."""
    return [name for name in VENDOR_FILES if not (directory / name).is_file()]

DEFAULT_QUERY = """SELECT ?model ?label ?provider
WHERE {
  ?model a fm:FoundationModel ;
         rdfs:label ?label .
  OPTIONAL { ?model fm:developedBy ?provider }
}
ORDER BY ?label
LIMIT 100"""

_STATS_QUERY = """
SELECT ?class (SAMPLE(?l) AS ?label) (COUNT(DISTINCT ?entity) AS ?n)
WHERE {
  ?entity a ?class .
  FILTER(STRSTARTS(STR(?class), "%(vocab)s"))
  OPTIONAL { ?class <http://www.w3.org/2000/01/rdf-schema#label> ?l . FILTER(LANGMATCHES(LANG(?l), "en")) }
}
GROUP BY ?class
ORDER BY DESC(?n) ?class
"""

# Provenance plumbing is counted in the triple total but would only clutter "what the graph holds".
_HIDDEN_CLASSES = ("EvidenceSpan",)


def page_prefixes(settings: Settings) -> dict[str, str]:
    """The prefixes the editor completes and the endpoint predeclares: the one map of ``fmkg.vocab`` (YASQE's
    bundled list comes from prefix.cc and holds spam entries, so the page offers this one instead)."""
    return Iris.of(settings).prefixes()


def with_prologue(body: str, settings: Settings) -> str:
    """``body`` with PREFIX lines for the prefixes it uses and does not declare."""
    prefixes = page_prefixes(settings)
    lines = [f"PREFIX {name}: <{iri}>" for name, iri in prefixes.items()
             if f"{name}:" in body and f"PREFIX {name}:" not in body]
    return "\n".join(lines + [body])


def canned_queries(app: Flask | None = None) -> list[CannedQuery]:
    """The canned queries of the configured directory, rebased to this deployment's IRIs."""
    settings: Settings = (app or current_app).config["FMKG"]
    iris = Iris.of(settings)
    queries = load_queries(settings.queries)
    return [CannedQuery(**{**q.as_json(), "text": iris.rebase(q.text)}) for q in queries]


_summaries: dict[object, dict[str, Any]] = {}


def graph_summary(settings: Settings) -> dict[str, Any]:
    """Entities per fmkg class and the number of quads, read from the store (``available`` False if none).

    Computed once per store generation, so the home page does not count the type triples on every visit; the
    counts are time-limited queries like any other read.
    """
    store = get_store()
    if store.generation() is None:
        return {"available": False, "classes": [], "quads": 0}
    try:
        return per_generation(_summaries, (settings.base_uri,), lambda: _compute_summary(store, settings))
    except (StoreMissing, QueryError):
        return {"available": False, "classes": [], "quads": 0}


def _compute_summary(store: GraphStore, settings: Settings) -> dict[str, Any]:
    vocab = Iris.of(settings).vocab
    classes = []
    for row in store.select(_STATS_QUERY % {"vocab": vocab}):
        local = row["class"].value.removeprefix(vocab)
        if local in _HIDDEN_CLASSES:
            continue
        label = row["label"].value if row["label"] is not None else local
        classes.append({"iri": row["class"].value, "local": local, "label": label, "count": int(row["n"].value),
                        "plural": plural(label) if int(row["n"].value) != 1 else label,
                        "query": with_prologue(_instances_query(local), settings)})
    entities, triples, graphs = (_number(store, query) for query in (_ENTITIES_QUERY % {"vocab": vocab},
                                                                     _TRIPLES_QUERY, _GRAPHS_QUERY))
    quads = store.info(timeout=settings.query_timeout)["quads"]
    return {"available": True, "classes": classes, "quads": quads, "entities": entities, "triples": triples,
            "graphs": graphs}


def _number(store: GraphStore, query: str) -> int:
    value = store.select(query)[0]["n"]
    return int(value.value) if value is not None else 0


_ENTITIES_QUERY = """SELECT (COUNT(DISTINCT ?e) AS ?n) WHERE {
  GRAPH ?g { ?e a ?c } FILTER(STRSTARTS(STR(?c), "%(vocab)s") && !STRENDS(STR(?c), "EvidenceSpan")) }"""
_TRIPLES_QUERY = "SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { GRAPH ?g { ?s ?p ?o } } }"
_GRAPHS_QUERY = "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }"


def plural(label: str) -> str:
    """English plural of a class label's last word: "foundation model" -> "foundation models".

    >>> plural("foundation model"), plural("risk category"), plural("governance process"), plural("data")
    ('foundation models', 'risk categories', 'governance processes', 'data')
    """
    head, _, last = label.rpartition(" ")
    if last in ("data", "media", "information", "evidence", "software"):
        return label
    if last.endswith("y") and last[-2:-1] not in "aeiou":
        word = last[:-1] + "ies"
    elif last.endswith(("s", "x", "ch", "sh")):
        word = last + "es"
    else:
        word = last + "s"
    return (head + " " if head else "") + word


def _instances_query(local: str) -> str:
    return (f"SELECT ?entity ?label\nWHERE {{\n  ?entity a fm:{local} .\n"
            f"  OPTIONAL {{ ?entity rdfs:label ?label }}\n}}\nORDER BY ?label")


def _initial_query(queries: list[CannedQuery], settings: Settings) -> tuple[str, str | None, bool]:
    """The query the editor opens with, the canned query it is (if any), and whether to run it at once."""
    if request.args.get("query"):
        return request.args["query"], None, True
    slug = request.args.get("example")
    chosen = next((q for q in queries if q.slug == slug), None)
    if chosen is not None:
        return chosen.text, chosen.slug, False
    return with_prologue(DEFAULT_QUERY, settings), None, False


@bp.get("/")
def query_page() -> str:
    settings: Settings = current_app.config["FMKG"]
    queries = canned_queries()
    text, slug, run = _initial_query(queries, settings)
    static = Path(current_app.static_folder or "") / "vendor"
    config = {
        "endpoint": request.script_root + "/sparql",
        "root": request.script_root + "/",
        "baseUri": settings.base_uri,
        "prefixes": page_prefixes(settings),
        "queries": [q.as_json() for q in queries],
        "initialQuery": text,
        "initialExample": slug,
        "runInitialQuery": run,
    }
    return render_template(
        "query.html",
        nav="query",
        queries=queries,
        initial_query=text,
        initial_example=slug,
        summary=graph_summary(settings),
        dumps=DUMPS,
        prefixes=list(page_prefixes(settings)),
        vendor_ok=not missing_vendor_files(static),
        config_json=json.dumps(config).replace("</", "<\\/"),
    )


@bp.get("/favicon.ico")
def favicon() -> Response:
    """No icon, said without an error (a browser asks on every page)."""
    return Response(status=204, headers={"Cache-Control": "public, max-age=86400"})


@bp.get("/queries.json")
def queries_json() -> Response:
    return jsonify([q.as_json() for q in canned_queries()])


@bp.get("/queries/<slug>.rq")
def query_file(slug: str) -> Response:
    chosen = next((q for q in canned_queries() if q.slug == slug), None)
    if chosen is None:
        abort(404)
    return Response(chosen.text, mimetype="application/sparql-query",
                    headers={"Content-Disposition": f'inline; filename="{slug}.rq"'})


def init_app(app: Flask) -> None:
    """Register the query page and the canned-query routes."""
    app.register_blueprint(bp)
