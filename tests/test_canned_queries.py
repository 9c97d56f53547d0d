"""Every canned query of ``queries/`` parses, runs on the built graph, and returns what the documents support.

The graph is built once per session from the repository's documents (see ``ui_support.built_graph``).
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pyoxigraph as ox
import pytest

from fmkg.queries import CannedQuery, load_queries
from ui_support import REPO, BuiltGraph, built_graph, document_texts

QUERIES = {q.slug: q for q in load_queries(REPO / "queries")}
FM = "https://w3id.org/fmkg/ontology#"
FMR = "https://w3id.org/fmkg/resource/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@pytest.fixture(scope="session")
def graph(tmp_path_factory: pytest.TempPathFactory) -> BuiltGraph:
    return built_graph(tmp_path_factory)


@pytest.fixture(scope="session")
def store(graph: BuiltGraph) -> ox.Store:
    return graph.store


def run(store: ox.Store, slug: str) -> list[dict[str, str]]:
    """The rows of a canned SELECT, each a dict of variable name to the value's lexical form."""
    solutions = store.query(QUERIES[slug].text)
    assert isinstance(solutions, ox.QuerySolutions)
    names = [v.value for v in solutions.variables]
    return [{n: row[n].value for n in names if row[n] is not None} for row in solutions]


def test_there_are_enough_canned_queries_each_with_its_header() -> None:
    assert len(QUERIES) >= 15
    for query in QUERIES.values():
        assert query.title and query.description and query.shows, f"{query.slug}.rq lacks a header field"
        assert query.text.startswith("# title: ")
    kinds = {q.kind for q in QUERIES.values()}
    assert {"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"} <= kinds


@pytest.mark.parametrize("query", QUERIES.values(), ids=list(QUERIES))
def test_canned_query_parses_and_runs(store: ox.Store, query: CannedQuery) -> None:
    result = store.query(query.text)
    if query.kind == "ASK":
        assert isinstance(result, ox.QueryBoolean)
    elif query.kind in ("CONSTRUCT", "DESCRIBE"):
        assert len(list(result)) > 0
    else:
        assert len(list(result)) > 0, f"{query.slug} returns no rows on the built graph"


def test_models_of_each_provider(store: ox.Store) -> None:
    rows = run(store, "01-models-by-provider")
    pairs = {(r["providerLabel"], r["modelLabel"]) for r in rows}
    assert ("OpenAI", "GPT-4") in pairs
    assert ("OpenAI", "GPT-4o") in pairs
    assert ("Meta", "LLaMA 3") in pairs


def test_multimodal_models_and_modalities(store: ox.Store) -> None:
    rows = {r["modelLabel"]: r.get("modalities", "") for r in run(store, "02-multimodal-models")}
    assert "GPT-4o" in rows
    assert {"text", "image"} <= set(rows["GPT-4o"].split(", "))


def test_open_weight_models(store: ox.Store) -> None:
    labels = {r["modelLabel"] for r in run(store, "03-open-weight-models")}
    assert any(label.startswith("LLaMA") for label in labels), "Meta's LLaMA models are the open ones named"
    assert "GPT-4" not in labels


def test_adaptation_methods_with_definitions(store: ox.Store) -> None:
    rows = {r["label"].lower(): r.get("definition", "") for r in run(store, "04-adaptation-methods")}
    assert "training on task-specific data with a small learning rate" in rows["fine-tuning"].lower()


def test_risks_and_instruments(store: ox.Store) -> None:
    rows = {r["riskLabel"].lower(): r.get("addressedBy", "") for r in run(store, "05-risks-and-governance")}
    assert "homogenization" in rows
    assert any("EU AI Act" in instruments for instruments in rows.values())


def test_eu_ai_act_obligations_split_by_systemic_risk(store: ox.Store) -> None:
    rows = run(store, "06-eu-ai-act-obligations")
    split = {r["appliesTo"] for r in rows}
    assert split == {"models with systemic risk", "every general-purpose AI model"}
    systemic = {r["label"].lower() for r in rows if r["appliesTo"] == "models with systemic risk"}
    general = {r["label"].lower() for r in rows if r["appliesTo"] != "models with systemic risk"}
    assert "incident reporting" in systemic
    assert "documentation" in general
    # the split agrees with the types in the graph
    for r in rows:
        is_systemic = store.query(f"ASK {{ <{r['obligation']}> a <{FM}SystemicRiskObligation> }}")
        assert bool(is_systemic) == (r["appliesTo"] == "models with systemic risk")


def test_evidence_sentences_occur_verbatim_in_the_document(store: ox.Store) -> None:
    rows = run(store, "07-facts-with-evidence")
    text = document_texts()["https://w3id.org/fmkg/document/004_af41be944419ad29"]
    assert len(rows) >= 5
    for row in rows:
        assert row["sentence"] in text, f"not in the document: {row['sentence']!r}"
    assert any(r["subject"] == FMR + "eu-ai-act" for r in rows)


