"""Abusive clients for the load test, the server comparison and the tests: loopback only, bounded in time.

- ``SlowHeaders``: connections that send a request line, then one header line every ``interval`` seconds and
  never finish the headers (slowloris).
- ``NonReaders``: connections that ask for a large result and never read the answer.
- ``probe_latencies``: while those run, a well-behaved client's latency for a list of paths.
"""

from __future__ import annotations

import socket
import threading
import time
import urllib.parse
from dataclasses import dataclass, field

__all__ = ["SlowHeaders", "NonReaders", "probe_latencies", "Probe", "LARGE_QUERY"]

# About 45 MB of JSON: far more than socket buffers hold (loopback send buffers grow to 4 MB).
LARGE_QUERY = ("SELECT ?n WHERE { " + " ".join(f"VALUES ?{v} {{0 1 2 3 4 5 6 7 8 9}}" for v in "abcdef")
               + " BIND(CONCAT(STR(?a), STR(?b), STR(?c), STR(?d), STR(?e), STR(?f)) AS ?n) }")


def _loopback(host: str) -> None:
    if host not in ("127.0.0.1", "::1", "localhost"):
        raise ValueError(f"abusive clients only against loopback, not {host}")


class _Clients:
    def __init__(self, host: str, port: int, count: int) -> None:
        _loopback(host)
        self.host, self.port, self.count = host, port, count
        self.sockets: list[socket.socket] = []
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None
        self.opened = 0

    def _connect(self) -> socket.socket | None:
        try:
            sock = socket.create_connection((self.host, self.port), timeout=5)
        except OSError:
            return None
        self.opened += 1
        return sock

    def __enter__(self):
        self.start()
        return self

    def __exit__(self, *exc) -> None:
        self.stop()

    def start(self) -> None:
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def stop(self) -> None:
        self._stop.set()
        if self._thread is not None:
            self._thread.join(10)
        for sock in self.sockets:
            try:
                sock.close()
            except OSError:
                pass
        self.sockets = []

    def _run(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class SlowHeaders(_Clients):
    """``count`` connections, each adding one header line every ``interval`` seconds, never ending the headers.

    A connection the server closes is reopened (the attacker's strategy); ``reopened`` counts them.
    """

    def __init__(self, host: str, port: int, count: int, interval: float = 5.0, path: str = "/health") -> None:
        super().__init__(host, port, count)
        self.interval, self.path = interval, path
        self.reopened = 0

    def _open(self) -> socket.socket | None:
        sock = self._connect()
        if sock is not None:
            try:
                sock.sendall(f"GET {self.path} HTTP/1.1\r\nHost: {self.host}\r\n".encode())
            except OSError:
                return None
        return sock

    def _run(self) -> None:
        self.sockets = [s for s in (self._open() for _ in range(self.count)) if s is not None]
        line = 0
        while not self._stop.wait(self.interval):
            line += 1
            for index, sock in enumerate(self.sockets):
                try:
                    sock.sendall(f"X-Slow-{line}: {'a' * 10}\r\n".encode())
                except OSError:
                    fresh = self._open()
                    if fresh is not None:
                        self.reopened += 1
                        self.sockets[index] = fresh


class NonReaders(_Clients):
    """``count`` connections that each request ``LARGE_QUERY`` and never read a byte of the answer."""

    def _run(self) -> None:
        body = urllib.parse.urlencode({"query": LARGE_QUERY})
        request = (f"GET /sparql?{body} HTTP/1.1\r\nHost: {self.host}\r\nAccept: application/sparql-results+json"
                   "\r\n\r\n").encode()
        for _ in range(self.count):
            sock = self._connect()
            if sock is None:
                continue
            sock.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 4096)
            try:
                sock.sendall(request)
            except OSError:
                continue
            self.sockets.append(sock)
        self._stop.wait()


@dataclass
class Probe:
    """A well-behaved client's view: latency of each answered request, and the failures."""

    latencies: dict[str, list[float]] = field(default_factory=dict)
    failures: dict[str, list[str]] = field(default_factory=dict)

    def worst(self, path: str) -> float:
        return max(self.latencies.get(path) or [float("inf")])

    def summary(self) -> str:
        parts = []
        for path in sorted(set(self.latencies) | set(self.failures)):
            ok = sorted(self.latencies.get(path, []))
            failed = len(self.failures.get(path, []))
            median = ok[len(ok) // 2] if ok else float("nan")
            worst = ok[-1] if ok else float("nan")
            parts.append(f"{path}: {len(ok)} answered (median {median * 1000:.0f} ms, worst {worst * 1000:.0f} ms),"
                         f" {failed} failed")
        return "; ".join(parts)


def probe_latencies(host: str, port: int, paths: list[str], seconds: float, pause: float = 0.2,
                    timeout: float = 5.0) -> Probe:
    """Request each path in turn (a fresh connection each) for ``seconds``; record latencies and failures."""
    import requests

    _loopback(host)
    probe = Probe()
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        for path in paths:
            started = time.monotonic()
            try:
                response = requests.get(f"http://{host}:{port}{path}", timeout=timeout,
                                        headers={"Connection": "close"})
                if response.status_code == 200:
                    probe.latencies.setdefault(path, []).append(time.monotonic() - started)
                else:
                    probe.failures.setdefault(path, []).append(str(response.status_code))
            except requests.RequestException as error:
                probe.failures.setdefault(path, []).append(type(error).__name__)
        time.sleep(pause)
    return probe
