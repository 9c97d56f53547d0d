"""A remote SPARQL 1.1 engine as fmkg's store (``FMKG_STORE=sparql+http://host:port/path``).

The same ``GraphStore`` as the embedded store, over HTTP: queries go to the engine's query endpoint (SPARQL 1.1
Protocol), builds and loads write through its Graph Store Protocol endpoint (or SPARQL Update where it has none).
Engines differ; fmkg hides how:

- **The dataset of every query is named by fmkg.** A query without FROM, ``default-graph-uri`` or
  ``named-graph-uri`` is sent with ``default-graph-uri`` = the *union graph* (each triple of the named graphs once,
  written by fmkg) and ``named-graph-uri`` = each graph of the current build. So the union default graph gives
  each triple once whatever the engine makes of its own default graph (Oxigraph's is a graph of its own or, with
  ``--union-default-graph``, repeats a triple per graph; Virtuoso's is every graph), and the graphs fmkg keeps for
  itself (below) are never seen by a reader.
- **A build switches over in one update.** ``replace`` and ``add`` write each new named graph, one at a time,
  under a *staging* name (``urn:fmkg:store:staging/{token}/{n}``), then send one SPARQL Update request that
  moves every staging graph to its real name, drops the graphs the build no longer has, rebuilds the union graph
  and writes the *manifest* (``urn:fmkg:store:manifest``: a fresh generation token and the list of graphs).
  The engine applies one update request as one transaction, so readers see the old build or the new one, never
  half of either; and the staging graphs, outside the named dataset, are never seen at all.
- **Results are written by fmkg.** The engine is asked for SPARQL JSON (tables) or N-Triples (graphs); fmkg parses
  the stream and writes the format the client negotiated with the same serializers as the embedded store, so
  every engine gives the same bytes, in every format of the registry, whatever formats the engine itself offers.
- **Limits stay fmkg's.** Requests are checked before they reach the store (read-only, no SERVICE, body size);
  every read waits at most ``query_timeout`` (``QueryTimeout``: 503) and a result may grow to
  ``max_result_bytes`` (``ResultTooLarge``: 503); an engine that cannot be reached, or answers 502-504, is
  ``StoreUnreachable`` (503 with the reason and Retry-After). At most ``query_processes + query_queue`` queries
  per worker go to the engine at once (``Busy`` above it).

``generation()`` is the manifest's token, read at most once a second: a build or a load anywhere invalidates
every cache within a second.
"""

from __future__ import annotations

import http.client
import os
import queue
import shutil
import socket
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Hashable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import urlencode, urlsplit

import pyoxigraph as ox

from fmkg.config import Settings
from fmkg.formats import by_media_type
from fmkg.iri import Iris
from fmkg.store import StoreMissing
from fmkg.store import executor as ex
from fmkg.store.access import GraphStore, Row
from fmkg.store.describe import LABEL_PREDICATES, MAX_BNODE_DEPTH, Scope, describe
from fmkg.store.engines import STANDARD, Dialect, answered_here, dialect_of, refusal, relabel, syntax_error
from fmkg.store.httpauth import authorization, split_credentials
from fmkg.store.querytext import facts, without_dataset
from fmkg.store.results import kind_of, write_results
from fmkg.vocab import OA, PROV, RDF

__all__ = ["RemoteStore", "Endpoints", "GENERATION_SECONDS"]

T = TypeVar("T")

GENERATION_SECONDS = 1.0  # how long a read manifest (generation, graphs) is trusted
CONNECT_SECONDS = 5.0  # the longest wait for a connection, within the query's own time limit
PROBE_RETRY_SECONDS = 10.0  # an engine that did not say what it is is asked again after this long
SPARQL_UPDATE = "application/sparql-update"
GRAPHS = "application/n-triples"
INSERT_BATCH = 5000  # triples per INSERT DATA when the engine has no Graph Store Protocol endpoint


@dataclass(frozen=True)
class Endpoints:
    """The engine's URLs: ``query`` (SPARQL Protocol), ``update`` (SPARQL Update), ``gsp`` (Graph Store Protocol,
    empty when the engine has none).

    >>> e = Endpoints.of(Settings(store_url="sparql+http://127.0.0.1:7878/query"))
    >>> e.query, e.update, e.gsp
    ('http://127.0.0.1:7878/query', 'http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store')
    >>> Endpoints.of(Settings(store_url="sparql+https://example.org/sparql")).update
    'https://example.org/sparql'
    """

    query: str
    update: str
    gsp: str

    @property
    def public(self) -> str:
        """The query endpoint as messages show it."""
        return _public(self.query)

    @classmethod
    def of(cls, settings: Settings) -> Endpoints:
        query = settings.store_url.split("+", 1)[1]
        base, _, last = query.rpartition("/")
        split = last == "query"  # Oxigraph's and Fuseki's layout: /query, /update, /store (or /data)
        update = settings.store_update or (base + "/update" if split else query)
        gsp = settings.store_gsp or (base + "/store" if split else "")
        return cls(query, update, "" if gsp.lower() == "none" else gsp)


def _public(url: str) -> str:
    """``url`` as messages show it: no user name or password, no query string.

    >>> _public("http://user:secret@127.0.0.1:7878/query?x=1")
    'http://127.0.0.1:7878/query'
    """
    parts = urlsplit(url)
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname}{port}{parts.path}"


