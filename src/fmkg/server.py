"""``fmkg serve``: the web application under gunicorn, a production WSGI server.

The master process loads the app once (``preload_app``) and forks the workers; each worker runs ``threads``
request threads (gunicorn's ``gthread`` worker, which keeps connections alive) and, on first use, one query
executor process per thread (``fmkg.store.executor``) that opens the store read-only. Nothing opens the store in
the master. SIGTERM stops gracefully (requests in flight finish), SIGINT at once.
"""

from __future__ import annotations

import dataclasses
import shutil
import sys
import tempfile
from typing import Any

from gunicorn.app.base import BaseApplication

from fmkg.config import Settings

__all__ = ["FmkgServer", "gunicorn_options", "serve"]


def gunicorn_options(settings: Settings) -> dict[str, Any]:
    """gunicorn's settings for ours; the server-side limits follow the query time limit."""
    host = f"[{settings.host}]" if ":" in settings.host else settings.host
    slowest = max(settings.query_timeout, 0) or 300.0  # no query limit: still let a worker be seen as hung
    access_log = None if settings.access_log.lower() in ("", "none", "off") else settings.access_log
    return {
        "bind": f"{host}:{settings.port}",
        "workers": settings.workers,
        "worker_class": "gthread",
        "threads": settings.threads,
        "timeout": int(slowest + 30),  # a worker silent this long is restarted; gthread beats independently
        "graceful_timeout": int(slowest + 5),  # on SIGTERM, time for requests in flight to finish
        "keepalive": 5,
        "limit_request_line": 8190,  # gunicorn's maximum: long GET queries; longer ones go by POST
        "preload_app": True,
        "accesslog": access_log,
        "errorlog": "-",
        "proc_name": "fmkg",
        "control_socket_disable": True,  # no runtime control socket in $HOME (gunicorn 25+)
        "worker_exit": _worker_exit,
    }


def _worker_exit(server: Any, worker: Any) -> None:
    """Stop this worker's executor processes with it."""
    from fmkg.web.sparql import close_executors

    app = getattr(worker, "wsgi", None)
    if app is not None and hasattr(app, "extensions"):
        close_executors(app)


class FmkgServer(BaseApplication):
    """gunicorn driven from Python, with our options and no command line of its own."""

    def __init__(self, settings: Settings, options: dict[str, Any] | None = None) -> None:
        self.settings = settings
        self.options = {**gunicorn_options(settings), **(options or {})}
        super().__init__()

    def load_config(self) -> None:
        for key, value in self.options.items():
            if key in self.cfg.settings and value is not None:
                self.cfg.set(key, value)

    def load(self) -> Any:
        from fmkg.web import create_app

        config = {f"FMKG_{f.name.upper()}": getattr(self.settings, f.name) for f in dataclasses.fields(Settings)}
        return create_app(config)


def serve(settings: Settings) -> int:
    """Run the server until it is stopped; the exit status."""
    from fmkg.store import sandbox

    problem = sandbox.probe()
    if problem:
        print(f"fmkg serve: warning: query processes cannot be kept off the network on this machine ({problem});"
              " SERVICE is still refused when a query is read, but there is no second line of defence",
              file=sys.stderr)
    if settings.threads <= settings.query_processes + settings.query_queue:
        print(f"fmkg serve: warning: {settings.threads} threads per worker leave no lane for pages and /health "
              f"beside {settings.query_processes} query processes and a queue of {settings.query_queue}: "
              "raise FMKG_THREADS", file=sys.stderr)
    made_runtime = not settings.runtime_dir
    if made_runtime:
        settings = dataclasses.replace(settings, runtime_dir=tempfile.mkdtemp(prefix="fmkg-serve-"))
    try:
        return _serve(settings)
    finally:
        if made_runtime:
            shutil.rmtree(settings.runtime_dir, ignore_errors=True)


def _serve(settings: Settings) -> int:
    if not (settings.store / "CURRENT").exists():
        print(f"fmkg serve: warning: no store at {settings.store} yet (run `fmkg build`); /sparql answers 503 "
              "until there is one", file=sys.stderr)
    print(f"fmkg serve: http://{settings.host}:{settings.port}/ (store {settings.store}, "
          f"{settings.workers} workers x {settings.threads} threads)", file=sys.stderr, flush=True)
    FmkgServer(settings).run()
    return 0
