"""The OWL ontology: it parses, documents every term, declares domains and ranges, and is consistent with data.

Consistency is checked with owlrl's OWL 2 RL closure. owlrl reports an inconsistency (for example an individual
of two disjoint classes) by adding ``[] a err:ErrorMessage ; err:error "..."`` to the graph, with
``err: <http://www.daml.org/2002/03/agents/agent-ont#>``; a class that becomes unsatisfiable shows up as members of
owl:Nothing. Both are checked, and a deliberately inconsistent sample proves that the check can fail.
"""

from __future__ import annotations

from pathlib import Path

import owlrl
import pytest
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef

from fmkg.graph.diagram import ontology_dot
from fmkg.iri import Iris

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY = ROOT / "ontology" / "fmkg.ttl"
SAMPLE = ROOT / "tests" / "fixtures" / "fmkg-sample.ttl"
CURATED = ROOT / "data" / "curated" / "wikidata.ttl"

FM = Namespace("https://w3id.org/fmkg/ontology#")
FMR = Namespace("https://w3id.org/fmkg/resource/")
ONTOLOGY_IRI = URIRef("https://w3id.org/fmkg/ontology")
ERR = Namespace("http://www.daml.org/2002/03/agents/agent-ont#")
SCHEMA = Namespace("http://schema.org/")
DCTERMS = Namespace("http://purl.org/dc/terms/")
VANN = Namespace("http://purl.org/vocab/vann/")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
# An open Namespace: rdflib's closed XSD namespace warns when pytest inspects module globals.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")

# docs/data-model.md and the public interface: the terms other modules rely on.
CONTRACT_CLASSES = {
    "FoundationModel": None, "LanguageModel": "FoundationModel", "VisionModel": "FoundationModel",
    "MultimodalModel": "FoundationModel", "CodeModel": "FoundationModel", "DomainSpecificModel": "FoundationModel",
    "Organization": None, "Provider": "Organization", "ResearchOrganization": "Organization",
    "PublicAuthority": "Organization", "Modality": None, "ApplicationDomain": None, "AdaptationMethod": None,
    "Architecture": None, "Risk": None, "Challenge": None, "Characteristic": None, "EconomicImpact": None,
    "GovernanceInstrument": None, "Regulation": "GovernanceInstrument", "CodeOfPractice": "GovernanceInstrument",
    "Framework": "GovernanceInstrument", "Obligation": None, "SystemicRiskObligation": "Obligation",
    "Document": None, "EvidenceSpan": None,
    # 0.2.0
    "ImageGenerationModel": "FoundationModel", "VideoGenerationModel": "FoundationModel",
    "SpeechModel": "FoundationModel", "EmbeddingModel": "FoundationModel", "VisionLanguageModel": "MultimodalModel",
    "ReasoningModel": "LanguageModel", "Platform": None, "Place": None, "License": None, "AccessLevel": None,
    "RiskTier": None, "RegulatedRole": None,
}
CONTRACT_OBJECT_PROPERTIES = {
    "developedBy": ({"FoundationModel"}, "Organization"),
    "hasModality": ({"FoundationModel"}, "Modality"),
    "applicationDomain": ({"FoundationModel"}, "ApplicationDomain"),
    "modelFamily": ({"FoundationModel"}, "FoundationModel"),
    "imposesObligation": ({"GovernanceInstrument"}, "Obligation"),
    "addressesRisk": ({"GovernanceInstrument", "AdaptationMethod"}, "Risk"),
    "addressesChallenge": ({"AdaptationMethod"}, "Challenge"),
    "issuedBy": ({"GovernanceInstrument"}, "Organization"),
    "mentionedIn": (None, "Document"),
    "evidence": (None, "EvidenceSpan"),
    # 0.2.0
    "accessLevel": ({"FoundationModel"}, "AccessLevel"),
    "basedOn": ({"FoundationModel"}, "FoundationModel"),
    "fineTunedFrom": ({"FoundationModel"}, "FoundationModel"),
    "distilledFrom": ({"FoundationModel"}, "FoundationModel"),
    "quantizedFrom": ({"FoundationModel"}, "FoundationModel"),
    "hasArchitecture": ({"FoundationModel"}, "Architecture"),
    "inputModality": ({"FoundationModel"}, "Modality"),
    "outputModality": ({"FoundationModel"}, "Modality"),
    "availableOn": ({"FoundationModel"}, "Platform"),
    "operatedBy": ({"Platform"}, "Organization"),
    "headquarters": ({"Organization"}, "Place"),
    "parentOrganization": ({"Organization"}, "Organization"),
    "definesRiskTier": ({"Regulation"}, "RiskTier"),
    "obligationBearer": ({"Obligation"}, "RegulatedRole"),
}
# Object properties whose range is another vocabulary's class.
EXTERNAL_RANGE_OBJECT_PROPERTIES = {
    "license": ({"FoundationModel"}, DCTERMS.LicenseDocument),
}
CONTRACT_DATATYPE_PROPERTIES = {
    "openWeights": ("FoundationModel", XSD.boolean),
    "sha256": ("Document", XSD.string),
    "characterCount": ("Document", XSD.integer),
    # 0.2.0
    "releaseDate": ("FoundationModel", RDFS.Literal),
    "parameterCount": ("FoundationModel", XSD.decimal),
    "activeParameterCount": ("FoundationModel", XSD.decimal),
    "contextWindow": ("FoundationModel", XSD.integer),
    "foundingDate": ("Organization", RDFS.Literal),
    "appliesFrom": (None, RDFS.Literal),
    "systemicRiskThreshold": ("Regulation", XSD.decimal),
    "extractionRule": ("Statement", XSD.string),
}
# At most one value each: declared owl:FunctionalProperty (and sh:maxCount 1 in the shapes).
FUNCTIONAL_PROPERTIES = ("openWeights", "releaseDate", "parameterCount", "activeParameterCount", "contextWindow",
                         "foundingDate", "systemicRiskThreshold", "accessLevel")
