"""CORS, for the whole app in one hook: any origin may read any response (the data is public, the app read-only)."""

from __future__ import annotations

from flask import Flask, Response, request

__all__ = ["init_app", "add_cors_headers"]

ALLOW = "GET, HEAD, POST, OPTIONS"
# The request headers the app reads: a preflight allows these, whatever else it asks for.
REQUEST_HEADERS = "Accept, Content-Type, If-None-Match, If-Modified-Since, Range"
# The response headers a script may read: negotiation (Link, Content-Location), caching (ETag), the rest.
EXPOSED_HEADERS = "Content-Length, Content-Type, Link, Allow, Content-Location, ETag"


def add_cors_headers(response: Response) -> Response:
    headers = response.headers
    headers.setdefault("Access-Control-Allow-Origin", "*")
    if request.method == "OPTIONS":
        headers.setdefault("Access-Control-Allow-Methods", headers.get("Allow") or ALLOW)
        headers.setdefault("Access-Control-Allow-Headers", REQUEST_HEADERS)
        headers.setdefault("Access-Control-Max-Age", "86400")
    else:
        headers.setdefault("Access-Control-Expose-Headers", EXPOSED_HEADERS)
    return response


def init_app(app: Flask) -> None:
    """CORS headers on every response of the app, errors included."""
    app.after_request(add_cors_headers)
