"""A picture of the ontology: its classes, their subclass links and the object properties between them.

``ontology_dot(graph)`` renders the classes of the ontology's own namespace as Graphviz DOT: one box per class
listing its datatype properties, a hollow-arrow edge from each subclass to its superclass, and one labelled edge
from domain to range for each object property. The output depends only on the triples (everything is sorted), so
the committed picture changes only when the ontology does.

    python -m fmkg.graph.diagram ontology/fmkg.ttl docs/data-model.svg

writes ``docs/data-model.dot`` and, when Graphviz's ``dot`` is installed, ``docs/data-model.svg``.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

from rdflib import OWL, RDF, RDFS, Graph, Literal, Namespace, URIRef
from rdflib.term import Node

from fmkg import vocab
from fmkg.vocab import curie

__all__ = ["ontology_dot", "ontology_namespace", "main"]

SCHEMA = Namespace(vocab.SCHEMA)
VANN = Namespace(vocab.VANN)

# An object property whose subject may be of more classes than this is drawn from one "any entity" node.
MAX_DOMAIN_EDGES = 3
ANY_ENTITY = "any_entity"



def ontology_namespace(graph: Graph) -> str:
    """The namespace of the ontology's own terms: ``vann:preferredNamespaceUri``, else the ontology IRI + ``#``."""
    for ontology in sorted(graph.subjects(RDF.type, OWL.Ontology), key=str):
        preferred = graph.value(ontology, VANN.preferredNamespaceUri)
        if preferred is not None:
            return str(preferred)
        return str(ontology) + "#"
    raise ValueError("the graph has no owl:Ontology")


def _local(iri: str) -> str:
    for separator in ("#", "/"):
        if separator in iri:
            return iri.rsplit(separator, 1)[1]
    return iri


def _curie(iri: str, namespace: str) -> str:
    if iri.startswith(namespace):
        return iri[len(namespace):]
    return curie(iri, vocab.COMMON)


def _preferred_prefix(graph: Graph) -> str:
    for ontology in sorted(graph.subjects(RDF.type, OWL.Ontology), key=str):
        prefix = graph.value(ontology, VANN.preferredNamespacePrefix)
        if prefix is not None:
            return str(prefix)
    return "fm"


def _english_label(graph: Graph, term: Node) -> str:
    labels = sorted(str(o) for o in graph.objects(term, RDFS.label) if isinstance(o, Literal) and o.language == "en")
    return labels[0] if labels else _local(str(term))


