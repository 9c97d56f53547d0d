"""``fmkg serve``: the web application behind granian, an event-driven HTTP server written in Rust.

granian runs ``workers`` processes; each reads requests on its event loop (headers with ``header_timeout``,
then the body and the response through ``fmkg.front``, on granian's own interface RSGI, with ``body_timeout``
and ``send_timeout``) and runs the Flask app on ``threads`` threads, so slow clients hold no thread. Each worker
starts, on first use, its query executor processes (``fmkg.store.executor``), which open the store read-only and
sandbox themselves; nothing opens the store in the master. SIGTERM and SIGINT stop gracefully (requests in flight
get ``query_timeout`` + 5 s).

Chosen over gunicorn's ``gthread`` workers (measured in ``bench/servers.py``, figures in the README): there a
request takes a thread before its headers are read, so 200 connections sending a header line every few seconds
left nothing answered; under granian they cost a socket each, and an empty route is about twice as fast.
"""

from __future__ import annotations

import dataclasses
import os
import shutil
import sys
import tempfile
from typing import Any

from fmkg.config import Settings
from fmkg.store.access import describe_location, startup_problem

__all__ = ["granian_options", "serve"]


def granian_options(settings: Settings) -> dict[str, Any]:
    """granian's settings for ours (arguments of ``granian.Granian``)."""
    from granian.constants import HTTPModes, Interfaces, Loops, RuntimeModes
    from granian.http import HTTP1Settings

    slowest = max(settings.query_timeout, 0) or 300.0
    access_log = settings.access_log.lower() not in ("", "none", "off")
    return {
        "target": "fmkg.front:create",
        "factory": True,
        "address": settings.host,
        "port": settings.port,
        "interface": Interfaces.RSGI,
        "workers": settings.workers,
        "runtime_threads": 1,
        "runtime_mode": RuntimeModes.st,  # one I/O thread per worker: measured faster on 2 cores
        "loop": Loops.uvloop,  # a third more requests/s than asyncio's loop on an empty route
        "http": HTTPModes.http1,
        "websockets": False,  # no route of ours upgrades; granian answers an upgrade request as plain HTTP
        "http1_settings": HTTP1Settings(header_read_timeout=max(int(settings.header_timeout * 1000), 1),
                                        keep_alive=True, max_buffer_size=max(settings.max_header_bytes, 8192)),
        "backlog": 1024,
        "log_access": access_log,
        "log_dictconfig": _log_config(settings.access_log) if access_log else None,
        "workers_kill_timeout": int(slowest + 5),
        "respawn_failed_workers": True,
    }


def _log_config(target: str) -> dict[str, Any] | None:
    """Access log to stdout (``-``) or to a file."""
    if target == "-":
        return None
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"plain": {"format": "%(message)s"}},
        "handlers": {"access": {"class": "logging.FileHandler", "filename": target, "formatter": "plain"}},
        "loggers": {"granian.access": {"handlers": ["access"], "level": "INFO", "propagate": False}},
    }


def _export(settings: Settings) -> None:
    """The settings as ``FMKG_*`` variables: the workers build their app from them.

    ``store`` and ``store_url`` share FMKG_STORE: an empty one does not overwrite the other."""
    exported = set()
    for f in dataclasses.fields(Settings):
        name, value = f.metadata["env"], str(getattr(settings, f.name))
        if value or name not in exported:
            os.environ[name] = value
            exported.add(name)


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
    if problem := startup_problem(settings):
        print(f"fmkg serve: warning: {problem}", file=sys.stderr)
    made_runtime = not settings.runtime_dir
    if made_runtime:
        settings = dataclasses.replace(settings, runtime_dir=tempfile.mkdtemp(prefix="fmkg-serve-"))
    host = f"[{settings.host}]" if ":" in settings.host else settings.host
    print(f"fmkg serve: http://{host}:{settings.port}/ (store {describe_location(settings)}, "
          f"{settings.workers} workers x {settings.threads} threads)", file=sys.stderr, flush=True)
    try:
        from granian import Granian

        _export(settings)
        Granian(**granian_options(settings)).serve()
    finally:
        if made_runtime:
            shutil.rmtree(settings.runtime_dir, ignore_errors=True)
    return 0
