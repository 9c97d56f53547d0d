"""Benchmark of extraction and `fmkg build`: the real corpus, then a synthetic corpus of many documents.

Run with `make bench` (or `python bench/build_bench.py [N]`). Prints wall time, throughput and peak memory.
Not part of the test suite: speed is measured here, not asserted in unit tests.
"""

from __future__ import annotations

import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

from fmkg.config import Settings
from fmkg.extract import extract, load_rules, read_document
from fmkg.pipeline import build

ROOT = Path(__file__).resolve().parents[1]
TEMPLATE = (ROOT / "tests" / "fixtures" / "documents" / "unseen_names.txt").read_text(encoding="utf-8")
NAMES = ["Aurora", "Quillon", "PixelForge", "Tessellate", "Nimbus Omni", "StackSmith", "Forgepilot", "GeoMind",
         "LexiCore", "Helios Labs", "Northwind AI", "Kestrel Research", "Orchid Robotics", "LVM"]


def synthetic_corpus(directory: Path, count: int) -> None:
    """``count`` documents of the genre, each naming its own models and providers."""
    directory.mkdir(parents=True)
    for index in range(count):
        text = TEMPLATE
        for name in NAMES:
            text = text.replace(name, f"{name} X{index}")
        (directory / f"synthetic-{index:04d}.txt").write_text(text, encoding="utf-8")


def timed(label: str, action, units: int, unit: str) -> None:
    start = time.perf_counter()
    action()
    seconds = time.perf_counter() - start
    print(f"{label:<38} {seconds:8.3f} s   {units / seconds:10.1f} {unit}/s")


def main(count: int = 300) -> None:
    rules = load_rules(ROOT / "ontology")
    seeds = sorted((ROOT / "data" / "documents").glob("*.txt"))
    timed("extract the 2 seed documents x50", lambda: [extract(read_document(p), rules) for p in seeds * 50],
          100, "docs")
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        base = dict(ontology=ROOT / "ontology", curated=ROOT / "data" / "curated")
        seed_settings = Settings(documents=ROOT / "data" / "documents", store=tmp / "s1", dist=tmp / "d1", **base)
        timed("fmkg build (seed corpus)", lambda: build(seed_settings), 2, "docs")
        synthetic_corpus(tmp / "docs", count)
        settings = Settings(documents=tmp / "docs", store=tmp / "s2", dist=tmp / "d2", **base)
        timed(f"fmkg build ({count} synthetic documents)", lambda: build(settings), count, "docs")
        quads = sum(1 for _ in (settings.dist / "fmkg.nq.gz").open("rb"))
        print(f"{'synthetic dump (gzipped N-Quads)':<38} {(settings.dist / 'fmkg.nq.gz').stat().st_size:8d} bytes"
              f" ({quads} gzip lines)")
        shutil.rmtree(tmp / "docs")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"{'peak memory (RSS)':<38} {peak:8.1f} MiB")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 300)
