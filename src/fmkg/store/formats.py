"""The result formats of SPARQL queries: one name each, its media type and pyoxigraph's serializer.

A query answers one of three kinds of result: ``solutions`` (SELECT), ``boolean`` (ASK) or ``graph``
(CONSTRUCT, DESCRIBE). Each format name below serves one or more kinds.

>>> FORMATS["turtle"].media_type
'text/turtle'
>>> sorted(name for name, f in FORMATS.items() if "boolean" in f.kinds)
['csv', 'json', 'tsv', 'xml']
"""

from __future__ import annotations

from dataclasses import dataclass

import pyoxigraph as ox

__all__ = ["ResultFormat", "FORMATS", "FORMAT_NAMES", "KINDS", "kind_of", "write_results", "ask_table"]

KINDS = ("solutions", "boolean", "graph")
_TABLE = ("solutions", "boolean")


@dataclass(frozen=True)
class ResultFormat:
    name: str
    media_type: str
    kinds: tuple[str, ...]
    ox_format: ox.QueryResultsFormat | ox.RdfFormat
    text: bool = False  # a text/* type, sent with charset=utf-8

    @property
    def content_type(self) -> str:
        return self.media_type + ("; charset=utf-8" if self.text else "")


FORMATS: dict[str, ResultFormat] = {f.name: f for f in (
    ResultFormat("json", "application/sparql-results+json", _TABLE, ox.QueryResultsFormat.JSON),
    ResultFormat("xml", "application/sparql-results+xml", _TABLE, ox.QueryResultsFormat.XML),
    ResultFormat("csv", "text/csv", _TABLE, ox.QueryResultsFormat.CSV, text=True),
    ResultFormat("tsv", "text/tab-separated-values", _TABLE, ox.QueryResultsFormat.TSV, text=True),
    ResultFormat("turtle", "text/turtle", ("graph",), ox.RdfFormat.TURTLE, text=True),
    ResultFormat("ntriples", "application/n-triples", ("graph",), ox.RdfFormat.N_TRIPLES),
    ResultFormat("jsonld", "application/ld+json", ("graph",), ox.RdfFormat.JSON_LD),
    ResultFormat("rdfxml", "application/rdf+xml", ("graph",), ox.RdfFormat.RDF_XML),
    ResultFormat("trig", "application/trig", ("graph",), ox.RdfFormat.TRIG),
    ResultFormat("nquads", "application/n-quads", ("graph",), ox.RdfFormat.N_QUADS),
    ResultFormat("n3", "text/n3", ("graph",), ox.RdfFormat.N3, text=True),
)}

# Names for a format chosen by hand (the ``format`` parameter, ``fmkg query --format``): per kind of result.
FORMAT_NAMES: dict[str, dict[str, str]] = {
    "json": {"solutions": "json", "boolean": "json", "graph": "jsonld"},
    "xml": {"solutions": "xml", "boolean": "xml", "graph": "rdfxml"},
    "csv": {"solutions": "csv", "boolean": "csv"},
    "tsv": {"solutions": "tsv", "boolean": "tsv"},
    "turtle": {"graph": "turtle"}, "ttl": {"graph": "turtle"},
    "ntriples": {"graph": "ntriples"}, "nt": {"graph": "ntriples"}, "n-triples": {"graph": "ntriples"},
    "jsonld": {"graph": "jsonld"}, "json-ld": {"graph": "jsonld"},
    "rdfxml": {"graph": "rdfxml"}, "rdf": {"graph": "rdfxml"}, "rdf+xml": {"graph": "rdfxml"},
    "trig": {"graph": "trig"}, "nquads": {"graph": "nquads"}, "nq": {"graph": "nquads"},
    "n-quads": {"graph": "nquads"}, "n3": {"graph": "n3"},
}


def kind_of(results: object) -> str:
    """The kind of a pyoxigraph query result."""
    if isinstance(results, ox.QuerySolutions):
        return "solutions"
    if isinstance(results, ox.QueryBoolean):
        return "boolean"
    return "graph"


def write_results(results: object, name: str, output: object) -> None:
    """Serialize a pyoxigraph result in format ``name`` into the binary writer ``output``."""
    if isinstance(results, ox.QueryBoolean) and name in ("csv", "tsv"):
        output.write(ask_table(bool(results), name))
        return
    results.serialize(output, format=FORMATS[name].ox_format)


def ask_table(value: bool, name: str) -> bytes:
    """An ASK result as CSV or TSV: the formats define none, so a one-cell table, as Jena writes it.

    >>> ask_table(True, "tsv")
    b'?_askResult\\ntrue\\n'
    """
    word = b"true" if value else b"false"
    if name == "csv":
        return b"_askResult\r\n" + word + b"\r\n"
    return b"?_askResult\n" + word + b"\n"
