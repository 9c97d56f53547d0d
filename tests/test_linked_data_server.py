"""Linked data over real HTTP: rdflib dereferences fmkg IRIs by content negotiation, as any RDF client would.

The server is ``fmkg serve`` (gunicorn) started by ``serve_helper``; while that command is not available, a
threaded werkzeug server runs the same app.
"""

from __future__ import annotations

import gzip
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
import pytest
import requests
from rdflib import Graph, URIRef
from rdflib.compare import isomorphic
from werkzeug.serving import make_server

from fmkg.web import create_app
from serve_helper import running_server, store_with
from test_dumps import write_dist

pytestmark = pytest.mark.server

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BASE = "https://w3id.org/fmkg/"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"


def serve_available() -> bool:
    """Whether `fmkg serve` exists yet (its command is written in parallel with this module)."""
    done = subprocess.run([sys.executable, "-m", "fmkg.cli", "serve", "--help"], capture_output=True, text=True)
    return done.returncode == 0 and "Not yet available" not in done.stdout


@contextmanager
def werkzeug_server(store: Path | str, env: dict[str, str]) -> Iterator[str]:
    app = create_app({"FMKG_STORE": store, "FMKG_DIST": Path(env["FMKG_DIST"]),
                      "FMKG_REDIRECTS": Path(env["FMKG_REDIRECTS"])})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(10)


@contextmanager
def serving(store: Path | str, dist: Path, **settings: str) -> Iterator[str]:
    env = {"FMKG_DIST": str(dist), "FMKG_REDIRECTS": str(FIXTURES / "ld_redirects.tsv"), **settings}
    runner = running_server(store, "--workers", "1", env=env) if serve_available() else werkzeug_server(store, env)
    with runner as url:
        yield url


@pytest.fixture(scope="module")
def server(tmp_path_factory) -> Iterator[str]:
    root = tmp_path_factory.mktemp("ld-server")
    store = store_with(root / "store", ox.parse(path=str(FIXTURES / "ld_fixture.trig")))
    with serving(store, write_dist(root / "dist")) as url:
        yield url


@pytest.mark.parametrize("path, subject", [
    ("/resource/gpt-4", BASE + "resource/gpt-4"),
    ("/ontology", BASE + "ontology#LanguageModel"),
    ("/ontology#LanguageModel", BASE + "ontology#LanguageModel"),
    ("/document/doc-1", BASE + "document/doc-1"),
    ("/document/doc-1#char=0,40", BASE + "document/doc-1#char=0,40"),
])
def test_rdflib_dereferences_by_content_negotiation(server, path, subject):
    g = Graph().parse(server + path)
    assert len(list(g.predicate_objects(URIRef(subject)))) > 0
    data_url = server + path.split("#")[0] + ".ttl"
    assert isomorphic(g, Graph().parse(data=requests.get(data_url, timeout=10).content, format="turtle"))


def test_browser_gets_html(server):
    response = requests.get(server + "/resource/gpt-4", headers={"Accept": BROWSER}, timeout=10)
    assert response.status_code == 200 and response.headers["Content-Type"].startswith("text/html")
    assert response.headers["Content-Location"] == "/resource/gpt-4.html"
    assert "Accept" in response.headers["Vary"]


def test_rename_redirects_over_http(server):
    response = requests.get(server + "/resource/gpt4", headers={"Accept": "text/turtle"}, timeout=10,
                            allow_redirects=False)
    assert response.status_code == 301 and response.headers["Location"].endswith("/resource/gpt-4")
    assert len(Graph().parse(server + "/resource/gpt4")) > 0  # rdflib follows it


def test_dump_downloads_with_range_and_304(server):
    url = server + "/dumps/fmkg.nq.gz"
    whole = requests.get(url, timeout=10)
    assert whole.headers["Content-Type"] == "application/gzip"
    assert whole.headers["Content-Disposition"] == "attachment; filename=fmkg.nq.gz"
    assert gzip.decompress(whole.content).count(b"\n") > 100
    part = requests.get(url, headers={"Range": "bytes=0-9"}, timeout=10)
    assert part.status_code == 206 and part.content == whole.content[:10]
    assert requests.get(url, headers={"If-None-Match": whole.headers["ETag"]}, timeout=10).status_code == 304


def test_void_over_http(server):
    g = Graph().parse(server + "/.well-known/void")
    assert (URIRef(BASE + "dataset"), URIRef("http://rdfs.org/ns/void#triples"), None) in g
