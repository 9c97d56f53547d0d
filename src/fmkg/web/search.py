"""Blueprint ``search``: find an entity by its name, and list the entities by class.

- ``/search.json?q=gpt4&limit=10&class=FoundationModel``: labels and aliases (``rdfs:label``,
  ``skos:altLabel``) of the entities under ``{base}resource/``, compared without case, hyphens, spaces or other
  punctuation (``gpt4`` finds "GPT-4", ``euaiact`` the "EU AI Act"), ranked: the whole name, then its start, then
  the start of one of its words, then anywhere in it; a label before an alias; shorter names first. Each hit has
  its IRI, page, label, the alias that matched (if any) and its classes.
- ``/search?q=...``: the same as a page (the search box in every page's header sends here).
- ``/resource/``: every entity, grouped by class (HTML, or JSON for ``Accept: application/json``).
- ``/search.json?q=...&in=text``: full text over the definitions (``skos:definition``) and the evidence sentences
  (``oa:exact``), with SQLite's FTS5 (English stemming: "train" finds "trained"), best match first, each with a
  snippet and the page it is on. The search page shows these under the names.

The index is read from the store once per store version (a build replaces the store, changing its ``CURRENT``
file), like the query page's counts.
"""

from __future__ import annotations

import re
import sqlite3
import threading
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from flask import Blueprint, Flask, Response, current_app, jsonify, render_template, request

from fmkg.config import Settings
from fmkg.iri import Iris
from fmkg.store import StoreMissing
from fmkg.store.access import GraphStore, Literal, NamedNode, Term
from fmkg.vocab import OA, RDF, RDFS, SKOS
from fmkg.web.errors import error_response
from fmkg.web.negotiation import negotiate
from fmkg.web.store_access import get_store, per_generation

bp = Blueprint("search", __name__)

RDF_TYPE = RDF + "type"
RDFS_LABEL = RDFS + "label"
SKOS_ALT = SKOS + "altLabel"
MAX_QUERY = 200
MAX_LIMIT = 100
_NOT_ALNUM = re.compile(r"[^0-9a-z]+")


def normalize(text: str) -> str:
    """Lower case, accents dropped, nothing but letters and digits: ``GPT-4`` and ``gpt 4`` are ``gpt4``.

    >>> normalize("GPT-4o"), normalize(" eu  AI-act "), normalize("Zürich")
    ('gpt4o', 'euaiact', 'zurich')
    """
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return _NOT_ALNUM.sub("", text)


def _words(text: str) -> list[str]:
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return [w for w in _NOT_ALNUM.split(folded) if w]


@dataclass
class Entity:
    iri: str
    slug: str
    label: str
    aliases: list[str] = field(default_factory=list)
    classes: list[tuple[str, str]] = field(default_factory=list)  # (local name, label)

    def as_json(self, root: str) -> dict[str, Any]:
        return {"iri": self.iri, "href": f"{root}/resource/{self.slug}", "label": self.label,
                "aliases": self.aliases, "classes": [{"name": n, "label": lab} for n, lab in self.classes]}


@dataclass
class Index:
    entities: list[Entity]
    class_labels: dict[str, str]  # local name -> label

    def search(self, text: str, limit: int = 10, cls: str | None = None) -> list[tuple[Entity, str | None]]:
        """(entity, the alias that matched or None) best first."""
        needle = normalize(text)
        if not needle:
            return []
        scored = []
        for entity in self.entities:
            if cls and not any(name == cls for name, _ in entity.classes):
                continue
            best: tuple[int, str | None] | None = None
            for rank_offset, name, alias in [(0, entity.label, None)] + [(1, a, a) for a in entity.aliases]:
                score = _score(needle, name)
                if score is not None:
                    candidate = (score * 2 + rank_offset, alias)
                    if best is None or candidate[0] < best[0]:
                        best = candidate
            if best is not None:
                scored.append((best[0], len(entity.label), entity.label.lower(), entity, best[1]))
        scored.sort(key=lambda s: s[:3])
        return [(s[3], s[4]) for s in scored[:limit]]


def _score(needle: str, name: str) -> int | None:
    """0 the whole name, 1 its start, 2 the start of one of its words, 3 anywhere; None: no match."""
    flat = normalize(name)
    if not flat:
        return None
    if flat == needle:
        return 0
    if flat.startswith(needle):
        return 1
    words = _words(name)
    if any("".join(words[i:]).startswith(needle) for i in range(1, len(words))):
        return 2
    if needle in flat:
        return 3
    return None


T = TypeVar("T")
_indexes: dict[tuple[str, str, float], Index] = {}


def _per_store_version(cache: dict, settings: Settings | None, build: Callable[[GraphStore, Settings], T]) -> T:
    """``build(store, settings)`` once per store generation; raises ``StoreMissing`` when there is no store."""
    settings = settings or current_app.config["FMKG"]
    store = get_store()
    return per_generation(cache, (str(settings.store), settings.base_uri), lambda: build(store, settings))


