"""The representations of a linked-data IRI: ``Link: rel="alternate"`` headers for every offered format, the
suffix URLs, ``Vary`` and ``Content-Location`` when negotiated, caching, ETag and 304, and the 406 answer.

The formats and the choice among them are ``fmkg.formats`` and ``fmkg.web.negotiation``; the bytes are written by
``fmkg.graph.serialize``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from flask import Response, current_app, request
from werkzeug.urls import iri_to_uri

from fmkg.formats import LINKED_DATA, Format
from fmkg.iri import Iris
from fmkg.web.negotiation import choose_format

__all__ = ["Alternate", "alternates", "site_prefixes", "choose", "finish", "not_acceptable"]


def site_prefixes() -> dict[str, str]:
    """The prefix map (``fmkg.vocab``) for the running app's base and vocabulary."""
    return Iris.of(current_app.config["FMKG"]).prefixes()


# --- responses: the same headers on every negotiated page ------------------------------------------------------

@dataclass(frozen=True)
class Alternate:
    label: str
    href: str
    media_type: str


def alternates(path: str, offered: Sequence[Format] = LINKED_DATA) -> list[Alternate]:
    """The suffix URLs of ``path`` (app-relative, e.g. ``/resource/gpt-4``) in every offered format."""
    root = request.script_root
    return [Alternate(f.label, f"{root}{path}.{f.suffix}", f.media_type) for f in offered]


def choose(fmt: Format | None, offered: Sequence[Format] = LINKED_DATA) -> tuple[Format | None, bool]:
    """(format, negotiated): the suffix's format, else the client's preference from ``Accept``."""
    if fmt is not None:
        return fmt, False
    return choose_format(request.headers.get("Accept"), offered), True


def not_acceptable(path: str, offered: Sequence[Format] = LINKED_DATA) -> Response:
    lines = [f"{a.media_type}\t{a.href}" for a in alternates(path, offered)]
    response = Response("406 Not Acceptable: this resource is available as\n" + "\n".join(lines) + "\n", 406,
                        content_type="text/plain; charset=utf-8")
    return finish(response, path, None, True, offered, conditional=False)


def finish(response: Response, path: str, fmt: Format | None, negotiated: bool,
           offered: Sequence[Format] = LINKED_DATA, conditional: bool = True) -> Response:
    """Link alternates, Vary and Content-Location (when negotiated), caching, ETag and 304 (CORS: ``web.cors``)."""
    # Header values are ASCII: an IRI path (``/resource/zürich``) goes into them as a URI (percent-encoded).
    links = [f'<{iri_to_uri(a.href)}>; rel="alternate"; type="{a.media_type}"' for a in alternates(path, offered)
             if fmt is None or a.media_type != fmt.media_type]
    response.headers["Link"] = ", ".join(links)
    if negotiated:
        response.vary.add("Accept")
        if fmt is not None and response.status_code == 200:
            response.headers["Content-Location"] = iri_to_uri(f"{request.script_root}{path}.{fmt.suffix}")
    if conditional and response.status_code == 200:
        response.cache_control.public = True
        response.cache_control.max_age = current_app.config["FMKG"].cache_max_age
        response.add_etag()
        response.make_conditional(request)
    return response
