"""What fmkg hides of Virtuoso 7 (``make test-virtuoso``; skipped in other runs): its own graphs, its SQL functions,
its missing BNODE(), its blank-node labels and booleans. README, "On Virtuoso 7"."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest

from serve_helper import ENGINE, build_store, make_app

pytestmark = pytest.mark.skipif(ENGINE != "virtuoso", reason="about Virtuoso: run with make test-virtuoso")

FIXTURE = Path(__file__).resolve().parent / "fixtures" / "engine_terms.trig"
G = "https://w3id.org/fmkg/graph/"
LISTENER_PORT = 18298  # of the helper range: a local HTTP server that counts the requests it gets


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    return make_app(build_store(tmp_path_factory.mktemp("virtuoso") / "store", FIXTURE)).test_client()


def rows(response) -> list[str]:
    assert response.status_code == 200, response.data
    return response.data.decode().splitlines()[1:]


def test_only_the_builds_graphs_are_seen(client):
    graphs = rows(client.get("/sparql", query_string={"query": "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }"},
                             headers={"Accept": "text/csv"}))
    assert graphs and all(g.startswith(G) for g in graphs)
    count = rows(client.get("/sparql", query_string={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"},
                            headers={"Accept": "text/csv"}))
    distinct = rows(client.get("/sparql", query_string={
        "query": "SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?s ?p ?o { GRAPH ?g { ?s ?p ?o } } }"},
        headers={"Accept": "text/csv"}))
    assert count == distinct  # the union default graph: each triple once, no openlinksw schema in it


def test_virtuoso_sql_functions_are_refused_and_reach_nothing(client):
    hits: list[str] = []

    class Count(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802 - the handler's name
            hits.append(self.path)
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    listener = http.server.HTTPServer(("127.0.0.1", LISTENER_PORT), Count)
    threading.Thread(target=listener.serve_forever, daemon=True).start()
    try:
        for query in (f'SELECT (bif:http_get("http://127.0.0.1:{LISTENER_PORT}/a") AS ?x) {{}}',
                      f'SELECT (<\\u0062if:http_get>("http://127.0.0.1:{LISTENER_PORT}/b") AS ?x) {{}}'):
            response = client.get("/sparql", query_string={"query": query})
            assert response.status_code == 400
            assert "standard SPARQL 1.1 only" in response.data.decode()
    finally:
        listener.shutdown()
        listener.server_close()
    assert hits == []


def test_bnode_of_a_query_that_reads_no_graph_is_answered(client):
    response = client.get("/sparql", query_string={"query": "SELECT ?i ?b { VALUES ?i { 1 2 } BIND(BNODE() AS ?b) }"},
                          headers={"Accept": "application/sparql-results+json"})
    bindings = response.get_json()["results"]["bindings"]
    assert [b["b"]["type"] for b in bindings] == ["bnode", "bnode"]
    assert bindings[0]["b"]["value"] != bindings[1]["b"]["value"]


def test_blank_nodes_and_booleans_come_back_as_sparql_says(client):
    response = client.get("/sparql", query_string={
        "query": "SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } FILTER(isBlank(?o) || DATATYPE(?o) = xsd:boolean) }",
    }, headers={"Accept": "application/sparql-results+json"})
    assert response.status_code == 200, response.data
    values = sorted((b["o"]["type"], b["o"]["value"]) for b in response.get_json()["results"]["bindings"])
    assert [v for v in values if v[0] == "literal"] == [("literal", "false"), ("literal", "true")]
    blank = [value for kind, value in values if kind == "bnode"]
    assert len(blank) == 1 and not blank[0].startswith("nodeID://")
