"""The models of the HTML pages, made from the quads the store gives (``fmkg.store.access``).

The quads of a description come from ``GraphStore.describe`` (``fmkg.store.describe`` says what they are);
here they become terms people read, the resource page, the ontology page and the not-found suggestions.
"""

from __future__ import annotations

import difflib
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import quote

from fmkg.config import CANONICAL_VOCAB
from fmkg.store.access import BlankNode, GraphStore, Literal, NamedNode, Quad, Scope
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
MAX_BNODE_DEPTH = 8  # OWL lists in the ontology are the deepest blank-node structures we expect


# --- terms as the pages show them -------------------------------------------------------------------------

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
                key = q.subject.value
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

    def term(self, t: NamedNode | BlankNode | Literal) -> Term:
        if isinstance(t, Literal):
            datatype = t.datatype.value
            shown = None if t.language or datatype in OBVIOUS_DATATYPES else self.curie(datatype)
            return Term(t.value, "literal", t.value, language=t.language, datatype=shown)
        if isinstance(t, BlankNode):
            return Term(t.value, "bnode", "_:" + t.value)
        label = self.labels.get(t.value) or self.curie(t.value)
        return Term(t.value, "iri", label, self.href(t.value), external=not t.value.startswith(self.base))


def _sorted(terms: Iterable[Term]) -> list[Term]:
    return sorted(set(terms), key=lambda t: (t.label.lower(), t.value))


# --- the page of a resource, a document or a statement ------------------------------------------------------

@dataclass
class Source:
    """One place a fact was read: the sentence, its document and offsets (``span`` links to the sentence)."""

    quote: str
    document: Term | None
    start: int | None
    end: int | None
    span: Term | None


@dataclass
class Fact:
    """A fact about the page's subject (or pointing at it) and every source that supports it."""

    subject: Term
    predicate: Term
    value: Term
    sources: list[Source]


@dataclass
class Span:
    anchor: str
    quote: str
    start: int | None
    end: int | None


@dataclass
class Sentence:
    """One evidence sentence and the facts read from it; ``parts`` is the quote cut into (text, is a mention)."""

    quote: str
    document: Term | None
    start: int | None
    end: int | None
    span: Term | None
    facts: list[Fact]
    parts: list[tuple[str, bool]]


@dataclass
class Page:
    subject: Term
    types: list[Term]
    definitions: list[Term]
    alt_labels: list[Term]
    same_as: list[Term]
    properties: list[tuple[Term, list[Term]]]
    incoming: list[tuple[Term, list[Term]]]
    evidence: list[Fact]
    spans: list[Span]
    queries: list[tuple[str, str]]

    summary: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    graph: dict = field(default_factory=dict)

    @property
    def title(self) -> str:
        return self.subject.label


class _Index:
    """subject -> predicate -> objects, over a description's quads."""

    def __init__(self, quads: Iterable[Quad]) -> None:
        self.out: dict[str, dict[str, list]] = defaultdict(lambda: defaultdict(list))
        for q in quads:
            objects = self.out[q.subject.value][q.predicate.value]
            if q.object not in objects:
                objects.append(q.object)

    def values(self, subject: str, predicate: str) -> list:
        return self.out.get(subject, {}).get(predicate, [])

    def one(self, subject: str, predicate: str) -> object | None:
        values = self.values(subject, predicate)
        return values[0] if values else None


def build_page(quads: list[Quad], iri: str, labeler: Labeler, scope: Scope, query_url: str) -> Page:
    """The model of an HTML description page, from the description's own quads."""
    labeler.learn(quads)
    index = _Index(quads)
    own = index.out.get(iri, {})
    subject = labeler.term(NamedNode(iri))
    same_as = [labeler.term(o) for p in SAME_AS for o in own.get(p, []) if isinstance(o, NamedNode)]
    page = Page(
        subject=subject,
        types=_sorted(labeler.term(o) for o in own.get(RDF_TYPE, [])),
        definitions=[labeler.term(o) for o in own.get(SKOS + "definition", [])],
        alt_labels=_sorted(labeler.term(o) for o in own.get(SKOS + "altLabel", [])),
        same_as=_sorted(same_as),
        properties=grouped(((p, o) for p, objects in own.items() for o in objects), labeler),
        incoming=grouped(((q.predicate.value, q.subject) for q in _dedupe(quads) if q.object == NamedNode(iri)
                           and q.predicate.value not in REIFICATION and not scope.is_provenance_node(q.subject)),
                          labeler),
        evidence=_evidence(index, iri, labeler, scope),
        spans=_spans(index, iri),
        queries=related_queries(iri, subject.label, [labeler.term(t) for t in own.get(RDF_TYPE, [])], scope,
                                query_url),
    )
    page.sentences = by_sentence(page.evidence, [subject.label] + [t.value for t in page.alt_labels])
    page.summary = summary_line(page, own, labeler, scope)
    page.graph = neighbourhood(page)
    return page


