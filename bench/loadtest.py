#!/usr/bin/env python3
"""``make loadtest``: ``fmkg serve`` under well-behaved load and an abuse mix at once, on 127.0.0.1 only.

    .venv/bin/python bench/loadtest.py [--seconds 60] [--connections 32]

- **Load**: ``--connections`` clients, each one keep-alive connection from its own loopback address
  (127.0.0.10, 127.0.0.11, ...: each is a client to the per-client limits), looping over the canned queries in
  ``queries/`` as fast as they are answered. Every answer must be 200.
- **Abuse**, all at the same time:
  - 100 connections sending a header line every 5 s and never finishing (slowloris);
  - 10 connections asking for a 45 MB result and never reading it;
  - 4 clients looping over heavy queries: one that runs out the time limit, one that sorts 10^7 rows
    (the memory limit), the cross join of issue 8;
  - 1 client looping over SERVICE bypass attempts aimed at a listener on 127.0.0.1, which must never be reached.

Reported: the load's request count, errors, p50 and p99 latency; what the abusers got; the listener's hits; the
memory (RSS) of the server and all its processes at the start, the peak, and the end. Exit status 1 when the
load saw an error or the listener was reached. Bounded: ``--seconds`` (at most 600) plus start and stop.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import signal
import sys
import threading
import time
import urllib.parse
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))
sys.path.insert(0, str(ROOT / "tests"))

from abuse import NonReaders, SlowHeaders  # noqa: E402

HEAVY = [
    "SELECT (COUNT(*) AS ?n) WHERE { " + " ".join(f"VALUES ?{v} {{0 1 2 3 4 5 6 7 8 9}}" for v in "abcdefgh") + " }",
    "SELECT * WHERE { " + " ".join(f"VALUES ?{v} {{0 1 2 3 4 5 6 7 8 9}}" for v in "abcdefg")
    + " } ORDER BY DESC(?a) ?g LIMIT 1",
    "SELECT * WHERE {?a ?b ?c . ?d ?e ?f} ORDER BY ?c ?f DESC(?a) LIMIT 1",
]


def free_port() -> int:
    import socket

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def tree_rss(pid: int) -> int:
    """Resident memory of ``pid`` and all its descendants, in bytes."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            status = (entry / "status").read_text()
        except OSError:
            continue
        fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
        ppid = int(fields.get("PPid", "0").strip())
        children.setdefault(ppid, []).append(int(entry.name))
        rss[int(entry.name)] = int(fields.get("VmRSS", "0 kB").split()[0]) * 1024
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        total += rss.get(current, 0)
        stack.extend(children.get(current, []))
    return total


def percentile(values: list[float], fraction: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


class Load:
    def __init__(self, port: int, connections: int, paths: list[str], until: float) -> None:
        self.port, self.connections, self.paths, self.until = port, connections, paths, until
        self.latencies: list[float] = []
        self.errors: Counter[str] = Counter()
        self.samples: list[str] = []
        self.lock = threading.Lock()

    def client(self, index: int) -> None:
        source = f"127.0.0.{10 + index}"
        connection = None
        position = index
        while time.monotonic() < self.until:
            path = self.paths[position % len(self.paths)]
            position += 1
            started = time.monotonic()
            try:
                if connection is None:
                    connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30,
                                                            source_address=(source, 0))
                connection.request("GET", path, headers={"Accept": "application/sparql-results+json, "
                                                                   "text/turtle;q=0.9"})
                response = connection.getresponse()
                body = response.read()
                status = response.status
                if status != 200 and len(self.samples) < 5:
                    self.samples.append(f"{status} {path[:60]}: {body[:160]!r}")
            except (OSError, http.client.HTTPException) as error:
                status = type(error).__name__
                connection = None
            elapsed = time.monotonic() - started
            with self.lock:
                if status == 200:
                    self.latencies.append(elapsed)
                else:
                    self.errors[str(status)] += 1


def looping(port: int, queries: list[str], until: float, source: str, outcome: Counter) -> None:
    position = 0
    while time.monotonic() < until:
        query = queries[position % len(queries)]
        position += 1
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=60, source_address=(source, 0))
            connection.request("GET", "/sparql?" + urllib.parse.urlencode({"query": query}))
            response = connection.getresponse()
            body = response.read()
            outcome[str(response.status)] += 1
            if b"internal secret" in body:
                outcome["LEAKED"] += 1
            connection.close()
        except (OSError, http.client.HTTPException) as error:
            outcome[type(error).__name__] += 1
        time.sleep(0.05)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--connections", type=int, default=32)
    parser.add_argument("--store", type=Path, default=ROOT / "var" / "store")
    args = parser.parse_args()
    seconds = min(max(args.seconds, 1.0), 600.0)
    connections = min(max(args.connections, 1), 200)
    if not (args.store / "CURRENT").exists():
        print(f"no store at {args.store}: run `make build` first", file=sys.stderr)
        return 2

    from serve_helper import serve_process
    from test_no_network import Listener, variants

    paths = []
    for file in sorted((ROOT / "queries").glob("*.rq")):
        paths.append("/sparql?" + urllib.parse.urlencode({"query": file.read_text(encoding="utf-8")}))
    listener = Listener()
    report: dict[str, object] = {"seconds": seconds, "connections": connections, "canned_queries": len(paths)}
    with serve_process(args.store.resolve()) as (url, process):
        port = int(url.rsplit(":", 1)[1])
        time.sleep(1.0)
        report["rss_start_mb"] = round(tree_rss(process.pid) / 2**20)
        peak = [report["rss_start_mb"]]
        until = time.monotonic() + seconds
        load = Load(port, connections, paths, until)
        heavy: Counter[str] = Counter()
        bypass: Counter[str] = Counter()
        threads = [threading.Thread(target=load.client, args=(i,)) for i in range(connections)]
        threads += [threading.Thread(target=looping, args=(port, HEAVY[i % len(HEAVY):] + HEAVY[:i % len(HEAVY)],
                                                           until, f"127.0.1.{i + 1}", heavy)) for i in range(4)]
        threads.append(threading.Thread(target=looping, args=(port, variants(listener.url), until, "127.0.2.1",
                                                              bypass)))
        with SlowHeaders("127.0.0.1", port, 100, interval=5.0) as slow, NonReaders("127.0.0.1", port, 10):
            for thread in threads:
                thread.start()
            while time.monotonic() < until:
                time.sleep(2.0)
                peak.append(round(tree_rss(process.pid) / 2**20))
            for thread in threads:
                thread.join(90)
            report["slow_header_connections_reopened"] = slow.reopened
        time.sleep(1.0)
        report["rss_peak_mb"] = max(peak)
        report["rss_end_mb"] = round(tree_rss(process.pid) / 2**20)
    listener.close()
    report["load"] = {"requests": len(load.latencies) + sum(load.errors.values()), "errors": dict(load.errors),
                      "p50_ms": round(percentile(load.latencies, 0.50) * 1000, 1),
                      "p99_ms": round(percentile(load.latencies, 0.99) * 1000, 1),
                      "requests_per_s": round(len(load.latencies) / seconds, 1), "error_samples": load.samples}
    report["heavy_queries"] = dict(heavy)
    report["service_bypass_attempts"] = dict(bypass)
    report["listener_hits"] = len(listener.hits)
    print(json.dumps(report, indent=2))
    failed = bool(load.errors) or listener.hits or "LEAKED" in bypass or "200" in bypass
    return 1 if failed else 0


if __name__ == "__main__":
    signal.signal(signal.SIGINT, signal.default_int_handler)
    os.environ.setdefault("FMKG_ACCESS_LOG", "none")
    sys.exit(main())
