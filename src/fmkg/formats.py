"""The format registry: every RDF syntax and SPARQL result format fmkg reads or writes, declared once.

Dumps, ``fmkg load``, ``fmkg extract``, ``fmkg query``, content negotiation on the linked-data pages and on
``/sparql``, and the service description all read this table, so a media type cannot mean one thing on one route
and another on the next (``text/n3`` is N3 everywhere).

A query answers one of three kinds of result: ``solutions`` (SELECT), ``boolean`` (ASK) or ``graph``
(CONSTRUCT, DESCRIBE); each format lists the kinds it can carry. HTML carries none: only pages offer it.

>>> by_name("turtle").media_type, by_suffix("nq").name, by_file_suffix(".owl").name
('text/turtle', 'nquads', 'rdfxml')
>>> sorted(f.name for f in for_kind("boolean"))
['csv', 'json', 'tsv', 'xml']
>>> for_parameter("json")
{'solutions': 'json', 'boolean': 'json', 'graph': 'jsonld'}
>>> by_name("trig").w3c_iri
'http://www.w3.org/ns/formats/TriG'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pyoxigraph as ox

from fmkg.vocab import FORMATS as W3C_FORMATS

__all__ = ["Format", "DumpFile", "KINDS", "REGISTRY", "HTML", "TURTLE", "NTRIPLES", "NQUADS", "TRIG", "JSONLD",
           "RDFXML", "N3", "LINKED_DATA", "DUMPS", "by_name", "by_suffix", "by_file_suffix", "rdf_file_suffixes",
           "for_kind", "offers", "for_parameter", "parameter_names"]

KINDS = ("solutions", "boolean", "graph")
_TABLE = ("solutions", "boolean")
_GRAPH = ("graph",)


@dataclass(frozen=True)
class Format:
    name: str  # the format's one name: the ``format`` parameter, ``fmkg query --format``, the executor's protocol
    label: str  # what people call it
    media_type: str
    suffix: str  # of suffix URLs (``/resource/gpt-4.ttl``) and of files
    kinds: tuple[str, ...] = ()  # the query results it carries
    engine: ox.RdfFormat | ox.QueryResultsFormat | None = None  # pyoxigraph's reader and writer
    w3c: str | None = None  # its name under http://www.w3.org/ns/formats/
    aliases: tuple[str, ...] = ()  # other media types that ask for it; offered after every format's own type
    names: tuple[str, ...] = ()  # other names of the ``format`` parameter (a bare ``json`` asks for JSON-LD too)
    file_suffixes: tuple[str, ...] = ()  # other file extensions ``fmkg load`` reads as this syntax

    @property
    def content_type(self) -> str:
        # The application/* RDF types are UTF-8 by definition and register no charset parameter.
        return self.media_type + ("; charset=utf-8" if self.media_type.startswith("text/") else "")

    @property
    def rdf_format(self) -> ox.RdfFormat:
        """pyoxigraph's RDF format (ValueError for a result format or HTML)."""
        if not isinstance(self.engine, ox.RdfFormat):
            raise ValueError(f"{self.label} is not an RDF syntax")
        return self.engine

    @property
    def quads(self) -> bool:
        """Keeps named graphs (TriG, N-Quads; fmkg writes JSON-LD compact, one graph)."""
        return self.engine in (ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS)

    @property
    def rdf(self) -> bool:
        """An RDF syntax (parsed by ``fmkg load``, written for graphs)."""
        return isinstance(self.engine, ox.RdfFormat)

    @property
    def comments(self) -> bool:
        """Takes ``#`` comment lines (a 404 or an error says why it is empty)."""
        return self.engine in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.TRIG, ox.RdfFormat.N_QUADS,
                               ox.RdfFormat.N3)

    @property
    def w3c_iri(self) -> str | None:
        return W3C_FORMATS + self.w3c if self.w3c else None


JSON = Format("json", "SPARQL JSON", "application/sparql-results+json", "srj", _TABLE, ox.QueryResultsFormat.JSON,
              "SPARQL_Results_JSON", ("application/json",))
XML = Format("xml", "SPARQL XML", "application/sparql-results+xml", "srx", _TABLE, ox.QueryResultsFormat.XML,
             "SPARQL_Results_XML", ("application/xml", "text/xml"))
CSV = Format("csv", "CSV", "text/csv", "csv", _TABLE, ox.QueryResultsFormat.CSV, "SPARQL_Results_CSV")
TSV = Format("tsv", "TSV", "text/tab-separated-values", "tsv", _TABLE, ox.QueryResultsFormat.TSV, "SPARQL_Results_TSV")
TURTLE = Format("turtle", "Turtle", "text/turtle", "ttl", _GRAPH, ox.RdfFormat.TURTLE, "Turtle",
                ("application/x-turtle",), ("ttl",), (".turtle",))
