#!/usr/bin/env python3
"""Throughput of two ``fmkg serve`` replicas behind nginx against one ``fmkg serve``, same total workers.

    .venv/bin/python bench/replicas.py [--seconds 10] [--connections 16] [--store var/store]
    (or: make replicas-bench)

Three set-ups over the built store (``fmkg build`` first), one after the other on 127.0.0.1:

- ``one``: one ``fmkg serve --workers 2``, wrk straight to it;
- ``nginx+1``: nginx in front of that same kind of server (one replica of 2 workers): what the balancer costs;
- ``nginx+2``: nginx in front of two replicas of ``--workers 1``, each on its own copy of the store
  (``deploy/replicas/replicas.py``).

Each has 2 web workers in all, and ``FMKG_QUERY_PROCESSES`` (4) query engines per worker, so 8 engines in all.
wrk sends each query (four canned queries of ``queries/`` and a label lookup) for ``--seconds`` with
``--connections`` connections over 2 threads, ``Accept: application/sparql-results+json``. The answer cache is off
(``FMKG_ANSWER_CACHE_BYTES=0``) so that every request runs its query, and so are the per-client limits. Prints a
Markdown table (requests/s, p50 and p99 latency). Ports 18250-18259. Needs wrk and nginx (Debian).
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import shutil
import subprocess
import sys
import tempfile
import time
import urllib.parse
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "deploy" / "replicas"))

from replicas import FMKG, READY, deployment, started, wait_ready  # noqa: E402

PORT = 18250
ENV = {"FMKG_ACCESS_LOG": "none", "FMKG_ANSWER_CACHE_BYTES": "0", "FMKG_CLIENT_QUERIES": "0",
       "FMKG_CLIENT_QUERY_SECONDS": "0"}
CANNED = ["01-models-by-provider.rq", "03-open-weight-models.rq", "09-class-counts.rq", "17-ask-gpt-4-by-openai.rq"]
LABEL = 'SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> "GPT-4"@en }'


def queries() -> dict[str, str]:
    found = {name.removesuffix(".rq"): (ROOT / "queries" / name).read_text(encoding="utf-8") for name in CANNED}
    return {**found, "label lookup": LABEL}


def wrk(base: str, query: str, seconds: int, connections: int) -> dict[str, str]:
    url = f"{base}/sparql?{urllib.parse.urlencode({'query': query})}"
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "--timeout", "10s",
                          "-H", "Accept: application/sparql-results+json", url],
                         capture_output=True, text=True, timeout=seconds + 60).stdout
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p50, p99 = re.search(r"\s50%\s+(\S+)", out), re.search(r"\s99%\s+(\S+)", out)
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"rps": f"{float(rate.group(1)):.0f}" if rate else "?", "p50": p50.group(1) if p50 else "?",
            "p99": p99.group(1) if p99 else "?", "errors": errors.group(1) if errors else "0"}


@contextmanager
def one_server(store: str, work: Path) -> Iterator[str]:
    port = PORT
    command = [FMKG, "serve", "--store", store, "--host", "127.0.0.1", "--port", str(port), "--workers", "2"]
    with started(command, work / "one.log", ENV) as process:
        wait_ready(f"http://127.0.0.1:{port}{READY}", process)
        yield f"http://127.0.0.1:{port}"


def setups(store: str, work: Path) -> dict[str, object]:
    return {
        "one (fmkg serve --workers 2)": lambda: one_server(store, work),
        "nginx+1 (1 replica x 2 workers)": lambda: deployment(store, work / "nginx1", replicas=1, port=PORT + 1,
                                                               workers=2, env=ENV, client_queries=0),
        "nginx+2 (2 replicas x 1 worker)": lambda: deployment(store, work / "nginx2", replicas=2, port=PORT + 4,
                                                               workers=1, env=ENV, client_queries=0),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=10, help="wrk duration per query and set-up")
    parser.add_argument("--connections", type=int, default=16)
    parser.add_argument("--store", default=str(ROOT / "var" / "store"))
    args = parser.parse_args()
    for tool in ("wrk", "nginx"):
        if shutil.which(tool) is None and not Path(f"/usr/sbin/{tool}").exists():
            print(f"replicas bench: {tool} is missing (apt-get install {tool})", file=sys.stderr)
            return 2
    results: dict[str, dict[str, dict[str, str]]] = {}
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory(prefix="fmkg-replicas-bench-") as scratch:
        for name, make in setups(args.store, Path(scratch)).items():
            with make() as running:  # type: ignore[operator]
                base = running if isinstance(running, str) else running.base
                results[name] = {}
                for label, query in queries().items():
                    wrk(base, query, 1, args.connections)  # warm-up: the engines open the store
                    results[name][label] = wrk(base, query, args.seconds, args.connections)
                    print(f"[{time.strftime('%H:%M:%S')}] {name} / {label}: {results[name][label]}", file=sys.stderr)
    names = list(results)
    print(f"wrk -t2 -c{args.connections} -d{args.seconds}s per query; {os.cpu_count()} CPUs "
          f"({platform.processor() or platform.machine()}), 1-minute load average {load_before:.1f} before and "
          f"{os.getloadavg()[0]:.1f} after (other work on the machine shows there); "
          "requests/s (p50 / p99 latency), non-2xx in brackets\n")
    print("| query | " + " | ".join(names) + " |")
    print("| --- | " + " | ".join("---:" for _ in names) + " |")
    for label in queries():
        cells = []
        for name in names:
            r = results[name][label]
            cells.append(f"{r['rps']} ({r['p50']} / {r['p99']})" + (f" [{r['errors']}]" if r["errors"] != "0" else ""))
        print(f"| {label} | " + " | ".join(cells) + " |")
    return 0


if __name__ == "__main__":
    sys.exit(main())
