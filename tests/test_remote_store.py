"""The remote store (``FMKG_STORE=sparql+http://...``) on a real ``oxigraph serve``: how fmkg hides the engine.

Each test starts its own engine (``serve_helper.remote_engine``), writes through fmkg's own build path
(``RemoteStore.replace``, ``fmkg load``) and reads through the app, as a deployment does.
"""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pyoxigraph as ox
import pytest

from fmkg.cli import main
from fmkg.config import Settings
from fmkg.iri import Iris
from fmkg.store import replace_store
from fmkg.store.access import EmbeddedStore, open_store
from fmkg.store.remote import GENERATION_SECONDS, Endpoints, RemoteStore
from fmkg.web.store_access import close_store
from serve_helper import SPARQL_FIXTURE, free_port, make_app, remote_engine

EX = "http://example.org/"


def quads_of(graphs: dict[str, int], prefix: str = "s") -> list[ox.Quad]:
    """``n`` distinct triples in each named graph, and one triple every graph shares."""
    quads = []
    for graph, n in graphs.items():
        g = ox.NamedNode(EX + graph)
        quads += [ox.Quad(ox.NamedNode(f"{EX}{prefix}{i}"), ox.NamedNode(EX + "p"), ox.Literal(i), g) for i in range(n)]
        quads.append(ox.Quad(ox.NamedNode(EX + "shared"), ox.NamedNode(EX + "p"), ox.Literal("once"), g))
    return quads


@pytest.fixture
def engine(tmp_path: Path) -> str:
    return remote_engine(tmp_path / "engine")


@pytest.fixture
def app_on(request) -> Iterator:
    apps = []

    def make(store: Path | str, **config: object):
        apps.append(make_app(store, **config))
        return apps[-1]

    yield make
    for app in apps:
        close_store(app)


def csv_rows(response) -> list[str]:
    assert response.status_code == 200, response.get_data(as_text=True)
    return response.get_data(as_text=True).strip().splitlines()[1:]


def test_the_store_setting_takes_an_engine_url_or_a_directory():
    url = "sparql+http://127.0.0.1:7878/query"
    assert Settings.from_env({"FMKG_STORE": url}).store_url == url
    assert Settings.from_env({}, store=url).store_url == url  # `--store URL`
    assert Settings.from_env({"FMKG_STORE": "/tmp/x"}).store == Path("/tmp/x")
    assert not Settings.from_env({"FMKG_STORE": "/tmp/x"}).store_url
    assert isinstance(open_store(Settings(store_url=url)), RemoteStore)
    assert isinstance(open_store(Settings(store=Path("/tmp/x"))), EmbeddedStore)
    assert Endpoints.of(Settings(store_url=url, store_gsp="none")).gsp == ""


def test_the_union_default_graph_gives_each_triple_once(engine, app_on):
    RemoteStore(Settings(store_url=engine)).replace(quads_of({"a": 3, "b": 2}))
    client = app_on(engine).test_client()
    rows = csv_rows(client.get("/sparql", query_string={
        "query": f"SELECT ?o WHERE {{ <{EX}shared> ?p ?o }}", "format": "csv"}))
    assert rows == ["once"]
    total = csv_rows(client.get("/sparql", query_string={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
                                                         "format": "csv"}))
    assert total == ["4"]  # s0..s2 (b's two are a's too) and the shared triple: each once
    graphs = csv_rows(client.get("/sparql", query_string={
        "query": "SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g", "format": "csv"}))
    assert graphs == [EX + "a", EX + "b"]  # not the union graph, nor the manifest


def test_a_build_switches_over_at_once_while_readers_query(engine):
    """Readers during a build see the old build or the new one: never a mix, never a staging graph."""
    store = RemoteStore(Settings(store_url=engine))
    old = {f"g{i}": 300 for i in range(4)}
    new = {f"h{i}": 500 for i in range(12)}
    store.replace(quads_of(old))
    query = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g"
    expected = [{EX + g: n + 1 for g, n in build.items()} for build in (old, new)]
    seen: list[dict[str, int]] = []
    unions: set[int] = set()
    done = threading.Event()

    def read() -> None:
        reader = RemoteStore(Settings(store_url=engine))
        while not done.is_set():
            seen.append({r["g"].value: int(r["n"].value) for r in reader.select(query)})
            unions.add(int(reader.select("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")[0]["n"].value))

    readers = [threading.Thread(target=read) for _ in range(2)]
    for thread in readers:
        thread.start()
    try:
        time.sleep(0.2)
        store.replace(quads_of(new, prefix="t"))
        time.sleep(0.2)
    finally:
        done.set()
        for thread in readers:
            thread.join(10)
    assert seen[0] == expected[0] and seen[-1] == expected[1]
    assert all(answer in expected for answer in seen), [a for a in seen if a not in expected][:1]
    assert unions == {300 + 1, 500 + 1}  # the graphs of a build share their triples: the union has each once
    assert not [g for g in store.select("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } }")
                if "staging" in g["g"].value]


def test_a_rebuild_changes_the_generation_and_every_etag(engine, app_on):
    store = RemoteStore(Settings(store_url=engine))
    store.replace(quads_of({"a": 2}))
    client = app_on(engine).test_client()
    params = {"query": "SELECT * { ?s ?p ?o }", "format": "json"}
    before = client.get("/sparql", query_string=params)
    assert client.get("/sparql", query_string=params, headers={"If-None-Match": before.headers["ETag"]}
                      ).status_code == 304
    store.replace(quads_of({"a": 2}))  # the same quads: another build all the same
    time.sleep(GENERATION_SECONDS + 0.1)
    after = client.get("/sparql", query_string=params)
    assert after.status_code == 200 and after.headers["ETag"] != before.headers["ETag"]
    assert client.get("/sparql", query_string=params, headers={"If-None-Match": before.headers["ETag"]}
                      ).status_code == 200


