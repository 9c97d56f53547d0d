"""What the server says about one IRI: the quads of its description, read with the engine's pattern lookups.

A resource's description (DBpedia-style, symmetric, with provenance): every triple it is the subject of (blank
nodes followed), the labels and types of what it links to, the triples that point at it and the labels and types
of their subjects, and for each fact about it the ``rdf:Statement`` with its evidence spans, their quote and
position selectors and the title of the document. Everything is read over all named graphs (the union), so a
description keeps each quad's graph for TriG.

This runs where the store is open: in an executor process (``fmkg.store.executor``), with the time limit of a
page read; the web layer asks for it through ``fmkg.store.access``.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass

import pyoxigraph as ox

from fmkg.config import CANONICAL_VOCAB
from fmkg.iri import Iris
from fmkg.vocab import DCTERMS, FOAF, OA, PROV, RDF, RDFS, SCHEMA, SKOS

__all__ = ["Scope", "describe", "LABEL_PREDICATES"]

RDF_TYPE = RDF + "type"
LABEL_PREDICATES = (RDFS + "label", SKOS + "prefLabel", DCTERMS + "title", SCHEMA + "name", FOAF + "name")
REIFICATION = (RDF + "subject", RDF + "object")
Term = ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple
MAX_BNODE_DEPTH = 8  # OWL lists in the ontology are the deepest blank-node structures we expect


@dataclass(frozen=True)
class Scope:
    """What a description needs to know about the deployment."""

    base: str
    max_links: int = 1000
    vocab_namespace: str = CANONICAL_VOCAB

    @property
    def vocab(self) -> str:
        return self.vocab_namespace

    def is_provenance_node(self, term: Term) -> bool:
        """Statement nodes and evidence spans: shown as provenance, not as links."""
        if not isinstance(term, ox.NamedNode):
            return False
        iris = Iris(self.base, self.vocab_namespace)
        return term.value.startswith(iris.statements) or iris.is_evidence(term.value)


def _quads(store: ox.Store, s, p, o, g=None) -> Iterator[ox.Quad]:
    """Quads of the named graphs only: the default graph holds their union again (``fmkg.store``)."""
    quads = store.quads_for_pattern(s, p, o, g)
    return quads if g is not None else (q for q in quads if not isinstance(q.graph_name, ox.DefaultGraph))


def _first(quads: Iterator[ox.Quad]) -> bool:
    return next(quads, None) is not None


def describe(store: ox.Store, iri: str, scope: Scope, *, with_spans: bool = False) -> list[ox.Quad]:
    """The quads describing ``iri``; ``with_spans`` adds the evidence spans located in it (a document)."""
    node = ox.NamedNode(iri)
    quads = _outgoing(store, node)
    incoming, statements = _incoming(store, node, scope, about_only=with_spans)
    quads += incoming
    linked = {q.object for q in quads if isinstance(q.object, ox.NamedNode)} | {q.subject for q in incoming}
    quads += labels_and_types(store, linked - {node})
    for statement in statements:
        quads += statement_quads(store, statement, scope)
    evidence = ox.NamedNode(scope.vocab + "evidence")
    for span in {q.object for q in quads if q.predicate == evidence and q.subject == node}:
        quads += span_quads(store, span)
    if with_spans:
        for q in _quads(store, None, ox.NamedNode(OA + "hasSource"), node, None):
            quads += span_quads(store, q.subject)
    return quads


def _outgoing(store: ox.Store, node: ox.NamedNode | ox.BlankNode, depth: int = 0) -> list[ox.Quad]:
    quads = list(_quads(store, node, None, None, None))
    if depth < MAX_BNODE_DEPTH:
        for q in list(quads):
            if isinstance(q.object, ox.BlankNode):
                quads += _outgoing(store, q.object, depth + 1)
    return quads


def _incoming(store: ox.Store, node: ox.NamedNode, scope: Scope,
              about_only: bool = False) -> tuple[list[ox.Quad], list[Term]]:
    """Links pointing at ``node`` and the statements about facts with it (each list capped at max_links)."""
    links: list[ox.Quad] = []
    statements: dict[Term, None] = {}
    subject_of, object_of = (ox.NamedNode(p) for p in REIFICATION)
    for q in _quads(store, None, None, node, None):
        if q.predicate == subject_of or (q.predicate == object_of and not about_only):
            if len(statements) < scope.max_links:
                statements[q.subject] = None
        elif not scope.is_provenance_node(q.subject) and q.predicate != object_of and len(links) < scope.max_links:
            links.append(q)
    return links, list(statements)


def labels_and_types(store: ox.Store, nodes: Iterable[Term]) -> list[ox.Quad]:
    predicates = [ox.NamedNode(p) for p in (RDF_TYPE, *LABEL_PREDICATES)]
    return [q for n in nodes if _is_node(n) for p in predicates for q in _quads(store, n, p, None, None)]


def _is_node(term: Term) -> bool:
    """An IRI or a blank node: what can be the subject of a lookup (not a literal)."""
    return isinstance(term, ox.NamedNode | ox.BlankNode)


def statement_quads(store: ox.Store, statement: Term, scope: Scope) -> list[ox.Quad]:
    """A fact's statement node, its evidence spans with their selectors, and its documents' titles."""
    quads = list(_quads(store, statement, None, None, None))
    evidence, derived = ox.NamedNode(scope.vocab + "evidence"), ox.NamedNode(PROV + "wasDerivedFrom")
    for q in list(quads):
        if q.predicate == evidence:
            quads += span_quads(store, q.object)
        elif q.predicate == derived:
            quads += labels_and_types(store, [q.object])
    return quads


def span_quads(store: ox.Store, span: Term) -> list[ox.Quad]:
    if not _is_node(span):
        return []
    quads = list(_quads(store, span, None, None, None))
    selector = ox.NamedNode(OA + "hasSelector")
    for q in list(quads):
        if q.predicate == selector and _is_node(q.object):
            quads += _quads(store, q.object, None, None, None)
    return quads
