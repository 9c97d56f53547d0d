"""The SPARQL 1.1 Service Description of ``/sparql``: what the endpoint speaks and the dataset it serves.

Built per request because ``sd:endpoint`` must name the URL the client used; the dataset part comes from the
store (its size and named graphs) and from the build's VoID description (``dist/void.ttl``) when there is one.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

from fmkg.formats import REGISTRY, TURTLE
from fmkg.graph.serialize import parse
from fmkg.store.access import BlankNode, Literal, NamedNode, Triple
from fmkg.vocab import DCTERMS, ENTAILMENT, RDF, RDFS, SD, VOID, XSD

__all__ = ["describe_service"]

RDF_TYPE = NamedNode(RDF + "type")



def _n(iri: str) -> NamedNode:
    return NamedNode(iri)


def _service(endpoint: str, dataset: str, limits: str) -> list[Triple]:
    service, sd = _n(endpoint + "#service"), lambda local: _n(SD + local)
    triples = [
        Triple(service, RDF_TYPE, sd("Service")),
        Triple(service, sd("endpoint"), _n(endpoint)),
        Triple(service, sd("supportedLanguage"), sd("SPARQL10Query")),
        Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        Triple(service, sd("defaultEntailmentRegime"), _n(ENTAILMENT + "Simple")),
        Triple(service, sd("defaultDataset"), _n(dataset)),
        Triple(service, _n(DCTERMS + "title"), Literal("fmkg SPARQL endpoint", language="en")),
        Triple(service, _n(RDFS + "comment"), Literal(limits, language="en")),
    ]
    triples += [Triple(service, sd("resultFormat"), _n(f.w3c_iri)) for f in REGISTRY if f.kinds and f.w3c_iri]
    return triples


def _dataset(endpoint: str, dataset: str, info: Mapping[str, Any], void_url: str) -> list[Triple]:
    node, sd = _n(dataset), lambda local: _n(SD + local)
    default_graph = BlankNode("defaultGraph")
    triples = [
        Triple(node, RDF_TYPE, sd("Dataset")),
        Triple(node, RDF_TYPE, _n(VOID + "Dataset")),
        Triple(node, _n(VOID + "sparqlEndpoint"), _n(endpoint)),
        Triple(node, _n(RDFS + "seeAlso"), _n(void_url)),
        Triple(node, sd("defaultGraph"), default_graph),
        Triple(default_graph, RDF_TYPE, sd("Graph")),
        Triple(default_graph, _n(RDFS + "comment"),
                  Literal("The union of all named graphs.", language="en")),
    ]
    for number, (name, size) in enumerate(info.get("graphs") or [], start=1):
        named, graph = BlankNode(f"namedGraph{number}"), BlankNode(f"graph{number}")
        triples += [Triple(node, sd("namedGraph"), named), Triple(named, RDF_TYPE, sd("NamedGraph")),
                    Triple(named, sd("name"), _n(name)), Triple(named, sd("graph"), graph),
                    Triple(graph, RDF_TYPE, sd("Graph")),
                    Triple(graph, _n(VOID + "triples"), Literal(str(size), datatype=_XSD_INTEGER))]
    return triples


_XSD_INTEGER = NamedNode(XSD + "integer")


def _void_file(path: Path) -> list[Triple]:
    """The build's VoID description, or nothing when it is missing or does not parse."""
    try:
        return [quad.triple for quad in parse(TURTLE, path=str(path))]
    except (OSError, SyntaxError):
        return []


def describe_service(endpoint: str, dataset: str, info: Mapping[str, object], void_url: str,
                     void_file: Path | None, limits: str) -> list[Triple]:
    """The service description triples: the service, its default dataset and that dataset's VoID."""
    triples = _service(endpoint, dataset, limits) + _dataset(endpoint, dataset, info, void_url)
    void = _void_file(void_file) if void_file is not None else []
    stated = any(t.subject == _n(dataset) and t.predicate == _n(VOID + "triples") for t in void)
    if info.get("quads") is not None and not stated:
        triples.append(Triple(_n(dataset), _n(VOID + "triples"),
                                 Literal(str(info["quads"]), datatype=_XSD_INTEGER)))
    return _grouped(triples + void)


def _grouped(triples: list[Triple]) -> list[Triple]:
    """Triples of one subject together (in order of first appearance), so Turtle writes each subject once."""
    order: dict[object, list[Triple]] = {}
    for triple in dict.fromkeys(triples):  # the build's VoID may repeat what is said here
        order.setdefault(triple.subject, []).append(triple)
    return [triple for group in order.values() for triple in group]