ACCESS_LEVELS = ("OpenWeightsAccess", "APIOnlyAccess", "ClosedAccess")

# Namespaces the alignments may point into: each term used was checked in the vocabulary's published source.
ALIGNED_NAMESPACES = (
    "https://w3id.org/airo#", "https://w3id.org/vair#", "https://w3id.org/dpv#", "https://w3id.org/dpv/ai#",
    "http://schema.org/", "http://www.w3.org/ns/prov#", "http://www.w3.org/2004/02/skos/core#",
    "http://purl.org/dc/terms/", "http://purl.org/dc/dcmitype/", "http://www.w3.org/ns/oa#",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "http://www.wikidata.org/entity/",
    "http://www.wikidata.org/prop/direct/", "https://w3id.org/dpv/legal/eu/aiact#",
)
ALIGNMENT_PREDICATES = (RDFS.subClassOf, RDFS.subPropertyOf, OWL.equivalentClass, OWL.inverseOf, SKOS.exactMatch,
                        SKOS.closeMatch, SKOS.broadMatch, SKOS.narrowMatch)


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ONTOLOGY, format="turtle")


def own_terms(graph: Graph, kind: URIRef) -> list[URIRef]:
    return sorted(t for t in graph.subjects(RDF.type, kind) if str(t).startswith(str(FM)))


def english(graph: Graph, term: URIRef, predicate: URIRef) -> list[Literal]:
    return [o for o in graph.objects(term, predicate) if isinstance(o, Literal) and o.language == "en"]


def closure_problems(graph: Graph) -> tuple[list[str], list]:
    """Run the OWL 2 RL closure on ``graph`` (in place) and return owlrl's error messages and owl:Nothing members."""
    owlrl.DeductiveClosure(owlrl.OWLRL_Semantics).expand(graph)
    errors = sorted(str(o) for o in graph.objects(None, ERR.error))
    nothing = sorted(graph.subjects(RDF.type, OWL.Nothing))
    return errors, nothing


# --- the ontology as a document ----------------------------------------------------------------------------

def test_ontology_parses_without_blank_nodes(ontology):
    assert len(ontology) > 100
    assert not [t for t in ontology if any(isinstance(x, BNode) for x in t)], "fmkg publishes no blank nodes"