def summary_line(page: Page, own: dict[str, list], labeler: Labeler, scope: Scope) -> str:
    """What it is, who made it, from which documents: "GPT-4: a foundation model and language model, developed
    by OpenAI; read from 2 documents." """
    kinds = [t.label for t in page.types if t.label and not t.value.endswith("#EvidenceSpan")]
    parts = []
    if kinds:
        parts.append(("an " if kinds[0][:1].lower() in "aeiou" else "a ") + _and(kinds))
    makers = [labeler.term(o).label for o in own.get(scope.vocab + "developedBy", [])]
    if makers:
        parts.append("developed by " + _and(makers))
    documents = {src.document.value: src.document.label for fact in page.evidence for src in fact.sources
                 if src.document is not None}
    mentioned = {o.value for o in own.get(scope.vocab + "mentionedIn", []) if isinstance(o, NamedNode)}
    count = len(set(documents) | mentioned)
    if count:
        parts.append(f"read from {count} document{'s' if count != 1 else ''}")
    elif page.evidence:
        parts.append("curated")
    return f"{page.title}: " + ", ".join(parts[:2]) + ("; " + parts[2] if len(parts) > 2 else "") + "." \
        if parts else ""


def _and(words: list[str]) -> str:
    words = list(dict.fromkeys(words))
    return words[0] if len(words) == 1 else ", ".join(words[:-1]) + " and " + words[-1]


def by_sentence(facts: list[Fact], names: list[str]) -> list[Sentence]:
    """The evidence grouped by sentence (a sentence that supports five facts shows once, with the five), the
    names of the entities involved marked in it."""
    sentences: dict[tuple, Sentence] = {}
    for fact in facts:
        for src in fact.sources:
            if not src.quote:
                continue
            key = (src.document.value if src.document else "", src.start, src.quote)
            sentence = sentences.setdefault(key, Sentence(src.quote, src.document, src.start, src.end, src.span,
                                                          [], []))
            if fact not in sentence.facts:
                sentence.facts.append(fact)
    for sentence in sentences.values():
        wanted = set(names)
        for fact in sentence.facts:
            wanted |= {fact.subject.label, fact.value.label if fact.value.kind != "literal" else fact.value.value}
        sentence.parts = mark(sentence.quote, [w for w in wanted if w and len(w) > 1])
    return sorted(sentences.values(), key=lambda s: (s.document.label if s.document else "", s.start or 0))


def mark(text: str, names: list[str]) -> list[tuple[str, bool]]:
    """``text`` cut into (piece, is a mention of one of ``names``), case-insensitively, longest names first.

    >>> mark("GPT-4 is made by OpenAI.", ["OpenAI", "GPT-4"])
    [('GPT-4', True), (' is made by ', False), ('OpenAI', True), ('.', False)]
    >>> mark("GPT-4o reads images", ["GPT-4", "image"])
    [('GPT-4o reads images', False)]
    """
    import re

    if not names:
        return [(text, False)]
    alternatives = "|".join(re.escape(n) for n in sorted(set(names), key=len, reverse=True))
    pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)  # "GPT-4" is not in "GPT-4o"
    parts, last = [], 0
    for match in pattern.finditer(text):
        if match.start() > last:
            parts.append((text[last:match.start()], False))
        parts.append((match.group(0), True))
        last = match.end()
    if last < len(text):
        parts.append((text[last:], False))
    return parts


