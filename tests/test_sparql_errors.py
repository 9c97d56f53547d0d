"""Failures of /sparql and /health: syntax errors with their position, time and size limits, no store."""

from __future__ import annotations

import json
import threading
import time

import pytest

from fmkg.web.store_access import close_store
from serve_helper import ENGINE, SLOW, app_factory, build_store, make_app

# 100,000 rows, about 4 MB of JSON: more than the executor buffers before it starts streaming.
LARGE = ("SELECT ?n WHERE { " + " ".join(f"VALUES ?{v} {{0 1 2 3 4 5 6 7 8 9}}" for v in "abcde")
         + " BIND(CONCAT(STR(?a), STR(?b), STR(?c), STR(?d), STR(?e)) AS ?n) }")


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("errors") / "store")


@pytest.fixture
def app_with(store):
    with app_factory(store) as make:
        yield make


def test_syntax_error_is_400_with_message_and_position(app_with):
    client = app_with().test_client()
    response = client.get("/sparql", query_string={"query": "SELECT ?x\nWHERE {\n  ?x <http://ex/p> \n}"})
    assert response.status_code == 400
    assert response.headers["Content-Type"] == "text/plain; charset=utf-8"
    text = response.data.decode()
    assert text.startswith("Syntax error in the SPARQL query at line 4, column 1: ")
    if ENGINE != "virtuoso":  # Virtuoso names the token it stopped at ("syntax error at '}'"), not what it expected
        assert text.startswith("Syntax error in the SPARQL query at line 4, column 1: expected")
    assert text.rstrip().endswith("}\n^")


def test_timeout_stops_the_query_and_the_next_one_runs(app_with):
    client = app_with(FMKG_QUERY_TIMEOUT=0.5).test_client()
    started = time.monotonic()
    response = client.post("/sparql", data=SLOW, content_type="application/sparql-query")
    assert time.monotonic() - started < 5
    assert response.status_code == 503
    assert b"longer than 0.5 s" in response.data and b"FMKG_QUERY_TIMEOUT" in response.data
    assert client.get("/sparql", query_string={"query": "ASK {}"}).status_code == 200


def test_timeout_parameter_can_only_lower_the_limit(app_with):
    client = app_with(FMKG_QUERY_TIMEOUT=30).test_client()
    response = client.get("/sparql", query_string={"query": SLOW, "timeout": "0.3"})
    assert response.status_code == 503 and b"0.3 s" in response.data
    assert client.get("/sparql", query_string={"query": "ASK {}", "timeout": "x"}).status_code == 400


def test_other_requests_are_served_while_a_query_runs_out_its_time(app_with):
    app = app_with(FMKG_QUERY_TIMEOUT=1.5, FMKG_THREADS=2)
    slow: dict[str, int] = {}
    thread = threading.Thread(target=lambda: slow.update(status=app.test_client().get(
        "/sparql", query_string={"query": SLOW}).status_code))
    thread.start()
    time.sleep(0.2)
    answered = 0
    client = app.test_client()
    while thread.is_alive():
        assert client.get("/sparql", query_string={"query": "ASK {}"}).status_code == 200
        answered += 1
    thread.join()
    assert slow == {"status": 503} and answered > 5


def test_result_over_the_size_limit_is_stopped(app_with):
    client = app_with(FMKG_MAX_RESULT_BYTES=10_000).test_client()
    response = client.post("/sparql", data=LARGE, content_type="application/sparql-query")
    assert response.status_code == 503 and b"10000 bytes" in response.data
    assert client.get("/sparql", query_string={"query": "ASK {}"}).status_code == 200


def test_large_results_stream_complete(app_with):
    client = app_with().test_client()
    response = client.post("/sparql", data=LARGE, content_type="application/sparql-query")
    assert response.status_code == 200 and "Content-Length" not in response.headers  # streamed, not buffered
    rows = json.loads(response.data)["results"]["bindings"]
    assert sorted(int(r["n"]["value"]) for r in rows) == list(range(100_000))


def test_missing_store_is_503_for_queries_and_health(tmp_path):
    app = make_app(tmp_path / "no-store")
    try:
        client = app.test_client()
        response = client.get("/sparql", query_string={"query": "ASK {}"})
        assert response.status_code == 503 and b"fmkg build" in response.data
        health = client.get("/health")
        assert health.status_code == 503 and health.json["status"] == "unavailable"
    finally:
        close_store(app)


def test_health_reports_size_and_version(app_with, tmp_path):
    health = app_with(FMKG_DIST=tmp_path).test_client().get("/health")
    assert health.status_code == 200
    assert health.json["status"] == "ok" and health.json["triples"] == 47
    assert health.json["version"] == "0.1.0"  # the ontology's owl:versionInfo when there is no build.json
    (tmp_path / "build.json").write_text('{"version": "0.1.0+abc123", "quads": 47}')
    assert app_with(FMKG_DIST=tmp_path).test_client().get("/health").json["version"] == "0.1.0+abc123"
