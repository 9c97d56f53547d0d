"""`fmkg build`: the whole graph from the documents, validated, with dumps, VoID and a store."""

from __future__ import annotations

import gzip
import shutil
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import RDF

from conftest import ROOT, repository_settings
from fmkg.pipeline import BuildFailed, build
from fmkg.store import named_quad_count, open_read_only

FM = "https://w3id.org/fmkg/ontology#"
FMR = "https://w3id.org/fmkg/resource/"
PREFIXES = f"""PREFIX fm: <{FM}> PREFIX fmr: <{FMR}> PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> PREFIX oa: <http://www.w3.org/ns/oa#>
PREFIX prov: <http://www.w3.org/ns/prov#> PREFIX void: <http://rdfs.org/ns/void#>
PREFIX owl: <http://www.w3.org/2002/07/owl#> PREFIX dcterms: <http://purl.org/dc/terms/>
"""


@pytest.fixture(scope="module")
def store(built_settings) -> ox.Store:
    return open_read_only(built_settings.store)


def _select(store: ox.Store, query: str) -> list[dict[str, str]]:
    results = store.query(PREFIXES + query)
    return [{v.value: row[v].value for v in results.variables if row[v] is not None} for row in results]


def _ask(store: ox.Store, query: str) -> bool:
    return bool(store.query(PREFIXES + query))


def test_build_writes_every_dump(built_settings):
    for name in ("fmkg.ttl", "fmkg.trig", "fmkg.nq.gz", "void.ttl"):
        assert (built_settings.dist / name).stat().st_size > 1000, name


def test_turtle_dump_and_store_hold_the_same_triples(built_settings, store):
    turtle = Graph().parse(built_settings.dist / "fmkg.ttl")
    triples = list(dict.fromkeys(q.triple for q in store))
    union = Graph().parse(data=ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES), format="nt")
    assert isomorphic(turtle, union)


def test_trig_dump_keeps_one_named_graph_per_source(built_settings):
    dataset = Dataset()
    dataset.parse(built_settings.dist / "fmkg.trig", format="trig")
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert names == {
        "https://w3id.org/fmkg/graph/ontology", "https://w3id.org/fmkg/graph/curated",
        "https://w3id.org/fmkg/graph/document/000_ba35988695bcde2e",
        "https://w3id.org/fmkg/graph/document/004_af41be944419ad29",
    }


def test_nquads_dump_is_the_store(built_settings, store):
    lines = gzip.decompress((built_settings.dist / "fmkg.nq.gz").read_bytes()).decode().splitlines()
    assert len(lines) == named_quad_count(store)


def test_two_builds_write_byte_identical_dumps(built_settings, tmp_path):
    again = repository_settings(tmp_path)
    build(again)
    for name in ("fmkg.ttl", "fmkg.trig", "fmkg.nq.gz", "void.ttl"):
        assert (again.dist / name).read_bytes() == (built_settings.dist / name).read_bytes(), name


def test_models_are_typed_and_attributed_to_their_providers(store):
    rows = _select(store, "SELECT ?org WHERE { fmr:gpt-4o a fm:MultimodalModel, fm:FoundationModel ;"
                          " fm:developedBy ?org . ?org a fm:Provider, fm:Organization }")
    assert [r["org"] for r in rows] == [FMR + "openai"]


def test_graph_holds_each_kind_of_entity(store):
    counts = {r["c"].rsplit("#", 1)[1]: int(r["n"]) for r in _select(
        store, "SELECT ?c (COUNT(DISTINCT ?e) AS ?n) WHERE { ?e a ?c FILTER(STRSTARTS(STR(?e), STR(fmr:))) }"
               " GROUP BY ?c")}
    for cls, at_least in {"FoundationModel": 20, "Provider": 6, "Modality": 4, "AdaptationMethod": 8, "Risk": 8,
                          "Regulation": 1, "Obligation": 9, "SystemicRiskObligation": 5, "Challenge": 5}.items():
        assert counts.get(cls, 0) >= at_least, cls


def test_a_query_without_graph_sees_each_triple_once(store):
    # CLIP is labelled in both documents' graphs; the default graph is their RDF merge, a set.
    assert [r["l"] for r in _select(store, "SELECT ?l WHERE { fmr:clip rdfs:label ?l }")] == ["CLIP"]
    assert len(_select(store, "SELECT ?g WHERE { GRAPH ?g { fmr:clip rdfs:label ?l } }")) == 2


def test_every_entity_has_one_english_label(store):
    rows = _select(store, "SELECT ?e (COUNT(DISTINCT ?l) AS ?n) WHERE { ?e rdfs:label ?l"
                          " FILTER(STRSTARTS(STR(?e), STR(fmr:))) FILTER(LANG(?l) = 'en') }"
                          " GROUP BY ?e HAVING (COUNT(DISTINCT ?l) != 1)")
    assert rows == []


def test_a_fact_traces_to_its_sentence_and_offsets(built_settings, store):
    rows = _select(store, """
        SELECT ?doc ?quote ?start ?end WHERE {
          ?st rdf:subject fmr:gpt-4o ; rdf:predicate fm:developedBy ; rdf:object fmr:openai ;
              prov:wasDerivedFrom ?doc ; fm:evidence ?span .
          ?span oa:hasSource ?doc ; oa:hasSelector ?q, ?p .
          ?q a oa:TextQuoteSelector ; oa:exact ?quote . ?p a oa:TextPositionSelector ; oa:start ?start ; oa:end ?end .
        }""")
    assert len(rows) == 1
    row = rows[0]
    text = (ROOT / "data" / "documents" / (row["doc"].rsplit("/", 1)[1] + ".txt")).read_text(encoding="utf-8")
    assert text[int(row["start"]):int(row["end"])] == row["quote"]
    assert "GPT-4 and GPT-4o (OpenAI)" in row["quote"]


