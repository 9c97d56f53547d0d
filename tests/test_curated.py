"""The curated Wikidata links: each one is in the reference list, with the predicate its confidence allows."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef

from fmkg.iri import SLUG_PATTERN, slugify

ROOT = Path(__file__).resolve().parents[1]
CURATED = ROOT / "data" / "curated" / "wikidata.ttl"
REFERENCE = ROOT / "data" / "curated" / "sources" / "wikidata-qids.tsv"
SHARED_REFERENCE = ROOT.parent / "shared" / "links" / "wikidata-qids.tsv"
DOCUMENTS = ROOT / "data" / "documents"

RESOURCE = "https://w3id.org/fmkg/resource/"
STATEMENT = "https://w3id.org/fmkg/statement/"
WIKIDATA = "http://www.wikidata.org/entity/"
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
# An open Namespace: rdflib's closed XSD namespace warns when pytest inspects module globals.
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
DCTERMS = Namespace("http://purl.org/dc/terms/")

SAME = "seen in two or more public sources"
CLOSE = "one public source"
PREDICATE_FOR = {SAME: OWL.sameAs, CLOSE: SKOS.closeMatch}

# The name as the documents spell it -> the row of the reference list it was checked against.
NAMES = {
    "GPT-4": "GPT-4", "OpenAI": "OpenAI", "Anthropic": "Anthropic", "Claude": "Claude (model family)",
    "EU AI Act": "Artificial Intelligence Act (EU)", "Transformer": "transformer (deep learning architecture)",
    "Reinforcement learning from human feedback": "reinforcement learning from human feedback",
    "BERT": "BERT (language model)", "prompt engineering": "prompt engineering",
    "Gemini": "Gemini (language model family)", "LLaMA": "LLaMA (language model family)",
    "Stable Diffusion": "Stable Diffusion", "Google": "Google", "Meta": "Meta Platforms", "Mistral AI": "Mistral AI",
}


@pytest.fixture(scope="module")
def curated() -> Graph:
    return Graph().parse(CURATED, format="turtle")


@pytest.fixture(scope="module")
def reference() -> dict[str, dict[str, str]]:
    """The reference list, by QID: {"Q95": {"label": "Google", "wikidata_qid": "Q95", "confidence": ...}}."""
    with REFERENCE.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert rows and set(rows[0]) == {"label", "wikidata_qid", "confidence"}
    return {row["wikidata_qid"]: row for row in rows}


def links(graph: Graph) -> list[tuple[URIRef, URIRef, URIRef]]:
    return sorted((s, p, o) for p in (OWL.sameAs, SKOS.closeMatch) for s, o in graph.subject_objects(p))


def qid(target: URIRef) -> str:
    assert str(target).startswith(WIKIDATA), target
    return str(target)[len(WIKIDATA):]


def test_reference_copy_matches_shared_folder():
    if not SHARED_REFERENCE.is_file():
        pytest.skip("shared/links/ is not beside this checkout")
    assert REFERENCE.read_bytes() == SHARED_REFERENCE.read_bytes()


def test_every_link_target_is_listed_with_the_right_confidence(curated, reference):
    found = links(curated)
    assert found
    for subject, predicate, target in found:
        row = reference.get(qid(target))
        assert row is not None, f"{subject} links to {target}, which the reference list does not give"
        assert row["confidence"] in PREDICATE_FOR, row
        assert predicate == PREDICATE_FOR[row["confidence"]], (
            f"{subject} {predicate} {target}: confidence {row['confidence']!r} allows only "
            f"{PREDICATE_FOR[row['confidence']]}")


def test_every_subject_is_a_slug_iri(curated):
    for subject, _, _ in links(curated):
        assert str(subject).startswith(RESOURCE), subject
        assert SLUG_PATTERN.match(str(subject)[len(RESOURCE):]), subject


def test_links_are_the_entities_the_documents_name(curated, reference):
    text = "\n".join(p.read_text(encoding="utf-8") for p in sorted(DOCUMENTS.glob("*.txt")))
    by_label = {row["label"]: row for row in reference.values()}
    expected = {}
    for name, label in NAMES.items():
        assert name in text, f"{name!r} is not in the documents"
        row = by_label[label]
        expected[URIRef(RESOURCE + slugify(name))] = (PREDICATE_FOR[row["confidence"]],
                                                     URIRef(WIKIDATA + row["wikidata_qid"]))
    assert {s: (p, o) for s, p, o in links(curated)} == expected


def test_no_identifier_is_shared_and_nothing_unnamed_is_linked(curated):
    targets = [o for _, _, o in links(curated)]
    assert len(targets) == len(set(targets)), "two entities linked to one Wikidata item would be merged"
    subjects = [s for s, _, _ in links(curated)]
    assert len(subjects) == len(set(subjects)), "one link per entity"
    assert URIRef(WIKIDATA + "Q15733006") not in targets, "Google DeepMind is named by neither document"
    assert URIRef(WIKIDATA + "Q115305900") not in targets, "large language model is a class, linked by the ontology"


def test_every_link_has_its_reified_evidence(curated, reference):
    for subject, predicate, target in links(curated):
        statement = URIRef(f"{STATEMENT}curated-{str(subject)[len(RESOURCE):]}-wikidata")
        assert (statement, RDF.type, RDF.Statement) in curated
        assert curated.value(statement, RDF.subject) == subject
        assert curated.value(statement, RDF.predicate) == predicate
        assert curated.value(statement, RDF.object) == target
        assert curated.value(statement, DCTERMS.source) == Literal("shared/links/wikidata-qids.tsv")
        assert str(curated.value(statement, RDFS.comment)) == reference[qid(target)]["confidence"]
        assert curated.value(statement, DCTERMS.date) == Literal("2026-11-22", datatype=XSD.date)
    statements = set(curated.subjects(RDF.type, RDF.Statement))
    assert len(statements) == len(links(curated))


def test_curated_graph_holds_only_links(curated):
    assert not [t for t in curated if any(isinstance(x, BNode) for x in t)], "no blank nodes"
    assert set(curated.objects(None, RDF.type)) == {RDF.Statement}, "no types: those come from extraction"
    assert not list(curated.subject_objects(RDFS.label)), "no labels: those come from extraction"
    allowed = {OWL.sameAs, SKOS.closeMatch, RDF.type, RDF.subject, RDF.predicate, RDF.object, DCTERMS.source,
               RDFS.comment, DCTERMS.date}
    assert set(curated.predicates()) <= allowed
