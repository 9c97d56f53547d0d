"""Blueprint: every IRI fmkg mints answers, for a browser (HTML) and for an RDF client alike.

Pattern: **200 with ``Vary: Accept`` and ``Content-Location``** (the 2012 httpRange-14 resolution), not a 303.
``GET /resource/gpt-4`` answers at once with the representation ``Accept`` asks for, says which document that is
(``Content-Location: /resource/gpt-4.ttl``) and lists the others in ``Link: <...>; rel="alternate"`` headers.
The suffix URLs (``.html``, ``.ttl``, ``.jsonld``, ``.nt``, ``.rdf``, ``.trig``, ``.nq``) give one format without
headers. Paths: ``/resource/{slug}``, ``/document/{doc-id}``, ``/statement/{key}``, ``/graph/{name}``,
``/ontology`` and its version IRI ``/ontology/{version}``. A renamed slug (``FMKG_REDIRECTS``) answers 301.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from urllib.parse import urlencode

from flask import Blueprint, Flask, Response, current_app, redirect, render_template, request
from flask.typing import ResponseReturnValue

from fmkg.config import Settings
from fmkg.formats import HTML, Format, by_suffix
from fmkg.graph.serialize import serialize
from fmkg.iri import SLUG_PATTERN, Iris, slugify
from fmkg.store import StoreMissing
from fmkg.store.access import GraphStore, NamedNode, Quad, Scope
from fmkg.web.errors import error_response
from fmkg.web.negotiation import split_suffix
from fmkg.web.ontology_page import build_ontology_page
from fmkg.web.representations import alternates, choose, finish, not_acceptable, site_prefixes
from fmkg.web.resource_page import build_page
from fmkg.web.store_access import get_store
from fmkg.web.suggestions import suggestions
from fmkg.web.terms import Labeler

bp = Blueprint("linked_data", __name__)
MAX_REDIRECT_HOPS = 10
GRAPH_PAGE_SUBJECTS = 500  # subjects listed on a named graph's HTML summary; the data has them all


def init_app(app: Flask) -> None:
    """Register /resource, /document, /statement, /graph and /ontology."""
    app.register_blueprint(bp)


def settings() -> Settings:
    return current_app.config["FMKG"]


def iris() -> Iris:
    return Iris.of(settings())


def scope() -> Scope:
    return Scope(settings().base_uri, settings().describe_max_links, settings().ontology_namespace)


def labeler() -> Labeler:
    return Labeler(settings().base_uri, request.script_root, site_prefixes())


# --- routes ---------------------------------------------------------------------------------------------------

@bp.get("/resource/<iri:name>")
def resource(name: str) -> ResponseReturnValue:
    store = get_store()
    slug, fmt = _existing(store, iris().resources, name)
    iri = iris().resource_slug(slug)
    if not store.is_subject(iri):
        moved = _moved_to(store, slug)
        if moved:
            return redirect(f"{request.script_root}/resource/{moved}" + (f".{fmt.suffix}" if fmt else ""), 301)
        if not store.exists(iri):
            return not_found(iri, f"/resource/{slug}", fmt, slug)
    return _describe(store, iri, f"/resource/{slug}", fmt)


@bp.get("/resource/<iri:name>/")
@bp.get("/document/<iri:name>/")
def trailing_slash(name: str) -> ResponseReturnValue:
    """``/resource/gpt-4/``: the page without the slash (301) when there is one; else the styled 404."""
    kind = request.path.strip("/").split("/")[0]
    store = get_store()
    stem, fmt = split_suffix(name)
    iri = (iris().resources if kind == "resource" else iris().documents) + stem
    if store.exists(iri):
        return redirect(f"{request.script_root}/{kind}/{name}", 301)
    return not_found(iri, f"/{kind}/{stem}", fmt, stem if kind == "resource" else None)


@bp.get("/document/<iri:name>")
def document(name: str) -> Response:
    store = get_store()
    doc_id, fmt = _existing(store, iris().documents, name)
    iri = iris().document(doc_id)
    if not store.exists(iri):
        return not_found(iri, f"/document/{doc_id}", fmt, doc_id)
    return _describe(store, iri, f"/document/{doc_id}", fmt, with_spans=True, reader=True)


@bp.get("/statement/<iri:name>")
def statement(name: str) -> Response:
    store = get_store()
    key, fmt = _existing(store, iris().statements, name)
    iri = iris().statement(key)
    if not store.exists(iri):
        return not_found(iri, f"/statement/{key}", fmt, None)
    return _describe(store, iri, f"/statement/{key}", fmt)


@bp.get("/graph/<iripath:name>")
def graph(name: str) -> Response:
    store = get_store()
    graph_name, fmt = name, None
    if not store.has_graph(iris().graph(name)):
        graph_name, fmt = split_suffix(name)
    iri, path = iris().graph(graph_name), f"/graph/{graph_name}"
    if not store.has_graph(iri):
        return not_found(iri, path, fmt, None)
    quads = store.graph_quads(iri)
    return _represent(quads, iri, path, fmt, lambda: _graph_page(store, quads, iri, path))


@bp.get("/ontology")
@bp.get("/ontology.<iri:suffix>")
def ontology(suffix: str | None = None) -> Response:
    fmt = _suffix_format(suffix)
    if suffix and fmt is None:
        return not_found(iris().ontology + "." + suffix, "/ontology", None, None)
    return _ontology("/ontology", fmt)


@bp.get("/ontology/<iri:name>")
def ontology_version(name: str) -> Response:
    """The versionIRI (``/ontology/0.1.0``) answers with the ontology, as long as it is the current version."""
    store = get_store()
    versions = store.version_iris(iris().ontology)
    version, fmt = (name, None) if iris().ontology_version(name) in versions else split_suffix(name)
    if iris().ontology_version(version) not in versions:
        return not_found(iris().ontology_version(version), f"/ontology/{version}", fmt, None)
    return _ontology(f"/ontology/{version}", fmt)


@bp.errorhandler(StoreMissing)
def store_missing(error: StoreMissing) -> Response:
    return error_response(503, str(error), {"Retry-After": "60"})


# --- answering ------------------------------------------------------------------------------------------------

def _existing(store: GraphStore, prefix: str, name: str) -> tuple[str, Format | None]:
    """(local name, format of its suffix): a name that exists as is (ids may contain dots) keeps its suffix."""
    if store.exists(prefix + name):
        return name, None
    return split_suffix(name)


def _suffix_format(suffix: str | None) -> Format | None:
    return by_suffix(suffix) if suffix else None


def _describe(store: GraphStore, iri: str, path: str, fmt: Format | None, with_spans: bool = False,
              reader: bool = False) -> Response:
    quads = store.describe(iri, scope(), with_spans=with_spans)
    return _represent(quads, iri, path, fmt, lambda: _entity_page(store, quads, iri, path, reader))


def _represent(quads: list[Quad], iri: str, path: str, fmt: Format | None,
               page: Callable[[], str]) -> Response:
    """Negotiate, then render the HTML page or serialize the quads; the headers say where the others are."""
    fmt, negotiated = choose(fmt)
    if fmt is None:
        return not_acceptable(path)
    body = page() if fmt is HTML else serialize(quads, fmt, site_prefixes(), first=iri)
    return finish(Response(body, 200, content_type=fmt.content_type), path, fmt, negotiated)


def _entity_page(store: GraphStore, quads: list[Quad], iri: str, path: str, reader: bool = False) -> str:
    names = labeler().learn(store.predicate_labels(quads))
    page = build_page(quads, iri, names, scope(), request.script_root + "/")
    text = None
    if reader:  # a document: its text, each evidence sentence marked with the facts read from it
        from fmkg.web.reader import reader_view

        text = reader_view(store, iri, settings().documents, settings().ontology_namespace, names)
    return render_template("entity.html", page=page, alternates=alternates(path)[1:], nav="", reader=text)


def _graph_page(store: GraphStore, quads: list[Quad], iri: str, path: str) -> str:
    names = labeler().learn(quads)
    subjects = sorted({q.subject for q in quads if isinstance(q.subject, NamedNode)}, key=lambda s: s.value)
    names.learn(store.labels_and_types(subjects[:GRAPH_PAGE_SUBJECTS]))
    documents = iris().document_graph("")
    doc_id = iri.removeprefix(documents) if iri.startswith(documents) else None
    return render_template(
        "graph.html", graph=names.term(NamedNode(iri)), triples=len(quads), subject_count=len(subjects),
        subjects=[names.term(s) for s in subjects[:GRAPH_PAGE_SUBJECTS]],
        document=names.term(NamedNode(iris().document(doc_id))) if doc_id else None,
        alternates=alternates(path)[1:], nav="")


def _ontology(path: str, fmt: Format | None) -> Response:
    store = get_store()
    iri = iris().ontology
    quads = store.graph_quads(iris().ontology_graph) or store.describe(iri, scope())
    if not quads:
        return not_found(iri, path, fmt, None)

    def page() -> str:
        model = build_ontology_page(store, quads, iri, labeler(), scope(), request.script_root + "/")
        return render_template("ontology.html", page=model, alternates=alternates(path)[1:], nav="ontology")

    return _represent(quads, iri, path, fmt, page)


def not_found(iri: str, path: str, fmt: Format | None, wanted: str | None) -> Response:
    """404 in the format asked for: an empty graph for RDF clients, suggestions for people."""
    fmt, negotiated = choose(fmt)
    fmt = fmt or HTML
    body: str | bytes
    if fmt is HTML:
        similar = suggestions(get_store().labels(iris().resources), iris().resources, wanted) if wanted else []
        body = render_template("not_found.html", iri=iri, wanted=wanted, suggestions=[
            (label, labeler().href(target)) for target, label in similar], search=_search_url(wanted), nav="")
    else:
        body = serialize([], fmt, site_prefixes())
        if fmt.comments:
            body = f"# Not found: fmkg has no description of <{iri}>\n".encode() + body
    return finish(Response(body, 404, content_type=fmt.content_type), path, fmt, negotiated, conditional=False)


def _search_url(wanted: str | None) -> str | None:
    """The search page (labels and aliases, case, hyphens and spaces ignored) for what was asked."""
    if not wanted:
        return None
    return request.script_root + "/search?" + urlencode({"q": wanted.replace("-", " ").replace("_", " ")})


# --- renamed entities -----------------------------------------------------------------------------------------

_REDIRECTS: dict[Path, tuple[tuple[int, int], dict[str, str]]] = {}


def redirects(path: Path) -> dict[str, str]:
    """old slug -> new slug from the TSV at ``path`` (re-read when it changes; missing file: no renames).

    Lines: ``old-slug<TAB>new-slug``; a header line, blank lines and ``#`` comments are skipped.
    """
    try:
        stat = path.stat()
    except OSError:
        return {}
    version = (stat.st_mtime_ns, stat.st_size)
    if path not in _REDIRECTS or _REDIRECTS[path][0] != version:
        table = {}
        for line in path.read_text(encoding="utf-8").splitlines():
            cells = [c.strip() for c in line.split("\t")]
            if len(cells) >= 2 and SLUG_PATTERN.match(cells[0]) and SLUG_PATTERN.match(cells[1]):
                table[cells[0]] = cells[1]
        _REDIRECTS[path] = (version, table)
    return _REDIRECTS[path][1]


def resolve_rename(slug: str, table: dict[str, str]) -> str | None:
    """Follow renames to the current slug; ``None`` when not renamed or on a cycle."""
    seen = {slug}
    while slug in table:
        slug = table[slug]
        if slug in seen or len(seen) > MAX_REDIRECT_HOPS:
            return None
        seen.add(slug)
    return slug if len(seen) > 1 else None


def _moved_to(store: GraphStore, slug: str) -> str | None:
    """Where a slug that has no description now lives: a rename, or the canonical spelling (``GPT-4``)."""
    renamed = resolve_rename(slug, redirects(Path(settings().redirects)))
    if renamed:
        return renamed
    try:
        canonical = slugify(slug)
    except ValueError:
        return None
    if canonical != slug and store.is_subject(iris().resource_slug(canonical)):
        return canonical
    return None
