"""Content negotiation for linked data: the formats offered, ``Accept`` parsing with q-values, serializers.

One table of formats drives everything: the media types a client may ask for, the URL suffix that picks a
format without headers (``/resource/gpt-4.ttl``), the ``Link: rel="alternate"`` headers and the serializer.

>>> negotiate("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8", FORMATS).key
'html'
>>> negotiate("text/turtle;q=0.9, application/ld+json", FORMATS).key
'jsonld'
>>> negotiate("application/ld+json;profile=\\"http://www.w3.org/ns/json-ld#compacted\\"", FORMATS).key
'jsonld'
>>> negotiate("image/png", FORMATS) is None
True
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pyoxigraph as ox
from flask import Response, current_app, request
from werkzeug.urls import iri_to_uri

from fmkg.config import CANONICAL_VOCAB
from fmkg.web.negotiation import negotiate as accept_negotiate

__all__ = ["Format", "FORMATS", "HTML", "negotiate", "by_suffix", "split_suffix", "serialize", "prefixes_for",
           "Alternate", "alternates", "site_prefixes", "choose", "finish", "not_acceptable"]

XSD = "http://www.w3.org/2001/XMLSchema#"
_PLAIN_NAME = re.compile(r"^[A-Za-z0-9_](?:[A-Za-z0-9_.-]*[A-Za-z0-9_-])?$")  # a Turtle local name without escapes
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


@dataclass(frozen=True)
class Format:
    key: str
    suffix: str
    media_type: str
    label: str
    rdf_format: ox.RdfFormat | None = None  # None: HTML, or JSON-LD (compacted here)
    quads: bool = False  # keeps named graphs (TriG, N-Quads)
    aliases: tuple[str, ...] = ()  # other media types that select this format

    @property
    def content_type(self) -> str:
        # The application/* RDF types are UTF-8 by definition and register no charset parameter.
        return self.media_type + ("; charset=utf-8" if self.media_type.startswith("text/") else "")


HTML = Format("html", "html", "text/html", "HTML", aliases=("application/xhtml+xml",))
TURTLE = Format("turtle", "ttl", "text/turtle", "Turtle", ox.RdfFormat.TURTLE,
                aliases=("application/x-turtle", "text/n3", "text/rdf+n3"))
JSONLD = Format("jsonld", "jsonld", "application/ld+json", "JSON-LD", aliases=("application/json",))
NTRIPLES = Format("nt", "nt", "application/n-triples", "N-Triples", ox.RdfFormat.N_TRIPLES, aliases=("text/plain",))
RDFXML = Format("rdfxml", "rdf", "application/rdf+xml", "RDF/XML", ox.RdfFormat.RDF_XML,
                aliases=("application/xml", "text/xml"))
TRIG = Format("trig", "trig", "application/trig", "TriG", ox.RdfFormat.TRIG, quads=True)
NQUADS = Format("nquads", "nq", "application/n-quads", "N-Quads", ox.RdfFormat.N_QUADS, quads=True)

FORMATS: tuple[Format, ...] = (HTML, TURTLE, JSONLD, NTRIPLES, RDFXML, TRIG, NQUADS)
# Order is preference on a tie: a bare `*/*` (curl, wget) gets HTML, as DBpedia and Wikidata do.


def by_suffix(suffix: str, offered: Sequence[Format] = FORMATS) -> Format | None:
    return next((f for f in offered if f.suffix == suffix), None)


def split_suffix(name: str, offered: Sequence[Format] = FORMATS) -> tuple[str, Format | None]:
    """``gpt-4.ttl`` -> (``gpt-4``, Turtle); a name without a known suffix is returned whole."""
    stem, dot, suffix = name.rpartition(".")
    fmt = by_suffix(suffix, offered) if dot else None
    return (stem, fmt) if fmt and stem else (name, None)


def negotiate(accept: str | None, offered: Sequence[Format] = FORMATS) -> Format | None:
    """The offered format the client prefers (q-values; our order breaks ties), ``None`` when none is acceptable.

    The Accept parsing is the SPARQL endpoint's (``fmkg.web.negotiation``); aliases are offered after every
    format's own type, so ``application/xml;q=0.9`` in a browser's header never beats ``text/html``.
    """
    offers = [(f.media_type, f.key) for f in offered] + [(a, f.key) for f in offered for a in f.aliases]
    key = accept_negotiate(accept, offers)
    return next((f for f in offered if f.key == key), None)


def site_prefixes() -> dict[str, str]:
    """``prefixes_for`` the running app's base and vocabulary."""
    settings = current_app.config["FMKG"]
    return prefixes_for(settings.base_uri, settings.ontology_namespace)