def test_ontology_header(ontology):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in ontology
    assert ontology.value(ONTOLOGY_IRI, OWL.versionIRI) == URIRef("https://w3id.org/fmkg/ontology/0.2.0")
    assert str(ontology.value(ONTOLOGY_IRI, OWL.versionInfo)) == "0.2.0"
    assert english(ontology, ONTOLOGY_IRI, DCTERMS.title)
    assert english(ontology, ONTOLOGY_IRI, DCTERMS.description)
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.license) == URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert str(ontology.value(ONTOLOGY_IRI, DCTERMS.creator)) == "fmkg contributors"
    assert ontology.value(ONTOLOGY_IRI, DCTERMS.created).datatype == XSD.date
    assert str(ontology.value(ONTOLOGY_IRI, VANN.preferredNamespacePrefix)) == "fm"
    assert str(ontology.value(ONTOLOGY_IRI, VANN.preferredNamespaceUri)) == str(FM)


def test_contract_classes_and_hierarchy(ontology):
    classes = set(own_terms(ontology, OWL.Class))
    for name, parent in CONTRACT_CLASSES.items():
        assert FM[name] in classes, f"fm:{name} is missing"
        if parent:
            assert (FM[name], RDFS.subClassOf, FM[parent]) in ontology, f"fm:{name} should be under fm:{parent}"


def test_every_term_has_english_label_comment_and_is_defined_by(ontology):
    terms = own_terms(ontology, OWL.Class) + own_terms(ontology, OWL.ObjectProperty) \
        + own_terms(ontology, OWL.DatatypeProperty)
    assert len(terms) >= len(CONTRACT_CLASSES) + len(CONTRACT_OBJECT_PROPERTIES) + len(CONTRACT_DATATYPE_PROPERTIES)
    for term in terms:
        assert len(english(ontology, term, RDFS.label)) == 1, f"{term}: one English rdfs:label"
        assert len(english(ontology, term, RDFS.comment)) == 1, f"{term}: one English rdfs:comment"
        assert ontology.value(term, RDFS.isDefinedBy) == ONTOLOGY_IRI, f"{term}: rdfs:isDefinedBy the ontology"


def test_every_fm_iri_used_is_declared(ontology):
    declared = set(own_terms(ontology, OWL.Class) + own_terms(ontology, OWL.ObjectProperty)
                   + own_terms(ontology, OWL.DatatypeProperty) + own_terms(ontology, OWL.NamedIndividual)
                   + own_terms(ontology, SKOS.ConceptScheme))
    used = {x for t in ontology for x in t if isinstance(x, URIRef) and str(x).startswith(str(FM))}
    assert used <= declared, f"used but not declared: {sorted(used - declared)}"


def test_object_properties_declare_domain_and_range(ontology):
    properties = own_terms(ontology, OWL.ObjectProperty)
    assert set(properties) >= {FM[name] for name in CONTRACT_OBJECT_PROPERTIES}
    for prop in properties:
        domains = set(ontology.objects(prop, RDFS.domain)) | set(ontology.objects(prop, SCHEMA.domainIncludes))
        ranges = set(ontology.objects(prop, RDFS.range))
        assert domains, f"{prop} has no domain"
        assert len(ranges) == 1, f"{prop} needs exactly one range"
        assert (prop, RDF.type, OWL.DatatypeProperty) not in ontology
    expected = {name: (domain, FM[range_]) for name, (domain, range_) in CONTRACT_OBJECT_PROPERTIES.items()}
    expected.update(EXTERNAL_RANGE_OBJECT_PROPERTIES)
    for name, (domain, range_) in expected.items():
        prop = FM[name]
        assert ontology.value(prop, RDFS.range) == range_, name
        if domain:
            found = set(ontology.objects(prop, RDFS.domain)) | set(ontology.objects(prop, SCHEMA.domainIncludes))
            assert found == {FM[d] for d in domain}, name


