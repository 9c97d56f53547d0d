"""Blueprint: the dumps (``/dumps/...``) and the dataset description (``/.well-known/void``, ``/dataset``).

Dumps are files of the settings' ``dist`` directory, sent with their media type, ``Content-Disposition``, ``ETag``
and ``Last-Modified``; conditional GET (304) and range requests (206) come from ``send_file(conditional=True)``.
A known dump that has not been built yet answers 503 with ``Retry-After``; an unknown name 404.

The dataset IRI ``{base}dataset`` and the well-known location both answer with ``dist/void.ttl`` (VoID + DCAT),
negotiated like every other IRI: HTML summary, Turtle, JSON-LD, N-Triples, RDF/XML, TriG, N-Quads.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from flask import Blueprint, Flask, Response, current_app, render_template, request, send_file

from fmkg import formats
from fmkg.config import Settings
from fmkg.formats import HTML, LINKED_DATA, TURTLE, Format, by_suffix
from fmkg.graph.serialize import parse, serialize
from fmkg.iri import Iris
from fmkg.store import StoreMissing
from fmkg.store.access import NamedNode, Quad
from fmkg.vocab import DCAT, DCTERMS, VOID
from fmkg.web.errors import plain_error
from fmkg.web.representations import alternates, choose, finish, not_acceptable, site_prefixes
from fmkg.web.store_access import get_store
from fmkg.web.terms import RDF_TYPE, Labeler, Term, grouped, node_value

bp = Blueprint("dumps", __name__)

VOID_OFFERS = (TURTLE, HTML) + tuple(f for f in LINKED_DATA if f not in (TURTLE, HTML))
DATASET_PATH = "/dataset"
# Links the VoID page shows as tables of their own, not in the dataset's property list.
TABULATED = {VOID + "classPartition", VOID + "propertyPartition", DCAT + "distribution", VOID + "dataDump"}


# The dumps of the registry, and the dataset's description beside them.
DUMPS = {dump.name: dump for dump in (
    *formats.DUMPS, formats.DumpFile("void.ttl", TURTLE, "VoID and DCAT description of the dataset"))}


def init_app(app: Flask) -> None:
    """Register /dumps/, /.well-known/void and /dataset."""
    app.register_blueprint(bp)


def settings() -> Settings:
    return current_app.config["FMKG"]


def dist_file(name: str) -> Path:
    return (Path(settings().dist) / name).resolve()


# --- dumps ----------------------------------------------------------------------------------------------------

@bp.get("/dumps/")
def index() -> Response:
    rows = []
    for dump in DUMPS.values():
        path = dist_file(dump.name)
        stat = path.stat() if path.is_file() else None
        rows.append({"dump": dump, "href": f"{request.script_root}/dumps/{dump.name}",
                     "size": stat.st_size if stat else None,
                     "modified": datetime.fromtimestamp(stat.st_mtime, UTC) if stat else None})
    html = render_template("dumps.html", rows=rows, alternates=alternates(DATASET_PATH)[1:], nav="dumps")
    return finish(Response(html, 200, content_type=HTML.content_type), DATASET_PATH, HTML, False)


@bp.get("/dumps/<name>")
def dump(name: str) -> Response:
    if name not in DUMPS:
        return plain_error(404, f"no dump called {name!r}; the dumps are: {', '.join(DUMPS)}", titled=True)
    path = dist_file(name)
    if not path.is_file():
        return plain_error(503, f"{name} has not been built yet (run `fmkg build`)", {"Retry-After": "3600"},
                           titled=True)
    response = send_file(path, mimetype=DUMPS[name].media_type, as_attachment=True, download_name=name,
                         conditional=True, etag=True, max_age=settings().cache_max_age)
    response.headers["Link"] = f'<{request.script_root}{DATASET_PATH}>; rel="describedby"; type="text/turtle"'
    return response


# --- VoID / DCAT ----------------------------------------------------------------------------------------------

@bp.get("/.well-known/void")
@bp.get(DATASET_PATH)
@bp.get(DATASET_PATH + ".<suffix>")
def void(suffix: str | None = None) -> Response:
    fmt = by_suffix(suffix) if suffix else None
    if suffix and fmt is None:
        return plain_error(404, f"no format with suffix {suffix!r}", titled=True)
    return _void_response(fmt)


@bp.get(DATASET_PATH + "/<path:rest>")
def void_part(rest: str) -> Response:
    """IRIs minted under ``{base}dataset/`` in void.ttl (partitions, distributions) answer with the description."""
    loaded = _load_void()
    iri = Iris.of(settings()).dataset + "/" + rest
    if loaded is None or not any(node_value(q.subject) == iri for q in loaded[0]):
        return plain_error(404, f"the dataset description says nothing about <{iri}>", titled=True)
    return _void_response(None)


def _void_response(fmt: Format | None) -> Response:
    loaded = _load_void()
    if loaded is None:
        return plain_error(503, "the dataset description void.ttl has not been built yet (run `fmkg build`)",
                           {"Retry-After": "3600"}, titled=True)
    quads, raw = loaded
    # Turtle first: plain curl (*/*) gets what the pages' rel="describedby" link promises; browsers get HTML.
    fmt, negotiated = choose(fmt, VOID_OFFERS)
    if fmt is None:
        return not_acceptable(DATASET_PATH)
    body: str | bytes
    if fmt is HTML:
        body = _void_page(quads)
    elif fmt is TURTLE:
        body = raw  # the file as the build wrote it, comments included
    else:
        body = serialize(quads, fmt, site_prefixes(), first=Iris.of(settings()).dataset)
    return finish(Response(body, 200, content_type=fmt.content_type), DATASET_PATH, fmt, negotiated)


def void_modified() -> str | None:
    """``dcterms:modified`` (else ``dcterms:issued``) of the dataset in void.ttl; None before a build."""
    loaded = _load_void()
    if loaded is None:
        return None
    dataset = Iris.of(settings()).dataset
    values = {q.predicate.value: node_value(q.object) for q in loaded[0] if node_value(q.subject) == dataset}
    return values.get(DCTERMS + "modified") or values.get(DCTERMS + "issued")


_VOID_CACHE: dict[Path, tuple[tuple[int, int], list[Quad], bytes]] = {}


def _load_void() -> tuple[list[Quad], bytes] | None:
    """The parsed void.ttl (cached until the file changes), or ``None`` before the first build."""
    path = dist_file("void.ttl")
    try:
        stat = path.stat()
    except OSError:
        return None
    version = (stat.st_mtime_ns, stat.st_size)
    cached = _VOID_CACHE.get(path)
    if cached is None or cached[0] != version:
        raw = path.read_bytes()
        quads = parse(TURTLE, raw, base_iri=settings().base_uri)
        cached = _VOID_CACHE[path] = (version, quads, raw)
    return cached[1], cached[2]


def _void_page(quads: list[Quad]) -> str:
    names = Labeler(settings().base_uri, request.script_root, site_prefixes()).learn(quads)
    try:
        names.learn(get_store().labels_and_types({q.object for q in quads if isinstance(q.object, NamedNode)}))
    except StoreMissing:
        pass  # the summary still reads without class labels
    nodes: dict[Any, list[Quad]] = defaultdict(list)
    for q in quads:
        nodes[q.subject].append(q)
    parts = {q.object for q in quads if q.predicate.value in (VOID + "classPartition", VOID + "propertyPartition")}
    datasets = [s for s in nodes if s not in parts and _typed(nodes[s], VOID + "Dataset", DCAT + "Dataset")]
    return render_template(
        "void.html", nav="void", alternates=alternates(DATASET_PATH)[1:],
        datasets=[(names.term(s), grouped(((q.predicate.value, q.object) for q in nodes[s]
                                             if q.predicate.value not in TABULATED), names))
                  for s in sorted(datasets, key=str)],
        distributions=[_distribution(nodes[s], names) for s in sorted(nodes, key=str)
                       if _typed(nodes[s], DCAT + "Distribution")],
        classes=_partitions(nodes, "classPartition", "class", "entities", names),
        properties=_partitions(nodes, "propertyPartition", "property", "triples", names))


def _typed(quads: list[Quad], *classes: str) -> bool:
    return any(q.predicate.value == RDF_TYPE and node_value(q.object) in classes for q in quads)


def _distribution(quads: list[Quad], names: Labeler) -> dict[str, object]:
    values = {q.predicate.value: q.object for q in quads}
    url = values.get(DCAT + "downloadURL") or values.get(DCAT + "accessURL")
    title = values.get("http://purl.org/dc/terms/title") or values.get("http://purl.org/dc/terms/format")
    return {"title": node_value(title) if title is not None else None, "download": names.term(url) if url else None,
            "media_type": getattr(values.get(DCAT + "mediaType"), "value", None),
            "size": getattr(values.get(DCAT + "byteSize"), "value", None)}


def _partitions(nodes: dict[object, list[Quad]], link: str, key: str, measure: str,
                names: Labeler) -> list[tuple[Term, str]]:
    """(class or property, count) of each void:classPartition / void:propertyPartition."""
    rows = []
    partitions = {q.object for qs in nodes.values() for q in qs if q.predicate.value == VOID + link}
    for part in partitions:
        values = {q.predicate.value: q.object for q in nodes.get(part, [])}
        if VOID + key in values:
            rows.append((names.term(values[VOID + key]), getattr(values.get(VOID + measure), "value", "")))
    return sorted(rows, key=lambda row: row[0].label.lower())
