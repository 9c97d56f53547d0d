"""The shapes run as SPARQL by Oxigraph report exactly what pySHACL, the reference, reports: on the real build's
data, on the same data broken once for every kind of constraint the shapes use, and for chosen focus nodes; what
the translator does not evaluate goes to pySHACL, never passes unchecked."""

from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import RDF, RDFS, XSD

from fmkg.config import Settings
from fmkg.validate import Unsupported, load_shapes, validate
from fmkg.validate.sparql import compile_shapes

ROOT = Path(__file__).resolve().parents[1]
FM = Namespace("https://w3id.org/fmkg/ontology#")
FMR = Namespace("https://w3id.org/fmkg/resource/")
OA = Namespace("http://www.w3.org/ns/oa#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
SH = Namespace("http://www.w3.org/ns/shacl#")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return load_shapes(ROOT / "ontology" / "shapes.ttl")


@pytest.fixture(scope="module")
def ontology() -> Graph:
    return Graph().parse(ROOT / "ontology" / "fmkg.ttl", format="turtle")


@pytest.fixture(scope="module")
def built(built_settings: Settings) -> Graph:
    """The union of every graph of the real build (``fmkg build`` of the repository's documents)."""
    dataset = Dataset()
    dataset.parse(built_settings.dist / "fmkg.trig", format="trig")
    union = Graph()
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def results(result) -> set[tuple[str, str, str, str, str, str]]:
    return {(v.focus_node, v.path, v.component, v.severity, v.value, v.message) for v in result.violations}


def both(data: Graph, shapes: Graph, ontology: Graph, **options):
    fast = validate(data, shapes, ontology, engine="sparql", **options)
    reference = validate(data, shapes, ontology, engine="pyshacl", **options)
    assert fast.engine == "sparql" and reference.engine == "pyshacl"
    return fast, reference


def one(graph: Graph, query: str) -> URIRef:
    rows = list(graph.query("PREFIX fm: <https://w3id.org/fmkg/ontology#> PREFIX oa: <http://www.w3.org/ns/oa#> "
                            "PREFIX dcterms: <http://purl.org/dc/terms/> " + query))
    assert rows, f"the real build has nothing for {query}"
    return rows[0][0]


def break_every_kind(data: Graph) -> Graph:
    """The real build with one broken fact for each constraint component that ontology/shapes.ttl uses."""
    broken = Graph()
    broken += data
    model = one(data, "SELECT ?m WHERE { ?m fm:accessLevel fm:OpenWeightsAccess ; fm:openWeights true } ORDER BY ?m")
    other = one(data, f"SELECT ?m WHERE {{ ?m a fm:LanguageModel FILTER (?m != <{model}>) }} ORDER BY ?m")
    org = one(data, "SELECT ?o WHERE { ?o a fm:Organization } ORDER BY ?o")
    org2 = one(data, f"SELECT ?o WHERE {{ ?o a fm:Organization FILTER (?o != <{org}>) }} ORDER BY DESC(?o)")
    document = one(data, "SELECT ?d WHERE { ?d a fm:Document } ORDER BY ?d")
    span = one(data, "SELECT ?s WHERE { ?s a fm:EvidenceSpan } ORDER BY ?s")
    quote = one(data, f"SELECT ?q WHERE {{ <{span}> oa:hasSelector ?q . ?q a oa:TextQuoteSelector }}")
    position = one(data, "SELECT ?p WHERE { ?p a oa:TextPositionSelector } ORDER BY DESC(?p)")
    extracted = one(data, "SELECT ?s WHERE { ?s fm:evidence ?e } ORDER BY ?s")
    curated = one(data, "SELECT ?s WHERE { ?s dcterms:source ?x ; dcterms:date ?d } ORDER BY ?s")

    broken.set((model, FM.accessLevel, FM.ClosedAccess))  # SPARQL constraint: open weights, closed access
    broken.set((other, FM.openWeights, Literal("yes")))  # datatype
    broken.set((other, FM.contextWindow, Literal("abc", datatype=XSD.integer)))  # ill-formed literal
    broken.add((other, RDFS.label, Literal("Another name", lang="en")))  # maxCount
    broken.remove((other, RDF.type, FM.FoundationModel))  # hasValue
    broken.set((model, FM.releaseDate, Literal("July")))  # or
    broken.set((model, FM.parameterCount, Literal("-5", datatype=XSD.decimal)))  # minExclusive
    broken.set((model, FM.activeParameterCount, Literal("7", datatype=XSD.decimal)))  # lessThanOrEquals
    broken.add((model, FM.developedBy, Literal("Some Lab")))  # nodeKind, class
    broken.add((model, FM.hasModality, org))  # class
    broken.remove((org, RDFS.label, None))  # minCount
    broken.set((org2, RDFS.label, Literal("Un nom", lang="fr")))  # languageIn
    broken.set((document, FM.sha256, Literal("63AAC111")))  # pattern
    bad_slug = FMR["Bad_Slug"]  # pattern and the rules of every entity, on the node itself
    broken.add((bad_slug, RDF.type, FM.Modality))
    broken.add((bad_slug, RDFS.label, Literal("Bad slug", lang="en")))
    broken.add((FMR["no-such-level"], RDF.type, FM.AccessLevel))  # in
    broken.add((FMR["no-such-level"], RDFS.label, Literal("No such level", lang="en")))
    broken.add((FMR["lonely-tier"], RDF.type, FM.RiskTier))  # a warning: no skos:inScheme
    broken.add((FMR["lonely-tier"], RDFS.label, Literal("Lonely tier", lang="en")))
    broken.set((quote, OA.exact, Literal("")))  # minLength
    broken.remove((span, OA.hasSelector, quote))  # qualifiedMinCount
    broken.add((span, OA.hasSelector, position))  # qualifiedMaxCount: a second position selector
    broken.set((position, OA.start, Literal(-1)))  # minInclusive
    broken.set((position, OA.end, Literal(-3)))  # lessThan
    broken.remove((extracted, FM.evidence, None))  # the SPARQL target of extracted statements
    broken.remove((curated, DCTERMS.date, None))  # the SPARQL target of curated statements
    return broken


def test_the_real_build_conforms_for_both_engines(built, shapes, ontology):
    fast, reference = both(built, shapes, ontology)
    assert fast.conforms and reference.conforms, fast.text + reference.text
    assert results(fast) == results(reference)


def test_every_kind_of_broken_fact_is_reported_as_pyshacl_reports_it(built, shapes, ontology):
    fast, reference = both(break_every_kind(built), shapes, ontology)
    assert not fast.conforms and not reference.conforms
    assert results(fast) == results(reference), (
        f"only SPARQL: {sorted(results(fast) - results(reference))}\n"
        f"only pySHACL: {sorted(results(reference) - results(fast))}")


def test_the_broken_facts_exercise_every_constraint_component_of_the_shapes(built, shapes, ontology):
    used = {check.component for check in compile_shapes(shapes)}
    reported = {v.component for v in validate(break_every_kind(built), shapes, ontology).violations}
    assert used <= reported, f"not exercised: {sorted(used - reported)}"


def test_a_warning_does_not_stop_conformance(built, shapes, ontology):
    data = Graph()
    data += built
    data.add((FMR["lonely-tier"], RDF.type, FM.RiskTier))
    data.add((FMR["lonely-tier"], RDFS.label, Literal("Lonely tier", lang="en")))
    fast, reference = both(data, shapes, ontology)
    assert fast.conforms and reference.conforms
    assert {v.severity for v in fast.violations} == {"Warning"}


def test_focus_nodes_give_the_same_results_as_pyshacl(built, shapes, ontology):
    broken = break_every_kind(built)
    focus = [FMR["Bad_Slug"], FMR["no-such-level"], URIRef(str(FM.ClosedAccess))]
    fast, reference = both(broken, shapes, ontology, focus_nodes=focus)
    assert results(fast) == results(reference)
    assert {v.focus_node for v in fast.violations} == {str(FMR["Bad_Slug"]), str(FMR["no-such-level"])}


def test_pyoxigraph_triples_are_validated_like_an_rdflib_graph(built, shapes, ontology):
    import pyoxigraph as ox

    broken = break_every_kind(built)
    triples = ox.parse(broken.serialize(format="nt").encode("utf-8"), format=ox.RdfFormat.N_TRIPLES)
    from_triples = validate((q.triple for q in triples), shapes, ontology)
    assert from_triples.engine == "sparql"
    assert results(from_triples) == results(validate(broken, shapes, ontology))


def unsupported_shapes(shapes: Graph) -> Graph:
    """The shapes plus a constraint the translator does not evaluate (sh:equals)."""
    more = Graph()
    more += shapes
    more.parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix fm: <https://w3id.org/fmkg/ontology#> .
        @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . @prefix skos: <http://www.w3.org/2004/02/skos/core#> .
        <urn:test:EqualsShape> a sh:NodeShape ; sh:targetClass fm:Organization ;
            sh:property [ sh:path rdfs:label ; sh:equals skos:prefLabel ] .
        """, format="turtle")
    return more


def test_a_constraint_the_translator_does_not_know_is_refused_by_the_sparql_engine(shapes):
    with pytest.raises(Unsupported, match="equals"):
        compile_shapes(unsupported_shapes(shapes))


def test_a_constraint_the_translator_does_not_know_falls_back_to_pyshacl(built, shapes, ontology):
    result = validate(built, unsupported_shapes(shapes), ontology)
    assert result.engine == "pyshacl"
    assert not result.conforms
    assert {v.component for v in result.violations} == {"EqualsConstraintComponent"}


def test_an_unknown_engine_is_refused(built, shapes, ontology):
    with pytest.raises(ValueError, match="unknown validation engine"):
        validate(built, shapes, ontology, engine="fast")


def test_a_pattern_the_engine_cannot_compile_goes_to_pyshacl(built, shapes, ontology):
    """Python's re has look-aheads, the engine's regex not: an error inside FILTER would let every value pass."""
    more = Graph()
    more += shapes
    more.parse(data="""
        @prefix sh: <http://www.w3.org/ns/shacl#> . @prefix fm: <https://w3id.org/fmkg/ontology#> .
        <urn:test:LookAheadShape> a sh:NodeShape ; sh:targetClass fm:Organization ; sh:pattern "^(?!https:)" .
        """, format="turtle")
    with pytest.raises(Unsupported, match="cannot compile"):
        compile_shapes(more)
    result = validate(built, more, ontology)
    assert result.engine == "pyshacl" and not result.conforms
    assert {v.component for v in result.violations} == {"PatternConstraintComponent"}
