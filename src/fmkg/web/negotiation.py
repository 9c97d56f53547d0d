"""Content negotiation: the ``Accept`` header with q-values (RFC 9110 12.5.1), and the ``format`` parameter.

Each offer is a media type the server can answer with and the format name it stands for; offers are listed in
the server's order of preference, which breaks ties (so ``*/*`` gets the first).

>>> negotiate("application/sparql-results+xml;q=0.5, application/sparql-results+json;q=0.9", RESULT_OFFERS)
'json'
>>> negotiate("text/csv, */*;q=0.1", RESULT_OFFERS)
'csv'
>>> negotiate("text/turtle;q=0.2, application/n-triples", GRAPH_OFFERS)
'ntriples'
>>> negotiate("image/png", GRAPH_OFFERS) is None
True
>>> negotiate(None, GRAPH_OFFERS)
'turtle'
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from fmkg.store.formats import FORMAT_NAMES

__all__ = ["MediaRange", "parse_accept", "negotiate", "RESULT_OFFERS", "GRAPH_OFFERS", "formats_for_parameter"]

Offers = Sequence[tuple[str, str]]

# SELECT and ASK. application/json and application/xml are what generic clients ask for.
RESULT_OFFERS: Offers = (
    ("application/sparql-results+json", "json"), ("application/sparql-results+xml", "xml"),
    ("text/csv", "csv"), ("text/tab-separated-values", "tsv"),
    ("application/json", "json"), ("application/xml", "xml"), ("text/xml", "xml"),
)
# CONSTRUCT and DESCRIBE (and the service description). Turtle first: the default of linked-data publishers.
GRAPH_OFFERS: Offers = (
    ("text/turtle", "turtle"), ("application/n-triples", "ntriples"), ("application/ld+json", "jsonld"),
    ("application/rdf+xml", "rdfxml"), ("application/trig", "trig"), ("application/n-quads", "nquads"),
    ("text/n3", "n3"), ("application/x-turtle", "turtle"), ("application/json", "jsonld"),
    ("application/xml", "rdfxml"), ("text/plain", "ntriples"),
)

@dataclass(frozen=True)
class MediaRange:
    type: str
    subtype: str
    q: float

    def matches(self, media_type: str) -> int:
        """How specifically this range matches ``media_type``: 3 exact, 2 ``type/*``, 1 ``*/*``, 0 not at all."""
        main, _, sub = media_type.partition("/")
        if self.type == "*":
            return 1
        if self.type != main:
            return 0
        if self.subtype == "*":
            return 2
        return 3 if self.subtype == sub else 0


def parse_accept(header: str | None) -> list[MediaRange]:
    """The media ranges of an Accept header; malformed entries are skipped, a missing q is 1."""
    ranges = []
    for item in (header or "").split(","):
        media, *params = [part.strip() for part in item.split(";")]
        main, slash, sub = media.lower().partition("/")
        if not slash or not main or not sub:
            continue
        q = 1.0
        for param in params:
            name, _, value = param.partition("=")
            if name.strip().lower() == "q":
                try:
                    q = min(max(float(value), 0.0), 1.0)
                except ValueError:
                    q = 0.0
        ranges.append(MediaRange(main, sub, q))
    return ranges


def _quality(ranges: Sequence[MediaRange], media_type: str) -> float:
    best, quality = 0, 0.0
    for media_range in ranges:
        specificity = media_range.matches(media_type)
        if specificity > best:
            best, quality = specificity, media_range.q
    return quality


def negotiate(header: str | None, offers: Offers) -> str | None:
    """The format name of the offer the client likes best, or None when it accepts none of them."""
    return _negotiate(header, tuple(offers))


@lru_cache(maxsize=512)  # clients send the same few Accept headers again and again
def _negotiate(header: str | None, offers: tuple[tuple[str, str], ...]) -> str | None:
    ranges = parse_accept(header)
    if not ranges:
        return offers[0][1]
    best, chosen = 0.0, None
    for media_type, name in offers:
        quality = _quality(ranges, media_type)
        if quality > best:
            best, chosen = quality, name
    return chosen


def formats_for_parameter(value: str) -> dict[str, str] | None:
    """The formats a ``format`` parameter asks for: a name (json, turtle, ...) or a media type; None if unknown."""
    value = value.strip().lower()
    if "/" in value:
        return {kind: name for kind, offers in (("solutions", RESULT_OFFERS), ("boolean", RESULT_OFFERS),
                                                ("graph", GRAPH_OFFERS))
                if (name := negotiate(value, offers)) is not None}
    return FORMAT_NAMES.get(value)
