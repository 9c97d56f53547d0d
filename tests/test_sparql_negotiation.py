"""Result formats of /sparql: Accept with q-values, the format parameter, defaults, 406."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest
import rdflib

from fmkg.web.negotiation import GRAPH_OFFERS, RESULT_OFFERS, negotiate, parse_accept
from fmkg.web.store_access import close_store
from serve_helper import build_store, make_app

SELECT = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
          "SELECT ?m ?l WHERE { ?m rdfs:label ?l ; <https://w3id.org/fmkg/ontology#openWeights> true }")
ASK = "ASK { ?m <https://w3id.org/fmkg/ontology#openWeights> true }"
CONSTRUCT = ("PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
             "CONSTRUCT { ?m rdfs:label ?l } WHERE { "
             "GRAPH <https://w3id.org/fmkg/graph/document/doc-1> { ?m rdfs:label ?l } }")
MISTRAL = "https://w3id.org/fmkg/resource/mistral-7b"


@pytest.fixture(scope="module")
def client(tmp_path_factory):
    app = make_app(build_store(tmp_path_factory.mktemp("negotiation") / "store"))
    yield app.test_client()
    close_store(app)


def ask(client, query: str, accept: str | None = None, **params: str):
    headers = {"Accept": accept} if accept is not None else {}
    return client.get("/sparql", query_string={"query": query, **params}, headers=headers)


# --- the negotiation itself -----------------------------------------------------------------------------

@pytest.mark.parametrize(("header", "offers", "expected"), [
    (None, RESULT_OFFERS, "json"),
    ("", RESULT_OFFERS, "json"),
    ("*/*", RESULT_OFFERS, "json"),
    ("*/*", GRAPH_OFFERS, "turtle"),
    ("application/sparql-results+xml;q=0.5, application/sparql-results+json;q=0.9", RESULT_OFFERS, "json"),
    ("application/sparql-results+json;q=0.2, application/sparql-results+xml", RESULT_OFFERS, "xml"),
    ("text/csv, */*;q=0.1", RESULT_OFFERS, "csv"),
    ("text/*", RESULT_OFFERS, "csv"),
    ("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", RESULT_OFFERS, "xml"),
    ("application/json", RESULT_OFFERS, "json"),
    ("application/json", GRAPH_OFFERS, "jsonld"),
    ("application/rdf+xml;q=0.4, text/turtle;q=0.9, application/n-triples;q=0.5", GRAPH_OFFERS, "turtle"),
    ("text/turtle;q=0, */*", GRAPH_OFFERS, "ntriples"),  # q=0: not acceptable
    ("application/ld+json; profile=\"http://www.w3.org/ns/json-ld#compacted\"", GRAPH_OFFERS, "jsonld"),
    ("image/png", RESULT_OFFERS, None),
    ("garbage, ,;q=", RESULT_OFFERS, "json"),  # nothing parseable: as if there were no header
])
def test_negotiate(header, offers, expected):
    assert negotiate(header, offers) == expected


def test_parse_accept_reads_q_values():
    ranges = parse_accept("text/turtle;q=0.3, application/*;Q=0.7, */*")
    assert [(r.type, r.subtype, r.q) for r in ranges] == [("text", "turtle", 0.3), ("application", "*", 0.7),
                                                         ("*", "*", 1.0)]


# --- SELECT and ASK -------------------------------------------------------------------------------------

def test_select_json_by_default(client):
    response = ask(client, SELECT)
    assert response.headers["Content-Type"] == "application/sparql-results+json"
    data = json.loads(response.data)
    assert data["head"]["vars"] == ["m", "l"]
    assert data["results"]["bindings"] == [{"m": {"type": "uri", "value": MISTRAL},
                                            "l": {"type": "literal", "value": "Mistral 7B", "xml:lang": "en"}}]


def test_select_xml(client):
    response = ask(client, SELECT, "application/sparql-results+xml")
    assert response.headers["Content-Type"] == "application/sparql-results+xml"
    ns = "{http://www.w3.org/2005/sparql-results#}"
    assert ET.fromstring(response.data).find(f".//{ns}uri").text == MISTRAL


def test_select_csv(client):
    response = ask(client, SELECT, "text/csv")
    assert response.headers["Content-Type"] == "text/csv; charset=utf-8"
    assert list(csv.reader(io.StringIO(response.data.decode()))) == [["m", "l"], [MISTRAL, "Mistral 7B"]]


def test_select_tsv(client):
    response = ask(client, SELECT, "text/tab-separated-values")
    assert response.headers["Content-Type"] == "text/tab-separated-values; charset=utf-8"
    assert response.data.decode().splitlines() == ["?m\t?l", f'<{MISTRAL}>\t"Mistral 7B"@en']


@pytest.mark.parametrize(("accept", "body"), [
    ("application/sparql-results+json", b'{"head":{},"boolean":true}'),
    ("text/csv", b"_askResult\r\ntrue\r\n"),
    ("text/tab-separated-values", b"?_askResult\ntrue\n"),
])
def test_ask(client, accept, body):
    response = ask(client, ASK, accept)
    assert response.status_code == 200 and response.data == body


def test_ask_xml_false(client):
    response = ask(client, "ASK { <urn:x> ?p ?o }", "application/sparql-results+xml")
    assert b"<boolean>false</boolean>" in response.data


# --- CONSTRUCT and DESCRIBE -----------------------------------------------------------------------------

@pytest.mark.parametrize("accept", ["text/turtle", "application/n-triples", "application/ld+json",
                                    "application/rdf+xml", "application/trig", "application/n-quads", "text/n3"])
def test_construct_in_every_rdf_syntax(client, accept):
    response = ask(client, CONSTRUCT, accept)
    assert response.status_code == 200
    assert response.headers["Content-Type"].split(";")[0] == accept
    quads = list(ox.parse(response.data, format=ox.RdfFormat.from_media_type(accept)))
    assert {q.object.value for q in quads} == {"GPT-4o", "GPT-4", "Mistral 7B"}


def test_construct_defaults_to_turtle(client):
    for accept in (None, "*/*"):
        assert ask(client, CONSTRUCT, accept).headers["Content-Type"] == "text/turtle; charset=utf-8"


def test_describe_sees_the_union(client):
    response = ask(client, f"DESCRIBE <{MISTRAL}>", "application/n-triples")
    graph = rdflib.Graph().parse(data=response.data, format="nt")
    assert (rdflib.URIRef(MISTRAL), rdflib.URIRef("https://w3id.org/fmkg/ontology#developedBy"),
            rdflib.URIRef("https://w3id.org/fmkg/resource/mistral-ai")) in graph


# --- the format parameter and 406 -----------------------------------------------------------------------

@pytest.mark.parametrize(("query", "fmt", "content_type"), [
    (SELECT, "json", "application/sparql-results+json"),
    (SELECT, "csv", "text/csv; charset=utf-8"),
    (SELECT, "application/sparql-results+xml", "application/sparql-results+xml"),
    (CONSTRUCT, "json", "application/ld+json"),
    (CONSTRUCT, "xml", "application/rdf+xml"),
    (CONSTRUCT, "ttl", "text/turtle; charset=utf-8"),
    (CONSTRUCT, "nt", "application/n-triples"),
])
def test_format_parameter_wins_over_accept(client, query, fmt, content_type):
    response = ask(client, query, "application/sparql-results+xml, text/turtle", format=fmt)
    assert response.status_code == 200 and response.headers["Content-Type"] == content_type


def test_output_is_an_alias_of_format(client):
    assert ask(client, SELECT, output="csv").headers["Content-Type"] == "text/csv; charset=utf-8"


def test_unknown_format_is_400(client):
    response = ask(client, SELECT, format="yaml")
    assert response.status_code == 400 and b"yaml" in response.data


@pytest.mark.parametrize(("query", "accept", "fmt"), [
    (SELECT, "text/turtle", None), (SELECT, "image/png", None), (CONSTRUCT, "text/csv", None),
    (CONSTRUCT, None, "csv"), (SELECT, None, "turtle"),
])
def test_nothing_acceptable_is_406_listing_what_is(client, query, accept, fmt):
    params = {"format": fmt} if fmt else {}
    response = ask(client, query, accept, **params)
    assert response.status_code == 406
    assert (b"text/turtle" if query == CONSTRUCT else b"application/sparql-results+json") in response.data


def test_results_vary_by_accept(client):
    assert "Accept" in ask(client, SELECT).headers["Vary"]


def test_regression_negotiate_takes_a_list_of_offers():
    """The linked-data blueprint passes a list; the Accept cache must not need hashable offers."""
    assert negotiate("application/n-triples", [("text/turtle", "turtle"), ("application/n-triples", "nt")]) == "nt"
