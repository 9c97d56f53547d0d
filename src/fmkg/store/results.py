"""Query results written by the engine, in a format of the registry (``fmkg.formats``).

>>> ask_table(True, "tsv")
b'?_askResult\\ntrue\\n'
"""

from __future__ import annotations

from typing import Any, Protocol

import pyoxigraph as ox

from fmkg.formats import by_name

__all__ = ["kind_of", "write_results", "ask_table"]


def kind_of(results: object) -> str:
    """The kind of a pyoxigraph query result: ``solutions``, ``boolean`` or ``graph``."""
    if isinstance(results, ox.QuerySolutions):
        return "solutions"
    if isinstance(results, ox.QueryBoolean):
        return "boolean"
    return "graph"


class Writer(Protocol):
    """Where a result is written: a binary file, or the executor's chunking pipe writer."""

    def write(self, data: bytes) -> int: ...


def write_results(results: Any, name: str, output: Writer) -> None:
    """Serialize a pyoxigraph result in format ``name`` into the binary writer ``output``."""
    if isinstance(results, ox.QueryBoolean) and name in ("csv", "tsv"):
        output.write(ask_table(bool(results), name))
        return
    results.serialize(output, format=by_name(name).engine)


def ask_table(value: bool, name: str) -> bytes:
    """An ASK result as CSV or TSV: the formats define none, so a one-cell table, as Jena writes it."""
    word = b"true" if value else b"false"
    if name == "csv":
        return b"_askResult\r\n" + word + b"\r\n"
    return b"?_askResult\n" + word + b"\n"
