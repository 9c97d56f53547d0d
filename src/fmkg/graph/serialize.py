"""Deterministic serializations of the dataset: the same triples always give the same bytes.

Oxigraph's native serializers write the quads in the order given, so the quads are sorted first
(graph, subject, predicate, object); consecutive triples of one subject share one Turtle block.
"""

from __future__ import annotations

import pyoxigraph as ox
from rdflib import Dataset, Graph

from fmkg.graph.rdf import PREFIXES

__all__ = ["serialize_dataset", "union_graph", "native_quads"]

_FORMATS = {"turtle": ox.RdfFormat.TURTLE, "nt": ox.RdfFormat.N_TRIPLES, "trig": ox.RdfFormat.TRIG,
            "nquads": ox.RdfFormat.N_QUADS}


def native_quads(dataset: Dataset) -> list[ox.Quad]:
    """The dataset's quads as Oxigraph terms, sorted; the dataset must use oxrdflib's Oxigraph store."""
    store = getattr(dataset.store, "_store", None)
    if not isinstance(store, ox.Store):
        raise TypeError("expected a Dataset(store='Oxigraph')")
    return sorted(store, key=lambda q: (str(q.graph_name), str(q.subject), str(q.predicate), str(q.object)))


def union_graph(dataset: Dataset) -> Graph:
    """Every triple of every named graph, once, as an in-memory rdflib Graph (for pySHACL)."""
    union = Graph()
    union.parse(data=serialize_dataset(dataset, "nt"), format="nt")
    return union


def serialize_dataset(dataset: Dataset, fmt: str) -> str:
    """``turtle`` and ``nt`` give the union graph; ``trig`` and ``nquads`` keep the named graphs."""
    if fmt not in _FORMATS:
        raise ValueError(f"unknown format {fmt!r}")
    quads = native_quads(dataset)
    if fmt in ("turtle", "nt"):
        triples = sorted({q.triple for q in quads}, key=lambda t: (str(t.subject), str(t.predicate), str(t.object)))
        data = ox.serialize(triples, format=_FORMATS[fmt], prefixes=PREFIXES if fmt == "turtle" else None)
    else:
        data = ox.serialize(quads, format=_FORMATS[fmt], prefixes=PREFIXES if fmt == "trig" else None)
    return data.decode("utf-8")
