"""What a SPARQL request is, read from its text without a full parse.

pyoxigraph parses the query itself; this lexer only answers the questions that must be settled before the
query reaches the engine: is it an update (refused on a read-only endpoint), does it declare its own dataset
with ``FROM`` (then the union default graph must not override it), and does it call ``SERVICE`` (refused: the
engine would fetch from any URL the query names). Strings, IRIs, comments, variables and prefixed names are
skipped, so ``?from``, ``ex:service`` or ``"FROM"`` never count.

>>> facts("PREFIX ex: <http://ex/> SELECT ?from WHERE { ?from ex:service 'FROM' }")
QueryFacts(form='SELECT', declares_dataset=False, uses_service=False)
>>> facts("# a comment\\nINSERT DATA { <a> <b> <c> }").is_update
True
>>> facts("SELECT * FROM NAMED <http://g> { GRAPH ?g { ?s ?p ?o } }").declares_dataset
True
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["QueryFacts", "facts", "syntax_message", "UPDATE_KEYWORDS"]

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
    """The first keyword after the prologue and the two keywords that change how the query is run."""

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
