"""What differs between the SPARQL engines behind the remote store, as data, and the one filter it needs.

The remote store asks every engine the same way (SPARQL 1.1 Protocol, one media type per request, by the query's
form) and writes every answer itself, so most differences never reach a client. What is left differs in how an
engine writes its answers, and is kept here, one ``Dialect`` per engine, chosen by the product name in the
engine's ``Server`` header (``Virtuoso/07.20.3229 (Linux) ...``). An engine not listed gets ``STANDARD``.

Virtuoso 7 (measured on Debian's 7.2.5.1; README, "What differs between engines"):

- its SPARQL JSON writes ``xsd:boolean`` values as ``"1"``/``"0"`` and typed literals as ``"typed-literal"``;
  its XML results write them as SPARQL 1.1 says, so tables are asked as XML;
- it labels blank nodes ``nodeID://b10003`` in table results, which is no blank node label (pyoxigraph's parsers
  refuse it): the prefix is taken off as the answer streams (``relabel``);
- it runs its own SQL functions from any query's text (``bif:http_get(...)`` fetches a URL, so a query would
  reach the network): a query that names ``bif:`` or ``sql:`` anywhere (after ``\\uXXXX`` escapes) is refused
  before it is sent (``refusal``);
- it lacks ``BNODE()`` ("SP031: Built-in function is not implemented"): a query that calls it and reads no graph
  (its answer is the same on any store) is answered by fmkg's own engine on an empty store (``answered_here``);
  one that reads graphs gets Virtuoso's refusal;
- given ``default-graph-uri`` beside a query with ``FROM``, it reads both (the protocol's should win): the query
  is sent without its FROM clauses then (``querytext.without_dataset``);
- its syntax errors name a line and a token and repeat the whole query with the dataset fmkg sent (``define
  input:...``): the message is cut to its first line and given the ``error at LINE:COLUMN:`` form of fmkg's own
  messages, the column being where that token is on that line (``syntax_error``).

>>> dialect_of("Virtuoso/07.20.3229 (Linux) x86_64-pc-linux-gnu").name
'Virtuoso'
>>> dialect_of("").name, dialect_of("oxigraph/0.5.13").tables
('SPARQL 1.1', 'application/sparql-results+json')
>>> import io
>>> body = io.BytesIO(b"<binding name='b'><bnode>nodeID://b10003</bnode></binding><literal>nodeID://x</literal>")
>>> relabel(body, VIRTUOSO).read()
b"<binding name='b'><bnode>b10003</bnode></binding><literal>nodeID://x</literal>"
>>> refusal('SELECT (<\\\\u0062if:http_get>("http://x") AS ?x) {}', VIRTUOSO) is not None
True
>>> refusal('SELECT (bif:http_get("http://x") AS ?x) {}', STANDARD) is None
True
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from typing import Any

from fmkg.store.querytext import expand_escapes, reads_no_graph, uses_word

__all__ = ["Dialect", "STANDARD", "VIRTUOSO", "dialect_of", "relabel", "refusal", "answered_here",
           "syntax_error"]


@dataclass(frozen=True)
class Dialect:
    """How one engine writes its answers."""

    name: str
    tables: str = "application/sparql-results+json"  # what SELECT and ASK are asked for
    graphs: str = "application/n-triples"  # what CONSTRUCT and DESCRIBE are asked for
    # bytes of the table format that open a blank node label with the engine's own prefix, and what replaces them
    bnode_label: tuple[bytes, bytes] | None = None
    # text no query may contain (lowercase): names of the engine's own functions, outside SPARQL 1.1
    refused: tuple[str, ...] = ()
    # SPARQL 1.1 built-in functions the engine does not implement
    lacks: tuple[str, ...] = ()
    # whether the engine adds a query's FROM clauses to the protocol's dataset (SPARQL 1.1: the protocol's wins)
    merges_dataset: bool = False
    # the engine's syntax error: a pattern with groups line, token, message; and what starts the echoed query
    syntax: re.Pattern[str] | None = None
    echo: str = ""


STANDARD = Dialect("SPARQL 1.1")
VIRTUOSO = Dialect("Virtuoso", tables="application/sparql-results+xml",
                   bnode_label=(b"<bnode>nodeID://", b"<bnode>"), refused=("bif:", "sql:"),
                   lacks=("BNODE",), merges_dataset=True,
                   syntax=re.compile(r"SPARQL compiler, line (?P<line>\d+): (?P<message>syntax error at "
                                     r"'(?P<token>[^']*)'[^\n]*)"),
                   echo="\nSPARQL query:")
# The product name of a Server header, lowercase -> its dialect.
DIALECTS = {"virtuoso": VIRTUOSO}


def dialect_of(server: str) -> Dialect:
    """The dialect of the engine whose ``Server`` response header is ``server``."""
    product = server.strip().split("/", 1)[0].strip().lower()
    return DIALECTS.get(product, STANDARD)


def refusal(query: str, dialect: Dialect, known: bool = True) -> str | None:
    """Why ``query`` may not be sent to an engine of ``dialect``, or None. Read over the whole text (strings and
    comments too): a query is refused rather than a function let through. An engine not ``known`` yet (it has not
    answered) is refused what any dialect refuses.

    >>> refusal('SELECT (bif:http_get("http://x") AS ?x) {}', STANDARD, known=False) is not None
    True
    """
    text = expand_escapes(query).lower()
    names = dialect.refused if known else tuple(n for d in DIALECTS.values() for n in d.refused)
    named = [name for name in names if name in text]
    if not named:
        return None
    return (f"this endpoint runs standard SPARQL 1.1 only; the engine's own functions ({', '.join(named)}...) are "
            "not available here")


def syntax_error(message: str, query: str, dialect: Dialect) -> str:
    """The engine's syntax error ``message`` about ``query`` as fmkg's own read: ``error at LINE:COLUMN: ...``
    where the engine says where, and without the query it repeats.

    >>> syntax_error("Virtuoso 37000 Error SP030: SPARQL compiler, line 2: syntax error at '}' before '}'"
    ...              "\\n\\nSPARQL query:\\ndefine input:default-graph-uri <urn:u> ASK {\\n  ?x }",
    ...              "ASK {\\n  ?x }", VIRTUOSO)
    "error at 2:6: syntax error at '}' before '}'"
    """
    if dialect.echo and dialect.echo in message:
        message = message[:message.index(dialect.echo)].strip()
    found = dialect.syntax.search(message) if dialect.syntax else None
    if found is None:
        return message
    number, lines = int(found.group("line")), query.splitlines()
    line = lines[number - 1] if 1 <= number <= len(lines) else ""
    column = line.find(found.group("token")) + 1 if found.group("token") else 0
    return f"error at {number}:{max(column, 1)}: {found.group('message')}"


def answered_here(query: str, dialect: Dialect) -> bool:
    """Whether fmkg answers ``query`` itself: it calls a function the engine lacks and reads no graph.

    >>> answered_here("SELECT ?b WHERE { BIND(BNODE() AS ?b) }", VIRTUOSO)
    True
    >>> answered_here("SELECT ?b WHERE { ?s ?p ?o BIND(BNODE() AS ?b) }", VIRTUOSO)
    False
    """
    return any(uses_word(query, name) for name in dialect.lacks) and reads_no_graph(query)


class _Relabelled(io.RawIOBase):
    """``raw`` read with ``old`` replaced by ``new``, also where ``old`` is split between two reads."""

    def __init__(self, raw: Any, old: bytes, new: bytes) -> None:
        self.raw, self.old, self.new = raw, old, new
        self.ready = b""  # replaced bytes not yet read
        self.held = b""  # the end of what was read, where ``old`` may begin
        self.done = False

    def readable(self) -> bool:
        return True

    def _fill(self) -> None:
        while not self.ready and not self.done:
            chunk = self.raw.read1(1 << 16) if hasattr(self.raw, "read1") else self.raw.read(1 << 16)
            data = self.held + chunk
            if not chunk:
                self.done, cut = True, len(data)
            else:
                # hold back from the first place in the last len(old) - 1 bytes where ``old`` could begin
                start = max(len(data) - len(self.old) + 1, 0)
                cut = data.find(self.old[:1], start)
                cut = len(data) if cut < 0 else cut
            self.ready, self.held = data[:cut].replace(self.old, self.new), data[cut:]

    def readinto(self, buffer: Any) -> int:
        self._fill()
        size = min(len(buffer), len(self.ready))
        buffer[:size] = self.ready[:size]
        self.ready = self.ready[size:]
        return size


def relabel(answer: Any, dialect: Dialect) -> Any:
    """``answer`` (bytes, or a response or file read as it streams) with blank node labels standard for
    ``dialect``: bytes, or a binary file."""
    if dialect.bnode_label is None:
        return answer
    old, new = dialect.bnode_label
    if isinstance(answer, bytes):
        return answer.replace(old, new)
    return io.BufferedReader(_Relabelled(answer, old, new))
