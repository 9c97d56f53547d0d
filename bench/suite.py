#!/usr/bin/env python3
"""The benchmark suite of issue 11: ``make bench`` runs this and writes ``bench/RESULTS.md`` and its plots.

    .venv/bin/python bench/suite.py [--sizes 100k,1M,10M] [--seconds 5] [--real] [--rdflib-max 1M]

For each size: a deterministic synthetic graph in fmkg's ontology (bench/generate.py) is generated, loaded
through ``fmkg load`` into a store of its own, and measured:

- build phases, each in its own process (time, peak RSS): generation, extraction of a text corpus of that size
  (``fmkg.pipeline.extract_documents``), SHACL validation (``fmkg.validate``: the shapes as SPARQL, as
  ``fmkg build`` runs them, and pySHACL, the reference, up to ``--shacl-max``), dump writing
  (``fmkg.graph.serialize``) and loading (``fmkg load``);
- over HTTP on 127.0.0.1, one server at a time on the same store: ``fmkg serve``, ``oxigraph serve-read-only``
  and rdflib-endpoint (uvicorn), the same number of worker processes (``--workers``; oxigraph serve is one
  multi-threaded process), with wrk at 8 and 32 connections on a query mix whose parameters are drawn per
  request from a seeded shuffle (bench/querymix.py), and every canned query of ``queries/``; fmkg once more
  with ``FMKG_ANSWER_CACHE_BYTES`` set (8 connections);
- start-up time (until the server answers), and fmkg's memory (RSS of all its processes) while a result of up
  to 1M rows streams to a client.

``--real`` adds the real build (``var/store``, made by ``make build``). Results go to ``var/bench/results.json``;
``bench/report.py`` renders RESULTS.md and the PNGs from it. Loopback only; every run of wrk is bounded in time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import signal
import socket
import subprocess
import sys
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

import pyspy  # noqa: E402
import querymix  # noqa: E402
from generate import generate, parse_size  # noqa: E402

WORK = Path(os.environ.get("BENCH_WORK") or ROOT / "var" / "bench")  # results.json, stores, logs
BIN = Path(sys.executable).parent
ONTOLOGY_GRAPH = "https://w3id.org/fmkg/graph/ontology"
LUA = """-- the request paths of one query, in the order of a seeded shuffle; each wrk thread starts elsewhere
local paths = {}
for line in io.lines("%(paths)s") do paths[#paths + 1] = line end
local counter = 0
local threads = 0
function setup(thread) thread:set("tid", threads); threads = threads + 1 end
function init(args) counter = (tid or 0) * 7919 end
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1], {["Accept"] = "%(accept)s"})
end
"""


def log(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


# --- processes ------------------------------------------------------------------------------------------

def timed_process(command: list[str], env: dict[str, str] | None = None, timeout: float | None = None,
                  stdout=subprocess.PIPE) -> dict[str, object]:
    """Run ``command``; its wall time, peak RSS (its own, from wait4) and output. A timeout ends it."""
    started = time.perf_counter()
    process = subprocess.Popen(command, env={**os.environ, **(env or {})}, stdout=stdout, stderr=subprocess.PIPE,
                               text=True, cwd=ROOT, start_new_session=True)
    timer = None
    if timeout:
        timer = threading.Timer(timeout, lambda: os.killpg(process.pid, signal.SIGKILL))
        timer.start()
    out_chunks: list[str] = []
    err_chunks: list[str] = []
    readers = []
    for stream, chunks in ((process.stdout, out_chunks), (process.stderr, err_chunks)):
        if stream is not None:
            reader = threading.Thread(target=lambda s=stream, c=chunks: c.append(s.read()), daemon=True)
            reader.start()
            readers.append(reader)
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    for reader in readers:
        reader.join()
    if timer:
        timer.cancel()
    seconds = time.perf_counter() - started
    return {"seconds": round(seconds, 2), "peak_rss_mib": round(usage.ru_maxrss / 1024, 1),
            "returncode": process.returncode, "timed_out": bool(timeout and seconds >= timeout),
            "stdout": "".join(out_chunks), "stderr": "".join(err_chunks)[-2000:]}


def free_port() -> int:
    """A free port: in ``BENCH_PORTS`` (``first-last``) when set (a shared machine gives each user a range),
    else one the kernel picks."""
    first, _, last = os.environ.get("BENCH_PORTS", "").partition("-")
    candidates = range(int(first), int(last or first) + 1) if first else [0]
    for port in candidates:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise RuntimeError(f"no free port in BENCH_PORTS={os.environ['BENCH_PORTS']}")


def tree_rss_mib(pid: int) -> float:
    """RSS of a process and all its descendants, MiB."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            with open(f"/proc/{current}/status") as handle:
                for line in handle:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as handle:
                    stack.extend(int(c) for c in handle.read().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError):
            continue
    return total / 1024


