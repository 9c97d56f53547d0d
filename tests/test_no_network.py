"""No query reaches the network (issue 8, item 1): SERVICE is refused as the engine reads it, and the query
processes cannot open a network socket at all.

A local listener on 127.0.0.1 stands for an internal service; it answers like a SPARQL endpoint, so a query that
reached it would come back with its data. Every test asserts it was never reached.
"""

from __future__ import annotations

import http.server
import socket
import threading

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from fmkg.store import executor as ex
from fmkg.store import sandbox
from fmkg.store.querytext import calls_service
from fmkg.web.store_access import close_store
from serve_helper import build_store, make_app, running_server

JSON = {"solutions": "json", "boolean": "json", "graph": "ntriples"}
ANSWER = b'{"head":{"vars":["s"]},"results":{"bindings":[{"s":{"type":"literal","value":"internal secret"}}]}}'


class Listener:
    """An HTTP server on 127.0.0.1 that records every connection made to it."""

    def __init__(self) -> None:
        hits = self.hits = []

        class Handler(http.server.BaseHTTPRequestHandler):
            def _answer(self) -> None:
                hits.append(self.requestline)
                self.send_response(200)
                self.send_header("Content-Type", "application/sparql-results+json")
                self.send_header("Content-Length", str(len(ANSWER)))
                self.end_headers()
                self.wfile.write(ANSWER)

            do_GET = do_POST = _answer

            def log_message(self, *args) -> None:
                pass

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.url = f"http://127.0.0.1:{self.port}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()

    def close(self) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture(scope="module")
def listener():
    listening = Listener()
    # the listener works: a plain client reaches it
    assert requests.get(listening.url + "/probe", timeout=5).status_code == 200
    listening.hits.clear()
    yield listening
    listening.close()


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("no-network") / "store")


def variants(url: str) -> list[str]:
    """The bypass of issue 8 and its variants: case, comments, strings, escapes, nesting, indirection."""
    host_port = url.removeprefix("http://")
    return [
        # the issue's bypass: fmkg's lexer saw one IRI `<2)SERVICE#>`, the engine `<`, SERVICE and a comment
        f"SELECT * WHERE {{ FILTER(1<2)SERVICE#>\n<{url}/json>{{?s ?p ?o}} }}",
        f"SELECT * WHERE {{ FILTER(?a<?b)service#>\n<{url}/a>{{?s ?p ?o}} }}",
        f"SELECT * WHERE {{ SeRvIcE <{url}/case> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE SILENT <{url}/silent> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE # a comment }}\n <{url}/comment> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s ?p \"a#> <\" . SERVICE <{url}/string> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?s ?p '''x\n#> SERVICE''' . SERVICE <{url}/long> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ {{ {{ OPTIONAL {{ SERVICE <{url}/nested> {{ ?s ?p ?o }} }} }} }} }}",
        f"SELECT * WHERE {{ {{ ?s ?p ?o }} UNION {{ SERVICE <{url}/union> {{ ?s ?p ?o }} }} }}",
        f"SELECT * WHERE {{ ?s ?p ?o MINUS {{ SERVICE <{url}/minus> {{ ?s ?p ?o }} }} }}",
        f"ASK {{ FILTER EXISTS {{ SERVICE <{url}/exists> {{ ?s ?p ?o }} }} }}",
        f"SELECT * WHERE {{ VALUES ?e {{ <{url}/var> }} SERVICE ?e {{ ?s ?p ?o }} }}",
        f"PREFIX in: <{url}/> SELECT * WHERE {{ SERVICE in:prefixed {{ ?s ?p ?o }} }}",
        f"BASE <{url}/> SELECT * WHERE {{ SERVICE <relative> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVICE <http\\u003A//{host_port}/escaped-iri> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ SERVI\\u0043E <{url}/escaped-keyword> {{ ?s ?p ?o }} }}",
        f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ SERVICE <{url}/construct> {{ ?s ?p ?o }} }}",
        f"SELECT * WHERE {{ ?x ?y ?z {{ SELECT * WHERE {{ SERVICE <{url}/subquery> {{ ?s ?p ?o }} }} }} }}",
        f"SELECT * WHERE {{ SERVICE <http://localhost:{url.rsplit(':', 1)[1]}/by-name> {{ ?s ?p ?o }} }}",
    ]


def test_the_bypass_of_issue_8_is_seen_as_service():
    assert calls_service("SELECT * WHERE { FILTER(1<2)SERVICE#>\n<http://127.0.0.1:9/json>{?s ?p ?o} }")
    assert not calls_service('SELECT * WHERE { ?s <urn:ex:service> "SERVICE" }')  # a word, not a call


