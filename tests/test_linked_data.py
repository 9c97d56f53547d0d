"""The linked_data blueprint on a tiny fixture graph: negotiation, descriptions, pages, 404, renames, 304."""

from __future__ import annotations

import json
import re
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic

from fmkg.iri import Iris
from fmkg.web import create_app
from fmkg.web.linked_data import redirects, resolve_rename
from fmkg.web.negotiation import choose_format
from serve_helper import store_with

FIXTURES = Path(__file__).resolve().parent / "fixtures"
BASE = "https://w3id.org/fmkg/"
GPT4 = BASE + "resource/gpt-4"
OPENAI = BASE + "resource/openai"
BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8"
RDF_TYPES = {"text/turtle": "turtle", "application/ld+json": "json-ld", "application/n-triples": "nt",
             "application/rdf+xml": "xml"}
SUFFIXES = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt", "rdf": "xml"}


def make_app(tmp_path: Path, base: str = BASE, fixture: Path = FIXTURES / "ld_fixture.trig"):
    text = Iris(base).rebase(fixture.read_text(encoding="utf-8"))
    store = store_with(tmp_path / "store", ox.parse(text, format=ox.RdfFormat.TRIG))
    return create_app({"FMKG_STORE": store, "FMKG_DIST": tmp_path / "dist", "FMKG_BASE_URI": base,
                       "FMKG_REDIRECTS": FIXTURES / "ld_redirects.tsv", "TESTING": True})


@pytest.fixture(scope="module")
def app(tmp_path_factory):
    return make_app(tmp_path_factory.mktemp("ld"))


@pytest.fixture()
def client(app):
    return app.test_client()


def graph_of(response, fmt: str) -> Graph:
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    return Graph().parse(data=response.get_data(), format=fmt)


# --- negotiation ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("accept, expected", [
    (BROWSER, "html"), ("*/*", "html"), (None, "html"), ("text/turtle", "turtle"),
    ("text/turtle;q=0.5, application/ld+json", "jsonld"), ("application/rdf+xml;q=0.3, text/turtle;q=0.4", "turtle"),
    ('application/ld+json; profile="http://www.w3.org/ns/json-ld#compacted"', "jsonld"),
    ("application/json", "jsonld"), ("text/n3", "n3"), ("application/xml", "rdfxml"), ("text/*", "html"),
    ("application/trig", "trig"), ("application/n-quads", "nquads"), ("image/png", None),
])
def test_negotiation_honours_q_values(accept, expected):
    chosen = choose_format(accept)
    assert (chosen.name if chosen else None) == expected


def test_browser_gets_html_with_vary_and_content_location(client):
    response = client.get("/resource/gpt-4", headers={"Accept": BROWSER})
    assert response.status_code == 200
    assert response.mimetype == "text/html"
    assert "Accept" in response.headers["Vary"]
    assert response.headers["Content-Location"] == "/resource/gpt-4.html"
    assert "<h1>GPT-4</h1>" in response.get_data(as_text=True)


@pytest.mark.parametrize("media_type", RDF_TYPES)
def test_rdf_client_gets_its_format_and_the_same_graph(client, media_type):
    reference = graph_of(client.get("/resource/gpt-4", headers={"Accept": "text/turtle"}), "turtle")
    response = client.get("/resource/gpt-4", headers={"Accept": media_type})
    assert response.mimetype == media_type
    suffix = {v: k for k, v in SUFFIXES.items()}[RDF_TYPES[media_type]]
    assert response.headers["Content-Location"] == f"/resource/gpt-4.{suffix}"
    assert isomorphic(graph_of(response, RDF_TYPES[media_type]), reference)


@pytest.mark.parametrize("suffix", SUFFIXES)
def test_suffix_urls_need_no_headers(client, suffix):
    reference = graph_of(client.get("/resource/gpt-4", headers={"Accept": "text/turtle"}), "turtle")
    response = client.get(f"/resource/gpt-4.{suffix}", headers={"Accept": "text/html"})
    assert "Vary" not in response.headers or "Accept" not in response.headers["Vary"]
    assert isomorphic(graph_of(response, SUFFIXES[suffix]), reference)