def test_entities_mentioned_in_both_documents(store: ox.Store) -> None:
    rows = run(store, "08-mentioned-in-both-documents")
    assert rows
    mentioned = ox.NamedNode(FM + "mentionedIn")
    for row in rows:
        assert int(row["documents"]) == 2
        documents = {q.object.value for q in store.quads_for_pattern(ox.NamedNode(row["entity"]), mentioned, None)}
        assert documents == set(document_texts()), "the count agrees with the fm:mentionedIn triples"
    assert "fine-tuning" in {r["label"].lower() for r in rows}


def test_class_counts_match_the_graph(store: ox.Store) -> None:
    rows = {r["class"]: int(r["entities"]) for r in run(store, "09-class-counts")}
    typed = store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), ox.NamedNode(FM + "FoundationModel"))
    models = {q.subject for q in typed}
    assert rows[FM + "FoundationModel"] == len(models)
    assert rows[FM + "Document"] == 2


def test_class_hierarchy(store: ox.Store) -> None:
    rows = run(store, "10-class-hierarchy")
    parent = {(r["class"], r.get("superclass")) for r in rows}
    assert (FM + "LanguageModel", FM + "FoundationModel") in parent
    assert (FM + "SystemicRiskObligation", FM + "Obligation") in parent
    depth = {r["class"]: int(r["depth"]) for r in rows}
    assert depth[FM + "FoundationModel"] == 0
    assert depth[FM + "LanguageModel"] == 1


def test_wikidata_links(store: ox.Store) -> None:
    rows = run(store, "11-wikidata-links")
    assert rows
    assert all(r["wikidata"].startswith("http://www.wikidata.org/entity/Q") for r in rows)
    assert "OpenAI" in {r["label"] for r in rows}


def test_construct_exports_the_neighbourhood_of_one_model(store: ox.Store) -> None:
    triples = list(store.query(QUERIES["12-model-neighbourhood"].text))
    subjects = {t.subject.value for t in triples}
    assert FMR + "gpt-4o" in subjects
    assert (FMR + "gpt-4o", FM + "developedBy", FMR + "openai") in {
        (t.subject.value, t.predicate.value, t.object.value) for t in triples}
    assert not any(t.predicate.value == RDF_TYPE and t.object.value.endswith("#Statement") for t in triples)


def test_describe_gpt_4(store: ox.Store) -> None:
    triples = list(store.query(QUERIES["13-describe-gpt-4"].text))
    labels = {t.object.value for t in triples if t.predicate.value.endswith("#label")}
    assert labels == {"GPT-4"}


def test_models_by_kind(store: ox.Store) -> None:
    rows = {r["kindLabel"]: int(r["models"]) for r in run(store, "14-models-by-kind")}
    assert rows["language model"] >= 2
    assert rows["multimodal model"] >= 1


def test_documents_carry_their_real_checksums(store: ox.Store, graph: BuiltGraph) -> None:
    rows = run(store, "15-documents")
    texts = document_texts()
    assert {r["document"] for r in rows} == set(texts)
    for row in rows:
        assert int(row["facts"]) > 0
        assert row["sha256"] == hashlib.sha256(texts[row["document"]].encode("utf-8")).hexdigest()


def test_provenance_of_one_fact(store: ox.Store) -> None:
    rows = run(store, "16-why-gpt-4-is-by-openai")
    assert rows
    texts = document_texts()
    for row in rows:
        text = texts[row["document"]]
        assert text[int(row["start"]):int(row["end"])] == row["sentence"]
        assert "GPT-4" in row["sentence"] and "OpenAI" in row["sentence"]


def test_ask(store: ox.Store) -> None:
    assert bool(store.query(QUERIES["17-ask-gpt-4-by-openai"].text)) is True


def test_triples_per_graph(store: ox.Store) -> None:
    graphs = {r["graph"] for r in run(store, "18-triples-per-graph")}
    docs = {"https://w3id.org/fmkg/graph/document/" + Path(d).name for d in document_texts()}
    assert docs <= graphs
    assert "https://w3id.org/fmkg/graph/curated" in graphs


def test_alignments(store: ox.Store) -> None:
    rows = run(store, "19-ontology-alignments")
    assert all(r["term"].startswith(FM) and not r["external"].startswith(FM) for r in rows)
    assert any(r["external"].startswith("http://schema.org/") for r in rows)


def test_glossary(store: ox.Store) -> None:
    rows = run(store, "20-definitions")
    assert "fine-tuning" in {r["label"].lower() for r in rows}
    assert all(r["entity"].startswith(FMR) for r in rows)