def tree_cpu(pid: int) -> dict[str, float]:
    """CPU seconds (user + system) so far of a process tree, by role: the main process, its children (web
    workers) and their descendants (query-engine processes: fmkg's executors, forked by a worker or by its
    multiprocessing forkserver)."""
    tick = os.sysconf("SC_CLK_TCK")
    roles: dict[str, float] = {}
    stack = [(pid, 0)]
    while stack:
        current, depth = stack.pop()
        try:
            fields = Path(f"/proc/{current}/stat").read_text().rsplit(")", 1)[1].split()
            for task in os.listdir(f"/proc/{current}/task"):
                stack.extend((int(c), depth + 1)
                             for c in Path(f"/proc/{current}/task/{task}/children").read_text().split())
        except (FileNotFoundError, ProcessLookupError, PermissionError, IndexError):
            continue
        seconds = (int(fields[11]) + int(fields[12])) / tick
        role = ("main", "web workers")[depth] if depth < 2 else "query processes"
        roles[role] = roles.get(role, 0.0) + seconds
    return roles


class Server:
    """A server under test in its own process group; ``start`` waits until ``ready`` answers 200."""

    def __init__(self, name: str, command: list[str], endpoint: str, ready: str, env: dict[str, str],
                 start_timeout: float = 1800.0) -> None:
        self.name, self.command, self.endpoint, self.ready, self.env = name, command, endpoint, ready, env
        self.start_timeout = start_timeout
        self.port = free_port()
        self.command = [part.replace("{port}", str(self.port)) for part in command]
        self.process: subprocess.Popen | None = None
        self.startup_s: float | None = None

    @property
    def base(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def __enter__(self) -> Server:
        self.log = open(WORK / f"{self.name}.log", "w")  # noqa: SIM115
        started = time.perf_counter()
        self.process = subprocess.Popen(self.command, env={**os.environ, **self.env}, cwd=ROOT,
                                        stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True)
        deadline = time.monotonic() + self.start_timeout
        while True:
            if self.process.poll() is not None:
                raise RuntimeError(f"{self.name} exited with status {self.process.returncode} "
                                   f"(see {WORK / (self.name + '.log')})")
            try:
                with urllib.request.urlopen(self.base + self.ready, timeout=5) as response:
                    if response.status == 200:
                        break
            except (OSError, urllib.error.HTTPError):
                pass
            if time.monotonic() > deadline:
                self.__exit__()
                raise RuntimeError(f"{self.name} did not answer within {self.start_timeout:.0f} s")
            time.sleep(0.05)
        self.startup_s = round(time.perf_counter() - started, 2)
        log(f"{self.name} up in {self.startup_s} s on port {self.port}")
        return self

    def __exit__(self, *exc: object) -> None:
        if self.process and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(5)  # a graceful stop may wait for requests wrk left behind
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log.close()


def health_probe(server: Server) -> dict[str, object]:
    """fmkg's /health right after start-up: status and time."""
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(server.base + "/health", timeout=30) as response:
            status, body = response.status, response.read()[:200]
    except urllib.error.HTTPError as error:
        status, body = error.code, error.read()[:200]
    except OSError as error:
        status, body = 0, str(error).encode()
    result = {"status": status, "seconds": round(time.perf_counter() - started, 2),
              "body": body.decode("utf-8", "replace")}
    log(f"fmkg /health: {result}")
    return result


def fmkg_server(store: Path, workers: int, cache_bytes: int, name: str = "fmkg") -> Server:
    env = {"FMKG_ACCESS_LOG": "none", "FMKG_CLIENT_QUERIES": "0", "FMKG_CLIENT_QUERY_SECONDS": "0",
           "FMKG_QUERY_TIMEOUT": "120", "FMKG_MAX_RESULT_BYTES": str(8 << 30),
           "FMKG_ANSWER_CACHE_BYTES": str(cache_bytes), "FMKG_STORE": str(store)}
    # Ready when /sparql answers ASK {}: /health also counts the store's quads, and on the 1M store it answered 503
    # ("ran longer than 5 s") for minutes (bench/RESULTS.md reports what /health says at start-up).
    return Server(name, [str(BIN / "fmkg"), "serve", "--store", str(store), "--host", "127.0.0.1", "--port", "{port}",
                         "--workers", str(workers)], "/sparql", "/sparql?query=ASK%7B%7D", env)


def oxigraph_server(store: Path) -> Server:
    # No --union-default-graph: fmkg keeps the union of the named graphs in the store's default graph.
    # No --timeout-s: oxigraph 0.5.13 then starts a thread per query that lives until the time limit, and under
    # a few thousand requests a second it runs out of threads (EAGAIN) and dies (seen here at 100k triples).
    return Server("oxigraph", [str(BIN / "oxigraph"), "serve-read-only", "--location", str(store), "--bind",
                               "127.0.0.1:{port}"], "/query", "/query?query=ASK%7B%7D", {})


def rdflib_server(nquads: Path, workers: int) -> Server:
    # uvicorn's supervisor kills a worker that does not answer its ping within --timeout-worker-healthcheck
    # (default 5 s); a worker parsing the 1M file is held for longer than that by the collector's full passes over
    # millions of rdflib objects, so at 1M it restarted both workers about every 40 s and never became ready.
    return Server("rdflib-endpoint", [str(BIN / "uvicorn"), "--factory", "rdflib_app:create", "--host", "127.0.0.1",
                                      "--port", "{port}", "--workers", str(workers), "--log-level", "warning",
                                      "--no-access-log", "--timeout-worker-healthcheck", "600"],
                  "/", "/?query=ASK%7B%7D", {"BENCH_RDFLIB_DATA": str(nquads), "PYTHONPATH": str(ROOT / "bench")})


# --- wrk ------------------------------------------------------------------------------------------------

def run_wrk(server: Server, query: querymix.Query, connections: int, seconds: float,
            scratch: Path) -> dict[str, object]:
    paths = scratch / f"{server.name}-{query.name}.paths"
    if not paths.exists():
        paths.write_text("".join(server.endpoint + "?" + q + "\n" for q in query.encoded), encoding="utf-8")
    script = scratch / f"{server.name}-{query.name}.lua"
    script.write_text(LUA % {"paths": paths, "accept": query.accept}, encoding="utf-8")
    threads = min(2, connections)
    command = ["wrk", f"-t{threads}", f"-c{connections}", f"-d{seconds}s", "--timeout", f"{max(seconds, 10)}s",
               "--latency", "-s", str(script), server.base]
    before = tree_cpu(server.process.pid)
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = process.stdout.read()
    _, _, usage = os.wait4(process.pid, 0)
    after = tree_cpu(server.process.pid)
    result = parse_wrk(out)
    result["cpu_s"] = {role: round(after[role] - before.get(role, 0.0), 2) for role in after}
    result["cpu_s"]["wrk"] = round(usage.ru_utime + usage.ru_stime, 2)
    return result


def parse_wrk(out: str) -> dict[str, object]:
    def millis(text: str) -> float:
        value, unit = re.match(r"([\d.]+)(\w+)", text).groups()
        return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0, "m": 60000.0}[unit]

    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    total = re.search(r"(\d+) requests in", out)
    p50, p99 = re.search(r"\s50%\s+([\d.]+\w+)", out), re.search(r"\s99%\s+([\d.]+\w+)", out)
    non2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    socket_errors = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    result: dict[str, object] = {
        "rps": float(rate.group(1)) if rate else 0.0, "requests": int(total.group(1)) if total else 0,
        "p50_ms": millis(p50.group(1)) if p50 else None, "p99_ms": millis(p99.group(1)) if p99 else None,
        "non2xx": int(non2xx.group(1)) if non2xx else 0,
        "timeouts": int(socket_errors.group(4)) if socket_errors else 0}
    if not result["requests"]:
        result["p50_ms"] = result["p99_ms"] = None  # wrk prints 0us when nothing was answered
    if not rate:
        result["raw"] = out[-500:]
    return result


