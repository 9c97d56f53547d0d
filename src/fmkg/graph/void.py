"""The VoID (and DCAT) description of the built dataset, with counts read from the dataset itself."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from rdflib import RDF, XSD, Dataset, Graph, Literal, URIRef
from rdflib.namespace import DCTERMS, OWL

from fmkg import __version__
from fmkg.formats import DumpFile
from fmkg.graph.rdf import DCAT, PREFIXES, VOID
from fmkg.iri import Iris
from fmkg.vocab import IANA_MEDIA_TYPES

__all__ = ["Dump", "void_description"]

LICENSE = URIRef("https://creativecommons.org/licenses/by/4.0/")


@dataclass(frozen=True)
class Dump:
    file: DumpFile
    size: int


def void_description(dataset: Dataset, iris: Iris, created: str, version: str, dumps: list[Dump]) -> Graph:
    """VoID + DCAT for ``dataset``: counts, class partitions, dumps, endpoint, vocabularies, license."""
    graph = Graph()
    for prefix, namespace in iris.prefixes().items():
        graph.bind(prefix, namespace, override=True, replace=True)
    node = URIRef(iris.dataset)
    quads = list(dataset.quads((None, None, None, None)))
    subjects = {q[0] for q in quads}
    entities = {s for s in subjects if str(s).startswith(iris.resources)}
    add = graph.add
    for cls in (VOID.Dataset, DCAT.Dataset):
        add((node, RDF.type, cls))
    add((node, DCTERMS.title, Literal("fmkg: the Foundation Model Knowledge Graph", lang="en")))
    add((node, DCTERMS.description, Literal(
        "An open knowledge graph of AI foundation models, the organizations that build them, their modalities, "
        "adaptation methods, risks and the regulations that govern them, extracted from documents with "
        "provenance.", lang="en")))
    add((node, DCTERMS.license, LICENSE))
    add((node, DCTERMS.created, Literal(created, datatype=XSD.date)))
    add((node, DCTERMS.modified, Literal(created, datatype=XSD.date)))
    add((node, OWL.versionInfo, Literal(version)))
    add((node, DCTERMS.hasVersion, Literal(__version__)))
    add((node, VOID.sparqlEndpoint, URIRef(iris.sparql_endpoint)))
    add((node, VOID.uriSpace, Literal(iris.resources)))
    add((node, VOID.exampleResource, URIRef(iris.resource("gpt-4"))))
    add((node, VOID.rootResource, URIRef(iris.ontology)))
    add((node, VOID.triples, Literal(len(quads), datatype=XSD.integer)))
    add((node, VOID.entities, Literal(len(entities), datatype=XSD.integer)))
    add((node, VOID.distinctSubjects, Literal(len(subjects), datatype=XSD.integer)))
    add((node, VOID.properties, Literal(len({q[1] for q in quads}), datatype=XSD.integer)))
    for vocabulary in sorted({_namespace(str(q[1])) for q in quads}):
        add((node, VOID.vocabulary, URIRef(vocabulary)))
    _class_partitions(graph, node, quads, iris)
    _dumps(graph, node, dumps, iris)
    return graph


def _namespace(iri: str) -> str:
    cut = max(iri.rfind("#"), iri.rfind("/"))
    return iri[: cut + 1]


def _class_partitions(graph: Graph, node: URIRef, quads: list, iris: Iris) -> None:
    members: dict[URIRef, set] = {}
    for s, p, o, _ in quads:
        if p == RDF.type:
            members.setdefault(o, set()).add(s)
    counts = Counter({cls: len(subjects) for cls, subjects in members.items()})
    graph.add((node, VOID.classes, Literal(len(counts), datatype=XSD.integer)))
    for cls in sorted(counts):
        partition = URIRef(f"{iris.dataset}#class-{_fragment(str(cls))}")
        graph.add((node, VOID.classPartition, partition))
        graph.add((partition, VOID["class"], cls))
        graph.add((partition, VOID.entities, Literal(counts[cls], datatype=XSD.integer)))


def _fragment(iri: str) -> str:
    for prefix, namespace in PREFIXES.items():
        if iri.startswith(namespace):
            return f"{prefix}-{iri[len(namespace):]}"
    return iri.rsplit("/", 1)[-1].rsplit("#", 1)[-1]


def _dumps(graph: Graph, node: URIRef, dumps: list[Dump], iris: Iris) -> None:
    for dump in dumps:
        url = URIRef(iris.dump(dump.file.name))
        graph.add((node, VOID.dataDump, url))
        graph.add((node, DCAT.distribution, url))
        graph.add((url, RDF.type, DCAT.Distribution))
        graph.add((url, DCAT.downloadURL, url))
        graph.add((url, DCAT.mediaType, URIRef(IANA_MEDIA_TYPES + dump.file.format.media_type)))
        graph.add((url, DCAT.byteSize, Literal(dump.size, datatype=XSD.nonNegativeInteger)))
        graph.add((url, DCTERMS.license, LICENSE))
        if dump.file.gzip:
            graph.add((url, DCAT.compressFormat, URIRef(IANA_MEDIA_TYPES + "application/gzip")))
