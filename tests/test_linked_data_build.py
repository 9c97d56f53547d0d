"""On the graph `fmkg build` makes from the repository: every IRI the dumps mint answers, and VoID tells the truth.

Done when every IRI in the dumps that starts with the fmkg base answers on the running server in HTML and RDF,
and the dumps download with their metadata.
"""

from __future__ import annotations

import gzip
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from rdflib import Graph, URIRef

from fmkg.store.access import open_store
from test_linked_data_server import serving

pytest.importorskip("fmkg.pipeline", reason="needs `fmkg build` (fmkg.pipeline)")

BASE = "https://w3id.org/fmkg/"
VOID = "http://rdfs.org/ns/void#"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


@pytest.fixture(scope="module")
def server(built_settings):
    with serving(built_settings.store_url or built_settings.store, built_settings.dist) as url:
        yield url


def minted_paths(dist: Path) -> list[str]:
    """The paths of every IRI under the base in the dumps and the VoID (fragments dropped: they share a page)."""
    iris = set()
    for name, fmt in (("fmkg.trig", ox.RdfFormat.TRIG), ("void.ttl", ox.RdfFormat.TURTLE)):
        for quad in ox.parse(path=str(dist / name), format=fmt):
            for term in (quad.subject, quad.predicate, quad.object, getattr(quad, "graph_name", None)):
                if isinstance(term, ox.NamedNode) and term.value.startswith(BASE):
                    iris.add(term.value.split("#")[0])
    return sorted("/" + iri[len(BASE):] for iri in iris)


def test_every_minted_iri_answers_in_html_and_rdf(server, built_settings):
    paths = minted_paths(built_settings.dist)
    assert any(p.startswith("/resource/") for p in paths) and "/ontology" in paths

    def check(path: str) -> list[str]:
        problems = []
        with requests.Session() as session:
            for accept, expected in ((BROWSER, "text/html"), ("text/turtle", "text/turtle")):
                response = session.get(server + path, headers={"Accept": accept}, timeout=30)
                kind = response.headers.get("Content-Type", "")
                download = path.startswith("/dumps/")  # a dump answers with itself whatever is asked
                if response.status_code != 200 or not (download or kind.startswith(expected)):
                    problems.append(f"{path} [{accept[:10]}]: {response.status_code} {kind}")
        return problems

    with ThreadPoolExecutor(8) as pool:
        problems = [p for found in pool.map(check, paths) for p in found]
    assert not problems, problems[:20]


def test_void_triples_equal_the_store_size(server, built_settings):
    g = Graph().parse(server + "/.well-known/void")
    triples = int(g.value(URIRef(BASE + "dataset"), URIRef(VOID + "triples")))
    store = open_store(built_settings)
    try:
        assert triples == store.info()["quads"]
    finally:
        store.close()
    lines = gzip.decompress(requests.get(server + "/dumps/fmkg.nq.gz", timeout=30).content).splitlines()
    assert triples == len([line for line in lines if line.strip()])


def test_built_dumps_download_with_metadata(server, built_settings):
    for name in ("fmkg.ttl", "fmkg.trig", "fmkg.nq.gz", "void.ttl"):
        response = requests.get(f"{server}/dumps/{name}", timeout=30)
        assert response.status_code == 200, name
        assert response.headers["Content-Disposition"] == f"attachment; filename={name}"
        assert response.headers["ETag"] and response.headers["Last-Modified"]
        assert len(response.content) == (built_settings.dist / name).stat().st_size


def test_real_entity_page_has_wikidata_link_and_evidence(server):
    html = requests.get(server + "/resource/gpt-4", headers={"Accept": BROWSER}, timeout=30).text
    assert "wikidata.org/entity/Q" in html
    assert "Evidence" in html and "characters" in html
