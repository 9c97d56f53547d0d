#!/usr/bin/env python3
"""A load balancer (Debian's nginx) in front of N ``fmkg serve`` replicas: the reference deployment for scale.

    .venv/bin/python deploy/replicas/replicas.py [--replicas 2] [--port 18280] [--store var/store] [--workers 1]

Each replica is a stateless ``fmkg serve`` on its own read-only copy of a built store (``fmkg build`` first; the
copy is taken once, at start), or, when ``--store`` is a ``sparql+http://`` URL, all replicas query that one
engine. nginx listens on ``--port`` and the replicas on the ports after it (``--port`` + 1...). Runs until
Ctrl-C or SIGTERM, then stops nginx and every replica. Everything it writes is under ``--work`` (default
``/tmp/fmkg-replicas``). ``bench/replicas.py`` measures it; ``tests/test_replicas.py`` tests it.

On more than one machine the same configuration applies: one nginx, its ``upstream`` listing each machine's
``fmkg serve`` (``--host 0.0.0.0``), and each machine with its copy of the store (or the same remote engine).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from contextlib import ExitStack, contextmanager, suppress
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
TEMPLATE = Path(__file__).resolve().parent / "nginx.conf.in"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
FMKG = str(Path(sys.executable).parent / "fmkg")
READY = "/sparql?query=ASK%7B%7D"


def nginx_config(directory: Path, listen: int, upstreams: list[int], *, client_queries: int = 4,
                 max_body_bytes: int = 1_000_000, read_timeout: int = 120, access_log: bool = False) -> Path:
    """Write ``nginx.conf`` for a balancer on 127.0.0.1:``listen`` over replicas on ``upstreams`` ports."""
    directory.mkdir(parents=True, exist_ok=True)
    servers = "\n".join(f"        server 127.0.0.1:{port} max_fails=1 fail_timeout=5s;" for port in upstreams)
    limit = f"            limit_conn sparql_clients {client_queries};" if client_queries > 0 else \
        "            # no per-client limit (client_queries = 0)"
    fields = {"@DIR@": str(directory), "@UPSTREAMS@": servers, "@LIMIT_CONN@": limit,
              "@LISTEN@": f"127.0.0.1:{listen}", "@MAX_BODY@": str(max_body_bytes),
              "@READ_TIMEOUT@": f"{read_timeout}s",
              "@ACCESS_LOG@": str(directory / "access.log") if access_log else "off"}
    text = TEMPLATE.read_text(encoding="utf-8")
    for field, value in fields.items():
        text = text.replace(field, value)
    path = directory / "nginx.conf"
    path.write_text(text, encoding="utf-8")
    return path


def nginx_test(config: Path) -> subprocess.CompletedProcess[str]:
    """``nginx -t`` on ``config`` (as an ordinary user: the error log is the one beside it)."""
    return subprocess.run([NGINX, "-t", "-p", str(config.parent), "-e", str(config.parent / "error.log"),
                           "-c", str(config)], capture_output=True, text=True, timeout=30)


def wait_ready(url: str, process: subprocess.Popen[bytes], timeout: float = 120.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if process.poll() is not None:
            raise RuntimeError(f"{process.args[0]} exited with status {process.returncode} before {url} answered")
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except (OSError, urllib.error.HTTPError):
            pass
        if time.monotonic() > deadline:
            raise RuntimeError(f"{url} did not answer within {timeout:.0f} s")
        time.sleep(0.1)


@contextmanager
def started(command: list[str], log: Path, env: dict[str, str] | None = None) -> Iterator[subprocess.Popen[bytes]]:
    """A process in its own process group, stopped (SIGTERM, then SIGKILL) on exit whatever happened."""
    with open(log, "wb") as out:
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.STDOUT, cwd=ROOT,
                                   env={**os.environ, **(env or {})}, start_new_session=True)
    try:
        yield process
    finally:
        # The whole group, even when the leader is gone already: its worker processes may outlive it.
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(10)
        except subprocess.TimeoutExpired:
            pass
        with suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()


def replica_store(store: str, directory: Path) -> str:
    """The store a replica serves: its own copy of a built store directory, or the remote engine's URL as is."""
    if "://" in store:
        return store
    source = Path(store)
    if not (source / "CURRENT").exists():
        raise SystemExit(f"no store at {source}: run `fmkg build` first")
    copy = directory / "store"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(source, copy)
    return str(copy)


@dataclass
class Deployment:
    base: str  # the balancer's URL
    replicas: list[subprocess.Popen[bytes]]  # the `fmkg serve` processes, in port order
    ports: list[int]


@contextmanager
def deployment(store: str, work: Path, *, replicas: int = 2, port: int = 18280, workers: int = 1,
               env: dict[str, str] | None = None, client_queries: int = 4) -> Iterator[Deployment]:
    """nginx on ``port`` over ``replicas`` ``fmkg serve`` on the next ports, until the block ends.

    ``env``: FMKG_* settings for every replica. The replicas' own per-address limits are off (they only ever
    see the balancer's address); nginx limits concurrent /sparql requests per client to ``client_queries``."""
    ports = [port + 1 + i for i in range(replicas)]
    replica_env = {"FMKG_CLIENT_QUERIES": "0", "FMKG_CLIENT_QUERY_SECONDS": "0", **(env or {})}
    with ExitStack() as stack:
        processes = []
        for i, replica_port in enumerate(ports):
            directory = work / f"replica-{i + 1}"
            directory.mkdir(parents=True, exist_ok=True)
            command = [FMKG, "serve", "--store", replica_store(store, directory), "--host", "127.0.0.1",
                       "--port", str(replica_port), "--workers", str(workers)]
            processes.append(stack.enter_context(started(command, directory / "serve.log", replica_env)))
        for process, replica_port in zip(processes, ports, strict=True):
            wait_ready(f"http://127.0.0.1:{replica_port}{READY}", process)
        config = nginx_config(work / "nginx", port, ports, client_queries=client_queries)
        checked = nginx_test(config)
        if checked.returncode:
            raise RuntimeError(f"nginx -t failed: {checked.stderr.strip()}")
        nginx = stack.enter_context(started([NGINX, "-p", str(config.parent), "-e", str(config.parent / "error.log"),
                                             "-c", str(config), "-g", "daemon off;"], work / "nginx" / "nginx.log"))
        base = f"http://127.0.0.1:{port}"
        wait_ready(base + READY, nginx)
        yield Deployment(base, processes, ports)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--replicas", type=int, default=2)
    parser.add_argument("--port", type=int, default=18280, help="the balancer's port; replicas on the next ones")
    parser.add_argument("--store", default=str(ROOT / "var" / "store"),
                        help="a built store directory (copied per replica) or a sparql+http:// URL")
    parser.add_argument("--workers", type=int, default=1, help="fmkg serve --workers of each replica")
    parser.add_argument("--client-queries", type=int, default=4,
                        help="concurrent /sparql requests per client address at the balancer (0: no limit)")
    parser.add_argument("--work", type=Path, default=Path("/tmp/fmkg-replicas"))
    args = parser.parse_args()
    if not Path(NGINX).exists():
        print("replicas: nginx is missing (apt-get install nginx)", file=sys.stderr)
        return 2
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with deployment(args.store, args.work, replicas=args.replicas, port=args.port, workers=args.workers,
                    client_queries=args.client_queries) as running:
        print(f"fmkg: {args.replicas} replicas behind nginx at {running.base}/ (Ctrl-C stops all)", file=sys.stderr)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            pass
    return 0


if __name__ == "__main__":
    sys.exit(main())
