"""The dumps blueprint: files with their metadata, conditional and range requests, and the VoID description."""

from __future__ import annotations

import gzip
import os
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Graph, Literal, URIRef
from rdflib.compare import isomorphic

from fmkg.store import replace_store
from fmkg.web import create_app

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BASE = "https://w3id.org/fmkg/"
DATASET = URIRef(BASE + "dataset")
VOID = "http://rdfs.org/ns/void#"
RDF_TYPES = {"text/turtle": "turtle", "application/ld+json": "json-ld", "application/n-triples": "nt",
             "application/rdf+xml": "xml"}


def write_dist(dist: Path) -> Path:
    """Small dumps of the linked-data fixture, as `fmkg build` would lay them out."""
    dist.mkdir(parents=True, exist_ok=True)
    quads = list(ox.parse(path=str(FIXTURES / "ld_fixture.trig")))
    (dist / "fmkg.ttl").write_bytes(ox.serialize([q.triple for q in quads], format=ox.RdfFormat.TURTLE))
    shutil.copy(FIXTURES / "ld_fixture.trig", dist / "fmkg.trig")
    (dist / "fmkg.nq.gz").write_bytes(gzip.compress(ox.serialize(quads, format=ox.RdfFormat.N_QUADS), mtime=0))
    shutil.copy(FIXTURES / "ld_void.ttl", dist / "void.ttl")
    return dist


@pytest.fixture(scope="module")
def dist(tmp_path_factory) -> Path:
    return write_dist(tmp_path_factory.mktemp("dumps") / "dist")


@pytest.fixture(scope="module")
def client(dist):
    replace_store(dist.parent / "store", ox.parse(path=str(FIXTURES / "ld_fixture.trig")))
    return create_app({"FMKG_STORE": dist.parent / "store", "FMKG_DIST": dist, "TESTING": True}).test_client()


@pytest.fixture()
def empty_client(tmp_path):
    return create_app({"FMKG_STORE": tmp_path / "store", "FMKG_DIST": tmp_path / "dist"}).test_client()


# --- dumps ----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, media_type", [
    ("fmkg.ttl", "text/turtle"), ("fmkg.trig", "application/trig"), ("fmkg.nq.gz", "application/gzip"),
    ("void.ttl", "text/turtle"),
])
def test_dumps_download_with_their_metadata(client, dist, name, media_type):
    response = client.get(f"/dumps/{name}")
    assert response.status_code == 200
    assert response.mimetype == media_type
    assert response.headers["Content-Disposition"] == f"attachment; filename={name}"
    assert response.headers["ETag"] and response.headers["Last-Modified"]
    assert response.headers["Accept-Ranges"] == "bytes"
    assert int(response.headers["Content-Length"]) == (dist / name).stat().st_size
    assert response.get_data() == (dist / name).read_bytes()


def test_gzip_dump_is_a_gzip_file_not_a_content_encoding(client, dist):
    response = client.get("/dumps/fmkg.nq.gz")
    assert "Content-Encoding" not in response.headers
    lines = gzip.decompress(response.get_data()).decode("utf-8").splitlines()
    assert len(lines) == len(list(ox.parse(path=str(FIXTURES / "ld_fixture.trig"))))


def test_conditional_get_by_etag_and_date(client):
    first = client.get("/dumps/fmkg.trig")
    by_etag = client.get("/dumps/fmkg.trig", headers={"If-None-Match": first.headers["ETag"]})
    assert by_etag.status_code == 304 and not by_etag.get_data()
    by_date = client.get("/dumps/fmkg.trig", headers={"If-Modified-Since": first.headers["Last-Modified"]})
    assert by_date.status_code == 304
    changed = client.get("/dumps/fmkg.trig", headers={"If-None-Match": '"something-else"'})
    assert changed.status_code == 200


def test_range_requests(client, dist):
    whole = (dist / "fmkg.nq.gz").read_bytes()
    response = client.get("/dumps/fmkg.nq.gz", headers={"Range": "bytes=10-99"})
    assert response.status_code == 206
    assert response.headers["Content-Range"] == f"bytes 10-99/{len(whole)}"
    assert response.get_data() == whole[10:100]
    tail = client.get("/dumps/fmkg.nq.gz", headers={"Range": "bytes=-16"})
    assert tail.status_code == 206 and tail.get_data() == whole[-16:]
    unsatisfiable = client.get("/dumps/fmkg.nq.gz", headers={"Range": f"bytes={len(whole) + 10}-"})
    assert unsatisfiable.status_code == 416


