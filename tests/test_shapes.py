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


# --- the terms of ontology 0.2.0 --------------------------------------------------------------------------------

SPDX_APACHE = URIRef("http://spdx.org/licenses/Apache-2.0")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")


def with_new_facts(graph: Graph) -> Graph:
    """The sample with one well-formed instance of each kind of fact added in 0.2.0."""
    gpt, claude, openai, act = FMR["gpt-4o"], FMR.claude, FMR.openai, FMR["eu-ai-act"]
    entities = {
        FMR["amazon-bedrock"]: (FM.Platform, "Amazon Bedrock"),
        FMR["amazon-web-services"]: (FM.Organization, "Amazon Web Services"),
        FMR["san-francisco"]: (FM.Place, "San Francisco"),
        FMR["llama-3-1-community-license"]: (FM.License, "Llama 3.1 Community License"),
        FMR["high-risk"]: (FM.RiskTier, "high risk"),
        FMR["deployer"]: (FM.RegulatedRole, "deployer"),
        FMR["transformer"]: (FM.Architecture, "transformer"),
        FMR["o1"]: (FM.ReasoningModel, "o1"),
        FMR["pixtral"]: (FM.VisionLanguageModel, "Pixtral"),
    }
    for entity, (cls, label) in entities.items():
        graph.add((entity, RDF.type, cls))
        graph.add((entity, RDFS.label, Literal(label, lang="en")))
    for entity, supers in ((FMR["o1"], ("LanguageModel", "FoundationModel")),
                           (FMR["pixtral"], ("MultimodalModel", "FoundationModel"))):
        for cls in supers:
            graph.add((entity, RDF.type, FM[cls]))
    scheme = FMR["eu-ai-act-risk-tiers"]
    graph.add((scheme, RDF.type, SKOS.ConceptScheme))
    graph.add((FMR["high-risk"], SKOS.inScheme, scheme))
    for triple in [
        (gpt, FM.releaseDate, Literal("2024-05-13", datatype=XSD.date)),
        (gpt, FM.parameterCount, Literal("200000000000", datatype=XSD.decimal)),
        (gpt, FM.activeParameterCount, Literal("50000000000", datatype=XSD.decimal)),
        (gpt, FM.contextWindow, Literal(128000, datatype=XSD.integer)),
        (gpt, FM.accessLevel, FM.APIOnlyAccess),
        (gpt, FM.availableOn, FMR["amazon-bedrock"]),
        (gpt, FM.hasArchitecture, FMR.transformer),
        (gpt, FM.inputModality, FMR.image),
        (gpt, FM.outputModality, FMR.text),
        (claude, FM.releaseDate, Literal("2023-03", datatype=XSD.gYearMonth)),
        (claude, FM.license, FMR["llama-3-1-community-license"]),
        (FMR["claude-3-5"], FM.releaseDate, Literal("2024", datatype=XSD.gYear)),
        (FMR["claude-3-5"], FM.license, SPDX_APACHE),
        (FMR["claude-3-5"], FM.fineTunedFrom, claude),
        (FMR["o1"], FM.basedOn, gpt),
        (FMR["amazon-bedrock"], FM.operatedBy, FMR["amazon-web-services"]),
        (FMR["amazon-web-services"], FM.parentOrganization, openai),
        (openai, FM.foundingDate, Literal("2015-12", datatype=XSD.gYearMonth)),
        (openai, FM.headquarters, FMR["san-francisco"]),
        (act, FM.definesRiskTier, FMR["high-risk"]),
        (act, FM.systemicRiskThreshold, Literal("10000000000000000000000000", datatype=XSD.decimal)),
        (act, FM.appliesFrom, Literal("2024-08-01", datatype=XSD.date)),
        (act, FM.appliesFrom, Literal("2025-08-02", datatype=XSD.date)),
        (FMR.documentation, FM.obligationBearer, FMR.deployer),
        (FMR.documentation, FM.appliesFrom, Literal("2025-08-02", datatype=XSD.date)),
        (STATEMENT, FM.extractionRule, Literal("model-bullet")),
    ]:
        graph.add(triple)
    return graph


