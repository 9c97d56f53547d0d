"""The fmkg app for server comparisons (bench/servers.py): settings from FMKG_* variables, plus an empty route.

``/-/bench-empty`` answers a fixed byte string with no store access: the cost of the server and Flask alone.
"""

from __future__ import annotations

from flask import Response

from fmkg.web import create_app

app = create_app()


@app.get("/-/bench-empty")
def _empty() -> Response:
    return Response(b"ok\n", content_type="text/plain")


def front():
    """The same app behind fmkg's front, as ``fmkg serve`` runs it (granian --interface rsgi --factory)."""
    from fmkg.config import Settings
    from fmkg.front import Front

    settings = Settings.from_env()
    return Front(app, settings.threads, settings.body_timeout, settings.send_timeout, settings.max_body_bytes)