def test_datatype_properties(ontology):
    for name, (domain, range_) in CONTRACT_DATATYPE_PROPERTIES.items():
        prop = FM[name]
        assert (prop, RDF.type, OWL.DatatypeProperty) in ontology
        assert (prop, RDF.type, OWL.ObjectProperty) not in ontology
        assert ontology.value(prop, RDFS.range) == range_, name
        if domain == "Statement":
            assert ontology.value(prop, RDFS.domain) == RDF.Statement
        elif domain:
            assert ontology.value(prop, RDFS.domain) == FM[domain], name
    # A property of several kinds of subject lists them with schema:domainIncludes (no blank-node unions).
    assert set(ontology.objects(FM.appliesFrom, SCHEMA.domainIncludes)) == {FM.Obligation, FM.Regulation}


def test_new_terms_have_label_comment_domain_and_range(ontology):
    """Every term added in 0.2.0, one by one, so that a missing one is named in the failure."""
    new_properties = list(CONTRACT_OBJECT_PROPERTIES)[10:] + list(EXTERNAL_RANGE_OBJECT_PROPERTIES) \
        + list(CONTRACT_DATATYPE_PROPERTIES)[3:]
    assert len(new_properties) == 23
    for name in new_properties:
        prop = FM[name]
        assert len(english(ontology, prop, RDFS.label)) == 1, name
        assert len(english(ontology, prop, RDFS.comment)) == 1, name
        assert ontology.value(prop, RDFS.isDefinedBy) == ONTOLOGY_IRI, name
        assert set(ontology.objects(prop, RDFS.domain)) | set(ontology.objects(prop, SCHEMA.domainIncludes)), name
        assert ontology.value(prop, RDFS.range) is not None, name
    for name in list(CONTRACT_CLASSES)[26:]:
        cls = FM[name]
        assert (cls, RDF.type, OWL.Class) in ontology, name
        assert len(english(ontology, cls, RDFS.label)) == 1, name
        assert len(english(ontology, cls, RDFS.comment)) == 1, name


def test_new_hierarchy(ontology):
    def supers(cls):
        return set(ontology.transitive_objects(FM[cls], RDFS.subClassOf))

    assert FM.LanguageModel in supers("ReasoningModel") and FM.FoundationModel in supers("ReasoningModel")
    assert FM.MultimodalModel in supers("VisionLanguageModel")
    assert FM.FoundationModel in supers("VisionLanguageModel")
    for cls in ("ImageGenerationModel", "VideoGenerationModel", "SpeechModel", "EmbeddingModel"):
        assert (FM[cls], RDFS.subClassOf, FM.FoundationModel) in ontology
    # A platform is a service, not an organization; concepts are SKOS concepts; a risk tier is not a risk.
    assert FM.Organization not in supers("Platform")
    assert (FM.Platform, RDFS.subClassOf, SCHEMA.Service) in ontology
    for cls in ("AccessLevel", "RiskTier", "RegulatedRole"):
        assert (FM[cls], RDFS.subClassOf, SKOS.Concept) in ontology
    assert FM.Risk not in supers("RiskTier")
    assert (FM.Risk, OWL.disjointWith, FM.RiskTier) in ontology
    for sub in ("fineTunedFrom", "distilledFrom", "quantizedFrom"):
        assert (FM[sub], RDFS.subPropertyOf, FM.basedOn) in ontology
    for sub in ("inputModality", "outputModality"):
        assert (FM[sub], RDFS.subPropertyOf, FM.hasModality) in ontology
    for name in FUNCTIONAL_PROPERTIES:
        assert (FM[name], RDF.type, OWL.FunctionalProperty) in ontology, name


