"""Run SPARQL queries in a child process, so that a query over its time limit can be stopped.

pyoxigraph cannot cancel a running query. So every query runs in an *executor*: a long-lived child process
that opens the store read-only (after the fork, as RocksDB requires), runs one query at a time with
pyoxigraph's own engine and serializers, and streams the serialized bytes back over a pipe in chunks. The
parent waits for each chunk with the time the query has left; when the time is up it kills the child (the only
way to stop the query) and raises ``QueryTimeout``; the next query on that executor starts a fresh child.
Time counts only while the parent waits for the engine, not while a slow client reads.

A web worker keeps an ``ExecutorPool`` with one executor per request thread, so a stopped query costs one
child process and nothing else: the other threads and workers keep serving.

The child reopens the store when its directory is swapped by a build or a load (inode of ``store`` and of its
``CURRENT`` file), so a server never needs a restart to see new data.

Before it opens the store, the child sandboxes itself (``fmkg.store.sandbox``): no network sockets, so no query
reaches the network whatever the engine makes of its text, and a memory limit, so a query that needs more is
stopped (``QueryMemoryExceeded``) and its process replaced.
"""

from __future__ import annotations

import itertools
import json
import multiprocessing
import os
import signal
import tempfile
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

import pyoxigraph as ox

from fmkg.iri import Iris
from fmkg.store import StoreHandle, StoreMissing, named_quad_count, recorded_size, sandbox
from fmkg.store.describe import Scope, describe
from fmkg.store.results import kind_of, write_results
from fmkg.vocab import DCTERMS, OWL, PAV, SCHEMA

__all__ = [
    "QueryJob", "QueryResult", "Executor", "ExecutorPool",
    "QueryError", "QuerySyntaxError", "NotAcceptable", "QueryTimeout", "ResultTooLarge", "StoreUnavailable",
    "EngineError", "QueryMemoryExceeded", "NetworkRefused", "Busy", "StoreUnreachable", "VERSION_QUERY", "GRAPHS_QUERY",
]

CHUNK_BYTES = 64 * 1024
PAGE_ENGINES = 2  # executors per worker that read for the HTML and RDF pages (beside the query engines)


class QueryError(Exception):
    """A query that produced no complete result; the message is meant for the person who sent it."""


class QuerySyntaxError(QueryError):
    """The query does not parse: the message holds the parser's position and expectation."""


