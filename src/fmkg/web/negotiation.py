"""Content negotiation, for every route: the ``Accept`` header with q-values (RFC 9110 12.5.1), suffix URLs
and the ``format`` parameter, over the formats of the registry (``fmkg.formats``).

Each offer is a media type the server can answer with and the format name it stands for; offers are listed in
the server's order of preference, which breaks ties (so ``*/*`` gets the first). A format's aliases are offered
after every format's own type, so ``application/xml;q=0.9`` in a browser's header never beats ``text/html``.

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
>>> choose_format("text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8").name
'html'
>>> choose_format("text/n3").name, negotiate("text/n3", GRAPH_OFFERS)
('n3', 'n3')
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from fmkg.formats import HTML, LINKED_DATA, Format, by_suffix, for_kind, for_parameter, offers

__all__ = ["MediaRange", "parse_accept", "negotiate", "RESULT_OFFERS", "GRAPH_OFFERS", "OFFERS", "HTML_OFFERS",
           "formats_for_parameter", "choose_format", "split_suffix"]

Offers = Sequence[tuple[str, str]]

# SELECT and ASK; CONSTRUCT and DESCRIBE (and the service description), Turtle first.
RESULT_OFFERS: Offers = offers(for_kind("solutions"))
GRAPH_OFFERS: Offers = offers(for_kind("graph"))
OFFERS: dict[str, Offers] = {kind: offers(for_kind(kind)) for kind in ("solutions", "boolean", "graph")}
HTML_OFFERS: Offers = offers((HTML,))

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
    return for_parameter(value)


def choose_format(accept: str | None, offered: Sequence[Format] = LINKED_DATA) -> Format | None:
    """The offered format the client prefers (q-values; the offered order breaks ties), None if none is acceptable."""
    name = negotiate(accept, offers(offered))
    return next((f for f in offered if f.name == name), None)


def split_suffix(name: str, offered: Sequence[Format] = LINKED_DATA) -> tuple[str, Format | None]:
    """``gpt-4.ttl`` -> (``gpt-4``, Turtle); a name without a known suffix is returned whole."""
    stem, dot, suffix = name.rpartition(".")
    fmt = by_suffix(suffix, offered) if dot else None
    return (stem, fmt) if fmt and stem else (name, None)