def test_a_changed_dump_gets_a_new_etag(tmp_path):
    dist = write_dist(tmp_path / "dist")
    client = create_app({"FMKG_STORE": tmp_path / "store", "FMKG_DIST": dist}).test_client()
    before = client.get("/dumps/fmkg.ttl").headers["ETag"]
    (dist / "fmkg.ttl").write_text("# rebuilt\n", encoding="utf-8")
    os.utime(dist / "fmkg.ttl", (1_900_000_000, 1_900_000_000))
    assert client.get("/dumps/fmkg.ttl", headers={"If-None-Match": before}).status_code == 200


def test_a_dump_not_built_yet_is_503(empty_client):
    response = empty_client.get("/dumps/fmkg.ttl")
    assert response.status_code == 503
    assert "Retry-After" in response.headers and "fmkg build" in response.get_data(as_text=True)


def test_an_unknown_dump_is_404(client):
    assert client.get("/dumps/secret.txt").status_code == 404
    assert client.get("/dumps/..%2Fstore").status_code == 404


def test_dumps_index_lists_the_files(client, empty_client):
    html = client.get("/dumps/").get_data(as_text=True)
    for name in ("fmkg.ttl", "fmkg.trig", "fmkg.nq.gz", "void.ttl"):
        assert f'href="/dumps/{name}"' in html
    assert "not built yet" in empty_client.get("/dumps/").get_data(as_text=True)


# --- VoID / DCAT ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("path", ["/.well-known/void", "/dataset"])
@pytest.mark.parametrize("media_type", RDF_TYPES)
def test_void_by_content_negotiation(client, path, media_type):
    response = client.get(path, headers={"Accept": media_type})
    assert response.status_code == 200 and response.mimetype == media_type
    assert "Accept" in response.headers["Vary"]
    g = Graph().parse(data=response.get_data(), format=RDF_TYPES[media_type])
    assert isomorphic(g, Graph().parse(FIXTURES / "ld_void.ttl", format="turtle"))
    assert (DATASET, URIRef(VOID + "triples"), Literal(114)) in g


def test_void_turtle_is_the_built_file(client, dist):
    response = client.get("/.well-known/void", headers={"Accept": "text/turtle"})
    assert response.get_data() == (dist / "void.ttl").read_bytes()
    assert response.headers["Content-Location"] == "/dataset.ttl"
    assert client.get("/dataset.jsonld").mimetype == "application/ld+json"


def test_void_html_summary(client):
    response = client.get("/.well-known/void", headers={"Accept": "text/html,*/*;q=0.8"})
    html = response.get_data(as_text=True)
    assert response.status_code == 200 and response.mimetype == "text/html"
    assert "114" in html and "3" in html
    assert "&lt;b&gt;bold&lt;/b&gt;" in html and "<b>bold</b>" not in html
    assert 'href="/dumps/fmkg.ttl"' in html  # distributions link to this server
    assert 'href="/ontology#LanguageModel"' in html and ">language model<" in html  # class partition, labelled
    assert 'rel="alternate" type="text/turtle" href="/dataset.ttl"' in html


def test_void_hash_iris_and_unknown_parts(client):
    assert client.get("/dataset/nothing").status_code == 404
    assert client.get("/dataset.xyz").status_code == 404


def test_void_not_built_yet_is_503(empty_client):
    response = empty_client.get("/.well-known/void")
    assert response.status_code == 503 and "fmkg build" in response.get_data(as_text=True)


def test_void_conditional_get(client):
    first = client.get("/dataset.nt")
    assert client.get("/dataset.nt", headers={"If-None-Match": first.headers["ETag"]}).status_code == 304


def test_every_page_links_to_the_void(client):
    for path in ("/dumps/", "/.well-known/void", "/resource/gpt-4", "/ontology"):
        html = client.get(path, headers={"Accept": "text/html"}).get_data(as_text=True)
        assert 'href="/.well-known/void"' in html, path
