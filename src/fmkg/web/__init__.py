"""The web application: ``create_app(config)`` registers one blueprint per concern.

- ``sparql``: the SPARQL 1.1 Protocol endpoint at ``/sparql`` and ``/health``
- ``linked_data``: ``/resource/{slug}``, ``/document/{doc-id}``, ``/ontology`` and friends
- ``dumps``: ``/dumps/...`` and ``/.well-known/void``
- ``ui``: the query page at ``/``
- ``introspection``: ``/-/versions`` and ``/-/settings`` for operators

and, for all of them, ``security`` (headers, path and body checks), ``cors`` (one hook) and ``errors`` (one error
builder, ``error_response``: errors in the format asked for). Every blueprint reads the store through
``store_access.get_store`` (``fmkg.store.access``).
"""

from __future__ import annotations

from typing import Any

from flask import Flask

from fmkg.config import Settings


def create_app(config: dict[str, Any] | None = None) -> Flask:
    """Build the app: defaults and ``FMKG_*`` variables, then ``config`` (a test passes its own)."""
    app = Flask(__name__)
    overrides = {k.lower(): v for k, v in (config or {}).items() if k.isupper() and k.startswith("FMKG_")}
    overrides = {k.removeprefix("fmkg_"): v for k, v in overrides.items()}
    settings = Settings.from_env(**overrides)
    app.config["FMKG"] = settings
    app.config.update({k: v for k, v in (config or {}).items() if not k.startswith("FMKG_")})
    app.config["MAX_CONTENT_LENGTH"] = settings.max_body_bytes

    from fmkg.web import cors, dumps, errors, introspection, linked_data, search, security, sparql, ui

    for module in (security, cors, errors, sparql, linked_data, search, dumps, ui, introspection):
        module.init_app(app)
    return app
