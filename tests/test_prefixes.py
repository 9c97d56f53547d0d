"""Predeclared prefixes and the unknown-prefix message of /sparql (issue 13), over the built graph."""

from __future__ import annotations

import pytest
from flask.testing import FlaskClient

from fmkg.web import create_app
from ui_support import BuiltGraph, built_graph


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> FlaskClient:
    s: BuiltGraph = built_graph(tmp_path_factory)
    app = create_app({"FMKG_STORE": s.settings.store, "FMKG_DIST": s.settings.dist, "TESTING": True})
    return app.test_client()


def ask(client: FlaskClient, query: str):
    return client.post("/sparql", data={"query": query}, headers={"Accept": "application/sparql-results+json"})


def test_common_and_fmkg_prefixes_need_no_declaration(client: FlaskClient) -> None:
    response = ask(client, "SELECT ?l WHERE { fmr:gpt-4 rdfs:label ?l ; a fm:FoundationModel ; a owl:Thing "
                           "FILTER(DATATYPE(?l) = rdf:langString) }")
    assert response.status_code == 200, response.get_data(as_text=True)
    rows = response.get_json()["results"]["bindings"]
    assert rows == [] or rows[0]["l"]["value"] == "GPT-4"
    assert ask(client, "ASK { fmr:gpt-4 a fm:FoundationModel }").get_json()["boolean"] is True


def test_a_declaration_of_the_query_wins(client: FlaskClient) -> None:
    query = "PREFIX fm: <http://example.org/other#>\nASK { ?m a fm:FoundationModel }"
    assert ask(client, query).get_json()["boolean"] is False


def test_unknown_prefix_names_it_where_it_is_used(client: FlaskClient) -> None:
    response = ask(client, "SELECT * WHERE {\n  ?s foo:bar ?o .\n}")
    text = response.get_data(as_text=True)
    assert response.status_code == 400
    assert text.startswith("Unknown prefix `foo:` at line 2, column 6: add `PREFIX foo: <...>`")
    assert "  ?s foo:bar ?o .\n     ^" in text
    assert "Prefix not found" not in text and "\\u{" not in text


def test_error_lines_count_the_query_as_sent(client: FlaskClient) -> None:
    """PREFIX lines put in front for rdfs: and fm: do not move the reported line."""
    response = ask(client, "SELECT ?o WHERE {\n  ?s rdfs:label ?o ; a fm:FoundationModel\n  FILTER( }")
    assert response.status_code == 400 and "line 3," in response.get_data(as_text=True)
