"""RDF terms as the pages show them: labels people read, local links for fmkg's IRIs, and the small helpers
both page models share (an index of a description's quads, grouped values, links to the query page)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

from fmkg.config import CANONICAL_VOCAB
from fmkg.store.access import BlankNode, Literal, NamedNode, Quad, Triple
from fmkg.store.describe import LABEL_PREDICATES
from fmkg.vocab import DCTERMS as DCT
from fmkg.vocab import OA, OWL, PROV, RDF, RDFS, SKOS, VANN, VOID, XSD

RDF_TYPE = RDF + "type"
SAME_AS = (OWL + "sameAs", SKOS + "exactMatch", SKOS + "closeMatch")
ALIGNMENTS = (OWL + "equivalentClass", OWL + "equivalentProperty", SKOS + "exactMatch", SKOS + "closeMatch",
              SKOS + "broadMatch", SKOS + "narrowMatch", SKOS + "relatedMatch", OWL + "sameAs", RDFS + "seeAlso")
REIFICATION = (RDF + "subject", RDF + "object")
# Names people read for the standard terms a page shows most (the ontology names its own terms).
STANDARD_LABELS = {
    RDF_TYPE: "type", RDFS + "label": "label", RDFS + "comment": "comment", RDFS + "seeAlso": "see also",
    RDFS + "subClassOf": "subclass of", RDFS + "subPropertyOf": "subproperty of", RDFS + "domain": "domain",
    RDFS + "range": "range", SKOS + "altLabel": "also known as", SKOS + "prefLabel": "preferred label",
    SKOS + "definition": "definition", SKOS + "exactMatch": "exact match", SKOS + "closeMatch": "close match",
    SKOS + "broadMatch": "broader match", SKOS + "narrowMatch": "narrower match",
    SKOS + "relatedMatch": "related match", OWL + "sameAs": "same as", OWL + "equivalentClass": "equivalent class",
    OWL + "equivalentProperty": "equivalent property", OWL + "versionIRI": "version IRI",
    OWL + "versionInfo": "version",
    DCT + "title": "title", DCT + "identifier": "identifier", DCT + "source": "source", DCT + "language": "language",
    DCT + "format": "format", DCT + "dateSubmitted": "date submitted", DCT + "license": "licence",
    DCT + "description": "description", DCT + "creator": "creator", DCT + "publisher": "publisher",
    DCT + "modified": "modified", DCT + "created": "created", PROV + "wasDerivedFrom": "derived from",
    RDF + "subject": "subject", RDF + "predicate": "predicate", RDF + "object": "object",
    OA + "hasSource": "source", OA + "hasSelector": "selector", OA + "exact": "quote", OA + "start": "start",
    OA + "end": "end", DCT + "hasVersion": "software version",
    VOID + "triples": "triples", VOID + "entities": "entities", VOID + "classes": "classes",
    VOID + "properties": "properties", VOID + "distinctSubjects": "distinct subjects",
    VOID + "distinctObjects": "distinct objects", VOID + "sparqlEndpoint": "SPARQL endpoint",
    VOID + "uriSpace": "URI space", VOID + "exampleResource": "example resource",
    VOID + "rootResource": "root resource", VOID + "vocabulary": "vocabulary", VOID + "dataDump": "data dump",
    VANN + "preferredNamespacePrefix": "preferred prefix", VANN + "preferredNamespaceUri": "namespace",
}
# Datatypes a reader sees from the value itself: not printed beside it.
OBVIOUS_DATATYPES = {XSD + t for t in ("string", "integer", "nonNegativeInteger", "positiveInteger", "boolean",
                                       "decimal", "double", "date", "dateTime")} | {RDF + "langString"}


@dataclass(frozen=True)
class Term:
    """One RDF term ready for a template: what to show, where it links, how to qualify it."""

    value: str
    kind: str  # "iri", "bnode" or "literal"
    label: str
    href: str | None = None
    language: str | None = None
    datatype: str | None = None  # compact name, for typed literals other than strings
    external: bool = False

    @property
    def is_wikidata(self) -> bool:
        return "wikidata.org/" in self.value


@dataclass
class Labeler:
    """Turns pyoxigraph terms into ``Term``: labels from the quads at hand, local links for our IRIs."""

    base: str
    root: str  # the app's mount point ("" at the root of the host)
    prefixes: dict[str, str]
    labels: dict[str, str] = field(default_factory=lambda: dict(STANDARD_LABELS))

    def learn(self, quads: Iterable[Quad]) -> Labeler:
        """Index labels, preferring English, then untagged, then any language; the first predicate wins."""
        ranked: dict[str, tuple[int, str]] = {}
        for q in quads:
            if q.predicate.value in LABEL_PREDICATES and isinstance(q.object, Literal):
                lang = q.object.language
                rank = LABEL_PREDICATES.index(q.predicate.value) * 3 + (0 if lang == "en" else 1 if not lang else 2)
                key = node_value(q.subject)
                if key not in ranked or rank < ranked[key][0]:
                    ranked[key] = (rank, q.object.value)
        self.labels.update({k: v for k, (_, v) in ranked.items()})
        return self

    def href(self, iri: str) -> str | None:
        """Where a page links an IRI: ours to this server, other http(s) IRIs as they are, any other scheme
        (``javascript:``, ``data:``...) nowhere. Extra slashes after our base never make ``//host`` links."""
        if iri.startswith(self.base):
            return self.root + "/" + iri[len(self.base):].lstrip("/")
        if iri.startswith(CANONICAL_VOCAB) and len(iri) > len(CANONICAL_VOCAB):  # a term, served at /ontology
            return self.root + "/ontology#" + iri[len(CANONICAL_VOCAB):]
        return iri if iri.lower().startswith(("http://", "https://")) else None

    def curie(self, iri: str) -> str:
        for prefix, namespace in sorted(self.prefixes.items(), key=lambda kv: -len(kv[1])):
            if iri.startswith(namespace) and len(iri) > len(namespace):
                return f"{prefix}:{iri[len(namespace):]}"
        return iri

    def term(self, t: NamedNode | BlankNode | Literal | Triple) -> Term:
        if isinstance(t, Triple):  # an RDF-star quoted triple, shown as N-Triples writes it
            return Term(str(t), "literal", str(t))
        if isinstance(t, Literal):
            datatype = t.datatype.value
            shown = None if t.language or datatype in OBVIOUS_DATATYPES else self.curie(datatype)
            return Term(t.value, "literal", t.value, language=t.language, datatype=shown)
        if isinstance(t, BlankNode):
            return Term(t.value, "bnode", "_:" + t.value)
        label = self.labels.get(t.value) or self.curie(t.value)
        return Term(t.value, "iri", label, self.href(t.value), external=not t.value.startswith(self.base))