@dataclass(frozen=True)
class Manifest:
    """What the manifest says: the generation token of the current build, its named graphs, and whether a build
    is being switched in (``switching``: written just before the switch-over, cleared by it)."""

    token: str
    graphs: tuple[str, ...]
    switching: bool = False


class _Deadline:
    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self.at = None if seconds is None or seconds <= 0 else time.monotonic() + seconds

    def left(self) -> float | None:
        return None if self.at is None else self.at - time.monotonic()


class RemoteStore(GraphStore):
    """A SPARQL 1.1 engine over HTTP (module docstring)."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.endpoints = Endpoints.of(settings)
        self.iris = Iris.of(settings)
        self.manifest_graph = self.iris.store_graph("manifest")
        self.union_graph = self.iris.store_graph("union")
        self.empty_graph = self.iris.store_graph("none")  # named where a dataset must have no default graph
        self._manifest: tuple[float, Manifest | None] | None = None
        self._manifest_lock = threading.Lock()
        self._info: dict[Hashable, dict[str, Any]] = {}
        self._slots = threading.BoundedSemaphore(max(settings.query_processes, 1) + max(settings.query_queue, 0))
        self.dialect: Dialect | None = None  # how the engine writes answers, from its first response's Server header
        self._probe_after = 0.0  # when the dialect may be asked for again after a probe that got no answer
        self._here: tuple[ex.ExecutorPool, str] | None = None  # fmkg's own engine on an empty store, and its directory

    # --- HTTP ---------------------------------------------------------------------------------------------

    def _request(self, url: str, method: str, body: bytes, headers: dict[str, str],
                 deadline: _Deadline) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
        """Send a request; the connection and the response (its status not yet checked).

        Credentials in ``url`` (``http://user:password@host/...``) answer the engine's 401 challenge, once."""
        url, credentials = split_credentials(url)
        conn, response = self._send(url, method, body, headers, deadline)
        challenge = response.getheader("WWW-Authenticate") if response.status == 401 and credentials else None
        answer = authorization(challenge, credentials, method, _target(url)) if challenge and credentials else None
        if answer is not None:
            response.read()
            conn.close()
            conn, response = self._send(url, method, body, {**headers, "Authorization": answer}, deadline)
        if self.dialect is None:
            self.dialect = dialect_of(response.getheader("Server") or "")
        return conn, response

    def accept(self, form: str) -> str:
        """The one media type asked for a query of ``form``: engines that pick the first type they offer (Virtuoso)
        would answer a CONSTRUCT with a table if asked for both."""
        dialect = self.engine()
        if form in ("SELECT", "ASK"):
            return dialect.tables
        if form in ("CONSTRUCT", "DESCRIBE"):
            return dialect.graphs
        return f"{dialect.tables}, {dialect.graphs};q=0.9"

    def engine(self) -> Dialect:
        """The engine's dialect (``fmkg.store.engines``), learnt from its first answer; STANDARD while unknown."""
        if self.dialect is None and time.monotonic() >= self._probe_after:
            self._probe()
        return self.dialect or STANDARD

    def _probe(self) -> None:
        """Learn the engine's dialect from its answer to ``ASK {}``, within the query time limit. An engine that
        does not answer is asked again after PROBE_RETRY_SECONDS, not by every read (the reads say why it fails)."""
        try:
            limit = min(CONNECT_SECONDS, self._timeout() or CONNECT_SECONDS)
            conn, response = self._request(f"{self.endpoints.query}{'&' if '?' in self.endpoints.query else '?'}"
                                            "query=ASK%7B%7D", "GET", b"", {}, _Deadline(limit))
            conn.close()
        except ex.QueryError:
            self._probe_after = time.monotonic() + PROBE_RETRY_SECONDS

    def _send(self, url: str, method: str, body: bytes, headers: dict[str, str],
              deadline: _Deadline) -> tuple[http.client.HTTPConnection, http.client.HTTPResponse]:
        parts = urlsplit(url)
        left = deadline.left()
        if left is not None and left <= 0:
            raise ex.QueryTimeout(f"the query ran longer than {deadline.seconds:g} s, the time limit, and was stopped")
        connect = CONNECT_SECONDS if left is None else min(CONNECT_SECONDS, left)
        kind = http.client.HTTPSConnection if parts.scheme == "https" else http.client.HTTPConnection
        conn = kind(parts.hostname or "localhost", parts.port, timeout=connect)
        target = _target(url)
        try:
            conn.connect()
            conn.sock.settimeout(deadline.left())
            conn.request(method, target, body=body, headers={"Content-Length": str(len(body)), **headers})
            return conn, conn.getresponse()
        except TimeoutError:
            conn.close()
            now = deadline.left()
            if now is not None and now <= 0.05:
                raise ex.QueryTimeout(f"the query ran longer than {deadline.seconds:g} s, the time limit, and was "
                                      "stopped") from None
            raise ex.StoreUnreachable(f"the SPARQL engine at {_public(url)} did not accept a connection "
                                      f"within {connect:g} s") from None
        except OSError as error:
            conn.close()
            raise ex.StoreUnreachable(f"the SPARQL engine at {_public(url)} cannot be reached "
                                      f"({error.strerror or error})") from None
        except http.client.HTTPException as error:
            conn.close()
            raise ex.StoreUnreachable(f"the SPARQL engine at {_public(url)} closed the connection "
                                      f"({type(error).__name__})") from None

    def _failure(self, url: str, response: http.client.HTTPResponse, query: str = "") -> ex.QueryError:
        """The error an engine's non-2xx answer means (``query``: the query it was sent, for a syntax error)."""
        text = response.read(4000).decode("utf-8", "replace").strip()
        if response.status == 400:
            return ex.QuerySyntaxError(syntax_error(text, query, self.engine()) or "the engine refused the query")
        if response.status in (502, 503, 504):
            retry = response.getheader("Retry-After", "5")
            return ex.StoreUnreachable(f"the SPARQL engine at {_public(url)} is unavailable "
                                       f"({response.status} {response.reason}{': ' + text if text else ''})",
                                       int(retry) if retry.isdigit() else 5)
        return ex.EngineError(f"the SPARQL engine answered {response.status} {response.reason}"
                              f"{': ' + text if text else ''}")

    def _read_body(self, conn: http.client.HTTPConnection, response: http.client.HTTPResponse,
                   deadline: _Deadline, max_bytes: int | None) -> bytes:
        chunks: list[bytes] = []
        size = 0
        try:
            while True:
                if conn.sock is not None:
                    conn.sock.settimeout(deadline.left())
                chunk = response.read1(1 << 16)
                if not chunk:
                    return b"".join(chunks)
                size += len(chunk)
                if max_bytes is not None and size > max_bytes:
                    raise ex.ResultTooLarge(f"the result grew past {max_bytes} bytes, the limit, and the query "
                                            "was stopped")
                chunks.append(chunk)
        except TimeoutError:
            raise ex.QueryTimeout(f"the query ran longer than {deadline.seconds:g} s, the time limit, and was "
                                  "stopped") from None
        except (OSError, http.client.HTTPException) as error:
            raise ex.StoreUnreachable(f"the SPARQL engine closed the connection mid-answer ({error})") from None
        finally:
            conn.close()

    def _call(self, url: str, body: bytes, content_type: str, accept: str, timeout: float | None,
              max_bytes: int | None = None, method: str = "POST") -> tuple[str, bytes]:
        """One request, its whole answer: (content type, body); a non-2xx answer raises its ``QueryError``."""
        deadline = _Deadline(timeout)
        conn, response = self._request(url, method, body, {"Content-Type": content_type, "Accept": accept},
                                       deadline)
        if not 200 <= response.status < 300:
            try:
                raise self._failure(url, response)
            finally:
                conn.close()
        return response.getheader("Content-Type", ""), self._read_body(conn, response, deadline, max_bytes)

    # --- the dataset --------------------------------------------------------------------------------------

    def _timeout(self) -> float | None:
        return self.settings.query_timeout if self.settings.query_timeout > 0 else None

    def manifest(self, fresh: bool = False) -> Manifest | None:
        """The current build's manifest (None before the first build), read at most once per GENERATION_SECONDS."""
        with self._manifest_lock:
            cached = self._manifest
            if not fresh and cached is not None and time.monotonic() - cached[0] < GENERATION_SECONDS:
                return cached[1]
            m = f"<{self.manifest_graph}>"
            query = (f"SELECT ?token ?graph ?switching WHERE {{ GRAPH {m} {{ {m} <{self.manifest_graph}#generation> "
                     f"?token OPTIONAL {{ {m} <{self.manifest_graph}#graph> ?graph }} "
                     f"OPTIONAL {{ {m} <{self.manifest_graph}#switching> ?switching }} }} }}")
            rows = self._select(query, [], min(self._timeout() or 5.0, 5.0))
            tokens = {r["token"].value for r in rows if r["token"] is not None}
            manifest = None if not tokens else Manifest(
                min(tokens), tuple(sorted({r["graph"].value for r in rows if r["graph"] is not None})),
                any(r["switching"] is not None for r in rows))
            self._manifest = (time.monotonic(), manifest)
            return manifest

    def _current(self) -> Manifest:
        manifest = self.manifest()
        if manifest is None:
            raise StoreMissing(f"the SPARQL engine at {_public(self.endpoints.query)} holds no fmkg build yet "
                               "(run `fmkg build` with this FMKG_STORE)")
        return manifest

    def dataset(self, query: str, default_graphs: Sequence[str] | None = None,
                named_graphs: Sequence[str] | None = None) -> tuple[list[tuple[str, str]], Manifest | None]:
        """The protocol's dataset parameters for ``query`` (the client's, the query's own FROM, or fmkg's: the union
        graph as default graph and the build's named graphs), and the manifest they come from, if fmkg's.
        Every read of the dataset passes here, so a query the engine must not run (``engines.refusal``) is refused
        here, as a syntax error (400)."""
        refused = refusal(query, self.engine(), known=self.dialect is not None)
        if refused:
            raise ex.QuerySyntaxError(refused)
        if default_graphs is not None or named_graphs is not None:
            # Exactly the graphs given: an empty side is a graph that does not exist, whatever the engine's default.
            return ([("default-graph-uri", g) for g in default_graphs or (self.empty_graph,)]
                    + [("named-graph-uri", g) for g in named_graphs or (self.empty_graph,)]), None
        if facts(query).declares_dataset:
            return [], None
        current = self._current()
        return ([("default-graph-uri", self.union_graph)]
                + [("named-graph-uri", g) for g in current.graphs or (self.empty_graph,)]), current

    def _on_one_build(self, query: str, run: Callable[[list[tuple[str, str]]], T],
                      discard: Callable[[T], None] | None = None, default_graphs: Sequence[str] | None = None,
                      named_graphs: Sequence[str] | None = None) -> T:
        """``run(dataset)`` with the named graphs of the one build the engine answered from.

        The graph list comes from the manifest, read before the query (and kept a second); a build switched in
        meanwhile would give the query the new graphs' contents under the old list of names: half a build. So when
        fmkg names the graphs, the manifest is read again once the engine has answered: the same token and no
        switch under way, and the answer is of that build; otherwise the query runs again (its answer
        ``discard``-ed), after a pause while a switch is under way, until ``query_timeout``. The *switching* mark
        (written before the switch-over, cleared by it) covers engines whose update request is not one transaction:
        a query that overlaps the switch sees the mark or the new token afterwards."""
        limit = self._timeout() or 60.0
        deadline = time.monotonic() + limit
        while True:
            dataset, used = self.dataset(query, default_graphs, named_graphs)
            if used is not None and used.switching:
                used = self._wait_for_switch(deadline, limit)
                dataset, used = self.dataset(query, default_graphs, named_graphs)
            result = run(dataset)
            if used is None:
                return result
            current = self.manifest(fresh=True)
            if current is not None and current.token == used.token and not current.switching:
                return result
            if discard is not None:
                discard(result)
            if time.monotonic() > deadline:
                raise ex.StoreUnreachable(f"builds kept switching in for {limit:g} s, the time limit", retry_after=1)

    def _wait_for_switch(self, deadline: float, limit: float) -> Manifest:
        """The manifest once no switch-over is under way; StoreUnreachable (retry soon) after ``deadline``."""
        while True:
            current = self.manifest(fresh=True)
            if current is not None and not current.switching:
                return current
            if time.monotonic() > deadline:
                raise ex.StoreUnreachable(f"a build has been switching in for {limit:g} s, the time limit",
                                          retry_after=2)
            time.sleep(0.05)

    def _form(self, query: str, dataset: list[tuple[str, str]]) -> bytes:
        """The request body. A dataset given beside a query with FROM clauses is the client's, and wins; an engine
        that would merge the two (``Dialect.merges_dataset``) is sent the query without its FROM clauses."""
        if dataset and self.engine().merges_dataset and facts(query).declares_dataset:
            query = without_dataset(query)
        return urlencode([("query", query), *dataset]).encode("ascii")

    # --- reads ----------------------------------------------------------------------------------------------

    def generation(self) -> Hashable:
        """The manifest's token (None when the engine cannot be asked): changes with every build and load."""
        try:
            manifest = self.manifest()
        except ex.QueryError:
            return None
        return None if manifest is None else (self.endpoints.query, manifest.token)

    def _select(self, query: str, dataset: list[tuple[str, str]], timeout: float | None) -> list[Row]:
        content_type, body = self._call(self.endpoints.query, self._form(query, dataset),
                                        "application/x-www-form-urlencoded", self.accept("SELECT"), timeout,
                                        self.settings.max_result_bytes)
        fmt = by_media_type(content_type)
        if fmt is None or not isinstance(fmt.engine, ox.QueryResultsFormat):
            raise ex.EngineError(f"the SPARQL engine answered a query in {content_type or 'no format'}")
        try:
            results = ox.parse_query_results(relabel(body, self.dialect or STANDARD), format=fmt.engine)
        except (SyntaxError, ValueError) as error:
            raise ex.EngineError(f"the SPARQL engine's answer cannot be read: {error}") from None
        if isinstance(results, ox.QueryBoolean):
            return [{}] if bool(results) else []
        variables = [v.value for v in results.variables]
        return [{name: row[name] for name in variables} for row in results]

    def select(self, query: str, timeout: float | None = None) -> list[Row]:
        """A page's query (``timeout``: less than ``query_timeout``, for /health's reads)."""
        limit = timeout if timeout and timeout > 0 else self._timeout()
        return self._on_one_build(query, lambda dataset: self._select(query, dataset, limit))

    def construct(self, query: str) -> list[ox.Triple]:
        content_type, body = self._on_one_build(query, lambda dataset: self._call(
            self.endpoints.query, self._form(query, dataset), "application/x-www-form-urlencoded",
            self.accept("CONSTRUCT"), self._timeout(), self.settings.max_result_bytes))
        fmt = by_media_type(content_type)
        if fmt is None or not isinstance(fmt.engine, ox.RdfFormat):
            raise ex.EngineError(f"the SPARQL engine answered a CONSTRUCT in {content_type or 'no format'}")
        try:
            return [q.triple for q in ox.parse(body, format=fmt.engine)]
        except (SyntaxError, ValueError) as error:
            raise ex.EngineError(f"the SPARQL engine's answer cannot be read: {error}") from None

    def describe(self, iri: str, scope: Scope, *, with_spans: bool = False) -> list[ox.Quad]:
        """What ``fmkg.store.describe`` reads, fetched in one query (so blank nodes keep their identity), then
        described by the same code as the embedded store, on an in-memory copy."""
        try:
            node = ox.NamedNode(iri)
        except ValueError:
            return []
        query = _describe_query(node, scope)
        try:
            rows = self.select(query)
        except ex.QueryTimeout:
            raise ex.QueryTimeout(f"the description of <{iri}> took longer than {self._timeout():g} s and was "
                                  "stopped") from None
        local = ox.Store()
        local.extend(ox.Quad(r["s"], r["p"], r["o"], r["g"]) for r in rows)
        return list(dict.fromkeys(describe(local, iri, scope, with_spans=with_spans)))

    def stream(self, job: ex.QueryJob, timeout: float | None, max_bytes: int | None,
               lane: bool = True) -> ex.QueryResult:
        if answered_here(job.query, self.engine()):
            return self._empty_pool().query(job, timeout, max_bytes, lane=lane)

        def run(dataset: list[tuple[str, str]]) -> ex.QueryResult:
            if not self._slots.acquire(timeout=min(timeout, 1.0) if timeout and timeout > 0 else 1.0):
                raise ex.Busy(f"{self.settings.query_processes + self.settings.query_queue} queries of this worker "
                              "are already with the SPARQL engine", retry_after=2)
            request = _RemoteQuery(self, self._form(job.query, dataset))
            return request.query(job, timeout, max_bytes, release=lambda _: self._slots.release())

        try:
            return self._on_one_build(job.query, run, lambda result: result.close(), job.default_graphs,
                                      job.named_graphs)
        except StoreMissing as error:
            raise ex.StoreUnavailable(str(error)) from None

    def info(self, *, with_graphs: bool = False, timeout: float | None = None) -> dict[str, Any]:
        """Size, build version and (``with_graphs``) the named graphs, kept until the generation changes."""
        generation = self.generation()
        if generation is None:
            try:
                self._current()  # raises the reason: no build yet, or the engine cannot be reached
            except StoreMissing as error:
                raise ex.StoreUnavailable(str(error)) from None
        info = self._info.setdefault(generation, {})
        if "quads" not in info:
            iris = self.iris
            rows = self.select(ex.VERSION_QUERY % {"dataset": iris.dataset, "ontology": iris.ontology}, timeout)
            row = rows[0] if rows else {}
            values = {v: row[v].value for v in ("dv", "ov", "modified") if row.get(v) is not None}
            info.update(quads=self.quad_count(timeout), version=values.get("dv") or values.get("ov"),
                        modified=values.get("modified"))
        if with_graphs and "graphs" not in info:
            info["graphs"] = [[r["g"].value, int(r["n"].value)]
                              for r in self.select(ex.GRAPHS_QUERY, timeout)
                              if isinstance(r["g"], ox.NamedNode)]
        for old in [g for g in self._info if g != generation]:
            del self._info[old]
        return dict(info)

    def quad_count(self, timeout: float | None = None) -> int:
        rows = self.select("SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }", timeout)
        return int(rows[0]["n"].value) if rows else 0

    # --- writes -----------------------------------------------------------------------------------------------

    def _update(self, text: str) -> None:
        self._call(self.endpoints.update, text.encode("utf-8"), SPARQL_UPDATE, "*/*", None)

    def _write_graph(self, graph: str, triples: Sequence[ox.Triple]) -> None:
        """One graph, whole: a Graph Store Protocol PUT, or INSERT DATA in batches where the engine has no GSP."""
        if self.endpoints.gsp:
            body = ox.serialize(triples, format=ox.RdfFormat.N_TRIPLES) or b""
            separator = "&" if "?" in self.endpoints.gsp else "?"
            self._call(f"{self.endpoints.gsp}{separator}{urlencode({'graph': graph})}", body, GRAPHS, "*/*", None,
                       method="PUT")
            return
        self._update(f"DROP SILENT GRAPH <{graph}>")
        for start in range(0, len(triples), INSERT_BATCH):
            data = (ox.serialize(triples[start:start + INSERT_BATCH], format=ox.RdfFormat.N_TRIPLES) or b"").decode()
            self._update(f"INSERT DATA {{ GRAPH <{graph}> {{ {data} }} }}")

    def _stage(self, graphs: dict[str, list[ox.Triple]]) -> dict[str, str]:
        """Write each graph under a staging name, one at a time: {real name: staging name}.

        The staging names are noted in the manifest graph first, so that the next build or load drops what a
        failed one left (the switch, rewriting the manifest, forgets them)."""
        self._drop_staging()
        token = uuid.uuid4().hex
        staged = {graph: self.iris.store_graph(f"staging/{token}/{number}")
                  for number, graph in enumerate(sorted(graphs))}
        m = f"<{self.manifest_graph}>"
        if staged:
            noted = " , ".join(f"<{g}>" for g in staged.values())
            self._update(f"INSERT DATA {{ GRAPH {m} {{ {m} <{self.manifest_graph}#staging> {noted} . }} }}")
        for graph, name in staged.items():
            self._write_graph(name, graphs[graph])
        return staged

    def _drop_staging(self) -> None:
        """The staging graphs a failed build or load left behind."""
        m = f"<{self.manifest_graph}>"
        rows = self._select(f"SELECT ?g WHERE {{ GRAPH {m} {{ {m} <{self.manifest_graph}#staging> ?g }} }}", [],
                            None)
        if rows:
            names = " ".join(f"<{r['g'].value}>" for r in rows)
            self._update(" ;\n".join([*(f"DROP SILENT GRAPH <{r['g'].value}>" for r in rows),
                                      f"DELETE WHERE {{ GRAPH {m} {{ {m} <{self.manifest_graph}#staging> ?g "
                                      f"VALUES ?g {{ {names} }} }} }}"]))

    def _switch(self, moves: dict[str, str], adds: dict[str, str], drops: Iterable[str], graphs: Iterable[str],
                default: str | None = None) -> None:
        """The one update that puts a build or a load in place (module docstring)."""
        graphs = sorted(set(graphs))
        steps = [f"DROP SILENT GRAPH <{g}>" for g in sorted(set(drops))]
        steps += [f"MOVE SILENT GRAPH <{staged}> TO GRAPH <{g}>" for g, staged in sorted(moves.items())]
        steps += [f"ADD SILENT GRAPH <{staged}> TO GRAPH <{g}> ;\nDROP SILENT GRAPH <{staged}>"
                  for g, staged in sorted(adds.items())]
        union = f"<{self.union_graph}>"
        steps.append(f"DROP SILENT GRAPH {union}")
        if graphs:
            steps.append(f"INSERT {{ GRAPH {union} {{ ?s ?p ?o }} }} WHERE {{ VALUES ?g {{ "
                         f"{' '.join(f'<{g}>' for g in graphs)} }} GRAPH ?g {{ ?s ?p ?o }} }}")
        if default is not None:
            steps.append(f"ADD SILENT GRAPH <{default}> TO GRAPH {union} ;\nDROP SILENT GRAPH <{default}>")
        m = f"<{self.manifest_graph}>"
        listed = "".join(f" ;\n    <{self.manifest_graph}#graph> <{g}>" for g in graphs)
        steps.append(f"DROP SILENT GRAPH {m}")  # last: the new token, and the switching mark gone
        steps.append(f"INSERT DATA {{ GRAPH {m} {{ {m} <{self.manifest_graph}#generation> "
                     f"{ox.Literal(uuid.uuid4().hex)}{listed} . }} }}")
        switching = f"GRAPH {m} {{ {m} <{self.manifest_graph}#switching> true }}"
        self._update(f"INSERT DATA {{ {switching} }}")
        try:
            self._update(" ;\n".join(steps))
        except BaseException:
            # A transactional engine left the old build whole: readers may go on. (One that applies an update
            # operation by operation may have applied part of it; the next build puts a whole one in place.)
            try:
                self._update(f"DELETE DATA {{ {switching} }}")
            except ex.QueryError:
                pass  # the engine is gone: the mark goes with the next build
            raise
        finally:
            self._manifest = None  # read afresh: this process sees its own write at once

    def replace(self, quads: Iterable[ox.Quad], keep: Callable[[ox.NamedNode | ox.DefaultGraph], bool] | None = None,
                warn: Callable[[str], None] | None = None) -> int:
        """A build: the new graphs staged, then switched in; graphs ``keep`` names (a load's) stay as they are."""
        graphs: dict[str, list[ox.Triple]] = {}
        default: list[ox.Triple] = []
        for q in quads:
            if isinstance(q.graph_name, ox.NamedNode):
                graphs.setdefault(q.graph_name.value, []).append(q.triple)
            else:
                default.append(q.triple)
        current = self.manifest(fresh=True)
        kept = [g for g in (current.graphs if current else ()) if keep and keep(ox.NamedNode(g)) and g not in graphs]
        staged = self._stage({**graphs, **({self.union_graph: default} if default else {})})
        default_staged = staged.pop(self.union_graph, None)
        old = set(current.graphs if current else ()) - set(kept) - set(graphs)
        self._switch(staged, {}, old, [*graphs, *kept], default_staged)
        return self.quad_count()

    def add(self, paths: Sequence[Path], **options: Any) -> tuple[list[Any], int]:
        """``fmkg load``: read and validate the files (against the engine's data around them), stage, switch."""
        from fmkg.store.load import check_in_context, read_files

        plan = read_files(paths, self.settings, options.get("graph"))
        replace = bool(options.get("replace"))
        current = self.manifest(fresh=True) or Manifest("", ())
        excluded = set(plan.targets) if replace else set()
        check_in_context(plan, self.settings, options.get("check"), lambda: self._context(plan.quads, excluded))
        graphs: dict[str, list[ox.Triple]] = {}
        for q in plan.quads:
            graphs.setdefault(q.graph_name.value, []).append(q.triple)  # type: ignore[union-attr]
        staged = self._stage(graphs)
        moves = {g: s for g, s in staged.items() if replace or g not in current.graphs}
        adds = {g: s for g, s in staged.items() if g not in moves}
        drops = set(plan.targets) - set(graphs) if replace else set()
        self._switch(moves, adds, drops, set(current.graphs) - drops | set(graphs))
        return plan.loaded(), self.quad_count()

    def _context(self, quads: Sequence[ox.Quad], excluded: set[str]) -> list[ox.Triple]:
        """What the store says about the files' subjects, and the types of the IRIs all of that points to
        (as ``fmkg.store.load`` reads them from the embedded store), leaving out the graphs being replaced."""
        if self.manifest() is None:
            return []
        unless = f"FILTER(?g NOT IN ({', '.join(f'<{g}>' for g in sorted(excluded))}))" if excluded else ""
        subjects = sorted({str(q.subject) for q in quads if isinstance(q.subject, ox.NamedNode)})
        about = [ox.Triple(r["s"], r["p"], r["o"]) for batch in _batches(subjects) for r in self.select(
            f"SELECT ?s ?p ?o WHERE {{ VALUES ?s {{ {batch} }} GRAPH ?g {{ ?s ?p ?o }} {unless} }}")]
        targets = sorted({str(t.object) for t in [*(q.triple for q in quads), *about]
                          if isinstance(t.object, ox.NamedNode)})
        types = [ox.Triple(r["s"], ox.NamedNode(RDF + "type"), r["o"]) for batch in _batches(targets)
                 for r in self.select(f"SELECT ?s ?o WHERE {{ VALUES ?s {{ {batch} }} "
                                      f"GRAPH ?g {{ ?s <{RDF}type> ?o }} {unless} }}")]
        return list(dict.fromkeys(about + types))

    def _empty_pool(self) -> ex.ExecutorPool:
        """Executors (this process's) over an empty store, for the queries ``engines.answered_here`` names."""
        if self._here is None or self._here[0].pid != os.getpid():
            directory = tempfile.mkdtemp(prefix="fmkg-empty-store-")
            ox.Store(directory).flush()
            s = self.settings
            self._here = (ex.ExecutorPool(directory, 1, memory_bytes=s.query_memory_mb << 20,
                                          queue=max(s.query_queue, 0), lane_seconds=s.query_lane_seconds), directory)
        return self._here[0]

    def close(self) -> None:
        """No connection is held between requests; the executors of the empty store, if any, are stopped."""
        if self._here is not None and self._here[0].pid == os.getpid():
            self._here[0].close()
            shutil.rmtree(self._here[1], ignore_errors=True)
        self._here = None


def _target(url: str) -> str:
    """The request target of ``url``: its path and query."""
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _batches(terms: Sequence[str], size: int = 500) -> Iterable[str]:
    for start in range(0, len(terms), size):
        yield " ".join(terms[start:start + size])


def _chains(node: str, var: str, then: str = "") -> str:
    """``var`` bound to ``node`` and to each blank node under it, to the depth ``fmkg.store.describe`` follows; or,
    with ``then`` (a pattern where ``{x}`` stands for that node), ``then``'s matches for each of them.

    One flat basic graph pattern per depth, its filter beside it: the engine looks up blank nodes only, hop by hop
    (a group per hop, or a group joined to ``then``, made Oxigraph scan every quad). Without ``then`` the last hop
    binds ``var`` itself: a ``BIND`` of a filtered variable made Virtuoso 7's compiler fail ("equiv replaces
    filter")."""
    v = var[1:]
    branches = [f"{{ {then.format(x=node)} }}" if then else f"{{ BIND({node} AS {var}) }}"]
    for depth in range(1, MAX_BNODE_DEPTH + 1):
        names = [f"?{v}{i}" for i in range(1, depth + 1)]
        if not then:
            names[-1] = var
        hops = " . ".join(f"{node if i == 0 else names[i - 1]} ?{v}p{i + 1} {names[i]}" for i in range(depth))
        blank = " && ".join(f"isBlank({name})" for name in names)
        tail = f" . {then.format(x=names[-1])}" if then else ""
        branches.append(f"{{ {hops}{tail} FILTER({blank}) }}")
    return " UNION ".join(branches)


def _spans(node: str, var: str, evidence: str) -> str:
    """``var``: the node's evidence spans, those of the statements about facts with it, and the spans in it."""
    return (f"{{ {node} {evidence} {var} }} UNION {{ ?{var[1:]}st <{RDF}subject>|<{RDF}object> {node} . "
            f"?{var[1:]}st {evidence} {var} }} UNION {{ {var} <{OA}hasSource> {node} }}")


def _describe_query(node: ox.NamedNode, scope: Scope) -> str:
    """Every quad ``fmkg.store.describe`` may read about ``node``, as ``?s ?p ?o ?g``, in one SELECT.

    The subjects whose statements it reads: the node and the blank nodes under it, the statements about facts with
    it, their evidence spans and the node's own, the spans located in it, and those spans' selectors; then the
    links pointing at it; then the labels and types of what all of that links to. Navigation runs over the default
    graph (the union); the quads come from the named graphs, with their graph. A superset is fine: the same
    ``describe`` then picks from it. The node's own subjects are joined with their quads without a ``SELECT
    DISTINCT`` between: Virtuoso 7 evaluated that subquery join 5-10 times slower (over 10 s for a page on a
    loaded machine) and returned unrelated quads with it; a repeated quad is harmless here.
    """
    n = str(node)
    evidence, about = f"<{scope.vocab}evidence>", f"<{RDF}subject>|<{RDF}object>"
    subjects = (f"{_chains(n, '?s')} UNION {{ ?s {about} {n} }} UNION {_spans(n, '?s', evidence)} "
                f"UNION {{ {{ {_spans(n, '?span', evidence)} }} ?span <{OA}hasSelector> ?s }}")
    linked = (f"{{ {_chains(n, '?c', '{x} ?cp ?s FILTER(isIRI(?s))')} }} UNION {{ ?s ?ip {n} }} "
              f"UNION {{ ?dst {about} {n} . ?dst <{PROV}wasDerivedFrom> ?s }}")
    labelled = " ".join(f"<{p}>" for p in (RDF + "type", *LABEL_PREDICATES))
    return (f"SELECT ?s ?p ?o ?g WHERE {{\n"
            f"  {{ {{ {subjects} }} GRAPH ?g {{ ?s ?p ?o }} }}\n"
            f"  UNION {{ GRAPH ?g {{ ?s ?p {n} }} BIND({n} AS ?o) }}\n"
            f"  UNION {{ {{ SELECT DISTINCT ?s WHERE {{ {linked} }} }} VALUES ?p {{ {labelled} }} "
            f"GRAPH ?g {{ ?s ?p ?o }} }}\n"
            f"}}")


class _Queue:
    """The executor protocol's pipe, inside one process: ``send_bytes`` puts a message, waiting while it is full;
    once the reader has gone (``closed``), writing fails and the writer stops."""

    def __init__(self) -> None:
        self.items: queue.Queue[bytes | BaseException] = queue.Queue(maxsize=8)
        self.closed = threading.Event()

    def send_bytes(self, data: bytes | bytearray | BaseException) -> None:
        if isinstance(data, bytearray):
            data = bytes(data)
        while not self.closed.is_set():
            try:
                self.items.put(data, timeout=0.5)
                return
            except queue.Full:
                continue
        raise BrokenPipeError("the reader has gone")


class _Graph:
    """Parsed triples with the ``serialize`` of a pyoxigraph query result (for ``write_results``)."""

    def __init__(self, triples: Iterable[ox.Triple]) -> None:
        self.triples = triples

    def serialize(self, output: Any, format: ox.RdfFormat) -> None:  # noqa: A002 - pyoxigraph's name
        ox.serialize(self.triples, output, format=format)


class _RemoteQuery(ex.Executor):
    """One ``/sparql`` query on the engine, behind the executor interface, so the result streams, spools and is
    limited exactly as the embedded store's (``fmkg.store.executor.QueryResult``).

    A thread sends the request, parses the engine's answer as it arrives and writes it, in the format asked, as
    the executor's messages; ``receive`` waits for each with the time the query has left; ``kill`` closes the
    connection (the engine sees the client go) and stops the thread.
    """

    def __init__(self, store: RemoteStore, form: bytes) -> None:
        super().__init__(store.endpoints.query)
        self.store, self.form = store, form
        self.pipe = _Queue()
        self.thread: threading.Thread | None = None
        self.connection: http.client.HTTPConnection | None = None

    @property
    def alive(self) -> bool:
        return self.thread is not None and self.thread.is_alive()

    def _send(self, op: str, payload: object) -> None:
        assert op == "query" and isinstance(payload, ex.QueryJob)
        self.thread = threading.Thread(target=self._run, args=(payload,), name="fmkg-remote-query", daemon=True)
        self.thread.start()

    def _run(self, job: ex.QueryJob) -> None:
        try:
            self._answer(job)
        except BrokenPipeError:
            pass  # the reader has gone (killed, or the client left)
        except ex.QueryError as error:
            self._put(error)
        except Exception as error:  # noqa: BLE001 - an engine answer fmkg cannot read: reported, never raised here
            self._put(ex.EngineError(f"the SPARQL engine's answer cannot be read: {error}"))
        finally:
            if self.connection is not None:
                self.connection.close()

    def _put(self, item: bytes | BaseException) -> None:
        try:
            self.pipe.send_bytes(item)
        except BrokenPipeError:
            pass

    def _answer(self, job: ex.QueryJob) -> None:
        store = self.store
        deadline = _Deadline(store._timeout())  # the thread's own bound; the reader enforces the query's limit
        self.connection, response = store._request(store.endpoints.query, "POST", self.form,
                                                   {"Content-Type": "application/x-www-form-urlencoded",
                                                    "Accept": store.accept(facts(job.query).form)}, deadline)
        if not 200 <= response.status < 300:
            raise store._failure(store.endpoints.query, response, job.query)
        fmt = by_media_type(response.getheader("Content-Type", ""))
        if fmt is None or fmt.engine is None:
            raise ex.EngineError(f"the SPARQL engine answered in {response.getheader('Content-Type')}, a format "
                                 "fmkg does not read")
        results: Any
        if isinstance(fmt.engine, ox.QueryResultsFormat):
            results = ox.parse_query_results(relabel(response, store.dialect or STANDARD), format=fmt.engine)
        else:
            results = _Graph(q.triple for q in ox.parse(response, format=fmt.engine))
        kind = kind_of(results) if not isinstance(results, _Graph) else "graph"
        name = job.formats.get(kind)
        if name is None:
            self.pipe.send_bytes(b"N" + kind.encode())
            return
        writer = ex._ChunkWriter(self.pipe, kind, name)
        try:
            write_results(results, name, writer)
        except BrokenPipeError:
            raise
        except Exception as error:  # noqa: BLE001 - a broken or cut answer from the engine
            if writer.started:
                writer.fail(str(error))
                return
            raise ex.EngineError(f"the SPARQL engine's answer cannot be read: {error}") from None
        writer.finish()

    def receive(self, budget: ex._Budget) -> ex._Message:
        started = time.monotonic()
        try:
            wait = None if budget.left == float("inf") else max(budget.left, 0.0)
            item = self.pipe.items.get(timeout=wait)
        except queue.Empty:
            self.kill()
            raise ex.QueryTimeout(f"the query ran longer than {budget.limit:g} s, the time limit, and was "
                                  "stopped") from None
        finally:
            elapsed = time.monotonic() - started
            budget.left -= elapsed
            budget.used += elapsed
        if isinstance(item, BaseException):
            self.kill()
            raise item
        return ex._Message(item[:1], item[1:])

    def kill(self) -> int | None:
        self.pipe.closed.set()
        connection = self.connection
        if connection is not None and connection.sock is not None:
            try:
                connection.sock.shutdown(socket.SHUT_RDWR)  # wakes the thread's read
            except OSError:
                pass
        return None

    close = kill