class NotAcceptable(QueryError):
    """The query's kind of result has no format the client accepts."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind


class QueryTimeout(QueryError):
    """The query ran past its time limit and was stopped."""


class ResultTooLarge(QueryError):
    """The serialized result grew past the configured limit and was stopped."""


class StoreUnavailable(QueryError):
    """There is no store to query (not built yet) or it cannot be opened."""


class StoreUnreachable(StoreUnavailable):
    """A remote engine that cannot be reached or says it is unavailable; ``retry_after`` is a hint in seconds."""

    def __init__(self, message: str, retry_after: int = 5) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class EngineError(QueryError):
    """The engine failed while evaluating, or the executor process died."""


class QueryMemoryExceeded(QueryError):
    """The query needed more memory than its process may use; the process was replaced."""


class NetworkRefused(QueryError):
    """The engine tried to open a network connection (a SERVICE call) and the sandbox refused it."""


class Busy(QueryError):
    """No query engine became free in time; ``retry_after`` is a hint in seconds."""

    def __init__(self, message: str, retry_after: int = 1) -> None:
        super().__init__(message)
        self.retry_after = retry_after


@dataclass(frozen=True)
class QueryJob:
    """One query and how to answer it.

    ``formats`` maps each kind of result (``solutions``, ``boolean``, ``graph``) to the format name to write it
    in; a kind left out is not acceptable. ``default_graphs``/``named_graphs`` are the protocol's
    ``default-graph-uri``/``named-graph-uri``: when either is given the dataset is exactly those graphs;
    otherwise the query's own FROM clauses apply, or, without them, the union of all graphs.
    """

    query: str
    formats: Mapping[str, str]
    default_graphs: tuple[str, ...] | None = None
    named_graphs: tuple[str, ...] | None = None

    def dataset_kwargs(self) -> dict[str, Any]:
        if self.default_graphs is not None or self.named_graphs is not None:
            return {"default_graph": [ox.NamedNode(g) for g in self.default_graphs or ()],
                    "named_graphs": [ox.NamedNode(g) for g in self.named_graphs or ()]}
        # Without FROM, the store's default graph: the union of the named graphs, kept there by every write.
        return {}


# --- the child process --------------------------------------------------------------------------------

class _Stores(StoreHandle):
    """The query process's store, with what it knows about it (size, version) until it is swapped.

    A store of at most ``memory_quads`` quads (its union graph included) is copied into an in-memory store when
    it is opened (the query processes open it as they start): Oxigraph's in-memory store answers joins,
    aggregates and paths about twice as fast as its RocksDB store, and the copy costs about 360 bytes and 10
    microseconds of CPU per quad in this process. (Copied in a background thread instead, it held the GIL
    against the queries it was meant to speed up: the first /health of a fresh server took three times longer.)
    """

    # A store's files hold under this many bytes per quad: larger files are not counted, let alone copied.
    MAX_BYTES_PER_QUAD = 2048

    def __init__(self, path: str, memory_quads: int = 0) -> None:
        super().__init__(path)
        self.memory_quads = memory_quads
        self.info: dict[str, object] = {}

    def _open(self) -> ox.Store:
        on_disk = super()._open()
        if self.memory_quads <= 0 or _directory_bytes(self.path) > self.memory_quads * self.MAX_BYTES_PER_QUAD:
            return on_disk
        # Counted up to one past the limit only: a large store costs no full scan.
        if sum(1 for _ in itertools.islice(on_disk, self.memory_quads + 1)) > self.memory_quads:
            return on_disk
        in_memory = ox.Store()
        in_memory.extend(on_disk)
        return in_memory

    def opened(self) -> None:
        self.info = {}


def _directory_bytes(path: str) -> int:
    try:
        return sum(entry.stat().st_size for entry in os.scandir(path) if entry.is_file())
    except OSError:
        return 0


# The messages an executor sends back, each a one-byte tag and a body:
#   a result, in chunks:  S first chunk (a "kind format" header line, then data), D more data, L the last data,
#                         A a whole result in one message
#   store facts:          I (info) JSON; R (describe) N-Quads
#   a failure:            Q syntax error, N no acceptable format (body: the kind of result), M no store or
#                         unreadable files, V a network attempt refused by the sandbox, F an engine error before
#                         any data, X an engine error after some data was sent


class _ChunkWriter:
    """A binary writer that sends what pyoxigraph serializes as pipe messages of about CHUNK_BYTES (tags above)."""

    def __init__(self, conn, kind: str, name: str) -> None:
        self.conn = conn
        self.started = False
        self.buffer = bytearray(b"S" + f"{kind} {name}\n".encode())

    def write(self, data: bytes) -> int:
        self.buffer += data
        if len(self.buffer) >= CHUNK_BYTES:
            self.conn.send_bytes(self.buffer)
            self.started, self.buffer = True, bytearray(b"D")
        return len(data)

    def flush(self) -> None:
        """pyoxigraph flushes at the end; chunking is ours."""

    def finish(self) -> None:
        self.buffer[0:1] = b"L" if self.started else b"A"
        self.conn.send_bytes(self.buffer)

    def fail(self, message: str) -> None:
        self.conn.send_bytes((b"X" if self.started else b"F") + message.encode())


def _run_query(conn, stores: _Stores, job: QueryJob) -> None:
    try:
        store = stores.get()
    except (StoreMissing, OSError, RuntimeError) as error:  # RuntimeError: files RocksDB cannot read
        conn.send_bytes(b"M" + str(error).encode())
        return
    try:
        results = store.query(job.query, **job.dataset_kwargs())
    except SyntaxError as error:
        conn.send_bytes(b"Q" + str(error).encode())
        return
    except Exception as error:  # noqa: BLE001 - any engine failure is reported, the child lives on
        conn.send_bytes(_failure(error))
        return
    kind = kind_of(results)
    name = job.formats.get(kind)
    if name is None:
        conn.send_bytes(b"N" + kind.encode())
        return
    writer = _ChunkWriter(conn, kind, name)
    try:
        write_results(results, name, writer)
    except MemoryError:
        os._exit(_MEMORY_EXIT)  # the heap is exhausted: no telling what state it is in; the parent replaces us
    except Exception as error:  # noqa: BLE001 - evaluation errors surface while results are pulled
        if writer.started:
            writer.fail(str(error))
        else:
            conn.send_bytes(_failure(error))
        return
    writer.finish()


_MEMORY_EXIT = 86  # the child's exit status after a MemoryError; Rust allocation failures abort (SIGABRT)


def _failure(error: Exception) -> bytes:
    """The message for an engine error: the sandbox's refusal of a socket is a network attempt (tag ``V``)."""
    if isinstance(error, MemoryError):
        os._exit(_MEMORY_EXIT)
    if isinstance(error, PermissionError):
        return b"V" + str(error).encode()
    return b"F" + str(error).encode()