def prefixes_for(base: str, vocab: str = CANONICAL_VOCAB) -> dict[str, str]:
    """Prefixes of the serializations (and the JSON-LD ``@context``) for a deployment's base and vocabulary."""
    return {
        "fm": vocab, "fmr": base + "resource/", "fmd": base + "document/", "fmg": base + "graph/",
        "fms": base + "statement/",
        "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
        "owl": "http://www.w3.org/2002/07/owl#", "xsd": XSD, "skos": "http://www.w3.org/2004/02/skos/core#",
        "dcterms": "http://purl.org/dc/terms/", "prov": "http://www.w3.org/ns/prov#", "oa": "http://www.w3.org/ns/oa#",
        "schema": "http://schema.org/", "dcat": "http://www.w3.org/ns/dcat#", "void": "http://rdfs.org/ns/void#",
        "foaf": "http://xmlns.com/foaf/0.1/", "wd": "http://www.wikidata.org/entity/",
        "vann": "http://purl.org/vocab/vann/", "dcmitype": "http://purl.org/dc/dcmitype/",
        "airo": "https://w3id.org/airo#", "vair": "https://w3id.org/vair#", "dpv": "https://w3id.org/dpv#",
        "dpv-ai": "https://w3id.org/dpv/ai#",
    }


def serialize(quads: Iterable[ox.Quad], fmt: Format, prefixes: dict[str, str], first: str | None = None) -> bytes:
    """Deterministic bytes of ``quads`` in ``fmt``; graph names are dropped for triple formats.

    ``first`` puts that subject's triples first (the described entity opens the document).
    """
    quads = sorted(set(quads), key=lambda q: (str(q.graph_name), _order(q.triple, first)))
    if fmt.quads:
        return ox.serialize(quads, format=fmt.rdf_format, prefixes=_used(prefixes, quads, plain=True))
    triples = sorted({q.triple for q in quads}, key=lambda t: _order(t, first))
    prefixes = _used(prefixes, triples, plain=fmt.rdf_format is not None)
    if fmt.rdf_format is None:
        return compact_jsonld(triples, prefixes)
    return ox.serialize(triples, format=fmt.rdf_format, prefixes=prefixes)


def _used(prefixes: dict[str, str], statements: Sequence[ox.Quad | ox.Triple], plain: bool) -> dict[str, str]:
    """Only the prefixes the data uses: a short header, and the @context stays compact.

    ``plain`` (Turtle, TriG) also drops a prefix when one of its names would need backslash escapes
    (``fmd:doc\\#char\\=0\\,40``): its IRIs are then written in full, which people read more easily.
    """
    iris = {t.value for q in statements for t in (q.subject, q.predicate, q.object, getattr(q, "graph_name", None))
            if isinstance(t, ox.NamedNode)}
    iris |= {q.object.datatype.value for q in statements if isinstance(q.object, ox.Literal)}
    kept = {}
    for prefix, namespace in prefixes.items():
        names = [i[len(namespace):] for i in iris if i.startswith(namespace) and i != namespace]
        if names and not (plain and any(not _PLAIN_NAME.match(n) for n in names)):
            kept[prefix] = namespace
    return kept


def _order(triple: ox.Triple, first: str | None) -> tuple:
    subject = triple.subject
    return (getattr(subject, "value", None) != first, isinstance(subject, ox.BlankNode), str(subject),
            str(triple.predicate), str(triple.object))


# --- JSON-LD: pyoxigraph writes expanded JSON-LD; people want compact keys, so we write it ourselves. ---------

