"""/sparql by the SPARQL 1.1 Protocol: the three ways to send a query, the dataset, and what is refused."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest

from fmkg.web.store_access import close_store
from serve_helper import build_store, make_app

FM = "https://w3id.org/fmkg/ontology#"
G = "https://w3id.org/fmkg/graph/"
LABELS = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
          f"SELECT ?l WHERE {{ ?m a <{FM}LanguageModel> ; rdfs:label ?l }} ORDER BY ?l")
JSON = "application/sparql-results+json"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("sparql") / "store")


@pytest.fixture(scope="module")
def app(store):
    app = make_app(store)
    yield app
    close_store(app)


@pytest.fixture
def client(app):
    return app.test_client()


def values(response, var: str = "l") -> list[str]:
    assert response.status_code == 200, response.data
    return [b[var]["value"] for b in json.loads(response.data)["results"]["bindings"] if var in b]


def test_get(client):
    assert values(client.get("/sparql", query_string={"query": LABELS})) == ["GPT-4", "GPT-4o", "Mistral 7B"]


def test_post_form(client):
    response = client.post("/sparql", data={"query": LABELS}, headers={"Accept": JSON})
    assert values(response) == ["GPT-4", "GPT-4o", "Mistral 7B"]


def test_post_direct(client):
    response = client.post("/sparql", data=LABELS.encode(), content_type="application/sparql-query; charset=utf-8")
    assert values(response) == ["GPT-4", "GPT-4o", "Mistral 7B"]


def test_default_graph_is_the_union_of_all_graphs(client):
    query = f"SELECT ?l WHERE {{ ?m <{FM}developedBy> ?p . ?p <http://www.w3.org/2000/01/rdf-schema#label> ?l }}"
    # developedBy is in the document's graph, the providers' labels in the curated graph
    assert sorted(set(values(client.get("/sparql", query_string={"query": query})))) == ["Mistral AI", "OpenAI"]


def test_default_graph_uri_restricts_the_default_graph(client):
    query = "SELECT ?l WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l } ORDER BY ?l"
    response = client.get("/sparql", query_string={"query": query, "default-graph-uri": G + "curated"})
    assert values(response) == ["Mistral AI", "OpenAI"]


def test_several_default_graph_uris_are_merged(client):
    query = "SELECT (COUNT(DISTINCT ?s) AS ?l) WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> ?o }"
    params = [("query", query), ("default-graph-uri", G + "curated"), ("default-graph-uri", G + "document/doc-1")]
    assert values(client.get("/sparql?" + urlencode(params))) == ["5"]


def test_named_graph_uri_limits_graph_patterns(client):
    query = "SELECT DISTINCT ?l WHERE { GRAPH ?l { ?s ?p ?o } }"
    response = client.get("/sparql", query_string={"query": query, "named-graph-uri": G + "curated"})
    assert values(response) == [G + "curated"]


def test_protocol_dataset_without_named_graphs_has_none(client):
    query = "SELECT DISTINCT ?l WHERE { GRAPH ?l { ?s ?p ?o } }"
    assert values(client.get("/sparql", query_string={"query": query, "default-graph-uri": G + "curated"})) == []


def test_from_in_the_query_is_honoured(client):
    query = (f"SELECT ?l FROM <{G}curated> WHERE {{ ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }} "
             "ORDER BY ?l")
    assert values(client.get("/sparql", query_string={"query": query})) == ["Mistral AI", "OpenAI"]


def test_protocol_dataset_wins_over_from(client):
    query = f"SELECT ?l FROM <{G}curated> WHERE {{ ?s <http://www.w3.org/2000/01/rdf-schema#label> ?l }}"
    response = client.get("/sparql", query_string={"query": query, "default-graph-uri": G + "ontology"})
    assert "OpenAI" not in values(response) and "language model" in values(response)


def test_graph_keyword_sees_every_named_graph(client):
    query = "SELECT DISTINCT ?l WHERE { GRAPH ?l { ?s ?p ?o } } ORDER BY ?l"
    assert values(client.get("/sparql", query_string={"query": query})) == [
        G + "curated", G + "document/doc-1", G + "ontology"]


def test_invalid_graph_iri_is_400(client):
    response = client.get("/sparql", query_string={"query": "ASK {}", "default-graph-uri": "not an iri"})
    assert response.status_code == 400 and b"default-graph-uri" in response.data


@pytest.mark.parametrize("send", [
    lambda c: c.get("/sparql?" + urlencode([("query", "ASK {}"), ("query", "ASK {}")])),
    lambda c: c.post("/sparql", data={"query": ["ASK {}", "ASK {}"]}),
    lambda c: c.post("/sparql?query=ASK%20%7B%7D", data="ASK {}", content_type="application/sparql-query"),
], ids=["get", "form", "body-and-parameter"])
def test_a_doubled_query_is_400(client, send):
    response = send(client)
    assert response.status_code == 400
    assert b"twice" in response.data or b"2 times" in response.data


@pytest.mark.parametrize("send", [
    lambda c: c.post("/sparql", data={"default-graph-uri": G + "curated"}),
    lambda c: c.post("/sparql", data="", content_type="application/sparql-query"),
    lambda c: c.post("/sparql", data="  \n", content_type="application/sparql-query"),
    lambda c: c.get("/sparql", query_string={"query": ""}),
], ids=["form-without-query", "empty-body", "blank-body", "empty-parameter"])
def test_a_missing_query_is_400(client, send):
    response = send(client)
    assert response.status_code == 400 and response.data.strip()


@pytest.mark.parametrize("send", [
    lambda c: c.get("/sparql", query_string={"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}),
    lambda c: c.post("/sparql", data={"update": "INSERT DATA { <urn:a> <urn:b> <urn:c> }"}),
    lambda c: c.post("/sparql", data="INSERT DATA { <urn:a> <urn:b> <urn:c> }",
                     content_type="application/sparql-update"),
    lambda c: c.get("/sparql", query_string={"query": "PREFIX ex: <urn:x:>\nDELETE WHERE { ?s ?p ?o }"}),
    lambda c: c.post("/sparql", data="# comment\nCLEAR ALL", content_type="application/sparql-query"),
], ids=["get-update", "form-update", "sparql-update-body", "delete-as-query", "clear-as-query"])
def test_updates_are_refused_with_a_clear_message(client, send):
    response = send(client)
    assert response.status_code == 403
    assert b"read-only" in response.data
    assert values(client.get("/sparql", query_string={"query": "SELECT ?l WHERE { <urn:a> ?p ?l }"})) == []


@pytest.mark.parametrize("method", ["PUT", "DELETE", "PATCH"])
def test_other_methods_are_405_with_allow(client, method):
    response = client.open("/sparql", method=method)
    assert response.status_code == 405
    assert {"GET", "POST", "OPTIONS"} <= {m.strip() for m in response.headers["Allow"].split(",")}


@pytest.mark.parametrize("content_type", ["text/plain", "application/json", None])
def test_other_body_types_are_415(client, content_type):
    headers = {"Content-Type": content_type} if content_type else {}
    response = client.post("/sparql", data=b"ASK {}", headers=headers)
    assert response.status_code == 415 and b"application/sparql-query" in response.data


def test_a_charset_other_than_utf8_is_415(client):
    response = client.post("/sparql", data="ASK {}".encode("utf-16"),
                           content_type="application/sparql-query; charset=UTF-16")
    assert response.status_code == 415 and b"UTF-8" in response.data


def test_a_body_that_is_not_utf8_is_400(client):
    response = client.post("/sparql", data=b"ASK { FILTER(\"\xff\") }", content_type="application/sparql-query")
    assert response.status_code == 400 and b"UTF-8" in response.data


def test_a_body_over_the_limit_is_413(store):
    app = make_app(store, FMKG_MAX_BODY_BYTES=100)
    try:
        client = app.test_client()
        query = "SELECT * WHERE { VALUES ?x { " + " ".join(map(str, range(100))) + " } }"
        for response in (client.post("/sparql", data=query, content_type="application/sparql-query"),
                         client.post("/sparql", data={"query": query})):
            assert response.status_code == 413 and b"100 bytes" in response.data
        assert client.post("/sparql", data="ASK {}", content_type="application/sparql-query").status_code == 200
    finally:
        close_store(app)


def test_service_is_refused(client):
    query = "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }"
    response = client.get("/sparql", query_string={"query": query})
    assert response.status_code == 400 and b"SERVICE" in response.data


def test_cors_on_responses_and_preflight(client):
    response = client.get("/sparql", query_string={"query": "ASK {}"}, headers={"Origin": "http://other.example"})
    assert response.headers["Access-Control-Allow-Origin"] == "*"
    assert client.get("/sparql", query_string={"query": "ASK {"}).headers["Access-Control-Allow-Origin"] == "*"
    preflight = client.options("/sparql", headers={"Origin": "http://other.example",
                                                   "Access-Control-Request-Method": "POST",
                                                   "Access-Control-Request-Headers": "content-type"})
    assert preflight.status_code == 204
    assert preflight.headers["Access-Control-Allow-Origin"] == "*"
    assert "POST" in preflight.headers["Access-Control-Allow-Methods"]
    assert "content-type" in preflight.headers["Access-Control-Allow-Headers"].lower()


def test_head_answers_headers_only(client):
    response = client.head("/sparql", query_string={"query": LABELS})
    assert response.status_code == 200 and response.data == b""
    assert response.headers["Content-Type"] == JSON