@pytest.fixture
def enriched(sample) -> Graph:
    return with_new_facts(sample)


def test_sample_with_the_new_facts_conforms(enriched, shapes, ontology):
    result = validate(enriched, shapes, ontology)
    assert result.conforms, result.text
    assert not result.violations, result.text  # not even a warning


def test_ontology_access_levels_conform_when_validated_as_data(shapes, ontology):
    """The build validates the ontology graph too: its three access levels meet fmsh:AccessLevelShape."""
    result = validate(Graph() + ontology, shapes, ontology)
    assert result.conforms, result.text


@pytest.mark.parametrize("value", [
    Literal("2024-05-13", datatype=XSD.date), Literal("2024-05", datatype=XSD.gYearMonth),
    Literal("2024", datatype=XSD.gYear),
])
def test_release_date_at_three_precisions(sample, shapes, ontology, value):
    sample.add((FMR["gpt-4o"], FM.releaseDate, value))
    result = validate(sample, shapes, ontology)
    assert result.conforms, result.text


@pytest.mark.parametrize("value", [
    Literal("July"), Literal("2024-05-13"), Literal("July 2024", lang="en"),
    Literal("2024-05-13T10:00:00", datatype=XSD.dateTime), Literal(2024),
])
def test_release_date_not_a_date(sample, shapes, ontology, value):
    sample.add((FMR["gpt-4o"], FM.releaseDate, value))
    assert_reported(validate(sample, shapes, ontology), FMR["gpt-4o"], FM.releaseDate, "not a plain string")


def test_two_release_dates(sample, shapes, ontology):
    sample.add((FMR["gpt-4o"], FM.releaseDate, Literal("2024-05-13", datatype=XSD.date)))
    sample.add((FMR["gpt-4o"], FM.releaseDate, Literal("2024", datatype=XSD.gYear)))
    assert_reported(validate(sample, shapes, ontology), FMR["gpt-4o"], FM.releaseDate, "at most one date")


@pytest.mark.parametrize("value", [
    Literal("-5", datatype=XSD.decimal), Literal("0", datatype=XSD.decimal),
    Literal(175000000000, datatype=XSD.integer), Literal("175 billion"),
])
def test_parameter_count_not_a_positive_decimal(sample, shapes, ontology, value):
    sample.add((FMR["gpt-4o"], FM.parameterCount, value))
    assert_reported(validate(sample, shapes, ontology), FMR["gpt-4o"], FM.parameterCount, "positive number")


def test_two_parameter_counts(enriched, shapes, ontology):
    enriched.add((FMR["gpt-4o"], FM.parameterCount, Literal("1800000000000", datatype=XSD.decimal)))
    assert_reported(validate(enriched, shapes, ontology), FMR["gpt-4o"], FM.parameterCount, "at most one")


def test_more_active_parameters_than_parameters(enriched, shapes, ontology):
    enriched.set((FMR["gpt-4o"], FM.activeParameterCount, Literal("300000000000", datatype=XSD.decimal)))
    assert_reported(validate(enriched, shapes, ontology), FMR["gpt-4o"], FM.activeParameterCount, "cannot exceed")


@pytest.mark.parametrize("value", [Literal(0), Literal("128k"), Literal("128000", datatype=XSD.decimal)])
def test_context_window_not_a_positive_integer(sample, shapes, ontology, value):
    sample.add((FMR["gpt-4o"], FM.contextWindow, value))
    assert_reported(validate(sample, shapes, ontology), FMR["gpt-4o"], FM.contextWindow, "positive xsd:integer")


@pytest.mark.parametrize("value", [FMR.openai, FMR.text, Literal("API only"), FM.AccessLevels])
def test_access_level_not_an_access_level(sample, shapes, ontology, value):
    sample.add((FMR["gpt-4o"], FM.accessLevel, value))
    assert_reported(validate(sample, shapes, ontology), FMR["gpt-4o"], FM.accessLevel, "fm:APIOnlyAccess")


