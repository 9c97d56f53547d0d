"""The model of the page of a resource, a document or a statement: its facts, grouped, each with the sentences
it was read from, a one-line summary, its neighbourhood and links to queries about it."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from fmkg.store.access import Literal, NamedNode, Quad, Scope
from fmkg.vocab import OA, PROV, RDF, SKOS
from fmkg.web.terms import (
    RDF_TYPE,
    REIFICATION,
    SAME_AS,
    Index,
    Labeler,
    Term,
    grouped,
    instances_query,
    query_link,
    sorted_terms,
)


@dataclass
class Source:
    """One place a fact was read: the sentence, its document and offsets (``span`` links to the sentence)."""

    quote: str
    document: Term | None
    start: int | None
    end: int | None
    span: Term | None


@dataclass
class PageFact:
    """A fact about the page's subject (or pointing at it) and every source that supports it."""

    subject: Term
    predicate: Term
    value: Term
    sources: list[Source]


@dataclass
class PageSpan:
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
    facts: list[PageFact]
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
    evidence: list[PageFact]
    spans: list[PageSpan]
    queries: list[tuple[str, str]]

    summary: str = ""
    sentences: list[Sentence] = field(default_factory=list)
    graph: dict = field(default_factory=dict)

    @property
    def title(self) -> str:
        return self.subject.label


def build_page(quads: list[Quad], iri: str, labeler: Labeler, scope: Scope, query_url: str) -> Page:
    """The model of an HTML description page, from the description's own quads."""
    labeler.learn(quads)
    index = Index(quads)
    own = index.out.get(iri, {})
    subject = labeler.term(NamedNode(iri))
    same_as = [labeler.term(o) for p in SAME_AS for o in own.get(p, []) if isinstance(o, NamedNode)]
    page = Page(
        subject=subject,
        types=sorted_terms(labeler.term(o) for o in own.get(RDF_TYPE, [])),
        definitions=[labeler.term(o) for o in own.get(SKOS + "definition", [])],
        alt_labels=sorted_terms(labeler.term(o) for o in own.get(SKOS + "altLabel", [])),
        same_as=sorted_terms(same_as),
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


def by_sentence(facts: list[PageFact], names: list[str]) -> list[Sentence]:
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


def _evidence(index: Index, iri: str, labeler: Labeler, scope: Scope) -> list[PageFact]:
    """The facts whose statement nodes concern ``iri`` (as subject or object, or are it), each with its sources."""
    facts: dict[tuple, PageFact] = {}
    for node, props in index.out.items():
        subjects, objects = props.get(RDF + "subject", []), props.get(RDF + "object", [])
        if not subjects or (node != iri and iri not in {t.value for t in subjects + objects}):
            continue  # a statement's own page shows its fact too
        subject, predicate, value = subjects[0], index.one(node, RDF + "predicate"), objects[0] if objects else None
        if predicate is None or value is None:
            continue
        key = (subject, predicate, value)
        fact = facts.setdefault(key, PageFact(labeler.term(subject), labeler.term(predicate), labeler.term(value), []))
        document = index.one(node, PROV + "wasDerivedFrom")
        for span in props.get(scope.vocab + "evidence", []) or [None]:
            quote_text, start, end = _selected(index, span.value) if span is not None else ("", None, None)
            fact.sources.append(Source(quote_text, labeler.term(document) if document else None, start, end,
                                       labeler.term(span) if span is not None else None))
    for fact in facts.values():
        fact.sources.sort(key=lambda src: (src.document.label if src.document else "", src.start or 0, src.end or 0,
                                           src.span.value if src.span else ""))
    # A total order (subjects last): the page must not depend on the order the store lists its quads in.
    return sorted(facts.values(), key=lambda f: (f.subject.value != iri, f.predicate.value != RDF_TYPE,
                                                 f.predicate.label.lower(), f.value.label.lower(),
                                                 f.subject.label.lower(), f.subject.value, str(f.value.value)))


def _selected(index: Index, span: str) -> tuple[str, int | None, int | None]:
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


def _spans(index: Index, iri: str) -> list[PageSpan]:
    """The evidence spans inside the document ``iri`` (fragment IRIs ``iri#char=s,e``), in text order."""
    spans = []
    for node in index.out:
        if not node.startswith(iri + "#char=") or node.endswith(("-quote", "-position")):
            continue
        spans.append(PageSpan(node.partition("#")[2], *_selected(index, node)))
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