def test_fmkg_load_adds_a_graph_and_a_build_keeps_it(engine, tmp_path, capsys):
    store = RemoteStore(Settings(store_url=engine))
    store.replace(quads_of({"a": 2}))
    extra = tmp_path / "extra.ttl"
    extra.write_text(f"<{EX}x> <{EX}p> 'loaded' . <{EX}shared> <{EX}p> 'once' .\n", encoding="utf-8")
    assert main(["load", "--store", engine, "--skip-validation", str(extra)]) == 0
    assert "sparql+" not in capsys.readouterr().out  # the engine's URL is shown as it is reached
    graph = Iris().loaded_graph("extra")
    rows = store.select("SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g")
    assert {r["g"].value: int(r["n"].value) for r in rows} == {EX + "a": 3, graph: 2}
    assert int(store.select("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")[0]["n"].value) == 4  # shared once
    store.replace(quads_of({"b": 1}), keep=lambda g: isinstance(g, ox.NamedNode) and g.value == graph)
    rows = store.select("SELECT DISTINCT ?g { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert [r["g"].value for r in rows] == [EX + "b", graph]


def test_select_ask_and_construct_answer_as_the_embedded_store_does(engine, tmp_path, app_on):
    quads = list(ox.parse(path=str(SPARQL_FIXTURE)))
    RemoteStore(Settings(store_url=engine)).replace(quads)
    replace_store(tmp_path / "embedded", quads)
    remote, embedded = app_on(engine).test_client(), app_on(tmp_path / "embedded").test_client()
    cases = [("SELECT ?s ?p ?o WHERE { ?s ?p ?o } ORDER BY ?s ?p ?o", accept)
             for accept in ("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                            "text/tab-separated-values")]
    cases += [("ASK { ?s ?p ?o }", accept) for accept in ("application/sparql-results+json", "text/csv")]
    cases += [("CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ?g { ?s ?p ?o } }", accept)
              for accept in ("text/turtle", "application/n-triples", "application/ld+json", "application/rdf+xml")]
    for query, accept in cases:
        answers = [client.get("/sparql", query_string={"query": query}, headers={"Accept": accept})
                   for client in (remote, embedded)]
        assert answers[0].status_code == 200, answers[0].get_data(as_text=True)
        assert answers[0].content_type == answers[1].content_type and answers[0].content_type.startswith(accept)
        if "CONSTRUCT" in query:  # triples in the engine's order: compared as sets
            parsed = [set(ox.parse(a.get_data(), format=ox.RdfFormat.from_media_type(accept))) for a in answers]
            assert parsed[0] == parsed[1]
        else:
            assert answers[0].get_data() == answers[1].get_data(), (query, accept)


def test_service_and_updates_are_refused_before_the_engine(engine, app_on):
    RemoteStore(Settings(store_url=engine)).replace(quads_of({"a": 1}))
    client = app_on(engine).test_client()
    service = client.get("/sparql", query_string={"query": "SELECT * { SERVICE <http://127.0.0.1:9/> { ?s ?p ?o } }"})
    assert service.status_code == 400 and "SERVICE" in service.get_data(as_text=True)
    update = client.post("/sparql", data=f"DROP GRAPH <{EX}a>", content_type="application/sparql-update")
    assert update.status_code == 403
    assert csv_rows(client.get("/sparql", query_string={"query": "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }",
                                                        "format": "csv"})) == ["2"]


def test_an_engine_that_is_down_answers_503_with_the_reason(app_on):
    client = app_on(f"sparql+http://127.0.0.1:{free_port()}/query").test_client()
    started = time.monotonic()
    cases = (("/sparql?query=ASK+%7B%7D", "text/csv"), ("/health", "*/*"), ("/resource/gpt-4", "text/html"))
    for path, accept in cases:
        response = client.get(path, headers={"Accept": accept})
        text = response.get_data(as_text=True)
        assert response.status_code == 503, (path, text)
        assert "cannot be reached" in text or "cannot be reached" in response.get_json(silent=True).get("error", ""), \
            (path, text)
        assert "Traceback" not in text
        if path != "/health":
            assert response.headers["Retry-After"].isdigit()
    assert time.monotonic() - started < 5


@pytest.fixture
def silent_engine() -> Iterator[str]:
    """An engine that accepts connections and requests and never answers."""
    server = socket.create_server(("127.0.0.1", 0))
    held: list[socket.socket] = []
    done = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not done.is_set():
            try:
                held.append(server.accept()[0])
            except TimeoutError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"sparql+http://127.0.0.1:{server.getsockname()[1]}/query"
    done.set()
    thread.join(5)
    for connection in held:
        connection.close()
    server.close()


def test_a_slow_engine_answers_503_within_the_time_limit(silent_engine, app_on):
    client = app_on(silent_engine, FMKG_QUERY_TIMEOUT=1).test_client()
    for path, accept in (("/sparql?query=SELECT+*+%7B%3Fs+%3Fp+%3Fo%7D+LIMIT+1", "text/csv"),
                         ("/resource/gpt-4", "text/html")):
        started = time.monotonic()
        response = client.get(path, headers={"Accept": accept})
        elapsed = time.monotonic() - started
        assert response.status_code == 503, response.get_data(as_text=True)
        assert "1 s" in response.get_data(as_text=True)
        assert elapsed < 4, elapsed  # the manifest read and the query each bounded by the 1 s limit
