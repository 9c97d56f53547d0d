"""What a SPARQL request is, read from its text without a full parse.

pyoxigraph parses the query itself; this lexer only answers the questions that must be settled before the
query reaches the engine and whose wrong answer costs nothing: is it an update (the engine, asked for a query,
would refuse an update anyway), does it declare its own dataset with ``FROM``. Strings, IRIs, comments,
variables and prefixed names are skipped, so ``?from``, ``ex:service`` or ``"FROM"`` never count.

Whether a query calls ``SERVICE`` is *not* decided by this lexer: a lexer that disagrees with the engine's
parser (issue 8: ``FILTER(1<2)SERVICE#>`` + newline + ``<url>``) would let a query reach the network. Instead
``calls_service`` asks a real SPARQL parser (rdflib's grammar, which like Oxigraph's reads tokens in the
context of the grammar) for every query in which the letters ``service`` appear at all, in any case and after
``\\uXXXX`` escapes are expanded; and underneath, the engine runs in a process that cannot open a network
socket (``fmkg.store.sandbox``), so even a query that both parsers misread reaches nothing.

>>> facts("PREFIX ex: <http://ex/> SELECT ?from WHERE { ?from ex:service 'FROM' }")
QueryFacts(form='SELECT', declares_dataset=False, uses_service=False)
>>> facts("# a comment\\nINSERT DATA { <a> <b> <c> }").is_update
True
>>> facts("SELECT * FROM NAMED <http://g> { GRAPH ?g { ?s ?p ?o } }").declares_dataset
True
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import cast

__all__ = ["QueryFacts", "facts", "calls_service", "syntax_message", "UPDATE_KEYWORDS", "expand_escapes",
           "reads_no_graph", "uses_word", "without_dataset"]

UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})

_NAME = r"[A-Za-z_\u00C0-\uFFFF][\w\u00B7\u00C0-\uFFFF.\-]*"
_TOKEN = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*(?:"""|$)'  # long strings (unterminated ones swallow the rest)
    r"|'''(?:[^'\\]|\\.|'(?!''))*(?:'''|$)"
    r'|"(?:[^"\\\n\r]|\\.)*"?'
    r"|'(?:[^'\\\n\r]|\\.)*'?"
    r"|#[^\n\r]*"  # comments
    r"|<[^<>\"{}|^`\\\x00-\x20]*>"  # IRIs (a spaced-out `<` comparison is not one)
    r"|[?$][\w\u00B7\u00C0-\uFFFF]*"  # variables
    rf"|(?:{_NAME})?:(?:[\w\u00B7\u00C0-\uFFFF.:\-]|%[0-9A-Fa-f]{{2}}|\\.)*"  # prefixed names
    rf"|(?P<word>{_NAME})"
    r"|.",
    re.S,
)


@dataclass(frozen=True)
class QueryFacts:
    """The first keyword after the prologue, and keywords that change how the query is run.

    ``uses_service`` is this lexer's guess, kept for the tests that document it; the endpoint decides with
    ``calls_service``.
    """

    form: str
    declares_dataset: bool
    uses_service: bool

    @property
    def is_update(self) -> bool:
        return self.form in UPDATE_KEYWORDS


def _words(text: str) -> list[str]:
    return [m.group("word").upper() for m in _TOKEN.finditer(text) if m.group("word")]


def facts(text: str) -> QueryFacts:
    """Lex ``text`` and report its form, whether it has FROM clauses and whether it uses SERVICE."""
    words = _words(text)
    form = next((w for w in words if w not in ("PREFIX", "BASE")), "")
    return QueryFacts(form=form, declares_dataset="FROM" in words, uses_service="SERVICE" in words)


_ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
_SERVICE_LETTERS = re.compile("service", re.I)


def expand_escapes(text: str) -> str:
    """``text`` with its ``\\uXXXX`` and ``\\UXXXXXXXX`` escapes expanded, as a SPARQL parser reads them first."""
    def char(match: re.Match) -> str:
        code = int(match.group(1) or match.group(2), 16)
        return chr(code) if code < 0x110000 else ""

    return _ESCAPE.sub(char, text)


def calls_service(text: str) -> bool:
    """Whether the query may call SERVICE: parsed by a real SPARQL parser whenever the word could be in it.

    Queries without the letters ``service`` anywhere (most of them) are not parsed a second time. A query with
    them that the parser cannot read is taken to call SERVICE: refusing is the safe side.

    >>> calls_service("SELECT * WHERE { ?s <urn:service> 'SERVICE' }")
    False
    >>> calls_service("SELECT * WHERE { FILTER(1<2)SERVICE#>\\n<http://127.0.0.1:9/>{?s ?p ?o} }")
    True
    >>> calls_service("SELECT * WHERE { ?s ?p ?o }")
    False
    """
    expanded = expand_escapes(text)
    if not _SERVICE_LETTERS.search(expanded):
        return False
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        tree = parseQuery(expanded)
    except Exception:  # noqa: BLE001 - any parse failure: the engine may still read it, so refuse
        return True
    return _has_node(tree, frozenset({"ServiceGraphPattern"}))


