"""Test helpers: a store built from a fixture file, and a real ``fmkg serve`` process on a free port.

The store is the embedded on-disk store, or, with ``FMKG_TEST_ENGINE=oxigraph`` (the second run of ``make test``),
an ``oxigraph serve`` process per store, started on first use, loaded through fmkg's own build path
(``RemoteStore.replace``) and stopped at the end of the session: ``build_store`` and ``store_with`` then return
its ``sparql+http://`` URL, which ``make_app`` and ``running_server`` pass on as the store. With
``FMKG_TEST_ENGINE=virtuoso`` (``make test-virtuoso``) the same with a Virtuoso 7 per store (``virtuoso_engine``).

Use from a test module::

    from serve_helper import build_store, running_server

    @pytest.fixture(scope="module")
    def server(tmp_path_factory):
        store = build_store(tmp_path_factory.mktemp("store") / "store")
        with running_server(store) as url:
            yield url
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pyoxigraph as ox
import requests

from fmkg.config import Settings
from fmkg.store import refresh_union, replace_store

FIXTURES = Path(__file__).resolve().parent / "fixtures"
# 10^8 solutions to count: far longer than any time limit in the tests, and no data needed.
SLOW = ("SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"VALUES ?{v} {{0 1 2 3 4 5 6 7 8 9}}" for v in "abcdefgh")
        + " }")
SPARQL_FIXTURE = FIXTURES / "sparql_dataset.trig"


ENGINE = os.environ.get("FMKG_TEST_ENGINE", "")  # "" the embedded store; "oxigraph": oxigraph serve; "virtuoso"
REMOTE = ENGINE in ("oxigraph", "virtuoso")
_ENGINES: dict[Path, tuple[subprocess.Popen, str]] = {}


def remote_engine(key: Path) -> str:
    """The store URL of the ``oxigraph serve`` kept for ``key`` (started on first use, on a free port, its data
    beside ``key``), or of the Virtuoso kept for it (``virtuoso_engine``); every one is stopped by ``stop_engines``
    at the end of the session."""
    if ENGINE == "virtuoso":
        import virtuoso_engine

        return virtuoso_engine.engine(str(key))
    if key in _ENGINES and _ENGINES[key][0].poll() is None:
        return _ENGINES[key][1]
    binary = Path(sys.executable).with_name("oxigraph")
    port = free_port()
    location = key.with_name(key.name + ".oxigraph")
    log = tempfile.TemporaryFile()
    process = subprocess.Popen([str(binary), "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"],
                               stdout=subprocess.DEVNULL, stderr=log)
    deadline = time.monotonic() + 30
    while True:
        try:
            if requests.get(f"http://127.0.0.1:{port}/query", params={"query": "ASK {}"}, timeout=2).ok:
                break
        except requests.ConnectionError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            log.seek(0)
            raise RuntimeError(f"oxigraph serve did not start: {log.read().decode(errors='replace')[-2000:]}")
        time.sleep(0.05)
    url = f"sparql+http://127.0.0.1:{port}/query"
    _ENGINES[key] = (process, url)
    return url


def stop_engines() -> None:
    if ENGINE == "virtuoso":
        import virtuoso_engine

        virtuoso_engine.stop_all()
    while _ENGINES:
        _, (process, _) = _ENGINES.popitem()
        stop(process)


def store_with(path: Path, quads: Iterable[ox.Quad]) -> Path | str:
    """A store at ``path`` (or, in the remote run, the engine kept for it) holding ``quads`` after a build."""
    if not REMOTE:
        replace_store(path, quads)
        return path
    from fmkg.store.remote import RemoteStore

    url = remote_engine(path)
    RemoteStore(Settings(store_url=url)).replace(quads)
    return url


def build_store(path: Path, *fixtures: Path) -> Path | str:
    """A closed on-disk store at ``path`` holding the quads of ``fixtures`` (default: the SPARQL fixture); in the
    remote run, the engine kept for ``path``, loaded with them."""
    if REMOTE:
        return store_with(path, [q for f in fixtures or (SPARQL_FIXTURE,) for q in ox.parse(path=str(f))])
    store = ox.Store(str(path))
    for fixture in fixtures or (SPARQL_FIXTURE,):
        store.bulk_load(path=str(fixture), format=ox.RdfFormat.from_extension(fixture.suffix.lstrip(".")))
    refresh_union(store)
    store.flush()
    del store  # closes it: a read-write handle would keep readers from seeing a consistent store
    return path


def make_app(store: Path | str, **config: object):
    """A test app over ``store``; FMKG_* keys override settings (``FMKG_QUERY_TIMEOUT=1``)."""
    from fmkg.web import create_app

    return create_app({"TESTING": True, "FMKG_STORE": store, **config})


@contextmanager
def app_factory(store: Path | str) -> Iterator:
    """``make(**config)`` builds an app on ``store``; every app's query processes are stopped on exit."""
    from fmkg.web.store_access import close_store

    apps = []

    def make(**config: object):
        apps.append(make_app(store, **config))
        return apps[-1]

    try:
        yield make
    finally:
        for app in apps:
            close_store(app)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _wait_until_up(url: str, process: subprocess.Popen, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"fmkg serve exited with status {process.returncode}")
        try:
            if requests.get(url + "/health", timeout=2).status_code in (200, 503):
                return
        except (requests.ConnectionError, requests.Timeout):  # not listening yet, or a first /health still slow
            pass
        time.sleep(0.1)
    raise RuntimeError(f"fmkg serve did not answer on {url} within {seconds} s")


@contextmanager
def serve_process(store: Path | str, *args: str, env: dict[str, str] | None = None,
                  startup_seconds: float = 30.0) -> Iterator[tuple[str, subprocess.Popen]]:
    """``fmkg serve --store STORE ARGS`` on 127.0.0.1 and a free port: (base URL, process); stopped on exit."""
    port = free_port()
    command = [sys.executable, "-m", "fmkg.cli", "serve", "--host", "127.0.0.1", "--port", str(port),
               "--store", str(store), *args]
    environment = {**os.environ, "FMKG_ACCESS_LOG": "none", **(env or {})}
    log = tempfile.TemporaryFile()  # the server's stderr: a pipe nobody reads could fill up and block it
    process = subprocess.Popen(command, env=environment, stdout=subprocess.DEVNULL, stderr=log)
    url = f"http://127.0.0.1:{port}"
    try:
        try:
            _wait_until_up(url, process, startup_seconds)
        except RuntimeError as error:
            log.seek(0)
            raise RuntimeError(f"{error}\n{log.read().decode(errors='replace')[-3000:]}") from None
        yield url, process
    finally:
        stop(process)
        log.close()


@contextmanager
def running_server(store: Path | str, *args: str, env: dict[str, str] | None = None,
                   startup_seconds: float = 30.0) -> Iterator[str]:
    """Run ``fmkg serve --store STORE ARGS`` on 127.0.0.1 and a free port; yield its base URL; stop it."""
    with serve_process(store, *args, env=env, startup_seconds=startup_seconds) as (url, _):
        yield url


def stop(process: subprocess.Popen, seconds: float = 15.0) -> int:
    """SIGTERM (gunicorn's graceful stop), then SIGKILL if it has not exited in time; the exit status."""
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(seconds)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    return process.returncode