def test_each_document_graph_holds_what_was_extracted_from_it(store):
    assert _ask(store, "ASK { GRAPH <https://w3id.org/fmkg/graph/document/004_af41be944419ad29> {"
                       " fmr:eu-ai-act fm:imposesObligation fmr:eu-ai-act-cybersecurity } }")
    assert not _ask(store, "ASK { GRAPH <https://w3id.org/fmkg/graph/document/000_ba35988695bcde2e> {"
                           " fmr:eu-ai-act fm:imposesObligation ?o } }")


def test_documents_are_described_with_title_checksum_and_date(store):
    rows = _select(store, "SELECT ?d ?sha ?date WHERE { ?d a fm:Document ; dcterms:title ?t ; fm:sha256 ?sha ;"
                          " dcterms:dateSubmitted ?date }")
    assert len(rows) == 2
    assert all(len(r["sha"]) == 64 for r in rows)


def test_curated_wikidata_links_join_extracted_entities(store):
    assert _ask(store, "ASK { fmr:openai owl:sameAs <http://www.wikidata.org/entity/Q21708200> ; a fm:Provider }")


def test_void_counts_are_the_real_counts(built_settings, store):
    void = Graph().parse(built_settings.dist / "void.ttl")
    dataset = URIRef("https://w3id.org/fmkg/dataset")
    assert int(void.value(dataset, URIRef("http://rdfs.org/ns/void#triples"))) == named_quad_count(store)
    partitions = {str(void.value(p, URIRef("http://rdfs.org/ns/void#class"))):
                  int(void.value(p, URIRef("http://rdfs.org/ns/void#entities")))
                  for p in void.objects(dataset, URIRef("http://rdfs.org/ns/void#classPartition"))}
    models = _select(store, "SELECT (COUNT(DISTINCT ?m) AS ?n) WHERE { ?m a fm:FoundationModel }")
    assert partitions[FM + "FoundationModel"] == int(models[0]["n"])


def _break_inputs(tmp_path: Path) -> Path:
    curated = tmp_path / "curated"
    shutil.copytree(ROOT / "data" / "curated", curated)
    (curated / "broken.ttl").write_text(
        f'<{FMR}gpt-4o> <{FM}openWeights> "yes" ; <{FM}developedBy> "OpenAI" .\n', encoding="utf-8")
    return curated


def test_a_violation_stops_the_build_and_keeps_previous_dumps_and_store(tmp_path):
    settings = repository_settings(tmp_path)
    build(settings)
    before = {p.name: p.read_bytes() for p in settings.dist.iterdir()}
    store_before = named_quad_count(open_read_only(settings.store))
    broken = repository_settings(tmp_path, curated=_break_inputs(tmp_path))
    with pytest.raises(BuildFailed) as failure:
        build(broken)
    assert "openWeights" in failure.value.report and "developedBy" in failure.value.report
    assert {p.name: p.read_bytes() for p in settings.dist.iterdir()} == before
    assert named_quad_count(open_read_only(settings.store)) == store_before


def test_another_base_uri_is_used_for_every_minted_iri(tmp_path):
    """The data moves to the base; the vocabulary stays at w3id (issue 13), so the canned queries still answer."""
    from fmkg.iri import Iris
    from fmkg.queries import load_queries

    settings = repository_settings(tmp_path, base_uri="http://kg.example.org/fm/")
    build(settings)
    graph = Graph().parse(settings.dist / "fmkg.ttl")
    vocab = "https://w3id.org/fmkg/ontology#"
    subjects = {str(s) for s in graph.subjects(RDF.type, URIRef(vocab + "FoundationModel"))}
    assert "http://kg.example.org/fm/resource/gpt-4o" in subjects
    assert dict(graph.namespaces())["fm"] == URIRef(vocab)
    assert not any("w3id.org/fmkg" in str(t) and not str(t).startswith(vocab) for triple in graph for t in triple)
    store = open_read_only(settings.store)
    iris = Iris.of(settings)
    for query in load_queries(settings.queries):
        answer = store.query(iris.rebase(query.text), use_default_graph_as_union=True)
        assert answer if query.kind == "ASK" else list(answer), query.slug


def test_the_vocabulary_moves_only_when_set_on_its_own(tmp_path):
    settings = repository_settings(tmp_path, base_uri="http://kg.example.org/fm/",
                                   vocab_uri="http://kg.example.org/fm/vocab#")
    build(settings)
    graph = Graph().parse(settings.dist / "fmkg.ttl")
    assert (URIRef("http://kg.example.org/fm/resource/gpt-4o"), RDF.type,
            URIRef("http://kg.example.org/fm/vocab#FoundationModel")) in graph
    assert not any("w3id.org/fmkg" in str(t) for triple in graph for t in triple)


def test_a_rebuild_keeps_the_graphs_fmkg_load_added(tmp_path):
    from fmkg.pipeline import load_files

    settings = repository_settings(tmp_path)
    build(settings)
    extra = tmp_path / "extra.ttl"
    extra.write_text('<http://example.org/a> <http://example.org/b> "kept" .\n', encoding="utf-8")
    load_files([extra], settings, check=False)
    build(settings)
    store = open_read_only(settings.store)
    assert any(q.object.value == "kept" for q in store.quads_for_pattern(None, None, None, None))


def test_the_built_graph_is_consistent_under_owl2_rl(built_settings):
    from test_ontology import closure_problems

    graph = Graph().parse(built_settings.dist / "fmkg.ttl")
    assert closure_problems(graph) == ([], [])