def compact_jsonld(triples: Sequence[ox.Triple], prefixes: dict[str, str]) -> bytes:
    """Compact JSON-LD: an ``@context`` of the prefixes, one node object per subject in ``@graph``."""
    used = sorted(prefixes.items(), key=lambda kv: -len(kv[1]))
    nodes: dict[str, dict[str, object]] = {}
    for t in triples:
        node = nodes.setdefault(_node_id(t.subject, used), {"@id": _node_id(t.subject, used)})
        if t.predicate.value == RDF_TYPE and isinstance(t.object, ox.NamedNode):
            _append(node, "@type", _compact(t.object.value, used))
        else:
            _append(node, _compact(t.predicate.value, used), _value(t.object, used))
    document = {"@context": dict(prefixes), "@graph": list(nodes.values())}
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def _append(node: dict[str, object], key: str, value: object) -> None:
    if key not in node:
        node[key] = value
    elif isinstance(node[key], list):
        node[key].append(value)
    else:
        node[key] = [node[key], value]


def _compact(iri: str, prefixes: list[tuple[str, str]]) -> str:
    for prefix, namespace in prefixes:
        local = iri[len(namespace):]
        if iri.startswith(namespace) and local and not local.startswith("//"):
            return f"{prefix}:{local}"
    return iri


def _node_id(term: ox.NamedNode | ox.BlankNode, prefixes: list[tuple[str, str]]) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else _compact(term.value, prefixes)


def _value(term: ox.NamedNode | ox.BlankNode | ox.Literal, prefixes: list[tuple[str, str]]) -> object:
    if not isinstance(term, ox.Literal):
        return {"@id": _node_id(term, prefixes)}
    datatype = term.datatype.value
    if term.language:
        return {"@value": term.value, "@language": term.language}
    if datatype == XSD + "string":
        return term.value
    if datatype == XSD + "boolean" and term.value in ("true", "false"):
        return term.value == "true"
    if datatype == XSD + "integer" and term.value.lstrip("-").isdigit() and str(int(term.value)) == term.value:
        return int(term.value)
    return {"@value": term.value, "@type": _compact(datatype, prefixes)}


# --- responses: the same headers on every negotiated page ------------------------------------------------------

@dataclass(frozen=True)
class Alternate:
    label: str
    href: str
    media_type: str


def alternates(path: str, offered: Sequence[Format] = FORMATS) -> list[Alternate]:
    """The suffix URLs of ``path`` (app-relative, e.g. ``/resource/gpt-4``) in every offered format."""
    root = request.script_root
    return [Alternate(f.label, f"{root}{path}.{f.suffix}", f.media_type) for f in offered]


def choose(fmt: Format | None, offered: Sequence[Format] = FORMATS) -> tuple[Format | None, bool]:
    """(format, negotiated): the suffix's format, else the client's preference from ``Accept``."""
    if fmt is not None:
        return fmt, False
    return negotiate(request.headers.get("Accept"), offered), True


def not_acceptable(path: str, offered: Sequence[Format] = FORMATS) -> Response:
    lines = [f"{a.media_type}\t{a.href}" for a in alternates(path, offered)]
    response = Response("406 Not Acceptable: this resource is available as\n" + "\n".join(lines) + "\n", 406,
                        content_type="text/plain; charset=utf-8")
    return finish(response, path, None, True, offered, conditional=False)


def finish(response: Response, path: str, fmt: Format | None, negotiated: bool,
           offered: Sequence[Format] = FORMATS, conditional: bool = True) -> Response:
    """Link alternates, Vary and Content-Location (when negotiated), caching, CORS, ETag and 304."""
    # Header values are ASCII: an IRI path (``/resource/zürich``) goes into them as a URI (percent-encoded).
    links = [f'<{iri_to_uri(a.href)}>; rel="alternate"; type="{a.media_type}"' for a in alternates(path, offered)
             if fmt is None or a.media_type != fmt.media_type]
    response.headers["Link"] = ", ".join(links)
    if negotiated:
        response.vary.add("Accept")
        if fmt is not None and response.status_code == 200:
            response.headers["Content-Location"] = iri_to_uri(f"{request.script_root}{path}.{fmt.suffix}")
    response.headers.setdefault("Access-Control-Allow-Origin", "*")
    response.headers.setdefault("Access-Control-Expose-Headers", "Link, Content-Location, ETag")
    if conditional and response.status_code == 200:
        response.cache_control.public = True
        response.cache_control.max_age = current_app.config["FMKG"].cache_max_age
        response.add_etag()
        response.make_conditional(request)
    return response
