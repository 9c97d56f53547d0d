"""Assemble the dataset (ontology, curated facts, one graph per document), validate it, write the dumps
and load the store. Nothing is written unless the whole dataset validates.
"""

from __future__ import annotations

import gzip
import hashlib
import json
import multiprocessing as mp
import os
import shutil
import sys
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef
from rdflib.util import guess_format

from fmkg import __version__
from fmkg.config import Settings
from fmkg.extract import Extraction, Rules, extract, load_rules, read_document
from fmkg.extract.analysis import pipeline
from fmkg.graph.rdf import add_extraction, expand_classes, reconcile_labels, reconcile_values, superclass_closure
from fmkg.graph.serialize import native_quads, serialize_dataset, union_graph
from fmkg.graph.void import Dump, void_description
from fmkg.iri import Iris
from fmkg.store import replace_store, swap_directory
from fmkg.validate import ValidationResult, load_shapes, validate

__all__ = ["BuildFailed", "BuildSummary", "build", "assemble", "extract_documents", "validate_files",
           "document_paths"]


class BuildFailed(Exception):
    """The assembled dataset violates the shapes; ``report`` says how."""

    def __init__(self, result: ValidationResult) -> None:
        super().__init__("validation failed")
        self.report = result.text


@dataclass(frozen=True)
class BuildSummary:
    documents: int
    quads: int
    entities: int
    version: str
    dist: Path
    store: Path

    def __str__(self) -> str:
        return (f"fmkg build {self.version}: {self.documents} documents, {self.entities} entities, "
                f"{self.quads} quads; dumps in {self.dist}/, store at {self.store}")


def document_paths(settings: Settings) -> list[Path]:
    if not settings.documents.is_dir():
        raise FileNotFoundError(f"no documents directory at {settings.documents}")
    return sorted(settings.documents.glob("*.txt"))


def _rdf_file(path: Path, iris: Iris) -> Graph:
    if not path.exists():
        raise FileNotFoundError(f"{path}: no such file")
    fmt = guess_format(str(path)) or "turtle"
    try:
        return Graph().parse(data=iris.rebase(path.read_text(encoding="utf-8")), format=fmt)
    except Exception as error:  # rdflib raises many parser-specific types
        raise ValueError(f"{path}: not valid {fmt}: {error}") from error


def _ontology(settings: Settings, iris: Iris) -> Graph:
    return _rdf_file(settings.ontology / "fmkg.ttl", iris)


def _extractions(paths: Iterable[Path], settings: Settings, ontology: Graph, iris: Iris) -> list[Extraction]:
    rules = load_rules(settings.ontology)
    extractions = _extract_all(list(paths), rules, settings.extract_processes)
    closure = superclass_closure(ontology, iris)
    for extraction in extractions:
        expand_classes(extraction, closure)
    reconcile_labels(extractions)
    reconcile_values(extractions)
    return extractions


# Below this many documents a second process costs more than it saves.
_PARALLEL_FROM = 16
_RULES: Rules | None = None  # the rules of a worker process, inherited from the parent by fork