def neighbourhood(page: Page, limit: int = 40) -> dict:
    """Nodes and edges of the entity's links (out and in), for the page's small graph; literals left out."""
    nodes = {page.subject.value: {"id": page.subject.value, "label": page.title, "href": page.subject.href,
                                  "focus": True}}
    edges = []
    for predicate, terms in page.properties:
        if predicate.value in (RDF_TYPE,) or predicate.value in SAME_AS:
            continue
        for t in terms:
            if t.kind == "iri" and t.href and len(nodes) < limit:
                nodes.setdefault(t.value, {"id": t.value, "label": t.label, "href": t.href})
                edges.append({"source": page.subject.value, "target": t.value, "label": predicate.label})
    for predicate, terms in page.incoming:
        for t in terms:
            if t.kind == "iri" and t.href and len(nodes) < limit:
                nodes.setdefault(t.value, {"id": t.value, "label": t.label, "href": t.href})
                edges.append({"source": t.value, "target": page.subject.value, "label": predicate.label})
    return {"nodes": list(nodes.values()), "edges": edges} if edges else {}


def _dedupe(quads: Iterable[Quad]) -> list[Quad]:
    return list(dict.fromkeys(q for q in quads))


def grouped(pairs: Iterable[tuple[str, object]], labeler: Labeler) -> list[tuple[Term, list[Term]]]:
    groups: dict[str, set[Term]] = defaultdict(set)
    for predicate, value in pairs:
        groups[predicate].add(labeler.term(value))
    first = {RDF_TYPE: 0, RDFS + "label": 1, SKOS + "altLabel": 2, SKOS + "definition": 3}
    rows = [(labeler.term(NamedNode(p)), _sorted(values)) for p, values in groups.items()]
    return sorted(rows, key=lambda row: (first.get(row[0].value, 9), row[0].label.lower()))


def _evidence(index: _Index, iri: str, labeler: Labeler, scope: Scope) -> list[Fact]:
    """The facts whose statement nodes concern ``iri`` (as subject or object, or are it), each with its sources."""
    facts: dict[tuple, Fact] = {}
    for node, props in index.out.items():
        subjects, objects = props.get(RDF + "subject", []), props.get(RDF + "object", [])
        if not subjects or (node != iri and iri not in {t.value for t in subjects + objects}):
            continue  # a statement's own page shows its fact too
        key = (subjects[0], index.one(node, RDF + "predicate"), objects[0] if objects else None)
        if None in key:
            continue
        fact = facts.setdefault(key, Fact(*(labeler.term(t) for t in key), []))
        document = index.one(node, PROV + "wasDerivedFrom")
        for span in props.get(scope.vocab + "evidence", []) or [None]:
            quote_text, start, end = _selected(index, span.value) if span is not None else ("", None, None)
            fact.sources.append(Source(quote_text, labeler.term(document) if document else None, start, end,
                                       labeler.term(span) if span is not None else None))
    for fact in facts.values():
        fact.sources.sort(key=lambda src: (src.document.label if src.document else "", src.start or 0))
    return sorted(facts.values(), key=lambda f: (f.subject.value != iri, f.predicate.value != RDF_TYPE,
                                                 f.predicate.label.lower(), f.value.label.lower()))


def _selected(index: _Index, span: str) -> tuple[str, int | None, int | None]:
    """(quote, start, end) of an evidence span, from its text-quote and text-position selectors."""
    quote_text, start, end = "", None, None
    for selector in index.values(span, OA + "hasSelector"):
        quote_text = _literal(index.one(selector.value, OA + "exact")) or quote_text
        start = _int(index.one(selector.value, OA + "start"), start)
        end = _int(index.one(selector.value, OA + "end"), end)
    return quote_text, start, end


def _literal(term: object) -> str | None:
    return term.value if isinstance(term, Literal) else None


def _int(term: object, default: int | None) -> int | None:
    try:
        return int(term.value) if isinstance(term, Literal) else default
    except ValueError:
        return default


def _spans(index: _Index, iri: str) -> list[Span]:
    """The evidence spans inside the document ``iri`` (fragment IRIs ``iri#char=s,e``), in text order."""
    spans = []
    for node in index.out:
        if not node.startswith(iri + "#char=") or node.endswith(("-quote", "-position")):
            continue
        spans.append(Span(node.partition("#")[2], *_selected(index, node)))
    return sorted(spans, key=lambda s: (s.start is None, s.start or 0, s.anchor))


