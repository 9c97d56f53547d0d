"""Shared fixtures: the real graph, built once per test session from the repository's own inputs; and for the
extraction tests, the rules loaded once and ``read``, which extracts a page of text as ``fmkg build`` does."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from rdflib import Graph

from fmkg.config import Settings
from fmkg.extract import Extraction, extract, load_rules, read_document
from fmkg.extract.rules import Rules
from fmkg.graph.rdf import expand_classes, superclass_closure
from fmkg.iri import Iris

ROOT = Path(__file__).resolve().parents[1]


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """In the remote-engine run (``FMKG_TEST_ENGINE``), the tests of the on-disk store itself are skipped."""
    from serve_helper import ENGINE

    if ENGINE:
        skip = pytest.mark.skip(reason=f"about the on-disk store; this run uses {ENGINE}")
        for item in items:
            if "embedded" in item.keywords:
                item.add_marker(skip)


def pytest_sessionfinish(session: pytest.Session) -> None:
    from serve_helper import stop_engines

    stop_engines()


def pytest_sessionstart(session: pytest.Session) -> None:
    """A clone without the query page's npm files stops here, with the step that fetches them."""
    from fmkg.web.ui import VENDOR_STEP, missing_vendor_files

    missing = missing_vendor_files()
    if missing:
        pytest.exit(f"the query page's vendored npm files are missing ({', '.join(missing)}): run {VENDOR_STEP}",
                    returncode=3)


def repository_settings(tmp: Path, **overrides: object) -> Settings:
    """Settings reading the repository's documents, ontology and curated data, writing under ``tmp``."""
    values = dict(documents=ROOT / "data" / "documents", ontology=ROOT / "ontology", curated=ROOT / "data" / "curated",
                  store=tmp / "store", dist=tmp / "dist", queries=ROOT / "queries")
    values.update(overrides)
    return Settings(**{k: v for k, v in values.items() if k in Settings.__dataclass_fields__})


@pytest.fixture(scope="session")
def built_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    """Settings of a store and dumps built by `fmkg build` from the two source documents."""
    from fmkg.pipeline import build
    from serve_helper import REMOTE, remote_engine

    tmp = tmp_path_factory.mktemp("built")
    settings = repository_settings(tmp, store_url=remote_engine(tmp / "store") if REMOTE else "")
    build(settings)
    return settings


@pytest.fixture(scope="session")
def corpus_extractions(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One extraction cache for the session (`FMKG_EXTRACTION_CACHE`): the evaluation corpus is read once, by
    whichever test builds or scores it first, and the other finds the same facts there."""
    return tmp_path_factory.mktemp("extractions")


@pytest.fixture(scope="module")
def rules() -> Rules:
    return load_rules(ROOT / "ontology")


@pytest.fixture(scope="module")
def closure() -> dict[str, set[str]]:
    return superclass_closure(Graph().parse(ROOT / "ontology" / "fmkg.ttl"), Iris())


@pytest.fixture
def read(tmp_path: Path, rules: Rules, closure: dict[str, set[str]]) -> Callable[[str], Extraction]:
    """Extract a page of text (its first line the title) with the repository's rules."""
    def _read(text: str) -> Extraction:
        path = tmp_path / "page.txt"
        path.write_text(text, encoding="utf-8")
        extraction = extract(read_document(path), rules)
        expand_classes(extraction, closure)
        return extraction
    return _read
