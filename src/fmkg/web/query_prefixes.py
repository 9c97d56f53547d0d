"""Predeclared prefixes and the unknown-prefix message of the SPARQL endpoint.

A query may use the common prefixes (``rdf:``, ``rdfs:``, ``owl:``, ``xsd:``, ``skos:``, ``dcterms:``...) and
fmkg's own (``fm:``, ``fmr:``, ``fmd:``, ``fmg:``, ``fms:``) without declaring them: ``with_prologue`` puts a
``PREFIX`` line in front for each one the query uses and does not declare itself. A SPARQL prologue may hold any
number of declarations before the query's own (``BASE`` included), and a query's own declaration of the same
name always wins, so a query that declares everything means what it meant before.

Error positions count the query as sent: ``shift_position`` takes the added lines back out of the parser's
message, and ``unknown_prefix`` turns oxigraph's "expected one of Prefix not found, ['%'], ..." into a sentence
that names the prefix, where it is used, and the line to add.

>>> text, added = with_prologue("SELECT * { ?s rdfs:label ?o }", {"rdfs": "http://www.w3.org/2000/01/rdf-schema#"})
>>> added, text.splitlines()[0]
(1, 'PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>')
>>> with_prologue("PREFIX rdfs: <x:> SELECT * { ?s rdfs:label ?o }", {"rdfs": "y:"})[1]
0
>>> shift_position("error at 3:5: expected", 1)
'error at 2:5: expected'
"""

from __future__ import annotations

import re

from fmkg.store.querytext import syntax_message

__all__ = ["with_prologue", "shift_position", "unknown_prefix", "query_error_message"]

_DECLARED = re.compile(r"\bPREFIX\s+([A-Za-z][\w.-]*)?\s*:", re.IGNORECASE)
_POSITION = re.compile(r"^error at (\d+):(\d+)")
_PREFIXED_END = re.compile(r"([A-Za-z][\w.-]*)?:[\w.%\\-]*$")
_STRINGS_AND_COMMENTS = re.compile(r'"""[\s\S]*?"""|\'\'\'[\s\S]*?\'\'\'|"(?:[^"\\\n]|\\.)*"|\'(?:[^\'\\\n]|\\.)*\''
                                   r"|<[^<>\"{}|^`\\\s]*>|#[^\n]*")


def _used(query: str) -> set[str]:
    """Prefix names the query writes outside strings, IRIs and comments (a superset is harmless)."""
    bare = _STRINGS_AND_COMMENTS.sub(" ", query)
    return set(re.findall(r"(?<![\w?$:.-])([A-Za-z][\w.-]*)?:", bare))


def with_prologue(query: str, prefixes: dict[str, str]) -> tuple[str, int]:
    """(query with PREFIX lines for the known prefixes it uses and does not declare, lines added)."""
    declared = {m.group(1) or "" for m in _DECLARED.finditer(query)}
    wanted = [name for name in sorted(_used(query) - declared) if name in prefixes]
    if not wanted:
        return query, 0
    lines = [f"PREFIX {name}: <{prefixes[name]}>" for name in wanted]
    return "\n".join(lines) + "\n" + query, len(lines)


def shift_position(parser_message: str, lines: int) -> str:
    """The parser's ``error at L:C`` with the ``lines`` added in front taken back out."""
    match = _POSITION.match(parser_message)
    if not match or not lines:
        return parser_message
    line = max(int(match.group(1)) - lines, 1)
    return f"error at {line}:{match.group(2)}" + parser_message[match.end():]


def unknown_prefix(query: str, parser_message: str, prefixes: dict[str, str]) -> str | None:
    """The message for an undeclared prefix, at the prefixed name's first character; None for other errors."""
    match = _POSITION.match(parser_message)
    if not match or "Prefix not found" not in parser_message:
        return None
    line, column = int(match.group(1)), int(match.group(2))
    lines = query.splitlines()
    if not 1 <= line <= len(lines):
        return None
    before = lines[line - 1][:max(column - 1, 0)]
    name_match = _PREFIXED_END.search(before)
    if not name_match:
        return None
    name = name_match.group(1) or ""
    start = name_match.start() + 1
    namespace = prefixes.get(name)
    hint = f"PREFIX {name}: <{namespace}>" if namespace else f"PREFIX {name}: <...>"
    known = ", ".join(f"{p}:" for p in sorted(prefixes))
    return (f"Unknown prefix `{name}:` at line {line}, column {start}: add `{hint}` at the top of the query. "
            f"Predeclared here: {known}\n\n{lines[line - 1]}\n{' ' * (start - 1)}^")


def query_error_message(query: str, parser_message: str, added_lines: int, prefixes: dict[str, str]) -> str:
    """The 400 text for a syntax error of ``query`` (as sent), given the parser's message on the prologued one."""
    message = shift_position(parser_message, added_lines)
    return unknown_prefix(query, message, prefixes) or syntax_message(query, message)
