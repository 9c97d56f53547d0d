"""Search (issue 13): /search.json, /search, the header search box, /resource/ by class, and the 404s around
them, through Flask's test client over the graph `fmkg build` makes from the repository's documents."""

from __future__ import annotations

import re
from html import unescape

import pytest
from flask.testing import FlaskClient

from fmkg.web import create_app
from fmkg.web.search import normalize
from ui_support import BuiltGraph, built_graph


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> BuiltGraph:
    return built_graph(tmp_path_factory)


@pytest.fixture(scope="module")
def client(graph: BuiltGraph) -> FlaskClient:
    s = graph.settings
    app = create_app({"FMKG_STORE": s.store, "FMKG_DIST": s.dist, "FMKG_QUERIES": s.queries, "TESTING": True})
    return app.test_client()


def search(client: FlaskClient, q: str, **params: str) -> list[dict]:
    response = client.get("/search.json", query_string={"q": q, **params})
    assert response.status_code == 200 and response.mimetype == "application/json"
    return response.get_json()["results"]


@pytest.mark.parametrize("q", ["gpt4", "GPT-4", "gpt 4", " Gpt - 4 "])
def test_case_hyphens_and_spaces_do_not_matter(client: FlaskClient, q: str) -> None:
    first = search(client, q)[0]
    assert first["label"] == "GPT-4" and first["href"] == "/resource/gpt-4"
    assert {"name": "FoundationModel", "label": "foundation model"} in first["classes"]


def test_the_whole_name_ranks_before_longer_names(client: FlaskClient) -> None:
    labels = [hit["label"] for hit in search(client, "llama")]
    assert labels[0] == "LLaMA" and "LLaMA 3" in labels and "Code LLaMA" in labels
    assert labels.index("LLaMA 3") < labels.index("Code LLaMA")  # the name's start before a later word


def test_aliases_are_searched_and_said(client: FlaskClient) -> None:
    hit = search(client, "crfm")[0]
    assert hit["label"] == "Center for Research on Foundation Models" and hit["matched"] == "CRFM"
    assert search(client, "ai act")[0]["label"] == "EU AI Act"


def test_class_filter_and_limit(client: FlaskClient) -> None:
    hits = search(client, "a", limit="3", **{"class": "Organization"})
    assert 0 < len(hits) <= 3
    assert all(any(c["name"] == "Organization" for c in h["classes"]) for h in hits)


@pytest.mark.parametrize("params", [{"limit": "x"}, {"limit": "0"}, {"limit": "1000"}, {"q": "x" * 500}])
def test_bad_arguments_are_400_with_a_message(client: FlaskClient, params: dict) -> None:
    response = client.get("/search.json", query_string={"q": "gpt", **params}, headers={"Accept": "application/json"})
    assert response.status_code == 400 and response.get_json()["error"]


def test_nothing_found_is_an_empty_list(client: FlaskClient) -> None:
    assert search(client, "zzzqqq") == [] and search(client, "  -  ") == []


def test_search_page_lists_hits_with_their_class(client: FlaskClient) -> None:
    html = unescape(client.get("/search?q=gpt4").get_data(as_text=True))
    assert '<a href="/resource/gpt-4">GPT-4</a>' in html and "foundation model" in html


def test_every_page_has_the_search_box(client: FlaskClient) -> None:
    for path in ("/", "/ontology", "/dumps/", "/resource/gpt-4", "/resource/", "/search", "/resource/nothing-here"):
        html = client.get(path, headers={"Accept": "text/html"}).get_data(as_text=True)
        assert 'action="/search"' in html and 'name="q"' in html, path


def test_resource_index_groups_entities_by_class(client: FlaskClient) -> None:
    response = client.get("/resource/", headers={"Accept": "text/html"})
    html = unescape(response.get_data(as_text=True))
    assert response.status_code == 200
    assert 'id="FoundationModel"' in html and '<a href="/resource/gpt-4">GPT-4</a>' in html
    assert re.search(r'<h2 id="h-FoundationModel">Foundation models <span class="muted">\(\d+\)</span></h2>', html)
    data = client.get("/resource/", headers={"Accept": "application/json"}).get_json()
    assert "gpt-4" in {e["href"].rsplit("/", 1)[1] for e in data["FoundationModel"]}
    assert client.get("/resource").status_code in (301, 308)


def test_not_found_links_to_a_search_that_finds(client: FlaskClient) -> None:
    html = client.get("/resource/gpt4", headers={"Accept": "text/html"}).get_data(as_text=True)
    assert 'href="/search?q=gpt4"' in html
    assert search(client, "gpt4")[0]["label"] == "GPT-4"


def test_trailing_slash_of_an_entity_moves_to_its_page(client: FlaskClient) -> None:
    response = client.get("/resource/gpt-4/")
    assert response.status_code == 301 and response.headers["Location"].endswith("/resource/gpt-4")


@pytest.mark.parametrize("path", ["/resource/no-such-thing/", "/statement/", "/document/nope/", "/nowhere"])
@pytest.mark.parametrize(("accept", "media_types"), [
    ("text/html", {"text/html"}), ("application/json", {"application/json", "application/ld+json"}),
    ("text/turtle", {"text/turtle"}), ("text/plain", {"text/plain", "application/n-triples"})])
def test_styled_404_in_the_requested_format(client: FlaskClient, path: str, accept: str, media_types: set) -> None:
    """An entity's 404 is an empty graph for RDF clients (JSON-LD is JSON, N-Triples is text/plain)."""
    response = client.get(path, headers={"Accept": accept})
    assert response.status_code == 404 and response.mimetype in media_types
    if accept == "text/html":
        html = response.get_data(as_text=True)
        assert 'class="site-header"' in html and "fmkg.css" in html


def test_normalize_doctest_examples() -> None:
    assert normalize("GPT-4") == normalize("gpt 4") == "gpt4"


def test_full_text_over_definitions_and_evidence_with_stemming(client: FlaskClient) -> None:
    hits = client.get("/search.json", query_string={"q": "task-specific learning rate", "in": "text"}).get_json()
    first = hits["results"][0]
    assert first["kind"] == "definition" and first["href"] == "/resource/fine-tuning"
    evidence = client.get("/search.json", query_string={"q": "trains internet-scale", "in": "text"}).get_json()
    assert any(h["kind"] == "evidence" and "#char=" in h["href"] and "train on internet-scale" in h["snippet"]
               for h in evidence["results"])  # "trains" finds "train": English stemming


@pytest.mark.parametrize("q", ['" OR *', "NEAR(a b)", "-x", "^", "a AND"])
def test_full_text_takes_any_input_as_words(client: FlaskClient, q: str) -> None:
    response = client.get("/search.json", query_string={"q": q, "in": "text"})
    assert response.status_code == 200 and isinstance(response.get_json()["results"], list)


def test_search_page_shows_text_matches_marked(client: FlaskClient) -> None:
    html = client.get("/search?q=learning+rate").get_data(as_text=True)
    assert "In definitions and evidence sentences" in html and "<mark>" in html


def test_unknown_search_scope_is_400(client: FlaskClient) -> None:
    response = client.get("/search.json?q=x&in=everything", headers={"Accept": "application/json"})
    assert response.status_code == 400 and "names" in response.get_json()["error"]
