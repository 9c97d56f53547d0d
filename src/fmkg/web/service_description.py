"""The SPARQL 1.1 Service Description of ``/sparql``: what the endpoint speaks and the dataset it serves.

Built per request because ``sd:endpoint`` must name the URL the client used; the dataset part comes from the
store (its size and named graphs) and from the build's VoID description (``dist/void.ttl``) when there is one.
"""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

import pyoxigraph as ox

from fmkg.formats import REGISTRY
from fmkg.vocab import DCTERMS, ENTAILMENT, RDF, RDFS, SD, VOID, XSD

__all__ = ["describe_service"]

RDF_TYPE = ox.NamedNode(RDF + "type")



def _n(iri: str) -> ox.NamedNode:
    return ox.NamedNode(iri)


def _service(endpoint: str, dataset: str, limits: str) -> list[ox.Triple]:
    service, sd = _n(endpoint + "#service"), lambda local: _n(SD + local)
    triples = [
        ox.Triple(service, RDF_TYPE, sd("Service")),
        ox.Triple(service, sd("endpoint"), _n(endpoint)),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL10Query")),
        ox.Triple(service, sd("supportedLanguage"), sd("SPARQL11Query")),
        ox.Triple(service, sd("feature"), sd("UnionDefaultGraph")),
        ox.Triple(service, sd("defaultEntailmentRegime"), _n(ENTAILMENT + "Simple")),
        ox.Triple(service, sd("defaultDataset"), _n(dataset)),
        ox.Triple(service, _n(DCTERMS + "title"), ox.Literal("fmkg SPARQL endpoint", language="en")),
        ox.Triple(service, _n(RDFS + "comment"), ox.Literal(limits, language="en")),
    ]
    triples += [ox.Triple(service, sd("resultFormat"), _n(f.w3c_iri)) for f in REGISTRY if f.kinds and f.w3c_iri]
    return triples


def _dataset(endpoint: str, dataset: str, info: Mapping[str, object], void_url: str) -> list[ox.Triple]:
    node, sd = _n(dataset), lambda local: _n(SD + local)
    default_graph = ox.BlankNode("defaultGraph")
    triples = [
        ox.Triple(node, RDF_TYPE, sd("Dataset")),
        ox.Triple(node, RDF_TYPE, _n(VOID + "Dataset")),
        ox.Triple(node, _n(VOID + "sparqlEndpoint"), _n(endpoint)),
        ox.Triple(node, _n(RDFS + "seeAlso"), _n(void_url)),
        ox.Triple(node, sd("defaultGraph"), default_graph),
        ox.Triple(default_graph, RDF_TYPE, sd("Graph")),
        ox.Triple(default_graph, _n(RDFS + "comment"),
                  ox.Literal("The union of all named graphs.", language="en")),
    ]
    for number, (name, size) in enumerate(info.get("graphs") or [], start=1):
        named, graph = ox.BlankNode(f"namedGraph{number}"), ox.BlankNode(f"graph{number}")
        triples += [ox.Triple(node, sd("namedGraph"), named), ox.Triple(named, RDF_TYPE, sd("NamedGraph")),
                    ox.Triple(named, sd("name"), _n(name)), ox.Triple(named, sd("graph"), graph),
                    ox.Triple(graph, RDF_TYPE, sd("Graph")),
                    ox.Triple(graph, _n(VOID + "triples"), ox.Literal(str(size), datatype=_XSD_INTEGER))]
    return triples


_XSD_INTEGER = ox.NamedNode(XSD + "integer")


def _void_file(path: Path) -> list[ox.Triple]:
    """The build's VoID description, or nothing when it is missing or does not parse."""
    try:
        return [quad.triple for quad in ox.parse(path=str(path), format=ox.RdfFormat.TURTLE)]
    except (OSError, SyntaxError):
        return []


def describe_service(endpoint: str, dataset: str, info: Mapping[str, object], void_url: str,
                     void_file: Path | None, limits: str) -> list[ox.Triple]:
    """The service description triples: the service, its default dataset and that dataset's VoID."""
    triples = _service(endpoint, dataset, limits) + _dataset(endpoint, dataset, info, void_url)
    void = _void_file(void_file) if void_file is not None else []
    stated = any(t.subject == _n(dataset) and t.predicate == _n(VOID + "triples") for t in void)
    if info.get("quads") is not None and not stated:
        triples.append(ox.Triple(_n(dataset), _n(VOID + "triples"),
                                 ox.Literal(str(info["quads"]), datatype=_XSD_INTEGER)))
    return _grouped(triples + void)


def _grouped(triples: list[ox.Triple]) -> list[ox.Triple]:
    """Triples of one subject together (in order of first appearance), so Turtle writes each subject once."""
    order: dict[object, list[ox.Triple]] = {}
    for triple in dict.fromkeys(triples):  # the build's VoID may repeat what is said here
        order.setdefault(triple.subject, []).append(triple)
    return [triple for group in order.values() for triple in group]