def test_quad_formats_keep_the_named_graphs(client):
    reference = graph_of(client.get("/resource/gpt-4.ttl"), "turtle")
    for suffix, fmt in (("trig", "trig"), ("nq", "nquads")):
        dataset = Dataset().parse(data=client.get(f"/resource/gpt-4.{suffix}").get_data(), format=fmt)
        graphs = {str(g.identifier) for g in dataset.graphs() if len(g)}
        assert {BASE + "graph/curated", BASE + "graph/document/doc-1"} <= graphs
        union = Graph()
        for s, p, o, _ in dataset.quads((None, None, None, None)):
            union.add((s, p, o))
        assert isomorphic(union, reference)


def test_jsonld_has_a_compact_context(client):
    document = json.loads(client.get("/resource/gpt-4.jsonld").get_data())
    assert document["@context"]["fm"] == BASE + "ontology#"
    node = next(n for n in document["@graph"] if n["@id"] == "fmr:gpt-4")
    assert "fm:LanguageModel" in node["@type"]
    assert node["fm:developedBy"] == {"@id": "fmr:openai"}
    assert node["fm:openWeights"] is False


def test_link_headers_point_at_every_other_format(client):
    response = client.get("/resource/gpt-4", headers={"Accept": "text/turtle"})
    links = response.headers["Link"]
    for suffix, media_type in (("html", "text/html"), ("jsonld", "application/ld+json"), ("rdf", "application/rdf+xml"),
                               ("nt", "application/n-triples"), ("trig", "application/trig")):
        assert f'</resource/gpt-4.{suffix}>; rel="alternate"; type="{media_type}"' in links
    assert 'type="text/turtle"' not in links


def test_nothing_acceptable_is_406(client):
    response = client.get("/resource/gpt-4", headers={"Accept": "image/png"})
    assert response.status_code == 406
    assert "/resource/gpt-4.ttl" in response.get_data(as_text=True)


# --- what a description holds ---------------------------------------------------------------------------------

