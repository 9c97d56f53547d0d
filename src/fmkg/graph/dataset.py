"""The dataset a build publishes: named graphs assembled from the ontology, curated files and extractions, the
dumps written from it, and what identifies a build (its version, its date, the graphs it owns).

Nothing here extracts, validates or stores: ``fmkg.pipeline`` runs the stages in order and hands this module
their results.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import os
from collections.abc import Callable, Iterable
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from fmkg.extract import Extraction
from fmkg.formats import DUMPS
from fmkg.graph.rdf import add_extraction, expand_classes, reconcile_labels, reconcile_values
from fmkg.graph.serialize import serialize_dataset
from fmkg.graph.void import Dump
from fmkg.iri import Iris

__all__ = ["assemble", "add_graph", "prepare", "write_dumps", "input_digest", "created", "not_built_by"]


def prepare(extractions: list[Extraction], closure: dict[str, set[str]]) -> list[Extraction]:
    """Superclasses added, one label and one value per single-valued property across documents."""
    for extraction in extractions:
        expand_classes(extraction, closure)
    reconcile_labels(extractions)
    reconcile_values(extractions)
    return extractions


def assemble(extractions: Iterable[Extraction], iris: Iris, graphs: dict[str, Graph] | None = None) -> Dataset:
    """One named graph per document, with provenance, after the ``graphs`` given (name -> triples)."""
    dataset = Dataset(store="Oxigraph")
    for name, graph in (graphs or {}).items():
        add_graph(dataset, name, graph)
    for extraction in extractions:
        add_extraction(dataset, extraction, iris)
    return dataset


def add_graph(dataset: Dataset, name: str, graph: Graph) -> None:
    target = dataset.graph(URIRef(name))
    for triple in graph:
        target.add(triple)


def write_dumps(dataset: Dataset, directory: Path, iris: Iris) -> list[Dump]:
    """Every dump of the registry (``fmkg.formats.DUMPS``), sorted, into ``directory``."""
    dumps = []
    for dump in DUMPS:
        path = directory / dump.name
        data = serialize_dataset(dataset, dump.format.name, iris.prefixes()).encode("utf-8")
        if dump.gzip:  # mtime 0 and no file name: the same data gives the same bytes
            with open(path, "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as handle:
                handle.write(data)
        else:
            path.write_bytes(data)
        dumps.append(Dump(dump, path.stat().st_size))
    return dumps


def input_digest(paths: Iterable[Path]) -> str:
    """A short digest of the inputs' names and bytes: the build version's suffix."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def created(documents: Path) -> str:
    """The build date: from SOURCE_DATE_EPOCH, else the newest document date, so builds are reproducible."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), UTC).date().isoformat()
    dates = []
    for meta in documents.glob("*.meta.json"):
        dates.append(json.loads(meta.read_text(encoding="utf-8")).get("date_added", ""))
    return max([d for d in dates if d] or ["1970-01-01"])


def not_built_by(iris: Iris) -> Callable[[ox.NamedNode | ox.DefaultGraph], bool]:
    """Graphs a build does not own (what `fmkg load` added) survive a rebuild."""
    owned = (iris.ontology_graph, iris.curated_graph, iris.document_graph(""))
    return lambda graph: isinstance(graph, ox.NamedNode) and not graph.value.startswith(owned)
