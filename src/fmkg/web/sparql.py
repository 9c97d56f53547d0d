"""Blueprint: the SPARQL 1.1 Protocol endpoint at ``/sparql`` and the ``/health`` check.

The request is read and checked here (method, media type, parameters, dataset, format); the query itself runs
in one of the worker's executor processes (``fmkg.store.executor``), which parse, evaluate and serialize it with
pyoxigraph and stream the bytes back. rdflib is not on this path.

Status codes: 400 malformed request or query, 403 an update (the endpoint is read-only), 405 another method,
406 no acceptable format, 413 a body over ``max_body_bytes``, 415 a body of another media type or charset,
429 a client over its share (``client_queries``, ``client_query_seconds``; with Retry-After), 503 a query
stopped by ``query_timeout``, ``max_result_bytes`` or ``query_memory_mb``, every engine busy (with
Retry-After), or no store.
"""

from __future__ import annotations

import atexit
import json
import math
import shutil
import tempfile
import threading
import time
from dataclasses import dataclass
from urllib.parse import urlencode

from flask import Blueprint, Flask, Response, current_app, jsonify, redirect, request
from flask.typing import ResponseReturnValue
from werkzeug.datastructures import MultiDict
from werkzeug.exceptions import RequestEntityTooLarge

from fmkg import __version__
from fmkg.config import Settings
from fmkg.formats import by_name, for_kind, parameter_names
from fmkg.graph.serialize import serialize
from fmkg.iri import Iris
from fmkg.store import executor as ex
from fmkg.store import store_failure
from fmkg.store.access import NamedNode, Quad
from fmkg.store.querytext import calls_service, facts
from fmkg.web import cors
from fmkg.web.answers import AnswerCache, answer_etag
from fmkg.web.errors import plain_error, public_text
from fmkg.web.fairuse import ClientLimits, Slot, TooManyQueries
from fmkg.web.negotiation import GRAPH_OFFERS, HTML_OFFERS, OFFERS, RESULT_OFFERS, formats_for_parameter, negotiate
from fmkg.web.query_prefixes import query_error_message, with_prologue
from fmkg.web.service_description import describe_service
from fmkg.web.store_access import get_store

bp = Blueprint("sparql", __name__)

ALLOW = cors.ALLOW
KIND_OF_FORM = {"SELECT": "solutions", "ASK": "boolean", "CONSTRUCT": "graph", "DESCRIBE": "graph"}
KIND_LABEL = {"solutions": "SELECT", "boolean": "ASK", "graph": "CONSTRUCT and DESCRIBE"}
READ_ONLY = "This endpoint is read-only: SPARQL Update is not accepted here."
SERVICE_REFUSED = ("SERVICE (federated query) is not available on this endpoint: queries here never reach "
                   "the network.")
_POOL_LOCK = threading.Lock()