def test_two_access_levels(sample, shapes, ontology):
    sample.add((FMR["gpt-4o"], FM.accessLevel, FM.APIOnlyAccess))
    sample.add((FMR["gpt-4o"], FM.accessLevel, FM.ClosedAccess))
    assert_reported(validate(sample, shapes, ontology), FMR["gpt-4o"], FM.accessLevel, "one value")


def test_access_level_minted_outside_the_scheme(sample, shapes, ontology):
    minted = FMR["open-source"]
    sample.add((minted, RDF.type, FM.AccessLevel))
    sample.add((minted, RDFS.label, Literal("open source", lang="en")))
    sample.add((minted, SKOS.inScheme, FM.AccessLevels))
    assert_reported(validate(sample, shapes, ontology), minted, None, "instead of minting another")


@pytest.mark.parametrize("open_weights, level, conforms", [
    (False, FM.APIOnlyAccess, True), (False, FM.ClosedAccess, True), (True, FM.OpenWeightsAccess, True),
    (False, FM.OpenWeightsAccess, False), (True, FM.APIOnlyAccess, False), (True, FM.ClosedAccess, False),
])
def test_open_weights_and_access_level_agree(sample, shapes, ontology, open_weights, level, conforms):
    sample.set((FMR["gpt-4o"], FM.openWeights, Literal(open_weights)))
    sample.add((FMR["gpt-4o"], FM.accessLevel, level))
    result = validate(sample, shapes, ontology)
    if conforms:
        assert result.conforms, result.text
    else:
        assert_reported(result, FMR["gpt-4o"], FM.accessLevel, "disagree")


def test_license_as_text(sample, shapes, ontology):
    sample.add((FMR["gpt-4o"], FM.license, Literal("Apache 2.0")))
    assert_reported(validate(sample, shapes, ontology), FMR["gpt-4o"], FM.license, "never a name written as text")


def test_license_typed_by_its_spdx_iri_is_accepted(sample, shapes, ontology):
    sample.add((FMR["gpt-4o"], FM.license, SPDX_APACHE))
    sample.add((SPDX_APACHE, RDF.type, FM.License))
    sample.add((SPDX_APACHE, RDFS.label, Literal("Apache License 2.0", lang="en")))
    result = validate(sample, shapes, ontology)
    assert result.conforms, result.text


@pytest.mark.parametrize("prop", [FM.basedOn, FM.fineTunedFrom, FM.distilledFrom, FM.quantizedFrom])
def test_lineage_pointing_to_something_not_a_model(sample, shapes, ontology, prop):
    sample.add((FMR["claude-3-5"], prop, FMR.anthropic))
    assert_reported(validate(sample, shapes, ontology), FMR["claude-3-5"], prop, "fm:FoundationModel")


def test_available_on_an_organization(sample, shapes, ontology):
    sample.add((FMR["gpt-4o"], FM.availableOn, FMR.openai))
    assert_reported(validate(sample, shapes, ontology), FMR["gpt-4o"], FM.availableOn, "fm:Platform")


def test_architecture_and_modalities_of_the_wrong_kind(sample, shapes, ontology):
    sample.add((FMR["gpt-4o"], FM.hasArchitecture, FMR.text))
    sample.add((FMR["gpt-4o"], FM.inputModality, FMR.openai))
    result = validate(sample, shapes, ontology)
    assert_reported(result, FMR["gpt-4o"], FM.hasArchitecture, "fm:Architecture")
    assert_reported(result, FMR["gpt-4o"], FM.inputModality, "fm:Modality")


def test_platform_operated_by_a_name(enriched, shapes, ontology):
    enriched.add((FMR["amazon-bedrock"], FM.operatedBy, Literal("AWS")))
    assert_reported(validate(enriched, shapes, ontology), FMR["amazon-bedrock"], FM.operatedBy, "never to a name")


def test_platform_with_bad_slug(enriched, shapes, ontology):
    bad = FMR["Amazon_Bedrock"]
    data = rename(enriched, FMR["amazon-bedrock"], bad)
    assert_reported(validate(data, shapes, ontology), bad, None, "slug")


