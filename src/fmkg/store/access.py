"""The store interface: all the web layer may ask of a store, and the embedded Oxigraph store behind it.

``GraphStore`` is the seam between the web application and an engine. An engine implements eight operations:

- ``generation()``: a value that changes whenever the data changes (caches key on it);
- ``describe(iri, scope)``: the quads of a resource's description (``fmkg.store.describe``);
- ``select(query)`` and ``construct(query)``: a page's SPARQL query, complete, time-limited;
- ``stream(job, ...)``: a user's query for ``/sparql``, serialized by the engine and streamed;
- ``info()``: size, build version, named graphs;
- ``replace(quads)`` and ``add(paths)``: what ``fmkg build`` and ``fmkg load`` write.

The lookups the pages need (``exists``, ``graph_quads``, ``labels_and_types``...) are written once, in SPARQL, on
top of ``select``, so a second engine (a remote SPARQL 1.1 endpoint) implements the eight and gets them too.

``EmbeddedStore`` is the on-disk Oxigraph store, read by the worker's executor processes
(``fmkg.store.executor``): every read, the pages' included, runs there with ``query_timeout`` as its limit, and
nothing in the web worker opens the store.

Terms are pyoxigraph's (``NamedNode``, ``Literal``, ``BlankNode``, ``Quad``, ``Triple``), re-exported here so that
the web layer names them without importing the engine.
"""

from __future__ import annotations

import os
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Hashable, Iterable, Sequence
from pathlib import Path
from typing import Any

import pyoxigraph as ox
from pyoxigraph import BlankNode, DefaultGraph, Literal, NamedNode, Quad, Triple

from fmkg.config import Settings
from fmkg.store import StoreMissing, check_store, replace_store
from fmkg.store import executor as ex
from fmkg.store.describe import LABEL_PREDICATES, Scope
from fmkg.vocab import OWL, RDF, RDFS

__all__ = ["GraphStore", "EmbeddedStore", "open_store", "startup_problem", "describe_location", "Scope", "Row",
           "NamedNode", "Literal", "BlankNode", "Quad", "Triple", "DefaultGraph", "Term", "sparql_term"]

Term = NamedNode | BlankNode | Literal
Row = dict[str, Any]  # variable -> its Term, or None where the solution leaves it unbound


def sparql_term(iri: str) -> str | None:
    """``<iri>`` for a SPARQL query, or None when ``iri`` is not a valid IRI (it cannot be in the store)."""
    try:
        return str(NamedNode(iri))
    except ValueError:
        return None


