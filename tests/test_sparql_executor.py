"""The query executor: a child process per executor, stopped on timeout, reopening a replaced store."""

from __future__ import annotations

import shutil
import time

import pyoxigraph as ox
import pytest

from fmkg.store import executor as ex
from fmkg.store import replace_store
from fmkg.store.querytext import facts
from serve_helper import SLOW, build_store

JSON = {"solutions": "json", "boolean": "json", "graph": "ntriples"}
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture
def store(tmp_path):
    return build_store(tmp_path / "store")


@pytest.fixture
def executor(store):
    executor = ex.Executor(store)
    yield executor
    executor.close()


def count(executor: ex.Executor) -> int:
    body = executor.query(ex.QueryJob(COUNT, JSON)).body
    return int(ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON).__next__()["n"].value)


def test_a_query_comes_back_serialized(executor):
    result = executor.query(ex.QueryJob("ASK {}", JSON))
    assert (result.kind, result.format, result.complete, result.body) == (
        "boolean", "json", True, b'{"head":{},"boolean":true}')


def test_union_default_graph(executor):
    assert count(executor) == 47


def test_timeout_kills_the_child_and_the_next_query_gets_a_new_one(executor):
    executor.query(ex.QueryJob("ASK {}", JSON))
    first = executor._process.pid
    started = time.monotonic()
    with pytest.raises(ex.QueryTimeout, match="longer than 0.3 s"):
        executor.query(ex.QueryJob(SLOW, JSON), timeout=0.3)
    assert time.monotonic() - started < 3
    assert not executor.alive
    assert executor.query(ex.QueryJob("ASK {}", JSON)).complete
    assert executor._process.pid != first


def test_errors_leave_the_child_running(executor):
    with pytest.raises(ex.QuerySyntaxError, match="error at 1:6"):
        executor.query(ex.QueryJob("ASK {", JSON))
    with pytest.raises(ex.NotAcceptable):
        executor.query(ex.QueryJob("ASK {}", {"graph": "turtle"}))
    pid = executor._process.pid
    assert executor.query(ex.QueryJob("ASK {}", JSON)).complete and executor._process.pid == pid


def test_results_stream_in_chunks(executor):
    query = ("SELECT ?n WHERE { " + " ".join(f"VALUES ?{v} {{0 1 2 3 4 5 6 7 8 9}}" for v in "abcd")
             + " BIND(CONCAT(STR(?a), STR(?b), STR(?c), STR(?d)) AS ?n) }")
    released = []
    result = executor.query(ex.QueryJob(query, JSON), buffer_bytes=0, release=released.append)
    assert not result.complete and not released  # 400 kB: several chunks
    body = b"".join(result)
    assert released == [executor]
    rows = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
    assert sorted(row["n"].value for row in rows) == [f"{i:04d}" for i in range(10_000)]


def test_closing_an_unfinished_result_kills_the_child(executor):
    query = "SELECT * WHERE { " + " ".join(f"VALUES ?{v} {{0 1 2 3 4 5 6 7 8 9}}" for v in "abcdef") + " }"
    result = executor.query(ex.QueryJob(query, JSON), buffer_bytes=0)
    result.close()
    assert not executor.alive
    assert executor.query(ex.QueryJob("ASK {}", JSON)).complete


def test_a_replaced_store_is_reopened(executor, store):
    assert count(executor) == 47
    replace_store(store, [ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.Literal("c"))])
    assert count(executor) == 1


def test_a_missing_store_is_reported(tmp_path):
    executor = ex.Executor(tmp_path / "none")
    try:
        with pytest.raises(ex.StoreUnavailable, match="fmkg build"):
            executor.query(ex.QueryJob("ASK {}", JSON))
    finally:
        executor.close()


def test_store_info(executor, store):
    info = executor.info("https://w3id.org/fmkg/", with_graphs=True)
    assert info["quads"] == 47 and info["version"] == "0.1.0"
    assert dict(info["graphs"])["https://w3id.org/fmkg/graph/curated"] == 7
    shutil.rmtree(store)
    with pytest.raises(ex.StoreUnavailable):
        executor.info("https://w3id.org/fmkg/")