NTRIPLES = Format("ntriples", "N-Triples", "application/n-triples", "nt", _GRAPH, ox.RdfFormat.N_TRIPLES, "N-Triples",
                  ("text/plain",), ("nt", "n-triples"))
JSONLD = Format("jsonld", "JSON-LD", "application/ld+json", "jsonld", _GRAPH, ox.RdfFormat.JSON_LD, "JSON-LD",
                ("application/json",), ("json", "json-ld"))
RDFXML = Format("rdfxml", "RDF/XML", "application/rdf+xml", "rdf", _GRAPH, ox.RdfFormat.RDF_XML, "RDF_XML",
                ("application/xml", "text/xml"), ("xml", "rdf", "rdf+xml"), (".xml", ".owl"))
TRIG = Format("trig", "TriG", "application/trig", "trig", _GRAPH, ox.RdfFormat.TRIG, "TriG")
NQUADS = Format("nquads", "N-Quads", "application/n-quads", "nq", _GRAPH, ox.RdfFormat.N_QUADS, "N-Quads",
                names=("nq", "n-quads"))
N3 = Format("n3", "N3", "text/n3", "n3", _GRAPH, ox.RdfFormat.N3, "N3", ("text/rdf+n3",))
HTML = Format("html", "HTML", "text/html", "html", aliases=("application/xhtml+xml",))

# In the order of preference on a tie: Turtle first for graphs (the linked-data publishers' default).
REGISTRY: tuple[Format, ...] = (JSON, XML, CSV, TSV, TURTLE, NTRIPLES, JSONLD, RDFXML, TRIG, NQUADS, N3, HTML)
# What a linked-data page offers, in order: a bare ``*/*`` (curl, wget) gets HTML, as DBpedia and Wikidata do.
LINKED_DATA: tuple[Format, ...] = (HTML, TURTLE, JSONLD, NTRIPLES, RDFXML, TRIG, NQUADS, N3)


@dataclass(frozen=True)
class DumpFile:
    """A file `fmkg build` writes to ``dist/`` and ``/dumps/`` serves."""

    name: str
    format: Format
    description: str
    gzip: bool = False  # a gzip file, not a gzip Content-Encoding: clients save the .gz as is

    @property
    def media_type(self) -> str:
        return "application/gzip" if self.gzip else self.format.media_type


# The dumps, in the order the build writes them and the pages list them.
DUMPS: tuple[DumpFile, ...] = (
    DumpFile("fmkg.ttl", TURTLE, "Turtle: every triple, named graphs merged"),
    DumpFile("fmkg.trig", TRIG, "TriG: every quad, in its named graph"),
    DumpFile("fmkg.nq.gz", NQUADS, "N-Quads, gzip-compressed: every quad, one per line", gzip=True),
)

_BY_NAME = {f.name: f for f in REGISTRY}


def by_name(name: str) -> Format:
    return _BY_NAME[name]


def by_suffix(suffix: str, offered: Sequence[Format] = LINKED_DATA) -> Format | None:
    """The offered format of a suffix URL (``ttl``, ``nq``...), or None."""
    return next((f for f in offered if f.suffix == suffix), None)


def by_media_type(content_type: str) -> Format | None:
    """The format of a ``Content-Type`` (parameters ignored; aliases count), or None.

    >>> by_media_type("application/sparql-results+json; charset=utf-8").name
    'json'
    """
    media_type = content_type.split(";", 1)[0].strip().lower()
    return next((f for f in REGISTRY if media_type in (f.media_type, *f.aliases)), None)


def by_file_suffix(suffix: str) -> Format | None:
    """The RDF syntax of a file extension (``.ttl``, ``.owl``...), or None."""
    suffix = suffix.lower()
    return next((f for f in REGISTRY if f.rdf and suffix in ("." + f.suffix, *f.file_suffixes)), None)


def rdf_file_suffixes() -> list[str]:
    """Every file extension ``fmkg load`` reads, sorted."""
    return sorted(s for f in REGISTRY if f.rdf for s in ("." + f.suffix, *f.file_suffixes))


def for_kind(kind: str) -> tuple[Format, ...]:
    return tuple(f for f in REGISTRY if kind in f.kinds)


def offers(formats: Sequence[Format]) -> tuple[tuple[str, str], ...]:
    """(media type, format name) pairs for ``fmkg.web.negotiation``: every own type first, then the aliases."""
    return tuple((f.media_type, f.name) for f in formats) + tuple((a, f.name) for f in formats for a in f.aliases)


def for_parameter(name: str) -> dict[str, str] | None:
    """kind -> format name for a format chosen by name (``format=json``, ``--format ttl``); None if unknown."""
    name = name.strip().lower()
    chosen = {kind: f.name for kind in KINDS for f in for_kind(kind) if name in (f.name, *f.names)}
    return chosen or None


def parameter_names() -> list[str]:
    """Every name ``for_parameter`` knows, sorted."""
    return sorted({n for f in REGISTRY if f.kinds for n in (f.name, *f.names)})