class ProtocolError(Exception):
    """A request the endpoint refuses: status, a message for the client, extra headers."""

    def __init__(self, status: int, message: str, headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.message, self.headers = status, message, headers or {}


def init_app(app: Flask) -> None:
    """Register /sparql and /health."""
    app.register_blueprint(bp)


def settings() -> Settings:
    return current_app.config["FMKG"]


def client_limits() -> ClientLimits:
    """The per-client limits, in the directory this server's workers share."""
    limits = current_app.extensions.get("fmkg.client_limits")
    if limits is None:
        with _POOL_LOCK:
            limits = current_app.extensions.get("fmkg.client_limits")
            if limits is None:
                s = settings()
                directory = s.runtime_dir
                if not directory:  # a private directory of this process, gone when it exits
                    directory = tempfile.mkdtemp(prefix="fmkg-runtime-")
                    atexit.register(shutil.rmtree, directory, ignore_errors=True)
                limits = ClientLimits(directory, s.client_queries, s.client_query_seconds)
                current_app.extensions["fmkg.client_limits"] = limits
    return limits


# --- errors ---------------------------------------------------------------------------------------------

@bp.errorhandler(ProtocolError)
def _protocol_error(error: ProtocolError) -> Response:
    return plain_error(error.status, error.message, error.headers)


@bp.errorhandler(RequestEntityTooLarge)
def _too_large(error: RequestEntityTooLarge) -> Response:
    return plain_error(413, f"The request body is larger than {settings().max_body_bytes} bytes, the limit "
                      "(FMKG_MAX_BODY_BYTES).")


def _query_error(error: ex.QueryError, query: str, formats: dict[str, str], added_lines: int = 0) -> Response:
    if isinstance(error, ex.QuerySyntaxError):
        return plain_error(400, query_error_message(query, str(error), added_lines, endpoint_prefixes()))
    if isinstance(error, ex.NotAcceptable):
        return _not_acceptable(error.kind)
    if isinstance(error, ex.QueryTimeout):
        return plain_error(503, f"{_sentence(error)} (FMKG_QUERY_TIMEOUT). Narrow the query (a LIMIT, more specific "
                          "patterns) or ask the operator to raise the limit.")
    if isinstance(error, ex.ResultTooLarge):
        return plain_error(503, f"{_sentence(error)} (FMKG_MAX_RESULT_BYTES). Add a LIMIT or select less.")
    if isinstance(error, ex.QueryMemoryExceeded):
        return plain_error(503, f"{_sentence(error)} (FMKG_QUERY_MEMORY_MB). Narrow the query (a LIMIT, more specific "
                          "patterns, less sorting) or ask the operator to raise the limit.")
    if isinstance(error, ex.Busy):
        return plain_error(503, f"The server is busy: {error}. Retry in {error.retry_after} s.",
                     {"Retry-After": str(error.retry_after)})
    if isinstance(error, ex.NetworkRefused):
        return plain_error(400, SERVICE_REFUSED)
    if isinstance(error, ex.StoreUnavailable) or store_failure(str(error)):  # a damaged store is no query error
        retry = getattr(error, "retry_after", None)  # an engine that cannot be reached says when to try again
        return plain_error(503, f"The store is not available: {public_text(str(error))}",
                           {"Retry-After": str(retry)} if retry else None)
    return plain_error(500, f"The query failed: {error}")


def _sentence(error: Exception) -> str:
    text = str(error)
    return text[:1].upper() + text[1:]


def _not_acceptable(kind: str) -> Response:
    names = sorted(f.name for f in for_kind(kind))
    types = ", ".join(by_name(name).media_type for name in names)
    return plain_error(406, f"No acceptable format for {KIND_LABEL[kind]} results. Available: {types} "
                      f"(or the format parameter: {', '.join(names)}).")


# --- reading the request --------------------------------------------------------------------------------

@dataclass(frozen=True)
class SparqlRequest:
    query: str | None
    default_graphs: tuple[str, ...] | None
    named_graphs: tuple[str, ...] | None
    format: str | None
    timeout: float | None


def _direct_body() -> str:
    charset = request.mimetype_params.get("charset", "utf-8").lower()
    if charset not in ("utf-8", "utf8"):
        raise ProtocolError(415, f"The query must be sent in UTF-8, not {charset} (SPARQL 1.1 Protocol 2.1.3).")
    try:
        return request.get_data(cache=False).decode("utf-8")
    except UnicodeDecodeError as error:
        raise ProtocolError(400, f"The query is not valid UTF-8: {error}") from error


def _parameters() -> tuple[MultiDict, str | None]:
    """The protocol parameters and, for a direct POST, the query in the body."""
    if request.content_length is not None and request.content_length > settings().max_body_bytes:
        raise RequestEntityTooLarge()
    if request.method != "POST":
        return request.args, None
    mimetype = request.mimetype
    if mimetype == "application/x-www-form-urlencoded":
        return MultiDict(list(request.args.items(multi=True)) + list(request.form.items(multi=True))), None
    if mimetype == "application/sparql-query":
        return request.args, _direct_body()
    if mimetype == "application/sparql-update":
        raise ProtocolError(403, READ_ONLY)
    accepted = "application/x-www-form-urlencoded or application/sparql-query"
    if not mimetype:
        raise ProtocolError(415, f"A POST to /sparql needs a Content-Type: {accepted}.")
    raise ProtocolError(415, f"Unsupported Content-Type {mimetype}: send {accepted}.")


def _one(params: MultiDict, name: str) -> str | None:
    values = params.getlist(name)
    if len(values) > 1:
        raise ProtocolError(400, f"The {name} parameter is given {len(values)} times; give it once.")
    return values[0] if values else None


def _format_parameter(params: MultiDict) -> str | None:
    """The ``format`` (or ``output``) parameter. Given more than once it must name one format each time:
    SPARQLWrapper sends ``format=tsv&format=text/tab-separated-values`` by default."""
    name = "format" if "format" in params else "output"
    given = params.getlist(name)
    values = list(dict.fromkeys(v for v in given if v.strip()))  # SPARQLWrapper adds an empty one for */*
    if len(given) == 1 or len(values) <= 1:
        return values[0] if values else None
    found = [formats_for_parameter(value) for value in values]
    if any(c is None for c in found):
        return next(v for v, c in zip(values, found, strict=True) if c is None)  # reported as unknown
    chosen = [c for c in found if c is not None]
    for kind in OFFERS:
        names = {c[kind] for c in chosen if kind in c}
        if len(names) > 1:
            raise ProtocolError(400, f"The {name} parameter is given {len(values)} times with different formats "
                                     f"({', '.join(values)}); give one.")
    return max(values, key=lambda v: len(formats_for_parameter(v) or {}))


def _graphs(params: MultiDict, name: str) -> tuple[str, ...]:
    graphs = tuple(params.getlist(name))
    for iri in graphs:
        try:
            NamedNode(iri)
        except ValueError as error:
            raise ProtocolError(400, f"{name} {iri!r} is not an absolute IRI: {error}") from error
    return graphs


def _timeout(params: MultiDict) -> float | None:
    """The time limit: the setting, or less when the request asks for less (``timeout`` in seconds)."""
    limit = settings().query_timeout
    value = _one(params, "timeout")
    if value is None:
        return limit
    try:
        asked = float(value)
    except ValueError:
        asked = math.nan
    if not math.isfinite(asked):  # nan and inf are floats, not numbers of seconds
        raise ProtocolError(400, f"timeout {value!r} is not a number of seconds.")
    if asked <= 0:
        return limit
    return min(asked, limit) if limit > 0 else asked


def read_request() -> SparqlRequest:
    """The query, dataset, format and time limit of a protocol request, or a ProtocolError."""
    params, body = _parameters()
    if "update" in params:
        raise ProtocolError(403, READ_ONLY)
    query = _one(params, "query")
    if body is not None:
        if query is not None:
            raise ProtocolError(400, "The query is given twice: in the body and in the query parameter.")
        query = body
    if request.method == "POST" and (query is None or not query.strip()):
        raise ProtocolError(400, "No query: send one in the query parameter or as the body.")
    if query is not None and not query.strip():
        raise ProtocolError(400, "The query parameter is empty.")
    dataset_given = "default-graph-uri" in params or "named-graph-uri" in params
    return SparqlRequest(
        query=query,
        default_graphs=_graphs(params, "default-graph-uri") if dataset_given else None,
        named_graphs=_graphs(params, "named-graph-uri") if dataset_given else None,
        format=_format_parameter(params),
        timeout=_timeout(params),
    )


# --- answering --------------------------------------------------------------------------------------------

# The names of the format parameter, each format's own name first (as the README lists them).
_FORMAT_NAMES = [f.name for kind in ("solutions", "graph") for f in for_kind(kind)]
_FORMAT_NAMES += [n for n in parameter_names() if n not in _FORMAT_NAMES]


def _formats(format_parameter: str | None) -> dict[str, str]:
    if format_parameter:
        chosen = formats_for_parameter(format_parameter)
        if chosen is None:
            raise ProtocolError(400, f"Unknown format {format_parameter!r}: use {', '.join(_FORMAT_NAMES)} "
                                     "or a media type.")
        return chosen
    accept = request.headers.get("Accept")
    return {kind: name for kind, offers in OFFERS.items() if (name := negotiate(accept, offers)) is not None}


def endpoint_prefixes() -> dict[str, str]:
    """The prefixes a query may use undeclared: the common ones and fmkg's own (``fmkg.web.query_prefixes``)."""
    prefixes = current_app.extensions.get("fmkg.endpoint_prefixes")
    if prefixes is None:  # the settings of an app do not change: made once, not per query
        from fmkg.web.ui import page_prefixes

        prefixes = current_app.extensions["fmkg.endpoint_prefixes"] = page_prefixes(settings())
    return prefixes


def _job(sparql: SparqlRequest, text: str | None = None) -> tuple[ex.QueryJob, dict[str, str]]:
    assert sparql.query is not None  # only a request with a query runs
    query_facts = facts(sparql.query)
    if query_facts.is_update:
        raise ProtocolError(403, f"{READ_ONLY} ({query_facts.form} is an update operation.)")
    if calls_service(sparql.query):
        raise ProtocolError(400, SERVICE_REFUSED)
    formats = _formats(sparql.format)
    kind = KIND_OF_FORM.get(query_facts.form)
    if kind is not None and kind not in formats:
        raise ex.NotAcceptable(kind)
    job = ex.QueryJob(text or sparql.query, formats, sparql.default_graphs, sparql.named_graphs)
    return job, formats


def _result_response(result: ex.QueryResult) -> Response:
    content_type = by_name(result.format).content_type
    if request.method == "HEAD":
        result.close()
        return Response(status=200, content_type=content_type)
    if result.complete and not result.spooled:
        response = Response(result.body, content_type=content_type)
    else:
        # The QueryResult itself is the body: the WSGI server's close() reaches it even if never iterated.
        response = Response(result, content_type=content_type, direct_passthrough=True)
    response.headers["Vary"] = "Accept"
    return response


def answers() -> AnswerCache:
    """This worker's cache of recent answers (made on first use, after the fork)."""
    cache = current_app.extensions.get("fmkg.answers")
    if cache is None:
        cache = current_app.extensions["fmkg.answers"] = AnswerCache(settings().answer_cache_bytes)
    return cache


def _answered(etag: str, content_type: str, body: bytes | None) -> Response:
    """304 for a client that holds this answer, else the answer kept in the cache."""
    if body is None:
        response = Response(status=304)
    elif request.method == "HEAD":
        response = Response(status=200, content_type=content_type)
    else:
        response = Response(body, content_type=content_type)
    response.set_etag(etag)
    response.headers["Vary"] = "Accept"
    return response


def run_query(sparql: SparqlRequest) -> Response:
    assert sparql.query is not None  # only a request with a query runs
    query = sparql.query
    formats: dict[str, str] = {}
    text, added = with_prologue(query, endpoint_prefixes())  # rdfs:, fm:... need no PREFIX line
    try:
        job, formats = _job(sparql, text)
    except ex.QueryError as error:
        return _query_error(error, query, formats, added)
    generation = get_store().generation()
    etag = answer_etag(generation, text, formats, sparql.default_graphs, sparql.named_graphs)
    if request.if_none_match.contains_weak(etag):
        return _answered(etag, "", None)
    cached = answers().get(generation, etag) if settings().answer_cache_bytes > 0 else None
    if cached is not None:
        return _answered(etag, *cached)
    try:
        slot = client_limits().acquire(request.remote_addr or "")
    except TooManyQueries as error:
        return plain_error(429, str(error), {"Retry-After": str(error.retry_after)})
    response = _run(job, sparql, slot, (query, formats, added))
    if response.status_code == 200:
        response.set_etag(etag)
        if request.method != "HEAD" and not response.direct_passthrough and settings().answer_cache_bytes > 0:
            answers().put(generation, etag, response.content_type or "", response.get_data())
    return response


def _run(job: ex.QueryJob, sparql: SparqlRequest, slot: Slot, context: tuple[str, dict[str, str], int]) -> Response:
    """Run the query under the client's slot; a large answer is spooled so a slow reader holds a file."""
    query, formats, added = context
    started = time.monotonic()
    try:
        result = get_store().stream(job, sparql.timeout, settings().max_result_bytes,
                                    lane=slot.used < settings().query_lane_seconds)
    except ex.QueryError as error:
        slot.release(time.monotonic() - started)  # a stopped query used its time too
        return _query_error(error, query, formats, added)
    except BaseException:
        slot.release()
        raise
    if result.complete or request.method == "HEAD":
        # The client's share was held while the engine worked for it; it is charged the engine time.
        result.when_done(lambda done: slot.release(done.engine_seconds))
        return _result_response(result)
    # A large result is taken from the engine at once into a temporary file, so that a slow reader holds a file,
    # not a query process; the client's share is held until the response is closed, which bounds the files one
    # client can hold open.
    try:
        result.spool()
    except ex.QueryError as error:
        slot.release(result.engine_seconds)
        return _query_error(error, query, formats, added)
    response = _result_response(result)
    response.call_on_close(lambda: slot.release(result.engine_seconds))
    return response


SD_OFFERS = (*GRAPH_OFFERS, *HTML_OFFERS)


def service_description(format_parameter: str | None) -> ResponseReturnValue:
    """The Service Description in an RDF syntax; a browser is sent to the query page instead."""
    if format_parameter:
        name = (formats_for_parameter(format_parameter) or {}).get("graph")
    else:
        name = negotiate(request.headers.get("Accept"), SD_OFFERS)
    if name == "html":
        return redirect(request.script_root + "/", code=303)
    if name is None:
        return _not_acceptable("graph")
    s = settings()
    try:
        info = get_store().info(with_graphs=True, timeout=s.query_timeout)
    except ex.QueryError:
        info = {}  # the service is described all the same; the dataset part shrinks to what is known
    endpoint = request.base_url
    limits = (f"Read-only. Queries are stopped after {s.query_timeout:g} s; request bodies up to "
              f"{s.max_body_bytes} bytes; results up to {s.max_result_bytes} bytes. Without FROM or "
              "default-graph-uri the default graph is the union of all named graphs.")
    triples = describe_service(endpoint, Iris.of(s).dataset, info, request.host_url + ".well-known/void",
                               s.dist / "void.ttl", limits)
    fmt = by_name(name)
    quads = [Quad(t.subject, t.predicate, t.object) for t in triples]  # all in the default graph
    body = serialize(quads, fmt, endpoint_prefixes(), first=endpoint + "#service")
    response = Response(body, content_type=fmt.content_type)
    response.headers["Vary"] = "Accept"
    return response


@bp.route("/sparql", methods=["GET", "POST", "OPTIONS", "PUT", "DELETE", "PATCH"])
def endpoint() -> ResponseReturnValue:
    """SPARQL 1.1 Protocol: query by GET, form POST or direct POST; a service description without a query."""
    if request.method == "OPTIONS":
        response = Response(status=204, headers={"Allow": ALLOW})
        del response.headers["Content-Type"]  # no body
        return response
    if request.method not in ("GET", "HEAD", "POST"):
        raise ProtocolError(405, f"{request.method} is not allowed on /sparql: use GET or POST "
                                 "(the endpoint is read-only).", {"Allow": ALLOW})
    sparql = read_request()
    if sparql.query is None:
        return service_description(sparql.format)
    if _browser_navigation(sparql):
        # A link to /sparql?query=... followed in a browser: the query page runs it and shows the results.
        return redirect(request.script_root + "/?" + urlencode({"query": sparql.query}), code=303)
    return run_query(sparql)


HTML_FIRST = (*RESULT_OFFERS, *HTML_OFFERS)


def _browser_navigation(sparql: SparqlRequest) -> bool:
    """A GET whose Accept prefers HTML to every result format (a browser's), with no format or dataset asked."""
    if request.method != "GET" or sparql.format is not None or sparql.default_graphs is not None:
        return False
    return negotiate(request.headers.get("Accept"), HTML_FIRST) == "html"


def dataset_modified() -> str | None:
    """The dataset's dcterms:modified as the VoID description says it (the store holds no VoID)."""
    from fmkg.web.dumps import void_modified

    return void_modified()


def _build_version(s: Settings) -> str | None:
    """The version ``fmkg build`` wrote beside the dumps (package version + digest of the inputs)."""
    try:
        return json.loads((s.dist / "build.json").read_text(encoding="utf-8")).get("version")
    except (OSError, ValueError, AttributeError):
        return None


HEALTH_QUERY = ("SELECT * WHERE { { SELECT * { ?s ?p ?o } LIMIT 1 } "
                "UNION { SELECT * { GRAPH ?g { ?s ?p ?o } } LIMIT 1 } }")


@bp.route("/health")
def health() -> tuple[Response, int]:
    """200 with the store's size and build version when a query answers; 503 otherwise."""
    s = settings()
    limit = min(s.query_timeout or 5.0, 5.0)
    try:
        # A real query each time (the info below is kept until the store changes): a damaged store shows.
        get_store().stream(ex.QueryJob(HEALTH_QUERY, {"solutions": "tsv"}), limit, 100_000).close()
        info = get_store().info(timeout=limit)
    except ex.QueryError as error:
        response = jsonify(status="unavailable", error=public_text(str(error)), fmkg=__version__)
        response.headers["Cache-Control"] = "no-store"
        return response, 503
    response = jsonify(status="ok", triples=info["quads"], version=_build_version(s) or info.get("version"),
                       modified=info.get("modified") or dataset_modified(), fmkg=__version__)
    response.headers["Cache-Control"] = "no-store"
    return response, 200