def test_access_levels_are_a_concept_scheme(ontology):
    scheme = FM.AccessLevels
    assert (scheme, RDF.type, SKOS.ConceptScheme) in ontology
    assert english(ontology, scheme, SKOS.prefLabel) and english(ontology, scheme, SKOS.definition)
    assert set(ontology.subjects(SKOS.topConceptOf, scheme)) == {FM[level] for level in ACCESS_LEVELS}
    # Not both directions: pySHACL deep-copies named individuals and would follow the cycle (see the ontology).
    assert not list(ontology.objects(scheme, SKOS.hasTopConcept))
    assert set(ontology.subjects(RDF.type, FM.AccessLevel)) == {FM[level] for level in ACCESS_LEVELS}
    for level in ACCESS_LEVELS:
        concept = FM[level]
        assert (concept, RDF.type, OWL.NamedIndividual) in ontology
        assert (concept, SKOS.inScheme, scheme) in ontology
        assert (concept, SKOS.topConceptOf, scheme) in ontology
        assert len(english(ontology, concept, SKOS.prefLabel)) == 1, level
        assert len(english(ontology, concept, RDFS.label)) == 1, level
        assert len(english(ontology, concept, SKOS.definition)) == 1, level
        assert ontology.value(concept, RDFS.isDefinedBy) == ONTOLOGY_IRI
    assert "fm:accessLevel" in str(ontology.value(FM.openWeights, RDFS.comment))


def test_alignments_point_into_checked_vocabularies(ontology):
    for predicate in ALIGNMENT_PREDICATES:
        for subject, target in ontology.subject_objects(predicate):
            if str(target).startswith(str(FM)):
                continue
            assert str(subject).startswith(str(FM))
            assert str(target).startswith(ALIGNED_NAMESPACES), f"{subject} {predicate} {target}"


def test_key_alignments(ontology):
    prov = Namespace("http://www.w3.org/ns/prov#")
    oa = Namespace("http://www.w3.org/ns/oa#")
    assert (FM.Document, RDFS.subClassOf, prov.Entity) in ontology
    assert (FM.Organization, RDFS.subClassOf, prov.Organization) in ontology
    assert (FM.Organization, RDFS.subClassOf, SCHEMA.Organization) in ontology
    assert (FM.EvidenceSpan, RDFS.subClassOf, oa.SpecificResource) in ontology
    assert (FM.Risk, RDFS.subClassOf, URIRef("https://w3id.org/airo#Risk")) in ontology
    assert (FM.LanguageModel, SKOS.closeMatch, URIRef("http://www.wikidata.org/entity/Q115305900")) in ontology


def test_alignments_of_the_new_terms(ontology):
    """Each IRI checked in its published source (see the header of ontology/fmkg.ttl)."""
    wdt = Namespace("http://www.wikidata.org/prop/direct/")
    airo = Namespace("https://w3id.org/airo#")
    aiact = Namespace("https://w3id.org/dpv/legal/eu/aiact#")
    prov = Namespace("http://www.w3.org/ns/prov#")
    expected = [
        (FM.Platform, RDFS.subClassOf, SCHEMA.Service),
        (FM.Place, RDFS.subClassOf, SCHEMA.Place),
        (FM.License, RDFS.subClassOf, DCTERMS.LicenseDocument),
        (FM.License, SKOS.closeMatch, airo.License),
        (FM.RiskTier, SKOS.narrowMatch, aiact.RiskLevel),
        (FM.RiskTier, SKOS.broadMatch, URIRef("https://w3id.org/dpv#RiskLevel")),
        (FM.RegulatedRole, SKOS.narrowMatch, aiact.AIOperator),
        (FM.releaseDate, RDFS.subPropertyOf, SCHEMA.datePublished),
        (FM.releaseDate, SKOS.closeMatch, wdt.P577),
        (FM.license, RDFS.subPropertyOf, airo.hasLicense),
        (FM.license, SKOS.closeMatch, DCTERMS.license),
        (FM.license, SKOS.closeMatch, SCHEMA.license),
        (FM.license, SKOS.closeMatch, wdt.P275),
        (FM.basedOn, RDFS.subPropertyOf, prov.wasDerivedFrom),
        (FM.basedOn, SKOS.closeMatch, wdt.P144),
        (FM.foundingDate, RDFS.subPropertyOf, SCHEMA.foundingDate),
        (FM.foundingDate, SKOS.closeMatch, wdt.P571),
        (FM.headquarters, RDFS.subPropertyOf, SCHEMA.location),
        (FM.headquarters, SKOS.closeMatch, wdt.P159),
        (FM.parentOrganization, RDFS.subPropertyOf, SCHEMA.parentOrganization),
        (FM.parentOrganization, SKOS.closeMatch, wdt.P749),
        (FM.operatedBy, RDFS.subPropertyOf, SCHEMA.provider),
    ]
    missing = [triple for triple in expected if triple not in ontology]
    assert not missing, missing
    # No alignment of the parameter counts: no Wikidata property for them was confirmed.
    assert not [o for p in ALIGNMENT_PREDICATES for o in ontology.objects(FM.parameterCount, p)]


