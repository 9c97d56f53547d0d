"""The store keeps the union of its named graphs in its default graph, each triple once, through every write."""

from __future__ import annotations

import pyoxigraph as ox

from conftest import repository_settings
from fmkg.pipeline import load_files
from fmkg.store import named_quad_count, open_read_only, replace_store

A, B = ox.NamedNode("http://example.org/a"), ox.NamedNode("http://example.org/b")


def _default_graph_values(store: ox.Store) -> list[str]:
    return sorted(row["o"].value for row in store.query("SELECT ?o WHERE { ?s ?p ?o }"))


def test_a_triple_in_two_graphs_is_seen_once_without_graph(tmp_path):
    quads = [ox.Quad(A, B, ox.Literal("x"), ox.NamedNode(f"http://example.org/g{i}")) for i in (1, 2)]
    replace_store(tmp_path / "store", quads)
    store = open_read_only(tmp_path / "store")
    assert _default_graph_values(store) == ["x"]
    assert named_quad_count(store) == 2


def test_reloading_a_graph_with_replace_drops_its_old_triples_from_the_union(tmp_path):
    settings = repository_settings(tmp_path)
    data = tmp_path / "extra.ttl"
    data.write_text('<http://example.org/a> <http://example.org/b> "old" .\n', encoding="utf-8")
    load_files([data], settings, check=False)
    data.write_text('<http://example.org/a> <http://example.org/b> "new" .\n', encoding="utf-8")
    load_files([data], settings, check=False, replace=True)
    assert _default_graph_values(open_read_only(settings.store)) == ["new"]


def test_linked_data_pages_see_a_replaced_store_without_a_restart(tmp_path):
    from fmkg.web import create_app

    label = ox.NamedNode("http://www.w3.org/2000/01/rdf-schema#label")
    entity = ox.NamedNode("https://w3id.org/fmkg/resource/example")
    graph = ox.NamedNode("https://w3id.org/fmkg/graph/curated")
    replace_store(tmp_path / "store", [ox.Quad(entity, label, ox.Literal("before", language="en"), graph)])
    client = create_app({"TESTING": True, "FMKG_STORE": tmp_path / "store"}).test_client()
    assert "before" in client.get("/resource/example.nt").get_data(as_text=True)
    replace_store(tmp_path / "store", [ox.Quad(entity, label, ox.Literal("after", language="en"), graph)])
    assert "after" in client.get("/resource/example.nt").get_data(as_text=True)