@pytest.mark.server
def test_no_variant_reaches_the_network_through_the_server(listener, store):
    with running_server(store, "--workers", "1") as url:
        for query in variants(listener.url):
            for send in (lambda q: requests.get(url + "/sparql", params={"query": q}, timeout=30),
                         lambda q: requests.post(url + "/sparql", data={"query": q}, timeout=30),
                         lambda q: requests.post(url + "/sparql", data=q.encode(), timeout=30,
                                                 headers={"Content-Type": "application/sparql-query"})):
                response = send(query)
                assert response.status_code == 400, (query, response.status_code, response.text)
                assert "internal secret" not in response.text and "Traceback" not in response.text
    assert listener.hits == []


def test_the_query_process_cannot_reach_the_network_even_if_the_check_is_skipped(listener, store):
    """The second line: a SERVICE call that got past the refusal still opens no socket."""
    if sandbox.probe() is not None:
        pytest.skip("no seccomp filter on this machine")
    executor = ex.Executor(store)
    try:
        for query in variants(listener.url):
            try:
                result = executor.query(ex.QueryJob(query, JSON), timeout=10)
            except (ex.NetworkRefused, ex.QuerySyntaxError, ex.EngineError):
                continue
            assert b"internal secret" not in result.body  # SERVICE SILENT: empty, not the listener's data
        # the executor is still usable afterwards
        assert executor.query(ex.QueryJob("ASK {}", JSON)).complete
    finally:
        executor.close()
    assert listener.hits == []


def test_the_filter_refuses_internet_sockets_and_keeps_unix_ones():
    if sandbox.probe() is not None:
        pytest.skip("no seccomp filter on this machine")
    import os

    read_end, write_end = os.pipe()
    pid = os.fork()
    if pid == 0:  # pragma: no cover - the child reports through the pipe
        outcome = []
        sandbox.deny_network()
        for family, kind in ((socket.AF_INET, socket.SOCK_STREAM), (socket.AF_INET6, socket.SOCK_STREAM),
                             (socket.AF_INET, socket.SOCK_DGRAM), (socket.AF_UNIX, socket.SOCK_STREAM)):
            try:
                socket.socket(family, kind).close()
                outcome.append("open")
            except PermissionError:
                outcome.append("denied")
        os.write(write_end, ",".join(outcome).encode())
        os._exit(0)
    os.close(write_end)
    with os.fdopen(read_end) as pipe:
        outcome = pipe.read()
    os.waitpid(pid, 0)
    assert outcome == "denied,denied,denied,open"


# --- generated obfuscations ------------------------------------------------------------------------------

_SPACE = st.sampled_from([" ", "\n", "\t", "  ", " # comment }\n", "#>\n", " #<\n", "\r\n"])
_KEYWORD = st.lists(st.booleans(), min_size=7, max_size=7).map(
    lambda upper: "".join(c.upper() if u else c for c, u in zip("service", upper, strict=True)))
_BEFORE = st.sampled_from(["", "FILTER(1<2)", "FILTER(?a<?b)", '?s ?p "x#>" .', "?s ?p '<' .", "BIND(1<2 AS ?c)",
                           "?s <urn:p> '''#>\n''' .", "FILTER(1 < 2)", "VALUES ?v { 1 } "])
_WRAP = st.lists(st.sampled_from(["{ %s }", "OPTIONAL { %s }", "{ ?a ?b ?c } UNION { %s }", "MINUS { %s }",
                                  "FILTER EXISTS { %s }", "FILTER NOT EXISTS { %s }", "GRAPH ?g { %s }"]),
                 max_size=3)


@st.composite
def obfuscated(draw, url: str) -> str:
    silent = draw(st.sampled_from(["", " SILENT", " silent"]))
    target = draw(st.sampled_from([f"<{url}/gen>", "in:gen", "<gen>"]))
    inner = (draw(_BEFORE) + draw(_SPACE) + draw(_KEYWORD) + silent + draw(_SPACE) + target + draw(_SPACE)
             + "{ ?s ?p ?o }")
    for wrap in draw(_WRAP):
        inner = wrap % inner
    return f"BASE <{url}/> PREFIX in: <{url}/>\nSELECT * WHERE {{ {inner} }}"


@pytest.fixture(scope="module")
def app(store):
    application = make_app(store, FMKG_CLIENT_QUERIES=0, FMKG_CLIENT_QUERY_SECONDS=0)
    yield application
    close_store(application)


def test_generated_obfuscations_never_reach_the_listener(listener, app):
    client = app.test_client()

    @settings(max_examples=150, deadline=None, suppress_health_check=list(HealthCheck))
    @given(obfuscated(listener.url))
    def check(query: str) -> None:
        response = client.get("/sparql", query_string={"query": query})
        assert response.status_code in (400, 200), (query, response.status_code)
        assert b"internal secret" not in response.data
        assert listener.hits == [], query

    check()


def test_fmkg_query_refuses_the_bypass_too(listener, store, capsys):
    from fmkg.cli import main

    query = f"SELECT * WHERE {{ FILTER(1<2)SERVICE#>\n<{listener.url}/cli>{{?s ?p ?o}} }}"
    assert main(["query", query, "--store", str(store)]) == 2
    assert "SERVICE" in capsys.readouterr().err
    assert listener.hits == []