class GraphStore(ABC):
    """What the web layer asks of a store (module docstring); reads raise ``fmkg.store.executor.QueryError``."""

    pid: int  # the process that made it (a store made before a fork is not the child's)

    @abstractmethod
    def generation(self) -> Hashable: ...

    @abstractmethod
    def describe(self, iri: str, scope: Scope, *, with_spans: bool = False) -> list[Quad]: ...

    @abstractmethod
    def select(self, query: str) -> list[Row]: ...

    @abstractmethod
    def construct(self, query: str) -> list[Triple]: ...

    @abstractmethod
    def stream(self, job: ex.QueryJob, timeout: float | None, max_bytes: int | None,
               lane: bool = True) -> ex.QueryResult: ...

    @abstractmethod
    def info(self, *, with_graphs: bool = False, timeout: float | None = None) -> dict[str, Any]: ...

    @abstractmethod
    def replace(self, quads: Iterable[Quad], keep: Callable[[NamedNode | DefaultGraph], bool] | None = None,
                warn: Callable[[str], None] | None = None) -> int: ...

    @abstractmethod
    def add(self, paths: Sequence[Path], **options: Any) -> tuple[list[Any], int]: ...

    @abstractmethod
    def close(self) -> None:
        """Release what the store holds (processes, connections)."""

    # --- the pages' lookups, over the named graphs, in SPARQL for every engine --------------------------------

    def ask(self, pattern: str) -> bool:
        return bool(self.select(f"SELECT * WHERE {{ {pattern} }} LIMIT 1"))

    def exists(self, iri: str) -> bool:
        """Whether the store says anything about ``iri`` (as subject or object)."""
        node = sparql_term(iri)
        return node is not None and self.ask(f"GRAPH ?g {{ {{ {node} ?p ?o }} UNION {{ ?s ?p {node} }} }}")

    def is_subject(self, iri: str) -> bool:
        node = sparql_term(iri)
        return node is not None and self.ask(f"GRAPH ?g {{ {node} ?p ?o }}")

    def has_graph(self, graph: str) -> bool:
        node = sparql_term(graph)
        return node is not None and self.ask(f"GRAPH {node} {{ ?s ?p ?o }}")

    def graph_quads(self, graph: str) -> list[Quad]:
        node = sparql_term(graph)
        if node is None:
            return []
        rows = self.select(f"SELECT ?s ?p ?o WHERE {{ GRAPH {node} {{ ?s ?p ?o }} }}")
        return [Quad(r["s"], r["p"], r["o"], NamedNode(graph)) for r in rows]

    def labels_and_types(self, nodes: Iterable[Term], predicates: Sequence[str] = (RDF + "type",
                                                                                   *LABEL_PREDICATES)) -> list[Quad]:
        """The types and labels of the IRIs among ``nodes``, each in its graph."""
        iris = sorted({str(n) for n in nodes if isinstance(n, NamedNode)})
        if not iris:
            return []
        values = " ".join(f"<{p}>" for p in predicates)
        quads = []
        for start in range(0, len(iris), 500):  # a VALUES block of bounded size
            rows = self.select(f"SELECT ?s ?p ?o ?g WHERE {{ VALUES ?s {{ {' '.join(iris[start:start + 500])} }} "
                               f"VALUES ?p {{ {values} }} GRAPH ?g {{ ?s ?p ?o }} }}")
            quads += [Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows]
        return quads

    def predicate_labels(self, quads: Iterable[Quad]) -> list[Quad]:
        """Labels of the predicates used (from the ontology), for pages only: descriptions stay as specified."""
        return self.labels_and_types({q.predicate for q in quads}, (RDFS + "label",))

    def version_iris(self, ontology: str) -> set[str]:
        node = sparql_term(ontology)
        if node is None:
            return set()
        rows = self.select(f"SELECT ?v WHERE {{ GRAPH ?g {{ {node} <{OWL}versionIRI> ?v }} }}")
        return {r["v"].value for r in rows if r["v"] is not None}

    def labels(self, namespace: str) -> list[tuple[str, str]]:
        """(IRI, rdfs:label) of every subject under ``namespace``."""
        rows = self.select(f"SELECT ?s ?l WHERE {{ GRAPH ?g {{ ?s <{RDFS}label> ?l }} "
                           f"FILTER(STRSTARTS(STR(?s), {Literal(namespace)})) }}")
        return [(r["s"].value, r["l"].value) for r in rows if r["s"] is not None and r["l"] is not None]


def open_store(settings: Settings) -> GraphStore:
    """The store the settings name: the one place that chooses the engine.

    ``store_url`` (``FMKG_STORE=sparql+http://...``): a remote SPARQL 1.1 engine (``fmkg.store.remote``);
    otherwise the on-disk Oxigraph store at ``store``."""
    if settings.store_url:
        from fmkg.store.remote import RemoteStore

        store: GraphStore = RemoteStore(settings)
    else:
        store = EmbeddedStore(settings)
    store.pid = os.getpid()
    return store


def describe_location(settings: Settings) -> str:
    """Where the store is, as messages say it (a remote engine's URL without credentials, or the directory)."""
    if settings.store_url:
        from fmkg.store.remote import Endpoints

        return Endpoints.of(settings).public
    return str(settings.store)


