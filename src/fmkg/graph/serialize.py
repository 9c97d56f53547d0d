"""Deterministic serializations of the dataset: the same triples always give the same bytes."""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from fmkg.graph.rdf import PREFIXES

__all__ = ["serialize_dataset", "union_graph", "nquads_lines"]


def union_graph(dataset: Dataset) -> Graph:
    """Every triple of every named graph, once."""
    union = Graph()
    for prefix, namespace in PREFIXES.items():
        union.bind(prefix, namespace, override=True, replace=True)
    for s, p, o, _ in dataset.quads((None, None, None, None)):
        union.add((s, p, o))
    return union


def nquads_lines(dataset: Dataset) -> list[str]:
    """The dataset as sorted N-Quads lines (without newlines)."""
    native = getattr(dataset.store, "_store", None)
    if isinstance(native, ox.Store):  # an oxrdflib-backed dataset: let Oxigraph write N-Quads itself
        text = native.dump(format=ox.RdfFormat.N_QUADS).decode("utf-8")
    else:
        text = dataset.serialize(format="nquads")
    return sorted({line.rstrip() for line in text.splitlines() if line.strip()})


def serialize_dataset(dataset: Dataset, fmt: str) -> str:
    """``turtle`` and ``nt`` give the union graph; ``trig`` and ``nquads`` keep the named graphs."""
    if fmt == "nquads":
        return "".join(line + "\n" for line in nquads_lines(dataset))
    if fmt == "nt":
        lines = sorted({line for line in union_graph(dataset).serialize(format="nt").splitlines() if line.strip()})
        return "".join(line + "\n" for line in lines)
    if fmt == "turtle":
        return union_graph(dataset).serialize(format="turtle")
    if fmt == "trig":
        return _trig(dataset)
    raise ValueError(f"unknown format {fmt!r}")


def _trig(dataset: Dataset) -> str:
    """TriG with the named graphs in IRI order (rdflib's own order follows its store)."""
    prefix_lines: set[str] = set()
    blocks = []
    for name in sorted(str(g.identifier) for g in dataset.graphs() if len(g)):
        graph = Graph()
        for prefix, namespace in PREFIXES.items():
            graph.bind(prefix, namespace, override=True, replace=True)
        for triple in dataset.graph(URIRef(name)):
            graph.add(triple)
        lines = graph.serialize(format="turtle").splitlines()
        prefix_lines.update(line for line in lines if line.startswith("@prefix"))
        body = [line for line in lines if not line.startswith("@prefix")]
        indented = "\n".join(("    " + line) if line else "" for line in body).strip("\n")
        blocks.append(f"<{name}> {{\n{indented}\n}}\n")
    return "\n".join(sorted(prefix_lines)) + "\n\n" + "\n".join(blocks)
