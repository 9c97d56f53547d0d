"""The benchmark's synthetic graph (bench/generate.py): the same bytes for the same seed, and it loads, valid.

The benchmark itself (`make bench`) is not run by the tests; this only guards its input.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pyoxigraph as ox

from fmkg.config import Settings
from fmkg.pipeline import load_files

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "bench"))

from generate import generate  # noqa: E402


def _contents(directory: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(directory.iterdir())}


def test_same_seed_same_bytes_other_seed_other_bytes(tmp_path: Path) -> None:
    first = generate(6000, tmp_path / "a", seed=3)
    generate(6000, tmp_path / "b", seed=3)
    generate(6000, tmp_path / "c", seed=4)
    assert first["quads"] >= 6000 and first["documents"] >= 2
    assert _contents(tmp_path / "a") == _contents(tmp_path / "b")
    assert _contents(tmp_path / "a") != _contents(tmp_path / "c")


def test_loads_through_fmkg_load_and_passes_the_shapes(tmp_path: Path) -> None:
    manifest = generate(3000, tmp_path / "data", seed=5)
    settings = Settings(ontology=ROOT / "ontology", store=tmp_path / "store")
    load_files([ROOT / "ontology" / "fmkg.ttl"], settings, graph="https://w3id.org/fmkg/graph/ontology", check=False)
    files = sorted((tmp_path / "data").glob("*.nq"))
    loaded, size = load_files(files, settings, check=True)  # SHACL in context: raises LoadRejected on a violation
    assert sum(item.quads for item in loaded) == manifest["quads"]
    store = ox.Store.read_only(str(settings.store))
    models = store.query("ASK { ?m a <https://w3id.org/fmkg/ontology#FoundationModel> ; "
                         "<https://w3id.org/fmkg/ontology#developedBy> ?p ; "
                         "<https://w3id.org/fmkg/ontology#basedOn>+ ?ancestor }")
    assert bool(models)
