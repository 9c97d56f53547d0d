"""The format registry: each media type means one format on every route (issue 10)."""

from __future__ import annotations

import pytest
from flask import Flask
from flask.testing import FlaskClient

from fmkg import formats
from fmkg.config import Settings
from fmkg.web.store_access import close_store
from web_support import built_app

CONSTRUCT = "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o } LIMIT 3"


@pytest.fixture(scope="module")
def app(built_settings: Settings) -> Flask:
    app = built_app(built_settings)
    yield app
    close_store(app)


@pytest.fixture()
def client(app: Flask) -> FlaskClient:
    return app.test_client()


@pytest.mark.parametrize("fmt", [f for f in formats.LINKED_DATA if f.kinds])
def test_a_media_type_gets_the_same_format_from_a_page_and_from_sparql(client: FlaskClient, fmt) -> None:
    page = client.get("/resource/gpt-4", headers={"Accept": fmt.media_type})
    query = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": fmt.media_type})
    assert (page.status_code, query.status_code) == (200, 200)
    assert page.mimetype == query.mimetype == fmt.media_type


def test_text_n3_is_n3_on_a_page_as_on_sparql(client: FlaskClient) -> None:
    """Regression: text/n3 got Turtle from /resource/gpt-4 but N3 from /sparql."""
    page = client.get("/resource/gpt-4", headers={"Accept": "text/n3"})
    query = client.get("/sparql", query_string={"query": CONSTRUCT}, headers={"Accept": "text/n3"})
    assert page.mimetype == query.mimetype == "text/n3"


def test_every_page_format_has_a_suffix_url(client: FlaskClient) -> None:
    for fmt in formats.LINKED_DATA:
        response = client.get(f"/resource/gpt-4.{fmt.suffix}")
        assert response.status_code == 200 and response.mimetype == fmt.media_type, fmt.name


def test_the_service_description_lists_every_result_format_by_its_w3c_iri(client: FlaskClient) -> None:
    body = client.get("/sparql", headers={"Accept": "application/n-triples"}).get_data(as_text=True)
    for fmt in formats.REGISTRY:
        if fmt.kinds:
            assert f"<{fmt.w3c_iri}>" in body, fmt.name


def test_fmkg_load_reads_every_rdf_suffix_of_the_registry() -> None:
    assert formats.rdf_file_suffixes() == sorted([".jsonld", ".n3", ".nq", ".nt", ".owl", ".rdf", ".trig", ".ttl",
                                                  ".turtle", ".xml"])


def test_a_format_name_asks_for_one_format_per_kind_of_result() -> None:
    assert formats.for_parameter("xml") == {"solutions": "xml", "boolean": "xml", "graph": "rdfxml"}
    assert formats.for_parameter("ttl") == {"graph": "turtle"}
    assert formats.for_parameter("png") is None