def related_queries(iri: str, label: str, types: list[Term], scope: Scope, query_url: str) -> list[tuple[str, str]]:
    """Links to the query page, pre-filled with SPARQL about this IRI."""
    fm = scope.vocab
    queries = [
        (f"All facts about {label}", f"SELECT ?property ?value WHERE {{\n  <{iri}> ?property ?value .\n}}"),
        (f"What links to {label}", f"SELECT ?subject ?property WHERE {{\n  ?subject ?property <{iri}> .\n}}"),
        (f"Evidence for the facts about {label}",
         f"PREFIX rdf: <{RDF}>\nPREFIX prov: <{PROV}>\nPREFIX oa: <{OA}>\nPREFIX fm: <{fm}>\n"
         f"SELECT ?property ?value ?quote ?document WHERE {{\n  ?statement rdf:subject <{iri}> ;\n"
         "    rdf:predicate ?property ; rdf:object ?value ; prov:wasDerivedFrom ?document ;\n"
         "    fm:evidence/oa:hasSelector/oa:exact ?quote .\n}"),
    ]
    for t in sorted((t for t in types if t.value.startswith(fm)), key=lambda t: t.label)[:3]:
        queries.append((f"Every {t.label}", instances_query(t.value)))
    return [(title, query_link(query_url, text)) for title, text in queries]


def instances_query(cls: str) -> str:
    return (f"PREFIX rdfs: <{RDFS}>\nSELECT ?thing ?label WHERE {{\n  ?thing a <{cls}> ; rdfs:label ?label .\n}}"
            "\nORDER BY ?label")


def query_link(query_url: str, query: str) -> str:
    """The query page, pre-filled with ``query`` (``/?query=...``, URL-encoded)."""
    return query_url + "?query=" + quote(query, safe="")


# --- not found: suggestions -----------------------------------------------------------------------------------

def suggestions(labels: Iterable[tuple[str, str]], prefix: str, wanted: str, limit: int = 5) -> list[tuple[str, str]]:
    """(IRI, label) of the resources (``labels`` of IRIs under ``prefix``) whose label or slug looks like
    ``wanted``, best first."""
    needle = wanted.replace("-", " ").replace("_", " ").lower().strip()
    scored = []
    for iri, label in labels:
        candidates = (label.lower(), iri[len(prefix):].replace("-", " "))
        score = max(difflib.SequenceMatcher(None, needle, c).ratio() + (0.5 if needle and needle in c else 0)
                    for c in candidates)
        if score >= 0.6:
            scored.append((score, iri, label))
    seen: dict[str, str] = {}
    for _, iri, label in sorted(scored, key=lambda s: (-s[0], s[2])):
        seen.setdefault(iri, label)
    return list(seen.items())[:limit]


# --- the ontology page ---------------------------------------------------------------------------------------

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
    index = _Index(quads)
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


def _term_kinds(index: _Index, vocab: str) -> dict[str, str]:
    kinds = {}
    for subject, props in index.out.items():
        if subject.startswith(vocab) and len(subject) > len(vocab):
            types = [t.value for t in props.get(RDF_TYPE, [])]
            kinds[subject] = next((TERM_KINDS[t] for t in types if t in TERM_KINDS), "term")
    return kinds


def _ontology_term(index: _Index, iri: str, kind: str, labeler: Labeler, scope: Scope,
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
        parents=_sorted(labeler.term(o) for o in own.get(parent, []) if isinstance(o, NamedNode)
                        and o.value not in (OWL + "NamedIndividual", SKOS + "ConceptScheme")),
        children=[] if kind in CONCEPT_KINDS else _sorted(labeler.term(NamedNode(c)) for c in children),
        domains=[_alternatives(index, o, labeler) for o in own.get(RDFS + "domain", [])],
        ranges=[_alternatives(index, o, labeler) for o in own.get(RDFS + "range", [])],
        alignments=[(labeler.term(NamedNode(p)), labeler.term(o)) for p in ALIGNMENTS for o in own.get(p, [])],
        count=count,
    )


def _alternatives(index: _Index, term: object, labeler: Labeler) -> list[Term]:
    """A class expression as alternatives: ``owl:unionOf (A B)`` -> [A, B]; a named class -> [it]."""
    if isinstance(term, BlankNode):
        members = index.one(term.value, OWL + "unionOf")
        if members is not None:
            return [labeler.term(t) for t in _rdf_list(index, members)]
    return [labeler.term(term)]


def _rdf_list(index: _Index, head: object) -> list:
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
