"""The one sorted serializer: the same triples always give the same bytes, in every format and on every route.

Dumps (``fmkg build``), ``fmkg extract`` and every linked-data representation are written here. Quads are sorted
(graph, subject, predicate, object; a described entity first), so consecutive triples of one subject share one
Turtle block; only the prefixes the data uses are declared; JSON-LD is written compact, with an ``@context``.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence

import pyoxigraph as ox
from rdflib import BNode, Dataset, Graph, Literal, URIRef
from rdflib.term import Node

from fmkg.formats import JSONLD, Format, by_name
from fmkg.vocab import RDF, XSD, prefixes

__all__ = ["serialize", "serialize_dataset", "union_graph", "union_triples", "rdflib_graph", "rdflib_term",
           "native_quads", "compact_jsonld", "parse"]

_PLAIN_NAME = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")  # a Turtle local name without escapes
RDF_TYPE = RDF + "type"
XSD_STRING = XSD + "string"


def parse(fmt: Format, data: bytes | None = None, path: str | None = None,
          base_iri: str | None = None) -> list[ox.Quad]:
    """The statements of ``data`` (or the file at ``path``) in ``fmt``; SyntaxError or OSError when unreadable."""
    if path is not None:
        return list(ox.parse(path=path, format=fmt.rdf_format, base_iri=base_iri))
    return list(ox.parse(data, format=fmt.rdf_format, base_iri=base_iri))


def native_quads(dataset: Dataset) -> list[ox.Quad]:
    """The dataset's quads as Oxigraph terms, sorted; the dataset must use oxrdflib's Oxigraph store."""
    return sorted(_oxigraph(dataset), key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate),
                                                      str(q.object)))


def _oxigraph(dataset: Dataset) -> ox.Store:
    store = getattr(dataset.store, "_store", None)
    if not isinstance(store, ox.Store):
        raise TypeError("expected a Dataset(store='Oxigraph')")
    return store


def union_triples(dataset: Dataset) -> set[ox.Triple]:
    """Every triple of every named graph, once, as Oxigraph terms (what the SPARQL validator reads)."""
    return {quad.triple for quad in _oxigraph(dataset)}


def union_graph(dataset: Dataset) -> Graph:
    """Every triple of every named graph, once, as an in-memory rdflib Graph (for pySHACL)."""
    return rdflib_graph(union_triples(dataset))


def rdflib_graph(triples: Iterable[ox.Triple]) -> Graph:
    """Oxigraph triples as an in-memory rdflib Graph, converted term by term (each IRI made once): several times
    faster than writing N-Triples and parsing them."""
    iris: dict[str, URIRef] = {}
    graph = Graph()
    for triple in triples:
        graph.add((rdflib_term(triple.subject, iris), rdflib_term(triple.predicate, iris),
                   rdflib_term(triple.object, iris)))
    return graph


def rdflib_term(node: object, iris: dict[str, URIRef] | None = None) -> Node:
    """An Oxigraph term as rdflib's; ``iris`` keeps the URIRefs made so far, so that each IRI is made once."""
    if isinstance(node, ox.NamedNode):
        iri = iris.get(node.value) if iris is not None else None
        if iri is None:
            iri = URIRef(node.value)
            if iris is not None:
                iris[node.value] = iri
        return iri
    if isinstance(node, ox.BlankNode):
        return BNode(node.value)
    if isinstance(node, ox.Literal):
        if node.language:
            return Literal(node.value, lang=node.language)
        datatype = node.datatype.value
        return Literal(node.value) if datatype == XSD_STRING else Literal(node.value, datatype=datatype)
    raise TypeError(f"not an RDF term of a triple: {node!r}")


def serialize_dataset(dataset: Dataset, name: str, namespaces: dict[str, str] | None = None) -> str:
    """The dataset in the registry's format ``name``: triple formats give the union graph, TriG and N-Quads keep
    the named graphs."""
    data = serialize(_oxigraph(dataset), by_name(name), prefixes() if namespaces is None else namespaces)
    return data.decode("utf-8")


