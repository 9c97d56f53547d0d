"""What every response of the app carries, and what every request must be before a view sees it.

- **Headers**: a strict Content-Security-Policy (scripts, styles, images and fetches from this server only; no
  inline script; no framing), ``X-Content-Type-Options: nosniff``, ``X-Frame-Options: DENY``,
  ``Referrer-Policy: same-origin`` (the query page's URLs hold the query text: other sites do not see them).
- **No server banner**: ``ServerHeaderFilter`` drops any ``Server`` header the app would send; the WSGI server
  must not add its own (``fmkg.server`` switches gunicorn's off; tests check a real ``fmkg serve``).
- **Paths**: a path with a control character or invalid UTF-8 is answered 400 before routing reaches a view;
  the ``iri`` and ``iripath`` URL converters match only segments that make a valid IRI under the base, so a
  view never builds an IRI pyoxigraph refuses (anything else is a 404 from the router).
- **Chunked bodies** (no ``Content-Length``) count towards ``max_body_bytes``: read up to one byte past the
  limit before the view runs; over it, 413. (Werkzeug alone cuts such a body at the limit and goes on.)
- **Errors**: every error, ours or the router's, answers in the format ``Accept`` asks for (``fmkg.web.errors``);
  an unexpected exception is logged and answered with a plain 500, never a traceback.
"""

from __future__ import annotations

import io
import unicodedata
from collections.abc import Callable, Iterable
from typing import Any

from flask import Flask, Response, current_app, request
from werkzeug.exceptions import BadRequest, RequestEntityTooLarge
from werkzeug.routing import BaseConverter, ValidationError

from fmkg.store.access import NamedNode

__all__ = ["CONTENT_SECURITY_POLICY", "ServerHeaderFilter", "IriConverter", "IriPathConverter", "init_app",
           "valid_iri_path", "unsafe_path_reason"]

# The query page's result table (YASR) resizes its columns with a library that adds two fixed <style> elements:
# its grip rules, and a col-resize cursor while a column is dragged. Those two texts are allowed by their hashes,
# nothing else inline (tests/test_web_security.py checks them against the vendored yasr.min.js).
VENDOR_STYLE_HASHES = ("sha256-zCK2EVMoPc04mRF/g5CotUvxbJPWS+8V0b+s9ptqQIk=",
                       "sha256-c0O6TmFAkgpNbHxKAa1BrveWHHopjEtC47i0PzMudxg=")

CONTENT_SECURITY_POLICY = "; ".join((
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self' " + " ".join(f"'{h}'" for h in VENDOR_STYLE_HASHES),
    "img-src 'self' data:",  # data: for the query page's empty favicon and the viewers' inline SVG icons
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
))

SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
}


class ServerHeaderFilter:
    """WSGI middleware: no ``Server`` header leaves the app, whatever a view or library set."""

    def __init__(self, app: Callable[..., Iterable[bytes]]) -> None:
        self.app = app

    def __call__(self, environ: dict[str, Any], start_response: Callable[..., Any]) -> Iterable[bytes]:
        def filtered(status: str, headers: list[tuple[str, str]], exc_info: Any = None) -> Any:
            headers = [(k, v) for k, v in headers if k.lower() != "server"]
            return start_response(status, headers, exc_info) if exc_info else start_response(status, headers)

        return self.app(environ, filtered)


# --- paths -------------------------------------------------------------------------------------------------

def unsafe_path_reason(raw_path: str) -> str | None:
    """Why a WSGI ``PATH_INFO`` (bytes as latin-1 text) cannot be a path of ours, or ``None`` when it can."""
    try:
        path = raw_path.encode("latin-1").decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return "the path is not valid UTF-8"
    for char in path:
        if unicodedata.category(char) in ("Cc", "Cs"):
            return f"the path holds the control character U+{ord(char):04X}"
    return None


def valid_iri_path(segment: str) -> bool:
    """Whether ``segment`` (decoded) may follow a base IRI: pyoxigraph accepts ``http://h/`` + it as an IRI."""
    if not segment or len(segment) > 2000:
        return False
    try:
        NamedNode("http://h/" + segment)
    except ValueError:
        return False
    return True


class IriConverter(BaseConverter):
    """One path segment that makes a valid IRI (``/resource/<iri:name>``); anything else does not match (404)."""

    def to_python(self, value: str) -> str:
        if not valid_iri_path(value):
            raise ValidationError()
        return value


class IriPathConverter(IriConverter):
    """Like ``iri``, over several segments (``/graph/<iripath:name>``)."""

    regex = "[^/].*?"
    part_isolating = False


def _check_request() -> None:
    """400 for a path no IRI can hold; a chunked body read whole, 413 past the limit."""
    reason = unsafe_path_reason(request.environ.get("PATH_INFO", ""))
    if reason:
        raise BadRequest(reason[:1].upper() + reason[1:] + ".")
    _read_chunked_body()


def _read_chunked_body() -> None:
    """A body without Content-Length is read here, at most one byte past the limit; over it: 413.

    Then the request has a Content-Length like any other, so Werkzeug's own limit applies to what follows.
    """
    environ = request.environ
    if "chunked" not in environ.get("HTTP_TRANSFER_ENCODING", "").lower():
        return  # a Content-Length body: Werkzeug checks it against the limit (with chunked it ignores it)
    limit = current_app.config.get("MAX_CONTENT_LENGTH")
    if limit is None:
        return
    stream, body = environ["wsgi.input"], bytearray()
    while len(body) <= limit:
        chunk = stream.read(min(65536, limit + 1 - len(body)))
        if not chunk:
            break
        body += chunk
    if len(body) > limit:
        raise RequestEntityTooLarge()
    environ["wsgi.input"] = io.BytesIO(bytes(body))
    environ["CONTENT_LENGTH"] = str(len(body))
    environ.pop("wsgi.input_terminated", None)
    environ.pop("HTTP_TRANSFER_ENCODING", None)  # the body is no longer chunked: it is these bytes
    request.__dict__.pop("stream", None)  # not read yet; dropped in case something looked at it


def _add_headers(response: Response) -> Response:
    for name, value in SECURITY_HEADERS.items():
        response.headers.setdefault(name, value)
    response.headers.pop("Server", None)
    return response


def init_app(app: Flask) -> None:
    """Converters, the request checks, the headers and the middleware (before the blueprints register)."""
    app.url_map.converters["iri"] = IriConverter
    app.url_map.converters["iripath"] = IriPathConverter
    app.before_request(_check_request)
    app.after_request(_add_headers)
    app.wsgi_app = ServerHeaderFilter(app.wsgi_app)  # type: ignore[method-assign]
