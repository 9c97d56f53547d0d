#!/usr/bin/env python3
"""Requests per second of ``fmkg serve`` against ``oxigraph serve`` on the same data, measured with wrk.

    .venv/bin/python bench/run_sparql.py [--data dist/fmkg.trig | synthetic] [--seconds 10] [--connections 8]

Data: ``dist/fmkg.trig`` (or ``dist/fmkg.ttl``) when a build wrote it, else a synthetic graph of about 100,000
triples of the same shape (models, providers, documents, reified statements with evidence spans), generated into
``var/bench/``. Both servers read the same store, read-only, on 127.0.0.1, with the union default graph.

Two workloads, each a GET per request, the parameter drawn at random by wrk's Lua script:
- ``label``: ``SELECT ?s WHERE { ?s rdfs:label "..."@en }`` for one of the graph's labels;
- ``join``: a provider's models with their labels and the titles of the documents that mention them.
And once, without HTTP: the cost of running a query in an executor process instead of in-process.

Needs wrk (``apt-get install wrk``) and the oxigraph server (``pip install oxigraph`` into any venv; found on
PATH, in $OXIGRAPH, or in /tmp/oxi-venv/bin). Without oxigraph only fmkg is measured. Sends traffic to 127.0.0.1
only, for a bounded time.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]
WORK = ROOT / "var" / "bench"
FM, FMR, FMD, FMG = ("https://w3id.org/fmkg/ontology#", "https://w3id.org/fmkg/resource/",
                     "https://w3id.org/fmkg/document/", "https://w3id.org/fmkg/graph/")
RDFS_LABEL = "http://www.w3.org/2000/01/rdf-schema#label"
LABEL_QUERY = 'SELECT ?s WHERE {{ ?s <http://www.w3.org/2000/01/rdf-schema#label> "{label}"@en }}'
JOIN_QUERY = ("PREFIX fm: <https://w3id.org/fmkg/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
              "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
              "SELECT ?model ?label ?title WHERE {{ ?model fm:developedBy <{provider}> ; rdfs:label ?label ; "
              "fm:mentionedIn ?doc . ?doc dcterms:title ?title }}")
LUA = """-- one random request path per call, from the list written by run_sparql.py
local paths = {}
for line in io.lines("%s") do paths[#paths + 1] = line end
math.randomseed(os.time())
request = function()
  return wrk.format("GET", paths[math.random(#paths)], {["Accept"] = "application/sparql-results+json"})
end
"""


# --- data ---------------------------------------------------------------------------------------------

def synthetic_quads(models: int = 3200, providers: int = 200, documents: int = 100, seed: int = 7):
    """A graph shaped like fmkg's: typed, labelled entities in document graphs, each fact with provenance."""
    rng = random.Random(seed)
    n, lit = ox.NamedNode, ox.Literal
    rdf_type, label = n("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), n(RDFS_LABEL)
    curated = n(FMG + "curated")
    for p in range(providers):
        provider = n(f"{FMR}provider-{p}")
        for cls in ("Provider", "Organization"):
            yield ox.Quad(provider, rdf_type, n(FM + cls), curated)
        yield ox.Quad(provider, label, lit(f"Provider {p}", language="en"), curated)
    for d in range(documents):
        doc = n(f"{FMD}doc-{d}")
        yield ox.Quad(doc, rdf_type, n(FM + "Document"), curated)
        yield ox.Quad(doc, n("http://purl.org/dc/terms/title"), lit(f"Survey number {d}", language="en"), curated)
    for m in range(models):
        yield from _model_quads(m, rng, providers, documents)


def _model_quads(m: int, rng: random.Random, providers: int, documents: int):
    n, lit = ox.NamedNode, ox.Literal
    model, d = n(f"{FMR}model-{m}"), rng.randrange(documents)
    graph, doc = n(f"{FMG}document/doc-{d}"), n(f"{FMD}doc-{d}")
    facts = [
        (n("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), n(FM + "LanguageModel")),
        (n("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), n(FM + "FoundationModel")),
        (n(RDFS_LABEL), lit(f"Model {m}", language="en")),
        (n("http://www.w3.org/2004/02/skos/core#altLabel"), lit(f"M-{m}", language="en")),
        (n(FM + "developedBy"), n(f"{FMR}provider-{rng.randrange(providers)}")),
        (n(FM + "openWeights"), lit("true" if m % 3 else "false",
                                    datatype=n("http://www.w3.org/2001/XMLSchema#boolean"))),
        (n(FM + "mentionedIn"), doc),
    ]
    for i, (p, o) in enumerate(facts):
        yield ox.Quad(model, p, o, graph)
        if i in (2, 4):  # label and developer carry their evidence, as extraction writes it
            yield from _provenance(model, p, o, doc, graph, f"{m}-{i}")


def _provenance(s, p, o, doc, graph, key: str):
    n, lit = ox.NamedNode, ox.Literal
    rdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    oa = "http://www.w3.org/ns/oa#"
    statement, span = n(f"https://w3id.org/fmkg/statement/{key}"), n(f"{doc.value}#char={key}")
    quote, position = n(span.value + "-quote"), n(span.value + "-position")
    for pred, obj in ((n(rdf + "type"), n(rdf + "Statement")), (n(rdf + "subject"), s), (n(rdf + "predicate"), p),
                      (n(rdf + "object"), o), (n("http://www.w3.org/ns/prov#wasDerivedFrom"), doc),
                      (n(FM + "evidence"), span)):
        yield ox.Quad(statement, pred, obj, graph)
    for subject, pred, obj in ((span, n(rdf + "type"), n(FM + "EvidenceSpan")), (span, n(oa + "hasSource"), doc),
                               (span, n(oa + "hasSelector"), quote), (quote, n(oa + "exact"), lit("a sentence")),
                               (span, n(oa + "hasSelector"), position), (position, n(oa + "start"), lit("0"))):
        yield ox.Quad(subject, pred, obj, graph)


def build_store(data: str, target: Path) -> Path:
    shutil.rmtree(target, ignore_errors=True)
    store = ox.Store(str(target))
    if data == "synthetic":
        store.bulk_extend(synthetic_quads())
    else:
        store.bulk_load(path=data, format=ox.RdfFormat.from_extension(Path(data).suffix.lstrip(".")))
    store.flush()
    count = len(store)
    del store
    print(f"store: {count} quads from {data} in {target}", file=sys.stderr)
    return target


def request_paths(store_path: Path, directory: Path, sample: int = 500) -> dict[str, Path]:
    """Files of request paths for wrk's Lua script: label lookups and provider joins drawn from the data."""
    store = ox.Store.read_only(str(store_path))
    labels = [row["l"].value for row in store.query(
        f'SELECT DISTINCT ?l WHERE {{ ?s <{RDFS_LABEL}> ?l FILTER(LANG(?l) = "en") }}',
        use_default_graph_as_union=True)]
    providers = [row["p"].value for row in store.query(
        f"SELECT DISTINCT ?p WHERE {{ ?m <{FM}developedBy> ?p }}", use_default_graph_as_union=True)]
    rng = random.Random(1)
    files = {}
    for name, values, template, key in (("label", labels, LABEL_QUERY, "label"),
                                        ("join", providers, JOIN_QUERY, "provider")):
        chosen = rng.sample(values, min(sample, len(values)))
        path = directory / f"{name}.paths"
        path.write_text("".join(
            "/sparql?" + urllib.parse.urlencode({"query": template.format(**{key: v.replace('"', '\\"')})}) + "\n"
            for v in chosen), encoding="utf-8")
        files[name] = path
    print(f"workloads: {len(labels)} labels, {len(providers)} providers", file=sys.stderr)
    return files


# --- servers ------------------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, process: subprocess.Popen, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited with status {process.returncode}")
        try:
            with urllib.request.urlopen(url, timeout=2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"no answer from {url}")


def start_fmkg(store: Path, port: int) -> tuple[subprocess.Popen, str]:
    env = {**os.environ, "FMKG_ACCESS_LOG": "none"}
    process = subprocess.Popen([sys.executable, "-m", "fmkg.cli", "serve", "--store", str(store), "--host",
                                "127.0.0.1", "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    wait_for(base + "/health", process)
    return process, base


def oxigraph_binary() -> str | None:
    for candidate in (os.environ.get("OXIGRAPH"), shutil.which("oxigraph"), "/tmp/oxi-venv/bin/oxigraph"):
        if candidate and Path(candidate).exists():
            return candidate
    return None


def start_oxigraph(binary: str, store: Path, port: int) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen([binary, "serve-read-only", "--location", str(store), "--bind", f"127.0.0.1:{port}",
                                "--union-default-graph"], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    wait_for(base + "/query?query=ASK%7B%7D", process)
    return process, base


def stop(process: subprocess.Popen) -> None:
    process.send_signal(signal.SIGTERM)
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait()


# --- measuring ----------------------------------------------------------------------------------------

def run_wrk(base: str, paths: Path, endpoint_path: str, seconds: int, connections: int,
            directory: Path) -> dict[str, float]:
    """wrk's requests/s and latency percentiles; the paths file is rewritten for the server's endpoint path."""
    local = directory / f"{paths.stem}{endpoint_path.replace('/', '-')}.paths"
    local.write_text(paths.read_text(encoding="utf-8").replace("/sparql?", endpoint_path + "?"), encoding="utf-8")
    script = directory / f"{local.stem}.lua"
    script.write_text(LUA % local, encoding="utf-8")
    out = subprocess.run(["wrk", "-t2", f"-c{connections}", f"-d{seconds}s", "--latency", "-s", str(script), base],
                         capture_output=True, text=True, check=True).stdout
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        raise RuntimeError(f"{errors.group(1)} failed requests against {base}:\n{out}")
    return {"rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
            "p50_ms": _millis(re.search(r"50%\s+([\d.]+\w+)", out).group(1)),
            "p99_ms": _millis(re.search(r"99%\s+([\d.]+\w+)", out).group(1))}


def _millis(text: str) -> float:
    value, unit = re.match(r"([\d.]+)(\w+)", text).groups()
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def executor_overhead(store: Path, rounds: int = 2000) -> dict[str, float]:
    """Microseconds per small query: in-process pyoxigraph against a round trip through an executor process."""
    from fmkg.store.executor import Executor, QueryJob

    query = 'SELECT ?s WHERE { ?s <http://www.w3.org/2000/01/rdf-schema#label> "Provider 1"@en }'
    db = ox.Store.read_only(str(store))
    started = time.perf_counter()
    for _ in range(rounds):
        db.query(query, use_default_graph_as_union=True).serialize(format=ox.QueryResultsFormat.JSON)
    inline = (time.perf_counter() - started) / rounds * 1e6
    executor = Executor(store)
    try:
        executor.query(QueryJob(query, {"solutions": "json"}))
        started = time.perf_counter()
        for _ in range(rounds):
            executor.query(QueryJob(query, {"solutions": "json"}))
        piped = (time.perf_counter() - started) / rounds * 1e6
    finally:
        executor.close()
    return {"in_process_us": round(inline, 1), "executor_us": round(piped, 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    default = next((str(p) for p in (ROOT / "dist" / "fmkg.trig", ROOT / "dist" / "fmkg.ttl") if p.exists()),
                   "synthetic")
    parser.add_argument("--data", default=default, help=f"RDF file or 'synthetic' (default: {default})")
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--connections", type=int, default=8)
    args = parser.parse_args()
    if shutil.which("wrk") is None:
        print("bench: wrk is missing: apt-get install -y wrk", file=sys.stderr)
        return 1
    WORK.mkdir(parents=True, exist_ok=True)
    store = build_store(args.data, WORK / "store")
    with tempfile.TemporaryDirectory(dir=WORK) as scratch:
        results = measure(store, request_paths(store, Path(scratch)), args, Path(scratch))
    results["executor_overhead"] = executor_overhead(store)
    print(json.dumps(results, indent=2))
    (WORK / "sparql.json").write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    return 0


def measure(store: Path, paths: dict[str, Path], args: argparse.Namespace, scratch: Path) -> dict[str, object]:
    servers = [("fmkg", lambda port: start_fmkg(store, port), "/sparql")]
    binary = oxigraph_binary()
    if binary:
        servers.append(("oxigraph", lambda port: start_oxigraph(binary, store, port), "/query"))
    else:
        print("bench: no oxigraph server found (pip install oxigraph): measuring fmkg only", file=sys.stderr)
    results: dict[str, object] = {"data": args.data, "quads": len(ox.Store.read_only(str(store))),
                                  "connections": args.connections, "seconds": args.seconds}
    for name, start, endpoint_path in servers:
        process, base = start(free_port())
        try:
            for workload, path in paths.items():
                run_wrk(base, path, endpoint_path, 2, args.connections, scratch)  # warm-up
                results[f"{name}_{workload}"] = run_wrk(base, path, endpoint_path, args.seconds, args.connections,
                                                        scratch)
                print(f"{name} {workload}: {results[f'{name}_{workload}']}", file=sys.stderr)
        finally:
            stop(process)
    for workload in paths:
        if f"oxigraph_{workload}" in results:
            ratio = results[f"fmkg_{workload}"]["rps"] / results[f"oxigraph_{workload}"]["rps"]
            results[f"ratio_{workload}"] = round(ratio, 3)
    return results


if __name__ == "__main__":
    sys.exit(main())
