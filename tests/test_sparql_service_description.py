"""GET /sparql without a query: the SPARQL 1.1 Service Description, or the query page for a browser."""

from __future__ import annotations

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF

from fmkg.web.store_access import close_store
from serve_helper import build_store, make_app

SD = Namespace("http://www.w3.org/ns/sparql-service-description#")
VOID = Namespace("http://rdfs.org/ns/void#")
DATASET = URIRef("https://w3id.org/fmkg/dataset")
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("sd") / "store")


@pytest.fixture(scope="module")
def client(store, tmp_path_factory):
    dist = tmp_path_factory.mktemp("dist")
    (dist / "void.ttl").write_text(
        f"<{DATASET}> <http://purl.org/dc/terms/title> \"fmkg: the Foundation Model Knowledge Graph\"@en ;\n"
        f"  <{VOID}triples> 47 .\n", encoding="utf-8")
    app = make_app(store, FMKG_DIST=dist)
    yield app.test_client()
    close_store(app)


def description(client, accept: str | None = "text/turtle") -> Graph:
    response = client.get("/sparql", headers={"Accept": accept} if accept else {})
    assert response.status_code == 200
    return Graph().parse(data=response.data, format="turtle")


def service(graph: Graph) -> URIRef:
    (node,) = graph.subjects(RDF.type, SD.Service)
    return node


def test_service_endpoint_is_the_request_url(client):
    graph = description(client)
    assert graph.value(service(graph), SD.endpoint) == URIRef("http://localhost/sparql")


def test_languages_formats_and_features(client):
    graph = description(client)
    node = service(graph)
    assert set(graph.objects(node, SD.supportedLanguage)) == {SD.SPARQL10Query, SD.SPARQL11Query}
    formats = {str(o).rsplit("/", 1)[1] for o in graph.objects(node, SD.resultFormat)}
    assert {"SPARQL_Results_JSON", "SPARQL_Results_XML", "SPARQL_Results_CSV", "SPARQL_Results_TSV", "Turtle",
            "N-Triples", "JSON-LD", "RDF_XML", "TriG", "N-Quads"} <= formats
    assert SD.UnionDefaultGraph in set(graph.objects(node, SD.feature))
    assert not [o for p in (SD.resultFormat, SD.feature, SD.supportedLanguage) for o in graph.objects(node, p)
                if isinstance(o, Literal)]


def test_default_dataset_with_named_graphs_and_void(client):
    graph = description(client)
    assert graph.value(service(graph), SD.defaultDataset) == DATASET
    assert {SD.Dataset, VOID.Dataset} <= set(graph.objects(DATASET, RDF.type))
    assert graph.value(DATASET, VOID.sparqlEndpoint) == URIRef("http://localhost/sparql")
    sizes = {str(graph.value(named, SD.name)): int(graph.value(graph.value(named, SD.graph), VOID.triples))
             for named in graph.objects(DATASET, SD.namedGraph)}
    assert sizes == {"https://w3id.org/fmkg/graph/ontology": 17, "https://w3id.org/fmkg/graph/curated": 7,
                     "https://w3id.org/fmkg/graph/document/doc-1": 23}
    # the build's VoID is merged in, and its triple count is not doubled by the store's
    assert graph.value(DATASET, URIRef("http://purl.org/dc/terms/title")) is not None
    assert list(graph.objects(DATASET, VOID.triples)) == [Literal(47)]


def test_turtle_by_default(client):
    for accept in (None, "*/*"):
        response = client.get("/sparql", headers={"Accept": accept} if accept else {})
        assert response.headers["Content-Type"] == "text/turtle; charset=utf-8"


@pytest.mark.parametrize("accept", ["application/n-triples", "application/ld+json", "application/rdf+xml",
                                    "application/trig", "application/n-quads"])
def test_other_rdf_syntaxes(client, accept):
    response = client.get("/sparql", headers={"Accept": accept})
    assert response.headers["Content-Type"] == accept
    quads = list(ox.parse(response.data, format=ox.RdfFormat.from_media_type(accept)))
    assert any(q.object == ox.NamedNode(str(SD.Service)) for q in quads)


def test_a_browser_is_sent_to_the_query_page(client):
    response = client.get("/sparql", headers={"Accept": BROWSER})
    assert response.status_code == 303 and response.headers["Location"] == "/"


def test_without_a_store_the_service_is_still_described(tmp_path):
    app = make_app(tmp_path / "missing", FMKG_DIST=tmp_path)
    try:
        graph = description(app.test_client())
        assert graph.value(service(graph), SD.defaultDataset) == DATASET
        assert not list(graph.objects(DATASET, SD.namedGraph))
    finally:
        close_store(app)