VERSION_QUERY = "".join(f"PREFIX {name}: <{iri}>\n" for name, iri in (
    ("owl", OWL), ("dcterms", DCTERMS), ("pav", PAV), ("schema", SCHEMA))) + """SELECT ?dv ?ov ?modified WHERE {
  OPTIONAL { <%(dataset)s> owl:versionInfo|pav:version|dcterms:hasVersion|schema:version ?dv }
  OPTIONAL { <%(ontology)s> owl:versionInfo ?ov }
  OPTIONAL { <%(dataset)s> dcterms:modified|dcterms:issued ?modified }
} LIMIT 1"""

GRAPHS_QUERY = "SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g"


def _store_info(store: ox.Store, path: str, base: str, with_graphs: bool,
                info: dict[str, object]) -> dict[str, object]:
    """Size, build version and (on demand) the named graphs with their sizes; cached until the store changes.

    The size is the one the writing command recorded, when there is one (counting takes seconds per million
    quads)."""
    if "quads" not in info:
        rows = _solutions(store, VERSION_QUERY % {"dataset": Iris(base).dataset, "ontology": Iris(base).ontology})
        row = next(iter(rows), None)
        values = {} if row is None else {v: row[v].value for v in ("dv", "ov", "modified") if row[v] is not None}
        recorded = recorded_size(path)
        info.update(quads=named_quad_count(store) if recorded is None else recorded,
                    version=values.get("dv") or values.get("ov"),
                    modified=values.get("modified"))
    if with_graphs and "graphs" not in info:
        info["graphs"] = [[row["g"].value, int(row["n"].value)] for row in _solutions(store, GRAPHS_QUERY)
                          if isinstance(row["g"], ox.NamedNode)]
    return info


def _solutions(store: ox.Store, query: str) -> ox.QuerySolutions:
    results = store.query(query)
    assert isinstance(results, ox.QuerySolutions)  # a SELECT
    return results


def _run_info(conn, stores: _Stores, request: tuple[str, bool]) -> None:
    try:
        store = stores.get()
        info = _store_info(store, stores.path, request[0], request[1], stores.info)
    except (StoreMissing, OSError, RuntimeError) as error:  # RuntimeError: files RocksDB cannot read
        conn.send_bytes(b"M" + str(error).encode())
        return
    conn.send_bytes(b"I" + json.dumps(info).encode())


def _run_describe(conn, stores: _Stores, request: tuple[str, tuple[str, int, str], bool]) -> None:
    """A description's quads (``fmkg.store.describe``), as N-Quads."""
    iri, scope, with_spans = request
    try:
        store = stores.get()
        quads = describe(store, iri, Scope(*scope), with_spans=with_spans)
    except (StoreMissing, OSError, RuntimeError) as error:  # RuntimeError: files RocksDB cannot read
        conn.send_bytes(b"M" + str(error).encode())
        return
    conn.send_bytes(b"R" + (ox.serialize(list(dict.fromkeys(quads)), format=ox.RdfFormat.N_QUADS) or b""))


def _child_main(conn, parent_end, store_path: str, memory_bytes: int = 0, memory_quads: int = 0) -> None:
    """The executor loop: one request at a time until the parent closes the pipe."""
    parent_end.close()  # a forked child holds this end too; closing it lets a dead parent show as EOF
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C in a terminal is the parent's to handle
    try:
        sandbox.deny_network()
    except sandbox.SandboxUnavailable:
        pass  # `fmkg serve` said so at start-up; SERVICE is still refused before a query gets here
    sandbox.limit_memory(memory_bytes)
    stores = _Stores(store_path, memory_quads)
    try:
        stores.get()  # opened (and copied into memory) before the first query asks for it
    except (StoreMissing, OSError, RuntimeError):
        pass  # no store yet, or a damaged one: each request reports it
    handlers: dict[str, Callable] = {"query": _run_query, "info": _run_info, "describe": _run_describe}
    while True:
        try:
            op, payload = conn.recv()
        except (EOFError, OSError):
            return
        handlers[op](conn, stores, payload)