def _quote(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _record_escape(text: str) -> str:
    for char in "\\{}|<>\"":
        text = text.replace(char, "\\" + char)
    return text


def _node_id(iri: str, namespace: str) -> str:
    name = _curie(iri, namespace)
    return "".join(c if c.isalnum() else "_" for c in name)


def ontology_dot(graph: Graph, title: str | None = None) -> str:
    """The ontology ``graph`` as a Graphviz DOT digraph (deterministic for a given set of triples)."""
    namespace = ontology_namespace(graph)

    def own(term) -> bool:
        return isinstance(term, URIRef) and str(term).startswith(namespace)

    classes = sorted({c for c in graph.subjects(RDF.type, OWL.Class) if own(c)}, key=str)
    object_properties = sorted({p for p in graph.subjects(RDF.type, OWL.ObjectProperty) if own(p)}, key=str)
    datatype_properties = sorted({p for p in graph.subjects(RDF.type, OWL.DatatypeProperty) if own(p)}, key=str)

    attributes: dict[Node, list[str]] = {c: [] for c in classes}
    for prop in datatype_properties:
        ranges = sorted(_curie(str(r), namespace).removeprefix("xsd:") for r in graph.objects(prop, RDFS.range))
        for domain in graph.objects(prop, RDFS.domain):
            if domain in attributes:
                attributes[domain].append(f"{_local(str(prop))}: {', '.join(ranges) or 'literal'}")

    ontology = sorted(graph.subjects(RDF.type, OWL.Ontology), key=str)[0]
    name = title or _english_label(graph, ontology)
    lines = [
        "digraph ontology {",
        f"  label={_quote(name)};",
        "  labelloc=t; fontname=Helvetica; fontsize=18;",
        "  rankdir=BT; nodesep=0.35; ranksep=0.6; newrank=true;",
        '  node [shape=record, style="rounded,filled", fillcolor="#eef3fb", color="#4a6fa5", fontname=Helvetica, '
        "fontsize=11];",
        "  edge [fontname=Helvetica, fontsize=9, color=\"#555555\"];",
    ]
    prefix = _preferred_prefix(graph)
    for cls in classes:
        fields = [_record_escape(f"{prefix}:{_local(str(cls))}")]
        if attributes[cls]:
            fields.append("".join(_record_escape(a) + "\\l" for a in sorted(attributes[cls])))
        lines.append(f"  {_node_id(str(cls), namespace)} [label=\"{{{'|'.join(fields)}}}\"];")

    external: set[str] = set()
    edges: list[str] = []
    for cls in classes:
        for parent in sorted(graph.objects(cls, RDFS.subClassOf), key=str):
            if own(parent) and parent in attributes:
                edges.append(f"  {_node_id(str(cls), namespace)} -> {_node_id(str(parent), namespace)} "
                             "[arrowhead=empty, color=\"#4a6fa5\"];")

    def endpoint(term: Node) -> str:
        if not (own(term) and term in attributes):
            external.add(str(term))
        return _node_id(str(term), namespace)

    any_entity_used = False
    for prop in object_properties:
        domains = sorted({d for d in graph.objects(prop, RDFS.domain) if isinstance(d, URIRef)}
                         | {d for d in graph.objects(prop, SCHEMA.domainIncludes) if isinstance(d, URIRef)}, key=str)
        targets = sorted((r for r in graph.objects(prop, RDFS.range) if isinstance(r, URIRef)), key=str)
        label = _quote(_local(str(prop)))
        if not domains or OWL.Thing in domains or len(domains) > MAX_DOMAIN_EDGES:
            any_entity_used = True
            sources = [ANY_ENTITY]
        else:
            sources = [endpoint(d) for d in domains]
        for source in sources:
            for target in targets:
                edges.append(f"  {source} -> {endpoint(target)} [label={label}];")

    for iri in sorted(external):
        lines.append(f"  {_node_id(iri, namespace)} [label={_quote(_curie(iri, namespace))}, shape=box, "
                     "style=\"rounded,dashed\", fillcolor=white];")
    if any_entity_used:
        lines.append(f"  {ANY_ENTITY} [label=\"any entity\", shape=ellipse, style=dashed, fillcolor=white];")
    lines.extend(edges)
    lines.append("}")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m fmkg.graph.diagram",
                                     description="Draw the ontology's classes and object properties.")
    parser.add_argument("ontology", type=Path, help="the ontology, in Turtle (e.g. ontology/fmkg.ttl)")
    parser.add_argument("output", type=Path,
                        help="where to write: X.svg writes X.dot and, if Graphviz is installed, X.svg; X.dot only DOT")
    args = parser.parse_args(argv)

    graph = Graph().parse(args.ontology, format="turtle")
    dot_text = ontology_dot(graph)
    dot_path = args.output.with_suffix(".dot")
    dot_path.parent.mkdir(parents=True, exist_ok=True)
    dot_path.write_text(dot_text, encoding="utf-8")
    print(f"wrote {dot_path}")
    if args.output.suffix == ".dot":
        return 0
    dot_binary = shutil.which("dot")
    if dot_binary is None:
        print("Graphviz `dot` not found: wrote the DOT file only (apt-get install graphviz).", file=sys.stderr)
        return 0
    fmt = args.output.suffix.lstrip(".") or "svg"
    subprocess.run([dot_binary, f"-T{fmt}", "-o", str(args.output), str(dot_path)], check=True)
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