CHECK_TIMEOUT = 15.0
# A query whose first answer takes longer than half the run (at least SLOW s) is not timed with wrk: queued behind
# each other its requests would not finish within the run (0 req/s), and those wrk leaves in flight would hold
# the server for minutes. It is reported with the time of that one answer.
SLOW = 1.0


def check(server: Server, query: querymix.Query) -> dict[str, object]:
    """The first request of the mix, once, outside the timing: its status, size and number of results.

    A query with no answer within CHECK_TIMEOUT is not timed (reported as such)."""
    url = server.base + server.endpoint + "?" + query.encoded[0]
    request = urllib.request.Request(url, headers={"Accept": query.accept})
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=CHECK_TIMEOUT) as response:
            body = response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        return {"status": error.code, "error": error.read()[:300].decode("utf-8", "replace")}
    except OSError as error:
        return {"status": 0, "error": f"no answer within {CHECK_TIMEOUT:.0f} s" if "timed out" in str(error)
                else str(error)[:300]}
    return {"status": status, "bytes": len(body), "results": querymix.count_results(body, query.accept),
            "first_s": round(time.perf_counter() - started, 3)}


def drain(server: Server, limit: float = 30.0) -> float:
    """Wait until the server answers its ready request within a second (requests left by wrk have finished)."""
    started = time.monotonic()
    while time.monotonic() - started < limit:
        asked = time.monotonic()
        try:
            with urllib.request.urlopen(server.base + server.ready, timeout=5):
                if time.monotonic() - asked < 1.0:
                    break
        except OSError:
            if server.process.poll() is not None:
                break
        time.sleep(0.2)
    return round(time.monotonic() - started, 2)


