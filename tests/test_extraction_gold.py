"""Extraction scored against a hand-written gold annotation of the two source documents."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest
from rdflib import Graph

from fmkg.extract import extract, load_rules, read_document
from fmkg.graph.rdf import expand_classes, superclass_closure
from fmkg.iri import Iris

ROOT = Path(__file__).resolve().parents[1]
GOLD = ROOT / "tests" / "gold"
SCORED_CLASSES = {
    "FoundationModel", "LanguageModel", "VisionModel", "MultimodalModel", "CodeModel", "DomainSpecificModel",
    "Organization", "Provider", "ResearchOrganization", "PublicAuthority", "Modality", "ApplicationDomain",
    "AdaptationMethod", "Architecture", "Risk", "Challenge", "Characteristic", "EconomicImpact",
    "GovernanceInstrument", "Regulation", "CodeOfPractice", "Framework", "Obligation", "SystemicRiskObligation",
}
SCORED_RELATIONS = {"developedBy", "hasModality", "applicationDomain", "openWeights", "modelFamily",
                    "addressesChallenge", "addressesRisk", "imposesObligation", "issuedBy"}
DOCUMENTS = sorted(p.stem for p in GOLD.glob("*.toml"))


@pytest.fixture(scope="module")
def closure() -> dict[str, set[str]]:
    ontology = Graph().parse(ROOT / "ontology" / "fmkg.ttl")
    return superclass_closure(ontology, Iris())


def _extracted(doc_id: str, closure: dict[str, set[str]]):
    extraction = extract(read_document(ROOT / "data" / "documents" / f"{doc_id}.txt"), load_rules(ROOT / "ontology"))
    expand_classes(extraction, closure)
    types = {(f.subject, f.value) for f in extraction.facts if f.kind == "class" and f.value in SCORED_CLASSES}
    relations = {(f.subject, f.predicate.removeprefix("fm:"), f.value) for f in extraction.facts
                 if f.predicate.removeprefix("fm:") in SCORED_RELATIONS}
    return types, relations


def _gold(doc_id: str) -> tuple[dict[str, str], set[tuple]]:
    gold = tomllib.loads((GOLD / f"{doc_id}.toml").read_text(encoding="utf-8"))
    relations = {(s, p, o) for p, pairs in gold["relations"].items() for s, o in pairs}
    return gold["entities"], relations


def _score(found: set, expected: set) -> tuple[float, float]:
    hits = len(found & expected)
    return hits / max(len(found), 1), hits / max(len(expected), 1)


@pytest.mark.parametrize("doc_id", DOCUMENTS)
def test_entities_match_the_gold_annotation(doc_id, closure):
    types, _ = _extracted(doc_id, closure)
    gold_entities, _ = _gold(doc_id)
    extracted_entities = {slug for slug, _ in types}
    precision, recall = _score(extracted_entities, set(gold_entities))
    assert precision >= 0.9, f"spurious entities: {sorted(extracted_entities - set(gold_entities))}"
    assert recall >= 0.8, f"missed entities: {sorted(set(gold_entities) - extracted_entities)}"


@pytest.mark.parametrize("doc_id", DOCUMENTS)
def test_entity_classes_match_the_gold_annotation(doc_id, closure):
    types, _ = _extracted(doc_id, closure)
    gold_entities, _ = _gold(doc_id)
    expected = {(slug, cls) for slug, cls in gold_entities.items()}
    found = {pair for pair in types if pair[0] in gold_entities}
    _, recall = _score(found, expected)
    assert recall >= 0.8, f"entities without their gold class: {sorted(expected - found)}"


@pytest.mark.parametrize("doc_id", DOCUMENTS)
def test_relations_match_the_gold_annotation(doc_id, closure):
    _, relations = _extracted(doc_id, closure)
    _, gold_relations = _gold(doc_id)
    precision, recall = _score(relations, gold_relations)
    assert precision >= 0.85, f"spurious relations: {sorted(relations - gold_relations, key=str)}"
    assert recall >= 0.8, f"missed relations: {sorted(gold_relations - relations, key=str)}"