# --- reasoning -----------------------------------------------------------------------------------------------

def test_ontology_alone_is_consistent(ontology):
    graph = Graph() + ontology
    assert closure_problems(graph) == ([], [])


def test_ontology_with_sample_and_curated_links_is_consistent(ontology):
    graph = Graph() + ontology
    graph.parse(SAMPLE, format="turtle")
    graph.parse(CURATED, format="turtle")
    errors, nothing = closure_problems(graph)
    assert errors == []
    assert nothing == []
    # The closure did run: superclasses and alignments are inferred.
    assert (FMR["gpt-4o"], RDF.type, URIRef("https://w3id.org/airo#AIModel")) in graph
    assert (FMR["openai"], RDF.type, URIRef("http://www.w3.org/ns/prov#Organization")) in graph


def test_model_subclasses_and_organization_roles_may_coincide(ontology):
    graph = Graph() + ontology
    graph.parse(SAMPLE, format="turtle")
    model = FMR["example-model"]
    for cls in ("MultimodalModel", "LanguageModel", "CodeModel", "VisionModel", "DomainSpecificModel",
                "ImageGenerationModel", "VideoGenerationModel", "SpeechModel", "EmbeddingModel",
                "VisionLanguageModel", "ReasoningModel"):
        graph.add((model, RDF.type, FM[cls]))
    for cls in ("Provider", "ResearchOrganization", "PublicAuthority"):
        graph.add((FMR["openai"], RDF.type, FM[cls]))
    assert closure_problems(graph) == ([], [])


@pytest.mark.parametrize("first, second", [
    ("FoundationModel", "Organization"),
    ("FoundationModel", "Document"),
    ("Organization", "Document"),
    ("GovernanceInstrument", "Obligation"),
    ("RiskTier", "Risk"),
    ("FoundationModel", "Platform"),
    ("Organization", "RegulatedRole"),
    ("AccessLevel", "RiskTier"),
])
def test_disjoint_classes_are_detected(ontology, first, second):
    graph = Graph() + ontology
    graph.parse(SAMPLE, format="turtle")
    confused = FMR["confused"]
    graph.add((confused, RDF.type, FM[first]))
    graph.add((confused, RDF.type, FM[second]))
    errors, _ = closure_problems(graph)
    assert any(str(confused) in error for error in errors), errors


def test_model_typed_as_organization_by_a_range_is_detected(ontology):
    """An inconsistency that only inference reveals: something developed gpt-4o that is a foundation model."""
    graph = Graph() + ontology
    graph.parse(SAMPLE, format="turtle")
    graph.add((FMR["gpt-4o"], FM.developedBy, FMR["claude"]))
    errors, _ = closure_problems(graph)
    assert any(str(FMR["claude"]) in error for error in errors), errors


def test_model_with_two_access_levels_is_detected(ontology):
    """fm:accessLevel is functional and the three levels are owl:differentFrom one another."""
    graph = Graph() + ontology
    graph.parse(SAMPLE, format="turtle")
    graph.add((FMR["gpt-4o"], FM.accessLevel, FM.APIOnlyAccess))
    assert closure_problems(graph) == ([], [])
    graph = Graph() + ontology
    graph.parse(SAMPLE, format="turtle")
    graph.add((FMR["gpt-4o"], FM.accessLevel, FM.APIOnlyAccess))
    graph.add((FMR["gpt-4o"], FM.accessLevel, FM.OpenWeightsAccess))
    errors, _ = closure_problems(graph)
    assert errors, "two access levels for one model should be inconsistent"


