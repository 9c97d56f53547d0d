"""The SHACL shapes: the sample conforms, and each kind of broken data is reported on the right node and path."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef

from fmkg.iri import Iris
from fmkg.validate import load_shapes, validate

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "fmkg.ttl"
SHAPES = ROOT / "ontology" / "shapes.ttl"
SAMPLE = ROOT / "tests" / "fixtures" / "fmkg-sample.ttl"
CURATED = ROOT / "data" / "curated" / "wikidata.ttl"

FM = Namespace("https://w3id.org/fmkg/ontology#")
FMR = Namespace("https://w3id.org/fmkg/resource/")
FMD = Namespace("https://w3id.org/fmkg/document/")
FMS = Namespace("https://w3id.org/fmkg/statement/")
SH = Namespace("http://www.w3.org/ns/shacl#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
PROV = Namespace("http://www.w3.org/ns/prov#")
OA = Namespace("http://www.w3.org/ns/oa#")

DOC_000 = FMD["000_ba35988695bcde2e"]
STATEMENT = FMS["760e248dfe2a3306"]
POSITION = URIRef("https://w3id.org/fmkg/document/000_ba35988695bcde2e#char=2558,2737-position")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes(SHAPES)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


@pytest.fixture
def sample() -> Graph:
    return Graph().parse(SAMPLE, format="turtle")


def rename(graph: Graph, old: URIRef, new: URIRef) -> Graph:
    renamed = Graph()
    for triple in graph:
        renamed.add(tuple(new if term == old else term for term in triple))
    return renamed


def violations_at(result, focus: URIRef, path: URIRef | None):
    return [v for v in result.violations
            if v.focus_node == str(focus) and v.path == ("" if path is None else str(path))]


def assert_reported(result, focus: URIRef, path: URIRef | None, words: str):
    assert not result.conforms, "the broken graph should not conform"
    found = violations_at(result, focus, path)
    assert found, f"nothing reported on {focus} / {path}:\n{result.text}"
    assert all(v.severity == "Violation" for v in found)
    assert any(words.lower() in v.message.lower() for v in found), [v.message for v in found]


# --- what conforms ---------------------------------------------------------------------------------------------

def test_shapes_parse_and_every_shape_explains_itself(shapes):
    node_shapes = set(shapes.subjects(RDF.type, SH.NodeShape))
    property_shapes = set(shapes.objects(None, SH.property))
    assert len(node_shapes) >= 30
    for shape in node_shapes | property_shapes:
        messages = [m for m in shapes.objects(shape, SH.message) if m.language == "en"]
        assert messages, f"{shape} has no English sh:message"


def test_every_fm_class_has_a_node_shape(shapes, ontology):
    classes = {c for c in ontology.subjects(RDF.type, OWL.Class) if str(c).startswith(str(FM))}
    targeted = set(shapes.objects(None, SH.targetClass))
    assert classes <= targeted, f"classes without a shape: {sorted(classes - targeted)}"


def test_sample_conforms(sample, shapes, ontology):
    result = validate(sample, shapes, ontology)
    assert result.conforms, result.text


def test_sample_with_curated_links_conforms(sample, shapes, ontology):
    sample.parse(CURATED, format="turtle")
    result = validate(sample, shapes, ontology)
    assert result.conforms, result.text


def test_rebased_shapes_and_data_conform_and_still_check_slugs(ontology):
    iris = Iris("http://localhost:8000/")
    shapes = load_shapes(SHAPES, iris.rebase)
    ontology = Graph().parse(data=iris.rebase(ONTOLOGY.read_text(encoding="utf-8")), format="turtle")
    data = Graph().parse(data=iris.rebase(SAMPLE.read_text(encoding="utf-8")), format="turtle")
    result = validate(data, shapes, ontology)
    assert result.conforms, result.text
    bad = URIRef("http://localhost:8000/resource/Bad_Slug")
    data = rename(data, URIRef("http://localhost:8000/resource/openai"), bad)
    assert violations_at(validate(data, shapes, ontology), bad, None)


# --- what is reported, one rule at a time -------------------------------------------------------------------

def test_missing_english_label(sample, shapes, ontology):
    sample.remove((FMR.openai, RDFS.label, None))
    assert_reported(validate(sample, shapes, ontology), FMR.openai, RDFS.label, "no name")


def test_label_without_language_tag(sample, shapes, ontology):
    sample.set((FMR.openai, RDFS.label, Literal("OpenAI")))
    assert_reported(validate(sample, shapes, ontology), FMR.openai, RDFS.label, "@en")


def test_label_in_another_language(sample, shapes, ontology):
    sample.set((FMR.openai, RDFS.label, Literal("OpenAI", lang="fr")))
    assert_reported(validate(sample, shapes, ontology), FMR.openai, RDFS.label, "@en")


def test_two_labels(sample, shapes, ontology):
    sample.add((FMR.openai, RDFS.label, Literal("Open AI", lang="en")))
    assert_reported(validate(sample, shapes, ontology), FMR.openai, RDFS.label, "skos:altLabel")


def test_untagged_alt_label(sample, shapes, ontology):
    sample.add((FMR["eu-ai-act"], SKOS.altLabel, Literal("Artificial Intelligence Act")))
    assert_reported(validate(sample, shapes, ontology), FMR["eu-ai-act"], SKOS.altLabel, "language tag")


def test_open_weights_as_a_string(sample, shapes, ontology):
    sample.set((FMR["gpt-4o"], FM.openWeights, Literal("yes")))
    assert_reported(validate(sample, shapes, ontology), FMR["gpt-4o"], FM.openWeights, "xsd:boolean")


def test_open_weights_twice(sample, shapes, ontology):
    sample.add((FMR["gpt-4o"], FM.openWeights, Literal(True)))
    assert_reported(validate(sample, shapes, ontology), FMR["gpt-4o"], FM.openWeights, "one value")


def test_developed_by_a_literal(sample, shapes, ontology):
    sample.add((FMR["gpt-4o"], FM.developedBy, Literal("OpenAI")))
    assert_reported(validate(sample, shapes, ontology), FMR["gpt-4o"], FM.developedBy, "never to a name")


def test_developed_by_something_that_is_not_an_organization(sample, shapes, ontology):
    sample.add((FMR["gpt-4o"], FM.developedBy, FMR.text))
    assert_reported(validate(sample, shapes, ontology), FMR["gpt-4o"], FM.developedBy, "fm:Organization")


def test_imposes_obligation_on_a_non_obligation(sample, shapes, ontology):
    sample.add((FMR["eu-ai-act"], FM.imposesObligation, FMR["systemic-risk"]))
    assert_reported(validate(sample, shapes, ontology), FMR["eu-ai-act"], FM.imposesObligation, "fm:Obligation")


def test_mentioned_in_a_non_document(sample, shapes, ontology):
    sample.add((FMR.text, FM.mentionedIn, FMR.openai))
    assert_reported(validate(sample, shapes, ontology), FMR.text, FM.mentionedIn, "fm:Document")


@pytest.mark.parametrize("slug", ["GPT-4o", "gpt_4o", "gpt--4o", "-gpt-4o"])
def test_bad_slug(sample, shapes, ontology, slug):
    bad = URIRef(str(FMR) + slug)
    data = rename(sample, FMR["gpt-4o"], bad)
    # The IRI pattern is a constraint on the entity itself: the report has the focus node and no path.
    assert_reported(validate(data, shapes, ontology), bad, None, "slug")


def test_missing_superclass_type(sample, shapes, ontology):
    sample.remove((FMR["claude-3-5"], RDF.type, FM.FoundationModel))
    assert_reported(validate(sample, shapes, ontology), FMR["claude-3-5"], RDF.type, "fm:FoundationModel")


def test_document_without_sha256(sample, shapes, ontology):
    sample.remove((DOC_000, FM.sha256, None))
    assert_reported(validate(sample, shapes, ontology), DOC_000, FM.sha256, "sha-256")


def test_document_with_malformed_sha256(sample, shapes, ontology):
    sample.set((DOC_000, FM.sha256, Literal("63AAC111")))
    assert_reported(validate(sample, shapes, ontology), DOC_000, FM.sha256, "hexadecimal")


def test_document_without_english_title(sample, shapes, ontology):
    sample.set((DOC_000, DCTERMS.title, Literal("Foundation Models")))
    assert_reported(validate(sample, shapes, ontology), DOC_000, DCTERMS.title, "dcterms:title")


def test_document_with_bad_iri(sample, shapes, ontology):
    bad = URIRef("https://w3id.org/fmkg/document/has space")
    data = rename(sample, DOC_000, bad)
    assert_reported(validate(data, shapes, ontology), bad, None, "doc-id")


def test_statement_without_evidence(sample, shapes, ontology):
    sample.remove((STATEMENT, FM.evidence, None))
    assert_reported(validate(sample, shapes, ontology), STATEMENT, FM.evidence, "evidence")


def test_statement_without_document(sample, shapes, ontology):
    sample.remove((STATEMENT, PROV.wasDerivedFrom, None))
    assert_reported(validate(sample, shapes, ontology), STATEMENT, PROV.wasDerivedFrom, "fm:Document")


def test_statement_with_two_subjects(sample, shapes, ontology):
    sample.add((STATEMENT, RDF.subject, FMR.claude))
    assert_reported(validate(sample, shapes, ontology), STATEMENT, RDF.subject, "exactly one rdf:subject")


def test_evidence_span_offsets_reversed(sample, shapes, ontology):
    sample.set((POSITION, OA.start, Literal(3000)))
    assert_reported(validate(sample, shapes, ontology), POSITION, OA.start, "smaller than oa:end")


def test_evidence_span_offset_as_string(sample, shapes, ontology):
    sample.set((POSITION, OA.end, Literal("2737")))
    assert_reported(validate(sample, shapes, ontology), POSITION, OA.end, "xsd:integer")


def test_curated_statement_without_date(sample, shapes, ontology):
    sample.parse(CURATED, format="turtle")
    statement = FMS["curated-gpt-4-wikidata"]
    sample.remove((statement, DCTERMS.date, None))
    assert_reported(validate(sample, shapes, ontology), statement, DCTERMS.date, "dcterms:date")


def test_curated_statement_date_must_be_a_date(sample, shapes, ontology):
    sample.parse(CURATED, format="turtle")
    statement = FMS["curated-openai-wikidata"]
    sample.set((statement, DCTERMS.date, Literal("22 November 2026")))
    assert_reported(validate(sample, shapes, ontology), statement, DCTERMS.date, "xsd:date")