def entity_index(settings: Settings | None = None) -> Index:
    """The index of this store version (raises ``StoreMissing`` when there is no store)."""
    return _per_store_version(_indexes, settings, _build)


def _lang_rank(literal: Literal) -> int:
    return 0 if literal.language == "en" else 1 if not literal.language else 2


def _pairs(store: GraphStore, predicate: str) -> list[tuple[Term, Term]]:
    """(subject, object) of every triple with ``predicate``, over the union of the graphs."""
    rows = store.select(f"SELECT ?s ?o WHERE {{ ?s <{predicate}> ?o }}")
    return [(r["s"], r["o"]) for r in rows if r["s"] is not None and r["o"] is not None]


def _build(store: GraphStore, settings: Settings) -> Index:
    prefix = Iris.of(settings).resources
    vocab = settings.ontology_namespace
    labels: dict[str, tuple[int, str]] = {}
    aliases: dict[str, list[str]] = {}
    types: dict[str, set[str]] = {}
    class_labels: dict[str, tuple[int, str]] = {}
    for subject, text in _pairs(store, RDFS_LABEL):
        if not isinstance(text, Literal) or not isinstance(subject, NamedNode):
            continue
        iri, rank = subject.value, _lang_rank(text)
        if iri.startswith(prefix):
            if iri not in labels or rank < labels[iri][0]:
                labels[iri] = (rank, text.value)
        elif iri.startswith(vocab):
            local = iri[len(vocab):]
            if local not in class_labels or rank < class_labels[local][0]:
                class_labels[local] = (rank, text.value)
    for subject, alias in _pairs(store, SKOS_ALT):
        iri = subject.value
        if iri.startswith(prefix) and isinstance(alias, Literal):
            aliases.setdefault(iri, [])
            if alias.value not in aliases[iri]:
                aliases[iri].append(alias.value)
    for subject, cls in _pairs(store, RDF_TYPE):
        iri = subject.value
        if iri.startswith(prefix) and isinstance(cls, NamedNode) and cls.value.startswith(vocab):
            types.setdefault(iri, set()).add(cls.value[len(vocab):])
    names = {local: label for local, (_, label) in class_labels.items()}
    entities = []
    for iri in sorted(set(labels) | set(types)):
        slug = iri[len(prefix):]
        if not slug or "/" in slug:
            continue
        label = labels[iri][1] if iri in labels else slug
        classes = sorted(((c, names.get(c, c)) for c in types.get(iri, ())), key=lambda c: c[1].lower())
        entities.append(Entity(iri, slug, label, sorted(a for a in aliases.get(iri, []) if a != label), classes))
    return Index(entities, names)


# --- full text: definitions and evidence sentences -------------------------------------------------------------

_TEXT_QUERY = f"PREFIX skos: <{SKOS}>\nPREFIX oa: <{OA}>\nPREFIX rdfs: <{RDFS}>\n" + """
SELECT DISTINCT ?kind ?node ?text ?title WHERE {
  { ?node skos:definition ?text . BIND("definition" AS ?kind) OPTIONAL { ?node rdfs:label ?title } }
  UNION
  { ?node oa:hasSelector ?selector . ?selector oa:exact ?text . BIND("evidence" AS ?kind)
    OPTIONAL { ?node oa:hasSource ?doc . ?doc rdfs:label ?title } }
}"""
HIT_START, HIT_END = "\x02", "\x03"


class TextIndex:
    """An in-memory SQLite FTS5 table of the definitions and evidence sentences of one store version."""

    def __init__(self, store: GraphStore, settings: Settings) -> None:
        self.lock = threading.Lock()
        self.db = sqlite3.connect(":memory:", check_same_thread=False)
        self.db.execute("CREATE VIRTUAL TABLE text USING fts5(body, kind UNINDEXED, node UNINDEXED, "
                        "title UNINDEXED, tokenize='porter unicode61')")
        rows, seen = [], set()
        for row in store.select(_TEXT_QUERY):
            node = row["node"].value
            if not node.startswith(settings.base_uri) or (node, row["text"].value) in seen:
                continue
            seen.add((node, row["text"].value))
            title = row["title"].value if row["title"] is not None else ""
            rows.append((row["text"].value, row["kind"].value, node, title))
        rows.sort()  # equal ranks come out in insertion order: make it the text's, not the store's row order
        self.db.executemany("INSERT INTO text VALUES (?, ?, ?, ?)", rows)

    def search(self, text: str, limit: int) -> list[tuple[str, str, str, str]]:
        """(kind, node IRI, title, snippet with HIT_START/HIT_END around the matches), best first."""
        words = re.findall(r"\w+", text)
        if not words:
            return []
        match = " AND ".join(f'"{w}"*' for w in words[:12])  # each word quoted: no FTS syntax from the user
        with self.lock:
            return self.db.execute(
                "SELECT kind, node, title, snippet(text, 0, ?, ?, '…', 24) FROM text WHERE text MATCH ? "
                "ORDER BY rank LIMIT ?", (HIT_START, HIT_END, match, limit)).fetchall()


