"""Answers of /sparql are identified by build: an ETag per store generation and request, 304 to a client that
holds the answer, and a bounded cache of recent answers that never changes what is answered."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from fmkg.queries import load_queries
from fmkg.web.sparql import answers
from fmkg.web.store_access import close_store, get_store
from serve_helper import build_store, make_app

ROOT = Path(__file__).resolve().parents[1]
LABELS = "SELECT ?l WHERE { ?m rdfs:label ?l } ORDER BY ?l LIMIT 5"
JSON = "application/sparql-results+json"


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    return build_store(tmp_path_factory.mktemp("answers") / "store")


@pytest.fixture
def app(store):
    app = make_app(store)
    yield app
    close_store(app)


def ask(client, query: str = LABELS, accept: str = JSON, **headers: str):
    return client.get("/sparql", query_string={"query": query}, headers={"Accept": accept, **headers})


def test_an_answer_carries_an_etag_and_the_client_holding_it_gets_304_without_a_body(app):
    client = app.test_client()
    first = ask(client)
    assert first.status_code == 200 and first.headers["ETag"]
    again = ask(client, **{"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304
    assert again.data == b""
    assert again.headers["ETag"] == first.headers["ETag"]


def test_the_etag_differs_with_the_query_and_the_format(app):
    client = app.test_client()
    tags = {ask(client).headers["ETag"], ask(client, accept="text/csv").headers["ETag"],
            ask(client, LABELS.replace("LIMIT 5", "LIMIT 6")).headers["ETag"]}
    assert len(tags) == 3


def test_a_repeated_query_is_answered_from_the_cache_without_the_engine(app):
    client = app.test_client()
    first = ask(client)
    with app.app_context():
        store = get_store()
        runs = []
        real_stream = store.stream
        store.stream = lambda *args, **kwargs: runs.append(1) or real_stream(*args, **kwargs)
        second = ask(client)
        store.stream = real_stream
        assert len(answers()) >= 1
    assert runs == []
    assert second.data == first.data and second.headers["ETag"] == first.headers["ETag"]


def test_the_cache_never_changes_an_answer(store):
    queries = [q.text for q in load_queries(ROOT / "queries")] + [LABELS, "ASK { ?s ?p ?o }",
                                                                  "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 7"]
    bodies = {}
    for size in (0, 64_000_000):
        app = make_app(store, FMKG_ANSWER_CACHE_BYTES=size)
        try:
            client = app.test_client()
            bodies[size] = [(r.status_code, r.content_type, r.data) for q in queries for r in (ask(client, q, "*/*"),
                                                                                           ask(client, q, "*/*"))]
            with app.app_context():
                assert (len(answers()) > 0) == (size > 0)
        finally:
            close_store(app)
    assert bodies[0] == bodies[64_000_000]


@pytest.mark.embedded  # swaps the store directory; test_remote_store has the remote engine's rebuild
def test_a_new_build_changes_every_etag_and_empties_the_cache(tmp_path):
    path = build_store(tmp_path / "store")
    app = make_app(path)
    try:
        client = app.test_client()
        before = ask(client)
        os.rename(path, tmp_path / "old")
        build_store(path)  # the same quads, another store: a rebuild
        after = ask(client)
        assert after.status_code == 200 and after.headers["ETag"] != before.headers["ETag"]
        assert ask(client, **{"If-None-Match": before.headers["ETag"]}).status_code == 200
    finally:
        close_store(app)
