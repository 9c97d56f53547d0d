"""The stages, run in order: the one place that drives them.

    documents --extract--> facts --graph--> dataset --validate--> report --store--> store --web--> pages

``extract/``, ``graph/``, ``validate/`` and ``store/`` each do one job and call no later stage (a test checks
their imports); this module reads the ``Schema`` once and hands each stage what it needs: ``build`` (every stage,
then the dumps and the store), ``extract_documents`` (``fmkg extract``), ``validate_files`` (``fmkg validate``)
and ``load_files`` (``fmkg load``: read, validate in context, store).
"""

from __future__ import annotations

import json
import shutil
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox
from rdflib import Dataset, Graph, URIRef

from fmkg import __version__
from fmkg.config import Settings
from fmkg.extract import Extraction, extract_all
from fmkg.formats import by_file_suffix
from fmkg.graph import dataset as ds
from fmkg.graph.serialize import native_quads, union_graph, union_triples
from fmkg.graph.void import void_description
from fmkg.iri import Iris
from fmkg.schema import Schema, read_rdf
from fmkg.store import load as store_load
from fmkg.store import swap_directory
from fmkg.store.access import describe_location, open_store
from fmkg.validate import ValidationResult, validate

__all__ = ["BuildFailed", "BuildSummary", "build", "assemble", "extract_documents", "validate_files",
           "load_files", "document_paths"]


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
    store: str

    def __str__(self) -> str:
        return (f"fmkg build {self.version}: {self.documents} documents, {self.entities} entities, "
                f"{self.quads} quads; dumps in {self.dist}/, store at {self.store}")


def document_paths(settings: Settings) -> list[Path]:
    if not settings.documents.is_dir():
        raise FileNotFoundError(f"no documents directory at {settings.documents}")
    return sorted(settings.documents.glob("*.txt"))


# --- extract ------------------------------------------------------------------------------------------------

def _extractions(paths: Iterable[Path], settings: Settings, schema: Schema) -> list[Extraction]:
    cache = Path(settings.extraction_cache) if settings.extraction_cache else None
    extractions = extract_all(list(paths), schema.rules, settings.extract_processes, cache)
    return ds.prepare(extractions, schema.closure)


def extract_documents(paths: Iterable[Path], settings: Settings, schema: Schema | None = None) -> Dataset:
    """Extraction alone: one named graph per document, with provenance."""
    schema = schema or Schema.read(settings)
    return ds.assemble(_extractions(paths, settings, schema), schema.iris)


# --- graph, validate ----------------------------------------------------------------------------------------

def assemble(settings: Settings, schema: Schema | None = None) -> Dataset:
    """Ontology, curated facts and every document's extraction, each in its own named graph."""
    schema = schema or Schema.read(settings)
    iris = schema.iris
    curated = Graph()
    for path in sorted(settings.curated.glob("*.ttl")):
        curated += read_rdf(path, iris)
    extractions = _extractions(document_paths(settings), settings, schema)
    return ds.assemble(extractions, iris, {iris.ontology_graph: schema.ontology, iris.curated_graph: curated})


def validate_files(files: Iterable[Path], settings: Settings, schema: Schema | None = None) -> ValidationResult:
    """SHACL report for RDF files (any syntax, by extension; TriG and N-Quads as their union)."""
    schema = schema or Schema.read(settings)
    data = Graph()
    for path in files:
        fmt = by_file_suffix(path.suffix)
        if fmt is not None and fmt.quads:
            if not path.exists():
                raise FileNotFoundError(f"{path}: no such file (run `fmkg build` first?)")
            dataset = Dataset(store="Oxigraph")
            dataset.parse(data=schema.iris.rebase(path.read_text(encoding="utf-8")), format=fmt.name)
            data += union_graph(dataset)
        else:
            data += read_rdf(path, schema.iris)
    return validate(data, schema.shapes, schema.ontology, engine=settings.validation_engine)


# --- build: every stage, then the dumps and the store ---------------------------------------------------------