def sorted_terms(terms: Iterable[Term]) -> list[Term]:
    return sorted(set(terms), key=lambda t: (t.label.lower(), t.value))



class Index:
    """subject -> predicate -> objects, over a description's quads."""

    def __init__(self, quads: Iterable[Quad]) -> None:
        self.out: dict[str, dict[str, list[Any]]] = defaultdict(lambda: defaultdict(list))
        for q in quads:
            objects = self.out[node_value(q.subject)][q.predicate.value]
            if q.object not in objects:
                objects.append(q.object)

    def values(self, subject: str, predicate: str) -> list[Any]:
        return self.out.get(subject, {}).get(predicate, [])

    def one(self, subject: str, predicate: str) -> Any:
        values = self.values(subject, predicate)
        return values[0] if values else None


def grouped(pairs: Iterable[tuple[str, Any]], labeler: Labeler) -> list[tuple[Term, list[Term]]]:
    groups: dict[str, set[Term]] = defaultdict(set)
    for predicate, value in pairs:
        groups[predicate].add(labeler.term(value))
    first = {RDF_TYPE: 0, RDFS + "label": 1, SKOS + "altLabel": 2, SKOS + "definition": 3}
    rows = [(labeler.term(NamedNode(p)), sorted_terms(values)) for p, values in groups.items()]
    return sorted(rows, key=lambda row: (first.get(row[0].value, 9), row[0].label.lower()))


def instances_query(cls: str) -> str:
    return (f"PREFIX rdfs: <{RDFS}>\nSELECT ?thing ?label WHERE {{\n  ?thing a <{cls}> ; rdfs:label ?label .\n}}"
            "\nORDER BY ?label")


def query_link(query_url: str, query: str) -> str:
    """The query page, pre-filled with ``query`` (``/?query=...``, URL-encoded)."""
    return query_url + "?query=" + quote(query, safe="")


def node_value(term: NamedNode | BlankNode | Literal | Triple) -> str:
    """The IRI, blank node id or lexical form of a term; a quoted triple as N-Triples writes it."""
    return str(term) if isinstance(term, Triple) else term.value
