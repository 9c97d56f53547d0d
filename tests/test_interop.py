"""Regression tests of issue 13's interop bugs, against a real `fmkg serve` over the built graph.

- SPARQLWrapper 2.0 with its default settings, for every result format it offers (it sends the format twice:
  ``format=tsv&format=text/tab-separated-values``): the formats that fit the query form answer, the others 406.
- ``format`` given twice with the same format is one format; with two different formats it is a 400.
- A browser following a ``/sparql?query=`` link is sent to the query page (303), which runs the query.
- Dumps say their charset once; ``/health`` gives the dataset's modification date, as VoID does;
  plain curl on the ``describedby`` link (``/.well-known/void``) gets Turtle.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterator
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox
import pytest
import requests

from ui_support import BuiltGraph, built_graph, live_server

SPARQLWrapper = pytest.importorskip("SPARQLWrapper")

pytestmark = [pytest.mark.server,
              pytest.mark.filterwarnings("ignore:ConjunctiveGraph is deprecated:DeprecationWarning")]

BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
CURL = "*/*"
SELECT = "SELECT ?s WHERE { ?s a <https://w3id.org/fmkg/ontology#FoundationModel> } LIMIT 3"
ASK = "ASK { ?s a <https://w3id.org/fmkg/ontology#FoundationModel> }"
CONSTRUCT = "CONSTRUCT WHERE { ?s a <https://w3id.org/fmkg/ontology#FoundationModel> } LIMIT 3"
DESCRIBE = "DESCRIBE <https://w3id.org/fmkg/resource/gpt-4>"
TABLE_FORMATS = {"json", "xml", "csv", "tsv"}
GRAPH_FORMATS = {"xml", "json", "json-ld", "rdf+xml", "rdf", "turtle", "n3"}


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> BuiltGraph:
    return built_graph(tmp_path_factory)


@pytest.fixture(scope="module")
def server(graph: BuiltGraph) -> Iterator[str]:
    with live_server(graph) as url:
        yield url


def _sparqlwrapper_formats() -> list[str]:
    from SPARQLWrapper import Wrapper

    return list(Wrapper._allowedFormats)


@pytest.mark.parametrize("query", [SELECT, ASK, CONSTRUCT, DESCRIBE], ids=["select", "ask", "construct", "describe"])
@pytest.mark.parametrize("method", ["GET", "POST"])
def test_sparqlwrapper_defaults_every_format(server: str, query: str, method: str) -> None:
    from SPARQLWrapper import SPARQLWrapper as Client
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    fits = GRAPH_FORMATS if query in (CONSTRUCT, DESCRIBE) else TABLE_FORMATS
    outcomes = {}
    for fmt in _sparqlwrapper_formats():
        client = Client(server + "/sparql")
        client.setQuery(query)
        client.setReturnFormat(fmt)
        client.setMethod(method)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", RuntimeWarning)  # its own note that a format does not fit the form
            try:
                result = client.query()
                result.convert()
                outcomes[fmt] = 200
            except SPARQLWrapperException as error:
                outcomes[fmt] = f"error: {error}"[:160]
            except Exception as error:  # noqa: BLE001 - urllib's HTTPError carries the status
                outcomes[fmt] = getattr(error, "code", repr(error))
    expected = {fmt: 200 if fmt in fits else 406 for fmt in outcomes}
    assert outcomes == expected


def test_format_given_twice_as_name_and_media_type(server: str) -> None:
    response = requests.get(server + "/sparql", params=[("query", SELECT), ("format", "tsv"),
                                                         ("format", "text/tab-separated-values")], timeout=10)
    assert response.status_code == 200, response.text
    assert response.headers["Content-Type"].startswith("text/tab-separated-values")


def test_format_given_twice_with_different_formats_is_400(server: str) -> None:
    response = requests.get(server + "/sparql", params=[("query", SELECT), ("format", "csv"), ("format", "json")],
                            timeout=10)
    assert response.status_code == 400
    assert "csv, json" in response.text


def test_a_browser_following_a_sparql_link_gets_the_query_page(server: str) -> None:
    response = requests.get(server + "/sparql", params={"query": ASK}, headers={"Accept": BROWSER},
                            allow_redirects=False, timeout=10)
    assert response.status_code == 303
    location = urlsplit(response.headers["Location"])
    assert location.path == "/" and parse_qs(location.query)["query"] == [ASK]
    page = requests.get(server + "/sparql", params={"query": ASK}, headers={"Accept": BROWSER}, timeout=10)
    assert page.status_code == 200 and page.headers["Content-Type"].startswith("text/html")


@pytest.mark.parametrize("accept", [CURL, "application/xml", "application/sparql-results+json", None])
def test_clients_other_than_browsers_still_get_results(server: str, accept: str | None) -> None:
    headers = {"Accept": accept} if accept else {}
    response = requests.get(server + "/sparql", params={"query": ASK}, headers=headers, allow_redirects=False,
                            timeout=10)
    assert response.status_code == 200 and "html" not in response.headers["Content-Type"]


@pytest.mark.parametrize("name", ["fmkg.ttl", "void.ttl"])
def test_dumps_give_their_charset_once(server: str, name: str) -> None:
    response = requests.get(server + "/dumps/" + name, timeout=10)
    assert response.headers["Content-Type"] == "text/turtle; charset=utf-8"


def test_health_gives_the_modified_date_void_gives(server: str) -> None:
    health = requests.get(server + "/health", timeout=10).json()
    void = requests.get(server + "/.well-known/void", headers={"Accept": "text/turtle"}, timeout=10)
    quads = list(ox.parse(void.content, format=ox.RdfFormat.TURTLE))
    dates = {q.object.value for q in quads if q.predicate.value == "http://purl.org/dc/terms/modified"}
    assert health["modified"] is not None and health["modified"] in dates


def test_plain_curl_on_the_void_link_gets_turtle(server: str) -> None:
    page = requests.get(server + "/", timeout=10).text
    assert '<link rel="describedby" type="text/turtle" href="/.well-known/void"' in page
    response = requests.get(server + "/.well-known/void", headers={"Accept": CURL}, timeout=10)
    assert response.headers["Content-Type"] == "text/turtle; charset=utf-8"
    assert list(ox.parse(response.content, format=ox.RdfFormat.TURTLE))
    browser = requests.get(server + "/.well-known/void", headers={"Accept": BROWSER}, timeout=10)
    assert browser.headers["Content-Type"].startswith("text/html")