# --- the parent side ----------------------------------------------------------------------------------

def _single_threaded() -> bool:
    """No other thread in this process, Python's or native (a Rust web server's, for example)."""
    try:
        return len(os.listdir("/proc/self/task")) == 1
    except OSError:
        return threading.active_count() == 1


def _context() -> multiprocessing.context.ForkContext | multiprocessing.context.ForkServerContext:
    """``fork`` from a single-threaded process (instant); ``forkserver`` from a threaded one (fork-safe)."""
    if _single_threaded() and "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork")
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])
    return context


class _Budget:
    """Seconds left for waiting on the engine."""

    def __init__(self, seconds: float | None, spent: float = 0.0) -> None:
        self.limit = seconds
        self.left = float("inf") if seconds is None or seconds <= 0 else seconds - spent
        self.used = 0.0  # seconds spent waiting for the engine (not for a free executor)


@dataclass
class _Message:
    tag: bytes
    body: bytes


class Executor:
    """One executor child process, started on first use and restarted after it is killed."""

    def __init__(self, store_path: Path | str, memory_bytes: int = 0, memory_quads: int = 0) -> None:
        self.store_path = str(store_path)
        self.memory_bytes = memory_bytes
        self.memory_quads = memory_quads  # a store this small is read from a copy in memory (``_Stores``)
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None

    @property
    def alive(self) -> bool:
        return self._process is not None and self._process.is_alive()

    def _start(self) -> None:
        context = _context()
        parent_end, child_end = context.Pipe()
        process = context.Process(target=_child_main, args=(child_end, parent_end, self.store_path,
                                                            self.memory_bytes, self.memory_quads),
                                  name="fmkg-query-executor", daemon=True)
        process.start()
        child_end.close()
        self._process, self._conn = process, parent_end

    def start(self) -> None:
        """Start the child now, if it is not running (it is started on first use otherwise)."""
        if not self.alive:
            self.kill()
            self._start()

    def kill(self) -> int | None:
        """Stop the child at once (a running query cannot be stopped any other way); its exit code."""
        exitcode = None
        process, conn = self._process, self._conn
        self._process = self._conn = None
        if process is not None:
            if process.is_alive():
                process.join(0.05)  # a child that is dying on its own gets to say how
            process.kill()
            process.join(5)
            exitcode = process.exitcode
        if conn is not None:
            conn.close()
        return exitcode

    close = kill

    def _send(self, op: str, payload: object) -> None:
        if not self.alive:
            self.kill()
            self._start()
        try:
            self._pipe().send((op, payload))
        except OSError:  # the child died since the check: one fresh start
            self.kill()
            self._start()
            self._pipe().send((op, payload))

    def _pipe(self) -> Connection:
        if self._conn is None:
            raise EngineError("the query engine is not running")
        return self._conn

    def receive(self, budget: _Budget) -> _Message:
        """The next message, waiting at most the budget left; kills the child when the time is up."""
        started = time.monotonic()
        try:
            ready = self._pipe().poll(None if budget.left == float("inf") else max(budget.left, 0.0))
            if not ready:
                self.kill()
                raise QueryTimeout(f"the query ran longer than {budget.limit:g} s, the time limit, and was stopped")
            data = self._pipe().recv_bytes()
        except (EOFError, OSError) as error:
            exitcode = self.kill()
            if self.memory_bytes > 0 and exitcode in (-signal.SIGABRT, -signal.SIGKILL, -signal.SIGSEGV,
                                                      _MEMORY_EXIT):
                raise QueryMemoryExceeded(
                    f"the query needed more than {self.memory_bytes // (1 << 20)} MiB of memory, the limit "
                    "for one query, and was stopped") from error
            raise EngineError("the query engine stopped unexpectedly") from error
        finally:
            elapsed = time.monotonic() - started
            budget.left -= elapsed
            budget.used += elapsed
        return _Message(data[:1], data[1:])

    def query(self, job: QueryJob, timeout: float | None = None, max_bytes: int | None = None,
              buffer_bytes: int = 1 << 20, release: Callable[[Executor], None] | None = None,
              spent: float = 0.0) -> QueryResult:
        """Run ``job``; return once the result is complete or ``buffer_bytes`` of it are in hand.

        ``release`` is called with this executor once it is free again, whatever happens; ``spent`` is time
        already used up (waiting for this executor).
        """
        budget = _Budget(timeout, spent)
        try:
            self._send("query", job)
            first = self.receive(budget)
            _raise_for(first)
        except BaseException as error:
            if not isinstance(error, QueryError):
                self.kill()  # interrupted mid-query: the child's state is unknown
            if release is not None:
                release(self)
            raise
        header, _, data = first.body.partition(b"\n")
        kind, name = header.decode().split(" ")
        result = QueryResult(kind, name, self, budget, max_bytes, release)
        result.take(data, last=first.tag == b"A")
        while not result.complete and result.buffered < buffer_bytes:
            result.pull()
        return result

    def info(self, base: str, with_graphs: bool = False, timeout: float | None = None) -> dict[str, object]:
        """The store's size, build version and, with ``with_graphs``, its named graphs and their sizes."""
        self._send("info", (base, with_graphs))
        message = self.receive(_Budget(timeout))
        _raise_for(message)
        return json.loads(message.body)

    def describe(self, iri: str, scope: Scope, with_spans: bool, timeout: float | None = None) -> list[ox.Quad]:
        """The quads describing ``iri`` (``fmkg.store.describe``)."""
        self._send("describe", (iri, (scope.base, scope.max_links, scope.vocab_namespace), with_spans))
        try:
            message = self.receive(_Budget(timeout))
        except QueryTimeout:
            raise QueryTimeout(f"the description of <{iri}> took longer than {timeout:g} s and was stopped") from None
        _raise_for(message)
        return list(ox.parse(message.body, format=ox.RdfFormat.N_QUADS))