def startup_problem(settings: Settings) -> str | None:
    """What `fmkg serve` warns of at start-up about its store, in one line, or None when it answers."""
    if settings.store_url:
        from fmkg.store.remote import RemoteStore

        remote = RemoteStore(settings)
        try:
            if remote.manifest() is None:
                return (f"the SPARQL engine at {remote.endpoints.public} holds no fmkg build yet (run `fmkg build` "
                        "with this FMKG_STORE); /sparql answers 503 until there is one")
        except ex.QueryError as error:
            return f"{error}; queries and pages answer 503 until it answers"
        return None
    if not (Path(settings.store) / "CURRENT").exists():
        return (f"no store at {settings.store} yet (run `fmkg build`); /sparql answers 503 until there is one")
    problem = check_store(settings.store)
    if problem:
        return (f"{problem}. Queries and pages answer 503 until it is replaced: run `fmkg build` (a running server "
                "picks the new store up)")
    return None


class EmbeddedStore(GraphStore):
    """The on-disk Oxigraph store of ``settings.store``, read through this process's executors."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.path = Path(settings.store)
        self._pool: ex.ExecutorPool | None = None
        self._lock = threading.Lock()
        self.pid = os.getpid()

    @property
    def pool(self) -> ex.ExecutorPool:
        """This process's executors (a pool made before a fork belongs to the parent and is not reused)."""
        if self._pool is None or self._pool.pid != os.getpid():
            with self._lock:
                if self._pool is None or self._pool.pid != os.getpid():
                    s = self.settings
                    self._pool = ex.ExecutorPool(s.store, max(s.query_processes, 1),
                                                 memory_bytes=s.query_memory_mb << 20, queue=max(s.query_queue, 0),
                                                 lane_seconds=s.query_lane_seconds)
        return self._pool

    def generation(self) -> Hashable:
        """The store directory and its ``CURRENT`` file: a build or load swaps in another (no scan, one stat)."""
        try:
            outer, current = os.stat(self.path), os.stat(self.path / "CURRENT")
        except FileNotFoundError:
            return None
        return outer.st_dev, outer.st_ino, current.st_ino, current.st_mtime_ns

    def _timeout(self) -> float | None:
        return self.settings.query_timeout if self.settings.query_timeout > 0 else None

    def _read(self, query: str, formats: dict[str, str]) -> bytes:
        try:
            result = self.pool.read(ex.QueryJob(query, formats), self._timeout(), self.settings.max_result_bytes)
        except ex.StoreUnavailable as error:
            raise StoreMissing(str(error)) from None
        return result.body

    def describe(self, iri: str, scope: Scope, *, with_spans: bool = False) -> list[Quad]:
        if sparql_term(iri) is None:
            return []
        try:
            return self.pool.describe(iri, scope, with_spans, self._timeout())
        except ex.StoreUnavailable as error:
            raise StoreMissing(str(error)) from None

    def select(self, query: str) -> list[Row]:
        body = self._read(query, {"solutions": "json", "boolean": "json"})
        results = ox.parse_query_results(body, format=ox.QueryResultsFormat.JSON)
        if isinstance(results, ox.QueryBoolean):
            return [{}] if bool(results) else []
        variables = [v.value for v in results.variables]
        return [{name: row[name] for name in variables} for row in results]

    def construct(self, query: str) -> list[Triple]:
        body = self._read(query, {"graph": "ntriples"})
        return [q.triple for q in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]

    def stream(self, job: ex.QueryJob, timeout: float | None, max_bytes: int | None,
               lane: bool = True) -> ex.QueryResult:
        return self.pool.query(job, timeout, max_bytes, lane=lane)

    def info(self, *, with_graphs: bool = False, timeout: float | None = None) -> dict[str, Any]:
        return self.pool.info(self.settings.base_uri, with_graphs=with_graphs, timeout=timeout)

    def replace(self, quads: Iterable[Quad], keep: Callable[[NamedNode | DefaultGraph], bool] | None = None,
                warn: Callable[[str], None] | None = None) -> int:
        return replace_store(self.path, quads, keep=keep, warn=warn)

    def add(self, paths: Sequence[Path], **options: Any) -> tuple[list[Any], int]:
        from fmkg.store.load import load_files

        return load_files(paths, self.settings, **options)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.close()
            self._pool = None
