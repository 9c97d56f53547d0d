"""``fmkg serve`` over real HTTP: real SPARQL clients, the time limit under load, streaming limits, a store
replaced while serving, and a clean stop."""

from __future__ import annotations

import os
import threading
import time
import uuid
from pathlib import Path

import pytest
import requests
from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDFS
from rdflib.plugins.stores.sparqlstore import SPARQLStore
from SPARQLWrapper import JSON, POST, TURTLE, XML, SPARQLWrapper

from fmkg.cli import main
from serve_helper import SLOW, build_store, serve_process

pytestmark = pytest.mark.server

FMR = "https://w3id.org/fmkg/resource/"
LABELS = ("PREFIX fm: <https://w3id.org/fmkg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
          "SELECT ?model ?label WHERE { ?model a fm:LanguageModel ; rdfs:label ?label } ORDER BY ?label")
# about 4 MB of JSON, over the 3 MB result limit of this server, and past the 1 MB buffered before streaming
LARGE = ("SELECT ?n WHERE { " + " ".join(f"VALUES ?{v} {{0 1 2 3 4 5 6 7 8 9}}" for v in "abcde")
         + " BIND(CONCAT(STR(?a), STR(?b), STR(?c), STR(?d), STR(?e)) AS ?n) }")


def processes_with(marker: str) -> list[int]:
    """PIDs of the processes whose environment holds ``marker`` (the server and everything it started)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and marker.encode() in (entry / "environ").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    store = build_store(tmp_path_factory.mktemp("server") / "store")
    marker = f"fmkg-test-{uuid.uuid4().hex}"
    env = {"FMKG_QUERY_TIMEOUT": "2", "FMKG_MAX_RESULT_BYTES": "3000000", "FMKG_TEST_MARKER": marker}
    with serve_process(store, "--workers", "1", "--threads", "3", env=env) as (url, process):
        yield {"url": url, "endpoint": url + "/sparql", "store": store}
    assert process.returncode == 0  # SIGTERM: a graceful stop
    if os.path.isdir("/proc"):
        time.sleep(0.5)
        assert processes_with(marker) == [], "processes left behind by fmkg serve"


def test_sparqlwrapper_select_get_and_post(server):
    for method in ("GET", POST):
        client = SPARQLWrapper(server["endpoint"])
        client.setMethod(method)
        client.setQuery(LABELS)
        client.setReturnFormat(JSON)
        rows = client.query().convert()["results"]["bindings"]
        assert [(r["model"]["value"], r["label"]["value"]) for r in rows] == [
            (FMR + "gpt-4", "GPT-4"), (FMR + "gpt-4o", "GPT-4o"), (FMR + "mistral-7b", "Mistral 7B")]


@pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")  # inside SPARQLWrapper
def test_sparqlwrapper_ask_and_graphs(server):
    client = SPARQLWrapper(server["endpoint"])
    client.setQuery(f"ASK {{ <{FMR}gpt-4o> ?p ?o }}")
    client.setReturnFormat(JSON)
    assert client.query().convert()["boolean"] is True
    client.setQuery(f"DESCRIBE <{FMR}mistral-ai>")
    client.setReturnFormat(XML)  # RDF/XML, parsed into an rdflib Graph by SPARQLWrapper
    graph = client.query().convert()
    assert (URIRef(FMR + "mistral-ai"), RDFS.label, Literal("Mistral AI", lang="en")) in graph
    client.setQuery("CONSTRUCT { ?m <urn:by> ?p } WHERE { ?m <https://w3id.org/fmkg/ontology#developedBy> ?p }")
    client.setReturnFormat(TURTLE)
    assert len(Graph().parse(data=client.query().convert(), format="turtle")) == 3


def test_rdflib_sparqlstore(server):
    graph = Graph(store=SPARQLStore(query_endpoint=server["endpoint"]))
    rows = list(graph.query(LABELS))
    assert [(str(r.model), str(r.label)) for r in rows][0] == (FMR + "gpt-4", "GPT-4")
    labels = {str(o) for o in graph.objects(URIRef(FMR + "openai"), RDFS.label)}
    assert labels == {"OpenAI"}
    posting = Graph(store=SPARQLStore(query_endpoint=server["endpoint"], method="POST_FORM"))
    assert bool(posting.query(f"ASK {{ <{FMR}gpt-4> ?p ?o }}").askAnswer) is True


def test_time_limit_stops_one_query_while_others_are_served(server):
    slow: dict[str, object] = {}

    def run_slow() -> None:
        started = time.monotonic()
        response = requests.post(server["endpoint"], data=SLOW, timeout=30,
                                 headers={"Content-Type": "application/sparql-query"})
        slow.update(status=response.status_code, text=response.text, seconds=time.monotonic() - started)

    thread = threading.Thread(target=run_slow)
    thread.start()
    time.sleep(0.3)
    latencies = []
    while thread.is_alive():
        started = time.monotonic()
        assert requests.get(server["endpoint"], params={"query": "ASK {}"}, timeout=10).status_code == 200
        latencies.append(time.monotonic() - started)
    thread.join()
    assert slow["status"] == 503 and "longer than 2 s" in slow["text"] and slow["seconds"] < 6
    assert len(latencies) > 5 and max(latencies) < 1.0
    assert requests.get(server["endpoint"], params={"query": LABELS}, timeout=10).status_code == 200


def test_a_large_result_over_the_size_limit_is_stopped_before_a_byte_is_sent(server):
    # large results are taken from the engine into a file before the response starts, so the limit gives a clean
    # 503 instead of a response cut off half-way
    response = requests.post(server["endpoint"], data=LARGE, headers={"Content-Type": "application/sparql-query"},
                             timeout=30)
    assert response.status_code == 503 and "FMKG_MAX_RESULT_BYTES" in response.text
    assert requests.get(server["endpoint"], params={"query": "ASK {}"}, timeout=10).status_code == 200


def test_health(server):
    health = requests.get(server["url"] + "/health", timeout=10)
    assert health.status_code == 200 and health.json()["triples"] == 47
    assert health.headers["Access-Control-Allow-Origin"] == "*"


def test_a_store_loaded_while_serving_is_seen_without_restart(server, tmp_path):
    (tmp_path / "extra.nt").write_text("<urn:new> <urn:p> <urn:o> .\n", encoding="utf-8")
    assert main(["load", str(tmp_path / "extra.nt"), "--skip-validation", "--store", str(server["store"])]) == 0
    for _ in range(6):  # every executor of the worker sees it, whichever answers
        response = requests.get(server["endpoint"], params={"query": "ASK { <urn:new> ?p ?o }"}, timeout=10)
        assert response.json()["boolean"] is True
    assert requests.get(server["url"] + "/health", timeout=10).json()["triples"] == 48