def test_founding_date_as_a_string(sample, shapes, ontology):
    sample.add((FMR.openai, FM.foundingDate, Literal("December 2015")))
    assert_reported(validate(sample, shapes, ontology), FMR.openai, FM.foundingDate, "not a plain string")


def test_headquarters_and_parent_of_the_wrong_kind(sample, shapes, ontology):
    sample.add((FMR.openai, FM.headquarters, Literal("San Francisco")))
    sample.add((FMR.openai, FM.parentOrganization, FMR["gpt-4o"]))
    result = validate(sample, shapes, ontology)
    assert_reported(result, FMR.openai, FM.headquarters, "fm:Place")
    assert_reported(result, FMR.openai, FM.parentOrganization, "fm:Organization")


def test_regulation_defines_a_risk_instead_of_a_risk_tier(sample, shapes, ontology):
    sample.add((FMR["eu-ai-act"], FM.definesRiskTier, FMR["systemic-risk"]))
    assert_reported(validate(sample, shapes, ontology), FMR["eu-ai-act"], FM.definesRiskTier, "fm:RiskTier")


@pytest.mark.parametrize("value", [Literal(1e25), Literal("-1", datatype=XSD.decimal), Literal("10^25")])
def test_systemic_risk_threshold_not_a_positive_decimal(sample, shapes, ontology, value):
    sample.add((FMR["eu-ai-act"], FM.systemicRiskThreshold, value))
    assert_reported(validate(sample, shapes, ontology), FMR["eu-ai-act"], FM.systemicRiskThreshold, "FLOP")


def test_applies_from_not_a_date(sample, shapes, ontology):
    sample.add((FMR.documentation, FM.appliesFrom, Literal("2 August 2025")))
    sample.add((FMR["eu-ai-act"], FM.appliesFrom, Literal("2025-08", datatype=XSD.string)))
    result = validate(sample, shapes, ontology)
    assert_reported(result, FMR.documentation, FM.appliesFrom, "xsd:date")
    assert_reported(result, FMR["eu-ai-act"], FM.appliesFrom, "xsd:gYearMonth")


def test_applies_from_as_precise_as_the_source(sample, shapes, ontology):
    sample.add((FMR.documentation, FM.appliesFrom, Literal("2016-09", datatype=XSD.gYearMonth)))
    sample.add((FMR["eu-ai-act"], FM.appliesFrom, Literal("2026", datatype=XSD.gYear)))
    result = validate(sample, shapes, ontology)
    assert result.conforms, result.text


def test_obligation_borne_by_an_organization(sample, shapes, ontology):
    sample.add((FMR.documentation, FM.obligationBearer, FMR.openai))
    assert_reported(validate(sample, shapes, ontology), FMR.documentation, FM.obligationBearer, "fm:RegulatedRole")


def test_statement_with_empty_extraction_rule(sample, shapes, ontology):
    sample.add((STATEMENT, FM.extractionRule, Literal("")))
    assert_reported(validate(sample, shapes, ontology), STATEMENT, FM.extractionRule, "non-empty")


def test_risk_tier_outside_a_scheme_is_a_warning(enriched, shapes, ontology):
    enriched.remove((FMR["high-risk"], SKOS.inScheme, None))
    result = validate(enriched, shapes, ontology)
    assert result.conforms, "a missing scheme is reported as a warning, not a violation"
    found = violations_at(result, FMR["high-risk"], SKOS.inScheme)
    assert [v.severity for v in found] == ["Warning"], result.text


@pytest.mark.parametrize("model, missing, words", [
    ("o1", "LanguageModel", "fm:LanguageModel"), ("o1", "FoundationModel", "fm:FoundationModel"),
    ("pixtral", "MultimodalModel", "fm:MultimodalModel"),
])
def test_missing_superclass_type_of_the_new_model_kinds(enriched, shapes, ontology, model, missing, words):
    enriched.remove((FMR[model], RDF.type, FM[missing]))
    assert_reported(validate(enriched, shapes, ontology), FMR[model], RDF.type, words)
