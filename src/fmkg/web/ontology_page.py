"""The model of the ontology page: every class, property and concept of the fm: namespace, with its hierarchy,
domains and ranges, alignments and how often the data uses it."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from fmkg.store.access import BlankNode, GraphStore, NamedNode, Quad, Scope
from fmkg.vocab import OWL, RDF, RDFS, SKOS
from fmkg.web.terms import (
    ALIGNMENTS,
    RDF_TYPE,
    Index,
    Labeler,
    Term,
    grouped,
    instances_query,
    query_link,
    sorted_terms,
)

TERM_KINDS = {OWL + "Class": "class", RDFS + "Class": "class", OWL + "ObjectProperty": "object property",
              OWL + "DatatypeProperty": "datatype property", OWL + "AnnotationProperty": "annotation property",
              RDF + "Property": "property", OWL + "NamedIndividual": "individual",
              SKOS + "ConceptScheme": "concept scheme"}
CONCEPT_KINDS = ("individual", "concept scheme")  # the ontology's own concepts (fm:AccessLevels and its levels)
# Links between the concepts of a scheme (skos:inScheme, owl:differentFrom...) are not uses of a concept.
_NOT_SCHEME_LINK = f'FILTER (!STRSTARTS(STR(?p), "{OWL}") && !STRSTARTS(STR(?p), "{SKOS}"))'


@dataclass
class OntologyTerm:
    anchor: str
    term: Term
    kind: str
    comments: list[Term]
    parents: list[Term]
    children: list[Term]
    domains: list[list[Term]]  # each entry: alternatives (an owl:unionOf shows as "A or B")
    ranges: list[list[Term]]
    alignments: list[tuple[Term, Term]]  # (relation, target)
    count: int | None
    count_href: str | None = None  # the query listing the instances (classes) or uses (properties)
    domain_of: list[Term] = field(default_factory=list)
    range_of: list[Term] = field(default_factory=list)

    @property
    def is_class(self) -> bool:
        return self.kind == "class"

    @property
    def is_concept(self) -> bool:
        return self.kind in CONCEPT_KINDS


@dataclass
class OntologyPage:
    subject: Term
    header: list[tuple[Term, list[Term]]]
    classes: list[OntologyTerm]
    properties: list[OntologyTerm]
    concepts: list[OntologyTerm] = field(default_factory=list)  # named individuals and concept schemes

    @property
    def title(self) -> str:
        return self.subject.label


def build_ontology_page(store: GraphStore, quads: list[Quad], ontology: str, labeler: Labeler,
                        scope: Scope, query_url: str) -> OntologyPage:
    """Every class and property of the fm: namespace, with hierarchy, domain, range, alignments and counts."""
    labeler.learn(quads)
    index = Index(quads)
    kinds = _term_kinds(index, scope.vocab)
    counts = usage_counts(store, kinds)
    terms = [_ontology_term(index, iri, kind, labeler, scope, counts.get(iri, 0)) for iri, kind in kinds.items()]
    _link_domains(terms)
    for t in terms:
        if t.is_class:
            query = instances_query(t.term.value)
        elif t.is_concept:
            query = (f"SELECT ?subject ?p WHERE {{\n  ?subject ?p <{t.term.value}> .\n"
                     f"  {_NOT_SCHEME_LINK}\n}}")
        else:
            query = f"SELECT ?subject ?object WHERE {{\n  ?subject <{t.term.value}> ?object .\n}}"
        t.count_href = query_link(query_url, query)
    header = grouped(((p, o) for p, objects in index.out.get(ontology, {}).items() for o in objects), labeler)
    order = lambda t: t.anchor.lower()  # noqa: E731 - one sort key used three times
    return OntologyPage(labeler.term(NamedNode(ontology)), header,
                        sorted((t for t in terms if t.is_class), key=order),
                        sorted((t for t in terms if not t.is_class and not t.is_concept), key=order),
                        sorted((t for t in terms if t.is_concept), key=order))


def _term_kinds(index: Index, vocab: str) -> dict[str, str]:
    kinds = {}
    for subject, props in index.out.items():
        if subject.startswith(vocab) and len(subject) > len(vocab):
            types = [t.value for t in props.get(RDF_TYPE, [])]
            kinds[subject] = next((TERM_KINDS[t] for t in types if t in TERM_KINDS), "term")
    return kinds


def _ontology_term(index: Index, iri: str, kind: str, labeler: Labeler, scope: Scope,
                   count: int | None) -> OntologyTerm:
    parent = RDFS + ("subClassOf" if kind in ("class", "term") else "subPropertyOf")
    if kind in CONCEPT_KINDS:
        parent = RDF_TYPE  # an individual's classes (owl:NamedIndividual and skos:ConceptScheme are left out below)
    own = index.out.get(iri, {})
    children = [s for s, props in index.out.items() if any(o.value == iri for o in props.get(parent, []))]
    return OntologyTerm(
        anchor=iri[len(scope.vocab):],
        term=labeler.term(NamedNode(iri)),
        kind=kind,
        comments=[labeler.term(o) for p in (RDFS + "comment", SKOS + "definition") for o in own.get(p, [])],
        parents=sorted_terms(labeler.term(o) for o in own.get(parent, []) if isinstance(o, NamedNode)
                        and o.value not in (OWL + "NamedIndividual", SKOS + "ConceptScheme")),
        children=[] if kind in CONCEPT_KINDS else sorted_terms(labeler.term(NamedNode(c)) for c in children),
        domains=[_alternatives(index, o, labeler) for o in own.get(RDFS + "domain", [])],
        ranges=[_alternatives(index, o, labeler) for o in own.get(RDFS + "range", [])],
        alignments=[(labeler.term(NamedNode(p)), labeler.term(o)) for p in ALIGNMENTS
                    for o in sorted(own.get(p, []), key=str)],
        count=count,
    )


def _alternatives(index: Index, term: Any, labeler: Labeler) -> list[Term]:
    """A class expression as alternatives: ``owl:unionOf (A B)`` -> [A, B]; a named class -> [it]."""
    if isinstance(term, BlankNode):
        members = index.one(term.value, OWL + "unionOf")
        if members is not None:
            return [labeler.term(t) for t in _rdf_list(index, members)]
    return [labeler.term(term)]


def _rdf_list(index: Index, head: object) -> list:
    items, seen = [], set()
    while isinstance(head, BlankNode) and head.value not in seen:
        seen.add(head.value)
        first = index.one(head.value, RDF + "first")
        if first is not None:
            items.append(first)
        head = index.one(head.value, RDF + "rest")
    return items


def _link_domains(terms: list[OntologyTerm]) -> None:
    """Give each class the properties whose domain or range it is."""
    by_iri = {t.term.value: t for t in terms}
    for prop in (t for t in terms if not t.is_class and not t.is_concept):
        for alternatives, attr in ((prop.domains, "domain_of"), (prop.ranges, "range_of")):
            for cls in {a.value for alts in alternatives for a in alts}:
                if cls in by_iri:
                    getattr(by_iri[cls], attr).append(prop.term)
    for term in terms:  # in label order, not in the order the store listed the properties (engines differ)
        term.domain_of, term.range_of = sorted_terms(term.domain_of), sorted_terms(term.range_of)


_COUNTS_CACHE: dict[object, dict[str, int]] = {}


def usage_counts(store: GraphStore, kinds: dict[str, str]) -> dict[str, int]:
    """Instances of each class, distinct triples of each property and of each concept as object, over the union.

    Cached per store generation (one stat, no scan of the store).
    """
    key = (store.generation(), tuple(sorted(kinds.items())))
    if key not in _COUNTS_CACHE:
        classes = " ".join(f"<{i}>" for i, k in kinds.items() if k == "class")
        props = " ".join(f"<{i}>" for i, k in kinds.items() if k != "class" and k not in CONCEPT_KINDS)
        concepts = " ".join(f"<{i}>" for i, k in kinds.items() if k in CONCEPT_KINDS)
        counts: dict[str, int] = {}
        if classes:
            counts |= _count(store, f"SELECT ?t (COUNT(DISTINCT ?x) AS ?n) WHERE {{ VALUES ?t {{ {classes} }} "
                                    "?x a ?t } GROUP BY ?t")
        if props:
            counts |= _count(store, "SELECT ?t (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?t ?o WHERE { "
                                    f"VALUES ?t {{ {props} }} ?s ?t ?o }} }} GROUP BY ?t")
        if concepts:  # the triples that point to the concept, besides those of the scheme itself
            counts |= _count(store, "SELECT ?t (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?t WHERE { "
                                    f"VALUES ?t {{ {concepts} }} ?s ?p ?t {_NOT_SCHEME_LINK} }} }} GROUP BY ?t")
        _COUNTS_CACHE.clear()  # one store per process: keep only the latest
        _COUNTS_CACHE[key] = counts
    return _COUNTS_CACHE[key]


def _count(store: GraphStore, query: str) -> dict[str, int]:
    return {row["t"].value: int(row["n"].value) for row in store.select(query)
            if row["t"] is not None and row["n"] is not None}
