#!/usr/bin/env python3
"""One build phase of the benchmark, run in its own process so that its time and peak memory are its own.

    .venv/bin/python bench/phases.py validate DATA_DIR ENGINE   # SHACL, ENGINE "sparql" (what `fmkg build` uses)
                                                                # or "pyshacl" (the reference)
    .venv/bin/python bench/phases.py dumps DATA_DIR OUT_DIR     # the dumps, as `fmkg build` writes them
    .venv/bin/python bench/phases.py extract QUADS WORK_DIR     # extraction of a text corpus of about QUADS

Prints one JSON line with what was done (counts, seconds of the phase's own parts). Only fmkg's public functions
are called: ``fmkg.validate`` (``load_shapes``, ``validate`` with its ``engine``),
``fmkg.graph.serialize.serialize_dataset`` and ``fmkg.pipeline.extract_documents``; the dump-writing lines mirror
``fmkg.graph.dataset.write_dumps``.
"""

from __future__ import annotations

import gzip
import json
import sys
import time
from pathlib import Path

import pyoxigraph as ox

ROOT = Path(__file__).resolve().parents[1]


def _nquads(directory: Path) -> list[Path]:
    return sorted(directory.glob("*.nq"))


def _oxigraph_dataset(directory: Path):
    """The generated quads in an rdflib Dataset on oxrdflib's store, as ``fmkg build`` assembles them."""
    from rdflib import Dataset

    dataset = Dataset(store="Oxigraph")
    store = dataset.store._inner  # oxrdflib creates its in-memory store on first use
    for path in _nquads(directory):
        store.bulk_load(path=str(path), format=ox.RdfFormat.N_QUADS)
    return dataset


def validate(directory: Path, engine: str) -> dict[str, object]:
    """The union of the generated quads validated as ``fmkg build`` does: the SPARQL engine reads the pyoxigraph
    triples (as the build hands them over), pySHACL an rdflib Graph of them."""
    from rdflib import Graph

    from fmkg.validate import load_shapes
    from fmkg.validate import validate as shacl

    started = time.perf_counter()
    triples = {t.triple for path in _nquads(directory)
               for t in ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS)}
    data: Graph | set[ox.Triple] = triples
    if engine == "pyshacl":
        data = Graph().parse(data=ox.serialize(list(triples), format=ox.RdfFormat.N_TRIPLES), format="nt")
    ontology = Graph().parse(ROOT / "ontology" / "fmkg.ttl", format="turtle")
    shapes = load_shapes(ROOT / "ontology" / "shapes.ttl")
    parsed = time.perf_counter()
    result = shacl(data, shapes, ontology, engine=engine)
    done = time.perf_counter()
    return {"triples": len(triples), "engine": result.engine, "parse_s": round(parsed - started, 2),
            "shacl_s": round(done - parsed, 2), "conforms": result.conforms, "violations": len(result.violations),
            "first_violations": [str(v) for v in result.violations[:3]]}


def dumps(directory: Path, out: Path) -> dict[str, object]:
    from fmkg.graph.serialize import serialize_dataset

    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    dataset = _oxigraph_dataset(directory)
    assembled = time.perf_counter()
    (out / "fmkg.ttl").write_text(serialize_dataset(dataset, "turtle"), encoding="utf-8")
    (out / "fmkg.trig").write_text(serialize_dataset(dataset, "trig"), encoding="utf-8")
    payload = serialize_dataset(dataset, "nquads").encode("utf-8")
    with open(out / "fmkg.nq.gz", "wb") as raw, gzip.GzipFile(fileobj=raw, mode="wb", mtime=0, filename="") as gz:
        gz.write(payload)
    done = time.perf_counter()
    sizes = {name: (out / name).stat().st_size for name in ("fmkg.ttl", "fmkg.trig", "fmkg.nq.gz")}
    return {"assemble_s": round(assembled - started, 2), "write_s": round(done - assembled, 2), "bytes": sizes}


def extract(quads: int, work: Path) -> dict[str, object]:
    """Extraction (`fmkg build`'s first phase) of a synthetic text corpus grown until it yields ``quads``."""
    sys.path.insert(0, str(ROOT / "bench"))
    from build_bench import synthetic_corpus

    from fmkg.config import Settings
    from fmkg.pipeline import extract_documents

    settings = Settings(ontology=ROOT / "ontology", curated=ROOT / "data" / "curated", documents=work / "probe",
                        store=work / "store", dist=work / "dist")
    import shutil

    shutil.rmtree(work, ignore_errors=True)
    synthetic_corpus(work / "probe", 4)
    per_document = len(extract_documents(sorted((work / "probe").glob("*.txt")), settings)) / 4
    count = max(1, round(quads / per_document))
    synthetic_corpus(work / "docs", count)
    started = time.perf_counter()
    dataset = extract_documents(sorted((work / "docs").glob("*.txt")), settings)
    seconds = time.perf_counter() - started
    size = len(dataset)
    shutil.rmtree(work, ignore_errors=True)
    return {"documents": count, "quads": size, "extract_s": round(seconds, 2)}


def main(argv: list[str]) -> int:
    phase, *args = argv
    if phase == "validate":
        result = validate(Path(args[0]), args[1] if len(args) > 1 else "sparql")
    elif phase == "dumps":
        result = dumps(Path(args[0]), Path(args[1]))
    elif phase == "extract":
        result = extract(int(args[0]), Path(args[1]))
    else:
        raise SystemExit(f"unknown phase {phase!r}")
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
