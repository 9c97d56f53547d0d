"""Shared by the query-page tests (no tests here): one built graph per session, and a live server over it.

The graph is the real one, built from the repository's documents by ``fmkg.graph.build.build`` into a temporary
directory; ``FMKG_TEST_GRAPH=fixture`` (or a checkout without the build) uses ``tests/fixtures/ui_graph.trig``.
The live server is a real ``fmkg serve`` process (through ``tests/serve_helper.py``) when the command exists, a
werkzeug server in a thread over ``create_app`` otherwise.
"""

from __future__ import annotations

import importlib.util
import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests

from fmkg.config import Settings
from fmkg.store import replace_store

REPO = Path(__file__).resolve().parents[1]
FIXTURE = REPO / "tests" / "fixtures" / "ui_graph.trig"
DOCUMENTS = REPO / "data" / "documents"


@dataclass(frozen=True)
class BuiltGraph:
    settings: Settings
    source: str  # "build" or "fixture"

    @property
    def store(self) -> ox.Store:
        return ox.Store.read_only(str(self.settings.store))


_built: dict[str, BuiltGraph] = {}


def built_graph(tmp_path_factory: pytest.TempPathFactory) -> BuiltGraph:
    """The graph of this test session, built once whichever module asks first."""
    if "graph" in _built:
        return _built["graph"]
    root = tmp_path_factory.mktemp("ui-graph")
    settings = Settings.from_env(
        environ={}, store=root / "store", dist=root / "dist", documents=DOCUMENTS, curated=REPO / "data" / "curated",
        ontology=REPO / "ontology", queries=REPO / "queries")
    use_build = os.environ.get("FMKG_TEST_GRAPH") != "fixture" and importlib.util.find_spec("fmkg.graph.build")
    if use_build:
        from fmkg.graph.build import build

        build(settings)
        _built["graph"] = BuiltGraph(settings, "build")
    else:
        dataset = ox.Store()
        dataset.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
        replace_store(settings.store, list(dataset))
        _built["graph"] = BuiltGraph(settings, "fixture")
    return _built["graph"]


def document_texts() -> dict[str, str]:
    """The source documents by their IRI."""
    return {f"https://w3id.org/fmkg/document/{p.stem}": p.read_text(encoding="utf-8")
            for p in sorted(DOCUMENTS.glob("*.txt"))}


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_up(url: str, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if requests.get(url, timeout=2).status_code < 500:
                return
        except requests.ConnectionError:
            pass
        time.sleep(0.2)
    raise RuntimeError(f"the server at {url} did not come up in {seconds} s")


def _serve_command_available() -> bool:
    from fmkg.cli import build_parser

    handler = build_parser().parse_args(["serve"]).handler
    return handler.__name__ != "_not_yet" and importlib.util.find_spec("fmkg.server") is not None


@contextmanager
def live_server(graph: BuiltGraph) -> Iterator[str]:
    """A server on a free loopback port over the built store; yields its base URL (no trailing slash)."""
    settings = graph.settings
    if _serve_command_available():
        try:
            from serve_helper import running_server  # the server issue's helper: a real `fmkg serve` process
        except ImportError:
            running_server = None
        if running_server is not None:
            env = {"FMKG_DIST": str(settings.dist), "FMKG_QUERIES": str(settings.queries), "FMKG_WORKERS": "1"}
            with running_server(settings.store, env=env) as url:
                yield url
            return
    from werkzeug.serving import make_server

    from fmkg.web import create_app

    app = create_app({"FMKG_STORE": settings.store, "FMKG_DIST": settings.dist, "FMKG_QUERIES": settings.queries,
                      "TESTING": True})
    _add_sparql_stand_in(app)
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    server = make_server("127.0.0.1", port, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        _wait_until_up(url + "/")
        yield url
    finally:
        server.shutdown()
        thread.join(timeout=10)


def _add_sparql_stand_in(app) -> None:
    """Until the /sparql blueprint exists, a minimal SPARQL Protocol endpoint over the store, for these tests only."""
    if any(rule.rule == "/sparql" for rule in app.url_map.iter_rules()):
        return
    from flask import Response, request

    from fmkg.web.store_access import get_store

    solutions = {"application/sparql-results+json": ox.QueryResultsFormat.JSON, "text/csv": ox.QueryResultsFormat.CSV,
                 "text/tab-separated-values": ox.QueryResultsFormat.TSV,
                 "application/sparql-results+xml": ox.QueryResultsFormat.XML}
    graphs = {"text/turtle": ox.RdfFormat.TURTLE, "application/n-triples": ox.RdfFormat.N_TRIPLES,
              "application/rdf+xml": ox.RdfFormat.RDF_XML}

    def sparql() -> Response:
        query = request.values.get("query")
        if not query:
            return Response("no query", status=400, mimetype="text/plain")
        try:
            result = get_store().query(query, use_default_graph_as_union=True)
        except SyntaxError as error:
            return Response(f"Query parse error: {error}", status=400, mimetype="text/plain")
        accept = request.accept_mimetypes
        if isinstance(result, ox.QueryTriples):
            mime = accept.best_match(list(graphs)) or "text/turtle"
            return Response(result.serialize(format=graphs[mime]), mimetype=mime)
        mime = accept.best_match(list(solutions)) or "application/sparql-results+json"
        return Response(result.serialize(format=solutions[mime]), mimetype=mime)

    app.add_url_rule("/sparql", "sparql_stand_in", sparql, methods=["GET", "POST"])