_texts: dict[tuple[str, str, float], TextIndex] = {}


def text_index(settings: Settings | None = None) -> TextIndex:
    return _per_store_version(_texts, settings, TextIndex)


def _text_hits(text: str, limit: int) -> list[dict[str, Any]]:
    base, root = current_app.config["FMKG"].base_uri, request.script_root
    hits = []
    for kind, node, title, snippet in text_index().search(text, limit):
        hits.append({"kind": kind, "iri": node, "href": root + "/" + node[len(base):], "title": title,
                     "snippet": snippet.replace(HIT_START, "").replace(HIT_END, ""),
                     "parts": _parts(snippet)})
    return hits


def _parts(snippet: str) -> list[tuple[str, bool]]:
    parts = []
    for i, piece in enumerate(re.split(f"[{HIT_START}{HIT_END}]", snippet)):
        if piece:
            parts.append((piece, i % 2 == 1))
    return parts


# --- routes ---------------------------------------------------------------------------------------------------

def _arguments() -> tuple[str, int, str | None]:
    text = request.args.get("q", "")
    if len(text) > MAX_QUERY:
        raise _BadSearch(f"The search text is longer than {MAX_QUERY} characters.")
    raw_limit = request.args.get("limit", "10")
    try:
        limit = int(raw_limit)
    except ValueError:
        raise _BadSearch(f"limit {raw_limit!r} is not a whole number.") from None
    if not 1 <= limit <= MAX_LIMIT:
        raise _BadSearch(f"limit must be between 1 and {MAX_LIMIT}.")
    return text, limit, request.args.get("class") or None


class _BadSearch(Exception):
    pass


@bp.errorhandler(_BadSearch)
def _bad_search(error: _BadSearch) -> Response:
    return error_response(400, str(error))


@bp.errorhandler(StoreMissing)
def _no_store(error: StoreMissing) -> Response:
    return error_response(503, f"{error}. The operator can build it with `fmkg build`.", {"Retry-After": "60"})


def _hits(text: str, limit: int, cls: str | None) -> list[dict[str, Any]]:
    root = request.script_root
    hits = []
    for entity, alias in entity_index().search(text, limit, cls):
        hit = entity.as_json(root)
        hit["matched"] = alias
        hits.append(hit)
    return hits


@bp.get("/search.json")
def search_json() -> Response:
    text, limit, cls = _arguments()
    scope = request.args.get("in", "names")
    if scope not in ("names", "text"):
        raise _BadSearch(f"in={scope!r}: use names (labels and aliases) or text (definitions and evidence).")
    if scope == "text":
        hits = [{k: v for k, v in hit.items() if k != "parts"} for hit in _text_hits(text, limit)]
        response = jsonify(query=text, results=hits)
    else:
        response = jsonify(query=text, results=_hits(text, limit, cls))
    response.headers["Cache-Control"] = f"public, max-age={current_app.config['FMKG'].cache_max_age}"
    return response


@bp.get("/search")
def search_page() -> Response | str:
    text, limit, cls = _arguments()
    if negotiate(request.headers.get("Accept"), (("text/html", "html"), ("application/json", "json"))) == "json":
        return search_json()
    hits = _hits(text, max(limit, 50), cls) if text.strip() else []
    texts = _text_hits(text, 20) if text.strip() else []
    return render_template("search.html", q=text, hits=hits, texts=texts, nav="", title="Search")


@bp.get("/resource/")
def resource_index() -> Response | str:
    """Every entity, grouped by class; an entity of several classes is listed under each."""
    index = entity_index()
    groups: dict[str, list[Entity]] = {}
    for entity in index.entities:
        for local, _ in entity.classes or [("", "")]:
            groups.setdefault(local, []).append(entity)
    ordered: list[tuple[str, list[Entity]]] = sorted(
        groups.items(), key=lambda kv: (kv[0] == "", index.class_labels.get(kv[0], kv[0]).lower()))
    if negotiate(request.headers.get("Accept"), (("text/html", "html"), ("application/json", "json"))) == "json":
        root = request.script_root
        return jsonify({local or "unclassified": [e.as_json(root) for e in sorted(members, key=_by_label)]
                        for local, members in ordered})
    sections: list[dict[str, Any]] = [
        {"local": local or "unclassified", "label": _heading(index.class_labels.get(local, local), members),
         "members": sorted(members, key=_by_label)} for local, members in ordered]
    response = Response(render_template("resource_index.html", sections=sections, total=len(index.entities),
                                        nav="resources"), content_type="text/html; charset=utf-8")
    response.vary.add("Accept")
    return response


def _heading(label: str, members: list[Entity]) -> str:
    """"foundation model" over 26 entities reads "Foundation models"."""
    from fmkg.web.ui import plural

    if not label:
        return "Other"
    text = plural(label) if len(members) != 1 else label
    return text[:1].upper() + text[1:]


def _by_label(entity: Entity) -> str:
    return entity.label.lower()


def init_app(app: Flask) -> None:
    """Register /search, /search.json and /resource/."""
    app.register_blueprint(bp)
