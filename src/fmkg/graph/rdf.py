"""Facts to RDF: one named graph per document, with a statement node and an evidence span per fact.

No blank nodes are minted: statements, evidence spans and selectors all have IRIs derived from their
content, so two builds of the same documents give the same triples.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, SKOS

from fmkg import vocab
from fmkg.extract import Extraction, Fact
from fmkg.extract.document import SourceDocument, Span
from fmkg.iri import Iris
from fmkg.vocab import prefixes

__all__ = ["OA", "PREFIXES", "add_extraction", "superclass_closure", "reconcile_labels", "reconcile_values",
           "expand_classes"]

OA = Namespace(vocab.OA)
VOID = Namespace(vocab.VOID)
DCAT = Namespace(vocab.DCAT)

_CURIES = {"rdf": RDF, "rdfs": RDFS, "skos": SKOS}


PREFIXES = prefixes()


def superclass_closure(ontology: Graph, iris: Iris) -> dict[str, set[str]]:
    """fm: local name -> the fm: local names of it and all its superclasses, read from the ontology."""
    closure: dict[str, set[str]] = {}
    for cls in set(ontology.subjects(RDF.type, OWL.Class)):
        if isinstance(cls, URIRef) and str(cls).startswith(iris.vocab):
            supers = {str(c) for c in ontology.transitive_objects(cls, RDFS.subClassOf)}
            closure[str(cls)[len(iris.vocab):]] = {s[len(iris.vocab):] for s in supers if s.startswith(iris.vocab)}
    return closure


def expand_classes(extraction: Extraction, closure: dict[str, set[str]]) -> None:
    """Add every fm: superclass of each asserted class, with the same evidence (as DBpedia does)."""
    expanded: list[Fact] = []
    for fact in extraction.facts:
        expanded.append(fact)
        if fact.kind == "class":
            name = str(fact.value)
            for cls in sorted(closure.get(name, {name}) - {name}):
                expanded.append(Fact(fact.subject, fact.predicate, cls, "class", fact.evidence))
    extraction.facts = expanded


def reconcile_labels(extractions: Iterable[Extraction]) -> None:
    """One rdfs:label per entity across documents: the most frequent spelling, the others skos:altLabel."""
    extractions = list(extractions)
    counts: dict[str, dict[str, int]] = {}
    for extraction in extractions:
        for fact in extraction.facts:
            if fact.predicate == "rdfs:label":
                spellings = counts.setdefault(fact.subject, {})
                spellings[str(fact.value)] = spellings.get(str(fact.value), 0) + 1
    preferred = {s: max(sorted(c), key=c.__getitem__) for s, c in counts.items()}
    for extraction in extractions:
        extraction.facts = [
            Fact(f.subject, "skos:altLabel", f.value, "text", f.evidence)
            if f.predicate == "rdfs:label" and f.value != preferred[f.subject] else f
            for f in extraction.facts
        ]


# Properties with one value per subject (owl:FunctionalProperty in the ontology, sh:maxCount 1 in the shapes).
SINGLE_VALUED = ("fm:releaseDate", "fm:parameterCount", "fm:activeParameterCount", "fm:contextWindow",
                 "fm:foundingDate", "fm:accessLevel", "fm:systemicRiskThreshold")


def reconcile_values(extractions: Iterable[Extraction]) -> None:
    """One value per single-valued property across documents: the one most documents state (the earliest
    document's on a tie); fm:openWeights follows the kept access level; active parameters above the total
    are dropped. The graph stays consistent however documents disagree."""
    extractions = list(extractions)
    votes: dict[tuple[str, str], dict[object, int]] = {}
    for extraction in extractions:
        for value_key in {(f.subject, f.predicate, f.value) for f in extraction.facts if f.predicate in SINGLE_VALUED}:
            tally = votes.setdefault(value_key[:2], {})
            tally[value_key[2]] = tally.get(value_key[2], 0) + 1
    kept = {key: max(tally, key=tally.__getitem__) for key, tally in votes.items()}
    for (subject, predicate), value in list(kept.items()):
        total = kept.get((subject, "fm:parameterCount"))
        if predicate == "fm:activeParameterCount" and total is not None and float(str(value)) > float(str(total)):
            del kept[(subject, predicate)]
    for extraction in extractions:
        extraction.facts = [f for f in extraction.facts if _agrees(f, kept)]


def _agrees(fact: Fact, kept: dict[tuple[str, str], object]) -> bool:
    if fact.predicate in SINGLE_VALUED:
        return kept.get((fact.subject, fact.predicate)) == fact.value
    if fact.predicate == "fm:openWeights" and (fact.subject, "fm:accessLevel") in kept:
        return fact.value == (kept[(fact.subject, "fm:accessLevel")] == "OpenWeightsAccess")
    return True


def add_extraction(dataset: Dataset, extraction: Extraction, iris: Iris) -> None:
    """Add the document's description, its facts and their provenance to its named graph."""
    document = extraction.document
    target = dataset.graph(URIRef(iris.document_graph(document.doc_id)))
    doc = URIRef(iris.document(document.doc_id))
    # Collected, then added in one batch: one call into the engine, not one per triple.
    triples = _document_triples(doc, document, iris)
    evidences: dict[tuple, list[Span]] = {}
    rules: dict[tuple, set[str]] = {}
    for fact in extraction.facts:
        triple = _triple(fact, iris)
        spans = evidences.setdefault(triple, [])
        if fact.evidence not in spans:
            spans.append(fact.evidence)
        if fact.rule:
            rules.setdefault(triple, set()).add(fact.rule)
    for triple, spans in evidences.items():
        triples.append(triple)
        statement = _add_provenance(triples, triple, spans, doc, document, iris)
        for rule in sorted(rules.get(triple, ())):
            triples.append((statement, URIRef(iris.vocab + "extractionRule"), Literal(rule)))
    dataset.addN((s, p, o, target) for s, p, o in triples)


def _document_triples(doc: URIRef, document: SourceDocument, iris: Iris) -> list[tuple]:
    fm = Namespace(iris.vocab)
    triples = [
        (doc, RDF.type, fm.Document), (doc, RDF.type, PROV.Entity),
        (doc, RDFS.label, Literal(document.title, lang="en")),
        (doc, DCTERMS.title, Literal(document.title, lang="en")),
        (doc, DCTERMS.identifier, Literal(document.doc_id)),
        (doc, DCTERMS.language, Literal(document.language)),
        (doc, DCTERMS["format"], Literal("text/plain")),
        (doc, fm.sha256, Literal(document.sha256)),
        (doc, fm.characterCount, Literal(len(document.text), datatype=XSD.integer)),
    ]
    if document.origin:
        triples.append((doc, DCTERMS.source, Literal(document.origin, lang="en")))
    if document.date_added:
        triples.append((doc, DCTERMS.dateSubmitted, Literal(document.date_added, datatype=XSD.date)))
    return triples


def _triple(fact: Fact, iris: Iris) -> tuple:
    subject = URIRef(iris.resource(fact.subject))
    prefix, local = fact.predicate.split(":")
    predicate = URIRef(iris.vocab + local) if prefix == "fm" else _CURIES[prefix][local]
    obj: URIRef | Literal
    if fact.kind == "class":
        obj = URIRef(iris.term(str(fact.value)))
    elif fact.kind == "entity":
        obj = URIRef(iris.resource(str(fact.value)))
    elif fact.kind == "document":
        obj = URIRef(iris.document(str(fact.value)))
    elif fact.kind == "bool":
        obj = Literal(bool(fact.value))
    elif fact.kind in _DATATYPES:
        obj = Literal(fact.value, datatype=_DATATYPES[fact.kind](str(fact.value)))
    elif fact.kind == "term":
        obj = URIRef(iris.term(str(fact.value)))
    elif fact.kind == "iri":
        obj = URIRef(str(fact.value))
    else:
        obj = Literal(fact.value, lang="en")
    return subject, predicate, obj


def _date_datatype(value: str) -> URIRef:
    """As precise as the text: ``2024`` is an xsd:gYear, ``2024-07`` an xsd:gYearMonth, else an xsd:date."""
    return {4: XSD.gYear, 7: XSD.gYearMonth}.get(len(value), XSD.date)


_DATATYPES = {"date": _date_datatype, "decimal": lambda _: XSD.decimal, "integer": lambda _: XSD.integer}


def _add_provenance(triples: list[tuple], triple: tuple, spans: list[Span], doc: URIRef, document: SourceDocument,
                    iris: Iris) -> URIRef:
    s, p, o = triple
    key = hashlib.sha256(f"{s} {p} {o.n3()} {document.doc_id}".encode()).hexdigest()[:16]
    statement = URIRef(iris.statement(key))
    triples.append((statement, RDF.type, RDF.Statement))
    triples.append((statement, RDF.subject, s))
    triples.append((statement, RDF.predicate, p))
    triples.append((statement, RDF.object, o))
    triples.append((statement, PROV.wasDerivedFrom, doc))
    for span in spans:
        triples.append((statement, URIRef(iris.vocab + "evidence"), _add_span(triples, span, doc, iris)))
    return statement


def _add_span(triples: list[tuple], span: Span, doc: URIRef, iris: Iris) -> URIRef:
    node = URIRef(iris.evidence(str(doc), span.start, span.end))
    quote, position = URIRef(f"{node}-quote"), URIRef(f"{node}-position")
    triples.append((node, RDF.type, URIRef(iris.vocab + "EvidenceSpan")))
    triples.append((node, RDF.type, OA.SpecificResource))
    triples.append((node, OA.hasSource, doc))
    triples.append((node, OA.hasSelector, quote))
    triples.append((node, OA.hasSelector, position))
    triples.append((quote, RDF.type, OA.TextQuoteSelector))
    triples.append((quote, OA.exact, Literal(span.text)))
    triples.append((position, RDF.type, OA.TextPositionSelector))
    triples.append((position, OA.start, Literal(span.start, datatype=XSD.integer)))
    triples.append((position, OA.end, Literal(span.end, datatype=XSD.integer)))
    return node