def serialize(quads: Iterable[ox.Quad], fmt: Format, prefixes: dict[str, str], first: str | None = None) -> bytes:
    """Deterministic bytes of ``quads`` in ``fmt``; graph names are dropped for triple formats.

    ``first`` puts that subject's triples first (the described entity opens the document).
    """
    quads = sorted(set(quads), key=lambda q: (str(q.graph_name), _order(q.triple, first)))
    if fmt.quads:
        return _bytes(ox.serialize(quads, format=fmt.rdf_format, prefixes=_used(prefixes, quads, plain=True)))
    triples = sorted({q.triple for q in quads}, key=lambda t: _order(t, first))
    prefixes = _used(prefixes, triples, plain=fmt is not JSONLD)
    if fmt is JSONLD:
        return compact_jsonld(triples, prefixes)
    return _bytes(ox.serialize(triples, format=fmt.rdf_format, prefixes=prefixes))


def _bytes(data: bytes | None) -> bytes:
    assert data is not None  # pyoxigraph returns the bytes when given no output
    return data


def _used(prefixes: dict[str, str], statements: Sequence[ox.Quad | ox.Triple], plain: bool) -> dict[str, str]:
    """Only the prefixes the data uses: a short header, and the @context stays compact.

    ``plain`` (Turtle, TriG) also drops a prefix when one of its names would need backslash escapes
    (``fmd:doc\\#char\\=0\\,40``): its IRIs are then written in full, which people read more easily.
    """
    iris = {t.value for q in statements for t in (q.subject, q.predicate, q.object, getattr(q, "graph_name", None))
            if isinstance(t, ox.NamedNode)}
    iris |= {q.object.datatype.value for q in statements if isinstance(q.object, ox.Literal)}
    kept = {}
    for prefix, namespace in prefixes.items():
        names = [i[len(namespace):] for i in iris if i.startswith(namespace) and i != namespace]
        if names and not (plain and any(not _PLAIN_NAME.match(n) for n in names)):
            kept[prefix] = namespace
    return kept


def _order(triple: ox.Triple, first: str | None) -> tuple:
    subject = triple.subject
    return (getattr(subject, "value", None) != first, isinstance(subject, ox.BlankNode), str(subject),
            str(triple.predicate), str(triple.object))


# --- JSON-LD: pyoxigraph writes expanded JSON-LD; people want compact keys, so we write it ourselves. ---------

def compact_jsonld(triples: Sequence[ox.Triple], prefixes: dict[str, str]) -> bytes:
    """Compact JSON-LD: an ``@context`` of the prefixes, one node object per subject in ``@graph``."""
    used = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))
    nodes: dict[str, dict[str, object]] = {}
    for t in triples:
        node = nodes.setdefault(_node_id(t.subject, used), {"@id": _node_id(t.subject, used)})
        if t.predicate.value == RDF_TYPE and isinstance(t.object, ox.NamedNode):
            _append(node, "@type", _compact(t.object.value, used))
        else:
            _append(node, _compact(t.predicate.value, used), _value(t.object, used))
    document = {"@context": dict(prefixes), "@graph": list(nodes.values())}
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def _append(node: dict[str, object], key: str, value: object) -> None:
    current = node.get(key)
    if key not in node:
        node[key] = value
    elif isinstance(current, list):
        current.append(value)
    else:
        node[key] = [current, value]


def _compact(iri: str, prefixes: list[tuple[str, str]]) -> str:
    for prefix, namespace in prefixes:
        local = iri[len(namespace):]
        if iri.startswith(namespace) and local and not local.startswith("//"):
            return f"{prefix}:{local}"
    return iri


def _node_id(term: ox.NamedNode | ox.BlankNode | ox.Triple, prefixes: list[tuple[str, str]]) -> str:
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.NamedNode):
        return _compact(term.value, prefixes)
    return str(term)  # an RDF-star triple, as N-Triples writes it


def _value(term: ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple, prefixes: list[tuple[str, str]]) -> object:
    if not isinstance(term, ox.Literal):
        return {"@id": _node_id(term, prefixes)}
    datatype = term.datatype.value
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if datatype == XSD + "string":
        return term.value
    if datatype == XSD + "boolean" and term.value in ("true", "false"):
        return term.value == "true"
    if datatype == XSD + "integer" and term.value.lstrip("-").isdigit() and str(int(term.value)) == term.value:
        return int(term.value)
    return {"@value": term.value, "@type": _compact(datatype, prefixes)}