def test_new_facts_are_consistent_with_the_ontology(ontology):
    """A sample of what the extractor now states, closed under OWL 2 RL, has no inconsistency."""
    graph = Graph() + ontology
    graph.parse(SAMPLE, format="turtle")
    model, org = FMR["gpt-4o"], FMR["openai"]
    bedrock, city, tier, role = FMR["amazon-bedrock"], FMR["san-francisco"], FMR["high-risk"], FMR["deployer"]
    graph.add((bedrock, RDF.type, FM.Platform))
    graph.add((city, RDF.type, FM.Place))
    graph.add((tier, RDF.type, FM.RiskTier))
    graph.add((role, RDF.type, FM.RegulatedRole))
    for triple in [
        (model, FM.releaseDate, Literal("2024-05", datatype=XSD.gYearMonth)),
        (model, FM.parameterCount, Literal("200000000000", datatype=XSD.decimal)),
        (model, FM.contextWindow, Literal(128000, datatype=XSD.integer)),
        (model, FM.accessLevel, FM.APIOnlyAccess),
        (model, FM.license, URIRef("http://spdx.org/licenses/Apache-2.0")),
        (model, FM.availableOn, bedrock),
        (model, FM.fineTunedFrom, FMR["claude"]),
        (bedrock, FM.operatedBy, org),
        (org, FM.headquarters, city),
        (org, FM.foundingDate, Literal("2015", datatype=XSD.gYear)),
        (FMR["eu-ai-act"], FM.definesRiskTier, tier),
        (FMR["eu-ai-act"], FM.systemicRiskThreshold, Literal("10000000000000000000000000", datatype=XSD.decimal)),
    ]:
        graph.add(triple)
    assert closure_problems(graph) == ([], [])
    # The closure did run: subproperties and alignments are inferred.
    assert (model, FM.basedOn, FMR["claude"]) in graph
    assert (URIRef("http://spdx.org/licenses/Apache-2.0"), RDF.type, DCTERMS.LicenseDocument) in graph


def test_rebased_ontology_keeps_its_terms():
    """The ontology document moves with the base; its terms keep the w3id namespace unless it is set (issue 13)."""
    text = Iris("http://localhost:8000/").rebase(ONTOLOGY.read_text(encoding="utf-8"))
    graph = Graph().parse(data=text, format="turtle")
    assert (URIRef("http://localhost:8000/ontology"), RDF.type, OWL.Ontology) in graph
    assert (URIRef("https://w3id.org/fmkg/ontology#LanguageModel"), RDFS.subClassOf,
            URIRef("https://w3id.org/fmkg/ontology#FoundationModel")) in graph
    moved = Iris("http://localhost:8000/", "http://localhost:8000/ontology#").rebase(ONTOLOGY.read_text(encoding="utf-8"))
    assert (URIRef("http://localhost:8000/ontology#LanguageModel"), RDFS.subClassOf,
            URIRef("http://localhost:8000/ontology#FoundationModel")) in Graph().parse(data=moved, format="turtle")


# --- the picture of the data model -----------------------------------------------------------------------------

def test_diagram_is_deterministic_and_shows_classes_and_properties(ontology):
    dot = ontology_dot(ontology)
    assert dot == ontology_dot(Graph().parse(ONTOLOGY, format="turtle"))
    assert dot.startswith("digraph ontology {")
    assert "LanguageModel -> FoundationModel [arrowhead=empty" in dot
    assert 'FoundationModel -> Organization [label="developedBy"]' in dot
    assert 'GovernanceInstrument -> Risk [label="addressesRisk"]' in dot
    assert 'AdaptationMethod -> Risk [label="addressesRisk"]' in dot
    assert "openWeights: boolean" in dot


def test_committed_diagram_matches_the_ontology(ontology):
    committed = ROOT / "docs" / "data-model.dot"
    assert committed.read_text(encoding="utf-8") == ontology_dot(ontology), (
        "regenerate: python -m fmkg.graph.diagram ontology/fmkg.ttl docs/data-model.svg")
    assert (ROOT / "docs" / "data-model.svg").is_file()
