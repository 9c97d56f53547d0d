"""Errors as the client asked for them, and messages that show no more of the machine than needed.

``error_response(status, message)`` answers in the format ``Accept`` prefers: an HTML page, JSON, plain text,
or an RDF syntax (an empty graph, with the message as a comment where the syntax has comments), as the
linked-data 404s do. ``init_app`` makes it the answer to every HTTP error the router or a view raises that no
blueprint handles itself, to a store that is missing or cannot be read (503), and to any unexpected exception
(500, logged with its traceback on the server, none in the response).

``public_text`` rewrites absolute file paths in a message: relative to the project directory (the working
directory of ``fmkg serve``) when they are inside it, else only their last part.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from flask import Flask, Response, current_app, render_template, request
from flask.typing import ResponseReturnValue
from werkzeug.exceptions import HTTPException, NotFound
from werkzeug.http import HTTP_STATUS_CODES

from fmkg.formats import LINKED_DATA, by_name, offers
from fmkg.graph.serialize import serialize
from fmkg.store import StoreMissing, store_failure
from fmkg.store.executor import QueryError, StoreUnavailable
from fmkg.web.negotiation import HTML_OFFERS, negotiate

__all__ = ["error_response", "plain_error", "public_text", "public_path", "init_app"]

# An error in the format asked for: a page, plain text, JSON, or an empty graph in an RDF syntax of the registry.
_OFFERS = (*HTML_OFFERS, ("text/plain", "text"), ("application/json", "json"), ("application/problem+json", "json"),
           ("application/sparql-results+json", "json"), *offers(LINKED_DATA[1:]))
_ABSOLUTE_PATH = re.compile(r"(?<![\w:/.~-])/[^\s'\"<>`]+")


def public_path(path: Path | str, root: Path | None = None) -> str:
    """``path`` as a public message shows it: relative to ``root`` (the working directory) when inside it."""
    path = Path(path)
    if not path.is_absolute():
        return str(path)
    root = (root or Path.cwd()).resolve()
    try:
        return str(path.resolve().relative_to(root)) or "."
    except ValueError:
        return "…/" + path.name


def public_text(text: str, root: Path | None = None) -> str:
    """Every absolute file path in ``text`` made public (``public_path``); URL paths and the rest unchanged."""

    def replace(match: re.Match[str]) -> str:
        token = match.group(0)
        tail = re.search(r"[.,;:)\]]+$", token)
        core = token[:tail.start()] if tail else token
        first = core.split("/")[1] if core.count("/") >= 2 else ""
        if not first or not os.path.isdir("/" + first):  # /sparql, /resource/x: not a file path
            return token
        return public_path(core, root) + (tail.group(0) if tail else "")

    return _ABSOLUTE_PATH.sub(replace, text)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def plain_error(status: int, message: str, headers: dict[str, str] | None = None, titled: bool = False) -> Response:
    """An error as plain text whatever the client accepts: the SPARQL protocol's errors, the dumps'.

    ``titled`` starts the line with the status (``404 Not Found: ...``).
    """
    title = f"{status} {HTTP_STATUS_CODES.get(status, 'Error')}: " if titled else ""
    response = Response(title + message.rstrip("\n") + "\n", status, content_type="text/plain; charset=utf-8")
    response.headers.update(headers or {})
    response.headers["Cache-Control"] = "no-store"
    return response


def error_response(status: int, message: str, headers: dict[str, str] | None = None) -> Response:
    """``status`` with ``message`` in the format the request's ``Accept`` prefers (plain text when none fits)."""
    title = f"{status} {HTTP_STATUS_CODES.get(status, 'Error')}"
    message = public_text(message)
    body: str | bytes
    name = negotiate(request.headers.get("Accept"), _OFFERS) or "text"
    if name == "html":
        try:
            body = render_template("error.html", title=title, message=message, nav="")
            content_type = "text/html; charset=utf-8"
        except Exception:  # noqa: BLE001 - the page itself failed: say it in plain text
            current_app.logger.exception("the error page could not be rendered")
            name = "text"
    if name == "text":
        body, content_type = f"{title}: {message}\n", "text/plain; charset=utf-8"
    elif name == "json":
        body, content_type = json.dumps({"status": status, "error": message}) + "\n", "application/json"
    elif name != "html":
        fmt = by_name(name)
        body = serialize([], fmt, {})
        if fmt.comments:
            body = f"# {title}: {_one_line(message)}\n".encode() + body
        content_type = fmt.content_type
    response = Response(body, status, content_type=content_type)
    response.headers.update(headers or {})
    response.vary.add("Accept")
    response.headers.setdefault("Cache-Control", "no-store")
    return response


def _http_error(error: HTTPException) -> ResponseReturnValue:
    if error.response is not None:
        return error.response
    status = error.code or 500
    headers = {k: v for k, v in error.get_headers() if k.lower() != "content-type"}
    description = error.description or HTTP_STATUS_CODES.get(status, "")
    if isinstance(error, NotFound) and description == NotFound.description:
        description = "fmkg has nothing at this address. The query page is at / and the ontology at /ontology."
    return error_response(status, description, headers)


def _unexpected(error: Exception) -> ResponseReturnValue:
    if isinstance(error, HTTPException):
        return _http_error(error)
    if isinstance(error, QueryError):  # a page's read stopped by its time limit, no engine free, none reachable
        current_app.logger.warning("store read failed on %s: %s", request.path, error)
        headers = {"Retry-After": str(getattr(error, "retry_after", 5))}
        what = "is not available" if isinstance(error, StoreUnavailable) else "did not answer in time"
        return error_response(503, f"The store {what}: {error}. Retry later.", headers)
    if isinstance(error, StoreMissing) or store_failure(error):
        current_app.logger.warning("store unavailable on %s: %s", request.path, error)
        reason = str(error) if isinstance(error, StoreMissing) else f"the store cannot be read ({error})"
        return error_response(503, f"{reason}. The operator can rebuild it with `fmkg build`.",
                              {"Retry-After": "60"})
    current_app.logger.exception("unexpected error on %s %s", request.method, request.path)
    return error_response(500, "An unexpected error occurred; it has been logged for the operators.")


def init_app(app: Flask) -> None:
    """Every error the blueprints do not answer themselves goes through ``error_response``."""
    app.register_error_handler(HTTPException, _http_error)
    app.register_error_handler(Exception, _unexpected)