# Parse-tree nodes of a query that reads the store: triple patterns (paths included), GRAPH, SERVICE, and the forms
# whose answer is made of the store's triples.
_READS = frozenset({"TriplesBlock", "TriplesSameSubject", "TriplesSameSubjectPath", "GraphGraphPattern",
                    "ServiceGraphPattern", "DescribeQuery", "ConstructQuery"})


def reads_no_graph(text: str) -> bool:
    """Whether the query reads no graph at all (a SELECT or ASK of VALUES, BIND and expressions only): its answer
    is the same on every store, the empty one included. A query the parser cannot read is taken to read graphs.

    >>> reads_no_graph("SELECT ?x ?b WHERE { VALUES ?x { 1 2 } BIND(BNODE() AS ?b) }")
    True
    >>> reads_no_graph("SELECT ?x WHERE { ?x ?p ?o }"), reads_no_graph("ASK { FILTER(EXISTS { ?s ?p ?o }) }")
    (False, False)
    >>> reads_no_graph("SELECT * FROM <urn:g> WHERE { }"), reads_no_graph("SELECT * WHERE { GRAPH ?g { } }")
    (False, False)
    """
    if facts(text).declares_dataset:
        return False
    from rdflib.plugins.sparql.parser import parseQuery

    try:
        tree = parseQuery(expand_escapes(text))
    except Exception:  # noqa: BLE001 - unreadable here: the engine decides
        return False
    return not _has_node(tree, _READS)


def without_dataset(text: str) -> str:
    """``text`` without its ``FROM`` and ``FROM NAMED`` clauses (strings, IRIs and comments left as they are): for
    an engine that adds them to the protocol's ``default-graph-uri``/``named-graph-uri`` instead of letting the
    protocol's dataset win, as SPARQL 1.1 Protocol says.

    >>> without_dataset("SELECT ?l FROM <urn:a> FROM NAMED ex:b # FROM <urn:c>\\nWHERE { ?s ?p 'FROM <urn:d>' }")
    "SELECT ?l      # FROM <urn:c>\\nWHERE { ?s ?p 'FROM <urn:d>' }"
    """
    kept: list[str] = []
    skipping = 0  # 2: after FROM (NAMED or the graph may follow), 1: after FROM NAMED (the graph follows)
    for match in _TOKEN.finditer(text):
        token, word = match.group(0), (match.group("word") or "").upper()
        if word == "FROM":
            skipping = 2
        elif skipping and token.isspace() or skipping and token.startswith("#"):
            kept.append(token)
        elif skipping == 2 and word == "NAMED":
            skipping = 1
        elif skipping:
            skipping = 0  # the graph's IRI or prefixed name, dropped
        else:
            kept.append(token)
    return "".join(kept)


def uses_word(text: str, word: str) -> bool:
    """Whether ``word`` (a keyword or a built-in function's name) is in the query, outside strings, IRIs and names.

    >>> uses_word("SELECT (BNODE() AS ?b) {}", "bnode"), uses_word("SELECT ?bnode { ?s ex:bnode 'BNODE' }", "bnode")
    (True, False)
    """
    return word.upper() in _words(text)


def _has_node(node: object, names: frozenset[str]) -> bool:
    from rdflib.plugins.sparql.parserutils import CompValue

    if isinstance(node, CompValue):
        return node.name in names or any(_has_node(value, names) for value in node.values())
    if isinstance(node, list | tuple) or type(node).__name__ == "ParseResults":
        return any(_has_node(value, names) for value in cast(Iterable[object], node))
    return False


_POSITION = re.compile(r"^error at (\d+):(\d+): ", re.S)


def syntax_message(query: str, parser_message: str) -> str:
    """The parser's message with its position spelled out and the offending line marked with a caret.

    >>> print(syntax_message("ASK {", "error at 1:6: expected one of \\"}\\""))
    Syntax error in the SPARQL query at line 1, column 6: expected one of "}"
    <BLANKLINE>
    ASK {
         ^
    """
    match = _POSITION.match(parser_message)
    if not match:
        return f"Syntax error in the SPARQL query: {parser_message}"
    line, column = int(match.group(1)), int(match.group(2))
    text = f"Syntax error in the SPARQL query at line {line}, column {column}: {parser_message[match.end():]}"
    lines = query.splitlines()
    if 1 <= line <= len(lines):
        text += f"\n\n{lines[line - 1]}\n{' ' * max(column - 1, 0)}^"
    return text