def measure_server(server: Server, queries: list[querymix.Query], connection_counts: list[int], seconds: float,
                   scratch: Path, budget: float | None = None) -> dict[str, object]:
    """The mix on one server; past ``budget`` seconds the remaining queries are left out (and said so)."""
    out: dict[str, object] = {"startup_s": server.startup_s, "checks": {}, "runs": {}}
    started = time.monotonic()
    for query in queries:
        if budget is not None and time.monotonic() - started > budget:
            out["over_budget"] = f"stopped after {budget:.0f} s, before {query.name} (--rdflib-budget)"
            log(f"  {server.name}: {out['over_budget']}")
            break
        first = check(server, query)
        out["checks"][query.name] = first
        if first["status"] != 200:
            first["drain_s"] = drain(server)
            log(f"  {server.name} {query.name}: HTTP {first['status']}: {first.get('error', '')[:120]}")
            if server.process.poll() is not None:
                out["died"] = f"exited with status {server.process.returncode} at {query.name}"
                log(f"  {server.name} {out['died']}: see {WORK / (server.name + '.log')}")
                break
            continue
        if first["first_s"] > max(SLOW, seconds / 2):
            log(f"  {server.name} {query.name}: first answer in {first['first_s']} s: not timed")
            first["drain_s"] = drain(server)
            continue
        for _ in range(2):  # two more of the mix, as a warm-up
            check(server, querymix.Query(query.name, query.kind, query.accept, query.encoded[1:] or query.encoded))
        for connections in connection_counts:
            result = run_wrk(server, query, connections, seconds, scratch)
            result["drain_s"] = drain(server)
            out["runs"][f"{query.name}@{connections}"] = result
            log(f"  {server.name} {query.name} c={connections}: {result['rps']:.1f} req/s, p50 {result['p50_ms']} ms,"
                f" p99 {result['p99_ms']} ms, non-2xx {result['non2xx']}, timeouts {result['timeouts']}")
    return out


