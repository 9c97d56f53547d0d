#!/usr/bin/env python3
"""Which HTTP server for fmkg: gunicorn gthread, granian WSGI, and granian with fmkg's front (RSGI) (``fmkg serve``).

    .venv/bin/python bench/servers.py [--seconds 8] [--only NAME]

Each server runs ``bench/serverapp.py`` (the fmkg app plus an empty route) on 127.0.0.1 with 2 workers of 8
threads over ``var/store`` (run ``make build`` first). Measured, one after the other:

- throughput with wrk (8 connections): the empty route ``/-/bench-empty`` and a ``/sparql`` label lookup;
- a well-behaved client's requests (``/health``, the empty route, ``ASK {}``) answered while abusive clients run:
  200 connections sending a header line every 2 s (slowloris), 20 connections sending their body a byte a second,
  and 20 that ask for a 45 MB result and never read it.

Loopback only; every phase is bounded in time. Needs wrk (``apt-get install wrk``).
"""

from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.parse
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from abuse import NonReaders, SlowHeaders, probe_latencies  # noqa: E402

BIN = Path(sys.executable).parent
LABEL = 'SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> "GPT-4"@en }'
SERVERS = {
    "gunicorn-gthread": lambda port: [str(BIN / "gunicorn"), "-k", "gthread", "-w", "2", "--threads", "8",
                                      "-b", f"127.0.0.1:{port}", "--log-level", "error", "serverapp:app"],
    "granian-wsgi": lambda port: [str(BIN / "granian"), "--interface", "wsgi", "--host", "127.0.0.1", "--port",
                                  str(port), "--workers", "2", "--blocking-threads", "8", "--log-level", "error",
                                  "serverapp:app"],
    "fmkg-serve (granian rsgi + front)": lambda port: [
        str(BIN / "granian"), "--interface", "rsgi", "--factory", "--host", "127.0.0.1", "--port", str(port),
        "--workers", "2", "--runtime-threads", "1", "--runtime-mode", "st", "--loop", "uvloop", "--http", "1",
        "--http1-header-read-timeout", "10000",
        "--log-level", "error", "serverapp:front"],
}


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wrk(url: str, seconds: int) -> str:
    out = subprocess.run(["wrk", "-t2", "-c8", f"-d{seconds}s", "-H", "Accept: application/sparql-results+json",
                          url], capture_output=True, text=True, timeout=seconds + 30).stdout
    rate = next((line.split()[1] for line in out.splitlines() if line.startswith("Requests/sec")), "?")
    errors = [line.strip() for line in out.splitlines() if "Non-2xx" in line or "Socket errors" in line]
    return rate + (f" ({'; '.join(errors)})" if errors else "")


class SlowBodies:
    """``count`` POSTs announcing 1000 body bytes and sending one a second."""

    def __init__(self, port: int, count: int) -> None:
        self.port, self.count, self.stop_event, self.sockets = port, count, threading.Event(), []

    def __enter__(self):
        for _ in range(self.count):
            sock = socket.create_connection(("127.0.0.1", self.port), timeout=5)
            sock.sendall(b"POST /sparql HTTP/1.1\r\nHost: x\r\nContent-Type: application/sparql-query\r\n"
                         b"Content-Length: 1000\r\n\r\nASK")
            self.sockets.append(sock)
        threading.Thread(target=self._drip, daemon=True).start()
        return self

    def _drip(self) -> None:
        while not self.stop_event.wait(1):
            for sock in self.sockets:
                try:
                    sock.sendall(b" ")
                except OSError:
                    pass

    def __exit__(self, *exc) -> None:
        self.stop_event.set()
        for sock in self.sockets:
            sock.close()


def measure(name: str, seconds: int) -> dict[str, str]:
    port = free_port()
    env = {**os.environ, "FMKG_STORE": str(ROOT / "var" / "store"), "FMKG_ACCESS_LOG": "none",
           "PYTHONPATH": str(ROOT / "bench"), "FMKG_CLIENT_QUERIES": "0", "FMKG_CLIENT_QUERY_SECONDS": "0",
           "FMKG_THREADS": "8", "FMKG_QUERY_QUEUE": "2"}  # the same 8 threads per worker for every server
    process = subprocess.Popen(SERVERS[name](port), env=env, cwd=ROOT, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    base = f"http://127.0.0.1:{port}"
    results: dict[str, str] = {}
    try:
        import requests

        for _ in range(100):
            try:
                requests.get(base + "/health", timeout=1)
                break
            except requests.RequestException:
                time.sleep(0.2)
        results["empty req/s"] = wrk(base + "/-/bench-empty", seconds)
        results["label req/s"] = wrk(base + "/sparql?" + urllib.parse.urlencode({"query": LABEL}), seconds)
        paths = ["/health", "/-/bench-empty", "/sparql?query=ASK%7B%7D"]
        for label, attack in (("200 slow headers", lambda: SlowHeaders("127.0.0.1", port, 200, interval=2.0)),
                              ("20 slow bodies", lambda: SlowBodies(port, 20)),
                              ("20 non-readers", lambda: NonReaders("127.0.0.1", port, 20))):
            with attack():
                time.sleep(1.0)
                probe = probe_latencies("127.0.0.1", port, paths, seconds, timeout=3)
            answered = sum(len(v) for v in probe.latencies.values())
            failed = sum(len(v) for v in probe.failures.values())
            worst = max((max(v) for v in probe.latencies.values() if v), default=float("nan"))
            results[label] = f"{answered}/{answered + failed} answered, worst {worst * 1000:.0f} ms"
    finally:
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    return results


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--only", choices=sorted(SERVERS), default=None)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("bench/servers.py needs wrk: apt-get install wrk", file=sys.stderr)
        return 2
    if not (ROOT / "var" / "store" / "CURRENT").exists():
        print("no store at var/store: run `make build` first", file=sys.stderr)
        return 2
    rows = {}
    for name in [args.only] if args.only else SERVERS:
        rows[name] = measure(name, args.seconds)
        print(name, rows[name], file=sys.stderr, flush=True)
    columns = list(next(iter(rows.values())))
    print("| server | " + " | ".join(columns) + " |")
    print("| --- " * (len(columns) + 1) + "|")
    for name, row in rows.items():
        print(f"| {name} | " + " | ".join(row[c] for c in columns) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