def test_pool_gives_executors_back(store):
    pool = ex.ExecutorPool(store, 1)
    try:
        for _ in range(3):  # with one executor, a leak would block the second query
            assert pool.query(ex.QueryJob("ASK {}", JSON), timeout=5).complete
        with pytest.raises(ex.QuerySyntaxError):
            pool.query(ex.QueryJob("ASK {", JSON), timeout=5)
        assert pool.query(ex.QueryJob("ASK {}", JSON), timeout=5).complete
    finally:
        pool.close()


@pytest.mark.parametrize(("query", "form", "dataset", "service"), [
    ("SELECT * WHERE { ?s ?p ?o }", "SELECT", False, False),
    ("PREFIX from: <urn:x:> SELECT ?from WHERE { ?s from:service 'FROM SERVICE' }", "SELECT", False, False),
    ("# FROM in a comment\nASK { ?s ?p ?o }", "ASK", False, False),
    ("CONSTRUCT { ?s ?p ?o } FROM <urn:g> WHERE { ?s ?p ?o }", "CONSTRUCT", True, False),
    ("SELECT * FROM NAMED <urn:g> { GRAPH ?g { ?s ?p ?o } }", "SELECT", True, False),
    ("select * { service <http://127.0.0.1:9/> { ?s ?p ?o } }", "SELECT", False, True),
    ("BASE <http://x/> PREFIX : <http://y/> DESCRIBE :a", "DESCRIBE", False, False),
    ("PREFIX ex: <urn:x:> INSERT DATA { ex:a ex:b ex:c }", "INSERT", False, False),
    ('SELECT * { ?s ?p """a long\nFROM string""" }', "SELECT", False, False),
])
def test_query_facts(query, form, dataset, service):
    found = facts(query)
    assert (found.form, found.declares_dataset, found.uses_service) == (form, dataset, service)


def test_a_child_that_died_is_replaced(executor):
    executor.query(ex.QueryJob("ASK {}", JSON))
    executor._process.kill()
    executor._process.join(5)
    assert executor.query(ex.QueryJob("ASK {}", JSON)).complete


SAMPLE = ("SELECT ?g ?s ?p ?o WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } } "
          "ORDER BY ?g ?s ?p ?o")


def test_a_small_store_read_from_memory_answers_as_from_disk(store):
    from_disk, in_memory = ex.Executor(store, memory_quads=0), ex.Executor(store, memory_quads=1_000_000)
    try:
        for query in (SAMPLE, COUNT, "ASK { ?s ?p ?o }", "CONSTRUCT WHERE { ?s ?p ?o }"):
            memory_lines = in_memory.query(ex.QueryJob(query, JSON)).body.splitlines()
            disk_lines = from_disk.query(ex.QueryJob(query, JSON)).body.splitlines()
            assert sorted(memory_lines) == sorted(disk_lines)  # a CONSTRUCT's triples come in no set order
    finally:
        from_disk.close()
        in_memory.close()


def test_a_store_read_from_memory_is_copied_again_when_a_build_replaces_it(store):
    executor = ex.Executor(store, memory_quads=1_000_000)
    try:
        assert count(executor) == 47
        replace_store(store, [ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.Literal("c"),
                                      ox.NamedNode("urn:g"))])
        assert count(executor) == 1
    finally:
        executor.close()


def test_only_a_store_within_the_memory_limit_is_copied_into_memory(store):
    quad = ox.Quad(ox.NamedNode("urn:a"), ox.NamedNode("urn:b"), ox.Literal("c"))
    small, large = ex._Stores(str(store), memory_quads=1_000_000), ex._Stores(str(store), memory_quads=10)
    small.get(), large.get()
    deadline = time.monotonic() + 20
    while not _writable(small.get(), quad):  # the copy is made in the background; the files answer meanwhile
        assert time.monotonic() < deadline, "no copy in memory after 20 s"
        time.sleep(0.05)
    time.sleep(0.5)
    assert not _writable(large.get(), quad)  # still the files themselves, opened read-only


def _writable(db: ox.Store, quad: ox.Quad) -> bool:
    try:
        db.add(quad)
    except RuntimeError:
        return False
    return True