def test_description_has_triples_links_incoming_and_provenance(client):
    g = graph_of(client.get("/resource/gpt-4.ttl"), "turtle")
    fm = BASE + "ontology#"
    assert (URIRef(GPT4), URIRef(fm + "developedBy"), URIRef(OPENAI)) in g
    assert (URIRef(GPT4), URIRef("http://www.w3.org/2002/07/owl#sameAs"),
            URIRef("http://www.wikidata.org/entity/Q116738079")) in g
    # the label and type of what it links to
    assert (URIRef(OPENAI), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), Literal("OpenAI", lang="en")) in g
    assert (URIRef(OPENAI), URIRef("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), URIRef(fm + "Provider")) in g
    # provenance: statement, evidence span, quote, document title
    statement = URIRef(BASE + "statement/0123456789abcdef")
    assert (statement, URIRef("http://www.w3.org/ns/prov#wasDerivedFrom"), URIRef(BASE + "document/doc-1")) in g
    quote = URIRef(BASE + "document/doc-1#char=0,40-quote")
    assert (quote, URIRef("http://www.w3.org/ns/oa#exact"), Literal("GPT-4 was developed by OpenAI in 2023.")) in g
    assert (URIRef(BASE + "document/doc-1"), URIRef("http://purl.org/dc/terms/title"), None) in g


def test_description_has_the_triples_that_point_at_it(client):
    g = graph_of(client.get("/resource/openai.ttl"), "turtle")
    assert (URIRef(GPT4), URIRef(BASE + "ontology#developedBy"), URIRef(OPENAI)) in g
    assert (URIRef(GPT4), URIRef("http://www.w3.org/2000/01/rdf-schema#label"), None) in g
    # the fact pointing at it keeps its evidence too
    assert (URIRef(BASE + "statement/0123456789abcdef"), None, None) in g


def test_descriptions_use_the_canonical_iris_whatever_the_host(client):
    g = graph_of(client.get("/resource/gpt-4.nt", base_url="http://example.test:8123"), "nt")
    assert all(str(s).startswith(("https://", "http://www.wikidata")) for s in g.subjects())


# --- the HTML page -------------------------------------------------------------------------------------------

def test_entity_page_shows_label_types_properties_evidence_and_links(client):
    html = client.get("/resource/gpt-4", headers={"Accept": BROWSER}).get_data(as_text=True)
    assert "A large multimodal model by OpenAI." in html
    assert 'href="/ontology#LanguageModel"' in html and ">language model<" in html
    assert 'href="/resource/openai"' in html and ">OpenAI<" in html
    # the sentence once, with the names in it marked (issue 13)
    assert "<mark>GPT-4</mark> was developed by <mark>OpenAI</mark> in 2023." in html
    assert 'href="/document/doc-1#char=0,40"' in html
    assert '<p class="summary-line">GPT-4: a ' in html and "developed by OpenAI" in html
    assert 'href="http://www.wikidata.org/entity/Q116738079"' in html and "Wikidata Q116738079" in html
    assert 'href="/resource/gpt-4.ttl"' in html and 'href="/resource/gpt-4.jsonld"' in html
    assert '<link rel="alternate" type="text/turtle" href="/resource/gpt-4.ttl"' in html
    assert 'href="/.well-known/void"' in html and "creativecommons.org/licenses/by/4.0/" in html


def test_related_queries_are_url_encoded_sparql(client):
    html = client.get("/resource/gpt-4.html").get_data(as_text=True)
    links = re.findall(r'href="(/\?query=[^"]+)"', html)
    assert len(links) >= 3
    for link in links:
        query = parse_qs(urlsplit(link.replace("&amp;", "&")).query)["query"][0]
        assert GPT4 in query or BASE + "ontology#" in query
        ox.Store().query(query)  # parses


def test_incoming_links_are_listed(client):
    html = client.get("/resource/openai.html").get_data(as_text=True)
    assert "Links to OpenAI" in html and 'href="/resource/gpt-4"' in html


def test_markup_in_literals_is_escaped(client):
    html = client.get("/resource/script-test", headers={"Accept": BROWSER}).get_data(as_text=True)
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<b>hi</b>" not in html and "Tom &amp; Jerry" in html
    assert "Beware of " in html and "&lt;script&gt;alert(1)&lt;/script&gt;</mark> &amp; friends." in html


def test_markup_survives_in_rdf(client):
    g = graph_of(client.get("/resource/script-test.jsonld"), "json-ld")
    assert Literal("<script>alert(1)</script>", lang="en") in set(g.objects())


# --- documents, statements, graphs ----------------------------------------------------------------------------

def test_document_answers_with_its_evidence_spans(client):
    g = graph_of(client.get("/document/doc-1", headers={"Accept": "text/turtle"}), "turtle")
    span = URIRef(BASE + "document/doc-1#char=41,90")
    assert (span, URIRef("http://www.w3.org/ns/oa#hasSource"), URIRef(BASE + "document/doc-1")) in g
    assert (URIRef(GPT4), URIRef(BASE + "ontology#mentionedIn"), URIRef(BASE + "document/doc-1")) in g
    html = client.get("/document/doc-1", headers={"Accept": BROWSER}).get_data(as_text=True)
    assert 'id="char=0,40"' in html and "A short text about models" in html


def test_statement_answers(client):
    g = graph_of(client.get("/statement/0123456789abcdef", headers={"Accept": "application/n-triples"}), "nt")
    assert (URIRef(BASE + "statement/0123456789abcdef"), None, URIRef(OPENAI)) in g
    html = client.get("/statement/0123456789abcdef", headers={"Accept": BROWSER}).get_data(as_text=True)
    assert "GPT-4 was developed by OpenAI in 2023." in re.sub(r"</?mark>", "", html)


def test_named_graph_answers_with_its_quads(client):
    dataset = Dataset().parse(data=client.get("/graph/document/doc-1.trig").get_data(), format="trig")
    graphs = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert graphs == {BASE + "graph/document/doc-1"}
    curated = graph_of(client.get("/graph/curated", headers={"Accept": "text/turtle"}), "turtle")
    assert len(curated) == 2
    html = client.get("/graph/document/doc-1", headers={"Accept": BROWSER}).get_data(as_text=True)
    assert "Named graph" in html and 'href="/document/doc-1"' in html


# --- the ontology ---------------------------------------------------------------------------------------------

def test_ontology_page_documents_every_term_with_an_anchor(client):
    html = client.get("/ontology", headers={"Accept": BROWSER}).get_data(as_text=True)
    for term in ("FoundationModel", "LanguageModel", "Provider", "developedBy", "openWeights", "addressesRisk"):
        assert f'id="{term}"' in html
    entry = html[html.index('id="LanguageModel"'):html.index('id="Organization"')]
    assert "Subclass of" in entry and 'href="/ontology#FoundationModel"' in entry
    assert "https://example.org/vocab#LanguageModel" in entry  # alignment
    assert re.search(r"Instances</dt><dd><a [^>]*>1</a>", entry)
    risk = html[html.index('id="addressesRisk"'):]
    assert "governance instrument</a> or <a" in risk  # owl:unionOf domain
    develop = html[html.index('id="developedBy"'):html.index('id="evidence"')]
    assert 'href="/ontology#Organization"' in develop  # range


def test_ontology_page_lists_the_ontology_concepts_apart(tmp_path):
    """Named individuals and concept schemes (fm:AccessLevels) get a section of their own, not "Properties"."""
    text = (FIXTURES / "ld_fixture.trig").read_text(encoding="utf-8") + """
fmg:ontology {
  fm:AccessLevel a owl:Class ; rdfs:label "access level"@en ; rdfs:subClassOf skos:Concept .
  fm:accessLevel a owl:ObjectProperty ; rdfs:label "access level"@en ; rdfs:range fm:AccessLevel .
  fm:AccessLevels a skos:ConceptScheme ; rdfs:label "access levels"@en .
  fm:APIOnlyAccess a owl:NamedIndividual, fm:AccessLevel ; rdfs:label "API only"@en ;
    skos:definition "Used only through a hosted interface."@en ; skos:inScheme fm:AccessLevels .
  fm:ClosedAccess a owl:NamedIndividual, fm:AccessLevel ; rdfs:label "closed"@en ; skos:inScheme fm:AccessLevels ;
    owl:differentFrom fm:APIOnlyAccess .
}
<https://w3id.org/fmkg/graph/document/doc-1> { fmr:gpt-4 fm:accessLevel fm:APIOnlyAccess . }
"""
    fixture = tmp_path / "with-concepts.trig"
    fixture.write_text(text, encoding="utf-8")
    html = make_app(tmp_path, fixture=fixture).test_client().get(
        "/ontology", headers={"Accept": BROWSER}).get_data(as_text=True)
    concepts = html[html.index('id="h-concepts"'):]
    properties = html[html.index('id="h-properties"'):html.index('id="h-concepts"')]
    assert 'id="APIOnlyAccess"' in concepts and 'id="AccessLevels"' in concepts
    assert 'id="APIOnlyAccess"' not in properties and 'id="accessLevel"' in properties
    entry = concepts[concepts.index('id="APIOnlyAccess"'):concepts.index('id="ClosedAccess"')]
    assert "Instance of" in entry and 'href="/ontology#AccessLevel"' in entry and "NamedIndividual" not in entry
    assert "Used only through a hosted interface." in entry
    # One use: gpt-4's access level; the scheme's own links (inScheme, differentFrom) are not counted.
    assert re.search(r"Used as value</dt><dd><a [^>]*>1</a>", entry)
    link = unquote(re.search(r'Used as value</dt><dd><a href="([^"]+)"', entry).group(1))
    assert "?subject ?p <https://w3id.org/fmkg/ontology#APIOnlyAccess>" in link and "STR(?p)" in link


@pytest.mark.parametrize("media_type", ["text/turtle", "application/rdf+xml", "application/ld+json"])
def test_ontology_in_rdf(client, media_type):
    g = graph_of(client.get("/ontology", headers={"Accept": media_type}), RDF_TYPES[media_type])
    assert (URIRef(BASE + "ontology#LanguageModel"), URIRef("http://www.w3.org/2000/01/rdf-schema#subClassOf"),
            URIRef(BASE + "ontology#FoundationModel")) in g
    assert isomorphic(g, graph_of(client.get("/ontology.ttl"), "turtle"))


def test_ontology_version_iri_answers(client):
    response = client.get("/ontology/0.1.0", headers={"Accept": "text/turtle"})
    assert response.headers["Content-Location"] == "/ontology/0.1.0.ttl"
    assert (URIRef(BASE + "ontology"), None, URIRef(BASE + "ontology/0.1.0")) in graph_of(response, "turtle")
    assert client.get("/ontology/0.1.0.rdf").status_code == 200
    assert client.get("/ontology/9.9.9").status_code == 404


# --- 404, renames, conditional GET ----------------------------------------------------------------------------

def test_unknown_slug_is_404_with_suggestions(client):
    response = client.get("/resource/gpt-5", headers={"Accept": BROWSER})
    assert response.status_code == 404
    html = response.get_data(as_text=True)
    assert 'href="/resource/gpt-4"' in html and "Did you mean" in html
    assert 'href="/search?q=gpt+5"' in html  # the name search (issue 13), no longer a SPARQL CONTAINS


@pytest.mark.parametrize("media_type", RDF_TYPES)
def test_unknown_slug_is_404_in_the_format_asked_for(client, media_type):
    response = client.get("/resource/no-such-thing", headers={"Accept": media_type})
    assert response.status_code == 404
    assert response.mimetype == media_type
    assert len(Graph().parse(data=response.get_data(), format=RDF_TYPES[media_type])) == 0


@pytest.mark.parametrize("path", ["/document/nope", "/statement/nope", "/graph/nope", "/resource/nope.ttl"])
def test_other_unknown_iris_are_404(client, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("old, location", [
    ("/resource/gpt4", "/resource/gpt-4"), ("/resource/old-name", "/resource/gpt-4"),
    ("/resource/old-name.ttl", "/resource/gpt-4.ttl"), ("/resource/GPT-4", "/resource/gpt-4"),
])
def test_renamed_slugs_redirect_permanently(client, old, location):
    response = client.get(old)
    assert response.status_code == 301
    assert response.headers["Location"] == location


def test_a_rename_cycle_is_not_followed(client):
    assert client.get("/resource/loop-a").status_code == 404


def test_redirects_file_skips_header_and_comments(tmp_path):
    path = tmp_path / "redirects.tsv"
    path.write_text("old_slug\tnew_slug\n# a comment\n\na-b\tc-d\nBad Slug\tx\n", encoding="utf-8")
    assert redirects(path) == {"a-b": "c-d"}
    assert redirects(tmp_path / "missing.tsv") == {}
    assert resolve_rename("a", {"a": "b", "b": "c"}) == "c"
    assert resolve_rename("x", {"a": "b"}) is None


def test_the_shipped_redirects_file_parses():
    assert isinstance(redirects(Path(__file__).resolve().parents[1] / "data" / "curated" / "redirects.tsv"), dict)


def test_conditional_get_gives_304(client):
    first = client.get("/resource/gpt-4.ttl")
    assert first.headers["ETag"] and "max-age" in first.headers["Cache-Control"]
    again = client.get("/resource/gpt-4.ttl", headers={"If-None-Match": first.headers["ETag"]})
    assert again.status_code == 304 and not again.get_data()


def test_every_fixture_iri_under_the_base_answers_in_html_and_rdf(client):
    iris = set()
    for quad in ox.parse(path=str(FIXTURES / "ld_fixture.trig")):
        for term in (quad.subject, quad.predicate, quad.object, quad.graph_name):
            if isinstance(term, ox.NamedNode) and term.value.startswith(BASE):
                iris.add(term.value.split("#")[0])
    assert len(iris) > 10
    for iri in sorted(iris):
        path = "/" + iri[len(BASE):]
        assert client.get(path, headers={"Accept": BROWSER}).status_code == 200, path
        assert client.get(path, headers={"Accept": "text/turtle"}).status_code == 200, path


def test_another_base_uri_is_served_on_the_same_paths(tmp_path):
    base = "http://kg.example.org/fm/"
    client = make_app(tmp_path, base=base).test_client()
    g = graph_of(client.get("/resource/gpt-4.ttl"), "turtle")
    # The vocabulary keeps its published namespace when only the data's base moves (issue 13).
    assert (URIRef(base + "resource/gpt-4"), URIRef("https://w3id.org/fmkg/ontology#developedBy"),
            URIRef(base + "resource/openai")) in g
    html = client.get("/resource/gpt-4.html").get_data(as_text=True)
    assert 'href="/resource/openai"' in html and 'href="/ontology#developedBy"' in html


def test_missing_store_is_503(tmp_path):
    app = create_app({"FMKG_STORE": tmp_path / "none", "FMKG_DIST": tmp_path / "dist", "TESTING": True})
    response = app.test_client().get("/resource/gpt-4")
    assert response.status_code == 503 and "fmkg build" in response.get_data(as_text=True)


def test_every_setting_of_this_blueprint_is_documented():
    from fmkg.config import settings_doc

    for variable in ("FMKG_REDIRECTS", "FMKG_DESCRIBE_MAX_LINKS", "FMKG_CACHE_MAX_AGE"):
        assert variable in settings_doc()