def wrk_ceiling(server: Server, path: str, seconds: float) -> dict[str, object]:
    out = subprocess.run(["wrk", "-t2", "-c32", f"-d{seconds}s", "--latency", server.base + path],
                         capture_output=True, text=True, timeout=seconds + 60).stdout
    return parse_wrk(out)


def profile_label_lookup(server: Server, queries: list[querymix.Query], seconds: int, scratch: Path,
                         label: str) -> dict[str, object]:
    """py-spy on all of fmkg's processes while wrk sends label lookups (8 connections)."""
    query = next(q for q in queries if q.name == "label lookup")
    runs: list[dict] = []
    load = threading.Thread(target=lambda: runs.append(run_wrk(server, query, 8, seconds + 3, scratch)))
    load.start()
    time.sleep(1.5)
    raw = WORK / f"py-spy-{label}.txt"
    recorded = pyspy.record(server.process.pid, seconds, raw)
    load.join()
    drain(server)
    summary = pyspy.summarise(raw) if raw.exists() else {"samples": 0, "error": recorded.stderr[-300:]}
    log(f"py-spy: {summary.get('samples')} samples while {runs[0]['rps'] if runs else '?'} req/s")
    return {**summary, "query": "label lookup", "connections": 8, "seconds": seconds,
            "rps_while_profiled": runs[0]["rps"] if runs else None}


# --- streaming ------------------------------------------------------------------------------------------