_ERRORS: dict[bytes, type[QueryError]] = {b"Q": QuerySyntaxError, b"M": StoreUnavailable, b"F": EngineError,
                                          b"X": EngineError, b"V": NetworkRefused}


def _raise_for(message: _Message) -> None:
    if message.tag == b"N":
        raise NotAcceptable(message.body.decode())
    if message.tag in _ERRORS:
        raise _ERRORS[message.tag](message.body.decode("utf-8", "replace"))


class QueryResult:
    """A serialized result: ``kind``, ``format`` and its bytes, some buffered, the rest streamed on iteration.

    Iterate it (once) or ``close()`` it: either gives the executor back; stopping early kills the child.
    """

    def __init__(self, kind: str, name: str, executor: Executor, budget: _Budget, max_bytes: int | None,
                 release: Callable[[Executor], None] | None) -> None:
        self.kind, self.format = kind, name
        self.chunks: list[bytes] = []
        self.buffered = 0
        self.size = 0
        self.complete = False
        self._executor: Executor | None = executor
        self._budget, self._max = budget, max_bytes
        self._release = release
        self._when_done: list[Callable[[QueryResult], None]] = []
        self._spool = None

    def when_done(self, callback: Callable[[QueryResult], None]) -> None:
        """Call ``callback(self)`` once the engine is done with this query (now, if it already is)."""
        if self._executor is None and self.complete:
            callback(self)
        else:
            self._when_done.append(callback)

    @property
    def engine_seconds(self) -> float:
        """Seconds the engine has worked on this query so far."""
        return self._budget.used

    def take(self, data: bytes, last: bool) -> None:
        self.size += len(data)
        if self._max is not None and self.size > self._max:
            self._finish(kill=True)
            raise ResultTooLarge(f"the result grew past {self._max} bytes, the limit, and the query was stopped")
        if data:
            self.chunks.append(data)
            self.buffered += len(data)
        if last:
            self._finish(kill=False)

    def pull(self) -> None:
        try:
            if self._executor is None:
                raise EngineError("the result is closed")
            message = self._executor.receive(self._budget)
            _raise_for(message)
        except QueryError:
            self._finish(kill=True)
            raise
        self.take(message.body, last=message.tag == b"L")

    @property
    def spooled(self) -> bool:
        return self._spool is not None

    @property
    def body(self) -> bytes:
        """The whole result, when it is complete (and not spooled)."""
        assert self.complete and self._spool is None
        return b"".join(self.chunks)

    def spool(self) -> None:
        """Take the rest of the result from the engine now, into a temporary file, and give the executor back.

        The engine then works at its own speed, not the client's: a client that reads slowly or not at all
        holds a file, not a query process. Limits (time, size) apply as while streaming.
        """
        if self.complete:
            return
        spool = tempfile.TemporaryFile(prefix="fmkg-result-")
        try:
            while True:
                while self.chunks:
                    spool.write(self.chunks.pop(0))
                if self.complete:
                    break
                self.pull()
        except BaseException:
            spool.close()
            self.close()
            raise
        spool.seek(0)
        self._spool = spool

    def __iter__(self) -> Iterator[bytes]:
        try:
            if self._spool is not None:
                while chunk := self._spool.read(CHUNK_BYTES):
                    yield chunk
                return
            while self.chunks:
                yield self.chunks.pop(0)
            while not self.complete:
                self.pull()
                while self.chunks:
                    yield self.chunks.pop(0)
        finally:
            self.close()

    def close(self) -> None:
        """Give the executor back; if the result is not complete, its child is killed first."""
        if self._spool is not None:
            self._spool.close()
        if not self.complete:
            self._finish(kill=True)

    def _finish(self, kill: bool) -> None:
        self.complete = True
        executor, self._executor = self._executor, None
        if executor is None:
            return
        if kill:
            executor.kill()
        if self._release is not None:
            self._release(executor)
        callbacks, self._when_done = self._when_done, []
        for callback in callbacks:
            callback(self)