def build(settings: Settings) -> BuildSummary:
    """Extract, validate, then write the dumps and replace the store; raises BuildFailed on a violation."""
    schema = Schema.read(settings)
    iris = schema.iris
    dataset = assemble(settings, schema)
    result = validate(union_triples(dataset), schema.shapes, schema.ontology, engine=settings.validation_engine)
    if not result.conforms:
        raise BuildFailed(result)
    inputs = [*document_paths(settings), *sorted(settings.documents.glob("*.meta.json")),
              *sorted(settings.curated.glob("*.ttl")), *sorted(settings.ontology.glob("*.t*"))]
    version = f"{__version__}+{ds.input_digest(inputs)}"
    quads = native_quads(dataset)
    staging = settings.dist.with_name(settings.dist.name + ".new")
    shutil.rmtree(staging, ignore_errors=True)
    staging.mkdir(parents=True)
    dumps = ds.write_dumps(dataset, staging, iris)
    void = void_description(dataset, iris, ds.created(settings.documents), version, dumps)
    (staging / "void.ttl").write_text(void.serialize(format="turtle"), encoding="utf-8")
    (staging / "build.json").write_text(json.dumps({"version": version, "quads": len(quads)}, indent=2) + "\n")
    store = open_store(settings)
    try:
        store.replace(quads, keep=ds.not_built_by(iris), warn=_warn)
    finally:
        store.close()
    swap_directory(staging, settings.dist)
    entities = len({q.subject.value for q in quads
                    if isinstance(q.subject, ox.NamedNode) and q.subject.value.startswith(iris.resources)})
    return BuildSummary(len(document_paths(settings)), len(quads), entities, version, settings.dist,
                        describe_location(settings))


def _warn(message: str) -> None:
    print(f"fmkg build: warning: {message}", file=sys.stderr)


# --- load: read, validate in context, store -----------------------------------------------------------------

def load_files(paths: Sequence[Path], settings: Settings, graph: str | None = None, check: bool = True,
               replace: bool = False) -> tuple[list[store_load.LoadedFile], int]:
    """``fmkg load``: parse, validate (unless ``check`` is False) and store ``paths``, all or nothing.

    Raises ``LoadError`` or ``LoadRejected`` (``fmkg.store.load``), storing nothing.
    """
    checker = _load_checker(settings) if check else None
    store = open_store(settings)
    try:
        return store.add(paths, graph=graph, check=checker, replace=replace)
    finally:
        store.close()


def _load_checker(settings: Settings) -> store_load.Checker:
    schema = Schema.read(settings) if (settings.ontology / "fmkg.ttl").exists() else None
    shapes_path = settings.ontology / "shapes.ttl"
    if not shapes_path.exists():
        raise store_load.LoadError(f"no SHACL shapes at {shapes_path}: cannot validate (--skip-validation loads "
                                   "unchecked)")

    def check(quads: Sequence[ox.Quad], context: Sequence[ox.Triple]) -> ValidationResult:
        """The files' own subjects are the focus nodes; the stored data around them is their context (the
        stored data passed its own validation)."""
        data = list(dict.fromkeys([*(q.triple for q in quads), *context]))
        own = {q.subject for q in quads if not isinstance(q.subject, ox.Triple)}
        focus = [URIRef(s.value) for s in own if isinstance(s, ox.NamedNode)]
        if any(isinstance(s, ox.BlankNode) for s in own):
            focus = []  # blank nodes cannot be named as focus nodes: validate everything, then keep their results
        shapes = schema.shapes if schema is not None else read_rdf(shapes_path, Iris.of(settings), "turtle")
        result = validate(data, shapes, schema.ontology if schema else None, focus_nodes=focus or None,
                          engine=settings.validation_engine)
        kept = [v for v in result.violations if v.focus_node in {s.value for s in own} or ":" not in v.focus_node]
        conforms = not any(v.severity == "Violation" for v in kept)
        return ValidationResult(conforms=conforms, violations=kept, report_graph=result.report_graph,
                                engine=result.engine)

    return check
