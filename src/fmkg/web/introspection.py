"""Introspection pages for operators (as Datasette has): what is running, and with which settings.

``/-/versions`` lists fmkg and the libraries it runs on; ``/-/settings`` the settings in force, each with its
environment variable and meaning. Both are JSON.
"""

from __future__ import annotations

import platform
from dataclasses import fields
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path

from flask import Blueprint, Flask, Response, current_app, jsonify

from fmkg.config import redact
from fmkg.web.errors import public_path

bp = Blueprint("introspection", __name__)

_LIBRARIES = ("pyoxigraph", "rdflib", "oxrdflib", "pyshacl", "owlrl", "flask", "werkzeug", "jinja2", "granian")


def _version(name: str) -> str | None:
    try:
        return version(name)
    except PackageNotFoundError:
        return None


@bp.get("/-/versions")
def versions() -> Response:
    return jsonify({"fmkg": _version("fmkg"), "python": platform.python_version(),
                    "libraries": {name: _version(name) for name in _LIBRARIES}})


@bp.get("/-/settings")
def settings() -> Response:
    current = current_app.config["FMKG"]
    return jsonify({f.name: {"value": _json_value(getattr(current, f.name)), "variable": f.metadata["env"],
                             "meaning": f.metadata["doc"]} for f in fields(current)})


def _json_value(value: object) -> object:
    if isinstance(value, Path):
        return public_path(value)  # relative to the project: the page shows no more of the machine
    if isinstance(value, str):
        return redact(value)  # a remote store's URL may carry the password it writes with
    return value if isinstance(value, int | float) else str(value)


def init_app(app: Flask) -> None:
    """Register ``/-/versions`` and ``/-/settings``."""
    app.register_blueprint(bp)