class ExecutorPool:
    """The executors of one process; created on first use, in the using process.

    ``size`` executors run queries; while all are busy, a query waits for one (at most ``queue`` queries wait;
    one more gets ``Busy`` at once, so waiting queries cannot take every request thread of the worker). One
    more executor, the *lane*, takes a query that arrives while all ``size`` are busy, with a time limit of
    ``lane_seconds``: short queries are answered at once however many long ones run. ``info`` (``/health``,
    the service description) has an executor of its own, and the pages' reads (``read``, ``describe``) have
    ``PAGE_ENGINES`` of their own, so neither waits behind user queries, and every read has a time limit.
    """

    def __init__(self, store_path: Path | str, size: int, memory_bytes: int = 0, queue: int = 2,
                 lane_seconds: float = 1.0, memory_quads: int = 0) -> None:
        self.store_path = str(store_path)
        self.memory_quads = memory_quads
        self.size, self.queue, self.lane_seconds = size, queue, lane_seconds
        self.memory_bytes = memory_bytes
        self.pid = os.getpid()
        self._idle: list[Executor] = []
        self._all: list[Executor] = []
        self._free = size
        self._waiting = 0
        self._lane_waiting = 0
        self._lane: Executor | None = None
        self._lane_idle = lane_seconds > 0
        self._cond = threading.Condition()
        self._info: Executor | None = None
        self._info_lock = threading.Lock()
        self._pages: list[Executor] = []
        self._page_slots = threading.BoundedSemaphore(PAGE_ENGINES)

    def _new(self, for_queries: bool = True) -> Executor:
        """An executor; those of user queries read a small store from memory (the pages' few reads need not)."""
        executor = Executor(self.store_path, self.memory_bytes, self.memory_quads if for_queries else 0)
        self._all.append(executor)
        return executor

    def start(self) -> None:
        """Start the query processes now rather than on the first queries (each opens the store as it starts)."""
        with self._cond:
            while len(self._idle) < self._free:
                executor = self._new()
                executor.start()
                self._idle.append(executor)
            if self._lane is None and self.lane_seconds > 0:
                self._lane = self._new()
                self._lane.start()

    @property
    def free_engines(self) -> int:
        """How many of the ``size`` regular executors no query holds now (the lane is not counted)."""
        with self._cond:
            return self._free

    def acquire(self, timeout: float | None, lane: bool = True) -> tuple[Executor, bool]:
        """A free executor, and whether it is the lane's; ``Busy`` or ``QueryTimeout`` when none comes.

        A query that finds every executor busy waits in the bounded queue (``Busy`` when it is full). With
        ``lane`` (a client that has not been running long queries) it takes the lane when that is free, waits
        for whichever frees first, and when the queue is full still waits for the lane alone (it frees within
        ``lane_seconds``), in a short queue of its own.
        """
        deadline = None if not timeout or timeout <= 0 else time.monotonic() + timeout
        lane = lane and self.lane_seconds > 0
        with self._cond:
            if self._free == 0 and lane and self._lane_idle:
                return self._take_lane(), True
            if self._free == 0:
                lane_only = False
                if self._waiting < self.queue:
                    self._waiting += 1
                elif lane and self._lane_waiting < self.queue + 2:
                    # the queue is full, but the lane frees within lane_seconds: wait for it alone
                    lane_only = True
                    self._lane_waiting += 1
                    lane_deadline = time.monotonic() + self.lane_seconds + 1.0
                    deadline = lane_deadline if deadline is None else min(deadline, lane_deadline)
                else:
                    raise Busy(f"all {self.size} query engines of this worker are busy and {self._waiting} "
                               "queries are waiting for one", retry_after=2)
                try:
                    while self._free == 0 and not (lane and self._lane_idle):
                        remaining = None if deadline is None else deadline - time.monotonic()
                        if remaining is not None and remaining <= 0:
                            if lane_only:
                                raise Busy(f"all {self.size} query engines of this worker are busy, and so is "
                                           "the one kept for short queries", retry_after=2)
                            raise QueryTimeout(f"every query engine of this worker stayed busy for {timeout:g} s")
                        self._cond.wait(remaining)
                finally:
                    if lane_only:
                        self._lane_waiting -= 1
                    else:
                        self._waiting -= 1
                if self._free == 0:
                    return self._take_lane(), True
            self._free -= 1
            return (self._idle.pop() if self._idle else self._new()), False

    def _take_lane(self) -> Executor:
        self._lane_idle = False
        if self._lane is None:
            self._lane = self._new()
        return self._lane

    def release(self, executor: Executor) -> None:
        with self._cond:
            if executor is self._lane:
                self._lane_idle = True
            else:
                self._idle.append(executor)
                self._free += 1
            self._cond.notify_all()

    def query(self, job: QueryJob, timeout: float | None = None, max_bytes: int | None = None,
              lane: bool = True) -> QueryResult:
        """Run ``job`` on a free executor; the executor comes back when the result is consumed or closed.

        ``lane``: the query may use the executor kept for short queries when the others are busy.
        """
        started = time.monotonic()
        executor, lane = self.acquire(timeout, lane)
        if not lane:
            return executor.query(job, timeout, max_bytes, release=self.release, spent=time.monotonic() - started)
        limit = self.lane_seconds if not timeout or timeout <= 0 else min(timeout, self.lane_seconds)
        try:
            return executor.query(job, limit, max_bytes, release=self.release)
        except QueryTimeout:
            if timeout is not None and 0 < timeout <= self.lane_seconds:
                raise
            raise Busy(f"all {self.size} query engines of this worker are busy with other queries, and on the "
                       f"engine kept for short queries this one ran longer than {self.lane_seconds:g} s",
                       retry_after=5) from None

    def info(self, base: str, with_graphs: bool = False, timeout: float | None = None) -> dict[str, object]:
        """Store facts from the executor kept for them (a query load cannot delay ``/health``)."""
        if not self._info_lock.acquire(timeout=timeout if timeout and timeout > 0 else -1):
            raise QueryTimeout(f"the store information stayed busy for {timeout:g} s")
        try:
            if self._info is None:
                self._info = Executor(self.store_path, self.memory_bytes)
                self._all.append(self._info)
            return self._info.info(base, with_graphs, timeout)
        finally:
            self._info_lock.release()

    def _page_engine(self, timeout: float | None) -> Executor:
        if not self._page_slots.acquire(timeout=timeout if timeout and timeout > 0 else None):
            raise Busy(f"all {PAGE_ENGINES} engines that read for pages stayed busy for {timeout:g} s", retry_after=2)
        with self._cond:
            return self._pages.pop() if self._pages else self._new(for_queries=False)

    def _page_done(self, executor: Executor) -> None:
        with self._cond:
            self._pages.append(executor)
        self._page_slots.release()

    def read(self, job: QueryJob, timeout: float | None = None, max_bytes: int | None = None) -> QueryResult:
        """A page's query, complete (nothing streams), on an engine kept for pages."""
        executor = self._page_engine(timeout)
        return executor.query(job, timeout, max_bytes, buffer_bytes=1 << 62, release=self._page_done)

    def describe(self, iri: str, scope: Scope, with_spans: bool = False, timeout: float | None = None) -> list[ox.Quad]:
        """The quads describing ``iri``, on an engine kept for pages."""
        executor = self._page_engine(timeout)
        try:
            return executor.describe(iri, scope, with_spans, timeout)
        finally:
            self._page_done(executor)

    def close(self) -> None:
        with self._cond:
            for executor in self._all:
                executor.kill()
            self._all, self._idle, self._pages = [], [], []
            self._lane = self._info = None
