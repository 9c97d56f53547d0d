"""Query results as an aligned text table, for a person at a terminal (``fmkg query --format table``).

Terms are written as in Turtle, shortened with the query's own prefixes and fmkg's: ``fmr:gpt-4o``,
``"GPT-4o"@en``, ``42``, ``true``. Long values are cut at ``MAX_CELL`` characters with ``…``; use another format
for the full values.

>>> from fmkg.vocab import prefixes
>>> print(render_table("solutions", b'?m\\t?l\\n<https://w3id.org/fmkg/resource/gpt-4o>\\t"GPT-4o"@en\\n',
...                    prefixes()))
m           l
----------  -----------
fmr:gpt-4o  "GPT-4o"@en
(1 row)
"""

from __future__ import annotations

import json
import re

import pyoxigraph as ox

from fmkg.vocab import XSD

__all__ = ["render_table", "term_text", "query_prefixes", "MAX_CELL"]

MAX_CELL = 80
_BARE = {XSD + "integer", XSD + "decimal", XSD + "boolean"}  # written bare in Turtle
_PREFIX = re.compile(r"PREFIX\s+([A-Za-z][\w.-]*)?:\s*<([^>\s]*)>", re.I)
_LOCAL = re.compile(r"^[\w][\w.-]*(?<!\.)$")


def query_prefixes(query: str) -> dict[str, str]:
    """The PREFIX declarations of a query (the empty prefix is left out: ``:x`` reads badly in a table)."""
    return {name: iri for name, iri in _PREFIX.findall(query) if name}


def _iri(iri: str, prefixes: dict[str, str]) -> str:
    for name, namespace in sorted(prefixes.items(), key=lambda item: -len(item[1])):
        local = iri[len(namespace):]
        if iri.startswith(namespace) and (local == "" or _LOCAL.match(local)):
            return f"{name}:{local}"
    return f"<{iri}>"


def term_text(term: object, prefixes: dict[str, str]) -> str:
    """One RDF term as in Turtle, shortened by ``prefixes``; an unbound value is empty."""
    if term is None:
        return ""
    if isinstance(term, ox.NamedNode):
        return _iri(term.value, prefixes)
    if isinstance(term, ox.BlankNode):
        return f"_:{term.value}"
    if isinstance(term, ox.Literal):
        text = json.dumps(term.value, ensure_ascii=False)
        if term.language:
            return f"{text}@{term.language}"
        datatype = term.datatype.value
        if datatype in _BARE:
            return term.value
        return text if datatype == XSD + "string" else f"{text}^^{_iri(datatype, prefixes)}"
    return str(term)


def _cut(text: str) -> str:
    return text if len(text) <= MAX_CELL else text[:MAX_CELL - 1] + "…"


def _aligned(header: list[str], rows: list[list[str]]) -> str:
    widths = [max([len(h), *(len(r[i]) for r in rows)]) for i, h in enumerate(header)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip() for row in rows]
    lines.append(f"({len(rows)} row{'' if len(rows) == 1 else 's'})")
    return "\n".join(lines)


def render_table(kind: str, body: bytes, prefixes: dict[str, str]) -> str:
    """``body`` is TSV (SELECT), SPARQL JSON (ASK) or N-Triples (CONSTRUCT, DESCRIBE), as ``fmkg query`` asks."""
    if kind == "boolean":
        return "true" if json.loads(body)["boolean"] else "false"
    if kind == "graph":
        header = ["subject", "predicate", "object"]
        triples = ox.parse(body, format=ox.RdfFormat.N_TRIPLES)
        rows = [[_cut(term_text(t, prefixes)) for t in (q.subject, q.predicate, q.object)] for q in triples]
        return _aligned(header, rows)
    solutions = ox.parse_query_results(body, format=ox.QueryResultsFormat.TSV)
    assert isinstance(solutions, ox.QuerySolutions)  # TSV carries solutions only
    header = [v.value for v in solutions.variables]
    rows = [[_cut(term_text(row[v], prefixes)) for v in solutions.variables] for row in solutions]
    return _aligned(header, rows)