def stream_rss(server: Server, rows: int) -> dict[str, object]:
    """fmkg's RSS (all its processes), sampled every 50 ms while ``rows`` rows stream to a reading client."""
    query = f"SELECT ?g ?s ?p ?o WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} LIMIT {rows}"
    url = server.base + server.endpoint + "?" + urllib.parse.urlencode({"query": query})
    samples: list[tuple[float, float]] = []
    stop = threading.Event()
    started = time.perf_counter()

    def sample() -> None:
        while not stop.is_set():
            samples.append((time.perf_counter() - started, tree_rss_mib(server.process.pid)))
            stop.wait(0.05)

    before = tree_rss_mib(server.process.pid)
    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    received, lines = 0, 0
    request = urllib.request.Request(url, headers={"Accept": "text/tab-separated-values"})
    try:
        with urllib.request.urlopen(request, timeout=600) as response:
            while chunk := response.read(1 << 16):
                received += len(chunk)
                lines += chunk.count(b"\n")
    finally:
        stop.set()
        sampler.join()
    time.sleep(1.0)
    after = tree_rss_mib(server.process.pid)
    peak = max(rss for _, rss in samples) if samples else before
    return {"rows_asked": rows, "rows": max(0, lines - 1), "bytes": received,
            "seconds": round(time.perf_counter() - started - 1.0, 2), "start_mib": round(before, 1),
            "peak_mib": round(peak, 1), "end_mib": round(after, 1),
            "samples": [(round(t, 2), round(r, 1)) for t, r in samples[:: max(1, len(samples) // 200)]]}


# --- one size -------------------------------------------------------------------------------------------

def load_store(data: Path, store: Path) -> dict[str, object]:
    """Ontology then the generated files, through `fmkg load` (validation measured on its own, both engines)."""
    shutil.rmtree(store, ignore_errors=True)
    for suffix in (".lock", ".old", ".loading"):
        shutil.rmtree(store.with_name(store.name + suffix), ignore_errors=True)
    env = {"FMKG_LOAD_TIMEOUT": "0", "FMKG_LOAD_MAX_BYTES": str(4 << 30)}
    fmkg = str(BIN / "fmkg")
    first = timed_process([fmkg, "load", "--store", str(store), "--skip-validation", "--graph", ONTOLOGY_GRAPH,
                           str(ROOT / "ontology" / "fmkg.ttl")], env)
    if first["returncode"]:
        raise RuntimeError(f"fmkg load of the ontology failed: {first['stderr']}")
    files = sorted(str(p) for p in data.glob("*.nq"))
    loaded = timed_process([fmkg, "load", "--store", str(store), "--skip-validation", *files], env)
    if loaded["returncode"]:
        raise RuntimeError(f"fmkg load failed: {loaded['stderr']}")
    loaded["stdout"] = loaded["stdout"].strip().splitlines()[-1]
    return loaded


def phase(name: str, args: list[str], timeout: float | None = None) -> dict[str, object]:
    log(f"phase {name} {' '.join(args)}")
    result = timed_process([sys.executable, str(ROOT / "bench" / "phases.py"), name, *args], timeout=timeout)
    if result["returncode"] == 0:
        result.update(json.loads(result.pop("stdout").strip().splitlines()[-1]))
    else:
        result.pop("stdout")
    log(f"phase {name}: {result['seconds']} s, peak {result['peak_rss_mib']} MiB"
        + (" (timed out)" if result["timed_out"] else ""))
    return result


def named_graph_nquads(store: Path, target: Path) -> int:
    """The store's named graphs as N-Quads, for rdflib-endpoint (which makes its own union)."""
    import pyoxigraph as ox

    db = ox.Store.read_only(str(store))
    count = 0
    with open(target, "wb") as handle:
        batch = []
        for quad in db:
            if isinstance(quad.graph_name, ox.NamedNode):
                batch.append(quad)
                if len(batch) >= 100_000:
                    handle.write(ox.serialize(batch, format=ox.RdfFormat.N_QUADS))
                    count += len(batch)
                    batch = []
        handle.write(ox.serialize(batch, format=ox.RdfFormat.N_QUADS))
        count += len(batch)
    del db
    return count


def run_size(label: str, args: argparse.Namespace, scratch: Path, result: dict[str, object],
             save: Callable[[], None]) -> dict[str, object]:
    """Measure one size into ``result``; ``save`` writes what there is so far (after each phase and server)."""
    size = parse_size(label) if label != "real" else 0
    result.update({"label": label, "build": {}, "servers": {}, "queries": []})
    data, store = WORK / "data" / label, WORK / "stores" / label
    if label == "real":
        # `fmkg build` of the repository's documents into a store of its own: all phases in one process.
        shutil.rmtree(store, ignore_errors=True)
        store.parent.mkdir(parents=True, exist_ok=True)
        log("== real: fmkg build")
        built = timed_process([str(BIN / "fmkg"), "build", "--store", str(store), "--dist", str(WORK / "dist-real")])
        if built["returncode"]:
            raise RuntimeError(f"fmkg build failed: {built['stderr']}")
        built["stdout"] = built["stdout"].strip().splitlines()[-1] if built["stdout"].strip() else ""
        result["build"]["fmkg build (extraction, validation, dumps, store)"] = built
        result["source"] = "fmkg build of data/documents"
    elif args.reuse and (store / "CURRENT").exists():
        log(f"== {label}: reusing {store}")
    else:
        log(f"== {label}: generating {size} quads")
        started = time.perf_counter()
        manifest = generate(size, data, seed=args.seed)
        result["build"]["generate (bench/generate.py)"] = {"seconds": round(time.perf_counter() - started, 2)}
        result["generated"] = {k: v for k, v in manifest.items() if k != "files"}
        if size <= parse_size(args.extract_max):
            result["build"]["extraction"] = phase("extract", [str(size), str(WORK / "extract")])
        if size <= parse_size(args.validate_max):
            result["build"]["validation (SHACL as SPARQL)"] = phase("validate", [str(data), "sparql"],
                                                                    timeout=args.shacl_timeout)
        if size <= parse_size(args.shacl_max):
            result["build"]["validation (pySHACL)"] = phase("validate", [str(data), "pyshacl"],
                                                            timeout=args.shacl_timeout)
        if size <= parse_size(args.dumps_max):
            result["build"]["dump writing"] = phase("dumps", [str(data), str(WORK / "dumps" / label)])
        shutil.rmtree(WORK / "dumps" / label, ignore_errors=True)
        log(f"loading {label} with fmkg load")
        result["build"]["loading (fmkg load)"] = load_store(data, store)
        log(f"loaded: {result['build']['loading (fmkg load)']['stdout']} in "
            f"{result['build']['loading (fmkg load)']['seconds']} s")
    import pyoxigraph as ox

    if args.build_only:
        return result
    db = ox.Store.read_only(str(store))
    result["quads_in_store"] = len(db)
    queries = querymix.build_mix(db, ROOT / "queries", args.requests, args.seed)
    del db
    result["queries"] = [{"name": q.name, "kind": q.kind, "example": q.example} for q in queries]
    servers: dict[str, object] = result["servers"]
    save()
    ratio_counts = [int(c) for c in args.connections.split(",")]
    chosen = set(args.servers.split(","))
    with fmkg_server(store, args.workers, 0) as server:
        servers["fmkg"] = {"health_at_start": health_probe(server)}
        servers["fmkg"].update(measure_server(server, queries, ratio_counts, args.seconds, scratch))
        servers["fmkg"]["empty_ceiling"] = wrk_ceiling(server, "/favicon.ico", min(args.seconds, 3))
        if args.profile and label == args.profile_size:
            servers["fmkg"]["profile"] = profile_label_lookup(server, queries, args.profile, scratch, label)
        rows = min(args.stream_rows, result["quads_in_store"])
        log(f"streaming {rows} rows from fmkg")
        servers["fmkg"]["stream"] = stream_rss(server, rows)
        log(f"stream: {({k: v for k, v in servers['fmkg']['stream'].items() if k != 'samples'})}")
    save()
    if "oxigraph" in chosen:
        with oxigraph_server(store) as server:
            servers["oxigraph"] = measure_server(server, queries, ratio_counts, args.seconds, scratch)
            servers["oxigraph"]["static_ceiling"] = wrk_ceiling(server, "/", min(args.seconds, 3))
        save()
    if "rdflib-endpoint" not in chosen:
        pass
    elif label == "real" or size <= parse_size(args.rdflib_max):
        nquads = WORK / "rdflib.nq"
        named_graph_nquads(store, nquads)
        try:
            with rdflib_server(nquads, args.workers) as server:
                servers["rdflib-endpoint"] = measure_server(server, queries, ratio_counts, args.seconds, scratch,
                                                            budget=args.rdflib_budget or None)
        except RuntimeError as error:
            servers["rdflib-endpoint"] = {"error": str(error)}
        nquads.unlink(missing_ok=True)
    else:
        servers["rdflib-endpoint"] = {"skipped": f"above --rdflib-max {args.rdflib_max}"}
    save()
    if "fmkg-cache" in chosen:
        with fmkg_server(store, args.workers, args.cache_bytes, name="fmkg-cache") as server:
            servers["fmkg-cache"] = measure_server(server, queries, [ratio_counts[0]], args.seconds, scratch)
        save()
    if not args.keep_stores and label != "real":
        shutil.rmtree(data, ignore_errors=True)
    return result


def environment() -> dict[str, object]:
    from importlib.metadata import version

    def pkg(name: str) -> str:
        try:
            return version(name)
        except Exception:  # noqa: BLE001
            return "missing"

    meminfo = Path("/proc/meminfo").read_text().split("\n")[0].split()
    cpu = next((line.split(":", 1)[1].strip() for line in Path("/proc/cpuinfo").read_text().splitlines()
                if line.startswith("model name")), platform.processor())
    wrk = subprocess.run(["wrk", "-v"], capture_output=True, text=True)
    commit = subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True,
                            text=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(ROOT), "status", "--porcelain", "--untracked-files=no"],
                           capture_output=True, text=True).stdout.strip()
    return {"date": datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"), "nproc": os.cpu_count(), "cpu": cpu,
            "ram_gib": round(int(meminfo[1]) / 1024 / 1024, 1), "kernel": platform.release(),
            "python": platform.python_version(), "commit": commit + ("+changes" if dirty else ""),
            "versions": {name: pkg(name) for name in ("fmkg", "pyoxigraph", "oxigraph", "rdflib", "rdflib-endpoint",
                                                       "uvicorn", "granian", "flask", "pyshacl", "matplotlib")}
            | {"wrk": (wrk.stdout + wrk.stderr).split("\n")[0].strip()}}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default=os.environ.get("BENCH_SIZES") or "100k,1M,10M")
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS") or 5),
                        help="wrk duration per query and connection count (whole seconds)")
    parser.add_argument("--connections", default="8,32")
    parser.add_argument("--workers", type=int, default=2, help="worker processes of every server")
    parser.add_argument("--real", action="store_true", help="also the real build (var/store)")
    parser.add_argument("--requests", type=int, default=2000, help="drawn request parameters per query")
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument("--cache-bytes", type=int, default=256 << 20, help="FMKG_ANSWER_CACHE_BYTES of 'cache on'")
    parser.add_argument("--stream-rows", type=int, default=1_000_000)
    parser.add_argument("--rdflib-max", default=os.environ.get("BENCH_RDFLIB_MAX") or "1M",
                        help="largest size served by rdflib-endpoint (it holds the graph in Python objects)")
    parser.add_argument("--rdflib-budget", type=float, default=float(os.environ.get("BENCH_RDFLIB_BUDGET") or 900),
                        help="seconds rdflib-endpoint may take per size for the mix (0: no limit)")
    parser.add_argument("--validate-max", default="1M",  # at 10M it ran 40 minutes (7.8 GiB) without finishing
                        help="largest size validated with the shapes as SPARQL (what fmkg build uses)")
    parser.add_argument("--shacl-max", default="1M", help="largest size also validated with pySHACL, the reference")
    parser.add_argument("--shacl-timeout", type=float, default=1800.0)
    parser.add_argument("--dumps-max", default="1M", help="largest size whose dumps are written (the dump "
                        "writer holds the whole dataset and its text in memory)")
    parser.add_argument("--extract-max", default="1M", help="largest size of the extraction corpus")
    parser.add_argument("--profile", type=int, default=int(os.environ.get("BENCH_PROFILE") or 8),
                        help="seconds of py-spy on fmkg serve during label lookups (0: none)")
    parser.add_argument("--profile-size", default="100k", help="the size profiled")
    parser.add_argument("--keep-stores", action="store_true")
    parser.add_argument("--servers", default="fmkg,fmkg-cache,oxigraph,rdflib-endpoint",
                        help="(development) which servers to measure; fmkg always")
    parser.add_argument("--reuse", action="store_true", help="(development) keep a store already loaded, skip the "
                        "build phases")
    parser.add_argument("--build-only", action="store_true", help="(development) the build phases only, no "
                        "server (with --keep-stores, a later --reuse run serves the store)")
    parser.add_argument("--only-report", action="store_true", help="render RESULTS.md from results.json")
    args = parser.parse_args()
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # servers stopped on the way out
    import report

    results_path = WORK / "results.json"
    if args.only_report:
        report.render(json.loads(results_path.read_text()), ROOT / "bench")
        return 0
    if shutil.which("wrk") is None:
        print("bench: wrk is missing (apt-get install wrk; `make bench` installs it as root)", file=sys.stderr)
        return 2
    WORK.mkdir(parents=True, exist_ok=True)
    scratch = WORK / "scratch"
    shutil.rmtree(scratch, ignore_errors=True)
    scratch.mkdir()
    results: dict[str, object] = {"environment": environment(), "command": " ".join(sys.argv),
                                  "make": os.environ.get("BENCH_MAKE_COMMAND", ""),
                                  "settings": {k: v for k, v in vars(args).items() if k != "only_report"},
                                  "sizes": []}
    labels = (["real"] if args.real else []) + [s.strip() for s in args.sizes.split(",") if s.strip()]
    for label in labels:
        started = time.perf_counter()
        results["sizes"].append({"label": label})

        def save() -> None:
            results_path.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
            report.render(results, ROOT / "bench")

        run_size(label, args, scratch, results["sizes"][-1], save)
        results["sizes"][-1]["wall_s"] = round(time.perf_counter() - started, 1)
        save()
        log(f"== {label} done in {results['sizes'][-1]['wall_s']} s; bench/RESULTS.md written")
    results["finished"] = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    results_path.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    report.render(results, ROOT / "bench")
    return 0


if __name__ == "__main__":
    sys.exit(main())
