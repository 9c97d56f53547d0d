"""Canned queries: the ``.rq`` files of the ``queries/`` directory, each opening with a comment header.

A canned query is data, not code: adding a file adds an example to the query page and to ``/queries.json``.
The header is the run of ``#`` comment lines at the top of the file; ``# key: value`` starts a field and
further comment lines continue it::

    # title: Models of each provider
    # description: Every foundation model with the organization that
    #   develops it, as the documents say.
    # shows: a join, OPTIONAL, ORDER BY
    PREFIX fm: <https://w3id.org/fmkg/ontology#>
    SELECT ...

>>> q = parse_query("demo", "# title: Demo\\n# description: One\\n#   two.\\nSELECT * WHERE { ?s ?p ?o }\\n")
>>> (q.title, q.description, q.kind)
('Demo', 'One two.', 'SELECT')
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

__all__ = ["CannedQuery", "QueryFileError", "load_queries", "parse_query", "query_kind"]

# A field starts right after "# "; an indented line ("#   skos:exactMatch...") continues the previous field,
# even when it begins like one (the description of 11-wikidata-links was cut at "(owl:sameAs,").
_FIELD = re.compile(r"^# ?([A-Za-z][\w-]*)\s*:\s?(.*)$")
_REQUIRED = ("title", "description", "shows")
# The first keyword after the prologue decides the form; comments and IRIs are removed first so that a
# "select" inside a comment or an IRI does not count.
_KIND = re.compile(r"\b(SELECT|CONSTRUCT|DESCRIBE|ASK)\b", re.IGNORECASE)


class QueryFileError(ValueError):
    """A canned query file lacks its header or a required field."""


@dataclass(frozen=True)
class CannedQuery:
    """One canned query: ``slug`` is the file name without ``.rq``; ``text`` the whole file, header included."""

    slug: str
    title: str
    description: str
    shows: str
    text: str
    kind: str

    def as_json(self) -> dict[str, Any]:
        return asdict(self)


def query_kind(text: str) -> str:
    """SELECT, CONSTRUCT, DESCRIBE or ASK: the query form of ``text``.

    >>> query_kind("PREFIX s: <http://e/select#> # select\\nASK { ?s ?p ?o }")
    'ASK'
    """
    stripped = re.sub(r"<[^>\s]*>", "<>", text)
    stripped = re.sub(r"#[^\n]*", "", stripped)
    match = _KIND.search(stripped)
    return match.group(1).upper() if match else "SELECT"


def parse_query(slug: str, text: str) -> CannedQuery:
    """Read the header fields of one query file (raises ``QueryFileError`` if a required one is missing)."""
    fields: dict[str, str] = {}
    current: str | None = None
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped.startswith("#"):
            break
        match = _FIELD.match(stripped)
        if match and (current is None or match.group(1).lower() in _REQUIRED) and match.group(1).lower() not in fields:
            current = match.group(1).lower()
            fields[current] = match.group(2).strip()
        elif current is not None and stripped.lstrip("#").strip():
            fields[current] = (fields[current] + " " + stripped.lstrip("#").strip()).strip()
    missing = [name for name in _REQUIRED if not fields.get(name)]
    if "title" in missing:
        raise QueryFileError(f"{slug}.rq: the header has no '# title:' line")
    for name in missing:
        fields[name] = ""
    return CannedQuery(slug=slug, title=fields["title"], description=fields["description"],
                       shows=fields["shows"], text=text, kind=query_kind(text))


def load_queries(directory: Path | str) -> list[CannedQuery]:
    """Every ``*.rq`` file of ``directory``, in file-name order (an absent directory gives no queries)."""
    directory = Path(directory)
    if not directory.is_dir():
        return []
    return [parse_query(path.stem, path.read_text(encoding="utf-8")) for path in sorted(directory.glob("*.rq"))]