def _extract_all(paths: list[Path], rules: Rules, processes: int) -> list[Extraction]:
    """Each document's extraction, in the order given; on several processes (forked, so each starts with the
    rules and the language pipeline already loaded) when there are enough documents."""
    if processes <= 1 or len(paths) < _PARALLEL_FROM or "fork" not in mp.get_all_start_methods():
        return [extract(read_document(path), rules) for path in paths]
    global _RULES
    _RULES = rules
    pipeline()  # load once in the parent: the children share it
    with ProcessPoolExecutor(processes, mp_context=mp.get_context("fork")) as pool:
        return list(pool.map(_extract_one, paths, chunksize=max(1, len(paths) // (processes * 4))))


def _extract_one(path: Path) -> Extraction:
    assert _RULES is not None
    return extract(read_document(path), _RULES)


def extract_documents(paths: Iterable[Path], settings: Settings) -> Dataset:
    """Extraction alone: one named graph per document, with provenance."""
    iris = Iris.of(settings)
    dataset = Dataset(store="Oxigraph")
    for extraction in _extractions(paths, settings, _ontology(settings, iris), iris):
        add_extraction(dataset, extraction, iris)
    return dataset


def assemble(settings: Settings) -> Dataset:
    """Ontology, curated facts and every document's extraction, each in its own named graph."""
    iris = Iris.of(settings)
    ontology = _ontology(settings, iris)
    dataset = Dataset(store="Oxigraph")
    _add_graph(dataset, iris.ontology_graph, ontology)
    curated = Graph()
    for path in sorted(settings.curated.glob("*.ttl")):
        curated += _rdf_file(path, iris)
    _add_graph(dataset, iris.curated_graph, curated)
    for extraction in _extractions(document_paths(settings), settings, ontology, iris):
        add_extraction(dataset, extraction, iris)
    return dataset


def _add_graph(dataset: Dataset, name: str, graph: Graph) -> None:
    target = dataset.graph(URIRef(name))
    for triple in graph:
        target.add(triple)


def _check(graph: Graph, settings: Settings, iris: Iris) -> ValidationResult:
    shapes = load_shapes(settings.ontology / "shapes.ttl", iris.rebase)
    return validate(graph, shapes, _ontology(settings, iris))


def validate_files(files: Iterable[Path], settings: Settings) -> ValidationResult:
    """SHACL report for RDF files (any syntax, by extension; TriG and N-Quads as their union)."""
    iris = Iris.of(settings)
    data = Graph()
    for path in files:
        if str(path).endswith((".trig", ".nq")):
            if not path.exists():
                raise FileNotFoundError(f"{path}: no such file (run `fmkg build` first?)")
            ds = Dataset(store="Oxigraph")
            ds.parse(data=iris.rebase(path.read_text(encoding="utf-8")), format=guess_format(str(path)))
            data += union_graph(ds)
        else:
            data += _rdf_file(path, iris)
    return _check(data, settings, iris)


def _input_digest(settings: Settings) -> str:
    digest = hashlib.sha256()
    inputs = [*document_paths(settings), *sorted(settings.documents.glob("*.meta.json")),
              *sorted(settings.curated.glob("*.ttl")), *sorted(settings.ontology.glob("*.t*"))]
    for path in inputs:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


def _created(settings: Settings) -> str:
    """The build date: from SOURCE_DATE_EPOCH, else the newest document date, so builds are reproducible."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH")
    if epoch:
        return datetime.fromtimestamp(int(epoch), UTC).date().isoformat()
    dates = []
    for meta in settings.documents.glob("*.meta.json"):
        dates.append(json.loads(meta.read_text(encoding="utf-8")).get("date_added", ""))
    return max([d for d in dates if d] or ["1970-01-01"])


def build(settings: Settings) -> BuildSummary:
    """Extract, validate, then write the dumps and replace the store; raises BuildFailed on a violation."""
    iris = Iris.of(settings)
    dataset = assemble(settings)
    result = _check(union_graph(dataset), settings, iris)
    if not result.conforms:
        raise BuildFailed(result)
    version = f"{__version__}+{_input_digest(settings)}"
    quads = native_quads(dataset)
    staging = settings.dist.with_name(settings.dist.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    dumps = _write_dumps(dataset, staging)
    void = void_description(dataset, iris, _created(settings), version, dumps)
    (staging / "void.ttl").write_text(void.serialize(format="turtle"), encoding="utf-8")
    (staging / "build.json").write_text(json.dumps({"version": version, "quads": len(quads)}, indent=2) + "\n")
    replace_store(settings.store, quads, keep=_not_built_by(iris), warn=_warn)
    swap_directory(staging, settings.dist)
    entities = len({q.subject.value for q in quads if q.subject.value.startswith(iris.base + "resource/")})
    documents = len(document_paths(settings))
    return BuildSummary(documents, len(quads), entities, version, settings.dist, settings.store)


def _warn(message: str) -> None:
    print(f"fmkg build: warning: {message}", file=sys.stderr)


def _write_dumps(dataset: Dataset, directory: Path) -> list[Dump]:
    (directory / "fmkg.ttl").write_text(serialize_dataset(dataset, "turtle"), encoding="utf-8")
    (directory / "fmkg.trig").write_text(serialize_dataset(dataset, "trig"), encoding="utf-8")
    payload = serialize_dataset(dataset, "nquads").encode("utf-8")
    with open(directory / "fmkg.nq.gz", "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0,
                                                                     filename="") as handle:
        handle.write(payload)
    return [Dump(name, (directory / name).stat().st_size) for name in ("fmkg.ttl", "fmkg.trig", "fmkg.nq.gz")]


def _not_built_by(iris: Iris):
    """Graphs a build does not own (what `fmkg load` added) survive a rebuild."""
    owned = (iris.ontology_graph, iris.curated_graph, iris.document_graph(""))
    return lambda graph: isinstance(graph, ox.NamedNode) and not graph.value.startswith(owned)
