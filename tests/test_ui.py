"""The query page blueprint, through Flask's test client over the small fixture graph (no build, no browser)."""

from __future__ import annotations

import doctest
import json
import re
from html import unescape
from pathlib import Path

import pyoxigraph as ox
import pytest
from flask.testing import FlaskClient

import fmkg.queries
from fmkg.queries import QueryFileError, load_queries, parse_query, query_kind
from fmkg.store import replace_store
from fmkg.web import create_app

REPO = Path(__file__).resolve().parents[1]
FIXTURE = REPO / "tests" / "fixtures" / "ui_graph.trig"


@pytest.fixture(scope="module")
def fixture_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ui-store") / "store"
    dataset = ox.Store()
    dataset.load(path=str(FIXTURE), format=ox.RdfFormat.TRIG)
    replace_store(path, list(dataset))
    return path


def make_client(store: Path, **config: object) -> FlaskClient:
    app = create_app({"FMKG_STORE": store, "FMKG_QUERIES": REPO / "queries", "TESTING": True, **config})
    return app.test_client()


@pytest.fixture()
def client(fixture_store: Path) -> FlaskClient:
    return make_client(fixture_store)


def page_config(html: str) -> dict:
    match = re.search(r'<script id="fmkg-config" type="application/json">(.*?)</script>', html, re.S)
    assert match, "the page carries its configuration"
    return json.loads(match.group(1).replace("<\\/", "</"))


def test_page_offers_editor_examples_and_links(client: FlaskClient) -> None:
    response = client.get("/")
    assert response.status_code == 200
    html = response.get_data(as_text=True)
    for asset in ("vendor/yasqe.min.js", "vendor/yasr.min.js", "vendor/yasqe.min.css", "ui.js", "ui.css"):
        assert f"/static/{asset}" in html
    assert "cdn" not in html.lower() and "unpkg" not in html.lower()
    for link in ("/dumps/fmkg.ttl", "/dumps/fmkg.trig", "/dumps/fmkg.nq.gz", "/ontology", "/.well-known/void",
                 'href="/sparql"'):
        assert link in html
    for query in load_queries(REPO / "queries"):
        assert f'data-example="{query.slug}"' in html
        assert unescape(html).count(query.title) >= 1
    config = page_config(html)
    assert config["endpoint"] == "/sparql"
    assert config["prefixes"]["fm"] == "https://w3id.org/fmkg/ontology#"
    assert config["prefixes"]["fmr"] == "https://w3id.org/fmkg/resource/"
    assert config["runInitialQuery"] is False
    assert "PREFIX fm: <https://w3id.org/fmkg/ontology#>" in config["initialQuery"]


def test_page_counts_entities_by_class(client: FlaskClient) -> None:
    html = client.get("/").get_data(as_text=True)
    counts = dict((label, int(n)) for n, label in re.findall(r"<strong>(\d+)</strong> ([a-z -]+)</a>", html))
    assert counts["foundation models"] == 3  # plural, as people read counts (issue 13)
    assert counts["providers"] == 2
    assert counts["systemic-risk obligation"] == 1
    assert "EvidenceSpan" not in html, "provenance plumbing is not advertised as content"
    assert re.search(r"entities in \d+ classes\s+· [\d,]+ triples</summary>", html)


def test_query_parameter_preloads_and_runs(client: FlaskClient) -> None:
    query = 'ASK { ?s ?p "</script><b>" }'
    html = client.get("/", query_string={"query": query}).get_data(as_text=True)
    config = page_config(html)
    assert config["initialQuery"] == query
    assert config["runInitialQuery"] is True
    assert "</script><b>" not in html, "a query in the URL cannot inject markup"


def test_example_parameter_loads_a_canned_query(client: FlaskClient) -> None:
    config = page_config(client.get("/?example=06-eu-ai-act-obligations").get_data(as_text=True))
    assert config["initialExample"] == "06-eu-ai-act-obligations"
    assert "fm:SystemicRiskObligation" in config["initialQuery"]
    assert config["runInitialQuery"] is False


def test_canned_queries_as_data(client: FlaskClient) -> None:
    queries = client.get("/queries.json").get_json()
    assert len(queries) >= 15
    assert {"slug", "title", "description", "shows", "text", "kind"} <= set(queries[0])
    one = client.get("/queries/13-describe-gpt-4.rq")
    assert one.status_code == 200
    assert one.mimetype == "application/sparql-query"
    assert "DESCRIBE fmr:gpt-4" in one.get_data(as_text=True)
    assert client.get("/queries/no-such-query.rq").status_code == 404


def test_queries_follow_the_deployment_base(fixture_store: Path) -> None:
    client = make_client(fixture_store, FMKG_BASE_URI="http://kg.example.org/fm/")
    queries = client.get("/queries.json").get_json()
    text = next(q["text"] for q in queries if q["slug"] == "13-describe-gpt-4")
    assert "PREFIX fmr: <http://kg.example.org/fm/resource/>" in text
    assert page_config(client.get("/").get_data(as_text=True))["baseUri"] == "http://kg.example.org/fm/"


def test_queries_directory_is_a_setting(fixture_store: Path, tmp_path: Path) -> None:
    (tmp_path / "only.rq").write_text("# title: Only one\n# description: d\n# shows: s\nASK {}\n", encoding="utf-8")
    client = make_client(fixture_store, FMKG_QUERIES=tmp_path)
    assert [q["slug"] for q in client.get("/queries.json").get_json()] == ["only"]


def test_page_without_a_store_says_so(tmp_path: Path) -> None:
    response = make_client(tmp_path / "missing").get("/")
    assert response.status_code == 200
    assert "not built yet" in response.get_data(as_text=True)


def test_header_fields_and_continuation_lines() -> None:
    query = parse_query("x", "# title: T\n# description: first\n#   second\n# shows: ASK\n\nASK {}\n")
    assert (query.title, query.description, query.shows, query.kind) == ("T", "first second", "ASK", "ASK")


def test_a_query_file_without_title_is_refused() -> None:
    with pytest.raises(QueryFileError):
        parse_query("x", "SELECT * WHERE { ?s ?p ?o }")


@pytest.mark.parametrize(("text", "kind"), [
    ("PREFIX a: <http://e/select/> CONSTRUCT WHERE { ?s ?p ?o }", "CONSTRUCT"),
    ("# ask me\nDESCRIBE <http://e/>", "DESCRIBE"),
    ("select * {}", "SELECT"),
])
def test_query_kind(text: str, kind: str) -> None:
    assert query_kind(text) == kind


def test_docstring_examples() -> None:
    assert doctest.testmod(fmkg.queries).failed == 0


def test_missing_vendored_files_are_named_with_the_step_that_fetches_them(tmp_path):
    """Without make's npm step the page degrades, and the test session stops at once naming the step."""
    from fmkg.web.ui import VENDOR_FILES, VENDOR_STEP, missing_vendor_files

    assert missing_vendor_files(tmp_path) == list(VENDOR_FILES)
    assert missing_vendor_files() == []
    assert "make install" in VENDOR_STEP
